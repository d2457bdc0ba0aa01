"""Rule `prisoners_of_the_captor` (docs/rules.md, "Session 18: victim sides"): prisoners a side is said to have taken
are its foe's men.

A war report tells what one side took ('The ruling Taleban army captured a key northern city ..., seizing 80
prisoners', 'The Spanish Government claims to have captured Buitrago, ..., taking 1500 prisoners', 'the Finns
claimed to have taken 1,000 prisoners', 'Leftist Salvadorean guerrillas captured a center and took hundreds of
prisoners'): the count's own words ('prisoners') name no side, and the agent is the subject of the last verb of taking
before the count that has one (a participle's or a coordinated verb's is the verb's before it), not the words right
before the count, so `agent_foe` (which reads the agent the claim finder marks) stands aside. Asked in
``victims._victim`` after the grammar and before the victims' role, only for captives (`prisoners`, `captives`,
`POWs`: never `hostages`, `people`, `men` or `foreigners`, whom armed groups seize from no warring side) told after a
verb of taking in the active voice, and only where the subject is one of two sides at war (the registry's
`opposite`).
"""
from __future__ import annotations

import re

from .lexicon import _AUX
from .sides_generic import claimant_foe

#: the count's head words: prisoners of war, not hostages (`hostages`, `people`: civilians seized, gold `unknown`)
_CAPTIVE_HEADS = frozenset(["prisoners", "prisoner", "captives", "pows", "prisoners of war"])
#: the gate: a stem of a verb of taking must stand in the sentence (an exact necessary test of `_RX_TAKING`)
_GATE = ("took", "tak", "seiz", "captur")
#: a verb of taking in the active voice, with the cue before it that makes its subject the captor ('claims to have')
_RX_TAKING = re.compile(r"""
    (?:\b(?:claim(?:s|ed)?|said|says|reported)\s+(?:to\s+)?)?   # 'the Finns claimed to have taken'
    (?:\b(?:has|have|had)\s+)?                                   # 'had taken'
    \b(?:took|taken|taking|seized|seizing|(?:re)?captured|(?:re)?capturing)\b
    """, re.X)
#: the verb right before the count: 'seizing 80', 'taking 1500', 'took hundreds of', 'have taken about 1,000'
_RX_TAKEN_COUNT = re.compile(r"\b(?:took|taken|taking|seized|seizing|(?:re)?captured|(?:re)?capturing)\s+"
                             r"(?:[\w,.'-]+\s+){0,3}[\w,.'-]+\s*$")
#: where a verb's subject clause starts: after a comma, a reporting verb or a conjunction
_RX_CLAUSE_CUT = re.compile(r"[,;:]|\b(?:said|says|that|and|but|when|while|after|as)\b")
#: the subject ends at a passive auxiliary: 'prisoners were taken', 'was captured' are no captor's active verb
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+$")


def _captor(sent_low: str, end: int, sw, lex) -> str | None:
    """The side of the subject of the last active verb of taking before `end` that has one, else None.

    A verb's subject is the last clause before it (cut at a comma, 'said', 'that', 'and', 'but'), its last three
    words without auxiliaries ('the ruling taleban army', 'the finns'); a participle or a coordinated verb has none
    of its own ('..., seizing 80 prisoners', '... and took hundreds of prisoners'): the verb before it gives it. A
    rebel head after the state's adjective ('Leftist Salvadorean guerrillas') is the rebels, not the state."""
    for m in reversed(list(_RX_TAKING.finditer(sent_low, 0, end))):
        before = sent_low[:m.start()]
        if _PASSIVE.search(before):
            return None  # '2,000 were captured': no captor's active verb
        clause = _RX_CLAUSE_CUT.split(before)[-1]
        words = [w for w in re.findall(r"[\w'’-]+", clause) if w not in _AUX]
        if not words:
            continue
        if any(w in ("by", "of", "from", "with", "against") for w in words[-3:]):
            return None  # 'a unit of the army', 'fighting with the rebels': not a subject
        side = sw.side_of_words(words[-3:])
        if side is not None and side == sw.state and sw.nonstate and lex.roles.get(words[-1]) == "nonstate":
            return sw.nonstate
        return side
    return None


