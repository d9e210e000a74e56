"""Rules of the actor stage on hand-built parses (no model): names, titles, pronouns, acronyms,
agents, metonymy, and the traps (a person named like a place, two people with one surname)."""
from __future__ import annotations

import datetime as dt

import pytest

from newsevents.model import Actor, Article, ArticleAnalysis, Mention
from newsevents.parse import Parse, build_parse
from newsevents.resources.dictionaries import ActorDictionary
from newsevents.stages.actors import ActorStage, find_actors


def parse_of(spec: str, *, ents: tuple[tuple[int, int, str], ...] = (),
             sent_starts: list[int] | None = None) -> Parse:
    """Tokens written 'word/POS/dep/head[/lemma]'; head is a token index (itself for a root)."""
    items = [item.split("/") for item in spec.split()]
    return build_parse(
        " ".join(i[0] for i in items), heads=[int(i[3]) for i in items],
        deps=[i[2] for i in items], pos=[i[1] for i in items],
        lemmas=[i[4] if len(i) > 4 else i[0].lower() for i in items],
        ents=list(ents), sent_starts=sent_starts)


def actors_of(parse: Parse, dictionary: ActorDictionary,
              published: dt.date | None = None) -> tuple[Actor, ...]:
    mentions = tuple(Mention(span=e.span, label=e.label, sentence=parse.tokens[e.start].sent)
                     for e in parse.ents)
    article = Article(id="t", text=parse.text, published=published)
    return find_actors(ArticleAnalysis(article=article, mentions=mentions), parse, dictionary)


def named(actors: tuple[Actor, ...], name: str) -> Actor:
    return next(a for a in actors if a.name == name)


def texts(actor: Actor, parse: Parse) -> list[str]:
    return [m.of(parse.text) for m in actor.mentions]


MALIKI = parse_of(
    "Prime/PROPN/compound/1 Minister/PROPN/compound/3 Nuri/PROPN/compound/3 "
    "al-Maliki/PROPN/nsubj/4 visited/VERB/ROOT/4 troops/NOUN/dobj/4 ./PUNCT/punct/4 "
    "al-Maliki/PROPN/nsubj/8 said/VERB/ROOT/8/say ./PUNCT/punct/8",
    ents=((2, 4, "PERSON"), (7, 8, "NORP")), sent_starts=[7])


def test_actors_surname_joins_full_name_even_when_mistagged(dictionary: ActorDictionary) -> None:
    actors = actors_of(MALIKI, dictionary, dt.date(2014, 6, 14))
    maliki = named(actors, "Nuri al-Maliki")
    assert texts(maliki, MALIKI) == ["Prime Minister Nuri al-Maliki", "al-Maliki"]
    assert (maliki.kind, maliki.country, maliki.sector, maliki.code) == ("person", "IRQ", "GOV", "IRQGOV")


TITLE_REF = parse_of(
    "The/DET/det/3 Iraqi/ADJ/amod/3 Prime/PROPN/compound/3 Minister/PROPN/nsubj/4 "
    "said/VERB/ROOT/4/say volunteers/NOUN/nsubj/7/volunteer would/AUX/aux/7 fight/VERB/ccomp/4 "
    "./PUNCT/punct/4", ents=((1, 2, "NORP"),))


@pytest.mark.parametrize(("published", "holder"), [
    (dt.date(2014, 6, 14), "Nuri al-Maliki"), (dt.date(2015, 3, 1), "Haider al-Abadi")])
def test_actors_title_resolves_to_holder_on_publication_date(
        dictionary: ActorDictionary, published: dt.date, holder: str) -> None:
    actors = actors_of(TITLE_REF, dictionary, published)
    person = named(actors, holder)
    assert texts(person, TITLE_REF) == ["The Iraqi Prime Minister"]
    assert person.country == "IRQ"
    assert named(actors, "volunteers").sector == "CVL"


def test_actors_title_without_date_stays_an_agent(dictionary: ActorDictionary) -> None:
    actors = actors_of(TITLE_REF, dictionary, None)
    assert not any(a.kind == "person" for a in actors)
    assert any(a.kind == "agent" and a.country == "IRQ" and a.sector == "GOV" for a in actors)


