"""The frame of an attack on civilians (docs/annotation.md, "Victims called only people"): a story that tells an attack
on a village, a market, a bus, a camp, a church or on villagers, passengers or worshippers, then counts its victims
as `people` or bare numbers over the next sentences (`The first attack took place at X, where the militants killed
four people`, `159 people were killed and 101 others wounded in the attack in Y`).

- ``story_frame`` (rule `attack_frame_carries`): a bare count whose sentence points back to the attack (`the attack`,
  `the first attack`, `the massacre`, `Friday's raid`) takes `civilian` when the nearest attack told before it fell on
  civilians (``people.civilian_place``: a civilian place, a gathering targeted, a massacre) and nothing between says
  a new event (a force's own losses) or a new place;
- ``frame_after`` (rule `attack_named_after`): a bare count of people whose next sentence names the same event by a
  definite reference and tells it fell on civilians (`Gunmen killed 13 people in an attack. ... said the massacre
  took place outside the town`);
- ``restated_frame`` (rule `restated_people`): a headline or a later count with no victims' words of its own and the
  same number and harm as a count the frame gave to civilians is the same victims'.

None of them reaches a count with soldiers or fighters in its sentence (other than as the source), a running total
or a war's toll.
"""
from __future__ import annotations

import re

from ..actors import GENERIC_SIDES
from .lexicon import Lexicon
from .numbers import count_word
from .people import civilian_place, without_sources
from .scan import first_of_rare

#: a definite reference back to an event told before: 'the attack', 'the first attack', 'the deadly raid',
#: 'Friday's massacre', 'this ambush' (the noun, then the words before it)
_RX_EVENT_NOUN = re.compile(r"\b(?:attacks?|massacres?|raids?|ambush|assault|killings|incidents?|shooting|carnage|"
                            r"bloodshed|rampage|air\s?strike|strike|bombing|blast|explosion)\b")
#: the words `_RX_EVENT_NOUN`'s branches open on, each its branch's first letters ('air' of 'air strike'): `re` had
#: no first character to scan for (the pattern opens on `\b`) and tried it at every position (~47,000 instructions
#: a sentence); `_back_ref` searches it from the first of these (`scan.first_of`)
_EVENT_OPENINGS = ("attack", "massacre", "raid", "ambush", "assault", "killings", "incident", "shooting", "carnage",
                   "bloodshed", "rampage", "air", "strike", "bombing", "blast", "explosion")
_RX_BACK_BEFORE = re.compile(r"\b(?:the|this|that|same|[a-z]+day['’]s|last\s+night['’]s|yesterday['’]s)\s+"
                             r"(?:(?:first|second|third|latest|deadly|brutal|dawn|night|overnight|early|morning|"
                             r"late|initial|main|bloody|\d+[a-z]*)\s+)?$")


def _back_ref(low: str) -> bool:
    """A definite reference to an event in `low`: its noun, then the words just before it.

    >>> _back_ref("the first attack took place at dawn."), _back_ref("in another attack, three died.")
    (True, False)
    """
    at = first_of_rare(low, _EVENT_OPENINGS)    # (session 23: every match opens on one of them; none: no match)
    return at >= 0 and any(_RX_BACK_BEFORE.search(low, max(0, m.start() - 40), m.start())
                           for m in _RX_EVENT_NOUN.finditer(low, at))


#: the count's sentence moves to another time: a running total, an earlier event, a war's toll
_RX_OTHER_TIME = re.compile(r"\b(?:since|so\s+far|in\s+total|altogether|last\s+(?:year|month|week)|"
                            r"(?:years?|months?|weeks?)\s+ago|earlier\s+(?:this|that|in|last)|previous|prior\s+to|"
                            r"in\s+(?:19|20)\d\d|war|conflict|insurgency|fighting|clashes)\b")
