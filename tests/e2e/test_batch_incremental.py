"""An incremental batch (`--previous`) writes what one batch over all the inputs writes.

Night A: our synthetic corpus (with bad inputs). Night B: another corpus plus copies of night
A's articles, exact (same content-hash id: must not be analysed again) and lightly edited
(near-duplicates of articles only night A holds). batch(A + B) must equal, row for row,
batch(A) ∪ batch(B, previous=batch(A)) for the per-article tables and signatures, and
batch(B, previous=batch(A)) alone for duplicates, stories and merged events. A third night
chained on both earlier ones gives batch(A + B + C); a history with a night left out is refused.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from newsevents.batch.dataset import DATASET_TABLES, read_table
from newsevents.batch.history import SEQ
from newsevents.batch.load import load_dataset
from newsevents.batch.run import run_batch
from newsevents.batch.synthetic import stories, write_corpus
from newsevents.config import Settings
from newsevents.errors import BatchError
from newsevents.store.duckdb import Store
from newsevents.store.schema import ARTICLE_TABLES
from tests.e2e.spark_local import local_spark
from tests.e2e.test_batch_spark import _store_rows, table_rows

pytestmark = [pytest.mark.model, pytest.mark.issue(15)]
PER_ARTICLE = (*ARTICLE_TABLES, "signatures")
ACROSS = ("duplicates", "stories", "merged_events", "merged_event_mentions",
          "merged_event_evidence")
NIGHT_A = 48


def _copies(folder: Path) -> Path:
    """Night A's first JSONL articles again: two exact copies, four with a sentence added."""
    base = stories(NIGHT_A, seed=0)[:6]
    lines = []
    for k, story in enumerate(base):
        text = story.text if k < 2 else story.text + " Officials gave no further details."
        lines.append(json.dumps({"title": story.title, "text": text,
                                 "published": story.published.isoformat(),
                                 "source": "Copy Desk", "url": f"{story.url}?again={k}"}))
    path = folder / "copies.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def nights(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    root = tmp_path_factory.mktemp("nights")
    night_b = write_corpus(root / "b", n=32, seed=1, bad=False)
    _copies(root / "b")
    return {"a": write_corpus(root / "a", n=NIGHT_A, seed=0),
            "b": night_b, "c": write_corpus(root / "c", n=16, seed=2, bad=False)}


@pytest.fixture(scope="module")
def local_runs(nights: dict[str, list[str]], settings: Settings,
               tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = {name: tmp_path_factory.mktemp(f"local-{name}")
           for name in ("a", "b", "c", "ab", "abc")}
    run = {"settings": settings, "engine": "local", "workers": 1}
    run_batch(nights["a"], out=out["a"], **run)
    run_batch(nights["b"], out=out["b"], previous=[str(out["a"])], **run)
    run_batch(nights["c"], out=out["c"], previous=[str(out["a"]), str(out["b"])], **run)
    run_batch(nights["a"] + nights["b"], out=out["ab"], **run)
    run_batch(nights["a"] + nights["b"] + nights["c"], out=out["abc"], **run)
    return out


def _rows(outs: list[Path], table: str) -> list[tuple[Any, ...]]:
    rows = [row for out in outs for row in table_rows(out, table)[1]]
    return sorted(rows, key=repr)


def assert_incremental(full: Path, nights: list[Path]) -> None:
    """`full` (one run over all inputs) equals the chain of nightly datasets `nights`."""
    for table in PER_ARTICLE:
        assert _rows([full], table) == _rows(nights, table), table
    for table in ACROSS:
        assert _rows([full], table) == _rows([nights[-1]], table), table
    assert set(DATASET_TABLES) == {*PER_ARTICLE, *ACROSS, "runs"}


def test_incremental_night_equals_one_run_over_both_nights(local_runs: dict[str, Path]) -> None:
    a, b = read_table(local_runs["a"], "articles"), read_table(local_runs["b"], "articles")
    old = set(a["id"].to_pylist())
    urls = [u or "" for u in b["url"].to_pylist()]
    assert sum("?again=" in u for u in urls) == 4  # the edited copies are new articles
    assert not any(u.endswith(("?again=0", "?again=1")) for u in urls)  # exact copies: known
    links = read_table(local_runs["b"], "duplicates").to_pylist()
    assert any(r["article_id"] not in old and r["duplicate_of"] in old for r in links)
    assert _spans_both_nights(local_runs["b"], old=old)
    assert_incremental(local_runs["ab"], [local_runs["a"], local_runs["b"]])


def test_a_third_night_chains_on_both(local_runs: dict[str, Path]) -> None:
    assert_incremental(local_runs["abc"], [local_runs["a"], local_runs["b"], local_runs["c"]])
    seqs = sorted(read_table(local_runs["c"], "signatures")[SEQ].to_pylist())
    before = sum(read_table(local_runs[n], "signatures").num_rows for n in ("a", "b"))
    assert seqs[0] == before and seqs == list(range(before, before + len(seqs)))


def test_a_history_with_a_night_left_out_is_refused(
        nights: dict[str, list[str]], local_runs: dict[str, Path], settings: Settings,
        tmp_path: Path) -> None:
    for previous in ([local_runs["b"]], [local_runs["a"], local_runs["ab"]]):
        with pytest.raises(BatchError, match="not one complete history"):
            run_batch(nights["c"], out=tmp_path, settings=settings, engine="local",
                      previous=[str(p) for p in previous])
    with pytest.raises(BatchError, match="not a batch result"):
        run_batch(nights["c"], out=tmp_path, settings=settings, engine="local",
                  previous=[str(tmp_path / "nothing")])


def test_nights_loaded_one_after_the_other_give_the_store_of_one_run(
        local_runs: dict[str, Path], tmp_path: Path) -> None:
    nightly, once = tmp_path / "nightly.duckdb", tmp_path / "once.duckdb"
    for night in ("a", "b", "c"):
        load_dataset(local_runs[night], db=nightly)
    load_dataset(local_runs["abc"], db=once)
    order = "SELECT article_id FROM signatures ORDER BY rowid"
    with Store.open(nightly) as a, Store.open(once) as b:
        for table in ("articles", "events", "signatures", *ACROSS):
            assert _store_rows(a, table) == _store_rows(b, table), table
        assert a.con.execute(order).fetchall() == b.con.execute(order).fetchall()


def _spans_both_nights(out: Path, *, old: set[str]) -> bool:
    """Some merged event has mentions from an old and a new article."""
    by_event: dict[str, set[bool]] = {}
    for row in read_table(out, "merged_event_mentions").to_pylist():
        by_event.setdefault(row["merged_id"], set()).add(row["article_id"] in old)
    return any(len(sides) == 2 for sides in by_event.values())


@pytest.fixture(scope="module")
def spark() -> Any:
    yield from local_spark(partitions=2)


def test_spark_incremental_night_gives_the_local_rows(
        nights: dict[str, list[str]], local_runs: dict[str, Path], settings: Settings,
        spark: Any, tmp_path: Path) -> None:
    history = tmp_path / "night[a]"  # Spark takes paths as globs: the brackets must not count
    shutil.copytree(local_runs["a"], history)
    out = tmp_path / "spark-b"
    run_batch(nights["b"], out=out, settings=settings, engine="spark", session=spark,
              partitions=3, split_bytes=4096, previous=[str(history)])
    for table in DATASET_TABLES:
        if table != "runs":
            assert _rows([out], table) == _rows([local_runs["b"]], table), table
