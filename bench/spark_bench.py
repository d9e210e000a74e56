"""Spark engine vs local engine of `newsevents batch`, on the same corpus in the same run.

    .venv/bin/python bench/spark_bench.py --synthetic 2000 [--fakes PATH] [--masters local[1],local[2]]
    .venv/bin/python bench/spark_bench.py --merge-only --merge-sizes 10000,20000,50000,100000
    .venv/bin/python bench/spark_bench.py --incremental 2000,200 [--masters local[2]]

Measures: articles/s of the local engine (1 and 2 workers) and of the Spark engine at each
master (wall time of `run_batch`, session already started), the CPU seconds the run's whole
process tree used (articles per CPU second: the fair figure on a shared machine, where wall
time depends on the other jobs), Spark start-up cost (session +
first job), peak RSS of each executor Python worker and of the driver JVM, and the time of the
merge step (the store's blocked clustering, which Spark runs per (type, country) group) from
10k to 100k synthetic event mentions. The corpus is FA-KES (the shared eval CSV, when present)
plus N synthetic articles (`newsevents.batch.synthetic`). Prints a JSON report.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from memory import Sampler, _children, _rss

from newsevents.batch.run import run_batch
from newsevents.batch.synthetic import write_corpus
from newsevents.config import load_settings
from newsevents.store import merge

PIPELINE_RSS = 280 * 2**20
FAKES_CSV = "eval/corpora/fakes_syrian_war/FA-KES-Dataset.csv"


def default_fakes() -> str:
    """FA-KES in the shared folder beside the checkout (`../shared`) or beside the folder
    holding it (`../../shared`, for a git worktree); '' when absent."""
    root = Path(__file__).resolve().parents[1]
    found = [p / FAKES_CSV for p in (root.parent / "shared", root.parent.parent / "shared")]
    return next((str(p) for p in found if p.exists()), "")


class WorkerPeaks(Sampler):
    """Peak RSS per process whose command line mentions pyspark (Python workers) or the JVM."""

    def __init__(self) -> None:
        super().__init__(0.5)
        self.python: dict[int, int] = {}
        self.jvm = 0

    def holding_a_pipeline(self) -> int:
        """Python workers whose peak RSS shows a loaded pipeline: spaCy's model, the
        dictionaries and the gazetteer take ≈ 300 MB; a worker that only imported the
        package (merge, Jaccard UDFs) or only ran Spark's own code stays under 200 MB."""
        return sum(1 for peak in self.python.values() if peak > PIPELINE_RSS)

    def sample(self) -> None:
        for proc in Path("/proc").iterdir():
            if proc.name.isdigit():
                self._sample(int(proc.name))

    def _sample(self, pid: int) -> None:
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            return
        if b"pyspark.daemon" in cmd or b"pyspark.worker" in cmd:
            self.python[pid] = max(self.python.get(pid, 0), _rss(pid))
        elif b"org.apache.spark.deploy.SparkSubmit" in cmd:
            self.jvm = max(self.jvm, _rss(pid))


class TreeCpu(Sampler):
    """CPU seconds (user + system) of this process and all its descendants (local pool
    workers; Spark's JVM, Python daemon and workers) while the block runs. On a machine shared
    with other jobs, wall time measures the share of the CPU a run got; CPU time measures its
    work. A process first seen after the baseline counts from zero; a process that ends
    between two samples loses at most its last interval."""

    def __init__(self) -> None:
        super().__init__(0.5)
        self.first: dict[int, int] = {}
        self.last: dict[int, int] = {}
        self.sampled = False

    def __enter__(self):  # type: ignore[no-untyped-def]
        self.sample()  # the baseline, before the block starts
        return super().__enter__()

    def __exit__(self, *exc: object) -> None:
        super().__exit__(*exc)
        self.sample()  # the end, after the block

    def sample(self) -> None:
        stack = [os.getpid()]
        while stack:
            pid = stack.pop()
            ticks = _ticks(pid)
            if ticks is not None:
                self.first.setdefault(pid, ticks if not self.sampled else 0)
                self.last[pid] = ticks
            stack.extend(_children(pid))
        self.sampled = True

    @property
    def seconds(self) -> float:
        used = sum(self.last[pid] - self.first[pid] for pid in self.last)
        return used / os.sysconf("SC_CLK_TCK")


