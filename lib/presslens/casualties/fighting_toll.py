"""Victim-side rule of session 16 (docs/rules.md, "Session 16: victim sides"): people harmed in the fighting itself.

- ``harmed_in_fighting`` (rule `toll_of_fighting`): a count of `people` (or a bare count) whose own sentence says the
  harm came in clashes, fighting, a firefight or a battle (`12 people were killed when fighting erupted at a
  funeral procession`, `2,000 people were wounded in the clashes`, `treated for injuries from the clash`, `killed
  ... in fierce clashes that erupted in the town`) is a toll of fighting: `unknown` (docs/annotation.md, "Victims
  called only people": `250 people have been killed in the fighting`, `six killed in fighting for the town`), even
  where the sentence names a civilian place (a funeral, houses, a hospital): the place is where the fight was, not a
  target fired into. People caught `in the crossfire` are left alone (often bystanders; the guide does not settle them).
  `_side_from_context` asks it only where a civilian place alone would have made the count
  `civilian`; victims the article calls civilians, and counts continuing a civilian count, are left alone.
"""
from __future__ import annotations

import re

#: cheap gate: a sentence without one of these stems is never a toll of fighting
_FIGHT_STEMS = ("clash", "fight", "battle", "shootout", "shoot-out", "exchange of fire", "skirmish")

_FIGHT = r"""(?:clash|clashes|fighting|firefights?|fire-fights?|gunfights?|gun\s+battles?|battles?|
                shoot-?outs?|exchanges?\s+of\s+fire|skirmish(?:es)?)"""
_RX_HARMED_IN_FIGHTING = re.compile(r"""
    \b(?:killed|died|dead|deaths?|wounded|injured|injuries|hurt|lives)\b   # the harm
    (?:(?!\b(?:shelter|fled|flee|fleeing|escap\w*|refuge)\b)[^.;:]){0,60}?  # a short run, not where they fled from
    (?:\b(?:in|during|from|amid)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?""" + _FIGHT + r"""\b   # 'in fierce clashes'
      |\bwhen\s+(?:heavy\s+|fierce\s+)?""" + _FIGHT + r"""\s+(?:erupted|broke\s+out|began|started)\b)  # 'when fighting erupted'
""", re.X)


def harmed_in_fighting(sent_low: str) -> bool:
    """Rule `toll_of_fighting`: the (lower-cased) sentence says its harm came in clashes or fighting.

    >>> harmed_in_fighting("at least 12 people were killed when fighting erupted at a funeral procession.")
    True
    >>> harmed_in_fighting("the doctor said some 2,000 people were wounded in the clashes on friday.")
    True
    >>> harmed_in_fighting("a shell hit the cattle market, killing nine people.")
    False
    >>> harmed_in_fighting("dozens were burned to death in a church where they had taken shelter from tribal clashes.")
    False
    >>> harmed_in_fighting("fighting went on all week; nine people were killed in an air strike on the market.")
    False
    """
    if not any(s in sent_low for s in _FIGHT_STEMS):
        return False
    return _RX_HARMED_IN_FIGHTING.search(sent_low) is not None
