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

import bisect
import csv
import hashlib
import io
import json
import os
import re
import sys
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import pandas as pd
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
from tqdm import tqdm

from . import config
from .tables import make_table, trie_pattern

# ---------------------------------------------------------------------------------------------
# Table schemas: one mapping per table, applied in one place (make_table).

ARTICLE_COLUMNS = {
    "article_id": "string", "path": "string", "outlet": "string", "outlet_source": "string",
    "published": "datetime64[s]", "date_source": "string", "headline": "string", "text": "string",
    "n_words": "Int64", "n_paragraphs": "Int64", "wire": "string", "url": "string",
}
PARAGRAPH_COLUMNS = {
    "article_id": "string", "para_idx": "Int64", "start": "Int64", "end": "Int64", "text": "string",
    "kind": "string", "wire_group": "string",
}
SENTENCE_COLUMNS = {
    "article_id": "string", "para_idx": "Int64", "sent_idx": "Int64", "start": "Int64", "end": "Int64",
    "text": "string",
}
REMOVED_COLUMNS = {"article_id": "string", "line_no": "Int64", "line": "string", "rule": "string", "kind": "string"}
INGEST_COLUMNS = {"path": "string", "article_id": "string", "status": "string", "reason": "string"}

SUPPORTED = (".txt", ".html", ".htm", ".jsonl", ".json", ".csv")
PARAGRAPH_SEP = "\n\n"
# column names of common exports are recognised: Media Cloud (media_name, publish_date, title, url) and
# news-please (source_domain, date_publish, title, maintext); others are mapped with `columns=` / --columns
TEXT_COLUMNS = ("text", "body", "content", "article", "story", "full_text", "maintext")
META_COLUMNS = {
    "id": ("article_id", "id", "doc_id", "uid"),
    "outlet": ("outlet", "source", "publication", "publisher", "sitename", "site", "media", "media_name", "source_domain"),
    "published": ("published", "date", "pubdate", "publish_date", "published_at", "datetime", "date_publish"),
    "headline": ("headline", "title"),
    "url": ("url", "link", "source_url"),
}


class InputError(Exception):
    """An input that cannot be loaded; the message says why and what to do."""


# ---------------------------------------------------------------------------------------------
# The Corpus: five tables and the ways to save and reload them.

@dataclass
class Corpus:
    """Five tables joined by `article_id`: articles, paragraphs, sentences, removed, ingest_log."""

    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    removed: pd.DataFrame
    ingest_log: pd.DataFrame
    source: str = ""

    TABLES = ("articles", "paragraphs", "sentences", "removed", "ingest_log")

    def to_dir(self, out: str | os.PathLike, *, csv: bool = False) -> list[Path]:
        """Write each table as OUT/<table>.parquet (and .csv with csv=True); return the paths written."""
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name in self.TABLES:
            frame = getattr(self, name)
            frame.to_parquet(out / f"{name}.parquet", index=False)
            written.append(out / f"{name}.parquet")
            if csv:
                frame.to_csv(out / f"{name}.csv", index=False)
                written.append(out / f"{name}.csv")
        return written

    @classmethod
    def from_dir(cls, folder: str | os.PathLike) -> "Corpus":
        """Read the tables written by `to_dir`."""
        folder = Path(folder)
        schemas = dict(zip(cls.TABLES, (ARTICLE_COLUMNS, PARAGRAPH_COLUMNS, SENTENCE_COLUMNS,
                                        REMOVED_COLUMNS, INGEST_COLUMNS)))
        tables = {name: pd.read_parquet(folder / f"{name}.parquet").astype(schemas[name]) for name in cls.TABLES}
        return cls(**tables, source=str(folder))

    def text_of(self, article_id: str) -> str:
        """The clean text of one article (spans in every table index into it)."""
        return self.articles.set_index("article_id").at[article_id, "text"]

    def summary(self) -> str:
        """A one-screen plain-text summary: articles per outlet, dates, wire, problems."""
        a, log = self.articles, self.ingest_log
        lines = [f"corpus: {self.source}",
                 f"{len(a)} articles, {len(self.paragraphs)} paragraphs, {len(self.sentences)} sentences, "
                 f"{int(a['n_words'].sum()) if len(a) else 0} words; {len(self.removed)} boilerplate lines removed"]
        if len(a):
            per = a.assign(outlet=a["outlet"].fillna("(unknown)")).groupby("outlet", dropna=False).agg(
                articles=("article_id", "size"), first=("published", "min"), last=("published", "max"),
                words=("n_words", "sum"))
            per["first"] = per["first"].dt.strftime("%Y-%m-%d").fillna("?")
            per["last"] = per["last"].dt.strftime("%Y-%m-%d").fillna("?")
            lines += ["", per.to_string()]
            wired = a["wire"].notna().sum()
            shared = self.paragraphs["wire_group"].notna().sum()
            lines += ["", f"wire credited in {wired} articles; {shared} paragraphs shared with another article"]
        problems = log[log["status"] != "ok"]
        lines += ["", f"inputs: {len(log)} ({(log['status'] == 'ok').sum()} ok, "
                  f"{(log['status'] == 'warning').sum()} warnings, {(log['status'] == 'rejected').sum()} rejected)"]
        for row in problems.itertuples():
            lines.append(f"  {row.status}: {row.path}: {row.reason}")
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Reading inputs: bytes -> text -> records.  Each record is one article before cleaning.

@dataclass(frozen=True)
class RawDoc:
    """One article as read from its file, before cleaning."""

    article_id: str
    path: str
    text: str
    meta: dict = field(default_factory=dict)  # outlet, published, headline, url given by the input itself
    warning: str | None = None


