"""Toponym disambiguation: choose one gazetteer entry per distinct name in an article.

Score of a candidate = prior + context, in two passes (the second sees the first's choices):
- prior: population (log scale), feature type (country > region > capital > city > admin1 >
  admin2, unless an admin suffix asks for a region: "Diyala province"; a district whose
  country has no town of its name ranks as a first-level region: "Devon" is the English
  county before a Canadian hamlet), how the name matched
  (official name > alternate name > loose transliteration variant); after "the" ("the
  Atlantic") or a lowercase direction ("central Washington", anywhere in the article) a
  town is unlikely;
- country focus: the share of the article's country evidence (countries named, demonyms, the
  dateline, the source's home country, then the first pass's choices; a name the second pass
  moves to another country takes its evidence along, so "Cornwall" read first as the Ontario
  town and then as the English county no longer sends Exeter to Ontario) held by the
  candidate's country; a first-level region of the focus country outranks a foreign country
  of the same name when the focus is clear ("Georgia" in an American story); such a name
  (a country's and another country's province) is no evidence until it is decided, first in
  the second pass; a town under 100,000 whose name is a national capital of 1,000,000+
  abroad gets no country focus unless the article names its province or towns in it ("the
  Prime Minister of India visited Dhaka" is Bangladesh's capital; "Paris" in a story naming
  Texas is still the Texas town);
- containment: "X, Y" / "X in Y" where Y is (or contains) the candidate's country or admin1
  (in the first pass any reading of Y: "Rome, Georgia" is the town in the state);
- province focus (second pass): the share of the first pass's first-level regions (named,
  or holding the towns named, or the dateline's: "PARIS, Texas" cleaned off the text)
  held by a town's or district's own region;
- enumerations: "Oregon, Texas and Washington" favours the reading of the kind its
  neighbours have (admin1 of the same country, or country); towns and districts listed
  together favour the readings in one province ("Chatsworth and Murray County");
- own names first: a town or district matched only by an alternate name that, in the same
  country, is another town's or district's own name is demoted ("Southold" is not South
  Bend);
- one name, one place: a bare name the article also gives with its admin word ("Suffolk
  County … Suffolk") is that region, unless the region is named after a big city in it; one
  it also gives qualified by a state's abbreviation ("CLEVELAND, Tenn." … "Cleveland") is
  that town, unless the bare name may be a state ("Washington, D.C.");
- accords and bodies: a name read only inside an accord's, an international body's or an
  event's name ("the Paris Agreement") is the best-known place of that name (prior only);
- spatial coherence: distance to the other places chosen in the article;
- distance phrases: "X, about 80 miles north of Y" checks distance and bearing to Y;
- no foreign hamlets: when the article's focus country is clear, a small town in a country
  the article gives no evidence for is not a reading of the name ("Harad" in a story about
  Yemen is not the Swedish village); in the first pass, before the towns lend their
  evidence, only when the focus country is named twice or more (a local American story that
  names Kuwait once keeps its own towns), unless it lies near the focus country's point (a
  neighbour's town: Ramallah in a story about Israel's army) or is a town of 10,000+ in a
  country bordering it (Izium in a story about Russia's forces); with no other reading the
  name is placed as unknown names are (fallback.py), never abroad;
- no distant hamlets in a local story (local.py): a town under 10,000 of another province,
  far from the story's places and where no other name lies, is not a reading of the name
  unless a qualifier holds it ("a fire station in Silver Creek" in a story about north
  Georgia is not the New York village).
Confidence is the softmax weight of the winner; the reason lists the terms that decided.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable

from ...resources.gazetteer import MATCH_NAME, Candidate, Gazetteer
from ...resources.place_names import bearing_deg, haversine_km, plain_name
from .context import containers, demonym_countries, relations, state_qualifiers
from .entries import unit_first
from .evidence import (
    later_qualifiers,
    Context,
    add_evidence,
    build_context,
    retract_evidence,
    final_order,
    focus_share,
    province_evidence,
    sentence_countries,
    sentence_states,
)
from .fallback import anchor_unknown, is_feature, is_placed_name
from .groups import (
    NAMESAKE_PENALTY,
    Group,
    by_own_name,
    first_choice,
    make_groups,
    prior_reasons,
    spread_qualifiers,
    state_or_country,
    towns_only,
)
from .local import (
    distant_feature_towns,
    distant_hamlets,
    first_provinces,
    local_namesake,
    local_story,
    main_province,
)
from .lookup import contains, namesakes
from .resolution import Resolution
from .ruled_out import (
    DOMESTIC_SHARE,
    foreign_hamlets,
    outside_nation,
    outside_qualifier,
    qualifier_holders,
    units_above_district,
    units_outside_holders,
)
from .toponym import CountryRef, Toponym

FOCUS_WEIGHT = 2.5
CONTAINER_BONUS = 2.5
SIBLING_BONUS = 2.5
LOCAL_SIBLING_BONUS = 1.0  # towns listed together: one province, a weaker hint than kind
DOMESTIC_BONUS = 2.0
PROVINCE_WEIGHT = 1.5
SENTENCE_STATE_BONUS = 1.0  # a district in the first-level region its own sentence names
SENTENCE_COUNTRY_BONUS = 1.5  # a place of 100,000+, a region or district, in the country its
# sentence names
LOCAL_TOWN_MAX = 100_000  # a town listed with a state's name makes it a town's below this
DATELINE_PROVINCE = 1.0  # the dateline's region counts as a region the text names
PHRASE_END = re.compile(r"\s*(?:$|[,.;:!?)\]—–-]|[A-Z]|(?:in|on|at|for|from|to|and|or|with|"
                        r"was|were|is|are|has|had|have|where|which|who|when|after|before|"
                        r"since|until|during|near)\b)")


def province_bonus(cand: Candidate, g: int, ctx: Context) -> tuple[float, list[str]]:
    """The article's province focus: a town or district in the first-level region that the
    article's other places are in ("Springfield" in a story that names Illinois), ahead of a
    bigger namesake elsewhere in the same country. Only among towns and districts (a name
    that may be a country or province is decided by the other terms)."""
    if cand.kind not in {"city", "admin2"}:
        return 0.0, []
    share = province_share(cand, g, ctx)
    if share <= 0:
        return 0.0, []
    return PROVINCE_WEIGHT * share, ([f"in the article's province ({share:.0%})"]
                                     if share >= 0.3 else [])


def province_share(cand: Candidate, g: int, ctx: Context) -> float:
    """The share of the province evidence of groups other than g that the candidate's
    first-level region holds (0 for a candidate in none)."""
    if not cand.country or not cand.admin1_code:
        return 0.0
    _, mine = ctx.own_province.get(g, (None, 0.0))
    total = sum(ctx.provinces.values()) - mine
    return others_in_province(cand.country, cand.admin1_code, g, ctx) / total \
        if total > 0 else 0.0


def towns_elsewhere(region: Candidate, cands: list[Candidate]) -> bool:
    """True when towns share the region's name and none of them lies in it ("Washington":
    the capital is not in the state; "New York" is left to `namesakes`)."""
    towns = [c for c in cands if c.kind == "city"]
    return bool(towns) and not any(contains(region, c) for c in towns)


def home_province_bonus(cand: Candidate, g: int, ctx: Context) -> tuple[float, list[str]]:
    """A first-level region the article's other places are in, over a town named like it
    elsewhere ("the University of Washington" in a story about Everett and Olympia is the
    state's, not the capital's; the caller asks only when such towns lie outside it,
    `towns_elsewhere`): the share of the others' province evidence it holds, when it is half
    or more."""
    share = province_share(cand, g, ctx)
    if share < 0.5:
        return 0.0, []
    return PROVINCE_WEIGHT * share, [f"the article's province ({share:.0%})"]


CAPITAL_MIN_POPULATION = 1_000_000  # a national capital this big is the name's best reading
SMALL_TOWN_POPULATION = 100_000  # … over a town this small that only the country focus backs
WORLD_CITY_RATIO = 100  # … as is a city abroad of a million people and this many times the town
BIG_CITY_POPULATION = 500_000  # a city abroad this big and HAMLET_RATIO times a namesake hamlet
HAMLET_RATIO = 1_000  # … is the name's reading whatever the article names near the hamlet


def capital_abroad(cand: Candidate, g: int, groups: list[Group], ctx: Context) -> bool:
    """A small town of the article's country whose name is a big national capital abroad,
    or a city abroad of a million people and a hundred times the town's, gets no country
    focus unless the article names its province or towns in it: "the Prime Minister of
    India visited Dhaka" is Bangladesh's capital, not the Bihar town; a company "based in
    Toronto" in a story from Maine is in Canada, not in Toronto, Ohio; "Paris" in a story
    that names Texas is still the Texas town. A hamlet whose name a big city abroad of a
    thousand times its people bears gets none even then: "offices in Dubai and Riyadh" in a
    story that names Uttar Pradesh are not in its village of 2,000."""
    if cand.kind != "city" or cand.population >= SMALL_TOWN_POPULATION:
        return False
    if dwarfed(cand, groups[g], ctx):
        return True  # "growing numbers from Boston and Chicago": not the Irish hamlet of 570
    abroad = [c for c in groups[g].candidates if c.country != cand.country and c.kind == "city"]
    if not any(c.population >= CAPITAL_MIN_POPULATION and (
            c.feature_code == "PPLC" or c.population >= WORLD_CITY_RATIO * cand.population)
               for c in abroad):
        return False
    return not cand.country or not cand.admin1_code \
        or others_in_province(cand.country, cand.admin1_code, g, ctx) <= 0


def dwarfed(cand: Candidate, group: Group, ctx: Context) -> bool:
    """A town whose name a city abroad of BIG_CITY_POPULATION+ and HAMLET_RATIO times its
    people bears: Boston, Ireland (570) of Boston, Dubai, India (2,000) of Dubai; not a town
    of the story's main province ("Damascus" in a story about southwest Virginia)."""
    if ctx.main is not None and ctx.main[0] == (cand.country, cand.admin1_code):
        return False
    return cand.kind == "city" and any(
        c.kind == "city" and c.country != cand.country and c.population >= BIG_CITY_POPULATION
        and c.population >= HAMLET_RATIO * max(cand.population, 1) for c in group.candidates)


