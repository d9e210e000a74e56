"""Denials and what they answer, end to end on two short articles of our own (real model):
a negated commitment is no denial; a denial answers the claim about the same kind of event by
its own side, not merely the latest claim; a denial of something else stays unlinked."""
from __future__ import annotations

import pytest

SHELLING = """Government forces shelled the main market in Malakal overnight, witnesses said.

The Freedom Brigade captured a police station near the market on Sunday, two local officials said.

"We will not allow the rebels to take the town," a government spokesman said.

"Our forces have not shelled any market," army commander Colonel James Deng told reporters.

The finance ministry denied the reports that fuel prices had doubled.
"""

TROOPS = """A senior Western diplomat told reporters on Tuesday that Chad has sent about 400 special forces to fight alongside Nigerian troops near Maiduguri.

President Musa Bello said thousands of Nigerian volunteers had come forward to fight against the insurgents.

"We are not involved in this war," Chadian Foreign Ministry spokesman Idriss Mahamat told reporters on Wednesday.

Chadian officials have also denied the reports that its soldiers are in Nigeria.

"Chad will never send troops to fight a war that is not ours," Mahamat added.
"""

pytestmark = pytest.mark.model


def _claim(analysis, start: str):  # type: ignore[no-untyped-def]
    text = analysis.article.text
    return next(c for c in analysis.claims if c.span.of(text).startswith(start))


def _pairs(analysis):  # type: ignore[no-untyped-def]
    return {(x.claim_a, x.claim_b) for x in analysis.contradictions}


@pytest.fixture(scope="module")
def shelling(analyze_text):  # type: ignore[no-untyped-def]
    return analyze_text(SHELLING, until="claims")


@pytest.fixture(scope="module")
def troops(analyze_text):  # type: ignore[no-untyped-def]
    return analyze_text(TROOPS, until="claims")


def test_commitment_is_not_a_denial(shelling, troops) -> None:  # type: ignore[no-untyped-def]
    assert _claim(shelling, "We will not allow").polarity == "asserts"
    assert _claim(troops, "Chad will never send").polarity == "asserts"


def test_denial_answers_the_same_kind_of_event(shelling) -> None:  # type: ignore[no-untyped-def]
    shelled = _claim(shelling, "Government forces shelled")
    captured = _claim(shelling, "The Freedom Brigade captured")
    denial = _claim(shelling, "Our forces have not shelled")
    assert denial.polarity == "denies" and denial.event == shelled.event is not None
    assert _pairs(shelling) == {(shelled.id, denial.id)}
    assert all(captured.id not in pair for pair in _pairs(shelling))


def test_denial_of_something_else_stays_unlinked(shelling) -> None:  # type: ignore[no-untyped-def]
    fuel = _claim(shelling, "fuel prices")
    assert fuel.polarity == "denies" and fuel.event is None and fuel.figure is None


def test_denials_answer_the_claim_about_the_deniers_side(troops) -> None:  # type: ignore[no-untyped-def]
    sent = _claim(troops, "Chad has sent")
    volunteers = _claim(troops, "thousands of Nigerian volunteers")
    spokesman = _claim(troops, "We are not involved")
    officials = _claim(troops, "its soldiers are in Nigeria")
    assert {(sent.id, spokesman.id), (sent.id, officials.id)} == _pairs(troops)
    assert all(volunteers.id not in pair for pair in _pairs(troops))
    reason = next(x.reason for x in troops.contradictions if x.claim_b == officials.id)
    assert "Chadian officials deny it" in reason
    assert all(x.figure == sent.figure is not None for x in troops.contradictions)
