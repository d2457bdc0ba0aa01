"""Attributed statements (direct, indirect, mixed) with speaker, side and evidence span.

The unit of work is one article: `quotes_for_article(article_id, text, paragraphs)` is a pure function
of the article's clean text and its paragraph spans, so a corpus can be split over processes.

    >>> rows = quotes_for_article("a.txt", '"We will not leave," Motaqi said.')
    >>> rows[0]["speaker"], rows[0]["kind"], rows[0]["text"]
    ('Motaqi', 'direct', 'We will not leave')

Method (pure Python + regex, no model): quoted spans are found with a mark-pairing state machine
(straight, curly, mismatched, single, „ “, « »), masked, and the masked paragraph is split into
sentences; each reporting cue (data/lexicons/cues.yaml) is tied to a speaker on its left
(`X said ...`), its right (`"...," said X`, `according to X`) or, for participles (`adding`) and
coordinated verbs (`X wrote A and urged B`), to the clause's speaker; colon and em-dash credits
(`X: "..."`, `"..." — X, role`) are their own cues. The content is the quote(s) or the clause around
the cue. Speakers are then resolved within the article: he/she to the last fitting speaker or person,
or to an unnamed person described since ("a 19-year-old who ... He said"); it/the group/the statement
to the last body named as a speaker or as a sentence's subject; "the rebels" to the registry's rebel
body named earlier; "one of them" to the counted group named before ("one of two residents ...");
relative clauses ("which it calls") to their subject; "a man who introduces himself as X" to X;
surnames to the fullest name given (Mr/Mrs and gender kept apart), indefinite roles to a name given
later ("a senior leader" -> "senior Taliban leader Amir Khan Motaqi", "The leader of the ... group" -> the head
named next); sides come from the actor registry or from the speaker's own words (its mention, its
appositive, its sentence's words before the name, never the statement: actors.Actors.side_from_context).
Names keep their particles (al-, bin, Abu) and lose honorifics and titles (U, Daw, 'UN Secretary-General').

Speed: patterns are compiled once (cue lexicon as a character trie, see tables.trie_pattern); word lists
that are matched in any case (cues, adverbials) run case-sensitively on the lower-cased text
(_CaseFreePattern); patterns that scan a paragraph or an article open on one character class, so that
`re` skips to the candidates (a pattern that opens on a choice, a repeat or a look-behind is tried at every
position); names, tokens, folds and speaker phrases are memoised on the strings themselves, and
per-article work (name runs, lower-case word checks) is computed once per article; `clear_caches()`
forgets the memos.
"""
from __future__ import annotations

import pandas as pd
from operator import itemgetter

from ..actors import Actors, fold, name_key
from ..provenance import QUOTE_PROVENANCE
from ..mentions.context import _role_of
from ..mentions.coref import _keyed_name
from ..mentions.names import _full_name, _gender, _strip_titles, _tokens
from ..mentions.phrases import _classify_phrase, _phrase_head
from .attribution import _analyse_paragraph
from .reading import ArticleReading
from .spans import find_quote_spans  # noqa: F401  (public)
from .spans import Raw, _DATELINE, _DATE_PREFIX, _default_paragraphs, _is_prose, _join_continuations
from .speakers import _resolve



QUOTE_COLUMNS = {
    "quote_id": "string", "article_id": "string", "speaker": "string", "speaker_id": "string",
    "speaker_side": "string", "speaker_role": "string", "kind": "string", "cue": "string",
    "cue_type": "string", "text": "string", "start": "Int64", "end": "Int64",
    "speaker_start": "Int64", "speaker_end": "Int64", "anonymous": "boolean",
    **QUOTE_PROVENANCE,     # found_by, speaker_by, side_by: the rules' names (presslens.provenance)
}


def quotes_for_article(article_id: str, text: str, paragraphs=None, *, actors: Actors | None = None) -> list[dict]:
    """One article's text (+ paragraph spans (start, end, kind)) -> list of quote rows (QUOTE_COLUMNS)."""
    text = text or ""
    if paragraphs is None:
        paragraphs = _default_paragraphs(text)
    reading = ArticleReading(text)      # the article lower-cased once (quotes.reading)
    raws: list[Raw] = []
    for pidx, (a, b, kind) in enumerate(paragraphs):
        a, b = max(0, int(a)), min(len(text), int(b))
        if b <= a:
            continue
        mt = _DATE_PREFIX.match(text[a:b]) if text[a] == "d" or text[a].isspace() else None    # (its first character)
        if mt:
            a += mt.end()
            kind = "body" if text[a:b].rstrip().endswith(".") else "headline"
        mt = _DATELINE.match(text, a, b) if text[a:a + 1].isupper() else None
        if mt:          # 'RAFAH, Gaza Strip (AP) — ': the dateline is not the lead's content
            a = mt.end()
        para = text[a:b]
        if not _is_prose(para, kind):
            continue
        try:
            _analyse_paragraph(para, a, pidx, raws, reading.paragraph_low(a, b))
        except RecursionError:  # pragma: no cover - pathological input
            continue
    raws = _join_continuations(text, paragraphs, raws)
    view = actors.for_article(article_id, text, lowered=reading.low) if actors is not None else None
    return _resolve(article_id, text, raws, view, lowered=reading.low)



def extract_quotes(corpus, *, actors: Actors | None = None) -> pd.DataFrame:
    """Corpus -> one row per attributed statement (QUOTE_COLUMNS).

    `corpus` has `articles` (article_id, text) and optionally `paragraphs` (article_id, start, end, kind).
    """
    articles = corpus.articles
    paras_by_article: dict[str, list] = {}
    paragraphs = getattr(corpus, "paragraphs", None)
    if paragraphs is not None and len(paragraphs):
        kinds = paragraphs["kind"].tolist() if "kind" in paragraphs.columns else ["body"] * len(paragraphs)
        for aid, a, b, kind in zip(paragraphs["article_id"].tolist(), paragraphs["start"].tolist(),
                                   paragraphs["end"].tolist(), kinds):      # plain lists: Arrow-backed iteration is slow
            paras_by_article.setdefault(aid, []).append((int(a), int(b), str(kind)))
    rows: list[dict] = []
    for aid, text in zip(articles["article_id"].tolist(), articles["text"].tolist()):
        text = text if isinstance(text, str) else ""
        paras = paras_by_article.get(aid)
        if paras is not None:
            paras.sort()
        rows.extend(quotes_for_article(str(aid), text, paras, actors=actors))
    return to_frame(rows)


def clear_caches() -> None:
    """Forget every memoised name, token and side (for benchmarks on repeated articles, and tests)."""
    for fn in (_strip_titles, _full_name, _tokens, _gender, fold, name_key, _phrase_head, _classify_phrase, _keyed_name, _role_of):
        fn.cache_clear()


def to_frame(rows: list[dict]) -> pd.DataFrame:
    """Quote rows -> DataFrame with exactly QUOTE_COLUMNS and their dtypes.

    Each row is read once (the rows of a large corpus are spread over memory) and each column is built
    typed: a frame of objects cast with `astype` took twice as long on a small corpus.
    """
    columns = zip(*map(itemgetter(*QUOTE_COLUMNS), rows)) if rows else [()] * len(QUOTE_COLUMNS)
    return pd.DataFrame({col: pd.array(list(values), dtype=dtype)
                         for (col, dtype), values in zip(QUOTE_COLUMNS.items(), columns)})
