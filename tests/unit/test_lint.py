"""The lint gate: ruff's pyflakes rules and syntax errors over the package, tests and
benchmarks (configured in pyproject.toml). Skips only when ruff is not installed."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _ruff() -> list[str]:
    beside = Path(sys.executable).with_name("ruff")
    found = str(beside) if beside.exists() else shutil.which("ruff")
    if found is None:
        pytest.skip("ruff is not installed (pip install -r requirements-test.txt)")
    return [found]


def test_no_unused_or_undefined_names() -> None:
    done = subprocess.run([*_ruff(), "check", "--no-cache", "src", "tests", "bench"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
