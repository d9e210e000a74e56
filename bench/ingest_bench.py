"""Ingest throughput (articles/s with all cores) and peak RSS of the process tree.

    .venv/bin/python bench/ingest_bench.py                       # FA-KES, all cores, twice
    .venv/bin/python bench/ingest_bench.py CORPUS.jsonl --workers 2
    .venv/bin/python bench/ingest_bench.py --kill-after 60       # kill -9, then resume

The FA-KES CSV (../shared/eval/corpora/fakes_syrian_war) is converted to JSONL (text, title,
source, published) in a temporary folder; any other path is given to `newsevents ingest` as
is. Each run is `newsevents ingest` in a subprocess on a fresh database; RSS is sampled from
/proc every 0.2 s over the whole process tree. The second run (same inputs) must add nothing.
With --kill-after S the first run is killed with SIGKILL after S seconds and run again.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FAKES = ROOT.parent / "shared/eval/corpora/fakes_syrian_war/FA-KES-Dataset.csv"


def fakes_to_jsonl(src: Path, out: Path) -> int:
    with open(src, encoding="utf-8", newline="") as handle, open(out, "w") as sink:
        rows = list(csv.DictReader(handle))
        for row in rows:
            month, day, year = (int(x) for x in row["date"].split("/"))
            sink.write(json.dumps({
                "text": row["article_content"], "title": row["article_title"],
                "source": row["source"], "published": dt.date(year, month, day).isoformat(),
            }) + "\n")
    return len(rows)


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                parents[int(entry.name)] = int(stat[1])
            except (OSError, IndexError):
                continue
    tree, frontier = {pid}, [pid]
    while frontier:
        current = frontier.pop()
        kids = [p for p, pp in parents.items() if pp == current and p not in tree]
        tree.update(kids)
        frontier.extend(kids)
    total = 0
    for p in tree:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def run_ingest(paths: list[str], db: Path, *, workers: int | None,
               kill_after: float | None = None) -> dict[str, object]:
    cmd = [str(ROOT / ".venv/bin/newsevents"), "ingest", *paths, "--db", str(db), "--quiet"]
    if workers:
        cmd += ["--workers", str(workers)]
    started, peak = time.perf_counter(), 0.0
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, start_new_session=True)
    killed = False
    while proc.poll() is None:
        peak = max(peak, tree_rss_mb(proc.pid))
        if kill_after is not None and time.perf_counter() - started > kill_after:
            os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its workers
            killed = True
            break
        time.sleep(0.2)
    _, err = proc.communicate()
    return {"seconds": time.perf_counter() - started, "peak_mb": peak, "killed": killed,
            "summary": err.strip().splitlines()[:2], "code": proc.returncode}


def counts(db: Path) -> dict[str, int]:
    from newsevents.store.duckdb import Store

    with Store.open(db, create=False) as store:
        found = store.counts()
    return {k: found[k] for k in ("articles", "events", "duplicates", "merged_events",
                                  "diagnostics")}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--kill-after", type=float, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths, n = args.paths, None
        if not paths:
            corpus = Path(tmp) / "fakes.jsonl"
            n = fakes_to_jsonl(FAKES, corpus)
            paths = [str(corpus)]
        db = Path(tmp) / "bench.duckdb"
        first = run_ingest(paths, db, workers=args.workers, kill_after=args.kill_after)
        after_first = counts(db)
        second = run_ingest(paths, db, workers=args.workers)
        after_second = counts(db)
        third = run_ingest(paths, db, workers=args.workers)
        report(n, first, after_first, second, after_second, third, counts(db))


def report(n: int | None, *runs: dict) -> None:  # type: ignore[type-arg]
    first, c1, second, c2, third, c3 = runs
    label = "killed run" if first["killed"] else "first run"
    for name, run, cnt in ((label, first, c1), ("second run", second, c2),
                           ("third run", third, c3)):
        rate = f"{n / run['seconds']:.2f} articles/s" if n and name == "first run" else ""
        print(f"{name}: {run['seconds']:.1f} s {rate}, peak RSS {run['peak_mb']:.0f} MB, "
              f"exit {run['code']}")
        for line in run["summary"]:
            print(f"    {line}")
        print(f"    counts: {cnt}")
    print(f"second and third run leave the same counts: {c2 == c3}")


if __name__ == "__main__":
    sys.exit(main())
