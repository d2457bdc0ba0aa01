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
    Label,
    Lexicons,
    load_lexicons,
    lexicons_for,
)
from .voice import (  # noqa: F401
    quote_mark_spans,
)
from .labels import (  # noqa: F401
    LABEL_COLUMNS,
    find_labels,
)
from . import frames  # noqa: F401  (its names are private: import them from the module)
from .hedges import (  # noqa: F401
    find_verification,
)
from .wire_share import (  # noqa: F401
    wire_credits,
    wire_paragraphs,
    classify_removed,
)
from .tone import (  # noqa: F401
    tone_sentences,
)
from .counts import (  # noqa: F401
    Counts,
    article_counts,
    scan_counts,
)
from .profiles import (  # noqa: F401
    MEASURES,
    MIN_COUNTS,
    measures,
    outlet_profile,
    article_profile,
    summary,
    label_use,
    quoted_only,
)
