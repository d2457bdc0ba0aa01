"""The `people` rule (docs/annotation.md, "Victims called only people"): whose side a count is when its victims
have no words of their own (`12 people`, `Three killed`, `1,266 wounded`, `the dead`).

The evaluation kit's convention (its seed and dev2 gold): such victims are `civilian` only when the article makes
plain they were non-combatants, that is when

- ``civilian_place``: the harm fell on a civilian place or gathering named in the claim's sentence or in the
  sentence before it (a market, homes, a residential building or district, a village, a school, a hospital, a
  displacement camp), or
- ``restated_civilians``: the same count of the same harm is called civilians elsewhere in the article (a headline
  `13 dead in air strike` restating `13 civilians were killed`);

and `unknown` otherwise: a weapon alone (an air strike, shelling, rockets) does not tell who was hit, nor does a
subset of children inside the count, and the toll of fighting, an offensive or a war mixes combatants and civilians.

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> civilian_place("a shell hit the cattle market in kadugli, killing nine people.", "", lex)
    'market'
    >>> civilian_place("air strikes killed 12 people in the province.", "fighting continued overnight.", lex)
    >>> civilian_place("ten people were killed and eight wounded, he said.",
    ...                "a jet dropped two bombs on the village of wad ashana.", lex)
    'village'
"""
from __future__ import annotations

import re

from .lexicon import Lexicon, load_lexicon
from .scan import Gated

_WORDS = re.compile(r"[a-z][a-z'’-]*")


#: a camp that is a force's own: 'a rebel camp', 'an army training camp'
_FORCE_CAMP = frozenset(["army", "military", "training", "rebel", "militant", "guerrilla", "base", "police", "boot"])


_OWN_HOMES = frozenset(["homes", "houses", "village", "villages"])
_LEFT_HOME = frozenset(["flee", "fled", "fleeing", "left", "leave", "leaving", "forced", "driven", "return",
                        "returned", "returning", "abandon", "abandoned"])
#: 'displacing N people from their homes': the displaced's origin ('abducted from their homes' is a place of harm)
_DISPLACING = frozenset(["displacing", "displaced", "displace", "uprooted", "uprooting", "evicted", "driven", "fled"])
#: 'the camp', 'a camp': which camp is not said
_DETERMINERS = frozenset(["", "the", "a", "an", "that", "this", "its", "their", "his", "her", "one"])
#: a hospital is a civilian place where it is hit, not where the wounded are taken ('rushed to hospital')
_HOSPITALS = frozenset(["hospital", "hospitals", "clinic", "clinics", "shelter", "shelters"])
#: the verbs that say a place was hit: 'shells struck a clinic', 'smashed into a shelter'
_HIT = frozenset(["hit", "hits", "struck", "shelled", "bombed", "targeted", "stormed", "raided", "into"])
#: the harms an attack 'on' a place names: 'a mortar attack on the main hospital'
_ATTACK_ON = frozenset(["attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "shelling", "bombing",
                        "bombardment", "raid", "raids", "assault", "shells", "rockets", "missiles", "fire"])


def _hit_place(ws: list[str], i: int) -> bool:
    """ws[i] (a hospital, a shelter) is the object of the harm: 'a mortar attack on the main hospital', 'shells
    smashed into a shelter', 'struck the district clinic' (up to two words between), not 'taken to the hospital'.

    >>> _hit_place("a mortar attack on the main hospital".split(), 5)
    True
    >>> _hit_place("wounded in the shelling were taken to the hospital".split(), 8)
    False
    """
    for k in range(i - 1, max(-1, i - 4), -1):
        w = ws[k]
        if w in _HIT or (w == "on" and k and ws[k - 1] in _ATTACK_ON):
            return True
        if w in ("to", "from", "at", "in", "outside", "near") or w in _HIT_STOP:
            return False
    return False


#: words between a harm and a place that end the search: another clause's verb
_HIT_STOP = frozenset(["were", "was", "been", "taken", "brought", "rushed", "evacuated", "admitted", "treated"])
#: words that call a camp one of the displaced
_DISPLACED = frozenset(["displacement", "displaced", "refugee", "refugees", "idp", "idps"])
#: the same after the camp: 'a camp sheltering migrants', 'the camp for displaced families', 'a camp housing refugees'
_DISPLACED_AFTER = _DISPLACED | frozenset(["migrants", "sheltering", "housing", "evacuees", "asylum"])


