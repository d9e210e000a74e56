"""Modality and attribution: every modality from hand-built parses of our own sentences."""
from __future__ import annotations

from .helpers import actor, run, text_of, tree

def test_modality_asserted_in_the_article_voice() -> None:
    parse = tree("""
        Rebels rebel NOUN nsubj 1
        attacked attack VERB ROOT 1
        the the DET det 3
        convoy convoy NOUN dobj 1
    """)
    (event,) = run(parse)
    assert (event.modality, event.attributed_to, event.attribution_span) == ("asserted", None, None)


def test_modality_negated_by_not() -> None:
    parse = tree("""
        Rebels rebel NOUN nsubj 3
        did do AUX aux 3
        not not PART neg 3
        attack attack VERB ROOT 3
        the the DET det 5
        convoy convoy NOUN dobj 3
    """)
    (event,) = run(parse)
    assert event.modality == "negated"


def test_modality_negated_complement_of_rule_out_and_reject_event() -> None:
    parse = tree("""
        The the DET det 1
        president president NOUN nsubj 3
        has have AUX aux 3
        ruled rule VERB ROOT 3
        out out ADP prt 3
        sending send VERB xcomp 3
        troops troop NOUN dobj 5
    """)
    events = run(parse, actors=(actor("a1", parse, (1, 1)),))
    assert [(e.plover_type, e.modality, text_of(parse, e.trigger)) for e in events] == [
        ("REJECT", "asserted", "ruled out"), ("MOBILIZE", "negated", "sending")]
    assert events[1].source_actors == ("a1",)


def test_modality_hypothetical_modal_and_conditional() -> None:
    could = tree("""
        Arnia arnia PROPN nsubj 2
        could could AUX aux 2
        send send VERB ROOT 2
        troops troop NOUN dobj 2
    """)
    cond = tree("""
        If if SCONJ mark 2
        rebels rebel NOUN nsubj 2
        attack attack VERB advcl 6
        , , PUNCT punct 6
        troops troop NOUN nsubj 6
        will will AUX aux 6
        respond respond VERB ROOT 6
    """)
    assert [e.modality for e in run(could)] == ["hypothetical"]
    assert [e.modality for e in run(cond)] == ["hypothetical"]


def test_modality_future_aid_is_coded_agree() -> None:
    parse = tree("""
        Donors donor NOUN nsubj 2
        will will AUX aux 2
        provide provide VERB ROOT 2
        aid aid NOUN dobj 2
    """)
    plan = tree("""
        Arnia arnia PROPN nsubj 1
        plans plan VERB ROOT 1
        to to PART aux 3
        deploy deploy VERB xcomp 1
        troops troop NOUN dobj 3
    """)
    (aid,) = run(parse)
    assert (aid.plover_type, aid.cameo_code, aid.modality) == ("AGREE", "033", "future")
    assert [(e.plover_type, e.modality) for e in run(plan)] == [("MOBILIZE", "future")]


def test_modality_threatened_complement_becomes_one_threaten_event() -> None:
    parse = tree("""
        Rebels rebel NOUN nsubj 1
        threatened threaten VERB ROOT 1
        to to PART aux 3
        march march VERB xcomp 1
        on on ADP prep 3
        the the DET det 6
        capital capital NOUN pobj 4
    """)
    events = run(parse, actors=(actor("a1", parse, (0, 0)),))
    assert [(e.plover_type, e.plover_mode, e.cameo_code, e.modality) for e in events] == [
        ("THREATEN", "territory", "1382", "threatened")]
    assert text_of(parse, events[0].trigger) == "march on" and events[0].source_actors == ("a1",)
    attack = tree("""
        Rebels rebel NOUN nsubj 1
        threatened threaten VERB ROOT 1
        to to PART aux 3
        attack attack VERB xcomp 1
        convoys convoy NOUN dobj 3
    """)
    assert [(e.plover_type, e.cameo_code, e.modality) for e in run(attack)] == [
        ("THREATEN", "138", "threatened")]


