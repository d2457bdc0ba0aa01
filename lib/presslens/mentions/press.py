"""Named rules `press_office_named` and `addressee_is_no_holder`.

Rule `press_office_named`: a body's press office described by its common noun ('the military's media
wing', 'the army's press service', 'the ministry's information department') is the press body the article names
(`Joint Forces Public Relations`, `Defence Ministry Press Service`), before or after the description: the
office speaks for its body, and its name carries the body's side; an outlet's side (media) is wrong for it.
"""
from __future__ import annotations

import re

#: a press office by its common noun, owned by a body ('the military's media affairs wing', 'its press service')
_RX_PRESS_OFFICE = re.compile(r"""^(?:the\s+|its\s+|their\s+)?(?:[\w.\-]+['’]s?\s+)?(?:[a-z\-]+\s+){0,2}?
    (?:media|press|information|public\s+relations|public\s+affairs)\s+(?:affairs\s+|relations\s+)?
    (?:wing|office|cell|cent(?:re|er)|department|directorate|unit|branch|service|section|bureau)$""", re.X | re.I)
#: the name of a press body: capitalised words with a press head ('Inter-Services Public Relations')
_RX_PRESS_NAME = re.compile(r"\b(?:Public\s+(?:Relations|Affairs)|Press\s+(?:Service|Office|Cent(?:re|er)|Bureau|Department)"
                            r"|Media\s+(?:Office|Cent(?:re|er)|Cell|Directorate|Department|Wing)"
                            r"|Information\s+(?:Office|Department|Service|Directorate|Bureau))\b")


def press_office_named(phrase: str, runs, pos: int) -> str | None:
    """The press body's name for a press office phrase at `pos`, from `runs` (position, capitalised name) of the
    article: the last one named before, else the first named after; None when the phrase is no press office or
    the article names none.

    >>> runs = [(10, "General Ruvo"), (60, "Joint Forces Public Relations"), (300, "Kessa")]
    >>> press_office_named("the military's media affairs wing", runs, 200)
    'Joint Forces Public Relations'
    >>> press_office_named("the army's press service", runs, 20)
    'Joint Forces Public Relations'
    >>> press_office_named("the army", runs, 200) is None, press_office_named("the press service", [(0, "Kessa")], 9)
    (True, None)
    """
    if _RX_PRESS_OFFICE.match(phrase.strip()) is None:
        return None
    named = [(p, n) for p, n in runs if _RX_PRESS_NAME.search(n)]
    before = [n for p, n in named if p < pos]
    if before:
        return before[-1]
    after = [n for p, n in named if p > pos]
    return after[0] if after else None


#: a speech verb whose object (the one spoken to) follows: 'told', 'said to', 'speaking to'
_RX_TOLD_END = re.compile(r"\b(?:told|tells|telling|said\s+to|says\s+to|spoke\s+to|speaking\s+to|talking\s+to)\s+"
                          r"(?:the\s+|The\s+)?$")


def addressee(text: str, inventory, name: str, pos: int) -> bool:
    """Rule `addressee_is_no_holder`: whether `name`, found as the holder of an indefinite role at `pos` ('an army
    officer' -> the first person named after with 'officer' in the words before the name), is only the one the
    role's holder spoke to, in the same sentence ('an army officer told The Gulf Times').

    >>> from types import SimpleNamespace as M
    >>> t = "The base fell, an army officer told The Gulf Times. Later officer Ali Baran said more."
    >>> inv = [M(name="Gulf Times", start=t.index("Gulf")), M(name="Ali Baran", start=t.index("Ali"))]
    >>> addressee(t, inv, "Gulf Times", t.index("an army")), addressee(t, inv, "Ali Baran", t.index("an army"))
    (True, False)
    """
    at = next((mn.start for mn in inventory if mn.name == name and mn.start > pos), None)
    if at is None:
        return False
    gap = text[pos:at]
    return ". " not in gap and _RX_TOLD_END.search(gap) is not None
