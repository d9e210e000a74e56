"""Mention repair: a place name the NER model cut in two, or ran into another name.

A mention that runs a place's name into another name is split: the place's possessive
before the name of a facility, feature or district ("Middletown’s New Road", "Mogadishu's
Wadajir district": the place, and the thing in it; not "Notre Dame’s Jessica Shepard";
under an organisation's label only a building, road or feature: "Derry’s Altnagelvin
Hospital", not "Yemen’s Ministry of Defence"),
two places joined by a hyphen or "to" when the whole is no place
("Nelson-Creston", "Asia-Pacific", "Fishguard to Rosslare"; not "Guinea-Bissau"), and a
name run into the place it is in or near ("Washington University in St. Louis", "Maple in
Lemay", "Lower Shabelle around Afgoye": the name, and the place) or the places it is at ("the Dene Tha' First Nation at Chateh and Meander River"). A place
mention that is a list of names one of which the gazetteer knows gives each name ("Happy Camp
and Seiad Valley"), unless the whole is a place ("Trinidad and Tobago").
A name cut before the capitalised road word that ends it ("North State" + "Street") is the
road's, a facility; so is a state's name before a road's number ("on Texas 6").

The model often splits a multi-word place name at a word it knows from elsewhere ("Boa" GPE
+ "Vista" ORG, "Mashonaland" GPE + "West", "Mission" + "Viejo" PERSON) or leaves the rest of
the name untagged. A mention is joined with the capitalised words right before or after it
(up to four words besides particles, with a particle between two of them: "Davao del Sur",
"Santa Cruz de la Sierra", "Jammu and Kashmir", a hyphen: "Gilgit-Baltistan", or a
possessive: "Lee's Summit"; within one sentence) when the whole is exactly the name of a
country, first- or second-level region, region, or town of 1,000+ people. Only proper nouns
join (not a capitalised "The" or "In" opening a sentence). The joined mention is a GPE; the
mentions it swallows go.

Each mention looks at most three words either side, so the cost is linear in its length.
"""
from __future__ import annotations

import re

from ...lookup import GrowingSpans
from ...model import Mention, Span
from ...parse import Parse, Tok
from ...resources.gazetteer import MATCH_ALIAS, Gazetteer
from .entries import exact_places
from .facilities import is_route_number, road_number_end
from .words import (
    FACILITY_WORDS,
    FEATURE_WORDS,
    GENERIC_WORDS,
    PLACE_NOUNS,
    ROAD_END_WORDS,
    VENUE_WORDS,
)

MAX_WORDS = 4
REACH = 5  # tokens a mention is joined across
NUMBERED_ROAD_WORDS = frozenset({"route", "hwy", "interstate"})  # "State Route 9"
MIN_POPULATION = 1_000
PARTICLES = frozenset({"de", "del", "da", "do", "dos", "das", "di", "du", "la", "le", "al",
                       "el", "des"})
# Words inside one name of two joined names ("Jammu and Kashmir", "Trinidad and Tobago",
# which the model often cuts at "and"): the whole is looked up as any window is.
JOINING = PARTICLES | {"and", "upon", "on", "am", "sur", "under", "super"}  # "Kingston upon
# Thames", "Newcastle-under-Lyme", "Weston-super-Mare"
REPAIRED_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"})
# Tokens that join the words of one name when written against them: a hyphen
# ("Gilgit-Baltistan"), a possessive ("Lee's Summit", "Thompson's Station").
GLUE = frozenset({"-", "'s", "’s"})
OWNED_WORDS = FACILITY_WORDS | FEATURE_WORDS | PLACE_NOUNS | VENUE_WORDS  # what a place has
SAINTS = frozenset({"St", "Saint", "San", "Santa", "Sainte", "Ste", "King", "Queen"})  # "St.
# Peter's Square", "King's Cross": a name, not a place's possessive
OWNED_LABELS = frozenset({"GPE", "LOC", "FAC"})
# What a place has under a name the model may tag as an organisation's ("Derry’s Altnagelvin
# Hospital", "Chicago’s Field Museum"): a building, road or feature, not an institution
# ("Yemen’s Ministry of Defence", "Harvard’s Kennedy School").
OWNED_BY_LABEL = {**dict.fromkeys(OWNED_LABELS, OWNED_WORDS),
                  "ORG": FACILITY_WORDS | FEATURE_WORDS}
