"""Named rule for single people listed together inside a count: '13 officers including a colonel and a captain',
'3 other soldiers, including a captain and a major', 'seven members of his family, including his wife and son'.

The dev golds (session 18, every 'including A and B' of single people in the 33 sets: ogaden, the Chittagong Hill
Tracts, Oromia) hold ONE subset record of the people summed (2), never one record per person; a list that holds a
counted group ('a senior police official and his three bodyguards', 'five women and a child') keeps one record per
item (`the parts of a count listed after it`, `a person among a count`), as the golds do.

The rule is registered twice in ``rules.RULES``: before 'a person among a count' (which would take the first
person alone), and again after the further counts' rules, whose counts ('lost seven members of his family') it
needs; the examples in the docstring are its tests (doctests), and ``tests/test_casualties_single_people.py`` has
more, written in the styles of wars in none of the eval sets.
"""
from __future__ import annotations

import re

from .found import Found, free as _free
from .lexicon import Lexicon, _alt

#: one person by a singular role: 'a colonel', 'his wife', 'the district police chief', 'an elderly farmer'
_PERSON = r"(?:a|an|one|his|her|their|its|the)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{roles})(?![\w'’-])"
_RX_SINGLE_PEOPLE = r"""
    \b(?:including|among\s+them|among\s+whom)\s+
    (?P<list>{person}(?:\s*,\s*{person})*                      # 'a colonel', 'a colonel, a major'
      ,?\s+and\s+(?:(?:a|an|one|his|her|their|its|the)\s+(?:[\w'’-]+\s+){{0,2}}?)?  # 'and a captain', 'and son'
      (?:{roles})(?![\w'’-]))
    (?!\s*(?:'s|’s)|\s+and\b)                                  # not 'a captain's wife', not a longer list
"""
_RX: dict[int, re.Pattern] = {}
#: the determiners that open each person before 'and' (the list's count is theirs plus the one after 'and')
_RX_DET = re.compile(r"(?:^|,\s*)(?:a|an|one|his|her|their|its|the)\s", re.I)
#: words no person's modifiers hold: a number or a plural starts a counted group ('his three bodyguards')
_RX_COUNTED = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
                         r"several|some|many|few|of|who|in|on|at)\b", re.I)


def _single_people_rx(lex: Lexicon) -> re.Pattern:
    if id(lex) not in _RX:
        roles = _alt(lex.singular)
        person = _PERSON.format(roles=roles)
        _RX[id(lex)] = re.compile(_RX_SINGLE_PEOPLE.format(person=person, roles=roles), re.X | re.I)
    return _RX[id(lex)]


def single_people_in_count(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `single_people_in_count`: two or more single people by role listed after 'including' or 'among them'
    inside a count just found: one subset record of them all, in the count's category.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Nine guardsmen were killed near Kolwezi, including a colonel and a captain.")
    [('killed', 9, 9, None, 'unknown'), ('killed', 2, 2, None, 'unknown')]
    >>> claims_in("Five soldiers were wounded in Jolo, including a lieutenant, a sergeant and a corporal.")
    [('wounded', 5, 5, None, 'unknown'), ('wounded', 3, 3, None, 'unknown')]
    >>> claims_in("A farmer lost six members of his family, including his wife and son, in the raid.")[-1]
    ('killed', 2, 2, None, 'civilian')
    >>> claims_in("Nine people died, including a district officer and his two bodyguards.")  # a counted group
    [('killed', 9, 9, None, 'unknown'), ('killed', 1, 1, None, 'unknown')]
    >>> claims_in("Rebels held the town, including the mayor and the governor.")   # no count before them
    []
    """
    out: list[Found] = []
    for m in _single_people_rx(lex).finditer(norm):
        people = m.group("list")
        if _RX_COUNTED.search(people):
            continue  # a number, a plural quantifier or a preposition: not single people
        n = len(_RX_DET.findall(people)) + 1   # the people before 'and', and the one after it
        a, b = m.start("list") + s_start, m.end("list") + s_start
        counts = [f for f in found if f.start < a and not f.named and f.low is not None and not f.subset
                  and (f.low > n or f.vague) and a - 40 <= f.end]   # the count just before ('13 officers, including')
        if n < 2 or not counts or not _free([f for f in found if f not in counts], a, b):
            continue
        parent = counts[-1]
        words = [w for w in re.findall(r"[\w'’-]+", people.lower()) if w in lex.singular]
        out.append(Found(parent.category, n, n, None, a, b, words, words[-1], subset=True))
    return out


#: (name, gate, find) of each registration (``rules.RULES`` lists them by name)
SINGLE_PEOPLE_RULES: tuple[tuple, ...] = (
    ("single people listed in a count", (frozenset({"including", "among"}), frozenset({"and"})),
     single_people_in_count),
    ("single people in a count found later", (frozenset({"including", "among"}), frozenset({"and"})),
     single_people_in_count),
)
