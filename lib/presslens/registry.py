"""Actor registries as data an analyst can check: the format as a JSON Schema, one-line errors, coverage.

`validate_registry(path)` reads a registry YAML and returns its parsed mapping, or raises
`RegistryError` whose message is ONE line naming the file, the line and the key::

    actors.yaml:14: actors[2].side: unknown side 'rebelz' (this conflict's sides: dravonian_gov, urc; ...)

The schema (`SCHEMA`) is checked with `jsonschema`; what a schema cannot say (an actor's side must be
declared, a name or alias belongs to one actor, a registry says something) is checked after it.
`coverage(actors, corpus, quotes)` tells how much of a corpus a registry knows, and
`coverage_warning(...)` is the one line the CLI and `presslens run` print when that is little.
The format is documented in docs/registry.md.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

_STR_LIST = {"type": "array", "items": {"type": "string"}}
_SIDE_MAP = {"type": "object", "additionalProperties": {"type": ["string", "null"]}}
_ACTOR = {
    "type": "object",
    "required": ["name"],
    "additionalProperties": False,
    "properties": {
        "name": {"type": "string", "minLength": 1},
        "aliases": {"type": ["array", "null"], "items": {"type": "string", "minLength": 1}},
        "side": {"type": "string", "minLength": 1},
        "role": {"type": ["string", "null"]},
        "kind": {"enum": ["person", "org", ""]},
        "note": {"type": ["string", "null"]},
        # what `presslens actors suggest` saw in the corpus (informative; not used by the extractors)
        "seen": {"type": "object", "additionalProperties": False, "properties": {
            "mentions": {"type": "integer"}, "articles": {"type": "integer"},
            "roles": _STR_LIST, "example": {"type": "string"}}},
    },
}
_CONFLICT_PROPS = {
    "name": {"type": "string"},
    "setting": {"type": ["string", "null"]},
    "sides": _SIDE_MAP,
    "government_side": {"type": ["string", "null"]},
    "rebel_side": {"type": ["string", "null"]},
    "keywords": {"type": ["object", "null"], "additionalProperties": {"type": ["array", "null"], "items": {"type": "string"}}},
    "labels": {"type": ["string", "null"]},
    # optional: side -> the country (or countries) that side is the state of: a war between states
    "countries": {"type": ["object", "null"], "additionalProperties": {"type": ["array", "string", "null"],
                                                                       "items": {"type": "string"}}},
    "articles": {"type": ["array", "null"], "items": {"type": "string"}},
    "actors": {"type": ["array", "null"], "items": _ACTOR},
}
#: The registry format. One conflict (the shipped format) or several under `conflicts:` (dev2's format).
SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "presslens actor registry",
    "oneOf": [
        {"type": "object", "additionalProperties": False, "required": ["conflicts"],
         "properties": {"name": {"type": "string"}, "setting": {"type": ["string", "null"]},
                        "generic_sides": _SIDE_MAP,
                        "conflicts": {"type": "object", "minProperties": 1, "additionalProperties": {
                            "type": "object", "additionalProperties": False, "properties": _CONFLICT_PROPS}}}},
        {"type": "object", "additionalProperties": False, "not": {"required": ["conflicts"]},
         "properties": {**_CONFLICT_PROPS, "generic_sides": _SIDE_MAP}},
    ],
}


class RegistryError(ValueError):
    """A registry that cannot be used; str() is one line: `FILE:LINE: KEY: what is wrong; what to do`."""


# --------------------------------------------------------------------------- reading with line numbers

class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses a key given twice in one mapping (PyYAML keeps the last silently)."""

    def construct_mapping(self, node, deep=False):
        seen: dict = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, (str, int, float, bool)) and key in seen:
                raise _DuplicateKey(key, key_node.start_mark.line + 1)
            seen[key] = True
        return super().construct_mapping(node, deep=deep)


class _DuplicateKey(Exception):
    def __init__(self, key, line):
        self.key, self.line = key, line


