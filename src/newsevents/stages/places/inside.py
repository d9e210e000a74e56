"""Names inside an organisation's name ("the Springfield Police Department", "Ohio State
University", "University of Kent", "Air France", "Japan’s Ministry of Agriculture").

A country's name or a demonym anywhere in it is a country reference (kept on the country's
Place as `embedded` or as a demonym), and a nation of the United Kingdom anywhere in it a
place ("Marine Energy Wales"), except a name that is also a province of another
country ("the Georgia National Guard"), left to the article's context as a place; a region,
province, district named with its admin word, or town by its own name at the start of a run
of capitalised words, after "of" or at the end of the name is a place flagged `embedded` (a
town of 50,000+ people, or of 1,000+ when the organisation is a local institution: police,
council, school, newspaper …, not a university, library or hospital, often named after a
person). A district joined by "and" to the one the name opens with is one too, whatever the
model made of it ("Devon and Cornwall Police")."""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import replace

from ...model import Actor, Span
from ...parse import Parse
from ...resources.gazetteer import MATCH_NAME, Gazetteer
from ...resources.place_names import fold, split_admin_suffix
from .entries import (
    NORP_MIN_POPULATION,
    PLACED_MIN_POPULATION,
    UK_NATIONS,
    exact_places,
    nation_of,
    region_adjective,
    unit_first,
)
from .lookup import is_acronym
from .name_kinds import names_indigenous_people
from .titles import person_elsewhere
from .toponym import CountryRef, Toponym, make_toponym
from .words import (
    COURT_WORDS,
    FEATURE_WORDS,
    GENERIC_WORDS,
    INSTITUTION_OR_FEATURE_WORDS,
    NAME_PARTICLES,
    NEWS_WORDS,
    ORGANISATION_WORDS,
    RANK_WORDS,
    is_local_institution,
)

_WORD = re.compile(r"[\w’'.]+")
INSIDE_KINDS = ("region", "admin1", "admin2", "city")
UNIT_KINDS = ("region", "admin1", "admin2")
# Last words of football and other clubs' names after their town's ("Leeds United"); not
# "City" or "Town": "Aleppo City", "Khost city" are the towns themselves far more often.
CLUB_WORDS = frozenset({"united", "rovers", "athletic", "albion", "wanderers", "rangers",
                        "fc", "hotspur"})
CLUB_TOWN_MIN = 10_000  # a whole name this big is the town itself, not a club
# First words of clubs' names before their town's ("Real Madrid", "Inter Milan", "Sporting
# Lisbon", "Dynamo Kyiv", "Olympique Marseille").
CLUB_FIRST_WORDS = frozenset({"real", "atletico", "atlético", "athletic", "inter", "ac", "fc",
                              "sporting", "dynamo", "dinamo", "olympique", "spartak",
                              "lokomotiv", "cska", "racing", "deportivo", "borussia"})
# Last words of the names of accords and international bodies named after a place.
ACCORD_WORDS = frozenset({"agreement", "agreements", "accord", "accords", "protocol",
                          "convention", "conventions", "treaty", "pact", "declaration",
                          "commission", "summit", "talks", "process", "format", "conference"})
STATE_CODE_COUNTRIES = frozenset({"USA", "CAN", "AUS"})  # news abbreviates their states
MAX_NESTED = 8  # actor mentions starting before a toponym looked at for one that covers it
GROUP_KINDS = frozenset({"armed_group"})  # actors whose names may hold a place's


def embedded_toponyms(span: Span, parse: Parse, gazetteer: Gazetteer, persons: frozenset[str],
                      *, label: str = "ORG") -> tuple[list[Toponym], list[CountryRef]]:
    """`inside_names` as toponyms flagged `embedded` (and `demonym` for a region's
    adjective; `famous` in the name of an accord, an international body or an event, see
    `named_after_famous`), with the country references."""
    found, refs = inside_names(span, parse.text, gazetteer, persons)
    surface = span.of(parse.text)
    famous = named_after_famous(surface, label)
    return [replace(make_toponym(s, name, "GPE", parse), embedded=True, demonym=demonym,
                    famous=famous or len(found) == 1 and named_after_town(
                        gazetteer, surface, name, parse.text[span.start:s.start]))
            for s, name, demonym in found], refs


