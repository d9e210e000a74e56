"""Places: toponyms recognised in the article, resolved against the gazetteer.

Recognition rules are in `toponyms.py`, disambiguation in `resolve.py`. Demonyms
("Iraqi") are country references that steer disambiguation but are never places. Mentions that
resolve to the same gazetteer entry are one Place; places are numbered p1, p2, … in order of
first mention. A facility (FAC: a building, road, airport) or a natural feature named with its
generic word (LOC "Cuyahoga River") is a Place even when the gazetteer does not know it: placed at the nearest place the article names (fallback.py), with that
place's precision but never better than "within 25 km" (2), or with no coordinates and
precision 7 ("unclear") when the article names no place; other unknown names are dropped
(they are mostly organisations or events the model mislabelled).
"""
from __future__ import annotations

from collections.abc import Iterable

from ...model import ArticleAnalysis, Place, Span
from ...parse import Parse
from ...registry import Resources
from ...resources.gazetteer import Candidate, Gazetteer
from .resolution import Resolution
from .resolve import resolve
from .toponyms import Toponym, recognize
from ..base import updated

PRECISION_BY_KIND = {"city": 1, "admin2": 3, "admin1": 4, "country": 5, "region": 6}
FEATURE_WORDS = frozenset({
    "river", "lake", "mountain", "mountains", "valley", "island", "islands", "bay", "canal",
    "creek", "delta", "desert", "forest", "beach", "coast", "peninsula", "sea", "strait",
    "falls", "hills", "plateau", "basin", "reservoir", "dam", "glacier", "lagoon", "range",
})


class GeocodeStage:
    name = "places.gazetteer.v1"
    requires = frozenset({"article", "parse", "sentences", "mentions"})
    provides = frozenset({"places"})

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, analysis: ArticleAnalysis, parse: Parse) -> ArticleAnalysis:
        toponyms, refs = recognize(analysis, parse, self.gazetteer)
        resolutions = resolve(toponyms, refs, self.gazetteer, text=analysis.article.text,
                              dateline=dateline_place(self.gazetteer, analysis.article.dateline))
        return updated(analysis, self.name, places=build_places(toponyms, resolutions))


def dateline_place(gazetteer: Gazetteer, dateline: str | None) -> Candidate | None:
    """The most likely entry for a dateline city ("BAGHDAD, Iraq" → Baghdad)."""
    if not dateline:
        return None
    name = dateline.split(",")[0].split("(")[0].strip().title()
    found = gazetteer.candidates(name, limit=10)
    usable = [c for c in found if c.match < 2 and c.kind in {"city", "country", "admin1"}]
    return max(usable, key=lambda c: (c.feature_code == "PPLC", c.population), default=None)


def precision_of(res: Resolution, toponyms: Iterable[Toponym]) -> int:
    """UCDP-style precision: by the entry's kind; a city only "near" (or named inside a
    facility's name) is within 25 km (2); no coordinates is unclear (7)."""
    cand = res.candidate
    if cand is None or cand.lat is None:
        return 7
    code = PRECISION_BY_KIND.get(cand.kind, 7)
    if code == 1 and (res.partial or res.inferred or all(t.near for t in toponyms)):
        return 2
    return code


def is_feature(top: Toponym) -> bool:
    """A facility, or a natural feature by its generic word ("Cuyahoga River", "Lake
    Manassas", "Mount Kenya"): a real place even when the gazetteer does not know it."""
    if top.label == "FAC":
        return True
    words = top.full_key.split()
    return top.label == "LOC" and len(words) > 1 and (
        words[-1] in FEATURE_WORDS or words[0] in {"lake", "mount", "mt", "cape", "gulf"})


def build_places(toponyms: list[Toponym], resolutions: list[Resolution]) -> tuple[Place, ...]:
    """Merge toponyms that resolve to the same entry; number places by first mention."""
    merged: dict[object, list[int]] = {}
    for k, (top, res) in enumerate(zip(toponyms, resolutions)):
        unknown = res.candidate is None or res.inferred
        if unknown and not is_feature(top):
            continue  # an unknown GPE/LOC is mostly a name the model mislabelled
        key = ("?", top.full_key) if unknown else res.candidate.pid  # type: ignore[union-attr]
        merged.setdefault(key, []).append(k)
    ordered = sorted(merged.values(), key=lambda ks: toponyms[ks[0]].span.start)
    return tuple(
        make_place(f"p{n}", [toponyms[k] for k in ks], resolutions[ks[0]])
        for n, ks in enumerate(ordered, start=1)
    )


def make_place(ident: str, tops: list[Toponym], res: Resolution) -> Place:
    spans = tuple(sorted({t.span for t in tops}, key=lambda s: (s.start, s.end)))
    cand = res.candidate
    if cand is None:
        return Place(id=ident, name=tops[0].text, precision=7, confidence=0.0,
                     reason=res.reason, mentions=spans)
    if res.inferred:  # an unknown facility, at the point of the place named nearest to it
        return Place(id=ident, name=tops[0].text, lat=cand.lat, lon=cand.lon,
                     country=cand.country, admin1=cand.admin1 if cand.kind != "country" else None,
                     precision=precision_of(res, tops), confidence=res.confidence,
                     reason=res.reason, mentions=spans)
    return Place(
        id=ident, name=cand.name, geonameid=cand.geonameid, lat=cand.lat, lon=cand.lon,
        country=cand.country, admin1=cand.admin1 if cand.kind != "country" else None,
        admin2=cand.admin2, feature_code=cand.feature_code,
        precision=precision_of(res, tops), confidence=res.confidence, reason=res.reason,
        mentions=spans,
    )


def geocode_spans(analysis: ArticleAnalysis, parse: Parse, gazetteer: Gazetteer,
                  spans: Iterable[Span]) -> list[Resolution]:
    """Resolve given spans (e.g. gold toponyms) with the article's own country references;
    one resolution per span, in the order given."""
    from .toponyms import make_toponym

    text = analysis.article.text
    _, refs = recognize(analysis, parse, gazetteer)
    spans = list(spans)
    order = sorted(range(len(spans)), key=lambda k: (spans[k].start, spans[k].end))
    tops = [make_toponym(spans[k], spans[k].of(text), "GPE", parse) for k in order]
    found = resolve(tops, refs, gazetteer, text=text,
                    dateline=dateline_place(gazetteer, analysis.article.dateline))
    out: list[Resolution | None] = [None] * len(spans)
    for k, res in zip(order, found):
        out[k] = res
    return out  # type: ignore[return-value]


def make_stage(resources: Resources) -> GeocodeStage:
    return GeocodeStage(resources.get("gazetteer"))
