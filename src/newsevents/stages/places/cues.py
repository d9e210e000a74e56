"""What the words around a name say about it: a locative preposition, a place noun, a list
of places, a qualifier ("X, Ohio"), an appositive, the object of a verb of capture. Every
cue reads a bounded window of tokens around the name; roads, facilities and venues are read
in facilities.py."""
from __future__ import annotations

import re

from ...model import Span
from ...parse import Parse, Tok
from ...resources.gazetteer import Gazetteer
from ...resources.place_names import ADMIN_SUFFIXES, fold
from .entries import exact_places
from .lists import LIST_WORDS, list_start
from .titles import TITLE_WORDS
from .words import (
    DIRECTION_WORDS,
    FACILITY_WORDS,
    FEATURE_WORDS,
    PLACE_NOUNS,
    PREMISES_CLUBS,
    PREMISES_WORDS,
    VENUE_WORDS,
)

LOCATIVE_CUES = frozenset({"in", "near", "outside", "at", "into", "from", "across", "around",
                           "to", "towards", "toward", "inside", "throughout"})
PLACE_CUES = frozenset({"in", "near", "outside", "inside", "around", "across", "throughout"})
NEAR_CUES = frozenset({"near", "outside", "around", "outskirts", "north", "south", "east",
                       "west", "northeast", "northwest", "southeast", "southwest"})
LISTED_LABELS = frozenset({"GPE", "LOC"})
# Verbs whose direct object is a place: "captured X", "patrolled X", "fled X".
PLACE_VERBS = frozenset({
    "capture", "recapture", "seize", "storm", "shell", "bombard", "liberate", "enter",
    "patrol", "besiege", "overrun", "raid", "invade", "occupy", "encircle", "evacuate",
    "flee", "retake", "reach", "annex", "blockade", "control", "surround", "bomb", "raze",
    "pound",
})
# Nouns whose "of" names a place: "the mayor of X", "residents of X", "the rebel stronghold of
# X", "his hometown of X", "the streets of X", "the northern perimeter of X".
OF_PLACE_HEADS = frozenset({"mayor", "mayors", "residents", "inhabitants", "citizens", "streets",
                            "hometown", "stronghold", "strongholds", "enclave", "heartland",
                            "hilltop", "hilltops", "perimeter", "farms", "slope", "slopes",
                            "edge",
                            # what is done to a place: "the shelling of X", "the fall of X"
                            "shelling", "bombing", "bombardment", "siege", "fall", "capture",
                            "recapture", "liberation", "invasion", "occupation", "blockade",
                            "encirclement", "evacuation", "sack", "annexation"})
# Words a place may stand after ("in downtown X", "in nearby X") besides directions.
PLACE_MODIFIERS = frozenset({"downtown", "uptown", "nearby", "neighbouring", "neighboring"})
DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "'s", "’s"})
# Nouns after a demonym that make it a language's name: "an English translation".
LANGUAGE_NOUNS = frozenset({"translation", "translations", "language", "version", "versions",
                            "speaker", "speakers", "speaking", "subtitles", "subtitle",
                            "dub", "dubbing", "edition", "lessons", "lesson", "dictionary",
                            "grammar", "accent", "dialect", "-language", "-speaking"})
ARTICLE_STOPS = frozenset({"of", "in", "to", "from", "and", "or", "for", "at", "by", "on",
                           "with", "near", "into", "across"})


def names_a_language(parse: Parse, span: Span) -> bool:
    """True when the demonym names a language: the object of "in" ("spoke in English."; not
    "in Russian hands", where it modifies a noun) or before a word of a language's use ("an
    English translation", "Welsh speakers", "French-language")."""
    first, last = parse.token_at(span.start), parse.token_at(span.end - 1)
    if first is None or last is None:
        return False
    toks = parse.tokens
    before = toks[first.i - 1].text.lower() if first.i > 0 else ""
    nxt = toks[last.i + 1] if last.i + 1 < len(toks) else None
    if nxt is not None and nxt.text.lower() in LANGUAGE_NOUNS:
        return True
    return before == "in" and (nxt is None or nxt.pos not in {"NOUN", "PROPN", "ADJ", "NUM"})


