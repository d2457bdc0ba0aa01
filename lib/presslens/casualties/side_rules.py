"""Named rules for a victim side stated in the claim's own words (issue 11, "Sides"; eval/real/CASUALTY_ERRORS.md):
an acronym the registry knows, a force named by a word of one side's registry description, and a nationality
before `people` (a population, never the state's forces).

``victims._side_stated`` asks them in this order; each answers (side, victim type) or None.

    >>> [rule.__name__ for rule in STATED_RULES]
    ['acronym_side', 'described_force']

``population_of_country`` is asked before them, about the registry's own answer.
"""
from __future__ import annotations

import re

from .lexicon import Lexicon

_RX_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,6}\b")
_RX_CAP = re.compile(r"\b[A-Z][a-z][\w'’-]+\b")
#: heads that name a population, not a force
_POPULATION = frozenset(["people", "persons", "citizens", "nationals", "inhabitants"])


#: right after a bare count: an acronym and a force noun ('killed 12 IS militants', where 'IS' ends the parse)
_RX_AFTER_COUNT = re.compile(r"^\s+(?:senior\s+|top\s+)?(?P<acr>[A-Z][A-Z0-9]{1,6})\s+(?P<head>[a-z]+)\b")


def acronym_side(claim_text: str, words: list[str], sw, lex: Lexicon, after: str = "") -> tuple[str, str] | None:
    """An acronym in the claim's own words that the registry names ('10 senior IS leaders', 'killed 12 RSF
    fighters'): the lower-cased word alone may be a function word ('is'), so the acronym is asked as written.

    >>> from presslens.actors import Actors, _conflict
    >>> reg = Actors([_conflict("mindanao", {"sides": {"phil_gov": "the Philippine state: army, police",
    ...     "isp": "the Islamic State's East Asia Province (IS) and the Maute group"},
    ...     "keywords": {"phil_gov": ["Philippine", "AFP"], "isp": ["IS", "Islamic State", "Maute"]}})])
    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The Philippine army said troops killed 12 IS militants near Marawi.", reg)
    [('killed', 12, 12, None, 'isp')]
    """
    if sw.view is None or not claim_text:
        return None
    acronyms = [m.group(0) for m in _RX_ACRONYM.finditer(claim_text)]
    nxt = _RX_AFTER_COUNT.match(after) if after and re.search(r"(?:\d|\bsenior|\btop)$", claim_text) else None
    if nxt and (lex.roles.get(nxt.group("head")) or nxt.group("head") in ("members", "leaders", "commanders")):
        acronyms.append(nxt.group("acr"))
    for acr in acronyms:
        side = sw.side_of_words([acr]) or sw.view.side_from_context(acr)
        if side in sw.belligerents:
            return side, "fighters"
    return None


def described_force(claim_text: str, words: list[str], sw, lex: Lexicon, after: str = "") -> tuple[str, str] | None:
    """A force noun ('militants', 'insurgents', 'fighters') after a capitalised word that only one belligerent's
    registry description uses ('Beja militants' where one side is described as 'the Beja Congress and other Beja
    armed groups'): that side, when several sides are non-state forces and the word is no registry keyword.

    >>> from presslens.actors import Actors, _conflict
    >>> reg = Actors([_conflict("sudan", {"sides": {"sudan_gov": "the Sudanese state: army, police",
    ...     "rsf": "the Rapid Support Forces: commanders and fighters",
    ...     "beja": "Beja Congress and other Beja armed groups ('Beja militants')"},
    ...     "keywords": {"sudan_gov": ["Sudan", "SAF"], "rsf": ["RSF"], "beja": ["Beja Congress"]}})])
    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Sudan's army said it had killed 52 Beja militants near Port Sudan.", reg)
    [('killed', 52, 52, None, 'beja')]
    """
    if sw.view is None or not words or lex.roles.get(words[-1]) != "nonstate":
        return None
    conflicts = getattr(sw.view, "conflicts", [])
    if len(conflicts) != 1:
        return None
    for m in _RX_CAP.finditer(claim_text):
        word = m.group(0)
        hits = [side for side, desc in conflicts[0].sides.items()
                if re.search(r"\b" + re.escape(word) + r"\b", desc or "")]
        if len(hits) == 1 and hits[0] in sw.belligerents:
            return hits[0], "fighters"
    return None


def population_of_country(words: list[str], lex: Lexicon) -> bool:
    """`<nationality> people` ('10,000 Sudanese people', 'Ethiopian citizens') is a country's population, not its
    state's forces: the registry keyword the nationality shares with the state side does not decide, and the side
    is left to the sentence (a war's toll stays `unknown`).

    >>> from presslens.actors import Actors, _conflict
    >>> reg = Actors([_conflict("sudan", {"sides": {"sudan_gov": "the Sudanese state", "rsf": "Rapid Support Forces"},
    ...     "keywords": {"sudan_gov": ["Sudan", "Sudanese"], "rsf": ["RSF"]}})])
    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The war in Sudan has killed more than 20,000 Sudanese people, aid agencies say.", reg)
    [('killed', 20001, None, None, 'unknown')]
    >>> claims_in("The RSF said it had killed 40 Sudanese soldiers.", reg)
    [('killed', 40, 40, None, 'sudan_gov')]
    """
    return bool(words) and words[-1] in _POPULATION and lex.roles.get(words[-1]) is None


def states_at_war(sw) -> bool:
    """Whether two of the article's sides are states (their registry descriptions say `state`): in a war of two
    states a named officer ('Colonel X was killed') is no more the government side's than the other's, so his rank
    alone gives no side.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("karabakh", {"sides": {"azerbaijan": "the Azerbaijani state and its forces",
    ...     "armenia": "the Armenian state and the Karabakh forces"}, "government_side": "azerbaijan",
    ...     "keywords": {"azerbaijan": ["Azerbaijan", "Baku"], "armenia": ["Armenia", "Yerevan"]}})])
    >>> claims_in("Colonel Davit Harutyunyan was killed near Lachin, Baku said.", reg)
    [('killed', 1, 1, None, 'unknown')]
    """
    conflicts = getattr(sw.view, "conflicts", []) if sw.view is not None else []
    return len(conflicts) == 1 and sum(bool(re.search(r"\bstate\b", d or "")) for d in conflicts[0].sides.values()) >= 2


STATED_RULES = (acronym_side, described_force)
