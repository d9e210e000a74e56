"""GeoJSON export: valid RFC 7946 FeatureCollections of places and placed events."""
from __future__ import annotations

import json

from newsevents.io.geojson import to_geojson
from newsevents.model import Article, ArticleAnalysis, Event, Place, Span

TEXT = "Militants seized Mosul on Tuesday near the Old Bridge ."


def _analysis() -> ArticleAnalysis:
    mosul = Place(id="p1", name="Mosul", geonameid=99072, lat=36.335, lon=43.11889,
                  country="IRQ", admin1="Nīnawá", feature_code="PPL", precision=1,
                  confidence=0.9, mentions=(Span(17, 22),))
    bridge = Place(id="p2", name="Old Bridge", precision=7, mentions=(Span(43, 53),))
    seized = Event(id="e1", plover_type="SEIZE", plover_mode=None, cameo_code="1711",
                   quad_class=4, intensity=-9.2, trigger=Span(10, 16), sentence=0, place="p1",
                   date="2014-06-10", modality="asserted")
    unplaced = Event(id="e2", plover_type="SEIZE", plover_mode=None, cameo_code="1711",
                     quad_class=4, intensity=-9.2, trigger=Span(10, 16), sentence=0, place="p2")
    return ArticleAnalysis(article=Article(id="a1", text=TEXT), places=(mosul, bridge),
                           events=(seized, unplaced))


def _valid_point(feature: dict) -> bool:
    lon, lat = feature["geometry"]["coordinates"]
    return (feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
            and -180 <= lon <= 180 and -90 <= lat <= 90 and isinstance(feature["properties"], dict))


def test_geojson_is_a_valid_feature_collection() -> None:
    doc = json.loads(json.dumps(to_geojson([_analysis()])))
    assert doc["type"] == "FeatureCollection"
    assert all(_valid_point(f) for f in doc["features"])
    assert len({f["id"] for f in doc["features"]}) == len(doc["features"])


def test_geojson_uses_lon_lat_order() -> None:
    (place, _event) = to_geojson([_analysis()])["features"]
    assert place["geometry"]["coordinates"] == [43.11889, 36.335]


def test_geojson_skips_places_and_events_without_coordinates() -> None:
    features = to_geojson([_analysis()])["features"]
    assert [f["properties"]["kind"] for f in features] == ["place", "event"]
    assert all(f["properties"].get("place") == "p1" for f in features)


def test_geojson_properties() -> None:
    place, event = to_geojson([_analysis()])["features"]
    want_place = {"article": "a1", "place": "p1", "name": "Mosul", "country": "IRQ",
                  "admin1": "Nīnawá", "precision": 1, "mentions": 1}
    want_event = {"event": "e1", "plover_type": "SEIZE", "cameo_code": "1711",
                  "modality": "asserted", "date": "2014-06-10", "trigger": "seized"}
    assert want_place.items() <= place["properties"].items()
    assert want_event.items() <= event["properties"].items()


def test_geojson_empty_input() -> None:
    assert to_geojson([]) == {"type": "FeatureCollection", "features": []}
