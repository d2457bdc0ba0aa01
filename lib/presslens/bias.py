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

import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .config import LEXICONS, load_yaml

DEFAULT_CONFLICT = "panjshir-2021"
BASE_LEXICON = LEXICONS / "bias.yaml"
HEDGES = LEXICONS / "hedges.yaml"  # verification phrases: the `hedges` entries with a `verification` kind
LABELS_DIR = LEXICONS / "labels"

#: measure -> (unit of its denominator, multiplier of the rate, what the rate is)
MEASURES: dict[str, tuple[str, float, str]] = {
    "voice": ("statements", 1.0, "share of statements whose speaker is on this side"),
    "quote_kind": ("statements", 1.0, "share of statements that are direct / indirect / mixed"),
    "anonymous": ("statements", 1.0, "share of statements by unnamed vs named speakers"),
    "cue_type": ("statements", 1.0, "share of this side's statements with a distancing / neutral / assertive cue"),
    "claims_claimant": ("claims", 1.0, "share of casualty claims made by this side (article = own voice)"),
    "claims_victim": ("claims", 1.0, "share of casualty claims about this side's losses"),
    "hedged_claims": ("claims", 1.0, "share of casualty claims the article hedges"),
    "verification": ("words", 1000.0, "verification phrases in the article's voice per 1,000 words"),
    "label_article": ("words", 1000.0, "uses of this label for this side in the article's voice per 1,000 words"),
    "label_quoted": ("words", 1000.0, "uses of this label for this side inside quotes per 1,000 words"),
    "wire": ("paragraphs", 1.0, "share of paragraphs shared with an article of another outlet"),
    "nonnews": ("lines", 1.0, "removed non-news lines of this kind as a share of all lines"),
    "tone": ("sentences", 1.0, "mean VADER compound score of article-voice sentences mentioning this side"),
}

#: default minimum denominators below which a rate is flagged `low_count`
MIN_COUNTS = {"statements": 10, "claims": 5, "words": 1000, "sentences": 5, "paragraphs": 0, "lines": 0}

LABEL_COLUMNS = {
    "article_id": "string", "side": "string", "label": "string", "kind": "string", "start": "Int64",
    "end": "Int64", "text": "string", "voice": "string", "quote_id": "string", "quote_kind": "string",
}

_SPACE = r"[^\S\n]+"
_QUOTE_SPAN_COLUMNS = ["start", "end", "quote_id", "quote_kind"]


# --------------------------------------------------------------------------- lexicons

def _compile(entry: Any) -> re.Pattern:
    """One lexicon entry (a pattern string, or {pattern, case}) -> regex with word boundaries."""
    if isinstance(entry, dict):
        pattern, case = entry["pattern"], bool(entry.get("case", False))
    else:
        pattern, case = str(entry), False
    body = pattern.replace(" ", _SPACE)
    # the left word boundary is checked by _hits: a lookbehind here would defeat re's literal-prefix scan
    return re.compile(rf"(?:{body})(?!\w)", 0 if case else re.IGNORECASE)


#: text characters that re's IGNORECASE matches to an ASCII letter but str.lower() does not lower to it
#: (found by trying every code point against every ASCII letter): replaced before lowering, for _may_match
_FOLD_FIXES = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"))
_REQUIRED: dict[re.Pattern, tuple[str, bool]] = {}
_LOWERED: list = [None, ""]   # the last text seen by _may_match and its lowered form


def _required_literal(pat: re.Pattern) -> str:
    """The longest run of ASCII literal characters every match of `pat` contains ('' when none is sure):
    lowered when the pattern ignores case. Read from the parsed pattern: only top-level literals and groups
    without flags count (an alternative, an optional part or a character class ends a run).

    >>> _required_literal(_compile("(?:the )?militant (?:group|movement)")), _required_literal(_compile("hard-?liners?"))
    ('militant', 'liner')
    """
    from re import _parser
    try:
        items = list(_parser.parse(pat.pattern, pat.flags))
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply always run
        return ""
    runs, run = [], []

    def walk(seq):
        for op, arg in seq:
            if op is _parser.LITERAL and arg < 128:
                run.append(chr(arg))
                continue
            if op is _parser.SUBPATTERN and not arg[1] and not arg[2]:   # a group without inline flags
                walk(arg[3])
                continue
            runs.append("".join(run))
            run.clear()
    walk(items)
    runs.append("".join(run))
    best = max(runs, key=len)
    if len(best) < 3:
        return ""
    return best.lower() if pat.flags & re.IGNORECASE else best


def _may_match(pat: re.Pattern, text: str) -> bool:
    """False only when `pat` cannot match `text` (a literal it needs is absent): a substring test is far cheaper
    than scanning the text with the pattern, and most of a lexicon's patterns occur in few texts."""
    found = _REQUIRED.get(pat)
    if found is None:
        found = _REQUIRED[pat] = (_required_literal(pat), bool(pat.flags & re.IGNORECASE))
    need, folded = found
    if not need:
        return True
    if not folded:
        return need in text
    if _LOWERED[0] is not text:
        lowered = text
        if not text.isascii():
            for char, letter in _FOLD_FIXES:
                if char in lowered:
                    lowered = lowered.replace(char, letter)
        _LOWERED[0], _LOWERED[1] = text, lowered.lower()
    return need in _LOWERED[1]


def _hits(pat: re.Pattern, text: str):
    """Matches of a lexicon pattern that start at a word boundary (no letter, digit, _ or - before)."""
    if not _may_match(pat, text):
        return
    for m in pat.finditer(text):
        i = m.start()
        if i and (text[i - 1].isalnum() or text[i - 1] in "_-"):
            continue
        yield m


@dataclass(frozen=True)
class Label:
    side: str
    label: str
    kind: str  # name | descriptor
    patterns: tuple[re.Pattern, ...]


@dataclass(frozen=True)
class Lexicons:
    """A conflict's label lexicon merged over the shared English lexicon (bias.yaml), with hedges.yaml's
    verification phrases."""

    conflict: str
    sides: dict[str, dict]
    labels: tuple[Label, ...]
    heads: dict[str, str]
    modifiers: dict[str, str]
    ignore: tuple[re.Pattern, ...]
    verification: tuple[tuple[str, re.Pattern, bool], ...]  # (kind, cue, negated), longest cue first
    negator: re.Pattern
    source: str = ""
    _extra: dict = field(default_factory=dict, repr=False)

    @property
    def side_names(self) -> list[str]:
        return list(self.sides)

    def colors(self) -> dict[str, str]:
        """Colours the conflict file assigns to its sides (may be empty)."""
        return {s: v["color"] for s, v in self.sides.items() if isinstance(v, dict) and v.get("color")}


def _label_path(labels: str | Path) -> Path:
    p = Path(labels)
    if p.suffix in (".yaml", ".yml") or p.exists():
        return p
    return LABELS_DIR / f"{labels}.yaml"


def load_lexicons(labels: str | Path | Lexicons | None = None, *, actors=None) -> Lexicons:
    """Conflict name ("panjshir-2021") or path to a label YAML -> Lexicons (the shared lists merged in).

    Keys a conflict file sets (heads, modifiers) replace the shared ones; `ignore` and `sides` come
    from the conflict file only; verification phrases always come from hedges.yaml.
    With `labels=None`, an actor registry (`actors`) chooses (see `lexicons_for`); with neither, the
    default conflict's file.
    """
    if isinstance(labels, Lexicons):
        return labels
    if labels is None and actors is not None:
        return lexicons_for(actors)
    path = _label_path(labels or DEFAULT_CONFLICT)
    if not path.exists():
        shipped = ", ".join(sorted(p.stem for p in LABELS_DIR.glob("*.yaml")))
        raise FileNotFoundError(f"{path}: no label lexicon; pass a YAML path or one of: {shipped}")
    return _load_lexicons(str(path.resolve()), path.stat().st_mtime, HEDGES.stat().st_mtime)


