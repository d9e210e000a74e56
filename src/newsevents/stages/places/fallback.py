"""Names the gazetteer does not know (streets, buildings, rivers, small estates).

Only facilities, natural features named with their generic word, names qualified by a place
("Greenlane, Auckland", "Fort Ember, Maryland"), place mentions (GPE, LOC) the context calls
a place ("in Kibera", "the village of Roskear", "the Kisima area") and names the gazetteer
knows only as small places abroad (resolve.py: "Harad" in a story about Yemen) are placed;
another name the gazetteer lacks stays without coordinates, with the reason.

An unknown name is placed only as precisely as the text supports, and never in a country the
text does not tie it to ("the White House" in a story about Iraq is not in Baghdad):

0. a distance phrase after it ("X, about 80 km north of Y", Y placed with confidence): the
   point that far from Y in that direction, at district precision (3), in Y's country;
1. the place that qualifies it ("Greenlane, Auckland", "Vanderbilt hospital in Nashville"),
   however confidently that one is placed; for a building, else a town or district the
   article places with confidence whose name its own name holds ("IU Health Goshen
   Hospital" at Goshen); else a place the same sentence names
   ("a statement at the White House, where the United States …", "St Mary's Chapel in
   Windsor") when all the sentence's places are in one country, the nearest of them that
   holds none of the others (a town before its state: "GENEVA, Ala. — … this small
   Wiregrass town"; for a building, a unit before a river or a region); a
   sentence that names places in two countries does not say which (the village "on the
   border with Turkey" in a story about Syria; "the White House" in a sentence naming the
   United States and Baghdad), and the rules below decide;
2. else, when the cities, districts and provinces the article names with confidence lie,
   two mentions in three at least, within 50 km of the one it names most, and two of the
   confident mentions in three are in its country (a local story: "Royal Street" in a story
   about one city that names Baton Rouge once, "Stark Street" in a story from Gresham that
   names a family's Ukraine once; not a story about trade talks in Beijing that names the
   United States as often), the one of those named nearest in the text;
3. else, when every confidently resolved place of the article is in one country: the point
   of the city, district or province named nearest in the text (or the country's when it
   names none), among those of the province that holds more than half of them, with the
   country's precision (5): the name is somewhere in that country;
4. else, for a building or road, the town of the dateline when the article names it too
   and places that mention there with confidence ("BELFAST (Reuters) — … the Waterfront
   Hall"), and for a town's quarter ("Johar Town") when the dateline says which town it is
   ("KARACHI, Pakistan — … treated at the Aga Khan University Hospital" in a story naming
   India and Bangladesh as well), at district precision (3); else the dateline's country,
   when the article names places in it;
5. else nothing: the name stays without coordinates, with the reason.

Rules 2 and 3 read the places that say where the story is: not those named inside an
organisation's name or by a demonym, unless the article names no other.

The resolution is marked `inferred`, with a low confidence and a reason saying where the point
came from; precision follows the anchor (a city gives "within 25 km", see places/__init__.py).
"""
from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import replace

from ...resources.gazetteer import Candidate
from ...resources.place_names import destination, haversine_km, plain_name
from .context import Relation, compass
from .lookup import contains
from .resolution import Resolution
from .toponym import Toponym, is_area_name
from .words import FEATURE_FIRST_WORDS, FEATURE_WORDS

ANCHOR_KINDS = frozenset({"city", "admin2", "admin1"})
INFERRED_CONFIDENCE = 0.3
ANCHOR_CONFIDENCE = 0.5
ANCHOR_MIN_POPULATION = 1_000
LOCAL_KM = 50.0
LOCAL_SHARE = 2 / 3  # of the anchor mentions near the main one: a local story
LOCAL_MIN_MENTIONS = 3  # … in its country, when the story names another country too
COUNTRY_PRECISION = 5
DISTRICT_PRECISION = 3  # somewhere around a point: a distance phrase's, the dateline town's
CUED_LABELS = frozenset({"GPE", "LOC"})  # the model and the context agree it is a place


def _resolved(res: Resolution) -> bool:
    """A real choice with a point, however confident: the place that qualifies a name
    ("Vanderbilt hospital in Nashville") places it as surely as it is placed itself."""
    cand = res.candidate
    return cand is not None and cand.lat is not None and not res.partial and not res.inferred


