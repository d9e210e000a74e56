"""The actor dictionary: package data, lookups, office holders, validators, user files."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsevents.config import Settings
from newsevents.errors import DictionaryError
from newsevents.resources.dictionaries import (
    ActorDictionary, build_dictionary, load_actor_dictionary, package_data_dir)
from newsevents.resources.names import is_acronym, name_key, name_words

from .conftest import dictionary_with

HOLDERS = """\
# test office holders (facts: Iraqi prime ministers)
country,office,title,name,aliases,start,end,wikidata_id,checked
IRQ,head_of_government,Prime Minister,Nuri al-Maliki,Nouri al-Maliki;al-Maliki,2006-05-20,2014-09-08,,test
IRQ,head_of_government,Prime Minister,Haider al-Abadi,al-Abadi,2014-09-08,2018-10-25,,test
USA,head_of_state,President,Barack Obama,Obama,2009-01-20,2017-01-20,,test
UNO,un_high_commissioner_human_rights,High Commissioner for Human Rights,Navi Pillay,Pillay,2008-09-01,2014-08-31,,test
"""


@pytest.fixture(scope="module")
def dictionary(tmp_path_factory: pytest.TempPathFactory) -> ActorDictionary:
    return dictionary_with(tmp_path_factory.mktemp("actors"), HOLDERS)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("a", "b"), [
    ("al-Maliki", "Maliki"), ("the United States", "United States"), ("U.S.", "US"),
    ("Médecins Sans Frontières", "medecins sans frontieres"), ("Kata'ib Hezbollah", "Kataib Hezbollah"),
    ("Democratic People's Republic of Korea", "Democratic People Republic of Korea"),
])
def test_names_fold_to_same_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_names_acronym_needs_capitals() -> None:
    assert is_acronym("U.N.") and is_acronym("ISIS") and not is_acronym("Press TV")
    assert name_words("the Islamic State") == ("islamic", "state")


def test_dictionary_loads_package_data_with_version(dictionary: ActorDictionary) -> None:
    assert dictionary.version.startswith("actors-1.0")
    assert len(dictionary.countries) >= 249
    assert (package_data_dir() / "countries.csv").is_file()


def test_loader_reads_settings_user_dictionaries(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.csv", "name,aliases,kind,country,sector,code,wikidata_id\n"
                 "Blue Falcons,Falcons,armed_group,MLI,REB,MLIREB,\n")
    loaded = load_actor_dictionary(Settings(user_dictionaries=(str(path),)))
    assert loaded.lookup("the Blue Falcons")[0].entry.code == "MLIREB"
    assert loaded.version.endswith("mine.csv")


@pytest.mark.parametrize(("text", "kind", "country"), [
    ("Iraqi", "demonym", "IRQ"), ("Iraqis", "demonym", "IRQ"), ("Saudi", "demonym", "SAU"),
    ("American", "demonym", "USA"), ("Tehran", "capital", "IRN"), ("Washington", "capital", "USA"),
    ("the United States", "country", "USA"), ("America", "country", "USA"),
])
def test_dictionary_countries_demonyms_capitals(dictionary: ActorDictionary, text: str,
                                                kind: str, country: str) -> None:
    targets = [t for t in dictionary.lookup(text) if t.kind == kind]
    assert targets and targets[0].country == country


@pytest.mark.parametrize("alias", [
    "ISIS", "ISIL", "Islamic State", "Daesh", "Islamic State in Iraq and Syria",
    "Islamic State of Iraq and the Levant"])
def test_dictionary_isis_aliases_are_one_entry(dictionary: ActorDictionary, alias: str) -> None:
    entries = {t.entry.name for t in dictionary.lookup(alias) if t.entry}
    assert entries == {"Islamic State"}


def test_dictionary_has_60_armed_groups_and_media(dictionary: ActorDictionary) -> None:
    groups = {e.name for e in dictionary.entries if e.kind == "armed_group"}
    assert len(groups) >= 60
    assert dictionary.lookup("Press TV")[0].entry.sector == "JRN"
    assert dictionary.lookup("IOM")[0].entry.sector == "IGO"


def test_dictionary_office_holder_by_date(dictionary: ActorDictionary) -> None:
    june_2014 = dictionary.holder("IRQ", "Prime Minister", dt.date(2014, 6, 14))
    year_2015 = dictionary.holder("IRQ", "prime minister", dt.date(2015, 3, 1))
    assert june_2014 is not None and june_2014.name == "Nuri al-Maliki"
    assert year_2015 is not None and year_2015.name == "Haider al-Abadi"
    assert dictionary.holder("IRQ", "Prime Minister", dt.date(2001, 1, 1)) is None


def test_dictionary_agent_terms_end_phrases(dictionary: ActorDictionary) -> None:
    n, term = dictionary.agent_ending_at(("iraqi", "security", "forces"), 3)
    assert n == 2 and term is not None and term.sector == "COP"
    assert dictionary.agent_ending_at(("state", "run", "media"), 3)[1].sector == "JRN"


@pytest.mark.parametrize(("line", "problem"), [
    ("IRQ,head_of_government,Prime Minister,X Y,,2014-13-01,,,t", "not an ISO date"),
    ("ZZQ,head_of_government,Prime Minister,X Y,,2014-01-01,,,t", "unknown country code 'ZZQ'"),
    ("IRQ,head_of_government,Prime Minister,X Y,,2014-01-01,2013-01-01,,t", "is before start"),
    ("IRQ,Head Of Government,Prime Minister,X Y,,2014-01-01,,,t", "not snake_case"),
    ("IRQ,head_of_government,Prime Minister,X Y,,2014-01-01", "expected 9 columns"),
])
def test_validator_names_file_line_and_problem(tmp_path: Path, line: str, problem: str) -> None:
    header = "country,office,title,name,aliases,start,end,wikidata_id,checked"
    path = write(tmp_path, "bad.csv", f"# comment\n{header}\n{line}\n")
    with pytest.raises(DictionaryError) as info:
        build_dictionary([path])
    assert info.value.line == 3 and problem in info.value.problem
    assert f"{path}:3" in str(info.value)


def test_validator_rejects_bad_entity_rows(tmp_path: Path) -> None:
    path = write(tmp_path, "orgs.csv", "name,aliases,kind,country,sector,code,wikidata_id\n"
                 "Good Org,,organization,IRQ,NGO,,\nBad Org,,spaceship,IRQ,NGO,,\n")
    with pytest.raises(DictionaryError, match=r"orgs.csv:3: kind 'spaceship'"):
        build_dictionary([path])


def test_validator_rejects_unknown_format_and_bad_json(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="unknown dictionary format"):
        build_dictionary([write(tmp_path, "notes.txt", "hello world\n")])
    with pytest.raises(DictionaryError, match="not valid JSON"):
        build_dictionary([write(tmp_path, "x.json", "{\n  \"actors\": [\n}")])
    with pytest.raises(DictionaryError, match="file not found"):
        build_dictionary([tmp_path / "missing.csv"])


def test_user_csv_overrides_builtin_meaning(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.csv", "name,aliases,kind,country,sector,code,wikidata_id\n"
                 "Hamas Political Bureau,Hamas,organization,PSE,GOV,PSEGOV,\n")
    user = build_dictionary([path])
    assert [t.entry.code for t in user.lookup("Hamas")] == ["PSEGOV"]
    assert user.lookup("Hezbollah")[0].entry.kind == "armed_group"


def test_user_json_adds_actors_agents_and_holders(tmp_path: Path) -> None:
    data = {"actors": [{"name": "Northern Shield", "aliases": ["NS Brigade"], "kind": "armed_group",
                        "code": "SDNREB"}],
            "agents": [{"term": "border ranger", "plural": "border rangers", "sector": "COP"}],
            "office_holders": [{"country": "KEN", "office": "head_of_state", "title": "President",
                                "name": "Ann Example", "start": "2030-01-01"}]}
    user = build_dictionary([write(tmp_path, "mine.json", json.dumps(data))])
    entry = user.lookup("NS Brigade")[0].entry
    assert (entry.country, entry.sector) == ("SDN", "REB")
    assert user.agent_ending_at(("border", "rangers"), 2)[1].sector == "COP"
    assert user.holder("KEN", "President", dt.date(2031, 1, 1)).name == "Ann Example"
