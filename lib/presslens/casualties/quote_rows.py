"""Quote rows that carry a claim: rows that cannot (appeals, a cue's adverbial, 'claimed the lives of'), a row
whose speaker is the claim's own victims, and a row's speaker without words that are not its name."""
from __future__ import annotations

import re
from collections.abc import Mapping

from .found import Found
from .source_phrase import _CAP_TITLE, _LEAD_NOISE


def _strip_speaker_noise(who: str) -> str:
    """A quote table's speaker without words that are not its name ('Its spokesman', 'the nom de guerre', a
    capitalised title); unnamed role phrases ('a spokeswoman for X') are kept whole."""
    if not who or (re.match(r"^(?:[Aa]n?|[Tt]he)\s", who) and not re.match(r"^the\s+nom\s+de\s+guerre\s", who, re.I)):
        return who
    return _CAP_TITLE.sub("", _LEAD_NOISE.sub("", who)) or who


#: cues whose content is an appeal or a question, not an assertion of fact: a figure inside it is not claimed
_APPEAL_CUES = re.compile(r"^(?:begged|begs|beg|urged|urges|urge|asked|asks|appealed|appeals|called on|calls on|"
                          r"implored|pleaded|pleads|demanded|demands|vowed|vows|pledged|pledges|wondered)\b", re.I)
#: a quote 'text' that opens with a subordinator is the cue's adverbial ("wrote on X after Monday's raids ...")
_ADVERBIAL = re.compile(r"^\W*(?:after|before|when|while|during|in which)\b", re.I)


def _speaker_inside(q: Mapping, f: Found, text: str = "") -> bool:
    """True when the quote row's speaker is the claim's own victims: its span lies inside the claim, or its name
    is the claim's subject ('A 64-year-old man was killed ..., he wrote' -> speaker 'a 64-year-old man')."""
    ss, se = q.get("speaker_start"), q.get("speaker_end")
    if ss is not None and se is not None and f.start <= ss and se <= f.end:
        return True
    name = (q.get("speaker") or "").strip().lower()
    return bool(name) and name[:2] in ("a ", "an") and text[f.start:f.end].lower().startswith(name)


def _usable_quote(q: Mapping, text: str = "") -> bool:
    """False for quote rows that cannot carry a claim: appeals, and 'quotes' that are the cue's adverbial (rule
    `quoted_subordinate_opening`: not a quotation opening on one, '"After the firefight, ..." a statement said')."""
    return not (_APPEAL_CUES.match(str(q.get("cue") or "")) or
                (_ADVERBIAL.match(str(q.get("text") or "")) and not _opens_quotation(q, text))
                or harm_not_claim(q))


#: the marks that open a quotation
_QUOTE_MARKS = frozenset("\"“‘'«„")


def _opens_quotation(q: Mapping, text: str) -> bool:
    """Whether the quote row's words open right after a quotation mark (a direct quotation, not a cue's clause).

    >>> t = 'It said, "After the raid, two men were killed."'
    >>> _opens_quotation({"start": t.index("After")}, t), _opens_quotation({"start": 3}, t)
    (True, False)
    """
    at = q.get("start")
    if at is None or not text:
        return False
    k = at
    while k > 0 and text[k - 1] == " ":
        k -= 1
    return k > 0 and text[k - 1] in _QUOTE_MARKS


#: rule `adverbial_then_content`: after the cue's adverbial, the content it reports: a `that` whose clause opens on
#: its subject (a determiner, a number, a name: not a relative `that killed`), or the comma that closes a `when ...`
#: clause before a main clause opening on its subject (not `, in which`, `, where`: a relative of the adverbial)
_CONTENT_AFTER = re.compile(r"""
    \bthat\s+(?=(?:the|a|an|at\s+least|some|many|several|more|about|nearly|his|her|its|their|he|she|it|they|we
                  |one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands
                  |[A-Z][\w'’-]*|\d[\d,]*)\b)            # 'on ABC that the US killed', 'the hospital that five died'
  | ,\s+(?=(?:the|a|an|[A-Z][\w'’-]*)\s)                  # 'when the patrol reached X, the rebels fired'
""", re.X)


def adverbial_then_content(q: Mapping, f: Found, text: str) -> bool:
    """Rule `adverbial_then_content`: a quote row that opens on the cue's adverbial (`_usable_quote` drops it) still
    carries its speaker's claim when the claim stands after the adverbial, in the content it introduces.

    >>> from types import SimpleNamespace as At
    >>> t = "Mr Orr said during a visit to the camp on Monday that the raiders killed 40 villagers."
    >>> q = {"start": t.index("during"), "end": len(t) - 1, "text": t[t.index("during"):-1]}
    >>> adverbial_then_content(q, At(start=t.index("killed"), end=t.index(" villagers")), t)
    True
    >>> t = "It said when the patrol reached the ford, the rebels opened fire, leaving two soldiers injured."
    >>> q = {"start": t.index("when"), "end": len(t) - 1, "text": t[t.index("when"):-1]}
    >>> adverbial_then_content(q, At(start=t.index("two"), end=t.index(" injured")), t)
    True

    Not a relative clause of the adverbial, nor a row dropped for another reason:

    >>> t = "The governor wrote on the radio after Monday's raids, in which 23 men were detained."
    >>> q = {"start": t.index("after"), "end": len(t) - 1, "text": t[t.index("after"):-1]}
    >>> adverbial_then_content(q, At(start=t.index("23"), end=t.index(" were")), t)
    False
    >>> t = "She wrote after the raids that killed 12 men."
    >>> q = {"start": t.index("after"), "end": len(t) - 1, "text": t[t.index("after"):-1]}
    >>> adverbial_then_content(q, At(start=t.index("12"), end=t.index(" men")), t)
    False
    """
    if not _ADVERBIAL.match(str(q.get("text") or "")) or _APPEAL_CUES.match(str(q.get("cue") or "")) or \
            harm_not_claim(q):
        return False
    start = q.get("start")
    m = _CONTENT_AFTER.search(text, start, max(f.end, f.start + 30)) if start is not None else None
    return m is not None and m.start() < f.start   # (the lookahead reads the claim's first word: to its end)


