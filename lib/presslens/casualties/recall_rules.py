"""Named rules for the recall families of session 5 (eval/real/CASUALTY_ERRORS.md, "Recall families (session 5)"):
one person pointed at by a role after a harm noun or as the object of a harm verb other than 'kill', and the
companions counted after 'killed along with'.

Each rule is registered in ``rules.RULES`` (a name, a cheap gate of words, a function); the examples in the
docstrings are their tests (doctests), written in the styles of wars in none of the eval sets, and
``tests/test_casualties_recall.py`` has more.

    >>> [name for name, _, _ in RECALL_RULES]
    ['one person by role after a harm noun', 'one person by role as the object of a harm verb', 'one more person told by another', 'a person named again by the surname', 'companions counted after the harm', 'the parts of a count listed after it']
"""
from __future__ import annotations

import re

from .found import Found, free as _free
from .lexicon import Lexicon, _alt, load_lexicon
from .named import _NAME
from .numbers import _tokens, find_quantities
from .phrases import _np
from .real_rules import _kind


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
# One person by role as the object of a harm verb other than 'kill' (real_rules.one_by_role has 'kill')
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
_RX_VERB_DET = re.compile(r"\b([A-Za-z]+)(?:\s+(?:dead|down|up))?\s+(?:a|an|his|her|their)\s")


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
            continue  # 'killed a teacher': real_rules.one_by_role's
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
# A person named again by the surname alone: 'Nasrallah was killed on Friday'
# ----------------------------------------------------------------------------------------------------------

_RX_SURNAME_CUE = re.compile(r"\s(?:was|been)\s+(?:(?:also|reportedly|later|allegedly|fatally)\s+)?"
                             r"(?P<cue>killed|shot\s+dead|assassinated|executed|wounded|injured|abducted|kidnapped)\b")
#: the one name right before the cue's auxiliary, at the start of a subject
_RX_SURNAME = re.compile(r"""
    (?:^|(?<=[.;:]\s)|(?<=\bthat\s)|(?<=\band\s)|(?<=,\s)|(?<=\bafter\s)|(?<=\bwhen\s)|(?<=\bbefore\s)|
       (?<=\bsince\s))                                                           # the subject's start
    (?P<name>[A-Z][a-z][\w'’-]+)\s+(?:has\s+|had\s+)?$
""", re.X)
_SURNAME_CATEGORY = {"killed": "killed", "shot dead": "killed", "assassinated": "killed", "executed": "killed",
                     "wounded": "wounded", "injured": "wounded", "abducted": "captured", "kidnapped": "captured"}
#: capitalised words that are no one's name
_NOT_SURNAME = frozenset(["nobody", "everyone", "everybody", "somebody", "someone", "anyone", "anybody", "none", "he",
                          "she", "it", "this", "that", "one", "another", "each", "neither", "either", "no", "who",
                          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "nothing"])


