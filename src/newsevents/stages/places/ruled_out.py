"""Readings ruled out before scoring: those a qualifier of the name does not hold ("X,
Calif.", "X in Y", "the X district of Y"), and small towns and districts abroad when the
article's focus is clearly another country. resolve.py's passes call these for each name;
each reads the name's own readings and its qualifiers', so the cost is linear in the number
of names and readings."""
from __future__ import annotations

from ...resources.gazetteer import MATCH_ALIAS, MATCH_NAME, Candidate
from ...resources.place_names import fold, haversine_km
from .evidence import Context, focus_country, focus_share, own_evidence
from .groups import Group, first_choice
from .lookup import contains

FOREIGN_MAX_POPULATION = 100_000  # a town this small abroad is not the article's place
NEAR_ABROAD_KM = 400.0  # … unless it lies this near the focus country's point
NEIGHBOUR_MIN_POPULATION = 10_000  # … or is a town this big in a neighbouring country
FIRST_PASS_FOCUS = 2.0  # before the towns speak, a focus this strong (a country named twice)
DOMESTIC_SHARE = 0.5  # the focus share that makes a region of that country beat a namesake


def qualifier_holders(g: int, groups: list[Group], ctx: Context, *, final: bool
                      ) -> list[Candidate]:
    """The readings of the name's qualifiers ("X, Calif.", "X in Y") that hold one of its
    readings; a name with any is held, and no namesake of it is ruled out as abroad."""
    hits = (first_choice(groups[other], final) for other in ctx.inside.get(g, ()))
    return [hit for hit in hits if hit is not None
            and any(contains(hit, c) for c in groups[g].candidates)]


def units_outside_holders(g: int, groups: list[Group], holders: list[Candidate]) -> set[int]:
    """Indexes of countries, regions, features and provinces that no holder
    (`qualifier_holders`) holds: "New England, N.D." is the town in North Dakota, not the
    region of six states; "LEBANON, Tenn." is not the country;
    "the Salinas Valley region of California" is not Puerto Rico's Salinas; "Punjab,
    Pakistan" is not India's; "Lake Lanier in Georgia" stays the lake."""
    return {k for k, c in enumerate(groups[g].candidates)
            if c.kind in {"country", "region", "admin1"}
            and holders and not any(contains(h, c) for h in holders)}


def foreign_hamlets(g: int, groups: list[Group], ctx: Context, *, final: bool) -> set[int]:
    """Indexes of candidates that are small towns or districts (under
    FOREIGN_MAX_POPULATION; any town, district or province when only a part of the name
    matched) in a country the article gives no evidence for, when its focus is clearly
    another country ("Harad" in a story about Yemen is not the Swedish village; "Salt +
    Smoke" in a story about St. Louis is not in Jordan): such a reading would move the
    place to another country than the text supports. In the first pass the focus must
    weigh FIRST_PASS_FOCUS: a country named once ("soldiers home from Kuwait") does not yet
    outweigh the towns, which have not spoken. A name the text calls a district is no
    province abroad either ("the districts of Challhuahuacho and Mara" in a story about Peru
    is not Tanzania's Mara region), nor a building named after a word that is a province's
    name next door ("Coast General Hospital" in Mombasa is not in Tanzania's Coast region),
    nor a word of an organisation's name a small province's ("the Government of National
    Unity" in Tripoli is not South Sudan's Unity state). The caller leaves out a name a
    qualifier holds ("X, Calif.")."""
    focus, share = focus_country(ctx, g)
    if focus is None or share < DOMESTIC_SHARE \
            or not final and ctx.evidence[focus] - own_evidence(ctx, g)[focus] < FIRST_PASS_FOCUS:
        return set()  # no clear focus
    partial = groups[g].partial  # only a part of the name matched ("Salt + Smoke")
    district = groups[g].level == 2  # "the districts of Challhuahuacho and Mara"
    inside = groups[g].embedded  # "the Government of National Unity": no small province
    return {k for k, c in enumerate(groups[g].candidates)
            if (c.kind in {"city", "admin2"} and (partial or c.population < FOREIGN_MAX_POPULATION)
                or (partial or district or inside and c.population < FOREIGN_MAX_POPULATION)
                and c.kind == "admin1")
            and c.country != focus and focus_share(ctx, g, c.country) == 0
            and (partial and c.kind == "admin1" or not near_focus(c, ctx.points.get(focus))
                 and not (c.country in ctx.borders.get(focus, frozenset())
                          and c.population >= NEIGHBOUR_MIN_POPULATION))}


