"""Latency of the desk (`newsevents serve`) on a store of synthetic articles.

    .venv/bin/python bench/serve_bench.py                  # 100,000 articles, 60 requests each
    .venv/bin/python bench/serve_bench.py --articles 20000 --requests 30

The store is built once with the store benchmark's generator (bench/store_bench.py: random
words, 40 cities, 4 event types, a year of dates, 10% wire copies) and kept in bench/out/. A
`newsevents serve` process is started on 127.0.0.1 and each page is requested in turn,
sequentially, after one warm-up request: the events page (filters as a person would set them:
none, a country, a type and a date range), the map's data request (whole world, and zoomed on
one country), event pages of random events, and the events page with a free-text filter
(a scan of every article's text: there is no full-text index). Prints p50 / p95 / max in milliseconds.
"""
from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store_bench import BATCH, synthetic  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"


def build_store(n: int) -> Path:
    from newsevents.store.duckdb import Store
    from newsevents.store.merge import merge_events

    path = OUT / f"serve-{n}.duckdb"
    if path.exists():
        return path
    OUT.mkdir(exist_ok=True)
    tmp = path.with_suffix(".building")
    tmp.unlink(missing_ok=True)
    rng, texts = random.Random(n), []
    started = time.perf_counter()
    with Store.open(tmp) as store:
        for lo in range(0, n, BATCH):
            store.write([synthetic(k, rng, texts) for k in range(lo, min(n, lo + BATCH))],
                        run=None)
        merge_events(store)
    tmp.rename(path)
    print(f"built {path} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start(db: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _port()
    proc = subprocess.Popen([sys.executable, "-m", "newsevents", "serve", "--db", str(db),
                             "--port", str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=dict(os.environ))
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(base + "/api/choices", timeout=5).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("newsevents serve did not start")


def timed(client: httpx.Client, urls: list[str]) -> list[float]:
    client.get(urls[0]).raise_for_status()  # warm-up
    out = []
    for url in urls:
        t0 = time.perf_counter()
        client.get(url).raise_for_status()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=60)
    args = parser.parse_args()
    db = build_store(args.articles)
    proc, base = start(db)
    rng = random.Random(7)
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            ids = [e["merged_id"] for e in client.get("/api/events", params={
                "sort": "reports", "page": 1}).json()["events"]]
            ids += [e["merged_id"] for p in (3, 50, 400) for e in client.get(
                "/api/events", params={"page": p}).json()["events"]]
            event_filters = ["", "country=SYR", "type=PROTEST&from=2016-03-01&to=2016-05-31",
                             "sort=reports&page=20"]
            cases = {
                "events page": [f"/events?{event_filters[k % 4]}" for k in range(args.requests)],
                "map data": [("/api/map?zoom=2" if k % 2 else
                              "/api/map?zoom=6&bbox=34,29,40,34&country=SYR")
                             for k in range(args.requests)],
                "event page": [f"/events/{rng.choice(ids)}" for _ in range(args.requests)],
                "text filter": [f"/events?text=w{rng.randrange(5000)}"
                                for _ in range(max(5, args.requests // 4))],
            }
            total = client.get("/api/events").json()["total"]
            print(f"{args.articles:,} articles, {total:,} merged events, "
                  f"{args.requests} sequential requests per page")
            print(f"{'request':<12} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
            for name, urls in cases.items():
                ms = timed(client, urls)
                print(f"{name:<12} {statistics.median(ms):>8.0f} {pct(ms, 0.95):>8.0f} "
                      f"{max(ms):>8.0f}", flush=True)
    finally:
        proc.terminate()
        proc.wait(timeout=20)


if __name__ == "__main__":
    main()