def _ticks(pid: int) -> int | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(fields[11]) + int(fields[12])  # utime + stime


def bench_engines(paths: list[str], *, masters: list[str], udfs: list[str],
                  local_workers: list[int], out: Path) -> dict[str, object]:
    settings = load_settings()
    report: dict[str, object] = {}
    for workers in local_workers:
        with TreeCpu() as cpu:
            summary = run_batch(paths, out=out / f"local{workers}", settings=settings,
                                engine="local", workers=workers)
        report[f"local_{workers}_workers"] = _figures(summary, cpu=cpu)
        print(json.dumps({f"local_{workers}_workers": report[f"local_{workers}_workers"]}), flush=True)
    from newsevents.batch.spark import spark_session

    for master in masters:
        started = time.perf_counter()
        session = spark_session(master=master)
        session.range(4).count()
        startup = time.perf_counter() - started
        for udf in udfs:
            with WorkerPeaks() as peaks, TreeCpu() as cpu:
                summary = run_batch(paths, out=out / f"{master.strip('[]*')}-{udf}",
                                    settings=settings, engine="spark", master=master,
                                    session=session, udf=udf)
            report[f"spark_{master}_{udf}"] = {
                **_figures(summary, cpu=cpu), "startup_s": round(startup, 1),
                "python_worker_peak_mb": _mb(max(peaks.python.values(), default=0)),
                "python_workers": len(peaks.python),
                "python_workers_holding_a_pipeline": peaks.holding_a_pipeline(),
                "python_worker_peaks_mb": sorted(_mb(v) for v in peaks.python.values()),
                "driver_jvm_peak_mb": _mb(peaks.jvm)}
            print(json.dumps({f"spark_{master}_{udf}": report[f"spark_{master}_{udf}"]}), flush=True)
        session.stop()
    return report


def bench_incremental(history: int, new: int, *, masters: list[str], local_workers: list[int],
                      folder: Path) -> dict[str, object]:
    """A night of `new` synthetic articles after a history of `history` others: the full run
    over both, the history alone, and the night with `--previous` (each engine)."""
    settings = load_settings()
    old = write_corpus(folder / "history", n=history, seed=0, bad=False)
    night = write_corpus(folder / "night", n=new, seed=1, bad=False)
    engines: list[tuple[str, dict[str, object]]] = [
        (f"local_{w}_workers", {"engine": "local", "workers": w}) for w in local_workers]
    report: dict[str, object] = {}
    session = None
    if masters:
        from newsevents.batch.spark import spark_session

        session = spark_session(master=masters[0])
        engines.append((f"spark_{masters[0].strip('[]*')}", {"engine": "spark", "session": session}))
    for name, engine in engines:
        out = folder / name
        runs = (("history", old, ()), ("night_incremental", night, (str(out / "history"),)),
                ("history_and_night", old + night, ()))
        for label, paths, previous in runs:
            with TreeCpu() as cpu:
                summary = run_batch(paths, out=out / label, settings=settings,
                                    previous=previous, **engine)  # type: ignore[arg-type]
            report[f"{name}_{label}"] = _figures(summary, cpu=cpu)
            print(json.dumps({f"{name}_{label}": report[f"{name}_{label}"]}), flush=True)
    if session is not None:
        session.stop()
    return report


def _figures(summary: object, *, cpu: TreeCpu) -> dict[str, object]:
    articles = summary.articles  # type: ignore[attr-defined]
    return {"articles": articles, "seconds": round(summary.seconds, 1),  # type: ignore[attr-defined]
            "articles_per_s": round(summary.rate, 2),  # type: ignore[attr-defined]
            "cpu_s": round(cpu.seconds, 1),
            "articles_per_cpu_s": round(articles / cpu.seconds, 2) if cpu.seconds else None}


def _mb(value: int) -> int:
    return round(value / 2**20)


