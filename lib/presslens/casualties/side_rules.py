"""Named rules for a victim side stated in the claim's own words (issue 11, "Sides"; eval/real/CASUALTY_ERRORS.md):
an acronym the registry knows, a force named by a word of one side's registry description, and a nationality
before `people` (a population, never the state's forces).

``victims._side_stated`` asks them in this order; each answers (side, victim type) or None.

    >>> [rule.__name__ for rule in STATED_RULES]
    ['acronym_side', 'described_force', 'auxiliary_described']

``population_of_country`` is asked before them, about the registry's own answer. The rules of a war between two
states are in casualties.between_states (re-exported here).
"""
from __future__ import annotations

import re

# the rules of a war between two states (session 6), split out in session 11 and re-exported here
from .between_states import (_POPULATION, citizens_between_states, foe_after, inside_quotation,  # noqa: F401
                             military_voice, national_plural_state, nationals_between_states,
                             own_toll_between_states, owner_not_killer, quoted_their, states_at_war,
                             unnamed_force_between_states)
from .lexicon import Lexicon
from .sides import _role_of

_RX_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,6}\b")
_RX_CAP = re.compile(r"\b[A-Z][a-z][\w'’-]+\b")


#: right after a bare count: an acronym and a force noun ('killed 12 IS militants', where 'IS' ends the parse)
_RX_AFTER_COUNT = re.compile(r"^\s+(?:senior\s+|top\s+)?(?P<acr>[A-Z][A-Z0-9]{1,6})\s+(?P<head>[a-z]+)\b")


def acronym_side(claim_text: str, words: list[str], sw, lex: Lexicon, after: str = "") -> tuple[str, str] | None:
    """An acronym in the claim's own words that the registry names ('10 senior IS leaders', 'killed 12 RSF
    fighters'): the lower-cased word alone may be a function word ('is'), so the acronym is asked as written.

    >>> from presslens.actors import Actors, _conflict
    >>> reg = Actors([_conflict("mindanao", {"sides": {"phil_gov": "the Philippine state: army, police",
    ...     "isp": "the Islamic State's East Asia Province (IS) and the Maute group"},
    ...     "keywords": {"phil_gov": ["Philippine", "AFP"], "isp": ["IS", "Islamic State", "Maute"]}})])
    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The Philippine army said troops killed 12 IS militants near Marawi.", reg)
    [('killed', 12, 12, None, 'isp')]
    """
    if sw.view is None or not claim_text:
        return None
    acronyms = [m.group(0) for m in _RX_ACRONYM.finditer(claim_text)]
    nxt = _RX_AFTER_COUNT.match(after) if after and re.search(r"(?:\d|\bsenior|\btop)$", claim_text) else None
    if nxt and (lex.roles.get(nxt.group("head")) or nxt.group("head") in ("members", "leaders", "commanders")):
        acronyms.append(nxt.group("acr"))
    for acr in acronyms:
        side = sw.side_of_words([acr]) or sw.view.side_from_context(acr)
        if side in sw.belligerents:
            return side, "fighters"
    return None


def described_force(claim_text: str, words: list[str], sw, lex: Lexicon, after: str = "") -> tuple[str, str] | None:
    """A force noun ('militants', 'insurgents', 'fighters') after a capitalised word that only one belligerent's
    registry description uses ('Beja militants' where one side is described as 'the Beja Congress and other Beja
    armed groups'): that side, when several sides are non-state forces and the word is no registry keyword.

    >>> from presslens.actors import Actors, _conflict
    >>> reg = Actors([_conflict("sudan", {"sides": {"sudan_gov": "the Sudanese state: army, police",
    ...     "rsf": "the Rapid Support Forces: commanders and fighters",
    ...     "beja": "Beja Congress and other Beja armed groups ('Beja militants')"},
    ...     "keywords": {"sudan_gov": ["Sudan", "SAF"], "rsf": ["RSF"], "beja": ["Beja Congress"]}})])
    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Sudan's army said it had killed 52 Beja militants near Port Sudan.", reg)
    [('killed', 52, 52, None, 'beja')]
    """
    if sw.view is None or not words or lex.roles.get(words[-1]) != "nonstate":
        return None
    conflicts = getattr(sw.view, "conflicts", [])
    if len(conflicts) != 1:
        return None
    for m in _RX_CAP.finditer(claim_text):
        word = m.group(0)
        hits = [side for side, desc in conflicts[0].sides.items()
                if re.search(r"\b" + re.escape(word) + r"\b", desc or "")]
        if len(hits) == 1 and hits[0] in sw.belligerents:
            return hits[0], "fighters"
    return None


