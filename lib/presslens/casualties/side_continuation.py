"""Victim sides carried from the words around a count that has none of its own (issue 11, "Sides"; the held-out
families of session 7):

- ``continued_count`` (rule `continuation_of_count`): `another four`, `two more`, `a further 12`, `the remaining 17
  deaths`, `the rest` continue the claim before them (same sentence, else the sentence before) and take its side;
- ``them_antecedent`` (rule `them_not_the_agent`): `troops killed four of them`, `troops pursued them and six of them
  died`: `them` is the nearest group named before that is not the one doing the harm to them;
- ``force_passage`` (rule `losses_of_the_named_force`): `the unit lost five men`, `it had five dead`, `the patrol was
  ambushed ... two killed`: a force's unit (or the subject of an attack told in the passive) named in this sentence
  or the one before, of one side only, owns a count without victims' words.

Each answers (victim_side, victim_type) or None (the next rule is tried); none guesses where the words are mixed.
"""
from __future__ import annotations

import re

from .lexicon import _QUOTE_CHARS
from .scan import Gated, LiteralGated
from .toll_words import COUNTER_WORDS
from .between_states import states_at_war
from .sides import _role_of

#: a count's own words that say it continues one told before ('another four', 'two more', 'a further 12')
_CONTINUES = frozenset(["another", "more", "further", "additional", "remaining", "rest"])
#: the same, standing before the count ('the remaining 17 deaths', 'the rest of the')
_RX_CONTINUES_BEFORE = re.compile(r"\b(?:the\s+)?(?:remaining|rest\s+of\s+the|another|a\s+further|further|additional)"
                                  r"\s*$")
#: heads that say nothing of who: the count's victims are the ones continued
_BARE = frozenset([None, "dead", "wounded", "injured", "deaths", "injuries", "casualties", "bodies", "killed",
                   "people", "persons", "men", "victims"])


def continued_count(c) -> tuple[str, str] | None:
    """Rule `continuation_of_count`: a count marked as continuing others and naming no side takes the side of the
    count it continues: the last one before it in its sentence, else the last of the sentence before (a `people`
    count only when those were civilians: docs/annotation.md, "Victims called only people").

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("angola", {"sides": {"faa": "the Angolan state", "unita": "UNITA rebels"},
    ...     "government_side": "faa", "rebel_side": "unita", "articles": ["example.txt"],
    ...     "keywords": {"unita": ["UNITA"], "faa": ["FAA"]}})])
    >>> claims_in("Four FAA soldiers died in the ambush. Another four were wounded, the army said.", reg)
    [('killed', 4, 4, None, 'faa'), ('wounded', 4, 4, None, 'faa')]
    >>> claims_in("Troops killed 300 unarmed civilians in May. Amnesty said more than 9,000 people have died since.", reg)
    [('killed', 300, 300, None, 'civilian'), ('killed', 9001, None, None, 'unknown')]
    """
    f = c.f
    if f.named or c.role is not None or f.head not in _BARE or "others" in f.np_words:
        return None     # ('N others' beside a force's count: casualties.victims `_side_from_context` decides)
    at = c.sent_low.find(c.claim_low) if c.claim_low else -1
    words = re.findall(r"[a-z]+", c.claim_low)
    # 'more than 10,000' is an amount, not a continuation
    marked = any(w in _CONTINUES and not (w == "more" and words[i + 1:i + 2] == ["than"])
                 for i, w in enumerate(words)) or \
        (at > 0 and _RX_CONTINUES_BEFORE.search(c.sent_low[max(0, at - 24):at]) is not None)
    if not marked:
        return None
    si = getattr(f, "start_sent", None)
    if si is None:
        return None
    here = [p for p in c.prior if p["_sent"] == si and p["start"] < f.start and not p.get("_subset")]
    before = [p for p in c.prior if p["_sent"] == si - 1 and not p.get("_subset")]
    last = (here or before or [None])[-1]
    if last is None or last["victim_side"] in ("unknown", "both") or last["category"] == "displaced":
        return None
    if f.head in ("people", "persons") and last["victim_side"] != "civilian":
        return None
    return last["victim_side"], last["victim_type"]


