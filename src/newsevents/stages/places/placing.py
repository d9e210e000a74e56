"""Whether the words around a name place it (`is_placed`, `is_located`): a locative cue
before it ("in X", "the mayor of X", "the border with X", "Jane Roe of X"), a qualifier
after it ("X, Ohio"), a place it is listed with ("Cairo, X and Luxor"), the institution it
is the town of ("the Ministry of Health, X,"), the object of a verb of capture ("rebels
captured X", verbs.py), an appositive placing it ("X, near Lyon,"), "-based" after it, a
legislator's party letter before it ("Rep. Jane Roe, R-X,"), a distance from another place
("X, 100 km north of Y"), a tagged place and a noun of a part of it before it ("the Nairobi
slum X"); and a noun of a town's people after it ("a Jackson man")."""
from __future__ import annotations

import re

from ...model import Span
from ...parse import Parse, Tok
from ...resources.gazetteer import Gazetteer
from ...resources.place_names import ADMIN_SUFFIXES
from .cues import (
    LISTED_LABELS,
    LOCATIVE_CUES,
    NEAR_CUES,
    OF_PLACE_HEADS,
    after_possessive,
    has_place_noun,
    head_of_of,
    is_possessive,
    word_before,
)
from .entries import big_place, exact_places
from .lists import LIST_WORDS, list_start
from .verbs import object_of_place_verb
from .words import AREA_WORDS, DIRECTION_WORDS, FACILITY_WORDS, VENUE_WORDS


def is_qualified(parse: Parse, span: Span, gazetteer: Gazetteer) -> bool:
    """True when a comma and the name of a country or first-level region follow the name
    ("Dover, Del.", "Riverdale, Georgia")."""
    return qualifier_end(parse, span, gazetteer) > 0


def qualifier_end(parse: Parse, span: Span, gazetteer: Gazetteer) -> int:
    """The index of the token after the qualifier that follows the name (", Georgia", ",
    New Mexico"), 0 when there is none."""
    tok = parse.token_at(span.end - 1)
    if tok is None or tok.i + 2 >= len(parse.tokens) or parse.tokens[tok.i + 1].text != ",":
        return 0
    after = parse.tokens[tok.i + 2]
    if not after.text[:1].isupper():
        return 0
    if tok.i + 3 < len(parse.tokens) and parse.tokens[tok.i + 3].text[:1].isupper() and \
            exact_places(gazetteer, after.text + " " + parse.tokens[tok.i + 3].text,
                         kinds=("country", "admin1")):
        return tok.i + 4
    return tok.i + 3 if exact_places(gazetteer, after.text, kinds=("country", "admin1")) else 0


def closes_phrase(parse: Parse, span: Span, gazetteer: Gazetteer) -> bool:
    """True when a qualifier follows the name and ends the phrase: a punctuation mark, a
    lowercase word or the end of the text comes next ("Binh Phuoc, Vietnam;", "Ayer, Mass.,
    said"; not "Jim Ayer, Texas A&M's coach", where the state names a university)."""
    end = qualifier_end(parse, span, gazetteer)
    if not end:
        return False
    if end >= len(parse.tokens):
        return True
    word = parse.tokens[end].text
    return word in {",", ".", ";", ":", ")", "—", "–"} or word.isalpha() and word.islower()


def is_placed(parse: Parse, span: Span, gazetteer: Gazetteer) -> bool:
    """The context says the name is a place: a locative cue before it ("in X", "the
    village of X"), a qualifier after it ("X, Ohio"), a place it is listed with ("Cairo,
    X and Luxor"), "-based" after it ("an X-based firm") or a party letter before it
    ("Rep. Jane Roe, R-X,")."""
    return (_locative(parse, span) or is_qualified(parse, span, gazetteer)
            or _listed_with_place(parse, span) or _after_organisation(parse, span)
            or object_of_place_verb(parse, span) or _located_in(parse, span, gazetteer)
            or based_in(parse, span) or party_home(parse, span) or hometown(parse, span)
            or between_places(parse, span, gazetteer))


_NAMED = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
_BETWEEN = re.compile(r"\bbetween (" + _NAMED + r") and (" + _NAMED + r")\b")
BETWEEN_WINDOW = 80  # characters before the name that "between" and the first name fill


