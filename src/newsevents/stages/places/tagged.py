"""One mention the model tagged, read for the places it names (`read_mention`; the rules are
toponyms.py's module doc): no place in a person's name after a title or before an age, in a
storm's name or in a language; whole forms first (a route number, two places sharing their
last words, a list of towns in one mention, a club's town, a building in a place no town of
its name lies in, a country after an office's "of"), then a unit named with its admin word,
a regional adjective or demonym, a label's own reading (labels.py) and the places inside an
organisation's name (inside.py)."""
from __future__ import annotations

import re
from dataclasses import replace

from ...model import Mention, Span
from ...parse import Parse, Tok
from ...resources.gazetteer import MATCH_ALIAS, MATCH_NAME, Gazetteer
from ...resources.place_names import fold
from .bodies import town_body_span
from .cues import capitalised_word_after, named_by_place_noun, names_a_language, next_word
from .entries import (
    PLACED_MIN_POPULATION,
    city_of_demonym,
    exact_places,
    named_places,
    named_with_admin_word,
    nation_of,
    region_adjective,
)
from .facilities import (
    facility_after,
    facility_elsewhere,
    facility_title,
    numbered_street,
    institution_elsewhere,
    is_venue,
    listed_before_facility_noun,
    owns_facility,
    road_number_end,
)
from .inside import club_town, coordinated_place, embedded_toponyms, town_named_whole
from .labels import NAMED_LABELS, facility_place_label, is_facility, is_toponym, place_label
from .lists import towns_listed_in
from .name_kinds import (
    is_body_name,
    is_feature_name,
    is_premises_name,
    names_a_storm,
    names_indigenous_people,
)
from .placing import distance_after, is_qualified, owns_place
from .titles import after_title, before_age, person_elsewhere
from .toponym import (
    PLACE_LABELS,
    CountryRef,
    Toponym,
    is_area_name,
    make_toponym,
    with_admin_word,
    with_feature_word,
    without_direction,
    without_possessive,
)
from .untagged import office_of_country
from .words import FEATURE_WORDS, TOWN_PART_WORDS
from .verbs import moved_into_place

# Labels of titles the model gives a list of towns ("Ludlow, Bridgnorth and Much Wenlock").
TITLE_LABELS = frozenset({"WORK_OF_ART", "EVENT", "LAW"})
Read = tuple[list[Toponym], list[CountryRef]]  # a mention's toponyms and country references
DEMONYM_HEADS = FEATURE_WORDS | TOWN_PART_WORDS  # "the Canadian River", "the French Quarter"


def read_mention(mention: Mention, *, text: str, parse: Parse, gazetteer: Gazetteer,
                 persons: frozenset[str], written: frozenset[str]) -> Read:
    """The toponyms and country references of one tagged mention, in text order; `persons`
    and `written` are the article's persons' names (toponyms.person_names)."""
    mention = without_direction(without_possessive(mention, text), text,
                                gazetteer=gazetteer)
    mention = with_admin_word(mention, parse)  # "Neighboring St. Tammany" + "Parish"
    if mention.label == "NORP" and (river := _feature_named_by_demonym(mention, parse)):
        mention = river  # "the Canadian River" of Texas is no Canada
    if mention.label in {"GPE", "LOC"}:
        mention = with_feature_word(mention, parse)
    elif mention.label in {"PERSON", "ORG"} and not exact_places(gazetteer,
                                                                 mention.span.of(text)):
        # "the Llyn peninsula" tagged PERSON: a feature (not "the Greek islands", a
        # demonym's, nor "the al Faw peninsula", which the town of Al Faw gives)
        feature = with_feature_word(mention, parse, FEATURE_WORDS)
        mention = mention if feature is mention else replace(feature, label="LOC")
    surface = mention.span.of(text)
    if after_title(parse, mention.span) or before_age(parse, mention.span):
        return [], []  # "Police Chief Cleveland Spruill", "Jordan, 56,": a person's name
    if names_a_storm(surface) and not exact_places(gazetteer, surface) \
            and not is_qualified(parse, mention.span, gazetteer):
        return [], []  # "Typhoon Kammuri", "Hurricane Katrina": a storm ("Hurricane Mills,
        # Tenn." is a town)
    whole = _read_whole(mention, surface, text=text, parse=parse, gazetteer=gazetteer,
                        persons=persons)
    if whole is not None:
        return whole, []
    if mention.label in PLACE_LABELS | {"PERSON"} and is_body_name(surface):
        mention = replace(mention, label="ORG")  # "St. Louis Police" tagged GPE
    if mention.label in NAMED_LABELS and named_with_admin_word(gazetteer, surface):
        # "Gwoza Local Government Area", "Bichi LGA" tagged as a body
        return [make_toponym(mention.span, surface, "GPE", parse)], []
    if mention.label in {"NORP", "GPE", "PERSON"} and gazetteer.demonym(surface) \
            and names_a_language(parse, mention.span):
        return [], []  # "an English translation", "in French": a language
    return _read_by_label(mention, surface, parse=parse, gazetteer=gazetteer,
                          persons=persons, written=written)


