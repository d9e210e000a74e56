"""Toponym recognition: which mentions name places, fixing the NER model's usual confusions.

- GPE, LOC and FAC mentions are toponyms, unless the name is the surname of a person named
  in the article, by a PERSON mention or a person actor ("Obama" after "Barack Obama" is
  the person, not Obama, Japan); lowercase direction words before the name are not part of
  it ("north west London" → "London"), nor capitalised ones when the whole is no entry and
  the rest names a country or province ("Eastern China"; not "South Africa");
- a NORP mention that is a demonym ("Iraqi", "Iranians") is a *country reference*: it counts
  towards the article's country focus and is kept on the country's Place as a demonym, never
  as a mention (an event is not "in Iraqi"); a region's adjective ("European", "Central
  American") is a demonym of the region; so is a demonym outside the place and organisation
  mentions ("8,000 Egyptian pounds", an untagged "Danish"), but not a language ("in
  English");
- a NORP mention that is not a demonym but names a sizeable populated place or admin region
  by its own name ("Samarra", "Cornwall" tagged NORP; not "Christian" for Christian County)
  is a toponym; so is an ORG (or PRODUCT) mention that is exactly the name of a country or
  admin region ("KwaZulu-Natal", "Sokoto State"), or of a town the context places (below;
  without it "Liverpool" is more often the football club);
- a PERSON or ORG name that the gazetteer knows as a place and that the context places is a
  toponym: a locative cue ("in X", "near X"), also before the first name of a list ("in
  Suwon and X", "the cities of A, B and X"); a place noun ("the village of X", "the
  province X"); where a person is from ("Jane Roe of X", "Jane Roe, 54, of X"); a qualifier
  ("X, Ohio", "X, Ill."); a place it is listed with ("Cairo, X and Luxor"); the town of an
  institution set off by commas ("the Federal College of Health, X,"); a longer PERSON
  mention that is exactly the name of a country, admin region or sizeable city ("Tamil
  Nadu") is one without context;
- a GPE that is the surname of a person named in the article stays a toponym only when it
  names a country, admin region or region ("Jordan"), or the context places it ("in
  Hammond", "Reston, Virginia"); bare directions ("the West") are not toponyms;
- "X province/governorate/district", "X state", "the state of X", "X Governor" and "the
  governor of X" carry an admin-level hint; "near X", "outside X", "north of X" mark a place
  that is only approximately the one named (precision 2 for cities);
- names inside an organisation's name ("the Springfield Police Department", "Ohio State
  University", "University of Kent", "Air France", "Japan’s Ministry of Agriculture"): a
  country's name or a demonym anywhere in it is a country reference (kept on the country's
  Place as `embedded` or as a demonym), except a name that is also a province of another
  country ("the Georgia National Guard"), left to the article's context as a place; a
  region, province, district named with its admin word, or town by its own name at the
  start of a run of capitalised words, after "of" or at the end of the name is a place
  flagged `embedded` (a town of 50,000+ people, or of 1,000+ when the organisation is a
  local institution: police, council, school …, not a university, often named after its
  founder); an organisation's name ending in a facility word ("Royal Street", "Mercy
  Hospital", "Kilburn Estate") is a facility (FAC), and so is one named as a venue ("at
  the X School of Music", "at the Palais X in Geneva");
- an untagged proper noun of one to three words that is exactly a country name, or in a
  place context (above) a province or a town of 10,000+ people, is a toponym the model
  missed; so is a place before a hyphenated participle ("Ohio-based"; a country so named,
  "U.S.-led", is a country reference); and a dateline in capitals opening the text, a
  line, or (before an agency or a dash) a sentence ("DURBAN, South Africa —", "TORONTO —",
  "SAN DIEGO (AP) -"), with the state or country that qualifies it; a trailing possessive
  is not part of a name.

Place contexts added in places.gazetteer.v4 (issue 13): a lowercase direction ("central X",
"south of X"), an institution's "of" ("the Children's Hospital of X"), the object of a verb
of capture or patrol ("rebels captured X", also passive), an appositive place noun ("X, a
farming town"), "a village called X", a place noun after the name or a pair of names ("X
village", "X and Y islands"). A place noun, a feature word ("Kodori Gorge") or a lowercase
road word ("Bourbon and Dauphine streets") makes a name tagged PERSON, ORG or NORP a place
even when the gazetteer lacks it; a town the model took for a language or a work of art
("Aleppo") is one; a name ending in a building's word is the building, not a town named
like it ("the White House"); a place's name tagged FAC without such a word is the place.
Mentions are first repaired (repair.py) and repeated names added (discourse.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...model import ArticleAnalysis, Mention, Span
from ...parse import Parse, Tok
from ...resources.gazetteer import MATCH_ALIAS, MATCH_NAME, Candidate, Gazetteer
from ...resources.place_names import fold, split_admin_suffix
from .repair import repair_mentions
from .words import FACILITY_WORDS, FEATURE_WORDS, PLACE_NOUNS, VENUE_WORDS

_WORD = re.compile(r"[\w’'.]+")
ADJECTIVE_SUFFIXES = ("ern", "an", "n")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
SCANNED_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG"})  # read for places by label
LOCATIVE_CUES = frozenset({"in", "near", "outside", "at", "into", "from", "across", "around",
                           "to", "towards", "toward", "inside", "throughout"})
PLACE_CUES = frozenset({"in", "near", "outside", "inside", "around", "across", "throughout"})
NEAR_CUES = frozenset({"near", "outside", "around", "outskirts", "north", "south", "east",
                       "west", "northeast", "northwest", "southeast", "southwest"})
NORP_MIN_POPULATION = 50_000
PLACED_MIN_POPULATION = 1_000  # an ORG name the context calls a place: a town, not a hamlet
MISSED_MIN_POPULATION = 10_000
INSIDE_KINDS = ("region", "admin1", "admin2", "city")
LIST_WORDS = frozenset({",", "and", "or"})
LISTED_LABELS = frozenset({"GPE", "LOC"})
MAX_LIST_NAMES = 5
NAMED_LABELS = frozenset({"ORG", "PERSON", "NORP", "PRODUCT"})  # labels a place name gets
# Place nouns that end a place's own name ("Shaher District"; not "Islamic State").
NAMING_NOUNS = PLACE_NOUNS - {"state", "states", "community", "communities", "capital"} | {"ward"}
ROAD_WORDS = frozenset({"street", "streets", "avenue", "avenues", "road", "roads", "lane",
                        "boulevard", "intersection", "highway", "bridge"})  # lowercase, after
# Verbs whose direct object is a place: "captured X", "patrolled X", "fled X".
PLACE_VERBS = frozenset({
    "capture", "recapture", "seize", "storm", "shell", "bombard", "liberate", "enter",
    "patrol", "besiege", "overrun", "raid", "invade", "occupy", "encircle", "evacuate",
    "flee", "retake", "reach", "annex", "blockade",
})
# Feature words that end no town's or person's name ("Lakeview Falls", "Palm Beach" do):
# a name the model tagged PERSON or ORG that ends in one is the feature.
WILD_FEATURE_WORDS = frozenset({
    "river", "mountains", "gorge", "plains", "plateau", "desert", "canal", "strait",
    "peninsula", "glacier", "lagoon", "marsh", "swamp", "oasis", "wadi", "delta",
})
VENUE_CUES = frozenset({"at", "in", "inside", "outside", "near", "into", "within"})
# Words of an institution of a town (its police, council, schools): its name names the town.
# Not "university" or "college": they are often named after their founders (a small town
# called Cornell is not where Cornell University is).
LOCAL_INSTITUTION_WORDS = frozenset({
    "police", "sheriff", "fire", "council", "school", "schools", "hospital", "court",
    "library", "mayor", "city", "county", "township", "borough", "district", "department",
    "transit", "water", "parks", "board", "chamber",
})
ARTICLE_STOPS = frozenset({"of", "in", "to", "from", "and", "or", "for", "at", "by", "on",
                           "with", "near", "into", "across"})
DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                             "western", "central", "northeast", "northwest", "southeast",
                             "southwest", "northeastern", "northwestern", "southeastern",
                             "southwestern"})
# Lowercase words inside persons' names ("Ludwig van Beethoven", "Abu Bakr al-Baghdadi").
NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "du",
                            "la", "le", "bin", "ibn", "bint", "al", "el", "ben", "y", "dos",
                            "das", "ter", "op", "zu", "af"})
# Words that, capitalised at a sentence's start, open a phrase rather than a name ("With
# Samos's economy in ruins" is no person "With Samos").
OPENING_WORDS = frozenset({"with", "in", "at", "the", "from", "for", "of", "on", "by", "to",
                           "and", "but", "as", "after", "before", "a", "an", "his", "her",
                           "their", "its", "this", "that", "when", "while", "if", "under"})
# Words the model tags as places that name no place by themselves ("the West", "Centre").
GENERIC_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "midwest", "downtown", "uptown", "city", "state", "capital",
})


_ARTICLE_PREFIX = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ed|es|et|ez)-[A-Z]")
_CAPS = r"([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3})"
# A dateline opens the text or a line; after a sentence it needs the agency or a dash (a
# sentence may open with an acronym and a comma: "NATO, the alliance, …").
DATELINES = (re.compile(r"(?:^|(?<=\n))[ \t]*" + _CAPS + r"(?=,| ?\(| ?[—–]| - )"),
             re.compile(r"(?:(?<=[.!?]\s)|(?<=[.!?]\s\s))" + _CAPS + r"(?= ?\(| ?[—–]| - )"))
QUALIFIER = re.compile(r", ([A-Z][\w.]*(?: [A-Z][\w.]*){0,2}?)(?= ?\(| ?[—–]| ?-)")


@dataclass(frozen=True, slots=True, kw_only=True)
class Toponym:
    span: Span
    text: str
    key: str  # folded lookup name, admin suffix removed
    full_key: str  # folded name with any admin suffix
    level: int | None  # admin level suggested by a suffix ("province" → 1)
    label: str
    sentence: int
    near: bool = False
    article: bool = False  # after "the" (+ lowercase modifiers): "the tropical Atlantic"
    embedded: bool = False  # inside an organisation's or facility's name
    demonym: bool = False  # an adjective standing for the place ("European")
    cued: bool = False  # the context says it is a place: "in X", "the village of X", "X area"
    directed: bool = False  # after a lowercase direction word: "central X", "northern X"


@dataclass(frozen=True, slots=True, kw_only=True)
class CountryRef:
    span: Span
    country: str  # ISO3
    text: str
    embedded: bool = False  # a country's name opening an organisation's ("Pakistan Army")


def person_names(analysis: ArticleAnalysis) -> frozenset[str]:
    """Folded names and surnames (last words) of the persons in the article: PERSON mentions,
    and the person actors (with every mention co-referred to them) when the actors stage ran.
    Only the last word: a name is repeated by its surname, and the model often runs a
    person's name into a place before it ("Hammond Health Officer Rodrigo Panares")."""
    text = analysis.article.text
    names = [m.span.of(text) for m in analysis.mentions if m.label == "PERSON"]
    for actor in analysis.actors:
        if actor.kind == "person":
            names.append(actor.name)
            names.extend(span.of(text) for span in actor.mentions)
    out: set[str] = set()
    for name in filter(looks_like_name, names):
        key = fold(name)
        out.add(key)
        if len(last := key.rsplit(" ", 1)[-1]) > 2:
            out.add(last)  # "Obama" after "Barack Obama"; not "Reston" of "Ebola Reston"
    return frozenset(out)


