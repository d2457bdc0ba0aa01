"""Victim-side rule of session 16 (docs/rules.md, "Session 16: victim sides"): the displaced of a warring state.

- ``displaced_nationals`` (rule `displaced_nationals`): people displaced and named by a warring state's nationality
  (`Another 50,000 Hondurans lost their homes`, `thousands of Greek Cypriots fleeing`) are `civilian`: the guide's
  row "`people have fled`, `displaced people` -> `civilian`: the displaced are non-combatants" (docs/annotation.md,
  "Victims called only people"). Without it the national word decides as for a toll (`nationals_between_states`:
  `unknown`, a state's soldiers and civilians together; or the registry's keyword: the state's side). Left alone:
  displaced words that name a force (`2,000 soldiers retreated`), and a people the registry makes a side of its own
  that is no state (a settler community: `5,000 Madurese fled`, the registry's side, as `civilian_word_keyed` reads
  its keyed words).
"""
from __future__ import annotations

_CACHE_KEY = ("displaced_nationals", "state words")  # kept in the article's SideWords cache (a key no word has)


def _state_words(sw) -> dict[str, str]:
    """Lower-cased country forms ('greek', 'greece', 'honduran', 'hondurans') -> the warring state side they name,
    once per article (SideWords' own cache)."""
    hit = sw._cache.get(_CACHE_KEY)
    if hit is None:
        from ..actors import country_forms, fold
        hit = {}
        for conflict in getattr(sw.view, "conflicts", []):
            for side, names in conflict.countries.items():
                if side not in sw.belligerents:
                    continue
                for form in (f for n in names for f in country_forms(n)):
                    for w in (fold(form), fold(form) + "s"):
                        hit.setdefault(w, side)
        sw._cache[_CACHE_KEY] = hit
    return hit


def displaced_nationals(c) -> tuple[str, str] | None:
    """Rule `displaced_nationals`: displaced victims named by a warring state's nationality -> civilians (`c`: the
    victims module's claim view). Cheap first: only displaced counts with no role word, in a registry with countries.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("border", {"sides": {"ostra": "the Republic of Ostra and its army",
    ...     "varnak": "the Varnak Republic and its army"}, "countries": {"ostra": ["Ostra"], "varnak": ["Varnak"]},
    ...     "keywords": {"ostra": ["Ostran army"], "varnak": ["Varnakian army"]}, "articles": ["example.txt"]})])
    >>> claims_in("Another 30,000 Ostrans lost their homes in the offensive.", reg)
    [('displaced', 30000, 30000, None, 'civilian')]
    >>> claims_in("Varnakian shelling killed 12 Ostrans near the river.", reg)   # a toll: the national convention
    [('killed', 12, 12, None, 'unknown')]
    """
    f, sw = c.f, c.sw
    if f.category != "displaced" or c.role is not None or sw.view is None or not sw.belligerents:
        return None
    words = _state_words(sw)
    if not words or not any(w in words for w in c.words):
        return None
    c.by = "displaced_nationals"
    return "civilian", "civilians"
