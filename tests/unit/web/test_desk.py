"""The desk without a browser: filters, highlight segments, safe links, boundaries, coded
store errors, locking against a writer, limits and the JSON API on a store of our own."""
from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from newsevents.errors import RequestError, StoreError
from newsevents.model import Span
from newsevents.store.duckdb import Store
from newsevents.store.merge import merge_events
from newsevents.web import data
from newsevents.web.app import MAX_BODY, create_app
from newsevents.web.article import Fact, segments
from newsevents.web.boundaries import build_collection, simplify_ring
from newsevents.web.filters import parse_filters, parse_sort
from newsevents.web.security import safe_url

from .stores import hostile_analysis

WORDS = ("alpha", "beta", "gamma", "delta", "epsilon", "zeta")


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        store.write([hostile_analysis(k, w) for k, w in enumerate(WORDS)], run=None)
        merge_events(store)
    return path


@pytest.fixture()
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db, lock_wait=0.2), base_url="http://127.0.0.1") as client:
        yield client  # leaving runs the desk's shutdown: its read connection is closed


def test_filters_round_trip_and_reject_bad_values() -> None:
    query = {"from": "2026-04-01", "to": "2026-04-03", "type": "ASSAULT", "near": "33,36,50",
             "actor": "Actor beta"}
    filters = parse_filters(query)
    assert filters.near == (33.0, 36.0, 50.0)
    assert parse_filters(filters.params()) == filters
    for bad in ({"from": "yesterday"}, {"near": "1,2"}, {"near": "91,0,5"},
                {"from": "2026-05-01", "to": "2026-04-01"}, {"text": "x" * 201}):
        with pytest.raises(RequestError) as err:
            parse_filters(bad)
        assert err.value.code == "E901"
    with pytest.raises(RequestError):
        parse_sort("date; DROP TABLE articles")


def test_segments_cover_the_text_once_and_nest_crossing_spans() -> None:
    text = "Rebels attacked the town, the army said."
    facts = [Fact(key="f0", kind="actor", label="", detail="", spans=(Span(0, 6), Span(20, 24))),
             Fact(key="f1", kind="claim", label="", detail="", spans=(Span(0, 24),)),
             Fact(key="f2", kind="event", label="", detail="", spans=(Span(7, 15),)),
             Fact(key="f3", kind="quote", label="", detail="", spans=(Span(10, 30),))]
    segs = segments(text, facts)
    assert "".join(s.text for s in segs) == text
    assert {i for s in segs for i in s.spans} == {"s0", "s1", "s2", "s3", "s4"}
    first = segs[0]
    assert first.text == "Rebels" and first.facts == ("f0", "f1") and first.kind == "actor"
    crossing = [s for s in segs if "s4" in s.spans]
    assert "".join(s.text for s in crossing) == text[10:30]


def test_safe_url_allows_only_plain_http_links() -> None:
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url("http://example.org") == "http://example.org"
    for bad in ("javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,x",
                "//example.org", "http://u:p@example.org/", "https://exa mple.org", None, 7,
                "java\tscript:alert(1)", "vbscript:x", "https://"):
        assert safe_url(bad) is None, bad