#: verbs of harm done to `them` ('killed four of them', 'pursued them'): their subject is not who `them` are
_RX_HARM_VERB = re.compile(r"^(?:kill\w*|shot|shoot\w*|wound\w*|injur\w*|captur\w*|arrest\w*|detain\w*|abduct\w*|"
                           r"ambush\w*|attack\w*|pursu\w*|chas\w*|surround\w*|fought|fight\w*|engag\w*|hunt\w*|"
                           r"repel\w*|repuls\w*|rout\w*|target\w*|neutrali[sz]\w*|eliminat\w*)$")
#: plural nouns of people that name no side: `them` are those counted (their claim's side, if any)
_PLAIN_GROUPS = frozenset(["captives", "hostages", "prisoners", "detainees", "abductees", "men", "members", "people",
                           "passengers", "workers", "recruits", "conscripts"])
_PREPOSITIONS = ("in", "at", "near", "from", "to", "into", "of", "outside", "around", "toward", "towards", "by")
#: a region's adjective between a preposition and a place: 'out of northwestern Iran', 'in southern Lebanon'
_REGION_WORDS = frozenset(["northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern",
                           "southwestern", "north-eastern", "north-western", "south-eastern", "south-western",
                           "central", "northernmost", "southernmost"])
#: what may stand between a preposition and a place or holder a side's word names: 'by the ELN', 'of northwestern Iran'
_BEFORE_PLACE = _REGION_WORDS | {"the"}


def _group_words(sent_low: str, prev_low: str) -> tuple[list[str], list[str]]:
    """The words before ' of them' (the sentence before, then the sentence up to it), stripped of punctuation, and
    the same tokens as written (their commas tell a clause's end)."""
    pos = sent_low.rfind(" of them")
    ctx = (prev_low + " " + sent_low[:pos if pos > 0 else len(sent_low)]).split()
    return [w.strip(",.;:!?()" + _QUOTE_CHARS) for w in ctx], ctx


def _acts_on_them(words: list[str], raw: list[str], i: int, last: int) -> bool:
    """The group at words[i] is the subject of harm done to `them`: a harm verb within four words after it, followed
    (within three more) by `them`, or by the count itself when the count is the verb's object (`last`); never the
    object of a preposition ('exchanged fire with the attackers, killing seven of them') nor a word a comma ends."""
    if raw[i].endswith((",", ";", ":")) or words[i - 1:i] and words[i - 1] in _PREPOSITIONS + ("with", "against") or \
            words[i - 2:i - 1] and words[i - 1] == "the" and words[i - 2] in _PREPOSITIONS + ("with", "against"):
        return False
    for j in range(i + 1, min(i + 5, len(words))):
        if _RX_HARM_VERB.match(words[j]):
            tail = words[j + 1:j + 4]
            return "them" in tail or j + 3 >= last
        if words[j] in ("and", "but", "while", "when", "after", "before", "who", "which", "that"):
            return False
    return False


#: a force's convoy, patrol or vehicles: `them` after an attack on one are its men ('fired at a convoy of four
#: vehicles, injuring four of them')
_CONVEYANCE = frozenset(["convoy", "convoys", "patrol", "patrols", "vehicles", "trucks", "jeeps", "buses"])


#: the harm to `them` told by a participle after the attack: ', injuring four of them'
_RX_PARTICIPLE_HARM = re.compile(r",\s+(?:killing|wounding|injuring|hitting)\s+(?:at\s+least\s+)?[\w-]+$")


def _attacked_unit_side(words: list[str], i: int, sw) -> str:
    """The side of the convoy or vehicles at words[i]: the side its own phrase names ('a convoy of the Brimob'), else
    the foe of the one group named before it in the clause that attacked it ('GAM cadres fired at a convoy'),
    else `unknown`."""
    own = sw.side_of_words([w for w in words[max(0, i - 3):i + 1] if w not in ("a", "an", "the", "of")])
    if own:
        return own
    clause = words[:i]
    cut = max((k for k, w in enumerate(clause) if w in ("said", "says", "told", "that", "added", "reported")),
              default=-1)
    clause = clause[cut + 1:]   # the attack's own clause, not its reporter ('a Brimob spokesman said GAM rebels')
    named = {s for w in clause if w not in sw.skip or w in ("cadres", "militants", "rebels")
             if (s := sw.side_of_words([w]))}
    return sw.opposite.get(named.pop(), "unknown") if len(named) == 1 else "unknown"


