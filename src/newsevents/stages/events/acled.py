"""ACLED event and sub-event types for events: one crosswalk, decided as ACLED's codebook does.

The decision reads, for each event, its PLOVER type and mode, the kinds of its actors (state
forces, rebels, militias, civilians, protesters, rioters: from the actors' sector codes and the
nouns of the source/target phrases), and word classes of its sentence (`data/events/acled.toml`,
which cites the codebook section of every label). Two things come from the parse rather than
from mere presence of a word:
- a weapon word is a weapon *in use* only when it is not the object of a disruption verb
  ("seized weapons", "a bomb was defused": Disrupted weapons use) and does not name a target or
  a treaty ("chemical weapons facilities");
- who ends up in control: a capture verb with a territorial object or a place as object; its
  subject (or passive agent) decides Government regains / Non-state actor overtakes territory.
  Capturing objects is never a territory label, whatever its PLOVER type.

Rules are tried in a fixed order (most specific first, following the codebook's precedence:
weapon-specific Explosions/Remote violence before Battles and Violence against civilians).
`text_label` gives one label for a whole text (the first sentence that yields one; a later
sentence may only make a generic violent label weapon-specific) and falls back to the sentence's
words when it has no event, which is how the CASE 2021 snippets are scored.
"""
from __future__ import annotations

import dataclasses
import importlib.resources as importlib_resources
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from ...errors import DictionaryError
from ...model import Actor, ArticleAnalysis, Event, Span
from ...parse import Tok
from .syntax import Tree

Phrase = tuple[str, ...]
SECTOR_KINDS = {"MIL": "state", "COP": "state", "SPY": "state", "GOV": "state",
                "REB": "rebel", "INS": "rebel", "SEP": "rebel", "UAF": "militia",
                "PRM": "militia", "CVL": "civilian", "REF": "civilian", "EDU": "civilian",
                "JRN": "civilian", "MED": "civilian", "REL": "civilian", "LAB": "civilian",
                "AGR": "civilian", "BUS": "civilian", "NGO": "civilian"}
ARMED = frozenset({"state", "rebel", "militia"})
NON_STATE = frozenset({"rebel", "militia"})
WEAPONS = ("chemical", "suicide", "air", "shelling", "grenade", "ied")
WEAPON_LABELS = {"chemical": "CHEM_WEAP", "suicide": "SUIC_BOMB", "air": "AIR_STRIKE",
                 "shelling": "ART_MISS_ATTACK", "grenade": "GRENADE", "ied": "REM_EXPLOS"}