def lexicons_for(actors) -> Lexicons:
    """The label lexicon for the conflict(s) of an actor registry (presslens.actors.Actors).

    1. the file the registry names (`labels:`, a name under data/lexicons/labels/ or a path);
    2. else the shipped file named like the registry's conflict (panjshir-2021);
    3. else one built from the registry: each belligerent side's keywords and organisations are its
       proper names, and the generic descriptors (labels/generic.yaml) go to the registry's
       `government_side` and `rebel_side`. A registry of several conflicts cannot tell which
       conflict's rebels "the rebels" are, so its descriptors keep the generic sides
       `government` and `rebel`.
    """
    named = list(dict.fromkeys(c.labels for c in actors.conflicts if getattr(c, "labels", None)))
    if len(named) == 1:
        return load_lexicons(named[0])
    keys = [c.key for c in actors.conflicts]
    if len(keys) == 1 and (LABELS_DIR / f"{keys[0]}.yaml").exists() and keys[0] != "generic":
        return load_lexicons(keys[0])
    return _registry_lexicons(actors)


def _registry_lexicons(actors) -> Lexicons:
    generic = load_yaml(LABELS_DIR / "generic.yaml")
    names: dict[str, list[str]] = {}  # side -> proper names: keywords, organisations and their aliases
    for conflict in actors.conflicts:
        for side in conflict.sides:
            names.setdefault(side, []).extend(
                [*conflict.keywords.get(side, ()),
                 *(form for a in conflict.actors if a.side == side and not a.is_person for form in (a.name, *a.aliases))])
    owners: dict[str, set[str]] = {}
    for side, forms in names.items():
        for form in forms:
            owners.setdefault(form.casefold(), set()).add(side)
    sides: dict[str, dict] = {}
    for side, forms in names.items():
        # a proper name has a capital ('army' is not one) and belongs to one side only
        kept = {f.casefold(): f for f in reversed(forms) if any(ch.isupper() for ch in f) and len(owners[f.casefold()]) == 1}
        sides[side] = {"labels": {f: {"kind": "name", "patterns": [_literal_pattern(f)]} for f in reversed(kept.values())}}
    # generic side -> the registry's side (one conflict only: with several, whose rebels are "the rebels"?)
    single = actors.conflicts[0] if len(actors.conflicts) == 1 else None
    registry_side = {"government": single.government_side, "rebel": single.rebel_side} if single else {}
    for generic_side, spec in generic["sides"].items():
        side = registry_side.get(generic_side) or generic_side
        sides.setdefault(side, {"labels": {}})["labels"].update(spec["labels"])
    conf = {"conflict": f"{actors.name} (built from the actor registry)", "sides": sides,
            "ignore": generic.get("ignore", [])}
    return _lexicons_from(conf, f"actor registry {actors.name} + {LABELS_DIR / 'generic.yaml'}")


def _literal_pattern(name: str) -> dict | str:
    """A registry name as a lexicon pattern: literal, any space run for a space; an acronym keeps its case."""
    body = " ".join(re.escape(part) for part in name.split())
    return {"pattern": body, "case": True} if name.isupper() else body


def _cue_pattern(cue: str) -> re.Pattern:
    """A literal hedges.yaml cue -> regex: any whitespace for a space, ' or ’ for an apostrophe."""
    body = re.escape(cue).replace(r"\ ", _SPACE).replace("'", "['’]")
    return re.compile(rf"{body}(?!\w)", re.IGNORECASE)


def _verification_cues() -> dict:
    """hedges.yaml -> the `verification` and `negator` fields of Lexicons."""
    raw = load_yaml(HEDGES)
    cues = sorted({(str(h["cue"]), str(h["verification"]), bool(h.get("negated")))
                   for h in raw["hedges"] if h.get("verification")}, key=lambda c: (-len(c[0]), c))
    negators = "|".join(re.escape(str(w)) for w in raw.get("negators", []))
    return dict(verification=tuple((kind, _cue_pattern(cue), negated) for cue, kind, negated in cues),
                negator=re.compile(rf"\b(?:{negators})\b" if negators else r"(?!x)x", re.IGNORECASE))


@lru_cache(maxsize=16)
def _load_lexicons(path: str, mtime: float, hedges_mtime: float) -> Lexicons:
    return _lexicons_from(load_yaml(path) or {}, path)


def _lexicons_from(conf: dict, path: str) -> Lexicons:
    """A conflict's label mapping (the YAML format of labels/*.yaml) -> Lexicons; `path` names it in errors."""
    base = load_yaml(BASE_LEXICON)
    merged = {**base, **{k: v for k, v in conf.items() if k in base}}
    if not isinstance(conf.get("sides"), dict) or not conf["sides"]:
        raise ValueError(f"{path}: needs a `sides:` mapping (side -> {{labels: {{label: [patterns]}}}})")
    labels = []
    for side, spec in conf["sides"].items():
        for name, entry in (spec or {}).get("labels", {}).items():
            if isinstance(entry, dict) and "patterns" in entry:
                kind, pats = entry.get("kind", "descriptor"), entry["patterns"]
            else:
                kind, pats = "descriptor", entry if isinstance(entry, list) else [entry]
            try:
                labels.append(Label(side, str(name), kind, tuple(_compile(p) for p in pats)))
            except re.error as exc:
                raise ValueError(f"{path}: side {side!r}, label {name!r}: bad pattern ({exc})") from None
    return Lexicons(
        conflict=str(conf.get("conflict", Path(path).stem)),
        sides={s: (v or {}) for s, v in conf["sides"].items()},
        labels=tuple(labels),
        heads={str(k): str(v) for k, v in merged.get("heads", {}).items()},
        modifiers={str(k): str(v) for k, v in merged.get("modifiers", {}).items()},
        ignore=tuple(_compile(p) for p in conf.get("ignore", []) or []),
        **_verification_cues(),
        source=path,
    )


# --------------------------------------------------------------------------- quote spans

_OPEN_D, _CLOSE_D, _AMBIG_D = "“„«", "”»", "\"″"


