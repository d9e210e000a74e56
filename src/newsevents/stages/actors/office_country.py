"""The country of a person whose title names a state office but no country.

"Foreign Ministry spokeswoman Leila Hosseini told reporters ..." after sentences about Iran's
officials: the spokeswoman is Iran's. The country is that of the actor mentions just before the
person (the same sentence before the name, and the previous sentence), not counting places
("fighting in Iraq"); when those mentions name more than one country, nothing is recorded.
"""
from __future__ import annotations

from ...parse import Parse
from ...resources.actor_entries import INTERNATIONAL
from ...resources.names import name_words
from .coref import LOCATIVE, Cluster, Context, only_country
from .pronouns import mention_head

STATE_WORDS = frozenset({
    "ministry", "minister", "army", "military", "police", "government", "presidential",
    "president", "ambassador", "embassy", "navy", "intelligence", "parliament", "cabinet",
    "interior", "defence", "defense", "foreign", "envoy", "armed", "forces",
})
LEADER_WORDS = frozenset({"president", "premier", "king", "queen", "emir", "chancellor", "sultan",
                          "prime"})
TRAVEL = frozenset({"visit", "arrive", "travel", "fly", "land", "tour", "go", "come", "head",
                    "return", "leave", "meet", "reach"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def state_title_countries(ctx: Context) -> None:
    for cluster in ctx.persons():
        if cluster.country is None and cluster.mentions and _state_title(ctx.parse, cluster):
            first = min(s for s, _ in cluster.mentions)
            country = preceding_country(ctx, first, cluster)
            if country is None and _leader(ctx.parse, cluster) and not _travels(ctx.parse, cluster):
                country = only_country(ctx, first)
            if country is not None:
                cluster.country = country


def _state_title(parse: Parse, cluster: Cluster) -> bool:
    if cluster.sector not in STATE_SECTORS or cluster.sector in INTERNATIONAL:
        return False
    start, end = min(cluster.mentions)
    words = name_words(parse.text[parse.tokens[start].idx:parse.tokens[end - 1].end])
    return bool(set(words[:len(words) - len(cluster.words)]) & STATE_WORDS)


def _leader(parse: Parse, cluster: Cluster) -> bool:
    """A head of state or government ("President Mugabe"): the country named in the sentence
    is usually theirs ("Opposition groups in Zimbabwe demand that President Mugabe ...")."""
    return any(set(t) & LEADER_WORDS for t in cluster.titles)


def _travels(parse: Parse, cluster: Cluster) -> bool:
    """ "President X visited France": the named country is where the leader goes, not theirs."""
    start, end = min(cluster.mentions)
    head = parse.tokens[mention_head(parse, start, end)]
    return head.dep in {"nsubj", "nsubjpass"} and parse.tokens[head.head].lemma.lower() in TRAVEL


def preceding_country(ctx: Context, at: int, skip: Cluster) -> str | None:
    """The one country of the actor mentions before `at` in its paragraph and in the sentence
    before that paragraph; None when there is none or more than one."""
    parse = ctx.parse
    first = _window_start(parse, at)
    found = {country for start, country in ctx.country_cues
             if start < at and parse.tokens[start].sent >= first}
    for cluster in ctx.clusters.values():
        if cluster is skip or cluster.country is None or cluster.country in INTERNATIONAL:
            continue
        for start, end in cluster.mentions:
            if start < at and parse.tokens[start].sent >= first and not _place(parse, end):
                found.add(cluster.country)
    return found.pop() if len(found) == 1 else None


def _window_start(parse: Parse, at: int) -> int:
    """The sentence index just before the paragraph holding token `at`."""
    tok = parse.tokens[at]
    newline = parse.text.rfind("\n", 0, tok.idx)
    if newline < 0:
        return tok.sent - 1
    k = at
    while k > 0 and parse.tokens[k - 1].idx > newline:
        k -= 1
    return min(tok.sent, parse.tokens[k].sent) - 1


def _place(parse: Parse, end: int) -> bool:
    last = parse.tokens[end - 1]
    return last.dep == "pobj" and parse.tokens[last.head].text.lower() in LOCATIVE