#: a place named in a sentence: 'in Gatumba', 'at Pakhiriguri', 'near Kilima'
_RX_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})")
#: heads that say nothing of who (the count's own words)
_BARE = frozenset(["people", "persons", "dead", "wounded", "injured", "killed", "others", "victims", "bodies", "die",
                   "dies", "died", "kill", "kills", "killing", "the", "a", "at", "least", "more", "than", "about",
                   "nearly", "some", "over", "up", "to", "of", "were", "was", "have", "has", "been", "had", "and",
                   "another", "other", "on", "spot", "seriously", "critically", "slightly", "badly", "later", "in",
                   "hospital", "injuring", "wounding", "leaving", "left", "hurt", "gunned", "down", "shot", "person",
                   "deaths", "fatalities", "casualties", "all", "them", "rest", "remaining", "further"])
#: victim sides that are no warring force: the generic ones (docs/registry.md)
_NOT_A_FORCE = frozenset(GENERIC_SIDES)


def _bare(rec: dict, lex: Lexicon) -> bool:
    """The count's own words name no victims: numbers and words of harm only ('159 people were killed', '20 Die')."""
    words = re.findall(r"[a-z][a-z'’-]*", (rec.get("text") or "").lower())
    return all(w in _BARE or w in lex.numbers for w in words)


def _mixed(sent_low: str, lex: Lexicon) -> bool:
    """Soldiers, police, fighters or a checkpoint in the sentence, other than as the source of its attribution."""
    words = re.findall(r"[a-z][a-z'’-]*", sent_low)
    return not lex.mixed_context.isdisjoint(words) and not lex.mixed_context.isdisjoint(without_sources(words))


def _places(sent: str) -> set[str]:
    return {w.lower() for m in _RX_PLACE.finditer(sent) for w in m.group(1).split()}


def story_frame(story: list[str], si: int, records: list[dict], lex: Lexicon, sw=None, *, reach: int = 8) -> bool:
    """Rule `attack_frame_carries`: the count in sentence `si` of `story` (the article's sentences so far, as written)
    points back to an attack (`the attack`, `the first attack`, `the massacre`) and the nearest sentence before it
    within `reach` that tells an attack on civilians (``people.civilian_place``) is that attack's frame: no force's
    count between (`records`: the claims so far), no new time, no place that the frame's sentences do not name.

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> story = ["Rebels raided the village of Mbala on Sunday night, firing at villagers as they slept.",
    ...          "The attacks began around midnight, witnesses said.",
    ...          "The first attack took place near Mbala market, where the rebels killed five people."]
    >>> story_frame(story, 2, [], lex)
    True
    >>> story_frame(story[:2] + ["The first attack took place at Kinda, where the rebels killed five people."], 2,
    ...             [], lex)
    False
    """
    sent = story[si]
    low = sent.lower()
    if not _back_ref(low) or _RX_OTHER_TIME.search(low) or _mixed(low, lex):
        return False
    places = _places(sent)
    for k in range(si - 1, max(-1, si - 1 - reach), -1):
        if any(r["_sent"] == k and r["victim_side"] not in ("unknown", "civilian", "both") for r in records):
            return False    # a force's own losses between: another event
        frame_low = story[k].lower()
        if civilian_place(frame_low, "", lex, sw) is not None:
            seen = " ".join(story[k:si]).lower()
            return not places or any(p in seen for p in places) or "same" in low
    return False