def looks_like_name(text: str) -> bool:
    """True for a person's name as written: every word capitalised but name particles ("Abu
    Bakr al-Baghdadi", "Ludwig van Beethoven"); not a phrase an actor's mentions may also
    hold ("the state of Guerrero", "Smith and Jones", "With Samos"), whose last word is no
    surname."""
    words = text.split()
    return bool(words) and words[0].lower() not in OPENING_WORDS and all(
        w[:1].isupper() or w.lower().split("-")[0] in NAME_PARTICLES or not w[:1].isalpha()
        for w in words)


def recognize(analysis: ArticleAnalysis, parse: Parse, gazetteer: Gazetteer
              ) -> tuple[list[Toponym], list[CountryRef]]:
    """Toponyms and demonym country references, in text order."""
    text = analysis.article.text
    persons = person_names(analysis)
    toponyms: list[Toponym] = []
    refs: list[CountryRef] = []
    mentions = repair_mentions(analysis.mentions, parse=parse, gazetteer=gazetteer)
    for mention in mentions:
        mention = without_direction(without_possessive(mention, text), text,
                                    gazetteer=gazetteer)
        surface = mention.span.of(text)
        if mention.label in {"NORP", "GPE"} and (iso3 := gazetteer.demonym(surface)):
            refs.append(CountryRef(span=mention.span, country=iso3, text=surface))
        elif mention.label == "NORP" and region_adjective(gazetteer, surface):
            toponyms.append(replace(make_toponym(mention.span, surface, "LOC", parse),
                                    demonym=True))
        elif _is_toponym(mention, surface, parse, gazetteer, persons):
            toponyms.append(make_toponym(mention.span, surface,
                                         _place_label(parse, mention, surface, gazetteer),
                                         parse))
        elif _facility(parse, mention, surface):
            toponyms.append(make_toponym(mention.span, surface, "FAC", parse))
        elif mention.label in NAMED_LABELS and is_feature_name(surface):
            toponyms.append(make_toponym(mention.span, surface, "LOC", parse))
        elif mention.label in NAMED_LABELS and _named_by_place_noun(
                parse, mention.span, group=mention.label == "NORP"):
            toponyms.append(make_toponym(mention.span, surface, "GPE", parse))
        elif mention.label in {"ORG", "FAC", "NORP", "EVENT"}:  # "the Muscat Film Festival"
            tops, found = inside_names(mention.span, text, gazetteer, persons)
            if not tops and mention.label == "ORG" and is_venue(parse, mention.span, surface):
                toponyms.append(make_toponym(mention.span, surface, "FAC", parse))
            toponyms.extend(replace(make_toponym(s, s.of(text), "GPE", parse), embedded=True,
                                    demonym=demonym) for s, demonym in tops)
            refs.extend(found)
    toponyms.extend(_missed(parse, mentions, gazetteer, persons))
    loose_tops, loose_refs = _loose_names(parse, mentions, gazetteer)
    toponyms.extend(loose_tops)
    refs.extend(loose_refs)
    toponyms.extend(_dateline(parse, mentions, gazetteer, text))
    return settle(toponyms, refs)


