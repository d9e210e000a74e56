"""SpanIndex answers exactly what a scan over all spans answers."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsevents.model import Span
from newsevents.span_index import SpanIndex

SPANS = st.tuples(st.integers(0, 60), st.integers(0, 15)).map(lambda t: Span(t[0], t[0] + t[1]))


@given(st.lists(SPANS, max_size=40), SPANS)
def test_within_and_containing_match_a_scan(spans: list[Span], probe: Span) -> None:
    index = SpanIndex(spans)
    assert index.within(probe) == [k for k, s in enumerate(spans) if probe.contains(s)]
    assert index.containing(probe) == [k for k, s in enumerate(spans) if s.contains(probe)]
