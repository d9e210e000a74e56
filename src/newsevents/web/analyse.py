""""Try it": analyse a pasted text or an uploaded file in the server, optionally storing it."""
from __future__ import annotations

from typing import Any

from ..config import load_settings
from ..errors import RequestError
from ..io.raw import RawDocument
from ..model import ArticleAnalysis
from ..store.duckdb import Store
from ..store.merge import merge_events

KINDS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html"}


def document(*, text: str | None, filename: str | None, content: bytes | None,
             limit: int) -> RawDocument:
    """The raw document to analyse from the form (a file wins over the text box)."""
    if content:
        suffix = "." + (filename or "").rsplit(".", 1)[-1].lower() if filename else ""
        if suffix not in KINDS:
            raise RequestError(f"upload a .txt or .html file, not {filename!r}", code="E903")
        if len(content) > limit:
            raise RequestError(f"file of {len(content):,} bytes is over the limit of "
                               f"{limit:,}", code="E902", status=413)
        return RawDocument(origin=f"upload:{filename}", content=content, kind=KINDS[suffix])
    if not text or not text.strip():
        raise RequestError("nothing to analyse: paste a text or choose a file", code="E903")
    if len(text) > limit:
        raise RequestError(f"text of {len(text):,} characters is over the limit of {limit:,}",
                           code="E902", status=413)
    return RawDocument(origin="pasted", content=text, kind="auto")


def analyse(engine: dict[str, Any], raw: RawDocument) -> ArticleAnalysis:
    """Clean and analyse; the pipeline is built on first use and kept in `engine`."""
    from ..batch.local import build_default_pipeline, clean_default

    if "pipeline" not in engine:
        engine["settings"] = load_settings()
        engine["pipeline"] = build_default_pipeline(engine["settings"])
    article = clean_default(raw, settings=engine["settings"])
    return engine["pipeline"].run(article)  # type: ignore[no-any-return]


def add_to_store(path: str, analysis: ArticleAnalysis, *, engine: dict[str, Any]) -> bool:
    """Write the analysis into the store and merge events again; False if already stored."""
    from ..store.runs import make_run

    with Store.open(path) as store:
        written = store.write([analysis], run=make_run(engine["settings"]))
        if written.written:
            merge_events(store)
    return bool(written.written)