def settle(toponyms: list[Toponym], refs: list[CountryRef]
           ) -> tuple[list[Toponym], list[CountryRef]]:
    """Toponyms in text order (longest and named first) without one that overlaps the one
    before it (a dateline the model also tagged inside an organisation's name); country
    references that start no toponym."""
    toponyms = sorted(toponyms, key=lambda t: (t.span.start, -t.span.end, t.embedded))
    named = {t.span.start for t in toponyms}
    out: list[Toponym] = []
    for top in toponyms:
        if not out or not out[-1].span.overlaps(top.span):
            out.append(top)
    return out, [r for r in refs if r.span.start not in named]


def without_possessive(mention: Mention, text: str) -> Mention:
    """The mention without a trailing possessive ("South Korea's" → "South Korea")."""
    surface = mention.span.of(text)
    if len(surface) > 3 and surface[-2:] in {"'s", "’s"}:
        return replace(mention, span=Span(mention.span.start, mention.span.end - 2))
    return mention


def without_direction(mention: Mention, text: str, *, gazetteer: Gazetteer | None = None
                      ) -> Mention:
    """A place mention without direction words before its name: lowercase ones always
    ("north west London" → "London"), capitalised ones when the whole is no entry but the
    rest names a country or first-level region ("Eastern China", "South West England"; not
    "South Africa"). The name is what the gazetteer knows."""
    surface = mention.span.of(text)
    if mention.label not in PLACE_LABELS:
        return mention
    offset = _direction_prefix(surface)
    if not offset or offset >= len(surface):
        return mention
    if not surface[:1].islower() and (
            gazetteer is None or _exact_places(gazetteer, surface)
            or not _exact_places(gazetteer, surface[offset:],
                                 kinds=("country", "admin1", "region"))):
        return mention
    return replace(mention, span=Span(mention.span.start + offset, mention.span.end))


def _direction_prefix(surface: str) -> int:
    """Length (with the space) of the direction words opening `surface` ("north west ",
    "South-East "), 0 when there are none."""
    offset = 0
    for word in surface.split(" "):
        if not set(word.lower().split("-")) <= DIRECTION_WORDS:
            break
        offset += len(word) + 1
    return offset


def is_facility_name(surface: str) -> bool:
    """A name ending in a word for a building, road or estate ("Royal Street")."""
    words = fold(surface).split()
    return len(words) > 1 and words[-1] in FACILITY_WORDS


def _place_label(parse: Parse, mention: Mention, surface: str, gazetteer: Gazetteer) -> str:
    """The label a toponym is looked up by: FAC for a building ("the White House"); GPE
    for a "facility" whose name has no word of a building, road or grounds and is a place's
    name ("the Laboratory at Weybridge": Weybridge tagged FAC is the town)."""
    if _building(parse, mention, surface, gazetteer):
        return "FAC"
    words = set(fold(surface).split())
    if mention.label == "FAC" and not words & (FACILITY_WORDS | VENUE_WORDS | FEATURE_WORDS) \
            and _exact_places(gazetteer, surface):
        return "GPE"
    return mention.label


def _building(parse: Parse, mention: Mention, surface: str, gazetteer: Gazetteer) -> bool:
    """A name whose last word names a building ("the White House", "Town Hall"): the
    building, not a town that shares its name, unless a qualifier or a place noun says it
    is the town ("White House, Tenn.", "the town of White House")."""
    words = fold(surface).split()
    return len(words) > 1 and words[-1] in VENUE_WORDS | FACILITY_WORDS \
        and not _qualified(parse, mention.span, gazetteer) \
        and not _place_noun(parse, mention.span)


def is_feature_name(surface: str) -> bool:
    """A name ending in a natural feature's generic word ("Kodori Gorge", "Murbet Al-Hassan
    Mountains"), capitalised as a name."""
    words = surface.split()
    return len(words) > 1 and words[-1][:1].isupper() and fold(words[-1]) in WILD_FEATURE_WORDS


def _facility(parse: Parse, mention: Mention, surface: str) -> bool:
    """A person- or organisation-tagged name of a building, road or estate ("Royal Street",
    "Mercy Hospital"), or a name before a lowercase road word ("Bourbon street")."""
    return mention.label in {"ORG", "PERSON"} and is_facility_name(surface) \
        or mention.label in NAMED_LABELS and _road_name(parse, mention.span)


