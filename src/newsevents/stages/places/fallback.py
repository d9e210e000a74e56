"""Names the gazetteer does not know (streets, buildings, rivers, small estates).

A facility or feature named in a news article is almost always in or near a place the article
names: "Royal Street" in a story about New Orleans is in New Orleans. An unknown name is
placed at the nearest (in the text) toponym that resolved to a city, district or province by
its full name, in the country most such places are in with some confidence (a village of a few hundred people chosen for a street
name is no anchor); with none, at the country with the most mentions. The resolution is marked
`inferred`, with a low confidence and a reason saying where the point came from; precision
follows the anchor (a city gives "within 25 km", see places/__init__.py).
"""
from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import replace

from ...resources.gazetteer import Candidate
from .resolution import Resolution
from .toponyms import Toponym

ANCHOR_KINDS = frozenset({"city", "admin2", "admin1"})
INFERRED_CONFIDENCE = 0.3
ANCHOR_CONFIDENCE = 0.5
ANCHOR_MIN_POPULATION = 1_000


def _is_anchor(res: Resolution) -> bool:
    """A confident choice of a real city, district or province named in full."""
    cand = res.candidate
    if cand is None or cand.lat is None or cand.kind not in ANCHOR_KINDS:
        return False
    if res.partial or res.inferred or res.confidence < ANCHOR_CONFIDENCE:
        return False
    return cand.kind != "city" or cand.population >= ANCHOR_MIN_POPULATION


def nearest(position: int, starts: list[int]) -> int:
    """Index into the sorted `starts` of the one closest to `position`."""
    k = bisect.bisect_left(starts, position)
    if k == 0:
        return 0
    if k == len(starts) or position - starts[k - 1] <= starts[k] - position:
        return k - 1
    return k


def main_country(resolutions: list[Resolution]) -> Candidate | None:
    counts = Counter(r.candidate.pid for r in resolutions
                     if r.candidate is not None and r.candidate.kind == "country")
    if not counts:
        return None
    pid = counts.most_common(1)[0][0]
    return next(r.candidate for r in resolutions if r.candidate is not None
                and r.candidate.pid == pid)


def anchor_unknown(toponyms: list[Toponym], resolutions: list[Resolution]
                   ) -> list[Resolution]:
    """`resolutions` with each unresolved one placed at its anchor (see module doc)."""
    anchors = [(t.span.start, r.candidate) for t, r in zip(toponyms, resolutions)
               if _is_anchor(r)]
    home = Counter(c.country for _, c in anchors if c is not None).most_common(1)
    if home:  # a street named like a foreign town must not pull the others abroad
        anchors = [(s, c) for s, c in anchors if c is not None and c.country == home[0][0]]
    starts = [s for s, _ in anchors]
    country = main_country(resolutions) if not anchors else None
    out: list[Resolution] = []
    for top, res in zip(toponyms, resolutions):
        anchor = anchors[nearest(top.span.start, starts)][1] if anchors else country
        if res.candidate is not None or anchor is None:
            out.append(res)
            continue
        where = "the nearest place the article names" if anchors else "the article's country"
        out.append(replace(res, candidate=anchor, confidence=INFERRED_CONFIDENCE,
                           inferred=True, reason=f"not in the gazetteer; placed at "
                           f"{anchor.name}, {where}"))
    return out
