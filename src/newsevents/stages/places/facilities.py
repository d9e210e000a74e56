"""Roads, facilities and venues named by the words around a name: a road word after it
("Bourbon street", "the 500 block of Jeffords"), a route number ("U.S. 129"), a route's
second end ("the Nashik-Pune highway"), a facility noun after it or its possessive ("the
Nuseirat refugee camp", "Goma's airport"), a building "in" a place no town of its name lies
in ("Erlanger hospital in Chattanooga"), and an organisation's name used for its premises
("at the Lakeside School of Music")."""
from __future__ import annotations

import re

from ...model import Span
from ...parse import Parse
from ...resources.gazetteer import Candidate, Gazetteer
from ...resources.place_names import fold, haversine_km
from .cues import DETERMINERS, LISTED_LABELS, LOCATIVE_CUES, after_possessive, word_before
from .entries import exact_places
from .lists import after_list
from .words import DIRECTION_WORDS, VENUE_WORDS

ROAD_WORDS = frozenset({"street", "streets", "avenue", "avenues", "road", "roads", "lane",
                        "boulevard", "intersection", "highway", "bridge", "parkway",
                        "expressway", "freeway", "motorway", "turnpike"})  # lowercase, after
# Lowercase nouns of facilities a place's name is put before: "the Nuseirat refugee camp",
# "the Torkham border crossing", "at the Palali airstrip" (not "school" or "home": "the Obama
# home", "the Mandela school" are named after persons).
FACILITY_NOUNS = frozenset({
    "camp", "camps", "crossing", "checkpoint", "airstrip", "airport", "airbase", "base",
    "junction", "station", "stadium", "prison", "jail", "market", "bazaar", "port", "harbour",
    "harbor", "bridge", "dam", "refinery", "factory", "plant", "compound", "field", "fields",
})
# Facilities, the buildings of institutions and premises of businesses, often named after a
# person or a firm ("Erlanger hospital", "the Pioneer cinema", "the Lotus restaurant").
BUILDING_NOUNS = FACILITY_NOUNS | {"hospital", "clinic", "school", "college", "university",
                                   "church", "mosque", "temple", "synagogue", "hotel", "library",
                                   "museum", "mall", "cemetery", "cinema", "theatre", "theater",
                                   "restaurant", "pub", "cafe", "café", "shop", "store",
                                   "supermarket", "nightclub", "bakery"}
VENUE_CUES = frozenset({"at", "in", "inside", "outside", "near", "into", "within"})
FACILITY_OPENERS = DETERMINERS | LOCATIVE_CUES | VENUE_CUES | {"through", "for", "on", "over"}


def is_road_name(parse: Parse, span: Span) -> bool:
    """True for a road's name before its lowercase road word, also first in a pair ("Bourbon
    street", "Bourbon and Dauphine streets", "the Chartres/Franklin intersection"), or after
    a street address's "block of" ("the 500 block of Jeffords", "the 200-block of Elm"); not
    a route's second end ("the Nashik-Pune highway")."""
    last = parse.token_at(span.end - 1)
    toks = parse.tokens
    if last is None or _route_end(parse, span):
        return False
    if _after_block_of(parse, span):
        return True
    k = last.i + 1
    if k + 1 < len(toks) and toks[k].text in {"and", "/", "&"} and toks[k + 1].pos == "PROPN":
        k += 2
    return k < len(toks) and toks[k].text in ROAD_WORDS


_ORDINAL = re.compile(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"eleventh|twelfth|\d+(?:st|nd|rd|th))", re.I)


def numbered_street(parse: Parse, span: Span) -> Span | None:
    """The street an ordinal names with the road word after it ("Third Street", "Fourth
    street", "42nd Street": the model tags the number alone, the whole, or nothing), else
    None."""
    words = span.of(parse.text).split()
    if not words or not _ORDINAL.fullmatch(words[0]) or not words[0][:1].isupper() \
            and not words[0][:1].isdigit():
        return None
    if len(words) == 2 and words[1].lower() in ROAD_WORDS and not words[1].endswith("s"):
        return span  # "42nd Street" tagged whole
    last = parse.token_at(span.end - 1)
    toks = parse.tokens
    if len(words) != 1 or last is None or last.i + 1 >= len(toks):
        return None
    road = toks[last.i + 1]
    if road.text.lower() not in ROAD_WORDS or road.text.lower().endswith("s"):
        return None
    return Span(span.start, road.end)