IN_ARTICLE_TITLE = parse_of(
    "President/PROPN/compound/2 Laura/PROPN/compound/2 Vance/PROPN/nsubj/3 arrived/VERB/ROOT/3 "
    "./PUNCT/punct/3 The/DET/det/6 President/PROPN/nsubj/7 said/VERB/ROOT/7/say "
    "nothing/PRON/dobj/7 ./PUNCT/punct/7",
    ents=((1, 3, "PERSON"),), sent_starts=[5])


def test_actors_title_resolves_to_person_with_that_title(dictionary: ActorDictionary) -> None:
    actors = actors_of(IN_ARTICLE_TITLE, dictionary, None)
    vance = named(actors, "Laura Vance")
    assert texts(vance, IN_ARTICLE_TITLE) == ["President Laura Vance", "The President"]
    assert vance.sector == "GOV"


APPOSITION = parse_of(
    "Iranian/ADJ/amod/3 Foreign/PROPN/compound/2 Minister/PROPN/compound/4 Dara/PROPN/compound/4 "
    "Karimi/PROPN/nsubj/5 spoke/VERB/ROOT/5 ./PUNCT/punct/5",
    ents=((0, 1, "NORP"), (3, 5, "PERSON")))


def test_actors_title_before_name_gives_country_and_sector(dictionary: ActorDictionary) -> None:
    actors = actors_of(APPOSITION, dictionary)
    assert len(actors) == 1
    karimi = actors[0]
    assert (karimi.name, karimi.country, karimi.sector, karimi.code) == (
        "Dara Karimi", "IRN", "GOV", "IRNGOV")
    assert texts(karimi, APPOSITION) == ["Iranian Foreign Minister Dara Karimi"]


PRONOUNS = parse_of(
    "Maria/PROPN/compound/1 Lopez/PROPN/nsubj/2 arrived/VERB/ROOT/2 ./PUNCT/punct/2 "
    "she/PRON/nsubj/5 added/VERB/ROOT/5/add ./PUNCT/punct/5 "
    "John/PROPN/compound/8 Carter/PROPN/nsubj/9 replied/VERB/ROOT/9/reply ./PUNCT/punct/9 "
    "he/PRON/nsubj/12 said/VERB/ROOT/12/say ./PUNCT/punct/12 "
    "she/PRON/nsubj/15 said/VERB/ROOT/15/say ./PUNCT/punct/15 "
    "he/PRON/nsubj/18 left/VERB/ROOT/18/leave ./PUNCT/punct/18",
    ents=((0, 2, "PERSON"), (7, 9, "PERSON")), sent_starts=[4, 7, 11, 14, 17])


def test_actors_pronoun_subject_by_gender(dictionary: ActorDictionary) -> None:
    actors = actors_of(PRONOUNS, dictionary)
    assert texts(named(actors, "Maria Lopez"), PRONOUNS) == ["Maria Lopez", "she", "she"]
    carter = named(actors, "John Carter")
    assert texts(carter, PRONOUNS) == ["John Carter", "he", "he"]  # "he left": any verb


ACRONYMS = parse_of(
    "the/DET/det/3 Desert/PROPN/compound/3 Relief/PROPN/compound/3 Alliance/PROPN/nsubj/7 "
    "(/PUNCT/punct/3 DRA/PROPN/appos/3 )/PUNCT/punct/3 warned/VERB/ROOT/7 ./PUNCT/punct/7 "
    "DRA/PROPN/nsubj/10 said/VERB/ROOT/10/say ./PUNCT/punct/10",
    ents=((1, 4, "ORG"), (9, 10, "ORG")), sent_starts=[9])


def test_actors_acronym_in_brackets_joins_long_form(dictionary: ActorDictionary) -> None:
    actors = actors_of(ACRONYMS, dictionary)
    assert len(actors) == 1
    assert texts(actors[0], ACRONYMS) == ["Desert Relief Alliance", "DRA"]


ISIS = parse_of(
    "militants/NOUN/nsubj/11 from/ADP/prep/0 the/DET/det/4 Islamic/PROPN/compound/4 "
    "State/PROPN/pobj/1 in/ADP/prep/4 Iraq/PROPN/pobj/5 and/CCONJ/cc/6 Syria/PROPN/conj/6 "
    ",/PUNCT/punct/6 or/CCONJ/cc/6 ISIS/PROPN/conj/6 seized/VERB/ROOT/12 Mosul/PROPN/dobj/12 "
    "./PUNCT/punct/12",
    ents=((3, 4, "NORP"), (6, 7, "GPE"), (8, 9, "GPE"), (11, 12, "ORG"), (13, 14, "GPE")))


