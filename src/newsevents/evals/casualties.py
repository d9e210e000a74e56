"""`newsevents eval casualties --data DIR --split train|dev --half look|score|all`: killed and
wounded per article against the Gun Violence Archive incident that cites the article.

Data (`../shared/eval/casualties/gva_cis530_dev`, see its SOURCE.md): `train/X_train.json` +
`train/y_train.json` and `dev/X_val.json` + `dev/y_val.json`, parallel lists of
{"text", "publish_date"} and {"n_killed", "n_injured", ...}. The prediction is the article's
casualty summary (the incident of the headline and lead; `stages/figures/casualties.py`), its
low bound (0 when the article has none). Halves: even record indexes are the half one may LOOK at, odd ones
the half that is only SCORED. Reported for killed and for wounded: exact accuracy on all
articles and on those whose gold is non-zero, mean absolute error, detection precision/recall
(predicted non-zero vs gold non-zero), and the predict-zero baseline's accuracy.
"""
from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from ..errors import EvalDataError
from .common import (
    HALVES,
    check_half,
    in_half,
    limit_and_json,
    run_eval,
    shipped_pipeline,
)

FILES = {"train": ("X_train.json", "y_train.json"), "dev": ("X_val.json", "y_val.json")}
TARGETS = {"killed": "n_killed", "wounded": "n_injured"}


def iter_gold(data: Path, *, split: str, half: str,
              limit: int | None = None) -> Iterator[tuple[int, dict[str, Any], dict[str, int]]]:
    """(record index, article record, {"killed", "wounded"}) for the chosen split and half."""
    check_half(half)
    if split not in FILES:
        raise EvalDataError(f"unknown split {split!r} or half {half!r}")
    xs, ys = (_load(data / split / name) for name in FILES[split])
    if len(xs) != len(ys):
        raise EvalDataError(f"{data / split}: {len(xs)} articles but {len(ys)} labels")
    count = 0
    for index, (x, y) in enumerate(zip(xs, ys)):
        if not in_half(index, half):
            continue
        try:
            gold = {k: int(y[v]) for k, v in TARGETS.items()}
            text = str(x["text"])
        except (KeyError, TypeError, ValueError) as err:
            raise EvalDataError(f"{data / split}: bad record {index} ({err})") from err
        yield index, {"text": text, "published": x.get("publish_date")}, gold
        count += 1
        if limit is not None and count >= limit:
            return


def _load(path: Path) -> list[Any]:
    if not path.is_file():
        raise EvalDataError(f"{path}: no such file (expected the GVA eval set layout)")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise EvalDataError(f"{path}: not readable JSON ({err})") from err
    if not isinstance(data, list):
        raise EvalDataError(f"{path}: expected a JSON list")
    return data


def predict(pipeline: Any, record: dict[str, Any]) -> dict[str, int]:
    """The article summary's low bounds (0 without a summary)."""
    from ..model import Article

    text = record["text"].strip() or "."
    analysis = pipeline.run(Article(id="gva", text=text))
    summary = next((c for c in analysis.casualties if c.event is None), None)
    if summary is None:
        return {"killed": 0, "wounded": 0}
    return {"killed": _point(summary.killed_low, summary.killed_high),
            "wounded": _point(summary.wounded_low, summary.wounded_high)}


def _point(low: int | None, high: int | None) -> int:
    return low if low is not None else (high or 0)


def score(pairs: list[tuple[dict[str, int], dict[str, int]]], key: str) -> dict[str, Any]:
    gold = [g[key] for g, _ in pairs]
    pred = [p[key] for _, p in pairs]
    nonzero = [(g, p) for g, p in zip(gold, pred) if g]
    tp = sum(1 for g, p in zip(gold, pred) if g and p)
    predicted = sum(1 for p in pred if p)
    n = len(pairs)
    return {
        "accuracy": _ratio(sum(g == p for g, p in zip(gold, pred)), n),
        "accuracy_nonzero": _ratio(sum(g == p for g, p in nonzero), len(nonzero)),
        "mae": _ratio(sum(abs(g - p) for g, p in zip(gold, pred)), n),
        "detection_precision": _ratio(tp, predicted), "detection_recall": _ratio(tp, len(nonzero)),
        "zero_baseline": _ratio(sum(g == 0 for g in gold), n), "nonzero": len(nonzero),
    }


def _ratio(a: float, b: int) -> float:
    return a / b if b else 0.0


def evaluate(data: str | Path | None, *, limit: int | None = None, split: str = "dev",
             half: str = "all", pipeline: Any = None) -> dict[str, Any]:
    if not data:
        raise EvalDataError("--data DIR is required (e.g. ../shared/eval/casualties/"
                            "gva_cis530_dev)")
    pipeline = pipeline or shipped_pipeline()
    started = time.perf_counter()
    pairs = [(gold, predict(pipeline, record))
             for _, record, gold in iter_gold(Path(data), split=split, half=half, limit=limit)]
    return {"split": split, "half": half, "articles": len(pairs),
            **{key: score(pairs, key) for key in TARGETS},
            "seconds": round(time.perf_counter() - started, 2)}


@click.command("casualties")
@click.option("--data", "data", required=True, type=click.Path(file_okay=False),
              help="The GVA eval folder (with train/ and dev/).")
@click.option("--split", type=click.Choice(("train", "dev")), default="dev", show_default=True)
@click.option("--half", type=click.Choice(HALVES), default="all", show_default=True,
              help="Even records (look), odd records (score) or all.")
@limit_and_json("articles")
def command(data: str, split: str, half: str, limit: int | None, as_json: bool) -> None:
    """Killed and wounded per article against the cited GVA incident."""
    result = run_eval(evaluate, data, limit=limit, as_json=as_json, split=split, half=half)
    if result is None:
        return
    click.echo(f"{result['split']} / {result['half']}: {result['articles']} articles "
               f"({result['seconds']} s)")
    for key in TARGETS:
        r = result[key]
        click.echo(f"{key:8} acc {r['accuracy']:.3f} (predict-zero {r['zero_baseline']:.3f})  "
                   f"non-zero acc {r['accuracy_nonzero']:.3f} of {r['nonzero']}  "
                   f"MAE {r['mae']:.3f}  detection P {r['detection_precision']:.3f} "
                   f"R {r['detection_recall']:.3f}")
