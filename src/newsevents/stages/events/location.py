"""Where an event happened: the place its clause attaches to it, read off the dependency parse.

Only places of the trigger's own sentence are candidates: a sentence that names none gives
none (no place is borrowed from another sentence). Place mentions are reached by walking the
tree down from the trigger and from the words that share its event, in tiers (a lower tier
wins):

0. the trigger's own phrase: its prepositional attachments (in, at, near, across, through,
   outside, around, into, along, …) and those of its objects, followed down through nouns
   ("during a raid on a building in X", "the town of X"); the direct object or passive
   subject of a verb that takes ground ("seized X", "X was shelled"); a possessor or name
   modifier of a noun trigger or of its objects ("X's airport", "the X offensive"); the place
   a relative clause hangs on, when it says "where" or its relative pronoun is the ground
   taken ("in X, where troops shelled a market", "a clinic in X, which was attacked");
1. the words that share the event: the verb a participle hangs on ("blew up a bus in X, killing
   11") and the prepositional phrases of a participle of harm under the trigger ("detonated a
   bomb, killing a guard in X"), conjoined verbs and their chains ("shot and killed two men
   and wounded a boy in X"; not a verb of state, "captured and became a teacher in X"; the
   elliptical passive "two were killed and four others wounded in X"; the noun a relative
   clause of harm tells of, "the bombing in X that killed 40"; not one sending people
   onward, "captured and deported to a camp at X", or keeping, freeing or losing a captive,
   "captured and held in X", "captured and died in X", "wounded and captured, he was
   imprisoned in X"; nor one joined by "but", a contrasting later act, "captured but escaped
   in X"), the verb governing a noun trigger ("carried out an assault in X"), and a subject that
   is itself an event ("an explosion in X killed nine");
2. a clause setting the trigger's scene or that of a conjoined verb ("killed when gunmen
   ambushed a convoy near X", "shot as he drove through X"; also a "when" clause the parser
   hangs on a time, "shot last week when troops raided X", and one it splits, "killed as car
   bombs rocked X" parsed as the phrase "as car bombs" and a clause without a subject;
   "killed and two wounded when a bomb hit a bus in X"), followed into its complement ("shot
   as he tried to flee X"), and, when forces are sent, the purpose clause ("sent troops to
   patrol in X"); the prepositional phrases of an unmarked participle right after the
   trigger, what was being done at the time ("was captured fighting in X"; after a comma it
   is a later act); and those of a relative clause telling what an attack, bomb or raid
   named in the trigger's phrase, its subject or its agent did ("killed in a raid that
   targeted a convoy in X", "wounded by a bomb which exploded at Y", "a mine that exploded
   near Z killed two");
3. the subject or agent phrase ("rebels in X attacked", "captured by troops in X"; a
   country too when a containing preposition places the actor in it: "forces in X"); the
   subject itself names an actor, never the place, and a relative clause on it tells of the
   actor at another time ("the farmer, who was born in X, was shot").

Within a tier, ranking prefers a path without detours (a participle, a non-locative
preposition, a "from" phrase), then a place that is not a mere reference point ("30 km north of
X"; when a place comes just before the distance phrase, "Y, about 30 km north of X", the
phrase stands for Y, wherever the parser hangs it), not the enclosing place of another one
("X's Y district", "the Y neighbourhood of X", "the X town of Y": the noun says which of the
two it names, unless the gazetteer ranks them), then the most specific place: a part of a town
(a neighbourhood, suburb, quarter, square or village, by the noun naming it or its name; a
district the gazetteer does not know of or in a city it knows), a city or village, a facility
or place the gazetteer does not know by name (a district or province when its name says so),
district, province, then country and region (the village over the enclosing city or
country); then a settlement over a building's name when the
gazetteer knows neither ("at the X Office in Y"); then the shallowest, then the first. An
object or passive subject the model tags as a person, group or nationality is the victim rather
than the ground: a locative phrase on the trigger wins over it ("Kim was captured in X"); a
person taken is never the ground, and a place phrase of a sharing or scene clause places the
event ("Arad was captured after his plane was shot down over X").

A place named as the "of" object of a unit or town noun has that rank ("the province of X":
a province, though the gazetteer took its capital; "the town of X": a town).

A place found only in a conjoined clause with a subject of its own ("… in X, and a boy was
killed in Y") yields to one of the trigger's own phrase or its subject or agent phrase.

Then the narrowest: a place the gazetteer puts inside the chosen province, district or
country, named in the trigger's phrase, a sharing or a scene clause at most one detour
further than it (not an example, "including Y"), replaces it.

Never the event's place: a country modifying a noun that is not a place word ("a US strike",
"U.S. forces", "Iraq's army": nationality, not location; but a country owning a geographic
noun, "X's coastline", "X's waters", or the noun of a locative phrase, "in X's cocoa belt",
locates it) and a nationality word standing for a country ("killed two Afghans", "Iraqi
villages"); a hyphenated modifier ("US-led", "Britain-based"; a name spelt with hyphens,
"Mazar-e-Sharif", is a place); the object of "for/against/with/by/about/ according to …"
("protested against Israel"), of "from" (where someone came from, "smugglers from X", or who
held the ground before, "captured the heights from X") and of "between" (the sides: "clashes
between X and Y"); anything under an "against/about/ regarding/…" phrase ("protested against
the bombing of X"; but a place phrase the parser hangs on a person there places the act,
"marched against Bush in X"; and for an act of force an "against" phrase on the trigger or its
object names the target, whose own phrase places it: "detonated a mine against trucks in X");
anything under a "since/until" phrase, which dates the event by another ("killed since the
start of the war in X"); a "to/toward" phrase outside the trigger's own phrase (where people
went afterwards: "attacked a post and fled to X"), unless forces are sent; a country
reached outside the trigger's own phrase other than by a preposition in a clause sharing the
event or setting its scene, or by a containing preposition in the subject or agent phrase
(modifiers and other paths: background, measured on the look half of event_location_dev); an
"of" phrase on a person's name (where the person is from: "Ali Hassan, 28, of X near Y");
anything in a reporting clause above the trigger (the walk never climbs out of reported
speech).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import NamedTuple

from ...model import Place
from ...parse import Tok
from .syntax import Tree, lemma

# Dependencies followed down from a head into its phrase (never into clauses or subjects).
PHRASE_DEPS = frozenset({
    "prep", "pobj", "pcomp", "dobj", "npadvmod", "advmod", "compound", "poss", "appos", "conj",
    "nmod", "amod", "attr", "oprd", "dative", "acl", "obj", "obl", "nummod", "quantmod",
})
# A clause setting the scene is followed into its complement ("as he tried to flee X") and
# its agent phrase ("when their helicopter was shot down by rebels in X").
SCENE_DEPS = PHRASE_DEPS | {"xcomp", "agent"}
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "csubj", "csubjpass"})
# How a trigger hands its event to the verb above it.
SHARING_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# Prepositions of place and path; "of" is transparent ("the town of X", "the streets of X").
LOCATIVE_PREPS = frozenset({
    "in", "at", "near", "outside", "around", "across", "inside", "into", "on", "onto", "upon",
    "through", "throughout", "within", "along", "alongside", "over", "toward", "towards", "to",
    "off", "beside", "behind", "between", "among", "amid", "amidst", "beyond", "past", "under",
    "via", "of", "close", "next", "opposite", "underneath", "above", "below",
})
# A place that is the object of one of these is what the event is for, against or with, or
# who reported it, not where it happened ("protested against Israel", "according to X").
NOT_PLACE_PREPS = frozenset({
    "for", "against", "with", "about", "by", "according", "than", "like", "as", "despite",
    "because", "unlike", "versus", "including", "except", "regarding", "concerning",
    "from", "between",
})
# Last words of the names of buildings.
BUILDING_WORDS = frozenset({
    "office", "hotel", "hall", "embassy", "consulate", "hospital", "school", "university",
    "college", "mosque", "church", "temple", "stadium", "airport", "station", "prison", "mall",
    "headquarters", "palace", "building", "ministry", "court", "centre", "center", "tower",
})
# How a verb hangs on another of its own clause ("crushed a revolt by razing the city").
INSIDE_CLAUSE = frozenset({"conj", "pcomp", "prep", "xcomp"})
# Verbs of taking someone captive, and of what befalls a captive afterwards (kept, moved,
# tried, freed, escaping, dying): later events, in places of their own.
CUSTODY_VERBS = frozenset({
    "hold", "detain", "imprison", "jail", "keep", "spend", "transfer", "send", "deport",
    "hand", "extradite", "escape", "die", "release", "free", "sentence", "convict", "torture",
    "interrogate", "try", "execute", "confess", "go",
})
TAKING_VERBS = frozenset({"capture", "seize", "arrest", "abduct", "kidnap", "apprehend", "catch"})
# Verbs by which a relative clause tells what an attack, a bomb or a raid did (with the
# lexicon's verbs of harm, `harm`).
STRIKE_VERBS = frozenset({"target", "hit", "strike", "explode", "detonate", "rock", "tear",
                          "destroy", "damage"})
MAX_CHAIN = 3  # links of a chain of conjoined verbs that share the trigger's event
# Verbs of state: a conjunct of the trigger on one tells of a later state, not of its act.
STATE_VERBS = frozenset({"be", "become", "remain", "stay", "live", "work"})
# Words introducing examples of the object ("captured a third of X, including Y").
EXAMPLE_WORDS = frozenset({"include", "including"})
# A phrase under one of these says what the event is about, for or against, not where it
# happened, down to its last word ("protested against the bombing of X", "a story about X");
# "since" and "until" date it by another event ("killed since the start of the war in X").
TOPIC_PREPS = frozenset({
    "against", "about", "regarding", "concerning", "despite", "because", "than", "like",
    "unlike", "versus", "except", "since", "until",
})
# Prepositions that put something inside or at a place ("in X's north", "on X's streets").
CONTAINING_PREPS = frozenset({
    "in", "inside", "within", "at", "on", "across", "throughout", "through", "near", "outside",
    "around", "along", "into",
})
# Where something goes, not where the event is, unless forces are sent ("deployed to X").
DESTINATION_PREPS = frozenset({"to", "toward", "towards"})
# "according to X": who says so, never where.
ATTRIBUTION = frozenset({"according"})
# Nouns a country may modify as a place ("Iraq's north", "the Syria border").
LOCATIVE_NOUNS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "city", "town", "village", "province", "region", "district", "capital", "border",
    "frontier", "part", "parts", "outskirts", "countryside", "suburb", "suburbs", "area",
    "coast", "territory", "soil", "side", "interior", "heartland", "state", "county",
    "coastline", "shore", "water", "waters", "seawater", "waterway", "sea", "sky", "skies",
    "airspace", "street", "road", "highway", "mountain", "hill", "valley", "desert", "island",
    "mainland", "hinterland", "enclave", "governorate", "camp", "neighbourhood",
    "neighborhood",
})
# Words that make "of X" a reference point ("north of X", "50 km west of X").
REFERENCE_WORDS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "northern", "southern", "eastern", "western", "kilometers", "kilometres", "km", "miles",
    "mile", "kilometer", "kilometre",
})
# Words between a place and a distance phrase measuring from another ("X, about 50 km (30
# miles) west of Y"), besides numbers, adverbs and the reference words.
MEASURE_FILLERS = frozenset({"(", ")", "some", "about", "nearly", "roughly", "around", "-"})
# Nouns naming the place of an "of" phrase: "the X town of Y" is Y, a town in X.
SETTLEMENT_NOUNS = frozenset({
    "town", "city", "village", "capital", "port", "resort", "hamlet", "township", "suburb",
    "settlement", "enclave", "state", "province", "governorate", "republic", "island",
})
# A verb's object the model tags as one of these may be its victim rather than ground
# ("Kim was captured in X"): a locative phrase on the verb places the event instead.
VICTIM_ENTS = frozenset({"PERSON", "ORG", "NORP"})
# A person taken is never ground: a place phrase of a sharing or scene clause places the event
# ("Arad was captured after his plane was shot down over X").
PERSON_ENTS = frozenset({"PERSON", "NORP"})
# Nouns naming a part of a town: a place they name is narrower than the town ("the Karrada
# neighbourhood", "the suburb of X", "X, a neighbourhood of Y"); a village or hamlet is as
# narrow ("the village of X").
TOWN_PARTS = frozenset({"neighbourhood", "neighborhood", "suburb", "quarter", "area", "square"})
AREA_NOUNS = TOWN_PARTS | {"village", "hamlet"}
# Nouns saying a place is a town or city ("the town of X", "X city").
TOWN_NOUNS = frozenset({"town", "city"})
# The rank of a named part of a town: before the towns and cities (1).
AREA = 0
DISTRICT_PRECISION, PROVINCE_PRECISION, COUNTRY_PRECISION = 3, 4, 5
# The rank of a named facility or place the gazetteer does not know: after cities (1).
NAMED_SITE = 2
# The rank (precision code) of an administrative unit a name ends with.
UNIT_WORDS = MappingProxyType({
    "district": DISTRICT_PRECISION, "county": DISTRICT_PRECISION,
    "prefecture": DISTRICT_PRECISION, "municipality": DISTRICT_PRECISION,
    "province": PROVINCE_PRECISION, "governorate": PROVINCE_PRECISION,
    "state": PROVINCE_PRECISION, "region": PROVINCE_PRECISION,
})
CLAUSE_DEPS = frozenset({"advcl", "xcomp"})
MARK_DEPS = frozenset({"mark", "advmod", "aux"})
SCENE_MARKS = frozenset({"when", "while", "as", "after", "whilst"})
TIER_REASONS = ("of the trigger", "of a word sharing the event",
                "in a clause setting the trigger's scene", "in the subject or agent")


class Step(NamedTuple):
    """A token reached from the trigger: how deep, the nearest preposition above it, and how
    many detours (non-locative prepositions, participle clauses) the path took."""

    tok: Tok
    depth: int = 0
    prep: str = ""
    detours: int = 0


@dataclass(frozen=True, slots=True)
class Found:
    """A place mention reached from the trigger, with what ranks it."""

    tier: int
    detours: int
    reference: bool
    enclosing: bool
    specificity: int
    depth: int
    tok: Tok
    place: str
    how: str
    prep: str = ""
    victim: bool = False  # the object of a verb that takes ground, tagged as a person
    other_clause: bool = False  # in a conjoined clause with a subject of its own
    facility: bool = False  # a building's name the gazetteer does not know ("X Office")

    def key(self) -> tuple[int, int, bool, bool, int, bool, int, int]:
        return (self.tier, self.detours, self.reference, self.enclosing, self.specificity,
                self.facility, self.depth, self.tok.i)


class PlaceLinker:
    """Links an article's events to its places; built once per article. `events`: the token
    indices of the article's triggers (a subject that is itself an event, "an explosion in X
    killed …", shares its place); `harm`: lemmas of verbs of harm ("kill", "wound"), whose
    participle clause tells an event's outcome ("detonated a bomb, killing two in X")."""

    def __init__(self, parse: Tree, places: Iterable[Place], *,
                 events: frozenset[int] = frozenset(),
                 harm: frozenset[str] = frozenset()) -> None:
        self.parse, self.events, self.harm = parse, events, harm
        self.telling = STRIKE_VERBS | harm  # what a relative clause says an attack did
        self.place_at: dict[int, Place] = {}  # the head token of each place mention
        self.head_of_last: dict[int, Tok] = {}  # a mention's last token -> its head token
        self.in_sentence: dict[int, list[Tok]] = {}
        for place in places:
            for mention in place.mentions:
                tokens = parse.parse.tokens_in(mention)
                head = mention_head(parse, tokens)
                if head is not None and head.i not in self.place_at:
                    self.place_at[head.i] = place
                    self.head_of_last[tokens[-1].i] = head
                    self.in_sentence.setdefault(head.sent, []).append(head)

    def link(self, tok: Tok, *, takes_ground: bool = False, movement: bool = False,
             violent: bool = False, retreat: bool = False) -> tuple[str | None, str | None]:
        """(place id, reason) for the event whose trigger is `tok`; (None, None) when its
        sentence names no place that can be the event's. `takes_ground`: the trigger's direct
        object (or passive subject) may be the place itself ("seized X", "X was shelled");
        `movement`: forces are sent, and a purpose clause says where ("sent troops to patrol
        in X"); `violent`: an "against" phrase on the trigger, a word sharing its event or their
        objects names the target, whose phrase may place it ("detonated a mine against trucks
        in X"), not what the event is about; `retreat`: forces leave, and the "from" phrase
        on the trigger is the ground they left ("withdrew from X")."""
        found = [f for f in self.candidates(tok, takes_ground=takes_ground, movement=movement,
                                            violent=violent)
                 if movement or f.tier == 0 or f.prep not in DESTINATION_PREPS]
        if retreat:
            found.extend(self.left_ground(tok))
        best = min(found, key=Found.key, default=None)
        if best is None:
            return None, None
        best = self.verb_phrase_over_ground(best, found)
        if best.other_clause:
            best = min((f for f in found if not f.other_clause and f.tier in (0, 3)),
                       key=Found.key, default=best)
        best = self.narrowest(best, found)
        if best.how.startswith("object of"):
            return best.place, best.how
        return best.place, f"{best.how} {TIER_REASONS[best.tier]}"

    def verb_phrase_over_ground(self, best: Found, found: list[Found]) -> Found:
        """An object or passive subject the model tags as a person, group or nationality
        may be the victim, not the ground ("Kim was captured in X"): a locative phrase on
        the trigger outside it (not a reference point, "30 km north of X") places the event."""
        if not best.victim:
            return best
        person = best.tok.ent_type in PERSON_ENTS
        direct = [f for f in found if not f.victim and not f.reference
                  and (f.prep in CONTAINING_PREPS and f.tier == 0 and not f.detours
                       or person and f.tier <= 2 and f.prep in LOCATIVE_PREPS
                       and f.prep not in DESTINATION_PREPS)
                  and not best.tok.left <= f.tok.i <= best.tok.right]
        return min(direct, key=Found.key, default=best)

    def narrowest(self, best: Found, found: list[Found]) -> Found:
        """The most specific place the gazetteer puts inside the chosen one, named in the
        trigger's phrase or a clause sharing the event or setting its scene, as directly ("In
        X province, five were killed when a bomb hit their van near Y": Y, a town of X), at
        most one detour further ("across X, gunmen shot a man walking in Y"); not an example
        ("captured a third of X, including Y")."""
        outer = self.place_at[best.tok.i]
        inner = [f for f in found if f.tier <= 2 and f.detours <= best.detours + 1
                 and f.prep not in EXAMPLE_WORDS and f.place != best.place
                 and within(self.place_at[f.tok.i], outer)]
        return min(inner, key=Found.key, default=best)

    def candidates(self, tok: Tok, *, takes_ground: bool, movement: bool,
                   violent: bool = False) -> Iterator[Found]:
        sharers = sharing_verbs(self.parse, tok, movement=movement)
        seen: set[int] = set()
        yield from self.walk(tok, tier=0, seen=seen, trigger=tok, target=violent)
        phrase = sorted(seen) + [v.i for v in conjoined_verbs(self.parse, tok,
                                                               movement=movement)]
        for verb in sharers:
            other = own_subject(self.parse, verb if verb.dep == "conj" else tok) and (
                verb.dep == "conj" or tok.dep == "conj" and tok.head == verb.i)
            for found in self.walk(verb, tier=1, seen=seen, trigger=tok, target=violent):
                yield replace(found, other_clause=other)
        cause = self.relative_cause(tok)
        if cause is not None:
            yield from self.walk(cause, tier=1, seen=seen, trigger=tok, target=violent)
        for verb in self.results(tok):
            yield from (f for f in self.walk(verb, tier=1, seen=seen, trigger=tok,
                                             target=violent) if f.prep)
        for verb in self.circumstances(tok):
            yield from (f for f in self.walk(verb, tier=2, seen=seen, trigger=tok)
                        if f.prep and f.prep not in DESTINATION_PREPS)
        for clause in self.scene_clauses(phrase, movement=movement):
            yield from self.walk(clause, tier=2, seen=seen, trigger=tok, deps=SCENE_DEPS)
        for clause in self.telling_clauses(sorted(seen) + self.causes(tok, sharers)):
            yield from (f for f in self.walk(clause, tier=2, seen=seen, trigger=tok)
                        if f.prep and f.prep not in DESTINATION_PREPS)
        for subj in self.subjects(tok, sharers):
            tier = 1 if subj.i in self.events else 3
            yield from self.subject(subj, trigger=tok, seen=seen, tier=tier)
        if takes_ground:
            yield from self.ground(tok)
        antecedent = self.antecedent(tok, takes_ground=takes_ground)
        if antecedent is not None:
            yield antecedent

    def relative_cause(self, tok: Tok) -> Tok | None:
        """The noun a relative clause of harm tells of, its relative pronoun the subject:
        what did the harm ("the bombing in X that killed 40", "a blast at a mosque in Y which
        wounded 20"), whose phrase places it; not a person or group ("the gunmen in X that
        killed two": the subject phrase tells of the actor)."""
        if tok.dep != "relcl" or tok.head == tok.i or not any(
                k.dep == "nsubj" and k.tag == "WDT" for k in self.parse.children(tok.i)):
            return None
        noun = self.parse.tokens[tok.head]
        return noun if noun.pos == "NOUN" and noun.ent_type not in VICTIM_ENTS else None

    def results(self, tok: Tok) -> list[Tok]:
        """The harm the trigger's event caused, told in an unmarked participle clause under
        it ("detonated a bomb, killing a guard in X"): its prepositional phrases place it (its
        object does not: "shelled the town, wounding Velm's mayor")."""
        return [k for k in self.parse.children(tok.i) if k.dep == "advcl" and k.tag == "VBG"
                and lemma(k) in self.harm
                and not any(m.dep == "mark" for m in self.parse.children(k.i))]

    def circumstances(self, tok: Tok) -> list[Tok]:
        """What the victim or actor was doing at the time, in an unmarked participle clause
        right after the trigger ("was captured fighting in X", "was shot wearing a vest at
        Y"): its prepositional phrases set the scene. After a comma, a participle tells of a
        later act ("demonstrated, slamming the talks in X")."""
        tokens = self.parse.tokens
        return [k for k in self.parse.children(tok.i) if k.dep in CLAUSE_DEPS
                and k.tag == "VBG" and lemma(k) not in self.harm and k.i > tok.i
                and not any(t.pos == "PUNCT" for t in tokens[tok.i + 1:k.left])
                and not any(m.dep in MARK_DEPS for m in self.parse.children(k.i))]

    def scene_clauses(self, phrase: list[int], *, movement: bool) -> Iterator[Tok]:
        """Clauses under the trigger's phrase that set its scene ("killed when gunmen opened
        fire on a bus in X", "shot while he was driving through X"), and for a movement of
        forces its purpose clause."""
        for i in phrase:
            for kid in self.parse.children(i):
                if kid.dep not in CLAUSE_DEPS and kid.dep != "relcl":
                    continue
                marks = {lemma(k) for k in self.parse.children(kid.i) if k.dep in MARK_DEPS}
                if kid.dep == "relcl" and "when" in marks and \
                        self.parse.tokens[i].ent_type in ("DATE", "TIME"):
                    yield kid  # a time's "when" clause: "shot last week when troops raided X"
                elif kid.dep != "relcl" and (marks & SCENE_MARKS or movement and "to" in marks
                                             or self.split_scene(i, kid)):
                    yield kid

    def split_scene(self, head: int, clause: Tok) -> bool:
        """A scene clause the parser split: "killed as car bombs rocked X" parsed as the
        phrase "as car bombs" and a clause "rocked X" with no subject of its own."""
        if any(k.dep in SUBJECT_DEPS for k in self.parse.children(clause.i)):
            return False
        return any(k.dep == "prep" and lemma(k) in SCENE_MARKS and k.right == clause.left - 1
                   for k in self.parse.children(head))

    def telling_clauses(self, phrase: list[int]) -> Iterator[Tok]:
        """Relative clauses that tell what the event, named by a noun of the trigger's
        phrase, did ("killed in a car bomb attack that targeted a post in X", "wounded by a
        bomb which exploded at Y"): the relative pronoun is their subject and their verb one
        of harm or striking. Their prepositional phrases place the event."""
        for i in phrase:
            noun = self.parse.tokens[i]
            if noun.pos != "NOUN" or noun.ent_type:
                continue
            for kid in self.parse.children(i):
                if kid.dep == "relcl" and lemma(kid) in self.telling \
                        and any(k.dep == "nsubj" and k.tag == "WDT"
                                for k in self.parse.children(kid.i)):
                    yield kid

    def subjects(self, tok: Tok, sharers: list[Tok]) -> list[Tok]:
        """The subjects and agent phrases of the trigger and of the words sharing its event."""
        return [k for head in (tok, *sharers) for k in self.parse.children(head.i)
                if k.dep in SUBJECT_DEPS]

    def causes(self, tok: Tok, sharers: list[Tok]) -> list[int]:
        """What did it: the subjects of the trigger and of the words sharing its event, and
        the objects of their agent phrases ("a bomb that exploded at X killed two", "wounded
        by a bomb which exploded at Y")."""
        out = []
        for subj in self.subjects(tok, sharers):
            if subj.dep == "agent":
                out += [o.i for o in self.parse.children(subj.i) if o.dep == "pobj"]
            else:
                out.append(subj.i)
        return out

    def antecedent(self, tok: Tok, *, takes_ground: bool) -> Found | None:
        """A relative clause on a place: "in Hama, where troops razed parts of the city"
        (where), "the town of Rastan, which was besieged by tanks" (the ground taken)."""
        clause = tok
        for _ in range(4):
            if clause.dep not in INSIDE_CLAUSE or clause.head == clause.i:
                break
            clause = self.parse.tokens[clause.head]
        if clause.dep != "relcl":
            return None
        head = self.parse.tokens[clause.head]
        named = [head] if head.i in self.place_at else self.of_places(head)
        kids = self.parse.children(clause.i)
        where = any(lemma(k) == "where" for k in kids)
        taken = takes_ground and any(k.dep in ("nsubjpass", "dobj") and k.tag == "WDT"
                                     for k in kids)
        if not named or not (where or taken):
            return None
        named_tok = self.inner(named[0])
        return self.make(Step(named_tok), self.place_at[named_tok.i], tier=0,
                         how="place of the relative clause")

    def inner(self, tok: Tok) -> Tok:
        """The place named inside `tok`'s phrase when `tok` is the larger one: "the camp at
        X, Austria" (Austria in apposition to X), "the Y suburb of Damascus"."""
        if tok.dep == "appos" and tok.head in self.place_at:
            return self.parse.tokens[tok.head]
        if tok.dep == "pobj" and self.encloses(tok):
            noun = self.parse.tokens[self.parse.tokens[tok.head].head]
            return next((k for k in self.parse.children(noun.i)
                         if k.dep in MODIFIER_DEPS and k.i in self.place_at), tok)
        return tok

    def ground(self, tok: Tok) -> Iterator[Found]:
        """The object of a verb that takes ground ("seized X"), or its passive subject; never
        people named by their nationality ("killed two Iraqis")."""
        objects = [k for k in self.parse.children(tok.i) if k.dep in ("dobj", "nsubjpass", "obj")]
        for kid, place in self.places_of(objects):
            found = self.make(Step(kid), place, tier=0, how=f"object of {lemma(tok)}")
            if found is not None:
                yield replace(found, victim=kid.ent_type in VICTIM_ENTS)

    def left_ground(self, tok: Tok) -> Iterator[Found]:
        """The object of a "from" phrase on a retreat's trigger ("withdrew from X"), and the
        places coordinated with it, as direct as a locative phrase ("pulled out of X" is
        one already)."""
        froms = [k for k in self.parse.children(tok.i) if k.dep == "prep" and lemma(k) == "from"]
        objects = [k for prep in froms for k in self.parse.children(prep.i) if k.dep == "pobj"]
        for kid, place in self.places_of(objects):
            found = self.make(Step(kid, 1, "from"), place, tier=0, how="'from' phrase")
            if found is not None:
                yield replace(found, detours=0)

    def places_of(self, objects: list[Tok]) -> Iterator[tuple[Tok, Place]]:
        """The place mentions among `objects` and the words coordinated with them, but
        nationalities ("two Iraqis")."""
        for kid in objects + [c for k in objects for c in self.conjuncts(k)]:
            place = self.place_at.get(kid.i)
            if place is not None and not demonym(kid, place):
                yield kid, place

    def conjuncts(self, tok: Tok) -> list[Tok]:
        """The words coordinated with `tok` ("seized X and Y": Y)."""
        out, todo = [], [tok]
        while todo:
            kids = [k for k in self.parse.children(todo.pop().i) if k.dep == "conj"]
            out += kids
            todo += kids
        return out

    def subject(self, subj: Tok, *, trigger: Tok, seen: set[int], tier: int) -> Iterator[Found]:
        """Places inside the subject or agent phrase, not the subject itself nor a conjunct of
        it ("Israel attacked", "captured by Iran", "Arnia and Velm sent troops" name actors;
        ground() takes "X was seized")."""
        seen.add(subj.i)
        for kid in self.parse.children(subj.i):
            if origin(subj, kid) or kid.dep not in PHRASE_DEPS:
                continue  # a relative clause tells of the actor, not of this event
            if kid.dep == "conj" and subj.dep != "agent":
                yield from self.subject(kid, trigger=trigger, seen=seen, tier=tier)
                continue
            prep = lemma(subj) if subj.dep == "agent" else lemma(kid) if kid.dep == "prep" else ""
            yield from self.walk(kid, tier=tier, seen=seen, trigger=trigger,
                                 first=Step(kid, 1, prep))

    def walk(self, start: Tok, *, tier: int, seen: set[int], trigger: Tok,
             first: Step | None = None, target: bool = False,
             deps: frozenset[str] | None = PHRASE_DEPS) -> Iterator[Found]:
        """Place mentions below `start` (breadth first), following `deps` (all when None;
        by default only into its phrase, not into clauses or subjects); `target`: an "against"
        phrase on `start` or its objects names a target (see `link`)."""
        todo = [first or Step(start)]
        while todo:
            step = todo.pop(0)
            if step.tok.i in seen:
                continue
            seen.add(step.tok.i)
            found = self.found(step, tier=tier, trigger=trigger)
            if found is not None:
                yield found
            todo.extend(next_steps(self.parse, step, deps=deps, target=target))

    def found(self, step: Step, *, tier: int, trigger: Tok) -> Found | None:
        tok = step.tok
        place = self.place_at.get(tok.i)
        if place is None or self.nationality(tok, place) or step.prep in NOT_PLACE_PREPS \
                or self.in_compound_modifier(tok):
            return None
        if self.object_of(tok, trigger):
            return None  # "condemned Israel (and Syria)": targets; ground() takes "seized X"
        how = f"'{step.prep}' phrase" if step.prep else how_attached(tok)
        return self.make(step, place, tier=tier, how=how)

    def object_of(self, tok: Tok, trigger: Tok) -> bool:
        """`tok` is the trigger's direct object or coordinated with it."""
        for _ in range(8):
            if tok.dep != "conj" or tok.head == tok.i:
                break
            tok = self.parse.tokens[tok.head]
        return tok.head == trigger.i and tok.dep in ("dobj", "obj")

    def make(self, step: Step, place: Place, *, tier: int, how: str) -> Found | None:
        tok = step.tok
        measured = self.measured(tok)
        if measured is not None:
            return self.make(step._replace(tok=measured), self.place_at[measured.i], tier=tier,
                             how="place a distance phrase measures")
        if tier > 0 and specificity(place) >= COUNTRY_PRECISION and (
                not step.prep or tier > 2 and step.prep not in CONTAINING_PREPS):
            return None  # a country named outside the trigger's phrase is background
        return Found(tier=tier, detours=step.detours + (step.prep == "from"),
                     reference=is_reference(self.parse, tok), enclosing=self.encloses(tok),
                     specificity=self.rank(tok, place), facility=facility(place),
                     depth=step.depth, tok=tok,
                     place=place.id,
                     how=how, prep=step.prep)

    def measured(self, tok: Tok) -> Tok | None:
        """The place a reference point measures: in "X, 50 km west of Y" and "X, just north
        of Y" the phrase describes X, wherever the parser hangs it."""
        if not is_reference(self.parse, tok):
            return None
        tokens = self.parse.tokens
        start = tokens[tok.head].head
        k = start - 1
        while k > start - 12 and k >= 0 and (
                tokens[k].text in MEASURE_FILLERS or tokens[k].pos in ("NUM", "ADV")
                or lemma(tokens[k]) in REFERENCE_WORDS):
            k -= 1
        if k < 1 or tokens[k].text != ",":
            return None
        head = self.head_of_last.get(k - 1)
        return head if head is not None and head.sent == tok.sent else None

    def rank(self, tok: Tok, place: Place) -> int:
        """The place's specificity; a town or unknown place named as a part of a town (a
        neighbourhood, suburb, quarter, village) ranks before every town."""
        rank = specificity(place)
        if rank <= NAMED_SITE and self.names_area(tok, place) or self.city_district(tok, place):
            return AREA
        noun = self.place_noun(tok)
        word = lemma(noun) if noun is not None and noun.i != tok.i else ""
        if word in TOWN_NOUNS:
            return min(rank, 1)  # "the town of X": a town, known to the gazetteer or not
        if word in UNIT_WORDS and rank < COUNTRY_PRECISION:
            return UNIT_WORDS[word]  # "the province of X": the province, not its capital
        return rank

    def city_district(self, tok: Tok, place: Place) -> bool:
        """A district the gazetteer does not know, of or in a city it knows ("the X district
        of Baghdad", "X district in central Karachi", "the Baghdad district of X"): a part
        of the town."""
        if place.geonameid is not None:
            return False
        noun = self.place_noun(tok)
        if noun is None or lemma(noun) != "district":
            return False
        near = [k for k in self.parse.children(noun.i) if k.dep in MODIFIER_DEPS]
        near += [o for k in self.parse.children(noun.i) if k.dep == "prep"
                 and lemma(k) in ("of", "in") for o in self.parse.children(k.i)
                 if o.dep == "pobj"]
        return any(self.is_city(k) for k in near if k.i != tok.i)

    def place_noun(self, tok: Tok) -> Tok | None:
        """The noun saying what kind of place a mention is: its own head word ("X
        district"), the noun it modifies, or the noun whose "of" phrase it is."""
        if tok.dep in MODIFIER_DEPS or tok.lemma.lower() in UNIT_WORDS:
            return self.parse.tokens[tok.head] if tok.dep in MODIFIER_DEPS else tok
        head = self.parse.tokens[tok.head]
        if tok.dep == "pobj" and lemma(head) == "of" and head.head != head.i:
            return self.parse.tokens[head.head]
        return None

    def is_city(self, tok: Tok) -> bool:
        place = self.place_at.get(tok.i)
        return place is not None and place.geonameid is not None and place.precision <= 2

    def names_area(self, tok: Tok, place: Place) -> bool:
        """The mention names a part of a town: by its own last word ("X village"), the noun
        it modifies ("the X neighbourhood"; in "the M neighbourhood of Y" the one the other
        encloses), the noun whose "of" phrase it is ("the suburb of X"), or an apposition
        ("X, a neighbourhood of Y")."""
        words = place.name.lower().split()
        if len(words) > 1 and words[-1] in AREA_NOUNS and words[-2] != "government":
            return True  # not a "local government area", an administrative unit
        if any(k.dep == "appos" and lemma(k) in AREA_NOUNS for k in self.parse.children(tok.i)):
            return True
        head = self.parse.tokens[tok.head]
        if tok.dep in MODIFIER_DEPS and tok.dep != "poss" and lemma(head) in AREA_NOUNS:
            return not any(self.modifier_encloses(tok, head, of) for of in self.of_places(head))
        if tok.dep == "pobj" and lemma(head) == "of" and head.head != head.i:
            noun = self.parse.tokens[head.head]
            return lemma(noun) in AREA_NOUNS and not self.describes_place(noun) and all(
                self.modifier_encloses(k, noun, tok) for k in self.parse.children(noun.i)
                if k.dep in MODIFIER_DEPS and k.i in self.place_at)
        return False

    def of_places(self, noun: Tok) -> list[Tok]:
        """Places named in the noun's "of" phrase ("the neighbourhood of X": X)."""
        return [o for k in self.parse.children(noun.i) if k.dep == "prep" and lemma(k) == "of"
                for o in self.parse.children(k.i) if o.dep == "pobj" and o.i in self.place_at]

    def nationality(self, tok: Tok, place: Place) -> bool:
        """A country modifying a noun that is not a place word ("US strike", "U.S. forces"),
        or a nationality word ("Iraqi troops", "two Afghans"): who, not where."""
        if demonym(tok, place):
            return True
        if tok.dep not in MODIFIER_DEPS or place.precision != COUNTRY_PRECISION:
            return False
        head = self.parse.tokens[tok.head]
        return lemma(head) not in LOCATIVE_NOUNS and not (
            tok.dep == "poss" and self.located(head))

    def located(self, noun: Tok) -> bool:
        """A noun in a locative phrase ("in X's cocoa belt", "on X's streets"): its
        possessor locates it."""
        if noun.dep != "pobj" or noun.head == noun.i:
            return False
        prep = lemma(self.parse.tokens[noun.head])
        return prep in CONTAINING_PREPS and noun.ent_type != "PERSON"

    def in_compound_modifier(self, tok: Tok) -> bool:
        """"US-led", "Britain-based", "Kurdish-held": a hyphenated modifier names who leads or
        holds, not where; a name spelt with hyphens ("Mazar-e-Sharif", "Shatt al-Arab") is
        still a place."""
        tokens = self.parse.tokens
        hyphen, word, after = (tokens[k] if k < len(tokens) else None
                               for k in range(tok.i + 1, tok.i + 4))
        if hyphen is None or word is None or hyphen.text != "-" or hyphen.idx != tok.end:
            return False
        joined = after is not None and after.text == "-" and after.idx == word.end
        return word.idx == hyphen.end and word.text.islower() and not joined

    def encloses(self, tok: Tok) -> bool:
        """A place that encloses another one the same phrase names: "Mogadishu's X district",
        the region in "the West Bank town of X", the city in "the X neighbourhood of Baghdad"
        (not "X district in Y province", where Y is the larger one; nor a name beside the
        possessor, "X" in "Mogadishu's X district"; nor a city owning a building the
        gazetteer does not know, "New York's Plaza Hotel": the city, as "the hotel in X")."""
        if tok.dep == "pobj" and lemma(self.parse.tokens[tok.head]) == "of":
            return self.encloses_as_of_object(tok)
        if tok.dep not in MODIFIER_DEPS:
            return False
        head = self.parse.tokens[tok.head]
        for other in self.in_sentence.get(tok.sent, ()):
            possessor = other.dep == "poss" and other.head == head.i and tok.dep != "poss"
            building = facility(self.place_at[other.i])  # "New York's Plaza Hotel": the city
            if head.left <= other.i <= head.right and other.i != tok.i and not possessor \
                    and not building:
                via = self.path_to(other, head)
                if via == "of" and self.modifier_encloses(tok, head, other) or via == "":
                    return True
        return False

    def encloses_as_of_object(self, tok: Tok) -> bool:
        """"the Shaab neighbourhood of X": X encloses the place modifying the noun; "W, a
        neighbourhood (town, district) of X": X encloses the place the noun describes."""
        of = self.parse.tokens[tok.head]
        noun = self.parse.tokens[of.head]
        return of.head != of.i and (self.describes_place(noun) or any(
            kid.dep in MODIFIER_DEPS and kid.i in self.place_at
            and not self.modifier_encloses(kid, noun, tok)
            for kid in self.parse.children(noun.i)))

    def describes_place(self, noun: Tok) -> bool:
        """The noun is in apposition to a place ("W, an area of X": it describes W, and X
        encloses W)."""
        return noun.dep == "appos" and noun.head != noun.i and noun.head in self.place_at

    def modifier_encloses(self, mod: Tok, noun: Tok, of_object: Tok) -> bool:
        """In "the M <noun> of Y", is M the enclosing place? The larger place when the
        gazetteer knows both at different ranks; otherwise M when the noun is the kind of
        place Y is ("the West Bank town of Y", "the Damascus suburb of Y"), Y when the noun
        is the kind of place M is ("the M neighbourhood of Baghdad", "the M area of X")."""
        ours, theirs = self.place_at[mod.i], self.place_at.get(of_object.i)
        if theirs is None:
            return lemma(noun) in SETTLEMENT_NOUNS
        if ours.geonameid is not None and theirs.geonameid is not None \
                and ours.precision != theirs.precision:
            return ours.precision > theirs.precision
        if lemma(noun) in TOWN_PARTS and (ours.geonameid is None) != (theirs.geonameid is None):
            return ours.geonameid is not None  # a part of a town the gazetteer does not know
        if (named_unit(ours) or named_unit(theirs)) and specificity(ours) != specificity(theirs):
            return specificity(ours) > specificity(theirs)  # "the X villages of Y district"
        return lemma(noun) in SETTLEMENT_NOUNS

    def path_to(self, other: Tok, head: Tok) -> str | None:
        """How `other` hangs on `head`: "" by modifiers or appositions, "of" through an "of"
        phrase, None otherwise (another preposition, a conjunct)."""
        cur, via = other, ""
        for _ in range(6):
            if cur.i == head.i:
                return via
            if cur.head == cur.i or cur.dep == "conj" or cur.dep == "prep" and lemma(cur) != "of":
                return None  # a conjunct is a sibling ("X and Y venues"), not inside
            if cur.dep == "prep":
                via = "of"
            cur = self.parse.tokens[cur.head]
        return None


