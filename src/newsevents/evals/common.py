"""What every `newsevents eval` command shares: the --limit/--json options and running."""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click

from ..errors import EvalDataError


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