def others_in_province(country: str, admin1: str, g: int, ctx: Context) -> float:
    """The province evidence for the region (country, admin1) that groups other than g
    give."""
    key = (country, admin1)
    mine_key, mine = ctx.own_province.get(g, (None, 0.0))
    return ctx.provinces.get(key, 0.0) - (mine if mine_key == key else 0.0)


def same_name_bonus(cand: Candidate, g: int, groups: list[Group], ctx: Context, *,
                    final: bool) -> tuple[float, list[str]]:
    """A bare name the article also gives with its admin word ("Suffolk County … Suffolk")
    is that region, unless the region is named after a big city in it ("Baghdad province …
    Baghdad": the bare name is the city). Second pass only: the full name's own choice."""
    for other in ctx.suffixed.get(g, ()) if final else ():
        hit = groups[other].choice or groups[other].first  # its final choice: chosen first
        if hit is not None and hit.pid == cand.pid and cand.pid not in namesakes(
                groups[g].candidates):
            return CONTAINER_BONUS, [f"named in full as {plain_name(hit.name)}"]
    return 0.0, []


def score(cand: Candidate, g: int, groups: list[Group], ctx: Context, *, final: bool
          ) -> tuple[float, list[str]]:
    """Context score of one candidate of group g, with the reasons that mattered."""
    total, why = 0.0, []
    share = focus_share(ctx, g, cand.country)
    if share > 0 and not capital_abroad(cand, g, groups, ctx):
        scale = 1.0 if cand.kind != "city" else min(1.0, math.log10(cand.population + 10) / 6)
        total += FOCUS_WEIGHT * share * scale
        if share >= 0.2:
            why.append(f"country focus {cand.country} ({share:.0%})")
        if cand.kind == "admin1" and share >= DOMESTIC_SHARE and any(
                c.kind == "country" and c.country != cand.country for c in groups[g].candidates):
            total += DOMESTIC_BONUS  # "Georgia" in an American story is the state
            why.append(f"a region of {cand.country}, the article's country")
    for other in ctx.inside.get(g, ()):
        hit = _readings(groups[other], final, lambda c: contains(c, cand))
        if hit is not None:
            total += CONTAINER_BONUS
            why.append(f"named with {plain_name(hit.name)}")
    for other in () if _county_by_alias(cand) else ctx.holds.get(g, ()):
        hit = _readings(groups[other], final, lambda c: contains(cand, c))
        if hit is not None:
            total += CONTAINER_BONUS
            why.append(f"contains {plain_name(hit.name)}")
    if final and cand.kind == "admin1" and towns_elsewhere(cand, groups[g].candidates):
        bonus, reason = home_province_bonus(cand, g, ctx)
        total += bonus
        why.extend(reason)
    if final and (cand.kind in {"region", "admin2"} or cand.population >= SMALL_TOWN_POPULATION) \
            and cand.country in ctx.sentence_countries.get(g, ()) \
            and any(c.country != cand.country for c in groups[g].candidates):
        total += SENTENCE_COUNTRY_BONUS
        why.append("in the country its sentence names")
    if final and dwarfed(cand, groups[g], ctx) and g not in ctx.dated:
        total -= NAMESAKE_PENALTY  # the big city's name, unless the dateline pins the hamlet
        why.append("a hamlet of a big city's name")
    if final and groups[g].partial and cand.pid in ctx.named:
        total += CONTAINER_BONUS  # "Mexico High School" with the town "Mexico"
        why.append(f"{plain_name(cand.name)} as the article names it")
    for rule in (sibling_bonus, same_name_bonus):
        bonus, reason = rule(cand, g, groups, ctx, final=final)
        total += bonus
        why.extend(reason)
    if final and (towns_only(groups[g].candidates, groups[g].level)
                  or listed_with_towns(g, groups, ctx) or local_namesake(cand, g, groups[g], ctx)):
        bonus, reason = province_bonus(cand, g, ctx)
        total += bonus
        why.extend(reason)
        if cand.kind == "admin2" and (cand.country, cand.admin1_code) in ctx.sentence_states.get(
                g, ()):
            total += SENTENCE_STATE_BONUS
            why.append("in the state its sentence names")
        bonus, reason = coherence(cand, g, groups)
        total += bonus
        why.extend(reason)
        bonus, reason = phrase_check(cand, g, groups, ctx)
        total += bonus
        why.extend(reason)
    return total, why


