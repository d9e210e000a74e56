"""The event's place on real parses (spaCy model, places stage) of sentences written for these
tests: each kind of attachment, nationality modifiers, the most specific place, no place."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents.model import ArticleAnalysis, Event

CASES = [
    # (sentence, trigger, the place's mention or None, a word of the reason)
    ("Gunmen killed four guards in Kandahar on Monday.", "killed", "Kandahar", "'in' phrase"),
    ("Militants attacked a checkpoint at Ramadi.", "attacked", "Ramadi", "'at' phrase"),
    ("Soldiers shot two smugglers near Rafah.", "shot", "Rafah", "'near' phrase"),
    ("Protesters marched across Istanbul on Sunday.", "marched", "Istanbul", "'across' phrase"),
    ("Thousands of demonstrators marched through central Cairo.", "marched", "Cairo",
     "'through' phrase"),
    ("Police arrested twenty students outside Lahore.", "arrested", "Lahore", "'outside' phrase"),
    ("Rebels shelled army positions around Aleppo.", "shelled", "Aleppo", "'around' phrase"),
    ("Insurgents seized Tikrit on Wednesday.", "seized", "Tikrit", "object of seize"),
    ("Mosul was captured by militants in June.", "captured", "Mosul", "object of capture"),
    ("Baghdad was shelled by insurgents on Monday.", "shelled", "Baghdad", "object of shell"),
    ("Rebels attacked Damascus's main airport.", "attacked", "Damascus", "possessor"),
    ("The Aleppo offensive killed dozens of fighters.", "offensive", "Aleppo", "name modifier"),
    ("Soldiers arrested ten men during a raid in the town of Baiji.", "arrested", "Baiji",
     "'of' phrase"),
    ("Gunmen attacked a bus in Mosul.", "attacked", "Mosul", "'in' phrase of the trigger"),
    ("Gunmen opened fire on worshippers outside a mosque in Quetta.", "opened", "Quetta",
     "'in' phrase"),
    # the most specific place of the clause
    ("Police killed three militants in the village of Kafr Nabl in Idlib province, Syria.",
     "killed", "Kafr Nabl", "'of' phrase"),
    ("Gunmen killed a district official in Mogadishu's Hodan district.", "killed", "Hodan",
     "'in' phrase"),
    ("Gunmen killed two farmers in Samarra, 100 kilometres north of Baghdad.", "killed",
     "Samarra", "'in' phrase"),
    # words that share the event, its scene, its subject
    ("A suicide bomber blew himself up at a checkpoint in Baquba, killing six people.",
     "killing", "Baquba", "sharing the event"),
    # one event: the explosion, whose outcome the killing is (stages/events/filters.py)
    ("An explosion in a market in Kirkuk killed nine people.", "explosion", "Kirkuk",
     "'in' phrase"),
    ("Two soldiers were killed when militants ambushed their convoy near Kirkuk.", "killed",
     "Kirkuk", "scene"),
    ("Rebels in Homs attacked an army convoy.", "attacked", "Homs", "subject"),
    ("Settlers shot a farmer in the West Bank village of Qusra.", "shot", "Qusra", "'of' phrase"),
    ("A bomb exploded in the Douma area of Damascus.", "exploded", "Douma",
     "'in' phrase"),
    # coordination: a conjunct of the ground is ground, a conjunct of a target a target
    ("Militants shelled Tikrit and Baiji on Monday.", "shelled", "Tikrit", "object of shell"),
    ("Protesters condemned Canada and Mexico.", "condemned", None, None),
    # a country owning a noun of a locative phrase locates it; owning another noun, it does not
    ("Rebels seized two villages in Mali's gold belt.", "seized", "Mali", "'in' phrase"),
    ("Protesters marched on Kenya's parliament on Monday.", "marched", "Kenya", "'on' phrase"),
    ("Gunmen abducted the driver with help from Mexico's cartels.", "abducted", None, None),
    # a country in a clause that shares the event or sets its scene, reached by a preposition
    ("Five men were killed when gunmen opened fire at a bar in southern Portugal.", "killed",
     "Portugal", "scene"),
    ("A roadside bomb hit a minibus in southern Afghanistan, killing six passengers.",
     "killing", "Afghanistan", "sharing the event"),
    # a hyphenated modifier is not a place (a name spelt with hyphens is: test_location.py)
    ("Iran-backed militias shelled a village.", "shelled", None, None),
    # a country owning a geographic noun locates it
    ("Two frigates patrolled Somalia's coastline last month.", "patrolled", "Somalia",
     "possessor"),
    ("Jets have patrolled Iraq's northern skies for years.", "patrolled", "Iraq", "possessor"),
    # a country in the subject's or agent's locative phrase
    ("Smugglers were captured by soldiers in Niger last week.", "captured", "Niger",
     "subject or agent"),
    ("Militants in Mali attacked a convoy on Sunday.", "attacked", "Mali", "subject or agent"),
    # an elliptical passive conjunct shares the event; so does a conjunct's scene clause
    ("Two guards were killed and five others wounded in Peshawar on Friday.", "killed",
     "Peshawar", "sharing the event"),
    ("Three men were killed and a boy injured when a bomb exploded in Quetta.", "killed",
     "Quetta", "scene"),
    # a scene clause is followed into its complement
    ("The smuggler was shot as he tried to cross into Turkey.", "shot", "Turkey", "scene"),
    ("A herder was shot as he tried to reach the market in Gao.", "shot", "Gao", "scene"),
    # a conjunct sending people onward is a later event; a town inside the chosen province wins
    ("Two smugglers were captured and deported to a camp at Kandahar.", "captured", None, None),
    ("In Diyala province, five men were killed when a bomb hit their van near Baquba.",
     "killed", "Baquba", "scene"),
    # a part of a town (neighbourhood, suburb, village) is narrower than the town: passive,
    # apposition, nominal, coordinated verbs
    ("Two policemen were shot dead in the Baghdad neighbourhood of Zayouna.", "shot",
     "Zayouna", "'of' phrase"),
    ("Two bombs exploded in Dora, a southern neighbourhood of Baghdad.", "exploded", "Dora",
     "'in' phrase"),
    ("The bombing in the Baghdad neighbourhood of Zayouna killed six people.", "bombing",
     "Zayouna", "'of' phrase"),
    ("Gunmen shot a guard and wounded two others in the Mosul neighbourhood of Zuhur.", "shot",
     "Zuhur", "sharing the event"),
    # a town inside the chosen country, one detour further (a participle), is narrower
    ("Across Syria, gunmen shot a teacher walking near his home in the city of Homs.", "shot",
     "Homs", "'of' phrase"),
    # the harm an event caused, in a participle clause under it, places it; another act does not
    ("A suicide bomber detonated his vest, killing a tribal elder in Diyala province.",
     "detonated", "Diyala", "sharing the event"),
    ("Militants shelled the market, wounding six traders in Ramadi.", "shelled", "Ramadi",
     "sharing the event"),
    ("Protesters marched to the ministry, chanting slogans in Cairo.", "marched", None, None),
    # a participle right after the trigger tells what was being done at the time; after a
    # comma, a later act
    ("The smuggler was captured wearing a police uniform in Herat.", "captured", "Herat",
     "scene"),
    ("He was captured fighting alongside the rebels in Somalia in 2006.", "captured",
     "Somalia", "scene"),
    ("Students demonstrated on Monday, slamming the talks in Geneva.", "demonstrated", None,
     None),
    # a relative clause on a place: "where", or the place taken as its relative pronoun
    ("Twelve people died in Homs, where troops shelled a crowded market on Friday.",
     "shelled", "Homs", "relative clause"),
    ("Aid workers reached a clinic in Kandahar, which was attacked by gunmen last week.",
     "attacked", "Kandahar", "relative clause"),
    # keeping a captive is a later event than the capture; detaining during a raid is not
    ("The smuggler was captured in May and held for a year in a prison in Kabul.", "captured",
     None, None),
    ("The journalist was captured and spent three years in a jail in Tehran.", "captured",
     None, None),
    ("Police raided the office and detained six people in Lahore.", "raided", "Lahore",
     "sharing the event"),
    # what follows a capture is a later event: a verb joined by "but", or one keeping, freeing
    # or losing the captive (active, passive, a fronted participle)
    ("The courier was captured in 2004 but escaped from a jail in Kabul.", "captured", None,
     None),
    ("Police captured the courier, but he escaped from a jail in Kabul.", "captured", None,
     None),
    ("Wounded and captured, the pilot was imprisoned in Basra for a year.", "captured", None,
     None),
    ("The courier was captured by police and died a week later in a clinic in Quetta.",
     "captured", None, None),
    ("Soldiers captured the smugglers and released them in Herat.", "captured", None, None),
    ("Rebels captured and looted the town of Bor on Monday.", "captured", "Bor", "'of' phrase"),
    ("Gunmen shot the driver but spared two nurses in Gao.", "shot", None, None),
    # a place an apposition calls part of another: the part ("W, an area of X")
    ("A judge was shot and wounded in Adhamiya, an area of Baghdad.", "shot", "Adhamiya",
     "sharing the event"),
    ("Gunmen shot a baker in Dora, an area of Baghdad.", "shot", "Dora", "'in' phrase"),
    ("A bomb exploded near a bakery in Bab El Oued, a district of Algiers.", "exploded",
     "Bab El Oued", "'in' phrase"),
    ("Police shot a gunman in Hussein Dey, an area of Algiers.", "shot", "Hussein Dey",
     "'in' phrase"),
    # a "since/until" phrase dates the event by another: its places are not the event's
    # (passive, active, nominal, coordinated verbs); a "since" date leaves the place alone
    ("More than 300 people have been killed since the start of the uprising in Yemen.",
     "killed", None, None),
    ("Militias have killed dozens of farmers since the collapse of the truce in Darfur.",
     "killed", None, None),
    ("The bombing has not been claimed since the raid in Kano.", "bombing", None, None),
    ("Since the start of the war in Syria, rebels have captured and looted many towns.",
     "captured", None, None),
    ("Troops patrolled the streets until the elections in Kabul.", "patrolled", None, None),
    ("Gunmen have killed six people in Homs since Monday.", "killed", "Homs", "'in' phrase"),
    # for an act of force, "against" names the target, whose phrase places it (active,
    # passive, nominal); for a protest it names the topic
    ("Militants detonated a bomb against a police truck in Kirkuk.", "detonated", "Kirkuk",
     "'in' phrase"),
    ("A mine was detonated against an army jeep near Jenin.", "detonated", "Jenin",
     "'near' phrase"),
    ("The army launched an assault against rebels in Idlib on Monday.", "assault", "Idlib",
     "'in' phrase"),
    ("Hundreds of students marched against the war in Yemen.", "marched", None, None),
    # a clausal passive subject is searched like any subject
    ("A driver travelling through Kandahar was shot on Monday.", "shot", "Kandahar",
     "subject or agent"),
    # a person the verb of capture takes is the victim: the verb's locative phrase places it
    ("Ortega was captured in Honduras last year.", "captured", "Honduras", "'in' phrase"),
    ("Hernandez and Ortega were captured in Honduras last year.", "captured", "Honduras",
     "'in' phrase"),
    ("Ortega was captured after his convoy was ambushed near Tegucigalpa.", "captured",
     "Tegucigalpa", "scene"),
    # a distance phrase describes the place before it, wherever the parser hangs it
    ("A bomb was detonated on Monday when a convoy drove north of the town of Qaraqosh, "
     "30 km east of Mosul, killing two soldiers.", "detonated", "Qaraqosh", "measures"),
    ("Two guards were shot by gunmen in the town of Chaman, about 120 kilometers (75 miles) "
     "northwest of Quetta.", "shot", "Chaman", "measures"),
    # a relative clause telling what the subject or the agent did places the event
    ("Three pilgrims were wounded by a bomb which exploded at a bus station in Karbala.",
     "wounded", "Karbala", "scene"),
    ("A mine that exploded near Kunduz killed two shepherds.", "killed", "Kunduz", "scene"),
    # the noun a relative clause of harm tells of, and a scene clause the parser split
    ("Officials recalled the bombing in the Basra market that killed 40 people.", "killed",
     "Basra", "sharing"),
    ("Over 100 people were killed as car bombs rocked the towns of Jablah and Tartus.",
     "killed", "Jablah", "scene"),
    # a chain of conjoined verbs shares the event; a verb of state does not
    ("Masked men shot and killed two guards and wounded a driver on a road near Kirkuk.",
     "shot", "Kirkuk", "sharing"),
    ("The poet was arrested and exiled and became a teacher in Lisbon.", "arrested", None,
     None),
    # what a protest is against or about is not where it happened
    ("Students protested against the bombing of Sarajevo.", "protested", None, None),
    ("Students protested in Ankara against the siege of Aleppo.", "protested", "Ankara",
     "'in' phrase"),
    # where people come from, the sides of a fight, where they went afterwards: no place
    ("Soldiers captured two smugglers from Herat.", "captured", None, None),
    ("Clashes between Armenia and Azerbaijan killed twelve soldiers.", "Clashes", None, None),
    ("Gunmen shot a shopkeeper and then fled to Peshawar.", "shot", None, None),
    # nationality modifiers, reporters, other sentences: no place
    ("A US strike killed five fighters.", "killed", None, None),
    ("Syrian troops shelled the town.", "shelled", None, None),
    ("U.S. forces captured twenty fighters.", "captured", None, None),
    ("Iraq's army attacked the militants.", "attacked", None, None),
    ("US-led forces killed ten militants.", "killed", None, None),
    ("Officials in Washington said militants killed ten villagers.", "killed", None, None),
    ("The fighting killed twelve soldiers. Officials in Baghdad condemned the attack.",
     "fighting", None, None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "mention", "reason"), CASES)
def test_model_event_place(analyze_text: Callable[..., ArticleAnalysis], text: str, trigger: str,
                           mention: str | None, reason: str | None) -> None:
    analysis = analyze_text(text, until="events")
    event = _by_trigger(analysis, trigger)
    if mention is None:
        assert (event.place, event.place_reason) == (None, None)
        return
    place = next(p for p in analysis.places if p.id == event.place)
    assert next(m.of(text) for m in place.mentions).startswith(mention)
    assert reason is not None and event.place_reason is not None
    assert reason in event.place_reason


def _by_trigger(analysis: ArticleAnalysis, word: str) -> Event:
    text = analysis.article.text
    return next(e for e in analysis.events if e.trigger.of(text).startswith(word))
