"""Coreference rules on hand-built parses: pronouns of any verb and possessives, a state title's
country from the context, coordinated agents the parser folds together, distinct unnamed
persons, former officials, and a country for leaders and groups from their sentence."""
from __future__ import annotations

from newsevents.model import Actor
from newsevents.parse import Parse
from newsevents.resources.dictionaries import ActorDictionary
from newsevents.stages.actors.pronouns import quoted_ranges
from tests.unit.actors.test_actor_rules import actors_of, parse_of, texts


def having(actors: tuple[Actor, ...], parse: Parse, surface: str) -> Actor | None:
    return next((a for a in actors if surface in texts(a, parse)), None)


UN_CHIEF = parse_of(
    "Lena/PROPN/compound/1 Moreau/PROPN/nsubj/2 expressed/VERB/ROOT/2 alarm/NOUN/dobj/2 "
    "./PUNCT/punct/2 "
    "She/PRON/nsubj/6 also/ADV/advmod/6 cited/VERB/ROOT/6/cite reports/NOUN/dobj/6/report "
    "./PUNCT/punct/6",
    ents=((0, 2, "PERSON"),), sent_starts=[5])


def test_coref_subject_pronoun_of_any_verb(dictionary: ActorDictionary) -> None:
    actors = actors_of(UN_CHIEF, dictionary)
    assert texts(having(actors, UN_CHIEF, "Lena Moreau"), UN_CHIEF) == ["Lena Moreau", "She"]


TAKEOVER = parse_of(
    "Militants/NOUN/nsubj/1/militant executed/VERB/ROOT/1/execute soldiers/NOUN/dobj/1/soldier "
    "during/ADP/prep/1 their/PRON/poss/5 takeover/NOUN/pobj/3 of/ADP/prep/5 "
    "Mosul/PROPN/pobj/6 ./PUNCT/punct/1",
    ents=((7, 8, "GPE"),))


def test_coref_possessive_bound_to_its_clause_subject(dictionary: ActorDictionary) -> None:
    actors = actors_of(TAKEOVER, dictionary)
    assert texts(having(actors, TAKEOVER, "Militants"), TAKEOVER) == ["Militants", "their"]
    assert texts(having(actors, TAKEOVER, "soldiers"), TAKEOVER) == ["soldiers"]


BORDER = parse_of(
    "Chile/PROPN/nsubj/1 closed/VERB/ROOT/1/close its/PRON/poss/3 border/NOUN/dobj/1 "
    "./PUNCT/punct/1 "
    "It/PRON/nsubj/6 is/AUX/ROOT/6/be clear/ADJ/acomp/6 ./PUNCT/punct/6",
    ents=((0, 1, "GPE"),), sent_starts=[5])


def test_coref_its_is_a_country_and_expletive_it_is_nothing(dictionary: ActorDictionary) -> None:
    actors = actors_of(BORDER, dictionary)
    assert texts(having(actors, BORDER, "Chile"), BORDER) == ["Chile", "its"]
    assert having(actors, BORDER, "It") is None


MEETING = parse_of(
    "John/PROPN/compound/1 Carter/PROPN/nsubj/2 met/VERB/ROOT/2/meet Paul/PROPN/compound/4 "
    "Ward/PROPN/dobj/2 ./PUNCT/punct/2 "
    "He/PRON/nsubj/7 left/VERB/ROOT/7/leave ./PUNCT/punct/7 "
    "They/PRON/nsubj/10 returned/VERB/ROOT/10/return ./PUNCT/punct/10",
    ents=((0, 2, "PERSON"), (3, 5, "PERSON")), sent_starts=[6, 9])


def test_coref_no_resolution_across_a_compatible_candidate_or_number(
        dictionary: ActorDictionary) -> None:
    actors = actors_of(MEETING, dictionary)
    assert having(actors, MEETING, "He") is None  # Ward intervenes between Carter and "He"
    assert having(actors, MEETING, "They") is None  # no group to be "they"


def test_coref_pronouns_inside_quotes_are_left_alone(dictionary: ActorDictionary) -> None:
    parse = parse_of(
        "“/PUNCT/punct/4 They/PRON/nsubj/2 fled/VERB/ccomp/4/flee ”/PUNCT/punct/4 "
        "Rebels/NOUN/nsubj/5/rebel said/VERB/ROOT/5/say ./PUNCT/punct/5")
    assert quoted_ranges(parse.text) == [(0, parse.text.index("”"))]
    actors = actors_of(parse, dictionary)
    assert having(actors, parse, "They") is None


