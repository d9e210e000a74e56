"""The batch output: a Parquet dataset with one directory per store table.

Every schema here is derived at run time from `store/schema.py` (`TABLES`, `arrow_schema`), so a
column added to the store appears in the dataset without touching this module. Per-article
tables (`ARTICLE_TABLES`) are hive-partitioned by the article's publication month
(`month=2014-06/`, `month=undated/`); the other tables (runs, signatures, duplicates, merged
events) are single directories. `signatures` has one column the store has not: `seq`, the
article's position in input order over the dataset's history (`batch.history`): the store keeps
that order as its row order, a Parquet dataset has none. Both engines write exactly this layout; DuckDB reads it with
`read_parquet('DIR/events/**/*.parquet', hive_partitioning = true)`.
"""
from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from ..errors import StoreError
from ..store.schema import ARTICLE_TABLES, MERGED_TABLES, TABLES, arrow_schema

PARTITION = "month"
ORDERED = "signatures"  # the table that carries `seq` (see the module docstring)
UNDATED = "undated"
# The tables of a batch result: every store table of results (not the store's own bookkeeping).
DATASET_TABLES = (*ARTICLE_TABLES, "runs", "signatures", "duplicates", *MERGED_TABLES)
# Hive partition values are read back as strings.
PARTITIONING = ds.partitioning(pa.schema([(PARTITION, pa.string())]), flavor="hive")


def month_of(published: dt.date | None) -> str:
    """The partition value of an article: its publication month, or "undated"."""
    return UNDATED if published is None else f"{published.year:04d}-{published.month:02d}"


def partitioned(table: str) -> bool:
    return table in ARTICLE_TABLES


def table_schema(table: str) -> pa.Schema:
    """The schema of one dataset table: the store's columns (+ the partition column, or the
    input order `seq` of signatures)."""
    schema = arrow_schema(table)
    if table == ORDERED:
        return schema.append(pa.field("seq", pa.int64()))
    return schema.append(pa.field(PARTITION, pa.string())) if partitioned(table) else schema


def analysis_schema() -> pa.Schema:
    """One row per input document, as the Spark analysis step returns it: its order key, the
    partition value, the MinHash signature, and a list of rows for every per-article table."""
    keys = [("file_seq", pa.int32()), ("rec_seq", pa.int64()), ("article_id", pa.string()),
            (PARTITION, pa.string()), ("signature", pa.binary())]
    nested = [(table, pa.list_(pa.struct(list(arrow_schema(table))))) for table in ARTICLE_TABLES]
    return pa.schema(keys + nested)


def table_dir(out: str | Path, table: str) -> Path:
    return Path(out) / table


def clear_table(out: str | Path, table: str) -> Path:
    """Remove one table's directory (re-running a batch replaces its output: idempotent)."""
    if table not in TABLES:
        raise StoreError(f"unknown table {table!r}")
    path = table_dir(out, table)
    if path.exists():
        shutil.rmtree(path)
    return path


def write_table(out: str | Path, table: str, batches: Iterable[pa.RecordBatch]) -> int:
    """Write one table (replacing it) from record batches in `table_schema(table)`."""
    path = clear_table(out, table)
    schema = table_schema(table)
    data = ds.Scanner.from_batches(_cast(batches, schema), schema=schema)
    count = [0]

    def visit(written: ds.WrittenFile) -> None:
        count[0] += written.metadata.num_rows if written.metadata is not None else 0

    ds.write_dataset(data, path, format="parquet",
                     partitioning=PARTITIONING if partitioned(table) else None,
                     basename_template="part-{i}.parquet", file_visitor=visit,
                     existing_data_behavior="overwrite_or_ignore")
    if not path.exists():  # no rows: still leave one empty file carrying the schema
        path.mkdir(parents=True)
        pq.write_table(schema.empty_table(), path / "part-0.parquet")
    return count[0]


def _cast(batches: Iterable[pa.RecordBatch], schema: pa.Schema) -> Iterator[pa.RecordBatch]:
    for batch in batches:
        if batch.num_rows:
            yield from pa.Table.from_batches([batch]).select(schema.names).cast(schema).to_batches()


def read_table(out: str | Path, table: str) -> pa.Table:
    """One table of a batch result (empty, with its schema, when the directory is absent)."""
    return read_columns(out, table, None)


def read_columns(out: str | Path, table: str, columns: list[str] | None) -> pa.Table:
    """Some columns (None: all) of one table of a batch result (empty when absent)."""
    schema = table_schema(table)
    path = table_dir(out, table)
    files = sorted(str(p) for p in path.rglob("*.parquet")) if path.exists() else []
    if not files:
        empty = schema.empty_table()
        return empty if columns is None else empty.select(columns)
    data = ds.dataset(files, format="parquet", schema=schema,
                      partitioning=PARTITIONING if partitioned(table) else None,
                      partition_base_dir=str(path))
    return data.to_table(columns=columns)


def duckdb_glob(out: str | Path, table: str) -> str:
    """The glob DuckDB's read_parquet takes for one table of a batch result."""
    return str(table_dir(out, table) / "**" / "*.parquet")
