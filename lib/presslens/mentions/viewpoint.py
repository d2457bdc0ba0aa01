"""Named rule for the side of a state speaker the words do not place (issue #11, session 6; eval/real/
SPEAKER_ERRORS.md family H): 'a military official', 'the Defence Ministry', 'security sources' name no state,
and the registry's convention (`government_side`) or nothing gives their side. What they say does: a state's
official reports the attack, the shelling, the provocation of the other side ('... killed in an attack fired by
rebel fighters, a military official said'; 'The army repelled a provocation launched by Ruvian forces, the
ministry said'), so the speaker belongs to the warring side that the statement does not blame.

The patterns read English news copy of any war; the examples are composed (Iran-Iraq war, Falklands, Western
Sahara, Angola), none comes from an eval text.
"""
from __future__ import annotations

import re

from ..actors import fold

#: words of a statement that blame the side named right before them ('Iraqi shelling', "the Argentine army's fire")
_BLAME_AFTER = re.compile(r"(?:['’]s)?(?:\s+(?:army|military|armed|forces|troops|air|force|naval|navy|rebel|rebels|"
                          r"militia|side|artillery|drone|missile|rocket|tank|aircraft|jets|warplanes|planes)['’]?s?){0,3}?\s*(?:['’]s\s+)?(?:aggression|provocations?|shelling|"
                          r"bombardment|attacks?|assaults?|raids?|air\s*strikes?|strikes?|incursions?|violations?|"
                          r"breaches|fire|offensive|sabotage|infiltration)\b")
#: words right before a side that blame it ('fired by rebel fighters', 'launched by Ruvian forces'; not 'led by')
_BLAME_BEFORE = re.compile(r"\b(?:fired|launched|carried\s+out|committed|staged|mounted|conducted|killed|attacked|"
                           r"shelled|ambushed|targeted|hit|struck|shot|wounded|injured|bombed|attacks?|shelling|fire)"
                           r"\s+by\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}$")
#: a speaker of a state the phrase does not name: its head is an official, a state body or a source
_STATE_HEADS = re.compile(r"\b(?:officials?|officers?|ministry|army|military|command|commander|"
                          r"(?:security|military|army|police|government|official|defen[cs]e)\s+sources?|"
                          r"spokes(?:man|woman|person)|authorities|government|general\s+staff|police|headquarters)\b")


def blamed_sides(content: str, side_words) -> tuple[set[str], set[str]]:
    """(sides the statement blames, sides it names otherwise): a side is blamed where its word stands before an
    attack word ('Iraqi shelling', 'the Argentine army's fire') or after 'by'/'from' ('fired by rebel Polisario
    fighters'); a side's word counts only capitalised; `side_words` is the registry's [(side, pattern over folded text)].

    >>> import re
    >>> words = [("iran", re.compile(r"\\biranian\\b")), ("iraq", re.compile(r"\\biraqi\\b"))]
    >>> blamed_sides("Two Iranian soldiers were killed in Iraqi shelling of the border post", words)
    ({'iraq'}, {'iran'})
    >>> blamed_sides("the attack was launched by Iraqi forces", words)
    ({'iraq'}, set())
    """
    folded = fold(content)
    blamed: set[str] = set()
    named: set[str] = set()
    cased = len(folded) == len(content)
    for side, rx in side_words:
        for mt in rx.finditer(folded):
            if cased and not content[mt.start()].isupper():
                continue        # 'border' of a registry body's name ('State Border Service') is no side here
            if _BLAME_AFTER.match(folded, mt.end()) or _BLAME_BEFORE.search(folded, max(0, mt.start() - 40), mt.start()):
                blamed.add(side)
            else:
                named.add(side)
    return blamed, named - blamed


def viewpoint_side(phrase: str, content: str, actors) -> str | None:
    """Rule `viewpoint_side`: the side of a state speaker whose phrase names no side ('a military official', 'the
    Defence Ministry'): the statement blames one warring side, so the speaker is the other one (of two), or the
    one warring side the statement names without blame; None when the phrase is no state speaker, names a side
    itself, or the statement does not tell.

    >>> from presslens.actors import Actors, Conflict
    >>> c = Conflict("falklands", {"uk": "", "argentina": ""}, keywords={"uk": ["British"], "argentina": ["Argentine"]})
    >>> A = Actors([c])
    >>> viewpoint_side("a military official", "Two Argentine soldiers were killed by British naval fire", A)
    'argentina'
    >>> viewpoint_side("the Defence Ministry", "Argentine aircraft attacks on the fleet were repelled", A)
    'uk'
    >>> viewpoint_side("a British officer", "Argentine fire hit the ship", A) is None
    True
    """
    if actors is None or len(actors.conflicts) != 1 or not _STATE_HEADS.search(fold(phrase)):
        return None
    words = actors._side_words
    if any(rx.search(fold(phrase)) for _, rx in words):
        return None         # 'a British officer': the phrase tells
    warring = set(actors.conflicts[0].sides)
    blamed, named = blamed_sides(content, [(s, rx) for s, rx in words if s in warring])
    if len(blamed) != 1:
        return None
    others = warring - blamed
    if len(others) == 1:
        return next(iter(others))
    named &= others
    return next(iter(named)) if len(named) == 1 else None