def listed_with_towns(g: int, groups: list[Group], ctx: Context) -> bool:
    """True when the name is listed with a name that may only be a town or district and that
    the first pass made a small town of the story's main state: "near Camden, Wyoming and
    Magnolia" in a Delaware story lists towns, and the article's province and the places near
    it decide among the towns called Wyoming, as for a town's name. Not a big city's
    neighbour: "in New York City and Florida" lists a city and a state."""
    for o in ctx.listed.get(g, ()):
        hit = groups[o].first
        if hit is not None and hit.kind == "city" and hit.population < LOCAL_TOWN_MAX \
                and ctx.main is not None and ctx.main[0] == (hit.country, hit.admin1_code) \
                and towns_only(groups[o].candidates, groups[o].level):
            return True
    return False


def _county_by_alias(cand: Candidate) -> bool:
    """A district read by an alias without its admin word ("Utah" for Utah County): news
    qualifies a town with its state ("Provo, Utah") and writes a county with its word
    ("Provo, Utah County"), so such a reading holds no town."""
    return cand.kind == "admin2" and cand.match != MATCH_NAME


def sibling_bonus(cand: Candidate, g: int, groups: list[Group], ctx: Context, *, final: bool
                  ) -> tuple[float, list[str]]:
    """Names listed together are of one kind: a state among states, a country among
    countries (a list of provinces also shares their country); not a name qualified by a
    region, which is below that level ("Florida and Washington, D.C."). Towns and districts
    listed together lie in one province ("Chatsworth and Murray County")."""
    if cand.kind in {"city", "admin2"}:
        return _local_sibling(cand, g, groups, ctx, final=final)
    if cand.kind not in {"admin1", "country"} or any(
            (hit := first_choice(groups[o], final)) is not None
            and hit.kind in {"admin1", "admin2"} for o in ctx.inside.get(g, ())):
        return 0.0, []  # qualified by a region ("Washington, D.C."): below a region's level
    for other in ctx.listed.get(g, ()):
        hit = first_choice(groups[other], final)
        if hit is not None and hit.kind == cand.kind and (
                cand.kind == "country" or hit.country == cand.country):
            return SIBLING_BONUS, [f"listed with {plain_name(hit.name)}"]
    return 0.0, []


