"""A run: what produced the rows (settings hash, package, model and resource versions, stages)."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, fields
from importlib.metadata import PackageNotFoundError, version

from ..config import Settings


@dataclass(frozen=True, slots=True, kw_only=True)
class Run:
    run_id: str
    started: dt.datetime
    settings_hash: str
    package_version: str
    model_name: str
    model_version: str
    dictionary_version: str = ""
    gazetteer_version: str = ""
    lexicon_version: str = ""
    stages: tuple[str, ...] = ()

    def row(self) -> dict[str, object]:
        return {f.name: list(self.stages) if f.name == "stages" else getattr(self, f.name)
                for f in fields(self)}


def settings_hash(settings: Settings) -> str:
    """A stable hash of every setting that changes results (`extra` included as text)."""
    data = {f.name: getattr(settings, f.name) for f in fields(settings)}
    blob = json.dumps(data, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def package_version() -> str:
    try:
        return version("newsevents")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0+unknown"


def make_run(settings: Settings, *, versions: Mapping[str, str] | None = None) -> Run:
    """A new run record for `settings`; `versions` are resource versions (Resources.versions())."""
    versions = versions or {}
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    return Run(
        run_id=f"{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}", started=now,
        settings_hash=settings_hash(settings), package_version=package_version(),
        model_name=settings.model, model_version=settings.model_version,
        dictionary_version=versions.get("actor_dictionary", ""),
        gazetteer_version=versions.get("gazetteer", ""),
        lexicon_version=versions.get("event_lexicon", ""), stages=tuple(settings.stages),
    )
