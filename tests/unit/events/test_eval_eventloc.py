"""`newsevents eval eventloc`: reading records, halves, judging and scoring on hand-made gold,
and a short real run when the gold data is present."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.errors import EvalDataError
from newsevents.evals import eventloc
from newsevents.model import Article, ArticleAnalysis, Event, Place, Span

TEXT = "Gunmen killed two guards in Velm near Arn."  # Velm 28-32, Arn 38-41, killed 7-13


def _record_line(text: str, spans: list[tuple[int, int, str]], **extra: object) -> str:
    words, tokens, pos = text.split(" "), [], 0
    for k, word in enumerate(words):
        tokens.append({"text": word, "start": pos, "end": pos + len(word), "id": k})
        pos += len(word) + 1
    gold = [{"start": tokens[a]["start"], "end": tokens[b]["end"], "token_start": a,
             "token_end": b, "label": label} for a, b, label in spans]
    return json.dumps({"text": text, "tokens": tokens, "spans": gold, **extra})


def _folder(tmp_path: Path, lines: list[str]) -> Path:
    (tmp_path / eventloc.GOLD_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_eventloc_reads_token_offsets_and_splits_halves(tmp_path: Path) -> None:
    line = _record_line(TEXT, [(1, 1, "VERB"), (5, 5, "LOCATION")], source="AP_RA")
    raw = json.loads(line)
    raw["spans"][1]["start"] = raw["spans"][1]["end"] = 5  # character offsets given as tokens
    folder = _folder(tmp_path, [json.dumps(raw), _record_line(TEXT, [(1, 1, "VERB")])] * 2)
    look = eventloc.read_records(folder, half="look")
    score = eventloc.read_records(folder, half="score")
    assert [r.index for r in look] == [0, 2] and [r.index for r in score] == [1, 3]
    assert look[0].locations == (Span(28, 32),) and score[0].locations == ()
    assert look[0].verb == Span(7, 13)
    assert (look[0].source, score[0].source) == ("AP_RA", "")
    assert len(eventloc.read_records(folder, half="all", limit=3)) == 3
    with pytest.raises(EvalDataError):
        eventloc.read_records(folder, half="odd")


def _analysis(place: str | None, *, trigger: Span = Span(7, 13)) -> ArticleAnalysis:
    places = (Place(id="p1", name="Velm", mentions=(Span(28, 32),)),
              Place(id="p2", name="Arn", mentions=(Span(38, 41),)))
    event = Event(id="e1", plover_type="ASSAULT", plover_mode=None, cameo_code="190",
                  quad_class=4, intensity=-10.0, trigger=trigger, sentence=0, place=place,
                  place_reason="'in' phrase of the trigger" if place else None)
    return ArticleAnalysis(article=Article(id="t", text=TEXT), places=places, events=(event,))


def test_eventloc_judges_place_none_baseline_and_coverage() -> None:
    placed = eventloc.Record(index=0, text=TEXT, verb=Span(7, 13), locations=(Span(28, 32),),
                             source="AP")
    unplaced = eventloc.Record(index=1, text=TEXT, verb=Span(7, 13), locations=(),
                               source="XIN")
    right = eventloc.judge(placed, _analysis("p1"))
    wrong = eventloc.judge(placed, _analysis("p2"))
    none_right = eventloc.judge(unplaced, _analysis(None))
    missed = eventloc.judge(placed, _analysis("p1", trigger=Span(0, 6)))
    assert (right.right, right.baseline_right, right.recognised) == (True, True, True)
    assert (wrong.right, wrong.predicted) == (False, True)
    assert none_right.right and not none_right.baseline_right  # the baseline always guesses
    assert missed.event is None
    result = eventloc.score([right, wrong, none_right, missed])
    assert (result["records"], result["covered"], result["coverage"]) == (4, 3, 0.75)
    assert result["accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["baseline_nearest_accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert (result["accuracy_gold_place"], result["accuracy_gold_none"]) == (0.5, 1.0)
    assert result["precision_of_places_given"] == 0.5
    assert result["error_classes"] == {
        "right": 2, "wrong place, gold place recognised": 1, "event not found on the verb": 1}
    assert result["by_source"] == {
        "AP": {"records": 2, "accuracy": 0.5, "gold_none": 0.0},
        "XIN": {"records": 1, "accuracy": 1.0, "gold_none": 1.0}}


def test_eventloc_nearest_place_baseline_measures_characters() -> None:
    places = (Place(id="p1", name="Velm", mentions=(Span(28, 32),)),
              Place(id="p2", name="Arn", mentions=(Span(38, 41),)))
    assert eventloc.nearest_place(places, Span(7, 13)) == Span(28, 32)
    assert eventloc.nearest_place(places, Span(33, 37)) == Span(28, 32)  # tie: the earlier
    assert eventloc.nearest_place((), Span(7, 13)) is None


def test_eventloc_reports_a_missing_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(eventloc.command, ["--data", str(tmp_path)])
    assert result.exit_code == 1 and "no labeled_text.dev.jsonl" in result.output


@pytest.mark.eval
@pytest.mark.model
def test_eventloc_runs_on_real_gold(shared_eval: Path) -> None:
    folder = shared_eval / "geoparsing" / "event_location_dev"
    result = CliRunner().invoke(eventloc.command, ["--data", str(folder), "--half", "score",
                                                   "--limit", "20", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output[result.output.index("{"):])
    assert figures["records"] == 20 and figures["half"] == "score"
    assert 0.0 < figures["coverage"] <= 1.0


def test_eventloc_counts_each_kind_of_error() -> None:
    placed = eventloc.Record(index=0, text=TEXT, verb=Span(7, 13), locations=(Span(28, 32),))
    elsewhere = eventloc.Record(index=1, text=TEXT, verb=Span(7, 13), locations=(Span(0, 6),))
    unplaced = eventloc.Record(index=2, text=TEXT, verb=Span(7, 13), locations=())
    judged = [eventloc.judge(unplaced, _analysis("p1")), eventloc.judge(placed, _analysis(None)),
              eventloc.judge(elsewhere, _analysis(None)), eventloc.judge(elsewhere, _analysis("p2"))]
    assert [eventloc.error_class(j) for j in judged] == [
        "place given, gold none", "none given, gold place recognised",
        "none given, gold place not recognised", "wrong place, gold place not recognised"]
