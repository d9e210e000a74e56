"""Claims and contradictions on hand-built analyses: polarity, linking a denial of "the
reports" to the earlier claim, a denial of something else, and a claimant repeating itself."""
from __future__ import annotations

from dataclasses import replace

from newsevents.model import Figure, Quote, Span
from newsevents.stages.claims import ClaimStage
from newsevents.stages.claims.conflicts import compatible
from newsevents.stages.quotes.speech import load_lexicon

from .parses import actor, analysis_of, parsed

STAGE = ClaimStage(load_lexicon())

# "Officials said Iran sent 500 troops . Tehran denied the reports that its troops were there ."
ROWS = [
    ("Officials", 1, "nsubj", "NOUN", "official"), ("said", 1, "ROOT", "VERB", "say"),
    ("Iran", 3, "nsubj", "PROPN", "Iran"), ("sent", 1, "ccomp", "VERB", "send"),
    ("500", 5, "nummod", "NUM", "500"), ("troops", 3, "dobj", "NOUN", "troop"),
    (".", 1, "punct", "PUNCT", "."),
    ("Tehran", 8, "nsubj", "PROPN", "Tehran"), ("denied", 8, "ROOT", "VERB", "deny"),
    ("the", 10, "det", "DET", "the"), ("reports", 8, "dobj", "NOUN", "report"),
    ("that", 14, "mark", "SCONJ", "that"), ("its", 13, "poss", "PRON", "its"),
    ("troops", 14, "nsubj", "NOUN", "troop"), ("were", 10, "acl", "AUX", "be"),
    ("there", 14, "advmod", "ADV", "there"), (".", 8, "punct", "PUNCT", "."),
]


def _setup(rows=ROWS, sent_starts=(7,)):  # type: ignore[no-untyped-def]
    parse = parsed(rows, sent_starts=list(sent_starts))
    text = parse.text
    iran = actor("a1", "Iran", text, "Iran", "Tehran", country="IRN", kind="country")
    officials = actor("a2", "officials", text, "Officials", kind="agent")
    base = analysis_of(parse, iran, officials)
    content = Span(text.index("Iran sent"), text.index("troops") + len("troops"))
    quote = Quote(id="q1", kind="indirect", span=content, speaker="a2",
                  speaker_span=Span(0, len("Officials")), cue="say")
    figure = Figure(id="f1", category="troops", low=500, high=500, qualifier="exact",
                    span=Span(text.index("500"), content.end))
    return parse, replace(base, quotes=(quote,), figures=(figure,))


def test_assertion_denial_and_their_contradiction() -> None:
    parse, analysis = _setup()
    out = STAGE(analysis, parse)
    claims = {c.polarity: c for c in out.claims}
    assert claims["asserts"].figure == "f1" and claims["asserts"].claimant == "a2"
    denial = claims["denies"]
    assert denial.span.of(parse.text) == "its troops were there"
    assert (denial.claimant, denial.figure) == ("a1", "f1")
    (found,) = out.contradictions
    assert (found.claim_a, found.claim_b, found.figure) == (
        claims["asserts"].id, denial.id, "f1")
    assert "denies" in found.reason


def test_denial_of_something_else_is_not_linked() -> None:
    rows = list(ROWS)
    rows[9:16] = [("the", 10, "det", "DET", "the"), ("reports", 8, "dobj", "NOUN", "report"),
                  ("that", 14, "mark", "SCONJ", "that"), ("fuel", 13, "compound", "NOUN", "fuel"),
                  ("prices", 14, "nsubj", "NOUN", "price"), ("rose", 10, "acl", "VERB", "rise"),
                  ("sharply", 14, "advmod", "ADV", "sharply")]
    parse, analysis = _setup(rows)
    out = STAGE(analysis, parse)
    denial = next(c for c in out.claims if c.polarity == "denies")
    assert denial.figure is None and denial.event is None
    assert out.contradictions == ()


def test_same_claimant_is_no_contradiction() -> None:
    parse, analysis = _setup()
    officials = next(a for a in analysis.actors if a.id == "a2")
    tehran = Span(parse.text.index("Tehran"), parse.text.index("Tehran") + 6)
    same = replace(officials, mentions=officials.mentions + (tehran,))
    others = tuple(replace(a, mentions=tuple(m for m in a.mentions if m != tehran))
                   for a in analysis.actors if a.id != "a2")
    out = STAGE(replace(analysis, actors=(same, *others)), parse)
    assert out.contradictions == ()


def test_works_without_actors_quotes_or_figures() -> None:
    parse, analysis = _setup()
    bare = replace(analysis, actors=(), quotes=(), figures=())
    out = STAGE(bare, parse)
    assert [c.polarity for c in out.claims] == ["denies"]
    assert out.contradictions == ()


def test_incompatible_ranges() -> None:
    def fig(low, high, qualifier):  # type: ignore[no-untyped-def]
        return Figure(id="f", category="killed", low=low, high=high, qualifier=qualifier,
                      span=Span(0, 1))

    assert not compatible(fig(500, 500, "exact"), fig(None, 99, "less_than"))
    assert compatible(fig(500, 500, "approximate"), fig(540, 540, "exact"))
    assert compatible(fig(100, 999, "vague"), fig(None, 999, "less_than"))
    assert not compatible(fig(500_001, None, "more_than"), fig(200, 999, "vague"))
