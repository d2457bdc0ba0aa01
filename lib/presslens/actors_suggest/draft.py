"""Sides, conflicts and the text of the draft registry (`suggest_registry`)."""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

from ..actors import name_key
from .entities import collect
from .names import Entity, _is_named, _person, slug
from .scan import Scan


# --------------------------------------------------------------------------- sides and conflicts

def _side_of(ent: Entity, scan: Scan, foreign: set[str]) -> tuple[str, str]:
    """The winning side key of an entity and the evidence for it."""
    if not ent.votes:
        return "unknown", "no cue in the articles"
    side, _ = ent.votes.most_common(1)[0]
    evidence = ent.evidence.get(side, "")
    if side in foreign:
        return "foreign_gov", f"{scan.anchors[side].name} is named only through its diplomats: {evidence}"
    return side, evidence


def _conflicts(scan: Scan, foreign: set[str]) -> list[set[str]]:
    """Groups of articles about the same war: articles sharing a belligerent state or group."""
    parent = {aid: aid for aid in scan.texts}

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    by_anchor: dict[str, list[str]] = defaultdict(list)
    for aid in scan.texts:
        for key in (scan.home.get(aid), scan.group.get(aid)):
            if key and key not in foreign:
                by_anchor[key].append(aid)
    for aids in by_anchor.values():
        for other in aids[1:]:
            parent[find(other)] = find(aids[0])
    groups: dict[str, set[str]] = defaultdict(set)
    for aid in scan.texts:
        groups[find(aid)].add(aid)
    return sorted(groups.values(), key=lambda g: (-len(g), min(g)))


def _q(text: str) -> str:
    return json.dumps(str(text), ensure_ascii=False)


def _comment(text: str) -> str:
    return " ".join(str(text).split())[:220]


_GENERIC_SIDES = ("civilian", "un", "ngo", "foreign_gov", "expert", "media", "religious", "former_gov", "unknown")


def _actor_lines(members: list, belligerents: list[str], indent: str) -> list[str]:
    """The `actors:` entries of one conflict, most seen first; a form already listed is not listed again."""
    out = [f"{indent}actors:"]
    taken: set[str] = set()
    members.sort(key=lambda x: (-(x[0].statements + x[0].mentions), x[0].name))
    for ent, side, evidence in members:
        if side not in belligerents and side not in _GENERIC_SIDES:
            side = "unknown"
        forms = [ent.name, *sorted(a for a in ent.aliases if name_key(a) != name_key(ent.name))]
        forms = [f for f in forms if name_key(f) not in taken]
        if not forms or forms[0] != ent.name:
            continue
        taken |= {name_key(f) for f in forms}
        roles = [r for r, _ in ent.roles.most_common(3)]
        out.append(f"{indent}  - name: {_q(ent.name)}")
        if len(forms) > 1:
            out.append(f"{indent}    aliases: [{', '.join(_q(f) for f in forms[1:])}]")
        out.append(f"{indent}    side: {side}   # check: {_comment(evidence)}")
        if roles:
            out.append(f"{indent}    role: {_q(roles[0])}")
        out.append(f"{indent}    kind: {ent.kind}")
        seen = [f"mentions: {ent.mentions}", f"articles: {len(ent.articles)}"]
        if roles:
            seen.append(f"roles: [{', '.join(_q(r) for r in roles)}]")
        if ent.example:
            seen.append(f"example: {_q(ent.example)}")
        out.append(f"{indent}    seen: {{{', '.join(seen)}}}")
    return out


