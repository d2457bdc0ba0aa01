"""Found: one casualty quantity found in a sentence, before its claimant and sides are resolved."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Found:
    category: str
    low: int | None
    high: int | None
    vague: str | None
    start: int
    end: int
    np_words: list[str]
    head: str | None
    subset: bool = False
    named: bool = False
    victim_hint: str | None = None
    partitive: bool = False           # "seven of the wounded", "About 170 of the dead"
    agent_end: int | None = None      # start of an active verb before the count ("the JDF captured 11 soldiers")
    toll: bool = False                # "the toll rose to 11"
    loser_end: int | None = None      # start of 'lost' before the count ("Drevlia had lost 1,240 troops")
    own_end: int | None = None        # a listed count's own words end: 'Two soldiers' of 'Two soldiers and four
    # NPA fighters were killed' (its side is read from these, not from the next item's)
    rule: str = ""                    # the rule or grammar path that found it (column `found_by`; presslens.provenance)


def free(found: list[Found], a: int, b: int) -> bool:
    """No claim found yet overlaps [a, b) (the rules' test before adding a claim)."""
    return not any(f.start < b and a < f.end for f in found)