def population_of_country(words: list[str], lex: Lexicon) -> bool:
    """`<nationality> people` ('10,000 Sudanese people', 'Ethiopian citizens') is a country's population, not its
    state's forces: the registry keyword the nationality shares with the state side does not decide, and the side
    is left to the sentence (a war's toll stays `unknown`).

    >>> from presslens.actors import Actors, _conflict
    >>> reg = Actors([_conflict("sudan", {"sides": {"sudan_gov": "the Sudanese state", "rsf": "Rapid Support Forces"},
    ...     "keywords": {"sudan_gov": ["Sudan", "Sudanese"], "rsf": ["RSF"]}})])
    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The war in Sudan has killed more than 20,000 Sudanese people, aid agencies say.", reg)
    [('killed', 20001, None, None, 'unknown')]
    >>> claims_in("The RSF said it had killed 40 Sudanese soldiers.", reg)
    [('killed', 40, 40, None, 'sudan_gov')]
    """
    return bool(words) and words[-1] in _POPULATION and lex.roles.get(words[-1]) is None


#: rule `own_forces`: 'N more of their servicemen', 'our fighters', 'its own troops' in the claim's own words
_RX_OWN_FORCES = re.compile(r"\b(?:our|their|its)\s+(?:own\s+)?(?:[a-z-]+\s+)?(?:servicemen|soldiers|troops|fighters|"
                            r"personnel|men|members|forces|combatants|officers|comrades|brothers)\b")


def own_forces(claim_low: str, claimant_side: str | None, sw) -> str | None:
    """A claimant's report of its own forces' losses, told with a possessive in the claim's words ('16 more of
    their servicemen have been killed', said by a side's officials): the claimant's side.

    >>> from presslens.casualties.sides import SideWords
    >>> own_forces("12 more of their servicemen have been killed", "serb", SideWords(belligerents=frozenset({"serb"})))
    'serb'
    >>> own_forces("12 civilians have been killed", "serb", SideWords(belligerents=frozenset({"serb"})))
    """
    if claimant_side in sw.belligerents and ("our " in claim_low or "their " in claim_low or "its " in claim_low) \
            and _RX_OWN_FORCES.search(claim_low):
        return claimant_side
    return None


#: a person's own men: 'five of his bodyguards', 'several members of his squad', 'his troops' (rule `his_own_men`)
_RX_HIS_MEN = re.compile(r"\b(?:his|her)\s+(?:own\s+)?(?:[a-z-]+\s+)?(?:servicemen|soldiers|troops|fighters|personnel|"
                         r"men|forces|combatants|comrades|bodyguards|guards|squad|unit|platoon|company|battalion|"
                         r"escort|followers)\b")
#: the possessive's men as the losers, right before the count: 'his forces lost only one man killed'
_RX_HIS_MEN_LOST = re.compile(_RX_HIS_MEN.pattern + r"\s+(?:had\s+|have\s+|has\s+)?(?:lost|suffered|sustained)\s+"
                              r"(?:only\s+|just\s+)?$")
#: the possessive of a conjunct before the claim ('the commander and three of his bodyguards'): not the speaker's
_RX_CONJUNCT_BEFORE = re.compile(r"\b(?:and|with|plus)\s+(?:[\w'’-]+\s+){0,3}$")


def his_own_men(claim_low: str, before_low: str, claimant_side: str | None, sw) -> str | None:
    """Rule `his_own_men`: a claimant who reports the loss of 'his' men ('Gen. X said five of his bodyguards were
    captured'; 'a veteran said several members of his squad were executed'): in reported speech the singular
    possessive is the speaker's, so the victims are the claimant's side. Not when the claim follows a conjunct
    ('the commander and three of his bodyguards': the possessive is the commander's) or 'his' has no men.

    >>> sw = _bosnia_side_words()
    >>> his_own_men("five of his bodyguards were killed", "the general said ", "bosniak", sw)
    'bosniak'
    >>> his_own_men("three of his bodyguards", "police said a commander and ", "bosniak", sw) is None
    True
    >>> his_own_men("two of his sons", "the general said ", "bosniak", sw) is None
    True
    >>> his_own_men("a colonel and his four bodyguards", "the general said ", "bosniak", sw) is None
    True
    >>> his_own_men("one man killed", "the rebel leader said his forces lost only ", "bosniak", sw)
    'bosniak'
    """
    if claimant_side not in sw.belligerents:
        return None
    tail = before_low[-60:]
    if (m := _RX_HIS_MEN_LOST.search(tail)) is not None:   # 'his forces lost only one man killed'
        at = len(before_low) - len(tail) + m.start()
        return None if _RX_CONJUNCT_BEFORE.search(before_low[:at]) else claimant_side
    m = _RX_HIS_MEN.search(claim_low)
    if m is None or _RX_CONJUNCT_BEFORE.search(before_low) or _RX_CONJUNCT_BEFORE.search(claim_low[:m.start()]):
        return None
    return claimant_side


