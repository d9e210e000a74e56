"""Spans sorted once, looked up by bisection: which items lie within, or contain, a span.

Stages that asked "which events/figures/claims are inside this span?" by scanning every item
for every span were quadratic in the article's length. Lookups here return item positions in
the items' original order, so a rule that takes "the first" or breaks ties by order is unchanged.
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence

from .model import Span


class SpanIndex:
    def __init__(self, spans: Sequence[Span]) -> None:
        order = sorted(range(len(spans)), key=lambda k: (spans[k].start, k))
        self._spans = [spans[k] for k in order]
        self._order = order
        self._starts = [s.start for s in self._spans]
        self._longest = max((s.length for s in spans), default=0)

    def within(self, span: Span) -> list[int]:
        """Positions of the spans lying inside `span`, in original order."""
        lo = bisect.bisect_left(self._starts, span.start)
        hi = bisect.bisect_right(self._starts, span.end)
        return sorted(self._order[k] for k in range(lo, hi) if self._spans[k].end <= span.end)

    def containing(self, span: Span) -> list[int]:
        """Positions of the spans that contain `span`, in original order."""
        lo = bisect.bisect_left(self._starts, span.end - self._longest)
        hi = bisect.bisect_right(self._starts, span.start)
        return sorted(self._order[k] for k in range(lo, hi) if self._spans[k].end >= span.end)
