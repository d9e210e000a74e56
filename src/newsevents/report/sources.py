"""Report sections on sources: "Who said what", "Figures (with sources)", "Disputed", and the
rows of `extract --format csv` (figures). Article text is quoted verbatim, escaped for Markdown."""
from __future__ import annotations

from typing import Any

from .markdown import cell
from .markdown import escape as md
from ..model import ArticleAnalysis, Claim, Contradiction, Figure, Span
from ..numbers import Quantity, render

FIGURE_COLUMNS = [
    "article_id", "figure_id", "category", "low", "high", "qualifier", "hedged", "text",
    "attributed_to", "place", "event", "start", "end", "victims", "part_of",
]
QUALIFIER_WORDS = {
    "exact": "exactly", "approximate": "about", "at_least": "at least", "more_than": "more than",
    "at_most": "at most", "less_than": "fewer than", "range": "between", "vague": "vague",
}


def render_quotes(analysis: ArticleAnalysis) -> str:
    if not analysis.quotes:
        return ""
    text = analysis.article.text
    lines = ["## Who said what", ""]
    for quote in analysis.quotes:
        who = speaker_name(analysis, quote.speaker, quote.speaker_span) or "(unattributed)"
        cue = f" ({md(quote.cue)})" if quote.cue else ""
        lines.append(f"- **{md(who)}**{cue}, {quote.kind}: \u201c{md(quote.span.of(text))}\u201d")
    return "\n".join(lines)


def render_figures(analysis: ArticleAnalysis) -> str:
    if not analysis.figures:
        return ""
    text = analysis.article.text
    disputed = disputed_figures(analysis)
    lines = ["## Figures (with sources)", "", *render_casualties(analysis),
             "| Figure | Category | Range | Hedged | According to | Place | Event | Disputed "
             "| Victims | Part of |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for figure in analysis.figures:
        source = speaker_name(analysis, figure.attributed_to, figure.attribution_span)
        lines.append(
            f"| {md(figure.span.of(text))} | {figure.category} | {describe_range(figure)} "
            f"| {'yes' if figure.hedged else 'no'} | {md(source or '')} "
            f"| {md(place_name(analysis, figure.place))} | {figure.event or ''} "
            f"| {'yes' if figure.id in disputed else ''} | {figure.victims or ''} "
            f"| {figure.part_of or ''} |")
    return "\n".join(lines)


def render_casualties(analysis: ArticleAnalysis) -> list[str]:
    """Killed and wounded of the article's incident and of each event (stages/figures/casualties.py),
    with the figures behind them and who reported them."""
    lines = []
    for summary in analysis.casualties:
        counts = [f"{what} {_count(low, high)}" for what, low, high in (
            ("killed", summary.killed_low, summary.killed_high),
            ("wounded", summary.wounded_low, summary.wounded_high)) if (low, high) != (None, None)]
        who = [speaker_name(analysis, a, None) or a for a in summary.reported_by]
        scope = f"event {summary.event}" if summary.event else "**The article's incident**"
        lines.append(f"- {scope}: {', '.join(counts)} (figures {', '.join(summary.figures)}"
                     + (f"; according to {md(', '.join(who))})" if who else ")"))
    return [*lines, ""] if lines else []


def _count(low: int | None, high: int | None) -> str:
    if low is None or high is None:
        return f"at least {low:,}" if high is None else f"up to {high:,}"
    return f"{low:,}" if low == high else f"{low:,}\u2013{high:,}"


def render_disputes(analysis: ArticleAnalysis) -> str:
    """Each disputed claim once, with every claim that denies or contradicts it beneath."""
    if not analysis.contradictions:
        return ""
    claims = {c.id: c for c in analysis.claims}
    groups: dict[str, list[Contradiction]] = {}
    for found in analysis.contradictions:
        groups.setdefault(found.claim_a, []).append(found)
    lines = ["## Disputed", ""]
    for claim_id, found in groups.items():
        head = claims.get(claim_id)
        about = ", ".join(x for x in (found[0].event and f"event {found[0].event}",
                                      found[0].figure and f"figure {found[0].figure}") if x)
        first = describe_claim(analysis, head) if head is not None else md(found[0].reason)
        lines.append(f"- {first}" + (f" ({about})" if about else ""))
        for item in found:
            other = claims.get(item.claim_b)
            if other is None or other.polarity == "asserts":  # two figures that disagree
                lines.append(f"  - {md(item.reason)}")
            else:
                lines.append(f"  - {describe_claim(analysis, other)}")
    return "\n".join(lines)


POLARITY_WORDS = {"asserts": "asserted by", "denies": "denied by", "uncertain": "doubted by"}


def describe_claim(analysis: ArticleAnalysis, claim: Claim) -> str:
    """'c7, denied by **Rapid Support Forces**: “…”' (no verb to agree with a plural name)."""
    who = speaker_name(analysis, claim.claimant, claim.claimant_span) or "the article"
    how = POLARITY_WORDS.get(claim.polarity, claim.polarity)
    return (f"{claim.id}, {how} **{md(who)}**: "
            f"\u201c{md(claim.span.of(analysis.article.text))}\u201d")


def describe_range(figure: Figure) -> str:
    try:
        words = render(Quantity(figure.low, figure.high, figure.qualifier))
    except (ValueError, KeyError, TypeError):
        words = QUALIFIER_WORDS.get(figure.qualifier, figure.qualifier)
    low = "" if figure.low is None else f"{figure.low:,}"
    high = "" if figure.high is None else f"{figure.high:,}"
    return f"{words} [{low}\u2013{high}]"


def disputed_figures(analysis: ArticleAnalysis) -> set[str]:
    return {c.figure for c in analysis.contradictions if c.figure}


def figure_rows(analysis: ArticleAnalysis) -> list[dict[str, Any]]:
    """One CSV row per figure (columns FIGURE_COLUMNS)."""
    text = analysis.article.text
    return [{key: cell(value) for key, value in {
        "article_id": analysis.article.id, "figure_id": f.id, "category": f.category,
        "low": "" if f.low is None else f.low, "high": "" if f.high is None else f.high,
        "qualifier": f.qualifier, "hedged": str(f.hedged).lower(), "text": f.span.of(text),
        "attributed_to": speaker_name(analysis, f.attributed_to, f.attribution_span) or "",
        "place": place_name(analysis, f.place), "event": f.event or "",
        "start": f.span.start, "end": f.span.end, "victims": f.victims or "",
        "part_of": f.part_of or "",
    }.items()} for f in analysis.figures]


def speaker_name(analysis: ArticleAnalysis, actor_id: str | None, span: Span | None) -> str | None:
    """The actor's canonical name, else the words that named the source."""
    actor = next((a for a in analysis.actors if a.id == actor_id), None) if actor_id else None
    if actor is not None:
        return actor.name
    return span.of(analysis.article.text) if span is not None else None


def place_name(analysis: ArticleAnalysis, place_id: str | None) -> str:
    place = next((p for p in analysis.places if p.id == place_id), None) if place_id else None
    return place.name if place is not None else ""

