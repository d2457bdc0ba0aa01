"""Named rules for the span of a speaker phrase: which of its words are the speaker. A page's dateline glued
before the subject ('LISBON, Portugal (AP) _ Three veterans told'), a time word between the subject and its verb
('Palestine guerillas to-day reported', 'Chief Minister Tarun Gogoi Tuesday said termed'), a reporting verb of the
subject's own before a word read as the cue ('The Taleban Ambassador to Pakistan says alleged ...'): the speaker is
the subject, and the other words are cut off the phrase.

Each rule answers with the offset in the phrase where the subject starts (a lead cut off) or the subject itself
(a tail cut off), or None when the phrase is left as it stands.
"""
from __future__ import annotations

import re

#: rule `dateline_lead`: a dateline glued before the subject. (1) A wire's credit in brackets with its dash or
#: underscore, anywhere in the phrase ('Portugal (AP) _ Three veterans', '2000 -- (Reuters) Local Serb
#: officials'); a bracket with no dash is an acronym and stays ('the National Resistance Front (NRF) spokesman').
#: (2) A dateline in capitals, its place and country apart by a comma ('BEIJING, CHINA Officials'). (3) An
#: agency's code and a place before a sentence's 'The' ('NZPA Salisbury The Rhodesian Military Command')
_RX_CREDIT_DASH = re.compile(r"""
      \([A-Z][\w/.&\- ]{0,20}\)\s*[-\u2013\u2014_]{1,2}\s*        # '(AP) _ ', '(Reuters) - '
    | [-\u2013\u2014]{1,2}\s*\([A-Z][\w/.&\- ]{0,20}\)\s*         # '-- (Reuters) '
    """, re.X)
_RX_CAPS_DATELINE = re.compile(r"""
    ^(?:[A-Z][A-Z'.\-]+\s+){0,2}[A-Z][A-Z'.\-]{2,},\s+            # 'BEIJING, ', 'ADDIS ABABA, '
     (?:[A-Z][A-Z'.\-]+\s+){1,2}                                  # 'CHINA '
     (?=[A-Z][a-z])                                               # the subject: 'Officials'
    """, re.X)
#: the same dateline when the phrase starts after its comma ('BEIJING, ' before 'CHINA Officials'): the text before
#: the phrase ends in a word in capitals and a comma at a line's start
_RX_CAPS_BEFORE = re.compile(r"(?:^|\n)\s*(?:[A-Z][A-Z'.\-]+\s+){0,2}[A-Z][A-Z'.\-]{2,},\s*$")
_RX_CAPS_WORDS = re.compile(r"^(?:[A-Z][A-Z'.\-]{2,}\s+){1,2}(?=[A-Z][a-z])")
_RX_CODE_PLACE_THE = re.compile(r"""
    ^(?:(?:[A-Z][\w.\-]*|\d{1,4})\s+){1,3}                         # 'NZPA Salisbury ', '11 ': no lower-case word
     (?=The\s+\S)                                                 # a sentence's first word
    """, re.X)


def dateline_lead(phrase: str, before: str = "") -> int | None:
    """Rule `dateline_lead`: where the subject starts after a dateline glued before it, or None (`before`: the
    article's text just before the phrase).

    >>> p = "Argentina (AP) _ Three veterans"; p[dateline_lead(p):]
    'Three veterans'
    >>> p = "2000 -- (Reuters) Local Serb officials in the valley"; p[dateline_lead(p):]
    'Local Serb officials in the valley'
    >>> p = "BEIJING, CHINA Officials"; p[dateline_lead(p):]
    'Officials'
    >>> p = "CHINA Officials"; p[dateline_lead(p, "Report: 10 dead\\n\\nBEIJING, "):]
    'Officials'
    >>> dateline_lead("NATO Officials", "The alliance said. "), dateline_lead("NATO Officials", "Spokesman, ")
    (None, None)
    >>> p = "NZPA Salisbury The Rhodesian Military Command"; p[dateline_lead(p):]
    'The Rhodesian Military Command'

    A bracketed acronym, a body's own capitals and 'of The' stay:

    >>> dateline_lead("the National Resistance Front (NRF) spokesman") is None
    True
    >>> dateline_lead("UNITA rebels"), dateline_lead("Voice of The People"), dateline_lead("The Rhodesian command")
    (None, None, None)
    """
    if "(" in phrase:
        found = None
        for found in _RX_CREDIT_DASH.finditer(phrase):
            pass
        if found is not None and found.end() < len(phrase) and phrase[found.end()].isupper():
            return found.end()
    if "," in phrase[:40]:
        mt = _RX_CAPS_DATELINE.match(phrase)
        if mt is not None:
            return mt.end()
    if before.endswith(", ") and phrase[:2].isupper() and _RX_CAPS_BEFORE.search(before):
        mt = _RX_CAPS_WORDS.match(phrase)
        if mt is not None:
            return mt.end()
    if " The " in phrase:
        mt = _RX_CODE_PLACE_THE.match(phrase)
        if mt is not None:
            return mt.end()
    return None


