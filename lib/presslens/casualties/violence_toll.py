"""Victim-side rule `toll_of_violence` (docs/annotation.md, "Settled in session 17: victims of attacks on places"):
people harmed in `violence`, `unrest` or `riots` are a toll of fighting.

A count of `people` (or a bare count) whose own sentence says the harm came in violence, unrest or rioting (`90 were
killed and 99 were wounded in recent violence`, `unrest claimed two lives`, `the wave of post-election violence that
has now claimed nearly 300 lives`, `Three killed as more violence erupts in the town`) is `unknown`, as a toll of
fighting is (rule `toll_of_fighting`, casualties/fighting_toll.py): the golds of every dev set give such tolls
`unknown` (more than 20 wars: kenya-2007, maluku, kazakhstan-2022, egypt-2013, kyrgyzstan-osh-2010, punjab, ...).
`_side_from_context` asks it only where a civilian place (in the sentence or the one before it) alone would have
made the count `civilian`: a harm told as an attack on the place (`died in attacks on four villages, raising fears
of an upsurge in violence`, `killed in a mortar attack on the main hospital during an upsurge of violence`) keeps
the place's `civilian`: the violence must hold the harm itself, close to it.
"""
from __future__ import annotations

import re

_VIOLENCE = r"(?:violence|unrest|riots?|rioting|disturbances)"
_HARM = r"(?:killed|died|dead|deaths?|wounded|injured|injuries|hurt|lives)"

#: cheap gate: a sentence without one of these stems is never a toll of violence
_VIOLENCE_STEMS = ("violen", "unrest", "riot", "disturbance")

#: the harm in the violence, or the violence that took lives
_RX_HARMED_IN_VIOLENCE = re.compile(r"""
    \b""" + _HARM + r"""\b
        (?:(?!\b(?:attacks?|shelling|strikes?|raids?|bombing|fled|flee|fleeing|shelter|refuge)\b)[^.;:,]){0,45}?
        \b(?:in|during|from|amid)\s+(?:the\s+)?(?:[a-z'’-]+\s+){0,2}?""" + _VIOLENCE + r"""\b
                                            # 'were wounded in recent violence', 'killed in the rioting'
  | \b""" + _HARM + r"""\s+(?:as|when|after)\s+(?:more\s+|fresh\s+|new\s+|renewed\s+)?""" + _VIOLENCE + r"""\s+
        (?:erupts?|erupted|flares?|flared|breaks\s+out|broke\s+out|spreads?|spread)\b
                                            # 'three killed as more violence erupts'
  | \b""" + _VIOLENCE + r"""\s+(?:(?:that|which)\s+)?(?:(?:has|have|had)\s+)?(?:(?:now|since|already|so\s+far)\s+)?
        (?:claimed|left|killed)\s+(?:[a-z-]+\s+){0,2}?(?:\d|[a-z]+\s+(?:lives|people|dead))
                                            # 'unrest claimed two lives', 'violence that has now claimed 300 lives'
""", re.VERBOSE)


def harmed_in_violence(sent_low: str) -> bool:
    """Rule `toll_of_violence`: the (lower-cased) sentence says its harm came in violence, unrest or rioting.

    >>> harmed_in_violence("at least 90 were killed and 99 were wounded in recent violence:")
    True
    >>> harmed_in_violence("unrest claimed two lives on april 17.")
    True
    >>> harmed_in_violence("the wave of post-election violence that has now claimed nearly 300 lives in kenya.")
    True
    >>> harmed_in_violence("three killed as more violence erupts in the delta town")
    True
    >>> harmed_in_violence("ten people died in attacks on four villages, raising fears of an upsurge in violence.")
    False
    >>> harmed_in_violence("one person was killed in a mortar attack on the main hospital during an upsurge of "
    ...                    "violence.")
    False
    >>> harmed_in_violence("a shell hit the cattle market, killing nine people.")
    False
    """
    if not any(s in sent_low for s in _VIOLENCE_STEMS):
        return False
    return _RX_HARMED_IN_VIOLENCE.search(sent_low) is not None