#: verbs whose object is a speaker's audience: 'told reporters', 'briefed journalists'
_TOLD = frozenset(["told", "tell", "tells", "telling", "briefed", "briefing", "addressed", "informed"])


def them_antecedent(c) -> tuple[str, str] | None:
    """Rule `them_not_the_agent`: 'N of them' are the nearest group named before that is not the subject doing harm
    to them ('the rebels ambushed the convoy ... troops managed to kill four of them': the rebels), and not a place
    ('the captives held in Sahil'); a group that names no side ('64 captives') is the side of its own claim, if any.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("angola", {"sides": {"faa": "the Angolan state", "unita": "UNITA rebels"},
    ...     "government_side": "faa", "rebel_side": "unita", "articles": ["example.txt"],
    ...     "keywords": {"unita": ["UNITA"], "faa": ["FAA"]}})])
    >>> claims_in("UNITA rebels ambushed the convoy near Andulo. Troops managed to kill four of them.", reg)
    [('killed', 4, 4, None, 'unita')]
    >>> aceh = Actors([_conflict("aceh", {"sides": {"tni": "the Indonesian state: army, police (Brimob)",
    ...     "gam": "the Free Aceh Movement rebels"}, "government_side": "tni", "rebel_side": "gam",
    ...     "articles": ["example.txt"], "keywords": {"tni": ["TNI", "Brimob"], "gam": ["GAM"]}})])
    >>> claims_in("A Brimob spokesman said GAM rebels fired at a convoy of five trucks near Bireuen, wounding three of "
    ...           "them.", aceh)
    [('wounded', 3, 3, None, 'tni')]
    """
    f, sw, lex = c.f, c.sw, c.lex
    if not (c.words and c.words[-1] == "them" or f.head == "them"):
        return None
    words, raw = _group_words(c.sent_low, c.prev_sent_low)
    last = len(words)
    for i in range(last - 1, -1, -1):
        w = words[i]
        if not w or w in sw.skip and lex.roles.get(w) is None and w not in _PLAIN_GROUPS:
            continue
        side = sw.side_of_words([w])
        role = lex.roles.get(w)
        if side is None and role is None and w not in _PLAIN_GROUPS and w not in _CONVEYANCE:
            continue
        if side is not None and role is None and i and (words[i - 1] in _PREPOSITIONS or
                                                        words[i - 1] in _BEFORE_PLACE and
                                                        words[i - 2:i - 1] and words[i - 2] in _PREPOSITIONS):
            continue    # 'held in Sahil', 'held by the ELN', 'out of northwestern Iran': a place or the holder
        if i and words[i - 1] == "whose":
            continue    # 'servicemen whose families last heard from them': the families are not `them`
        if i and (words[i - 1] in _TOLD or words[i - 1] == "the" and i > 1 and words[i - 2] in _TOLD):
            continue    # rule `audience_not_them`: 'told reporters', 'briefed the journalists': the audience
        if _acts_on_them(words, raw, i, last):
            continue    # 'troops managed to kill four of them', 'troops pursued them'
        if w in _CONVEYANCE:    # 'fired at a convoy of four vehicles, injuring four of them': their men
            if i < len(c.prev_sent_low.split()) or not _RX_PARTICIPLE_HARM.search(c.sent_low[:c.sent_low.rfind(" of them")]):
                continue    # only the object of this sentence's attack, its harm told by a participle
            return _attacked_unit_side(words[:i + 1], i, sw), "fighters" if c.vtype == "unknown" else c.vtype
        if side is None and (role in ("state", "nonstate") or role is None):
            # a kind of force, or a group that names no side: the side of the group as counted before, if any
            owner = next((p for p in reversed(c.prior) if w in (p.get("text") or "").lower().split()), None)
            if owner is not None:
                return (owner["victim_side"], owner["victim_type"]) if owner["victim_side"] != "unknown" else \
                    ("unknown", c.vtype)
            if role is None:
                return "unknown", c.vtype
            named = sw.side_of_words(words[max(0, i - 2):i])    # 'UNITA rebels', 'government troops'
            kind = named or (sw.state if role == "state" else sw.nonstate)
            return kind or "unknown", "fighters"
        if side is not None:
            return side, "fighters" if c.vtype == "unknown" else c.vtype
        return ("civilian", "civilians") if role == "civilian" else None
    return None


