"""Hedges: distancing cues in the claim's sentence, and later sentences that refer back to earlier claims."""
from __future__ import annotations

import re
from collections.abc import Mapping

from ..fastre import _re_sub
from .claimants import _CLAIM_NOUNS, _OWNER, _resolve_generic
from .found import Found
from .led import led
from .lexicon import Lexicon
from .denials import is_non_denial
from .scan import first_of_rare
from .sides import SideWords


#: 'claimed the lives of 34', 'claiming 12 lives': the verb of the harm, not of a claim
_LIVES_AFTER = re.compile(r"\s+(?:the\s+)?(?:[\w,.-]+\s+){0,3}?lives\b", re.I)


def _hedge(sent: str, lex: Lexicon) -> str | None:
    """The first distancing cue in the claim's own sentence ('claiming', 'reportedly'), else None.

    >>> from presslens.casualties import load_lexicon
    >>> _hedge("The blast claimed the lives of 12 people.", load_lexicon()) is None
    True
    """
    # on the lower-cased text, searched from the characters before a cue (led.Led: Match objects on " " + the
    # sentence, m.end() one more); the first cue but 'claimed' before 'the lives of'
    for m in led(lex.hedge_sentence).finditer(sent):
        if m.group("cue")[:5].lower() != "claim" or not _LIVES_AFTER.match(sent, m.end() - 1):
            return re.sub(r"\s+", " ", m.group("cue").lower())
    return None


#: a claim verb opening its own complement: '... when reports have claimed that X'
_CUE_WITH_THAT = re.compile(r"\b(?:claimed|claims|claim|claiming|alleged|alleges|allege)\s+that\b", re.I)


def cue_covers(sent: str, a: int, f: Found) -> bool:
    """Rule `hedge_scope`: a distancing verb after the claim that opens a that-clause of its own hedges what that
    clause says, not the claim before it ('X's death is a setback at a time when reports have claimed that Y').
    False only then.

    >>> from presslens.casualties.found import Found
    >>> s = "Kovac's death is a blow at a time when reports have claimed that JNA units entered Vukovar."
    >>> cue_covers(s, 0, Found("killed", 1, 1, None, 0, 13, [], None))
    False
    >>> s = "Forty soldiers were killed, the rebels claimed."
    >>> cue_covers(s, 0, Found("killed", 40, 40, None, 0, 26, [], None))
    True
    """
    m = _CUE_WITH_THAT.search(sent, f.end - a) if "that" in sent else None
    if m is None or _CUE_WITH_THAT.search(sent[:f.start - a]):
        return True
    return bool(re.search(r"\b(?:claimed|claims|claim|claiming|alleged|alleges|allege|reportedly|said\s+to)\b",
                          sent[:f.start - a], re.I))


#: "he denied the army's claims that 40 of his fighters had been killed": a claim reported inside its denial
_RX_DENIED_CLAIM = re.compile(r"""
    \b(?P<cue>denied|denies|deny|denying|rejected|rejects|rejecting|dismissed|dismisses|disputed|disputes)\s+
                                                                        # the denial
    (?:as\s+(?:[\w-]+\s+){1,2}?)?                                      # 'dismissed as propaganda'
    (?:(?:(?P<the>the)\s+)?(?:(?P<owner>[\w'’. -]{2,40}?)['’]s?\s+)?   # whose claim: 'the army's'
       (?:claims?|reports?|allegations?|assertions?|figures?)\s+        # the claim
       (?:that|of)                                                      # its content follows
     | that)\b                                                          # 'denied that 40 soldiers had been killed'
""", re.X | re.I)


_DENIAL_WORDS = frozenset("denied denies deny denying rejected rejects rejecting dismissed dismisses disputed "
                          "disputes".split())


def denied_claim(sent: str, a: int, f: Found) -> tuple[str | None, str] | None:
    """A claim inside a denial's object -> (its owner as named, else None; the denial cue), else None.

    >>> from presslens.casualties.found import Found
    >>> s = "He denied the army's claims that 40 of his fighters had been killed."
    >>> denied_claim(s, 0, Found("killed", 40, 40, None, s.index("40"), len(s) - 1, [], None))
    ('the army', 'denied')
    >>> s = "The army dismissed as propaganda claims that 300 soldiers had been captured."
    >>> denied_claim(s, 0, Found("captured", 300, 300, None, s.index("300"), len(s) - 1, [], None))
    (None, 'dismissed')
    """
    for m in _RX_DENIED_CLAIM.finditer(sent):
        if a + m.end() <= f.start:
            owner = m.group("owner")
            if owner and m.group("the"):
                owner = "the " + owner
            return owner, m.group("cue").lower()
    return None