def surname_harmed(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `surname_harmed`: a person named again by one name, harmed ('Nasrallah was killed on Friday', 'Ruiz
    had been kidnapped'): one record (docs/annotation.md: every assertion is a record); not a pronoun-like word
    ('Nobody was hurt') nor a group's or place's name before a capture ('Kabul was captured': not a cue here).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Mladenovic was killed on Friday, the militia said.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("Nobody was injured in the blast near Lurgan.")
    []
    """
    out: list[Found] = []
    for c in _RX_SURNAME_CUE.finditer(norm):
        m = _RX_SURNAME.search(norm, max(0, c.start() - 40), c.start() + 1)
        if m is None:
            continue
        name = m.group("name")
        if name.lower() in _NOT_SURNAME or name.lower() in lex.heads or name.lower() in lex.singular:
            continue
        a, b = m.start() + s_start, c.end() + s_start
        if _free(found + out, a, b):
            cue = " ".join(c.group("cue").split())
            out.append(Found(_SURNAME_CATEGORY[cue], 1, 1, None, a, b, [name.lower()], None, named=True))
    return out


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
# Companions counted after the harm: 'the commander was killed along with 22 other fighters'
# ----------------------------------------------------------------------------------------------------------

#: the harm, then its companions: 'killed along with', 'killed together with' (session 5); session 15 (eval/
#: RECALL_FAMILIES.md, "Session 15: claim recall") adds 'as well as', 'besides' and ', as was/were', a short place or
#: occasion between ('killed in the operation, besides'), and a comma before the link ('wounded, along with')
_RX_ALONG_WITH = re.compile(r"""
    \b(?P<cue>killed|died|dead|wounded|injured|hurt|abducted|kidnapped|captured|arrested|detained)
    (?:\s+(?:in|during|on|at|near)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?     # 'in the operation', 'on Sunday'
    (?:\s*,)?\s+
    (?P<link>(?:along|together)\s+with|as\s+well\s+as|besides|(?<=,\s)as\s+(?:was|were|did))\s+
""", re.I | re.X)
#: the links of _RX_ALONG_WITH as literals: a sentence without one skips the pattern
_RX_LINK_CHEAP = re.compile(r"(?:along|together) with|as well as|besides|, as (?:was|were|did)\b", re.I)
_ALONG_CATEGORY = {"killed": "killed", "died": "killed", "dead": "killed", "wounded": "wounded",
                   "injured": "wounded", "hurt": "wounded", "abducted": "captured", "kidnapped": "captured",
                   "captured": "captured", "arrested": "captured", "detained": "captured"}
#: one companion told by an indefinite article: 'a federal police officer', 'an army medic' (up to five words after it)
_RX_ONE_COMPANION = re.compile(r"(?:an?|one)\s+(?P<words>[\w'’.-]+(?:\s+[\w'’.-]+){0,4})", re.I)
#: words that end a companion's phrase: a preposition, a clause word, a verb
_COMPANION_STOP = frozenset("and or in at on of from who which that when near during after before with by to was were "
                            "had has have is are".split())
#: a negation just before the harm: 'were not hurt', 'no one was killed', 'without being wounded'
_RX_NOT_BEFORE = re.compile(r"\b(?:not|never|no|none|nobody|without|n['’]t)\b(?:\s+[\w'’-]+){0,5}\s*$", re.I)
#: a clause of the companions' own after them: 'who fled', 'that were freed'
_RX_OWN_CLAUSE = re.compile(r"\s*,?\s*(?:who|whom|whose|which|that)\b", re.I)
#: what may join a second companion to the first: 'and', ', and'
_RX_COMPANION_AND = re.compile(r"\s*,?\s+and\s+")


def _companion(norm: str, pos: int, lex: Lexicon) -> tuple[int, int | None, int, list[str], str] | None:
    """The companion at `pos`: (low, high, end, words, head) of a count of people ('24 policemen') or of one person by an
    indefinite article and a person word ('a federal police officer'); None for anything else ('a tank', 'his wife',
    'dozens of homes')."""
    qtys = [q for q in find_quantities(norm[pos:pos + 40], lex, pos) if q.start == pos]
    if qtys:
        q = qtys[0]
        if q.vague is not None:
            return None
        toks = _tokens(norm[q.end:q.end + 80], q.end)
        np = _np(toks, 0, lex) if toks else None
        if not np or np[2] is None or np[2] == "them":
            return None
        return q.low, q.high, (toks[np[0] - 1].end if np[0] > 0 else q.end), np[1], np[2]
    m = _RX_ONE_COMPANION.match(norm, pos)
    if not m:
        return None
    words = []
    for w in re.finditer(r"[\w'’.-]+", m.group("words")):
        low = w.group().lower().rstrip(".")
        if low in _COMPANION_STOP:
            break
        words.append((low, m.start("words") + w.end() - (len(w.group()) - len(w.group().rstrip(".")))))
        if norm[m.start("words") + w.end():m.start("words") + w.end() + 1] in (",", ";", ":"):
            break
    heads = [i for i, (w, _) in enumerate(words) if (w in lex.singular or w in lex.heads)
             and w not in ("people", "others", "bodies")]
    if not heads:
        return None
    last = heads[-1]
    return 1, 1, words[last][1], [w for w, _ in words[:last + 1]], words[last][0]


def companions_after_harm(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `companions_after_harm`: the people told after a harm by 'along with' / 'together with' / 'as well as' /
    'besides' / ', as was' are harmed as the person before it ('the commander was killed together with 22 other
    fighters': 22; 'two children killed along with five adults': 5; '259 guerrillas were killed as well as 24
    policemen and two soldiers': 24 and 2); the person before is a claim of its own. Two companions joined by 'and'
    are two records when their kinds differ (the police beside soldiers, a civilian beside either:
    docs/annotation.md, coordinated counts), else one sum.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The FNLA commander was killed together with 14 other fighters near Huambo.")  # (1: recall12's)
    [('killed', 1, 1, None, 'unknown'), ('killed', 14, 14, None, 'unknown')]
    >>> claims_in("Four children died along with three adults when the shell hit the house.")
    [('killed', 4, 4, None, 'civilian'), ('killed', 3, 3, None, 'unknown')]
    >>> claims_in("Police said 31 rebels were killed in the fighting, besides three gendarmes.")
    [('killed', 31, 31, None, 'unknown'), ('killed', 3, 3, None, 'unknown')]
    >>> claims_in("A guard was wounded, along with a police officer and a soldier.")   # the police, the army: two
    [('wounded', 1, 1, None, 'unknown'), ('wounded', 1, 1, None, 'unknown'), ('wounded', 1, 1, None, 'unknown')]
    >>> claims_in("Nine soldiers were killed, along with two tanks and a truck.")   # no people after the link
    [('killed', 9, 9, None, 'unknown')]
    >>> claims_in("Nine soldiers were killed, as was the case in 2016.")
    [('killed', 9, 9, None, 'unknown')]
    """
    out: list[Found] = []
    if _RX_LINK_CHEAP.search(norm) is None:
        return out  # (a cheap test: the pattern's links as literals)
    for m in _RX_ALONG_WITH.finditer(norm):
        if _RX_NOT_BEFORE.search(norm[max(0, m.start() - 30):m.start()]):
            continue  # 'none of the crew was hurt, along with ...': no harm to carry over
        first = _companion(norm, m.end(), lex)
        if first is None:
            continue
        items = [(m.end(), first)]
        join = _RX_COMPANION_AND.match(norm, first[2])
        second = _companion(norm, join.end(), lex) if join else None
        if second is not None:
            items.append((join.end(), second))
        if _RX_OWN_CLAUSE.match(norm, items[-1][1][2]):
            continue  # 'besides 2,000 residents who fled': the companions' own clause tells what befell them
        cat = _ALONG_CATEGORY[m.group("cue").lower()]
        if len(items) == 2 and _kind(first[4], first[3], lex) == _kind(second[4], second[3], lex) and \
                first[1] is not None and second[1] is not None and first[0] == first[1] and second[0] == second[1]:
            n = first[0] + second[0]   # ranks of one kind: one sum ('two officers and nine soldiers')
            items = [(m.end(), (n, n, second[2], first[3] + second[3], second[4]))]
        for start, (low, high, end, words, head) in items:
            a, b = start + s_start, end + s_start
            if _free(found + out, a, b):
                out.append(Found(cat, low, high, None, a, b, words, head))
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


#: the first words of the harm verbs (the default lexicon's): a sentence without one skips the verb rule's pattern
_VERB_GATE = frozenset(k[0] for k, c in load_lexicon().active.items() if c in ("killed", "wounded", "captured")
                       and (k[0] not in _NOT_OBJECT_VERBS or k[0] in _KILL))

RECALL_RULES: tuple[tuple, ...] = (
    ("one person by role after a harm noun", (frozenset(_HARM_NOUNS) | {"fatal"},), harm_of_one_by_role),
    ("one person by role as the object of a harm verb", (_VERB_GATE, frozenset({"a", "an", "his", "her", "their"})),
     harm_verb_one_by_role),
    ("one more person told by another", (frozenset({"another", "second", "third", "fourth", "fifth", "sixth"}),),
     another_harmed),
    ("a person named again by the surname", (frozenset({"was", "been"}), frozenset(_SURNAME_CATEGORY) | {"shot"}),
     surname_harmed),
    ("companions counted after the harm", (frozenset(_ALONG_CATEGORY),
                                           frozenset({"along", "together", "well", "besides", "as"})),
     companions_after_harm),
    ("the parts of a count listed after it", (frozenset({"and"}),), parts_of_a_count),
)
