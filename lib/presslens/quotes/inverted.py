"""Named rule `credit_at_end`: a sentence that ends on an outlet's or a document's credit after a comma or a
quote ('..., writes The Clarion.', '..., reported the Tribune.', '"...," reads part of the statement.',
'"...," read the press release from the mission.'): the words before are the statement and the credit names
who made it, even when those words could pass for a subject ('Shelling hit 22 homes, writes The Clarion').
"""
from __future__ import annotations

import re

from ..mentions.lexicon import ROLE_WORDS

#: the lemmas whose credit may stand at the end of the sentence after its statement
CREDIT_LEMMAS = frozenset(("write", "report", "read"))
_DOCUMENTS = (r"(?:statement|(?:press\s+)?release|communiqu[eé]|message|letter|post|report|notice|bulletin|"
              r"declaration|text|note)")
#: what follows the cue up to the stop: a capitalised name (not a day), or a document (and its author)
_RX_CREDIT_TO_END = re.compile(r"""\s+(?:
      (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)
      (?:the\s+)?[A-Z][\w'’.&\-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.&\-]*){0,5}        # 'The Clarion', 'Radio Okapi'
    | (?:part\s+of\s+|parts\s+of\s+)?(?:the|a|an|its|their)\s+(?:[\w\-]+\s+){0,2}?""" + _DOCUMENTS + r"""
      (?:\s+(?:from|of|by|issued\s+by)\s+(?:the\s+)?[\w'’.&\-]+(?:\s+[\w'’.&\-]+){0,5})?   # 'from the mission'
    )[\s.!?]*$""", re.X)
#: a document right after the cue ('reads part of the statement', 'read the press release')
_RX_DOCUMENT_AFTER = re.compile(r"\s+(?:parts?\s+of\s+)?(?:the|a|an|its|their)\s+(?:[\w\-]+\s+){0,2}?" + _DOCUMENTS + r"\b")


def credit_at_end(m: str, ce: int, sb: int, lemma: str) -> bool:
    """Whether the words from the cue's end `ce` to the sentence end `sb` are only a credit (rule `credit_at_end`).

    >>> s = "Shelling hit 22 homes in Luena, writes The Clarion."
    >>> credit_at_end(s, s.index("writes") + 6, len(s), "write")
    True
    >>> s = '"We remain committed," reads part of the statement.'
    >>> credit_at_end(s, s.index("reads") + 5, len(s), "read")
    True
    >>> s = "Kovac, the spokesman, wrote Monday."
    >>> credit_at_end(s, s.index("wrote") + 5, len(s), "write"), credit_at_end(s, 0, 0, "say")
    (False, False)
    """
    return lemma in CREDIT_LEMMAS and _RX_CREDIT_TO_END.match(m, ce, sb) is not None


def document_after(m: str, ce: int, sb: int) -> bool:
    """Whether a document follows the cue word 'read(s)' ('"...," read the press release'): a document's words.

    >>> s = '"Nine rebels died," read the press release from the mission.'
    >>> document_after(s, s.index("read") + 4, len(s)), document_after("he read the names", 7, 17)
    (True, False)
    """
    return _RX_DOCUMENT_AFTER.match(m, ce, sb) is not None


#: a name right after the cue, then a comma or the stop: '..., said Ana Ruiz, spokeswoman for ...'
_RX_NAME_THEN_BREAK = re.compile(r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|It|This)\b)"
                                 r"[A-Z][\w'’.\-]*(?:\s+(?:al-|bin\s+|de\s+|van\s+)?[A-Z][\w'’.\-]*){1,3}\s*(?:,|[.]\s*$)")
#: the lemmas of an inverted credit after a clause: 'said', 'added', 'wrote', 'reported', 'stated'
INVERTED_LEMMAS = frozenset(("say", "add", "write", "report", "state"))


def name_credit_after_clause(m: str, ce: int, sb: int, lemma: str) -> bool:
    """Rule `name_credit_after_clause`: 'CLAUSE, said First Last, role' -- a person's name (two capitalised words
    or more) right after a speech verb, then a comma or the stop, after a clause that ends on a comma: the
    clause is the statement even when its last words could pass for a subject ('Rockets struck the port, the
    airport and a coastal road, said Omar Haddad, spokesman for ...').

    >>> s = "Rockets hit the port and a coastal road, said Omar Haddad, a spokesman."
    >>> name_credit_after_clause(s, s.index("said") + 4, len(s), "say")
    True
    >>> s = "Kovac, the spokesman, said Serbia would resist. Ruiz said Pablo Gomez, his deputy, had fled."
    >>> name_credit_after_clause(s, s.index("said") + 4, len(s), "say"), name_credit_after_clause(s, s.rindex("said") + 4, len(s), "say")
    (False, False)
    """
    if lemma not in INVERTED_LEMMAS:
        return False
    mt = _RX_NAME_THEN_BREAK.match(m, ce, sb)
    return mt is not None and _RX_PREDICATE_AFTER.search(m, mt.end(), sb) is None


