"""The desk in a real browser: Debian's headless Chromium driven by Playwright, against a
`newsevents serve` process started here on stores built from our own articles.

Every page must load without a console error, every request must stay on 127.0.0.1 (others
are aborted and fail the test), and the hostile store must execute nothing: no dialog, no
console message, no element with an event-handler attribute, no javascript: link.
Screenshots go to build/test-artifacts/web/ (and to docs/img/ when
NEWSEVENTS_README_SCREENSHOTS=1).
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import duckdb
import httpx
import pytest

from newsevents.store.duckdb import Store

from ..unit.web.stores import build_example_store, build_hostile_store

pytestmark = [pytest.mark.browser, pytest.mark.model]
ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "build" / "test-artifacts" / "web"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    base: str
    db: Path


def _serve(db: Path) -> Iterator[Server]:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), *sys.path])}
    log = db.with_suffix(".log")
    with log.open("wb") as sink:  # a file, not a pipe: a full pipe would block the server
        proc = subprocess.Popen([sys.executable, "-m", "newsevents", "serve", "--db", str(db),
                                 "--port", str(port)], env=env, stderr=sink, stdout=sink)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    try:
        while True:
            try:
                if httpx.get(base + "/api/choices", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"newsevents serve did not start: {log.read_text()}")
            time.sleep(0.3)
        yield Server(base=base, db=db)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:  # still analysing a "Try it" text
            proc.kill()
            proc.wait(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (.ci/run installs "
                    "it with apt-get install --no-install-recommends chromium)")
    playwright = pytest.importorskip("playwright.sync_api", reason="playwright not installed")
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    db = build_example_store(tmp_path_factory.mktemp("desk") / "desk.duckdb")
    yield from _serve(db)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    db = build_hostile_store(tmp_path_factory.mktemp("hostile") / "hostile.duckdb")
    yield from _serve(db)


@dataclass
class Watch:
    """What a page did: console messages, page errors, dialogs, foreign requests."""

    console: list[tuple[str, str, str]] = field(default_factory=list)  # type, text, url
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)

    def clean(self, *, error_page: str | None = None) -> None:
        """No foreign request, page error, dialog or console error (an error page's own
        status line, which Chromium logs for the document, is allowed when named)."""
        assert not self.foreign, f"requests left localhost: {self.foreign}"
        assert not self.errors, f"page errors: {self.errors}"
        assert not self.dialogs, f"dialogs opened: {self.dialogs}"
        bad = [c for c in self.console if c[0] in ("error", "warning") and c[2] != error_page]
        assert not bad, f"console errors: {bad}"


@pytest.fixture()
def page(browser: Any) -> Iterator[tuple[Any, Watch]]:
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    watch = Watch()

    def route(route: Any) -> None:
        host = urlsplit(route.request.url).hostname
        if route.request.url.startswith("data:") or host == "127.0.0.1":
            route.continue_()
        else:
            watch.foreign.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    pg = context.new_page()
    pg.on("console", lambda m: watch.console.append((m.type, m.text, m.location.get("url"))))
    pg.on("pageerror", lambda e: watch.errors.append(str(e)))
    pg.on("dialog", lambda d: (watch.dialogs.append(d.message), d.dismiss()))
    yield pg, watch
    context.close()


def shot(pg: Any, name: str, *, readme: str | None = None) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    if readme and os.environ.get("NEWSEVENTS_README_SCREENSHOTS") == "1":
        pg.screenshot(path=str(ROOT / "docs" / "img" / readme))


def _located(db: Path) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        return int(con.execute("SELECT count(*) FROM merged_events "
                               "WHERE lat IS NOT NULL AND lon IS NOT NULL").fetchall()[0][0])


def _marker_total(pg: Any) -> int:
    counts = pg.eval_on_selector_all(".ev-marker", "els => els.map(e => e.dataset.count || "
                                                   "e.getAttribute('data-count'))")
    return sum(int(c) for c in counts)


def test_map_draws_every_located_event_and_opens_it(example: Server, page: Any) -> None:
    pg, watch = page
    pg.goto(example.base + "/")
    pg.wait_for_selector("#map[data-ready='1']", timeout=30_000)
    assert _marker_total(pg) == _located(example.db) > 0
    shot(pg, "map", readme="desk-map.png")
    point = pg.locator("path.ev-point").first
    wanted = point.get_attribute("data-id")
    point.click()
    pg.wait_for_url(f"**/events/{wanted}")
    assert pg.get_attribute("#event", "data-id") == wanted
    shot(pg, "event")
    watch.clean()


def _spans_in_analysis(db: Path, article_id: str) -> int:
    with Store.open(db, create=False, read_only=True) as store:
        a = store.read(article_id)
    spans = [*(s for x in a.actors for s in x.mentions), *(s for x in a.places for s in x.mentions),
             *(e.trigger for e in a.events), *(q.span for q in a.quotes),
             *(f.span for f in a.figures), *(c.span for c in a.claims)]
    return sum(1 for s in spans if s.end > s.start)


def _article_ids(db: Path) -> list[str]:
    with duckdb.connect(str(db), read_only=True) as con:
        return [r[0] for r in con.execute("SELECT id FROM articles ORDER BY published, id")
                .fetchall()]


def test_article_page_highlights_every_fact_and_links_both_ways(example: Server,
                                                                page: Any) -> None:
    pg, watch = page
    for article_id in _article_ids(example.db):
        pg.goto(f"{example.base}/articles/{article_id}")
        ids = pg.eval_on_selector_all("mark.hl[data-spans]", "els => [...new Set(els.flatMap("
                                      "e => e.dataset.spans.split(' ')))]")
        assert len(ids) == _spans_in_analysis(example.db, article_id) > 0, article_id
    pg.goto(f"{example.base}/articles/{_article_ids(example.db)[0]}")
    for kind in ("actor", "place", "event", "figure"):
        marks = pg.locator(f"#text mark.hl.k-{kind}")
        if marks.count() == 0:
            continue
        mark = marks.first
        fact = mark.get_attribute("data-facts").split(" ")[0]
        mark.click()
        assert pg.get_attribute("#panel", "data-selected") == fact
        assert pg.locator(".fact.selected").get_attribute("id") == f"fact-{fact}"
        assert f"k-{kind}" in pg.locator(".fact.selected").get_attribute("class")
    pg.locator(".fact").last.click()
    last = pg.locator(".fact").last.get_attribute("data-fact")
    active = pg.eval_on_selector_all("mark.hl.active", "els => els.map(e => e.dataset.facts)")
    assert active and all(last in a.split(" ") for a in active)
    pg.locator(".fact.k-figure").first.click()
    shot(pg, "article", readme="desk-article.png")
    watch.clean()


def test_filters_change_url_and_results(example: Server, page: Any) -> None:
    pg, watch = page
    pg.goto(example.base + "/events")
    before = int(pg.text_content("#total").replace(",", ""))
    pg.select_option("select[name=type]", "PROTEST")
    pg.click("#filters button[type=submit]")
    pg.wait_for_url("**/events?*type=PROTEST*")
    expected = httpx.get(example.base + "/api/events", params={"type": "PROTEST"}).json()
    assert int(pg.text_content("#total").replace(",", "")) == expected["total"] < before
    assert pg.locator("#events tbody tr.ev").count() == expected["total"]
    pg.goto(example.base + "/events")
    pg.wait_for_selector("#timeline svg")
    box = pg.locator("#timeline svg").bounding_box()
    pg.mouse.move(box["x"] + box["width"] * 0.3, box["y"] + 40)
    pg.mouse.down()
    pg.mouse.move(box["x"] + box["width"] * 0.7, box["y"] + 40, steps=5)
    pg.mouse.up()
    pg.wait_for_url("**/events?*from=*")
    query = parse_qs(urlsplit(pg.url).query)
    assert query["from"][0] <= query["to"][0]
    assert int(pg.text_content("#total").replace(",", "")) < before
    shot(pg, "events")
    watch.clean()


@pytest.mark.parametrize("path", ["/", "/events", "/sitrep", "/try", "/api-docs", "/docs",
                                  "/events/no-such-event", "/events?from=not-a-date"])
def test_pages_load_without_console_errors(example: Server, page: Any, path: str) -> None:
    pg, watch = page
    response = pg.goto(example.base + path)
    pg.wait_for_load_state("networkidle")
    shot(pg, "page" + path.replace("/", "_").replace("?", "_"))
    if response.status == 200:
        watch.clean()
        return
    assert response.status in (400, 404)
    assert pg.locator("#error").count() == 1
    watch.clean(error_page=example.base + path)


def _inert(pg: Any, watch: Watch) -> None:
    watch.clean()
    assert not watch.console, f"console output from injected code: {watch.console}"
    handlers = pg.evaluate("() => [...document.querySelectorAll('*')].flatMap(e => "
                           "[...e.attributes].filter(a => a.name.startsWith('on'))"
                           ".map(a => e.tagName + ' ' + a.name))")
    assert not handlers
    scripts = pg.eval_on_selector_all("script", "els => els.map(e => e.getAttribute('src'))")
    assert all(s and s.startswith(("/static/", "/vendor/")) for s in scripts), scripts
    links = pg.eval_on_selector_all("a[href]", "els => els.map(e => [e.href, e.rel])")
    for href, rel in links:
        assert href.startswith(("http://127.0.0.1", "https://")) or (
            href.startswith("http://") and rel == "noopener noreferrer"), href
        if not href.startswith("http://127.0.0.1"):
            assert rel == "noopener noreferrer", href
    assert pg.locator("iframe, img, object, embed").count() == 0


def test_hostile_store_executes_nothing(hostile: Server, page: Any) -> None:
    pg, watch = page
    pg.goto(hostile.base + "/")
    pg.wait_for_selector("#map[data-ready='1']", timeout=30_000)
    assert _marker_total(pg) == _located(hostile.db)
    pg.locator("path.ev-point").first.hover()
    _inert(pg, watch)
    for path in ("/events", "/sitrep", "/events?actor=%3Cscript%3E"):
        pg.goto(hostile.base + path)
        pg.wait_for_load_state("networkidle")
        _inert(pg, watch)
    ids = httpx.get(hostile.base + "/api/events").json()["events"]
    for event in ids:
        pg.goto(f"{hostile.base}/events/{event['merged_id']}")
        _inert(pg, watch)
    for article_id in _article_ids(hostile.db):
        pg.goto(f"{hostile.base}/articles/{article_id}", timeout=120_000)
        _inert(pg, watch)
    shot(pg, "hostile-article")
    assert "<script>alert" in pg.text_content("#text")[:2000]


def test_try_it_analyses_text_and_refuses_a_10_mb_upload(example: Server, page: Any) -> None:
    pg, watch = page
    pg.goto(example.base + "/try")
    pg.fill("textarea[name=text]", "Police arrested 12 protesters in Basra on Monday, "
                                   "<script>alert('t1')</script> officials said.")
    pg.click("#try-form button[type=submit]", no_wait_after=True)  # the model loads first
    pg.wait_for_selector("#text", timeout=240_000)
    assert pg.locator("mark.hl").count() > 0
    _inert(pg, watch)
    big = ARTIFACTS / "big-upload.txt"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    big.write_text("word " * (2 * 1024 * 1024), encoding="utf-8")
    pg.goto(example.base + "/try")
    pg.set_input_files("input[name=upload]", str(big))
    with pg.expect_response(lambda r: r.url.endswith("/try"), timeout=120_000) as info:
        pg.click("#try-form button[type=submit]", no_wait_after=True)
    assert info.value.status == 413
    big.unlink()
