"""`newsevents eval plover`: event typing against the PLOVER gold standard (dev half).

Gold: `PLOVER_GSR_CAMEO.dev.json`, one coded sentence per record (PLOVER 0.5 names, mapped to
the 16-type manual as eval/README.md says: DEMAND → REQUEST, DISAPPROVE → ACCUSE/disapprove,
INVESTIGATE → ACCUSE/investigate, FIGHT → ASSAULT; old modes renamed likewise).

`--half look|score|all` picks a deterministic half of the records (CRC-32 of the record id, even
= look, odd = score): rules are tuned by looking only at the `look` half, and the `score` half
is only scored (`--errors` lists the wrong records of the look half and refuses the score half).

Each sentence goes through the pipeline (up to the events stage). Our prediction for a record
is its *main* event (stages/events/salience.py: main clause before relative, adverbial and
noun clauses, then nearest the root, then earliest) — chosen without looking at the gold. Reported:
- type accuracy and macro-F1 over the gold types (a record with no event counts as wrong);
- "any" accuracy: the gold type is among all our events of the sentence;
- mode accuracy on records whose gold has a mode and whose type we got right;
- source/target agreement: on records where both sides name actors, whether a country code of
  a gold actor (or IGO/NGO/…) equals the country (or code prefix) of one of ours.
"""
from __future__ import annotations

import datetime as dt
import json
import time
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from ..config import Settings
from ..errors import EvalDataError
from ..model import Article, ArticleAnalysis, Event
from ..stages.events.salience import main_event
from .common import HALVES, f1_table, limit_and_json, run_eval, shipped_pipeline
from .common import in_half as in_position_half

OLD_TYPES = {"DEMAND": ("REQUEST", None), "DISAPPROVE": ("ACCUSE", "disapprove"),
             "INVESTIGATE": ("ACCUSE", "investigate"), "FIGHT": ("ASSAULT", None)}
OLD_MODES = {"demo-org": "demo", "demo-spon": "demo", "strike-hun": "hunger",
             "strike-gen": "strike", "riot-spon": "riot", "riot-org": "riot", "host": "visit",
             "detain": "arrest", "confiscate": "seize", "assassinate": "targeted"}


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldRecord:
    id: str
    text: str
    date: dt.date | None
    plover_type: str
    mode: str | None
    sources: frozenset[str]
    targets: frozenset[str]


def map_gold(event: str, mode: str | None) -> tuple[str, str | None]:
    """PLOVER 0.5 type and mode → the current 16-type names."""
    new_type, implied_mode = OLD_TYPES.get(event, (event, None))
    mode = (mode or "").strip() or None
    return new_type, implied_mode or (OLD_MODES.get(mode, mode) if mode else None)


def _codes(actors: Any) -> frozenset[str]:
    if not isinstance(actors, list):
        return frozenset()
    return frozenset(str(a.get("code", ""))[:3].upper() for a in actors
                     if isinstance(a, dict) and a.get("code"))


def in_half(ident: str, half: str) -> bool:
    """The deterministic split: CRC-32 of the record id, even = look, odd = score."""
    return in_position_half(zlib.crc32(ident.encode("utf-8")), half)


def load_gold(data_dir: Path, *, limit: int | None = None, half: str = "all"
              ) -> list[GoldRecord]:
    path = data_dir / "PLOVER_GSR_CAMEO.dev.json"
    if not path.is_file():
        raise EvalDataError(f"{data_dir}: no PLOVER_GSR_CAMEO.dev.json (is this plover_gsr_dev?)")
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise EvalDataError(f"{path}: cannot read ({err})") from err
    out = []
    for raw in records:
        if raw.get("event") == "DOCUMENT" or not raw.get("text") or not in_half(
                str(raw.get("id", "")), half):
            continue
        ptype, mode = map_gold(raw["event"], raw.get("mode"))
        out.append(GoldRecord(
            id=raw["id"], text=raw["text"], date=_date(raw.get("date")), plover_type=ptype,
            mode=mode, sources=_codes(raw.get("source")), targets=_codes(raw.get("target"))))
    return out[:limit]


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def actor_codes(analysis: ArticleAnalysis, ids: tuple[str, ...]) -> frozenset[str]:
    by_id = {a.id: a for a in analysis.actors}
    out = set()
    for ident in ids:
        actor = by_id.get(ident)
        if actor is not None:
            out |= {c for c in (actor.country, (actor.code or "")[:3]) if c}
    return frozenset(out)


