"""ACLED types: the crosswalk's rules on cues, and our own sentences on real parses."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsevents.errors import DictionaryError
from newsevents.model import ArticleAnalysis
from newsevents.parse import Parse
from newsevents.stages.events.acled import (Cues, Sides, decide, packaged_table, parse_table,
                                            text_label)
from newsevents.stages.events.syntax import Tree

# One or more sentences of our own for each of the 30 labels (passive voice marked "passive").
SENTENCES = [
    ("ARMED_CLASH", "Government soldiers clashed with rebel fighters near the border town on "
                    "Monday, and both sides suffered losses."),
    ("ARMED_CLASH", "Two soldiers were killed when insurgents ambushed an army patrol."),
    ("NON_STATE_ACTOR_OVERTAKES_TER", "Rebel fighters captured the town of Kessa after two "
                                      "days of fighting with the army."),
    ("NON_STATE_ACTOR_OVERTAKES_TER", "The northern city was seized by militants on Sunday "
                                      "after heavy fighting."),  # passive
    ("GOV_REGAINS_TERIT", "The army recaptured the town of Kessa from the rebels on Friday."),
    ("GOV_REGAINS_TERIT", "Troops drove the insurgents out of three villages in the valley."),
    ("CHEM_WEAP", "Dozens of residents suffered from suffocation after chlorine gas was used "
                  "in an attack on the district."),
    ("AIR_STRIKE", "Warplanes bombed a market in the rebel-held town, killing nine people."),
    ("AIR_STRIKE", "A drone strike hit a vehicle carrying militants near the border."),
    ("SUIC_BOMB", "A suicide bomber blew himself up at a checkpoint, killing four policemen."),
    ("ART_MISS_ATTACK", "Artillery shells landed on the outskirts of the city overnight."),
    ("ART_MISS_ATTACK", "Rebels fired mortars at an army base near the airport."),
    ("REM_EXPLOS", "A roadside bomb exploded as a police convoy passed, wounding three officers."),
    ("REM_EXPLOS", "Two farmers were killed when their tractor hit a landmine."),
    ("GRENADE", "An unknown attacker threw a grenade into a crowded bar, injuring six people."),
    ("SEX_VIOL", "Soldiers raped several women during a raid on the village, witnesses said."),
    ("ATTACK", "Gunmen shot dead three villagers on their farm on Tuesday."),
    ("ATTACK", "Four civilians were killed by armed men who stormed their homes."),  # passive
    ("ABDUCT_DISSAP", "Armed men abducted a local aid worker from his home overnight."),
    ("ABDUCT_DISSAP", "Two teachers were kidnapped by gunmen on the road to the capital."),
    ("PEACE_PROTEST", "Hundreds of teachers marched peacefully through the capital to demand "
                      "higher wages."),
    ("PROTEST_WITH_INTER", "Police fired tear gas to disperse students who were protesting "
                           "outside parliament."),
    ("FORCE_AGAINST_PROTEST", "Security forces opened fire on peaceful protesters, killing "
                              "five of them."),
    ("VIOL_DEMONSTR", "Demonstrators threw stones at the police and set cars on fire during a "
                      "protest against fuel prices."),
    ("MOB_VIOL", "An angry mob beat a suspected thief to death in the market."),
    ("AGREEMENT", "The government and the rebels signed a ceasefire agreement on Saturday."),
    ("ARREST", "Police arrested the opposition leader at his home on Wednesday."),
    ("ARREST", "The party's spokesman was detained by security agents in the capital."),
    ("CHANGE_TO_GROUP_ACT", "The army deployed two thousand troops to the northern province."),
    ("DISR_WEAP", "Police seized a large cache of weapons and ammunition in a raid on a "
                  "warehouse."),
    ("DISR_WEAP", "A bomb was defused by army engineers near the main bridge."),  # passive
    ("HQ_ESTABLISHED", "The rebels have set up a new base in the hills above the town."),
    ("PROPERTY_DISTRUCT", "Unknown men burned down a dozen shops and houses in the village."),
    ("NON_VIOL_TERRIT_TRANSFER", "The militia took over the deserted town after the army "
                                 "withdrew without a fight."),
    ("OTHER", "Residents discovered a mass grave containing dozens of bodies near the river."),
    ("ORG_CRIME", "Police broke up a drug smuggling ring and seized two tonnes of cocaine."),
    ("NATURAL_DISASTER", "A powerful earthquake struck the coastal region, killing at least "
                         "forty people."),
    ("MAN_MADE_DISASTER", "A fire at a textile factory killed twelve workers on Thursday."),
    ("DIPLO", "The foreign ministers of the two countries met in the capital for talks on "
              "trade."),
    ("ATTRIB", "The militant group claimed responsibility for the bombing of the bus station."),
    # the rules behind the labels: who lost the town, what carried the gas, why people were
    # arrested, what was attacked
    ("GOV_REGAINS_TERIT", "The town was recaptured from the rebels on Sunday."),  # passive
    ("CHEM_WEAP", "Helicopters dropped barrel bombs filled with chlorine on the suburb."),
    ("ARREST", "Police arrested three students for organising protests against the new law."),
    ("PROTEST_WITH_INTER", "Police detained forty demonstrators at a rally in the main square."),
    ("ATTACK", "Gunmen attacked a crowded market in the town, wounding twenty people."),
    # background protests in a relative clause; "fire" that is gunfire, not a blaze
    ("ATTACK", "Gunmen killed thirty villagers in the war, which began with protests in 2011."),
    ("ARMED_CLASH", "Two soldiers were killed by sniper fire near the front line."),
    ("AIR_STRIKE", "A strike by government jets killed seven fighters near the village."),
]
# Sentences that report no ACLED event: opinion, statistics, background, plain statements.
NONE = [
    "The weather was mild and the markets were busy on Saturday.",
    "Analysts say the economy could grow faster next year.",
    "The minister said the new budget would be presented in March.",
    "Unemployment rose to nine percent in the last quarter, the statistics office said.",
]


@pytest.fixture(scope="module")
def label_of(analyze_text: Callable[..., ArticleAnalysis],
             parse_text: Callable[[str], Parse]) -> Callable[[str], str | None]:
    table = packaged_table()

    def run(text: str) -> str | None:
        analysis = analyze_text(text, until="events")
        return text_label(analysis, Tree(parse_text(text)), table)
    return run


@pytest.mark.model
@pytest.mark.parametrize(("label", "text"), SENTENCES, ids=[f"{k}-{s[0]}"
                                                          for k, s in enumerate(SENTENCES)])
def test_acled_label_of_our_sentences(label_of: Callable[[str], str | None], label: str,
                                      text: str) -> None:
    assert label_of(text) == label


@pytest.mark.model
@pytest.mark.parametrize("text", NONE)
def test_acled_no_label_without_an_event(label_of: Callable[[str], str | None], text: str) -> None:
    assert label_of(text) is None


def test_acled_sentences_cover_all_thirty_labels() -> None:
    assert {label for label, _ in SENTENCES} == set(packaged_table().labels)
    assert len(packaged_table().labels) == 30


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "sub_event_type"), [
    ("Rebels seized the town of Kessa on Monday.", "seized",
     "Non-state actor overtakes territory"),
    ("Rebels captured the town of Kessa on Monday.", "captured",
     "Non-state actor overtakes territory"),
    ("Police seized rifles and grenades in the town of Kessa on Monday.", "seized",
     "Disrupted weapons use"),
    ("Police arrested two men in the town of Kessa on Monday.", "arrested", "Arrests"),
    ("Rebels who seized the town of Kessa on Monday threatened to march on the capital.",
     "seized", "Non-state actor overtakes territory"),
])
def test_acled_types_on_events(analyze_text: Callable[..., ArticleAnalysis], text: str,
                               trigger: str, sub_event_type: str) -> None:
    """Capturing a town and seizing it get one territory label whatever their PLOVER coding;
    police seizing weapons is never a territory label."""
    analysis = analyze_text(text, until="events")
    event = next(e for e in analysis.events if e.trigger.of(text).startswith(trigger))
    assert event.acled_sub_event_type == sub_event_type
    assert event.acled_event_type == next(
        kind for kind, sub, _ in packaged_table().labels.values() if sub == sub_event_type)


def cues(*words: str, territory: str | None = None, regained: bool = False,
         disrupted: bool = False, weapons: frozenset[str] = frozenset(),
         kinds: frozenset[str] = frozenset()) -> Cues:
    return Cues(words=frozenset(words), weapons=weapons, disrupted=disrupted, kinds=kinds,
                territory=territory, regained=regained)


@pytest.mark.parametrize("ptype", ["ASSAULT", "COERCE"])
@pytest.mark.parametrize(("territory", "regained", "label"), [
    ("state", False, "GOV_REGAINS_TERIT"), ("non_state", False, "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("unknown", True, "GOV_REGAINS_TERIT"), ("unknown", False, "NON_STATE_ACTOR_OVERTAKES_TER"),
])
def test_acled_territory_does_not_depend_on_the_plover_type(
        ptype: str, territory: str, regained: bool, label: str) -> None:
    sides = Sides(agents=frozenset({"state"}) if territory == "state" else frozenset())
    assert decide(ptype, "seize", cues("capture", territory=territory, regained=regained),
                  sides) == label


def test_acled_seizing_objects_is_never_territory() -> None:
    police = Sides(agents=frozenset({"state"}))
    assert decide("COERCE", "seize", cues("capture", disrupted=True), police) == "DISR_WEAP"
    assert decide("COERCE", "seize", cues("capture"), police) == "OTHER"
    assert decide("COERCE", "arrest", cues("arrest"), police) == "ARREST"


def test_acled_weapon_outranks_the_generic_violence_labels() -> None:
    assert decide("ASSAULT", None, cues("battle", weapons=frozenset({"air"})),
                  Sides()) == "AIR_STRIKE"
    assert decide("ASSAULT", "firearms", cues("battle"), Sides()) == "ARMED_CLASH"
    assert decide("ASSAULT", None, cues(), Sides(agents=frozenset({"rebel"}),
                                                 patients=frozenset({"civilian"}))) == "ATTACK"


def test_acled_table_errors_are_coded() -> None:
    with pytest.raises(DictionaryError, match="E500"):
        parse_table("bad.toml", "version = 1\n[labels]\n")
    with pytest.raises(DictionaryError, match="label X"):
        parse_table("bad.toml", 'version = "v"\n[labels]\nX = ["a"]\n[words]\n[kinds]\n')
    with pytest.raises(DictionaryError, match="not valid TOML"):
        parse_table("bad.toml", "version = ")


@pytest.mark.model
def test_acled_only_events_that_happened(analyze_text: Callable[..., ArticleAnalysis]) -> None:
    """Threats, refusals, plans and flight are not ACLED events; an accusation is not the
    event it speaks about."""
    text = ("Rebel commanders have threatened to march on the capital. The president said he "
            "would not send troops. Thousands of families fled the city. The minister blamed the "
            "collapse of the army on poor leadership.")
    analysis = analyze_text(text, until="events")
    assert analysis.events
    assert [e.acled_sub_event_type for e in analysis.events] == [None] * len(analysis.events)


def test_acled_table_from_settings(tmp_path: Path) -> None:
    from newsevents.config import load_settings
    from newsevents.stages.events.acled import load_acled_table

    assert load_acled_table(load_settings()) == packaged_table()
    own = tmp_path / "acled.toml"
    own.write_text('version = "mine"\n[labels]\nX = ["Battles", "Armed clash", "§"]\n'
                   '[words]\nbattle = ["clash"]\n[kinds]\nstate = ["army"]\n', encoding="utf-8")
    table = load_acled_table(load_settings().with_(extra={"acled_table": str(own)}))
    assert table.version == "mine" and table.code_of("Armed clash") == "X"
    with pytest.raises(DictionaryError, match="cannot read"):
        load_acled_table(load_settings().with_(extra={"acled_table": str(tmp_path / "no")}))
