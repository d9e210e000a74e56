"""Who reports an event: the epistemic walk from the trigger up to the sentence root.

- under a reporting verb ("X told CNN that …", "…, X said", "she cited reports of …") the event
  is *claimed* and attributed to the verb's subject;
- under a denial ("X denied the reports that …", "X dismissed any notion that …") it is
  *denied*, attributed to the denier;
- "according to X" anywhere on the path attributes it to X;
- a report noun alone ("reports suggest …") makes it claimed with no named source.
Events the article states in its own voice have no attribution (the outlet is article.source).
"""
from __future__ import annotations

from dataclasses import dataclass

from ...parse import Tok
from ...resources.lexicon import EventLexicon
from .syntax import Tree, kids, lemma, pobj, prep_objects, subject_of

REPORT_LINKS = frozenset({"ccomp", "dobj", "parataxis", "xcomp", "oprd"})


@dataclass(frozen=True, slots=True)
class Attribution:
    kind: str  # "claimed" | "denied"
    speaker: Tok | None


def attribute(parse: Tree, tok: Tok, lexicon: EventLexicon) -> Attribution | None:
    """The nearest reporting or denying frame above the trigger, if any."""
    cur, pending = tok, None
    for _ in range(12):
        found = _according(parse, cur, lexicon) or _sibling_report(parse, cur, lexicon)
        if found is None and cur.head != cur.i:
            found = _frame(parse, cur, parse.tokens[cur.head], lexicon)
        if found is not None:
            if found.kind == "denied" or not _is_report(found.speaker, lexicon):
                return found if pending is None or found.kind == "denied" else Attribution(
                    "claimed", found.speaker)
            pending = pending or found  # "reports suggest …": look for who cites the reports
        if cur.head == cur.i:
            return pending
        cur = parse.tokens[cur.head]
    return pending


def _is_report(speaker: Tok | None, lexicon: EventLexicon) -> bool:
    return speaker is None or lemma(speaker) in lexicon.cue("report_nouns")


def _frame(parse: Tree, cur: Tok, head: Tok, lexicon: EventLexicon) -> Attribution | None:
    word = lemma(head)
    if head.pos in ("VERB", "AUX"):
        if cur.dep in REPORT_LINKS | {"pcomp", "pobj"} and word in lexicon.cue("deny_verbs"):
            return Attribution("denied", subject_of(parse, head.i))
        if (cur.dep == "dobj" and word in lexicon.cue("deny_if_report")
                and lemma(cur) in lexicon.cue("denial_objects")):
            return Attribution("denied", subject_of(parse, head.i))
        if cur.dep in REPORT_LINKS and word in lexicon.cue("reporting"):
            return Attribution("claimed", _speaker(parse, head))
        if cur.dep in ("prep", "pcomp", "ccomp") and word in lexicon.cue("accusing"):
            return Attribution("claimed", _speaker(parse, head))
        return None
    if head.pos == "NOUN" and word in lexicon.cue("report_nouns") and cur.dep in (
            "acl", "prep", "pobj", "relcl", "ccomp"):
        if _is_denied_object(parse, head, lexicon):
            return None  # the denial above decides
        reporter = _noun_reporter(parse, head, lexicon)
        return Attribution("claimed", reporter)
    return None


def _speaker(parse: Tree, verb: Tok) -> Tok | None:
    subj = subject_of(parse, verb.i)
    if subj is None:
        agents = prep_objects(parse, verb.i, ("by",))
        return agents[0][1] if agents else None
    return subj


def _is_denied_object(parse: Tree, noun: Tok, lexicon: EventLexicon) -> bool:
    head = parse.tokens[noun.head]
    return noun.dep == "dobj" and (lemma(head) in lexicon.cue("deny_verbs")
                                   or lemma(head) in lexicon.cue("deny_if_report"))


def _noun_reporter(parse: Tree, noun: Tok, lexicon: EventLexicon) -> Tok | None:
    """"the UN's report", "reports by the IOM", or the subject of "cited reports"."""
    poss = kids(parse, noun.i, "poss")
    if poss:
        return poss[0]
    by = prep_objects(parse, noun.i, ("by", "from"))
    if by:
        return by[0][1]
    head = parse.tokens[noun.head]
    if noun.dep in ("dobj", "pobj") and lemma(head) in lexicon.cue("reporting"):
        return _speaker(parse, head)
    return None


def _according(parse: Tree, tok: Tok, lexicon: EventLexicon) -> Attribution | None:
    for kid in parse.children(tok.i):
        if kid.dep == "prep" and kid.text.lower() in lexicon.cue("according"):
            return Attribution("claimed", pobj(parse, kid))
    return None


def _sibling_report(parse: Tree, tok: Tok, lexicon: EventLexicon) -> Attribution | None:
    """"ISIS seized the town, officials said": the reporting verb hangs beside the event."""
    for kid in parse.children(tok.i):
        beside = kid.dep == "parataxis" or (kid.dep == "ccomp" and kid.i > tok.i)
        if beside and lemma(kid) in lexicon.cue("reporting") and not any(
                k.dep in ("ccomp", "dobj") and k.i > kid.i for k in parse.children(kid.i)):
            return Attribution("claimed", _speaker(parse, kid))
    return None