def decode(data: bytes) -> tuple[str, str | None]:
    """Bytes -> (text, warning or None). Raises InputError for empty or binary content.

    >>> decode("Caf\\u00e9".encode("cp1252"))[1].startswith("not valid UTF-8")
    True
    """
    if not data.strip():
        raise InputError("empty file")
    for bom, codec in ((b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec), f"UTF-16 text (decoded as {codec})"
    if b"\x00" in data[:4096] or _control_share(data[:4096]) > 0.1:
        raise InputError("binary file, not text (NUL or control bytes); convert it to UTF-8 text or remove it")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        encoding = best.encoding if best is not None else "cp1252"
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            encoding, text = "latin-1", data.decode("latin-1")
        return text, f"not valid UTF-8 (bad byte at offset {exc.start}); decoded as {encoding}: check accents"


def _control_share(data: bytes) -> float:
    if not data:
        return 0.0
    return (len(data) - len(data.translate(None, _CONTROL_BYTES))) / len(data)


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _pick(record: dict, names: Iterable[str]):
    lower = {str(k).lower(): k for k in record}
    for name in names:
        if name in lower and record[lower[name]] not in (None, ""):
            return record[lower[name]]
    return None


def _meta(record: dict) -> dict:
    return {key: _pick(record, names) for key, names in META_COLUMNS.items() if key != "id"}


#: the names `columns=` may map (canonical name -> the input's column name)
COLUMN_KEYS = ("text", "id", "outlet", "published", "headline", "url")


def parse_columns(spec: str | None) -> dict[str, str]:
    """'outlet=source,text=body' -> {'outlet': 'source', 'text': 'body'}; ValueError naming a bad part.

    >>> parse_columns("outlet=source_name, text=body")
    {'outlet': 'source_name', 'text': 'body'}
    """
    out: dict[str, str] = {}
    for part in (spec or "").split(","):
        if not part.strip():
            continue
        key, sep, col = (x.strip() for x in part.partition("="))
        if not sep or key not in COLUMN_KEYS or not col:
            raise ValueError(f"--columns: {part.strip()!r} is not NAME=COLUMN with NAME one of {', '.join(COLUMN_KEYS)} "
                             f"(e.g. --columns outlet=source,text=body)")
        out[key] = col
    return out


def _mapped(record: dict, columns: dict[str, str] | None) -> dict:
    """A record with the mapped input columns copied under their canonical names (which then win)."""
    if not columns:
        return record
    lower = {str(k).lower(): k for k in record}
    extra = {key: record[lower[col.lower()]] for key, col in columns.items() if col.lower() in lower}
    if "id" in extra:
        extra["article_id"] = extra.pop("id")
    return {**extra, **{k: v for k, v in record.items() if k not in extra}}


def read_file(path: Path, rel: str, *, columns: dict[str, str] | None = None,
              lines: slice | None = None) -> tuple[list[RawDoc], list[dict]]:
    """One input file -> (records, ingest-log rows for problems inside it). Raises InputError if unusable.
    `columns` maps canonical names (text, outlet, published, headline, url, id) to the input's columns;
    `lines`: of a JSONL file, only these lines (0-based; numbers and ids as in the whole file)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc}); check that it exists and is readable") from exc
    text, warning = decode(data)
    suffix = path.suffix.lower()
    if suffix == ".txt":
        return [RawDoc(rel, rel, text, {}, warning)], []
    if suffix in (".html", ".htm"):
        return [_read_html(text, rel, warning)], []
    if suffix == ".jsonl":
        return _read_jsonl(text, rel, warning, columns, lines)
    if suffix == ".json":
        return _read_json(text, rel, warning, columns)
    if suffix == ".csv":
        return _read_csv(text, rel, warning, columns)
    raise InputError(f"unsupported file type '{suffix}' (expected one of {', '.join(SUPPORTED)})")


def _read_html(html: str, rel: str, warning: str | None) -> RawDoc:
    import trafilatura

    extracted = trafilatura.extract(html, output_format="json", with_metadata=True, include_comments=False,
                                    include_tables=False, favor_precision=True)
    if not extracted:
        raise InputError("no article text found in the HTML (trafilatura extracted nothing)")
    found = json.loads(extracted)
    meta = {"outlet": found.get("sitename") or None, "published": found.get("date") or None,
            "headline": found.get("title") or None, "url": found.get("source") or found.get("url") or None}
    body = found.get("text") or ""
    if meta["headline"] and not body.startswith(meta["headline"]):
        body = meta["headline"] + "\n\n" + body
    return RawDoc(rel, rel, body, meta, warning)


def _record_doc(record: dict, rel: str, where: str, n: int, warning: str | None,
                columns: dict[str, str] | None = None) -> RawDoc | dict:
    record = _mapped(record, columns)
    body = _pick(record, TEXT_COLUMNS)
    rid = _pick(record, META_COLUMNS["id"])
    article_id = f"{rel}#{rid if rid is not None else n}"
    if not isinstance(body, str) or not body.strip():
        return {"path": f"{rel}:{n}", "article_id": article_id, "status": "rejected",
                "reason": f"{where}: empty or missing text"}
    meta = _meta(record)
    if meta.get("headline") and not body.lstrip().startswith(str(meta["headline"])):
        body = f"{meta['headline']}\n\n{body}"
    return RawDoc(article_id, rel, body, meta, warning)


def _read_json(text: str, rel: str, warning: str | None, columns=None) -> tuple[list[RawDoc], list[dict]]:
    """A .json file: one article object (news-please writes one file per article) or a list of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}); fix or remove the file") from exc
    records = data if isinstance(data, list) else [data]
    docs, problems = [], []
    for n, record in enumerate(records, 1):
        if not isinstance(record, dict):
            problems.append({"path": f"{rel}:{n}", "article_id": None, "status": "rejected",
                             "reason": f"item {n}: a JSON {type(record).__name__}, not an object; skipped"})
            continue
        out = _record_doc(record, rel if len(records) > 1 else rel, f"item {n}", n, warning, columns)
        if isinstance(out, RawDoc) and not isinstance(data, list):
            out = RawDoc(rel, rel, out.text, out.meta, out.warning)   # one article per file: its id is the file
        (docs if isinstance(out, RawDoc) else problems).append(out)
    return docs, problems


