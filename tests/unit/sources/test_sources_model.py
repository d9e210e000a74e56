"""Quotes, figures, claims and contradictions end to end on our own article (real model)."""
from __future__ import annotations

import pytest

ARTICLE = """Pakistan denies sending troops as fighting spreads near Kandahar

A senior army officer in Kabul told Reuters on Monday that Pakistan has sent about 300 border troops to help the insurgents near Spin Boldak.

However, Pakistani officials, including Foreign Minister Ahmed Khan, have denied the reports that its soldiers are in Afghanistan to support the rebels.

"We have made our position clear. We are not involved in this conflict," Pakistani Foreign Ministry spokeswoman Sara Malik told reporters on Tuesday.

The governor, Abdul Wali, said hundreds of families had fled the district since the weekend.

"Our clinics are full," he said.

"The doctors are working day and night. We need medicine, fuel and blood."

"The number of people killed may run into the hundreds, and the number of injured is said to be approaching 800," said Maria Lopez, a United Nations official.

More than 40,000 people fled Kandahar in the past week, the International Organization for Migration said.

It is unclear whether the border crossing at Chaman will reopen this week.

The finance ministry also denied that it had raised fuel prices.

A senior army officer in Kabul later repeated that Pakistan had sent troops.

A 35-year-old driver was among the dead, about 80 miles from the city, where a nine-year-old school was destroyed in 2011.
"""

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def analysis(analyze_text):  # type: ignore[no-untyped-def]
    return analyze_text(ARTICLE, until="claims")


def _text(analysis, span):  # type: ignore[no-untyped-def]
    return span.of(analysis.article.text) if span else None


def test_quotes_and_speakers(analysis) -> None:  # type: ignore[no-untyped-def]
    def by_start(prefix: str):  # type: ignore[no-untyped-def]
        return next(q for q in analysis.quotes if _text(analysis, q.span).startswith(prefix))

    officer = by_start("Pakistan has sent")
    assert (officer.kind, officer.cue) == ("indirect", "tell")
    assert _text(analysis, officer.speaker_span) == "A senior army officer in Kabul"
    malik = by_start("We have made our")
    assert malik.kind == "direct" and "Sara Malik" in _text(analysis, malik.speaker_span)
    clinics = by_start("Our clinics")
    follow = by_start("The doctors")
    assert follow.cue is None and follow.speaker_span == clinics.speaker_span
    lopez = by_start("The number of people")
    assert _text(analysis, lopez.speaker_span) == "Maria Lopez"


def test_figures_with_ranges_hedges_and_sources(analysis) -> None:  # type: ignore[no-untyped-def]
    got = {(f.category, f.low, f.high, f.qualifier, f.hedged): f for f in analysis.figures}
    assert set(got) == {
        ("troops", 300, 300, "approximate", False),
        ("displaced", 200, 999, "vague", False),
        ("killed", 100, 999, "vague", True),
        ("wounded", None, 799, "less_than", True),
        ("displaced", 40_001, None, "more_than", False),
    }
    iom = got[("displaced", 40_001, None, "more_than", False)]
    assert _text(analysis, iom.attribution_span) == "the International Organization for Migration"
    troops = got[("troops", 300, 300, "approximate", False)]
    assert _text(analysis, troops.attribution_span) == "A senior army officer in Kabul"
    assert _text(analysis, got[("killed", 100, 999, "vague", True)].attribution_span) == "Maria Lopez"


def test_claim_denial_and_contradiction(analysis) -> None:  # type: ignore[no-untyped-def]
    claims = {c.id: c for c in analysis.claims}
    troops = next(c for c in analysis.claims if _text(analysis, c.span).startswith("Pakistan has sent"))
    denial = next(c for c in analysis.claims if "its soldiers are in Afghanistan" in _text(analysis, c.span))
    assert (troops.polarity, denial.polarity) == ("asserts", "denies")
    assert denial.figure == troops.figure is not None
    pairs = {(x.claim_a, x.claim_b) for x in analysis.contradictions}
    assert (troops.id, denial.id) in pairs
    for found in analysis.contradictions:  # a source repeating itself is no dispute
        a, b = claims[found.claim_a], claims[found.claim_b]
        assert _text(analysis, a.claimant_span) != _text(analysis, b.claimant_span)


def test_denial_of_something_else_is_not_linked(analysis) -> None:  # type: ignore[no-untyped-def]
    fuel = next(c for c in analysis.claims if "fuel prices" in _text(analysis, c.span))
    assert fuel.polarity == "denies"
    assert fuel.event is None and fuel.figure is None
    assert all(fuel.id not in (x.claim_a, x.claim_b) for x in analysis.contradictions)


def test_doubt_is_uncertain(analysis) -> None:  # type: ignore[no-untyped-def]
    doubt = next(c for c in analysis.claims if "border crossing" in _text(analysis, c.span))
    assert doubt.polarity == "uncertain"
