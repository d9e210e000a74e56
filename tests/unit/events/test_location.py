"""The event's place (stages/events/location.py) on hand-built parses: the ranking rules."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.model import Place
from newsevents.parse import Parse
from newsevents.stages.events.location import PlaceLinker
from newsevents.stages.events.syntax import Tree

from .helpers import span, tree

CITY, DISTRICT, PROVINCE, COUNTRY = 1, 3, 4, 5


def gazetteer_place(ident: str, parse: Parse, first: int, last: int, *, precision: int) -> Place:
    return Place(id=ident, name=ident, geonameid=1000 + len(ident), precision=precision,
                 mentions=(span(parse, first, last),))


def link(parse: Parse, places: tuple[Place, ...], trigger: int, *, takes_ground: bool = False,
         events: frozenset[int] = frozenset(), movement: bool = False,
         retreat: bool = False) -> tuple[str | None, str | None]:
    linker = PlaceLinker(Tree(parse), places, events=events)
    return linker.link(parse.tokens[trigger], takes_ground=takes_ground, movement=movement,
                       retreat=retreat)


VILLAGE_IN_PROVINCE = """
    Police police NOUN nsubj 1
    killed kill VERB ROOT 1
    three three NUM nummod 3
    men man NOUN dobj 1
    in in ADP prep 1
    the the DET det 6
    village village NOUN pobj 4
    of of ADP prep 6
    Varn varn PROPN pobj 7
    in in ADP prep 6
    Dorn dorn PROPN compound 11
    province province NOUN pobj 9
"""


def test_location_the_village_wins_over_its_province() -> None:
    parse = tree(VILLAGE_IN_PROVINCE)
    places = (gazetteer_place("varn", parse, 8, 8, precision=CITY),
              gazetteer_place("dorn", parse, 10, 11, precision=PROVINCE))
    assert link(parse, places, 1) == ("varn", "'of' phrase of the trigger")


def test_location_the_possessor_encloses_the_named_district() -> None:
    parse = tree("""
        Gunmen gunman NOUN nsubj 1
        killed kill VERB ROOT 1
        an an DET det 3
        elder elder NOUN dobj 1
        in in ADP prep 1
        Velm velm PROPN poss 8
        's 's PART case 5
        Harat harat PROPN compound 8
        district district NOUN pobj 4
    """)
    places = (gazetteer_place("velm", parse, 5, 5, precision=CITY),
              gazetteer_place("harat", parse, 7, 8, precision=DISTRICT))
    assert link(parse, places, 1) == ("harat", "'in' phrase of the trigger")


def test_location_a_reference_point_loses_to_the_named_place() -> None:
    parse = tree("""
        Gunmen gunman NOUN nsubj 1
        killed kill VERB ROOT 1
        two two NUM nummod 3
        farmers farmer NOUN dobj 1
        in in ADP prep 1
        Arn arn PROPN pobj 4
        , , PUNCT punct 5
        30 30 NUM nummod 8
        km km NOUN npadvmod 9
        north north ADV advmod 5
        of of ADP prep 9
        Velm velm PROPN pobj 10
    """)
    places = (gazetteer_place("arn", parse, 5, 5, precision=2),
              gazetteer_place("velm", parse, 11, 11, precision=CITY))
    assert link(parse, places, 1)[0] == "arn"
    alone = (gazetteer_place("velm", parse, 11, 11, precision=CITY),)
    assert link(parse, alone, 1)[0] == "velm"  # the only place named still locates the event


NOUN_WITH_MODIFIER = """
    The the DET det 2
    Arnia arnia PROPN compound 2
    offensive offensive NOUN nsubj 3
    killed kill VERB ROOT 3
    dozens dozen NOUN dobj 3
"""


def test_location_a_country_modifier_is_a_nationality_a_city_modifier_a_place() -> None:
    parse = tree(NOUN_WITH_MODIFIER)
    country = (gazetteer_place("arnia", parse, 1, 1, precision=COUNTRY),)
    city = (gazetteer_place("arnia", parse, 1, 1, precision=CITY),)
    assert link(parse, country, 2) == (None, None)  # "a US strike"
    assert link(parse, city, 2) == ("arnia", "name modifier of the trigger")  # "Aleppo offensive"
    # the offensive is itself an event: the killing shares its place
    shared = link(parse, city, 3, events=frozenset({2, 3}))
    assert shared == ("arnia", "name modifier of a word sharing the event")
    assert link(parse, city, 3) == ("arnia", "name modifier in the subject or agent")


def test_location_a_country_in_the_triggers_phrase_is_its_place() -> None:
    parse = tree("""
        Rebels rebel NOUN nsubj 1
        attacked attack VERB ROOT 1
        convoys convoy NOUN dobj 1
        in in ADP prep 1
        Arnia arnia PROPN pobj 3
    """)
    places = (gazetteer_place("arnia", parse, 4, 4, precision=COUNTRY),)
    assert link(parse, places, 1) == ("arnia", "'in' phrase of the trigger")


def test_location_the_subject_names_an_actor_its_phrase_a_place() -> None:
    parse = tree("""
        Velm velm PROPN nsubj 1
        attacked attack VERB ROOT 1
        rebels rebel NOUN dobj 1
    """)
    assert link(parse, (gazetteer_place("velm", parse, 0, 0, precision=CITY),), 1) == (None, None)
    phrase = tree("""
        Rebels rebel NOUN nsubj 3
        in in ADP prep 0
        Velm velm PROPN pobj 1
        attacked attack VERB ROOT 3
        a a DET det 5
        convoy convoy NOUN dobj 3
    """)
    places = (gazetteer_place("velm", phrase, 2, 2, precision=CITY),)
    assert link(phrase, places, 3) == ("velm", "'in' phrase in the subject or agent")


def test_location_object_is_the_place_only_for_verbs_that_take_ground() -> None:
    parse = tree("""
        Rebels rebel NOUN nsubj 1
        condemned condemn VERB ROOT 1
        Velm velm PROPN dobj 1
    """)
    places = (gazetteer_place("velm", parse, 2, 2, precision=CITY),)
    assert link(parse, places, 1) == (None, None)
    assert link(parse, places, 1, takes_ground=True) == ("velm", "object of condemn")


def test_location_none_when_only_another_sentence_names_a_place() -> None:
    parse = tree("""
        The the DET det 1
        fighting fighting NOUN nsubj 2
        killed kill VERB ROOT 2
        soldiers soldier NOUN dobj 2
        Officials official NOUN nsubj 7
        in in ADP prep 4
        Velm velm PROPN pobj 5
        condemned condemn VERB ROOT 7
        it it PRON dobj 7
    """)
    sents = tree_with_sentences(parse, starts=(0, 4))
    places = (gazetteer_place("velm", sents, 6, 6, precision=CITY),)
    assert link(sents, places, 2) == (None, None)


def tree_with_sentences(parse: Parse, *, starts: tuple[int, ...]) -> Parse:
    bounds = list(zip(starts, (*starts[1:], len(parse.tokens))))
    tokens = tuple(t._replace(sent=next(k for k, (a, b) in enumerate(bounds) if a <= t.i < b))
                   for t in parse.tokens)
    return Parse(text=parse.text, tokens=tokens, sents=tuple(bounds))


def test_location_not_the_object_of_against_or_according_to() -> None:
    parse = tree("""
        Students student NOUN nsubj 1
        protested protest VERB ROOT 1
        against against ADP prep 1
        Arnia arnia PROPN pobj 2
        according accord VERB prep 1
        to to ADP prep 4
        officials official NOUN pobj 5
        in in ADP prep 6
        Velm velm PROPN pobj 7
    """)
    places = (gazetteer_place("arnia", parse, 3, 3, precision=CITY),
              gazetteer_place("velm", parse, 8, 8, precision=CITY))
    assert link(parse, places, 1) == (None, None)


def test_location_a_district_in_a_province_is_not_enclosing_it() -> None:
    parse = tree("""
        Gunmen gunman NOUN nsubj 1
        killed kill VERB ROOT 1
        farmers farmer NOUN dobj 1
        in in ADP prep 1
        the the DET det 6
        Harat harat PROPN compound 6
        area area NOUN pobj 3
        in in ADP prep 6
        Dorn dorn PROPN compound 9
        province province NOUN pobj 7
    """)
    places = (gazetteer_place("harat", parse, 5, 5, precision=DISTRICT),
              gazetteer_place("dorn", parse, 8, 9, precision=PROVINCE))
    assert link(parse, places, 1) == ("harat", "'in' phrase of the trigger")


def test_location_an_origin_or_the_sides_are_not_the_place() -> None:
    """"from X" says where someone or something came from; "between X and Y" names sides."""
    origin = tree("""
        Police police NOUN nsubj 1
        detained detain VERB ROOT 1
        traders trader NOUN dobj 1
        from from ADP prep 2
        Velm velm PROPN pobj 3
    """)
    assert link(origin, (gazetteer_place("velm", origin, 4, 4, precision=CITY),), 1) == \
        (None, None)
    sides = tree("""
        Fighting fighting NOUN ROOT 0
        between between ADP prep 0
        Arnia arnia PROPN pobj 1
        and and CCONJ cc 2
        Dorn dorn PROPN conj 2
    """)
    places = (gazetteer_place("arnia", sides, 2, 2, precision=COUNTRY),
              gazetteer_place("dorn", sides, 4, 4, precision=COUNTRY))
    assert link(sides, places, 0) == (None, None)


ATTACKED_AND_FLED = """
    Gunmen gunman NOUN nsubj 1
    attacked attack VERB ROOT 1
    a a DET det 3
    post post NOUN dobj 1
    and and CCONJ cc 1
    fled flee VERB conj 1
    to to ADP prep 5
    Velm velm PROPN pobj 6
