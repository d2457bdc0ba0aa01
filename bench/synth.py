"""A synthetic corpus of N distinct articles as JSONL shards, recombined from real copy (fixed seed).

Paragraphs come from seeds/ and eval/dev3/texts. Each article is a sample of them with its own names,
numbers and a share of its longer ordinary words swapped (words the extractors' lexicons use are kept),
so two articles never share a paragraph by accident (word 5-gram overlap well under the wire threshold);
about one paragraph in ten is taken from a pool of wire paragraphs shared by many articles, some with a
small edit (a near-duplicate). Articles are spread over one year and thirty outlets.

    python bench/synth.py 2000 /tmp/corpus2k      # writes /tmp/corpus2k/shard_0000.jsonl ...
"""
from __future__ import annotations

import json
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "seeds", ROOT / "eval" / "dev3" / "texts")
LEXICONS = ROOT / "lib" / "presslens" / "data"
SHARD = 1000
WIRE_SHARE = 0.10
_WORD = re.compile(r"[A-Za-z][A-Za-z]+|\d[\d,.]*")
_SYL = ("ka", "lo", "mi", "ra", "ven", "dor", "sa", "tu", "bel", "gri", "no", "zan", "pe", "vo", "lin", "mar",
        "to", "hal", "ber", "sk", "ov", "ich", "an", "ek", "ul", "os", "ta", "ri", "den", "gal")
_PROTECT_FROM = ("cues", "casualties", "hedges", "vague_numbers")
_CALENDAR = ("january february march april may june july august september october november december "
             "monday tuesday wednesday thursday friday saturday sunday").split()
OUTLETS = [f"The {a} {b}" for a in ("Daily", "Morning", "Evening", "National", "Weekly", "Coastal")
           for b in ("Ledger", "Courier", "Sentinel", "Herald", "Gazette")]


def _paragraphs() -> list[str]:
    out = []
    for folder in SOURCES:
        for f in sorted(folder.glob("*.txt")):
            lines = f.read_text(encoding="utf-8").splitlines()
            out += [line.strip() for line in lines[1:] if len(line.split()) > 6]
    return out


def _protected() -> set[str]:
    """Every word the shipped lexicons and registries use: never swapped, so extraction stays realistic."""
    words = set()
    for f in LEXICONS.rglob("*"):
        if f.suffix in (".yaml", ".csv") and f.stem in _PROTECT_FROM:
            text = "\n".join(line.split("#")[0] for line in f.read_text(encoding="utf-8").splitlines())
            words |= {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    return words | set(_CALENDAR)


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYL) for _ in range(rng.randint(2, 3))).capitalize()


class Rewriter:
    """Per-article rewriting: capitalised words and numbers get new values (consistent inside the
    article), and half of the other unprotected words of 4+ letters are swapped for corpus words."""

    def __init__(self, paragraphs: list[str]):
        self.protected = _protected()
        vocab = sorted({w for p in paragraphs for w in _WORD.findall(p) if w.islower() and len(w) >= 4})
        self.vocab = [w for w in vocab if w not in self.protected]

    def varies(self, paragraph: str, rng: random.Random, trials: int = 4) -> bool:
        """Whether two rewritings of the paragraph stay under half shared 5-grams (else it is left out:
        a short line of lexicon words would look like wire copy in every article that uses it)."""
        def grams(text):
            w = re.findall(r"[a-z0-9]+", text.lower())
            return set(zip(*(w[i:] for i in range(5))))
        for _ in range(trials):
            a, b = grams(self.article(rng, [paragraph])[0]), grams(self.article(rng, [paragraph])[0])
            if not a or not b or len(a & b) / min(len(a), len(b)) >= 0.5:
                return False
        return True

    #: ordinary words of at least SWAP_MIN_LEN letters are swapped with probability SWAP_SHARE
    SWAP_MIN_LEN, SWAP_SHARE = 4, 0.6
    WORD = _WORD

    def _year(self, w: str, rng: random.Random) -> str:
        return w

    def _new_name(self, w: str, rng: random.Random) -> str:
        return _name(rng)

    def article(self, rng: random.Random, paragraphs: list[str]) -> list[str]:
        names: dict[str, str] = {}

        def swap(m: re.Match) -> str:
            w = m.group(0)
            if w[0].isdigit():
                digits = re.sub(r"\D", "", w)
                if len(digits) == 4 and digits.startswith(("19", "20")):   # a year
                    return self._year(w, rng)
                return str(rng.randint(2, 28 if len(digits) <= 2 else 10 ** min(len(digits), 4)))
            if w.lower() in self.protected:
                return w
            if w[0].isupper() or w.isupper():
                if w not in names:
                    names[w] = self._new_name(w, rng)
                return names[w]
            if len(w) >= self.SWAP_MIN_LEN and rng.random() < self.SWAP_SHARE:
                return rng.choice(self.vocab)
            return w

        return [self.WORD.sub(swap, p) for p in paragraphs]


def generate(n: int, folder: Path, *, seed: int = 14) -> Path:
    """Write n distinct articles to folder/shard_NNNN.jsonl (SHARD per file); return the folder."""
    rng = random.Random(seed)
    pool = _paragraphs()
    rewriter = Rewriter(pool)
    pool = [p for p in pool if rewriter.varies(p, rng)]
    wire = [p for _ in range(max(4, n // 40)) for p in rewriter.article(rng, rng.sample(pool, 5))]
    folder.mkdir(parents=True, exist_ok=True)
    start = date(2023, 1, 1)
    shard = None
    for i in range(n):
        if i % SHARD == 0:
            if shard:
                shard.close()
            shard = open(folder / f"shard_{i // SHARD:04d}.jsonl", "w", encoding="utf-8")
        k = rng.randint(7, 13)
        paras = rewriter.article(rng, rng.sample(pool, k))
        for j in range(k):
            if rng.random() < WIRE_SHARE:
                copy = rng.choice(wire)
                if rng.random() < 0.3:  # a near-duplicate: the outlet trimmed the last words
                    copy = " ".join(copy.split()[:-2]) + "."
                paras[j] = copy
        headline = paras[0] if len(paras[0]) < 120 else paras[0][:100].rsplit(" ", 1)[0]
        record = {"id": f"a{i:07d}", "outlet": rng.choice(OUTLETS),
                  "published": (start + timedelta(days=rng.randrange(365))).isoformat(),
                  "headline": f"{headline} ({i})", "text": "\n\n".join(paras[1:] if len(paras[0]) < 120 else paras)}
        shard.write(json.dumps(record, ensure_ascii=False) + "\n")
    if shard:
        shard.close()
    return folder


if __name__ == "__main__":
    generate(int(sys.argv[1]), Path(sys.argv[2]))
