"""GeoJSON (RFC 7946) export of geocoded places and of the events placed at them.

One Point feature per place with coordinates, and one per event whose `place` is such a place.
Coordinates are [longitude, latitude]; places without coordinates give no feature.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..model import ArticleAnalysis, Event, Place

JSON = dict[str, Any]


def _point(place: Place) -> JSON:
    return {"type": "Point", "coordinates": [place.lon, place.lat]}


def _has_point(place: Place | None) -> bool:
    return place is not None and place.lat is not None and place.lon is not None


def place_feature(analysis: ArticleAnalysis, place: Place) -> JSON:
    return {
        "type": "Feature",
        "id": f"{analysis.article.id}/{place.id}",
        "geometry": _point(place),
        "properties": {
            "kind": "place", "article": analysis.article.id, "place": place.id,
            "name": place.name, "native_name": place.native_name,
            "geonameid": place.geonameid, "country": place.country,
            "admin1": place.admin1, "feature_code": place.feature_code,
            "precision": place.precision, "confidence": place.confidence,
            "mentions": len(place.mentions),
        },
    }


def event_feature(analysis: ArticleAnalysis, event: Event, place: Place) -> JSON:
    text = analysis.article.text
    return {
        "type": "Feature",
        "id": f"{analysis.article.id}/{event.id}",
        "geometry": _point(place),
        "properties": {
            "kind": "event", "article": analysis.article.id, "event": event.id,
            "place": place.id, "place_name": place.name, "precision": place.precision,
            "plover_type": event.plover_type, "cameo_code": event.cameo_code,
            "modality": event.modality, "date": event.date,
            "trigger": event.trigger.of(text),
        },
    }


def features(analysis: ArticleAnalysis) -> list[JSON]:
    places = {p.id: p for p in analysis.places}
    out = [place_feature(analysis, p) for p in analysis.places if _has_point(p)]
    for event in analysis.events:
        place = places.get(event.place) if event.place else None
        if place is not None and _has_point(place):
            out.append(event_feature(analysis, event, place))
    return out


def to_geojson(analyses: Iterable[ArticleAnalysis]) -> JSON:
    """A FeatureCollection of every geocoded place and placed event of the analyses."""
    return {"type": "FeatureCollection",
            "features": [f for analysis in analyses for f in features(analysis)]}
