"""Opening the store for the desk: checked once at start-up, then read-only while in use.

DuckDB lets one process write a database file, or many processes read it, never both. The desk
therefore keeps its read-only connection only while requests come in: it is opened by the
first request (about 50 ms) and closed once no request has come for `idle` seconds (1 s), which
releases the file. An ingest started while the desk is in use waits for that (Store.open
retries on a lock conflict for 10 s); while an ingest holds the write lock, a request waits up
to `lock_wait` seconds and then answers 503 with error E702. Since the desk never reads while
anything writes, what it shows is always the store as last committed.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..store.duckdb import Store
from ..store.migrations import MIGRATIONS

log = logging.getLogger("newsevents.web")
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


class Connections:
    """One shared read-only Store (a cursor per request), closed after `idle` quiet seconds."""

    def __init__(self, info: StoreInfo, *, idle: float = 1.0) -> None:
        self.info = info
        self.idle = idle
        self.cache: dict[str, Any] = {}  # values derived from the open store (drop-downs)
        self._lock = threading.Condition()
        self._store: Store | None = None
        self._users = 0
        self._last = 0.0
        self._timer: threading.Timer | None = None

    @contextmanager
    def open(self) -> Iterator[Store]:
        with self._lock:
            if self._store is None:
                self._store = Store.open(self.info.path, create=False, read_only=True,
                                         lock_wait=self.info.lock_wait)
                self.cache = {}
            self._users += 1
            cursor = self._store.con.cursor()
        try:
            yield Store(cursor, path=self.info.path)
        finally:
            cursor.close()
            with self._lock:
                self._users -= 1
                self._last = time.monotonic()
                self._lock.notify_all()
                self._arm()

    def _arm(self) -> None:
        """One pending idle check (lock held). It is not a daemon thread, even when armed from
        one (a request runs in a server's daemon worker thread, and a new thread inherits that
        flag): the interpreter waits for it before finalising, so DuckDB is never closed by a
        thread that finalisation kills mid-call (which aborts the process)."""
        if self._timer is not None:
            self._timer.cancel()
        self._timer = threading.Timer(self.idle + 0.05, self._close_if_idle)
        self._timer.daemon = False
        self._timer.start()

    def _close_if_idle(self) -> None:
        with self._lock:
            quiet = time.monotonic() - self._last >= self.idle
            if self._store is not None and self._users == 0 and quiet:
                self._store.close()
                self._store = None

    def close(self) -> None:
        with self._lock:
            self._close()

    def _close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._store is not None:
            self._store.close()
            self._store = None

    @contextmanager
    def paused(self) -> Iterator[None]:
        """No read connection while the body runs (the desk itself writes: "Try it" → store).
        Waits for requests in progress; requests arriving meanwhile wait for the end."""
        with self._lock:
            self._lock.wait_for(lambda: self._users == 0)
            self._close()
            yield


def inspect_store(path: str | Path, *, lock_wait: float = 2.0) -> StoreInfo:
    """Check that `path` is a newsevents store this version can read; raise coded errors.

    A store written by an older newsevents gets its missing migrations first (the one write
    the desk makes on its own: a schema upgrade, logged), since the queries expect them."""
    path = str(path)
    if not Path(path).is_file():
        raise StoreError(f"database {path} does not exist (run `newsevents ingest` first)",
                         code="E704")
    with Store.open(path, create=False, read_only=True, lock_wait=lock_wait) as store:
        columns = _columns(store)
        _check_tables(path, columns)
        behind = _check_version(path, store)
        if store.con.execute("SELECT count(*) FROM articles").fetchall()[0][0] == 0:
            raise StoreError(f"database {path} holds no articles (run `newsevents ingest`)",
                             code="E705")
    if behind:
        log.warning("upgrading the schema of %s (migrations %s) before serving it", path, behind)
        with Store.open(path, create=False, lock_wait=lock_wait) as store:
            columns = _columns(store)
    return StoreInfo(path=path, columns={t: frozenset(c) for t, c in columns.items()},
                     lock_wait=lock_wait)


def _columns(store: Store) -> dict[str, set[str]]:
    columns: dict[str, set[str]] = {}
    for table, column in store.con.execute(_COLUMNS).fetchall():
        columns.setdefault(table, set()).add(column)
    return columns


def _check_tables(path: str, columns: Mapping[str, set[str]]) -> None:
    missing = [t for t in (*REQUIRED, "_migrations") if t not in columns]
    if missing:
        raise StoreError(f"database {path} is not a newsevents store (missing tables: "
                         f"{', '.join(missing)}); run `newsevents ingest`", code="E705")


def _check_version(path: str, store: Store) -> list[int]:
    """The known migrations the store lacks; E706 when it has ones this version lacks."""
    known = {m.number for m in MIGRATIONS}
    applied = {r[0] for r in store.con.execute("SELECT number FROM _migrations").fetchall()}
    newer = sorted(applied - known)
    if newer:
        raise StoreError(f"database {path} was written by a newer newsevents (migrations "
                         f"{newer} unknown here); upgrade newsevents", code="E706")
    return sorted(known - applied)
