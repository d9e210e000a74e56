"""Event triggers: verbs and event nouns of a sentence matched against the lexicon's patterns.

Reporting verbs are not in the trigger lexicon, so "said" never makes an event by itself. A
"light" pattern (threaten, deny, help) only fires when no event hangs under its verb: in
"threatened to march on Baghdad" the marching is the event (coded THREATEN by modality.py).
A noun trigger that is the object of a verb trigger ("imposed sanctions", "held talks") is
covered by the verb's event; a verb's purpose clause that decided its code ("sent troops to
fight alongside …") is consumed too.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...parse import Tok
from ...resources.lexicon import EventLexicon, Pattern
from .syntax import (OBJECTS, Tree, conjuncts, has_particle, is_bare_participle, is_passive,
                     kids, lemma, particle, pobj, subject_of)

PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
PERSON_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
STATE_ENTS = frozenset({"GPE", "NORP"})
# A noun trigger may modify one of these ("a mediation effort", "a bombing campaign").
GENERIC_HEADS = frozenset({"effort", "campaign", "operation", "process", "bid", "mission",
                           "drive", "attempt", "plan", "initiative", "wave", "spree"})
VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
MERGE_PREPS = frozenset({"in", "during", "by", "with", "amid"})
VIOLENT = frozenset({"18", "19", "20"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Trigger:
    """A matched trigger token with its pattern; `objects` are the tokens the pattern checked."""

    tok: Tok
    pattern: Pattern
    kind: str  # "verb" | "noun"
    objects: tuple[Tok, ...] = ()
    purpose: Tok | None = None
    cameo: str = ""
    mode: str | None = None
    demand_on: Tok | None = None  # "X said Y must …": the demand's target
    user: bool = False  # coded by a user verb dictionary: its code is kept as given
    outcome: Tok | None = None  # "the blast killed 20": the verb that tells the noun's outcome


def find_triggers(parse: Tree, sent: int, lexicon: EventLexicon) -> list[Trigger]:
    wanted = lexicon.trigger_lemmas
    found = [t for tok in parse.sent_tokens(sent) if tok.lemma.lower() in wanted
             and (t := match_token(parse, tok, lexicon) or match_demand(parse, tok, lexicon))]
    by_index = {t.tok.i: t for t in found}
    drop = covered_nouns(parse, found, by_index) | consumed_purposes(found)
    drop |= {t.tok.i for t in found if t.pattern.light and has_event_below(parse, t, by_index)}
    kept = [t for t in found if t.tok.i not in drop]
    merged = [merge_noun_code(parse, t, by_index) for t in kept]
    absorbed = {i for _, i in merged if i is not None}
    return [t for t, _ in merged if t.tok.i not in absorbed]


def match_token(parse: Tree, tok: Tok, lexicon: EventLexicon) -> Trigger | None:
    if tok.pos in VERB_POS and lemma(tok) in lexicon.user_verbs:
        return match_user_verb(parse, tok, lexicon)
    if tok.pos in VERB_POS and tok.dep not in ("pobj", "amod", "compound"):
        table, kind = lexicon.verbs, "verb"  # not "the number of wounded", "injured civilians"
    elif tok.pos in NOUN_POS and (tok.dep != "compound"
                                  or lemma(parse.tokens[tok.head]) in GENERIC_HEADS):
        table, kind = lexicon.nouns, "noun"
    else:
        return None
    for pattern in table.get(lemma(tok), ()):
        trigger = match_pattern(parse, tok, pattern, kind, lexicon)
        if trigger is not None:
            return None if pattern.none else trigger
    return None


def match_user_verb(parse: Tree, tok: Tok, lexicon: EventLexicon) -> Trigger | None:
    """A verb of a user (PETRARCH-format) dictionary: its patterns look at the words of the
    sentence before and after the verb; a code we cannot code in PLOVER makes no event."""
    start, end = parse.sents[tok.sent]
    before = _words(parse.tokens[start:tok.i])
    after = _words(parse.tokens[tok.i + 1:end])
    code = lexicon.user_verbs[lemma(tok)].code_for(before, after)
    if code is None or not lexicon.codable(code):
        return None
    pattern = Pattern(lemma=lemma(tok), cameo=code)
    return Trigger(tok=tok, pattern=pattern, kind="verb", cameo=code, user=True,
                   objects=tuple(pattern_objects(parse, tok, pattern, "verb") or ()))


def _words(tokens: tuple[Tok, ...]) -> set[str]:
    return {t.text.lower() for t in tokens} | {lemma(t) for t in tokens}


def match_demand(parse: Tree, tok: Tok, lexicon: EventLexicon) -> Trigger | None:
    """A statement that someone must or should act is a demand on them (CAMEO 10):
    "Russia said Sudan must return the helicopter"."""
    if tok.pos not in VERB_POS or lemma(tok) not in lexicon.cue("reporting"):
        return None
    for kid in kids(parse, tok.i, "ccomp"):
        if any(a.dep == "aux" and lemma(a) in lexicon.cue("obligation_aux")
               for a in parse.children(kid.i)):
            subj = next(iter(kids(parse, kid.i, "nsubj", "nsubjpass")), None)
            return Trigger(tok=tok, pattern=Pattern(lemma=lemma(tok), cameo="100"), kind="verb",
                           cameo="100", demand_on=subj)
    return None


def match_pattern(parse: Tree, tok: Tok, pattern: Pattern, kind: str, lexicon: EventLexicon
                  ) -> Trigger | None:
    if kind == "verb" and not _particle_ok(parse, tok, pattern):
        return None
    if not _frame_ok(parse, tok, pattern, kind, lexicon):
        return None
    objects = pattern_objects(parse, tok, pattern, kind)
    if objects is None:
        return None
    if pattern.object is not None and not _objects_ok(parse, objects, pattern.object):
        return None
    if pattern.mod is not None and not _mod_ok(parse, tok, pattern.mod):
        return None
    purpose = None
    if pattern.purpose is not None:
        purpose = find_purpose(parse, tok, pattern.purpose)
        if purpose is None:
            return None
    return Trigger(tok=tok, pattern=pattern, kind=kind, objects=tuple(objects), purpose=purpose,
                   cameo=pattern.cameo, mode=pattern.mode)


def _frame_ok(parse: Tree, tok: Tok, pattern: Pattern, kind: str, lexicon: EventLexicon
              ) -> bool:
    """The pattern's subject, to-clause and support-verb constraints."""
    if pattern.clause and not _has_clause(parse, tok):
        return False
    if pattern.support and not (tok.dep in ("dobj", "nsubjpass", "conj") and lemma(
            parse.tokens[tok.head]) in lexicon.cue("support_verbs")):
        return False
    if pattern.subject is None:
        return True
    return any(word_ok(parse, a, pattern.subject) for a in actor_words(parse, tok, kind))


