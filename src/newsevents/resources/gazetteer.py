"""The gazetteer seam: a small Protocol, an in-memory double, and the SQLite index.

The real index is compiled once (`gazetteer_build.build_index`) from data shipped in PyPI
packages plus our own `data/geo/*.csv`, into `gazetteer-<version>.sqlite` under
`settings.gazetteer_path` or `$XDG_CACHE_HOME/newsevents/` (~/.cache when unset). A missing,
outdated or corrupt index is rebuilt at first use (with a progress bar on stderr), unless
`settings.extra["gazetteer_autobuild"]` is false: then a GazetteerError says what to run.
After a build, other versions' index files that no run used for a week are deleted.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from ..config import Settings
from ..errors import GazetteerError
from .gazetteer_entry import KINDS, MATCH_ALIAS, MATCH_LOOSE, MATCH_NAME, SCHEMA_VERSION, Candidate
from .place_names import expanded, fold, skeleton

__all__ = ["KINDS", "MATCH_ALIAS", "MATCH_LOOSE", "MATCH_NAME", "SCHEMA_VERSION", "Candidate",
           "Gazetteer", "InMemoryGazetteer", "SQLiteGazetteer", "load_gazetteer"]

_CACHE_SIZE = 20_000
KEEP_UNUSED_DAYS = 7.0  # prune_stale keeps another version's index used this recently


class Gazetteer(Protocol):
    version: str

    def candidates(self, name: str, *, limit: int = 40) -> list[Candidate]: ...

    def country(self, iso3: str) -> Candidate | None: ...

    def admin1(self, country: str, code: str) -> Candidate | None: ...

    def demonym(self, name: str) -> str | None: ...

    def country_iso3(self, iso2: str) -> str | None: ...

    def neighbours(self, iso3: str) -> frozenset[str]: ...


def rank_key(cand: Candidate) -> tuple[int, int]:
    return (cand.match, -cand.population)


class InMemoryGazetteer:
    """A gazetteer from a few records, for tests (shipped like httpx's MockTransport).

    `entries` are (candidate, aliases); `demonyms` maps a demonym to an ISO3 code;
    `neighbours` an ISO3 code to those of the countries it borders.
    """

    def __init__(self, entries: Iterable[tuple[Candidate, Iterable[str]]], *,
                 demonyms: dict[str, str] | None = None, version: str = "memory",
                 country_codes: dict[str, str] | None = None,
                 neighbours: dict[str, Iterable[str]] | None = None) -> None:
        self.version = version
        self._names: dict[str, list[tuple[int, Candidate]]] = {}
        self._by_pid: dict[int, Candidate] = {}
        for cand, aliases in entries:
            self._by_pid[cand.pid] = cand
            self._add(fold(cand.name), MATCH_NAME, cand)
            for alias in aliases:
                self._add(fold(alias), MATCH_ALIAS, cand)
        self._demonyms = {fold(k): v for k, v in (demonyms or {}).items()}
        self._codes = dict(country_codes or {})
        self._neighbours = {k: frozenset(v) for k, v in (neighbours or {}).items()}

    @classmethod
    def from_compiled(cls, compiled: Any, *, version: str = "memory") -> InMemoryGazetteer:
        """The same entries and name keys as an index built from `compiled` (a
        gazetteer_build.Compiled), without writing it to disk."""
        gaz = cls([], demonyms=None, version=version)
        by_pid = {cand.pid: cand for cand in compiled.places}
        gaz._by_pid = by_pid
        for pid, keys in compiled.names.items():
            for key, match in keys.items():
                gaz._names.setdefault(key, []).append((match, by_pid[pid]))
        gaz._demonyms = dict(compiled.demonyms)
        gaz._codes = dict(compiled.country_codes)
        gaz._neighbours = {k: frozenset(v) for k, v in compiled.neighbours.items()}
        return gaz

    def _add(self, key: str, match: int, cand: Candidate) -> None:
        if key:
            self._names.setdefault(key, []).append((match, cand))
            self._names.setdefault("~" + skeleton(key), []).append((MATCH_LOOSE, cand))

    def candidates(self, name: str, *, limit: int = 40) -> list[Candidate]:
        key = expanded(fold(name))
        best: dict[int, Candidate] = {}
        for lookup in (key, "~" + skeleton(key)) if key else ():
            for match, cand in self._names.get(lookup, []):
                if cand.pid not in best or match < best[cand.pid].match:
                    best[cand.pid] = replace(cand, match=match)
        return sorted(best.values(), key=rank_key)[:limit]

    def country(self, iso3: str) -> Candidate | None:
        return next((c for c in self._by_pid.values()
                     if c.kind == "country" and c.country == iso3), None)

    def admin1(self, country: str, code: str) -> Candidate | None:
        return next((c for c in self._by_pid.values() if c.kind == "admin1"
                     and c.country == country and c.admin1_code == code), None)

    def demonym(self, name: str) -> str | None:
        return self._demonyms.get(fold(name))

    def country_iso3(self, iso2: str) -> str | None:
        return self._codes.get(iso2.upper())

    def neighbours(self, iso3: str) -> frozenset[str]:
        return self._neighbours.get(iso3, frozenset())


_COLUMNS = ("pid, name, kind, feature_code, country, lat, lon, population, geonameid, "
            "admin1, admin1_code, admin2")


class SQLiteGazetteer:
    """The compiled index: read-only SQLite, one connection per process, cached look-ups."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pid = -1
        self._conn: sqlite3.Connection | None = None
        self._cache: dict[str, Any] = {}  # raw name -> candidates (or a demonym's ISO3)
        self.version = self._meta().get("version", "")

    def _db(self) -> sqlite3.Connection:
        if self._conn is None or self._pid != os.getpid():
            uri = f"file:{self.path}?mode=ro&immutable=1"
            try:
                self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            except sqlite3.Error as err:
                raise GazetteerError(f"cannot open gazetteer index {self.path}: {err}") from err
            self._pid = os.getpid()
        return self._conn

    def _query(self, sql: str, params: tuple[object, ...]) -> list[tuple[object, ...]]:
        try:
            return self._db().execute(sql, params).fetchall()
        except sqlite3.Error as err:
            raise GazetteerError(f"gazetteer index {self.path} is unreadable ({err}); "
                                 "rebuild it with `newsevents gazetteer build --force`") from err

    def _meta(self) -> dict[str, str]:
        return {str(k): str(v) for k, v in self._query("SELECT key, value FROM meta", ())}

    def info(self) -> dict[str, str]:
        return self._meta()

    def candidates(self, name: str, *, limit: int = 40) -> list[Candidate]:
        hit = self._cache.get(name)
        if hit is None:
            key = expanded(fold(name))
            hit = self._lookup(key) if key else []
            self._remember(name, hit)
        return hit[:limit]

    def _remember(self, name: str, hit: Any) -> None:
        if len(self._cache) >= _CACHE_SIZE:
            self._cache.clear()
        self._cache[name] = hit

    def _lookup(self, key: str) -> list[Candidate]:
        rows = self._query(
            f"SELECT MIN(n.match) AS m, {_COLUMNS} FROM names n JOIN places p USING (pid) "
            "WHERE n.key IN (?, ?) GROUP BY pid ORDER BY m, population DESC LIMIT 60",
            (key, "~" + skeleton(key)),
        )
        return [_candidate(row[1:], match=int(row[0])) for row in rows]  # type: ignore[arg-type]

    def country(self, iso3: str) -> Candidate | None:
        rows = self._query(f"SELECT {_COLUMNS} FROM places WHERE kind = 'country' "
                           "AND country = ?", (iso3,))
        return _candidate(rows[0]) if rows else None

    def admin1(self, country: str, code: str) -> Candidate | None:
        rows = self._query(f"SELECT {_COLUMNS} FROM places WHERE kind = 'admin1' "
                           "AND country = ? AND admin1_code = ?", (country, code))
        return _candidate(rows[0]) if rows else None

    def demonym(self, name: str) -> str | None:
        cache_key = "\0demonym\0" + name
        if cache_key not in self._cache:
            rows = self._query("SELECT iso3 FROM demonyms WHERE key = ?", (fold(name),))
            self._remember(cache_key, str(rows[0][0]) if rows else None)
        return self._cache[cache_key]  # type: ignore[return-value]

    def country_iso3(self, iso2: str) -> str | None:
        """The ISO3 code of a country by its ISO 3166-1 alpha-2 code (None if unknown)."""
        rows = self._query("SELECT iso3 FROM country_codes WHERE iso2 = ?", (iso2.upper(),))
        return str(rows[0][0]) if rows else None

    def neighbours(self, iso3: str) -> frozenset[str]:
        """The ISO3 codes of the countries bordering `iso3` (GeoNames' country table)."""
        cache_key = "\0neighbours\0" + iso3
        if cache_key not in self._cache:
            rows = self._query("SELECT other FROM neighbours WHERE iso3 = ?", (iso3,))
            self._remember(cache_key, frozenset(str(r[0]) for r in rows))
        return self._cache[cache_key]  # type: ignore[return-value]

    def counts(self) -> dict[str, int]:
        rows = self._query("SELECT kind, COUNT(*) FROM places GROUP BY kind", ())
        out = {str(k): int(n) for k, n in rows}  # type: ignore[call-overload]
        out["names"] = int(self._query("SELECT COUNT(*) FROM names", ())[0][0])  # type: ignore[call-overload]
        return out


def _candidate(row: tuple[object, ...], *, match: int = MATCH_NAME) -> Candidate:
    pid, name, kind, code, country, lat, lon, pop, gid, adm1, adm1_code, adm2 = row
    return Candidate(
        pid=int(pid), name=str(name), kind=str(kind), feature_code=str(code),  # type: ignore[call-overload]
        country=country, lat=lat, lon=lon, population=int(pop or 0),  # type: ignore[arg-type,call-overload]
        geonameid=gid, admin1=adm1, admin1_code=adm1_code, admin2=adm2, match=match,  # type: ignore[arg-type]
    )


def default_dir(settings: Settings) -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsevents"


def index_path(settings: Settings, version: str) -> Path:
    """`settings.gazetteer_path` (a file, or a folder to hold the versioned file), else the
    versioned file in the cache folder."""
    if settings.gazetteer_path:
        given = Path(settings.gazetteer_path).expanduser()
        if given.suffix == ".sqlite":
            return given
        return given / f"gazetteer-{version}.sqlite"
    return default_dir(settings) / f"gazetteer-{version}.sqlite"


def open_index(path: Path, *, version: str | None = None) -> SQLiteGazetteer:
    """Open a built index; GazetteerError when missing, corrupt, incomplete or outdated."""
    if not path.is_file():
        raise GazetteerError(f"no gazetteer index at {path}; build it with "
                             "`newsevents gazetteer build`")
    gaz = SQLiteGazetteer(path)
    meta = gaz.info()
    if meta.get("complete") != "1":
        raise GazetteerError(f"gazetteer index {path} is incomplete; rebuild it with "
                             "`newsevents gazetteer build --force`")
    if version is not None and meta.get("version") != version:
        raise GazetteerError(f"gazetteer index {path} has version {meta.get('version')!r}, "
                             f"expected {version!r}; rebuild it with "
                             "`newsevents gazetteer build --force`")
    return gaz


def load_gazetteer(settings: Settings) -> Gazetteer:
    """The real gazetteer, building the index at first use (see module doc)."""
    from . import gazetteer_build as build

    version = build.current_version()
    path = index_path(settings, version)
    try:
        gaz = open_index(path, version=version)
    except GazetteerError:
        if not settings.extra.get("gazetteer_autobuild", True):
            raise
    else:
        mark_used(path)
        return gaz
    with build_lock(path):  # another process may be building the same index
        try:
            return open_index(path, version=version)
        except GazetteerError:
            build.build_index(build.default_sources(), path, progress=True)
    if not settings.gazetteer_path:
        prune_stale(path)
    return open_index(path, version=version)


@contextlib.contextmanager
def build_lock(path: Path) -> Iterator[None]:
    """An exclusive lock file next to the index while it is built (POSIX; a no-op elsewhere)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(f".{path.name}.lock"), "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def mark_used(path: Path) -> None:
    """Note that the index at `path` was just used (its modification time), so that
    `prune_stale` keeps it; a read-only cache is left as it is."""
    with contextlib.suppress(OSError):
        os.utime(path)


def prune_stale(path: Path, *, keep_days: float = KEEP_UNUSED_DAYS,
                now: float | None = None) -> list[Path]:
    """Delete the other versions' index files next to `path` that were not used for
    `keep_days` days. A recently used one may belong to another installation sharing the
    cache folder (two checkouts, or a virtual environment with older packages): deleting
    it would make the two rebuild each other's index at every run."""
    cutoff = (time.time() if now is None else now) - keep_days * 86_400
    stale = [p for p in path.parent.glob("gazetteer-*.sqlite")
             if p != path and _modified(p) < cutoff]
    for old in stale:
        old.unlink(missing_ok=True)
    return stale


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # deleted meanwhile by another process
        return float("inf")
