"""An article's outlet, only from its references to itself (a copyright line, page chrome, `told CNN-News18`)."""

from __future__ import annotations

import re
from collections import defaultdict

from .rules import Rules, _search_lines


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