def _feature_named_by_demonym(mention: Mention, parse: Parse) -> Mention | None:
    """A demonym and the capitalised feature word or town part's word after it ("the
    Canadian River", "the French Broad River", "the French Quarter"): the feature or the
    part of a town, a LOC; else None."""
    word = capitalised_word_after(parse, mention.span, DEMONYM_HEADS)
    if word is None:
        return None
    return replace(mention, span=Span(mention.span.start, word.end), label="LOC")


def _read_whole(mention: Mention, surface: str, *, text: str, parse: Parse,
                gazetteer: Gazetteer, persons: frozenset[str]) -> list[Toponym] | None:
    """The toponyms of a mention of a form read whole, else None: a route number ("U.S.
    129"), two places sharing their last words ("North and South Korea"), a list of towns
    ("Kalamazoo, Portage and Richland" tagged as one firm's name), a club's town under any
    label ("Leeds United", "Atletico Madrid" tagged as a person, "Dynamo Kyiv" as a
    product), a building in a place no town of its name lies in ("Vanderbilt hospital in
    Nashville": the hospital's name) or a country after an office's "of" ("President of
    Kenya William Ruto": Kenya, and the holder's name)."""
    if mention.label in PLACE_LABELS and "." in surface and len(surface) <= 5 \
            and (end := road_number_end(parse, mention.span)) is not None:
        road = Span(mention.span.start, end)  # "U.S. 129", "N.C. 54": a road
        return [make_toponym(road, road.of(text), "FAC", parse)]
    if (street := numbered_street(parse, mention.span)) is not None:
        return [make_toponym(street, street.of(text), "FAC", parse)]  # "Third Street"
    if mention.label in PLACE_LABELS and (pair := shared_head_pair(
            mention.span, surface, gazetteer)):
        return [make_toponym(span, name, "GPE", parse) for span, name in pair]
    if mention.label in PLACE_LABELS | NAMED_LABELS | TITLE_LABELS and (items := towns_listed_in(
            mention.span, surface, gazetteer, persons,
            place=mention.label in PLACE_LABELS)):
        return [make_toponym(span, name, "GPE", parse) for span, name in items]
    if town := club_town(mention.span, parse, gazetteer):
        return [town]
    if mention.label in PLACE_LABELS | NAMED_LABELS and facility_elsewhere(
            parse, mention.span, gazetteer):
        return [make_toponym(mention.span, facility_title(parse, mention.span), "FAC", parse)]
    if mention.label == "PERSON" and (country := country_of_office(
            parse, mention.span, gazetteer)) is not None:
        return [make_toponym(country, country.of(text), "GPE", parse)]
    return None


