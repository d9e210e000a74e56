"""Claims (a proposition, who holds it, asserts|denies|uncertain) and the contradictions
between them.

Claims come from reported speech (each indirect or mixed quote, each sentence of a direct
quote), from denials of something reported ("denied the reports that …", "dismissed any
notion that …") and from doubts ("it is unclear whether …", "could not be confirmed"). A claim
is about the events and figures inside its span; a denial or doubt that answers an earlier
claim (`links`) is about that claim's event and figure. A denial and the assertion it
answers contradict each other when their claimants differ; so do two figures of one category
(and place or event) whose ranges cannot both be true.
"""
from __future__ import annotations

import bisect
from dataclasses import replace

from ...lookup import SpanPositions, actor_index
from ...model import ArticleAnalysis, Claim, Span
from ...parse import Parse
from ...registry import Resources
from ..base import updated
from .links import Context, Gist, Match, Mentions, bare_match, gist, relatedness
from .rules import ClaimDraft, denials, doubts, quote_claims
from .words import ClaimWords, load_claim_words
from .conflicts import contradictions
from ..quotes.speech import SourceLexicon, load_lexicon


ANSWER_REACH = 250  # sentences back a denial looks for the claim it answers (a long report
# is not searched from its start for every denial; a news article is shorter than this)


class ClaimStage:
    name = "claims.rules.v1"
    requires = frozenset({"article", "parse", "sentences", "actors", "quotes", "figures"})
    provides = frozenset({"claims", "contradictions"})

    def __init__(self, lexicon: SourceLexicon, words: ClaimWords | None = None) -> None:
        self.lexicon = lexicon
        self.words = words if words is not None else load_claim_words()

    def __call__(self, analysis: ArticleAnalysis, parse: Parse) -> ArticleAnalysis:
        ctx = Context(
            actors=Mentions((a.id, m) for a in analysis.actors for m in a.mentions),
            places=Mentions((p.id, m) for p in analysis.places for m in p.mentions),
            events=analysis.events, actor_of={a.id: a for a in analysis.actors},
            words=self.words, event_index=SpanPositions([e.trigger for e in analysis.events]))
        drafts = sorted(
            [*quote_claims(analysis, parse, lexicon=self.lexicon, words=self.words),
             *denials(analysis, parse, lexicon=self.lexicon, words=self.words,
                      actors=actor_index(analysis.actors)),
             *doubts(analysis, parse, lexicon=self.lexicon)],
            key=lambda d: (d.span.start, d.span.end))
        claims, answers = link(analysis, parse, _dedupe(drafts), ctx=ctx)
        found = contradictions(analysis, claims, answers=answers, words=self.words)
        return updated(analysis, self.name, claims=tuple(claims), contradictions=tuple(found))


def link(analysis: ArticleAnalysis, parse: Parse, drafts: list[ClaimDraft], *,
         ctx: Context) -> tuple[list[Claim], dict[str, str]]:
    """Ids, the event/figure each claim is about, and which earlier claim each denial or doubt
    answers (denial id -> answered claim id)."""
    claims: list[Claim] = []
    gists: list[Gist] = []
    answers: dict[str, str] = {}
    figures_at = SpanPositions([f.span for f in analysis.figures])
    sentences: list[int] = []  # of the gists, in order (claims come in text order)
    for k, draft in enumerate(drafts, start=1):
        g = gist(parse, draft.span, ctx=ctx, claimant=draft.claimant,
                 core=draft.polarity != "asserts")
        event, figure = inside(analysis, parse, draft.span, ctx=ctx, figures_at=figures_at)
        ident = f"c{k}"
        if draft.polarity != "asserts":
            lo = bisect.bisect_left(sentences, g.sentence - ANSWER_REACH)
            found = answered(claims[lo:], gists[lo:], draft, g, ctx=ctx, text=parse.text)
            if found is not None:
                earlier, about = found
                event, figure = about or earlier.event, earlier.figure
                answers[ident] = earlier.id
        claims.append(Claim(
            id=ident, polarity=draft.polarity, span=draft.span, claimant=draft.claimant,
            claimant_span=draft.claimant_span, event=event, figure=figure, quote=draft.quote))
        gists.append(g)
        sentences.append(g.sentence)
    return claims, answers


def answered(claims: list[Claim], gists: list[Gist], draft: ClaimDraft, g: Gist, *,
             ctx: Context, text: str) -> tuple[Claim, str | None] | None:
    """The earlier assertion (about an event or figure, by someone else) this denial or doubt
    answers most closely; the latest wins a tie."""
    best: tuple[Claim, str | None] | None = None
    best_score = 0
    for claim, other in zip(claims, gists):
        if claim.polarity != "asserts" or not (claim.event or claim.figure) or \
                same_source(claim, draft, text):
            continue
        match: Match | None
        if draft.bare:
            match = bare_match(g, other, claimant=draft.claimant, holder=claim.claimant, ctx=ctx)
        else:
            match = relatedness(g, other, ctx=ctx, anaphoric=draft.anaphoric)
        if match is not None and match.score >= best_score:
            best, best_score = (claim, match.event), match.score
    return best


def same_source(claim: Claim, draft: ClaimDraft, text: str) -> bool:
    """A source does not answer itself (by actor when both are known, else by its words)."""
    if claim.claimant and draft.claimant:
        return claim.claimant == draft.claimant
    if claim.claimant_span and draft.claimant_span:
        return claim.claimant_span.of(text).lower() == draft.claimant_span.of(text).lower()
    return False


def inside(analysis: ArticleAnalysis, parse: Parse, span: Span, *, ctx: Context,
           figures_at: SpanPositions) -> tuple[str | None, str | None]:
    """The event whose trigger is highest in the tree inside the span, and the first figure."""
    events = ctx.events_within(span)
    event = min(events, key=lambda e: _depth(parse, e.trigger), default=None)
    first = figures_at.within(span)[:1]
    figure = analysis.figures[first[0]] if first else None
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
    return ClaimStage(load_lexicon(), load_claim_words())
