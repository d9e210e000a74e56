"""Ingest: readers → clean → pipeline on all cores → the DuckDB store (the parent writes).

Worker processes build their pipeline once (pool initializer) and analyse chunks of raw
documents; the parent writes each chunk's analyses in one transaction, so an article is stored
whole or not at all. Article ids are content hashes: known ids are skipped before analysis,
so ingesting the same inputs twice adds nothing and a re-run after a crash resumes. Every
input ends up counted: new, already present, or failed (recorded in `diagnostics` with its
origin). After writing, near-duplicates are already linked and events are merged again.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..batch.local import chunked
from ..config import Settings
from ..errors import InputError
from ..io.raw import RawDocument
from ..model import Article, ArticleAnalysis, Diagnostic
from .duckdb import Store
from .merge import MergeSummary, merge_events
from ..progress import progress_bar
from .runs import Run, make_run

CHUNK = 16


def build_default_pipeline(settings: Settings) -> Any:
    from ..pipeline import build_pipeline

    return build_pipeline(settings)


def clean_default(raw: RawDocument, *, settings: Settings) -> Article:
    from ..stages.clean import clean

    return clean(raw, settings=settings)


@dataclass(frozen=True, slots=True, kw_only=True)
class Engine:
    """What turns raw documents into analyses; both callables must be picklable (top-level)."""

    make_pipeline: Callable[[Settings], Any] = build_default_pipeline
    clean: Callable[..., Article] = clean_default


@dataclass(frozen=True, slots=True, kw_only=True)
class Result:
    origin: str
    status: str  # "new" | "present" | "failed"
    analysis: ArticleAnalysis | None = None
    error: Diagnostic | None = None


@dataclass(slots=True, kw_only=True)
class IngestSummary:
    inputs: int = 0
    new: int = 0
    present: int = 0
    near_duplicates: int = 0
    failed: list[tuple[str, str, str]] = field(default_factory=list)  # origin, code, message
    seconds: float = 0.0
    run_id: str = ""
    merge: MergeSummary | None = None

    @property
    def rate(self) -> float:
        return self.inputs / self.seconds if self.seconds > 0 else 0.0

    @property
    def ok(self) -> bool:
        return self.new + self.present > 0


# Per worker process: the pipeline built once by the pool initializer (never set in the parent).
_WORKER: dict[str, Any] = {}


def init_worker(settings: Settings, engine: Engine, known: frozenset[str]) -> None:
    """Pool initializer: build the pipeline once. A failure is kept and raised by the first
    chunk (raising here would make the pool restart workers for ever)."""
    _WORKER.update(settings=settings, engine=engine, known=known)
    try:
        _WORKER["pipeline"] = engine.make_pipeline(settings)
    except Exception as err:  # noqa: BLE001 - re-raised in process_chunk, in the parent
        _WORKER["error"] = err


def init_pool_worker(settings: Settings, engine: Engine, known: frozenset[str]) -> None:
    """In a pool process: build the pipeline, then keep its loaded heap (model, dictionaries)
    out of full garbage collections, which would otherwise walk it for every chunk."""
    init_worker(settings, engine, known)
    gc.freeze()


def process_chunk(raws: Sequence[RawDocument]) -> list[Result]:
    """Clean, skip known ids, analyse the rest: one Result per raw document, in order."""
    if "error" in _WORKER:
        raise _WORKER["error"]
    settings, engine, known = _WORKER["settings"], _WORKER["engine"], _WORKER["known"]
    results: dict[int, Result] = {}
    articles: list[tuple[int, Article]] = []
    for k, raw in enumerate(raws):
        try:
            article = engine.clean(raw, settings=settings)
        except InputError as err:
            results[k] = Result(origin=raw.origin, status="failed",
                                error=Diagnostic(stage="clean", code=err.code, message=err.reason))
            continue
        if article.id in known:
            results[k] = Result(origin=raw.origin, status="present")
        else:
            articles.append((k, article))
    outcomes = _WORKER["pipeline"].run_many(a for _, a in articles)
    for (k, article), outcome in zip(articles, outcomes):
        results[k] = (Result(origin=article.origin or article.id, status="new",
                             analysis=outcome.analysis) if outcome.analysis is not None
                      else Result(origin=outcome.origin, status="failed", error=outcome.error))
    return [results[k] for k in range(len(raws))]


def ingest(paths: Sequence[str], *, db: str, settings: Settings, workers: int | None = None,
           progress: bool = True, engine: Engine | None = None) -> IngestSummary:
    """Ingest every document of `paths` into the store at `db` (see the module docstring)."""
    from ..io.readers import count_inputs, read_inputs

    own = {os.path.realpath(db), os.path.realpath(f"{db}.wal")}
    docs = (d for d in read_inputs(paths, published=settings.published)
            if os.path.realpath(_origin_path(d)) not in own)  # never ingest the store itself
    with Store.open(db) as store:
        return ingest_documents(docs, store=store, settings=settings, workers=workers,
                                progress=progress, engine=engine, total=count_inputs(paths))


def _origin_path(doc: RawDocument | InputError) -> str:
    return doc.source if isinstance(doc, InputError) else doc.origin


def ingest_documents(docs: Iterable[RawDocument | InputError], *, store: Store,
                     settings: Settings, workers: int | None = None, progress: bool = False,
                     engine: Engine | None = None, total: int | None = None) -> IngestSummary:
    engine = engine or Engine()
    started = time.perf_counter()
    run = make_run(settings)
    summary = IngestSummary(run_id=run.run_id)
    known = frozenset(store.article_ids())
    with progress_bar(total=total, enabled=progress, label="ingest") as advance:
        chunks = _chunks(docs, store=store, run=run, summary=summary, advance=advance)
        for results in _analyse(chunks, settings=settings, engine=engine, known=known,
                                workers=workers):
            _store_results(results, store=store, run=run, summary=summary)
            advance(len(results))
    if summary.new:
        summary.merge = merge_events(store)
    summary.seconds = time.perf_counter() - started
    return summary


def _chunks(docs: Iterable[RawDocument | InputError], *, store: Store, run: Run,
            summary: IngestSummary, advance: Callable[[int], None]) -> Iterator[list[RawDocument]]:
    """Chunks of raw documents; reader errors are recorded on the way (and counted)."""
    def readable() -> Iterator[RawDocument]:
        for doc in docs:
            if isinstance(doc, InputError):
                _fail(doc.source, Diagnostic(stage="read", code=doc.code, message=doc.reason),
                      store=store, run=run, summary=summary)
                advance(1)
            else:
                yield doc

    return chunked(readable(), size=CHUNK)


def _analyse(chunks: Iterable[list[RawDocument]], *, settings: Settings, engine: Engine,
             known: frozenset[str], workers: int | None) -> Iterator[list[Result]]:
    workers = workers or os.cpu_count() or 1
    if workers <= 1:
        init_worker(settings, engine, known)
        yield from (process_chunk(c) for c in chunks)
        return
    ctx = multiprocessing.get_context("spawn")
    worker_settings = settings.with_(n_process=1)
    with ctx.Pool(workers, initializer=init_pool_worker,
                  initargs=(worker_settings, engine, known)) as pool:
        yield from pool.imap(process_chunk, chunks)


def _store_results(results: Sequence[Result], *, store: Store, run: Run,
                   summary: IngestSummary) -> None:
    summary.inputs += len(results)
    analyses = [r.analysis for r in results if r.status == "new" and r.analysis is not None]
    written = store.write(analyses, run=run)
    summary.new += len(written.written)
    summary.near_duplicates += len(written.duplicates)
    summary.present += len(analyses) - len(written.written)  # stored before, or twice in input
    summary.present += sum(r.status == "present" for r in results)
    for r in results:
        if r.status == "failed" and r.error is not None:
            _fail(r.origin, r.error, store=store, run=run, summary=summary, count=False)


def _fail(origin: str, diag: Diagnostic, *, store: Store, run: Run, summary: IngestSummary,
          count: bool = True) -> None:
    store.record_diagnostic(origin, diag, run=run)
    summary.failed.append((origin, diag.code, diag.message))
    if count:
        summary.inputs += 1