def _road_name(parse: Parse, span: Span) -> bool:
    """True for a road's name before its lowercase road word, also first in a pair ("Bourbon
    street", "Bourbon and Dauphine streets", "the Chartres/Franklin intersection")."""
    last = parse.token_at(span.end - 1)
    toks = parse.tokens
    if last is None:
        return False
    k = last.i + 1
    if k + 1 < len(toks) and toks[k].text in {"and", "/", "&"} and toks[k + 1].pos == "PROPN":
        k += 2
    return k < len(toks) and toks[k].text in ROAD_WORDS


def _named_by_place_noun(parse: Parse, span: Span, *, group: bool = False) -> bool:
    """A place noun says what the name is, before it ("the village of X", "the town X") or
    after it ("X village", "the X district"; not after a group's name (`group`): "the Sikh
    community"): a place even when the gazetteer does not know it and the model took it for
    a person or organisation, or missed it."""
    return _place_noun(parse, span) or not group and _noun_after(parse, span)


def _noun_after(parse: Parse, span: Span) -> bool:
    """True when a lowercase place noun or feature word follows the name, also across a
    second name ("X village", "Rangitoto and Motutapu islands", "the X and Y provinces")."""
    last = parse.token_at(span.end - 1)
    toks = parse.tokens
    if last is None:
        return False
    k = last.i + 1
    if k + 1 < len(toks) and toks[k].text in {"and", "or"} and toks[k + 1].pos == "PROPN":
        k += 2
    return k < len(toks) and toks[k].text in PLACE_NOUNS | FEATURE_WORDS | {"islands"}


def is_venue(parse: Parse, span: Span, surface: str) -> bool:
    """An organisation's name used for its premises: after "at", "in", "inside" … and either
    ending in a word for an institution's building ("at the Lakeside School of Music", "in
    the Oval Office") or followed by "in <place>" ("at the Palais des Nations in Geneva")."""
    tok = parse.token_at(span.start)
    if tok is None or _word_before(parse, tok.i) not in VENUE_CUES:
        return False
    if fold(surface).split()[-1] in VENUE_WORDS or fold(surface).split()[0] in VENUE_WORDS:
        return True
    last = parse.token_at(span.end - 1)
    toks = parse.tokens
    return last is not None and last.i + 2 < len(toks) and toks[last.i + 1].text == "in" \
        and toks[last.i + 2].ent_type in LISTED_LABELS


def region_adjective(gazetteer: Gazetteer, surface: str) -> bool:
    """A proper adjective of a region ("European", "Central American")."""
    return any(c.kind == "region" for c in adjective_lookup(gazetteer, surface))


def adjective_lookup(gazetteer: Gazetteer, text: str) -> list[Candidate]:
    """A region or country named by its adjective ("European" → Europe, "North American" →
    North America, "Middle Eastern" → Middle East): the regular English endings -an, -n,
    -ern taken off the last word must give the exact name of a region or country."""
    words = text.split()
    if not words or not words[-1][:1].isupper():
        return []
    for suffix in ADJECTIVE_SUFFIXES:
        if words[-1].endswith(suffix) and len(words[-1]) > len(suffix) + 2:
            base = " ".join(words[:-1] + [words[-1][:-len(suffix)]])
            found = [c for c in gazetteer.candidates(base, limit=10)
                     if c.match <= MATCH_ALIAS and c.kind in {"region", "country"}]
            if found:
                return found
    return []



def inside_names(span: Span, text: str, gazetteer: Gazetteer, persons: frozenset[str]
                 ) -> tuple[list[tuple[Span, bool]], list[CountryRef]]:
    """Places named inside an organisation's name (see module doc): (span, is a region's
    adjective) of each place, and the country references (a country's name or demonym:
    "Air France", "the Iraqi Army"). Runs of capitalised words are read longest window
    first, left to right."""
    surface = span.of(text)
    local = bool(set(fold(surface).split()) & LOCAL_INSTITUTION_WORDS)
    places: list[tuple[Span, bool]] = []
    refs: list[CountryRef] = []
    covered = -1
    for start, part, may_place in name_windows(surface):
        if start < covered:
            continue
        inner = Span(span.start + start, span.start + start + len(part))
        key = fold(part)
        if key in persons or key in GENERIC_WORDS:
            continue
        if iso3 := gazetteer.demonym(part):
            refs.append(CountryRef(span=inner, country=iso3, text=part))
        elif _state_or_country(gazetteer, part):
            places.append((inner, False))  # "Georgia National Guard": the context decides
        elif country := _exact_places(gazetteer, part, kinds=("country",)):
            refs.append(CountryRef(span=inner, country=country[0].country or "", text=part,
                                   embedded=True))
        elif region_adjective(gazetteer, part):
            places.append((inner, True))
        elif may_place and inner != span and not _after_place(surface, start, covered) \
                and _inside_place(gazetteer, part, local=local):
            places.append((inner, False))
        elif " " not in part or not _exact_places(gazetteer, part, kinds=INSIDE_KINDS):
            continue  # a longer name the gazetteer knows hides the shorter ones inside it
        covered = start + len(part)  # ("Lakeview Falls" is not Lakeview)
    return places, [r for r in refs if r.country]


def _state_or_country(gazetteer: Gazetteer, part: str) -> bool:
    """True when the name is both a country's and a first-level region's of another country
    ("Georgia")."""
    found = _exact_places(gazetteer, part, kinds=("country", "admin1"))
    countries = {c.country for c in found if c.kind == "country"}
    return bool(countries) and any(c.kind == "admin1" and c.country not in countries
                                   for c in found)


def _after_place(surface: str, start: int, covered: int) -> bool:
    """True when the window follows a place or demonym found just before it in the name
    ("African Union": "Union" is a word of the name, not the town)."""
    return covered >= 0 and not surface[covered:start].strip(" -")


