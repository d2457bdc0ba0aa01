"""Named rules for the shapes in which short wire items about one attack tell its toll (session 6,
eval/real/CASUALTY_ERRORS.md, "Short wire items (session 6)"): people counted one by one and joined by `and`
(`a conscript and a militiaman were killed`), a headline's bare role (`Bomb kills policeman`, `Soldier wounded in
raid`), one person with a clause after the role (`a soldier serving in the gendarmerie was killed`), a harm cue
joined to another verb (`were ambushed and shot dead`) and two counts sharing one head (`two male and two female
officers were injured`).

Each rule is registered in ``rules.RULES`` (a name, a cheap gate of words, a function); the examples in the
docstrings are their tests (doctests), written in the styles of wars in none of the eval sets, and
``tests/test_casualties_wire.py`` has more.

    >>> [name for name, _, _ in WIRE_RULES]
    ['people counted one by one', "a headline's bare role", 'one person with a clause after the role', 'a harm cue joined to another verb', 'two counts sharing one head', 'one of a group, or one left dead', 'the victims restated by a count']
"""
from __future__ import annotations

import re

from .found import Found, free as _free
from .lexicon import Lexicon, _alt, load_lexicon
from .numbers import _tokens, count_word, find_quantities
from .phrases import _np
from .scan import first_of


#: passive cues of harm to people (said of a person, after 'was', 'were', 'have been'), by category
_CUE_CATEGORY = {"killed": "killed", "shot dead": "killed", "gunned down": "killed", "executed": "killed",
                 "murdered": "killed", "slain": "killed", "martyred": "killed", "beheaded": "killed",
                 "assassinated": "killed", "dead": "killed", "found dead": "killed",
                 "wounded": "wounded", "injured": "wounded", "hurt": "wounded",
                 "abducted": "captured", "kidnapped": "captured", "captured": "captured", "taken hostage": "captured",
                 "arrested": "captured", "detained": "captured"}
_CUES = _alt(_CUE_CATEGORY)
_ADVERB = r"(?:(?:also|later|reportedly|allegedly|apparently|then|subsequently|\w+ly)\s+)"
#: words that end a person's noun phrase and cannot be one of its modifiers
_NOT_MOD = frozenset(["of", "and", "to", "in", "on", "at", "the", "a", "an", "or", "with", "by", "for", "from", "was",
                      "were", "who", "that", "which", "his", "her", "their", "its"])


def _mods_ok(mods: str) -> bool:
    return not any(w.lower() in _NOT_MOD or w.endswith(("'s", "’s")) or w[:1].isdigit() and "-" not in w
                   for w in mods.split())  # ('60-year-old' is a modifier, '60' a count)


# ----------------------------------------------------------------------------------------------------------
# People counted one by one: 'a conscript and a member of the militia were killed'
# ----------------------------------------------------------------------------------------------------------

#: one person: 'a|an|one|another [up to three modifiers] <role> [of the <body>]' (or a people's name: 'a Gabonese')
_RX_ONE = r"""(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{nouns}|[A-Z][a-z]+(?:ese|ian|an|i))
              (?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)?
              (?:\s*,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}\s*,)?     # a name in apposition
              (?:\s*\([^()]{{1,30}}\))?"""                                # '(no name given)'
