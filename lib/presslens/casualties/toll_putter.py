"""Rule `toll_put_by`: who puts a toll at a number is the claimant of that number ('X puts the death toll at 8', 'a
death toll the United Nations puts at 800', 'X published a report putting the toll at 285'): `put ... at` is a verb
of reporting a count in the language of casualty reports, whichever of three places its subject stands in (before
the verb, before it in a relative clause after the toll noun, or as the subject of the clause a participle closes)."""
from __future__ import annotations

import re

from .found import Found

#: a source's noun phrase: a possessive before a common noun ("Egypt's health ministry"), a capitalised name with
#: its linking words ('the Nicaraguan Association for Human Rights'), or a determiner's common noun ('the ministry')
_NP = (r"(?:[A-Z][\w'’.-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
       r"|(?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w'’.&-]*){0,6}"
       r"|(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
_TOLL = (r"(?:(?:[Dd]eath|[Cc]asualty|official|civilian|overall|total)\s+)*"
         r"(?:[Tt]oll|number|figure|tally|count|total)")
#: the verbs of putting a count at a number (rule `toll_set_by`, session 27: `set`, `estimate`, `fix` beside `put` and
#: `place`; a headline's capital: 'Iran Puts Toll at 100')
_VERB = r"(?:[Pp]uts|[Pp]ut|[Pp]laces|[Pp]laced|[Ss]ets|[Ss]et|[Ee]stimates|[Ee]stimated|[Ff]ixes|[Ff]ixed)"
_PUT_AT = re.compile(r"""
    (?<![\w'’])(?P<who>""" + _NP + r""")\s+(?:(?:has|had|have|also|later|now|then)\s+)*   # 'Egypt's health ministry'
      """ + _VERB + r"""\s+(?:(?:the|its|their|[A-Z][\w'’-]*['’]s)\s+)?(?:[\w'’-]+\s+){0,3}?""" + _TOLL + r"""
      \s+(?:[\w'’-]+\s+){0,5}?at\s+                                     # "puts Friday's official death toll at"
  | \b""" + _TOLL + r"""\s+(?:that\s+|which\s+)?(?P<rel>""" + _NP + r""")\s+""" + _VERB + r"""\s+at\s+
                                                                      # 'a death toll the United Nations puts at'
  | (?<![\w'’])(?P<lead>""" + _NP + r""")(?:\s+\([^()]{1,40}\))?,?\s+                          # 'the X (ANPDH),'
      (?:published|issued|released|gave|reported)\s+[^.;,]{0,60}?\bputting\s+(?:the\s+|its\s+)?""" + _TOLL + r"""
      \s+(?:[\w'’-]+\s+){0,5}?at\s+                                     # 'published a report putting the toll at'
""", re.X)
_PRONOUNS = frozenset("it he she they we this that".split())
#: (the cheap test)
_PUT_GATE = re.compile(r"\b(?:[Pp]ut|[Pp]uts|putting|places|placed|[Ss]ets?|[Ee]stimate[sd]|[Ff]ixe[sd])\b")
#: rule `toll_set_by`: a toll put at a number in the passive with no agent ('Yemen death toll estimated at 10,000'):
#: no one is named as its source, so the noun before the verb is no claimant (the article's voice)
_AGENTLESS = re.compile(r"\b" + _TOLL + r"""\s+(?:(?:is|was|has\s+been|had\s+been|now)\s+)?
    (?:estimated|put|set|placed|fixed)\s+at\s+""", re.X)
#: what may stand between `at` and the count: 'at least', 'at more than', 'at about'
_BEFORE_COUNT = re.compile(r"(?:(?:least|more\s+than|over|about|around|nearly|almost|some|roughly|just\s+over)\s+)?")


def _has_toll_noun(sent: str) -> bool:
    """The cheap test: the letters of one of `_TOLL`'s nouns are in the sentence (every match of `_PUT_AT` or
    `_AGENTLESS` holds one)."""
    return "oll" in sent or "total" in sent or "number" in sent or "figure" in sent or "tally" in sent or \
        "count" in sent


def toll_put_by(sent: str, a: int, f: Found) -> tuple[str, int] | None:
    """(the source that puts a toll at the count f, its offset in the sentence) (rule `toll_put_by`), else None; a
    pronoun is no source here (the quote row's speaker or the sentence's cue names it).

    >>> s = "Chaco's war ministry puts Monday's official death toll at 31"
    >>> toll_put_by(s, 0, Found("killed", 31, 31, None, s.index("31"), len(s), [], None))
    ("Chaco's war ministry", 0)
    >>> s = "The raid added to a death toll the Red Cross puts at more than 400."
    >>> toll_put_by(s, 0, Found("killed", 400, 400, None, s.index("more"), len(s) - 1, [], None))
    ('the Red Cross', 31)
    >>> s = "The Bolivian Legion (BL) published a report putting the toll at 285, saying it named 200."
    >>> toll_put_by(s, 0, Found("killed", 285, 285, None, s.index("285"), s.index(", saying"), [], None))
    ('The Bolivian Legion', 0)

    The other verbs of putting a count at a number, and a headline's capitals (rule `toll_set_by`):

    >>> s = "The war ministry set the total of the Paraguayan dead at 1,200."
    >>> toll_put_by(s, 0, Found("killed", 1200, 1200, None, s.index("1,200"), len(s) - 1, [], None))
    ('The war ministry', 0)
    >>> s = "Bolivia Puts Toll at 300"
    >>> toll_put_by(s, 0, Found("killed", 300, 300, None, s.index("300"), len(s), [], None))
    ('Bolivia', 0)

    Not a count that no `put ... at` tells, nor a put that is no report:

    >>> s = "The Red Cross put the toll at 40, and 12 more died later."
    >>> toll_put_by(s, 0, Found("killed", 12, 12, None, s.index("12"), len(s) - 1, [], None)) is None
    True
    >>> s = "Troops put the village to the torch at dawn, killing 9."
    >>> toll_put_by(s, 0, Found("killed", 9, 9, None, s.index("9"), len(s) - 1, [], None)) is None
    True
    """
    if not ("put" in sent or "plac" in sent or "set" in sent or "stimat" in sent or "Put" in sent or "Set" in sent
            or "fixe" in sent) or not _has_toll_noun(sent) or not _PUT_GATE.search(sent):   # (`in` tests first)
        return None     # (session 22: `_PUT_GATE` opens on `\b`, so `re` tried it at every position of the sentence,
        #   ~36,000 instructions a claim; every word it matches holds 'put' or 'plac', which `in` finds at once)
    at = f.start - a
    for m in _PUT_AT.finditer(sent):
        if m.end() <= at and _BEFORE_COUNT.fullmatch(sent, m.end(), at):
            name = next(k for k in ("who", "rel", "lead") if m.group(k))
            if m.group(name).lower() not in _PRONOUNS:
                return m.group(name).strip(), m.start(name)
    return None


def agentless_toll(sent: str, a: int, f: Found) -> bool:
    """True where the count f is a toll put at a number in the passive with no agent (rule `toll_set_by`): the noun
    before the verb is the toll, no source, and no `by` names one after the count.

    >>> s = "Chaco death toll estimated at 2,000"
    >>> agentless_toll(s, 0, Found("killed", 2000, 2000, None, s.index("2,000"), len(s), [], None))
    True
    >>> s = "The toll was put at 40 by the Red Cross."
    >>> agentless_toll(s, 0, Found("killed", 40, 40, None, s.index("40"), s.index(" by"), [], None))
    False
    """
    if " at " not in sent or not _has_toll_noun(sent):
        return False
    at = f.start - a
    return any(m.end() <= at and _BEFORE_COUNT.fullmatch(sent, m.end(), at) and " by " not in sent[at:]
               for m in _AGENTLESS.finditer(sent, 0, at + 1))