def named_by_place_noun(parse: Parse, span: Span, *, group: bool = False) -> bool:
    """A place noun says what the name is, before it ("the village of X", "the town X") or
    after it ("X village", "the X district"; not after a group's name (`group`): "the Sikh
    community"): a place even when the gazetteer does not know it and the model took it for
    a person or organisation, or missed it."""
    return has_place_noun(parse, span) or not group and _noun_after(parse, span)


def _noun_after(parse: Parse, span: Span) -> bool:
    """True when a lowercase place noun or feature word follows the name, also across a
    second name ("X village", "Rangitoto and Motutapu islands", "the X and Y provinces",
    "X commune", "X local government area")."""
    last = parse.token_at(span.end - 1)
    toks = parse.tokens
    if last is None:
        return False
    k = last.i + 1
    if k + 1 < len(toks) and toks[k].text in {"and", "or"} and toks[k + 1].pos == "PROPN":
        k += 2
    if [t.text for t in toks[k:k + 3]] == ["local", "government", "area"]:
        return True  # "the X local government area" (Nigeria's districts)
    return k < len(toks) and toks[k].text in PLACE_NOUNS | FEATURE_WORDS | {"islands"}


def is_premises_name(surface: str) -> bool:
    """A name of two or more words ending in a word for an institution that is one
    building or grounds ("Cyber Tech Career College", "Carnegie Hall", "Stonewall Golf
    Club"): its premises, a place wherever the sentence names it."""
    words = fold(surface).split()
    return len(words) > 1 and (words[-1] in PREMISES_WORDS
                               or words[-1] == "club" and words[-2] in PREMISES_CLUBS)


def is_directed(parse: Parse, span: Span) -> bool:
    """True after a lowercase direction word ("central Washington", "northern Iraq")."""
    tok = parse.token_at(span.start)
    return tok is not None and tok.i > 0 and parse.tokens[tok.i - 1].text in DIRECTION_WORDS


def is_cued(parse: Parse, span: Span) -> bool:
    """A preposition of place before the name ("in X", "near X", "in A and X"; not "from X"
    or "to X", said of places far away too), a place noun naming it ("the village of X"), a
    place noun or feature word after it ("the X area", "X and Y islands"), or a noun whose
    "of" names a place ("the rebel stronghold of X", "the shelling of X")."""
    tok = parse.token_at(span.start)
    if tok is None:
        return False
    k = list_start(parse, tok.i)
    return word_before(parse, k) in PLACE_CUES or has_place_noun(parse, span) \
        or _noun_after(parse, span) or _head_of_of(parse, k) in OF_PLACE_HEADS


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
            or _object_of_place_verb(parse, span) or _located_in(parse, span, gazetteer)
            or based_in(parse, span) or party_home(parse, span))


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


def is_located(parse: Parse, span: Span, gazetteer: Gazetteer) -> bool:
    """The words around the name say where it is: "at" before it ("a studio at X"), an
    appositive placing it ("X, near Lyon,", "X, in Scott County,") or a place before it in
    a list ("in Kisumu, X and Eldoret"), a distance from another place after it ("X, 100
    km north of Y"), or a place and a noun of a part of it before it ("the Nairobi slum X").
    Not "from X" (people come from far away)."""
    tok = parse.token_at(span.start)
    return tok is not None and word_before(parse, tok.i) == "at" \
        or _located_in(parse, span, gazetteer) or listed_after_place(parse, span) \
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
    """True when a name opening a sentence or after "a", "an", "the" or a number comes right
    before a lowercase noun of a town's people or services ("A Jackson man", "two Jackson
    women", "Clinton police said"): a town for a name the model took for a person's or
    missed. With `people`, only a noun of people: an organisation's name before a service
    is more often its own ("Hamas police"), before "men" or "residents" a town's."""
    first, last = parse.token_at(span.start), parse.token_at(span.end - 1)
    toks = parse.tokens
    if first is None or last is None or last.i + 1 >= len(toks) \
            or toks[last.i + 1].text not in (PEOPLE_NOUNS if people else LOCAL_NOUNS):
        return False
    before = toks[first.i - 1] if first.i > 0 else None
    return first.i == parse.sents[first.sent][0] or before is not None and (
        before.text.lower() in {"a", "an", "the"} or before.pos == "NUM")


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


