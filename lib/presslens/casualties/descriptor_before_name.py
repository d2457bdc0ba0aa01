"""Rule `descriptor_before_name` (docs/rules.md, "Session 19: victim sides"): a named victim's side from the words
that describe the person just before the name.

News copy introduces a named dead man by what he was, in front of the name: an apposition ('A Taliban leader,
Mullah Qudratullah, was also among the dead'; 'one member of the security forces, Private First Class X, were
killed') or a bare premodifier ('Peshmerga commander X and peshmerga Y died'). The claim finder's span starts at the
name, so the victims' own words hold no side and the claim stayed `unknown`. The rule reads the describing phrase:
a registry name or keyword names its side; a role word (`forces`, `militants`, `civilians`) its role's side.

Asked last, after every other victim rule: it only fills a side the others left unknown. Left alone (tests): a
claim that opens with its verb ('Orra fighters killed X': the words before are the doers), a phrase with a verb
('police said X died': the source, not what the victim was), an apposition that opens with no determiner ('In
Kabul, X was killed'), a war between states for a bare role word.
"""
from __future__ import annotations

import re

from .lexicon import _TITLES
from .sides import _role_of
from .sides_generic import nonstate_near

#: the words of a describing phrase, punctuation kept as its own token
_RX_TOKEN = re.compile(r"[a-z0-9][\w'’.-]*|[,;:()\"“”]")
#: a rank's other words ('Private First Class', 'Staff Sergeant'): part of the name's title, not a description
_RANK_PARTS = frozenset(["first", "class", "second", "staff", "chief", "warrant", "senior", "junior"])
#: the words that open an apposition describing a person: 'a Taliban leader, X', 'one member of ..., X'
_OPENERS = frozenset(["a", "an", "one", "another", "the"])
#: verbs that end no -ed/-ing: a phrase holding one is a clause (doer or source), not a description
_VERBS = frozenset(["said", "says", "say", "told", "tells", "shot", "hit", "saw", "met", "found", "sent", "took",
                    "led", "fled", "killed", "kill", "kills", "shoot", "shoots", "gun", "guns", "ambush", "slay",
                    "are", "is", "was", "were", "has", "have", "had", "by",
                    "after", "when", "while", "that", "who", "which", "as"])
#: the tokens that end a describing phrase on its left
_BOUNDARY = frozenset([",", ";", ":", "(", ")", '"', "“", "”", "and"])


def _clause_word(w: str) -> bool:
    """A token that makes a phrase a clause: a verb form or a linking word.

    >>> [_clause_word(w) for w in ("killed", "fighting", "peshmerga", "said", "leader")]
    [True, True, False, True, False]
    """
    return w in _VERBS or w.endswith(("ed", "ing"))


def describing_phrase(before_low: str) -> list[str]:
    """The words that describe the person named right after `before_low` (the sentence up to the name): the bare
    premodifier before it ('and peshmerga' -> ['peshmerga']), else an apposition opened by a determiner and closed
    by a comma ('a taliban leader,' -> ['a', 'taliban', 'leader']); [] when a clause word stands in either.

    >>> describing_phrase("peshmerga commander x and peshmerga ")
    ['peshmerga']
    >>> describing_phrase("during the exchange, one member of the security forces, private first class ")
    ['one', 'member', 'of', 'the', 'security', 'forces']
    >>> describing_phrase("a taliban leader, ")
    ['a', 'taliban', 'leader']
    >>> describing_phrase("gunmen killed ")
    []
    >>> describing_phrase("in kabul, ")
    []
    """
    toks = _RX_TOKEN.findall(before_low[-160:])
    i = len(toks)
    while i and toks[i - 1] in _TITLES | _RANK_PARTS:  # the name's own title: 'Private First Class', 'Mullah'
        i -= 1
    start = i
    while start and toks[start - 1] not in _BOUNDARY and i - start < 4:
        start -= 1
    pre = toks[start:i]
    if pre:  # 'and peshmerga X': a premodifier right after a boundary (or the sentence's start)
        if (start == 0 or toks[start - 1] in _BOUNDARY) and not any(_clause_word(w) for w in pre):
            return [w for w in pre if w not in _OPENERS]
        return []
    if not i or toks[i - 1] != ",":
        return []
    end, start = i - 1, i - 1
    while start and toks[start - 1] not in _BOUNDARY and end - start < 8:
        start -= 1
    phrase = toks[start:end]
    if not phrase or phrase[0] not in _OPENERS or (start and toks[start - 1] not in _BOUNDARY) or \
            any(_clause_word(w) for w in phrase):
        return []
    return phrase


def descriptor_before_name(c) -> tuple[str, str] | None:
    """Rule `descriptor_before_name`: a named victim described just before the name -> the side the describing
    phrase names (a registry name or keyword), else its role word's side. `c`: the victims module's claim view.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("varnessa", {"sides": {"varn_gov": "the Varnessan state, its police and army",
    ...     "kfl": "the Kessel Freedom League, an armed separatist group"}, "government_side": "varn_gov",
    ...     "rebel_side": "kfl", "articles": ["example.txt"],
    ...     "keywords": {"kfl": ["KFL"], "varn_gov": ["Varnessan"]}})])
    >>> claims_in("A KFL commander, Arvo Tamm, was also among the dead, the governor said.", reg)
    [('killed', 1, 1, None, 'kfl')]
    """
    f, sw = c.f, c.sw
    if not f.named or c.role is not None or not c.claim_low or sw.view is None:
        return None
    first = c.claim_low.split(maxsplit=1)[0]
    if _clause_word(first) or first in c.lex.gate_any or (c.claim_text and not c.claim_text[:1].isupper()):
        return None  # 'killed Tavin Rusk': the claim opens with its verb, the words before are the doers
    at = c.sent_low.find(c.claim_low)
    if at <= 0:
        return None
    words = describing_phrase(c.sent_low[:at])
    if not words:
        return None
    side = sw.side_of_words(words)
    if side is not None and side in sw.belligerents:
        return side, c.vtype
    role = _role_of(words, c.lex)
    if role == "civilian":
        return "civilian", "civilians"
    if role == "state" and sw.state and not sw.states:
        return sw.state, "fighters" if c.vtype == "unknown" else c.vtype
    if role == "nonstate" and sw.nonstate and not sw.states:
        side = nonstate_near(sw, f.end, words)
        return (side, "fighters" if c.vtype == "unknown" else c.vtype) if side else None
    return None
