"""Run-all: build the tables once, execute every notebook with papermill, render standalone HTML.

    seeds/ -> outputs/data/<digest>/ (Parquet) -> outputs/notebooks/ (executed) -> outputs/reports/ (HTML)

    tables = build_tables("seeds/")
    tables.filter(outlets=["News18"]).corpus.articles
"""

from __future__ import annotations

from .cache import (  # noqa: F401
    _SKIP_NAMES,
    _files,
    _hash_files,
    DISPLAY_ONLY,
    library_fingerprint,
    registry_path,
    corpus_digest,
)
from .tables import (  # noqa: F401
    CORPUS_TABLES,
    EXTRACTED,
    _replace_tables,
    _atomic_parquet,
    TableStore,
    _STORES,
    Tables,
    pq_text,
    _as_date,
    build_tables,
)
from .parameters import (  # noqa: F401
    COMMON_PARAMETERS,
    PATH_PARAMETERS,
    parse_value,
    _plain,
    resolve_parameters,
    _check_parameter_names,
)
from .html_export import (  # noqa: F401
    TEMPLATE,
    notebook_title,
    _contents,
    _datatables_bundle,
    _ATTRS,
    _TAG,
    _ATTR,
    _FOCUSABLE,
    NO_ALT,
    _accessible,
    _report_exporter,
    render_html,
    _MarkupAudit,
    SAFE_SCRIPT_TYPES,
    unsafe_markup,
    _error_page,
)
from .notebooks import (  # noqa: F401
    IOPUB_TIMEOUT,
    find_notebooks,
    _cell_label,
    execute_one,
    longest_first,
    _check_kernel,
)
from .records import (  # noqa: F401
    REPORT_PACKAGES,
    package_versions,
    write_index,
    _write_records,
)
from .suite import (  # noqa: F401
    no_articles_reason,
    _log,
    run_all,
    _coverage_child,
    _start_coverage,
    _coverage_result,
    _warm_up,
    _run_suite,
    _suite_tables,
    _notebook_jobs,
    _execute_notebooks,
    _said_results,
)
