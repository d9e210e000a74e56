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
army's account", "that is not true") answers the latest claim of the one it names, else a claim
in its own or the previous sentence, else the latest claim about the denier itself.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ...model import Actor, Event, Span
from ...parse import Parse, Tok
from ...lookup import SpanPositions
from .rules import clause_head
from .words import ClaimWords

KEY_POS = frozenset({"NOUN", "VERB", "ADJ"})
FIRST_PERSON = frozenset({"we", "i", "us", "our", "my", "me", "ours"})
OWN_PRONOUNS = frozenset({"its", "their"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
NEARBY = 1  # a bare denial answers a claim in its own or the previous sentence
NOT_NAMING = frozenset({"relcl", "acl", "appos", "advcl", "punct", "cc"})
SUBCLAUSE_DEPS = frozenset({"relcl", "advcl", "conj", "parataxis", "acl", "cc"})


Near = list[tuple[int, int, str]]


class Mentions:
    """Sorted (start, end, id) mentions: those near a span found once, then looked up by word."""

    def __init__(self, items: Iterable[tuple[str, Span]]) -> None:
        self._items = sorted((span.start, span.end, ident) for ident, span in items)
        self._starts = [item[0] for item in self._items]
        self._longest = max((end - start for start, end, _ in self._items), default=0)

    def near(self, span: Span) -> Near:
        lo = bisect.bisect_left(self._starts, span.start - self._longest)
        hi = bisect.bisect_left(self._starts, span.end)
        return [item for item in self._items[lo:hi] if item[1] > span.start]


def ids_at(near: Near, tok: Tok) -> list[str]:
    end = tok.idx + len(tok.text)
    return [ident for start, stop, ident in near if start < end and tok.idx < stop]


def ids_by_token(near: Near, toks: Sequence[Tok]) -> dict[int, list[str]]:
    """`ids_at` of every token of `toks` (in text order) at once: token index → the ids of
    the mentions overlapping it, found from each mention's first token (a binary search)."""
    starts = [t.idx for t in toks]
    out: dict[int, list[str]] = {}
    for start, stop, ident in near:
        k = max(0, bisect.bisect_right(starts, start) - 1)
        while k < len(toks) and toks[k].idx < stop:
            if start < toks[k].idx + len(toks[k].text):
                out.setdefault(toks[k].i, []).append(ident)
            k += 1
    return out


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """What the gists of one article are read against (built once per article)."""

    actors: Mentions
    places: Mentions
    events: tuple[Event, ...]
    actor_of: Mapping[str, Actor]
    words: ClaimWords
    event_index: SpanPositions | None = None  # the events' triggers (built once per article)

    def events_within(self, span: Span) -> list[Event]:
        if self.event_index is None:
            return [e for e in self.events if span.contains(e.trigger)]
        return [self.events[k] for k in self.event_index.within(span)]


@dataclass(frozen=True, slots=True, kw_only=True)
class Gist:
    topics: frozenset[str]
    events: tuple[tuple[Event, str], ...]  # each event inside, with its trigger's family
    side: frozenset[str]  # actor ids
    places: frozenset[str]
    owners: frozenset[str]  # whose account a bare denial names: "the army's account"
    sentence: int = 0


@dataclass(frozen=True, slots=True)
class Match:
    score: int
    event: str | None  # the answered claim's event the denial is about


def gist(parse: Parse, span: Span, *, ctx: Context, claimant: str | None,
         core: bool = False) -> Gist:
    """What the claim in `span` is about. `core`: read only its main clause (a denial denies
    that, not the clauses hanging on it: "there was no resistance where a rebel fired")."""
    toks = core_tokens(parse, span) if core else parse.tokens_in(span)
    actors, place_names = ctx.actors.near(span), ctx.places.near(span)
    starts = {t.idx for t in toks}
    events = tuple((e, ctx.words.family(_trigger_lemma(parse, e)))
                   for e in ctx.events_within(span) if e.trigger.start in starts)
    on_actor, on_place = ids_by_token(actors, toks), ids_by_token(place_names, toks)
    topics = {ctx.words.family(t.lemma.lower()) for t in toks
              if _topical(t, ctx, actors=on_actor.get(t.i, ()), places=on_place.get(t.i, ()))}
    topics |= {family for _, family in events}
    side = agent_side(parse, span, near=actors, claimant=claimant)
    side |= {a for e, _ in events for a in e.source_actors}
    places = {p for ids in on_place.values() for p in ids}
    places |= {e.place for e, _ in events if e.place}
    owners = {a for t in toks if t.dep == "poss" for a in on_actor.get(t.i, ())}
    return Gist(topics=frozenset(topics), events=events, side=frozenset(side),
                places=frozenset(places), owners=frozenset(owners),
                sentence=parse.sentence_of(span.start))


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


def agent_side(parse: Parse, span: Span, *, near: Near, claimant: str | None) -> set[str]:
    """Who acts in the span's main clause: 'we'/'our forces' (and, pointing back, 'its
    troops') stand for the claimant; else the actors named in the subject."""
    agent = main_subject(parse, span)
    if agent is None:
        return set()
    words = naming_words(parse, agent)
    own = {claimant} if claimant else set()
    if any(t.text.lower() in FIRST_PERSON for t in words):
        return own
    named = {a for t in words for a in ids_at(near, t)}
    if not named and any(t.text.lower() in OWN_PRONOUNS and t.dep == "poss" for t in words):
        return own
    return named


def naming_words(parse: Parse, head: Tok) -> list[Tok]:
    """The words of a subject that say who it is: its head, modifiers, 'of' phrases and
    conjuncts ('Iranian forces', 'some of its troops', 'Iran and Syria'), not the places and
    things in its other phrases ('a U.S. strike near the Syrian city')."""
    out, todo = [], [head]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo.extend(c for c in parse.children(tok.i) if c.dep not in NOT_NAMING
                    and not (c.dep == "prep" and c.text.lower() != "of"))
    return out


def main_subject(parse: Parse, span: Span) -> Tok | None:
    """The subject of the clause heading the span ('there are no troops': the troops)."""
    head = clause_head(parse, span)
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
    """A bare denial answers a claim of the one it names ('the army's account'), else the
    claim just before it, else a claim about the denier itself ('Iran denied the reports')."""
    if denial.owners:
        return Match(1, None) if holder in denial.owners else None
    if 0 <= denial.sentence - claim.sentence <= NEARBY:
        return Match(2, None)
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


def _topical(tok: Tok, ctx: Context, *, actors: Sequence[str], places: Sequence[str]) -> bool:
    """A content word that is not a name (`actors`, `places`: the ids of the mentions on it):
    names are sides (actors) or places."""
    lemma = tok.lemma.lower()
    if tok.pos not in KEY_POS or len(lemma) < 3 or not lemma.isalpha():
        return False
    if ctx.words.has("generic_words", lemma) or places:
        return False
    return not any(ctx.actor_of[a].kind != "agent" for a in actors if a in ctx.actor_of)


def _trigger_lemma(parse: Parse, event: Event) -> str:
    tok = parse.token_at(event.trigger.start)
    return tok.lemma.lower() if tok is not None else ""