def _inside_place(gazetteer: Gazetteer, part: str, *, local: bool) -> bool:
    """A region or province (by a name or alias longer than an abbreviation such as "La"),
    a district named with its admin word ("Suffolk County") or by a name of several words
    ("Davao del Sur"), or a town by its own name (not
    an alternate one: "Rapid" is also a name of Rapid City):
    a town of 50,000+ people, or of 1,000+ in a local institution's name. A word for an
    institution or building ("Police", "Court") is no town's name here."""
    key, level = split_admin_suffix(fold(part))
    if key in LOCAL_INSTITUTION_WORDS or key in FACILITY_WORDS:
        return False
    return any(
        c.kind in {"admin1", "region"} and (c.match == MATCH_NAME or len(key) > 3)
        or c.match == MATCH_NAME and (
            c.kind == "admin2" and (level is not None or " " in key
                                    and c.population >= NORP_MIN_POPULATION)
            or c.kind == "city" and (c.population >= NORP_MIN_POPULATION
                                     or local and c.population >= PLACED_MIN_POPULATION))
        for c in _exact_places(gazetteer, part, kinds=INSIDE_KINDS))


def name_windows(surface: str) -> list[tuple[int, str, bool]]:
    """(offset, text, may name a place) of every window of up to three capitalised words of
    a name, by position and longest first ("Air France KLM", "Air France", "Air", "France
    KLM", …); a particle between two of them belongs to the window ("Davao del Sur", "Rio
    de Janeiro"). A town or region may be named at the start of a run of capitalised
    words, after "of", or at the end of the name ("Baseball Toronto"); countries and
    demonyms anywhere. A possessive ends a window ("Japan’s Ministry": "Japan")."""
    words = [(m.start(), _bare_word(m.group())) for m in _WORD.finditer(surface)]
    out: list[tuple[int, str, bool]] = []
    for k, (begin, word) in enumerate(words):
        if not word[:1].isupper() or word == "The":
            continue  # "The Lakeview Credit Union": no window opens with the article
        opens = k == 0 or not words[k - 1][1][:1].isupper() and not _joins(words, k - 1) \
            or words[k - 1][1] == "The"
        run = _run_end(surface, words, k)
        for size in range(run - k, 0, -1):
            last = words[k + size - 1]
            if last[1][:1].isupper():
                out.append((begin, surface[begin:last[0] + len(last[1])],
                            opens or k + size == len(words)))
    return out


def _joins(words: list[tuple[int, str]], k: int) -> bool:
    """True when word k is a particle between two capitalised words ("del" in "Davao del
    Sur")."""
    return 0 < k < len(words) - 1 and words[k][1] in NAME_PARTICLES \
        and words[k - 1][1][:1].isupper() and words[k + 1][1][:1].isupper()


def _run_end(surface: str, words: list[tuple[int, str]], k: int) -> int:
    """The end (exclusive) of the run of up to three capitalised words from word k, with
    the particles between them; a possessive ends the run."""
    run, caps = k, 0
    while run < len(words) and caps < 3 and (words[run][1][:1].isupper()
                                             or _joins(words, run)):
        caps += words[run][1][:1].isupper()
        run += 1
        if surface[words[run - 1][0] + len(words[run - 1][1]):][:1] in {"'", "’"}:
            break  # a possessive ends the name
    return run


def _bare_word(word: str) -> str:
    """A word without a possessive ending ("Japan’s" → "Japan")."""
    return word[:-2] if len(word) > 3 and word[-2:] in {"'s", "’s"} else word


def make_toponym(span: Span, surface: str, label: str, parse: Parse) -> Toponym:
    full = fold(surface)
    key, level = split_admin_suffix(full)
    if level is None and (_before(parse, span, 2) in {("state", "of"), ("province", "of"),
                                                      ("governor", "of")}
                          or _next_word(parse, span) in {"state", "province", "Governor",
                                                         "governor"}):
        level = 1  # "the state of Washington", "Washington state", "Ontario province",
        # "New York Governor …", "the governor of Kabul": governors head first-level regions
    return Toponym(span=span, text=surface, key=key, full_key=full, level=level, label=label,
                   sentence=parse.sentence_of(span.start), near=_near(parse, span),
                   article=_after_article(parse, span),
                   cued=full.rsplit(" ", 1)[-1] in NAMING_NOUNS or _cued(parse, span),
                   directed=_directed(parse, span))


def _directed(parse: Parse, span: Span) -> bool:
    """True after a lowercase direction word ("central Washington", "northern Iraq")."""
    tok = parse.token_at(span.start)
    return tok is not None and tok.i > 0 and parse.tokens[tok.i - 1].text in DIRECTION_WORDS


def _cued(parse: Parse, span: Span) -> bool:
    """A preposition of place before the name ("in X", "near X", "in A and X"; not "from X"
    or "to X", said of places far away too), a place noun naming it ("the village of X"), or
    a place noun or feature word after it ("the X area", "X and Y islands")."""
    tok = parse.token_at(span.start)
    if tok is None:
        return False
    return _word_before(parse, _list_start(parse, tok.i)) in PLACE_CUES \
        or _place_noun(parse, span) or _noun_after(parse, span)


def _qualified(parse: Parse, span: Span, gazetteer: Gazetteer) -> bool:
    """True when a comma and the name of a country or first-level region follow the name
    ("Dover, Del.", "Riverdale, Georgia")."""
    tok = parse.token_at(span.end - 1)
    if tok is None or tok.i + 2 >= len(parse.tokens) or parse.tokens[tok.i + 1].text != ",":
        return False
    after = parse.tokens[tok.i + 2]
    words = [after.text]
    if tok.i + 3 < len(parse.tokens) and parse.tokens[tok.i + 3].text[:1].isupper():
        words.append(after.text + " " + parse.tokens[tok.i + 3].text)
    return after.text[:1].isupper() and any(
        _exact_places(gazetteer, w, kinds=("country", "admin1")) for w in words)


def _placed(parse: Parse, span: Span, gazetteer: Gazetteer) -> bool:
    """The context says the name is a place: a locative cue before it ("in X", "the
    village of X"), a qualifier after it ("X, Ohio"), or a place it is listed with ("Cairo,
    X and Luxor")."""
    return (_locative(parse, span) or _qualified(parse, span, gazetteer)
            or _listed_with_place(parse, span) or _after_organisation(parse, span)
            or _object_of_place_verb(parse, span))


