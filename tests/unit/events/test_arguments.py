"""Sources and targets: active and passive voice, conjunctions, relative clauses, nouns, flight."""
from __future__ import annotations

from .helpers import actor, run, text_of, tree


def test_arguments_passive_agent_is_source_and_subject_is_target() -> None:
    parse = tree("""
        The the DET det 1
        convoy convoy NOUN nsubjpass 3
        was be AUX auxpass 3
        attacked attack VERB ROOT 3
        by by ADP agent 3
        rebels rebel NOUN pobj 4
    """)
    rebels, convoy = actor("r", parse, (5, 5)), actor("c", parse, (1, 1))
    (event,) = run(parse, actors=(rebels, convoy))
    assert (event.source_actors, event.target_actors) == (("r",), ("c",))
    assert text_of(parse, event.target_spans[0]) == "The convoy"


def test_arguments_passive_deployment_without_agent_makes_the_forces_the_source() -> None:
    parse = tree("""
        Arnian arnian ADJ amod 1
        troops troop NOUN nsubjpass 3
        were be AUX auxpass 3
        deployed deploy VERB ROOT 3
    """)
    (event,) = run(parse, actors=(actor("arn", parse, (0, 1)),))
    assert (event.plover_type, event.source_actors, event.target_actors) == (
        "MOBILIZE", ("arn",), ())


def test_arguments_conjoined_subjects_make_one_event_with_two_sources() -> None:
    parse = tree("""
        Rebels rebel NOUN nsubj 3
        and and CCONJ cc 0
        militias militia NOUN conj 0
        attacked attack VERB ROOT 3
        the the DET det 5
        convoy convoy NOUN dobj 3
    """)
    actors = (actor("r", parse, (0, 0)), actor("m", parse, (2, 2)))
    (event,) = run(parse, actors=actors)
    assert event.source_actors == ("r", "m")
    assert [text_of(parse, s) for s in event.source_spans] == ["Rebels", "militias"]


def test_arguments_conjoined_verbs_share_the_subject() -> None:
    parse = tree("""
        Rebels rebel NOUN nsubj 1
        attacked attack VERB ROOT 1
        convoys convoy NOUN dobj 1
        and and CCONJ cc 1
        seized seize VERB conj 1
        the the DET det 6
        airport airport NOUN dobj 4
    """)
    events = run(parse, actors=(actor("r", parse, (0, 0)),))
    assert [(e.cameo_code, e.source_actors) for e in events] == [("190", ("r",)), ("192", ("r",))]


def test_arguments_relative_pronoun_stands_for_its_antecedent() -> None:
    parse = tree("""
        militants militant NOUN ROOT 0
        who who PRON nsubj 2
        seized seize VERB relcl 0
        the the DET det 4
        town town NOUN dobj 2
    """)
    (event,) = run(parse, actors=(actor("m", parse, (0, 0)),))
    assert event.source_actors == ("m",) and text_of(parse, event.source_spans[0]) == "militants"


def test_arguments_noun_trigger_takes_possessor_and_nationality() -> None:
    parse = tree("""
        Arnian arnian ADJ amod 1
        airstrikes airstrike NOUN nsubj 2
        hit hit VERB ROOT 2
        Borvia borvia PROPN dobj 2
    """, ents=[(0, 1, "NORP")])
    (event,) = run(parse, actors=(actor("arn", parse, (0, 0)),))
    assert (event.plover_type, event.plover_mode, event.source_actors) == (
        "ASSAULT", "aerial", ("arn",))
    poss = tree("""
        the the DET det 1
        group group NOUN poss 3
        's 's PART case 1
        takeover takeover NOUN ROOT 3
        of of ADP prep 3
        Dorn dorn PROPN pobj 4
    """, ents=[(5, 6, "GPE")])
    (takeover,) = run(poss, actors=(actor("g", poss, (1, 1)),))
    assert (takeover.cameo_code, takeover.source_actors) == ("192", ("g",))


def test_arguments_support_verb_subject_is_the_source_of_its_event_noun() -> None:
    parse = tree("""
        The the DET det 1
        army army NOUN nsubj 2
        launched launch VERB ROOT 2
        an an DET det 4
        offensive offensive NOUN dobj 2
    """)
    (event,) = run(parse, actors=(actor("army", parse, (1, 1)),))
    assert (event.cameo_code, event.source_actors) == ("190", ("army",))


def test_arguments_people_fleeing_are_the_target_and_the_cause_the_source() -> None:
    parse = tree("""
        Villagers villager NOUN nsubj 1
        fled flee VERB ROOT 1
        from from ADP prep 1
        the the DET det 4
        Brotherhood brotherhood PROPN pobj 2
    """, ents=[(4, 5, "ORG")])
    actors = (actor("v", parse, (0, 0)), actor("b", parse, (4, 4)))
    (event,) = run(parse, actors=actors)
    assert (event.plover_type, event.plover_mode) == ("SANCTION", "displacement")
    assert (event.source_actors, event.target_actors) == (("b",), ("v",))


def test_arguments_aid_recipient_is_the_target_not_the_aid() -> None:
    parse = tree("""
        Arnia arnia PROPN nsubj 1
        provided provide VERB ROOT 1
        military military ADJ amod 3
        aid aid NOUN dobj 1
        to to ADP prep 1
        Borvia borvia PROPN pobj 4
    """)
    actors = (actor("a", parse, (0, 0)), actor("b", parse, (5, 5)))
    (event,) = run(parse, actors=actors)
    assert (event.plover_type, event.cameo_code) == ("AID", "072")
    assert (event.source_actors, event.target_actors) == (("a",), ("b",))


def test_arguments_troops_sent_to_fight_alongside_an_ally_are_military_aid() -> None:
    parse = tree("""
        Arnia arnia PROPN nsubj 1
        sent send VERB ROOT 1
        troops troop NOUN dobj 1
        to to PART aux 4
        fight fight VERB advcl 1
        alongside alongside ADP prep 4
        Borvian borvian ADJ amod 7
        forces force NOUN pobj 5
    """)
    alone = tree("""
        Arnia arnia PROPN nsubj 1
        sent send VERB ROOT 1
        troops troop NOUN dobj 1
    """)
    actors = (actor("a", parse, (0, 0)), actor("b", parse, (6, 7)))
    events = run(parse, actors=actors)
    assert [(e.plover_type, e.cameo_code, e.target_actors) for e in events] == [
        ("AID", "072", ("b",))]
    assert [(e.plover_type, e.cameo_code) for e in run(alone)] == [("MOBILIZE", "154")]


def test_arguments_a_day_or_time_after_a_target_preposition_is_not_a_target() -> None:
    parse = tree("""
        Rebels rebel NOUN nsubj 1
        fired fire VERB ROOT 1
        on on ADP prep 1
        the the DET det 4
        convoy convoy NOUN pobj 2
        on on ADP prep 1
        Sunday Sunday PROPN pobj 5
        at at ADP prep 1
        dawn dawn NOUN pobj 7
    """, ents=[(6, 7, "DATE"), (8, 9, "TIME")])
    (event,) = run(parse, actors=(actor("r", parse, (0, 0)),))
    assert [text_of(parse, s) for s in event.target_spans] == ["the convoy"]
