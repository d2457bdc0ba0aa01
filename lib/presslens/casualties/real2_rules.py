"""Named rules for casualty families found on eval/real2's misses (other outlets' copy of the seeds' war and four
other wars): a count introduced by the group it belongs to ('among the victims were N X, including ...') and the
category of `victims` restating an earlier toll; one person by role and body as a harm's subject, and a named
person's death said as a possessive.

Each rule is registered in ``rules.RULES`` (``REAL2_RULES``) or called from ``extract``; the examples in the
docstrings are their tests (doctests); ``tests/test_casualties_real2_families.py`` has more, with sides and
claimants, written in the styles of wars in none of the eval sets.

    >>> [name for name, _, _ in REAL2_RULES]
    ['a count among the victims', 'one person by role and body, harmed', "a named person's death"]
"""
from __future__ import annotations

import re

from .found import Found, free as _free
from .lexicon import Lexicon


#: 'among the victims were', 'among those killed are also': the group, then the counts that belong to it
_RX_AMONG_GROUP = re.compile(r"""
    \b[Aa]mong\s+(?:the|those)\s+
    (?P<what>victims|dead|killed|wounded|injured|casualties)\s+
    (?:are|were|was|is)\s+(?:also\s+)?
""", re.X)
#: after the group's count: its parts ('20 civilians, including one girl, seven women and 12 men')
_RX_PARTS = re.compile(r"\s*,?\s*(?:including|among\s+them|of\s+whom)\s+")
#: the group word's category: `victims` and `casualties` are the killed and the wounded together
GROUP_CATEGORY = {"victims": "casualties", "casualties": "casualties", "dead": "killed", "killed": "killed",
                  "wounded": "wounded", "injured": "wounded"}


