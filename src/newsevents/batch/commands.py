"""CLI skin: `newsevents batch INPUT... --out DIR [--engine spark|local]`."""
from __future__ import annotations

import click

from ..errors import NewsEventsError


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", required=True, type=click.Path(file_okay=False),
              help="Output directory: one Parquet table directory per store table (replaced).")
@click.option("--engine", type=click.Choice(["spark", "local"]), default="spark",
              show_default=True, help="Apache Spark, or the local worker pool.")
@click.option("--master", default="local[*]", show_default=True,
              help="Spark master URL (ignored under spark-submit, which sets it).")
@click.option("--partitions", type=click.IntRange(min=1), default=None,
              help="Spark partitions for the inputs and shuffles (default: the parallelism).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes of the local engine (default: all cores).")
@click.option("--previous", multiple=True, metavar="DIR",
              help="Incremental run: earlier batch results (repeatable, globs allowed, e.g. "
                   "'/data/batch/*'). Their articles are not analysed again; the output holds "
                   "the new articles' tables and duplicates, stories and merged events over all.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for single-article files.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, exists=True),
              help="Settings TOML ([newsevents] table), e.g. gazetteer_path for a shipped index.")
def batch(paths: tuple[str, ...], out: str, engine: str, master: str, partitions: int | None,
          workers: int | None, previous: tuple[str, ...], published: str | None,
          config_path: str | None) -> None:
    """Analyse inputs into a Parquet dataset of every store table (Spark or local)."""
    from ..config import load_settings
    from .run import run_batch

    try:
        summary = run_batch(list(paths), out=out, settings=load_settings(config_path, published=published),
                            engine=engine, master=master, partitions=partitions, workers=workers,
                            previous=previous)
    except NewsEventsError as err:
        raise click.ClickException(str(err)) from err
    rows = summary.rows
    new = "new " if previous else ""
    click.echo(f"{summary.engine}: {summary.articles} {new}article(s) in {summary.seconds:.1f} s "
               f"({summary.rate:.1f}/s), run {summary.run_id} → {summary.out}", err=True)
    click.echo("  " + ", ".join(f"{t} {n}" for t, n in rows.items()), err=True)
    if not summary.articles and not previous:
        raise click.ClickException("no article was analysed: every input failed "
                                   "(see the diagnostics table)")