#: rule `harm_not_claim`: 'the campaign has claimed the lives of 8,500': `claimed` is the harm, not a speech cue
_LIVES_CONTENT = re.compile(r"^\s*(?:the\s+)?(?:[\w'’,.-]+\s+){0,3}?lives\b", re.I)


def harm_not_claim(q: Mapping) -> bool:
    """A quote row whose cue is `claim` and whose content is 'the lives of N': the harm verb, not a claim.

    >>> harm_not_claim({"cue": "claimed", "text": "the lives of more than 900 people"})
    True
    >>> harm_not_claim({"cue": "claimed", "text": "900 people had been killed"})
    False
    """
    return str(q.get("cue") or "").lower().startswith("claim") and _LIVES_CONTENT.match(str(q.get("text") or "")) \
        is not None



#: rule `document_author`: 'the tweet says' after a sentence naming the account it came from
_ACCOUNT = re.compile(r"\b(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:Twitter|Telegram|Facebook|X|Instagram|YouTube)\s+"
                      r"(?:account|channel|page|feed)\b")
_POSTED_DOC = re.compile(r"^(?:the|a|an|its|their|this)?\s*(?:tweet|post|message|video)$", re.I)


#: cues that judge an event rather than report it: 'condemned', 'blamed ... for', 'denounced', 'mourned'
_JUDGING_CUES = re.compile(r"^(?:condemn|blam|denounc|deplor|mourn|lament|criticis|criticiz|decr)", re.I)
#: a relative clause the claim stands in: '..., which resulted in 298 deaths', 'the attacks in which N were killed'
_RELATIVE_OPENER = r"\b(?:that|which|in\s+which|during\s+which|where)\s+"
_RELATIVE_BEFORE = re.compile(_RELATIVE_OPENER + r"(?:[\w'’-]+\s+){0,4}$")
_RELATIVE_IN = re.compile(r"^(?:[\w'’-]+\s+){1,4}(?:that|which)\s")
#: a counted subset after its parent count ('... that killed 12 people, including '): the subset is told in the
#: parent's voice, so the relative clause is looked for before the parent
_SUBSET_TAIL = re.compile(r",?\s*(?:including|among\s+them|among\s+whom|of\s+whom)\s+$")
_RELATIVE_PARENT = re.compile(_RELATIVE_OPENER + r"(?:[\w'’-]+\s+){0,5}[\w'’-]+$")


def presupposed_toll(q: Mapping, f: Found, text: str) -> bool:
    """Rule `presupposed_toll`: a toll inside a relative clause of what a speaker condemns or blames is told in the
    article's voice, not claimed by the speaker.

    >>> from types import SimpleNamespace as At
    >>> t = "The mayor condemned the bombing that killed 12 people in Omagh."
    >>> presupposed_toll({"cue": "condemned", "start": 20}, At(start=t.index("12"), end=t.index(" in Omagh")), t)
    True
    >>> t = "The mayor condemned the bombing and said 12 people were killed."
    >>> presupposed_toll({"cue": "condemned", "start": 20}, At(start=t.index("12"), end=len(t) - 1), t)
    False

    A counted subset of such a toll is in the same voice:

    >>> t = "The mayor condemned the bombing that killed 12 people, including three children, in Omagh."
    >>> presupposed_toll({"cue": "condemned", "start": 20}, At(start=t.index("three"), end=t.index(" children")), t)
    True
    """
    if not _JUDGING_CUES.match(str(q.get("cue") or "")):
        return False
    before = text[max(q.get("start") or 0, f.start - 80):f.start]
    if _RELATIVE_BEFORE.search(before) or _RELATIVE_IN.match(text[f.start:f.end]):
        return True
    subset = _SUBSET_TAIL.search(before)
    return subset is not None and _RELATIVE_PARENT.search(before, 0, subset.start()) is not None


#: rule `voice_within_quote`: a source named inside the quoted words before the claim ('"The doctors said that ...',
#: the document said'; 'the NPA claims that they killed six soldiers,' the general said)
_INNER_SAID = re.compile(r"(?P<who>\b(?:[Tt]he|[Aa]n?)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}|(?:[A-Z][\w'’.-]*\s+)"
                         r"{0,5}[A-Z][\w'’.-]*)\s+(?:said|says|claims|claimed|reported|reports|estimated|estimates)"
                         r"\s+that\b")


def voice_within_quote(text: str, start: int, end: int) -> str | None:
    """The source the quoted words name before the claim (rule `voice_within_quote`), else None.

    >>> voice_within_quote("'The doctors said that 40 were killed,' the report said.", 1, 24)
    'The doctors'
    >>> voice_within_quote("'We said that 40 were killed,' he said.", 1, 15)
    """
    seg = text[start:end]
    if " that" not in seg:
        return None
    found = None
    for m in _INNER_SAID.finditer(seg):
        found = m
    if found is None or found.group("who").split()[0].lower() in ("we", "i", "he", "she", "they", "it", "you"):
        return None
    return found.group("who")