def _hedge_before(text: str, a: int, claim_start: int, lex: Lexicon) -> str | None:
    """A belief cue before the claim in its sentence: 'Officials believe at least 20 are dead'.

    >>> from presslens.casualties import load_lexicon
    >>> lex = load_lexicon()
    >>> s = "Nobody knows. Monitors BELIEVE 40 died."
    >>> _hedge_before(s, 14, 31, lex), _hedge_before(s, 0, 12, lex), _hedge_before("Abc believes 4", 0, 13, lex)
    ('believe', None, 'believes')
    """
    window = text[a:claim_start]
    opens = _before_openings(lex)
    if opens is not None and window.isascii():
        at = first_of_rare(window.lower(), opens)
        if at < 0:
            return None
        a += at
    m = lex.hedge_before.search(text, a, claim_start)
    return re.sub(r"\s+", " ", m.group("cue").lower()) if m else None


_BEFORE_OPENINGS: dict[int, tuple[str, ...] | None] = {}


def _before_openings(lex: Lexicon) -> tuple[str, ...] | None:
    """The first words of `lex.hedge_before`'s cues, lower-case (session 23): each of its matches opens on one of
    them, and in an ASCII text IGNORECASE is lower-casing, so `_hedge_before` searches from the first of them in the
    lower-cased window (`scan.first_of`; none: no match). The pattern opens on `\\b` and gave `re` no first
    character to scan for (~21,000 instructions a claim). None (no gate) when a cue's first word is not lower-case
    ASCII letters: under IGNORECASE a few other letters ('ſ', 'K') match ASCII ones."""
    key = id(lex)
    if key not in _BEFORE_OPENINGS:
        firsts = {c.split()[0] for c, _k, scope in lex.hedges if scope == "before" and c.split()}
        _BEFORE_OPENINGS[key] = tuple(sorted(firsts)) if firsts and all(
            w.isascii() and w.isalpha() and w == w.lower() for w in firsts) else None
    return _BEFORE_OPENINGS[key]


def _same_sentence_unverified(text: str, a: int, b: int, f: Found, found: list[Found], lex: Lexicon,
                              hit: tuple[str, str] | None) -> str | None:
    """'It says 300 militants have been killed, figures that cannot be independently verified': an 'unverified'
    cue in the claim's own clause (between semicolons) hedges it; a cue in a clause of its own hedges the clause
    before ('7 children among those killed; figures can't be verified'). `hit`: the sentence's first back cue."""
    if hit and hit[1] == "denial":
        # '... "more than 21,400" had been killed, and an official dismisses the figure as propaganda'
        for m in lex.hedge_back.finditer(text, f.end, b):
            cue = _re_sub(r"\s+", " ", m.group("cue").lower())
            if lex.back_kinds.get(cue) == "denial" and re.match(
                    r"\s+(?:the|this|that|these|those)\s+(?:\w+\s+)?" + _CLAIM_NOUNS + r"\b|\s+it\b",
                    text[m.end():b], re.I):
                return cue
        return None
    if not hit or hit[1] != "unverified":
        return None
    cue_at = a + text[a:b].lower().find(hit[0])
    bounds = [a] + [m.end() + a for m in re.finditer(";", text[a:b])] + [b + 1]
    spans = list(zip(bounds, bounds[1:]))
    ci = next(k for k, (x, y) in enumerate(spans) if x <= cue_at < y)
    fi = next(k for k, (x, y) in enumerate(spans) if x <= f.start < y)
    if fi == ci:
        return hit[0]
    own = any(spans[ci][0] <= g.start < spans[ci][1] for g in found)
    return hit[0] if not own and fi == ci - 1 else None


def _back_hedge(sent: str, lex: Lexicon) -> tuple[str, str] | None:
    """A cue that refers back to earlier claims -> (cue, kind): 'could not be verified' (unverified), 'denied'
    (denial); 'could be verified' only after a negator ('Neither account could be independently verified')."""
    for m in led(lex.hedge_back).finditer(sent):    # (led.Led: m.start() as found, lower-cased groups)
        cue = _re_sub(r"\s+", " ", m.group("cue").lower())
        kind = lex.back_kinds.get(cue, "unverified")
        if kind == "denial" and is_non_denial(sent, m.start()):
            continue  # 'has neither confirmed nor denied responsibility'
        if kind == "negated":
            if not lex.negator.search(sent[:m.start()]):
                continue
            kind = "unverified"
        return cue, kind
    return None


