"""WARC files (plain or record-gzipped) → one RawDocument per HTML HTTP response (warcio).

A broken record becomes an InputError naming the file and the record's byte offset, and
reading resumes at the next record start ("WARC/1." line, or the next gzip member).
Requests, metadata, non-HTML and non-2xx responses are skipped: they hold no article.
"""
from __future__ import annotations

import mmap
import zlib
from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from .raw import RawDocument

Item = RawDocument | InputError
GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_MAGIC = b"WARC/1."
HTML_TYPES = ("html", "xhtml")


def read_warc(path: str) -> Iterator[Item]:
    try:
        with open(path, "rb") as handle:
            yield from _records(handle, path=path)
    except OSError as err:
        yield InputError(path, f"cannot read: {err.strerror or err}", code="E108")


def _records(handle: Any, *, path: str) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator

    gzipped = handle.read(3) == GZIP_MAGIC
    position = 0
    while position is not None:
        handle.seek(position)
        iterator = ArchiveIterator(handle)
        try:
            for record in iterator:
                item = _document(record, origin=f"{path}@{iterator.offset}")
                if item is not None:
                    yield item
            return
        except _warc_errors() as err:
            failed = max(iterator.offset, position)
            yield InputError(f"{path}@{failed}", f"broken WARC record ({_describe(err)})",
                             code="E108")
            position = _next_record(handle, after=failed, gzipped=gzipped)


def _document(record: Any, *, origin: str) -> RawDocument | None:
    if record.rec_type not in ("response", "resource"):
        return None
    headers = record.http_headers
    if record.rec_type == "response":
        if headers is None or not str(headers.get_statuscode() or "").startswith("2"):
            return None
        content_type = headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if content_type and not any(kind in content_type.lower() for kind in HTML_TYPES):
        return None
    body = record.content_stream().read()
    missing = getattr(record.raw_stream, "limit", 0) or 0  # bytes the record promised but lacks
    return RawDocument(origin=origin, content=_decoded(body, content_type), kind="html",
                       url=record.rec_headers.get_header("WARC-Target-URI"),
                       truncated=(f"the WARC record ends {missing:,} bytes short of its length"
                                  if missing > 0 else None))


def _decoded(body: bytes, content_type: str) -> str | bytes:
    """Text in the charset the HTTP header declares, else bytes for the cleaner to decode."""
    _, _, charset = content_type.lower().partition("charset=")
    charset = charset.split(";")[0].strip(" \"'")
    if not charset:
        return body
    try:
        return body.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return body


def _next_record(handle: Any, *, after: int, gzipped: bool) -> int | None:
    """Byte offset of the next record start after `after`, or None at the end of the file."""
    marker = GZIP_MAGIC if gzipped else b"\n" + WARC_MAGIC
    try:
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as view:
            found = view.find(marker, after + 1)
    except ValueError:  # empty file: nothing to map
        return None
    if found < 0:
        return None
    return found if gzipped else found + 1


def _warc_errors() -> tuple[type[BaseException], ...]:
    from warcio.exceptions import ArchiveLoadFailed
    from warcio.statusandheaders import StatusAndHeadersParserException

    return (ArchiveLoadFailed, StatusAndHeadersParserException, ValueError, EOFError,
            zlib.error, OSError, IndexError, KeyError)


def _describe(err: BaseException) -> str:
    text = "".join(c if c.isprintable() and c.isascii() else " " for c in str(err))
    text = " ".join(text.split()) or type(err).__name__
    return text if len(text) <= 80 else text[:77] + "..."
