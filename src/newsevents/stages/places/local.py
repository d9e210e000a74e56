"""Local stories: when two thirds of the first pass's province evidence is one first-level
region, or two thirds of its towns and districts lie within 200 km of one another (a story
across a state line), the story is local, and a town or district under 10,000 (100,000 in the
United States, whose news writes every out-of-state town with its state) in another province
of its country where the first pass placed no other name, 400+ km from the story's places
(250+ in the United States: a bare name across a state line is the story's metro area's),
is not a reading of a name (second pass, resolve.py): news writes out-of-state towns with
their state ("Silver Creek, N.Y."), so "a fire station in Silver Creek" in a story about
north Georgia is the Georgia community the gazetteer lacks, not the New York village. In any
story, such a town known only by an alternate name, far from the province with most of the
evidence, is no reading either ("Pierceville" in a Kansas story is not Buchanan, Georgia).
Linear in the number of names and readings."""
from __future__ import annotations

from collections import Counter

from ...resources.gazetteer import MATCH_NAME, Candidate
from ...resources.place_names import haversine_km
from .evidence import Context
from .groups import Group

LOCAL_PROVINCE_SHARE = 2 / 3  # of the first pass's province evidence: a local story
LOCAL_HAMLET_MAX = 10_000  # a town this small in another province is not a local story's …
LOCAL_FAR_KM = 400.0  # … when it lies this far from the story's places
# Where news writes every out-of-state town with its state (American style: "Bellevue,
# Wash."), a bare name is the local one: a town this small (hamlet max) this far away (km)
# is no reading; a town across a state line that news leaves bare is of the metro area.
STATED_LIMITS = {"USA": (100_000, 250.0)}
NAMED_AFTER_MAX = 100_000  # a local body named after a town this small in another province


def local_story(groups: list[Group], ctx: Context) -> tuple[tuple[str, str], float, float] | None:
    """The province of a local story (LOCAL_PROVINCE_SHARE of the first pass's province
    evidence) and the centre of the towns and districts the first pass placed in it; or, for
    a story across a provincial line (Elkhart, Indiana, and White Pigeon, Michigan), the
    centre of the towns and districts that lie near one another (`_cluster`), under the
    province most of them are in."""
    key = _top_province(ctx)
    if key is None:
        return None
    if ctx.provinces[key] >= LOCAL_PROVINCE_SHARE * sum(ctx.provinces.values()):
        return main_province(groups, ctx)
    return _centre(key, _cluster([(c.lat, c.lon) for c in _towns(groups)]))  # type: ignore[misc]


def main_province(groups: list[Group], ctx: Context
                  ) -> tuple[tuple[str, str], float, float] | None:
    """The first-level region with most of the first pass's province evidence, whatever its
    share, and the centre of the towns and districts the first pass placed in it."""
    key = _top_province(ctx)
    if key is None:
        return None
    return _centre(key, [(c.lat, c.lon) for c in _towns(groups)  # type: ignore[misc]
                         if (c.country, c.admin1_code) == key])


def _top_province(ctx: Context) -> tuple[str, str] | None:
    """The first-level region with most of the province evidence (None without any)."""
    if sum(ctx.provinces.values()) <= 0:
        return None
    return max(sorted(ctx.provinces), key=lambda k: ctx.provinces[k])


def _towns(groups: list[Group]) -> list[Candidate]:
    return [c for group in groups if (c := group.first) is not None
            and c.kind in {"city", "admin2"} and c.lat is not None and c.lon is not None]


def _centre(key: tuple[str, str], points: list[tuple[float, float]]
            ) -> tuple[tuple[str, str], float, float] | None:
    if not points:
        return None
    return (key, sum(lat for lat, _ in points) / len(points),
            sum(lon for _, lon in points) / len(points))


