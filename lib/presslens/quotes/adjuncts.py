"""Named rule for a cue followed only by an adjunct ('"...," Major X said late on Sunday', '"...," X told a
news conference', '..., the official said on condition of anonymity'): the adjunct is no content, and the
statement is the quote or clause before the speaker.
"""
from __future__ import annotations

import re

_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)"
_WHEN = (r"(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?" + _DAY + r"(?:\s+(?:morning|afternoon|evening|night))?"
         r"|(?:late|early|earlier|later)\s+(?:on\s+)?(?:in\s+the\s+)?(?:day|morning|afternoon|evening|night|week)")

#: what may follow a cue without being its content, alone or one after another
_RX_ADJUNCT_TAIL = re.compile(r"""
    ^(?:[\s,]*(?:
        """ + _WHEN + r"""                                                    # 'late on Sunday', 'on Monday'
      | on\s+condition\s+of\s+anonymity|speaking\s+on\s+condition\s+of\s+anonymity
      | (?:to\s+|at\s+)?(?:a|the)\s+(?:news|press)\s+(?:conference|briefing)(?:\s+in\s+[A-Z][\w\-]+)?   # the event
      | in\s+(?:a|the)\s+(?:[\w\-]+\s+){0,2}?(?:note|statement|briefing)(?:\s+(?:for|to)\s+(?:reporters|journalists))?
            (?:\s+in\s+[A-Z][\w\-]+)?                                        # 'in a briefing note for reporters in Geneva'
      | (?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:news\s+agency|agency|TV\s+channel|television|radio|newspaper|reporters|journalists)
      | (?:in|on|to)\s+(?:the\s+)?(?:local|state|national|official|[A-Z][\w\-]*)?\s*     # 'in local publication Kloop'
        (?:publication|newspaper|daily|weekly|outlet|website|TV|television|radio)(?:\s+[A-Z][\w'’\-]*){0,3}
    ))+[\s,.]*$""", re.X)


def adjunct_only(after: str) -> bool:
    """Whether the words after a cue are adjuncts only (time, anonymity, the event, the outlet told).

    >>> adjunct_only("late on Sunday"), adjunct_only("a news conference"), adjunct_only("on condition of anonymity")
    (True, True, True)
    >>> adjunct_only("in a briefing note for reporters in Geneva"), adjunct_only("news agency on Monday")
    (True, True)
    >>> adjunct_only("in local publication Kloop"), adjunct_only("on state TV on Sunday")
    (True, True)
    >>> adjunct_only("the semi-official Kavir news agency")
    True
    >>> adjunct_only("the militia had withdrawn on Sunday"), adjunct_only("that 12 died")
    (False, False)
    """
    return bool(after) and _RX_ADJUNCT_TAIL.match(after) is not None


#: what opens an adjunct clause or phrase after a sentence-final cue: 'as fighting raged', 'among angry people'
_RX_ADJUNCT_OPENER = re.compile(r"(?:as|while|when|amid|among|despite|following|after|before|outside|inside|near|"
                                r"standing|speaking|surrounded)\b(?!\s+(?:many|much|few|well|long|soon|far|to|of)\b)")
#: a finite verb or 'that' among the first words: the words after the cue are a clause, its content
_RX_CLAUSE_START = re.compile(r"^(?:\S+\s+){0,2}?(?:that|is|are|was|were|had|has|have|will|would|could)\b")


#: a lead that is itself an attribution ('According to the ministry', 'As per officials', 'Citing witnesses'): a
#: source, never a fronted statement
_RX_ATTRIBUTION_LEAD = re.compile(r"(?:[Aa]ccording\s+to|[Aa]s\s+per|[Pp]er|[Cc]iting|[Qq]uoting)\s")
#: cue lemmas (data/lexicons/cues.yaml) whose object takes 'as' ('described the raid as "a massacre"', 'termed it
#: as ...'): 'as' there opens the content's predicate, not an adjunct
AS_PREDICATE_LEMMAS = frozenset({"describe", "term", "call"})


