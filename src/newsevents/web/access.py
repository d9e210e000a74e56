"""Opening the store for the desk: checked once at start-up, then read-only per request.

DuckDB lets one process write a database file, or many processes read it, never both. The desk
therefore holds no connection between requests: each request opens the file read-only and
closes it. While an ingest holds the write lock, a request waits up to `lock_wait` seconds and
then answers 503 with error E704; an ingest started while a request reads waits for it
(Store.open retries on a lock conflict).
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..errors import StoreError
from ..store.duckdb import Store
from ..store.migrations import MIGRATIONS

REQUIRED = ("articles", "events", "merged_events", "merged_event_mentions",
            "merged_event_evidence")
_COLUMNS = "SELECT table_name, column_name FROM information_schema.columns"


@dataclass(frozen=True, slots=True, kw_only=True)
class StoreInfo:
    """What the desk learnt about the store at start-up (columns decide what is shown)."""

    path: str
    columns: Mapping[str, frozenset[str]]
    lock_wait: float = 2.0

    def has(self, table: str, column: str) -> bool:
        return column in self.columns.get(table, frozenset())

    @contextmanager
    def open(self) -> Iterator[Store]:
        with Store.open(self.path, create=False, read_only=True,
                        lock_wait=self.lock_wait) as store:
            yield store


def inspect_store(path: str | Path, *, lock_wait: float = 2.0) -> StoreInfo:
    """Check that `path` is a newsevents store this version can read; raise coded errors."""
    path = str(path)
    if not Path(path).is_file():
        raise StoreError(f"database {path} does not exist (run `newsevents ingest` first)",
                         code="E701")
    with Store.open(path, create=False, read_only=True, lock_wait=lock_wait) as store:
        columns: dict[str, set[str]] = {}
        for table, column in store.con.execute(_COLUMNS).fetchall():
            columns.setdefault(table, set()).add(column)
        _check_tables(path, columns)
        _check_version(path, store)
        if store.con.execute("SELECT count(*) FROM articles").fetchall()[0][0] == 0:
            raise StoreError(f"database {path} holds no articles (run `newsevents ingest`)",
                             code="E702")
    return StoreInfo(path=path, columns={t: frozenset(c) for t, c in columns.items()},
                     lock_wait=lock_wait)


def _check_tables(path: str, columns: Mapping[str, set[str]]) -> None:
    missing = [t for t in (*REQUIRED, "_migrations") if t not in columns]
    if missing:
        raise StoreError(f"database {path} is not a newsevents store (missing tables: "
                         f"{', '.join(missing)}); run `newsevents ingest`", code="E702")


def _check_version(path: str, store: Store) -> None:
    known = {m.number for m in MIGRATIONS}
    applied = {r[0] for r in store.con.execute("SELECT number FROM _migrations").fetchall()}
    newer = sorted(applied - known)
    if newer:
        raise StoreError(f"database {path} was written by a newer newsevents (migrations "
                         f"{newer} unknown here); upgrade newsevents", code="E703")