_POSSESSIVE = re.compile(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})['’]s ([A-Z].*)")
_AT = r"(?:in|at|near|around|outside)"  # "Washington University in St. Louis", "X near Y"
_LOCATED = re.compile(r"([A-Z].*?) " + _AT + r" ([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2})")
_NAME = r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}"
_LIST_OF_NAMES = _NAME + r"(?:, " + _NAME + r")*,? and " + _NAME  # "A, B and C"
_NAME_LIST = re.compile(_LIST_OF_NAMES)
_LOCATED_LIST = re.compile(r"([A-Z].*?) " + _AT + r" (" + _LIST_OF_NAMES + r")")
_LIST_SEP = re.compile(r",? and |, ")
PLACE_MENTION_LABELS = frozenset({"GPE", "LOC", "FAC"})
_QUALIFIED = re.compile(r"(" + _NAME + r"), (" + _NAME + r")")  # "Florence, Italy"
_ROUTE = re.compile(r"(" + _NAME + r") to (" + _NAME + r")")  # "Fishguard to Rosslare"
_HYPHENED = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)-([A-Z][\w.]*(?: [A-Z][\w.]*)?)")


def repair_mentions(mentions: tuple[Mention, ...], *, parse: Parse, gazetteer: Gazetteer
                    ) -> tuple[Mention, ...]:
    """`mentions` with each place name run into another split off and each cut place name
    joined (module doc), in text order."""
    mentions = tuple(_state_route(_with_road_word(part, parse), parse, gazetteer)
                     for m in mentions for part in _split(m, parse.text, gazetteer))
    joined: list[Mention] = []
    index = GrowingSpans()  # the joined names, for overlap tests by bisection
    for mention in mentions:
        if mention.label in REPAIRED_LABELS and not index.overlapping(mention.span):
            whole = _joined(mention, parse, gazetteer)
            if whole is not None:
                index.put(len(joined), whole.span)
                joined.append(whole)
    if not joined:
        return mentions
    kept = [m for m in mentions if not index.overlapping(m.span)]
    return tuple(sorted(kept + joined, key=lambda m: (m.span.start, m.span.end)))


def _split(mention: Mention, text: str, gazetteer: Gazetteer) -> list[Mention]:
    """A mention that runs a place's name into another name, as "Middletown’s New Road"
    (the place's possessive), "Nelson-Creston", "Asia-Pacific", "Fishguard to Rosslare"
    (two places joined by a hyphen or "to", when the whole names no place) or "Washington University in St. Louis" (a name,
    "in", "at", "near", "around" or "outside", and a place: "Lower Shabelle around Afgoye";
    or a list of places one of which the gazetteer knows): the
    place, and the rest; a place mention that is such a list ("Happy Camp and Seiad
    Valley"): each name; a place and the country or state after its comma ("Florence,
    Italy"): each."""
    surface = mention.span.of(text)
    if mention.label not in REPAIRED_LABELS:
        return [mention]
    if (owner := _POSSESSIVE.match(surface)) \
            and owner.group(1).split()[0].rstrip(".") not in SAINTS \
            and owner.group(2).split()[-1].lower() in OWNED_BY_LABEL.get(mention.label, ()) \
            and _place(gazetteer, owner.group(1)):
        rest = owner.start(2)
        return [_part(mention, 0, owner.end(1), "GPE"),
                _part(mention, rest, len(surface), mention.label)]
    if (located := _LOCATED.fullmatch(surface)) and _place(gazetteer, located.group(2)) \
            and not _place(gazetteer, surface):
        return [_part(mention, 0, located.end(1), mention.label),
                _part(mention, located.start(2), len(surface), "GPE")]
    if mention.label in PLACE_MENTION_LABELS and _NAME_LIST.fullmatch(surface) \
            and not _place(gazetteer, surface) \
            and not any(name.lower() in GENERIC_WORDS for name in _LIST_SEP.split(surface)) \
            and _knows_one(gazetteer, surface):  # not "Central and South America"
        return _listed_names(mention, surface, 0)
    if (listed := _LOCATED_LIST.fullmatch(surface)) and not _place(gazetteer, surface) \
            and _knows_one(gazetteer, listed.group(2)):
        return [_part(mention, 0, listed.end(1), mention.label),
                *_listed_names(mention, listed.group(2), listed.start(2))]
    if mention.label in PLACE_MENTION_LABELS and (pair := _QUALIFIED.fullmatch(surface)) \
            and not _place(gazetteer, surface) and _place(gazetteer, pair.group(1)) \
            and exact_places(gazetteer, pair.group(2), kinds=("country", "admin1")):
        return [_part(mention, 0, pair.end(1), "GPE"),
                _part(mention, pair.start(2), len(surface), "GPE")]
    if mention.label in PLACE_MENTION_LABELS and (cut := _run_together(surface, gazetteer)):
        return [_part(mention, 0, cut, "GPE"),
                _part(mention, cut + 1, len(surface), "GPE")]
    for joined in (_ROUTE, _HYPHENED):  # "Fishguard to Rosslare", "Nelson-Creston"
        if (pair := joined.fullmatch(surface)) and not _place(gazetteer, surface) \
                and _place(gazetteer, pair.group(1)) and _place(gazetteer, pair.group(2)):
            return [_part(mention, 0, pair.end(1), "GPE"),
                    _part(mention, pair.start(2), len(surface), "GPE")]
    return [mention]