def _local_sibling(cand: Candidate, g: int, groups: list[Group], ctx: Context, *,
                   final: bool) -> tuple[float, list[str]]:
    """A town or district listed with a name that may be a town or district in the same
    first-level region: of "Chatsworth and Murray County", the readings in one state. Listed
    with a town of the story's main state that the first pass chose and that names nothing
    else, a town there is as sure as a state listed with a state ("shelters in Duluth and
    Virginia" in a Minnesota story: Virginia, Minnesota); not a big city's neighbour ("in New
    York City and Florida" lists a city and a state)."""
    if not cand.admin1_code:
        return 0.0, []
    province = (cand.country, cand.admin1_code)
    in_main = final and ctx.main is not None and ctx.main[0] == province  # the story's state
    for other in ctx.listed.get(g, ()) if in_main else ():
        hit = groups[other].first
        if hit is not None and hit.kind == "city" and groups[other].first_confidence >= 0.5 \
                and (hit.country, hit.admin1_code) == province \
                and hit.population < LOCAL_TOWN_MAX \
                and towns_only(groups[other].candidates, groups[other].level):
            return SIBLING_BONUS, [f"listed with {plain_name(hit.name)}"]
    for other in ctx.listed.get(g, ()):
        readings = [groups[other].first] if final and groups[other].first is not None \
            and groups[other].first_confidence >= 0.5 else groups[other].candidates
        hit = next((c for c in readings if c.kind in {"city", "admin2"}
                    and (c.country, c.admin1_code) == province), None)
        if hit is not None:
            return LOCAL_SIBLING_BONUS, [f"listed with {plain_name(hit.name)}"]
    return 0.0, []