def adjunct_after_fronted(lead: str, after: str, quote_lead: bool, lemma: str = "") -> bool:
    """Rule `adjunct_after_fronted`: the statement stands before its speaker ('"Q," X told Reuters', 'A clause,
    the army said') and the words after the cue are an adjunct, not a second content: a phrase or clause
    opened by a preposition or subordinator ('among angry people in the square', 'as fighting raged at the
    airport'), or, after a quote, a short remnant of a channel ('messaging app' of 'on the Telegram messaging
    app'). A clause lead must be a clause of its own (five words or more).

    >>> adjunct_after_fronted("Six soldiers have been killed in the past day", "as fighting raged at the airport", False)
    True
    >>> adjunct_after_fronted("\ue000\ue000\ue000", "messaging app", True), adjunct_after_fronted("\ue000\ue000", "among angry people", True)
    (True, True)
    >>> adjunct_after_fronted("Six soldiers have been killed in the past day", "as many as 20 were wounded", False)
    False
    >>> adjunct_after_fronted("\ue000\ue000\ue000", "the army had withdrawn", True)
    False

    Not when the lead is an attribution ('According to the Moroccan government, the raid hit what it described
    as "militant camps"': the lead names the source) or the cue takes 'as' ('described ... as ...'):

    >>> adjunct_after_fronted("According to the Moroccan government", "as militant camps in the desert", False)
    False
    >>> adjunct_after_fronted("The raid hit targets near the berm", "as militant camps in the desert", False, "describe")
    False
    """
    if not after or _RX_CLAUSE_START.match(after) or _RX_ATTRIBUTION_LEAD.match(lead):
        return False
    if lemma in AS_PREDICATE_LEMMAS and after.startswith("as "):
        return False
    if _RX_ADJUNCT_OPENER.match(after):
        return quote_lead or len(lead.split()) >= 5
    return quote_lead and len(after.split()) <= 3 and after[:1].islower() and after.split()[0] not in ("the", "a", "an")


#: what opens a verbless adjunct after a sentence-final credit: a place, a channel or a document's release
#: ('of': what the words were about, 'said of the transfer'; 'cited', 'quoted': who relayed them, 'in a statement
#: cited by The Standard')
_ADJUNCT_PHRASE_OPENERS = frozenset(("here", "there", "in", "on", "at", "from", "via", "during", "through", "of",
                                     "released", "issued", "published", "posted", "carried", "broadcast", "aired",
                                     "cited", "quoted"))
#: words that make the phrase a clause (its own verb): then the words are content, not an adjunct
_CLAUSE_WORDS = frozenset(("that", "is", "are", "was", "were", "had", "has", "have", "will", "would", "could", "can",
                           "may", "might", "did", "do", "does", "been", "be", "fell", "hit", "shot", "fled", "left",
                           "took", "came", "went", "saw", "began", "won", "lost", "struck", "says", "said"))
#: the participles of _ADJUNCT_PHRASE_OPENERS: the only words in '-ed' an adjunct may hold ('a report released Tuesday')
_RELEASE_PARTICIPLES = frozenset(("released", "issued", "published", "posted", "carried", "aired", "cited", "quoted"))


def verbless_adjunct(after: str) -> bool:
    """Rule `verbless_adjunct_after_credit`: the words after a sentence-final credit ('..., an army spokesman said
    here today', '..., the ministry said in a statement released on Saturday', '..., X reported from the Iraqi
    capital') are a phrase without a verb of its own, opened by a place word, a preposition or a document's release
    participle, ten words at most: an adjunct, not the statement.

    >>> verbless_adjunct("here today"), verbless_adjunct("released on Saturday"), verbless_adjunct("from the Iraqi capital")
    (True, True, True)
    >>> verbless_adjunct("in a report released Tuesday")
    True

    The topic ('said of the transfer on Twitter'), the relay ('cited by The Standard') and, after 'told' and its
    hearer, the channel ('told Reuters via telephone from Poso') are adjuncts too:

    >>> verbless_adjunct("of the transfer on Twitter on Friday"), verbless_adjunct("cited by The Standard")
    (True, True)
    >>> verbless_adjunct("via telephone from Poso")
    True
    >>> verbless_adjunct("of the 20 dead, 12 were civilians"), verbless_adjunct("quoted by state radio as saying 12 died")
    (False, False)

    Not a clause (its own verb or 'that'), nor an object, nor a long tail:

    >>> verbless_adjunct("in the town 20 people died"), verbless_adjunct("on Monday that 12 died")
    (False, False)
    >>> verbless_adjunct("the rebels had withdrawn"), verbless_adjunct("in Goma the rebels hit the camp")
    (False, False)
    >>> verbless_adjunct("in a long statement read out on state television by a spokesman of the ministry today")
    False
    """
    words = after.lower().replace(",", " ").split()
    if not words or len(words) > 10 or words[0] not in _ADJUNCT_PHRASE_OPENERS or "\ue000" in after:
        return False
    return not any(w in _CLAUSE_WORDS or (w.endswith("ed") and w not in _RELEASE_PARTICIPLES) for w in words)
