"""Named rule for an outlet that quotes a person: 'Radio Dabanga quoted Maj. Idris Kuku, from the army,
saying that ...' and '... quoted Col. Kuku as saying ...' (or an unnamed source: '... quoted a police source as
saying'): the person quoted is the speaker, the outlet only carries the statement.
"""
from __future__ import annotations

import re

#: between the outlet and its 'saying' cue: 'quoted' and the person with an optional appositive
_RX_QUOTED_PERSON = re.compile(r"""
    (?:\s+(?:news\s+)?(?:agency|website|site|daily|newspaper|channel|radio|television))?   # 'The X news agency'
    (?:\s*,[^,;"“”]{2,80},)?                                   # the outlet's appositive ('a news site run by X')
    (?:\s*,?\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})?     # the outlet's name after its noun or a fronted time
                                                               # ('news agency Tanjug', 'Late Tuesday, Tanjug')
    \s+(?:quoted|cited)\s+                                     # the outlet's verb
    (?P<person>(?:[a-z\-]+\s+){0,3}?[A-Z][\w.’'\-]*(?:\s+(?:[A-Z][\w.’'\-]*|al-[A-Z][\w’'\-]*|bin|ibn|de|do|da|van|von)){0,5}  # the person
        (?:\s+(?:radio|television|news\s+agency|agency|newspaper|daily|website))?  # or a station ('KR radio': rule `quoted_relay`)
       |(?:an?|one|two|three|several)\s+(?:[\w\-]+\s+){0,3}?                  # or an unnamed source (rule
        (?:source|sources|official|officials|officer|officers|commander|witness|witnesses|resident|residents) # `quoted_unnamed_source`)
       |(?:(?:the|his|her|their)\s+)?(?:(?!as\b)(?:[a-z\-]+|[A-Z][a-z\-]+)\s+){0,2}?  # or sources with no article (rule
        (?:sources|officials|officers|witnesses|residents|relatives|doctors|diplomats|survivors|refugees)   # `quoted_relay`:
        (?:\s+(?:in|at|from)\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})?)    # 'unofficial sources in Bucharest')
    (?:\s*,[^,;"“”]{2,80},)?                                   # an appositive ('from the Iraqi army')
    (?:\s+(?:earlier|later)\s+(?:in|on|this)\s+(?:the\s+)?(?:week|day|month|[A-Z][a-z]+day)      # a time of its own
       |\s+on\s+[A-Z][a-z]+day|\s+(?:yesterday|today|earlier|later))?                         # (rule `quoted_relay`)
    \s+(?:as\s+)?$                                             # 'as' before 'saying'
    """, re.X)


def quoted_person(text: str, sp_end: int, cue_start: int) -> tuple[str, int, int] | None:
    """The person an outlet quoted, between the outlet's phrase (ending at `sp_end`) and a 'saying' cue at
    `cue_start`: (phrase, start, end), else None.

    >>> t = "Radio Dabanga quoted Maj. Idris Kuku, from the Sudanese army, saying that clashes broke out."
    >>> quoted_person(t, 13, t.index("saying"))
    ('Maj. Idris Kuku', 21, 36)
    >>> t3 = "Radio Lima quoted a senior police source as saying that 14 guerrillas were killed."
    >>> quoted_person(t3, 10, t3.index("saying"))
    ('a senior police source', 18, 40)
    >>> t4 = "Kantor, a news site run by the guards, quoted provincial police chief Gen. Ali Rasa as saying"
    >>> quoted_person(t4, 6, t4.index("saying"))
    ('provincial police chief Gen. Ali Rasa', 46, 83)
    >>> t5 = "Tanjug quoted unofficial sources in Bucharest as saying"      # rule `quoted_relay`
    >>> quoted_person(t5, 6, t5.index("saying"))[0]
    'unofficial sources in Bucharest'
    >>> t7 = "Late Tuesday, Tanjug quoted unidentified witnesses as saying"
    >>> quoted_person(t7, 12, t7.index("saying"))[0]
    'unidentified witnesses'
    >>> t6 = "AFP quoted KR radio earlier in the week as saying"
    >>> quoted_person(t6, 3, t6.index("saying"))[0]
    'KR radio'
    >>> t2 = "Radio Dabanga quoted the army saying"
    >>> quoted_person(t2, 13, t2.index("saying")) is None
    True
    """
    if cue_start <= sp_end or cue_start - sp_end > 160:
        return None
    mt = _RX_QUOTED_PERSON.match(text, sp_end, cue_start)
    if mt is None or mt.end() != cue_start:
        return None
    return mt.group("person"), mt.start("person"), mt.end("person")


#: the content of 'X cited/quoted Y as confirming ...': the source, 'as', a participle
_RX_CITED_AS = re.compile(r"""
    (?P<person>(?:(?:an?|the|one|two|three|several)\s+)?(?:[\w.’'\-]+\s+){0,5}?[\w.’'\-]+)   # the source quoted
    \s+as\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+ing)\s+(?:that\s+)?(?=\S)                      # 'as (firmly) confirming'
    """, re.X)


#: what a source is reported as doing when 'reported' relays it ('reported the governor as saying'); 'reported the
#: crowd as numbering 5,000' is no statement of the crowd's
_SPEECH_ING = frozenset(("saying", "stating", "claiming", "confirming", "denying", "telling", "announcing", "warning",
                         "admitting", "insisting", "describing", "accusing"))


def cited_as(content: str, *, speech_only: bool = False) -> tuple[int, int, int] | None:
    """Rule `cited_as_saying`: the content of 'Reuters cited a state official as confirming the photos' starts
    with the source cited and 'as' + a participle: (source start, source end, where the statement starts) in
    `content`, else None. The source speaks; the outlet only carries the statement.

    >>> c = "a state official as confirming the authenticity of the photos"
    >>> a, b, s = cited_as(c); c[a:b], c[s:]
    ('a state official', 'the authenticity of the photos')
    >>> cited_as("the figures as a sign of progress") is None
    True
    >>> cited_as("the crowd as numbering 5,000", speech_only=True) is None     # after 'reported'
    True
    """
    mt = _RX_CITED_AS.match(content)
    if mt is None or mt.group("verb") in ("being", "having") or "," in mt.group("person"):
        return None
    if speech_only and mt.group("verb") not in _SPEECH_ING:
        return None     # rule `quoted_relay`: after 'reported', 'as saying' and not 'as numbering'
    return mt.start("person"), mt.end("person"), mt.end()