def among_the_victims(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """A count introduced by the group it belongs to: 'among the victims were N X' (the count, in the group's
    category: `victims` counts the dead and the wounded together), and the parts listed after it ('including
    A, B and C': one subset each).  ``victims_restated`` then gives `victims` the category of an earlier toll
    of the same count.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Among the victims were 14 civilians, including three boys and two women, the mission said.")
    [('casualties', 14, 14, None, 'civilian'), ('casualties', 3, 3, None, 'civilian'), ('casualties', 2, 2, None, 'civilian')]
    >>> claims_in("Among those killed were 30 rebel fighters, the military said.")
    [('killed', 30, 30, None, 'unknown')]
    >>> claims_in("Among the visitors were 14 diplomats.")
    []
    """
    from .rules import _items  # the counted items grammar of 'counted subsets' (rules imports this module)
    out: list[Found] = []
    for m in _RX_AMONG_GROUP.finditer(norm):
        category = GROUP_CATEGORY[m.group("what").lower()]
        items = _items(norm, m.end(), s_start, lex, category)
        if not items or not _free(found + out, m.start() + s_start, items[-1].end):
            continue
        items[0].start = m.start() + s_start  # 'among the victims were 20 civilians': the group word is the cue
        for f in items:
            f.subset = False
        out += items
        parts = _RX_PARTS.match(norm, items[-1].end - s_start)
        if parts:
            out += [f for f in _items(norm, parts.end(), s_start, lex, category) if _free(found + out, f.start, f.end)]
    return out


# ----------------------------------------------------------------------------------------------------------
# One person: a role as the subject of a harm, a named person's death as a possessive
# ----------------------------------------------------------------------------------------------------------

#: 'The spokesman of the rebel movement was killed', 'A commander of the militia has been wounded', 'one member of
#: the front was killed': one person by role (with the body they belong to) as the subject of a passive harm
_RX_ROLE_SUBJECT = re.compile(r"""
    \b(?P<det>[Tt]he|[Aa]n?|[Oo]ne)\s+(?P<mods>(?:[\w'’-]+\s+){{0,2}}?)(?P<noun>{nouns})
    (?P<group>\s+(?:of|for|from)\s+(?:the\s+)?[^,.;:()]{{1,60}}?)
    \s+(?:was|has\s+been|had\s+been|is)\s+(?:(?:also|reportedly|reported|confirmed|later)\s+)?
    (?P<cue>killed|dead|wounded|injured|captured|abducted|shot\s+dead)\b
""", re.X)
_ROLE_SUBJECT: dict[int, re.Pattern] = {}
_RX_ROLE_CHEAP = re.compile(r"\b(?:was|been|is)\s+(?:(?:also|reportedly|reported|confirmed|later)\s+)?"
                            r"(?:killed|dead|wounded|injured|captured|abducted|shot)\b")
_HARM_CATEGORY = {"killed": "killed", "dead": "killed", "shot dead": "killed", "wounded": "wounded",
                  "injured": "wounded", "captured": "captured", "abducted": "captured"}


def role_subject_harmed(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """One person pointed at by a role and the body they belong to, the subject of a passive harm: one record,
    whose words keep the body (its side).  Without the body ('The commander was killed') it is
    `recall12_rules.one_by_definite_role`'s (a retelling is a record of its own: docs/annotation.md, one record
    per assertion; the dev golds record it in four wars, eval/RECALL_FAMILIES.md "Session 12").

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The spokesman of the Polisario Front was killed in the shelling near Mahbes.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("One member of the Kosovo Liberation Army was wounded in the clash.")
    [('wounded', 1, 1, None, 'unknown')]
    >>> claims_in("The commander was killed.")   # (recall12_rules.one_by_definite_role)
    [('killed', 1, 1, None, 'unknown')]
    """
    if _RX_ROLE_CHEAP.search(norm) is None:   # a cheap test before the long pattern
        return []
    if id(lex) not in _ROLE_SUBJECT:
        nouns = "|".join(sorted(lex.singular | {"member", "official"}, key=len, reverse=True))
        _ROLE_SUBJECT[id(lex)] = re.compile(_RX_ROLE_SUBJECT.pattern.format(nouns=nouns), re.X)
    out: list[Found] = []
    for m in _ROLE_SUBJECT[id(lex)].finditer(norm):
        a, b = m.start("det") + s_start, m.end() + s_start
        mods = m.group("mods").lower().split()
        if any(w in ("of", "and", "to", "who", "in", "on", "at") for w in mods) or not _free(found + out, a, b):
            continue
        group = re.split(r"\s+(?:in|at|near|on|during|from)\s+", m.group("group").lower())[0].split()[1:]  # not its place
        noun = m.group("noun").lower()
        out.append(Found(_HARM_CATEGORY[re.sub(r"\s+", " ", m.group("cue"))], 1, 1, None, a, b,
                         [*mods, noun, *[" ".join(group[k:]) for k in range(len(group))]], noun))
    return out


#: "Dashti's death", "Kovac’s killing": a named person's death as a possessive (not 'the army's killing of')
_RX_POSSESSIVE_DEATH = re.compile(r"""
    (?<![Tt]he\s)(?<![\w'’-])(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,3})['’]s\s+
    (?:(?:reported|confirmed|sudden|tragic)\s+)?(?P<noun>death|killing|assassination|murder)\b
    (?!\s+(?:of|toll|tolls|squads?|rate|sentence|penalty|threats?)\b)
""", re.X)


def possessive_death(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """A named person's death said as a possessive ('Reports about Kovac's death appeared on ...', 'Lukic's
    assassination was confirmed'): one killed; not an agent's killing of others ('Serbia's killing of ...') nor a
    toll ('Chechnya's death toll').

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("News of Dragan Kovac's death reached Tuzla on Monday.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("Grozny's death toll rose again.")
    []
    """
    out: list[Found] = []
    for m in _RX_POSSESSIVE_DEATH.finditer(norm):
        a, b = m.start() + s_start, m.end() + s_start
        if _free(found + out, a, b):
            out.append(Found("killed", 1, 1, None, a, b, [w.lower() for w in m.group("name").split()], None,
                             named=True))
    return out


_RX_VICTIMS = re.compile(r"\bvictims\b", re.I)


def victims_restated(records: list[dict]) -> None:
    """`victims` counted with the same number as an earlier toll of one harm take its category: after '20
    civilians were killed, 93 injured', 'among the victims were 20 civilians' counts the killed (and so do its
    parts); without such a toll, `victims` stays `casualties` (the killed and the wounded together).

    >>> recs = [{"category": "killed", "low": 20, "high": None, "text": "20 civilians were killed", "_sent": 0,
    ...          "_subset": False},
    ...         {"category": "casualties", "low": 20, "high": 20, "text": "among the victims were 20 civilians",
    ...          "_sent": 2, "_subset": False},
    ...         {"category": "casualties", "low": 7, "high": 7, "text": "seven women", "_sent": 2, "_subset": True}]
    >>> victims_restated(recs)
    >>> [r["category"] for r in recs]
    ['killed', 'killed', 'killed']
    """
    for k, rec in enumerate(records):
        if rec["category"] != "casualties" or rec["_subset"] or not rec["low"] or not _RX_VICTIMS.search(rec["text"]):
            continue
        toll = next((r for r in [*records[:k], *records[k + 1:]]  # an earlier toll, else a later one (a standfirst)
                     if r["category"] in ("killed", "wounded") and r["low"] == rec["low"] and not r["_subset"]), None)
        if toll is None:
            continue
        rec["category"] = toll["category"]
        for part in records[k + 1:]:
            if part["_sent"] != rec["_sent"] or not part["_subset"] or part["category"] != "casualties":
                break
            part["category"] = toll["category"]


#: (name, gate, find) of each rule, in the order they run (``rules.RULES`` makes them ``Rule`` records)
REAL2_RULES: tuple[tuple, ...] = (
    ("a count among the victims", (frozenset({"among"}),
                                   frozenset({"victims", "dead", "killed", "wounded", "injured", "casualties"})),
     among_the_victims),
    ("one person by role and body, harmed", (frozenset({"killed", "dead", "wounded", "injured", "captured",
                                                         "abducted"}), frozenset({"was", "been", "is"}),
                                             frozenset({"of", "for", "from"})),
     role_subject_harmed),
    ("a named person's death", (frozenset({"death", "killing", "assassination", "murder"}),), possessive_death),
)