def prisoners_of_the_captor(c) -> tuple[str, str] | None:
    """Rule `prisoners_of_the_captor`: captives with no side of their own ('seizing 80 prisoners', 'taking 1500
    prisoners') after an active verb of taking whose subject is one of two warring sides are the other side's.
    `c`: the victims module's claim view.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("tarvia-morland", {"sides": {"tarvia": "the Tarvian state: army, ministries",
    ...     "morland": "the Morlandian state: army, ministries"}, "countries": {"tarvia": ["Tarvia"],
    ...     "morland": ["Morland"]}, "articles": ["example.txt"],
    ...     "keywords": {"tarvia": ["Tarvian", "Tarvians"], "morland": ["Morlandian", "Morlandians"]}})])
    >>> claims_in("The Tarvian army captured the fortress at dawn, taking 300 prisoners.", reg)
    [('captured', 300, 300, None, 'morland')]
    >>> claims_in("More than 300 prisoners were taken by the Tarvian army.", reg)[0][-1]
    'unknown'
    """
    f = c.f
    if f.category != "captured" or f.head not in _CAPTIVE_HEADS or c.role is not None or \
            not any(g in c.sent_low for g in _GATE):
        return None
    at = c.sent_low.find(c.claim_low) if c.claim_low else -1
    if at < 0:
        return None
    count_words = c.claim_low.split(" prisoner")[0].split(" captive")[0].split(" pow")[0]
    if not _RX_TAKEN_COUNT.search(c.sent_low[max(0, at - 40):at] + count_words):
        return None  # 'freed 40 prisoners', 'held 40 prisoners', '40 prisoners were taken'
    captor = _captor(c.sent_low, at + len(count_words), c.sw, c.lex)
    if captor not in c.sw.opposite:
        return None
    return c.sw.opposite[captor], "fighters" if c.vtype == "unknown" else c.vtype


#: the categories of men taken: a side's report of those captured or surrendered to it
_TAKEN_CATEGORIES = ("captured", "surrendered")
#: a count after a definite article names a group the story already knows, not a count reported here
_RX_DEFINITE = re.compile(r"\bthe\s+$")
_RX_BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?([\w'’-]+(?:\s+[\w'’-]+)?)")


def prisoners_of_the_reporter(c) -> tuple[str, str] | None:
    """Rule `prisoners_of_the_reporter`: men a warring side reports taken or surrendered, whose own words name no
    one ('Lord Tarn's weekly report states that ... 139 taken prisoners, and 185 surrendered', 'the army said 40 were
    captured'), are the reporter's foe's: a side counts the prisoners it took, and names its own men taken
    ('40 of our men were captured'). Asked last, after every rule that reads the victims' words, the sentence's
    own counts and the story; not where the sentence gives the taking to the foe (an active verb of taking whose
    subject is another side, or 'by' the foe), nor for people, hostages or a named man.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("tarvia", {"sides": {"crown": "the Tarvian crown and its columns",
    ...     "hill": "the hill clans' rebels"}, "government_side": "crown", "rebel_side": "hill",
    ...     "articles": ["example.txt"], "keywords": {"crown": ["Tarvian"], "hill": ["clansmen"]},
    ...     "actors": [{"name": "General Orme", "side": "crown", "kind": "person"}]})])
    >>> claims_in("General Orme reports 60 captured and 25 surrendered during the week.", reg)
    [('captured', 60, 60, None, 'hill'), ('surrendered', 25, 25, None, 'hill')]
    >>> claims_in("General Orme reports that 60 were captured by the clansmen.", reg)
    [('captured', 60, 60, None, 'unknown')]
    >>> claims_in("General Orme said talks on the release of the 60 captives went on.", reg)
    [('captured', 60, 60, None, 'unknown')]
    """
    f, sw = c.f, c.sw
    if f.category not in _TAKEN_CATEGORIES or f.named or c.role is not None or \
            (f.head is not None and f.head not in _CAPTIVE_HEADS) or c.claimant_side not in sw.opposite:
        return None
    at = c.sent_low.find(c.claim_low) if c.claim_low else -1
    if at < 0 or _RX_DEFINITE.search(c.sent_low, 0, at):
        return None  # 'the release of the 64 captives', 'among the four who surrendered': a group already known
    end = at + len(c.claim_low)
    captor = _captor(c.sent_low, end, sw, c.lex) if any(g in c.sent_low for g in _GATE) else None
    agent = _RX_BY_AGENT.search(c.sent_low, end) if " by " in c.sent_low[end:] else None
    if captor not in (None, c.claimant_side) or \
            agent and sw.side_of_words(agent.group(1).split()) not in (None, c.claimant_side):
        return None  # 'the rebels captured 20, the army said', '20 were captured by the rebels'
    return claimant_foe(sw, c.claimant_side, f.end, c.words), "fighters" if c.vtype == "unknown" else c.vtype
