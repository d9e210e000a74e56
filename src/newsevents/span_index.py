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


class GrowingSpans:
    """Spans added one by one (each with its position in a list that grows or changes in
    place); finds the first position whose span overlaps a given span, by bisection."""

    def __init__(self) -> None:
        self._keys: list[tuple[int, int]] = []  # (start, position), sorted
        self._spans: dict[int, Span] = {}
        self._longest = 0

    def put(self, position: int, span: Span) -> None:
        old = self._spans.get(position)
        if old is not None:
            self._keys.pop(bisect.bisect_left(self._keys, (old.start, position)))
        bisect.insort(self._keys, (span.start, position))
        self._spans[position] = span
        self._longest = max(self._longest, span.length)

    def first_overlapping(self, span: Span) -> int | None:
        lo = bisect.bisect_left(self._keys, (span.start - self._longest, -1))
        hi = bisect.bisect_left(self._keys, (span.end, -1))
        found = [p for _, p in self._keys[lo:hi] if self._spans[p].overlaps(span)]
        return min(found) if found else None
