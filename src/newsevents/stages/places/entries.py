"""What the gazetteer knows a surface as: exact entries by name or alias, a province named
with its admin word, a region or country named by its adjective."""
from __future__ import annotations

from ...resources.gazetteer import MATCH_ALIAS, Candidate, Gazetteer
from ...resources.place_names import fold, split_admin_suffix

ADJECTIVE_SUFFIXES = ("ern", "an", "n")
# The adjectives of the nations of the United Kingdom: "an English pianist", "Welsh farmers",
# "the Scottish government" name the nation (a first-level region in GeoNames), not the UK.
NATION_ADJECTIVES = {"english": "England", "scottish": "Scotland", "welsh": "Wales",
                     "northern irish": "Northern Ireland"}
NORP_MIN_POPULATION = 50_000
PLACED_MIN_POPULATION = 1_000  # an ORG name the context calls a place: a town, not a hamlet


def nation_of(gazetteer: Gazetteer, surface: str) -> str | None:
    """The nation a UK nation's adjective names ("Welsh" → "Wales"), when the gazetteer knows
    it as a first-level region of the United Kingdom."""
    name = NATION_ADJECTIVES.get(fold(surface))
    if name is None or not any(c.kind == "admin1" and c.country == "GBR"
                               for c in gazetteer.candidates(name, limit=10)):
        return None
    return name


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
