"""The history of an incremental batch: compact known ids, and the completeness check."""
from __future__ import annotations

import pickle

import pyarrow as pa
import pytest

from newsevents.batch.history import KnownIds, check_complete, previous_dirs
from newsevents.errors import BatchError

pytestmark = [pytest.mark.issue(15)]


def test_known_ids_answer_exactly_for_hex_and_other_ids() -> None:
    ids = ["00000000000000ff", "ffffffffffffffff", "0123456789abcdef", "not-a-hash"]
    known = KnownIds.of(ids)
    assert len(known) == 4 and known.hashes.dtype.itemsize == 8
    for aid in ids:
        assert aid in known
    for aid in ("00000000000000fe", "0123456789abcdee", "0000000000000000", "not-a-hash2",
                "0123456789ABCDEF", "+123456789abcdef", "0123_56789abcdef", " 123456789abcdef",
                "0123456789abcdefa", "", None):
        assert aid not in known
    assert "0123456789abcdef" in pickle.loads(pickle.dumps(known))  # shipped to workers


def test_empty_known_ids_hold_nothing() -> None:
    known = KnownIds.of([])
    assert len(known) == 0 and "0123456789abcdef" not in known


@pytest.mark.parametrize("seqs", [[], [0], [2, 0, 1], list(range(50))])
def test_a_complete_history_passes(seqs: list[int]) -> None:
    check_complete(pa.chunked_array([seqs], type=pa.int64()), dirs=["a"])


@pytest.mark.parametrize("seqs", [[1, 2], [0, 1, 1], [0, 2], [0, 1, 3, 3]])
def test_a_missing_or_repeated_night_is_refused(seqs: list[int]) -> None:
    with pytest.raises(BatchError, match="not one complete history") as err:
        check_complete(pa.chunked_array([seqs], type=pa.int64()), dirs=["a", "b"])
    assert err.value.code == "E950"


def test_seq_from_an_older_dataset_is_refused() -> None:
    with pytest.raises(BatchError, match="without seq"):
        check_complete(pa.chunked_array([[0, None]], type=pa.int64()), dirs=["old"])


def test_previous_dirs_expand_globs_and_leave_out_the_output(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for night in ("n1", "n2", "n3"):
        for table in ("articles", "signatures"):
            (tmp_path / night / table).mkdir(parents=True)
    found = previous_dirs([str(tmp_path / "n*")], out=tmp_path / "n3")
    assert found == (str(tmp_path / "n1"), str(tmp_path / "n2"))
    (tmp_path / "junk").mkdir()
    with pytest.raises(BatchError, match="not a batch result"):
        previous_dirs([str(tmp_path / "*")], out=tmp_path / "n3")


def test_batch_cli_refuses_a_previous_folder_that_is_no_batch_result(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from newsevents.cli import main

    (tmp_path / "in.txt").write_text("Police arrested ten men in Homs on Monday.", encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "in.txt"), "--out",
                                       str(tmp_path / "out"), "--engine", "local",
                                       "--previous", str(tmp_path / "nothing")])
    assert result.exit_code != 0
    assert "E950" in result.output and "not a batch result" in result.output