def _camp_of_civilians(words: list[str], i: int, lex: Lexicon, sw) -> bool:
    """'camp' at words[i] is a displacement camp: called so ('the displacement camp', 'a refugee camp'), or named
    ('Abu Shouk camp') by a name that is no force's ('a rebel camp', 'an FRS camp'); 'the camp' alone does not
    say."""
    before = words[i - 1] if i else ""
    if before in _DISPLACED or not _DISPLACED_AFTER.isdisjoint(words[i + 1:i + 4]):
        return True     # 'a refugee camp', 'a camp sheltering migrants', 'the camp for displaced families'
    return before not in _DETERMINERS and before not in _FORCE_CAMP and lex.roles.get(before) is None and \
        (sw is None or sw.side_of_words([before]) is None)


#: the words before 'civilians' that make them a count or a part, not the victims as a whole
_PART_OF = frozenset(["including", "them", "most", "mostly", "among", "and", "both", "also", "whom", "which"])


#: verbs whose object 'civilians' are spoken to or about, not harmed: 'Israel warned Lebanese civilians', 'the army
#: would defend civilians'
_ADDRESSED = frozenset(["warned", "warn", "warning", "warns", "urged", "urge", "urging", "told", "tell", "asked",
                        "defend", "defended", "defending", "protect", "protected", "protecting", "shield", "evacuate",
                        "evacuated", "evacuating", "advised", "ordered", "called"])


def _civilians_named(words: list[str], lex: Lexicon) -> bool:
    """The sentence calls its victims civilians as a whole ('Civilians keep dying in the siege; the number has
    reached the hundreds'), not a count or a part of them ('10 civilians', 'including civilians', 'most of them
    civilians')."""
    for i, w in enumerate(words):
        if w in ("civilians", "civilian") and (w == "civilians" or (i + 1 < len(words) and words[i + 1] in
                                                                    ("deaths", "casualties", "toll", "victims"))):
            before = words[max(0, i - 5):i]
            if not _ADDRESSED.isdisjoint(words[max(0, i - 3):i]):
                continue    # rule `civilians_addressed`: 'warned civilians to leave', 'would defend civilians'
            if not any(b in _PART_OF or b[:1].isdigit() or b in lex.numbers for b in before):
                return True
    return False


#: reporting verbs: the words just before them name a source, not the victims
_REPORTING = frozenset(["said", "says", "say", "told", "added", "reported", "stated", "announced", "confirmed"])
#: a force's voice, not its men: 'a police spokesman', 'army sources', 'military officials' (rule `source_not_victims`)
_VOICE_NOUNS = frozenset(["spokesman", "spokeswoman", "spokesperson", "spokespeople", "source", "sources",
                          "statement", "chief", "official", "officials", "headquarters", "authorities"])


#: the words that open a part of a toll: the people after them are victims, not a source ('including a senior police
#: official', 'among them two soldiers')
_PART_OPENERS = frozenset(["including", "among", "incl"])
#: the harm a voice noun may suffer: 'a police official was killed', 'an official among the dead'
_HARMED = frozenset(["killed", "died", "dead", "wounded", "injured", "hurt", "shot", "abducted", "kidnapped", "among",
                     "slain", "missing"])
#: words that count what follows: 'two soldiers, officials said' counts soldiers, whoever speaks after them
_COUNT_WORDS = frozenset(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                          "twelve", "dozen", "dozens", "scores", "hundreds", "several", "some", "many", "another"])


def _counted(words: list[str], j: int) -> bool:
    """words[j] is counted ('two soldiers', '14 police'): a victims' word, whoever speaks after it."""
    return j > 0 and (words[j - 1] in _COUNT_WORDS or words[j - 1][:1].isdigit())


def _victim_at(words: list[str], i: int) -> bool:
    """Rule `voice_noun_harmed`: the voice noun words[i] names victims, not a source: it stands in a part of the toll
    ('including a senior police official': 'including' / 'among' within four words, its modifier no plural that
    ends another phrase, 'two soldiers, officials said'), or is the subject of the harm ('a police official was
    killed').

    >>> _victim_at("nine people dead including a senior police official police said".split(), 7)
    True
    >>> _victim_at("a police official was killed in the blast".split(), 2)
    True
    >>> _victim_at("nine people died a police official said".split(), 5)
    False
    >>> _victim_at("a bomb killed nine people among them two soldiers officials said".split(), 9)
    False
    """
    before = words[max(0, i - 4):i]
    if not _PART_OPENERS.isdisjoint(before) and _REPORTING.isdisjoint(before) and \
            not (words[i - 1].endswith("s") and words[i - 1] not in ("police", "security", "sources")):
        return True
    after = words[i + 1:i + 4]
    for w in after:
        if w in _REPORTING:
            return False
        if w in _HARMED:
            return True
    return False


