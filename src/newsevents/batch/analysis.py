"""The per-document step of a batch run, shared by both engines' row layout.

`analyse_splits` runs inside a Spark task (mapInArrow): it reads its splits, cleans and analyses
the documents with the local pool's serial path (`batch.local.analyze_documents`, one worker),
and returns one row per document in `dataset.analysis_schema()`: the order key, the partition
value, the MinHash signature and the rows of every per-article table (`store.rows`). A document
that cannot be read, cleaned or analysed becomes a diagnostics row, never a failed task.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

import pyarrow as pa

from ..config import Settings
from ..io.readers import Given
from ..pipeline import Outcome, build_pipeline
from ..registry import Resources
from ..store.dedup import DuplicateIndex, to_bytes
from ..store.rows import analysis_rows, diagnostic_row
from ..store.runs import settings_hash
from ..store.schema import ARTICLE_TABLES
from .dataset import PARTITION, UNDATED, analysis_schema, month_of
from .local import analyze_documents, chunked, warm
from .splits import Located, Split, read_split

ROWS_PER_BATCH = 32


class ProcessCache:
    """What one executor Python process loads once and reuses for every partition it runs.

    Spark reuses its Python workers (spark.python.worker.reuse), so a class-level cache keyed by
    the settings hash is how the model, dictionaries and gazetteer load once per process (the
    local pool keeps its pipeline the same way, in its initializer).
    """

    resources: ClassVar[dict[str, Resources]] = {}
    dedup: ClassVar[dict[int, DuplicateIndex]] = {}

    @classmethod
    def resources_for(cls, settings: Settings) -> Resources:
        key = settings_hash(settings)
        if key not in cls.resources:
            cls.resources[key] = warm(build_pipeline(settings.with_(n_process=1))).resources
        return cls.resources[key]

    @classmethod
    def index(cls) -> DuplicateIndex:
        if 0 not in cls.dedup:
            cls.dedup[0] = DuplicateIndex()
        return cls.dedup[0]


def analyse_splits(batches: Iterable[pa.RecordBatch], *, settings: Settings,
                   run_id: str) -> Iterator[pa.RecordBatch]:
    """mapInArrow body: split rows in, analysis rows out (`analysis_schema()`)."""
    resources = ProcessCache.resources_for(settings)
    given = Given(published=settings.published)
    schema = analysis_schema()
    for batch in batches:
        for fields in batch.to_pylist():
            located = read_split(Split(**fields), given=given)
            for chunk in chunked(located, size=ROWS_PER_BATCH):  # type: ignore[arg-type]
                rows = analyse_located(chunk, resources=resources, run_id=run_id)
                yield pa.RecordBatch.from_pylist(rows, schema=schema)


def analyse_located(chunk: list[Located], *, resources: Resources,
                    run_id: str) -> list[dict[str, Any]]:
    outcomes = analyze_documents([d.item for d in chunk], settings=resources.settings,
                                 workers=1, resources=resources)
    return [document_row(doc, outcome, run_id=run_id) for doc, outcome in zip(chunk, outcomes)]


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
    sig = ProcessCache.index().signature(article.text)
    return {**row, "article_id": article.id, PARTITION: month_of(article.published),
            "signature": None if sig is None else to_bytes(sig),
            **analysis_rows(outcome.analysis, run_id=run_id)}
