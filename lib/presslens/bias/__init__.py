"""Per-outlet and per-article source-bias profiles: voice, wording, hedging, sourcing, wire share.

Every measure is a ratio of two counts summed over articles (statements by a side / all
statements, label uses / words, ...), so one machinery gives counts, rates and bootstrap
intervals over articles for all of them. docs/methodology.md defines each one.

    >>> import presslens
    >>> corpus = presslens.load_corpus("seeds/")
    >>> labels = find_labels(corpus)                          # one row per name used for a side
    >>> table = measures(corpus, quotes=None, claims=None)    # tidy: outlet x measure x side x item
    >>> profile = presslens.outlet_profile(corpus, None, None)  # one wide row per outlet
"""

from __future__ import annotations

from .lexicon import (  # noqa: F401
    DEFAULT_CONFLICT,
    BASE_LEXICON,
    HEDGES,
    LABELS_DIR,
    _SPACE,
    _compile,
    _FOLD_FIXES,
    _REQUIRED,
    _LOWERED,
    _required_literal,
    _may_match,
    _hits,
    Label,
    Lexicons,
    _label_path,
    load_lexicons,
    lexicons_for,
    _registry_lexicons,
    _literal_pattern,
    _cue_pattern,
    _verification_cues,
    _load_lexicons,
    _lexicons_from,
)
from .voice import (  # noqa: F401
    _QUOTE_SPAN_COLUMNS,
    _OPEN_D,
    _CLOSE_D,
    _AMBIG_D,
    quote_mark_spans,
    _QUOTE_CHARS,
    _para_quote_spans,
    _texts,
    _quote_spans,
    _voice_of,
)
from .labels import (  # noqa: F401
    LABEL_COLUMNS,
    _CONTEXT,
    _context_patterns,
    _match_labels,
    find_labels,
    _table,
)
from .frames import (  # noqa: F401
    _outlets,
    _filled,
)
from .hedges import (  # noqa: F401
    find_verification,
    _sentence_start,
)
from .wire_share import (  # noqa: F401
    wire_credits,
    wire_paragraphs,
    classify_removed,
)
from .tone import (  # noqa: F401
    _vader,
    tone_sentences,
)
from .counts import (  # noqa: F401
    _counts_dense,
    _Spec,
    Counts,
    _grouped,
    _BY_SIDE,
    _sparse_counts,
    article_counts,
    _statement_specs,
    _claim_specs,
    _verification_specs,
    _label_specs,
    _wire_spec,
    _nonnews_specs,
    _tone_parts,
    _dense_counts,
    scan_counts,
    _EmptyCorpus,
    _merged,
)
from .profiles import (  # noqa: F401
    MEASURES,
    MIN_COUNTS,
    _measures_sparse,
    _bootstrap,
    measures,
    _groups,
    _finish,
    _slug,
    _wide,
    _base,
    _profile,
    outlet_profile,
    article_profile,
    _cell,
    summary,
    label_use,
    quoted_only,
)
