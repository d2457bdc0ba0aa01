"""Victim-side rule of session 15 (docs/rules.md, "Session 15: victim sides"): a civilian word the registry keys.

- ``civilian_word_keyed`` (rule `civilian_word_keyed`): victims named by a civilian role word (`protesters`,
  `demonstrators`, `monks`, `migrants`, `refugees`) that the article's registry lists as a keyword of one
  belligerent side, alone (`protesters: [protesters, ...]`) or with the word before it (`Madurese refugees`), are
  that side's people: the convention docs/annotation.md settled in session 14 for protesters ("the registry side
  whose description names protesters or demonstrators as its people; else `civilian`"), which the dev golds read
  the same way for the other civilian words a registry keys (tibet-2008 `99 protesters`, `one monk`;
  kazakhstan-2022 `Dozens of protesters`; sampit-2001 `118 Madurese migrants`, `200 Madurese refugees`). A
  civilian word no registry keyword names stays `civilian` (`hundreds of refugees` where only `Madurese refugees`
  is keyed), and a war between two states is left alone (a national keyword such as `Kyrgyz citizens` names the
  state, not who the victims were: docs/annotation.md, "A nationality or `citizens`").
"""
from __future__ import annotations

from .sides import keyword_first


def _keyed_word(word: str, sw) -> str | None:
    """The belligerent side whose one-word keyword is `word` or its plural ('monk' -> 'monks'), else None."""
    for form in (word, word + "s"):
        side = keyword_first(form, sw)
        if side in sw.belligerents:
            return side
    return None


def civilian_word_keyed(c) -> tuple[str, str] | None:
    """Rule `civilian_word_keyed`: victims whose head is a civilian role word the registry keys to one belligerent
    side -> that side. `c` is the victims module's claim view (its words, role, registry view and lexicon).

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("velm", {"sides": {"junta": "the military junta and its police",
    ...     "movement": "the democracy movement: its marchers, protesters and leaders"},
    ...     "government_side": "junta", "rebel_side": "movement",
    ...     "keywords": {"junta": ["riot police"], "movement": ["protesters", "Orlan students"]}})])
    >>> claims_in("Medics said 31 protesters were killed when riot police fired into the square.", reg)
    [('killed', 31, 31, None, 'movement')]
    >>> claims_in("Eleven Orlan students died in the crush.", reg)
    [('killed', 11, 11, None, 'movement')]
    >>> claims_in("Nine students died in the crush.", reg)  # 'students' alone is no keyword: civilians
    [('killed', 9, 9, None, 'civilian')]
    """
    sw = c.sw
    if c.role != "civilian" or not sw.belligerents or sw.states or c.f.named:
        return None
    roles = c.lex.roles
    at = next((k for k in range(len(c.words) - 1, -1, -1) if roles.get(c.words[k]) == "civilian"), None)
    if at is None or c.words[at] in ("civilian", "civilians"):
        return None
    side = _keyed_word(c.words[at], sw)
    if side is None and at > 0 and sw.view is not None:  # 'Madurese refugees': a keyword of two words
        phrase = sw.view.side_of_keyword_phrase(f"{c.words[at - 1]} {c.words[at]}")
        side = phrase if phrase in sw.belligerents else None
    if side is None:
        return None
    c.by = "civilian_word_keyed"
    return side, c.vtype
