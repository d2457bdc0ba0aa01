"""Named rules for a victim side in a war between two states (session 6: no government/rebel pair, each side is
one state's forces): the foe as a state's copy names it, an unnamed force, a quoted 'their', a state's own toll,
a nationality's plural, citizens, and 'its' after a killing verb. Split from casualties.side_rules in session 11,
which re-exports its public names; casualties.victims asks them."""
from __future__ import annotations

import re

from .lexicon import Lexicon
from .people import civilian_place


#: heads that name a population, not a force
_POPULATION = frozenset(["people", "persons", "citizens", "nationals", "inhabitants"])


def states_at_war(sw) -> bool:
    """Whether two of the article's sides are states (their registry descriptions say `state`): in a war of two
    states a named officer ('Colonel X was killed') is no more the government side's than the other's, so his rank
    alone gives no side.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("karabakh", {"sides": {"azerbaijan": "the Azerbaijani state and its forces",
    ...     "armenia": "the Armenian state and the Karabakh forces"}, "government_side": "azerbaijan",
    ...     "keywords": {"azerbaijan": ["Azerbaijan", "Baku"], "armenia": ["Armenia", "Yerevan"]}})])
    >>> claims_in("Colonel Davit Harutyunyan was killed near Lachin.", reg)
    [('killed', 1, 1, None, 'unknown')]
    """
    conflicts = getattr(sw.view, "conflicts", []) if sw.view is not None else []
    return len(conflicts) == 1 and sum(polity_state(d) for d in conflicts[0].sides.values()) >= 2


#: `state` as the noun of a polity ('the Iranian state', 'the Soviet state and party', 'the Liberian state of'),
#: not a noun modifying the noun after it ('rurales and state troops', 'state media', 'state-run'): followed by a
#: stop, a bracket, or a function word, never by another word or a hyphen
_RX_POLITY_STATE = re.compile(r"\bstate\b(?!-|\s+(?!(?:of|and|or|in|under|then|at|with|that|which|whose|for|as|"
                              r"to|is|was|from|on|by)\b)[\w'’])")


def polity_state(description: str | None) -> bool:
    """Rule `polity_state`: whether a side's registry description calls it a state (the word as a noun, not as the
    modifier of a noun after it: 'Sonora state troops' are a federated state's men, no warring state).

    >>> polity_state("the Iranian state (Islamic Republic): the government"), polity_state("the Soviet state and party")
    (True, True)
    >>> polity_state("the Federal Army, rurales and state troops loyal to it"), polity_state("state media; the army")
    (False, False)
    """
    return bool(description) and "state" in description and _RX_POLITY_STATE.search(description) is not None


def _peru_ecuador():
    """A registry of a war between two states, written as an analyst would (sides described as states, a few
    keywords), for the examples below: the Cenepa war of 1995."""
    from presslens.actors import Actors, _conflict
    return Actors([_conflict("cenepa", {"sides": {
        "peru": "the Peruvian state: government, army, air force and their spokesmen",
        "ecuador": "the Ecuadorian state: government, armed forces, defence ministry"},
        "actors": [{"name": "Alberto Fujimori", "side": "peru", "kind": "person"},
                   {"name": "Paco Moncayo", "side": "ecuador", "kind": "person"}]})])


#: the foe as a state's copy names it, after the victims: '12 soldiers of the aggressor', '40 of the enemy'
_RX_OF_FOE = re.compile(r"^\W*(?:of|from)\s+(?:the\s+)?(?:enemy|aggressors?|adversary|adversaries|invaders|invading|"
                        r"opposing\s+side|other\s+side|opposite\s+side|hostile)\b")


#: the claimant's own forces as the agent: 'its forces', 'our troops', 'they' (the claimant speaking of itself)
_RX_OWN_AGENT = re.compile(r"\b(?:(?:its|our|their)\s+(?:own\s+)?(?:[a-z-]+\s+)?(?:forces|troops|soldiers|units|army|"
                           r"servicemen|artillery|border\s+guards|guards|military)|we|they|it)\s+(?:\w+\s+){0,3}$")


