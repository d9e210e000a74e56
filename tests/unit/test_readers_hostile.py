"""Inputs that used to hang a run, lose good records, or pass a truncation silently."""
from __future__ import annotations

import io
import json
import os
import threading
from pathlib import Path

import pytest

from newsevents.errors import InputError
from newsevents.io.raw import RawDocument
from newsevents.io.readers import count_inputs, read_inputs
from newsevents.io.truncation import truncation

STORY = "Flood waters rose in the valley town of Aster on Monday, officials said."


def read(*paths: object) -> list[RawDocument | InputError]:
    box: dict[str, list] = {}
    thread = threading.Thread(daemon=True, target=lambda: box.update(
        items=list(read_inputs([str(p) for p in paths]))))
    thread.start()
    thread.join(30)
    assert not thread.is_alive(), "reading the inputs hung"
    return box["items"]


def codes(items: list[RawDocument | InputError]) -> list[str]:
    return [i.code if isinstance(i, InputError) else "ok" for i in items]


def test_a_fifo_is_refused_and_the_good_files_are_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    items = read(fifo, good, tmp_path)
    assert codes(items) == ["E108", "ok", "ok", "E108"]  # the walk meets the FIFO again
    assert "not a regular file" in items[0].reason
    assert count_inputs([str(fifo), str(good)]) == 2


def test_a_glob_into_a_symlink_loop_ends_and_reads_each_file_once(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "story.txt").write_text(STORY, encoding="utf-8")
    for name in ("up", "up2", "up3"):
        (tmp_path / "a" / name).symlink_to("..")
    items = read(f"{tmp_path}/**/*.txt", tmp_path)
    assert [i.origin for i in items if isinstance(i, RawDocument)] == [
        str(tmp_path / "a" / "story.txt")] * 2  # once per PATH argument


def test_a_file_symlink_loop_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "x.txt").symlink_to(tmp_path / "y.txt")
    (tmp_path / "y.txt").symlink_to(tmp_path / "x.txt")
    assert codes(read(tmp_path / "x.txt")) == ["E108"]


def test_an_empty_directory_says_so(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    [item] = read(tmp_path / "empty")
    assert isinstance(item, InputError) and item.code == "E102"
    assert item.reason == "directory holds no input files"


@pytest.mark.parametrize(("value", "kind"), [(42, "a number"), ([STORY], "a list"),
                                              ({"t": STORY}, "an object")])
def test_jsonl_text_that_is_not_a_string_is_named(tmp_path: Path, value: object,
                                                  kind: str) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join([json.dumps({"text": STORY}), json.dumps({"text": value}),
                               json.dumps({"text": STORY + " Again."})]) + "\n")
    items = read(path)
    assert codes(items) == ["ok", "E106", "ok"]
    assert items[1].reason == f"field 'text' holds {kind}, not a string"


def test_jsonl_lone_surrogate_becomes_a_replacement_character(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "Aster \\ud800 flooded on Monday.", "title": "\\udfff"}\n'
                    + json.dumps({"text": STORY}) + "\n", encoding="utf-8")
    items = read(path)
    assert codes(items) == ["ok", "ok"]
    assert items[0].content == "Aster \ufffd flooded on Monday." and items[0].title == "\ufffd"
    items[0].content.encode("utf-8")  # encodable now


def test_csv_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes("\ufefftext,title\n".encode() + f'"{STORY}",Floods\n'.encode())
    [item] = read(path)
    assert isinstance(item, RawDocument) and item.title == "Floods"
    assert count_inputs([str(path)]) == 1


def test_jsonl_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes("\ufeff".encode() + json.dumps({"text": STORY}).encode() + b"\n")
    assert codes(read(path)) == ["ok"]


def _warc(pages: int) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for k in range(pages):
        body = ("<html><body>" + "".join(f"<p>{STORY} Item {k}.{j}.</p>" for j in range(60))
                + "</body></html>").encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(
            f"https://example.org/{k}", "response", payload=io.BytesIO(body),
            http_headers=headers))
    return buf.getvalue()


def test_truncated_warc_gz_gets_a_diagnostic(tmp_path: Path) -> None:
    data = _warc(2)
    path = tmp_path / "t.warc.gz"
    path.write_bytes(data[: len(data) - 60])
    first, last = read(path)
    assert truncation(first) is None
    found = truncation(last)
    assert found is not None and found.code == "W101" and "bytes short" in found.message
    path.write_bytes(data)
    assert [truncation(d) for d in read(path)] == [None, None]


def test_truncated_html_page_gets_a_diagnostic() -> None:
    page = "<html><body>" + "".join(f"<p>{STORY}</p>" for _ in range(20))
    assert truncation(RawDocument(origin="p", content=page[:-40])).code == "W101"
    assert truncation(RawDocument(origin="p", content=page + "</body></html>")) is None
    assert truncation(RawDocument(origin="p", content=STORY)) is None  # plain text: no claim