def _object_of_place_verb(parse: Parse, span: Span) -> bool:
    """True for the direct object of a verb whose object is a place ("rebels captured X",
    "troops patrolled X", "thousands fled X"), also in the passive ("X was captured")."""
    heads = [t for t in parse.tokens_in(span) if not span.start <= parse.tokens[t.head].idx
             < span.end or t.head == t.i]
    return any(t.dep in {"dobj", "nsubjpass"} and t.head != t.i
               and parse.tokens[t.head].lemma.lower() in PLACE_VERBS
               and not _done_to_a_person(parse, parse.tokens[t.head]) for t in heads)


# Verbs only a person undergoes: one coordinated with a verb of capture says its object is
# a person ("X was captured and shot", "captured and jailed X"). Not "free" (a town is freed
# too) nor "try" ("captured X and tried to hold it").
PERSON_VERBS = frozenset({"kill", "shoot", "execute", "torture", "behead", "imprison", "jail",
                          "hang", "interrogate", "deport", "sentence", "kidnap", "abduct",
                          "arrest", "detain", "wound", "injure", "release", "extradite",
                          "convict"})


def _done_to_a_person(parse: Parse, verb: Tok) -> bool:
    """A verb coordinated with `verb` that only a person undergoes."""
    near = [k for k in parse.children(verb.i) if k.dep == "conj"]
    if verb.dep == "conj" and verb.head != verb.i:
        near.append(parse.tokens[verb.head])
    return any(k.lemma.lower() in PERSON_VERBS for k in near)


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
    if listed_after_place(parse, span):
        return True
    toks = parse.tokens
    k = last.i + 1
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text.lower() in {"and", "or"}:
        k += 1
    return k + 1 < len(toks) and toks[k].text.lower() in LIST_WORDS and \
        toks[k + 1].ent_type in LISTED_LABELS and toks[k + 1].sent == last.sent


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


def is_possessive(parse: Parse, span: Span) -> bool:
    """True when "'s" follows the name ("in Obama's speech" speaks of the person)."""
    return parse.text[span.end:span.end + 2] in {"'s", "’s"}


def next_word(parse: Parse, span: Span) -> str:
    """The token right after the span, as written (so "State" in a name is not "state")."""
    tok = parse.token_at(span.end - 1)
    if tok is None or tok.i + 1 >= len(parse.tokens):
        return ""
    return parse.tokens[tok.i + 1].text


MAX_LISTED = 5  # names of a list read forward to the noun after it
MAX_NAME_WORDS = 4  # words of one listed name
# Admin nouns that as plurals name parts of the world as often ("the Sahel and West Africa
# regions", "the Palestinian territories").
WORLD_AREAS = frozenset({"region", "territory"})
LGA_WORDS = frozenset({"LGA", "LGAs"})  # Nigeria's local government areas, abbreviated


def plural_admin_level(parse: Parse, span: Span) -> int | None:
    """The admin level of a plural admin noun after the list the name is in ("Dawson and
    Lumpkin counties", "the Idlib, Hama and Aleppo provinces": each is a county or a
    province), over at most five names of one sentence; None when there is none or the name
    is in no list ("the Gulf states")."""
    last = parse.token_at(span.end - 1)
    if last is None:
        return None
    toks, k = parse.tokens, last.i + 1
    for _ in range(MAX_LISTED):
        j = k
        while j < len(toks) and toks[j].text.lower() in {",", "and", "or"}:
            j += 1
        if j == k or j >= len(toks) or not toks[j].text[:1].isupper() \
                or toks[j].sent != last.sent:
            break
        end = min(len(toks), j + MAX_NAME_WORDS)  # a name of a few words, not a run of capitals
        while j < end and toks[j].text[:1].isupper() and toks[j].sent == last.sent \
                and toks[j].text not in LGA_WORDS:
            j += 1
        k = j
    first = parse.token_at(span.start)
    listed = k > last.i + 1 or first is not None and list_start(parse, first.i) < first.i
    if k >= len(toks) or not listed:
        return None  # one name before a plural: "the Gulf states", "Baltic states"
    word = toks[k].text
    if word in LGA_WORDS or " ".join(t.text for t in toks[k:k + 3]) == "local government areas":
        return 2  # Nigeria's local government areas
    single = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") \
        else ""
    return ADMIN_SUFFIXES.get(single) if word.islower() and single not in WORLD_AREAS else None


