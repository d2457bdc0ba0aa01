# LOCAL DEV STUB, never committed: replaced by the lead's corpus.py
from __future__ import annotations
import re
from dataclasses import dataclass
from pathlib import Path
import pandas as pd

@dataclass
class Corpus:
    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame

def load_corpus(path, *, manifest=None, workers=None):
    p = Path(path)
    files = sorted(p.glob("*.txt")) if p.is_dir() else [p]
    arts, paras = [], []
    for f in files:
        text = f.read_text(encoding="utf-8")
        arts.append({"article_id": f.name, "text": text})
        for i, m in enumerate(re.finditer(r"[^\n]+", text)):
            if m.group(0).strip():
                paras.append({"article_id": f.name, "para_idx": i, "start": m.start(), "end": m.end(), "text": m.group(0), "kind": "body"})
    return Corpus(pd.DataFrame(arts), pd.DataFrame(paras), pd.DataFrame(columns=["article_id"]))