def _object_of_place_verb(parse: Parse, span: Span) -> bool:
    """True for the direct object of a verb whose object is a place ("rebels captured X",
    "troops patrolled X", "thousands fled X"), also in the passive ("X was captured")."""
    heads = [t for t in parse.tokens_in(span) if not span.start <= parse.tokens[t.head].idx
             < span.end or t.head == t.i]
    return any(t.dep in {"dobj", "nsubjpass"} and t.head != t.i
               and parse.tokens[t.head].lemma.lower() in PLACE_VERBS for t in heads)


def _after_organisation(parse: Parse, span: Span) -> bool:
    """True for the town of an institution, set off by commas after its name ("the Federal
    University of Technology, X (FUTO)", "the Ministry of Health, X, said")."""
    first, last = parse.token_at(span.start), parse.token_at(span.end - 1)
    toks = parse.tokens
    if first is None or last is None or first.i < 2 or last.i + 1 >= len(toks):
        return False
    return toks[first.i - 1].text == "," and toks[first.i - 2].ent_type == "ORG" \
        and toks[last.i + 1].text in {",", "(", ".", ";"}


def _listed_with_place(parse: Parse, span: Span) -> bool:
    """True when a GPE or LOC entity is the name's neighbour in a list: "A, X", "A and X",
    "X, A", "X or A" (also across a comma before "and")."""
    first, last = parse.token_at(span.start), parse.token_at(span.end - 1)
    if first is None or last is None:
        return False
    toks = parse.tokens
    k = first.i - 1
    if k >= 0 and toks[k].text.lower() in {"and", "or"} and k > 0 and toks[k - 1].text == ",":
        k -= 1
    if k >= 1 and toks[k].text.lower() in LIST_WORDS and toks[k - 1].ent_type in LISTED_LABELS:
        return True
    k = last.i + 1
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text.lower() in {"and", "or"}:
        k += 1
    return k + 1 < len(toks) and toks[k].text.lower() in LIST_WORDS and \
        toks[k + 1].ent_type in LISTED_LABELS and toks[k + 1].sent == last.sent


def _is_toponym(mention: Mention, surface: str, parse: Parse, gazetteer: Gazetteer,
                persons: frozenset[str]) -> bool:
    key = fold(surface)
    if not key or not _capitalised(surface) or key in GENERIC_WORDS:
        return False
    if mention.label in PLACE_LABELS:
        if not person_elsewhere(key, persons) or (
                _placed(parse, mention.span, gazetteer) and not _possessive(parse, mention.span)):
            return True
        return bool(_exact_places(gazetteer, surface, kinds=("country", "admin1", "region")))
    if mention.label in {"NORP", "LANGUAGE", "WORK_OF_ART"}:  # also "Aleppo" as a language
        return any(c.kind in {"country", "region"} or c.population >= NORP_MIN_POPULATION
                   and (c.kind == "city" or c.match == MATCH_NAME)  # not "Christian County"
                   for c in _named_places(gazetteer, surface))
    if mention.label in {"ORG", "PRODUCT"}:
        placed = _placed(parse, mention.span, gazetteer)
        named = _place_noun(parse, mention.span)  # "the community of X": any size
        return any(c.kind in {"country", "admin1", "region"} or placed
                   and (c.population >= PLACED_MIN_POPULATION or named)
                   for c in _named_places(gazetteer, surface))
    if mention.label == "PERSON" and not person_elsewhere(key, persons):
        if _placed(parse, mention.span, gazetteer):
            return bool(_named_places(gazetteer, surface))
        return " " in key and any(c.kind != "city" or c.population >= NORP_MIN_POPULATION
                                  for c in _named_places(gazetteer, surface))
    return False


def _capitalised(surface: str) -> bool:
    """A proper name's spelling: a capital first letter, or an Arabic article before a
    capitalised name ("al-Zaytouniyah", "el-Arish")."""
    return surface[:1].isupper() or bool(_ARTICLE_PREFIX.match(surface))


def _possessive(parse: Parse, span: Span) -> bool:
    """True when "'s" follows the name ("in Obama's speech" speaks of the person)."""
    return parse.text[span.end:span.end + 2] in {"'s", "’s"}


def person_elsewhere(key: str, persons: frozenset[str]) -> bool:
    """True when `key` is the surname of a longer person name in the article."""
    return any(name.endswith(" " + key) for name in persons if " " in name)


def _exact_places(gazetteer: Gazetteer, surface: str, *,
                  kinds: tuple[str, ...] = ("country", "region", "admin1", "city")
                  ) -> list[Candidate]:
    return [c for c in gazetteer.candidates(surface, limit=10)
            if c.match <= MATCH_ALIAS and c.kind in kinds]


def _named_places(gazetteer: Gazetteer, surface: str) -> list[Candidate]:
    """Entries named exactly (by name or alias) by `surface`, also without an admin word
    that asks for a region ("Sokoto State" → the state Sokoto)."""
    found = _exact_places(gazetteer, surface, kinds=("country", "region", "admin1", "admin2",
                                                     "city"))
    key, level = split_admin_suffix(fold(surface))
    if found or level is None:
        return found
    return [c for c in gazetteer.candidates(key, limit=10)
            if c.match <= MATCH_ALIAS and c.kind == f"admin{level}"]


def _next_word(parse: Parse, span: Span) -> str:
    """The token right after the span, as written (so "State" in a name is not "state")."""
    tok = parse.token_at(span.end - 1)
    if tok is None or tok.i + 1 >= len(parse.tokens):
        return ""
    return parse.tokens[tok.i + 1].text


def _before(parse: Parse, span: Span, n: int) -> tuple[str, ...]:
    tok = parse.token_at(span.start)
    if tok is None or tok.i < n:
        return ()
    return tuple(t.text.lower() for t in parse.tokens[tok.i - n:tok.i])


def _locative(parse: Parse, span: Span) -> bool:
    """A locative preposition before the name, or "of" after a place noun ("the village of
    X", "the cities of X and Y"), a direction ("south of X", "the outskirts of X"), an
    institution ("the University of X") or a person's name (where someone is from: "Jane Roe
    of X", "Jane Roe, of X,"); the cue may stand before the first name of a list the name
    is in ("in Suwon and X", "the towns of A, B and X")."""
    tok = parse.token_at(span.start)
    if tok is None:
        return False
    k = _list_start(parse, tok.i)
    if _word_before(parse, k) in LOCATIVE_CUES or _place_noun(parse, span) or (
            k > 0 and parse.tokens[k - 1].text in DIRECTION_WORDS):  # "central X"
        return True
    if k < 2 or parse.tokens[k - 1].text.lower() != "of":
        return False
    return _after_person(parse, k - 2) or _institution(parse.tokens[k - 2]) \
        or parse.tokens[k - 2].text.lower() in NEAR_CUES  # "35 miles south of X"


