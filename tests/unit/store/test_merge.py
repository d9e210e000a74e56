from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from newsevents.store import merge as merge_mod
from newsevents.store.duckdb import Store
from newsevents.store.merge import (
    Item, MergeSettings, Side, cluster_items, compare_sides, haversine_km, merge_events,
)

from .factories import Story, make_analysis

DAY = dt.date(2016, 8, 3)
ARMY = Side(name="Syrian Armed Forces", code="SYRMIL", country="SYR", sector="MIL")
REBELS = Side(name="Syrian rebels", code="SYRREB", country="SYR", sector="REB")


def item(k: int, **changes: object) -> Item:
    base = Item(article_id=f"art{k}", group=f"art{k}", event_id="e1", plover_type="ASSAULT",
                plover_mode="aerial", cameo_code="195", quad_class=4, intensity=-9.5, date=DAY,
                sentence=0, trigger=(0, 5), offsets=(None, None), published=DAY,
                source=f"src{k}", url=None, place="Aleppo", lat=36.2, lon=37.16, country="SYR",
                admin1=None, geonameid=170063, precision=1, actor1=ARMY, actor2=REBELS)
    return replace(base, **changes)


def test_merge_haversine_known_distance() -> None:
    # Aleppo to Damascus is about 300 km as the crow flies.
    assert haversine_km(36.2021, 37.1343, 33.5138, 36.2765) == pytest.approx(310, abs=15)
    assert haversine_km(10, 10, 10, 10) == 0


@pytest.mark.parametrize(("other", "ok"), [
    (ARMY, True), (Side(name="the army", country="SYR", sector="MIL"), True),
    (Side(name="Syrian Armed Forces units"), True), (Side(), True), (REBELS, False),
])
def test_merge_compare_sides(other: Side, ok: bool) -> None:
    assert (compare_sides(ARMY, other, role="source") is not None) is ok


def test_merge_reports_of_one_event_become_one_with_reasons() -> None:
    items = [item(1), item(2, date=DAY + dt.timedelta(days=1), lat=36.21, lon=37.2),
             item(3, actor2=Side(), place="Aleppo", lat=None, lon=None)]
    (cluster,) = cluster_items(items, MergeSettings())
    assert len(cluster.members) == 3
    why = {m.article_id: r for m, r in zip(cluster.members, cluster.reasons)}
    assert why["art1"] == "first report"
    assert "1 d from first report; places Aleppo/Aleppo 4 km apart" in why["art2"]
    assert "source code SYRMIL" in why["art2"]
    assert "same place name Aleppo" in why["art3"]
    assert "target unknown on one side" in why["art3"]


@pytest.mark.parametrize("changes", [
    {"date": DAY + dt.timedelta(days=5)},  # outside the date window
    {"lat": 33.51, "lon": 36.28, "place": "Damascus"},  # 300 km away
    {"plover_type": "PROTEST"},  # other type
    {"actor1": REBELS, "actor2": ARMY},  # roles reversed
    {"country": "IRQ", "lat": None, "lon": None, "place": "Mosul"},  # other country
])
def test_merge_keeps_different_events_apart(changes: dict[str, object]) -> None:
    assert len(cluster_items([item(1), item(2, **changes)], MergeSettings())) == 2


def test_merge_blocking_cost_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = merge_mod.compare

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(merge_mod, "compare", counting)
    types = ("ASSAULT", "PROTEST", "COERCE", "THREATEN")
    for n in (400, 1600):
        calls.clear()
        items = [item(k, date=DAY + dt.timedelta(days=k % 200), plover_type=types[k % 4],
                      country=("SYR", "IRQ")[k % 2]) for k in range(n)]
        clusters = cluster_items(items, MergeSettings())
        assert sum(len(c.members) for c in clusters) == n
        assert len(calls) <= 2 * MergeSettings().max_candidates * n
        ratio = len(calls) / n
    assert ratio < 60


def test_merge_events_in_store_counts_articles_sources_and_evidence() -> None:
    one = make_analysis(Story(source="agency-a", extra="Local doctors said the dead included "
                              "three children and that the main bakery had been destroyed."))
    two = make_analysis(Story(source="agency-b", killed=20, style=1, extra="Diplomats in "
                              "Geneva called for a pause in the fighting to allow aid convoys."))
    far = make_analysis(Story(place="Mosul", attacker="Iraqi troops", victim="militants",
                              source="agency-c", day=DAY))
    with Store.open(":memory:") as store:
        store.write([one, two, far], run=None)
        summary = merge_events(store)
        assert (summary.events, summary.merged, summary.multi) == (3, 2, 1)
        events = store.frames("merged_events").set_index("place_name")
        assert events.loc["Aleppo", "num_articles"] == 2
        assert events.loc["Aleppo", "num_sources"] == 2
        assert events.loc["Aleppo", "why"].startswith("2 mentions merged: ASSAULT; 0 d")
        assert events.loc["Mosul", "num_articles"] == 1
        evidence = store.frames("merged_event_evidence")
        aleppo = evidence[evidence["merged_id"] == events.loc["Aleppo", "merged_id"]]
        assert sorted(aleppo[aleppo["kind"] == "figure"]["low"]) == [12, 20]
        assert set(aleppo["stance"]) == {"supports", "disputes"}
        assert merge_events(store) == summary  # a full rebuild gives the same result
        assert store.counts()["merged_events"] == 2


def test_merge_near_duplicates_count_once_and_negated_events_stay_out() -> None:
    one = make_analysis(Story(source="agency-a"))
    copy = make_analysis(Story(source="agency-b", extra="Subscribe to our newsletter."))
    negated = make_analysis(Story(place="Tikrit", attacker="Iraqi troops", victim="militants"))
    negated = replace(negated, events=tuple(replace(e, modality="negated")
                                            for e in negated.events))
    with Store.open(":memory:") as store:
        assert len(store.write([one, copy, negated], run=None).duplicates) == 1
        merge_events(store)
        events = store.frames("merged_events")
        assert list(events["place_name"]) == ["Aleppo"]
        assert (events["num_mentions"][0], events["num_articles"][0]) == (2, 1)
        assert "1 near-duplicate article(s) counted once" in events["why"][0]
