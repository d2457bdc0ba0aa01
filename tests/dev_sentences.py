"""The sentences the gate tests compare gated and plain patterns on (tests/test_casualty_gates.py,
tests/test_casualty_speed9.py): every sentence of the seeds, dev2, dev3 and 100 articles of each bench corpus,
normalised as the casualty rules read them, article by article."""
from __future__ import annotations

import sys
from pathlib import Path

from presslens.casualties.extract import split_sentences
from presslens.casualties.numbers import _normalise

ROOT = Path(__file__).resolve().parents[1]
DEV_TEXTS = [ROOT / "seeds", ROOT / "eval" / "dev2" / "texts", ROOT / "eval" / "dev3" / "texts"]


def article_sentences(tmp_path: Path) -> list[list[str]]:
    """Each article's normalised sentences (the bench corpora are written under `tmp_path`)."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from common import write_corpus
        from distinct import write_distinct
    finally:
        sys.path.remove(str(ROOT / "bench"))
    folders = [f for f in DEV_TEXTS if f.exists()] + [write_corpus(tmp_path / "bench", 100),
                                                      write_distinct(tmp_path / "distinct", 100)]
    out = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            out.append([_normalise(text[a:b]) for a, b in split_sentences(text)])
    return out
