"""Whether a mention the model tagged names a place, by its label, the gazetteer and the
words around it (`is_toponym`; the rules are toponyms.py's module doc), and the label a
toponym is looked up by: a building's FAC ("the White House"), a town's GPE for a facility
tag without a building's word ("the Laboratory at Weybridge"), the town or the facility for
a name before a facility noun ("the Sanaa airport", "the Kennedy airport")."""
from __future__ import annotations

import re

from ...model import Mention, Span
from ...parse import Parse
from ...resources.gazetteer import MATCH_NAME, Gazetteer
from ...resources.place_names import fold
from ..quotes.marks import OPENERS, STRAIGHT
from .cues import (
    LOCATIVE_CUES,
    after_article,
    has_place_noun,
    is_possessive,
    plural_admin_level,
)
from .entries import (
    MISSED_MIN_POPULATION,
    NORP_MIN_POPULATION,
    PLACED_MIN_POPULATION,
    exact_places,
    named_places,
)
from .facilities import facility_after, is_road_name
from .lists import list_start
from .name_kinds import is_facility_name
from .placing import before_local_noun, closes_phrase, is_placed, is_qualified, listed_after_cue
from .titles import person_elsewhere, word_of_person
from .toponym import PLACE_LABELS
from .verbs import after_through
from .words import (
    DIRECTION_WORDS,
    FACILITY_WORDS,
    FEATURE_WORDS,
    GENERIC_WORDS,
    ORGANISATION_WORDS,
    VENUE_WORDS,
)

NAMED_LABELS = frozenset({"ORG", "PERSON", "NORP", "PRODUCT"})  # labels a place name gets
# GeoNames codes of natural features (forest, river, lake, range, peak, volcano, desert): one
# tagged as an organisation is one only where the text places it ("Amazon" is the company).
BIG_CITY_MIN = 500_000  # a person-tagged word that is a city this big by its own name: the city
CAPITAL_MIN = 100_000  # … or a national capital this big
NATURAL_CODES = frozenset({"FRST", "STM", "LK", "MTS", "MT", "VLC", "DSRT"})
_ARTICLE_PREFIX = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ed|es|et|ez)-[A-Z]")


def place_label(parse: Parse, mention: Mention, surface: str, gazetteer: Gazetteer) -> str:
    """The label a toponym is looked up by: FAC for a building ("the White House"); GPE
    for a "facility" whose name has no word of a building, road or grounds (but as its first
    word) and is a place's name ("the Laboratory at Weybridge": Weybridge tagged FAC is the
    town; "nearby Port Victoria")."""
    if _building(parse, mention, surface, gazetteer):
        return "FAC"
    folded = fold(surface).split()
    rest = folded[1:] if len(folded) > 1 and "of" not in folded else folded
    if mention.label == "FAC" and not set(rest) & (FACILITY_WORDS | VENUE_WORDS) \
            and not set(folded) & FEATURE_WORDS and exact_places(gazetteer, surface):
        return "GPE"  # also a town named with a facility's word first ("Port Victoria",
        # "Fort Morgan"), not "the Port of Spain terminal" nor "Port of Rotterdam"
    return mention.label


def _building(parse: Parse, mention: Mention, surface: str, gazetteer: Gazetteer) -> bool:
    """A name whose last word names a building ("the White House", "Town Hall"): the
    building, not a town that shares its name, unless a qualifier or a place noun says it
    is the town ("White House, Tenn.", "the town of White House")."""
    words = fold(surface).split()
    return len(words) > 1 and words[-1] in VENUE_WORDS | FACILITY_WORDS \
        and not is_qualified(parse, mention.span, gazetteer) \
        and not has_place_noun(parse, mention.span) \
        and not _town_after_preposition(parse, mention.span, surface, gazetteer)


def _town_after_preposition(parse: Parse, span: Span, surface: str, gazetteer: Gazetteer
                            ) -> bool:
    """True for a town's own name of 10,000+ people right after a locative preposition, or
    in a list right after one, with no article ("in State College", "from College Station",
    "in Yamba and Coffs Harbour"): a building takes "the" ("in the White House"), a town does
    not."""
    tok = parse.token_at(span.start)
    k = list_start(parse, tok.i) if tok is not None else 0
    return k > 0 and parse.tokens[k - 1].text in LOCATIVE_CUES \
        and any(c.match == MATCH_NAME and c.population >= MISSED_MIN_POPULATION
                for c in exact_places(gazetteer, surface, kinds=("city",)))


_NUMBERED_ROAD = re.compile(r"(?:Interstate|I-|U\.S\.(?: Route| Highway)?|US|State Route|"
                            r"State Highway|State Road|Highway|Route|SR|Hwy\.?) ?-?\d{1,3}[A-Z]?")