def _confident(res: Resolution) -> bool:
    return _resolved(res) and res.confidence >= ANCHOR_CONFIDENCE


def _is_anchor(res: Resolution) -> bool:
    """A confident choice of a real city, district or province named in full."""
    cand = res.candidate
    if not _confident(res) or cand is None or cand.kind not in ANCHOR_KINDS:
        return False
    return cand.kind != "city" or cand.population >= ANCHOR_MIN_POPULATION


def nearest(position: int, starts: list[int]) -> int:
    """Index into the sorted `starts` of the one closest to `position`."""
    k = bisect.bisect_left(starts, position)
    if k == 0:
        return 0
    if k == len(starts) or position - starts[k - 1] <= starts[k] - position:
        return k - 1
    return k


def _local(anchors: list[tuple[int, Candidate]]) -> list[tuple[int, Candidate]]:
    """The anchors within LOCAL_KM of the one named most often (the first of them on a
    tie), when they are at least LOCAL_SHARE of all anchor mentions: a local story that
    also names a place further off once ("… and in Atlanta") is still local. Linear in
    their number."""
    counts = Counter(c.pid for _, c in anchors)
    most = max(counts.values())
    main = next(c for _, c in anchors if counts[c.pid] == most)
    near = [(s, c) for s, c in anchors if haversine_km(
        main.lat, main.lon, c.lat, c.lon) <= LOCAL_KM]  # type: ignore[arg-type]
    return near if len(near) >= LOCAL_SHARE * len(anchors) else []


def _countries(resolutions: list[Resolution]) -> Counter[str | None]:
    """The countries of the confidently resolved mentions (not seas and continents), each
    with its number of mentions."""
    return Counter(r.candidate.country for r in resolutions
                   if _confident(r) and r.candidate is not None and r.candidate.kind != "region")


def _one_country(counts: Counter[str | None]) -> str | None:
    return next(iter(counts)) if len(counts) == 1 else None


def _main_country(counts: Counter[str | None]) -> str | None:
    """The country of LOCAL_SHARE or more of the confidently resolved mentions (`counts`),
    and of LOCAL_MIN_MENTIONS at least, or of all: a local story that names a far country
    once ("a family from Ukraine") is still local; a sentence about aid for Beirut and
    Lebanon that names the United States too is not."""
    if not counts:
        return None
    iso3, most = counts.most_common(1)[0]
    total = sum(counts.values())
    return iso3 if most == total or most >= max(LOCAL_SHARE * total, LOCAL_MIN_MENTIONS) \
        else None


def _main_province(named: list[tuple[int, Candidate]]) -> list[tuple[int, Candidate]]:
    """The anchors in the province that holds more than half of them ("Peoria, Ill." named
    once in a story about Arizona's towns is not where its unknown road is), else all."""
    provinces = Counter((c.country, c.admin1_code) for _, c in named if c.admin1_code)
    if not provinces:
        return named
    main, count = provinces.most_common(1)[0]
    if 2 * count <= len(named):
        return named
    return [(s, c) for s, c in named if (c.country, c.admin1_code) == main]


def is_feature(top: Toponym) -> bool:
    """A facility, or a natural feature by its generic word ("Cuyahoga River", "Lake
    Manassas", "Mount Kenya", "River Eden", "Loch Fyne"): a real place even when the
    gazetteer does not know it, and one that is in or near a place the text names. Another
    unknown name ("Zorblatia") may be anywhere: it is not anchored."""
    if top.label == "FAC":
        return True
    words = top.full_key.split()
    return top.label in {"LOC", "GPE"} and len(words) > 1 and (
        words[-1] in FEATURE_WORDS or words[0] in FEATURE_FIRST_WORDS)


def is_placed_name(top: Toponym) -> bool:
    """A facility, a natural feature, or a place mention (GPE, LOC) the context calls a
    place ("in Kibera", "the village of Roskear"): a place even when the gazetteer does not
    know it, kept as a Place (without coordinates when nothing anchors it)."""
    return is_feature(top) or top.cued and top.label in CUED_LABELS


