"""Named rules for casualty families that the quantity grammar (``claims``) does not reach: people named or
pointed at rather than counted, vague amounts with a determiner, and counted subsets after 'of which'.

Each rule is a ``Rule`` record: a name that says what it recognises, the words a sentence must hold for it to
run (a cheap gate), and a function from the (normalised) sentence to ``Found`` records.  ``RULES`` lists them
in the order they run; a rule never adds a claim whose span overlaps one already found.  The examples in the
docstrings are the rules' tests (doctests); ``tests/test_casualties_general.py`` has more, with sides.

    >>> [r.name for r in RULES][:3]
    ['named with a companion', 'named in a headline', 'death of a named person']
"""
from __future__ import annotations

import re

from ..provenance import tag
from .found import Found, free as _free
from .lexicon import Lexicon, _alt
from .named import _NAME, _NAME_PAIR, _count_names
from .numbers import Qty, find_quantities
from .rule_record import Rule
from .scan import Gated, LiteralGated, SentenceTable, class_opened


def claims_in(text: str, actors=None) -> list[tuple]:
    """(category, low, high, vague, victim_side) of every claim in `text`: the examples' view of a rule."""
    from .extract import extract_article
    return [(r["category"], r["low"], r["high"], r["vague"], r["victim_side"])
            for r in extract_article("example.txt", text, actors=actors)]


_CUE_CATEGORY = {"killed": "killed", "dead": "killed", "died": "killed", "slain": "killed", "shot dead": "killed",
                 "wounded": "wounded", "injured": "wounded", "hurt": "wounded", "captured": "captured",
                 "abducted": "captured", "kidnapped": "captured", "taken prisoner": "captured",
                 "among the dead": "killed"}

# ----------------------------------------------------------------------------------------------------------
# Named people
# ----------------------------------------------------------------------------------------------------------

#: "X and a senior aide were reported dead", "X, Y and his driver were killed": names plus unnamed companions
_RX_NAMED_COMPANION = re.compile(r"""
    (?P<names>{name}(?:\s*,\s*{name})*)                     # one name or a comma list of names
    \s*,?\s+and\s+
    (?P<det>a|an|one|his|her|their|its|(?:his|her|their)\s+(?:two|three|four|five))\s+  # a companion's determiner
    (?P<mods>(?:[a-z-]+\s+){{0,2}}?)                          # 'senior', 'personal'
    (?P<noun>aides?|bodyguards?|drivers?|deputy|deputies|sons?|daughters?|wife|brothers?|guards?|assistants?|
       associates?|companions?|commanders?|spokesman|spokeswoman|relatives?|fighters?|soldiers?|officers?)
    \s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?
    (?:reported(?:ly)?\s+|confirmed\s+|said\s+to\s+have\s+been\s+|believed\s+to\s+have\s+been\s+)?  # a report
    (?P<cue>killed|dead|wounded|injured|captured|abducted|kidnapped)\b
""".format(name=_NAME), re.X)
_RX_NAMED_COMPANION = Gated(class_opened(_RX_NAMED_COMPANION), _NAME_PAIR)  # (scan.class_opened: the same matches, searched from
# the characters a match can open on; scan.Gated: only in a sentence with a name)
_COMPANIONS = {"a": 1, "an": 1, "one": 1, "his": 1, "her": 1, "their": 1, "its": 1}


def named_with_companion(norm: str, s_start: int, lex: Lexicon, found: list[Found],
                         table: SentenceTable | None = None) -> list[Found]:
    """Named people and unnamed companions harmed together, one each.

    >>> claims_in("Commander Ibrahim Musa and a senior aide were reported dead after the raid.")
    [('killed', 2, 2, None, 'unknown')]
    >>> claims_in("Kiros Hagos, Tekle Berhe and their driver were killed in the ambush.")
    [('killed', 3, 3, None, 'unknown')]
    """
    out = []
    for m in _RX_NAMED_COMPANION.finditer_in(table or SentenceTable(norm)):  # (the name-pair gate: the table's)
        a, b = m.start() + s_start, m.end() + s_start
        if not _free(found, a, b):
            continue
        names = _count_names(m.group("names"))
        if not names:
            continue
        det = m.group("det").split()
        n = names + (_COMPANIONS.get(det[0], 1) if len(det) == 1 else lex.numbers.get(det[1], 1))
        words = [w.lower().strip(",.") for w in m.group(0).split()]
        out.append(Found(_CUE_CATEGORY[m.group("cue")], n, n, None, a, b, words, None, named=True))
    return out


