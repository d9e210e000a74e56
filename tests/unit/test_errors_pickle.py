"""Every exception of errors.py survives pickling (batch workers send and raise them)."""
from __future__ import annotations

import inspect
import pickle

import pytest

from newsevents import errors


def _instances() -> list[errors.NewsEventsError]:
    found = []
    for _, cls in inspect.getmembers(errors, inspect.isclass):
        if not issubclass(cls, errors.NewsEventsError):
            continue
        params = [p for p in inspect.signature(cls).parameters.values()
                  if p.default is inspect.Parameter.empty and p.kind is not p.VAR_KEYWORD]
        args = {p.name: (7 if p.name == "line" else f"<{p.name}>") for p in params}
        found.append(cls(**args))
    return found


@pytest.mark.parametrize("err", _instances(), ids=lambda e: type(e).__name__)
def test_every_error_round_trips_through_pickle(err: errors.NewsEventsError) -> None:
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is type(err)
    assert str(back) == str(err) and back.code == err.code and back.message == err.message
    assert back.__dict__ == err.__dict__


def test_input_error_keeps_its_own_code_and_fields() -> None:
    err = errors.InputError("a.jsonl:3", "not valid JSON", code="E105")
    back = pickle.loads(pickle.dumps(err))
    assert (back.source, back.reason, back.code) == ("a.jsonl:3", "not valid JSON", "E105")
    assert str(back) == "[E105] a.jsonl:3: not valid JSON"


def test_every_error_class_is_covered() -> None:
    classes = {c for _, c in inspect.getmembers(errors, inspect.isclass)
               if issubclass(c, errors.NewsEventsError)}
    assert {type(e) for e in _instances()} == classes and len(classes) >= 9
