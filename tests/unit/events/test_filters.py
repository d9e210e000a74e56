"""Which matched triggers report events: precision rules and one event per reported event."""
from __future__ import annotations

from newsevents.evals.plover import in_half
from newsevents.stages.events.salience import main_event

from .helpers import run, tree


def test_filters_speech_complement_is_no_refusal() -> None:
    parse = tree("""
        Officials official NOUN nsubj 1
        declined decline VERB ROOT 1
        to to PART aux 3
        comment comment VERB xcomp 1
    """)
    assert run(parse) == ()


def test_filters_refusal_with_an_act_is_reject() -> None:
    parse = tree("""
        Officials official NOUN nsubj 1
        declined decline VERB ROOT 1
        to to PART aux 3
        sign sign VERB xcomp 1
        the the DET det 5
        treaty treaty NOUN dobj 3
    """)
    assert [e.plover_type for e in run(parse)][0] == "REJECT"


def test_filters_natural_force_is_no_actor() -> None:
    parse = tree("""
        The the DET det 1
        flood flood NOUN nsubj 2
        killed kill VERB ROOT 2
        twenty twenty NUM nummod 4
        people people NOUN dobj 2
    """)
    assert run(parse) == ()


def test_filters_descriptive_participle_is_no_event() -> None:
    parse = tree("""
        Militias militia NOUN nsubj 4
        supported support VERB acl 0 VBN
        by by ADP agent 1
        Arnia arnia PROPN pobj 2
        hold hold VERB ROOT 4
        the the DET det 6
        north north NOUN dobj 4
    """)
    assert run(parse) == ()
    active = tree("""
        Arnia arnia PROPN nsubj 1
        supported support VERB ROOT 1 VBD
        the the DET det 3
        militias militia NOUN dobj 1
    """)
    assert [e.plover_type for e in run(active)] == ["SUPPORT"]


def test_filters_counted_wounded_is_no_event() -> None:
    parse = tree("""
        They they PRON nsubj 1
        listed list VERB ROOT 1
        55 55 NUM dobj 1
        wounded wound VERB acl 2 VBN
    """)
    assert run(parse) == ()


def test_filters_event_noun_outcome_is_one_event_with_the_victims() -> None:
    parse = tree("""
        The the DET det 1
        blast blast NOUN nsubj 2
        killed kill VERB ROOT 2
        twenty twenty NUM nummod 4
        people people NOUN dobj 2
    """)
    (event,) = run(parse)
    assert event.cameo_code == "183" and event.target_spans[0].of(parse.text) == "twenty people"


def test_filters_purpose_of_an_offensive_is_part_of_it() -> None:
    parse = tree("""
        The the DET det 1
        army army NOUN nsubj 2
        launched launch VERB ROOT 2
        an an DET det 4
        offensive offensive NOUN dobj 2
        to to PART aux 6
        retake retake VERB acl 4
        Velm velm PROPN dobj 6
    """)
    (event,) = run(parse)
    assert (event.plover_type, event.trigger.of(parse.text)) == ("ASSAULT", "offensive")
    assert event.target_spans[0].of(parse.text) == "Velm"


def test_salience_main_clause_before_a_time_clause() -> None:
    parse = tree("""
        After after SCONJ mark 2
        rebels rebel NOUN nsubj 2
        seized seize VERB advcl 5
        Velm velm PROPN dobj 2
        troops troop NOUN nsubj 5
        shelled shell VERB ROOT 5
        Dorn dorn PROPN dobj 5
    """)
    event = main_event(run(parse), parse)
    assert event is not None and event.trigger.of(parse.text) == "shelled"


def test_plover_eval_halves_split_deterministically() -> None:
    ids = [f"PLOVER-GSR01-X-{k:04d}" for k in range(200)]
    look = [i for i in ids if in_half(i, "look")]
    score = [i for i in ids if in_half(i, "score")]
    assert set(look).isdisjoint(score) and len(look) + len(score) == len(ids)
    assert 70 < len(look) < 130 and all(in_half(i, "all") for i in ids)
    assert look == [i for i in ids if in_half(i, "look")]
