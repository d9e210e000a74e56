"""Hostile article text stays inert in every output: Markdown report, sitrep, CSV exports."""
from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from pathlib import Path

from newsevents.report.markdown import cell, escape, safe_url
from newsevents.report import render_report
from newsevents.report.sources import figure_rows
from newsevents.store.duckdb import Store
from newsevents.store.exports import export
from newsevents.store.merge import merge_events
from newsevents.store.sitrep import sitrep

from .store.factories import Story, make_analysis

SCRIPT = "<script>alert('x')</script>"
HOSTILE = (f"# Breaking {SCRIPT} [click](javascript:alert(1)) ![img](http://evil/p.png) "
           "| a | b | *bold* `code`\n\n## Injected heading\n> quoted")


def hostile_analysis():  # type: ignore[no-untyped-def]
    analysis = make_analysis(Story(source=f"=HYPERLINK(\"http://evil\") {SCRIPT}",
                                   extra=HOSTILE))
    article = replace(analysis.article, title=HOSTILE, url="javascript:alert(document.cookie)")
    return replace(analysis, article=article)


def assert_inert(markdown: str) -> None:
    assert "<script" not in markdown and "</script" not in markdown
    assert not re.search(r"(?<!\\)\]\(javascript", markdown)  # only an escaped \]( is left
    assert "![img](" not in markdown
    assert "javascript:alert(document" not in markdown
    for line in markdown.splitlines():
        assert not re.match(r"#+ (Injected|Breaking)", line), line
        assert not line.startswith("> quoted")


def test_markdown_report_escapes_every_article_value() -> None:
    report = render_report(hostile_analysis())
    assert_inert(report)
    assert report.startswith("# \\# Breaking &lt;script&gt;")
    assert "**URL:**" not in report  # not an http(s) URL: not printed


def test_markdown_report_prints_http_urls() -> None:
    analysis = make_analysis(Story())
    assert f"**URL:** {escape(analysis.article.url)}" in render_report(analysis)


def test_sitrep_escapes_names_sources_and_quotes(tmp_path: Path) -> None:
    with Store.open(tmp_path / "h.duckdb") as store:
        store.write([hostile_analysis()], run=None)
        merge_events(store)
        report = sitrep(store)
    assert_inert(report)
    assert "=HYPERLINK" in report and "&lt;script&gt;" in report


def test_csv_values_that_look_like_formulas_are_neutralised(tmp_path: Path) -> None:
    assert [cell(v) for v in ("=1+1", "+cmd", "-2+3", "@SUM(A1)", "safe", -5, 3.5)] == [
        "'=1+1", "'+cmd", "'-2+3", "'@SUM(A1)", "safe", -5, 3.5]
    db = tmp_path / "c.duckdb"
    with Store.open(db) as store:
        store.write([hostile_analysis()], run=None)
        merge_events(store)
    out = tmp_path / "a.csv"
    export(db, fmt="acled", out=out)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and all(not str(v).startswith(("=", "+", "@")) for r in rows for v in r.values())


def test_figure_rows_neutralise_text() -> None:
    analysis = make_analysis(Story())
    actors = tuple(replace(a, name="@evil") for a in analysis.actors)
    rows = figure_rows(replace(analysis, actors=actors))
    values = [v for r in rows for v in r.values()]
    assert "'@evil" in values and not any(str(v).startswith("@") for v in values)


def test_safe_url() -> None:
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", "data:text/html,x", "http://a b", "ftp://x", None, ""):
        assert safe_url(bad) is None
