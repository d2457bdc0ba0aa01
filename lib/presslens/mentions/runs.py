"""Named rules for a capitalised run that holds more than a person's name: a sentence-opening determiner
('One Serb shell', 'A Reuters witness') and a body named before the person ('the Polisario Front Emhamed
Khadad', "Balkan Insight's Jan Novak"): the person is the run's tail, the determiner no part of a name.
"""
from __future__ import annotations

from ..actors import fold
from .lexicon import ORG_WORDS, ROLE_WORDS, TITLES

#: words that open a sentence before a capitalised word without being part of a name
_DETERMINER_WORDS = frozenset("a an one another each every some several two three four five six seven eight nine ten".split())
#: capitalised words of bodies that ORG_WORDS does not list but that never end a body before a person
_BODY_TAIL = frozenset("""nations journal times post daily herald tribune insight monitor watch relations affairs service
    services state region republic authority authorities administration directorate command guard corps assembly
    parliament court bureau centre center mission observatory foundation unit battalion brigade division regiment
    society alliance coalition""".split())


def without_lead_determiner(toks: list[str]) -> list[str]:
    """Rule `determiner_led_run`: a run opened by a determiner at a sentence's start ('One Serb shell ...',
    'A Reuters witness said') is no name with the determiner; the determiner goes.

    >>> without_lead_determiner(["One", "Serb"]), without_lead_determiner(["A", "Reuters"])
    (['Serb'], ['Reuters'])
    >>> without_lead_determiner(["Ana", "Ruiz"])
    ['Ana', 'Ruiz']
    """
    if len(toks) > 1 and fold(toks[0]) in _DETERMINER_WORDS and toks[0][:1].isupper():
        return toks[1:]
    return toks


def person_after_body(toks: list[str]) -> list[str]:
    """Rule `person_after_body`: a body's name of two or more words (or a possessive) run together with the
    person's name after it ('the Polisario Front Emhamed Khadad tweeted', "Balkan Insight's Jan Novak",
    "envoy to the United Nations Mary Kerr"): the person is the two or three words after the body.

    >>> person_after_body("Polisario Front Emhamed Khadad".split())
    ['Emhamed', 'Khadad']
    >>> person_after_body("Balkan Insight's Jan Novak".split()), person_after_body("United Nations Mary Kerr".split())
    (['Jan', 'Novak'], ['Mary', 'Kerr'])
    >>> person_after_body("Front Line Defenders".split()), person_after_body("Kurdistan Regional Government".split())
    (['Front', 'Line', 'Defenders'], ['Kurdistan', 'Regional', 'Government'])
    >>> person_after_body("Ruvian Army Lt. Gen. Ana J. Vidal".split())
    ['Ana', 'J.', 'Vidal']
    >>> " ".join(person_after_body("Directorate of Army Public Relations".split()))
    'Directorate of Army Public Relations'
    >>> " ".join(person_after_body("Kosovo's State Emergency Service".split()))
    "Kosovo's State Emergency Service"
    """
    if len(toks) < 4 or not all(t[:1].isupper() for t in toks):
        return toks     # 'Directorate of Army Public Relations': a connector binds one body's name
    cut = None
    for i, t in enumerate(toks[:-2]):
        f = fold(t)
        if t.endswith(("'s", "’s")) or (i >= 1 and (f in ORG_WORDS or f in _BODY_TAIL)):
            cut = i + 1
    ranks = 0
    while cut is not None and cut + ranks < len(toks) - 1 and toks[cut + ranks].endswith(".") \
            and fold(toks[cut + ranks]).strip(".") in TITLES:
        ranks += 1      # rule `body_rank_name`: 'Ruvian Army Lt. Gen. Ana Vidal' -> the name after the ranks
    if cut is None or not (2 <= len(toks) - cut <= 3 or (ranks and 2 <= len(toks) - cut - ranks <= 3)):
        return toks
    tail = toks[cut + ranks:]
    if any(not t[:1].isupper() or (t.isupper() and not _INITIAL(t)) or fold(t) in ORG_WORDS or fold(t) in _BODY_TAIL
           or fold(t).strip(".") in TITLES or fold(t) in ROLE_WORDS for t in tail):
        return toks
    return tail


def _INITIAL(t: str) -> bool:
    """An initial of a personal name: 'J.'"""
    return len(t) == 2 and t[1] == "."


#: the days of the week: a time adjunct written right after a subject ('Chief Minister X Y Wednesday visited')
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def without_trailing_weekday(toks: list[str]) -> list[str]:
    """Rule `weekday_after_name`: a run whose last word is a day of the week after a name of two words or more
    ('Governor Ana Ruiz Wednesday visited the site') holds the sentence's time adjunct, no part of the name; after a
    lower-case connective ('News of Thursday') the weekday is the name's own word.

    >>> without_trailing_weekday("Ana Ruiz Wednesday".split()), without_trailing_weekday("Kessa Front Sunday".split())
    (['Ana', 'Ruiz'], ['Kessa', 'Front'])
    >>> without_trailing_weekday("Bloody Sunday".split()), without_trailing_weekday("News of Thursday".split())
    (['Bloody', 'Sunday'], ['News', 'of', 'Thursday'])
    """
    if len(toks) > 2 and fold(toks[-1]) in _WEEKDAYS and toks[-2][:1].isupper():
        return toks[:-1]
    return toks
