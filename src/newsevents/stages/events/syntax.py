"""Small dependency-tree helpers shared by the event modules (spaCy English label set)."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from ...lookup import SpanIndex
from ...model import Span
from ...parse import Parse, Tok

class Tree:
    """A Parse as the event rules read it (its children lists are built once, with the Parse)."""

    __slots__ = ("parse", "text", "tokens", "sents", "ents", "children")

    def __init__(self, parse: Parse) -> None:
        self.parse, self.text, self.tokens = parse, parse.text, parse.tokens
        self.sents, self.ents = parse.sents, parse.ents
        self.children: Callable[[int], tuple[Tok, ...]] = parse.children  # heads: token i

    def ancestors(self, i: int) -> list[Tok]:
        return self.parse.ancestors(i)

    def span_of(self, start: int, end: int) -> Span:
        return self.parse.span_of(start, end)

    def sent_span(self, index: int) -> Span:
        return self.parse.sent_span(index)

    def sent_tokens(self, index: int) -> tuple[Tok, ...]:
        return self.parse.sent_tokens(index)


SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJECTS = frozenset({"dobj", "obj", "attr", "oprd"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})
CUT_DEPS = frozenset({"conj", "cc", "relcl", "punct", "acl", "advcl", "prep"})


def lemma(tok: Tok) -> str:
    return tok.lemma.lower()


def kids(parse: Tree, i: int, *deps: str) -> list[Tok]:
    return [k for k in parse.children(i) if k.dep in deps]


def particle(parse: Tree, i: int) -> str | None:
    for kid in parse.children(i):
        if kid.dep == "prt":
            return lemma(kid)
    return None


def has_particle(parse: Tree, i: int, word: str) -> bool:
    return any(lemma(k) == word and k.dep in PARTICLE_DEPS and k.i > i
               for k in parse.children(i))


def verb_key(parse: Tree, i: int) -> str:
    """The lemma, joined with its particle: "rule_out", "pull_out"."""
    prt = particle(parse, i)
    return f"{lemma(parse.tokens[i])}_{prt}" if prt else lemma(parse.tokens[i])


def is_passive(parse: Tree, i: int) -> bool:
    return any(k.dep in ("nsubjpass", "auxpass") for k in parse.children(i))


def pobj(parse: Tree, prep: Tok) -> Tok | None:
    for kid in parse.children(prep.i):
        if kid.dep in ("pobj", "pcomp"):
            return kid
        if kid.dep == "prep":  # "according to X", "out of X"
            inner = pobj(parse, kid)
            if inner is not None:
                return inner
    return None


def prep_objects(parse: Tree, i: int, words: Iterable[str] | None = None) -> list[tuple[str, Tok]]:
    """(preposition, its object) for the prepositional children of token i."""
    wanted = set(words) if words is not None else None
    out = []
    for kid in parse.children(i):
        if kid.dep in ("prep", "agent", "dative") and (wanted is None or lemma(kid) in wanted):
            obj = pobj(parse, kid)
            if obj is not None:
                out.append((lemma(kid), obj))
    return out


def conjuncts(parse: Tree, tok: Tok) -> list[Tok]:
    """tok and the tokens conjoined to it ("A and B" → [A, B])."""
    out, todo = [], [tok]
    while todo:
        cur = todo.pop(0)
        out.append(cur)
        todo.extend(k for k in parse.children(cur.i) if k.dep == "conj")
    return out


def np_span(parse: Tree, tok: Tok) -> Span:
    """The phrase a head stands for: its subtree without conjuncts, clauses and edge punctuation."""
    cut = [k for k in parse.children(tok.i) if k.dep in ("conj", "cc", "relcl", "acl", "advcl")]
    right = min((k.left for k in cut if k.i > tok.i), default=tok.right + 1) - 1
    left = tok.left
    tokens = parse.tokens
    while left < tok.i and tokens[left].dep in ("punct", "cc", "case"):
        left += 1
    while right > tok.i and (tokens[right].dep in ("punct", "cc") or tokens[right].pos == "SPACE"):
        right -= 1
    return parse.span_of(left, max(right, tok.i) + 1)


ORDER = {"appos": 0, "compound": 1, "poss": 2, "pobj": 3, "prep": 4}


def lookup(index: SpanIndex, parse: Tree, tok: Tok, *, limit: int = 12) -> str | None:
    """The id a head stands for: the head, then the nearest words of its phrase (appositions and
    compounds first, never conjuncts or relative clauses)."""
    todo, seen = [tok], 0
    while todo and seen < limit:
        cur = todo.pop(0)
        seen += 1
        found = index.at(cur.span)
        if found is not None:
            return found
        nxt = [k for k in parse.children(cur.i)
               if k.dep not in ("conj", "cc", "relcl", "acl", "advcl", "punct", "det")]
        todo.extend(sorted(nxt, key=lambda k: (ORDER.get(k.dep, 5), k.i)))
    return None


def subject_of(parse: Tree, i: int, *, depth: int = 0) -> Tok | None:
    """The subject of verb i: its own nsubj, the antecedent of a relative pronoun, the controller
    of an xcomp/advcl/conj verb, or for "X's decision / the ability of X / pressure for X to act"
    the noun's possessor or its "for"/"of" object."""
    tok = parse.tokens[i]
    for kid in parse.children(i):
        if kid.dep in ("nsubj", "csubj"):
            return _resolve_subject(parse, tok, _contraction_subject(parse, kid))
    if depth > 4 or tok.head == i:
        return None
    head = parse.tokens[tok.head]
    if tok.dep == "pcomp" and head.dep == "prep" and lemma(head) in ("for", "of"):
        controller = [k for k in parse.children(head.head) if k.dep == "dobj"]
        if controller:  # "blamed Obama for creating …", "accused X of doing …"
            return controller[0]
    if tok.dep == "pcomp" and head.dep == "prep" and head.head != head.i:
        return subject_of(parse, head.head, depth=depth + 1)
    if tok.dep in ("xcomp", "advcl", "conj", "acomp"):  # acomp: "is about / ready to act"
        return subject_of(parse, tok.head, depth=depth + 1)
    if tok.dep == "relcl":
        return head
    if tok.dep == "acl" and head.pos in ("NOUN", "PROPN") and has_to(parse, i):
        return noun_agent(parse, head)
    if tok.dep == "acl" and tok.tag != "VBN":
        return head
    return None


