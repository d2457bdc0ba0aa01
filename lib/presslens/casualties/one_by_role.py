"""Named rules for one person pointed at by a role rather than counted, in a count or as the object of a harm:
'including a policeman' inside a count ('a person among a count'), 'killed a soldier' ('one person by role', with
'kill'), 'the death of a soldier' (after a harm noun) and 'abducted a teacher' (a harm verb other than 'kill'). Found
on eval/real (session 4) and in session 5's recall families.

Each rule is registered in ``rules.RULES`` (a name, a cheap gate of words, a function; ``rules.RULES`` lists the
rules of every family by name, in the order they run); the examples in the docstrings are their tests (doctests), and
``tests/test_casualties_one_by_role.py`` has more, with sides, written in the styles of wars in none of the eval
sets.

    >>> [name for name, _, _ in ONE_BY_ROLE_RULES]  # doctest: +NORMALIZE_WHITESPACE
    ['a person among a count', 'one person by role', 'one person by role after a harm noun',
     'one person by role as the object of a harm verb']
"""
from __future__ import annotations

import re

from .found import Found, free as _free
from .lexicon import Lexicon, _alt, load_lexicon
from .named import _NAME


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


# ----------------------------------------------------------------------------------------------------------
# One person by role after a harm noun: 'the death of a soldier', 'the body of a young farmer'
# ----------------------------------------------------------------------------------------------------------

_HARM_NOUNS = {"death": "killed", "body": "killed", "killing": "killed", "murder": "killed",
               "assassination": "killed", "execution": "killed", "abduction": "captured", "kidnapping": "captured",
               "capture": "captured", "arrest": "captured", "wounding": "wounded"}
#: harm nouns that say the harm only after 'fatal' ('the fatal stabbing of a guard'; a bare 'stabbing' may wound)
_FATAL_NOUNS = ("stabbing", "shooting", "beating")
#: titles a named person may carry with no determiner that no list of people-roles holds ('vice president X')
_TITLES = frozenset({"president", "minister", "premier"})
_RX_NOUN_OF_ONE = r"""
    \b(?P<noun>{nouns}|fatal\s+(?:{fatal}))                      # the harm noun; 'fatal stabbing'
    (?:\s+(?:(?:two|three|four|five|six|several|a\s+few|\d+)\s+(?:days|weeks|months|years)\s+ago
         |last\s+(?:week|month|year|night|[a-z]+day)))?           # a time before 'of': 'two months ago'
    \s+of\s+
    (?:(?P<det>the|a|an|his|her|their|its)\s+|(?=\d+-year-old\s)|(?P<bare>))  # 'the death of a soldier'; 'the body
                                                                 # of 68-year-old ...'; no determiner: a title + name
    (?P<mods>(?:[\w'’-]+\s+){{0,3}}?)                            # 'young', 'Rwandan', 'lone', 'former vice'
    (?P<role>{roles})\b(?![\w'’-])
    (?!\s+(?:and|of|who\s+(?:died|was\s+killed)|whose)\b)        # not 'the body of a soldier and two ...'
    (?P<name>(?(bare)\s+{name}(?![\w'’-])                        # no determiner: the person's name follows,
        (?!\s*(?:'s|’s)|,?\s+and\s+(?:a|an|his|her|their|two|three|(?-i:[A-Z])))|))  # not a list ('X and his wife')
"""
_NOUN_OF_RX: dict[int, re.Pattern] = {}
#: a name, its capitals kept under the pattern's re.I
_NAME_CASED = f"(?-i:{_NAME})"
#: words no title holds before a name: a preposition or a plural of people starts another phrase
_NOT_TITLE = frozenset("near by from with for after before during against".split())
#: possessive determiners: the person is one of the subject's own ('the murder of his son'), never with 'death'
#: or 'body' (a natural death is told so: 'since the death of his father')
_POSSESSIVE = frozenset({"his", "her", "their", "its"})


