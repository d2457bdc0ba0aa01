"""Attributed statements (direct, indirect, mixed) with speaker, side and evidence span.  [issue #3]

The unit of work is one article: `quotes_for_article(article_id, text, paragraphs)` is a pure function
of the article's clean text and its paragraph spans, so a corpus can be split over processes.

    >>> rows = quotes_for_article("a.txt", '"We will not leave," Motaqi said.')
    >>> rows[0]["speaker"], rows[0]["kind"], rows[0]["text"]
    ('Motaqi', 'direct', 'We will not leave')

Method (pure Python + regex, no model): quoted spans are found with a mark-pairing state machine
(straight, curly, mismatched, single, „ “, « »), masked, and the masked paragraph is split into
sentences; each reporting cue (data/lexicons/cues.yaml) is tied to a speaker on its left
(`X said ...`), its right (`"...," said X`, `according to X`) or, for participles (`adding`), to the
clause's speaker; the content is the quote(s) or the clause around the cue. Speakers are then
resolved within the article: pronouns and definite roles to the last fitting speaker or person,
surnames to the fullest name given, indefinite roles to a name given later ("a senior leader" ->
"senior Taliban leader Amir Khan Motaqi"), and sides come from the actor registry or the words
around the speaker (actors.Actors.side_from_context).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from . import config
from .actors import Actors, fold

QUOTE_COLUMNS = {
    "quote_id": "string", "article_id": "string", "speaker": "string", "speaker_id": "string",
    "speaker_side": "string", "speaker_role": "string", "kind": "string", "cue": "string",
    "cue_type": "string", "text": "string", "start": "Int64", "end": "Int64",
    "speaker_start": "Int64", "speaker_end": "Int64", "anonymous": "boolean",
}

MASK = "\ue000"
_DOUBLE_OPEN = "\u201e\u00ab"          # „ «  open only
_DOUBLE_CLOSE = "\u00bb"               # »    closes only
_DOUBLE_AMBIG = "\"\u201c\u201d"       # " “ ”
_SINGLE_OPEN = "\u2018\u201a'"         # ‘ ‚ '
_SINGLE_CLOSE = "\u2019\u2018'"        # ’ ‘ '
_OPEN_BEFORE = " \t\n([{\u2014\u2013-/:;,\u00a0" + _DOUBLE_OPEN + _DOUBLE_AMBIG


# ------------------------------------------------------------------------------------------------
# lexicons
# ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Cue:
    form: str
    lemma: str
    type: str
    frame: str


@lru_cache(maxsize=1)
def _cues() -> tuple[dict[str, Cue], re.Pattern]:
    lex = config.lexicon("cues")
    forms: dict[str, Cue] = {}
    for lemma, spec in lex["verbs"].items():
        for form in spec["forms"]:
            forms[form] = Cue(form, lemma, spec["type"], spec.get("frame", "clause"))
    spec = lex["according_to"]
    for form in spec["forms"]:
        forms[form] = Cue(form, "according_to", spec["type"], "according")
    alts = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))
    return forms, re.compile(r"(?<![\w\-])(?:" + alts + r")(?![\w\-])", re.I)


TITLES = {"mr", "mrs", "ms", "miss", "dr", "gen", "general", "lt", "lieutenant", "col", "colonel", "colonel-major",
          "maj", "major", "brig", "brigadier", "capt", "captain", "sgt", "sergeant", "cpl", "corporal", "private",
          "pte", "admiral", "commander", "cmdr", "president", "vice-president", "prime", "minister", "defence",
          "defense", "foreign", "interior", "senior", "former", "acting", "deputy", "chief", "spokesman",
          "spokeswoman", "spokesperson", "senator", "sen", "rep", "secretary", "secretary-general", "ambassador",
          "governor", "mayor", "sheikh", "prof", "professor", "judge", "justice", "king", "queen", "prince",
          "the", "security", "army", "police", "sir", "dame", "lord", "field", "marshal", "air", "vice", "rear",
          "leader", "official", "commander-in-chief", "late", "historian", "bishop", "archbishop", "dr", "doctor",
          "neighbouring", "neighboring", "italian", "analyst", "researcher", "acting'", "gen.", "dr.", "mr.", "mrs.", "ms.", "lt.", "col.",
          "maj.", "capt.", "sgt.", "prof.", "st."}
ROLE_WORDS = {"spokesman", "spokeswoman", "spokesperson", "minister", "leader", "commander", "official", "editor",
              "analyst", "coordinator", "director", "mayor", "president", "governor", "general", "colonel",
              "officer", "chief", "head", "secretary", "ambassador", "envoy", "adviser", "advisor", "mother",
              "father", "son", "daughter", "wife", "husband", "brother", "sister", "mum", "dad", "resident",
              "fellow", "researcher", "professor", "bishop", "cleric", "correspondent", "doctor", "surgeon",
              "nurse", "paramedic", "notable", "soldier", "fighter", "captain", "major", "private", "corporal",
              "sergeant", "lieutenant", "brigadier", "deputy", "diplomat", "historian", "expert", "activist",
              "witness", "villager", "farmer", "driver", "teacher", "student", "member", "representative",
              "commissioner", "metropolitan", "imam", "priest"}
FEMALE = {"mrs", "ms", "miss", "spokeswoman", "mother", "mum", "wife", "daughter", "sister", "woman", "she",
          "her", "dame", "queen", "grandmother", "widow"}
MALE = {"mr", "spokesman", "father", "dad", "husband", "son", "brother", "man", "he", "his", "sir", "king",
        "grandfather", "boy"}
ORG_WORDS = {"army", "ministry", "government", "front", "movement", "council", "brigades", "office", "police",
             "hospital", "network", "monitor", "group", "agency", "forces", "league", "party", "committee",
             "taliban", "emirate", "union", "organisation", "organization", "institute", "forum", "press",
             "news", "reuters", "afp", "bbc", "cnn", "media", "radio", "television", "department", "commission",
             "alliance", "coalition", "brigade", "battalion", "militia", "authority", "authorities", "court",
             "red", "cross", "nations", "un", "u.n.", "unhcr", "church", "embassy", "administration", "state",
             "republic", "kingdom", "federation", "company", "bank", "foundation", "fund", "program",
             "programme", "centre", "center", "staff", "command", "navy", "corps", "guard", "unit", "units",
             "medical", "watch", "international", "andina", "sur", "journal", "times", "post", "herald", "sun", "ledger"}
COMMON_SPEAKERS = {"sources", "analysts", "officials", "residents", "relatives", "witnesses", "experts", "doctors",
                   "medics", "observers", "critics", "reports", "rebels", "villagers", "diplomats", "activists",
                   "survivors", "families", "authorities", "others", "some", "many", "local", "aid", "security"}
PRONOUNS = {"he": "person", "she": "person", "it": "org", "they": "plural", "we": "plural", "i": "person"}
ORG_ANAPHORS = {"group", "movement", "organisation", "organization", "ministry", "agency", "army", "rebels",
                "militants", "guerrillas", "insurgents", "council", "front", "government", "statement",
                "office", "charity", "brigades", "police", "military"}
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TIME = (r"(?:(?:on|last|this|late|early|earlier|later|by)\s+)?(?:" + _DAYS + r"(?:\s*\([^)]*\))?(?:\s+(?:morning|afternoon|evening|night))?"
         r"|" + _MONTHS + r"\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+" + _MONTHS + r"(?:\s+\d{4})?"
         r"|yesterday|today|tonight|last\s+(?:week|night|month|year)|this\s+(?:week|morning|evening|month)"
         r"|earlier|later|previously|also|again|now|repeatedly|once|already|publicly|separately|further"
         r"|on\s+(?:the\s+)?(?:weekend|same\s+day))")
_CHANNEL = (r"(?:(?:in|on|via|through|during)\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w\-]+\s+){0,3}?"
            r"(?:statement|post|posting|video|message|interview|tweet|speech|briefing|press\s+conference|news\s+conference|"
            r"email|e-mail|report|broadcast|address|letter|communique|communiqué|audio|recording|podcast|comments?|remarks?|"
            r"televised\s+address)"
            r"(?:\s+(?:on|to|with|posted\s+on|published\s+on|read\s+on|broadcast\s+on|from)\s+(?:the\s+|its\s+|state\s+)?"
            r"(?:[A-Z@][\w@.'’\-]*|television|radio|social\s+media|telegram)(?:\s+(?:[A-Z][\w'’\-]*|residents|page|channel|account|television|radio|broadcaster))*)*"
            r"|on\s+(?:the\s+)?(?:Twitter|X|Facebook|Telegram|Instagram|YouTube|WhatsApp|TikTok|social\s+media|state\s+television|"
            r"national\s+radio|national\s+television|television|radio|its\s+website|the\s+group's\s+\w+\s+page|[A-Z][\w]+'s\s+\w+\s+page)"
            r"(?:,\s+formerly\s+(?:known\s+as\s+)?Twitter,?)?"
            r"|by\s+(?:tele)?phone|by\s+satellite\s+phone|to\s+(?:reporters|journalists|the\s+press)"
            r"|in\s+(?:Kabul|[A-Z][\w]+)(?=\s*,)|at\s+a\s+(?:news|press)\s+conference(?:\s+in\s+[A-Z]\w+)?)")
_ADVERBIAL = re.compile(r"^(?:[\s,]*(?:" + _TIME + r"|" + _CHANNEL + r"))+", re.I)
_AUX_TAIL = re.compile(r"(?:\s+(?:has|have|had|also|later|earlier|previously|now|again|then|reportedly|repeatedly|"
                       r"would|will|already|publicly|once|initially|separately|further|originally|"
                       r"last\s+(?:week|night|month)|" + _DAYS + r"|on\s+" + _DAYS + r"|yesterday|today|"
                       r"in\s+a\s+statement|in\s+(?:an?\s+)?(?:post|video|interview|tweet)(?:\s+on\s+\w+)?))+\s*$", re.I)
_LEAD_ADV = re.compile(r"^(?:(?:But|And|Yet|So|However|Meanwhile|Earlier|Later|Still|Separately|Instead|Also|Now|"
                       r"In\s+\w+|On\s+\w+(?:\s*\([^)]*\))?|Last\s+\w+|This\s+\w+|Although|Though|While|Whereas|"
                       r"As|Since|When|After|Before|Then|Yesterday|Today)\b,?\s+)+")
_STOP_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|to|be|been|being|"
                          r"was|were|is|are|so|not|no|of|for|with|by|from|as|which|what|who|whom|where|when|"
                          r"would|could|should|might|must|can|may|will|did|do|does|than|if)|['’]s|so-)\s*$", re.I)
_NAME_TOKEN = r"(?:[A-Z\u00c0-\u00de][\w\u00c0-\u024f'’.\-]*|@\w+|[A-Z]{2,}[\w\-]*)"
_CONNECT = r"(?:of|for|de|del|la|le|du|des|al|al-|el|bin|ibn|van|von|der|da|dos|das|pour|y|and|the|ul|ag)"
_NAME_RUN = re.compile(_NAME_TOKEN + r"(?:(?:[ \u00a0]+" + _CONNECT + r")*[ \u00a0]+" + _NAME_TOKEN + r")*")


# ------------------------------------------------------------------------------------------------
# quote marks
# ------------------------------------------------------------------------------------------------
def find_quote_spans(s: str) -> list[tuple[int, int, bool]]:
    """Quoted spans in one paragraph as (open_mark, close_mark, closed); an unclosed quote runs to the end.

    >>> find_quote_spans('He said "yes”, then ‘no’.')
    [(8, 12, True), (20, 23, True)]
    """
    spans: list[tuple[int, int, bool]] = []
    n = len(s)
    i = 0
    open_at, open_kind, open_char = -1, "", ""
    while i < n:
        c = s[i]
        prev = s[i - 1] if i else " "
        nxt = s[i + 1] if i + 1 < n else " "
        if open_at < 0:
            if c in _DOUBLE_OPEN or (c in _DOUBLE_AMBIG and (prev in _OPEN_BEFORE or not prev.strip()) and nxt.strip()):
                open_at, open_kind, open_char = i, "d", c
            elif c in _SINGLE_OPEN and (prev in _OPEN_BEFORE or not prev.strip()) and (nxt.isalnum() or nxt in "[("):
                open_at, open_kind, open_char = i, "s", c
        elif open_kind == "d":
            if c in _DOUBLE_CLOSE or c in _DOUBLE_AMBIG:
                can_close = bool(prev.strip()) or not nxt.strip() or nxt in ",.;:!?)"
                can_open = (prev in _OPEN_BEFORE or not prev.strip()) and nxt.strip() and nxt not in ",.;:!?)"
                if open_char == "\u201e" and c == "\u201c":
                    can_close = True
                if can_close and not (can_open and not prev.strip()):
                    spans.append((open_at, i, True))
                    open_at = -1
                elif can_open:   # a new quote opens while one is left open: close the old one here
                    spans.append((open_at, i, True))
                    open_at, open_kind, open_char = i, "d", c
        else:  # single
            if c in _SINGLE_CLOSE and prev.strip() and not nxt.isalnum():
                spans.append((open_at, i, True))
                open_at = -1
            elif c in _DOUBLE_AMBIG + _DOUBLE_OPEN and (prev in _OPEN_BEFORE or not prev.strip()):
                open_at, open_kind, open_char = i, "d", c   # the single was an apostrophe
        i += 1
    if open_at >= 0 and open_kind == "d":
        spans.append((open_at, n, False))
    return spans


def _mask(s: str, spans) -> str:
    out = list(s)
    for a, b, _ in spans:
        for k in range(a, min(b + 1, len(s))):
            out[k] = MASK
    return "".join(out)


# ------------------------------------------------------------------------------------------------
# sentences of a masked paragraph
# ------------------------------------------------------------------------------------------------
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Pte|Prof|Sen|Rep|Gov|St|Jr|Sr|No|vs|etc|"
                     r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|U\.K|(?<!on )[A-Z])\.)$")


def _sentences(m: str) -> list[tuple[int, int]]:
    """Sentence spans of a masked paragraph (quotes masked, so a quote never splits)."""
    out, start = [], 0
    for mt in re.finditer(r"[.!?]+[)\]]?(?=\s+[A-Z0-9\ue000\"“‘«„(\u00c0-\u00de])", m):
        end = mt.end()
        if _ABBREV.search(m[max(0, end - 6):end]) and mt.group(0) == ".":
            continue
        out.append((start, end))
        start = end
        while start < len(m) and m[start].isspace():
            start += 1
    if start < len(m):
        out.append((start, len(m)))
    return [(a, b) for a, b in out if m[a:b].strip()]


# ------------------------------------------------------------------------------------------------
# records before resolution
# ------------------------------------------------------------------------------------------------
@dataclass
class Raw:
    cue: str
    cue_type: str
    kind: str
    parts: list[tuple[int, int]]           # content spans (article offsets)
    speaker: str                            # raw speaker phrase
    sp_start: int
    sp_end: int
    para: int
    sent_start: int
    descriptor: str = ""
    resolved: str = ""
    unnamed: bool = False
    extra: dict = field(default_factory=dict)


def _strip_span(text: str, a: int, b: int, chars: str = " \t\n,;:—–-") -> tuple[int, int]:
    while a < b and (text[a] in chars):
        a += 1
    while b > a and (text[b - 1] in chars):
        b -= 1
    return a, b


def _content_spans(para: str, base: int, m: str, a: int, b: int, quotes) -> tuple[list[tuple[int, int]], str]:
    """Content of masked range [a, b) of a paragraph: spans without quote marks, and the kind."""
    a, b = _strip_span(m, a, b, " \t\n,;:—–-.")
    seg = m[a:b]
    if re.match(r"that\s", seg):
        a += 5
        a, b = _strip_span(m, a, b, " \t\n,;:")
        seg = m[a:b]
    if not seg.strip():
        return [], ""
    inside = [(qa, qb, closed) for qa, qb, closed in quotes if qa >= a and qa < b]
    if inside and all(ch == MASK or ch in " ,.;:—–-" for ch in seg):
        parts = []
        for qa, qb, closed in inside:
            ca, cb = _strip_span(para, qa + 1, qb if closed else len(para), " \t\n,")
            if cb > ca:
                parts.append((base + ca, base + cb))
        return parts, "direct"
    kind = "mixed" if inside else "indirect"
    # a trailing closing mark of a quote that ends the range belongs to the content
    return [(base + a, base + b)], kind


def _subject_left(m: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """Span (paragraph offsets) of the subject noun phrase before a cue, or None."""
    pre = m[lo:cue_start]
    pre_stripped = _AUX_TAIL.sub("", pre)
    pre_stripped = pre_stripped.rstrip()
    if not pre_stripped or pre_stripped.endswith(MASK) or _STOP_BEFORE.search(pre_stripped):
        return None
    end = lo + len(pre_stripped)
    # segments separated by commas or dashes; skip appositives from the right
    cuts = [lo] + [lo + mt.end() for mt in re.finditer(r",\s*|\s+[—–]\s+|\s+-\s+|;\s*|:\s+|\ue000+[,.]?\s*", pre_stripped)]
    segs = []
    for k, c in enumerate(cuts):
        nxt = cuts[k + 1] if k + 1 < len(cuts) else end
        segs.append((c, nxt))
    if pre_stripped.endswith(",") or re.search(r"[—–]\s*$", pre_stripped) or pre_stripped.endswith(")"):
        # "X, who ..., said" / "X, a spokesman for Y, said": the subject is the first non-appositive segment
        k = len(segs) - 1
        while k > 0:
            sa, sb = segs[k]
            t = m[sa:sb].strip(" ,—–-()")
            if not t or re.match(r"(who|which|whose|whom|where|a|an|the|his|her|its|their|one|some|\d|[a-z])", t):
                k -= 1
                continue
            break
        sa, sb = segs[k]
    else:
        sa, sb = segs[-1]
    t = m[sa:sb]
    lead = _LEAD_ADV.match(t)
    if lead and lead.end() < len(t.rstrip(" ,")):
        sa += lead.end()
    sa, sb = _strip_span(m, sa, sb, " \t\n,;:—–-()")
    if sb <= sa:
        return None
    phrase = m[sa:sb]
    words = phrase.split()
    if MASK in phrase or len(words) > 14:
        return None
    if re.fullmatch(r"(?:and|but|or|then|and\s+then|while)", phrase, re.I):
        return (sa, sa)    # coordinated cue: the speaker of the clause before
    adv = _ADVERBIAL.match(phrase)
    if adv and adv.end() < len(phrase) and phrase[adv.end():].strip():
        sa += adv.end()
        sa, sb = _strip_span(m, sa, sb, " \t\n,;:")
        phrase = m[sa:sb]
    if re.match(r"(?:with|of|in|for|on|at|by|from|to|amid|after|before|about|into|under|over)\b", phrase, re.I):
        return None
    if re.search(r"\b(is|are|was|were|been|will|would|had|has|have|did|does|could|should|can|not)\b", phrase) and not re.match(r"(?:[A-Z]\S*\s+){1,4}$", phrase + " "):
        # a clause, not a noun phrase; keep only a trailing name or pronoun
        mt = re.search(r"(?:\b(?:he|she|it|they|we|I)|" + _NAME_RUN.pattern + r")$", phrase)
        if not mt:
            return None
        sa = sa + mt.start()
    return sa, sb


def _np_right(m: str, pos: int, hi: int) -> tuple[int, int] | None:
    """Noun phrase starting at `pos` (inverted `said X, role` / `according to X`), paragraph offsets."""
    mt = re.match(r"\s*", m[pos:hi])
    a = pos + mt.end()
    seg = m[a:hi]
    stop = re.search(r",|\.(?=\s|$)|;|\s[—–]\s|\bwho\b|\bwhich\b|\bthat\b|\bas\b|\bin\s+a\b|\bon\s+(?:Twitter|Facebook|X|Telegram)\b|"
                     r"\bin\s+(?:an?\s+)?(?:statement|interview|post)|\bafter\b|\bwhen\b|\bwhile\b|" + MASK + r"|$", seg)
    b = a + (stop.start() if stop else len(seg))
    a, b = _strip_span(m, a, b)
    if b <= a or len(m[a:b].split()) > 10:
        return None
    return a, b


def _analyse_paragraph(para: str, base: int, pidx: int, out: list[Raw]) -> None:
    forms, cue_re = _cues()
    quotes = find_quote_spans(para)
    m = _mask(para, quotes)
    sents = _sentences(m)
    for sa, sb in sents:
        sent = m[sa:sb]
        recs: list[Raw] = []
        if sent.strip(" \t.,;:!?" + MASK) == "" and MASK in sent and out and out[-1].para == pidx and out[-1].kind == "direct":
            # '"A," he said. "B."': a quote-only sentence continues the direct quote before it
            parts, kind = _content_spans(para, base, m, sa, sb, quotes)
            if kind == "direct":
                out[-1].parts = out[-1].parts + parts
            continue
        # colon / dash attribution: 'X, speaking in ...: "Q"'  /  '"Q" — X, role'
        mc = re.match(r"^([^:\ue000]{2,160}?):\s*(\ue000+)[.\s]*$", sent)
        md = re.match(r"^(\ue000+)[.,\s]*([—–]|-{1,2})\s*([^\ue000]+)$", sent)
        if mc or md:
            if mc:
                sp = (sa + mc.start(1), sa + mc.end(1))
                qpos = sa + mc.start(2)
                cue = ":"
                np = sp
                cut = re.search(r",\s*(?:speaking|writing|addressing)\b", m[np[0]:np[1]])
                if cut:
                    np = (np[0], np[0] + cut.start())
            else:
                qpos = sa + md.start(1)
                cue = "\u2014"
                np = _np_right(m, sa + md.start(3), sb)
            if np:
                parts, kind = _content_spans(para, base, m, qpos, sb, quotes)
                if parts and kind == "direct":
                    recs.append(Raw(cue, "neutral", "direct", parts, para[np[0]:np[1]], base + np[0], base + np[1],
                                    pidx, base + sa))
            out.extend(recs)
            continue
        cues = []
        for mt in cue_re.finditer(sent):
            form = re.sub(r"\s+", " ", mt.group(0).lower())
            cue = forms.get(form)
            if cue is None:
                continue
            cues.append((sa + mt.start(), sa + mt.end(), cue, mt.group(0)))
        special = re.search(r"\b(?:[Tt]here\s+(?:are|were|have\s+been)\s+(?:unconfirmed\s+)?reports)\s+(?:that\s+)?", sent)
        nominal = re.search(r"\b((?:[A-Z][\w\-]+\s+){1,3})(statements?|claims?|reports?)\s+that\s+", sent)
        items = []   # (clause_start, cue_start, cue_end, cue, speaker_span, after_start, participle)
        for cs, ce, cue, surface in cues:
            if _STOP_BEFORE.search(m[max(sa, cs - 12):cs]) and cue.lemma != "according_to":
                prev_word = re.search(r"(\S+)\s*$", m[sa:cs])
                if not (prev_word and prev_word.group(1).lower() in ("that",) and cue.form.endswith("ing")):
                    continue
            if cue.lemma in ("report", "put") and re.match(r"\s+(?:to|for|up|off|out|by|in)\b", m[ce:sb]):
                continue
            if cue.lemma in ("claim", "report", "say", "call") and re.match(r"\s+(?:of|on\s+the|is|are|was|were|could|would|have|has|had|suggested|said|say|claimed|by)\b", m[ce:sb]) and cue.form in ("claim", "claims", "reports", "report", "calls", "say"):
                continue
            if re.match(r"\s+to\s+(?:be|have)\b", m[ce:sb]):
                continue   # 'is said to be' (hedge, not a statement)
            if cue.lemma == "call" and not re.match(r"\s+(?:(?:the|it|this|them|him|her|a|an|his|their)\b|\ue000)", m[ce:sb]):
                continue
            if cue.lemma == "call" and re.search(r"\bso-$", m[max(sa, cs - 3):cs]):
                continue
            if cue.lemma == "put" and not re.search(r"\bat\b", m[ce:sb]):
                continue
            participle = cue.form.endswith("ing") and cue.lemma != "according_to"
            if cue.lemma == "according_to":
                np = _np_right(m, ce, sb)
                if not np:
                    continue
                items.append([None, cs, ce, cue, np, np[1], False, surface])
                continue
            # inverted: '"...," said X' / '..., said X, a spokesman'
            before = m[sa:cs].rstrip()
            if not participle and (before.endswith(",") or before.endswith(MASK)) and re.match(r"\s+(?:[A-Z]|the\b|a\b|an\b|one\b|two\b|his\b|her\b)", m[ce:sb]):
                before_cue = before.rstrip(",").rstrip()
                if before_cue.endswith(MASK) or not _subject_left(m, sa, cs):
                    np = _np_right(m, ce, sb)
                    if np:
                        items.append([None, cs, ce, cue, np, np[1], False, surface])
                        continue
            if participle:
                mw = re.search(r"\bwith\s+((?:\w+\s+){0,3}\w+)\s*$", m[sa:cs])
                sp = (sa + mw.start(1), sa + mw.end(1)) if mw else None
                items.append([cs if mw is None else sa + mw.start(), cs, ce, cue, sp, ce, True, surface])
                continue
            sp = _subject_left(m, sa, cs)
            if sp is None:
                continue
            if sp[0] == sp[1]:     # 'X said A, and called on B': same speaker as the clause before
                items.append([sp[0], cs, ce, cue, None, ce, True, surface])
                continue
            items.append([sp[0], cs, ce, cue, sp, ce, False, surface])
        if special and not any(it[1] >= sa + special.start() and it[1] < sa + special.end() for it in items):
            ss = sa + special.start()
            items.append([ss, ss, sa + special.end(), Cue("there are reports", "report", "distancing", "clause"),
                          (ss, sa + special.end()), sa + special.end(), False, special.group(0).strip()])
            items[-1][4] = (sa + special.group(0).find("reports") + special.start(), sa + special.group(0).find("reports") + special.start() + 7)
        if nominal and not items:
            ns = sa + nominal.start(1)
            items.append([ns, sa + nominal.start(2), sa + nominal.end(2), Cue(nominal.group(2), "statement", "neutral", "clause"),
                          (ns, sa + nominal.end(1) - 1), sa + nominal.end(2), False, nominal.group(2)])
        items.sort(key=lambda it: it[1])
        # drop a wire credit when the sentence names the speaker otherwise
        if len(items) > 1:
            items = [it for it in items if not (it[3].lemma == "according_to" and
                                                 any(o[3].lemma != "according_to" and o[4] for o in items))]
        last_sp = None
        for k, it in enumerate(items):
            clause_start, cs, ce, cue, sp, after, participle, surface = it
            if participle and sp is None:
                sp = last_sp
            if participle and sp is None:
                head = m[sa:cs]
                lead = _LEAD_ADV.match(head)
                off = lead.end() if lead else 0
                nm = re.match(r"(?:(?:the|The)\s+)?" + _NAME_RUN.pattern, head[off:])
                if nm:
                    sp = (sa + off, sa + off + nm.end())
            nxt_start = sb
            if k + 1 < len(items):
                nx = items[k + 1]
                nxt_start = nx[0] if nx[0] is not None and nx[0] > ce else nx[1]
                if nx[3].lemma == "according_to" or nx[6]:
                    mm = re.search(r"(?:,|\s+and)?\s*$", m[ce:nx[1]])
                    nxt_start = nx[1]
                    if mm:
                        nxt_start = ce + mm.start()
            # after-content: skip adverbials and the object of 'told'
            pos = after
            rest = m[pos:nxt_start]
            adv = _ADVERBIAL.match(rest)
            if adv:
                pos += adv.end()
            if cue.frame == "told" or cue.lemma == "tell":
                obj = re.match(r"\s*(?:(?:the|a|an|state|local|this|his|her|their)\s+)?(?:" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r")*|reporters|journalists|television|radio|newspaper|deputies|parliament|lawmakers|residents|the\s+press|this\s+newspaper)(?:\s+(?:by\s+(?:tele)?phone|in\s+an\s+interview))?", m[pos:nxt_start])
                if obj and obj.group(0).strip():
                    pos += obj.end()
                adv = _ADVERBIAL.match(m[pos:nxt_start])
                if adv:
                    pos += adv.end()
            if cue.lemma == "according_to":
                pos = sp[1]
            lead_txt = m[sa:(clause_start if clause_start is not None else cs)].strip(" ,")
            after_txt = m[pos:nxt_start].strip(" ,.")
            inverted = clause_start is None and cue.lemma != "according_to"
            if inverted or re.match(r"\s*,\s*[a-z]+ing\b", m[pos:nxt_start]):
                pos = nxt_start
            elif cue.lemma != "according_to" and k == 0 and not participle and lead_txt:
                if re.match(r"\s*(?:,|$)", m[pos:nxt_start]) and not re.match(r"\s*,\s*(?:that|\ue000)", m[pos:nxt_start]) \
                        and len(after_txt.split()) <= len(lead_txt.split()):
                    pos = nxt_start
                elif re.match(r"(?:from|in|at|on|by|via|during|after|before|outside|inside|near|with|while)\b", after_txt) \
                        and len(after_txt.split()) <= 8 and MASK not in after_txt and lead_txt.strip(MASK + " ,.") == "":
                    pos = nxt_start
            elif re.match(r"\s*,\s*(?:that\b|\ue000)", m[pos:nxt_start]) and cue.lemma != "according_to":
                pos += len(re.match(r"\s*,\s*", m[pos:nxt_start]).group(0))
            parts, kind = _content_spans(para, base, m, pos, nxt_start, quotes)
            # fronted content: 'CONTENT, X said' / '"Q," X said'
            lead_end = clause_start if clause_start is not None else cs
            if cue.lemma == "according_to":
                lead_end = cs
            if not parts and k == 0 and not participle:
                parts, kind = _content_spans(para, base, m, sa, lead_end, quotes)
            elif k == 0 and not participle and kind != "direct" and cue.lemma == "according_to" and m[sa:lead_end].strip(" ,"):
                parts, kind = _content_spans(para, base, m, sa, lead_end, quotes)
            elif parts and kind == "direct" and k == 0:
                lead, lead_kind = _content_spans(para, base, m, sa, lead_end, quotes)
                if lead and lead_kind == "direct":
                    parts = lead + parts
            if not parts or sp is None:
                continue
            if sum(len(para[a - base:b - base].split()) for a, b in parts) < 2:
                continue
            if cue.frame != "told" and cue.lemma == "according_to" and kind == "direct":
                kind = "direct"
            last_sp = sp
            recs.append(Raw(re.sub(r"\s+", " ", surface), cue.type, kind, parts, para[sp[0]:sp[1]],
                            base + sp[0], base + sp[1], pidx, base + sa))
        out.extend(recs)


# ------------------------------------------------------------------------------------------------
# article
# ------------------------------------------------------------------------------------------------
_DATE_PREFIX = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s+")


def _default_paragraphs(text: str) -> list[tuple[int, int, str]]:
    """Paragraph spans of plain text: one per non-empty line."""
    return [(mt.start(), mt.end(), "body") for mt in re.finditer(r"[^\n]+", text) if mt.group(0).strip()]


def _is_prose(para: str, kind: str) -> bool:
    t = para.strip()
    if not t:
        return False
    if not re.search(r"[.!?…][\"”’»“)\]\s]*$|[\"”’»“]\s*$", t):
        return False   # headlines, section titles, captions' credits, link lines
    if re.match(r"(READ MORE|MOST READ|RELATED|WATCH|LISTEN|ALSO READ|Advertisement)\b", t, re.I):
        return False
    if kind in ("headline", "subhead") and (len(t.split()) < 12 or not t.rstrip("\"”’»").endswith(".")):
        return False
    return True


def quotes_for_article(article_id: str, text: str, paragraphs=None, *, actors: Actors | None = None) -> list[dict]:
    """One article's text (+ paragraph spans (start, end, kind)) -> list of quote rows (QUOTE_COLUMNS)."""
    text = text or ""
    if paragraphs is None:
        paragraphs = _default_paragraphs(text)
    raws: list[Raw] = []
    for pidx, (a, b, kind) in enumerate(paragraphs):
        a, b = max(0, int(a)), min(len(text), int(b))
        if b <= a:
            continue
        mt = _DATE_PREFIX.match(text[a:b])
        if mt:
            a += mt.end()
            kind = "body" if text[a:b].rstrip().endswith(".") else "headline"
        para = text[a:b]
        if not _is_prose(para, kind):
            continue
        try:
            _analyse_paragraph(para, a, pidx, raws)
        except RecursionError:  # pragma: no cover - pathological input
            continue
    raws = _join_continuations(text, paragraphs, raws)
    view = actors.for_article(article_id, text) if actors is not None else None
    return _resolve(article_id, text, raws, view)


