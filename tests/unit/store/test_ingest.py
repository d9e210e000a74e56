from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsevents.config import load_settings
from newsevents.store.duckdb import Store
from newsevents.store.ingest import Engine, ingest

from .factories import Story
from .fakes import make_fake_pipeline, plain_clean, write_corpus

ENGINE = Engine(make_pipeline=make_fake_pipeline, clean=plain_clean)
PLACES = ("Aleppo", "Idlib", "Mosul", "Tikrit")


def stories(n: int) -> list[Story]:
    out = []
    for k in range(n):
        place = PLACES[k % 4]
        iraq = place in ("Mosul", "Tikrit")
        out.append(Story(place=place, killed=k + 2, day=dt.date(2016, 1, 1) + dt.timedelta(k),
                         attacker="Iraqi troops" if iraq else "government forces",
                         victim="militants" if iraq else "rebel fighters",
                         source=f"agency-{k % 3}",
                         extra=f"Dispatch {k}: " + " ".join(f"w{k}x{j}" for j in range(30))))
    return out


def run(paths: list[Path], db: Path, **kwargs: object):  # type: ignore[no-untyped-def]
    return ingest([str(p) for p in paths], db=str(db), settings=load_settings(),
                  engine=ENGINE, progress=False, **{"workers": 1, **kwargs})


def test_ingest_counts_and_reports_bad_records(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    total = write_corpus(corpus, stories(20))
    summary = run([corpus], tmp_path / "db.duckdb")
    assert (summary.inputs, summary.new, summary.present) == (total, 20, 0)
    assert sorted(code for _, code, _ in summary.failed) == ["E105", "E106", "E107"]
    assert {origin for origin, _, _ in summary.failed} == {
        f"{corpus}:21", f"{corpus}:22", f"{corpus}:23"}
    with Store.open(tmp_path / "db.duckdb") as store:
        diags = store.frames("diagnostics")
        assert set(diags[diags["article_id"].isna()]["origin"]) == {
            f"{corpus}:21", f"{corpus}:22", f"{corpus}:23"}
        assert store.counts()["merged_events"] == 20
        assert summary.merge is not None and summary.merge.events == 20


def test_ingest_twice_adds_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    total = write_corpus(corpus, stories(12))
    db = tmp_path / "db.duckdb"
    run([corpus], db)
    with Store.open(db) as store:
        first = store.counts()
    again = run([corpus], db)
    assert (again.inputs, again.new, again.present, len(again.failed)) == (total, 0, 12, 3)
    with Store.open(db) as store:
        assert store.counts() == first


def test_ingest_with_a_pool_of_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # spawned workers import the fake engine by its module name: make that name importable
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1]))
    corpus = tmp_path / "c.jsonl"
    write_corpus(corpus, stories(40), bad=False)
    summary = run([corpus], tmp_path / "db.duckdb", workers=2)
    assert (summary.new, summary.present, summary.failed) == (40, 0, [])


def test_ingest_crash_mid_write_leaves_no_partial_article_and_resumes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "c.jsonl"
    total = write_corpus(corpus, stories(48))
    db = tmp_path / "db.duckdb"
    real = Store.insert
    calls = {"events": 0}

    def crash_on_second_chunk(self: Store, table: str, rows: list[dict]) -> None:
        if table == "events":
            calls["events"] += 1
            if calls["events"] == 2:
                raise KeyboardInterrupt  # the process dies in the middle of a transaction
        real(self, table, rows)

    monkeypatch.setattr(Store, "insert", crash_on_second_chunk)
    with pytest.raises(KeyboardInterrupt):
        run([corpus], db)
    monkeypatch.setattr(Store, "insert", real)
    with Store.open(db) as store:
        counts = store.counts()
        assert counts["articles"] == counts["events"] == counts["places"] == 16  # chunk 1 only
    summary = run([corpus], db)
    assert (summary.present, summary.new, len(summary.failed)) == (16, 32, 3)
    assert summary.present + summary.new + len(summary.failed) == total


def test_ingest_pipeline_failure_is_recorded_per_article(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    items = stories(3)
    items[1] = Story(extra="CRASH")
    write_corpus(corpus, items, bad=False)
    summary = run([corpus], tmp_path / "db.duckdb")
    assert summary.new == 2
    (failure,) = summary.failed
    assert failure[0] == f"{corpus}:2"
    assert failure[1] == "E401" and "keyword stage cannot handle CRASH" in failure[2]


def test_ingest_missing_path_is_reported(tmp_path: Path) -> None:
    summary = run([tmp_path / "none.jsonl"], tmp_path / "db.duckdb")
    assert not summary.ok
    assert summary.failed[0][1] == "E101"
