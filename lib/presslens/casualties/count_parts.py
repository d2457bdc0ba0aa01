"""Named rules for the parts of a count, told before or after it (the family of ``rules``' 'counted subsets'): a count
introduced by the group it belongs to ('among the victims were N X'), 'N of them' after a count ('12 bodies, four of
them in cars'), the parts listed after a count ('30 civilians were killed -- seven X, seven Y and 16 Z'), a counted
part told after the victims ('Of the dead, four were children'), a toll broken down by unit ('one is from the 3rd
Battalion, eight from the police') and parts told as among a counted toll ('two children and four women were among
the seven people gunned down').

Each rule is registered in ``rules.RULES`` (a name, a cheap gate of words, a function; ``rules.RULES`` lists the
rules of every family by name, in the order they run); the examples in the docstrings are their tests (doctests), and
``tests/test_casualties_count_parts.py`` has more, with sides, written in the styles of wars in none of the eval
sets.

    >>> [name for name, _, _ in COUNT_PARTS_RULES]  # doctest: +NORMALIZE_WHITESPACE
    ['a count among the victims', 'N of them after a count', 'the parts of a count listed after it',
     'a counted part of the victims told after them', 'a toll broken down by unit',
     'parts told as among a counted toll']
"""
from __future__ import annotations

import itertools
import re

from .found import Found, free as _free
from .lexicon import Lexicon
from .numbers import count_word, find_quantities
from .scan import first_of


#: 'among the victims were', 'among those killed are also': the group, then the counts that belong to it
_RX_AMONG_GROUP = re.compile(r"""
    \b[Aa]mong\s+(?:the|those)\s+
    (?P<what>victims|dead|killed|wounded|injured|casualties)\s+
    (?:are|were|was|is)\s+(?:also\s+)?
""", re.X)
#: after the group's count: its parts ('20 civilians, including one girl, seven women and 12 men')
_RX_PARTS = re.compile(r"\s*,?\s*(?:including|among\s+them|of\s+whom)\s+")
#: the group word's category: `victims` and `casualties` are the killed and the wounded together
GROUP_CATEGORY = {"victims": "casualties", "casualties": "casualties", "dead": "killed", "killed": "killed",
                  "wounded": "wounded", "injured": "wounded"}