def _read_by_label(mention: Mention, surface: str, *, parse: Parse, gazetteer: Gazetteer,
                   persons: frozenset[str], written: frozenset[str]) -> Read:
    """The toponyms and country references of a mention by its label and the words around
    it: a regional adjective, a demonym, a placed name, a facility, a feature, an area, a
    body named after its town, the places inside an organisation's name."""
    toponyms: list[Toponym] = []
    refs: list[CountryRef] = []
    if mention.label in {"NORP", "GPE", "PERSON"} \
            and not person_elsewhere(fold(surface), persons) \
            and (nation := nation_of(gazetteer, surface)):  # not "Irvine Welsh"
        toponyms.append(replace(make_toponym(mention.span, nation, "GPE", parse),
                                demonym=True))  # "an English pianist": England
    elif mention.label in {"NORP", "GPE"} and (iso3 := gazetteer.demonym(surface)) \
            and not _country_name(gazetteer, surface):  # not "the Philippines"
        if not names_indigenous_people(surface, next_word(parse, mention.span)):
            refs.append(CountryRef(span=mention.span, country=iso3, text=surface))
    elif mention.label in {"NORP", "GPE", "PERSON"} \
            and not person_elsewhere(fold(surface), persons) \
            and (city := city_of_demonym(gazetteer, surface)):
        toponyms.append(replace(make_toponym(mention.span, city, "GPE", parse),
                                demonym=True))  # "Chicagoans lined up": Chicago
    elif mention.label == "NORP" and region_adjective(gazetteer, surface):
        toponyms.append(replace(make_toponym(mention.span, surface, "LOC", parse),
                                demonym=True))
    elif mention.label in NAMED_LABELS and (
            moved_into_place(parse, mention.span) or mention.label != "PERSON"
            and distance_after(parse, mention.span)) \
            and not person_elsewhere(fold(surface), persons):  # "Ishaki, 100 km north of"
        toponyms.append(replace(make_toponym(mention.span, surface, "GPE", parse),
                                cued=True))
    elif mention.label in PLACE_LABELS and (
            river := river_of_state_name(parse, mention.span, surface, gazetteer)):
        toponyms.append(make_toponym(mention.span, river, "LOC", parse))  # "down the Ohio"
    elif is_toponym(mention, surface, parse, gazetteer, persons, written=written):
        toponyms.append(make_toponym(mention.span, surface,
                                     place_label(parse, mention, surface, gazetteer),
                                     parse))
    elif is_facility(parse, mention, surface):
        toponyms.append(make_toponym(mention.span, surface, "FAC", parse))
    elif mention.label in NAMED_LABELS and is_feature_name(surface):
        toponyms.append(make_toponym(mention.span, surface, "LOC", parse))
    elif mention.label in NAMED_LABELS and is_area_name(surface):
        toponyms.append(make_toponym(mention.span, surface, "GPE", parse))
    elif mention.label in NAMED_LABELS and named_by_place_noun(
            parse, mention.span, group=mention.label == "NORP"):
        toponyms.append(make_toponym(mention.span, surface, "GPE", parse))
    elif mention.label in NAMED_LABELS and owns_place(parse, mention.span) and any(
            c.kind in {"country", "admin1"} and c.match <= MATCH_ALIAS
            for c in named_places(gazetteer, surface)):  # "Chhattisgarh's Bastar district"
        toponyms.append(make_toponym(mention.span, surface, "GPE", parse))
    elif mention.label in NAMED_LABELS - {"ORG"} and owns_facility(parse, mention.span) \
            and not person_elsewhere(fold(surface), persons) and any(
                c.kind in {"country", "admin1"} or c.kind == "city"
                and c.match == MATCH_NAME and c.population >= PLACED_MIN_POPULATION
                for c in named_places(gazetteer, surface)):  # not "Ford's plant"
        toponyms.append(make_toponym(mention.span, surface, "GPE", parse))  # "Goma's airport"
    elif mention.label in NAMED_LABELS - {"ORG"} and (
            facility_after(parse, mention.span)
            or listed_before_facility_noun(parse, mention.span)):
        toponyms.append(make_toponym(mention.span, surface,
                                     facility_place_label(mention, surface, gazetteer),
                                     parse))
    elif mention.label in {"PERSON", "ORG"} and (
            body := town_body_span(mention, parse, persons)):
        tops, found = embedded_toponyms(body, parse, gazetteer,  # "Seattle Fire"
                                        persons - {fold(surface)})
        toponyms.extend(tops)
        refs.extend(found)
    elif mention.label in {"ORG", "FAC", "NORP", "EVENT", "LAW"}:  # "the Muscat Film Festival"
        tops, found = _read_organisation(mention, surface, parse=parse, gazetteer=gazetteer,
                                         persons=persons)
        toponyms.extend(tops)
        refs.extend(found)
    return toponyms, refs


