"""Named rules for one person told without a count or a role's noun phrase of their own: one more person told by
'another' ('one soldier was killed and another wounded', session 5), one death told as an event ("There's been a
fatality"), one person by age in a toll ('including a 15-year-old', session 7) and one more person in an elliptical
clause ('... were shot dead and an infant seriously injured', session 8; with the lexicon's harm phrases, 'and a
militant gunned down', rule `elliptical_harm_phrase`, session 24).

Each rule is registered in ``rules.RULES`` (a name, a cheap gate of words, a function; ``rules.RULES`` lists the
rules of every family by name, in the order they run); the examples in the docstrings are their tests (doctests), and
``tests/test_casualties_one_person.py`` has more, with sides, written in the styles of wars in none of the eval sets.

    >>> [name for name, _, _ in ONE_PERSON_RULES]  # doctest: +NORMALIZE_WHITESPACE
    ['one more person told by another', 'one death told as an event', 'one person by age in a toll',
     'one more person in an elliptical clause']
"""
from __future__ import annotations

import re

from .found import Found, free as _free
from .lexicon import Lexicon, _alt, load_lexicon
from .one_by_role_subject import _KIN


# ----------------------------------------------------------------------------------------------------------
# One more person told by 'another': 'one soldier was killed and another wounded'
# ----------------------------------------------------------------------------------------------------------

_RX_ANOTHER = re.compile(r"""
    (?:\b(?:and|while|but|as)\s+|,\s*)(?:another|a\s+(?:second|third|fourth|fifth|sixth))\s+(?:one\s+)?
      (?:(?:was|is|has\s+been|had\s+been)\s+)?(?:(?:also|seriously|critically|badly|slightly|lightly)\s+)?
      (?P<cue>wounded|injured|hurt|killed|died|dead|abducted|kidnapped|captured)\b        # 'and another (was) wounded'
   |\b(?P<verb>killed|killing|wounded|wounding|injured|injuring|abducted|kidnapped|captured|capturing|arrested|
               arresting)\s+another
      (?=\s*(?:[,.;]|$|\s+(?:in|on|at|near|during|when|as|before|after)\b))               # 'killed one, wounded another'
""", re.X | re.I)
_ANOTHER_CATEGORY = {"wounded": "wounded", "injured": "wounded", "hurt": "wounded", "killed": "killed",
                     "died": "killed", "dead": "killed", "abducted": "captured", "kidnapped": "captured",
                     "captured": "captured", "killing": "killed", "wounding": "wounded", "injuring": "wounded",
                     "capturing": "captured", "arrested": "captured", "arresting": "captured"}


