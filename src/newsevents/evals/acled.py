"""`newsevents eval acled`: ACLED sub-event types against the CASE 2021 task 2 snippets.

Gold: `case2021_task2_dev.tsv` (id, snippet, label), 30 labels: the 25 ACLED sub-event types plus
the five CASE "unseen" ones. Each snippet goes through the pipeline up to the events stage; our
label is `stages.events.acled.text_label` (the events' own ACLED types, sentence by sentence, the
sentence's words when it has no event). Chosen without looking at the gold.

Halves: records at even positions of the file are the half we LOOK at while writing rules,
records at odd positions the half we only SCORE (`--half look|score|all`).
Reported: micro-F1 (a snippet we leave unlabelled is a false negative, not a false positive),
macro-F1 over the labels present in gold or prediction, coarse accuracy (ACLED event type, the
five unseen labels counted as one "Other events" type), per-label P/R/F1 and a confusion table.
"""
from __future__ import annotations

import csv
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from ..config import Settings
from ..errors import EvalDataError
from ..model import Article
from .common import (
    HALVES,
    check_half,
    f1_table,
    in_half,
    limit_and_json,
    run_eval,
    shipped_pipeline,
)

FILE = "case2021_task2_dev.tsv"


@dataclass(frozen=True, slots=True, kw_only=True)
class Snippet:
    id: str
    text: str
    label: str


def load_gold(data_dir: Path, *, half: str = "all", limit: int | None = None) -> list[Snippet]:
    path = data_dir / FILE
    if not path.is_file():
        raise EvalDataError(f"{data_dir}: no {FILE} (is this case2021_task2_dev?)")
    check_half(half)
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    except (OSError, UnicodeDecodeError) as err:
        raise EvalDataError(f"{path}: cannot read ({err})") from err
    if not rows or rows[0][:3] != ["id", "EventSnippet", "SubType"]:
        raise EvalDataError(f"{path}: expected the header id, EventSnippet, SubType")
    out = []
    for pos, row in enumerate(rows[1:]):
        if len(row) < 3:
            raise EvalDataError(f"{path}: line {pos + 2} has {len(row)} fields, expected 3")
        if in_half(pos, half):
            out.append(Snippet(id=row[0], text=row[1], label=row[2].strip()))
    return out[:limit]


def score(pairs: list[tuple[str, str | None]], coarse: dict[str, str]) -> dict[str, Any]:
    n = len(pairs)
    right = sum(1 for g, p in pairs if g == p)
    predicted = sum(1 for _, p in pairs if p is not None)
    precision = right / predicted if predicted else 0.0
    recall = right / n if n else 0.0
    table = f1_table(pairs)
    return {
        "records": n, "unlabelled": n - predicted, "accuracy": recall,
        "micro_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "macro_f1": sum(v["f1"] for v in table.values()) / len(table) if table else 0.0,
        "coarse_accuracy": sum(1 for g, p in pairs if p is not None
                               and coarse.get(g) == coarse.get(p)) / n if n else 0.0,
        "per_label": table,
        "confusion": dict(Counter(f"{g}->{p or 'NONE'}" for g, p in pairs if g != p)
                          .most_common(25)),
    }


def evaluate(data_dir: str | Path, *, limit: int | None = None, half: str = "all",
             settings: Settings | None = None) -> dict[str, Any]:
    from ..stages.events.acled import text_label
    from ..stages.events.syntax import Tree

    gold = load_gold(Path(data_dir), half=half, limit=limit)
    pipeline = shipped_pipeline(settings)
    table = pipeline.resources.get("acled_crosswalk")
    started = time.perf_counter()
    pairs: list[tuple[str, str | None]] = []
    for snippet in gold:
        outcome, parse = pipeline.run_traced(Article(id=snippet.id, text=snippet.text))
        label = (text_label(outcome.analysis, Tree(parse), table)
                 if outcome.analysis is not None and parse is not None else None)
        pairs.append((snippet.label, label))
    result = score(pairs, {code: value[0] for code, value in table.labels.items()})
    result.update(half=half, seconds=round(time.perf_counter() - started, 2),
                  crosswalk_version=table.version)
    return result


@click.command("acled")
@click.option("--data", "data_dir", required=True, type=click.Path(file_okay=False),
              help="The case2021_task2_dev folder (case2021_task2_dev.tsv).")
@click.option("--half", type=click.Choice(HALVES), default="all", show_default=True,
              help="look: even positions (tuned on); score: odd positions (held out).")
@limit_and_json("snippets")
def command(data_dir: str, half: str, limit: int | None, as_json: bool) -> None:
    """ACLED sub-event types (CASE 2021): micro/macro F1, coarse accuracy, confusions."""
    result = run_eval(evaluate, data_dir, limit=limit, as_json=as_json, half=half)
    if result is None:
        return
    click.echo(f"half {result['half']}: {result['records']} snippets ({result['seconds']} s), "
               f"unlabelled {result['unlabelled']}")
    click.echo("micro-F1 {micro_f1:.3f}  macro-F1 {macro_f1:.3f}  coarse accuracy "
               "{coarse_accuracy:.3f}".format(**result))
    click.echo(f"{'label':32} {'P':>5} {'R':>5} {'F1':>5} {'n':>4}")
    for label, row in result["per_label"].items():
        click.echo(f"{label:32} {row['precision']:5.2f} {row['recall']:5.2f} {row['f1']:5.2f} "
                   f"{row['support']:4d}")
    click.echo("most frequent confusions (gold->ours):")
    for pair, count in result["confusion"].items():
        click.echo(f"  {count:3d}  {pair}")
