"""Named rules for casualty claims the extractor did not find at all (issue 11, session 7, casualty recall): one
person by a role the lexicon lacks (`A schoolteacher was killed`, `A fourth Marine died`) and a counted part of the
victims told after them (`Of the dead, four were children`, `Two of the nine victims were members of ...`).  Medical
help and care (`sought medical help`, `received medical treatment`), homes left and refuge taken (`left their
homes`, `took refuge`), the `evacuation` or `exodus` of N and sized vague amounts (`a good number of`) are words, in
``data/lexicons/casualties.yaml`` and ``vague_numbers.csv``.

Each rule is registered in ``rules.RULES`` (a name, a cheap gate of words, a function); the examples in the
docstrings are their tests (doctests), written in the styles of wars in none of the eval sets, and
``tests/test_casualties_recall7.py`` has more.

    >>> [name for name, _, _ in RECALL7_RULES]
    ['one person by a role the lexicon lacks', 'a counted part of the victims told after them', 'one death told as an event', 'one person by a possessive determiner', 'one person by age in a toll']
"""
from __future__ import annotations

import itertools
import re

from .found import Found, free as _free
from .lexicon import Lexicon
from .numbers import count_word
from .wire_rules import _mods_ok


# ----------------------------------------------------------------------------------------------------------
# One person by a role the lexicon lacks: 'A schoolteacher was shot dead', 'A fourth Marine died of his wounds'
# ----------------------------------------------------------------------------------------------------------

#: harm said of one person after 'was', 'has been', 'had been', by category
_ONE_CUES = {"killed": "killed", "shot dead": "killed", "gunned down": "killed", "shot and killed": "killed",
             "stabbed to death": "killed", "beaten to death": "killed", "hacked to death": "killed",
             "burned to death": "killed", "burnt to death": "killed", "murdered": "killed", "executed": "killed",
             "beheaded": "killed", "assassinated": "killed", "lynched": "killed", "found dead": "killed",
             "wounded": "wounded", "injured": "wounded", "hurt": "wounded", "shot and wounded": "wounded",
             "abducted": "captured", "kidnapped": "captured", "taken hostage": "captured"}
_RX_ONE_UNLISTED = re.compile(r"""
    (?<![\w'’-])(?P<det>[Aa]n?|[Aa]nother|[Oo]ne)\s+
    (?P<mods>(?:[\w'’-]+\s+){0,3}?)                                  # 'fourth', '30-year-old', 'off-duty'
    (?P<noun>[A-Za-z][a-z]+(?:-[a-z]+)?)\s+                           # the role, of any case: 'Marine', 'headmaster'
    (?:(?:was|has\s+been|had\s+been)\s+(?:(?:also|reportedly|later|then|allegedly|\w+ly)\s+)?
         (?P<cue>shot\s+and\s+(?:killed|wounded)|shot\s+dead|gunned\s+down|(?:stabbed|beaten|hacked|burn[et]d?)\s+
            to\s+death|taken\s+hostage|found\s+dead|killed|murdered|executed|beheaded|assassinated|lynched|wounded|
            injured|hurt|abducted|kidnapped)
      |(?:(?:also|later|has|had|then|subsequently)\s+){0,2}(?P<died>died))\b
""", re.X)
#: the endings of nouns for people ('headmaster', 'interpreter', 'mechanic', 'Colombian', 'Frenchman', 'trainee')
_RX_PERSON_ENDING = re.compile(r"(?:er|or|ist|ian|an|ant|ent|man|woman|ee|ic|ive|ier|eer|ar|i)$")
#: people whose word has no such ending
_PEOPLE_WORDS = frozenset(["victim", "person", "marine", "child", "youth", "nurse", "guard", "aide", "scout", "cop",
                           "monk", "imam", "mullah", "sheikh", "bishop", "pilot", "medic", "chief", "girl", "boy",
                           "baby", "infant", "toddler", "teen", "adult", "hostage", "detainee", "captive",
                           "prisoner", "inmate", "refugee", "migrant", "civilian", "resident", "local", "native"])