def others_between(between_low: str, claimant_side: str | None, sw) -> bool:
    """Whether the words between the claimant's cue and the claim name another side ('said that the camp was a
    base of army-allied militias, and that scores of their fighters ...': `their` is the militias')."""
    words = re.findall(r"[a-z][\w'’-]*", between_low)
    return any(sw.side_of_words([w]) not in (None, claimant_side) for w in words)


#: rule `both_named`: 'clashes between Armenian and Azerbaijani forces', 'both of X and Y fighters'
_RX_BOTH_NAMED = re.compile(r"\b(?:between|both\s+of|both)\s+(?:the\s+)?(?P<x>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+and\s+"
                            r"(?:the\s+)?(?P<y>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)(?:\s+\(\w+\))?\s+(?P<noun>forces|troops|fighters|"
                            r"armies|militaries|soldiers|servicemen)\b")


def _named_side(phrase: str, noun: str, sw) -> str | None:
    """The side a phrase before a force noun names: a registry keyword or name ('Armenian forces' may be the
    registry's phrase), else the one belligerent whose registry description uses its last word."""
    words = phrase.split()
    side = sw.side_of_words(words) or sw.side_of_words([*words, noun])
    if side or not words:
        return side
    conflicts = getattr(sw.view, "conflicts", [])
    hits = [k for c in conflicts for k, desc in c.sides.items()
            if k in sw.belligerents and re.search(r"\b" + re.escape(words[-1]) + r"\b", desc or "", re.I)]
    return hits[0] if len(set(hits)) == 1 else None


def _bosnia_side_words():
    """The side words of a two-sided registry (Bosnian Serb forces vs the Bosnian army) for the examples below."""
    from presslens.actors import Actors, _conflict
    from presslens.casualties.lexicon import load_lexicon
    from presslens.casualties.sides import side_words_for
    reg = Actors([_conflict("bosnia", {"sides": {"serb": "Bosnian Serb forces", "bosniak": "the Bosnian army"},
                                       "keywords": {"serb": ["Serb", "VRS"], "bosniak": ["Bosniak", "ARBiH"]}})])
    return side_words_for("Serb and Bosniak forces clashed.", "a.txt", reg, load_lexicon())


def both_named(text_low: str, sw) -> bool:
    """A toll whose victims are said to be of two named sides ('the death toll in clashes between Armenian and
    Azerbaijani forces', 'a high death toll, both of Serb and Bosniak fighters'): both sides'.

    >>> sw = _bosnia_side_words()
    >>> both_named("a high death toll, both of serb and bosniak fighters", sw)
    True
    >>> both_named("the toll of the shelling between monday and tuesday", sw)
    False
    """
    if sw.view is None or not (" between " in text_low or "both" in text_low):
        return False
    for m in _RX_BOTH_NAMED.finditer(text_low):
        x, y = (_named_side(m.group(g), m.group("noun"), sw) for g in ("x", "y"))
        if x and y and x != y:
            return True
    return False


#: rule `beaten_with`: 'X attacked ..., but were defeated with 7 dead', 'the assault was repulsed with N killed'
_RX_BEATEN_WITH = re.compile(r"\b(?:defeated|repulsed|repelled|routed|beaten\s+back|pushed\s+back|driven\s+back)\s+"
                             r"with\s+[^.;:]*$")


def beaten_with(before_low: str, sw) -> str | None:
    """Losses counted after 'defeated with' / 'repulsed with': those of the side that attacked and was beaten, the
    first side the clause names ('The Serb units attacked Gorazde but were defeated with 7 dead').

    >>> sw = _bosnia_side_words()
    >>> beaten_with("the serb units attacked gorazde, but were defeated with ", sw)
    'serb'
    """
    m = _RX_BEATEN_WITH.search(before_low) if "with" in before_low else None
    if m is None or sw.view is None:
        return None
    clause = re.split(r"[.;:]|\b(?:said|says|that)\b", before_low[:m.start()])[-1]
    words = re.findall(r"[\w'’-]+", clause)
    for k in range(len(words)):
        side = sw.side_of_words(words[k:k + 1])
        if side:
            return side
    return None


