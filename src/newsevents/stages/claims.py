"""Claims (a proposition, who holds it, asserts|denies|uncertain) and the contradictions
between them.

Claims come from reported speech (each indirect or mixed quote, each sentence of a direct
quote), from denials of something reported ("denied the reports that …", "dismissed any
notion that …") and from doubts ("it is unclear whether …", "could not be confirmed"). A claim
is about the events and figures inside its span; a denial or doubt that answers an earlier
claim (`claim_links`) is about that claim's event and figure. Two claims about the same event
or figure with opposite polarity from different claimants contradict each other; so do two
figures of one category (and place or event) whose ranges cannot both be true.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from ..lookup import SpanIndex, actor_index
from ..model import ArticleAnalysis, Claim, Span
from ..parse import Parse
from ..registry import Resources
from .base import updated
from .claim_links import Gist, gist, relatedness
from .claim_rules import ClaimDraft, doubts, denials, quote_claims
from .conflicts import contradictions
from .speech import SourceLexicon, load_lexicon


class ClaimStage:
    name = "claims.rules.v1"
    requires = frozenset({"article", "parse", "sentences", "actors", "quotes", "figures"})
    provides = frozenset({"claims", "contradictions"})

    def __init__(self, lexicon: SourceLexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, analysis: ArticleAnalysis, parse: Parse) -> ArticleAnalysis:
        index = actor_index(analysis.actors)
        drafts = sorted(
            [*quote_claims(analysis, parse, lexicon=self.lexicon),
             *denials(analysis, parse, lexicon=self.lexicon, actors=index),
             *doubts(analysis, parse, lexicon=self.lexicon)],
            key=lambda d: (d.span.start, d.span.end))
        claims = link(analysis, parse, _dedupe(drafts), actors=index,
                      groups=self.lexicon.groups)
        found = contradictions(analysis, claims)
        return updated(analysis, self.name, claims=tuple(claims), contradictions=tuple(found))


def link(analysis: ArticleAnalysis, parse: Parse, drafts: list[ClaimDraft], *,
         actors: SpanIndex, groups: Mapping[str, str]) -> list[Claim]:
    """Ids, and the event/figure each claim is about."""
    countries = {a.id: a.country for a in analysis.actors}
    claims: list[Claim] = []
    gists: list[Gist] = []
    for k, draft in enumerate(drafts, start=1):
        g = gist(parse, draft.span, actors=actors, claimant=draft.claimant, groups=groups)
        event, figure = inside(analysis, parse, draft.span)
        if draft.polarity != "asserts" or draft.anaphoric:
            earlier = answered(claims, gists, g, countries=countries)
            if earlier is not None:
                event, figure = earlier.event or event, earlier.figure or figure
            elif draft.anaphoric and draft.polarity == "denies":
                event = figure = None
        claims.append(Claim(
            id=f"c{k}", polarity=draft.polarity, span=draft.span, claimant=draft.claimant,
            claimant_span=draft.claimant_span, event=event, figure=figure, quote=draft.quote))
        gists.append(g)
    return claims


def answered(claims: list[Claim], gists: list[Gist], g: Gist, *,
             countries: dict[str, str | None]) -> Claim | None:
    """The earlier asserting claim (with an event or figure) this one speaks about most
    closely; the latest wins a tie."""
    best, best_score = None, 0
    for claim, other in zip(claims, gists):
        if claim.polarity != "asserts" or not (claim.event or claim.figure):
            continue
        score = relatedness(other, g, countries=countries)
        if score and score >= best_score:
            best, best_score = claim, score
    return best


def inside(analysis: ArticleAnalysis, parse: Parse, span: Span) -> tuple[str | None, str | None]:
    """The event whose trigger is highest in the tree inside the span, and the first figure."""
    events = [e for e in analysis.events if span.contains(e.trigger)]
    event = min(events, key=lambda e: _depth(parse, e.trigger), default=None)
    figure = next((f for f in analysis.figures if span.contains(f.span)), None)
    return (event.id if event else None), (figure.id if figure else None)


def _depth(parse: Parse, span: Span) -> int:
    tok = parse.token_at(span.start)
    return len(parse.ancestors(tok.i)) if tok is not None else 99


def _dedupe(drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """One claim per span: a denial found twice (as speech and as a denial) is kept once."""
    out: list[ClaimDraft] = []
    for draft in drafts:
        if out and out[-1].span == draft.span:
            if draft.polarity != "asserts":
                out[-1] = replace(draft, quote=out[-1].quote or draft.quote)
            continue
        out.append(draft)
    return out


def make_stage(resources: Resources) -> ClaimStage:
    return ClaimStage(load_lexicon())
