"""SpanPositions answers exactly what a scan over all spans answers."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsevents.model import Span
from newsevents.lookup import SpanPositions

SPANS = st.tuples(st.integers(0, 60), st.integers(0, 15)).map(lambda t: Span(t[0], t[0] + t[1]))


@given(st.lists(SPANS, max_size=40), SPANS)
def test_within_and_containing_match_a_scan(spans: list[Span], probe: Span) -> None:
    index = SpanPositions(spans)
    assert index.within(probe) == [k for k, s in enumerate(spans) if probe.contains(s)]
    assert index.containing(probe) == [k for k, s in enumerate(spans) if s.contains(probe)]


@given(st.lists(st.tuples(st.integers(0, 12), SPANS), max_size=40), SPANS)
def test_growing_spans_find_the_first_overlap_like_a_scan(puts: list, probe: Span) -> None:  # type: ignore[type-arg]
    from newsevents.lookup import GrowingSpans

    index, current = GrowingSpans(), {}
    for position, span in puts:
        index.put(position, span)
        current[position] = span
    found = [p for p, s in sorted(current.items()) if s.overlaps(probe)]
    assert index.first_overlapping(probe) == (found[0] if found else None)