def _place_noun(parse: Parse, span: Span) -> bool:
    """True when a place noun names what the name is: "the village of X", "the province X",
    "the towns of A, B and X" (then a town of any size is a place)."""
    tok = parse.token_at(span.start)
    if tok is None:
        return False
    k = _list_start(parse, tok.i)
    prev = _word_before(parse, k)
    if _appositive_place(parse, span):  # "X, a farming town in …"
        return True
    if prev in PLACE_NOUNS:  # "the province X", "the provincial capital X"
        return _the_before(parse, k - 1)
    if prev in {"called", "named"} and k >= 2:  # "a village called X"
        return parse.tokens[k - 2].text.lower() in PLACE_NOUNS
    return prev == "of" and k >= 2 and parse.tokens[k - 1].text.lower() == "of" \
        and parse.tokens[k - 2].text.lower() in PLACE_NOUNS


PHRASE_GLUE = frozenset({"in", "of", "on", "near", "north", "south", "east", "west", "about",
                         "some", "where", "which", "that", "outside", "along", "with"})


def _appositive_place(parse: Parse, span: Span) -> bool:
    """True when an appositive says the name is a place: "X, a farming town", "X, the
    provincial capital" (a comma, an article, up to two lowercase words, a place noun)."""
    last = parse.token_at(span.end - 1)
    toks = parse.tokens
    if last is None or last.i + 3 >= len(toks) or toks[last.i + 1].text != "," \
            or toks[last.i + 2].text.lower() not in {"a", "an", "the"}:
        return False
    for tok in toks[last.i + 3:last.i + 6]:
        if tok.text.lower() in PLACE_NOUNS:  # the head of the phrase, not "a state official"
            after = toks[tok.i + 1].text if tok.i + 1 < len(toks) else ""
            return not (after.isalpha() and after.islower()) or after in PHRASE_GLUE
        if not tok.text.isalpha() or not tok.text.islower():
            return False
    return False


def _the_before(parse: Parse, k: int) -> bool:
    """True when "the" stands before token k, directly or across one lowercase word ("the
    capital", "the provincial capital")."""
    toks = parse.tokens
    for j in (k - 1, k - 2):
        if j < 0 or toks[j].text.lower() == "the":
            return j >= 0
        if not toks[j].text.isalpha() or not toks[j].text.islower():
            return False
    return False


def _institution(tok: Tok) -> bool:
    """True for the capitalised last word of an institution's name before "of" ("the
    Children's Hospital of X", "the University of X"): X is the town it is in."""
    return tok.text[:1].isupper() and tok.text.lower() in VENUE_WORDS | FACILITY_WORDS


def _after_person(parse: Parse, k: int) -> bool:
    """True when token k ends a person's name, also across an age between commas ("Jane Roe
    of", "Jane Roe, of", "Jane Roe, 54, of")."""
    toks = parse.tokens
    j = k
    while j >= 0 and j > k - 4 and (toks[j].text == "," or toks[j].text.isdigit()):
        j -= 1
    return j >= 0 and toks[j].ent_type == "PERSON"


def _word_before(parse: Parse, k: int) -> str:
    """The word before token k, looking past "the" and a lowercase direction ("in the
    north X", "in central X")."""
    j = k - 1
    if j > 0 and parse.tokens[j].text in DIRECTION_WORDS:
        j -= 1
    if j > 0 and parse.tokens[j].text.lower() == "the":
        j -= 1
    return parse.tokens[j].text.lower() if j >= 0 else ""


def _list_start(parse: Parse, i: int) -> int:
    """The first token of the list of capitalised names that token i's name ends ("Suwon
    and Incheon", "A, B and C"; up to five names in one sentence), else i."""
    toks, start = parse.tokens, i
    for _ in range(MAX_LIST_NAMES):
        k = start - 1
        if k > 0 and toks[k].text.lower() in {"and", "or"} and toks[k - 1].text == ",":
            k -= 1
        if k < 1 or toks[k].text.lower() not in LIST_WORDS:
            break
        j = k - 1
        while j >= 0 and toks[j].text[:1].isupper() and toks[j].sent == toks[i].sent:
            j -= 1
        if j == k - 1:
            break
        start = j + 1
    return start


def _after_article(parse: Parse, span: Span) -> bool:
    """True after "the", directly or across lowercase modifiers ("the eastern Pacific"), but
    not across a preposition ("the north of Mosul"): English puts the article before
    oceans, seas, rivers, ranges and regions, rarely before a town's name."""
    tok = parse.token_at(span.start)
    if tok is None or _next_word(parse, span)[:1].isupper():
        return False  # "the Washington Post": the article belongs to a longer name
    for prev in reversed(parse.tokens[max(0, tok.i - 4):tok.i]):
        word = prev.text
        if word.lower() == "the":
            return True
        if not word.isalpha() or not word.islower() or word in ARTICLE_STOPS:
            return False
    return False


def _near(parse: Parse, span: Span) -> bool:
    tok = parse.token_at(span.start)
    if tok is None or tok.i < 1:
        return False
    window = [t.text.lower() for t in parse.tokens[max(0, tok.i - 3):tok.i]]
    if window and window[-1] == "of":
        return bool(set(window[:-1]) & NEAR_CUES)
    return bool(window) and window[-1] in {"near", "outside", "around"}


