"""Fuzzing the number reader, dates and the whole analysis with every kind of Unicode digit.

`float("¹")` raises: superscripts, fractions and circled numbers are `isdigit()` but not
decimal digits. Whatever the text, these helpers return a value or nothing, never raise.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.numbers import find, parse
from newsevents.stages.events.dates import resolve_date

ODD_DIGITS = "¹²³⁰⁴⁵⁶⁷⁸⁹₀₁₂½¼⅓①②⑩１２３٣٤٥۴६੭ⅫⅣ𝟙𝟚"
WORDS = ["killed", "at", "least", "people", "wounded", "more", "than", "hundreds", "of",
         "million", "dozens", "fled", "on", "May", "in", "the", "year", "soldiers", "1,200",
         "3.5", "%", "-", "–", ",", ".", "’s", "about", "some", "twenty", "2014", "¹", "²⁰"]
TOKENS = st.one_of(st.sampled_from(WORDS), st.text(alphabet=ODD_DIGITS + "0123456789,.-",
                                                   min_size=1, max_size=6))
TEXTS = st.lists(TOKENS, min_size=1, max_size=30).map(" ".join)


@given(TEXTS)
@settings(max_examples=400, deadline=None)
def test_number_reader_never_raises(text: str) -> None:
    for found in find(text):
        assert 0 <= found.start <= found.end <= len(text)
    parse(text)


@pytest.mark.parametrize("text", ["¹ killed", "at least ²³ people", "¹²³⁴ soldiers",
                                  "½ million fled", "① dead", "killed in ¹⁹⁹⁸"])
def test_odd_digits_are_not_numbers(text: str) -> None:
    assert find(text) == [] or all(f.quantity.low is not None or f.quantity.high is not None
                                   for f in find(text))


@given(TEXTS)
@settings(max_examples=200, deadline=None)
def test_date_resolution_never_raises(text: str) -> None:
    phrases = (("earlier this week", "this_week_before", 0), ("days ago", "offset", -2))
    resolve_date(text, dt.date(2016, 5, 1), phrases=phrases)


@pytest.fixture(scope="module")
def pipeline():  # type: ignore[no-untyped-def]
    from newsevents import build_pipeline

    return build_pipeline()


@given(st.lists(TOKENS, min_size=3, max_size=40).map(lambda ws: "Officials said " + " ".join(ws)))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_analyze_survives_odd_digits(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    from newsevents import analyze

    analysis = analyze(text + ".", pipeline=pipeline)
    assert analysis.article.text