def quote_mark_spans(text: str) -> list[tuple[int, int]]:
    """Character spans [start, end) of the text inside quotation marks, paragraph by paragraph.

    Handles curly, straight and mismatched double quotes, ‘single’ curly quotes (not
    apostrophes), and a quote left open at the end of a paragraph (runs to its end).

    >>> quote_mark_spans('He said "we will win" and ‘elders’ agreed.')
    [(9, 20), (27, 33)]
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        spans.extend((pos + a, pos + b) for a, b in _para_quote_spans(para))
        pos += len(para) + 1
    return spans


_QUOTE_CHARS = re.compile("[“”„«»\"″‘’]")


def _para_quote_spans(para: str) -> list[tuple[int, int]]:
    spans, open_at, single_at = [], None, None
    n = len(para)
    for m in _QUOTE_CHARS.finditer(para):
        i, ch = m.start(), m.group(0)
        nxt = para[i + 1] if i + 1 < n else " "
        prv = para[i - 1] if i else " "
        if open_at is None:
            if ch in _OPEN_D or (ch in _AMBIG_D and not prv.isalnum()):
                open_at, single_at = i + 1, None
            elif ch == "‘" and not prv.isalnum() and single_at is None:
                single_at = i + 1
            elif ch == "’" and single_at is not None and not nxt.isalnum():
                spans.append((single_at, i))
                single_at = None
        elif ch in _CLOSE_D or ch in _AMBIG_D or (ch == "“" and not nxt.isalnum()):
            spans.append((open_at, i))
            open_at = None
    if open_at is not None and open_at < n:
        spans.append((open_at, n))
    return spans


def _texts(corpus) -> list[tuple[str, str]]:
    """(article_id, text) pairs as plain Python strings."""
    arts = corpus.articles
    return list(zip(arts["article_id"].astype(str).tolist(), arts["text"].fillna("").astype(str).tolist()))


def _quote_spans(corpus, quotes: pd.DataFrame | None) -> dict[str, list[tuple[int, int, Any, str]]]:
    """article_id -> [(start, end, quote_id, kind)]: quote-table spans plus quotation-mark spans."""
    out: dict[str, list] = {}
    for aid, text in _texts(corpus):
        out[str(aid)] = [(a, b, None, "marks") for a, b in quote_mark_spans(str(text))]
    if quotes is not None and len(quotes):
        q = quotes.dropna(subset=["start", "end"])
        kinds = q["kind"] if "kind" in q else pd.Series("quote", index=q.index)
        ids = q["quote_id"] if "quote_id" in q else pd.Series(None, index=q.index)
        for aid, a, b, qid, k in zip(q["article_id"].astype(str).tolist(), q["start"].tolist(), q["end"].tolist(),
                                     ids.tolist(), kinds.tolist()):
            out.setdefault(aid, []).insert(0, (int(a), int(b), qid, str(k) if pd.notna(k) else "quote"))
    return out


def _voice_of(pos: int, spans: list[tuple[int, int, Any, str]]) -> tuple[str, Any, Any]:
    for a, b, qid, kind in spans:
        if a <= pos < b:
            return "quoted", qid, kind
    return "article", None, None


# --------------------------------------------------------------------------- labels

_CONTEXT: dict[int, tuple] = {}


def _context_patterns(lex: Lexicons) -> tuple:
    """Compiled head-noun and modifier patterns of a lexicon (cached per Lexicons object)."""
    hit = _CONTEXT.get(id(lex))
    if hit is not None and hit[0] is lex:
        return hit[1]
    heads = "|".join(f"(?P<h{i}>{p})" for i, p in enumerate(lex.heads.values()))
    head_names = list(lex.heads)
    mods = "|".join(lex.modifiers.values())
    head_after = re.compile(rf"(?:['’]s)?{_SPACE}(?:{heads})(?!\w)", re.IGNORECASE) if heads else None
    head_before = re.compile(
        rf"(?<![\w-])(?:{heads}){_SPACE}(?:from|of){_SPACE}(?:the{_SPACE})?"
        rf"(?:(?:{mods}){_SPACE}[\"'“‘]?)?$", re.IGNORECASE) if heads else None
    # a modifier counts only right before a side's label, with at most two Capitalised words between
    mod_before = re.compile(
        rf"(?<![\w-])(?P<mod>(?i:{mods})){_SPACE}[\"'“‘]?(?:[A-Z][\w-]*{_SPACE}){{0,2}}[\"'“‘]?$") if mods else None
    mod_pats = [(n, re.compile(rf"^(?:{p})$", re.IGNORECASE)) for n, p in lex.modifiers.items()]
    result = (head_names, head_after, head_before, mod_before, mod_pats)
    _CONTEXT[id(lex)] = (lex, result)
    return result


def _match_labels(text: str, lex: Lexicons) -> list[dict]:
    """Non-overlapping label matches in one text (longest wins), extended by head nouns, plus modifiers."""
    cands = []  # (start, end, priority, side, label, kind)
    for prio, lab in enumerate(lex.labels):
        for pat in lab.patterns:
            for m in _hits(pat, text):
                cands.append((m.start(), m.end(), prio, lab.side, lab.label, lab.kind))
    for pat in lex.ignore:
        for m in _hits(pat, text):
            cands.append((m.start(), m.end(), -1, None, None, None))
    # longest first, then ignore-entries, then lexicon order
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken = np.zeros(len(text) + 1, dtype=bool)
    kept = []
    for c in cands:
        if not taken[c[0]:c[1]].any():
            taken[c[0]:c[1]] = True
            if c[3] is not None:
                kept.append(c)
    kept.sort()
    head_names, head_after, head_before, mod_before, mod_pats = _context_patterns(lex)
    rows = []
    for start, end, _, side, label, kind in kept:
        head, name_start = None, start
        if head_after is not None:
            m = head_after.match(text, end)
            if m and not taken[m.start():m.end()].any():
                head = head_names[int(next(k for k, v in m.groupdict().items() if v)[1:])]
                end = m.end()
                taken[m.start():m.end()] = True
            else:
                b = head_before.search(text, max(0, start - 80), start)
                if b and b.end() == start and not taken[b.start():b.end()].any():
                    head = head_names[int(next(k for k, v in b.groupdict().items() if v)[1:])]
                    start = b.start()
        out_label = head if (head and kind == "name") else label
        rows.append(dict(start=start, end=end, side=side, label=out_label, kind=kind, text=text[start:end]))
        m = mod_before.search(text, max(0, name_start - 80), name_start) if mod_before is not None else None
        if m:
            word = m.group("mod")
            mname = next((n for n, p in mod_pats if p.match(word)), word)
            rows.append(dict(start=m.start("mod"), end=m.end("mod"), side=side, label=mname, kind="modifier",
                             text=word))
    return rows


def find_labels(corpus, quotes: pd.DataFrame | None = None, *, lexicons=None, _spans=None) -> pd.DataFrame:
    """Corpus (+ quote table) -> one row per name used for a side (LABEL_COLUMNS), with its voice.

    `voice` is "quoted" when the label starts inside a quote row's [start, end) span or inside
    quotation marks, else "article" (the outlet's own voice).
    """
    lex = load_lexicons(lexicons)
    spans = _spans if _spans is not None else _quote_spans(corpus, quotes)
    rows = []
    for aid, text in _texts(corpus):
        for r in _match_labels(text, lex):
            voice, qid, qkind = _voice_of(r["start"], spans.get(aid, []))
            rows.append({**r, "article_id": aid, "voice": voice, "quote_id": qid, "quote_kind": qkind})
    return _table(rows, LABEL_COLUMNS)


def _table(rows: list[dict], schema: dict[str, str]) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(rows, columns=list(schema))
    return frame.astype(schema).reset_index(drop=True)


# --------------------------------------------------------------------------- verification, wires, non-news

def find_verification(corpus, quotes: pd.DataFrame | None = None, *, lexicons=None, _spans=None) -> pd.DataFrame:
    """Corpus -> one row per verification phrase ("not possible to confirm" ...), with kind and voice.

    The phrases are the hedges.yaml cues with a `verification` kind; overlapping cues count once (the
    longest); a `negated` cue counts only after a negator in its sentence ("Neither account could be
    independently verified").
    """
    lex = load_lexicons(lexicons)
    spans = _spans if _spans is not None else _quote_spans(corpus, quotes)
    rows = []
    for aid, text in _texts(corpus):
        taken = []
        for kind, pat, negated in lex.verification:
            for m in _hits(pat, text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue  # one phrase, one count
                if negated and not lex.negator.search(text, _sentence_start(text, m.start()), m.start()):
                    continue
                taken.append((m.start(), m.end()))
                voice, qid, _ = _voice_of(m.start(), spans.get(aid, []))
                rows.append(dict(article_id=aid, kind=kind, start=m.start(), end=m.end(),
                                 text=m.group(0), voice=voice, quote_id=qid))
    schema = {"article_id": "string", "kind": "string", "start": "Int64", "end": "Int64", "text": "string",
              "voice": "string", "quote_id": "string"}
    return _table(rows, schema).sort_values(["article_id", "start"], ignore_index=True)


def _sentence_start(text: str, pos: int) -> int:
    """Offset just after the last sentence end (. ! ? or newline) before `pos`."""
    return max((text.rfind(ch, 0, pos) for ch in ".!?\n"), default=-1) + 1


def wire_credits(corpus, *, lexicons=None) -> pd.DataFrame:
    """Corpus -> one row per article with the wire services it credits, from `articles.wire` (corpus.py).

    The corpus fills `wire` from datelines and credit lines (outlets.yaml); a citation such as
    "according to Reuters" is not a credit. `lexicons` is accepted for older callers and unused.
    """
    arts = corpus.articles
    wires = arts["wire"] if "wire" in arts else pd.Series(pd.NA, index=arts.index)
    rows = []
    for aid, wire in zip(arts["article_id"], wires):
        found = {w.strip() for w in re.split(r"[;,]", str(wire)) if w.strip()} if pd.notna(wire) else set()
        rows.append(dict(article_id=str(aid), wire_credited="; ".join(sorted(found)), n_wires=len(found)))
    return pd.DataFrame(rows, columns=["article_id", "wire_credited", "n_wires"])


def wire_paragraphs(corpus) -> pd.DataFrame:
    """Corpus -> paragraphs with `shared` (its wire_group also holds a paragraph of another outlet)."""
    paras = corpus.paragraphs[["article_id", "para_idx"]].copy()
    paras["article_id"] = paras["article_id"].astype("string")
    group = corpus.paragraphs["wire_group"] if "wire_group" in corpus.paragraphs else pd.Series(pd.NA, index=paras.index)
    paras["wire_group"] = group.astype("string")
    outlets = _outlets(corpus)
    paras["outlet"] = paras["article_id"].map(outlets)
    # an unknown outlet counts as its own outlet: never assume two unknowns are the same publisher
    key = paras["outlet"].where(paras["outlet"] != "unknown", "unknown:" + paras["article_id"])
    n_outlets = key[paras["wire_group"].notna()].groupby(paras["wire_group"]).nunique()
    paras["shared"] = paras["wire_group"].map(n_outlets).fillna(0).astype(int) > 1
    return paras.drop(columns="outlet")


def classify_removed(corpus, *, lexicons=None) -> pd.DataFrame:
    """Corpus -> its `removed` lines with the `kind` corpus.py gave them (boilerplate.yaml); `unknown` where none.

    `lexicons` is accepted for older callers and unused.
    """
    removed = corpus.removed.copy() if getattr(corpus, "removed", None) is not None else pd.DataFrame()
    if removed.empty:
        return pd.DataFrame({"article_id": pd.Series(dtype="string"), "line": pd.Series(dtype="string"),
                             "kind": pd.Series(dtype="string")})
    removed["kind"] = _filled(removed["kind"] if "kind" in removed else pd.Series(pd.NA, index=removed.index))
    removed["article_id"] = removed["article_id"].astype("string")
    return removed


# --------------------------------------------------------------------------- tone

@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    return SentimentIntensityAnalyzer()  # the package's own shipped vader_lexicon.txt


def tone_sentences(corpus, labels: pd.DataFrame, quotes: pd.DataFrame | None = None, *, _spans=None) -> pd.DataFrame:
    """Sentences that mention a side in the article's voice -> VADER compound, quoted parts blanked out."""
    own = labels[labels["voice"] == "article"]
    cols = ["article_id", "para_idx", "sent_idx", "side", "compound", "text"]
    sents = corpus.sentences
    if own.empty or sents.empty:
        return pd.DataFrame(columns=cols).astype({"compound": float})
    spans = _spans if _spans is not None else _quote_spans(corpus, quotes)
    texts = dict(zip(corpus.articles["article_id"].astype(str), corpus.articles["text"].astype(str)))
    # the labels' starts on one sorted key (article code, start): each sentence's labels are found by two
    # vectorised searches, not a search per sentence in a per-article group
    own = own.sort_values(["article_id", "start"], kind="stable")
    label_aid = own["article_id"].astype(str).to_numpy(object)
    label_start, label_side = own["start"].to_numpy(np.int64), own["side"].to_numpy(object)
    sents = sents[sents["article_id"].astype(str).isin(set(label_aid))]
    sent_aid = sents["article_id"].astype(str).to_numpy(object)
    codes, _ = pd.factorize(np.concatenate([label_aid, sent_aid]))   # the labels' codes ascend: sorted first
    width = int(max(label_start.max(), sents["end"].max() if len(sents) else 0)) + 1
    keys = codes[:len(label_aid)].astype(np.int64) * width + label_start
    base = codes[len(label_aid):].astype(np.int64) * width
    first = np.searchsorted(keys, base + sents["start"].to_numpy(np.int64), "left")
    last = np.searchsorted(keys, base + sents["end"].to_numpy(np.int64), "left")
    rows = []
    for s, lo, hi in zip(sents.itertuples(index=False), first.tolist(), last.tolist()):
        if lo == hi:
            continue
        aid = str(s.article_id)
        chars = list(texts[aid][int(s.start):int(s.end)])
        for a, b, _, _ in spans.get(aid, []):
            for i in range(max(a, s.start), min(b, s.end)):
                chars[i - s.start] = " "
        score = _vader().polarity_scores("".join(chars))["compound"]
        for side in sorted(set(label_side[lo:hi])):
            rows.append(dict(article_id=aid, para_idx=s.para_idx, sent_idx=s.sent_idx, side=side,
                             compound=score, text=s.text))
    return pd.DataFrame(rows, columns=cols).astype({"compound": float})


# --------------------------------------------------------------------------- counts per article

def _outlets(corpus) -> dict[str, str]:
    arts = corpus.articles
    outlet = arts["outlet"].astype("string").fillna("unknown") if "outlet" in arts else pd.Series("unknown", index=arts.index)
    outlet = outlet.where(outlet.str.strip() != "", "unknown")
    return dict(zip(arts["article_id"].astype(str), outlet))


def _filled(s: pd.Series, fill: str = "unknown") -> pd.Series:
    """A column as strings with missing or blank values replaced by `fill` (never re-derived)."""
    s = s.astype("string").fillna(fill)
    return s.where(s.str.strip() != "", fill)


def _counts_dense(df: pd.DataFrame, measure: str, side: str | None, item: str | None,
                  den: pd.DataFrame, den_by_side: bool = False) -> pd.DataFrame:
    """Rows of `df` grouped to (article, side, item) counts, completed with zeros against `den`."""
    num = _grouped(df, side, item)
    combos = num[["side", "item"]].drop_duplicates()
    grid = den[["article_id"]].drop_duplicates().merge(combos, how="cross")
    out = grid.merge(num, on=["article_id", "side", "item"], how="left")
    out["num"] = out["num"].fillna(0).astype(float)
    if den_by_side:
        out = out.merge(den, on=["article_id", "side"], how="left")
    else:
        out = out.merge(den[["article_id", "den"]], on="article_id", how="left")
    out["den"] = out["den"].fillna(0).astype(float)
    out["measure"] = measure
    return out


class _Spec:
    """One `_counts` call, kept as its arguments: made dense (`_counts`) or sparse (`_sparse_counts`)."""

    def __init__(self, df, measure, side, item, den, den_by_side=False):
        self.args = (df, measure, side, item, den, den_by_side)

    def dense(self) -> pd.DataFrame:
        return _counts_dense(*self.args)

    def sparse(self, keep_bases: bool = False) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
        """-> (non-zero counts: article_id, side, item, num; bases: article_id, [side,] den; keys: side, item).
        No keys (nothing counted) -> no rows at all, as the dense form has none (`keep_bases`: the bases are
        kept, for a part of the corpus whose keys may come from another part)."""
        df, measure, side, item, den, den_by_side = self.args
        num = _grouped(df, side, item)
        keys = num[["side", "item"]].drop_duplicates()
        if keys.empty and not keep_bases:
            return num.iloc[:0], den.iloc[:0], keys
        base = den[["article_id", "side", "den"]] if den_by_side else den[["article_id", "den"]]
        return num, base.drop_duplicates(subset=[c for c in base.columns if c != "den"]), keys


@dataclass
class Counts:
    """article_counts in sparse form (`article_counts(..., sparse=True)`): what `measures` needs, without the
    zeros. `num`: article_id, measure, side, item, num (the non-zero counts, and every tone row); `den`:
    article_id, measure, den (each article's base of a measure that does not depend on the side); `den_side`:
    article_id, measure, side, den (cue_type's base per speaker side, tone's sentence count per side); `keys`:
    measure, side, item (the keys every article is counted on; tone's are only those of its rows); `outlet`:
    article_id -> outlet of every article. Missing sides and items are "—"."""
    num: pd.DataFrame
    den: pd.DataFrame
    den_side: pd.DataFrame
    keys: pd.DataFrame
    outlet: pd.Series


def _grouped(df: pd.DataFrame, side: str | None, item: str | None) -> pd.DataFrame:
    keys = [k for k in (side, item) if k]
    num = df.groupby(["article_id", *keys], dropna=False).size().rename("num").reset_index() if len(df) else \
        pd.DataFrame(columns=["article_id", *keys, "num"])
    num = num.rename(columns={side: "side"} if side else {}).rename(columns={item: "item"} if item else {})
    if "side" not in num:
        num["side"] = pd.NA
    if "item" not in num:
        num["item"] = pd.NA
    return num


_BY_SIDE = ("cue_type", "tone")  # measures whose base depends on the side


def _sparse_counts(parts: list, ids: pd.DataFrame, outlets: dict[str, str], keep_bases: bool = False) -> Counts:
    nums, dens, sides, keys = [], [], [], []
    for p in parts:
        if isinstance(p, _Spec):
            measure = p.args[1]
            num, den, k = p.sparse(keep_bases)
            nums.append(num.assign(measure=measure))
            (sides if p.args[5] else dens).append(den.assign(measure=measure))
            keys.append(k.assign(measure=measure))
        else:  # tone: per article and side, as it is
            nums.append(p[["article_id", "measure", "side", "item", "num"]])
            sides.append(p[["article_id", "measure", "side", "den"]])

    def frame(frames, cols, types):
        frames = [f[cols] for f in frames if len(f)]
        out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=cols)
        for c in cols:
            if c in ("side", "item"):
                out[c] = out[c].astype("string").fillna("—").astype("category")
            elif c in ("article_id", "measure"):
                out[c] = out[c].astype("string").astype("category")
            else:
                out[c] = out[c].astype(float)
        return out

    num = frame(nums, ["article_id", "measure", "side", "item", "num"], None)
    num = num[(num["num"] != 0) | (num["measure"] == "tone")].reset_index(drop=True)
    den = frame(dens, ["article_id", "measure", "den"], None).drop_duplicates(subset=["article_id", "measure"])
    den_side = frame(sides, ["article_id", "measure", "side", "den"], None).drop_duplicates(
        subset=["article_id", "measure", "side"])
    key = frame(keys, ["measure", "side", "item"], None).drop_duplicates().reset_index(drop=True)
    outlet = pd.Series(outlets, dtype="string").reindex(ids["article_id"].astype(str).tolist())
    return Counts(num.reset_index(drop=True), den.reset_index(drop=True), den_side.reset_index(drop=True), key, outlet)


def _measures_sparse(counts: Counts, group_of: pd.Series, *, by: str, n_boot: int, seed: int,
                     level: float) -> list[pd.DataFrame]:
    """`measures` on sparse counts: per group, the dense articles x keys matrices the bootstrap needs, built from
    the non-zero counts and the bases (the same matrices `measures` pivots out of the dense counts)."""
    key = ["measure", "side", "item"]
    grid = list(counts.keys[key].itertuples(index=False, name=None))
    num, den, den_side = counts.num, counts.den, counts.den_side
    present = group_of.index if grid else pd.Index(num.loc[num["measure"] == "tone", "article_id"].astype(str).unique())
    groups = group_of.reindex(present)
    num_groups = num["article_id"].astype(str).map(group_of)
    tone = num["measure"] == "tone"
    by_num = {g: ix for g, ix in num.groupby(num_groups.to_numpy(), sort=False).indices.items()}
    base = {m: pd.Series(f["den"].to_numpy(), index=f["article_id"].astype(str).to_numpy())
            for m, f in den.groupby("measure", observed=True)}
    base_side = {ms: pd.Series(f["den"].to_numpy(), index=f["article_id"].astype(str).to_numpy())
                 for ms, f in den_side.groupby(["measure", "side"], observed=True)}
    frames = []
    for group, members in pd.Series(groups.index, index=groups.to_numpy()).groupby(level=0, sort=True):
        arts = pd.Index(sorted(members.astype(str)))
        ix = by_num.get(group, np.array([], dtype=int))
        rows = num.iloc[ix]
        own_tone = rows[tone.iloc[ix].to_numpy()]
        cols = sorted(set(grid) | set(own_tone[key].astype(str).itertuples(index=False, name=None)))
        pos = {k: j for j, k in enumerate(cols)}
        n = np.zeros((len(arts), len(cols)))
        r = arts.get_indexer(rows["article_id"].astype(str))
        c = np.fromiter((pos.get(k, -1) for k in rows[key].astype(str).itertuples(index=False, name=None)), int,
                        count=len(rows))
        ok = (r >= 0) & (c >= 0)
        np.add.at(n, (r[ok], c[ok]), rows["num"].to_numpy(float)[ok])
        d = np.zeros_like(n)
        column: dict = {}
        for j, (m, s, _) in enumerate(cols):
            which = (m, s) if m in _BY_SIDE else m
            if which not in column:
                b = base_side.get(which) if m in _BY_SIDE else base.get(m)
                column[which] = None if b is None else b.reindex(arts).fillna(0).to_numpy(float)
            if column[which] is not None:
                d[:, j] = column[which]
        rng = np.random.default_rng([seed, zlib.crc32(str(group).encode())])
        lo, hi = _bootstrap(n, d, n_boot=n_boot if by != "article" else 0, rng=rng, level=level)
        f = pd.DataFrame(cols, columns=key)
        f.insert(0, by, group)
        nn, dd = n.sum(axis=0), d.sum(axis=0)
        f["n"], f["den"] = nn, dd
        with np.errstate(invalid="ignore", divide="ignore"):
            f["rate"] = np.where(dd > 0, nn / np.where(dd > 0, dd, 1), np.nan)
        f["lo"], f["hi"] = lo, hi
        f["n_articles"] = len(arts)
        frames.append(f)
    return frames


def article_counts(corpus, quotes: pd.DataFrame | None = None, claims: pd.DataFrame | None = None, *,
                   lexicons=None, found: dict | None = None, sparse: bool = False, wire: pd.DataFrame | None = None,
                   _keep_bases: bool = False) -> "pd.DataFrame | Counts":
    """Corpus + quote/claim tables -> tidy counts: article_id, measure, side, item, num, den (every article x
    every key of its measures, zeros included).

    `found`: a dict that receives the tables the counts are made of, `labels` (find_labels) and `verification`
    (find_verification), so a report that shows them does not scan the texts again. `sparse=True`: the same
    counts as a `Counts` (non-zero counts and one base per article and measure), which `measures` takes
    as `counts=` with the same result; its memory does not grow with articles x keys. `wire`: the
    wire_paragraphs of a larger corpus this one is part of (whether a group is shared is decided across
    articles: scan_counts)."""
    lex = load_lexicons(lexicons)
    arts = corpus.articles.assign(article_id=corpus.articles["article_id"].astype("string"))
    ids = arts[["article_id"]]
    words = ids.assign(den=pd.to_numeric(arts["n_words"], errors="coerce").fillna(0).to_numpy())
    parts = []

    # voice, kind, anonymity, cues: from the quote table
    if quotes is not None:
        q = quotes.assign(article_id=quotes["article_id"].astype("string"))
        q = q[q["article_id"].isin(ids["article_id"])]
        q = q.assign(side=_filled(q["speaker_side"]),
                     kind_=_filled(q["kind"]) if "kind" in q else "unknown",
                     anon=q["anonymous"].astype("boolean").fillna(False).map({True: "anonymous", False: "named"})
                     if "anonymous" in q else "named",
                     cue_type_=_filled(q["cue_type"]) if "cue_type" in q else "unknown")
        n_stat = ids.merge(q.groupby("article_id").size().rename("den").reset_index(), how="left").fillna({"den": 0})
        parts += [_Spec(q, "voice", "side", None, n_stat),
                  _Spec(q, "quote_kind", None, "kind_", n_stat),
                  _Spec(q, "anonymous", None, "anon", n_stat)]
        by_side = q.groupby(["article_id", "side"]).size().rename("den").reset_index()
        all_side = n_stat.assign(side="all")
        parts += [_Spec(q, "cue_type", "side", "cue_type_", by_side, den_by_side=True),
                  _Spec(q.assign(side="all"), "cue_type", "side", "cue_type_", all_side, den_by_side=True)]

    # casualty claims carried
    if claims is not None:
        c = claims.assign(article_id=claims["article_id"].astype("string"))
        c = c[c["article_id"].isin(ids["article_id"])]
        c = c.assign(claimant_=_filled(c["claimant_side"], "article"), victim_=_filled(c["victim_side"]),
                     hedged_=c["hedged"].astype("boolean").fillna(False).map({True: "hedged", False: "not hedged"}))
        n_claims = ids.merge(c.groupby("article_id").size().rename("den").reset_index(), how="left").fillna({"den": 0})
        parts += [_Spec(c, "claims_claimant", "claimant_", None, n_claims),
                  _Spec(c, "claims_victim", "victim_", None, n_claims),
                  _Spec(c, "hedged_claims", None, "hedged_", n_claims)]

    # verification phrases in the article's voice
    spans = _quote_spans(corpus, quotes)
    ver = find_verification(corpus, quotes, lexicons=lex, _spans=spans)
    if found is not None:
        found["verification"] = ver
    own_ver = ver[ver["voice"] == "article"]
    parts += [_Spec(own_ver, "verification", None, "kind", words),
              _Spec(own_ver.assign(kind="all"), "verification", None, "kind", words)]

    # labels by voice
    labels = find_labels(corpus, quotes, lexicons=lex, _spans=spans)
    if found is not None:
        found["labels"] = labels
    for voice in ("article", "quoted"):
        parts.append(_Spec(labels[labels["voice"] == voice], f"label_{voice}", "side", "label", words))

    # wire paragraphs
    wp = wire_paragraphs(corpus) if wire is None else wire[wire["article_id"].isin(ids["article_id"])]
    n_paras = ids.merge(wp.groupby("article_id").size().rename("den").reset_index(), how="left").fillna({"den": 0})
    parts.append(_Spec(wp[wp["shared"]].assign(item="shared"), "wire", None, "item", n_paras))

    # non-news lines
    rem = classify_removed(corpus)
    n_lines = n_paras.merge(rem.groupby("article_id").size().rename("r").reset_index(), how="left")
    n_lines = n_lines.assign(den=n_lines["den"] + n_lines["r"].fillna(0))[["article_id", "den"]]
    parts += [_Spec(rem, "nonnews", None, "kind", n_lines),
              _Spec(rem.assign(kind="all"), "nonnews", None, "kind", n_lines)]

    # tone of the sentences that mention each side in the article's voice
    tone = tone_sentences(corpus, labels, quotes, _spans=spans)
    if len(tone):
        t = tone.groupby(["article_id", "side"]).agg(num=("compound", "sum"), den=("compound", "size")).reset_index()
        t = t.assign(article_id=t["article_id"].astype("string"), item=pd.NA, measure="tone")
        parts.append(t)  # not completed with zeros: a side's tone exists only where a sentence names it

    if sparse:
        return _sparse_counts(parts, ids, _outlets(corpus), _keep_bases)
    cols = ["article_id", "measure", "side", "item", "num", "den"]
    parts = [(p.dense() if isinstance(p, _Spec) else p)[cols] for p in parts]
    parts = [p for p in parts if len(p)]
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=cols)
    out = out.astype({"article_id": "string", "measure": "string", "num": float, "den": float})
    out["side"] = out["side"].astype("string")
    out["item"] = out["item"].astype("string")
    out["outlet"] = out["article_id"].map(_outlets(corpus)).astype("string")
    return out.reset_index(drop=True)