def _conflict_lines(i: int, aids: set[str], members: list, scan: Scan, foreign: set[str], several: bool,
                    used_keys: set[str]) -> list[str]:
    """One conflict of the draft: its key (several conflicts), articles, sides, government and rebel side,
    keywords and actors."""
    indent = "    " if several else ""
    sides_used = Counter(side for _, side, _ in members)
    belligerents = [k for k in scan.anchors if k in sides_used and k not in foreign]
    home_votes = Counter(scan.home[a] for a in sorted(aids) if scan.home.get(a))
    group_votes = Counter(scan.group[a] for a in sorted(aids) if scan.group.get(a))
    gov = next((k for k, _ in home_votes.most_common() if k in belligerents), None)
    rebel = next((k for k, _ in group_votes.most_common() if k in belligerents and k != gov), None)
    # a belligerent of this war named in its articles but with no actor of its own still gets a side
    for key in (gov, rebel):
        if key and key not in belligerents:
            belligerents.append(key)
    key = slug("-".join(scan.anchors[k].name for k in ([gov] if gov else []) + ([rebel] if rebel else [])) or f"war{i + 1}")
    while key in used_keys:
        key += "_"
    used_keys.add(key)
    out = []
    if several:
        out.append(f"  {key}:")
        out.append(f"{indent}articles: [{', '.join(_q(a) for a in sorted(aids))}]")
    out.append(f"{indent}sides:" if belligerents else f"{indent}sides: {{}}")
    for k in belligerents:
        a = scan.anchors[k]
        what = {"country": "the state of ", "mission": "the mission "}.get(a.kind, "the armed group ") + a.name
        out.append(f"{indent}  {k}: {_q(what)}   # check: named after {a.name}, {a.mentions} mentions in "
                   f"{len(a.articles)} articles")
    if gov:
        out.append(f"{indent}government_side: {gov}   # check: the state most articles are about "
                   f"('army', 'ministry', 'officials' go to it)")
    if rebel:
        out.append(f"{indent}rebel_side: {rebel}   # check: the armed group most articles name "
                   f"('rebels', 'militants', 'fighters' go to it)")
    kw = [(k, sorted(f for f in scan.anchors[k].forms if f)) for k in belligerents]
    kw = [(k, forms) for k, forms in kw if forms]
    if kw:
        out.append(f"{indent}keywords:")
        for k, forms in kw:
            out.append(f"{indent}  {k}: [{', '.join(_q(f) for f in forms)}]")
    return out + _actor_lines(members, belligerents, indent)


def _draft_name(source: str) -> str:
    """'eval/real/texts' -> 'real': the last part of the path that is not a generic folder name."""
    parts = [p for p in Path(source or "draft").parts if p not in ("/", ".", "..")]
    named = [p for p in parts if p.lower() not in ("corpus", "texts", "articles", "data", "input", "inputs")]
    return slug(named[-1] if named else "draft")


def suggest_registry(corpus, *, source: str = "", quotes: pd.DataFrame | None = None,
                     claims: pd.DataFrame | None = None) -> str:
    """Corpus -> the text of a draft registry YAML (loads with `load_actors`; every guess has `# check:`)."""
    from ..casualties import extract_casualties
    from ..quotes import extract_quotes

    if quotes is None:
        quotes = extract_quotes(corpus, actors=None)
    if claims is None:
        claims = extract_casualties(corpus, quotes=quotes, actors=None)
    scan = Scan(corpus, people={s for s in quotes["speaker"].dropna().unique() if _is_named(s) and _person(s)})
    ents = collect(corpus, quotes, claims, scan)
    homes = {k for k in scan.home.values() if k}
    foreign = {k for k, a in scan.anchors.items()
               if a.kind == "country" and k not in homes and a.military == 0}
    groups = _conflicts(scan, foreign)
    keep = [e for e in ents.values() if e.statements or e.mentions >= 2 or e.cited]
    # an actor belongs to the conflict of most of its articles
    conflict_of_article = {aid: i for i, g in enumerate(groups) for aid in g}
    per_conflict: dict[int, list] = defaultdict(list)
    for ent in keep:
        votes = Counter(conflict_of_article[a] for a in sorted(ent.articles) if a in conflict_of_article)
        per_conflict[votes.most_common(1)[0][0] if votes else 0].append((ent, *_side_of(ent, scan, foreign)))
    several = len([i for i in range(len(groups)) if per_conflict.get(i)]) > 1
    lines = [f"# Draft actor registry from `presslens actors suggest {source}`.",
             "# Every side below is a guess from the articles' own words: confirm or fix each `# check:` line,",
             "# then run `presslens actors check FILE` and pass the file with --actors. Format: docs/registry.md.",
             "# seen: what the corpus shows (mentions, articles, roles, an example span article:start-end).",
             f"name: {_draft_name(source)}-draft"] + (["conflicts:"] if several else [])
    used_keys: set[str] = set()
    for i, aids in enumerate(groups):
        if per_conflict.get(i):
            lines += _conflict_lines(i, aids, per_conflict[i], scan, foreign, several, used_keys)
    return "\n".join(lines) + "\n"
