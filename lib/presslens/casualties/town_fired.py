"""Rule `town_fired_into` (docs/annotation.md, "Victims called only people"): a town or city fired into is a civilian
place, as a village is. The victims of rockets, shelling, bombing or a bombardment aimed at a town, a city, a
capital, its centre or outskirts (`fired rockets into central Zagreb`, `bombarded the town of Ingore`, `the shelling
of the city`) are `civilian` when they have no words of their own, unless a force is named at the place (`shelled
rebel positions in the town`, `troops in the city`, `the rebel-held town`) or the sentence tells of fighting
(`six killed in fighting for the town` stays `unknown`).

The place is a town word (`town`, `city`, `capital`, `outskirts`, `suburbs`, `downtown`) or a country's capital by
name (data/lexicons/countries.yaml, `countries.capital_of`); a named town with no such word is not read (no
gazetteer). The force that fired (`Serb forces fired rockets into`, `Senegalese troops bombarded`) stands before the
harm and does not count: only the words from the harm on are read for a force.

    >>> town_fired_into("rebel serbs fired orkan-type rockets into zagreb on tuesday, killing five people.")
    'zagreb'
    >>> town_fired_into("up to 100 people may have been killed when senegalese troops bombarded the town of ingore.")
    'town'
    >>> town_fired_into("artillery shelled rebel positions in the town, killing 12 people.")
    >>> town_fired_into("six people were killed in fighting for the town after it was shelled.")
    >>> town_fired_into("air strikes killed 17 people in the province.")
    >>> town_fired_into("100 people have been killed since rebels launched their latest attack on the city.")
"""
from __future__ import annotations

import re

from ..countries import capital_of
from .scan import Gated, class_opened

#: the harm aimed at a place: a fire verb and its preposition, a shelling verb, 'the shelling of', 'rocket attacks on',
#: 'shells landed in'. (The skipped words are possessive, `[\w'’-]++`: a word is followed by `\s+`, which no word
#: character matches, so a word that gave characters back could never lead to a match: the same matches, without
#: backtracking into every word of the span. Searched from its opening class only (`class_opened`): a pattern
#: that opens on `\b` and a choice is tried at every position; session 20.)
_RX_FIRED = Gated(class_opened(re.compile(r"""
    \b(?:
        (?:fired|firing|fire|fires|lobbed|lobbing|rained|raining|poured|pouring|launched|launching)
            \s+(?:(?!attacks?\b|assaults?\b|offensives?\b|raids?\b|operations?\b)[\w'’-]++\s+){0,4}?
            (?:into|on|onto|upon|at)       # 'fired rockets into', not 'launched an attack on' (a ground attack)
      | (?:shelled|shelling|bombarded|bombarding|bombards|bombed|bombing|pounded|pounding|pounds|
           rocketed|rocketing|blitzed|strafed|hit|hits|struck|strikes)                # 'bombarded the town'
            (?:\s+(?:of|on))?                                                         # 'the shelling of'
      | (?:bombardment|blitz)\s+of                                                    # 'the bombardment of'
      | (?:rocket|missile|mortar|artillery|air|shell|grad|drone|bomb)s?\s+
            (?:attacks?|strikes?|fire|raids?|barrages?|salvos?|assaults?)\s+(?:on|against|into|at)  # 'rocket attacks on'
      | (?:rockets|missiles|shells|mortars|bombs|projectiles)\s+(?:[\w'’-]++\s+){0,2}?
            (?:fell|landed|rained|slammed|crashed|exploded)\s+(?:on|in|into|over)     # 'shells landed in'
    )\s+""", re.VERBOSE)),
    re.compile(r"fire|firing|lobb|rain|pour|launch|shell|bomb|pound|rocket|blitz|strafed|hit|struck|strike|missile|"
               r"mortar|artillery|landed|slammed|crashed|exploded|fell"))      # the harms' stems: a cheap gate

#: the town words: the place the harm fell on
_TOWN_WORDS = frozenset(["town", "towns", "city", "cities", "capital", "outskirts", "suburb", "suburbs", "downtown",
                         "township", "townships"])
#: the words before a capital's name that keep it a place: 'central Zagreb', 'the centre of Kabul'
_PLACE_OPENERS = frozenset(["the", "central", "downtown", "northern", "southern", "eastern", "western", "centre",
                            "center", "heart", "of", "greater", "old", "besieged"])
#: a force at the place: its men, its positions, its hold ('rebel positions in the town', 'the rebel-held town',
#: 'troops in the city'): the victims may be combatants
_FORCE_AT_PLACE = frozenset(["soldiers", "troops", "police", "officers", "fighters", "checkpoint", "rebels", "rebel",
                             "militants", "militant", "insurgents", "insurgent", "guerrillas", "guerrilla", "militia",
                             "militias", "militiamen", "army", "military", "positions", "position", "garrison",
                             "garrisoned", "barracks", "base", "bases", "bunkers", "trenches", "defenders", "held",
                             "holding", "controlled", "stronghold", "fortress", "forces", "airport", "airbase",
                             "depot", "headquarters", "jihadists", "gunmen", "combatants"])
#: fighting in the sentence: a toll of combat, not of fire on a place ('killed in fighting for the town')
_COMBAT = frozenset(["fighting", "clashes", "clash", "clashed", "battle", "battles", "fought", "combat", "firefight",
                     "gunbattle", "skirmishes", "offensive", "counteroffensive"])
_WORDS = re.compile(r"[a-z][a-z'’]*")
#: the clause ends at a reporting verb: '..., relief workers reported' is a source, not a force at the place
_CLAUSE_END = re.compile(r"[;:]|,\s*(?:\w+\s+){0,3}?(?:said|says|reported|reports|told|added|according)\b|"
                         r"\b(?:said|says|reported|according to)\b")


def _place_after(text: str) -> str | None:
    """The town word or capital's name that opens `text` (up to three words of the place phrase before the town
    word: 'the medieval fortress town' is read by the force test), else None.

    >>> _place_after("the town of ingore in the north"), _place_after("central zagreb on wednesday")
    ('town', 'zagreb')
    >>> _place_after("rebel positions near the town")
    """
    words = _WORDS.findall(text[:80])[:6]
    for i, w in enumerate(words[:4]):
        if w in _TOWN_WORDS:
            return w
        if capital_of(w) is not None or (i + 1 < len(words) and capital_of(f"{w} {words[i + 1]}") is not None):
            return w
        if w not in _PLACE_OPENERS and i >= 1 and words[i - 1] not in _PLACE_OPENERS:
            break
    return None


def town_fired_into(text_low: str) -> str | None:
    """The town, city or capital (its word or name) that the sentence `text_low` tells was fired into, shelled or
    bombed, with no force named at the place and no fighting told; else None (module docstring)."""
    fired = list(_RX_FIRED.finditer(text_low))     # the gated search first: most sentences hold no fire word
    if not fired or not _COMBAT.isdisjoint(_WORDS.findall(text_low)):
        return None
    for m in fired:
        place = _place_after(text_low[m.end():])
        if place is None:
            continue
        tail = _CLAUSE_END.split(text_low[m.start():], maxsplit=1)[0]
        if _FORCE_AT_PLACE.isdisjoint(_WORDS.findall(tail)):   # 'rebel-held' reads as 'rebel', 'held'
            return place
    return None