def test_boundaries_come_from_countryinfo_and_are_simplified() -> None:
    ring = [[0.0, 0.0], [0.01, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]
    assert simplify_ring(ring) == [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]
    assert simplify_ring([[0, 0], [0.01, 0.01], [0.02, 0], [0, 0]]) == []
    collection = build_collection()
    isos = {f["properties"]["iso3"] for f in collection["features"]}
    assert {"SYR", "IRQ", "YEM", "NGA"} <= isos
    for feature in collection["features"]:
        for polygon in feature["geometry"]["coordinates"]:
            assert all(len(r) >= 4 and r[0] == r[-1] for r in polygon)


def test_store_errors_are_coded(tmp_path: Path, db: Path) -> None:
    cases = {"E704": tmp_path / "missing.duckdb"}
    duckdb.connect(str(tmp_path / "blank.duckdb")).close()
    cases["E705"] = tmp_path / "blank.duckdb"
    with Store.open(tmp_path / "empty.duckdb"):
        cases["E705 "] = tmp_path / "empty.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("INSERT INTO _migrations VALUES (999, 'from the future', now())")
    cases["E706"] = db
    for code, path in cases.items():
        with pytest.raises(StoreError) as err:
            create_app(path)
        assert err.value.code == code.strip(), (code, err.value)


HOLD = """
import sys, time
from newsevents.store.duckdb import Store
with Store.open(sys.argv[1], read_only=sys.argv[2] == "read"):
    print("held", flush=True)
    time.sleep(float(sys.argv[3]))
"""


def _hold(db: Path, mode: str, seconds: float) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db), mode, str(seconds)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_a_writer_makes_pages_wait_then_answer_503_and_readers_make_writers_wait(
        client: TestClient, db: Path) -> None:
    writer = _hold(db, "write", 3)
    try:
        busy = client.get("/api/events")
        assert busy.status_code == 503 and busy.json()["error"]["code"] == "E702"
        page = client.get("/events")
        assert page.status_code == 503 and "E702" in page.text
    finally:
        writer.wait(timeout=20)
    assert client.get("/api/events").status_code == 200
    reader = _hold(db, "read", 1.0)
    started = time.monotonic()
    with Store.open(db, lock_wait=10):
        waited = time.monotonic() - started
    reader.wait(timeout=20)
    assert waited > 0.3


