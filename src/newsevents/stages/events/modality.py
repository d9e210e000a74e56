"""Modality of an event: asserted, negated, hypothetical, future, threatened, claimed, denied.

Two walks up the tree from the trigger:
- the *realis* walk follows only the links through which a verb's meaning reaches its
  complement (xcomp, a noun object, a prepositional object, a to-infinitive on a noun): negation
  ("has not asked"), modal auxiliaries ("could send", "will send"), conditionals ("if …"),
  negative verbs ("ruled out putting troops"), threats ("threatened to march"), intentions
  ("plans to send") and requests ("urged X to withdraw");
- the *epistemic* walk (attribution.py) goes up to the sentence root and finds who reports or
  denies the event.
When several cues apply the strongest wins, in the order of STRENGTH: an event is never
reported as asserted when any cue says it did not (or may not) happen.
"""
from __future__ import annotations

from ...parse import Tok
from ...resources.lexicon import EventLexicon
from .syntax import Tree, lemma, verb_key

STRENGTH = ("denied", "negated", "hypothetical", "threatened", "future", "claimed", "asserted")
REALIS_LINKS = frozenset({"xcomp", "dobj", "pobj", "prep", "pcomp", "attr", "oprd", "acomp",
                          "nsubjpass"})


TIME_PREPS = frozenset({"after", "before", "since", "during", "despite", "following", "amid",
                        "until", "throughout", "like", "as"})


def strongest(flags: set[str]) -> str:
    if "ultimatum" in flags and "future" in flags:  # "will withdraw unless …"
        flags = flags | {"threatened"}
    return next((m for m in STRENGTH if m in flags), "asserted")


def realis_flags(parse: Tree, tok: Tok, lexicon: EventLexicon, *, violent: bool) -> set[str]:
    """Cues on the trigger itself and on the verbs whose complement it is."""
    flags = own_flags(parse, tok, lexicon)
    cur = tok
    for _ in range(8):
        if cur.head == cur.i:
            break
        head = parse.tokens[cur.head]
        link = link_flags(parse, cur, head, lexicon, violent=violent)
        if link is None:
            break
        flags |= link
        if cur.dep not in REALIS_LINKS:
            break
        flags |= own_flags(parse, head, lexicon)
        cur = head
    return flags


def own_flags(parse: Tree, tok: Tok, lexicon: EventLexicon) -> set[str]:
    flags: set[str] = set()
    for kid in parse.children(tok.i):
        word = lemma(kid)
        if kid.dep == "neg" or (kid.dep == "det" and word == "no"):
            flags.add("negated")
        elif kid.dep in ("aux", "auxpass") and word in lexicon.cue("hypothetical_aux"):
            flags.add("hypothetical")
        elif kid.dep == "aux" and (word in lexicon.cue("future_aux")
                                   or kid.text.lower() in lexicon.cue("future_aux")):
            flags.add("future")
        elif kid.dep == "mark" and word in lexicon.cue("conditional_marks"):
            flags.add("hypothetical")
        elif kid.dep == "advcl" and any(m.dep == "mark" and lemma(m) in lexicon.cue(
                "threat_marks") for m in parse.children(kid.i)):
            flags.add("ultimatum")
    if _going_to(parse, tok):
        flags.add("future")
    return flags


def _going_to(parse: Tree, tok: Tok) -> bool:
    head = parse.tokens[tok.head]
    return tok.dep == "xcomp" and lemma(head) == "go" and head.tag == "VBG"


def link_flags(parse: Tree, cur: Tok, head: Tok, lexicon: EventLexicon, *, violent: bool
               ) -> set[str] | None:
    """What the head verb or noun says about its dependent `cur`; None stops the realis walk."""
    key = verb_key(parse, head.i)
    word = lemma(head)
    if head.pos == "ADP":  # "concerned about the attack": a preposition says nothing
        return set() if cur.dep in REALIS_LINKS else None
    if cur.dep == "advcl":
        has_to = any(a.dep == "aux" and lemma(a) == "to" for a in parse.children(cur.i))
        # "vowed to fight" parsed as a purpose clause: the vow still decides
        cued = verb_flags(key, word, lexicon, violent=violent) if has_to else set()
        return cued or ({"future", "purpose"} if has_to else None)
    if cur.dep == "acl" and head.pos in ("NOUN", "PROPN"):
        has_to = any(a.dep == "aux" and lemma(a) == "to" for a in parse.children(cur.i))
        if has_to and word in lexicon.cue("hypothetical_nouns"):
            return {"hypothetical"}
        return {"hypothetical"} if has_to else None
    if cur.dep not in REALIS_LINKS:
        return None
    if cur.dep == "prep" and lemma(cur) in TIME_PREPS:
        return None
    return verb_flags(key, word, lexicon, violent=violent)


def verb_flags(key: str, word: str, lexicon: EventLexicon, *, violent: bool) -> set[str]:
    if key in lexicon.cue("negative_verbs") or word in lexicon.cue("negative_verbs"):
        return {"negated"}
    if word in lexicon.cue("willingness"):
        return {"future", "willing"}
    if word in lexicon.cue("threat_verbs"):
        return {"threatened"}
    if word in lexicon.cue("threat_if_violent") and violent:
        return {"threatened"}
    if word in lexicon.cue("future_verbs"):
        return {"future"}
    if word in lexicon.cue("request_verbs"):
        return {"hypothetical"}
    return set()


def threatened_code(cameo: str, plover: str, mode: str | None) -> tuple[str, str | None]:
    """The THREATEN code for a threatened event (CAMEO 13x by what is threatened)."""
    if cameo.startswith("192") or cameo == "1382":
        return "1382", None
    if plover in ("ASSAULT", "MOBILIZE"):
        return "138", None
    if plover == "SANCTION":
        return ("1313" if cameo.startswith("161") else "1312"), None
    if plover == "COERCE":
        return "130", {"173": "arrest", "174": "expel"}.get(cameo[:3], "restrict")
    return "130", None


HOSTILE = frozenset({"ASSAULT", "COERCE", "PROTEST"})


def intent_code(cameo: str, plover: str) -> tuple[str, str | None]:
    """PLOVER: announced future cooperation and aid are AGREE, a future retreat is CONCEDE;
    CAMEO: an announced hostile act ("said they would blockade the capital") is a threat."""
    if plover in HOSTILE:
        return threatened_code(cameo, plover, None)[0], "THREATEN"
    if plover == "SUPPORT":
        return "032", "AGREE"
    if plover == "CONCEDE":
        return "035", "AGREE"
    if plover == "AID":
        return ("0332" if cameo.startswith("072") else "033"), "AGREE"
    if plover == "COOPERATE":
        return "031", "AGREE"
    if plover == "CONSULT":
        return "036", "AGREE"
    if plover == "RETREAT":
        return cameo, "CONCEDE"
    return cameo, None


