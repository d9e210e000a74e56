"""Event merging across articles: many reports of one event become one merged event.

Events are compared only inside blocks, never all pairs, and visited in date order; each joins
the first compatible cluster among the most recent clusters (at most `max_candidates` per
block) of its candidate blocks, so the cost grows linearly with the number of events.

1. Inside a story (`stories` table, rebuilt first at this step): an event joins a cluster of
   the same story with the same PLOVER type and country (the place's, else the source
   actor's), whose trigger has the same stem (`trigger_stem`; `story_rule="mode"`: the same
   PLOVER mode), within `window_days` of the cluster's first event. Place and actors need not
   agree: the articles already report one story.
2. Otherwise (across stories, or no match inside its own) the blocks keyed by (PLOVER type,
   country, 1° grid cell, date bucket): the cluster's own and the previous date bucket and the
   3×3 neighbouring cells (an unlocated event looks at every cell of its country: bounded by
   the country's size, not by the number of events). Compatible means: same PLOVER type, dates
   within `window_days` of the cluster's first event, places within `max_km` (haversine) or
   the same named place (or the same country when one side has no coordinates), and compatible
   actors on each side (same actor code, same country and sector, or overlapping canonical
   names; an unknown side is compatible). Events of two different stories need more: an
   actor known on both and agreeing on at least one side (two unknown sides are not enough).
Every candidate block shares the event's PLOVER type and country, so clusters never cross a
(type, country) group (Spark clusters each group on its own). Each mention records *why* it
joined; each merged event records why its mentions were merged.

An event with no date at all (none in the text and no publication date: a plain-text file
ingested without `--published`) is kept as a merged event without a date, but never compared
with other reports; only the same event told again in one article or its near-duplicate copies
becomes one event (`cluster_undated`).

Events that did not happen as reported (modality negated, hypothetical or future) stay out of
the merged view. Events of near-duplicate articles (`duplicates` table) are merged like the
others (an updated version may report something new), but a group of near-duplicate articles
counts once in `num_articles` and `num_sources`, so wire copies do not inflate the counts. The
stories and the merge are rebuilt in full after each ingest (`merge_events`), in one
transaction: deterministic, and linear in the number of articles and events.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..errors import StoreError
from .merge_sql import ACTORS_SQL, EVENTS_SQL, EVIDENCE_SQL
from .stories import StorySettings, rebuild_stories

EXCLUDED_MODALITIES = ("negated", "hypothetical", "future")
STORY_RULES = ("stem", "mode", "none")
UNDATED = ("no date: neither the text nor the article gives one, so it is not compared with "
           "other reports")
_SUFFIXES = ("ations", "ation", "ings", "ing", "ied", "ies", "ed", "es", "s", "e")


@dataclass(frozen=True, slots=True, kw_only=True)
class MergeSettings:
    window_days: int = 3
    max_km: float = 50.0
    max_candidates: int = 50
    story_rule: str = "stem"

    def __post_init__(self) -> None:
        if self.story_rule not in STORY_RULES:
            raise StoreError(f"unknown story rule {self.story_rule!r}; choose from "
                             f"{', '.join(STORY_RULES)}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Side:
    """The first actor on one side of an event (source or target)."""

    name: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None

    @property
    def known(self) -> bool:
        return bool(self.name or self.code)


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    """One event mention with what merging needs (from the events/places/actors/articles)."""

    article_id: str
    group: str  # the canonical article of its near-duplicate group (itself when unique)
    event_id: str
    plover_type: str
    plover_mode: str | None
    cameo_code: str
    quad_class: int
    intensity: float
    date: dt.date | None  # None: neither the text nor the article gives a date
    sentence: int
    trigger: tuple[int, int]
    offsets: tuple[int | None, int | None]
    published: dt.date | None
    source: str
    url: str | None
    place: str | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    geonameid: int | None
    precision: int | None
    actor1: Side = field(default_factory=Side)
    actor2: Side = field(default_factory=Side)
    acled: tuple[str, str] | None = None  # (ACLED event type, sub-event type)
    date_end: dt.date | None = None  # the last day of an event that spans days
    story: str | None = None  # the article's story (`stories` table)
    stem: str = ""  # the trigger's stem (`trigger_stem`)


@dataclass(slots=True)
class Cluster:
    seed: Item
    members: list[Item]
    reasons: list[str]
    last: dt.date | None  # latest member date (the window is measured from the seed's date)


def trigger_stem(text: str) -> str:
    """A crude stem of a trigger: its last word, lower-cased, without a common English
    suffix (attacked, attacks, attacking → attack)."""
    words = text.lower().split()
    word = words[-1] if words else ""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def compare_places(a: Item, b: Item, *, max_km: float) -> str | None:
    """Why two event places are compatible, or None."""
    if a.lat is not None and b.lat is not None and a.lon is not None and b.lon is not None:
        km = haversine_km(a.lat, a.lon, b.lat, b.lon)
        return f"places {a.place}/{b.place} {km:.0f} km apart" if km <= max_km else None
    if a.place and b.place and a.place.lower() == b.place.lower():
        return f"same place name {a.place}"
    if a.country and a.country == b.country:
        return f"same country {a.country}, no coordinates for one"
    return "no place on either" if not (a.place or b.place) else None


def compare_sides(a: Side, b: Side, *, role: str) -> str | None:
    """Why two actors on the same side are compatible, or None."""
    if not a.known or not b.known:
        return f"{role} unknown on one side"
    if a.code and a.code == b.code:
        return f"{role} code {a.code}"
    if a.country and a.sector and (a.country, a.sector) == (b.country, b.sector):
        return f"{role} {a.country} {a.sector}"
    names = (a.name or "").lower(), (b.name or "").lower()
    if names[0] and names[1] and (names[0] in names[1] or names[1] in names[0]):
        return f"{role} names {a.name!r}~{b.name!r}"
    return None


def compare(item: Item, cluster: Cluster, settings: MergeSettings) -> str | None:
    """Why `item` belongs to `cluster` (compared with its seed), or None."""
    days = (item.date - cluster.seed.date).days
    if abs(days) > settings.window_days:
        return None
    place = compare_places(item, cluster.seed, max_km=settings.max_km)
    src = compare_sides(item.actor1, cluster.seed.actor1, role="source")
    tgt = compare_sides(item.actor2, cluster.seed.actor2, role="target")
    if place is None or src is None or tgt is None:
        return None
    why = f"{item.plover_type}; {abs(days)} d from first report; {place}; {src}; {tgt}"
    if not _other_story(item, cluster.seed):
        return why
    sides = (item.actor1.known and cluster.seed.actor1.known
             or item.actor2.known and cluster.seed.actor2.known)
    return f"{why}; across stories" if sides else None


def _other_story(a: Item, b: Item) -> bool:
    return a.story is not None and b.story is not None and a.story != b.story


def compare_story(item: Item, cluster: Cluster, settings: MergeSettings) -> str | None:
    """Why `item` belongs to `cluster` of its own story (its story block matched), or None."""
    days = (item.date - cluster.seed.date).days
    if abs(days) > settings.window_days:
        return None
    same = (f"trigger stem {item.stem!r}" if settings.story_rule == "stem"
            else f"mode {item.plover_mode}")
    return f"{item.plover_type}; {abs(days)} d from first report; same story {item.story}; {same}"


BlockKey = tuple[str, str, object, int]


def story_key(item: Item, settings: MergeSettings) -> BlockKey | None:
    """The block of the event's story (type, country, story, stem or mode), if it has one."""
    if item.story is None or settings.story_rule == "none":
        return None
    if settings.story_rule == "stem" and not item.stem:
        return None
    match = item.stem if settings.story_rule == "stem" else item.plover_mode or ""
    return (item.plover_type, item.country or "", ("story", item.story, match), 0)


