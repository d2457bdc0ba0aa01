"""Rule `counted_harm_events`: a harm counted as events, one person each (`More than fifty murders`, `72 arrests`).

English counts a harm by its events as well as by its victims: `the operation resulted in three arrests`, `police have
made more than five arrests`, `More than fifty murders are attributed to him ... as well as more than a dozen
kidnappings`, `Soviets blame 13 killings in Vilnius on Lithuanians`. Each arrest, kidnapping, murder or killing befalls
one person, so the count of events is the count of victims, in the event's category. The plural event nouns stand in
the lexicon's `nouns` (data/lexicons/casualties.yaml: killed `murders, killings, executions, assassinations`, captured
`arrests, detentions, abductions, kidnappings`), read by the quantity grammar as `deaths` is; `found_by`
`counted_harm_events` (`events_counted`). This module holds the rule's name and its two limits, asked in
`claims._not_a_count`: a number before a harm noun that counts no events.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Police said they had made 40 arrests in the port.")
    [('captured', 40, 40, None, 'unknown')]
    >>> claims_in("Villagers returned for the first time since the 1996 killings.")
    []
"""
from __future__ import annotations

from .lexicon import Lexicon
from .numbers import Qty, Tok


#: the plural event nouns of the lexicon's `nouns` (each event one person)
EVENT_NOUNS = frozenset(["murders", "killings", "executions", "assassinations", "arrests", "detentions", "abductions",
                         "kidnappings"])


def events_counted(toks: list[Tok], qe: int) -> str:
    """The rule's name for a count whose noun is an event of harm ('72 arrests'), else '' (the grammar's path).

    >>> from presslens.casualties.numbers import _tokens
    >>> events_counted(_tokens("72 arrests"), 1), events_counted(_tokens("72 deaths"), 1)
    ('counted_harm_events', '')
    """
    return "counted_harm_events" if qe < len(toks) and toks[qe].low in EVENT_NOUNS else ""


def no_count_of_events(toks: list[Tok], q: Qty, qi: int, qe: int, lex: Lexicon) -> bool:
    """A number right before a harm noun that counts no harm: a year after `the` names the events by their date
    (`since the 1986 killings`, `the 1994 deaths`), and a count after `or` and a harm noun is the other half of an
    alternative, no report (`One killing or two killings doesn't solve the problem`).

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> from presslens.casualties.numbers import _tokens, find_quantities
    >>> lex = load_lexicon()
    >>> def refused(s):
    ...     toks, q = _tokens(s), find_quantities(s, lex)[-1]
    ...     qi = next(i for i, t in enumerate(toks) if t.start == q.start)
    ...     qe = next(i for i, t in enumerate(toks) if t.start >= q.end)
    ...     return no_count_of_events(toks, q, qi, qe, lex)
    >>> refused("after the 1921 executions"), refused("one arrest or two arrests"), refused("made 1921 arrests")
    (True, True, False)
    """
    if qe >= len(toks) or qi < 2 or toks[qe].low not in lex.nouns:
        return False
    before = toks[qi - 1].low
    if before == "the":
        return q.bare_number == -1
    return before == "or" and (toks[qi - 2].low in lex.nouns or toks[qi - 2].low in lex.noun_of)
