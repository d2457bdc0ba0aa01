"""Generic words for an armed group ('terrorists', 'militants', 'attackers', 'fighters from armed groups') where the
war has several armed groups (issue 11). docs/annotation.md: "Choose the side the article gives or makes plain ...
When the article does not tell, write `unknown`: never guess from outside knowledge." A registry's `rebel_side` is
the side of such words in a war of one state against one armed group; where the registry describes two or more
sides besides the government as non-state forces (Mali: JNIM, the Islamic State's Sahel province, the Tuareg
separatists; Pakistan: the TTP and the Baloch separatists), a generic word names none of them, and the victims
are `unknown` unless the words name the group ('TTP militants') or a registry keyword does.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from .lexicon import Lexicon


def armed_groups(sides: Mapping[str, str], government_side: str | None, lex: Lexicon) -> list[str]:
    """The sides, other than the government's, whose registry description names a non-state force.

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> armed_groups({"gov": "the state: army, allied militias", "ltte": "the Tigers: cadres and fighters",
    ...               "epdp": "a rival Tamil group: its gunmen"}, "gov", load_lexicon())
    ['ltte', 'epdp']
    >>> armed_groups({"gov": "the state: army", "rwanda": "the Rwandan state and its defence forces",
    ...               "m23": "the M23 rebel movement: fighters"}, "gov", load_lexicon())
    ['m23']
    """
    return [side for side, desc in sides.items() if side != government_side and
            any(lex.roles.get(w) == "nonstate" for w in re.findall(r"[a-z]+", (desc or "").lower()))]


def generic_names_no_group(sides: Mapping[str, str], government_side: str | None, lex: Lexicon) -> bool:
    """Rule `several_armed_groups`: True where a generic word for fighters cannot tell which side they were on.

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> generic_names_no_group({"gov": "the state", "a": "jihadist fighters", "b": "separatist rebels"}, "gov",
    ...                        load_lexicon())
    True
    >>> generic_names_no_group({"gov": "the state", "a": "jihadist fighters"}, "gov", load_lexicon())
    False
    """
    return len(armed_groups(sides, government_side, lex)) > 1


#: 'fighters from armed terrorist groups', 'members of various jihadist groups': several groups, none named
_UNNAMED_GROUPS = re.compile(r"^\W*(?:from|of|belonging\s+to)\s+(?:the\s+)?(?:(?:various|several|different|"
                             r"unidentified|unnamed|armed|terrorist|jihadist|militant|extremist|rebel|islamist|"
                             r"criminal|non-state)\s+)+groups\b")


def of_unnamed_groups(after_low: str) -> bool:
    """Rule `unnamed_groups`: the victims' words go on to say they came from several groups, none named. A count
    over several groups is mixed (docs/annotation.md: a mixed count is `unknown`), whatever side the registry
    gives a generic word such as 'fighters' or 'terrorists'.

    >>> of_unnamed_groups(' from armed terrorist groups" in the area')
    True
    >>> of_unnamed_groups(' of various jihadist groups'), of_unnamed_groups(' of the armed group')
    (True, False)
    >>> of_unnamed_groups(' from the LTTE and other groups')
    False
    """
    return _UNNAMED_GROUPS.match(after_low) is not None


#: peacekeepers and the UN's troops: 'two peacekeepers', 'a Rwandan peacekeeper', 'blue helmets', 'UN troops'
_PEACEKEEPERS = re.compile(r"\bpeace-?keep(?:ers?|ing\s+(?:troops|soldiers|forces))\b|\bblue\s+helmets\b|"
                           r"\bu\.?n\.?\s+(?:troops|soldiers|peacekeepers|forces)\b")


def peacekeepers(claim_low: str) -> bool:
    """Rule `peacekeepers_un`: peacekeepers harmed are the `un` side (docs/annotation.md: United Nations bodies,
    a UN mission), whatever their nationality ('a Rwandan peacekeeper'), unless the registry names their force.

    >>> peacekeepers("two rwandan peacekeepers were killed"), peacekeepers("blue helmets wounded")
    (True, True)
    >>> peacekeepers("the peace talks"), peacekeepers("two un staff")
    (False, False)
    """
    return _PEACEKEEPERS.search(claim_low) is not None
