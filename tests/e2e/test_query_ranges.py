"""`query` prints the whole date range of an event that spans days."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner

from newsevents.cli import main
from newsevents.store.duckdb import Store
from newsevents.store.merge import merge_events

from ..unit.store.factories import Story, make_analysis


def test_query_prints_date_ranges(tmp_path: Path) -> None:
    analysis = make_analysis(Story())
    events = tuple(replace(e, date="2016-08-01", date_end="2016-08-03") for e in analysis.events)
    db = tmp_path / "q.duckdb"
    with Store.open(db) as store:
        store.write([replace(analysis, events=events), make_analysis(Story(place="Mosul"))],
                    run=None)
        merge_events(store)
    result = CliRunner().invoke(main, ["query", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "2016-08-01 – 2016-08-03" in result.output
    assert "2016-08-03 –" not in result.output  # a one-day event prints one date
