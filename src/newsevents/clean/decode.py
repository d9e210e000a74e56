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
# A lead byte of UTF-8 read as Latin-1/cp1252 followed by a continuation byte read the same
# way: the mark of mojibake ("â€™", "Ã©", "Ð¿"); plus ligatures and full-width forms.
SUSPECT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    "|[\ufb00-\ufb06\uff01-\uffef]")
NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
SAMPLE = 8192
BINARY_SHARE = 0.10


def to_text(content: str | bytes, *, origin: str, max_chars: int) -> str:
    """Decoded text with '\\n' line ends (not yet repaired: see `repair`).

    Raises InputError E102 (empty), E103 (binary) or E104 (too large).
    """
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

    ftfy runs only when the text shows the mark of mojibake (or ligatures, full-width
    forms): ftfy costs milliseconds per article and far more on long pages.
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
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = ""
    if western and _plausible_western(western):
        return western
    guess = _guess_encoding(data)
    for encoding in (guess, "cp1252"):
        if encoding:
            try:
                return data.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    return data.decode("latin-1")


def _plausible_western(text: str) -> bool:
    """Accented letters stand alone inside ASCII words ("Peñalver"), as in Western European
    text; other scripts misread as cp1252 give long runs of non-ASCII characters."""
    runs = NON_ASCII_RUN.findall(text)
    return not runs or sum(map(len, runs)) / len(runs) <= 1.5


def _guess_encoding(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes  # installed with trafilatura (via requests)
    except ImportError:
        return None
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
