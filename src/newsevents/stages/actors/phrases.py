"""Unnamed actors in one parse: agent noun phrases and title references.

"Iraqi security forces" -> agent (COP) with the country cue "Iraqi"; "a senior security official
in Baghdad" -> agent (GOV) with the cue "Baghdad"; "The Iraqi Prime Minister" -> a title
reference resolved later to its holder. Pronouns are in pronouns.py.
"""
from __future__ import annotations

import bisect

from ...parse import Parse, Tok
from ...resources.dictionaries import ActorDictionary
from .candidates import Candidate, WordSeq

NOUN_POS = frozenset({"NOUN", "PROPN"})
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
PLACE_PREPS = frozenset({"in", "from", "of", "throughout", "across"})
SPEECH_VERBS = frozenset({
    "say", "tell", "add", "state", "announce", "claim", "deny", "insist", "warn", "explain",
    "note", "declare", "write", "argue", "confirm", "reply", "respond", "acknowledge", "admit",
    "suggest", "stress", "emphasize", "emphasise", "vow", "promise", "continue", "ask",
    "complain", "caution", "predict", "tweet", "urge", "conclude", "recall",
})
ARMED = frozenset({"MIL", "COP"})
HEAD_MODIFIERS = frozenset({"compound", "amod", "nmod"})
LEFT_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod",
                       "npadvmod", "advmod", "case", "punct", "predet"})


def agent_phrases(parse: Parse, seq: WordSeq, dictionary: ActorDictionary,
                  taken: set[int], cues: dict[int, Candidate]) -> list[Candidate]:
    """Noun-phrase heads that end in an agent term, with their cues and extent."""
    out = []
    ordered = sorted(cues.items())
    for k, word in enumerate(seq.words):
        tok = parse.tokens[seq.token_of[k]]
        last = k + 1 == len(seq.words) or seq.token_of[k + 1] != tok.i
        if not last or tok.i in taken or tok.pos not in NOUN_POS:
            continue
        n, term = dictionary.agent_ending_at(seq.words, k + 1)
        if term is None or tok.dep in HEAD_MODIFIERS \
                and not _modifies_thing(parse, seq, dictionary, tok):
            continue
        first_tok = seq.token_of[k - n + 1]
        if any(i in taken for i in range(first_tok, tok.i)):
            continue
        out.extend(_agents(parse, seq, dictionary, tok, first_tok, ordered))
    return out


def _modifies_thing(parse: Parse, seq: WordSeq, dictionary: ActorDictionary, tok: Tok) -> bool:
    """An agent noun compounded onto a noun that is not an agent: "army" in "Israeli army
    bulldozers", "police" in "a police station" (but not "army" in "army spokesman")."""
    head = parse.tokens[tok.head]
    if tok.dep != "compound" or head.i != tok.i + 1 or head.pos != "NOUN" or head.dep == "compound":
        return False
    k = seq.first_word[head.i]
    return k >= 0 and dictionary.agent_ending_at(seq.words, _last_word(seq, head.i) + 1)[1] is None


def _agents(parse: Parse, seq: WordSeq, dictionary: ActorDictionary, tok: Tok, first_tok: int,
            cues: list[tuple[int, Candidate]]) -> list[Candidate]:
    """The agent headed by `tok`, and the one before a coordinator the parser folded into its
    modifiers ("rally the army and recruit volunteer fighters": "the army" on its own)."""
    start = _skip_leading(parse, min(_left_edge(parse, tok.i), first_tok), tok.i)
    if tok.dep == "compound":  # "Israeli army bulldozers": "Israeli" modifies the whole phrase
        start = min([start] + [_left_edge(parse, k.i) for k in parse.children(tok.head)
                               if k.i < tok.i and k.dep in LEFT_DEPS])
    cut = next((k for k in range(start + 1, first_tok)
                if parse.tokens[k].text.lower() in {"and", "or"}), None)
    right = cut + 1 if cut is not None else start
    while cut is not None and right < first_tok and _verbal(parse.tokens[right]):
        right += 1
    left = _left_term_start(parse, seq, dictionary, cut) if cut is not None else None
    if cut is None or right == cut + 1 and (left is None or parse.tokens[cut - 1].pos != "NOUN"):
        right = start  # no split: "Hungarian and Romanian officials" stays one phrase
    out = [_agent(parse, seq, dictionary, tok, first_tok, cues, start=right)]
    if right != start and left is not None:
        out.append(_agent(parse, seq, dictionary, parse.tokens[cut - 1], max(left, start), cues,
                          start=start))
    return [c for c in out if c is not None]


def _left_term_start(parse: Parse, seq: WordSeq, dictionary: ActorDictionary,
                     cut: int) -> int | None:
    """Where the agent term ending just before the coordinator begins, if there is one."""
    if seq.first_word[cut - 1] < 0:
        return None
    last = _last_word(seq, cut - 1)
    n, term = dictionary.agent_ending_at(seq.words, last + 1)
    return seq.token_of[last - n + 1] if term is not None else None


def _verbal(tok: Tok) -> bool:
    return tok.pos in {"VERB", "AUX"} or tok.tag.startswith("VB")