#: a force's unit: its losses told without victims' words are its men's
_UNIT_NOUNS = frozenset(["battalion", "battalions", "brigade", "company", "patrol", "platoon", "regiment", "unit",
                         "column", "convoy", "squad", "detachment", "garrison", "outpost", "battery", "contingent", "division",
                         "squadron", "task force", "troop", "crew"])
#: the unit's phrase around its noun: 'the FAA's 32nd Battalion', 'a patrol of the Angolan army', 'a UNITA column'
_RX_UNIT = re.compile(r"(?P<before>(?:[\w'’-]+\s+){0,3})(?P<unit>battalions?|brigade|company|patrol|platoon|regiment|"
                      r"unit|column|convoy|squad|detachment|garrison|outpost|battery|contingent|division|squadron|"
                      r"task\s+force)\b(?P<after>(?:\s+(?:of|from)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})?)")
_RX_UNIT = LiteralGated(_RX_UNIT)  # (scan.LiteralGated: searched only in a passage that holds a unit word, 'patrol',
# 'unit' ...: the same matches; the pattern tries up to three words before a unit word at every character)
#: the subject of an attack told in the passive: 'the troops were ambushed', 'a convoy came under fire'
_ATTACKED = (r"(?:ambushed|attacked|targeted|overrun|surrounded|shelled|bombed|hit|struck|sunk|downed|"
             r"shot\s+down|blown\s+up|fired\s+on|under\s+(?:attack|fire))\b")
_RX_ATTACKED = re.compile(r"(?P<subj>(?:[\w'’-]+\s+){1,4}?)(?:was|were|had\s+been|has\s+been|have\s+been|came)\s+"
                          + _ATTACKED)
_RX_ATTACKED = Gated(_RX_ATTACKED, re.compile(_ATTACKED))  # (scan.Gated: searched only in a passage that holds one of
# the attack's participles, which every match ends on: the same matches; the pattern tries up to four words before an
# auxiliary at every word)
#: the attacker after a passive: 'by a British helicopter', up to a place, a time or the clause's end
_RX_BY_AGENT = re.compile(r"^\s*by\s+[^,.;]*?(?=\s+(?:near|in|at|on|off|over|outside|during|while)\b|[,.;]|$)")
#: counts that have no words of who: the passage's force decides
_PASSAGE_HEADS = frozenset([None, "dead", "wounded", "injured", "deaths", "casualties", "losses", "men", "man", "killed",
                            "bodies", "crew", "crewmen", "sailors", "members", "occupants"])
#: a force's vessel or vehicle: its crew are the force's ('a Royal Navy destroyer was hit ... twenty crew members')
_CRAFT = frozenset(["destroyer", "frigate", "ship", "warship", "vessel", "submarine", "cruiser", "corvette",
                    "helicopter", "aircraft", "plane", "jet", "tank", "vehicle", "truck", "boat", "gunboat", "bomber", "fighter"])
#: words that put people who are not the force into the passage: the count may be theirs
_NOT_THE_FORCE = frozenset(["civilians", "civilian", "villagers", "residents", "people", "passengers", "children",
                            "women", "bystanders", "passers-by", "passersby", "pedestrians"])


def _sides_named(text_low: str, sw) -> set[str]:
    """The belligerent sides the words of `text_low` name (registry names, keywords, kinds of force)."""
    found = set()
    for w in re.findall(r"[\w'’-]+", text_low):
        if w in sw.skip and w not in ("army", "police", "military"):
            continue
        side = sw.side_of_words([w])
        if side:
            found.add(side)
    return found


def _unit_side(text_low: str, sw) -> tuple[str | None, bool]:
    """(side, found): the side of the last unit named in `text_low` whose phrase names one, and whether a unit is
    named at all."""
    side, named = None, False
    for m in _RX_UNIT.finditer(text_low):
        named = True
        words = re.findall(r"[\w'’-]+", re.sub(r"['’]s\b", "", m.group("before") + " " + m.group("after")))
        side = sw.side_of_words([w for w in words if w not in ("of", "from", "the", "a", "an")]) or side
    return side, named


