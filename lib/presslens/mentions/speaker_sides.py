"""Named rules for a speaker's side where the head word of its phrase and the rest of the phrase disagree, or
where the registry is silent about a state that speaks (issue #11, session 8: quote speaker sides).

- `phrase_names_side`: 'an official source at the Huambo command', 'a security source in the Presidential
  Guard': the head ('official', 'security source') gives only the registry's convention (`government_side`);
  a registry keyword, country or body named in the rest of the phrase tells whose source it is.
- `sources_of_body`: bare 'sources' tell no side, but 'sources in/within/close to the X' are X's.
- `foreign_state_speaker`: a country that speaks ('Norway said', 'Chile also condemned the attack') and that the
  registry of the article's war does not know as a side, nor names in any side's description, keyword or actor,
  is a state that is not a warring side: `foreign_gov` (docs/annotation.md: governments of states that are not a
  warring side).
- `first_conjunct_side` (session 10): speakers coordinated under one cue, not two warring sides, speak as the first
  ('the army and survivors said'); asked by `coordinated_sides` (mentions.layer).

The examples are composed (Angola's civil war, Dhofar, Guatemala), none from an eval text.
"""
from __future__ import annotations

import re

from ..actors import Actors, country_forms, country_of, fold, name_key
from ..countries import _country_table, capital_of

#: the bare unnamed sources whose side no word tells ('sources', 'local sources'; mentions.layer); session 14 (rule
#: `observers_no_side`): bare observers are no experts ('observers on the ground', 'local observers': the lexicon's
#: `expert` word was wrong in every dev row it gave, four wars, and right in none); 'military observers' and 'UN
#: observers' keep their words' side
SIDELESS_SOURCES = ("sources", "reports", "local sources", "unconfirmed reports", "others",
                    "observers", "local observers", "other observers", "some observers", "many observers",
                    "independent observers")


def _warring(actors: Actors | None) -> frozenset:
    if actors is None or len(actors.conflicts) != 1:
        return frozenset()
    return frozenset(actors.conflicts[0].sides)


def phrase_names_side(side: str | None, speaker: str, phrase: str, actors: Actors | None) -> str | None:
    """Rule `phrase_names_side`: the side of an unnamed speaker whose head word gave a warring side only by the
    registry's convention (no registry word of its own) while the rest of its phrase names another warring side by
    the registry's words; else `side` as it stands.

    >>> from presslens.actors import _conflict
    >>> A = Actors([_conflict("angola", {"sides": {"mpla": "", "unita": ""}, "government_side": "mpla",
    ...     "keywords": {"mpla": ["MPLA"], "unita": ["UNITA", "Jamba command"]}})])
    >>> phrase_names_side("mpla", "an official source", "an official source at the Jamba command", A)
    'unita'
    >>> phrase_names_side("mpla", "an MPLA official", "an MPLA official in the UNITA-held town", A)
    'mpla'
    >>> phrase_names_side("civilian", "doctors", "doctors at the UNITA clinic", A)
    'civilian'
    """
    warring = _warring(actors)
    if side not in warring or phrase == speaker or actors.registry_side(speaker) is not None:
        return side
    named = actors.registry_side(phrase)
    return named if named in warring else side


def sources_of_body(speaker: str, phrase: str, actors: Actors | None) -> str | None:
    """Rule `sources_of_body`: bare unnamed sources ('sources', 'local sources') tell no side; placed in or near a
    body the registry knows ('Sources in the Gorongosa command said', 'sources close to Renamo') they are that
    body's; None otherwise.

    >>> from presslens.actors import _conflict
    >>> A = Actors([_conflict("angola", {"sides": {"mpla": "", "unita": ""},
    ...     "keywords": {"mpla": ["MPLA"], "unita": ["UNITA"]}})])
    >>> sources_of_body("sources", "Sources close to UNITA", A), sources_of_body("sources", "local sources", A)
    ('unita', None)
    """
    if actors is None or fold(speaker) not in SIDELESS_SOURCES or len(phrase) <= len(speaker):
        return None
    named = actors.registry_side(phrase)
    return named if named in _warring(actors) else None


