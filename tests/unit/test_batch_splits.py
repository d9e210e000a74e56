"""Batch splits: shares of a record file give back exactly a local read, with order keys."""
from __future__ import annotations

import datetime as dt
import json
import pickle
from pathlib import Path

from newsevents.batch.dataset import analysis_schema, month_of, table_schema
from newsevents.batch.splits import (
    Split,
    count_lines,
    number_lines,
    plan_splits,
    read_split,
)
from newsevents.errors import InputError
from newsevents.io.readers import read_inputs
from newsevents.store.schema import ARTICLE_TABLES, column_names


def _feed(tmp_path: Path, n: int) -> Path:
    lines = [json.dumps({"text": f"Story number {k} about the floods."}) for k in range(n)]
    lines.insert(3, "{not json")
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _key(item: object) -> str:
    return item.origin if not isinstance(item, InputError) else f"error {item.source}"


def _numbered(splits: list[Split]) -> list[Split]:
    return number_lines(splits, {s: count_lines(s) for s in splits if s.ranged})


def _read_all(splits: list[Split]) -> list[str]:
    docs = sorted((d for s in _numbered(splits) for d in read_split(s)),
                  key=lambda d: (d.file_seq, d.rec_seq))
    assert len({(d.file_seq, d.rec_seq) for d in docs}) == len(docs)
    return [_key(d.item) for d in docs]


def test_splits_share_a_record_file_and_read_back_the_local_order(tmp_path: Path) -> None:
    feed = _feed(tmp_path, 40)
    (tmp_path / "note.txt").write_text("Rain fell.", encoding="utf-8")
    splits = plan_splits([str(tmp_path), str(tmp_path / "gone.txt")], split_bytes=256)
    assert len([s for s in splits if s.path == str(feed) and s.ranged]) > 4
    local = list(read_inputs([str(tmp_path), str(tmp_path / "gone.txt")]))
    assert _read_all(splits) == [_key(i) for i in local]


def _awkward_feed(path: Path) -> None:
    """A BOM, CRLF, a lone CR, blank and whitespace lines, bad JSON, non-ASCII and invalid
    UTF-8 bytes, and no newline after the last record."""
    records = [json.dumps({"text": f"Story {k} in Zürich, {'é' * (k % 5)}."},
                          ensure_ascii=False).encode() for k in range(30)]
    ends = [b"\n", b"\r\n", b"\r", b"\n\n", b"\n  \n", b"\n{broken\n", b"\xff\xfe\n"]
    body = b"".join(r + ends[k % len(ends)] for k, r in enumerate(records))
    path.write_bytes(b"\xef\xbb\xbf" + body + b'{"text": "The last story, unterminated."}')


def test_byte_ranges_of_a_jsonl_file_read_exactly_what_a_local_read_gives(tmp_path: Path) -> None:
    feed = tmp_path / "awkward.jsonl"
    _awkward_feed(feed)
    local = [_key(i) for i in read_inputs([str(feed)])]
    for split_bytes in (1, 7, 64, 333, 10**6):
        splits = plan_splits([str(feed)], split_bytes=split_bytes, min_shares=3)
        assert all(s.ranged for s in splits) and len(splits) >= 3
        assert _read_all(splits) == local, split_bytes


def test_byte_ranges_cover_every_line_once(tmp_path: Path) -> None:
    feed = tmp_path / "awkward.jsonl"
    _awkward_feed(feed)
    whole = Split(file_seq=0, path=str(feed), byte_stop=feed.stat().st_size)
    ranges = plan_splits([str(feed)], split_bytes=50)
    assert sum(count_lines(s) for s in ranges) == count_lines(whole) > 30
    assert [s.first_line for s in _numbered(ranges)][:1] == [1]


def test_csv_and_gzipped_feeds_are_shared_by_record_index_not_bytes(tmp_path: Path) -> None:
    (tmp_path / "feed.csv").write_text("text\n" + "".join(f'"Story {k}\nwith a break."\n'
                                                          for k in range(20)), encoding="utf-8")
    splits = plan_splits([str(tmp_path / "feed.csv")], split_bytes=40)
    assert len(splits) > 3 and not any(s.ranged for s in splits)
    assert _read_all(splits) == [_key(i) for i in read_inputs([str(tmp_path / "feed.csv")])]


def test_splits_skip_the_output_directory_and_refuse_stdin(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "old.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Rain fell.", encoding="utf-8")
    splits = plan_splits([str(tmp_path), "-"], exclude=tmp_path / "out")
    assert [s.path for s in splits] == [str(tmp_path / "a.txt"), "<stdin>"]
    assert splits[1].error_code == "E110"


def test_input_errors_survive_pickling_between_pool_processes() -> None:
    err = pickle.loads(pickle.dumps(InputError("feed.jsonl:4", "not valid JSON", code="E105")))
    assert (err.code, err.source, err.reason) == ("E105", "feed.jsonl:4", "not valid JSON")


def test_dataset_schemas_follow_the_store_schema() -> None:
    for table in ARTICLE_TABLES:
        assert tuple(table_schema(table).names) == (*column_names(table), "month")
        assert analysis_schema().field(table).type.value_type.names == list(column_names(table))
    assert tuple(table_schema("merged_events").names) == column_names("merged_events")
    assert month_of(dt.date(2014, 6, 9)) == "2014-06" and month_of(None) == "undated"