def is_facility(parse: Parse, mention: Mention, surface: str) -> bool:
    """A person- or organisation-tagged name of a building, road or estate ("Royal Street",
    "Mercy Hospital"), a numbered road ("Interstate 65" tagged as a firm), or a name before
    a lowercase road word ("Bourbon street")."""
    return mention.label in {"ORG", "PERSON"} and (is_facility_name(surface)
                                                   or bool(_NUMBERED_ROAD.fullmatch(surface))) \
        or mention.label in NAMED_LABELS and is_road_name(parse, mention.span)


def is_toponym(mention: Mention, surface: str, parse: Parse, gazetteer: Gazetteer,
               persons: frozenset[str], *, written: frozenset[str]) -> bool:
    """Whether the mention names a place (toponyms.py's module doc); `written` are the
    persons' names as the article writes them: a surname the actor dictionary alone gives in
    full ("Austin", Lloyd Austin) is a town where the text places it ("Austin, in Scott
    County,")."""
    key = fold(surface)
    if not key or not _capitalised(surface) or key in GENERIC_WORDS and (
            key in DIRECTION_WORDS or plural_admin_level(parse, mention.span) is None):
        return False  # a direction, or a generic word but in "Centre and Huntingdon counties"
    if mention.label in PLACE_LABELS:
        if not person_elsewhere(key, persons) or (is_placed(parse, mention.span, gazetteer)
                                                  and not is_possessive(parse, mention.span)):
            return True
        return bool(exact_places(gazetteer, surface, kinds=("country", "admin1", "region")))
    if mention.label in {"LANGUAGE", "WORK_OF_ART"} and not gazetteer.demonym(surface) \
            and is_placed(parse, mention.span, gazetteer) \
            and _town_by_own_name(gazetteer, surface):  # "from Idabel and Broken Bow"
        return True
    if mention.label in {"NORP", "LANGUAGE", "WORK_OF_ART"}:  # also "Aleppo" as a language
        return any(c.kind in {"country", "region"} or c.population >= NORP_MIN_POPULATION
                   and (c.kind == "city" or c.match == MATCH_NAME)  # not "Christian County"
                   for c in named_places(gazetteer, surface))
    if mention.label in {"ORG", "PERSON"} and _named_by_qualifier(mention, key, parse,
                                                                 gazetteer, persons):
        return True
    if mention.label in {"ORG", "PRODUCT"} \
            and before_local_noun(parse, mention.span, people=True) \
            and not person_elsewhere(key, persons) and _town_by_own_name(gazetteer, surface):
        return True  # "two Hogansville men", "a Lindale native"
    if mention.label in {"ORG", "PRODUCT"}:
        placed = is_placed(parse, mention.span, gazetteer)
        named = has_place_noun(parse, mention.span)  # "the community of X": any size
        feature = placed or _feature_after_the(parse, mention.span)
        return any(c.kind in {"country", "admin1"} or c.kind == "region"
                   and (feature or c.feature_code not in NATURAL_CODES) or placed
                   and (c.population >= PLACED_MIN_POPULATION or named)
                   for c in named_places(gazetteer, surface))  # "Amazon" alone: the company
    if mention.label == "PERSON" and " " not in key and listed_after_cue(parse, mention.span):
        return bool(named_places(gazetteer, surface))  # "from Harrison, Kearny and …"
    if mention.label == "PERSON" and not person_elsewhere(key, written):
        known = person_elsewhere(key, persons)  # the actor dictionary alone gives it in full
        if (is_placed(parse, mention.span, gazetteer) or after_through(parse, mention.span)) \
                and not facility_after(parse, mention.span):  # "at the Kennedy airport"
            return bool(named_places(gazetteer, surface))
        if not known and before_local_noun(parse, mention.span):  # "A Jackson man": a town
            return _town_by_own_name(gazetteer, surface)
        return not known and any(
            c.kind != "city" or c.population >= NORP_MIN_POPULATION
            for c in named_places(gazetteer, surface)) and (
            " " in key or _region_by_own_name(gazetteer, surface)
            or not word_of_person(key, persons) and not word_of_person(key, written)
            and not _after_opening_mark(parse, mention.span)
            and (_big_city_by_own_name(gazetteer, surface)
                 or _country_by_own_name(gazetteer, surface)
                 and _modifies_noun(parse, mention.span)))
    return False


