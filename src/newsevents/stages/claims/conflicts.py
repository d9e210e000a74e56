"""Contradictions: a denial and the claim it answers, and figures that cannot agree.

A denial contradicts the assertion it answers (`links`) when their claimants differ (a
source repeating or correcting itself is not a dispute); each distinct (claim, denial) pair is
one record, so three denials of one claim make three. Two figures of one category about the
same event (or place, when one has no event) contradict when their ranges cannot both hold
(an approximate number is read as ±10 %) and different sources give them. Reasons name both sides with the verb agreeing
in number ("Iranian officials deny it", "the ministry denies it").
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from ...model import ArticleAnalysis, Claim, Contradiction, Figure, Span
from ...numbers import Quantity, render
from ...lookup import SpanPositions
from .words import ClaimWords

APPROX = 0.1
RIVALS = 200  # figures of one block compared with each figure (far more than an article has)
SINGULAR_KINDS = frozenset({"person", "country", "organization", "armed_group", "media"})
NAME_TAIL = re.compile(r"\s+(?:in|of|from|at|for|with|on|to)\s+|,|\(")
Found = tuple[Claim, Claim, str | None, str | None, str]


def contradictions(analysis: ArticleAnalysis, claims: Sequence[Claim], *,
                   answers: Mapping[str, str], words: ClaimWords) -> list[Contradiction]:
    namer = Namer(analysis, words)
    out: list[Contradiction] = []
    seen: set[frozenset[str]] = set()
    for a, b, event, figure, reason in [*_opposed(claims, answers, namer),
                                        *_figure_clashes(analysis, claims, namer)]:
        key = frozenset((a.id, b.id))
        if key in seen:
            continue
        seen.add(key)
        out.append(Contradiction(id=f"x{len(out) + 1}", claim_a=a.id, claim_b=b.id,
                                 reason=reason, event=event, figure=figure))
    return out


def _opposed(claims: Sequence[Claim], answers: Mapping[str, str], namer: Namer
             ) -> Iterator[Found]:
    by_id = {c.id: c for c in claims}
    for denial_id, claim_id in answers.items():
        yes, no = by_id.get(claim_id), by_id.get(denial_id)
        if yes is None or no is None or (yes.polarity, no.polarity) != ("asserts", "denies"):
            continue
        if not differ(yes, no, namer.text):
            continue
        reason = (f"{namer.says(yes, 'asserts')} \u201c{yes.span.of(namer.text)}\u201d; "
                  f"{namer.says(no, 'denies')} it: \u201c{no.span.of(namer.text)}\u201d")
        yield yes, no, no.event or yes.event, yes.figure, reason


def _figure_clashes(analysis: ArticleAnalysis, claims: Sequence[Claim], namer: Namer
                    ) -> Iterator[Found]:
    text = analysis.article.text
    figures = analysis.figures
    owner = ClaimOwner(claims)
    for k, j in rival_pairs(figures):
        fa, fb = figures[k], figures[j]
        if not same_count(fa, fb) or compatible(fa, fb) or not sources_differ(fa, fb, text):
            continue
        ca, cb = owner.of(fa), owner.of(fb)
        if ca is None or cb is None or ca.id == cb.id:
            continue
        reason = (f"{namer.says(ca, 'gives')} {_words(fa)} {fa.category}, "
                  f"{namer.says(cb, 'gives')} {_words(fb)}")
        yield ca, cb, fa.event if fa.event == fb.event else None, fa.id, reason


def rival_pairs(figures: Sequence[Figure]) -> list[tuple[int, int]]:
    """The pairs (k < j) that `same_count` can accept, in the order of a scan over all pairs:
    figures of one category and event, or of one category and place when either has no
    event; each figure meets at most RIVALS earlier figures of its block, so a long report is
    not compared all with all."""
    by_event: dict[tuple[str, str], list[int]] = {}
    by_place: dict[tuple[str, str], tuple[list[int], list[int]]] = {}  # (all, without event)
    pairs: set[tuple[int, int]] = set()
    for j, figure in enumerate(figures):
        if figure.event:
            members = by_event.setdefault((figure.category, figure.event), [])
            pairs.update((k, j) for k in members[-RIVALS:])
            members.append(j)
        if figure.place:
            every, eventless = by_place.setdefault((figure.category, figure.place), ([], []))
            pairs.update((k, j) for k in (eventless if figure.event else every)[-RIVALS:])
            every.append(j)
            if not figure.event:
                eventless.append(j)
    return sorted(pairs)


class ClaimOwner:
    """The first claim about a figure, or holding it (what a scan of the claims finds)."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self.claims = claims
        self.about: dict[str, int] = {}
        for k, claim in enumerate(claims):
            if claim.figure:
                self.about.setdefault(claim.figure, k)
        self.spans = SpanPositions([c.span for c in claims])

    def of(self, figure: Figure) -> Claim | None:
        found = [k for k in (self.about.get(figure.id),) if k is not None]
        found += self.spans.containing(figure.span)[:1]
        return self.claims[min(found)] if found else None


class Namer:
    """Names a claim's claimant, with a verb agreeing in number."""

    def __init__(self, analysis: ArticleAnalysis, words: ClaimWords) -> None:
        self.text = analysis.article.text
        self.actors = {a.id: a for a in analysis.actors}
        self.words = words

    def who(self, claim: Claim) -> str:
        actor = self.actors.get(claim.claimant) if claim.claimant else None
        if actor is not None:
            return actor.name
        return claim.claimant_span.of(self.text) if claim.claimant_span else "the article"

    def says(self, claim: Claim, verb: str) -> str:
        """'Iranian officials deny', 'the ministry denies' (`verb` in its -s form)."""
        actor = self.actors.get(claim.claimant) if claim.claimant else None
        name = self.who(claim)
        singular = (actor is not None and actor.kind in SINGULAR_KINDS) or \
            not plural_name(name, self.words)
        return f"{name} {verb if singular else plural_verb(verb)}"


def plural_name(name: str, words: ClaimWords) -> bool:
    """The head noun of a group's name is plural: 'two local officials', 'aid agencies';
    not 'a senior official in Baghdad', 'Reuters'."""
    head = NAME_TAIL.split(name.strip(), maxsplit=1)[0].split()
    if not head:
        return False
    word = head[-1].lower().strip("\u2019'")
    if words.has("plural_words", word):
        return True
    if len(head) == 1 and head[0][:1].isupper():
        return False
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ics"))


def plural_verb(verb: str) -> str:
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    return verb[:-2] if verb.endswith("es") and verb[-3] in "sxz" else verb[:-1]


def same_count(fa: Figure, fb: Figure) -> bool:
    """One category, and one event, or one place when either has no event (a day's toll and
    a war's toll in the same country count different things)."""
    if fa.category != fb.category:
        return False
    if fa.event and fb.event:
        return fa.event == fb.event
    return bool(fa.place and fa.place == fb.place)


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


def differ(a: Claim, b: Claim, text: str) -> bool:
    """Different claimants: by actor when both are known, else by the words naming them."""
    if a.claimant and b.claimant:
        return a.claimant != b.claimant
    return _name(a.claimant_span, text) != _name(b.claimant_span, text)


def _name(span: Span | None, text: str) -> str:
    return span.of(text).lower() if span else ""


def _words(figure: Figure) -> str:
    try:
        return render(Quantity(figure.low, figure.high, figure.qualifier))
    except (ValueError, KeyError, TypeError):
        return f"{figure.low}-{figure.high}"
