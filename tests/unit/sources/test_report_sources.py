"""Markdown sections and CSV rows of quotes, figures and disputes, on a hand-built analysis."""
from __future__ import annotations

import csv
import io

import pytest

from newsevents.model import (
    Actor, ArticleAnalysis, Casualties, Claim, Contradiction, Figure, Place, Quote, Span,
)
from newsevents.report.sources import (
    FIGURE_COLUMNS, figure_rows, render_disputes, render_figures, render_quotes,
)
from tests.conftest import make_article

TEXT = ("An official said 300 troops | crossed into Arba. "
        "\u201cWe sent no troops,\u201d the minister said.")


def _span(part: str) -> Span:
    start = TEXT.index(part)
    return Span(start, start + len(part))


def analysis() -> ArticleAnalysis:
    return ArticleAnalysis(
        article=make_article(TEXT),
        actors=(Actor(id="a1", name="Defence Minister", kind="person",
                      mentions=(_span("the minister"),)),),
        places=(Place(id="p1", name="Arba", mentions=(_span("Arba"),)),),
        quotes=(Quote(id="q1", kind="indirect", span=_span("300 troops | crossed into Arba"),
                      speaker_span=_span("An official"), cue="say"),
                Quote(id="q2", kind="direct", span=_span("We sent no troops"), speaker="a1",
                      speaker_span=_span("the minister"), cue="say")),
        figures=(Figure(id="f1", category="troops", low=300, high=300, qualifier="exact",
                        span=_span("300 troops"), place="p1", event="e1",
                        attribution_span=_span("An official")),),
        claims=(Claim(id="c1", polarity="asserts", span=_span("300 troops | crossed into Arba"),
                      claimant_span=_span("An official"), figure="f1"),
                Claim(id="c2", polarity="denies", span=_span("We sent no troops"),
                      claimant="a1", figure="f1")),
        contradictions=(Contradiction(id="x1", claim_a="c1", claim_b="c2", figure="f1",
                                      reason="An official asserts it; Defence Minister denies it"),),
    )


def test_who_said_what_names_actor_or_words() -> None:
    out = render_quotes(analysis())
    assert out.startswith("## Who said what")
    assert "**An official** (say), indirect: \u201c300 troops \\| crossed into Arba\u201d" in out
    assert "**Defence Minister** (say), direct: \u201cWe sent no troops\u201d" in out


def test_figures_table_marks_disputed_and_source() -> None:
    out = render_figures(analysis())
    row = next(line for line in out.splitlines() if line.startswith("| 300 troops"))
    assert "| troops | 300 [300\u2013300] | no | An official | Arba | e1 | yes |" in row


def test_disputed_section_lists_both_claims() -> None:
    out = render_disputes(analysis())
    assert out.startswith("## Disputed")
    assert "c2, denied by **Defence Minister**: \u201cWe sent no troops\u201d" in out
    assert "c1, asserted by **An official**: \u201c300 troops \\| crossed into Arba\u201d" in out
    assert "(figure f1)" in out


def test_sections_are_empty_without_data() -> None:
    empty = ArticleAnalysis(article=make_article("Nothing here."))
    assert render_quotes(empty) == render_figures(empty) == render_disputes(empty) == ""
    assert figure_rows(empty) == []


def test_figure_rows_write_as_csv() -> None:
    rows = figure_rows(analysis())
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIGURE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    (row,) = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert row == {
        "article_id": make_article(TEXT).id, "figure_id": "f1", "category": "troops",
        "low": "300", "high": "300", "qualifier": "exact", "hedged": "false",
        "text": "300 troops", "attributed_to": "An official", "place": "Arba", "event": "e1",
        "start": str(TEXT.index("300")), "end": str(TEXT.index("300") + len("300 troops")),
        "victims": "", "part_of": "",
    }


@pytest.mark.issue(11)
def test_figures_section_opens_with_the_casualty_summaries() -> None:
    text = "Gunmen killed 4 people and wounded at least 9 in Arba, police said."
    figures = (Figure(id="f1", category="killed", low=4, high=4, qualifier="exact",
                      span=Span(14, 22), event="e1", victims="civilians"),
               Figure(id="f2", category="wounded", low=9, high=None, qualifier="at_least",
                      span=Span(35, 46), event="e1"))
    summary = Casualties(id="k1", event=None, killed_low=4, killed_high=4, wounded_low=9,
                         figures=("f1", "f2"), reported_by=("police",))
    out = render_figures(ArticleAnalysis(article=make_article(text), figures=figures,
                                         casualties=(summary,)))
    assert ("- **The article's incident**: killed 4, wounded at least 9 (figures f1, f2; "
            "according to police)") in out
    assert "| 4 people | killed | 4 [4\u20134] |" in out and "| civilians |  |" in out
