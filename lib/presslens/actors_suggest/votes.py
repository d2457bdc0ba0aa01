"""The named rules that turn the words around a mention into side votes (`RULES`)."""
from __future__ import annotations

import re

from ..actors import fold
from .names import _BODY_PRONOUN_RE, Entity, _GROUP_PRONOUN_RE, _PRO_ANTI_RE, _role_words
from .scan import Scan


# --------------------------------------------------------------------------- rules: cues -> side votes

_STATE_WORD = re.compile(r"(?<![\w\-])(army|military|government|minister|ministry|brigade|battalion|regiment|division|defen[cs]e|interior|police|governor|"
                         r"president|prime minister|general staff|mayor|authorities|armed forces|air force|officer|"
                         r"brig\.?|gen\.?|gov\.?|col\.?|maj\.?|lt\.?|colonel|general|major|lieutenant|captain|sergeant|"
                         r"soldiers?|troops|commissioner|emergency service|state|official|officials)(?![\w])", re.I)


_PLACE_BEFORE = re.compile(r"\b(?:in|into|(?<!according )to|from|near|across|inside|toward|towards|against|on|over|at)\s+(?:the\s+)?$", re.I)


_UN_BACKED = re.compile(r"(?i)\bu\.?n\.?[\-‐–]\s*(?:recogni[sz]ed|backed|brokered|sponsored|supported|led|mandated)\b")


def _generic_side(phrase: str, lex_res: list[tuple[str, re.Pattern]]) -> str | None:
    # `the UN-recognised government`, `U.N.-backed forces` are not U.N. bodies (rule `un_backed`)
    folded = _UN_BACKED.sub(" ", fold(phrase))
    for side, rx in lex_res:
        if rx.search(folded):
            return side
    return None


_ABBREV = {"dr", "lt", "col", "gen", "maj", "brig", "sgt", "capt", "mr", "mrs", "ms", "st", "no", "cpl", "pvt", "adm",
           "gov", "sen", "rep", "cmdr", "insp", "supt", "prof", "u.n", "u.s"}
_BOUNDARY = re.compile(r"[.?!][\"”’]?\s+|\n|[\"“”]\s*|:\s|\(|\)|;|\s[-–—]\s")


def _only_titles(segment: str) -> bool:
    words = [fold(w).strip(".") for w in segment.split()]
    return all(w in _ABBREV or w in _role_words() or w in ("the", "a", "an") for w in words)


def _windows(text: str, start: int, end: int) -> tuple[str, str]:
    """The mention's role phrase: the words before it back to the clause start (the segment before a comma
    too when only titles are left: `The ministry's director-general, Dr. X`), and an appositive after it
    (`X, a spokesman for the URC,`; `X of the Kessa Institute`)."""
    left = text[max(0, start - 160):start]
    cut = 0
    for m in _BOUNDARY.finditer(left):
        if m.group(0).startswith("."):
            tok = re.search(r"([\w.]+)$", left[:m.start()])
            if tok and fold(tok.group(1)) in _ABBREV:
                continue
        cut = m.end()
    left = left[cut:]
    parts = left.split(",")
    seg = parts[-1]
    if len(parts) > 1 and _only_titles(seg):
        seg = parts[-2] + "," + seg
    left = seg
    right = text[end:end + 120]
    if re.match(r"\s*,", right):                     # `X, a spokesman for the URC, said`
        right = right[right.index(",") + 1:]
        stop = re.search(r"[,;:!?\n(]|(?<![A-Z])\.|\bsaid\b|\btold\b|\"|“", right)     # not `U.S.`
    elif re.match(r"\s+(?:of|for|from|at|with)\s|,?\s+reporting\b", right):  # `Jonas Brekke of the Kessa Institute`
        stop = re.search(r"[;:!?\n(]|(?<![A-Z])\.|\bsaid\b|\btold\b|\bsays\b|\"|“", right)
    else:
        return left, ""
    if stop:
        right = right[:stop.start()]
    return left, right


#: a name used as a news medium (rule `outlet`): `writes the Halven Herald`, `Radio Sarn reports.`,
#: `told Marovia Today` (an organisation), `Halven Today news website said`
_OUTLET_BEFORE = re.compile(r"\b(?:writes|wrote|reports|reported\s+by|according\s+to\s+(?:the\s+)?(?:newspaper|daily|"
                            r"website|broadcaster|channel|news\s+agency))\s+(?:the\s+)?$", re.I)
_TOLD_BEFORE = re.compile(r"\btold\s+(?:the\s+)?$")
_OUTLET_AFTER = re.compile(r"\s+(?:news\s+)?(?:website|web\s?site|portal|newspaper|news\s+agency|channel|broadcaster)\b"
                           r"|,?\s+reports\s*[.;]")


def _outlet(ent: Entity, text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - 50):start], text[end:end + 40]
    return bool(_OUTLET_BEFORE.search(before) or _OUTLET_AFTER.match(after)
                or ent.kind == "org" and _TOLD_BEFORE.search(before))


