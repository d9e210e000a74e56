"""The one worker pool: raw documents → cleaned articles → analyses, on all cores.

`extract`, `ingest` and the benchmarks (and the Spark and web paths) go through
`analyze_documents`. Each worker process builds its pipeline once, warms it with a tiny article
and freezes the loaded heap (pool initializer); the parent reads the inputs, in its own thread,
and collects one `Outcome` per input, in input order. `plan_pool` is the one place that decides
the process count and the chunk size.

Nothing an input does can hang the pool or lose the other inputs: an error while reading,
cleaning or analysing becomes that input's diagnostic, and a worker process that dies has its
chunk run again one input at a time in a fresh pool, so only the input that kills a worker is
reported (E402) and the rest are analysed.
"""
from __future__ import annotations

import gc
import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from typing import TypeVar

from ..config import Settings
from ..errors import InputError, NewsEventsError
from ..io.raw import RawDocument
from ..io.truncation import with_truncation
from ..model import Article, Diagnostic
from ..pipeline import Outcome, Pipeline, build_pipeline
from ..registry import Resources

Item = RawDocument | InputError
T = TypeVar("T")
SERIAL_BELOW = 9  # fewer inputs than this are analysed in-process (a pool costs start-up time)
IN_FLIGHT = 2  # chunks queued per worker: enough to keep every worker busy


def build_default_pipeline(settings: Settings) -> Pipeline:
    return build_pipeline(settings)


def clean_default(raw: RawDocument, *, settings: Settings) -> Article:
    from ..stages.clean import clean

    return clean(raw, settings=settings)


@dataclass(frozen=True, slots=True, kw_only=True)
class Engine:
    """What turns raw documents into analyses; both callables must be picklable (top-level)."""

    make_pipeline: Callable[[Settings], Pipeline] = build_default_pipeline
    clean: Callable[..., Article] = clean_default


@dataclass(frozen=True, slots=True, kw_only=True)
class Job:
    """Everything a worker needs, sent once to each process."""

    settings: Settings
    engine: Engine = Engine()
    known: Container[str] = frozenset()  # article ids to skip (Outcome.known) without analysis


@dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    workers: int
    chunk: int


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)))


def plan_pool(*, settings: Settings, workers: int | None, inputs: int | None) -> Plan:
    """Processes and chunk size for a run: the user's --workers, else every core when there
    are many inputs (or an unknown number), else one process."""
    if workers is None:
        few = inputs is not None and inputs < SERIAL_BELOW
        workers = 1 if few else default_workers()
    return Plan(workers=max(1, workers), chunk=max(1, settings.batch_size))


def analyze_documents(
    items: Iterable[Item], *, settings: Settings, workers: int | None = None,
    engine: Engine | None = None, known: Container[str] = frozenset(),
    inputs: int | None = None, resources: Resources | None = None,
) -> Iterator[Outcome]:
    """An Outcome per input, in input order: an analysis, a known id, or why neither.
    `resources` (in-process runs only) reuses resources already loaded, as a Spark executor
    does for every chunk it is given."""
    job = Job(settings=settings.with_(n_process=1), engine=engine or Engine(), known=known)
    plan = plan_pool(settings=settings, workers=workers, inputs=inputs)
    chunks = chunked(items, size=plan.chunk)
    if plan.workers <= 1 or resources is not None:
        here = Job(settings=settings, engine=job.engine, known=known)
        worker = (Worker(here, pipeline=build_pipeline(settings, resources=resources))
                  if resources is not None else Worker.build(here))
        for chunk in chunks:
            yield from worker.run(chunk)
        return
    yield from _Pool(job, workers=plan.workers).run(chunks)


