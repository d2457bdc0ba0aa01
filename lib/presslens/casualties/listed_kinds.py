"""Counts of different kinds of people listed together, one record each ('three soldiers and two civilians were
killed'), a count before 'including' and the one person before a count, and sums replaced by their parts: the
reshaping ``claims`` calls on what the quantity grammar found (found on eval/real, session 4). The examples in the
docstrings are their tests (doctests); ``tests/test_casualties_listed_kinds.py`` has more, with sides.
"""
from __future__ import annotations

import dataclasses
import re
from itertools import takewhile

from .found import Found
from .lexicon import Lexicon, _alt
from .named import _NAME
from .numbers import Qty, find_quantities
from .ranks import OFFICERS_AND_MEN, officers_and_men
from .scan import OpenedPattern, class_opened


# ----------------------------------------------------------------------------------------------------------
# Counts of different kinds of people, listed together: one record each
# ----------------------------------------------------------------------------------------------------------

#: people counted by age or sex: a list of these is a breakdown, never one sum
_DEMOGRAPHIC = frozenset(["men", "women", "children", "adults", "boys", "girls", "infants", "babies", "minors",
                          "elderly", "teenagers", "toddlers"])

#: the cue after the list: '... were killed', '... had been killed', '... died', '... were among the dead'
_RX_LIST_CUE = re.compile(r"""
    (?:\s+--|\s*[—–])?                                          # the dash closing a list set off inside a count
    \s+(?:(?:also|all)\s+)?                                      # 'also were reported killed'
    (?:(?:were|are|was)\s+|                                      # 'were killed'
       (?:had|have|has)\s+(?:(?:also|all|reportedly|now|since)\s+)?   # 'have also been killed', 'have now died'
       (?:been\s+|(?=died\b)))?
    (?:(?:also|all|reportedly|reported|confirmed|officially|later)\s+){0,2}
    (?:(?:seriously|critically|severely|badly|gravely|lightly|slightly|moderately)\s+)?   # how badly: still one cue
    (?P<cue>killed|dead|died|wounded|injured|hurt|among\s+the\s+dead|among\s+those\s+killed|among\s+the\s+wounded|
       among\s+the\s+victims|among\s+the\s+casualties)\b
""", re.X)
_LIST_CATEGORY = {"killed": "killed", "dead": "killed", "died": "killed", "wounded": "wounded", "injured": "wounded",
                  "hurt": "wounded"}
#: 'among the victims are 50 children and 94 women': the list after its category
_RX_AMONG_BEFORE = re.compile(r"\b[Aa]mong\s+(?:the|those)\s+(?P<what>dead|victims|killed|wounded|injured)\s+"
                              r"(?:are|were)\s+(?:also\s+)?$")
#: between a count and the next one: its head noun (after up to four modifiers, an acronym in brackets among
#: them: 'four Tamil Tiger (LTTE) fighters'), then ', ', ', and ' or ' and '
#: rule `nationals_in_list` (session 16, summed counts): a plural nationality is an item's head, as the quantity
#: grammar reads it ('12 Cubans and three civilians ... died', 'left seven Russians and about 50 militants dead')
_NATIONALS = r"[A-Z][a-z]+(?:ans|ians|is|ese)"
_RX_ITEM_GAP = re.compile(r"\s+(?P<mods>(?:[\w'’()-]+\s+){0,4}?)(?P<head>[a-z]+|" + _NATIONALS +
                          r")\s*(?:,\s*(?:and\s+)?|and\s+)$")
_RX_LAST_HEAD = re.compile(r"\s+(?P<mods>(?:[\w'’()-]+\s+){0,4}?)(?P<head>[a-z]+)")


#: the last item's own 'of'/'from' phrase before the cue: 'five members of the local vigilante group also died'
#: (session 13) or a subset set off by commas ('two resistance force members, including a local commander, were
#: killed'), and the 'of' phrase may end in a comma ('24 rebels of the newly formed Zapatista Army, were killed')
_RX_ITEM_TAIL = re.compile(r"""
    (?:\s+(?:of|from)\s+(?:[\w'’()-]+\s+){0,5}?[\w'’()-]+,?            # 'of the local vigilante group'
      | \s*,\s*(?:including|among\s+them)\s+[^,.;:()]{1,50}?,)          # ', including a local commander,'
    (?=\s+(?:were|are|was|had|have|also|all|reportedly|died|fell|perished|lost|killed|dead|wounded|injured|hurt)\b)
""", re.X)
#: cues of the lexicon the list rule takes beyond its own: 'fell in combat', 'lost their lives', 'were martyred'
_LIST_MORE = ("fell in combat", "fell in battle", "fell in action", "lost their lives", "perished", "martyred",
              "slain", "eliminated", "neutralised", "neutralized", "gunned down", "shot dead")


