"""Named rules for a lone source that speaks for the voice just before it: 'Hizbollah sources said the force was cut
off. "Our men can hear the screams," one source said.'; 'Defense Ministry officials in Belgrade said two helicopters
were shot down. Four were crew members, a spokesman said.' English gives the singled-out source or the bare
spokesman no body of its own because the sentence before named it: the source is one of those sources, the spokesman
speaks for those officials, so the statement keeps its own speaker and takes the side of the one before.

Rule `pronoun_of_voice_before` is the same for a singular pronoun the mention layer left unresolved: 'The Polisario
Front denounced the deaths of 12 civilians. He has also denied the fall of a senior officer.' ('they' is not asked:
a plural pronoun takes up groups that are often no speaker, 'House leaders of both parties').

The rules run on an article's quote rows once their speakers are resolved (quotes.speakers `_resolve`); they ask only
rows left with no side whose speaker is such a bare source or pronoun, so most articles cost nothing.
"""
from __future__ import annotations

import re

#: a lone unnamed source with no body of its own: 'one source', 'a spokesman', 'the spokeswoman', 'source'
_RX_LONE_SOURCE = re.compile(r"(?i)^(?:(?:a|an|one|the)\s+)?(?:source|spokesman|spokeswoman|spokesperson)$")
#: a singular pronoun the mention layer could not resolve (rule `pronoun_of_voice_before`)
_LONE_PRONOUNS = frozenset(("he", "she"))
#: sides that speak for no principal a spokesman could serve ('a newspaper said ... a spokesman said')
_NO_PRINCIPAL = frozenset(("unknown", "media", "civilian", "both"))
#: a sentence end: the voice before must stand in this sentence or the one before
_RX_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z0-9]")


def lone_source(speaker: str) -> bool:
    """Whether a speaker phrase is a lone unnamed source with no body of its own.

    >>> lone_source("one source"), lone_source("A spokesman"), lone_source("the spokesperson")
    (True, True, True)
    >>> lone_source("a military spokesman"), lone_source("security sources"), lone_source("an official")
    (False, False, False)
    """
    return _RX_LONE_SOURCE.match(speaker.strip()) is not None


def source_of_voice_before(rows: list[dict], text: str) -> None:
    """Rule `source_of_voice_before` on an article's quote rows (in the order of the text): a row whose speaker is a
    lone source (`lone_source`) and has no side takes the side of the statement just before it, when that statement
    ends in the same sentence or the one before and its speaker has a warring side; rows change in place. A row whose
    speaker is an unresolved 'he' or 'she' does the same by rule `pronoun_of_voice_before`.

    >>> t = 'Hizbollah sources said the force was cut off. "We hear them," one source said.'
    >>> rows = [dict(speaker="Hizbollah sources", speaker_side="hezbollah", side_by="registry", start=18, end=44,
    ...              speaker_start=0, speaker_end=17),
    ...         dict(speaker="one source", speaker_side="unknown", side_by="none", start=46, end=60,
    ...              speaker_start=62, speaker_end=72)]
    >>> source_of_voice_before(rows, t); rows[1]["speaker_side"], rows[1]["side_by"]
    ('hezbollah', 'source_of_voice_before')
    >>> rows[1].update(speaker_side="unknown", side_by="none"); rows[0]["speaker_side"] = "media"
    >>> source_of_voice_before(rows, t); rows[1]["speaker_side"]
    'unknown'
    >>> rows[0]["speaker_side"] = "hezbollah"; rows[1]["speaker"] = "he"
    >>> source_of_voice_before(rows, t); rows[1]["speaker_side"], rows[1]["side_by"]
    ('hezbollah', 'pronoun_of_voice_before')
    >>> rows[1].update(speaker="they", speaker_side="unknown", side_by="none")
    >>> source_of_voice_before(rows, t); rows[1]["speaker_side"]
    'unknown'
    """
    for i in range(1, len(rows)):
        row, prev = rows[i], rows[i - 1]
        pronoun = row["speaker"].lower() in _LONE_PRONOUNS
        if row["speaker_side"] != "unknown" or not (pronoun or lone_source(row["speaker"])) or lone_source(prev["speaker"]):
            continue
        if prev["speaker_side"] in _NO_PRINCIPAL:
            continue
        here = min(row["start"], row["speaker_start"])
        there = max(prev["end"], prev["speaker_end"])
        if there > here or len(_RX_SENTENCE_END.findall(text[there:here])) > 1:
            continue
        row.update(speaker_side=prev["speaker_side"],
                   side_by="pronoun_of_voice_before" if pronoun else "source_of_voice_before")
