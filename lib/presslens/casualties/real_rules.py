"""Named rules for casualty families found on real news copy (eval/real's misses, sorted into constructions):
counts of different kinds of people listed together, one person pointed at by a role inside or beside a count,
and a denial that is no denial.

Each rule is a ``Rule`` record (registered in ``rules.RULES``) or, where it must reshape what the quantity grammar found, a
named function called from ``claims``; the examples in the docstrings are their tests (doctests), and
``tests/test_casualties_real_families.py`` has more, with sides.

    >>> [name for name, _, _ in REAL_RULES]
    ['a person among a count', 'one person by role']
"""
from __future__ import annotations

import re

from .found import Found, free as _free
from .lexicon import Lexicon, _alt
from .named import _NAME
from .numbers import Qty, find_quantities


# ----------------------------------------------------------------------------------------------------------
# Counts of different kinds of people, listed together: one record each
# ----------------------------------------------------------------------------------------------------------

#: people counted by age or sex: a list of these is a breakdown, never one sum
_DEMOGRAPHIC = frozenset(["men", "women", "children", "adults", "boys", "girls", "infants", "babies", "minors",
                          "elderly", "teenagers", "toddlers"])

#: the cue after the list: '... were killed', '... had been killed', '... died', '... were among the dead'
_RX_LIST_CUE = re.compile(r"""
    \s+(?:(?:also|all)\s+)?                                      # 'also were reported killed'
    (?:(?:were|are|had\s+been|have\s+been|was)\s+)?(?:(?:also|all|reportedly|reported|confirmed|officially|later)\s+){0,2}
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
_RX_ITEM_GAP = re.compile(r"\s+(?P<mods>(?:[\w'’()-]+\s+){0,4}?)(?P<head>[a-z]+)\s*(?:,\s*(?:and\s+)?|and\s+)$")
_RX_LAST_HEAD = re.compile(r"\s+(?P<mods>(?:[\w'’()-]+\s+){0,4}?)(?P<head>[a-z]+)")
#: the last item's head right before the list's cue ('two police officers were killed': 'officers', not 'police')

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


def _kind(head: str, mods: list[str], lex: Lexicon) -> str | None:
    """The kind of people one item of a list counts: 'police' (policemen, police officers), else its role.

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> [_kind(h, m, load_lexicon()) for h, m in (("officers", ["police"]), ("officers", []), ("women", []))]
    ['police', 'state', 'demographic']
    """
    return "police" if head in _POLICE or "police" in mods else _role(head, lex)


#: rule `single_in_list`: an indefinite person opening a list is an item of one ('A soldier and six rebels were
#: killed' is told as 'One soldier and six rebels'); the list's words decide, as for counted items, sum or split
_RX_ONE_ITEM = re.compile(r"\b[Aa]n?(?=\s+(?:[\w'’()-]+\s+){0,4}?[a-z]+\s*,?\s+and\s+\S)")


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
    ones = [_OneItem(m.start() + s_start, m.end() + s_start, 1, 1, None) for m in _RX_ONE_ITEM.finditer(norm)
            if m.start() + s_start < first]
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
                           gap.group("head") in lex.singular):  # 'one rebel and three soldiers'
            break
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
        return None
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
        if cue and not ("demographic" in roles or len(roles) > 1):
            continue  # one kind of people: the grammar's sum stands
        if isinstance(items[0], _OneItem) and not _single_stands_apart(heads, mods, lex):
            continue  # 'A rebel commander and seven fighters were killed': one person joins the count (8)
        civilians = ["civilians"] if {"children", "women", "girls", "boys", "infants", "babies"} & set(heads) else []
        for q, head, own, own_end in zip(items, heads, mods, ends):  # men and adults beside women and children
            out.append(Found(category, q.low, q.high, None, q.start, end, [*own, head, *civilians], head,
                             own_end=own_end))  # are civilians
    return out


#: after a count's victims: 'including <a few words>' (or 'among them ...'), then the cue
_RX_INCLUDING_THEN_CUE = re.compile(r"""
    \s*,?\s*(?:including|among\s+them)\s+[^.;:,]{1,70}?,?\s+       # 'including two militia fighters'
    (?:were|have\s+been|had\s+been|are)\s+(?:(?:also|all|reportedly|confirmed|later)\s+){0,2}
    (?P<cue>killed|dead|wounded|injured|hurt)\b
""", re.X)
_RX_COUNT_INCLUDING = re.compile(r"\s+(?P<mods>(?:[\w'’-]+\s+){0,2}?)(?P<head>[a-z]+)\b" +
                                 _RX_INCLUDING_THEN_CUE.pattern, re.X)


def count_before_including(norm: str, s_start: int, lex: Lexicon, found: list[Found], qtys: list | None = None
                           ) -> list[Found]:
    """A count whose cue comes after a subset stated inside it ('Nine villagers including two militia
    fighters were killed', 'Six policemen including the post commander were confirmed dead'): the count, with
    the cue after the subset (the subset is found on its own).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Nine villagers including two militia fighters were killed by an airstrike in Tigray.")
    [('killed', 9, 9, None, 'unknown'), ('killed', 2, 2, None, 'unknown')]
    >>> claims_in("Nine villagers including the chief's son visited the camp.")
    []
    """
    out = []
    for q in (find_quantities(norm, lex, s_start) if qtys is None else qtys):
        if any(f.start <= q.start < f.end for f in found):
            continue
        v = m = _RX_COUNT_INCLUDING.match(norm, q.end - s_start)
        if not v or v.group("head") not in lex.heads:
            continue
        cat = _LIST_CATEGORY[m.group("cue")]
        words = [*v.group("mods").lower().split(), v.group("head")]
        out.append(Found(cat, q.low, q.high, q.vague, q.start, m.end() + s_start, words, v.group("head")))
    return out


#: one person before a count harmed with it: 'A rebel commander along with', 'Colonel X, commander of ..., and'
_RX_ONE_BEFORE = re.compile(r"""
    (?:(?:\b[Aa]n?|\b[Tt]he)\s+(?:[\w'’-]+\s+){{0,4}}?(?P<noun>{nouns})\s*,?\s+(?:along|together)\s+with
     |(?P<name>{name})\s*,\s*[^,;]{{0,40}}?\b(?:{nouns})\b[^,;]{{0,60}},\s*   # 'X, commander of the brigade,'
       (?:and|along\s+with|together\s+with)
     |(?P<titled>\b(?:General|Gen\.|Colonel|Col\.|Lieutenant|Lt\.|Major|Maj\.|Captain|Capt\.|Sergeant|Sgt\.|Corporal|
        Cpl\.|Private|Commander|Brigadier)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}})\s+and)   # 'Captain Ruiz and'
    \s+$""".format(nouns="{nouns}", name=_NAME), re.X)
_ONE_BEFORE: dict[int, re.Pattern] = {}


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
        _ONE_BEFORE[id(lex)] = re.compile(_RX_ONE_BEFORE.pattern.replace("{nouns}", _alt(lex.singular)), re.X)
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


def replace_sums(found: list[Found], split: list[Found]) -> list[Found]:
    """`found` without the claims the split counts cover, plus the split counts."""
    if not split:
        return found
    lo, hi = min(f.start for f in split), max(f.end for f in split)
    return [f for f in found if not (lo <= f.start < hi or f.start <= lo < f.end)] + split


# ----------------------------------------------------------------------------------------------------------
# One person pointed at by a role
# ----------------------------------------------------------------------------------------------------------

#: 'including a child', 'including the commander of the district police', 'among them a boy aged four'
_RX_PERSON_IN_COUNT = re.compile(r"""
    \b(?:including|among\s+them|among\s+whom|among\s+them\s+was)\s+
    (?P<det>a|an|one|the|another)\s+
    (?P<mods>(?:[\w'’-]+\s+){{0,2}}?)
    (?P<noun>{nouns})\b
""", re.X)
_PERSON_IN_COUNT: dict[int, re.Pattern] = {}


def _person_in_count_rx(lex: Lexicon) -> re.Pattern:
    if id(lex) not in _PERSON_IN_COUNT:
        _PERSON_IN_COUNT[id(lex)] = re.compile(_RX_PERSON_IN_COUNT.pattern.format(nouns=_alt(lex.singular)), re.X)
    return _PERSON_IN_COUNT[id(lex)]


def person_in_count(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """One person named by role inside a death toll just found ('11 people were killed, including a child'; 'eight
    policemen, including the station commander, died'): a record of one death, a subset.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Nine villagers were killed in Cabo Delgado, including a child, the district chief said.")
    [('killed', 9, 9, None, 'civilian'), ('killed', 1, 1, None, 'civilian')]
    >>> claims_in("The militia raided the village, including a school.")
    []
    """
    out = []
    for m in _person_in_count_rx(lex).finditer(norm):
        a, b = m.start("det") + s_start, m.end() + s_start
        counts = [f for f in found if f.start < a and not f.named and (f.low is None or f.low > 1 or f.vague or
                                                                      f.end >= b)
                  and a - 40 <= f.end]  # the count just before, or around it ('Six policemen including ... died';
        # 'One soldier and two militiamen, including a commander, were killed': each item's span holds the person)
        if not _free([f for f in found + out if f not in counts], a, b):
            continue
        mods = m.group("mods").lower().split()
        if any(w in ("of", "and", "to", "who") for w in mods):
            continue
        parent = counts[-1] if counts else None
        if parent is None or parent.category != "killed":  # a death singled out (the dev sets' convention
            continue                                         # leaves 'wounded, among them a girl' one count)
        noun = m.group("noun").lower()
        out.append(Found(parent.category, 1, 1, None, a, b, [*mods, noun], noun, subset=True))
    return out


#: "Rebel commander killed", "SNA kills militant group official", "killing a child", "killed a top commander"
_RX_ROLE_OBJECT = re.compile(r"""
    \b(?P<verb>kill|kills|killed|killing)\s+
    (?:(?P<det>a|an|the)\s+(?P<mods>(?:[\w'’-]+\s+){{0,3}}?)     # 'a top commander', 'the Al-Shabaab official'
      |(?P<bare>(?:top|senior|[A-Z][\w'’-]*)\s+(?:[\w'’-]+\s+){{0,3}}?))  # 'kills Al-Shabaab official'
    (?P<noun>{nouns})(?![\w'’-])                   # not 'the leader's hopes'
    (?!\s+(?:and\s+(?:his|her|their|its|a|an|the|\d+)|who|whose)\b)   # not 'a colonel and his driver'
    (?P<group>\s+of\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){{0,2}}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})?  # 'of the X group'
""", re.X)
_RX_ROLE_HEADLINE = re.compile(r"""
    ^\s*(?P<mods>(?:[\w'’-]+\s+){{1,3}}?)                          # 'Top Al-Shabaab', 'A', 'Yemeni'
    (?P<noun>{nouns})\s+(?:Is\s+|Was\s+)?
    (?P<cue>Killed|Dead|Slain|Shot\s+Dead)
    (?=\s*(?:$|,|;|:|-|–|\b(?:in|by|as|after|near|during|at|on|amid|while|when)\b))  # not 'commander killed two'
""", re.X | re.I)
_ROLE_RX: dict[int, tuple[re.Pattern, re.Pattern]] = {}
#: a cheap test before the long patterns: 'kill(s/ed/ing) a|an|the|top|senior|<Capital>', or a short headline
_RX_ROLE_CHEAP = re.compile(r"\bkill(?:s|ed|ing)?\s+(?:(?:a|an|the|top|senior)\b|[A-Z])|^[^.]{0,60}\b[Kk]illed\b")


def _role_rx(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    if id(lex) not in _ROLE_RX:
        nouns = _alt(lex.singular | {"official"})
        _ROLE_RX[id(lex)] = (re.compile(_RX_ROLE_OBJECT.pattern.format(nouns=nouns), re.X),
                             re.compile(_RX_ROLE_HEADLINE.pattern.format(nouns=nouns), re.X | re.I))
    return _ROLE_RX[id(lex)]


def one_by_role(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """One unnamed person, pointed at by a role, as the object of 'kill' or a headline's subject: 'the shelling
    hit the house, killing a child'; 'Troops killed a senior commander of the rebel group'; 'Militia commander
    killed in Zamfara'.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Shells struck the market in El Fasher, killing a child.")
    [('killed', 1, 1, None, 'civilian')]
    >>> from presslens.actors import load_actors
    >>> reg = load_actors("tests/fixtures/general/actors-casualties.yaml")
    >>> claims_in("Nigerian troops killed a top commander of the terrorist group Boko Haram in Borno.", reg)
    [('killed', 1, 1, None, 'iswap')]
    >>> claims_in("Militia Commander Killed in Zamfara Ambush")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("The army said it killed the leader's hopes of a deal.")
    []
    >>> claims_in("Troops kill ISWAP commander, seize weapons in Borno", reg)
    [('killed', 1, 1, None, 'iswap')]
    """
    if _RX_ROLE_CHEAP.search(norm) is None:
        return []
    obj_rx, head_rx = _role_rx(lex)
    out = []
    m = head_rx.match(norm)
    if m and not norm.rstrip().endswith(".") and not any(w.lower() in ("the", "of", "and", "his", "her", "their")
                                                         for w in m.group("mods").split()):
        a, b = m.start() + s_start, m.end() + s_start
        if _free(found + out, a, b):
            mods = m.group("mods").lower().split()
            out.append(Found("killed", 1, 1, None, a, b, [*mods, m.group("noun").lower()], m.group("noun").lower()))
    for m in obj_rx.finditer(norm):
        a, b = m.start() + s_start, m.end() + s_start
        if not _free(found + out, a, b):
            continue
        mods = (m.group("mods") or m.group("bare") or "").lower().split()
        if any(w in ("of", "and", "to", "who", "in", "on", "at") or w.endswith("'s") or w.endswith("’s")
               for w in mods):
            continue
        noun = m.group("noun").lower()
        group = m.group("group").lower().split()[1:] if m.group("group") else []
        group = [" ".join(group[k:]) for k in range(len(group))]  # 'terrorist group boko haram', ... 'haram'
        out.append(Found("killed", 1, 1, None, a, b, [*mods, noun, *group], noun))
    return out


#: (name, gate, find) of each rule, in the order they run; ``rules.RULES`` makes them ``Rule`` records (this
#: module does not import ``rules``, which registers them)
REAL_RULES: tuple[tuple, ...] = (
    ("a person among a count", (frozenset({"including", "among"}),), person_in_count),
    ("one person by role", (frozenset({"kill", "killed", "kills", "killing"}),), one_by_role),
)

# ----------------------------------------------------------------------------------------------------------
# A denial that is no denial
# ----------------------------------------------------------------------------------------------------------

#: 'has neither confirmed nor denied', 'did not deny', 'has not denied', 'would not confirm or deny'
_RX_NON_DENIAL = re.compile(r"\b(?:neither\s+(?:\w+\s+){0,2}?(?:nor|or)|not\s+(?:\w+\s+)?(?:or|nor)|(?:did|does|has|have|"
                            r"had|would|will)\s*(?:not|n[o’']t)\s+(?:yet\s+)?)\s*$", re.I)


def is_non_denial(sent: str, cue_start: int) -> bool:
    """A denial cue that the words before it cancel: 'Israel has neither confirmed nor denied responsibility',
    'The army did not deny the toll' dispute nothing.

    >>> s = "The army has neither confirmed nor denied responsibility."
    >>> is_non_denial(s, s.index("denied"))
    True
    >>> s = "The army denied responsibility."
    >>> is_non_denial(s, s.index("denied"))
    False
    """
    return _RX_NON_DENIAL.search(sent[max(0, cue_start - 60):cue_start]) is not None


# ----------------------------------------------------------------------------------------------------------
# The armed group of a registry that does not say which side is the rebels'
# ----------------------------------------------------------------------------------------------------------

def rebel_side_from_descriptions(sides: dict[str, str], lex: Lexicon) -> str | None:
    """The one side whose registry description names a non-state force ('leaders, commanders, militants';
    'fighters, its media'), for a conflict whose registry gives no `rebel_side`: then 'militants', 'fighters'
    and 'insurgents' among the victims are that side's.  None when no side or more than one qualifies.

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> rebel_side_from_descriptions({"sudan_gov": "the Sudanese state: army and police",
    ...                               "rsf": "the Rapid Support Forces: commanders and fighters"}, load_lexicon())
    'rsf'
    >>> rebel_side_from_descriptions({"a": "rebels", "b": "militants and fighters"}, load_lexicon()) is None
    True
    """
    hits = [side for side, desc in sides.items()
            if any(lex.roles.get(w) == "nonstate" for w in re.findall(r"[a-z]+", (desc or "").lower()))]
    return hits[0] if len(hits) == 1 else None


# ----------------------------------------------------------------------------------------------------------
# People counted 'including civilians': a mixed group
# ----------------------------------------------------------------------------------------------------------

_RX_INCLUDING_CIVILIANS = re.compile(r"(?:^|[\s,(])including\s+(?:(?:a|one|some|several|many|\w+)\s+)?civilians?\b")


#: the part of a toll named after 'including' / 'among them', up to the next punctuation or clause word
_RX_PART_OF_TOLL = re.compile(r"(?:^|[\s,(])(?:including|among\s+them)\s+(?P<part>(?:(?!by\b|who\b|when\b|after\b|"
                              r"in\b|at\b|as\b|near\b|on\b|from\b|during\b)[\w'’-]+\s*){1,8})")


def force_in_part(text_low: str, lex: Lexicon) -> str | None:
    """Rule `force_among_the_toll`: the word of a force's member (a state or non-state role in the lexicon:
    'policeman', 'soldiers', 'bodyguards', 'militants') in the part of a toll named after 'including' or 'among them'
    ('nine people dead, including a senior police official'), else None.

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> force_in_part("killed nine people, including a senior police official and his bodyguards", load_lexicon())
    'police'
    >>> force_in_part("killed nine people, among them two soldiers, officials said", load_lexicon())
    'soldiers'
    >>> force_in_part("killed nine people, including four women killed by soldiers", load_lexicon()) is None
    True
    """
    if "including" not in text_low and "among them" not in text_low:
        return None
    for m in _RX_PART_OF_TOLL.finditer(text_low):
        hit = next((w for w in re.findall(r"[a-z]+", m.group("part")) if lex.roles.get(w) in ("state", "nonstate")),
                   None)
        if hit:
            return hit
    return None


def mixed_by_including(c) -> tuple[str, str] | None:
    """People (or a bare count) counted 'including civilians' or 'including a civilian' are a mixed group:
    `unknown`, not civilian (the civilians are among them, the rest are not said to be); so are people counted
    'including' or 'among them' a force's men (`force_in_part`: 'nine people dead, including a senior police
    official': docs/annotation.md, a count `including six soldiers` is mixed). `c` is the victims module's claim
    view (head, claim text, the sentence after it).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Air strikes on Mekelle killed 30 people, including civilians, a rebel spokesman said.")
    [('killed', 30, 30, None, 'unknown')]
    >>> claims_in("Air strikes on Mekelle killed 30 people, including 12 civilians.")
    [('killed', 30, 30, None, 'unknown'), ('killed', 12, 12, None, 'civilian')]
    >>> claims_in("Tigray rebels say drone strikes killed 30 including civilians")
    [('killed', 30, 30, None, 'unknown')]
    >>> claims_in("A bomb at the market in Mekelle killed nine people, among them a policeman.")[0]
    ('killed', 9, 9, None, 'unknown')
    """
    if "including" not in c.claim_low and "including" not in c.after_low[:30] and \
            "among them" not in c.claim_low and "among them" not in c.after_low[:30]:
        return None
    if (c.f.head not in ("people", "persons", None) or c.role is not None) and \
            not re.search(r"\b\d[\d,]*\s+including\s+civilians\b", c.claim_low):
        return None     # 'killed 30 including civilians': the count, not the civilians, is the victims
    if _RX_INCLUDING_CIVILIANS.search(c.claim_low) or _RX_INCLUDING_CIVILIANS.match(" " + c.after_low.lstrip(" ,")):
        return "unknown", c.vtype
    after = c.after_low.lstrip(" ,")[:80]
    if force_in_part(c.claim_low, c.lex) or (after.startswith(("including", "among them")) and
                                             force_in_part(" " + after, c.lex)):
        c.by = "force_among_the_toll"
        return "unknown", c.vtype
    return None
