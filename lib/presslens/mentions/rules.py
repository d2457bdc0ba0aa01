"""Named rules for speaker and source phrases that are not names as they stand: each turns a phrase into
(kind, core) before the general classification (mentions.phrases), or returns None to pass.

A rule's kind is one of the classifier's (pronoun, anaphor, role, name, unnamed, none), `document` (a
document or event without its author: 'the message', 'a briefing'), `possessive_role` ('the province's
governor'), or `reclassify` (classify the core instead: the author of 'the latest figures of the
directorate').
"""
from __future__ import annotations

import re

from ..actors import country_of, fold
from .descriptors import body_descriptor, provenance_modifier
from .lexicon import ORG_ANAPHORS, ROLE_WORDS
from .unnamed import placed_source

#: object and possessive forms of the personal pronouns ('according to him', 'told them')
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "i"}

#: words that name a document or an event that speaks for its author
DOCUMENT_WORDS = ("statement|statements|report|reports|message|messages|tweet|tweets|post|posts|video|videos|"
                  "communiqu[eé]|letter|bulletin|update|press\\s+release|release|announcement|audio|recording|"
                  "briefing|news\\s+conference|press\\s+conference|figures|data|tally|toll|count|estimates?|records|"
                  "statistics|list|assessment|notice|issue|edition|account")

_RX_OBJECT_PRONOUN = re.compile(r"(?:him|her|them|us|me)", re.I)

#: a name and the adverbs a subject may carry before its cue ('Okafor also', 'Mensah meanwhile')
_RX_NAME_ADVERB = re.compile(r"""
    (?P<name>(?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w'’\-]*)      # a capitalised name of one to four words
    (?:\s+(?:also|too|meanwhile|however|though|likewise|instead|nonetheless|nevertheless|therefore|still|
            himself|herself|itself|themselves|alone|in\s+turn|
            (?!(?:family|ally|assembly|daily|weekly|monthly|rally|supply|italy|only|early|elderly)\b)[a-z]+ly))+
                                                                    # one or more adverbs (not nouns in -ly)
    """, re.X)

#: a time or date at the end of a phrase ('a briefing on Tuesday', 'a statement late on Monday')
_RX_TIME_TAIL = re.compile(r"""
    \s+(?:(?:on|late|early|last|this|earlier|from|of)\s+)*   # 'on', 'late on', 'earlier this'
    (?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?
       |(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}
       |\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)
       |yesterday|today|tonight|week|weekend|month|night|morning)
    (?:,?\s+\d{4})?$""", re.X)

#: a document or event and its author: 'the latest figures of the directorate', 'a tweet by the governor'
_RX_DOCUMENT_OF = re.compile(r"""
    ^(?:(?:an?|the|its|their|his|her)\s+)?(?:[\w'’\-]+\s+){0,3}?  # determiner and up to three modifiers
    (?:""" + DOCUMENT_WORDS + r""")
    \s+(?:from|by|of|in(?=\s+(?:[\w'’]+\s+(?:issue|edition)\b|the\s+(?:[\w\-]+\s+){0,2}?(?:newspaper|weekly|daily|paper|
                                  magazine|newssheet|[A-Z])))|issued\s+by|released\s+by|published\s+by|posted\s+by|given\s+by|held\s+by|compiled\s+by)\s+
    (?P<author>.+)$""", re.X | re.I)

#: the author's possessive before the document: "the governor's message", "Bello's tweet"
_RX_AUTHOR_DOCUMENT = re.compile(r"^(?P<author>(?:the\s+)?.+?)['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:" + DOCUMENT_WORDS + r")$", re.I)

#: a document named with its author as a modifier: 'an ISPR statement', 'a Taliban statement', 'an army statement'
_RX_MODIFIER_AUTHOR = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+(?P<author>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3}|[a-z]+)\s+"
                                 r"(?:" + DOCUMENT_WORDS + r")$")

#: a document or event alone: 'the message', 'a briefing', 'the latest report', 'a video posted online'
_RX_DOCUMENT_ALONE = re.compile(r"^(?:an?|the|this|that|its|their|one)\s+(?:[\w\-]+\s+){0,2}?(?:" + DOCUMENT_WORDS + r")"
                                r"(?:\s+(?:posted|released|published|issued|shared|circulated)\s+(?:online|later|on\s+\S+))?$", re.I)

