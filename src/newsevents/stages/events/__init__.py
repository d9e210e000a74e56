"""Stage `events.rules.v9`: events from the dependency parse, coded in PLOVER and CAMEO.

For each sentence: triggers (triggers.py) → CAMEO code and its PLOVER type/mode (the lexicon's
crosswalk) → source/target arguments mapped to actors (arguments.py) → modality and attribution
(modality.py, attribution.py; a threatened event is recoded THREATEN, announced future aid or
cooperation AGREE, a future retreat CONCEDE, as PLOVER's rules say) → date (dates.py) and place
(location.py: the place the trigger's clause attaches to it, with the reason) → ACLED event
and sub-event type (acled.py). v2: location.py replaced v1's first-locative-phrase rule, and
ACLED types were added; v3: a place modifier encloses only places named inside its phrase, and
"from", "between" and (outside the trigger's phrase) "to" phrases, nationality words and
background countries are not the event's place, while a country a preposition places in a
clause sharing the event or setting its scene is; v4: a hyphenated place name is a place (only
"X-led"-style modifiers are not), a country owning a geographic noun ("X's coastline", "X's
waters") locates it, a country in the subject's or agent's locative phrase ("forces in X")
counts, an elliptical passive conjunct ("… and four others wounded in X") shares the event, a
scene clause of a conjoined verb, followed into its complement ("as he tried to flee X"), sets
the scene, and a town or village wins over a named facility or place the gazetteer does not
know (ranked as a district or province when its name says so); nothing under an
"against/about/…" phrase is the place ("protested against the bombing of X"), nor a conjunct of
the subject ("Arnia and Velm sent troops"), which names another actor, nor the phrases of a
conjoined verb that sends people onward ("captured and deported to a camp at X"); and a town
the gazetteer puts inside the chosen province or country, named as directly in a clause sharing
the event or setting its scene, wins ("In X province, five were killed when a bomb hit their
van near Y"); v5: a part of a town (a neighbourhood, suburb, quarter, village: by the noun
naming it, "the X neighbourhood of Y", "Y, a suburb of X", or its name) wins over the town, in
"the M neighbourhood of Y" the one the gazetteer does not know being the part, as does a
district it does not know of or in a city it knows, a named administrative unit ("X Local
Government Area") encloses the villages of its "of" phrase, a unit or town noun gives its "of"
object that rank ("the province of X", "the town of Y"), a town inside the chosen country may
be one detour further ("across X, gunmen shot a man walking in Y"), a participle of harm under
the trigger places it by its prepositional phrases ("detonated a bomb, killing a guard in X"),
the agent phrase of a scene clause sets the scene ("when their helicopter was shot down by
rebels in X"), and a person, group or nationality the model tags as the object of a verb of
capture or attack is its victim: a locative phrase on the verb places the event ("Kim was
captured in X"; a person also by a sharing or scene clause, "after his plane was shot down over
X"); an "of" phrase on a person's name says where the person is from; a conjoined clause with a
subject of its own places the event only when the trigger's clause names no place; a relative
clause on the subject does not place it ("the farmer, who was born in X, was shot"); a
participle right after the trigger sets its scene ("was captured fighting in X"); among places
the gazetteer does not know, a settlement wins over a building's name ("at the X Office in Y"),
and a city owning a building is the place ("outside X's Plaza Hotel"); a place phrase hung on a
person in an "against" phrase places the act ("marched against Bush in X"); a relative clause
on a place places its events ("in X, where troops shelled a market"); keeping a captive
("captured and held in X") is a later event; a "when" clause on a time sets the scene ("shot
last week when troops raided X"); v6: a verb joined to the trigger by "but", or one that keeps,
frees or loses a captive ("captured in 2004 but escaped from a jail in X", "captured and died
in X", "wounded and captured, he was imprisoned in X"), is a later event whose place is not the
capture's, a place an apposition calls part of another ("W, an area of X") is the part, nothing
under a "since/until" phrase places the event (it dates it: "killed since the start of the war
in X"), a clausal passive subject ("a motorist driving through X was shot") is searched like
any subject, and for an act of force an "against" phrase on the trigger (or a word sharing its
event, or their objects) names its target, whose phrase may place it ("detonated a mine against
two trucks in X"; a protest "against the bombing of X" is still about X); v8: a military
retreat (CAMEO 0874) happens where the forces left ("withdrew from X"), and a relative clause
telling what an attack, a bomb or a raid of the trigger's phrase did places the event ("killed
in a car bomb attack that targeted a post in X"); v9: a distance phrase stands for the place
it measures ("Y, 30 km north of X": Y), a chain of conjoined verbs shares the event and a verb
of state does not, the noun a relative clause of harm tells of places it ("the bombing in X
that killed 40"), and so do a relative clause telling what the subject or agent did ("wounded
by a bomb which exploded at X") and a scene clause the parser split ("killed as car bombs
rocked X").
Event ids e1, e2, … follow the text order of the triggers.
"""
from __future__ import annotations

