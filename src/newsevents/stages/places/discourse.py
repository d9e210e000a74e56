"""One sense per discourse: a name the article uses as a place keeps that sense wherever it
recurs, whatever the NER model made of the other occurrences.

News repeats a place's name: "Flooding hit Riverdale on Monday … the Riverdale fire chief
said … Riverdale residents" — the model tags the first as GPE and the others as ORG, PERSON,
NORP or nothing. Once the article has named a place (with a place label, or in a place
context: see cues.py and placing.py), the same name, written the same way, is that place:

- a mention with another label whose whole surface is the name ("Nelson said" after "in
  Nelson"), unless the name is the surname of a person the article names ("Dana Nelson");
- an untagged proper noun of one to three words that is the name, unless a proper noun
  goes on after it ("Nelson Mandela");
- the name inside an organisation's or event's name, at the start of a run of capitalised
  words, after "of" or at its end ("the Riverdale Fire Department", "the Bank of Nelson"),
  flagged `embedded`.

Only names of the article's own places are read, so the cost is linear in the number of
mentions and tokens.
"""
from __future__ import annotations

from dataclasses import replace

from ...model import ArticleAnalysis, Mention, Span
from ...parse import Parse
from ...resources.gazetteer import Gazetteer
from ...resources.place_names import fold
from .initials import initialisms
from .inside import name_windows
from .toponym import PLACE_LABELS, CountryRef, Toponym, make_toponym, settle, without_possessive
from .titles import person_elsewhere
from .toponyms import person_names, recognize

MAX_NAME_TOKENS = 3


def find_toponyms(analysis: ArticleAnalysis, *, parse: Parse, gazetteer: Gazetteer,
                   speech_verbs: frozenset[str], dateline_town: str | None = None
                   ) -> tuple[list[Toponym], list[CountryRef]]:
    """`recognize`'s toponyms and country references, with the other occurrences of the
    article's place names and the initials of its countries ("SA": initials.py) added;
    `dateline_town` is the name of the town the dateline gives, cleaned off the text
    ("FLORENCE, Ala."): the article's place too, wherever the story repeats it."""
    toponyms, refs = recognize(analysis, parse, gazetteer, speech_verbs=speech_verbs)
    more = echoes(parse, mentions=analysis.mentions, toponyms=toponyms,
                  persons=person_names(analysis),
                  extra=frozenset({dateline_town} if dateline_town else ()))
    more += initialisms(parse, analysis.mentions, toponyms, refs, gazetteer)
    return settle(toponyms + more, refs) if more else (toponyms, refs)


def anchor_names(toponyms: list[Toponym], text: str) -> frozenset[str]:
    """The names (as written) of the article's places named by a place label or context
    (whatever the model's label: "the state of Guerrero" tagged PERSON): not facilities
    ("the White House" is no town), names inside organisations' names, or demonyms."""
    return frozenset(t.span.of(text) for t in toponyms
                     if t.label != "FAC" and not t.embedded and not t.demonym
                     and t.span.of(text)[:1].isupper())


def echoes(parse: Parse, *, mentions: tuple[Mention, ...], toponyms: list[Toponym],
           persons: frozenset[str], extra: frozenset[str] = frozenset()) -> list[Toponym]:
    """Toponyms for the other occurrences of the article's place names and of the `extra`
    names (module doc)."""
    text = parse.text
    anchors = anchor_names(toponyms, text)
    names = {n for n in anchors | extra if not person_elsewhere(fold(n), persons)}
    if not names:
        return []
    taken = {t.span for t in toponyms}
    out = _in_mentions(parse, mentions, names, taken, spoken=names & anchors) \
        + _untagged(parse, mentions, names)
    return [t for t in out if t.span not in taken]


def _in_mentions(parse: Parse, mentions: tuple[Mention, ...], names: set[str],
                 taken: set[Span], *, spoken: set[str]) -> list[Toponym]:
    """`spoken`: the names a mention tagged as a person may stand for whole; the dateline's
    town, which the story does not name as a place, may not ("JACKSON, Miss. — … Jackson
    said" is a person)."""
    text = parse.text
    out: list[Toponym] = []
    for mention in mentions:
        if mention.label in PLACE_LABELS or mention.span in taken:
            continue
        mention = without_possessive(mention, text)
        surface = mention.span.of(text)
        if surface in names and (mention.label != "PERSON" or surface in spoken):
            out.append(make_toponym(mention.span, surface, "GPE", parse))
            continue
        out.extend(replace(make_toponym(span, span.of(text), "GPE", parse), embedded=True)
                   for span in _inside(mention.span, text, names))
    return out


def _inside(span: Span, text: str, names: set[str]) -> list[Span]:
    """Spans of the place names inside a longer name, where a town's name may stand."""
    surface = span.of(text)
    found: list[Span] = []
    covered = -1
    for start, part, may_place in name_windows(surface):
        if start >= covered and may_place and part in names and part != surface:
            found.append(Span(span.start + start, span.start + start + len(part)))
            covered = start + len(part)
    return found


def _untagged(parse: Parse, mentions: tuple[Mention, ...], names: set[str]) -> list[Toponym]:
    """Runs of one to three untagged proper nouns that are a place name of the article."""
    covered = {tok.i for m in mentions for tok in parse.tokens_in(m.span)}
    toks = parse.tokens
    out: list[Toponym] = []
    for tok in toks:
        if tok.i in covered or tok.pos != "PROPN" or (tok.i and toks[tok.i - 1].pos == "PROPN"):
            continue
        end = tok.i
        while end + 1 < len(toks) and toks[end + 1].pos == "PROPN" and end + 1 not in covered \
                and end + 1 - tok.i < MAX_NAME_TOKENS:
            end += 1
        if end + 1 < len(toks) and toks[end + 1].pos == "PROPN":
            continue  # the name goes on ("Nelson Mandela")
        span = Span(tok.idx, toks[end].end)
        if span.of(parse.text) in names:
            out.append(make_toponym(span, span.of(parse.text), "GPE", parse))
    return out
