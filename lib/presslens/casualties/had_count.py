"""Rule `had_count_owner`: a bare count that is the object of the possessor's `had` ('The rebels had two killed').

English gives a side's losses as what the side `had`: 'The Irregulars had two killed and six wounded', 'his side had
two men injured', 'the battalion had 60 men dead or wounded'. The subject of `had` is the owner of the losses, as
the subject of `suffered` or `lost` is (``victims._side_of_sufferer_in_sentence``, the `loser`); those rules do not
read `had`. The count stands right after `had` (an adverb of amount between: 'only', 'at least'), or after an
earlier count of the same list ('two killed and six wounded'); the count has no words of who (a bare number,
`men`, `casualties`, `dead`). The owner is the side the subject's words name (the registry's words, else the role of
its head, as ``loss_verbs._side_of_subject`` reads a loser), or, for 'his side', 'their men', 'our forces', the
claimant's side. Not a causative `had` ('had 31 wounded come through our doors', 'had ten men arrested'): the count
must close its clause or go on with a preposition or a conjunction, and arrests are no losses of the subject.
"""
from __future__ import annotations

import re

from .loss_verbs import _side_of_subject, _subject_before

#: the heads of a count with no words of who
_HEADS = frozenset([None, "men", "killed", "dead", "wounded", "injured", "casualties", "losses", "deaths",
                    "fatalities"])
#: between `had` and the count: an adverb of amount, or an earlier count of the same list ('two killed and ')
_BETWEEN = re.compile(r"""^(?:\s*(?:only|just|at\s+least|about|some|around|nearly|almost|over|more\s+than|also|
    \d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|men|soldiers|
    killed|dead|wounded|injured|missing|casualties|and|,))*\s*$""", re.X)
#: what may follow the count in its clause: its end, a preposition, a conjunction ('... and six wounded'), a
#: participle of the count ('two men injured'); not a bare verb of a causative ('wounded come through our doors')
_AFTER = re.compile(r"""^\s*(?:$|[,.;:!?)"“”'’]|(?:and|or|in|on|at|during|when|while|after|before|but|as|
    from|near|killed|wounded|injured|dead|missing|hurt)\b)""", re.X)
#: a pronoun's side noun: 'his side', 'their men', 'our forces' are the speaker's
_OWN = re.compile(r"\b(?:his|her|their|our)\s+(?:own\s+)?(?:side|men|forces|troops|fighters|unit|camp)$")


def had_count_owner(c) -> tuple[str, str] | None:
    """Rule `had_count_owner`: a bare count right after `X had` (or after an earlier count of its list): X's side.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("aden", {"sides": {"uk": "the British administration", "nlf": "the NLF"},
    ...     "government_side": "uk", "rebel_side": "nlf", "articles": ["example.txt"], "keywords": {"nlf": ["NLF"]}})])
    >>> claims_in("In the fighting at Sheikh Othman the NLF had three killed and nine wounded.", reg)
    [('killed', 3, 3, None, 'nlf'), ('wounded', 9, 9, None, 'nlf')]
    >>> claims_in("The hospital had 31 wounded come through its doors.", reg)[0][-1]
    'unknown'
    """
    f = c.f
    if f.named or c.role is not None or f.head not in _HEADS or f.category not in ("killed", "wounded", "casualties") \
            or not c.claim_low or not c.sw.belligerents or " had " not in c.sent_low:
        return None
    at = c.sent_low.find(c.claim_low)
    had = c.sent_low.rfind(" had ", 0, at) if at > 0 else -1
    if had < 0 or not _BETWEEN.match(c.sent_low[had + 5:at]) or \
            not _AFTER.match(c.sent_low[at + len(c.claim_low):at + len(c.claim_low) + 12]):
        return None
    subject = _subject_before(c.sent_low[:had])
    if not subject:
        return None
    if _OWN.search(" ".join(subject[-3:])):
        side = c.claimant_side if c.claimant_side not in (None, "unknown", "civilian") else None
    else:
        side = _side_of_subject(subject, c.sw, c.lex)
    if side is None or side == "unknown":
        return None
    return side, "fighters" if c.vtype == "unknown" else c.vtype