from ...lookup import SpanIndex, actor_index
from ...model import ArticleAnalysis, Event, Span
from ...parse import Parse, Tok
from ...registry import Resources
from ...resources.lexicon import Coding, EventLexicon
from ..base import updated
from .acled import AcledTable, label_events, packaged_table
from .arguments import argument_spans, find_arguments
from .attribution import attribute
from .dates import DateFinder
from .coding import recode, with_asked_mode
from .location import PlaceLinker
from .modality import realis_flags, strongest
from .syntax import Tree, lookup, np_span
from .filters import event_triggers
from .triggers import Trigger

STAGE = "events.rules.v9"
GROUND_TYPES = frozenset({"CONSULT", "MOBILIZE", "RETREAT"})
RETREAT_CODE = "0874"  # a military retreat: where it left from is where it happened
# Acts of force: what they are "against" is their target, not their topic.
VIOLENT_TYPES = frozenset({"ASSAULT", "FIGHT", "COERCE"})


class EventStage:
    name = STAGE
    requires = frozenset({"article", "parse", "sentences", "mentions", "actors", "places"})
    provides = frozenset({"events"})

    def __init__(self, lexicon: EventLexicon, *, acled: AcledTable | None = None) -> None:
        self.lexicon = lexicon
        self.acled = acled if acled is not None else packaged_table()

    def __call__(self, analysis: ArticleAnalysis, parse: Parse) -> ArticleAnalysis:
        tree = Tree(parse)
        triggers = [t for k in range(len(parse.sents))
                    for t in event_triggers(tree, k, self.lexicon)]
        coder = EventCoder(analysis, tree, self.lexicon, triggers)
        events = tuple(coder.code(trig, f"e{n}") for n, trig in enumerate(triggers, 1))
        events = label_events(analysis, events, tree, self.acled)
        return updated(analysis, self.name, events=events)


