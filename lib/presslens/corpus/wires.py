"""Wire services credited in an article (dateline, sign-off, `with inputs from ...`)."""

from __future__ import annotations

import re

from .rules import Rules
from .outlets import _outlet_name


_UPPER = "A-ZÀ-ÖØ-Þ"
WIRE_DATELINE = re.compile(rf"^[{_UPPER}][{_UPPER} .,'’-]{{1,60}}(?:,\s*[{_UPPER}][\w .]{{1,30}})?(?:,\s*\w{{3,9}}\.?\s+\d{{1,2}})?\s*\((?P<wire>[A-Z][\w .&'-]{{1,40}})\)\s*[-–—]", re.M)
#: "– Newsline" alone on a line; "With inputs from Reuters, AFP"
#: datelines stand at the top of the copy: only this many characters are searched for one
DATELINE_CHARS = 1500
WIRE_SIGNOFF = re.compile(r"[ \t]*[-–—][ \t]*(?P<wire>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3})[ \t]*")
WIRE_LIST = re.compile(r"\bwith (?:additional )?(?:inputs|reporting) (?:from|by)\s+(?P<list>[^\n]+)", re.I)


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
