"""Stories: articles that report the same story, clustered by TF-IDF similarity of their words.

Near-duplicates (`dedup.py`) promise that wire copies count once; a story is looser: every
report of one happening (the first news, the follow-ups, other outlets' own write-ups). The
`stories` table is rebuilt in full at the merge step, deterministic and independent of the
order articles were ingested in:

1. Terms: the content words of each article (a letter, then 3+ letters or digits; lower-cased;
   a short stop list out). TF-IDF weights `(1 + ln tf) · (ln((1 + N) / (1 + df)) + 1)` with
   document frequencies over every stored article; each article keeps its `vector_terms`
   heaviest terms (ties: alphabetical), L2-normalised.
2. Candidates by blocking, never all pairs: each article's `key_terms` heaviest terms are its
   keys. A (term, week) with more than `max_postings` articles is too common to say anything
   and is no key. Each term's articles are ordered by (week, id), and each article meets the
   next `neighbours` articles of the list (sorted neighbourhood); a pair is a candidate when
   the two were published within `window_days` of each other (undated articles only meet
   undated ones). Each article keeps its `max_candidates` candidates sharing the most keys
   (ties: smallest id). The key join makes at most `key_terms · neighbours` rows per article and
   at most `max_candidates` similarities are computed per article: linear in the corpus (the
   join runs in DuckDB: `CANDIDATES_SQL`).
3. Cosine similarity of the candidates' vectors; the candidate graph's edges that reach
   `threshold` give connected components, and inside each component average-link clustering
   over the candidate edges (a pair never compared counts as 0) merges while the average
   similarity of two clusters reaches `threshold` (`link="single"` keeps the components).

Each article gets a row: its story (the id derives from the story's smallest article id), the
story's size, the article's mean similarity to the story's other articles (pairs never compared
count as 0; none for a story of one), and the story's top terms. Spark (`batch.spark_stories`) runs steps 1 and 3 through the functions here, so both
engines give the same rows.

Memory: the store holds every article's vector at once, so `story_rows` keeps them compactly
(`Vectors`: term numbers and weights in flat arrays over one vocabulary, a dozen bytes per
term, not a Python tuple per term), fetches the candidate pairs as arrays, and makes the
Python `Doc`s of one component at a time. The numbers are the Doc functions' own (`make_doc`,
`dot`: the same floats summed in the same order), which a test checks.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import math
import re
import tempfile
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import duckdb
import numpy as np
import pyarrow as pa

from ..errors import StoreError

LINKS = ("average", "single")
_TERM = re.compile(r"[A-Za-z][A-Za-z0-9]{3,}")
STOP = frozenset((
    "that", "this", "with", "from", "have", "were", "been", "said", "will", "would", "their",
    "there", "they", "them", "than", "then", "into", "about", "after", "also", "more", "most",
    "other", "over", "some", "such", "what", "when", "where", "which", "while", "whom", "your",
    "just", "only", "very", "could", "should", "being", "does", "each", "here", "these", "those",
    "since", "until", "upon", "told", "says", "according",
))

Vector = tuple[tuple[str, float], ...]
Edge = tuple[str, str, float]
Key = TypeVar("Key", str, int)


@dataclass(frozen=True, slots=True, kw_only=True)
class StorySettings:
    key_terms: int = 20
    vector_terms: int = 100
    max_postings: int = 100
    max_candidates: int = 50
    neighbours: int = 25
    window_days: int = 7
    threshold: float = 0.2
    link: str = "average"
    label_terms: int = 5
    memory_mb: int = 512  # DuckDB's memory for the candidate join; beyond it, it spills to disk

    def __post_init__(self) -> None:
        if self.link not in LINKS:
            raise StoreError(f"unknown story link {self.link!r}; choose from {', '.join(LINKS)}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Doc:
    """One article as stories need it: id, publication date, its weighted terms."""

    article_id: str
    published: dt.date | None
    vector: Vector
    keys: tuple[str, ...]


def term_counts(text: str) -> Counter[str]:
    words = (w.lower() for w in _TERM.findall(text))
    return Counter(w for w in words if w not in STOP)


def vectorize(counts: Mapping[str, int], df: Mapping[str, int], *, articles: int,
              settings: StorySettings) -> tuple[Vector, tuple[str, ...]]:
    """The article's normalised top-`vector_terms` TF-IDF vector (sorted by term) and its
    `key_terms` heaviest terms (ties: alphabetical)."""
    weights = sorted(((-(1 + math.log(tf)) * (math.log((1 + articles) / (1 + df[t])) + 1), t)
                      for t, tf in counts.items()))
    top = weights[:settings.vector_terms]
    norm = math.sqrt(sum(w * w for w, _ in top)) or 1.0
    vector = tuple(sorted((t, -w / norm) for w, t in top))
    return vector, tuple(t for _, t in top[:settings.key_terms])


def make_doc(article_id: str, published: dt.date | None, counts: Mapping[str, int],
             df: Mapping[str, int], *, articles: int, settings: StorySettings) -> Doc:
    vector, keys = vectorize(counts, df, articles=articles, settings=settings)
    return Doc(article_id=article_id, published=published, vector=vector, keys=keys)


def cosine(left: Vector, right: Vector) -> float:
    """Cosine of two normalised vectors sorted by term (rounded to 6 places)."""
    return dot(dict(left), dict(right))


def dot(left: Mapping[str, float], right: Mapping[str, float]) -> float:
    """The dot product over the shared terms in alphabetical order, rounded to 6 places."""
    return round(sum(left[t] * right[t] for t in sorted(left.keys() & right.keys())), 6)


UNDATED = -100  # the "week" of undated articles (real weeks are >= 0)


def week(published: dt.date | None, *, settings: StorySettings) -> int:
    return UNDATED if published is None else published.toordinal() // settings.window_days


@dataclass(frozen=True, slots=True, kw_only=True)
class Vectors:
    """Every article's vector and keys, held compactly (what `Doc`s hold, without a Python
    object per term: 100,000 articles' vectors as Python tuples took gigabytes). Articles are
    numbered in id order and terms in alphabetical order; article k's vector is
    `terms[bounds[k]:bounds[k + 1]]` (ascending, so alphabetical) with `weights` alongside,
    and its keys are `keys[key_bounds[k]:key_bounds[k + 1]]`, heaviest first."""

    ids: tuple[str, ...]
    published: tuple[dt.date | None, ...]
    vocabulary: tuple[str, ...]
    bounds: np.ndarray
    terms: np.ndarray
    weights: np.ndarray
    key_bounds: np.ndarray
    keys: np.ndarray

    @classmethod
    def of(cls, docs: Sequence[Doc]) -> Vectors:
        """The Docs (any order) held compactly."""
        docs = sorted(docs, key=lambda d: d.article_id)
        vocabulary = sorted({t for d in docs for t, _ in d.vector} | {
            t for d in docs for t in d.keys})
        number = {t: k for k, t in enumerate(vocabulary)}
        packer = _Packer()
        for doc in docs:
            packer.add(doc.vector, doc.keys, number)
        return packer.vectors(tuple(d.article_id for d in docs),
                              tuple(d.published for d in docs), tuple(vocabulary))

    def doc(self, k: int) -> Doc:
        """Article k's Doc (the same values: float64 holds a Python float exactly)."""
        lo, hi = self.bounds[k], self.bounds[k + 1]
        words = self.vocabulary
        return Doc(article_id=self.ids[k], published=self.published[k],
                   vector=tuple(zip([words[t] for t in self.terms[lo:hi].tolist()],
                                    self.weights[lo:hi].tolist())),
                   keys=tuple(words[t] for t in self.keys[
                       self.key_bounds[k]:self.key_bounds[k + 1]].tolist()))