def scan_counts(parts: Iterable, quotes: pd.DataFrame | None = None, claims: pd.DataFrame | None = None, *,
                lexicons=None, wire: pd.DataFrame | None = None, found: dict | None = None) -> Counts:
    """article_counts(..., sparse=True) of a corpus given in parts, one part's texts in memory at a time.

    `parts`: corpora that together make the corpus, each with its articles' texts, sentences, removed lines and
    paragraphs (presslens.queries.bias_parts reads them one Parquet part at a time); `quotes`, `claims`: the
    whole tables (each part takes its articles' rows, in table order); `wire`: wire_paragraphs of the whole
    corpus (a group is shared across parts). -> the Counts, and in `found` the label and verification tables,
    equal to those of article_counts on the whole corpus (tests/test_queries.py)."""
    lex = load_lexicons(lexicons)
    rows_of = {}
    for name, frame in (("quotes", quotes), ("claims", claims)):
        if frame is not None:
            rows_of[name] = frame["article_id"].astype(str).groupby(frame["article_id"].astype(str).to_numpy(),
                                                                   sort=False).indices
    counts, labels, verification = [], [], []

    def rows(name: str, frame: pd.DataFrame | None, ids: list[str]) -> pd.DataFrame | None:
        if frame is None:
            return None
        index = rows_of[name]
        pos = [index[a] for a in ids if a in index]
        return frame.iloc[np.sort(np.concatenate(pos)) if pos else []]

    for part in parts:
        ids = part.articles["article_id"].astype(str).tolist()
        made: dict = {}
        counts.append(article_counts(part, rows("quotes", quotes, ids), rows("claims", claims, ids), lexicons=lex,
                                     found=made, sparse=True, wire=wire, _keep_bases=True))
        labels.append(made["labels"])
        verification.append(made["verification"])
    if found is not None:
        found["labels"] = (pd.concat(labels, ignore_index=True) if labels else
                           _table([], LABEL_COLUMNS))
        found["verification"] = (pd.concat(verification, ignore_index=True).sort_values(["article_id", "start"], ignore_index=True)
                                 if verification else find_verification(_EmptyCorpus(), lexicons=lex))
    return _merged(counts)


