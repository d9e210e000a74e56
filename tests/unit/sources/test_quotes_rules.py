"""Quote rules on hand-built parses: indirect, direct with the cue after or before, speakers
resolved through the actors, speakers carried over, scare quotes, nesting, empty actors."""
from __future__ import annotations

from newsevents.stages.quotes import QuoteStage
from newsevents.stages.quotes.speech import load_lexicon

from .parses import actor, analysis_of, parsed

STAGE = QuoteStage(load_lexicon())


def run(parse, *actors):  # type: ignore[no-untyped-def]
    return STAGE(analysis_of(parse, *actors), parse).quotes


def test_indirect_speech_with_that() -> None:
    parse = parsed([
        ("Rouhani", 1, "nsubj", "PROPN", "Rouhani"), ("said", 1, "ROOT", "VERB", "say"),
        ("that", 4, "mark", "SCONJ", "that"), ("Iran", 4, "nsubj", "PROPN", "Iran"),
        ("sent", 1, "ccomp", "VERB", "send"), ("troops", 4, "dobj", "NOUN", "troop"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    (quote,) = run(parse, actor("a1", "Hassan Rouhani", parse.text, "Rouhani"))
    assert (quote.kind, quote.span.of(parse.text), quote.speaker, quote.cue) == (
        "indirect", "Iran sent troops", "a1", "say")
    assert quote.speaker_span.of(parse.text) == "Rouhani"
    assert quote.cue_span.of(parse.text) == "said"


def test_direct_quote_with_pronoun_speaker_resolved_by_actors() -> None:
    rows = [
        ("\u201cWe", 2, "nsubj", "PRON", "we"), ("will", 2, "aux", "AUX", "will"),
        ("win,\u201d", 4, "ccomp", "VERB", "win"), ("he", 4, "nsubj", "PRON", "he"),
        ("said.", 4, "ROOT", "VERB", "say"),
    ]
    parse = parsed(rows)
    he = parse.text.index("he")
    maliki = actor("a6", "Nuri al-Maliki", parse.text, "he")
    assert maliki.mentions[0].start == he
    (quote,) = run(parse, maliki)
    assert quote.kind == "direct"
    assert quote.span.of(parse.text) == "We will win"
    assert (quote.speaker, quote.speaker_span.of(parse.text), quote.cue) == ("a6", "he", "say")


def test_speaker_named_after_the_cue() -> None:
    parse = parsed([
        ("\u201cWe", 2, "nsubj", "PRON", "we"), ("will", 2, "aux", "AUX", "will"),
        ("win,\u201d", 3, "ccomp", "VERB", "win"), ("said", 3, "ROOT", "VERB", "say"),
        ("Obama.", 3, "nsubj", "PROPN", "Obama"),
    ])
    (quote,) = run(parse, actor("a13", "Barack Obama", parse.text, "Obama"))
    assert (quote.speaker, quote.speaker_span.of(parse.text)) == ("a13", "Obama.")


def test_cue_before_the_quote_and_title_as_speaker() -> None:
    parse = parsed([
        ("The", 1, "det", "DET", "the"), ("President", 2, "nsubj", "PROPN", "President"),
        ("said:", 2, "ROOT", "VERB", "say"), ("\u201cWe", 5, "nsubj", "PRON", "we"),
        ("will", 5, "aux", "AUX", "will"), ("wait.\u201d", 2, "ccomp", "VERB", "wait"),
    ])
    (quote,) = run(parse, actor("a13", "Barack Obama", parse.text, "The President"))
    assert quote.span.of(parse.text) == "We will wait."
    assert quote.speaker == "a13"


def test_quote_paragraph_without_cue_continues_previous_speaker() -> None:
    rows = [
        ("\u201cWe", 2, "nsubj", "PRON", "we"), ("will", 2, "aux", "AUX", "will"),
        ("stay,\u201d", 4, "ccomp", "VERB", "stay"), ("she", 4, "nsubj", "PRON", "she"),
        ("said.", 4, "ROOT", "VERB", "say"),
        ("\u201cOur", 6, "poss", "PRON", "our"), ("army", 7, "nsubj", "NOUN", "army"),
        ("holds", 7, "ROOT", "VERB", "hold"), ("the", 9, "det", "DET", "the"),
        ("line.\u201d", 7, "dobj", "NOUN", "line"),
    ]
    parse = parsed(rows, sent_starts=[5], sep=[" "] * 4 + ["\n\n"] + [" "] * 4)
    quotes = run(parse, actor("a2", "Navi Pillay", parse.text, "she"))
    assert [q.span.of(parse.text) for q in quotes] == ["We will stay", "Our army holds the line."]
    assert [q.speaker for q in quotes] == ["a2", "a2"]
    assert quotes[1].cue is None


def test_scare_quotes_are_not_quotes() -> None:
    parse = parsed([
        ("The", 2, "det", "DET", "the"), ("\u201cpeace", 2, "compound", "NOUN", "peace"),
        ("plan\u201d", 3, "nsubj", "NOUN", "plan"), ("failed.", 3, "ROOT", "VERB", "fail"),
    ])
    assert run(parse) == ()


def test_nested_quote_is_part_of_the_outer_quote_and_inner_cue_ignored() -> None:
    rows = [
        ("\u201cThey", 1, "nsubj", "PRON", "they"), ("told", 7, "ccomp", "VERB", "tell"),
        ("us", 1, "dobj", "PRON", "we"), ("\u2018leave", 1, "ccomp", "VERB", "leave"),
        ("now,\u2019\u201d", 3, "advmod", "ADV", "now"), ("a", 6, "det", "DET", "a"),
        ("resident", 7, "nsubj", "NOUN", "resident"), ("said.", 7, "ROOT", "VERB", "say"),
    ]
    parse = parsed(rows)
    (quote,) = run(parse)
    assert quote.span.of(parse.text) == "They told us \u2018leave now,\u2019"
    assert quote.speaker_span.of(parse.text) == "a resident"
    assert quote.speaker is None  # no actors: kept, unattributed to an actor


def test_according_to() -> None:
    parse = parsed([
        ("According", 5, "prep", "VERB", "accord"), ("to", 0, "prep", "ADP", "to"),
        ("the", 3, "det", "DET", "the"), ("IOM,", 1, "pobj", "PROPN", "IOM"),
        ("500", 5, "nsubj", "NUM", "500"), ("fled", 5, "ROOT", "VERB", "flee"),
        (".", 5, "punct", "PUNCT", "."),
    ])
    (quote,) = run(parse, actor("a9", "International Organization for Migration",
                                parse.text, "IOM", kind="organisation"))
    assert (quote.cue, quote.speaker, quote.span.of(parse.text)) == (
        "according to", "a9", "500 fled")


def test_passive_is_said_to_is_not_a_quote() -> None:
    parse = parsed([
        ("The", 1, "det", "DET", "the"), ("toll", 3, "nsubjpass", "NOUN", "toll"),
        ("is", 3, "auxpass", "AUX", "be"), ("said", 3, "ROOT", "VERB", "say"),
        ("to", 5, "aux", "PART", "to"), ("rise.", 3, "xcomp", "VERB", "rise"),
    ])
    assert run(parse) == ()


def test_speaker_introduced_in_the_previous_paragraph() -> None:
    rows = [
        ("Mayor", 1, "compound", "PROPN", "Mayor"), ("Ruiz", 2, "nsubj", "PROPN", "Ruiz"),
        ("spoke", 2, "ROOT", "VERB", "speak"), ("on", 2, "prep", "ADP", "on"),
        ("Friday", 3, "pobj", "PROPN", "Friday"), (".", 2, "punct", "PUNCT", "."),
        ("\u201cThe", 7, "det", "DET", "the"), ("town", 8, "nsubj", "NOUN", "town"),
        ("will", 8, "aux", "AUX", "will"), ("rebuild", 8, "ROOT", "VERB", "rebuild"),
        ("its", 10, "poss", "PRON", "its"), ("homes.\u201d", 9, "dobj", "NOUN", "home"),
    ]
    parse = parsed(rows, sent_starts=[6], sep=[" "] * 5 + ["\n\n"] + [" "] * 5,
                   ents=[(1, 2, "PERSON")])
    (quote,) = run(parse, actor("a4", "Ana Ruiz", parse.text, "Mayor Ruiz"))
    assert (quote.speaker, quote.speaker_span.of(parse.text), quote.cue) == (
        "a4", "Mayor Ruiz", None)
    (unknown,) = run(parse)  # no actors: still the named person from the parse
    assert unknown.speaker is None and unknown.speaker_span.of(parse.text) == "Mayor Ruiz"
