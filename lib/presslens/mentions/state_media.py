"""Rule `state_media_of_side` (session 15, docs/rules.md "Session 15: speaker sides"; docs/annotation.md "Settled in
session 15"): a state's broadcaster or news agency, which the lexicon gives `media`, speaks for the warring side whose
registry description names that medium as its own; `state_media_taken_up` asks it for a phrase and keeps its side for
a pronoun or anaphor that takes the broadcaster up. The examples are composed (Dhofar), none from an eval text.
"""
from __future__ import annotations

import re

from ..actors import Actors, country_of, fold
from .speaker_sides import _country_or_capital, _state_of_country


#: rule `state_media_of_side` (session 15): a broadcaster's or news agency's medium in a speaker's phrase, and the
#: same in a registry side's description; `media` in a description ('IRNA, Tehran radio and other state media') covers
#: every medium, a named medium only itself ('state radio as official voice' does not cover 'state media')
_RX_MEDIUM = re.compile(r"\b(?:(?P<radio>radio)|(?P<television>television|tv)|(?P<agency>news\s+agency|agency)|"
                        r"(?P<media>media))\b")
#: the words that make a speaker's broadcaster a state's: 'state radio', 'the official news agency'
_STATE_OWNED = frozenset({"state", "state-run", "state-owned", "state-controlled", "official", "government",
                          "government-run", "government-controlled"})
_SECRET = frozenset({"secret", "clandestine", "underground"})
#: a description's broadcaster of the state ('state radio and television as mouthpieces', 'its state media')
_RX_DESC_STATE_MEDIUM = re.compile(r"\b(?:state|official|government)(?:-\w+)?\s+(?:[\w'\-]+\s+){0,2}?"
                                   r"(?:radio|television|tv|media|news\s+agency)"
                                   r"(?:\s+(?:and|or)\s+(?:radio|television|tv|news\s+agency))?\b")
_RX_DESC_SECRET_RADIO = re.compile(r"\b(?:secret|clandestine|underground)\s+(?:[\w'\-]+\s+){0,4}?radio\b")


def _media_kinds(told: str) -> frozenset[str]:
    """The media a side's folded description names as its own: {'radio', 'television', 'agency', 'media'}."""
    kinds = {k for m in _RX_MEDIUM.finditer(told) for k, v in m.groupdict().items() if v}
    if "media" in kinds and not re.search(r"\b(?:state|official|government)\s+media\b", told):
        kinds.discard("media")      # 'the Pakistan Army and its media wing': no broadcaster
    return frozenset(kinds)


def state_media_of_side(side: str | None, speaker: str, actors: Actors | None) -> str | None:
    """Rule `state_media_of_side` (session 15; docs/annotation.md "Settled in session 15"): a state's broadcaster or
    news agency that the lexicon gave `media` ('state radio', "Iran's news agency", 'Afghan state media', 'the secret
    radio') speaks for the warring side whose registry description names that medium as its own ('state radio and
    television as mouthpieces', 'IRNA, Tehran radio and other state media', 'the clandestine Free Bengal Radio'):
    the state the phrase names by its country, else the one side whose description names a state's (or a secret)
    broadcaster of that medium; `side` as it stands where no side's description names it (the golds keep `media`
    there: Xinhua in Tibet, state media in Baluchestan), where two sides do, or for a foreign state's radio.

    >>> from presslens.actors import _conflict
    >>> A = Actors([_conflict("dhofar", {"sides": {
    ...     "oman": "the Omani state: the sultan, his army, state radio and television",
    ...     "pflo": "the Popular Front for the Liberation of Oman and its clandestine Voice of the Revolution radio"},
    ...     "government_side": "oman"})])
    >>> state_media_of_side("media", "state radio", A), state_media_of_side("media", "the secret radio", A)
    ('oman', 'pflo')
    >>> state_media_of_side("media", "state television", A), state_media_of_side("media", "state media", A)
    ('oman', 'media')
    >>> state_media_of_side("media", "Omani state television", A), state_media_of_side("media", "Muscat radio", A)
    ('oman', 'oman')
    >>> state_media_of_side("media", "Iranian state radio", A), state_media_of_side("media", "local radio", A)
    ('media', 'media')
    >>> state_media_of_side("media", "Omani media", A)
    'media'
    """
    if side != "media" or actors is None or len(actors.conflicts) != 1:
        return side
    words = fold(speaker).replace("’", "'").split()
    spoken = _RX_MEDIUM.search(" ".join(words))
    if spoken is None:
        return side
    medium = next(k for k, v in spoken.groupdict().items() if v)
    before = [w[:-2] if w.endswith("'s") else w for w in " ".join(words)[:spoken.start()].split()]
    conflict = actors.conflicts[0]

    def names_medium(told: str) -> bool:
        kinds = _media_kinds(told)
        return "media" in kinds or medium in kinds

    countries = [c for c in (country_of(w) or (_country_or_capital(w) or (None,))[0] for w in before) if c]
    if countries and medium == "media" and not _STATE_OWNED.intersection(before):
        return side         # 'Pakistani media reported': a country's press, not its state's voice
    if countries:
        state = _state_of_country(countries[0], actors)
        told = fold(conflict.sides.get(state or "", ""))
        return state if state in conflict.sides and names_medium(told) else side
    if _STATE_OWNED.intersection(before):
        found = [s for s, told in conflict.sides.items()
                 if any(names_medium(m.group(0)) for m in _RX_DESC_STATE_MEDIUM.finditer(fold(told)))]
    elif _SECRET.intersection(before) and medium == "radio":
        found = [s for s, told in conflict.sides.items() if _RX_DESC_SECRET_RADIO.search(fold(told))]
    else:
        return side
    return found[0] if len(found) == 1 else side


def state_media_taken_up(side: str | None, why: str, speaker: str, kind: str, kept: dict, actors: Actors | None) -> tuple:
    """(side, rule) of a speaker the lexicon gave `media` (`why` side_from_context): rule `state_media_of_side` for a
    phrase or name that holds a medium word ('state radio said'), its side kept in `kept` (speaker -> (side, rule),
    mentions.layer's table) for a pronoun or anaphor that takes it up ('it said', 'the agency said'), as rule
    `pronoun_keeps_side` keeps a rebel's; (side, why) as they stand otherwise.

    >>> from presslens.actors import _conflict
    >>> A = Actors([_conflict("dhofar", {"sides": {"oman": "the Omani state, its army and state radio", "pflo": "PFLO"}})])
    >>> kept = {}
    >>> state_media_taken_up("media", "side_from_context", "state radio", "unnamed", kept, A)
    ('oman', 'state_media_of_side')
    >>> state_media_taken_up("media", "side_from_context", "state radio", "pronoun", kept, A)
    ('oman', 'state_media_of_side')
    >>> state_media_taken_up("media", "side_from_context", "local radio", "unnamed", kept, A)
    ('media', 'side_from_context')
    """
    if side != "media" or why != "side_from_context":
        return side, why
    if kind in ("pronoun", "anaphor"):
        found = kept.get(speaker)
        return found if found is not None and found[1] == "state_media_of_side" else (side, why)
    low = speaker.lower()
    if kind not in ("unnamed", "name") or not (
            "radio" in low or "tele" in low or "media" in low or "agency" in low or " tv" in low):
        return side, why
    own = state_media_of_side(side, speaker, actors)
    if own == side:
        return side, why
    kept[speaker] = (own, "state_media_of_side")
    return own, "state_media_of_side"
