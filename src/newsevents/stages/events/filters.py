"""Which matched triggers report an event of their own: general rules over the parse.

Precision (a matched word that reports no event is dropped):
- a speech complement is no act: "declined to comment", "refused to say" (cue
  `speech_complements`);
- a natural force, an illness or a background noun is no actor: "the earthquake killed", "the war
  has killed", "died in a flood", "the terrain allowed" (cue `non_agents`, looked up on the
  subject, the "by" agent and the "in"/"from" cause);
- a count is no event: "55 wounded", "the 12 detained" (a participle with a number);
- a descriptive participle on a noun is no event: "forces backed by X", "men armed with rifles"
  (patterns marked `descriptive`);
- a modifier can make a noun something else: "heart attack", "cardiac arrest" (cue
  `non_event_modifiers`).
One event where the sentence reports one:
- the outcome of an event noun belongs to that event: "the blast killed 20 people" is the blast,
  with the people as its targets;
- a violent purpose clause belongs to the violent act it explains: "launched an offensive to
  retake X" is the offensive, with X as its target.
"""
from __future__ import annotations

from dataclasses import replace

from ...parse import Tok
from ...resources.lexicon import EventLexicon
from .syntax import Tree, kids, lemma, pobj, subject_of
from .triggers import Trigger, find_triggers

VIOLENT_ROOTS = frozenset({"18", "19", "20"})
CAUSE_PREPS = frozenset({"in", "by", "from", "during"})


def event_triggers(parse: Tree, sent: int, lexicon: EventLexicon) -> list[Trigger]:
    """The triggers of a sentence that report events, one per event. Verbs of a user verb
    dictionary are coded as that dictionary says, one event each."""
    found = find_triggers(parse, sent, lexicon)
    if any(t.user for t in found):
        return found
    found = [t for t in found if is_eventive(parse, t, lexicon)]
    return merge_purposes(parse, merge_outcomes(parse, found, lexicon.cue("harm_verbs")))


def is_eventive(parse: Tree, trig: Trigger, lexicon: EventLexicon) -> bool:
    tok = trig.tok
    if trig.kind == "noun":
        return not any(lemma(m) in lexicon.cue("non_event_modifiers")
                       for m in kids(parse, tok.i, "compound", "amod", "nmod"))
    if any(lemma(k) in lexicon.cue("speech_complements") for k in kids(parse, tok.i, "xcomp")):
        return False
    if _is_count(parse, tok) or (trig.pattern.descriptive and _describes(parse, tok)):
        return False
    return not any(lemma(a) in lexicon.cue("non_agents") for a in _agents(parse, tok))


def _is_count(parse: Tree, tok: Tok) -> bool:
    """"55 wounded", "the wounded": a participle standing for people, counted."""
    head = parse.tokens[tok.head]
    return tok.tag == "VBN" and (bool(kids(parse, tok.i, "nummod")) or (
        tok.dep == "acl" and head.pos == "NUM"))


def _describes(parse: Tree, tok: Tok) -> bool:
    """A participle without auxiliary or subject on a noun ("forces backed by Iran")."""
    return tok.tag == "VBN" and tok.dep in ("acl", "amod", "relcl") and not kids(
        parse, tok.i, "aux", "auxpass", "nsubj", "nsubjpass")


def _agents(parse: Tree, tok: Tok) -> list[Tok]:
    """Who or what does it: the subject or the "by" agent; with neither, the cause ("were
    killed in a flood"); "gunmen killed thirty in the war" has its actor."""
    subj = subject_of(parse, tok.i) if tok.dep != "acl" else None
    found = [subj] if subj is not None and subj.dep != "nsubjpass" else []
    found += [o for k in kids(parse, tok.i, "agent") if (o := pobj(parse, k)) is not None]
    if found:
        return found
    return [o for k in kids(parse, tok.i, "prep")
            if lemma(k) in CAUSE_PREPS and (o := pobj(parse, k)) is not None]


def merge_outcomes(parse: Tree, found: list[Trigger], harm: frozenset[str]) -> list[Trigger]:
    """A violent verb whose subject is a violent noun ("the blast killed 20") is that noun's
    outcome, and so is a harm verb (`harm_verbs`: kill, wound …) joined to a violent act
    ("stormed the hotel and killed 20", "attacked the convoy, killing five", "were killed and
    120 wounded"): one event, on the act, remembering the verb for its targets."""
    by_index = {t.tok.i: t for t in found}
    merged: dict[int, Trigger] = {}
    dropped: set[int] = set()
    for trig in found:
        act = _act_of(parse, trig, by_index, harm)
        if act is not None and act.tok.i not in dropped:
            merged[act.tok.i] = replace(merged.get(act.tok.i, act), outcome=trig.tok)
            dropped.add(trig.tok.i)
    return [merged.get(t.tok.i, t) for t in found if t.tok.i not in dropped]


def _act_of(parse: Tree, trig: Trigger, by_index: dict[int, Trigger], harm: frozenset[str]
            ) -> Trigger | None:
    if trig.kind != "verb" or not _violent(trig):
        return None
    subj = next(iter(kids(parse, trig.tok.i, "nsubj")), None)
    noun = by_index.get(subj.i) if subj is not None else None
    if noun is not None and noun.kind == "noun" and _violent(noun):
        return noun
    head = by_index.get(trig.tok.head)
    if lemma(trig.tok) in harm and trig.tok.dep in ("conj", "advcl") and head is not None \
            and head.tok.i < trig.tok.i and _violent(head):
        return head
    return None


def merge_purposes(parse: Tree, found: list[Trigger]) -> list[Trigger]:
    """An act's "to"-clause naming an aim of the same kind is part of that act: "launched an
    offensive to retake X", "sent troops to patrol the border"."""
    by_index = {t.tok.i: t for t in found}
    merged: dict[int, Trigger] = {}
    dropped: set[int] = set()
    for trig in found:
        if trig.purpose is not None:
            continue
        for clause in _purpose_clauses(parse, trig.tok):
            aim = by_index.get(clause.i)
            if aim is not None and _same_kind(trig, aim) and aim.tok.i not in merged:
                merged[trig.tok.i] = replace(trig, purpose=aim.tok)
                dropped.add(aim.tok.i)
                break
    return [merged.get(t.tok.i, t) for t in found if t.tok.i not in dropped]


def _purpose_clauses(parse: Tree, tok: Tok) -> list[Tok]:
    """To-infinitives on the trigger, or on the verb whose object the trigger noun is."""
    holders = [tok]
    if tok.dep == "dobj":
        holders.append(parse.tokens[tok.head])
    return [k for h in holders for k in parse.children(h.i)
            if k.dep in ("acl", "advcl", "relcl", "xcomp") and k.i > tok.i
            and any(a.dep == "aux" and lemma(a) == "to" for a in parse.children(k.i))]


def _same_kind(trig: Trigger, aim: Trigger) -> bool:
    return (_violent(trig) and _violent(aim)) or trig.cameo[:2] == aim.cameo[:2]


def _violent(trig: Trigger) -> bool:
    return trig.cameo[:2] in VIOLENT_ROOTS
