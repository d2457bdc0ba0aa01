"""A reporting word inside a noun phrase, not the verb of a statement (session 22, docs/rules.md "a reporting word that
is not a cue"). English makes nouns and adjectives of its reporting verbs: a participle stands before a noun as its
modifier ('the four confirmed deaths', 'an alleged plot', 'following reported strikes'), and a plural in -s is a noun
('new reports strengthened suspicions', 'unofficial estimates put the toll at 90', 'transformed into demands for
justice'). Neither has a speaker on its left: the words before it open the noun phrase, or end the clause of which
the phrase is an object. Two named rules, asked by quotes.cues._cue_refused of every cue:

- `attributive_participle`: a participle in '-ed' between what opens a noun phrase (a determiner, a numeral or a
  quantifier inside a clause, a superlative or an adverb in '-ly' after a determiner, a preposition, or a common
  irregular past verb) and a lower-case word that can be a noun or its modifier;
- `reporting_noun`: a form in '-s' that is also a plural noun ('reports', 'estimates', 'demands', 'vows' ...) after a
  word no subject ends with (a quantifier, a numeral, an adjective of number, time or certainty, a preposition, a
  past verb or a participle). A plural at a clause's start with its own verb ('Reports emerged that ...') is the
  statement's source in the golds and is left as it is.

A real subject before the same words is left to speak: 'Some said', 'Four reported seeing', 'Officials confirmed that',
'Reports say' (there 'say' is the cue and 'Reports' its subject).
"""
from __future__ import annotations

import re

#: forms in '-s' of the lexicon of reporting (data/lexicons/cues.yaml) that are also plural nouns of general English
PLURAL_NOUN_FORMS = frozenset(("reports", "claims", "estimates", "demands", "vows", "pledges", "promises", "calls",
                               "charges", "orders", "notes", "tweets", "replies", "answers", "forecasts", "laments",
                               "retorts", "recalls", "highlights", "counters"))

#: determiners and possessives: a noun phrase opens after them and no subject ends with them
_DETERMINERS = frozenset(("the", "a", "an", "this", "these", "those", "its", "their", "his", "our", "my", "your",
                          "every", "each", "another", "such", "any", "no", "whose"))
#: quantifiers and numerals: a subject of their own at a clause's start ('Four reported seeing', 'Some said'), a
#: modifier inside a clause ('presented four alleged insurgents', 'the four confirmed deaths')
_QUANTIFIERS = frozenset(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                          "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "dozen",
                          "dozens", "scores", "many", "several", "few", "more", "most", "some", "all", "both", "other",
                          "numerous", "multiple", "various"))
#: superlatives and ordinals that do not end in '-est' ('the worst reported attack', 'the first confirmed case')
_SUPERLATIVES = frozenset(("worst", "best", "most", "least", "first", "second", "third"))
#: adjectives of number, time, origin and certainty that go before a plural noun and end no subject ('new reports',
#: 'unofficial estimates', 'conflicting claims')
_ADJECTIVES = frozenset(("new", "fresh", "latest", "recent", "earlier", "initial", "early", "further", "similar",
                         "conflicting", "contradictory", "competing", "rival", "unconfirmed", "unofficial",
                         "unverified", "independent", "false", "vague", "persistent", "widespread", "frequent",
                         "repeated", "separate", "preliminary", "diplomatic", "international", "foreign", "local",
                         "western", "eastern", "trustworthy", "reliable", "credible", "contradicting", "previous",
                         "subsequent", "alleged", "reported", "scattered", "exaggerated", "inflated", "wild", "such"))
#: prepositions: a noun phrase opens after them; a finite verb never stands right after one
_PREPOSITIONS = frozenset(("following", "after", "amid", "despite", "of", "in", "on", "into", "onto", "over", "about",
                           "against", "among", "amongst", "including", "under", "during", "with", "without", "from",
                           "for", "by", "at", "to", "than", "like", "unlike", "between", "regarding", "concerning"))
#: auxiliaries: before a participle they make a verb of it ('has confirmed', 'were reported')
_AUXILIARIES = frozenset(("has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would",
                          "could", "should", "may", "might", "must", "can", "did", "do", "does", "also", "not"))
#: common irregular past forms: a verb whose object the noun phrase is ('made repeated attempts')
_IRREGULAR_PAST = frozenset(("made", "took", "gave", "saw", "found", "held", "brought", "sent", "heard", "got", "met",
                             "left", "ran", "put", "rose", "fell", "came", "went", "grew", "spread", "began", "became",
                             "drew", "sparked", "fuelled", "fueled"))