def bench_merge(sizes: list[int]) -> dict[str, object]:
    """The store's clustering on synthetic mentions (many countries, types and days)."""
    out = {}
    for size in sizes:
        items = synthetic_items(size)
        started = time.perf_counter()
        clusters = merge.cluster_items(items, merge.MergeSettings())
        out[str(size)] = {"seconds": round(time.perf_counter() - started, 2),
                          "merged_events": len(clusters)}
    return out


def synthetic_items(n: int, *, seed: int = 7) -> list[merge.Item]:
    rng = random.Random(seed)
    types = ("ASSAULT", "PROTEST", "COERCE", "CONSULT", "AID", "MOBILIZE")
    countries = [f"C{k:02d}" for k in range(40)]
    start = dt.date(2024, 1, 1)
    spots = {(c, k): (rng.uniform(-30, 50), rng.uniform(-20, 80)) for c in countries
             for k in range(12)}  # 12 places per country, so reports of one event meet
    items = []
    for k in range(n):
        country, spot = rng.choice(countries), rng.randrange(12)
        lat, lon = spots[(country, spot)]
        side = merge.Side(name=f"actor {rng.randrange(4)}", country=country, sector="GOV")
        items.append(merge.Item(
            article_id=f"a{k // 5}", group=f"a{k // 5}", event_id=f"e{k % 5}",
            plover_type=rng.choice(types), plover_mode=None, cameo_code="190", quad_class=4,
            intensity=-8.0, date=start + dt.timedelta(days=rng.randrange(365)), sentence=0,
            trigger=(0, 5), offsets=(None, None), published=None, source=f"s{k % 17}",
            url=None, place=f"{country}-p{spot}", lat=lat, lon=lon, country=country,
            admin1=None, geonameid=None, precision=None, actor1=side, actor2=merge.Side()))
    return items


def _fakes(path: str, *, limit: int, folder: Path) -> str:
    """The FA-KES CSV, or a copy of its first `limit` rows."""
    if not limit:
        return path
    import csv

    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = [row for _, row in zip(range(limit), reader)]
        names = reader.fieldnames or []
    out = folder / "fakes.csv"
    with open(out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=names)
        writer.writeheader()
        writer.writerows(rows)
    return str(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--synthetic", type=int, default=2000, help="synthetic articles")
    parser.add_argument("--fakes", default=default_fakes(), help="FA-KES CSV ('' to leave out)")
    parser.add_argument("--masters", default="local[1],local[2]")
    parser.add_argument("--udfs", default="arrow,rows", help="mapInArrow and/or mapPartitions")
    parser.add_argument("--local-workers", default="1,2",
                        help="worker counts of the local engine runs ('' for none)")
    parser.add_argument("--fakes-limit", type=int, default=0, help="first N FA-KES rows (0: all)")
    parser.add_argument("--merge-sizes", default="10000,20000,50000,100000")
    parser.add_argument("--merge-only", action="store_true")
    parser.add_argument("--incremental", default="", metavar="HISTORY,NEW",
                        help="only the incremental run: HISTORY synthetic articles, then NEW")
    args = parser.parse_args()
    if args.incremental:
        history, new = (int(n) for n in args.incremental.split(","))
        with tempfile.TemporaryDirectory(prefix="spark-bench-") as tmp:
            report = bench_incremental(
                history, new, folder=Path(tmp), masters=[m for m in args.masters.split(",") if m][:1],
                local_workers=[int(w) for w in args.local_workers.split(",") if w])
        print(json.dumps(report, indent=2))
        return
    report: dict[str, object] = {"merge": bench_merge([int(s) for s in args.merge_sizes.split(",")])}
    if not args.merge_only:
        with tempfile.TemporaryDirectory(prefix="spark-bench-") as tmp:
            paths = write_corpus(Path(tmp, "corpus"), n=args.synthetic, bad=False)
            if args.fakes and Path(args.fakes).exists():
                paths.append(_fakes(args.fakes, limit=args.fakes_limit, folder=Path(tmp)))
            report["corpus"] = {"synthetic": args.synthetic, "fakes": bool(args.fakes),
                                "fakes_limit": args.fakes_limit}
            report.update(bench_engines(
                paths, masters=[m for m in args.masters.split(",") if m],
                udfs=args.udfs.split(","), out=Path(tmp, "out"),
                local_workers=[int(w) for w in args.local_workers.split(",") if w]))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
