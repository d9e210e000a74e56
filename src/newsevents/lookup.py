"""Span indexes: from spans to the actors and places that cover them (`SpanIndex`), to the
positions of items inside or around them (`SpanPositions`), and to the first of a growing list
that overlaps them (`GrowingSpans`). All look up by bisection, never by scanning every item."""
from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from .model import Actor, Place, Span


class SpanIndex:
    """Maps character spans to the ids of the records whose mentions overlap them."""

    def __init__(self, items: Iterable[tuple[str, Span]]) -> None:
        pairs = sorted(((span.start, span.end, ident) for ident, span in items))
        self._starts = [p[0] for p in pairs]
        self._pairs = pairs

    def at(self, span: Span) -> str | None:
        """The id whose mention overlaps `span` most tightly (shortest overlapping mention)."""
        hi = bisect.bisect_left(self._starts, span.end)
        best: tuple[int, str] | None = None
        for start, end, ident in self._pairs[max(0, hi - 64):hi]:
            if start < span.end and span.start < end and (best is None or (end - start, ident) < best):
                best = (end - start, ident)
        return best[1] if best else None

    def all_at(self, span: Span) -> list[str]:
        hi = bisect.bisect_left(self._starts, span.end)
        found = [
            (end - start, ident)
            for start, end, ident in self._pairs[max(0, hi - 64):hi]
            if start < span.end and span.start < end
        ]
        seen: dict[str, None] = {}
        for _, ident in sorted(found):
            seen.setdefault(ident)
        return list(seen)


def actor_index(actors: Iterable[Actor]) -> SpanIndex:
    return SpanIndex((a.id, span) for a in actors for span in a.mentions)


def place_index(places: Iterable[Place]) -> SpanIndex:
    return SpanIndex((p.id, span) for p in places for span in p.mentions)


class SpanPositions:
    """Spans sorted once; positions of the spans inside, or containing, a span (linear-time
    replacements for scanning every item for every span)."""

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
        found = self.overlapping(span)
        return found[0] if found else None

    def overlapping(self, span: Span) -> list[int]:
        """Positions whose span overlaps `span`, in position order."""
        lo = bisect.bisect_left(self._keys, (span.start - self._longest, -1))
        hi = bisect.bisect_left(self._keys, (span.end, -1))
        return sorted(p for _, p in self._keys[lo:hi] if self._spans[p].overlaps(span))
