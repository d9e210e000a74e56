"""Round-trip: any quantity the parser can return, written in words, parses back to itself."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsevents.numbers import VAGUE, Quantity, find, parse, render

COUNT = st.integers(min_value=0, max_value=10**10)
POSITIVE = st.integers(min_value=1, max_value=10**10)


def _ranges() -> st.SearchStrategy[Quantity]:
    return st.tuples(COUNT, POSITIVE).map(lambda t: Quantity(t[0], t[0] + t[1], "range"))


QUANTITIES = st.one_of(
    COUNT.map(lambda n: Quantity(n, n, "exact")),
    COUNT.map(lambda n: Quantity(n, n, "approximate")),
    POSITIVE.map(lambda n: Quantity(n + 1, None, "more_than")),
    COUNT.map(lambda n: Quantity(n, None, "at_least")),
    COUNT.map(lambda n: Quantity(None, n, "at_most")),
    POSITIVE.map(lambda n: Quantity(None, n - 1, "less_than")),
    _ranges(),
    st.sampled_from(sorted(set(VAGUE.values()))).map(lambda b: Quantity(b[0], b[1], "vague")),
)


@given(QUANTITIES)
def test_render_in_digits_parses_back(quantity: Quantity) -> None:
    assert parse(render(quantity)) == quantity


@given(QUANTITIES)
def test_render_in_words_parses_back(quantity: Quantity) -> None:
    assert parse(render(quantity, words=True)) == quantity


@given(QUANTITIES, st.sampled_from(["killed", "people fled", "troops were sent"]))
def test_find_locates_the_rendered_phrase_in_a_sentence(quantity: Quantity, tail: str) -> None:
    phrase = render(quantity)
    text = f"Officials said {phrase} {tail} on Monday."
    found = find(text)
    assert [(f.start, f.end, f.quantity) for f in found] == [
        (15, 15 + len(phrase), quantity)]