CONTRACTIONS = frozenset({"’ve", "'ve", "’d", "'d", "’s", "'s", "’re", "'re", "’ll", "'ll"})


def _contraction_subject(parse: Tree, kid: Tok) -> Tok:
    """"militants who’ve seized": the parser sometimes makes the clitic the subject."""
    if kid.text.lower() in CONTRACTIONS:
        inner = [k for k in parse.children(kid.i) if k.dep == "nsubj"]
        if inner:
            return inner[0]
    return kid


def _resolve_subject(parse: Tree, verb: Tok, subj: Tok) -> Tok:
    """A relative pronoun stands for its antecedent (the noun the clause hangs on)."""
    if lemma(subj) not in RELATIVE_PRONOUNS:
        return subj
    if verb.dep == "relcl":
        return parse.tokens[verb.head]
    before = parse.tokens[subj.i - 1] if subj.i > 0 else None
    return before if before is not None and before.pos in ("NOUN", "PROPN") else subj


def has_to(parse: Tree, i: int) -> bool:
    return any(k.dep == "aux" and lemma(k) == "to" for k in parse.children(i))


def noun_agent(parse: Tree, noun: Tok) -> Tok | None:
    for kid in parse.children(noun.i):
        if kid.dep == "poss":
            return kid
    for kid in parse.children(noun.i):
        if kid.dep == "prep" and lemma(kid) in ("for", "of"):
            obj = pobj(parse, kid)
            if obj is not None:
                return obj
    return None


def is_bare_participle(parse: Tree, tok: Tok) -> bool:
    """"if requested", "forces deployed in …": a past participle with no auxiliary or subject."""
    return tok.tag == "VBN" and tok.dep in ("advcl", "acl") and not any(
        k.dep in ("aux", "auxpass", "nsubj", "nsubjpass") for k in parse.children(tok.i))


def governing_verb(parse: Tree, i: int) -> Tok | None:
    """The nearest verb above a noun ("launched" for "launched an offensive")."""
    for anc in parse.ancestors(i):
        if anc.pos in ("VERB", "AUX"):
            return anc
    return None


def clause_tokens(parse: Tree, i: int) -> list[Tok]:
    """Tokens of i's clause: its subtree without subject/agent and embedded reported clauses."""
    out, todo = [], [parse.tokens[i]]
    while todo:
        cur = todo.pop()
        out.append(cur)
        todo.extend(k for k in parse.children(cur.i)
                    if k.dep not in ("nsubj", "nsubjpass", "csubj", "agent", "ccomp", "parataxis",
                                     "relcl", "conj"))
    return sorted(out, key=lambda t: t.i)
