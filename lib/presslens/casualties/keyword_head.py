"""Rule `keyword_head` (docs/rules.md, "Session 20: victim sides"): victims whose head noun is a generic word the
registry lists as one side's keyword.

A registry may list a generic word as a side's keyword when the copy calls that side only so: the insurgents of one
war are `dissidents`, the gunmen of another are a militia's `gunmen`, a third side's fighters are `militants` in a
war of two states. The lexicon reads such words as a kind of force (or as a bare victims' head), never as a side
(`sides._skip_words`). The role reading then names no side when the article names several non-state sides before
the claim (`nonstate_near`: the Gumuz militia and the TPLF; Jaish-e-Mohammed and Pakistan, the registry's
`rebel_side`) or when the word is no role at all (`dissidents`): `killed more than 50 gunmen`, `killed over 100
dissidents`, `killing up to 300 alleged terrorists` stayed `unknown`. The registry's word is the copy's name for the
side: the head noun of the victims' phrase, listed as a one-word keyword by exactly one belligerent side, names it.

Asked last, after every other victim rule: it only fills a side the others left unknown. Left alone (tests): a
keyword that is not the head ('militant fatalities'), a word listed by two sides, a claim with no head noun.
"""
from __future__ import annotations


def _generic_keywords(sw) -> dict[str, set[str]]:
    """One-word registry keywords that are lexicon words (`sw.skip`) -> the belligerent sides that list them."""
    table = sw._generic
    if table is None:
        from ..actors import fold
        table = {}
        for conflict in getattr(sw.view, "conflicts", []):
            for side, kws in conflict.keywords.items():
                for kw in kws:
                    word = fold(kw.strip())
                    if " " not in word and word in sw.skip and side in sw.belligerents:
                        table.setdefault(word, set()).add(side)
        sw._generic = table
    return table


def keyword_head(c) -> tuple[str, str] | None:
    """Rule `keyword_head`: the side whose registry keyword is the victims' head noun (`c`: the victims module's claim
    view), when that word is a lexicon word no other rule read as a side.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("varn", {"sides": {"varn_gov": "the Varnese state", "tolk": "the Tolk militia: its"
    ...     " gunmen", "oru": "the Oru front: rebel fighters"}, "government_side": "varn_gov", "rebel_side": "tolk",
    ...     "articles": ["example.txt"], "keywords": {"varn_gov": ["Varnese army"], "tolk": ["Tolk militia", "gunmen"],
    ...     "oru": ["Oru front"]}})])
    >>> claims_in("The Oru front holds the hills. The army said its troops killed more than 40 gunmen.", reg)
    [('killed', 41, None, None, 'tolk')]
    """
    f = c.f
    head = f.head
    if not head or f.named or not c.words or c.words[-1] != head or c.sw.view is None:
        return None
    sides = _generic_keywords(c.sw).get(head)
    if not sides or len(sides) != 1:
        return None
    side = next(iter(sides))
    return side, "fighters" if c.vtype == "unknown" else c.vtype