#: a headline in title case: "Rebel Commander Ibrahim Musa Killed in Borno Ambush", "X, Y Wounded in Shelling"
_RX_NAMED_HEADLINE = re.compile(r"""
    ^\s*(?:[A-Z][\w'’ -]{{1,30}}:\s+)?                        # a place or topic first: 'Kashmir: '
    (?:[A-Z][\w'’-]*\s+){{0,2}}?                               # a role in title case: 'Rebel Commander'
    (?P<names>{name}(?:\s*(?:,|\band\b|&)\s*{name})*)          # the names
    \s+(?:Is\s+|Was\s+|Reported\s+|Reportedly\s+)?
    (?P<cue>Killed|Dead|Dies|Slain|Wounded|Injured|Captured|Abducted|Kidnapped|Shot\ Dead)\b
    (?P<rest>.*)$
""".format(name=_NAME), re.X)
_RX_NAMED_HEADLINE = LiteralGated(_RX_NAMED_HEADLINE)  # (scan.LiteralGated: tried only on a sentence that holds a
# capitalised cue, 'Killed', 'Dead' ...: the same matches)
_HEADLINE_CUES = {"Dies": "killed", "Slain": "killed", "Shot Dead": "killed", "Dead": "killed", "Killed": "killed",
                  "Wounded": "wounded", "Injured": "wounded", "Captured": "captured", "Abducted": "captured",
                  "Kidnapped": "captured"}


