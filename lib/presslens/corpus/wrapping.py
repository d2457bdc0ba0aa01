"""Hard-wrapped paragraphs rejoined: copy broken into lines of ~70 characters (plain-text wire copy, a quoted e-mail).

A file whose paragraphs are hard-wrapped would otherwise give one paragraph per line, and sentences cut in the
middle (`... the four Ulster Defence Regiment` / `soldiers who were killed ...`). Rule `hard_wrapped_paragraph`:
a text is hard-wrapped when its longest line of at most 100 characters (the wrap width) is at least 40 long,
and at least three of its lines, two in five of those followed by another line, are long (3/4 of the width)
and stop without a sentence's end. In such a text a line is joined to the next line of its run (no blank line
between) when the next line's first word would not have fitted on it, or when it stops without a sentence's
end and the next line starts in lower case. A line that stops short of the width with room for the next word
ends its paragraph, and so does a change of quotation marker; a line longer than the width (flowed copy in the same file) is a paragraph of its own. E-mail quote markers (`> `) shared by every line of the run are dropped from the text.
"""

from __future__ import annotations

import re
from collections.abc import Collection

#: e-mail quotation markers at the start of a line ('> ', '>> ', '> > ')
_MARKER = re.compile(r"^[ \t]*(?:>[ \t]?)+")
#: a line that ends a sentence: terminal punctuation, then closing quotes or brackets
_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’»)\]]*$")
_MIN_WIDTH, _MAX_WIDTH = 40, 100


def _unmarked(line: str) -> tuple[str, str]:
    """(marker, rest) of one line: '> Three soldiers' -> ('> ', 'Three soldiers')."""
    m = _MARKER.match(line)
    return (m.group(), line[m.end():].strip()) if m else ("", line.strip())


def _wrap_width(runs: list[list[tuple[int, str, str]]]) -> int | None:
    """The width the text was wrapped at, or None when it does not read as hard-wrapped.

    The width is the longest line of at most 100 characters; the text is hard-wrapped when at least three lines,
    and two in five of the lines followed by another line, are long (at least 3/4 of the width) and stop
    without a sentence's end.
    """
    lengths = [len(t) for run in runs for _, _, t in run if len(t) <= _MAX_WIDTH]
    if not lengths:
        return None
    width = max(lengths)
    if width >= _MIN_WIDTH and _wrapped_at(runs, width):
        return width
    if sum(1 for n in lengths if n >= _MIN_COLUMN - 4) < _MIN_COLUMN_LINES:
        return None         # the gate: too few lines of a column's length for `column_width` to find one
    width = column_width(runs)
    return width if width is not None and _wrapped_at(runs, width) else None


def _wrapped_at(runs: list[list[tuple[int, str, str]]], width: int) -> bool:
    """Whether at least three lines, and two in five of the lines of at most `width` followed by another line, are
    long (at least 3/4 of `width`) and stop without a sentence's end."""
    followed = [t for run in runs for _, _, t in run[:-1] if len(t) <= width]
    cut = sum(1 for t in followed if len(t) * 4 >= width * 3 and not _SENTENCE_END.search(t))
    return cut >= 3 and cut * 5 >= len(followed) * 2


#: a printed column's width (OCR'd newspaper columns: ~25-40 characters a line)
_MIN_COLUMN, _MIN_COLUMN_LINES = 24, 8


