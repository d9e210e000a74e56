"""Does a denial or a doubt answer an earlier claim, and which of that claim's events?

Each claim is reduced to a gist: its topics (the families of its content words and of its
event triggers: "shelled" ~ "shelling", "involved" ~ "sent troops"), its events, its side (who
acts in it: the subject of its main clause, "we"/"our forces" standing for the claimant, and the
sources of its events) and its places. A denial answers the earlier assertion whose gist it
shares most: shared topics first, at least one of them a kind of event or the same event code
(an explicit "denied the reports that …" needs one topic, a bare negation "we are not
involved" needs two, or one when the sides match), never one whose side
clashes with it ("the United States has not sent troops" does not answer "Iran sent troops";
a rebel commander's "our forces did not shell" does not answer the army's account), plus a
point for a shared place. Names are sides or places, never topics. A bare denial ("rejected the
army's account", "that is not true") answers the latest claim of the one it names, or else the
latest claim about the denier itself.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..lookup import SpanIndex
from ..model import Actor, Event, Span
from ..parse import Parse, Tok
from .claim_words import ClaimWords

KEY_POS = frozenset({"NOUN", "VERB", "ADJ"})
FIRST_PERSON = frozenset({"we", "i", "us", "our", "my", "me", "ours"})
OWN_PRONOUNS = frozenset({"its", "their"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
SUBCLAUSE_DEPS = frozenset({"relcl", "advcl", "conj", "parataxis", "acl", "cc"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """What the gists of one article are read against (built once per article)."""

    actors: SpanIndex
    places: SpanIndex
    events: tuple[Event, ...]
    actor_of: Mapping[str, Actor]
    words: ClaimWords


@dataclass(frozen=True, slots=True, kw_only=True)
class Gist:
    topics: frozenset[str]
    events: tuple[tuple[Event, str], ...]  # each event inside, with its trigger's family
    side: frozenset[str]  # actor ids
    places: frozenset[str]
    owners: frozenset[str]  # whose account a bare denial names: "the army's account"


@dataclass(frozen=True, slots=True)
class Match:
    score: int
    event: str | None  # the answered claim's event the denial is about


def gist(parse: Parse, span: Span, *, ctx: Context, claimant: str | None,
         core: bool = False) -> Gist:
    """`core`: read only the main clause (a denial denies its main clause, not the relative or
    adverbial clauses hanging on it: "there was no resistance, except where a rebel fired")."""
    toks = core_tokens(parse, span) if core else parse.tokens_in(span)
    starts = {t.idx for t in toks}
    events = tuple((e, ctx.words.family(_trigger_lemma(parse, e))) for e in ctx.events
                   if span.contains(e.trigger) and e.trigger.start in starts)
    topics = {ctx.words.family(t.lemma.lower()) for t in toks if _topical(t, ctx)}
    topics |= {family for _, family in events}
    side = agent_side(parse, span, ctx=ctx, claimant=claimant)
    side |= {a for e, _ in events for a in e.source_actors}
    places = {p for t in toks for p in ctx.places.all_at(t.span)}
    places |= {e.place for e, _ in events if e.place}
    owners = {a for t in toks if t.dep == "poss" for a in ctx.actors.all_at(t.span)}
    return Gist(topics=frozenset(topics), events=events, side=frozenset(side),
                places=frozenset(places), owners=frozenset(owners))


def core_tokens(parse: Parse, span: Span) -> tuple[Tok, ...]:
    """The span's words outside the subordinate and coordinate clauses under its head."""
    toks = parse.tokens_in(span)
    inside = {t.i for t in toks}
    return tuple(t for t in toks if _in_core(parse, t, inside))


def _in_core(parse: Parse, tok: Tok, inside: set[int]) -> bool:
    for _ in range(len(inside)):
        if tok.head == tok.i or tok.head not in inside:
            return True  # reached the top of the span
        if tok.dep in SUBCLAUSE_DEPS:
            return False
        tok = parse.tokens[tok.head]
    return True