#: a predicate after the name's appositive: 'said Pablo Gomez, his deputy, had fled' (Gomez is the content's subject)
_RX_PREDICATE_AFTER = re.compile(r",\s*(?:had|has|have|was|were|is|are|would|will|could|did|had)\b")


#: after an inverted cue: a determiner phrase that names a person or body by role ('the Basque interior minister
#: Rodolfo Ares', 'the prosecutor, Ana Ruiz', 'Sen. Col. Lin'), an optional adjunct ('in the statement', 'on
#: Monday'), then the stop
_RX_ROLE_CREDIT = re.compile(r"""\s+
    (?P<np>(?:the\s+|[A-Z][a-z]{1,5}\.\s+|(?=(?:state|local)\s+[a-z]|news\s+agency\s))   # a determiner, a title abbreviation, an outlet's kind
      (?:(?!(?:that|who|which|had|has|have|was|were|is|are|would|will)\b)[\w'’.\-]+\s+){0,6}?  # up to seven words, no verb
      [\w'’.\-]+)
    (?:,\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})?                # ', Adrián López Solís'
    (?:\s+(?:in\s+(?:a|the|its|his|her|their)\s+(?:[\w\-]+\s+)?(?:statement|interview|briefing|communiqu[eé])
          |(?:late\s+|early\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?
    [\s.]*$""", re.X)


def role_credit_after_clause(m: str, ce: int, sb: int, lemma: str) -> bool:
    """Rule `role_credit_after_clause`: 'CLAUSE, said the <role phrase> [Name][, Name] [adjunct].' -- a speech verb
    after a comma, then only a determiner phrase naming the speaker by role (or a title abbreviation and a name),
    an optional appositive name and adjunct, and the stop: the clause before is the statement, even when it
    ends on a name that could pass for a subject ('The patrol was from the Royal Ulster Constabulary, said the
    police spokesman Ian Boyd.'). The phrase must end on a capitalised word or a role word.

    >>> s = "The patrol was from the Royal Ulster Constabulary, said the police spokesman Ian Boyd."
    >>> role_credit_after_clause(s, s.index("said") + 4, len(s), "say")
    True
    >>> s = "Rebels held the road to Huambo, said the governor, Paulo Tchipilica."
    >>> role_credit_after_clause(s, s.index("said") + 4, len(s), "say")
    True
    >>> s = "The island belongs to Argentina, said Sen. Col. Ortiz in the statement."
    >>> role_credit_after_clause(s, s.index("said") + 4, len(s), "say")
    True
    >>> s = "Five soldiers died near Goose Green, said state television on Monday."
    >>> role_credit_after_clause(s, s.index("said") + 4, len(s), "say")
    True
    >>> s = "Ruiz, the mayor, said the army had left."
    >>> role_credit_after_clause(s, s.index("said") + 4, len(s), "say")
    False
    >>> s = "Diatta, a rebel spokesman, said the clashes began at dawn near Ziguinchor."
    >>> role_credit_after_clause(s, s.index("said") + 4, len(s), "say")
    False
    >>> s = "Ruiz, the mayor, said the convoy."
    >>> role_credit_after_clause(s, s.index("said") + 4, len(s), "say")
    False
    """
    if lemma not in INVERTED_LEMMAS:
        return False
    mt = _RX_ROLE_CREDIT.match(m, ce, sb)
    if mt is None:
        return False
    words = mt.group("np").split()
    if not (words[0].endswith(".") or any(w.strip(".,").lower() in ROLE_WORDS or w.strip(".,") in _OUTLET_KINDS
                                          for w in words)):
        return False        # 'said the clashes began at dawn near X': a clause, no role named
    last = words[-1].strip(".")
    return last[:1].isupper() or last.lower() in ROLE_WORDS or last in _OUTLET_KINDS


#: the last word of an outlet named by its kind ('state television', 'local media')
_OUTLET_KINDS = frozenset(("television", "radio", "media", "agency", "newspaper", "broadcaster", "TV"))


