"""Which earlier claim a denial answers, on hand-built gists: the same kind of event, the same
side (and never a clashing one), a shared place; a bare denial answers the one it names; and
the contradictions that follow, with verbs agreeing in number."""
from __future__ import annotations

from newsevents.model import Actor, ArticleAnalysis, Claim, Event, Figure, Span
from newsevents.stages.claims.links import (
    Context,
    Gist,
    Mentions,
    bare_match,
    core_tokens,
    gist,
    relatedness,
    same_side,
    side_relation,
)
from newsevents.stages.claims.words import load_claim_words
from newsevents.stages.claims.conflicts import Namer, contradictions, plural_name, same_count
from tests.conftest import make_article

from .parses import parsed

WORDS = load_claim_words()
ACTORS = (
    Actor(id="rsf", name="Rapid Support Forces", kind="armed_group", country="SDN",
          sector="REB"),
    Actor(id="army", name="Sudanese army", kind="agent", country="SDN", sector="MIL"),
    Actor(id="spox", name="army spokesman", kind="agent", country="SDN", sector="GOV"),
    Actor(id="iran", name="Iran", kind="country", country="IRN"),
    Actor(id="irn_officials", name="Iranian officials", kind="agent", country="IRN",
          sector="GOV"),
    Actor(id="iraqis", name="Iraqi volunteers", kind="agent", country="IRQ", sector="CVL"),
    Actor(id="band", name="paramilitary force", kind="agent", sector="UAF"),
)
CTX = Context(actors=Mentions(()), places=Mentions(()), events=(),
              actor_of={a.id: a for a in ACTORS}, words=WORDS)


def event(ident: str, code: str, *sources: str) -> Event:
    return Event(id=ident, plover_type="ASSAULT", plover_mode=None, cameo_code=code,
                 quad_class=4, intensity=-9.0, trigger=Span(0, 1), sentence=0,
                 source_actors=sources)


def g(*topics: str, events=(), side=(), places=(), owners=(), sentence=0) -> Gist:  # type: ignore[no-untyped-def]
    return Gist(topics=frozenset(topics), events=tuple(events), side=frozenset(side),
                places=frozenset(places), owners=frozenset(owners), sentence=sentence)


# "Our forces have not shelled any homes in Shendi" (an RSF commander)
SHELL_DENIAL = g("shell", "home", "deploy", events=[(event("d", "194"), "shell")],
                 side={"rsf"}, places={"shendi"})
# "Fighters of the RSF seized a bridge near Shendi" / "The force took the crossing after heavy
# shelling" / "The army sent 2,000 troops to retake the bridge"
SEIZED = g("seize", "bridge", "strategic", events=[(event("e1", "1711", "rsf"), "seize")],
           side={"rsf"}, places={"shendi"})
SHELLED = g("seize", "crossing", "shell", "heavy", "deploy",
            events=[(event("e4", "192", "band"), "seize"), (event("e5", "194"), "shell")],
            side={"band"})
SENT = g("deploy", "retake", "bridge", events=[(event("e6", "154", "army"), "deploy"),
                                               (event("e7", "192", "army"), "seize")],
         side={"army"})


def test_denial_answers_the_claim_about_the_same_kind_of_event() -> None:
    assert relatedness(SHELL_DENIAL, SEIZED, ctx=CTX, anaphoric=False) is None
    match = relatedness(SHELL_DENIAL, SHELLED, ctx=CTX, anaphoric=False)
    assert match is not None and match.event == "e5"  # the shelling, not the seizure


def test_a_clashing_side_is_never_answered() -> None:
    # the rebels' "our forces" is not the army: no answer even with shared topics
    assert relatedness(SHELL_DENIAL, SENT, ctx=CTX, anaphoric=True) is None