def _read_jsonl(text: str, rel: str, warning: str | None, columns=None,
                lines: slice | None = None) -> tuple[list[RawDoc], list[dict]]:
    docs, problems = [], []
    numbered = enumerate(text.splitlines(), 1)
    for n, line in (numbered if lines is None else list(numbered)[lines]):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append({"path": f"{rel}:{n}", "article_id": None, "status": "rejected",
                             "reason": f"line {n}: invalid JSON ({exc.msg} at column {exc.colno}); line skipped"})
            continue
        if not isinstance(record, dict):
            problems.append({"path": f"{rel}:{n}", "article_id": None, "status": "rejected",
                             "reason": f"line {n}: a JSON {type(record).__name__}, not an object; line skipped"})
            continue
        out = _record_doc(record, rel, f"line {n}", n, warning, columns)
        (docs if isinstance(out, RawDoc) else problems).append(out)
    return docs, problems


def _read_csv(text: str, rel: str, warning: str | None, mapping=None) -> tuple[list[RawDoc], list[dict]]:
    reader = csv.DictReader(io.StringIO(text))
    columns = [c.lower() for c in (reader.fieldnames or [])]
    text_cols = TEXT_COLUMNS + ((mapping["text"].lower(),) if mapping and mapping.get("text") else ())
    if not any(c in columns for c in text_cols):
        raise InputError(f"no text column (looked for {', '.join(text_cols)}; found {', '.join(columns) or 'none'}); "
                         "name the column that holds the article body with --columns text=COLUMN")
    docs, problems = [], []
    for n, record in enumerate(reader, 2):  # line 1 is the header
        out = _record_doc(record, rel, f"row {n}", n, warning, mapping)
        (docs if isinstance(out, RawDoc) else problems).append(out)
    return docs, problems


def iter_files(path: Path) -> list[Path]:
    """Input files under `path` (a file, or a folder searched recursively), hidden files and the manifest left out."""
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if (p.is_file() or p.is_symlink()) and not any(part.startswith(".") for part in p.relative_to(path).parts)
                  and not (p.name == "manifest.csv" and p.parent == path) and p.name != "README.md")


# ---------------------------------------------------------------------------------------------
# Cleaning rules: boilerplate lines, outlets, wire credits (data files next to the code).

@dataclass(frozen=True)
class Rules:
    """Compiled boilerplate and outlet rules, shared read-only by every worker."""

    line_rules: tuple  # (name, kind, pattern, max_words, needs: frozenset of literals)
    line_screen: re.Pattern  # the other line rules as one alternation (its first matching branch wins)
    guarded_rules: tuple  # indices of the line rules with `needs` or `max_words`, tried one by one
    guarded_without_needs: tuple  # those of them without `needs`
    needs_literals: tuple  # every `needs` literal of the line rules (lower case)
    block_rules: tuple
    self_reference: tuple
    wire_credit: tuple
    outlet_names: dict  # alias -> canonical name
    wire_names: dict  # alias -> canonical name, wires only
    domains: dict  # domain -> canonical name
    unlisted_reference: tuple = ()  # (needs, pattern with group `media`): outlets not in the list


@lru_cache(maxsize=4)
def load_rules(boilerplate: str | None = None, outlets: str | None = None) -> Rules:
    """Compile the boilerplate and outlet lexicons (defaults: the shipped data files)."""
    bp = config.load_yaml(boilerplate or config.LEXICONS / "boilerplate.yaml")
    out = config.load_yaml(outlets or config.LEXICONS / "outlets.yaml")

    def flags(rule):
        return 0 if rule.get("case_sensitive") else re.IGNORECASE

    line_rules = tuple((r["name"], r["kind"], re.compile(r["pattern"], flags(r)), r.get("max_words"),
                        frozenset(r.get("needs", ())))
                       for r in bp.get("line_rules", []))
    # the rules without a guard run as one regex: an alternation tries its branches in order
    guarded = tuple(i for i, r in enumerate(bp.get("line_rules", [])) if r.get("needs") or r.get("max_words"))
    line_screen = re.compile("|".join(
        f"(?P<r{i}>{'(?-i:' if r.get('case_sensitive') else '(?:'}{r['pattern']}))"
        for i, r in enumerate(bp.get("line_rules", [])) if i not in guarded) or "(?!)", re.IGNORECASE)
    literals = tuple(sorted({lit for rule in line_rules for lit in rule[4]}))
    block_rules = tuple((r["name"], r["kind"], re.compile(r["start"], flags(r)), re.compile(r["continue"], flags(r)))
                        for r in bp.get("block_rules", []))
    names, wires, domains = {}, {}, {}
    for o in out.get("outlets", []):
        for alias in [o["name"], *o.get("aliases", [])]:
            names[alias] = o["name"]
            if o.get("wire"):
                wires[alias] = o["name"]
        for d in o.get("domains", []):
            domains[d] = o["name"]
    outlet_alt, wire_alt = trie_pattern(names), trie_pattern(wires)
    def needs(rule):
        value = rule.get("needs") or ()
        return (value,) if isinstance(value, str) else tuple(value)

    self_ref = tuple((needs(r), re.compile(r["pattern"].replace("{outlet}", f"(?P<outlet>{outlet_alt})")
                                                  .replace("{domain}", r"(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)+)"), re.MULTILINE))
                     for r in out.get("self_reference", []))
    wire_credit = tuple((needs(r), re.compile(r["pattern"].replace("{wire}", wire_alt), re.MULTILINE))
                        for r in out.get("wire_credit", []))
    media = out.get("media_name") or r"(?!)"
    unlisted = tuple((needs(r), re.compile(r["pattern"].replace("{media}", f"(?P<media>{media})"), re.MULTILINE))
                     for r in out.get("unlisted_reference", []))
    return Rules(line_rules, line_screen, guarded, tuple(i for i in guarded if not line_rules[i][4]), literals,
                 block_rules, self_ref, wire_credit, names, wires, domains, unlisted)


