"""Readers: every input kind, and bad inputs yielded as InputError values so a batch goes on."""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import re
import sys
from pathlib import Path

import pytest

from newsevents.errors import InputError
from newsevents.io.raw import RawDocument
from newsevents.io.readers import count_inputs, read_inputs

STORY = "Flood waters rose in the valley town of Aster on Monday, officials said."
PAGE = f"<html><body><article><p>{STORY}</p></article></body></html>"


def read(*paths: object, **options: object) -> list[RawDocument | InputError]:
    return list(read_inputs([str(p) for p in paths], **options))  # type: ignore[arg-type]


def test_readers_text_file(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    [doc] = read(path, published="2024-05-01", url="https://example.org/s", source="Wire")
    assert isinstance(doc, RawDocument)
    assert (doc.origin, doc.content, doc.kind) == (str(path), STORY.encode(), "auto")
    assert (doc.published, doc.url, doc.source) == (dt.date(2024, 5, 1), "https://example.org/s",
                                                    "Wire")


def test_readers_html_file(tmp_path: Path) -> None:
    path = tmp_path / "page.HTML"
    path.write_text(PAGE, encoding="utf-8")
    [doc] = read(path)
    assert isinstance(doc, RawDocument) and doc.kind == "html"


def test_readers_missing_path(tmp_path: Path) -> None:
    [err] = read(tmp_path / "nope.txt")
    assert isinstance(err, InputError) and err.code == "E101"
    assert err.reason == "file not found"


def test_readers_glob_without_match(tmp_path: Path) -> None:
    [err] = read(tmp_path / "*.txt")
    assert isinstance(err, InputError) and err.code == "E101"
    assert err.reason == "no file matches this pattern"


def test_readers_directory_recursive_sorted_no_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.txt", "a.txt", ".hidden.txt", ".git/x.txt", "b/1.html"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    origins = [doc.origin for doc in read(tmp_path)]  # type: ignore[union-attr]
    assert origins == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "1.html"),
                       str(tmp_path / "b" / "2.txt")]


def test_readers_glob(tmp_path: Path) -> None:
    for name in ("x1.txt", "x2.txt", "y.html"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    origins = [doc.origin for doc in read(tmp_path / "x*.txt")]  # type: ignore[union-attr]
    assert origins == [str(tmp_path / "x1.txt"), str(tmp_path / "x2.txt")]


def test_readers_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode())))
    [doc] = read("-", source="Wire")
    assert isinstance(doc, RawDocument)
    assert (doc.origin, doc.content, doc.source) == ("<stdin>", STORY.encode(), "Wire")


