"""The quantity parser: every documented form, and the traps it must not read as counts."""
from __future__ import annotations

import pytest

from newsevents.numbers import Quantity, find, parse, render

CASES = [
    ("1,245", Quantity(1245, 1245, "exact")),
    ("1.2 million", Quantity(1_200_000, 1_200_000, "exact")),
    ("half a million", Quantity(500_000, 500_000, "exact")),
    ("twenty-five", Quantity(25, 25, "exact")),
    ("three hundred and forty-two", Quantity(342, 342, "exact")),
    ("a thousand", Quantity(1000, 1000, "exact")),
    ("about 500", Quantity(500, 500, "approximate")),
    ("some 300", Quantity(300, 300, "approximate")),
    ("an estimated 1,500", Quantity(1500, 1500, "approximate")),
    ("a dozen", Quantity(12, 12, "approximate")),
    ("two dozen", Quantity(24, 24, "approximate")),
    ("more than 500,000", Quantity(500_001, None, "more_than")),
    ("over 20", Quantity(21, None, "more_than")),
    ("more than a dozen", Quantity(13, None, "more_than")),
    ("at least 12", Quantity(12, None, "at_least")),
    ("500 or more", Quantity(500, None, "at_least")),
    ("up to 50", Quantity(None, 50, "at_most")),
    ("as many as 80", Quantity(None, 80, "at_most")),
    ("fewer than 50", Quantity(None, 49, "less_than")),
    ("approaching 1,000", Quantity(None, 999, "less_than")),
    ("nearly two dozen", Quantity(None, 23, "less_than")),
    ("almost 40", Quantity(None, 39, "less_than")),
    ("between 20 and 30", Quantity(20, 30, "range")),
    ("from 5,000 to 7,000", Quantity(5000, 7000, "range")),
    ("20 to 30", Quantity(20, 30, "range")),
    ("20-30", Quantity(20, 30, "range")),
    ("two or three", Quantity(2, 3, "range")),
    ("dozens", Quantity(24, 99, "vague")),
    ("scores", Quantity(40, 99, "vague")),
    ("hundreds", Quantity(200, 999, "vague")),
    ("the hundreds", Quantity(100, 999, "vague")),
    ("thousands", Quantity(2000, 9999, "vague")),
    ("tens of thousands", Quantity(20_000, 99_999, "vague")),
    ("hundreds of thousands", Quantity(200_000, 999_999, "vague")),
]


@pytest.mark.parametrize(("phrase", "expected"), CASES)
def test_parse_reads_each_documented_form(phrase: str, expected: Quantity) -> None:
    assert parse(phrase) == expected


@pytest.mark.parametrize("phrase", ["555-0199", "212-555-0199", "007", "1,00", "30-20",
                                   "between 30 and 20", "people", "2.5"])
def test_parse_rejects_codes_and_non_counts(phrase: str) -> None:
    assert parse(phrase) is None


def test_find_skips_compounds_and_one_of() -> None:
    text = "A 35-year-old, a nine-year war, 80-mile trip, one of the 12 victims."
    assert [text[f.start:f.end] for f in find(text)] == ["12"]


def test_find_keeps_the_qualifier_outside_the_number() -> None:
    text = "the number of wounded is said to be approaching 1,000."
    (found,) = find(text)
    assert text[found.start:found.end] == "approaching 1,000"
    assert found.quantity == Quantity(None, 999, "less_than")


def test_find_reads_vague_bands_after_the() -> None:
    text = "The toll may run into the hundreds, officials said."
    (found,) = find(text)
    assert text[found.start:found.end] == "the hundreds"


def test_render_writes_words() -> None:
    assert render(Quantity(500_001, None, "more_than")) == "more than 500,000"
    assert render(Quantity(None, 999, "less_than"), words=True) == "fewer than one thousand"
    assert render(Quantity(200, 999, "vague")) == "hundreds"
    with pytest.raises(ValueError):
        render(Quantity(3, 7, "vague"))