def next_steps(parse: Tree, step: Step, *, deps: frozenset[str] | None,
               target: bool = False) -> list[Step]:
    cur = step.tok
    out = []
    for kid in parse.children(cur.i):
        if deps is not None and (kid.dep not in deps or (
                kid.dep == "conj" and cur.pos in ("VERB", "AUX"))):
            continue  # a conjoined clause is another event (tier 1 when it shares)
        if kid.dep == "prep" and lemma(kid) in TOPIC_PREPS and not (
                target and step.depth <= 1 and lemma(kid) == "against"):
            out += person_places(parse, kid, step)
            continue
        if kid.text.lower() in ATTRIBUTION:
            continue
        if origin(cur, kid):
            continue
        word = lemma(kid) if kid.dep == "prep" else step.prep
        detour = (kid.dep == "prep" and word not in LOCATIVE_PREPS) or kid.dep == "acl"
        out.append(Step(kid, step.depth + 1, word, step.detours + detour))
    return out


def person_places(parse: Tree, topic: Tok, step: Step) -> list[Step]:
    """"marched against Bush in X": a place phrase the parser hangs on a person named in an
    "against/about" phrase places the act (a person is not located by it)."""
    return [Step(prep, step.depth + 2, lemma(prep), step.detours)
            for obj in parse.children(topic.i) if obj.dep == "pobj" and obj.ent_type == "PERSON"
            for prep in parse.children(obj.i)
            if prep.dep == "prep" and lemma(prep) in CONTAINING_PREPS]


