"""Pronoun coreference: subject pronouns of any verb and possessives, resolved to an actor.

- he/she/his/her -> a person (or a singular unnamed person: "a senior official") of compatible
  gender; they/their -> a group: a plural agent, an armed group, an organisation; it/its -> a
  country, a government, an organisation or a collective agent ("the army").
- Bound first: the subject of the clause that governs the pronoun ("ISIS fighters executed
  soldiers during their takeover", "In his address, Rouhani said ..."), walking up the verbs.
- Else the nearest preceding compatible subject within a few sentences, unless another
  compatible actor of a different entity is mentioned between them (ambiguous: left alone).
- A speech-verb subject ("he said") with no subject antecedent keeps the older rule: the most
  recent person of compatible gender.
- Pronouns inside direct quotes are left alone (they belong to the speaker's frame).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ...parse import Parse, Tok
from .candidates import Candidate
from .phrases import SPEECH_VERBS, is_plural
from .coref import Cluster, Context

FEATURES = {"he": "m", "his": "m", "she": "f", "her": "f", "they": "pl", "their": "pl",
            "it": "it", "its": "it"}
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# "It is clear that ...", "it seems": expletive "it", never an actor.
EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "become", "happen", "matter", "take",
                             "remain", "look", "rain"})
# Singular agent heads that stand for a body, not a person ("the army" is "it", not "he").
COLLECTIVE = frozenset({
    "military", "army", "police", "government", "force", "administration", "regime",
    "authority", "navy", "militia", "media", "cabinet", "parliament", "ministry", "coalition",
    "guard", "group", "opposition", "junta", "service", "agency", "council", "court",
    "committee", "party", "movement", "network", "organization", "organisation", "press",
    "legislature", "unit", "brigade", "battalion", "corps", "command", "alliance", "leadership",
    "community", "public", "population", "team", "office", "department", "commission",
})
ORG_KINDS = frozenset({"organization", "armed_group", "media"})
WINDOW = 3
QUOTE_OR_BREAK = re.compile(r"[“”\"]|\n\s*\n")
OPENING, CLOSING = "“", "”"


@dataclass(frozen=True, slots=True)
class Antecedent:
    start: int
    head: int
    cluster: Cluster


def pronoun_candidates(parse: Parse, *, quoted: list[tuple[int, int]]) -> list[Candidate]:
    """Subject pronouns of any verb and possessive pronouns, outside direct quotes (`quoted`:
    character ranges). `title` is (feature, role): feature m/f/pl/it, role subj/poss/speech."""
    out = []
    for tok in parse.tokens:
        feature = FEATURES.get(tok.text.lower())
        role = _role(parse, tok) if feature is not None else None
        if role is None or _inside(quoted, tok.idx):
            continue
        if feature == "it" and role != "poss" and parse.head(tok.i).lemma.lower() in EXPLETIVE_HEADS:
            continue
        out.append(Candidate(start=tok.i, end=tok.i + 1, kind="pronoun", title=(feature, role)))
    return out


def _role(parse: Parse, tok: Tok) -> str | None:
    if tok.pos not in {"PRON", "DET"}:
        return None
    if tok.dep == "poss" and tok.text.lower() in {"his", "her", "their", "its"}:
        return "poss"
    if tok.dep in SUBJECT_DEPS and tok.text.lower() in {"he", "she", "they", "it"}:
        return "speech" if parse.head(tok.i).lemma.lower() in SPEECH_VERBS else "subj"
    return None


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside curly or straight double quotes; straight quotes pair within a
    paragraph, an unclosed curly quote runs to the end of its paragraph."""
    out: list[tuple[int, int]] = []
    opened: tuple[int, str] | None = None
    for match in QUOTE_OR_BREAK.finditer(text):
        char, at = match.group(), match.start()
        if char.startswith("\n"):
            if opened is not None and opened[1] == OPENING:
                out.append((opened[0], at))
            opened = None
        elif opened is None and char in {OPENING, '"'}:
            opened = (at, char)
        elif opened is not None and (char == CLOSING or char == '"' == opened[1]):
            out.append((opened[0], at))
            opened = None
    if opened is not None and opened[1] == OPENING:
        out.append((opened[0], len(text)))
    return out


def _inside(ranges: list[tuple[int, int]], at: int) -> bool:
    """Whether `at` lies inside one of the sorted, disjoint `ranges` (by bisection)."""
    k = bisect.bisect_left(ranges, (at, -1)) - 1
    return k >= 0 and ranges[k][0] < at < ranges[k][1]