def _join_continuations(text: str, paragraphs, raws: list[Raw]) -> list[Raw]:
    """Merge a quote-only paragraph (or unclosed quote) into the direct quote before or after it."""
    out: list[Raw] = []
    for r in raws:
        out.append(r)
    # quote-only paragraphs without attribution directly after a direct record of the paragraph before
    by_para = {}
    for r in out:
        by_para.setdefault(r.para, []).append(r)
    for pidx, (a, b, kind) in enumerate(paragraphs):
        if pidx in by_para:
            continue
        para = text[a:b]
        spans = find_quote_spans(para)
        if not spans:
            continue
        m = _mask(para, spans)
        if m.strip(" \t" + MASK + ".,") != "":
            continue
        parts = []
        for qa, qb, closed in spans:
            ca, cb = _strip_span(para, qa + 1, qb if closed else len(para), " \t\n,")
            if cb > ca:
                parts.append((a + ca, a + cb))
        prev = by_para.get(pidx - 1)
        nxt = by_para.get(pidx + 1)
        unclosed = not spans[-1][2]
        if unclosed and nxt and nxt[0].kind == "direct" and text[paragraphs[pidx + 1][0]:paragraphs[pidx + 1][1]].lstrip()[:1] in "\"“„«‘'":
            nxt[0].parts = parts + nxt[0].parts
            by_para[pidx] = []
        elif prev and prev[-1].kind == "direct":
            prev[-1].parts = prev[-1].parts + parts
            by_para[pidx] = []
    # quote-only sentences inside a paragraph after an attributed direct quote
    return out