# ---------------------------------------------------------------------------------------------------------------
# Session 5: a side stated after the victims' head, by an allied force's word, by a surname, by a UN mission's name
# ---------------------------------------------------------------------------------------------------------------

#: heads that say 'people of a group': '35 members of the X', 'servicemen of the Y army', 'fighters of the Z'
_GROUP_HEADS = frozenset(["members", "member", "fighters", "fighter", "militants", "soldiers", "servicemen", "troops",
                          "officers", "personnel", "men", "leaders", "commanders", "elements", "cadres",
                          "combatants", "operatives", "recruits", "militiamen", "gunmen", "guerrillas", "rebels"])
#: the group's words run to a verb, a clause word or punctuation ('... of the Frente Polisario were killed')
_RX_OF_GROUP = re.compile(r"""
    \b(?P<head>""" + "|".join(sorted(_GROUP_HEADS, key=len, reverse=True)) + r""")
    \s+(?:of|from|belonging\s+to)\s+(?:the\s+|an?\s+)?                         # 'members of the'
    (?P<grp>[\w'’-]+(?:\s+(?!(?:were|was|had|have|has|are|is|also|who|which|that|in|on|at|by|during|near|
                              after|when|while|and|or|with|died|fell|killed|wounded|injured)\b)
                      [\w'’-]+){0,4})                                          # up to five words of the group
    """, re.X)


def member_of_group(sent_low: str, claim_low: str, sw, lex: Lexicon) -> str | None:
    """Rule `member_of_group`: victims named by a membership or force head followed by 'of <group>' ('35 members of
    the gang X', 'five fighters of the vigilante brigades', 'servicemen of the Angolan army'): the side the group's
    words name (a registry name or keyword), else the group's own role (`army` -> the state, `rebels` -> the
    non-state side); the head alone ('members', 'fighters') says nothing of whose.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("sahara", {"sides": {"morocco": "the Moroccan state: the Royal Armed Forces",
    ...     "polisario": "the Polisario Front: its leaders and fighters",
    ...     "police": "the Sahrawi police auxiliaries (Groupes Urbains)"}, "government_side": "morocco",
    ...     "keywords": {"morocco": ["Royal Armed Forces", "FAR"], "polisario": ["Polisario"],
    ...                  "police": ["Groupes Urbains"]}})])
    >>> claims_in("Nine members of the Polisario Front were killed near Guelta, Rabat said.", reg)
    [('killed', 9, 9, None, 'polisario')]
    >>> claims_in("Polisario said two fighters of the Groupes Urbains were wounded in the raid.", reg)
    [('wounded', 2, 2, None, 'police')]
    >>> claims_in("Three members of the same family were killed in the shelling.", reg)  # a family: civilians
    [('killed', 3, 3, None, 'civilian')]
    """
    if " of " not in sent_low and " from " not in sent_low and "belonging" not in sent_low:
        return None
    at = sent_low.find(claim_low) if claim_low else -1
    if at < 0:
        return None
    m = _RX_OF_GROUP.search(sent_low, at, at + len(claim_low) + 70)
    if m is None or m.start() > at + len(claim_low) + 1:
        return None  # the head must be the claim's own ('five members' + ' of the ...'), not a later word's
    words = re.findall(r"[\w'’-]+", m.group("grp"))
    if not words or words[0] in ("them", "those", "his", "her", "their", "its", "our", "whom", "which", "both"):
        return None
    side = sw.view.side_from_context(" ".join(words)) if sw.view is not None else None
    if side in sw.belligerents:
        return side
    role = _role_of([w for w in words if lex.roles.get(w) != "civilian"], lex)
    if role == "state" and sw.state:
        return sw.state
    if role == "nonstate" and sw.nonstate and sw.view is not None:
        return sw.nonstate
    return None


#: the words of forces beside a side that the role lexicon cannot place: allied militias, vigilantes, volunteers,
#: village guards, mercenaries (stems, matched in the registry's side descriptions)
_AUXILIARY = {"militia": r"militia", "militias": r"militia", "militiamen": r"militia", "vigilante": r"vigilante",
              "vigilantes": r"vigilante", "volunteers": r"volunteer", "volunteer": r"volunteer",
              "hunters": r"hunters?\b", "mercenaries": r"mercenar", "mercenary": r"mercenar",
              "self-defence": r"self-defen[cs]e", "self-defense": r"self-defen[cs]e", "auxiliaries": r"auxiliar",
              "paramilitaries": r"paramilitar", "paramilitary": r"paramilitar", "guards": r"guards\b",
              "irregulars": r"irregular", "rondas": r"rondas?\b", "patrollers": r"patrol"}


