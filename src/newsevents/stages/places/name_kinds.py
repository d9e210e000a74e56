"""What a name's own words make it, whatever the model's label and the words around it: a
body of people ("St. Louis Police", "Murray County Schools"), a storm ("Typhoon Kammuri"), a
building, road or estate ("Royal Street"), a natural feature ("Kodori Gorge") or an
institution's premises ("Carnegie Hall", "Stonewall Golf Club")."""
from __future__ import annotations

from ...resources.place_names import fold
from .words import FACILITY_WORDS, PREMISES_CLUBS, PREMISES_WORDS, STORM_MODIFIERS, STORM_WORDS

# Last words of the name of a body of people (not of a place or a building).
BODY_WORDS = frozenset({"police", "fire", "sheriff", "department", "council", "board",
                        "committee", "association", "agency", "ministry", "commission",
                        "schools", "authority"})
# Words before "Schools" that make them buildings, often named after a person, not a town's
# school board ("Murray County Schools").
SCHOOL_LEVELS = frozenset({"elementary", "middle", "high", "primary", "secondary", "junior",
                           "senior", "charter"})
# Feature words that end no town's or person's name ("Lakeview Falls", "Palm Beach" do):
# a name the model tagged PERSON or ORG that ends in one is the feature.
WILD_FEATURE_WORDS = frozenset({
    "river", "mountains", "gorge", "plains", "plateau", "desert", "canal", "strait",
    "peninsula", "glacier", "lagoon", "marsh", "swamp", "oasis", "wadi", "delta",
})


def names_a_storm(surface: str) -> bool:
    """A storm's name: a storm's word ("Typhoon", "Hurricane", "Cyclone", "Storm"), perhaps
    after "Super" or "Tropical", then its given name ("Typhoon Kammuri", "Tropical Storm
    Alberto"); not the word alone ("Hurricane", a town in Utah)."""
    words = fold(surface).split()
    while len(words) > 2 and words[0] in STORM_MODIFIERS:
        words = words[1:]
    return len(words) > 1 and words[0] in STORM_WORDS


def is_body_name(surface: str) -> bool:
    """A name of several words ending in a word for a body of people, not a place or a
    building ("St. Louis Police", "Ohio Department", "Springfield Council"): an
    organisation's name, whatever the model's label."""
    words = fold(surface).split()
    return len(words) > 1 and words[-1] in BODY_WORDS and not (
        words[-1] == "schools" and words[-2] in SCHOOL_LEVELS)  # "Kennedy Elementary Schools"


def is_facility_name(surface: str) -> bool:
    """A name ending in a word for a building, road or estate ("Royal Street")."""
    words = fold(surface).split()
    return len(words) > 1 and words[-1] in FACILITY_WORDS


def is_feature_name(surface: str) -> bool:
    """A name ending in a natural feature's generic word ("Kodori Gorge", "Murbet Al-Hassan
    Mountains"), capitalised as a name."""
    words = surface.split()
    return len(words) > 1 and words[-1][:1].isupper() and fold(words[-1]) in WILD_FEATURE_WORDS


def is_premises_name(surface: str) -> bool:
    """A name of two or more words ending in a word for an institution that is one
    building or grounds ("Cyber Tech Career College", "Carnegie Hall", "Stonewall Golf
    Club"): its premises, a place wherever the sentence names it."""
    words = fold(surface).split()
    return len(words) > 1 and (words[-1] in PREMISES_WORDS
                               or words[-1] == "club" and words[-2] in PREMISES_CLUBS)


# Nouns after "Indian" that name the Indigenous peoples of the Americas, not India ("the Lac
# La Ronge Indian Band", "an Indian reservation", "the Bureau of Indian Affairs").
INDIGENOUS_NOUNS = frozenset({"band", "bands", "reserve", "reserves", "reservation",
                              "reservations", "tribe", "tribes", "tribal", "affairs", "act",
                              "residential", "boarding", "territory"})


def names_indigenous_people(word: str, after: str) -> bool:
    """True for "Indian" (or "Indians") before a noun of the Indigenous peoples of the
    Americas: no reference to India."""
    return word.rstrip("s") == "Indian" and after.lower() in INDIGENOUS_NOUNS