#: words after a participle that make it a verb, not a modifier: function words, pronouns, adverbs of time
_NOT_NOUN_AFTER = frozenset(("that", "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our",
                             "my", "your", "it", "them", "him", "me", "us", "to", "by", "on", "in", "at", "of", "for",
                             "with", "from", "as", "about", "into", "over", "and", "or", "but", "not", "no", "also",
                             "yet", "there", "here", "earlier", "later", "then", "now", "today", "yesterday", "last",
                             "again", "late", "once", "twice", "some", "all", "both", "any", "each", "every", "several",
                             "many", "few", "more", "most", "what", "how", "why", "when", "where", "who", "whether",
                             "if", "himself", "herself", "themselves", "itself", "nothing", "everything", "responsibility",
                             "victory", "so", "too", "up", "out", "off", "down", "back", "away", "before", "after",
                             "under", "against", "such", "one", "he", "she", "they", "we", "i", "you", "said", "saying"))
_RX_WORDS = re.compile(r"[A-Za-z][\w'’\-]*|\d+(?:[,.]\d+)*|[^\w\s]")
_RX_NEXT_WORD = re.compile(r"\s+([a-z][a-z\-]*)\b")


def _last_words(before: str, n: int) -> list[str]:
    """The last `n` tokens (words, numbers, punctuation) of `before`."""
    return _RX_WORDS.findall(before[-60:])[-n:]


def _numeral(word: str) -> bool:
    """Whether a token is a number or a quantifier ('four', '300', 'many')."""
    return word[:1].isdigit() or word.lower() in _QUANTIFIERS


def _opens_inside_clause(word: str) -> bool:
    """Whether the token before a numeral or quantifier shows it inside a clause (a determiner, a preposition, a
    lower-case word that is no conjunction, relative or verb of saying), not opening one ('Four reported seeing')."""
    w = word.lower()
    return w in _DETERMINERS or w in _PREPOSITIONS or (word.islower() and word.isalpha() and w not in (
        "and", "but", "or", "while", "as", "when", "because", "although", "though", "that", "who", "which", "where",
        "said", "says", "say", "told", "added", "if", "since", "until", "whereas", "so"))


def attributive_participle(before: str, after: str) -> bool:
    """Rule `attributive_participle`: whether a reporting participle in '-ed' modifies the noun after it (`before`,
    `after`: the sentence before and after the participle): a lower-case word that can be a noun or its modifier
    follows, and before it stands what opens a noun phrase, not a subject.

    >>> attributive_participle("Officials said the four ", " deaths were all soldiers")
    True
    >>> attributive_participle("Police showed reporters three ", " rebels held at Gbarnga")
    True
    >>> attributive_participle("It was the worst ", " attack since May"), attributive_participle("shelling following ", " air strikes on the town")
    (True, True)
    >>> attributive_participle("The guerrillas made ", " attempts to take the bridge")
    True

    Not a subject with its verb ('Four reported seeing', 'Officials confirmed that', 'The ministry confirmed deaths'),
    not an auxiliary's participle, not a participle before a function word:

    >>> attributive_participle("Four ", " seeing the column"), attributive_participle("Officials ", " that the road was cut")
    (False, False)
    >>> attributive_participle("The ministry ", " deaths in the camp"), attributive_participle("The army has ", " heavy losses")
    (False, False)
    >>> attributive_participle("Four ", " heavy shelling overnight"), attributive_participle("the four ", " the deaths")
    (False, False)
    >>> attributive_participle("Most ", " violence"), attributive_participle("Residents interviewed ", " heavy shelling")
    (False, False)
    """
    nxt = _RX_NEXT_WORD.match(after)
    if nxt is None:
        return False
    word = nxt.group(1)
    if word in _NOT_NOUN_AFTER or word.endswith(("ly", "ing")):
        return False
    words = _last_words(before, 3)
    if not words:
        return False
    last = words[-1]
    low = last.lower()
    if low in _AUXILIARIES or not (last[:1].isalpha() or last[:1].isdigit()):
        return False
    if low in _DETERMINERS or low in _PREPOSITIONS:
        return True         # 'the reported attack', 'following reported strikes'
    if (low in _SUPERLATIVES or last.islower() and low.endswith("est") and len(low) > 4) and len(words) > 1 \
            and (words[-2].lower() in _DETERMINERS or words[-2].endswith(("'s", "’s"))):
        return True         # 'the worst reported attack', "the army's latest confirmed toll" (not 'Most condemned it')
    if low.endswith("ly") and len(words) > 1 and (words[-2].lower() in _DETERMINERS or words[-2].endswith(("'s", "’s"))):
        return True         # 'the widely reported clash', "Moscow's widely disputed claims"
    if _numeral(last):
        return len(words) > 1 and _opens_inside_clause(words[-2])    # 'the four confirmed deaths', not 'Four reported'
    return low in _IRREGULAR_PAST     # 'made repeated attempts' (a past in '-ed' may end a subject: 'Residents interviewed')