def _readings(group: Group, final: bool, test: Callable[[Candidate], bool]
              ) -> Candidate | None:
    """The first pass's choice of the group when it passes `test` (second pass); in the
    first pass, any of its readings that does: of "Rome, Georgia" the pair of readings
    where one holds the other (the town in the state), not each name's likeliest alone."""
    if final:
        return group.first if group.first is not None and test(group.first) else None
    return next((c for c in group.candidates if test(c)), None)


def coherence(cand: Candidate, g: int, groups: list[Group]) -> tuple[float, list[str]]:
    """Closeness to the places chosen for the other names (first-pass choices); not to a
    place named only inside an organisation's name, which says nothing of where the story
    is ("Rome" near "the NY Plum Island center")."""
    if cand.lat is None or cand.lon is None or cand.kind in {"country", "region"}:
        return 0.0, []
    best, near = math.inf, None
    for k, group in enumerate(groups):
        other = group.first
        if k == g or other is None or other.lat is None or other.lon is None \
                or group.embedded:
            continue
        if other.kind in {"country", "region"} or group.first_confidence < 0.4:
            continue
        dist = haversine_km(cand.lat, cand.lon, other.lat, other.lon)
        if dist < best:
            best, near = dist, other
    if near is None:
        return 0.0, []
    for limit, bonus in ((50, 1.2), (150, 1.0), (400, 0.6), (1000, 0.2)):
        if best < limit:
            return bonus, [f"{best:.0f} km from {plain_name(near.name)}"]
    return 0.0, []


