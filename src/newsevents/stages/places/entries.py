"""What the gazetteer knows a surface as: exact entries by name or alias, a province named
with its admin word, a region or country named by its adjective."""
from __future__ import annotations

from ...resources.gazetteer import MATCH_ALIAS, MATCH_NAME, Candidate, Gazetteer
from ...resources.place_names import fold, split_admin_suffix

ADJECTIVE_SUFFIXES = ("ern", "an", "n")
# Adjectives of first-level regions news uses as demonyms: the nations of the United Kingdom
# ("an English pianist", "Welsh farmers": the nation, a first-level region in GeoNames, not the
# UK), US states ("Texan voters") and Canadian and Australian provinces and states ("Albertan
# farmers"). Not those that also name an era, a people or another country ("Victorian",
# "Hawaiian", "Georgian") or a city ("Washingtonian").
NATION_ADJECTIVES = {
    "english": ("England", "GBR"), "scottish": ("Scotland", "GBR"), "welsh": ("Wales", "GBR"),
    "northern irish": ("Northern Ireland", "GBR"),
    "alabamian": ("Alabama", "USA"), "alaskan": ("Alaska", "USA"),
    "arizonan": ("Arizona", "USA"), "arkansan": ("Arkansas", "USA"),
    "californian": ("California", "USA"), "coloradan": ("Colorado", "USA"),
    "floridian": ("Florida", "USA"), "idahoan": ("Idaho", "USA"),
    "illinoisan": ("Illinois", "USA"), "iowan": ("Iowa", "USA"), "kansan": ("Kansas", "USA"),
    "kentuckian": ("Kentucky", "USA"), "louisianan": ("Louisiana", "USA"),
    "marylander": ("Maryland", "USA"), "michigander": ("Michigan", "USA"),
    "minnesotan": ("Minnesota", "USA"), "mississippian": ("Mississippi", "USA"),
    "missourian": ("Missouri", "USA"), "montanan": ("Montana", "USA"),
    "nebraskan": ("Nebraska", "USA"), "nevadan": ("Nevada", "USA"),
    "new yorker": ("New York", "USA"), "ohioan": ("Ohio", "USA"),
    "oklahoman": ("Oklahoma", "USA"), "oregonian": ("Oregon", "USA"),
    "pennsylvanian": ("Pennsylvania", "USA"), "tennessean": ("Tennessee", "USA"),
    "texan": ("Texas", "USA"), "utahn": ("Utah", "USA"), "vermonter": ("Vermont", "USA"),
    "virginian": ("Virginia", "USA"), "wisconsinite": ("Wisconsin", "USA"),
    "albertan": ("Alberta", "CAN"), "ontarian": ("Ontario", "CAN"),
    "quebecer": ("Quebec", "CAN"), "quebecker": ("Quebec", "CAN"),
    "queenslander": ("Queensland", "AUS"), "tasmanian": ("Tasmania", "AUS"),
}
# The nations of the United Kingdom, first-level regions in GeoNames that news names as it
# names countries, anywhere in an organisation's name ("Marine Energy Wales", "BBC Scotland").
UK_NATIONS = frozenset(fold(name) for name, iso3 in NATION_ADJECTIVES.values() if iso3 == "GBR")
NORP_MIN_POPULATION = 50_000
PLACED_MIN_POPULATION = 1_000  # an ORG name the context calls a place: a town, not a hamlet
MISSED_MIN_POPULATION = 10_000  # a town a place context makes of any untagged or tagged name


def nation_of(gazetteer: Gazetteer, surface: str) -> str | None:
    """The first-level region a regional adjective names ("Welsh" → "Wales", "Texan" →
    "Texas", also in the plural: "Texans"), when the gazetteer knows it as a first-level
    region of that country."""
    key = fold(surface)
    found = NATION_ADJECTIVES.get(key) or (NATION_ADJECTIVES.get(key[:-1])
                                           if key.endswith("s") else None)
    if found is None or not any(c.kind == "admin1" and c.country == found[1]
                                for c in gazetteer.candidates(found[0], limit=10)):
        return None
    return found[0]


