"""The event lexicon: data files load, validate and code CAMEO into PLOVER consistently."""
from __future__ import annotations

from pathlib import Path

import pytest

import newsevents
from newsevents.config import load_settings
from newsevents.errors import DictionaryError
from newsevents.resources.lexicon import PLOVER_TYPES, load_event_lexicon

from .helpers import lexicon

DATA = Path(newsevents.__file__).parent / "data" / "events"


def test_lexicon_has_versions_and_all_cameo_roots() -> None:
    lex = lexicon()
    assert lex.version.startswith("triggers-") and "cues-" in lex.version
    assert all(f"{root:02d}" in lex.cameo for root in range(1, 21))


def test_lexicon_triggers_reach_every_plover_type_and_cameo_root() -> None:
    lex = lexicon()
    patterns = [p for table in (lex.verbs, lex.nouns) for items in table.values() for p in items
                if not p.none]
    types = {lex.code(p.cameo, plover=p.plover).plover_type for p in patterns}
    roots = {p.cameo[:2] for p in patterns}
    assert types == PLOVER_TYPES
    assert roots >= {f"{r:02d}" for r in range(2, 21)}  # 01 only as 016 (deny)
    assert "016" in {p.cameo for p in patterns}


@pytest.mark.parametrize(("cameo", "plover", "mode"), [
    ("192", "ASSAULT", "seize"), ("190", "ASSAULT", None), ("183", "ASSAULT", "explosives"),
    ("202", "ASSAULT", "unconventional"), ("154", "MOBILIZE", "troops"),
    ("166", "SANCTION", "expel"), ("173", "COERCE", "arrest"), ("1382", "THREATEN", "territory"),
    ("120", "REJECT", None), ("0841", "RETREAT", "release"), ("081", "CONCEDE", None),
    ("072", "AID", None), ("036", "AGREE", None), ("042", "CONSULT", "visit"),
])
def test_lexicon_crosswalk_codes(cameo: str, plover: str, mode: str | None) -> None:
    coding = lexicon().code(cameo)
    assert (coding.plover_type, coding.plover_mode) == (plover, mode)


def test_lexicon_goldstein_and_gdelt_quad() -> None:
    lex = lexicon()
    assert lex.code("193").goldstein == -10.0 and lex.code("193").quad == 4
    assert lex.code("072").goldstein == 8.3 and lex.code("072").quad == 2
    assert lex.code("043").goldstein == 2.8 and lex.code("043").quad == 1
    assert lex.code("1382").quad == 3
    assert lex.code("1831").goldstein == -10.0


def _copy_data(tmp_path: Path) -> Path:
    for item in DATA.iterdir():
        (tmp_path / item.name).write_text(item.read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path


def _load(folder: Path):  # type: ignore[no-untyped-def]
    return load_event_lexicon(load_settings(extra={"event_lexicon_dir": str(folder)}))


def test_lexicon_bad_goldstein_names_file_and_line(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    path = folder / "cameo.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    row = next(k for k, line in enumerate(lines) if line.startswith("192,"))
    lines[row] = "192,Occupy territory,minus nine,4"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        _load(folder)
    assert err.value.line == row + 1 and err.value.path.endswith("cameo.csv")
    assert "goldstein" in err.value.problem


def test_lexicon_unknown_class_in_pattern_is_rejected(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    path = folder / "triggers.toml"
    text = path.read_text(encoding="utf-8").replace('object = "@troops"', 'object = "@trooops"', 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError, match="unknown class @trooops") as err:
        _load(folder)
    bad_line = next(n for n, line in enumerate(text.splitlines(), 1) if "@trooops" in line)
    assert err.value.line == bad_line


def test_lexicon_unknown_plover_type_in_crosswalk(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    path = folder / "crosswalk.csv"
    path.write_text(path.read_text(encoding="utf-8") + "196,FIGHT,\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="unknown PLOVER type 'FIGHT'"):
        _load(folder)


def test_lexicon_invalid_toml_names_the_line(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    (folder / "cues.toml").write_text('version = "x"\n[attribution\n', encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        _load(folder)
    assert err.value.line == 2


def test_lexicon_blocking_pattern_needs_none_instead_of_a_code(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    path = folder / "triggers.toml"
    text = path.read_text(encoding="utf-8").replace(
        '{ lemma = "agree", prep = "with", none = true }',
        '{ lemma = "agree", prep = "with", none = true, cameo = "030" }', 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError, match="either 'cameo' or 'none = true'"):
        _load(folder)


def test_lexicon_new_pattern_keys_are_read() -> None:
    lex = lexicon()
    assert any(p.none for p in lex.verbs["agree"])
    assert any(p.clause for p in lex.verbs["ask"])
    assert any(p.subject for p in lex.verbs["occupy"])
    assert any(p.support for p in lex.nouns["ceasefire"])
    assert any(p.descriptive for p in lex.verbs["back"])


@pytest.mark.parametrize(("lemma", "table", "plover", "mode"), [
    ("seize", "verbs", "ASSAULT", "seize"), ("confiscate", "verbs", "COERCE", "seize"),
    ("impound", "verbs", "COERCE", "seize"), ("retake", "verbs", "ASSAULT", "seize"),
    ("takeover", "nouns", "ASSAULT", "seize"),
])
def test_lexicon_territory_and_property_seizures_never_share_a_coding(
        lemma: str, table: str, plover: str, mode: str) -> None:
    """Places taken are ASSAULT/seize (192), things seized COERCE/seize (1711): a crosswalk that
    reads type and mode can tell them apart."""
    lex = lexicon()
    patterns = getattr(lex, table)[lemma]
    codings = {(c.plover_type, c.plover_mode) for c in
               (lex.code(p.cameo, mode=p.mode, plover=p.plover) for p in patterns if not p.none)}
    assert (plover, mode) in codings
    for p in (p for p in patterns if not p.none):
        coding = lex.code(p.cameo, mode=p.mode, plover=p.plover)
        territorial = p.object is not None and "@territory" in p.object or p.cameo == "192"
        if coding.plover_mode == "seize":
            assert (coding.plover_type == "ASSAULT") == territorial


def test_lexicon_displacement_is_never_an_expulsion() -> None:
    lex = lexicon()
    for lemma in ("flee", "displace"):
        (pattern,) = lex.verbs[lemma]
        coding = lex.code(pattern.cameo, mode=pattern.mode)
        assert (coding.plover_type, coding.plover_mode) == ("SANCTION", "displacement")