def foreign_state_speaker(name: str, actors: Actors | None) -> str | None:
    """Rule `foreign_state_speaker`: `foreign_gov` for a speaker that is a country's name ('Norway', 'Chile') when
    the registry of the article's one conflict gives it no side and names it (or its adjective) nowhere: not in a
    side's description, a keyword, an actor's name or role; None otherwise (no registry, a warring state, or a
    country the registry mentions: its place in the war is the registry's to say).

    >>> from presslens.actors import _conflict
    >>> A = Actors([_conflict("dhofar", {"sides": {"oman": "the Omani state: the sultan, his army and police",
    ...     "pflo": "the Popular Front for the Liberation of Oman"}, "keywords": {"pflo": ["PFLO"]}})])
    >>> foreign_state_speaker("Sweden", A), foreign_state_speaker("Oman", A), foreign_state_speaker("Sweden", None)
    ('foreign_gov', None, None)
    >>> foreign_state_speaker("Swedish", A) is None     # an adjective is no speaker's name
    True
    """
    if actors is None or len(actors.conflicts) != 1 or not actors.conflicts[0].sides or not name[:1].isupper():
        return None
    country = country_of(name)
    if country is None or fold(country) != fold(name) or actors.registry_side(name) is not None:
        return None
    conflict = actors.conflicts[0]
    told = " ".join([*conflict.sides.values(), *(w for ws in conflict.keywords.values() for w in ws),
                     *(f"{a.name} {a.role}" for a in conflict.actors)])
    told = fold(told)
    forms = {fold(f) for f in country_forms(country)} | {fold(country)}
    return None if any(re.search(r"\b" + re.escape(f) + r"\b", told) for f in forms) else "foreign_gov"


#: the head nouns of a non-combatant's appositive (session 22 added the doctors and the travellers: 'X, a doctor at
#: Y', 'an Austrian traveler, X')
_CIVILIAN_NOUNS = r"""(?:resident|villager|farmer|shopkeeper|trader|refugee|survivor|witness|eyewitness|teacher|student|
           mother|father|widow|relative|neighbou?r|driver|passenger|herder|fisherman|housewife|grandmother|
           grandfather|doctor|physician|surgeon|nurse|travell?er|tourist)s?"""

#: an appositive right after a person's name whose head is a non-combatant's noun, its modifiers perhaps a place
#: or a people the registry lists as a side's word ('Ana Reyes, a displaced Quiche resident'; 'X, a farmer from Y');
#: no armed modifier ('an army doctor')
_RX_CIVILIAN_APPOSITION = re.compile(
    r"""[\s,]*(?:a|an|one|another)\s+
        (?!(?:[\w'’\-]+\s+){0,3}?(?:army|military|police|militia|rebel|guerrilla|field|combat)\b)
        (?:[\w'’\-]+\s+){0,3}?                                  # 'displaced Quiche', '62-year-old'
        """ + _CIVILIAN_NOUNS + r"""\b""", re.I | re.X)

#: session 22: the same appositive before the name ('an Austrian traveler, Helmut X'), or a relative clause of
#: residence after it ('X, who lives in East Y')
_RX_CIVILIAN_BEFORE = re.compile(
    r"""(?:^|\W)(?:a|an|one|another)\s+
        (?!(?:[\w'’\-]+\s+){0,3}?(?:army|military|police|militia|rebel|guerrilla|field|combat)\b)
        (?:[\w'’\-]+\s+){0,3}?""" + _CIVILIAN_NOUNS + r""",\s*$""", re.I | re.X)
_RX_RESIDENCE_CLAUSE = re.compile(r"[\s,]*who\s+(?:lives|lived|live|has\s+lived|had\s+lived)\s+in\b", re.I)


def civilian_apposition(side: str | None, name: str, descriptor: str, actors: Actors | None) -> str | None:
    """Rule `civilian_apposition`: a named person whose appositive calls them a resident, villager, farmer,
    refugee, survivor, doctor or traveller is a civilian, though a word of that appositive (a town, a region, a
    people) is a side's keyword; so is one whose appositive before the name says so, or whose relative clause says
    where they live (session 22); `side` as it stands when the appositive says otherwise or the side is no warring one.

    >>> from presslens.actors import _conflict
    >>> A = Actors([_conflict("guatemala", {"sides": {"gua_gov": "", "urng": ""},
    ...     "keywords": {"urng": ["URNG", "Ixcan"]}})])
    >>> civilian_apposition("urng", "Ana Reyes", "Ana Reyes, a displaced Ixcan resident living in Coban", A)
    'civilian'
    >>> civilian_apposition("urng", "Ana Reyes", "Ana Reyes, an Ixcan commander of the URNG", A)
    'urng'
    >>> civilian_apposition("urng", "Ana Reyes", "a Mexican traveler, Ana Reyes, back from Ixcan", A)
    'civilian'
    >>> civilian_apposition("urng", "Ana Reyes", "Ana Reyes, who lives in Ixcan", A)
    'civilian'
    >>> civilian_apposition("urng", "Ana Reyes", "Ana Reyes, a URNG field doctor in Ixcan", A)
    'urng'
    """
    if side not in _warring(actors):
        return side
    at = descriptor.find(name)
    while at >= 0:
        if _RX_CIVILIAN_APPOSITION.match(descriptor, at + len(name)) or _RX_CIVILIAN_BEFORE.search(descriptor, 0, at) \
                or _RX_RESIDENCE_CLAUSE.match(descriptor, at + len(name)):
            return "civilian"
        at = descriptor.find(name, at + 1)
    return side