def auxiliary_described(claim_text: str, words: list[str], sw, lex: Lexicon, after: str = "") -> tuple[str, str] | None:
    """Rule `auxiliary_described`: an allied force's word in the victims' words ('four militia fighters', 'eleven
    village guards', 'more than 150 volunteers') that exactly one belligerent's registry description uses ('the
    Peruvian state: army, police and the allied rondas campesinas militia'): that side, whichever side the role
    lexicon gives the word ('militia' is a non-state word by default).

    >>> from presslens.actors import Actors, _conflict
    >>> reg = Actors([_conflict("peru", {"sides": {"gov": "the Peruvian state: army, police and allied rondas "
    ...     "campesinas (village self-defence militia)", "sendero": "the Shining Path: cadres and columns"},
    ...     "government_side": "gov", "rebel_side": "sendero", "keywords": {"sendero": ["Sendero"]}})])
    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Sendero columns killed nine soldiers and four militia members near Ayacucho.", reg)
    [('killed', 9, 9, None, 'gov'), ('killed', 4, 4, None, 'gov')]
    >>> claims_in("Four militiamen were killed when a Sendero column attacked Huanta.", reg)
    [('killed', 4, 4, None, 'gov')]
    """
    if sw.view is None or not words:
        return None
    stems = {_AUXILIARY[w] for w in words if w in _AUXILIARY}
    if not stems:
        return None
    conflicts = getattr(sw.view, "conflicts", [])
    if len(conflicts) != 1:
        return None
    for stem in stems:
        hits = [side for side, desc in conflicts[0].sides.items()
                if side in sw.belligerents and re.search(r"\b" + stem, desc or "", re.I)]
        if len(hits) == 1:
            return hits[0], "fighters"
    return None


STATED_RULES = (acronym_side, described_force, auxiliary_described)


def surname_side(words: list[str], sw) -> str | None:
    """Rule `surname_side`: a named victim given by the surname alone ('Mendoza's death', 'Okello was killed'), the
    article's later mentions of a registry person: the side of the one registry person of the article's conflict
    whose name ends in that surname (none when two do).

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("nepal", {"sides": {"army": "the Royal Nepal Army", "maoists": "the Maoist rebels"},
    ...     "keywords": {"maoists": ["Maoist"]}, "actors": [{"name": "Krishna Bahadur Mahara", "side": "maoists",
    ...     "kind": "person", "role": "Maoist spokesman"}]})])
    >>> claims_in("Maoists denied reports of Mahara's death in Rolpa.", reg)
    [('killed', 1, 1, None, 'maoists')]
    """
    if sw.view is None or len(words) != 1:
        return None
    table = sw._surnames
    if table is None:
        from ..actors import fold
        table = {}
        for conflict in getattr(sw.view, "conflicts", []):
            for actor in conflict.actors:
                if actor.is_person:
                    for name in (actor.name, *actor.aliases):
                        parts = fold(name).split()
                        if len(parts) > 1:
                            table.setdefault(parts[-1], set()).add(actor.side)
        sw._surnames = table
    from ..actors import fold
    sides = table.get(fold(words[0]).removesuffix("'s").removesuffix("’s"))
    side = next(iter(sides)) if sides and len(sides) == 1 else None
    return side if side in sw.belligerents or side in ("civilian", "ngo", "media", "un") else None


#: 'of its troops', 'six of their own', 'their fighters': a possessive in the victims' own words
_RX_POSSESSIVE = re.compile(r"\b(?:its|their)\s+(?:own\b|(?:[a-z-]+\s+)?(?:servicemen|soldiers|troops|fighters|"
                            r"personnel|men|members|forces|combatants|officers|comrades|cohorts|policemen|militiamen|"
                            r"guerrillas|cadres|recruits)\b)")


def _last_side_named(before_low: str, sw, reach: int = 12) -> str | None:
    """The side of the last registry word (or two-word keyword: 'Buenos Aires') among the `reach` words before a
    point, else None."""
    words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’-]+", before_low)[-reach:]]
    for k in range(len(words) - 1, -1, -1):
        side = sw.side_of_words([words[k]])
        if not side and k > 0 and words[k] not in sw.skip:
            side = sw.view.side_from_context(f"{words[k - 1]} {words[k]}")
            side = side if side in sw.belligerents else None
        if side:
            return side
    return None


