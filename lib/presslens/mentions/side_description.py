"""Rule `side_in_description`: a speaker the registry's descriptions name, though its names and keywords do not
(session 22, docs/rules.md: the side of the speaker).

A registry describes each warring side in a sentence of its own ('the camp of the sultan: the sultan's clan, his
royal army ...', 'the opposition alliance of the north: ...'); the resolver reads a side's names, aliases and
keywords, not that sentence. A speaker left with no side whose whole phrase (its determiner aside) stands in the
description of exactly one warring side of the article's war speaks for that side: the registry's own words say
whose it is. Not for pronouns, not for the bare words of the lexicon that tell a side by convention or none
('officials', 'sources', 'the government': their side is the convention's, docs/annotation.md), not for a phrase
two sides' descriptions share, not for a country (a backer the description names: the state rules decide).

The examples are composed (the Chaco War, the Cristero War), none from an eval text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..actors import Actors, country_of, fold
from .lexicon import ROLE_WORDS
from .speaker_sides import SIDELESS_SOURCES

#: a determiner or possessive before the speaker's words ('the opposition', 'his clan')
_RX_DETERMINER = re.compile(r"^(?:the|a|an|one|its|his|her|their)\s+")

#: words too bare to be the registry's name for a side: the lexicon's convention words ('officials', 'the
#: government', 'sources') and pronouns
_BARE = frozenset({"government", "governments", "officials", "official", "authorities", "army", "military",
                   "police", "troops", "forces", "soldiers", "rebels", "rebel", "fighters", "militants", "spokesman",
                   "spokeswoman", "spokesperson", "source", "leaders", "leader", "people", "men",
                   "he", "she", "they", "it", "we", "i", "you", "who"})


#: the description's words are no place where the side is ('autodefensas in Michoacan': 'Michoacan' is no body)
_NOT_A_PLACE = r"(?<!\bin )(?<!\bat )(?<!\bfrom )(?<!\bnear )(?<!\bacross )(?<!\baround )"

#: nor a modifier of the description's noun ('demand notes': 'demand' is no speaker); a word after it that opens a
#: post-modifier ('governors loyal to him', 'militias led by', 'of', 'who') leaves it the head
_NOT_A_MODIFIER = (r"(?!\s+(?!(?:and|or|of|in|at|from|with|for|to|who|which|that|as|its|their|loyal|close)\b)"
                   r"(?![a-z]+(?:ed|ing)\b)[a-z])")


def side_in_description(speaker: str, actors: Actors | None) -> str | None:
    """Rule `side_in_description`: the one warring side of the article's war whose registry description names
    the speaker's phrase (its determiner aside, folded, as whole words), else None.

    >>> from presslens.actors import _conflict
    >>> A = Actors([_conflict("chaco", {"sides": {
    ...     "bolivia": "the Bolivian state: President Salamanca, his army and the Salamanca cabinet",
    ...     "paraguay": "the Paraguayan state: President Ayala, the Liberal government and its field army"}})])
    >>> side_in_description("the Salamanca cabinet", A), side_in_description("Salamanca cabinet", A)
    ('bolivia', 'bolivia')
    >>> side_in_description("the government", A) is None, side_in_description("field army", A)
    (True, 'paraguay')
    >>> side_in_description("they", A) is None, side_in_description("sources", A) is None
    (True, True)
    >>> side_in_description("field", A) is None     # a modifier of 'army', not the speaker
    True
    """
    if actors is None or len(actors.conflicts) != 1:
        return None
    described = _folded_descriptions(actors.conflicts[0].sides)
    if not described:
        return None     # (speed: no side has a description, so no pattern below can match)
    words = _RX_DETERMINER.sub("", fold(speaker).strip())
    if len(words) < 4 or not any(words in text for _, text in described):
        return None     # (speed: the pattern holds `words` as a literal, so a description without it cannot match)
    if words in _BARE or words in SIDELESS_SOURCES or words in ROLE_WORDS or country_of(words):
        return None     # (a country the description names, 'backed by Libya', is the state rules' to say)
    rx = re.compile(_NOT_A_PLACE + r"(?<![\w'’-])" + re.escape(words) + r"(?![\w-])" + _NOT_A_MODIFIER)
    sides = [side for side, text in described if rx.search(text)]
    return sides[0] if len(sides) == 1 else None


def _folded_descriptions(sides: dict) -> tuple[tuple[str, str], ...]:
    """(side, folded description) of each side with a description, in the registry's order; memoised on the sides'
    items (speed, session 23: `side_in_description` folded every description on every call).

    The same pairs the rule read before: a side whose description is empty (falsy) is left out, as its `if text`
    left it out, and every other is folded as `fold(str(text))` was.

    >>> _folded_descriptions({"a": "The Camp of the Sultan", "b": "", "c": None})
    (('a', 'the camp of the sultan'),)
    """
    items = tuple(sides.items())
    try:
        return _folded_items(items)
    except TypeError:       # a description that cannot be hashed (not a string): folded anew
        return tuple((side, fold(str(text))) for side, text in items if text)


@lru_cache(maxsize=256)
def _folded_items(items: tuple) -> tuple[tuple[str, str], ...]:
    return tuple((side, fold(str(text))) for side, text in items if text)
