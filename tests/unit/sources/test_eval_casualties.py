"""`newsevents eval casualties`: halves, scoring and errors on a tiny set of our own; the real
GVA set when it is available."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.evals.casualties import evaluate, iter_gold, score
from newsevents.evals.cli import eval_group
from newsevents.model import ArticleAnalysis, Casualties
from tests.conftest import make_article

pytestmark = pytest.mark.issue(11)
TEXTS = ["A man was shot dead on Main Street.", "Two people were wounded in a shooting.",
         "Police arrested a man with a stolen gun.", "A woman was shot and killed."]
GOLD = [(1, 0), (0, 2), (0, 0), (1, 0)]


def write_set(root: Path) -> Path:
    folder = root / "train"
    folder.mkdir(parents=True)
    (folder / "X_train.json").write_text(json.dumps(
        [{"text": t, "publish_date": None} for t in TEXTS]), encoding="utf-8")
    (folder / "y_train.json").write_text(json.dumps(
        [{"n_killed": k, "n_injured": w} for k, w in GOLD]), encoding="utf-8")
    return root


class FixedPipeline:
    """Predicts killed 1 for every article that says 'dead' (a stand-in for the pipeline)."""

    def run(self, article):  # type: ignore[no-untyped-def]
        killed = 1 if "dead" in article.text else None
        summary = Casualties(id="k1", event=None, killed_low=killed, killed_high=killed)
        return ArticleAnalysis(article=make_article(article.text), casualties=(summary,))


def test_eval_casualties_halves_are_even_and_odd_records(tmp_path: Path) -> None:
    data = write_set(tmp_path)
    look = [i for i, _, _ in iter_gold(data, split="train", half="look")]
    scored = [i for i, _, _ in iter_gold(data, split="train", half="score")]
    assert (look, scored) == ([0, 2], [1, 3])


def test_eval_casualties_scores_all_and_non_zero(tmp_path: Path) -> None:
    result = evaluate(write_set(tmp_path), split="train", pipeline=FixedPipeline())
    killed, wounded = result["killed"], result["wounded"]
    assert killed["accuracy"] == 0.75 and killed["accuracy_nonzero"] == 0.5
    assert killed["detection_precision"] == 1.0 and killed["detection_recall"] == 0.5
    assert killed["zero_baseline"] == 0.5 and killed["mae"] == 0.25
    assert wounded["accuracy"] == 0.75 and wounded["accuracy_nonzero"] == 0.0
    assert wounded["mae"] == 0.5


def test_eval_casualties_score_counts_nonzero_gold() -> None:
    pairs = [({"killed": 2}, {"killed": 2}), ({"killed": 0}, {"killed": 1})]
    result = score(pairs, "killed")  # type: ignore[arg-type]
    assert (result["nonzero"], result["accuracy_nonzero"], result["accuracy"]) == (1, 1.0, 0.5)


def test_eval_casualties_missing_data_is_a_clean_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(eval_group, ["casualties", "--data", str(tmp_path),
                                             "--split", "dev"])
    assert result.exit_code == 1
    assert "X_val.json: no such file" in result.output


@pytest.mark.model
def test_eval_casualties_on_the_gva_set(shared_eval: Path) -> None:
    folder = shared_eval / "casualties" / "gva_cis530_dev"
    if not folder.is_dir():
        pytest.skip(f"GVA casualty set not available at {folder}")
    result = CliRunner().invoke(eval_group, ["casualties", "--data", str(folder), "--split",
                                             "dev", "--limit", "6", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["articles"] == 6 and 0.0 <= data["killed"]["accuracy"] <= 1.0
