#!/usr/bin/env python3
"""Check the dev3 gold files against the texts and the actor registry.

    python3 verify.py

Paths are relative to this file's folder: texts/*.txt, gold/quotes.jsonl,
gold/casualties.jsonl, actors.yaml. Checks that every gold line is valid JSON
with all fields of GUIDELINES.md and sane values, that every `text` is an
exact substring of its article (a split direct quote: each part, in order),
that every cue occurs in the article, and that every side label is defined in
actors.yaml (generic, or belonging to the article's conflict). Exits 1 and
names each failing line if anything is wrong. Standard library only.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
QUOTES = os.path.join(HERE, "gold", "quotes.jsonl")
CLAIMS = os.path.join(HERE, "gold", "casualties.jsonl")
ACTORS = os.path.join(HERE, "actors.yaml")

QUOTE_FIELDS = {"article": str, "speaker": str, "speaker_side": str, "kind": str, "cue": str, "text": str}
CLAIM_FIELDS = {"article": str, "category": str, "low": (int, type(None)), "high": (int, type(None)),
                "vague": (str, type(None)), "victim_side": str, "claimant": (str, type(None)),
                "hedged": bool, "text": str}
KINDS = {"direct", "indirect", "mixed"}
CATEGORIES = {"killed", "wounded", "captured", "surrendered", "displaced", "casualties"}
WORDS = (250, 600)


# --- a reader for the small YAML subset actors.yaml is written in ------------------------------
# block mappings, block sequences ("- x" or "- key: value ..."), flow sequences of scalars,
# plain or double-quoted (JSON-style) scalars, whole-line comments.

def _scalar(raw):
    raw = raw.strip()
    if raw.startswith('"'):
        return json.loads(raw)
    if raw.startswith("[") and raw.endswith("]"):
        inner = raw[1:-1].strip()
        return [_scalar(x) for x in _split_flow(inner)] if inner else []
    return raw


def _split_flow(inner):
    items, buf, quoted, escaped = [], "", False, False
    for ch in inner:
        if quoted:
            buf += ch
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                quoted = False
        elif ch == '"':
            quoted, buf = True, buf + ch
        elif ch == ",":
            items.append(buf)
            buf = ""
        else:
            buf += ch
    items.append(buf)
    return [i for i in (x.strip() for x in items) if i]


def _key_value(text):
    match = re.match(r'^([^\s:"][^:]*?):(?:\s+(.*))?$', text)
    if not match:
        raise ValueError(f"not a 'key: value' line: {text!r}")
    return match.group(1).strip(), match.group(2)


def load_yaml(path):
    lines = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip() and not line.lstrip().startswith("#"):
                lines.append((len(line) - len(line.lstrip(" ")), line.strip(), number))

    def block(i, indent):
        if lines[i][1].startswith("- "):
            out = []
            while i < len(lines) and lines[i][0] == indent and lines[i][1].startswith("- "):
                item = lines[i][1][2:]
                if re.match(r'^[^\s:"][^:]*:(\s|$)', item):
                    # a mapping inside a sequence: its first key sits on the dash line
                    lines[i] = (indent + 2, item, lines[i][2])
                    value, i = mapping(i, indent + 2)
                else:
                    value, i = _scalar(item), i + 1
                out.append(value)
            return out, i
        return mapping(i, indent)

    def mapping(i, indent):
        out = {}
        while i < len(lines) and lines[i][0] == indent and not lines[i][1].startswith("- "):
            key, raw = _key_value(lines[i][1])
            if raw is None or raw == "":
                if i + 1 < len(lines) and lines[i + 1][0] > indent:
                    out[key], i = block(i + 1, lines[i + 1][0])
                else:
                    out[key], i = None, i + 1
            else:
                out[key], i = _scalar(raw), i + 1
        if i < len(lines) and lines[i][0] > indent:
            raise ValueError(f"{path}:{lines[i][2]}: unexpected indentation")
        return out, i

    data, end = block(0, lines[0][0])
    if end != len(lines):
        raise ValueError(f"{path}:{lines[end][2]}: could not read from here")
    return data


# --- text matching ------------------------------------------------------------------------------

def split_match(article, text, pos=0):
    """True when `text` is a run of parts joined by single spaces, each found in `article` in order."""
    if article.find(text, pos) >= 0:
        return True
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    for i in reversed(spaces):  # longest first part first
        found = article.find(text[:i], pos)
        if found >= 0 and split_match(article, text[i + 1:], found + i):
            return True
    return False


def main():
    problems = []
    registry = load_yaml(ACTORS)
    generic = set(registry.get("generic_sides") or {})
    conflict_of, conflict_sides = {}, {}
    for key, conflict in (registry.get("conflicts") or {}).items():
        conflict_sides[key] = set(conflict.get("sides") or {})
        for art in conflict.get("articles") or []:
            if art in conflict_of:
                problems.append(f"actors.yaml: {art} listed under two conflicts")
            conflict_of[art] = key
        for actor in conflict.get("actors") or []:
            if actor.get("side") not in generic | conflict_sides[key]:
                problems.append(f"actors.yaml: {key}: actor {actor.get('name')!r} has undefined side {actor.get('side')!r}")
            if not isinstance(actor.get("aliases", []), list):
                problems.append(f"actors.yaml: {key}: aliases of {actor.get('name')!r} is not a list")

    texts = {}
    for name in sorted(os.listdir(TEXTS)):
        if name.endswith(".txt"):
            with open(os.path.join(TEXTS, name), encoding="utf-8") as f:
                texts[name] = f.read()
            words = len(texts[name].split())
            if not WORDS[0] <= words <= WORDS[1]:
                problems.append(f"texts/{name}: {words} words, outside {WORDS[0]}-{WORDS[1]}")
            if name not in conflict_of:
                problems.append(f"texts/{name}: not listed under any conflict in actors.yaml")

    def side_ok(art, label):
        return label in generic or label in conflict_sides.get(conflict_of.get(art), set())

    counts = {name: [0, 0] for name in texts}
    split_quotes = 0
    for path, fields, column in ((QUOTES, QUOTE_FIELDS, 0), (CLAIMS, CLAIM_FIELDS, 1)):
        rel = os.path.relpath(path, HERE)
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                where = f"{rel}:{number}"
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as err:
                    problems.append(f"{where}: not valid JSON ({err})")
                    continue
                missing = [k for k in fields if k not in rec]
                wrong = [k for k, t in fields.items() if k in rec and not isinstance(rec[k], t)]
                if missing or wrong:
                    problems.append(f"{where}: missing fields {missing}, wrongly typed {wrong}")
                    continue
                art = rec["article"]
                if art not in texts:
                    problems.append(f"{where}: no article texts/{art}")
                    continue
                counts[art][column] += 1
                article = texts[art]
                for alias_key in ("aliases", "claimant_aliases"):
                    aliases = rec.get(alias_key, [])
                    if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                        problems.append(f"{where}: {alias_key} must be a list of names")
                if column == 0:
                    if rec["kind"] not in KINDS:
                        problems.append(f"{where}: kind {rec['kind']!r}")
                    if not side_ok(art, rec["speaker_side"]):
                        problems.append(f"{where}: speaker_side {rec['speaker_side']!r} not defined for this article's conflict")
                    if rec["cue"] not in article:
                        problems.append(f"{where}: cue {rec['cue']!r} not in article")
                    if rec["text"] in article:
                        pass
                    elif rec["kind"] == "direct" and split_match(article, rec["text"]):
                        split_quotes += 1
                    else:
                        problems.append(f"{where}: text is not in {art}: {rec['text'][:70]!r}")
                else:
                    if rec["category"] not in CATEGORIES:
                        problems.append(f"{where}: category {rec['category']!r}")
                    if not side_ok(art, rec["victim_side"]):
                        problems.append(f"{where}: victim_side {rec['victim_side']!r} not defined for this article's conflict")
                    low, high, vague = rec["low"], rec["high"], rec["vague"]
                    if vague is not None and (low is not None or high is not None):
                        problems.append(f"{where}: a vague amount carries no numbers")
                    if vague is None and low is None and high is None:
                        problems.append(f"{where}: neither numbers nor a vague word")
                    if low is not None and high is not None and low > high:
                        problems.append(f"{where}: low > high")
                    if vague is not None and vague.lower() not in rec["text"].lower():
                        problems.append(f"{where}: vague word {vague!r} not in text")
                    if rec["text"] not in article:
                        problems.append(f"{where}: text is not in {art}: {rec['text'][:70]!r}")

    for name, (q, c) in counts.items():
        if q + c == 0:
            problems.append(f"texts/{name}: no gold records")
    if problems:
        print("\n".join(problems))
        print(f"\n{len(problems)} problem(s).")
        sys.exit(1)
    print(f"ok: {len(texts)} articles, {sum(q for q, _ in counts.values())} quotes "
          f"({split_quotes} split or multi-paragraph), {sum(c for _, c in counts.values())} casualty claims, "
          f"{len(conflict_of)} articles in {len(conflict_sides)} conflicts")


if __name__ == "__main__":
    main()
