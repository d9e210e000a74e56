"""ACLED event and sub-event types for events: one crosswalk, decided as ACLED's codebook does.

The decision reads, for each event that happened (modality asserted or claimed), its PLOVER type
and mode, the kinds of its actors (state forces, rebels, militias, civilians, protesters,
rioters: from the actors' sector codes and the nouns of the source/target phrases), and word
classes of its sentence (`data/events/acled.toml`, which cites the codebook section of every
label and lists our decisions in `data/events/README.md`). From the parse rather than from the
mere presence of a word:
- a weapon word is a weapon *in use* only when it is not the object of a disruption verb
  ("seized weapons", "a bomb was defused": Disrupted weapons use), not the object of a verb that
  does not use it ("shot down a helicopter") and not a target or treaty ("chemical weapons
  facilities"); a weapon carried by something shares its container's fate;
- who ends up in control: a capture word (phrasal verbs included: "drove the rebels out") with a
  territory word or a place as object, not a mere intention ("an attack to capture"); its
  subject or "by" agent decides, else the side it was taken from. The territory labels go to the
  event whose trigger is the capture, whatever its PLOVER type (ASSAULT/seize or COERCE/seize);
  capturing objects is never a territory label;
- whether a protest takes place or is only the reason for something ("arrested for organising
  protests").

Rules are tried in a fixed order (most specific first, following the codebook's precedence:
weapon-specific Explosions/Remote violence before Battles and Violence against civilians).
`text_label` gives one label for a short text (how the CASE 2021 snippets are scored): per
sentence, its main event's label, or the sentence's words alone when that label is missing, weak
("other") or generic (attack, armed clash) and the words say something more specific;
the first sentence with a label decides, and a later sentence may only make a generic violent
label weapon-specific.
"""
from __future__ import annotations

import dataclasses
import importlib.resources as importlib_resources
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ...config import Settings
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
VIOLENT_EVENT_TYPES = frozenset({"Battles", "Explosions/Remote violence",
                                 "Violence against civilians"})
WEAK = frozenset({"OTHER"})  # a label the words of its sentence may replace
# Labels a sentence's words may put in place of a generic violent label of its main event.
SPECIFIC = frozenset({"GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER", "ATTRIB",
                      *WEAPON_LABELS.values()})