def without_sources(words: list[str]) -> list[str]:
    """Rule `source_not_victims`: the sentence's words without the sources of its attribution (the two words before a
    reporting verb, three after `according to`), so that '..., police said' or 'according to army officers' does
    not make a count of people mixed (`mixed_context`); never the victims' own words (`_victim_at`: 'nine people
    dead, including a senior police official, police said' keeps 'police': a force's man among the toll).

    >>> without_sources("gunmen killed 17 people at a market in the town police said".split())
    ['gunmen', 'killed', '17', 'people', 'at', 'a', 'market', 'in', 'the']
    >>> without_sources("two soldiers and nine villagers died according to army officers".split())
    ['two', 'soldiers', 'and', 'nine', 'villagers', 'died', 'according', 'to']
    >>> without_sources("a police spokesman confirmed that 40 people were killed".split())
    ['a', 'that', '40', 'people', 'were', 'killed']
    >>> without_sources("army sources put the toll at 40 people".split())
    ['sources', 'put', 'the', 'toll', 'at', '40', 'people']
    >>> without_sources("nine people dead including a senior police official police said".split())
    ['nine', 'people', 'dead', 'including', 'a', 'senior', 'police']
    >>> without_sources("a bomb killed nine people among them two soldiers officials said".split())[-2:]
    ['two', 'soldiers']
    >>> without_sources("nine people died in the church police and red cross sources said".split())[-2:]
    ['the', 'church']
    """
    if _REPORTING.isdisjoint(words) and "according" not in words and _VOICE_NOUNS.isdisjoint(words):
        return words
    drop: set[int] = set()
    for i, w in enumerate(words):
        if w in _VOICE_NOUNS and not _victim_at(words, i):
            drop.update(range(max(0, i - 1), i))
        if w in _REPORTING:
            first = max(0, i - 2)
            while i - first < 6:  # 'police and Red Cross sources said': the sources are a list
                if first >= 2 and words[first - 1] == "and":
                    first -= 2
                elif first >= 3 and words[first - 2] == "and":
                    first -= 3
                else:
                    break
            drop.update(range(first, i + 1))
        elif w == "according" and words[i + 1:i + 2] == ["to"]:
            drop.update(range(i + 2, i + 5))
    return [w for i, w in enumerate(words) if i not in drop or (words[i] not in _REPORTING and _counted(words, i))]


#: non-combatants named as a gathering that an attack was aimed at ('fired at villagers', 'opened fire on worshippers',
#: 'ambushed a bus carrying passengers'): the guide's civilian place told by who was in it
_GATHERED = (r"villagers|residents|inhabitants|passengers|travell?ers|commuters|motorists|worshipp?ers|churchgoers|"
             r"congregants|parishioners|pilgrims|mourners|shoppers|wedding\s+guests|guests|students|pupils|"
             r"schoolchildren|farmers|shepherds|fishermen|woodcutters|refugees|displaced\s+people|civilians|"
             r"women\s+and\s+children|families|tourists|holidaymakers|minority|minorities|community|communities|"
             r"christians|muslims|hindus|sikhs|buddhists|shias|shiites|sunnis|copts")
_RX_TARGETED = Gated(re.compile(
    r"\b(?:(?:fired|firing|fire|shot|shooting|opened\s+fire|sprayed\s+bullets|hurled\s+\w+|lobbed\s+\w+|"
    r"threw\s+\w+|attacks?|assaults?|raids?|ambush(?:es)?|rampage)\s+(?:indiscriminately\s+)?(?:at|on|upon|against|into)|"
    r"attacked|attacking|ambushed|ambushing|raided|targeted|targeting|massacred|slaughtered|"
    r"(?:bus|minibus|vehicle|truck|lorry|boat|ferry|train|convoy|car|plane|airliner|jet)s?\s+"
    r"(?:carrying|ferrying|full\s+of|packed\s+with))\s+"
    r"(?:(?:the|a|an|some|about|around|nearly|more\s+than|at\s+least|dozens\s+of|hundreds\s+of|scores\s+of|"
    r"group\s+of|crowd\s+of|\d[\d,]*|[a-z][\w'’-]*)\s+){0,3}?"
    r"(?P<who>" + _GATHERED + r")\b"),
    re.compile(r"fire|shot|shoot|attack|assault|raid|ambush|rampage|target|massacr|slaughter|hurled|lobbed|threw|"
               r"carrying|ferrying|full of|packed with|sprayed"))      # the verbs' stems: a cheap gate (scan.Gated)