def test_modality_claimed_under_a_reporting_verb_is_attributed() -> None:
    parse = tree("""
        An an DET det 2
        unnamed unnamed ADJ amod 2
        official official NOUN nsubj 3
        told tell VERB ROOT 3
        reporters reporter NOUN dobj 3
        that that SCONJ mark 7
        Arnia arnia PROPN nsubj 7
        sent send VERB ccomp 3
        troops troop NOUN dobj 7
    """)
    official = actor("a9", parse, (1, 2))
    (event,) = run(parse, actors=(official,))
    assert (event.modality, event.attributed_to) == ("claimed", "a9")
    assert text_of(parse, event.attribution_span) == "An unnamed official"


def test_modality_claimed_according_to_and_after_the_fact_said() -> None:
    according = tree("""
        Rebels rebel NOUN nsubj 1
        attacked attack VERB ROOT 1
        convoys convoy NOUN dobj 1
        , , PUNCT punct 1
        according accord VERB prep 1
        to to ADP prep 4
        witnesses witness NOUN pobj 5
    """)
    said = tree("""
        Rebels rebel NOUN nsubj 1
        attacked attack VERB ccomp 5
        convoys convoy NOUN dobj 1
        , , PUNCT punct 5
        police police NOUN nsubj 5
        said say VERB ROOT 5
    """)
    (first,) = run(according)
    (second,) = run(said, actors=(actor("p", said, (4, 4)),))
    assert first.modality == "claimed" and text_of(according, first.attribution_span) == "witnesses"
    assert (second.modality, second.attributed_to) == ("claimed", "p")


def test_modality_denied_reports_and_dismissed_notion() -> None:
    parse = tree("""
        Officials official NOUN nsubj 1
        denied deny VERB ROOT 1
        reports report NOUN dobj 1
        that that SCONJ mark 5
        troops troop NOUN nsubjpass 6
        were be AUX auxpass 6
        deployed deploy VERB acl 2
    """)
    dismissed = tree("""
        He he PRON nsubj 1
        dismissed dismiss VERB ROOT 1
        any any DET det 3
        notion notion NOUN dobj 1
        that that SCONJ mark 6
        rebels rebel NOUN nsubj 6
        attacked attack VERB acl 3
    """)
    (event,) = run(parse, actors=(actor("o", parse, (0, 0)),))
    assert (event.plover_type, event.modality, event.attributed_to) == ("MOBILIZE", "denied", "o")
    assert [e.modality for e in run(dismissed)] == ["denied"]


def test_modality_deny_without_an_event_below_is_a_deny_event() -> None:
    parse = tree("""
        Arnia arnia PROPN nsubj 1
        denied deny VERB ROOT 1
        responsibility responsibility NOUN dobj 1
    """)
    assert [(e.cameo_code, e.plover_type, e.modality) for e in run(parse)] == [
        ("016", "REJECT", "asserted")]


def test_modality_negation_reaches_a_noun_through_its_preposition() -> None:
    parse = tree("""
        We we PRON nsubjpass 3
        are be AUX auxpass 3
        not not PART neg 3
        involved involve VERB ROOT 3
        in in ADP prep 3
        fighting fighting NOUN pobj 4
    """)
    after = tree("""
        Troops troop NOUN nsubj 3
        did do AUX aux 3
        not not PART neg 3
        leave leave VERB ROOT 3
        after after ADP prep 3
        the the DET det 6
        attack attack NOUN pobj 4
    """)
    assert [e.modality for e in run(parse)] == ["negated"]
    assert [e.modality for e in run(after)] == ["asserted"]


def test_modality_to_infinitive_on_a_noun_is_hypothetical() -> None:
    parse = tree("""
        the the DET det 1
        ability ability NOUN ROOT 1
        of of ADP prep 1
        rebels rebel NOUN pobj 2
        to to PART aux 5
        attack attack VERB acl 1
    """)
    (event,) = run(parse, actors=(actor("r", parse, (3, 3)),))
    assert (event.modality, event.source_actors) == ("hypothetical", ("r",))
