"""Whether a count's victims are civilians, a mixed group or a war's toll, by the words around it: people counted
'including civilians' (a mixed group, and a force that is part of a toll: ``victims`` calls these), a war's toll or a
mixed count that stays `unknown` ('40,000 people have died in the conflict', '1,400 people, most of whom were
civilians') and counts the next words call all civilians ('23 dead and 28 wounded. All civilians'): ``extract`` calls
these on an article's records (sessions 4 and 4c).
"""
from __future__ import annotations

import re

from .lexicon import Lexicon, load_lexicon
from .toll_words import civilians_counted_before


# ----------------------------------------------------------------------------------------------------------
# People counted 'including civilians': a mixed group
# ----------------------------------------------------------------------------------------------------------

_RX_INCLUDING_CIVILIANS = re.compile(r"(?:^|[\s,(])including\s+(?:(?:a|one|some|several|many|\w+)\s+)?civilians?\b")


#: the part of a toll named after 'including' / 'among them', up to the next punctuation or clause word
_RX_PART_OF_TOLL = re.compile(r"(?:^|[\s,(])(?:including|among\s+them)\s+(?P<part>(?:(?!by\b|who\b|when\b|after\b|"
                              r"in\b|at\b|as\b|near\b|on\b|from\b|during\b)[\w'’-]+\s*){1,8})")


def force_in_part(text_low: str, lex: Lexicon) -> str | None:
    """Rule `force_among_the_toll`: the word of a force's member (a state or non-state role in the lexicon:
    'policeman', 'soldiers', 'bodyguards', 'militants') in the part of a toll named after 'including' or 'among them'
    ('nine people dead, including a senior police official'), else None.

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> force_in_part("killed nine people, including a senior police official and his bodyguards", load_lexicon())
    'police'
    >>> force_in_part("killed nine people, among them two soldiers, officials said", load_lexicon())
    'soldiers'
    >>> force_in_part("killed nine people, including four women killed by soldiers", load_lexicon()) is None
    True
    """
    if "including" not in text_low and "among them" not in text_low:
        return None
    for m in _RX_PART_OF_TOLL.finditer(text_low):
        hit = next((w for w in re.findall(r"[a-z]+", m.group("part")) if lex.roles.get(w) in ("state", "nonstate")),
                   None)
        if hit:
            return hit
    return None


def mixed_by_including(c) -> tuple[str, str] | None:
    """People (or a bare count) counted 'including civilians' or 'including a civilian' are a mixed group:
    `unknown`, not civilian (the civilians are among them, the rest are not said to be); so are people counted
    'including' or 'among them' a force's men (`force_in_part`: 'nine people dead, including a senior police
    official': docs/annotation.md, a count `including six soldiers` is mixed). `c` is the victims module's claim
    view (head, claim text, the sentence after it).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Air strikes on Mekelle killed 30 people, including civilians, a rebel spokesman said.")
    [('killed', 30, 30, None, 'unknown')]
    >>> claims_in("Air strikes on Mekelle killed 30 people, including 12 civilians.")
    [('killed', 30, 30, None, 'unknown'), ('killed', 12, 12, None, 'civilian')]
    >>> claims_in("Tigray rebels say drone strikes killed 30 including civilians")
    [('killed', 30, 30, None, 'unknown')]
    >>> claims_in("A bomb at the market in Mekelle killed nine people, among them a policeman.")[0]
    ('killed', 9, 9, None, 'unknown')
    """
    if "including" not in c.claim_low and "including" not in c.after_low[:30] and \
            "among them" not in c.claim_low and "among them" not in c.after_low[:30]:
        return None
    if (c.f.head not in ("people", "persons", None) or c.role is not None) and \
            not re.search(r"\b\d[\d,]*\s+including\s+civilians\b", c.claim_low):
        return None     # 'killed 30 including civilians': the count, not the civilians, is the victims
    if _RX_INCLUDING_CIVILIANS.search(c.claim_low) or _RX_INCLUDING_CIVILIANS.match(" " + c.after_low.lstrip(" ,")):
        return "unknown", c.vtype
    after = c.after_low.lstrip(" ,")[:80]
    if force_in_part(c.claim_low, c.lex) or (after.startswith(("including", "among them")) and
                                             force_in_part(" " + after, c.lex)):
        c.by = "force_among_the_toll"
        return "unknown", c.vtype
    return None



