"""The reports' aggregates, read through DuckDB from the partitioned Parquet dataset `presslens run` builds.

A notebook that needs counts asks for counts: each function here is one SQL query over the table folders
(`outputs/data/<digest>/dataset/<table>.parquet/part-*.parquet`), restricted to the notebook's filter
(outlets, dates), reading only the columns it names. Nothing here loads the article texts, paragraphs or
sentences into pandas unless a function says so (`articles_for`: the texts of a few articles, for evidence).

    tables = presslens.run.build_tables("seeds/")
    queries.outlets(tables)               # = report.outlet_overview(tables.corpus), without loading the corpus
    queries.sql(tables, "SELECT outlet, count(*) AS n FROM articles GROUP BY 1")

Views a query can use: `articles`, `paragraphs`, `sentences`, `removed`, `ingest_log`, `quotes`, `claims`
(inside the filter) and `all_articles`, `all_paragraphs` ... (the whole corpus). Every function returns what
the report function it stands for returns on the same tables (tests/test_queries.py compares them).
"""
from __future__ import annotations

import dataclasses
import tempfile
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd

#: DuckDB's memory limit per kernel (SET memory_limit)
DUCKDB_MEMORY_LIMIT = "256MB"
TABLES = ("articles", "paragraphs", "sentences", "removed", "ingest_log", "quotes", "claims")
#: an outlet as the reports name it: missing or empty -> 'unknown' (report.frames._fill)
OUTLET = "coalesce(nullif(a.outlet, ''), 'unknown')"

_CONNECTIONS: dict[tuple, object] = {}
_LOCK = threading.Lock()


def _dataset(tables) -> Path:
    tables.store.corpus()  # built (or found) first
    return Path(tables.store.folder) / "dataset"


def _parts(folder: Path, name: str) -> list[str]:
    return [str(p) for p in sorted((folder / f"{name}.parquet").glob("part-*.parquet"))]


