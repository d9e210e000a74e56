"""Bytes or a string in, clean Unicode text out: decoding, binary and size checks, mojibake repair.

Decoding cascade: a byte-order mark; strict UTF-8; UTF-8 with stray legacy bytes (mixed
encodings: each invalid run is read as cp1252); a declared HTML charset; charset_normalizer's
guess; cp1252; latin-1 (never fails). ftfy then repairs mojibake without uncurling quotes.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

import ftfy

from ..errors import InputError

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f") + b"\x7f"
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff]")
INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{2,40})""", re.I)
UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
HIGH_BYTES = bytes(range(128, 256))
SUSPECT = re.compile(r"[\u0080-\u00ff\ufb00-\ufb06\uff01-\uffef]")
SAMPLE = 8192
BINARY_SHARE = 0.10


def to_text(content: str | bytes, *, origin: str, max_chars: int) -> str:
    """Decoded text (not yet repaired: see `repair`) with '\\n' line ends; raises InputError E102/E103/E104."""
    if isinstance(content, bytes):
        _check_bytes(content, origin=origin)
        text = decode_bytes(content, max_chars=max_chars, origin=origin)
    else:
        text = content
    _check_size(text, origin=origin, max_chars=max_chars)
    text = _strip_controls(text, origin=origin)
    if not text.strip():
        raise InputError(origin, "empty input", code="E102")
    return text


def repair(text: str) -> str:
    """Mojibake and odd characters fixed by ftfy, curly quotes kept.

    ftfy runs only when a character it could fix is present (Latin-1 range, ligatures,
    full-width forms): mojibake always shows such characters, and ftfy is slow on long pages.
    """
    if text.isascii():
        return text
    text = INVISIBLE.sub("", text.replace("\u00a0", " "))
    if SUSPECT.search(text):
        text = ftfy.fix_text(text, uncurl_quotes=False, fix_line_breaks=False)
    return unicodedata.normalize("NFC", text)


def decode_bytes(data: bytes, *, max_chars: int, origin: str) -> str:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if len(data) > max_chars:  # cannot be under the limit: skip the costly guessing
        return data.decode("utf-8", errors="replace")
    if _mostly_utf8(data):
        return decode_mixed(data)
    return _decode_legacy(data)


def decode_mixed(data: bytes) -> str:
    """UTF-8 where valid, cp1252 (or latin-1) for each invalid byte run."""
    parts: list[str] = []
    pos = 0
    while pos < len(data):
        try:
            parts.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as err:
            bad_start, bad_end = pos + err.start, pos + err.end
            parts.append(data[pos:bad_start].decode("utf-8"))
            parts.append(_decode_single_byte(data[bad_start:bad_end]))
            pos = bad_end
    return "".join(parts)


def _decode_single_byte(chunk: bytes) -> str:
    try:
        return chunk.decode("cp1252")
    except UnicodeDecodeError:
        return chunk.decode("latin-1")


def _mostly_utf8(data: bytes) -> bool:
    """True when valid multi-byte UTF-8 sequences outnumber the invalid bytes."""
    sequences = UTF8_SEQUENCE.findall(data)
    high = len(data) - len(data.translate(None, HIGH_BYTES))
    invalid = high - sum(map(len, sequences))
    return bool(sequences) and len(sequences) >= invalid


def _decode_legacy(data: bytes) -> str:
    declared = DECLARED_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    guess = _guess_encoding(data)
    for encoding in (guess, "cp1252"):
        if encoding:
            try:
                return data.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    return data.decode("latin-1")


def _guess_encoding(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    return best.encoding if best is not None else None


def _check_bytes(data: bytes, *, origin: str) -> None:
    if not data.strip():
        raise InputError(origin, "empty input", code="E102")
    if any(data.startswith(bom) for bom, _ in BOMS):
        return
    if b"\x00" in data:
        raise InputError(origin, "binary data, not text (NUL bytes)", code="E103")
    sample = data[:SAMPLE]
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    if controls > BINARY_SHARE * len(sample):
        raise InputError(origin, "binary data, not text (control bytes)", code="E103")


def _check_size(text: str, *, origin: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise InputError(
            origin, f"too large: {len(text):,} characters (limit {max_chars:,})", code="E104")


def _strip_controls(text: str, *, origin: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    cleaned = CONTROL_CHARS.sub("", text)
    if len(text) - len(cleaned) > BINARY_SHARE * max(len(text), 1):
        raise InputError(origin, "binary data, not text (control characters)", code="E103")
    return cleaned