#: rule `time_after_subject`: a time word between the subject and its verb ('Tarun Gogoi Tuesday said', 'Palestine
#: guerillas to-day', 'A rebel group earlier this week'); what follows it may only be the subject's own reporting verb
#: or an adverb. A time word after 'the', 'a', 'of' or a possessive modifies a noun ('the Tuesday attack') and stays
_RX_TIME_AFTER = re.compile(r"""
    ^(?P<subject>.*?\S)
    (?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bof)(?<!['\u2019]s)(?<!\bsince)(?<!\buntil)(?<!\bby)
    ,?\s+(?:(?:on|late|early|earlier)\s+)?
    (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Tt]o-?day|[Yy]esterday|[Tt]o-?night
       |last\s+(?:week|month|year|night)|this\s+(?:week|month|year|morning|afternoon|evening)
       |earlier\s+(?:this|in\s+the)\s+(?:week|month|year|day))
    (?:\s+(?:morning|afternoon|evening|night))?
    (?:,?\s+(?:also|again|further|later|said|says|say|has|had|have))*
    \s*$""", re.X)
#: the gate: one of the time words' stems (every weekday, 'today' and 'yesterday' hold 'day')
_RX_TIME_GATE = re.compile(r"day|night|week|month|year")


#: a document's head: 'An official report last year suggested' is left to the document rules with its time word
_DOCUMENT_HEADS = frozenset(("report", "reports", "statement", "communique", "communiqué", "figures", "study", "survey",
                             "tally", "count", "data", "account", "video", "post", "message", "letter", "broadcast"))


def time_after_subject(phrase: str, cue: str = "said") -> str | None:
    """Rule `time_after_subject`: the subject before a time word that ends the phrase, or None. An 'according to'
    phrase has no verb for a time word to stand before ('according to India today': an outlet's name), and a
    document's time is left to the document rules.

    >>> time_after_subject("Chief Minister Tarun Gogoi Tuesday said"), time_after_subject("Palestine guerillas to-day")
    ('Chief Minister Tarun Gogoi', 'Palestine guerillas')
    >>> time_after_subject("A rebel group earlier this week"), time_after_subject("the governor on Monday")
    ('A rebel group', 'the governor')
    >>> time_after_subject("survivors of the Tuesday"), time_after_subject("Tuesday")
    (None, None)
    >>> time_after_subject("the group's Sunday"), time_after_subject("witnesses since yesterday")
    (None, None)
    >>> time_after_subject("India today", "according to"), time_after_subject("A new report last week")
    (None, None)
    """
    if _RX_TIME_GATE.search(phrase) is None or cue.lower().startswith("according"):
        return None
    mt = _RX_TIME_AFTER.match(phrase)
    if mt is None:
        return None
    subject = mt.group("subject").rstrip(" ,")
    if not subject or not subject[-1].isalnum() or subject.split()[-1].lower() in _DOCUMENT_HEADS:
        return None
    return subject


#: rule `subject_before_say`: the subject's own reporting verb inside the phrase, before a word read as the cue
#: ('The Taleban Ambassador to Pakistan says alleged ...', 'Sikh militants say members ... escape alleged ...'):
#: the subject is the noun phrase before the verb (no verb, no clause, no comma of its own)
_RX_SUBJECT_SAY = re.compile(r"""
    ^(?P<subject>(?:[Tt]he\s+|[Aa]n?\s+)?
       (?:[A-Z][\w\-\u2019'.]*|[a-z][\w\-]*)                            # the subject's first word
       (?:\s+(?:[A-Z][\w\-\u2019'.]*|of|for|to|in|and|[a-z][\w\-]*)){0,5}?)   # up to five more words
    \s+(?:also\s+|again\s+|further\s+)?(?:says|said|say|tells|told)\b
    """, re.X)
