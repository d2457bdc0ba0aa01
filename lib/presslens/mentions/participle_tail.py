"""A participle left at the end of an unnamed speaker phrase: rule `participle_after_head` (session 26).

'a Dutch Army statement issued in Batavia said', 'a document published by the ministry says', 'Kurdish guerrillas
battling Iraqi troops claimed': a participle after a noun is a reduced relative clause (`a statement [that was]
issued in Batavia`); its head is the noun before it. The phrase readers cut the complement at its preposition or
object (`in`, `by`, a named object), so the participle was left dangling as the phrase's last word
('a Dutch Army statement issued', 'document published', 'kurdish guerrillas battling'): no reading wants a
participle as the head of a speaker. The head noun is kept.

Not taken: a participle of residence or movement ('people living', 'a Yugoslav returning': rule
`dweller_or_traveller` reads them with their place), a word after a determiner, a preposition, an adverb or a
figure ('the injured', 'the recently displaced', 'two hundred'), an -ing word after a singular noun ('Thursday
evening', 'the political wing', 'occasional shelling': -ing nouns), and capitalised words (names).
"""
from __future__ import annotations

#: words before which a word is no verb after a head noun: determiners, prepositions, figures (rule
#: `unnamed_verb_cut` of mentions.phrases reads this set too)
_NOT_BEFORE_VERB = frozenset(("the", "a", "an", "of", "for", "to", "by", "and", "or", "its", "their", "his", "her",
                              "our", "from", "with", "in", "at", "on", "most", "more", "two", "three", "some"))
#: the same, with the demonstratives and distributives, before a participle at a phrase's end
_NOT_BEFORE_PARTICIPLE = _NOT_BEFORE_VERB | frozenset(("this", "that", "these", "those", "every", "each"))

#: participles that `dweller_or_traveller` (mentions/travellers.py) reads with the place after them
_MOVERS = frozenset(("living", "residing", "returning", "fleeing", "arriving", "traveling", "travelling",
                     "escaping", "coming"))
#: -ed words that are no participle ('two hundred'), or -ed nouns and adjectives a phrase may end on
_NOT_PARTICIPLE = frozenset(("hundred", "kindred", "wounded", "injured", "killed", "dead", "armed", "retired",
                             "detained", "displaced", "accused", "deceased", "concerned", "interested"))


def participle_after_head(p: str) -> str:
    """Rule `participle_after_head`: an unnamed speaker phrase without the participle left at its end, the head
    noun before it kept; `p` as it stands otherwise.

    >>> participle_after_head("a Ruvian Army statement issued")
    'a Ruvian Army statement'
    >>> participle_after_head("highland guerrillas battling"), participle_after_head("information received")
    ('highland guerrillas', 'information')
    >>> participle_after_head("people living"), participle_after_head("Thursday evening")
    ('people living', 'Thursday evening')
    >>> participle_after_head("the injured"), participle_after_head("two hundred"), participle_after_head("relatives of the accused")
    ('the injured', 'two hundred', 'relatives of the accused')
    """
    if not p.endswith(("ed", "ing")):       # the gate: a literal test before any word is read
        return p
    words = p.split()
    if len(words) < 2:
        return p
    last, before = words[-1], words[-2]
    if not last.isalpha() or not last.islower() or len(last) < 5 or last in _NOT_PARTICIPLE or last in _MOVERS \
            or last.endswith("eed"):
        return p
    low = before.lower()
    if not before.isalpha() or low in _NOT_BEFORE_PARTICIPLE or low.endswith("ly"):
        return p
    if last.endswith("ing") and not (low.endswith("s") and not low.endswith("ss")):
        return p        # an -ing word after a singular noun is as often a noun ('Thursday evening')
    return p[:p.rstrip().rfind(last)].rstrip()


#: participles the phrase readers cut before on their own (mentions.phrases `_unnamed_out`, `unnamed_verb_cut`)
_CUT_BEFORE = frozenset(("holed", "based", "reached", "interviewed", "speaking", "quoted", "cited", "contacted"))


def participle_cut(phrase: str, speaker: str) -> bool:
    """Whether `participle_after_head` made `speaker` of `phrase`: the word after the speaker in the phrase is the
    participle it drops (the rule's name for `speaker_by`; asked by mentions.layer only for an unnamed speaker).

    >>> participle_cut("a Ruvian Army statement issued in Tarsk", "a Ruvian Army statement")
    True
    >>> participle_cut("people living in Tarsk", "people living"), participle_cut("Thursday evening", "Thursday evening")
    (False, False)
    >>> participle_cut("two residents reached by phone", "two residents")    # cut by mentions.phrases `_unnamed_out`
    False
    """
    at = phrase.lower().find(speaker.lower())
    rest = phrase[at + len(speaker):].split(None, 1) if at >= 0 and speaker else None
    return bool(rest) and rest[0].endswith(("ed", "ing")) and rest[0].lower() not in _CUT_BEFORE \
        and participle_after_head(speaker + " " + rest[0]) == speaker