_RX_SINGLES = r"""
    (?<![\w'’-])(?P<subject>(?:[Tt]he\s+(?P<plural>[a-z]+s)\s*,\s*)?       # 'The peacekeepers, a Gabonese and ...'
    (?P<first>{one})(?P<rest>(?:\s*,\s*(?!and\b){one})*\s*,?\s+and\s+{one}))
    (?(plural)\s*,)\s+
    (?:(?:(?P<aux>were|have\s+been|had\s+been)\s+{adverb}?(?P<cue>{cues}))|{adverb}?(?P<died>died))\b
"""
_SINGLES_RX: dict[int, re.Pattern] = {}
#: a cheap test before the long pattern: a second person joined by 'and', then a harm cue or 'died'
_RX_SINGLES_CHEAP = re.compile(r"\band\s+(?:an?|one|another)\s[^.;]{0,120}?\b(?:were|been|died)\b", re.I)
_RX_ITEM_SEP = re.compile(r"\s*,\s*(?:and\s+)?(?=(?:an?|one|another)\s)|\s+and\s+(?=(?:an?|one|another)\s)", re.I)
#: (written to open on its letter, `(?:^|(?<=[\s,(]))(?:an?|one|another)\s` with re.I before: no character but the
#: capitals folds to a, n, o, t, h, e, r; the two-character look-behind at the letter is the old one before it)
_RX_ONE_START = re.compile(r"(?:[Aa](?<![^\s,(][Aa])(?:[Nn]?|[Nn][Oo][Tt][Hh][Ee][Rr])|[Oo](?<![^\s,(][Oo])[Nn][Ee])\s")