def _run_together(surface: str, gazetteer: Gazetteer) -> int | None:
    """Where a list's comma is missing between two countries or provinces ("Cyprus, Greece
    Italy or Spain", "Ohio Indiana"): the offset of the space between the two names, when
    the whole names no place and each part is exactly a country's or a province's name."""
    if " " not in surface or _place(gazetteer, surface):
        return None
    for cut in (k for k, ch in enumerate(surface) if ch == " " and surface[k + 1:k + 2].isupper()
                and (surface[k - 1].isalnum() or surface[k - 1] == ".")):
        if _unit(gazetteer, surface[:cut]) and _unit(gazetteer, surface[cut + 1:]):
            return cut
    return None


def _unit(gazetteer: Gazetteer, name: str) -> bool:
    """A country's or province's name, not a generic word that is part of one ("Valley" of
    "The Valley", Anguilla: "the Jordan Valley")."""
    return name[:1].isupper() and name.lower() not in OWNED_WORDS | GENERIC_WORDS \
        and bool(exact_places(gazetteer, name, kinds=("country", "admin1")))


def _knows_one(gazetteer: Gazetteer, listing: str) -> bool:
    """True when the gazetteer knows one of the names of a list ("A, B and C")."""
    return any(_place(gazetteer, name) for name in _LIST_SEP.split(listing))


def _listed_names(mention: Mention, listing: str, start: int) -> list[Mention]:
    """A place mention for each name of the list `listing`, which starts at offset `start`
    of the mention."""
    return [_part(mention, start + m.start(), start + m.end(), "GPE")
            for m in re.finditer(_NAME, listing)]


def _with_road_word(mention: Mention, parse: Parse) -> Mention:
    """A name the model cut before the capitalised road word that ends it ("North State" +
    "Street", "Oak" + "Avenue"), or a road's name cut before its number ("U.S. Highway" +
    "95", "State Route" + "9"): the road, a facility (roads are often named after places
    elsewhere)."""
    last = parse.token_at(mention.span.end - 1)
    if mention.label not in REPAIRED_LABELS or last is None or last.i + 1 >= len(parse.tokens):
        return mention
    word = parse.tokens[last.i + 1]
    if last.text.lower() in ROAD_END_WORDS | NUMBERED_ROAD_WORDS and is_route_number(word.text) \
            and word.idx == mention.span.end + 1:
        return Mention(span=Span(mention.span.start, word.end), label="FAC",
                       sentence=mention.sentence)
    if word.text.lower() not in ROAD_END_WORDS or not word.text[:1].isupper() or word.ent_type \
            or word.sent != last.sent or word.idx != mention.span.end + 1:
        return mention
    return Mention(span=Span(mention.span.start, word.end), label="FAC",
                   sentence=mention.sentence)


# Words before a road ("on Texas 6", "the interchange of Texas 6", "along Missouri 291").
ROAD_CUES = frozenset({"on", "onto", "along", "off", "of", "via", "near", "and", "from", "to",
                       "at", "across", "take", "took", "closed", "reopened"})