def _route_end(parse: Parse, span: Span) -> bool:
    """True for the second end of a route named by its two ends ("the Nashik-Pune highway",
    "the Kano–Maiduguri road"): a town, not the road's own name."""
    first = parse.token_at(span.start)
    toks = parse.tokens
    return first is not None and first.i >= 2 and toks[first.i - 1].text in {"-", "–"} \
        and toks[first.i - 2].text[:1].isupper()


def _after_block_of(parse: Parse, span: Span) -> bool:
    """True when "block of" stands right before the name, the way a street address is given
    ("in the 500 block of Jeffords", "the 1200 blocks of Oak and Elm")."""
    first = parse.token_at(span.start)
    toks = parse.tokens
    if first is None or first.i < 2 or toks[first.i - 1].text != "of":
        return False
    word = toks[first.i - 2].text.lower()
    return word in {"block", "blocks"} or word.endswith("-block")


def is_venue(parse: Parse, span: Span, surface: str) -> bool:
    """An organisation's name used for its premises: after "at", "in", "inside" … and either
    ending in a word for an institution's building ("at the Lakeside School of Music", "in
    the Oval Office") or followed by "in <place>" ("at the Palais des Nations in Geneva")."""
    tok = parse.token_at(span.start)
    if tok is None or word_before(parse, tok.i) not in VENUE_CUES:
        return False
    if fold(surface).split()[-1] in VENUE_WORDS or fold(surface).split()[0] in VENUE_WORDS:
        return True
    last = parse.token_at(span.end - 1)
    toks = parse.tokens
    return last is not None and last.i + 2 < len(toks) and toks[last.i + 1].text == "in" \
        and toks[last.i + 2].ent_type in LISTED_LABELS


_ROUTE_NUMBER = re.compile(r"\d{1,3}(?:/\d{1,3})*")


def is_route_number(word: str) -> bool:
    """A road's number: one to three digits, or several joined by "/" ("62/180")."""
    return bool(_ROUTE_NUMBER.fullmatch(word))


def road_number_end(parse: Parse, span: Span) -> int | None:
    """The end of a route number right after a country's or state's short name, the way US
    roads are named ("along U.S. 129", "on N.C. 54", "U.S. 62/180" where two routes share
    the road), else None. A number of one to three digits closing the phrase (not a
    quantity: "the U.S. 3 brigades")."""
    last = parse.token_at(span.end - 1)
    toks = parse.tokens
    if last is None or last.i + 1 >= len(toks):
        return None
    number = toks[last.i + 1]
    after = toks[last.i + 2] if last.i + 2 < len(toks) else None
    if not (is_route_number(number.text) and number.idx <= span.end + 1):
        return None
    if after is not None and after.pos in {"NOUN", "PROPN", "NUM"} \
            and after.text.lower() not in DIRECTION_WORDS:  # "U.S. 27 north of Somerset"
        return None
    return number.end


def owns_facility(parse: Parse, span: Span) -> bool:
    """True when the name's possessive comes before a lowercase facility noun, directly or
    after one lowercase modifier ("Goma's airport", "Kabul's main prison")."""
    k = after_possessive(parse, span)
    if k is None:
        return False
    toks = parse.tokens
    if k + 1 < len(toks) and toks[k].text.isalpha() and toks[k].text.islower() \
            and toks[k + 1].text in FACILITY_NOUNS:
        k += 1
    return toks[k].text in FACILITY_NOUNS


def facility_after(parse: Parse, span: Span) -> bool:
    """True when a lowercase facility noun follows a name of one or two words, directly or
    after one more lowercase noun, and a determiner or a preposition comes before it ("the
    Nuseirat refugee camp", "at Palali airstrip", "through the Torkham border crossing"): the
    name is the facility's place."""
    return facility_noun(parse, span) is not None


def facility_noun(parse: Parse, span: Span, nouns: frozenset[str] = FACILITY_NOUNS
                  ) -> int | None:
    """The index of the facility noun of `facility_after` (one of `nouns`), else None."""
    first, last = parse.token_at(span.start), parse.token_at(span.end - 1)
    toks = parse.tokens
    if first is None or last is None or first.i == 0 or last.i - first.i > 1 \
            or toks[first.i - 1].text.lower() not in FACILITY_OPENERS:
        return None  # a longer name is the business's own ("the Riverdale Luke Oil station")
    k = last.i + 1
    if k + 1 < len(toks) and toks[k].pos in {"NOUN", "ADJ"} and toks[k].text.isalpha() \
            and toks[k].text.islower() and toks[k + 1].text in nouns:
        k += 1
    return k if k < len(toks) and toks[k].text in nouns else None