def force_passage(c) -> tuple[str, str] | None:
    """Rule `losses_of_the_named_force`: a count with no victims' words whose loser, sufferer or passage is one
    force's unit ('the unit lost 40 men', 'a patrol of the Angolan army ran into a minefield. Five were killed')
    or the subject of an attack told in the passive ('the troops were ambushed ..., two dead') is that force's;
    not when the passage names people who are not the force, or another side's unit.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("angola", {"sides": {"faa": "the Angolan state", "unita": "UNITA rebels"},
    ...     "government_side": "faa", "rebel_side": "unita", "articles": ["example.txt"],
    ...     "keywords": {"unita": ["UNITA"], "faa": ["FAA"]}})])
    >>> claims_in("An FAA patrol hit a mine near Cuito on Friday. The unit lost five men, officers said.", reg)
    [('killed', 5, 5, None, 'faa')]
    """
    f, sw = c.f, c.sw
    if f.named or c.role is not None or f.head not in _PASSAGE_HEADS or f.category == "displaced" or \
            not sw.belligerents or f.partitive or f.subset:
        return None
    at = c.sent_low.find(c.claim_low) if c.claim_low else -1
    before = c.sent_low[:at] if at > 0 else ""
    passage = c.prev_sent_low + " " + before
    tail = " " + c.claim_low + " " + c.after_low[:40]
    attacked = _RX_ATTACKED.search(passage) if any(w in passage for w in (" was ", " were ", " been ", " came ")) \
        else None
    if attacked and _NOT_THE_FORCE.isdisjoint(re.findall(r"[a-z-]+", passage[attacked.start():] + tail)):
        # 'the Canape troops were ambushed ..., resulting in multiple casualties'
        subj = [w for w in re.findall(r"[\w'’-]+", attacked.group("subj")) if w not in ("the", "a", "an")]
        side = sw.side_of_words(subj)
        if side is None and subj:
            role = c.lex.roles.get(subj[-1])
            side = sw.state if role == "state" else sw.nonstate if role == "nonstate" else None
        if side is None and subj and subj[-1] in _UNIT_NOUNS:
            side = _unit_side(attacked.group(0), sw)[0]
        if f.head in ("crew", "crewmen", "sailors", "members", "occupants") and not (subj and subj[-1] in _CRAFT):
            side = None     # a crew is a vessel's or a vehicle's
        rest = _RX_BY_AGENT.sub("", passage[attacked.end():], count=1)     # 'was sunk by a British helicopter'
        if side and _sides_named(rest, sw) <= {side}:
            return side, "fighters" if c.vtype == "unknown" else c.vtype
    if f.head in ("crew", "crewmen", "sailors", "members", "occupants") or \
            not _NOT_THE_FORCE.isdisjoint(re.findall(r"[a-z-]+", passage + tail)):
        return None
    side, named = _unit_side(passage, sw)
    if not (named and side):
        return None
    if c.loser is not None:  # 'the unit lost 40 men', 'it lost five': the loser is the unit or stands for it
        clause = re.split(r"[,;:]|\b(?:said|says|that|and|but)\b", c.loser)[-1]
        loser_words = re.findall(r"[\w'’-]+", clause)
        if not loser_words or not (loser_words[-1] in _UNIT_NOUNS or loser_words[-1] in ("it", "they")):
            return None
    if _sides_named(passage, sw) - {side}:
        return None     # another side named in the passage: the count may be its men
    return side, "fighters" if c.vtype == "unknown" else c.vtype


#: a toll's noun before its count: 'Argentine losses were estimated at 50', 'losses for the rebels have been 800'
_TOLL_NOUNS = ("losses", "loss", "casualties", "deaths", "dead", "death toll", "toll", "fatalities")
_RX_CLAUSE_START = re.compile(r".*(?:[,;:(]|\b(?:while|whereas|and|but|said|says|say|told|that|according\s+to|with)\b)")
#: a short aside in brackets: 'TPLF regime (government) casualties' reads as 'TPLF regime casualties'
_RX_ASIDE = re.compile(r"\s*\([^()]{1,30}\)")
_RX_TOLL_OWNER = re.compile(r"""^\W*(?:the\s+)?(?P<pre>(?:[\w'’-]+\s+){0,3}?)
    (?:death\s+toll|losses|loss|casualties|deaths|dead|toll|fatalities)           # the toll's noun
    (?:\s+(?:for|of|among|on|suffered\s+by)\s+(?:the\s+)?
       (?P<post>[\w'’-]+(?:\s+[\w'’-]+){0,3}?))?                          # its owner after the noun
    (?P<adv>\s+(?:since|during|including|throughout)\s+[^,;]{1,50}?)?          # rule `toll_owner_past_adverbial`
    \s+(?:(?:have|has|had)\s+been|were|was|are|is|stood|stand|numbered|reached|rose|climbed|totalled|totaled|
       amounted|amounts|accounts?\s+(?:to|for)|accounted\s+(?:to|for)|rising|risen|climbing|put|estimated)\b""", re.X)