def extract_quotes(corpus, *, actors: Actors | None = None) -> pd.DataFrame:
    """Corpus -> one row per attributed statement (QUOTE_COLUMNS).

    `corpus` has `articles` (article_id, text) and optionally `paragraphs` (article_id, start, end, kind).
    """
    articles = corpus.articles
    paras_by_article: dict[str, list] = {}
    paragraphs = getattr(corpus, "paragraphs", None)
    if paragraphs is not None and len(paragraphs):
        cols = ["article_id", "start", "end"] + (["kind"] if "kind" in paragraphs.columns else [])
        for rec in paragraphs[cols].itertuples(index=False):
            kind = rec[3] if len(rec) > 3 else "body"
            paras_by_article.setdefault(rec[0], []).append((int(rec[1]), int(rec[2]), str(kind)))
    rows: list[dict] = []
    for aid, text in zip(articles["article_id"], articles["text"]):
        text = text if isinstance(text, str) else ""
        paras = paras_by_article.get(aid)
        if paras is not None:
            paras.sort()
        rows.extend(quotes_for_article(str(aid), text, paras, actors=actors))
    return to_frame(rows)


def to_frame(rows: list[dict]) -> pd.DataFrame:
    """Quote rows -> DataFrame with exactly QUOTE_COLUMNS and their dtypes."""
    frame = pd.DataFrame(rows, columns=list(QUOTE_COLUMNS))
    return frame.astype(QUOTE_COLUMNS)