# ---------------------------------------------------------------------------------------------
# Sentence splitting: Punkt with parameters defined here (no NLTK data download).

ABBREVIATIONS = (
    "mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm brig cmdr sen rep gov pres sr jr st rev hon fr "
    "u.s u.k u.n u.s.a e.u no nos vs etc e.g i.e approx dept est inc ltd co corp jan feb mar apr jun jul aug "
    "sep sept oct nov dec mon tue tues wed thu thurs fri sat sun a.m p.m ft mt"
).split()


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


_QUOTE_RE = re.compile('["“”„«»]')


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of double-quoted stretches; straight and curly quotes toggle, « » nest as pairs."""
    spans, opened = [], None
    for m in _QUOTE_RE.finditer(text):
        i, ch = m.start(), m.group()
        if opened is None and ch != "»":
            opened = i
        elif opened is not None and ch != "«" and ch != "„":
            spans.append((opened, i))
            opened = None
    return spans


#: a possible sentence end: terminal punctuation, closing quotes/brackets, space, then the next token
_CANDIDATE = re.compile(r"(?P<punct>[.!?…]+)(?P<close>[\"'”’»)\]]*)(?P<space>\s+)(?P<next>\S)")
_ABBREV = frozenset(ABBREVIATIONS)


def _plain_spans(text: str) -> list[tuple[int, int]] | None:
    """Sentence spans where every candidate break is unambiguous (what Punkt would decide), else None.

    A break is unambiguous after an ordinary word (not a listed abbreviation, an initial or a token
    with inner periods) followed by a capital, digit or opening quote. Anything else is left to Punkt.
    """
    stripped = text.strip()
    if not stripped:
        return []
    start = text.index(stripped)
    spans, cur = [], start
    for m in _CANDIDATE.finditer(text, start):
        word = text[text.rfind(" ", 0, m.start()) + 1:m.start()].lstrip("\"'“‘(«[").lower()
        nxt = m.group("next")
        if m.group("punct") == ".":
            if not word or word in _ABBREV or len(word) == 1 or "." in word or word.isdigit():
                return None
        if not (nxt.isupper() or nxt.isdigit() or nxt in "\"'“‘(["):
            return None
        end = m.end("close")
        spans.append((cur, end))
        cur = m.start("next")
    spans.append((cur, start + len(stripped)))
    return spans


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets in one paragraph; no split inside a closed quotation.

    >>> t = '"We hold the bridge. We will not leave," Mr. Pesut said. He left.'
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['"We hold the bridge. We will not leave," Mr. Pesut said.', 'He left.']
    """
    spans = _plain_spans(text)
    if spans is None:  # an abbreviation, initial or lower-case start: Punkt decides
        spans = list(_punkt().span_tokenize(text))
    if len(spans) < 2:
        return spans
    quoted = _quote_spans(text)
    merged = [spans[0]]
    for start, end in spans[1:]:
        boundary = start
        if any(o < boundary <= c for o, c in quoted):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


# ---------------------------------------------------------------------------------------------
# Dates.