#: a sentence's end inside one 'sentence' of a headline deck ('... the Game.' American Loss Was Twenty Killed')
_RX_DECK_END = re.compile(r".*[.!?]['’\"”]?\s")
_OWNED_HEADS = frozenset([None, "members", "men", "dead", "killed", "wounded", "injured", "casualties", "losses",
                          "deaths", "fatalities", "people", "persons"])


def toll_owner_before(c) -> tuple[str, str] | None:
    """Rule `toll_owner_before`: a count whose own words say nothing of who, told as the value of a toll noun whose
    owner the clause names ('Argentine losses were estimated at 50', 'losses for the rebels have been between 800 and
    900 members') is the owner's: a registry side only, and only one named in the clause.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("angola", {"sides": {"faa": "the Angolan state", "unita": "UNITA rebels"},
    ...     "government_side": "faa", "rebel_side": "unita", "articles": ["example.txt"],
    ...     "keywords": {"unita": ["UNITA"], "faa": ["FAA"]}})])
    >>> claims_in("The FAA lost nine men, while UNITA losses were estimated at 50.", reg)
    [('killed', 9, 9, None, 'faa'), ('casualties', 50, 50, None, 'unita')]
    >>> claims_in("Fighting went on, with FAA (army) casualties rising to over 40 killed.", reg)
    [('killed', 41, None, None, 'faa')]
    """
    f, sw = c.f, c.sw
    if f.named or c.role is not None or f.head not in _OWNED_HEADS or not sw.belligerents or \
            not any(n in c.sent_low for n in _TOLL_NOUNS):
        return None
    at = c.sent_low.find(c.claim_low) if c.claim_low else -1
    if at <= 0:
        return None
    before = _RX_ASIDE.sub("", c.sent_low[:at])
    start = _RX_CLAUSE_START.match(before)
    clause = before[start.end():] if start else before
    deck = _RX_DECK_END.match(clause) if "." in clause or "!" in clause or "?" in clause else None
    clause = clause[deck.end():] if deck else clause
    m = _RX_TOLL_OWNER.match(clause) or (_RX_TOLL_OWNER.match(clause + c.claim_low) if c.claim_low.startswith(
        _TOLL_NOUNS) else None)     # 'ONLF casualties were light': the claim holds the toll's noun
    if m is None:
        return None
    owner = (m.group("pre") or "") + " " + (m.group("post") or "")
    words = [w for w in re.findall(r"[\w'’-]+", owner.replace("'s", "").replace("’s", ""))
             if w not in ("the", "a") and w not in COUNTER_WORDS]  # rule `official_toll`: who counted
    sides = {s for w in words if (s := sw.side_of_words([w]))} | ({s} if (s := sw.side_of_words(words)) else set())
    if not sides and words:
        sides = toll_owner_role(words, c)
    if len(sides) != 1:
        return None
    if m.group("adv"):
        c.by = c.by or "toll_owner_past_adverbial"
    return sides.pop(), "fighters" if c.vtype == "unknown" else c.vtype


