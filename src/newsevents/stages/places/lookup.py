"""Gazetteer candidates for a toponym.

- the full name, and with an admin suffix also the bare name ("Diyala province" → "Diyala");
- a demonym ("Russian" in "the Russian border", a gold span in some corpora) stands for its
  country, and a regular adjective for its region ("European" → Europe);
- facilities (FAC) match only regions: the gazetteer holds no buildings, roads or airports;
  but a city of 100,000+ people whose own name of several words the whole "facility" is,
  is that city (the model takes "Port Sudan" and "Port-au-Prince" for ports; buildings
  named like towns are named like small ones: "the White House"; one word is a road's or
  venue's name taken from the city: "Savannah street"); a "facility" named with an
  admin word is a unit ("St. Tammany Parish", "Bama LGA");
- after "the village of", "the town of", "the city of" only towns and districts match;
  before a noun of people ("a Malta man") no country does when another reading is there;
- acronyms ("EU", "SA", "UCLA") match only exact names of big units;
- a multi-word name with no entry ("Baghdad International Airport", "University of
  California", "Russian Army") falls back to its leading words or the words after "of"
  when they name a country, admin region, region or city of 100,000+ people (or are a
  demonym), a district named with its admin word ("Hall County Jail"), or in a local
  institution's name a town of 1,000+ ("the Dalton Police Department"): the place it is in
  or near; a demonym in a building's name does not place it ("the Mexican Consulate in
  Atlanta" is not in Mexico). Once a part names a place so, every town of 1,000+ of that
  own name is a reading too, for the context to choose from ("Paris Regional Medical
  Center" in a story about Texas). Street names are left alone. Such a match is
  *partial* (a city then gets precision 2).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...resources.gazetteer import MATCH_ALIAS, MATCH_NAME, Candidate, Gazetteer
from ...resources.place_names import ADMIN_SUFFIXES, consonants, fold, split_admin_suffix
from .entries import PLACED_MIN_POPULATION, adjective_lookup, exact_places
from .facilities import is_route_number
from .toponym import Toponym
from .words import (
    FACILITY_WORDS,
    GENERIC_WORDS,
    TOWN_PART_WORDS,
    VENUE_WORDS,
    ends_in_feature_word,
    is_local_institution,
)

PARTIAL_MIN_POPULATION = 100_000
STREET_WORDS = frozenset({"street", "st", "avenue", "ave", "road", "rd", "drive", "dr",
                          "boulevard", "blvd", "lane", "way", "place", "square", "highway"})
MAX_PART_WORDS = 3
BUILDING_WORDS = FACILITY_WORDS | VENUE_WORDS
# Generic words of features: "Lake" of "Lake Titicaca" names no place by itself, nor "Wadi"
# of "Wadi Derna" (Arabic for a river valley) or "Jebel" of "Jebel Akhdar" (a mountain).
FEATURE_PART_WORDS = frozenset({"lake", "mount", "mt", "cape", "gulf", "bay", "valley",
                                "river", "port", "fort", "point", "isle", "island", "wadi",
                                "jebel", "jabal"})


def lookup(gazetteer: Gazetteer, top: Toponym, bare: frozenset[str] = frozenset()
           ) -> tuple[list[Candidate], bool]:
    """Candidates for the name, and whether they are for a part of it only (see module doc);
    none for a part of a town ("the city's South Side"): the text places it (fallback.py).
    `bare`: the folded names the article writes by themselves (`partial_lookup`)."""
    if top.in_town:
        return [], False
    if not top.settlement and (country := demonym_country(gazetteer, top.text)):
        return [country], False  # not "in Welsh, a town in Jefferson Davis Parish"
    cands = full_lookup(gazetteer, top) or adjective_lookup(gazetteer, top.text)
    if cands or " " not in top.text.strip():
        return cands, False
    if is_numbered_facility(top):
        return route_state(gazetteer, top.text), True
    return partial_lookup(gazetteer, top.text, facility=top.label == "FAC", bare=bare), True


def route_state(gazetteer: Gazetteer, text: str) -> list[Candidate]:
    """The first-level region a state highway's name holds ("Texas 6", "Missouri 291"): the
    road is in it; none for another numbered facility ("U.S. 59", "Terminal 5")."""
    return exact_places(gazetteer, text.rsplit(" ", 1)[0], kinds=("admin1",))


LEVEL_WORDS = {level: tuple(w for w, n in ADMIN_SUFFIXES.items() if n == level)
               for level in set(ADMIN_SUFFIXES.values())}
UNIT_KINDS = {1: "admin1", 2: "admin2"}


def units_by_admin_word(gazetteer: Gazetteer, key: str, level: int) -> list[Candidate]:
    """Units of the level whose name is the key with an admin word of that level ("the
    Bryansk region" is "Bryansk Oblast", whose bare name the gazetteer does not give)."""
    return [c for word in LEVEL_WORDS.get(level, ()) for c in gazetteer.candidates(
        f"{key} {word}") if c.kind == UNIT_KINDS[level] and c.match <= MATCH_ALIAS]


def is_numbered_facility(top: Toponym) -> bool:
    """A facility named by a number ("U.S. 129", "Highway 63", "Terminal 5"): a road, gate or
    building, never the place whose name it contains."""
    last = top.text.split()[-1]
    return top.label == "FAC" and (last.isdigit() or is_route_number(last))


def demonym_country(gazetteer: Gazetteer, text: str) -> Candidate | None:
    iso3 = gazetteer.demonym(text)
    country = gazetteer.country(iso3) if iso3 else None
    return replace(country, match=MATCH_ALIAS) if country is not None else None


def full_lookup(gazetteer: Gazetteer, top: Toponym) -> list[Candidate]:
    found = {c.pid: c for c in gazetteer.candidates(top.text)}
    whole = any(c.kind == "region" and c.match == MATCH_NAME for c in found.values())
    if top.level is not None and not whole:  # "the Lake District" is our region's own name,
        # not Lake County with an admin word
        for cand in gazetteer.candidates(top.key):
            found.setdefault(cand.pid, cand)
        for cand in units_by_admin_word(gazetteer, top.key, top.level):
            found.setdefault(cand.pid, cand)
    cands = list(found.values())
    if top.level == 1 and any(_is_level_one(c) and c.match <= MATCH_ALIAS for c in cands):
        ones = {c.country for c in cands if _is_level_one(c)}
        cands = [c for c in cands if _is_level_one(c) or c.kind in {"country", "region"}
                 or c.kind == "admin2" and c.country not in ones]
        # "the state of Veracruz", "Bandundu province": the province, not the town or district
        # it is named for ("the Kurdistan region" stays free to be our region); a
        # second-level unit of a country with no first-level one of the name stays in the
        # running: GeoNames files the Philippines', Spain's and Italy's provinces as ADM2
        # ("the provinces of Cagayan and Isabela" is not Isabela, Puerto Rico)
    if top.label == "FAC" and top.level is None:  # buildings, roads, airports: none in it
        cands = [c for c in cands if c.kind == "region" and c.match <= MATCH_ALIAS
                 or c.kind == "city" and c.match == MATCH_NAME and " " in top.key
                 and c.population >= PARTIAL_MIN_POPULATION]
    if top.settlement:  # "the village of Arabia" is no peninsula
        cands = [c for c in cands if c.kind in {"city", "admin2"}]
    if top.townsfolk:  # "a Malta man": the Montana town, where there is one
        cands = [c for c in cands if c.kind != "country"] or cands
    if is_acronym(top.text):  # "EU", "SA", "UCLA": only exact names of big units
        cands = [c for c in cands if c.match <= MATCH_ALIAS and c.kind != "city"
                 or c.match == MATCH_NAME and c.population >= 100_000]
    return cands


def _is_level_one(cand: Candidate) -> bool:
    """A first-level region, now or before a reform (GeoNames' ADM1H: "Rift Valley
    Province")."""
    return cand.kind == "admin1" or cand.feature_code == "ADM1H"


def is_acronym(text: str, *, longest: int = 5) -> bool:
    """Up to `longest` letters, all capitals ("EU", "U.S.", "CHU"): an acronym or a code."""
    letters = [ch for ch in text if ch.isalpha()]
    return 0 < len(letters) <= longest and all(ch.isupper() for ch in letters)


def namesakes(cands: list[Candidate]) -> set[int]:
    """Admin regions named like a big city inside them ("Baghdad" the governorate vs the
    city, "New York" the state vs New York City) or like their own country ("Mexico" the
    state vs the country): without an admin suffix the name means the city or the country.
    Not a region matched by its own name where the city is matched only by a name it bore
    of old, its own name another: "Bahia" is the state, not Salvador (once São Salvador da
    Bahia); "Paraiba", not João Pessoa."""
    cities = [c for c in cands if c.kind == "city" and c.population > 0]
    countries = {c.country for c in cands if c.kind == "country"}
    return {cand.pid for cand in cands if cand.kind in {"admin1", "admin2"} and (
        cand.country in countries or any(
            contains(cand, city) and city.population * 10 >= cand.population
            and (city.match <= cand.match
                 or set(fold(cand.name).split()) <= set(fold(city.name).split()))
            for city in cities))}


def borrowed(cands: list[Candidate]) -> set[int]:
    """Towns and districts matched only by an alternate name that, in the same country, is
    another town's or district's own name ("Southold", an old alternate name of South Bend
    and the name of a town on Long Island; "Pittsburgh" for Pittsburg, California): within
    one country a place's own name means that place. So does a country's or province's own
    name anywhere, over a town elsewhere that bears it as an alternate name ("Quebec", an
    old name of New Britain, Connecticut); a town the unit holds is its namesake, which
    `namesakes` weighs ("New York"). A big city keeps a spelling of its own name that a
    hamlet of its country bears, a hundredth of its size or less ("Zaporizhzhia": the city
    of 710,000, Zaporizhzhya, not the village of 656), but not a nickname ("Mound City" is
    the Illinois town, not St. Louis)."""
    own: dict[tuple[str, str | None], list[Candidate]] = {}
    for c in cands:
        if c.match == MATCH_NAME:
            own.setdefault((c.kind, c.country), []).append(c)
    units = [c for c in cands if c.match == MATCH_NAME and c.kind in {"country", "admin1"}]
    return {c.pid for c in cands if c.match > MATCH_NAME and c.kind in {"city", "admin2"}
            and ((c.kind, c.country) in own and not _dwarfs(c, own[(c.kind, c.country)])
                 or bool(units) and not any(contains(unit, c) for unit in units))}


def _dwarfs(cand: Candidate, hamlets: list[Candidate]) -> bool:
    """True for a city of PARTIAL_MIN_POPULATION+ a hundred times the biggest of `hamlets`
    or more, whose own name the hamlets' name respells (the same consonants), or ten times
    when the hamlets' name opens the city's ("Newcastle" of Newcastle upon Tyne, over the
    Northern Irish town of 7,000; "Frankfurt" of Frankfurt am Main, over Frankfurt (Oder))."""
    biggest = max(h.population for h in hamlets)
    if cand.population < PARTIAL_MIN_POPULATION:
        return False
    if cand.population >= 10 * biggest and all(
            fold(cand.name).startswith(fold(h.name) + " ") for h in hamlets):
        return True
    return cand.population >= 100 * biggest and all(
        consonants(fold(h.name)) == consonants(fold(cand.name)) for h in hamlets)


# An Arabic article opening a word ("al-Hawa", "el-Mandeb", "ash-Sham", or "al" alone).
_ARTICLED = re.compile(r"^(?:al|el|ad|ed|adh|ath|an|en|ar|er|as|es|ash|esh|at|et|az|ez)(?:-|$)",
                       re.I)
# Arabic common nouns that head a place's name before an article ("Bab al-Hawa", the Gate of
# the Wind; "Ras al-Ain", "Deir ez-Zor", "Tell al-Abyad"): alone they name no place, though
# the gazetteer knows some as short names ("Bab" of Al-Bab). "Aleppo al-Jadida" keeps Aleppo.
ARABIC_HEADS = frozenset({
    "bab", "ras", "deir", "dayr", "dair", "bir", "beer", "ain", "ein", "ayn", "tell", "tel",
    "tal", "tall", "khan", "qasr", "beit", "bayt", "kafr", "kfar", "umm", "abu", "jisr", "marj",
    "nahr", "wadi", "jabal", "jebel", "bahr", "sidi", "sheikh", "shaykh", "hay", "hayy", "souk",
    "suq", "burj", "qalat", "qalaat", "mina", "minat", "jazirat", "bani", "beni", "dar", "ard",
    "khirbet", "khirbat", "maarat", "maaret", "madinat", "mazraat"})


def name_parts(text: str) -> list[str]:
    """The parts of a multi-word name that may name the place it is in: its first one to
    three words but the head of an Arabic name ("Bab" of "Bab al-Hawa"), and the words after
    "of" ("University of California"); none for streets, which are often named after places
    elsewhere ("Hampton Avenue"), nor a part made only of
    directions, a feature's generic word or a building's ("South West", "Lake", "Airport
    Courthouse")."""
    words = [w.removesuffix("’s").removesuffix("'s") for w in text.split()]
    if len(words) < 2 or fold(words[-1]) in STREET_WORDS:
        return []
    parts = [" ".join(words[:size]) for size in range(min(MAX_PART_WORDS, len(words) - 1), 0, -1)
             if not (_ARTICLED.match(words[size]) and fold(words[size - 1]) in ARABIC_HEADS)]
    if "of" in words[:-1]:
        parts.insert(0, " ".join(words[words.index("of") + 1:]))
    return [p for p in parts if p[:1].isupper()
            and not set(fold(p).split()) <= GENERIC_WORDS | FEATURE_PART_WORDS | BUILDING_WORDS]


def partial_lookup(gazetteer: Gazetteer, text: str, *, facility: bool = False,
                   bare: frozenset[str] = frozenset()) -> list[Candidate]:
    """Candidates for the first part of the name that names a place (see `name_parts`), and
    every town of that own name when the article also writes the part by itself (`bare`:
    "Norway High School … St. Michael's in Norway", a village of 500); a
    demonym or a region's adjective names its country or region, except in a building's
    name: a country's embassy, school or church is as often abroad ("the Mexican Consulate
    in Atlanta"), and the text places it (fallback.py). A natural feature named after a
    country is not in its middle ("the Niger Delta", "the Congo River", "the Canadian
    River" of Oklahoma), nor a town's quarter ("the French Quarter"): no country for it."""
    local = is_local_institution(set(fold(text).split()))
    feature = ends_in_feature_word(text) or fold(text).rsplit(" ", 1)[-1] in TOWN_PART_WORDS
    for part in name_parts(text):
        if country := demonym_country(gazetteer, part):
            if facility or feature:
                continue
            return [country]
        if region := adjective_lookup(gazetteer, part):
            if facility:
                continue
            return region
        level = split_admin_suffix(fold(part))[1]
        named = [c for c in gazetteer.candidates(part, limit=10) if c.match <= MATCH_ALIAS
                 and not (feature and c.kind == "country")]
        if any(_names_the_seat(c, level=level, local=local) for c in named):
            alone = fold(part) in bare
            return [c for c in named if _namesake_of_seat(c, level=level, local=local)
                    or alone and c.kind == "city" and c.match == MATCH_NAME]
    return []


def _namesake_of_seat(cand: Candidate, *, level: int | None, local: bool) -> bool:
    """Once a part names a seat (`_names_the_seat`), the readings the context chooses from:
    every one that qualifies, and every town of 1,000+ by that own name ("Paris Regional
    Medical Center" in a story about Texas is in Paris, Texas, not only Paris, France)."""
    return _names_the_seat(cand, level=level, local=local) or level is None \
        and cand.kind == "city" and cand.match == MATCH_NAME \
        and cand.population >= PLACED_MIN_POPULATION


def _names_the_seat(cand: Candidate, *, level: int | None, local: bool) -> bool:
    """A part of a facility's name names the place it is in when it is a country, province or
    region, a city of 100,000+ people or a district that big by its own name (not "Scott"
    for Scott County), a district named with its admin word ("Hall County"
    of "Hall County Jail"), or, in a local institution's name ("the Dalton Police
    Department", "the Macon Telegraph"), a town of 1,000+ by its own name."""
    return (cand.kind in {"country", "admin1", "region"}
            or cand.population >= PARTIAL_MIN_POPULATION
            and (cand.kind == "city" or cand.match == MATCH_NAME)
            or level is not None and cand.kind == f"admin{level}"
            or local and cand.kind == "city" and cand.match == MATCH_NAME
            and cand.population >= PLACED_MIN_POPULATION)


def contains(outer: Candidate, inner: Candidate) -> bool:
    if outer.pid == inner.pid or outer.country is None or outer.country != inner.country:
        return False
    if outer.kind == "country":
        return inner.kind != "country"
    if outer.kind == "admin1":
        return inner.kind in {"city", "admin2"} and inner.admin1_code == outer.admin1_code
    if outer.kind == "admin2":
        return inner.kind == "city" and inner.admin2 == outer.name
    return False
