"""Victim-side rule of session 16 (docs/rules.md, "Session 16: victim sides"): a nationality alone is no civilian.

- ``nationality_not_civilian`` (rule `nationality_not_civilian`): `_side_from_role` read a plural nationality
  (`Fourteen Velmarians`, `3.5 million Afghans`) as civilians. docs/annotation.md (settled 2026-12-05): "a
  nationality or `citizens` names the state, not who the victims were": `killed six Israelis`, `eight Palestinians
  dead`, `40 Tibetans killed` are gold `unknown` (second-intifada, tibet-2008), and grenada-1983's `two Americans`,
  `armed Cubans` were soldiers. The step stays for the nationals the guide would still call civilians: the
  displaced, a nationality harmed at a civilian place or gathering named in the sentence or the one before (the
  guide's `people` rows: `18 Palestinians were killed in a strike on houses`, `Fourteen Velmarians are dead` after
  `the market was hit`), and an ethnic or racial population (`ethnic Vietnamese`, `black Africans`: a people,
  not a state's). Elsewhere the victims' side is `unknown`, as the guide's row says.
"""
from __future__ import annotations

from .people import civilian_place

#: a people, not a state's nationals: 'ethnic Vietnamese', 'black Africans'
_POPULATION_WORDS = frozenset(["ethnic", "black", "white"])


def nationality_not_civilian(c) -> bool:
    """Rule `nationality_not_civilian`: True when victims named only by a plural nationality are not to be read as
    civilians (`c`: the victims module's claim view). Cheap first: the displaced and a population word answer
    before the sentence is searched for a civilian place.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Gunmen killed six Corvanians in a dawn assault, and raids left eight Telmiris dead.")
    [('killed', 6, 6, None, 'unknown'), ('killed', 8, 8, None, 'unknown')]
    >>> claims_in("Another 18 Telmiris were killed in a strike on houses in the old quarter.")
    [('killed', 18, 18, None, 'civilian')]
    >>> claims_in("The militia killed more than 100 ethnic Corvanians in the delta.")
    [('killed', 101, None, None, 'civilian')]
    >>> claims_in("About 40,000 Telmiris have been displaced by the fighting.")
    [('displaced', 40000, 40000, None, 'civilian')]
    """
    if c.f.category == "displaced" or not _POPULATION_WORDS.isdisjoint(c.words) or c.f.head.startswith("civil"):
        return False  # (a misspelt 'civilians' that the step's pattern takes: 'a thousand civilans')
    return civilian_place(c.sent_low, c.prev_sent_low, c.lex, c.sw) is None