def column_width(runs: list[list[tuple[int, str, str]]]) -> int | None:
    """Rule `column_width`: the width of a narrow printed column (an OCR'd newspaper page) whose longest line is not
    the wrap (a header, a file name or a URL line above the column): the longest of the lines cut without a
    sentence's end and followed by another line, leaving out those over 1.3 times their median; None with fewer
    than eight such lines or a width under 24.

    >>> col = ["Approved For Release 2003/01/02: CIA-RDP69B00369R0002", "The death of the guerrilla leader",
    ...        "was reported to officials late", "yesterday by Col. Joaquin Zenteno", "Anaya, commander of the army's",
    ...        "8th Division. Zenteno said the", "body of one of seven guerrillas", "shot and killed in a battle",
    ...        "Sunday has been identified as that", "of the rebel chief, the colonel", "told reporters in the capital."]
    >>> column_width([[(i, "", t) for i, t in enumerate(col)]])
    34
    """
    cut = sorted(len(t) for run in runs for _, _, t in run[:-1]
                 if _MIN_COLUMN - 4 <= len(t) <= _MAX_WIDTH and not _SENTENCE_END.search(t))
    if len(cut) < _MIN_COLUMN_LINES:
        return None
    median = cut[len(cut) // 2]
    width = max(n for n in cut if n * 10 <= median * 13)
    return width if width >= _MIN_COLUMN else None


def _joins(this: str, nxt: str, width: int) -> bool:
    """True when `nxt` continues the paragraph of `this` in a run wrapped at `width`."""
    first = nxt.split(None, 1)[0]
    if len(this) + 1 + len(first) > width:      # the next word would not have fitted: a wrap, not a paragraph end
        return True
    return not _SENTENCE_END.search(this) and first[:1].islower()


def rejoin_wrapped(lines: list[str], skip: Collection[int] = frozenset(), *,
                   soft: Collection[int] = frozenset()) -> list[tuple[list[int], str]]:
    """Lines -> paragraphs as (line numbers, text); hard-wrapped runs joined, other lines one paragraph each.

    Blank lines, marker-only lines ('>': kept as paragraphs of their own) and line numbers in `skip`
    (boilerplate: no paragraph) end a run. A line in `soft` (a boilerplate guess such as a lower-case tags line)
    counts as text where it continues a wrapped paragraph, and gives no paragraph of its own.

    >>> wrapped = ["Rebels shelled the river port of Kessa on Monday, killing at least",
    ...            "eleven fishermen and wounding twenty, a regional official told",
    ...            "reporters.", "The army said it had retaken the ferry landing by nightfall",
    ...            "and lost two of its own men in the fighting near the old quay."]
    >>> [t for _, t in rejoin_wrapped(wrapped)][0]
    'Rebels shelled the river port of Kessa on Monday, killing at least eleven fishermen and wounding twenty, a regional official told reporters.'
    >>> len(rejoin_wrapped(wrapped)), len(rejoin_wrapped(["One line.", "Another line.", "A third one."]))
    (2, 3)
    """
    runs: list[list[tuple[int, str, str]]] = [[]]
    for i, raw in enumerate(lines):
        marker, text = _unmarked(raw) if i not in skip or i in soft else ("", "")
        if not text:
            if runs[-1]:
                runs.append([])
            if marker.strip():              # a marker-only line ('>') stays the paragraph it always was
                runs[-1].append((i, marker, ""))
                runs.append([])
            continue
        if runs[-1] and runs[-1][-1][1].strip() != marker.strip():     # a quotation starts or ends
            runs.append([])
        runs[-1].append((i, marker, text))
    out: list[tuple[list[int], str]] = []
    width = _wrap_width(runs)
    for run in runs:
        if not run:
            continue
        if width is None or len(run) == 1:
            out.extend(([i], " ".join((m + t).split())) for i, m, t in run if i not in soft)
            continue
        idx, parts = [run[0][0]], [run[0][2]]
        for k in range(1, len(run)):
            this, nxt = run[k - 1][2], run[k][2]
            if len(this) <= width and len(nxt) <= width and _joins(this, nxt, width):
                idx.append(run[k][0])
                parts.append(nxt)
            else:
                out.append((idx, _paragraph(run, idx, parts)))
                idx, parts = [run[k][0]], [nxt]
        out.append((idx, _paragraph(run, idx, parts)))
    return [(idx, text) for idx, text in out if len(idx) > 1 or idx[0] not in soft]


def _paragraph(run: list[tuple[int, str, str]], idx: list[int], parts: list[str]) -> str:
    """One paragraph's text: a single line as it always was (marker kept), joined lines without their markers."""
    if len(idx) == 1:
        marker = next(m for i, m, _ in run if i == idx[0])
        return " ".join((marker + parts[0]).split())
    return " ".join(" ".join(parts).split())
