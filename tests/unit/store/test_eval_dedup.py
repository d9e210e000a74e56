from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.evals.coref_scores import b_cubed, ceaf_e, conll, muc
from newsevents.evals.dedup import command, evaluate
from newsevents.store.merge import trigger_stem

GOLD = {"a": 1, "b": 1, "c": 1, "d": 1}
SPLIT = {"a": "x", "b": "x", "c": "y", "d": "y"}


def test_eval_dedup_muc_of_a_split_cluster() -> None:
    assert muc(GOLD, SPLIT) == {"p": 1.0, "r": pytest.approx(2 / 3), "f1": pytest.approx(0.8)}


def test_eval_dedup_b3_and_ceaf_of_a_split_cluster() -> None:
    assert b_cubed(GOLD, SPLIT)["p"] == 1.0 and b_cubed(GOLD, SPLIT)["r"] == 0.5
    ceaf = ceaf_e(GOLD, SPLIT)
    assert ceaf["p"] == pytest.approx(1 / 3) and ceaf["r"] == pytest.approx(2 / 3)


def test_eval_dedup_perfect_and_singletons() -> None:
    assert conll(SPLIT, SPLIT)["conll_f1"] == pytest.approx(1.0)
    singles = {k: k for k in GOLD}
    assert muc(GOLD, singles)["r"] == 0.0
    assert b_cubed(GOLD, singles)["p"] == 1.0 and b_cubed(GOLD, singles)["r"] == 0.25


@pytest.mark.parametrize(("trigger", "expected"), [
    ("checked", "check"), ("checking", "check"), ("checks", "check"), ("fired", "fir"),
    ("earthquake", "earthquak"), ("killed", "kill"), ("", ""), ("Opened fire", "fir")])
def test_trigger_stem(trigger: str, expected: str) -> None:
    assert trigger_stem(trigger) == expected


def test_eval_dedup_missing_data(tmp_path: Path) -> None:
    result = CliRunner().invoke(command, ["--data", str(tmp_path)])
    assert result.exit_code == 1
    assert f"ECBplus_coreference_sentences.csv not found: is {tmp_path} the ECBplus_dev" \
        in result.output


@pytest.mark.eval
def test_eval_dedup_on_two_topics(shared_eval: Path) -> None:
    result = evaluate(shared_eval / "dedup" / "ECBplus_dev", limit=2, workers=1)
    assert result["documents"] > 20 and result["mentions"] > 100
    store = result["store"]
    assert store["doc_b3"]["f1"] > 0.5
    assert 0.3 < store["events_gold_mentions"]["conll_f1"] <= 1.0