# Regular endings of a big city's people ("Chicagoans", "Bostonian", "Londoners",
# "Seattleites"), longest first.
CITY_DEMONYM_SUFFIXES = ("ians", "ites", "ans", "ers", "ian", "ite", "ns", "an", "er", "n")
CITY_DEMONYM_MIN_POPULATION = 500_000


def city_of_demonym(gazetteer: Gazetteer, surface: str) -> str | None:
    """The big city one capitalised word names by its people's regular ending ("Chicagoans" →
    Chicago, "Bostonian" → Boston, "Londoners" → London, "Seattleites" → Seattle): without
    the ending, the word is the own name of a city of 500,000+ people."""
    word = surface.strip()
    if not word.isalpha() or not word[:1].isupper():
        return None
    for suffix in CITY_DEMONYM_SUFFIXES:
        base = word[:-len(suffix)]
        if word.endswith(suffix) and len(base) >= 4 and any(
                c.kind == "city" and c.match == MATCH_NAME
                and c.population >= CITY_DEMONYM_MIN_POPULATION
                for c in gazetteer.candidates(base, limit=10)):
            return base
    return None


def region_adjective(gazetteer: Gazetteer, surface: str) -> bool:
    """A proper adjective of a region ("European", "Central American")."""
    return any(c.kind == "region" for c in adjective_lookup(gazetteer, surface))


def adjective_lookup(gazetteer: Gazetteer, text: str) -> list[Candidate]:
    """A region or country named by its adjective ("European" → Europe, "North American" →
    North America, "Middle Eastern" → Middle East): the regular English endings -an, -n,
    -ern taken off the last word must give the exact name of a region or country."""
    words = text.split()
    if not words or not words[-1][:1].isupper():
        return []
    for suffix in ADJECTIVE_SUFFIXES:
        if words[-1].endswith(suffix) and len(words[-1]) > len(suffix) + 2:
            base = " ".join(words[:-1] + [words[-1][:-len(suffix)]])
            found = [c for c in gazetteer.candidates(base, limit=10)
                     if c.match <= MATCH_ALIAS and c.kind in {"region", "country"}]
            if found:
                return found
    return []


def exact_places(gazetteer: Gazetteer, surface: str, *,
                 kinds: tuple[str, ...] = ("country", "region", "admin1", "city")
                 ) -> list[Candidate]:
    return [c for c in gazetteer.candidates(surface, limit=10)
            if c.match <= MATCH_ALIAS and c.kind in kinds]


def unit_first(gazetteer: Gazetteer, name: str) -> bool:
    """The name's likeliest reading is a country or a province: one of them outnumbers every
    town of the name ("Georgia", "Texas"; not "Portland", a Jamaican parish's name too)."""
    found = exact_places(gazetteer, name, kinds=("country", "admin1", "city"))
    units = [c.population for c in found if c.kind != "city"]
    return bool(units) and max(units) >= max((c.population for c in found
                                              if c.kind == "city"), default=0)


def named_places(gazetteer: Gazetteer, surface: str) -> list[Candidate]:
    """Entries named exactly (by name or alias) by `surface`, also without an admin word
    that asks for a region ("Sokoto State" → the state Sokoto)."""
    found = exact_places(gazetteer, surface, kinds=("country", "region", "admin1", "admin2",
                                                    "city"))
    key, level = split_admin_suffix(fold(surface))
    if found or level is None:
        return found
    return [c for c in gazetteer.candidates(key, limit=10)
            if c.match <= MATCH_ALIAS and c.kind == f"admin{level}"]


def named_with_admin_word(gazetteer: Gazetteer, surface: str) -> bool:
    """A unit named with its admin word ("Borno State", "Suffolk County", "Gwoza Local
    Government Area", "Bichi LGA") that the gazetteer knows as a unit of that level: the
    unit, whatever the model's label."""
    level = split_admin_suffix(fold(surface))[1]
    return level is not None and any(c.kind == f"admin{level}"
                                     for c in named_places(gazetteer, surface))


def big_place(gazetteer: Gazetteer, name: str) -> bool:
    """True when `name` is exactly a country's, a province's or a town's of 10,000+."""
    return any(c.kind != "city" or c.population >= MISSED_MIN_POPULATION
               for c in exact_places(gazetteer, name, kinds=("country", "admin1", "city")))