class _EmptyCorpus:
    articles = pd.DataFrame({"article_id": pd.Series(dtype="string"), "text": pd.Series(dtype="string")})


def _merged(parts: list[Counts]) -> Counts:
    """Counts of parts -> the Counts of their union (a measure's bases dropped where no part counted a key)."""
    if not parts:
        return _sparse_counts([], pd.DataFrame({"article_id": pd.Series(dtype="string")}), {})

    def cat(frames: list[pd.DataFrame]) -> pd.DataFrame:
        out = pd.concat(frames, ignore_index=True)
        for c in ("article_id", "measure", "side", "item"):
            if c in out:
                out[c] = out[c].astype("string").astype("category")
        return out

    keys = cat([c.keys for c in parts]).drop_duplicates().reset_index(drop=True)
    counted = set(keys["measure"].astype(str))
    den = cat([c.den for c in parts])
    den_side = cat([c.den_side for c in parts])
    den = den[den["measure"].astype(str).isin(counted)].reset_index(drop=True)
    den_side = den_side[den_side["measure"].astype(str).isin(counted | {"tone"})].reset_index(drop=True)
    return Counts(cat([c.num for c in parts]), den, den_side, keys, pd.concat([c.outlet for c in parts]))


# --------------------------------------------------------------------------- aggregation with intervals

