"""Run-all: build the tables once, execute every notebook with papermill, render standalone HTML.

    seeds/ -> outputs/data/<digest>/ (Parquet) -> outputs/notebooks/ (executed) -> outputs/reports/ (HTML)

    tables = build_tables("seeds/")
    tables.filter(outlets=["News18"]).corpus.articles
"""

from __future__ import annotations

from .cache import (  # noqa: F401
    DISPLAY_ONLY,
    library_fingerprint,
    registry_path,
    corpus_digest,
)
from .tables import (  # noqa: F401
    CORPUS_TABLES,
    EXTRACTED,
    TableStore,
    Tables,
    pq_text,
    build_tables,
)
from .parameters import (  # noqa: F401
    COMMON_PARAMETERS,
    PATH_PARAMETERS,
    parse_value,
    resolve_parameters,
)
from .html_export import (  # noqa: F401
    TEMPLATE,
    notebook_title,
    NO_ALT,
    render_html,
    SAFE_SCRIPT_TYPES,
    unsafe_markup,
)
from .notebooks import (  # noqa: F401
    IOPUB_TIMEOUT,
    find_notebooks,
    execute_one,
    longest_first,
)
from .records import (  # noqa: F401
    REPORT_PACKAGES,
    package_versions,
    write_index,
)
from .suite import (  # noqa: F401
    no_articles_reason,
    run_all,
)