def first_conjunct_side(parts: list[str], sides: list[str | None]) -> str | None:
    """Rule `first_conjunct_side`: speakers coordinated under one cue whose words tell different sides, not two
    warring sides, speak as the first ('the army and survivors said', 'residents and a militia member told the
    paper', 'GAM and media reports said': the army, the residents, GAM); None when the first tells no side, or
    when the first is an adjective sharing the last one's head ('civilian and military sources': a mixed source,
    unknown).

    >>> first_conjunct_side(["the army", "survivors"], ["gov", "civilian"])
    'gov'
    >>> first_conjunct_side(["villagers", "a militia member"], ["civilian", "reb"])
    'civilian'
    >>> first_conjunct_side(["civilian", "military sources"], ["civilian", "gov"]) is None
    True
    """
    first = parts[0].split()
    if sides[0] is None or (len(first) == 1 and first[0].islower() and not first[0].endswith("s")
                            and not collective_noun_conjunct(first[0])):
        return None
    return sides[0]


#: nouns of plural sense without a plural -s, never adjectives: a one-word conjunct of these is a speaker of its own
_COLLECTIVE_NOUNS = frozenset(("police", "personnel", "staff", "clergy", "people"))


def collective_noun_conjunct(word: str) -> bool:
    """Rule `collective_noun_conjunct` (session 26): a one-word lower-case first conjunct is read as an adjective
    sharing the last conjunct's head ('civilian and military sources'), unless it is a collective noun of plural
    sense with no -s, which no adjective is: 'police and survivors told the agency' speaks as the police, as the
    sentence-initial 'Police and residents said' already did (kenya-2007, punjab, sampit).

    >>> collective_noun_conjunct("police"), collective_noun_conjunct("civilian")
    (True, False)
    """
    return word in _COLLECTIVE_NOUNS


#: rule `plain_person_civilian`: an unnamed person told only as a person, with no word of any side: a determiner or
#: a count, at most two modifiers, a plain person noun, perhaps a place ('one man', 'an elderly woman', 'a mortuary
#: attendant', 'a visitor to the camp', 'many families'); matched folded (lower case, accents gone)
_RX_PLAIN_PERSON = re.compile(
    r"""(?:a|an|one|another|some|many|several|two|three|four|five|\d+)\s+     # one person, or a few
        (?!(?:armed|masked|uniformed|hooded|unidentified|unknown)\b)          # 'an armed man' is no bystander
        (?:[\w'\-]+\s+){0,2}?                                                 # 'elderly', 'mortuary', '62-year-old'
        (?:man|woman|men|women|boy|girl|teenager|visitor|visitors|attendant|attendants|families|
           mourner|mourners|bystander|bystanders|onlooker|onlookers|pensioner|pensioners)
        (?:\s+(?:from|in|at|to|near|outside|of)\s+[\w'\-\s]{1,40})?$          # 'a visitor to the camp'; no clause
    """, re.X)


def plain_person_civilian(speaker: str) -> str | None:
    """Rule `plain_person_civilian` (session 11's audit, docs/rules.md: rows left with no side were wrong in 39
    wars; 18 of them, in 8 wars, were civilians): 'civilian' for an unnamed speaker told only as a person, a
    family or a visitor ('one man', 'an elderly woman', 'a mortuary attendant', 'a visitor to the border post',
    'many families'); None for a person with a modifier that tells otherwise ('an armed man'), a clause ('a man who
    ...'), or any other phrase. Asked only when no other rule gave the speaker a side (mentions.layer._entity).

    >>> plain_person_civilian("one man"), plain_person_civilian("a visitor to the Tallinn ferry terminal")
    ('civilian', 'civilian')
    >>> plain_person_civilian("an armed man"), plain_person_civilian("a man who gave his name as Ilkka")
    (None, None)
    >>> plain_person_civilian("sources") is None, plain_person_civilian("gunmen") is None
    (True, True)
    """
    return "civilian" if _RX_PLAIN_PERSON.match(fold(speaker).strip()) else None


