"""Hand-built parses and analyses for the sources tests (no spaCy)."""
from __future__ import annotations

from newsevents.model import Actor, ArticleAnalysis, Span
from newsevents.parse import Parse, build_parse
from tests.conftest import make_article

Row = tuple[str, int, str, str, str]  # word, head, dep, pos, lemma


def parsed(rows: list[Row], *, sent_starts: list[int] | None = None,
           ents: list[tuple[int, int, str]] | None = None, sep: list[str] | None = None
           ) -> Parse:
    """A parse of the words joined by single spaces (or by `sep[k]` before word k+1)."""
    text = ""
    for k, row in enumerate(rows):
        text += ("" if k == 0 else (sep[k - 1] if sep else " ")) + row[0]
    return build_parse(text, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
                       pos=[r[3] for r in rows], lemmas=[r[4] for r in rows],
                       ents=ents, sent_starts=sent_starts)


def actor(ident: str, name: str, text: str, *surfaces: str, country: str | None = None,
          kind: str = "person") -> Actor:
    """An actor whose mentions are every occurrence of each surface form."""
    spans = []
    for surface in surfaces:
        k = text.find(surface)
        while k >= 0:
            spans.append(Span(k, k + len(surface)))
            k = text.find(surface, k + 1)
    return Actor(id=ident, name=name, kind=kind, country=country, mentions=tuple(sorted(spans)))


def analysis_of(parse: Parse, *actors: Actor) -> ArticleAnalysis:
    return ArticleAnalysis(article=make_article(parse.text), actors=tuple(actors))
