"""Batch inputs → splits: units of reading that tasks share out, planned without reading content.

The driver only lists files (the same expansion as `read_inputs`: directories, globs, missing
paths). A text or HTML file is one split. A record file (JSONL, CSV, WARC, gzipped or not) of
`size` bytes becomes n = ceil(size / split_bytes) splits (at least `min_shares`):

- plain JSONL is cut into n byte ranges: split k reads only the lines that start inside its
  range (a line belongs to the range holding its first byte). The line numbers in origins
  (`feed.jsonl:17`) need the lines before the range: `count_lines` counts the lines of each
  range (a pass that reads each byte once, on the executors) and `number_lines` turns the
  counts into each range's first line number before the analysis reads the ranges;
- CSV (a quoted field may hold newlines), WARC and gzipped files cannot be cut without
  reading them from the start: split k of n streams the file with the ordinary reader and
  keeps the records whose index i has i % n == k.

Either way records keep exactly the origin, order and errors a local read gives them, and no
record is read on the driver. Every document carries an order key (file_seq, rec_seq) that
sorts as a local read does: the record index, or the line number in a byte-range split. The
output directory itself is never read as input.
"""
from __future__ import annotations

import itertools
import math
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..io.readers import CSV_EXT, JSONL_EXT, WARC_EXT, Given, Item, expand, read_path
from ..io.records import parse_jsonl_line

SPLIT_BYTES = 32 * 1024 * 1024
RECORD_EXT = JSONL_EXT + CSV_EXT + WARC_EXT
RANGE_EXT = tuple(ext for ext in JSONL_EXT if not ext.endswith(".gz"))
BOM = b"\xef\xbb\xbf"
TEXT_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")  # Python's universal newlines


@dataclass(frozen=True, slots=True, kw_only=True)
class Split:
    file_seq: int
    path: str
    share: int = 0
    shares: int = 1
    error_code: str = ""  # set when the path itself is the problem (missing, stdin)
    error_message: str = ""
    byte_start: int = 0  # a byte range of a plain JSONL file: [byte_start, byte_stop)
    byte_stop: int = -1  # -1: not a byte range (the whole file, or every n-th record)
    first_line: int = 0  # the number of the range's first line (0: not counted yet)

    @property
    def ranged(self) -> bool:
        return self.byte_stop >= 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Located:
    """One document (or input error) with its order key."""

    file_seq: int
    rec_seq: int
    item: Item


def plan_splits(paths: Sequence[str], *, split_bytes: int = SPLIT_BYTES,
                exclude: str | Path | None = None, min_shares: int = 1) -> list[Split]:
    """The splits of every input path, in local reading order; a record file gets at least
    `min_shares` splits (so one small corpus file still feeds every task)."""
    skip = os.path.realpath(exclude) if exclude is not None else None
    splits: list[Split] = []
    targets = (t for path in paths for t in expand(path))
    for seq, target in enumerate(t for t in targets if not _inside(t, skip)):
        splits.extend(_file_splits(seq, target, split_bytes=split_bytes,
                                   min_shares=min_shares))
    return splits


def _inside(target: str | InputError, root: str | None) -> bool:
    if root is None or isinstance(target, InputError) or target == "-":
        return False
    real = os.path.realpath(target)
    return real == root or real.startswith(root + os.sep)


def _file_splits(seq: int, target: str | InputError, *, split_bytes: int,
                 min_shares: int) -> list[Split]:
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
    shares = max(1, min_shares, math.ceil(size / max(1, split_bytes)))
    if shares > 1 and target.lower().endswith(RANGE_EXT):
        width = math.ceil(size / shares)
        return [Split(file_seq=seq, path=target, share=k, shares=shares, byte_start=k * width,
                      byte_stop=min(size, (k + 1) * width)) for k in range(shares)]
    return [Split(file_seq=seq, path=target, share=k, shares=shares) for k in range(shares)]


def read_split(split: Split, *, given: Given | None = None) -> Iterator[Located]:
    """The documents of one split with their order keys (see the module docstring)."""
    if split.ranged:
        yield from _read_range(split)
        return
    if split.error_code:
        error = InputError(split.path, split.error_message, code=split.error_code)
        yield Located(file_seq=split.file_seq, rec_seq=0, item=error)
        return
    for k, item in enumerate(read_path(split.path, given=given or Given())):
        if k % split.shares == split.share:
            yield Located(file_seq=split.file_seq, rec_seq=k, item=item)


def count_lines(split: Split) -> int:
    """The text lines that start in a byte-range split (blank lines included)."""
    try:
        return sum(1 for _ in _range_lines(split))
    except OSError:
        return 0  # the reading pass reports it


def number_lines(splits: Sequence[Split], counts: Mapping[Split, int]) -> list[Split]:
    """The splits with `first_line` set from the line counts of the byte ranges before them."""
    lines: dict[str, int] = {}
    numbered = []
    for split in splits:
        if split.ranged:
            first = lines.get(split.path, 1)
            lines[split.path] = first + counts[split]
            split = replace(split, first_line=first)
        numbered.append(split)
    return numbered


def _read_range(split: Split) -> Iterator[Located]:
    """A byte range's records, numbered and parsed as `read_jsonl` does."""
    assert split.first_line > 0, "byte-range splits are numbered (number_lines) before reading"
    try:
        numbered = zip(itertools.count(split.first_line), _range_lines(split))
        for number, text in numbered:
            if text.strip():
                item = parse_jsonl_line(text, origin=f"{split.path}:{number}")
                yield Located(file_seq=split.file_seq, rec_seq=number, item=item)
    except OSError as err:
        if split.share == 0:  # a local read reports an unreadable file once
            error = InputError(split.path, f"cannot read: {err}", code="E108")
            yield Located(file_seq=split.file_seq, rec_seq=0, item=error)


def _range_lines(split: Split) -> Iterator[str]:
    """The text lines that start in the range, decoded as `read_jsonl` decodes the file."""
    with open(split.path, "rb") as handle:
        records = _range_records(handle, start=split.byte_start, stop=split.byte_stop)
        for k, raw in enumerate(records):
            if k == 0 and split.byte_start == 0:
                raw = raw.removeprefix(BOM)  # a BOM at the start of the file is not data
            yield from TEXT_LINE.findall(raw.decode("utf-8", errors="replace"))


def _range_records(handle: BinaryIO, *, start: int, stop: int) -> Iterator[bytes]:
    """The newline-terminated byte lines whose first byte lies in [start, stop)."""
    position = start
    if start > 0:
        handle.seek(start - 1)
        position = start - 1 + len(handle.readline())  # finish the line running into the range
    while position < stop:
        raw = handle.readline()
        if not raw:
            return
        position += len(raw)
        yield raw