def test_one_shared_topic_needs_an_explicit_denial_or_the_same_side() -> None:
    # "We are not involved in fighting" (an Iranian official) vs "Iran sent troops to fight"
    # and "Iraqi volunteers came forward to fight"
    denial = g("deploy", "fight", side={"irn_officials"})
    sent = g("deploy", "fight", events=[(event("s", "072", "iran"), "deploy")], side={"iran"})
    volunteers = g("fight", "step", events=[(event("v", "190", "iraqis"), "fight")],
                   side={"iraqis"})
    assert relatedness(denial, volunteers, ctx=CTX, anaphoric=False) is None
    match = relatedness(denial, sent, ctx=CTX, anaphoric=False)
    assert match is not None and match.event == "s"
    weak = g("deploy", side=())
    assert relatedness(weak, g("deploy", "raise"), ctx=CTX, anaphoric=False) is None
    assert relatedness(weak, g("deploy", "raise"), ctx=CTX, anaphoric=True) is not None
    # nothing in common: a denial of something else
    assert relatedness(g("fuel", "price", "rise", side={"iran"}), sent, ctx=CTX,
                       anaphoric=True) is None


def test_sharing_a_word_is_not_enough_without_a_kind_of_event() -> None:
    # "it is unclear whether the border crossing will reopen" vs "sent 300 border troops"
    doubt = g("border", "crossing", "reopen")
    troops = g("deploy", "border", events=[(event("t", "154"), "deploy")])
    assert relatedness(doubt, troops, ctx=CTX, anaphoric=True) is None
    # the same event code is a kind of event even when the words differ
    same_code = g("pound", events=[(event("p", "194"), "pound")])
    match = relatedness(same_code, SHELLED, ctx=CTX, anaphoric=True)
    assert match is not None and match.event == "e5"


def test_a_shared_place_breaks_a_tie() -> None:
    here = g("deploy", events=[(event("a", "154"), "deploy")], places={"shendi"})
    there = g("deploy", events=[(event("b", "154"), "deploy")], places={"atbara"})
    denial = g("deploy", places={"shendi"})
    near = relatedness(denial, here, ctx=CTX, anaphoric=True)
    far = relatedness(denial, there, ctx=CTX, anaphoric=True)
    assert near is not None and far is not None and near.score > far.score


def test_sides() -> None:
    by = CTX.actor_of
    assert same_side(by["army"], by["spox"], WORDS) is True  # organs of one state
    assert same_side(by["rsf"], by["army"], WORDS) is False  # rebels are not the army
    assert same_side(by["iran"], by["irn_officials"], WORDS) is True
    assert same_side(by["iran"], by["iraqis"], WORDS) is False
    assert same_side(by["band"], by["rsf"], WORDS) is None
    assert side_relation(frozenset({"rsf"}), frozenset({"army", "band"}), ctx=CTX) == 0
    assert side_relation(frozenset({"irn_officials"}), frozenset({"iran"}), ctx=CTX) == 1
    assert side_relation(frozenset({"rsf"}), frozenset({"army"}), ctx=CTX) == -1


def test_bare_denial_answers_whom_it_names_or_the_denier() -> None:
    account = g(owners={"army"})
    assert bare_match(account, SENT, claimant="rsf", holder="army", ctx=CTX) is not None
    assert bare_match(account, SEIZED, claimant="rsf", holder="spox", ctx=CTX) is None
    reports = g(sentence=5)  # "Iran denied the reports."
    sent = g("deploy", side={"iran"})
    assert bare_match(reports, sent, claimant="irn_officials", holder=None, ctx=CTX)
    assert bare_match(reports, SENT, claimant="irn_officials", holder=None, ctx=CTX) is None
    just_before = g("flee", sentence=4)
    near = bare_match(reports, just_before, claimant="irn_officials", holder=None, ctx=CTX)
    assert near is not None and near.score > 1


TEXT = "Iran sent 500 troops. No. No. No. Fighting rose."