_RX_LIST_MORE = re.compile(r"\s+(?:(?:were|are|had\s+been|have\s+been|was)\s+)?(?:(?:also|all|reportedly)\s+)?"
                           r"(?P<cue>" + _alt(_LIST_MORE) + r")\b")


def _list_more(norm: str, at: int) -> re.Match | None:
    """The list rule's further cues of death ('Six soldiers and five militiamen fell in combat'), read as 'died'.

    >>> _list_more("Six soldiers and five militiamen fell in combat", 32).group("cue")
    'fell in combat'
    """
    return _RX_LIST_MORE.match(norm, at)


def _object_of_active(before: str, lex: Lexicon) -> bool:
    """Rule `object_of_active`: the first count of a list is the object of an active verb of harm right before it
    ('the army killed 17 militants and a dozen others were wounded'): the cue after the list is the next
    clause's, so the list is no list of one cue.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Gendarmes shot dead 12 bandits and three others were wounded near Abeche.")
    [('killed', 12, 12, None, 'unknown'), ('wounded', 3, 3, None, 'unknown')]
    """
    words = before.lower().split()[-2:]
    return tuple(words[-1:]) in lex.active or tuple(words) in lex.active


def _role(head: str, lex: Lexicon) -> str | None:
    return "demographic" if head in _DEMOGRAPHIC else lex.roles.get(head)


#: a police count beside a soldiers' count is another force's (docs/annotation.md, "Coordinated counts")
_POLICE = frozenset("police policemen policeman policewomen policewoman constables constable cops cop".split())


def _is_nationals(head: str) -> bool:
    """Rule `nationals_in_list`: a capitalised plural nationality ('Cubans', 'Russians', 'Israelis', 'Sudanese').

    >>> [_is_nationals(w) for w in ("Cubans", "Israelis", "Sudanese", "soldiers", "Cuban", "Tigers")]
    [True, True, True, False, False, False]
    """
    return head[:1].isupper() and re.fullmatch(_NATIONALS, head) is not None


def _kind(head: str, mods: list[str], lex: Lexicon) -> str | None:
    """The kind of people one item of a list counts: 'police' (policemen, police officers), else its role.

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> [_kind(h, m, load_lexicon()) for h, m in (("officers", ["police"]), ("officers", []), ("women", []))]
    ['police', 'state', 'demographic']
    """
    if _is_nationals(head):
        return "nationals " + head.lower()   # each nationality its own kind (rule `nationals_in_list`)
    return "police" if head in _POLICE or "police" in mods else _role(head, lex)


#: rule `single_in_list`: an indefinite person opening a list is an item of one ('A soldier and six rebels were
#: killed' is told as 'One soldier and six rebels'); the list's words decide, as for counted items, sum or split
#: (`\b[Aa]n?(?=...)` written to open on the class of its first letter, so that `re` skips to the a's: a
#: pattern that opens on `\b` is entered at every position; the look-behind at the letter is the `\b` before it)
_RX_ONE_ITEM = re.compile(r"[Aa](?<=\b[Aa])n?(?=\s+(?:[\w'’()-]+\s+){0,4}?[a-z]+\s*,?\s+and\s+\S)")


class _OneItem(Qty):
    """An item of one person ('a soldier') placed among a list's counted items (rule `single_in_list`)."""


def _single_stands_apart(heads: list[str], mods: list[list[str]], lex: Lexicon) -> bool:
    """Rule `single_in_list`: the list's first person is told apart from the counts after them only when their kind is
    known and differs ('A policeman and two civilians'); a person of no kind of their own ('a rebel commander and
    seven fighters', 'a man and two women') joins the count, as 'Captain Ruiz and two soldiers' does (3)."""
    def kind(h: str, m: list[str]) -> str | None:
        k = _kind(h, m, lex)
        return "civilian" if k == "demographic" else k
    one = kind(heads[0], mods[0])
    return one is not None and {kind(h, m) for h, m in zip(heads[1:], mods[1:])} != {one}


