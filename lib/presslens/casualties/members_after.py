"""Rule `members_named_after`: a bare count whose own clause goes on to say who its people were.

English counts the dead first and names them after, in the same sentence: as the predicate of a copula ('Four of
the dead were soldiers', 'Two of the victims were members of the militia') or as an apposition ('The three victims,
all village volunteers from the Kuki community', '4,353 wounded people, 3,393 of them security service personnel').
The count's own words name no one (`the dead`, `victims`, `of them`); the words after it do: the registry side they
name (one only), else the role of their head (soldiers, police -> the state; rebels -> the non-state side, not in a
war of two states; villagers, children -> civilians). Not a passive or a state ('were killed by soldiers', 'were in
critical condition', 'were still fighting for their lives'), nor a negation ('were decidedly not civilians').
"""
from __future__ import annotations

import re

from .between_states import states_at_war
from .sides import _role_of

#: the heads of a count with no words of who
_HEADS = frozenset([None, "dead", "killed", "wounded", "injured", "victims", "casualties", "them", "fatalities",
                    "those"])
#: after the count: a copula or an apposition's comma or dash, with 'all' or 'both' ('three victims, all ...'); a
#: bare apposition after `of them` ('3,393 of them security service personnel')
_LINK = re.compile(r"^(?:\s+(?:were|was|are|is)\s+(?:all\s+|both\s+|also\s+)?|\s*(?:,|—|–|--)\s*(?:all|both)\s+)")
_BARE_LINK = re.compile(r"^\s+(?=[a-z])")
#: where the members' words stop: a clause's punctuation or word
_END = re.compile(r"[,.;:!?()\"“”—–]|"
                  r"\s(?:while|whereas|but|and\s+(?:the|a|an|\d)|who|which|when|according|said|says)\s")
#: a predicate that is no noun phrase: a participle, a preposition, a negation, a state
_NOT_NOUN = re.compile(r"^(?:not|never|no|being|been|in|at|on|by|from|still|critically|seriously|taken|found|"
                       r"identified|reported|said|believed|buried|among|later|also|[a-z]+ed)\b")


def _members(after_low: str, *, of_them: bool = False) -> list[str] | None:
    """The words that say who the count's people were, from the text right after the count, or None.

    >>> _members(" were soldiers. the wounded were sent")
    ['soldiers']
    >>> _members(", all village volunteers from the kuki community — satneo")
    ['village', 'volunteers', 'from', 'the', 'kuki', 'community']
    >>> _members(" security service personnel. after weeks", of_them=True)
    ['security', 'service', 'personnel']
    >>> _members(" were killed by soldiers") is None, _members(" were decidedly not civilians") is None
    (True, True)
    """
    m = _LINK.match(after_low) or (_BARE_LINK.match(after_low) if of_them else None)
    if m is None:
        return None
    rest = after_low[m.end():]
    if _NOT_NOUN.match(rest):
        return None
    phrase = _END.split(rest, maxsplit=1)[0]
    words = re.findall(r"[a-z][a-z'’-]*", phrase)
    if not words or len(words) > 8 or any(w in ("not", "never") for w in words):
        return None
    return words


def members_named_after(c) -> tuple[str, str] | None:
    """Rule `members_named_after`: a count of no one's words ('Four of the dead', 'three victims', '3,393 of them')
    whose clause goes on to name its people as a predicate or an apposition: the side they name, else their role's.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("aden", {"sides": {"uk": "the British administration", "nlf": "the NLF"},
    ...     "government_side": "uk", "rebel_side": "nlf", "articles": ["example.txt"], "keywords": {"nlf": ["NLF"]}})])
    >>> claims_in("Eleven people died in the riot. Four of the dead were soldiers.", reg)[-1]
    ('killed', 4, 4, None, 'uk')
    >>> claims_in("Two of the wounded were killed later by soldiers.", reg)[-1][-1]
    'unknown'
    """
    f, sw = c.f, c.sw
    if f.named or c.role is not None or f.head not in _HEADS or f.category == "displaced" or not sw.belligerents:
        return None
    after = c.after_low
    if not after or not (" were " in after[:8] or " was " in after[:6] or " are " in after[:6] or " is " in after[:5]
                         or after.lstrip()[:1] in (",", "—", "–", "-") or c.claim_low.endswith("of them")):
        return None
    words = _members(after, of_them=c.claim_low.endswith("of them"))
    if words is None:
        return None
    sides = {s for n in (1, 2) for i in range(len(words) - n + 1) if (s := sw.side_of_words(words[i:i + n]))}
    if len(sides) > 1:
        return None
    if sides:
        return sides.pop(), "fighters" if c.vtype == "unknown" else c.vtype
    role = _role_of([w for w in words if w not in ("from", "of", "the", "a", "an")], c.lex)
    if role == "civilian":
        return "civilian", "civilians"
    if role not in ("state", "nonstate") or states_at_war(sw):
        return None
    side = sw.state if role == "state" else sw.nonstate
    return (side, "fighters") if side else None