#: a role held in a place or body named by its common noun: "the province's governor", "the group's spokesman"
_RX_POSSESSIVE_ROLE = re.compile(r"^(?:the\s+)?(?:[a-z][\w\-]*)['’]s\s+(?:(?:[a-z][\w\-]*)\s+){0,2}?(?P<role>[a-z][\w\-]*)$", re.I)

#: an outlet named before the kind of outlet it is: 'REUTERS news agency', 'the Anadolu news agency', 'the official
#: Xinhua news agency', 'El Watan newspaper', 'the privately owned Daily Observer daily' (rule `news_agency`)
_RX_NEWS_AGENCY = re.compile(r"""
    ^(?:the\s+)?
    (?:(?:(?:[Ss]tate|[Gg]overnment|[Pp]rivately)[\s\-](?:owned|run)|[Ss]emi-official|[Oo]fficial|[Ss]tate|
          [Ii]ndependent|[Pp]rivate|[Pp]ro-government|[Oo]pposition|[Ll]ocal|[Rr]egional|[Oo]nline)\s+){0,2}  # its kind
    (?P<name>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})                          # the outlet's name
    \s+(?:news\s+agency|newspaper|daily|weekly|news\s+(?:website|site|portal))$     # what it is, in lower case
    """, re.X)


#: a unit of a body, with its owner's possessive and often an ordinal: "the SPLA's 3rd Division", "the army's
#: 25th Mechanised Brigade", "the command of the KLA's 2nd Operational Zone"
_RX_UNIT_OF_BODY = re.compile(r"""
    ^(?:the\s+)?(?:(?:command|headquarters|leadership|commander)\s+of\s+the\s+)?   # 'the command of the'
    (?P<owner>[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){0,3}|army|military|navy|police)['’]s\s+   # the body's possessive
    (?P<unit>(?:\d{1,3}(?:st|nd|rd|th)\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})    # '6th Infantry Division'
    (?:\s+(?:in|at|based\s+in|near)\s+.*)?$                                     # where it is
    """, re.X)
#: the last word of a unit's name
_UNIT_HEADS = frozenset(("division", "brigade", "battalion", "regiment", "corps", "command", "zone", "company",
                         "squadron", "unit", "army", "group", "force", "forces", "fleet", "platoon", "detachment"))


def unit_of_body(p: str) -> tuple[str, str] | None:
    """A unit named with its body's possessive is the unit, the body's name kept when it is a name
    ("the SPLA's 3rd Division" -> "SPLA's 3rd Division"; "the army's 25th Brigade" -> '25th Brigade'; 'the
    command of the X's 2nd Zone' -> the unit).

    >>> unit_of_body("the SPLA's 3rd Infantry Division"), unit_of_body("the army's 25th Mechanised Brigade")
    (('name', "SPLA's 3rd Infantry Division"), ('name', '25th Mechanised Brigade'))
    >>> unit_of_body("the command of the KLA's 2nd Operational Zone in Drenica")
    ('name', "KLA's 2nd Operational Zone")
    >>> unit_of_body("Serbia's President Milosevic") is None, unit_of_body("Mozambique's Joint Task Force") is None
    (True, True)
    """
    if "s " not in p:
        return None
    mt = _RX_UNIT_OF_BODY.match(p)
    if mt is None or fold(mt.group("unit").split()[-1]) not in _UNIT_HEADS \
            or not (mt.group("unit")[:1].isdigit() or mt.group("owner")[:1].islower()):
        return None     # a numbered unit, or a unit of 'the army': "Mozambique's Joint Task Force" is a body's name
    owner = mt.group("owner")
    return "name", (owner + "'s " + mt.group("unit")) if owner[:1].isupper() else mt.group("unit")


def object_pronoun(p: str) -> tuple[str, str] | None:
    """'him', 'her', 'them' stand for the person or group they refer to.

    >>> object_pronoun("him"), object_pronoun("Them")
    (('pronoun', 'he'), ('pronoun', 'they'))
    """
    if _RX_OBJECT_PRONOUN.fullmatch(p):
        return "pronoun", OBJECT_PRONOUNS[p.lower()]
    return None