class _Packer:
    """Appends vectors and keys to flat arrays (a few bytes per term)."""

    def __init__(self) -> None:
        self.terms, self.weights, self.keys = array("i"), array("d"), array("i")
        self.bounds, self.key_bounds = array("q", [0]), array("q", [0])

    def add(self, vector: Vector, keys: Sequence[str], number: Mapping[str, int]) -> None:
        self.terms.extend(number[t] for t, _ in vector)
        self.weights.extend(w for _, w in vector)
        self.keys.extend(number[t] for t in keys)
        self.bounds.append(len(self.terms))
        self.key_bounds.append(len(self.keys))

    def vectors(self, ids: tuple[str, ...], published: tuple[dt.date | None, ...],
                vocabulary: tuple[str, ...], *, rank: np.ndarray | None = None) -> Vectors:
        """The Vectors; `rank` renumbers the terms added (into alphabetical order)."""
        terms = np.frombuffer(self.terms, dtype=np.int32)
        keys = np.frombuffer(self.keys, dtype=np.int32)
        return Vectors(ids=ids, published=published, vocabulary=vocabulary,
                       bounds=np.frombuffer(self.bounds, dtype=np.int64),
                       terms=terms if rank is None else rank[terms],
                       weights=np.frombuffer(self.weights, dtype=np.float64),
                       key_bounds=np.frombuffer(self.key_bounds, dtype=np.int64),
                       keys=keys if rank is None else rank[keys])


