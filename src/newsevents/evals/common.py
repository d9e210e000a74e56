"""What every `newsevents eval` command shares: the --limit/--json options and running."""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from typing import Any

import click

from ..errors import EvalDataError


def shipped_pipeline(settings: Any = None) -> Any:
    """The pipeline `newsevents extract` runs: the given (default: loaded) settings with every
    configured stage. Evaluations never cut the stage list, so they measure what ships."""
    from ..config import load_settings
    from ..pipeline import build_pipeline

    return build_pipeline(settings or load_settings())


def limit_and_json(what: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The `--limit N` (first N `what`) and `--json` options of an eval command."""
    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        func = click.option("--json", "as_json", is_flag=True,
                            help="Print the figures as JSON.")(func)
        return click.option("--limit", type=int, default=None,
                            help=f"Score only the first N {what}.")(func)
    return decorate


def run_eval(evaluate: Callable[..., dict[str, Any]], data: str | None, *, limit: int | None,
          as_json: bool, **options: Any) -> dict[str, Any] | None:
    """Run `evaluate`; bad data becomes a clean CLI error. With --json the figures are printed
    here and None is returned; otherwise the caller prints its own summary of the result."""
    try:
        result = evaluate(data, limit=limit, **options)
    except EvalDataError as err:
        raise click.ClickException(str(err)) from err
    if as_json:
        click.echo(json.dumps(result, indent=2, sort_keys=True))
        return None
    return result


def f1_table(pairs: list[tuple[str, str | None]]) -> dict[str, dict[str, float]]:
    """Per-label precision, recall, F1 and support over gold and predicted labels."""
    tp, fp, fn = Counter[str](), Counter[str](), Counter[str]()
    for gold, pred in pairs:
        if pred == gold:
            tp[gold] += 1
            continue
        fn[gold] += 1
        if pred is not None:
            fp[pred] += 1
    out = {}
    for label in sorted(set(tp) | set(fp) | set(fn)):
        p = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        r = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        out[label] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                      "support": tp[label] + fn[label]}
    return out


HALVES = ("look", "score", "all")


def check_half(half: str) -> None:
    if half not in HALVES:
        raise EvalDataError(f"unknown half {half!r} (one of {', '.join(HALVES)})")


def in_half(position: int, half: str) -> bool:
    """The development split every tuned evaluation uses: even positions (or hashes) are the
    half we look at, odd ones the half we only score."""
    check_half(half)
    return half == "all" or (position % 2 == 0) == (half == "look")