def phrase_check(cand: Candidate, g: int, groups: list[Group], ctx: Context
                 ) -> tuple[float, list[str]]:
    """Check "N miles <direction> of Y" against the distance and bearing to Y's choice."""
    total, why = 0.0, []
    for ref_group, rel in ctx.links.get(g, []):
        ref = groups[ref_group].first
        if ref is None or ref.lat is None or cand.lat is None:
            continue
        dist = haversine_km(ref.lat, ref.lon, cand.lat, cand.lon)  # type: ignore[arg-type]
        if rel.km is not None:
            ok = abs(dist - rel.km) <= max(25.0, 0.35 * rel.km)
            total += 3.0 if ok else (-1.0 if dist > 2.5 * rel.km + 50 else 0.0)
        else:
            ok = dist < 300
            total += 1.0 if ok else 0.0
        if ok and rel.bearing is not None:
            turn = abs((bearing_deg(ref.lat, ref.lon, cand.lat, cand.lon)  # type: ignore[arg-type]
                        - rel.bearing + 180) % 360 - 180)
            total += 0.5 if turn <= 60 else -0.5
        if ok:
            why.append(f"{dist:.0f} km from {plain_name(ref.name)}, as the text says")
    return total, why


def choose(g: int, groups: list[Group], ctx: Context, *, final: bool) -> None:
    group = groups[g]
    if not group.candidates:
        group.choice, group.confidence, group.reason = None, 0.0, "no gazetteer match"
        return
    if group.famous and not qualifier_holders(g, groups, ctx, final=final):
        choose_famous(group)
        return
    if (town := ctx.dated.get(g)) is not None:
        group.choice, group.confidence = town, 0.99
        group.reason = "; ".join(prior_reasons(town) + ["the dateline's town"])
        return
    outside = outside_qualifier(g, groups, ctx, final=final) | outside_nation(g, groups, ctx)
    holders = qualifier_holders(g, groups, ctx, final=final)  # "X, Calif.": held
    abroad = set() if holders else foreign_hamlets(g, groups, ctx, final=final)
    distant = distant_hamlets(g, groups, ctx) | distant_feature_towns(g, groups, ctx) \
        if final and not holders else set()
    apart = units_outside_holders(g, groups, holders)
    above = units_above_district(g, groups, ctx)  # "Denmark in Lee County"
    foreign = abroad | outside | distant | apart | above
    if len(foreign) == len(group.candidates):
        where = ", ".join(sorted({c.country or "?" for c in group.candidates}))
        small = "" if above else "small "
        why = [text for kept, text in (
            (outside | above, "outside the place the text puts it in"),
            (abroad - outside - above, "in countries the article does not name"),
            (distant - abroad - outside, "far from the local story's province")) if kept]
        group.choice, group.confidence, group.abroad = None, 0.0, True
        group.reason = f"the gazetteer knows the name only as {small}places in {where}, " \
            + " or ".join(why)
        return
    results = [score(c, g, groups, ctx, final=final) for c in group.candidates]
    totals = [-math.inf if k in foreign else p + s
              for k, (p, (s, _)) in enumerate(zip(group.priors, results))]
    best = max(range(len(totals)), key=lambda k: (totals[k], -k))
    top = max(totals)
    weights = [math.exp(t - top) for t in totals]
    cand = group.candidates[best]
    group.choice = cand
    group.confidence = round(min(0.99, weights[best] / sum(weights)), 3)
    partial = [f"the name contains {plain_name(cand.name)}"] if group.partial else []
    group.reason = "; ".join(partial + prior_reasons(cand) + results[best][1])


def choose_famous(group: Group) -> None:
    """A name read only inside the name of an accord, an international body or an event
    ("the Paris Agreement", "the Venice Commission"): the world's best-known place of that
    name by its own name (the prior alone: population, capital), whatever the article's
    country; our regions' aliases are curated, as good as their names ("the Gulf
    Information Security Conference": the Persian Gulf, not Papua New Guinea's Gulf
    province)."""
    named = [k for k, c in enumerate(group.candidates) if by_own_name(c)] \
        or list(range(len(group.candidates)))
    best = max(named, key=lambda k: (group.priors[k], -k))
    group.choice, group.confidence = group.candidates[best], 0.5
    group.reason = "; ".join(prior_reasons(group.choice)
                             + ["named after it: an accord's or a body's name"])


