"""Coreference scores over clusterings: MUC, B³, CEAF-e and CoNLL F1 (their mean).

A clustering maps each item (mention or document) to a cluster id; gold and response are
scored over their items; with predicted mentions the two sides hold different items (an item
missing from one side is a singleton there).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping

import numpy as np
from scipy.optimize import linear_sum_assignment

Clustering = Mapping[Hashable, Hashable]


def clusters(assign: Clustering) -> list[frozenset[Hashable]]:
    groups: dict[Hashable, set[Hashable]] = defaultdict(set)
    for item, cid in assign.items():
        groups[cid].add(item)
    return [frozenset(g) for g in groups.values()]


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _prf(p: float, r: float) -> dict[str, float]:
    return {"p": p, "r": r, "f1": _f1(p, r)}


def muc(gold: Clustering, response: Clustering) -> dict[str, float]:
    def side(keys: Clustering, other: Clustering) -> float:
        num = den = 0
        for cluster in clusters(keys):
            parts = {other.get(m, ("single", m)) for m in cluster}
            num += len(cluster) - len(parts)
            den += len(cluster) - 1
        return num / den if den else 0.0

    return _prf(side(response, gold), side(gold, response))


def b_cubed(gold: Clustering, response: Clustering) -> dict[str, float]:
    """Precision over the response's items, recall over the gold items (an item missing from
    the other side counts as a singleton there), so predicted mentions can be scored."""
    gold_of = {m: c for c in clusters(gold) for m in c}
    resp_of = {m: c for c in clusters(response) for m in c}

    def side(keys: dict[Hashable, frozenset[Hashable]],
             other: dict[Hashable, frozenset[Hashable]]) -> float:
        total = sum(len(c & other.get(m, frozenset((m,)))) / len(c) for m, c in keys.items())
        return total / len(keys) if keys else 0.0

    return _prf(side(resp_of, gold_of), side(gold_of, resp_of))


def ceaf_e(gold: Clustering, response: Clustering) -> dict[str, float]:
    keys, resps = clusters(gold), clusters(response)
    if not keys or not resps:
        return _prf(0.0, 0.0)
    sim = np.zeros((len(keys), len(resps)))
    index = {m: j for j, c in enumerate(resps) for m in c}
    for i, key in enumerate(keys):
        for m in key:
            j = index.get(m)
            if j is not None:
                sim[i, j] += 1
        sim[i] = 2 * sim[i] / np.array([len(key) + len(c) for c in resps])
    rows, cols = linear_sum_assignment(-sim)
    total = float(sim[rows, cols].sum())
    return _prf(total / len(resps), total / len(keys))


def conll(gold: Clustering, response: Clustering) -> dict[str, object]:
    scores = {"muc": muc(gold, response), "b3": b_cubed(gold, response),
              "ceaf_e": ceaf_e(gold, response)}
    return {**scores, "conll_f1": sum(s["f1"] for s in scores.values()) / 3}
