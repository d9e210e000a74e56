"""Scoring functions of the event evals on tiny hand-made gold, and short real runs."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.evals import arguments, petrarch, plover
from newsevents.model import Article, ArticleAnalysis, Event, Span


def _event(ident: str, plover_type: str, start: int, end: int, *, mode: str | None = None,
           cameo: str = "190", **fields: object) -> Event:
    return Event(id=ident, plover_type=plover_type, plover_mode=mode, cameo_code=cameo,
                 quad_class=4, intensity=-10.0, trigger=Span(start, end), sentence=0,
                 **fields)  # type: ignore[arg-type]


def test_plover_maps_old_names() -> None:
    assert plover.map_gold("DEMAND", None) == ("REQUEST", None)
    assert plover.map_gold("DISAPPROVE", "") == ("ACCUSE", "disapprove")
    assert plover.map_gold("FIGHT", "heavy-weapons") == ("ASSAULT", "heavy-weapons")
    assert plover.map_gold("PROTEST", "demo-org") == ("PROTEST", "demo")


def test_plover_macro_f1_counts_missing_predictions() -> None:
    assert plover.macro_f1([("A", "A"), ("B", "B")]) == 1.0
    assert plover.macro_f1([("A", "A"), ("B", None)]) == pytest.approx(0.5)
    assert plover.macro_f1([("A", "B"), ("B", "A")]) == 0.0


def test_plover_score_type_mode_and_any() -> None:
    gold = plover.GoldRecord(id="1", text="x", date=None, plover_type="ASSAULT", mode="aerial",
                             sources=frozenset(), targets=frozenset())
    article = Article(id="1", text="x" * 20)
    right = _event("e1", "ASSAULT", 0, 2, mode="aerial")
    wrong = _event("e2", "PROTEST", 3, 5)
    both = ArticleAnalysis(article=article, events=(wrong, right))
    result = plover.score([(gold, both, right), (gold, both, wrong), (gold, None, None)])
    assert result["type_accuracy"] == pytest.approx(1 / 3)
    assert result["any_event_accuracy"] == pytest.approx(2 / 3)
    assert (result["mode_records"], result["mode_accuracy"]) == (1, 1.0)
    assert result["no_event"] == 1


def test_petrarch_triples_sentence_accuracy_and_roots() -> None:
    record = petrarch.Record(id="1", category="DEMO", text="x", date=None,
                             triples=frozenset({("ARN", "GON", "064"), ("GON", "ARN", "064")}))
    empty = petrarch.Record(id="2", category="ERROR", text="y", date=None, triples=frozenset())
    result = petrarch.score([(record, frozenset({("ARN", "GON", "064"), ("ARN", "", "061")})),
                             (empty, frozenset())])
    assert result["sentence_accuracy"] == 0.5
    assert (result["precision"], result["recall"]) == (0.5, 0.5)
    assert result["root_agreement"] == 1.0 and result["root_actor_agreement"] == 0.5
    assert set(result["categories"]) == {"DEMO", "ERROR"}


def test_arguments_roles_families_and_overlap_scoring() -> None:
    assert arguments.family_of("Conflict.Attack.DetonateExplode") == "attack"
    assert arguments.family_of("life.die.deathcausedbyviolentevents") == "attack"
    assert arguments.family_of("Contact.Contact.Broadcast") is None
    assert arguments.slot_of("Attacker") == "source" and arguments.slot_of("Victim") == "target"
    assert arguments.slot_of("evt089arg02place"[11:]) == "place"
    text = "Rebels attacked the convoy in Velm"
    gold = arguments.Doc("d", text, (arguments.GoldEvent(
        "attack", Span(7, 15), (("source", Span(0, 6)), ("target", Span(20, 26)))),))
    event = _event("e1", "ASSAULT", 7, 15, source_spans=(Span(0, 6),),
                   target_spans=(Span(16, 26),))
    tally = arguments.Tally()
    arguments.score_document(tally, gold, ArticleAnalysis(article=Article(id="d", text=text),
                                                         events=(event,)), given=False)
    assert tally.trig_c.f1()["f1"] == 1.0 and tally.arg_c.f1()["f1"] == 1.0


def test_arguments_join_rebuilds_exact_offsets() -> None:
    text, offsets = arguments._join([["Two", "died", "."], ["Police", "came"]])
    assert [text[a:b] for a, b in offsets] == ["Two", "died", ".", "Police", "came"]


@pytest.mark.eval
@pytest.mark.model
@pytest.mark.parametrize(("name", "folder"), [
    ("plover", "plover_gsr_dev"), ("petrarch", "petrarch2_unittest"),
    ("arguments", "wikievents_dev"), ("arguments", "RAMS_dev"),
])
def test_event_evals_run_on_real_gold(shared_eval: Path, name: str, folder: str) -> None:
    from newsevents.evals.cli import eval_group

    result = CliRunner().invoke(eval_group, [name, "--data", str(shared_eval / "events" / folder),
                                             "--limit", "5", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output[result.output.index("{"):])
    assert figures.get("records", figures.get("sentences", figures.get("documents"))) >= 1


@pytest.mark.eval
@pytest.mark.model
def test_petrarch_eval_with_the_suite_verb_dictionary(shared_eval: Path) -> None:
    folder = shared_eval / "events" / "petrarch2_unittest"
    result = petrarch.evaluate(folder, limit=12, with_verbs=True)
    assert result["verb_dictionary"].startswith("suite") and result["failed"] == 0
    assert result["root_agreement"] > 0.0


def test_event_evals_report_a_missing_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(plover.command, ["--data", str(tmp_path)])
    assert result.exit_code == 1 and "no PLOVER_GSR_CAMEO.dev.json" in result.output