def toll_owner_role(words: list[str], c) -> set[str]:
    """Rule `toll_owner_role`: the owner of a toll's noun named by a kind of force, not by the registry ('the army
    casualties were given as eight killed', 'rebel losses were put at 40'): the registry's one state or one
    non-state side, as the role of victims' own words is read (`_side_from_role`); not in a war of two states,
    whose 'army' may be either's. Sets `c.by` when it decides.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("aden", {"sides": {"uk": "the British administration", "nlf": "the NLF"},
    ...     "government_side": "uk", "rebel_side": "nlf", "articles": ["example.txt"]})])
    >>> claims_in("The army casualties since the emergency began were given as six killed and 20 wounded.", reg)
    [('killed', 6, 6, None, 'uk'), ('wounded', 20, 20, None, 'uk')]
    """
    role = _role_of(words[-1:], c.lex)
    if role not in ("state", "nonstate") or states_at_war(c.sw):
        return set()
    side = c.sw.state if role == "state" else c.sw.nonstate
    if not side:
        return set()
    c.by = "toll_owner_role"
    return {side}


#: the owner named just after a toll's noun: 'no casualties among the Afghan forces', 'human losses in the ranks of
#: the occupation forces', 'casualties of the enemy'
_RX_OWNER_AFTER = re.compile(r"^\s*(?:among|of|in\s+the\s+ranks\s+of|within\s+the\s+ranks\s+of|suffered\s+by|"
                             r"inflicted\s+on|on)\s+(?:the\s+)?(?P<x>[\w'’-]+(?:\s+[\w'’-]+){0,7})")
_TOLL_HEADS = frozenset(["casualties", "losses", "deaths", "fatalities", "dead"])


def owner_after(after_low: str) -> list[str] | None:
    """The words of the owner named right after a toll's noun (in lower-cased text), up to the phrase's end,
    without articles; None where none is named (`toll_owner_after`, `no_toll_among_civilians`).

    >>> owner_after(" among the afghan and nato forces, the ministry said")
    ['afghan', 'and', 'nato', 'forces']
    >>> owner_after(" in the fighting") is None
    True
    """
    m = _RX_OWNER_AFTER.match(re.split(r"[,.;:!?\"“”]", after_low, maxsplit=1)[0]) if after_low else None
    return None if m is None else [w for w in m.group("x").split() if w not in ("the", "a", "an")]


def toll_owner_after(c) -> tuple[str, str] | None:
    """Rule `toll_owner_after`: a toll's noun with no words of who ('no casualties', 'significant material and human
    losses') whose owner follows it in the same phrase ('among the Afghan and NATO forces', 'in the ranks of the
    Moroccan forces', 'of the enemy'): the owner's side, one registry side only ('enemy': the claimant's foe).

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("angola", {"sides": {"faa": "the Angolan state", "unita": "UNITA rebels"},
    ...     "government_side": "faa", "rebel_side": "unita", "articles": ["example.txt"],
    ...     "keywords": {"unita": ["UNITA"], "faa": ["FAA"]}})])
    >>> claims_in("The raid caused heavy losses in the ranks of UNITA, the FAA said.", reg)
    [('casualties', None, None, 'heavy', 'unita')]
    """
    f, sw = c.f, c.sw
    if f.named or c.role is not None or f.head not in _TOLL_HEADS or not sw.belligerents or not c.after_low:
        return None
    words = owner_after(c.after_low)
    if words is None:
        return None
    if words and words[0] in ("enemy", "enemy's") and c.claimant_side in sw.opposite:
        return sw.opposite[c.claimant_side], "fighters"
    if "both" in words:
        return None
    sides = {s for n in (1, 2) for i in range(len(words) - n + 1) if (s := sw.side_of_words(words[i:i + n]))}
    if len(sides) != 1:
        return None
    return sides.pop(), "fighters" if c.vtype == "unknown" else c.vtype


#: the verb a side uses of its own dead: 'was martyred', 'were martyred', 'embraced martyrdom'
_RX_MARTYRED = re.compile(r"\b(?:martyred|martyrdom|martyrs?)\b")


