"""One article per record: JSONL lines and CSV rows, streamed (large corpora never load whole).

A record needs a non-empty `text` or `html` field; `title`, `url`, `published`, `source` are
optional (`id` is accepted and ignored: the article id is the hash of the cleaned text). Common
corpus column names are accepted too (`article_content`, `content`, `body` for text;
`article_title`, `headline`; `date`, `publish_date`; `link`; `outlet`): see FIELDS. Dates may be
ISO ("2014-06-14", "2014-06-14T10:42:00Z"), US numeric ("6/14/2014"), RFC 2822, or written out
("14 June 2014"). Errors name the record as "path:LINE".
"""
from __future__ import annotations

import contextlib
import csv
import datetime as dt
import gzip
import email.utils
import io
import json
import re
from collections.abc import Iterator, Mapping
from typing import IO, Any

from ..clean.header import parse_date
from ..errors import InputError
from .raw import RawDocument

Item = RawDocument | InputError
CSV_FIELD_LIMIT = 64 * 1024 * 1024
FIELDS = {  # our field -> the names it may have in a record, in order of preference
    "text": ("text", "content", "article_content", "article_text", "body", "article"),
    "html": ("html", "raw_html", "content_html"),
    "title": ("title", "article_title", "headline"),
    "published": ("published", "date", "publish_date", "published_at", "pubdate", "datetime"),
    "url": ("url", "link", "article_url"),
    "source": ("source", "outlet", "site", "sitename", "publisher"),
}
SURROGATE = re.compile("[\ud800-\udfff]")
SLASH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def read_jsonl(path: str) -> Iterator[Item]:
    try:
        with _open_text(path) as stream:
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    yield parse_jsonl_line(line, origin=f"{path}:{number}")
    except (OSError, UnicodeDecodeError, EOFError) as err:
        yield InputError(path, f"cannot read: {err}", code="E108")


def parse_jsonl_line(line: str, *, origin: str) -> Item:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as err:
        return InputError(origin, f"not valid JSON ({err.msg} at column {err.colno})",
                          code="E105")
    if not isinstance(data, dict):
        return InputError(origin, f"not a JSON object (found {type(data).__name__})",
                          code="E105")
    return record_document(data, origin=origin)


def read_csv(path: str) -> Iterator[Item]:
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    try:
        with _open_text(path) as stream:
            reader = csv.DictReader(stream)
            if not set(FIELDS["text"] + FIELDS["html"]) & set(reader.fieldnames or ()):
                yield InputError(path, "CSV has no 'text' or 'html' column", code="E106")
                return
            yield from _csv_rows(reader, path=path)
    except (OSError, UnicodeDecodeError, EOFError) as err:
        yield InputError(path, f"cannot read: {err}", code="E108")


def _csv_rows(reader: csv.DictReader[str], *, path: str) -> Iterator[Item]:
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield InputError(f"{path}:{reader.line_num}", f"bad CSV row ({err})", code="E105")
            continue
        yield record_document(row, origin=f"{path}:{reader.line_num}")


def record_document(data: Mapping[str, Any], *, origin: str) -> Item:
    """A RawDocument from one JSON object or CSV row, or the InputError saying what is wrong."""
    html, text = _field(data, "html"), _field(data, "text")
    if not (html or text):
        wrong = _wrong_type(data)
        return InputError(origin, wrong or "record lacks 'text' or 'html'", code="E106")
    raw_date = _field(data, "published")
    try:
        published = parse_published(raw_date)
    except ValueError:
        return InputError(origin, f"bad date in 'published': {raw_date!r}", code="E109")
    return RawDocument(origin=origin, content=html or text, kind="html" if html else "auto",
                       published=published, title=_field(data, "title") or None,
                       url=_field(data, "url") or None, source=_field(data, "source") or None)


def parse_published(value: str) -> dt.date | None:
    """A date from a record field; '' means none; ValueError when it is not a date."""
    value = value.strip()
    if not value:
        return None
    slash = SLASH_DATE.match(value)
    if slash:
        month, day, year = map(int, slash.groups())
        return dt.date(year, month, day)
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    with contextlib.suppress(TypeError, ValueError, IndexError):
        return email.utils.parsedate_to_datetime(value).date()
    found = parse_date(value)
    if found is None:
        raise ValueError(value)
    return found


def count_csv(path: str) -> int:
    """The records `read_csv` will yield: one per row, or one for a file it rejects."""
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    try:
        with _open_text(path) as stream:
            return max(1, sum(1 for _ in csv.reader(stream)) - 1)
    except (OSError, UnicodeDecodeError, EOFError, csv.Error):
        return 1


def count_jsonl(path: str) -> int:
    try:
        with _open_text(path) as stream:
            return sum(1 for line in stream if line.strip())
    except (OSError, UnicodeDecodeError, EOFError):
        return 1


def _field(data: Mapping[str, Any], name: str) -> str:
    """The first non-empty string among the names `name` may have in a record (a lone
    surrogate escape such as "\\ud800" becomes U+FFFD: it is no character and cannot be
    encoded)."""
    for key in FIELDS[name]:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return SURROGATE.sub("\ufffd", value)
    return ""


def _wrong_type(data: Mapping[str, Any]) -> str | None:
    """The first text field that holds something other than a string, named with its type."""
    for key in FIELDS["text"] + FIELDS["html"]:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            kind = {bool: "a boolean", int: "a number", float: "a number", list: "a list",
                    dict: "an object"}.get(type(value), type(value).__name__)
            return f"field {key!r} holds {kind}, not a string"
    return None


def _open_text(path: str) -> IO[str]:
    if path.lower().endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8-sig", errors="replace",
                                newline="")
    return open(path, encoding="utf-8-sig", errors="replace", newline="")  # a BOM is not data
