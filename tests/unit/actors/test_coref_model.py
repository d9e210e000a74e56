"""Coreference with the real spaCy model on short articles of our own."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from newsevents.model import Actor, ArticleAnalysis

pytestmark = pytest.mark.model

ARTICLE = (
    "U.N. human rights chief Lena Moreau on Thursday voiced alarm over the fighting in the "
    "province. She also cited reports that rebel fighters had executed prisoners during their "
    "capture of the town.\n\n"
    "Tehran has denied sending troops. Iranian officials say the government will not send "
    "soldiers abroad.\n\n"
    "“We are not fighting in Syria,” Foreign Ministry spokeswoman Leila Navabi told reporters "
    "on Friday."
)


def actor_with(analysis: ArticleAnalysis, surface: str) -> Actor | None:
    text = analysis.article.text
    return next((a for a in analysis.actors if any(m.of(text) == surface for m in a.mentions)),
                None)


def test_model_pronouns_and_state_title_country(
        analyze_text: Callable[..., ArticleAnalysis]) -> None:
    analysis = analyze_text(ARTICLE, until="actors", published=dt.date(2016, 3, 4))
    moreau = actor_with(analysis, "She")
    assert moreau is not None and "Moreau" in moreau.name
    their = actor_with(analysis, "their")
    assert their is not None and their.sector == "REB"
    navabi = next(a for a in analysis.actors if a.name == "Leila Navabi")
    assert (navabi.country, navabi.sector) == ("IRN", "GOV")


def test_model_coordinated_agents_and_distinct_unnamed_sources(
        analyze_text: Callable[..., ArticleAnalysis]) -> None:
    text = ("The government scrambled on Monday to rally the army and recruit volunteer fighters. "
            "A senior security official in Baghdad told reporters that the militants were "
            "retreating. A senior Iranian government official said Tehran was watching closely.")
    analysis = analyze_text(text, until="actors", published=dt.date(2016, 3, 4))
    spans = [m.of(text) for a in analysis.actors for m in a.mentions]
    assert not any("recruit" in m for m in spans)
    assert actor_with(analysis, "the army") is not None
    baghdad = actor_with(analysis, "A senior security official in Baghdad")
    iranian = actor_with(analysis, "A senior Iranian government official")
    assert baghdad is not None and iranian is not None and baghdad is not iranian
    assert (baghdad.country, iranian.country) == ("IRQ", "IRN")