# ------------------------------------------------------------------------------------------------
# speakers: names, coreference, sides
# ------------------------------------------------------------------------------------------------
@dataclass
class Mention:
    start: int
    end: int
    name: str           # title-stripped name
    gender: str         # "f" | "m" | ""
    person: bool
    late: bool
    descriptor: str


def _strip_titles(name: str) -> str:
    orig = name
    toks = [t.strip("\"'‘’“”„«»") for t in name.split()]
    toks = [t for t in toks if t]
    while len(toks) > 1 and (fold(toks[0]).strip(".") in TITLES or fold(toks[0]) in TITLES):
        toks.pop(0)
    name = " ".join(toks)
    if toks and fold(toks[-1]) in ORG_WORDS:
        name = re.sub(r"^(?:The|the|Neighbouring|Neighboring)\s+", "", " ".join(t.strip("\"'‘’“”„«»") for t in orig.split()))
    name = re.sub(r"\s*\([^)]*\)?$", "", name)
    if " of " in name and len(name.split(" of ")[0].split()) >= 2 and fold(toks[-1]) not in ORG_WORDS:
        name = name.split(" of ")[0]
    return re.sub(r"['’]s$", "", name).strip(" ,.")


def _gender(words: str) -> str:
    ws = set(re.findall(r"[a-z]+", fold(words)))
    f, mm = bool(ws & FEMALE), bool(ws & MALE)
    return "f" if f and not mm else "m" if mm and not f else ""