#: rule `civilian_head_noun` (session 12): an unnamed speaker whose head noun is a non-combatant's, whatever place or
#: people its modifiers name ('Tehran residents', 'Uzbek villagers', 'a local resident loyal to the Front'); matched
#: folded; not an armed or fighting one ('armed villagers' are a militia)
_RX_CIVILIAN_HEAD = re.compile(
    r"""(?:(?:a|an|one|another|some|many|several|other|the|two|three|\d+)\s+)?      # a determiner or a count
        (?!(?:[\w'\-]+\s+){0,3}?(?:armed|militia|fighting|and|or)\b)              # 'armed villagers' fight; no list
        (?:[\w'\-]+\s+){0,3}?                                                     # 'Tehran', 'local', 'ethnic Uzbek'
        (?:residents?|villagers?|refugees?|survivors?|eyewitness(?:es)?|witness(?:es)?|peasants?|petitioners?|farmers?)
        (?:\s+(?:of|in|from|at|near|loyal\s+to|living\s+in|reached|interviewed|who)\b.*)?$  # a place or a clause
    """, re.X)


def civilian_head_noun(side: str | None, speaker: str, actors: Actors | None) -> str | None:
    """Rule `civilian_head_noun` (session 12's audit, docs/rules.md: an unnamed resident or villager took the side of
    the place or people that modifies it in three wars): 'civilian' for an unnamed speaker whose head noun is a
    resident, villager, refugee, survivor or witness when the side its words gave is a warring side's; `side` as
    it stands otherwise (no warring side given, an armed modifier, another head).

    >>> from presslens.actors import _conflict
    >>> A = Actors([_conflict("dhofar", {"sides": {"oman": "", "pflo": ""}, "keywords": {"oman": ["Salalah"], "pflo": ["PFLO"]}})])
    >>> civilian_head_noun("oman", "Salalah residents", A), civilian_head_noun("pflo", "a villager loyal to the PFLO", A)
    ('civilian', 'civilian')
    >>> civilian_head_noun("pflo", "armed villagers", A), civilian_head_noun("oman", "Salalah officials", A)
    ('pflo', 'oman')
    >>> civilian_head_noun("media", "a Reuters witness", A), civilian_head_noun("oman", "the army and survivors", A)
    ('media', 'oman')
    """
    if side not in _warring(actors):
        return side
    return "civilian" if _RX_CIVILIAN_HEAD.match(fold(speaker).strip()) else side


#: rule `press_as_outlet` (session 12): the press as a speaker: 'the local press', 'local press reports', 'Khaama
#: Press' (an outlet's name ending in 'Press'); never the press of a body ('a ministry press officer', 'the press
#: office', 'press secretary': 'press' there modifies another head)
_RX_PRESS = re.compile(
    r"""(?:the\s+)?(?:(?:local|foreign|international|national|regional|independent|opposition|private|[A-Z][\w\-]*)\s+){0,2}
        (?:[Pp]ress)(?:\s+reports?)?$""", re.X)


def press_as_outlet(speaker: str) -> str | None:
    """Rule `press_as_outlet` (session 12's audit: three wars left 'the local press' and an outlet named '... Press'
    with no side): 'media' for a speaker whose head is the press ('the local press', 'local press reports', 'Khaama
    Press'); None for a press office or officer, or any other phrase. Asked only when no other rule gave a side.

    >>> press_as_outlet("the local press"), press_as_outlet("local press reports"), press_as_outlet("Khaama Press")
    ('media', 'media', 'media')
    >>> press_as_outlet("a ministry press officer") is None, press_as_outlet("the press office") is None
    (True, True)
    """
    return "media" if _RX_PRESS.match(speaker.strip()) else None


#: what a side's description calls a state by its country: 'the Chinese state', 'the Ethiopian federal government',
#: 'the Kyrgyz interim government and state' (a people's word alone, 'the ethnic Uzbek minority', is no state)
_STATE_NOUNS = r"(?:state|government|regime|army|armed\s+forces|military|authorities|junta)"


def _country_or_capital(name: str) -> tuple[str, str] | None:
    """(country, capital) for a country's own name or its capital ('China', 'Addis Ababa'); None for a demonym."""
    folded = fold(name).strip()
    row = _country_table().get(folded)
    if row is not None:
        return (row[0], row[2]) if fold(row[0]) == folded else None
    return capital_of(folded)       # (the first row whose capital folds to it: an index, not a scan per name)


