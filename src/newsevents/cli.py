"""The command line: a thin skin over the library (parse options, call, format).

Commands live in their own modules and are imported only when used (`LazyGroup`).
"""
from __future__ import annotations

import importlib

import click

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


@click.group(cls=LazyGroup, lazy=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsevents")
def main() -> None:
    """newsevents: who did what to whom, where, when, and according to whom."""


if __name__ == "__main__":  # pragma: no cover
    main()