def _inventory(text: str, actors: Actors | None) -> list[Mention]:
    out = []
    for mt in _NAME_RUN.finditer(text):
        raw = mt.group(0)
        name = _strip_titles(raw)
        toks = name.split()
        if len(toks) < 2 or any(fold(t) in ORG_WORDS for t in toks) or not toks[-1][:1].isupper():
            continue
        if toks[-1].isupper() or fold(toks[-1]) in {"mr", "mrs"}:
            continue
        before = text[max(0, mt.start() - 60):mt.start()]
        after = text[mt.end():mt.end() + 90]
        appos = re.match(r",\s*([^,.;]{2,80})", after)
        lead_title = raw.split()[0]
        pre_words = fold(before).split()[-3:]
        evidence = (fold(lead_title).strip(".") in TITLES and lead_title != toks[0]) or \
            any(w.strip(",") in ROLE_WORDS for w in pre_words) or \
            bool(re.match(r",\s*(?:\d{1,3}\b|(?:the|a|an|his|her)\s+(?:[\w\-]+\s+){0,3}(?:" + "|".join(ROLE_WORDS) + r")\b)", after)) or \
            bool(re.match(r"\s+(?:said|says|told|added|wrote|claimed|insisted|warned|denied|urged|called)\b", after))
        reg = actors.lookup(name) if actors is not None else None
        if reg is not None:
            evidence = evidence or reg.is_person
        desc = before[-40:] + " " + raw + " " + (appos.group(1) if appos else "")
        late = bool(re.search(r"\blate\b[\w\s\-]{0,30}$|\b(?:son|daughter|widow)\s+of\b[\w\s\-]{0,40}$", fold(before)))
        out.append(Mention(mt.start(), mt.end(), name, _gender(before[-25:] + " " + raw + " " + (appos.group(1) if appos else "")),
                           bool(evidence), late, desc))
    return out


