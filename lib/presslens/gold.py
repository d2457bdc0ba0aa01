"""Gold files: hash verbatim gold for committing, and check gold against its texts and actor registry.

docs/annotation.md says what a gold record is. `check_gold` generalises the dev sets' verify.py to any
set and any war: every line valid JSON with all fields and sane values, every `text` an exact
substring of its article (a split direct quote: each part in order), every cue in the article (case aside), every
side defined for the article's conflict or generic; hashed gold (`tokens`) must use only tokens of its
article. Problems are one line each, naming file:line.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from .evaluate import hash_gold, hashed, read_meta

QUOTE_FIELDS = {"article": str, "speaker": str, "speaker_side": str, "kind": str, "cue": str}
CLAIM_FIELDS = {"article": str, "category": str, "low": (int, type(None)), "high": (int, type(None)),
                "vague": (str, type(None)), "victim_side": str, "claimant": (str, type(None)), "hedged": bool}
KINDS = {"direct", "indirect", "mixed"}
CATEGORIES = {"killed", "wounded", "captured", "surrendered", "displaced", "casualties"}
_HASH = re.compile(r"[0-9a-f]{8}")


def hash_file(src: str | Path, dst: str | Path) -> int:
    """Verbatim gold JSONL -> the same records with `text` replaced by hashed `tokens`; returns the count."""
    src, dst = Path(src), Path(dst)
    records = []
    for number, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            raise ValueError(f"{src}:{number}: not valid JSON ({err.msg}); fix the line and run again") from None
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise ValueError(f"{src}:{number}: no verbatim `text` to hash (already hashed?)")
        records.append(rec)
    if src.resolve() == dst.resolve():
        raise ValueError(f"{dst}: the output would overwrite the verbatim gold; write it elsewhere")
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in hash_gold(records)), encoding="utf-8")
    return len(records)


def split_match(article: str, text: str, pos: int = 0) -> bool:
    """True when `text` is a run of parts joined by single spaces, each found in `article` in order."""
    if article.find(text, pos) >= 0:
        return True
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    for i in reversed(spaces):  # longest first part first
        found = article.find(text[:i], pos)
        if found >= 0 and split_match(article, text[i + 1:], found + i):
            return True
    return False


def gold_files(paths) -> list[Path]:
    """Folders and files -> the gold JSONL files (a folder: its *.jsonl, or those of its gold/ subfolder)."""
    out = []
    for path in map(Path, paths):
        if path.is_dir():
            inner = path / "gold" if (path / "gold").is_dir() and not list(path.glob("*.jsonl")) else path
            found = sorted(inner.glob("*.jsonl"))
            if not found:
                raise FileNotFoundError(f"{path}: no *.jsonl gold files in this folder")
            out += found
        elif path.is_file():
            out.append(path)
        else:
            raise FileNotFoundError(f"{path}: no such gold file or folder")
    return out


def _kind_of(path: Path, rec: dict) -> str:
    name = path.name.lower()
    if "quote" in name:
        return "quotes"
    if "casualt" in name or "claim" in name:
        return "casualties"
    return "quotes" if "speaker" in rec else "casualties"


class _Sides:
    """Side labels allowed per article: the generic ones plus those of the article's conflict."""

    def __init__(self, actors, meta: dict[str, dict] | None):
        self.generic = set(actors.generic_sides)
        self.conflicts = {c.key: set(c.sides) for c in actors.conflicts}
        self.listed = {a: c.key for c in actors.conflicts for a in c.articles}
        self.meta = meta or {}
        self.name = actors.name

    def conflict_of(self, rec: dict) -> str | None:
        art = rec["article"]
        for key in (rec.get("conflict"), self.listed.get(art), self.meta.get(art, {}).get("conflict")):
            if key:
                return key
        return next(iter(self.conflicts)) if len(self.conflicts) == 1 else None

    def problem(self, rec: dict, field: str) -> str | None:
        label = rec[field]
        if label in self.generic:
            return None
        conflict = self.conflict_of(rec)
        if conflict is None:
            return (f"{field} {label!r}: the article is under no conflict of registry {self.name!r} (list it under "
                    f"a conflict's `articles:`, give the record a `conflict`, or pass --meta)")
        if conflict not in self.conflicts:
            return f"conflict {conflict!r} is not in registry {self.name!r} (conflicts: {sorted(self.conflicts)})"
        if label not in self.conflicts[conflict]:
            return f"{field} {label!r} not defined for conflict {conflict!r} nor generic"
        return None


