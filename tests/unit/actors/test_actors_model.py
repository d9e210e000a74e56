"""The actor stage with the real spaCy model on short articles of our own."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from newsevents.model import Actor, ArticleAnalysis

pytestmark = pytest.mark.model

ARTICLE = (
    "BAGHDAD (Wire) -- Prime Minister Nuri al-Maliki told lawmakers on Monday that the army "
    "would retake the northern town within days. \"We will not abandon our people,\" he said.\n\n"
    "A senior security official in Baghdad said that Iran's Revolutionary Guard had sent "
    "advisers. Iranian officials denied the report. Tehran has said it is not involved.\n\n"
    "Militants from the Islamic State of Iraq and the Levant, or ISIL, attacked a checkpoint, "
    "and ISIL fighters later withdrew. U.S. troops were not involved, the Pentagon said.\n\n"
    "The International Organization for Migration (IOM) said 20,000 people had fled. "
    "Al-Maliki later thanked the IOM, according to state-run Al Iraqiya."
)


def actor_with(analysis: ArticleAnalysis, surface: str) -> Actor:
    text = analysis.article.text
    return next(a for a in analysis.actors if any(m.of(text) == surface for m in a.mentions))


def test_model_news_article_actors(analyze_text: Callable[..., ArticleAnalysis]) -> None:
    analysis = analyze_text(ARTICLE, until="actors", published=dt.date(2014, 6, 20))
    maliki = actor_with(analysis, "he")
    assert maliki is actor_with(analysis, "Al-Maliki")
    assert (maliki.kind, maliki.country, maliki.sector) == ("person", "IRQ", "GOV")
    official = actor_with(analysis, "A senior security official in Baghdad")
    assert (official.kind, official.country) == ("agent", "IRQ")
    guard = actor_with(analysis, "Revolutionary Guard")
    assert (guard.country, guard.sector) == ("IRN", "MIL")
    assert actor_with(analysis, "Iranian officials").code == "IRNGOV"
    assert actor_with(analysis, "Tehran").code == "IRNGOV"
    isil = actor_with(analysis, "ISIL")
    assert isil.kind == "armed_group" and len(isil.mentions) >= 3
    assert actor_with(analysis, "IOM") is actor_with(analysis, "International Organization for Migration")
    assert actor_with(analysis, "U.S. troops").code == "USAMIL"
    assert actor_with(analysis, "Al Iraqiya").sector == "JRN"


def test_model_title_holder_changes_with_publication_date(
        analyze_text: Callable[..., ArticleAnalysis]) -> None:
    text = "The Iraqi Prime Minister said on Sunday that the army would hold the city."
    names = []
    for published in (dt.date(2014, 6, 1), dt.date(2015, 6, 1)):
        analysis = analyze_text(text, until="actors", published=published)
        names.append(actor_with(analysis, "The Iraqi Prime Minister").name)
    assert names[0] != names[1]
    assert "Maliki" in names[0] and "Abadi" in names[1]


def test_model_traps_place_names_and_surnames(analyze_text: Callable[..., ArticleAnalysis]) -> None:
    text = ("Jordan Peterson spoke in Paris on Friday. Kim Jong Un and Kim Yo Jong watched a "
            "parade. Kim Yo Jong later said the parade was a success.")
    analysis = analyze_text(text, until="actors", published=dt.date(2020, 1, 10))
    assert not any(a.kind == "country" and a.country == "JOR" for a in analysis.actors)
    kims = [a for a in analysis.actors if a.kind == "person" and "Kim" in a.name]
    assert len(kims) == 2
    assert len(actor_with(analysis, "Kim Yo Jong").mentions) == 2