def named_in_headline(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """A title-case headline that names the dead: one each.

    >>> claims_in("Rebel Commander Ibrahim Musa Killed in Borno Ambush")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("Rebel commander killed in Borno ambush")  # no name: one person by role (one_by_role)
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("Nigerian Soldiers Killed in Borno Ambush")
    []
    """
    m = _RX_NAMED_HEADLINE.match(norm)
    if not m or not _title_case(m.group("rest")) or \
            m.group("names").split()[-1].lower() in lex.heads:
        return []  # 'Nigerian Soldiers Killed in Ambush' names no one
    a, b = m.start("names") + s_start, m.end("cue") + s_start
    n = len([p for p in re.split(r"\s*(?:,|\band\b|&)\s*", m.group("names")) if p.strip()])
    if not n or not _free(found, a, b):
        return []
    return [Found(_HEADLINE_CUES[m.group("cue")], n, n, None, a, b,
                  [w.lower() for w in m.group("names").split()], None, named=True)]


def _title_case(rest: str) -> bool:
    """The rest of a headline in title case: its words of four letters or more capitalised."""
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", rest) if len(w) >= 4]
    return all(w[:1].isupper() for w in long_words)


#: "the death of Colonel X was reported", "announced the deaths of X and Y"
_RX_DEATH_OF = re.compile(r"""
    \b(?:the\s+)?(?P<noun>death|deaths|killing|killings|assassination|body)\s+of\s+   # the harm noun
    (?:(?:the|a|an|its|their|his|her)\s+[a-z]+(?:\s+[a-z]+)?,?\s+)?           # a role: 'the group's commander'
    (?P<names>{name}(?:\s*,?\s+and\s+{name})*)                               # the names
""".format(name=_NAME), re.X)


def death_of_named(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """'the death of X' with X named: one killed each.

    >>> claims_in("The death of Colonel Arman Petrosyan was reported by local media on Sunday.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("The deaths of 12 civilians were confirmed.")
    [('killed', 12, 12, None, 'civilian')]
    """
    out = []
    for m in _RX_DEATH_OF.finditer(norm):
        a, b = m.start() + s_start, m.end() + s_start
        n = _count_names(m.group("names"))
        if n and _free(found, a, b):
            out.append(Found("killed", n, n, None, a, b, [w.lower() for w in m.group("names").split()], None,
                             named=True))
    return out


#: "Also killed was X, a commander", "Among those killed was X", "Among the dead was the governor, X"
_RX_NAMED_INVERTED = re.compile(r"""
    \b(?:[Aa]lso\s+|[Aa]mong\s+(?:those\s+|the\s+))                       # 'Also', 'Among those', 'Among the'
    (?P<cue>killed|dead|wounded|injured|captured|abducted|kidnapped|victims)\s+
    (?:(?:in|during|on)\s+(?:the\s+)?[\w'’-]+\s+)?                         # 'in the attack'
    (?:was|were|is|are)\s+
    (?:(?:a|an|the|his|her|its)\s+[\w'’ -]{{1,40}}?,\s*)?                    # a role before the name
    (?P<names>{name}(?:\s*,\s*{name})*(?:\s*,?\s+and\s+{name})?)            # the names
""".format(name=_NAME), re.X)


def named_inverted(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """The harm first, the named people after it: one each.

    >>> claims_in("Also killed was Yusuf Kaka, a commander of the group.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("Among those wounded were Aisha Bello and Fatima Garba.")
    [('wounded', 2, 2, None, 'unknown')]
    """
    out = []
    for m in _RX_NAMED_INVERTED.finditer(norm):
        a, b = m.start() + s_start, m.end() + s_start
        n = _count_names(m.group("names"))
        if n and _free(found, a, b):
            cat = "killed" if m.group("cue") in ("dead", "victims") else _CUE_CATEGORY[m.group("cue")]
            out.append(Found(cat, n, n, None, a, b, [w.lower().strip(",") for w in m.group("names").split()], None,
                             named=True))
    return out


#: "the army said its forces had killed Yahya Musa, a senior ISWAP commander": a named person as the object
_RX_NAMED_OBJECT = re.compile(r"""
    \b(?P<verb>killed|killing|kills|assassinated|executed|eliminated|captured|capturing|arrested|abducted|
       kidnapped|wounded|injured|shot\ dead|gunned\ down)\s+                      # an active harm verb
    (?:(?:the|a|an|its|their|his|rebel|militant|senior|top)\s+(?:[a-z-]+\s+){{0,2}}?)?   # a role: 'the rebel leader'
    (?P<names>{name}(?:\s*,?\s+and\s+{name})?)(?<!['’]s)(?<!['’])(?![\w'’])      # the names (not 'X's plan')
    (?:,\s*(?P<role>(?:a|an|the)\s+[^,.;]{{2,60}}?)(?=\s*[,.;]|\s+(?:in|on|at|near|during)\b))?  # 'a senior commander'
""".format(name=_NAME), re.X)
_RX_NAMED_OBJECT = Gated(class_opened(_RX_NAMED_OBJECT), _NAME_PAIR)  # (scan.class_opened: the same matches, searched from
# the characters a match can open on; scan.Gated: only in a sentence with a name)


def named_object(norm: str, s_start: int, lex: Lexicon, found: list[Found],
                 table: SentenceTable | None = None) -> list[Found]:
    """A named person as the object of a harm verb: one each; an apposition after the name tells the side.

    >>> claims_in("The army said its forces had killed Yahya Musa, a senior rebel commander, in an air strike.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("Gunmen abducted Grace Okafor and Ruth Danjuma from their homes in Kaduna.")
    [('captured', 2, 2, None, 'civilian')]
    """
    out = []
    for m in _RX_NAMED_OBJECT.finditer_in(table or SentenceTable(norm)):  # (the name-pair gate: the table's)
        a, b = m.start() + s_start, m.end() + s_start
        cat = lex.active.get(tuple(m.group("verb").lower().split())) or \
            lex.passive.get(tuple(m.group("verb").lower().split()))
        n = _count_names(m.group("names"))
        if cat and n and _free(found, a, b):
            words = (m.group("role") or "").lower().split() + [w.lower() for w in m.group("names").split()]
            out.append(Found(cat, n, n, None, a, b, words, None, named=True))
    return out


_VIOLENCE = frozenset("clashes clash fighting attack attacks strike strikes airstrike shelling ambush raid battle "
                      "bombing explosion blast gunfire crossfire assault offensive firefight skirmish skirmishes "
                      "violence shootout drone".split())
#: "he died amid clashes", "she was killed in the shelling"
_RX_PRONOUN_DIED = re.compile(r"""
    \b(?P<who>[Hh]e|[Ss]he)\s+(?:(?:later|reportedly|also|had)\s+)?
    (?P<cue>died|was\s+killed|was\s+shot\s+dead|was\s+wounded|was\s+injured|was\s+captured|was\s+abducted)
    \s+(?:amid|in|during|after|when|while|following|as)\b      # the event follows
""", re.X)


def pronoun_harmed(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """One person referred to by a pronoun, harmed in the fighting: 'he died amid clashes' -> 1.

    >>> claims_in("He died amid clashes near the town of Dila, a cousin said.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("He died in hospital of a heart attack in 2011.")
    []
    """
    if _VIOLENCE.isdisjoint(re.findall(r"[a-z]+", norm.lower())) or re.search(r"\b(?:1[89]|20)\d\d\b", norm):
        return []
    out = []
    for m in _RX_PRONOUN_DIED.finditer(norm):
        a, b = m.start() + s_start, m.end("cue") + s_start
        if _free(found, a, b):
            cue = m.group("cue").split()[-1]
            out.append(Found(_CUE_CATEGORY.get(cue, "killed"), 1, 1, None, a, b, [m.group("who").lower()], None,
                             named=True))
    return out


# ----------------------------------------------------------------------------------------------------------
# Vague amounts with a determiner
# ----------------------------------------------------------------------------------------------------------

_ALL_PATTERNS: dict[int, re.Pattern] = {}


def _all_pattern(lex: Lexicon) -> re.Pattern:
    """'all (of) the <victims> were <cue>' and '<active cue> all (of) the <victims>'."""
    if id(lex) not in _ALL_PATTERNS:
        heads = _alt(lex.heads)
        passive = _alt(" ".join(k) for k in lex.passive if k[0] not in ("die", "dies", "dying", "dead"))
        active = _alt(" ".join(k) for k in lex.active)
        _ALL_PATTERNS[id(lex)] = re.compile(rf"""
            (?:\b(?P<act>{active})\s+)?                          # 'killing' before: the active form
            \b(?P<all>[Aa]ll)\s+(?:of\s+)?(?:(?:the|its|their|his|our|those)\s+  # 'all the', 'all of their'
            (?P<mods>(?:[\w'’-]+\s+){{0,2}}?)(?P<head>{heads})|(?<=of\s)(?P<them>them))\b  # the victims; 'all of them'
            (?(act)|\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?P<cue>{passive})\b)  # else the passive
          | \b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<mods2>(?:[\w'’-]+\s+){{0,2}}?)(?P<head2>{heads})\b  # 'the attackers
            (?:,[^,]{{1,60}},)?\s+(?:were|had\s+been|have\s+been)\s+                       # (an aside) were
            (?P<all2>all)\s+(?P<cue2>{passive})\b                                           # all shot dead'
        """, re.X)
    return _ALL_PATTERNS[id(lex)]


#: what `_all_pattern` needs: 'all (of) the/its/their/his/our/those', 'all of them', 'were/been all' (a superset)
_RX_ALL_OPENS = re.compile(r"\b[Aa]ll\s+(?:of\s+)?(?:the|its|their|his|our|those|them)\b|\b(?:were|been)\s+all\b")


def all_of_group(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """'all the attackers were killed': the whole of a group whose size is not given (null/null, vague 'all').

    >>> claims_in("All the attackers were killed, the army said.")
    [('killed', None, None, 'all', 'unknown')]
    >>> claims_in("Troops killed all of the gunmen.")
    [('killed', None, None, 'all', 'unknown')]
    >>> claims_in("Troops surrounded the attackers and killed all of them.")
    [('killed', None, None, 'all', 'unknown')]
    >>> claims_in("The attackers, disguised as police officers, were all shot dead.")
    [('killed', None, None, 'all', 'unknown')]
    """
    if _RX_ALL_OPENS.search(norm) is None:
        return []   # (no 'all the', 'all of them', 'were all': the long pattern is not even compiled)
    out = []
    for m in _all_pattern(lex).finditer(norm):
        cue = m.group("act") or m.group("cue") or m.group("cue2")
        table = lex.active if m.group("act") else lex.passive
        cat = table.get(tuple(cue.lower().split()))
        a, b = m.start() + s_start, m.end() + s_start
        if cat and _free(found, a, b):
            if m.group("them") and not m.group("act"):
                continue  # 'all of them were killed' is the count before it, again
            head = (m.group("head") or m.group("head2") or m.group("them")).lower()
            words = (m.group("mods") or m.group("mods2") or "").lower().split() + [head]
            out.append(Found(cat, None, None, "all", a, b, words, head))
    return out


#: 'the number of dead has reached the hundreds'; rule `toll_in_the_hundreds`: 'Deaths Believed in the Hundreds'
_RX_NUMBER_REACHED = re.compile(r"""
    \b(?:the\s+)?(?:(?P<toll>(?:death\s+)?toll)|number(?:\s+of\s+(?:the\s+)?(?:(?P<mod>[A-Z][\w'’-]+)\s+)?(?P<noun>dead|deaths|
        killed|victims|casualties|wounded|injured|displaced|people\s+killed|people\s+displaced|prisoners|captives))?|
        (?P<bare>(?<![\w'’-])(?i:deaths|casualties)(?=\s+(?i:believed|estimated|thought|put|are|were|could|may)\b)))
    \s+(?:[\w'’]+,?\s+){0,3}?                                   # 'has', 'has now', 'could easily', 'was lower, though'
    (?:reached|(?:risen|rose|climbed)\s+(?:to|into)|(?:run|ran|runs)\s+into|passed|topped|exceeded|hit|   # the link
       (?:is|was|stands|be|been|are|were|still|[Bb]elieved|[Ee]stimated|[Tt]hought)\s+in)\s+
    (?i:the)\s+(?:(?i:high|low)\s+)?(?P<vague>(?i:hundreds|thousands|dozens|tens\s+of\s+thousands|
        hundreds\s+of\s+thousands))\b
""", re.X)
_NUMBER_NOUNS = {"dead": "killed", "deaths": "killed", "killed": "killed", "victims": "killed",
                 "casualties": "casualties", "wounded": "wounded", "injured": "wounded", "displaced": "displaced",
                 "people killed": "killed", "people displaced": "displaced", "prisoners": "captured",
                 "captives": "captured"}


def number_reached(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """A toll that reached a vague amount: 'the number of dead has reached the hundreds' (null/null, 'hundreds').

    >>> claims_in("The number of dead has reached the hundreds, a local official said.")
    [('killed', None, None, 'hundreds', 'unknown')]
    >>> claims_in("The death toll has risen into the thousands.")
    [('killed', None, None, 'thousands', 'unknown')]
    >>> claims_in("Civilians keep dying in the siege; the number has reached the hundreds.")
    [('killed', None, None, 'hundreds', 'civilian')]
    """
    out = []
    for m in _RX_NUMBER_REACHED.finditer(norm):
        a, b = m.start() + s_start, m.end() + s_start
        if not _free(found, a, b):
            continue
        noun = re.sub(r"\s+", " ", m.group("noun") or m.group("bare") or "").lower()
        cat = "killed" if m.group("toll") else _NUMBER_NOUNS[noun] if noun else _sentence_category(norm, lex, found)
        if cat is None:
            continue
        vague = re.sub(r"\s+", " ", m.group("vague").lower())
        words = ([m.group("mod").lower()] if m.group("mod") else []) + (noun.split()[-1:] if noun else [])
        out.append(Found(cat, None, None, vague, a, b, words, None, toll=True))
    return out


def _sentence_category(norm: str, lex: Lexicon, found: list[Found]) -> str | None:
    """'the number' without its noun: the category of the sentence's last claim, else of its first harm word."""
    if found:
        return found[-1].category
    for w in re.findall(r"[a-z]+", norm.lower()):
        cat = lex.passive.get((w,)) or lex.nouns.get(w)
        if cat:
            return cat
    return None


# ----------------------------------------------------------------------------------------------------------
# Counted subsets
# ----------------------------------------------------------------------------------------------------------

#: ", of which 9 were women and four children", ", of whom two were soldiers"
_RX_OF_WHICH = re.compile(r"""
    ,?\s*\bof\s+(?:which|whom|those)\s+(?=\S)                    # the subset opener; the items follow
""", re.X)
#: "30 people were killed, nine of whom were children"; "21 injured, 9 of them women"
_RX_N_OF_WHOM = re.compile(r"""
    \s+of\s+(?:whom|them|which)\s+(?:were\s+|are\s+|was\s+)?      # after a count: 'of whom were'
""", re.X)
#: "The dead included 12 children and three women"
_RX_DEAD_INCLUDED = re.compile(r"""
    \b(?:[Tt]he\s+|[Tt]hose\s+)(?P<noun>dead|victims|wounded|injured|killed|casualties)\s+   # the group
    (?:included|include|includes|were\s+mostly|were\s+mainly|comprised)\s+             # the link
""", re.X)
_RX_ITEM = re.compile(r"\s*(?:were|are|was|is)?\s*(?:(?:also|all|mostly|mainly)\s+)?"
                      r"(?P<words>(?:[\w'’-]+\s+){0,2}?)(?P<head>[\w'’-]+)\b")
#: the same with one or two modifiers before the head: '30 rebel fighters', '12 young men'
_RX_ITEM_MODS = tuple(re.compile(r"\s*(?:were|are|was|is)?\s*(?:(?:also|all|mostly|mainly)\s+)?"
                                 r"(?P<words>(?:[\w'’-]+\s+){%d})(?P<head>[\w'’-]+)\b" % k) for k in (1, 2))


def _head_item(norm: str, pos: int, lex: Lexicon, one: bool) -> re.Match | None:
    """The victims' phrase at `pos` whose head is a victims' word (a singular one after a count of one: 'one
    girl'), with up to two modifiers before it; None when there is none."""
    for rx in (_RX_ITEM, *_RX_ITEM_MODS):
        item = rx.match(norm, pos)
        if item is None:
            return None
        head = item.group("head").lower()
        if head in lex.heads or (one and head in lex.singular):
            return item
    return None


_RX_NEXT_ITEM = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=\S)")


_RX_ONE_ITEM = re.compile(r"(?:a|an)\s(?=[a-z])")


def _items(norm: str, pos: int, s_start: int, lex: Lexicon, category: str) -> list[Found]:
    """Counted items from `pos`: 'N <victims> (, N <victims>)* (and N <victims>)' -> one subset Found each."""
    out = []
    while True:
        qs = find_quantities(norm[pos:pos + 40], lex, pos)
        q = qs[0] if qs else None
        one = _RX_ONE_ITEM.match(norm, pos) if q is None or q.start != pos else None
        if one:  # 'three soldiers and a civilian': one person by role is an item of one (wire_rules' family)
            q = Qty(pos, one.end() - 1, 1, 1, None)
        if q is None or q.start != pos or q.vague is not None:
            return out
        item = _head_item(norm, q.end, lex, q.low == 1)
        head = item.group("head").lower() if item else ""
        if not item or head == "them":
            return out
        words = item.group("words").lower().split() + [item.group("head").lower()]
        out.append(Found(category, q.low, q.high, None, q.start + s_start, item.end() + s_start, words,
                         item.group("head").lower(), subset=True))
        nxt = _RX_NEXT_ITEM.match(norm, item.end())
        if not nxt:
            return out
        pos = nxt.end()


def _parent(found: list[Found], at: int, s_start: int) -> Found | None:
    """The last count (not itself a subset) that ends before `at` in the sentence."""
    return next((f for f in reversed(found) if f.end - s_start <= at + 2 and not f.subset), None)


def counted_subsets(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Counted subsets of a count before them, one record each in its category: '21 injured, of which 9 were women
    and four children', '30 people were killed, nine of whom were children', '9 of them women'; and the subsets
    of 'the dead' ('The dead included 12 children and three women').

    >>> claims_in("At least 21 people were injured, of which 9 were women and four children.")
    [('wounded', 21, None, None, 'unknown'), ('wounded', 9, 9, None, 'civilian'), ('wounded', 4, 4, None, 'civilian')]
    >>> claims_in("At least 30 people were killed, nine of whom were children.")
    [('killed', 30, None, None, 'unknown'), ('killed', 9, 9, None, 'civilian')]
    >>> claims_in("The dead included 12 children and three women.")
    [('killed', 12, 12, None, 'civilian'), ('killed', 3, 3, None, 'civilian')]
    """
    out: list[Found] = []
    for m in _RX_OF_WHICH.finditer(norm):
        parent = _parent(found, m.start(), s_start)
        if parent is not None:
            items = _items(norm, m.end(), s_start, lex, parent.category)
            out += [f for f in items if _free(found + out, f.start, f.end)]
    for q in find_quantities(norm, lex, 0) if " of " in norm else ():
        m = _RX_N_OF_WHOM.match(norm, q.end)
        parent = _parent(found, q.start, s_start) if m else None
        if parent is None or q.vague is not None:
            continue
        item = _RX_ITEM.match(norm, m.end())
        head = item.group("head").lower() if item else ""
        if head in lex.heads and head != "them" and _free(found + out, q.start + s_start, item.end() + s_start):
            words = item.group("words").lower().split() + [head]
            out.append(Found(parent.category, q.low, q.high, None, q.start + s_start, item.end() + s_start, words,
                             head, subset=True))
    for m in _RX_DEAD_INCLUDED.finditer(norm):
        cat = _NUMBER_NOUNS.get(m.group("noun").lower(), "killed")
        out += [f for f in _items(norm, m.end(), s_start, lex, cat) if _free(found + out, f.start, f.end)]
    return out


_CUES = frozenset({"killed", "dead", "died", "dies", "slain", "wounded", "injured", "captured", "abducted",
                   "kidnapped"})

RULES: tuple[Rule, ...] = (
    Rule("named with a companion", (frozenset({"and"}), _CUES), named_with_companion, reads_table=True),
    Rule("named in a headline", (_CUES,), named_in_headline),
    Rule("death of a named person", (frozenset({"death", "deaths", "killing", "killings", "assassination", "body"}),),
         death_of_named),
    Rule("named after the harm", (frozenset({"also", "among"}), _CUES | {"victims"}), named_inverted),
    Rule("named as the object of a harm verb", (_CUES | {"killing", "kills", "assassinated", "executed", "eliminated",
                                                         "capturing", "arrested", "down"},), named_object,
         reads_table=True),
    Rule("a pronoun harmed in the fighting", (frozenset({"he", "she"}), _CUES), pronoun_harmed),
    Rule("all of a group", (frozenset({"all"}),), all_of_group),
    Rule("a toll that reached a vague amount", (frozenset({"toll", "number", "deaths", "casualties"}),
                                                frozenset({"hundreds", "thousands", "dozens"})), number_reached),
    Rule("counted subsets", (frozenset({"which", "whom", "those", "them", "included", "include", "includes",
                                        "mostly", "mainly", "comprised"}),), counted_subsets),
)

# The family modules' rules, after the ones above, in the order they run (order decides: a rule never adds a claim
# overlapping one found before it); one comment per block names the family and its module
from . import (count_parts, elided_counts, further_counts, headline_tolls, hospital_wounds, named_victims,  # noqa: E402
               one_by_role, one_by_role_subject, one_person, shot_rules, single_people, wire_rules)


def _picked(rules: tuple[tuple, ...], *names: str) -> tuple[Rule, ...]:
    """The named rules of a family module's (name, gate, find) list, as ``Rule`` records, in the order named."""
    by_name = {r[0]: r for r in rules}
    return tuple(Rule(*by_name[n]) for n in names)


RULES = RULES + (
    # single people listed in a count, one record (single_people), then one person by role (one_by_role)
    *_picked(single_people.SINGLE_PEOPLE_RULES, "single people listed in a count"),
    *_picked(one_by_role.ONE_BY_ROLE_RULES, "a person among a count", "one person by role"),
    # the parts of a count, told before or after it (count_parts)
    *_picked(count_parts.COUNT_PARTS_RULES, "a count among the victims"),
    # one person by role as the subject of their own harm (one_by_role_subject)
    *_picked(one_by_role_subject.ONE_BY_ROLE_SUBJECT_RULES, "one person by role and body, harmed"),
    # named victims (named_victims)
    *_picked(named_victims.NAMED_VICTIMS_RULES, "a named person's death"),
    *_picked(further_counts.FURTHER_COUNTS_RULES, "a side lost N people", "a side lost heavily",  # further counts
             "further counts after a harm verb"),  # harmed by one verb already told (further_counts)
    *_picked(single_people.SINGLE_PEOPLE_RULES, "single people in a count found later"),  # ('lost seven members')
    # the parts of a count, told before or after it (count_parts)
    *_picked(count_parts.COUNT_PARTS_RULES, "N of them after a count"),
    # one person by role, in a count or as the object of a harm (one_by_role)
    *_picked(one_by_role.ONE_BY_ROLE_RULES, "one person by role after a harm noun",
             "one person by role as the object of a harm verb"),
    # one person told without a count or a role of their own (one_person)
    *_picked(one_person.ONE_PERSON_RULES, "one more person told by another"),
    # named victims (named_victims)
    *_picked(named_victims.NAMED_VICTIMS_RULES, "a person named again by the surname", "a name harmed by a lexicon phrase"),
    # further counts harmed by one verb already told (further_counts)
    *_picked(further_counts.FURTHER_COUNTS_RULES, "companions counted after the harm"),
    # the parts of a count, told before or after it (count_parts)
    *_picked(count_parts.COUNT_PARTS_RULES, "the parts of a count listed after it"),
    # short wire items' shapes (wire_rules)
    *_picked(wire_rules.WIRE_RULES, "people counted one by one", "a headline's bare role",
             "one person with a clause after the role", "a harm cue joined to another verb", "two counts sharing one head",
             "one of a group, or one left dead", "the victims restated by a count"),
    # one person by role as the subject of their own harm (one_by_role_subject)
    *_picked(one_by_role_subject.ONE_BY_ROLE_SUBJECT_RULES, "one person by a role the lexicon lacks"),
    # the parts of a count, told before or after it (count_parts)
    *_picked(count_parts.COUNT_PARTS_RULES, "a counted part of the victims told after them"),
    # one person told without a count or a role of their own (one_person)
    *_picked(one_person.ONE_PERSON_RULES, "one death told as an event"),
    # one person by role as the subject of their own harm (one_by_role_subject)
    *_picked(one_by_role_subject.ONE_BY_ROLE_SUBJECT_RULES, "one person by a possessive determiner"),
    # one person told without a count or a role of their own (one_person)
    *_picked(one_person.ONE_PERSON_RULES, "one person by age in a toll"),
    # named victims (named_victims)
    *_picked(named_victims.NAMED_VICTIMS_RULES, "the victims named one by one"),
    # further counts harmed by one verb already told (further_counts)
    *_picked(further_counts.FURTHER_COUNTS_RULES, "people counted, then harmed as them"),
    # one person told without a count or a role of their own (one_person)
    *_picked(one_person.ONE_PERSON_RULES, "one more person in an elliptical clause"),
    # the parts of a count, told before or after it (count_parts)
    *_picked(count_parts.COUNT_PARTS_RULES, "a toll broken down by unit"),
    # people taken to hospital with wounds (hospital_wounds)
    *_picked(hospital_wounds.HOSPITAL_WOUNDS_RULES, "taken to hospital with wounds"),
    # the parts of a count, told before or after it (count_parts)
    *_picked(count_parts.COUNT_PARTS_RULES, "parts told as among a counted toll"),
    *_picked(shot_rules.SHOT_RULES, "people counted as shot, no outcome told"),  # 'were shot' (shot_rules)
    *_picked(further_counts.FURTHER_COUNTS_RULES, "the second object of one harm"),  # further counts (further_counts)
    *_picked(elided_counts.ELIDED_COUNTS_RULES, "a bare count with its harm elided"),  # bare counts (elided_counts)
    # one person by role as the subject of their own harm (one_by_role_subject)
    *_picked(one_by_role_subject.ONE_BY_ROLE_SUBJECT_RULES, "one person by a definite role"),
    # tolls in a headline's shapes (headline_tolls); last, one person shot where no claim was found (shot_rules)
    *_picked(headline_tolls.HEADLINE_TOLLS_RULES, "a headline toll", "one person by a bare role in a headline list"),
    *_picked(shot_rules.SHOT_RULES, "one person shot, no outcome told"),
)

_ANY_GATE = frozenset().union(*(r.gate[0] for r in RULES))


def _gate_index(rules: tuple[Rule, ...]) -> dict[str, tuple[int, ...]]:
    """Each word of a rule's first gate set -> the positions in `rules` of the rules whose first gate holds it."""
    index: dict[str, list[int]] = {}
    for i, r in enumerate(rules):
        for w in r.gate[0]:
            index.setdefault(w, []).append(i)
    return {w: tuple(ix) for w, ix in index.items()}


#: word -> the rules (positions in RULES) whose first gate set holds it: a sentence's words pick its candidates
_BY_GATE_WORD = _gate_index(RULES)


def rules_for(words: set[str]) -> list[Rule]:
    """The rules whose gates the sentence's (lower-case) words pass: each gate is a set of which one must occur.

    The candidates come from the index of first-gate words (`_BY_GATE_WORD`: only the rules one of the sentence's
    words opens), in RULES order; their other gate sets are then tested: the rules `rules_for_scan` gives."""
    hits = _ANY_GATE.intersection(words)
    if not hits:
        return []
    if len(hits) == 1:
        (w,) = hits
        candidates = _BY_GATE_WORD[w]
    else:
        candidates = sorted({i for w in hits for i in _BY_GATE_WORD[w]})
    out = []
    for i in candidates:
        r = RULES[i]
        for g in r.gate[1:]:
            if g.isdisjoint(words):
                break
        else:
            out.append(r)
    return out


def rules_for_scan(words: set[str]) -> list[Rule]:
    """`rules_for` by the plain scan of every rule's every gate (the index's reference, tests/test_casualty_scan.py)."""
    out = []
    for r in RULES:
        for g in r.gate:
            if g.isdisjoint(words):
                break
        else:
            out.append(r)
    return out


def apply_rules(rules: list[Rule], norm: str, s_start: int, lex: Lexicon, found: list[Found],
                table: SentenceTable | None = None) -> list[Found]:
    """The claims the rules add to `found` (none overlapping a claim found before); `table`, the sentence's table
    (`scan.SentenceTable` of `norm`), goes to the rules that read it (`Rule.reads_table`)."""
    out: list[Found] = []
    for rule in rules:
        new = rule.find(norm, s_start, lex, found + out, table) if rule.reads_table else \
            rule.find(norm, s_start, lex, found + out)
        if new:
            out += tag(new, rule)   # column `found_by` (provenance)
    return out