def _after_opening_mark(parse: Parse, span: Span) -> bool:
    """True for a name right after an opening quotation mark (quotes.marks): a title ("the
    Broadway smash \"Hamilton.\""), not a place's name; not after a closing one ("“We are
    ready,” Sarajevo's mayor said")."""
    tok = parse.token_at(span.start)
    if tok is None or tok.i == 0:
        return False
    mark = parse.tokens[tok.i - 1]
    return mark.text in OPENERS or mark.text == "‘" \
        or mark.text == STRAIGHT and mark.end == tok.idx  # a straight mark opens what it touches


def _big_city_by_own_name(gazetteer: Gazetteer, surface: str) -> bool:
    """A city of BIG_CITY_MIN people, or a national capital of CAPITAL_MIN, by its own name
    ("The people of Bogotá and Medellín", "Sarajevo has asked for more police", both
    tagged as persons)."""
    return any(c.kind == "city" and c.match == MATCH_NAME
               and (c.population >= BIG_CITY_MIN
                    or c.feature_code == "PPLC" and c.population >= CAPITAL_MIN)
               for c in exact_places(gazetteer, surface, kinds=("city",)))


def _country_by_own_name(gazetteer: Gazetteer, surface: str) -> bool:
    """A country by its own name ("the Malawi government said", tagged as a person)."""
    return any(c.match == MATCH_NAME
               for c in exact_places(gazetteer, surface, kinds=("country",)))


def _modifies_noun(parse: Parse, span: Span) -> bool:
    """The name modifies a noun after it ("the Malawi government", "Malawi officials"): a
    country's name so used is the country's, where a person's name stands for the person
    ("Jordan was shot as he napped")."""
    last = parse.token_at(span.end - 1)
    return last is not None and last.dep == "compound" and last.head > last.i \
        and parse.tokens[last.head].pos == "NOUN"


def _feature_after_the(parse: Parse, span: Span) -> bool:
    """True for a name after "the" that no noun follows ("The Brahmaputra rose", "along
    the Amazon."): a river, lake or range, as English writes them; not "the Amazon
    warehouse", a firm's."""
    last = parse.token_at(span.end - 1)
    nxt = parse.tokens[last.i + 1] if last is not None and last.i + 1 < len(parse.tokens) \
        else None
    return after_article(parse, span) and (nxt is None or nxt.pos not in {"NOUN", "PROPN"})


def _region_by_own_name(gazetteer: Gazetteer, surface: str) -> bool:
    """A region of our table by its own name ("Yorkshire", "Kurdistan"): no person's name,
    whatever the model's label."""
    return any(c.kind == "region" and c.match == MATCH_NAME
               for c in exact_places(gazetteer, surface, kinds=("region",)))


def _town_by_own_name(gazetteer: Gazetteer, surface: str) -> bool:
    """A town of 1,000+ people by its own name (not a county by a spelling variant)."""
    return any(c.kind == "city" and c.match == MATCH_NAME
               and c.population >= PLACED_MIN_POPULATION
               for c in named_places(gazetteer, surface))


def _named_by_qualifier(mention: Mention, key: str, parse: Parse, gazetteer: Gazetteer,
                        persons: frozenset[str]) -> bool:
    """A name of up to three words tagged PERSON or ORG that a country or first-level
    region qualifies at the end of a phrase ("in Binh Phuoc, Vietnam;", "Caraorman,
    Romania, reported"): a place, known to the gazetteer or not (then placed at the
    qualifier); not the surname of a person named in full, nor an organisation's name."""
    words = key.split()
    return len(words) <= 3 and not set(words) & ORGANISATION_WORDS \
        and not person_elsewhere(key, persons) and closes_phrase(parse, mention.span, gazetteer)


def facility_place_label(mention: Mention, surface: str, gazetteer: Gazetteer) -> str:
    """The label of a name before a facility noun: the town it names (GPE) when the
    gazetteer knows it, else the facility (FAC, placed near the places the text names); a
    name the model took for a person's is the facility's ("the Kennedy airport" is not in
    Kennedy, a district of Bogotá) unless it is a country's, a province's or a capital's
    ("the Sanaa airport", "the Kandahar airport"). A facility "in" a place no town of the
    name lies in never gets here: `recognize` made the name the facility's already."""
    found = named_places(gazetteer, surface)
    if mention.label != "PERSON" and found or any(
            c.kind in {"country", "admin1"} or c.feature_code == "PPLC" for c in found):
        return "GPE"
    return "FAC"


def _capitalised(surface: str) -> bool:
    """A proper name's spelling: a capital first letter, or an Arabic article before a
    capitalised name ("al-Zaytouniyah", "el-Arish")."""
    return surface[:1].isupper() or bool(_ARTICLE_PREFIX.match(surface))
