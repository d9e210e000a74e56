"""All shared fixtures (no per-folder conftest). Real-model fixtures are session-scoped."""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from newsevents.config import Settings, load_settings
from newsevents.model import Article, ArticleAnalysis
from newsevents.parse import Parse
from newsevents.pipeline import build_pipeline
from newsevents.registry import Resources

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    return Path(os.environ.get("NEWSEVENTS_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    """../shared/eval, or skip: gold data is not in the repository (CI has it)."""
    path = shared_dir() / "eval"
    if not path.is_dir():
        pytest.skip(f"gold data not available at {path} (set NEWSEVENTS_SHARED)")
    return path


@pytest.fixture(scope="session")
def settings() -> Settings:
    return load_settings()


@pytest.fixture(scope="session")
def resources(settings: Settings) -> Resources:
    """Real resources (spaCy model, dictionaries, gazetteer), built once per test session."""
    return Resources(settings)


@pytest.fixture(scope="session")
def parse_text(resources: Resources) -> Callable[[str], Parse]:
    parser = resources.get("parser")
    return parser.parse  # type: ignore[no-any-return]


def make_article(text: str, **fields: object) -> Article:
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    return Article(id=digest, text=text, **fields)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def analyze_text(resources: Resources) -> Callable[..., ArticleAnalysis]:
    """Run the real pipeline (up to `until`, a stage name prefix like "actors") on plain text
    that is already clean: analyze_text("Rebels seized the town.", published=date, until="events")."""
    def run(text: str, *, until: str | None = None, **article_fields: object) -> ArticleAnalysis:
        stages = resources.settings.stages
        if until is not None:
            cut = next(k for k, name in enumerate(stages) if name.startswith(until))
            stages = stages[: cut + 1]
        settings = resources.settings.with_(stages=stages, check_spans=True)
        pipeline = build_pipeline(settings, resources=resources)
        return pipeline.run(make_article(text, **article_fields))

    return run