def _votes_for_mention(ent: Entity, aid: str, text: str, start: int, end: int, scan: Scan, lex_res) -> None:
    """Apply the rules to one mention of `ent` in article `aid`."""
    left, right = _windows(text, start, end)
    where = " ".join((left + "[" + text[start:end] + "]" + right).split())
    if _outlet(ent, text, start, end):
        ent.vote("media", 4.0, f"'{' '.join(text[max(0, start - 50):end + 40].split())}' (a news medium)")
        return
    name_forms = ent.name
    # member / possessive / demonym: a country or group named in the role phrase; the nearest wins
    near = []
    for pos, key, form in scan.anchors_in(left):
        if not _PLACE_BEFORE.search(left[:pos]):
            near.append((len(left) - pos, key, form))
    for pos, key, form in scan.anchors_in(right):
        if not _PLACE_BEFORE.search(right[:pos]):
            near.append((pos + 3, key, form))
    own = {k for _, k, f in scan.anchors_in(name_forms)}
    if ent.kind == "org" and _org_side(ent, aid, scan, lex_res):
        return
    near = [n for n in near if n[1] not in own or ent.kind == "person"]
    if near:
        dist, key, form = min(near)
        weight = 2.0 if dist < 40 else 1.0
        ent.vote(key, weight, f"'{where}' ({form})")
    # pro-X / anti-X in the role phrase
    for m in _PRO_ANTI_RE.finditer(left + " " + right):
        target = [k for _, k, _f in scan.anchors_in(m.group(2))]
        if m.group(1) == "pro" and target:
            ent.vote(target[0], 1.5, f"'{where}' (pro-{m.group(2)})")
        elif m.group(1) == "anti" and scan.group.get(aid) and (target and scan.anchors[target[0]].kind == "country"
                                                              or fold(m.group(2)) in ("government", "regime", "coup", "junta", "military")):
            ent.vote(scan.group[aid], 1.0, f"'{where}' (anti-{m.group(2)})")
    # fighters loyal to X, forces led by X (rule `loyal_to`): X leads an armed group
    before_name = text[max(0, start - 60):start]
    if re.search(r"\b(?:fighters|militiamen|militias?|forces|troops|men|gunmen|rebels|insurgents)\s+(?:loyal\s+to|led\s+by|"
                 r"commanded\s+by|under)\s+(?:the\s+)?$", before_name, re.I):
        key = scan.group.get(aid) or scan.home.get(aid)
        if key:
            ent.vote(key, 2.0, f"'{' '.join(before_name.split())} [{text[start:end]}]' (armed followers: "
                               f"{scan.anchors[key].name}, the article's armed group)")
    # the group's / its spokesman: the group last named before the mention
    if _GROUP_PRONOUN_RE.search(left[-40:]):
        before = scan.anchors_in(text[max(0, start - 600):start])
        groups = [k for _, k, _f in before if scan.anchors[k].kind == "group"]
        if groups:
            ent.vote(groups[-1], 1.5, f"'{where}' (its = {scan.anchors[groups[-1]].name})")
    # the agency's representative: a U.N. body named just before (rule `body_pronoun`)
    if _BODY_PRONOUN_RE.search(left[-40:] + " " + right[:40]):
        before = text[max(0, start - 600):start]
        if _UN_NAME.search(before):
            ent.vote("un", 1.5, f"'{where}' (the agency = {_UN_NAME.findall(before)[-1]})")
    phrase = left + " " + right
    # generic sides: UN, aid group, analyst, resident, correspondent ...
    generic = _generic_side(phrase, lex_res)
    # state words -> the state the article is about; armed-group words -> the group it names most
    state = _STATE_WORD.search(left[-60:] + " " + right[:60])
    if generic and generic != "civilian":
        ent.vote(generic, 1.6, f"'{where}'")
    if state and scan.home.get(aid) and not near and generic not in ("un", "ngo", "foreign_gov", "expert", "media"):
        ent.vote(scan.home[aid], 1.2, f"'{where}' ({state.group(0)}; the article's state is {scan.anchors[scan.home[aid]].name})")
    elif scan.rebel_re.search(fold(phrase)) and scan.group.get(aid) and not near:
        ent.vote(scan.group[aid], 1.0, f"'{where}' (the article's armed group is {scan.anchors[scan.group[aid]].name})")
    if generic == "civilian" and not state:
        ent.vote("civilian", 1.0, f"'{where}'")


_UN_NAME = re.compile(r"\b(?:U\.?N\.?|United Nations|International Organi[sz]ation for Migration|IOM|UNHCR|UNICEF|OCHA|WFP|WHO)\b")
_STATE_BODY = re.compile(r"(?i)\b(ministry|department|directorate|general staff|armed forces|army|police|air force|navy|"
                         r"emergency service|commission|government|cabinet|presidency|parliament|defen[cs]e forces|"
                         r"authorities)\b")


def _org_side(ent: Entity, aid: str, scan: "Scan", lex_res) -> bool:
    """An organisation's side from its own name (rule `org_name`): a UN body; an armed group or a country in
    the name (`ASF media office`, `Korvatian air force`); a state body (`Counter-Terrorism Department`) of
    the article's state; a generic word (`Institute`, `aid group`). True when the name decided."""
    name = ent.name
    if _UN_NAME.search(_UN_BACKED.sub(" ", name)):
        ent.vote("un", 3.0, f"its name: {name}")
        return True
    own = [k for form in (name, *sorted(ent.aliases)) for _, k, _f in scan.anchors_in(form)]
    groups = [k for k in own if scan.anchors[k].kind in ("group", "mission")]
    if groups:
        ent.vote(groups[0], 3.0, f"its name: {name}")
        return True
    generic = _generic_side(name, lex_res)
    if _STATE_BODY.search(name) and generic not in ("expert", "un"):
        key = own[0] if own else scan.home.get(aid)
        if key:
            ent.vote(key, 3.0 if own else 1.5, f"its name: {name}" + ("" if own else
                     f" (a state body; the article's state is {scan.anchors[key].name})"))
            return True
    if generic and generic != "civilian":
        ent.vote(generic, 3.0, f"its name: {name}")
        return True
    if own:
        ent.vote(own[0], 3.0, f"its name: {name}")
        return True
    return False


#: the rules, named, in the order they are tried on a mention (see the module docstring)
RULES = ("outlet", "possessive", "demonym", "country_abbreviation", "member", "pro_anti", "group_pronoun", "generic",
         "state_word", "armed_word", "surname", "country_actor")
