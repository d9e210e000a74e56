"""Every evaluation measures what ships: no evaluation cuts the configured stage list or skips
language admission (`run_parsed`) — each builds its pipeline with `shipped_pipeline` (or, for
the geo evaluation, `build_pipeline` with the settings as given)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

import newsevents.evals as evals_package

MODULES = sorted(Path(evals_package.__file__).parent.glob("*.py"))


def _offences(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "run_parsed":
            found.append(f"line {node.lineno}: run_parsed skips language admission")
        if isinstance(node, ast.Call) and any(k.arg == "stages" for k in node.keywords):
            found.append(f"line {node.lineno}: a call sets the stage list")
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_evaluations_run_the_shipped_pipeline(path: Path) -> None:
    assert _offences(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_the_guard_sees_a_cut_stage_list() -> None:
    bad = "p = build_pipeline(s.with_(stages=('segment.spacy.v1',)))\np.run_parsed(a, b)\n"
    assert len(_offences(ast.parse(bad))) == 2
