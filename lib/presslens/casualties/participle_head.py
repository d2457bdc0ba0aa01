"""Rule `noun_after_participle`: the victims' noun after a participle of harm that the count's phrase stopped at.

English lets a participle or adjective of harm stand between a count and its noun: `85 dead Peshmerga fighters`,
`the 19 dead Kanak militants`, `two killed royal army members`, `seven wounded Argentine soldiers`. Where the noun
carries a modifier of its own (a name, a nationality), the quantity grammar ends the claim at the participle
(`85 dead`) and the victims' words are lost: a plain fault of the phrase, no reading wants `dead` as the victims.
This rule reads the noun phrase right after the participle (up to three words, ending at a verb, a preposition or
punctuation) as the victims' words: the registry side they name, else the side of their kind of force.
"""
from __future__ import annotations

import re

from .between_states import states_at_war
from .lexicon import _AUX, _FUNCTION
from .sides import _role_of

#: the participles and adjectives of harm a count's phrase can end at
_PARTICIPLES = ("dead", "wounded", "injured", "killed", "slain", "captured")
#: the noun phrase right after the participle: one to three words, then a boundary (a verb, a preposition, a
#: conjunction or punctuation)
_RX_NOUN_AFTER = re.compile(r"""
    ^\s+(?P<np>(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)        # 'peshmerga fighters', 'royal army members'
    (?=\s+(?:were|was|are|is|have|has|had|and|or|in|on|at|near|from|by|during|after|who|whose|that|when|while|
            whom|lay|lying|being)\b|\s*[,.;:!?)"”]|\s*$)
    """, re.X)
#: words that are not a noun of people after a participle ('85 dead yesterday', 'two killed today')
_NOT_NOUNS = frozenset(["yesterday", "today", "tonight", "overnight", "so", "too", "as", "each", "apiece", "outright",
                        "instantly", "immediately", "there", "here", "alone", "altogether", "more", "others",
                        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "of", "among", "amongst"])
#: the count's phrase before the participle: a count only, no verb ('85 dead', 'the 19 dead'; not '12 were killed',
#: 'killing 12 wounded')
_RX_BARE_COUNT = re.compile(r"^(?:the\s+)?(?:[\w,.-]+\s+){1,4}(?:dead|wounded|injured|killed|slain|captured)$")
_VERBS = frozenset(["killing", "leaving", "left", "wounding", "injuring", "capturing", "kill", "killed", "died"])


def noun_after_participle(c) -> tuple[str, str] | None:
    """(victim_side, victim_type) from the noun after the participle that ends a count's phrase ('85 dead
    Peshmerga fighters' read as '85 dead'): the registry side those words name, else the side of their kind of
    force (the state's or the one non-state side; not in a war of two states); None where they name neither.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("aden", {"sides": {"uk": "the British administration", "nlf": "the NLF"},
    ...     "government_side": "uk", "rebel_side": "nlf", "articles": ["example.txt"],
    ...     "keywords": {"uk": ["British"], "nlf": ["NLF"]}})])
    >>> claims_in("A spokesman said 12 dead NLF fighters were found near Dhala.", reg)
    [('killed', 12, 12, None, 'nlf')]
    >>> claims_in("A spokesman said 12 dead yesterday were found near Dhala.", reg)
    [('killed', 12, 12, None, 'unknown')]
    """
    low = c.claim_low.strip()
    if not low.endswith(_PARTICIPLES) or not c.after_low or c.f.named or c.role is not None or \
            c.f.head not in (None, *_PARTICIPLES) or not _RX_BARE_COUNT.match(low):
        return None     # the count's own words name a noun ('Eight KNF members killed'): they decide
    if any(w in _AUX or w in _VERBS for w in low.split()[:-1]):
        return None     # '12 were killed', 'killing 12 wounded': the participle is a verb, not before a noun
    m = _RX_NOUN_AFTER.match(c.after_low)
    if m is None:
        return None
    words = m.group("np").split()
    if any(w in _NOT_NOUNS or w in _FUNCTION or w in _AUX for w in words):
        return None
    side = c.sw.side_of_words(words)
    role = _role_of(words, c.lex)
    if side is None and role in ("state", "nonstate") and not states_at_war(c.sw):
        side = c.sw.state if role == "state" else c.sw.nonstate
    if side is None and role == "civilian":
        return "civilian", "civilians"
    if side is None:
        return None
    return side, "civilians" if role == "civilian" else "fighters"
