"""A fast fake engine for ingest tests: a whitespace Parser double and a keyword stage."""
from __future__ import annotations

import hashlib
import re
import time

from newsevents.config import Settings
from newsevents.errors import InputError
from newsevents.io.raw import RawDocument
from newsevents.model import Actor, Article, ArticleAnalysis, Event, Figure, Place, Span
from newsevents.parse import Parse, build_parse
from newsevents.pipeline import Pipeline
from newsevents.registry import Resources
from newsevents.stages.base import updated
from newsevents.stages.segment import SegmentStage

from .factories import ACTORS, PLACES

_NUMBER = re.compile(r"at least (\d+) people")


class FakeParser:
    name = "fake"
    version = "0"

    def parse(self, text: str) -> Parse:
        words = text.split()
        starts = [k + 1 for k, w in enumerate(words[:-1]) if w.endswith(".")]
        return build_parse(text, sent_starts=starts)

    def parse_many(self, texts):  # type: ignore[no-untyped-def]
        for text in texts:
            yield self.parse(text)


class KeywordStage:
    """Finds the factories' actors, places, the verb "shelled" and "at least N people"."""

    name = "keywords.fake.v1"
    requires = frozenset({"article", "sentences"})
    provides = frozenset({"actors", "places", "events", "figures"})

    def __call__(self, analysis: ArticleAnalysis, parse: Parse) -> ArticleAnalysis:
        text = analysis.article.text
        delay = float(text.count("SLOW")) * 0.05
        if delay:
            time.sleep(delay)
        if "CRASH" in text:
            raise ValueError("keyword stage cannot handle CRASH")
        actors = tuple(_actor(text, name, k) for k, name in enumerate(ACTORS) if name in text)
        places = tuple(_place(text, name, k) for k, name in enumerate(PLACES) if name in text)
        events = ()
        if "shelled" in text:
            k = text.index("shelled")
            events = (Event(id="e1", plover_type="ASSAULT", plover_mode="heavy-weapons",
                            cameo_code="195", quad_class=4, intensity=-9.5,
                            trigger=Span(k, k + 7), sentence=parse.sentence_of(k),
                            source_actors=tuple(a.id for a in actors[:1]),
                            place=places[0].id if places else None,
                            acled_event_type="Explosions/Remote violence",
                            acled_sub_event_type="Shelling/artillery/missile attack"),)
        figures = tuple(Figure(id=f"f{k}", category="killed", low=int(m.group(1)), high=None,
                               qualifier="at_least", span=Span(*m.span()),
                               event="e1" if events else None)
                        for k, m in enumerate(_NUMBER.finditer(text), start=1))
        return updated(analysis, self.name, actors=actors, places=places, events=events,
                       figures=figures)


def _actor(text: str, name: str, k: int) -> Actor:
    country, sector, code, canonical = ACTORS[name]
    start = text.index(name)
    return Actor(id=f"a{k}", name=canonical, kind="group", country=country, sector=sector,
                 code=code, mentions=(Span(start, start + len(name)),))


def _place(text: str, name: str, k: int) -> Place:
    lat, lon, country, admin1, gid = PLACES[name]
    start = text.index(name)
    return Place(id=f"p{k}", name=name, geonameid=gid, lat=lat, lon=lon, country=country,
                 admin1=admin1, precision=1, mentions=(Span(start, start + len(name)),))


def make_fake_pipeline(settings: Settings) -> Pipeline:
    resources = Resources(settings, parser=FakeParser())
    return Pipeline([SegmentStage(), KeywordStage()], resources=resources)


def plain_clean(raw: RawDocument, *, settings: Settings) -> Article:
    """Text inputs only: strip; empty → E102, no words → E107 (like the real cleaner)."""
    text = raw.content.decode("utf-8") if isinstance(raw.content, bytes) else raw.content
    text = text.strip()
    if not text:
        raise InputError(raw.origin, "empty input", code="E102")
    if not re.search(r"\w", text):
        raise InputError(raw.origin, "no article text left after cleaning", code="E107")
    return Article(id=hashlib.sha1(text.encode("utf-8")).hexdigest()[:16], text=text,
                   title=raw.title, published=raw.published or settings.published,
                   source=raw.source, url=raw.url, origin=raw.origin)


def write_corpus(path, stories, *, bad: bool = True) -> int:  # type: ignore[no-untyped-def]
    """A JSONL corpus of the stories (plus an invalid line, a record without text and an
    empty document when `bad`); returns the number of input records."""
    import json

    from .factories import story_text

    lines = [json.dumps({"text": story_text(s), "published": str(s.published or s.day),
                         "source": s.source, "title": f"Report from {s.place}"})
             for s in stories]
    if bad:
        lines += ['{"text": "unterminated', json.dumps({"title": "no body"}),
                  json.dumps({"text": "* * * — * * *"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)