def martyred_own(c) -> tuple[str, str] | None:
    """Rule `martyred_own`: victims a belligerent claimant says were martyred ('Corporal X was martyred', 'three
    security members have been martyred', '"our brothers were martyred"') are its own side's: a side calls its own
    dead martyrs, never the enemy's; only where the victims' words name no side or another kind of people.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("dhofar", {"sides": {"oman": "the Sultanate of Oman: Sultan's Armed Forces, "
    ...     "police, Ministry of Defence", "pflo": "the PFLOAG/PFLO rebels"}, "government_side": "oman",
    ...     "rebel_side": "pflo", "articles": ["example.txt"], "keywords": {"oman": ["Sultan's Armed Forces", "SAF",
    ...     "Omani army"], "pflo": ["PFLOAG", "PFLO"]},
    ...     "actors": [{"name": "Omani Ministry of Defence", "side": "oman", "kind": "org"}]})])
    >>> claims_in('"Lance Corporal Said Al Amri was martyred in the attack," the Omani Ministry of Defence said.', reg)
    [('killed', 1, 1, None, 'oman')]
    >>> claims_in('"Our comrade Salim Musallam was martyred near Salalah," a PFLO statement said.', reg)
    [('killed', 1, 1, None, 'pflo')]
    >>> claims_in("Salim Musallam was martyred near Salalah.", reg)
    [('killed', 1, 1, None, 'unknown')]
    """
    sw = c.sw
    kind = "state" if c.claimant_side == sw.state else "nonstate" if c.claimant_side == sw.nonstate else None
    if "martyr" not in c.claim_low or c.claimant_side not in sw.belligerents or c.role not in (None, kind) or \
            not _RX_MARTYRED.search(c.claim_low):
        return None
    return c.claimant_side, "fighters" if c.vtype == "unknown" else c.vtype


#: an attack on a named object, then its toll told by a participle with a bare count: 'opened fire at soldiers,
#: killing two', 'attacked a police post near X, wounding three'
_RX_ATTACK_OBJECT = re.compile(r"""
    \b(?:opened\s+fire\s+(?:at|on|upon)|fired\s+(?:at|on|upon)|shot\s+at|attacked|ambushed|raided|stormed|targeted)
    \s+(?P<obj>[^,;:]{1,60}?)                                   # the object of the attack
    ,\s+(?:killing|wounding|injuring)\s+(?:at\s+least\s+|some\s+)?[\w-]+\s*$   # ', killing two'
    """, re.X)
_RX_OBJECT_END = re.compile(r"\s+(?:near|in|at|on|outside|inside|during|while|after|before|from|with)\s.*$")


def object_of_the_attack(c) -> tuple[str, str] | None:
    """Rule `object_of_the_attack`: a bare count told by a participle right after an attack on a force ('members of
    illegal armed groups opened fire at soldiers, killing two', 'rebels attacked an army post near X, wounding
    three') counts the attacked force's men: the side the object's words name (a registry name or keyword, else
    the kind of force: soldiers, police -> the state; rebels -> the non-state side). Not for an object of civilians
    or a place with no force in its words ('attacked the village, killing two': the `people` rows decide).

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("guatemala", {"sides": {"guat_gov": "the Guatemalan state: army, police",
    ...     "urng": "the URNG guerrillas"}, "government_side": "guat_gov", "rebel_side": "urng",
    ...     "articles": ["example.txt"], "keywords": {"guat_gov": ["Guatemalan army"], "urng": ["URNG"]}})])
    >>> claims_in("Guerrillas opened fire at soldiers guarding the bridge, killing two, the army said.", reg)
    [('killed', 2, 2, None, 'guat_gov')]
    >>> claims_in("Guerrillas attacked the village of Chajul, killing two.", reg)  # a civilian place: `people` rows
    [('killed', 2, 2, None, 'civilian')]
    """
    f = c.f
    if f.head is not None or f.named or c.role is not None or not c.claim_low or \
            not any(v in c.sent_low for v in ("fire", "attacked", "ambushed", "raided", "stormed", "targeted", "shot")):
        return None
    at = c.sent_low.find(c.claim_low)
    if at < 0:
        return None
    m = _RX_ATTACK_OBJECT.search(c.sent_low[:at + len(c.claim_low)])
    if m is None:
        return None
    obj = _RX_OBJECT_END.sub("", m.group("obj"))
    words = [w for w in re.findall(r"[\w'’-]+", re.sub(r"['’]s\b", "", obj)) if w not in ("a", "an", "the", "its",
                                                                                         "their")]
    sw = c.sw
    side = sw.side_of_words(words)
    if side is None:
        from .sides import _role_of
        role = _role_of(words, c.lex)
        side = sw.state if role == "state" else sw.nonstate if role == "nonstate" else None
    if side not in sw.belligerents:
        return None
    return side, "fighters" if c.vtype == "unknown" else c.vtype