def state_by_country_name(name: str, actors: Actors | None) -> str | None:
    """Rule `state_by_country_name` (session 12's audit: a state named bare by its country or capital, 'China has put
    the toll at 22', 'Addis Ababa announced', 'Uzbekistan said', was left with no side in three wars): the side whose
    registry description calls itself that country's state ('the Chinese state', 'the Ethiopian federal
    government'); else `foreign_gov` when no side's description, keyword or actor names that state (a people's
    word, 'the ethnic Uzbek minority', is not a state); None for a demonym, several conflicts or a state two sides
    name. Asked only when no other rule gave a side.

    >>> from presslens.actors import _conflict
    >>> A = Actors([_conflict("dhofar", {"sides": {"oman": "the Omani state: the sultan, his army",
    ...     "pflo": "the Popular Front for the Liberation of Oman, Dhofari tribesmen"}, "keywords": {"pflo": ["PFLO"]}})])
    >>> state_by_country_name("Muscat", A), state_by_country_name("Oman", A), state_by_country_name("Bolivia", A)
    ('oman', 'oman', 'foreign_gov')
    >>> state_by_country_name("Omani", A) is None, state_by_country_name("Bolivia", None)
    (True, None)
    >>> from presslens.actors import Actor
    >>> A.conflicts[0].actors.append(Actor("Mohammad Reza Pahlavi", side="iran_force", role="king of Iran"))
    >>> state_by_country_name("Iran", A)
    'iran_force'
    """
    if actors is None or len(actors.conflicts) != 1 or not actors.conflicts[0].sides or not name[:1].isupper():
        return None
    place = _country_or_capital(name)
    return None if place is None else _state_of_country(place[0], actors)


def _state_of_country(country: str, actors: Actors) -> str | None:
    """The side of a country's state by the registry of the one conflict (`state_by_country_name`)."""
    place = (country, "")
    conflict = actors.conflicts[0]
    forms = "|".join(re.escape(fold(f)) for f in sorted(country_forms(place[0]), key=len, reverse=True))
    rx_state = re.compile(r"\b(?:" + forms + r")\b(?:\s+[\w\-]+){0,2}?\s+" + _STATE_NOUNS + r"\b")
    states = [side for side, told in conflict.sides.items() if rx_state.search(fold(told))]
    # a registry person who heads that state ('Islam Karimov', 'president of Uzbekistan (receiving refugees)')
    rx_head = re.compile(r"\b(?:president|prime\s+minister|king|emir|leader|head\s+of\s+state)\s+of\s+(?:the\s+)?"
                         + re.escape(fold(place[0])) + r"\b")
    states = states or sorted({a.side for a in conflict.actors if a.side and rx_head.search(fold(a.role or ""))})
    if len(states) == 1:
        return states[0]
    if states:
        return None
    rx_name = re.compile(r"\b" + re.escape(fold(place[0])) + r"\b")
    told = " ".join([*conflict.sides.values(), *(w for ws in conflict.keywords.values() for w in ws),
                     *(f"{a.name} {a.role}" for a in conflict.actors)])
    return None if rx_name.search(fold(told)) else "foreign_gov"


#: a country's word and a government noun: 'the Mozambique government', 'French military officials'
_RX_COUNTRY_GOVERNMENT = re.compile(
    r"""^(?:[Tt]he\s+)?(?P<country>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+
        (?:(?:military|army|defence|defense|foreign|interior|security|government|state)\s+)?
        (?:government|officials?|authorities|military|army|administration|ministry|troops|forces)$""", re.X)


def state_by_country_phrase(side: str | None, phrase: str, actors: Actors | None) -> str | None:
    """Rule `state_by_country_name`, for a phrase: a country's name or adjective with a government noun ('the
    Mozambique government said', 'French military officials said') that got the registry's government side only by
    the convention of its noun, while the registry knows no such state among the sides: that country's state's side
    by `state_by_country_name`'s test (`foreign_gov` for a state no side names); `side` as it stands otherwise.

    >>> from presslens.actors import _conflict
    >>> A = Actors([_conflict("dhofar", {"sides": {"oman": "the Omani state: the sultan, his army",
    ...     "pflo": "the Popular Front for the Liberation of Oman"}, "government_side": "oman", "keywords": {"pflo": ["PFLO"]}})])
    >>> state_by_country_phrase("oman", "Bolivian military officials", A), state_by_country_phrase("oman", "The Omani army", A)
    ('foreign_gov', 'oman')
    >>> state_by_country_phrase("oman", "military officials", A), state_by_country_phrase("oman", "Dhofar officials", A)
    ('oman', 'oman')
    """
    if actors is None or len(actors.conflicts) != 1 or side != actors.conflicts[0].government_side:
        return side
    mt = _RX_COUNTRY_GOVERNMENT.match(phrase.strip())
    country = country_of(mt.group("country")) if mt else None
    if country is None or actors.registry_side(phrase) is not None:
        return side
    return _state_of_country(country, actors) or side



#: rule `both_sides_speakers` (session 12): speakers told as the two sides' own; matched folded: the words right
#: after the speaker ('military sources on both sides', 'officials from the two groups') or the speaker's own head
#: ('both governments', 'the two armies')
_RX_BOTH_AFTER = re.compile(
    r"(?:on|from|of|in)\s+(?:both|the\s+two)\s+(?:sides|groups|camps|parties|armies|governments|countries|forces)\b"
    r"(?!\s+of\b)")       # not a place: 'residents on both sides of the border'