def _single_items(norm: str, s_start: int, qtys: list) -> list:
    """Items of one ('a soldier' before 'and <count>') placed among the counted items (rule `single_in_list`).

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> text = "A soldier and six rebels were killed"
    >>> [(q.low, q.start) for q in _single_items(text, 0, find_quantities(text, load_lexicon()))]
    [(1, 0), (6, 14)]
    """
    if not qtys:
        return qtys
    first = min(q.start for q in qtys)
    ones = [_OneItem(m.start() + s_start, m.end() + s_start, 1, 1, None)   # (the matches before the first count:
            for m in takewhile(lambda m: m.start() + s_start < first, _RX_ONE_ITEM.finditer(norm))]  # in order)
    return sorted([*ones, *qtys], key=lambda q: q.start) if ones else qtys


def _list_run(norm: str, s_start: int, lex: Lexicon, qtys: list, i: int) -> tuple[list, list, list, list, int]:
    """The counts joined to `qtys[i]` by a head and 'and'/a comma: (items, their heads, modifiers, ends, next i)."""
    items = [qtys[i]]
    heads: list[str] = []
    mods: list[list[str]] = []  # each item's own modifiers: 'army' soldiers, 'New People's Army (NPA)' fighters
    ends: list[int] = []  # where each item's own words end
    j = i
    while j + 1 < len(qtys):
        gap = _RX_ITEM_GAP.fullmatch(norm[qtys[j].end - s_start:qtys[j + 1].start - s_start])
        if not gap or not (gap.group("head") in lex.heads or gap.group("head") in _DEMOGRAPHIC or
                           gap.group("head") in lex.singular or _is_nationals(gap.group("head"))):
            break  # ('one rebel and three soldiers')
        heads.append(gap.group("head"))
        mods.append(gap.group("mods").lower().split())
        ends.append(qtys[j].end + gap.end("head"))
        items.append(qtys[j + 1])
        j += 1
    return items, heads, mods, ends, (j + 1 if j > i else i + 1)


#: the last item's head right before the list's cue ('two police officers were killed': 'officers', not 'police'),
#: or before its own tail ('two resistance force members, including a local commander, were killed')
_RX_LAST_HEAD_AT_CUE = re.compile(r"\s+(?P<mods>(?:[\w'’()-]+\s+){0,4}?)(?P<head>[a-z]+)(?=(?:" +
                                  _RX_ITEM_TAIL.pattern + "\n)?" + _RX_LIST_CUE.pattern + "\n)", re.X)
#: words that end a noun phrase's modifiers: a modifier run holding one is no run of noun adjuncts
_NOT_ADJUNCT = frozenset("of from in at on to by with and or the a an this that who which whose were was are is had "
                         "have has been other others another more such some several many all both".split())


#: the list's last head a plural nationality right before the cue ('and three Indians were killed'; rule
#: `nationals_in_list`)
_RX_LAST_NATIONALS_AT_CUE = re.compile(r"\s+(?P<mods>(?:[\w'’()-]+\s+){0,2}?)(?P<head>" + _NATIONALS + r")(?=(?:" +
                                       _RX_ITEM_TAIL.pattern + "\n)?" + _RX_LIST_CUE.pattern + "\n)", re.X)


def _noun_adjuncts(mods: str, lex: Lexicon) -> bool:
    """Rule `list_head_after_adjuncts` (session 13): the words before the head right before a list's cue are noun
    modifiers only ('rebel fighters', 'resistance force members': no preposition, article, verb or number), so the
    list's last head is the last word, not the first.

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> [_noun_adjuncts(m, load_lexicon()) for m in ("rebel ", "resistance force ", "", "members of the ")]
    [True, True, False, False]
    """
    words = mods.lower().split()
    return bool(words) and not any(w in _NOT_ADJUNCT or w[:1].isdigit() for w in words)


