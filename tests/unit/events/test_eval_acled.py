"""`eval acled`: the look/score split, the figures on hand-made gold, and a real run."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.errors import EvalDataError
from newsevents.evals import acled

COARSE = {"A": "Battles", "B": "Battles", "C": "Protests"}


def write(folder: Path, rows: list[tuple[str, str, str]]) -> Path:
    lines = ["id\tEventSnippet\tSubType"] + ["\t".join(r) for r in rows]
    (folder / acled.FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_eval_acled_halves_split_by_position(tmp_path: Path) -> None:
    write(tmp_path, [(str(k), f"text {k}", "A") for k in range(5)])
    look = [s.id for s in acled.load_gold(tmp_path, half="look")]
    score = [s.id for s in acled.load_gold(tmp_path, half="score")]
    assert look == ["0", "2", "4"] and score == ["1", "3"]
    assert len(acled.load_gold(tmp_path, half="all")) == 5


def test_eval_acled_bad_data(tmp_path: Path) -> None:
    with pytest.raises(EvalDataError, match="no case2021"):
        acled.load_gold(tmp_path)
    (tmp_path / acled.FILE).write_text("a\tb\n", encoding="utf-8")
    with pytest.raises(EvalDataError, match="header"):
        acled.load_gold(tmp_path)
    write(tmp_path, [("1", "only two fields", "A")])
    with pytest.raises(EvalDataError, match="half"):
        acled.load_gold(tmp_path, half="middle")


def test_eval_acled_scores() -> None:
    result = acled.score([("A", "A"), ("A", "B"), ("C", None), ("B", "B")], COARSE)
    assert result["accuracy"] == 0.5 and result["unlabelled"] == 1
    # micro: precision 2/3, recall 2/4
    assert result["micro_f1"] == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    # A: P 1, R 0.5; B: P 0.5, R 1; C: 0
    assert result["macro_f1"] == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)
    assert result["coarse_accuracy"] == 0.75
    assert result["confusion"] == {"A->B": 1, "C->NONE": 1}


@pytest.mark.eval
@pytest.mark.model
def test_eval_acled_on_the_case_snippets(shared_eval: Path) -> None:
    folder = shared_eval / "events" / "case2021_task2_dev"
    result = acled.evaluate(folder, half="look", limit=60)
    assert result["records"] == 60 and result["micro_f1"] >= 0.6


@pytest.mark.eval
@pytest.mark.model
def test_eval_acled_cli(shared_eval: Path) -> None:
    from newsevents.cli import main

    folder = shared_eval / "events" / "case2021_task2_dev"
    out = CliRunner().invoke(main, ["eval", "acled", "--data", str(folder), "--half", "score",
                                    "--limit", "8"])
    assert out.exit_code == 0, out.output
    assert "half score: 8 snippets" in out.output and "micro-F1" in out.output
