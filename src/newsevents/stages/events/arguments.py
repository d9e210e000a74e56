"""Source and target arguments of a trigger (its place is found by location.py).

Rules (one each, applied consistently):
- verb, active voice: source = subject (a relative pronoun stands for its antecedent; xcomp,
  advcl and conjoined verbs share their controller's subject); target = direct object, plus the
  object of the type's target prepositions ("against", "with" for meetings, "to" for aid …);
- passive voice: source = the "by" agent, target = the passive subject; for verbs that move
  forces ("troops were deployed"), the passive subject is the source when no agent is given;
- "A and B attacked C" is ONE event with two sources (conjoined subjects/objects all count);
- nouns: source = possessor ("ISIS's takeover", "their assault"), a "by" phrase, a nationality
  or name modifier ("Israeli airstrikes"), or the subject of a support verb ("launched an
  offensive"); target = the "against/on/of/with/to" object;
- displacement ("fled"): the people who flee are the target; the source is what they fled from
  when it is an actor (PLOVER codes refugees fleeing with the causative agent as actor).
Argument spans are kept even when no actor is found.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...model import Span
from ...parse import Tok
from .syntax import (Tree, conjuncts, governing_verb, is_bare_participle, is_passive, kids,
                     lemma, np_span, pobj, prep_objects, subject_of)
from .triggers import Trigger

TARGET_PREPS = {
    "CONSULT": ("with",), "COOPERATE": ("with",), "AGREE": ("with",), "AID": ("to", "for"),
    "SUPPORT": ("to", "for"), "CONCEDE": ("to",), "REQUEST": ("on", "to", "from"),
    "SANCTION": ("on", "against", "from"), "THREATEN": ("on", "against", "with"),
    "ASSAULT": ("on", "against", "at", "with"), "COERCE": ("on", "against"),
    "ACCUSE": ("against", "of"), "REJECT": ("from", "by"), "PROTEST": ("against",),
    "MOBILIZE": ("against",), "RETREAT": ("from",),
}
NOUN_TARGET_PREPS = ("against", "on", "of", "with", "to", "targeting")
SOURCE_MODIFIER_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
TEMPORAL_ENTS = frozenset({"DATE", "TIME"})  # "on Monday", "at dawn": when, never whom
DISPLACEMENT = frozenset({"flee", "escape"})
CAUSE_MARKS = frozenset({"after", "as", "when", "because", "since"})
ARMED_ACTORS = frozenset({"militant", "rebel", "fighter", "troop", "soldier", "army", "force",
                          "gunman", "insurgent", "jihadist", "police", "militia", "extremist",
                          "terrorist", "attacker", "invader", "regime"})
# "restored ties with X", "imposed sanctions on X", "provided aid to X": whom the theme concerns.
THEME_PREPS = ("with", "to", "on", "against", "for")


@dataclass(frozen=True, slots=True)
class Arguments:
    sources: tuple[Tok, ...]
    targets: tuple[Tok, ...]


def find_arguments(parse: Tree, trig: Trigger, plover: str, *,
                   theme_words: frozenset[str] = frozenset()) -> Arguments:
    if trig.kind == "noun":
        sources, targets = noun_sources(parse, trig.tok), noun_targets(parse, trig.tok)
    else:
        sources, targets = verb_arguments(parse, trig, plover, theme_words=theme_words)
    if not targets:  # "the blast killed 20 people", "an offensive to retake X"
        targets = _absorbed_targets(parse, trig)
    if lemma(trig.tok) in DISPLACEMENT:
        sources, targets = displacement_causes(parse, trig.tok), sources
    return Arguments(tuple(_expand(parse, sources)), tuple(_expand(parse, targets)))


def _is_agentive(tok: Tok) -> bool:
    return (tok.ent_type in ("ORG", "NORP", "PERSON") or tok.pos == "PROPN"
            or lemma(tok) in ARMED_ACTORS)


def displacement_causes(parse: Tree, tok: Tok) -> list[Tok]:
    """Who made people flee (PLOVER codes flight with the causative agent as source): what they
    fled from ("fled the militants", "fled from ISIS"), or the actor of the clause that gives
    the cause ("fled after the militants took control", "as gunmen advanced")."""
    found = [o for p, o in prep_objects(parse, tok.i, ("from",))]
    found += [k for k in parse.children(tok.i)  # "fled the militants", not "fled Shendi"
              if k.dep == "dobj" and (lemma(k) in ARMED_ACTORS or k.ent_type == "ORG")]
    for clause in kids(parse, tok.i, "advcl"):
        if any(m.dep == "mark" and lemma(m) in CAUSE_MARKS for m in parse.children(clause.i)):
            subj = subject_of(parse, clause.i)
            found += [subj] if subj is not None else []
    return [t for t in found if t.ent_type in ("ORG", "NORP", "PERSON")
            or lemma(t) in ARMED_ACTORS][:1]


def verb_arguments(parse: Tree, trig: Trigger, plover: str, *, theme_words: frozenset[str]
                   ) -> tuple[list[Tok], list[Tok]]:
    tok, pattern = trig.tok, trig.pattern
    agents = [o for p, o in prep_objects(parse, tok.i) if p == "by" and _is_agent(parse, o)]
    if is_passive(parse, tok.i):
        theme = kids(parse, tok.i, "nsubjpass")
        if pattern.theme_source and not agents:
            return theme, _prep_targets(parse, trig, plover)
        return agents, theme + _prep_targets(parse, trig, plover)
    if is_bare_participle(parse, tok):  # "the forces deployed in …", "if requested"
        head = [parse.tokens[tok.head]] if tok.dep == "acl" else []
        return (head, []) if pattern.theme_source else (agents, head)
    subj = subject_of(parse, tok.i)
    sources = [subj] if subj is not None else []
    if trig.demand_on is not None:
        return sources, [trig.demand_on]
    if pattern.theme_source:
        return sources, _purpose_targets(parse, trig) + _prep_targets(parse, trig, plover)
    objects = [k for k in parse.children(tok.i) if k.dep in ("dobj", "dative", "iobj")]
    themes = [k for k in objects if _is_theme(k, theme_words)]
    via_theme = [o for t in themes for _, o in prep_objects(parse, t.i, THEME_PREPS)]
    actors = [k for k in objects if k not in themes]
    return sources, actors + _prep_targets(parse, trig, plover) + via_theme


def _is_theme(tok: Tok, theme_words: frozenset[str]) -> bool:
    """An object that is what is given, held or imposed ("aid", "talks", "sanctions"), not whom."""
    return lemma(tok) in theme_words and not tok.ent_type


def _is_agent(parse: Tree, tok: Tok) -> bool:
    head = parse.tokens[tok.head]
    return head.dep == "agent" or lemma(head) == "by"


def _prep_targets(parse: Tree, trig: Trigger, plover: str) -> list[Tok]:
    preps = set(TARGET_PREPS.get(plover, ()))
    if trig.pattern.prep:
        preps.add(trig.pattern.prep)
    return [o for p, o in prep_objects(parse, trig.tok.i, preps)
            if o.pos != "VERB" and o.ent_type not in TEMPORAL_ENTS]


def _purpose_targets(parse: Tree, trig: Trigger) -> list[Tok]:
    """Whom the sent forces help: "to fight alongside X", "to help X", "to support X"."""
    if trig.purpose is None:
        return []
    purpose = trig.purpose
    if lemma(purpose) == "alongside":
        obj = pobj(parse, purpose)
        return [obj] if obj is not None else []
    found = [o for p, o in prep_objects(parse, purpose.i, ("alongside",))]
    found += [k for k in parse.children(purpose.i) if k.dep == "dobj"]
    for kid in parse.children(purpose.i):
        if kid.dep == "xcomp":
            found += [k for k in parse.children(kid.i) if k.dep == "dobj"]
    return found


def _absorbed_targets(parse: Tree, trig: Trigger) -> list[Tok]:
    verbs = [t for t in (trig.outcome, trig.purpose) if t is not None and t.pos == "VERB"]
    return [k for v in verbs for k in parse.children(v.i) if k.dep in ("dobj", "nsubjpass")
            or (k.dep == "nsubj" and v.tag == "VBN")]  # "… and 120 wounded"


def noun_sources(parse: Tree, tok: Tok) -> list[Tok]:
    found = kids(parse, tok.i, "poss")
    found += [o for p, o in prep_objects(parse, tok.i, ("by", "from"))]
    found += [m for m in kids(parse, tok.i, "amod", "compound", "nmod")
              if m.ent_type in SOURCE_MODIFIER_ENTS]
    if found:
        return found
    verb = governing_verb(parse, tok.i)
    if verb is not None and tok.dep == "dobj" and tok.head == verb.i:
        subj = subject_of(parse, verb.i)
        return [subj] if subj is not None else []
    return []


def noun_targets(parse: Tree, tok: Tok) -> list[Tok]:
    return [o for p, o in prep_objects(parse, tok.i, NOUN_TARGET_PREPS)
            if o.pos != "VERB" and o.ent_type not in TEMPORAL_ENTS]


def _expand(parse: Tree, heads: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    for head in heads:
        for tok in conjuncts(parse, head):
            if tok not in out and tok.pos not in ("PUNCT", "SPACE"):
                out.append(tok)
    return out


def argument_spans(parse: Tree, heads: tuple[Tok, ...]) -> tuple[Span, ...]:
    return tuple(np_span(parse, h) for h in heads)
