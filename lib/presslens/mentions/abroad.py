"""Speakers who speak for a state from outside the war's ground (sessions 27 and 28: the speaker's side when the
speaker is right, the family 'a foreign state's official', three wars each):

- `envoy_to_the_un`: a state's envoy, delegation or diplomat at the United Nations speaks for the state that sends
  it, not for the UN: "Britain's envoy to the United Nations", 'French United Nations delegation sources', 'a
  diplomat close to the U.N.-brokered talks'. The lexicon's UN word ('U.N.', 'United Nations') stood in the phrase
  and gave `un`; the head is the envoy, the UN the place of the envoy's work.
- `officials_placed_abroad`: state officials that the phrase places in a state's capital or country ('officials in
  Cairo', 'official quarters in Washington', 'senators in the UK') speak for that state: its side where it is a
  warring side, else `foreign_gov`; the lexicon's convention had given them the war's government side.
- `state_before_office` (session 28): a state's word right before an office of that state ('the French
  ambassador', 'Sri Lankan intelligence sources', 'X, the Ghana high commissioner in London', 'the commander of
  Australia's contingent', 'sources at the Yugoslav consulate'), or a seat that names one state's government ('the
  White House', 'for the Joint Chiefs of Staff'), gives that state's side over what the words around had given.

`state_of_phrase` asks the three after rule `state_by_country_name` (mentions.speaker_sides), from one line of
mentions.layer. The examples are composed (the Nigerian civil war, the Aden Emergency: wars of no eval set).
"""
from __future__ import annotations

import re

from ..actors import Actors, fold
from ..countries import capital_of, country_of
from .speaker_sides import _state_of_country, phrase_names_side, state_by_country_phrase

#: the envoy nouns whose complement may name the UN
_ENVOY = r"(?:envoy|envoys|ambassador|ambassadors|delegation|delegations|delegate|delegates|representative|" \
         r"representatives|diplomat|diplomats|permanent\s+representative)"
#: the UN's own words (the lexicon's `un` forms that name the organisation, not an agency of it)
_UN = r"(?:U\.\s?N\.?|UN|United\s+Nations)(?![\w])"
_RX_UN = re.compile(_UN)
#: 'a diplomat close to the U.N.-mediated negotiations', "Britain's envoy to the United Nations": the envoy first,
#: the UN in its complement (not 'of the UN', 'for the UN': the UN's own envoy)
_RX_ENVOY_THEN_UN = re.compile(_ENVOY + r"\b(?:\s+[\w\-]+){0,2}?\s+(?:to|at|close\s+to|near|in)\s+(?:the\s+)?"
                               r"(?:[\w\-]+\s+){0,2}?" + _UN)
#: 'British United Nations delegation sources', "America's UN ambassador": a state's word, then the UN, then the envoy
_RX_STATE_UN_ENVOY = re.compile(r"(?P<state>[A-Z][\w.’'\-]*?)(?:['’]s)?\s+(?:(?:former|senior|deputy|chief|new)\s+)?"
                                + _UN + r"[\s\-]+" + _ENVOY + r"\b")
#: the state's word before an envoy noun: "Britain's former envoy", 'the French ambassador'
_RX_STATE_BEFORE = re.compile(r"(?P<state>[A-Z][\w.’'\-]*?)(?:['’]s)?\s+(?:(?:former|senior|deputy|chief|new|top)\s+)?"
                              + _ENVOY + r"\b")
#: abbreviations of states that the country table does not hold as forms ('the US': 'us' is a pronoun folded)
_ABBREVIATED = {"US": "United States", "USA": "United States", "UK": "United Kingdom", "America": "United States"}


def _country(word: str) -> str | None:
    """The country a country's name, demonym, capital or abbreviation names, else None."""
    word = word.rstrip(".,")
    if word in _ABBREVIATED:
        return _ABBREVIATED[word]
    capital = capital_of(fold(word))
    return country_of(word) or (capital[0] if capital else None)


def _side_of_state(country: str, actors: Actors) -> str | None:
    """A state's side in the article's one war: the warring side whose country it is, else the side the registry
    describes as its state, else `foreign_gov` (a state no side is)."""
    conflict = actors.conflicts[0]
    owners = [s for s, cs in conflict.countries.items() if any(fold(c) == fold(country) for c in cs)]
    if owners:
        return owners[0] if len(owners) == 1 else None
    return _state_of_country(country, actors) or "foreign_gov"