def harm_of_one_by_role(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `harm_of_one_by_role`: a harm noun whose one victim is pointed at by a role ('the death of the Nigerien
    peacekeeper', 'found the body of a young shepherd', 'the abduction of a priest'): one record (a named person
    is `death_of_named`'s). Session 14 (eval/RECALL_FAMILIES.md, F19 in four wars) widened it to a possessive
    determiner before a violent noun ('the murder of his son'), a title and a name with no determiner ('the
    assassination of opposition politician X Y'), 'fatal stabbing/shooting/beating' and a time before 'of'
    ('the kidnapping two months ago of ...').

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The battalion mourned the death of a Bangladeshi peacekeeper in the ambush near Smara.")
    [('killed', 1, 1, None, 'un')]
    >>> claims_in("Villagers found the body of a young shepherd near Tindouf.")
    [('killed', 1, 1, None, 'civilian')]
    >>> claims_in("The abduction of a parish priest in Ayacucho was condemned by the bishops.")
    [('captured', 1, 1, None, 'civilian')]
    >>> claims_in("The body of the rebellion was weakened.")
    []
    >>> claims_in("Troops killed two rebels in reprisal for the fatal stabbing of a district official in Bo.")
    [('killed', 2, 2, None, 'unknown'), ('killed', 1, 1, None, 'unknown')]
    >>> claims_in("Rebels admitted the abduction last week of opposition activist Juma Okello.")
    [('captured', 1, 1, None, 'unknown')]
    >>> claims_in("It fell on the anniversary of the assassination of opposition leader Juma Okello and the raid.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("Since the death of his father the clan has been led by an uncle.")   # a natural death
    []
    >>> claims_in("The stabbing of a district official in Bo was condemned.")   # no 'fatal': a wound or a death
    []
    """
    if id(lex) not in _NOUN_OF_RX:
        _NOUN_OF_RX[id(lex)] = re.compile(
            _RX_NOUN_OF_ONE.format(nouns=_alt(_HARM_NOUNS), fatal="|".join(_FATAL_NOUNS),
                                   roles=_alt(set(lex.singular) | _TITLES), name=_NAME_CASED),
            re.X | re.I)
    out: list[Found] = []
    for m in _NOUN_OF_RX[id(lex)].finditer(norm):
        mods = m.group("mods").lower().split()
        if any(w in ("of", "and", "to", "in", "on", "at", "the", "a") or w.endswith(("'s", "’s")) for w in mods):
            continue
        noun = m.group("noun").lower().split()[-1]
        det = (m.group("det") or "").lower()
        role = m.group("role").lower()
        if det in _POSSESSIVE and noun in ("death", "body"):
            continue
        if m.group("bare") is not None and any(w in _NOT_TITLE or w in lex.heads for w in mods):
            continue  # 'the killing of rebels near village chief X': the title starts after them
        if m.group("name").endswith(("'s", "’s")):
            continue  # 'the arrest of opposition leader X's brother': the victim is another
        if m.group("bare") is not None and not (mods or role in _TITLES):
            continue  # 'the death of Colonel X' is death_of_named's
        if role in _TITLES and m.group("bare") is None:
            continue  # 'the death of a president' without a name: a title, not a people-role
        a, b = m.start() + s_start, m.end() + s_start
        if _free(found + out, a, b):
            out.append(Found(_HARM_NOUNS.get(noun, "killed"), 1, 1, None, a, b, [*mods, role], role))
    return out


# ----------------------------------------------------------------------------------------------------------
# One person by role as the object of a harm verb other than 'kill' (`one_by_role` has 'kill')
# ----------------------------------------------------------------------------------------------------------

#: verbs of capture that also mean 'keep' or 'take' ('held a meeting', 'seized a town'): not cues here
_NOT_OBJECT_VERBS = frozenset(["holding", "holds", "held", "hold", "capture", "captured", "capturing", "seize",
                               "seized", "seizing", "kill", "kills", "killed", "killing", "wounds"])
_KILL = frozenset(["kill", "kills", "killed", "killing"])
_RX_VERB_ONE = r"""
    \b(?P<verb>{verbs})\s+
    (?P<det>a|an|his|her|their)\s+(?P<mods>(?:[\w'’-]+\s+){{0,3}}?)
    (?P<role>{roles})(?![\w'’-])
    (?P<comp>\s+and\s+(?:his|her|their)\s+(?:[\w'’-]+\s+)?(?:{roles})(?![\w'’-]))?  # 'a village chief and his wife'
    (?!\s+(?:and|who|whose|of)\b)                              # not 'a member of', 'a colonel and two ...'
"""
_VERB_ONE_RX: dict[int, re.Pattern] = {}
#: (s23-cspeed2: the word's letters and the particle's spaces taken possessively, the same matches: what follows the
#: word is whitespace and what follows the spaces is a letter, so a shorter run leaves a letter before `\s`, or a
#: space before 'dead|down|up', and can never match; `re` had tried each shorter run of every word, 20.8 -> 10.1 M)
_RX_VERB_DET = re.compile(r"\b([A-Za-z]++)(?:\s++(?:dead|down|up))?\s+(?:a|an|his|her|their)\s")


def _verb_one_rx(lex: Lexicon) -> re.Pattern:
    if id(lex) not in _VERB_ONE_RX:
        verbs = {" ".join(k): c for k, c in lex.active.items() if c in ("killed", "wounded", "captured")
                 and (k[0] not in _NOT_OBJECT_VERBS or k[0] in _KILL)}
        _VERB_ONE_RX[id(lex)] = (re.compile(_RX_VERB_ONE.format(verbs=_alt(verbs), roles=_alt(lex.singular)),
                                            re.X | re.I), verbs)
    return _VERB_ONE_RX[id(lex)]


def harm_verb_one_by_role(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `harm_verb_one_by_role`: one unnamed person by role as the object of a harm verb ('gunmen abducted a
    priest', 'Sendero columns executed a local mayor', 'a sniper wounded a policeman', 'killed his wife'); 'kill a'
    is `one_by_role`'s.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Gunmen abducted a Catholic priest in Huancayo on Sunday.")
    [('captured', 1, 1, None, 'civilian')]
    >>> claims_in("A sniper wounded a policeman at the checkpoint in Crossmaglen.")
    [('wounded', 1, 1, None, 'unknown')]
    >>> claims_in("Rebels kidnapped a member of the district council.")
    []
    >>> claims_in("The bomb killed a reservist and wounded his son in Lurgan.")
    [('killed', 1, 1, None, 'unknown'), ('wounded', 1, 1, None, 'unknown')]
    """
    rx, verbs = _verb_one_rx(lex)
    out: list[Found] = []
    for c in _RX_VERB_DET.finditer(norm):  # (a cheap scan for '<word> a|an|his|her|their' before the long pattern)
        if c.group(1).lower() not in _VERB_GATE:
            continue
        m = rx.match(norm, c.start())
        if m is None:
            continue
        if m.group("verb").lower() in _KILL and m.group("det").lower() in ("a", "an") and not m.group("comp"):
            continue  # 'killed a teacher': one_by_role's
        mods = m.group("mods").lower().split()
        if any(w in ("of", "and", "to", "in", "on", "at", "the") or w.endswith(("'s", "’s")) for w in mods):
            continue
        a, b = m.start() + s_start, m.end() + s_start
        if _free(found + out, a, b):
            role = m.group("role").lower()
            cat = verbs[" ".join(m.group("verb").lower().split())]
            n = 2 if m.group("comp") else 1
            out.append(Found(cat, n, n, None, a, b, [*mods, role], role))
    return out


# ----------------------------------------------------------------------------------------------------------
# The parts of a count listed after it: '30 civilians were killed -- seven X, seven Y and 16 Z'
# ----------------------------------------------------------------------------------------------------------

#: the first words of the harm verbs (the default lexicon's): a sentence without one skips the verb rule's pattern
_VERB_GATE = frozenset(k[0] for k, c in load_lexicon().active.items() if c in ("killed", "wounded", "captured")
                       and (k[0] not in _NOT_OBJECT_VERBS or k[0] in _KILL))


#: (name, gate, find) of each rule, in the order they run (``rules.RULES`` lists them by name)
ONE_BY_ROLE_RULES: tuple[tuple, ...] = (
    ("a person among a count", (frozenset({"including", "among"}),), person_in_count),
    ("one person by role", (frozenset({"kill", "killed", "kills", "killing"}),), one_by_role),
    ("one person by role after a harm noun", (frozenset(_HARM_NOUNS) | {"fatal"},), harm_of_one_by_role),
    ("one person by role as the object of a harm verb", (_VERB_GATE, frozenset({"a", "an", "his", "her", "their"})),
     harm_verb_one_by_role),
)
