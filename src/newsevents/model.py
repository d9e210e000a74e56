"""The one data contract between stages: frozen, slotted, keyword-only dataclasses.

Every fact carries a `Span` into the immutable `Article.text`. No logic here beyond validation.
"""
from __future__ import annotations

import datetime as dt
import operator
from dataclasses import dataclass, field, fields
from typing import TypeVar

MODALITIES = ("asserted", "negated", "hypothetical", "future", "threatened", "claimed", "denied")
QUOTE_KINDS = ("direct", "indirect", "mixed")
POLARITIES = ("asserts", "denies", "uncertain")
QUALIFIERS = (
    "exact", "approximate", "at_least", "more_than", "at_most", "less_than", "range", "vague",
)
FIGURE_CATEGORIES = (
    "killed", "wounded", "missing", "displaced", "arrested", "kidnapped", "protesters",
    "troops", "affected", "casualties",
)
# "casualties": people hit (shot, stabbed, struck) without saying whether they survived; the
# casualty summary splits them into killed and wounded.
VICTIM_KINDS = (
    "civilians", "children", "military", "police", "militants", "journalists", "aid workers",
    "officials", "suspects",
)
PRECISIONS = {
    1: "exact place", 2: "within 25 km", 3: "admin2", 4: "admin1", 5: "country",
    6: "region", 7: "unclear",
}


T = TypeVar("T")


def compact_pickle(cls: type[T]) -> type[T]:
    """Pickle a frozen slotted dataclass as a plain tuple of its field values.

    Analyses cross process boundaries in batch runs; the dataclasses' default pickling looks
    the fields up again for every object, which doubles the cost of unpickling."""
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    get, set_ = operator.attrgetter(*names), object.__setattr__

    def getstate(self: T) -> tuple[object, ...]:
        values = get(self)
        return values if len(names) > 1 else (values,)

    def setstate(self: T, state: tuple[object, ...]) -> None:
        for name, value in zip(names, state):
            set_(self, name, value)

    cls.__getstate__ = getstate  # type: ignore[attr-defined]
    cls.__setstate__ = setstate  # type: ignore[attr-defined]
    return cls


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open character offsets [start, end) into `Article.text`."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span ({self.start}, {self.end})")

    def __reduce__(self) -> tuple[type[Span], tuple[int, int]]:
        return (Span, (self.start, self.end))

    def of(self, text: str) -> str:
        return text[self.start:self.end]

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@compact_pickle
@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    dateline: str | None = None
    language: str = "en"
    source: str | None = None
    url: str | None = None
    origin: str | None = None
    language_score: float | None = None  # the detector's confidence in `language`; None: not run


@compact_pickle
@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    index: int
    span: Span


@compact_pickle
@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    span: Span
    label: str
    sentence: int


@compact_pickle
@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    wikidata_id: str | None = None
    mentions: tuple[Span, ...] = ()


@compact_pickle
@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    id: str
    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    feature_code: str | None = None
    precision: int = 7
    confidence: float = 0.0
    reason: str = ""
    mentions: tuple[Span, ...] = ()
    native_name: str | None = None  # GeoNames' own name when `name` is the English one
    embedded: tuple[Span, ...] = ()  # mentions inside an organisation's or facility's name
    demonyms: tuple[Span, ...] = ()  # nationality words standing for the place ("Greek")


@compact_pickle
@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    id: str
    plover_type: str
    plover_mode: str | None
    cameo_code: str
    quad_class: int
    intensity: float
    trigger: Span
    sentence: int
    source_actors: tuple[str, ...] = ()
    target_actors: tuple[str, ...] = ()
    source_spans: tuple[Span, ...] = ()
    target_spans: tuple[Span, ...] = ()
    place: str | None = None
    place_reason: str | None = None
    date: str | None = None
    date_end: str | None = None
    date_span: Span | None = None
    date_source: str = "none"
    modality: str = "asserted"
    attributed_to: str | None = None
    attribution_span: Span | None = None
    evidence: Span | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None


@compact_pickle
@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    id: str
    kind: str
    span: Span
    speaker: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None


@compact_pickle
@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    id: str
    category: str
    low: int | None
    high: int | None
    qualifier: str
    span: Span
    hedged: bool = False
    unit: str = "people"
    event: str | None = None
    place: str | None = None
    attributed_to: str | None = None
    attribution_span: Span | None = None
    victims: str | None = None  # who was counted (one of VICTIM_KINDS), from the counted noun
    part_of: str | None = None  # id of the total this figure is a part of ("including 4 children")
    described: bool = False  # counted from a description ("a man", "both officers"), no number


@compact_pickle
@dataclass(frozen=True, slots=True, kw_only=True)
class Casualties:
    """Killed and wounded of one incident: one per event with casualty figures, and one for
    the article (event None) = the incident the article is about (see stages/figures/casualties.py)."""

    id: str
    event: str | None
    killed_low: int | None = None
    killed_high: int | None = None
    wounded_low: int | None = None
    wounded_high: int | None = None
    figures: tuple[str, ...] = ()  # the figures behind the counts
    reported_by: tuple[str, ...] = ()  # actor ids the figures are attributed to


@compact_pickle
@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    id: str
    polarity: str
    span: Span
    claimant: str | None = None
    claimant_span: Span | None = None
    event: str | None = None
    figure: str | None = None
    quote: str | None = None


@compact_pickle
@dataclass(frozen=True, slots=True, kw_only=True)
class Contradiction:
    id: str
    claim_a: str
    claim_b: str
    reason: str
    event: str | None = None
    figure: str | None = None


@compact_pickle
@dataclass(frozen=True, slots=True, kw_only=True)
class Diagnostic:
    stage: str
    code: str
    message: str
    span: Span | None = None


@compact_pickle
@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleAnalysis:
    article: Article
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    claims: tuple[Claim, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    casualties: tuple[Casualties, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    stages_run: tuple[str, ...] = field(default=())
