"""User verb dictionaries in the CAMEO/PETRARCH format (our own tiny file)."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.config import load_settings
from newsevents.errors import DictionaryError
from newsevents.model import Article, ArticleAnalysis
from newsevents.resources.lexicon import load_event_lexicon
from newsevents.resources.petrarch_verbs import read_verb_dictionary
from newsevents.stages.events import EventStage

from .helpers import tree

VERBS = """<!-- test verbs -->
&TIEWORDS
+TRADE
+MILITARY

--- MEND  [057] ---
MEND   # mend fences
- * &TIEWORDS TIES  [064]  # a synset after the verb
- NOT * [120]
- * HEARTS [---]

--- SULK  [---] ---
SULK

--- LASH OUT  [111] ---
LASH OUT
- * AT_ALL [112]
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "test.verbs.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_user_verbs_read_blocks_patterns_synsets_and_phrasal_verbs(tmp_path: Path) -> None:
    verbs = read_verb_dictionary(_write(tmp_path, VERBS))
    assert set(verbs) == {"mend", "sulk", "lash"}
    mend = verbs["mend"]
    assert mend.code == "057" and verbs["sulk"].code is None
    assert mend.code_for(set(), {"military", "ties"}) == "064"
    assert mend.code_for({"not"}, {"fences"}) == "120"
    assert mend.code_for(set(), {"hearts"}) is None
    assert mend.code_for(set(), {"fences"}) == "057"
    assert verbs["lash"].code_for(set(), {"out"}) == "111"


def test_user_verbs_bad_header_names_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "--- MEND 057 ---\n")
    with pytest.raises(DictionaryError) as err:
        read_verb_dictionary(path)
    assert err.value.line == 1 and "bad verb block header" in err.value.problem


def test_user_verbs_take_precedence_and_keep_their_code(tmp_path: Path) -> None:
    settings = load_settings(extra={"verb_dictionaries": (str(_write(tmp_path, VERBS)),)})
    lexicon = load_event_lexicon(settings)
    parse = tree("""
        Arnia arnia PROPN nsubj 1
        mended mend VERB ROOT 1
        military military ADJ amod 3
        ties tie NOUN dobj 1
    """)
    analysis = ArticleAnalysis(article=Article(id="t", text=parse.text))
    events = EventStage(lexicon)(analysis, parse).events
    assert [(e.cameo_code, e.plover_type) for e in events] == [("064", "COOPERATE")]
    sulk = tree("""
        Arnia arnia PROPN nsubj 1
        attacked attack VERB ROOT 1
        Borvia borvia PROPN dobj 1
    """)
    override = _write(tmp_path, "--- ATTACK [---] ---\nATTACK\n")
    quiet = load_event_lexicon(load_settings(extra={"verb_dictionaries": (str(override),)}))
    assert EventStage(quiet)(ArticleAnalysis(article=Article(id="t", text=sulk.text)),
                             sulk).events == ()
