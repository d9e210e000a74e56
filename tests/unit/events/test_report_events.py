"""The "What happened" Markdown section."""
from __future__ import annotations

from newsevents.model import Article, ArticleAnalysis
from newsevents.report.events import render_events
from newsevents.stages.events import EventStage

from .helpers import actor, lexicon, tree


def _analysis() -> ArticleAnalysis:
    parse = tree("""
        An an DET det 2
        unnamed unnamed ADJ amod 2
        official official NOUN nsubj 3
        said say VERB ROOT 3
        rebels rebel NOUN nsubj 5
        seized seize VERB ccomp 3
        Dorn dorn PROPN dobj 5
        Tuesday tuesday PROPN npadvmod 5
    """, ents=[(6, 7, "GPE"), (7, 8, "DATE")])
    import datetime as dt

    actors = (actor("a1", parse, (4, 4), name="Dorn Rebels"),
              actor("a2", parse, (1, 2), name="unnamed official"))
    article = Article(id="t", text=parse.text, published=dt.date(2014, 6, 14), source="Test Wire")
    return EventStage(lexicon())(ArticleAnalysis(article=article, actors=actors), parse)


def test_report_events_one_line_per_event_in_words() -> None:
    text = render_events(_analysis())
    lines = text.splitlines()
    assert lines[0] == "## What happened" and len(lines) == 3
    line = lines[2]
    assert line.startswith("- e1: **Dorn Rebels (test)** *seized*")
    for part in ("ASSAULT/seize, CAMEO 192, ACLED Battles / Non-state actor overtakes territory",
                 "claimed", "2014-06-10 (“Tuesday”)",
                 "according to unnamed official", "evidence: “An unnamed official said"):
        assert part in line


def test_report_events_empty_without_events() -> None:
    article = Article(id="t", text="Nothing happened.")
    assert render_events(ArticleAnalysis(article=article)) == ""


def test_report_events_escapes_markup_from_the_article() -> None:
    parse = tree("""
        *Rebels* rebel NOUN nsubj 1
        attacked attack VERB ROOT 1
        [convoys] convoy NOUN dobj 1
    """)
    article = Article(id="t", text=parse.text)
    analysis = EventStage(lexicon())(ArticleAnalysis(article=article), parse)
    line = render_events(analysis).splitlines()[2]
    assert "\\*Rebels\\*" in line and "\\[convoys\\]" in line