def possessor_named(sent_low: str, claim_low: str, sw) -> str | None:
    """Rule `possessor_named`: victims told with a possessive ('just over 6,000 of its troops', 'six of their own',
    'four of their cohorts') where no claimant's side gives `its`: the side named last before the claim in its
    sentence ('Belgrade's claim that 600 of its troops had died' -> Belgrade's side).

    >>> sw = _bosnia_side_words()
    >>> possessor_named("serb radio denied the claim that 40 of its soldiers were killed",
    ...                 "40 of its soldiers were killed", sw)
    'serb'
    >>> possessor_named("40 of their children were killed", "40 of their children were killed", sw) is None
    True
    """
    if sw.view is None or ("its " not in claim_low and "their " not in claim_low) or \
            not _RX_POSSESSIVE.search(claim_low):
        return None
    at = sent_low.find(claim_low)
    return _last_side_named(sent_low[:at], sw) if at > 0 else None


#: 'the talk of UNITA rebels that they lost': a pronoun right after a named group and 'that' / 'who'
_RX_PRONOUN_AFTER_GROUP = re.compile(r"(?P<group>(?:[\w'’-]+\s+){1,3})(?:that|who)\s+(?:they|it)\s+(?:\w+\s+){0,2}$")


def loser_antecedent(loser_low: str, sw) -> str | None:
    """Rule `loser_antecedent`: the loser of 'lost' is a pronoun right after a named group and `that`/`who`
    ('radio talk of UNITA rebels that they had lost four of their men'): that group's side, not the claimant's.

    >>> sw = _bosnia_side_words()
    >>> loser_antecedent("army monitors overheard serb units that they had ", sw)
    'serb'
    >>> loser_antecedent("the serb command said they had ", sw) is None
    True
    """
    m = _RX_PRONOUN_AFTER_GROUP.search(loser_low) if " they " in loser_low or " it " in loser_low else None
    if m is None or sw.view is None:
        return None
    return _last_side_named(m.group("group"), sw, reach=3)


#: force words that say no side by themselves ('rebels', 'insurgents', 'soldiers' do: the state's foes or the state)
_NEUTRAL_FORCE = frozenset(["fighters", "fighter", "militants", "militant", "gunmen", "combatants", "members", "men",
                            "militiamen", "elements", "mujahideen"])


def generic_after_named(words: list[str], role: str | None, same: list[dict], sw, lex: Lexicon) -> str | None:
    """Rule `generic_after_named`: a count whose words are only a generic force word ('seven militants', 'more
    than 1,000 fighters') after a count in the same sentence whose words name a registry side of the same kind of
    force ('Eighty-five UNITA guerrillas were shot dead and seven militants were captured'): the same group, not the
    side the generic word gives by default. Words that name a kind of side ('rebels', 'insurgents') keep theirs.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("nepal", {"sides": {"army": "the Royal Nepal Army", "maoists": "the Maoist rebels",
    ...     "ulfa": "the ULFA insurgents"}, "government_side": "army", "rebel_side": "ulfa",
    ...     "keywords": {"army": ["Royal Nepal Army"], "maoists": ["Maoist"], "ulfa": ["ULFA"]}})])
    >>> claims_in("The army said 40 Maoist guerrillas were killed and seven militants were captured.", reg)
    [('killed', 40, 40, None, 'maoists'), ('captured', 7, 7, None, 'maoists')]
    >>> claims_in("The army said 40 Maoist guerrillas were killed and seven soldiers were wounded.", reg)
    [('killed', 40, 40, None, 'maoists'), ('wounded', 7, 7, None, 'army')]
    """
    if role not in ("state", "nonstate") or not same or sw.view is None or \
            any(w not in _NEUTRAL_FORCE and (lex.roles.get(w) is not None or w not in sw.skip) for w in words):
        return None
    prev = next((p for p in reversed(same) if not p.get("_subset")), None)
    if prev is None or prev["victim_side"] not in sw.belligerents:
        return None
    prev_words = [w for w in re.findall(r"[a-z][\w'’-]*", (prev.get("text") or "").lower()) if w not in sw.skip]
    if sw.side_of_words(prev_words) != prev["victim_side"] or \
            any(lex.roles.get(w) not in (role, None) for w in re.findall(r"[a-z]+", (prev.get("text") or "").lower())):
        return None
    return prev["victim_side"]
