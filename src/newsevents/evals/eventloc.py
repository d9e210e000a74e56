"""`newsevents eval eventloc --data …/event_location_dev`: where did the event happen?

Gold (SOURCE.md beside the data): one JSON record a line, a sentence with one `VERB` span (the
event) and zero or more `LOCATION` spans (where that event happened; none when the sentence
does not say). Span offsets are taken from the gold tokens (`token_start`/`token_end`), since
some records' character offsets are token numbers.

Each record goes through the shipped pipeline up to the events stage. The record's event is our
event whose trigger overlaps the gold verb (the nearest one when several do); the record is
*covered* when there is one. Our answer is the event's place: right when one of that place's
mentions overlaps a gold location, or when both say none. Reported, over covered records:
- accuracy, and separately on records whose gold names a place and on records whose gold has
  none, plus the precision of the places we give;
- the baseline "nearest recognised place to the verb" (a place mention nearest the trigger by
  characters, none when the pipeline found no place), on the same records;
- coverage (covered / records);
- accuracy on the *linkable* records: gold none, or a gold place the places stage recognised
  (separates linking from recognition);
- accuracy per record source (outlet and annotator), with the share of its records whose gold
  is none: annotators differ in how often they give none;
- the count of each outcome (error_classes): right, a place given where the gold has none,
  none or another place given where the gold names one (the gold place recognised by the
  places stage or not), no event on the gold verb.
Halves: records with an even line index (0, 2, …) are the *look* half, odd ones the *score*
half; `--half all` takes both.
"""
from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from ..config import Settings
from ..errors import EvalDataError
from ..model import Article, ArticleAnalysis, Event, Place, Span
from .common import (
    HALVES,
    check_half,
    in_half,
    limit_and_json,
    run_eval,
    shipped_pipeline,
)

GOLD_FILE = "labeled_text.dev.jsonl"


@dataclass(frozen=True, slots=True, kw_only=True)
class Record:
    index: int
    text: str
    verb: Span
    locations: tuple[Span, ...]
    source: str = ""  # the record's `source` (outlet and annotator, e.g. "AFP_RA")


@dataclass(frozen=True, slots=True, kw_only=True)
class Judged:
    """One record's outcome: None when no event of ours was found on its verb."""

    record: Record
    event: Event | None
    right: bool = False
    baseline_right: bool = False
    predicted: bool = False
    recognised: bool = False  # the gold place is one of the pipeline's places (or gold none)


def read_records(data_dir: Path, *, half: str = "all", limit: int | None = None) -> list[Record]:
    check_half(half)
    path = data_dir / GOLD_FILE
    if not path.is_file():
        raise EvalDataError(f"{data_dir}: no {GOLD_FILE} (is this event_location_dev?)")
    out: list[Record] = []
    with path.open(encoding="utf-8") as lines:
        for index, line in enumerate(lines):
            if not in_half(index, half) or not line.strip():
                continue
            record = parse_record(index, line)
            if record is not None:
                out.append(record)
            if limit is not None and len(out) >= limit:
                break
    return out


def parse_record(index: int, line: str) -> Record | None:
    """A record, or None when it has no usable verb span."""
    try:
        raw = json.loads(line)
        tokens = raw["tokens"]
        spans = [(s["label"], _token_span(tokens, s)) for s in raw["spans"]]
        text = raw["text"]
        source = str(raw.get("source") or "")
    except (json.JSONDecodeError, KeyError, TypeError, IndexError) as err:
        raise EvalDataError(f"{GOLD_FILE} line {index + 1}: not a record ({err})") from err
    verbs = [s for label, s in spans if label == "VERB" and s is not None]
    if not verbs:
        return None
    locations = tuple(s for label, s in spans if label == "LOCATION" and s is not None)
    return Record(index=index, text=text, verb=verbs[0], locations=locations, source=source)


def _token_span(tokens: list[dict[str, Any]], span: dict[str, Any]) -> Span | None:
    first, last = span.get("token_start"), span.get("token_end")
    if first is None or last is None or not 0 <= first <= last < len(tokens):
        return None
    return Span(tokens[first]["start"], tokens[last]["end"])


def record_event(analysis: ArticleAnalysis, verb: Span) -> Event | None:
    """Our event on the gold verb: its trigger overlaps the verb (the nearest when several)."""
    found = [e for e in analysis.events if e.trigger.overlaps(verb)]
    return min(found, key=lambda e: abs(e.trigger.start - verb.start), default=None)


def place_mentions(analysis: ArticleAnalysis, ident: str | None) -> tuple[Span, ...]:
    place = next((p for p in analysis.places if p.id == ident), None)
    return place.mentions if place is not None else ()


def nearest_place(places: tuple[Place, ...], trigger: Span) -> Span | None:
    """The baseline: the place mention nearest the trigger (by characters)."""
    mentions = [m for p in places for m in p.mentions]
    return min(mentions, key=lambda m: (_gap(m, trigger), m.start), default=None)


def _gap(a: Span, b: Span) -> int:
    return max(0, b.start - a.end, a.start - b.end)


def matches(gold: tuple[Span, ...], predicted: tuple[Span, ...]) -> bool:
    if not gold:
        return not predicted
    return any(g.overlaps(p) for g in gold for p in predicted)


def judge(record: Record, analysis: ArticleAnalysis | None) -> Judged:
    event = record_event(analysis, record.verb) if analysis is not None else None
    if event is None or analysis is None:
        return Judged(record=record, event=None)
    ours = place_mentions(analysis, event.place)
    near = nearest_place(analysis.places, event.trigger)
    every = tuple(m for p in analysis.places for m in p.mentions)
    return Judged(record=record, event=event, right=matches(record.locations, ours),
                  baseline_right=matches(record.locations, (near,) if near else ()),
                  predicted=event.place is not None,
                  recognised=not record.locations or matches(record.locations, every))


