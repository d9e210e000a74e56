"""Boilerplate evaluation: the benchmark's shingle metric on hand-made gold, and a real run."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.errors import EvalDataError
from newsevents.evals.boilerplate import PageScore, aggregate, command, evaluate, score_page, \
    shingles


def test_boilerplate_shingles() -> None:
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert shingles("a, b!") == {("a", "b"): 1}
    assert shingles("") == {}


def test_boilerplate_score_page() -> None:
    gold = "one two three four five six"
    assert score_page(gold, gold) == PageScore(tp=3, fp=0, fn=0)
    assert score_page(gold, "one two three four five six seven") == PageScore(tp=3, fp=1, fn=0)
    assert score_page(gold, "") == PageScore(tp=0, fp=0, fn=3)


def test_boilerplate_aggregate_macro_and_micro() -> None:
    scores = [PageScore(tp=3, fp=1, fn=0), PageScore(tp=1, fp=0, fn=1)]
    result = aggregate(scores)
    assert result["precision"] == pytest.approx((0.75 + 1.0) / 2)
    assert result["recall"] == pytest.approx((1.0 + 0.5) / 2)
    assert result["f1"] == pytest.approx(2 * 0.875 * 0.75 / (0.875 + 0.75))
    assert result["micro_precision"] == pytest.approx(4 / 5)
    assert result["micro_recall"] == pytest.approx(4 / 5)


def test_boilerplate_empty_prediction_has_no_precision_term() -> None:
    result = aggregate([PageScore(tp=0, fp=0, fn=3), PageScore(tp=2, fp=0, fn=0)])
    assert result["precision"] == 1.0 and result["recall"] == 0.5


def _tiny_gold(root: Path) -> None:
    body = ("Officials in the river town of Aster said on Monday that the new bridge would open "
            "next spring after two years of work.")
    page = (f"<html><head><title>Bridge</title></head><body><nav>Home News Sport</nav>"
            f"<article><p>{body}</p><p>{body.replace('Aster', 'Birch')}</p></article>"
            f"<footer>Copyright 2024 Example. All rights reserved.</footer></body></html>")
    (root / "html").mkdir()
    (root / "html" / "p1.html.gz").write_bytes(gzip.compress(page.encode()))
    gold = {"p1": {"articleBody": body + "\n" + body.replace("Aster", "Birch"),
                   "url": "https://example.org/p1"}}
    (root / "ground-truth.json").write_text(json.dumps(gold), encoding="utf-8")


def test_boilerplate_evaluate_tiny_gold(tmp_path: Path) -> None:
    _tiny_gold(tmp_path)
    result = evaluate(tmp_path)
    assert result["pages"] == 1 and result["f1"] == pytest.approx(1.0)


def test_boilerplate_missing_data(tmp_path: Path) -> None:
    with pytest.raises(EvalDataError):
        evaluate(tmp_path)
    outcome = CliRunner().invoke(command, ["--data", str(tmp_path)])
    assert outcome.exit_code == 1 and "no ground-truth.json" in outcome.output


@pytest.mark.eval
def test_boilerplate_real_eval(shared_eval: Path) -> None:
    data = shared_eval / "boilerplate" / "scrapinghub_aeb"
    outcome = CliRunner().invoke(command, ["--data", str(data), "--limit", "12", "--json"])
    assert outcome.exit_code == 0, outcome.output
    result = json.loads(outcome.output)
    assert result["pages"] == 12
    assert result["f1"] >= 0.90
