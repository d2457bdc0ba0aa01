"""Named rule for a lede's unnamed body that the very next statement names: 'Twenty died, a medical group said. / The
Kordal Doctors' Network said the shells hit a school.' The lede's 'a medical group' is the Network: wire copy gives the
body's kind first and its name in the statement right after (session 17, docs/rules.md "Session 17: speaker names").
It is rule `office_named_next`'s (quotes.named_next) for bodies: a group, an outlet, a force named by its fighters.

The rule runs on an article's quote rows once their speakers are resolved (quotes.speakers `_resolve`), after
`office_named_next`; it asks only about anonymous rows whose phrase holds one of the body heads (one set look-up per
row first), so most articles cost nothing.
"""
from __future__ import annotations

import re

from .named_next import REACH, kept_anonymous, same_unnamed_run

#: an unnamed group of no warring side: the name next must be a body the copy gives no warring side
GROUP_HEADS = frozenset(("group", "organisation", "organization", "charity", "watchdog", "monitor", "ngo"))
#: an unnamed outlet: the name next must be an outlet, and the copy names its medium again beside the name
#: ('Shargh daily said', 'the weekly Nedelja said'); one medium per class, so a wire agency is no newspaper
OUTLET_HEADS = {"newspaper": "paper", "paper": "paper", "daily": "paper", "weekly": "paper",
                "agency": "agency", "broadcaster": "broadcast", "television": "broadcast", "radio": "broadcast",
                "station": "broadcast", "website": "website"}
#: the words of each medium class that may stand beside the outlet's name next
_MEDIUM_WORDS = {"paper": ("newspaper", "paper", "daily", "weekly", "tabloid"), "agency": ("agency",),
                 "broadcast": ("television", "radio", "station", "broadcaster", " tv"), "website": ("website", "site")}
#: fighters of an unnamed force: the name next must be a body of a warring side (not an outlet, a rights group or
#: the UN), never the side of the state ('rebels said ... The army said')
ARMED_HEADS = frozenset(("rebels", "insurgents", "guerrillas", "guerillas", "separatists", "militants"))
#: every head the rule asks about: the cheap test before the pattern
BODY_HEADS = GROUP_HEADS | frozenset(OUTLET_HEADS) | ARMED_HEADS
#: sides that are no warring party's (docs/annotation.md)
_NO_PARTY = frozenset(("media", "ngo", "un", "civilian", "expert", "unknown", "foreign_gov", "both"))

#: an unnamed body: 'a medical group', 'a non-governmental rights group in X', 'a newspaper', 'an Iranian news
#: agency'; or fighters named by their origin without an article: 'Kurdish rebels based in north Iraq'
_RX_BODY_PHRASE = re.compile(r"""
    ^(?:(?P<article>[Aa]n?)\s+(?:[\w\-.’']+\s+){0,3}?       # indefinite: up to three modifiers
      | (?P<origin>[A-Z][a-z][\w\-’']*\s+)(?:[\w\-’']+\s+)??)  # or a capitalised origin word (no acronym), one more
    (?P<head>%s)                                           # the head
    (?:\s+(?:in|from|based\s+in|based\s+on|of)\s+[^,;:]{1,60})?$   # its complement: 'in Nicaragua', 'based in north Iraq'
    """ % "|".join(sorted(BODY_HEADS, key=len, reverse=True)), re.X)


def body_head(phrase: str) -> str | None:
    """The head of a speaker phrase that names one unnamed body the copy may name next (rule `body_named_next`), or
    None.

    >>> body_head("a medical group"), body_head("a non-governmental rights group in Borvania"), body_head("a newspaper")
    ('group', 'group', 'newspaper')
    >>> body_head("Tarvian rebels based in the hills"), body_head("the group"), body_head("rebels")
    ('rebels', None, None)
    >>> body_head("a group of residents"), body_head("an official"), body_head("a rebel commander")
    (None, None, None)
    """
    mt = _RX_BODY_PHRASE.match(phrase.strip())
    if mt is None:
        return None
    head = mt.group("head")
    if mt.group("origin") and head not in ARMED_HEADS:
        return None
    if head in GROUP_HEADS and " of " in phrase:
        return None         # 'a group of residents': people, not a body
    return head


def _any_head(phrase: str) -> bool:
    """The exact test before the pattern: a word of the speaker phrase is one of the body heads (the pattern's head
    is one of its words)."""
    return any(w in BODY_HEADS for w in phrase.split())


#: words of a state's own bodies: never the name of an unnamed group or of a force named by its fighters
_STATE_BODY_WORDS = ("army", "police", "ministry", "government", "military", "command")