def between_places(parse: Parse, span: Span, gazetteer: Gazetteer) -> bool:
    """True for a name of "between A and B" when both are countries, provinces or towns of
    10,000+ people ("farms between Bratislava and Komarno"): the stretch between two
    places, not a match between two players."""
    start = max(0, span.start - BETWEEN_WINDOW)
    for m in _BETWEEN.finditer(parse.text, start, span.end + BETWEEN_WINDOW):
        if (m.start(1), m.end(1)) != (span.start, span.end) \
                and (m.start(2), m.end(2)) != (span.start, span.end):
            continue
        return all(big_place(gazetteer, m.group(i)) for i in (1, 2))
    return False


def listed_after_cue(parse: Parse, span: Span) -> bool:
    """True when the name is in a list with a place after a locative cue ("crews from
    Harrison, Kearny and East Newark"): a town, even when a person of the story bears it."""
    return _locative(parse, span) and _listed_with_place(parse, span)


# Words between "of" and a person's home town ("John Doe, 34, of rural Summerville,").
HOME_MODIFIERS = DIRECTION_WORDS | {"rural", "nearby", "suburban", "neighboring",
                                    "neighbouring"}


def hometown(parse: Parse, span: Span) -> bool:
    """True for a person's home town set off by commas after "of" ("The suspect, of
    Summerville, was held", "John Doe, 34, of rural Summerville,"), as news writes it."""
    first, last = parse.token_at(span.start), parse.token_at(span.end - 1)
    toks = parse.tokens
    if first is None or last is None or last.i + 1 >= len(toks) \
            or toks[last.i + 1].text not in {",", ".", ";"}:
        return False
    j = first.i - 1
    if j >= 0 and toks[j].text in HOME_MODIFIERS:
        j -= 1
    return j >= 1 and toks[j].text == "of" and toks[j - 1].text == ","


PARTY_LETTERS = frozenset({"R", "D", "I"})


def party_home(parse: Parse, span: Span) -> bool:
    """True for the home a US legislator's party letter gives after the legislator's name
    ("Rep. Joanna King, R-Middlebury,", "Sen. Ted Cruz (R-Texas)"): a town or a state, of
    any size."""
    tok = parse.token_at(span.start)
    toks = parse.tokens
    return tok is not None and tok.i >= 4 and toks[tok.i - 1].text == "-" \
        and toks[tok.i - 2].text in PARTY_LETTERS and toks[tok.i - 3].text in {",", "("} \
        and toks[tok.i - 4].text[:1].isupper()


_BASED = re.compile(r"\s?-\s?based\b")


def based_in(parse: Parse, span: Span) -> bool:
    """True for a name before "-based" ("the Bellefonte-based utility", "a London-based
    charity"): where a body has its seat, a place."""
    return _BASED.match(parse.text, span.end) is not None


_DISTANCE_AFTER = re.compile(
    r"\s*,\s*(?:about|some|around|roughly|nearly|almost|approximately|just|only|more than|"
    r"less than|over|under)?\s*\d[\d,.]*[\s-]*(?:miles?|mi|kilometers?|kilometres?|kms?)\b"
    r"(?:\s*\([^)]{0,30}\))?\s+(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?"
    r"\s+of|from|outside|(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?|away)(?=\s*[,.;)]))"
    r"\b", re.I)


def distance_after(parse: Parse, span: Span) -> bool:
    """True when an appositive measures the name from another place ("Ishaki, 100
    kilometers north of the capital", "X, about 30 miles (50 km) south of Kabul") or from
    where the story is ("Chattanooga, 30 miles north, reported"): a place, whatever the
    model's label and whether or not the gazetteer knows it."""
    return _DISTANCE_AFTER.match(parse.text, span.end) is not None


def is_located(parse: Parse, span: Span, gazetteer: Gazetteer, *, lists: bool = True
               ) -> bool:
    """The words around the name say where it is: "at" before it ("a studio at X"), an
    appositive placing it ("X, near Lyon,", "X, in Scott County,") or a place before it in
    a list ("in Kisumu, X and Eldoret"; unless not `lists`), a distance from another place
    after it ("X, 100 km north of Y"), or a place and a noun of a part of it before it ("the
    Nairobi slum X"). Not "from X" (people come from far away)."""
    tok = parse.token_at(span.start)
    return tok is not None and word_before(parse, tok.i) == "at" \
        or _located_in(parse, span, gazetteer) or lists and listed_after_place(parse, span) \
        or distance_after(parse, span) or part_of_place(parse, span)


# Nouns of a part of a place put between the place and the part's name ("the Nairobi slum
# Kibera", "the Karachi township Orangi").
PART_NOUNS = frozenset({"slum", "slums", "neighbourhood", "neighborhood", "suburb", "township",
                        "quarter", "district", "village", "camp", "enclave", "locality"})


