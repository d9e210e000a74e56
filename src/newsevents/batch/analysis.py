"""The per-document step of a batch run, shared by both engines' row layout.

`analyse_splits` runs inside a Spark task (mapInArrow): it reads its splits, cleans and analyses
the documents with the local pool's own `batch.local.Worker` (`process_worker`: one per
executor Python process, built on its first partition and reused by the next ones),
and returns one row per document in `dataset.analysis_schema()`: the order key, the partition
value, the MinHash signature and the rows of every per-article table (`store.rows`). A document
that cannot be read, cleaned or analysed becomes a diagnostics row, never a failed task.
"""
from __future__ import annotations

import functools
import logging
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

import pyarrow as pa

from ..config import Settings
from ..io.readers import Given
from ..pipeline import Outcome, build_pipeline
from ..store.dedup import DuplicateIndex, to_bytes
from ..store.rows import analysis_rows, diagnostic_row
from ..store.schema import ARTICLE_TABLES
from .dataset import PARTITION, UNDATED, analysis_schema, month_of
from .local import Job, Worker, chunked, warm
from .splits import Located, Split, read_split

ROWS_PER_BATCH = 32
log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=2)
def process_worker(settings: Settings) -> Worker:
    """The Worker of this executor Python process for `settings`: the pipeline (model,
    dictionaries, gazetteer) is built and warmed on the first call and the same Worker is
    returned to every later partition the process runs (Spark reuses its Python workers,
    `spark.python.worker.reuse`), as the local pool keeps its Worker in its initializer."""
    started = time.perf_counter()
    job = Job(settings=settings.with_(n_process=1))
    worker = Worker(job, pipeline=warm(build_pipeline(job.settings)))
    log.info("pipeline loaded in process %d in %.1f s", os.getpid(), time.perf_counter() - started)
    return worker


def task_worker(settings: Settings, *, known: Any = None) -> Worker:
    """This process's Worker, skipping the ids of the `known` broadcast when there is one."""
    worker = process_worker(settings)
    if known is None:
        return worker
    return Worker(replace(worker.job, known=known.value), pipeline=worker.pipeline)


@functools.lru_cache(maxsize=1)
def signature_index() -> DuplicateIndex:
    """The MinHash signer of this process (its permutations are built once)."""
    return DuplicateIndex()


def analyse_splits(batches: Iterable[pa.RecordBatch], *, settings: Settings,
                   run_id: str, known: Any = None) -> Iterator[pa.RecordBatch]:
    """mapInArrow body: split rows in, analysis rows out (`analysis_schema()`). `known`: a
    broadcast of the history's article ids (`history.KnownIds`), skipped without analysis."""
    worker = task_worker(settings, known=known)
    given = Given(published=settings.published)
    schema = analysis_schema()
    for batch in batches:
        for fields in batch.to_pylist():
            located = read_split(Split(**fields), given=given)
            for chunk in chunked(located, size=ROWS_PER_BATCH):  # type: ignore[arg-type]
                rows = analyse_located(chunk, worker=worker, run_id=run_id)
                yield pa.RecordBatch.from_pylist(rows, schema=schema)


def analyse_split_rows(splits: Iterable[Split], *, settings: Settings,
                       run_id: str, known: Any = None) -> Iterator[dict[str, Any]]:
    """mapPartitions body (the row-based alternative to `analyse_splits`, for comparison)."""
    worker = task_worker(settings, known=known)
    given = Given(published=settings.published)
    for split in splits:
        for chunk in chunked(read_split(split, given=given), size=ROWS_PER_BATCH):  # type: ignore[arg-type]
            yield from analyse_located(chunk, worker=worker, run_id=run_id)


def analyse_located(chunk: list[Located], *, worker: Worker,
                    run_id: str) -> list[dict[str, Any]]:
    outcomes = worker.run([d.item for d in chunk])
    return [document_row(doc, outcome, run_id=run_id) for doc, outcome in zip(chunk, outcomes)
            if not outcome.known]


def document_row(doc: Located, outcome: Outcome, *, run_id: str) -> dict[str, Any]:
    """One analysis row: an article's table rows, or the diagnostic of a failed input."""
    row: dict[str, Any] = {"file_seq": doc.file_seq, "rec_seq": doc.rec_seq}
    if outcome.analysis is None:
        assert outcome.error is not None, "an outcome has an analysis or an error"
        diag = diagnostic_row(outcome.error, origin=outcome.origin, article_id=None, ord=0,
                              run_id=run_id)
        return {**row, "article_id": None, PARTITION: UNDATED, "signature": None,
                **{t: [] for t in ARTICLE_TABLES}, "diagnostics": [diag]}
    article = outcome.analysis.article
    sig = signature_index().signature(article.text)
    return {**row, "article_id": article.id, PARTITION: month_of(article.published),
            "signature": None if sig is None else to_bytes(sig),
            **analysis_rows(outcome.analysis, run_id=run_id)}
