"""Figures on our own sentences (real model): each category and qualifier, hedges, traps."""
from __future__ import annotations

import pytest

from newsevents.pipeline import build_pipeline
from tests.conftest import make_article

pytestmark = pytest.mark.model
FIGURE_STAGES = ("segment.", "mentions.", "actors.", "quotes.", "figures.")


@pytest.fixture(scope="module")
def figures_of(resources):  # type: ignore[no-untyped-def]
    """One pipeline (up to figures, without places and events) for all sentences."""
    stages = tuple(s for s in resources.settings.stages if s.startswith(FIGURE_STAGES))
    pipeline = build_pipeline(resources.settings.with_(stages=stages, check_spans=True),
                              resources=resources)
    return lambda text: pipeline.run(make_article(text)).figures

CASES = [
    ("Gunmen killed 14 villagers in the night raid.", ("killed", 14, 14, "exact", False)),
    ("At least 9 people were injured when the bus overturned.", ("wounded", 9, None, "at_least", False)),
    ("Twenty fishermen are missing after the storm.", ("missing", 20, 20, "exact", False)),
    ("More than 60,000 residents fled the city last month.", ("displaced", 60_001, None, "more_than", False)),
    ("Police detained about 150 students after the march.", ("arrested", 150, 150, "approximate", False)),
    ("Rebels abducted a dozen aid workers near the border.", ("kidnapped", 12, 12, "approximate", False)),
    ("Tens of thousands of protesters filled the square.", ("protesters", 20_000, 99_999, "vague", False)),
    ("The ministry will deploy up to 2,000 soldiers to the north.", ("troops", None, 2000, "at_most", False)),
    ("The floods have affected nearly 1.5 million people.", ("affected", None, 1_499_999, "less_than", False)),
    ("Between 30 and 40 civilians may have died in the strike.", ("killed", 30, 40, "range", True)),
    ("Dozens of soldiers were reportedly wounded in the ambush.", ("wounded", 24, 99, "vague", True)),
    ("An estimated 5,000 refugees crossed the river overnight.", ("displaced", 5000, 5000, "approximate", True)),
    ("The death toll has risen to 31, officials said.", ("killed", 31, 31, "exact", False)),
]

TRAPS = [
    "The fighting began in 2012 and the city fell in June 2014.",
    "A 42-year-old teacher was questioned by police.",
    "The convoy stopped about 60 miles south of the capital.",
    "The nine-year war left the economy in ruins.",
    "It was the third attack on the town this year.",
    "The donors pledged $20 million for reconstruction.",
    "Turnout fell to 35 percent in the eastern provinces.",
    "Relatives can call 555-0143 for information.",
    "One of the injured was a local journalist.",
    "It has been a year since the ceasefire was signed.",
    "About 400 delegates attended the summit.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_each_category_and_qualifier(figures_of, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    got = [(f.category, f.low, f.high, f.qualifier, f.hedged) for f in figures_of(text)]
    assert got == [expected]


@pytest.mark.parametrize("text", TRAPS)
def test_numbers_that_count_nothing_of_interest(figures_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert figures_of(text) == ()
