"""Named rule `according_lead_no_clause`: the words before a sentence's `according to X, CLAUSE` are its content only
when they are a clause: a lone conjunction or adverb ('And, according to unconfirmed reports, many more were ...',
'Also, according to the document, ...') or a label closed by a colon ('March 20: According to government and rebel
reports, three soldiers were killed ...') is not, and the clause after the credit is the content.
"""
from __future__ import annotations

import re

#: a lead that is no clause: one linking word, or a short label ending in a colon (a date, a heading)
_RX_NO_CLAUSE_LEAD = re.compile(r"""
    (?i:and|but|yet|so|also|still|however|meanwhile|moreover|now|then|further|furthermore|besides)
    | [^,;:.!?\n]{1,30}:
    """, re.X)


def lead_without_clause(lead: str) -> bool:
    """Whether `lead` (the sentence's words before `according to`, spaces and commas stripped) is no clause.

    >>> lead_without_clause("And"), lead_without_clause("March 20:"), lead_without_clause("Also")
    (True, True, True)
    >>> lead_without_clause("Twelve soldiers died"), lead_without_clause("Andrew")
    (False, False)
    """
    return len(lead) <= 31 and _RX_NO_CLAUSE_LEAD.fullmatch(lead) is not None
