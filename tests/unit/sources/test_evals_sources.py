"""Scoring functions of `eval quotes` and `eval figures` on tiny hand-made gold, and short real
runs on the shared gold data."""
from __future__ import annotations

import json

import pytest

from newsevents.evals import figures as fig_eval
from newsevents.evals import quotes as q_eval
from newsevents.model import FIGURE_CATEGORIES, Span


def test_quote_alignment_uses_the_nearest_occurrence() -> None:
    text = 'He said "no". Later: "no," Ana said.'
    gold = q_eval.align(text, {"quote": '"no,"', "quote_index": "(20,25)", "speaker": "Ana",
                               "speaker_index": "(27,30)", "verb": "said"})
    assert gold is not None
    assert text[gold.span.start:gold.span.end] == '"no,"'
    assert text[gold.speaker.start:gold.speaker.end] == "Ana"


def test_quote_scoring_thresholds_speakers_and_verbs() -> None:
    gold = [q_eval.GoldQuote(span=Span(0, 10), speaker=Span(20, 23), verb="said"),
            q_eval.GoldQuote(span=Span(30, 40), speaker=None, verb=""),
            q_eval.GoldQuote(span=Span(50, 60), speaker=Span(61, 64), verb="told")]
    pred = [q_eval.PredQuote(span=Span(1, 10), speaker=Span(19, 22), verb="said"),
            q_eval.PredQuote(span=Span(35, 40), speaker=None, verb=""),
            q_eval.PredQuote(span=Span(70, 80), speaker=None, verb="said")]
    low = q_eval.score(gold, pred, threshold=0.3)
    assert low == {"tp": 2, "fp": 1, "fn": 1, "speaker": 2, "verb": 2, "reference": 0,
                   "resolvable": 0}
    high = q_eval.score(gold, pred, threshold=0.8)
    assert (high["tp"], high["fp"], high["fn"]) == (1, 2, 2)
    summary = q_eval.summarize([low])
    assert summary["precision"] == pytest.approx(2 / 3)
    assert summary["speaker_accuracy"] == 1.0


def test_resolved_speaker_matches_the_reference_last_name() -> None:
    gold = [q_eval.GoldQuote(span=Span(0, 10), speaker=Span(20, 22), verb="said",
                             reference="Barack Obama")]
    resolved = [q_eval.PredQuote(span=Span(0, 10), speaker=Span(20, 22), verb="said",
                                 name="Barack Obama")]
    unresolved = [q_eval.PredQuote(span=Span(0, 10), speaker=Span(20, 22), verb="said",
                                   name="he")]
    assert q_eval.score(gold, resolved, threshold=0.3)["reference"] == 1
    assert q_eval.score(gold, unresolved, threshold=0.3)["reference"] == 0
    assert q_eval.reference_matches("Nuri al-Maliki", "Nouri al-Maliki")


def test_figure_scoring_exact_tuples_and_fields() -> None:
    row = fig_eval.Row
    gold = [row("killed", 100, 999, "vague", True), row("wounded", None, 999, "less_than", True)]
    pred = [row("killed", 100, 999, "vague", False), row("wounded", 1000, 1000, "exact", True)]
    counts = fig_eval.score_sentence(gold, pred)
    assert (counts["right"], counts["tp"], counts["fp"], counts["fn"]) == (0, 1, 1, 1)
    assert (counts["category"], counts["low"], counts["hedged"]) == (2, 1, 1)
    trap = fig_eval.score_sentence([], [])
    summary = fig_eval.summarize([(True, counts), (False, trap)])
    assert summary["accuracy"] == 0.5
    assert summary["accuracy_with_figures"] == 0.0
    assert summary["traps_clean"] == 1.0


def test_packaged_figures_gold_is_large_and_well_formed() -> None:
    items = list(fig_eval.iter_gold(fig_eval.default_data()))
    assert len(items) >= 260  # 168 before issue 11, which added casualty sentences
    categories = {r.category for _, rows in items for r in rows}
    qualifiers = {r.qualifier for _, rows in items for r in rows}
    assert categories == set(FIGURE_CATEGORIES)
    assert qualifiers == {"exact", "approximate", "at_least", "more_than", "at_most",
                          "less_than", "range", "vague"}
    assert sum(1 for _, rows in items if not rows) >= 25


def test_bad_figures_gold_line_names_file_and_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"text": "x", "figures": []}) + "\n{broken\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"gold.jsonl:2"):
        list(fig_eval.iter_gold(path))


@pytest.mark.model
def test_figures_eval_runs_on_a_few_sentences() -> None:
    result = fig_eval.evaluate(limit=10)
    assert result["sentences"] == 10
    assert 0.0 <= result["accuracy"] <= 1.0


@pytest.mark.eval
@pytest.mark.model
def test_quotes_eval_runs_on_the_tracker_gold(shared_eval) -> None:  # type: ignore[no-untyped-def]
    result = q_eval.evaluate(shared_eval / "quotes" / "GenderGapTracker_eval", limit=2)
    assert result["articles"] == 2
    assert result["@0.3"]["tp"] > 0