def _cluster(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The points within LOCAL_FAR_KM / 2 of their median point when they are
    LOCAL_PROVINCE_SHARE of at least three points, else none."""
    if len(points) < 3:
        return []
    lat = sorted(p[0] for p in points)[len(points) // 2]
    lon = sorted(p[1] for p in points)[len(points) // 2]
    near = [p for p in points if haversine_km(p[0], p[1], lat, lon) <= LOCAL_FAR_KM / 2]
    return near if len(near) >= LOCAL_PROVINCE_SHARE * len(points) else []


def first_provinces(groups: list[Group]) -> Counter[tuple[str | None, str | None]]:
    """How many groups the first pass placed in each first-level region, at any
    confidence."""
    return Counter((c.country, c.admin1_code) for group in groups
                   if (c := group.first) is not None and c.admin1_code
                   and c.kind in {"admin1", "admin2", "city"})


def distant_hamlets(g: int, groups: list[Group], ctx: Context) -> set[int]:
    """Indexes of the towns and districts under LOCAL_HAMLET_MAX in another province of a
    local story's country (`ctx.local`, see `local_story`) where the first pass placed no
    other name, LOCAL_FAR_KM or more from the story's places (STATED_LIMITS in a country
    whose news writes out-of-state towns with their state; second pass; the caller
    leaves out a name a qualifier holds). Outside a local story, the same holds for such a
    town known only by an alternate name, far from the article's main province
    (`ctx.main`): "ranchers from Holcomb and Pierceville" in a story about Kansas are not
    from Buchanan, Georgia, once called Pierceville."""
    where = ctx.local or ctx.main
    if where is None:
        return set()
    (country, _), _, _ = where
    first = groups[g].first
    mine = (first.country, first.admin1_code) if first is not None else None
    most, far = STATED_LIMITS.get(country, (LOCAL_HAMLET_MAX, LOCAL_FAR_KM)) \
        if ctx.local is not None else (LOCAL_HAMLET_MAX, LOCAL_FAR_KM)
    return {k for k, c in enumerate(groups[g].candidates)
            if c.population < most and (ctx.local is not None or c.match > MATCH_NAME)
            and _far_in_another_province(c, where, far)
            and ctx.first_provinces[(country, c.admin1_code)]
            - (mine == (country, c.admin1_code)) <= 0}


def distant_feature_towns(g: int, groups: list[Group], ctx: Context) -> set[int]:
    """Indexes of the towns and districts, of any size, that a feature named after a town
    ("Verona Island", matched only by "Verona") would take its name from in another
    province of the story's country (`ctx.local`, else `ctx.main`), LOCAL_FAR_KM or more
    from the story's places: an island, river or lake the gazetteer lacks is near the
    story, not named after a town across the country (the text places it instead). In a
    local story the same holds for a township, church, school, park or service named after
    a town under NAMED_AFTER_MAX ("Jackson Township", "the Troy Fire District", "Fort
    Defiance State Park"); a big city's name stays its own ("the Cleveland Clinic")."""
    where = ctx.local or ctx.main
    group = groups[g]
    if where is None or not (group.feature or group.partial and ctx.local is not None):
        return set()
    most = None if group.feature else NAMED_AFTER_MAX
    return {k for k, c in enumerate(group.candidates) if _far_in_another_province(c, where)
            and (most is None or c.population < most)}


def _far_in_another_province(cand: Candidate, where: tuple[tuple[str, str], float, float],
                             far: float = LOCAL_FAR_KM) -> bool:
    """A town or district of the story's country (`where`: its province and centre) in
    another province, `far` km or more from the story's places."""
    (country, code), lat, lon = where
    return cand.kind in {"city", "admin2"} and cand.country == country \
        and bool(cand.admin1_code) and cand.admin1_code != code \
        and cand.lat is not None and cand.lon is not None \
        and haversine_km(cand.lat, cand.lon, lat, lon) >= far


def local_namesake(cand: Candidate, g: int, group: Group, ctx: Context) -> bool:
    """A town or district of the story's province (`ctx.local`, else `ctx.main`) within
    LOCAL_FAR_KM / 2 of its places, by its own name, whose name is also a country's or a
    region's abroad and no region's at home (not "Montana" beside Montana City): the
    article's province and the places near it weigh for it as for a town's name ("Lebanon
    Middle School … in Frankfort for families in Clinton County" is Lebanon, Indiana; "the
    county office building in Delhi" in a story about Delaware County, New York, is not
    India's capital territory). Not when the name's sentence names the country abroad
    ("Peru reported deaths in the Amazon region of Junin" in a story about Tolima)."""
    where = ctx.local or ctx.main
    if where is None or cand.kind not in {"city", "admin2"} or cand.match != MATCH_NAME \
            or cand.lat is None or cand.lon is None:
        return False
    (country, code), lat, lon = where
    wide = [c for c in group.candidates if c.kind in {"country", "region", "admin1"}]
    return (cand.country, cand.admin1_code) == (country, code) \
        and haversine_km(cand.lat, cand.lon, lat, lon) <= LOCAL_FAR_KM / 2 \
        and bool(wide) and all(c.country != country for c in wide) \
        and not any(c.country in ctx.sentence_countries.get(g, ()) for c in wide)
