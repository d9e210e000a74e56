"""`newsevents batch`: inputs → a Parquet dataset of every store table, on Spark or locally.

The local engine is the reference: the local worker pool (`batch.local`) analyses the inputs,
a temporary DuckDB store takes the analyses exactly as `newsevents ingest` would (first copy
of an article wins, near-duplicates linked in input order, events merged), and every table is
written out. The Spark engine (`batch.spark`) must give the same rows; the equality test
checks it table by table.

With `previous` (an incremental run, `batch.history`), both engines skip the articles the earlier
datasets hold, write the per-article tables (and signatures) of the new articles only, and
write the across-article tables (duplicates, stories, merged events) over old and new
articles: row for row what one run over all the inputs would write.
"""
from __future__ import annotations

import itertools
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from ..config import Settings
from ..errors import BatchError
from ..io.readers import Given
from ..store.duckdb import Store
from ..store.merge import merge_events
from ..store.runs import Run, make_run
from ..store.schema import arrow_schema, column_names
from .dataset import DATASET_TABLES, ORDERED, duckdb_glob, partitioned, write_table
from .history import HISTORY_TABLES, NO_HISTORY, SEQ, History, open_history
from .local import analyze_documents, chunked, default_workers
from .splits import SPLIT_BYTES, plan_splits, read_split

ENGINES = ("spark", "local")
CHUNK = 64


@dataclass(slots=True, kw_only=True)
class BatchSummary:
    engine: str
    out: str
    run_id: str
    seconds: float = 0.0
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def articles(self) -> int:
        return self.rows.get("articles", 0)

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0


def run_batch(paths: Sequence[str], *, out: str | Path, settings: Settings,
              engine: str = "spark", master: str = "local[*]", partitions: int | None = None,
              workers: int | None = None, split_bytes: int = SPLIT_BYTES,
              session: object = None, udf: str = "arrow",
              previous: Sequence[str] = ()) -> BatchSummary:
    """Analyse `paths` into the dataset at `out` (replacing its tables) with one engine;
    `previous`: the earlier datasets an incremental run extends (see the module docstring)."""
    if engine not in ENGINES:
        raise BatchError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    started = time.perf_counter()
    run = make_run(settings)
    history = open_history(previous, out=out)
    Path(out).mkdir(parents=True, exist_ok=True)
    if engine == "local":
        run_local(paths, out=out, settings=settings, run=run, workers=workers, history=history)
    else:
        from .spark import run_spark

        run_spark(paths, out=out, settings=settings, run=run, master=master,
                  partitions=partitions, split_bytes=split_bytes, session=session, udf=udf,
                  history=history)
    summary = BatchSummary(engine=engine, out=str(out), run_id=run.run_id,
                           rows=count_rows(out))
    summary.seconds = time.perf_counter() - started
    return summary


def run_local(paths: Sequence[str], *, out: str | Path, settings: Settings, run: Run,
              workers: int | None = None, history: History = NO_HISTORY) -> None:
    """The local engine (see the module docstring)."""
    splits = plan_splits(paths, split_bytes=sys.maxsize, exclude=out)
    given = Given(published=settings.published)
    items = (doc.item for split in splits for doc in read_split(split, given=given))
    outcomes = analyze_documents(items, settings=settings, workers=workers or default_workers(),
                                 known=history.known)
    first = next(outcomes, None)  # fork the worker pool before DuckDB starts its threads
    outcomes = itertools.chain([first] if first is not None else [], outcomes)
    with (tempfile.TemporaryDirectory(prefix="newsevents-batch-") as tmp,
          Store.open(Path(tmp) / "batch.duckdb") as store):
        load_history(store, history=history)
        for chunk in chunked(outcomes, size=CHUNK):  # type: ignore[arg-type]
            store.write([o.analysis for o in chunk if o.analysis is not None], run=run)
            store.record_diagnostics([(o.origin, o.error) for o in chunk
                                      if o.analysis is None and o.error is not None], run=run)
        merge_events(store)
        write_store(store, out=out, run=run)


PREVIOUS = "_batch_previous"  # ids of the history's articles (empty for a full run)


def load_history(store: Store, *, history: History) -> None:
    """The earlier datasets' articles into the run's store, before any new article:
    signatures in history order (the store's row order is its input order), each article's
    near-duplicate link once (every night's duplicates table holds its whole history)."""
    con = store.con
    con.execute(f"CREATE TEMP TABLE {PREVIOUS} (id VARCHAR PRIMARY KEY)")
    if not history:
        return
    for table in HISTORY_TABLES:
        cols = ", ".join(column_names(table))
        source = _history(history, table=table)
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {source}")
    cols = ", ".join(column_names("signatures"))
    con.execute(f"INSERT INTO signatures ({cols}) SELECT {cols} FROM "
                f"{_history(history, table='signatures')} ORDER BY {SEQ}")
    cols = ", ".join(column_names("duplicates"))
    con.execute(f"INSERT INTO duplicates ({cols}) SELECT DISTINCT {cols} FROM "
                f"{_history(history, table='duplicates')}")
    con.execute(f"INSERT INTO {PREVIOUS} SELECT id FROM articles")


def _history(history: History, *, table: str) -> str:
    """read_parquet over one table of every earlier dataset."""
    globs = ", ".join("'" + duckdb_glob(d, table).replace("'", "''") + "'" for d in history.dirs)
    hive = "true" if partitioned(table) else "false"
    return f"read_parquet([{globs}], hive_partitioning = {hive}, union_by_name = true)"


def write_store(store: Store, *, out: str | Path, run: Run) -> None:
    """Every table of `store` into the dataset layout (runs: this run's row only; per-article
    tables and signatures: the articles not in the history only)."""
    for table in DATASET_TABLES:
        if table == "runs":
            write_table(out, table, pa.Table.from_pylist([run.row()],
                                                         schema=arrow_schema("runs")).to_batches())
            continue
        reader = store.con.sql(_select(table)).to_arrow_reader(50_000)
        write_table(out, table, reader)


def _select(table: str) -> str:
    """SQL for one table with its partition value (table names come from schema constants)."""
    month = "coalesce(strftime({t}.published, '%Y-%m'), 'undated') AS month"
    new = f"LEFT JOIN {PREVIOUS} AS prev ON prev.id = {{key}} WHERE prev.id IS NULL"
    if table == "articles":
        return (f"SELECT articles.*, {month.format(t='articles')} FROM articles "
                + new.format(key="articles.id"))
    if partitioned(table):
        return (f"SELECT t.*, {month.format(t='a')} FROM {table} AS t "
                "LEFT JOIN articles AS a ON a.id = t.article_id " + new.format(key="t.article_id"))
    if table == ORDERED:
        return (f"SELECT s.* FROM (SELECT *, row_number() OVER (ORDER BY rowid) - 1 AS {SEQ} "
                f"FROM {table}) AS s " + new.format(key="s.article_id"))
    return f"SELECT * FROM {table}"


def count_rows(out: str | Path) -> dict[str, int]:
    """Rows per table of a batch result, from the Parquet footers (no data read)."""
    import pyarrow.parquet as pq

    counts = {}
    for table in DATASET_TABLES:
        files = Path(out, table).rglob("*.parquet")
        counts[table] = sum(pq.ParquetFile(f).metadata.num_rows for f in files)
    return counts