def resolve_pronouns(ctx: Context, pronouns: list[Candidate]) -> None:
    """Resolve in text order, each resolved pronoun becoming a mention (and so a possible
    antecedent of the next one)."""
    mentions = _mentions(ctx)
    for cand in pronouns:
        cluster = resolve_pronoun(ctx, cand, mentions)
        if cluster is not None:
            cluster.add(cand.start, cand.end)
            mentions.setdefault(cand.start, Antecedent(start=cand.start, head=cand.start,
                                                       cluster=cluster))
            if cand.title[0] in {"m", "f"} and cluster.kind == "person":
                cluster.gender = cluster.gender or cand.title[0]


def resolve_pronoun(ctx: Context, cand: Candidate,
                    mentions: dict[int, Antecedent]) -> Cluster | None:
    feature, role = cand.title[0], cand.title[-1]
    bound = _bound(ctx, cand.start, feature, mentions)
    if bound is not None:
        return bound
    found = _preceding_subject(ctx, cand.start, feature, mentions)
    if found is not None:
        return found
    if role == "speech" and feature in {"m", "f"}:
        return _recent_person(ctx, cand.start, feature)
    return None


def _mentions(ctx: Context) -> dict[int, Antecedent]:
    """Every mention by its head token (the token whose head lies outside the mention)."""
    out: dict[int, Antecedent] = {}
    for cluster in ctx.clusters.values():
        for start, end in cluster.mentions:
            head = mention_head(ctx.parse, start, end)
            out.setdefault(head, Antecedent(start=start, head=head, cluster=cluster))
    return out


def mention_head(parse: Parse, start: int, end: int) -> int:
    for k in range(end - 1, start - 1, -1):
        head = parse.tokens[k].head
        if head == k or not start <= head < end:
            return k
    return end - 1


def compatible(parse: Parse, ante: Antecedent, feature: str) -> bool:
    cluster, head = ante.cluster, parse.tokens[ante.head]
    if head.text.lower() in FEATURES:  # an earlier resolved pronoun
        return FEATURES[head.text.lower()] == feature
    plural = is_plural(head) or head.lemma.lower() in {"people", "authorities"}
    if feature in {"m", "f"}:
        if cluster.kind == "person":
            return cluster.gender in (None, feature)
        return cluster.kind == "agent" and not plural and head.lemma.lower() not in COLLECTIVE
    if feature == "pl":
        return plural and cluster.kind != "person" or cluster.kind in ORG_KINDS
    return not plural and (cluster.kind in ORG_KINDS | {"country"} or cluster.kind == "agent"
                           and head.lemma.lower() in COLLECTIVE)


def _bound(ctx: Context, at: int, feature: str,
           mentions: dict[int, Antecedent]) -> Cluster | None:
    """The compatible subject of a verb governing the pronoun (its own clause first)."""
    parse = ctx.parse
    tok = parse.tokens[at]
    k, seen = tok.head, 0
    while seen < 12:
        verb = parse.tokens[k]
        if verb.pos in {"VERB", "AUX"}:
            for child in parse.children(k):
                ante = mentions.get(child.i)
                if child.dep in SUBJECT_DEPS and child.i != at and ante is not None \
                        and compatible(parse, ante, feature):
                    return ante.cluster
        if verb.head == k or verb.sent != tok.sent:
            return None
        k, seen = verb.head, seen + 1
    return None


def _preceding_subject(ctx: Context, at: int, feature: str,
                       mentions: dict[int, Antecedent]) -> Cluster | None:
    parse = ctx.parse
    sent = parse.tokens[at].sent
    first, last = parse.sents[max(0, sent - WINDOW)][0], parse.sents[sent][1]
    window = (mentions[h] for h in range(first, last) if h in mentions)  # heads near `at`
    earlier = sorted((a for a in window if a.start < at
                      and parse.tokens[a.head].sent >= sent - WINDOW
                      and compatible(parse, a, feature)), key=lambda a: -a.start)
    subject = next((a for a in earlier if parse.tokens[a.head].dep in SUBJECT_DEPS), None)
    if subject is None:
        return None
    between = [a for a in earlier if a.start > subject.start and a.cluster is not subject.cluster
               and _argument(parse.tokens[a.head])]
    return None if between else subject.cluster


def _argument(tok: Tok) -> bool:
    """A mention that could itself be the antecedent (not a modifier inside another phrase)."""
    return tok.dep not in {"compound", "amod", "nmod", "npadvmod"}


def _recent_person(ctx: Context, at: int, gender: str) -> Cluster | None:
    """The most recent person before the pronoun, of compatible gender (within the window)."""
    sent = ctx.parse.tokens[at].sent
    best: tuple[int, Cluster] | None = None
    for cluster in ctx.persons():
        if cluster.gender not in (None, gender):
            continue
        earlier = [s for s, _ in cluster.mentions
                   if s < at and ctx.parse.tokens[s].sent >= sent - WINDOW - 1]
        if earlier and (best is None or max(earlier) > best[0]):
            best = (max(earlier), cluster)
    return best[1] if best else None