def _tokens(name: str) -> list[str]:
    return re.findall(r"[\w'\-]+", fold(name))


def _fullest(name: str, inventory: list[Mention], pos: int, *, prefer: list[str], qualifier: str = "") -> str:
    """The fullest name in the article ending with `name`'s tokens (a surname -> 'Ahmad Massoud')."""
    toks = _tokens(name)
    if not toks:
        return name
    cands: dict[str, list[Mention]] = {}
    for mnt in inventory:
        mt = _tokens(mnt.name)
        if len(mt) > len(toks) and mt[-len(toks):] == toks:
            cands.setdefault(mnt.name, []).append(mnt)
        elif mt == toks:
            cands.setdefault(mnt.name, []).append(mnt)
        elif len(toks) == 1 and len(mt) >= 3 and toks[0] in mt[1:-1]:
            cands.setdefault(mnt.name, []).append(mnt)
    if not cands:
        return name
    longest = {n: ms for n, ms in cands.items() if len(_tokens(n)) >= len(toks)}
    if len(longest) == 1:
        return max(longest, key=len)
    for p in reversed(prefer):
        if p in longest:
            if qualifier not in ("elder", "younger"):
                return p
    live = {n: ms for n, ms in longest.items() if not all(x.late for x in ms)} or longest
    order = sorted(live, key=lambda n: min(x.start for x in live[n]))
    if qualifier == "elder":
        return order[0]
    before = [(max(x.start for x in live[n] if x.start <= pos), n) for n in live if any(x.start <= pos for x in live[n])]
    if qualifier == "younger" and before:
        return max(before)[1]
    gq = _gender(qualifier)
    if gq:
        fitting = [(s, n) for s, n in before if any(x.gender in (gq, "") for x in live[n])]
        strict = [(s, n) for s, n in before if any(x.gender == gq for x in live[n])]
        if strict:
            return max(strict)[1]
        if fitting:
            return max(fitting)[1]
    if before:
        return max(before)[1]
    return order[0]