_RX_BOTH_HEAD = re.compile(r"(?:^|\s)(?:both|the\s+two)\s+(?:governments|armies|militaries|camps|countries)$")


def both_sides_speakers(side: str | None, speaker: str, after: str, actors: Actors | None) -> str | None:
    """Rule `both_sides_speakers` (session 12's audit: three wars): 'both' for speakers the phrase tells as the two
    warring sides' own ('military sources on both sides said', 'officials from the two groups said', 'both
    governments said'); `after` is the text right after the speaker's mention; `side` as it stands otherwise or
    without a registry of two warring sides.

    >>> from presslens.actors import _conflict
    >>> A = Actors([_conflict("chaco", {"sides": {"bolivia": "", "paraguay": ""}})])
    >>> both_sides_speakers("bolivia", "military sources", " on both sides said the", A)
    'both'
    >>> both_sides_speakers(None, "both governments", " said they would stop", A)
    'both'
    >>> both_sides_speakers("bolivia", "military sources", " said both sides lost men", A)
    'bolivia'
    >>> both_sides_speakers("civilian", "residents", " on both sides of the border said", A)
    'civilian'
    >>> both_sides_speakers("bolivia", "military sources", " on both sides", None)
    'bolivia'
    """
    if len(_warring(actors)) < 2:
        return side
    if _RX_BOTH_HEAD.search(fold(speaker).strip()) or _RX_BOTH_AFTER.match(fold(after).lstrip()):
        return "both"
    return side


#: rule `rebel_word_speaker` (session 13): the speaker's own words call it a rebel's: a rebel word before a speaker's
#: head ('a rebel commander', 'Afghan rebel leaders', 'major rebel groups') or a spokesman of a rebel body ('a spokesman
#: for one of the largest rebel groups'); matched folded on the speaker's phrase; not 'anti-rebel', not a rebel the
#: speaker fights ('an officer fighting the rebels')
_RX_REBEL_WORDS = r"(?<![\w\-])(?:rebel|guerrilla|insurgent)s?(?![\w\-])"
_RX_REBEL_SPEAKER = re.compile(
    r"""^(?!.*\b(?:against|fighting|battling|pursuing|hunting|by|captured|killed|anti|counter)\b)  # fights them
        (?:.*?\b(?:spokes(?:man|men|woman|person)|commanders?|leaders?|members?|officials?)\s+(?:for|of)\s+)?  # 'a spokesman for one of ...'
        (?:[\w'’\-]+\s+){0,5}?                                                   # 'the largest Afghan', 'major'
        """ + _RX_REBEL_WORDS + r"""
        (?:\s+(?:commanders?|leaders?|spokes(?:man|men|woman|person)|sources?|groups?|officials?|chiefs?|radio|
               command|movement|organi[sz]ations?|factions?|forces|army|front))?  # its head
        (?:\s+(?:here|based|in|at|from|near)\b.*)?$                                # 'based in the border city of X'
    """, re.X)
#: the same on a named speaker's appositive: 'X, spokesmen for the political commission of the rebel FMLN', 'X, a
#: rebel commander'
_RX_REBEL_APPOSITION = re.compile(
    r"""^[\s,]+(?:a|an|the|one\s+of\s+the)?\s*(?:[\w'’\-]+\s+){0,2}?
        (?:""" + _RX_REBEL_WORDS + r"""\s+(?:commanders?|leaders?|spokes(?:man|men|woman|person)|officials?|chiefs?)\b
         |(?:spokes(?:man|men|woman|person)|commanders?|leaders?|members?|officials?)\s+(?:for|of)\s+(?:[\w'’\-]+\s+){0,5}?"""
    + _RX_REBEL_WORDS + r""")""", re.X)


