"""bench/check_identical.py names each extra folder of texts by its path under eval/: two sets with the same last
folder (real9/counts, real10/counts) were one name in session 12, so the later overwrote the earlier and only 22 of
27 corpora were compared."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "check_identical", Path(__file__).resolve().parents[1] / "bench" / "check_identical.py")


@pytest.fixture(scope="module")
def check_identical():
    module = importlib.util.module_from_spec(_SPEC)
    _SPEC.loader.exec_module(module)
    return module


def test_sets_with_the_same_last_folder_get_two_names(tmp_path, check_identical):
    folders = []
    for war in ("real9", "real10"):
        (tmp_path / "eval" / war / "counts" / "texts").mkdir(parents=True)
        (tmp_path / "eval" / war / "counts" / "actors.yaml").write_text("conflicts: {}\n")
        folders.append(tmp_path / "eval" / war / "counts" / "texts")
    corpora = check_identical._text_corpora(folders)
    assert sorted(corpora) == ["eval-real10-counts", "eval-real9-counts"]
    assert corpora["eval-real9-counts"][1] == tmp_path / "eval" / "real9" / "counts" / "actors.yaml"


def test_a_folder_outside_eval_is_named_by_its_parent_and_a_clash_is_refused(tmp_path, check_identical):
    (tmp_path / "a" / "texts").mkdir(parents=True)
    assert list(check_identical._text_corpora([tmp_path / "a" / "texts"])) == ["eval-a"]
    with pytest.raises(SystemExit, match="would both be eval-a"):
        check_identical._text_corpora([tmp_path / "a" / "texts", tmp_path / "a" / "texts"])
