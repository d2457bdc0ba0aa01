"""The bias lexicons: label, verification and wire-credit patterns per conflict (the shipped label files, or
one built from an actor registry), and the literal prefilter that skips a pattern a text cannot match."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..config import LEXICONS, load_yaml


DEFAULT_CONFLICT = "panjshir-2021"
BASE_LEXICON = LEXICONS / "bias.yaml"
HEDGES = LEXICONS / "hedges.yaml"  # verification phrases: the `hedges` entries with a `verification` kind
LABELS_DIR = LEXICONS / "labels"


_SPACE = r"[^\S\n]+"


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
