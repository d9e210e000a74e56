"""Cleaning never raises anything but InputError, never leaves NUL, and is deterministic."""
from __future__ import annotations

import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.config import Settings
from newsevents.errors import InputError
from newsevents.io.raw import RawDocument
from newsevents.model import Article
from newsevents.stages.clean import clean

SETTINGS = Settings(max_chars=20_000)
PIECES = st.sampled_from([
    "BAGHDAD (CNN) — ", "Updated 10:42 AM ET, Sat June 14, 2014", "Leave a Reply", "\n\n", "\n",
    "<p>", "</p>", "<html><body>", "©", "ADVERTISEMENT", "Share this article", "“", "”", "â€™",
    "Officials said the bridge had reopened after repairs.", "By Jane Roe", "\x00", "\ufeff",
    "Related stories", "Read more: ", "é", "\u200b", "\r\n", "Click here", " — ",
])
TEXTS = st.one_of(st.text(max_size=400), st.lists(PIECES, max_size=40).map("".join))
KINDS = st.sampled_from(["auto", "text", "html"])


def clean_or_error(content: str | bytes, kind: str) -> Article | InputError:
    try:
        return clean(RawDocument(origin="prop", content=content, kind=kind), settings=SETTINGS)
    except InputError as err:
        return err


def check(result: Article | InputError) -> None:
    if isinstance(result, Article):
        assert result.text and "\x00" not in result.text
        assert result.text == result.text.strip()
        assert "\n\n\n" not in result.text
        assert result.id == hashlib.sha1(result.text.encode()).hexdigest()[:16]
    else:
        assert result.code in {"E102", "E103", "E104", "E107"}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=st.binary(max_size=600), kind=KINDS)
def test_clean_props_arbitrary_bytes(content: bytes, kind: str) -> None:
    check(clean_or_error(content, kind))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=TEXTS, kind=KINDS)
def test_clean_props_arbitrary_text(content: str, kind: str) -> None:
    check(clean_or_error(content, kind))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=TEXTS, kind=KINDS)
def test_clean_props_deterministic(content: str, kind: str) -> None:
    first, second = clean_or_error(content, kind), clean_or_error(content, kind)
    if isinstance(first, Article):
        assert first == second
    else:
        assert isinstance(second, InputError) and str(first) == str(second)