def words_before(parse: Parse, span: Span, n: int) -> tuple[str, ...]:
    tok = parse.token_at(span.start)
    if tok is None or tok.i < n:
        return ()
    return tuple(t.text.lower() for t in parse.tokens[tok.i - n:tok.i])


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
    head = _head_of_of(parse, k)
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


def _head_of_of(parse: Parse, k: int) -> str:
    """The word, lower-cased, before an "of" right before token k ("stronghold" of "the
    stronghold of X"), else ""."""
    if k < 2 or parse.tokens[k - 1].text.lower() != "of":
        return ""
    return parse.tokens[k - 2].text.lower()


# Capitalised words of offices and bodies a place noun may stand before as an adjective ("the
# state Commissioner of Police", "the county Board").
OFFICE_BODY_WORDS = frozenset({"police", "council", "board", "assembly", "government",
                               "legislature", "senate", "house", "department", "ministry",
                               "commission", "court", "attorney", "treasurer", "auditor"})


def has_place_noun(parse: Parse, span: Span) -> bool:
    """True when a place noun names what the name is: "the village of X", "the province X",
    "the towns of A, B and X" (then a town of any size is a place); not a title or a body
    after a place noun used as an adjective ("the state Commissioner of Police")."""
    tok = parse.token_at(span.start)
    if tok is None or tok.text.lower() in TITLE_WORDS | OFFICE_BODY_WORDS:
        return False  # "the state Commissioner", "the city Council": an office
    k = list_start(parse, tok.i)
    prev = word_before(parse, k)
    if _appositive_place(parse, span):  # "X, a farming town in …"
        return True
    if prev in PLACE_NOUNS:  # "the province X", "the provincial capital X"
        return _the_before(parse, k - 1)
    if prev == "," and k >= 2 and parse.tokens[k - 2].text.lower() == "capital":
        return _the_before(parse, k - 2)  # "the capital, X", "its provincial capital, X"
    if prev in {"called", "named"} and k >= 2:  # "a village called X"
        return parse.tokens[k - 2].text.lower() in PLACE_NOUNS
    if prev in EXAMPLE_WORDS:  # "towns such as X and Y", "counties including X"
        return _examples_of_places(parse, k)
    return prev == "of" and k >= 2 and parse.tokens[k - 1].text.lower() == "of" \
        and parse.tokens[k - 2].text.lower() in PLACE_NOUNS


EXAMPLE_WORDS = frozenset({"as", "including", "like"})  # "such as", "including", "like"


def _examples_of_places(parse: Parse, k: int) -> bool:
    """True when the words before token k introduce examples of a plural place noun: "towns
    such as", "rural counties including", "cities like" (not "such as" after another noun:
    "firms such as X")."""
    toks = parse.tokens
    j = k - 1
    if toks[j].text.lower() == "as":
        if j < 1 or toks[j - 1].text.lower() != "such":
            return False
        j -= 1
    if j >= 1 and toks[j - 1].text == ",":
        j -= 1  # "cities, including X"
    noun = toks[j - 1].text.lower() if j >= 1 else ""
    return noun in PLACE_NOUNS and noun.endswith("s")  # a plural: "towns", "cities"


PHRASE_GLUE = frozenset({"in", "of", "on", "near", "north", "south", "east", "west", "about",
                         "some", "where", "which", "that", "outside", "along", "with"})


