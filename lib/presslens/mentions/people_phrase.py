"""Rule `people_noun_phrase`: a speaker phrase whose head is a people noun is no name, though a capital stands in it.

English capitalises two kinds of common noun that the name pattern would take for a name: the first word of a
sentence ('Civilians who fled the area said', 'Foreigners in one hotel checked out, saying') and the nouns of a
nation or a faith ('pro-government Ivorians attacked ..., accusing', 'More radical Shi'ites claimed', 'It quoted a
young Hungarian whose relatives are doctors as saying'). Such a phrase names no one: its speaker is the phrase
itself, lower-case as it stands (docs/annotation.md), not the capitalised word cut out of it ('Civilians',
'Ivorians') nor a place in its complement ('travelers fleeing Iraq' -> not 'Iraq').

- `opening_people_noun`: a sentence's capitalised first word that the speaker lexicon lists as a people noun
  (data/lexicons/speakers.yaml `sides`: one-word, lower-case entries such as 'civilians', 'refugees',
  'travelers', 'foreigners') with a lower-case word after it is that common noun;
- `people_name_phrase`: lower-case modifiers (an adjective, a number, not only 'the') before one capitalised
  nation's or faith's people noun ('Ivorians', 'Hungarian', "Shi'ites") make an unnamed phrase;
- `people_head_participle`: a lower-case people noun followed by a participle or a relative ('travelers fleeing
  Iraq', 'refugees reaching Chad') has that noun as its head, whatever is named after.

The phrases the rule classified are kept in `DECIDED` (the classifier is memoised on the phrase: the same phrase is
the same decision in any article), so that the mention layer names the rule in the row's `speaker_by`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..actors import fold
from ..countries import country_of
from .lexicon import _SPEAKER_LEX


#: the phrases (as classified, lower-cased at their first word) that the rule made unnamed
DECIDED: set[str] = set()


def decided(phrase: str) -> str:
    """`phrase`, kept in `DECIDED` (the rule's name goes to `speaker_by`; kept for good, as the classifier's memo
    may answer again without asking: only the phrases of this rule, a few per corpus)."""
    DECIDED.add(phrase)
    return phrase


#: plurals of the side lists that name no people ('brigades', 'newspapers')
_NOT_PEOPLE_PLURALS = frozenset(("brigades", "charities", "magazines", "newspapers", "outlets", "religious"))


@lru_cache(maxsize=1)
def people_nouns() -> frozenset[str]:
    """The one-word, lower-case people nouns of the speaker lexicon (folded): the civilian side's words with their
    plurals, and the plural words of every other side's list and of the government and rebel lists.

    >>> {"civilians", "refugees", "travelers", "foreigners", "soldiers", "diplomats"} <= people_nouns()
    True
    >>> "radio" in people_nouns(), "brigades" in people_nouns(), "movement" in people_nouns()
    (False, False, False)
    """
    lists = _SPEAKER_LEX.get("sides") or {}
    words = {fold(w) for w in lists.get("civilian") or [] if " " not in w and w.islower()}
    words |= {w + "s" for w in words if not w.endswith("s")}
    for entries in [*lists.values(), _SPEAKER_LEX.get("government") or [], _SPEAKER_LEX.get("rebel") or []]:
        words |= {fold(w) for w in entries if " " not in w and w.islower() and w.endswith("s")}
    return frozenset(words - _NOT_PEOPLE_PLURALS)


def opening_people_noun(words: list[str]) -> bool:
    """Rule `people_noun_phrase` (`opening_people_noun`): whether a phrase's capitalised first word is a people
    noun of the lexicon followed by a lower-case word (its complement or clause): the capital is the sentence's.

    >>> opening_people_noun("Civilians who fled the area".split()), opening_people_noun(["Refugees"])
    (True, False)
    >>> opening_people_noun("Foreigners in one Dili waterfront hotel".split())
    True
    >>> opening_people_noun("Sources Close To".split()), opening_people_noun("Reuters in Kabul".split())
    (False, False)
    """
    return len(words) > 1 and words[1][:1].islower() and fold(words[0]) in people_nouns()


#: a nation's or a faith's people noun: a capitalised word on a demonym's ending, singular or plural ('Hungarian',
#: 'Ivorians', 'Israelis', 'Sudanese', "Shi'ites", 'Maronites')
_RX_PEOPLE_NAME = re.compile(r"[A-Z][a-z'’\-]*?(?:an|ite|i|ese)s?")
#: movements and places on the same letters ('Taliban', 'Tehran', 'Khartoum' is not one)
_NOT_PEOPLE = frozenset("taliban tehran teheran islamabad abidjan amman vatican pentagon kremlin".split())
#: words before a people noun that add nothing to it: a bare 'the' ('the Iranians' are the Iranians)
_BARE = frozenset(("the",))


def people_name_phrase(head_words: list[str]) -> bool:
    """Rule `people_noun_phrase` (`people_name_phrase`): whether a phrase's head (the words before its complement)
    is lower-case modifiers, not only 'the', before one capitalised people noun of a nation or a faith.

    >>> people_name_phrase("pro-government Ivorians".split()), people_name_phrase("more radical Shi'ites".split())
    (True, True)
    >>> people_name_phrase("a young Hungarian".split()), people_name_phrase("the Iranians".split())
    (True, False)
    >>> people_name_phrase("the hardline Taliban".split()), people_name_phrase("in Sudan".split())
    (False, False)
    >>> people_name_phrase("Ivorians".split()), people_name_phrase("pro-government Jean Kouassi".split())
    (False, False)
    """
    if len(head_words) < 2:
        return False
    word, mods = head_words[-1], head_words[:-1]
    if not _RX_PEOPLE_NAME.fullmatch(word) or fold(word) in _NOT_PEOPLE or country_of(word) == word:
        return False
    return all(m[:1].islower() for m in mods) and any(m not in _BARE for m in mods) and mods[0] not in _PREPOSITIONS


#: a phrase that opens on a preposition is a place or a time, not a people ('in Sudan', 'from Khartoum')
_PREPOSITIONS = frozenset(("in", "from", "at", "of", "to", "for", "near", "on", "by", "with"))
#: a participle or a relative right after a people noun: the noun is the head ('travelers fleeing Iraq')
_RX_AFTER_HEAD = re.compile(r"[a-z]+ing|who|whose|that")


def people_head_participle(words: list[str]) -> bool:
    """Rule `people_noun_phrase` (`people_head_participle`): whether a lower-case phrase opens on a people noun
    of the lexicon followed by a participle or a relative: its head is that noun, whatever it names after.

    >>> people_head_participle("travelers fleeing Iraq".split()), people_head_participle("travelers from Iraq".split())
    (True, False)
    >>> people_head_participle("Travelers fleeing Iraq".split())
    False
    """
    return len(words) > 2 and words[0][:1].islower() and fold(words[0]) in people_nouns() \
        and _RX_AFTER_HEAD.fullmatch(words[1]) is not None