def key_rows(vectors: Vectors, *, settings: StorySettings) -> pa.Table:
    """The blocking keys: (article, key term, week, published) rows (articles and terms by
    number, for fast joins)."""
    per_article = np.diff(vectors.key_bounds)
    article = np.repeat(np.arange(len(vectors.ids), dtype=np.int64), per_article)
    weeks = np.array([week(p, settings=settings) for p in vectors.published], dtype=np.int64)
    published = pa.array(vectors.published, type=pa.date32())
    return pa.table([article, vectors.keys.astype(np.int64), weeks[article],
                     published.take(pa.array(article))], schema=KEYS_SCHEMA)


KEYS_SCHEMA = pa.schema([("article", pa.int64()), ("term", pa.int64()), ("week", pa.int64()),
                         ("published", pa.date32())])
# Candidate pairs from the `story_keys` rows (`key_rows`): each key row meets the next
# $neighbours rows of its term's list in (week, article) order. Spark
# (`batch.spark_stories._edges`) runs the same steps as joins on article ids.
CANDIDATES_SQL = """
WITH lists AS (SELECT term, week, count(*) AS n FROM story_keys GROUP BY term, week),
ordered AS (
    SELECT k.term, k.week, k.article, k.published,
           row_number() OVER (PARTITION BY k.term ORDER BY k.week, k.article) AS pos
    FROM story_keys AS k JOIN lists AS l ON l.term = k.term AND l.week = k.week
    WHERE l.n <= $postings),
pairs AS (
    SELECT x.article AS a, y.article AS b, count(*) AS shared
    FROM ordered AS x CROSS JOIN range(1, $neighbours + 1) AS s(k)
    JOIN ordered AS y ON y.term = x.term AND y.pos = x.pos + s.k
    WHERE (x.published IS NULL AND y.published IS NULL)
       OR abs(datediff('day', x.published, y.published)) <= $window
    GROUP BY a, b),
sides AS (SELECT a AS id, b AS other, shared FROM pairs
          UNION ALL SELECT b AS id, a AS other, shared FROM pairs),
ranked AS (
    SELECT id, other,
           row_number() OVER (PARTITION BY id ORDER BY shared DESC, other) AS r
    FROM sides)
SELECT DISTINCT least(id, other) AS a, greatest(id, other) AS b FROM ranked
WHERE r <= $candidates ORDER BY a, b
"""


def candidate_pairs(docs: Sequence[Doc], *, settings: StorySettings) -> list[tuple[str, str]]:
    """(smaller id, larger id) candidate pairs, sorted (see the module docstring, step 2)."""
    vectors = Vectors.of(docs)
    first, second = candidate_numbers(vectors, settings=settings)
    return [(vectors.ids[a], vectors.ids[b]) for a, b in zip(first.tolist(), second.tolist())]


def candidate_numbers(vectors: Vectors, *, settings: StorySettings
                      ) -> tuple[np.ndarray, np.ndarray]:
    """The candidate pairs as two arrays of article numbers (a < b), sorted by (a, b). The
    join's memory is capped (`memory_mb`; DuckDB spills the rest to a temporary directory):
    unbounded, it took 2.5 GB for 100,000 articles."""
    with tempfile.TemporaryDirectory(prefix="newsevents-stories-") as spill:
        con = duckdb.connect(config={"memory_limit": f"{settings.memory_mb}MB",
                                     "temp_directory": spill})
        try:
            con.register("story_keys", key_rows(vectors, settings=settings))
            found = con.execute(CANDIDATES_SQL, {
                "postings": settings.max_postings, "window": settings.window_days,
                "candidates": settings.max_candidates,
                "neighbours": settings.neighbours}).fetchnumpy()
        finally:
            con.close()
    return (np.asarray(found["a"], dtype=np.int64), np.asarray(found["b"], dtype=np.int64))