def _list_last_head(norm: str, s_start: int, lex: Lexicon, items: list):
    """The match of the list's last head after its last count (a people head), else None."""
    last = _RX_LAST_HEAD.match(norm, items[-1].end - s_start)
    at_cue = _RX_LAST_HEAD_AT_CUE.match(norm, items[-1].end - s_start)
    if last and at_cue and at_cue.group("head") in lex.heads and (
            last.group("head").endswith("ed") and last.group("head") not in lex.heads or
            last.group("head") in lex.heads and
            at_cue.group("mods").split() == [*last.group("mods").split(), last.group("head")] or
            _noun_adjuncts(at_cue.group("mods"), lex)):
        last = at_cue   # 'two police officers were killed': the head is 'officers', 'police' its modifier;
        # 'five suspected attackers died': the head is 'attackers', not the participle before it; 'two rebel
        # fighters', 'two resistance force members': a person word or a force's noun is the head's modifier
    if not last or not (last.group("head") in lex.heads or last.group("head") in _DEMOGRAPHIC or
                        last.group("head") in lex.singular):
        return _RX_LAST_NATIONALS_AT_CUE.match(norm, items[-1].end - s_start)  # 'and three Indians were killed'
    return last


def _list_category(norm: str, s_start: int, items: list, last) -> tuple[object, tuple[str, int] | None]:
    """(the cue after the list or None, (category, end) from that cue or from 'among the dead' before it, else None)."""
    tail = _RX_ITEM_TAIL.match(norm, last.end())  # 'five members of the X group': the group is the item's
    cue = _RX_LIST_CUE.match(norm, tail.end() if tail else last.end()) or \
        _list_more(norm, tail.end() if tail else last.end())
    among = _RX_AMONG_BEFORE.search(norm[:items[0].start - s_start])
    if cue:
        category, end = _LIST_CATEGORY.get(cue.group("cue").split()[-1], "killed"), cue.end() + s_start
        if "among" in cue.group("cue"):
            group = cue.group("cue").split()[-1]
            category = "wounded" if group == "wounded" else "casualties" if group in ("victims", "casualties") \
                else "killed"
    elif among:
        what = among.group("what")
        category, end = ("wounded" if what in ("wounded", "injured") else "killed"), last.end() + s_start
    else:
        return cue, None
    return cue, (category, end)


def _ranks_sum(category: str, items: list, heads: list[str], mods: list[list[str]], end: int) -> Found:
    """One record of a list's counts summed (rule `officers_and_men`): the bounds added, an open one open."""
    low = sum(q.low for q in items) if all(q.low is not None for q in items) else None
    high = sum(q.high for q in items) if all(q.high is not None for q in items) else None
    words = [w for own, head in zip(mods, heads) for w in (*own, head)]
    return Found(category, low, high, None, items[0].start, end, words, heads[-1], rule=OFFICERS_AND_MEN)


def coordinated_kinds(norm: str, s_start: int, lex: Lexicon, found: list[Found], qtys: list | None = None
                      ) -> list[Found]:
    """Counts of different kinds of people listed before one cue ('five children and three adults were killed',
    '80 men, 12 women and 9 children died', 'two policemen and one civilian were killed', 'three soldiers and two
    policemen were killed': the army and the police are two forces) or after 'among the victims are': one record
    per count, replacing the sum the quantity grammar made.  Counts of one kind (ranks of one force: 'two
    officers and nine soldiers were killed') stay one sum.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Medics in Nyala said 40 men, 11 women and six children had been killed.")
    [('killed', 40, 40, None, 'civilian'), ('killed', 11, 11, None, 'civilian'), ('killed', 6, 6, None, 'civilian')]
    >>> claims_in("Two officers and nine soldiers were killed near Mekelle.")
    [('killed', 11, 11, None, 'unknown')]
    >>> claims_in("Four soldiers and three policemen were killed when rebels attacked the convoy near Huambo.")
    [('killed', 4, 4, None, 'unknown'), ('killed', 3, 3, None, 'unknown')]
    >>> claims_in("A policeman and two civilians were killed in Benguela, police said.")
    [('killed', 1, 1, None, 'unknown'), ('killed', 2, 2, None, 'civilian')]
    >>> claims_in("A lieutenant and 11 soldiers were killed near Cuito.")   # ranks of one force: one sum
    [('killed', 12, 12, None, 'unknown')]
    >>> claims_in("A guerrilla commander and seven fighters were killed near Luena.")   # a person of no kind: joins
    [('killed', 8, 8, None, 'unknown')]
    """
    qtys = _single_items(norm, s_start, [q for q in (find_quantities(norm, lex, s_start) if qtys is None else qtys)
                                         if q.vague is None])
    out: list[Found] = []
    i = 0
    while i < len(qtys) - 1:
        items, heads, mods, ends, i = _list_run(norm, s_start, lex, qtys, i)
        if len(items) < 2 or _object_of_active(norm[:items[0].start - s_start], lex):
            continue  # 'killed 17 militants and a dozen others were wounded': two clauses, not one list
        last = _list_last_head(norm, s_start, lex, items)
        if last is None:
            continue
        heads.append(last.group("head"))
        mods.append(last.group("mods").lower().split())
        ends.append(last.end() + s_start)
        roles = {_kind(h, m, lex) for h, m in zip(heads, mods)}
        cue, categorised = _list_category(norm, s_start, items, last)
        if categorised is None:
            continue
        category, end = categorised
        if officers_and_men(heads):   # '20 officers and 115 men killed': one force's ranks, one sum (ranks.py)
            out.append(_ranks_sum(category, items, heads, mods, end))
            continue
        if cue and not ("demographic" in roles or len(roles) > 1):
            continue  # one kind of people: the grammar's sum stands
        if isinstance(items[0], _OneItem) and not _single_stands_apart(heads, mods, lex):
            continue  # 'A rebel commander and seven fighters were killed': one person joins the count (8)
        civilians = ["civilians"] if {"children", "women", "girls", "boys", "infants", "babies"} & set(heads) else []
        for q, head, own, own_end in zip(items, heads, mods, ends):  # men and adults beside women and children
            out.append(Found(category, q.low, q.high, None, q.start, end, [*own, head.lower(), *civilians], head.lower(),
                             own_end=own_end))  # are civilians
    return out