def _check_record(rec: dict, kind: str, article: str, sides: _Sides) -> list[str]:
    fields = QUOTE_FIELDS if kind == "quotes" else CLAIM_FIELDS
    missing = [k for k in fields if k not in rec]
    if "text" not in rec and "tokens" not in rec:
        missing.append("text (or tokens)")
    wrong = [k for k, t in fields.items() if k in rec and not isinstance(rec[k], t)]
    if "text" in rec and not isinstance(rec["text"], str):
        wrong.append("text")
    if missing or wrong:
        return [f"missing fields {missing}, wrongly typed {wrong}"]
    out = []
    for alias_key in ("aliases", "claimant_aliases"):
        aliases = rec.get(alias_key, [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
            out.append(f"{alias_key} must be a list of names")
    text = rec.get("text")
    if text is None:
        toks = rec["tokens"]
        if not isinstance(toks, list) or not toks or not all(isinstance(t, str) and _HASH.fullmatch(t) for t in toks):
            out.append("tokens must be a non-empty list of 8-hex-digit hashes (presslens gold hash)")
        elif not set(toks) <= hashed(article):
            out.append(f"{len(set(toks) - hashed(article))} hashed token(s) are not words of the article")
    elif not text.strip():
        out.append("empty text")
    if kind == "quotes":
        if rec["kind"] not in KINDS:
            out.append(f"kind {rec['kind']!r} (one of {sorted(KINDS)})")
        if not rec["speaker"].strip():
            out.append("empty speaker")
        if rec["cue"].lower() not in article.lower():     # a cue may be lower-cased at a sentence start
            out.append(f"cue {rec['cue']!r} not in article")
        problem = sides.problem(rec, "speaker_side")
        if problem:
            out.append(problem)
        if text is not None and text not in article and not (rec["kind"] == "direct" and split_match(article, text)):
            out.append(f"text is not in {rec['article']}: {text[:70]!r}")
    else:
        if rec["category"] not in CATEGORIES:
            out.append(f"category {rec['category']!r} (one of {sorted(CATEGORIES)})")
        problem = sides.problem(rec, "victim_side")
        if problem:
            out.append(problem)
        low, high, vague = rec["low"], rec["high"], rec["vague"]
        if vague is not None and (low is not None or high is not None):
            out.append("a vague amount carries no numbers (low and high null)")
        if vague is None and low is None and high is None:
            out.append("neither numbers nor a vague word")
        if any(isinstance(v, int) and (isinstance(v, bool) or v < 0) for v in (low, high)):
            out.append("low and high are counts (integers >= 0)")
        elif low is not None and high is not None and low > high:
            out.append("low > high")
        if vague is not None and text is not None and vague.lower() not in text.lower():
            out.append(f"vague word {vague!r} not in text")
        if text is not None and text not in article:
            out.append(f"text is not in {rec['article']}: {text[:70]!r}")
    return out


def check_gold(paths, *, texts: str | Path, actors=None, meta: str | Path | None = None) -> tuple[list[str], dict]:
    """Gold files/folders + the folder of their article texts -> (problems as 'file:line: message', counts).

    `actors` is a registry (presslens.actors.Actors) or a path; by default the actors.yaml beside the gold
    folder, else the shipped registry."""
    from . import config
    from .actors import Actors, load_actors

    files = gold_files(paths)
    if actors is None:
        beside = [f.parent / "actors.yaml" for f in files] + [f.parent.parent / "actors.yaml" for f in files]
        actors = next((p for p in beside if p.is_file()), config.DEFAULT_ACTORS)
    registry = actors if isinstance(actors, Actors) else load_actors(actors)
    sides = _Sides(registry, read_meta(meta) if meta else None)
    texts = Path(texts)
    if not texts.is_dir():
        raise FileNotFoundError(f"{texts}: no such folder of article texts (--texts)")
    articles = {f.name: f.read_text(encoding="utf-8") for f in sorted(texts.rglob("*.txt"))}
    problems: list[str] = []
    counts = {"articles": len(articles), "quotes": 0, "casualties": 0, "split": 0, "hashed": 0}
    with_gold: set[str] = set()
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as err:
                problems.append(f"{where}: not valid JSON ({err.msg})")
                continue
            if not isinstance(rec, dict):
                problems.append(f"{where}: not a JSON object")
                continue
            kind = _kind_of(path, rec)
            art = rec.get("article")
            if isinstance(art, str) and art not in articles:
                problems.append(f"{where}: no article {art} in {texts}")
                continue
            found = _check_record(rec, kind, articles.get(art, ""), sides)
            problems += [f"{where}: {p}" for p in found]
            if not found:
                counts[kind] += 1
                with_gold.add(art)
                counts["hashed"] += "text" not in rec
                counts["split"] += kind == "quotes" and "text" in rec and rec["text"] not in articles[art]
    counts["without_gold"] = sorted(set(articles) - with_gold)
    return problems, counts
