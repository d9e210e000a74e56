"""ECB+ documents as text we ingest, with the exact character span of every gold event mention.

ECB+ gives tokens, not text. Each document's text is built here: tokens joined by one space,
sentences by a blank line, so every token's offsets are known exactly. The cleaner may drop
lines (a URL, a title, a dateline): `relocate` moves each sentence to where it stands in the
stored text (searched in order, so linear), and a sentence the cleaner dropped keeps no span. A gold event mention's span
runs from the start of its first anchor token to the end of its last.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from pathlib import Path

from .ecb import GoldMention, read_document


@dataclass(frozen=True, slots=True, kw_only=True)
class SpannedMention:
    mention: GoldMention
    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class TextDocument:
    name: str
    topic: str
    subtopic: str
    text: str
    sentences: tuple[tuple[int, int, int], ...]  # (ECB+ sentence number, start, end)
    mentions: tuple[SpannedMention, ...]  # gold event mentions of the selected sentences
    selected: frozenset[int]  # ECB+ sentence numbers scored (the coreference sentences CSV)


def token_offsets(root: ET.Element) -> tuple[str, dict[str, tuple[int, int]],
                                             tuple[tuple[int, int, int], ...]]:
    """The document text, each token id's (start, end) and each sentence's span."""
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    sentences: list[tuple[int, int, int]] = []
    pos, current = 0, None
    for token in root.iter("token"):
        number, word = int(token.get("sentence", "0")), token.text or ""
        if not word.strip():
            continue
        if current != number:
            if parts:
                parts.append("\n\n")
                pos += 2
            sentences.append((number, pos, pos))
            current = number
        elif parts:
            parts.append(" ")
            pos += 1
        offsets[token.get("t_id", "")] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
        sentences[-1] = (number, sentences[-1][1], pos)
    return "".join(parts), offsets, tuple(sentences)


def read_text_document(path: Path, *, selected: set[int]) -> TextDocument:
    root = ET.parse(path).getroot()
    text, offsets, sentences = token_offsets(root)
    gold = read_document(path, sentences=selected)
    anchors = _mention_anchors(root)
    mentions = []
    for m in gold.mentions:
        spans = [offsets[t] for t in anchors.get(m.m_id, ()) if t in offsets]
        if spans:
            mentions.append(SpannedMention(mention=m, start=min(s for s, _ in spans),
                                           end=max(e for _, e in spans)))
    return TextDocument(name=gold.name, topic=gold.topic, subtopic=gold.subtopic, text=text,
                        sentences=sentences, mentions=tuple(mentions),
                        selected=frozenset(selected))


def _mention_anchors(root: ET.Element) -> dict[str, list[str]]:
    markables = root.find("Markables")
    return {mark.get("m_id", ""): [a.get("t_id", "") for a in mark.findall("token_anchor")]
            for mark in (markables if markables is not None else ()) if "ACTION" in mark.tag}


def relocate(doc: TextDocument, stored: str) -> TextDocument:
    """`doc` with sentence and mention offsets moved into the stored (cleaned) text."""
    shift: dict[int, int] = {}
    sentences = []
    pos = 0
    for number, start, end in doc.sentences:
        found = stored.find(doc.text[start:end], pos)
        if found < 0:
            continue
        shift[number] = found - start
        sentences.append((number, found, found + end - start))
        pos = found + end - start
    mentions = tuple(
        replace(m, start=m.start + shift[m.mention.sentence], end=m.end + shift[m.mention.sentence])
        if m.mention.sentence in shift else replace(m, start=-1, end=-1) for m in doc.mentions)
    return replace(doc, text=stored, sentences=tuple(sentences), mentions=mentions)