#: after a count's victims: 'including <a few words>' (or 'among them ...'), set off by commas, dashes or nothing,
#: then the auxiliary and the cue ('{cue}': every passive cue of the lexicon that harms people)
_RX_INCLUDING_THEN_CUE = r"""
    \s*(?:,|\s--|\s[—–])?\s*(?P<opener>including|among\s+them)\s+   # ', including' / ' -- including'
    (?P<parts>[^.;:,—–]{{1,100}}?)(?:,|\s+--|\s*[—–])?\s+             # 'two militia fighters' (no dash inside)
    (?:were|have\s+been|had\s+been|are)\s+(?:(?:also|all|reportedly|reported|confirmed|later)\s+){{0,2}}
    (?P<cue>{cue})\b
"""
_COUNT_INCLUDING: dict[int, tuple[re.Pattern, dict[str, str]]] = {}
#: the categories a count before its parts can carry (a town is 'captured' too: its people are 'detained')
_INCLUDING_CATEGORIES = frozenset(["killed", "wounded", "captured"])


def _count_including(lex: Lexicon) -> tuple[re.Pattern, dict[str, str]]:
    """The pattern of a count's head, its parts and its cue, and the cue -> category table, built once per lexicon."""
    if id(lex) not in _COUNT_INCLUDING:
        cues = {" ".join(k): cat for k, cat in lex.passive.items() if cat in _INCLUDING_CATEGORIES}
        cues.update(_LIST_CATEGORY)
        pattern = (r"\s+(?P<mods>(?:[\w'’-]+\s+){0,2}?)(?P<head>[a-z]+)\b" +
                   _RX_INCLUDING_THEN_CUE.format(cue=_alt(cues)))
        _COUNT_INCLUDING[id(lex)] = (re.compile(pattern, re.X), cues)
    return _COUNT_INCLUDING[id(lex)]


def _vague_part(norm: str, m: re.Match, s_start: int, lex: Lexicon, category: str) -> list[Found]:
    """The one part of a count told by a vague amount ('including several children'): a subset, its vague word."""
    qs = find_quantities(norm[m.start("parts"):m.end("parts")], lex, m.start("parts"))
    if not qs or qs[0].start != m.start("parts") or qs[0].vague is None:
        return []
    q, rest = qs[0], norm[qs[0].end:m.end("parts")].split()
    if not rest or rest[-1].lower() not in lex.heads or len(rest) > 3:
        return []
    return [Found(category, None, None, q.vague, q.start + s_start, m.end("parts") + s_start,
                  [w.lower() for w in rest], rest[-1].lower(), subset=True)]


#: a part of one by role ('a colonel and a captain'): people without a number are summed (docs/annotation.md), so
#: no part of its own here
_RX_ONE_PART = re.compile(r"an?\s", re.I)