def resolve(toponyms: list[Toponym], refs: list[CountryRef], gazetteer: Gazetteer, *,
            text: str, dateline: Candidate | None = None, dateline_sure: bool = False,
            home: str | None = None, all_places: bool = False) -> list[Resolution]:
    """One resolution per toponym (toponyms with the same name share it); `dateline_sure`
    when the dateline says which town it is (`Dateline.sure`): then its province is the
    story's and its bare name in the story is that town; `home` is the ISO3 code of the
    source's home country; `all_places` when the toponyms are known to be places (gold
    spans): unknown ones are then all placed as facilities are."""
    contained = containers(toponyms, text, unit=lambda top: unit_first(gazetteer, top.text))
    town = dateline.name if dateline_sure and dateline is not None else None
    qualifiers = spread_qualifiers(toponyms, state_qualifiers(
        toponyms, contained, text=text, gazetteer=gazetteer), gazetteer, town=town)
    groups, owner = make_groups(toponyms, gazetteer, qualifiers=qualifiers)
    related = relations(toponyms, text)
    dated = dateline_groups(groups, toponyms, dateline, qualified=frozenset(qualifiers)) \
        if dateline_sure else {}
    ctx = build_context(groups, owner, toponyms, refs, text=text, dateline=dateline,
                        contained=contained, related=related, home=home,
                        qualified=frozenset(qualifiers).union(
                            *(groups[g].members for g in dated)))
    ctx.dated = dated
    nation_of = demonym_countries(toponyms, refs, text)
    ctx.nations = {owner[k]: iso3 for k, iso3 in nation_of.items()}
    ctx.points = {iso3: c for iso3 in sorted(ctx.evidence)
                  if (c := gazetteer.country(iso3)) is not None and c.lat is not None}
    ctx.borders = {iso3: gazetteer.neighbours(iso3) for iso3 in ctx.evidence}
    for g in range(len(groups)):
        choose(g, groups, ctx, final=False)
    lent: dict[int, tuple[str, float]] = {}
    for g, group in enumerate(groups):
        group.first, group.first_confidence = group.choice, group.confidence
        if group.choice is not None and group.choice.kind != "country" \
                and not state_or_country(group) and (given := add_evidence(ctx, g, group)):
            lent[g] = given
    ctx.provinces, ctx.own_province = province_evidence(
        groups, later_qualifiers(toponyms, contained, qualifiers))
    if dateline_sure and dateline is not None and dateline.country and dateline.admin1_code:
        ctx.provinces[(dateline.country, dateline.admin1_code)] += DATELINE_PROVINCE
    ctx.local = local_story(groups, ctx)
    ctx.main = main_province(groups, ctx)
    ctx.first_provinces = first_provinces(groups)
    ctx.sentence_states = sentence_states(groups, toponyms)
    ctx.sentence_countries = sentence_countries(groups, toponyms, ctx.kin)
    for g in final_order(groups, ctx):
        choose(g, groups, ctx, final=True)
        if not groups[g].partial and groups[g].choice is not None:
            ctx.named.add(groups[g].choice.pid)
        if state_or_country(groups[g]):
            add_evidence(ctx, g, groups[g])  # decided: now it tells the others
        elif g in lent and moved_abroad(groups[g], lent[g][0]):
            retract_evidence(ctx, g, lent[g])  # a moved name tells the rest where it is now
            add_evidence(ctx, g, groups[g])
    found = [Resolution(candidate=groups[g].choice, confidence=groups[g].confidence,
                        reason=groups[g].reason, partial=groups[g].partial,
                        abroad=groups[g].abroad) for g in owner]
    countries = {iso3: c for iso3 in {r.candidate.country for r in found if r.candidate}
                 if iso3 and (c := gazetteer.country(iso3)) is not None}
    origin = gazetteer.country(dateline.country) if dateline and dateline.country else None
    held = qualified(toponyms, text, contained, all_places=all_places)
    held.update({a: b for a, b in contained.items() if a not in held and found[a].abroad
                 and toponyms[b].level == 2})  # "Denmark in Lee County": in the county
    return anchor_unknown(toponyms, found, countries=countries, all_places=all_places,
                          qualified=held,
                          near=nearby(toponyms, text),
                          measured={rel.anchor: rel for rel in related}, dateline=origin,
                          home=dateline if dateline is not None and dateline.kind == "city"
                          else None, home_sure=dateline_sure,
                          nations={k: c for k, iso3 in nation_of.items()
                                   if (c := gazetteer.country(iso3)) is not None})