def rebel_word_speaker(side: str | None, speaker: str, appositive: str, actors: Actors | None) -> str | None:
    """Rule `rebel_word_speaker` (session 13's audit: three wars): the registry's rebel side for a speaker whose own
    words call it a rebel's ('a rebel commander', 'Afghan rebel leaders', 'a spokesman for one of the largest Afghan
    rebel groups', 'X, spokesman for the political commission of the rebel Front') when the side its words gave is the
    government's only by a state word beside the rebel one (a country's adjective, a place, an office noun:
    'commander', 'leaders'); `appositive` is the text right after a named speaker (empty for an unnamed one); `side`
    as it stands otherwise (no rebel side in the registry, or one whose description and keywords call it no rebels
    or guerrillas; a speaker fighting the rebels).

    >>> from presslens.actors import _conflict
    >>> A = Actors([_conflict("dhofar", {"sides": {"oman": "the Omani state", "pflo": "the PFLO guerrillas"},
    ...     "government_side": "oman", "rebel_side": "pflo", "keywords": {"oman": ["Omani army"], "pflo": ["PFLO"]}})])
    >>> rebel_word_speaker("oman", "a rebel commander", "", A), rebel_word_speaker("oman", "Omani guerrilla leaders", "", A)
    ('pflo', 'pflo')
    >>> rebel_word_speaker("oman", "a spokesman for one of the largest Omani rebel groups", "", A)
    'pflo'
    >>> rebel_word_speaker("oman", "Ahmed Salim", ", spokesman for the military wing of the rebel front,", A)
    'pflo'
    >>> rebel_word_speaker("oman", "an officer fighting the rebels", "", A), rebel_word_speaker("oman", "an anti-rebel militia", "", A)
    ('oman', 'oman')
    >>> rebel_word_speaker("oman", "Ahmed Salim", ", who fought the rebel front for years,", A)
    'oman'
    >>> rebel_word_speaker("civilian", "a rebel commander", "", A)
    'civilian'
    >>> B = Actors([_conflict("gulf", {"sides": {"coalition": "the allied coalition", "iraq": "the Iraqi state"},
    ...     "government_side": "coalition", "rebel_side": "iraq"})])
    >>> rebel_word_speaker("coalition", "Kurdish rebel leaders", "", B)
    'coalition'
    """
    if actors is None or len(actors.conflicts) != 1:
        return side
    conflict = actors.conflicts[0]
    if not conflict.rebel_side or side != conflict.government_side:
        return side
    told = fold(" ".join([conflict.sides.get(conflict.rebel_side, ""), *conflict.keywords.get(conflict.rebel_side, ())]))
    if not re.search(_RX_REBEL_WORDS, told):
        return side         # the registry calls its 'rebel side' no rebels (a state at war: 'rebel_side: iraq')
    if appositive:
        return conflict.rebel_side if _RX_REBEL_APPOSITION.match(fold(appositive)) else side
    return conflict.rebel_side if _RX_REBEL_SPEAKER.match(fold(speaker).strip()) else side


#: rule `hospital_staff_civilian` (session 13): a speaker whose role is held at a hospital ('staff at the general
#: hospital', 'a Panama City hospital administrator', 'X, the chief medical officer at the city's main hospital');
#: matched folded on an unnamed speaker's phrase or a named one's appositive; never a force's own hospital
_HOSPITAL_ROLES = (r"(?:staff|officials?|officers?|administrators?|directors?|spokes(?:man|men|woman|person)|sources?|"
                   r"workers?|superintendents?|chiefs?|heads?|employees?|doctors?|nurses?|surgeons?|physicians?|medics?)")
_RX_HOSPITAL_ROLE = re.compile(
    r"""^[\s,]*(?:the|a|an|one|two|three|several|some)?\s*(?:[\w'’.\-]+\s+){0,3}?
        (?:""" + _HOSPITAL_ROLES + r"""\s+(?:at|of|in|from)\s+(?:the\s+)?(?:[\w'’.\-]+\s+){0,6}?   # 'officer at ... the
           (?:hospital|clinic|morgue|mortuary)                                                  #  main X hospital'
         |(?:hospital|clinic|morgue|mortuary)\s+""" + _HOSPITAL_ROLES + r""")\b                 # 'hospital administrator'
    """, re.X)
#: session 15: a force's own medical staff ('an army doctor at the hospital', 'rebel medics') are no witnesses
_RX_FORCE_MEDIC = re.compile(r"\b(?:military|army|police|rebel|militia|naval|navy|field)\s+(?:doctors?|nurses?|surgeons?|"
                             r"physicians?|medics?)\b")
_RX_FORCE_HOSPITAL = re.compile(r"\b(?:military|army|police|naval|navy|air\s+force|field|rebel|militia)\s+(?:[\w'’.\-]+\s+){0,2}?hospital")


