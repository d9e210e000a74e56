"""`newsevents eval figures`: exact-range accuracy of figures on our own labelled sentences.

Gold (default: the packaged `data/figures/figures_gold.jsonl`): one JSON object a line,
{"text", "figures": [{"category", "low", "high", "qualifier", "hedged"}]}; a first line with
"_header" is skipped. A sentence is right when its predicted figures, as (category, low, high,
qualifier) tuples, equal the gold ones as a multiset; sentences without any gold figure (the
traps) are right only when nothing is predicted. Reported: sentence accuracy overall and on
sentences with at least one gold figure, figure-level P/R/F1 on exact tuples, and per-field
accuracy (category, low, high, qualifier, hedged) over the gold figures that could be paired
with a prediction (the one sharing most fields).
"""
from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

import click

from ..errors import EvalDataError
from .common import limit_and_json, run_eval, shipped_pipeline

FIELDS = ("category", "low", "high", "qualifier", "hedged")


@dataclass(frozen=True, slots=True)
class Row:
    category: str
    low: int | None
    high: int | None
    qualifier: str
    hedged: bool

    @property
    def exact(self) -> tuple[str, int | None, int | None, str]:
        return (self.category, self.low, self.high, self.qualifier)


def default_data() -> Path:
    return Path(str(importlib_resources.files("newsevents") / "data" / "figures"
                    / "figures_gold.jsonl"))


def iter_gold(path: Path, *, limit: int | None = None) -> Iterator[tuple[str, list[Row]]]:
    if not path.is_file():
        raise EvalDataError(f"{path}: no such gold file")
    count = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith('{"_header"'):
            continue
        try:
            item = json.loads(line)
            rows = [Row(f["category"], f["low"], f["high"], f["qualifier"],
                        bool(f.get("hedged", False))) for f in item["figures"]]
        except (json.JSONDecodeError, KeyError, TypeError) as err:
            raise EvalDataError(f"{path}:{number}: bad gold line ({err})") from err
        yield item["text"], rows
        count += 1
        if limit is not None and count >= limit:
            return


def score_sentence(gold: list[Row], pred: list[Row]) -> dict[str, int]:
    exact_gold, exact_pred = Counter(r.exact for r in gold), Counter(r.exact for r in pred)
    tp = sum((exact_gold & exact_pred).values())
    counts = {"right": int(exact_gold == exact_pred), "tp": tp, "fp": len(pred) - tp,
              "fn": len(gold) - tp, "paired": 0, **{f: 0 for f in FIELDS}}
    remaining = list(pred)
    for row in gold:
        best = max(remaining, key=lambda p: _agree(row, p), default=None)
        if best is None:
            continue
        remaining.remove(best)
        counts["paired"] += 1
        for name in FIELDS:
            counts[name] += getattr(row, name) == getattr(best, name)
    return counts


def _agree(a: Row, b: Row) -> int:
    return sum(getattr(a, f) == getattr(b, f) for f in FIELDS)


def summarize(results: list[tuple[bool, dict[str, int]]]) -> dict[str, Any]:
    def total(key: str, only: bool | None = None) -> int:
        return sum(c[key] for has, c in results if only is None or has == only)

    with_gold = [c for has, c in results if has]
    tp, fp, fn = total("tp"), total("fp"), total("fn")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    gold_figures, paired = tp + fn, total("paired")
    return {
        "sentences": len(results), "with_figures": len(with_gold),
        "accuracy": total("right") / len(results) if results else 0.0,
        "accuracy_with_figures": (sum(c["right"] for c in with_gold) / len(with_gold)
                                  if with_gold else 0.0),
        "traps_clean": total("right", False) / max(1, len(results) - len(with_gold)),
        "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "fields": {f: total(f) / paired if paired else 0.0 for f in FIELDS},
        "gold_figures": gold_figures, "paired": paired,
    }


def predict(pipeline: Any, text: str) -> list[Row]:
    from ..model import Article

    analysis = pipeline.run(Article(id="gold", text=text))
    return [Row(f.category, f.low, f.high, f.qualifier, f.hedged) for f in analysis.figures]


def evaluate(data: str | Path | None = None, *, limit: int | None = None,
             pipeline: Any = None) -> dict[str, Any]:
    path = Path(data) if data else default_data()
    pipeline = pipeline or shipped_pipeline()
    started = time.perf_counter()
    results = [(bool(gold), score_sentence(gold, predict(pipeline, text)))
               for text, gold in iter_gold(path, limit=limit)]
    summary = summarize(results)
    summary["seconds"] = round(time.perf_counter() - started, 2)
    return summary


@click.command("figures")
@click.option("--data", "data", default=None, type=click.Path(dir_okay=False),
              help="Gold JSONL (default: the packaged figures_gold.jsonl).")
@limit_and_json("sentences")
def command(data: str | None, limit: int | None, as_json: bool) -> None:
    """Exact-range accuracy of figures (category, low, high, qualifier) and per field."""
    result = run_eval(evaluate, data, limit=limit, as_json=as_json)
    if result is None:
        return
    click.echo(f"sentences {result['sentences']} ({result['with_figures']} with figures, "
               f"{result['gold_figures']} gold figures; {result['seconds']} s)")
    click.echo(f"exact-range accuracy {result['accuracy']:.3f}  "
               f"on sentences with figures {result['accuracy_with_figures']:.3f}  "
               f"traps clean {result['traps_clean']:.3f}")
    click.echo(f"figures P {result['precision']:.3f}  R {result['recall']:.3f}  "
               f"F1 {result['f1']:.3f}")
    click.echo("per field: " + "  ".join(f"{k} {v:.3f}" for k, v in result["fields"].items()))