_JOINED_BEFORE = re.compile(r"(?:^|[^\w’'.-])((?:[A-Z][\w’'.-]*\s){1,3})(?:and|&)\s+$")


def coordinated_place(span: Span, parse: Parse, gazetteer: Gazetteer, persons: frozenset[str],
                      inside: list[Toponym]) -> Toponym | None:
    """A place joined by "and" to the place an organisation's name opens with: the body
    serves both ("Devon and Cornwall Police", "Avon and Somerset Constabulary"), whatever
    the model made of the first name. Both are regions or districts: by its own name, the
    first is a unit of the kind and country of one reading of the second ("Smith and
    Cornwall Police": no county of Cornwall's countries is called Smith; towns joined so,
    "Avon and Somerset", are more often two bodies than one), and a place by
    `_inside_place`; not the surname of a person the article names in full."""
    opening = next((t for t in inside if t.span.start == span.start), None)
    if opening is None:
        return None
    before = parse.text[max(0, span.start - 60):span.start]
    match = _JOINED_BEFORE.search(before)
    if match is None:
        return None
    part = match.group(1).strip()
    start = span.start - len(before) + match.start(1)
    local = is_local_institution(set(fold(span.of(parse.text)).split()))
    if person_elsewhere(fold(part), persons) or not _inside_place(gazetteer, part, local=local):
        return None
    units = {(c.kind, c.country) for c in exact_places(gazetteer, opening.text, kinds=UNIT_KINDS)}
    if not any((c.kind, c.country) in units and c.match == MATCH_NAME
               for c in exact_places(gazetteer, part, kinds=UNIT_KINDS)):
        return None
    return replace(make_toponym(Span(start, start + len(part)), part, "GPE", parse),
                   embedded=True)


def named_after_famous(surface: str, label: str) -> bool:
    """True for the name of an event, an accord or an international body named after a
    place ("the Paris Agreement", "the Venice Commission", "the Minsk talks"): the
    world's best-known place of the name, whatever the article's country; not a town's
    own body ("the Rome City Commission", "the Floyd County Commission")."""
    words = fold(surface).split()
    if not words or is_local_institution(set(words)):
        return False
    return label == "EVENT" or words[-1] in ACCORD_WORDS


def named_after_town(gazetteer: Gazetteer, surface: str, name: str, before: str) -> bool:
    """True for a town's name opening the name of a company, club or university, or after
    its "of" (`before`: the name's words before the town's), not of a town's own institution
    (police, council, school, newspaper): such a body is named after the town people know
    ("Aberdeen Asset Management", "the University of Cambridge", "the Denver Nuggets"),
    whatever country the story is about, unless the article also names the town by itself
    or a qualifier says which it is (then the context decides, see `Group.famous`). Only the
    one place in the name (two are a place and its province, "Barangays of Santa Maria,
    Davao del Sur", whatever the model tagged), and only a town's name: not a region's, nor
    a name whose likeliest reading is a province or country ("Texas A&M", "the Georgia
    National Guard" stay with the context; "Portland General Electric", though a Jamaican
    parish is called Portland, is Oregon's); a town ending a name is a word of it ("Knight
    Ridder"), and one before a feature's word the feature's ("the Trinity River Authority")."""
    words = set(fold(surface).split())
    lead = fold(before).split()
    if is_local_institution(words) or words & NEWS_WORDS or lead not in ([], ["the"]) and (
            lead[-1:] != ["of"]) or fold(_word_after(surface, len(before) + len(name))) in \
            FEATURE_WORDS:
        return False  # "the Trinity River Authority" is named after the river
    readings = exact_places(gazetteer, name, kinds=INSIDE_KINDS)
    return any(c.kind == "city" for c in readings) and not any(
        c.kind == "region" for c in readings) and not unit_first(gazetteer, name)