def frame_after(records: list[dict], story: list[str], lex: Lexicon, sw=None) -> None:
    """Rule `attack_named_after`: a count left `unknown` with no victims' words whose sentence tells an attack
    (`in an attack`, `killed`) takes `civilian` when the next sentence refers back to the same event by a definite
    phrase (`the massacre took place outside the town`, `Tuesday's strike hit a market`) and tells it fell on
    civilians, and its own sentence names no force.

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> recs = [{"category": "killed", "low": 13, "high": None, "vague": None, "victim_side": "unknown",
    ...          "victim_type": "unknown", "text": "killed at least 13 people", "_sent": 0, "_subset": False}]
    >>> frame_after(recs, ["Gunmen killed at least 13 people in an attack near Kolda, officials said.",
    ...                    "The massacre took place outside the town late on Saturday."], load_lexicon())
    >>> recs[0]["victim_side"]
    'civilian'
    """
    refs: dict[int, bool] = {}     # sentence -> it refers back to an event
    for r in records:
        si = r["_sent"]
        if r["victim_side"] != "unknown" or r.get("_subset") or r["category"] == "displaced" or si + 1 >= len(story):
            continue
        if si + 1 not in refs:
            refs[si + 1] = _back_ref(story[si + 1].lower())
        if not refs[si + 1] or not _bare(r, lex):
            continue
        low, nxt = story[si].lower(), story[si + 1].lower()
        if _RX_OTHER_TIME.search(low) or _mixed(low, lex) or _mixed(nxt, lex):
            continue
        if any(abs(o["_sent"] - si) <= 2 and o["victim_side"] not in _NOT_A_FORCE for o in records):
            continue    # 'Only two of the victims were members of a self-defence force': a mixed count
        if civilian_place(nxt, "", lex, sw) is not None:
            r["victim_side"], r["victim_type"] = "civilian", "civilians"


def restated_frame(records: list[dict], lex: Lexicon) -> None:
    """Rule `restated_people`: a count with no victims' words ('20 Die In Rebel Attack', 'Gunmen kill 13') of the same
    harm and number as a count the article gives to civilians (its words, its place or its attack's frame), and no
    other side's, is the same victims'.

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> recs = [{"category": "killed", "low": 20, "high": 20, "vague": None, "victim_side": "unknown",
    ...          "victim_type": "unknown", "text": "20 Die", "_subset": False},
    ...         {"category": "killed", "low": 20, "high": 20, "vague": None, "victim_side": "civilian",
    ...          "victim_type": "civilians", "text": "killed 20 passengers", "_subset": False}]
    >>> restated_frame(recs, load_lexicon()); recs[0]["victim_side"]
    'civilian'
    """
    sides: dict[tuple, set] = {}
    for r in records:
        if r["victim_side"] != "unknown" and not r.get("_subset") and (r.get("low") or 0) >= 2:
            sides.setdefault((r["category"], r["low"]), set()).add(r["victim_side"])
    for r in records:
        key = (r["category"], r.get("low"))
        if r["victim_side"] == "unknown" and r["vague"] is None and sides.get(key) == {"civilian"} and _bare(r, lex):
            r["victim_side"], r["victim_type"] = "civilian", "civilians"


#: 'Among the dead were villagers and a militiaman', 'Two of the victims were members of a self-defence force',
#: 'the dead included three policemen': who was among the victims, told after their count
_RX_AMONG_DEAD = re.compile(r"\b(?:among\s+(?:the\s+)?(?:dead|killed|victims|those\s+killed)\s+(?:were|was|are|is)|"
                            r"(?:the\s+)?(?:dead|victims|those\s+killed)\s+(?:included|include|including)|"
                            r"(?:of\s+the\s+(?:dead|victims)|of\s+them)\s+(?:were|was|are)\s+(?:also\s+)?)"
                            r"(?P<who>[^.;]{0,80})")


def _force_word(words: list[str], lex: Lexicon, sw) -> bool:
    """A kind of force ('soldiers', 'a militiaman', 'members of the militia') or a registry side in `words`."""
    for w in words:
        role = lex.roles.get(w) or (lex.roles.get(w[:-3] + "men") if w.endswith("man") else None)
        if role in ("state", "nonstate"):
            return True
    return sw is not None and sw.side_of_words(words) is not None


