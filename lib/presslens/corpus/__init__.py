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
    _control_share,
    _CONTROL_BYTES,
    _pick,
    _meta,
    COLUMN_KEYS,
    parse_columns,
    _mapped,
    read_file,
    _read_html,
    _record_doc,
    _read_json,
    _read_jsonl,
    _read_csv,
    iter_files,
)
from .rules import (  # noqa: F401
    Rules,
    load_rules,
    _search_lines,
    _lines_holding,
)
from .sentences import (  # noqa: F401
    ABBREVIATIONS,
    _punkt,
    _QUOTE_RE,
    _quote_spans,
    _CANDIDATE,
    _ABBREV,
    _plain_spans,
    split_sentences,
)
from .dates import (  # noqa: F401
    MONTHS,
    _MON,
    DATE_PATTERNS,
    HEADER,
    BYLINE_DATE,
    DATELINE,
    WEEKDAY_DATE,
    _to_date,
    parse_date,
    _first_date,
    find_date,
)
from .outlets import (  # noqa: F401
    _COPYRIGHT_NAME,
    _ENTITLES,
    _outlet_name,
    _CHROME_SKIP,
    outlet_from_chrome,
    infer_outlet,
    _OWNER_TAIL,
    _owner,
    unlisted_outlet,
)
from .wires import (  # noqa: F401
    _UPPER,
    WIRE_DATELINE,
    DATELINE_CHARS,
    WIRE_SIGNOFF,
    WIRE_LIST,
    find_wires,
)
from .cleaning import (  # noqa: F401
    _TERMINAL,
    _INNER_BOUNDARY,
    _CAPTION,
    _more_words_than,
    paragraph_kind,
    _NONE,
    classify_lines,
    _first_line_rule,
    clean_article,
    _clean_batch,
)
from .load import (  # noqa: F401
    wire_groups,
    read_manifest,
    _warn,
    _chunks,
    open_inputs,
    read_listed,
    load_corpus,
    TABLE_CHUNK,
    _collect,
    _tables,
    _unique_ids,
)