def inside_names(span: Span, text: str, gazetteer: Gazetteer, persons: frozenset[str]
                 ) -> tuple[list[tuple[Span, str, bool]], list[CountryRef]]:
    """Places named inside an organisation's name (see module doc): (span, the name it stands
    for, is an adjective) of each place, and the country references (a country's name or demonym:
    "Air France", "the Iraqi Army"). Runs of capitalised words are read longest window
    first, left to right."""
    surface = span.of(text)
    local = is_local_institution(set(fold(surface).split()))
    places: list[tuple[Span, str, bool]] = []
    refs: list[CountryRef] = []
    covered = -1
    for start, part, may_place in name_windows(surface):
        if start < covered:
            continue
        inner = Span(span.start + start, span.start + start + len(part))
        key = fold(part)
        if key in persons or key in GENERIC_WORDS or key in RANK_WORDS and fold(
                _word_after(surface, start + len(part))) in COURT_WORDS \
                or _city_of_town(gazetteer, part):
            continue  # "the Rome City Commission": Rome's, read in the shorter window;
            # "the Superior Court": a court's rank
        if nation := nation_of(gazetteer, part):
            places.append((inner, nation, True))  # "the English Football League": England
        elif iso3 := gazetteer.demonym(part):
            if not names_indigenous_people(part, _word_after(surface, start + len(part))):
                refs.append(CountryRef(span=inner, country=iso3, text=part))
        elif _state_or_country(gazetteer, part) or key in UK_NATIONS:
            places.append((inner, part, False))  # "Georgia National Guard": the context decides
        elif (country := exact_places(gazetteer, part, kinds=("country",))) \
                and key not in FEATURE_WORDS:  # "Plum Island" is not Iceland ("Island")
            refs.append(CountryRef(span=inner, country=country[0].country or "", text=part,
                                   embedded=True))
        elif region_adjective(gazetteer, part):
            places.append((inner, part, True))
        elif may_place and inner != span and not _after_place(surface, start, covered) \
                and (_inside_place(gazetteer, part, local=local or _campus(surface, start, part)
                                   or _state_school(surface, start, part))
                     or _state_code(gazetteer, surface, start, part)):
            places.append((inner, part, False))
        elif " " not in part or not exact_places(gazetteer, part, kinds=INSIDE_KINDS):
            continue  # a longer name the gazetteer knows hides the shorter ones inside it
        covered = start + len(part)  # ("Lakeview Falls" is not Lakeview)
    return places, [r for r in refs if r.country]


def _word_after(surface: str, end: int) -> str:
    """The word after offset `end` of a name ("Band" after "Indian" in "Lac La Ronge Indian
    Band"), or ""."""
    rest = surface[end:].split(maxsplit=1)
    return rest[0] if rest else ""


def inside_actor_names(toponyms: list[Toponym], actors: Iterable[Actor]) -> list[Toponym]:
    """The toponyms, those inside a longer name of an armed group the actors stage found
    in its dictionary ("al-Qaeda in Iraq", "al-Qaeda in the Arabian Peninsula", where the
    model tagged the place apart) flagged `embedded`: a place in a name, not where anything
    happened. Only where the group's own name holds the place's; not the phrases the actors
    stage makes of other words ("rebels in Aleppo", "police in Tokyo": Aleppo and Tokyo
    are where they are). By bisection over the actors' mentions, sorted once."""
    spans = sorted((s.start, s.end, fold(a.name)) for a in actors if a.kind in GROUP_KINDS
                   for s in a.mentions)
    if not spans:
        return toponyms
    starts = [start for start, _, _ in spans]
    out = []
    for top in toponyms:
        k = bisect.bisect_right(starts, top.span.start)
        key = fold(top.text)
        inside = any(end >= top.span.end and (start, end) != (top.span.start, top.span.end)
                     and key in name for start, end, name in spans[max(0, k - MAX_NESTED):k])
        out.append(replace(top, embedded=True) if inside and not top.embedded else top)
    return out


