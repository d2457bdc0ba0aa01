"""Rule `outlet_by_medium` (session 16: speaker sides, the family 'an outlet told by its medium, given a side by a
country's word or left unknown', three wars): a speaker whose head is a medium the lexicon lacks or that a
country's word outweighs ('Bulgarian TV', 'Citi FM', 'some Russian Telegram channels', 'pro-Kremlin Russian media')
is an outlet: `media` (docs/annotation.md: an outlet as speaker), unless session 15's rule `state_media_of_side`
makes it a warring state's broadcaster ('Omani state TV' where that side's description names its state media).
An outlet owned by a body the registry knows ('Hamas TV', 'Houthi media', "the rebels' channel") keeps that
body's side. The examples are composed (Dhofar), none from an eval text.
"""
from __future__ import annotations

from ..actors import Actors, country_of, fold
from ..countries import capital_of
from .speaker_sides import press_as_outlet
from .state_media import state_media_of_side

#: the heads that tell an outlet by its medium (folded); 'radio', 'television' and 'news agency' are the lexicon's
#: own `media` words (the state broadcasters of session 15's rule), 'press' is rule `press_as_outlet`'s
MEDIUM_HEADS = frozenset({"tv", "fm", "media", "channel", "channels"})
#: the cheap test asked before rule `outlet_by_medium`: a speaker's last two letters ('TV', 'FM', 'media', 'channel(s)')
_HEAD_ENDS = frozenset({"TV", "FM", "ia", "el", "ls"})
#: the test mentions.layer asks before `outlet_taken_by_head`: those, and 'dispatches', 'messages' for rule
#: `dispatches_as_press`
MEDIUM_ENDS = _HEAD_ENDS | {"es"}
#: words before the head that tell no owner: determiners and stances ('some', 'local', 'pro-Kremlin')
_NO_OWNER = frozenset({"the", "a", "an", "some", "other", "local", "foreign", "international", "national",
                       "regional", "independent", "private", "western", "several", "many", "its", "their"})


def outlet_by_medium(side: str | None, why: str, speaker: str, actors: Actors | None) -> tuple[str | None, str]:
    """(side, rule) of a speaker whose head is a medium ('TV', 'FM', 'media', 'channels') no registry entry named:
    `media` (then `state_media_of_side`'s test) when it had no side, or a warring side only from a country's word
    (`why` side_from_context); (side, why) as they stand when a word before the head is a body the registry knows,
    or the head is no medium.

    >>> from presslens.actors import _conflict
    >>> A = Actors([_conflict("dhofar", {"sides": {"oman": "the Omani state: the sultan, his army and state media",
    ...     "pflo": "the Popular Front for the Liberation of Oman"}, "countries": {"oman": ["Oman"]},
    ...     "keywords": {"pflo": ["PFLO"]}})])
    >>> outlet_by_medium(None, "", "Yemeni TV", A), outlet_by_medium("oman", "side_from_context", "pro-Sultan Omani media", A)
    (('media', 'outlet_by_medium'), ('media', 'outlet_by_medium'))
    >>> outlet_by_medium(None, "", "Omani state TV", A), outlet_by_medium("pflo", "side_from_context", "PFLO media", A)
    (('oman', 'outlet_by_medium'), ('pflo', 'side_from_context'))
    >>> outlet_by_medium("oman", "registry", "Oman TV", A), outlet_by_medium(None, "", "a militia", A)
    (('oman', 'registry'), (None, ''))
    """
    if actors is None or len(actors.conflicts) != 1 or (side and why != "side_from_context"):
        return side, why
    words = fold(speaker).replace("’", "'").split()
    if len(words) < 2 or words[-1] not in MEDIUM_HEADS or (side and side not in actors.conflicts[0].sides):
        return side, why
    owner = " ".join(w for w in (w[:-2] if w.endswith("'s") else w for w in words[:-1])
                     if w not in _NO_OWNER and not w.startswith(("pro-", "anti-")) and not country_of(w))
    if (owner and actors.registry_side(owner, cased=False) is not None) \
            or actors.side_of_keyword_phrase(" ".join(words[:-1])) is not None:
        return side, why        # 'PFLO media', 'Hamas TV', 'Supreme Soviet TV' (a keyword with a country's word)
    return state_media_of_side("media", speaker, actors), "outlet_by_medium"


def outlet_taken_by_head(side: str | None, why: str, speaker: str, actors: Actors | None) -> tuple[str | None, str]:
    """(side, rule) of a speaker whose head may be an outlet's (asked by mentions.layer after its gates: no side and
    'ress' in the speaker, or a medium's last letters): rule `dispatches_as_press` for the wire's reports, else
    rule `press_as_outlet` ('the local press', 'Khaama Press'; mentions.speaker_sides) for a speaker with no side,
    then `outlet_by_medium`.

    >>> outlet_taken_by_head(None, "", "the local press", None), outlet_taken_by_head(None, "", "Yemeni TV", None)
    (('media', 'press_as_outlet'), (None, ''))
    """
    if speaker.endswith(_DISPATCH_ENDS):
        return dispatches_as_press(side, why, speaker)
    if not side and "ress" in speaker:
        side, why = press_as_outlet(speaker), "press_as_outlet"
    return outlet_by_medium(side, why, speaker, actors) if speaker[-2:] in _HEAD_ENDS else (side, why)


#: the press's reports by wire, in the plural (rule `dispatches_as_press`); the singular is left: 'a dispatch from
#: X' and 'a message from X' go three ways in the golds (the press, the side at X, unknown)
_DISPATCH_ENDS = ("dispatches", "messages", "Dispatches", "Messages")
#: words before the head that tell no author: determiners and the words of time a wire report takes
_NO_AUTHOR = frozenset({"the", "these", "some", "other", "earlier", "later", "latest", "late", "recent", "further",
                        "previous", "subsequent", "new", "first", "today's", "yesterday's", "all", "more"})


def dispatches_as_press(side: str | None, why: str, speaker: str) -> tuple[str | None, str]:
    """Rule `dispatches_as_press` (session 27, three wars): a speaker that is the wire's reports in the plural
    ('dispatches', 'the later dispatches', 'earlier messages', 'Cairo dispatches') is the press: `media`
    (docs/annotation.md: an outlet as speaker), when nothing before the head names an author but words of time or
    the capital the reports were filed from (a side the capital's name gave is where they came from, not whose
    they are); (side, why) as they stand otherwise ('Egyptian dispatches': a state's adjective tells whose).

    >>> dispatches_as_press(None, "", "later dispatches"), dispatches_as_press("egypt", "side_from_context", "Cairo dispatches")
    (('media', 'dispatches_as_press'), ('media', 'dispatches_as_press'))
    >>> dispatches_as_press("egypt", "side_from_context", "Egyptian dispatches"), dispatches_as_press(None, "", "a dispatch")
    (('egypt', 'side_from_context'), (None, ''))
    >>> dispatches_as_press(None, "", "rebel messages")
    (None, '')
    """
    if side and why != "side_from_context":
        return side, why
    words = speaker.replace("’", "'").split()
    if not words or fold(words[-1]) not in ("dispatches", "messages"):
        return side, why
    for w in words[:-1]:
        if fold(w) not in _NO_AUTHOR and not capital_of(fold(w)):     # (an unnamed phrase starts lower-cased)
            return side, why
    return "media", "dispatches_as_press"