_STOP = frozenset("that this these those there their they them with from have been were was said says which would "
                  "could about after before into over than then when where while what whom also only".split())


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _STOP}


#: a denial of having done it at all: every earlier claim of harm by others is disputed
_RESPONSIBILITY = re.compile(r"^\s*(?:any\s+)?(?:responsibility|involvement|any\s+role)\b|"
                             r"^\s*(?:carrying\s+out\s+|having\s+carried\s+out\s+)?(?:the|any)\s+"
                             r"(?:attack|strike|shelling|bombing|raid)\s*(?:[.,;]|$)", re.I)


def _same_body(name: str | None, phrase: str) -> bool:
    """'army' and 'the army', 'ODF' and 'The ODF': the same speaker by its words (no registry to ask)."""
    key = lambda x: [w for w in re.findall(r"[a-z0-9]+", (x or "").lower()) if w not in ("the", "a", "an", "s")]
    a, b = key(name), key(phrase)
    return bool(a) and bool(b) and (a == b[-len(a):] or b == a[-len(b):])


def _hedge_back(records: list[dict], si: int, sent: str, hit: tuple[str, str], sw: SideWords,
                sent_texts: list[str], cue_cats: Mapping[tuple, str], *, text: str | None = None) -> None:
    """A later sentence hedges the earlier claims it refers to (GUIDELINES: 'a later sentence that refers back'):

    - 'Neither side's figures / Neither account could be verified': every claim made by a warring side;
    - 'The group's claims could not be verified', 'It was not possible to verify claims by X': X's claims;
    - 'X rejected the figures': the claims of X's opponents; 'X denied striking the market': claims of harm
      whose sentence (or paragraph) shares the event's words (market), not X's own; 'X denied responsibility':
      every earlier claim of harm not X's own;
    - 'could not verify the army's claims': the claims the army made, else those of the army's side;
    - otherwise ('The claim could not be verified', 'has not been able to verify the footage'): the claims of
      the latest sentence that made any, within two sentences.
    """
    cue, kind = hit
    low = sent.lower()
    cue_at = low.find(cue)
    open_recs = [r for r in records if not r["hedged"]]
    if not open_recs:
        return
    if kind == "denial":
        targets = _denial_targets(records, open_recs, si, sent, cue, cue_at, sw, sent_texts, cue_cats)
    elif re.search(r"\b(?:neither|both|none|all)\b", low):
        targets = [r for r in open_recs if _belligerent(r, sw)]
    else:
        targets = _owner_targets(records, open_recs, si, sent, sw, sent_texts)
    for r in targets:
        r["hedged"], r["hedge_cue"] = True, cue


def _belligerent(r: dict, sw: SideWords) -> bool:
    """A claim made by a warring side (by the registry; without one, any named claimant not counting civilians)."""
    side = r.get("claimant_side")
    if sw.belligerents:
        return side in sw.belligerents
    return r.get("claimant") is not None and r["victim_side"] != "civilian"


def _phrase_side(phrase: str, sw: SideWords, before: list[str]) -> str | None:
    """The side of a phrase naming a speaker ('the army', 'Its spokesman'), generic names resolved first."""
    phrase = phrase.strip()
    if not phrase:
        return None
    resolved = _resolve_generic(phrase, before, sw)
    return sw.side_of_speaker(resolved) or sw.side_of_words(re.findall(r"[\w'’-]+", phrase.lower()))


