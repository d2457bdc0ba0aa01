"""Rule `force_of_the_object` (docs/rules.md, "Session 17: victim sides"): a toll told right after a verb whose object
is one side's force or materiel counts that side's men.

A side's report of what it did to the foe names the foe once, as the object of its first verb, and counts the dead
after it with a bare force word: `captured three Pakistani military posts, killing 15 soldiers`, `destroyed 46
Chinese tanks and killed hundreds of troops`, `captured two Israeli soldiers and killed another eight`. The older
rules read `soldiers` there as the foe of the side the words before the verb name (`unnamed_force_between_states`:
the object taken for the agent) or as the government's; the dead are the object's men. Asked in
``victims._victim`` before the victims' role decides, only where the count names no side of its own.
"""
from __future__ import annotations

import re

from .sides import _role_of

#: the gate: one of the verbs' stems must stand in the sentence before any pattern is tried
_GATE = ("captur", "seiz", "overr", "destroy", "ambush", "attack", "raid", "storm", "shot down", "downed",
         "set on fire", "knocked out")
#: the verbs of a side's action on the foe's force or materiel; no `\b` before them: copy that lost its spaces
#: ('Hezbollahcaptured two Israeli soldiers') and 'recaptured' read the same
_RX_VERB = re.compile(r"(?:captured|seized|overran|overrun|destroyed|ambushed|attacked|raided|stormed|shot down|"
                      r"downed|set on fire|knocked out)\s")   # single spaces: `_GATE` is an exact necessary test
_RX_OBJECT_TOLL = re.compile(r"""
    (?P<obj>[^,;:()"“”]{3,70}?)                  # the object: 'three Pakistani military posts'
    (?:,\s+|\s+and\s+(?:had\s+)?)                   # ', killing' / ' and killed': the count follows
    """, re.X)
#: the object's head: a force or its materiel (not a town, a village or people: the `people` rows decide those)
_FORCE_OBJECTS = frozenset([
    "soldiers", "soldier", "troops", "servicemen", "posts", "post", "outposts", "outpost", "positions", "position",
    "bases", "base", "tanks", "tank", "vehicles", "helicopter", "helicopters", "aircraft", "plane", "planes", "jet",
    "jets", "convoy", "convoys", "patrol", "patrols", "checkpoint", "checkpoints", "garrison", "bunkers", "trenches",
    "units", "unit", "battalion", "battalions", "gunboat", "gunboats", "ship", "ships", "guards", "policemen",
    "officers", "fighters", "guerrillas", "rebels", "militants", "sailors", "marines", "crew", "crews"])
#: what may stand between the verb's object and the count's verb: the count is this verb's toll
_RX_TOLL_START = re.compile(r"^(?:killing|killed|wounding|wounded|injuring|injured|leaving)\b")


def _object_words(obj: str) -> list[str]:
    """The object's words, possessive `'s` cut and its place phrase dropped ('a Black Hawk helicopter in Marib')."""
    obj = re.split(r"\s+(?:in|near|at|on|outside|inside|along|from|during|while|after|before)\s", obj)[0]
    return [w for w in re.findall(r"[\w'’-]+", re.sub(r"['’]s\b", "", obj)) if w not in ("a", "an", "the")]


def force_of_the_object(c) -> tuple[str, str] | None:
    """Rule `force_of_the_object`: a toll with no side in its own words ('killing 15 soldiers', 'killed another
    eight') told by the verb right after another verb of the same clause whose object is a registry side's force or
    materiel ('captured three Pakistani military posts') is that side's, when the victims' kind fits it (soldiers
    are no rebels') and the clause's subject is not the same side. `c`: the victims module's claim view.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("tarvia-morland", {"sides": {"tarvia": "the Tarvian state: army, ministries",
    ...     "morland": "the Morlandian state: army, ministries"}, "countries": {"tarvia": ["Tarvia"],
    ...     "morland": ["Morland"]}, "articles": ["example.txt"],
    ...     "keywords": {"tarvia": ["Tarvian"], "morland": ["Morlandian"]}})])
    >>> claims_in("Tarvian radio said its forces captured four Morlandian border posts, killing 12 soldiers.", reg)
    [('killed', 12, 12, None, 'morland')]
    >>> claims_in("Tarvian troops overran 25 Morlandian army posts, leaving 58 soldiers dead.", reg)
    [('killed', 58, 58, None, 'morland')]
    >>> claims_in("Tarvian troops destroyed 30 Morlandian tanks and killed hundreds of troops, the radio said.", reg)
    [('killed', None, None, 'hundreds', 'morland')]
    """
    f = c.f
    if f.named or f.category == "displaced" or c.role == "civilian" or not c.claim_low:
        return None
    if not any(g in c.sent_low for g in _GATE):
        return None
    at = c.sent_low.find(c.claim_low)
    if at <= 0:
        return None
    before = c.sent_low[max(0, at - 120):at]
    if before.endswith(" leaving "):  # ', leaving 58 soldiers dead': the claim's text starts at its count
        before = before[:-len("leaving ")]
    elif not _RX_TOLL_START.match(c.claim_low):
        return None
    m = None
    for v in reversed(list(_RX_VERB.finditer(before))):  # the verb nearest the count: 'destroyed or set on fire'
        m = _RX_OBJECT_TOLL.fullmatch(before, v.end())
        if m is not None:
            break
    if m is None:
        return None
    sw = c.sw
    if sw.side_of_words(c.words):
        return None  # 'killing 15 Afghan soldiers': the count's own words decide
    words = _object_words(m.group("obj"))
    if not words or words[-1] not in _FORCE_OBJECTS and not (len(words) > 1 and words[-2] in _FORCE_OBJECTS):
        return None
    side = sw.side_of_words(words)
    if side not in sw.belligerents:
        return None
    if c.role is not None:
        obj_role = "state" if side in sw.states or side == sw.state else "nonstate" if side == sw.nonstate else None
        if obj_role is not None and obj_role != c.role:
            return None  # 'attacked an army post, killing 12 rebels': the attackers' own dead
    subject = re.split(r"[,;:]|\b(?:said|says|that|and|but|when|while|after)\b", before[:v.start()])[-1]
    if sw.side_of_words(re.findall(r"[\w'’-]+", re.sub(r"['’]s\b", "", subject))) == side:
        return None  # 'Tarvian troops recaptured the Tarvian posts, killing 12 soldiers': whose dead is not told
    if _role_of(words, c.lex) == "civilian":
        return None
    c.by = "force_of_the_object"
    return side, "fighters" if c.vtype == "unknown" else c.vtype