def name_then_adverb(p: str) -> tuple[str, str] | None:
    """A name with the adverb that stood between it and its cue is the name ('Okafor also said').

    >>> name_then_adverb("Okafor also"), name_then_adverb("Brigadier Tunde Okafor meanwhile")
    (('reclassify', 'Okafor'), ('reclassify', 'Brigadier Tunde Okafor'))
    >>> name_then_adverb("Okafor family") is None
    True
    """
    mt = _RX_NAME_ADVERB.fullmatch(p)
    if mt and fold(mt.group("name").split()[0]) not in ("the", "a", "an"):
        return "reclassify", mt.group("name")
    return None


def time_tail(p: str) -> tuple[str, str] | None:
    """A time or date at the end of a phrase is not the speaker's name ('a briefing on Tuesday').

    >>> time_tail("a briefing on Tuesday"), time_tail("Tuesday")
    (('reclassify', 'a briefing'), ('none', 'Tuesday'))
    """
    mt = _RX_TIME_TAIL.search(" " + p)
    if mt is None:
        return None
    rest = (" " + p)[:mt.start()].strip(" ,")
    return ("reclassify", rest) if rest else ("none", p)


def document_of_author(p: str) -> tuple[str, str] | None:
    """A document, event or data set with its author is the author's ('the latest figures of the Health
    Directorate', 'a tweet by the governor', "Bello's message", 'an army statement').

    >>> document_of_author("the latest figures of the directorate")
    ('reclassify', 'the directorate')
    >>> document_of_author("Governor Amina Bello's message")
    ('reclassify', 'Governor Amina Bello')
    >>> document_of_author("An ISPR statement"), document_of_author("an army statement"), document_of_author("a new statement")
    (('reclassify', 'ISPR'), ('reclassify', 'the army'), None)
    """
    mt = _RX_DOCUMENT_OF.match(p) or _RX_AUTHOR_DOCUMENT.match(p)
    if mt is None:
        mt = _RX_MODIFIER_AUTHOR.match(p)
        if mt is None:
            return None
        author = mt.group("author")
        if author[:1].islower():    # 'an army statement' -> the army; 'a new statement' is no one's yet
            return ("reclassify", "the " + author) if author in ORG_ANAPHORS else None
        return "reclassify", author
    author = mt.group("author").strip(" ,")
    if fold(author) in ("the", "a", "an", "its", "his", "her", "their", "our") or not author:
        return None
    return "reclassify", author


def document_alone(p: str) -> tuple[str, str] | None:
    """A document or event without its author ('the message', 'a briefing'): its author is found in the
    article (mentions.layer).

    >>> document_alone("The message"), document_alone("a video posted online")
    (('document', 'message'), ('document', 'video'))
    """
    mt = _RX_DOCUMENT_ALONE.match(p)
    if mt is None:
        return None
    head = re.search(r"(?:" + DOCUMENT_WORDS + r")", p[p.find(" ") + 1:], re.I)
    return "document", fold(head.group(0)) if head else "statement"


def possessive_role(p: str) -> tuple[str, str] | None:
    """A role of a place or body named by its common noun ("the province's governor", "the group's
    spokesman"): the person named with that role.

    >>> possessive_role("the province's governor"), possessive_role("the army's statement") is None
    (('possessive_role', 'governor'), True)
    """
    mt = _RX_POSSESSIVE_ROLE.match(p)
    if mt is None or p[:1].isupper() and not p.lower().startswith("the "):
        return None
    role = fold(mt.group("role"))
    return ("possessive_role", role) if role in ROLE_WORDS else None


def news_agency(p: str) -> tuple[str, str] | None:
    """An outlet named before the words 'news agency' is the outlet ('REUTERS news agency').

    >>> news_agency("the REUTERS news agency"), news_agency("the official Xinhua news agency")
    (('name', 'REUTERS'), ('name', 'Xinhua'))
    >>> news_agency("El Watan newspaper"), news_agency("the Kenyan daily"), news_agency("Le Pays daily")
    (('name', 'El Watan'), None, ('name', 'Le Pays'))
    """
    mt = _RX_NEWS_AGENCY.match(p)
    if mt is None or country_of(mt.group("name")) is not None:
        return None     # 'the Kenyan daily': a nationality, no outlet's name
    return "name", mt.group("name")


