"""An unnamed eyewitness who saw the dead ('A Reuters witness saw about 12 bodies'): the claimant of the counts after it
where no other was found (``extract`` calls it).
"""
from __future__ import annotations

import re


#: an eyewitness who saw the dead: 'A Reuters witness saw', 'two residents counted', 'the correspondent, who ... saw'
_RX_EYEWITNESS = re.compile(r"""
    (?P<who>\b(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ss]everal|[Oo]ne)\s+          # an unnamed witness's determiner
        (?:[A-Z][\w'’-]*\s+)?(?:[a-z]+\s+)?                                    # an outlet or a modifier: 'Reuters', 'local'
        (?:witness(?:es)?|eyewitness(?:es)?|correspondents?|reporters?|photographers?|journalists?|residents?))
    \s+(?:(?:later|also|who\s+was\s+there)\s+)?
    (?:saw|counted|witnessed|had\s+seen|has\s+seen|described\s+seeing|reported\s+seeing)\s+   # what they saw
    [^.!?;]{0,40}$                                                             # up to the count ('about 12 bodies, ')
""", re.X)


_RX_SAW = re.compile(r"\b(?:saw|seen|counted|witnessed|seeing)\b")


def eyewitness_saw(records: list[dict], text: str) -> None:
    """A count an unnamed eyewitness saw ('A Reuters witness saw about 12 bodies, four of them in cars'): the witness
    is the claimant (the phrase as written, lower-case), where no other was found.

    >>> t = "A local reporter counted 30 bodies, nine of them children."
    >>> recs = [{"claimant": None, "start": 25}, {"claimant": None, "start": 36}]
    >>> eyewitness_saw(recs, t)
    >>> [r["claimant"] for r in recs]
    ['a local reporter', 'a local reporter']
    """
    for rec in records:
        if rec["claimant"] is not None or rec.get("start") is None:
            continue
        window = text[max(0, rec["start"] - 140):rec["start"]]
        if _RX_SAW.search(window) is None:
            continue
        m = _RX_EYEWITNESS.search(text, max(0, rec["start"] - 140), rec["start"])
        if m:
            who = m.group("who")
            rec["claimant"] = who[0].lower() + who[1:]