#: roles that are not people, or words that end like one ('computer', 'tower', 'event') and can follow 'a'
_NOT_PEOPLE = frozenset(["computer", "tower", "helicopter", "container", "trailer", "carrier", "tanker", "number",
                         "letter", "order", "deal", "plan", "motor", "vehicle", "car", "bar",
                         "war", "year", "day", "time", "month", "week", "operation", "attack", "incident", "event",
                         "report", "statement", "ceasefire", "truce", "talk", "process", "project", "engine",
                         "generator", "reactor", "sector", "corridor", "border", "river", "center", "centre",
                         "quarter", "matter", "chapter", "paper", "poster", "banner", "counter", "monitor",
                         "hunger", "anger", "fire", "disaster", "battle", "clash", "way", "part", "plant",
                         "agreement", "government", "movement", "settlement", "treatment", "parliament", "document",
                         "regiment", "detachment", "contingent", "battalion", "platoon", "division", "unit", "company",
                         "convoy", "patrol", "squad", "team", "group", "party", "band", "cell", "faction", "militia"])


def _is_person(noun: str, lex: Lexicon) -> bool:
    """A role noun for one person: the lexicon's, one of `_PEOPLE_WORDS`, or a noun with a person's ending."""
    low = noun.lower()
    if low in lex.singular or low in _PEOPLE_WORDS:
        return True
    return low not in _NOT_PEOPLE and len(low) > 3 and _RX_PERSON_ENDING.search(low) is not None


