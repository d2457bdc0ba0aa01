"""Named rules for casualty claims the extractor did not find at all (issue 11, session 8, casualty recall): the
victims named one by one after `identified as` / `named as`, and people counted as the object of one verb and
harmed by the next (`seized five farmers ... and killed them`).  Body names between a count and its head
(`Eight Assam Rifles personnel`) and lists of harm cues (`either dead or seriously injured`) are grammar of the
victims' phrase (``phrases``: rules `unit_name_before_head`, `harms_joined`); knife killings (`slit the throats of
N`, `had their throats cut`) are words in ``data/lexicons/casualties.yaml``.

Each rule is registered in ``rules.RULES`` (a name, a cheap gate of words, a function); the examples in the
docstrings are their tests (doctests), written in the styles of wars in none of the eval sets, and
``tests/test_casualties_recall8.py`` has more.

    >>> [name for name, _, _ in RECALL8_RULES]
    ['the victims named one by one', 'people counted, then harmed as them', 'one more person in an elliptical clause', 'a toll broken down by unit', 'taken to hospital with wounds', 'parts told as among a counted toll']
"""
from __future__ import annotations

import re

from .found import Found, free as _free
from .lexicon import Lexicon, _alt
from .numbers import count_word
from .recall7_rules import _is_person

# ----------------------------------------------------------------------------------------------------------
# The victims named one by one: 'The dead were identified as A, B and C', 'Police named the victim as X'
# ----------------------------------------------------------------------------------------------------------

#: the victims' noun -> the category of the names listed after it
_VICTIM_NOUNS = {"victim": "killed", "victims": "killed", "dead": "killed", "deceased": "killed", "slain": "killed",
                 "injured": "wounded", "wounded": "wounded", "hostages": "captured", "hostage": "captured",
                 "abductees": "captured"}
_RX_NAMED_AS = re.compile(r"""
    (?:\b[Tt]he\s+(?P<noun1>victims?|dead|deceased|slain|injured|wounded|hostages?|abductees)\s+
         (?:(?:was|were|have\s+been|has\s+been|had\s+been|are|is)\s+(?:since\s+|later\s+|now\s+)?)?
         (?:identified|named)
      |\b(?:identified|named)\s+the\s+(?P<noun2>victims?|dead|deceased|slain|injured|wounded|hostages?|abductees))
    \s+as\s+(?P<list>[^.:"“”]{3,400})
""", re.X)
#: where a list of names ends: a clause, a place of origin, an attribution
_LIST_END = re.compile(r"\s+(?:from|of|who|whose|which|when|after|while|according|in|on|at|near)\b|,\s+(?:all|both|"
                       r"said|says|according|police|officials|the\s+[a-z]+\s+(?:said|says|added))\b")
#: an age or a spelled age before a name: '48-year-old', 'one-year-old', 'a 30-year-old'
_AGE_FIRST = re.compile(r"^(?:an?\s+)?[\w-]+-year-old\s+")
_NAME_WORD = re.compile(r"(?:al-|el-|bin|de|del|van|da|dos)?[A-Z][\w'’.-]*")
_KIN = frozenset(["his", "her", "their", "its"])


