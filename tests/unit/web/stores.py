"""Stores for the desk's tests: the example articles through the real pipeline, and a hostile
set of our own written directly (markup, event handlers, javascript: URLs, Markdown injection
in titles, actor and place names, and one 10 MB article)."""
from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path

from newsevents.config import load_settings
from newsevents.model import (
    Actor, Article, ArticleAnalysis, Claim, Event, Figure, Place, Quote, Sentence, Span,
)
from newsevents.store.duckdb import Store
from newsevents.store.ingest import ingest
from newsevents.store.merge import merge_events

EXAMPLES = resources.files("newsevents") / "data" / "examples" / "desk.jsonl"
PAYLOADS = (
    '<script>alert("x1")</script>',
    '<img src=x onerror=alert("x2")>',
    '"><svg onload=alert("x3")>',
    "javascript:alert('x4')",
    '[click](javascript:alert("x5")) ![pixel](http://evil.example/x.png) <b onclick="x()">b</b>',
    "'; DROP TABLE articles; --",
    "{{ 7*7 }}{% raw %}</textarea><script>console.log('x6')</script>",
    '<a href="javascript:alert(7)">link</a><iframe src="http://evil.example/"></iframe>',
)
BAD_URLS = ("javascript:alert('u1')", "data:text/html,<script>alert(2)</script>",
            "  JAVASCRIPT:alert(3)", "http://user:pw@evil.example/", "vbscript:msgbox(1)")
BIG = 10 * 1024 * 1024


def build_example_store(path: Path) -> Path:
    """The desk's example articles ingested with the real pipeline (spaCy, gazetteer)."""
    summary = ingest([str(EXAMPLES)], db=str(path), settings=load_settings(), workers=1,
                     progress=False)
    assert summary.new == 6, summary
    return path


def hostile_analysis(k: int, payload: str, *, text: str | None = None) -> ArticleAnalysis:
    """One article whose every name carries `payload`, with real spans into its text."""
    actor, target, place = f"Actor {payload}", f"Target {payload}", f"Place {payload}"
    body = (f"{actor} attacked {target} in {place}, killing {k + 3} people. "
            f'"{payload}" said {actor}. ')
    text = body + (text or payload)

    def span(part: str, after: int = 0) -> Span:
        start = text.index(part, after)
        return Span(start, start + len(part))

    first = text.index("people.") + len("people.")
    day = dt.date(2026, 4, 1) + dt.timedelta(days=k)
    return ArticleAnalysis(
        article=Article(id=f"{k:016x}", text=text, title=f"# {payload} **title**",
                        published=day, source=f"src {payload}",
                        url=BAD_URLS[k % len(BAD_URLS)]),
        sentences=(Sentence(index=0, span=Span(0, first)),
                   Sentence(index=1, span=Span(first + 1, len(body) - 1))),
        actors=(Actor(id="a1", name=actor, kind="group", country="SYR", code=f"SYR{payload}",
                      mentions=(span(actor), span(actor, first))),
                Actor(id="a2", name=target, kind="group", country="SYR", mentions=(span(target),))),
        places=(Place(id="p1", name=place, lat=33.0 + k, lon=36.0 + k, country="SYR",
                      admin1=f"Admin {payload}", precision=1, mentions=(span(place),)),),
        events=(Event(id="e1", plover_type="ASSAULT", plover_mode=None, cameo_code="190",
                      quad_class=4, intensity=-9.0, trigger=span("attacked"), sentence=0,
                      source_actors=("a1",), target_actors=("a2",), place="p1",
                      date=day.isoformat(), source_spans=(span(actor),),
                      target_spans=(span(target),)),),
        quotes=(Quote(id="q1", kind="direct", span=span(f'"{payload}"'), speaker=actor),),
        figures=(Figure(id="f1", category="killed", low=k + 3, high=None, qualifier="exact",
                        span=span(f"{k + 3} people"), event="e1", attributed_to=actor),),
        claims=(Claim(id="c1", polarity="denies" if k % 2 else "asserts",
                      span=span(f'"{payload}" said'), claimant="a1", event="e1"),),
    )


def build_hostile_store(path: Path) -> Path:
    """Every payload in its own article, plus one article of 10 MB."""
    analyses = [hostile_analysis(k, p) for k, p in enumerate(PAYLOADS)]
    filler = " ".join(PAYLOADS) + "\n"
    analyses.append(hostile_analysis(len(PAYLOADS), PAYLOADS[0],
                                     text=filler * (BIG // len(filler) + 1)))
    with Store.open(path) as store:
        store.write(analyses, run=None)
        merge_events(store)
    return path
