"""Rule `role_named_next` (session 10, eval/SPEAKER_FAMILIES.md family C; docs/annotation.md, "A role and the
person named next"): an unnamed role speaker whose statement is followed, in the next sentence, by a statement of
a person the article names there for the first time is that person: the wire lead's `A health official says X.
Oren Salk says Y` names the official in its second sentence. The gold of six dev sets names the holder (real,
seeds, dev2, real6/states, real9/roles, real9/counts); the role words need not match (`a top official` ...
`said Ivo Mart, chairman of ...`; `the head of the service` ... `director Ana Kord`), which the mention layer's
role lookups require.
"""
from __future__ import annotations

import re

from ..mentions.lexicon import ORG_WORDS, ROLE_WORDS
from ..actors import fold

#: a person's name as a speaker: two capitalised words or more, none a body word
_RX_PERSON = re.compile(r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)+")
#: where a sentence ends inside the gap between two statements
_RX_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“‘A-Z])|\n")


def _holder(row: dict) -> bool:
    name = row["speaker"]
    return (not row["anonymous"] and _RX_PERSON.fullmatch(name) is not None
            and not any(fold(t) in ORG_WORDS for t in name.split()))


def _singular_role(row: dict) -> bool:
    role = fold(row.get("speaker_role") or "")
    return bool(row["anonymous"] and role in ROLE_WORDS and not fold(row["speaker"]).endswith("s"))


def role_named_next(text: str, rows: list[dict]) -> None:
    """Rename, in place, each singular unnamed role speaker whose next statement (in the next sentence) is a
    person's named there for the first time; its side is kept unless unknown.

    >>> t = "A Tarvian health official says a strike killed 26 people. Oren Salk says it wounded nine others."
    >>> rows = [{"speaker": "a Tarvian health official", "speaker_role": "official", "anonymous": True,
    ...          "start": 33, "end": 58, "speaker_start": 0, "speaker_end": 25, "speaker_side": "unknown",
    ...          "speaker_id": None, "speaker_by": "unnamed"},
    ...         {"speaker": "Oren Salk", "speaker_role": None, "anonymous": False, "start": 75, "end": 98,
    ...          "speaker_start": 59, "speaker_end": 68, "speaker_side": "unknown", "speaker_id": None,
    ...          "speaker_by": "name"}]
    >>> role_named_next(t, rows); rows[0]["speaker"], rows[0]["speaker_by"]
    ('Oren Salk', 'role_named_next')
    """
    order = sorted(range(len(rows)), key=lambda k: min(rows[k]["start"], rows[k]["speaker_start"]))
    for a, b in zip(order, order[1:]):
        r, n = rows[a], rows[b]
        if not _singular_role(r) or not _holder(n):
            continue
        end = max(r["end"], r["speaker_end"])
        nxt = min(n["start"], n["speaker_start"])
        if nxt <= end or nxt - end > 400 or len(_RX_SENTENCE_END.findall(text, end, nxt + 1)) > 1:
            continue        # not the next sentence
        surname = n["speaker"].split()[-1]
        if surname in text[:r["speaker_start"]]:
            continue        # named before: another person speaking on
        if r["speaker_side"] not in ("unknown", n["speaker_side"]) and n["speaker_side"] != "unknown":
            continue        # another side's holder
        r["speaker"], r["speaker_id"], r["anonymous"] = n["speaker"], n["speaker_id"], False
        if r["speaker_side"] == "unknown":
            r["speaker_side"], r["side_by"] = n["speaker_side"], n.get("side_by", r.get("side_by"))
        r["speaker_by"] = "role_named_next"
