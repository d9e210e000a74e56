"""Contradictions: opposite claims about one event or figure, and figures that cannot agree.

Two claims contradict when one asserts and the other denies the same event or figure and
their claimants differ (a source repeating or correcting itself is not a dispute). Two figures
of one category about the same event or place contradict when their ranges cannot both hold
(an approximate number is read as ±10 %) and different sources give them.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..model import ArticleAnalysis, Claim, Contradiction, Figure, Span
from ..numbers import Quantity, render

APPROX = 0.1


def contradictions(analysis: ArticleAnalysis, claims: Sequence[Claim]) -> list[Contradiction]:
    names = {a.id: a.name for a in analysis.actors}
    out: list[Contradiction] = []
    seen: set[tuple[str, str]] = set()
    for pair in [*_opposed(claims, analysis.article.text, names),
                 *_figure_clashes(analysis, claims, names)]:
        a, b, event, figure, reason = pair
        if (a.id, b.id) in seen:
            continue
        seen.add((a.id, b.id))
        out.append(Contradiction(id=f"x{len(out) + 1}", claim_a=a.id, claim_b=b.id,
                                 reason=reason, event=event, figure=figure))
    return out


def _opposed(claims: Sequence[Claim], text: str,  # type: ignore[no-untyped-def]
             names: dict[str, str]):
    for k, a in enumerate(claims):
        for b in claims[k + 1:]:
            if {a.polarity, b.polarity} != {"asserts", "denies"} or not differ(a, b, text):
                continue
            event = a.event if a.event and a.event == b.event else None
            figure = a.figure if a.figure and a.figure == b.figure else None
            if event or figure:
                yes, no = (a, b) if a.polarity == "asserts" else (b, a)
                reason = (f"{who(yes, text, names)} asserts \u201c{yes.span.of(text)}\u201d; "
                          f"{who(no, text, names)} denies it")
                yield yes, no, event or a.event, figure, reason


def _figure_clashes(analysis: ArticleAnalysis,  # type: ignore[no-untyped-def]
                    claims: Sequence[Claim], names: dict[str, str]):
    text = analysis.article.text
    figures = analysis.figures
    for k, fa in enumerate(figures):
        for fb in figures[k + 1:]:
            if not same_count(fa, fb) or compatible(fa, fb) or not sources_differ(fa, fb, text):
                continue
            ca, cb = claim_of(claims, fa), claim_of(claims, fb)
            if ca is None or cb is None or ca.id == cb.id:
                continue
            reason = (f"{who(ca, text, names)} gives {_words(fa)} {fa.category}, "
                      f"{who(cb, text, names)} gives {_words(fb)}")
            yield ca, cb, fa.event if fa.event == fb.event else None, fa.id, reason


def same_count(fa: Figure, fb: Figure) -> bool:
    if fa.category != fb.category:
        return False
    return bool((fa.event and fa.event == fb.event) or (fa.place and fa.place == fb.place))


def compatible(fa: Figure, fb: Figure) -> bool:
    (a_lo, a_hi), (b_lo, b_hi) = bounds(fa), bounds(fb)
    return a_lo <= b_hi and b_lo <= a_hi


def bounds(figure: Figure) -> tuple[float, float]:
    low = float(figure.low) if figure.low is not None else float("-inf")
    high = float(figure.high) if figure.high is not None else float("inf")
    if figure.qualifier == "approximate":
        low, high = low * (1 - APPROX), high * (1 + APPROX)
    return low, high


def sources_differ(fa: Figure, fb: Figure, text: str) -> bool:
    if fa.attributed_to and fb.attributed_to:
        return fa.attributed_to != fb.attributed_to
    a = fa.attribution_span.of(text).lower() if fa.attribution_span else ""
    b = fb.attribution_span.of(text).lower() if fb.attribution_span else ""
    return a != b


def claim_of(claims: Sequence[Claim], figure: Figure) -> Claim | None:
    return next((c for c in claims if c.figure == figure.id or c.span.contains(figure.span)),
                None)


def differ(a: Claim, b: Claim, text: str) -> bool:
    """Different claimants: by actor when both are known, else by the words naming them."""
    if a.claimant and b.claimant:
        return a.claimant != b.claimant
    return _name(a.claimant_span, text) != _name(b.claimant_span, text)


def who(claim: Claim, text: str, names: dict[str, str]) -> str:
    if claim.claimant and claim.claimant in names:
        return names[claim.claimant]
    return claim.claimant_span.of(text) if claim.claimant_span else "the article"


def _name(span: Span | None, text: str) -> str:
    return span.of(text).lower() if span else ""


def _words(figure: Figure) -> str:
    try:
        return render(Quantity(figure.low, figure.high, figure.qualifier))
    except (ValueError, KeyError, TypeError):
        return f"{figure.low}-{figure.high}"