def _read(path: Path) -> tuple[Any, yaml.Node | None]:
    """The parsed YAML and its node tree (for line numbers); YAML errors become one-line RegistryErrors."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RegistryError(f"{path}: not UTF-8 text; save the registry as UTF-8 YAML") from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.load(text, Loader=_Loader)
    except _DuplicateKey as exc:
        raise RegistryError(f"{path}:{exc.line}: {exc.key}: given twice in the same mapping; "
                            f"keep one (names and sides must be unique)") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f"{mark.line + 1}" if mark else "?"
        what = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        raise RegistryError(f"{path}:{line}: YAML syntax error: {what}; "
                            f"check indentation, colons and quotes on that line") from None
    except yaml.YAMLError as exc:
        raise RegistryError(f"{path}: YAML error: {' '.join(str(exc).split())}") from None
    return data, node


def _line(node: yaml.Node | None, path: list) -> int | None:
    """Line (1-based) of the key or item at `path` in the node tree; the deepest one found."""
    line = node.start_mark.line + 1 if node is not None else None
    for step in path:
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == str(step):
                    line, node = k.start_mark.line + 1, v
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def _key(path: list) -> str:
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out or "(top level)"


# --------------------------------------------------------------------------- validation

def _import_jsonschema():
    """jsonschema, imported without the optional format library rfc3987_syntax, which compiles ~40 grammars
    on import (1.4 CPU s in every process that loads a registry, each Dask worker included); the registry
    schema checks no format."""
    import sys
    if "jsonschema" in sys.modules or "rfc3987_syntax" in sys.modules:
        import jsonschema
        return jsonschema
    sys.modules["rfc3987_syntax"] = None   # an import of it fails: jsonschema goes without that format
    try:
        import jsonschema
    finally:
        del sys.modules["rfc3987_syntax"]
    return jsonschema


def _schema_error(data: Any, node, path: Path) -> None:
    jsonschema = _import_jsonschema()

    if data is None or data == {}:
        raise RegistryError(f"{path}:1: (top level): the registry is empty; list `sides:` and `actors:` "
                            f"(docs/registry.md) or draft one with `presslens actors suggest CORPUS`")
    if not isinstance(data, dict):
        raise RegistryError(f"{path}:1: (top level): a registry is a YAML mapping with `sides:` and `actors:` "
                            f"(or `conflicts:`), not a {type(data).__name__}; see docs/registry.md")
    # the branch of the schema this file means: several conflicts or one
    branch = SCHEMA["oneOf"][0] if "conflicts" in data else SCHEMA["oneOf"][1]
    validator = jsonschema.Draft202012Validator(branch)
    errors = sorted(validator.iter_errors(data), key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
    if not errors:
        return
    err = errors[0]
    where = list(err.absolute_path)
    if err.validator == "additionalProperties":
        allowed = sorted(err.schema.get("properties", {}))
        extra = sorted(set(err.instance) - set(allowed))
        where = where + [extra[0]]
        msg = f"unknown key; allowed here: {', '.join(allowed)}"
    elif err.validator == "required":
        msg = f"missing {err.message.split(' is a required')[0]}"
    elif err.validator == "enum":
        msg = f"{err.instance!r} is not one of {', '.join(repr(v) for v in err.validator_value)}"
    elif err.validator == "type":
        want = err.validator_value if isinstance(err.validator_value, str) else " or ".join(
            v for v in err.validator_value if v != "null")
        want = {"array": "a list", "object": "a mapping", "string": "text", "integer": "a whole number"}.get(want, want)
        msg = f"should be {want}, not {_describe(err.instance)}"
    elif err.validator == "minProperties":
        msg = "is empty; list at least one conflict"
    else:
        msg = " ".join(err.message.split())
    raise RegistryError(f"{path}:{_line(node, where) or 1}: {_key(where)}: {msg}; see docs/registry.md")


def _describe(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return repr(value) if not isinstance(value, str) else f"text {value!r}"


def _conflicts(data: dict) -> list[tuple[list, dict]]:
    if "conflicts" in data:
        return [(["conflicts", key], conf or {}) for key, conf in data["conflicts"].items()]
    return [([], data)]


def _check_meaning(data: dict, node, path: Path) -> None:
    """What the schema cannot say: declared sides, unique names, a registry that says something."""
    from .actors import GENERIC_SIDES, name_key

    generic = list(data.get("generic_sides") or GENERIC_SIDES)
    says_something = False

    def fail(where: list, msg: str):
        raise RegistryError(f"{path}:{_line(node, where) or 1}: {_key(where)}: {msg}")

    for base, conf in _conflicts(data):
        sides = list(conf.get("sides") or {})
        known = sides + [g for g in generic if g not in sides]
        actors = conf.get("actors") or []
        keywords = conf.get("keywords") or {}
        says_something |= bool(sides or actors or any(keywords.values()))
        for key in ("government_side", "rebel_side"):
            if conf.get(key) and conf[key] not in sides:
                fail(base + [key], f"unknown side {conf[key]!r}; declare it under `sides:` "
                                   f"(sides: {', '.join(sides) or 'none'})")
        for side in conf.get("countries") or {}:
            if side not in sides:
                fail(base + ["countries", side], f"unknown side {side!r}; a country names a belligerent side "
                                                 f"declared under `sides:` (sides: {', '.join(sides) or 'none'})")
        for side in keywords:
            if side not in known:
                fail(base + ["keywords", side], f"unknown side {side!r}; declare it under `sides:` "
                                                f"(sides: {', '.join(sides) or 'none'})")
        owner: dict[str, tuple[int, str]] = {}
        for i, actor in enumerate(actors):
            side = actor.get("side")
            if side is not None and side not in known:
                fail(base + ["actors", i, "side"],
                     f"unknown side {side!r} for {actor['name']!r}; use one of this conflict's sides "
                     f"({', '.join(sides) or 'none'}) or a generic side ({', '.join(g for g in generic if g not in sides)}), "
                     f"or declare it under `sides:`")
            for j, form in enumerate([actor["name"], *(actor.get("aliases") or [])]):
                k = name_key(form)
                if k in owner and owner[k][0] != i:
                    where = base + ["actors", i] + (["name"] if j == 0 else ["aliases", j - 1])
                    fail(where, f"duplicate name {form!r}: already the name or an alias of {owner[k][1]!r}; "
                                f"merge the two entries or drop one form")
                owner.setdefault(k, (i, actor["name"]))
    if not says_something:
        raise RegistryError(f"{path}:1: (top level): the registry is empty (no sides, actors or keywords); "
                            f"list them (docs/registry.md) or draft one with `presslens actors suggest CORPUS`")


def validate_registry(path: str | Path) -> dict:
    """Registry YAML -> its parsed mapping, checked against SCHEMA and for meaning; else RegistryError.

    >>> from presslens import config
    >>> sorted(validate_registry(config.DEFAULT_ACTORS)["sides"])
    ['resistance', 'taliban']
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such registry file")
    data, node = _read(path)
    _schema_error(data, node, path)
    _check_meaning(data, node, path)
    return data