def _listed_names(lst: str) -> int:
    """The people of a list of names: each item a name (one to four capitalised words, after an age, a rank or a
    kin phrase: 'her brother Arjie', "Laping's two children John"); ages in their own item ('Arjie, 9') are
    skipped; 0 when an item is neither (the list is no list of names)."""
    cut = _LIST_END.search(lst)
    lst = (lst[:cut.start()] if cut else lst).strip(" ,;")
    total = 0
    for item in re.split(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+", lst):
        item = re.sub(r"\(\d{1,3}\)", " ", _AGE_FIRST.sub("", item.strip())).strip()
        if not item or re.fullmatch(r"\d{1,3}", item):
            continue
        words = item.split()
        tail = 0
        while tail < len(words) and _NAME_WORD.fullmatch(words[len(words) - 1 - tail]):
            tail += 1
        head = [w.lower() for w in words[:len(words) - tail]]
        if not 1 <= tail <= 4 or len(head) > 4 or (head and not (head[0] in _KIN or head[0].endswith(("'s", "’s"))
                                                                   or len(words) == tail + len(head) and tail >= 1
                                                                   and all(w.isalpha() for w in head))):
            return 0
        total += 1
    return total


def victims_named_as(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `victims_named_as`: the victims named one by one after 'identified as' or 'named as' ('The victims have
    been identified as A, B and C', 'Police identified the dead as ...', 'The victim was named as 31-year-old X'):
    one claim counting the names, of the category of the victims' noun (`victims`, `the dead` killed; `the
    injured` wounded; `hostages` captured).  A count before the noun ('The two injured have been identified as')
    is the count's claim, and a role ('The officer was identified as') names no victims.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The victims have been identified as Ngozi Mbah, Tamba Koroma and Fatmata Sesay, police said.")
    [('killed', 3, 3, None, 'unknown')]
    >>> claims_in("Police named the victim as 27-year-old Juan Carlos Osorio from Tumaco.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("The officer was identified as Tamba Koroma.")
    []
    """
    out: list[Found] = []
    for m in _RX_NAMED_AS.finditer(norm):
        noun = (m.group("noun1") or m.group("noun2")).lower()
        n = _listed_names(m.group("list"))
        if n == 0 or noun in ("victim", "hostage") and n != 1:
            continue
        cut = _LIST_END.search(m.group("list"))
        a, b = m.start() + s_start, m.start("list") + (cut.start() if cut else len(m.group("list").rstrip(" ,;")))
        b += s_start
        if _free(found + out, a, b):
            out.append(Found(_VICTIM_NOUNS[noun], n, n, None, a, b, [noun], noun, named=True))
    return out


# ----------------------------------------------------------------------------------------------------------
# People counted, then harmed as 'them': 'gunmen seized five farmers ... and killed them'
# ----------------------------------------------------------------------------------------------------------

_THEM_CUES = {"killed": "killed", "shot dead": "killed", "executed": "killed", "beheaded": "killed",
              "murdered": "killed", "hacked to death": "killed", "stabbed to death": "killed",
              "burned to death": "killed", "abducted": "captured", "kidnapped": "captured"}
_THEM_PATTERNS: dict[int, re.Pattern] = {}
_HYPOTHETICAL = re.compile(r"\b(?:[Ii]f|[Uu]nless|would|could|threatened\s+to|vowed\s+to)\b")


def _them_pattern(lex: Lexicon) -> re.Pattern:
    if id(lex) not in _THEM_PATTERNS:
        numbers = [w for w in lex.numbers if " " not in w and w not in ("a", "an", "one", "zero")]
        _THEM_PATTERNS[id(lex)] = re.compile(
            r"(?<![\w,.-])(?P<count>\d{1,3}(?:,\d{3})*|(?i:" + _alt(numbers) + r"))\s+"
            r"(?P<mods>(?:[a-z][\w'’-]*\s+){0,2}?)(?P<head>[a-z]+s|[a-z]*men|people)\b"
            r"(?P<mid>[^.;:!?\"“”]{0,100}?)\s+and\s+(?:then\s+|later\s+|subsequently\s+)?"
            r"(?:(?P<cue>" + _alt(_THEM_CUES) + r")\s+(?:them|all\s+of\s+them)|(?P<shot>shot)\s+them\s+dead)\b")
    return _THEM_PATTERNS[id(lex)]


def counted_then_harmed(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `counted_then_harmed`: people counted as the object of one verb and harmed by the next, which points
    back at them ('The rebels seized five farmers at gunpoint and killed them', 'forced seven passengers off the
    bus and then shot them dead'): one claim of the count, of the second verb's category (a count already claimed,
    'captured 12 soldiers and killed them', stays its first verb's).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Guerrillas stopped the truck near Puerto Asís, forced seven passengers out and then killed them.")
    [('killed', 7, 7, None, 'civilian')]
    >>> claims_in("Separatists marched 12 teachers into the forest and shot them dead, residents said.")
    [('killed', 12, 12, None, 'civilian')]
    >>> claims_in("The army moved 300 villagers to the camp and fed them.")
    []
    >>> claims_in("Rebels stopped two buses at a roadblock, forced nine travellers out and killed them.")
    [('killed', 9, 9, None, 'civilian')]
    """
    out: list[Found] = []
    pattern, pos = _them_pattern(lex), 0
    while (m := pattern.search(norm, pos)) is not None:
        pos = m.start() + 1  # (matches may overlap: 'stopped two cars ..., forced seven travellers ...')
        n = count_word(m.group("count"), lex)
        head = m.group("head").lower()
        if not n or not (head in lex.heads or _is_person(head[:-1] if head.endswith("s") else head, lex)):
            continue
        if any(w in m.group("mid") for w in (" and ", " but ", " who ", " which ")) or re.search(r"\d", m.group("mid")):
            continue  # another clause or count between them
        if _HYPOTHETICAL.search(norm, max(0, m.start() - 80), m.start()):
            continue  # 'if the rebels seized 20 hostages and killed them'
        a, b = m.start() + s_start, m.end() + s_start
        if _free(found + out, a, m.end("head") + s_start):
            out.append(Found(_THEM_CUES[(m.group("cue") or "shot dead").lower()], n, n, None, a, b,
                             [*m.group("mods").lower().split(), head], head))
    return out


# ----------------------------------------------------------------------------------------------------------
# One more person in an elliptical clause: '... were shot dead and an infant seriously injured'
# ----------------------------------------------------------------------------------------------------------

_ELLIPTICAL_CUES = {"wounded": "wounded", "injured": "wounded", "hurt": "wounded", "killed": "killed",
                    "abducted": "captured", "kidnapped": "captured"}
_ELLIPTICAL_PATTERNS: dict[int, re.Pattern] = {}


def _elliptical_pattern(lex: Lexicon) -> re.Pattern:
    if id(lex) not in _ELLIPTICAL_PATTERNS:
        _ELLIPTICAL_PATTERNS[id(lex)] = re.compile(
            r"\band\s+(?P<det>an?|another|one)\s+(?P<mods>(?:[\w'’-]+\s+){0,2}?)(?P<noun>" + _alt(lex.singular) +
            r")\s+(?:(?:also|critically|seriously|severely|badly|gravely|slightly|lightly)\s+)?"
            r"(?P<cue>" + _alt(_ELLIPTICAL_CUES) + r")\b(?!\s+(?:a|an|the|his|her|their|its|\d)\b)")
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
            out.append(Found(_ELLIPTICAL_CUES[m.group("cue").lower()], 1, 1, None, a, b, [*mods, noun], noun))
    return out


# ----------------------------------------------------------------------------------------------------------
# A toll broken down by unit: 'Of the 22 dead, ... one is from the 3rd Battalion, eight from the police'
# ----------------------------------------------------------------------------------------------------------

_TOLL_NOUNS = {"fatalities": "killed", "dead": "killed", "deaths": "killed", "killed": "killed", "victims": "killed",
               "wounded": "wounded", "injured": "wounded", "casualties": "casualties"}
_RX_TOLL_OPEN = re.compile(r"\b(?:[Oo]ut\s+of|[Oo]f)\s+the\s+(?:(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+)?"
                           r"(?P<noun>fatalities|dead|deaths|killed|victims|wounded|injured|casualties)\b")
_RX_FROM_UNIT = re.compile(r"(?<![\w'’-])(?P<q>\d[\d,]*|[A-Za-z]+)\s+(?P<np>(?:[a-z][\w'’-]*\s+){0,2}?)"
                           r"(?:(?:is|are|was|were)\s+)?from\s+(?:the\s+|its\s+|their\s+)?"
                           r"(?P<unit>(?:[A-Z0-9][\w'’-]*\s+){0,4}?(?:(?:[a-z]+\s+)?(?:battalion|regiment|brigade|unit|"
                           r"company|platoon|police|army|force|forces|guard|gendarmerie)|[A-Z][\w'’-]*))\b")


def toll_by_unit(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `toll_by_unit`: a toll broken down by the units its victims came from, after 'Of the N dead' or 'Out of
    the N fatalities' ('..., one is from the Rapid Intervention Battalion, eight from the gendarmerie and five from
    the police'): one record per part, of the toll noun's category.  A part needs 'from' and a unit's name (capitals)
    or a unit's word ('battalion', 'police'); places ('from the village') are not units.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Of the 17 dead in Sunday's ambush, the army lost ten men, while four are from the Rapid Intervention "
    ...           "Battalion and three from the gendarmerie.")[2:]
    [('killed', 4, 4, None, 'unknown'), ('killed', 3, 3, None, 'unknown')]
    >>> claims_in("Of the 12 wounded, five are from the village of Kaya.")[1:]  # a place: the grammar's part
    [('wounded', 5, 5, None, 'civilian')]
    """
    o = _RX_TOLL_OPEN.search(norm)
    if o is None:
        return []
    category = _TOLL_NOUNS[o.group("noun").lower()]
    out: list[Found] = []
    pos = o.end()
    while (m := _RX_FROM_UNIT.search(norm, pos)) is not None:
        pos = m.start() + 1  # (matches may overlap: 'and five from the police')
        n = 1 if m.group("q").lower() in ("one", "a", "an") else count_word(m.group("q"), lex)
        words = m.group("np").lower().split()
        if not n or any(w in _NOT_UNIT_NP for w in words):
            continue
        a, b = m.start() + s_start, m.end() + s_start
        if _free(found + out, a, b):
            out.append(Found(category, n, n, None, a, b, words, words[-1] if words else None, subset=True))
    return out


_NOT_UNIT_NP = frozenset(["km", "kilometres", "kilometers", "miles", "metres", "meters", "years", "days", "hours"])


# ----------------------------------------------------------------------------------------------------------
# Taken to hospital with wounds: 'A passer-by was sent to the hospital with a wound'
# ----------------------------------------------------------------------------------------------------------

_HOSPITAL_PATTERNS: dict[int, re.Pattern] = {}
_ORDINALS = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last"


def _hospital_pattern(lex: Lexicon) -> re.Pattern:
    if id(lex) not in _HOSPITAL_PATTERNS:
        numbers = [w for w in lex.numbers if " " not in w and w not in ("a", "an", "zero")]
        _HOSPITAL_PATTERNS[id(lex)] = re.compile(
            r"(?<![\w'’-])(?:(?P<one>[Aa]n?|[Aa]nother|[Tt]he\s+(?:" + _ORDINALS + r"))\s+"
            r"(?P<mods1>(?:[\w'’-]+\s+){0,2}?)(?P<noun>" + _alt(lex.singular) + r")"
            r"|(?P<count>\d{1,3}(?:,\d{3})*|(?i:" + _alt(numbers) + r"))\s+(?P<mods2>(?:[\w'’-]+\s+){0,2}?)"
            r"(?P<heads>" + _alt(lex.heads) + r"))"
            r"\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:also\s+|later\s+|then\s+)?"
            r"(?:sent|taken|rushed|delivered|admitted|evacuated|brought|flown|airlifted)\s+(?:in\s+)?to\s+"
            r"(?:(?:the|a|local|nearby|a\s+local|a\s+nearby|the\s+local|the\s+district|the\s+regional)\s+)?"
            r"hospitals?\s+with\s+(?:(?:a|an|multiple|several|serious|severe|minor|gunshot|bullet|shrapnel|stab|"
            r"knife|burn|head|leg)\s+){0,3}(?:wounds?|injuries|injury|burns)\b")
    return _HOSPITAL_PATTERNS[id(lex)]


def hospital_with_wounds(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `hospital_with_wounds`: people sent or taken to hospital with wounds ('A passer-by was sent to the
    hospital with a wound', 'The third gunman was delivered to a local hospital with gunshot wounds', 'Four
    gendarmes were evacuated to hospital with shrapnel wounds'): wounded, one person or the count.  The wound must
    be named: 'was taken to hospital for tests' is no claim.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("A passer-by was also sent to the hospital with a wound, police in Bouaké said.")
    [('wounded', 1, 1, None, 'civilian')]
    >>> claims_in("The third rebel was delivered to a local hospital with gunshot wounds.")
    [('wounded', 1, 1, None, 'unknown')]
    >>> claims_in("The minister was sent to hospital with a fever.")
    []
    """
    out: list[Found] = []
    for m in _hospital_pattern(lex).finditer(norm):
        if m.group("one"):
            n, words = 1, [*m.group("mods1").lower().split(), m.group("noun").lower()]
        else:
            n, words = count_word(m.group("count"), lex), [*m.group("mods2").lower().split(), m.group("heads").lower()]
        if not n or any(w in ("of", "and", "the", "was", "were") for w in words[:-1]):
            continue
        a, b = m.start() + s_start, m.end() + s_start
        if _free(found + out, a, b):
            out.append(Found("wounded", n, n, None, a, b, words, words[-1]))
    return out


# ----------------------------------------------------------------------------------------------------------
# Parts told as among a counted toll: 'two children and four women were among the seven people gunned down'
# ----------------------------------------------------------------------------------------------------------

_AMONG_PARTS_CUES = {"killed": "killed", "dead": "killed", "gunned down": "killed", "shot dead": "killed",
                     "massacred": "killed", "slain": "killed", "wounded": "wounded", "injured": "wounded",
                     "hurt": "wounded", "abducted": "captured", "kidnapped": "captured"}
_RX_AMONG_PARTS = re.compile(r"""
    (?P<parts>(?:[\w'’-]+\s+){1,7}?and\s+(?:[\w'’-]+\s+){1,7}?)       # 'two children and four women of the minority'
    (?:were|are)\s+(?:also\s+|reportedly\s+)?among\s+(?:the\s+)?
    (?:(?:at\s+least|more\s+than|some|about)\s+)?(?P<m>\d[\d,]*|[a-z]+)\s+
    (?:[\w'’-]+\s+){0,2}?(?:who\s+were\s+)?
    (?P<cue>%s)\b
""" % "|".join(sorted(_AMONG_PARTS_CUES, key=len, reverse=True)).replace(" ", "\\s+"), re.X)
_RX_PART_OPEN = re.compile(r"(?<![\w'’-])(?P<q>\d[\d,]*|[A-Za-z]+)\s+(?P<words>(?:[a-z][\w'’-]*\s*){1,5})")


def parts_among_count(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `parts_among_count`: several counted parts told as among a counted toll ('two children and four women
    of the minority community were among the seven persons gunned down'): one counted subset per part, of the
    cue's category (the toll is the grammar's claim; recall7's rule for one part alone fired on no set: removed).
    The parts must each hold a count and a head of people, and add up to less than the toll.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Three nurses and two teachers were among the 14 people killed in the raid on Kumba.")
    [('killed', 3, 3, None, 'civilian'), ('killed', 2, 2, None, 'civilian'), ('killed', 14, 14, None, 'unknown')]
    >>> claims_in("Ten soldiers and five officers were among the guests.")
    []
    """
    out: list[Found] = []
    pos = 0
    while (m := _RX_AMONG_PARTS.search(norm, pos)) is not None:
        pos = m.start() + 1  # (a later start may hold the parts: 'Police said two children and ...')
        total = count_word(m.group("m"), lex)
        pieces = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("parts").strip()) if p]
        parts, at = [], m.start("parts")
        for piece in pieces:
            pm = _RX_PART_OPEN.match(piece + " ")
            n = count_word(pm.group("q"), lex) if pm else None
            words = pm.group("words").lower().split() if pm else []
            head = next((w for w in words if w in lex.heads), None)
            if not n or head is None:
                parts = []
                break
            a = norm.index(piece, at)
            parts.append((n, a, a + len(piece), words, head))
            at = a + len(piece)
        if not total or len(parts) < 2 or sum(p[0] for p in parts) >= total:
            continue
        cat = _AMONG_PARTS_CUES[re.sub(r"\s+", " ", m.group("cue").lower())]
        # a part already found as one part among the toll (a rule whose span runs on over the others) is that
        # part's claim; the others are tested against the rest
        same = [f for f in found if f.start - s_start == parts[0][1] and f.low == parts[0][0]]
        others = [f for f in found if f not in same]
        for k, (n, a, b, words, head) in enumerate(parts):
            if k == 0 and same:
                continue
            if _free(others + out, a + s_start, b + s_start):
                out.append(Found(cat, n, n, None, a + s_start, b + s_start, words, head, subset=True))
        if out and pos <= m.end("parts"):
            pos = m.end()
    return out


RECALL8_RULES: tuple[tuple, ...] = (
    ("the victims named one by one", (frozenset({"identified", "named"}), frozenset(_VICTIM_NOUNS)),
     victims_named_as),
    ("people counted, then harmed as them", (frozenset({"them"}), frozenset(w.split()[0] for w in _THEM_CUES)),
     counted_then_harmed),
    ("one more person in an elliptical clause", (frozenset({"and"}), frozenset(_ELLIPTICAL_CUES)),
     one_more_elliptical),
    ("a toll broken down by unit", (frozenset({"from"}), frozenset({"of"}), frozenset(_TOLL_NOUNS)), toll_by_unit),
    ("taken to hospital with wounds", (frozenset({"hospital", "hospitals"}), frozenset({"with"}),
                                       frozenset({"wound", "wounds", "injuries", "injury", "burns"})),
     hospital_with_wounds),
    ("parts told as among a counted toll", (frozenset({"among"}), frozenset({"and"}),
                                            frozenset(w.split()[0] for w in _AMONG_PARTS_CUES)), parts_among_count),
)
