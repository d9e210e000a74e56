"""Places: toponyms recognised in the article, resolved against the gazetteer.

Recognition rules start in `toponyms.py`, disambiguation in `resolve.py`. Mentions that
resolve to the same gazetteer entry are one Place; places are numbered p1, p2, … in order of
first mention. Demonyms ("Iraqi") steer disambiguation and are kept on their country's Place
as `demonyms`, never as `mentions` (an event is not "in Iraqi"); a place named inside an
organisation's name ("the Springfield Police Department") is kept as `embedded`.

Every GPE, LOC and FAC mention gives a Place, or a diagnostic (W610) saying why not: a name
the gazetteer does not know that is not a facility or natural feature and that no place
context ("in X", "the village of X"; for a GPE also "at X", "X, near Y", "A, X and B")
calls a place (mostly organisations or events the model
mislabelled: "the Islamic State"), part of a person's name, or a word such as "the West"
that names no place by itself. An unknown facility, feature or placed name is a Place,
placed only as precisely as the text supports (fallback.py): at a place the same sentence
names, at the locality or country all the article's places are in, or nowhere (no
coordinates, precision 7 "unclear") with the reason; never in a country the text does not tie
it to.

A landmark of our own list (seats of government, parliaments, airports, squares) is an exact
place, unless the mention names the institution it houses ("White House aides", "the Kremlin
said": landmarks.py).

The name shown is the one English news uses: the gazetteer's name when it is plain Latin
script, else the article's own spelling of it ("Homs" for GeoNames' "Ḩimş", kept as
`native_name`); the point is always the one of the entry whose id is given.
"""
from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import accumulate
from urllib.parse import urlsplit

from ...model import Article, ArticleAnalysis, Mention, Place, Span
from ...parse import Parse
from ...registry import Resources
from ...resources.gazetteer import Candidate, Gazetteer
from ...resources.place_names import conventional_name, consonants, fold, plain_name, skeleton
from ..base import diagnose, updated
from ..quotes.speech import load_lexicon
from .discourse import find_toponyms
from .fallback import is_placed_name
from .landmarks import LANDMARK_CODES, institution_uses
from .name_kinds import names_a_storm
from .lookup import contains
from .outlets import Outlets, load_outlets
from .resolution import Resolution
from .resolve import resolve
from .toponym import PLACE_LABELS, CountryRef, Toponym, make_toponym
from .words import ORGANISATION_WORDS

ADMIN_KINDS = frozenset({"admin1", "admin2"})
# The Arabic article as GeoNames romanises it before a town's name ("Ar Raqqah", "Al Hasakah").
ARABIC_ARTICLES = frozenset({"al", "ar", "as", "ad", "an", "ash", "at", "az", "adh", "ath",
                             "el", "es", "ed", "en"})

UNPLACED_CODE = "W610"
# A qualified dateline's town may be a village of a name the world's big towns share
# ("MANCHESTER, Vt."): its entries are searched this deep for one in the qualifier.
QUALIFIED_LIMIT = 200
PRECISION_BY_KIND = {"city": 1, "admin2": 3, "admin1": 4, "country": 5, "region": 6}


class GeocodeStage:
    name = "places.gazetteer.v20"
    requires = frozenset({"article", "parse", "sentences", "mentions"})
    provides = frozenset({"places"})

    def __init__(self, gazetteer: Gazetteer, *, outlets: Outlets | None = None,
                 speech_verbs: frozenset[str] | None = None) -> None:
        self.gazetteer = gazetteer
        self.outlets = outlets if outlets is not None else load_outlets()
        self.speech_verbs = (speech_verbs if speech_verbs is not None
                             else load_lexicon().words["speech_verbs"])

    def __call__(self, analysis: ArticleAnalysis, parse: Parse) -> ArticleAnalysis:
        dateline = read_dateline(self.gazetteer, analysis.article.dateline)
        toponyms, refs = find_toponyms(analysis, parse=parse, gazetteer=self.gazetteer,
                                       speech_verbs=self.speech_verbs,
                                       dateline_town=dateline.town)
        resolutions = resolve(toponyms, refs, self.gazetteer, text=analysis.article.text,
                              dateline=dateline.place, dateline_sure=dateline.sure,
                              home=home_country(self.gazetteer, analysis.article,
                                                outlets=self.outlets))
        unknown = {t.span.start: r.reason for t, r in zip(toponyms, resolutions)
                   if r.candidate is None and not is_placed_name(t)}
        for k in institution_uses(toponyms, resolutions, parse, speech_verbs=self.speech_verbs):
            unknown[toponyms[k].span.start] = ("the landmark names the institution it houses "
                                               "here, not a place")
        kept = [k for k, t in enumerate(toponyms) if t.span.start not in unknown]
        places = build_places([toponyms[k] for k in kept], [resolutions[k] for k in kept],
                              text=analysis.article.text,
                              refs=country_refs(self.gazetteer, refs))
        analysis = updated(analysis, self.name, places=places)
        for mention in unplaced(analysis.mentions, places):
            surface = mention.span.of(analysis.article.text)
            why = unknown.get(mention.span.start) or dropped_reason(surface)
            analysis = diagnose(analysis, stage=self.name, code=UNPLACED_CODE,
                                span=mention.span,
                                message=f"{mention.label} {surface!r} is not a place: {why}")
        return analysis


