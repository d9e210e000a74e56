"""Golden cleaning cases: our own news-style articles with page furniture of many kinds.

Each folder of tests/golden/cleaning holds `input.txt` or `input.html` and `expected.json` with
the title, dateline, published date, source, and `with` (must keep) / `without` (must drop)
snippets of the cleaned text.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.config import Settings
from newsevents.io.raw import RawDocument
from newsevents.stages.clean import clean

CASES = Path(__file__).resolve().parents[1] / "golden" / "cleaning"
CASE_DIRS = sorted(p for p in CASES.iterdir() if p.is_dir())


def test_golden_cleaning_has_enough_cases() -> None:
    assert len(CASE_DIRS) >= 12


@pytest.mark.parametrize("case", CASE_DIRS, ids=lambda p: p.name)
def test_golden_cleaning(case: Path) -> None:
    [source] = case.glob("input.*")
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    article = clean(RawDocument(origin=str(source), content=source.read_bytes()),
                    settings=Settings())
    published = article.published.isoformat() if article.published else None
    assert (article.title, article.dateline, published, article.source) == (
        expected["title"], expected["dateline"], expected["published"], expected["source"])
    missing = [s for s in expected["with"] if s not in article.text]
    kept = [s for s in expected["without"] if s in article.text]
    assert not missing and not kept, f"missing {missing}, kept {kept}\n---\n{article.text}"
    assert expected["title"] not in article.text.split("\n\n")
