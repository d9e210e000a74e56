"""The desk shows events without a date (a plain-text article ingested without --published):
listed as "date unknown", off the timeline, and no PLOVER export (every record needs a date)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from fastapi.testclient import TestClient

from newsevents.store.duckdb import Store
from newsevents.store.merge import merge_events
from newsevents.web.app import create_app

from tests.unit.store.factories import Story, make_analysis


def test_an_undated_event_is_listed_shown_and_kept_off_the_timeline(tmp_path: Path) -> None:
    bare = make_analysis(Story(place="Mosul", attacker="Iraqi troops", victim="militants"))
    bare = replace(bare, article=replace(bare.article, published=None),
                   events=tuple(replace(e, date=None, date_span=None, date_source="none")
                                for e in bare.events))
    db = tmp_path / "s.duckdb"
    with Store.open(db) as store:
        store.write([make_analysis(Story()), bare], run=None)
        merge_events(store)
    with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
        events = client.get("/api/events").json()["events"]
        assert sorted(str(e["date"]) for e in events) == ["2016-08-03", "None"]
        assert "date unknown" in client.get("/events").text
        timeline = client.get("/api/timeline").json()
        assert sum(b["n"] for b in timeline["bars"]) == 1
        undated = next(e["merged_id"] for e in events if e["date"] is None)
        page = client.get(f"/events/{undated}").text
        assert "neither the text nor the article gives a date" in page
        assert f"/api/events/{undated}/export/plover" not in page
        refused = client.get(f"/api/events/{undated}/export/plover")
        assert refused.status_code == 400 and refused.json()["error"]["code"] == "E906"
        assert client.get(f"/api/events/{undated}/export/jsonl").status_code == 200