def dropped_reason(surface: str) -> str:
    """Why a place-tagged mention the recognizer left out names no place."""
    if names_a_storm(surface):
        return "a storm's name"
    return "part of a person's name, or a word that names no place by itself"


def unplaced(mentions: Iterable[Mention], places: Iterable[Place]) -> list[Mention]:
    """GPE, LOC and FAC mentions that overlap no span of any place (n log n)."""
    covered = sorted((s.start, s.end) for p in places
                     for s in p.mentions + p.embedded + p.demonyms)
    starts = [a for a, _ in covered]
    reach = list(accumulate((b for _, b in covered), max))  # furthest end so far
    out = []
    for m in mentions:
        if m.label not in PLACE_LABELS:
            continue
        k = bisect.bisect_left(starts, m.span.end) - 1  # last place span starting before its end
        if k < 0 or reach[k] <= m.span.start:
            out.append(m)
    return out


@dataclass(frozen=True, slots=True)
class Dateline:
    """What a dateline says of the story's place: its entry (`place`); whether it says which
    town it is (`sure`: its qualifier holds the town, "SPRINGFIELD, Ill.", or the town is a
    national capital, "MANILA"; a bare "SPRINGFIELD —" is only the biggest Springfield,
    which the story may not be about); and then the town's name as the story writes it
    (`town`: "FLORENCE, Ala." → "Florence", the gazetteer's name when it is the dateline's,
    else the dateline's in title case)."""
    place: Candidate | None = None
    sure: bool = False
    town: str | None = None


def read_dateline(gazetteer: Gazetteer, dateline: str | None) -> Dateline:
    """The dateline's place (`Dateline`), its text read once."""
    if not dateline:
        return Dateline()
    head, _, rest = dateline.partition(",")
    head = head.split("(")[0].strip()
    qualifiers = _qualifiers(gazetteer, rest.split("(")[0].strip(" .—-–"))
    place = _dateline_entry(gazetteer, head.title(), qualifiers)
    sure = place is not None and (place.feature_code == "PPLC"
                                  or any(contains(q, place) for q in qualifiers))
    town = None
    if sure and place is not None and place.kind == "city":
        town = place.name if fold(place.name) == fold(head) else head.title()
    return Dateline(place=place, sure=sure, town=town)


def dateline_place(gazetteer: Gazetteer, dateline: str | None) -> Candidate | None:
    """The most likely entry for a dateline city ("BAGHDAD, Iraq" → Baghdad), inside the
    state or country the dateline qualifies it with ("SPRINGFIELD, Ill." → Illinois's); the
    state or country itself when no entry of the name lies in it ("BARNET, Vt.")."""
    return read_dateline(gazetteer, dateline).place


def _dateline_entry(gazetteer: Gazetteer, name: str, qualifiers: list[Candidate]
                    ) -> Candidate | None:
    found = gazetteer.candidates(name, limit=QUALIFIED_LIMIT if qualifiers else 20)
    usable = [c for c in found if c.match < 2 and c.kind in {"city", "country", "admin1"}]
    within = [c for c in usable if any(contains(q, c) for q in qualifiers)]
    if qualifiers and not within:  # "BARNET, Vt.": the town the gazetteer lacks is in Vermont
        usable = qualifiers       # (not Barnet, London)
    return max(within or usable,  # a dateline names a town: "MOMBASA" is the city, not the
               # county of its name
               key=lambda c: (c.feature_code == "PPLC", c.kind == "city", c.population),
               default=None)