def envoy_to_the_un(side: str | None, words: str, actors: Actors | None) -> str | None:
    """Rule `envoy_to_the_un`: a speaker whose words gave `un` only because the UN is where its envoy works speaks
    for the state that sends it (its side in the war, else `foreign_gov`); a diplomat of no state named is a
    `foreign_gov` voice; `side` as it stands otherwise ('the UN envoy', 'the envoy of the UN').

    >>> from presslens.actors import _conflict
    >>> A = Actors([_conflict("nigeria-biafra", {"sides": {"nigeria_gov": "", "biafra": ""},
    ...     "countries": {"nigeria_gov": ["Nigeria"]}, "government_side": "nigeria_gov"})])
    >>> envoy_to_the_un("un", "Ghana's former envoy to the United Nations Kofi Mensah", A)
    'foreign_gov'
    >>> envoy_to_the_un("un", "Nigerian United Nations delegation sources", A)
    'nigeria_gov'
    >>> envoy_to_the_un("un", "a diplomat close to the U.N.-brokered talks", A)
    'foreign_gov'
    >>> envoy_to_the_un("un", "The U.N. envoy", A), envoy_to_the_un("un", "an envoy of the United Nations", A)
    ('un', 'un')
    """
    if side != "un" or actors is None or len(actors.conflicts) != 1:
        return side
    state = _RX_STATE_UN_ENVOY.search(words)
    envoy = None if state else _RX_ENVOY_THEN_UN.search(words)
    if envoy:
        state = _RX_STATE_BEFORE.search(words, max(0, envoy.start() - 40), envoy.end())
    if not (state or envoy):
        return side
    country = _country(state.group("state")) if state else None
    if country is None and not envoy:
        return side             # 'The U.N. envoy', 'A UN delegation': the UN's own
    return (_side_of_state(country, actors) if country else None) or "foreign_gov"


#: the state's words that a placed official may have as head (folded): the lexicon's government words the
#: convention read, and the legislators it lacks
_RX_OFFICIAL_HEAD = re.compile(r"\b(?:officials?|official\s+quarters|official\s+sources|authorities|government|"
                               r"ministers?|senators?|politicians|legislators|lawmakers)$")
#: 'officials in Cairo', 'official quarters in Washington', 'senators in the US', 'officials in the capital, Accra'
_RX_PLACED = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?(?:capital\s*,?\s+)?(?P<place>[A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+)?)"
                        r"\s*$")


def officials_placed_abroad(side: str | None, speaker: str, phrase: str, actors: Actors | None) -> str | None:
    """Rule `officials_placed_abroad`: unnamed officials whose head gave the war's government side only by the
    convention of its noun, and whose phrase places them in another state's capital or country, speak for that
    state: its side where it is a warring one, else `foreign_gov`; `side` as it stands otherwise (a place of the
    war's own state, a place that is no state's, a head of its own side).

    >>> from presslens.actors import _conflict
    >>> A = Actors([_conflict("aden", {"sides": {"britain": "the British administration of Aden", "nlf": "the NLF"},
    ...     "government_side": "britain", "countries": {"britain": ["Britain"]}})])
    >>> officials_placed_abroad("britain", "officials", "officials in Cairo", A)
    'foreign_gov'
    >>> officials_placed_abroad("britain", "official quarters", "Official quarters in Washington", A)
    'foreign_gov'
    >>> officials_placed_abroad("britain", "officials", "officials in London", A), officials_placed_abroad("britain", "officials", "officials in Crater", A)
    ('britain', 'britain')
    >>> officials_placed_abroad("britain", "doctors", "doctors in Cairo", A)
    'britain'
    """
    if actors is None or len(actors.conflicts) != 1 or side != actors.conflicts[0].government_side:
        return side
    if not _RX_OFFICIAL_HEAD.search(fold(speaker)) or actors.registry_side(speaker) is not None:
        return side
    at = phrase.lower().find(speaker.lower())
    placed = _RX_PLACED.match(phrase, at + len(speaker)) if at >= 0 else None
    country = _country(placed.group("place")) if placed else None
    return (_side_of_state(country, actors) or side) if country else side


