"""Tone: VADER compound scores of the article-voice sentences that name a side."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from .voice import _quote_spans


# --------------------------------------------------------------------------- tone

@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    return SentimentIntensityAnalyzer()  # the package's own shipped vader_lexicon.txt


def tone_sentences(corpus, labels: pd.DataFrame, quotes: pd.DataFrame | None = None, *, _spans=None) -> pd.DataFrame:
    """Sentences that mention a side in the article's voice -> VADER compound, quoted parts blanked out."""
    own = labels[labels["voice"] == "article"]
    cols = ["article_id", "para_idx", "sent_idx", "side", "compound", "text"]
    sents = corpus.sentences
    if own.empty or sents.empty:
        return pd.DataFrame(columns=cols).astype({"compound": float})
    spans = _spans if _spans is not None else _quote_spans(corpus, quotes)
    texts = dict(zip(corpus.articles["article_id"].astype(str), corpus.articles["text"].astype(str)))
    # the labels' starts on one sorted key (article code, start): each sentence's labels are found by two
    # vectorised searches, not a search per sentence in a per-article group
    own = own.sort_values(["article_id", "start"], kind="stable")
    label_aid = own["article_id"].astype(str).to_numpy(object)
    label_start, label_side = own["start"].to_numpy(np.int64), own["side"].to_numpy(object)
    sents = sents[sents["article_id"].astype(str).isin(set(label_aid))]
    sent_aid = sents["article_id"].astype(str).to_numpy(object)
    codes, _ = pd.factorize(np.concatenate([label_aid, sent_aid]))   # the labels' codes ascend: sorted first
    width = int(max(label_start.max(), sents["end"].max() if len(sents) else 0)) + 1
    keys = codes[:len(label_aid)].astype(np.int64) * width + label_start
    base = codes[len(label_aid):].astype(np.int64) * width
    first = np.searchsorted(keys, base + sents["start"].to_numpy(np.int64), "left")
    last = np.searchsorted(keys, base + sents["end"].to_numpy(np.int64), "left")
    rows = []
    for s, lo, hi in zip(sents.itertuples(index=False), first.tolist(), last.tolist()):
        if lo == hi:
            continue
        aid = str(s.article_id)
        chars = list(texts[aid][int(s.start):int(s.end)])
        for a, b, _, _ in spans.get(aid, []):
            for i in range(max(a, s.start), min(b, s.end)):
                chars[i - s.start] = " "
        score = _vader().polarity_scores("".join(chars))["compound"]
        for side in sorted(set(label_side[lo:hi])):
            rows.append(dict(article_id=aid, para_idx=s.para_idx, sent_idx=s.sent_idx, side=side,
                             compound=score, text=s.text))
    return pd.DataFrame(rows, columns=cols).astype({"compound": float})
