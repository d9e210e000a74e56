"""Pruning old gazetteer indexes keeps one another installation used recently."""
from __future__ import annotations

import os
import time
from pathlib import Path

from newsevents.resources import gazetteer as gz

DAY = 86_400.0


def _index(folder: Path, version: str, *, age_days: float, now: float) -> Path:
    path = folder / f"gazetteer-{version}.sqlite"
    path.write_bytes(b"")
    os.utime(path, (now - age_days * DAY, now - age_days * DAY))
    return path


def test_prune_deletes_only_versions_unused_for_a_week(tmp_path: Path) -> None:
    now = time.time()
    current = _index(tmp_path, "new", age_days=30, now=now)
    recent = _index(tmp_path, "other-checkout", age_days=1, now=now)
    old = _index(tmp_path, "old", age_days=8, now=now)
    removed = gz.prune_stale(current, now=now)
    assert removed == [old]
    assert current.exists() and recent.exists() and not old.exists()


def test_prune_with_no_grace_deletes_every_other_version(tmp_path: Path) -> None:
    now = time.time()
    current = _index(tmp_path, "new", age_days=0, now=now)
    other = _index(tmp_path, "other", age_days=0.5, now=now)
    assert gz.prune_stale(current, keep_days=0.0, now=now) == [other]


def test_mark_used_renews_the_index_so_it_survives(tmp_path: Path) -> None:
    now = time.time()
    current = _index(tmp_path, "new", age_days=0, now=now)
    other = _index(tmp_path, "other", age_days=10, now=now)
    gz.mark_used(other)
    assert gz.prune_stale(current) == []
    assert other.exists()


def test_mark_used_ignores_a_missing_file(tmp_path: Path) -> None:
    gz.mark_used(tmp_path / "gazetteer-gone.sqlite")
