"""Figures that are parts of another ("12 people were killed, including 4 children": the 4 are
among the 12, not added to them), and who the counted people were (the `victims` attribute)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..model import Figure
from ..parse import Tok
from .speech import SourceLexicon

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


def victim_kind(noun: Tok, *, lexicon: SourceLexicon) -> str | None:
    """Who the counted people were, from the counted noun ("soldiers" → military)."""
    lemma = noun.lemma.lower()
    return lexicon.victim_kinds.get(lemma) or lexicon.victim_kinds.get(noun.text.lower())