def singles_coordinated(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `singles_coordinated`: people counted one by one and joined by `and`, harmed together ('An Angolan
    conscript and a member of the militia have been killed', 'a policeman, a soldier and a customs officer were
    wounded', 'The peacekeepers, a Bangladeshi and a Ghanaian, died'): one record of as many people as are listed
    (docs/annotation.md: 'Captain Ruiz and two soldiers were killed' is 3).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("A gendarme and a customs officer were killed when the convoy hit a mine near Tindouf.")
    [('killed', 2, 2, None, 'unknown')]
    >>> claims_in("The peacekeepers, a Bangladeshi and a Ghanaian, died in the ambush near Smara.")
    [('killed', 2, 2, None, 'un')]
    >>> claims_in("A delegation and a convoy were attacked near Smara.")
    []
    """
    if _RX_SINGLES_CHEAP.search(norm) is None:
        return []
    if id(lex) not in _SINGLES_RX:
        one = _RX_ONE.format(nouns=_alt(lex.singular | {"member", "official"}))
        _SINGLES_RX[id(lex)] = re.compile(_RX_SINGLES.format(one=one, adverb=_ADVERB, cues=_CUES), re.X)
    rx = _SINGLES_RX[id(lex)]
    out: list[Found] = []
    for o in _RX_ONE_START.finditer(norm):
        at = o.start()
        head_start = norm.rfind("The ", max(0, at - 40), at)   # 'The peacekeepers, a X and a Y, died'
        m = None
        if head_start >= 0 and norm[head_start:at].count(",") == 1:
            m = rx.match(norm, head_start)
        m = m or rx.match(norm, at)
        if m is None or (m.group("plural") and m.group("plural") not in lex.heads):
            continue
        items = _RX_ITEM_SEP.split(m.group("first") + m.group("rest"))
        if any(not _mods_ok(" ".join(i.split()[1:-1])) for i in items if " of " not in i and "," not in i):
            continue
        a, b = m.start("subject") + s_start, m.end() + s_start
        if not _free(found + out, a, b):
            continue
        cat = "killed" if m.group("died") else _CUE_CATEGORY[" ".join(m.group("cue").split())]
        words = [w.lower().strip(",()") for w in m.group("subject").split()]
        out.append(Found(cat, len(items), len(items), None, a, b, words, None))
    return out


# ----------------------------------------------------------------------------------------------------------
# A headline's bare role: 'Separatist bomb kills policeman', 'Soldier wounded in Cabinda raid'
# ----------------------------------------------------------------------------------------------------------

_HEADLINE_VERBS = {"kills": "killed", "kill": "killed", "killed": "killed", "wounds": "wounded", "wounded": "wounded",
                   "injures": "wounded", "injured": "wounded", "abducts": "captured", "kidnaps": "captured",
                   "abducted": "captured", "kidnapped": "captured", "shoots dead": "killed", "shot dead": "killed",
                   "guns down": "killed", "gunned down": "killed"}
_HEADLINE_CUES = {"killed": "killed", "dead": "killed", "slain": "killed", "shot dead": "killed",
                  "gunned down": "killed", "wounded": "wounded", "injured": "wounded", "hurt": "wounded",
                  "abducted": "captured", "kidnapped": "captured", "dies": "killed"}
#: what may follow the person in a headline: the end, a comma, or the place, time or manner
_RX_HEAD_AFTER = r"(?=\s*(?:$|,|;|:|-|–|—|\b(?:in|near|at|on|during|outside|as|after|by|amid|while)\b))"
_RX_HEADLINE_OBJECT = r"""\b(?P<verb>{verbs})\s+(?P<mods>(?:[\w'’-]+\s+){{0,2}}?)(?P<noun>{nouns})""" + _RX_HEAD_AFTER
_RX_HEADLINE_SUBJECT = r"""^\s*(?:[A-Z][\w'’ -]{{1,30}}:\s+)?(?P<mods>(?:[\w'’-]+\s+){{0,2}}?)(?P<noun>{nouns})\s+
                           (?:(?:is|was)\s+)?(?P<cue>{cues})""" + _RX_HEAD_AFTER
_HEADLINE_RX: dict[int, tuple[re.Pattern, re.Pattern]] = {}


def _is_headline(norm: str) -> bool:
    """A headline: a short line without a closing stop, opened by a capital."""
    s = norm.strip()
    return bool(s) and s[0].isupper() and s[-1] not in ".!?\"”’'" and len(s.split()) <= 16


def headline_bare_role(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `headline_bare_role`: headlines drop the article, so one person is a bare role, as the object of a harm
    verb ('Separatist bomb kills policeman in Corsica') or as the subject of a harm cue ('Soldier wounded in Cabinda
    raid', 'Aid worker kidnapped in Kailahun'): one record. Only in a headline (a short line without a closing
    stop); a role with a determiner or a count is the other rules'.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Separatist bomb kills policeman in Corsica")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("Soldier wounded in Polisario raid near Smara")
    [('wounded', 1, 1, None, 'unknown')]
    >>> claims_in("Bomb kills soldier, wounds three in Cabinda")
    [('killed', 1, 1, None, 'unknown'), ('wounded', 3, 3, None, 'unknown')]
    >>> claims_in("The bomb kills policeman in Corsica, police said.")
    []
    """
    if not _is_headline(norm):
        return []
    if id(lex) not in _HEADLINE_RX:
        nouns = _alt(lex.singular | {"official"})
        _HEADLINE_RX[id(lex)] = (
            re.compile(_RX_HEADLINE_OBJECT.format(verbs=_alt(_HEADLINE_VERBS), nouns=nouns), re.X | re.I),
            re.compile(_RX_HEADLINE_SUBJECT.format(nouns=nouns, cues=_alt(_HEADLINE_CUES)), re.X | re.I))
    obj_rx, subj_rx = _HEADLINE_RX[id(lex)]
    out: list[Found] = []
    hits = [(m, _HEADLINE_VERBS[" ".join(m.group("verb").lower().split())]) for m in obj_rx.finditer(norm)]
    m = subj_rx.match(norm)
    if m:
        hits.append((m, _HEADLINE_CUES[" ".join(m.group("cue").lower().split())]))
    for m, cat in hits:
        mods = m.group("mods")
        if m.re is subj_rx and mods.split()[:1] == ["One"]:
            mods = mods.split(None, 1)[1] if len(mods.split()) > 1 else ""  # 'Iran: One Revolutionary guard killed'
        if not _mods_ok(mods) or any(w.lower() in lex.numbers or w.lower() in lex.heads for w in mods.split()):
            continue  # 'kills two policemen', 'kills a policeman': counted or with an article (the grammar's)
        a, b = m.start() + s_start, m.end() + s_start
        if _free(found + out, a, b):
            noun = m.group("noun").lower()
            out.append(Found(cat, 1, 1, None, a, b, [*mods.lower().split(), noun], noun))
    return out


# ----------------------------------------------------------------------------------------------------------
# One person with a clause after the role: 'a soldier serving in the gendarmerie has been killed'
# ----------------------------------------------------------------------------------------------------------

_RX_ONE_POST = r"""
    (?P<det>[Aa](?<![\w'’-][Aa])(?:n?|nother))\s+(?P<mods>(?:[\w'’-]+\s+){{0,3}}?)(?P<noun>{nouns})\s+
    (?:(?P<post>(?:who|[a-z]{{3,}}ing|based|stationed|posted|deployed|assigned)\b[^,.;:()"“”]{{3,80}}?)\s+)?
    (?:(?:was|has\s+been|had\s+been)\s+{adverb}?
         (?:(?P<v1>[a-z]{{3,}}(?:ed|en|wn|ght|id|uck|ot))\b(?P<mid>(?:\s+[^\s,.;:]+){{0,6}}?)\s+and\s+
            (?:(?:later|then|subsequently)\s+)?)?                        # 'was ambushed and shot dead'
         (?P<cue>{cues})
      |(?:(?:also|later|then)\s+)?(?P<v2>[a-z]{{3,}}ed\s+and\s+)?(?P<died>died))\b  # 'also collapsed and died'
"""
_ONE_POST_RX: dict[int, re.Pattern] = {}
_RX_ONE_POST_CHEAP = re.compile(r"\b(?:was|been)\s+(?:\w+\s+)?(?:killed|shot|gunned|executed|murdered|slain|"
                                r"martyred|beheaded|assassinated|dead|found|wounded|injured|hurt|abducted|kidnapped|"
                                r"captured|taken|arrested|detained)\b|\b(?:was|been)\s+\w+(?:ed|en|wn|ght|id|uck|ot)\s"
                                r"[^.;]{0,60}?\band\s|\band\s+died\b|\b(?:who|based|stationed|\w{3,}ing)\b[^.;]{3,80}?"
                                r"\bdied\b")



def _one_post_cheap(norm: str) -> re.Match | None:
    """`_RX_ONE_POST_CHEAP.search(norm)`'s truth, cheaper (session 23): its last two branches hold 'died' itself,
    so in a text without 'died' only the first two can match, and each of their matches opens on 'was' or 'been':
    the search starts at the first of these (`scan.first_of`; none: no match). The pattern opens on `\\b` and gave
    `re` no first character to scan for (~117,000 instructions a sentence).

    >>> _one_post_cheap("Talks stalled. A guard was shot") is not None, _one_post_cheap("A guard was promoted")
    (True, None)
    >>> _one_post_cheap("A nurse working at the clinic died") is not None
    True
    """
    if "died" in norm:
        return _RX_ONE_POST_CHEAP.search(norm)
    at = first_of(norm, ("was", "been"))
    return _RX_ONE_POST_CHEAP.search(norm, at) if at >= 0 else None

def one_with_postmodifier(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `one_with_postmodifier`: one person by role, with a participle or a relative clause after the role or
    with the harm joined to another verb, harmed ('A soldier serving in the gendarmerie has been killed', 'a
    commander who led the raid on Smara was killed', 'a policeman was ambushed and shot dead', 'a villager suffering
    from asthma also collapsed and died'): one record (`_single_person` takes the role right before the cue); a
    first verb that is a harm of its own keeps its claim ('was abducted and later killed': one each).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("A soldier serving in the gendarmerie has been killed in the attack near Luena.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("A Polisario commander who led the raid on the Smara garrison was killed on Sunday.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("A man claiming to be a soldier was detained.")
    [('captured', 1, 1, None, 'unknown')]
    >>> claims_in("A customs officer was ambushed near the border and shot dead.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("A 60-year-old villager suffering from asthma also collapsed and died during the shelling.")
    [('killed', 1, 1, None, 'civilian')]
    >>> claims_in("A priest was abducted and later killed near Kailahun.")
    [('captured', 1, 1, None, 'civilian'), ('killed', 1, 1, None, 'civilian')]
    """
    if _one_post_cheap(norm) is None:
        return []
    if id(lex) not in _ONE_POST_RX:
        _ONE_POST_RX[id(lex)] = re.compile(_RX_ONE_POST.format(nouns=_alt(lex.singular), adverb=_ADVERB,
                                                               cues=_CUES), re.X)
    out: list[Found] = []
    for m in _ONE_POST_RX[id(lex)].finditer(norm):
        post = (m.group("post") or "").lower().split()
        if not (post or m.group("v1") or m.group("v2")):
            continue  # 'a soldier was killed', 'a soldier died': `_single_person`'s
        if not _mods_ok(m.group("mods")) or any(w in ("and", "or") for w in post) or \
                re.search(rf"\b(?:{_CUES})\b", m.group("post") or "") or \
                m.group("v1") and (re.search(rf"\b(?:{_CUES}|and|or)\b", m.group("mid")) or
                                   _CUE_CATEGORY.get(m.group("v1")) in ("killed", "wounded")):
            continue  # 'a soldier who was killed ...', 'was killed and wounded': the grammar's
        cat = "killed" if m.group("died") else _CUE_CATEGORY[" ".join(m.group("cue").split())]
        a, b = m.start() + s_start, m.end() + s_start
        first = [f for f in found if f.start <= a < f.end and f.category != cat and f.low == 1]
        if m.group("v1") and first:  # 'was abducted and later killed': the first claim holds the person
            a = m.start("cue") + s_start
        if first and m.group("v1") or _free(found + out, a, b):
            noun = m.group("noun").lower()
            out.append(Found(cat, 1, 1, None, a, b, [*m.group("mods").lower().split(), noun], noun))
    return out


# ----------------------------------------------------------------------------------------------------------
# A harm cue joined to another verb: 'the three men were ambushed by gunmen and shot dead'
# ----------------------------------------------------------------------------------------------------------

_RX_JOINED_CUE = re.compile(r"""
    (?P<pre>\s*,\s*(?:who|which)\b[^,.;]{1,80},)?                        # an aside: ', who were travelling home,'
    \s*(?:were|have\s+been|had\s+been|are)\s+(?:(?:also|reportedly|first)\s+)?
    (?P<v1>[a-z]{3,}(?:ed|en|wn|ght|id|uck|ot))\b                  # 'ambushed', 'taken', 'waylaid', 'caught'
    (?P<mid>(?:\s+[^\s,.;:]+){0,7}?)\s*,?\s+and\s+                        # 'by gunmen', 'from their homes'
    (?:(?:later|then|subsequently|eventually|finally|were|had|been|have)\s+){0,2}
    (?P<cue>killed|shot\s+dead|gunned\s+down|executed|murdered|beheaded|hacked\s+to\s+death|wounded|injured|
       abducted|kidnapped|taken\s+hostage)\b
""", re.X)

_RX_JOINED_CHEAP = re.compile(r"\b(?:were|been|are)\s+(?:\w+\s+)?[a-z]{3,}(?:ed|en|wn|ght|id|uck|ot)\b"
                              r"[^.;]{0,70}?\band\s+"
                              r"(?:\w+\s+){0,2}?(?:killed|shot|gunned|executed|murdered|beheaded|hacked|wounded|"
                              r"injured|abducted|kidnapped|taken)\b")


def cue_joined_to_verb(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `cue_joined_to_verb`: a count whose harm cue comes after another verb and `and` ('The three men were
    ambushed by gunmen and shot dead', 'Four farmers were dragged from their homes and later executed'): the cue's
    category; a first verb that is a harm of its own (`abducted and killed`) keeps its claim, and the second is one
    more ('Two villagers were abducted and later killed': 2 captured, 2 killed).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The three men, who were travelling to Luena, were ambushed by gunmen and shot dead.")
    [('killed', 3, 3, None, 'unknown')]
    >>> claims_in("Two villagers were abducted by the rebels and later killed near Kailahun.")
    [('captured', 2, 2, None, 'civilian'), ('killed', 2, 2, None, 'civilian')]
    >>> claims_in("Twelve trucks were stopped at the border and seized.")
    []
    """
    c = _RX_JOINED_CHEAP.search(norm)
    if c is None:
        return []
    out: list[Found] = []
    for q in find_quantities(norm[:c.start()], lex):   # (the count is before the joined cue)
        if q.vague is not None and q.low is None and q.vague not in ("dozens", "several", "scores", "hundreds"):
            continue
        toks = _tokens(norm[q.end:q.end + 120], q.end)
        np = _np(toks, 0, lex) if toks else None
        if not np or np[2] is None or np[2] == "them":
            continue
        np_end = toks[np[0] - 1].end if np[0] > 0 else q.end
        m = _RX_JOINED_CUE.match(norm, np_end)
        if m is None:
            continue
        if re.search(rf"\b(?:{_CUES}|and|or)\b", m.group("mid")) or \
                _CUE_CATEGORY.get(m.group("v1")) in ("killed", "wounded"):
            continue  # 'were killed and wounded': counted together (the grammar's `casualties`)
        cat = _CUE_CATEGORY.get(" ".join(m.group("cue").split()), "killed" if "death" in m.group("cue") else None)
        if cat is None:
            continue
        first = [f for f in found if f.start <= q.start + s_start < f.end and f.category != cat]
        a, b = q.start + s_start, m.end() + s_start
        if first or _free(found + out, a, b):   # 'abducted and killed': the first claim holds the count
            a = m.start("cue") + s_start if first else a
            out.append(Found(cat, q.low, q.high, q.vague, a, b, np[1], np[2]))
    return out


# ----------------------------------------------------------------------------------------------------------
# Two counts sharing one head: 'two male and two female officers were injured'
# ----------------------------------------------------------------------------------------------------------

#: '<count> <modifier> and ' right before a count found with its head
_RX_SHARED_HEAD = re.compile(r"(?<![\w'’-])(?P<q>\d[\d,]*|[A-Za-z]+)\s+(?P<mod>[A-Za-z][\w'’-]+)\s+and\s+\Z")


def counts_sharing_head(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `counts_sharing_head`: a count whose head is given only after the next count ('Two male and two female
    officers were injured', 'three Moroccan and two Mauritanian soldiers were killed'): the first count is a record
    of the same category and head (counts of different kinds are one record each).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Three Moroccan and two Mauritanian soldiers were killed in the raid.")
    [('killed', 3, 3, None, 'unknown'), ('killed', 2, 2, None, 'unknown')]
    >>> claims_in("Rebels burnt three villages and two soldiers were killed.")
    [('killed', 2, 2, None, 'unknown')]
    """
    out: list[Found] = []
    for f2 in found:
        if not f2.head or f2.named or f2.vague is not None or \
                norm[max(0, f2.start - s_start - 4):f2.start - s_start] != "and ":
            continue
        m = _RX_SHARED_HEAD.search(norm, max(0, f2.start - s_start - 40), f2.start - s_start)
        if m is None or m.group("mod").lower() in lex.heads or m.group("mod").lower() in lex.non_person or \
                m.group("q").lower() in ("one", "a", "an") or \
                not (m.group("q")[:1].isdigit() or m.group("q").lower() in lex.numbers):
            continue
        n = count_word(m.group("q"), lex)
        if not n or not norm[f2.start - s_start:f2.end - s_start][:1].isalnum():
            continue
        a, b = m.start() + s_start, m.end("mod") + s_start
        if _free(found + out, a, b):
            out.append(Found(f2.category, n, n, None, a, b, [m.group("mod").lower(), f2.head], f2.head))
    return out


# ----------------------------------------------------------------------------------------------------------
# One of a group, harmed: 'one of the attackers was killed'; one person left dead: 'the blast left a policeman dead'
# ----------------------------------------------------------------------------------------------------------

_RX_ONE_OF = r"""
    \b(?P<one>[Oo]ne)\s+of\s+(?:the|its|their|his|her|our|those)\s+(?P<mods>(?:[\w'’-]+\s+){{0,3}}?)(?P<head>{heads})
    \s+(?:was|has\s+been|had\s+been)\s+{adverb}?(?P<cue>{cues})\b
  | (?<![\w'’-])(?P<the>[Tt]he)\s+(?P<mods3>(?:suicide|lone|second|other|car|would-be)\s+)?
    (?P<attacker>bomber|attacker|assailant|gunman|shooter|hijacker)\s+
    (?:(?:was|has\s+been|had\s+been)\s+{adverb}?(?P<cue3>killed|shot\s+dead|wounded|injured|captured|arrested)
       |(?:(?:also|later|then)\s+)?(?P<died>died))\b
  | \b(?:left|leaving|leaves|leave)\s+(?:an?|one)\s+(?P<mods2>(?:[\w'’-]+\s+){{0,3}}?)(?P<noun>{nouns})\s+
    (?P<cue2>dead|wounded|injured)\b
"""
_ONE_OF_RX: dict[int, re.Pattern] = {}
_RX_ONE_OF_CHEAP = re.compile(r"\b[Oo]ne\s+of\s|\b(?:left|leaving|leaves|leave)\s+(?:an?|one)\s|"
                              r"\b(?:bomber|attacker|assailant|gunman|shooter|hijacker)\s+(?:\w+\s+){0,2}?"
                              r"(?:killed|shot|wounded|injured|captured|arrested|died)\b")


def one_of_group(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `one_of_group`: one person of a group, harmed ('One of the attackers was killed', 'one of its
    soldiers has been wounded'), one person left dead or wounded by the attack ('The blast left a policeman dead'),
    or the attacker's own fate told with `the` ('the suicide bomber also died', 'the gunman was shot dead by
    guards'): one record (a relative clause, 'one of the fighters who surrendered', is not this shape).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("One of the attackers was killed and another captured, the gendarmerie said.")
    [('killed', 1, 1, None, 'unknown'), ('captured', 1, 1, None, 'unknown')]
    >>> claims_in("The bomb left a customs officer dead near Tindouf.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("The suicide bomber also died, the gendarmerie said.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("One of the villages was captured.")
    []
    """
    if _RX_ONE_OF_CHEAP.search(norm) is None:
        return []
    if id(lex) not in _ONE_OF_RX:
        _ONE_OF_RX[id(lex)] = re.compile(_RX_ONE_OF.format(heads=_alt(lex.heads - {"them", "others", "own"}),
                                                           nouns=_alt(lex.singular), adverb=_ADVERB, cues=_CUES),
                                         re.X)
    out: list[Found] = []
    for m in _ONE_OF_RX[id(lex)].finditer(norm):
        if m.group("the"):   # 'the suicide bomber also died': the attacker, one person not counted before
            a, b = m.start() + s_start, m.end() + s_start
            if _free(found + out, a, b):
                cue = "killed" if m.group("died") else " ".join(m.group("cue3").split())
                words = [*(m.group("mods3") or "").split(), m.group("attacker")]
                out.append(Found(_CUE_CATEGORY[cue], 1, 1, None, a, b, words, m.group("attacker")))
            continue
        mods = m.group("mods") if m.group("one") else m.group("mods2")
        if not _mods_ok(mods):
            continue
        a, b = m.start() + s_start, m.end() + s_start
        if _free(found + out, a, b):
            head = (m.group("head") or m.group("noun")).lower()
            cue = " ".join((m.group("cue") or m.group("cue2")).split())
            out.append(Found(_CUE_CATEGORY[cue], 1, 1, None, a, b, [*mods.lower().split(), head], head,
                             partitive=bool(m.group("one"))))
    return out


# ----------------------------------------------------------------------------------------------------------
# The victims restated by a count: 'The three victims, all woodcutters, were on their way home'
# ----------------------------------------------------------------------------------------------------------

_RX_THE_N_VICTIMS = re.compile(r"\b[Tt]he\s+(?P<q>\d[\d,]*|[a-z]+)\s+(?:(?:[a-z][\w'’-]*|[A-Z][\w'’-]*)\s+)?"
                               r"(?P<head>victims|dead)\b(?!\s+(?:of|from|in)\b)")


def the_n_victims(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `the_n_victims`: the victims restated with their count ('The three victims, all woodcutters, were on
    their way home', 'the nine dead were buried on Sunday'): a record of the count (one per assertion), in the
    category of an earlier toll of the same count (`victims_restated`; `casualties` without one); 'the 20 victims
    of the 1998 bombing' (`of`, `from`, `in` after the head) is not this shape.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Three men were shot dead near Bignona. The three victims, all woodcutters, were on their way home.")
    [('killed', 3, 3, None, 'unknown'), ('killed', 3, 3, None, 'unknown')]
    >>> claims_in("The two victims of the 1998 bombing were remembered.")
    []
    """
    out: list[Found] = []
    for m in _RX_THE_N_VICTIMS.finditer(norm):
        n = count_word(m.group("q"), lex)
        if not n or n > 100000:
            continue
        a, b = m.start("q") + s_start, m.end() + s_start
        if _free(found + out, a, b):
            cat = "killed" if m.group("head") == "dead" else "casualties"
            out.append(Found(cat, n, n, None, a, b, [m.group("head")], m.group("head")))
    return out


_SINGLES_GATE = frozenset(["and"])
WIRE_RULES: tuple[tuple, ...] = (
    ("people counted one by one", (_SINGLES_GATE, frozenset({"a", "an", "one", "another"}),
                                   frozenset(w.split()[0] for w in _CUE_CATEGORY) | {"died", "shot"}),
     singles_coordinated),
    ("a headline's bare role", (frozenset(w.split()[0] for w in _HEADLINE_VERBS) | frozenset(_HEADLINE_CUES) |
                                {"shot", "gunned", "guns", "shoots"},), headline_bare_role),
    ("one person with a clause after the role", (frozenset({"a", "an", "another"}), frozenset({"was", "been", "died"})),
     one_with_postmodifier),
    ("a harm cue joined to another verb", (frozenset({"and"}), frozenset({"were", "been", "are"}),
                                           frozenset({"killed", "shot", "gunned", "executed", "murdered", "beheaded",
                                                      "hacked", "wounded", "injured", "abducted", "kidnapped",
                                                      "taken"})),
     cue_joined_to_verb),
    ("two counts sharing one head", (frozenset({"and"}),), counts_sharing_head),
    ("one of a group, or one left dead", (frozenset({"one", "left", "leaving", "leaves", "leave", "bomber", "attacker",
                                                     "assailant", "gunman", "shooter", "hijacker"}),), one_of_group),
    ("the victims restated by a count", (frozenset({"victims", "dead"}), frozenset({"the"})), the_n_victims),
)


def _compile_for(lex: Lexicon) -> None:
    """The lexicon's long patterns, compiled once (at import for the default lexicon, not on the first sentence)."""
    headline_bare_role("X", 0, lex, [])
    if id(lex) not in _SINGLES_RX:
        _SINGLES_RX[id(lex)] = re.compile(_RX_SINGLES.format(
            one=_RX_ONE.format(nouns=_alt(lex.singular | {"member", "official"})), adverb=_ADVERB, cues=_CUES), re.X)
    if id(lex) not in _ONE_POST_RX:
        _ONE_POST_RX[id(lex)] = re.compile(_RX_ONE_POST.format(nouns=_alt(lex.singular), adverb=_ADVERB,
                                                               cues=_CUES), re.X)


_compile_for(load_lexicon())