def _missed(parse: Parse, mentions: tuple[Mention, ...], gazetteer: Gazetteer,
            persons: frozenset[str]) -> list[Toponym]:
    """Untagged capitalised proper nouns (one to three words, longest first) that
    exactly name a country (anywhere, unless a longer name goes on: "Jordan Smith"), or, in
    a place context (see `_placed`), a province or a town of 10,000+ people ("from Sukoharjo,
    Central Java,"); and a run of them that a place noun names ("the village of
    Cellardyke", "the Danube Delta area"), known to the gazetteer or not."""
    covered = {tok.i for m in mentions for tok in parse.tokens_in(m.span)}
    out: list[Toponym] = []
    toks = parse.tokens
    for tok in toks:
        if not _untagged_name(tok) or tok.i in covered:
            continue
        for size in (3, 2, 1):
            words = toks[tok.i:tok.i + size]
            if len(words) < size or not all(_untagged_name(w) for w in words) or any(
                    w.i in covered for w in words):
                continue
            span = Span(words[0].idx, words[-1].end)
            name = span.of(parse.text)
            if fold(name) in persons or _name_goes_on(parse, words[-1].i):
                continue
            if _run_start(toks, tok.i) and _road_name(parse, span):
                out.append(make_toponym(span, name, "FAC", parse))
                break
            if _missed_place(gazetteer, name, cue=_placed(parse, span, gazetteer),
                             named=_place_noun(parse, span)) or (
                    _run_start(toks, tok.i) and _named_by_place_noun(parse, span)):
                out.append(make_toponym(span, name, "GPE", parse))
                break
    return out


def _run_start(toks: tuple[Tok, ...] | list[Tok], i: int) -> bool:
    """True when token i opens a run of proper nouns."""
    return i == 0 or toks[i - 1].pos != "PROPN"


def _untagged_name(tok: Tok) -> bool:
    return tok.pos == "PROPN" and not tok.ent_type and tok.text[:1].isupper()


def _loose_names(parse: Parse, mentions: tuple[Mention, ...], gazetteer: Gazetteer
                 ) -> tuple[list[Toponym], list[CountryRef]]:
    """Names outside the place, group and organisation mentions (untagged, or inside a
    money amount, a law, an event …): demonyms ("Danish wave energy developers", "8,000
    Egyptian pounds"; not a language: "in English"), and a place before a hyphen and a
    lowercase word ("U.S.-led", "Ohio-based"): a country so named is a country reference
    (a modifier, like a demonym), a region or city a toponym."""
    covered = {tok.i for m in mentions if m.label in SCANNED_LABELS
               for tok in parse.tokens_in(m.span)}
    tops: list[Toponym] = []
    refs: list[CountryRef] = []
    for tok in parse.tokens:
        if tok.i in covered or not tok.text[:1].isupper():
            continue
        head = _before_hyphen(parse, tok)
        if head:
            span = Span(tok.idx, tok.idx + len(head))
            found = _exact_places(gazetteer, head, kinds=("country", "admin1", "city"))
            if country := next((c for c in found if c.kind == "country"), None):
                refs.append(CountryRef(span=span, country=country.country or "", text=head))
            elif any(c.kind == "admin1" or c.population >= NORP_MIN_POPULATION for c in found):
                tops.append(make_toponym(span, head, "GPE", parse))
        elif (iso3 := gazetteer.demonym(tok.text)) and not (
                tok.i > 0 and parse.tokens[tok.i - 1].text.lower() == "in"):
            refs.append(CountryRef(span=tok.span, country=iso3, text=tok.text))
    return tops, [r for r in refs if r.country]


def _before_hyphen(parse: Parse, tok: Tok) -> str:
    """The name before "-<lowercase word>" in "U.S.-led" (one token) or "Ohio - based"
    written "Ohio-based" (three tokens), else ""."""
    head, dash, rest = tok.text.partition("-")
    if dash:
        return head if rest[:1].islower() else ""
    toks = parse.tokens
    if tok.i + 2 < len(toks) and toks[tok.i + 1].text == "-" and toks[tok.i + 1].idx == tok.end \
            and toks[tok.i + 2].idx == tok.end + 1 and toks[tok.i + 2].text[:1].islower():
        return tok.text
    return ""


def _missed_place(gazetteer: Gazetteer, text: str, *, cue: bool, named: bool = False) -> bool:
    """A country anywhere; with a place context a province or a town of 10,000+ people;
    after a place noun ("the village of X") a town of any size."""
    for c in _exact_places(gazetteer, text, kinds=("country", "admin1", "city")):
        if c.kind == "country" and (c.match == MATCH_NAME or len(text) > 3 or text.isupper()):
            return True  # an alias as short as "CAR" must be written in capitals
        if cue and (c.kind == "admin1" or c.population >= MISSED_MIN_POPULATION or named):
            return True
    return False


def _name_goes_on(parse: Parse, i: int) -> bool:
    """True when a proper noun follows that is not the start of a person's name ("Jordan
    Smith" goes on; "the Communist Party of Vietnam Nguyen Van An" does not)."""
    return i + 1 < len(parse.tokens) and parse.tokens[i + 1].pos == "PROPN" \
        and parse.tokens[i + 1].ent_type != "PERSON"


def _dateline(parse: Parse, mentions: tuple[Mention, ...], gazetteer: Gazetteer,
              text: str) -> list[Toponym]:
    """Capitalised datelines ("DURBAN, South Africa —", "CAMP MURRAY, Wash.", "TORONTO —",
    "SAN DIEGO (AP) -"): up to four words in capitals opening the text, a line or a
    sentence, followed by a comma, a parenthesis or a dash, naming a known place. Wire
    copy often strings several stories (or a story after its byline) together."""
    found = {m.span for m in mentions if m.label in PLACE_LABELS}
    out = []
    for match in (m for pattern in DATELINES for m in pattern.finditer(text)):
        span = Span(match.start(1), match.end(1))
        name = match.group(1)
        if span in found or not 2 < len(name) <= 40 or not name.isupper():
            continue  # the model found it: already a toponym
        if _exact_places(gazetteer, name.title()):
            out.append(make_toponym(span, name.title(), "GPE", parse))  # not an acronym
            out.extend(_dateline_qualifier(parse, gazetteer, text, match.end(1), found))
    return out


def _dateline_qualifier(parse: Parse, gazetteer: Gazetteer, text: str, end: int,
                        found: set[Span]) -> list[Toponym]:
    """The state or country after a dateline's place ("PLEASANTON, Calif.--", "DURBAN,
    South Africa —"), when it names one exactly."""
    match = QUALIFIER.match(text, end)
    if match is None:
        return []
    span = Span(match.start(1), match.end(1))
    name = match.group(1)
    if span in found or not _exact_places(gazetteer, name, kinds=("country", "admin1")):
        return []
    return [make_toponym(span, name, "GPE", parse)]
