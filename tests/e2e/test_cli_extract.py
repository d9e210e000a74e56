"""`newsevents extract` end to end: outputs, exact error messages and exit codes."""
import json

import pytest
from click.testing import CliRunner

from newsevents.cli import main

pytestmark = pytest.mark.model

STORY = (
    "Rebels seize border town\n\n"
    "GAO, Mali (Newsevents Wire) — Armed rebels seized the town of Kidal on Monday after "
    "two days of fighting, local officials said.\n\n"
    "\"We have taken the town,\" a rebel spokesman told reporters.\n"
)


def invoke(*args):
    return CliRunner().invoke(main, ["extract", *args])


@pytest.fixture()
def files(tmp_path):
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00\x00")
    (tmp_path / "bad.jsonl").write_text('{"text": "Troops left the city of Homs."}\nnot json\n',
                                        encoding="utf-8")
    return tmp_path


def test_extract_json_single_article(files):
    result = invoke(str(files / "good.txt"), "--format", "json", "--published", "2026-03-02")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["article"]["title"] == "Rebels seize border town"
    assert data["article"]["published"] == "2026-03-02"
    assert "Newsevents Wire" not in data["article"]["text"] or data["article"]["dateline"]
    assert len(data["sentences"]) >= 2
    assert "1 article(s) done, 0 failed" in result.stderr


def test_extract_reports_bad_inputs_and_goes_on(files):
    result = invoke(str(files / "empty.txt"), str(files / "binary.txt"), str(files / "good.txt"),
                    str(files / "missing.txt"), "--format", "jsonl")
    assert result.exit_code == 0
    assert len(result.stdout.strip().splitlines()) == 1
    assert f"error: {files / 'empty.txt'}: empty input [E102]" in result.stderr
    assert f"error: {files / 'binary.txt'}: binary data, not text (NUL bytes) [E103]" \
        in result.stderr
    assert f"error: {files / 'missing.txt'}: file not found [E101]" in result.stderr
    assert "1 article(s) done, 3 failed" in result.stderr


def test_extract_exits_1_when_nothing_succeeds(files):
    result = invoke(str(files / "empty.txt"), "-q")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {files / 'empty.txt'}: empty input [E102]"


def test_extract_jsonl_line_errors_name_the_line(files):
    result = invoke(str(files / "bad.jsonl"), "--format", "jsonl", "-q")
    assert result.exit_code == 0
    assert f"error: {files / 'bad.jsonl'}:2:" in result.stderr
    assert "[E105]" in result.stderr


def test_extract_without_input_is_a_usage_error():
    result = invoke()
    assert result.exit_code == 2
    assert "no input: give one or more PATHs, - for stdin, or --example" in result.stderr


def test_extract_bad_published_date(files):
    result = invoke(str(files / "good.txt"), "--published", "14 June")
    assert result.exit_code == 2
    assert "not a date (YYYY-MM-DD): 14 June" in result.stderr


def test_extract_markdown_report_and_output_file(files, tmp_path):
    out = tmp_path / "report.md"
    result = invoke(str(files / "good.txt"), "--format", "md", "-o", str(out))
    assert result.exit_code == 0
    report = out.read_text(encoding="utf-8")
    assert report.startswith("# Rebels seize border town")
    assert "## Who appears" in report


def test_extract_stdin():
    result = CliRunner().invoke(main, ["extract", "-", "--format", "jsonl", "-q"], input=STORY)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["article"]["origin"] == "<stdin>"


def test_extract_example_runs():
    result = invoke("--example", "--format", "md", "-q")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# Militants seize river crossing")