#: a content clause after the noun ('reports that ...', 'claims by the rebels that ...', 'charges of'): the golds
#: give the statement to the noun's owner, which the cue readings find
_RX_CONTENT_AFTER = re.compile(r"\s*(?:that\b|by\b|of\b|\ue000|:)")
#: a form of 'be' before a participle: the end of a passive clause ('who asked not to be named recalls ...')
_BE = frozenset(("be", "been", "being", "is", "are", "was", "were", "get", "got"))


def reporting_noun(before: str, form: str, after: str) -> bool:
    """Rule `reporting_noun`: whether a cue form in '-s' is the plural noun (`before`, `after`: the sentence before and
    after it): after a word no subject ends with (a quantifier, a numeral, an adjective of number, time or certainty,
    a preposition, a past verb or a participle in '-ed' or '-ing'). `after` is not read: a plural opening a clause
    with its own verb ('Reports emerged that ...') stays the source the golds give it.

    >>> reporting_noun("Most ", "estimates", " ran as high as 100"), reporting_noun("but unofficial ", "estimates", " put it at 90")
    (True, True)
    >>> reporting_noun("the Red Cross said, as new ", "reports", " strengthened fears"), reporting_noun("the army issued scattered ", "reports", " about the raid")
    (True, True)
    >>> reporting_noun("transformed the marches into ", "demands", " for justice"), reporting_noun("As the fighting spread, ", "reports", " emerged that")
    (True, False)

    Not a verb after its subject ('The ministry estimates that', 'Amnesty reports that'), nor a form no noun shares,
    nor a noun with its content ('received reports that ten died': the golds give that statement a speaker):

    >>> reporting_noun("The ministry ", "estimates", " that 90 died"), reporting_noun("Amnesty ", "reports", " that the town fell")
    (False, False)
    >>> reporting_noun("new ", "says", " that"), reporting_noun("The governor ", "demands", " an inquiry")
    (False, False)
    >>> reporting_noun("they received ", "reports", " that ten died"), reporting_noun("who asked not to be named ", "recalls", " it")
    (False, False)
    """
    if form.lower() not in PLURAL_NOUN_FORMS or _RX_CONTENT_AFTER.match(after):
        return False        # 'confirmed widespread reports that ...', 'denied claims by the rebels that ...': a content
    words = _last_words(before, 2)
    last = words[-1] if words else ""
    low = last.lower()
    if last.islower() and last.isalpha() and (
            low in _QUANTIFIERS or low in _ADJECTIVES or low in _PREPOSITIONS or low in _IRREGULAR_PAST
            or (low.endswith(("ed", "ing")) and low not in _AUXILIARIES
                and not (len(words) > 1 and words[-2].lower() in _BE))):
        return True         # 'Most estimates', 'new reports', 'into demands', 'received reports', 'scattered reports'
    if last[:1].isdigit() or (low in _QUANTIFIERS or low in _ADJECTIVES) and last[:1].isupper():
        return True         # 'Most estimates ran', 'Trustworthy reports from the front', '300 reports'
    return False


def noun_phrase_cue(before: str, form: str, after: str) -> bool:
    """Whether a cue form is a word of a noun phrase, not the verb of a statement: rule `attributive_participle` for
    a participle in '-ed', rule `reporting_noun` for a form in '-s' (`before`, `after`: the sentence around it).

    >>> noun_phrase_cue("Officials said the four ", "confirmed", " deaths were soldiers"), noun_phrase_cue("Four ", "reported", " seeing it")
    (True, False)
    """
    if form.endswith("ed"):
        return attributive_participle(before, after)
    if form.endswith("s"):
        return reporting_noun(before, form, after)
    return False


def noun_phrase_source(who: str, verb: str) -> str | None:
    """Rule `reporting_noun` where the casualty layer reads a sentence's opening as 'WHO VERB' (its source phrase):
    when VERB is the plural noun after WHO ('Most estimates ran as high as 100 dead'), the whole noun phrase is the
    source, not WHO alone; None when VERB is a verb after its subject ('The ministry estimates ...').

    >>> noun_phrase_source("Most", "estimates"), noun_phrase_source("The ministry", "estimates")
    ('Most estimates', None)
    """
    return f"{who} {verb}" if reporting_noun(who + " ", verb, "") else None