def _rate(hits: int, total: int) -> float:
    return round(hits / total, 4) if total else 0.0


def score(judged: list[Judged]) -> dict[str, Any]:
    covered = [j for j in judged if j.event is not None]
    placed = [j for j in covered if j.record.locations]
    unplaced = [j for j in covered if not j.record.locations]
    given = [j for j in covered if j.predicted]
    linkable = [j for j in covered if j.recognised]
    return {
        "records": len(judged), "covered": len(covered),
        "coverage": _rate(len(covered), len(judged)),
        "accuracy": _rate(sum(j.right for j in covered), len(covered)),
        "baseline_nearest_accuracy": _rate(sum(j.baseline_right for j in covered), len(covered)),
        "gold_place_records": len(placed),
        "accuracy_gold_place": _rate(sum(j.right for j in placed), len(placed)),
        "gold_none_records": len(unplaced),
        "accuracy_gold_none": _rate(sum(j.right for j in unplaced), len(unplaced)),
        "linkable_records": len(linkable),
        "accuracy_linkable": _rate(sum(j.right for j in linkable), len(linkable)),
        "places_given": len(given),
        "precision_of_places_given": _rate(sum(j.right for j in given), len(given)),
        "reasons": dict(Counter(_reason(j) for j in covered).most_common(12)),
        "error_classes": error_classes(judged),
        "by_source": by_source(covered),
    }


def error_classes(judged: list[Judged]) -> dict[str, int]:
    """Counts of each outcome: right; a place given where the gold has none; none given, or
    another place, where the gold names one (split by whether the places stage recognised the
    gold place); no event of ours on the gold verb."""
    return dict(Counter(error_class(j) for j in judged).most_common())


def error_class(judged: Judged) -> str:
    if judged.event is None:
        return "event not found on the verb"
    if judged.right:
        return "right"
    if not judged.record.locations:
        return "place given, gold none"
    found = "recognised" if judged.recognised else "not recognised"
    if judged.event.place is None:
        return f"none given, gold place {found}"
    return f"wrong place, gold place {found}"


def by_source(covered: list[Judged]) -> dict[str, dict[str, float]]:
    """Accuracy per record source (outlet and annotator): the sources label "none" at very
    different rates, so a change can be read against each annotator's convention."""
    groups: dict[str, list[Judged]] = {}
    for judged in covered:
        groups.setdefault(judged.record.source or "?", []).append(judged)
    return {source: {"records": len(group), "accuracy": _rate(sum(j.right for j in group),
                                                               len(group)),
                     "gold_none": _rate(sum(not j.record.locations for j in group), len(group))}
            for source, group in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))}


def _reason(judged: Judged) -> str:
    """The rule that chose the place, without the words it quotes ("'in' phrase …")."""
    reason = judged.event.place_reason if judged.event is not None else None
    kind = "none" if reason is None else " ".join(w for w in reason.split() if "'" not in w)
    return f"{kind}: {'right' if judged.right else 'wrong'}"


def evaluate(data_dir: str | Path, *, limit: int | None = None, half: str = "all",
             settings: Settings | None = None) -> dict[str, Any]:
    records = read_records(Path(data_dir), half=half, limit=limit)
    pipeline = shipped_pipeline(settings)
    started = time.perf_counter()
    articles = [Article(id=f"r{r.index}", text=r.text, origin=f"r{r.index}") for r in records]
    judged = [judge(record, outcome.analysis)
              for record, outcome in zip(records, pipeline.run_many(articles))]
    result = score(judged)
    result.update(half=half, seconds=round(time.perf_counter() - started, 2))
    return result


def format_report(result: dict[str, Any]) -> str:
    return "\n".join([
        f"half {result['half']}: {result['records']} records, {result['covered']} with an event "
        f"on the gold verb (coverage {result['coverage']:.3f}; {result['seconds']} s)",
        f"event place accuracy {result['accuracy']:.3f}  (nearest-place baseline "
        f"{result['baseline_nearest_accuracy']:.3f})",
        f"  gold names a place: {result['accuracy_gold_place']:.3f} "
        f"(n={result['gold_place_records']})  gold none: {result['accuracy_gold_none']:.3f} "
        f"(n={result['gold_none_records']})",
        f"  places given: {result['places_given']}, precision "
        f"{result['precision_of_places_given']:.3f}",
        f"  where the places stage found the gold place (or gold none): "
        f"{result['accuracy_linkable']:.3f} (n={result['linkable_records']})",
        "  by rule: " + ", ".join(f"{k} {v}" for k, v in result["reasons"].items()),
        "  outcomes: " + ", ".join(f"{k} {v}" for k, v in result["error_classes"].items()),
        "  by source (accuracy, share of gold none): " + ", ".join(
            f"{k} {v['accuracy']:.3f} ({v['gold_none']:.2f}, n={v['records']:.0f})"
            for k, v in result["by_source"].items()),
    ])


@click.command("eventloc")
@click.option("--data", "data_dir", required=True, type=click.Path(file_okay=False),
              help="The event_location_dev folder (labeled_text.dev.jsonl).")
@click.option("--half", type=click.Choice(HALVES), default="all", show_default=True,
              help="look: even records (tune on these); score: odd records; all: both.")
@limit_and_json("records of the half")
def command(data_dir: str, half: str, limit: int | None, as_json: bool) -> None:
    """Event-place accuracy and coverage, next to the nearest-place baseline."""
    result = run_eval(evaluate, data_dir, limit=limit, as_json=as_json, half=half)
    if result is not None:
        click.echo(format_report(result))
