"""Store + merge benchmark on synthetic short article analyses (no NLP).

    .venv/bin/python bench/store_bench.py                 # 10k, 25k, 50k, 100k
    .venv/bin/python bench/store_bench.py --sizes 10000,50000

Each size runs in a fresh subprocess (so peak RSS is per size) and writes a new database:
analyses are generated in-process (random words, 40 cities, 4 event types, a year of dates,
10% wire copies of an earlier article), written with Store.write in batches of 500 (the
near-duplicate index included), then merged with merge_events (stories rebuilt, then events
merged: the merge step). Prints a table with wall
and CPU seconds (the CPU figure is the one to compare on a shared machine).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsevents.model import (
    Actor, Article, ArticleAnalysis, Claim, Event, Figure, Place, Sentence, Span,
)

CITIES = [(f"City{k}", 30 + (k % 8) * 1.7, 35 + (k // 8) * 1.9, ("SYR", "IRQ", "YEM")[k % 3])
          for k in range(40)]
TYPES = ("ASSAULT", "PROTEST", "COERCE", "MOBILIZE")
GROUPS = [(f"Group {k}", f"G{k:02d}", ("MIL", "REB", "GOV", "CVL")[k % 4]) for k in range(30)]
WORDS = [f"w{k}" for k in range(5000)]
BATCH = 500


def synthetic(k: int, rng: random.Random, texts: list[str]) -> ArticleAnalysis:
    city, lat, lon, country = CITIES[rng.randrange(len(CITIES))]
    src, tgt = rng.sample(GROUPS, 2)
    if texts and rng.random() < 0.1:
        body = rng.choice(texts) + f" Copy {k}."
    else:
        body = " ".join(rng.choices(WORDS, k=40)) + "."
        texts.append(body)
    text = f"{src[0]} attacked {tgt[0]} in {city}, killing {k % 50 + 1} people. {body}"
    first = text.index(".") + 1
    day = dt.date(2016, 1, 1) + dt.timedelta(rng.randrange(365))
    span = lambda part: Span(text.index(part), text.index(part) + len(part))  # noqa: E731
    return ArticleAnalysis(
        article=Article(id=f"{k:016x}", text=text, published=day, source=f"src{k % 25}",
                        url=f"https://example.org/{k}"),
        sentences=(Sentence(index=0, span=Span(0, first)),
                   Sentence(index=1, span=Span(first + 1, len(text)))),
        actors=(Actor(id="a1", name=src[0], kind="group", country=country, sector=src[2],
                      code=country + src[2], mentions=(span(src[0]),)),
                Actor(id="a2", name=tgt[0], kind="group", country=country, sector=tgt[2],
                      code=country + tgt[2], mentions=(span(tgt[0]),))),
        places=(Place(id="p1", name=city, lat=lat, lon=lon, country=country, precision=1,
                      mentions=(span(city),)),),
        events=(Event(id="e1", plover_type=rng.choice(TYPES), plover_mode=None,
                      cameo_code="190", quad_class=4, intensity=-9.0, trigger=span("attacked"),
                      sentence=0, source_actors=("a1",), target_actors=("a2",), place="p1",
                      date=day.isoformat()),),
        figures=(Figure(id="f1", category="killed", low=k % 50 + 1, high=None,
                        qualifier="exact", span=span(f"{k % 50 + 1} people"), event="e1"),),
        claims=(Claim(id="c1", polarity="asserts", span=Span(0, first), event="e1"),),
    )


def run_one(n: int) -> dict[str, float]:
    from newsevents.store.duckdb import Store
    from newsevents.store.merge import merge_events

    rng, texts = random.Random(n), []
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "b.duckdb") as store:
        started = time.perf_counter()
        write_s = write_cpu = 0.0
        for lo in range(0, n, BATCH):
            batch = [synthetic(k, rng, texts) for k in range(lo, min(n, lo + BATCH))]
            t0, c0 = time.perf_counter(), time.process_time()
            store.write(batch, run=None)
            write_s += time.perf_counter() - t0
            write_cpu += time.process_time() - c0
        t0, c0 = time.perf_counter(), time.process_time()
        summary = merge_events(store)
        merge_s, merge_cpu = time.perf_counter() - t0, time.process_time() - c0
        counts = store.counts()
        size = sum(p.stat().st_size for p in Path(tmp).iterdir())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"n": n, "write_s": write_s, "merge_s": merge_s, "write_cpu": write_cpu,
            "merge_cpu": merge_cpu,
            "total_s": time.perf_counter() - started, "peak_mb": peak,
            "duplicates": counts["duplicates"], "merged": summary.merged,
            "stories": summary.stories,
            "db_mb": size / 2**20}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,25000,50000,100000")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one)))
        return
    print(f"{'articles':>9} {'write s':>8} {'cpu s':>7} {'art/s':>7} {'merge s':>8} "
          f"{'cpu s':>7} {'peak MB':>8} {'dups':>6} {'merged ev':>9} {'stories':>8} "
          f"{'db MB':>6}")
    for n in (int(x) for x in args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], check=True,
                             capture_output=True, text=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"{n:>9,} {r['write_s']:>8.1f} {r['write_cpu']:>7.1f} {n / r['write_s']:>7.0f} "
              f"{r['merge_s']:>8.1f} {r['merge_cpu']:>7.1f} {r['peak_mb']:>8.0f} "
              f"{r['duplicates']:>6} {r['merged']:>9} {r['stories']:>8} {r['db_mb']:>6.0f}",
              flush=True)


if __name__ == "__main__":
    main()
