"""The "Disputed" section: a claim denied three times is listed once, its denials beneath it,
with no verb to agree with a plural name."""
from __future__ import annotations

from newsevents.model import Actor, ArticleAnalysis, Claim, Contradiction, Span
from newsevents.report.sources import render_disputes
from tests.conftest import make_article

TEXT = "Iran sent 500 troops. We sent none. Nobody was sent. It is a lie."


def _span(part: str) -> Span:
    start = TEXT.index(part)
    return Span(start, start + len(part))


def test_repeated_denials_sit_under_one_claim() -> None:
    claims = (
        Claim(id="c1", polarity="asserts", span=_span("Iran sent 500 troops"),
              claimant_span=_span("Iran"), event="e1"),
        Claim(id="c2", polarity="denies", span=_span("We sent none"), claimant="a1"),
        Claim(id="c3", polarity="denies", span=_span("Nobody was sent"), claimant="a1"),
        Claim(id="c4", polarity="denies", span=_span("It is a lie"), claimant="a2"),
    )
    found = tuple(Contradiction(id=f"x{k}", claim_a="c1", claim_b=c, reason="r", event="e1")
                  for k, c in enumerate(("c2", "c3", "c4"), start=1))
    analysis = ArticleAnalysis(
        article=make_article(TEXT), claims=claims, contradictions=found,
        actors=(Actor(id="a1", name="Iranian officials", kind="agent"),
                Actor(id="a2", name="Hassan Rouhani", kind="person")))
    lines = render_disputes(analysis).splitlines()
    assert lines[2] == "- c1, asserted by **Iran**: \u201cIran sent 500 troops\u201d (event e1)"
    assert lines[3:] == [
        "  - c2, denied by **Iranian officials**: \u201cWe sent none\u201d",
        "  - c3, denied by **Iranian officials**: \u201cNobody was sent\u201d",
        "  - c4, denied by **Hassan Rouhani**: \u201cIt is a lie\u201d",
    ]
