"""Titles: the word for an office before a name says whose name it is.

- a name right after a capitalised title ("Police Chief Cleveland Spruill", "Mr. Jordan",
  "Gen. Lee") is a person's, whatever the model's label: no place is read in it;
- capitalised words before an office's title inside a person's name ("Dalton Mayor David
  Reyes", "Hammond Health Officer Ana Cruz") name the office's town or county: they are
  read as an institution's name is ("Dalton Mayor" as "the Dalton Police Department",
  inside.py), the place flagged `embedded`.
"""
from __future__ import annotations

from functools import lru_cache

from ...model import Mention, Span
from ...parse import Parse

# Titles of offices and ranks, folded ("Gov." → "gov."), written before a person's name.
TITLE_WORDS = frozenset({
    "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "col.", "capt.", "lt.", "sgt.", "gov.",
    "sen.", "rep.", "mayor", "governor", "senator", "president", "chief", "sheriff",
    "judge", "officer", "commissioner", "councillor", "councilor", "councilman",
    "councilwoman", "superintendent", "coroner", "prosecutor", "minister", "premier",
    "vice-mayor", "mp", "mla",
})
# Titles of a town's or county's own offices: the words before them name the place.
LOCAL_TITLE_WORDS = frozenset({
    "mayor", "vice-mayor", "sheriff", "councillor", "councilor", "councilman",
    "councilwoman", "superintendent", "coroner", "officer", "chief", "commissioner",
})


def after_title(parse: Parse, span: Span) -> bool:
    """True when the word right before the span is a capitalised title ("Chief X")."""
    toks = parse.tokens_in(span)
    if not toks or toks[0].i == 0:
        return False
    before = parse.tokens[toks[0].i - 1]
    return before.text[:1].isupper() and before.text.lower() in TITLE_WORDS


MAX_AGE = 120


def before_age(parse: Parse, span: Span) -> bool:
    """True when a person's age follows the name between commas ("Hamdi, 22, was
    captured", "Jordan, 56, was shot", "Ali Hassan, 28, of Velm"): the name is a person's,
    whatever the model's label and whatever place bears it."""
    toks = parse.tokens_in(span)
    if not toks or toks[-1].i + 3 >= len(parse.tokens):
        return False
    comma, age, after = parse.tokens[toks[-1].i + 1:toks[-1].i + 4]
    return comma.text == "," and age.text.isascii() and age.text.isdigit() \
        and 0 < int(age.text) <= MAX_AGE and after.text in {",", ";", ")"}


def office_place_span(mention: Mention, parse: Parse) -> Span | None:
    """In a person's mention, the span from its first word to the first local office's
    title after it ("Dalton Mayor" of "Dalton Mayor David Reyes"), when capitalised words
    come before the title; else None."""
    toks = parse.tokens_in(mention.span)
    for k, tok in enumerate(toks[1:], start=1):
        if tok.text.lower() in LOCAL_TITLE_WORDS and tok.text[:1].isupper():
            if all(t.text[:1].isupper() for t in toks[:k]):
                return Span(toks[0].idx, tok.end)
            return None
    return None


def person_elsewhere(key: str, persons: frozenset[str]) -> bool:
    """True when `key` (folded) ends a longer person name of the article (`persons`,
    folded): "welsh" after "Irvine Welsh", "van gogh" after "Vincent van Gogh"."""
    return key in _name_endings(persons)


def word_of_person(key: str, persons: frozenset[str]) -> bool:
    """True when `key` (folded, one word) is any word of a person name of several words of
    the article (`persons`, folded): "charlotte" of "Charlotte Reyes", "houston" of "Sam
    Houston"."""
    return key in _name_words(persons)


@lru_cache(maxsize=16)
def _name_words(persons: frozenset[str]) -> frozenset[str]:
    return frozenset(word for name in persons if " " in name for word in name.split())


@lru_cache(maxsize=16)
def _name_endings(persons: frozenset[str]) -> frozenset[str]:
    """Every ending after a space of the persons' names of several words, built once per
    article's set of names (a set lookup, not a scan of every name per mention)."""
    return frozenset(name[k + 1:] for name in persons for k, ch in enumerate(name) if ch == " ")
