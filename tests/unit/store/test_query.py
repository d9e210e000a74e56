from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from newsevents.store.duckdb import Store
from newsevents.store.merge import merge_events
from newsevents.store.query import query

from .factories import sample_analyses


@pytest.fixture()
def store() -> Iterator[Store]:
    with Store.open(":memory:") as opened:
        opened.write(sample_analyses(), run=None)
        merge_events(opened)
        yield opened


def places(frame) -> list[str]:  # type: ignore[no-untyped-def]
    return list(frame["place_name"])


def test_query_everything_earliest_first(store: Store) -> None:
    frame = query(store)
    assert places(frame) == ["Mosul", "Aleppo", "Idlib"]
    assert list(frame["num_articles"]) == [1, 2, 1]


@pytest.mark.parametrize(("filters", "expected"), [
    ({"date_from": dt.date(2016, 1, 1)}, ["Aleppo", "Idlib"]),
    ({"date_to": dt.date(2016, 8, 10)}, ["Mosul", "Aleppo"]),
    ({"country": "irq"}, ["Mosul"]),
    ({"actor": "syrian armed"}, ["Aleppo", "Idlib"]),
    ({"actor": "IRQMIL"}, ["Mosul"]),
    ({"event_type": "assault"}, ["Mosul", "Aleppo", "Idlib"]),
    ({"event_type": "PROTEST"}, []),
    ({"acled_type": "explosions/remote violence"}, ["Mosul", "Aleppo", "Idlib"]),
    ({"acled_type": "Shelling/artillery/missile attack"}, ["Mosul", "Aleppo", "Idlib"]),
    ({"acled_type": "Battles"}, []),
    ({"near": (36.2, 37.15, 20.0)}, ["Aleppo"]),
    ({"near": (36.2, 37.15, 100.0)}, ["Aleppo", "Idlib"]),
    ({"text": "bakery"}, ["Aleppo"]),
    ({"text": "100%"}, []),
    ({"limit": 1}, ["Mosul"]),
])
def test_query_filters(store: Store, filters: dict[str, object], expected: list[str]) -> None:
    assert places(query(store, **filters)) == expected  # type: ignore[arg-type]


def test_query_filter_values_are_parameters_not_sql(store: Store) -> None:
    assert places(query(store, country="SYR' OR '1'='1")) == []
    assert store.counts()["merged_events"] == 3


@pytest.mark.issue(11)
def test_query_gives_killed_and_wounded_over_reports(store: Store) -> None:
    frame = query(store)
    aleppo = frame[frame["place_name"] == "Aleppo"].iloc[0]
    assert (aleppo["killed_low"], aleppo["killed_high"]) == (12, 20)
    assert frame["wounded_low"].isna().all()
