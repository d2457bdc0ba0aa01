"""A named victim with a run of appositions before the verb of his death: rule `named_subject_appositions`.

'General Augustino Sandino, famous Nicaraguan rebel and foe of United States operation, was shot and killed',
'Hiro Muramoto, 43 years old, died', 'X, 53, a tribal woman and leader of the Communist Party of India (Marxist), was
hacked to death': one person's name, then one to three comma-bounded appositions (an age, a role, a relative clause,
any words), then a comma and the verb of a death told of that name (`was killed`, `was shot dead`, `died` ...). The
named grammar (named.py `_RX_NAMED_VICTIMS`) walks only the appositions it knows the opening word of (`who`, `the`,
`a`, a role noun, a bare age); this rule takes any apposition, because a comma straight before the singular verb
closes the subject the name opened (docs/rules.md "Session 27: a named victim's death told again").
"""
from __future__ import annotations

import re

from .found import Found, free
from .named import HARM_DEGREE, _NAME, numeral_opens_no_name
from .scan import Gated, class_opened

_RX_APPOSED_DEATH = Gated(class_opened(re.compile(r"""
    (?P<name>{name})                                  # the person: 'General Augustino Sandino'
    (?P<app>(?:\s*,\s*[^,;:"“”]{{1,160}}?){{1,3}})    # one to three appositions: ', 47', ', the guard's chief'
    \s*,\s+(?:who\s+)?                                # the comma that closes the subject
    (?:(?:was|has\s+been|had\s+been)\s+(?:(?:also|reportedly|later|allegedly)\s+)?(?:{degree}\s+)?
       (?P<cue>shot\ and\ killed|shot\ dead|killed|assassinated|executed|murdered|slain|beheaded|
          (?:hacked|stabbed|beaten|burned|burnt|tortured|clubbed)\ to\ death)
     |(?:later\s+)?(?P<died>died))\b                   # or 'died'
""".format(name=_NAME, degree=HARM_DEGREE), re.X)), re.compile(r",\s+(?:who\s+)?(?:was|has|had|died|later)\b"))

#: an apposition that adds a person or a count: 'X, his wife and two children, died' is no one person
_RX_MORE_PEOPLE = re.compile(r"\b(?:and|with|along\s+with|plus)\s+(?:(?:his|her|their|two|three|four|five|six|"
                             r"several|many|other)\b|[A-Z]|\d)|\b(?:both|all)\b|\b\d+(?:,\d{3})*\s+(?!years?\b)[a-z]")
#: a sentence's end inside the appositions: the name is another sentence's ('Private Long, who was shot. One onlooker,
#: a woman, was also killed' read as one string)
_RX_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z][a-z]")
#: a word before the name that makes it no subject: a preposition ('the funeral of X, ...', 'according to X, ...')
_RX_OWNED_BEFORE = re.compile(r"\b(?:of|to|by|from|with|for|against|about|after|than)\s+(?:the\s+)?$")


def named_subject_appositions(sent: str, text_start: int, found: list[Found]) -> list[Found]:
    """Rule `named_subject_appositions`: a person's name, any one to three appositions, then a comma and the verb of
    his death -> one killed.

    >>> from .rules import claims_in
    >>> claims_in("Colonel Pavel Orlov, 51, the garrison's stubborn quartermaster, was shot dead at the depot.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("The drummer, Tomas Keller, 19 years old, died of his wounds at Gravelotte.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("Jean Marchand, veteran of Sedan and hero of the town, was hacked to death by the mob.")
    [('killed', 1, 1, None, 'civilian')]
    >>> claims_in("Jean Marchand, his wife and two children, died in the fire.")
    []
    >>> claims_in("The funeral of Jean Marchand, the mayor, was held on Sunday.")
    []
    """
    out: list[Found] = []
    for m in _RX_APPOSED_DEATH.finditer(sent):
        a, b = m.start(), m.end()
        first = m.group("name").split()[0]
        if first.lower() in {"the", "a", "an"} or numeral_opens_no_name(first):
            continue
        app = m.group("app")
        if _RX_MORE_PEOPLE.search(app) or _RX_SENTENCE_END.search(app) or \
                _RX_OWNED_BEFORE.search(sent, max(0, a - 30), a):
            continue
        if not free(found + out, a + text_start, b + text_start):
            continue
        words = [w.lower().strip(",.") for w in m.group("name").split()]
        out.append(Found("killed", 1, 1, None, a + text_start, b + text_start, words, None, named=True))
    return out