def _fits(head: str, nxt: dict, window: str) -> bool:
    """Whether the named speaker of the next row can be the body of `head`: its side and, for an outlet, its medium
    named again in `window` (the words around the next speaker's phrase); a group or fighters are no state body.

    >>> _fits("newspaper", dict(speaker="Al Watan", speaker_side="unknown"), "coast road, the al watan daily said")
    True
    >>> _fits("newspaper", dict(speaker="Reuters", speaker_side="media"), "on the coast road, reuters said.")
    False
    >>> _fits("group", dict(speaker="Defence Ministry", speaker_side="unknown"), "the defence ministry said")
    False
    """
    side = nxt["speaker_side"]
    if head in OUTLET_HEADS:
        return side in ("media", "unknown") and any(w in window for w in _MEDIUM_WORDS[OUTLET_HEADS[head]])
    if any(w in nxt["speaker"].lower() for w in _STATE_BODY_WORDS):
        return False
    if head in GROUP_HEADS:
        return side in ("ngo", "unknown", "expert")
    return side not in _NO_PARTY


def body_named_next(rows: list[dict], kinds: list[str], inventory, text: str) -> None:
    """Rule `body_named_next`: an anonymous body's statement (`body_head`; reported speech, as in
    `office_named_next`) and the rows of the same unnamed body right after it ('He', 'It said'), followed as the very
    next statement by a named body (`kinds` 'org') that fits the head (`_fits`) and spoke in no row before, take that
    body (name, registry id, side), when: the named speaker's phrase starts within REACH characters of the chain's
    end; no other body or person of two words or more is named between, save inside the named speaker's own
    statement (`inventory`: the mention layer's names); and the copy keeps no speaker anonymous on purpose. `rows`
    are one article's quote rows in text order; changed in place, `speaker_by` names the rule.

    >>> t = "Forty died, a medical group said. The Tarvian Doctors' Union said the shells hit a school."
    >>> rows = [dict(speaker="a medical group", speaker_start=12, speaker_end=27, start=0, end=10, anonymous=True,
    ...              kind="indirect", speaker_id=None, speaker_side="unknown", side_by="none", speaker_by="unnamed",
    ...              speaker_role=None),
    ...         dict(speaker="Tarvian Doctors' Union", speaker_start=34, speaker_end=60, start=66, end=89,
    ...              anonymous=False, kind="indirect", speaker_id=None, speaker_side="ngo", side_by="x",
    ...              speaker_by="name", speaker_role=None)]
    >>> body_named_next(rows, ["org", "org"], [], t)
    >>> rows[0]["speaker"], rows[0]["speaker_by"], rows[0]["speaker_side"]
    ("Tarvian Doctors' Union", 'body_named_next', 'ngo')
    """
    said: set[str] = set()
    starts: list[int] | None = None
    i = 0
    while i < len(rows) - 1:
        row = rows[i]
        said.add(row["speaker"])
        phrase = text[row["speaker_start"]:row["speaker_end"]] if row["anonymous"] and row["kind"] != "direct" else ""
        head = body_head(phrase) if phrase and _any_head(phrase) else None
        if head is None:
            i += 1
            continue
        j = same_unnamed_run(rows, i)   # the rows of the same unnamed body ('It said', a second statement of it)
        if j == len(rows):
            break
        nxt, end = rows[j], max(max(r["end"], r["speaker_end"]) for r in rows[i:j])
        at = nxt["speaker_start"]
        window = text[max(0, at - 30):nxt["speaker_end"] + 15].lower()
        if nxt["anonymous"] or kinds[j] != "org" or nxt["speaker"] in said or not (end <= at <= end + REACH) \
                or not _fits(head, nxt, window) or any(kept_anonymous(text, r) for r in rows[i:j]):
            i = j
            continue
        if starts is None:
            starts = [m.start for m in inventory]
        inside = (nxt["start"], nxt["end"]) if nxt["start"] < at else (at, at)
        if any(end <= p < at and not inside[0] <= p < inside[1] and text[p:p + len(nxt["speaker"])] != nxt["speaker"]
               for p in starts):
            i = j
            continue        # another body or person named between: the lede's body may be that one
        named_side = nxt["speaker_side"] != "unknown"   # else each row keeps its own ('a newspaper': media)
        for r in rows[i:j]:
            r.update(speaker=nxt["speaker"], speaker_id=nxt["speaker_id"], speaker_role=nxt["speaker_role"] or
                     r["speaker_role"], anonymous=False, speaker_by="body_named_next")
            if named_side:
                r.update(speaker_side=nxt["speaker_side"], side_by=nxt["side_by"])
        i = j
