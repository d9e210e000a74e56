"""Analyse many raw documents with all cores: clean + pipeline in worker processes.

Each worker process builds its pipeline once (in the pool initializer) and keeps it for the
life of the process; the parent only reads inputs and collects outcomes, in input order.
"""
from __future__ import annotations

import gc
import multiprocessing as mp
import os
from collections.abc import Iterable, Iterator

from ..config import Settings
from ..errors import InputError, NewsEventsError
from ..io.raw import RawDocument
from ..model import Article, Diagnostic
from ..pipeline import Outcome, Pipeline, build_pipeline
from ..registry import Resources

Item = RawDocument | InputError


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)))


def analyze_documents(
    items: Iterable[Item], *, settings: Settings, workers: int = 1,
    resources: Resources | None = None,
) -> Iterator[Outcome]:
    """An Outcome per input, in input order: an analysis, or the diagnostic saying why not."""
    if workers <= 1:
        pipeline = build_pipeline(settings, resources=resources)
        yield from _analyze_serial(items, pipeline=pipeline)
        return
    ctx = mp.get_context("fork")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(settings,)) as pool:
        for outcomes in pool.imap(_analyze_chunk, chunked(items, size=settings.batch_size)):
            yield from outcomes


def chunked(items: Iterable[Item], *, size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _analyze_serial(items: Iterable[Item], *, pipeline: Pipeline) -> Iterator[Outcome]:
    batch: list[Article | Outcome] = []
    size = max(1, pipeline.settings.batch_size)
    for item in items:
        batch.append(clean_item(item, settings=pipeline.settings))
        if len(batch) >= size:
            yield from _flush(batch, pipeline)
            batch = []
    yield from _flush(batch, pipeline)


def _flush(batch: list[Article | Outcome], pipeline: Pipeline) -> Iterator[Outcome]:
    articles = [b for b in batch if isinstance(b, Article)]
    done = iter(pipeline.run_many(articles))
    for entry in batch:
        yield next(done) if isinstance(entry, Article) else entry


def clean_item(item: Item, *, settings: Settings) -> Article | Outcome:
    """The cleaned article, or an Outcome carrying the input error."""
    from ..stages.clean import clean

    if isinstance(item, InputError):
        return failure(item.source, item)
    try:
        return clean(item, settings=settings)
    except NewsEventsError as err:
        return failure(item.origin, err)


def failure(origin: str, err: NewsEventsError) -> Outcome:
    stage = "read" if isinstance(err, InputError) else "clean"
    reason = err.reason if isinstance(err, InputError) else err.message
    return Outcome(origin=origin, error=Diagnostic(stage=stage, code=err.code, message=reason))


class _WorkerState:
    """The pipeline of this worker process (set once by the pool initializer)."""

    pipeline: Pipeline | None = None


def _init_worker(settings: Settings) -> None:
    _WorkerState.pipeline = warm(build_pipeline(settings.with_(n_process=1)))


def warm(pipeline: Pipeline) -> Pipeline:
    """Load every lazy resource with one tiny article, then move the loaded heap (model,
    dictionaries, gazetteer) out of the garbage collector's way: full collections no longer
    walk millions of long-lived objects for every batch of articles."""
    pipeline.run_parsed(Article(id="warm-up", text="Officials met in Paris on Monday."),
                        pipeline.parser.parse("Officials met in Paris on Monday."))
    gc.freeze()
    return pipeline


def _analyze_chunk(items: list[Item]) -> list[Outcome]:
    """Clean a chunk, then parse it in one `nlp.pipe` batch and run the stages."""
    pipeline = _WorkerState.pipeline
    assert pipeline is not None, "worker used before its initializer ran"
    return list(_analyze_serial(items, pipeline=pipeline))