def _appositive_place(parse: Parse, span: Span) -> bool:
    """True when an appositive says the name is a place: "X, a farming town", "X, the
    provincial capital", "X, a southeastern Turkish town": a comma, an article, up to
    three modifiers, a place noun)."""
    last = parse.token_at(span.end - 1)
    toks = parse.tokens
    if last is None or last.i + 3 >= len(toks) or toks[last.i + 1].text != "," \
            or toks[last.i + 2].text.lower() not in {"a", "an", "the"}:
        return False
    for tok in toks[last.i + 3:last.i + 7]:
        if tok.text.lower() in PLACE_NOUNS:  # the head of the phrase, not "a state official"
            after = toks[tok.i + 1].text if tok.i + 1 < len(toks) else ""
            return not (after.isalpha() and after.islower()) or after in PHRASE_GLUE
        if not _modifier(tok):
            return False
    return False


def _the_before(parse: Parse, k: int) -> bool:
    """True when a determiner or a possessive stands before token k, directly or across up
    to two modifiers ("the capital", "the provincial capital", "the Togolese capital",
    "Thailand's southern province", "its violence-hit province")."""
    toks = parse.tokens
    for j in range(k - 1, k - 4, -1):
        if j < 0:
            return False
        if toks[j].text.lower() in DETERMINERS:
            return True
        if not _modifier(toks[j]):
            return False
    return False


def _modifier(tok: Tok) -> bool:
    """A lowercase word, a hyphen inside one, or a capitalised adjective ("Togolese")."""
    return tok.text.isalpha() and (tok.text.islower() or tok.pos == "ADJ") or tok.text == "-"


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


def after_through(parse: Parse, span: Span) -> bool:
    """True when "through" stands before the name ("a tornado tore through X"): a place
    for a name the model took for a person's; not for an organisation's, which things go
    through as well ("sold through Amazon", "routed through Barclays")."""
    tok = parse.token_at(span.start)
    return tok is not None and word_before(parse, tok.i) == "through"


MOTION_CUES = frozenset({"into", "toward", "towards", "through", "across"})
PLACED_IN = frozenset({"in", "near", "outside"})


def moved_into_place(parse: Parse, span: Span) -> bool:
    """True when a motion preposition stands before the name and "in", "near" or "outside"
    and a place the model tagged follow it ("Marines pushed into Marjah in Helmand",
    "fled toward Bardarash near Dohuk"): a place in or near that one, whatever the
    model made of the name and whether the gazetteer knows it."""
    first, last = parse.token_at(span.start), parse.token_at(span.end - 1)
    toks = parse.tokens
    if first is None or last is None or last.i + 2 >= len(toks) \
            or word_before(parse, first.i) not in MOTION_CUES:
        return False
    after, place = toks[last.i + 1], toks[last.i + 2]
    return after.text in PLACED_IN and place.ent_type in {"GPE", "LOC"} \
        and place.sent == last.sent


def word_before(parse: Parse, k: int) -> str:
    """The word before token k, looking past "the" and a lowercase direction ("in the
    north X", "in central X") or a word such as "downtown" ("in downtown X", "in nearby
    X")."""
    j = k - 1
    if j > 0 and parse.tokens[j].text in DIRECTION_WORDS | PLACE_MODIFIERS:
        j -= 1
    if j > 0 and parse.tokens[j].text.lower() == "the":
        j -= 1
    return parse.tokens[j].text.lower() if j >= 0 else ""


def after_article(parse: Parse, span: Span) -> bool:
    """True after "the", directly or across lowercase modifiers ("the eastern Pacific"), but
    not across a preposition ("the north of Mosul"): English puts the article before
    oceans, seas, rivers, ranges and regions, rarely before a town's name."""
    tok = parse.token_at(span.start)
    if tok is None or next_word(parse, span)[:1].isupper():
        return False  # "the Washington Post": the article belongs to a longer name
    for prev in reversed(parse.tokens[max(0, tok.i - 4):tok.i]):
        word = prev.text
        if word.lower() == "the":
            return True
        if not word.isalpha() or not word.islower() or word in ARTICLE_STOPS:
            return False
    return False


def is_near(parse: Parse, span: Span) -> bool:
    tok = parse.token_at(span.start)
    if tok is None or tok.i < 1:
        return False
    window = [t.text.lower() for t in parse.tokens[max(0, tok.i - 3):tok.i]]
    if window and window[-1] == "of":
        return bool(set(window[:-1]) & NEAR_CUES)
    return bool(window) and window[-1] in {"near", "outside", "around"}