_ROLE_FOR_ORG = re.compile(r"^(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}(?:spokesman|spokeswoman|spokesperson|statement|representative)"
                           r"\s+(?:for|of)\s+(?:the\s+)?(.+)$", re.I)


def _classify(phrase: str, text: str = "") -> tuple[str, str]:
    """Speaker phrase -> (kind, core): kind in pronoun | anaphor | role | name | unnamed."""
    p = re.sub(r"\s+", " ", phrase).strip(" ,.")
    p = re.sub(r"^(?:Neighbouring|Neighboring)\s+", "", p)
    first = p.split()[0] if p.split() else ""
    if first[:1].isupper() and not first.isupper() and (fold(first) in COMMON_SPEAKERS or fold(first).rstrip("s") in ROLE_WORDS):
        p = first.lower() + p[len(first):]
    elif first[:1].isupper() and len(first) > 2 and text and re.search(r"(?<![\w.] )(?<!^)\b" + re.escape(first.lower()) + r"\b", text):
        p = first.lower() + p[len(first):]
    p = re.sub(r"^(?:and|but|while|as|though|although)\s+", "", p, flags=re.I)
    low = fold(p)
    if low in PRONOUNS:
        return "pronoun", low
    mt = re.match(r"^the\s+(?:([\w\-]+)\s+)?([\w\-]+)$", low)
    if mt and mt.group(2) in ORG_ANAPHORS and not any(t[:1].isupper() for t in p.split()[1:]):
        return "anaphor", mt.group(2)
    mt = re.match(r"^the\s+(?:(younger|elder|older|senior)\s+)?([\w\-]+(?:\s+[\w\-]+)?)$", p, re.I)
    if mt and not mt.group(2)[:1].isupper() and mt.group(2).split()[-1].lower() in ROLE_WORDS:
        return "role", p
    mt = re.match(r"^the\s+(younger|elder|older)\s+(.+)$", p, re.I)
    if mt:
        return "qualified", p
    ro = _ROLE_FOR_ORG.match(p)
    if ro and ro.group(1)[:1].isupper():
        return "name", _strip_titles(ro.group(1))
    if re.match(r"^(?:[\w'’\-]+\s+){0,3}(?:statement|video|post|report)$", low) and "'s" not in low and "’s" not in p:
        return "anaphor", "statement"
    pm = re.match(r"^(?:the\s+)?(.+?)['’]s\s+(?:statement|video|post|report|message)$", p, re.I)
    if pm:
        owner = pm.group(1)
        if re.match(r"(?:the\s+)?(?:[\w\-]+\s+)?([\w\-]+)$", owner, re.I) and fold(owner).split()[-1] in ORG_ANAPHORS and not any(t[:1].isupper() for t in owner.split()[1:]):
            return "anaphor", fold(owner).split()[-1]
        return _classify(owner)
    head = re.split(r"\s+(?:of|for|at|in|from|with|who|reached|interviewed)\s+", p, maxsplit=1)[0]
    hw = head.split()
    if len(hw) >= 2 and hw[0].lower() == "the" and hw[-1].lower() in ROLE_WORDS and not any(t[:1].isupper() for t in hw[1:]):
        return "role", head
    if hw and (hw[-1][:1].islower() or hw[-1].isdigit()):
        return "unnamed", p
    runs = list(_NAME_RUN.finditer(p))
    if not runs:
        return "unnamed", p
    return "name", _strip_titles(runs[-1].group(0))


def _unnamed_out(p: str) -> str:
    p = re.sub(r"^(?:the|The)\s+", "", p.strip(" ,."))
    p = re.split(r",", p)[0]
    p = re.split(r"\s+(?:who|which|that|holed|based|in|at|near|from|against|with|on|reached|interviewed|speaking)\b", p)[0]
    if p[:1].isupper():
        first = p.split()[0]
        if first.lower() in {"a", "an", "one", "two", "three", "some", "several", "many", "local", "senior",
                             "residents", "relatives", "doctors", "sources", "officials", "analysts", "witnesses"} \
                or (len(p.split()) > 1 and not p.split()[1][:1].isupper()) or len(p.split()) == 1:
            p = p[0].lower() + p[1:]
    return p