def _quote(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def _scan(files: list[str]) -> str:
    return "read_parquet([" + ", ".join(_quote(f) for f in files) + "])"


def _filter_sql(tables) -> str:
    """The notebook filter (Tables.article_ids) as a WHERE clause on all_articles."""
    conds = []
    if tables.outlets is not None:
        names = [o for o in tables.outlets]
        inlist = "(" + ", ".join(_quote(o) for o in names) + ")" if names else "(NULL)"
        conds.append(f"(outlet IN {inlist}" + (" OR outlet IS NULL)" if "unknown" in names else ")"))
    if tables.date_from is not None or tables.date_to is not None:
        conds.append("published IS NOT NULL")
        if tables.date_from is not None:
            conds.append(f"published >= TIMESTAMP {_quote(tables.date_from.isoformat())}")
        if tables.date_to is not None:
            conds.append(f"published <= TIMESTAMP {_quote(tables.date_to.isoformat())}")
    return " AND ".join(conds) or "TRUE"


def connect(tables):
    """A DuckDB connection with the dataset's tables as views, filtered as `tables` is (cached per filter)."""
    import duckdb

    folder = _dataset(tables)
    key = (str(folder), tables.outlets, tables.date_from, tables.date_to)
    with _LOCK:
        con = _CONNECTIONS.get(key)
        if con is not None:
            return con
        con = duckdb.connect()
        con.execute("SET threads TO 1")  # notebooks run two at a time on a shared machine
        con.execute("SET preserve_insertion_order = true")
        # a kernel's DuckDB keeps at most this much in memory (joins and sorts beyond it spill to a temporary
        # folder): at 10^5 articles its buffers otherwise stay at ~0.6 GB after one join over the sentences
        con.execute(f"SET memory_limit = '{DUCKDB_MEMORY_LIMIT}'")
        con.execute(f"SET temp_directory = {_quote(str(Path(tempfile.gettempdir()) / 'presslens-duckdb'))}")
        for name in TABLES:
            files = _parts(folder, name)
            if not files:
                continue
            con.execute(f"CREATE VIEW all_{name} AS SELECT * FROM {_scan(files)}")
        where = _filter_sql(tables)
        con.execute(f"CREATE VIEW articles AS SELECT * FROM all_articles WHERE {where}")
        con.execute("CREATE VIEW article_ids AS SELECT article_id FROM articles")
        for name in ("paragraphs", "sentences", "removed", "quotes", "claims"):
            if not _parts(folder, name):
                continue
            if where == "TRUE":
                con.execute(f"CREATE VIEW {name} AS SELECT * FROM all_{name}")
            else:
                con.execute(f"CREATE VIEW {name} AS SELECT * FROM all_{name} WHERE article_id IN (SELECT article_id FROM article_ids)")
        if where == "TRUE":
            con.execute("CREATE VIEW ingest_log AS SELECT * FROM all_ingest_log")
        else:  # as Tables.corpus narrows it: by article id
            con.execute("CREATE VIEW ingest_log AS SELECT * FROM all_ingest_log WHERE article_id IN "
                        "(SELECT article_id FROM article_ids)")
        _CONNECTIONS[key] = con
        return con


def sql(tables, query: str, params: Sequence | None = None) -> pd.DataFrame:
    """A SQL query over the dataset's views (see the module doc) -> DataFrame."""
    con = connect(tables)
    with _LOCK:
        return con.execute(query, params or []).df()


def scalar(tables, query: str, params: Sequence | None = None):
    con = connect(tables)
    with _LOCK:
        rows = con.execute(query, params or []).fetchall()
    return rows[0][0] if rows else None


def count(tables, name: str, where: str = "") -> int:
    """Rows of one table inside the filter (that meet a SQL condition `where`)."""
    return int(scalar(tables, f"SELECT count(*) FROM {name}" + (f" WHERE {where}" if where else "")))


def frame(tables, name: str, columns: Sequence[str] | None = None, *, where: str = "", order: str = "",
          limit: int | None = None) -> pd.DataFrame:
    """Some columns (None: all) of one table inside the filter, in corpus order unless `order`, at most `limit`
    rows, typed as the library types them (pandas)."""
    cols = ", ".join(f'"{c}"' for c in columns) if columns else "*"
    out = sql(tables, f"SELECT {cols} FROM {name}" + (f" WHERE {where}" if where else "") +
              (f" ORDER BY {order}" if order else "") + (f" LIMIT {int(limit)}" if limit is not None else ""))
    return _typed(out, name)


def _typed(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    from .stream import SCHEMAS, _extracted_schema
    schema = SCHEMAS.get(name) or _extracted_schema(name) or {}
    return frame.astype({c: t for c, t in schema.items() if c in frame.columns})


# --------------------------------------------------------------------------------------------- slim corpora

@dataclasses.dataclass(frozen=True)
class Slim:
    """A corpus holding only some tables and columns (read through `frame`); a table not asked for is missing
    (AttributeError), never silently empty."""

    articles: pd.DataFrame
    paragraphs: pd.DataFrame | None = None
    sentences: pd.DataFrame | None = None
    removed: pd.DataFrame | None = None
    ingest_log: pd.DataFrame | None = None

    def __getattribute__(self, name):
        value = object.__getattribute__(self, name)
        if value is None and name in ("paragraphs", "sentences", "removed", "ingest_log"):
            raise AttributeError(f"{name}: not read for this slim corpus (presslens.queries)")
        return value


def articles_for(tables, ids: Iterable[str], *, columns: Sequence[str] = ("article_id", "outlet", "published",
                                                                         "headline", "url", "text")) -> Slim:
    """The articles with these ids (with their texts): the few a report's evidence rows need."""
    ids = sorted({str(i) for i in ids})
    con = connect(tables)
    cols = ", ".join(f'"{c}"' for c in columns)
    with _LOCK:
        con.register("_wanted", pd.DataFrame({"article_id": pd.Series(ids, dtype="object")}))
        try:
            out = con.execute(f"SELECT {cols} FROM articles WHERE article_id IN (SELECT article_id FROM _wanted)").df()
        finally:
            con.unregister("_wanted")
    return Slim(_typed(out, "articles"))


def tally_corpus(tables, claims: pd.DataFrame) -> Slim:
    """What presslens.tally reads of the corpus, and only that: article outlets and dates, the wire paragraphs'
    spans, and the one sentence each claim stands in (the last sentence starting at or before it)."""
    arts = frame(tables, "articles", ["article_id", "outlet", "published"])
    paras = frame(tables, "paragraphs", ["article_id", "para_idx", "start", "end", "wire_group"],
                  where="wire_group IS NOT NULL")
    con = connect(tables)
    with _LOCK:
        con.register("_claims", claims[["article_id", "start"]].dropna().astype({"start": "int64"}))
        try:
            # the ASOF join on the keys only, then the texts of the sentences it found (the join holds no text)
            sents = con.execute(
                "WITH k AS (SELECT DISTINCT s.article_id, s.start FROM _claims c ASOF JOIN "
                "(SELECT article_id, start FROM sentences) s ON c.article_id = s.article_id AND c.start >= s.start) "
                "SELECT s.article_id, s.start, s.text FROM sentences s SEMI JOIN k "
                "ON s.article_id = k.article_id AND s.start = k.start ORDER BY s.article_id, s.start").df()
        finally:
            con.unregister("_claims")
    return Slim(arts, paragraphs=paras, sentences=_typed(sents, "sentences"))


# --------------------------------------------------------------------------------------------- checks

def spans_inside(tables, name: str) -> bool:
    """report.spans_inside over a whole table: every row's [start, end) lies inside its article's text."""
    bad = scalar(tables, f"""SELECT count(*) FROM {name} t LEFT JOIN (SELECT article_id, length(text) AS n
                              FROM articles) a USING (article_id)
                              WHERE NOT coalesce(t.start >= 0 AND t.start <= t."end" AND t."end" <= a.n, FALSE)""")
    return int(bad) == 0


def values(tables, name: str, column: str) -> set[str]:
    """The distinct non-missing values of one column."""
    return set(sql(tables, f'SELECT DISTINCT CAST("{column}" AS VARCHAR) AS v FROM {name} WHERE "{column}" IS NOT NULL')["v"])


# --------------------------------------------------------------------------------------------- 01 corpus

def outlets(tables) -> pd.DataFrame:
    """report.outlet_overview as one query: articles, words, median words, first and last date, wire-credited
    articles, paragraphs and shared paragraphs per outlet, and the wire share."""
    out = sql(tables, f"""
        WITH a AS (SELECT article_id, {OUTLET} AS outlet, n_words, published, wire FROM articles a),
             p AS (SELECT a.outlet, count(*) AS paragraphs, count(p.wire_group) AS shared_paragraphs
                   FROM paragraphs p JOIN a USING (article_id) GROUP BY a.outlet)
        SELECT a.outlet, count(*) AS articles, sum(n_words) AS words, median(n_words) AS median_words,
               CAST(min(published) AS DATE) AS first, CAST(max(published) AS DATE) AS last,
               count(wire) AS wire_credited, coalesce(any_value(p.paragraphs), 0) AS paragraphs,
               coalesce(any_value(p.shared_paragraphs), 0) AS shared_paragraphs
        FROM a LEFT JOIN p USING (outlet) GROUP BY a.outlet ORDER BY a.outlet""")
    if out.empty:
        return out.assign(wire_share=pd.Series(dtype="float64")).set_index("outlet")
    out = out.astype({"articles": "int64", "words": "int64", "median_words": "float64", "wire_credited": "int64",
                      "paragraphs": "int64", "shared_paragraphs": "int64"})
    for col in ("first", "last"):
        out[col] = [None if pd.isna(v) else pd.Timestamp(v).date() for v in out[col]]
    out["wire_share"] = (out["shared_paragraphs"] / out["paragraphs"].where(out["paragraphs"] > 0)).round(3)
    return out.set_index("outlet").sort_values("articles", ascending=False)  # as report.outlet_overview sorts


def articles_by_date(tables) -> pd.DataFrame:
    """Articles per publication day and outlet: day (a date, or None), outlet, articles."""
    out = sql(tables, f"""SELECT CAST(published AS DATE) AS day, {OUTLET} AS outlet, count(*) AS articles
                         FROM articles a GROUP BY ALL ORDER BY day NULLS LAST, outlet""")
    out["day"] = [None if pd.isna(v) else pd.Timestamp(v).date() for v in out["day"]]
    return out


def article_lengths(tables) -> pd.DataFrame:
    """Per article: words and the share of its characters in paragraphs shared with another article
    (what report.chart_words draws)."""
    return sql(tables, """
        WITH p AS (SELECT article_id, sum(greatest("end" - start, 0)) AS n,
                          sum(CASE WHEN wire_group IS NOT NULL THEN greatest("end" - start, 0) ELSE 0 END) AS shared
                   FROM paragraphs GROUP BY article_id)
        SELECT a.article_id, a.n_words, coalesce(p.shared / nullif(p.n, 0), 0.0) AS wire_share
        FROM articles a LEFT JOIN p USING (article_id)""")


def articles_table(tables) -> pd.DataFrame:
    """report.articles_table without the texts: one row per article, by date."""
    cols = ["article_id", "outlet", "outlet_source", "published", "date_source", "headline", "n_words",
            "n_paragraphs", "wire"]
    out = frame(tables, "articles", cols)
    out["published"] = pd.to_datetime(out["published"], errors="coerce").dt.date
    return out.sort_values(["published", "article_id"], na_position="last").reset_index(drop=True)


def wire_groups(tables, *, whole: bool = False) -> pd.DataFrame:
    """report.wire_groups as one query: per wire group its paragraphs, outlets, articles and opening words."""
    p, a = ("all_paragraphs", "all_articles") if whole else ("paragraphs", "articles")
    out = sql(tables, f"""
        SELECT p.wire_group, count(*) AS paragraphs,
               string_agg(DISTINCT {OUTLET}, ', ' ORDER BY {OUTLET}) AS outlets,
               string_agg(DISTINCT p.article_id, ', ' ORDER BY p.article_id) AS articles,
               left(CAST(first(p.text ORDER BY p.rowid) AS VARCHAR), 160) AS text
        FROM (SELECT *, row_number() OVER () AS rowid FROM {p} WHERE wire_group IS NOT NULL) p
        LEFT JOIN {a} a USING (article_id)
        GROUP BY p.wire_group ORDER BY paragraphs DESC, p.wire_group""")
    if out.empty:
        return pd.DataFrame(columns=["wire_group", "paragraphs", "outlets", "articles", "text"])
    return out.astype({"paragraphs": "int64"})


def wire_groups_single(tables) -> int:
    """Wire groups of the whole corpus that hold paragraphs of one article only (should be none)."""
    return int(scalar(tables, """SELECT count(*) FROM (SELECT wire_group FROM all_paragraphs
                                 WHERE wire_group IS NOT NULL GROUP BY 1 HAVING count(DISTINCT article_id) < 2)"""))


def removed_summary(tables) -> pd.DataFrame:
    """report.removed_summary as one query: removed lines per outlet and kind, with totals."""
    key = "kind" if scalar(tables, "SELECT count(kind) FROM removed") else "rule"
    counts = sql(tables, f"""SELECT {OUTLET} AS outlet, coalesce(nullif(CAST(r.{key} AS VARCHAR), ''), 'unknown') AS key,
                             count(*) AS n FROM removed r LEFT JOIN articles a USING (article_id) GROUP BY ALL""")
    if counts.empty:
        return pd.DataFrame(columns=["outlet"])
    table = counts.pivot_table(index="outlet", columns="key", values="n", aggfunc="sum", fill_value=0, margins=True,
                               margins_name="total")
    table = table.astype("int64")
    table.columns.name = key
    return table


def removed_lines(tables, *, max_chars: int = 140) -> pd.DataFrame:
    """report.removed_lines: every removed line with its outlet and rule (shortened)."""
    out = sql(tables, f"""SELECT r.article_id, {OUTLET} AS outlet, r.line_no, r.line, r.rule, r.kind
                         FROM (SELECT *, row_number() OVER () AS rn FROM removed) r LEFT JOIN articles a USING (article_id)
                         ORDER BY r.rn""")
    out["line"] = out["line"].astype("object").map(lambda s: s if len(str(s)) <= max_chars else str(s)[:max_chars - 1] + "…")
    return out


def removed_in_text(tables) -> int:
    """Removed lines that survive as a whole paragraph of their article (report.removed_not_in_text: none)."""
    return int(scalar(tables, """SELECT count(*) FROM removed r JOIN paragraphs p
                                 ON r.article_id = p.article_id AND trim(CAST(r.line AS VARCHAR)) = trim(CAST(p.text AS VARCHAR))"""))


def ingest_problems(tables) -> pd.DataFrame:
    """Ingest-log rows that are not plain `ok`."""
    return frame(tables, "ingest_log", ["path", "article_id", "status", "reason"], where="status <> 'ok'")


def corpus_numbers(tables) -> dict:
    """The numbers findings.corpus states, in a few queries."""
    a = sql(tables, """SELECT count(*) AS n, count(outlet) AS named, count(DISTINCT outlet) AS outlets,
                       min(published) AS first, max(published) AS last, count(published) AS dated,
                       count(wire) AS credited, median(n_words) AS median, min(n_words) AS shortest,
                       max(n_words) AS longest, sum(n_words) AS words FROM articles""").iloc[0].to_dict()
    p = sql(tables, "SELECT count(*) AS paragraphs, count(wire_group) AS shared FROM paragraphs").iloc[0].to_dict()
    top = sql(tables, "SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL GROUP BY 1 ORDER BY n DESC, outlet LIMIT 2")
    key = "kind" if scalar(tables, "SELECT count(kind) FROM removed") else "rule"
    r = sql(tables, "SELECT count(*) AS lines, count(DISTINCT article_id) AS articles FROM removed").iloc[0].to_dict()
    kinds = sql(tables, f"""SELECT coalesce(nullif(CAST({key} AS VARCHAR), ''), 'unknown') AS kind, count(*) AS n
                           FROM (SELECT *, row_number() OVER () AS rn FROM removed)
                           GROUP BY 1 ORDER BY n DESC, min(rn)""")  # ties: the first seen, as value_counts
    log = sql(tables, "SELECT status, count(*) AS n FROM ingest_log GROUP BY 1")
    return {"articles": a, "paragraphs": p, "top_outlets": top, "removed": r, "removed_kinds": kinds,
            "ingest": dict(zip(log["status"], log["n"].astype(int)))}


# --------------------------------------------------------------------------------------------- 03 quotes

_SIDE = "coalesce(nullif(CAST(speaker_side AS VARCHAR), ''), 'unknown')"
_KIND = "coalesce(nullif(CAST(kind AS VARCHAR), ''), 'unknown')"


def voice_by_side(tables) -> pd.DataFrame:
    """report.voice_by_side as queries: statements per speaker side by kind, share, speakers, anonymous."""
    from .report import KIND_COLOURS
    counts = sql(tables, f"SELECT {_SIDE} AS speaker_side, {_KIND} AS kind, count(*) AS n FROM quotes GROUP BY ALL")
    if counts.empty:
        return pd.DataFrame(columns=["statements", "share"])
    table = counts.pivot_table(index="speaker_side", columns="kind", values="n", aggfunc="sum", fill_value=0)
    table = table[[k for k in KIND_COLOURS if k in table.columns] + [k for k in table.columns if k not in KIND_COLOURS]]
    table.columns.name = "kind"
    table = table.astype("int64")
    table["statements"] = table.sum(axis=1)
    table["share"] = (table["statements"] / table["statements"].sum()).round(3)
    per = sql(tables, f"""SELECT {_SIDE} AS speaker_side, count(DISTINCT speaker) AS speakers,
                          count(*) FILTER (WHERE anonymous) AS anonymous FROM quotes GROUP BY 1""").set_index("speaker_side")
    table["speakers"] = per["speakers"].astype("int64")
    table["anonymous"] = per["anonymous"].astype(int)
    return table.sort_values("statements", ascending=False)


def side_by_outlet(tables) -> pd.DataFrame:
    """report.side_by_outlet as one query: statements per outlet and speaker side, with totals."""
    counts = sql(tables, f"""SELECT {OUTLET} AS outlet, {_SIDE} AS speaker_side, count(*) AS n
                            FROM quotes q LEFT JOIN articles a USING (article_id) GROUP BY ALL""")
    if counts.empty:
        return pd.DataFrame()
    table = counts.pivot_table(index="outlet", columns="speaker_side", values="n", aggfunc="sum", fill_value=0,
                               margins=True, margins_name="total").astype("int64")
    table.columns.name = "speaker side"
    return table


def top_speakers(tables, *, n: int = 15) -> pd.DataFrame:
    """report.top_speakers as one query: the n most-quoted speakers with side (most frequent), role, kinds,
    anonymity and outlets."""
    out = sql(tables, f"""
        WITH q AS (SELECT q.*, {OUTLET} AS outlet FROM quotes q LEFT JOIN articles a USING (article_id)
                   WHERE speaker IS NOT NULL),
             sides AS (SELECT speaker, speaker_side, count(*) AS k, min(rn) AS first FROM
                       (SELECT speaker, speaker_side, row_number() OVER () AS rn FROM q) WHERE speaker_side IS NOT NULL
                       GROUP BY ALL),
             side AS (SELECT speaker, arg_min(speaker_side, (-k, speaker_side)) AS side FROM sides GROUP BY speaker),
             roles AS (SELECT speaker, first(speaker_role ORDER BY rn) AS role FROM
                       (SELECT speaker, speaker_role, row_number() OVER () AS rn FROM q)
                       WHERE speaker_role IS NOT NULL AND speaker_role <> '' GROUP BY speaker)
        SELECT q.speaker, coalesce(any_value(side.side), 'unknown') AS side, coalesce(any_value(roles.role), '') AS role,
               count(*) AS statements, count(*) FILTER (WHERE kind = 'direct') AS direct,
               count(*) FILTER (WHERE kind = 'indirect') AS indirect, count(*) FILTER (WHERE kind = 'mixed') AS mixed,
               coalesce(bool_or(anonymous), FALSE) AS anonymous,
               string_agg(DISTINCT outlet, ', ' ORDER BY outlet) AS outlets
        FROM q LEFT JOIN side USING (speaker) LEFT JOIN roles USING (speaker)
        GROUP BY q.speaker ORDER BY statements DESC, direct DESC, q.speaker LIMIT {int(n)}""")
    if out.empty:
        return pd.DataFrame(columns=["speaker", "side", "role", "statements", "direct", "indirect", "mixed",
                                     "anonymous", "outlets"])
    return out.astype({"statements": "int64", "direct": "int64", "indirect": "int64", "mixed": "int64",
                       "anonymous": bool})


def quote_numbers(tables) -> dict:
    """The numbers findings.quotes states."""
    q = sql(tables, """SELECT count(*) AS n, count(DISTINCT speaker) AS speakers, count(DISTINCT article_id) AS articles,
                       count(*) FILTER (WHERE kind = 'direct') AS direct,
                       count(*) FILTER (WHERE anonymous) AS anonymous FROM quotes""").iloc[0].to_dict()
    q["n_articles"] = count(tables, "articles")
    return q


def side_share_by_outlet(tables, side: str) -> pd.Series:
    """Per outlet: the share of its statements whose speaker side is `side` (findings.quotes' spread)."""
    out = sql(tables, f"""SELECT {OUTLET} AS outlet, avg(CASE WHEN {_SIDE} = ? THEN 1.0 ELSE 0.0 END) AS share
                          FROM quotes q LEFT JOIN articles a USING (article_id) GROUP BY 1 ORDER BY 1""", [side])
    return out.set_index("outlet")["share"]


def anonymous_sources(tables) -> pd.DataFrame:
    """report.anonymous_sources as one query."""
    return sql(tables, f"""SELECT q.quote_id, {OUTLET} AS outlet, q.speaker, q.speaker_side, q.kind, q.cue, q.text
                          FROM quotes q LEFT JOIN articles a USING (article_id) WHERE q.anonymous""")


class Download:
    """A whole table written as CSV by DuckDB (never in pandas): what report.present links to."""

    def __init__(self, tables, query: str, n_rows: int | None = None, n_columns: int | None = None):
        self.tables, self.query = tables, query
        self._rows, self._cols = n_rows, n_columns

    def __len__(self) -> int:
        if self._rows is None:
            self._rows = int(scalar(self.tables, f"SELECT count(*) FROM ({self.query})"))
        return self._rows

    @property
    def columns(self) -> list[str]:
        return list(sql(self.tables, f"SELECT * FROM ({self.query}) LIMIT 0").columns)

    def write_csv(self, path: str | Path) -> None:
        con = connect(self.tables)
        with _LOCK:
            con.execute(f"COPY ({self.query}) TO {_quote(str(path))} (HEADER, DELIMITER ',')")


def table(tables, name: str) -> Download:
    """One whole table inside the filter, for download."""
    return Download(tables, f"SELECT * FROM {name}")


# --------------------------------------------------------------------------------------------- 04 bias

#: the quote and claim columns presslens.bias reads (article_counts, outlet_profile): no texts
BIAS_QUOTE_COLUMNS = ["quote_id", "article_id", "speaker", "speaker_id", "speaker_side", "kind", "cue_type", "start",
                      "end", "anonymous"]
BIAS_CLAIM_COLUMNS = ["claim_id", "article_id", "claimant", "claimant_side", "victim_side", "hedged"]


def bias_corpus(tables, *, texts: bool = True):
    """The corpus as presslens.bias scans it: articles with their texts, sentences, removed lines, and of the
    paragraphs only their wire groups (no paragraph texts). `texts=False`: what notebook 04 reads once the texts
    are scanned part by part (bias_parts): no sentences, and of each article's text only its first LEAD_CHARS
    characters (a report's headline fallback), so that memory does not hold the texts."""
    from .corpus import Corpus
    if texts:
        articles, sentences = frame(tables, "articles"), frame(tables, "sentences")
    else:
        from .stream import SCHEMAS
        cols = ", ".join(f'"{c}"' if c != "text" else f"left(text, {LEAD_CHARS}) AS text" for c in SCHEMAS["articles"])
        articles = _typed(sql(tables, f"SELECT {cols} FROM articles"), "articles")
        sentences = frame(tables, "sentences", limit=0)
    return Corpus(articles, frame(tables, "paragraphs", ["article_id", "para_idx", "wire_group"]),
                  sentences, frame(tables, "removed"), frame(tables, "ingest_log"),
                  source=str(tables.store.corpus_path))


#: characters of an article's text kept by bias_corpus(texts=False): its first words stand in for a missing headline
LEAD_CHARS = 400
#: articles per corpus bias_parts yields (whole Parquet parts of about stream.BATCH articles are put together)
PART_ARTICLES = 2_000


def bias_parts(tables, *, size: int = PART_ARTICLES):
    """The corpus as presslens.bias scans it, a few Parquet parts at a time (about `size` articles, inside the
    filter): Corpus objects of those articles with their texts, their sentences, removed lines and paragraphs'
    wire groups, in corpus order. The build writes a batch's rows of every table to parts of the same number,
    so each table's part is read whole and nothing is joined; a part holding rows of another part's articles,
    or rows left unread, raise ValueError (the dataset is not one `presslens run` built: rebuild it)."""
    from .corpus import Corpus
    from .stream import SCHEMAS
    folder = _dataset(tables)
    wanted = set(frame(tables, "articles", ["article_id"])["article_id"].astype(str))
    columns = {"paragraphs": ["article_id", "para_idx", "wire_group"], "sentences": None, "removed": None}
    seen = dict.fromkeys(columns, 0)

    def read(name: str, part: str, all_ids: set, ids: set) -> pd.DataFrame:
        path = folder / f"{name}.parquet" / part
        cols = columns[name] or list(SCHEMAS[name])
        rows = pd.read_parquet(path, columns=cols) if path.exists() else pd.DataFrame(columns=cols)
        aid = rows["article_id"].astype(str)
        if not aid.isin(all_ids).all():
            raise ValueError(f"{path}: rows of articles that are not in articles.parquet/{part}; rebuild the "
                             f"tables (presslens run --force)")
        rows = rows[aid.isin(ids).to_numpy()].reset_index(drop=True)
        seen[name] += len(rows)
        return _typed(rows, name)

    pending: list[tuple[pd.DataFrame, dict]] = []

    def joined() -> Corpus:
        arts = pd.concat([p[0] for p in pending], ignore_index=True)
        tabs = {n: pd.concat([p[1][n] for p in pending], ignore_index=True) for n in columns}
        pending.clear()
        return Corpus(_typed(arts, "articles"), tabs["paragraphs"], tabs["sentences"], tabs["removed"],
                      frame(tables, "ingest_log", limit=0), source=str(tables.store.corpus_path))

    for f in _parts(folder, "articles"):
        arts = pd.read_parquet(f)
        all_ids = set(arts["article_id"].astype(str))
        arts = arts[arts["article_id"].astype(str).isin(wanted).to_numpy()].reset_index(drop=True)
        if arts.empty:
            continue
        ids = set(arts["article_id"].astype(str))
        pending.append((arts, {n: read(n, Path(f).name, all_ids, ids) for n in columns}))
        if sum(len(p[0]) for p in pending) >= size:
            yield joined()
    if pending:
        yield joined()
    for name in columns:
        if seen[name] != count(tables, name):
            raise ValueError(f"{folder / name}.parquet: {count(tables, name) - seen[name]} rows not in the part of "
                             f"their articles; rebuild the tables (presslens run --force)")


def spans_hold(tables, rows: pd.DataFrame) -> bool:
    """Every row's text is its article's text[start:end] (rows: article_id, start, end, text), checked in DuckDB
    without loading the texts."""
    if rows.empty:
        return True
    con = connect(tables)
    with _LOCK:
        con.register("_spans", rows[["article_id", "start", "end", "text"]].astype(
            {"article_id": "object", "start": "int64", "end": "int64", "text": "object"}))
        try:
            bad = con.execute('SELECT count(*) FROM _spans s LEFT JOIN articles a USING (article_id) '
                              'WHERE a.text IS NULL OR substr(a.text, s.start + 1, s."end" - s.start) <> s.text'
                              ).fetchall()[0][0]
        finally:
            con.unregister("_spans")
    return int(bad) == 0