def foe_after(after_low: str, claimant_side: str | None, sw) -> str | None:
    """Rule `foe_after`: victims whose words go on to name them the foe ('killed 12 soldiers of the aggressor', '40
    of the enemy were killed'), in a side's report: the side opposite the claimant.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Lima said its forces killed 12 soldiers of the aggressor near Tiwintza.", _peru_ecuador())
    [('killed', 12, 12, None, 'ecuador')]
    """
    if claimant_side in sw.opposite and after_low and _RX_OF_FOE.match(after_low):
        return sw.opposite[claimant_side]
    return None


def unnamed_force_between_states(c) -> str | None:
    """Rule `unnamed_force_between_states`: in a war between two states (registry sides that are states:
    `countries:` or descriptions such as 'the Peruvian state'), a force word with no country ('five soldiers', 'two
    servicemen', 'border guards') is not the registry's `government_side` by convention: it is the foe of the
    state the sentence makes the agent (a country's forces, or the claimant's own 'its troops', 'we'), else the
    claimant's own when the claimant is one of the states (a state counts its own dead plainly and names the
    enemy's: 'enemy', 'Ecuadorian'); else None (the convention decides). `c` is the victims module's claim view.

    >>> from presslens.casualties.rules import claims_in
    >>> reg = _peru_ecuador()
    >>> claims_in("Five soldiers were wounded in the shelling, the Ecuadorian military said.", reg)
    [('wounded', 5, 5, None, 'ecuador')]
    >>> claims_in("Quito said Peruvian artillery killed three soldiers at the Coangos post.", reg)
    [('killed', 3, 3, None, 'ecuador')]
    >>> claims_in("Ecuador's defence ministry said its troops had killed 22 soldiers near Base Sur.", reg)
    [('killed', 22, 22, None, 'peru')]
    """
    sw, claimant_side = c.sw, c.claimant_side
    if len(sw.states) != 2:
        return None
    if c.f.agent_end is not None and c.agent:
        clause = re.split(r"[,;:]|\b(?:said|says|that|and|but|when|while|after)\b", c.agent)[-1]
        words = [w for w in re.findall(r"[\w'’-]+", clause)][-4:]
        agent = sw.side_of_words([re.sub(r"['’]s$", "", w) for w in words])
        if agent is None and claimant_side in sw.states and _RX_OWN_AGENT.search(clause + " "):
            agent = claimant_side
        if agent in sw.states:
            return sw.opposite.get(agent)
    if claimant_side in sw.states:
        return claimant_side
    return None


def inside_quotation(text: str, a: int, at: int) -> bool:
    """Whether position `at` of `text` stands inside a quotation opened after `a` (the sentence's start): an open
    curly quote not yet closed, or an odd number of straight ones."""
    before = text[a:at]
    if '"' not in before and "“" not in before:
        return False
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def quoted_their(claim_low: str, in_quote: bool, claimant_side: str | None, sw) -> str | None:
    """Rule `quoted_their`: 'their soldiers' or 'its troops' inside the claimant's own quoted words ('"Ten of their
    soldiers were killed and two captured," the ministry said'): a speaker calls its own men 'our', so `their` is
    the foe's: the side opposite the claimant (not the claimant's, as in reported speech: 'the ministry said 12 of
    its soldiers were killed'). `in_quote`: the claim stands inside quotation marks (``inside_quotation``).

    >>> from presslens.casualties.rules import claims_in
    >>> reg = _peru_ecuador()
    >>> claims_in('"Twelve of their soldiers were killed at Cueva de los Tayos," the Ecuadorian command said.', reg)
    [('killed', 12, 12, None, 'peru')]
    >>> claims_in("The Ecuadorian command said twelve of its soldiers were killed at Cueva de los Tayos.", reg)
    [('killed', 12, 12, None, 'ecuador')]
    >>> claims_in('"Twelve of our soldiers were killed at Cueva de los Tayos," the Ecuadorian command said.', reg)
    [('killed', 12, 12, None, 'ecuador')]
    """
    if not in_quote or claimant_side not in sw.opposite or "our " in claim_low or \
            not re.search(r"\b(?:their|its)\b", claim_low):
        return None
    return sw.opposite[claimant_side]


