"""Where the quote pass's cold call spends its CPU time, by stage, and how much of it goes to text that yields no
statement (docs/scale.md, "Session 28: quote speed, by structure").

    PYTHONPATH=LIB .venv/bin/python bench/stages_quotes.py REF/bench1000.corpus.pickle 200
    PYTHONPATH=LIB .venv/bin/python bench/stages_quotes.py REF/distinct1000.corpus.pickle 200

REF is a folder `bench/check_identical.py write` filled. The first N articles are extracted in blocks of 50, every
memo cleared before each block (bench/bench_quotes.py's cold figure). Printed, best of three by total:

- stages: process time inside `_analyse_paragraph` (the paragraphs' attributions), `speakers._resolve` and, inside
  it, the mention layer's set-up (`ArticleMentions.__init__`), `layer.resolve` and its `_dispatch_definite`,
  `_entity`, `_classified`; `_rows_taken_up`; `to_frame` (each a share of the whole call; nested stages are inside
  their parents' shares). Each wrapper adds its own call, so the shares of stages called per row are a little high;
- paragraphs and sentences that add no raw statement, and the time spent on them (the work a gate could skip);
- speaker spans that the layer resolves a second time in one article (same phrase and offsets);
- the cyclic garbage collector's time (the bench scripts leave it on; bench/passes_quotes.py turns it off).
"""
from __future__ import annotations

import gc
import sys
import time
from collections import Counter
from types import SimpleNamespace

from common import cold_seconds
from pickled import quote_input

BLOCK = 50
#: the stages in the order printed (indented: inside the one above)
_ORDER = ("_analyse_paragraph", "  paragraphs adding a statement", "  paragraphs adding none",
          "    sentences adding a statement", "    sentences adding none", "speakers._resolve",
          "  layer set-up (__init__)", "  layer.resolve", "    _dispatch_definite", "    _entity", "    _classified",
          "  _rows_taken_up", "to_frame")


def _blocks(sub):
    ids = list(sub.articles["article_id"])
    out = []
    for i in range(0, len(ids), BLOCK):
        keep = set(ids[i:i + BLOCK])
        out.append(SimpleNamespace(articles=sub.articles[sub.articles["article_id"].isin(keep)],
                                   paragraphs=sub.paragraphs[sub.paragraphs["article_id"].isin(keep)]))
    return out


def _timed(owner, name: str, key: str, acc: dict) -> None:
    """Replace owner.name by a wrapper that adds its process time to acc[key] (no recursive function is wrapped)."""
    fn = getattr(owner, name)

    def wrapper(*args, **kwargs):
        t0 = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            acc[key] = acc.get(key, 0.0) + time.process_time() - t0
    setattr(owner, name, wrapper)


def _instrument(acc: dict, counts: Counter, collected: list) -> None:
    """Wrap the stages (`_timed`), count the paragraphs, sentences and layer calls, time the collector."""
    import presslens.quotes as Q
    import presslens.quotes.attribution as A
    import presslens.quotes.speakers as S
    from presslens.mentions.layer import ArticleMentions

    for owner, name, key in ((S, "_resolve", "speakers._resolve"), (A, "_analyse_paragraph", "_analyse_paragraph"),
                             (ArticleMentions, "__init__", "  layer set-up (__init__)"),
                             (ArticleMentions, "resolve", "  layer.resolve"),
                             (ArticleMentions, "_dispatch_definite", "    _dispatch_definite"),
                             (ArticleMentions, "_entity", "    _entity"),
                             (ArticleMentions, "_classified", "    _classified"),
                             (S, "_rows_taken_up", "  _rows_taken_up"), (Q, "to_frame", "to_frame")):
        _timed(owner, name, key, acc)
    Q._resolve = S._resolve         # (imported by name into quotes/__init__)
    current: list = [None, set(), None]     # the raws list being filled; the spans resolved by the layer `current[2]`
    analyse, sentences, resolve = A._analyse_paragraph, A._sentences, ArticleMentions.resolve

    def paragraph(para, base, pidx, out, low=None):
        current[0] = out
        before, t0 = len(out), time.process_time()
        analyse(para, base, pidx, out, low)
        key = "  paragraphs adding a statement" if len(out) > before else "  paragraphs adding none"
        counts[key] += 1
        acc[key] = acc.get(key, 0.0) + time.process_time() - t0

    def each_sentence(m, para=None):
        for span in sentences(m, para):
            before, t0 = len(current[0]), time.process_time()
            yield span
            key = "    sentences adding a statement" if len(current[0]) > before else "    sentences adding none"
            counts[key] += 1
            acc[key] = acc.get(key, 0.0) + time.process_time() - t0

    def resolve_counted(self, phrase, start, end, **kwargs):
        if self is not current[2]:      # a new article's layer
            current[1], current[2] = set(), self
        counts["layer.resolve calls"] += 1
        counts["  of them a span resolved before in the article"] += (phrase, start, end) in current[1]
        current[1].add((phrase, start, end))
        return resolve(self, phrase, start, end, **kwargs)

    def on_gc(phase, info):
        if phase == "start":
            collected[1] = time.process_time()
        else:
            collected[0] += time.process_time() - collected[1]
    Q._analyse_paragraph, A._sentences, ArticleMentions.resolve = paragraph, each_sentence, resolve_counted
    gc.callbacks.append(on_gc)


def main(argv: list[str]) -> int:
    from presslens.actors import load_actors
    from presslens.config import DEFAULT_ACTORS
    from presslens.quotes import clear_caches, extract_quotes

    path, n = argv[0], int(argv[1])
    sub = quote_input(path, n)
    actors = load_actors(DEFAULT_ACTORS)
    blocks = _blocks(sub)
    extract_quotes(blocks[0], actors=actors)      # compiles the patterns, loads the lexicons
    acc: dict[str, float] = {}
    counts: Counter = Counter()
    collected = [0.0, 0.0]      # the collector's time, the start of the collection under way
    _instrument(acc, counts, collected)
    best = None
    for _ in range(3):
        acc.clear()
        counts.clear()
        collected[0] = 0.0
        total = cold_seconds(blocks, extract_quotes, clear_caches, actors)
        if best is None or total < best[0]:
            best = (total, dict(acc), Counter(counts), collected[0])
    total, acc, counts, gc_time = best
    print(f"cold call, {len(sub.articles)} articles in blocks of {BLOCK}: {total:.3f} s CPU "
          f"({len(sub.articles) / total:.0f} articles/s under this load), best of 3")
    for key in _ORDER:
        secs = acc.get(key, 0.0)
        extra = f"  ({counts[key]:,})" if key in counts else ""
        print(f"  {key:34s} {secs:7.3f} s {100 * secs / total:5.1f}%{extra}")
    print(f"  {'garbage collection':34s} {gc_time:7.3f} s {100 * gc_time / total:5.1f}%")
    for key in ("layer.resolve calls", "  of them a span resolved before in the article"):
        print(f"  {key}: {counts[key]:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
