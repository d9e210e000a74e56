from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.cli import COMMANDS, main
from newsevents.evals.cli import EVALS


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


@pytest.mark.parametrize("name", sorted(EVALS))
def test_every_eval_has_help_and_data_option(name):
    result = CliRunner().invoke(main, ["eval", name, "--help"])
    assert result.exit_code == 0, result.output
    assert "--data" in result.output


def test_top_level_help_lists_commands():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.output


def test_an_unexpected_error_is_one_coded_line_not_a_traceback(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from newsevents.store import commands

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(commands, "_need_db", broken)
    monkeypatch.delenv("NEWSEVENTS_TRACEBACK", raising=False)
    result = CliRunner().invoke(main, ["query", "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 70
    assert "[E001] internal error: ZeroDivisionError: division by zero" in result.output
    assert "Traceback" not in result.output
    monkeypatch.setenv("NEWSEVENTS_TRACEBACK", "1")
    result = CliRunner().invoke(main, ["query", "--db", str(tmp_path / "x.duckdb")])
    assert isinstance(result.exception, ZeroDivisionError)