#: words that make the words before the verb a clause, not a noun phrase: its own verb, a relative, a pronoun
_CLAUSE_WORDS = frozenset(("who", "whom", "which", "that", "what", "where", "when", "as", "if", "while", "is", "are",
                           "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might",
                           "he", "she", "it", "they", "we", "i", "you", "not", "after", "before", "because"))


def subject_before_say(phrase: str) -> str | None:
    """Rule `subject_before_say`: the subject of a phrase that holds the subject's own 'says' / 'said' before the
    word read as the cue, or None.

    >>> subject_before_say("The Taleban Ambassador to Pakistan says"), subject_before_say("Ambassador Zaeef also says")
    ('The Taleban Ambassador to Pakistan', 'Ambassador Zaeef')
    >>> subject_before_say("Sikh militants say members of their faith need a separate state to escape")
    'Sikh militants'

    A clause before the verb (a relative, a pronoun, a verb of its own) is no subject:

    >>> subject_before_say("the man who police said"), subject_before_say("It said")
    (None, None)
    >>> subject_before_say("the village where witnesses said"), subject_before_say("The army has said")
    (None, None)
    """
    if " sa" not in phrase and " tel" not in phrase and " tol" not in phrase:
        return None
    mt = _RX_SUBJECT_SAY.match(phrase)
    if mt is None:
        return None
    subject = mt.group("subject")
    words = subject.lower().split()
    if any(w in _CLAUSE_WORDS for w in words) or any(w.endswith("ed") and i > 0 for i, w in enumerate(words)):
        return None
    return subject


#: rule `first_conjunct_named`: a named speaker and another coordinated under one cue ('Amnesty International and
#: the U.N. Commission for Human Rights reported', 'GAM and media reports', 'the army and survivors said'): the
#: first speaks (the golds name the first conjunct: docs/annotation.md, eval/SPEAKER_FAMILIES.md family F). The
#: first is a name of two capitalised words or more, an acronym, or 'the' and one noun; the second opens on 'the'
#: or a lower-case word, so that 'Bosnia and Herzegovina' and 'Red Cross and Red Crescent' stay one name; 'X and
#: other local media' is one group, as the golds keep it (real rb03, real13/tolls r13t_10)
_RX_FIRST_CONJUNCT = re.compile(r"""
    ^(?P<first>
        (?:[a-z]+\s+){0,2}(?:[A-Z][\w\u2019'.\-]*\s+){1,4}[A-Z][\w\u2019'.\-]*   # 'state Gov. Claudio Castro', 'Amnesty International'
      | (?:[Tt]he\s+)?(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})                            # 'GAM', 'U.S.', 'the UN'
      | [Tt]he\s+[a-z]+                                                           # 'the army'
    )
    \s+and\s+
    (?!other\b)                                                                  # 'X and other media': one group
    (?P<second>(?:the\s+|[a-z])[\w\u2019'.\-]*(?:\s+[\w\u2019'.\-]+){0,7})$
    """, re.X)


def first_conjunct(phrase: str) -> str | None:
    """Rule `first_conjunct_named`: the first of two coordinated speakers when it is named, or None.

    >>> first_conjunct("Amnesty International and the U.N. Commission for Human Rights")
    'Amnesty International'
    >>> first_conjunct("state Gov. Claudio Castro and police"), first_conjunct("GAM and media reports")
    ('state Gov. Claudio Castro', 'GAM')
    >>> first_conjunct("the army and survivors"), first_conjunct("BBC Burmese and other local media")
    ('the army', None)

    One name with 'and' inside, a single capitalised word and two common nouns stay:

    >>> first_conjunct("Bosnia and Herzegovina"), first_conjunct("Red Cross and Red Crescent Societies")
    (None, None)
    >>> first_conjunct("Search and rescue teams"), first_conjunct("doctors and nurses")
    (None, None)
    """
    if " and " not in phrase:
        return None
    mt = _RX_FIRST_CONJUNCT.match(phrase)
    return mt.group("first") if mt is not None else None
