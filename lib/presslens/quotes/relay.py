"""Named rule `outlet_relays_source`: an outlet's credit at the end of a sentence that names who spoke
('According to the army, the raid was repelled, Radio Kantor reported'; 'The rebels confirmed that the town had
fallen, the Zeta news agency reported'; 'He also ordered a curfew, the AP reported') is a wire credit, not a
statement of its own: the source the sentence names speaks, and the outlet's credit is not part of the content
(docs/annotation.md: a wire credit is the speaker only when the outlet itself reports the fact).
"""
from __future__ import annotations

import re

#: what may follow an outlet's credit before the sentence ends: a time adverbial, the stop
_RX_CREDIT_END = re.compile(r"[\s,]*(?:(?:on|late\s+on|earlier\s+on|last)\s+\w+)?[\s.!?\"”’]*$")
#: what may open the sentence before its speaker: a quote mark, a sentence adverb ('Earlier,', 'Meanwhile')
_RX_OPENING = re.compile(r"[\s\"“‘']*(?:(?:Meanwhile|Earlier|Later|However|Separately|Also|But|And|In\s+a\s+statement)\b,?\s*)?")
#: the verbs an outlet credits a wire report with
_RELAY_LEMMAS = frozenset(("report", "say", "write"))


def listed_outlet(phrase: str) -> bool:
    """Whether a phrase is an outlet listed in data/lexicons/outlets.yaml ('Dawn', 'the Associated Press').

    >>> listed_outlet("Reuters"), listed_outlet("the Associated Press"), listed_outlet("the army")
    (True, True, False)
    """
    from ..corpus.rules import load_rules
    names = load_rules().outlet_names
    phrase = phrase.strip()
    return phrase in names or (phrase[:4] in ("the ", "The ") and phrase[4:] in names)


def outlet_relays_source(m: str, sa: int, sb: int, items: list, is_outlet) -> tuple[list, list[int]]:
    """(items without the outlet's closing credit, [where the credit starts]) for the cue items of one sentence
    [sa, sb) (quotes.attribution's layout: clause start, cue start, cue end, cue, speaker span, ...);
    the items unchanged and [] when the rule does not apply. `is_outlet(phrase)` tells an outlet.

    >>> from presslens.mentions.lexicon import _cues
    >>> c = _cues()[0]
    >>> s = "The rebels confirmed that the town had fallen, the Zeta news agency reported."
    >>> items = [[0, 11, 20, c["confirmed"], (0, 10), 20, False, "confirmed"],
    ...          [47, 68, 76, c["reported"], (47, 67), 76, False, "reported"]]
    >>> kept, credits = outlet_relays_source(s, 0, len(s), items, lambda p: "agency" in p)
    >>> [s[it[4][0]:it[4][1]] for it in kept], s[credits[0]:credits[0] + 10]
    (['The rebels'], ', the Zeta')
    >>> outlet_relays_source(s, 0, len(s), items, lambda p: False)[1]
    []
    """
    if len(items) < 2:
        return items, []
    last = items[-1]
    clause_start, cs, ce, cue, sp = last[:5]
    if sp is None or last[6] or len(last) > 8 or cue.lemma not in _RELAY_LEMMAS:
        return items, []
    inverted = sp[0] >= ce
    if not _RX_CREDIT_END.match(m, sp[1] if inverted else ce, sb) or not is_outlet(m[sp[0]:sp[1]]):
        return items, []
    inner = [it for it in items[:-1] if it[4] is not None and not it[6]]
    if not inner or any(is_outlet(m[it[4][0]:it[4][1]]) for it in inner):
        return items, []
    first = items[0]
    if first[4] is None or first[6] or not _RX_OPENING.fullmatch(m, sa, min(first[1], first[4][0])):
        return items, []        # the sentence's own clause names who spoke, not a clause inside it ('..., who claimed')
    start = cs if inverted or clause_start is None else clause_start
    before = m[:start].rstrip()
    if not before.endswith(","):
        return items, []        # 'X said the road was cut and the agency reported ...': a clause of its own
    return items[:-1], [len(before) - 1]
