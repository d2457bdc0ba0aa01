"""A benchmark corpus whose paragraphs are all distinct: `bench_quotes.py N --distinct` (and bench_casualties.py).

bench/common.py's corpus recombines the seeds' paragraphs, so each paragraph recurs about 200 times in 1,000
articles: a memo keyed on a paragraph's or a sentence's text would pass any target there and measure nothing.
This corpus has the same shape (12-30 paragraphs an article, a date header) but takes its paragraphs from the
seeds, eval/dev2 and eval/dev3 (invented copy in the styles of several wars: wires, live pages, translations,
op-eds) and rewrites each article's paragraphs (bench/synth.py's Rewriter, with more words kept): every
capitalised name becomes another name (consistent inside the article, drawn from a pool of 3,000 so that, as
in a real corpus of one war, a name recurs in other articles), every number another number, and a share of
the longer ordinary words another word of the corpus. Function words, pronouns, the mention layer's role and
organisation words, the lexicons' words and any common word that opens a sentence are kept, so the
attributions have the shapes of real copy ('He said', 'The ministry said', 'a local official told ...').

    python bench/distinct.py 1000 /tmp/distinct1000      # writes /tmp/distinct1000/dist_000000.txt ...

A paragraph that eight rewritings do not all tell apart (boilerplate, a line of kept words) is left out.
`distinct_share(folder)` gives the share of paragraphs that occur once in the corpus (0.995 for 1,000 articles).
"""
from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

from synth import LEXICONS, Rewriter, _name

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "seeds", ROOT / "eval" / "dev2" / "texts", ROOT / "eval" / "dev3" / "texts")
NAMES = 3000


def _paragraphs(sources=SOURCES) -> list[str]:
    out = []
    for folder in sources:
        for f in sorted(folder.glob("*.txt")):
            lines = f.read_text(encoding="utf-8").splitlines()
            out += [line.strip() for line in lines[1:] if len(line.split()) > 6]
    return out


def _kept_words(paragraphs: list[str]) -> set[str]:
    """Words never swapped: function words, the mention layer's pronouns, role and organisation words, every
    lexicon's words, and a capitalised word the corpus also writes in lower case ('Residents' opening a
    sentence is no name)."""
    from presslens.fastre import _STOP_WORDS
    from presslens.mentions import lexicon
    words = set(_STOP_WORDS) | set(lexicon.PRONOUNS) | set(lexicon.ORG_WORDS) | set(lexicon.ROLE_WORDS) \
        | set(lexicon.ORG_ANAPHORS) | set(lexicon.REBEL_ANAPHORS)
    for f in (LEXICONS / "lexicons").glob("*"):    # not the registries, nor labels/ (one war's names)
        if f.suffix in (".yaml", ".csv"):
            text = "\n".join(line.split("#")[0] for line in f.read_text(encoding="utf-8").splitlines())
            words |= {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    lower = {w for p in paragraphs for w in re.findall(r"\b[a-z]+\b", p)}
    words |= {w.lower() for p in paragraphs for w in re.findall(r"\b[A-Z][a-z]+\b", p) if w.lower() in lower}
    return words


class _Distinct(Rewriter):
    """synth.Rewriter with more words kept, names from a finite pool, and fewer ordinary words swapped."""

    def __init__(self, paragraphs: list[str], rng: random.Random):
        super().__init__(paragraphs)
        self.protected |= _kept_words(paragraphs)
        self.vocab = [w for w in self.vocab if w not in self.protected]
        pool = set()
        while len(pool) < NAMES:
            pool.add(_name(rng))
        self.pool = sorted(pool)

    SWAP_MIN_LEN, SWAP_SHARE = 5, 0.3
    WORD = re.compile(r"[A-Za-z][A-Za-z]+|\d[\d,.]*\d|\d")

    def _year(self, w: str, rng: random.Random) -> str:
        return str(rng.randint(1990, 2029))

    def _new_name(self, w: str, rng: random.Random) -> str:
        return rng.choice(self.pool).upper() if w.isupper() and len(w) > 1 else rng.choice(self.pool)


def write_distinct(folder: Path, n: int, *, seed: int = 5, sources=SOURCES) -> Path:
    """Write n .txt articles of 12-30 rewritten paragraphs each (with a date header) into folder
    (`sources`: the folders whose .txt paragraphs are rewritten)."""
    rng = random.Random(seed)
    pool = _paragraphs(sources)
    rewriter = _Distinct(pool, rng)
    # a paragraph of kept words only comes out the same in every article (boilerplate, '"...," he said.'): left out
    pool = [p for p in pool if len({rewriter.article(rng, [p])[0] for _ in range(8)}) == 8]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = "\n\n".join(rewriter.article(rng, rng.sample(pool, rng.randint(12, min(30, len(pool))))))
        day = 1 + i % 28
        (folder / f"dist_{i:06d}.txt").write_text(f" date 2022-05-{day:02d} Synthetic article {i}\n{body}\n",
                                                  encoding="utf-8")
    return folder


def distinct_share(folder: Path) -> float:
    """The share of the corpus's paragraphs that occur once in it."""
    counts = Counter(p for f in folder.glob("*.txt") for p in f.read_text(encoding="utf-8").split("\n\n")[1:])
    return sum(1 for c in counts.values() if c == 1) / max(1, sum(counts.values()))


if __name__ == "__main__":
    out = write_distinct(Path(sys.argv[2]), int(sys.argv[1]))
    print(f"{out}: {distinct_share(out):.4f} of the paragraphs occur once")