def test_readers_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": STORY, "title": "Aster flood", "published": "2024-05-01T10:00:00Z",
                    "url": "https://example.org/a", "source": "Wire", "id": "a1"}),
        "",
        "{not json",
        json.dumps({"title": "no body"}),
        json.dumps({"html": PAGE}),
        json.dumps(["a", "list"]),
        json.dumps({"text": STORY, "published": "last Tuesday"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path, source="ignored for records")
    first, bad_json, no_text, html, not_object, bad_date = items
    assert isinstance(first, RawDocument)
    assert (first.origin, first.title, first.published, first.source) == (
        f"{path}:1", "Aster flood", dt.date(2024, 5, 1), "Wire")
    assert isinstance(bad_json, InputError) and bad_json.code == "E105"
    assert bad_json.source == f"{path}:3"
    assert re.match(r"not valid JSON \(.+ at column \d+\)", bad_json.reason)
    assert isinstance(no_text, InputError) and no_text.code == "E106"
    assert str(no_text) == f"[E106] {path}:4: record lacks 'text' or 'html'"
    assert isinstance(html, RawDocument) and html.kind == "html"
    assert isinstance(not_object, InputError) and not_object.code == "E105"
    assert isinstance(bad_date, InputError) and bad_date.code == "E109"


def test_readers_jsonl_gzip(tmp_path: Path) -> None:
    path = tmp_path / "batch.ndjson.gz"
    path.write_bytes(gzip.compress((json.dumps({"text": STORY}) + "\n").encode()))
    [doc] = read(path)
    assert isinstance(doc, RawDocument) and doc.content == STORY


def test_readers_csv(tmp_path: Path) -> None:
    path = tmp_path / "batch.csv"
    path.write_text('title,text,published\n"Aster flood","' + STORY + '\nSecond line.",2024-05-01\n'
                    'Empty,,\n', encoding="utf-8")
    good, empty = read(path)
    assert isinstance(good, RawDocument) and good.title == "Aster flood"
    assert good.content == STORY + "\nSecond line." and good.published == dt.date(2024, 5, 1)
    assert isinstance(empty, InputError) and empty.code == "E106"


def test_readers_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("title,summary\nA,B\n", encoding="utf-8")
    [err] = read(path)
    assert isinstance(err, InputError) and err.code == "E106"
    assert err.reason == "CSV has no 'text' or 'html' column"


def test_readers_csv_corpus_column_names(tmp_path: Path) -> None:
    path = tmp_path / "corpus.csv"
    path.write_text("unit_id,article_title,article_content,source,date\n"
                    f'7,Aster flood,"{STORY}",wire,4/16/2017\n', encoding="utf-8")
    [doc] = read(path)
    assert isinstance(doc, RawDocument)
    assert (doc.title, doc.content, doc.source, doc.published) == (
        "Aster flood", STORY, "wire", dt.date(2017, 4, 16))


@pytest.mark.parametrize(("value", "expected"), [
    ("2014-06-14", dt.date(2014, 6, 14)), ("2014-06-14T22:10:00+03:00", dt.date(2014, 6, 14)),
    ("6/14/2014", dt.date(2014, 6, 14)), ("Sat, 14 Jun 2014 10:30:00 GMT", dt.date(2014, 6, 14)),
    ("14 June 2014", dt.date(2014, 6, 14)), ("", None),
])
def test_readers_record_dates(value: str, expected: dt.date | None) -> None:
    from newsevents.io.records import parse_published

    assert parse_published(value) == expected


def _warc(path: Path, *, gz: bool, bodies: list[str]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        for k, body in enumerate(bodies):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://example.org/{k}", "response", payload=io.BytesIO(body.encode()),
                http_headers=headers))
        writer.write_record(writer.create_warc_record(
            "https://example.org/img", "response", payload=io.BytesIO(b"\x89PNG"),
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "image/png")],
                                          protocol="HTTP/1.1")))


@pytest.mark.parametrize("gz", [False, True])
def test_readers_warc(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    _warc(path, gz=gz, bodies=[PAGE, PAGE.replace("Aster", "Birch")])
    docs = read(path)
    urls = [d.url for d in docs]  # type: ignore[union-attr]
    assert urls == ["https://example.org/0", "https://example.org/1"]
    assert all(isinstance(d, RawDocument) and d.kind == "html" for d in docs)
    assert "Birch" in docs[1].content  # type: ignore[union-attr,operator]


@pytest.mark.parametrize("gz", [False, True])
def test_readers_broken_warc_record_goes_on(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    _warc(path, gz=gz, bodies=[PAGE, PAGE, PAGE.replace("Aster", "Cedar")])
    data = path.read_bytes()
    marker = b"\x1f\x8b\x08" if gz else b"WARC/1."
    second = data.index(marker, 10)
    data = data[:second] + b"BROKEN" * 20 + data[second + 120:]
    path.write_bytes(data)
    items = read(path)
    assert [type(i).__name__ for i in items] == ["RawDocument", "InputError", "RawDocument"]
    assert items[1].code == "E108"  # type: ignore[union-attr]
    assert items[1].reason.startswith("broken WARC record")  # type: ignore[union-attr]
    assert "Cedar" in items[2].content  # type: ignore[union-attr,operator]


def test_readers_batch_goes_on_after_errors(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    items = read(tmp_path / "missing.txt", good)
    assert isinstance(items[0], InputError) and isinstance(items[1], RawDocument)


def test_count_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n', encoding="utf-8")
    assert count_inputs([str(tmp_path)]) == 3
    (tmp_path / "c.csv").write_text('text\nx\n"two\nlines"\n', encoding="utf-8")
    assert count_inputs([str(tmp_path)]) == 5  # a CSV counts its records
    (tmp_path / "d.warc").write_bytes(b"")
    assert count_inputs([str(tmp_path)]) is None


def test_readers_then_clean_reports_empty_and_binary_files(tmp_path: Path) -> None:
    from newsevents.config import Settings
    from newsevents.stages.clean import clean

    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" * 40)
    codes = {}
    for doc in read(tmp_path):
        assert isinstance(doc, RawDocument)
        with pytest.raises(InputError) as info:
            clean(doc, settings=Settings())
        codes[Path(info.value.source).name] = (info.value.code, info.value.reason)
    assert codes == {"empty.txt": ("E102", "empty input"),
                     "photo.jpg": ("E103", "binary data, not text (NUL bytes)")}