def cell(item: Item) -> object:
    """A 1°×1° grid cell for events with coordinates; None for the rest."""
    if item.lat is None or item.lon is None:
        return None
    return (math.floor(item.lat), math.floor(item.lon))


def candidate_keys(item: Item, width: int, seen: dict[tuple[str, str], set[object]]
                   ) -> list[BlockKey]:
    """Blocks holding possible matches: this and the previous date bucket; for a located event
    the 3×3 neighbouring cells (a 1° cell is ≥ 50 km wide up to ±63° latitude) and the
    country's unlocated block; for an unlocated event every cell seen in its country."""
    bucket = item.date.toordinal() // width
    here = cell(item)
    if isinstance(here, tuple):
        cells: list[object] = [(here[0] + i, here[1] + j) for i in (-1, 0, 1)
                               for j in (-1, 0, 1)] + [None]
    else:
        cells = [None, *sorted(seen.get((item.plover_type, item.country or ""), set()) - {None},
                               key=str)]
    return [(item.plover_type, item.country or "", c, b) for b in (bucket, bucket - 1)
            for c in cells]


def cluster_items(items: Iterable[Item], settings: MergeSettings) -> list[Cluster]:
    """Greedy blocked clustering in date order (see the module docstring); then the undated
    mentions (`cluster_undated`)."""
    dated: list[Item] = []
    undated: list[Item] = []
    for item in items:
        (dated if item.date is not None else undated).append(item)
    return _cluster_dated(dated, settings) + cluster_undated(undated)