def chunked(items: Iterable[T], *, size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def failure(origin: str, err: NewsEventsError, *, stage: str | None = None) -> Outcome:
    stage = stage or ("read" if isinstance(err, InputError) else "clean")
    reason = err.reason if isinstance(err, InputError) else err.message
    return Outcome(origin=origin, error=Diagnostic(stage=stage, code=err.code, message=reason))


def crash(origin: str, err: BaseException, *, stage: str) -> Outcome:
    """The diagnostic of an unexpected exception (a bug) while handling one input."""
    message = f"{type(err).__name__}: {err}"
    return Outcome(origin=origin, error=Diagnostic(stage=stage, code="E401", message=message))


def origin_of(item: Item) -> str:
    return item.source if isinstance(item, InputError) else item.origin


class Worker:
    """Cleans and analyses chunks with one pipeline (in a pool process, or in-process)."""

    def __init__(self, job: Job, *, pipeline: Pipeline | None,
                 error: NewsEventsError | None = None) -> None:
        self.job, self.pipeline, self.error = job, pipeline, error

    @classmethod
    def build(cls, job: Job) -> Worker:
        return cls(job, pipeline=job.engine.make_pipeline(job.settings))

    def run(self, items: Sequence[Item]) -> list[Outcome]:
        """One Outcome per item, in order; articles are parsed together in one batch."""
        if self.error is not None:
            raise self.error  # the pipeline could not be built: no input can be analysed
        prepared = [self.prepare(item) for item in items]
        articles = [p for p in prepared if isinstance(p, Article)]
        done = iter(self.analyse(articles))
        return [_noted(next(done), item) if isinstance(p, Article) else p
                for p, item in zip(prepared, items)]

    def prepare(self, item: Item) -> Article | Outcome:
        """The cleaned article, or the Outcome saying why there is none (or that it is known)."""
        if isinstance(item, InputError):
            return failure(item.source, item)
        try:
            article = self.job.engine.clean(item, settings=self.job.settings)
        except NewsEventsError as err:
            return failure(item.origin, err)
        except Exception as err:  # noqa: BLE001 - one input's bug must not stop the batch
            return crash(item.origin, err, stage="clean")
        if article.id in self.job.known:
            return Outcome(origin=article.origin or article.id, known=True)
        return article

    def analyse(self, articles: list[Article]) -> list[Outcome]:
        assert self.pipeline is not None
        try:
            return list(self.pipeline.run_many(articles))
        except Exception:  # noqa: BLE001 - the batch parse broke: find the input one by one
            return [self._analyse_one(article) for article in articles]

    def _analyse_one(self, article: Article) -> Outcome:
        assert self.pipeline is not None
        try:
            return next(iter(self.pipeline.run_many([article])))
        except Exception as err:  # noqa: BLE001
            return crash(article.origin or article.id, err, stage="parse")


def _noted(outcome: Outcome, item: Item) -> Outcome:
    """The outcome with a diagnostic added when its input looked truncated."""
    if outcome.analysis is None or not isinstance(item, RawDocument):
        return outcome
    return replace(outcome, analysis=with_truncation(outcome.analysis, item))


def warm(pipeline: Pipeline) -> Pipeline:
    """Load every lazy resource with one tiny article, then move the loaded heap (model,
    dictionaries, gazetteer) out of the garbage collector's way: full collections no longer
    walk millions of long-lived objects for every batch of articles."""
    text = "Officials met in Paris on Monday."
    pipeline.admit(Article(id="warm-up", text=text))
    pipeline.run_parsed(Article(id="warm-up", text=text), pipeline.parser.parse(text))
    gc.freeze()
    return pipeline


class _WorkerState:
    """The Worker of this pool process (set once by the pool initializer)."""

    worker: Worker | None = None


def _init_worker(job: Job) -> None:
    """Pool initializer: build and warm the pipeline once. A failure is kept and raised by
    the first chunk (an initializer that raises breaks the whole pool without a reason)."""
    try:
        _WorkerState.worker = Worker(job, pipeline=warm(job.engine.make_pipeline(job.settings)))
    except NewsEventsError as err:
        _WorkerState.worker = Worker(job, pipeline=None, error=err)


def _run_chunk(items: list[Item]) -> list[Outcome]:
    worker = _WorkerState.worker
    assert worker is not None, "worker used before its initializer ran"
    return worker.run(items)


class _Pool:
    """A process pool fed from the calling thread, a bounded number of chunks ahead."""

    def __init__(self, job: Job, *, workers: int) -> None:
        self.job, self.workers = job, workers
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=mp.get_context("spawn"),
                                   initializer=_init_worker, initargs=(self.job,))

    def run(self, chunks: Iterable[list[Item]]) -> Iterator[Outcome]:
        pending: deque[tuple[list[Item], Future[list[Outcome]]]] = deque()
        try:
            for chunk in chunks:
                pending.append((chunk, self._fresh().submit(_run_chunk, chunk)))
                while len(pending) >= IN_FLIGHT * self.workers:
                    yield from self._collect(*pending.popleft())
            while pending:
                yield from self._collect(*pending.popleft())
        finally:
            self.executor.shutdown(wait=True, cancel_futures=True)

    def _collect(self, chunk: list[Item], future: Future[list[Outcome]]) -> list[Outcome]:
        try:
            return future.result()
        except NewsEventsError:
            raise  # the pipeline cannot be built in a worker: the run cannot go on
        except BrokenProcessPool:
            return [self._rerun(item) for item in chunk]
        except Exception:  # noqa: BLE001 - e.g. a result that cannot be pickled back
            return [self._rerun(item) for item in chunk]

    def _rerun(self, item: Item) -> Outcome:
        """Run one input alone; if it kills its worker too, it is the culprit (E402)."""
        try:
            return self._fresh().submit(_run_chunk, [item]).result()[0]
        except NewsEventsError:
            raise
        except BrokenProcessPool:
            return Outcome(origin=origin_of(item), error=Diagnostic(
                stage="pipeline", code="E402",
                message="the worker process analysing this input died"))
        except Exception as err:  # noqa: BLE001
            return crash(origin_of(item), err, stage="pipeline")

    def _fresh(self) -> ProcessPoolExecutor:
        """The executor, replaced by a new one when a dead worker broke it."""
        if getattr(self.executor, "_broken", False):
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = self._start()
        return self.executor
