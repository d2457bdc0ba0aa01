"""Named rules for one person pointed at by a role as the subject of their own harm: a role and the body they belong to
('A commander of the brigade was killed', session 4b), a role the lexicon lacks ('A schoolteacher was
shot dead') and a possessive determiner ('His brother was killed', session 7), and a definite role
('The driver was seriously injured', session 12).

Each rule is registered in ``rules.RULES`` (a name, a cheap gate of words, a function; ``rules.RULES`` lists the
rules of every family by name, in the order they run); the examples in the docstrings are their tests (doctests), and
``tests/test_casualties_one_by_role_subject.py`` has more, with sides, written in the styles of wars in none of the
eval sets.

    >>> [name for name, _, _ in ONE_BY_ROLE_SUBJECT_RULES]  # doctest: +NORMALIZE_WHITESPACE
    ['one person by role and body, harmed', 'one person by a role the lexicon lacks',
     'one person by a possessive determiner', 'one person by a definite role']
"""
from __future__ import annotations

import re

from .found import Found, free as _free
from .lexicon import Lexicon, _BLOCK, _FUNCTION, _alt
from .wire_rules import _mods_ok


# ----------------------------------------------------------------------------------------------------------
# One person: a role as the subject of a harm, a named person's death as a possessive
# ----------------------------------------------------------------------------------------------------------

#: 'The spokesman of the rebel movement was killed', 'A commander of the militia has been wounded', 'one member of
#: the front was killed': one person by role (with the body they belong to) as the subject of a passive harm
_RX_ROLE_SUBJECT = re.compile(r"""
    \b(?P<det>[Tt]he|[Aa]n?|[Oo]ne)\s+(?P<mods>(?:[\w'’-]+\s+){{0,2}}?)(?P<noun>{nouns})
    (?P<group>\s+(?:of|for|from)\s+(?:the\s+)?[^,.;:()]{{1,60}}?)
    \s+(?:was|has\s+been|had\s+been|is)\s+(?:(?:also|reportedly|reported|confirmed|later)\s+)?
    (?P<cue>killed|dead|wounded|injured|captured|abducted|shot\s+dead)\b
""", re.X)
_ROLE_SUBJECT: dict[int, re.Pattern] = {}
_RX_ROLE_CHEAP = re.compile(r"\b(?:was|been|is)\s+(?:(?:also|reportedly|reported|confirmed|later)\s+)?"
                            r"(?:killed|dead|wounded|injured|captured|abducted|shot)\b")
_HARM_CATEGORY = {"killed": "killed", "dead": "killed", "shot dead": "killed", "wounded": "wounded",
                  "injured": "wounded", "captured": "captured", "abducted": "captured"}