def similarities(vectors: Vectors, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """`dot` of each pair's vectors (the same sum in the same order: the shared terms in
    alphabetical order), with one article's weights spread over the vocabulary at a time
    (pairs come sorted by their first article)."""
    spread = np.zeros(len(vectors.vocabulary))
    present = np.zeros(len(vectors.vocabulary), dtype=bool)
    out = array("d")
    bounds, terms, weights = vectors.bounds.tolist(), vectors.terms, vectors.weights
    current = -1
    for a, b in zip(first.tolist(), second.tolist()):
        if a != current:
            if current >= 0:
                present[terms[bounds[current]:bounds[current + 1]]] = False
            current = a
            spread[terms[bounds[a]:bounds[a + 1]]] = weights[bounds[a]:bounds[a + 1]]
            present[terms[bounds[a]:bounds[a + 1]]] = True
        own, theirs = terms[bounds[b]:bounds[b + 1]], weights[bounds[b]:bounds[b + 1]]
        shared = present[own]
        out.append(round(sum((spread[own[shared]] * theirs[shared]).tolist()), 6))
    return np.frombuffer(out, dtype=np.float64)


def components(ids: Iterable[Key], links: Iterable[tuple[Key, Key, float]], *,
               threshold: float) -> dict[Key, Key]:
    """article → the smallest article id (or number) of its component over edges reaching
    `threshold`."""
    parent = {i: i for i in ids}

    def root(x: Key) -> Key:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, sim in links:
        if sim >= threshold:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {i: root(i) for i in parent}


def average_link(ids: Sequence[str], links: Sequence[Edge], *, threshold: float
                 ) -> dict[str, str]:
    """article → its cluster's smallest id: average-link merging over the given edges while
    the best pair of clusters reaches `threshold` (ties: smallest ids first)."""
    sums: dict[str, dict[str, float]] = {i: {} for i in ids}
    for a, b, sim in sorted(links):
        sums[a][b] = sums[a].get(b, 0.0) + sim
        sums[b][a] = sums[b].get(a, 0.0) + sim
    size = dict.fromkeys(ids, 1)
    members = {i: [i] for i in ids}
    heap = [(-s, a, b) for a in sorted(sums) for b, s in sorted(sums[a].items()) if a < b]
    heapq.heapify(heap)
    while heap and -heap[0][0] >= threshold:
        neg, a, b = heapq.heappop(heap)
        if a in size and b in size and sums[a].get(b, 0.0) / (size[a] * size[b]) == -neg:
            _join(a, b, sums=sums, size=size, members=members, heap=heap)  # else: stale
    return {m: rep for rep, group in members.items() for m in group}


def _join(a: str, b: str, *, sums: dict[str, dict[str, float]], size: dict[str, int],
          members: dict[str, list[str]], heap: list[tuple[float, str, str]]) -> None:
    """Merge clusters a < b into a; push a's new averages with its neighbours."""
    for other, s in sums.pop(b).items():
        sums[other].pop(b, None)
        if other != a:
            sums[a][other] = sums[a].get(other, 0.0) + s
            sums[other][a] = sums[a][other]
    sums[a].pop(b, None)
    size[a] += size.pop(b)
    members[a].extend(members.pop(b))
    for other, s in sorted(sums[a].items()):
        pair = (a, other) if a < other else (other, a)
        heapq.heappush(heap, (-s / (size[a] * size[other]), *pair))


def story_id(first: str) -> str:
    return "s" + hashlib.sha1(first.encode()).hexdigest()[:15]


def cluster_component(docs: Sequence[Doc], links: Sequence[Edge], *,
                      settings: StorySettings) -> list[dict[str, Any]]:
    """The `stories` rows of one component (its articles and the candidate edges among them)."""
    docs = sorted(docs, key=lambda d: d.article_id)
    ids = [d.article_id for d in docs]
    links = sorted(links)
    if settings.link == "average":
        rep = average_link(ids, links, threshold=settings.threshold)
    else:
        rep = dict.fromkeys(ids, ids[0])
    groups: dict[str, list[Doc]] = defaultdict(list)
    for doc in docs:
        groups[rep[doc.article_id]].append(doc)
    sims: dict[str, float] = defaultdict(float)
    for a, b, sim in links:
        if rep[a] == rep[b]:
            sims[a] += sim
            sims[b] += sim
    return [row for first, group in sorted(groups.items())
            for row in _rows(first, group, sims, settings=settings)]


def _rows(first: str, group: Sequence[Doc], sims: Mapping[str, float], *,
          settings: StorySettings) -> list[dict[str, Any]]:
    total: dict[str, float] = defaultdict(float)
    for doc in group:
        for term, w in doc.vector:
            total[term] += w
    terms = [t for _, t in sorted((-round(w, 9), t) for t, w in total.items())]
    n = len(group)
    return [{"article_id": d.article_id, "story_id": story_id(first), "articles": n,
             "similarity": round(sims.get(d.article_id, 0.0) / (n - 1), 6) if n > 1 else None,
             "terms": terms[:settings.label_terms]} for d in group]


def vectors_of(articles: Iterable[tuple[str, dt.date | None, str]], *,
               settings: StorySettings) -> Vectors:
    """Every article's vector and keys (`make_doc`'s), held compactly. Texts are read once and
    not kept; the term counts wait for the document frequencies as flat arrays."""
    counts = _Counts()
    for aid, published, text in articles:
        counts.add(aid, published, term_counts(text))
    words = counts.words
    df = dict(zip(words, np.bincount(np.frombuffer(counts.terms, dtype=np.int32),
                                     minlength=len(words)).tolist()))
    packer = _Packer()
    order = sorted(range(len(counts.ids)), key=counts.ids.__getitem__)
    for k in order:
        vector, keys = vectorize(counts.of(k), df, articles=len(order), settings=settings)
        packer.add(vector, keys, counts.number)
    alphabetical = sorted(range(len(words)), key=words.__getitem__)
    rank = np.empty(len(words), dtype=np.int32)
    rank[alphabetical] = np.arange(len(words), dtype=np.int32)
    return packer.vectors(tuple(counts.ids[k] for k in order),
                          tuple(counts.published[k] for k in order),
                          tuple(words[k] for k in alphabetical), rank=rank)


class _Counts:
    """Term counts of many articles as flat arrays (terms numbered as first seen)."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.published: list[dt.date | None] = []
        self.number: dict[str, int] = {}
        self.words: list[str] = []
        self.terms, self.tfs, self.bounds = array("i"), array("i"), array("q", [0])

    def add(self, aid: str, published: dt.date | None, counts: Mapping[str, int]) -> None:
        for term in counts:
            if term not in self.number:
                self.number[term] = len(self.words)
                self.words.append(term)
        self.terms.extend(self.number[t] for t in counts)
        self.tfs.extend(counts.values())
        self.bounds.append(len(self.terms))
        self.ids.append(aid)
        self.published.append(published)

    def of(self, k: int) -> dict[str, int]:
        lo, hi = self.bounds[k], self.bounds[k + 1]
        return {self.words[t]: tf for t, tf in zip(self.terms[lo:hi], self.tfs[lo:hi])}


def story_rows(articles: Iterable[tuple[str, dt.date | None, str]], *,
               settings: StorySettings | None = None) -> list[dict[str, Any]]:
    """The `stories` rows of (article id, published, text) triples, sorted by article id."""
    settings = settings or StorySettings()
    vectors = vectors_of(articles, settings=settings)
    first, second = candidate_numbers(vectors, settings=settings)
    sims = similarities(vectors, first, second).tolist()
    comp = _components(len(vectors.ids), first, second, sims, threshold=settings.threshold)
    ids, inner = vectors.ids, defaultdict(list)
    for a, b, sim in zip(first.tolist(), second.tolist(), sims):
        if comp[a] == comp[b]:
            inner[comp[a]].append((ids[a], ids[b], sim))
    members: dict[int, list[int]] = defaultdict(list)
    for k, root in enumerate(comp):
        members[root].append(k)
    rows = [row for root in sorted(members) for row in cluster_component(
        [vectors.doc(k) for k in members[root]], inner[root], settings=settings)]
    return sorted(rows, key=lambda r: r["article_id"])


def _components(size: int, first: np.ndarray, second: np.ndarray, sims: Sequence[float], *,
                threshold: float) -> list[int]:
    """Each article's component over the edges reaching `threshold`, named by its smallest
    article number (articles are numbered in id order: `components` over numbers)."""
    strong = [(a, b, s) for a, b, s in zip(first.tolist(), second.tolist(), sims)
              if s >= threshold]
    found = components(range(size), strong, threshold=threshold)
    return [found[k] for k in range(size)]


STORIES_SQL = "SELECT id, published, text FROM articles ORDER BY id"


def rebuild_stories(store: Any, *, settings: StorySettings | None = None) -> int:
    """Replace the `stories` table (inside the caller's transaction); returns the number of
    stories."""
    rows = story_rows(_articles(store.con.execute(STORIES_SQL)), settings=settings)
    store.con.execute("DELETE FROM stories")
    store.insert("stories", rows)
    return len({r["story_id"] for r in rows})


def _articles(cursor: Any, *, size: int = 2000) -> Iterator[tuple[str, dt.date | None, str]]:
    while batch := cursor.fetchmany(size):
        yield from batch