#: the offices a state's word may stand before ('the French ambassador', 'Sri Lankan intelligence sources', 'the
#: Maldives high commissioner'): its envoys, its government's people and bodies, its forces
_OFFICE = (r"(?i:envoys?|ambassadors?|high\s+commissioners?|consuls?(?:[\s\-]general)?|consulate|embassy|diplomats?|"
           r"delegates?|delegation|attach[eé]s?|intelligence(?:\s+(?:sources?|officials?|officers?|services?|chiefs?))?|"
           r"(?:foreign|defen[cs]e|interior)\s+(?:minister|ministry|secretary)|contingent|expeditionary\s+force)")
#: a state's word (one to three capitalised words, with its possessive) right before an office, at the start of the
#: speaker's phrase or of a named speaker's apposition; a word of rank or number may stand between
_RX_STATE_OFFICE = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<state>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}?)(?:['’]s)?\s+"
                              r"(?:(?:former|senior|deputy|chief|new|top|acting|then|[\d,]+-(?:strong|man|member))\s+)*"
                              + _OFFICE + r"\b")
#: 'the commander of Australia's 800-strong contingent': a head of the state's body named in its complement
_RX_HEAD_OF_STATE_BODY = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:(?:former|senior|deputy|chief|top|acting)\s+)?(?:commander|head|chief|spokes(?:man|woman|"
    r"person)|officers?|members?|sources?|officials?|staff|diplomats?)\s+(?:of|for|in|at)\s+(?:the\s+)?(?P<state>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}?)(?:['’]s)?\s+"
    r"(?:(?:[\d,]+-(?:strong|man|member)|[a-z]+)\s+)?" + _OFFICE + r"\b")

#: the seats that name one state's government by themselves (a speaker that is the seat, or an officer of it: 'the
#: White House', 'deputy director of intelligence for the Joint Chiefs of Staff'); the Kremlin's state changed
#: (Soviet, Russian) and is left to the registry
_SEATS = {"white house": "United States", "pentagon": "United States", "state department": "United States",
          "joint chiefs": "United States", "downing street": "Britain", "whitehall": "Britain"}
_RX_SEAT = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:(?:[\w\-]+\s+){0,3}?(?:director|spokes(?:man|woman|person)|officials?|officers?|"
    r"advisers?|aides?|sources?|secretary|head|chief)(?:\s+of\s+[a-z]+)?\s+(?:for|of|at|in)\s+)?(?:the\s+)?"
    r"(?P<seat>White\s+House|Pentagon|State\s+Department|Joint\s+Chiefs|Downing\s+Street|Whitehall)\b")
_RX_SEAT_GATE = re.compile(r"House|Pentagon|Department|Chiefs|Downing|Whitehall")     # (one search before the pattern)


def _state_named(word: str, actors: Actors) -> str | None:
    """The country a state's word names: the registry's own `countries` first (a state the country table lacks,
    'Maldives'), then the country table (`_country`)."""
    folded = fold(word)
    for countries in actors.conflicts[0].countries.values():
        for c in countries:
            if fold(c) == folded:
                return c
    return _country(word)


def state_before_office(side: str | None, speaker: str, words: str, actors: Actors | None) -> str | None:
    """Rule `state_before_office`: a speaker whose own words put a state's word right before an office of that
    state ('the French ambassador', 'Sri Lankan intelligence sources', 'X, the Ghana high commissioner in London',
    'X, the commander of Australia's contingent') speaks for that state: its side where it is a warring one, else
    the side a description calls its state, else `foreign_gov`; the words around the speaker (a host's capital, the
    war's ground, the UN's word 'high commissioner', the lexicon's convention for 'intelligence') had given another
    side. `words`: the speaker's phrase, and a named speaker's apposition after the name. `side` as it stands when
    no state's word stands there or the state is two sides'.

    >>> from presslens.actors import _conflict
    >>> A = Actors([_conflict("nigeria-biafra", {"sides": {"nigeria_gov": "", "biafra": "", "britain": ""},
    ...     "countries": {"nigeria_gov": ["Nigeria"], "britain": ["Britain"]}, "government_side": "nigeria_gov"})])
    >>> state_before_office("nigeria_gov", "Jean Dupont", "The French Ambassador to Lagos (Mr Jean Dupont)", A)
    'foreign_gov'
    >>> state_before_office("un", "Ade Bello", "Ade Bello, the Nigerian high commissioner in Accra", A)
    'nigeria_gov'
    >>> state_before_office("nigeria_gov", "Tom Hale", "Tom Hale, the commander of Britain's 600-strong contingent", A)
    'britain'
    >>> state_before_office("nigeria_gov", "Ghanaian intelligence sources", "Ghanaian intelligence sources", A)
    'foreign_gov'
    >>> state_before_office("biafra", "Uche Eze", "Uche Eze, a critic of the Nigerian embassy", A)
    'biafra'
    >>> state_before_office("nigeria_gov", "officials", "officials", A)
    'nigeria_gov'
    >>> state_before_office(None, "sources", "sources at the Ghanaian consulate in Enugu", A)
    'foreign_gov'
    >>> state_before_office("nigeria_gov", "Al Pike", "Al Pike, deputy director of intelligence for the Joint Chiefs", A)
    'foreign_gov'
    """
    if actors is None or len(actors.conflicts) != 1 or not words:
        return side
    at = words.find(speaker) if speaker[:1].isupper() else -1
    starts = [0]
    if at >= 0:     # a named speaker: its apposition after the name (', the French ambassador, said')
        mt = re.match(r"\s*,\s*", words[at + len(speaker):])
        if mt:
            starts.append(at + len(speaker) + mt.end())
    for start in starts:
        mt = _RX_STATE_OFFICE.match(words, start) or _RX_HEAD_OF_STATE_BODY.match(words, start)
        country = _state_named(mt.group("state"), actors) if mt else None
        if country is None and _RX_SEAT_GATE.search(words):
            mt = _RX_SEAT.match(words, start)    # 'the White House', '... for the Joint Chiefs of Staff'
            country = _SEATS[" ".join(fold(mt.group("seat")).split())] if mt else None
        if country:     # (a registry name or keyword in the office's words first: 'the Georgian Defence Ministry')
            own = actors.find(mt.group(0))
            return (own.side if own is not None else None) or _side_of_state(country, actors) or side
    return side


def state_of_phrase(side: str | None, why: str, phrase: str, speaker: str, actors: Actors | None,
                    kept: dict | None = None, words: str = "") -> tuple:
    """(side, rule) of a speaker whose words gave a side, or none (mentions.layer asks it): rule
    `state_by_country_name` for the phrase ('the Mozambique government said'), then `envoy_to_the_un` and
    `officials_placed_abroad`, then `state_before_office` on the phrase and a named speaker's apposition (`words`),
    the only one asked of a speaker with no side; a side these give is `kept` for the speaker (mentions.layer's
    `_kept_sides`), so that a pronoun taking the speaker up ('Official quarters in Cairo said ... They said') keeps
    it (rule `pronoun_keeps_side`)."""
    state = state_by_country_phrase(side, phrase, actors) if side else side    # (no side: only the last rule)
    if state != side:
        return state, "state_by_country_name"
    found = (side, why)
    if side == "un":
        found = envoy_to_the_un(side, phrase if _RX_UN.search(phrase) else speaker, actors), "envoy_to_the_un"
    elif side and (" in " in phrase or " at " in phrase):
        found = officials_placed_abroad(side, speaker, phrase, actors), "officials_placed_abroad"
    if found[0] == side:
        found = state_before_office(side, speaker, words or phrase, actors), "state_before_office"
    if found[0] == side:
        return side, why
    if kept is not None:
        kept[speaker] = found
    return found


def phrase_side_kept(side: str | None, why: str, speaker: str, phrase: str, actors: Actors | None,
                     kept: dict | None = None) -> tuple:
    """(side, rule) of an unnamed speaker by rule `phrase_names_side` (mentions.speaker_sides: 'officials in the
    capital, Accra' are Ghana's though 'officials' gave the war's government side); the side it gives is `kept` for
    the speaker, as `state_of_phrase` keeps its own, so that a pronoun taking the speaker up keeps it."""
    named = phrase_names_side(side, speaker, phrase, actors)
    if named == side:
        return side, why
    if kept is not None:
        kept[speaker] = (named, "phrase_names_side")
    return named, "phrase_names_side"