# --------------------------------------------------------------------------- what a registry says

def describe(actors, *, path: str | Path | None = None) -> str:
    """What a loaded registry (presslens.actors.Actors) says, as text: conflicts, sides, actors, keywords, labels."""
    from .bias import lexicons_for

    lines = [f"registry: {path or actors.name}"]
    lines.append(f"{len(actors.conflicts)} conflict(s), {len(actors.actors)} actors")
    for conf in actors.conflicts:
        lines.append("")
        lines.append(f"conflict {conf.key}" + (f" ({len(conf.articles)} articles listed)" if conf.articles else ""))
        for side, desc in conf.sides.items():
            role = " [government side]" if side == conf.government_side else (
                " [rebel side]" if side == conf.rebel_side else "")
            lines.append(f"  side {side}{role}: {desc or ''}".rstrip(": "))
        for side, words in conf.keywords.items():
            lines.append(f"  keywords {side}: {', '.join(words)}")
        for side, names in conf.countries.items():
            lines.append(f"  state {side}: {', '.join(names)}" + ("" if side in conf.countries_declared else
                                                                  " (from its description)"))
        by_side: dict[str, list] = {}
        for a in conf.actors:
            by_side.setdefault(a.side, []).append(a)
        for side, members in by_side.items():
            lines.append(f"  actors {side} ({len(members)}):")
            for a in members:
                aka = f" (also {', '.join(a.aliases)})" if a.aliases else ""
                what = ", ".join(x for x in (a.kind or ("person" if a.is_person else "org"), a.role) if x)
                lines.append(f"    {a.name}{aka}: {what}")
    lex = lexicons_for(actors)
    lines.append("")
    lines.append(f"label lexicon: {lex.conflict} ({lex.source})")
    for side in lex.side_names:
        labels = [lab.label for lab in lex.labels if lab.side == side]
        lines.append(f"  {side}: {', '.join(labels[:12])}" + (f" ... ({len(labels)} in all)" if len(labels) > 12 else ""))
    return "\n".join(lines)


# --------------------------------------------------------------------------- coverage of a corpus

#: A registry fits a corpus poorly when it knows under LOW_SPEAKER_SHARE of the corpus's named speakers and
#: claimants; with fewer than MIN_SPEAKERS_TO_JUDGE of them, when under LOW_FORM_SHARE of its names and keywords
#: occur in the text. The speaker share is what sides depend on; the form share alone misjudges a registry drafted
#: from general knowledge of a war (every leader and alias, most absent from a few articles: 23-29% occur on the
#: real-article sets with their own registries, which know 62-100% of the speakers). Measured on the twelve eval
#: sets (docs/registry.md, "Does the registry fit?"): own registries 62-100% / 23-97%, the shipped Panjshir
#: registry on other wars 10-26% / 0-6%; both thresholds sit between the two groups.
LOW_SPEAKER_SHARE = 0.40
LOW_FORM_SHARE = 0.10
MIN_SPEAKERS_TO_JUDGE = 10