def own_toll_between_states(c) -> str | None:
    """Rule `own_toll_between_states`: in a war between two states, a named person reported killed ('Warrant Officer
    X was killed') in one state's military report is that state's own: a state names its own dead, and names the
    enemy's by country or as 'the enemy'. A count with no words of its own ('over 30 injuries', 'about 16 dead')
    is not: a national toll counts soldiers and civilians together, `unknown` unless the article says who they
    were (docs/annotation.md, "Victims called only people"; eval/real6/states' adjudicated gold). Never without a
    state as claimant. `c` is the victims module's claim view.

    >>> from presslens.casualties.rules import claims_in
    >>> reg = _peru_ecuador()
    >>> claims_in("Peru's army said Captain Jorge Villanueva was killed near Tiwintza.", reg)
    [('killed', 1, 1, None, 'peru')]
    >>> claims_in("Captain Jorge Villanueva was killed near Tiwintza.", reg)
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("The Ecuadorian command said 14 were killed and 30 wounded in the fighting at Cueva de los Tayos.", reg)
    [('killed', 14, 14, None, 'unknown'), ('wounded', 30, 30, None, 'unknown')]
    """
    sw = c.sw
    if len(sw.states) != 2 or c.claimant_side not in sw.states or c.f.head in ("people", "persons", "bodies"):
        return None
    return c.claimant_side if military_voice(c.claimant, sw) else None


#: a claimant that speaks for a state's forces: its army, defence ministry, command, border service or 'side'
_RX_MILITARY_VOICE = re.compile(r"\b(?:army|military|armed\s+forces|defen[cs]e|troops|command|forces|border|"
                                r"general\s+staff|side|navy|air\s+force|servicemen|soldiers|mod)\b", re.I)


def military_voice(claimant: str | None, sw) -> bool:
    """Whether a claimant speaks for a state's forces ('the Thai army', 'Armenian MOD', 'the Tajik side', a registry
    person whose role is an army spokesman), not for its health ministry, a governor or officials (whose tolls are
    of people, mostly civilians: the `people` convention decides them).

    >>> military_voice("the Ecuadorian high command", None), military_voice("the health ministry", None)
    (True, False)
    """
    if not claimant:
        return False
    if _RX_MILITARY_VOICE.search(claimant):
        return True
    actor = sw.view.lookup(claimant) if sw is not None and sw.view is not None else None
    return bool(actor and _RX_MILITARY_VOICE.search(actor.role or ""))


def nationals_between_states(head: str | None, sw) -> str | None:
    """Rule `nationals_between_states`: in a war between two states, victims called by a warring country's people
    ('12 Thais', '183 Kyrgyzstanis', 'two Peruvians were captured') are that state's soldiers and civilians
    together: a mixed count, `unknown` (docs/annotation.md: a national toll between two states), where in other
    wars a people's plural is a population (`civilian`). -> 'unknown', or None when the head is no warring
    country's people.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Quito said 17 Peruvians were captured near Tiwintza.", _peru_ecuador())
    [('captured', 17, 17, None, 'unknown')]
    >>> claims_in("Quito said 17 Peruvian soldiers were captured near Tiwintza.", _peru_ecuador())
    [('captured', 17, 17, None, 'peru')]
    >>> claims_in("Ecuadorian shelling killed 12 Peruvians near Tiwintza.", _peru_ecuador())
    [('killed', 12, 12, None, 'unknown')]
    """
    return "unknown" if national_plural_state(head, sw) else None


