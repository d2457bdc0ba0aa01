"""Rule `toll_counting_noun`: a toll told through a counting noun of general English (session 22, docs/rules.md).

English states a running count of the harmed with a noun of counting and a link verb: 'the estimate of soldiers
and civilians killed had risen to 3,000', 'the tabulation of deaths since the vote now stood at 801', 'the
estimated number of casualties, currently at 34, is likely to rise', 'the tally of the dead reached 90'. The toll
grammar (phrases._toll) knew the nouns `toll` and `death count`, and `number` / `total` with a dead word; the
counting nouns of the lexicon's `toll_counters` (data/lexicons/casualties.yaml) now introduce a toll the same way.
The category is the harm noun right after 'of' ('of deaths', 'of casualties', 'of the dead') or the first passive
cue after it ('of soldiers killed'); the victims' words are the words between 'of' and that cue.

Not a toll: a counting noun with no harm after its 'of' ('the number of checkpoints rose to 40'), a count after
a sentence break, a cue further than `_REACH` words from 'of' (another clause's harm).
"""
from __future__ import annotations

from .lexicon import Lexicon
from .numbers import Tok, _match_phrase

#: the `found_by` of a count a counting noun of a toll introduces
TOLL_COUNTING_NOUN = "toll_counting_noun"
#: how far back from the link a counting noun is looked for, and how far after its 'of' the harm may be
_WINDOW, _REACH = 24, 8
#: words after 'of' that may stand before the harm noun ('of the dead', 'of those killed')
_DETERMINERS = frozenset(["the", "those", "all"])


def toll_counting_noun(toks: list[Tok], qi: int, lex: Lexicon) -> tuple[str, list[str]] | None:
    """(category, victims' words) of the count at token `qi` when a counting noun of a toll and a link verb come
    before it, else None (rule `toll_counting_noun`).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("By Friday the estimate of villagers killed in the raids had risen to 2,000.")
    [('killed', 2000, 2000, None, 'civilian')]
    >>> claims_in("The tally of deaths in the province now stood at 640, the agency said.")
    [('killed', 640, 640, None, 'unknown')]
    >>> claims_in("The estimated number of casualties, currently at 57, is likely to rise.")
    [('casualties', 57, 57, None, 'unknown')]
    >>> claims_in("The number of checkpoints on the road had risen to 40.")
    []
    """
    if qi < 4:
        return None
    prev = toks[qi - 1].low
    if prev not in lex.toll_links and f"{toks[qi - 2].low} {prev}" not in lex.toll_links or prev == "of":
        return None
    counters = frozenset(lex.raw.get("toll_counters", ()))
    for c in range(qi - 2, max(0, qi - _WINDOW) - 1, -1):
        if toks[c].text in {".", ";"}:
            return None
        if toks[c].low in counters and c + 2 < qi and toks[c + 1].low == "of":
            return _harm_after_of(toks, c + 2, qi - 1, lex)
    return None


def _harm_after_of(toks: list[Tok], k: int, link: int, lex: Lexicon) -> tuple[str, list[str]] | None:
    """The harm noun or passive cue after a counting noun's 'of' at token k, before the link at `link`."""
    start = k
    while k < link and toks[k].low in _DETERMINERS:
        k += 1
    if k < link and toks[k].low in lex.nouns:  # 'of deaths', 'of casualties', 'of the dead'
        return lex.nouns[toks[k].low], []
    for m in range(k, min(link, start + _REACH)):
        if toks[m].text in {",", ":"}:
            return None
        hit = _match_phrase(toks, m, lex.passive)
        if hit:  # 'of soldiers and civilians killed'
            return hit[1], [t.low for t in toks[k:m]]
    return None
