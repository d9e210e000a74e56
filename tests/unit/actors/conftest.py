"""The actor tests' dictionary: the shipped files plus a small office-holder table of ours."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsevents.resources.dictionaries import (BUILTIN_FILES, ActorDictionary, build_dictionary,
                                               package_data_dir)

HOLDERS = """\
country,office,title,name,aliases,start,end,wikidata_id,checked
IRQ,head_of_government,Prime Minister,Nuri al-Maliki,al-Maliki,2006-05-20,2014-09-08,,test
IRQ,head_of_government,Prime Minister,Haider al-Abadi,al-Abadi,2014-09-08,2018-10-25,,test
"""


def dictionary_with(folder: Path, holders: str) -> ActorDictionary:
    """The package data in `folder` with our own office-holder file instead of the shipped ones."""
    for name in BUILTIN_FILES:
        shutil.copy(package_data_dir() / name, folder / name)
    (folder / "office_holders").mkdir()
    (folder / "office_holders" / "test.csv").write_text(holders, encoding="utf-8")
    return build_dictionary(directory=folder)


@pytest.fixture(scope="module")
def dictionary(tmp_path_factory: pytest.TempPathFactory) -> ActorDictionary:
    return dictionary_with(tmp_path_factory.mktemp("actors"), HOLDERS)
