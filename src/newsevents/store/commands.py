"""CLI skins over the store: `ingest`, `query`, `export`, `sitrep` (parse, call, format)."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from typing import TYPE_CHECKING

from ..errors import NewsEventsError
from ..io.output import write_text
from .duckdb import DEFAULT_DB

if TYPE_CHECKING:
    from .ingest import IngestSummary

DB_OPTION = click.option("--db", default=DEFAULT_DB, show_default=True,
                         type=click.Path(dir_okay=False), help="DuckDB database file.")


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise click.BadParameter(f"not an ISO date (YYYY-MM-DD): {value!r}") from err


def _near(ctx: click.Context, param: click.Parameter,
          value: str | None) -> tuple[float, float, float] | None:
    if value is None:
        return None
    try:
        lat, lon, km = (float(x) for x in value.split(","))
    except ValueError as err:
        raise click.BadParameter(f"expected LAT,LON,KM, got {value!r}") from err
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and km > 0):
        raise click.BadParameter(f"out of range: {value!r}")
    return lat, lon, km


def _need_db(db: str) -> None:
    if not Path(db).exists():
        raise click.ClickException(f"database {db} does not exist (run `newsevents ingest` first)")


@click.command()
@click.argument("paths", nargs=-1)
@DB_OPTION
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: all cores).")
@click.option("--published", callback=_date, help="Publication date for single-article inputs.")
@click.option("--from-parquet", "from_parquet", type=click.Path(file_okay=False, exists=True),
              help="Load a `newsevents batch` result (its --out directory) instead of PATHS.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def ingest(paths: tuple[str, ...], db: str, workers: int | None, published: dt.date | None,
           from_parquet: str | None, quiet: bool) -> None:
    """Analyse articles (files, dirs, globs, JSONL/CSV/WARC corpora) into the store."""
    from ..config import load_settings
    from .ingest import ingest as run_ingest

    if bool(paths) == bool(from_parquet):
        raise click.UsageError("give PATHS to analyse, or --from-parquet DIR (not both)")
    if from_parquet:
        _load_parquet(from_parquet, db=db)
        return
    try:
        summary = run_ingest(list(paths), db=db, settings=load_settings(published=published),
                             workers=workers, progress=not quiet)
    except NewsEventsError as err:
        raise click.ClickException(str(err)) from err
    click.echo(summary_text(summary), err=True)
    if not summary.ok:
        raise click.ClickException(
            f"no article was ingested: all {summary.inputs} input(s) failed")


def _load_parquet(path: str, *, db: str) -> None:
    from ..batch.load import load_dataset

    try:
        loaded = load_dataset(path, db=db)
    except NewsEventsError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"loaded {loaded.articles} new article(s) from {path} "
               f"({loaded.present} already present, {loaded.diagnostics} diagnostic(s))", err=True)
    if loaded.merge is not None:
        click.echo(f"merged {loaded.merge.events} event mention(s) into "
                   f"{loaded.merge.merged} event(s)", err=True)


def summary_text(summary: IngestSummary) -> str:
    lines = [f"{summary.inputs} input(s) in {summary.seconds:.1f} s ({summary.rate:.1f}/s): "
             f"{summary.new} new, {summary.present} already present, "
             f"{summary.near_duplicates} near-duplicate(s), {len(summary.failed)} failed"]
    if summary.merge is not None:
        lines.append(f"merged {summary.merge.events} event mention(s) into "
                     f"{summary.merge.merged} event(s); {summary.merge.stories} story(ies)")
    lines += [f"  failed: {origin}: [{code}] {message}" for origin, code, message
              in summary.failed[:50]]
    if len(summary.failed) > 50:
        lines.append(f"  … and {len(summary.failed) - 50} more (see the diagnostics table)")
    return "\n".join(lines)


@click.command()
@DB_OPTION
@click.option("--from", "date_from", callback=_date, help="Events on or after this date.")
@click.option("--to", "date_to", callback=_date, help="Events on or before this date.")
@click.option("--country", help="ISO 3166-1 alpha-3 code of the event's country.")
@click.option("--actor", help="Part of an actor's name or code.")
@click.option("--type", "event_type", help="PLOVER event type (ASSAULT, PROTEST, …).")
@click.option("--acled-type", "acled_type",
              help="ACLED event type or sub-event type (\"Battles\", \"Air/drone strike\", …).")
@click.option("--near", callback=_near, help="LAT,LON,KM: events within KM of a point.")
@click.option("--text", help="Text that a reporting article contains.")
@click.option("--story", help="A story id (stories table): events its articles report.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
def query(db: str, date_from: dt.date | None, date_to: dt.date | None, country: str | None,
          actor: str | None, event_type: str | None, acled_type: str | None,
          near: tuple[float, float, float] | None, text: str | None, story: str | None,
          limit: int) -> None:
    """Print merged events matching the filters as a table."""
    from rich.console import Console
    from rich.table import Table

    from .query import query as run_query

    _need_db(db)
    try:
        frame = run_query(db, date_from=date_from, date_to=date_to, country=country,
                          actor=actor, event_type=event_type, acled_type=acled_type, near=near,
                          text=text, story=story, limit=limit)
    except NewsEventsError as err:
        raise click.ClickException(str(err)) from err
    table = Table(title=f"{len(frame)} event(s)")
    shown = ("date", "plover_type", "plover_mode", "acled_sub_event_type", "place_name",
             "country", "source_name", "target_name", "killed", "wounded", "num_articles",
             "num_sources", "first_report", "story_id")
    for name in shown:
        table.add_column(name, no_wrap=name == "date")
    frame = frame.assign(date=[_dates(a, b) for a, b in zip(frame["date"], frame["date_last"])])
    frame["killed"] = [_count(lo, hi) for lo, hi in zip(frame["killed_low"], frame["killed_high"])]
    frame["wounded"] = [_count(lo, hi)
                        for lo, hi in zip(frame["wounded_low"], frame["wounded_high"])]
    for row in frame[list(shown)].itertuples(index=False):
        table.add_row(*(_cell(v) for v in row))
    console = Console()
    if not console.is_terminal:
        console = Console(width=160)  # piped output: do not squeeze the table to 80 columns
    console.print(table)


def _dates(first: object, last: object) -> str:
    """'2016-08-03', or '2016-08-03 – 2016-08-05' for an event that spans days."""
    start, end = _cell(first), _cell(last)
    return f"{start} – {end}" if end and end != start else start


def _count(low: object, high: object) -> str:
    """'12', '12–20' or '' for a count range from the store (NA/NaN when missing)."""
    import pandas as pd

    lo, hi = (None if pd.isna(v) else int(v) for v in (low, high))  # type: ignore[call-overload, arg-type]
    if lo is None and hi is None:
        return ""
    if lo is None or hi is None or lo == hi:
        return f"{lo if lo is not None else hi:,}"
    return f"{lo:,}–{hi:,}"


def _cell(value: object) -> str:
    if value is None or value != value:  # None, NaN, NaT
        return ""
    if hasattr(value, "date") and callable(value.date):
        return value.date().isoformat()  # pandas Timestamp of a DATE column
    return str(value)


@click.command()
@DB_OPTION
@click.option("--format", "fmt", required=True,
              type=click.Choice(["jsonl", "plover", "gdelt", "acled", "geojson", "parquet"]))
@click.option("-o", "--output", type=click.Path(), help="Output file (a directory for parquet).")
def export(db: str, fmt: str, output: str | None) -> None:
    """Export the store (jsonl, plover, gdelt, acled, geojson, parquet)."""
    from .exports import NEEDS_PATH, export as run_export

    _need_db(db)
    if fmt in NEEDS_PATH and output is None:
        kind = "directory" if fmt == "parquet" else "file"
        raise click.UsageError(f"--format {fmt} needs -o (a {kind})")
    try:
        result = run_export(db, fmt=fmt, out=output, stream=None if output else sys.stdout)
    except NewsEventsError as err:
        raise click.ClickException(str(err)) from err
    if output:
        what = "table file(s)" if fmt == "parquet" else "record(s)"
        click.echo(f"{result.records} {fmt} {what} → {', '.join(result.paths)}", err=True)
    if result.undated:
        click.echo(f"{result.undated} event(s) without a date left out: every {fmt} record "
                   "needs one (ingest with --published, or use jsonl/geojson/parquet)", err=True)


@click.command()
@DB_OPTION
@click.option("--place", help="Place name (or admin1 region) of the events.")
@click.option("--country", help="ISO 3166-1 alpha-3 code.")
@click.option("--actor", help="Part of an actor's name or code.")
@click.option("--day", callback=_date, help="One day (YYYY-MM-DD).")
@click.option("--from", "date_from", callback=_date)
@click.option("--to", "date_to", callback=_date)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Markdown file.")
def sitrep(db: str, place: str | None, country: str | None, actor: str | None,
           day: dt.date | None, date_from: dt.date | None, date_to: dt.date | None,
           output: str | None) -> None:
    """Write a Markdown situation report (what happened, figures, contradictions)."""
    from .sitrep import sitrep as run_sitrep

    _need_db(db)
    if day is not None and (date_from or date_to):
        raise click.UsageError("use either --day or --from/--to, not both")
    try:
        text = run_sitrep(db, place=place, country=country, actor=actor, date_from=date_from,
                          date_to=date_to, day=day)
    except NewsEventsError as err:
        raise click.ClickException(str(err)) from err
    if output:
        try:
            write_text(output, text)
        except NewsEventsError as err:
            raise click.ClickException(str(err)) from err
        click.echo(f"situation report → {output}", err=True)
    else:
        click.echo(text, nl=False)