#: a party named inside a description of it: 'the ruling Fretilin party', 'the opposition MDC party'
_RX_PARTY_NAME = re.compile(r"^(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}(?P<name>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})\s+party$")


def party_name(p: str) -> tuple[str, str] | None:
    """Rule `party_name`: a party's name between its description and the word 'party' in lower case is the
    speaker ('the ruling Fretilin party' -> Fretilin); a nationality there names no party.

    >>> party_name("the ruling Fretilin party"), party_name("the opposition MDC party"), party_name("the Angolan party")
    (('name', 'Fretilin'), ('name', 'MDC'), None)
    >>> party_name("the Labour Party") is None
    True
    """
    mt = _RX_PARTY_NAME.match(p)
    if mt is None or country_of(mt.group("name")) is not None:
        return None
    return "name", mt.group("name")


#: the rules in the order they are tried (mentions.descriptors: a body described, not named)
PHRASE_RULES = (object_pronoun, news_agency, party_name, unit_of_body, time_tail, provenance_modifier, body_descriptor, placed_source,
                document_of_author, document_alone, possessive_role, name_then_adverb)


_RX_WORD = re.compile(r"\w+")


def alternation_words(alternation: str) -> frozenset[str] | None:
    r"""The first word of each alternative of a regex alternation of words, lower-cased ('press\s+release' ->
    'press', 'communiqu[eé]' -> 'communique' and 'communiqué', 'estimates?' -> 'estimate' and 'estimates');
    None when an alternative is written in another way (then no gate can be drawn from it).

    >>> sorted(alternation_words(r"statements?|press\s+release|communiqu[eé]"))
    ['communique', 'communiqué', 'press', 'statement', 'statements']
    >>> alternation_words(r"(?:a|b)c") is None
    True
    """
    out = set()
    for alt in alternation.split("|"):
        first = alt.split("\\s+")[0]
        forms = [first]
        if first.endswith("?") and first[-2:-1].isalpha():      # 'estimates?'
            forms = [first[:-2], first[:-1]]
        cls = re.fullmatch(r"(\w*)\[(\w+)\](\w*)", first)      # 'communiqu[eé]'
        if cls:
            forms = [cls.group(1) + c + cls.group(3) for c in cls.group(2)]
        if not all(re.fullmatch(r"\w+", f) for f in forms):
            return None
        out.update(f.lower() for f in forms)
    return frozenset(out)


#: word gates of the rules: a rule named here cannot fire unless the phrase holds one of its words (lower-cased
#: \w+ runs of the phrase; each word stands in the rule's patterns between non-word characters, so a match holds
#: it as a whole word), so `apply_rules` skips it without running its patterns. A rule not named here always runs.
_DOCUMENT_GATE = alternation_words(DOCUMENT_WORDS)
#: False: every gate open (rules here and mentions.phrases._classify_phrase's patterns), for the tests that
#: compare the gated classification with the ungated one
GATES = True
RULE_GATES = {
    news_agency: frozenset({"agency", "newspaper", "daily", "weekly", "website", "site", "portal"}),  # '... news agency$'
    party_name: frozenset({"party"}),
    time_tail: frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                          "february", "march", "april", "may", "june", "july", "august", "september", "october",
                          "november", "december", "yesterday", "today", "tonight", "week", "weekend", "month",
                          "night", "morning"}),
    document_of_author: _DOCUMENT_GATE,
    document_alone: _DOCUMENT_GATE,
}

#: PHRASE_RULES with their gates (None: ungated), paired once; with GATES off, every gate None (tests)
_GATED_RULES = tuple((rule, RULE_GATES.get(rule)) for rule in PHRASE_RULES)
_UNGATED_RULES = tuple((rule, None) for rule in PHRASE_RULES)


def apply_rules(p: str) -> tuple[str, str] | None:
    """The first rule's (kind, core) for phrase `p`, else None (a rule whose gate word the phrase lacks is skipped:
    `RULE_GATES`)."""
    words = None
    for rule, gate in (_GATED_RULES if GATES else _UNGATED_RULES):
        if gate is not None:
            if words is None:
                words = frozenset(_RX_WORD.findall(p.lower()))
            if gate.isdisjoint(words):
                continue
        out = rule(p)
        if out is not None:
            return out
    return None
