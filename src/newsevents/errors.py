"""One exception tree with coded messages (E### errors, W### warnings in Diagnostics).

Library code raises these; only `cli.py` turns them into exit codes and printed messages.
"""
from __future__ import annotations


class NewsEventsError(Exception):
    """Base of every error newsevents raises on purpose."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class InputError(NewsEventsError):
    """An input (file, line, record) cannot be read or holds no article."""

    code = "E100"

    def __init__(self, source: str, reason: str, *, code: str | None = None) -> None:
        if code:
            self.code = code
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ConfigError(NewsEventsError):
    code = "E200"


class ModelError(NewsEventsError):
    """The NLP model is missing or is not the one newsevents was built and tested with."""

    code = "E300"


class PipelineError(NewsEventsError):
    """Stages that cannot run together, unknown stage names, or a stage that broke."""

    code = "E400"


class DictionaryError(NewsEventsError):
    """An actor/agent/verb dictionary file is malformed: names the file, line and problem."""

    code = "E500"

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")
        self.path, self.line, self.problem = path, line, problem


class GazetteerError(NewsEventsError):
    code = "E600"


class StoreError(NewsEventsError):
    """The store cannot be opened or read (codes in STORE_CODES)."""

    code = "E700"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        if code:
            self.code = code
        super().__init__(message)


class EvalDataError(NewsEventsError):
    """An evaluation data folder is missing or not in the expected format."""

    code = "E800"


class RequestError(NewsEventsError):
    """A request to the desk (`newsevents serve`) with a bad parameter or a too large body."""

    code = "E900"

    def __init__(self, message: str, *, code: str | None = None, status: int = 400) -> None:
        if code:
            self.code = code
        super().__init__(message)
        self.status = status


# Desk request error codes (RequestError.code).
REQUEST_CODES = {
    "E901": "bad filter value",
    "E902": "request body too large",
    "E903": "no text to analyse",
    "E904": "cross-site or foreign-host request refused",
    "E905": "not found",
}


# Input error codes (InputError.code) used by readers and cleaning.
INPUT_CODES = {
    "E101": "file not found",
    "E102": "empty input",
    "E103": "binary input",
    "E104": "input too large",
    "E105": "not valid JSON",
    "E106": "JSON record lacks 'text' or 'html'",
    "E107": "no article text left after cleaning",
    "E108": "unreadable input",
    "E109": "bad date",
}

# Store error codes (StoreError.code) used when opening a store to read it.
STORE_CODES = {
    "E701": "database file missing",
    "E702": "database holds no newsevents tables or no articles",
    "E703": "database written by a newer newsevents (unknown migrations)",
    "E704": "database locked by a writer (an ingest is running)",
    "E705": "not found in the database",
}