def origin(person: Tok, kid: Tok) -> bool:
    """An "of" phrase on a person's name says where the person is from ("Ali Hassan, 28, of
    X near Y"), not where anything happened."""
    return person.ent_type == "PERSON" and kid.dep == "prep" and lemma(kid) == "of"


def mention_head(parse: Tree, tokens: tuple[Tok, ...]) -> Tok | None:
    """The token of a mention that the rest hangs on: the first whose head is outside it."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head not in inside or t.head == t.i),
                tokens[-1] if tokens else None)


def demonym(tok: Tok, place: Place) -> bool:
    """A nationality word ("Iraqi", "Afghans": the model's NORP entity) that stands for a
    country: it names who people are, never where something happened."""
    return tok.ent_type == "NORP" and place.precision == COUNTRY_PRECISION


def how_attached(tok: Tok) -> str:
    if tok.dep == "poss":
        return "possessor"
    if tok.dep in MODIFIER_DEPS:
        return "name modifier"
    return tok.dep


def facility(place: Place) -> bool:
    """A name the gazetteer does not know that ends in a building word ("the Land Revenue
    Office"): among places it does not know, the settlement names the place ("at the X
    Office in Y": Y)."""
    words = place.name.lower().split()
    return place.geonameid is None and bool(words) and words[-1] in BUILDING_WORDS


def named_unit(place: Place) -> bool:
    """A place the gazetteer does not know whose name says its rank ("Y district")."""
    return place.geonameid is None and specificity(place) != NAMED_SITE


def specificity(place: Place) -> int:
    """The precision code (1 city … 5 country, 6 region); a named facility or place the
    gazetteer does not know ranks just after the cities and villages (the settlement a reader
    can find on a map locates the event: "at the X Hotel in Y" is Y), unless its name says
    it is an administrative unit ("Shaba province", "Harat district")."""
    if place.geonameid is None:
        words = place.name.lower().split()
        if words[-2:] == ["government", "area"]:
            return DISTRICT_PRECISION  # a local government area
        return UNIT_WORDS.get(words[-1], NAMED_SITE) if words else NAMED_SITE
    return min(place.precision, 6)


def is_reference(parse: Tree, tok: Tok) -> bool:
    """"north of X", "30 km west of X": X only locates something else."""
    head = parse.tokens[tok.head]
    if tok.dep != "pobj" or lemma(head) != "of" or head.head == head.i:
        return False
    return lemma(parse.tokens[head.head]) in REFERENCE_WORDS


def sharing_verbs(parse: Tree, tok: Tok, *, movement: bool = False) -> list[Tok]:
    """Verbs that share the trigger's event: those it hangs on (participles, purpose clauses,
    conjuncts, "by storming"), its conjoined verbs, and the verb governing a noun trigger."""
    out: list[Tok] = []
    cur = tok
    for _ in range(4):
        if cur.dep not in SHARING_DEPS and not (cur.pos in ("NOUN", "PROPN")
                                                and cur.dep in ("dobj", "pobj", "nsubj")):
            break
        head = parse.tokens[cur.head]
        if head.i == cur.i or cur.dep == "conj" and contrasted(parse, head, cur) \
                or lemma(tok) in TAKING_VERBS and lemma(head) in CUSTODY_VERBS:
            break
        if head.pos in ("VERB", "AUX", "NOUN"):
            out.append(head)
        cur = head
    return out + conjoined_verbs(parse, tok, movement=movement)


def conjoined_verbs(parse: Tree, tok: Tok, *, movement: bool = False) -> list[Tok]:
    """Verbs coordinated with the trigger ("shot and killed"), including an elliptical
    passive whose participle the parser hangs on its subject ("two were killed and four
    others wounded in X": "wounded"); unless forces are sent, not one sending people onward
    ("captured and deported to a camp at X"). A chain of them shares it too ("shot and killed
    two men and wounded a third near X": the parser hangs "wounded" on "killed"); not a verb of
    state, which tells what became of someone ("was captured and became a teacher in X"). At
    most MAX_CHAIN links are followed: a longer chain is a list of other acts."""
    out: list[Tok] = []
    todo = [(tok, 0)]
    while todo:
        head, links = todo.pop()
        for kid in parse.children(head.i):
            if kid.dep != "conj" or contrasted(parse, head, kid) or lemma(kid) in STATE_VERBS:
                continue
            if kid.pos == "VERB" and (movement or not sent_onward(parse, kid, taken=tok)):
                out.append(kid)
                if links + 1 < MAX_CHAIN:
                    todo.append((kid, links + 1))
            elif kid.pos in ("NOUN", "NUM", "PRON", "ADJ") and head.i == tok.i:
                out += [k for k in parse.children(kid.i) if k.dep == "acl" and k.tag == "VBN"]
    return out


def contrasted(parse: Tree, first: Tok, second: Tok) -> bool:
    """The two conjoined verbs are joined by "but" or "yet": the second is another act
    ("was captured but escaped in X")."""
    return any(k.dep == "cc" and lemma(k) in ("but", "yet") and first.i < k.i < second.i
               for k in parse.children(first.i))


def own_subject(parse: Tree, verb: Tok) -> bool:
    """The verb has a subject of its own: coordinated with the trigger, it is another clause
    ("two men were shot in X, and a boy was killed in Y")."""
    return any(k.dep in ("nsubj", "nsubjpass") for k in parse.children(verb.i))


def sent_onward(parse: Tree, verb: Tok, *, taken: Tok) -> bool:
    """A conjoined verb that moves someone on to a destination ("captured and taken to X",
    "arrested and deported to Y"), or keeps someone the trigger took ("captured and held in
    X", "captured and spent years in prison in Y"), is a later event in another place."""
    kept = lemma(taken) in TAKING_VERBS and lemma(verb) in CUSTODY_VERBS
    return kept or any(
        k.dep == "prep" and lemma(k) in DESTINATION_PREPS
        and any(o.dep == "pobj" for o in parse.children(k.i)) for k in parse.children(verb.i))


def within(inner: Place, outer: Place) -> bool:
    """The gazetteer puts `inner` inside `outer` (a country, province or district)."""
    if inner.geonameid is None or outer.geonameid is None or inner.country is None \
            or inner.country != outer.country or inner.precision >= outer.precision:
        return False
    if outer.precision == COUNTRY_PRECISION:
        return True
    if outer.precision == PROVINCE_PRECISION:
        return outer.admin1 is not None and inner.admin1 == outer.admin1
    if outer.precision == DISTRICT_PRECISION:
        return outer.admin2 is not None and inner.admin2 == outer.admin2
    return False
