"""Does a denial or a doubt answer an earlier claim? Key words and agents, compared loosely.

Two claims are about the same thing when their key words (nouns, verbs, names; a demonym
matches its country, "Iranian" ~ "Iran", by shared prefix; near-synonyms from the lexicon's
term groups count as one word: "troops" ~ "soldiers") overlap by two or more, or by one
when both name the same actor; and when their agents (the subjects of their main clauses) do
not clash: "the United States will not send troops" does not deny "Iran has sent troops".
A first-person agent ("we are not involved") stands for the claimant.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..lookup import SpanIndex
from ..model import Span
from ..parse import Parse, Tok

KEY_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
GENERIC = frozenset({
    "say", "tell", "be", "have", "do", "report", "official", "government", "people", "time",
    "day", "year", "week", "also", "far", "country", "make", "take", "give", "go", "come",
    "include", "add", "state", "senior", "recent", "other", "many", "new", "clear", "position",
    "deny", "dismiss", "reject", "notion", "claim", "idea", "suggestion", "allegation",
    "continue", "help", "get", "know", "think", "want", "need", "use", "way", "thing",
})
FIRST_PERSON = frozenset({"we", "i", "us", "our", "my"})
MIN_STEM = 4


@dataclass(frozen=True, slots=True)
class Gist:
    """What a claim is about: key word stems, the actors it names (and who holds it: a denial
    by Tehran is about Iran), and its agent."""

    terms: frozenset[str]
    actors: frozenset[str]
    agent_terms: frozenset[str]
    agent_actors: frozenset[str]


def gist(parse: Parse, span: Span, *, actors: SpanIndex, claimant: str | None,
         groups: Mapping[str, str]) -> Gist:
    toks = parse.tokens_in(span)
    terms = frozenset(groups.get(_stem(t), _stem(t)) for t in toks if _key(t))
    named = frozenset(a for t in toks if t.pos in ("PROPN", "NOUN", "ADJ", "PRON")
                      for a in actors.all_at(t.span)) | ({claimant} if claimant else set())
    agent = main_subject(parse, span)
    agent_terms: frozenset[str] = frozenset()
    agent_actors: frozenset[str] = frozenset()
    if agent is not None and agent.text.lower() in FIRST_PERSON:
        agent_actors = frozenset({claimant}) if claimant else frozenset()
    elif agent is not None:
        sub = parse.tokens[agent.left:agent.right + 1]
        agent_terms = frozenset(_stem(t) for t in sub if _named(t))
        agent_actors = frozenset(a for t in sub for a in actors.all_at(t.span))
    return Gist(terms, named, agent_terms, agent_actors)


def main_subject(parse: Parse, span: Span) -> Tok | None:
    """The subject of the clause heading the span (the first word whose head is outside)."""
    toks = parse.tokens_in(span)
    head = next((t for t in toks if not span.contains(parse.head(t.i).span) or t.head == t.i),
                None)
    if head is None:
        return None
    return next((c for c in parse.children(head.i) if c.dep in ("nsubj", "nsubjpass")), None)


def relatedness(a: Gist, b: Gist, *, countries: dict[str, str | None]) -> int:
    """0 when the claims are not about the same thing; else a score (higher is closer):
    shared key words, plus one when their agents are the same actor or country."""
    shared = _overlap(a.terms, b.terms)
    common_actor = bool(_countries(a.actors, countries) & _countries(b.actors, countries)) or \
        bool(a.actors & b.actors)
    if shared < 2 and not (shared >= 1 and common_actor):
        return 0
    agree = agents_agree(a, b, countries=countries)
    if agree is False:
        return 0
    return shared + (1 if agree else 0)


def agents_agree(a: Gist, b: Gist, *, countries: dict[str, str | None]) -> bool | None:
    """True: same agent; False: clashing named agents; None: cannot tell."""
    if a.agent_actors and b.agent_actors:
        ca, cb = _countries(a.agent_actors, countries), _countries(b.agent_actors, countries)
        if a.agent_actors & b.agent_actors or ca & cb:
            return True
        if ca and cb:
            return False
    if a.agent_terms and b.agent_terms:
        return _overlap(a.agent_terms, b.agent_terms) > 0
    return None


def _countries(actors: frozenset[str], countries: dict[str, str | None]) -> frozenset[str]:
    return frozenset(c for a in actors if (c := countries.get(a)))


def _named(tok: Tok) -> bool:
    """A word that names who acts: a proper name or a nationality ("Iran", "Iranian")."""
    return tok.pos == "PROPN" or tok.ent_type in ("NORP", "GPE", "ORG", "PERSON")


def _key(tok: Tok) -> bool:
    lemma = tok.lemma.lower()
    return tok.pos in KEY_POS and len(lemma) >= 3 and lemma not in GENERIC and lemma.isalpha()


def _stem(tok: Tok) -> str:
    return tok.lemma.lower()


def _overlap(a: frozenset[str], b: frozenset[str]) -> int:
    """Words shared, a word matching another it begins ('iran' ~ 'iranian')."""
    return sum(1 for x in a if any(_alike(x, y) for y in b))


def _alike(x: str, y: str) -> bool:
    if x == y:
        return True
    short, long_ = sorted((x, y), key=len)
    return len(short) >= MIN_STEM and long_.startswith(short)