def test_actors_long_form_split_by_model_is_one_armed_group(dictionary: ActorDictionary) -> None:
    actors = actors_of(ISIS, dictionary)
    isis = named(actors, "Islamic State")
    assert texts(isis, ISIS) == ["Islamic State in Iraq and Syria", "ISIS"]
    assert (isis.kind, isis.sector, isis.code) == ("armed_group", "REB", "IRQREB")
    assert not any(a.kind == "country" for a in actors)


SAME_SURNAME = parse_of(
    "Jane/PROPN/compound/1 Hale/PROPN/nsubj/2 met/VERB/ROOT/2 Robert/PROPN/compound/4 "
    "Hale/PROPN/dobj/2 ./PUNCT/punct/2 Hale/PROPN/nsubj/7 said/VERB/ROOT/7/say ./PUNCT/punct/7",
    ents=((0, 2, "PERSON"), (3, 5, "PERSON"), (6, 7, "PERSON")), sent_starts=[6])


def test_actors_two_people_with_one_surname_stay_apart(dictionary: ActorDictionary) -> None:
    actors = actors_of(SAME_SURNAME, dictionary)
    assert [a.name for a in actors] == ["Jane Hale", "Robert Hale"]
    assert texts(actors[1], SAME_SURNAME) == ["Robert Hale", "Hale"]  # the most recent Hale


PLACE_NAMES = parse_of(
    "Jordan/PROPN/compound/1 Peterson/PROPN/nsubj/2 met/VERB/ROOT/2 Paris/PROPN/compound/4 "
    "Hilton/PROPN/dobj/2 in/ADP/prep/2 Paris/PROPN/pobj/5 ./PUNCT/punct/2",
    ents=((0, 2, "PERSON"), (3, 5, "PERSON"), (6, 7, "GPE")))


def test_actors_person_named_like_a_place(dictionary: ActorDictionary) -> None:
    actors = actors_of(PLACE_NAMES, dictionary)
    assert [(a.name, a.kind) for a in actors] == [("Jordan Peterson", "person"),
                                                  ("Paris Hilton", "person")]


