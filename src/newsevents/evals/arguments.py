"""`newsevents eval arguments`: triggers and arguments against WikiEvents or RAMS (dev).

Only the event types that map to PLOVER families are scored (ONTOLOGY.md): attacks, deaths and
injuries (ASSAULT), arrests (COERCE), movement of people and forces (MOBILIZE / RETREAT /
SANCTION-expel), meetings (CONSULT), demonstrations (PROTEST), threats (THREATEN). Roles map to
our three slots: source (attacker, killer, jailer, transporter, …), target (victim, target,
detainee, …) and place. Spans match when they overlap (a head-word style match).

- WikiEvents (`dev.jsonl`): whole documents; trigger identification / classification F1 (an
  event of ours of a mapped family overlapping a gold trigger), and argument identification /
  classification F1 over all predicted and gold arguments of those families.
- RAMS (`dev.jsonlines`): five-sentence windows with one gold trigger; argument F1 given the
  trigger (our event whose trigger overlaps it), as RAMS is usually scored.
"""
from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from ..config import Settings
from ..errors import EvalDataError
from ..model import Article, ArticleAnalysis, Event, Span
from .common import limit_and_json, run_eval, shipped_pipeline

FAMILIES = {
    "attack": ("conflict.attack", "life.die", "life.injure"),
    "arrest": ("justice.arrestjaildetain",),
    "movement": ("movement.transportation", "movement.transportperson"),
    "meet": ("contact.contact.meet", "contact.discussion.meet", "contact.negotiate.meet",
             "contact.requestcommand.meet"),
    "demonstrate": ("conflict.demonstrate",),
    "threaten": ("contact.threatencoerce",),
}
PLOVER_FAMILY = {"ASSAULT": "attack", "COERCE": "arrest", "MOBILIZE": "movement",
                 "RETREAT": "movement", "SANCTION": "movement", "CONSULT": "meet",
                 "PROTEST": "demonstrate", "THREATEN": "threaten"}
SOURCE_ROLES = ("attacker", "killer", "injurer", "jailer", "transporter", "demonstrator",
                "communicator", "agent", "perpetrator", "participant")
TARGET_ROLES = ("victim", "target", "detainee", "passenger", "recipient", "participant")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    family: str
    trigger: Span
    args: tuple[tuple[str, Span], ...]  # (slot, span); slot in source/target/place


