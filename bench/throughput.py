"""Throughput of the whole pipeline vs spaCy alone, in the same run, with peak memory.

    .venv/bin/python bench/throughput.py ../shared/eval/corpora/fakes_syrian_war/FA-KES-Dataset.csv [--limit 200]
    .venv/bin/python bench/throughput.py corpus.jsonl --workers 2

Both measurements use the same worker count (default: all cores). "spaCy alone" is
`nlp.pipe(n_process=W)` over the already-cleaned texts; "pipeline" is cleaning + parsing +
every stage, in W worker processes. Peak memory is the whole process tree's RSS.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from memory import PeakMemory  # noqa: E402

from newsevents.batch.local import Worker, Job, analyze_documents, default_workers  # noqa: E402
from newsevents.config import load_settings  # noqa: E402
from newsevents.io.raw import RawDocument  # noqa: E402
from newsevents.io.readers import read_inputs  # noqa: E402
from newsevents.model import Article  # noqa: E402
from newsevents.nlp import load_model  # noqa: E402


def main() -> None:
    args = _args()
    settings = load_settings()
    raws = [r for r in read_inputs([args.corpus]) if isinstance(r, RawDocument)][: args.limit]
    worker = Worker(Job(settings=settings), pipeline=None)
    articles = [a for a in map(worker.prepare, raws) if isinstance(a, Article)]
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words:,} words, {args.workers} worker(s)")
    spacy_secs, spacy_peak = _time_spacy(articles, settings=settings, workers=args.workers)
    pipe_secs, pipe_peak, failed = _time_pipeline(raws, settings=settings, workers=args.workers)
    _report(len(articles), words, spacy_secs, spacy_peak, pipe_secs, pipe_peak, failed)


def _args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", help="a corpus file or directory (CSV, JSONL, txt, html…)")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--workers", type=int, default=default_workers())
    return parser.parse_args()


def _time_spacy(articles: list[Article], *, settings, workers: int) -> tuple[float, int]:
    nlp = load_model(settings)
    with PeakMemory() as mem:
        started = time.perf_counter()
        for _ in nlp.pipe((a.text for a in articles), batch_size=16, n_process=workers):
            pass
        secs = time.perf_counter() - started
    del nlp
    return secs, mem.peak


def _time_pipeline(raws: list[RawDocument], *, settings, workers: int) -> tuple[float, int, int]:
    with PeakMemory() as mem:
        started = time.perf_counter()
        outcomes = list(analyze_documents(raws, settings=settings, workers=workers))
        secs = time.perf_counter() - started
    failures = [o for o in outcomes if o.analysis is None]
    if failures:
        print(f"first failure: {failures[0].origin}: {failures[0].error}")
    return secs, mem.peak, len(failures)


def _report(n, words, spacy_secs, spacy_peak, pipe_secs, pipe_peak, failed) -> None:
    gb = 1024 ** 3
    rows = [("spaCy alone", spacy_secs, spacy_peak), ("whole pipeline", pipe_secs, pipe_peak)]
    print(f"{'run':<16}{'articles/s':>12}{'words/s':>12}{'peak RSS':>12}")
    for name, secs, peak in rows:
        print(f"{name:<16}{n / secs:>12.2f}{words / secs:>12,.0f}{peak / gb:>10.2f} GB")
    print(f"ratio pipeline/spaCy: {spacy_secs / pipe_secs:.2f}  (failed inputs: {failed})")


if __name__ == "__main__":
    main()