def _story_places(toponyms: list[Toponym], resolutions: list[Resolution]
                  ) -> tuple[list[Toponym], list[Resolution]]:
    """The places that say where the story is: not those named inside an organisation's
    name ("Queens Park Rangers" in a story about Sunderland) or by a demonym, unless the
    article names no other anchor (then its institutions' towns are all it has)."""
    pairs = [(t, r) for t, r in zip(toponyms, resolutions) if not t.embedded and not t.demonym]
    if not any(_is_anchor(r) for _, r in pairs):
        return toponyms, resolutions
    return [t for t, _ in pairs], [r for _, r in pairs]


FARTHEST_KM = 20_000.0  # about half the Earth's circumference: no place is farther away


def offset(rel: Relation, resolutions: list[Resolution]
           ) -> tuple[Candidate, str, int] | None:
    """The point a distance phrase gives ("X, about 80 km north of Y": 80 km north of Y's
    point), when Y is confidently placed and the phrase gives both distance and bearing."""
    ref = resolutions[rel.reference]
    cand = ref.candidate
    if rel.km is None or rel.bearing is None or not _confident(ref) or cand is None \
            or cand.lat is None or cand.lon is None or not 0 < rel.km <= FARTHEST_KM:
        return None  # "X, 10^400 km north of Y" is no distance
    lat, lon = destination(cand.lat, cand.lon, rel.bearing, rel.km)
    why = f"{rel.km:.0f} km {compass(rel.bearing)} of {plain_name(cand.name)}, as the text says"
    moved = replace(cand, lat=lat, lon=lon, admin1=None, admin1_code=None, admin2=None)
    return moved, why, DISTRICT_PRECISION  # in the reference's country, not its province


class Anchors:
    """Where the article's confidently resolved places are, by sentence and in the text."""

    def __init__(self, toponyms: list[Toponym], resolutions: list[Resolution],
                 countries: dict[str, Candidate], *, dateline: Candidate | None = None,
                 home: Candidate | None = None, home_sure: bool = False) -> None:
        # the dateline's country, when the article names places in it: "BEIRUT" over a
        # story about Idlib says where the reporter is, not where the story is
        named_in = {r.candidate.country for r in resolutions if r.candidate is not None}
        self.dateline = dateline if dateline is not None and dateline.country in named_in \
            else None
        # the dateline's town, when the article names it too and places it there ("KARACHI,
        # Pakistan — … died in Karachi"): where the reporter and the story are
        self.home = home if home is not None and any(
            r.candidate is not None and r.candidate.pid == home.pid and _confident(r)
            for r in resolutions) else None
        self.home_sure = home_sure
        self.by_sentence: dict[int, list[tuple[int, Candidate]]] = {}
        self.towns: dict[str, Candidate] = {}  # towns and districts, by their folded name
        for top, res in zip(toponyms, resolutions):
            if _confident(res) and res.candidate is not None:
                self.by_sentence.setdefault(top.sentence, []).append(
                    (top.span.start, res.candidate))
                if res.candidate.kind in {"city", "admin2"}:
                    self.towns.setdefault(top.key, res.candidate)
        toponyms, resolutions = _story_places(toponyms, resolutions)
        named = [(t.span.start, r.candidate) for t, r in zip(toponyms, resolutions)
                 if _is_anchor(r)]
        counts = _countries(resolutions)
        iso3 = _one_country(counts)
        # a local story when two places in three it names, countries too, are in the country
        # of its main place
        local = _local(named) if named else []  # type: ignore[arg-type]
        self.local = local if local and _main_country(counts) == local[0][1].country \
            else []
        self.country = countries.get(iso3) if iso3 else None
        self.in_country = _main_province(named) if self.country is not None else []

    def place(self, top: Toponym, qualifier: Resolution | None = None
              ) -> tuple[Candidate | None, str, int]:
        """The anchor, why, and the least precision code the anchor supports."""
        if qualifier is not None and _resolved(qualifier):
            return qualifier.candidate, "the place named after it", 0
        if top.label == "FAC" and (town := self.town_inside(top)) is not None:
            return town, "the town its own name holds", 0
        same = _most_specific(self._sentence_country(top.sentence),
                              building=top.label == "FAC" or is_area_name(top.text))
        if same:
            k = nearest(top.span.start, [s for s, _ in same])
            return same[k][1], "named in the same sentence", 0
        if self.local:
            k = nearest(top.span.start, [s for s, _ in self.local])
            return self.local[k][1], "all the places the article names are near it", 0
        if self.country is not None and self.in_country:
            k = nearest(top.span.start, [s for s, _ in self.in_country])
            where = plain_name(self.country.name)
            return (self.in_country[k][1], "the place the article names nearest to it; "
                    f"all its places are in {where}", COUNTRY_PRECISION)
        if self.country is not None:
            return self.country, "all the places the article names are in it", 0
        if self.home is not None and (top.label == "FAC"
                                      or self.home_sure and is_area_name(top.text)):
            # "the Aga Khan hospital", "Johar Town" in a story from Karachi, Lahore: a
            # building or a town's quarter, not a river or a region, which may be far
            return self.home, "the dateline's town, which the article names", DISTRICT_PRECISION
        if self.dateline is not None:  # "DAR ES SALAAM, Tanzania": near "Ukerewe island"
            return self.dateline, "the country of the article's dateline", 0
        return None, "", 0

    def town_inside(self, top: Toponym) -> Candidate | None:
        """A town or district the article places with confidence whose name is words of the
        building's own name ("IU Health Goshen Hospital" when Goshen is placed), the
        longest; linear in the name's words."""
        words = top.full_key.split()
        for size in range(min(3, len(words) - 1), 0, -1):
            for start in range(len(words) - size + 1):
                town = self.towns.get(" ".join(words[start:start + size]))
                if town is not None:
                    return town
        return None

    def _sentence_country(self, sentence: int) -> list[tuple[int, Candidate]]:
        """The places of the sentence that lie in a country, when all are in one, else [];
        a sea or a continent the sentence names lies in none and says nothing of which
        ("the Black Sea port of Supsa" in a sentence that names Georgia)."""
        same = [(s, c) for s, c in self.by_sentence.get(sentence, []) if c.country]
        return same if len({c.country for _, c in same}) == 1 else []