def town_named_whole(span: Span, parse: Parse, gazetteer: Gazetteer, persons: frozenset[str]
                     ) -> Toponym | None:
    """An organisation's name that is exactly a town's own name ("Liverpool" beat "Reading",
    "Leeds" signed him): the club, outlet or body named after the town, so the town flagged
    `embedded`, as in a longer name. Only a town of 50,000+ people, not a person's name in the
    article nor an acronym; a context that makes the name the town itself is read before
    this."""
    surface = span.of(parse.text)
    key = fold(surface)
    if key in persons or key in GENERIC_WORDS or not surface[:1].isupper() or surface.isupper():
        return None  # an acronym ("NEMA") is the organisation's own name
    if not any(c.kind == "city" and c.match == MATCH_NAME and c.population >= NORP_MIN_POPULATION
               for c in exact_places(gazetteer, surface, kinds=INSIDE_KINDS)):
        return None
    return replace(make_toponym(span, surface, "GPE", parse), embedded=True)


def club_town(span: Span, parse: Parse, gazetteer: Gazetteer) -> Toponym | None:
    """A club's name that is a town's name and a club word after it ("Leeds United",
    "Bristol Rovers") or before it ("Atletico Madrid", "Inter Milan"), whatever the model's
    label, a person's included: the town flagged `embedded`, when the whole is no town of
    10,000+ people and the town's part is a town of 50,000+ by its own name."""
    surface = span.of(parse.text).removeprefix("the ")
    offset = span.start + len(span.of(parse.text)) - len(surface)
    head, _, last = surface.rpartition(" ")
    first, _, tail = surface.partition(" ")
    if head and fold(last) in CLUB_WORDS:
        start, town = offset, head
    elif tail and fold(first) in CLUB_FIRST_WORDS:
        start, town = offset + len(first) + 1, tail
    else:
        return None
    if any(c.population >= CLUB_TOWN_MIN for c in exact_places(gazetteer, surface)) or not any(
            c.match == MATCH_NAME and c.population >= NORP_MIN_POPULATION
            for c in exact_places(gazetteer, town, kinds=("city",))):
        return None
    return replace(make_toponym(Span(start, start + len(town)), town, "GPE", parse),
                   embedded=True)


def _state_or_country(gazetteer: Gazetteer, part: str) -> bool:
    """True when the name is both a country's and a first-level region's of another country
    ("Georgia")."""
    found = exact_places(gazetteer, part, kinds=("country", "admin1"))
    countries = {c.country for c in found if c.kind == "country"}
    return bool(countries) and any(c.kind == "admin1" and c.country not in countries
                                   for c in found)


def _city_of_town(gazetteer: Gazetteer, part: str) -> bool:
    """True when "X City" in a name is the city (council, commission) of the town X:
    X by its own name is a bigger town than any called "X City" ("the Rome City
    Commission" is Rome's, not Rome City, Indiana's; "Kansas City" and "Jefferson City" stay
    themselves)."""
    head, _, last = part.rpartition(" ")
    if not head or last != "City":
        return False
    whole = max((c.population for c in exact_places(gazetteer, part, kinds=("city",))),
                default=0)
    return any(c.match == MATCH_NAME and c.population > whole
               for c in exact_places(gazetteer, head, kinds=("city",)))


def _after_place(surface: str, start: int, covered: int) -> bool:
    """True when the window follows a place or demonym found just before it in the name
    ("African Union": "Union" is a word of the name, not the town)."""
    return covered >= 0 and not surface[covered:start].strip(" -")


