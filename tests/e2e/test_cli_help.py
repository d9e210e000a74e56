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
