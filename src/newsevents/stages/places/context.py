"""Local context between two toponyms: containment ("Samarra, Iraq", "Harad in northern
Yemen"), enumerations ("Texas,
Ohio and Washington") and distance phrases ("Samarra, about 80 miles north of Baghdad",
"40 km from Y", "just south of Y").

Only the text *between* two toponyms of the same sentence is read, so the cost is linear in
the number of toponyms.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from ...resources.gazetteer import Gazetteer
from .entries import exact_places
from .facilities import BUILDING_NOUNS
from .toponym import CountryRef, Toponym

MAX_GAP = 80
KM_PER = {"mile": 1.609344, "miles": 1.609344, "mi": 1.609344, "km": 1.0, "kilometer": 1.0,
          "kilometers": 1.0, "kilometre": 1.0, "kilometres": 1.0, "kms": 1.0}
BEARINGS = {
    "north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
    "southwest": 225.0, "west": 270.0, "northwest": 315.0,
}
_DIRECTION = r"(north|south|east|west)(?:[- ]?(east|west))?(?:ern)?"
_DISTANCE = re.compile(
    r"^[\s,(]*(?:which is|is|lies|located|situated|some|about|around|roughly|nearly|almost|"
    r"approximately|just|only|more than|less than|over|under|\s)*"
    r"(\d[\d,]*(?:\.\d+)?)[\s-]*(miles?|mi|kilometers?|kilometres?|kms?)\b(?:\s*\([^)]*\))?"
    r"\s+(?:\(\w+\)\s+)?(?:to the\s+)?(?:" + _DIRECTION + r"\s+of|from|away from|outside(?: of)?)"
    r"\s*(?:the\s+)?$", re.I)
_DIRECTION_ONLY = re.compile(
    r"^[\s,]*(?:which is|is|lies|located|situated|just|\s)*(?:to the\s+)?" + _DIRECTION
    + r"\s+of\s*(?:the\s+)?$", re.I)
_SETTLEMENT = (r"(?:town|village|city|suburb|district|neighbourhood|neighborhood|area|"
               r"community|settlement|port|hamlet|county|province|region|state)")
_CONTAINER = re.compile(r"^\s*(?:,|(?:,\s*)?in(?:\s+the)?(?:\s+" + _DIRECTION
                        + r"(?:\s+of(?:\s+the)?)?)?|(?:area|region|district|section|part)"
                        r"\s+of(?:\s+the)?|(?:,\s*)?in\s+the(?:\s+" + _DIRECTION + r")?\s+"
                        r"(?:province|state|region|district|department|county|governorate)"
                        r"\s+of|,\s*(?:a|an)\s+(?:[a-z-]+\s+){0,3}?" + _SETTLEMENT
                        + r"\s+in(?:\s+the)?(?:\s+" + _DIRECTION + r")?)\s*$", re.I)
# "in northern", "in the north of", "the X area of Y", "X, in Y", "X in the southern province
# of Y", "X, a small fishing village in Y"
# After "X, in Y": more places each after "in" are a list of places ("in Kirkuk, in Diyala
# and in Basra"), not a container.
_IN_LIST = re.compile(r"^\s*(?:,|and|or)\s*(?:and\s+|or\s+)?in\b", re.I)
# "The X district of Y": the unit's word ends the first name, "of" alone joins them.
_OF = re.compile(r"^\s*of(?:\s+the)?\s*$", re.I)
UNIT_ENDS = frozenset({"area", "region", "district", "county", "province", "state",
                       "governorate", "prefecture", "municipality", "subdistrict", "tehsil",
                       "regency", "division", "parish", "department", "oblast", "village",
                       "town"})
# What joins the items of an enumeration; "the" may open the next item ("China, Japan, and the
# United Kingdom").
_LIST = re.compile(r"^\s*(?:,|and|or|, and|, or|/)\s*(?:the\s+)?$", re.I)


@dataclass(frozen=True, slots=True, kw_only=True)
class Relation:
    """`anchor` (index of a toponym) is `km` away from `reference`, towards `bearing`."""

    anchor: int
    reference: int
    km: float | None
    bearing: float | None


def compass(bearing: float) -> str:
    """The word of one of the eight BEARINGS ("north", "southwest")."""
    return next((word for word, deg in BEARINGS.items() if deg == bearing), f"{bearing:.0f}°")


def _bearing(word: str | None, second: str | None) -> float | None:
    if not word:
        return None
    name = word.lower() + (second or "").lower()
    return BEARINGS.get(name)


def relations(toponyms: list[Toponym], text: str) -> list[Relation]:
    """Distance/direction phrases linking a toponym to the next one in its sentence."""
    out: list[Relation] = []
    for i, (a, b) in enumerate(zip(toponyms, toponyms[1:])):
        gap = text[a.span.end:b.span.start]
        if a.sentence != b.sentence or len(gap) > MAX_GAP:
            continue
        if m := _DISTANCE.match(gap):
            km = float(m.group(1).replace(",", "")) * KM_PER[m.group(2).lower()]
            out.append(Relation(anchor=i, reference=i + 1, km=km,
                                bearing=_bearing(m.group(3), m.group(4))))
        elif m := _DIRECTION_ONLY.match(gap):
            out.append(Relation(anchor=i, reference=i + 1, km=None,
                                bearing=_bearing(m.group(1), m.group(2))))
    return out


_BUILDING_IN = re.compile(r"^\s*([a-z]+)\s+in\s*$")


def containers(toponyms: list[Toponym], text: str,
               unit: Callable[[Toponym], bool] | None = None) -> dict[int, int]:
    """Index of a toponym → index of the toponym right after it as in "X, Y", "X in Y" or
    "the X district of Y" (for a facility's name also "X hospital in Y": "Vanderbilt
    hospital in Nashville"; "X in Y's Z" puts X in Z: "in Mali's central Mopti region"), and
    of a toponym to the one before it as in "Y's X" ("New Zealand's South Island");
    not inside an enumeration ("Georgia, Oklahoma, Pennsylvania and Ohio": a comma there
    separates items of one kind) unless Y is abbreviated ("Florida and Washington, D.C.")
    or, `unit` telling which names are likeliest a country's or a province's, Y is one and
    neither X nor the items listed with the pair are ("Portland, Maine, and Montreal": a
    town, its state, and another town)."""
    out: dict[int, int] = {}
    for i, (a, b) in enumerate(zip(toponyms, toponyms[1:])):
        gap = text[a.span.end:b.span.start]
        if a.sentence != b.sentence or not _container_gap(a, gap):
            continue
        if gap.strip() == "," and not abbreviated(b.span.of(text)) \
                and _in_list_of_units(toponyms, i, text, unit):
            continue
        if gap.lstrip().startswith(",") and gap.strip() != "," \
                and _IN_LIST.match(text[b.span.end:b.span.end + 12]):
            continue
        out[i] = i + 1 if gap.strip() == "," else _inner(toponyms, i + 1, text)
    for i, (a, b) in enumerate(zip(toponyms, toponyms[1:])):
        if a.sentence == b.sentence and i + 1 not in out \
                and _POSSESSED.match(text[a.span.end:b.span.start]):
            out[i + 1] = i  # "New Zealand's South Island", "Kerala's Idukki district"
    return out


# "the Bolivian city of Santa Cruz", "the Guatemalan border town of X": a settlement's noun,
# and up to two lowercase words before it, between a demonym and the place in its country.
_SETTLEMENT_OF = re.compile(r"^(?:\s+[a-z-]+){0,2}\s+(?:city|town|village|port|capital|"
                            r"province|state|region|district)\s+of\s+$")


def demonym_countries(toponyms: list[Toponym], refs: list[CountryRef], text: str
                      ) -> dict[int, str]:
    """Index of a toponym → the country a demonym before it puts it in: "the Bolivian city
    of Santa Cruz", "the Guatemalan border town of Tecun Uman". A bisection per demonym, and
    only a short gap read."""
    out: dict[int, str] = {}
    starts = [t.span.start for t in toponyms]
    for ref in refs:
        k = bisect.bisect_left(starts, ref.span.end)
        if k < len(toponyms) and starts[k] - ref.span.end <= MAX_GAP \
                and _SETTLEMENT_OF.match(text[ref.span.end:starts[k]]):
            out[k] = ref.country
    return out


def _container_gap(a: Toponym, gap: str) -> bool:
    """The words between two names say the second holds the first: "X, Y", "X in Y", "the X
    district of Y" (the unit's word ends X), "the X hospital in Y" (X a facility)."""
    if _CONTAINER.match(gap):
        return True
    if _OF.match(gap):
        return a.text.split()[-1].lower() in UNIT_ENDS
    noun = _BUILDING_IN.match(gap)
    return a.label == "FAC" and noun is not None and noun.group(1) in BUILDING_NOUNS


# "Mali's central Mopti region": a possessive and up to two lowercase words between a country
# and a place in it.
_POSSESSED = re.compile(r"^\s*['’]s(?:\s+[a-z-]+){0,2}\s+$")


def _inner(toponyms: list[Toponym], j: int, text: str) -> int:
    """The place "X in Y" puts X in: Y, or the place Y's possessive names right after it
    ("Ogossagou in Mali's central Mopti region" is in the Mopti region)."""
    if j + 1 < len(toponyms) and toponyms[j + 1].sentence == toponyms[j].sentence \
            and _POSSESSED.match(text[toponyms[j].span.end:toponyms[j + 1].span.start]):
        return j + 1
    return j


def abbreviated(name: str) -> bool:
    """A state's or country's abbreviation ("D.C.", "Ill.", "NY"): a qualifier, even in a
    list ("Alaska, Florida and Washington, D.C.")."""
    return "." in name or (len(name) <= 3 and name.isupper())


def _in_list_of_units(toponyms: list[Toponym], i: int, text: str,
                      unit: Callable[[Toponym], bool] | None) -> bool:
    """True when "X, Y" (toponyms i, i + 1) are items of an enumeration: listed with a
    neighbour, unless (`unit` telling) Y is a unit and neither X nor a listed neighbour is
    one ("Portland, Maine, and Montreal"; not "Espinar, Chumbivilcas, Cotabambas and
    Antabamba", a list of districts, nor "Georgia, Oklahoma, Pennsylvania and Ohio")."""
    before, after = _listed(toponyms, i - 1, text), _listed(toponyms, i + 1, text)
    if not (before or after):
        return False
    return unit is None or not unit(toponyms[i + 1]) or unit(toponyms[i]) \
        or before and unit(toponyms[i - 1]) or after and unit(toponyms[i + 2])


def _listed(toponyms: list[Toponym], i: int, text: str) -> bool:
    """True when toponyms i and i + 1 are neighbours in an enumeration of one sentence."""
    if i < 0 or i + 1 >= len(toponyms):
        return False
    a, b = toponyms[i], toponyms[i + 1]
    return a.sentence == b.sentence and bool(_LIST.match(text[a.span.end:b.span.start]))


def siblings(toponyms: list[Toponym], text: str) -> list[tuple[int, int]]:
    """Index pairs of neighbours in an enumeration ("Texas, Ohio and Washington"): names
    listed together are mostly of one kind (all states, all countries, all cities); not a
    name and the abbreviation after its comma, which qualifies it ("Georgia, Vt.")."""
    return [(i, i + 1) for i, (a, b) in enumerate(zip(toponyms, toponyms[1:]))
            if a.sentence == b.sentence and (gap := text[a.span.end:b.span.start])
            and _LIST.match(gap) and not (gap.strip() == "," and abbreviated(b.text))]


def state_qualifiers(toponyms: list[Toponym], contained: dict[int, int], *, text: str,
                     gazetteer: Gazetteer) -> dict[int, str]:
    """Index of a toponym → the state or country qualifying it after a comma, abbreviated or
    by its name ("Washington, D.C." → "D.C.", "Marietta, Ohio" → "Ohio"): a name so
    qualified may be another place than the same name alone in the article ("Washington,
    D.C." and "central Washington"; "Marietta, Ohio" in a story from Marietta, Georgia);
    `contained` is `containers`' answer."""
    out = {}
    for a, b in contained.items():
        gap = text[toponyms[a].span.end:toponyms[b].span.start]
        if gap.strip() == "," and (abbreviated(name := toponyms[b].span.of(text)) or exact_places(
                gazetteer, name, kinds=("admin1", "country"))):
            out[a] = name
    return out