def _has_clause(parse: Tree, tok: Tok) -> bool:
    return any(k.dep == "xcomp" or (k.dep in ("advcl", "ccomp") and any(
        a.dep == "aux" and lemma(a) == "to" for a in parse.children(k.i)))
        for k in parse.children(tok.i))


def actor_words(parse: Tree, tok: Tok, kind: str) -> list[Tok]:
    """Who does it: a verb's subject or "by" agent; a noun's possessor or modifiers."""
    if kind == "noun":
        return kids(parse, tok.i, "poss", "compound", "amod", "nmod")
    found = [k for k in parse.children(tok.i) if k.dep == "agent"]
    agents = [o for a in found if (o := pobj(parse, a)) is not None]
    subj = subject_of(parse, tok.i)
    return agents + ([subj] if subj is not None and not is_passive(parse, tok.i) else [])


def _particle_ok(parse: Tree, tok: Tok, pattern: Pattern) -> bool:
    if pattern.prt is not None:
        return has_particle(parse, tok.i, pattern.prt)
    return particle(parse, tok.i) is None


def pattern_objects(parse: Tree, tok: Tok, pattern: Pattern, kind: str) -> list[Tok] | None:
    """The tokens the pattern's object constraint looks at; None when a required prep is absent."""
    if pattern.prep is not None:
        for kid in parse.children(tok.i):
            if kid.dep in ("prep", "prt", "advmod") and lemma(kid) == pattern.prep:
                obj = pobj(parse, kid)
                return conjuncts(parse, obj) if obj is not None else []
        return None
    if kind == "noun":
        objs = [pobj(parse, k) for k in kids(parse, tok.i, "prep") if lemma(k) == "of"]
        return [c for o in objs if o is not None for c in conjuncts(parse, o)]
    direct = [k for k in parse.children(tok.i) if k.dep in OBJECTS]
    if not direct and is_passive(parse, tok.i):
        direct = kids(parse, tok.i, "nsubjpass")
    if not direct and is_bare_participle(parse, tok) and tok.dep == "acl":  # "forces deployed"
        direct = [parse.tokens[tok.head]]
    if not direct:  # "allowed aid convoys to enter": the to-clause's subject is the object
        direct = [s for k in kids(parse, tok.i, "ccomp") if any(
            a.dep == "aux" and lemma(a) == "to" for a in parse.children(k.i))
            for s in kids(parse, k.i, "nsubj")]
    return [c for d in direct for c in conjuncts(parse, d)]