def _agent(parse: Parse, seq: WordSeq, dictionary: ActorDictionary, tok: Tok, first_tok: int,
           cues: list[tuple[int, Candidate]], *, start: int) -> Candidate | None:
    _, term = dictionary.agent_ending_at(seq.words, _last_word(seq, tok.i) + 1)
    if term is None:
        return None
    start = _skip_leading(parse, min(start, first_tok), tok.i)
    end = _extend_right(parse, tok, cues) if tok.dep not in HEAD_MODIFIERS else tok.i + 1
    lo, hi = bisect.bisect_left(cues, (start, )), bisect.bisect_left(cues, (end, ))
    inner = [c for i, c in cues[lo:hi] if not first_tok <= i <= tok.i]
    inner.sort(key=lambda c: c.start < tok.i)  # the modifiers' country wins over "in X"
    modifier = _modifier_term(parse, seq, dictionary, start, first_tok)
    sector, generic, code, prefix = term.sector, term.generic, term.code, term.prefix
    if generic and modifier is not None and not (modifier.sector == "GOV" and sector in ARMED):
        sector, code, prefix, generic = modifier.sector, modifier.code, modifier.prefix, False
    if term.generic and modifier is None and not inner:
        if parse.tokens[start].text.lower() != "the" or is_plural(tok):
            return None  # "officials said": nobody in particular
        return Candidate(start=start, end=tok.i + 1, kind="recall", sector=sector,
                         title=(seq.words[_last_word(seq, tok.i)],))  # "the official"
    if _is_title_ref(parse, dictionary, seq, tok, first_tok, start):
        title = tuple(seq.words[seq.first_word[first_tok]:_last_word(seq, tok.i) + 1])
        return Candidate(start=start, end=tok.i + 1, kind="title", title=title,
                         title_start=first_tok, cue_targets=_targets(inner), sector="GOV")
    return Candidate(start=start, end=end, kind="agent", cue_targets=_targets(inner),
                     sector=sector, generic=generic, code=code, prefix=prefix,
                     title=(tuple(seq.words[seq.first_word[first_tok]:_last_word(seq, tok.i) + 1])))


def _left_edge(parse: Parse, i: int) -> int:
    """Leftmost token of the modifiers before token i (not of conjuncts or clauses)."""
    left = i
    for child in parse.children(i):
        if child.i < i and child.dep in LEFT_DEPS:
            left = min(left, _left_edge(parse, child.i))
    return left


def _targets(cands: list[Candidate]) -> tuple:  # type: ignore[type-arg]
    return tuple(t for c in cands for t in c.targets)


def _last_word(seq: WordSeq, i: int) -> int:
    k = seq.first_word[i]
    while k + 1 < len(seq.words) and seq.token_of[k + 1] == i:
        k += 1
    return k


def _skip_leading(parse: Parse, start: int, head: int) -> int:
    while start < head and parse.tokens[start].pos in {"PUNCT", "CCONJ", "ADP"}:
        start += 1
    return start


def _extend_right(parse: Parse, tok: Tok, cues: list[tuple[int, Candidate]]) -> int:
    """Include "in Baghdad" / "from Iran" when the object is a country or capital, and
    "from/of" an armed group ("militants from the Islamic State": its members)."""
    end = tok.i + 1
    for child in parse.children(tok.i):
        if child.i != end or child.dep != "prep" or child.text.lower() not in PLACE_PREPS:
            continue
        objects = [g for g in parse.children(child.i) if g.dep == "pobj"]
        if objects:
            lo = bisect.bisect_left(cues, (objects[0].left, ))
            cue = next((c for _, c in cues[lo:lo + 4] if c.end - 1 == objects[0].i
                        and c.kind in {"country", "capital"}
                        or _group_cue(c, objects[0].i, child.text.lower())), None)
            if cue is not None:
                end = max(objects[0].i, cue.end - 1) + 1
    return end


def _group_cue(cue: Candidate, obj: int, prep: str) -> bool:
    return prep in {"from", "of"} and cue.kind == "entry" and cue.start <= obj < cue.end \
        and any(t.entry is not None and t.entry.kind == "armed_group" for t in cue.targets)


def _modifier_term(parse: Parse, seq: WordSeq, dictionary: ActorDictionary, start: int, first_tok: int):  # type: ignore[no-untyped-def]
    """The most specific agent term among the modifiers before the head term."""
    best = None
    for i in range(start, first_tok):
        k = seq.first_word[i]
        if k < 0:
            continue
        _, term = dictionary.agent_ending_at(seq.words, _last_word(seq, i) + 1)
        if term is not None and not term.generic:
            best = term
    return best


def _is_title_ref(parse: Parse, dictionary: ActorDictionary, seq: WordSeq, tok: Tok,
                  first_tok: int, start: int) -> bool:
    """ "the President", "The Iraqi Prime Minister", "Iraq's president": one office holder."""
    if is_plural(tok):
        return False
    words = tuple(seq.words[seq.first_word[first_tok]:_last_word(seq, tok.i) + 1])
    if not any(words[a:] in dictionary.title_keys for a in range(len(words))):
        return False
    det = parse.tokens[start]
    return det.text.lower() == "the" or det.dep == "poss" or tok.text[:1].isupper()


def is_plural(tok: Tok) -> bool:
    """Plural noun: from the tag when the parser gave one, else from the lemma."""
    if tok.tag:
        return tok.tag in {"NNS", "NNPS"}
    return tok.text.lower() != tok.lemma.lower() and tok.text.lower().endswith("s")