def one_unlisted_role(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `one_unlisted_role`: one person, by a role the lexicon does not list or by an ordinal that adds one to
    an earlier toll, harmed ('A schoolteacher was shot dead', 'A fourth Marine died of his wounds', 'A third victim
    died overnight', 'An interpreter was killed'): one record.  The role is a noun with a person's ending (`-er`,
    `-ist`, `-ian`, `-man`, ...) or one of a few people's words; things ('A helicopter was hit', 'A deal was
    killed') and bodies of people ('a platoon') are not.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("A schoolteacher was shot dead outside his home in Kumba on Monday.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("A fourth Marine died of his wounds on Sunday, the Navy said.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("A third victim died overnight in hospital in Ziguinchor.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("A truce was killed by the shelling of Bamenda.")
    []
    """
    out: list[Found] = []
    cheap = _RX_DEF_CHEAP.search(norm)  # (the harm first: a cheap test before the long pattern)
    if cheap is None:
        return out
    for m in _RX_ONE_UNLISTED.finditer(norm, max(0, cheap.start() - 90)):
        noun, mods = m.group("noun"), m.group("mods")
        if not _is_person(noun, lex) or not _mods_ok(mods) or \
                any(w.lower() in lex.numbers and w.lower() != "one" for w in mods.split()):
            continue  # 'a bill was killed'; 'a 12 soldiers' is no one person
        a, b = m.start() + s_start, m.end() + s_start
        if not _free(found + out, a, b):
            continue
        cat = "killed" if m.group("died") else _ONE_CUES[" ".join(m.group("cue").split())]
        out.append(Found(cat, 1, 1, None, a, b, [*mods.lower().split(), noun.lower()], noun.lower()))
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
    cheap = _RX_PART_CHEAP.search(norm)
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
# One person by a possessive determiner: 'His brother was killed', "The governor's bodyguard was wounded"
# ----------------------------------------------------------------------------------------------------------

#: the harm said of the person (searched first: the subject is then matched on the words just before it)
_RX_DEF_PRED = re.compile(r"""
    \s+(?:(?:was|has\s+been|had\s+been)\s+(?:(?:also|reportedly|later|then|allegedly|\w+ly)\s+)?
         (?P<cue>shot\s+and\s+(?:killed|wounded)|shot\s+dead|gunned\s+down|(?:stabbed|beaten|hacked|burn[et]d?)\s+
            to\s+death|burn[et]d?\s+alive|taken\s+hostage|found\s+dead|killed|murdered|executed|beheaded|
            assassinated|lynched|wounded|injured|hurt|abducted|kidnapped)
      |(?:(?:also|later|has|had|then|subsequently)\s+){0,2}(?P<died>died))\b
""", re.X)
_RX_DEF_CHEAP = re.compile(r"\b(?:was|been)\s+(?:\w+\s+)?(?:killed|shot|gunned|stabbed|beaten|hacked|burn\w*|taken|"
                           r"found|murdered|executed|beheaded|assassinated|lynched|wounded|injured|hurt|abducted|"
                           r"kidnapped)\b|\bdied\b")
#: the person, ending right before the harm: a determiner, up to two modifiers, the noun and an aside
_RX_DEF_SUBJECT = re.compile(r"""
    (?<![\w'’-])(?P<det>(?:[Tt]he\s+)?[\w-]+(?:'s|’s)|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Ii]ts)\s+
    (?P<mods>(?:[\w'’-]+\s+){0,2}?)(?P<noun>[a-z]+)
    (?P<aside>\s*,\s*(?:[^,.;:]{2,40}?\s+)?(?:said|says|added|told\s+[\w ]{2,20}?|according\s+to\s+[^,.;:]{2,30}?)\s*,)?
    $""", re.X)
#: people one has (kin, friends) and the few people's words a definite article can point at
_KIN = frozenset(["brother", "sister", "father", "mother", "son", "daughter", "wife", "husband", "uncle", "aunt",
                  "cousin", "nephew", "niece", "grandson", "granddaughter", "grandfather", "grandmother", "friend",
                  "colleague", "neighbour", "neighbor", "fiance", "fiancé", "fiancée", "partner", "boyfriend",
                  "girlfriend", "stepfather", "stepson", "child", "baby", "victim", "bodyguard", "driver", "deputy",
                  "assistant", "aide", "secretary", "interpreter", "translator", "guide", "escort"])
#: a pronoun and 'is' or 'has', not a possessive
_CONTRACTIONS = frozenset(["it's", "that's", "there's", "he's", "she's", "what's", "who's", "let's", "here's",
                           "where's", "one's"])
#: words of one person that are also a rank held by many, or a body ('the major', 'the private' sector)
_NOT_ONE = frozenset(["private", "major", "general", "chief", "official", "relative", "guard", "youth", "elder"])


def one_by_possessive(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `one_by_possessive`: one person pointed at by a possessive determiner, harmed (`His brother was killed in
    the attack`, `Her son died in the shelling`, `The governor's bodyguard was wounded`, `His friend, another
    officer said, was killed`): one record.  A bare `the` is `recall12_rules.one_by_definite_role`'s (`The commander was
    killed`: a retelling is a record of its own, as the dev golds have it in four wars).  Not after `of` (`the family of the driver`) nor
    `and` (`his wife and his son died`: the list rules').

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("His brother was killed in the fighting near Popayan.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("His brother was killed in the attack on the bus near Popayan.")   # a civilian place (people.py)
    [('killed', 1, 1, None, 'civilian')]
    >>> claims_in("The mayor was shot dead outside the town hall in Kumba on Monday.")  # (one_by_definite_role)
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("The family of the driver was evacuated, and the car was hit.")
    []
    """
    out: list[Found] = []
    cheap = _RX_DEF_CHEAP.search(norm)
    if cheap is None:
        return out
    for p in _RX_DEF_PRED.finditer(norm, max(0, cheap.start() - 16)):
        window = max(0, p.start() - 120)
        m = _RX_DEF_SUBJECT.search(norm, window, p.start())
        if m is None:
            continue
        noun, mods = m.group("noun"), m.group("mods")
        before = norm[max(0, m.start() - 5):m.start()].lower()
        if m.group("det").lower().replace("’", "'") in _CONTRACTIONS or noun in _NOT_ONE or \
                not (noun in lex.singular or noun in _KIN) or not _mods_ok(mods) or \
                re.search(r"(?:\bof|\band|\bor|,)\s*$", before) or \
                any(w.lower() in lex.numbers or w.lower() in lex.heads for w in mods.split()):
            continue  # 'the family of the driver', 'his wife and his son', 'the two soldiers'
        a, b = m.start() + s_start, p.end() + s_start
        if not _free(found + out, a, b):
            continue
        cat = "killed" if p.group("died") else _ONE_CUES.get(" ".join(p.group("cue").split()), "killed")
        out.append(Found(cat, 1, 1, None, a, b, [*mods.lower().split(), noun], noun))
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


RECALL7_RULES: tuple[tuple, ...] = (
    ("one person by a role the lexicon lacks", (frozenset({"a", "an", "another", "one"}),
                                                frozenset({"was", "been", "died"})), one_unlisted_role),
    ("a counted part of the victims told after them", (frozenset({"of"}), frozenset(_GROUP_CATEGORY)),
     part_told_after),
    ("one death told as an event", (frozenset({"fatality", "death", "casualty"}),), one_death_event),
    ("one person by a possessive determiner", (frozenset({"was", "been", "died"}),), one_by_possessive),
    ("one person by age in a toll", (frozenset({"including", "among"}), frozenset({"old"})), one_by_age),
)
