from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from newsevents.store.duckdb import Store
from newsevents.store.merge import merge_events
from newsevents.store.sitrep import sitrep

from .factories import sample_analyses


@pytest.fixture()
def store() -> Iterator[Store]:
    with Store.open(":memory:") as opened:
        opened.write(sample_analyses(), run=None)
        merge_events(opened)
        yield opened


def test_sitrep_place_reads_as_a_report(store: Store) -> None:
    text = sitrep(store, place="Aleppo")
    assert text.startswith("# Situation report: Aleppo, all dates\n")
    assert "1 distinct event(s) between 03 August 2016 and 03 August 2016, from 2 " \
           "article report(s)" in text
    assert ("- **03 Aug 2016** Syrian Armed Forces — assault (heavy-weapons) against Syrian "
            "rebels in Aleppo, Aleppo Governorate. first reported 04 Aug 2016; 2 article(s) "
            "from 2 source(s).") in text
    assert "## Figures" in text
    assert "reported figures range 12 to 20 across 2 report(s) from 2 source(s)" in text
    assert "  - 12 — monitoring group, via agency-a: \"12 people\"" in text
    assert "## Open contradictions" in text
    assert "denial by military spokesman, via agency-a: \"A military spokesman denied\"" in text
    assert "Mosul" not in text and "Idlib" not in text


def test_sitrep_country_and_dates(store: Store) -> None:
    text = sitrep(store, country="SYR", date_from=dt.date(2016, 8, 10),
                  date_to=dt.date(2016, 8, 31))
    assert "# Situation report: SYR, 2016-08-10 to 2016-08-31" in text
    assert "Idlib" in text and "Aleppo, Aleppo Governorate" not in text


def test_sitrep_day_and_actor(store: Store) -> None:
    text = sitrep(store, actor="Iraqi", day=dt.date(2014, 6, 10))
    assert text.startswith("# Situation report: Iraqi, 10 June 2014")
    assert "Iraqi Armed Forces — assault (heavy-weapons) against militants in Mosul" in text


def test_sitrep_nothing_matches(store: Store) -> None:
    text = sitrep(store, place="Atlantis")
    assert "No events in the store match this report's filters." in text
    assert "## What happened" not in text


@pytest.mark.issue(11)
def test_sitrep_casualties_per_event_over_its_reports(store: Store) -> None:
    text = sitrep(store, place="Aleppo")
    assert "## Casualties" in text
    assert ("- Syrian Armed Forces — assault (heavy-weapons) against Syrian rebels in Aleppo, "
            "Aleppo Governorate (03 Aug 2016): killed 12–20 (2 source(s))") in text
