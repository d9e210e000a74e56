"""Figures that are parts of another ("12 people were killed, including 4 children": the 4 are
among the 12, not added to them), and who the counted people were (the `victims` attribute)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ... import numbers
from ...model import Figure
from ...parse import Parse, Tok
from .roles import Counted, counted_noun, is_person
from ..quotes.speech import SourceLexicon
from .victims import Victim

PART_CUE = re.compile(r"\b(?:including|among them|among whom|among those|among the dead"
                      r"|among the injured|among the wounded|of whom|of them|of those)\b",
                      re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?]\s")


def link_parts(text: str, figures: Sequence[Figure]) -> list[Figure]:
    """Mark each figure that follows a part cue after a figure of its category in the same
    sentence as a part of that figure (figures in text order; linear in their number)."""
    out: list[Figure] = []
    last: dict[str, Figure] = {}
    for figure in figures:
        total = last.get(figure.category)
        if total is not None and total.part_of is None and _is_part(text, total, figure):
            figure = replace(figure, part_of=total.id)
        out.append(figure)
        if figure.part_of is None:
            last[figure.category] = figure
    return out


def _is_part(text: str, total: Figure, figure: Figure) -> bool:
    between = text[total.span.end:figure.span.start]
    if SENTENCE_END.search(between) or len(between) > 120:
        return False
    if total.low is not None and figure.high is not None and figure.high > total.low:
        return False
    return PART_CUE.search(between) is not None


def covers(victim: Victim, inside: Sequence[Figure]) -> bool:
    """A coordination of described victims holding numeric parts ("a mother and her two
    children") counts more than those parts: it is their total."""
    return all(victim.span.contains(f.span) and not f.described for f in inside) and \
        victim.count > sum(f.low or 0 for f in inside)


def part_of_total(parse: Parse, num: Tok, found: numbers.Found, before: Figure | None, *,
                  lexicon: SourceLexicon, phrase: range) -> Counted | None:
    """A count of people right after a part cue that follows a figure ("were killed, including
    four children") counts people of that figure's category (`link_parts` then marks it)."""
    if before is None or before.category in ("troops", "protesters"):
        return None
    between = parse.text[before.span.end:found.start]
    if SENTENCE_END.search(between) or len(between) > 60 or not PART_CUE.search(between):
        return None
    noun = counted_noun(parse, num, phrase)
    if noun.i == num.i or not is_person(noun, num, lexicon=lexicon):
        return None
    return Counted(noun, before.category, None)


def victim_kind(noun: Tok, *, lexicon: SourceLexicon) -> str | None:
    """Who the counted people were, from the counted noun ("soldiers" → military)."""
    lemma = noun.lemma.lower()
    return lexicon.victim_kinds.get(lemma) or lexicon.victim_kinds.get(noun.text.lower())