def hospital_staff_civilian(side: str | None, speaker: str, appositive: str, actors: Actors | None) -> str | None:
    """Rule `hospital_staff_civilian` (session 13's audit: three wars; docs/annotation.md: hospital staff speaking as
    witnesses are `civilian`): 'civilian' for a speaker whose role is held at a hospital, clinic or morgue ('staff at
    the general hospital', 'a Salalah hospital administrator', 'X, the chief medical officer at the city's main
    hospital') when the side its words gave is a warring side's by an office word ('officer', 'general') or a
    place; `appositive` is the text right after a named speaker (empty for an unnamed one); `side` as it stands
    otherwise (a military or police hospital, no warring side given).

    >>> from presslens.actors import _conflict
    >>> A = Actors([_conflict("dhofar", {"sides": {"oman": "", "pflo": ""}, "government_side": "oman",
    ...     "keywords": {"oman": ["Salalah"], "pflo": ["PFLO"]}})])
    >>> hospital_staff_civilian("oman", "staff at the general hospital", "", A)
    'civilian'
    >>> hospital_staff_civilian("oman", "a Salalah hospital administrator", "", A)
    'civilian'
    >>> hospital_staff_civilian("oman", "Ali Said", ", the chief medical officer at Salalah's main hospital,", A)
    'civilian'
    >>> hospital_staff_civilian("oman", "an officer at the army hospital", "", A)
    'oman'
    >>> hospital_staff_civilian("oman", "Ali Said", ", a doctor at the hospital in Salalah,", A)
    'civilian'
    >>> hospital_staff_civilian("oman", "Ali Said", ", an army doctor at the hospital,", A)
    'oman'
    >>> hospital_staff_civilian("oman", "Ali Said", ", who visited the hospital", A)
    'oman'
    >>> hospital_staff_civilian("media", "staff at the general hospital", "", A)
    'media'
    """
    if side not in _warring(actors):
        return side
    words = fold(appositive or speaker)
    mt = _RX_HOSPITAL_ROLE.match(words)
    if mt is None or _RX_FORCE_HOSPITAL.search(mt.group(0)) or _RX_FORCE_MEDIC.search(mt.group(0)):
        return side
    return "civilian"


#: rule `spokesman_of_principal` (session 13): a spokesman told by no body of his own: 'a spokesman said', 'according
#: to his spokesman', or a name that 'The spokesman, ' introduces ('The spokesman, X, says'); matched folded
_RX_BARE_SPOKESMAN = re.compile(r"^(?:a|the|his|her)\s+spokes(?:man|woman|person)$")
_RX_SPOKESMAN_BEFORE_NAME = re.compile(r"(?:^|[.!?\n]\s*)the\s+spokes(?:man|woman|person),\s*$")


def spokesman_of_principal(speaker: str, before: str, actors: Actors | None, *, named: bool) -> str | None:
    """Rule `spokesman_of_principal` (session 13's audit: three wars): a spokesman the article ties to no body
    ('a spokesman said', 'according to his spokesman', 'The spokesman, X, says') speaks for the principal named just
    before: the side of the last registry person named in `before` (the text of the same and the previous sentence
    before the mention); `named`: the speaker is a name, so the bare role must stand right before it. None when the
    speaker is no bare spokesman or no registry person with a side is named before.

    >>> from presslens.actors import _conflict
    >>> A = Actors([_conflict("dhofar", {"sides": {"oman": "", "pflo": ""},
    ...     "actors": [{"name": "Said bin Taimur", "side": "oman", "kind": "person"},
    ...                {"name": "Zaher Ali", "side": "pflo", "kind": "person"}]})])
    >>> spokesman_of_principal("his spokesman", "The PFLO leader Zaher Ali was hiding in the hills, according to ", A, named=False)
    'pflo'
    >>> spokesman_of_principal("Ali Musallam", "Said bin Taimur left Salalah. The spokesman, ", A, named=True)
    'oman'
    >>> spokesman_of_principal("Ali Musallam", "Radio Aden quoted a spokesman for Ali. The spokesman, ", A, named=True)
    'pflo'
    >>> spokesman_of_principal("a military spokesman", "Zaher Ali was seen. ", A, named=False) is None
    True
    >>> spokesman_of_principal("a spokesman", "The fighting went on all night. ", A, named=False) is None
    True
    """
    if actors is None or actors._names_re is None or len(actors.conflicts) != 1:
        return None
    folded = fold(before)
    if not (_RX_SPOKESMAN_BEFORE_NAME.search(folded) if named else _RX_BARE_SPOKESMAN.match(fold(speaker).strip())):
        return None
    from .coref import registry_person_by_surname      # (a registry person by the surname alone: 'Keke')
    found = []          # (position, side) of each registry person named before
    for mt in actors._names_re.finditer(folded):
        actor = actors._by_key.get(name_key(mt.group(0)))
        if actor is not None and actor.is_person and actor.side:
            found.append((mt.start(), actor.side))
    for mt in re.finditer(r"(?<![\w\-])[A-Z][\w'’\-]{2,}", before):
        actor = registry_person_by_surname(actors, mt.group(0))
        if actor is not None and actor.side:
            found.append((mt.start(), actor.side))
    return max(found)[1] if found else None