# Plural facility nouns after a list of the places the facilities are named after ("the Tiga
# and Challawa dams", "the Kano and Katsina airports").
PLURAL_FACILITY_NOUNS = frozenset({
    "camps", "crossings", "checkpoints", "airstrips", "airports", "airbases", "bases",
    "stations", "stadiums", "prisons", "jails", "markets", "ports", "harbours", "harbors",
    "bridges", "dams", "refineries", "factories", "plants", "fields",
})


def listed_before_facility_noun(parse: Parse, span: Span) -> bool:
    """True when the name is one of a list before a plural facility noun ("the Tiga and
    Challawa dams", "Kano and Katsina airports"): each name is a facility's place, as one
    name before its singular noun is (`facility_after`)."""
    return noun_after_list(parse, span) in PLURAL_FACILITY_NOUNS


def noun_after_list(parse: Parse, span: Span) -> str:
    """The word right after the list of names the name is one of ("dams" after "Tiga and
    Challawa"), or "" when the name is in no list."""
    end = after_list(parse, span)
    return parse.tokens[end].text if end is not None else ""


def facility_elsewhere(parse: Parse, span: Span, gazetteer: Gazetteer) -> bool:
    """The facility after the name is "in" a place where no town of the name lies: the
    name is the facility's own ("Erlanger hospital in Chattanooga", not Erlanger,
    Kentucky), not a town's ("the Nuseirat camp in Gaza", "the Kandahar airport in
    southern Afghanistan"). Its place is the one after "in"."""
    k = facility_noun(parse, span, BUILDING_NOUNS)
    return k is not None and _lies_elsewhere(parse, k, span.of(parse.text), gazetteer)


def facility_title(parse: Parse, span: Span) -> str:
    """The name with its facility noun ("Santa Rosa hospital" of "the Santa Rosa hospital in
    Piura"): what a facility `facility_elsewhere` finds is looked up by, so no town of the
    name is read for it."""
    k = facility_noun(parse, span, BUILDING_NOUNS)
    name = span.of(parse.text)
    return name if k is None else f"{name} {parse.tokens[k].text}"


def institution_elsewhere(parse: Parse, span: Span, name: str, gazetteer: Gazetteer) -> bool:
    """True when an institution's name (`span`, ending in its building noun) is "in" a place
    where no town or region called `name`, a place inside the name, lies: the name honours
    a person ("Washington University in St. Louis"), not the place the institution is in
    ("Michigan State University in East Lansing", "the University of Texas in Austin")."""
    last = parse.token_at(span.end - 1)
    return last is not None and last.text.lower() in BUILDING_NOUNS \
        and _lies_elsewhere(parse, last.i, name, gazetteer)


def _lies_elsewhere(parse: Parse, k: int, name: str, gazetteer: Gazetteer) -> bool:
    """True when "in" and a place the gazetteer knows follow token k, and no place called
    `name` lies in it."""
    toks = parse.tokens
    if k + 2 >= len(toks) or toks[k + 1].text != "in":
        return False
    j = k + 2
    while j < len(toks) and toks[j].text in DIRECTION_WORDS:
        j += 1
    end = j
    while end < len(toks) and end < j + 3 and toks[end].text[:1].isupper() \
            and toks[end].sent == toks[k].sent:
        end += 1
    if end == j:
        return False
    where = exact_places(gazetteer, parse.text[toks[j].idx:toks[end - 1].end])
    towns = exact_places(gazetteer, name)
    return bool(where) and not any(_lies_in(town, place) or _lies_in(place, town)
                                   for town in towns for place in where)


NEAR_TOWN_KM = 50.0  # a town this near a town the text puts a facility in is "in" it


def _lies_in(town: Candidate, place: Candidate) -> bool:
    if place.kind in {"country", "region"}:
        return town.country == place.country
    if place.kind == "admin1":
        return town.country == place.country and town.admin1_code == place.admin1_code
    if town.lat is None or town.lon is None or place.lat is None or place.lon is None:
        return False
    return haversine_km(town.lat, town.lon, place.lat, place.lon) <= NEAR_TOWN_KM
