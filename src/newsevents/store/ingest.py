"""Ingest: readers → the batch pool (clean + pipeline on all cores) → the DuckDB store.

The one worker pool (`batch.local`) analyses the documents and skips known article ids (ids are
content hashes), so ingesting the same inputs twice adds nothing and a re-run after a crash
resumes. Every write happens here, in the calling thread, on the store's one connection: each
chunk's analyses in one transaction, so an article is stored whole or not at all. Every input
ends up counted: new, already present, or failed (recorded in `diagnostics` with its origin).
After writing, near-duplicates are already linked and events are merged again; the merge is a
step the store records as pending, so a run killed before it finished is completed by the next.
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..batch.local import Engine, analyze_documents, chunked
from ..config import Settings
from ..errors import InputError
from ..io.raw import RawDocument
from ..pipeline import Outcome
from ..progress import progress_bar
from .duckdb import Store, guarded
from .merge import MergeSummary, merge_events
from .runs import Run, make_run

__all__ = ["Engine", "IngestSummary", "ingest", "ingest_documents"]


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


def ingest(paths: Sequence[str], *, db: str, settings: Settings, workers: int | None = None,
           progress: bool = True, engine: Engine | None = None) -> IngestSummary:
    """Ingest every document of `paths` into the store at `db` (see the module docstring)."""
    from ..io.readers import count_inputs, read_inputs

    own = {os.path.realpath(db), os.path.realpath(f"{db}.wal")}
    docs = (d for d in read_inputs(paths, published=settings.published)
            if os.path.realpath(_origin_path(d)) not in own)  # never ingest the store itself
    with guarded(db), Store.open(db) as store:
        return ingest_documents(docs, store=store, settings=settings, workers=workers,
                                progress=progress, engine=engine, total=count_inputs(paths))


def _origin_path(doc: RawDocument | InputError) -> str:
    return doc.source if isinstance(doc, InputError) else doc.origin


def ingest_documents(docs: Iterable[RawDocument | InputError], *, store: Store,
                     settings: Settings, workers: int | None = None, progress: bool = False,
                     engine: Engine | None = None, total: int | None = None) -> IngestSummary:
    started = time.perf_counter()
    run = make_run(settings)
    summary = IngestSummary(run_id=run.run_id)
    outcomes = analyze_documents(docs, settings=settings, workers=workers,
                                 engine=engine or Engine(),
                                 known=frozenset(store.article_ids()), inputs=total)
    with progress_bar(total=total, enabled=progress, label="ingest") as advance:
        for chunk in chunked(outcomes, size=max(1, settings.batch_size)):
            _store_outcomes(chunk, store=store, run=run, summary=summary)
            advance(len(chunk))
    if summary.new or store.pending("merge"):
        summary.merge = merge_events(store)
    summary.seconds = time.perf_counter() - started
    return summary


def _store_outcomes(outcomes: Sequence[Outcome], *, store: Store, run: Run,
                    summary: IngestSummary) -> None:
    summary.inputs += len(outcomes)
    analyses = [o.analysis for o in outcomes if o.analysis is not None]
    written = store.write(analyses, run=run)
    summary.new += len(written.written)
    summary.near_duplicates += len(written.duplicates)
    summary.present += len(analyses) - len(written.written)  # stored before, or twice in input
    summary.present += sum(o.known for o in outcomes)
    failed = [(o.origin, o.error) for o in outcomes if o.error is not None]
    store.record_diagnostics(failed, run=run)
    summary.failed.extend((origin, diag.code, diag.message) for origin, diag in failed)