def national_plural_state(word: str | None, sw) -> str | None:
    """The warring state whose people `word` names in a war between two states ('thais' -> the side whose country
    is Thailand), or None. Shared by ``nationals_between_states`` and ``restated_side``."""
    if sw is None or len(sw.states) != 2 or not word or not word.endswith("s"):
        return None
    from ..actors import country_forms, fold
    hits = {side for side, names in sw.states.items() for n in names
            for f in country_forms(n) if fold(f) + "s" == word}
    return hits.pop() if len(hits) == 1 else None


def citizens_between_states(words: list[str], explicit: str | None, sent_words: list[str], sw,
                            lex: Lexicon, sent_low: str = "") -> str | None:
    """Rule `citizens_between_states`: in a war between two states, '<nationality> citizens' or 'nationals' ('24
    Kyrgyz citizens were killed') are that state's people, soldiers and civilians together: `unknown` (a national
    toll, docs/annotation.md), or `civilian` when the sentence calls them non-combatants (residents, civilians,
    villagers) or the harm fell on a civilian place (a market, homes, a village: ``people.civilian_place``); in other wars such a population keeps the `people` convention (``population_of_country``).
    -> 'unknown', 'civilian', or None when the words are no warring state's citizens.

    >>> from presslens.casualties.rules import claims_in
    >>> reg = _peru_ecuador()
    >>> claims_in("In the border fighting 30 Ecuadorian citizens were killed, Quito said.", reg)
    [('killed', 30, 30, None, 'unknown')]
    >>> claims_in("Peruvian jets bombed villagers at Banos and 30 Ecuadorian citizens were killed, Quito said.", reg)
    [('killed', 30, 30, None, 'civilian')]
    >>> claims_in("The fighting has killed more than 3,000 Ecuadorian people since January, Quito says.", reg)
    [('killed', 3001, None, None, 'unknown')]
    """
    if len(sw.states) != 2 or explicit not in sw.states or not words or words[-1] not in ("citizens", "nationals"):
        return None  # '3,000 Armenian people' stays a population (the `people` convention)
    civilians = any(lex.roles.get(w) == "civilian" and w not in _POPULATION for w in sent_words) or \
        bool(sent_low and civilian_place(sent_low, "", lex, sw))
    return "civilian" if civilians else "unknown"


#: a killing verb right before the victims: 'shelling killed [two of its soldiers]', 'of killing [three of its men]'
_RX_KILLED_BEFORE = re.compile(r"\b(?:killed|killing|kills|kill|shot\s+dead|shooting\s+dead|wounded|wounding|"
                               r"captured|capturing)\s+(?:at\s+least\s+|some\s+)?$")


#: the same verb at the head of the claim's own words ('killed two of its soldiers')
_RX_KILLED_LEAD = re.compile(r"(?:killed|killing|kills|kill|shot\s+dead|wounded|wounding|captured|capturing)\s")


def owner_not_killer(owner: str | None, before_low: str, sw, claim_low: str = "") -> str | None:
    """Rule `owner_not_killer`: 'its' in victims right after a killing verb is not the killer's ('Quito said Peruvian
    shelling killed two of its soldiers', 'Lima accused Ecuador of killing three of its soldiers'): when the side
    named last before the claim (``possessor_named``) is the one doing the killing, the victims are its foe's.

    >>> from presslens.casualties.rules import claims_in
    >>> reg = _peru_ecuador()
    >>> claims_in("Quito said Peruvian shelling killed two of its soldiers near Tiwintza.", reg)
    [('killed', 2, 2, None, 'ecuador')]
    >>> claims_in("Lima accused Ecuador of killing three of its soldiers in an ambush.", reg)
    [('killed', 3, 3, None, 'peru')]
    """
    if owner is None or owner not in sw.opposite or not (
            _RX_KILLED_BEFORE.search(before_low) or _RX_KILLED_LEAD.match(claim_low)):
        return owner
    return sw.opposite[owner]
