"""Rule `quotation_continues` (docs/rules.md "Session 17: claimants"): a count inside a quotation that no quote row
covers and no cue of its own attributes, in a paragraph that opens a quotation or carries on one left open at the end
of the paragraph before, is the words of the last quoted speaker before it (a speech quoted over paragraphs, each
opening on a quotation mark, the cue given once):

    "Fighting stopped this morning," said Chief Corporal Rahman. "Burnings still continue.
    Hundreds are roaming the city. I saw two headless bodies on the street.      -> Chief Corporal Rahman's claim

Left alone: a paragraph that opens on no quotation mark and follows a closed quote (the article's voice), a quoted
phrase inside the article's own sentence ('what it called "a massacre" of 40'), a speaker more than one paragraph
before the quotation.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

#: marks that open a quotation at a paragraph's start (two straight single quotes as a wire's double quote)
_OPENERS = ("“", '"', "''", "«", "‘")


def _open_in(chunk: str) -> bool:
    """Whether a stretch of text leaves a quotation open at its end (more curly openings than closings, or an odd
    number of straight double quotes or of paired single quotes).

    >>> _open_in('"Burnings still continue.'), _open_in('"They ran," he said.'), _open_in("''Thus far, 13 died")
    (True, False, True)
    >>> _open_in("``They ran,'' he said."), _open_in("``They ran. We hid.")
    (False, True)
    """
    if chunk.count("“") > chunk.count("”") or chunk.count("«") > chunk.count("»"):
        return True
    if "``" in chunk:       # ``...'': a typewriter's pair, two backticks open and two single quotes close
        return chunk.count("``") > chunk.count("''")
    return chunk.count('"') % 2 == 1 or chunk.count("''") % 2 == 1


def _paragraph_start(text: str, at: int) -> int:
    """Where the paragraph holding position `at` starts (after the last line break before it)."""
    return text.rfind("\n", 0, at) + 1


def continued_quotation(text: str, at: int, quotes: Sequence[Mapping]) -> Mapping | None:
    """The quote row whose speaker goes on speaking at position `at` (rule `quotation_continues`), else None: `at`
    stands inside a quotation that its paragraph opens, or that the paragraph before left open, and the last quote
    row before that paragraph ends at most one paragraph before it.

    >>> t = 'Police cleared the road.\\n"Fighting stopped," said Chief Corporal Rahman. "Burnings go on.\\nI saw two bodies.'
    >>> q = {"start": t.index("Fighting"), "end": t.index(",\\" said"), "speaker": "Chief Corporal Rahman"}
    >>> q2 = {"start": t.index("Burnings"), "end": t.index(".\\nI saw"), "speaker": "Chief Corporal Rahman"}
    >>> continued_quotation(t, t.index("two bodies"), [q, q2])["speaker"]
    'Chief Corporal Rahman'
    >>> t2 = 'Police cleared the road.\\n"Fighting stopped," said Chief Corporal Rahman.\\nTwo bodies lay in the road.'
    >>> continued_quotation(t2, t2.index("Two bodies"), [q]) is None
    True
    """
    pa = _paragraph_start(text, at)
    lead = text[pa:at]
    opens = lead.lstrip().startswith(_OPENERS + ("``",))
    if opens and not _open_in(lead):
        return None
    last = None
    for q in quotes:
        end = q.get("end")
        if q.get("start") is not None and end is not None and end <= pa and q.get("speaker"):
            last = q if last is None or end > last["end"] else last
    if last is None:
        return None
    if not opens:   # a speech carried over: the last quote runs to the end of the paragraph before, left open
        prev = _paragraph_start(text, max(0, pa - 2)) if pa > 1 else 0
        if pa == 0 or last["end"] < prev or text[last["end"]:pa].strip(" .,;:!?\n") or \
                any(m in lead for m in ('"', "“", "”", "''")) or not _open_in(text[prev:pa]):
            return None
    between = [line for line in text[last["end"]:pa].split("\n")[1:] if line.strip()]   # whole paragraphs between
    return last if len(between) <= 1 else None
