"""The casualty summary's incident rule on hand-built figures (no model)."""
from __future__ import annotations

import pytest

from newsevents.model import Figure, Span
from newsevents.stages.figures.casualties import summaries, summarize

pytestmark = pytest.mark.issue(11)


def fig(text: str, said: str, category: str, low: int | None, *, ident: str,
        high: int | None = -1, described: bool = False, start: int = 0, **extra: object) -> Figure:
    k = text.index(said, start)
    return Figure(id=ident, category=category, low=low, high=low if high == -1 else high,
                  qualifier="exact", span=Span(k, k + len(said)), described=described,
                  **extra)  # type: ignore[arg-type]


def test_casualties_lead_figure_holds_and_an_update_replaces_it() -> None:
    text = ("Nine people were killed in the blast. Police said 20 people were killed in a "
            "fire in another town. By evening the toll had risen to 14.")
    figures = [fig(text, "Nine people", "killed", 9, ident="f1"),
               fig(text, "20 people", "killed", 20, ident="f2"),
               fig(text, "14", "killed", 14, ident="f3")]
    summary = summarize(figures, text=text)
    assert summary is not None and (summary.killed_low, summary.killed_high) == (14, 14)
    assert summary.figures == ("f3",)


def test_casualties_background_statistics_are_left_out() -> None:
    text = ("Last year, 45 people were killed in shootings in the city. A man was shot dead "
            "on Friday.")
    figures = [fig(text, "45 people", "killed", 45, ident="f1"),
               fig(text, "A man", "killed", 1, ident="f2", described=True)]
    summary = summarize(figures, text=text)
    assert summary is not None and summary.killed_low == 1


def test_casualties_people_hit_but_not_killed_were_wounded() -> None:
    text = "Three people were shot, one fatally."
    figures = [fig(text, "Three people", "casualties", 3, ident="f1"),
               fig(text, "one", "killed", 1, ident="f2", described=True)]
    summary = summarize(figures, text=text)
    assert summary is not None
    assert (summary.killed_low, summary.wounded_low) == (1, 2)


def test_casualties_a_part_is_not_added_to_its_total() -> None:
    text = "Twelve people were killed, including four children."
    figures = [fig(text, "Twelve people", "killed", 12, ident="f1"),
               fig(text, "four children", "killed", 4, ident="f2", part_of="f1")]
    summary = summarize(figures, text=text)
    assert summary is not None and summary.killed_low == 12 and summary.figures == ("f1",)


def test_casualties_the_same_victim_described_again_counts_once() -> None:
    text = ("A father was killed in a shooting on Sunday. A gunman fired at the car, killing a "
            "49-year-old man. He was pronounced dead at the scene.")
    figures = [fig(text, "A father", "killed", 1, ident="f1", described=True),
               fig(text, "a 49-year-old man", "killed", 1, ident="f2", described=True),
               fig(text, "He", "killed", 1, ident="f3", described=True)]
    summary = summarize(figures, text=text)
    assert summary is not None and summary.killed_low == 1


def test_casualties_victims_in_one_sentence_and_another_person_add_up() -> None:
    text = ("A man and a woman were wounded near the bar. Another man was wounded a block "
            "away.")
    figures = [fig(text, "A man and a woman", "wounded", 2, ident="f1", described=True),
               fig(text, "Another man", "wounded", 1, ident="f2", described=True)]
    summary = summarize(figures, text=text)
    assert summary is not None and summary.wounded_low == 3


def test_casualties_a_wounded_victim_who_died_is_not_also_wounded() -> None:
    text = "Deputies found Fears wounded in the driveway. Fears died on the way to hospital."
    figures = [fig(text, "Fears", "wounded", 1, ident="f1", described=True),
               fig(text, "Fears", "killed", 1, ident="f2", described=True, start=20)]
    summary = summarize(figures, text=text)
    assert summary is not None
    assert (summary.killed_low, summary.wounded_low) == (1, None)


def test_casualties_per_event_and_reporters() -> None:
    text = "Gunmen killed 4 people and wounded 9, police said. Rebels killed 2 soldiers."
    figures = [fig(text, "4 people", "killed", 4, ident="f1", event="e1", attributed_to="a1"),
               fig(text, "9", "wounded", 9, ident="f2", event="e1", attributed_to="a1"),
               fig(text, "2 soldiers", "killed", 2, ident="f3", event="e2")]
    article, first, second = summaries(figures, text=text)
    assert article.event is None and (article.killed_low, article.wounded_low) == (4, 9)
    assert article.reported_by == ("a1",)
    assert (first.event, first.killed_low, first.wounded_low) == ("e1", 4, 9)
    assert (second.event, second.killed_low) == ("e2", 2)


def test_casualties_none_without_killed_or_wounded() -> None:
    text = "About 500 troops were sent to the city."
    figures = [fig(text, "About 500 troops", "troops", 500, ident="f1")]
    assert summaries(figures, text=text) == ()