def _most_specific(same: list[tuple[int, Candidate]], *, building: bool
                   ) -> list[tuple[int, Candidate]]:
    """A sentence's places without the provinces and countries that hold another of them:
    an unknown name is placed as precisely as the sentence allows ("GENEVA, Ala. — … this
    small Wiregrass city … the Pea River": at Geneva, not at Alabama's middle; "al-Jaberiyeh
    village in Hama province", in a sentence that also names Aleppo, stays in Hama); and,
    for a building or a town's quarter, units rather than a river's or a region's point
    ("the French Quarter … a bend of the Mississippi in New Orleans")."""
    inner = [(s, c) for s, c in same if not any(contains(c, o) for _, o in same)]
    if building:
        inner = [(s, c) for s, c in inner if c.kind != "region"] or inner
    return inner


def _narrowed(res: Resolution, top: Toponym, by: Resolution | None, anchors: Anchors
              ) -> Resolution:
    """A facility read by the province or country its name holds ("the Utah State Prison",
    "Texas 6") that the text puts in or near a town of that province ("near Salt Lake
    City"), or a facility read by its state whose sentence names towns of it ("the
    interchange of Texas 6 and U.S. 59 in Sugar Land"): at that town (the nearest in the
    text), as an unknown facility would be."""
    cand = res.candidate
    if not res.partial or cand is None or cand.kind not in {"admin1", "country"}:
        return res
    if by is not None and _resolved(by) and by.candidate is not None \
            and by.candidate.kind in {"city", "admin2"} and contains(cand, by.candidate):
        town, why = by.candidate, "the place named after it"
    else:
        inside = [(s, c) for s, c in anchors.by_sentence.get(top.sentence, [])
                  if c.kind in {"city", "admin2"} and contains(cand, c)
                  and cand.kind == "admin1" and top.label == "FAC"]
        if not inside:
            return res
        town = inside[nearest(top.span.start, [s for s, _ in inside])][1]
        why = "named in the same sentence"
    return replace(res, candidate=town, confidence=INFERRED_CONFIDENCE, inferred=True,
                   reason=f"{res.reason}; placed at {plain_name(town.name)}, {why}")