def _state_route(mention: Mention, parse: Parse, gazetteer: Gazetteer) -> Mention:
    """A state's name and a road's number after a road's cue ("on Texas 6", "along Missouri
    291"; the number as `road_number_end` reads one): the state highway, a facility; not a
    score ("beat Kansas 70-65", "Texas 24, Oklahoma 17")."""
    toks = parse.tokens_in(mention.span)
    if mention.label not in {"GPE", "LOC"} or not toks or toks[0].i == 0 \
            or parse.tokens[toks[0].i - 1].text.lower() not in ROAD_CUES:
        return mention
    end = road_number_end(parse, mention.span)
    number = parse.token_at(end - 1) if end is not None else None
    if number is None or not number.text.isdigit() or number.idx != mention.span.end + 1 \
            or _scored(parse, number.i) \
            or not exact_places(gazetteer, mention.span.of(parse.text), kinds=("admin1",)):
        return mention
    return Mention(span=Span(mention.span.start, end), label="FAC", sentence=mention.sentence)


def _scored(parse: Parse, i: int) -> bool:
    """True when the number at token i is a score's ("70-65", "24 to 17")."""
    return i + 1 < len(parse.tokens) and parse.tokens[i + 1].text in {"-", "–", "to"}


def _part(mention: Mention, start: int, end: int, label: str) -> Mention:
    base = mention.span.start
    return Mention(span=Span(base + start, base + end), label=label, sentence=mention.sentence)


def _joined(mention: Mention, parse: Parse, gazetteer: Gazetteer) -> Mention | None:
    toks = parse.tokens_in(mention.span)
    if not toks or _words(parse, toks[0].i, toks[-1].i) >= MAX_WORDS:
        return None
    for lo, hi in _windows(parse, toks[0].i, toks[-1].i):
        span = Span(parse.tokens[lo].idx, parse.tokens[hi].end)
        if _place(gazetteer, span.of(parse.text)):
            return Mention(span=span, label="GPE", sentence=mention.sentence)
    return None


def _windows(parse: Parse, first: int, last: int) -> list[tuple[int, int]]:
    """Token ranges that extend [first, last] over name words on either side, longest
    first (ties: rightwards first)."""
    left = _reach(parse, first, step=-1)
    right = _reach(parse, last, step=1)
    out = [(lo, hi) for lo in range(first, left - 1, -1) for hi in range(last, right + 1)
           if (lo, hi) != (first, last) and _words(parse, lo, hi) <= MAX_WORDS
           and _name_word(parse.tokens[lo]) and _name_word(parse.tokens[hi])]
    return sorted(out, key=lambda r: (-(r[1] - r[0]), -r[1]))


def _reach(parse: Parse, i: int, *, step: int) -> int:
    """The furthest token index from i (in direction `step`) over joinable words of i's
    sentence (three at most, five across hyphens: "Stratford" + "-upon-Avon")."""
    toks, end = parse.tokens, i
    for _ in range(REACH):
        k = end + step
        if not 0 <= k < len(toks) or toks[k].sent != toks[i].sent:
            break
        glued = toks[k].text in GLUE and _touching(toks, min(k, end), max(k, end))
        if not (_name_word(toks[k]) or glued or toks[k].text in JOINING):
            break
        end = k
    return end


def _touching(toks: tuple[Tok, ...] | list[Tok], a: int, b: int) -> bool:
    return toks[a].end == toks[b].idx


def _name_word(tok: Tok) -> bool:
    """A proper noun, not "The" (which adds nothing to a name's lookup)."""
    return tok.pos == "PROPN" and tok.text[:1].isupper() and tok.text != "The"


def _words(parse: Parse, lo: int, hi: int) -> int:
    """The words of a name but its particles ("Santa Cruz de la Sierra" has three)."""
    return sum(1 for t in parse.tokens[lo:hi + 1]
               if t.text[:1].isalpha() and t.text.lower() not in JOINING)


def _place(gazetteer: Gazetteer, name: str) -> bool:
    """True when `name` is exactly the name of a unit, region or town of 1,000+ people."""
    return any(c.match <= MATCH_ALIAS and (c.kind in {"country", "admin1", "admin2", "region"}
                                           or c.population >= MIN_POPULATION)
               for c in gazetteer.candidates(name, limit=10))
