"""`newsevents gazetteer build|info|lookup` on a tiny index in a temporary folder."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.config import Settings
from newsevents.resources import gazetteer_build as build
from newsevents.resources import gazetteer_cli as cli

from .gazdata import CITIES, write_sources


@pytest.fixture()
def tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    sources = write_sources(tmp_path / "src")
    monkeypatch.setattr(build, "default_sources", lambda: sources)
    monkeypatch.setattr(build, "current_version", lambda: "tiny-1")
    monkeypatch.setattr(cli, "load_settings", lambda: Settings(gazetteer_path=str(tmp_path)))
    return tmp_path / "gazetteer-tiny-1.sqlite"


def test_gazetteer_cli_info_without_index_fails_clearly(tiny: Path) -> None:
    result = CliRunner().invoke(cli.gazetteer, ["info"])
    assert result.exit_code == 1
    assert "no gazetteer index" in result.output and "gazetteer build" in result.output


def test_gazetteer_cli_build_info_lookup(tiny: Path) -> None:
    runner = CliRunner()
    built = runner.invoke(cli.gazetteer, ["build"])
    assert built.exit_code == 0 and tiny.is_file()
    again = runner.invoke(cli.gazetteer, ["build"])
    assert "up to date" in again.output
    info = json.loads(runner.invoke(cli.gazetteer, ["info", "--json"]).output)
    assert info["version"] == "tiny-1" and info["counts"]["city"] == len(CITIES)
    found = runner.invoke(cli.gazetteer, ["lookup", "Samarra", "--limit", "1"])
    assert found.exit_code == 0 and found.output.startswith("Sāmarrā’ [PPL]")
    missing = runner.invoke(cli.gazetteer, ["lookup", "Atlantis"])
    assert missing.exit_code == 1 and "no gazetteer entry for 'Atlantis'" in missing.output


def test_gazetteer_cli_force_rebuilds(tiny: Path) -> None:
    runner = CliRunner()
    runner.invoke(cli.gazetteer, ["build"])
    tiny.write_bytes(b"broken")
    assert runner.invoke(cli.gazetteer, ["info"]).exit_code == 1
    assert runner.invoke(cli.gazetteer, ["build", "--force"]).exit_code == 0
    assert runner.invoke(cli.gazetteer, ["info"]).exit_code == 0