MONTHS = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")], 1) for m in names}
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
DATE_PATTERNS = (
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    re.compile(_MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b", re.I),
    re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r",?\s+(?P<y>\d{4})\b", re.I),
    re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b"),
)
HEADER = re.compile(r"^\s?date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
BYLINE_DATE = re.compile(r"\b(?P<key>published|posted|first published|updated|last updated)\b(?:\s+on)?\s*:?\s*", re.I)
#: "on Sunday (Sept 5)" and "STOLNO, March 3 (Newsline) -": a month and day without a year
DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{1,60}(?:,\s*[A-Z][a-z]+)?,\s*" + _MON + r"\s+(?P<d>\d{1,2})\s*\(", re.M | re.I)
WEEKDAY_DATE = re.compile(r"(?=[mtwfs])\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*\(\s*" + _MON + r"\s+(?P<d>\d{1,2})\s*\)", re.I)
_UPPER = "A-ZÀ-ÖØ-Þ"
WIRE_DATELINE = re.compile(rf"^[{_UPPER}][{_UPPER} .,'’-]{{1,60}}(?:,\s*[{_UPPER}][\w .]{{1,30}})?(?:,\s*\w{{3,9}}\.?\s+\d{{1,2}})?\s*\((?P<wire>[A-Z][\w .&'-]{{1,40}})\)\s*[-–—]", re.M)
#: "– Newsline" alone on a line; "With inputs from Reuters, AFP"
#: datelines stand at the top of the copy: only this many characters are searched for one
DATELINE_CHARS = 1500
WIRE_SIGNOFF = re.compile(r"[ \t]*[-–—][ \t]*(?P<wire>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3})[ \t]*")
WIRE_LIST = re.compile(r"\bwith (?:additional )?(?:inputs|reporting) (?:from|by)\s+(?P<list>[^\n]+)", re.I)


def _to_date(match: re.Match) -> date | None:
    g = match.groupdict()
    month = MONTHS.get(g["mon"].lower().rstrip(".")) if g.get("mon") else int(g["m"])
    try:
        return date(int(g["y"]), month, int(g["d"]))
    except (TypeError, ValueError):
        return None


def parse_date(value) -> date | None:
    """A date from a metadata value or a phrase ('2021-09-06', 'September 06, 2021', '5 Sept 2021', '06.03.2024')."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, date):
        return value
    text = str(value)
    for pattern in DATE_PATTERNS:
        m = pattern.search(text)
        if m and (d := _to_date(m)):
            return d
    return None


def _first_date(text: str) -> tuple[int, date] | None:
    found = [(m.start(), d) for p in DATE_PATTERNS for m in p.finditer(text) if (d := _to_date(m))]
    return min(found, key=lambda x: x[0]) if found else None


def find_date(header: date | None, bylines: list[str], body: str) -> tuple[date | None, str]:
    """(published, date_source): header line > byline (published, then updated, then a dated byline) > dateline in the text."""
    if header:
        return header, "header"
    for key in ("publish", "posted", "updat"):
        for line in bylines:
            for m in BYLINE_DATE.finditer(line):
                if m.group("key").lower().startswith(key) and (d := _first_date(line[m.end():m.end() + 60])):
                    if d[0] == 0:
                        return d[1], "byline"
    for line in bylines:
        if d := _first_date(line):
            return d[1], "byline"
    for pattern in (DATELINE, WEEKDAY_DATE):  # a month and day; the year is the latest the text gives
        m = pattern.search(body)
        if m and (years := [d.year for p in DATE_PATTERNS for y in p.finditer(body) if (d := _to_date(y))]):
            try:
                return date(max(years), MONTHS[m.group("mon").lower().rstrip(".")], int(m.group("d"))), "text"
            except ValueError:
                pass
    return None, "unknown"


# ---------------------------------------------------------------------------------------------
# Outlets and wire credits.

_COPYRIGHT_NAME = re.compile(r"(?:©|\(c\)|Copyright)\s*(?:\d{4}\s*)?(?P<name>[A-Z][\w'’&.,;|·–— -]{2,80}?)\s*(?:\d{4})?\s*\.?\s*$", re.M)
_ENTITLES = re.compile(r"entitles you to (?P<name>(?:[A-Z][\w'’.-]*\s?){1,5}?) (?:news )?updates")


def _outlet_name(alias: str, rules: Rules) -> str:
    """Registry name for an alias; an unknown ALL-CAPS name in title case ('NEWSLINE' -> 'Newsline')."""
    alias = alias.strip()
    if alias in rules.outlet_names:
        return rules.outlet_names[alias]
    return alias.title() if alias.isupper() and len(alias) > 4 else alias


_CHROME_SKIP = re.compile(r"\b(by|desk|edited|published|updated|posted|min read|live|exclusive)\b|\d", re.I)


def outlet_from_chrome(bylines: list[str]) -> str | None:
    """The outlet named first in a page-chrome line such as 'THE SENTINEL · Homeland · March 5, 2024'."""
    for line in bylines:
        segments = [s.strip() for s in re.split(r"\s[·|]\s", line)]
        if len(segments) < 2:
            continue
        candidates = segments[1:2] if re.search(r"\bby\b", segments[0], re.I) else segments[:1]
        for seg in candidates:
            if seg and not _CHROME_SKIP.search(seg) and len(seg.split()) <= 5 and seg[0].isupper():
                return seg.title() if seg.isupper() else seg
    return None


def _search_lines(pattern: re.Pattern, needs: tuple, raw: str) -> Iterator[re.Match]:
    """Matches of `pattern` in the whole text, or, when it `needs` literals, only in the lines holding one."""
    if not needs:
        yield from pattern.finditer(raw)
        return
    starts, holding = _lines_holding(raw, needs)
    for i in sorted(holding):
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(raw)
        yield from pattern.finditer(raw, starts[i], end)


def _lines_holding(text: str, literals: Iterable[str]) -> tuple[list[int], dict[int, set[str]]]:
    """(start offset of every line, line number -> the literals it holds); str.find per literal is
    several times faster than one regex of them all. No line offsets are computed when none is found."""
    found = []
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            found.append((at, literal))
            at = text.find(literal, at + 1)
    if not found:
        return [], {}
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    holding: dict[int, set[str]] = defaultdict(set)
    for at, literal in found:
        holding[bisect.bisect_right(starts, at) - 1].add(literal)
    return starts, holding


def infer_outlet(raw: str, rules: Rules) -> str | None:
    """The article's own outlet from self-references (registry first, then copyright/promo lines); None if silent."""
    votes: dict[str, int] = defaultdict(int)
    for line in raw.splitlines():  # a line that is only the outlet's name (a sign-off)
        name = rules.outlet_names.get(line.strip())
        if name and len(line.split()) <= 6 and name not in rules.wire_names.values():
            votes[name] += 1
    for needs, pattern in rules.self_reference:
        for m in _search_lines(pattern, needs, raw):
            gd = m.groupdict()
            name = rules.outlet_names.get(gd.get("outlet") or "") or rules.domains.get(gd.get("domain") or "")
            if name and name not in rules.wire_names.values():
                votes[name] += 1
    if votes:
        return max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0]
    for pattern in (_COPYRIGHT_NAME, _ENTITLES):
        m = pattern.search(raw)
        if m:
            name = _owner(m.group("name"))
            if name and name not in rules.wire_names:
                return name
    return unlisted_outlet(raw, rules)


_OWNER_TAIL = re.compile(r"(?:\.\s|,|;|\s[|·–—-]\s|\s+(?:all rights reserved|some rights reserved|tous droits|"
                         r"todos los derechos|alle rechte)\b).*$", re.I)


def _owner(name: str) -> str:
    """A copyright line's owner without its boilerplate: 'Marovia Today. All rights reserved' -> 'Marovia Today'."""
    return _OWNER_TAIL.sub("", name).strip(" .")


def unlisted_outlet(raw: str, rules: Rules) -> str | None:
    """An outlet not listed in outlets.yaml, from a reference whose name looks like a medium's (`told Sirran
    Voice`, `Delta Daily reported`, `Kessa Radio's correspondent`; outlets.yaml `unlisted_reference`)."""
    votes: dict[str, int] = defaultdict(int)
    for needs, pattern in getattr(rules, "unlisted_reference", ()):
        for m in _search_lines(pattern, needs, raw):
            name = m.group("media").strip()
            name = rules.outlet_names.get(name, name)
            if name not in rules.wire_names.values():
                votes[name] += 1
    return max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0] if votes else None