def test_api_filters_sorting_and_injection(client: TestClient) -> None:
    every = client.get("/api/events").json()
    assert every["total"] == len(WORDS)
    one = client.get("/api/events", params={"actor": "Actor gamma"}).json()
    assert one["total"] == 1 and one["events"][0]["source_name"] == "Actor gamma"
    hostile = client.get("/api/events", params={"actor": "' OR 1=1 --", "text": "%"}).json()
    assert hostile["total"] == 0
    near = client.get("/api/events", params={"near": "33,36,20"}).json()
    assert near["total"] == 1
    by_reports = client.get("/api/events", params={"sort": "-date"}).json()["events"]
    assert [e["date"] for e in by_reports] == sorted((e["date"] for e in by_reports),
                                                     reverse=True)
    bad = client.get("/api/events", params={"sort": "date DESC; DROP TABLE x"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "E901"
    assert client.get("/api/events/nope").status_code == 404


def test_map_aggregates_on_the_server_when_there_are_many_points(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    points = client.get("/api/map").json()
    assert points["mode"] == "points" and len(points["items"]) == len(WORDS)
    monkeypatch.setattr(data, "MAX_POINTS", 2)
    cells = client.get("/api/map", params={"zoom": 1}).json()
    assert cells["mode"] == "cells" and sum(c["count"] for c in cells["items"]) == len(WORDS)
    inside = client.get("/api/map", params={"zoom": 6, "bbox": "35.5,32.5,37.5,34.5"}).json()
    assert inside["total"] == 2


def test_timeline_sitrep_and_exports(client: TestClient) -> None:
    timeline = client.get("/api/timeline").json()
    assert timeline["bucket"] == "day" and sum(b["n"] for b in timeline["bars"]) == len(WORDS)
    report = client.get("/api/sitrep", params={"actor": "Actor delta"}).text
    assert report.startswith("# Situation report") and "Actor delta" in report
    event = client.get("/api/events").json()["events"][0]["merged_id"]
    article = client.get(f"/api/events/{event}").json()["mentions"][0]["article_id"]
    for fmt, needle in (("jsonl", article), ("plover", event), ("geojson", event)):
        got = client.get(f"/api/events/{event}/export/{fmt}")
        assert got.status_code == 200 and needle in got.text, fmt
    assert client.get(f"/api/events/{event}/export/csv").status_code == 400


def test_security_headers_limits_and_foreign_requests(client: TestClient) -> None:
    page = client.get("/events")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "<script>" not in page.text.split("</header>")[1].split('<script src=')[0]
    assert "&lt;" in client.get("/events", params={"actor": "<b>"}).text
    big = client.post("/try", content=b"x" * (MAX_BODY + 1),
                      headers={"content-type": "text/plain"})
    assert big.status_code == 413 and "E902" in big.text
    cross = client.post("/try", data={"text": "x"}, headers={"origin": "http://evil.example"})
    assert cross.status_code == 403 and "E904" in cross.text
    foreign = client.get("/", headers={"host": "evil.example"})
    assert foreign.status_code == 400
    assert client.get("/try").status_code == 200


def test_optional_acled_columns_are_used_when_the_store_has_them(db: Path) -> None:
    with duckdb.connect(str(db)) as con:
        for column in ("acled_event_type", "acled_sub_event_type"):
            con.execute(f"ALTER TABLE merged_events ADD COLUMN IF NOT EXISTS {column} VARCHAR")
        first = con.execute("SELECT min(merged_id) FROM merged_events").fetchall()[0][0]
        con.execute("UPDATE merged_events SET acled_event_type = CASE WHEN merged_id = ? "
                    "THEN 'Battles' ELSE 'Explosions/Remote violence' END", [first])
    with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
        assert client.get("/api/choices").json()["acled"] == ["Battles",
                                                             "Explosions/Remote violence"]
        battles = client.get("/api/events", params={"acled": "Battles"}).json()
        assert battles["total"] == 1 and battles["events"][0]["acled_event_type"] == "Battles"
        assert "ACLED type" in client.get("/events").text
        assert "Battles" in client.get(f"/events/{first}").text


def test_serve_command_errors_and_host_warning(db: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn
    from click.testing import CliRunner

    from newsevents.cli import main

    missing = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1 and "[E704]" in missing.output
    calls: list[dict[str, object]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    local = CliRunner().invoke(main, ["serve", "--db", str(db), "--port", "8123"])
    assert local.exit_code == 0 and "warning" not in local.output
    assert calls[-1]["host"] == "127.0.0.1" and calls[-1]["port"] == 8123
    public = CliRunner().invoke(main, ["serve", "--db", str(db), "--host", "0.0.0.0"])
    assert public.exit_code == 0 and "warning: binding to 0.0.0.0" in public.output


def test_adding_a_text_to_the_store_while_the_desk_reads_it(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsevents.config import load_settings
    from newsevents.web import pages

    before = client.get("/api/events").json()["total"]  # the desk now holds a read connection
    new = hostile_analysis(40, "omega")
    monkeypatch.setattr(pages, "analyse", lambda engine, raw: new)
    client.app.state.engine["settings"] = load_settings()  # type: ignore[attr-defined]
    page = client.post("/try", data={"text": new.article.text, "store": "1"})
    assert page.status_code == 200 and "Added to the store." in page.text
    assert client.get("/api/events").json()["total"] == before + 1
    again = client.post("/try", data={"text": new.article.text, "store": "1"})
    assert "Already in the store." in again.text


def test_templates_and_scripts_keep_to_the_csp() -> None:
    """No inline script, style attribute, event-handler attribute or innerHTML anywhere."""
    import re

    folder = Path(data.__file__).parent
    for path in (folder / "templates").glob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), path.name
        assert not re.search(r"\sstyle=|<style|\son[a-z]+=", text), path.name
        assert not re.search(r"\|\s*safe\b(?!_)", text), path.name
    for path in (folder / "static").glob("*.js"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(",
                             text), path.name


def test_a_store_from_an_older_version_is_upgraded_before_serving(db: Path) -> None:
    from newsevents.store.migrations import MIGRATIONS

    latest = max(m.number for m in MIGRATIONS)
    with duckdb.connect(str(db)) as con:
        con.execute("DELETE FROM _migrations WHERE number = ?", [latest])
    with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
        assert client.get("/sitrep").status_code == 200
        with duckdb.connect(str(db), read_only=True) as con:
            assert con.execute("SELECT count(*) FROM _migrations WHERE number = ?",
                               [latest]).fetchall()[0][0] == 1
