"""Spark's `stories` rows equal the store's (`story_rows`) on our own articles, without NLP."""
from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest

from newsevents.store.stories import StorySettings, story_rows
from tests.e2e.spark_local import local_spark
from tests.unit.store.test_stories import ARTICLES

pytestmark = [pytest.mark.issue(16)]


@pytest.fixture(scope="module")
def spark() -> Any:
    yield from local_spark(partitions=3)


def corpus() -> list[tuple[str, dt.date | None, str]]:
    """Our stories and unrelated articles, plus re-worded copies spread over weeks, and
    undated ones."""
    rng = random.Random(7)
    rows = list(ARTICLES)
    for k in range(40):
        _aid, published, text = ARTICLES[k % len(ARTICLES)]
        words = text.split()
        rng.shuffle(words)
        when = None if k % 9 == 0 else published + dt.timedelta(days=rng.randrange(30))
        rows.append((f"copy{k:02d}", when, " ".join(words[: len(words) - k % 5])))
    return rows


@pytest.mark.parametrize("settings", [StorySettings(),
                                      StorySettings(link="single", max_candidates=3,
                                                    neighbours=2)])
def test_spark_stories_equal_the_store(spark: Any, settings: StorySettings) -> None:
    from newsevents.batch.spark_stories import stories

    rows = corpus()
    frame = spark.createDataFrame(rows, "id STRING, published DATE, text STRING")
    got = sorted((r.asDict() for r in stories(frame, settings=settings).collect()),
                 key=lambda r: r["article_id"])
    expected = story_rows(rows, settings=settings)
    assert max(r["articles"] for r in expected) > 3
    assert got == expected