def part_of_place(parse: Parse, span: Span) -> bool:
    """The name follows a place the model tagged and a noun of a part of it: "the Nairobi
    slum X", "the Gaza neighbourhood X"."""
    tok = parse.token_at(span.start)
    if tok is None or tok.i < 2:
        return False
    noun, place = parse.tokens[tok.i - 1], parse.tokens[tok.i - 2]
    return noun.text in PART_NOUNS and place.ent_type in {"GPE", "LOC"} \
        and place.sent == tok.sent


# Lowercase nouns a town's name is put before to say whose they are: "a Jackson man",
# "Ridgeland police", "Fulton residents" (not "family" or "couple", said after a surname:
# "the Kennedy family").
PEOPLE_NOUNS = frozenset({"man", "woman", "men", "women", "boy", "girl", "boys", "girls",
                          "teen", "teens", "teenager", "teenagers", "youth", "resident",
                          "residents", "native", "natives"})
LOCAL_NOUNS = PEOPLE_NOUNS | {"police", "firefighters", "deputies", "schools"}


def before_local_noun(parse: Parse, span: Span, *, people: bool = False) -> bool:
    """True when a name opening a sentence or after "a", "an", "the" or a number (and an
    age: "a 64-year-old Corvallis man") comes right before a lowercase noun of a town's
    people or services ("A Jackson man", "two Jackson women", "Clinton police said"): a
    town for a name the model took for a person's or missed. With `people`, only a noun of
    people: an organisation's name before a service is more often its own ("Hamas
    police"), before "men" or "residents" a town's."""
    first, last = parse.token_at(span.start), parse.token_at(span.end - 1)
    toks = parse.tokens
    if first is None or last is None or last.i + 1 >= len(toks) \
            or toks[last.i + 1].text not in (PEOPLE_NOUNS if people else LOCAL_NOUNS):
        return False
    j = _before_age(toks, first.i)  # "a 64-year-old Corvallis man"
    before = toks[j - 1] if j > 0 else None
    return j == parse.sents[first.sent][0] or before is not None and (
        before.text.lower() in {"a", "an", "the"} or before.pos == "NUM")


def _before_age(toks: tuple[Tok, ...] | list[Tok], i: int) -> int:
    """The index of an age compound right before token i ("64-year-old", "19-year-old"),
    else i."""
    if i >= 5 and toks[i - 1].text == "old" and toks[i - 2].text == "-" \
            and toks[i - 3].text in {"year", "years"} and toks[i - 4].text == "-" \
            and toks[i - 5].text.isdigit():
        return i - 5
    return i


def _located_in(parse: Parse, span: Span, gazetteer: Gazetteer) -> bool:
    """True when a comma and "in" or "near" and a place's name follow the name ("X, in Scott
    County, Indiana,", "X, near Lyon,"): an appositive that says where X is."""
    last = parse.token_at(span.end - 1)
    toks = parse.tokens
    if last is None or last.i + 3 >= len(toks) or toks[last.i + 1].text != "," \
            or toks[last.i + 2].text.lower() not in {"in", "near"}:
        return False
    words = []
    for tok in toks[last.i + 3:last.i + 7]:
        if not tok.text[:1].isupper():
            break
        words.append(tok.text)
    return any(exact_places(gazetteer, " ".join(words[:n])) for n in range(len(words), 0, -1))


def _after_organisation(parse: Parse, span: Span) -> bool:
    """True for the town of an institution, set off by commas after its name ("the Federal
    University of Technology, X (FUTO)", "the Ministry of Health, X, said")."""
    first, last = parse.token_at(span.start), parse.token_at(span.end - 1)
    toks = parse.tokens
    if first is None or last is None or first.i < 2 or last.i + 1 >= len(toks):
        return False
    return toks[first.i - 1].text == "," and toks[first.i - 2].ent_type == "ORG" \
        and toks[last.i + 1].text in {",", "(", ".", ";"}


def _listed_with_place(parse: Parse, span: Span) -> bool:
    """True when a GPE or LOC entity is the name's neighbour in a list: "A, X", "A and X",
    "X, A", "X or A" (also across a comma before "and")."""
    first, last = parse.token_at(span.start), parse.token_at(span.end - 1)
    if first is None or last is None:
        return False
    if listed_after_place(parse, span) or _in_list_of_places(parse, first.i, last.i):
        return True
    toks = parse.tokens
    k = last.i + 1
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text.lower() in {"and", "or"}:
        k += 1
    return k + 1 < len(toks) and toks[k].text.lower() in LIST_WORDS and \
        toks[k + 1].ent_type in LISTED_LABELS and toks[k + 1].sent == last.sent


