"""Victim-side rules of session 14 read from the words around a count (docs/rules.md, "Session 14: victim sides").

- ``official_toll`` (rule `official_toll`): in 'the official death toll, which is 432', 'puts Friday's official death
  toll at 8', 'the official death toll was 13' the word `official` says who counted, not who died: it is dropped
  from the victims' words, so a registry that keys `official` to the state no longer gives the toll to the state's
  forces (gold `unknown` in myanmar, egypt-2013, tibet-2008; no dev row where it named the victims).
- ``family_victims`` (rule `family_victims`): a count told as a family's members ('Among the dead were a family of
  eight', 'One farmer lost seven members of his family', 'two families of 25 members had their throats cut') is a
  count of civilians (lebanon, oromia, algeria-1990s); the head `members` alone says nothing, the family does.
"""
from __future__ import annotations

import re

#: the words that say who counted a toll, never who died in it
COUNTER_WORDS = frozenset(["official", "officially"])
#: the nouns of a toll that `official` may qualify: 'the official death toll', 'official figures', 'official count'
_TOLL_NOUNS = frozenset(["death", "toll", "figure", "figures", "count", "tally", "number", "estimate"])


def official_toll(words: list[str]) -> list[str]:
    """The victims' words without `official` where it qualifies a toll noun (rule `official_toll`).

    >>> official_toll(["official", "death"])
    ['death']
    >>> official_toll(["official", "figures"])
    ['figures']
    >>> official_toll(["senior", "police", "official"])
    ['senior', 'police', 'official']
    >>> official_toll(["two", "officials"])
    ['two', 'officials']
    """
    if COUNTER_WORDS.isdisjoint(words):
        return words
    at = next(k for k, w in enumerate(words) if w in COUNTER_WORDS)
    if at + 1 < len(words) and words[at + 1] in _TOLL_NOUNS:
        return words[:at] + words[at + 1:]
    return words


#: the count as a family's members: 'a family of eight', 'two families of 25 (members)' before the number; 'members
#: of his family', 'of the same family', 'of one household' after it
_FAMILY_BEFORE = re.compile(r"\bfamil(?:y|ies)\s+of\s+$")
_FAMILY_AFTER = re.compile(r"""
    ^\s*(?:members?\s+)?            # 'seven' + ' members of', or the claim already ends at 'members'
    of\s+(?:his|her|their|its|a|one|the|the\s+same|a\s+single|one\s+single)\s+
    (?:own\s+|extended\s+|immediate\s+)?
    (?:family|families|household|households)\b
""", re.VERBOSE)
#: the victims' heads a family count may have: none ('a family of eight'), or `members`/`people`/`persons`
_FAMILY_HEADS = frozenset(["members", "member", "people", "persons"])


def family_victims(c) -> tuple[str, str] | None:
    """Rule `family_victims`: victims with no role of their own counted as a family's members -> `civilian`.
    `c` is the victims module's claim view (its sentence, claim text, head and role).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("One farmer lost seven members of his family, including his wife and son.")[0]
    ('killed', 7, 7, None, 'civilian')
    >>> claims_in("Two families of 25 members had their throats cut by the rebels near the town.")[0]
    ('killed', 25, 25, None, 'civilian')
    >>> claims_in("Among the dead were a family of eight, including three children, a security source said.")[0]
    ('killed', 8, 8, None, 'civilian')
    >>> claims_in("The rebels said seven members of their unit were killed in the ambush.")[0][4]
    'unknown'
    """
    if "famil" not in c.sent_low and "household" not in c.sent_low:
        return None
    if c.role is not None or c.f.named or (c.f.head is not None and c.f.head not in _FAMILY_HEADS):
        return None
    at = c.sent_low.find(c.claim_low) if c.claim_low else -1
    if at < 0:
        return None
    end = at + len(c.claim_low)
    if _FAMILY_BEFORE.search(c.sent_low[max(0, at - 40):at]) or _FAMILY_AFTER.match(c.sent_low[end:end + 60]):
        return "civilian", "civilians"
    return None


#: the clause before a count, back to the sentence's start: 'four Afghan civilians were killed and ' before 'four
#: others wounded', 'some 30 civilians had been killed -- seven Rohingyas, ... and ' before '16 Rakhine Buddhists'
_CLAUSE_BACK = 90


def civilians_counted_before(text: str, start: int | None, lex) -> bool:
    """Rule `civilians_counted_before`: whether the count at `start` follows, in its own sentence, words that count
    civilians ('at least four Afghan civilians were killed and four others wounded in the fighting', 'some 30
    civilians had been killed -- seven Rohingyas, ... and 16 Rakhine Buddhists -- in the fighting'): such a count is
    the civilians' companion or part, and `war_toll_not_civilian` leaves it civilian (wrong on it in myanmar and
    afghanistan-pakistan-border, session 14's audit; right on three tolls with no civilians before them).

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> s = "He said at least four Afghan civilians were killed and four others wounded in the fighting."
    >>> civilians_counted_before(s, s.find("four others"), load_lexicon())
    True
    >>> s = "Civilians fled the town. As many as 50 people have died in the violence already."
    >>> civilians_counted_before(s, s.find("As many"), load_lexicon())
    False
    """
    if start is None or start <= 0:
        return False
    before = text[max(0, start - _CLAUSE_BACK):start]
    cut = max(before.rfind(". "), before.rfind(".\n"), before.rfind("\n\n"))
    before = before[cut + 1:].lower() if cut >= 0 else before.lower()
    if not any(ch.isdigit() for ch in before) and not any(w in lex.numbers for w in before.split()):
        return False    # no count before it in the clause: 'civilians' there is no count of them
    return any(lex.roles.get(w) == "civilian" and w.endswith("s") for w in re.findall(r"[a-z]+", before))
