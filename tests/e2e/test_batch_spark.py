"""`newsevents batch`: the Spark engine gives the local engine's rows, whatever the partitioning.

One Spark session (local[2]) for the module; ~100 of our own synthetic articles in every input
kind plus bad inputs; record files are split across tasks (small split size: JSONL in byte
ranges, the rest by record index). Both partitionings write to one folder, so the second run
also proves that a re-run replaces the dataset. Skips only when PySpark or Java is missing,
saying which.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsevents.batch.dataset import DATASET_TABLES, read_table
from newsevents.batch.run import BatchSummary, run_batch
from newsevents.batch.synthetic import write_corpus
from newsevents.cli import main
from newsevents.config import Settings
from newsevents.store.duckdb import Store
from newsevents.store.schema import KEYS
from tests.e2e.spark_local import local_spark

pytestmark = [pytest.mark.model, pytest.mark.issue(15)]
VOLATILE = ("run_id", "started")  # differ between two runs by design
SORT_KEYS = {**KEYS, "merged_events": ("merged_id",),
             "merged_event_mentions": ("merged_id", "article_id", "event_id")}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return write_corpus(tmp_path_factory.mktemp("corpus"), n=100)


@pytest.fixture(scope="module")
def spark() -> Any:
    yield from local_spark(partitions=2)


@pytest.fixture(scope="module")
def local_out(corpus: list[str], settings: Settings,
              tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("local")
    run_batch(corpus, out=out, settings=settings, engine="local", workers=2)
    return out


def spark_run(corpus: list[str], settings: Settings, out: Path, spark: Any, *,
              partitions: int) -> BatchSummary:
    return run_batch(corpus, out=out, settings=settings, engine="spark", partitions=partitions,
                     split_bytes=4096, session=spark)


def table_rows(out: Path, table: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    data = read_table(out, table)
    names = [n for n in data.column_names if n not in VOLATILE]
    rows = [tuple(row[n] for n in names) for row in data.to_pylist()]
    order = [names.index(k) for k in SORT_KEYS.get(table, ()) if k in names]
    return names, sorted(rows, key=lambda r: (tuple(str(r[k]) for k in order), repr(r)))


def assert_same_dataset(left: Path, right: Path) -> None:
    for table in DATASET_TABLES:
        assert read_table(left, table).schema == read_table(right, table).schema, table
        left_names, left_rows = table_rows(left, table)
        right_names, right_rows = table_rows(right, table)
        assert left_names == right_names, table
        assert len(left_rows) == len(right_rows), table
        for a, b in zip(left_rows, right_rows):
            assert a == b, f"{table}: {a} != {b}"


@pytest.fixture(scope="module")
def spark_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One output folder for both partitionings: the second run must replace the first."""
    return tmp_path_factory.mktemp("spark")


@pytest.mark.parametrize("partitions", [1, 8])
def test_spark_gives_the_local_rows_whatever_the_partitioning(
        corpus: list[str], settings: Settings, local_out: Path, spark: Any, spark_out: Path,
        partitions: int) -> None:
    summary = spark_run(corpus, settings, spark_out, spark, partitions=partitions)
    assert summary.rows["articles"] >= 90
    assert summary.rows["duplicates"] > 0 and summary.rows["merged_events"] > 0
    assert summary.rows["merged_events"] < summary.rows["merged_event_mentions"]
    assert summary.rows["stories"] == summary.rows["articles"]
    sizes = [r["articles"] for r in read_table(spark_out, "stories").to_pylist()]
    assert max(sizes) > 1
    assert_same_dataset(local_out, spark_out)  # re-running into the same folder adds no row


def test_batch_bad_inputs_become_diagnostics(local_out: Path) -> None:
    failed = [r for r in read_table(local_out, "diagnostics").to_pylist()
              if r["article_id"] is None]
    codes = sorted(r["code"] for r in failed)
    assert codes == ["E101", "E102", "E103", "E105", "E106", "E109"]
    assert {r["month"] for r in failed} == {"undated"}


def test_local_batch_matches_ingest_then_loads_into_the_store(
        corpus: list[str], local_out: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    ingested, loaded = tmp_path / "ingest.duckdb", tmp_path / "loaded.duckdb"
    result = runner.invoke(main, ["ingest", *corpus, "--db", str(ingested), "--quiet"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["ingest", "--from-parquet", str(local_out), "--db", str(loaded)])
    assert result.exit_code == 0, result.output
    with Store.open(ingested) as a, Store.open(loaded) as b:
        for table in ("articles", "events", "duplicates", "stories", "merged_events",
                      "merged_event_mentions", "merged_event_evidence"):
            assert _store_rows(a, table) == _store_rows(b, table), table
        counts = b.counts()
    again = runner.invoke(main, ["ingest", "--from-parquet", str(local_out), "--db", str(loaded)])
    assert "loaded 0 new article(s)" in again.output
    with Store.open(loaded) as b:
        assert b.counts() == counts


def _store_rows(store: Store, table: str) -> list[tuple[Any, ...]]:
    frame = store.arrow(table)
    names = [n for n in frame.column_names if n not in VOLATILE]
    return sorted((tuple(r[n] for n in names) for r in frame.to_pylist()), key=repr)


def test_batch_cli_local_engine_writes_the_dataset(corpus: list[str], tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["batch", corpus[0], "--out", str(tmp_path / "out"),
                                       "--engine", "local", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "local:" in result.output and "merged_events" in result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(DATASET_TABLES)


def test_local_sessions_get_a_driver_heap_for_the_executor_too(spark: Any) -> None:
    from newsevents.batch.spark import LOCAL_DRIVER_MEMORY

    assert spark.sparkContext.getConf().get("spark.driver.memory") == LOCAL_DRIVER_MEMORY


def test_input_order_numbers_across_partitions_without_a_single_task(spark: Any) -> None:
    import random

    from newsevents.batch.spark_tables import input_order

    rows = [(f"a{k}", k // 7, k % 7) for k in range(200)]
    random.Random(1).shuffle(rows)
    keys = spark.createDataFrame(rows, "article_id STRING, file_seq INT, rec_seq INT")
    numbered = input_order(keys.repartition(5), start=10)
    assert sorted((r.article_id, r.seq) for r in numbered.collect()) == sorted(
        (a, 10 + 7 * f + r) for a, f, r in rows)
    assert "SinglePartition" not in numbered._jdf.queryExecution().executedPlan().toString()