GENERIC = frozenset({"ATTACK", "ARMED_CLASH"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
VIOLENT_TYPES = frozenset({"ASSAULT", None})


@dataclass(frozen=True, slots=True)
class AcledTable:
    """The crosswalk data: labels (code → event type, sub-event type, codebook section) and the
    word classes, each a set of lemma phrases."""

    version: str
    labels: Mapping[str, tuple[str, str, str]]
    words: Mapping[str, frozenset[Phrase]]
    kinds: Mapping[str, frozenset[Phrase]]

    def code_of(self, sub_event_type: str | None) -> str | None:
        for code, (_, sub, _) in self.labels.items():
            if sub == sub_event_type:
                return code
        return None


@dataclass(frozen=True, slots=True)
class Match:
    cls: str
    start: int  # token index of the first word
    end: int  # token index of the last word


@dataclass(frozen=True, slots=True)
class Cues:
    """What one sentence says, in the crosswalk's terms."""

    words: frozenset[str]
    weapons: frozenset[str]  # weapon classes in use
    disrupted: bool  # a weapon is the object of a disruption verb
    kinds: frozenset[str]  # actor kinds named anywhere in the sentence
    territory: str | None  # "state" / "non_state" / "unknown" agent of a capture, or None
    regained: bool  # the capture verb is a re-capture ("retake", "liberate")


@dataclass(frozen=True, slots=True)
class Sides:
    agents: frozenset[str] = frozenset()
    patients: frozenset[str] = frozenset()


# ---------------------------------------------------------------- loading


@cache
def packaged_table() -> AcledTable:
    ref = importlib_resources.files("newsevents") / "data" / "events" / "acled.toml"
    return parse_table("acled.toml", ref.read_text(encoding="utf-8"))


def parse_table(name: str, text: str) -> AcledTable:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise DictionaryError(f"{name}: not valid TOML ({err})") from err
    labels = data.get("labels")
    if not isinstance(data.get("version"), str) or not isinstance(labels, dict):
        raise DictionaryError(f"{name}: needs a string 'version' and a [labels] table")
    for code, value in labels.items():
        if not (isinstance(value, list) and len(value) == 3
                and all(isinstance(v, str) for v in value)):
            raise DictionaryError(f"{name}: label {code} must be [event type, sub-event type, "
                                  "codebook section]")
    return AcledTable(version=data["version"],
                      labels={k: (v[0], v[1], v[2]) for k, v in labels.items()},
                      words=_classes(name, data, "words"), kinds=_classes(name, data, "kinds"))


def _classes(name: str, data: Mapping[str, object], key: str) -> dict[str, frozenset[Phrase]]:
    raw = data.get(key)
    if not isinstance(raw, dict):
        raise DictionaryError(f"{name}: needs a [{key}] table")
    out = {}
    for cls, words in raw.items():
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise DictionaryError(f"{name}: [{key}] {cls} must be a list of strings")
        out[cls] = frozenset(_phrase(w) for w in words)
    return out


def _phrase(text: str) -> Phrase:
    return tuple(w for w in text.lower().replace("-", " ").split() if w)


# ---------------------------------------------------------------- matching


def words_of(tree: Tree, sent: int) -> list[tuple[str, Tok]]:
    """The sentence's lowercased lemmas (and forms) with their tokens, hyphens dropped."""
    out = []
    for tok in tree.sent_tokens(sent):
        if tok.text in ("-", "–"):
            continue
        for part in tok.lemma.lower().replace("-", " ").split():
            out.append((part, tok))
    return out


def find(classes: Mapping[str, frozenset[Phrase]], words: Sequence[tuple[str, Tok]],
         *, forms: Sequence[str] = ()) -> list[Match]:
    """Every (class, phrase) occurrence; a phrase matches lemmas or, word by word, forms."""
    longest = max((len(p) for ps in classes.values() for p in ps), default=0)
    out = []
    for i in range(len(words)):
        for n in range(1, min(longest, len(words) - i) + 1):
            lemmas = tuple(w for w, _ in words[i:i + n])
            texts = tuple(forms[i:i + n]) if forms else lemmas
            for cls, phrases in classes.items():
                if lemmas in phrases or texts in phrases:
                    out.append(Match(cls, words[i][1].i, words[i + n - 1][1].i))
    return out


# ---------------------------------------------------------------- sentence cues


def sentence_cues(tree: Tree, sent: int, table: AcledTable, *,
                  actors: Iterable[Actor] = ()) -> Cues:
    words = words_of(tree, sent)
    forms = [t.text.lower() for _, t in words]
    found = find(table.words, words, forms=forms)
    classes = frozenset(m.cls for m in found)
    disrupt = {m.end for m in found if m.cls == "disrupt_verbs"} | {
        m.start for m in found if m.cls == "disrupt_verbs"}
    not_use = {m.end for m in found if m.cls == "weapon_not_use"}
    weapon_tokens = {m.end for m in found if m.cls == "weapon_objects"}
    disrupted = any(_governor(tree, i, disrupt, not_use) == "disrupt" for i in weapon_tokens)
    used = frozenset(m.cls for m in found if m.cls in WEAPONS
                     and _governor(tree, m.end, disrupt, not_use) is None)
    kinds = frozenset(m.cls for m in find(table.kinds, words)) | _actor_kinds(tree, sent, actors)
    control, regained = _territory(tree, found, table)
    return Cues(words=classes, weapons=used, disrupted=disrupted, kinds=kinds,
                territory=control, regained=regained)


def _governor(tree: Tree, i: int, disrupt: set[int], not_use: set[int]) -> str | None:
    """"disrupt" when a disruption verb governs token i within a few steps up the tree, "target"
    when a target/treaty noun does, else None."""
    seen = {i}
    cur = tree.tokens[i]
    for _ in range(5):
        if cur.i in not_use and cur.i != i:
            return "target"
        if cur.i in disrupt and cur.i != i:
            return "disrupt"
        if cur.head == cur.i or cur.head in seen or cur.dep in ("advcl", "relcl", "ccomp"):
            return None
        seen.add(cur.head)
        cur = tree.tokens[cur.head]
    return None


def _actor_kinds(tree: Tree, sent: int, actors: Iterable[Actor]) -> frozenset[str]:
    span = tree.sent_span(sent)
    return frozenset(SECTOR_KINDS[a.sector] for a in actors if a.sector in SECTOR_KINDS
                     and any(span.start <= m.start < span.end for m in a.mentions))


def _territory(tree: Tree, found: Sequence[Match],
               table: AcledTable) -> tuple[str | None, bool]:
    """Who takes a territory in this sentence: the capture verb whose object (or passive
    subject) is a territory word or a place, and the kind of its subject or "by" agent."""
    places = {m.end for m in found if m.cls == "territory"}
    for m in found:
        if m.cls not in ("capture", "regain"):
            continue
        verb = tree.tokens[m.start]
        if verb.pos not in ("VERB", "NOUN") or not _takes_territory(tree, verb, places):
            continue
        agent = _agent(tree, verb)
        kind = _kind_of(tree, agent, table) if agent is not None else None
        who = "state" if kind == "state" else "non_state" if kind in NON_STATE else "unknown"
        return who, m.cls == "regain"
    return None, False


def _takes_territory(tree: Tree, verb: Tok, places: set[int]) -> bool:
    for kid in tree.children(verb.i):
        if kid.dep in ("dobj", "nsubjpass", "pobj") and _is_territory(tree, kid, places):
            return True
        if kid.dep == "prep" and kid.lemma.lower() in ("of", "over", "from"):
            if any(_is_territory(tree, k, places) for k in tree.children(kid.i)):
                return True
    return False


def _is_territory(tree: Tree, tok: Tok, places: set[int]) -> bool:
    if tok.i in places or tok.ent_type in PLACE_ENTS:
        return True
    return any(k.i in places or k.ent_type in PLACE_ENTS for k in tree.children(tok.i)
               if k.dep in ("compound", "appos", "conj", "amod"))


def _agent(tree: Tree, verb: Tok) -> Tok | None:
    for kid in tree.children(verb.i):
        if kid.dep in ("nsubj", "csubj"):
            return kid
        if kid.dep == "agent":
            objs = [k for k in tree.children(kid.i) if k.dep == "pobj"]
            return objs[0] if objs else None
    if verb.dep in ("conj", "xcomp", "advcl") and verb.head != verb.i:
        return _agent(tree, tree.tokens[verb.head])
    return None


def _kind_of(tree: Tree, head: Tok, table: AcledTable) -> str | None:
    """The actor kind a noun phrase names (its head and words to the left of it)."""
    toks = [t for t in tree.tokens[head.left:head.i + 1]]
    words = [(p, t) for t in toks for p in t.lemma.lower().replace("-", " ").split()]
    kinds = {m.cls for m in find(table.kinds, words) if m.end == head.i} or {
        m.cls for m in find(table.kinds, words)}
    for kind in ("state", "rebel", "militia", "rioter", "protester", "civilian"):
        if kind in kinds:
            return kind
    return None


# ---------------------------------------------------------------- the decision


Rule = Callable[[str | None, str | None, Cues, Sides], str | None]


def decide(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    """The CASE/ACLED label code of an event (ptype None: of a sentence with no event)."""
    for rule in RULES:
        label = rule(ptype, mode, cues, sides)
        if label is not None:
            return label
    return None


def _armed_agent(cues: Cues, sides: Sides) -> bool:
    return bool(sides.agents & ARMED) or bool(cues.kinds & ARMED)


def _violent(ptype: str | None, cues: Cues) -> bool:
    return ptype == "ASSAULT" or (ptype is None and bool(cues.words & {"lethal", "battle"}))


def rule_attribution(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    has = "responsibility" in cues.words and ptype in (None, "ACCUSE", "ASSAULT", "REJECT")
    return "ATTRIB" if has and ("lethal" in cues.words or "battle" in cues.words
                                or cues.weapons or "abduct" in cues.words) else None


def rule_disaster(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    if ptype not in (None, "ASSAULT", "SANCTION", "MOBILIZE", "AID") or sides.agents & ARMED:
        return None
    if "natural" in cues.words:
        return "NATURAL_DISASTER"
    if "manmade" in cues.words and not cues.weapons and "battle" not in cues.words \
            and not cues.kinds & NON_STATE:
        return "MAN_MADE_DISASTER"
    return None


def rule_weapon(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    if ptype not in VIOLENT_TYPES:
        return None
    if mode == "suicide-attack" or "suicide" in cues.weapons:
        return "SUIC_BOMB"
    for weapon in WEAPONS:
        if weapon in cues.weapons:
            return WEAPON_LABELS[weapon]
    return {"aerial": "AIR_STRIKE", "drone": "AIR_STRIKE", "heavy-weapons": "ART_MISS_ATTACK",
            "unconventional": None, "explosives": "REM_EXPLOS"}.get(mode or "")


def rule_protest(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    protest = ptype == "PROTEST" or "protest" in cues.words or "protester" in cues.kinds
    if not protest or ptype not in (None, "PROTEST", "ASSAULT", "COERCE"):
        return None
    if "mob" in cues.words:
        return "MOB_VIOL"
    if mode in ("riot", "vandalize") or ("riot" in cues.words and "protester" in sides.agents):
        return "VIOL_DEMONSTR"
    if "lethal" in cues.words and (ptype == "ASSAULT" or "state" in cues.kinds):
        return "FORCE_AGAINST_PROTEST"
    if "riot" in cues.words:
        return "VIOL_DEMONSTR"
    if "intervention" in cues.words or ptype == "COERCE":
        return "PROTEST_WITH_INTER"
    return "PEACE_PROTEST"


def rule_disrupted(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    if not cues.disrupted or ptype not in (None, "COERCE", "ACCUSE", "ASSAULT"):
        return None
    return "DISR_WEAP"


def rule_territory(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    if ptype not in (None, "ASSAULT", "COERCE", "RETREAT"):
        return None
    if "transfer" in cues.words and ("battle" not in cues.words or ptype == "RETREAT"):
        return "NON_VIOL_TERRIT_TRANSFER"
    if cues.territory is None:
        return None
    if cues.territory == "state" or (cues.territory == "unknown" and cues.regained):
        return "GOV_REGAINS_TERIT"
    return "NON_STATE_ACTOR_OVERTAKES_TER"


def rule_base(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    return "HQ_ESTABLISHED" if {"establish", "base"} <= cues.words and ptype in (
        None, "MOBILIZE", "COOPERATE", "AGREE") else None


def rule_civilians(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    if mode == "sexual" or ("sexual" in cues.words and ptype in VIOLENT_TYPES):
        return "SEX_VIOL"
    if mode == "abduct" or ("abduct" in cues.words and ptype in (None, "ASSAULT", "COERCE")):
        return "ABDUCT_DISSAP"
    if "mob" in cues.words and ptype in VIOLENT_TYPES:
        return "MOB_VIOL"
    return None


def rule_property(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    if "looting" in cues.words and "property" in cues.words and "lethal" not in cues.words \
            and ptype in (None, "ASSAULT", "PROTEST", "COERCE"):
        return "PROPERTY_DISTRUCT"
    return None


def rule_crime(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    if "crime" in cues.words and not cues.kinds & NON_STATE and "protest" not in cues.words:
        return "ORG_CRIME"
    return None


def rule_arrest(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    if mode == "arrest" or (ptype is None and "arrest" in cues.words):
        return "ARREST"
    return None


def rule_violence(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    if not _violent(ptype, cues):
        return None
    if sides.patients & {"civilian"} and not sides.patients & ARMED:
        return "ATTACK"
    if "battle" in cues.words or sides.patients & ARMED:
        return "ARMED_CLASH"
    kinds = cues.kinds | sides.agents
    armed = kinds & ARMED
    if len(armed) >= 2 or (armed and "civilian" not in kinds):
        return "ARMED_CLASH"
    return "ATTACK"


def rule_strategic(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    if ptype == "AGREE" or mode in ("ceasefire", "release", "disarm") or (
            ptype in (None, "CONCEDE", "RETREAT") and "agreement" in cues.words):
        return "AGREEMENT"
    if ptype == "MOBILIZE" or (ptype is None and "group_change" in cues.words
                               and cues.kinds & ARMED):
        return "CHANGE_TO_GROUP_ACT"
    if ptype in ("CONSULT", "SUPPORT") or (ptype == "SANCTION" and mode != "expel") or (
            ptype in ("SANCTION", "REQUEST", "ACCUSE", "REJECT", "THREATEN", None)
            and "diplomacy" in cues.words and not cues.kinds & NON_STATE):
        return "DIPLO"
    if ptype == "COERCE" or (ptype in (None, "SANCTION") and "other" in cues.words):
        return "OTHER"
    return None


RULES: tuple[Rule, ...] = (
    rule_attribution, rule_disaster, rule_disrupted, rule_protest, rule_weapon, rule_territory,
    rule_base, rule_civilians, rule_property, rule_crime, rule_arrest, rule_violence,
    rule_strategic,
)


# ---------------------------------------------------------------- events and texts


def sides_of(event: Event, actors: Mapping[str, Actor], tree: Tree, table: AcledTable) -> Sides:
    return Sides(agents=_side(event.source_actors, event.source_spans, actors, tree, table),
                 patients=_side(event.target_actors, event.target_spans, actors, tree, table))


def _side(ids: Sequence[str], spans: Sequence[Span], actors: Mapping[str, Actor], tree: Tree,
          table: AcledTable) -> frozenset[str]:
    kinds = {SECTOR_KINDS[actors[i].sector] for i in ids
             if i in actors and actors[i].sector in SECTOR_KINDS}
    for span in spans:
        heads = [t for t in tree.tokens if span.start <= t.idx < span.end
                 and not span.start <= tree.tokens[t.head].idx < span.end]
        kinds |= {k for h in heads[:1] if (k := _kind_of(tree, h, table)) is not None}
    return frozenset(kinds)


def label_events(analysis: ArticleAnalysis, events: Sequence[Event], tree: Tree,
                 table: AcledTable) -> tuple[Event, ...]:
    """The events with their ACLED event and sub-event type (None when ACLED codes nothing)."""
    actors = {a.id: a for a in analysis.actors}
    cues: dict[int, Cues] = {}
    out = []
    for event in events:
        if event.sentence not in cues:
            cues[event.sentence] = sentence_cues(tree, event.sentence, table,
                                                 actors=analysis.actors)
        code = decide(event.plover_type, event.plover_mode, cues[event.sentence],
                      sides_of(event, actors, tree, table))
        kind, sub = (table.labels[code][:2]) if code is not None else (None, None)
        out.append(dataclasses.replace(event, acled_event_type=kind, acled_sub_event_type=sub))
    return tuple(out)


def text_label(analysis: ArticleAnalysis, tree: Tree, table: AcledTable) -> str | None:
    """One label for a short text: per sentence in order, the label of its event nearest the
    root (the events' own ACLED types), else the sentence's words alone; the first sentence
    with a label decides, and a later sentence may only make a generic violent label
    weapon-specific."""
    depth = {t.i: len(tree.ancestors(t.i)) for t in tree.tokens}
    by_sent: dict[int, list[Event]] = {}
    for event in analysis.events:
        if event.acled_sub_event_type is not None:
            by_sent.setdefault(event.sentence, []).append(event)
    found: str | None = None
    for k in range(len(tree.sents)):
        label = _sentence_label(analysis, tree, table, k, by_sent.get(k, []), depth)
        if label is None:
            continue
        if found is None:
            found = label
        elif found in GENERIC and label in WEAPON_LABELS.values():
            return label
        if found not in GENERIC:
            return found
    return found


def _sentence_label(analysis: ArticleAnalysis, tree: Tree, table: AcledTable, k: int,
                    events: list[Event], depth: Mapping[int, int]) -> str | None:
    if events:
        start = {t.idx: t.i for t in tree.sent_tokens(k)}
        main = min(events, key=lambda e: (depth.get(start.get(e.trigger.start, -1), 99),
                                          e.trigger.start))
        return table.code_of(main.acled_sub_event_type)
    cues = sentence_cues(tree, k, table, actors=analysis.actors)
    return decide(None, None, cues, Sides())
