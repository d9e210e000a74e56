"""Inputs → `RawDocument`s (or `InputError`s, yielded as values so a batch goes on).

Paths may be files, directories (recursive, sorted, hidden files skipped), glob patterns, or
"-" for stdin. By extension: .html/.htm/.xhtml are HTML; .jsonl/.ndjson (optionally .gz) hold
one article per line; .csv (optionally .gz) one per row; .warc/.warc.gz hold HTTP responses;
anything else is read as text (HTML is still sniffed by the cleaner). `published`, `url` and
`source` apply to single-article inputs (a text or HTML file, stdin); records in JSONL, CSV
and WARC files carry their own fields.
"""
from __future__ import annotations

import datetime as dt
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .raw import RawDocument
from .records import read_csv, read_jsonl
from .warc import read_warc

HTML_EXT = (".html", ".htm", ".xhtml")
JSONL_EXT = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
CSV_EXT = (".csv", ".csv.gz")
WARC_EXT = (".warc", ".warc.gz")
GLOB_CHARS = frozenset("*?[")
MAX_FILE_BYTES = 256 * 1024 * 1024  # a single-article file larger than this is not read
STDIN = "<stdin>"

Item = RawDocument | InputError


@dataclass(frozen=True, slots=True)
class Given:
    """Metadata given by the user for single-article inputs."""

    published: dt.date | None = None
    url: str | None = None
    source: str | None = None


def read_inputs(paths: Sequence[str], *, published: dt.date | str | None = None,
                url: str | None = None, source: str | None = None) -> Iterator[Item]:
    """Every document of every input, in order; unreadable inputs become InputError values."""
    given = Given(published=_given_date(published), url=url, source=source)
    for path in paths:
        for target in expand(path):
            if isinstance(target, InputError):
                yield target
            else:
                yield from read_path(target, given=given)


def expand(path: str) -> Iterator[str | InputError]:
    """The files one PATH argument names ("-" stays "-"), each once, or an InputError (E101
    nothing there, E102 an empty directory). Symbolic links to directories are not followed
    inside a walk or a glob, so a link loop cannot make the expansion endless."""
    if path == "-":
        yield path
        return
    seen: set[str] = set()
    found = False
    for target in _targets(path):
        key = os.path.realpath(target)
        if key not in seen:
            seen.add(key)
            found = True
            yield target
    if not found:
        yield _nothing_at(path)


def _targets(path: str) -> Iterator[str]:
    if os.path.isdir(path):
        yield from _walk(Path(path))
    elif os.path.lexists(path):
        yield path
    elif GLOB_CHARS & set(path):
        for match in _glob(path):
            yield from (_walk(match) if match.is_dir() else [str(match)])


def _nothing_at(path: str) -> InputError:
    if os.path.isdir(path):
        return InputError(path, "directory holds no input files", code="E102")
    if GLOB_CHARS & set(path) and not os.path.lexists(path):
        return InputError(path, "no file matches this pattern", code="E101")
    return InputError(path, "file not found", code="E101")


def _glob(pattern: str) -> list[Path]:
    """Matches of a glob pattern, sorted; `**` spans directories without following links."""
    parts = Path(pattern).parts
    fixed = next((k for k, part in enumerate(parts) if GLOB_CHARS & set(part)), len(parts))
    root = Path(*parts[:fixed]) if fixed else Path(".")
    rest = str(Path(*parts[fixed:]))
    try:
        return sorted(p for p in root.glob(rest) if not p.name.startswith("."))
    except (OSError, ValueError):
        return []


def _walk(root: Path) -> Iterator[str]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield os.path.join(dirpath, name)


def read_path(path: str, *, given: Given = Given()) -> Iterator[Item]:
    """The documents of one file (or "-" for stdin)."""
    if path == "-":
        yield _single(STDIN, sys.stdin.buffer.read(), kind="auto", given=given)
        return
    problem = _not_readable(path)
    if problem is not None:
        yield problem
        return
    lower = path.lower()
    if lower.endswith(JSONL_EXT):
        yield from read_jsonl(path)
    elif lower.endswith(CSV_EXT):
        yield from read_csv(path)
    elif lower.endswith(WARC_EXT):
        yield from read_warc(path)
    else:
        yield _read_file(path, kind="html" if lower.endswith(HTML_EXT) else "auto", given=given)


def _not_readable(path: str) -> InputError | None:
    """Why `path` cannot be read as a file (missing, a FIFO, socket or device), or None.
    A FIFO would block the reader for ever, and the inputs after it with it."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return InputError(path, "file not found", code="E101")
    except OSError as err:  # e.g. a symbolic link loop, no permission
        return InputError(path, f"cannot read: {err.strerror or err}", code="E108")
    if not stat.S_ISREG(mode):
        return InputError(path, "not a regular file (a FIFO, socket or device is not read)",
                          code="E108")
    return None


def _read_file(path: str, *, kind: str, given: Given) -> Item:
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            return InputError(path, f"too large: {size:,} bytes (limit {MAX_FILE_BYTES:,})",
                              code="E104")
        content = Path(path).read_bytes()
    except FileNotFoundError:
        return InputError(path, "file not found", code="E101")
    except OSError as err:
        return InputError(path, f"cannot read: {err.strerror or err}", code="E108")
    return _single(path, content, kind=kind, given=given)


def _single(origin: str, content: bytes, *, kind: str, given: Given) -> RawDocument:
    return RawDocument(origin=origin, content=content, kind=kind, url=given.url,
                       published=given.published, source=given.source)


def _given_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError as err:
        raise InputError("--published", f"bad date {value!r} (use YYYY-MM-DD)",
                         code="E109") from err


def count_inputs(paths: Sequence[str]) -> int | None:
    """How many documents `read_inputs` will yield, when that is cheap to know (else None).

    Text and HTML files count one, JSONL files their non-blank lines, CSV files their rows;
    WARC files and stdin make the count unknown.
    """
    total = 0
    for path in paths:
        for target in expand(path):
            count = _count_one(target)
            if count is None:
                return None
            total += count
    return total


def _count_one(target: str | InputError) -> int | None:
    if isinstance(target, InputError) or (target != "-" and _not_readable(target)):
        return 1
    lower = target.lower()
    if target == "-" or lower.endswith(WARC_EXT):
        return None
    if lower.endswith(JSONL_EXT):
        from .records import count_jsonl

        return count_jsonl(target)
    if lower.endswith(CSV_EXT):
        from .records import count_csv

        return count_csv(target)
    return 1