def _in_list_of_places(parse: Parse, first: int, last: int) -> bool:
    """True when the name ends a list of names of one sentence one of which, before it, the
    model tagged as a place ("Wexford, Waterford and Cork": Wexford is a GPE)."""
    start = list_start(parse, first)
    toks = parse.tokens
    return start < first and any(toks[j].ent_type in LISTED_LABELS
                                 for j in range(start, first))


def listed_after_place(parse: Parse, span: Span) -> bool:
    """True when the name follows a GPE or LOC entity in a list: "A, X", "A and X", "A, and
    X" (not "X, A officials", where the place may be a modifier)."""
    first = parse.token_at(span.start)
    toks = parse.tokens
    if first is None:
        return False
    k = first.i - 1
    if k >= 0 and toks[k].text.lower() in {"and", "or"} and k > 0 and toks[k - 1].text == ",":
        k -= 1
    return k >= 1 and toks[k].text.lower() in LIST_WORDS and toks[k - 1].ent_type in LISTED_LABELS


def _locative(parse: Parse, span: Span) -> bool:
    """A locative preposition before the name, or "of" after a place noun ("the village of
    X", "the cities of X and Y"), a direction ("south of X", "the outskirts of X"), an
    institution ("the University of X"), a noun of a place's people or parts ("the mayor of
    X", "residents of X", "the stronghold of X") or a person's name (where someone is from:
    "Jane Roe of X", "Jane Roe, of X,"); the cue may stand before the first name of a list
    the name is in ("in Suwon and X", "the towns of A, B and X")."""
    tok = parse.token_at(span.start)
    if tok is None:
        return False
    k = list_start(parse, tok.i)
    if word_before(parse, k) in LOCATIVE_CUES or has_place_noun(parse, span) or (
            k > 0 and parse.tokens[k - 1].text in DIRECTION_WORDS) or _bordered(parse, k):
        return True  # "central X", "the border with X"
    head = head_of_of(parse, k)
    if not head:
        return False
    return _after_person(parse, k - 2) or _institution(parse.tokens[k - 2]) \
        or head in NEAR_CUES or head in OF_PLACE_HEADS and not is_possessive(parse, span)


BORDER_NOUNS = frozenset({"border", "borders", "frontier", "frontiers", "boundary"})
BORDER_VERBS = frozenset({"borders", "bordering", "bordered", "neighbouring", "neighboring",
                          "neighbours", "neighbors"})


def _bordered(parse: Parse, k: int) -> bool:
    """True when what token k opens borders something: "the border with X", "Kenya's
    frontier with X", "a town bordering X", "neighbouring X" (only places share borders)."""
    prev = word_before(parse, k)
    return prev in BORDER_VERBS or k >= 1 and parse.tokens[k - 1].text.lower() in BORDER_VERBS \
        or prev == "with" and k >= 2 and parse.tokens[k - 2].text.lower() in BORDER_NOUNS


def _institution(tok: Tok) -> bool:
    """True for the capitalised last word of an institution's name before "of" ("the
    Children's Hospital of X", "the University of X"): X is the town it is in."""
    return tok.text[:1].isupper() and tok.text.lower() in VENUE_WORDS | FACILITY_WORDS


def _after_person(parse: Parse, k: int) -> bool:
    """True when token k ends a person's name, also across an age between commas ("Jane Roe
    of", "Jane Roe, of", "Jane Roe, 54, of")."""
    toks = parse.tokens
    j = k
    while j >= 0 and j > k - 4 and (toks[j].text == "," or toks[j].text.isdigit()):
        j -= 1
    return j >= 0 and toks[j].ent_type == "PERSON"


def owns_place(parse: Parse, span: Span, *, longest: int = 4) -> bool:
    """True when the name's possessive comes before a place: a GPE or LOC entity, or up to
    `longest` capitalised words and an admin or area word ("Chhattisgarh's Bastar
    district", "Kenya's Rift Valley" tagged LOC): the owner is the region the place is in
    (not "Jordan's King Abdullah", a person)."""
    k = after_possessive(parse, span)
    if k is None:
        return False
    toks = parse.tokens
    if toks[k].ent_type in LISTED_LABELS and toks[k].sent == toks[k - 2].sent:
        return True
    j = k
    while j < len(toks) and j < k + longest and toks[j].text[:1].isupper():
        j += 1
    word = toks[j].text.lower() if j < len(toks) else ""
    return j > k and (word in ADMIN_SUFFIXES or word in AREA_WORDS)
