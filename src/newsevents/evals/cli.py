"""`newsevents eval NAME --data DIR`: one sub-command per gold set, each in its own module."""
from __future__ import annotations

import click

from ..cli import LazyGroup

EVALS = {
    "boilerplate": "newsevents.evals.boilerplate:command",
    "actors": "newsevents.evals.actors:command",
    "plover": "newsevents.evals.plover:command",
    "petrarch": "newsevents.evals.petrarch:command",
    "acled": "newsevents.evals.acled:command",
    "arguments": "newsevents.evals.arguments:command",
    "geo": "newsevents.evals.geo:command",
    "quotes": "newsevents.evals.quotes:command",
    "figures": "newsevents.evals.figures:command",
    "casualties": "newsevents.evals.casualties:command",
    "dedup": "newsevents.evals.dedup:command",
    "eventloc": "newsevents.evals.eventloc:command",
}


@click.group(cls=LazyGroup, lazy=EVALS)
def eval_group() -> None:
    """Score newsevents against a public gold set and print the figures."""