def count_before_including(norm: str, s_start: int, lex: Lexicon, found: list[Found], qtys: list | None = None
                           ) -> list[Found]:
    """A count whose cue comes after a subset stated inside it ('Nine villagers including two militia
    fighters were killed', 'Six policemen including the post commander were confirmed dead', 'Ten people --
    including two guards -- were burned to death'): the count, with the cue after the subset; and the parts
    listed there with a number that no claim holds yet, one subset each in the count's category ('including 22
    police and 24 rebels of the army, were reported killed': 22 and 24).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Nine villagers including two militia fighters were killed by an airstrike in Tigray.")
    [('killed', 9, 9, None, 'unknown'), ('killed', 2, 2, None, 'unknown')]
    >>> claims_in("Ten people -- including two guards -- were burned to death in the depot.")
    [('killed', 10, 10, None, 'unknown'), ('killed', 2, 2, None, 'unknown')]
    >>> claims_in("Nine villagers including the chief's son visited the camp.")
    []
    """
    from .rules import _items  # the counted items grammar of 'counted subsets' (rules imports this module)
    rx, cues = _count_including(lex)
    out: list[Found] = []
    for q in (find_quantities(norm, lex, s_start) if qtys is None else qtys):
        if any(f.start <= q.start < f.end and f.subset for f in found):
            continue  # a part of another count
        m = rx.match(norm, q.end - s_start)
        if not m or m.group("head") not in lex.heads or q.vague is not None and m.group("opener") != "including":
            continue
        cat = cues[re.sub(r"\s+", " ", m.group("cue"))]
        parent = next((f for f in found if f.start <= q.start < f.end), None)
        if parent is None:
            words = [*m.group("mods").lower().split(), m.group("head")]
            parent = Found(cat, q.low, q.high, q.vague, q.start, m.end() + s_start, words, m.group("head"))
            out.append(parent)
        elif parent.category != cat:
            continue
        others = [f for f in found + out if f is not parent]
        for part in _items(norm, m.start("parts"), s_start, lex, cat) + _vague_part(norm, m, s_start, lex, cat):
            if part.end <= m.end("parts") + s_start and not _RX_ONE_PART.match(norm, part.start - s_start) and \
                    not any(f.start < part.end and part.start < f.end for f in others):
                out.append(part)
                others.append(part)
    return out


#: one person before a count harmed with it: 'A rebel commander along with', 'Colonel X, commander of ..., and'
_RX_ONE_BEFORE = re.compile(r"""
    (?:(?:\b[Aa]n?|\b[Tt]he)\s+(?:[\w'’-]+\s+){{0,4}}?(?P<noun>{nouns})\s*,?\s+(?:along|together)\s+with
     |(?P<name>{name})\s*,\s*[^,;]{{0,40}}?\b(?:{nouns})\b[^,;]{{0,60}},\s*   # 'X, commander of the brigade,'
       (?:and|along\s+with|together\s+with)
     |(?P<titled>\b(?:General|Gen\.|Colonel|Col\.|Lieutenant|Lt\.|Major|Maj\.|Captain|Capt\.|Sergeant|Sgt\.|Corporal|
        Cpl\.|Private|Commander|Brigadier)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}})\s+and)   # 'Captain Ruiz and'
    \s+$""".format(nouns="{nouns}", name=_NAME), re.X)
_ONE_BEFORE: dict[int, re.Pattern | OpenedPattern] = {}


