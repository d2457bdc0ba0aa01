"""Rule `gapped_subject`: a bare count joined to a count of another harm that names its victims shares their noun.

English gaps the subject noun of a second conjunct that tells another harm of the same people: 'Thirty civilians were
killed and 102 wounded' (102 civilians wounded), 'Sixteen people were killed and more than 30 wounded', 'One person was
killed and three wounded', and a headline's '30 killed, 102 injured' after its count has a side. The second count is
only a number and a participle (an amount's words before it, an auxiliary between); what joins the two is nothing but
`and`, `while`, `with` or a comma; and the harms differ (the same harm twice is two groups: 'ten soldiers were killed
and four killed in the town'). Not the active verb's object ('shot six dead and wounded eight', 'killing two and
injuring 25': the object is gapped, and the golds read it otherwise: 2 wrong on the dev copy), not `others` ('two
soldiers were killed and 23 others wounded': `others` says they are not the same people; ``others_of_the_count``).
Session 28 (docs/rules.md, "Session 28: the story's side told in another sentence").
"""
from __future__ import annotations

import re

#: the gapped count: an amount's words, a number, an auxiliary, a participle of harm and nothing else
_RX_GAPPED = re.compile(r"^(?:(?:at\s+least|more\s+than|over|about|around|nearly|some|up\s+to|another)\s+)?[\w,.-]+\s+"
                        r"(?:(?:were|was|have\s+been|had\s+been|are)\s+)?(?:\w+ly\s+)?(?:wounded|injured|hurt|killed|"
                        r"dead|captured|arrested|detained|missing)$", re.I)
#: the last word of a gapped count (the cheap gate before the pattern)
_PARTICIPLES = frozenset(["wounded", "injured", "hurt", "killed", "dead", "captured", "arrested", "detained",
                          "missing"])
#: what may stand between the two counts: a comma or a semicolon, `and`, `while`, `with`
_RX_JOIN = re.compile(r"\s*[,;]?\s*(?:and|while|with)?\s*")


def gapped_subject(records: list[dict], text: str = "") -> None:
    """Rule `gapped_subject`: a count left `unknown` that is only a number and a participle of harm ('102 wounded',
    'more than 30 wounded') takes the side of the count of another harm just before it in its sentence, joined to it
    by `and`, `while`, `with` or a comma only: the second conjunct's subject is the first's, gapped; the first is a
    whole count, not a part of one ('nine people ..., including two children, and 31 wounded'). Run after every
    other pass (the first count may have its side from one of them: 'One person was killed' restated above).

    >>> text = "Thirty soldiers were killed and 102 wounded."
    >>> recs = [{"category": "killed", "victim_side": "gov", "victim_type": "fighters", "_sent": 0, "start": 0,
    ...          "end": 27, "text": text[0:27]},
    ...         {"category": "wounded", "victim_side": "unknown", "victim_type": "unknown", "_sent": 0,
    ...          "start": 32, "end": 43, "text": text[32:43]}]
    >>> gapped_subject(recs, text); recs[1]["victim_side"], recs[1]["text"]
    ('gov', '102 wounded')

    The active verb's gapped object is not read, nor the same harm told twice:

    >>> text = "Troops killed six soldiers and wounded eight."
    >>> recs[0].update(start=7, end=26, text=text[7:26])
    >>> recs[1].update(victim_side="unknown", start=31, end=44, text=text[31:44]); recs[1]["text"]
    'wounded eight'
    >>> gapped_subject(recs, text); recs[1]["victim_side"]
    'unknown'
    >>> text = "Thirty soldiers were killed and 12 killed in the town."
    >>> recs[0].update(start=0, end=27, text=text[0:27])
    >>> recs[1].update(category="killed", start=32, end=41, text=text[32:41]); recs[1]["text"]
    '12 killed'
    >>> gapped_subject(recs, text); recs[1]["victim_side"]
    'unknown'
    """
    if len(records) < 2 or not text:
        return
    for i, r in enumerate(records):
        t = (r.get("text") or "").strip()
        if r["victim_side"] != "unknown" or r.get("_subset") or "_sent" not in r or \
                t.rsplit(None, 1)[-1].lower() not in _PARTICIPLES or not _RX_GAPPED.match(t):
            continue
        here = [s for s in records[:i] if s.get("_sent") == r["_sent"] and s.get("end", 0) <= r.get("start", 0)
                and not s.get("_subset")]     # the gapped subject is the count's, not its part's ('including')
        if not here:
            continue
        first = here[-1]
        if first["category"] == r["category"] or first["victim_side"] in ("unknown", "both") or \
                not _RX_JOIN.fullmatch(text[first["end"]:r["start"]]):
            continue
        r["victim_side"], r["victim_type"] = first["victim_side"], first["victim_type"]
