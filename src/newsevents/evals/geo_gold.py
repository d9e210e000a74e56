"""Readers for the geoparsing gold sets (GeoWebNews GWN.xml, GeoVirus.xml, and our own
stories' places.jsonl) and the scores.

GeoWebNews: every toponym that has coordinates is gold (2,601: literal, associative,
metonymic, embedded …); demonyms, languages, homonyms and non-toponyms have none and are not
gold. GeoVirus: every <location> is gold. GeoVirus offsets are shifted by one character in the
distributed file, so each gold span is re-aligned to the nearest occurrence of its name within
5 characters; unalignable spans are counted and skipped. places.jsonl (the stories we wrote,
data/geo_own in the repository): one article per line, {"id", "kind", "text", "places":
[{"name", "start", "end", "lat", "lon", "note"}]}, offsets exact.
"""
from __future__ import annotations

import json
import math
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import EvalDataError
from ..model import Span

MAX_ERROR_KM = 20039.0  # half the Earth's circumference: the worst possible error
ACC_KM = 161.0


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldToponym:
    span: Span
    name: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldArticle:
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    unaligned: int = 0


def align(text: str, start: int, end: int, name: str) -> Span | None:
    """The span of `name` at or within 5 characters of [start, end)."""
    for shift in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5):
        s = start + shift
        if 0 <= s and text[s:s + len(name)] == name:
            return Span(s, s + len(name))
    return None


def _root(path: Path) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except (OSError, ET.ParseError) as err:
        raise EvalDataError(f"{path}: cannot read gold XML ({err})") from err


def read_gold(data_dir: str | Path) -> Iterator[GoldArticle]:
    """Articles of a GeoWebNews or GeoVirus folder (recognised by the XML file it holds)."""
    folder = Path(data_dir)
    if (folder / "GWN.xml").is_file():
        yield from _read_gwn(folder / "GWN.xml")
    elif (folder / "GeoVirus.xml").is_file():
        yield from _read_geovirus(folder / "GeoVirus.xml")
    elif (folder / "places.jsonl").is_file():
        yield from _read_jsonl(folder / "places.jsonl")
    else:
        raise EvalDataError(f"{folder}: no GWN.xml, GeoVirus.xml or places.jsonl found "
                            "(expected a GeoWebNews, GeoVirus or own-stories folder)")


def _read_gwn(path: Path) -> Iterator[GoldArticle]:
    for k, node in enumerate(_root(path).iter("article")):
        text = node.findtext("text") or ""
        tops, missed = [], 0
        for top in node.iter("toponym"):
            lat, lon = top.findtext("latitude"), top.findtext("longitude")
            if not lat or not lon:
                continue
            name = top.findtext("extractedName") or ""
            span = align(text, int(top.findtext("start") or 0), int(top.findtext("end") or 0),
                         name)
            if span is None:
                missed += 1
                continue
            tops.append(GoldToponym(span=span, name=name, lat=float(lat), lon=float(lon)))
        yield GoldArticle(id=node.get("file", str(k)), text=text, toponyms=tuple(tops),
                          unaligned=missed)


def _read_geovirus(path: Path) -> Iterator[GoldArticle]:
    for k, node in enumerate(_root(path).iter("article")):
        text = node.findtext("text") or ""
        tops, missed = [], 0
        for loc in node.iter("location"):
            name = loc.findtext("name") or ""
            span = align(text, int(loc.findtext("start") or 0), int(loc.findtext("end") or 0),
                         name)
            if span is None:
                missed += 1
                continue
            tops.append(GoldToponym(span=span, name=name, lat=float(loc.findtext("lat") or 0),
                                    lon=float(loc.findtext("lon") or 0)))
        yield GoldArticle(id=str(k), text=text, toponyms=tuple(tops), unaligned=missed)


def _read_jsonl(path: Path) -> Iterator[GoldArticle]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise EvalDataError(f"{path}: cannot read gold lines ({err})") from err
    for k, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["text"]
            tops = tuple(GoldToponym(span=Span(p["start"], p["end"]), name=p["name"],
                                     lat=float(p["lat"]), lon=float(p["lon"]))
                         for p in record["places"])
        except (ValueError, KeyError, TypeError) as err:
            raise EvalDataError(f"{path}:{k}: malformed gold record ({err})") from err
        if any(top.span.of(text) != top.name for top in tops):
            raise EvalDataError(f"{path}:{k}: a place's offsets do not give its name")
        yield GoldArticle(id=str(record.get("id", k)), text=text, toponyms=tops)


def match_spans(gold: list[Span], predicted: list[Span], *, exact: bool) -> int:
    """One-to-one matches: exact offsets, or any overlap (greedy in text order)."""
    used: set[int] = set()
    hits = 0
    for g in gold:
        for k, p in enumerate(predicted):
            if k in used:
                continue
            if (p == g) if exact else p.overlaps(g):
                used.add(k)
                hits += 1
                break
    return hits


def prf(tp: int, n_gold: int, n_pred: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def error_stats(errors: list[float]) -> dict[str, float]:
    """acc@161 km, mean and median error, and the AUC of the sorted log-error curve
    (Gritta et al. 2018: trapezoid area under ln(1 + error) over the sorted errors,
    normalised by ln(20039) and the number of intervals; 0 is perfect, 1 is worst)."""
    if not errors:
        return {"n": 0, "acc161": 0.0, "mean_km": 0.0, "median_km": 0.0, "auc": 1.0}
    logs = [math.log(e + 1) for e in sorted(errors)]
    if len(logs) > 1:
        area = sum((a + b) / 2 for a, b in zip(logs, logs[1:])) / (len(logs) - 1)
    else:
        area = logs[0]
    return {
        "n": len(errors),
        "acc161": sum(e <= ACC_KM for e in errors) / len(errors),
        "mean_km": statistics.fmean(errors),
        "median_km": statistics.median(errors),
        "auc": area / math.log(MAX_ERROR_KM),
    }
