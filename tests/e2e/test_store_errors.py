"""The store's and the outputs' failures are coded one-line errors, never tracebacks."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.cli import main
from newsevents.errors import StoreError
from newsevents.io.output import writing
from newsevents.store import ingest as ingest_mod

from ..unit.store.fakes import make_fake_pipeline, plain_clean, write_corpus
from ..unit.store.test_ingest import stories

FAKE = ingest_mod.Engine(make_pipeline=make_fake_pipeline, clean=plain_clean)


@pytest.fixture()
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(ingest_mod, "Engine", lambda: FAKE)
    corpus, path = tmp_path / "c.jsonl", str(tmp_path / "s.duckdb")
    write_corpus(corpus, stories(6), bad=False)
    result = CliRunner().invoke(main, ["ingest", str(corpus), "--db", path, "--workers", "1",
                                       "--quiet"])
    assert result.exit_code == 0, result.output
    return path


def test_truncated_database_is_a_coded_error(db: str, tmp_path: Path) -> None:
    data = Path(db).read_bytes()
    for cut in (100, len(data) // 3):
        broken = tmp_path / f"broken{cut}.duckdb"
        broken.write_bytes(data[:cut])
        for command in (["query"], ["export", "--format", "jsonl"], ["sitrep"]):
            result = CliRunner().invoke(main, [*command, "--db", str(broken)])
            assert result.exit_code == 1, result.output
            assert result.output.startswith(f"Error: [E701] database {broken} is damaged or "
                                            "truncated"), result.output


@pytest.mark.parametrize("where", ["dir", "missing-parent"])
def test_export_to_a_bad_path(db: str, tmp_path: Path, where: str) -> None:
    out = tmp_path if where == "dir" else tmp_path / "no" / "such" / "x.jsonl"
    reason = "it is a directory" if where == "dir" else "its folder does not exist"
    for fmt in ("jsonl", "gdelt", "acled"):
        result = CliRunner().invoke(main, ["export", "--db", db, "--format", fmt, "-o", str(out)])
        assert result.exit_code == 1
        assert result.output == f"Error: [E710] cannot write {out}: {reason}\n"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_full_disk_is_a_coded_error(db: str) -> None:
    result = CliRunner().invoke(main, ["export", "--db", db, "--format", "jsonl",
                                       "-o", "/dev/full"])
    assert result.output == "Error: [E710] cannot write /dev/full: the disk is full\n"
    with pytest.raises(StoreError, match=r"\[E710\] cannot write /dev/full: the disk is full"):
        with writing("/dev/full") as handle:
            handle.write("x" * 100_000)


def test_sitrep_and_extract_output_errors(db: str, tmp_path: Path) -> None:
    missing = tmp_path / "none" / "r.md"
    result = CliRunner().invoke(main, ["sitrep", "--db", db, "-o", str(missing)])
    assert result.output == f"Error: [E710] cannot write {missing}: its folder does not exist\n"
    story = tmp_path / "s.txt"
    story.write_text("Government forces shelled Aleppo on Monday, officials said.")
    result = CliRunner().invoke(main, ["extract", str(story), "-q", "-o", str(missing)])
    assert result.output == f"Error: [E710] cannot write {missing}: its folder does not exist\n"


def test_query_while_another_process_writes_says_locked(db: str) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); "
         "print('ready', flush=True); time.sleep(60)", db],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        for command in (["query"], ["export", "--format", "jsonl"]):
            result = CliRunner().invoke(main, [*command, "--db", db])
            assert result.exit_code == 1
            assert result.output.startswith(
                f"Error: [E702] database {db} is locked: another process (process "
                f"{holder.pid}) is writing it, probably an ingest; try again when it has "
                "finished"), result.output
    finally:
        holder.kill()
        holder.wait()
