"""`newsevents extract`: analyse articles and print JSON, JSONL, Markdown, CSV or GeoJSON."""
from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import sys
import time
from collections.abc import Iterator
from importlib import resources as pkg_resources
from typing import IO

import click

from ..batch.local import analyze_documents
from ..config import Settings, load_settings
from ..errors import NewsEventsError
from ..io.output import writing
from ..io.raw import RawDocument
from ..io.serialize import dumps, to_dict
from ..model import ArticleAnalysis
from ..pipeline import Outcome
from ..progress import progress_bar

FORMATS = ("json", "jsonl", "md", "csv", "geojson")
EXAMPLE = "river-crossing.txt"


@click.command()
@click.argument("paths", nargs=-1)
@click.option("--example", is_flag=True, help="Analyse the built-in example article.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="json",
              show_default=True, help="json: one object (an array for many inputs); jsonl: "
              "one line per article; md: a readable report; csv: figures; geojson: places "
              "and events.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for a single article.")
@click.option("--url", help="URL of a single article.")
@click.option("--source", help="Outlet name of a single article (e.g. CNN).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write to FILE instead of standard output.")
@click.option("--workers", type=int, default=None,
              help="Processes to use (default: all cores when there are many inputs).")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False),
              help="Settings file (TOML, [newsevents] table).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary line.")
def extract(paths: tuple[str, ...], example: bool, fmt: str, published: str | None,
            url: str | None, source: str | None, output: str | None, workers: int | None,
            config_path: str | None, quiet: bool) -> None:
    """Analyse articles (files, directories, globs, JSONL/CSV/WARC, or - for stdin).

    Bad inputs are reported on standard error and skipped; the exit status is 1 only
    when no input could be analysed (2 for usage errors).
    """
    settings = _settings(config_path, published)
    items = list(_items(paths, example=example, published=settings.published, url=url,
                        source=source))
    started = time.perf_counter()
    outcomes = _run(items, settings=settings, workers=workers, quiet=quiet)
    try:
        done, failed = _write(outcomes, fmt=fmt, output=output)
    except NewsEventsError as err:
        raise click.ClickException(str(err)) from err
    for outcome in failed:
        click.echo(f"error: {outcome.origin}: {outcome.error.message} "  # type: ignore[union-attr]
                   f"[{outcome.error.code}]", err=True)  # type: ignore[union-attr]
    if not quiet:
        secs = time.perf_counter() - started
        click.echo(f"{done} article(s) done, {len(failed)} failed in {secs:.1f} s", err=True)
    if done == 0:
        sys.exit(1)


def _settings(config_path: str | None, published: str | None) -> Settings:
    try:
        settings = load_settings(config_path)
        if published:
            settings = settings.with_(published=dt.date.fromisoformat(published))
    except ValueError as err:
        raise click.BadParameter(f"not a date (YYYY-MM-DD): {published}",
                                 param_hint="--published") from err
    except NewsEventsError as err:
        raise click.UsageError(err.message) from err
    return settings


def _items(paths: tuple[str, ...], *, example: bool, published: dt.date | None,
           url: str | None, source: str | None) -> Iterator[object]:
    from ..io.readers import read_inputs

    if example:
        yield example_document()
    if not paths and not example:
        raise click.UsageError("no input: give one or more PATHs, - for stdin, or --example")
    if paths:
        yield from read_inputs(list(paths), published=published, url=url, source=source)


def example_document() -> RawDocument:
    ref = pkg_resources.files("newsevents") / "data" / "examples" / EXAMPLE
    return RawDocument(origin=f"example:{EXAMPLE}", content=ref.read_text(encoding="utf-8"),
                       kind="text", source="Newsevents Wire")


def _run(items: list, *, settings: Settings, workers: int | None, quiet: bool
         ) -> Iterator[Outcome]:
    outcomes = analyze_documents(items, settings=settings, workers=workers, inputs=len(items))
    if quiet or len(items) < 3:
        yield from outcomes
        return
    with progress_bar(total=len(items), label="extract") as advance:
        for outcome in outcomes:
            advance(1)
            yield outcome


def _write(outcomes: Iterator[Outcome], *, fmt: str, output: str | None
           ) -> tuple[int, list[Outcome]]:
    failed: list[Outcome] = []
    analyses: list[ArticleAnalysis] = []
    with _open(output) as out:
        for outcome in outcomes:
            if outcome.analysis is None:
                failed.append(outcome)
                continue
            analyses.append(outcome.analysis)
            if fmt in ("jsonl", "md", "csv"):
                out.write(_render_one(outcome.analysis, fmt=fmt, first=len(analyses) == 1))
        if fmt in ("json", "geojson") and analyses:
            out.write(_render_all(analyses, fmt=fmt))
    return len(analyses), failed


def _render_one(analysis: ArticleAnalysis, *, fmt: str, first: bool) -> str:
    if fmt == "jsonl":
        return dumps(analysis) + "\n"
    if fmt == "md":
        from ..report import render_report

        return ("" if first else "\n---\n\n") + render_report(analysis)
    return _figures_csv(analysis, header=first)


def _render_all(analyses: list[ArticleAnalysis], *, fmt: str) -> str:
    if fmt == "geojson":
        from ..io.geojson import to_geojson

        return json.dumps(to_geojson(analyses), ensure_ascii=False, indent=2) + "\n"
    data = to_dict(analyses[0]) if len(analyses) == 1 else [to_dict(a) for a in analyses]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _figures_csv(analysis: ArticleAnalysis, *, header: bool) -> str:
    from ..report.sources import FIGURE_COLUMNS, figure_rows

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIGURE_COLUMNS, lineterminator="\n")
    if header:
        writer.writeheader()
    writer.writerows(figure_rows(analysis))
    return buf.getvalue()


@contextlib.contextmanager
def _open(path: str | None) -> Iterator[IO[str]]:
    """Standard output, or a file opened for writing (any write failure is E710)."""
    if not path:
        yield sys.stdout
        return
    with writing(path) as handle:
        yield handle
