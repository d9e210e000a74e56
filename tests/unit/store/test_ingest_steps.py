"""A run killed during the merge step: the next run finds the step pending and redoes it."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.store import merge as merge_mod
from newsevents.store.duckdb import Store

from .fakes import write_corpus
from .test_ingest import run, stories


def test_merge_left_undone_is_redone_by_the_next_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, db = tmp_path / "c.jsonl", tmp_path / "db.duckdb"
    write_corpus(corpus, stories(6), bad=False)
    real = merge_mod.EVIDENCE_SQL
    monkeypatch.setattr(merge_mod, "EVIDENCE_SQL", "SELECT no_such_column FROM merged_events")
    with pytest.raises(Exception):  # noqa: B017 - the process "dies" inside the merge
        run([corpus], db)
    with Store.open(db) as store:
        assert store.counts()["articles"] == 6 and store.counts()["merged_events"] == 0
        assert store.pending("merge")
    monkeypatch.setattr(merge_mod, "EVIDENCE_SQL", real)
    again = run([corpus], db)
    assert (again.new, again.present) == (0, 6)
    assert again.merge is not None and again.merge.events == 6
    with Store.open(db) as store:
        assert store.counts()["merged_events"] == 6 and not store.pending("merge")


def test_nothing_pending_after_a_complete_run(tmp_path: Path) -> None:
    corpus, db = tmp_path / "c.jsonl", tmp_path / "db.duckdb"
    write_corpus(corpus, stories(3), bad=False)
    run([corpus], db)
    again = run([corpus], db)
    assert again.merge is None  # nothing new, nothing owed: no merge
