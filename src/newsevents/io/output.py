"""Writing output files: every way a write can fail becomes one coded error (E710)."""
from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from ..errors import StoreError

OUTPUT_ERROR = "E710"
_REASONS = {
    errno.EISDIR: "it is a directory",
    errno.ENOENT: "its folder does not exist",
    errno.ENOTDIR: "a part of its path is not a folder",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission denied",
    errno.EROFS: "the file system is read-only",
}


def output_error(path: str | Path, err: OSError) -> StoreError:
    reason = _REASONS.get(err.errno or 0, err.strerror or str(err))
    return StoreError(f"cannot write {path}: {reason}", code=OUTPUT_ERROR)


@contextmanager
def writing(path: str | Path, *, newline: str | None = None) -> Iterator[IO[str]]:
    """A text file open for writing; any OSError (on open, write or close) becomes E710."""
    try:
        with open(path, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
    except OSError as err:
        raise output_error(path, err) from err


def write_text(path: str | Path, text: str) -> None:
    with writing(path) as handle:
        handle.write(text)
