"""The store commands through click's CliRunner: exact messages and exit codes."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.cli import main
from newsevents.store import ingest as ingest_mod
from newsevents.store.duckdb import Store

from ..unit.store.fakes import make_fake_pipeline, plain_clean, write_corpus
from ..unit.store.test_ingest import stories

FAKE = ingest_mod.Engine(make_pipeline=make_fake_pipeline, clean=plain_clean)


@pytest.fixture()
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setattr(ingest_mod, "Engine", lambda: FAKE)
    return CliRunner()


def test_cli_ingest_then_query_export_sitrep(runner: CliRunner, tmp_path: Path) -> None:
    corpus, db = tmp_path / "c.jsonl", str(tmp_path / "s.duckdb")
    write_corpus(corpus, stories(8))
    result = runner.invoke(main, ["ingest", str(corpus), "--db", db, "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "11 input(s)" in result.output and "8 new, 0 already present" in result.output
    assert f"failed: {corpus}:9: [E105] not valid JSON" in result.output
    again = runner.invoke(main, ["ingest", str(corpus), "--db", db, "--workers", "1", "--quiet"])
    assert again.exit_code == 0 and "0 new, 8 already present" in again.output
    table = runner.invoke(main, ["query", "--db", db, "--country", "SYR", "--limit", "3"])
    assert table.exit_code == 0 and "3 event(s)" in table.output
    shelled = runner.invoke(main, ["query", "--db", db, "--acled-type",
                                   "Explosions/Remote violence"])
    assert shelled.exit_code == 0 and "8 event(s)" in shelled.output
    battles = runner.invoke(main, ["query", "--db", db, "--acled-type", "Battles"])
    assert battles.exit_code == 0 and "0 event(s)" in battles.output
    out = tmp_path / "g.tsv"
    exported = runner.invoke(main, ["export", "--db", db, "--format", "gdelt", "-o", str(out)])
    assert exported.exit_code == 0
    assert all(len(r.split("\t")) == 61 for r in out.read_text().splitlines())
    geo = runner.invoke(main, ["export", "--db", db, "--format", "geojson"])
    assert json.loads(geo.stdout)["type"] == "FeatureCollection"
    report = runner.invoke(main, ["sitrep", "--db", db, "--place", "Idlib"])
    assert report.exit_code == 0 and report.output.startswith("# Situation report: Idlib")


def test_cli_ingest_nothing_succeeded(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    result = runner.invoke(main, ["ingest", str(bad), "--db", str(tmp_path / "x.duckdb"),
                                  "--quiet", "--workers", "1"])
    assert result.exit_code == 1
    assert "Error: no article was ingested: all 1 input(s) failed" in result.output


@pytest.mark.parametrize("command", [["query"], ["export", "--format", "jsonl"], ["sitrep"]])
def test_cli_missing_database(runner: CliRunner, tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "none.duckdb"
    result = runner.invoke(main, [*command, "--db", str(db)])
    assert result.exit_code == 1
    assert result.output == f"Error: database {db} does not exist (run `newsevents ingest` first)\n"


def test_cli_export_errors(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "e.duckdb"
    Store.open(db).close()
    unknown = runner.invoke(main, ["export", "--db", str(db), "--format", "xml"])
    assert unknown.exit_code == 2 and "Invalid value for '--format': 'xml' is not one of" \
        in unknown.output
    no_out = runner.invoke(main, ["export", "--db", str(db), "--format", "parquet"])
    assert no_out.exit_code == 2 and "Error: --format parquet needs -o (a directory)" \
        in no_out.output
    near = runner.invoke(main, ["query", "--db", str(db), "--near", "36.2,37.1"])
    assert near.exit_code == 2 and "expected LAT,LON,KM, got '36.2,37.1'" in near.output


KILL_SCRIPT = """
import sys
sys.path[:0] = {paths!r}
from newsevents.config import load_settings
from newsevents.store.ingest import Engine, ingest
from unit.store.fakes import make_fake_pipeline, plain_clean
from newsevents.store.duckdb import Store
real_write = Store.write
def write(self, analyses, *, run):
    result = real_write(self, analyses, run=run)
    print("committed", len(result.written), flush=True)  # tells the test when to kill
    return result
Store.write = write
if __name__ == "__main__":
    ingest([{corpus!r}], db={db!r}, settings=load_settings(), workers=1, progress=False,
           engine=Engine(make_pipeline=make_fake_pipeline, clean=plain_clean))
"""


def test_cli_kill_9_then_rerun_accounts_for_every_input(runner: CliRunner,
                                                        tmp_path: Path) -> None:
    corpus, db = tmp_path / "c.jsonl", tmp_path / "k.duckdb"
    items = [s.__class__(**{**{f: getattr(s, f) for f in s.__slots__}, "extra": s.extra + " SLOW"})
             for s in stories(64)]
    total = write_corpus(corpus, items)
    tests_dir = Path(__file__).resolve().parents[1]
    script = tmp_path / "run.py"
    script.write_text(KILL_SCRIPT.format(paths=[str(tests_dir), str(tests_dir.parent / "src")],
                                         corpus=str(corpus), db=str(db)))
    proc = subprocess.Popen([sys.executable, str(script)], cwd=tmp_path,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for _ in range(2):  # two chunks committed, the third is being analysed or written
        assert proc.stdout.readline().startswith("committed")
    time.sleep(0.2)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store.open(db) as store:
        counts = store.counts()
    assert 0 < counts["articles"] < 64
    assert counts["articles"] == counts["events"] == counts["places"]  # no half article
    result = runner.invoke(main, ["ingest", str(corpus), "--db", str(db), "--workers", "1",
                                  "--quiet"])
    assert result.exit_code == 0
    new = 64 - counts["articles"]
    assert f"{total} input(s)" in result.output
    assert f"{new} new, {counts['articles']} already present" in result.output
    assert "3 failed" in result.output
    with Store.open(db) as store:
        assert store.counts()["articles"] == 64


ARTICLE_A = """Rebels shelled the northern city of Aleppo on Tuesday, killing at least 14 people,
a monitoring group said. The army denied that its positions had been hit.
"""
ARTICLE_B = """Pro-government forces said on Tuesday that rebels had shelled Aleppo, killing 14
civilians in the old city. Rescue workers said dozens more were wounded.
"""


@pytest.mark.model
def test_cli_ingest_with_the_real_pipeline(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    db = str(tmp_path / "m.duckdb")
    runner = CliRunner()
    args = ["ingest", str(tmp_path), "--db", db, "--workers", "1", "--quiet",
            "--published", "2016-08-03"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "3 input(s)" in result.output and "2 new" in result.output
    assert "1 failed" in result.output and "empty.txt" in result.output
    assert "2 already present" in runner.invoke(main, args).output
    with Store.open(db) as store:
        assert store.counts()["events"] >= 2
        assert store.counts()["merged_events"] >= 1
    geo = runner.invoke(main, ["export", "--db", db, "--format", "geojson"])
    assert json.loads(geo.stdout)["type"] == "FeatureCollection"
    report = runner.invoke(main, ["sitrep", "--db", db, "--day", "2016-08-02"])
    assert report.exit_code == 0 and "## What happened" in report.output
