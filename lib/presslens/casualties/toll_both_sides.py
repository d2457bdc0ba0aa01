"""Rule `toll_of_both_sides` (session 12, docs/rules.md "Session 12: sides left unknown"): a bare toll the article
spreads over both warring sides is `both` (docs/annotation.md: a count that covers both warring sides). Run by
``extract`` as an article post-pass."""
from __future__ import annotations

import re

from .lexicon import Lexicon

#: a toll said to fall on both sides: 'a lot of deaths in both camps', 'both sides have reported hundreds of deaths'
_RX_BOTH_SIDES_TOLL = re.compile(r"\b(?:(?:in|on|among|for|from)\s+both\s+(?:sides|camps)|both\s+(?:sides|camps)\s+"
                                 r"(?:have\s+|had\s+|has\s+)?(?:\w+ly\s+)?(?:reported|suffered|sustained|lost|"
                                 r"counted|took|taken))\b")
#: the words a bare toll may have: its number, its noun and its verb, nothing of who
_BARE_TOLL = frozenset(["killed", "dead", "die", "died", "dies", "deaths", "death", "lives", "casualties", "people",
                        "persons", "wounded", "injured", "were", "was", "have", "has", "been", "at", "least", "more",
                        "than", "about", "some", "over", "of", "a", "lot", "claimed", "the", "total", "toll", "left",
                        "killing", "leaving", "up", "to", "nearly", "almost", "around", "hundreds", "dozens", "scores",
                        "thousands", "many", "several", "instantly", "fighting", "in"])


def _bare_toll(text_low: str, lex: Lexicon) -> bool:
    """The claim's words say nothing of who: 'Eleven die', '6 lives', 'a lot of deaths'."""
    return all(w in _BARE_TOLL or w in lex.numbers
               for w in re.findall(r"[a-z]+", text_low))


def toll_of_both_sides(records: list[dict], sent_texts: list[str], lex: Lexicon, sw) -> None:
    """Rule `toll_of_both_sides`: a bare toll left `unknown` ('Eleven die fighting', 'claimed 6 lives', 'a lot of
    deaths') that the article spreads over both sides is `both` (docs/annotation.md: a count that covers both
    warring sides): its sentence says so ('in both camps', 'both sides have reported hundreds of deaths'), or the
    counts of two opposing sides given in its sentence or the three after it add up to it exactly ('left seven
    soldiers and four separatists dead' under 'Eleven die').

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("aceh", {"sides": {"tni": "the Indonesian state: army (TNI), police",
    ...     "gam": "the Free Aceh Movement (GAM) rebels"}, "keywords": {"tni": ["TNI"], "gam": ["GAM"]},
    ...     "government_side": "tni", "rebel_side": "gam", "articles": ["example.txt"]})])
    >>> claims_in("Eleven die in Aceh clashes. Firefights left seven soldiers and four GAM rebels dead.", reg)[0]
    ('killed', 11, 11, None, 'both')
    """
    if len(sw.belligerents) < 2:
        return
    for rec in records:
        if rec["victim_side"] != "unknown" or rec["category"] not in ("killed", "wounded", "casualties") or \
                not _bare_toll((rec.get("text") or "").lower(), lex):
            continue
        si = rec.get("_sent")
        sent = sent_texts[si].lower() if si is not None and si < len(sent_texts) else ""
        if _RX_BOTH_SIDES_TOLL.search(sent):
            rec["victim_side"] = "both"
            continue
        if not rec["low"] or rec["vague"] is not None or rec["high"] not in (None, rec["low"]) or si is None:
            continue
        near = [p for p in records if p is not rec and p["category"] == rec["category"] and p["low"] and
                p["high"] == p["low"] and not p.get("_subset") and si <= p.get("_sent", -1) <= si + 3]
        by_side: dict[str, int] = {}
        for p in near:
            if p["victim_side"] in sw.belligerents:
                by_side.setdefault(p["victim_side"], p["low"])
        sides = list(by_side)
        if any(by_side[a] + by_side[b] == rec["low"] and sw.opposite.get(a) == b
               for i, a in enumerate(sides) for b in sides[i + 1:]):
            rec["victim_side"] = "both"
