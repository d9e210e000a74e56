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

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle the instance's fields, not the constructor's arguments: the default pickling
        calls the constructor again with the formatted message alone, which subclasses with
        other signatures reject, so an error crossing a process boundary was lost."""
        return (_rebuild, (type(self), self.__dict__.copy()))


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
    """The database cannot be opened, read or written (codes in STORE_CODES)."""

    code = "E700"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        if code:
            self.code = code
        super().__init__(message)


class EvalDataError(NewsEventsError):
    """An evaluation data folder is missing or not in the expected format."""

    code = "E800"


def _rebuild(cls: type[NewsEventsError], state: dict[str, object]) -> NewsEventsError:
    err = cls.__new__(cls)
    err.__dict__.update(state)
    message = state.get("message", "")
    Exception.__init__(err, f"[{err.code}] {message}")
    return err


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
    "E906": "the export format needs a date the event does not have",
}


class BatchError(NewsEventsError):
    """A batch run cannot start or finish (no Java, no PySpark, a failed Spark job)."""

    code = "E950"


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
    "E110": "standard input given to a batch run (it reads files only)",
    "E111": "language not analysed",
    "W101": "input looks truncated",
}

# Store error codes (StoreError.code) used when opening a store to read it.
STORE_CODES = {
    "E701": "database damaged or truncated",
    "E702": "database locked by another process (an ingest is writing it)",
    "E703": "database error",
    "E704": "database file missing",
    "E705": "database holds no newsevents tables or no articles",
    "E706": "database written by a newer newsevents (unknown migrations)",
    "E707": "not found in the database",
    "E710": "output cannot be written",
}