def _qualifiers(gazetteer: Gazetteer, text: str) -> list[Candidate]:
    """Countries and first-level regions a dateline's qualifier ("Ill.", "Iraq") names."""
    if not text or not text[:1].isupper():
        return []
    return [c for c in gazetteer.candidates(text, limit=10)
            if c.match < 2 and c.kind in {"country", "admin1"}]


def home_country(gazetteer: Gazetteer, article: Article, *, outlets: Outlets | None = None
                 ) -> str | None:
    """The source's home country: the outlet `--source` names ("CNN" → USA), the outlet
    whose domain the URL is on, or the country-code top-level domain of the URL (or of a
    source given as a domain), e.g. "www.example.co.uk" → GBR."""
    if outlets is not None and article.source and (
            iso3 := outlets.country_of_name(article.source)):
        return iso3
    for value in (article.url, article.source):
        host = urlsplit(value if "//" in value else f"//{value}").hostname if value else None
        if not host or "." not in host:
            continue
        if outlets is not None and (iso3 := outlets.country_of_host(host)):
            return iso3
        tld = host.rsplit(".", 1)[1].upper()
        code = "GB" if tld == "UK" else tld
        if len(code) == 2 and (iso3 := gazetteer.country_iso3(code)):
            return iso3
    return None


def precision_of(res: Resolution, toponyms: Iterable[Toponym]) -> int:
    """UCDP-style precision: by the entry's kind (a landmark is exact); a city only "near"
    (or named inside a facility's name) is within 25 km (2); no coordinates is unclear (7)."""
    cand = res.candidate
    if cand is None or cand.lat is None:
        return 7
    code = 1 if cand.feature_code in LANDMARK_CODES else PRECISION_BY_KIND.get(cand.kind, 7)
    if code == 1 and (res.partial or res.inferred or all(t.near for t in toponyms)):
        code = 2
    return max(code, res.floor)


def build_places(toponyms: list[Toponym], resolutions: list[Resolution], *, text: str = "",
                 refs: Iterable[tuple[CountryRef, Candidate]] = ()) -> tuple[Place, ...]:
    """Merge toponyms that resolve to the same entry, add the country references to their
    country's Place (a demonym to the province of another country the article names by the
    country's name: "Georgian lawmakers" to the US state when "Georgia" is the state);
    number places by first mention."""
    merged: dict[object, list[int]] = {}
    for k, (top, res) in enumerate(zip(toponyms, resolutions)):
        unknown = res.candidate is None or res.inferred
        key = ("?", top.full_key) if unknown else res.candidate.pid  # type: ignore[union-attr]
        merged.setdefault(key, []).append(k)
    places = {key: make_place([toponyms[k] for k in ks], resolutions[ks[0]], text=text)
              for key, ks in merged.items()}
    regions = {fold(p.name): (key, p.country) for key, p in places.items()
               if p.feature_code == "ADM1"}
    for ref, country in refs:
        key = country.pid
        region, where = regions.get(fold(country.name), (None, None))
        if region is not None and where != country.country and not ref.embedded:
            key = region  # "Georgian lawmakers" in a story about the US state: its people
        place = places.get(key) or country_place(country)
        places[key] = add_ref(place, ref)
    ordered = sorted(places.values(), key=first_offset)
    return tuple(replace(p, id=f"p{n}") for n, p in enumerate(ordered, start=1))


def first_offset(place: Place) -> int:
    return min(s.start for s in place.mentions + place.embedded + place.demonyms)


def country_refs(gazetteer: Gazetteer, refs: Iterable[CountryRef]
                 ) -> list[tuple[CountryRef, Candidate]]:
    """Each country reference with its country's entry (references to unknown codes dropped)."""
    out = []
    for ref in refs:
        if (country := gazetteer.country(ref.country)) is not None:
            out.append((ref, country))
    return out