METONYMY = parse_of(
    "Washington/PROPN/nsubj/1 warned/VERB/ROOT/1/warn Tehran/PROPN/dobj/1 in/ADP/prep/1 "
    "Baghdad/PROPN/pobj/3 ./PUNCT/punct/1",
    ents=((0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE")))
PERSON_WASHINGTON = parse_of(
    "Denzel/PROPN/compound/1 Washington/PROPN/nsubj/2 arrived/VERB/ROOT/2 ./PUNCT/punct/2 "
    "Washington/PROPN/nsubj/5 said/VERB/ROOT/5/say ./PUNCT/punct/5",
    ents=((0, 2, "PERSON"), (4, 5, "GPE")), sent_starts=[4])


def test_actors_capital_metonymy_is_the_government(dictionary: ActorDictionary) -> None:
    actors = actors_of(METONYMY, dictionary)
    assert [(a.name, a.code, texts(a, METONYMY)) for a in actors] == [
        ("Government of United States", "USAGOV", ["Washington"]),
        ("Government of Iran", "IRNGOV", ["Tehran"])]  # "in Baghdad" is a place


def test_actors_person_named_washington_keeps_the_name(dictionary: ActorDictionary) -> None:
    actors = actors_of(PERSON_WASHINGTON, dictionary)
    assert [(a.name, a.kind) for a in actors] == [("Denzel Washington", "person")]
    assert texts(actors[0], PERSON_WASHINGTON) == ["Denzel Washington", "Washington"]


DEMONYMS = parse_of(
    "Iraqi/ADJ/amod/1 troops/NOUN/nsubj/2/troop arrived/VERB/ROOT/2 and/CCONJ/cc/2 "
    "Iraqis/PROPN/nsubj/5/iraqi fled/VERB/conj/2/flee ./PUNCT/punct/2",
    ents=((0, 1, "NORP"), (4, 5, "NORP")))


def test_actors_demonym_modifier_versus_group(dictionary: ActorDictionary) -> None:
    actors = actors_of(DEMONYMS, dictionary)
    by_text = {texts(a, DEMONYMS)[0]: a for a in actors}
    assert (by_text["Iraqi troops"].country, by_text["Iraqi troops"].sector) == ("IRQ", "MIL")
    assert (by_text["Iraqis"].kind, by_text["Iraqis"].country, by_text["Iraqis"].sector) == (
        "agent", "IRQ", "CVL")
    assert len(actors) == 2


AGENTS = parse_of(
    "A/DET/det/3 senior/ADJ/amod/3 security/NOUN/compound/3 official/NOUN/nsubj/6 in/ADP/prep/3 "
    "Baghdad/PROPN/pobj/4 told/VERB/ROOT/6/tell state-run/ADJ/amod/8 media/NOUN/dobj/6 "
    "that/SCONJ/mark/14 Iran/PROPN/poss/12 's/PART/case/10 Revolutionary/PROPN/compound/13 "
    "Guard/PROPN/nsubj/14 arrived/VERB/ccomp/6 ./PUNCT/punct/6",
    ents=((5, 6, "GPE"), (10, 11, "GPE"), (12, 14, "ORG")))


def test_actors_unnamed_agents_with_country_cues(dictionary: ActorDictionary) -> None:
    actors = actors_of(AGENTS, dictionary)
    by_text = {texts(a, AGENTS)[0]: a for a in actors}
    official = by_text["A senior security official in Baghdad"]
    assert (official.kind, official.country, official.sector) == ("agent", "IRQ", "GOV")
    assert by_text["state-run media"].sector == "JRN"
    guard = by_text["Revolutionary Guard"]
    assert (guard.country, guard.sector, guard.code) == ("IRN", "MIL", "IRNMIL")
    assert by_text["Iran"].kind == "country"


GENERIC = parse_of(
    "an/DET/det/2 army/NOUN/compound/2 spokesman/NOUN/nsubj/5 and/CCONJ/cc/2 "
    "U.S./PROPN/compound/5 troops/NOUN/conj/2/troop left/VERB/ROOT/6/leave "
    "officials/NOUN/dobj/6/official ./PUNCT/punct/6",
    ents=((4, 5, "GPE"),))


def test_actors_generic_role_takes_modifier_sector(dictionary: ActorDictionary) -> None:
    actors = actors_of(GENERIC, dictionary)
    by_text = {texts(a, GENERIC)[0]: a for a in actors}
    assert by_text["an army spokesman"].sector == "MIL"
    assert by_text["U.S. troops"].code == "USAMIL"
    assert "officials" not in by_text  # a bare generic noun with no cue names nobody


TITLE_NAME = parse_of(
    "U.N./PROPN/compound/2 High/PROPN/compound/2 Commissioner/PROPN/nsubj/10 for/ADP/prep/2 "
    "Human/PROPN/compound/5 Rights/PROPN/pobj/3 Navi/PROPN/compound/7 Pillay/PROPN/appos/2 "
    "and/CCONJ/cc/2 spokeswoman/NOUN/compound/10 Leila/PROPN/compound/11 Hosseini/PROPN/conj/2 "
    "spoke/VERB/ROOT/12 ./PUNCT/punct/12",
    ents=((0, 1, "ORG"),))


def test_actors_title_and_capitalised_name_recover_missed_persons(dictionary: ActorDictionary) -> None:
    actors = actors_of(TITLE_NAME, dictionary)
    pillay = named(actors, "Navi Pillay")
    assert (pillay.kind, pillay.sector, pillay.code) == ("person", "UNO", "IGOUNO")
    spokeswoman = named(actors, "Leila Hosseini")
    assert (spokeswoman.kind, spokeswoman.sector) == ("person", "GOV")


def test_actors_stage_ids_in_order_and_deterministic(dictionary: ActorDictionary) -> None:
    stage = ActorStage(dictionary)
    mentions = tuple(Mention(span=e.span, label=e.label, sentence=0) for e in AGENTS.ents)
    analysis = ArticleAnalysis(article=Article(id="t", text=AGENTS.text), mentions=mentions)
    first, second = stage(analysis, AGENTS), stage(analysis, AGENTS)
    assert first == second and first.stages_run == ("actors.dictionary.v1",)
    assert [a.id for a in first.actors] == [f"a{k}" for k in range(1, len(first.actors) + 1)]
    starts = [a.mentions[0].start for a in first.actors]
    assert starts == sorted(starts)