def _bootstrap(num: np.ndarray, den: np.ndarray, *, n_boot: int, rng: np.random.Generator,
               level: float) -> tuple[np.ndarray, np.ndarray]:
    """num, den: articles x keys. Percentile interval of sum(num)/sum(den) over articles resampled."""
    k = num.shape[0]
    if k < 2 or n_boot <= 0:
        nan = np.full(num.shape[1], np.nan)
        return nan, nan
    w = rng.multinomial(k, np.full(k, 1.0 / k), size=n_boot).astype(float)  # B x k resample weights
    with np.errstate(invalid="ignore", divide="ignore"):
        rates = (w @ num) / (w @ den)
    alpha = (1 - level) / 2
    with np.errstate(invalid="ignore"):
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            lo = np.nanquantile(rates, alpha, axis=0)
            hi = np.nanquantile(rates, 1 - alpha, axis=0)
    return lo, hi


def measures(corpus, quotes: pd.DataFrame | None = None, claims: pd.DataFrame | None = None, *,
             lexicons=None, by: str = "outlet", n_boot: int = 1000, seed: int = 0, level: float = 0.95,
             min_counts: dict | None = None, counts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Corpus + tables -> tidy rates: by, measure, side, item, n, den, rate, lo, hi, unit, low_count, n_articles.

    `rate` = sum(num) / sum(den) over the group's articles (x1000 for per-1,000-word measures);
    `lo`/`hi` = percentile bootstrap interval over articles (seeded: same input, same interval;
    NaN with fewer than two articles); `low_count` = den below `min_counts[unit]`.
    """
    c = counts if counts is not None else article_counts(corpus, quotes, claims, lexicons=lexicons)
    mins = {**MIN_COUNTS, **(min_counts or {})}
    key = ["measure", "side", "item"]
    if isinstance(c, Counts):
        frames = _measures_sparse(c, _groups(c, corpus, by), by=by, n_boot=n_boot, seed=seed, level=level)
        return _finish(frames, by, key, mins)
    c = c.assign(side=c["side"].fillna("—"), item=c["item"].fillna("—"))
    if by == "article":
        c = c.assign(group=c["article_id"])
    elif by == "outlet":
        c = c.assign(group=c["outlet"])
    else:
        extra = corpus.articles.assign(article_id=corpus.articles["article_id"].astype("string"))[["article_id", by]]
        c = c.merge(extra, on="article_id", how="left").assign(group=lambda d: d[by].astype("string").fillna("unknown"))
    frames = []
    for group, g in c.groupby("group", sort=True):
        num = g.pivot_table(index="article_id", columns=key, values="num", aggfunc="sum", fill_value=0)
        den = g.pivot_table(index="article_id", columns=key, values="den", aggfunc="sum", fill_value=0)
        den = den.reindex(columns=num.columns, fill_value=0)
        rng = np.random.default_rng([seed, zlib.crc32(str(group).encode())])
        lo, hi = _bootstrap(num.to_numpy(float), den.to_numpy(float), n_boot=n_boot if by != "article" else 0,
                            rng=rng, level=level)
        n, d = num.sum().to_numpy(), den.sum().to_numpy()
        f = pd.DataFrame(num.columns.tolist(), columns=key)
        f.insert(0, by, group)
        f["n"], f["den"] = n, d
        with np.errstate(invalid="ignore", divide="ignore"):
            f["rate"] = np.where(d > 0, n / np.where(d > 0, d, 1), np.nan)
        f["lo"], f["hi"] = lo, hi
        f["n_articles"] = num.shape[0]
        frames.append(f)
    return _finish(frames, by, key, mins)


def _groups(c: Counts, corpus, by: str) -> pd.Series:
    """article_id -> the group it is measured in (its outlet, itself, or a column of the article table)."""
    if by == "outlet":
        return c.outlet
    if by == "article":
        return pd.Series(c.outlet.index, index=c.outlet.index)
    arts = corpus.articles
    col = pd.Series(arts[by].astype("string").fillna("unknown").to_numpy(), index=arts["article_id"].astype(str))
    return col.reindex(c.outlet.index).fillna("unknown")


def _finish(frames: list[pd.DataFrame], by: str, key: list[str], mins: dict) -> pd.DataFrame:
    if not frames:
        return pd.DataFrame(columns=[by, *key, "n", "den", "rate", "lo", "hi", "n_articles", "unit", "scale", "low_count"])
    out = pd.concat(frames, ignore_index=True)
    out["unit"] = out["measure"].map(lambda m: MEASURES[m][0])
    out["scale"] = out["measure"].map(lambda m: MEASURES[m][1])
    for col in ("rate", "lo", "hi"):
        out[col] = out[col] * out["scale"]
    out["low_count"] = out["den"] < out["unit"].map(lambda u: mins.get(u, 0))
    for col in ("side", "item"):
        out[col] = out[col].replace("—", pd.NA).astype("string")
    return out


# --------------------------------------------------------------------------- profiles

def _slug(s: Any) -> str:
    return re.sub(r"[^0-9a-z]+", "_", str(s).lower()).strip("_")


def _wide(long: pd.DataFrame, by: str) -> pd.DataFrame:
    long = long.assign(col=[
        "_".join(_slug(x) for x in (m, s, i) if pd.notna(x))
        for m, s, i in zip(long["measure"], long["side"], long["item"])])
    wide = long.pivot(index=by, columns="col", values=["n", "rate", "lo", "hi"])
    wide.columns = [f"{col}_{stat}" for stat, col in wide.columns]
    order = [f"{c}_{s}" for c in dict.fromkeys(long["col"]) for s in ("n", "rate", "lo", "hi")]
    return wide.reindex(columns=[c for c in order if c in wide.columns]).reset_index()


def _base(corpus, quotes, claims, lex, by: str, min_counts: dict) -> pd.DataFrame:
    arts = corpus.articles.assign(article_id=corpus.articles["article_id"].astype("string"))
    arts = arts.assign(outlet=arts["article_id"].map(_outlets(corpus)).astype("string"),
                       n_words=pd.to_numeric(arts["n_words"], errors="coerce").fillna(0).astype(int))
    arts = arts.merge(wire_credits(corpus).astype({"article_id": "string"}), on="article_id", how="left")
    nq = quotes.groupby(quotes["article_id"].astype("string")).size() if quotes is not None else pd.Series(dtype=int)
    nc = claims.groupby(claims["article_id"].astype("string")).size() if claims is not None else pd.Series(dtype=int)
    arts["n_statements"] = arts["article_id"].map(nq).fillna(0).astype(int)
    arts["n_claims"] = arts["article_id"].map(nc).fillna(0).astype(int)
    key = "article_id" if by == "article" else by
    g = arts.groupby(key, sort=True)
    base = pd.DataFrame({
        "n_articles": g.size(), "n_words": g["n_words"].sum(), "n_statements": g["n_statements"].sum(),
        "n_claims": g["n_claims"].sum(),
        "wire_credited": g["wire_credited"].agg(lambda s: "; ".join(sorted({w for v in s.dropna() for w in v.split("; ") if w}))),
    })
    if by == "article":
        base.insert(0, "outlet", g["outlet"].first())
    if quotes is not None and len(quotes):
        q = quotes.assign(article_id=quotes["article_id"].astype("string"))
        q = q.merge(arts[["article_id", "outlet"]], on="article_id")
        named = q[~q["anonymous"].astype("boolean").fillna(False)] if "anonymous" in q else q
        who = named["speaker_id"].astype("string").fillna(named["speaker"].astype("string").str.casefold()) \
            if "speaker_id" in named else named["speaker"].astype("string").str.casefold()
        base["distinct_speakers"] = who.groupby(named[key]).nunique().reindex(base.index).fillna(0).astype(int)
    else:
        base["distinct_speakers"] = 0
    base["low_statements"] = base["n_statements"] < min_counts["statements"]
    base["low_words"] = base["n_words"] < min_counts["words"]
    return base.rename_axis(by).reset_index()


def _profile(corpus, quotes, claims, *, lexicons, by, n_boot, seed, min_counts, counts=None, table=None) -> pd.DataFrame:
    lex = load_lexicons(lexicons)
    mins = {**MIN_COUNTS, **(min_counts or {})}
    long = table if table is not None else measures(corpus, quotes, claims, lexicons=lex, by=by, n_boot=n_boot,
                                                     seed=seed, min_counts=mins, counts=counts)
    base = _base(corpus, quotes, claims, lex, by, mins)
    return base.merge(_wide(long, by), on=by, how="left")


def outlet_profile(corpus, quotes: pd.DataFrame | None, claims: pd.DataFrame | None, *, lexicons=None,
                   n_boot: int = 1000, seed: int = 0, min_counts: dict | None = None,
                   counts: pd.DataFrame | None = None, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Corpus + quote and claim tables -> one row per outlet with counts beside every rate.

    Columns: outlet, n_articles, n_words, n_statements, n_claims, wire_credited, distinct_speakers,
    low_statements, low_words, then for each measure/side/item `<key>_n`, `<key>_rate`, `<key>_lo`,
    `<key>_hi` (e.g. `voice_taliban_rate`, `label_article_taliban_insurgents_n`). Quotes or claims
    may be None: their measures are then left out. The tidy form is `measures(...)`. `counts`: the
    article_counts of the same tables, when already made (the texts are then not scanned again); `table`: their
    `measures` by outlet with the same n_boot, seed and min_counts (nothing recomputed).
    """
    return _profile(corpus, quotes, claims, lexicons=lexicons, by="outlet", n_boot=n_boot, seed=seed,
                    min_counts=min_counts, counts=counts, table=table)


def article_profile(corpus, quotes: pd.DataFrame | None, claims: pd.DataFrame | None, *, lexicons=None,
                    min_counts: dict | None = None) -> pd.DataFrame:
    """As outlet_profile, one row per article (no intervals: `_lo`/`_hi` are absent)."""
    prof = _profile(corpus, quotes, claims, lexicons=lexicons, by="article", n_boot=0, seed=0,
                    min_counts=min_counts)
    prof = prof.rename(columns={"article": "article_id"})
    return prof[[c for c in prof.columns if not c.endswith(("_lo", "_hi"))]]


# --------------------------------------------------------------------------- reader-facing summaries

def _cell(n: float, den: float, rate: float, *, unit: str) -> str:
    if pd.isna(rate):
        return "–"
    if unit == "words":
        return f"{rate:.1f} ({int(n)})"
    if unit == "sentences":
        return f"{rate:+.2f} ({int(den)})"
    return f"{rate:.0%} ({int(n)}/{int(den)})"


def summary(table: pd.DataFrame, *, by: str = "outlet") -> pd.DataFrame:
    """A measures table -> one readable row per outlet: each headline rate with its count, e.g. '33% (1/3)'.

    A trailing '*' marks a rate whose base is below the minimum count.
    """
    picks = [("anonymous statements", "anonymous", None, "anonymous"),
             ("distancing cues", "cue_type", "all", "distancing"),
             ("claims in own voice", "claims_claimant", "article", None),
             ("hedged claims", "hedged_claims", None, "hedged"),
             ("verification /1k words", "verification", None, "all"),
             ("wire-shared paragraphs", "wire", None, "shared"),
             ("non-news lines", "nonnews", None, "all")]
    out = table.groupby(by)["n_articles"].first().rename("articles").to_frame()
    for name, measure, side, item in picks:
        rows = table[table["measure"] == measure]
        rows = rows[rows["side"].isna()] if side is None else rows[rows["side"] == side]
        rows = rows[rows["item"].isna()] if item is None else rows[rows["item"] == item]
        if rows.empty:
            continue
        out[name] = {r[by]: _cell(r["n"], r["den"], r["rate"], unit=r["unit"]) + ("*" if r["low_count"] else "")
                     for _, r in rows.iterrows()}
        out[name] = out[name].fillna("–")
    return out.reset_index()


def label_use(labels: pd.DataFrame, corpus, *, descriptors_only: bool = False) -> pd.DataFrame:
    """A label table -> counts per side/label (rows) and outlet x voice (columns)."""
    if descriptors_only:
        labels = labels[labels["kind"] != "name"]
    frame = labels.assign(outlet=labels["article_id"].map(_outlets(corpus)))
    if frame.empty:
        return pd.DataFrame()
    return (frame.groupby(["side", "label", "outlet", "voice"]).size().unstack(["outlet", "voice"], fill_value=0)
            .sort_index(axis=1))


def quoted_only(labels: pd.DataFrame) -> pd.DataFrame:
    """Labels that occur only inside quotes in the whole table: the words the outlets leave to their sources."""
    if labels.empty:
        return labels.head(0)
    voice = labels.groupby(["side", "label"])["voice"]
    only = (voice.nunique() == 1) & (voice.first() == "quoted")
    keys = list(only[only].index)
    keep = pd.Series(list(zip(labels["side"], labels["label"])), index=labels.index).isin(keys)
    return labels[keep][["article_id", "side", "label", "text", "quote_kind"]]
