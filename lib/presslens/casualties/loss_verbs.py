"""Rule `loss_owner`: losses whose owner a verb of loss names, where the sufferer rules' lists lack the verb.

English tells whose losses a bare toll was by the verb before it: the subject 'suffered', 'sustained' or 'took' it
(``victims._side_of_sufferer_in_sentence``), the side 'defeated with' it (``side_rules.beaten_with``). The lists
missed forms of general English that the dev copy used in three wars of session 22's census:
- `incur` in every form ('Egyptian commandos in Port Said incurred about 100 casualties', suez-1956), and `suffer`,
  `sustain` as infinitives or in the present ('the PLA had to suffer the loss of 300 lives', nathu-la-1967);
- `cost` with the loser as its first object ('other Communist attacks cost the government an estimated 235
  casualties', vietnam-war);
- a halted or stopped advance ('government forces ... were halted with heavy casualties', cuban-revolution), the
  sense of 'defeated with'.
``victims._victim`` asks ``loss_owner`` after ``_side_of_sufferer_in_sentence``, for victims with no words of their
own ('100 casualties', 'heavy losses', '300 lives', 'the dead').
"""
from __future__ import annotations

import re

from .sides import _role_of

#: the heads of a toll without words of its victims
_BARE = frozenset(["casualties", "losses", "loss", "lives", "dead", "deaths", "fatalities"])
#: the subject, then the verb of loss: 'X incurred', 'X had to suffer', 'X suffers', 'X will sustain'
_VERB = re.compile(r"\b(?:incurred|incurring|incurs|incur|suffer|suffers|sustain|sustains)\b")
#: 'cost the government an estimated 235 casualties': the loser is the verb's first object, just before the toll
_COST = re.compile(r"\bcost(?:s|ing)?\s+(?P<owner>(?:[\w'’-]+\s+){1,5})$")
#: a halted advance: the losses are of the side that advanced ('were halted with heavy casualties')
_HALTED = re.compile(r"\b(?:halted|stopped|checked|thrown\s+back|beaten\s+off|held\s+off)\s+with\s+[^.;:]*$")
#: where the subject's clause starts: punctuation, a clause word or a reporting verb (lower case: not 'Port Said')
_CLAUSE = re.compile(r"[,;:()]|\b(?:while|whereas|but|and|when|after|as|that|which|who|said|says|say|told)\b")
_AUX = frozenset(["had", "has", "have", "to", "will", "would", "could", "may", "might", "also", "already", "then",
                  "reportedly", "allegedly", "did", "does", "do", "is", "was", "were", "are"])
#: a preposition after the subject's head: 'Egyptian commandos in Port Said' -> 'Egyptian commandos'
_PREP = frozenset(["in", "at", "near", "on", "from", "around", "outside", "inside"])


def _side_of_subject(words: list[str], sw, lex) -> str | None:
    """The side the subject's words name: a registry name or keyword (the whole subject, then the words before its
    first preposition), then the role of its words (not between two states: 'troops' is either state's)."""
    words = [w for w in words if w not in _AUX]
    parts = [words[-6:], words[:next((i for i, w in enumerate(words) if w in _PREP), len(words))][-6:]]
    for part in parts:
        side = sw.side_of_words(part) if part else None
        if side:
            return side
    if sw.states:
        return None
    role = _role_of(parts[1], lex) if parts[1] else None
    if role == "state" and sw.state:
        return sw.state
    if role == "nonstate" and sw.nonstate:
        return sw.nonstate
    return None


def _first_side_named(before_low: str, sw) -> str | None:
    """The first side the clause names, as ``side_rules.beaten_with`` reads the side that attacked and was beaten."""
    clause = re.split(r"[.;:]|\b(?:said|says|that)\b", before_low)[-1]
    words = re.findall(r"[\w'’-]+", clause)
    return next((side for k in range(len(words)) if (side := sw.side_of_words(words[k:k + 1]))), None)


def _subject_before(text: str) -> list[str]:
    """The words of the clause that ends at the verb, as written ('Egyptian commandos in Port Said' keeps 'Said')."""
    clause = _CLAUSE.split(text)[-1]
    return [w.lower() for w in re.findall(r"[\w'’-]+", clause)]


def loss_owner(c) -> tuple[str, str] | None:
    """Rule `loss_owner`: a bare toll ('about 100 casualties', 'heavy losses', 'the loss of 300 lives') whose loser is
    the subject of `incur` (any form) or of `suffer`/`sustain` not in the past, the first object of `cost`, or the
    side whose advance was 'halted with' it.

    >>> from presslens.actors import Actors, _conflict
    >>> reg = Actors([_conflict("ogaden-1977", {"sides": {"somalia": "the Somali state and its army",
    ...     "ethiopia": "the Ethiopian state and its army"}, "countries": {"somalia": ["Somalia"],
    ...     "ethiopia": ["Ethiopia"]}, "keywords": {"somalia": ["Somali troops", "Somali"],
    ...     "ethiopia": ["Ethiopian troops", "Ethiopian"]}})])
    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Somali troops near Jijiga incurred about 200 casualties in the Ethiopian counter-attack.", reg)
    [('casualties', 200, 200, None, 'somalia')]
    >>> claims_in("The assault on Dire Dawa cost the Somali army an estimated 400 casualties.", reg)
    [('casualties', 400, 400, None, 'somalia')]
    >>> claims_in("Somali troops pushed toward Harar but were halted with heavy casualties.", reg)
    [('casualties', None, None, 'heavy', 'somalia')]
    >>> claims_in("Somali troops shelled Harar, killing 30 people.", reg)[0][-1]
    'unknown'
    """
    f = c.f
    if f.head is not None and f.head not in _BARE:
        return None
    at = c.sent_low.find(c.claim_low) if c.claim_low else -1
    if at < 0:
        return None
    before_low = c.sent_low[:at]
    written = c.story[-1] if c.story and c.story[-1].lower() == c.sent_low else None
    before = written[:at] if written else before_low
    side = None
    verb = next((m for m in _VERB.finditer(before_low, max(0, at - 60)) if not re.search(r"[,;:]", before_low[m.end():])),
                None)
    if verb is not None:
        side = _side_of_subject(_subject_before(before[:verb.start()]), c.sw, c.lex)
    elif "cost" in before_low and (m := _COST.search(before_low, max(0, at - 60))) is not None:
        side = _side_of_subject(m.group("owner").split(), c.sw, c.lex)
    elif "with" in before_low and (m := _HALTED.search(before_low)) is not None:
        side = _first_side_named(before_low[:m.start()], c.sw)
    if side is None:
        return None
    return side, "fighters" if c.vtype == "unknown" else c.vtype