def _inside_place(gazetteer: Gazetteer, part: str, *, local: bool) -> bool:
    """A region or province (by a name or alias longer than an abbreviation such as "La"),
    a district named with its admin word ("Suffolk County") or of 50,000+ people by its own
    name ("Kent Police", "Davao del Sur"), or a town by its own name (not
    an alternate one: "Rapid" is also a name of Rapid City):
    a town of 50,000+ people, or of 1,000+ in a local institution's name. A word for an
    institution or building ("Police", "Court"), for a body's field ("the Chamber of
    Commerce", "the Department of Justice") or for a natural feature ("the San Isabel
    National Forest", "Garden City Community College") is no town's name here; with its admin
    word it is the unit's ("the Park County Sheriff's Office", "Lake County Schools"); nor is
    an organisation's word ("Union", "Trust")."""
    key, level = split_admin_suffix(fold(part))
    if level is None and (key in INSTITUTION_OR_FEATURE_WORDS or key in ORGANISATION_WORDS):
        return False  # "the San Isabel National Forest" is no Forest County; "the Union of
        # Medical Relief Organisations" no Union, New Jersey
    return any(
        c.kind in {"admin1", "region"} and (c.match == MATCH_NAME or len(key) > 3)
        or c.match == MATCH_NAME and (
            c.kind == "admin2" and (level is not None or c.population >= NORP_MIN_POPULATION)
            or c.kind == "city" and (c.population >= NORP_MIN_POPULATION
                                     or local and c.population >= PLACED_MIN_POPULATION))
        for c in exact_places(gazetteer, part, kinds=INSIDE_KINDS))


CAMPUS_REACH = 16  # characters before a window read for the university's word (linear cost)
# A university's acronym (its "U": "SUNY", "UW", "UNC") or its word "State", "University" or
# "College", then a dash, a comma or a space.
_CAMPUS_BEFORE = re.compile(
    r"(?:\b(?=[A-Z]{2,5}\b)[A-Z]*U[A-Z]*|\bState|\bUniversity|\bCollege)\s*[-–—,]?\s*$")


def _campus(surface: str, start: int, part: str) -> bool:
    """True when the window ends the name right after a university's acronym or its word
    "State", "University" or "College" ("SUNY New Paltz", "Penn State Harrisburg",
    "UW-Platteville", "Texas A&M University–Kingsville"): the campus's town, of any size
    a local institution's town may have."""
    return start + len(part) == len(surface) and not surface.isupper() \
        and not set(fold(part).split()) & ORGANISATION_WORDS \
        and bool(_CAMPUS_BEFORE.search(surface[max(0, start - CAMPUS_REACH):start]))


_STATE_SCHOOL = re.compile(r" State (?:University|College|Univ\.)\b")


def _state_school(surface: str, start: int, part: str) -> bool:
    """True when "State University" or "State College" follows the window ("Kennesaw State
    University", "Dalton State College"): a public school named after its town, never after
    a person, so a town of any size a local institution's town may have."""
    return _STATE_SCHOOL.match(surface, start + len(part)) is not None


def _state_code(gazetteer: Gazetteer, surface: str, start: int, part: str) -> bool:
    """A state's or province's abbreviation in capitals where news abbreviates them (the US,
    Canada, Australia) as a word of the name ("the NSW Primary Industries Minister", "the
    NY Plum Island center", "FrontCounter BC"); not after a slash or in brackets ("Police/PA",
    "(DA)"), which abbreviate the organisation's own name."""
    if not (part.isalpha() and is_acronym(part, longest=3)) \
            or surface[start - 1:start] in {"/", "("} or surface.isupper():
        return False  # in a name all in capitals "IN", "OR", "ME" are words, not codes
    return any(c.kind == "admin1" and c.country in STATE_CODE_COUNTRIES
               for c in exact_places(gazetteer, part, kinds=("admin1",)))


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
