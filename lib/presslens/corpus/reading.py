"""Reading inputs: bytes -> text (UTF-8, else the detected encoding), and files (.txt, .html, .jsonl,
.json, .csv) -> raw documents with the metadata they carry; `--columns` mappings."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path


SUPPORTED = (".txt", ".html", ".htm", ".jsonl", ".json", ".csv")


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