def score(pairs: list[tuple[GoldRecord, ArticleAnalysis | None, Event | None]]) -> dict[str, Any]:
    """Figures from (gold, analysis, main event) triples."""
    n = len(pairs)
    right = sum(1 for g, _, e in pairs if e is not None and e.plover_type == g.plover_type)
    any_right = sum(1 for g, a, _ in pairs
                    if a is not None and g.plover_type in {e.plover_type for e in a.events})
    moded = [(g, e) for g, _, e in pairs
             if g.mode and e is not None and e.plover_type == g.plover_type]
    modes = sum(1 for g, e in moded if e is not None and e.plover_mode == g.mode)
    result: dict[str, Any] = {
        "records": n, "type_accuracy": right / n if n else 0.0,
        "any_event_accuracy": any_right / n if n else 0.0,
        "no_event": sum(1 for _, _, e in pairs if e is None),
        "macro_f1": macro_f1([(g.plover_type, e.plover_type if e else None) for g, _, e in pairs]),
        "mode_records": len(moded), "mode_accuracy": modes / len(moded) if moded else 0.0,
    }
    for side in ("source", "target"):
        result.update(_agreement(pairs, side))
    return result


def _agreement(pairs: list[tuple[GoldRecord, ArticleAnalysis | None, Event | None]],
               side: str) -> dict[str, Any]:
    counted = agree = 0
    for gold, analysis, event in pairs:
        want = gold.sources if side == "source" else gold.targets
        if not want or event is None or analysis is None:
            continue
        ids = event.source_actors if side == "source" else event.target_actors
        got = actor_codes(analysis, ids)
        if not got:
            continue
        counted += 1
        agree += bool(want & got)
    return {f"{side}_records": counted, f"{side}_agreement": agree / counted if counted else 0.0}


def macro_f1(pairs: list[tuple[str, str | None]]) -> float:
    """Macro-F1 over the gold labels (a missing prediction is a false negative)."""
    table = f1_table(pairs)
    labels = sorted({g for g, _ in pairs})
    return sum(table[label]["f1"] for label in labels) / len(labels) if labels else 0.0


def evaluate(data_dir: str | Path, *, limit: int | None = None, half: str = "all",
             errors: bool = False, settings: Settings | None = None) -> dict[str, Any]:
    if errors and half != "look":
        raise EvalDataError("--errors lists records of the look half only (--half look)")
    gold = load_gold(Path(data_dir), limit=limit, half=half)
    pipeline = shipped_pipeline(settings)
    started = time.perf_counter()
    articles = [Article(id=g.id, text=g.text, published=g.date, origin=g.id) for g in gold]
    pairs = []
    for record, article in zip(gold, articles):
        outcome, parse = pipeline.run_traced(article)
        analysis = outcome.analysis
        pairs.append((record, analysis, main_event(analysis.events, parse)
                      if analysis and parse else None))
    result = score(pairs)
    result["half"] = half
    result["no_event_share"] = result["no_event"] / len(pairs) if pairs else 0.0
    result["failed"] = sum(1 for _, analysis, _ in pairs if analysis is None)
    if errors:
        result["errors"] = [_error_row(g, e) for g, _, e in pairs
                            if e is None or e.plover_type != g.plover_type]
    result["seconds"] = round(time.perf_counter() - started, 2)
    result["confusion"] = dict(Counter(
        f"{g.plover_type}->{e.plover_type if e else 'NONE'}" for g, _, e in pairs
        if e is None or e.plover_type != g.plover_type).most_common(15))
    return result


def _error_row(gold: GoldRecord, event: Event | None) -> dict[str, Any]:
    return {"id": gold.id, "gold": gold.plover_type, "gold_mode": gold.mode, "text": gold.text,
            "ours": event.plover_type if event else None,
            "trigger": event.trigger.of(gold.text) if event else None}


@click.command("plover")
@click.option("--data", "data_dir", required=True, type=click.Path(file_okay=False),
              help="The plover_gsr_dev folder (PLOVER_GSR_CAMEO.dev.json).")
@click.option("--half", type=click.Choice(HALVES), default="all", show_default=True,
              help="Deterministic half of the records: look (tune on it), score (only score).")
@click.option("--errors", is_flag=True, help="List the wrongly typed records (look half only).")
@limit_and_json("records")
def command(data_dir: str, limit: int | None, half: str, errors: bool, as_json: bool) -> None:
    """PLOVER event typing: type accuracy / macro-F1, mode accuracy, actor agreement."""
    result = run_eval(evaluate, data_dir, limit=limit, as_json=as_json, half=half, errors=errors)
    if result is None:
        return
    click.echo(f"records {result['records']} (half {half}, {result['seconds']} s)  no event: "
               f"{result['no_event']} ({result['no_event_share']:.1%})  failed: "
               f"{result['failed']}")
    click.echo("type accuracy {type_accuracy:.3f}  macro-F1 {macro_f1:.3f}  any-event accuracy "
               "{any_event_accuracy:.3f}".format(**result))
    click.echo("mode accuracy {mode_accuracy:.3f} (n={mode_records})".format(**result))
    click.echo("source agreement {source_agreement:.3f} (n={source_records})  target agreement "
               "{target_agreement:.3f} (n={target_records})".format(**result))
    for row in result.get("errors", ()):
        click.echo(f"{row['id']}  gold {row['gold']}/{row['gold_mode']}  ours {row['ours']} "
                   f"({row['trigger']!r})  {row['text']}")