def dateline_groups(groups: list[Group], toponyms: list[Toponym],
                    dateline: Candidate | None, *, qualified: frozenset[int] = frozenset()
                    ) -> dict[int, Candidate]:
    """Groups of the dateline town's bare name → the town: one name is one place in a story
    ("MEXICO, Mo. — … moved to Mexico in 1960" is the Missouri town, "BERLIN, Wis. — … the
    city of Berlin" not Germany's capital), and so is a building named by it ("Mexico
    Public Library"); not a name with an admin word or a direction ("Washington state",
    "central Washington"), nor one a state qualifies (`qualified`: "a tourist from
    Marietta, Ohio" in a story from Marietta, Georgia), nor another town's own name the
    gazetteer also files as an old name of the dateline's town ("Concord" in a story from
    Lisbon, New Hampshire, is the state capital)."""
    if dateline is None or dateline.kind != "city":
        return {}
    return {g: dateline for g, group in enumerate(groups)
            if group.level is None
            and not any(toponyms[k].directed or k in qualified for k in group.members)
            and _names_the_town(group, dateline)}


def _names_the_town(group: Group, town: Candidate) -> bool:
    """The group's name is the town's own name, or an alias of it that no other town bears
    as its own name."""
    read = [c for c in group.candidates if c.pid == town.pid]
    return bool(read) and (read[0].match == MATCH_NAME or not any(
        c.kind == "city" and c.match == MATCH_NAME for c in group.candidates))


def moved_abroad(group: Group, lent: str) -> bool:
    """The second pass moved the name out of the country the first pass lent the others as
    evidence ("Cornwall": Ontario at first, England beside Exeter)."""
    return group.choice is not None and group.choice.kind != "country" \
        and group.choice.country != lent


# "X near Y", "X, just outside Y", "X close to Y": a facility or feature by a place.
_NEAR = re.compile(r"^\s*,?\s*(?:just\s+|right\s+)?(?:near|outside(?:\s+of)?|close\s+to|"
                   r"next\s+to)\s*(?:the\s+)?$", re.I)


def qualified(toponyms: list[Toponym], text: str, contained: dict[int, int], *,
              all_places: bool = False) -> dict[int, int]:
    """Toponyms qualified by the place after them, to that place's index: "X, Y" where Y
    ends the phrase (a punctuation mark, a capitalised word or a function word follows:
    "Greenlane, Auckland, on Friday"; not "X, New Orleans officials", where Y modifies a
    noun), and "X in Y" when X is a place whatever the gazetteer knows, a facility, a
    feature or a name the context places ("St Mary's Church in Dunshaughlin", "the
    Crossroads Correctional Center in Shelby"; not "the Islamic State in Iraq", an
    organisation's branch)."""
    out = {}
    for a, b in contained.items():  # `containers`
        gap = text[toponyms[a].span.end:toponyms[b].span.start].strip()
        if gap != "," and not (all_places or is_placed_name(toponyms[a])):
            continue  # given as places (gold spans): each is in the place after "in"
        if gap != "," or PHRASE_END.match(text, toponyms[b].span.end):
            out[a] = b
    return out


def nearby(toponyms: list[Toponym], text: str) -> dict[int, int]:
    """Facilities and features "near Y" ("on I-285 near Smyrna", "the Utah State Prison near
    Salt Lake City"), to Y's index: placed at Y when Y is placed with confidence."""
    return {a: a + 1 for a, (x, y) in enumerate(zip(toponyms, toponyms[1:]))
            if x.sentence == y.sentence and is_feature(x)
            and _NEAR.match(text[x.span.end:y.span.start])}
