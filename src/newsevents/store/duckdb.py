"""The DuckDB store: ArticleAnalysis ↔ one table per model type, written whole or not at all.

Inserts go through Arrow tables (DuckDB's row inserts are far too slow, deps.md §6); SQL takes
values only as parameters and table names only from `schema.py` constants.
"""
from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from ..errors import StoreError
from ..model import ArticleAnalysis, Diagnostic
from .dedup import DuplicateIndex, Match, load_index, to_bytes
from .migrations import migrate
from .rows import Row, analysis_rows, build_analysis, diagnostic_row
from .runs import Run
from .schema import ARTICLE_TABLES, TABLES, arrow_schema, check_table, column_names

DEFAULT_DB = "newsevents.duckdb"
LOCK_WAIT = 10.0  # seconds a writer waits for readers (e.g. `serve` answering a request)
LOCK_RETRY = 0.05
_ORDER = {"sentences": "idx", "mentions": "idx", "diagnostics": "ord"}


@dataclass(frozen=True, slots=True, kw_only=True)
class WriteResult:
    written: tuple[str, ...] = ()
    present: tuple[str, ...] = ()
    duplicates: tuple[Match, ...] = ()


class Store:
    """One DuckDB database file. Use `Store.open(path)` as a context manager."""

    def __init__(self, con: duckdb.DuckDBPyConnection, *, path: str) -> None:
        self.con = con
        self.path = path
        self._dups: DuplicateIndex | None = None

    @classmethod
    def open(cls, path: str | Path = DEFAULT_DB, *, create: bool = True,
             read_only: bool = False, lock_wait: float = LOCK_WAIT) -> Store:
        """Open (and migrate, unless read-only). DuckDB lets one process write or many read:
        while another process holds a conflicting lock, retry for up to `lock_wait` seconds,
        then raise StoreError E702."""
        path = str(path)
        if not create and path != ":memory:" and not Path(path).exists():
            raise StoreError(f"database {path} does not exist (run `newsevents ingest` first)",
                             code=MISSING)
        with guarded(path):
            con = _connect(path, read_only=read_only, lock_wait=lock_wait)
            try:
                if not read_only:
                    migrate(con)
            except BaseException:
                con.close()
                raise
        return cls(con, path=path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, err: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- writing ---------------------------------------------------------------------------

    def write(self, analyses: Iterable[ArticleAnalysis], *, run: Run | None) -> WriteResult:
        """Write new analyses in one transaction (every row of every article, or none).

        Articles already stored (same content-hash id) are skipped; near-duplicates are linked.
        """
        batch = _unique(analyses)
        present = self.has([a.article.id for a in batch])
        new = [a for a in batch if a.article.id not in present]
        if not new:
            return WriteResult(present=tuple(sorted(present)))
        index = self.duplicate_index()
        sigs, matches = self._match_duplicates(index, new)
        tables = _collect(new, run_id=run.run_id if run else None)
        tables["signatures"] = [{"article_id": k, "num_perm": index.num_perm, "hashes": to_bytes(s)}
                                for k, s in sigs.items()]
        tables["duplicates"] = [{"article_id": m.article_id, "duplicate_of": m.duplicate_of,
                                 "jaccard": m.jaccard} for m in matches]
        try:
            with self.transaction():
                if run is not None:
                    self._insert_run(run)
                for table, rows in tables.items():
                    self.insert(table, rows)
                self.mark_pending("merge")
        except BaseException:
            self._dups = None  # the in-memory index saw uncommitted articles: reload it
            raise
        ids = tuple(a.article.id for a in new)
        return WriteResult(written=ids, present=tuple(sorted(present)), duplicates=tuple(matches))

    def _match_duplicates(
        self, index: DuplicateIndex, new: Sequence[ArticleAnalysis]
    ) -> tuple[dict[str, Any], list[Match]]:
        sigs, matches = {}, []
        for analysis in new:
            aid = analysis.article.id
            sig = index.signature(analysis.article.text)
            if sig is None:
                continue
            match = index.match(aid, sig)
            index.add(aid, sig, duplicate_of=match.duplicate_of if match else None)
            sigs[aid] = sig
            if match is not None:
                matches.append(match)
        return sigs, matches

    def duplicate_index(self) -> DuplicateIndex:
        """The near-duplicate index over stored signatures (loaded once per Store)."""
        if self._dups is None:
            sigs = self.con.execute(
                "SELECT article_id, hashes FROM signatures ORDER BY rowid").fetchall()
            dups = self.con.execute("SELECT article_id, duplicate_of FROM duplicates").fetchall()
            self._dups = load_index(sigs, dups)
        return self._dups

    def _insert_run(self, run: Run) -> None:
        known = self.con.execute("SELECT count(*) FROM runs WHERE run_id = ?", [run.run_id])
        if known.fetchall()[0][0] == 0:
            self.insert("runs", [run.row()])

    def insert(self, table: str, rows: Sequence[Row]) -> None:
        """Append rows to one of our tables through an Arrow table (no row-by-row inserts)."""
        if not rows:
            return
        data = pa.Table.from_pylist(list(rows), schema=arrow_schema(check_table(table)))
        self.insert_arrow(table, data)

    def insert_arrow(self, table: str, data: pa.Table | pd.DataFrame) -> None:
        cols = ", ".join(column_names(check_table(table)))
        self.con.register("_newsevents_batch", data)
        try:
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _newsevents_batch")
        finally:
            self.con.unregister("_newsevents_batch")

    def mark_pending(self, step: str) -> None:
        """Record that `step` must run (inside the caller's transaction, with what needs it)."""
        self.con.execute("INSERT INTO pending_steps VALUES (?, now()::TIMESTAMP) "
                         "ON CONFLICT DO NOTHING", [step])

    def mark_done(self, step: str) -> None:
        self.con.execute("DELETE FROM pending_steps WHERE step = ?", [step])

    def pending(self, step: str) -> bool:
        found = self.con.execute("SELECT count(*) FROM pending_steps WHERE step = ?", [step])
        return bool(found.fetchall()[0][0])

    def transaction(self) -> _Transaction:
        return _Transaction(self.con)

    def record_diagnostic(self, origin: str, diagnostic: Diagnostic, *,
                          run: Run | None = None) -> bool:
        """Record trouble with one input that produced no article; False if already recorded."""
        return self.record_diagnostics([(origin, diagnostic)], run=run) == 1

    def record_diagnostics(self, items: Sequence[tuple[str, Diagnostic]], *,
                           run: Run | None = None) -> int:
        """Record input-level diagnostics, skipping ones already stored for the same origin."""
        rows = [diagnostic_row(d, origin=o, article_id=None, ord=0,
                               run_id=run.run_id if run else None) for o, d in items]
        if not rows:
            return 0
        data = pa.Table.from_pylist(rows, schema=arrow_schema("diagnostics"))
        self.con.register("_newsevents_diag", data)
        try:
            with self.transaction():
                before = self._count("diagnostics")
                self.con.execute(_INSERT_NEW_DIAGNOSTICS)
                added = self._count("diagnostics") - before
                if added and run is not None:
                    self._insert_run(run)  # a run is recorded only when it stored something
        finally:
            self.con.unregister("_newsevents_diag")
        return added

    # -- reading ---------------------------------------------------------------------------

    def has(self, article_ids: Iterable[str]) -> set[str]:
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return set()
        rows = self.con.execute(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def read(self, article_id: str) -> ArticleAnalysis:
        tables = {}
        for table in ARTICLE_TABLES:
            key = "id" if table == "articles" else "article_id"
            order = _ORDER.get(table, "ord") if table != "articles" else "id"
            tables[table] = self.rows(
                f"SELECT * FROM {table} WHERE {key} = ? ORDER BY {order}", [article_id])
        if not tables["articles"]:
            raise StoreError(f"no article {article_id!r} in {self.path}", code=NOT_FOUND)
        return build_analysis(tables)

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def article_ids(self) -> list[str]:
        return [r[0] for r in self.con.execute("SELECT id FROM articles ORDER BY id").fetchall()]

    def counts(self) -> dict[str, int]:
        return {table: self._count(table) for table in TABLES}

    def _count(self, table: str) -> int:
        return int(self.con.execute(f"SELECT count(*) FROM {check_table(table)}").fetchall()[0][0])

    def frames(self, table: str) -> pd.DataFrame:
        return self.con.execute(f"SELECT * FROM {check_table(table)}").df()

    def arrow(self, table: str) -> pa.Table:
        return self.con.sql(f"SELECT * FROM {check_table(table)}").to_arrow_table()


LOCKED, DAMAGED, FAILED = "E702", "E701", "E703"
MISSING, NOT_FOUND = "E704", "E707"


def database_error(err: duckdb.Error, *, path: str | Path) -> StoreError:
    """A coded StoreError for a DuckDB error on the database at `path`."""
    text = str(err)
    if ("Could not set lock" in text or "Conflicting lock" in text
            or "different configuration than existing connections" in text):
        holder = re.search(r"\(PID (\d+)\)", text)
        who = f" (process {holder.group(1)})" if holder else ""
        return StoreError(f"database {path} is locked: another process{who} is writing it, "
                          "probably an ingest; try again when it has finished", code=LOCKED)
    if isinstance(err, (duckdb.IOException, duckdb.SerializationException,
                        duckdb.InternalException)) or "not a valid DuckDB" in text:
        return StoreError(f"database {path} is damaged or truncated and cannot be read "
                          f"({_first_line(text)})", code=DAMAGED)
    return StoreError(f"database {path}: {_first_line(text)}", code=FAILED)


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else "unknown error"
    return line if len(line) <= 200 else line[:197] + "..."


@contextmanager
def guarded(path: str | Path) -> Iterator[None]:
    """Turn DuckDB errors raised inside the block into coded StoreErrors (E701–E703)."""
    try:
        yield
    except duckdb.Error as err:
        raise database_error(err, path=path) from err


def _connect(path: str, *, read_only: bool, lock_wait: float) -> duckdb.DuckDBPyConnection:
    """Connect, retrying for up to `lock_wait` seconds while another process holds a
    conflicting lock; any other DuckDB error (and a lock that outlasts the wait) is raised for
    `guarded` to code."""
    deadline = time.monotonic() + lock_wait
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.Error as err:
            if database_error(err, path=path).code != LOCKED or time.monotonic() >= deadline:
                raise
            time.sleep(LOCK_RETRY)


_INSERT_NEW_DIAGNOSTICS = (
    "INSERT INTO diagnostics SELECT * FROM _newsevents_diag AS n WHERE NOT EXISTS ("
    "SELECT 1 FROM diagnostics AS d WHERE d.article_id IS NULL AND d.origin = n.origin "
    "AND d.stage = n.stage AND d.code = n.code AND d.message = n.message)"
)


class _Transaction:
    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def __enter__(self) -> None:
        self.con.execute("BEGIN TRANSACTION")

    def __exit__(self, kind: type[BaseException] | None, err: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.con.execute("ROLLBACK" if kind is not None else "COMMIT")


def _unique(analyses: Iterable[ArticleAnalysis]) -> list[ArticleAnalysis]:
    seen: dict[str, ArticleAnalysis] = {}
    for analysis in analyses:
        seen.setdefault(analysis.article.id, analysis)
    return list(seen.values())


def _collect(analyses: Sequence[ArticleAnalysis], *, run_id: str | None) -> dict[str, list[Row]]:
    tables: dict[str, list[Row]] = {t: [] for t in ARTICLE_TABLES}
    for analysis in analyses:
        for table, rows in analysis_rows(analysis, run_id=run_id).items():
            tables[table].extend(rows)
    return tables
