"""Reading the package's JSON data files (or a user's replacement), validated the same way."""
from __future__ import annotations

import json
from collections.abc import Iterable
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from ..errors import DictionaryError


def read_json_data(folder: str, filename: str, path: str | Path | None, *, what: str
                   ) -> tuple[dict[str, Any], str]:
    """The JSON object of `path`, or of the packaged `data/<folder>/<filename>`, with where it
    came from. It must carry `_header.version`; trouble raises DictionaryError naming the file."""
    where = str(path) if path else f"newsevents/data/{folder}/{filename}"
    try:
        if path is None:
            ref = importlib_resources.files("newsevents") / "data" / folder / filename
            raw = ref.read_text(encoding="utf-8")
        else:
            raw = Path(path).read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, json.JSONDecodeError) as err:
        raise DictionaryError(where, None, f"cannot read the {what}: {err}") from err
    if not isinstance(data, dict) or "version" not in data.get("_header", {}):
        raise DictionaryError(where, None, "missing _header with a version")
    return data, where


def word_lists(data: dict[str, Any], names: Iterable[str], *, where: str,
               keep_case: frozenset[str] = frozenset()) -> dict[str, frozenset[str]]:
    """Named lists of strings, lower-cased unless named in `keep_case`."""
    words = {}
    for name in names:
        items = data.get(name)
        if not isinstance(items, list) or not all(isinstance(w, str) for w in items):
            raise DictionaryError(where, None, f"{name!r} must be a list of strings")
        words[name] = frozenset(w if name in keep_case else w.lower() for w in items)
    return words
