"""Named rule for a participle cue that opens its sentence: 'Saying they were fighting one-party rule, the
armed men took four towns', 'Calling the raid "a massacre", the minister said ...': the participle clause, to the
comma before the main clause, is the statement, and the main clause's subject is its speaker.
"""
from __future__ import annotations

import re

#: after the comma that ends the participle clause: the main clause's subject and its finite verb
_RX_MAIN_CLAUSE = re.compile(r"""
    ,\s+(?P<subject>(?:he|she|they|it|we|(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w.'’\-]+\s+){0,4}?[\w.'’\-]+))
    \s+(?:also\s+|later\s+|then\s+)?
    (?:has|have|had|was|were|is|are|will|would|did|said|says|told|went|\w+ed)\b   # its finite verb
    """, re.X)
#: a clause of its own in the words after a cue of the clause frame ('Saying that ...', 'Saying they were ...')
_RX_CLAUSE = re.compile(r"^\s*that\b|\b(?:is|are|was|were|had|has|have|will|would|could|may|might|did)\b")


def fronted_participle_cue(m: str, ce: int, sb: int, frame: str) -> tuple[int, tuple[int, int]] | None:
    """Rule `fronted_participle_cue`: for a participle cue that opens the sentence (`m[ce:sb]` are the words after
    it), (where its statement ends: the comma before the main clause, the main clause's subject span), else None.
    A cue of the clause frame ('Saying', 'Insisting') needs a clause after it ('that ...' or a finite verb): 'Saying
    goodbye to his family' and 'Adding to the confusion' are no statements; one of the object frame ('Calling',
    'Describing') takes its object.

    >>> s = "Saying they were challenging one-party rule, the armed men had overtaken four towns."
    >>> end, (a, b) = fronted_participle_cue(s, 6, len(s), "clause"); s[7:end], s[a:b]
    ('they were challenging one-party rule', 'the armed men')
    >>> s = "Calling the raid \ue000\ue000\ue000, he said the army would answer."
    >>> end, (a, b) = fronted_participle_cue(s, 7, len(s), "called"); s[8:end], s[a:b]
    ('the raid \ue000\ue000\ue000', 'he')
    >>> fronted_participle_cue("Saying goodbye to his family, the soldier boarded the truck.", 6, 61, "clause") is None
    True
    >>> fronted_participle_cue("Adding to the confusion, the army closed the road.", 6, 50, "clause") is None
    True
    """
    main = _RX_MAIN_CLAUSE.search(m, ce, sb)
    if main is None or "," in m[ce:main.start()]:
        return None     # the first comma must end the participle clause
    if frame == "clause" and _RX_CLAUSE.search(m, ce, main.start()) is None:
        return None
    return main.start(), main.span("subject")