def mixed_kinds_one_count(c) -> tuple[str, str] | None:
    """Rule `mixed_kinds_one_count`: one count whose noun phrase joins, by 'and' or 'or', a civilian's word and a
    force's word of the lexicon's roles ('many officers and civilians were killed', 'some civilians and armed police
    officers were injured') counts a mixed group: `unknown` (docs/annotation.md: a mixed count), whichever word is
    the head and whatever side a registry keyword in it names. A coordination with a count of its own after the
    'and' ('18 civilians and one police officer') is two claims, each read alone; a named person is not a count.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("In the capital many officers and civilians were killed.")
    [('killed', None, None, 'many', 'unknown')]
    >>> claims_in("Eleven villagers were killed.")
    [('killed', 11, 11, None, 'civilian')]
    """
    f, lex = c.f, c.lex
    if f.named or len(f.np_words) < 2 or not (" and " in c.claim_low or " or " in c.claim_low):
        return None
    kinds = {lex.roles.get(w) for w in f.np_words} | \
        {lex.roles.get(f"{a} {b}") for a, b in zip(f.np_words, f.np_words[1:])}
    if "civilian" not in kinds or not kinds & {"state", "nonstate"}:
        return None
    return "unknown", c.vtype

#: after a count: 'in the conflict', 'during the war', 'since the insurgency began' (a war's toll)
_RX_WAR_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:in|during|since|throughout)\s+(?:the|this|a)\s+"
                           r"(?:[\w'’-]+\s+){0,2}?(?:conflict|war|insurgency|fighting|violence|crisis)\b", re.I)
#: after a count: ', most of whom were civilians', ', mostly villagers' (a mixed count)
_RX_MOSTLY_AFTER = re.compile(r"^\s*(?:,|–|—|\()\s*(?:(?:most|many|the\s+majority)\s+of\s+(?:whom|them)|mostly|mainly)\b",
                              re.I)


def war_toll_not_civilian(records: list[dict], text: str, lex: Lexicon) -> None:
    """A count whose own words do not call its victims civilians stays `unknown` when it is a war's toll ('More than
    40,000 people have died in the conflict') or a mixed count ('1,400 people, most of whom were civilians'):
    docs/annotation.md's `people` convention, whatever the sentence's other claims (the displaced) are.

    >>> recs = [{"category": "killed", "victim_side": "civilian", "victim_type": "civilians", "start": 0, "end": 20,
    ...          "text": "9,000 people have died"}]
    >>> war_toll_not_civilian(recs, "9,000 people have died in the war, and 300,000 have fled.", load_lexicon())
    >>> recs[0]["victim_side"]
    'unknown'
    """
    for rec in records:
        if rec["victim_side"] != "civilian" or rec["category"] == "displaced" or rec["end"] is None:
            continue
        if any(lex.roles.get(w) == "civilian" for w in re.findall(r"[a-z]+", (rec.get("text") or "").lower())):
            continue  # '40 civilians were killed in the fighting': the words say so
        after = text[rec["end"]:rec["end"] + 80]
        if (_RX_WAR_AFTER.match(after) or _RX_MOSTLY_AFTER.match(after)) and \
                not civilians_counted_before(text, rec.get("start"), lex):  # '4 civilians were killed and 4 others'
            rec["victim_side"], rec["victim_type"] = "unknown", "unknown"


#: the next words, within the sentence or the one after: 'All civilians.', 'all of them were civilians'
_RX_ALL_CIVILIANS = re.compile(r"^[^.!?\n]{0,60}[.!?]?[\"”’]?\s*[\"“‘]?(?:[Aa]ll|[Tt]hey\s+were\s+all)\s+(?:of\s+them\s+)?"
                               r"(?:were\s+|are\s+)?(?:civilians|non-combatants)\b")


def all_civilians_after(records: list[dict], text: str) -> None:
    """'23 dead and 28 wounded. All civilians': counts with no side of their own that the next words call all
    civilians take `civilian`, and so do the article's other counts of the same harm and number (the headline's
    'At least 23 killed': a restatement).

    >>> recs = [{"category": "killed", "low": 6, "victim_side": "unknown", "victim_type": "unknown", "end": 6},
    ...         {"category": "wounded", "low": 9, "victim_side": "unknown", "victim_type": "unknown", "end": 19}]
    >>> all_civilians_after(recs, "6 dead and 9 wounded. All civilians, the mayor wrote.")
    >>> [r["victim_side"] for r in recs]
    ['civilian', 'civilian']
    """
    if not records or ("civilians" not in text and "non-combatants" not in text):
        return
    marked = []
    for k, rec in enumerate(records):
        if rec["victim_side"] != "unknown" or rec["end"] is None:
            continue
        nxt = records[k + 1]["start"] if k + 1 < len(records) and records[k + 1].get("start") else None
        after = text[rec["end"]:rec["end"] + 90]
        m = _RX_ALL_CIVILIANS.match(after)
        if m is None:
            continue
        later = [r for r in records[k + 1:] if r.get("start") is not None and r["start"] < rec["end"] + m.end()]
        if later and nxt is not None and any(r["victim_side"] not in ("unknown", "civilian") for r in later):
            continue
        marked.append(rec)
    for rec in marked:
        rec["victim_side"], rec["victim_type"] = "civilian", "civilians"
    keys = {(r["category"], r["low"]) for r in marked if r["low"]}
    for rec in records:
        if rec["victim_side"] == "unknown" and (rec["category"], rec["low"]) in keys:
            rec["victim_side"], rec["victim_type"] = "civilian", "civilians"
