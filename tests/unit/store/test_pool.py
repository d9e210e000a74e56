"""The one worker pool: every failure becomes that input's diagnostic, nothing hangs, nothing
is lost, and all database writes of an ingest happen in the calling thread."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest

from newsevents.batch.local import Engine, analyze_documents, plan_pool
from newsevents.config import load_settings
from newsevents.errors import InputError
from newsevents.io.raw import RawDocument
from newsevents.store.duckdb import Store
from newsevents.store.ingest import ingest

from .fakes import make_fake_pipeline, plain_clean, write_corpus
from .test_ingest import stories
from .failing import buggy_clean, make_failing_pipeline

FAILING = Engine(make_pipeline=make_failing_pipeline, clean=buggy_clean)
FAKE = Engine(make_pipeline=make_fake_pipeline, clean=plain_clean)
ROOT = str(Path(__file__).resolve().parents[1])


@pytest.fixture()
def importable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Spawned workers import the doubles by module name (store.failing)."""
    monkeypatch.syspath_prepend(ROOT)
    monkeypatch.setenv("NEWSEVENTS_TEST_IN_POOL", "1")


def run_with_deadline(fn, seconds: float = 120.0):  # type: ignore[no-untyped-def]
    box: dict[str, object] = {}
    thread = threading.Thread(target=lambda: box.update(value=fn()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "the pool hung"
    return box["value"]


def docs(texts: list[str]) -> list[RawDocument]:
    return [RawDocument(origin=f"doc{k}", content=t) for k, t in enumerate(texts)]


def good(k: int) -> str:
    return f"Report {k}. Government forces shelled Aleppo. At least {k + 2} people died."


@pytest.mark.parametrize("workers", [1, 2])
def test_every_failure_is_that_inputs_diagnostic(importable: None, workers: int) -> None:
    texts = [good(k) for k in range(12)]
    texts[2] = "BADCLEAN " + texts[2]
    texts[5] = "BADPARSE " + texts[5]
    items: list[RawDocument | InputError] = list(docs(texts))
    items.insert(7, InputError("missing.txt", "file not found", code="E101"))
    settings = load_settings().with_(batch_size=4)
    outcomes = run_with_deadline(lambda: list(analyze_documents(
        items, settings=settings, workers=workers, engine=FAILING)))
    assert [o.origin for o in outcomes] == [
        o.source if isinstance(o, InputError) else o.origin for o in items]
    errors = {o.origin: (o.error.stage, o.error.code) for o in outcomes if o.error}
    assert errors == {"doc2": ("clean", "E401"), "doc5": ("parse", "E401"),
                      "missing.txt": ("read", "E101")}
    assert sum(o.analysis is not None for o in outcomes) == 10


def test_a_worker_that_dies_costs_only_its_input(importable: None) -> None:
    texts = [good(k) for k in range(20)]
    texts[9] = "DIE " + texts[9]
    settings = load_settings().with_(batch_size=4)
    outcomes = run_with_deadline(lambda: list(analyze_documents(
        docs(texts), settings=settings, workers=2, engine=FAILING)))
    assert len(outcomes) == 20
    (dead,) = [o for o in outcomes if o.error]
    assert (dead.origin, dead.error.code) == ("doc9", "E402")
    assert all(o.analysis is not None for o in outcomes if o.origin != "doc9")


def test_read_errors_cross_the_pool_many_inputs(importable: None) -> None:
    """More than 8 inputs with a read error: the error is sent to a worker and comes back."""
    items: list[RawDocument | InputError] = list(docs([good(k) for k in range(10)]))
    items.append(InputError("gone.txt", "file not found", code="E101"))
    outcomes = run_with_deadline(lambda: list(analyze_documents(
        items, settings=load_settings(), engine=FAKE)))
    assert outcomes[-1].error is not None and outcomes[-1].error.code == "E101"
    assert sum(o.analysis is not None for o in outcomes) == 10


def test_known_ids_are_skipped_not_analysed(importable: None) -> None:
    settings = load_settings()
    first = list(analyze_documents(docs([good(1), good(2)]), settings=settings, engine=FAKE))
    known = frozenset({first[0].analysis.article.id})
    again = list(analyze_documents(docs([good(1), good(2)]), settings=settings, engine=FAKE,
                                   known=known))
    assert [o.known for o in again] == [True, False] and again[0].analysis is None


def test_one_place_decides_workers_and_chunks() -> None:
    settings = load_settings().with_(batch_size=8)
    assert plan_pool(settings=settings, workers=None, inputs=3).workers == 1
    assert plan_pool(settings=settings, workers=None, inputs=None).workers >= 1
    assert plan_pool(settings=settings, workers=3, inputs=3).workers == 3
    assert plan_pool(settings=settings, workers=0, inputs=100).chunk == 8


def test_ingest_writes_only_from_the_calling_thread(
        importable: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """300 good lines and a broken one near the end, with a pool: read errors used to be
    written from the pool's feeder thread on the connection the main thread writes with."""
    writers: set[str] = set()
    caller: list[str] = []
    for name in ("insert", "record_diagnostics", "record_diagnostic"):
        real = getattr(Store, name)

        def spy(self, *args, _real=real, **kwargs):  # type: ignore[no-untyped-def]
            writers.add(threading.current_thread().name)
            return _real(self, *args, **kwargs)
        monkeypatch.setattr(Store, name, spy)
    corpus = tmp_path / "c.jsonl"
    write_corpus(corpus, stories(300), bad=False)
    lines = corpus.read_text(encoding="utf-8").splitlines()
    lines.insert(290, '{"text": "broken')
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def run() -> object:
        caller.append(threading.current_thread().name)
        return ingest([str(corpus)], db=str(tmp_path / "db.duckdb"), settings=load_settings(),
                      engine=FAKE, progress=False, workers=2)

    summary = run_with_deadline(run, seconds=300)
    assert writers == set(caller)
    assert (summary.new, [f[1] for f in summary.failed]) == (300, ["E105"])
