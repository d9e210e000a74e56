"""Store round-trip: read(write(x)) == x for arbitrary analyses (sqlite-utils style)."""
from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings

from newsevents.io.serialize import to_dict
from newsevents.model import ArticleAnalysis
from newsevents.store.duckdb import Store

from tests.strategies import analyses

_KEYED = ("actors", "places", "events", "quotes", "figures", "claims", "contradictions",
          "casualties")


def unique_ids(analysis: ArticleAnalysis) -> ArticleAnalysis:
    """The store keys rows by (article_id, id): make ids unique inside each table."""
    changes = {}
    for name in _KEYED:
        items = getattr(analysis, name)
        changes[name] = tuple(replace(x, id=f"{x.id}_{k}") for k, x in enumerate(items))
    return replace(analysis, **changes)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(analyses().map(unique_ids))
def test_store_roundtrip_is_exact(analysis: ArticleAnalysis) -> None:
    with Store.open(":memory:") as store:
        result = store.write([analysis], run=None)
        back = store.read(analysis.article.id)
    assert result.written == (analysis.article.id,)
    assert back == analysis
    assert to_dict(back) == to_dict(analysis)