def _resolve(article_id: str, text: str, raws: list[Raw], actors: Actors | None) -> list[dict]:
    generic = actors if actors is not None else _generic_actors()
    inventory = _inventory(text, actors)
    raws = sorted(raws, key=lambda r: (r.parts[0][0] if r.parts else r.sp_start))
    history: list[tuple[int, str, str, str]] = []   # (pos, speaker, type person|org|plural, gender)
    rows = []
    for r in raws:
        kind, core = _classify(r.speaker, text)
        speaker, stype, gender, unnamed = core, "", "", False
        pos = r.sp_start
        if kind == "pronoun":
            want = PRONOUNS[core]
            gq = "f" if core == "she" else "m" if core == "he" else ""
            speaker = _last_of(history, inventory, pos, want, gq) or core
            stype = want
            unnamed = speaker == core
        elif kind == "anaphor":
            speaker = _last_of(history, inventory, pos, "org", "", head=core) or ("the " + core)
            stype = "org"
            unnamed = speaker.startswith("the ")
            if unnamed:
                speaker = core
        elif kind in ("role", "qualified"):
            q = re.match(r"^the\s+(younger|elder|older)\s+(.+)$", core, re.I)
            if q and q.group(2)[:1].isupper():
                speaker = _fullest(q.group(2), inventory, pos, prefer=[], qualifier="elder" if q.group(1).lower() != "younger" else "younger")
            else:
                role = fold(core).split()[-1]
                near = [mn for mn in inventory if mn.person and not mn.late and mn.end <= pos and pos - mn.end < 250]
                speaker = ((near[-1].name if near else None) or _role_lookup(inventory, pos, role, back=True)
                           or _role_lookup(inventory, pos, role, back=False)
                           or _last_of(history, inventory, pos, "person", _gender(role)) or _unnamed_out(core))
                if speaker[:1].isupper():
                    speaker = _fullest(speaker, inventory, pos, prefer=[])
            stype = "person"
            unnamed = not speaker[:1].isupper()
        elif kind == "name":
            reg = actors.lookup(core) if actors is not None else None
            if reg is None and actors is not None and len(core.split()) == 1:
                reg = None
            prefer = [h[1] for h in history if h[2] == "person"]
            qual = _gender(r.speaker)
            qual = "f" if qual == "f" else "mr" if qual == "m" else ""
            full = _fullest(core, inventory, pos, prefer=prefer, qualifier={"f": "mrs", "mr": "mr"}.get(qual, ""))
            speaker = full
            stype = "person" if any(m.name == full and m.person for m in inventory) or (reg is not None and reg.is_person) else "org"
            if stype == "org" and len(full.split()) >= 2 and not any(fold(t) in ORG_WORDS for t in full.split()) and full == core and qual:
                stype = "person"
        else:
            low = fold(core)
            ind = re.match(r"^(?:a|an|one)\s+(?:[\w\-]+\s+){0,3}?([\w\-]+)(?:\s+(?:for|of|at|in|with)\b.*)?$", low)
            found = None
            if ind and "not" not in low and "anonymity" not in low and "named" not in low:
                role = ind.group(1)
                if role in ROLE_WORDS or role in ("leader", "mum"):
                    found = _role_lookup(inventory, pos, "mother" if role == "mum" else role, back=False)
            speaker = found or _unnamed_out(core)
            unnamed = found is None
            stype = "person" if found else ("plural" if low.endswith("s") else "person")
        reg = actors.lookup(speaker) if (actors is not None and not unnamed) else None
        if reg is None and actors is not None and not unnamed and stype == "org":
            reg = actors.find(speaker) if len(speaker.split()) > 1 else None
            if reg is not None and fold(reg.name) not in fold(speaker) and not any(fold(a) == fold(speaker) for a in reg.aliases):
                reg = None
        descriptor = r.speaker + " " + _descriptor(inventory, speaker) + " " + text[r.sp_start:min(len(text), r.sp_end + 80)].split(".")[0]
        side = reg.side if reg is not None else (generic.side_from_context(r.speaker) or generic.side_from_context(descriptor))
        if reg is None and unnamed and fold(speaker) in ("sources", "reports", "local sources", "unconfirmed reports", "others"):
            side = None
        role = next((w for w in re.findall(r"[a-z\-]+", fold(descriptor)) if w in ROLE_WORDS), None)
        if not unnamed:
            g = next((m.gender for m in inventory if m.name == speaker and m.gender), "")
            history.append((r.sp_start, speaker, stype or "org", g or (("f" if kind == "pronoun" and core == "she" else "m" if kind == "pronoun" and core == "he" else ""))))
        if not r.parts:
            continue
        parts = r.parts
        content = " ".join(text[a:b] for a, b in parts)
        rows.append({
            "quote_id": f"{article_id}#q{len(rows):03d}", "article_id": article_id,
            "speaker": speaker, "speaker_id": (reg.name if reg is not None else None),
            "speaker_side": side or "unknown", "speaker_role": role, "kind": r.kind, "cue": r.cue,
            "cue_type": r.cue_type, "text": content, "start": parts[0][0], "end": parts[-1][1],
            "speaker_start": r.sp_start, "speaker_end": r.sp_end, "anonymous": bool(unnamed),
        })
    return rows


def _descriptor(inventory: list[Mention], name: str) -> str:
    for mnt in inventory:
        if mnt.name == name:
            return mnt.descriptor
    return ""


def _last_of(history, inventory, pos: int, want: str, gender: str, head: str = "") -> str | None:
    """The latest speaker (or person mention) before `pos` of the wanted type and gender."""
    best = None
    for hpos, name, stype, g in history:
        if hpos >= pos:
            continue
        if want == "person" and stype != "person":
            continue
        if want == "org" and stype == "person" and head != "statement":
            continue
        if head and head not in ("statement", "group", "movement", "organisation", "organization") and head not in fold(name):
            continue
        if gender and g and g != gender:
            continue
        best = (hpos, name)
    if want == "person":
        for mnt in inventory:
            if mnt.person and not mnt.late and mnt.end <= pos and (not gender or mnt.gender in ("", gender)):
                if best is None or mnt.start > best[0]:
                    best = (mnt.start, _fullest(mnt.name, inventory, mnt.start, prefer=[]))
    return best[1] if best else None


def _role_lookup(inventory, pos: int, role: str, *, back: bool) -> str | None:
    """A person mentioned with `role` in their descriptor: the latest before `pos`, or the first after."""
    rx = re.compile(r"\b" + re.escape(role) + r"s?\b")
    hits = [m for m in inventory if m.person and not m.late and rx.search(fold(m.descriptor))]
    if back:
        before = [m for m in hits if m.end <= pos]
        return before[-1].name if before else None
    after = [m for m in hits if m.start > pos]
    return after[0].name if after else None


@lru_cache(maxsize=1)
def _generic_actors() -> Actors:
    return Actors([])
