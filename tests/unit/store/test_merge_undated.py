"""Events with no date at all (none in the text, no publication date: a plain-text file
ingested without --published) stay in the merged view, undated and never merged with other
reports; the formats that need a date leave them out and say so."""
from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import replace
from pathlib import Path

from newsevents.model import ArticleAnalysis
from newsevents.store.duckdb import Store
from newsevents.store.exports import export
from newsevents.store.merge import MergeSettings, UNDATED, cluster_items, merge_events
from newsevents.store.query import query
from newsevents.store.sitrep import sitrep

from .factories import Story, make_analysis
from .test_merge import item


def undated(analysis: ArticleAnalysis) -> ArticleAnalysis:
    events = tuple(replace(e, date=None, date_span=None, date_source=None)
                   for e in analysis.events)
    return replace(analysis, article=replace(analysis.article, published=None), events=events)


def test_undated_reports_are_kept_and_never_merged_with_other_reports() -> None:
    items = [item(1, date=None, published=None), item(2, date=None, published=None),
             item(3)]
    clusters = cluster_items(items, MergeSettings())
    assert sorted(len(c.members) for c in clusters) == [1, 1, 1]
    assert [c.reasons for c in clusters if c.seed.date is None] == [[UNDATED], [UNDATED]]


def test_the_same_undated_event_in_a_near_duplicate_copy_is_one_event() -> None:
    one = item(1, date=None, published=None)
    copy = item(2, group="art1", date=None, published=None)
    other_place = item(3, group="art1", date=None, published=None, place="Homs",
                       lat=34.73, lon=36.72)
    clusters = cluster_items([copy, one, other_place], MergeSettings())
    sizes = sorted((len(c.members), c.seed.article_id) for c in clusters)
    assert sizes == [(1, "art3"), (2, "art1")]


def test_undated_events_reach_the_store_query_and_sitrep(tmp_path: Path) -> None:
    dated = make_analysis(Story(source="agency-a"))
    bare = undated(make_analysis(Story(place="Mosul", attacker="Iraqi troops",
                                       victim="militants", source="agency-c")))
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write([dated, bare], run=None)
        summary = merge_events(store)
        assert (summary.events, summary.merged) == (2, 2)
        rows = store.rows("SELECT place_name, date, date_last, why FROM merged_events "
                          "ORDER BY date NULLS LAST")
    assert [r["place_name"] for r in rows] == ["Aleppo", "Mosul"]
    assert rows[1]["date"] is None and rows[1]["date_last"] is None
    assert rows[1]["why"] == UNDATED
    assert list(query(tmp_path / "s.duckdb")["place_name"]) == ["Aleppo", "Mosul"]
    report = sitrep(tmp_path / "s.duckdb")
    assert "(1 without a date)" in report and "**date unknown** Iraqi" in report
    since = query(tmp_path / "s.duckdb", date_from=dt.date(2016, 1, 1))
    assert list(since["place_name"]) == ["Aleppo"]


def test_dated_formats_leave_undated_events_out_and_count_them(tmp_path: Path) -> None:
    bare = undated(make_analysis(Story(place="Mosul", attacker="Iraqi troops",
                                       victim="militants", source="agency-c")))
    db = tmp_path / "s.duckdb"
    with Store.open(db) as store:
        store.write([make_analysis(Story(source="agency-a")), bare], run=None)
        merge_events(store)
    out = io.StringIO()
    result = export(db, fmt="acled", stream=out)
    assert (result.records, result.undated) == (1, 1)
    assert [r["location"] for r in csv.DictReader(io.StringIO(out.getvalue()))] == ["Aleppo"]
    assert export(db, fmt="plover", stream=io.StringIO()).undated == 1
    gdelt = export(db, fmt="gdelt", out=tmp_path / "events.tsv")
    assert (gdelt.records, gdelt.undated) == (1, 1)
    jsonl = export(db, fmt="jsonl", stream=io.StringIO())
    assert (jsonl.records, jsonl.undated) == (2, 0)
