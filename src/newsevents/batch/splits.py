"""Batch inputs → splits: units of reading that tasks share out, planned without reading content.

The driver only lists files (the same expansion as `read_inputs`: directories, globs, missing
paths). A text or HTML file is one split. A record file (JSONL, CSV, WARC, gzipped or not) of
`size` bytes becomes ceil(size / split_bytes) splits: split k of n streams the file with the
ordinary reader and keeps the records whose index i has i % n == k, so records keep exactly the
origin, order key and errors a local read gives them, and no record is read on the driver.
Every document carries an order key (file_seq, rec_seq): its position in a local read. The
output directory itself is never read as input.
"""
from __future__ import annotations

import math
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..io.readers import CSV_EXT, JSONL_EXT, WARC_EXT, Given, Item, expand, read_path

SPLIT_BYTES = 32 * 1024 * 1024
RECORD_EXT = JSONL_EXT + CSV_EXT + WARC_EXT


@dataclass(frozen=True, slots=True, kw_only=True)
class Split:
    file_seq: int
    path: str
    share: int = 0
    shares: int = 1
    error_code: str = ""  # set when the path itself is the problem (missing, stdin)
    error_message: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Located:
    """One document (or input error) with its order key."""

    file_seq: int
    rec_seq: int
    item: Item


def plan_splits(paths: Sequence[str], *, split_bytes: int = SPLIT_BYTES,
                exclude: str | Path | None = None) -> list[Split]:
    """The splits of every input path, in local reading order."""
    skip = os.path.realpath(exclude) if exclude is not None else None
    splits: list[Split] = []
    targets = (t for path in paths for t in expand(path))
    for seq, target in enumerate(t for t in targets if not _inside(t, skip)):
        splits.extend(_file_splits(seq, target, split_bytes=split_bytes))
    return splits


def _inside(target: str | InputError, root: str | None) -> bool:
    if root is None or isinstance(target, InputError) or target == "-":
        return False
    real = os.path.realpath(target)
    return real == root or real.startswith(root + os.sep)


def _file_splits(seq: int, target: str | InputError, *, split_bytes: int) -> list[Split]:
    if isinstance(target, InputError):
        return [Split(file_seq=seq, path=target.source, error_code=target.code,
                      error_message=target.reason)]
    if target == "-":
        return [Split(file_seq=seq, path="<stdin>", error_code="E110",
                      error_message="batch runs read files, not standard input")]
    if not target.lower().endswith(RECORD_EXT):
        return [Split(file_seq=seq, path=target)]
    try:
        size = os.path.getsize(target)
    except OSError:
        size = 0  # the reader reports the error
    shares = max(1, math.ceil(size / max(1, split_bytes)))
    return [Split(file_seq=seq, path=target, share=k, shares=shares) for k in range(shares)]


def read_split(split: Split, *, given: Given = Given()) -> Iterator[Located]:
    """The documents of one split with their order keys (see the module docstring)."""
    if split.error_code:
        error = InputError(split.path, split.error_message, code=split.error_code)
        yield Located(file_seq=split.file_seq, rec_seq=0, item=error)
        return
    for k, item in enumerate(read_path(split.path, given=given)):
        if k % split.shares == split.share:
            yield Located(file_seq=split.file_seq, rec_seq=k, item=item)
