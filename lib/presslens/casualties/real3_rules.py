"""Named rules for casualty families found on eval/real3's dev sets' misses (the Panjshir fighting in other outlets'
copy, and five other wars): a side's own losses said with `lost` ('We lost 15 soldiers'), the further counts of a
list after one harm verb ('killed 15 soldiers and four militiamen'), 'N of them' after a count ('12 bodies, four of
them in cars'), and 'as many' restating the count before it ('eight were killed and as many wounded').

Each rule is registered in ``rules.RULES`` (``REAL3_RULES``) or called from ``extract``; the examples in the
docstrings are their tests (doctests); ``tests/test_casualties_real3_families.py`` has more, with sides, written
in the styles of wars in none of the eval sets.

    >>> [name for name, _, _ in REAL3_RULES]
    ['a side lost N people', 'further counts after a harm verb', 'N of them after a count']
"""
from __future__ import annotations

import re

from .found import Found, free as _free
from .lexicon import Lexicon, load_lexicon  # noqa: F401  (load_lexicon: the doctests')
from .numbers import find_quantities
from .toll_words import civilians_counted_before


#: a force's acronym as the victims' head: 'four CJTF', 'two KLA' (a count of the force's members)
_RX_ACRONYM_HEAD = re.compile(r"\s*(?P<words>)(?P<head>[A-Z]{2,6})\b(?:\s*\([a-z]+\))?")
#: 'of their men', 'of its personnel': the loser's own, after the count
_RX_OWN_OF = re.compile(r"\s*of\s+(?:their|its|our|his|her)\s+(?P<words>(?:[\w'’-]+\s+){0,1}?)(?P<head>[\w'’-]+)\b")
_RX_FIRST = re.compile(r"[\w'’-]+")
_RX_WORD = re.compile(r"\s+([\w'’-]+)\b")
#: the separator before the next counted item of a list: ', ', ' and ', ', and '
_RX_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=\S)")


def _counted(norm: str, pos: int, s_start: int, lex: Lexicon, category: str, *, acronym: bool) -> Found | None:
    """One counted victims' phrase at `pos` ('15 soldiers', 'more than 20,000 men', '40 of their personnel', 'four
    CJTF' when `acronym`) -> a Found of `category`, else None."""
    from .rules import _head_item  # the victims' phrase grammar of 'counted subsets' (rules imports this module)
    qs = find_quantities(norm[pos:pos + 60], lex, pos)
    q = qs[0] if qs else None
    if q is None or q.start != pos or q.vague is not None:
        return None
    item = _RX_OWN_OF.match(norm, q.end)
    if item is None or item.group("head").lower() not in lex.heads:
        item = _head_item(norm, q.end, lex, q.low == 1)
    if item is None and acronym:
        item = _RX_ACRONYM_HEAD.match(norm, q.end)
    if item is None or item.group("head").lower() == "them":
        return None
    words = item.group("words").lower().split() + [item.group("head").lower()]
    end = item.end()
    more = _RX_WORD.match(norm, end)
    while more and (more.group(1).lower() in lex.heads or more.group(1).isupper()) and len(words) < 4:
        # 'four militia fighters', 'four civilian JTF'
        words.append(more.group(1).lower())
        end = more.end()
        more = _RX_WORD.match(norm, end)
    return Found(category, q.low, q.high, None, q.start + s_start, end + s_start, words, words[-1])


def _list_after(norm: str, end: int, s_start: int, lex: Lexicon, category: str, found: list[Found]) -> list[Found]:
    """The further counted items of a list whose first item ends at `end` (relative): ', four militiamen', ' and
    four CJTF' -> one Found each (none overlapping `found`)."""
    out: list[Found] = []
    while True:
        nxt = _RX_NEXT.match(norm, end)
        first = _RX_FIRST.match(norm, nxt.end()) if nxt else None
        if first is None or not (first.group()[0].isdigit() or first.group().lower() in lex.num_words):
            return out  # no count next: the cheap test before the number grammar
        f = _counted(norm, nxt.end(), s_start, lex, category, acronym=True) if nxt else None
        if f is None or not _free(found + out, f.start, f.end):
            return out
        out.append(f)
        end = f.end - s_start


#: 'lost', 'has lost', 'lose': a side's own losses when people are counted after it
_RX_LOST = re.compile(r"\b(?:lost|loses|lose|losing)\s+")


