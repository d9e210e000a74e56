"""The event a sentence reports, on real parses of sentences we wrote: every PLOVER type, passive
voice, nominalisations, light verbs, reported speech, and sentences that report no event.

The event compared is the sentence's main event (stages/events/salience.py) among the events
that are said to have happened or to be intended (negated, hypothetical and denied ones are
left out, as an event coder leaves them out).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from newsevents.model import ArticleAnalysis, Event
from newsevents.parse import Parse
from newsevents.stages.events.salience import main_event

UNREAL = frozenset({"negated", "hypothetical", "denied"})

EACH_TYPE = [
    ('AGREE', 'The two governments agreed to cooperate on border security.'),
    ('AGREE', 'Arnia pledged to provide fuel to the northern provinces.'),
    ('AGREE', 'The rebels said they were ready to withdraw from the border towns.'),
    ('CONSULT', 'The foreign minister met his Borvian counterpart in Velm on Monday.'),
    ('CONSULT', 'The president held talks with opposition leaders.'),
    ('CONSULT', "Arnia's prime minister visited Borvia last week."),
    ('CONSULT', 'The two leaders spoke by telephone on Tuesday.'),
    ('SUPPORT', 'The council praised the peace deal.'),
    ('SUPPORT', 'Arnia and Borvia signed a border agreement on Friday.'),
    ('SUPPORT', 'The government recognized the new state.'),
    ('CONCEDE', 'The government lifted the curfew in the capital.'),
    ('CONCEDE', 'The president pardoned forty political prisoners.'),
    ('CONCEDE', 'The union called off the strike after the pay offer.'),
    ('COOPERATE', 'Arnia extradited the suspect to Borvia.'),
    ('COOPERATE', 'The two navies held joint exercises off the coast.'),
    ('COOPERATE', 'Arnia and Borvia exchanged intelligence on the smuggling networks.'),
    ('AID', 'Arnia sent food and medicine to the flood victims.'),
    ('AID', 'The United States provided military aid to the government.'),
    ('AID', 'Borvia granted asylum to the dissident.'),
    ('RETREAT', 'The rebels released twelve hostages on Sunday.'),
    ('RETREAT', 'Government troops withdrew from the disputed town.'),
    ('RETREAT', 'The minister resigned after the scandal.'),
    ('RETREAT', 'The militia laid down its weapons.'),
    ('REQUEST', 'The opposition demanded the release of political prisoners.'),
    ('REQUEST', 'The United Nations urged both sides to return to talks.'),
    ('REQUEST', 'Protest leaders called for the resignation of the governor.'),
    ('ACCUSE', 'The government accused the rebels of shelling civilians.'),
    ('ACCUSE', 'Human rights groups condemned the killings.'),
    ('ACCUSE', 'Prosecutors opened an investigation into the bombing.'),
    ('ACCUSE', 'The ministry criticized the new policy.'),
    ('REJECT', 'The rebels rejected the peace proposal.'),
    ('REJECT', 'The government refused to release the prisoners.'),
    ('REJECT', 'The president said he would not resign.'),
    ('REJECT', 'Parliament voted against the resolution.'),
    ('THREATEN', 'The militants threatened to attack the capital.'),
    ('THREATEN', 'Arnia threatened to impose sanctions on Borvia.'),
    ('THREATEN', 'The army issued an ultimatum to the rebels.'),
    ('PROTEST', 'Thousands of students protested against the tuition increase.'),
    ('PROTEST', 'Workers went on strike at the port.'),
    ('PROTEST', 'Demonstrators blocked the main highway into the city.'),
    ('PROTEST', 'Rioters torched cars in the city centre.'),
    ('SANCTION', 'The European Union imposed sanctions on Borvia.'),
    ('SANCTION', 'Arnia expelled two Borvian diplomats.'),
    ('SANCTION', 'Borvia suspended military aid to Arnia.'),
    ('SANCTION', 'Arnia froze the assets of the ruling family.'),
    ('MOBILIZE', 'Arnia deployed troops along the border.'),
    ('MOBILIZE', 'The army mobilized its reservists.'),
    ('MOBILIZE', 'Police were deployed across the capital ahead of the vote.'),
    ('MOBILIZE', 'Troops patrolled the streets of the capital.'),
    ('COERCE', 'Police arrested twenty protesters.'),
    ('COERCE', 'The government imposed a curfew on the city.'),
    ('COERCE', 'The authorities shut down two newspapers.'),
    ('COERCE', 'Police seized weapons and ammunition in the raid.'),
    ('COERCE', 'The dissident was deported to Borvia.'),
    ('ASSAULT', 'Rebels attacked an army convoy near the border.'),
    ('ASSAULT', 'Militants seized the town of Velm.'),
    ('ASSAULT', 'Gunmen kidnapped three aid workers.'),
    ('ASSAULT', 'A suicide bomber blew himself up at a checkpoint.'),
    ('ASSAULT', 'Warplanes bombed rebel positions overnight.'),
    ('ASSAULT', 'Artillery shelled the outskirts of the city.'),
]
PASSIVE = [
    ('ASSAULT', 'The convoy was attacked by gunmen.'),
    ('COERCE', 'Three journalists were detained by the security services.'),
    ('RETREAT', 'The hostages were released on Sunday.'),
    ('ASSAULT', 'The town was captured by rebel fighters.'),
]
NOMINAL = [
    ('COERCE', 'The arrest of the opposition leader angered his supporters.'),
    ('ASSAULT', 'A raid on the village left five people dead.'),
    ('ASSAULT', 'Airstrikes on the city continued overnight.'),
    ('RETREAT', 'The release of the hostages took place at the border.'),
]
LIGHT_VERB = [
    ('ASSAULT', 'Militants carried out an attack on a police station.'),
    ('PROTEST', 'Farmers staged a protest outside parliament.'),
    ('ASSAULT', 'The army launched an offensive to retake the town.'),
    ('SANCTION', 'Arnia slapped sanctions on three Borvian banks.'),
]
REPORTED = [
    ('ASSAULT', 'Officials said rebels had attacked the convoy.'),
    ('COERCE', 'Police told reporters that they had arrested five suspects.'),
    ('ASSAULT', 'Rebels shelled the city overnight, residents said.'),
]
WIRE_STYLE = [
    ('MOBILIZE', 'The navy dispatched two warships to the disputed waters on Tuesday.'),
    ('MOBILIZE', 'Borvia put its armed forces on high alert after the border incident.'),
    ('MOBILIZE', 'Riot police were sent to the university campus.'),
    ('MOBILIZE', 'The government called up 50,000 reservists.'),
    ('MOBILIZE', 'Arnia test-fired a ballistic missile into the sea.'),
    ('MOBILIZE', 'The military stepped up patrols along the frontier.'),
    ('MOBILIZE', 'Tanks and armoured vehicles moved into the border region overnight.'),
    ('MOBILIZE', 'The ministry said it would reinforce its garrison in the north.'),
    ('SANCTION', 'Washington announced new sanctions against three Borvian officials.'),
    ('SANCTION', 'Arnia recalled its ambassador from Borvia in protest.'),
    ('SANCTION', 'The EU suspended trade talks with Borvia.'),
    ('SANCTION', 'Arnia cut diplomatic ties with Borvia.'),
    ('SANCTION', 'The World Bank halted loans to the government.'),
    ('SANCTION', 'The bloc imposed an arms embargo on the country.'),
    ('SANCTION', 'The United States banned imports of Borvian steel.'),
    ('SANCTION', 'Borvia withdrew from the peace talks.'),
    ('COOPERATE', 'Arnia handed over the suspected smuggler to Borvian authorities.'),
    ('COOPERATE', 'The two armies held joint military drills near the border.'),
    ('COOPERATE', 'Police from both countries worked together to dismantle the network.'),
    ('CONCEDE', 'The government eased restrictions on foreign journalists.'),
    ('CONCEDE', 'The junta lifted the state of emergency.'),
    ('CONCEDE', 'The authorities granted an amnesty to rebel fighters.'),
    ('CONCEDE', 'The president apologized for the killings.'),
    ('CONCEDE', 'Protesters suspended their sit-in after talks with the mayor.'),
    ('CONCEDE', "The government accepted the opposition's demands."),
    ('COERCE', 'Security forces detained dozens of opposition supporters.'),
    ('COERCE', 'The regime banned the main opposition party.'),
    ('COERCE', 'Authorities blocked access to social media sites.'),
    ('COERCE', 'Police raided the offices of the newspaper.'),
    ('COERCE', 'The court sentenced the activist to ten years in prison.'),
    ('COERCE', 'The government declared martial law in three provinces.'),
    ('COERCE', 'The army imposed a blockade on the rebel-held town.'),
    ('COERCE', 'Authorities expelled the foreign reporter.'),
    ('COERCE', 'Police rounded up hundreds of migrants.'),
    ('COERCE', 'Officials cut off electricity and water to the district.'),
    ('AGREE', 'Arnia offered to mediate between the warring factions.'),
    ('AGREE', 'Both sides promised to resume negotiations next month.'),
    ('CONSULT',
     'Envoys from the two countries, who had not met for a decade, held talks in Geneva.'),
    ('CONSULT', 'The king received the visiting Borvian foreign minister at the palace.'),
    ('CONSULT',
     'Negotiators from both sides met behind closed doors on Thursday, a spokesman said.'),
    ('SUPPORT', 'The United Nations welcomed the agreement, calling it a step towards peace.'),
    ('SUPPORT', 'Arnia restored diplomatic relations with Borvia after a five-year break.'),
    ('SUPPORT', 'The president expressed support for the new government in Velm.'),
    ('AID', 'The World Food Programme delivered food to 20,000 displaced people in the north.'),
    ('AID', 'Arnia has supplied the rebels with anti-tank weapons, according to a UN report.'),
    ('RETREAT', 'The government freed 300 prisoners as part of the deal.'),
    ('RETREAT', 'Rebel fighters pulled out of the town overnight, residents said.'),
    ('RETREAT', 'The army allowed aid convoys to enter the besieged city.'),
    ('RETREAT', 'Hundreds of fighters surrendered to government forces.'),
    ('REQUEST', 'The opposition called on the president to step down.'),
    ('REQUEST', 'Arnia asked Borvia to hand over the suspects.'),
    ('REQUEST', 'The UN Security Council demanded an immediate ceasefire.'),
    ('ACCUSE', 'Arnia blamed Borvia for the attack on its embassy.'),
    ('ACCUSE', 'The opposition denounced the election results as fraudulent.'),
    ('ACCUSE', 'The UN will investigate allegations of torture in the prison.'),
    ('ACCUSE', 'Borvia lodged a formal protest with Arnia over the incident.'),
    ('REJECT', "The government dismissed the rebels' demands."),
    ('REJECT', 'Arnia vetoed the draft resolution on Tuesday.'),
    ('REJECT', 'The rebels said they would not attend the talks in Geneva.'),
    ('THREATEN', 'The rebels warned they would attack the capital if the army did not withdraw.'),
    ('THREATEN', 'Arnia threatened to cut diplomatic ties with Borvia.'),
    ('THREATEN', 'The militia vowed to kill anyone who cooperated with the government.'),
    ('PROTEST',
     'Thousands of people took to the streets of the capital to protest against the new law.'),
    ('PROTEST', 'Teachers held a rally in front of the education ministry.'),
    ('PROTEST', 'Angry crowds rioted after the verdict, setting fire to cars.'),
    ('PROTEST', 'Truck drivers blocked roads to protest against fuel prices.'),
    ('ASSAULT', 'A car bomb exploded outside a police station, killing six officers.'),
    ('ASSAULT', 'Gunmen opened fire on worshippers at a mosque.'),
    ('ASSAULT', 'Government forces recaptured the airport from the rebels on Sunday.'),
    ('ASSAULT', 'At least 30 people were killed in clashes between rival militias.'),
    ('ASSAULT', 'The insurgents ambushed a military patrol, officials said.'),
    ('ASSAULT', 'A drone strike killed three militants in the region, security officials said.'),
]
# Main clause before relative, time and purpose clauses; reported content; ultimatums.
CLAUSES = [
    ('MOBILIZE',
     'Arnia said on Monday it would send troops to the border, a day after rebels seized the town of Velm.'),
    ('ASSAULT', 'Rebels who had been driven out of Velm last year recaptured the town on Sunday.'),
    ('COERCE', 'Police arrested a man who they said had planned to bomb a market.'),
    ('ASSAULT', 'The attack, which killed twelve soldiers, was claimed by the militant group.'),
    ('ACCUSE', 'The minister condemned the bombing, which killed six people.'),
    ('REQUEST',
     'The opposition, which has boycotted parliament since March, demanded new elections.'),
    ('ASSAULT', 'After talks collapsed on Friday, government forces shelled rebel positions.'),
    ('AID',
     'Arnia, which has long backed the government, sent weapons to help it fight the insurgents.'),
    ('ASSAULT', 'Security forces fired tear gas to disperse protesters in the capital.'),
    ('PROTEST',
     'Protesters, who accuse the government of corruption, marched through the capital.'),
    ('REJECT',
     'The government rejected a call by the United Nations to allow inspectors into the country.'),
    ('ASSAULT', 'Dozens of people were killed when a car bomb exploded in a crowded market.'),
    ('THREATEN', 'The group said it would execute the hostages unless its demands were met.'),
    ('ASSAULT', 'Two soldiers were wounded in an ambush near the border, the army said.'),
    ('COERCE',
     'The journalist, who was arrested last month, was charged with espionage on Tuesday.'),
    ('SANCTION',
     'Fighting between the army and rebels has displaced thousands of people this week.'),
    ('SANCTION', 'Thousands of people fled their homes as the militants advanced on the city.'),
    ('AGREE', 'The envoy will travel to Velm next week to meet rebel leaders, his office said.'),
]
NO_EVENT = [
    'The economy grew by three percent last year.',
    'Analysts believe the conflict could last for years.',
    'The city has a population of about two million.',
    'Unemployment rose to twelve percent in March.',
    'The spokesman declined to comment on the incident.',
    'The earthquake killed more than 200 people.',
    'He suffered a heart attack last year.',
    'Forces backed by the government control the north.',
    'It is a difficult time for the country, the minister said.',
    'The war has killed hundreds of thousands of people since 2011.',
    'Stocks rallied on Monday.',
    'The company said its profits fell in the third quarter.',
]


def _main(text: str, analyze: Callable[..., ArticleAnalysis], parse: Callable[[str], Parse]
          ) -> Event | None:
    analysis = analyze(text, until="events", published=dt.date(2014, 6, 14))
    real = [e for e in analysis.events if e.modality not in UNREAL]
    return main_event(real, parse(text))


ALL_TYPED = EACH_TYPE + PASSIVE + NOMINAL + LIGHT_VERB + REPORTED + WIRE_STYLE + CLAUSES


@pytest.mark.model
@pytest.mark.parametrize(("plover", "text"), ALL_TYPED,
                         ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_sentence_main_event_has_the_plover_type(
        plover: str, text: str, analyze_text: Callable[..., ArticleAnalysis],
        parse_text: Callable[[str], Parse]) -> None:
    event = _main(text, analyze_text, parse_text)
    assert event is not None and event.plover_type == plover


def test_sentence_cases_cover_every_plover_type() -> None:
    from newsevents.resources.lexicon import PLOVER_TYPES
    assert {p for p, _ in EACH_TYPE} == PLOVER_TYPES


@pytest.mark.model
@pytest.mark.parametrize("text", NO_EVENT, ids=lambda v: v[:40])
def test_sentence_without_an_event_stays_empty(
        text: str, analyze_text: Callable[..., ArticleAnalysis],
        parse_text: Callable[[str], Parse]) -> None:
    assert _main(text, analyze_text, parse_text) is None


@pytest.mark.model
def test_sentence_offensive_to_retake_is_one_assault_on_the_town(
        analyze_text: Callable[..., ArticleAnalysis]) -> None:
    text = "The army launched an offensive to retake the town of Velm."
    (event,) = analyze_text(text, until="events").events
    assert (event.plover_type, event.trigger.of(text)) == ("ASSAULT", "offensive")
    assert [s.of(text) for s in event.target_spans] == ["the town of Velm"]


@pytest.mark.model
def test_sentence_harm_joined_to_an_attack_is_its_outcome(
        analyze_text: Callable[..., ArticleAnalysis]) -> None:
    text = "Gunmen stormed the hotel and killed twelve guests."
    (event,) = analyze_text(text, until="events").events
    assert event.trigger.of(text) == "stormed" and event.plover_type == "ASSAULT"


@pytest.mark.model
def test_sentence_flight_is_displacement_caused_by_the_named_actor(
        analyze_text: Callable[..., ArticleAnalysis]) -> None:
    text = "Thousands of residents fled Velm after the militants took control of the town."
    events = analyze_text(text, until="events").events
    flight = next(e for e in events if e.trigger.of(text) == "fled")
    assert (flight.plover_type, flight.plover_mode) == ("SANCTION", "displacement")
    assert [s.of(text) for s in flight.source_spans] == ["the militants"]
    assert [s.of(text) for s in flight.target_spans] == ["Thousands of residents"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "coding"), [
    ("Rebels captured the town of Velm.", ("ASSAULT", "seize", "192")),
    ("Police seized weapons and ammunition in Velm.", ("COERCE", "seize", "1711")),
    ("Police confiscated forty rifles.", ("COERCE", "seize", "1711")),
    ("Rebels took control of the airport.", ("ASSAULT", "seize", "192")),
])
def test_sentence_territory_and_property_seizures_have_one_coding_each(
        text: str, coding: tuple[str, str, str],
        analyze_text: Callable[..., ArticleAnalysis]) -> None:
    (event,) = analyze_text(text, until="events").events
    assert (event.plover_type, event.plover_mode, event.cameo_code) == coding


@pytest.mark.model
@pytest.mark.parametrize(("text", "coding"), [
    ("The rebels refused to meet the envoy.", ("REJECT", "meet")),
    ("The government said it would not release the prisoners.", ("REJECT", "yield")),
    ("Arnia urged Borvia to withdraw its troops.", ("REQUEST", "yield")),
    ("Arnia is willing to withdraw its troops from the border.", ("AGREE", None)),
    ("Arnia will withdraw its troops unless Borvia stops the raids.", ("THREATEN", None)),
])
def test_sentence_refusals_requests_and_offers_take_their_mode_from_the_content(
        text: str, coding: tuple[str, str | None], analyze_text: Callable[..., ArticleAnalysis],
        parse_text: Callable[[str], Parse]) -> None:
    event = main_event(analyze_text(text, until="events").events, parse_text(text))
    assert event is not None and (event.plover_type, event.plover_mode) == coding


@pytest.mark.model
@pytest.mark.parametrize(("text", "modality"), [
    ("The rebels did not reject the proposal.", "negated"),
    ("The president said he would not resign.", "claimed"),
    ("The president will not resign.", "asserted"),
])
def test_sentence_refusal_read_from_a_negated_future_keeps_its_attribution(
        text: str, modality: str, analyze_text: Callable[..., ArticleAnalysis]) -> None:
    (event,) = analyze_text(text, until="events").events
    assert (event.plover_type, event.modality) == ("REJECT", modality)


@pytest.mark.model
@pytest.mark.parametrize(("text", "coding"), [
    ("Three men sexually assaulted a woman in the village.", ("ASSAULT", "sexual")),
    ("Police fired tear gas at the demonstrators.", ("ASSAULT", "crowd-control")),
    ("Protesters clashed with police outside parliament.", ("PROTEST", "riot")),
    ("The army drove the militants out of the town.", ("ASSAULT", "seize")),
    ("Arnia test-fired a ballistic missile into the sea.", ("MOBILIZE", "weapons")),
    ("Officials cut off electricity to the district.", ("COERCE", "withhold")),
    ("The two sides struck a deal on Friday.", ("SUPPORT", None)),
    ("Borvia withdrew from the peace talks.", ("SANCTION", "withdraw")),
])
def test_sentence_types_and_modes_from_the_codebook(
        text: str, coding: tuple[str, str | None], analyze_text: Callable[..., ArticleAnalysis],
        parse_text: Callable[[str], Parse]) -> None:
    event = main_event(analyze_text(text, until="events").events, parse_text(text))
    assert event is not None and (event.plover_type, event.plover_mode) == coding