def one_before_count(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """A person and a count harmed together, the count's cue after both: 'A rebel commander along with at least
    seven fighters were killed', 'Colonel X, commander of the battalion, and five soldiers were killed' -> the
    count plus one (named people count one each).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("A militia commander along with at least seven fighters were killed in Sennar, an official said.")
    [('killed', 8, None, None, 'unknown')]
    >>> claims_in("Colonel Dawit Haile, commander of the 21st brigade, and five soldiers were killed near Shire.")
    [('killed', 6, 6, None, 'unknown')]
    >>> claims_in("Captain Ruiz and two soldiers were killed near Ayacucho.")  # docs/annotation.md's example
    [('killed', 3, 3, None, 'unknown')]
    >>> claims_in("Kassala, a city of about 400,000, and another 9,000 people have fled.")
    [('displaced', 9000, 9000, None, 'civilian')]
    """
    if id(lex) not in _ONE_BEFORE:
        # (searched from its opening class only, [AaTt] and capitals: the same Match objects, scan.class_opened)
        _ONE_BEFORE[id(lex)] = class_opened(re.compile(_RX_ONE_BEFORE.pattern.replace("{nouns}", _alt(lex.singular)),
                                                       re.X))
    rx = _ONE_BEFORE[id(lex)]
    out = []
    for f in found:
        if f.vague or f.low is None or f.named or f.agent_end is not None or f.subset:
            out.append(f)
            continue
        before = norm[:f.start - s_start].rstrip()
        m = rx.search(norm, max(0, f.start - s_start - 160), f.start - s_start) \
            if before.endswith((" with", " and")) else None  # a cheap test before the long pattern
        if not m:
            out.append(f)
            continue
        words = [*norm[m.start():m.end()].lower().split(), *f.np_words]
        out.append(Found(f.category, f.low + 1, None if f.high is None else f.high + 1, None, m.start() + s_start,
                         f.end, words, f.head, named=bool(m.group("name") or m.group("titled"))))
    return out


def _civilian_kind(kind: str | None) -> str | None:
    """A kind of people with age or sex read as civilians (as `_single_stands_apart` reads them)."""
    return "civilian" if kind == "demographic" else kind


#: rule `single_after_count`: 'a'/'an' and one person right after a count's head ('10 soldiers and a civilian')
_RX_SINGLE_AFTER = re.compile(r"(?P<head>[a-z]+)\s+and\s+(?P<det>an?)\s+(?P<noun>[a-z]+)\b")


def single_after_count(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `single_after_count`: one person of another kind after a count, the two harmed by one verb ('killing at
    least 10 soldiers and a civilian', 'Four soldiers and a civilian were killed'): the grammar's sum (the count
    plus one) becomes two records, the count and the person, each with its own words (docs/annotation.md: a person
    of another kind than the count is a record of one beside it, as `single_in_list` reads 'A soldier and six
    rebels'). A person of the count's own kind or of no known kind joins it ('four soldiers and a lieutenant',
    'three children and a woman', 'three children and their mother').

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Rebels attacked the post at Kitgum, killing at least 10 soldiers and a civilian, the army said.")
    [('killed', 10, None, None, 'unknown'), ('killed', 1, 1, None, 'civilian')]
    >>> claims_in("Four soldiers and a civilian were wounded near Mopti.")
    [('wounded', 4, 4, None, 'unknown'), ('wounded', 1, 1, None, 'civilian')]
    >>> claims_in("Rebels killed four soldiers and a lieutenant near Gulu.")   # ranks of one force: one sum
    [('killed', 5, 5, None, 'unknown')]
    """
    out: list[Found] = []
    for f in found:
        words = f.np_words
        if f.vague or f.low is None or f.named or f.subset or f.head is None or len(words) < 3 or \
                words[-2] not in ("a", "an") or words[-1] not in lex.singular:
            out.append(f)
            continue
        # (the phrase of an active verb's object ends at its count's head: the person comes after its end)
        m = next((m for m in _RX_SINGLE_AFTER.finditer(norm, f.start - s_start, f.end - s_start + 60)
                  if m.group("head") == f.head and m.group("noun") == words[-1]), None)
        own, one = (_civilian_kind(_kind(f.head, words[:-2], lex)), _civilian_kind(_kind(words[-1], [], lex)))
        if m is None or own is None or one is None or own == one:
            out.append(f)   # 'four soldiers and a lieutenant', 'three children and a woman': one sum
            continue
        out.append(dataclasses.replace(f, low=f.low - 1, high=None if f.high is None else f.high - 1,
                                       np_words=words[:-2], own_end=m.end("head") + s_start, rule=""))
        out.append(dataclasses.replace(f, low=1, high=1, start=m.start("det") + s_start, end=max(f.end, m.end("noun") + s_start), np_words=[words[-1]],
                                       head=words[-1], own_end=m.end("noun") + s_start, partitive=False,
                                       toll=False, loser_end=None, rule=""))
    return out


def replace_sums(found: list[Found], split: list[Found]) -> list[Found]:
    """`found` without the claims the split counts cover, plus the split counts."""
    if not split:
        return found
    lo, hi = min(f.start for f in split), max(f.end for f in split)
    return [f for f in found if not (lo <= f.start < hi or f.start <= lo < f.end)] + split