def agent_side(parse: Parse, span: Span, *, ctx: Context, claimant: str | None
               ) -> set[str]:
    """Who acts in the span's main clause: 'we'/'our forces' (and, pointing back, 'its
    troops') stand for the claimant; else the actors named in the subject."""
    agent = main_subject(parse, span)
    if agent is None:
        return set()
    words = parse.tokens[agent.left:agent.right + 1]
    own = {claimant} if claimant else set()
    if any(t.text.lower() in FIRST_PERSON for t in words):
        return own
    named = {a for t in words for a in ctx.actors.all_at(t.span)}
    if not named and any(t.text.lower() in OWN_PRONOUNS and t.dep == "poss" for t in words):
        return own
    return named


def main_subject(parse: Parse, span: Span) -> Tok | None:
    """The subject of the clause heading the span ('there are no troops': the troops)."""
    head = next((t for t in parse.tokens_in(span)
                 if t.head == t.i or not span.contains(parse.head(t.i).span)), None)
    if head is None:
        return None
    kids = parse.children(head.i)
    subject = next((c for c in kids if c.dep in SUBJECT_DEPS), None)
    if subject is None and any(c.dep == "expl" for c in kids):
        subject = next((c for c in kids if c.dep == "attr"), None)
    return subject


def relatedness(denial: Gist, claim: Gist, *, ctx: Context, anaphoric: bool) -> Match | None:
    """How closely a denial (or doubt) answers an earlier claim; None when it does not."""
    shared = denial.topics & claim.topics
    codes = {e.cameo_code for e, _ in denial.events}
    same_code = [e for e, _ in claim.events if e.cameo_code in codes]
    if not same_code and not shared & ctx.words.kinds:
        return None  # nothing happens in both: sharing 'border' or 'town' is not enough
    about = same_code or [e for e, family in claim.events if family in denial.topics]
    topic = len(shared) + (1 if same_code else 0)
    sources = frozenset(a for e in about for a in e.source_actors) or claim.side
    sides = side_relation(denial.side, sources, ctx=ctx)
    if sides < 0 or topic < (1 if anaphoric or sides > 0 else 2):
        return None
    place = 1 if denial.places & claim.places else 0
    return Match(topic + 2 * sides + place, about[0].id if about else None)


def bare_match(denial: Gist, claim: Gist, *, claimant: str | None, holder: str | None,
               ctx: Context) -> Match | None:
    """A bare denial answers a claim of the one it names ('the army's account'), else a claim
    about the denier itself ('Iran denied the reports')."""
    if denial.owners:
        return Match(1, None) if holder in denial.owners else None
    denier = frozenset({claimant}) if claimant else frozenset()
    if side_relation(denier, claim.side, ctx=ctx) > 0:
        return Match(1, None)
    return None


def side_relation(a: frozenset[str], b: frozenset[str], *, ctx: Context) -> int:
    """1: the same actor or side; -1: different sides; 0: cannot tell."""
    if not a or not b:
        return 0
    if a & b:
        return 1
    verdicts = [same_side(ctx.actor_of[x], ctx.actor_of[y], ctx.words)
                for x in a for y in b if x in ctx.actor_of and y in ctx.actor_of]
    if any(v is True for v in verdicts):
        return 1
    return -1 if verdicts and all(v is False for v in verdicts) else 0


def same_side(x: Actor, y: Actor, words: ClaimWords) -> bool | None:
    """One country and compatible sectors (the state's organs are one side; rebels are not
    the army); None without both countries."""
    if not x.country or not y.country:
        return None
    if x.country != y.country:
        return False
    if x.sector is None or y.sector is None or x.sector == y.sector:
        return True
    return words.has("state_sectors", x.sector) and words.has("state_sectors", y.sector)


def _topical(tok: Tok, ctx: Context) -> bool:
    """A content word that is not a name: names are sides (actors) or places."""
    lemma = tok.lemma.lower()
    if tok.pos not in KEY_POS or len(lemma) < 3 or not lemma.isalpha():
        return False
    if ctx.words.has("generic_words", lemma) or ctx.places.at(tok.span) is not None:
        return False
    return not any(ctx.actor_of[a].kind != "agent" for a in ctx.actors.all_at(tok.span)
                   if a in ctx.actor_of)


def _trigger_lemma(parse: Parse, event: Event) -> str:
    tok = parse.token_at(event.trigger.start)
    return tok.lemma.lower() if tok is not None else ""