def cluster_undated(items: Iterable[Item]) -> list[Cluster]:
    """Event mentions with no date at all (no date in the text, no publication date) are kept,
    but never compared with other reports: nothing says they happened on the same day. Only
    the same event told again in one article or its near-duplicate copies (same group, type,
    trigger, actors and place) becomes one event."""
    clusters: dict[tuple[Any, ...], Cluster] = {}
    for item in sorted(items, key=_undated_order):
        key = (item.group, item.plover_type, item.stem, item.actor1.name, item.actor2.name,
               item.place, item.country)
        cluster = clusters.get(key)
        if cluster is None:
            clusters[key] = Cluster(seed=item, members=[item], reasons=[UNDATED], last=None)
            continue
        copy = "; near-duplicate of article " + item.group if item.group != item.article_id else ""
        cluster.members.append(item)
        cluster.reasons.append("undated: the same event again in the same article" + copy)
    return list(clusters.values())


def _undated_order(item: Item) -> tuple[Any, ...]:
    return (item.group, item.group != item.article_id, item.article_id, item.sentence,
            item.trigger, item.event_id)


def _cluster_dated(items: Iterable[Item], settings: MergeSettings) -> list[Cluster]:
    clusters: list[Cluster] = []
    blocks: dict[BlockKey, list[Cluster]] = defaultdict(list)
    seen: dict[tuple[str, str], set[object]] = defaultdict(set)
    width = max(1, settings.window_days)
    for item in sorted(items, key=_order):
        own = story_key(item, settings)
        match = _find_story(item, blocks, own, settings)
        match = match or _find(item, blocks, candidate_keys(item, width, seen), settings)
        if match is None:
            cluster = Cluster(seed=item, members=[], reasons=[], last=item.date)
            clusters.append(cluster)
            reason = "first report"
        else:
            cluster, reason = match
        if item.group != item.article_id:
            reason += f"; near-duplicate of article {item.group}"
        cluster.members.append(item)
        cluster.reasons.append(reason)
        cluster.last = max(cluster.last, item.date)
        key = (item.plover_type, item.country or "", cell(item), item.date.toordinal() // width)
        seen[key[:2]].add(key[2])
        for block in (key, own) if own is not None else (key,):
            if cluster not in blocks[block]:
                blocks[block].append(cluster)
    return clusters


def _order(item: Item) -> tuple[Any, ...]:  # dated items only
    return (item.date, item.published or item.date, item.group != item.article_id,
            item.article_id, item.event_id)


def _find_story(item: Item, blocks: dict[BlockKey, list[Cluster]], key: BlockKey | None,
                settings: MergeSettings) -> tuple[Cluster, str] | None:
    for cluster in reversed(blocks.get(key, [])[-settings.max_candidates:] if key else []):
        why = compare_story(item, cluster, settings)
        if why is not None:
            return cluster, why
    return None


def _find(item: Item, blocks: dict[BlockKey, list[Cluster]], keys: list[BlockKey],
          settings: MergeSettings) -> tuple[Cluster, str] | None:
    for key in keys:
        for cluster in reversed(blocks.get(key, [])[-settings.max_candidates:]):
            why = compare(item, cluster, settings)
            if why is not None:
                return cluster, why
    return None


# -- from the store and back ---------------------------------------------------------------

def load_actors(con: Any) -> dict[tuple[str, str], Side]:
    """(article_id, actor id) → Side, for every stored actor."""
    rows = con.execute(ACTORS_SQL).fetchall()
    return {(r[0], r[1]): Side(name=r[2], code=r[3], country=r[4], sector=r[5]) for r in rows}


def load_items(store: Any) -> list[Item]:
    """Mergeable event mentions from the store (near-duplicates and unreal modalities out)."""
    actors = load_actors(store.con)
    rows = store.rows(EVENTS_SQL, [list(EXCLUDED_MODALITIES)])
    return [merge_item(row, event_date(row["date"], row["published"]), actors) for row in rows]


def event_date(text: str | None, published: dt.date | None) -> dt.date | None:
    """The event's own full ISO date when it has one, else the publication date."""
    if text and len(text) >= 10:
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            pass
    return published


def _side(actors: dict[tuple[str, str], Side], article_id: str, ids: Sequence[str]) -> Side:
    return actors.get((article_id, ids[0]), Side()) if ids else Side()


def merge_item(row: dict[str, Any], date: dt.date | None, actors: dict[tuple[str, str], Side]) -> Item:
    aid = row["article_id"]
    actor1 = _side(actors, aid, row["source_actors"] or ())
    actor2 = _side(actors, aid, row["target_actors"] or ())
    return Item(
        article_id=aid, group=row["article_group"], event_id=row["event_id"],
        plover_type=row["plover_type"], plover_mode=row["plover_mode"],
        cameo_code=row["cameo_code"] or "", quad_class=row["quad_class"], intensity=row["intensity"], date=date,
        sentence=row["sentence"], trigger=(row["trigger_start"], row["trigger_end"]),
        offsets=(row["source_start"], row["target_start"]), published=row["published"],
        source=row["source"] or row["url"] or aid, url=row["url"], place=row["place_name"],
        lat=row["lat"], lon=row["lon"], country=row["place_country"] or actor1.country,
        admin1=row["admin1"], geonameid=row["geonameid"], precision=row["precision"],
        actor1=actor1, actor2=actor2, acled=_acled_pair(row),
        date_end=event_date(row.get("date_end"), None), story=row.get("story_id"),
        stem=trigger_stem(row.get("trigger_text") or ""),
    )


def _acled_pair(row: dict[str, Any]) -> tuple[str, str] | None:
    sub = row.get("acled_sub_event_type")
    return (row.get("acled_event_type") or "", sub) if sub else None


def merged_id(cluster: Cluster) -> str:
    seed = f"{cluster.seed.article_id}/{cluster.seed.event_id}".encode()
    return "m" + hashlib.sha1(seed).hexdigest()[:15]


def _common(values: Iterable[Any]) -> Any:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None


def _best_place(members: Sequence[Item]) -> Item:
    located = [m for m in members if m.lat is not None]
    return min(located or members, key=lambda m: (m.precision or 9))


def _side_of(members: Sequence[Item], attr: str) -> Side:
    return _common(getattr(m, attr) for m in members if getattr(m, attr).known) or Side()


def event_row(cluster: Cluster) -> dict[str, Any]:
    members = cluster.members
    where = _best_place(members)
    first = min(members, key=lambda m: (m.published or m.date or dt.date.max, m.article_id))
    dates = [m.date for m in members if m.date is not None]
    ends = [m.date_end or m.date for m in members if m.date is not None]
    src, tgt = _side_of(members, "actor1"), _side_of(members, "actor2")
    reported = [m.published for m in members if m.published]
    counted = list({m.group: m for m in reversed(members)}.values())
    return {
        "merged_id": merged_id(cluster), "plover_type": cluster.seed.plover_type,
        "plover_mode": _common(m.plover_mode for m in members),
        "cameo_code": _common(m.cameo_code for m in members) or cluster.seed.cameo_code,
        "quad_class": cluster.seed.quad_class, "intensity": cluster.seed.intensity,
        "date": min(dates, default=None), "date_last": max(ends, default=None),
        "country": where.country, "place_name": where.place, "admin1": where.admin1,
        "geonameid": where.geonameid, "lat": where.lat, "lon": where.lon,
        "precision": where.precision, "source_name": src.name, "source_code": src.code,
        "source_country": src.country, "source_sector": src.sector, "target_name": tgt.name,
        "target_code": tgt.code, "target_country": tgt.country, "target_sector": tgt.sector,
        "num_mentions": len(members), "num_articles": len(counted),
        "num_sources": len({m.source for m in counted}),
        "first_report": min(reported) if reported else None,
        "last_report": max(reported) if reported else None,
        "first_article_id": first.article_id, "first_url": first.url,
        "why": _why(cluster), **_acled(cluster),
    }


def _acled(cluster: Cluster) -> dict[str, str | None]:
    """The members' most frequent ACLED (event type, sub-event type) pair (earliest on ties)."""
    pair = _common(m.acled for m in cluster.members)
    return {"acled_event_type": pair[0] if pair else None,
            "acled_sub_event_type": pair[1] if pair else None}


def _why(cluster: Cluster) -> str:
    if cluster.seed.date is None:
        return UNDATED if len(cluster.members) == 1 else \
            f"{len(cluster.members)} mentions in one article and its copies; {UNDATED}"
    if len(cluster.members) == 1:
        return "single report"
    joined = " | ".join(cluster.reasons[1:21])
    copies = len({m.article_id for m in cluster.members}) - len({m.group for m in cluster.members})
    note = f" ({copies} near-duplicate article(s) counted once)" if copies else ""
    return f"{len(cluster.members)} mentions merged{note}: {joined}"


def mention_rows(cluster: Cluster) -> list[dict[str, Any]]:
    mid = merged_id(cluster)
    return [{"merged_id": mid, "article_id": m.article_id, "event_id": m.event_id,
             "sentence": m.sentence, "trigger_start": m.trigger[0], "trigger_end": m.trigger[1],
             "source_start": m.offsets[0], "target_start": m.offsets[1], "source": m.source,
             "published": m.published, "why": why}
            for m, why in zip(cluster.members, cluster.reasons)]


@dataclass(frozen=True, slots=True, kw_only=True)
class MergeSummary:
    events: int
    merged: int
    multi: int
    stories: int = 0


def merge_events(store: Any, *, settings: MergeSettings | None = None,
                 stories: StorySettings | None = None) -> MergeSummary:
    """Rebuild stories, merged_events, merged_event_mentions and merged_event_evidence in one
    transaction."""
    settings = settings or MergeSettings()
    with store.transaction():
        count = rebuild_stories(store, settings=stories)
        items = load_items(store)
        clusters = cluster_items(items, settings)
        events = [event_row(c) for c in clusters]
        mentions = [row for c in clusters for row in mention_rows(c)]
        for table in ("merged_event_evidence", "merged_event_mentions", "merged_events"):
            store.con.execute(f"DELETE FROM {table}")
        store.insert("merged_events", events)
        store.insert("merged_event_mentions", mentions)
        store.con.execute(EVIDENCE_SQL)
        store.mark_done("merge")
    multi = sum(1 for c in clusters if len(c.members) > 1)
    return MergeSummary(events=len(items), merged=len(clusters), multi=multi, stories=count)