def country_place(country: Candidate) -> Place:
    return Place(id="", name=country.name, geonameid=country.geonameid, lat=country.lat,
                 lon=country.lon, country=country.country, feature_code=country.feature_code,
                 precision=5, confidence=0.5, reason="named only by a demonym or inside "
                 "an organisation's name")


def add_ref(place: Place, ref: CountryRef) -> Place:
    if ref.embedded:
        return replace(place, embedded=tuple(sorted(place.embedded + (ref.span,))))
    return replace(place, demonyms=tuple(sorted(place.demonyms + (ref.span,))))


# An English name of a region may have more words than its native one ("Lower Saxony" for
# "Niedersachsen"); one with a word of a building or body ("Bicol International Airport") is
# no region's name.
EXONYM_WORDS = 3


def english_name(cand: Candidate, tops: list[Toponym], *, text: str,
                 partial: bool = False) -> str:
    """The gazetteer's name when it is plain Latin script, unless the article writes a town's
    name without its Arabic article or as English transliterates it ("Raqqa", "Derna" for
    "Ar Raqqah", "Darnah"); else the article's own spelling of the name (the most frequent,
    without an admin suffix), else its transliteration.

    An admin region's romanised name often carries its native type word ("Hebei Sheng",
    "Respublika Dagestan"), which English does not use: when the article's spelling is the
    name without such words at either end, the article's spelling is the name. A region the
    article names by another name the gazetteer knows it by ("Lower Shabelle" for
    "Shabeellaha Hoose", "Inner Mongolia" for "Nei Mongol") takes the article's name, unless
    that is an abbreviation ("Calif.", "NSW") or holds more than the name (`partial`: "Hall
    County Jail" is in Hall County), even when it has more words ("Lower Saxony" for
    "Niedersachsen"); a spelling of more words than the name is a building's
    or a body's that holds it ("Canon City High School" is in Cañon City)."""
    spellings = Counter(_bare_surface(t, text) for t in tops if not t.demonym)
    words = len(plain_name(cand.name).split())  # a longer spelling is a building's or body's
    usable = _spellings_up_to(spellings, words)
    if cand.name.isascii() and cand.kind not in ADMIN_KINDS:
        bare = [(n, name) for n, name in usable
                if _without_article(name, cand.name) or _respelled(name, cand.name)]
        return max(bare)[1] if bare else cand.name  # "Raqqa", not "Ar Raqqah"
    if cand.name.isascii():
        inner = [(n, name) for n, name in usable if _inside_words(name, cand.name)]
        exonyms = [(n, name) for n, name in _spellings_up_to(spellings, max(words, EXONYM_WORDS))
                   if not ORGANISATION_WORDS & set(name.lower().split())]  # no airport's
        other = [(n, name) for n, name in exonyms if _written_out(name) and not partial
                 and fold(name) != fold(cand.name)]  # "Lower Shabelle" ("Shabeellaha Hoose")
        return max(inner or other)[1] if inner or other else conventional_name(cand.name)
    if usable and cand.kind != "country":
        return max(usable)[1]
    return conventional_name(cand.name) if cand.kind in ADMIN_KINDS else plain_name(cand.name)


def _without_article(written: str, name: str) -> bool:
    """True when the article writes the gazetteer's name without its Arabic article, as
    English does ("Raqqa" for "Ar Raqqah", "Hasakah" for "Al Hasakah", "Mansoura" for "Al
    Mansurah")."""
    head, _, rest = name.partition(" ")
    return bool(rest) and fold(head) in ARABIC_ARTICLES and written.isascii() \
        and (skeleton(fold(written)) == skeleton(fold(rest)) or _respelled(written, rest))


def _respelled(written: str, name: str) -> bool:
    """True when the article spells the gazetteer's name another way with the same
    consonants, as English transliterates it ("Derna" for "Darnah", "Misrata" for
    "Misratah", "Mekelle" for "Mek'ele"); not another name ("Bombay" for "Mumbai")."""
    mine, theirs = fold(written), fold(name)
    return mine != theirs and written.isascii() and len(bones := consonants(mine)) >= 3 \
        and bones == consonants(theirs)


def _spellings_up_to(spellings: Counter[str], words: int) -> list[tuple[int, str]]:
    """(count, spelling) of the article's capitalised spellings of at most `words` words."""
    return [(n, name) for name, n in spellings.items()
            if name and name[:1].isupper() and len(name.split()) <= words]


