"""`eval dedup` on the store: a tiny ECB+-like folder of our own, ingested end to end."""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from click.testing import CliRunner

from newsevents.evals.coref_scores import b_cubed
from newsevents.evals.dedup import command, evaluate
from newsevents.evals.ecb import document_paths
from newsevents.evals.ecb_text import read_text_document, relocate

ARREST = ["Police arrested forty protesters in Paris on Monday .",
          "The protesters had blocked a bridge for two hours ."]
BOMB = ["Rebels bombed a police station in Kabul on Tuesday .",
        "Nobody claimed the attack ."]


def write_doc(folder: Path, name: str, sentences: list[str], triggers: dict[str, str]) -> None:
    """One CAT-style document; `triggers` maps a trigger word to its gold cluster id."""
    tokens, marks, rels, t_id = [], [], [], 0
    for number, sentence in enumerate(sentences):
        for word in sentence.split():
            t_id += 1
            tokens.append(f'<token t_id="{t_id}" sentence="{number}" number="0">'
                          f"{escape(word)}</token>")
            if word in triggers:
                marks.append(f'<ACTION_OCCURRENCE m_id="{t_id}"><token_anchor t_id="{t_id}"/>'
                             "</ACTION_OCCURRENCE>")
                rels.append(f'<CROSS_DOC_COREF r_id="{t_id}" note="{triggers[word]}">'
                            f'<source m_id="{t_id}"/><target m_id="999"/></CROSS_DOC_COREF>')
    body = "\n".join(tokens) + "\n<Markables>" + "".join(marks) + "</Markables>\n<Relations>"
    (folder / f"{name}.xml").write_text(f'<Document doc_name="{name}.xml">\n{body}'
                                        + "".join(rels) + "</Relations>\n</Document>\n",
                                        encoding="utf-8")


@pytest.fixture()
def ecb_folder(tmp_path: Path) -> Path:
    topic = tmp_path / "ECB+" / "1"
    topic.mkdir(parents=True)
    arrest = {"arrested": "ACT1"}
    write_doc(topic, "1_1ecb", ARREST, arrest)
    write_doc(topic, "1_2ecb", ARREST + ["Officials said more arrests were likely ."], arrest)
    write_doc(topic, "1_3ecbplus", BOMB, {"bombed": "ACT2"})
    rows = ["Topic,File,Sentence Number"] + [f"1,{f},{n}" for f in ("1ecb", "2ecb", "3ecbplus")
                                             for n in (0, 1)]
    (tmp_path / "ECBplus_coreference_sentences.csv").write_text("\n".join(rows) + "\n")
    return tmp_path


def test_eval_dedup_store_offsets_are_exact(ecb_folder: Path) -> None:
    path, selected = next(document_paths(ecb_folder))
    doc = read_text_document(path, selected=selected)
    assert doc.text.split("\n\n")[0] == ARREST[0]
    (m,) = doc.mentions
    assert doc.text[m.start:m.end] == "arrested" == m.mention.text
    moved = relocate(doc, "A title line\n\n" + ARREST[1] + "\n\n" + ARREST[0])
    assert moved.text[moved.mentions[0].start:moved.mentions[0].end] == "arrested"
    gone = relocate(doc, ARREST[1])
    assert gone.mentions[0].start == -1 and [s[0] for s in gone.sentences] == [1]


def test_eval_dedup_b3_precision_over_predicted_items() -> None:
    gold = {"a": 1, "b": 1}
    response = {"a": "x", "b": "x", "spurious": "x"}
    scores = b_cubed(gold, response)
    # a and b: 2 of their 3 response mates are right; the spurious item is its own gold
    # singleton, so 1 of 3: precision (2/3 + 2/3 + 1/3) / 3
    assert scores["r"] == 1.0 and scores["p"] == pytest.approx(5 / 9)


def test_eval_dedup_halves_by_topic_position(ecb_folder: Path) -> None:
    assert len(list(document_paths(ecb_folder, half="look"))) == 3
    assert list(document_paths(ecb_folder, half="score")) == []


def test_eval_dedup_scores_the_store(ecb_folder: Path) -> None:
    result = evaluate(ecb_folder, workers=1)
    store = result["store"]
    assert store["stored"] == 3 and store["ingest"] == {"new": 3, "present": 0, "failed": {}}
    # the two arrest reports are near-duplicates and one story: one group of two either way
    assert store["doc_clusters"] == {"predicted": 2, "gold": 2}
    assert store["doc_b3"]["f1"] == pytest.approx(1.0)
    assert store["duplicate_b3"]["f1"] == pytest.approx(1.0)
    det = store["mention_detection"]
    assert det["gold"] == 3 and det["matched"] >= 2
    # both arrests are matched and merged into one event: MUC recall counts their link
    assert store["events_gold_mentions"]["muc"]["r"] == pytest.approx(1.0)
    assert "comparison" not in result


def test_eval_dedup_cli_scores_only_the_store(ecb_folder: Path) -> None:
    out = CliRunner().invoke(command, ["--data", str(ecb_folder), "--workers", "1"])
    assert out.exit_code == 0, out.output
    assert "store documents (stories)" in out.output
    assert "store near-duplicate groups" in out.output
    assert "NOT SHIPPED" not in out.output
    gone = CliRunner().invoke(command, ["--data", str(ecb_folder), "--compare"])
    assert gone.exit_code == 2 and "No such option" in gone.output


@pytest.mark.eval
def test_eval_dedup_store_on_real_data(shared_eval: Path) -> None:
    result = evaluate(shared_eval / "dedup" / "ECBplus_dev", limit=1, workers=1)
    store = result["store"]
    assert store["stored"] == result["documents"] > 20
    assert store["mention_detection"]["matched"] > 0
    assert 0.0 < store["doc_b3"]["f1"] <= 1.0
