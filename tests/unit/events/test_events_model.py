"""The events stage on real parses (spaCy model, actors and places stages) of our own article."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from newsevents.model import ArticleAnalysis, Event

ARTICLE = (
    "Fighters of the Northern Front seized the city of Homs earlier this week and have "
    "threatened to march on the capital, Damascus.\n\n"
    "The defence minister rallied troops and volunteers on Saturday.\n\n"
    "A senior police official told reporters on Friday that Jordan has sent 300 soldiers to "
    "fight alongside government forces in Daraa province.\n\n"
    "Jordanian officials have denied reports that their forces are deployed in the country.\n\n"
    "The president has ruled out sending troops.\n\n"
    "The UN human rights chief cited reports that gunmen executed prisoners in Homs on Tuesday.\n\n"
    "More than 20,000 people fled Homs after the fighting, an aid agency said.\n\n"
    "The spokesman said the weather was mild.\n"
)
PUBLISHED = dt.date(2014, 6, 14)  # a Saturday


@pytest.fixture(scope="module")
def analysis(analyze_text: Callable[..., ArticleAnalysis]) -> ArticleAnalysis:
    return analyze_text(ARTICLE, until="events", published=PUBLISHED)


def _by_trigger(analysis: ArticleAnalysis, word: str) -> Event:
    text = analysis.article.text
    return next(e for e in analysis.events if e.trigger.of(text).startswith(word))


@pytest.mark.model
def test_model_seizure_is_assault_seize_with_the_week_range(analysis: ArticleAnalysis) -> None:
    event = _by_trigger(analysis, "seized")
    assert (event.plover_type, event.plover_mode, event.cameo_code) == ("ASSAULT", "seize", "192")
    assert (event.date, event.date_end, event.modality) == ("2014-06-09", "2014-06-13", "asserted")
    assert event.source_spans and "Fighters" in event.source_spans[0].of(analysis.article.text)


@pytest.mark.model
def test_model_threat_to_march_is_threatened(analysis: ArticleAnalysis) -> None:
    event = _by_trigger(analysis, "march")
    assert (event.plover_type, event.modality) == ("THREATEN", "threatened")


@pytest.mark.model
def test_model_rallying_troops_is_mobilize_dated_saturday(analysis: ArticleAnalysis) -> None:
    event = _by_trigger(analysis, "rallied")
    assert (event.plover_type, event.date, event.date_source) == ("MOBILIZE", "2014-06-14", "text")


@pytest.mark.model
def test_model_troops_sent_to_help_are_claimed_by_the_official(analysis: ArticleAnalysis) -> None:
    event = _by_trigger(analysis, "sent")
    text = analysis.article.text
    assert (event.plover_type, event.cameo_code, event.modality) == ("AID", "072", "claimed")
    assert event.attribution_span is not None
    assert event.attribution_span.of(text).startswith("A senior police official")


@pytest.mark.model
def test_model_denial_and_ruling_out(analysis: ArticleAnalysis) -> None:
    assert _by_trigger(analysis, "deployed").modality == "denied"
    assert _by_trigger(analysis, "ruled").plover_type == "REJECT"
    assert _by_trigger(analysis, "sending").modality == "negated"


@pytest.mark.model
def test_model_cited_executions_are_claimed_assault_on_tuesday(analysis: ArticleAnalysis) -> None:
    event = _by_trigger(analysis, "executed")
    assert (event.plover_type, event.modality, event.date) == ("ASSAULT", "claimed", "2014-06-10")


@pytest.mark.model
def test_model_flight_is_displacement_claimed(analysis: ArticleAnalysis) -> None:
    event = _by_trigger(analysis, "fled")
    assert (event.plover_type, event.plover_mode) == ("SANCTION", "displacement")
    assert event.modality == "claimed"


@pytest.mark.model
def test_model_plain_statement_has_no_event(analysis: ArticleAnalysis) -> None:
    last = len(analysis.sentences) - 1
    assert not [e for e in analysis.events if e.sentence == last]
    assert [e.id for e in analysis.events] == [f"e{k}" for k in range(1, len(analysis.events) + 1)]
