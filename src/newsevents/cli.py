"""The command line: a thin skin over the library (parse options, call, format).

Commands live in their own modules and are imported only when used (`LazyGroup`).
"""
from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import click

INTERNAL = "E001"  # an unexpected exception: a bug, reported in one line
INTERNAL_EXIT = 70  # EX_SOFTWARE (sysexits.h)
COMMANDS = {
    "extract": "newsevents.commands.extract:extract",
    "eval": "newsevents.evals.cli:eval_group",
    "ingest": "newsevents.store.commands:ingest",
    "query": "newsevents.store.commands:query",
    "export": "newsevents.store.commands:export",
    "sitrep": "newsevents.store.commands:sitrep",
    "gazetteer": "newsevents.resources.gazetteer_cli:gazetteer",
    "serve": "newsevents.web.commands:serve",
    "basemap": "newsevents.web.commands:basemap",
    "batch": "newsevents.batch.commands:batch",
}


class LazyGroup(click.Group):
    def __init__(self, *args, lazy: dict[str, str], **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.lazy = lazy

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
            module, _, attr = self.lazy[cmd_name].partition(":")
            return getattr(importlib.import_module(module), attr)  # type: ignore[no-any-return]
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        """Errors no command turned into a message still reach the user as one line with a
        code, never as a traceback (NEWSEVENTS_TRACEBACK=1 shows it, for a bug report)."""
        from .errors import NewsEventsError

        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except NewsEventsError as err:
            raise click.ClickException(str(err)) from err
        except Exception as err:
            if os.environ.get("NEWSEVENTS_TRACEBACK"):
                raise
            click.echo(f"Error: [{INTERNAL}] internal error: {type(err).__name__}: {err}. "
                       "This is a bug in newsevents: please report it with the command; "
                       "NEWSEVENTS_TRACEBACK=1 prints the traceback.", err=True)
            sys.exit(INTERNAL_EXIT)


@click.group(cls=LazyGroup, lazy=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsevents")
def main() -> None:
    """newsevents: who did what to whom, where, when, and according to whom."""


if __name__ == "__main__":  # pragma: no cover
    main()
