from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pytest

from newsevents.config import load_settings
from newsevents.errors import StoreError
from newsevents.model import Diagnostic
from newsevents.store.duckdb import Store
from newsevents.store.runs import make_run

from .factories import Story, make_analysis

CHILD_TABLES = ("sentences", "mentions", "actors", "places", "events", "quotes", "figures",
                "claims", "contradictions", "diagnostics")


def test_duckdb_write_read_is_exact_for_a_rich_analysis() -> None:
    analysis = make_analysis()
    with Store.open(":memory:") as store:
        result = store.write([analysis], run=None)
        assert result.written == (analysis.article.id,)
        assert store.read(analysis.article.id) == analysis


def test_duckdb_write_skips_known_articles(tmp_path: Path) -> None:
    analyses = [make_analysis(), make_analysis(place="Mosul", attacker="Iraqi troops",
                                               victim="militants")]
    db = tmp_path / "x.duckdb"
    with Store.open(db) as store:
        store.write(analyses, run=None)
        first = store.counts()
    with Store.open(db) as store:
        result = store.write(analyses, run=None)
        assert result.written == ()
        assert set(result.present) == {a.article.id for a in analyses}
        assert store.counts() == first
        assert store.has([analyses[0].article.id, "nope"]) == {analyses[0].article.id}


def test_duckdb_write_is_atomic_when_a_table_insert_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    analyses = [make_analysis(), make_analysis(place="Idlib", killed=40)]
    with Store.open(":memory:") as store:
        real = Store.insert

        def failing(self: Store, table: str, rows: list) -> None:  # type: ignore[type-arg]
            if table == "quotes":
                raise RuntimeError("disk full")
            real(self, table, rows)

        monkeypatch.setattr(Store, "insert", failing)
        with pytest.raises(RuntimeError, match="disk full"):
            store.write(analyses, run=None)
        counts = store.counts()
        assert all(counts[t] == 0 for t in ("articles", "signatures", *CHILD_TABLES))
        monkeypatch.setattr(Store, "insert", real)
        assert store.write(analyses, run=None).written == tuple(a.article.id for a in analyses)
        assert store.read(analyses[1].article.id) == analyses[1]


def test_duckdb_run_is_recorded_once() -> None:
    run = make_run(load_settings())
    with Store.open(":memory:") as store:
        store.write([make_analysis()], run=run)
        store.write([make_analysis(killed=99, place="Tikrit")], run=run)
        runs = store.frames("runs")
        assert list(runs["run_id"]) == [run.run_id]
        assert list(runs["stages"][0]) == list(load_settings().stages)
        assert set(store.frames("articles")["run_id"]) == {run.run_id}


def test_duckdb_record_diagnostic_keeps_one_row_per_problem() -> None:
    diag = Diagnostic(stage="read", code="E105", message="not valid JSON")
    with Store.open(":memory:") as store:
        assert store.record_diagnostic("corpus.jsonl:3", diag) is True
        assert store.record_diagnostic("corpus.jsonl:3", diag) is False
        assert store.record_diagnostic("corpus.jsonl:4", diag) is True
        rows = store.frames("diagnostics")
        assert list(rows["origin"]) == ["corpus.jsonl:3", "corpus.jsonl:4"]
        assert rows["article_id"].isna().all()


def test_duckdb_frames_and_arrow_of_every_table() -> None:
    with Store.open(":memory:") as store:
        store.write([make_analysis(), make_analysis(day=dt.date(2016, 9, 1), place="Idlib")],
                    run=None)
        events = store.frames("events")
        assert list(events["plover_type"]) == ["ASSAULT", "ASSAULT"]
        assert list(events["source_actors"].map(list)) == [["a1"], ["a1"]]
        assert isinstance(store.arrow("places"), pa.Table)
        assert store.arrow("places").num_rows == 2


def test_duckdb_unknown_table_is_an_error() -> None:
    with Store.open(":memory:") as store:
        with pytest.raises(StoreError, match="unknown table 'articles; DROP TABLE x'"):
            store.frames("articles; DROP TABLE x")


def test_duckdb_open_missing_database_without_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"database .*none.duckdb does not exist"):
        Store.open(tmp_path / "none.duckdb", create=False)


def test_duckdb_read_unknown_article() -> None:
    with Store.open(":memory:") as store:
        with pytest.raises(StoreError, match="no article 'zz'"):
            store.read("zz")


def test_duckdb_empty_text_article_roundtrips() -> None:
    analysis = make_analysis(Story(place="Mosul", attacker="Iraqi troops", victim="militants"))
    with Store.open(":memory:") as store:
        store.write([analysis], run=None)
        assert store.read(analysis.article.id) == analysis
