"""Reading ECB+ (CAT XML per document): documents, event (ACTION) mentions and gold clusters.

Only sentences listed in ECBplus_coreference_sentences.csv are used (the standard setting).
A mention's gold cluster is the `note` (instance id) of the CROSS_DOC_COREF/INTRA_DOC_COREF
relation it is a source of; mentions in no relation are singletons.
"""
from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import EvalDataError
from .common import check_half, in_half

SENTENCES = "ECBplus_coreference_sentences.csv"


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldMention:
    doc: str
    m_id: str
    sentence: int
    text: str
    cluster: str


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldDocument:
    name: str  # e.g. "1_10ecbplus"
    topic: str
    subtopic: str  # topic + "ecb" | "ecbplus": the seminal event of the document
    text: str  # the whole document, tokens space-joined
    mentions: tuple[GoldMention, ...]


def selected_sentences(data_dir: Path) -> dict[str, set[int]]:
    path = data_dir / SENTENCES
    if not path.is_file():
        raise EvalDataError(f"{path} not found: is {data_dir} the ECBplus_dev folder?")
    out: dict[str, set[int]] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            out.setdefault(f"{row['Topic']}_{row['File']}", set()).add(int(row["Sentence Number"]))
    return out


def read_document(path: Path, *, sentences: set[int]) -> GoldDocument:
    root = ET.parse(path).getroot()
    tokens = {t.get("t_id"): (int(t.get("sentence", "0")), t.text or "")
              for t in root.iter("token")}
    name = path.stem
    topic = name.split("_", 1)[0]
    notes = {}
    for rel in root.find("Relations") or ():
        for src in rel.findall("source"):
            notes[src.get("m_id")] = rel.get("note") or f"{name}:{rel.find('target').get('m_id')}"
    mentions = []
    for mark in root.find("Markables") or ():
        if "ACTION" not in mark.tag:
            continue
        anchors = [tokens[a.get("t_id")] for a in mark.findall("token_anchor")
                   if a.get("t_id") in tokens]
        if not anchors or anchors[0][0] not in sentences:
            continue
        m_id = mark.get("m_id", "")
        mentions.append(GoldMention(doc=name, m_id=m_id, sentence=anchors[0][0],
                                    text=" ".join(w for _, w in anchors),
                                    cluster=notes.get(m_id, f"{name}:{m_id}:single")))
    text = " ".join(w for _, w in tokens.values())
    kind = "ecbplus" if name.endswith("ecbplus") else "ecb"
    return GoldDocument(name=name, topic=topic, subtopic=f"{topic}{kind}", text=text,
                        mentions=tuple(mentions))




def document_paths(data_dir: Path, *, limit: int | None = None,
                   half: str = "all") -> Iterator[tuple[Path, set[int]]]:
    """(path, selected sentence numbers) of documents with a selected sentence, topic by topic
    (limit = topics). Halves by the topic's position in number order (the folder holds odd
    topic numbers only): topics at even positions (1, 5, 9, ...) are LOOK, the others SCORE."""
    check_half(half)
    selected = selected_sentences(data_dir)
    folder = data_dir / "ECB+"
    if not folder.is_dir():
        raise EvalDataError(f"{folder} not found: is {data_dir} the ECBplus_dev folder?")
    topics = sorted((p for p in folder.iterdir() if p.is_dir() and p.name.isdigit()),
                    key=lambda p: int(p.name))
    topics = [t for k, t in enumerate(topics) if in_half(k, half)]
    for topic in topics[:limit]:
        for path in sorted(topic.glob("*.xml")):
            if path.stem in selected:
                yield path, selected[path.stem]


def iter_documents(data_dir: Path, *, limit: int | None = None,
                   half: str = "all") -> Iterator[GoldDocument]:
    """Documents with at least one selected sentence, topic by topic (limit = topics)."""
    for path, sentences in document_paths(data_dir, limit=limit, half=half):
        yield read_document(path, sentences=sentences)