def fighters_among_dead(records: list[dict], story: list[str], lex: Lexicon, sw=None, *, reach: int = 3) -> None:
    """Rule `fighters_among_the_dead`: a count of the killed that the article gave to civilians by inference (its
    place, its attack's frame: the count's own words name no civilians) is mixed, `unknown`, when a sentence at most
    `reach` after it says a force's man was among the dead (`Among the dead were villagers and a militiaman`,
    `two of the victims were members of a self-defence force`): docs/annotation.md, a mixed count.

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> recs = [{"category": "killed", "low": 9, "high": 9, "vague": None, "victim_side": "civilian",
    ...          "victim_type": "civilians", "text": "killed nine people", "_sent": 0, "_subset": False}]
    >>> fighters_among_dead(recs, ["Raiders killed nine people in an attack on a village near Kisangani.",
    ...                            "Among the dead were farmers and a policeman."], load_lexicon())
    >>> recs[0]["victim_side"]
    'unknown'
    """
    inferred = [r for r in records if r["category"] == "killed" and r["victim_side"] == "civilian" and
                not r.get("_subset")]
    if not inferred:
        return
    near = {k for r in inferred for k in range(r["_sent"], min(len(story), r["_sent"] + reach + 1))}
    hits = []
    for k in sorted(near):
        low = story[k].lower()
        if ("among" in low or "include" in low or " of " in low) and (m := _RX_AMONG_DEAD.search(low)):
            words = re.findall(r"[a-z][a-z'’-]*", m.group("who"))
            if _force_word(words, lex, sw):
                hits.append(k)
    for k in hits:
        for r in inferred:
            if r["victim_side"] == "civilian" and 0 <= k - r["_sent"] <= reach and _bare(r, lex):
                r["victim_side"], r["victim_type"] = "unknown", "unknown"


_WORDS_OF: dict[int, dict[int, list[str]]] = {}


def _number_words(lex: Lexicon) -> dict[int, list[str]]:
    """The lexicon's one-word numbers by value ('seven' under 7), once per lexicon."""
    got = _WORDS_OF.get(id(lex))
    if got is None:
        got = {}
        for w, n in lex.numbers.items():
            if " " not in w:
                got.setdefault(n, []).append(w)
        _WORDS_OF[id(lex)] = got
    return got


#: the words before a count that make it a part, not the same victims: 'including seven travellers'
_PART_BEFORE = frozenset(["including", "among", "whom", "them", "and", "of", "plus", "besides", "another", "other"])


def restated_in_words(records: list[dict], story: list[str], lex: Lexicon, *, reach: int = 2) -> None:
    """Rule `restated_in_words`: a count with no victims' words (`killed seven people`) whose number the next
    sentences repeat with civilian words and the same harm's victims (`forced seven travellers out of the cars and
    killed them`) is those civilians' count; a part (`including seven travellers`) does not restate it.

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> recs = [{"category": "killed", "low": 7, "high": 7, "vague": None, "victim_side": "unknown",
    ...          "victim_type": "unknown", "text": "killed seven people", "_sent": 0, "_subset": False}]
    >>> restated_in_words(recs, ["Gunmen killed seven people at a fake roadblock, a radio station said.",
    ...                          "They stopped a minibus, forced seven travellers out and shot them."], load_lexicon())
    >>> recs[0]["victim_side"]
    'civilian'
    """
    lows: dict[int, str] = {}

    def low_of(k: int) -> str:
        if k not in lows:
            lows[k] = story[k].lower()
        return lows[k]
    words_of = _number_words(lex)
    for r in records:
        si, low_n = r["_sent"], r.get("low")
        if r["victim_side"] != "unknown" or r["vague"] is not None or not low_n or low_n < 2 or \
                r.get("_subset") or r["category"] == "displaced" or si + 1 >= len(story):
            continue
        forms = [str(low_n), f"{low_n:,}"] + words_of.get(low_n, [])
        later = [k for k in range(si + 1, min(len(story), si + 1 + reach)) if any(f in low_of(k) for f in forms)]
        if not later or not _bare(r, lex) or _mixed(low_of(si), lex):
            continue
        for k in later:
            words = re.findall(r"\d[\d,]*\d|\d|[a-z][\w'’-]*", low_of(k))
            hit = next((i for i in range(1, len(words) - 1) if count_word(words[i], lex) == low_n and
                        words[i - 1] not in _PART_BEFORE and
                        any(lex.roles.get(w) == "civilian" and w.endswith("s") for w in words[i + 1:i + 3])), None)
            if hit is not None and not _mixed(low_of(k), lex):
                r["victim_side"], r["victim_type"] = "civilian", "civilians"
                break