@dataclass(frozen=True)
class Coverage:
    """How much of a corpus a registry knows."""
    registry: str
    speakers: int            # distinct named speakers and claimants in the corpus
    speakers_matched: int    # ... that the registry names or places on one of its belligerent sides
    forms: int               # registry names, aliases and keywords
    forms_matched: int       # ... found in the corpus text

    @property
    def speaker_share(self) -> float:
        return self.speakers_matched / self.speakers if self.speakers else 1.0

    @property
    def form_share(self) -> float:
        return self.forms_matched / self.forms if self.forms else 0.0

    @property
    def low(self) -> bool:
        """Fits poorly: knows too few named speakers, or (too few speakers to judge by) too few forms occur.

        >>> Coverage("broad.yaml", speakers=49, speakers_matched=42, forms=609, forms_matched=140).low
        False
        >>> Coverage("other-war.yaml", speakers=43, speakers_matched=11, forms=33, forms_matched=2).low
        True
        >>> Coverage("other-war.yaml", speakers=3, speakers_matched=1, forms=33, forms_matched=0).low
        True
        """
        if self.speakers >= MIN_SPEAKERS_TO_JUDGE:
            return self.speaker_share < LOW_SPEAKER_SHARE
        return self.form_share < LOW_FORM_SHARE

    def line(self) -> str:
        """'registry X: 12/40 speakers (30%), 25/31 names and keywords (81%) found in the corpus'."""
        return (f"registry {self.registry}: knows {self.speakers_matched}/{self.speakers} named speakers and "
                f"claimants ({self.speaker_share:.0%}); {self.forms_matched}/{self.forms} of its names and "
                f"keywords occur in the corpus ({self.form_share:.0%})")


def _named(speaker: Any) -> bool:
    return isinstance(speaker, str) and bool(re.search(r"[A-Z]", speaker[:1] or "")) and len(speaker) > 2


_WORD = re.compile(r"\w+")


def _may_occur(form: str, words: set[str]) -> bool:
    """False when `form` cannot occur as a whole word sequence in a text whose words (runs of \\w) are `words`.

    A form that begins and ends with a word character, found with no word character on either side, has each of
    its own runs of word characters standing whole in the text; so a form with a word the text lacks is not
    there, and the text is not searched for it (one set of words per chunk instead of one scan per form).

    >>> _may_occur("al-qaeda", {"the", "al", "qaeda"}), _may_occur("al-qaeda", {"al", "qaedas"}), _may_occur("#tag", set())
    (True, False, True)
    """
    if not (form[:1].isalnum() or form[:1] == "_") or not (form[-1:].isalnum() or form[-1:] == "_"):
        return True
    return all(w in words for w in _WORD.findall(form))


def coverage(actors, corpus, quotes=None, claims=None, *, registry: str | None = None, texts=None) -> Coverage:
    """Registry + corpus (+ quote and claim tables) -> Coverage: the share of the corpus's named speakers
    and claimants the registry knows, and the share of the registry's names and keywords in the text.
    `texts` (an iterable of text chunks, e.g. one per Parquet part) stands for the corpus's article texts."""
    from .actors import fold

    names: set[str] = set()
    for table, col in ((quotes, "speaker"), (claims, "claimant")):
        if table is not None and len(table) and col in table.columns:
            names |= {s for s in table[col].dropna().unique() if _named(s)}
    belligerent = {s for c in actors.conflicts for s in c.sides}
    matched = sum(1 for s in names if actors.lookup(s) is not None or actors.side_from_context(s) in belligerent)
    forms = {fold(f) for c in actors.conflicts for f in
             [*(x for a in c.actors for x in (a.name, *a.aliases)), *(w for ws in c.keywords.values() for w in ws)]
             if len(f) > 2}
    chunks = texts if texts is not None else ["\n".join(corpus.articles["text"].astype(str))]
    left = set(forms)
    fold_text = getattr(fold, "__wrapped__", fold)   # fold's cache is for names: a chunk of texts is not kept in it
    for chunk in chunks:  # a form found in one chunk is not looked for again
        text = fold_text(chunk)
        words = set(_WORD.findall(text))
        left = {f for f in left if not (_may_occur(f, words) and
                                        re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text))}
        if not left:
            break
    found = len(forms) - len(left)
    return Coverage(registry=registry or actors.name, speakers=len(names), speakers_matched=matched,
                    forms=len(forms), forms_matched=found)


def coverage_warning(cov: Coverage) -> str | None:
    """The one-line warning for a registry that fits the corpus poorly, else None."""
    if not cov.low:
        return None
    return (f"presslens: warning: the actor registry {cov.registry} fits this corpus poorly: it knows "
            f"{cov.speaker_share:.0%} of its named speakers and claimants and {cov.form_share:.0%} of its names and "
            f"keywords occur in it; sides will be wrong or unknown. Draft a registry for this corpus with "
            f"`presslens actors suggest CORPUS --out actors.yaml` and pass it with --actors")
