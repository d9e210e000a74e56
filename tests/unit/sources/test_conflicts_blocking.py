"""Blocking of figure pairs: exactly the pairs `same_count` accepts, and few of them."""
from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from newsevents.model import Figure, Span
from newsevents.stages.claims.conflicts import RIVALS, rival_pairs, same_count

FIGURE = st.tuples(st.sampled_from(["killed", "wounded"]), st.sampled_from([None, "e1", "e2"]),
                   st.sampled_from([None, "p1", "p2"]))


def figures(specs: list[tuple[str, str | None, str | None]]) -> list[Figure]:
    return [Figure(id=f"f{k}", category=c, low=1, high=1, qualifier="exact", span=Span(k, k + 1),
                   event=e, place=p) for k, (c, e, p) in enumerate(specs)]


@given(st.lists(FIGURE, max_size=30))
def test_blocked_pairs_are_the_pairs_a_full_scan_accepts(specs: list) -> None:  # type: ignore[type-arg]
    figs = figures(specs)
    want = [(i, j) for i, j in itertools.combinations(range(len(figs)), 2)
            if same_count(figs[i], figs[j])]
    assert [(i, j) for i, j in rival_pairs(figs) if same_count(figs[i], figs[j])] == want


def test_many_figures_with_their_own_events_make_no_pairs() -> None:
    figs = figures([("killed", f"e{k}", "p1") for k in range(5000)])
    assert rival_pairs(figs) == []


def test_a_block_is_compared_within_a_window() -> None:
    figs = figures([("killed", None, "p1")] * 2000)
    assert len(rival_pairs(figs)) <= 2000 * RIVALS
