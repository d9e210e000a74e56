"""Batch splits: shares of a record file give back exactly a local read, with order keys."""
from __future__ import annotations

import json
import pickle
from pathlib import Path

from newsevents.batch.dataset import analysis_schema, month_of, table_schema
from newsevents.batch.splits import plan_splits, read_split
from newsevents.errors import InputError
from newsevents.io.readers import read_inputs
from newsevents.store.schema import ARTICLE_TABLES, column_names

import datetime as dt


def _feed(tmp_path: Path, n: int) -> Path:
    lines = [json.dumps({"text": f"Story number {k} about the floods."}) for k in range(n)]
    lines.insert(3, "{not json")
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _key(item: object) -> str:
    return item.origin if not isinstance(item, InputError) else f"error {item.source}"


def test_splits_share_a_record_file_and_read_back_the_local_order(tmp_path: Path) -> None:
    feed = _feed(tmp_path, 40)
    (tmp_path / "note.txt").write_text("Rain fell.", encoding="utf-8")
    splits = plan_splits([str(tmp_path), str(tmp_path / "gone.txt")], split_bytes=256)
    assert len([s for s in splits if s.path == str(feed)]) > 4
    docs = sorted((d for s in splits for d in read_split(s)), key=lambda d: (d.file_seq, d.rec_seq))
    local = list(read_inputs([str(tmp_path), str(tmp_path / "gone.txt")]))
    assert [_key(d.item) for d in docs] == [_key(i) for i in local]
    assert len({(d.file_seq, d.rec_seq) for d in docs}) == len(docs)


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