def _named_town(res: Resolution, top: Toponym, anchors: Anchors) -> Resolution:
    """A building read by the town its name holds ("Clinton High School") at the town of
    that name the article places with confidence ("Clinton, Ark."; `Anchors.town_inside`, as
    for a building the gazetteer does not know at all), not a namesake: one name is one
    place in a story."""
    cand = res.candidate
    if not res.partial or cand is None or cand.kind != "city":
        return res
    town = anchors.town_inside(top)
    if town is None or town.pid == cand.pid or town.kind != "city":
        return res
    return replace(res, candidate=town,
                   reason=f"{res.reason}; the {plain_name(town.name)} the article names")


def anchor_unknown(toponyms: list[Toponym], resolutions: list[Resolution], *,
                   countries: dict[str, Candidate] | None = None, all_places: bool = False,
                   qualified: dict[int, int] | None = None,
                   near: dict[int, int] | None = None,
                   measured: dict[int, Relation] | None = None,
                   dateline: Candidate | None = None, home: Candidate | None = None,
                   home_sure: bool = False,
                   nations: dict[int, Candidate] | None = None) -> list[Resolution]:
    """`resolutions` with each unresolved one placed as the module doc says; `countries`
    are the entries of the countries the article's places are in (ISO3 → entry);
    `all_places` when every toponym is known to be a place (gold spans); `qualified` are
    the indexes of toponyms followed by ", <place>" ("Greenlane, Auckland"), to that place's;
    `near`: facilities and features "near <place>", to that place's (used when it is placed
    with confidence);
    `measured`: the distance phrase after a toponym ("X, 100 km north of Y"), by its index;
    `dateline`: the country of the article's dateline, the last anchor; `home`: the town of
    the dateline, the anchor before it when the article names that town and the text places
    that mention there with confidence, for a building ("BELFAST (Reuters) — … the shipyard
    in Belfast"; a bare "SPRINGFIELD —" is only the biggest Springfield until the text says
    so), and for a town's quarter too when `home_sure` (the dateline's qualifier or a
    capital says which town it is: a quarter's name may be a far village's, "Jebel Marra" in
    a story from "PORT SUDAN"); `nations`: the
    country a demonym before a toponym puts it in ("the Bolivian city of X"), by its index:
    its anchor unless the text places it nearer in that country."""
    anchors = Anchors(toponyms, resolutions, countries or {}, dateline=dateline, home=home,
                      home_sure=home_sure)
    qualified = dict(qualified or {})
    qualified.update({k: n for k, n in (near or {}).items()  # "near Y": when Y is sure
                      if k not in qualified and _confident(resolutions[n])})
    measured = measured or {}
    out: list[Resolution] = []
    for k, (top, res) in enumerate(zip(toponyms, resolutions)):
        if res.candidate is not None:
            out.append(_narrowed(_named_town(res, top, anchors), top,
                                 resolutions[qualified[k]] if k in qualified else None,
                                 anchors))
            continue
        placeable = all_places or is_placed_name(top) or k in qualified \
            or res.abroad and not top.embedded  # not "Conservation" of "the Department of
        # Wildlife Conservation", a Canadian hamlet's name
        by = resolutions[qualified[k]] if k in qualified else None
        anchor, why, floor = anchors.place(top, by) if placeable else (None, "", 0)
        nation = (nations or {}).get(k)
        if nation is not None and (anchor is None or anchor.country != nation.country):
            anchor, why, floor = nation, "the country its demonym names", 0  # "the Guatemalan
            # border town of X" is in Guatemala, whatever place of Mexico its sentence names
        moved = offset(measured[k], resolutions) if placeable and k in measured else None
        if moved is not None:
            anchor, why, floor = moved
        if anchor is None and not placeable:
            out.append(replace(res, reason="not in the gazetteer, and not a facility or "
                               "natural feature"))
            continue
        unknown = res.reason if res.abroad else "not in the gazetteer"
        if anchor is None:
            out.append(replace(res, reason=f"{unknown}, and the article does not say which of "
                               "its places it is in or near"))
            continue
        where = why if moved is not None else f"at {plain_name(anchor.name)}, {why}"
        out.append(replace(res, candidate=anchor, confidence=INFERRED_CONFIDENCE,
                           inferred=True, floor=floor, reason=f"{unknown}; placed {where}"))
    return out