def civilians_targeted(text_low: str) -> str | None:
    """Rule `civilians_targeted`: the non-combatants an attack was aimed at, named as a gathering (`fired
    indiscriminately at villagers`, `opened fire on worshippers`, `ambushed a bus carrying passengers`): the harm fell
    on a civilian gathering, as on a civilian place (docs/annotation.md, "Victims called only people").

    >>> civilians_targeted("gunmen opened fire on worshippers leaving the chapel, killing 12 people.")
    'worshippers'
    >>> civilians_targeted("rebels ambushed a minibus carrying passengers near the border; nine people died.")
    'passengers'
    >>> civilians_targeted("the group has killed dozens in attacks targeting the country's ahmadi minority.")
    'minority'
    >>> civilians_targeted("troops exchanged fire with the rebels, killing nine people.")
    >>> civilians_targeted("the governor urged villagers to stay indoors.")
    """
    m = _RX_TARGETED.search(text_low)
    return re.sub(r"\s+", " ", m.group("who")) if m else None


#: a killing told as a massacre of the defenceless: no combatant dies with his throat cut or in a massacre
_RX_MASSACRE = Gated(re.compile(r"\b(?:massacr(?:e|es|ed|ing)|slaughter(?:ed|ing)?|butcher(?:ed|ing)|behead(?:ed|ing)|"
                          r"decapitat(?:ed|ing)|hack(?:ed|ing)\s+(?:\w+\s+)?to\s+death|burn(?:ed|t)\s+alive|"
                          r"(?:slit|slitting|cut|cutting|slashed|slashing)\s+(?:\w+\s+){0,3}?throats?|"
                          r"throats?\s+(?:were\s+|was\s+|had\s+been\s+)?(?:slit|cut|slashed))\b"),
                     re.compile(r"massacr|slaughter|butcher|behead|decapitat|hack|alive|throat"))   # cheap gate


def massacre_told(text_low: str) -> str | None:
    """Rule `massacre_of_people`: the harm is told as a massacre (`massacred`, `slaughtered`, `beheaded`, `hacked to
    death`, `burned alive`, throats cut): the victims were defenceless, civilians unless the words say otherwise.

    >>> massacre_told("a family of seven was slaughtered in the hamlet.")
    'slaughtered'
    >>> massacre_told("raiders slit the throats of nine herders.")
    'slit the throats'
    >>> massacre_told("nine people were killed in the shelling.")
    """
    m = _RX_MASSACRE.search(text_low)
    return m.group(0) if m else None


def civilian_place(sent_low: str, prev_low: str, lex: Lexicon, sw=None) -> str | None:
    """The civilian place or gathering (data/lexicons/casualties.yaml `civilian_context`, or a camp that is not a
    force's) named in the claim's sentence or the sentence before it, else None; a force named in the claim's
    sentence (`soldiers`, `a checkpoint`: `mixed_context`) makes the count mixed and answers None.

    >>> civilian_place("shelling of the abu shouk camp killed 14 people.", "", load_lexicon())
    'camp'
    >>> civilian_place("the raid on a rebel camp killed 14 people.", "", load_lexicon())
    >>> civilian_place("nearly 20 people were killed in the attack on the camp near gao.", "", load_lexicon())
    >>> civilian_place("civilians keep dying in the siege; the number has reached the hundreds.", "", load_lexicon())
    'civilians'
    >>> civilian_place("drones killed 30 people, including civilians.", "", load_lexicon())
    >>> civilian_place("gunmen killed 17 people at a market in the town, police said.", "", load_lexicon())
    'market'
    >>> civilian_place("40 were wounded and 9,000 people were forced to flee their homes.", "", load_lexicon())
    >>> civilian_place("violence left 900 dead, displacing 20,000 people from their homes.", "", load_lexicon())
    """
    words = _WORDS.findall(sent_low)
    if not lex.mixed_context.isdisjoint(words) and not lex.mixed_context.isdisjoint(without_sources(words)):
        return None
    if _civilians_named(words, lex):
        return "civilians"
    if (who := civilians_targeted(sent_low) or massacre_told(sent_low) or prev_low and civilians_targeted(prev_low)):
        return who      # rules `civilians_targeted`, `massacre_of_people` (the massacre in the claim's own sentence:
        # a sentence before may condemn another's 'massacre' over a war's toll)
    for ws in (words, _WORDS.findall(prev_low)):
        for i, w in enumerate(ws):
            if w in _OWN_HOMES and i and (ws[i - 1] in ("their", "own", "his", "her") and
                                          (not _LEFT_HOME.isdisjoint(ws[max(0, i - 4):i]) or ws[i - 2:i - 1] == ["from"]
                                           and not _DISPLACING.isdisjoint(ws[max(0, i - 8):i])) or
                                          ws[i - 1] in ("to", "from") and not _LEFT_HOME.isdisjoint(ws[max(0, i - 3):i])):
                continue  # 'forced to flee their homes', 'displacing a million people from their homes': where the
                # displaced came from, not where harm fell
            if w in lex.civilian_context and i and ws[i - 1] in _FORCE_CAMP:
                continue  # 'a military hospital', 'an army school': a force's place
            if w in _HOSPITALS and i and ws[i - 1] not in _FORCE_CAMP and _hit_place(ws, i):
                return w  # rule `hospital_hit`: 'a mortar attack on the main hospital' (not where the wounded went)
            if w in lex.civilian_context or (w == "camp" and _camp_of_civilians(ws, i, lex, sw)):
                return w
    return None


