"""Rule `toll_owner_later`: a toll's owner named at the end of its clause, after the verb of report or a second count.

English names whose losses a bare toll counts with a prepositional phrase that may stand after the whole clause,
not only right after the toll's noun (``side_continuation.toll_owner_after`` reads that one): 'Fourteen casualties
are reported among the Free State forces', 'No fatalities were recorded on the side of the security officers', '19
deaths and 51 injuries among government troops' (the phrase owns both coordinated counts). Between the toll's noun
and the phrase stand only the clause's verb of being or report ('were', 'are reported', 'had been recorded') or a
coordinated count of the same kind ('and 51 injuries'). The owner is the side the phrase's words name (the
registry's words), else the role of its head (troops, police -> the state; rebels -> the non-state side; not in a
war of two states, where 'troops' is either state's).
"""
from __future__ import annotations

import re

from .side_rules import states_at_war
from .sides import _role_of

#: the heads of a toll without words of its victims
_HEADS = frozenset(["casualties", "losses", "deaths", "fatalities", "dead", "injuries", "wounded", "injured"])
#: the words a toll's clause may hold between its noun and the owner's phrase: the verb of being or report, a
#: coordinated count of the same kind ('and 51 injuries', 'and 20 wounded')
_BETWEEN = re.compile(r"""
    ^(?:\s+(?:were|was|are|is|have|has|had|been|being|be|reported|recorded|registered|counted|listed|sustained|
              suffered|caused|inflicted|also|officially|so\s+far|in\s+all|and|\d[\d,]*|[a-z]+ty|[a-z]+teen|
              two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|injuries|wounded|injured|dead|deaths|
              casualties|losses|fatalities|killed))*                      # the clause's verb, a second count
    \s+(?:among|on\s+the\s+side\s+of|in\s+the\s+ranks\s+of)\s+(?:the\s+)?  # the owner's preposition
    (?P<x>[\w'’-]+(?:\s+[\w'’-]+){0,5})                                   # the owner's words
    """, re.X)
#: a count opening the next conjunct ('and 8 among ...')
_NUMBER = re.compile(r"\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)$")
#: where the owner's words stop: a clause word, a verb, a preposition of place or time (not `and`: 'among the
#: SAF and the PFLO' names two owners)
_STOP = frozenset(["in", "at", "on", "during", "near", "when", "while", "after", "who", "which", "that",
                   "said", "says", "was", "were", "had", "have", "has", "is", "are", "since", "from", "of"])


def _owner_words(after_low: str) -> list[str] | None:
    """The owner's words at the end of a toll's clause, or None.

    >>> _owner_words(" are reported among the free state forces. during the attack")
    ['free', 'state', 'forces']
    >>> _owner_words(" and 51 injuries among government troops.")
    ['government', 'troops']
    >>> _owner_words(" among the civilians and 8 among the guard members.")
    ['civilians']
    >>> _owner_words(" in the fighting among the villages") is None
    True
    """
    clause = re.split(r"[,.;:!?\"“”()]", after_low, maxsplit=1)[0]
    m = _BETWEEN.match(clause)
    if m is None:
        return None
    words, xs = [], m.group("x").split()
    for i, w in enumerate(xs):
        if w in _STOP or (w == "and" and i + 1 < len(xs) and _NUMBER.match(xs[i + 1])):
            break  # '19 wounded among the civilians and 8 among the Guard': the next count's owner is its own
        if w not in ("the", "a", "an"):
            words.append(w)
    return words or None


def toll_owner_later(c) -> tuple[str, str] | None:
    """Rule `toll_owner_later`: a bare toll ('Fourteen casualties', 'No fatalities', '19 deaths') whose owner closes
    its clause after the verb or a coordinated count (`among X`, `on the side of X`, `in the ranks of X`): X's side.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("aden", {"sides": {"uk": "the British administration", "nlf": "the NLF"},
    ...     "government_side": "uk", "rebel_side": "nlf", "articles": ["example.txt"], "keywords": {"nlf": ["NLF"]}})])
    >>> claims_in("Nine casualties were reported among the NLF.", reg)
    [('casualties', 9, 9, None, 'nlf')]
    >>> claims_in("The raid left 12 deaths and 30 injuries among British troops, the army said.", reg)
    [('killed', 12, 12, None, 'uk'), ('wounded', 30, 30, None, 'uk')]
    """
    f, sw, after = c.f, c.sw, c.after_low
    if f.named or c.role is not None or f.head not in _HEADS or not sw.belligerents or not after or \
            ("among" not in after and "side of" not in after and "ranks of" not in after):
        return None
    words = _owner_words(after)
    if words is None or "both" in words:
        return None  # 'among both the KDF and the ... army': both sides
    sides = {s for n in (1, 2) for i in range(len(words) - n + 1) if (s := sw.side_of_words(words[i:i + n]))}
    if len(sides) > 1:
        return None
    if sides:
        return sides.pop(), "fighters" if c.vtype == "unknown" else c.vtype
    role = _role_of(words, c.lex)
    if role == "civilian":
        return "civilian", "civilians"
    if role not in ("state", "nonstate") or states_at_war(sw):
        return None
    side = sw.state if role == "state" else sw.nonstate
    return (side, "fighters" if c.vtype == "unknown" else c.vtype) if side else None