def another_harmed(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `another_harmed`: 'another' as one more person beside a harm told before ('One gendarme was killed and
    another wounded', 'Separatists killed a soldier and wounded another'): one record, in its own cue's category.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("One gendarme was killed and another was seriously wounded near Faya.")
    [('killed', 1, 1, None, 'unknown'), ('wounded', 1, 1, None, 'unknown')]
    >>> claims_in("Snipers killed a soldier and wounded another in Mostar.")
    [('killed', 1, 1, None, 'unknown'), ('wounded', 1, 1, None, 'unknown')]
    >>> claims_in("Another convoy was attacked, and another was ambushed near Faya.")
    []
    >>> claims_in("The raid left two gendarmes dead and a third wounded near Tindouf.")
    [('killed', 2, 2, None, 'unknown'), ('wounded', 1, 1, None, 'unknown')]
    """
    out: list[Found] = []
    for m in _RX_ANOTHER.finditer(norm):
        a, b = m.start() + s_start, m.end() + s_start
        if _free(found + out, a, b):
            cue = (m.group("cue") or m.group("verb")).lower()
            out.append(Found(_ANOTHER_CATEGORY[cue], 1, 1, None, a, b, ["another"], None))
    return out


# ----------------------------------------------------------------------------------------------------------
# One death told as an event: "There's been a fatality", 'A death was reported in Derry'
# ----------------------------------------------------------------------------------------------------------

_ONE_NOUNS = {"fatality": "killed", "death": "killed", "casualty": "casualties", "injury": "wounded"}
_RX_ONE_EVENT = re.compile(r"""
    (?:\b[Tt]here\s*(?:has|had|have|'s|’s)\s+been|\b[Tt]here\s+(?:was|is|were)|(?<![\w'’-])(?=[Aa]\s))
    \s*(?:[Aa]|[Oo]ne)\s+(?:(?:single|confirmed|further|second|third|fourth|fifth|new)\s+)?
    (?P<noun>fatality|death|casualty)\b(?!\s+(?:toll|count|rate|squad|sentence|penalty|threat|threats))
    (?P<rep>\s+(?:was|has\s+been|had\s+been)\s+(?:reported|confirmed|recorded))?
""", re.X)


def one_death_event(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `one_death_event`: one death told as an event, with `there has been` or as reported (`There's been a
    fatality`, `There was a further death overnight`, `A death was reported in Derry`): one record, killed (a
    casualty: casualties).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("There's been a fatality, a police spokesman in Belfast said.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("A death was reported in the Bogside on Tuesday.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("A death in the family kept him away.")
    []
    """
    out: list[Found] = []
    for m in _RX_ONE_EVENT.finditer(norm):
        if not norm[m.start():m.start() + 5].lower().startswith("there") and not m.group("rep"):
            continue  # 'a death in the family': no event said
        a, b = m.start() + s_start, m.end() + s_start
        if _free(found + out, a, b):
            out.append(Found(_ONE_NOUNS[m.group("noun")], 1, 1, None, a, b, [m.group("noun")], None))
    return out


# ----------------------------------------------------------------------------------------------------------
# One person by age in a toll: 'Eight civilians were killed, including a 15-year-old', 'among the dead is a ...'
# ----------------------------------------------------------------------------------------------------------

_AGE = r"(?:an?|one)\s+(?P<age>\d{1,3}[- ]years?[- ]old)(?:\s+(?!and\b|or\b)(?P<noun>[a-z]+))?\b(?!\s*(?:,\s*)?and\b)"
#: after a claim: ', including a 15-year-old', ', among them an 80-year-old woman'
_RX_AGE_AFTER = re.compile(r"[^,.;:]{0,50}?\s*[,;–—-]?\s*(?:including|among\s+them|among\s+whom)\s+" + _AGE)
#: the group first: 'among the dead are a 15-year old girl', 'Among the wounded was a 70-year-old'
_RX_AGE_AMONG = re.compile(r"\b[Aa]mong\s+(?:the|those)\s+(?P<g>dead|killed|victims|wounded|injured)\s+"
                           r"(?:is|was|are|were)\s+" + _AGE)
_AGE_GROUPS = {"dead": "killed", "killed": "killed", "victims": "killed", "wounded": "wounded", "injured": "wounded"}


def one_by_age(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `one_by_age`: one person named by an age, with or without a noun after it, inside a toll (`Eight
    civilians were killed, including a 15-year-old`, `among the dead are a 15-year old girl`, `Among the wounded
    was a 70-year-old`): one record in the toll's category, a subset (a list, `a 12-year-old and her mother`, is
    the list rules').

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Eight civilians were killed in the shelling of Dori, including a 15-year-old.")
    [('killed', 8, 8, None, 'civilian'), ('killed', 1, 1, None, 'civilian')]
    >>> claims_in("Among the wounded was a 70-year-old, a nurse in Kumba said.")
    [('wounded', 1, 1, None, 'unknown')]
    """
    out: list[Found] = []
    hits = []
    if "among" in norm.lower():
        hits += [(m, _AGE_GROUPS[m.group("g")]) for m in _RX_AGE_AMONG.finditer(norm)]
    for f in list(found):
        if not f.subset and f.category in ("killed", "wounded", "captured") and f.start >= s_start:
            m = _RX_AGE_AFTER.match(norm, f.end - s_start)
            if m:
                hits.append((m, f.category))
    for m, cat in hits:
        noun = m.group("noun")
        if noun and not (noun in lex.singular or noun in _KIN):
            if noun in lex.heads or noun in lex.numbers:
                continue  # 'a 15-year-old soldiers'? no one person
            noun = None   # 'a 15-year-old in hospital': the age is the person
        a, b = m.start("age") + s_start, (m.end("noun") if noun else m.end("age")) + s_start
        if _free(found + out, a, b):
            out.append(Found(cat, 1, 1, None, a, b, [m.group("age").lower()] + ([noun] if noun else []),
                             noun or "person", subset=True))
    return out


# ----------------------------------------------------------------------------------------------------------
# One more person in an elliptical clause: '... were shot dead and an infant seriously injured'
# ----------------------------------------------------------------------------------------------------------

_ELLIPTICAL_CUES = {"wounded": "wounded", "injured": "wounded", "hurt": "wounded", "killed": "killed",
                    "abducted": "captured", "kidnapped": "captured"}
_ELLIPTICAL_PATTERNS: dict[int, re.Pattern] = {}


#: participles of the lexicon's harms that an elliptical clause takes besides `_ELLIPTICAL_CUES` (rule
#: `elliptical_harm_phrase`: 'a security officer was killed and a militant gunned down'): the killed and wounded
#: phrases of more than one word, whose words are no plain verb form ('died', 'dead') nor a figurative harm
_NO_PARTICIPLE = frozenset({"die", "dies", "died", "dying", "dead", "lay", "lie", "lies", "lying", "fallen", "fell",
                            "in", "with", "among", "gave", "laid", "paid", "fight", "fighting", "had", "have", "no",
                            "believed", "feared", "presumed", "sacrificed", "eliminated", "liquidated", "throats"})


def elliptical_harm_phrases(lex: Lexicon) -> dict[str, str]:
    """Rule `elliptical_harm_phrase`: the lexicon's participial harm phrases of one person ('gunned down', 'shot
    dead', 'fatally wounded', 'stabbed to death') -> category, for the elliptical clause.

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> phrases = elliptical_harm_phrases(load_lexicon())
    >>> phrases["gunned down"], phrases["fatally wounded"], "died" in phrases
    ('killed', 'killed', False)
    """
    return {" ".join(k): cat for k, cat in lex.passive.items()
            if cat in ("killed", "wounded") and len(k) > 1 and _NO_PARTICIPLE.isdisjoint(k)}


def _elliptical_pattern(lex: Lexicon) -> re.Pattern:
    if id(lex) not in _ELLIPTICAL_PATTERNS:
        phrases = sorted(elliptical_harm_phrases(lex), key=len, reverse=True)
        cues = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + "|" + _alt(_ELLIPTICAL_CUES)
        _ELLIPTICAL_PATTERNS[id(lex)] = re.compile(   # ('\band' written to open on its a, which `re` skips to)
            r"a(?<=\ba)nd\s+(?P<det>an?|another|one)\s+(?P<mods>(?:[\w'’-]+\s+){0,2}?)(?P<noun>" + _alt(lex.singular) +
            r")\s+(?:(?:also|critically|seriously|severely|badly|gravely|slightly|lightly)\s+)?"
            r"(?P<cue>" + cues + r")\b(?!\s+(?:a|an|the|his|her|their|its|\d)\b)")
    return _ELLIPTICAL_PATTERNS[id(lex)]


def one_more_elliptical(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `one_more_elliptical`: one more person harmed in a clause that drops the auxiliary of the claim before
    it ('two soldiers had been killed and another soldier critically wounded', 'three villagers were shot dead and
    an infant seriously injured'): one record of the participle's category.  The clause needs a claim before it in
    the sentence (whose verb it shares); a participle with an object after it is an active verb ('and a gunman
    wounded a guard').

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Two gendarmes were killed and another gendarme seriously wounded near Man, officials said.")
    [('killed', 2, 2, None, 'unknown'), ('wounded', 1, 1, None, 'unknown')]
    >>> claims_in("Two rebels were killed and a soldier wounded the commander.")  # an active verb: not one more
    [('killed', 2, 2, None, 'unknown')]
    >>> claims_in("A guard was killed and a gunman gunned down near the fence.")  # `elliptical_harm_phrase`
    [('killed', 1, 1, None, 'unknown'), ('killed', 1, 1, None, 'unknown')]
    """
    if not found:
        return []
    out: list[Found] = []
    for m in _elliptical_pattern(lex).finditer(norm):
        a, b = m.start("det") + s_start, m.end() + s_start
        mods = m.group("mods").lower().split()
        if not any(f.end <= m.start() + s_start for f in found) or any(w in ("of", "and", "the", "was", "were")
                                                                         for w in mods):
            continue
        if _free(found + out, a, b):
            noun = m.group("noun").lower()
            cue = " ".join(m.group("cue").lower().split())
            cat = _ELLIPTICAL_CUES.get(cue)
            out.append(Found(cat or lex.passive[tuple(cue.split())], 1, 1, None, a, b, [*mods, noun], noun,
                             rule="" if cat else "elliptical_harm_phrase"))
    return out


#: the first words of the shipped lexicon's elliptical harm phrases: the rule's gate beside `_ELLIPTICAL_CUES`
_PHRASE_WORDS = frozenset(p.split()[0] for p in elliptical_harm_phrases(load_lexicon()))

#: (name, gate, find) of each rule, in the order they run (``rules.RULES`` lists them by name)
ONE_PERSON_RULES: tuple[tuple, ...] = (
    ("one more person told by another", (frozenset({"another", "second", "third", "fourth", "fifth", "sixth"}),),
     another_harmed),
    ("one death told as an event", (frozenset({"fatality", "death", "casualty"}),), one_death_event),
    ("one person by age in a toll", (frozenset({"including", "among"}), frozenset({"old"})), one_by_age),
    ("one more person in an elliptical clause", (frozenset({"and"}), frozenset(_ELLIPTICAL_CUES) | _PHRASE_WORDS),
     one_more_elliptical),
)
