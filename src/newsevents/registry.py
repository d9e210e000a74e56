"""Versioned stage names → factories, and named resources → loaders.

Names are frozen once released: a changed behaviour gets a new version (`events.rules.v2`),
so a stored row names the exact behaviour that produced it. Factories are given as
"module:attribute" strings and imported only when used.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

from .config import Settings
from .errors import PipelineError

STAGES: Mapping[str, str] = {
    "segment.spacy.v1": "newsevents.stages.segment:make_stage",
    "mentions.rules.v1": "newsevents.stages.actors.mentions:make_stage",
    "actors.dictionary.v1": "newsevents.stages.actors:make_stage",
    "places.gazetteer.v20": "newsevents.stages.places:make_stage",
    "events.rules.v9": "newsevents.stages.events:make_stage",
    "quotes.rules.v1": "newsevents.stages.quotes:make_stage",
    "figures.rules.v2": "newsevents.stages.figures:make_stage",
    "claims.rules.v1": "newsevents.stages.claims:make_stage",
}

RESOURCES: Mapping[str, str] = {
    "parser": "newsevents.nlp:SpacyParser",
    "actor_dictionary": "newsevents.resources.dictionaries:load_actor_dictionary",
    "gazetteer": "newsevents.resources.gazetteer:load_gazetteer",
    "event_lexicon": "newsevents.resources.lexicon:load_event_lexicon",
    "language_detector": "newsevents.resources.language:load_detector",
    "acled_crosswalk": "newsevents.stages.events.acled:load_acled_table",
}


def resolve(target: str) -> Callable[..., Any]:
    module, _, attr = target.partition(":")
    try:
        return getattr(importlib.import_module(module), attr)  # type: ignore[no-any-return]
    except (ImportError, AttributeError) as err:
        raise PipelineError(f"cannot load {target}: {err}") from err


class Resources:
    """Lazily built shared resources (parser, gazetteer, dictionaries), injectable for tests."""

    def __init__(self, settings: Settings, **given: Any) -> None:
        self.settings = settings
        self._cache: dict[str, Any] = dict(given)

    def get(self, name: str) -> Any:
        if name not in self._cache:
            if name not in RESOURCES:
                raise PipelineError(f"unknown resource {name!r}")
            self._cache[name] = resolve(RESOURCES[name])(self.settings)
        return self._cache[name]

    def versions(self) -> dict[str, str]:
        """Versions of the resources built so far (for the store's `runs` table)."""
        return {k: str(getattr(v, "version", "")) for k, v in self._cache.items()}


def make_stage(name: str, resources: Resources) -> Any:
    if name not in STAGES:
        known = ", ".join(sorted(STAGES))
        raise PipelineError(f"unknown stage {name!r}; known stages: {known}")
    return resolve(STAGES[name])(resources)
