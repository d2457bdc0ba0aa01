"""Named rule for a speaker named before a role appositive: '"...," Abdi Farah, the group's operations
spokesman, told Reuters' and 'Tesfay Gebre, TPLF spokesman, said': the person, not the role, speaks.
"""
from __future__ import annotations

import re

from ..mentions.lexicon import ROLE_WORDS

#: a person's name of two to four capitalised words and the comma before the appositive
_RX_NAME_BEFORE = re.compile(r"""
    (?:^|[\s“”"«»,])                                     # a word boundary or a closing quote mark
    (?P<name>[A-Z][\w’'\-]+(?:\s+(?:[A-Z][\w’'\-]+|al-[A-Z][\w’'\-]*|bin|ibn|Abu|de|do|da)){1,3})  # the name
    ,\s*$""", re.X)
_RX_WORDS = re.compile(r"[A-Za-z\-]+")


def person_before_role(text: str, sp_start: int, phrase: str) -> tuple[str, int, int] | None:
    """The person named just before a role appositive `phrase` that starts at `sp_start`: (name, start, end).

    >>> t = '"We killed five," Abdi Farah, the group\\'s operations spokesman, told Reuters.'
    >>> person_before_role(t, t.index("the group"), "the group's operations spokesman")
    ('Abdi Farah', 18, 28)
    >>> t2 = "The army, the ministry spokesman said, lost nine."
    >>> person_before_role(t2, t2.index("the ministry"), "the ministry spokesman") is None
    True
    """
    words = _RX_WORDS.findall(phrase.lower())
    if not words or words[-1] not in ROLE_WORDS or len(words) > 7:
        return None
    mt = _RX_NAME_BEFORE.search(text, max(0, sp_start - 80), sp_start)
    if mt is None:
        return None
    name = mt.group("name")
    if name.split()[0] in ("The", "A", "An", "But", "And"):
        return None
    return name, mt.start("name"), mt.end("name")


#: a role appositive opening on a determiner: 'the U.N.'s deputy envoy to X', 'a spokesman for the army'
_RX_DET_DESCRIPTOR = re.compile(r"(?:the|a|an)\s+(?P<words>(?:[\w.'’\-]+\s+){0,5}?[\w.'’\-]+)(?:\s+(?:to|for|of|in|at)\b.*)?$")
_RX_PERSON_NAME = re.compile(r"(?:[A-Z][\w’'\-]+|al-[A-Z][\w’'\-]*|bin|ibn|de|do|da|dos|van|von)"
                             r"(?:\s+(?:[A-Z][\w’'\-]+|al-[A-Z][\w’'\-]*|bin|ibn|de|do|da|dos|van|von)){1,4}")
_NOT_NAME_OPENERS = frozenset(("The", "A", "An", "In", "On", "At", "After", "Before", "But", "And", "Meanwhile", "Amid"))


def unclosed_appositive(name_segment: str, descriptor: str) -> bool:
    """Whether `descriptor`, the last comma segment before a cue with no comma to close it, is a role
    appositive of the person named in the segment before ('"...," Amina Deng, the U.N.'s deputy envoy to
    Sudan said'): the person speaks, not the place that ends the descriptor.

    >>> unclosed_appositive("Amina Deng", "the U.N.'s deputy envoy to South Sudan")
    True
    >>> unclosed_appositive("In Goma", "the army spokesman"), unclosed_appositive("Amina Deng", "the town of Wau")
    (False, False)
    """
    name = name_segment.strip()
    if not _RX_PERSON_NAME.fullmatch(name) or name.split()[0] in _NOT_NAME_OPENERS:
        return False
    mt = _RX_DET_DESCRIPTOR.match(descriptor.strip())
    if mt is None:
        return False
    return any(w.lower().strip(".'’") in ROLE_WORDS for w in _RX_WORDS.findall(mt.group("words")))
