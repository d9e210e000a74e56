"""The earlier batch results an incremental run (`newsevents batch … --previous DIR`) extends.

A night's dataset holds the per-article tables of the articles it analysed (and their
signatures) plus the across-article tables (duplicates, stories, merged events) over its whole
history. The history of a new night is therefore the union of the per-article tables of every
earlier night's dataset: `--previous` takes them all (repeatable, globs allowed, e.g.
`--previous '/data/batch/*'`; the output directory itself is left out).

The order of articles matters (a near-duplicate links to its earliest best match), and a
Parquet dataset has no row order, so `signatures` carries `seq`: the article's position in
input order over the whole history (first copies, 0, 1, 2, …; a night continues where the
previous ones stopped). `open_history` checks that the given datasets make up one complete
history (their seq values are exactly 0 … n-1: no night missing, none given twice) and
collects the ids of their articles, which the new run skips without analysing them.
"""
from __future__ import annotations

import glob
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..errors import BatchError
from .dataset import read_columns

SEQ = "seq"
_HEX64 = re.compile(r"[0-9a-f]{16}")
# The history's per-article tables a run reads: what stories, merging and the merged evidence
# read (store/stories.py, store/merge_sql.py). A merge that read another table would make an
# incremental run differ from a full one: tests/e2e/test_batch_incremental.py would fail.
HISTORY_TABLES = ("articles", "actors", "places", "events", "figures", "claims",
                  "contradictions")


@dataclass(frozen=True, slots=True, kw_only=True)
class KnownIds:
    """Article ids of the history, compact: the store's ids are 16 hex digits (a 64-bit
    content hash), kept as a sorted uint64 array (8 bytes an article); any other id (none
    today) is kept as a string."""

    hashes: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.uint64))
    others: frozenset[str] = frozenset()

    @classmethod
    def of(cls, ids: Iterable[str]) -> KnownIds:
        hexes, others = [], set()
        for aid in ids:
            value = _hex64(aid)
            if value is None:
                others.add(aid)
            else:
                hexes.append(value)
        return cls(hashes=np.unique(np.array(hexes, dtype=np.uint64)), others=frozenset(others))

    def __len__(self) -> int:
        return int(self.hashes.size) + len(self.others)

    def __contains__(self, aid: object) -> bool:
        if not isinstance(aid, str):
            return False
        value = _hex64(aid)
        if value is None:
            return aid in self.others
        at = int(np.searchsorted(self.hashes, np.uint64(value)))
        return at < self.hashes.size and int(self.hashes[at]) == value


def _hex64(aid: str) -> int | None:
    """The 64-bit value of a store id (16 lower-case hex digits); None for any other string
    (int() alone would also take upper case, signs, spaces and underscores)."""
    return int(aid, 16) if _HEX64.fullmatch(aid) else None


@dataclass(frozen=True, slots=True, kw_only=True)
class History:
    """The earlier datasets of an incremental run (empty for a full run)."""

    dirs: tuple[str, ...] = ()
    articles: int = 0  # the next article's seq
    known: KnownIds = KnownIds()

    def __bool__(self) -> bool:
        return bool(self.dirs)


NO_HISTORY = History()  # a full run (frozen: shared safely as a default)


def previous_dirs(patterns: Sequence[str], *, out: str | Path) -> tuple[str, ...]:
    """The datasets named by `patterns` (globs expanded, `out` left out), each checked to be
    a batch result, sorted by path."""
    target = Path(out).resolve()
    found: set[str] = set()
    for pattern in patterns:
        matches = glob.glob(pattern) or [pattern]
        found.update(str(Path(m).resolve()) for m in matches if Path(m).resolve() != target)
    for path in sorted(found):
        if not (Path(path, "articles").is_dir() and Path(path, "signatures").is_dir()):
            raise BatchError(f"--previous {path} is not a batch result (it needs articles/ and "
                             "signatures/ table directories)")
    return tuple(sorted(found))


def open_history(patterns: Sequence[str], *, out: str | Path) -> History:
    """The history made of the datasets `patterns` name (see the module docstring)."""
    if not patterns:
        return NO_HISTORY
    dirs = previous_dirs(patterns, out=out)
    if not dirs:
        raise BatchError(f"--previous {' '.join(patterns)}: no batch result found")
    seqs = pa.chunked_array([read_columns(d, "signatures", [SEQ])[SEQ] for d in dirs],
                            type=pa.int64())
    check_complete(seqs, dirs=dirs)
    ids = [aid for d in dirs for aid in read_columns(d, "articles", ["id"])["id"].to_pylist()]
    return History(dirs=dirs, articles=len(seqs), known=KnownIds.of(ids))


def check_complete(seqs: pa.ChunkedArray, *, dirs: Sequence[str]) -> None:
    """The seq values of the history must be exactly 0 … n-1."""
    n = len(seqs)
    if n == 0:
        return
    if seqs.null_count:
        raise BatchError(f"the previous datasets {', '.join(dirs)} have signatures without "
                         "seq: they were written before incremental runs existed; run them again")
    low, high = pc.min(seqs).as_py(), pc.max(seqs).as_py()
    distinct = pc.count_distinct(seqs).as_py()
    if low != 0 or high != n - 1 or distinct != n:
        raise BatchError(
            f"the previous datasets ({', '.join(dirs)}) are not one complete history: their "
            f"{n} article(s) have seq {low}…{high} ({distinct} distinct); give every earlier "
            "night's dataset once (e.g. --previous '/data/batch/*')")
