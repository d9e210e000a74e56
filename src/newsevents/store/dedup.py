"""Near-duplicate articles: MinHash over word shingles of the cleaned text, LSH to find candidates.

Wire copies, re-posts with other boilerplate and updated versions share most of their word
3-shingles. Each new article is compared (through LSH, never all pairs) with every stored one;
when the estimated Jaccard similarity reaches the threshold it is linked to the *canonical*
article (the first one seen of its group) in the `duplicates` table and left out of the merged
view. Signatures are stored (`signatures` table) so a later ingest matches earlier articles.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
THRESHOLD = 0.5
SHINGLE = 3
SEED = 1
SCHEME = "affine32"  # datasketch 2: uint32 hash values, collision-free permutations
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True, kw_only=True)
class Match:
    article_id: str
    duplicate_of: str
    jaccard: float


def shingles(text: str, *, size: int = SHINGLE) -> set[bytes]:
    """Lower-cased word n-grams (all words when the text is shorter than n)."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[k:k + size]).encode("utf-8") for k in range(len(words) - size + 1)}


def to_bytes(sig: MinHash) -> bytes:
    """Signature as compact bytes (affine32 hash values are uint32)."""
    return sig.hashvalues.astype(np.uint32).tobytes()


class DuplicateIndex:
    """LSH over the signatures of stored articles, with the canonical article of each group."""

    def __init__(self, *, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._sigs: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}
        self._canonical: dict[str, str] = {}
        self._perms = MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME).permutations

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._sigs

    def signature(self, text: str) -> MinHash | None:
        grams = shingles(text)
        if not grams:
            return None
        sig = MinHash(num_perm=self.num_perm, seed=SEED, permutations=self._perms,
                      scheme=SCHEME)
        sig.update_batch(list(grams))
        return sig

    def from_bytes(self, data: bytes) -> MinHash:
        values = np.frombuffer(data, dtype=np.uint32).copy()
        return MinHash(num_perm=self.num_perm, seed=SEED, hashvalues=values,
                       permutations=self._perms, scheme=SCHEME)

    def add(self, article_id: str, sig: MinHash, *, duplicate_of: str | None = None) -> None:
        if article_id in self._sigs:
            return
        self._sigs[article_id] = sig
        self._order[article_id] = len(self._order)
        self._lsh.insert(article_id, sig)
        if duplicate_of is not None:
            self._canonical[article_id] = self._canonical.get(duplicate_of, duplicate_of)

    def match(self, article_id: str, sig: MinHash) -> Match | None:
        """The best stored near-duplicate of `sig` (mapped to its canonical article), if any.
        Ties go to the article stored first, so the result never depends on set order."""
        order = self._order
        scored = [(float(sig.jaccard(self._sigs[other])), -order[other], other)
                  for other in self._lsh.query(sig) if other != article_id]
        scored = [s for s in scored if s[0] >= self.threshold]
        if not scored:
            return None
        score, _, best = max(scored)
        canonical = self._canonical.get(best, best)
        return Match(article_id=article_id, duplicate_of=canonical, jaccard=score)


def load_index(
    signatures: Iterable[tuple[str, bytes]], duplicates: Iterable[tuple[str, str]], *,
    threshold: float = THRESHOLD,
) -> DuplicateIndex:
    """An index from stored (article_id, signature bytes) and (article_id, duplicate_of) rows."""
    index = DuplicateIndex(threshold=threshold)
    links = dict(duplicates)
    for article_id, data in signatures:
        index.add(article_id, index.from_bytes(data), duplicate_of=links.get(article_id))
    return index