def find_wires(body_and_removed: str, rules: Rules, *, outlet: str | None = None) -> str | None:
    """Wire services credited (datelines, 'With inputs from', sign-offs), in order of appearance, '; '-joined.

    The article's own outlet is left out: a Reuters story's '(Reuters) -' dateline credits no wire.
    """
    found: list[tuple[int, str]] = []
    head = body_and_removed[:DATELINE_CHARS]
    for needs, pattern in rules.wire_credit:
        if needs and not any(n in body_and_removed for n in needs):
            continue
        for m in pattern.finditer(head if pattern.pattern.startswith("^") else body_and_removed):
            for alias, name in rules.wire_names.items():
                if re.search(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", m.group(0)):
                    found.append((m.start(), name))
    for m in WIRE_DATELINE.finditer(head):
        found.append((m.start(), _outlet_name(m.group("wire"), rules)))
    offset = 0
    for line in body_and_removed.split("\n"):  # sign-offs: a line that is only '– Wire'
        if line.lstrip()[:1] in ("-", "–", "—") and (m := WIRE_SIGNOFF.fullmatch(line)):
            found.append((offset, _outlet_name(m.group("wire"), rules)))
        offset += len(line) + 1
    if "inputs" in body_and_removed or "reporting" in body_and_removed:
        for m in WIRE_LIST.finditer(body_and_removed):
            for n, part in enumerate(re.split(r",|;|\band\b", m.group("list"))):
                part = part.strip(" .()")
                if part and part[0].isupper() and len(part.split()) <= 4:
                    found.append((m.start("list") + n, _outlet_name(part, rules)))
    names = []
    for _, name in sorted(found):
        if name not in names and name != outlet:
            names.append(name)
    return "; ".join(names) or None


# ---------------------------------------------------------------------------------------------
# Cleaning one article (pure: the same RawDoc and Rules always give the same result).

_TERMINAL = re.compile(r"[.!?:;…][\"'”’“‘»)\]]*\s*$")
_INNER_BOUNDARY = re.compile(r"[.!?][\"'”’“‘»]?\s+[\"'“‘„«]?[A-Z0-9]")
_CAPTION = re.compile(r"(?:\.|\|)\s*(?:PHOTO|Photo|Picture|Image|FILE PHOTO)\s*:\s*[\w .,/&-]{1,60}$")


def _more_words_than(line: str, n: int) -> bool:
    """len(line.split()) > n, without splitting all of a long line."""
    return len(line.split(None, n)) > n


def paragraph_kind(line: str, para_idx: int) -> str:
    """'headline' (first title line), 'subhead' (later title lines, bullets), 'caption' or 'body'.

    A title is short (<= 25 words) and has no sentence punctuation at its end or inside it.
    >>> paragraph_kind("No reason to fight", 8), paragraph_kind("He left. She stayed", 3)
    ('subhead', 'body')
    """
    if _CAPTION.search(line):
        return "caption"
    if line.strip() and not _more_words_than(line, 25) and not _TERMINAL.search(line) and not _INNER_BOUNDARY.search(line):
        return "headline" if para_idx == 0 else "subhead"
    return "body"


_NONE: frozenset[str] = frozenset()


def classify_lines(lines: list[str], rules: Rules) -> dict[int, tuple[str, str]]:
    """Line number -> (rule, kind) for every boilerplate line: the first rule, in file order, that matches.

    The unguarded rules are tried at once (`rules.line_screen`); a rule with `needs` is tried only on
    a line holding one of its literals (one pass over the whole text finds them), and one with
    `max_words` only on a line that short.
    """
    text = "\n".join(lines)
    lowered = text.lower()
    if len(lowered) != len(text):  # lower() lengthened a character ('İ'): offsets from the lowered lines
        lowered = "\n".join(line.lower() for line in lines)
    _, present = _lines_holding(lowered, rules.needs_literals)

    hits: dict[int, tuple[str, str]] = {}
    block = None
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if block is not None:
            name, kind, cont = block
            if cont.fullmatch(line):
                hits[i] = (name, kind)
                continue
            block = None
        for name, kind, start, cont in rules.block_rules:
            if start.fullmatch(line):
                hits[i] = (name, kind)
                block = (name, kind, cont)
                break
        else:
            if rule := _first_line_rule(line, present.get(i, _NONE), rules):
                hits[i] = rule
    return hits


def _first_line_rule(line: str, present: frozenset[str], rules: Rules) -> tuple[str, str] | None:
    """(name, kind) of the first line rule that matches the whole line, or None."""
    screened = rules.line_screen.fullmatch(line)
    first = int(screened.lastgroup[1:]) if screened else len(rules.line_rules)
    for index in rules.guarded_rules if present else rules.guarded_without_needs:  # in file order
        if index > first:
            break
        name, kind, pattern, max_words, needs = rules.line_rules[index]
        if needs and needs.isdisjoint(present):
            continue
        if pattern.fullmatch(line) and (max_words is None or not _more_words_than(line, max_words)):
            return name, kind
    return rules.line_rules[first][:2] if screened else None


def clean_article(doc: RawDoc, rules: Rules) -> dict:
    """One RawDoc -> {'article': row dict, 'paragraphs', 'sentences', 'removed': row tuples}.

    The row tuples hold the columns of PARAGRAPH_COLUMNS, SENTENCE_COLUMNS and REMOVED_COLUMNS in
    order (a tuple is a fifth of a dict's memory, and a corpus has a hundred sentences per article).
    """
    aid = doc.article_id
    lines = doc.text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").split("\n")
    header_date = None
    if lines and (m := HEADER.match(lines[0])):
        header_date = parse_date(m.group(1))
        lines[0] = lines[0][m.end():]
    hits = classify_lines(lines, rules)
    removed = [(aid, i + 1, lines[i].strip(), rule, kind) for i, (rule, kind) in sorted(hits.items())]

    paragraphs, sentences, pieces, offset, n_words = [], [], [], 0, 0
    for i, raw in enumerate(lines):
        if i in hits or not (words := raw.split()):
            continue
        line = " ".join(words)
        n_words += len(words)
        if pieces:
            offset += len(PARAGRAPH_SEP)
        start, end = offset, offset + len(line)
        para_idx = len(paragraphs)
        paragraphs.append((aid, para_idx, start, end, line, paragraph_kind(line, para_idx), None))
        for sent_idx, (s, e) in enumerate(split_sentences(line)):
            sentences.append((aid, para_idx, sent_idx, start + s, start + e, line[s:e]))
        pieces.append(line)
        offset = end
    body = PARAGRAPH_SEP.join(pieces)

    raw_all = "\n".join(lines)
    meta = doc.meta
    published, date_source = (parse_date(meta.get("published")), "manifest") if meta.get("published") else (None, "")
    bylines = [line for _, _, line, _, kind in removed if kind == "byline"]
    if published is None:
        published, date_source = find_date(header_date, bylines, body)
    outlet = meta.get("outlet")
    outlet_source = "manifest" if outlet else "unknown"
    if not outlet and (outlet := infer_outlet(raw_all, rules) or outlet_from_chrome(bylines)):
        outlet_source = "inferred"
    first = paragraphs[0] if paragraphs else None
    headline = meta.get("headline") or (first[4] if first and first[5] == "headline" else None)
    article = {
        "article_id": aid, "path": doc.path, "outlet": outlet, "outlet_source": outlet_source,
        "published": pd.Timestamp(published) if published else None, "date_source": date_source,
        "headline": headline, "text": body, "n_words": n_words,
        "n_paragraphs": len(paragraphs), "wire": find_wires(raw_all, rules, outlet=outlet), "url": meta.get("url"),
    }
    return {"article": article, "paragraphs": paragraphs, "sentences": sentences, "removed": removed}


def _clean_batch(docs: list[RawDoc]) -> list[dict]:
    rules = load_rules()
    return [clean_article(d, rules) for d in docs]


# ---------------------------------------------------------------------------------------------
# Corpus-level steps: wire groups across articles.

def wire_groups(paragraphs: pd.DataFrame, *, threshold: float = 0.6) -> pd.Series:
    """Group id for paragraphs that stand, the same or nearly (shingle containment >= threshold), in 2+ articles.

    Word 5-gram shingles; a shingle in more than 200 distinct paragraphs is a stock phrase and left out.
    The work is done on integer keys by presslens.wire, so that it scales (and runs on chunks).
    """
    from .wire import wire_groups as _groups
    return _groups(paragraphs, threshold=threshold)


# ---------------------------------------------------------------------------------------------
# The entry point.

def read_manifest(path: str | os.PathLike) -> dict[str, dict]:
    """Manifest CSV (file, outlet, url, published) -> {file base name or relative path: metadata}."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: manifest not found")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    if "file" not in frame.columns:
        raise InputError(f"{path}: manifest needs a 'file' column (found {', '.join(frame.columns)})")
    return {row["file"]: {k: (v or None) for k, v in row.items() if k != "file"} for row in frame.to_dict("records")}


def _warn(message: str) -> None:
    tqdm.write(f"presslens: {message}", file=sys.stderr)


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def open_inputs(path: str | os.PathLike, manifest=None) -> tuple[Path, Path, dict]:
    """A corpus path -> (root, the folder ids are relative to, the manifest's rows by file); the folder's own
    manifest.csv when none is given. A missing path is an error naming it."""
    root = Path(path)
    if not root.exists():
        raise FileNotFoundError(f"{root}: no such file or folder (give a corpus folder, e.g. seeds/)")
    if manifest is None and root.is_dir() and (root / "manifest.csv").exists():
        manifest = root / "manifest.csv"
    return root, (root if root.is_dir() else root.parent), (read_manifest(manifest) if manifest else {})


def read_listed(file: Path, rel: str, listed: dict, log: list[dict], *,
                columns: dict[str, str] | None = None, lines: slice | None = None) -> list[RawDoc]:
    """One input file -> its documents with the manifest's non-empty fields over the inferred ones; a file
    that cannot be read is logged as rejected (and gives none), its per-record problems logged too."""
    try:
        found, problems = read_file(file, rel, columns=columns, lines=lines)
    except InputError as exc:
        log.append({"path": rel, "article_id": None, "status": "rejected", "reason": str(exc)})
        return []
    log.extend(problems)
    extra = listed.get(file.name) or listed.get(rel)
    if not extra:
        return found
    given = {k: v for k, v in extra.items() if v}
    return [RawDoc(d.article_id, d.path, d.text, {**d.meta, **given}, d.warning) for d in found]


def load_corpus(path: str | os.PathLike, *, manifest: str | os.PathLike | None = None,
                workers: int | None = None, progress: bool | None = None,
                columns: dict[str, str] | None = None) -> Corpus:
    """A file or folder of articles -> Corpus. `manifest` defaults to PATH/manifest.csv when present.

    `workers`: processes for cleaning (default: every core when the corpus has at least
    config.PARALLEL_MIN_ARTICLES articles, else 1). `progress`: a progress bar (default: on a terminal).
    Problems with single inputs are logged in `ingest_log` and on stderr; the rest loads.
    `columns`: for .csv/.jsonl/.json inputs, canonical name -> the input's column name
    ({'outlet': 'source', 'text': 'body'}; see `parse_columns`).
    """
    root, base, listed = open_inputs(path, manifest)
    docs: list[RawDoc] = []
    log: list[dict] = []
    for file in iter_files(root):
        docs.extend(read_listed(file, file.relative_to(base).as_posix(), listed, log, columns=columns))
    docs = _unique_ids(docs)

    n_docs, sources = len(docs), {d.article_id: (d.path, d.warning) for d in docs}
    n_workers = workers if workers is not None else (os.cpu_count() or 1) if n_docs >= config.PARALLEL_MIN_ARTICLES else 1
    bar = tqdm(total=n_docs, desc="cleaning articles", unit="article", disable=(not progress) if progress is not None else None)
    if n_workers > 1 and n_docs > 1:
        size = max(16, n_docs // (n_workers * 8))
        with ProcessPoolExecutor(max_workers=n_workers) as pool:
            batches = pool.map(_clean_batch, _chunks(docs, size))
            del docs
            tables = _collect((r for batch in batches for r in batch), sources, log, bar)
    else:
        rules = load_rules()
        queue = deque(docs)  # popped one by one: each raw text is freed once its article is cleaned
        del docs
        tables = _collect((clean_article(queue.popleft(), rules) for _ in range(n_docs)), sources, log, bar)
    bar.close()
    for row in log:
        if row["status"] != "ok":
            _warn(f"{row['status']}: {row['path']}: {row['reason']}")

    articles, paragraphs, sentences, removed = tables
    paragraphs["wire_group"] = wire_groups(paragraphs)
    ingest = make_table(sorted(log, key=lambda r: r["path"]), INGEST_COLUMNS)
    return Corpus(articles, paragraphs, sentences, removed, ingest, source=str(root))


#: cleaned articles are turned into table pieces this many at a time, so that the per-row Python
#: objects of a large corpus never all exist at once (memory grows with the compact tables only)
TABLE_CHUNK = 2000


def _collect(results: Iterable[dict], sources: dict[str, tuple[str, str | None]], log: list[dict], bar) -> tuple[pd.DataFrame, ...]:
    """Cleaned articles -> (articles, paragraphs, sentences, removed) tables; every input logged.

    `sources`: article id -> (path, reading warning). An article with no text left, or with the same
    text as one already kept, is rejected (logged).
    """
    seen: dict[str, str] = {}
    pieces: list[tuple[pd.DataFrame, ...]] = []
    kept: list[dict] = []
    for res in results:
        bar.update(1)
        art = res["article"]
        path, warning = sources[art["article_id"]]
        if not art["text"]:
            reason = f"no article text left after cleaning ({len(res['removed'])} lines removed as boilerplate)"
            log.append({"path": path, "article_id": art["article_id"], "status": "rejected", "reason": reason})
            continue
        digest = hashlib.blake2b(" ".join(art["text"].split()).lower().encode(), digest_size=16).hexdigest()
        if digest in seen:
            log.append({"path": path, "article_id": art["article_id"], "status": "rejected",
                        "reason": f"identical text to {seen[digest]}; loaded once"})
            continue
        seen[digest] = art["article_id"]
        kept.append(res)
        log.append({"path": path, "article_id": art["article_id"], "status": "warning" if warning else "ok",
                    "reason": warning})
        if len(kept) == TABLE_CHUNK:
            pieces.append(_tables(kept))
            kept = []
    if kept or not pieces:
        pieces.append(_tables(kept))
    return tuple(pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0] for parts in zip(*pieces))


def _tables(results: list[dict]) -> tuple[pd.DataFrame, ...]:
    return (make_table([r["article"] for r in results], ARTICLE_COLUMNS),
            make_table([p for r in results for p in r["paragraphs"]], PARAGRAPH_COLUMNS),
            make_table([x for r in results for x in r["sentences"]], SENTENCE_COLUMNS),
            make_table([x for r in results for x in r["removed"]], REMOVED_COLUMNS))


def _unique_ids(docs: list[RawDoc]) -> list[RawDoc]:
    """Article ids are file base names; where two files share one, their relative paths are used instead."""
    counts: dict[str, int] = defaultdict(int)
    for d in docs:
        counts[Path(d.article_id).name] += 1
    out = []
    for d in docs:
        name = Path(d.article_id.split("#")[0]).name + ("#" + d.article_id.split("#", 1)[1] if "#" in d.article_id else "")
        aid = name if counts[Path(d.article_id).name] == 1 else d.article_id
        out.append(RawDoc(aid, d.path, d.text, d.meta, d.warning))
    return out