def outside_qualifier(g: int, groups: list[Group], ctx: Context, *, final: bool) -> set[int]:
    """Indexes of small towns and districts (under FOREIGN_MAX_POPULATION) outside every
    reading of the place the text puts the name in ("the Rice Lake area of Fulton County"
    is no Rice Lake in a state without a Fulton County; "Kalam in the Swat Valley" is not
    Kallam, India; "X in Y", "X, Y"): the gazetteer lacks the place, which the text places
    in its container. Only a container named by its name or alias (not "Grannum" read as
    "Granum"), a country, region of one country, province or district; by its own name when
    it has one ("Franklin, Iowa" is in the state, not Iowa County, Wisconsin)."""
    out: set[int] = set()
    if not final:
        return out  # first the article's other names speak ("Rome, Georgia")
    for other in ctx.inside.get(g, ()):
        readings = [c for c in groups[other].candidates if c.country and c.match <= MATCH_ALIAS
                    and c.kind in {"country", "admin1", "admin2", "region"}]
        readings = [c for c in readings if c.match == MATCH_NAME] or readings
        if readings:
            out |= {k for k, c in enumerate(groups[g].candidates)
                    if c.kind in {"city", "admin2"} and c.population < FOREIGN_MAX_POPULATION
                    and not any(_within(c, r) for r in readings)}
    return out


def units_above_district(g: int, groups: list[Group], ctx: Context) -> set[int]:
    """Indexes of countries and provinces the text puts in a district ("Dorothy
    Meyer of Denmark in Lee County", "a brother in Holland in Grundy County"): no country or
    province lies in a county, and the gazetteer lacks the town, which then falls to the
    county as an unknown name does. Only a container the text names as a district ("Lee
    County", "the Swat district"; `Group.level`), read as one of its districts, and a
    reading that holds none of them: "Kenya in Kilifi County" keeps the country. A region
    or feature may run through the county ("across the Arkansas River in Pope County")."""
    out: set[int] = set()
    for other in ctx.inside.get(g, ()):
        readings = [c for c in groups[other].candidates
                    if c.match <= MATCH_ALIAS and c.kind == "admin2"]
        if groups[other].level != 2 or not readings:
            continue
        out |= {k for k, c in enumerate(groups[g].candidates)
                if c.kind in {"country", "admin1"} and not any(contains(c, r) for r in readings)}
    return out


def _within(cand: Candidate, container: Candidate) -> bool:
    """The town or district may lie in the container: same country, same province when the
    container is a province or district, and the same county when it is a US county and the
    gazetteer gives the town's ("Hanover Township, Northampton County" is not Hanover in
    York County; elsewhere districts are redrawn more often than the gazetteer follows). No
    district lies in another: "in Y" after a district places something else there ("the
    Walker County jail in LaFayette", where LaFayette also reads as a county)."""
    if cand.country != container.country:
        return False
    if cand.kind == container.kind == "admin2":
        return True
    if container.kind == "admin2" and container.country == "USA" and cand.kind == "city" \
            and cand.admin2:
        return cand.admin1_code == container.admin1_code \
            and fold(cand.admin2) == fold(container.name)
    return container.kind not in {"admin1", "admin2"} \
        or cand.admin1_code == container.admin1_code


def near_focus(cand: Candidate, focus: Candidate | None) -> bool:
    """True when a town abroad lies within NEAR_ABROAD_KM of the focus country's point: a
    neighbour's town that news about the country names ("Israeli forces entered a Ramallah
    house"; a story about Turkey's army in Jarabulus), not a namesake across the world. A
    big country's point is far from its borders: a town of 10,000+ people in a country that
    borders the focus country is kept as well ("Russian forces left Izium")."""
    if focus is None or focus.lat is None or focus.lon is None or cand.lat is None \
            or cand.lon is None:
        return False
    return haversine_km(cand.lat, cand.lon, focus.lat, focus.lon) <= NEAR_ABROAD_KM


def outside_nation(g: int, groups: list[Group], ctx: Context) -> set[int]:
    """Indexes of the readings outside the country a demonym before the name puts it in:
    "the Bolivian city of Santa Cruz" is not Aruba's or the Philippines', even where the
    gazetteer knows no Santa Cruz in Bolivia (the text then places it)."""
    nation = ctx.nations.get(g)
    if nation is None:
        return set()
    return {k for k, c in enumerate(groups[g].candidates) if c.country != nation}
