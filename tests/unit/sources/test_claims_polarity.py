"""What counts as a denial, on hand-built parses: a negated fact in the past, present perfect or
present denies; a negated commitment, plan or modal does not; 'that is not true' denies with
nothing of its own; an explicit deny verb with a report, a matter or a gerund."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.lookup import actor_index
from newsevents.model import Quote, Span
from newsevents.stages.claims.rules import (
    denials,
    flat_denial,
    negated_fact,
    not_knowing,
)
from newsevents.stages.claims.words import load_claim_words
from newsevents.stages.claims import ClaimStage
from newsevents.stages.quotes.speech import load_lexicon

from .parses import actor, analysis_of, parsed

WORDS = load_claim_words()
LEXICON = load_lexicon()

# (rows, index of the clause head, is a negated fact)
CASES = {
    "have not shelled": ([
        ("Our", 1, "poss", "PRON", "our"), ("forces", 4, "nsubj", "NOUN", "force"),
        ("have", 4, "aux", "AUX", "have"), ("not", 4, "neg", "PART", "not"),
        ("shelled", 4, "ROOT", "VERB", "shell"), ("any", 6, "det", "DET", "any"),
        ("homes", 4, "dobj", "NOUN", "home")], 4, True),
    "did not attack": ([
        ("The", 1, "det", "DET", "the"), ("militia", 4, "nsubj", "NOUN", "militia"),
        ("did", 4, "aux", "AUX", "do"), ("not", 4, "neg", "PART", "not"),
        ("attack", 4, "ROOT", "VERB", "attack"), ("the", 6, "det", "DET", "the"),
        ("convoy", 4, "dobj", "NOUN", "convoy")], 4, True),
    "are not involved": ([
        ("We", 3, "nsubjpass", "PRON", "we"), ("are", 3, "auxpass", "AUX", "be"),
        ("not", 3, "neg", "PART", "not"), ("involved", 3, "ROOT", "VERB", "involve"),
        ("in", 3, "prep", "ADP", "in"), ("fighting", 4, "pobj", "NOUN", "fighting")], 3, True),
    "there are no troops": ([
        ("There", 1, "expl", "PRON", "there"), ("are", 1, "ROOT", "VERB", "be"),
        ("no", 4, "det", "DET", "no"), ("foreign", 4, "amod", "ADJ", "foreign"),
        ("troops", 1, "attr", "NOUN", "troop"), ("here", 1, "advmod", "ADV", "here")], 1, True),
    "will not allow": ([
        ("We", 3, "nsubj", "PRON", "we"), ("will", 3, "aux", "AUX", "will"),
        ("not", 3, "neg", "PART", "not"), ("allow", 3, "ROOT", "VERB", "allow"),
        ("the", 5, "det", "DET", "the"), ("rebels", 7, "nsubj", "NOUN", "rebel"),
        ("to", 7, "aux", "PART", "to"), ("cut", 3, "ccomp", "VERB", "cut"),
        ("roads", 7, "dobj", "NOUN", "road")], 3, False),
    "would not send": ([
        ("The", 1, "det", "DET", "the"), ("army", 4, "nsubj", "NOUN", "army"),
        ("would", 4, "aux", "AUX", "would"), ("not", 4, "neg", "PART", "not"),
        ("send", 4, "ROOT", "VERB", "send"), ("troops", 4, "dobj", "NOUN", "troop")], 4, False),
    "cannot accept": ([
        ("We", 3, "nsubj", "PRON", "we"), ("ca", 3, "aux", "AUX", "can"),
        ("n't", 3, "neg", "PART", "not"), ("accept", 3, "ROOT", "VERB", "accept"),
        ("this", 3, "dobj", "PRON", "this")], 3, False),
    "do not want": ([
        ("We", 3, "nsubj", "PRON", "we"), ("do", 3, "aux", "AUX", "do"),
        ("not", 3, "neg", "PART", "not"), ("want", 3, "ROOT", "VERB", "want"),
        ("a", 5, "det", "DET", "a"), ("war", 3, "dobj", "NOUN", "war")], 3, False),
    "is not going to": ([
        ("This", 3, "nsubj", "PRON", "this"), ("is", 3, "aux", "AUX", "be"),
        ("not", 3, "neg", "PART", "not"), ("going", 3, "ROOT", "VERB", "go"),
        ("to", 5, "aux", "PART", "to"), ("happen", 3, "xcomp", "VERB", "happen")], 3, False),
    "sent (not negated)": ([
        ("Iran", 1, "nsubj", "PROPN", "Iran"), ("sent", 1, "ROOT", "VERB", "send"),
        ("troops", 1, "dobj", "NOUN", "troop")], 1, False),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_negated_fact(name: str) -> None:
    rows, head, expected = CASES[name]
    parse = parsed(rows)
    assert negated_fact(parse, parse.tokens[head], words=WORDS) is expected


@pytest.mark.parametrize(("rows", "expected"), [
    ([("That", 1, "nsubj", "PRON", "that"), ("is", 1, "ROOT", "AUX", "be"),
      ("not", 1, "neg", "PART", "not"), ("true", 1, "acomp", "ADJ", "true")], True),
    ([("This", 1, "nsubj", "PRON", "this"), ("is", 1, "ROOT", "AUX", "be"),
      ("a", 3, "det", "DET", "a"), ("lie", 1, "attr", "NOUN", "lie")], True),
    ([("That", 1, "nsubj", "PRON", "that"), ("is", 1, "ROOT", "AUX", "be"),
      ("true", 1, "acomp", "ADJ", "true")], False),
    ([("The", 1, "det", "DET", "the"), ("bridge", 2, "nsubj", "NOUN", "bridge"),
      ("is", 2, "ROOT", "AUX", "be"), ("not", 2, "neg", "PART", "not"),
      ("safe", 2, "acomp", "ADJ", "safe")], False),
])
def test_flat_denial(rows, expected) -> None:  # type: ignore[no-untyped-def]
    parse = parsed(rows)
    assert flat_denial(parse, parse.tokens[1], words=WORDS) is expected


# '" We will not allow the rebels to cut roads , " a spokesman said .
#   " Our forces have not shelled any homes , " a commander said .'
SPEECH = [
    ("We", 3, "nsubj", "PRON", "we"), ("will", 3, "aux", "AUX", "will"),
    ("not", 3, "neg", "PART", "not"), ("allow", 12, "ccomp", "VERB", "allow"),
    ("the", 5, "det", "DET", "the"), ("rebels", 7, "nsubj", "NOUN", "rebel"),
    ("to", 7, "aux", "PART", "to"), ("cut", 3, "ccomp", "VERB", "cut"),
    ("roads", 7, "dobj", "NOUN", "road"), (",", 12, "punct", "PUNCT", ","),
    ("a", 11, "det", "DET", "a"), ("spokesman", 12, "nsubj", "NOUN", "spokesman"),
    ("said", 12, "ROOT", "VERB", "say"), (".", 12, "punct", "PUNCT", "."),
]


def _speech():  # type: ignore[no-untyped-def]
    rows = list(SPEECH)
    second = [("Our", 1, "poss", "PRON", "our"), ("forces", 4, "nsubj", "NOUN", "force"),
              ("have", 4, "aux", "AUX", "have"), ("not", 4, "neg", "PART", "not"),
              ("shelled", 10, "ccomp", "VERB", "shell"), ("any", 6, "det", "DET", "any"),
              ("homes", 4, "dobj", "NOUN", "home"), (",", 10, "punct", "PUNCT", ","),
              ("a", 9, "det", "DET", "a"), ("commander", 10, "nsubj", "NOUN", "commander"),
              ("said", 10, "ROOT", "VERB", "say"), (".", 10, "punct", "PUNCT", ".")]
    offset = len(rows)
    rows += [(w, h + offset, d, p, lem) for w, h, d, p, lem in second]
    parse = parsed(rows, sent_starts=[offset])
    text = parse.text
    spokesman = actor("a1", "army spokesman", text, "a spokesman", country="SDN", kind="agent")
    commander = actor("a2", "Rapid Support Forces", text, "a commander", country="SDN",
                      kind="armed_group")
    first_q = Span(0, text.index(" ,"))
    second_q = Span(text.index("Our"), text.index(" , a commander"))
    quotes = (
        Quote(id="q1", kind="direct", span=first_q, speaker="a1", cue="say",
              speaker_span=Span(text.index("a spokesman"), text.index("a spokesman") + 11)),
        Quote(id="q2", kind="direct", span=second_q, speaker="a2", cue="say",
              speaker_span=Span(text.index("a commander"), text.index("a commander") + 11)),
    )
    return parse, replace(analysis_of(parse, spokesman, commander), quotes=quotes)


def test_commitment_asserts_and_negated_fact_denies() -> None:
    parse, analysis = _speech()
    out = ClaimStage(LEXICON, WORDS)(analysis, parse)
    got = {c.span.of(parse.text): c.polarity for c in out.claims}
    assert got == {"We will not allow the rebels to cut roads": "asserts",
                   "Our forces have not shelled any homes": "denies"}


def _denials(rows):  # type: ignore[no-untyped-def]
    parse = parsed(rows)
    analysis = analysis_of(parse)
    return parse, list(denials(analysis, parse, lexicon=LEXICON, words=WORDS,
                               actors=actor_index(())))


def test_denied_gerund_and_matter_but_not_a_rejected_plan() -> None:
    parse, found = _denials([
        ("Iran", 1, "nsubj", "PROPN", "Iran"), ("denied", 1, "ROOT", "VERB", "deny"),
        ("sending", 1, "xcomp", "VERB", "send"), ("troops", 2, "dobj", "NOUN", "troop"),
        ("to", 2, "dative", "ADP", "to"), ("Iraq", 4, "pobj", "PROPN", "Iraq")])
    assert [(d.span.of(parse.text), d.bare, d.anaphoric) for d in found] == [
        ("sending troops to Iraq", False, True)]
    parse, found = _denials([
        ("The", 1, "det", "DET", "the"), ("group", 2, "nsubj", "NOUN", "group"),
        ("denied", 2, "ROOT", "VERB", "deny"), ("any", 4, "det", "DET", "any"),
        ("involvement", 2, "dobj", "NOUN", "involvement"), ("in", 4, "prep", "ADP", "in"),
        ("the", 7, "det", "DET", "the"), ("raid", 5, "pobj", "NOUN", "raid")])
    assert [d.span.of(parse.text) for d in found] == ["any involvement in the raid"]
    _, found = _denials([
        ("The", 1, "det", "DET", "the"), ("minister", 2, "nsubj", "NOUN", "minister"),
        ("rejected", 2, "ROOT", "VERB", "reject"), ("sending", 2, "xcomp", "VERB", "send"),
        ("troops", 3, "dobj", "NOUN", "troop")])
    assert found == []


def test_bare_denial_of_an_account() -> None:
    parse, found = _denials([
        ("The", 1, "det", "DET", "the"), ("rebels", 2, "nsubj", "NOUN", "rebel"),
        ("rejected", 2, "ROOT", "VERB", "reject"), ("the", 5, "det", "DET", "the"),
        ("army's", 5, "poss", "NOUN", "army"), ("account", 2, "dobj", "NOUN", "account")])
    (denial,) = found
    assert (denial.span.of(parse.text), denial.bare) == ("the army's account", True)


def test_not_knowing_is_a_doubt_not_a_denial() -> None:
    parse = parsed([
        ("It", 1, "nsubj", "PRON", "it"), ("was", 1, "ROOT", "AUX", "be"),
        ("not", 1, "neg", "PART", "not"), ("immediately", 1, "advmod", "ADV", "immediately"),
        ("clear", 1, "acomp", "ADJ", "clear"), ("what", 7, "nsubj", "PRON", "what"),
        ("had", 7, "aux", "AUX", "have"), ("caused", 1, "ccomp", "VERB", "cause"),
        ("the", 9, "det", "DET", "the"), ("blast", 7, "dobj", "NOUN", "blast")])
    was = parse.tokens[1]
    assert negated_fact(parse, was, words=WORDS) and not_knowing(parse, was, words=WORDS)
    shelled = parsed(CASES["have not shelled"][0])
    assert not not_knowing(shelled, shelled.tokens[4], words=WORDS)


def test_a_denied_matter_without_complement_is_bare() -> None:
    parse, found = _denials([
        ("Moscow", 1, "nsubj", "PROPN", "Moscow"), ("denied", 1, "ROOT", "VERB", "deny"),
        ("any", 3, "det", "DET", "any"), ("involvement", 1, "dobj", "NOUN", "involvement")])
    assert [(d.span.of(parse.text), d.bare) for d in found] == [("any involvement", True)]