"""


def test_location_where_people_went_is_the_place_only_when_forces_are_sent() -> None:
    """A "to" phrase of a verb sharing the event is where people went afterwards ("attacked a
    post and fled to X"), unless the event sends forces ("troops were sent and deployed to
    X"); in the trigger's own phrase it stays ("attacked villages close to X")."""
    parse = tree(ATTACKED_AND_FLED)
    places = (gazetteer_place("velm", parse, 7, 7, precision=CITY),)
    assert link(parse, places, 1) == (None, None)
    assert link(parse, places, 1, movement=True) == \
        ("velm", "'to' phrase of a word sharing the event")
    close = tree("""
        Gunmen gunman NOUN nsubj 1
        attacked attack VERB ROOT 1
        villages village NOUN dobj 1
        close close ADV advmod 2
        to to ADP prep 3
        Velm velm PROPN pobj 4
    """)
    places = (gazetteer_place("velm", close, 5, 5, precision=CITY),)
    assert link(close, places, 1) == ("velm", "'to' phrase of the trigger")


KILLED_WHEN_FIRED = """
    Men man NOUN nsubjpass 2
    were be AUX auxpass 2
    killed kill VERB ROOT 2
    when when SCONJ advmod 5
    gunmen gunman NOUN nsubj 5
    fired fire VERB advcl 2
    on on ADP prep 5
    a a DET det 10
    Arnia arnia PROPN compound 10
    ferry ferry NOUN compound 10
    bar bar NOUN pobj 6
    in in ADP prep 10
    Arnia arnia PROPN pobj 11
"""


def test_location_a_country_in_the_scene_counts_when_a_preposition_places_it() -> None:
    """"killed when gunmen fired on a bar in X": the country in the clause that sets the
    scene is the place; the same country as a modifier there ("an X ferry") is not."""
    parse = tree(KILLED_WHEN_FIRED)
    places = (gazetteer_place("arnia", parse, 12, 12, precision=COUNTRY),)
    assert link(parse, places, 2) == \
        ("arnia", "'in' phrase in a clause setting the trigger's scene")
    modifier = (gazetteer_place("arnia", parse, 8, 8, precision=COUNTRY),)
    assert link(parse, modifier, 2) == (None, None)


def test_location_a_nationality_word_is_never_the_place() -> None:
    """"killed two Arnians" (the model's NORP): people, even when the places stage resolved
    the word to their country; a city-precision namesake stays a candidate."""
    parse = tree("""
        Rebels rebel NOUN nsubj 1
        killed kill VERB ROOT 1
        two two NUM nummod 3
        Arnians arnian PROPN dobj 1
    """, ents=[(3, 4, "NORP")])
    country = (gazetteer_place("arnia", parse, 3, 3, precision=COUNTRY),)
    assert link(parse, country, 1, takes_ground=True) == (None, None)
    passive = tree("""
        Arnians arnian PROPN nsubjpass 2
        were be AUX auxpass 2
        shelled shell VERB ROOT 2
    """, ents=[(0, 1, "NORP")])
    country = (gazetteer_place("arnia", passive, 0, 0, precision=COUNTRY),)
    assert link(passive, country, 2, takes_ground=True) == (None, None)
    villages = tree("""
        Rebels rebel NOUN nsubj 1
        attacked attack VERB ROOT 1
        Arnian arnian ADJ amod 3
        villages village NOUN dobj 1
    """, ents=[(2, 3, "NORP")])
    places = (gazetteer_place("arnia", villages, 2, 2, precision=COUNTRY),)
    assert link(villages, places, 1, takes_ground=True) == (None, None)


def of_phrase(noun: str) -> Parse:
    return tree(f"""
        Gunmen gunman NOUN nsubj 1
        killed kill VERB ROOT 1
        two two NUM nummod 3
        men man NOUN dobj 1
        in in ADP prep 1
        the the DET det 7
        Velm velm PROPN compound 7
        {noun} {noun} NOUN pobj 4
        of of ADP prep 7
        Arn arn PROPN pobj 8
    """)


def test_location_the_noun_of_an_of_phrase_says_which_place_encloses_the_other() -> None:
    """"the Velm neighbourhood of Arn": Velm is in Arn; "the Velm town of Arn": Arn is a
    town in Velm. The gazetteer's ranks decide first when it knows both."""
    for noun, inside in (("neighbourhood", "velm"), ("area", "velm"), ("town", "arn"),
                         ("suburb", "arn"), ("province", "arn")):
        parse = of_phrase(noun)
        places = (gazetteer_place("velm", parse, 6, 6, precision=CITY),
                  gazetteer_place("arn", parse, 9, 9, precision=CITY))
        assert link(parse, places, 1)[0] == inside, noun
    parse = of_phrase("town")
    ranked = (gazetteer_place("velm", parse, 6, 6, precision=CITY),
              gazetteer_place("arn", parse, 9, 9, precision=PROVINCE))
    assert link(parse, ranked, 1)[0] == "velm"  # "the Velm town of Arn province": ranks win


def test_location_a_country_owning_the_noun_of_a_locative_phrase_locates_it() -> None:
    """"attacked towns in Arnia's cocoa belt": the belt is in Arnia; "won over Arnia's
    champion" names a person, and "Arnia's troops" who, not where."""
    parse = tree("""
        Rebels rebel NOUN nsubj 1
        attacked attack VERB ROOT 1
        towns town NOUN dobj 1
        in in ADP prep 2
        Arnia arnia PROPN poss 7
        's 's PART case 4
        cocoa cocoa NOUN compound 7
        belt belt NOUN pobj 3
    """)
    places = (gazetteer_place("arnia", parse, 4, 4, precision=COUNTRY),)
    assert link(parse, places, 1) == ("arnia", "'in' phrase of the trigger")
    over = tree("""
        She she PRON nsubj 1
        won win VERB ROOT 1
        over over ADP prep 1
        Arnia arnia PROPN poss 5
        's 's PART case 3
        champion champion NOUN pobj 2
    """)
    places = (gazetteer_place("arnia", over, 3, 3, precision=COUNTRY),)
    assert link(over, places, 1) == (None, None)
    troops = tree("""
        Arnia arnia PROPN poss 2
        's 's PART case 0
        troops troop NOUN nsubj 3
        attacked attack VERB ROOT 3
        rebels rebel NOUN dobj 3
    """)
    places = (gazetteer_place("arnia", troops, 0, 0, precision=COUNTRY),)
    assert link(troops, places, 3) == (None, None)


def test_location_conjuncts_are_siblings_and_share_the_objects_role() -> None:
    """"patrolled Velm and Arn venues": neither encloses the other (the first wins);
    "seized a post and Velm": the conjunct of the ground is ground; "condemned Arnia and
    Dorn": a conjunct of a target is a target."""
    venues = tree("""
        Troops troop NOUN nsubj 1
        patrolled patrol VERB ROOT 1
        Velm velm PROPN nmod 5
        and and CCONJ cc 2
        Arn arn PROPN conj 2
        venues venue NOUN dobj 1
    """)
    places = (gazetteer_place("velm", venues, 2, 2, precision=CITY),
              gazetteer_place("arn", venues, 4, 4, precision=CITY))
    assert link(venues, places, 1, takes_ground=True)[0] == "velm"
    seized = tree("""
        Rebels rebel NOUN nsubj 1
        seized seize VERB ROOT 1
        a a DET det 3
        post post NOUN dobj 1
        and and CCONJ cc 3
        Velm velm PROPN conj 3
    """)
    places = (gazetteer_place("velm", seized, 5, 5, precision=CITY),)
    assert link(seized, places, 1, takes_ground=True) == ("velm", "object of seize")
    targets = tree("""
        Protesters protester NOUN nsubj 1
        condemned condemn VERB ROOT 1
        Arnia arnia PROPN dobj 1
        and and CCONJ cc 2
        Dorn dorn PROPN conj 2
    """)
    places = (gazetteer_place("arnia", targets, 2, 2, precision=COUNTRY),
              gazetteer_place("dorn", targets, 4, 4, precision=COUNTRY))
    assert link(targets, places, 1) == (None, None)


def glue_hyphens(parse: Parse) -> Parse:
    """The parse with its hyphens written without spaces ("Kafr-e-Nur", "Velm-backed")."""
    text, tokens = "", []
    for tok in parse.tokens:
        if text and tok.text != "-" and not text.endswith("-"):
            text += " "
        tokens.append(tok._replace(idx=len(text)))
        text += tok.text
    return Parse(text=text, tokens=tuple(tokens), sents=parse.sents)


def test_location_a_name_spelt_with_hyphens_is_a_place_a_hyphenated_modifier_is_not() -> None:
    name = glue_hyphens(tree("""
        Fighters fighter NOUN nsubj 1
        attacked attack VERB ROOT 1
        a a DET det 3
        post post NOUN dobj 1
        in in ADP prep 1
        Kafr kafr PROPN pobj 4
        - - PUNCT punct 5
        e e X dep 5
        - - PUNCT punct 5
        Nur nur PROPN dep 5
    """))
    assert name.text == "Fighters attacked a post in Kafr-e-Nur"
    places = (gazetteer_place("kafr", name, 5, 9, precision=CITY),)
    assert link(name, places, 1) == ("kafr", "'in' phrase of the trigger")
    modifier = glue_hyphens(tree("""
        Velm velm PROPN npadvmod 2
        - - PUNCT punct 2
        backed back VERB amod 3 VBN
        militias militia NOUN nsubj 4
        attacked attack VERB ROOT 4
        a a DET det 6
        post post NOUN dobj 4
    """))
    assert modifier.text.startswith("Velm-backed militias")
    places = (gazetteer_place("velm", modifier, 0, 0, precision=CITY),)
    assert link(modifier, places, 4) == (None, None)


def test_location_a_country_owning_a_geographic_noun_locates_it() -> None:
    coast = tree("""
        Frigates frigate NOUN nsubj 1
        patrolled patrol VERB ROOT 1
        Arnia arnia PROPN poss 4
        's 's PART case 2
        coastline coastline NOUN dobj 1
    """)
    places = (gazetteer_place("arnia", coast, 2, 2, precision=COUNTRY),)
    assert link(coast, places, 1) == ("arnia", "possessor of the trigger")
    ships = tree("""
        Frigates frigate NOUN nsubj 1
        escorted escort VERB ROOT 1
        Arnia arnia PROPN poss 4
        's 's PART case 2
        tankers tanker NOUN dobj 1
    """)
    places = (gazetteer_place("arnia", ships, 2, 2, precision=COUNTRY),)
    assert link(ships, places, 1) == (None, None)


AGENT_PHRASE = """
    Smugglers smuggler NOUN nsubjpass 2
    were be AUX auxpass 2
    captured capture VERB ROOT 2
    by by ADP agent 2
    soldiers soldier NOUN pobj 3
    {prep} {prep} ADP prep 4
    Arnia arnia PROPN pobj 5
"""


def test_location_a_country_placing_the_agent_is_the_place_where_it_came_from_is_not() -> None:
    inside = tree(AGENT_PHRASE.format(prep="in"))
    places = (gazetteer_place("arnia", inside, 6, 6, precision=COUNTRY),)
    assert link(inside, places, 2) == ("arnia", "'in' phrase in the subject or agent")
    origin = tree(AGENT_PHRASE.format(prep="from"))
    places = (gazetteer_place("arnia", origin, 6, 6, precision=COUNTRY),)
    assert link(origin, places, 2) == (None, None)


def test_location_an_elliptical_passive_conjunct_shares_the_event() -> None:
    """"Two were killed and four others wounded in Varn": the parser hangs "wounded" on
    "others", the conjunct of the trigger."""
    parse = tree("""
        Two two NUM nsubjpass 2
        were be AUX auxpass 2
        killed kill VERB ROOT 2
        and and CCONJ cc 2
        four four NUM nummod 5
        others other NOUN conj 2
        wounded wound VERB acl 5 VBN
        in in ADP prep 6
        Varn varn PROPN pobj 7
    """)
    places = (gazetteer_place("varn", parse, 8, 8, precision=CITY),)
    assert link(parse, places, 2) == ("varn", "'in' phrase of a word sharing the event")


def test_location_the_scene_clause_of_a_conjoined_verb_sets_the_scene() -> None:
    parse = tree("""
        Three three NUM nsubjpass 2
        were be AUX auxpass 2
        killed kill VERB ROOT 2
        and and CCONJ cc 2
        two two NUM nsubj 5
        injured injure VERB conj 2
        when when ADV advmod 9
        a a DET det 8
        bomb bomb NOUN nsubj 9
        hit hit VERB advcl 5
        a a DET det 11
        bus bus NOUN dobj 9
        in in ADP prep 9
        Varn varn PROPN pobj 12
    """)
    places = (gazetteer_place("varn", parse, 13, 13, precision=CITY),)
    assert link(parse, places, 2) == (
        "varn", "'in' phrase in a clause setting the trigger's scene")


FLEE = """
    He he PRON nsubjpass 2
    was be AUX auxpass 2
    shot shoot VERB ROOT 2
    as as SCONJ mark 5
    he he PRON nsubj 5
    tried try VERB advcl 2
    to to PART aux 7
    flee flee VERB xcomp 5
    Varn varn PROPN dobj 7
"""


def test_location_a_scene_clause_is_followed_into_its_complement() -> None:
    """"shot as he tried to flee Varn": a town; a country named without a preposition
    outside the trigger's phrase stays background."""
    parse = tree(FLEE)
    town = (gazetteer_place("varn", parse, 8, 8, precision=CITY),)
    assert link(parse, town, 2) == ("varn", "dobj in a clause setting the trigger's scene")
    country = (gazetteer_place("varn", parse, 8, 8, precision=COUNTRY),)
    assert link(parse, country, 2) == (None, None)


def unknown_place(ident: str, parse: Parse, first: int, last: int) -> Place:
    return Place(id=ident, name=" ".join(t.text for t in parse.tokens[first:last + 1]),
                 mentions=(span(parse, first, last),))


def test_location_the_town_wins_over_a_facility_the_gazetteer_does_not_know() -> None:
    parse = tree("""
        Gunmen gunman NOUN nsubj 1
        shot shoot VERB ROOT 1
        a a DET det 3
        guard guard NOUN dobj 1
        at at ADP prep 1
        the the DET det 7
        Velm velm PROPN compound 7
        Hotel hotel PROPN pobj 4
        in in ADP prep 7
        Varn varn PROPN pobj 8
    """)
    places = (unknown_place("hotel", parse, 6, 7),
              gazetteer_place("varn", parse, 9, 9, precision=CITY))
    assert link(parse, places, 1) == ("varn", "'in' phrase of the trigger")
    alone = (unknown_place("hotel", parse, 6, 7),)
    assert link(parse, alone, 1) == ("hotel", "'at' phrase of the trigger")


def test_location_an_unknown_name_saying_province_ranks_as_a_province() -> None:
    """"captured Varn, capital of Dorn province": the city, not the province the gazetteer
    does not know."""
    parse = tree("""
        Rebels rebel NOUN nsubj 1
        captured capture VERB ROOT 1
        Varn varn PROPN dobj 1
        , , PUNCT punct 2
        capital capital NOUN appos 2
        of of ADP prep 4
        Dorn dorn PROPN compound 7
        province province NOUN pobj 5
    """)
    places = (gazetteer_place("varn", parse, 2, 2, precision=CITY),
              unknown_place("dorn", parse, 6, 7))
    assert link(parse, places, 1, takes_ground=True) == ("varn", "object of capture")


def test_location_nothing_under_an_against_or_about_phrase_is_the_place() -> None:
    """"protested against the bombing of Varn (in Dorn)": Varn is what they protested
    about; Dorn, where they protested."""
    parse = tree("""
        Students student NOUN nsubj 1
        protested protest VERB ROOT 1
        against against ADP prep 1
        the the DET det 4
        bombing bombing NOUN pobj 2
        of of ADP prep 4
        Varn varn PROPN pobj 5
        in in ADP prep 1
        Dorn dorn PROPN pobj 7
    """)
    varn = gazetteer_place("varn", parse, 6, 6, precision=CITY)
    assert link(parse, (varn,), 1) == (None, None)
    dorn = gazetteer_place("dorn", parse, 8, 8, precision=CITY)
    assert link(parse, (varn, dorn), 1) == ("dorn", "'in' phrase of the trigger")


def test_location_a_conjunct_of_the_subject_is_an_actor_its_phrase_a_place() -> None:
    """"Arnia and Velm sent troops": both sides are actors; "soldiers and police in Velm":
    the conjunct's phrase places them."""
    parse = tree("""
        Arnia arnia PROPN nsubj 3
        and and CCONJ cc 0
        Velm velm PROPN conj 0
        sent send VERB ROOT 3
        troops troop NOUN dobj 3
    """)
    places = (gazetteer_place("arnia", parse, 0, 0, precision=PROVINCE),
              gazetteer_place("velm", parse, 2, 2, precision=CITY))
    assert link(parse, places, 3, movement=True) == (None, None)
    phrase = tree("""
        Soldiers soldier NOUN nsubj 5
        and and CCONJ cc 0
        police police NOUN conj 0
        in in ADP prep 2
        Velm velm PROPN pobj 3
        patrolled patrol VERB ROOT 5
    """)
    places = (gazetteer_place("velm", phrase, 4, 4, precision=CITY),)
    assert link(phrase, places, 5) == ("velm", "'in' phrase in the subject or agent")


def test_location_a_conjunct_sending_people_onward_is_a_later_event() -> None:
    """"captured and deported to a camp at Varn": Varn is where they were taken, not where
    they were captured; "shot and killed two men at Varn" shares the place."""
    parse = tree("""
        Two two NUM nsubjpass 2
        were be AUX auxpass 2
        captured capture VERB ROOT 2
        and and CCONJ cc 2
        deported deport VERB conj 2
        to to ADP prep 4
        a a DET det 7
        camp camp NOUN pobj 5
        at at ADP prep 7
        Varn varn PROPN pobj 8
    """)
    places = (gazetteer_place("varn", parse, 9, 9, precision=CITY),)
    assert link(parse, places, 2) == (None, None)
    shared = tree("""
        Gunmen gunman NOUN nsubj 1
        shot shoot VERB ROOT 1
        and and CCONJ cc 1
        killed kill VERB conj 1
        two two NUM nummod 5
        men man NOUN dobj 3
        at at ADP prep 3
        Varn varn PROPN pobj 6
    """)
    places = (gazetteer_place("varn", shared, 7, 7, precision=CITY),)
    assert link(shared, places, 1) == ("varn", "'at' phrase of a word sharing the event")


SCENE_INSIDE_PROVINCE = """
    In in ADP prep 6
    Dorn dorn PROPN compound 2
    province province NOUN pobj 0
    , , PUNCT punct 6
    five five NUM nsubjpass 6
    were be AUX auxpass 6
    killed kill VERB ROOT 6
    when when ADV advmod 10
    a a DET det 9
    bomb bomb NOUN nsubj 10
    hit hit VERB advcl 6
    a a DET det 12
    van van NOUN dobj 10
    near near ADP prep 10
    Varn varn PROPN pobj 13
"""


def test_location_a_town_the_gazetteer_puts_inside_the_chosen_province_wins() -> None:
    """"In Dorn province, five were killed when a bomb hit a van near Varn": Varn, when the
    gazetteer puts it in Dorn; Dorn when Varn lies in another province."""
    parse = tree(SCENE_INSIDE_PROVINCE)
    dorn = Place(id="dorn", name="Dorn", geonameid=11, precision=PROVINCE, country="ARN",
                 admin1="Dorn", mentions=(span(parse, 1, 2),))
    inside = Place(id="varn", name="Varn", geonameid=12, precision=CITY, country="ARN",
                   admin1="Dorn", mentions=(span(parse, 14),))
    assert link(parse, (dorn, inside), 6) == (
        "varn", "'near' phrase in a clause setting the trigger's scene")
    elsewhere = replace(inside, admin1="Harat")
    assert link(parse, (dorn, elsewhere), 6) == ("dorn", "'in' phrase of the trigger")


def test_location_a_part_of_a_town_wins_over_the_town() -> None:
    """"in the Velm neighbourhood of Arn": the neighbourhood the gazetteer does not know is
    narrower than the town it knows, whichever of the two names the noun's "of" phrase."""
    parse = of_phrase("neighbourhood")
    places = (unknown_place("velm", parse, 6, 6),
              gazetteer_place("arn", parse, 9, 9, precision=CITY))
    assert link(parse, places, 1) == ("velm", "'in' phrase of the trigger")
    places = (gazetteer_place("velm", parse, 6, 6, precision=CITY),
              unknown_place("arn", parse, 9, 9))
    assert link(parse, places, 1) == ("arn", "'of' phrase of the trigger")


def test_location_a_place_in_apposition_to_a_neighbourhood_is_a_part_of_a_town() -> None:
    """"shot a guard in Velm, a neighbourhood of Arn": Velm."""
    parse = tree("""
        Gunmen gunman NOUN nsubj 1
        shot shoot VERB ROOT 1
        a a DET det 3
        guard guard NOUN dobj 1
        in in ADP prep 1
        Velm velm PROPN pobj 4
        , , PUNCT punct 5
        a a DET det 8
        neighbourhood neighbourhood NOUN appos 5
        of of ADP prep 8
        Arn arn PROPN pobj 9
    """)
    places = (unknown_place("velm", parse, 5, 5),
              gazetteer_place("arn", parse, 10, 10, precision=CITY))
    assert link(parse, places, 1) == ("velm", "'in' phrase of the trigger")


def test_location_villages_of_a_named_administrative_unit_are_inside_it() -> None:
    """"attacked the Velm villages of Dorn Local Government Area": the unit's name says it
    encloses the villages (both unknown to the gazetteer)."""
    parse = tree("""
        Gunmen gunman NOUN nsubj 1
        attacked attack VERB ROOT 1
        the the DET det 4
        Velm velm PROPN compound 4
        villages village NOUN dobj 1
        of of ADP prep 4
        Dorn dorn PROPN compound 9
        Local local PROPN compound 9
        Government government PROPN compound 9
        Area area PROPN pobj 5
    """)
    places = (unknown_place("velm", parse, 3, 3), unknown_place("dorn", parse, 6, 9))
    assert link(parse, places, 1, takes_ground=True)[0] == "velm"


CAPTURED_IN = """
    Varn varn PROPN nsubjpass 2
    was be AUX auxpass 2
    captured capture VERB ROOT 2
    in in ADP prep 2
    Arnia arnia PROPN pobj 3
    last last ADJ amod 6
    year year NOUN npadvmod 2
"""


def test_location_a_person_captured_is_the_victim_the_verbs_phrase_the_place() -> None:
    """"Varn was captured in Arnia": when the model tags Varn a person, the 'in' phrase
    places the event; tagged a place, Varn is the ground taken."""
    person = tree(CAPTURED_IN, ents=[(0, 1, "PERSON")])
    places = (gazetteer_place("varn", person, 0, 0, precision=CITY),
              gazetteer_place("arnia", person, 4, 4, precision=COUNTRY))
    assert link(person, places, 2, takes_ground=True) == ("arnia", "'in' phrase of the trigger")
    town = tree(CAPTURED_IN, ents=[(0, 1, "GPE")])
    places = (gazetteer_place("varn", town, 0, 0, precision=CITY),
              gazetteer_place("arnia", town, 4, 4, precision=COUNTRY))
    assert link(town, places, 2, takes_ground=True) == ("varn", "object of capture")


def test_location_a_district_of_a_city_is_a_part_of_the_town() -> None:
    """"in the Velm district of Arn": a district the gazetteer does not know, of a city it
    knows, is narrower than the city; of a province, the province's district ranks as one."""
    parse = of_phrase("district")
    places = (unknown_place("velm", parse, 6, 6),
              gazetteer_place("arn", parse, 9, 9, precision=CITY))
    assert link(parse, places, 1)[0] == "velm"
    parse = tree("""
        Police police NOUN nsubj 1
        patrolled patrol VERB ROOT 1
        Velm velm PROPN compound 3
        district district NOUN dobj 1
        in in ADP prep 3
        central central ADJ amod 6
        Arn arn PROPN pobj 4
        and and CCONJ cc 1
        in in ADP prep 1
        Dorn dorn PROPN pobj 8
    """)
    city = (unknown_place("velm", parse, 2, 3), gazetteer_place("arn", parse, 6, 6,
                                                                   precision=CITY),
            gazetteer_place("dorn", parse, 9, 9, precision=CITY))
    assert link(parse, city, 1, takes_ground=True)[0] == "velm"
    province = (unknown_place("velm", parse, 2, 3), gazetteer_place("arn", parse, 6, 6,
                                                                       precision=PROVINCE),
                gazetteer_place("dorn", parse, 9, 9, precision=CITY))
    assert link(parse, province, 1, takes_ground=True)[0] == "dorn"


def test_location_the_noun_of_an_of_phrase_gives_the_places_rank() -> None:
    """"in the province of Arn": a province, though the gazetteer took its capital; "in the
    town of Velm": a town, though the gazetteer does not know it."""
    parse = tree("""
        In in ADP prep 6
        the the DET det 2
        province province NOUN pobj 0
        of of ADP prep 2
        Arn arn PROPN pobj 3
        militants militant NOUN nsubj 6
        shelled shell VERB ROOT 6
        the the DET det 8
        settlements settlement NOUN dobj 6
        of of ADP prep 8
        Velm velm PROPN pobj 9
    """)
    places = (gazetteer_place("arn", parse, 4, 4, precision=CITY),
              unknown_place("velm", parse, 10, 10))
    assert link(parse, places, 6, takes_ground=True) == ("velm", "'of' phrase of the trigger")
    parse = tree("""
        In in ADP prep 3
        Arnia arnia PROPN pobj 0
        police police NOUN nsubj 3
        shot shoot VERB ROOT 3
        two two NUM nummod 5
        men man NOUN dobj 3
        in in ADP prep 3
        the the DET det 8
        town town NOUN pobj 6
        of of ADP prep 8
        Velm velm PROPN pobj 9
    """)
    places = (unknown_place("arnia", parse, 1, 1), unknown_place("velm", parse, 10, 10))
    assert link(parse, places, 3) == ("velm", "'of' phrase of the trigger")


def test_location_a_town_inside_the_chosen_country_wins_one_detour_further() -> None:
    """"Across Arnia, gunmen shot a man walking in Velm": Velm, a town of Arnia, though
    reached through the participle; not an example ("seized half of Arnia, including
    Velm")."""
    parse = tree("""
        Across across ADP prep 3
        Arnia arnia PROPN pobj 0
        gunmen gunman NOUN nsubj 3
        shot shoot VERB ROOT 3
        a a DET det 5
        man man NOUN dobj 3
        walking walk VERB acl 5
        in in ADP prep 6
        Velm velm PROPN pobj 7
    """)
    arnia = Place(id="arnia", name="Arnia", geonameid=1, country="AR", precision=COUNTRY,
                  mentions=(span(parse, 1),))
    velm = Place(id="velm", name="Velm", geonameid=2, country="AR", precision=CITY,
                 mentions=(span(parse, 8),))
    assert link(parse, (arnia, velm), 3)[0] == "velm"
    parse = tree("""
        Rebels rebel NOUN nsubj 1
        seized seize VERB ROOT 1
        half half NOUN dobj 1
        of of ADP prep 2
        Arnia arnia PROPN pobj 3
        , , PUNCT punct 2
        including include VERB prep 2
        Velm velm PROPN pobj 6
    """)
    arnia = replace(arnia, mentions=(span(parse, 4),))
    velm = replace(velm, mentions=(span(parse, 7),))
    assert link(parse, (arnia, velm), 1)[0] == "arnia"


ORIGIN = """
    Velm velm PROPN nsubj 9
    , , PUNCT punct 0
    28 28 NUM appos 0
    , , PUNCT punct 0
    of of ADP prep 0
    Arn arn PROPN pobj 4
    near near ADP prep 5
    Dorn dorn PROPN pobj 6
    , , PUNCT punct 0
    attacked attack VERB ROOT 9
    a a DET det 11
    patrol patrol NOUN dobj 9
"""


def test_location_an_of_phrase_on_a_persons_name_is_where_the_person_is_from() -> None:
    """"Velm, 28, of Arn near Dorn, attacked a patrol": Velm's home, not the attack's place;
    when the model does not tag Velm a person, the subject's phrase places the event."""
    person = tree(ORIGIN, ents=[(0, 1, "PERSON")])
    places = (gazetteer_place("arn", person, 5, 5, precision=CITY),
              gazetteer_place("dorn", person, 7, 7, precision=CITY))
    assert link(person, places, 9) == (None, None)
    group = tree(ORIGIN, ents=[(0, 1, "ORG")])
    places = (gazetteer_place("arn", group, 5, 5, precision=CITY),
              gazetteer_place("dorn", group, 7, 7, precision=CITY))
    assert link(group, places, 9)[0] is not None


def test_location_a_possessor_encloses_the_name_beside_it_not_the_other_way() -> None:
    """"marched in Arn's Velm district": Arn encloses Velm; Velm does not enclose Arn."""
    parse = tree("""
        Crowds crowd NOUN nsubj 1
        marched march VERB ROOT 1
        in in ADP prep 1
        Arn arn PROPN poss 6
        's 's PART case 3
        Velm velm PROPN compound 6
        district district NOUN pobj 2
    """)
    places = (gazetteer_place("arn", parse, 3, 3, precision=CITY),
              gazetteer_place("velm", parse, 5, 5, precision=CITY))
    assert link(parse, places, 1) == ("velm", "'in' phrase of the trigger")


def test_location_a_conjoined_clause_with_its_own_subject_is_another_event() -> None:
    """"Two farmers were killed by gunmen in Arn and a teacher was shot in Velm": the killing
    is placed by its agent's phrase, not by the other clause; a conjoined verb without a
    subject of its own still shares ("were killed and wounded in Velm")."""
    parse = tree("""
        Two two NUM nummod 1
        farmers farmer NOUN nsubjpass 3
        were be AUX auxpass 3
        killed kill VERB ROOT 3
        by by ADP agent 3
        gunmen gunman NOUN pobj 4
        in in ADP prep 5
        Arn arn PROPN pobj 6
        and and CCONJ cc 3
        a a DET det 10
        teacher teacher NOUN nsubjpass 12
        was be AUX auxpass 12
        shot shoot VERB conj 3
        in in ADP prep 12
        Velm velm PROPN pobj 13
    """)
    places = (gazetteer_place("arn", parse, 7, 7, precision=CITY),
              gazetteer_place("velm", parse, 14, 14, precision=CITY))
    assert link(parse, places, 3) == ("arn", "'in' phrase in the subject or agent")
    shared = tree("""
        Two two NUM nummod 1
        farmers farmer NOUN nsubjpass 3
        were be AUX auxpass 3
        killed kill VERB ROOT 3
        by by ADP agent 3
        gunmen gunman NOUN pobj 4
        in in ADP prep 5
        Arn arn PROPN pobj 6
        and and CCONJ cc 3
        wounded wound VERB conj 3
        in in ADP prep 9
        Velm velm PROPN pobj 10
    """)
    places = (gazetteer_place("arn", shared, 7, 7, precision=CITY),
              gazetteer_place("velm", shared, 11, 11, precision=CITY))
    assert link(shared, places, 3) == ("velm", "'in' phrase of a word sharing the event")


def test_location_a_relative_clause_on_the_subject_tells_of_the_actor() -> None:
    """"The farmer, who was born in Arn, was shot last year": where the farmer was born, not
    where he was shot; "the farmer in Arn was shot" places it."""
    parse = tree("""
        The the DET det 1
        farmer farmer NOUN nsubjpass 10
        , , PUNCT punct 1
        who who PRON nsubjpass 5
        was be AUX auxpass 5
        born bear VERB relcl 1
        in in ADP prep 5
        Arn arn PROPN pobj 6
        , , PUNCT punct 1
        was be AUX auxpass 10
        shot shoot VERB ROOT 10
    """)
    places = (gazetteer_place("arn", parse, 7, 7, precision=CITY),)
    assert link(parse, places, 10) == (None, None)
    parse = tree("""
        The the DET det 1
        farmer farmer NOUN nsubjpass 5
        in in ADP prep 1
        Arn arn PROPN pobj 2
        was be AUX auxpass 5
        shot shoot VERB ROOT 5
    """)
    places = (gazetteer_place("arn", parse, 3, 3, precision=CITY),)
    assert link(parse, places, 5) == ("arn", "'in' phrase in the subject or agent")


def test_location_a_settlement_wins_over_a_building_when_the_gazetteer_knows_neither() -> None:
    """"detonated a bomb at the Velm Office in Arn": Arn, though the gazetteer knows neither
    name; without a building word the nearer name stays first."""
    for word, chosen in (("Office", "arn"), ("Gate", "velm")):
        parse = tree(f"""
            Guerrillas guerrilla NOUN nsubj 1
            detonated detonate VERB ROOT 1
            a a DET det 3
            bomb bomb NOUN dobj 1
            at at ADP prep 1
            the the DET det 7
            Velm velm PROPN compound 7
            {word} {word.lower()} PROPN pobj 4
            in in ADP prep 7
            Arn arn PROPN pobj 8
        """)
        places = (unknown_place("velm", parse, 6, 7), unknown_place("arn", parse, 9, 9))
        assert link(parse, places, 1)[0] == chosen, word


def test_location_a_city_owning_a_building_is_the_place_as_in_its_in_phrase() -> None:
    """"demonstrated outside Arn's Velm Hotel": Arn, as in "outside the Velm Hotel in Arn"."""
    parse = tree("""
        Crowds crowd NOUN nsubj 1
        demonstrated demonstrate VERB ROOT 1
        outside outside ADP prep 1
        Arn arn PROPN poss 6
        's 's PART case 3
        Velm velm PROPN compound 6
        Hotel hotel PROPN pobj 2
    """)
    places = (gazetteer_place("arn", parse, 3, 3, precision=CITY),
              unknown_place("velm", parse, 5, 6))
    assert link(parse, places, 1) == ("arn", "'outside' phrase of the trigger")


AGAINST_IN = """
    Students student NOUN nsubj 1
    marched march VERB ROOT 1
    against against ADP prep 1
    Velm velm PROPN pobj 2
    in in ADP prep 3
    Arn arn PROPN pobj 4
"""


def test_location_a_place_hung_on_a_person_in_an_against_phrase_places_the_act() -> None:
    """"marched against Velm in Arn": a person is not located by the phrase, the march is;
    "marched against the war in Arn" is about the war there (no place)."""
    person = tree(AGAINST_IN, ents=[(3, 4, "PERSON")])
    places = (gazetteer_place("arn", person, 5, 5, precision=CITY),)
    assert link(person, places, 1) == ("arn", "'in' phrase of the trigger")
    thing = tree(AGAINST_IN.replace("Velm velm PROPN", "war war NOUN"))
    places = (gazetteer_place("arn", thing, 5, 5, precision=CITY),)
    assert link(thing, places, 1) == (None, None)


def test_location_a_relative_clause_on_a_place_places_its_events() -> None:
    """"Twelve died in Arn, where troops shelled a market": Arn; "in Arn, which troops
    shelled": Arn, the ground taken; "in Arn, which troops left": a verb that takes no ground
    does not place the leaving there."""
    parse = tree("""
        Twelve twelve NUM nsubj 1
        died die VERB ROOT 1
        in in ADP prep 1
        Arn arn PROPN pobj 2
        , , PUNCT punct 3
        where where SCONJ advmod 7
        troops troop NOUN nsubj 7
        shelled shell VERB relcl 3
        a a DET det 9
        market market NOUN dobj 7
    """)
    places = (gazetteer_place("arn", parse, 3, 3, precision=CITY),)
    assert link(parse, places, 7, takes_ground=True) == (
        "arn", "place of the relative clause of the trigger")
    parse = tree("""
        Twelve twelve NUM nsubj 1
        died die VERB ROOT 1
        in in ADP prep 1
        Arn arn PROPN pobj 2
        , , PUNCT punct 3
        which which PRON dobj 7 WDT
        troops troop NOUN nsubj 7
        shelled shell VERB relcl 3
    """)
    places = (gazetteer_place("arn", parse, 3, 3, precision=CITY),)
    assert link(parse, places, 7, takes_ground=True)[0] == "arn"
    assert link(parse, places, 7, takes_ground=False) == (None, None)


def test_location_a_when_clause_on_a_time_sets_the_scene() -> None:
    """"were shot last week when troops raided a house in Arn", the "when" clause parsed as a
    relative clause on "week": it sets the scene, as the same clause on the verb does."""
    parse = tree("""
        Two two NUM nummod 1
        men man NOUN nsubjpass 3
        were be AUX auxpass 3
        shot shoot VERB ROOT 3
        last last ADJ amod 5
        week week NOUN npadvmod 3
        when when SCONJ advmod 8
        troops troop NOUN nsubj 8
        raided raid VERB relcl 5
        a a DET det 10
        house house NOUN dobj 8
        in in ADP prep 10
        Arn arn PROPN pobj 11
    """, ents=[(4, 6, "DATE")])
    places = (gazetteer_place("arn", parse, 12, 12, precision=CITY),)
    assert link(parse, places, 3) == ("arn", "'in' phrase in a clause setting the trigger's scene")


def test_location_a_relative_clause_on_a_country_in_apposition_places_at_the_town() -> None:
    """"He died at Velm, Arnia, where guards shot him": the clause hangs on Arnia, which only
    says where Velm is."""
    parse = tree("""
        He he PRON nsubj 1
        died die VERB ROOT 1
        at at ADP prep 1
        Velm velm PROPN pobj 2
        , , PUNCT punct 3
        Arnia arnia PROPN appos 3
        , , PUNCT punct 5
        where where SCONJ advmod 9
        guards guard NOUN nsubj 9
        shot shoot VERB relcl 5
        him he PRON dobj 9
    """)
    places = (gazetteer_place("velm", parse, 3, 3, precision=CITY),
              gazetteer_place("arnia", parse, 5, 5, precision=COUNTRY))
    assert link(parse, places, 9, takes_ground=True) == (
        "velm", "place of the relative clause of the trigger")


WITHDREW_FROM = """
    Troops troop NOUN nsubj 1
    withdrew withdraw VERB ROOT 1
    from from ADP prep 1
    Varn varn PROPN pobj 2
    after after ADP prep 1
    talks talk NOUN pobj 4
"""

PULLED_OUT_OF = """
    Troops troop NOUN nsubj 1
    pulled pull VERB ROOT 1
    out out ADP prep 1
    of of ADP prep 2
    Varn varn PROPN pobj 3
    and and CCONJ cc 4
    Dorn dorn PROPN conj 4
"""


def test_location_a_retreat_happens_where_the_forces_left() -> None:
    parse = tree(WITHDREW_FROM)
    places = (gazetteer_place("varn", parse, 3, 3, precision=CITY),)
    assert link(parse, places, 1, retreat=True) == ("varn", "'from' phrase of the trigger")
    parse = tree(PULLED_OUT_OF)  # "out of" is a locative phrase for any event
    places = (gazetteer_place("varn", parse, 4, 4, precision=CITY),
              gazetteer_place("dorn", parse, 6, 6, precision=CITY))
    assert link(parse, places, 1, retreat=True) == ("varn", "'of' phrase of the trigger")


def test_location_a_from_phrase_is_no_place_of_another_event() -> None:
    parse = tree(WITHDREW_FROM)  # "smugglers from X", "captured the heights from X"
    places = (gazetteer_place("varn", parse, 3, 3, precision=CITY),)
    assert link(parse, places, 1) == (None, None)


RAID_THAT_HIT = """
    Six six NUM nummod 1
    guards guard NOUN nsubjpass 3
    were be AUX auxpass 3
    killed kill VERB ROOT 3
    in in ADP prep 3
    a a DET det 6
    raid raid NOUN pobj 4
    that that PRON nsubj 8 WDT
    {verb} {lemma} VERB relcl 6
    a a DET det 10
    post post NOUN dobj 8
    in in ADP prep 8
    Varn varn PROPN pobj 11
"""


def test_location_a_relative_clause_telling_what_the_raid_did_places_it() -> None:
    parse = tree(RAID_THAT_HIT.format(verb="targeted", lemma="target"))
    places = (gazetteer_place("varn", parse, 12, 12, precision=CITY),)
    assert link(parse, places, 3) == ("varn", "'in' phrase in a clause setting the trigger's "
                                               "scene")


def test_location_a_relative_clause_telling_something_else_does_not() -> None:
    parse = tree(RAID_THAT_HIT.format(verb="angered", lemma="anger"))
    places = (gazetteer_place("varn", parse, 12, 12, precision=CITY),)
    assert link(parse, places, 3) == (None, None)


# "A bomb exploded as a convoy passed Varn, about 50 km (30 miles) west of Dorn": the parser
# hangs the distance phrase on the verb, yet it measures Varn.
MEASURED_FROM = """
    A a DET det 1
    bomb bomb NOUN nsubj 2
    exploded explode VERB ROOT 2
    as as SCONJ mark 6
    a a DET det 5
    convoy convoy NOUN nsubj 6
    passed pass VERB advcl 2
    Varn varn PROPN dobj 6
    , , PUNCT punct 2
    about about ADV advmod 10
    50 50 NUM nummod 11
    km km NOUN npadvmod 16
    ( ( PUNCT punct 11
    30 30 NUM nummod 14
    miles mile NOUN appos 11
    ) ) PUNCT punct 11
    west west ADV advmod 2
    of of ADP prep 16
    Dorn dorn PROPN pobj 17
"""


def test_location_a_distance_phrase_stands_for_the_place_it_measures() -> None:
    parse = tree(MEASURED_FROM)
    places = (gazetteer_place("varn", parse, 7, 7, precision=CITY),
              gazetteer_place("dorn", parse, 18, 18, precision=CITY))
    assert link(parse, places, 2) == ("varn", "place a distance phrase measures of the trigger")


def test_location_a_distance_phrase_measuring_no_named_place_stays_a_reference() -> None:
    parse = tree(MEASURED_FROM.replace("Varn varn PROPN", "town town NOUN"))
    places = (gazetteer_place("dorn", parse, 18, 18, precision=CITY),)
    assert link(parse, places, 2) == ("dorn", "'of' phrase of the trigger")


# "Gunmen shot and killed two men and wounded a boy near Varn": the parser hangs the last
# verb on the middle one.
CHAIN_OF_VERBS = """
    Gunmen gunman NOUN nsubj 1
    shot shoot VERB ROOT 1
    and and CCONJ cc 1
    killed kill VERB conj 1
    two two NUM nummod 5
    men man NOUN dobj 3
    and and CCONJ cc 3
    {verb} {lemma} VERB conj 3
    a a DET det 9
    boy boy NOUN dobj 7
    near near ADP prep 7
    Varn varn PROPN pobj 10
"""


def test_location_a_chain_of_conjoined_verbs_shares_the_event() -> None:
    parse = tree(CHAIN_OF_VERBS.format(verb="wounded", lemma="wound"))
    places = (gazetteer_place("varn", parse, 11, 11, precision=CITY),)
    assert link(parse, places, 1) == ("varn", "'near' phrase of a word sharing the event")


def test_location_a_conjoined_verb_of_state_tells_of_later() -> None:
    parse = tree(CHAIN_OF_VERBS.format(verb="became", lemma="become"))
    places = (gazetteer_place("varn", parse, 11, 11, precision=CITY),)
    assert link(parse, places, 1) == (None, None)
    assert link(parse, places, 3) == (None, None)


# "Two guards were wounded by a bomb which exploded at Varn"
WOUNDED_BY_A_BOMB = """
    Two two NUM nummod 1
    guards guard NOUN nsubjpass 3
    were be AUX auxpass 3
    wounded wound VERB ROOT 3
    by by ADP agent 3
    a a DET det 6
    bomb bomb NOUN pobj 4
    which which PRON nsubj 8 WDT
    {verb} {lemma} VERB relcl 6
    at at ADP prep 8
    Varn varn PROPN pobj 9
"""


@pytest.mark.parametrize(("verb", "lemma", "expected"), [
    # what the agent did places the event
    ("exploded", "explode", ("varn", "'at' phrase in a clause setting the trigger's scene")),
    # anything else told of the agent does not
    ("arrived", "arrive", (None, None)),
])
def test_location_a_relative_clause_telling_what_the_agent_did_places_the_event(
        verb: str, lemma: str, expected: tuple[str | None, str | None]) -> None:
    parse = tree(WOUNDED_BY_A_BOMB.format(verb=verb, lemma=lemma))
    places = (gazetteer_place("varn", parse, 10, 10, precision=CITY),)
    assert link(parse, places, 3) == expected


# "Officials recalled the {noun} in Varn that killed 40 people"
RELATIVE_OF_HARM = """
    Officials official NOUN nsubj 1
    recalled recall VERB ROOT 1
    the the DET det 3
    {noun} {noun} NOUN dobj 1
    in in ADP prep 3
    Varn varn PROPN pobj 4
    that that PRON nsubj 7 WDT
    killed kill VERB relcl 3
    40 40 NUM nummod 9
    people person NOUN dobj 7
"""


def test_location_the_noun_a_relative_clause_of_harm_tells_of_places_it() -> None:
    parse = tree(RELATIVE_OF_HARM.format(noun="bombing"))
    places = (gazetteer_place("varn", parse, 5, 5, precision=CITY),)
    assert link(parse, places, 7) == ("varn", "'in' phrase of a word sharing the event")


def test_location_a_group_a_relative_clause_of_harm_tells_of_is_the_actor() -> None:
    parse = tree(RELATIVE_OF_HARM.format(noun="gunmen"), ents=[(3, 4, "NORP")])
    places = (gazetteer_place("varn", parse, 5, 5, precision=CITY),)
    assert link(parse, places, 7) == (None, None)


# "Ten were killed as shells hit the town of Varn": the parser makes "as shells" a phrase.
SPLIT_SCENE = """
    Ten ten NUM nsubjpass 2
    were be AUX auxpass 2
    killed kill VERB ROOT 2
    as as ADP prep 2
    shells shell NOUN pobj 3
    hit hit VERB advcl 2
    the the DET det 7
    town town NOUN dobj 5
    of of ADP prep 7
    Varn varn PROPN pobj 8
"""


def test_location_a_scene_clause_the_parser_split_sets_the_scene() -> None:
    parse = tree(SPLIT_SCENE)
    places = (gazetteer_place("varn", parse, 9, 9, precision=CITY),)
    assert link(parse, places, 2) == ("varn", "'of' phrase in a clause setting the trigger's "
                                               "scene")


def test_location_a_clause_after_another_phrase_sets_no_scene() -> None:
    parse = tree(SPLIT_SCENE.replace("as as ADP", "with with ADP"))
    places = (gazetteer_place("varn", parse, 9, 9, precision=CITY),)
    assert link(parse, places, 2) == (None, None)