def among_the_victims(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """A count introduced by the group it belongs to: 'among the victims were N X' (the count, in the group's
    category: `victims` counts the dead and the wounded together), and the parts listed after it ('including
    A, B and C': one subset each).  ``victims_restated`` then gives `victims` the category of an earlier toll
    of the same count.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Among the victims were 14 civilians, including three boys and two women, the mission said.")
    [('casualties', 14, 14, None, 'civilian'), ('casualties', 3, 3, None, 'civilian'), ('casualties', 2, 2, None, 'civilian')]
    >>> claims_in("Among those killed were 30 rebel fighters, the military said.")
    [('killed', 30, 30, None, 'unknown')]
    >>> claims_in("Among the visitors were 14 diplomats.")
    []
    """
    from .rules import _items  # the counted items grammar of 'counted subsets' (rules imports this module)
    out: list[Found] = []
    for m in _RX_AMONG_GROUP.finditer(norm):
        category = GROUP_CATEGORY[m.group("what").lower()]
        items = _items(norm, m.end(), s_start, lex, category)
        if not items or not _free(found + out, m.start() + s_start, items[-1].end):
            continue
        items[0].start = m.start() + s_start  # 'among the victims were 20 civilians': the group word is the cue
        for f in items:
            f.subset = False
        out += items
        parts = _RX_PARTS.match(norm, items[-1].end - s_start)
        if parts:
            out += [f for f in _items(norm, parts.end(), s_start, lex, category) if _free(found + out, f.start, f.end)]
    return out


#: ', four of them in cars', ', two of whom in hospital': a count of part of the count just before
_RX_N_OF_THEM = re.compile(r"\s*,\s*(?=\S)")
_RX_OF_THEM = re.compile(r"\s+of\s+(?:them|whom)\b")


def n_of_them_after_count(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """'N of them' right after a count, with no victims' word of its own ('about 12 bodies, four of them in cars'):
    a subset of that count, in its category (its side, the count's: ``victims``'s 'of them').

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Monitors counted 30 bodies, nine of them in a ditch near Srebrenica.")
    [('killed', 30, 30, None, 'unknown'), ('killed', 9, 9, None, 'unknown')]
    >>> claims_in("The mine wounded two shepherds, one of them in a critical condition.")
    [('wounded', 2, 2, None, 'civilian')]
    """
    out: list[Found] = []
    for f in found:
        if f.subset or (f.low is None and f.high is None):
            continue
        sep = _RX_N_OF_THEM.match(norm, f.end - s_start)
        qs = find_quantities(norm[sep.end():sep.end() + 30], lex, sep.end()) if sep else []
        if not qs or qs[0].start != sep.end() or qs[0].vague is not None or qs[0].low == 1:
            continue  # 'one of them in a critical condition': describes one of the count, as `_not_a_count` says
        q = qs[0]
        of = _RX_OF_THEM.match(norm, q.end)
        if of and _free(found + out, q.start + s_start, of.end() + s_start):
            out.append(Found(f.category, q.low, q.high, None, q.start + s_start, of.end() + s_start, ["them"], "them",
                             subset=True))
    return out


# ----------------------------------------------------------------------------------------------------------
# The parts of a count listed after it: '30 civilians were killed -- seven X, seven Y and 16 Z'
# ----------------------------------------------------------------------------------------------------------

#: what opens the list of a count's parts: a dash, a colon, ', among them', ', including', or a bare comma
_RX_PARTS_OPEN = re.compile(r"\s*(?P<mark>--|—|–|:|(?<=\s)-(?=\s))\s*|\s*,\s*(?:(?P<among>among\s+(?:them|whom)|including(?:\s+of)?)\s+)?")
_RX_PART = re.compile(r"(?P<det>[Aa]n?|[Oo]ne|\d[\d,]*|[A-Za-z]+(?:-[a-z]+)?)\s+(?P<words>(?:[\w'’-]+\s+){0,3}[\w'’-]+)")
_RX_AGED = re.compile(r"\s+aged\s+(?:\d+|[a-z]+)\b")
_RX_PART_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_RX_OPENERS_IN = re.compile(r",|--|—|–|:")
#: a people's plural in title case: 'Rohingyas', 'Hindus', 'Buddhists', 'Tutsis'
_RX_PEOPLES = re.compile(r"[A-Z][a-z]+s")


def _part(norm: str, pos: int, lex: Lexicon) -> tuple[int, int, int, list[str], str] | None:
    """One listed part at `pos`: (count, start, end, words, head) for 'seven Hindus', 'a boy aged four' (the first
    word that can be the head after at most three modifiers)."""
    m = _RX_PART.match(norm, pos)
    if not m:
        return None
    det = m.group("det").lower()
    if det in ("a", "an", "one"):
        n = 1
    else:
        q = [q for q in find_quantities(norm[pos:m.end()], lex, pos) if q.start == pos]
        if not q or q[0].vague is not None or q[0].low != q[0].high:
            return None
        n = q[0].low
    words: list[str] = []
    for w in re.finditer(r"[\w'’-]+", norm[m.start("words"):m.end()]):
        word, low = w.group(), w.group().lower()
        if low in ("of", "and", "the", "in", "on", "at", "to", "were", "was", "who"):
            return None
        words.append(low)
        if n == 1 and low in lex.singular or n != 1 and (low in lex.heads or _RX_PEOPLES.fullmatch(word)):
            end = m.start("words") + w.end()
            aged = _RX_AGED.match(norm, end)
            return n, m.start(), aged.end() if aged else end, words, low
    return None


def _parts_at(norm: str, pos: int, lex: Lexicon) -> tuple[re.Match, list] | None:
    """The list of parts opened at `pos`, with its opener."""
    o = _RX_PARTS_OPEN.match(norm, pos)
    if not o:
        return None
    parts, at = [], o.end()
    while True:
        p = _part(norm, at, lex)
        if p is None:
            break
        parts.append(p)
        sep = _RX_PART_SEP.match(norm, p[2])
        if not sep:
            break
        at = sep.end()
    return (o, parts) if parts else None


def parts_of_a_count(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `parts_of_a_count`: the parts of a count listed right after it, each a record of the count's category
    (docs/annotation.md: subsets stated apart are records): after a dash or colon ('30 civilians were killed --
    seven Bosniaks, seven Croats and 16 Serbs --'), after ', among them' / ', including' ('Thirteen villagers, among
    them six little girls and a boy aged four, died'), or after a bare comma when the parts add up to the count
    ('killed three civilians, two women and a child'). The parts never add up to more than the count.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Some 30 people had been killed -- seven Bosniaks, seven Croats and 16 Serbs -- in the raid.")[1:]
    [('killed', 7, 7, None, 'unknown'), ('killed', 7, 7, None, 'unknown'), ('killed', 16, 16, None, 'unknown')]
    >>> claims_in("Eleven villagers, among them six little girls and a boy aged four, died in the shelling.")
    [('killed', 11, 11, None, 'civilian'), ('killed', 6, 6, None, 'civilian'), ('killed', 1, 1, None, 'civilian')]
    >>> claims_in("Gunmen killed three civilians, two women and a child, near Medea.")
    [('killed', 3, 3, None, 'civilian'), ('killed', 2, 2, None, 'civilian'), ('killed', 1, 1, None, 'civilian')]
    >>> claims_in("Gunmen killed 12 soldiers, three policemen and a teacher near Medea.")[0]
    ('killed', 12, 12, None, 'unknown')
    """
    out: list[Found] = []
    for f in found:
        if f.subset or f.vague is not None or f.low is None or f.low < 2:
            continue
        a, b = f.start - s_start, f.end - s_start
        for pos in [b] + [m.start() for m in _RX_OPENERS_IN.finditer(norm, a, b)]:
            got = _parts_at(norm, pos, lex)
            if got is None:
                continue
            o, parts = got
            total = sum(p[0] for p in parts)
            strong = o.group("mark") or o.group("among")
            if total > (f.high or f.low) or len(parts) < (1 if o.group("among") else 2) or \
                    (not strong and total != f.low):
                continue
            for n, pa, pb, words, head in parts:
                if _free([g for g in found + out if g is not f], pa + s_start, pb + s_start):  # inside its count
                    out.append(Found(f.category, n, n, None, pa + s_start, pb + s_start, words, head, subset=True))
            break
    return out


# ----------------------------------------------------------------------------------------------------------
# A counted part of the victims told after them: 'Of the dead, four were children', 'Two of the victims were ...'
# ----------------------------------------------------------------------------------------------------------

#: the victims' group, by category
_GROUP_CATEGORY = {"dead": "killed", "killed": "killed", "victims": "killed", "deceased": "killed",
                   "fatalities": "killed", "bodies": "killed", "wounded": "wounded", "injured": "wounded",
                   "abducted": "captured", "kidnapped": "captured", "hostages": "captured", "captives": "captured",
                   "displaced": "displaced", "casualties": "casualties"}
_GROUPS = "|".join(sorted(_GROUP_CATEGORY, key=len, reverse=True))
_RX_PART_AFTER = re.compile(r"""
    (?<![\w'’-])
    (?:(?P<n1>[\w,-]+)\s+of\s+(?:the|those)\s+(?:(?P<all1>[\w,-]+)\s+)?(?P<g1>{groups})  # 'Two of the (nine) victims',
       (?:\s+(?:found|recovered|identified|named|so\s+far))?                      # 'One of those killed'
       \s+(?:were|are|was|had\s+been|have\s+been)\s+
     |[Oo]f\s+the\s+(?:(?P<all2>[\w,-]+)\s+)?(?P<g2>{groups})                      # 'Of the (30) dead, four were'
       (?:\s+(?:who|that|whose)\s+[^,.;:]{{1,50}}?)?\s*,\s*                        # 'Of the victims who could be
       (?:(?:only|just)\s+)?(?P<n2>[\w,-]+)\s+(?:were|are|had\s+been|have\s+been)\s+)   # identified, only four are'
    (?P<what>(?:(?:members|children|women|men|minors|civilians|soldiers|police|policemen|officers|fighters|militants|
        rebels|students|foreigners|foreign\s+nationals|girls|boys|babies|infants|teenagers|elderly|aged|under|
        younger|older|from|of|among|in|on|said\s+to\s+be|believed\s+to\s+be|reported\s+to\s+be)\b[^.;:]{{0,60}}
      |(?P<det>a|an|the)\s+[^.;:]{{1,60}}))                                          # (of one:) 'was the commander'
""".format(groups=_GROUPS), re.X)
#: (session 13) a second part after the first: 'Of the victims, 48 were women and 55 were men'
_RX_PART_MORE = re.compile(r"^[^.;:]*?\band\s+(?P<n>[\w,-]+)\s+(?:were|are)\s+(?P<what>(?:members|children|women|men|"
                           r"minors|civilians|soldiers|police|policemen|officers|fighters|militants|rebels|students|"
                           r"foreigners|girls|boys|babies|infants|teenagers|elderly)\b[^.;:,]{0,40})")

#: the group named again, the cheap test before the long pattern
_RX_PART_CHEAP = re.compile(r"\b[Oo]f\s+(?:the|those)\s+(?:[\w,-]+\s+)?(?:{groups})\b".format(groups=_GROUPS))


def part_told_after(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `part_told_after`: a count of the victims named again as a group and then described (`Of the dead,
    four were children`, `Two of the nine victims found were members of a village militia`, `Eight of the
    wounded were under 18`): a counted subset of the group's category (docs/annotation.md: a subset is a record
    of its own).  `victims` are the dead; the description (`were members`, `were children`, `under`, `aged`) must
    follow, so that `Two of the wounded died` stays the grammar's (killed).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Of the dead, four were children, the mayor of Bamenda said.")
    [('killed', 4, 4, None, 'civilian')]
    >>> claims_in("Two of the nine victims found were members of a local self-defence militia.")
    [('killed', 2, 2, None, 'unknown'), ('casualties', 9, 9, None, 'unknown')]
    >>> claims_in("Two of the wounded later died in hospital in Ziguinchor.")
    [('killed', 2, 2, None, 'unknown')]

    Session 13: the group may take a relative clause and the part 'only', a second part may follow after 'and',
    and one person may be told by a role after 'One of those killed was' (eval/RECALL_FAMILIES.md, "Session 13").

    >>> claims_in("Of the victims who were named, only three were children and two were women.")
    [('killed', 3, 3, None, 'civilian'), ('killed', 2, 2, None, 'civilian')]
    >>> claims_in("One of those killed was the deputy mayor of Kidal, the governor said.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("One of the wounded was the first to speak to reporters.")   # no person by role
    []
    """
    out: list[Found] = []
    # (session 23: every match of the cheap test opens on 'of' or 'Of': searched from the first, scan.first_of)
    at = first_of(norm, ("of", "Of"))
    cheap = _RX_PART_CHEAP.search(norm, at) if at >= 0 else None
    if cheap is None:
        return out
    for m in _RX_PART_AFTER.finditer(norm, max(0, cheap.start() - 24)):
        n = count_word(m.group("n1") or m.group("n2"), lex)
        if not n or n > 100000:
            continue
        group = (m.group("g1") or m.group("g2")).lower()
        a, b = m.start() + s_start, m.end() + s_start
        if not _free(found + out, a, b):  # the group is a claim of its own ('the nine victims', 'the 30 abducted'):
            a, b = (m.start("n2"), m.end()) if m.group("n2") else (m.start(), m.start("all1") if m.group("all1")
                                                                    else m.start("g1"))
            a, b = a + s_start, b + s_start                  # the part's own words: 'Two of the', '12 were women'
            if not _free(found + out, a, b):
                continue
        what = m.group("what").lower().split()
        if m.group("det"):   # 'One of those killed was the commander of a unit': one person, by a role
            role = next((w.strip(",") for w in what[1:4] if w.strip(",") in lex.singular), None)
            if n != 1 or role is None:
                continue
            what = what[1:what.index(role, 1) + 1] if role in what else what[1:]
        head = next((w for w in what if w in lex.heads), None)
        own = list(itertools.takewhile(lambda w: w not in ("of", "from", "in", "on", "among"), what[:4]))
        out.append(Found(_GROUP_CATEGORY[group], n, n, None, a, b, [w.strip(",") for w in own], head,
                         subset=True))  # ('members' of a village militia: no side from 'village')
        more = _RX_PART_MORE.match(m.group("what")) if m.group("n2") else None
        n_more = count_word(more.group("n"), lex) if more else None
        if more and n_more and n_more <= 100000:
            words = more.group("what").lower().split()
            own = list(itertools.takewhile(lambda w: w not in ("of", "from", "in", "on", "among"), words[:4]))
            out.append(Found(_GROUP_CATEGORY[group], n_more, n_more, None, m.start("what") + more.start("n") + s_start,
                             m.start("what") + more.end() + s_start, [w.strip(",") for w in own],
                             next((w for w in words if w in lex.heads), None), subset=True))
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


#: (name, gate, find) of each rule, in the order they run (``rules.RULES`` lists them by name)
COUNT_PARTS_RULES: tuple[tuple, ...] = (
    ("a count among the victims", (frozenset({"among"}),
                                   frozenset({"victims", "dead", "killed", "wounded", "injured", "casualties"})),
     among_the_victims),
    ("N of them after a count", (frozenset({"them", "whom"}),), n_of_them_after_count),
    ("the parts of a count listed after it", (frozenset({"and"}),), parts_of_a_count),
    ("a counted part of the victims told after them", (frozenset({"of"}), frozenset(_GROUP_CATEGORY)),
     part_told_after),
    ("a toll broken down by unit", (frozenset({"from"}), frozenset({"of"}), frozenset(_TOLL_NOUNS)), toll_by_unit),
    ("parts told as among a counted toll", (frozenset({"among"}), frozenset({"and"}),
                                            frozenset(w.split()[0] for w in _AMONG_PARTS_CUES)), parts_among_count),
)