SPOKESWOMAN = parse_of(
    "Iranian/ADJ/amod/1 officials/NOUN/nsubj/2/official denied/VERB/ROOT/2/deny "
    "reports/NOUN/dobj/2/report ./PUNCT/punct/2 "
    "“/PUNCT/punct/18 We/PRON/nsubj/8 are/AUX/aux/8/be fighting/VERB/ccomp/18/fight "
    "in/ADP/prep/8 Iraq/PROPN/pobj/9 ,/PUNCT/punct/18 ”/PUNCT/punct/18 "
    "Foreign/PROPN/compound/14 Ministry/PROPN/compound/15 spokeswoman/NOUN/compound/17 "
    "Leila/PROPN/compound/17 Navabi/PROPN/nsubj/18 said/VERB/ROOT/18/say ./PUNCT/punct/18",
    ents=((0, 1, "NORP"), (10, 11, "GPE"), (16, 18, "PERSON")), sent_starts=[5])


def test_coref_state_title_takes_the_country_of_the_preceding_mentions(
        dictionary: ActorDictionary) -> None:
    actors = actors_of(SPOKESWOMAN, dictionary)
    navabi = next(a for a in actors if a.name == "Leila Navabi")
    assert (navabi.country, navabi.sector) == ("IRN", "GOV")  # not IRQ from the quote


def test_coref_state_title_country_ambiguous_is_left_empty(dictionary: ActorDictionary) -> None:
    parse = parse_of(
        "Iranian/ADJ/amod/1 officials/NOUN/nsubj/2/official met/VERB/ROOT/2/meet "
        "Syrian/ADJ/amod/4 officials/NOUN/dobj/2/official ./PUNCT/punct/2 "
        "Foreign/PROPN/compound/7 Ministry/PROPN/compound/8 spokeswoman/NOUN/compound/10 "
        "Leila/PROPN/compound/10 Navabi/PROPN/nsubj/11 spoke/VERB/ROOT/11/speak ./PUNCT/punct/11",
        ents=((0, 1, "NORP"), (3, 4, "NORP"), (9, 11, "PERSON")), sent_starts=[6])
    navabi = next(a for a in actors_of(parse, dictionary) if a.name == "Leila Navabi")
    assert navabi.country is None


RALLY = parse_of(
    "to/PART/aux/1 rally/VERB/ROOT/1 the/DET/det/7 military/ADJ/nmod/7 and/CCONJ/cc/3 "
    "recruit/VERB/conj/3 volunteer/NOUN/compound/7 fighters/NOUN/dobj/1/fighter ./PUNCT/punct/1")

POLICE = parse_of(
    "the/DET/det/4 army/NOUN/nmod/4 and/CCONJ/cc/1 police/NOUN/conj/1 officers/NOUN/nsubj/5/officer "
    "arrived/VERB/ROOT/5/arrive ./PUNCT/punct/5")


def test_coref_coordinated_agents_are_split(dictionary: ActorDictionary) -> None:
    actors = actors_of(RALLY, dictionary)
    spans = [m for a in actors for m in texts(a, RALLY)]
    assert "the military" in spans and "volunteer fighters" in spans
    assert not any("recruit" in m for m in spans)
    actors = actors_of(POLICE, dictionary)
    army, officers = having(actors, POLICE, "the army"), having(actors, POLICE, "police officers")
    assert army is not None and officers is not None and army is not officers
    assert (army.sector, officers.sector) == ("MIL", "COP")


OFFICIALS = parse_of(
    "A/DET/det/3 senior/ADJ/amod/3 security/NOUN/compound/3 official/NOUN/nsubj/6 in/ADP/prep/3 "
    "Baghdad/PROPN/pobj/4 spoke/VERB/ROOT/6/speak ./PUNCT/punct/6 "
    "A/DET/det/12 senior/ADJ/amod/12 Iranian/ADJ/amod/12 government/NOUN/compound/12 "
    "official/NOUN/nsubj/13 disagreed/VERB/ROOT/13/disagree ./PUNCT/punct/13 "
    "A/DET/det/18 senior/ADJ/amod/18 Iraqi/ADJ/amod/18 official/NOUN/nsubj/19 "
    "left/VERB/ROOT/19/leave ./PUNCT/punct/19 "
    "The/DET/det/22 official/NOUN/nsubj/23 returned/VERB/ROOT/23/return ./PUNCT/punct/23",
    ents=((5, 6, "GPE"), (10, 11, "NORP"), (17, 18, "NORP")), sent_starts=[8, 15, 21])


def test_coref_unnamed_persons_stay_apart_and_the_definite_one_recalls(
        dictionary: ActorDictionary) -> None:
    actors = actors_of(OFFICIALS, dictionary)
    baghdad = having(actors, OFFICIALS, "A senior security official in Baghdad")
    iranian = having(actors, OFFICIALS, "A senior Iranian government official")
    iraqi = having(actors, OFFICIALS, "A senior Iraqi official")
    assert None not in (baghdad, iranian, iraqi)
    assert len({id(baghdad), id(iranian), id(iraqi)}) == 3
    assert (baghdad.country, iranian.country, iraqi.country) == ("IRQ", "IRN", "IRQ")
    assert having(actors, OFFICIALS, "The official") is iraqi  # the most recent one


