"""Indexes from spans to the actors and places that cover them (used by later stages)."""
from __future__ import annotations

import bisect
from collections.abc import Iterable

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
