"""Rule `our_side_against_named` (docs/rules.md, "Session 25: victim sides"): losses a writer calls his side's
('three of our soldiers', 'no casualties occurred on our side', 'our loss') where no claimant with a side is found,
are the side opposite the one belligerent the writer names in the third person around them.

A writer speaks of his own side in the first person and of the other by its name: 'So the French fired on us and
killed three of our soldiers', 'in the face of ... rebel Natives. ... no casualties occurred on our side'. Where the
claimant is found with a side, `own_forces` (side_rules.py) gives its own men to it; this rule reads only losses
whose claimant has no side (a first-person despatch, a transcript, a letter). The side named is read in the sentence,
else in the one before (the registry's words, else role words: 'rebel', 'troops'); the rule stands aside where both
or neither belligerents are named there, where the first person's are its people ('our people'), or where the war has
no opposite for the side named. Asked in ``victims._victim`` before the victims' role decides ('our soldiers' are
not the state's because they are soldiers), gated by the literal `our` in the sentence.
"""
from __future__ import annotations

import re

#: the first person owns the victims: in the claim's words ('three of our soldiers'), right after them ('no
#: casualties occurred on our side', '... among our men') or as the toll's owner right before ('our loss in killed')
_RX_OURS_AFTER = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:on|of|among|amongst)\s+our\b")
_RX_OURS_BEFORE = re.compile(r"\bour\s+(?:own\s+)?(?:loss|losses|casualties)\b[^.;:]{0,40}$")
#: the first person's own phrases: not the foe's name ('our soldiers', 'us')
_RX_FIRST_PERSON = re.compile(r"\b(?:our|ours|us|we)\s+(?:own\s+)?(?:[\w'’-]+\s+){0,1}")


#: the first person's people, not its force: a nation's ('our people', 'our citizens')
_PEOPLE = frozenset(["people", "persons", "citizens", "civilians", "nationals", "compatriots", "countrymen"])


def _first_person_owns(c) -> bool:
    """Whether the claim's words, the words right after it or a toll noun right before it are `our`'s."""
    if re.search(r"\bour\b", c.claim_low):
        return True
    if _RX_OURS_AFTER.match(c.after_low):
        return True
    at = c.sent_low.find(c.claim_low) if c.claim_low else -1
    return at > 0 and _RX_OURS_BEFORE.search(c.sent_low[:at]) is not None


def _next_sentence(text: str) -> str:
    """The first sentence of the text after the claim's sentence, lower-cased ('The rebels lost more ... .')."""
    m = re.match(r"\s*([^.!?]*)", text)
    return m.group(1).lower() if m else ""


def _sides_named(text: str, sw, lex) -> set[str]:
    """The belligerent sides the words of `text` name, the first person's own phrases left out: the registry's
    words, else the sides of role words ('rebel natives': the non-state side; 'the troops': the state's)."""
    words = re.findall(r"[a-z][a-z'’-]*", _RX_FIRST_PERSON.sub(" ", text))
    named = {side for w in words if w not in sw.skip and (side := sw._word(w)) in sw.belligerents}
    if named or lex is None:
        return named
    by_role = {"state": getattr(sw, "state", None), "nonstate": getattr(sw, "nonstate", None)}
    return {side for w in words if (side := by_role.get(lex.roles.get(w))) in sw.belligerents}


def our_side_against_named(c) -> tuple[str, str] | None:
    """Rule `our_side_against_named`: first-person losses with no claimant side -> the foe of the one side named.

    `c` is the victims module's claim view (``victims._Claim``).

    >>> from types import SimpleNamespace as NS
    >>> sw = NS(belligerents={"crown", "maori"}, opposite={"crown": "maori", "maori": "crown"}, skip=set(),
    ...         _word={"rebel": "maori", "troops": "crown"}.get)
    >>> c = NS(claimant_side=None, sent_low="no casualties occurred on our side.", claim_low="no casualties",
    ...        after_low=" occurred on our side.", prev_sent_low="we met a large body of rebel natives.", sw=sw,
    ...        vtype="unknown", f=NS(head=None), role=None)
    >>> our_side_against_named(c)
    ('crown', 'fighters')
    >>> c.prev_sent_low = "the troops met a large body of rebel natives."
    >>> our_side_against_named(c) is None
    True
    """
    sw = c.sw
    if "our" not in c.sent_low or (c.claimant_side in sw.belligerents) or not sw.opposite:
        return None
    if not _first_person_owns(c):
        return None
    if c.f.head in _PEOPLE or c.role == "civilian":
        return None  # 'Sixty-four of our people are still captives': a nation's people, not its side's force
    lex = getattr(c, "lex", None)
    named = _sides_named(c.sent_low, sw, lex) or _sides_named(c.prev_sent_low, sw, lex) or \
        _sides_named(_next_sentence(getattr(c, "next_text", "")), sw, lex)
    if len(named) != 1:
        return None
    (foe,) = named
    if foe not in sw.opposite:
        return None
    return sw.opposite[foe], "fighters" if c.vtype == "unknown" else c.vtype
