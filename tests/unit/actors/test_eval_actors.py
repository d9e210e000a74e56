"""Scoring of `newsevents eval actors` on tiny hand-made gold, and one real run."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.errors import EvalDataError
from newsevents.evals.actors import (GoldActor, aggregate, best_actor, evaluate, find_text,
                                     gold_actors, iter_records, score_actor)
from newsevents.model import Actor, Span

RECORD = {
    "id": "R1", "text": "U.S. and Russian negotiators met UN envoys in Geneva.",
    "source": [{"actorText": "U.S. ... negotiators", "code": "USA", "sector": "GOV"},
               {"actorText": "Russian negotiators", "code": "RUS", "sector": "GOVxyz"}],
    "target": [{"actorText": "UN envoys", "code": "IGO"}],
}


def test_eval_gold_actors_and_text_lookup() -> None:
    gold = gold_actors(RECORD)
    assert [(g.role, g.country, g.sector) for g in gold] == [
        ("source", "USA", "GOV"), ("source", "RUS", "GOV"), ("target", "IGO", None)]
    assert find_text(RECORD["text"], "U.S. ... negotiators") == Span(17, 28)
    assert find_text(RECORD["text"], "nobody here") is None
    assert gold_actors({"target": "diplomatic", "source": []}) == []


def test_eval_best_actor_prefers_largest_then_shortest_overlap() -> None:
    wide = Actor(id="a1", name="x", kind="agent", mentions=(Span(0, 28),))
    tight = Actor(id="a2", name="y", kind="agent", mentions=(Span(9, 16),))
    assert best_actor((wide, tight), Span(9, 16)) is tight
    assert best_actor((wide, tight), Span(0, 28)) is wide
    assert best_actor((tight,), Span(30, 40)) is None


def test_eval_score_and_aggregate() -> None:
    gov = GoldActor(record="R", role="source", text="x", country="IRQ", sector="GOV")
    state = GoldActor(record="R", role="target", text="y", country="IGO", sector="GOV")
    iraqi = Actor(id="a1", name="x", kind="agent", country="IRQ", sector="MIL")
    unsc = Actor(id="a2", name="UNSC", kind="organization", sector="UNO", code="IGOUNO")
    scores = [score_actor(gov, iraqi), score_actor(state, unsc), score_actor(gov, None)]
    assert [(s.country, s.sector, s.exact, s.partial) for s in scores] == [
        (True, False, False, True), (True, True, True, True), (False, False, False, False)]
    result = aggregate(scores)
    assert result["country"] == pytest.approx(2 / 3) and result["sector"] == pytest.approx(1 / 3)
    assert result["found"] == pytest.approx(2 / 3)


def test_eval_missing_or_bad_data(tmp_path: Path) -> None:
    with pytest.raises(EvalDataError, match="no PLOVER_GSR_CAMEO.dev.json"):
        list(iter_records(tmp_path))
    (tmp_path / "PLOVER_GSR_CAMEO.dev.json").write_text("[{", encoding="utf-8")
    with pytest.raises(EvalDataError, match="not valid JSON"):
        list(iter_records(tmp_path))
    (tmp_path / "PLOVER_GSR_CAMEO.dev.json").write_text(json.dumps([RECORD, {"id": "doc"}]))
    assert [r["id"] for r in iter_records(tmp_path)] == ["R1"]


@pytest.mark.eval
@pytest.mark.model
def test_eval_actors_on_plover_gold(shared_eval: Path) -> None:
    result = evaluate(shared_eval / "events" / "plover_gsr_dev", limit=12)
    assert result["records"] == 12
    assert result["gold_actors"] >= 12
    assert result["country"] >= 0.5 and result["found"] >= 0.6