@dataclass(frozen=True, slots=True)
class Doc:
    id: str
    text: str
    events: tuple[GoldEvent, ...]


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def f1(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


@dataclass(slots=True)
class Tally:
    trig_i: Counts = field(default_factory=Counts)
    trig_c: Counts = field(default_factory=Counts)
    arg_i: Counts = field(default_factory=Counts)
    arg_c: Counts = field(default_factory=Counts)


def family_of(event_type: str) -> str | None:
    name = event_type.lower()
    return next((f for f, prefixes in FAMILIES.items() if name.startswith(prefixes)), None)


def slot_of(role: str) -> str | None:
    name = role.lower()
    if name.endswith("place"):
        return "place"
    if any(name.endswith(r) for r in SOURCE_ROLES[:-1]) or name.endswith("participant"):
        return "source"
    return "target" if any(name.endswith(r) for r in TARGET_ROLES) else None


def read_wikievents(path: Path, *, limit: int | None) -> Iterator[Doc]:
    for line in _lines(path, limit):
        raw = json.loads(line)
        text, offsets = _join([[t[0] for t in sent[0]] for sent in raw["sentences"]])
        mentions = {m["id"]: m for m in raw["entity_mentions"]}
        yield Doc(raw["doc_id"], text, tuple(
            ev for ev in (_wiki_event(e, offsets, mentions) for e in raw["event_mentions"]) if ev))


def _wiki_event(raw: dict[str, Any], offsets: list[tuple[int, int]],
                mentions: dict[str, Any]) -> GoldEvent | None:
    family = family_of(raw["event_type"])
    if family is None:
        return None
    trig = raw["trigger"]
    args = []
    for arg in raw["arguments"]:
        slot, mention = slot_of(arg["role"]), mentions.get(arg["entity_id"])
        if slot and mention:
            args.append((slot, _span(offsets, mention["start"], mention["end"])))
    return GoldEvent(family, _span(offsets, trig["start"], trig["end"]), tuple(args))


def read_rams(path: Path, *, limit: int | None) -> Iterator[Doc]:
    for line in _lines(path, limit):
        raw = json.loads(line)
        start, end = raw["evt_triggers"][0][0], raw["evt_triggers"][0][1]
        family = family_of(raw["evt_triggers"][0][2][0][0])
        if family is None:
            continue
        text, offsets = _join(raw["sentences"])
        links = raw["gold_evt_links"]
        args = tuple((slot, _span(offsets, a[0], a[1] + 1)) for (_, a, role) in links
                     if (slot := slot_of(role.split("arg")[-1][2:])))
        yield Doc(raw["doc_key"], text,
                  (GoldEvent(family, _span(offsets, start, end + 1), args),))


def _join(sentences: list[list[str]]) -> tuple[str, list[tuple[int, int]]]:
    """Text rebuilt from gold tokens (spaces between tokens, a new line between sentences), so
    token offsets are exact."""
    parts, offsets, pos = [], [], 0
    for sent in sentences:
        for word in sent:
            offsets.append((pos, pos + len(word)))
            parts.append(word + " ")
            pos += len(word) + 1
        parts.append("\n")
        pos += 1
    return "".join(parts), offsets


def _lines(path: Path, limit: int | None) -> list[str]:
    if not path.is_file():
        raise EvalDataError(f"{path}: not found")
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return lines[:limit]


def _span(offsets: list[tuple[int, int]], start: int, end: int) -> Span:
    return Span(offsets[start][0], offsets[max(start, end - 1)][1])


def predicted_args(analysis: ArticleAnalysis, event: Event) -> list[tuple[str, Span]]:
    out = [("source", s) for s in event.source_spans] + [("target", s) for s in event.target_spans]
    place = next((p for p in analysis.places if p.id == event.place), None)
    if place is not None and event.evidence is not None:
        out += [("place", m) for m in place.mentions if event.evidence.contains(m)]
    return out


def score_args(tally: Tally, gold: tuple[tuple[str, Span], ...],
               pred: list[tuple[str, Span]]) -> None:
    used: set[int] = set()
    for slot, span in pred:
        hit = next((k for k, (g_slot, g_span) in enumerate(gold)
                    if k not in used and g_span.overlaps(span)), None)
        if hit is None:
            tally.arg_i.fp += 1
            tally.arg_c.fp += 1
            continue
        used.add(hit)
        tally.arg_i.tp += 1
        if gold[hit][0] == slot:
            tally.arg_c.tp += 1
        else:
            tally.arg_c.fp += 1
            tally.arg_c.fn += 1
    missed = len(gold) - len(used)
    tally.arg_i.fn += missed
    tally.arg_c.fn += missed


def score_document(tally: Tally, doc: Doc, analysis: ArticleAnalysis, *, given: bool) -> None:
    ours = [e for e in analysis.events if e.plover_type in PLOVER_FAMILY]
    matched: set[str] = set()
    for gold in doc.events:
        pool = analysis.events if given else ours
        cands = [e for e in pool if e.trigger.overlaps(gold.trigger)]
        event = next((e for e in cands if e.id not in matched), None)
        if event is None:
            tally.trig_i.fn += 1
            tally.trig_c.fn += 1
            tally.arg_i.fn += len(gold.args)
            tally.arg_c.fn += len(gold.args)
            continue
        matched.add(event.id)
        tally.trig_i.tp += 1
        right = PLOVER_FAMILY.get(event.plover_type) == gold.family
        tally.trig_c.tp += right
        tally.trig_c.fn += not right
        tally.trig_c.fp += not right
        score_args(tally, gold.args, predicted_args(analysis, event))
    if not given:
        for event in ours:
            if event.id not in matched:
                tally.trig_i.fp += 1
                tally.trig_c.fp += 1
                extra = predicted_args(analysis, event)
                tally.arg_i.fp += len(extra)
                tally.arg_c.fp += len(extra)


def evaluate(data_dir: str | Path, *, limit: int | None = None,
             settings: Settings | None = None) -> dict[str, Any]:
    folder = Path(data_dir)
    if (folder / "dev.jsonl").is_file():
        docs = list(read_wikievents(folder / "dev.jsonl", limit=limit))
        given, name = False, "wikievents"
    elif (folder / "dev.jsonlines").is_file():
        docs, given, name = list(read_rams(folder / "dev.jsonlines", limit=limit)), True, "rams"
    else:
        raise EvalDataError(f"{folder}: no dev.jsonl (WikiEvents) or dev.jsonlines (RAMS)")
    pipeline = shipped_pipeline(settings)
    started = time.perf_counter()
    tally = Tally()
    articles = [Article(id=d.id, text=d.text, origin=d.id) for d in docs]
    failed = []
    for doc, outcome in zip(docs, pipeline.run_many(articles)):
        if outcome.analysis is None:
            failed.append(f"{doc.id}: {outcome.error.message if outcome.error else '?'}")
            continue
        score_document(tally, doc, outcome.analysis, given=given)
    result: dict[str, Any] = {"dataset": name, "documents": len(docs),
                              "gold_events": sum(len(d.events) for d in docs),
                              "seconds": round(time.perf_counter() - started, 2),
                              "failed": len(failed), "failures": failed[:5]}
    for key in ("trig_i", "trig_c", "arg_i", "arg_c"):
        result[key] = getattr(tally, key).f1()
    return result


@click.command("arguments")
@click.option("--data", "data_dir", required=True, type=click.Path(file_okay=False),
              help="wikievents_dev (dev.jsonl) or RAMS_dev (dev.jsonlines).")
@limit_and_json("documents")
def command(data_dir: str, limit: int | None, as_json: bool) -> None:
    """Trigger and argument F1 on event types that map to PLOVER."""
    result = run_eval(evaluate, data_dir, limit=limit, as_json=as_json)
    if result is None:
        return
    click.echo(f"{result['dataset']}: {result['documents']} documents, {result['gold_events']} "
               f"gold events of mapped types ({result['seconds']} s); "
               f"failed documents: {result['failed']}")
    for key, label in (("trig_i", "trigger identification"), ("trig_c", "trigger class"),
                       ("arg_i", "argument identification"), ("arg_c", "argument class")):
        f = result[key]
        click.echo(f"{label:24s} P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}")
