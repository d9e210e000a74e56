"""The indexes that keep long documents linear answer exactly what the scans they replaced did:
each is compared with the plain scan over generated inputs."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsevents.lookup import GrowingSpans
from newsevents.model import Span
from newsevents.parse import build_parse
from newsevents.stages.actors.candidates import Candidate, TitleCues
from newsevents.stages.actors.coref import Cluster, Context
from newsevents.stages.actors.pronouns import _inside
from newsevents.stages.events.acled import PhraseIndex, find
from newsevents.stages.events.syntax import Tree

SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=25).map(
    lambda pairs: [Span(a, a + n) for a, n in pairs])


@given(SPANS, st.integers(0, 60), st.integers(1, 10))
def test_growing_spans_find_every_overlap(spans: list[Span], at: int, size: int) -> None:
    index = GrowingSpans()
    for position, span in enumerate(spans):
        index.put(position, span)
    probe = Span(at, at + size)
    assert index.overlapping(probe) == [k for k, s in enumerate(spans) if s.overlaps(probe)]


def _disjoint(cuts: list[int]) -> list[tuple[int, int]]:
    points = sorted(set(cuts))
    return [(points[k], points[k + 1]) for k in range(0, len(points) - 1, 2)]


@given(st.lists(st.integers(0, 200), max_size=30), st.integers(0, 200))
def test_inside_sorted_ranges_equals_the_scan(cuts: list[int], at: int) -> None:
    ranges = _disjoint(cuts)
    assert _inside(ranges, at) == any(a < at < b for a, b in ranges)


WORDS = ("troops", "fired", "on", "the", "crowd", "air", "strike", "hit", "a", "market")
PHRASES = st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(tuple),
                   max_size=8)


@given(st.dictionaries(st.sampled_from(["attack", "protest", "weapon"]), PHRASES, max_size=3),
       st.lists(st.sampled_from(WORDS), min_size=1, max_size=12))
def test_phrase_index_finds_what_scanning_every_class_finds(
        classes: dict[str, list[tuple[str, ...]]], words: list[str]) -> None:
    table = {name: frozenset(phrases) for name, phrases in classes.items()}
    parse = build_parse(" ".join(words), pos=["NOUN"] * len(words))
    pairs = [(w, t) for w, t in zip(words, parse.tokens)]
    found = {(m.cls, m.start, m.end) for m in find(PhraseIndex.of(table), pairs, Tree(parse))}
    scan = {(name, i, i + len(p) - 1) for name, phrases in table.items() for p in phrases
            for i in range(len(words)) if tuple(words[i:i + len(p)]) == p}
    assert found == scan


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 4)), max_size=15),
       st.integers(0, 30), st.integers(0, 10))
def test_title_cues_between_equals_the_scan(spans: list[tuple[int, int]], start: int,
                                            width: int) -> None:
    found = [Candidate(start=a, end=a + n, kind="country",
                       targets=(f"target {k}",))  # type: ignore[arg-type]
             for k, (a, n) in enumerate(spans)]
    end = start + width
    expected = [c for c in sorted(found, key=lambda c: c.start)
                if start <= c.start and c.end <= end]
    assert TitleCues(found).between(start, end) == tuple(t for c in expected for t in c.targets)


def test_context_cues_by_sentence_and_quotes() -> None:
    parse = build_parse("Iraq said \" Iran sent troops \" . Syria and Turkey met .",
                        sent_starts=[0, 8])
    ctx = Context(parse=parse, dictionary=None, published=None,  # type: ignore[arg-type]
                  country_cues=[(0, "IRQ"), (3, "IRN"), (8, "SYR"), (10, "TUR")],
                  quoted=[(parse.tokens[2].idx, parse.tokens[6].idx)])
    assert ctx.cues_in(0) == [(0, "IRQ"), (3, "IRN")]
    assert ctx.cues_in(0, "unquoted") == [(0, "IRQ")]
    assert ctx.cues_in(1) == [(8, "SYR"), (10, "TUR")] and ctx.cues_in(5) == []
    assert ctx.cues_in(1, "place") == []
    ctx.place_cues = [(8, "SYR")]  # filled in later: indexed once it has cues
    assert ctx.cues_in(1, "place") == [(8, "SYR")]


def test_cluster_mentions_are_kept_once_and_the_latest_is_known() -> None:
    cluster = Cluster(key=("k",), kind="agent", name="the army")
    for start, end in [(5, 6), (2, 3), (5, 6), (9, 11)]:
        cluster.add(start, end)
    assert cluster.mentions == [(5, 6), (2, 3), (9, 11)] and cluster.last == 9