def _claim(ident: str, polarity: str, claimant: str, start: int, end: int,
           figure: str | None = None) -> Claim:
    return Claim(id=ident, polarity=polarity, span=Span(start, end), claimant=claimant,
                 event="e1", figure=figure)


def test_each_denial_is_its_own_contradiction_and_pairs_are_not_repeated() -> None:
    claims = [
        _claim("c1", "asserts", "officials", 0, 20, figure="f1"),
        _claim("c2", "denies", "irn_officials", 22, 24),
        _claim("c3", "denies", "irn_officials", 26, 28),
        _claim("c4", "denies", "officials", 30, 32),  # the same source: no dispute
    ]
    analysis = ArticleAnalysis(
        article=make_article(TEXT), actors=ACTORS + (
            Actor(id="officials", name="a senior official in Baghdad", kind="agent"),),
        figures=(Figure(id="f1", category="troops", low=500, high=500, qualifier="exact",
                        span=Span(10, 20)),))
    found = contradictions(analysis, claims, answers={"c2": "c1", "c3": "c1", "c4": "c1"},
                           words=WORDS)
    assert [(x.claim_a, x.claim_b, x.figure) for x in found] == [
        ("c1", "c2", "f1"), ("c1", "c3", "f1")]
    assert found[0].reason == (
        "a senior official in Baghdad asserts \u201cIran sent 500 troops\u201d; "
        "Iranian officials deny it: \u201cNo\u201d")


def test_verbs_agree_with_plural_sources() -> None:
    analysis = ArticleAnalysis(article=make_article(TEXT), actors=ACTORS)
    namer = Namer(analysis, WORDS)
    assert namer.says(Claim(id="c", polarity="denies", span=Span(0, 1),
                            claimant="irn_officials"), "denies") == "Iranian officials deny"
    assert namer.says(Claim(id="c", polarity="denies", span=Span(0, 1),
                            claimant="rsf"), "denies") == "Rapid Support Forces denies"
    assert plural_name("two local officials", WORDS)
    assert plural_name("aid agencies", WORDS)
    assert not plural_name("a senior security official in Baghdad", WORDS)
    assert not plural_name("Reuters", WORDS)
    assert not plural_name("the finance ministry", WORDS)


def test_a_denial_is_read_in_its_main_clause_only() -> None:
    # "There was no resistance in the house where a rebel fired at troops"
    parse = parsed([
        ("There", 1, "expl", "PRON", "there"), ("was", 1, "ROOT", "VERB", "be"),
        ("no", 3, "det", "DET", "no"), ("resistance", 1, "attr", "NOUN", "resistance"),
        ("in", 3, "prep", "ADP", "in"), ("the", 6, "det", "DET", "the"),
        ("house", 4, "pobj", "NOUN", "house"), ("where", 10, "advmod", "SCONJ", "where"),
        ("a", 9, "det", "DET", "a"), ("rebel", 10, "nsubj", "NOUN", "rebel"),
        ("fired", 6, "relcl", "VERB", "fire"), ("at", 10, "prep", "ADP", "at"),
        ("troops", 11, "pobj", "NOUN", "troop")])
    whole = Span(0, len(parse.text))
    assert " ".join(t.text for t in core_tokens(parse, whole)) == \
        "There was no resistance in the house"
    assert gist(parse, whole, ctx=CTX, claimant=None, core=True).topics == frozenset(
        {"resistance", "house"})
    assert "deploy" in gist(parse, whole, ctx=CTX, claimant=None).topics


def test_figures_of_different_events_in_one_place_do_not_clash() -> None:
    def fig(event, place):  # type: ignore[no-untyped-def]
        return Figure(id="f", category="killed", low=48, high=48, qualifier="exact",
                      span=Span(0, 1), event=event, place=place)

    assert not same_count(fig("e1", "syria"), fig("e2", "syria"))
    assert same_count(fig("e1", "syria"), fig("e1", None))
    assert same_count(fig(None, "syria"), fig("e2", "syria"))
