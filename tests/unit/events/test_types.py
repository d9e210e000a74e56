"""Each PLOVER type from a plain sentence; sentences without events stay empty."""
from __future__ import annotations

import pytest

from .helpers import actor, run, text_of, tree


def svo(subject: str, verb: str, verb_lemma: str, *obj: tuple[str, str]) -> str:
    """`Subject verb [the] object .` as a token spec (object words are (word, lemma) pairs;
    the last one is the head)."""
    rows = [f"{subject} {subject.lower()} PROPN nsubj 1", f"{verb} {verb_lemma} VERB ROOT 1"]
    head = 1 + len(obj)
    for k, (word, lem) in enumerate(obj):
        is_head = k == len(obj) - 1
        rows.append(f"{word} {lem} {'NOUN' if is_head else 'ADJ'} "
                    f"{'dobj' if is_head else 'amod'} {1 if is_head else head}")
    rows.append(". . PUNCT punct 1")
    return "\n".join(rows)


CASES = [
    ("AGREE", None, "030", svo("Arnia", "agreed", "agree")),
    ("CONSULT", None, "040", svo("Arnia", "met", "meet", ("envoys", "envoy"))),
    ("SUPPORT", None, "051", svo("Arnia", "praised", "praise", ("envoys", "envoy"))),
    ("CONCEDE", None, "0813", svo("Arnia", "lifted", "lift", ("curfew", "curfew"))),
    ("COOPERATE", None, "064", svo("Arnia", "shared", "share", ("intelligence", "intelligence"))),
    ("AID", None, "073", svo("Arnia", "delivered", "deliver", ("food", "food"))),
    ("RETREAT", "release", "0841", svo("Arnia", "released", "release", ("hostages", "hostage"))),
    ("REQUEST", "meet", "106", svo("Arnia", "demanded", "demand", ("talks", "talk"))),
    ("ACCUSE", "disapprove", "112", svo("Arnia", "accused", "accuse", ("rebels", "rebel"))),
    ("REJECT", "meet", "125", svo("Arnia", "rejected", "reject", ("proposal", "proposal"))),
    ("THREATEN", "restrict", "1312", svo("Arnia", "threatened", "threaten",
                                         ("sanctions", "sanction"))),
    ("PROTEST", "demo", "141", svo("Students", "protested", "protest")),
    ("SANCTION", None, "163", svo("Arnia", "imposed", "impose", ("sanctions", "sanction"))),
    ("MOBILIZE", "troops", "154", svo("Arnia", "deployed", "deploy", ("troops", "troop"))),
    ("COERCE", "arrest", "173", svo("Police", "arrested", "arrest", ("activists", "activist"))),
    ("ASSAULT", None, "190", svo("Rebels", "attacked", "attack", ("convoy", "convoy"))),
]


@pytest.mark.parametrize(("plover", "mode", "cameo", "spec"), CASES,
                         ids=[c[0] for c in CASES])
def test_events_code_each_plover_type(plover: str, mode: str | None, cameo: str, spec: str) -> None:
    parse = tree(spec)
    events = run(parse, actors=(actor("a1", parse, (0, 0)),))
    assert [(e.plover_type, e.plover_mode, e.cameo_code) for e in events] == [(plover, mode, cameo)]
    event = events[0]
    assert event.source_actors == ("a1",) and event.modality == "asserted"
    assert text_of(parse, event.evidence) == parse.text
    assert event.id == "e1" and event.quad_class in (1, 2, 3, 4)


def test_events_seize_town_is_assault_seize_and_without_territory_is_coerce() -> None:
    town = tree(svo("Rebels", "seized", "seize", ("town", "town")))
    cars = tree(svo("Rebels", "seized", "seize", ("cars", "car")))
    assert [(e.plover_type, e.plover_mode, e.cameo_code) for e in run(town)] == [
        ("ASSAULT", "seize", "192")]
    assert [(e.plover_type, e.plover_mode, e.cameo_code) for e in run(cars)] == [
        ("COERCE", "seize", "1711")]


@pytest.mark.parametrize("spec", [
    svo("Officials", "said", "say"),
    svo("Reporters", "told", "tell", ("viewers", "viewer")),
    svo("Arnia", "announced", "announce", ("results", "result")),
    svo("Ministers", "discussed", "discuss", ("budget", "budget")),
])
def test_events_reporting_and_plain_sentences_make_no_event(spec: str) -> None:
    assert run(tree(spec)) == ()


def test_events_said_with_a_clause_without_event_is_empty() -> None:
    parse = tree("""
        The the DET det 1
        minister minister NOUN nsubj 2
        said say VERB ROOT 2
        the the DET det 4
        economy economy NOUN nsubj 5
        grew grow VERB ccomp 2
        . . PUNCT punct 2
    """)
    assert run(parse) == ()


def test_events_participles_used_as_nouns_or_adjectives_are_not_events() -> None:
    parse = tree("""
        the the DET det 1
        number number NOUN nsubj 4
        of of ADP prep 1
        wounded wound VERB pobj 2
        rose rise VERB ROOT 4
    """)
    assert run(parse) == ()


def test_events_work_without_actors_places_or_date() -> None:
    parse = tree(svo("Rebels", "attacked", "attack", ("convoy", "convoy")))
    (event,) = run(parse, published=None)
    assert event.source_actors == () and text_of(parse, event.source_spans[0]) == "Rebels"
    assert event.target_actors == () and text_of(parse, event.target_spans[0]) == "convoy"
    assert (event.date, event.date_source, event.place) == (None, "none", None)


@pytest.mark.parametrize(("spec", "coded"), [
    (svo("Rebels", "captured", "capture", ("soldiers", "soldier")), [("181",)]),
    (svo("Rebels", "captured", "capture", ("town", "town")), [("192",)]),
    (svo("Arnia", "captured", "capture", ("gold", "gold"), ("medal", "medal")), []),
    (svo("Cameras", "captured", "capture", ("moment", "moment")), []),
    (svo("Plants", "captured", "capture", ("carbon", "carbon"), ("dioxide", "dioxide")), []),
    (svo("Arnia", "captured", "capture", ("public", "public"), ("imagination", "imagination")),
     []),
    (svo("Police", "seized", "seize", ("weapons", "weapon")), [("1711",)]),
    (svo("Arnia", "seized", "seize", ("opportunity", "opportunity")), []),
])
def test_capture_and_seize_take_people_or_things_not_prizes_pictures_or_chances(
        spec: str, coded: list[tuple[str]]) -> None:
    assert [(e.cameo_code,) for e in run(tree(spec))] == coded
