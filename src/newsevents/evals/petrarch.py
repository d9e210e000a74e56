"""`newsevents eval petrarch`: CAMEO coding against the PETRARCH2 unit-test records.

The records use fictional actors (Arnor, Gondor, …) defined in the suite's own dictionaries,
which we load as user dictionaries (`PETR.Validate.actors.txt`, `PETR.Validate.agents.txt`).
The suite's verb dictionary is NOT used: verbs are coded by our own lexicon.

For each record we compare the set of gold (source, target, CAMEO) triples with ours, where an
event's source/target code is the CAMEO-style code of its first source/target actor. Negated,
denied and hypothetical events are left out (PETRARCH does not code them). Reported, overall and
per category of the suite:
- sentence accuracy: the triple sets are equal (a "noevents" record is right when we code none);
- triple precision / recall / F1;
- root agreement: share of gold codings whose two-digit CAMEO root is the root of one of our
  events in the same sentence (actors not required), "root+actors" (the same with source and
  target codes equal too) and "actors" (source and target codes equal, any event code).
Note: the suite's own verb dictionary says most of its codes are WEIS codes tweaked for unit
tests, not CAMEO, so CAMEO-root agreement with a CAMEO coder that does not load that verb file
stays low; the actor figures measure argument extraction with the suite's actor dictionaries.
"""
from __future__ import annotations

import datetime as dt
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from ..config import Settings, load_settings
from ..errors import EvalDataError
from ..model import Article, ArticleAnalysis
from .common import limit_and_json, run_eval, shipped_pipeline

SKIP_MODALITIES = frozenset({"negated", "denied", "hypothetical"})
Triple = tuple[str, str, str]


@dataclass(frozen=True, slots=True, kw_only=True)
class Record:
    id: str
    category: str
    text: str
    date: dt.date | None
    triples: frozenset[Triple]


def load_records(data_dir: Path, *, limit: int | None = None) -> list[Record]:
    path = data_dir / "PETR.UnitTest.records.xml"
    if not path.is_file():
        raise EvalDataError(
            f"{data_dir}: no PETR.UnitTest.records.xml (is this petrarch2_unittest?)")
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as err:
        raise EvalDataError(f"{path}: not valid XML ({err})") from err
    records = [_record(s) for s in root.iter("Sentence")]
    return [r for r in records if r is not None][:limit]


def _record(node: ET.Element) -> Record | None:
    text = " ".join((node.findtext("Text") or "").split())
    if not text:
        return None
    triples = frozenset(
        (c.get("sourcecode", ""), c.get("targetcode", ""), c.get("eventcode", ""))
        for c in node.iter("EventCoding") if c.get("eventcode"))
    return Record(id=node.get("id", ""), category=node.get("category", ""), text=text,
                  date=_date(node.get("date", "")), triples=triples)


def _date(value: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(value, "%Y%m%d").date()
    except ValueError:
        return None


def predicted(analysis: ArticleAnalysis) -> frozenset[Triple]:
    codes = {a.id: a.code or "" for a in analysis.actors}
    out = set()
    for event in analysis.events:
        if event.modality in SKIP_MODALITIES:
            continue
        source = codes.get(event.source_actors[0], "") if event.source_actors else ""
        target = codes.get(event.target_actors[0], "") if event.target_actors else ""
        out.add((source, target, event.cameo_code))
    return frozenset(out)


def score(pairs: list[tuple[Record, frozenset[Triple]]]) -> dict[str, Any]:
    by_cat: dict[str, list[tuple[Record, frozenset[Triple]]]] = defaultdict(list)
    for pair in pairs:
        by_cat[pair[0].category].append(pair)
    result = _figures(pairs)
    result["categories"] = {cat: _figures(items) for cat, items in sorted(by_cat.items())}
    return result


def _figures(pairs: list[tuple[Record, frozenset[Triple]]]) -> dict[str, Any]:
    tp = fp = fn = exact = gold_n = root_hits = full_hits = actor_hits = 0
    for record, pred in pairs:
        exact += record.triples == pred
        tp += len(record.triples & pred)
        fp += len(pred - record.triples)
        fn += len(record.triples - pred)
        roots = {code[:2] for _, _, code in pred}
        for source, target, code in record.triples:
            gold_n += 1
            root_hits += code[:2] in roots
            full_hits += any(p[:2] == (source, target) and p[2][:2] == code[:2] for p in pred)
            actor_hits += any(p[:2] == (source, target) for p in pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "sentences": len(pairs), "sentence_accuracy": exact / len(pairs) if pairs else 0.0,
        "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "gold_codings": gold_n, "root_agreement": root_hits / gold_n if gold_n else 0.0,
        "root_actor_agreement": full_hits / gold_n if gold_n else 0.0,
        "actor_agreement": actor_hits / gold_n if gold_n else 0.0,
    }


def evaluate(data_dir: str | Path, *, limit: int | None = None, with_verbs: bool = False,
             settings: Settings | None = None) -> dict[str, Any]:
    """Score the suite; `with_verbs` also loads its verb dictionary as a user verb dictionary."""
    folder = Path(data_dir)
    records = load_records(folder, limit=limit)
    dictionaries = tuple(str(folder / f"PETR.Validate.{k}.txt") for k in ("actors", "agents"))
    settings = (settings or load_settings()).with_(user_dictionaries=dictionaries)
    if with_verbs:
        extra = dict(settings.extra, verb_dictionaries=(str(folder / "PETR.Validate.verbs.txt"),))
        settings = settings.with_(extra=extra)
    pipeline = shipped_pipeline(settings)
    started = time.perf_counter()
    articles = [Article(id=r.id, text=r.text, published=r.date, origin=r.id) for r in records]
    pairs, failed = [], 0
    for record, outcome in zip(records, pipeline.run_many(articles)):
        failed += outcome.analysis is None
        pairs.append((record, predicted(outcome.analysis) if outcome.analysis else frozenset()))
    result = score(pairs)
    result["failed"] = failed
    result["verb_dictionary"] = "suite's PETR.Validate.verbs.txt" if with_verbs else "own lexicon"
    result["seconds"] = round(time.perf_counter() - started, 2)
    return result


@click.command("petrarch")
@click.option("--data", "data_dir", required=True, type=click.Path(file_okay=False),
              help="The petrarch2_unittest folder (records XML + PETR.Validate.* dictionaries).")
@click.option("--with-verbs", is_flag=True,
              help="Also load the suite's verb dictionary (PETRARCH format) as user verbs.")
@limit_and_json("records")
def command(data_dir: str, limit: int | None, with_verbs: bool, as_json: bool) -> None:
    """CAMEO coding on PETRARCH2's unit tests: exact triples and root-code agreement."""
    result = run_eval(evaluate, data_dir, limit=limit, as_json=as_json, with_verbs=with_verbs)
    if result is None:
        return
    click.echo(f"sentences {result['sentences']}  ({result['seconds']} s)  failed: "
               f"{result['failed']}  verbs: {result['verb_dictionary']}")
    click.echo(_line("all", result))
    for category, figures in result["categories"].items():
        click.echo(_line(category, figures))


def _line(name: str, f: dict[str, Any]) -> str:
    return (f"{name:10s} n={f['sentences']:3d}  sentence acc {f['sentence_accuracy']:.3f}  "
            f"triple P {f['precision']:.3f} R {f['recall']:.3f} F1 {f['f1']:.3f}  "
            f"root {f['root_agreement']:.3f}  root+actors {f['root_actor_agreement']:.3f}  "
            f"actors {f['actor_agreement']:.3f}")
