"""The recognised toponym and country reference, how one is made from a span (its lookup
key, admin-level hint and context flags), and how overlapping ones settle."""
from __future__ import annotations

from dataclasses import dataclass, replace

from ...model import Mention, Span
from ...parse import Parse
from ...resources.gazetteer import MATCH_NAME, Gazetteer
from ...resources.place_names import ADMIN_SUFFIXES, fold, split_admin_suffix
from .cues import (
    LGA_WORDS,
    PLACE_MODIFIERS,
    admin_level_at,
    appositive_noun,
    after_article,
    is_cued,
    is_directed,
    is_near,
    next_word,
    leading_admin_level,
    words_before,
)
from .entries import exact_places
from .placing import before_local_noun
from .facilities import PLURAL_FACILITY_NOUNS
from .lists import after_list
from .words import (
    AREA_WORDS,
    DIRECTION_WORDS,
    FEATURE_WORDS,
    ORGANISATION_WORDS,
    PLACE_NOUNS,
    PLACE_PREFIXES,
    PLURAL_FEATURE_NOUNS,
)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Words after a name that make it a first-level region's (or its governor's).
LEVEL_ONE_AFTER = frozenset({"state", "province", "region", "oblast", "Governor", "governor",
                             "Gov.", "Gov"})
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "hamlet", "townland"})
TOWN_POSSESSIVES = frozenset((noun, mark) for noun in ("city", "town", "village")
                             for mark in ("'s", "’s"))  # "the city's South Side"