_RX_EVENT = re.compile(r"\b(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s|yesterday['’]s|last\s+night['’]s)\s+"
                       r"(?:deadly\s+|rocket\s+|missile\s+|drone\s+|artillery\s+)?"
                       r"(?P<what>shelling|strike|air\s?strike|attack|bombing|raid|blast|explosion|bombardment)\b")


#: a count's own nouns of people: a new noun phrase, not an elided one ('Two died', 'the dead')
_OWN_NOUNS = frozenset(["people", "bodies", "lives"])


def people_next_sentence(head: str | None, gap: int) -> bool:
    """Rule `people_next_sentence`: whether a count with no words of who (`head`) may take the civilians of the last
    count `gap` sentences before it: an elided count ('Two died', 'the dead', '40 wounded') at any distance, as
    before; a count with a noun of its own ('sixteen people', '48 bodies', 'lives') only from the sentence right
    before it, since a fresh noun phrase two sentences on opens the next event ('Seven people were killed when
    UNITA attacked Benguela. ... In another attack, sixteen people were killed when UNITA attacked ...').

    >>> people_next_sentence("people", 1), people_next_sentence("people", 2), people_next_sentence(None, 2)
    (True, False, True)
    """
    return head not in _OWN_NOUNS or gap <= 1


def event_of(sent_low: str) -> str | None:
    """The harm a sentence names by its day ('monday's shelling'), the key by which a later claim of the article
    points back to it: `the bodies of eight more people killed in Monday's shelling` after `31 people were killed
    in Monday's shelling of the camp` are the same event's victims, civilian as the first.

    >>> event_of("the bodies of eight more people killed in monday's shelling were found.")
    "monday's shelling"
    >>> event_of("eight people were killed in the shelling.")
    """
    m = _RX_EVENT.search(sent_low) if "'" in sent_low or "’" in sent_low else None
    return f"{m.group('day').replace('’', chr(39))} {m.group('what').replace(' ', '')}" if m else None


#: 'including civilians': civilians among the victims, not the victims
_RX_AMONG = re.compile(r"\b(?:including|among them)\s+(?:\w+\s+)?civilians?\b")
#: the words that call victims civilians
_CIVILIAN_WORDS = frozenset(["civilians", "civilian", "villagers", "residents"])


def restated_civilians(records: list[dict]) -> None:
    """Counts left `unknown` whose number and harm another claim of the article gives to victims it calls civilians
    take `civilian` (a headline `At least 13 dead in air strike` over `13 civilians were killed`).

    >>> recs = [{"category": "killed", "low": 13, "high": None, "vague": None, "victim_side": "unknown",
    ...          "victim_type": "unknown", "text": "At least 13 dead"},
    ...         {"category": "killed", "low": 13, "high": None, "vague": None, "victim_side": "civilian",
    ...          "victim_type": "civilians", "text": "At least 13 civilians, including two children, were killed"}]
    >>> restated_civilians(recs); recs[0]["victim_side"]
    'civilian'
    """
    named = {(r["category"], r["low"], r["high"]) for r in records
             if r["victim_side"] == "civilian" and r["low"] and not _RX_AMONG.search((r.get("text") or "").lower()) and
             not _CIVILIAN_WORDS.isdisjoint(_WORDS.findall((r.get("text") or "").lower()))}
    if not named:
        return
    for r in records:
        if r["victim_side"] == "unknown" and r["vague"] is None and (r["category"], r["low"], r["high"]) in named:
            r["victim_side"], r["victim_type"] = "civilian", "civilians"
