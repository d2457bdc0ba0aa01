"""Named rules for a source another quotes or relays, one family in one module: the person quoted is the speaker,
the outlet only carries the statement.

- `quoted_person` (``quoted_person``): 'Radio Dabanga quoted Maj. Idris Kuku, from the army, saying that ...', '...
  quoted Col. Kuku as saying ...', '... quoted a police source as saying';
- `quoted_relay`: the same pattern widened to a station ('KR radio'), unnamed plural sources ('Tanjug quoted
  unofficial sources in Bucharest as saying') and a time after the source; and 'reported X as saying' relays X
  (``cited_as(speech_only=True)``), 'reported the crowd as numbering 5,000' does not;
- `quoted_as_saying` (``quoted_as_saying``, run by ``attribution._quoted_as_item``): 'It quoted X as saying', 'X
  was quoted (by Y) as saying': the source quoted, or the subject of the passive, is the participle cue's speaker.
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


#: 'quoted|cited X as' before a participle cue: the source quoted (commas only around an appositive)
_RX_QUOTED_SOURCE_AS = re.compile(r"""
    \b(?P<verb>quoted|quotes|quoting)\s+           # ('cited X as V-ing' is the cue 'cited': rule `cited_as_saying`)
    (?P<person>[^\ue000;:"“”]{2,140}?)       # the source quoted ('a young Hungarian whose relatives are doctors')
    \s+as\s*$""", re.X)
#: 'X was quoted (by Y) (on June 24) as' before a participle cue: the subject before the passive is the source
_RX_PASSIVE_QUOTED_AS = re.compile(r"""
    \s(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|later\s+|earlier\s+)?quoted
    (?P<mid>(?:\s+(?:by|on|in|at)\s+[^\ue000;:"“”]{2,100}?)?)\s+as\s*$""", re.X)
#: a relative clause after the source quoted ('a young Hungarian whose relatives ...')
_RX_RELATIVE = re.compile(r",?\s+(?:who|whose|which|that)\s")
#: participle cues a quoted source takes ('as saying', 'as claiming')
QUOTED_AS_FORMS = frozenset(("saying", "claiming", "telling", "stating", "warning", "adding", "confirming",
                             "denying", "describing", "accusing", "calling"))


def quoted_as_saying(head: str) -> tuple[str, int, int, int] | None:
    """Rule `quoted_as_saying`: the words before a participle cue end with 'quoted X as' or 'X was quoted (by Y)
    as': ('source', start, end, where 'quoted' starts) of the source between 'quoted' and 'as' (to a relative
    clause), or ('passive', where the passive starts, the same, the same) when the subject before 'was quoted' is
    the source, else None. The source quoted is the speaker; the outlet only carries the statement
    (docs/annotation.md, wire credits).

    >>> h = "It quoted a young Hungarian whose relatives are doctors as "
    >>> kind, a, b, v = quoted_as_saying(h); kind, h[a:b], h[:v]
    ('source', 'a young Hungarian', 'It ')
    >>> h = "The man also quoted his relatives as "
    >>> kind, a, b, v = quoted_as_saying(h); kind, h[a:b]
    ('source', 'his relatives')
    >>> h = '\ue000\ue000\ue000, one official was quoted as '
    >>> kind, a, b, v = quoted_as_saying(h); kind, h[:a]
    ('passive', '\ue000\ue000\ue000, one official')
    >>> h = "A source in the ministry was quoted on June 24 as "
    >>> kind, a, b, v = quoted_as_saying(h); kind, h[:a]
    ('passive', 'A source in the ministry')

    Not a quotation without 'as' before the cue, nor 'as' of another verb:

    >>> quoted_as_saying("The agency described the raid as "), quoted_as_saying("He quoted the Koran, saying ")
    (None, None)

    'cited X as confirming' is left to the cue 'cited' (rule `cited_as_saying`, quotes.speakers):

    >>> quoted_as_saying("Reuters cited a state official as ")
    """
    if "quot" not in head:
        return None
    passive = _RX_PASSIVE_QUOTED_AS.search(head)
    if passive is not None:
        return "passive", passive.start(), passive.start(), passive.start()
    mt = _RX_QUOTED_SOURCE_AS.search(head)
    if mt is None or mt.group("person").count(",") % 2:
        return None
    rel = _RX_RELATIVE.search(mt.group("person"))     # 'a young Hungarian whose relatives ...': the head is the source
    return "source", mt.start("person"), mt.start("person") + rel.start() if rel else mt.end("person"), mt.start("verb")