def side_lost_people(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """A side's own dead said with `lost` and a count of its people ('We lost 15 soldiers and four CJTF', 'the
    rebels lost 40 of their men'): killed, one record per counted item, the loser's side (``victims``'s loser
    grammar); not things lost ('lost 11 checkpoints') nor a harm said after ('lost 40 men killed': the grammar's).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("“We lost nine soldiers and two KLA in the ambush near Decani,” an officer said.")
    [('killed', 9, 9, None, 'unknown'), ('killed', 2, 2, None, 'unknown')]
    >>> claims_in("The rebels lost 40 of their men, another 35 of them were wounded.")
    [('killed', 40, 40, None, 'unknown'), ('wounded', 35, 35, None, 'unknown')]
    >>> claims_in("The brigade lost 11 checkpoints and two villages.")
    []
    """
    out: list[Found] = []
    for m in _RX_LOST.finditer(norm):
        f = _counted(norm, m.end(), s_start, lex, "killed", acronym=False)
        if f is None or not _free(found + out, m.start() + s_start, f.end):
            continue
        f.start, f.loser_end = m.start() + s_start, m.start() + s_start
        items = [f, *_list_after(norm, f.end - s_start, s_start, lex, "killed", found + out + [f])]
        for item in items:
            item.loser_end = f.loser_end
        out += items
    return out


def counts_after_harm_verb(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """The further counts of a list after one active harm verb ('killed 15 soldiers and four militia fighters',
    'kill 15 soldiers, four policemen'): each its own record in the verb's category, with the same agent (its
    foe is their side) -- not a subset of the first.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Rebels killed 12 soldiers and three policemen near Grozny.")
    [('killed', 12, 12, None, 'unknown'), ('killed', 3, 3, None, 'unknown')]
    >>> claims_in("Rebels killed 12 soldiers, two days after the truce.")
    [('killed', 12, 12, None, 'unknown')]
    """
    out: list[Found] = []
    for f in found:
        if f.agent_end is None or f.subset or f.vague is not None:
            continue
        for item in _list_after(norm, f.end - s_start, s_start, lex, f.category, found + out):
            item.agent_end = f.agent_end
            out.append(item)
    return out


#: ', four of them in cars', ', two of whom in hospital': a count of part of the count just before
_RX_N_OF_THEM = re.compile(r"\s*,\s*(?=\S)")
_RX_OF_THEM = re.compile(r"\s+of\s+(?:them|whom)\b")


def n_of_them_after_count(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """'N of them' right after a count, with no victims' word of its own ('about 12 bodies, four of them in cars'):
    a subset of that count, in its category (its side, the count's: ``victims``'s 'of them').

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Monitors counted 30 bodies, nine of them in a ditch near Srebrenica.")
    [('killed', 30, 30, None, 'unknown'), ('killed', 9, 9, None, 'unknown')]
    >>> claims_in("The mine wounded two shepherds, one of them in a critical condition.")
    [('wounded', 2, 2, None, 'civilian')]
    """
    out: list[Found] = []
    for f in found:
        if f.subset or (f.low is None and f.high is None):
            continue
        sep = _RX_N_OF_THEM.match(norm, f.end - s_start)
        qs = find_quantities(norm[sep.end():sep.end() + 30], lex, sep.end()) if sep else []
        if not qs or qs[0].start != sep.end() or qs[0].vague is not None or qs[0].low == 1:
            continue  # 'one of them in a critical condition': describes one of the count, as `_not_a_count` says
        q = qs[0]
        of = _RX_OF_THEM.match(norm, q.end)
        if of and _free(found + out, q.start + s_start, of.end() + s_start):
            out.append(Found(f.category, q.low, q.high, None, q.start + s_start, of.end() + s_start, ["them"], "them",
                             subset=True))
    return out


_RX_AS_MANY = re.compile(r"\bas\s+$", re.I)


def as_many_restated(records: list[dict], text: str) -> None:
    """'and as many wounded': `as many` restates the count just before it in the sentence ('eight rebels were killed
    and as many wounded': eight wounded), not a vague amount; 'as many as 30' is a bound (``numbers``).

    >>> recs = [{"low": 8, "high": 8, "vague": None, "start": 0, "_sent": 0},
    ...         {"low": None, "high": None, "vague": "many", "start": 36, "_sent": 0}]
    >>> as_many_restated(recs, "Eight rebels had been killed and as many wounded")
    >>> recs[1]["low"], recs[1]["high"], recs[1]["vague"], recs[1]["start"]
    (8, 8, None, 33)
    """
    for k, rec in enumerate(records):
        if rec["vague"] != "many" or not _RX_AS_MANY.search(text[max(0, rec["start"] - 4):rec["start"]]):
            continue
        before = next((r for r in reversed(records[:k]) if r["_sent"] == rec["_sent"] and r["vague"] is None
                       and (r["low"] is not None or r["high"] is not None)), None)
        if before is None:
            continue
        rec["low"], rec["high"], rec["vague"] = before["low"], before["high"], None
        rec["start"] = text.rfind("as", 0, rec["start"])
        if "text" in rec:
            rec["text"] = text[rec["start"]:rec["end"]]


_ACTIVE = frozenset({"killed", "kill", "kills", "killing", "wounded", "wounding", "injured", "injuring", "captured",
                     "capturing", "abducted", "kidnapped", "arrested", "detained", "neutralised", "neutralized",
                     "executed", "eliminated", "massacred", "murdered", "beheaded", "slew"})

#: (name, gate, find) of each rule, in the order they run (``rules.RULES`` makes them ``Rule`` records)
REAL3_RULES: tuple[tuple, ...] = (
    ("a side lost N people", (frozenset({"lost", "loses", "lose", "losing"}),), side_lost_people),
    ("further counts after a harm verb", (_ACTIVE,), counts_after_harm_verb),
    ("N of them after a count", (frozenset({"them", "whom"}),), n_of_them_after_count),
)


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