def word_ok(parse: Tree, tok: Tok, words: tuple[str, ...], *, depth: int = 0) -> bool:
    """The object word (or a modifier of it) is in the pattern's words; "state of emergency",
    "part of the aid programme": the object of "of" counts too."""
    if lemma(tok) in words or tok.text.lower() in words:
        return True
    if "@territory" in words and tok.ent_type in PLACE_ENTS:
        return True
    if "@person" in words and tok.ent_type in PERSON_ENTS:
        return True
    if "@state" in words and tok.ent_type in STATE_ENTS:
        return True
    mods = kids(parse, tok.i, "compound", "amod", "nmod")
    if any(lemma(m) in words for m in mods):
        return True
    if depth < 2:  # "state of emergency", "tens of thousands of troops"
        return any(word_ok(parse, o, words, depth=depth + 1) for p, o in _of_objects(parse, tok))
    return False


def _of_objects(parse: Tree, tok: Tok) -> list[tuple[Tok, Tok]]:
    out = []
    for kid in kids(parse, tok.i, "prep"):
        obj = pobj(parse, kid) if lemma(kid) == "of" else None
        if obj is not None:
            out.append((kid, obj))
    return out


def _objects_ok(parse: Tree, objects: list[Tok], words: tuple[str, ...]) -> bool:
    if not objects:
        return "-" in words
    return any(word_ok(parse, obj, words) for obj in objects)


def _mod_ok(parse: Tree, tok: Tok, words: tuple[str, ...]) -> bool:
    mods = kids(parse, tok.i, "compound", "amod", "nmod", "npadvmod", "advmod")
    return any(lemma(m) in words or m.text.lower() in words for m in mods)


def find_purpose(parse: Tree, tok: Tok, words: frozenset[str]) -> Tok | None:
    """A purpose phrase of the verb holding one of `words`: "to fight alongside …", "to help …"."""
    for kid in parse.children(tok.i):
        if kid.dep == "prep" and lemma(kid) in words:
            return kid
        if kid.dep in ("advcl", "xcomp") and any(a.dep == "aux" and lemma(a) == "to"
                                                  for a in parse.children(kid.i)):
            if lemma(kid) in words:
                return kid
            if any(lemma(g) in words for g in parse.children(kid.i)):
                return kid
    return None


def covered_nouns(parse: Tree, found: list[Trigger], by_index: dict[int, Trigger]) -> set[int]:
    """Noun triggers that are the checked object of a verb trigger ("imposed sanctions")."""
    out: set[int] = set()
    for trig in found:
        if trig.kind == "verb":
            out |= {o.i for o in trig.objects if o.i in by_index and by_index[o.i].kind == "noun"}
    return out


def consumed_purposes(found: list[Trigger]) -> set[int]:
    return {t.purpose.i for t in found if t.purpose is not None}


def has_event_below(parse: Tree, trig: Trigger, by_index: dict[int, Trigger]) -> bool:
    """Whether a trigger hangs in the verb's complement (not its subject)."""
    todo = [k for k in parse.children(trig.tok.i) if k.dep not in ("nsubj", "nsubjpass", "agent")]
    while todo:
        cur = todo.pop()
        if cur.i in by_index and not by_index[cur.i].pattern.light:
            return True
        todo.extend(parse.children(cur.i))
    return False


def merge_noun_code(parse: Tree, trig: Trigger, by_index: dict[int, Trigger]
                    ) -> tuple[Trigger, int | None]:
    """"were killed in a suicide bombing": one event, on the verb, with the noun's more specific
    code; returns the trigger and the index of the noun it absorbed."""
    if trig.kind != "verb" or not trig.cameo.endswith("0") or len(trig.cameo) != 3:
        return trig, None
    for kid in kids(parse, trig.tok.i, "prep", "agent"):
        obj = pobj(parse, kid)
        if lemma(kid) not in MERGE_PREPS or obj is None or obj.i not in by_index:
            continue
        noun = by_index[obj.i]
        if noun.kind == "noun" and noun.cameo[:2] == trig.cameo[:2] or (
                noun.kind == "noun" and {noun.cameo[:2], trig.cameo[:2]} <= VIOLENT):
            return Trigger(tok=trig.tok, pattern=trig.pattern, kind=trig.kind,
                           objects=trig.objects, purpose=trig.purpose, cameo=noun.cameo,
                           mode=noun.mode), noun.tok.i
    return trig, None