def _denial_targets(records: list[dict], open_recs: list[dict], si: int, sent: str, cue: str, cue_at: int,
                    sw: SideWords, sent_texts: list[str], cue_cats: Mapping[tuple, str]) -> list[dict]:
    """The claims a denial disputes: 'denied the claim' (the one just made), 'rejected the figures' (the
    opponents'), 'denied responsibility' (every claim of harm not the denier's), 'denied striking the market'
    (the claims about that event)."""
    subject = re.split(r"[,;:]", sent[:max(cue_at, 0)])[-1]
    s_side = _phrase_side(subject, sw, sent_texts[:si])
    obj = sent[cue_at + len(cue):]

    def not_theirs(r):
        """Not the denier's own claim: by side with a registry, by name without one."""
        if s_side is not None:
            return r.get("claimant_side") != s_side
        return not _same_body(r.get("claimant"), subject)
    last = max((r["_sent"] for r in open_recs), default=None)
    if re.match(r"\s+(?:the|this|that)\s+(?:\w+\s+)?(?:claim|figure|account|report|toll|number)\b", obj, re.I) \
            and last is not None and si - last <= 2:
        # 'denied the claim': the one just made
        return [r for r in open_recs if r["_sent"] == last and not_theirs(r)]
    if re.match(r"\s+(?:the|these|those|its|their)\s+(?:\w+\s+)?" + _CLAIM_NOUNS + r"\b", obj, re.I):
        about = _ABOUT_VICTIMS.search(obj)   # rule `denial_topic`: 'the claims regarding the deaths of civilians'
        return [r for r in open_recs if _belligerent(r, sw) and not_theirs(r)
                and (about is None or r["victim_side"] == "civilian")]
    if _RESPONSIBILITY.match(obj):  # ... and not the denier's own dead: a denial of harm done disputes harm to others
        return [r for r in open_recs if r["category"] != "displaced" and not_theirs(r)
                and not (r["low"] == 0 and r["high"] == 0) and (s_side is None or r["victim_side"] != s_side)]
    words = _content(obj) - sw.skip  # the event's words, not the victims' ("civilians")
    # ... or the harm itself: "denied that any of its soldiers had been captured"
    cats = {c for w in re.findall(r"[a-z]+", obj.lower()) for c in (cue_cats.get((w,)),) if c}

    def about_event(r):
        """Event words shared with the claim's sentence, or with the sentence before it when that one
        sets the scene ('On 2 December the camp was shelled. ... 31 people were killed') or holds the same
        claimant's figures: one word suffices nearby (three sentences), two farther back."""
        shared = words & _content(sent_texts[r["_sent"]])
        k = r["_sent"] - 1
        if k >= 0 and r["category"] != "displaced":
            prev = [p for p in records if p["_sent"] == k]
            if not prev or any(p.get("claimant") == r.get("claimant") for p in prev):
                shared |= words & _content(sent_texts[k])
        return len(shared) >= (1 if si - r["_sent"] <= 3 else 2)
    return [r for r in open_recs if (si - r["_sent"] <= 3 or r["category"] != "displaced")
            and not (r["low"] == 0 and r["high"] == 0)  # 'no casualties' is no claim of harm to dispute
            and (about_event(r) or (si - r["_sent"] <= 3 and r["category"] in cats))
            and (s_side is None or r.get("claimant_side") != s_side)]


#: what a denied claim is about: '... regarding the deaths of civilians', 'claims about civilian casualties'
_ABOUT_VICTIMS = re.compile(r"^[^.;]{0,60}?\b(?:regarding|about|concerning|of|over)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?"
                            r"(?:civilians?|non-combatants)\b", re.I)
#: rule `unverified_accounts`: 'was unable to independently verify the accounts' (a plural, no owner named)
_PLAIN_ACCOUNTS = re.compile(r"\b(?:verify|confirm)\s+(?:the|these|those)\s+(?:\w+\s+)?(?:accounts|claims|reports|"
                             r"allegations|figures)\s*[.,;]?\s*$", re.I)


def _owner_targets(records: list[dict], open_recs: list[dict], si: int, sent: str, sw: SideWords,
                   sent_texts: list[str]) -> list[dict]:
    """The claims an 'unverified' sentence names by their owner ('could not verify the army's claims': the
    army's, else its side's), else those of the latest sentence with claims, within two sentences."""
    m = _OWNER.search(sent)
    owner = (m.group("owner") or m.group("owner2")) if m else None
    owner = re.split(r"\b(?:verify|confirm|check)\b", owner)[-1] if owner else None
    o_side = _phrase_side(owner, sw, sent_texts[:si]) if owner and owner.strip().lower() not in ("the", "its", "their") \
        else None
    o_actor = sw.view.lookup(owner) if sw.view is not None and owner else None
    own = [r for r in open_recs if r.get("claimant") and (
        sw.view.lookup(r["claimant"]) is o_actor if o_actor is not None else
        sw.view is None and owner and _same_body(r["claimant"], owner))]
    if own:  # "could not verify the army's claims": the army's, not every claim of its side
        return own
    if o_side:
        return [r for r in open_recs if r.get("claimant_side") == o_side]
    if owner is None and _PLAIN_ACCOUNTS.search(sent):
        # 'Reuters was unable to independently verify the accounts': every account of harm told before
        return [r for r in open_recs if r["category"] != "displaced"]
    last = max((r["_sent"] for r in records), default=None)
    if last is not None and si - last <= 2:
        return [r for r in open_recs if r["_sent"] == last]
    return []
