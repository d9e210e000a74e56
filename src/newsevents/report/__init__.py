"""The Markdown report of one analysed article (`extract --format md`)."""
from __future__ import annotations

from .markdown import escape as md
from .markdown import safe_url
from ..model import ArticleAnalysis
from .events import render_events
from .sources import render_disputes, render_figures, render_quotes


def render_report(analysis: ArticleAnalysis) -> str:
    parts = [
        render_header(analysis),
        render_actors(analysis),
        render_places(analysis),
        render_events(analysis),
        render_quotes(analysis),
        render_figures(analysis),
        render_disputes(analysis),
        render_diagnostics(analysis),
    ]
    return "\n\n".join(p.strip() for p in parts if p.strip()) + "\n"


def render_header(analysis: ArticleAnalysis) -> str:
    article = analysis.article
    lines = [f"# {md(article.title or 'Untitled article')}", ""]
    facts = [
        ("Published", article.published.isoformat() if article.published else "unknown"),
        ("Dateline", article.dateline), ("Source", article.source), ("URL", safe_url(article.url)),
        ("Article id", article.id), ("Input", article.origin),
    ]
    lines += [f"- **{k}:** {md(str(v))}" for k, v in facts if v]
    counts = (
        f"{len(analysis.sentences)} sentences, {len(analysis.actors)} actors, "
        f"{len(analysis.places)} places, {len(analysis.events)} events, "
        f"{len(analysis.quotes)} quotes, {len(analysis.figures)} figures, "
        f"{len(analysis.claims)} claims, {len(analysis.contradictions)} contradictions"
    )
    lines.append(f"- **Found:** {counts}")
    return "\n".join(lines)


def render_actors(analysis: ArticleAnalysis) -> str:
    if not analysis.actors:
        return ""
    text = analysis.article.text
    lines = ["## Who appears", "", "| Actor | As | Country | Sector | Code | Mentions |",
             "|---|---|---|---|---|---|"]
    for actor in analysis.actors:
        surfaces = sorted({s.of(text) for s in actor.mentions})
        lines.append(
            f"| {md(actor.name)} | {actor.kind} | {actor.country or ''} | {actor.sector or ''} "
            f"| {actor.code or ''} | {md('; '.join(surfaces))} ({len(actor.mentions)}) |"
        )
    return "\n".join(lines)


def render_places(analysis: ArticleAnalysis) -> str:
    if not analysis.places:
        return ""
    lines = ["## Where", "", "| Place | Country | Province | Lat, lon | Precision | Why |",
             "|---|---|---|---|---|---|"]
    for place in analysis.places:
        where = f"{place.lat:.4f}, {place.lon:.4f}" if place.lat is not None else "unknown"
        lines.append(
            f"| {md(place.name)} | {place.country or ''} | {md(place.admin1 or '')} | {where} "
            f"| {place.precision} | {md(place.reason)} |"
        )
    return "\n".join(lines)


def render_diagnostics(analysis: ArticleAnalysis) -> str:
    if not analysis.diagnostics:
        return ""
    lines = ["## Diagnostics", ""]
    lines += [f"- `{d.code}` ({d.stage}): {md(d.message)}" for d in analysis.diagnostics]
    return "\n".join(lines)

