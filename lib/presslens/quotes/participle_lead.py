"""A participle cue's speaker taken from the sentence's first capitalised word: a function word there names no one
('Only hours after declaring a cease-fire, Peru accused ...', 'At the very least, the U.S. is interested in
maintaining ...', 'Our ability to deliver field-based reporting on crises rests on ...', 'Finally a story from
Xinhua, actually blaming ...'): rule `function_word_not_speaker`.
"""
from __future__ import annotations

#: capitalised function words that open a sentence and name no speaker: prepositions, conjunctions, adverbs and
#: possessive determiners (pronouns that can speak, 'He', 'They', 'We', are not here)
FUNCTION_WORDS = frozenset((
    "About", "After", "Against", "Also", "Although", "Amid", "Among", "And", "As", "At", "Before", "Besides", "But",
    "By", "Despite", "During", "Even", "Finally", "For", "From", "However", "If", "In", "Into", "Its", "Just",
    "Meanwhile", "My", "Now", "Only", "Or", "Our", "Over", "Since", "So", "Still", "Their", "Then", "Though",
    "Through", "Under", "Until", "Upon", "When", "While", "With", "Without", "Yet", "Your", "His", "Her",
))


def function_word_not_speaker(word: str) -> bool:
    """Whether a participle's lead 'name' (one word) is a function word, no speaker.

    >>> function_word_not_speaker("Only"), function_word_not_speaker("Our"), function_word_not_speaker("Peru")
    (True, True, False)
    >>> function_word_not_speaker("He"), function_word_not_speaker("Beijing")
    (False, False)
    """
    return word in FUNCTION_WORDS