# Place nouns that end a place's own name ("Shaher District"; not "Islamic State").
NAMING_NOUNS = PLACE_NOUNS - {"state", "states", "community", "communities", "capital"} | {"ward"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Toponym:
    span: Span
    text: str
    key: str  # folded lookup name, admin suffix removed
    full_key: str  # folded name with any admin suffix
    level: int | None  # admin level suggested by a suffix ("province" → 1)
    label: str
    sentence: int
    near: bool = False
    article: bool = False  # after "the" (+ lowercase modifiers): "the tropical Atlantic"
    embedded: bool = False  # inside an organisation's or facility's name
    demonym: bool = False  # an adjective standing for the place ("European")
    cued: bool = False  # the context says it is a place: "in X", "the village of X", "X area"
    directed: bool = False  # after a lowercase direction word: "central X", "northern X"
    # in the name of an accord, an international body or an event named after the town,
    # which is the world's best-known one ("the Paris Agreement", "the Venice Commission")
    famous: bool = False
    # after "the city's" or "the town's": a part of a town the article names ("the city's
    # South Side"), not a town elsewhere that shares the part's name
    in_town: bool = False
    settlement: bool = False  # "the village of X", "the town of X": a town, not a region
    # before a noun of people after "a" or a number ("a Malta man", "two Mexico women"): a
    # town's name, as a country names its people by a demonym ("a Maltese man")
    townsfolk: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class CountryRef:
    span: Span
    country: str  # ISO3
    text: str
    embedded: bool = False  # a country's name opening an organisation's ("Pakistan Army")
    worldwide: bool = False  # the US dollar's country ("US$"): no evidence of the story's


def settle(toponyms: list[Toponym], refs: list[CountryRef]
           ) -> tuple[list[Toponym], list[CountryRef]]:
    """Toponyms in text order (longest and named first) without one that overlaps the one
    before it (a dateline the model also tagged inside an organisation's name); country
    references that start no toponym."""
    toponyms = sorted(toponyms, key=lambda t: (t.span.start, -t.span.end, t.embedded))
    named = {t.span.start for t in toponyms}
    out: list[Toponym] = []
    for top in toponyms:
        if not out or not out[-1].span.overlaps(top.span):
            out.append(top)
    return out, [r for r in refs if r.span.start not in named]


def without_possessive(mention: Mention, text: str) -> Mention:
    """The mention without a trailing possessive ("South Korea's" → "South Korea")."""
    surface = mention.span.of(text)
    if len(surface) > 3 and surface[-2:] in {"'s", "’s"}:
        return replace(mention, span=Span(mention.span.start, mention.span.end - 2))
    return mention


# Lowercase words of natural features news writes after a name ("the Hadejia river").
FEATURE_AFTER = frozenset({"river", "lake", "valley", "mountains", "reservoir", "creek",
                           "gorge", "desert", "forest", "delta", "basin", "plateau", "glacier"})


# Capitalised admin words the model leaves out of a unit's name ("St. Tammany" + "Parish"),
# and capitalised modifiers it takes in ("Neighboring St. Tammany").
ADMIN_WORDS_AFTER = frozenset({"County", "Parish", "Province", "District", "Oblast",
                               "Governorate", "Prefecture"})
MODIFIERS_BEFORE = frozenset({"Neighboring", "Neighbouring", "Nearby"})


def with_admin_word(mention: Mention, parse: Parse) -> Mention:
    """The mention with a capitalised admin word right after it and without a capitalised
    "Neighboring" or "Nearby" opening it ("Neighboring St. Tammany" + "Parish" → "St.
    Tammany Parish"): the unit the model cut."""
    first, last = parse.token_at(mention.span.start), parse.token_at(mention.span.end - 1)
    toks = parse.tokens
    if first is None or last is None or last.text in ADMIN_WORDS_AFTER:
        return mention
    start, end = mention.span.start, mention.span.end
    if first.text in MODIFIERS_BEFORE and first.i < last.i:
        start = toks[first.i + 1].idx
    if last.i + 1 < len(toks) and toks[last.i + 1].text in ADMIN_WORDS_AFTER \
            and toks[last.i + 1].sent == last.sent:
        end = toks[last.i + 1].end
    return mention if (start, end) == (mention.span.start, mention.span.end) \
        else replace(mention, span=Span(start, end))


def with_feature_word(mention: Mention, parse: Parse, words: frozenset[str] = FEATURE_AFTER
                      ) -> Mention:
    """The mention with the lowercase feature word after it (one of `words`) when "the" comes
    before it ("the Hadejia river" is the river, not the town of Hadejia)."""
    last = parse.token_at(mention.span.end - 1)
    first = parse.token_at(mention.span.start)
    toks = parse.tokens
    if last is None or first is None or first.i == 0 or last.i + 1 >= len(toks) \
            or toks[first.i - 1].text.lower() != "the" \
            or toks[last.i + 1].text not in words:
        return mention
    return replace(mention, span=Span(mention.span.start, toks[last.i + 1].end))


# What a whole name with a direction word may be, kept whole: "North Yorkshire", "Southern
# Leyte" (districts), "South Africa"
WHOLE_KINDS = ("country", "region", "admin1", "admin2", "city")
# Words for a part of a place that news writes before its name as it writes directions
# ("Middle Tennessee", "Upper Egypt", "lower Manhattan").
PART_WORDS = frozenset({"middle", "upper", "lower"})
# What a direction before it makes a name of, not a direction of ("Central Plateau").
GENERIC_RESTS = FEATURE_WORDS | frozenset(ADMIN_SUFFIXES)
# Words opening a sentence that the model takes into the name after them ("Neighbouring
# Tamil Nadu", often as a person's): never a place's name.
LEADING_MODIFIERS = PLACE_MODIFIERS - {"downtown", "uptown"}  # "Downtown Disney" is a name


def without_direction(mention: Mention, text: str, *, gazetteer: Gazetteer | None = None
                      ) -> Mention:
    """A place mention without direction words before its name: lowercase ones always
    ("north west London" → "London"), capitalised ones when the whole is no entry but the
    rest names a country or first-level region ("Eastern China", "South West England",
    "Middle Tennessee"; not "South Africa", "Lower Saxony", "North Yorkshire"); likewise one
    capitalised modifier before a country's name ("Nazi Germany", "Communist China"). The
    name is what the gazetteer knows."""
    surface = mention.span.of(text)
    first, _, rest = surface.partition(" ")
    if rest and first.lower() in LEADING_MODIFIERS:  # "Neighbouring Tamil Nadu", any label
        return replace(mention, span=Span(mention.span.start + len(first) + 1,
                                          mention.span.end))
    if mention.label not in PLACE_LABELS:
        return mention
    offset = _direction_prefix(surface) or _modifier_of_country(surface, gazetteer)
    if not offset or offset >= len(surface) or fold(surface[offset:]) in GENERIC_RESTS:
        return mention  # "the Central Plateau", "the Western Region": a name, not a direction
    if not surface[:1].islower() and (
            gazetteer is None or _whole_entry(gazetteer, surface)
            or not exact_places(gazetteer, surface[offset:],
                                kinds=("country", "admin1", "region"))):
        return mention
    return replace(mention, span=Span(mention.span.start + offset, mention.span.end))


def _whole_entry(gazetteer: Gazetteer, surface: str) -> bool:
    """True when the whole name is an entry, with or without the admin word that ends it
    ("Upper East Region", "Western Cape province"): not a direction before a name."""
    head, _, last = surface.rpartition(" ")
    bare = head if head and fold(last) in ADMIN_SUFFIXES else surface
    return any(exact_places(gazetteer, name, kinds=WHOLE_KINDS) for name in {surface, bare})


def _modifier_of_country(surface: str, gazetteer: Gazetteer | None) -> int:
    """Length (with the space) of one capitalised word before a country's own name when
    the whole is no entry ("Nazi Germany", "Communist China"), else 0; not before another
    name of a country ("Fire Island" is not Iceland, "Ísland")."""
    first, _, rest = surface.partition(" ")
    if gazetteer is None or not rest or not first.isalpha() or not first[:1].isupper() \
            or not any(c.match == MATCH_NAME
                       for c in exact_places(gazetteer, rest, kinds=("country",))):
        return 0
    return len(first) + 1


def _direction_prefix(surface: str) -> int:
    """Length (with the space) of the direction or part words opening `surface` ("north
    west ", "South-East ", "Middle "), 0 when there are none."""
    offset = 0
    for word in surface.split(" "):
        if not set(word.lower().split("-")) <= DIRECTION_WORDS | PART_WORDS:
            break
        offset += len(word) + 1
    return offset


# Admin nouns that name a unit before "of" ("the district of X", "the county of Kent"); not
# "region" or "territory", which news also writes of areas no unit bounds.
UNIT_NOUNS = frozenset({"state", "province", "department", "district", "county", "parish",
                        "municipality", "borough", "governorate", "prefecture", "oblast",
                        "canton", "emirate"})


def make_toponym(span: Span, surface: str, label: str, parse: Parse) -> Toponym:
    end = after_list(parse, span, stop=LGA_WORDS)  # the list the name is in, read once
    noun = parse.tokens[end].text if end is not None else ""
    if feature := PLURAL_FEATURE_NOUNS.get(noun):  # "the Pedernales and Guadalupe rivers"
        surface, label = f"{surface} {feature}", "LOC"
    full = fold(surface)
    key, level = split_admin_suffix(full)
    before = words_before(parse, span, 2)
    if level is None and before[1:] == ("of",) and before[0] in UNIT_NOUNS:
        level = ADMIN_SUFFIXES[before[0]]  # "the northern department of Rivera", "the
        # south-western district of Isingiro", "the state of Washington"
    if level is None and (before == ("governor", "of")
                          or next_word(parse, span) in LEVEL_ONE_AFTER
                          and full.rsplit(" ", 1)[-1] not in FEATURE_WORDS):
        level = 1  # "Washington state", "Ontario province", "the Donetsk region", "New York
        # Governor …", "New York Gov. …", "the governor of Kabul": governors head first-level
        # regions; a feature's region ("the Salinas Valley region") is no unit
    if level is None:  # "Dawson and Lumpkin counties", "the counties of Wajir and Mandera"
        level = (admin_level_at(parse, end) if end is not None else None) \
            or leading_admin_level(parse, span)
    in_town = before in TOWN_POSSESSIVES
    return Toponym(span=span, text=surface, key=key, full_key=full, level=level, label=label,
                   sentence=parse.sentence_of(span.start), near=is_near(parse, span),
                   article=after_article(parse, span),
                   cued=full.rsplit(" ", 1)[-1] in NAMING_NOUNS or is_area_name(surface)
                   or is_cued(parse, span) or in_town
                   or noun in PLURAL_FACILITY_NOUNS,  # "the Tiga and Challawa dams"
                   directed=is_directed(parse, span), in_town=in_town,
                   settlement=before[1:] == ("of",) and before[0] in SETTLEMENT_NOUNS
                   or appositive_noun(parse, span) in SETTLEMENT_NOUNS,  # "Welsh, a town in"
                   townsfolk=before_local_noun(parse, span, people=True))


def is_area_name(surface: str) -> bool:
    """A name of several capitalised words that ends in an area's word ("Bama Town", "Bani
    Zaid Quarter"; not "Sacramento Unified School District", an organisation's) or opens
    with an Arabic or Hebrew place word ("Kafr Nabl", "Beit Lahia")."""
    words = surface.split()
    if len(words) < 2 or not all(w[:1].isupper() or "-" in w for w in words):
        return False
    folded = fold(surface).split()
    return folded[-1] in AREA_WORDS and not set(folded[:-1]) & ORGANISATION_WORDS \
        or folded[0] in PLACE_PREFIXES