def role_subject_harmed(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """One person pointed at by a role and the body they belong to, the subject of a passive harm: one record,
    whose words keep the body (its side).  Without the body ('The commander was killed') it is
    `one_by_definite_role`'s (a retelling is a record of its own: docs/annotation.md, one record
    per assertion; the dev golds record it in four wars, eval/RECALL_FAMILIES.md "Session 12").

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The spokesman of the Polisario Front was killed in the shelling near Mahbes.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("One member of the Kosovo Liberation Army was wounded in the clash.")
    [('wounded', 1, 1, None, 'unknown')]
    >>> claims_in("The commander was killed.")   # (one_by_definite_role)
    [('killed', 1, 1, None, 'unknown')]
    """
    if _RX_ROLE_CHEAP.search(norm) is None:   # a cheap test before the long pattern
        return []
    if id(lex) not in _ROLE_SUBJECT:
        nouns = "|".join(sorted(lex.singular | {"member", "official"}, key=len, reverse=True))
        _ROLE_SUBJECT[id(lex)] = re.compile(_RX_ROLE_SUBJECT.pattern.format(nouns=nouns), re.X)
    out: list[Found] = []
    for m in _ROLE_SUBJECT[id(lex)].finditer(norm):
        a, b = m.start("det") + s_start, m.end() + s_start
        mods = m.group("mods").lower().split()
        if any(w in ("of", "and", "to", "who", "in", "on", "at") for w in mods) or not _free(found + out, a, b):
            continue
        group = re.split(r"\s+(?:in|at|near|on|during|from)\s+", m.group("group").lower())[0].split()[1:]  # not its place
        noun = m.group("noun").lower()
        out.append(Found(_HARM_CATEGORY[re.sub(r"\s+", " ", m.group("cue"))], 1, 1, None, a, b,
                         [*mods, noun, *[" ".join(group[k:]) for k in range(len(group))]], noun))
    return out


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
    (?P<det>[AaOo](?<![\w'’-][AaOo])(?:(?<=[Aa])(?:n?|nother)|(?<=[Oo])ne))\s+   # (opens on its letter: re skips to it)
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
    cheap = _def_cheap(norm)  # (the harm first: a cheap test before the long pattern)
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
#: ('\b(?:was|been)\s+...|\bdied\b' opened on its first letters, '[wbd](?<=\b[wbd])': the same matches, skipped to
#: a w, b or d instead of tried at every position after `_def_cheap`'s start; session 26)
_RX_DEF_CHEAP = re.compile(r"[wbd](?<=\b[wbd])(?:(?:(?<=w)as|(?<=b)een)\s+(?:\w+\s+)?(?:killed|shot|gunned|stabbed|"
                           r"beaten|hacked|burn\w*|taken|found|murdered|executed|beheaded|assassinated|lynched|wounded|"
                           r"injured|hurt|abducted|kidnapped)\b|(?<=d)ied\b)")


def _def_cheap(norm: str) -> re.Match | None:
    """`_RX_DEF_CHEAP.search(norm)`, searched from the first 'was', 'been' or 'died' of the text (session 22): every
    match opens on one of them, so none can open before the first; `\\b` reads the character before the search's start
    all the same. The pattern opens on `\\b` and gave `re` no first character to scan for (~48,000 instructions a
    sentence).

    >>> _def_cheap("Relief came late. Her son was shot at the gate").start(), _def_cheap("No harm came") is None
    (26, True)
    """
    starts = [i for i in (norm.find("was"), norm.find("been"), norm.find("died")) if i >= 0]
    return _RX_DEF_CHEAP.search(norm, min(starts)) if starts else None


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
    officer said, was killed`): one record.  A bare `the` is `one_by_definite_role`'s (`The commander was
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
    cheap = _def_cheap(norm)
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
# One person by a definite role: 'The driver was seriously injured', 'the police chief of X has died'
# ----------------------------------------------------------------------------------------------------------

#: the categories the rule gives: one person 'evacuated', 'relocated' or 'displaced' is no claim of harm
_DEFINITE_CATEGORIES = frozenset(["killed", "wounded", "captured"])
#: passive cues the rule leaves to the grammar: 'the X was dead' is a state, 'the X dies' a habit or a headline's
_NOT_DEFINITE_CUES = frozenset(["dead", "die", "dies", "dying"])
_DEFINITE_PATTERNS: dict[int, re.Pattern] = {}
#: words before 'the' that make the role no subject of its own ('one of the', 'whether the', 'if the')
_RX_NOT_SUBJECT = re.compile(r"(?:\b(?:of|one|if|whether|unless|not|nor|to)|['’]s)\s*$", re.I)


def _definite_pattern(lex: Lexicon) -> re.Pattern:
    """'the [up to three modifiers] <singular person> [of <up to five words>] was/has been/had been [adverb]
    <passive cue>', or '... (has/had) died/succumbed'."""
    if id(lex) not in _DEFINITE_PATTERNS:
        cues = [c for c, cat in ((" ".join(k), cat) for k, cat in lex.passive.items())
                if cat in _DEFINITE_CATEGORIES and c not in _NOT_DEFINITE_CUES and
                (not c.startswith("among ") or c in ("among the dead", "among those killed", "among the wounded",
                                                      "among the injured"))]
        _DEFINITE_PATTERNS[id(lex)] = re.compile(r"""
            (?P<det>[Tt](?<![\w'’-][Tt])he)\s+                      # (opens on its letter: re skips to it)
            (?P<mods>(?:[\w'’-]+\s+){0,3}?)                       # 'local army', 'fifth', 'senior'
            (?P<noun>""" + _alt(lex.singular) + r""")
            (?P<of>\s+of\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)?      # 'of Afghanistan's southern Kandahar province'
            \s+(?:
                (?P<aux>was|has\s+been|had\s+been)\s+(?:(?:also|later|reportedly|\w+ly)\s+)?  # 'was seriously'
                (?P<cue>""" + _alt(cues) + r""")
              | (?:has\s+|had\s+)?(?:(?:also|later|reportedly)\s+)?(?P<died>died|succumbed)
            )(?![\w-])""", re.X)
    return _DEFINITE_PATTERNS[id(lex)]


def _definite_person_near(words: list[str], lex: Lexicon) -> bool:
    """A singular person word with 'the' at most four words before it: the pattern's cheap necessary test (read
    from each 'the': the four words after it; most sentences hold few, and none holds no test at all).

    >>> from presslens.casualties import load_lexicon
    >>> lex = load_lexicon()
    >>> _definite_person_near("the local militia commander had been kidnapped".split(), lex)
    True
    >>> _definite_person_near("the group said that its commander was killed".split(), lex)
    False
    """
    if "the" not in words:
        return False
    singular = lex.singular
    return any(w.strip(",.;:!?\"'’”“()") in singular
               for j, the in enumerate(words) if the == "the" for w in words[j + 1:j + 5])


def one_by_definite_role(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `one_by_definite_role` (family F10, definite subject): one person pointed at by 'the' and a singular
    role before their own passive cue or 'died': a claim of one (docs/annotation.md: a singular person harmed
    counts 1, each telling a record). The role may take an 'of' phrase ('the police chief of the province').

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The bus driver was seriously injured when the mine went off near Vavuniya.")
    [('wounded', 1, 1, None, 'civilian')]
    >>> claims_in("The deputy mayor of the town of Zenica has died of his wounds, officials said.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("A ranger said the local militia commander had been kidnapped on Sunday.")
    [('captured', 1, 1, None, 'unknown')]
    >>> claims_in("The wife of the soldier was killed in the shelling.")  # the wife, not the soldier
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("The commander was evacuated by helicopter.")   # no harm
    []
    >>> claims_in("It was not clear whether the pilot was killed.")  # a question
    []
    """
    if not _definite_person_near(norm.lower().split(), lex):
        return []   # (the cheap test first)
    out: list[Found] = []
    for m in _definite_pattern(lex).finditer(norm):
        a, b = m.start() + s_start, m.end() + s_start
        if not _free(found + out, a, b) or _RX_NOT_SUBJECT.search(norm[:m.start()]):
            continue
        mods = m.group("mods").lower().split()
        of = (m.group("of") or "").lower().split()[1:]
        if any(w in _FUNCTION or w in _BLOCK or w[:1].isdigit() for w in mods) or \
                any(w in _BLOCK or w in _FUNCTION and w not in ("the", "a", "an", "of") or w[:1].isdigit() for w in of):
            continue  # 'the two ...', 'the officer who was ...', 'the chief of staff said ...': not one subject
        cat = "killed" if m.group("died") else lex.passive.get(tuple(m.group("cue").lower().split()))
        if cat not in _DEFINITE_CATEGORIES:
            continue
        noun = m.group("noun").lower()
        out.append(Found(cat, 1, 1, None, a, b, [*mods, noun], noun))
    return out


#: (name, gate, find) of each rule, in the order they run (``rules.RULES`` lists them by name)
ONE_BY_ROLE_SUBJECT_RULES: tuple[tuple, ...] = (
    ("one person by role and body, harmed", (frozenset({"killed", "dead", "wounded", "injured", "captured",
                                                         "abducted"}), frozenset({"was", "been", "is"}),
                                             frozenset({"of", "for", "from"})),
     role_subject_harmed),
    ("one person by a role the lexicon lacks", (frozenset({"a", "an", "another", "one"}),
                                                frozenset({"was", "been", "died"})), one_unlisted_role),
    ("one person by a possessive determiner", (frozenset({"was", "been", "died"}),), one_by_possessive),
    ("one person by a definite role", (frozenset({"was", "has", "had", "died", "succumbed"}), frozenset({"the"})),
     one_by_definite_role),
)
