"""Named rule for a speaker phrase padded with a focusing or place adverb at its end, or a `both` before its
coordination: 'Palestinian sources and army spokesmen both said', 'Press reports here said', 'Mr X also said'
read with the dash glued ('X–also'). The adverb modifies the verb or marks the coordination; it is no word of the
noun phrase (the annotation guide names the speaker without it). A 'both' opening the phrase ('both American and
Nationalist sources') is the gold's own word and stays.
"""
from __future__ import annotations

import re

#: an adverb closing the subject before its verb ('also said', 'here reported', 'both claimed', 'too insisted')
_RX_TAIL = re.compile(r"(?:\s+|\s*[\u2013\u2014]\s*)(?:also|too|here|both|meanwhile|themselves|alone|however)$",
                      re.I)


def adverb_out_of_subject(phrase: str) -> tuple[int, int] | None:
    """Rule `adverb_out_of_subject`: the (start, end) of `phrase` without a closing adverb (`also`, `too`, `here`,
    `both`, `meanwhile`, `themselves`, `alone`, `however`); None when it has none.

    >>> p = "Sahrawi sources and Moroccan army spokesmen both"; p[slice(*adverb_out_of_subject(p))]
    'Sahrawi sources and Moroccan army spokesmen'
    >>> p = "Hamid Karimov\u2013also"; p[slice(*adverb_out_of_subject(p))]
    'Hamid Karimov'

    A phrase whose last word is a noun, a lone adverb, a 'both' opening the phrase: None.

    >>> adverb_out_of_subject("the Aden correspondent"), adverb_out_of_subject("also")
    (None, None)
    >>> adverb_out_of_subject("both Sahrawi and Moroccan sources")
    """
    start, end = 0, len(phrase)
    mt = _RX_TAIL.search(phrase)
    if mt is not None and mt.start() > 0 and phrase[:mt.start()].strip():
        end = mt.start()
    if (start, end) == (0, len(phrase)) or not phrase[start:end].strip():
        return None
    return start, end