def test_coref_former_official_is_an_elite(dictionary: ActorDictionary) -> None:
    parse = parse_of(
        "Chilean/ADJ/amod/4 former/ADJ/amod/4 President/PROPN/compound/4 Carlos/PROPN/compound/4 "
        "Rivas/PROPN/nsubj/5 spoke/VERB/ROOT/5/speak ./PUNCT/punct/5",
        ents=((0, 1, "NORP"), (3, 5, "PERSON")))
    rivas = next(a for a in actors_of(parse, dictionary) if a.name == "Carlos Rivas")
    assert (rivas.country, rivas.sector, rivas.code) == ("CHL", "ELI", "CHLELI")


def _leader(verb: str, lemma: str, prep: str) -> Parse:
    return parse_of(
        f"President/PROPN/compound/2 Tomas/PROPN/compound/2 Vela/PROPN/nsubj/3 "
        f"{verb}/VERB/ROOT/3/{lemma} {prep}/ADP/prep/3 Zimbabwe/PROPN/pobj/4 ./PUNCT/punct/3",
        ents=((1, 3, "PERSON"), (5, 6, "GPE")))


def test_coref_leader_takes_the_only_country_of_the_sentence_unless_travelling(
        dictionary: ActorDictionary) -> None:
    home = _leader("spoke", "speak", "in")
    assert next(a for a in actors_of(home, dictionary) if a.name == "Tomas Vela").country == "ZWE"
    away = _leader("arrived", "arrive", "in")
    assert next(a for a in actors_of(away, dictionary) if a.name == "Tomas Vela").country is None


REBELS = parse_of(
    "The/DET/det/2 Chilean/ADJ/amod/2 government/NOUN/nsubj/3 accepted/VERB/ROOT/3/accept "
    "demands/NOUN/dobj/3/demand from/ADP/prep/4 Mapu/PROPN/compound/7 rebels/NOUN/pobj/5/rebel "
    "./PUNCT/punct/3 "
    "The/DET/det/10 rebels/NOUN/nsubj/11/rebel agreed/VERB/ROOT/11/agree ./PUNCT/punct/11",
    ents=((1, 2, "NORP"),), sent_starts=[9])


def test_coref_unnamed_group_takes_the_only_country_and_is_recalled(
        dictionary: ActorDictionary) -> None:
    actors = actors_of(REBELS, dictionary)
    rebels = having(actors, REBELS, "Mapu rebels")
    assert rebels is not None and (rebels.country, rebels.sector) == ("CHL", "REB")
    assert having(actors, REBELS, "The rebels") is rebels


def test_coref_agent_noun_compounded_onto_a_thing(dictionary: ActorDictionary) -> None:
    parse = parse_of(
        "Chilean/ADJ/amod/2 army/NOUN/compound/2 bulldozers/NOUN/nsubj/3/bulldozer "
        "demolished/VERB/ROOT/3/demolish homes/NOUN/dobj/3/home ./PUNCT/punct/3",
        ents=((0, 1, "NORP"),))
    army = having(actors_of(parse, dictionary), parse, "Chilean army")
    assert army is not None and (army.country, army.sector) == ("CHL", "MIL")


def test_coref_conjoined_countries_each_get_their_own_words(dictionary: ActorDictionary) -> None:
    parse = parse_of(
        "US/PROPN/nmod/3 and/CCONJ/cc/0 British/ADJ/conj/0 forces/NOUN/nsubj/4/force "
        "withdrew/VERB/ROOT/4/withdraw ./PUNCT/punct/4",
        ents=((0, 1, "GPE"), (2, 3, "NORP")))
    actors = actors_of(parse, dictionary)
    assert having(actors, parse, "British forces").country == "GBR"
    assert having(actors, parse, "US").country == "USA"


def test_coref_members_of_a_named_armed_group_are_that_group(dictionary: ActorDictionary) -> None:
    parse = parse_of(
        "Militants/NOUN/nsubj/5/militant from/ADP/prep/0 the/DET/det/4 Islamic/PROPN/compound/4 "
        "State/PROPN/pobj/1 attacked/VERB/ROOT/5/attack ./PUNCT/punct/5",
        ents=((3, 5, "ORG"),))
    actors = actors_of(parse, dictionary)
    group = having(actors, parse, "Militants from the Islamic State")
    assert group is not None and group.kind == "armed_group"
    assert [a for a in actors if a.kind == "agent"] == []


def test_coref_detained_people_are_civilians_of_their_country(dictionary: ActorDictionary) -> None:
    parse = parse_of(
        "Soldiers/NOUN/nsubj/1/soldier beat/VERB/ROOT/1 Chilean/ADJ/amod/3 "
        "detainees/NOUN/dobj/1/detainee ./PUNCT/punct/1",
        ents=((2, 3, "NORP"),))
    detainees = having(actors_of(parse, dictionary), parse, "Chilean detainees")
    assert detainees is not None and (detainees.country, detainees.sector) == ("CHL", "CVL")