# Word classes read by the parse rules, matched independently of the topic classes.
AUXILIARY = frozenset({"noun_only", "disrupt_verbs", "use_verbs", "carrier_verbs", "weapon_objects",
                       "weapon_not_use", "capture", "regain", "territory",
                       "establish", "base", "property"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
VIOLENT_TYPES = frozenset({"ASSAULT", None})
# Event types a disaster can be reported through (the dead, the relief, the evacuation, a ban).
DISASTER_TYPES = frozenset({None, "ASSAULT", "AID", "MOBILIZE", "SANCTION", "COERCE"})
REASONS = frozenset({"for", "of", "over", "about", "after", "since", "ahead"})


@dataclass(frozen=True, slots=True)
class PhraseIndex:
    """Word classes turned around: each lemma phrase → the classes it belongs to, so matching
    a sentence costs one lookup per (position, length), whatever the number of classes."""

    classes: Mapping[Phrase, tuple[str, ...]]
    longest: int
    prefixes: frozenset[Phrase] = frozenset()  # every phrase's beginnings, the phrase included
    firsts: frozenset[str] = field(init=False)  # the words a phrase begins with

    def __post_init__(self) -> None:
        object.__setattr__(self, "firsts", frozenset(p[0] for p in self.prefixes if len(p) == 1))

    @classmethod
    def of(cls, table: Mapping[str, frozenset[Phrase]]) -> PhraseIndex:
        index: dict[Phrase, list[str]] = {}
        for name, phrases in table.items():
            for phrase in phrases:
                index.setdefault(phrase, []).append(name)
        return cls(classes={k: tuple(v) for k, v in index.items()},
                   longest=max((len(p) for p in index), default=0),
                   prefixes=frozenset(p[:n] for p in index for n in range(1, len(p) + 1)))


@dataclass(frozen=True, slots=True)
class AcledTable:
    """The crosswalk data: labels (code → event type, sub-event type, codebook section) and the
    word classes, each a set of lemma phrases (also indexed by phrase)."""

    version: str
    labels: Mapping[str, tuple[str, str, str]]
    words: Mapping[str, frozenset[Phrase]]
    kinds: Mapping[str, frozenset[Phrase]]
    vocab: frozenset[str] = frozenset()
    word_index: PhraseIndex = field(init=False)
    kind_index: PhraseIndex = field(init=False)
    exclusive: frozenset[str] = field(init=False)  # the topic classes (not AUXILIARY)
    noun_only: frozenset[tuple[str, str]] = field(init=False)  # (class, word) pairs

    def __post_init__(self) -> None:
        object.__setattr__(self, "word_index", PhraseIndex.of(self.words))
        object.__setattr__(self, "kind_index", PhraseIndex.of(self.kinds))
        object.__setattr__(self, "exclusive", frozenset(self.words) - AUXILIARY)
        object.__setattr__(self, "noun_only", _noun_only(self.words))

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
    regained: bool = False  # the capture verb is a re-capture ("retake", "liberate")
    capture_at: int | None = None  # token index of the capture word
    protest_here: bool = False  # a protest takes place (not "charged over protests")
    peaceful: bool = False  # a sign of no fight inside the capture's own clause


@dataclass(frozen=True, slots=True)
class Sides:
    """The actor kinds on each side of an event, and its trigger's token (None: a sentence)."""

    agents: frozenset[str] = frozenset()
    patients: frozenset[str] = frozenset()
    trigger: int | None = None


# ---------------------------------------------------------------- loading


def packaged_table() -> AcledTable:
    ref = importlib_resources.files("newsevents") / "data" / "events" / "acled.toml"
    return parse_table("acled.toml", ref.read_text(encoding="utf-8"))


def load_acled_table(settings: Settings) -> AcledTable:
    """Resource `acled_crosswalk`: the packaged table, or `settings.extra["acled_table"]`."""
    path = settings.extra.get("acled_table")
    if not path:
        return packaged_table()
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DictionaryError(str(path), None, f"cannot read ({err})") from err
    return parse_table(str(path), text)


def parse_table(name: str, text: str) -> AcledTable:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise DictionaryError(name, None, f"not valid TOML ({err})") from err
    labels = data.get("labels")
    if not isinstance(data.get("version"), str) or not isinstance(labels, dict):
        raise DictionaryError(name, None, "needs a string 'version' and a [labels] table")
    for code, value in labels.items():
        if not (isinstance(value, list) and len(value) == 3
                and all(isinstance(v, str) for v in value)):
            raise DictionaryError(name, None, f"label {code} must be [event type, "
                                  "sub-event type, codebook section]")
    words, kinds = _classes(name, data, "words"), _classes(name, data, "kinds")
    vocab = frozenset(w for table in (words, kinds) for ps in table.values() for p in ps
                      for w in p)
    return AcledTable(version=data["version"],
                      labels={k: (v[0], v[1], v[2]) for k, v in labels.items()},
                      words=words, kinds=kinds, vocab=vocab)


def _classes(name: str, data: Mapping[str, object], key: str) -> dict[str, frozenset[Phrase]]:
    raw = data.get(key)
    if not isinstance(raw, dict):
        raise DictionaryError(name, None, f"needs a [{key}] table")
    out = {}
    for cls, words in raw.items():
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise DictionaryError(name, None, f"[{key}] {cls} must be a list of strings")
        out[cls] = frozenset(_phrase(w) for w in words)
    return out


def _phrase(text: str) -> Phrase:
    return tuple(w for w in text.lower().replace("-", " ").split() if w)


# ---------------------------------------------------------------- matching


def words_of(tree: Tree, sent: int, vocab: frozenset[str]) -> list[tuple[str, Tok]]:
    """The sentence's words with their tokens, hyphens and dates dropped; each word is its
    lemma, or its lowercased form or a form without its inflection ("bases" → "base", "raped"
    → "rape") when only that is a word of the tables (the lemmatizer errs on rare words)."""
    out = []
    for tok in tree.sent_tokens(sent):
        if tok.text in ("-", "–") or tok.ent_type == "DATE":
            continue
        out.extend((part, tok) for part in _parts(tok.lemma, tok.text, vocab))
    return out


@lru_cache(maxsize=1 << 16)  # a word's parts are the same in every sentence
def _parts(lemma: str, text: str, vocab: frozenset[str]) -> tuple[str, ...]:
    """The matcher's words of one token: its lemma's parts, or its form normalised to the
    vocabulary when the one-word lemma is not in it."""
    parts = lemma.lower().replace("-", " ").split()
    if len(parts) == 1 and parts[0] not in vocab:
        return (_normal(text.lower(), vocab) or parts[0],)
    return tuple(parts)


@lru_cache(maxsize=1 << 16)
def _kind_word(lemma: str, text: str, vocab: frozenset[str]) -> str:
    """The word an actor-kind phrase is matched by: the form normalised to the vocabulary,
    else the lemma."""
    return _normal(text.lower(), vocab) or lemma.lower()


def _normal(form: str, vocab: frozenset[str]) -> str | None:
    for cut in (0, 1, 2):  # "bases" → "base", "raped" → "rape", "rallies" → "rall(y)"
        stem = form[:len(form) - cut] if cut else form
        if stem in vocab:
            return stem
    if form.endswith("ies") and form[:-3] + "y" in vocab:
        return form[:-3] + "y"
    return None


def find(index: PhraseIndex, words: Sequence[tuple[str, Tok]], tree: Tree, *,
         exclusive: frozenset[str] = frozenset(),
         noun_only: frozenset[tuple[str, str]] = frozenset()) -> list[Match]:
    """Every (class, phrase) occurrence. A phrase matches consecutive words, or a verb and its
    particle ("drove the rebels out"). Among `exclusive` classes the longest overlapping
    phrase wins ("air strike" is not a "strike"); a `noun_only` word must be a noun."""
    out = []
    lemmas = [w for w, _ in words]
    prefixes, classes, firsts, size = index.prefixes, index.classes, index.firsts, len(words)
    for i in range(size):
        longest = min(index.longest, size - i) if lemmas[i] in firsts else 0
        for n in range(1, longest + 1):
            key = tuple(lemmas[i:i + n])
            if key not in prefixes:
                break  # no phrase begins with these words, nor with any longer run of them
            if key in classes:
                out += [Match(cls, words[i][1].i, words[i + n - 1][1].i) for cls in classes[key]]
        if words[i][1].pos == "VERB":
            out += _phrasal(index, words[i], tree)
    if noun_only:
        out = _nouns_only(out, words, tree, noun_only)
    return _longest(out, exclusive)


def _nouns_only(found: list[Match], words: Sequence[tuple[str, Tok]], tree: Tree,
                noun_only: frozenset[tuple[str, str]]) -> list[Match]:
    """Drop a one-word match of a `noun_only` (class, word) whose token is no noun (the word of
    a token is its first word)."""
    first: dict[int, str] = {}
    for w, t in words:
        first.setdefault(t.i, w)
    return [m for m in found if not (m.start == m.end and (m.cls, first[m.start]) in noun_only
                                     and tree.tokens[m.start].pos not in ("NOUN", "PROPN"))]


def _phrasal(index: PhraseIndex, word: tuple[str, Tok], tree: Tree) -> list[Match]:
    lemma, tok = word
    if tok.pos != "VERB":
        return []
    out = []
    for kid in tree.children(tok.i):
        if kid.i > tok.i + 1 and (kid.dep == "prt" or kid.lemma.lower() in ("out", "back")):
            key = (lemma, kid.lemma.lower())
            out += [Match(cls, tok.i, tok.i) for cls in index.classes.get(key, ())]
    return out


def _longest(found: list[Match], exclusive: frozenset[str]) -> list[Match]:
    """Drop an exclusive match that overlaps a longer one (equal spans all stay)."""
    ranked = sorted((m for m in found if m.cls in exclusive), key=lambda m: m.start - m.end)
    kept = [m for m in found if m.cls not in exclusive]
    spans: set[tuple[int, int]] = set()
    taken: set[int] = set()
    for m in ranked:
        if (m.start, m.end) not in spans and taken & set(range(m.start, m.end + 1)):
            continue
        spans.add((m.start, m.end))
        taken |= set(range(m.start, m.end + 1))
        kept.append(m)
    return kept


# ---------------------------------------------------------------- sentence cues


def sentence_cues(tree: Tree, sent: int, table: AcledTable, *,
                  actor_kinds: frozenset[str] = frozenset()) -> Cues:
    """What sentence `sent` says; `actor_kinds` are the kinds of the actors named in it (see
    `actor_kinds_by_sentence`)."""
    words = words_of(tree, sent, table.vocab)
    found = find(table.word_index, words, tree, exclusive=table.exclusive,
                 noun_only=table.noun_only)
    at = {cls: {i for m in found if m.cls == cls for i in (m.start, m.end)}
          for cls in ("disrupt_verbs", "use_verbs", "weapon_not_use", "carrier_verbs")}
    disrupted = any(_role(tree, m.end, at) == "disrupt" for m in found
                    if m.cls == "weapon_objects")
    used = frozenset(m.cls for m in found if m.cls in WEAPONS and _role(tree, m.end, at) is None)
    used |= {"chemical"} if any(m.cls == "chemical_signs" for m in found) else set()
    kinds = frozenset(m.cls for m in find(table.kind_index, words, tree)) | actor_kinds
    control, regained, at = _territory(tree, found, table)
    if control == "unknown":  # no agent, no loser: the only armed side the sentence names
        armed = kinds & ARMED
        control = "state" if armed == {"state"} else "non_state" if armed and not (
            armed & {"state"}) else control
    here = any(_happening(tree, m.start) for m in found if m.cls == "protest")
    verb = tree.tokens[at] if at is not None else None
    peaceful = verb is not None and any(
        m.cls == "peaceful" and verb.left <= m.start <= verb.right for m in found)
    return Cues(words=frozenset(m.cls for m in found), weapons=used, disrupted=disrupted,
                kinds=kinds, territory=control, regained=regained, capture_at=at,
                protest_here=here, peaceful=peaceful)


def _happening(tree: Tree, i: int) -> bool:
    """A protest word that reports a protest, not the reason or topic of something else
    ("arrested for organising protests", "charges over the rallies"), nor background in a
    relative clause ("the war, which began with protests")."""
    tok = tree.tokens[i]
    head = tree.tokens[tok.head]
    if tok.dep == "dobj" and head.dep == "pcomp":  # "for organising protests"
        tok, head = head, tree.tokens[head.head]
    if tok.dep in ("pobj", "pcomp") and head.lemma.lower() in REASONS:
        return False
    return not any(_background(tree, a) for a in tree.ancestors(i)[:6] if a.pos == "VERB")


def _background(tree: Tree, verb: Tok) -> bool:
    """A relative clause (also when the parser attaches it as an adverbial: "…, which began")
    or a "since" clause: what a report recalls, not what it reports."""
    return verb.dep == "relcl" or any(
        (k.dep in ("nsubj", "nsubjpass") and k.lemma.lower() in ("which", "who", "whom"))
        or (k.dep == "mark" and k.lemma.lower() == "since") for k in tree.children(verb.i))


def _noun_only(words: Mapping[str, frozenset[Phrase]]) -> frozenset[tuple[str, str]]:
    """(class, word) pairs from the `noun_only` list ("manmade:fire")."""
    pairs = (p[0].split(":", 1) for p in words.get("noun_only", frozenset()) if len(p) == 1)
    return frozenset((c, w) for c, w in (p for p in pairs if len(p) == 2))


def _role(tree: Tree, i: int, at: Mapping[str, set[int]]) -> str | None:
    """What a weapon word at token i is: "disrupt" (the object of a disruption verb, or
    modified by one: "weapons seized by troops"), "target" (a target or treaty noun governs it,
    or it is the object of a verb that does not use it: "shot down a helicopter"), or None
    (a weapon in use)."""
    if any(k.i in at["disrupt_verbs"] for k in tree.children(i) if k.dep in ("acl", "relcl")):
        return "disrupt"
    tok, seen = tree.tokens[i], {i}
    for step in range(5):
        head = tree.tokens[tok.head]
        if tok.head in seen or tok.dep in ("advcl", "relcl", "ccomp", "conj") and step:
            return None
        if head.i in at["weapon_not_use"]:
            return "target"
        if head.i in at["disrupt_verbs"]:
            return "disrupt"
        if head.i in at["carrier_verbs"] and head.dep in ("acl", "relcl", "amod"):
            seen.add(head.i)
            tok = head  # climb on from the container: its fate is the weapon's
            continue
        if head.pos in ("VERB", "AUX") and tok.dep in ("dobj", "nsubjpass"):
            return None if head.i in at["use_verbs"] else "target"
        if head.pos in ("VERB", "AUX"):
            return None
        seen.add(head.i)
        tok = head
    return None


def actor_kinds_by_sentence(tree: Tree, actors: Iterable[Actor]) -> dict[int, frozenset[str]]:
    """Sentence index → the kinds of the actors with a mention starting in it (one pass over
    the mentions, a binary search each)."""
    found: dict[int, set[str]] = {}
    for actor in actors:
        if actor.sector in SECTOR_KINDS:
            for mention in actor.mentions:
                sent = tree.parse.sentence_of(mention.start)
                found.setdefault(sent, set()).add(SECTOR_KINDS[actor.sector])
    return {k: frozenset(v) for k, v in found.items()}


def _territory(tree: Tree, found: Sequence[Match],
               table: AcledTable) -> tuple[str | None, bool, int | None]:
    """Who ends up in control in this sentence: for a capture verb whose object (or passive
    subject, or "out of"/"from" object) is a territory word or a place, and that is not merely
    intended ("attacked to capture …"), "state" or "non_state" by its subject or "by" agent, else
    by the side that lost it ("from the rebels", "drove the rebels out"), else "unknown"."""
    places = {m.end for m in found if m.cls == "territory"}
    for m in found:
        verb = tree.tokens[m.start]
        if m.cls not in ("capture", "regain") or _intended(tree, verb):
            continue
        if verb.pos not in ("VERB", "NOUN") or not _takes_territory(tree, verb, places):
            continue
        return _winner(tree, verb, table), m.cls == "regain", verb.i
    return None, False, None


def _intended(tree: Tree, verb: Tok) -> bool:
    """An infinitive of purpose or attempt: "an attack to capture", "tried to retake"."""
    return verb.dep in ("acl", "advcl", "xcomp", "relcl") and any(
        k.dep == "aux" and k.lemma.lower() == "to" for k in tree.children(verb.i))


def _winner(tree: Tree, verb: Tok, table: AcledTable) -> str:
    agent = _agent(tree, verb)
    kind = _kind_of(tree, agent, table) if agent is not None else None
    if kind is None:
        loser = _loser(tree, verb, table)
        kind = {"state": "rebel", "rebel": "state", "militia": "state"}.get(loser or "")
    return "state" if kind == "state" else "non_state" if kind in NON_STATE else "unknown"


def _loser(tree: Tree, verb: Tok, table: AcledTable) -> str | None:
    """The kind of the side a territory was taken from: a "from" object, or the expelled object
    of a verb with "out"/"back" ("drove the militants out", "militants were pushed back")."""
    todo = [(k, 0) for k in tree.children(verb.i) if k.dep not in ("nsubj", "csubj", "agent")]
    while todo:  # the verb's objects and their modifiers, three levels deep
        kid, depth = todo.pop(0)
        if kid.dep == "prep" and kid.lemma.lower() == "from":
            kind = next((_kind_of(tree, k, table) for k in tree.children(kid.i)
                         if k.dep == "pobj"), None)
            if kind is not None:
                return kind
        if kid.dep in ("dobj", "nsubjpass") and not _is_territory(tree, kid, set()):
            kind = _kind_of(tree, kid, table)
            if kind is not None:
                return kind
        if depth < 2:
            todo += [(k, depth + 1) for k in tree.children(kid.i)
                     if k.dep in ("prep", "pobj", "dobj", "prt", "advmod")]
    return None


def _takes_territory(tree: Tree, verb: Tok, places: set[int]) -> bool:
    for kid in tree.children(verb.i):
        if kid.dep in ("dobj", "nsubjpass", "pobj") and _is_territory(tree, kid, places):
            return True
        if kid.dep in ("prep", "prt") and _prep_territory(tree, kid, places, depth=0):
            return True
        if kid.dep in ("prt", "advmod") and any(  # "pushed back from the areas"
                _prep_territory(tree, k, places, depth=0) for k in tree.children(kid.i)
                if k.dep == "prep"):
            return True
    return False


def _prep_territory(tree: Tree, prep: Tok, places: set[int], *, depth: int) -> bool:
    """A territory under "of/over/from/into/out of" (two prepositions deep at most)."""
    if prep.lemma.lower() not in ("of", "over", "from", "into", "out", "in"):
        return False
    for kid in tree.children(prep.i):
        if kid.dep == "pobj" and _is_territory(tree, kid, places):
            return True
        if kid.dep == "prep" and depth < 1 and _prep_territory(tree, kid, places, depth=1):
            return True
    return False


def _is_territory(tree: Tree, tok: Tok, places: set[int], *, depth: int = 0) -> bool:
    """A territory word or place, or a phrase around one ("a swath of territory")."""
    if tok.i in places or tok.ent_type in PLACE_ENTS:
        return True
    for kid in tree.children(tok.i):
        if kid.dep in ("compound", "appos", "conj", "amod") and (
                kid.i in places or kid.ent_type in PLACE_ENTS):
            return True
        if kid.dep == "prep" and kid.lemma.lower() == "of" and depth == 0 and any(
                _is_territory(tree, k, places, depth=1) for k in tree.children(kid.i)
                if k.dep == "pobj"):
            return True
    return False


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
    """The actor kind a noun phrase names: its head word, else a word to the left of it."""
    words = [(_kind_word(t.lemma, t.text, table.vocab), t)
             for t in tree.tokens[head.left:head.i + 1]]
    found = find(table.kind_index, words, tree)
    kinds = {m.cls for m in found if m.end == head.i} or {m.cls for m in found}
    for kind in ("state", "rebel", "militia", "rioter", "protester", "civilian"):
        if kind in kinds:
            return kind
    return None


# ---------------------------------------------------------------- the decision


Rule = Callable[[str | None, str | None, Cues, Sides], str | None]
VERBAL = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", None})
SPEECH = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# ACLED records events reported to have happened: no threats, plans, denials or negations.
OCCURRED = frozenset({"asserted", "claimed"})


def decide(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    """The CASE/ACLED label code of an event (ptype None: of a sentence with no event). A speech
    act (request, accusation, rejection, threat) is only ever a claim of responsibility or a
    diplomatic event; what it speaks about is not an event of its own."""
    for rule in SPEECH_RULES if ptype in SPEECH else RULES:
        label = rule(ptype, mode, cues, sides)
        if label is not None:
            return label
    return None


def _violent(ptype: str | None, cues: Cues) -> bool:
    return ptype == "ASSAULT" or (ptype is None and bool(cues.words & {"lethal", "battle"}))


def rule_attribution(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    """Claims and denials of responsibility (CASE unseen type)."""
    return "ATTRIB" if "responsibility" in cues.words and ptype in VERBAL | {"ASSAULT"} else None


def rule_grave(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    """Mass graves found: Strategic developments / Other (codebook: Other)."""
    return "OTHER" if "grave" in cues.words and ptype in VERBAL | {"ASSAULT"} else None


def rule_disaster(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    """Disasters (CASE unseen types): a natural one whatever the relief; a man-made one when no
    armed side, weapon or battle is involved."""
    if ptype not in DISASTER_TYPES or (ptype == "ASSAULT" and sides.agents & ARMED):
        return None
    violence = cues.weapons or cues.words & {"battle", "protest"} or cues.kinds & NON_STATE
    if "natural" in cues.words and not cues.weapons and "battle" not in cues.words:
        return "NATURAL_DISASTER"
    if "manmade" in cues.words and not violence and not (ptype == "ASSAULT" and sides.agents):
        return "MAN_MADE_DISASTER"
    return None


def rule_weapon(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    """Explosions/Remote violence by the weapon used (the most specific first)."""
    if ptype not in VIOLENT_TYPES and ptype != "PROTEST":
        return None
    if mode == "suicide-attack":
        return "SUIC_BOMB"
    for weapon in WEAPONS:
        if weapon in cues.weapons:
            return WEAPON_LABELS[weapon]
    return {"aerial": "AIR_STRIKE", "drone": "AIR_STRIKE", "heavy-weapons": "ART_MISS_ATTACK",
            "explosives": "REM_EXPLOS"}.get(mode or "")


CROWDS = frozenset({"protester", "rioter"})


def rule_protest(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    """Protests and riots: demonstrators' own violence, lethal force against them, an attempt
    to disperse them, else a peaceful protest; a mob that is not a demonstration is Mob violence."""
    rioters = "rioter" in cues.kinds or "rioter" in sides.agents
    # a PROTEST event coded from "strike" or "blocked" alone may be a military strike or a
    # roadblock: it needs protest words or rioters
    protest = cues.protest_here or rioters or (ptype == "PROTEST" and mode not in (
        "obstruct", "strike") and "protest" not in cues.words)  # else: only background
    if not protest or ptype not in VERBAL | {"PROTEST", "ASSAULT", "COERCE"}:
        return None
    if ptype == "COERCE" and "protester" not in sides.patients and not cues.protest_here:
        return None  # an arrest is a protest event when protesters are arrested at a protest
    if ptype == "ASSAULT" and mode == "seize" and not CROWDS & (cues.kinds | sides.agents):
        return None  # armed men who take a town and "march on" the next are no demonstration
    if "mob" in cues.words:
        return "MOB_VIOL"
    if mode in ("riot", "vandalize") or rioters or "riot" in cues.words:
        return "VIOL_DEMONSTR"  # demonstrators' own violence, whatever the police did
    if "lethal" in cues.words and (ptype == "ASSAULT" or "state" in cues.kinds):
        return "FORCE_AGAINST_PROTEST"
    if "intervention" in cues.words or mode == "arrest":
        return "PROTEST_WITH_INTER"
    return "PEACE_PROTEST"


def rule_disrupted(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    """Weapons seized, found, defused or intercepted (Disrupted weapons use)."""
    ok = ptype in VERBAL | {"COERCE", "ASSAULT", "MOBILIZE"}
    return "DISR_WEAP" if cues.disrupted and ok and not cues.weapons else None


def rule_territory(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    """Who ends up in control: a capture without a fight is a Non-violent transfer; otherwise
    the government regains or a non-state actor overtakes territory."""
    if ptype not in VERBAL | {"ASSAULT", "COERCE", "RETREAT"}:
        return None
    if "transfer" in cues.words or (cues.territory and cues.peaceful
                                    and "battle" not in cues.words):
        return "NON_VIOL_TERRIT_TRANSFER"
    if cues.territory is None or sides.trigger not in (None, cues.capture_at):
        return None  # the capture must be this event's (or, for a sentence, any)
    if cues.territory == "state" or (cues.territory == "unknown" and cues.regained):
        return "GOV_REGAINS_TERIT"
    return "NON_STATE_ACTOR_OVERTAKES_TER"


def rule_base(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    ok = ptype in VERBAL | {"MOBILIZE", "COOPERATE", "AGREE"}
    return "HQ_ESTABLISHED" if {"establish", "base"} <= cues.words and ok else None


def rule_civilians(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    """Violence against civilians by its form: sexual violence, abduction; and mob violence."""
    if "mob" in cues.words and ptype in VERBAL | {"ASSAULT"}:
        return "MOB_VIOL"
    if mode == "sexual" or ("sexual" in cues.words and ptype in VERBAL | {"ASSAULT", "COERCE"}):
        return "SEX_VIOL"
    if mode == "abduct" or ("abduct" in cues.words and ptype in VERBAL | {"ASSAULT", "COERCE"}):
        return "ABDUCT_DISSAP"
    return None


def rule_property(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    if "looting" in cues.words and "property" in cues.words and "lethal" not in cues.words \
            and ptype in VERBAL | {"ASSAULT", "PROTEST", "COERCE"}:
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
    """Battles (armed on both sides) versus Attack (armed against civilians)."""
    if not _violent(ptype, cues):
        return None
    if sides.patients & {"civilian"} and not sides.patients & ARMED:
        return "ATTACK"
    if "battle" in cues.words or sides.patients & ARMED:
        return "ARMED_CLASH"
    kinds = cues.kinds | sides.agents
    armed = kinds & ARMED
    if ("state" in armed and armed & NON_STATE) or (armed and "civilian" not in kinds):
        return "ARMED_CLASH"
    return "ATTACK"


def rule_agreement(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    """Agreements, including ceasefires, peace talks and prisoner releases (codebook:
    Agreement)."""
    agreed = "agreement" in cues.words and ptype in VERBAL | {
        "AGREE", "CONCEDE", "RETREAT", "CONSULT", "COOPERATE", "SUPPORT"}
    return "AGREEMENT" if agreed or mode in ("ceasefire", "release", "disarm") else None


def rule_group(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    """Changes to a group or its activity: troop movements, withdrawals, recruitment, drills."""
    moved = cues.words & {"group_change", "withdraw"} and cues.kinds & ARMED
    if ptype in ("MOBILIZE", "RETREAT") or (moved and ptype in VERBAL | {"AGREE", "COOPERATE"}):
        return "CHANGE_TO_GROUP_ACT"
    return None


def rule_diplomacy(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    """Diplomatic events (CASE unseen type): meetings, visits, sanctions, diplomatic words."""
    if ptype in ("CONSULT", "SUPPORT", "AGREE") or (
            ptype == "SANCTION" and mode not in ("expel", "displacement", "convict")):
        return "DIPLO"  # flight and displacement are not ACLED events
    talk = "diplomacy" in cues.words and not cues.kinds & NON_STATE
    return "DIPLO" if talk and ptype in VERBAL | {"SANCTION"} else None


def rule_other(ptype: str | None, mode: str | None, cues: Cues, sides: Sides) -> str | None:
    """Other strategic developments: coercion that is not an arrest or a seizure of weapons."""
    if ptype == "COERCE" or (ptype in VERBAL | {"SANCTION"} and "other" in cues.words):
        return "OTHER"
    return None


RULES: tuple[Rule, ...] = (
    rule_attribution, rule_grave, rule_disaster, rule_disrupted, rule_weapon, rule_protest,
    rule_territory, rule_base, rule_civilians, rule_property, rule_crime, rule_arrest,
    rule_violence, rule_agreement, rule_group, rule_diplomacy, rule_other,
)
SPEECH_RULES: tuple[Rule, ...] = (rule_attribution, rule_diplomacy)


# ---------------------------------------------------------------- events and texts


def sides_of(event: Event, actors: Mapping[str, Actor], tree: Tree, table: AcledTable) -> Sides:
    trigger = next((t.i for t in tree.sent_tokens(event.sentence)
                    if t.idx == event.trigger.start), None)
    sent = tree.sent_tokens(event.sentence)
    return Sides(agents=_side(event.source_actors, event.source_spans, actors, sent, tree, table),
                 patients=_side(event.target_actors, event.target_spans, actors, sent, tree,
                                table),
                 trigger=trigger if trigger is not None else -1)


def _side(ids: Sequence[str], spans: Sequence[Span], actors: Mapping[str, Actor],
          sent: Sequence[Tok], tree: Tree, table: AcledTable) -> frozenset[str]:
    """Kinds of one side: its actors' sectors and the head nouns of its phrases."""
    kinds = {SECTOR_KINDS[actors[i].sector] for i in ids
             if i in actors and actors[i].sector in SECTOR_KINDS}
    for span in spans:
        heads = [t for t in sent if span.start <= t.idx < span.end
                 and not span.start <= tree.tokens[t.head].idx < span.end]
        kinds |= {k for h in heads[:1] if (k := _kind_of(tree, h, table)) is not None}
    return frozenset(kinds)


def label_events(analysis: ArticleAnalysis, events: Sequence[Event], tree: Tree,
                 table: AcledTable) -> tuple[Event, ...]:
    """The events with their ACLED event and sub-event type (None when ACLED codes nothing)."""
    actors = {a.id: a for a in analysis.actors}
    kinds = actor_kinds_by_sentence(tree, analysis.actors)
    cues: dict[int, Cues] = {}
    out = []
    for event in events:
        code = None
        if event.modality in OCCURRED:  # a sentence's cues are read once, and only when needed
            if event.sentence not in cues:
                cues[event.sentence] = sentence_cues(
                    tree, event.sentence, table,
                    actor_kinds=kinds.get(event.sentence, frozenset()))
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
    kinds = actor_kinds_by_sentence(tree, analysis.actors)
    for k in range(len(tree.sents)):
        label = _sentence_label(tree, table, k, by_sent.get(k, []), depth,
                                kinds.get(k, frozenset()))
        if label is None:
            continue
        if found is None:
            found = label
        elif found in GENERIC and label in WEAPON_LABELS.values():
            return label
        if found not in GENERIC:
            return found
    return found


def _sentence_label(tree: Tree, table: AcledTable, k: int, events: list[Event],
                    depth: Mapping[int, int], kinds: frozenset[str]) -> str | None:
    label = None
    if events:
        start = {t.idx: t.i for t in tree.sent_tokens(k)}
        main = min(events, key=lambda e: (depth.get(start.get(e.trigger.start, -1), 99),
                                          e.trigger.start))
        label = table.code_of(main.acled_sub_event_type)
        if label == "CHANGE_TO_GROUP_ACT":  # PLOVER: a mobilisation inside an assault report
            label = next((table.code_of(e.acled_sub_event_type) for e in events  # is the assault
                          if e.acled_event_type in VIOLENT_EVENT_TYPES), label)
    if label is None or label in WEAK or label in GENERIC:
        cues = sentence_cues(tree, k, table, actor_kinds=kinds)
        words = decide(None, None, cues, Sides())
        if label is None or label in WEAK or words in SPECIFIC:
            label = words or label
    return label
