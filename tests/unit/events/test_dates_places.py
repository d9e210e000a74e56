"""Event dates against the publication date, and the place of the event."""
from __future__ import annotations

import datetime as dt

import pytest

from newsevents.stages.events.dates import resolve_date

from .helpers import lexicon, place, run, text_of, tree

SATURDAY = dt.date(2014, 6, 14)


@pytest.mark.parametrize(("words", "date", "end"), [
    ("Saturday", "2014-06-14", None),  # the publication day itself
    ("on Tuesday", "2014-06-10", None),
    ("Sunday", "2014-06-08", None),
    ("last Saturday", "2014-06-07", None),
    ("next Tuesday", "2014-06-17", None),
    ("earlier this week", "2014-06-09", "2014-06-13"),
    ("this week", "2014-06-09", "2014-06-14"),
    ("last week", "2014-06-02", "2014-06-08"),
    ("last month", "2014-05-01", "2014-05-31"),
    ("in 2011", "2011-01-01", "2011-12-31"),
    ("the 1990s", "1990-01-01", "1999-12-31"),
    ("yesterday", "2014-06-13", None),
    ("three days ago", "2014-06-11", None),
    ("June 10", "2014-06-10", None),
    ("10 June 2014", "2014-06-10", None),
    ("December 30", "2013-12-30", None),
    ("in March", "2014-03-01", "2014-03-31"),
    ("14/06/2014", "2014-06-14", None),
])
def test_dates_resolve_against_publication(words: str, date: str, end: str | None) -> None:
    resolved = resolve_date(words, SATURDAY, phrases=lexicon().date_phrases)
    assert resolved is not None and (resolved.date, resolved.end) == (date, end)


@pytest.mark.parametrize("words", ["five years", "the nine-year", "a year", "decades"])
def test_dates_durations_are_not_dates(words: str) -> None:
    assert resolve_date(words, SATURDAY, phrases=lexicon().date_phrases) is None


def test_dates_without_publication_only_absolute_dates_resolve() -> None:
    phrases = lexicon().date_phrases
    assert resolve_date("Tuesday", None, phrases=phrases) is None
    year = resolve_date("in 2011", None, phrases=phrases)
    assert year is not None and (year.date, year.end) == ("2011-01-01", "2011-12-31")


ATTACK_ON_DAY = """
    Rebels rebel NOUN nsubj 1
    attacked attack VERB ROOT 1
    the the DET det 3
    convoy convoy NOUN dobj 1
    {day} {day_lemma} PROPN npadvmod 1
"""


def test_dates_event_takes_the_date_words_of_its_clause() -> None:
    parse = tree(ATTACK_ON_DAY.format(day="Tuesday", day_lemma="tuesday"), ents=[(4, 5, "DATE")])
    (event,) = run(parse)
    assert (event.date, event.date_end, event.date_source) == ("2014-06-10", None, "text")
    assert text_of(parse, event.date_span) == "Tuesday"


def test_dates_fall_back_to_publication_or_none() -> None:
    parse = tree("""
        Rebels rebel NOUN nsubj 1
        attacked attack VERB ROOT 1
        the the DET det 3
        convoy convoy NOUN dobj 1
    """)
    (dated,) = run(parse)
    (undated,) = run(parse, published=None)
    assert (dated.date, dated.date_source, dated.date_span) == ("2014-06-14", "publication", None)
    assert (undated.date, undated.date_source) == (None, "none")


def test_dates_of_a_reporting_verb_do_not_date_the_reported_event() -> None:
    parse = tree("""
        Officials official NOUN nsubj 1
        said say VERB ROOT 1
        Friday friday PROPN npadvmod 1
        that that SCONJ mark 5
        rebels rebel NOUN nsubj 5
        attacked attack VERB ccomp 1
        convoys convoy NOUN dobj 5
        earlier early ADV advmod 9
        this this DET det 9
        week week NOUN npadvmod 5
    """, ents=[(2, 3, "DATE"), (7, 10, "DATE")])
    (event,) = run(parse)
    assert (event.date, event.date_end) == ("2014-06-09", "2014-06-13")
    assert text_of(parse, event.date_span) == "earlier this week"


def test_places_object_of_seize_and_in_phrase() -> None:
    seized = tree("""
        Rebels rebel NOUN nsubj 1
        seized seize VERB ROOT 1
        Dorn dorn PROPN dobj 1
    """, ents=[(2, 3, "GPE")])
    fought = tree("""
        Rebels rebel NOUN nsubj 1
        attacked attack VERB ROOT 1
        troops troop NOUN dobj 1
        in in ADP prep 1
        Velm velm PROPN pobj 3
    """)
    (first,) = run(seized, places=(place("p1", seized, (2, 2)),))
    (second,) = run(fought, places=(place("p2", fought, (4, 4)),))
    assert (first.place, first.place_reason) == ("p1", "object of seize")
    assert (second.place, second.place_reason) == ("p2", "'in' phrase of the trigger")


def test_places_not_taken_from_the_reporter_or_outside_the_clause() -> None:
    parse = tree("""
        An an DET det 1
        official official NOUN nsubj 4
        in in ADP prep 1
        Velm velm PROPN pobj 2
        said say VERB ROOT 4
        rebels rebel NOUN nsubj 6
        attacked attack VERB ccomp 4
        convoys convoy NOUN dobj 6
    """)
    (event,) = run(parse, places=(place("velm", parse, (3, 3)),))
    assert (event.place, event.place_reason) == (None, None)
    assert event.modality == "claimed"


def test_places_purpose_clause_location_of_a_deployment() -> None:
    parse = tree("""
        Arnia arnia PROPN nsubj 1
        sent send VERB ROOT 1
        troops troop NOUN dobj 1
        to to PART aux 4
        patrol patrol VERB advcl 1
        in in ADP prep 4
        Velm velm PROPN pobj 5
    """)
    (event,) = run(parse, places=(place("velm", parse, (6, 6)),))
    assert (event.place, event.place_reason) == ("velm", "'in' phrase in a clause setting the trigger's scene")
