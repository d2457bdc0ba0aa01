"""Rule `suspects_killed` (docs/rules.md, "Session 18: victim sides"): suspects or an attacker killed or wounded in a
war between a state and an armed group are the group's.

Police and army copy calls the group's men it shoots 'suspects' and the one who carried out an attack 'the attacker'
('Police killed two suspects after they allegedly opened fire on a gas station', 'Two suspects rendered fire and
were eventually killed', 'in which the attacker was also killed'). The lexicon gives `attackers`, `assailants` and
`gunmen` the non-state role, so those are read already; the singular `attacker` and `suspects` have no role (a
suspect of a crime is nobody's fighter), so these counts stayed `unknown`. The rule is `arrested_suspects`'s twin
for the dead and wounded: only in a war of a state against an armed group (never between states), only for a bare
head (no name, no words of their own: 'suspected gang members', 'suspected OLA rebels' are read by their words
first), and not when the armed group is said to have done the killing.
"""
from __future__ import annotations

from .sides_generic import agent_off_state, nonstate_near

#: the gate: the victims' head, a word the lexicon gives no role ('suspects'; 'attacker', the singular of a role word)
_HEADS = frozenset(["suspects", "suspect", "attacker"])
_HARMED = frozenset(["killed", "wounded"])


def suspects_killed(c) -> tuple[str, str] | None:
    """Rule `suspects_killed`: 'killed two suspects', 'the attacker was also killed' in a war between a state and an
    armed group -> the armed group's side (the one named so far where the registry has several). `c`: the victims
    module's claim view.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("varnessa", {"sides": {"varn_gov": "the Varnessan state, its police and army",
    ...     "kfl": "the Kessel Freedom League, an armed separatist group"}, "government_side": "varn_gov",
    ...     "rebel_side": "kfl", "articles": ["example.txt"],
    ...     "keywords": {"kfl": ["KFL"], "varn_gov": ["Varnessan"]}})])
    >>> claims_in("Police shot dead two suspects after a raid on the depot in Orsk.", reg)
    [('killed', 2, 2, None, 'kfl')]
    """
    f, sw = c.f, c.sw
    if f.head not in _HEADS or f.category not in _HARMED or c.role is not None or f.named or \
            not sw.state or not sw.nonstate or sw.states:
        return None
    if agent_off_state(c):  # 'KFL gunmen killed two suspects': the group's victims are not its own men
        return None
    return nonstate_near(sw, f.end, c.words) or sw.nonstate, "fighters" if c.vtype == "unknown" else c.vtype
