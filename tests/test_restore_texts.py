"""eval/restore_texts.py: putting the real sets' git-ignored texts back from search answers (session 27 restored
all 697 texts of 51 sets on a fresh machine this way), and `--plan`, which splits the missing rows into job lists
for parallel fetchers: every row of one query in one list, so one look-up serves them all. A made-up eval tree
(no real text), so the test runs in a fresh clone."""
from __future__ import annotations

import doctest
import hashlib
import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _module():
    spec = importlib.util.spec_from_file_location("restore_texts", ROOT / "eval" / "restore_texts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TEXTS = {"a.txt": "Two soldiers were killed, the army said.\n", "b.txt": "Rebels said they shot down a helicopter.",
         "c.txt": "Nine civilians died in the shelling, medics said.", "d.txt": "No one was hurt, police said. "}


def _tree(tmp_path: Path) -> Path:
    """eval/realA (a.txt, b.txt: one query) and eval/realB/part (c.txt, d.txt: two queries)."""
    rows = {"realA": [("a.txt", "q1"), ("b.txt", "q1")], "realB/part": [("c.txt", "q2"), ("d.txt", "q3")]}
    for folder, entries in rows.items():
        (tmp_path / folder).mkdir(parents=True)
        lines = ["file\turl\tquery\tsha256"] + [
            f"{name}\thttps://example.org/{name}\t{query}\t{hashlib.sha256(TEXTS[name].encode()).hexdigest()}"
            for name, query in entries]
        (tmp_path / folder / "sources.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_doctests():
    assert doctest.testmod(_module()).failed == 0


def test_restore_writes_exact_copies_only(tmp_path):
    rt = _module()
    index = rt.source_rows(_tree(tmp_path))
    dump = tmp_path / "dump.json"
    answer = {"results": [{"url": "https://example.org/a.txt", "excerpt": TEXTS["a.txt"]},
                          {"url": "https://example.org/b.txt", "excerpt": TEXTS["b.txt"].replace("  ", " ") + " "}]}
    dump.write_text(json.dumps(answer), encoding="utf-8")
    written, present, unmatched = rt.restore([str(dump)], index)
    assert [Path(p).name for p in written] == ["a.txt"]
    assert (tmp_path / "realA" / "texts" / "a.txt").read_bytes() == TEXTS["a.txt"].encode()
    assert not (tmp_path / "realA" / "texts" / "b.txt").exists()     # one space more: not the annotated text
    assert unmatched == [] and present == []     # b's copy is under 200 characters: too short to report
    status = rt.status(index)
    assert (status[str(tmp_path / "realA")][:2], status[str(tmp_path / "realB/part")][:2]) == ((1, 2), (0, 2))


def test_plan_keeps_a_query_in_one_list_and_skips_present_texts(tmp_path):
    rt = _module()
    index = rt.source_rows(_tree(tmp_path))
    (tmp_path / "realB/part/texts").mkdir()
    (tmp_path / "realB/part/texts/d.txt").write_text(TEXTS["d.txt"], encoding="utf-8")
    jobs = rt.plan(index, 2, first=("realB/part",))
    files = [[row["file"] for _, row in job] for job in jobs]
    assert files == [["c.txt"], ["a.txt", "b.txt"]]      # realB first; d is present; q1's two rows together
    assert rt.plan(index, 3)[2] == []


def test_plan_command_writes_job_files(tmp_path, monkeypatch, capsys):
    rt = _module()
    monkeypatch.setattr(rt, "EVAL", str(_tree(tmp_path)))
    rt.main(["--plan", "2", str(tmp_path / "jobs")])
    job1 = (tmp_path / "jobs" / "job1.tsv").read_text(encoding="utf-8").splitlines()
    assert job1[0] == "set\tfile\turl\tquery\tsha256"
    assert {line.split("\t")[0] for line in job1[1:]} <= {"realA", "realB/part"}
    assert sum(len((tmp_path / "jobs" / f"job{k}.tsv").read_text().splitlines()) - 1 for k in (1, 2)) == 4
    assert "rows" in capsys.readouterr().out
