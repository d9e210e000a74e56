"""Casualty counts on our own sentences (real model): each kind of issue 11, as the article's
summary (killed low, wounded low) and the figures behind it."""
from __future__ import annotations

import pytest

from newsevents.pipeline import build_pipeline
from tests.conftest import make_article

pytestmark = [pytest.mark.model, pytest.mark.issue(11)]
FIGURE_STAGES = ("segment.", "mentions.", "actors.", "quotes.", "figures.")


@pytest.fixture(scope="module")
def analyze(resources):  # type: ignore[no-untyped-def]
    stages = tuple(s for s in resources.settings.stages if s.startswith(FIGURE_STAGES))
    pipeline = build_pipeline(resources.settings.with_(stages=stages, check_spans=True),
                              resources=resources)
    return lambda text: pipeline.run(make_article(text))


def counts(analysis) -> tuple[int | None, int | None]:  # type: ignore[no-untyped-def]
    summary = next((c for c in analysis.casualties if c.event is None), None)
    return (None, None) if summary is None else (summary.killed_low, summary.wounded_low)


SUMMARIES = [
    # singular, indefinite and described victims
    ("A man was shot dead outside a shop on Friday.", (1, None)),
    ("A woman who was shot in the leg died later in hospital.", (1, None)),
    ("An officer was killed at the checkpoint.", (1, None)),
    ("A 30-year-old driver was shot in the arm. He was treated and released.", (None, 1)),
    ("A couple was found dead in their flat.", (2, None)),
    ("A family of five was killed when the shell hit their house.", (5, None)),
    ("Police said one of the gunmen was killed.", (1, None)),
    ("Both officers were wounded in the exchange of fire.", (None, 2)),
    ("A man was shot on Friday evening. He died in hospital the next morning.", (1, None)),
    ("A nurse was found with a gunshot wound to the chest.", (None, 1)),
    # category from what happened, not from the noun
    ("Two soldiers and three police officers were killed in the ambush.", (5, None)),
    ("The kidnappers killed two of the hostages on Wednesday.", (2, None)),
    # coordinated and elliptical tallies
    ("The blast killed three people and wounded ten.", (3, 10)),
    ("One killed, two injured in overnight shooting", (1, 2)),
    ("The attack left 4 dead and 12 injured.", (4, 12)),
    ("Three people were shot, one fatally.", (1, 2)),
    ("Five people were shot on Saturday night; two of them died.", (2, 3)),
    ("A mother and her two children were killed in the strike.", (3, None)),
    # updated tolls, totals and parts
    ("Nine people died in the fire. On Monday the death toll rose to 12.", (12, None)),
    ("Twelve people were killed, including four children.", (12, None)),
    # other incidents and statistics are not the article's incident
    ("A man was shot dead on Friday. Last year, 45 people were killed in the city.", (1, None)),
    ("No one was injured in the robbery.", (None, None)),
    ("The gunmen threatened to kill the hostages.", (None, None)),
]


@pytest.mark.parametrize(("text", "expected"), SUMMARIES)
def test_casualty_summary_of_each_kind(analyze, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert counts(analyze(text)) == expected


def test_casualties_victims_kind_comes_from_the_noun(analyze) -> None:  # type: ignore[no-untyped-def]
    kinds = {f.span.of(f_text): f.victims for f_text in [
        "Two soldiers, three police officers and four children were killed."]
        for f in analyze(f_text).figures}
    assert kinds == {"Two soldiers": "military", "three police officers": "police",
                     "four children": "children"}
    (figure,) = analyze("Three journalists were wounded by shrapnel.").figures
    assert (figure.category, figure.victims) == ("wounded", "journalists")


def test_casualties_part_is_linked_to_its_total(analyze) -> None:  # type: ignore[no-untyped-def]
    total, part = analyze("Twelve people were killed, including four children.").figures
    assert (total.category, total.low, total.part_of) == ("killed", 12, None)
    assert (part.category, part.low, part.part_of) == ("killed", 4, total.id)


def test_casualties_troops_only_for_deployments_and_strength(analyze) -> None:  # type: ignore[no-untyped-def]
    (sent,) = analyze("About 500 troops were sent to the city.").figures
    assert sent.category == "troops"
    (killed,) = analyze("Four soldiers were killed when their patrol was ambushed.").figures
    assert (killed.category, killed.victims) == ("killed", "military")


def test_casualties_described_victims_are_marked(analyze) -> None:  # type: ignore[no-untyped-def]
    (figure,) = analyze("A border guard was gunned down at dawn.").figures
    assert (figure.category, figure.low, figure.described) == ("killed", 1, True)


def test_casualties_example_article(analyze) -> None:  # type: ignore[no-untyped-def]
    from importlib import resources as importlib_resources

    text = (importlib_resources.files("newsevents") / "data" / "examples"
            / "river-crossing.txt").read_text(encoding="utf-8")
    summary = next(c for c in analyze(text).casualties if c.event is None)
    assert (summary.killed_low, summary.killed_high) == (35, None)  # "at least 35 civilians"
    assert (summary.wounded_low, summary.wounded_high) == (121, None)  # "more than 120"