def _read_organisation(mention: Mention, surface: str, *, parse: Parse, gazetteer: Gazetteer,
                       persons: frozenset[str]) -> Read:
    """The places inside an organisation's, facility's, group's, event's or law's name
    (inside.py), but not a town an institution "in" a place it does not lie in is named
    after ("Washington University in St. Louis"); an organisation's name without one may be
    a venue's, a facility's, a town's ("Liverpool" the club) or open a pair ("Devon and
    Cornwall Police")."""
    toponyms: list[Toponym] = []
    tops, found = embedded_toponyms(mention.span, parse, gazetteer, persons,
                                    label=mention.label)
    honoured = [t for t in tops if institution_elsewhere(parse, mention.span, t.text,
                                                         gazetteer)]
    if honoured:  # "Washington University in St. Louis": a name, no place
        tops = [t for t in tops if t not in honoured]
    elif not tops and mention.label == "ORG" and (
            is_venue(parse, mention.span, surface) or is_premises_name(surface)):
        toponyms.append(make_toponym(mention.span, surface, "FAC", parse))
    elif not tops and mention.label == "ORG" and (
            facility_after(parse, mention.span)
            or listed_before_facility_noun(parse, mention.span)):
        toponyms.append(make_toponym(mention.span, surface, facility_place_label(
            mention, surface, gazetteer), parse))  # "the Nuseirat refugee camp"
    elif not tops and mention.label == "ORG" and (
            town := town_named_whole(mention.span, parse, gazetteer, persons)):
        toponyms.append(town)  # "Liverpool" the club: its town, flagged embedded
    elif mention.label == "ORG" and (joined := coordinated_place(
            mention.span, parse, gazetteer, persons, tops)):
        toponyms.append(joined)  # "Devon and Cornwall Police": Devon too
    return toponyms + tops, found


_SHARED_HEAD = re.compile(r"([A-Z][\w.-]*) (?:and|&|or) ([A-Z][\w.-]*) (\S.*)")


def shared_head_pair(span: Span, surface: str, gazetteer: Gazetteer
                     ) -> list[tuple[Span, str]] | None:
    """Two places that share the words after the second ("North and South Korea", "Central
    and South America", "North and South Carolina"): the first word's span named with the
    shared words ("North" → "North Korea"), and the second name, when both are places and
    the whole is none."""
    match = _SHARED_HEAD.fullmatch(surface)
    if match is None or exact_places(gazetteer, surface):
        return None
    first = f"{match.group(1)} {match.group(3)}"
    second = surface[match.start(2):]
    if not exact_places(gazetteer, first) or not exact_places(gazetteer, second):
        return None
    return [(Span(span.start, span.start + match.end(1)), first),
            (Span(span.start + match.start(2), span.end), second)]


def country_of_office(parse: Parse, span: Span, gazetteer: Gazetteer) -> Span | None:
    """The country opening a person's mention after an office's "of", with a name of two or
    more words after it ("the President of Kenya William Ruto"; see `office_of_country`)."""
    toks = parse.tokens_in(span)
    for size in (3, 2, 1):
        if len(toks) >= size + 2:
            country = Span(toks[0].idx, toks[size - 1].end)
            if office_of_country(parse, toks[0].i, country.of(parse.text), gazetteer):
                return country
    return None


def _country_name(gazetteer: Gazetteer, surface: str) -> bool:
    """True when the surface is a country's own name, even if the data also lists it as a
    demonym ("Philippines", "Djibouti")."""
    return any(c.match == MATCH_NAME for c in exact_places(gazetteer, surface,
                                                           kinds=("country",)))


def river_of_state_name(parse: Parse, span: Span, surface: str, gazetteer: Gazetteer
                        ) -> str | None:
    """"down the Ohio", "along the Mississippi and the Missouri": a province's or state's
    name right after "the", no noun after it, is the river of that name when our table of
    natural features has one (English writes no article before a state's name); not after
    "in" ("in the Yukon", the territory), nor a country's name ("the Congo", "the Gambia")."""
    first, last = parse.token_at(span.start), parse.token_at(span.end - 1)
    toks = parse.tokens
    if first is None or last is None or first.i < 1 or toks[first.i - 1].text.lower() != "the" \
            or first.i >= 2 and toks[first.i - 2].text.lower() == "in" \
            or last.i + 1 < len(toks) and not _ends_noun_phrase(toks[last.i + 1]):
        return None
    if not exact_places(gazetteer, surface, kinds=("admin1",)) \
            or exact_places(gazetteer, surface, kinds=("country",)):
        return None
    river = f"{surface} River"
    return river if any(c.feature_code == "STM" for c in
                        exact_places(gazetteer, river, kinds=("region",))) else None


def _ends_noun_phrase(tok: Tok) -> bool:
    """The token after a name ends its noun phrase: a punctuation mark, a function word or
    a verb ("down the Ohio, …", "the Ohio and …", "the Ohio rose"), not a noun ("the Ohio
    delegation")."""
    return not tok.text[:1].isalnum() or tok.pos in {"ADP", "CCONJ", "SCONJ", "VERB", "AUX",
                                                     "PART", "ADV"}