class EventCoder:
    """Everything needed to turn one article's triggers into events, built once per article."""

    def __init__(self, analysis: ArticleAnalysis, parse: Tree, lexicon: EventLexicon,
                 triggers: list[Trigger]) -> None:
        self.analysis, self.parse, self.lexicon = analysis, parse, lexicon
        self.actors: SpanIndex = actor_index(analysis.actors)
        self.places = PlaceLinker(parse, analysis.places,
                                  events=frozenset(t.tok.i for t in triggers),
                                  harm=frozenset(lexicon.cue("harm_verbs")))
        self.dates = DateFinder(parse, lexicon, {t.tok.i for t in triggers},
                                published=analysis.article.published)
        self._actor_at: dict[int, str | None] = {}
        self.by_sentence: dict[int, list[Trigger]] = {}
        for trig in triggers:
            self.by_sentence.setdefault(trig.tok.sent, []).append(trig)

    def code(self, trig: Trigger, ident: str) -> Event:
        parse, tok = self.parse, trig.tok
        coding = self.lexicon.code(trig.cameo, mode=trig.mode, plover=trig.pattern.plover)
        flags = realis_flags(parse, tok, self.lexicon, violent=coding.quad == 4)
        report = attribute(parse, tok, self.lexicon)
        if report is not None:
            flags.add(report.kind)
        modality = strongest(flags)
        if not trig.user:
            recoded = recode(self.lexicon, coding, flags, modality)
            if recoded.plover_type == "REJECT" != coding.plover_type:  # "will not resign"
                modality = strongest(flags - {"negated", "future"})
            modality = realised(recoded, modality)
            coding = with_asked_mode(recoded, self.asked_type(trig))
        args = find_arguments(parse, trig, coding.plover_type,
                              theme_words=self.lexicon.cue("theme_words"))
        place, place_reason = self.place(trig, coding)
        when = self.dates.find(tok)
        speaker = report.speaker if report is not None else None
        return Event(
            id=ident, plover_type=coding.plover_type, plover_mode=coding.plover_mode,
            cameo_code=coding.cameo, quad_class=coding.quad, intensity=coding.goldstein,
            trigger=trigger_span(parse, trig), sentence=tok.sent,
            source_actors=self.ids(args.sources), target_actors=self.ids(args.targets),
            source_spans=argument_spans(parse, args.sources),
            target_spans=argument_spans(parse, args.targets),
            place=place, place_reason=place_reason,
            date=when.date, date_end=when.end, date_span=when.span, date_source=when.source,
            modality=modality,
            attributed_to=self.actor(speaker) if speaker is not None else None,
            attribution_span=np_span(parse, speaker) if speaker is not None else None,
            evidence=parse.sent_span(tok.sent),
        )

    def asked_type(self, trig: Trigger) -> str | None:
        """The PLOVER type of the event in the trigger's complement ("refused to meet")."""
        for other in self.by_sentence.get(trig.tok.sent, ()):
            path = self.parse.ancestors(other.tok.i)
            if other is not trig and trig.tok in path[:3]:
                return self.lexicon.code(other.cameo, plover=other.pattern.plover).plover_type
        return None

    def actor(self, tok: Tok) -> str | None:
        if tok.i not in self._actor_at:
            self._actor_at[tok.i] = lookup(self.actors, self.parse, tok)
        return self._actor_at[tok.i]

    def ids(self, heads: tuple[Tok, ...]) -> tuple[str, ...]:
        found = (self.actor(h) for h in heads)
        return tuple(dict.fromkeys(i for i in found if i is not None))

    def place(self, trig: Trigger, coding: Coding) -> tuple[str | None, str | None]:
        """The event's place (location.py); the direct object is a candidate for verbs that
        take or strike ground, visits and movements ("seized X", "shelled X", "visited X")."""
        return self.places.link(trig.tok, takes_ground=takes_ground(trig, coding),
                                movement=coding.plover_type == "MOBILIZE",
                                violent=coding.plover_type in VIOLENT_TYPES,
                                retreat=coding.cameo == RETREAT_CODE)


def takes_ground(trig: Trigger, coding: Coding) -> bool:
    return (coding.quad == 4 or "@territory" in (trig.pattern.object or ())
            or coding.plover_type in GROUND_TYPES)


def realised(coding: Coding, modality: str) -> str:
    """An announced threat is a threat."""
    if coding.plover_type == "THREATEN" and modality == "future":
        return "threatened"
    return modality


def trigger_span(parse: Tree, trig: Trigger) -> Span:
    """The trigger word with its particle or pattern preposition ("ruled out", "march on")."""
    tok = trig.tok
    words = {trig.pattern.prt, trig.pattern.prep} - {None}
    end = tok.i
    for kid in parse.children(tok.i):
        if kid.i > tok.i and kid.i - tok.i <= 2 and kid.lemma.lower() in words:
            end = max(end, kid.i)
    return parse.span_of(tok.i, end + 1)


def make_stage(resources: Resources) -> EventStage:
    return EventStage(resources.get("event_lexicon"), acled=resources.get("acled_crosswalk"))
