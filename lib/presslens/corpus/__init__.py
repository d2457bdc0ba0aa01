"""Load a folder of news articles into tidy tables: articles, paragraphs, sentences, removed lines, ingest log.

The flow, per input file:  read bytes -> decode (UTF-8, else detected encoding with a warning) ->
split into records (one per .txt/.html file, one per JSONL line or CSV row) -> `clean_article`, a pure
function of one record (boilerplate removal, metadata, paragraphs, sentences) -> corpus-level steps
that need every article (duplicate texts, wire groups).  Nothing is dropped silently: every removed
line is in `removed`, every input in `ingest_log`.

    corpus = load_corpus("seeds/")
    corpus.articles[["article_id", "outlet", "published"]]
"""

from __future__ import annotations

from .tables import (  # noqa: F401
    ARTICLE_COLUMNS,
    PARAGRAPH_COLUMNS,
    SENTENCE_COLUMNS,
    REMOVED_COLUMNS,
    INGEST_COLUMNS,
    PARAGRAPH_SEP,
    Corpus,
)
from .reading import (  # noqa: F401
    SUPPORTED,
    TEXT_COLUMNS,
    META_COLUMNS,
    InputError,
    RawDoc,
    decode,
    COLUMN_KEYS,
    parse_columns,
    read_file,
    iter_files,
)
from .rules import (  # noqa: F401
    Rules,
    load_rules,
)
from .sentences import (  # noqa: F401
    ABBREVIATIONS,
    split_sentences,
)
from .dates import (  # noqa: F401
    MONTHS,
    DATE_PATTERNS,
    HEADER,
    BYLINE_DATE,
    DATELINE,
    WEEKDAY_DATE,
    parse_date,
    find_date,
)
from .outlets import (  # noqa: F401
    outlet_from_chrome,
    infer_outlet,
    unlisted_outlet,
)
from .wires import (  # noqa: F401
    WIRE_DATELINE,
    DATELINE_CHARS,
    WIRE_SIGNOFF,
    WIRE_LIST,
    find_wires,
)
from .cleaning import (  # noqa: F401
    paragraph_kind,
    classify_lines,
    clean_article,
)
from .load import (  # noqa: F401
    wire_groups,
    read_manifest,
    open_inputs,
    read_listed,
    load_corpus,
    TABLE_CHUNK,
)