#: a lower-case past form or a common irregular past in the phrase after the cue: a clause, not a credit ('said the
#: latest fighting occurred yesterday')
_VERB_WORD = (r"(?:[a-z]+ed|lost|fled|fought|hit|held|left|took|made|gave|came|began|ran|kept|sent|led|shot|struck|saw|"
              r"died|continues|remains|remain|continue)\b")
#: the lemmas of a short credit after a clause: those of `name_credit_after_clause` and 'notes' ('..., notes the book')
SHORT_CREDIT_LEMMAS = INVERTED_LEMMAS | {"note"}
#: after an inverted cue: a short noun phrase (no verb, no 'that', not a day, a time or a preposition first), an
#: optional relative clause on it ('witnesses who asked not to be named'), then the stop
_RX_SHORT_CREDIT = re.compile(r"""\s+
    (?!(?:on|in|at|by|for|to|of|from|with|after|before|during|that|this|it|nothing|little|much|so|yes|no|not|
          Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|later|earlier|
          last|next|recently|then|also)\b)                                # not a day, a time or a preposition first
    (?:(?!(?:that|who|which|had|has|have|was|were|is|are|would|will|could|did|does|do|be|been|and|but|or)\b|""" + _VERB_WORD + r""")
       [\w'’.\-]+\s+){0,6}                                              # up to six words, no verb
    (?!(?:that|had|has|have|was|were|is|are|would|will|could|did|does|do|be|been|and|but|or|it|this)\b|""" + _VERB_WORD + r""")
    [\w'’.\-]+                                                         # the last word
    (?:\s+(?:who|which)\s+[^,;:\ue000]{1,80}?)?                        # 'witnesses who asked not to be named'
    [\s.!?]*$""", re.X)
#: a finite verb in the words before the credit's comma: the words are a clause (the statement), not a subject
_RX_CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|did|does|[a-z]{2,}ed|"
                             r"lost|fled|fought|hit|held|left|took|made|gave|came|began|ran|kept|sent|led|shot|struck|"
                             r"killed|spoke|saw|died)\b")


def short_credit_after_clause(m: str, sa: int, cs: int, ce: int, sb: int, lemma: str) -> bool:
    """Rule `short_credit_after_clause`: 'CLAUSE, said NP.' -- a speech verb after a comma, then only a short noun
    phrase to the stop (a single name, a bare plural, a role and a name with no determiner, a document), after
    words holding a finite verb: the clause is the statement and the phrase its speaker ('Authorities recovered 41
    bodies, said Ahmadi.'; '..., said press reports.'; '..., says resident Pablo Ferias.'; '..., notes the
    280-page book.'; '..., said witnesses who asked not to be named.'). Not a subject with an appositive
    ('Kovac, the spokesman, said Serbia would resist': a verb after the cue), nor a day ('..., said Tuesday').

    >>> s = "Authorities recovered the bodies of 41 fighters, said Ahmadi."
    >>> short_credit_after_clause(s, 0, s.index("said"), s.index("said") + 4, len(s), "say")
    True
    >>> s = "Nine people were killed in Luena, said press reports."
    >>> short_credit_after_clause(s, 0, s.index("said"), s.index("said") + 4, len(s), "say")
    True
    >>> s = "Kovac, the spokesman, said Serbia would resist."
    >>> short_credit_after_clause(s, 0, s.index("said"), s.index("said") + 4, len(s), "say")
    False
    >>> s = "The minister, who visited the town, said Tuesday."
    >>> short_credit_after_clause(s, 0, s.index("said"), s.index("said") + 4, len(s), "say")
    False
    >>> s = "Ruiz, the mayor, said the convoy."
    >>> short_credit_after_clause(s, 0, s.index("said"), s.index("said") + 4, len(s), "say")
    False
    >>> s = "Ana Ruiz, chief of the troops stationed in Luena, said the latest fighting occurred at dawn."
    >>> short_credit_after_clause(s, 0, s.index("said"), s.index("said") + 4, len(s), "say")
    False
    """
    if lemma not in SHORT_CREDIT_LEMMAS or sb - ce > 110 or m[max(sa, cs - 4):cs].rstrip()[-1:] != ",":
        return False        # cheap tests first: an inverted cue after a comma, a short tail
    return _RX_SHORT_CREDIT.match(m, ce, sb) is not None and _RX_CLAUSE_VERB.search(m, sa, cs) is not None
