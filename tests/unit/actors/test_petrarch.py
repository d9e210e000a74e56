"""CAMEO/PETRARCH actors and agents dictionaries as user dictionaries."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsevents.errors import DictionaryError
from newsevents.resources.dictionaries import build_dictionary
from newsevents.resources.petrarch import looks_like_petrarch, read_actors, read_agents

ACTORS = """\
<!-- MY ACTORS
  a comment block -->
RIVERLAND [RVL]
+RIVERLANDER # comment
+THE_RIVER_KINGDOM
NORTH_WATCH_ [RVLMIL]
OLD_KING_BRAN
\t[RVLGOV 19900101-19991231]
\t[RVLELI >20000101]
NOBODY [---]
"""
AGENTS = """\
!PERSON! = MAN, MEN
HARBOR_GUARD [~COP] # regular plural
FERRY!PERSON! {} [~CVL]
RELIEF_AGENCY [NGO~]
SHEEP {SHEEP} [~AGR]
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_petrarch_actors_synonyms_and_dated_codes(tmp_path: Path) -> None:
    data = read_actors(write(tmp_path, "mine.actors.txt", ACTORS))
    by_name = {e.name: e for e in data.entries}
    assert by_name["Riverland"].aliases == ("Riverlander", "The River Kingdom")
    assert by_name["North Watch"].code == "RVLMIL" and by_name["North Watch"].sector == "MIL"
    bran = by_name["Old King Bran"]
    assert bran.code_on(dt.date(1995, 6, 1)) == "RVLGOV"
    assert bran.code_on(dt.date(2005, 6, 1)) == "RVLELI"
    assert "Nobody" not in by_name


def test_petrarch_agents_plurals_substitutions_prefixes(tmp_path: Path) -> None:
    data = read_agents(write(tmp_path, "my_agents.txt", AGENTS))
    terms = {t.words: t for t in data.agents}
    assert terms[("harbor", "guards")].code == "COP"
    assert ("ferryman",) in terms and ("ferrymen",) in terms and ("ferrymans",) not in terms
    assert terms[("relief", "agency")].prefix == "NGO"
    assert ("sheep",) in terms


def test_petrarch_format_sniffed_by_content(tmp_path: Path) -> None:
    assert looks_like_petrarch(Path("x.txt"), AGENTS) == "agents"
    assert looks_like_petrarch(Path("x.txt"), ACTORS) == "actors"
    user = build_dictionary([write(tmp_path, "countries.txt", ACTORS)])
    assert user.lookup("Riverlander")[0].entry.code == "RVL"


@pytest.mark.parametrize(("text", "problem"), [
    ("ARNOR [ARN\n", "unbalanced brackets"),
    ("+ORPHAN\n", "synonym line before any actor"),
    ("GONDOR\n\t[GON 19991340-20001231]\n", "bad date '19991340'"),
    ("GONDOR [GON 20001231-19990101]\n", "ends before it starts"),
])
def test_petrarch_actor_errors_name_line(tmp_path: Path, text: str, problem: str) -> None:
    path = write(tmp_path, "bad.actors.txt", "# header\n" + text)
    with pytest.raises(DictionaryError) as info:
        read_actors(path)
    assert problem in info.value.problem and info.value.line is not None and info.value.line >= 2


def test_petrarch_agent_without_tilde_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match=r"agents.txt:2: agent code 'GOV'"):
        read_agents(write(tmp_path, "agents.txt", "# x\nMINISTER [GOV]\n"))


def test_petrarch_validation_dictionaries(shared_eval: Path) -> None:
    folder = shared_eval / "events" / "petrarch2_unittest"
    user = build_dictionary([folder / "PETR.Validate.actors.txt", folder / "PETR.Validate.agents.txt"])
    assert user.lookup("Arnor")[0].entry.code == "ARN"
    assert user.lookup("Minas Tirith")[0].entry.code == "GON"
    gollum = user.lookup("Smeagol")[0].entry
    assert gollum.code_on(dt.date(1997, 1, 1)) == "HOBGOV"
    assert gollum.code_on(dt.date(2001, 1, 1)) == "HOBREB"
    assert user.agent_ending_at(("foreign", "minister"), 2)[1].code == "GOVFRM"
    assert user.agent_ending_at(("attorneys", "general"), 2)[1] is not None
    assert user.agent_ending_at(("congressmen",), 1)[1].code == "LEG"