def _written_out(name: str) -> bool:
    """A name written out, not abbreviated: "Lower Shabelle", not "NSW" or "Calif."."""
    return not name.endswith(".") and any(ch.islower() for ch in name) and len(name) > 3


def _inside_words(short: str, name: str) -> bool:
    """`short` is `name` less whole words at its start or end ("Hebei" in "Hebei Sheng")."""
    if len(short) >= len(name):
        return False
    lower, key = name.lower(), short.lower()
    return lower.startswith(key + " ") or lower.endswith(" " + key)


def _bare_surface(top: Toponym, text: str) -> str:
    """The mention as written, without an admin suffix ("Diyala province" → "Diyala"); the
    name it stands for where the text shortens it ("North" of "North and South Carolina")
    or writes it in capitals ("TORONTO")."""
    surface = top.text.strip()
    if top.level is not None and top.key != top.full_key:
        surface = " ".join(surface.split()[:len(top.key.split())])  # "Gwoza LGA" → "Gwoza"
    return surface if surface.isascii() else ""


def make_place(tops: list[Toponym], res: Resolution, *, text: str = "") -> Place:
    named = _spans(t for t in tops if not t.embedded and not t.demonym)
    inside = _spans(t for t in tops if t.embedded and not t.demonym)
    adjectives = _spans(t for t in tops if t.demonym)
    cand = res.candidate
    if cand is None:
        return Place(id="", name=tops[0].text, precision=7, confidence=0.0,
                     reason=res.reason, mentions=named, embedded=inside, demonyms=adjectives)
    if res.inferred:  # an unknown name, at the place the text ties it to
        return Place(id="", name=tops[0].text, lat=cand.lat, lon=cand.lon,
                     country=cand.country, admin1=_plain(cand.admin1) if cand.kind != "country" else None,
                     precision=precision_of(res, tops), confidence=res.confidence,
                     reason=res.reason, mentions=named, embedded=inside,
                     demonyms=adjectives)
    name = english_name(cand, tops, text=text, partial=res.partial) if text else cand.name
    return Place(
        id="", name=name, geonameid=cand.geonameid, lat=cand.lat, lon=cand.lon,
        country=cand.country, admin1=_plain(cand.admin1) if cand.kind != "country" else None,
        admin2=_plain(cand.admin2), feature_code=cand.feature_code,
        precision=precision_of(res, tops), confidence=res.confidence, reason=res.reason,
        mentions=named, native_name=cand.name if name != cand.name else None, embedded=inside,
        demonyms=adjectives,
    )


def _plain(name: str | None) -> str | None:
    """A province's or district's name as a reader sees it ("Nīnawá" → "Ninawa")."""
    return conventional_name(name) if name else None


def _spans(tops: Iterable[Toponym]) -> tuple[Span, ...]:
    return tuple(sorted({t.span for t in tops}, key=lambda s: (s.start, s.end)))


def geocode_spans(analysis: ArticleAnalysis, parse: Parse, gazetteer: Gazetteer,
                  spans: Iterable[Span], *, outlets: Outlets | None = None,
                  speech_verbs: frozenset[str]) -> list[Resolution]:
    """Resolve given spans (e.g. gold toponyms) with the article's own country references;
    one resolution per span, in the order given."""
    text = analysis.article.text
    _, refs = find_toponyms(analysis, parse=parse, gazetteer=gazetteer,
                            speech_verbs=speech_verbs)
    spans = list(spans)
    order = sorted(range(len(spans)), key=lambda k: (spans[k].start, spans[k].end))
    tops = [make_toponym(spans[k], spans[k].of(text), "GPE", parse) for k in order]
    dateline = read_dateline(gazetteer, analysis.article.dateline)
    found = resolve(tops, refs, gazetteer, text=text, dateline=dateline.place,
                    dateline_sure=dateline.sure,
                    home=home_country(gazetteer, analysis.article, outlets=outlets),
                    all_places=True)
    out: list[Resolution | None] = [None] * len(spans)
    for k, res in zip(order, found):
        out[k] = res
    return out  # type: ignore[return-value]


def make_stage(resources: Resources) -> GeocodeStage:
    return GeocodeStage(resources.get("gazetteer"))
