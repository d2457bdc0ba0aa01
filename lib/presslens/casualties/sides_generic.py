"""Named rules for victims told by generic words (issue 11, "Sides"; eval/real4): peacekeepers, `N others` beside a
force's count, and a generic non-state word (`militants`, `terrorists`) where the registry has several non-state
sides; victims 'from armed terrorist groups' (several groups, none named) as a mixed count.

``victims`` asks ``peacekeepers_side`` after the registry's own answer and ``nonstate_near`` for a generic non-state
word (after ``of_unnamed_groups``); ``extract`` runs ``others_of_the_count`` on each sentence's records; ``sides.side_words_for`` asks
``nonstate_named`` for the side generic non-state words name.
"""
from __future__ import annotations

import re

from ..actors import fold
from .lexicon import Lexicon
from .people import without_sources
from .sides import keyword_first

#: 'fighters from armed terrorist groups', 'members of various jihadist groups': several groups, none named
_UNNAMED_GROUPS = re.compile(r"^\W*(?:from|of|belonging\s+to)\s+(?:the\s+)?(?:(?:various|several|different|"
                             r"unidentified|unnamed|armed|terrorist|jihadist|militant|extremist|rebel|islamist|"
                             r"criminal|non-state)\s+)+groups\b")


def of_unnamed_groups(after_low: str) -> bool:
    """Rule `unnamed_groups`: the victims' words go on to say they came from several groups, none named. A count
    over several groups is mixed (docs/annotation.md: a mixed count is `unknown`), whatever side the registry
    gives a generic word such as 'fighters' or 'terrorists'.

    >>> of_unnamed_groups(' from armed terrorist groups" in the area')
    True
    >>> of_unnamed_groups(' of various jihadist groups'), of_unnamed_groups(' of the armed group')
    (True, False)
    >>> of_unnamed_groups(' from the LTTE and other groups')
    False
    """
    return _UNNAMED_GROUPS.match(after_low) is not None


#: the words that call victims peacekeepers
_PEACEKEEPERS = frozenset(["peacekeepers", "peacekeeper", "peacekeeping", "blue helmets"])
#: the same in other spellings and the UN's troops: 'peace-keepers', 'peacekeeping soldiers', 'U.N. troops'
_RX_PEACEKEEPERS = re.compile(r"\bpeace-?keep(?:ers?|ing\s+(?:troops|soldiers|forces))\b|\bblue\s+helmets\b|"
                              r"\bu\.?n\.?\s+(?:troops|soldiers|peacekeepers|forces)\b")


#: a nationality word ('Rwandan', 'Nepalese', 'Pakistani'): the country that sent the peacekeepers, not a side
_RX_DEMONYM = re.compile(r"[a-z]+(?:an|ese|i|ish)")


def _un_words(sw) -> frozenset:
    """The folded words of the names of the registry's `un` bodies ('minurcat', 'unavem'): once per article."""
    if sw._un_words is None:
        words: set[str] = set()
        for c in getattr(sw.view, "conflicts", []):
            got = _UN_WORDS.get(id(c))
            if got is None or got[0] is not c:
                got = _UN_WORDS[id(c)] = (c, frozenset(w for a in c.actors if a.side == "un"
                                                       for n in (a.name, *a.aliases) for w in fold(n).split()))
            words |= got[1]
        sw._un_words = frozenset(words)
    return sw._un_words


#: per conflict (by identity): the folded words of its `un` bodies' names
_UN_WORDS: dict[int, tuple] = {}


def peacekeepers_side(words: list[str], sw, claim_low: str = "", explicit: str | None = None) -> tuple[str, str] | None:
    """Rule `peacekeepers_un`: peacekeepers whose words name no registry side ('two peacekeepers', '11 Zambian
    peacekeepers') are the UN's (docs/annotation.md: `un` holds a UN mission), unless one belligerent's registry
    description calls its own men peacekeepers (an African Union force written as a side). A nationality before
    them names the country that sent them, even where the registry gives that country's other troops a side
    ('a Rwandan peacekeeper' beside 'Rwandan troops' fighting for the government), unless the nationality is a
    side's own registry keyword (a warring state's peacekeepers are its troops); victims named by a registry
    body of the `un` side ('seven MINUSCA troops') are the UN's too (`explicit`: the side the words gave so far).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Gunmen killed two Uruguayan peacekeepers near Kuito, the mission said.")
    [('killed', 2, 2, None, 'un')]
    >>> from presslens.actors import Actors, _conflict
    >>> reg = Actors([_conflict("burundi", {"sides": {"gov": "the Burundian state: army, police",
    ...     "au": "the African Union mission and its peacekeepers", "fnl": "the FNL rebel fighters"},
    ...     "keywords": {"fnl": ["FNL rebels"], "au": ["AMIB"]}})])
    >>> claims_in("FNL rebels killed four peacekeepers near Bujumbura.", reg)
    [('killed', 4, 4, None, 'au')]
    >>> claims_in("Three peace-keepers were wounded when their convoy was ambushed near Kuito.")
    [('wounded', 3, 3, None, 'un')]
    >>> reg = Actors([_conflict("angola", {"sides": {"faa": "the Angolan state and its Namibian allies",
    ...     "unita": "UNITA rebels"}, "keywords": {"faa": ["Namibian troops", "FAA"], "unita": ["UNITA"]},
    ...     "actors": [{"name": "UNAVEM", "side": "un", "kind": "org"}]})])
    >>> claims_in("UNITA shelling killed a Namibian peacekeeper near Huambo.", reg)
    [('killed', 1, 1, None, 'un')]
    >>> claims_in("Three UNAVEM soldiers were wounded near Huambo.", reg)
    [('wounded', 3, 3, None, 'un')]
    >>> reg = Actors([_conflict("transnistria", {"sides": {"moldova": "the Moldovan state", "pmr": "Transnistrian "
    ...     "forces and the Russian 14th Army"}, "keywords": {"moldova": ["Moldova"], "pmr": ["Russia", "Tiraspol"]}})])
    >>> claims_in("Two Russian peacekeepers were wounded near Bender, Tiraspol said.", reg)
    [('wounded', 2, 2, None, 'pmr')]
    """
    if sw.view is not None and words and not _un_words(sw).isdisjoint(words):
        body = sw.view.find(" ".join(words))
        if body is not None and body.side == "un":
            return "un", "peacekeepers"
    if _PEACEKEEPERS.isdisjoint(words) and not (claim_low and _RX_PEACEKEEPERS.search(claim_low)):
        return None
    if explicit and (sw.side_of_words([w for w in words if w not in _PEACEKEEPERS and
                                       not _RX_DEMONYM.fullmatch(w)]) is not None or
                     any(keyword_first(w, sw) for w in words if w not in _PEACEKEEPERS)):
        return None  # 'AMIB peacekeepers', 'Russian peacekeepers' where `Russia` is a side's keyword: that side's
    conflicts = getattr(sw.view, "conflicts", []) if sw.view is not None else []
    hits = {side for c in conflicts for side, desc in c.sides.items()
            if side in sw.belligerents and re.search(r"\bpeace-?keep", desc or "", re.I)}
    return (hits.pop() if len(hits) == 1 else "un"), "peacekeepers"


#: indiscriminate harm: the bystanders of a blast are anyone's ('six police officers ... dead and six others were
#: injured in the blast': the six are not said to be police)
_BLAST = frozenset(["blast", "blasts", "explosion", "explosions", "bomb", "bombs", "bombing", "bomber", "mine",
                    "landmine", "ied", "shelling", "shell", "shells", "strike", "strikes", "airstrike", "airstrikes",
                    "missile", "missiles", "rocket", "rockets", "drone", "drones", "grenade"])
#: words that say a blast or a strike was aimed at a force on the move or in its place, not at a crowd: its
#: 'others' are the force's men ('triggered a blast and ambushed a convoy of the Rifles', 'a missile attack on a
#: base')
_AIMED_AT_FORCE = frozenset(["ambush", "ambushed", "ambushing", "convoy", "patrol", "patrolling", "base", "barracks",
                             "outpost", "garrison", "checkpost", "camp", "positions", "trenches"])


#: a count of 'others' with no words of its own: '31 others injured', 'abducted 15 others', 'dozen others were
#: wounded', 'up to 14 others wounded', 'at least five others' (an amount's words before the number)
_RX_OTHERS = re.compile(r"^(?:(?:up\s+to|at\s+least|as\s+many\s+as|more\s+than|nearly|about|around|some|over|"
                        r"another)\s+)?(?:\w+\s+)?(?:[\w,.-]+\s+)?others\b(?:\s+[\w-]+){0,4}$")


def others_of_the_count(sent_records: list[dict], sent_low: str, sw) -> None:
    """Rule `others_of_the_count`: `N others` left `unknown` right after a count of one belligerent side in the same
    sentence are more of that side ('14 gendarmes were killed and 20 others hurt', 'killed at least 11 soldiers and
    left up to 14 others wounded', '22 troopers were killed and 31 others injured'), whoever the claimant: the count
    just before decides, and no count before it of another known side; not the bystanders of a blast, a bomb or a
    strike, unless the sentence says the blast was aimed at the force (an ambush, a convoy, a patrol, a base). Run
    on a sentence's records once all have their sides.

    >>> from presslens.actors import Actors, _conflict
    >>> reg = Actors([_conflict("nepal", {"sides": {"army": "the Nepalese state: Royal Nepal Army, police",
    ...     "maoists": "the Maoist rebel fighters"}, "keywords": {"army": ["Royal Nepal Army"], "maoists": ["Maoists"]},
    ...     "government_side": "army", "rebel_side": "maoists"})])
    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Nine Royal Nepal Army soldiers were killed and 14 others wounded in an ambush in Rolpa.", reg)
    [('killed', 9, 9, None, 'army'), ('wounded', 14, 14, None, 'army')]
    >>> claims_in("Nine Royal Nepal Army soldiers were killed and 14 others wounded when a bomb went off.", reg)
    [('killed', 9, 9, None, 'army'), ('wounded', 14, 14, None, 'unknown')]
    >>> aceh = Actors([_conflict("aceh", {"sides": {"tni": "the Indonesian state: army (TNI), police (Brimob)",
    ...     "gam": "the Free Aceh Movement (GAM) rebels"}, "keywords": {"tni": ["TNI", "Brimob"], "gam": ["GAM"]},
    ...     "government_side": "tni", "rebel_side": "gam", "articles": ["example.txt"]})])
    >>> claims_in("GAM rebels set off a bomb and ambushed a TNI convoy near Lhokseumawe, killing nine soldiers and "
    ...           "injuring at least five others.", aceh)
    [('killed', 9, 9, None, 'tni'), ('wounded', 5, None, None, 'tni')]
    """
    if len(sent_records) < 2 or "others" not in sent_low:
        return
    words = re.findall(r"[a-z]+", sent_low)
    if not _BLAST.isdisjoint(words) and _AIMED_AT_FORCE.isdisjoint(words):
        return
    for rec in sent_records:
        if rec["victim_side"] != "unknown" or not _RX_OTHERS.match(
                re.sub(r"^(?:killing|wounding|injuring|abducting|killed|wounded|injured|abducted|left)\s+", "",
                       (rec.get("text") or "").lower())):
            continue
        before = [p for p in sent_records if p is not rec and not p.get("_subset") and p["start"] < rec["start"]]
        if not before or (side := before[-1]["victim_side"]) not in sw.belligerents:
            continue
        if all(p["victim_side"] in (side, "unknown") for p in before):
            rec["victim_side"], rec["victim_type"] = side, before[-1]["victim_type"]


#: per conflict (by identity): each non-state candidate side's names as one folded regex
_NAMES_RX: dict[int, list] = {}


def _side_names(conflict) -> dict[str, re.Pattern]:
    """The folded keywords, actor names and aliases of each side of `conflict`, as one regex per side."""
    got = _NAMES_RX.get(id(conflict))
    if got is None or got[0] is not conflict:
        forms: dict[str, set[str]] = {}
        for side, kws in conflict.keywords.items():
            forms.setdefault(side, set()).update(fold(k) for k in kws if len(k) > 1)
        for actor in conflict.actors:
            forms.setdefault(actor.side, set()).update(fold(n) for n in (actor.name, *actor.aliases) if len(n) > 1)
        table = {side: re.compile(r"(?<![\w@])(?:" + "|".join(sorted(map(re.escape, fs), key=len, reverse=True)) +
                                  r")(?![\w])") for side, fs in forms.items() if fs}
        got = _NAMES_RX[id(conflict)] = [conflict, table]
    return got[1]


def nonstate_named(conflict, text: str, lex: Lexicon, rebel: str | None, sw=None) -> str | None:
    """Rule `nonstate_named`: the side generic non-state words (`militants`, `terrorists`, `attackers`) name. With
    one non-state side in the registry (its `rebel_side`, or the sides whose descriptions name a non-state force),
    that side; with several, the one the article names, and none (`unknown`) when it names none or several of them
    (docs/annotation.md: never guess from outside knowledge). With `sw`, keeps the candidates' names on it for
    ``nonstate_near``.

    >>> from presslens.actors import _conflict
    >>> from presslens.casualties.lexicon import load_lexicon
    >>> c = _conflict("turkey", {"sides": {"gov": "the Turkish state", "pkk": "the PKK: Kurdish rebel fighters",
    ...     "isis": "Islamic State fighters"}, "keywords": {"pkk": ["PKK"], "isis": ["ISIS"]},
    ...     "government_side": "gov", "rebel_side": "pkk"})
    >>> nonstate_named(c, "Five militants were killed in Hakkari, the army said.", load_lexicon(), "pkk") is None
    True
    >>> nonstate_named(c, "ISIS said it attacked the post; five militants were killed.", load_lexicon(), "pkk")
    'isis'
    """
    candidates = [s for s in conflict.sides if s == rebel or (s != conflict.government_side and any(
        lex.roles.get(w) == "nonstate" for w in re.findall(r"[a-z]+", (conflict.sides[s] or "").lower())))]
    if len(candidates) < 2:
        return rebel
    names = _side_names(conflict)
    folded = fold(text)
    named = [s for s in candidates if s in names and names[s].search(folded)]
    if sw is not None:  # where each candidate is first named, for ``nonstate_near``
        sw.nonstate_names = {s: m.start() for s in candidates if s in names and (m := names[s].search(folded))}
    return named[0] if len(named) == 1 else None


def nonstate_near(sw, end: int, words: list[str] = ()) -> str | None:
    """The non-state side a generic word ('five militants were killed') names: where the registry has several, the
    one whose label a word of the victims' phrase is ('two resistance fighters': `resistance_forces`), else the one
    the article has named up to the claim's end (`end`), else None: a group named only after the claim, as the
    background of a war, does not say who attacked this post.

    >>> from presslens.casualties.sides import SideWords
    >>> sw = SideWords(nonstate="pkk", nonstate_names={"pkk": 900, "kurdish_isis": 1500})
    >>> nonstate_near(sw, 120) is None
    True
    >>> nonstate_near(sw, 1000)
    'pkk'
    >>> nonstate_near(sw, 120, ["isis", "militants"])
    'kurdish_isis'
    """
    if not sw.nonstate_names:
        return sw.nonstate
    labelled = [s for s in sw.nonstate_names if any(w in words and w not in sw.skip for w in s.split("_"))]
    if len(labelled) == 1:
        return labelled[0]
    named = [s for s, at in sw.nonstate_names.items() if at < end]
    return named[0] if len(named) == 1 else None


def claimant_foe(sw, claimant_side: str, end: int, words: list[str] = ()) -> str:
    """Rule `foe_among_several`: the side a claimant's report of its enemy's losses names ('the assault was beaten
    back with nine attackers killed', 'enemy losses'): the claimant's opposite, except where the claimant is the
    state and the registry has several non-state sides: then the one ``nonstate_near`` finds (the article's own
    named group, before the claim), else `unknown` (docs/annotation.md: when the article does not tell, never guess
    from outside knowledge; the generic 'militants' of the same report are left `unknown` the same way).

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("colombia", {"articles": ["example.txt"], "sides": {"col_gov": "the Colombian "
    ...     "state: army, police", "farc": "the FARC guerrilla fighters", "eln": "the ELN guerrilla fighters"},
    ...     "government_side": "col_gov", "rebel_side": "farc", "keywords": {"col_gov": ["Colombian army"],
    ...     "farc": ["FARC"], "eln": ["ELN"]}})])
    >>> claims_in("The Colombian army said the raid on its base near Tame was repelled and all six attackers were "
    ...           "killed. The FARC has long been active around Tame.", reg)
    [('killed', 6, 6, None, 'unknown')]
    >>> claims_in("ELN guerrillas raided an army base near Tame overnight. The Colombian army said the raid was "
    ...           "repelled and all six attackers were killed.", reg)
    [('killed', 6, 6, None, 'eln')]
    """
    foe = sw.opposite[claimant_side]
    if foe == sw.nonstate and claimant_side == sw.state and sw.nonstate_names:
        return nonstate_near(sw, end, words) or "unknown"
    return foe


#: words that say nothing of who the victims were: 'the 17 fatalities', 'put the death toll at nine'
_NO_VICTIM_WORDS = frozenset(["the", "a", "an", "at", "least", "more", "than", "about", "nearly", "some", "over", "up",
                              "to", "of", "death", "toll", "dead", "deaths", "fatalities", "killed", "died", "wounded",
                              "injured", "people", "persons", "casualties", "victims", "were", "was", "have", "has",
                              "been", "had", "total", "number", "killing", "bringing", "brought", "put", "rose",
                              "left", "in", "all", "and", "are", "abducted", "kidnapped", "captured", "dozen"])


def restated_side(records: list[dict], lex: Lexicon, sw=None, text: str = "") -> None:
    """Rule `restated_side`: a count left `unknown` whose words say nothing of its victims ('Of the 17 fatalities',
    'also put the death toll at nine') takes the side of the article's other counts of the same harm and number
    whose own words name the victims ('17 gendarmes were killed', 'at least nine villagers'), when they all agree: a
    restatement of the same dead (docs/annotation.md, the `people` convention's restatement). In a war between two
    states a headline's nationals ('three Ecuadorians wounded', a national toll: `unknown`) are restated the same
    way by the body's 'three Ecuadorian soldiers' (`sw`: the article's side words).

    >>> from presslens.casualties.lexicon import load_lexicon
    >>> recs = [{"category": "killed", "low": 17, "victim_side": "gov", "victim_type": "fighters",
    ...          "text": "17 gendarmes were killed"},
    ...         {"category": "killed", "low": 17, "victim_side": "unknown", "victim_type": "unknown",
    ...          "text": "the 17 fatalities"}]
    >>> restated_side(recs, load_lexicon()); recs[1]["victim_side"]
    'gov'

    A pair is restated only by a definite phrase (rule `restated_pair`): 'The two victims' after 'two constables
    were shot dead', not a later 'two killed' that may be other dead.

    >>> recs = [{"category": "killed", "low": 2, "victim_side": "gov", "victim_type": "fighters",
    ...          "text": "two constables were shot dead"},
    ...         {"category": "killed", "low": 2, "victim_side": "unknown", "victim_type": "unknown",
    ...          "text": "The two victims"},
    ...         {"category": "killed", "low": 2, "victim_side": "unknown", "victim_type": "unknown",
    ...          "text": "two killed"}]
    >>> restated_side(recs, load_lexicon()); [r["victim_side"] for r in recs]
    ['gov', 'gov', 'unknown']
    """
    def words(rec):
        return re.findall(r"[a-z][a-z'’-]*", (rec.get("text") or "").lower())
    if not any(r["victim_side"] == "unknown" for r in records):
        return
    sides: dict[tuple, dict] = {}  # (category, low) -> {(side, type): None} in article order (a dict, not a set:
    # when the restatements agree on the side but not the type, the first one's type is taken, whatever the hash seed)
    for r in records:
        if r["victim_side"] != "unknown" and (r.get("low") or 0) >= 2 and \
                any(lex.roles.get(w) for w in words(r)):
            sides.setdefault((r["category"], r["low"]), {})[(r["victim_side"], r["victim_type"])] = None
    for (cat, low), found in list(sides.items()):  # 'the two victims' (casualties) restate any harm of the number
        sides.setdefault(("casualties", low), {}).update(found)
    for r in records:
        key = (r["category"], r.get("low"))
        if key[1] == 2 and not _definite(r, text):
            continue    # a pair is restated only by a definite phrase ('The two victims'), not by any 'two dead'
        if r["victim_side"] == "unknown" and key in sides and len({s for s, _ in sides[key]}) == 1 and \
                all(w in _NO_VICTIM_WORDS or w in lex.numbers or _national_of(w, sw) == next(iter(sides[key]))[0]
                    for w in words(r)):
            r["victim_side"], r["victim_type"] = next(iter(sides[key]))


def _definite(rec: dict, text: str) -> bool:
    """Whether a record's words, or the article's words just before them, open with 'the' ('The two victims')."""
    if (rec.get("text") or "").lower().startswith("the "):
        return True
    at = rec.get("start")
    return bool(text) and at is not None and text[max(0, at - 4):at].lower() == "the "


def _national_of(word: str, sw) -> str | None:
    """The warring state whose people `word` names, between two states (``side_rules.national_plural_state``)."""
    if sw is None or not sw.states:
        return None
    from .side_rules import national_plural_state
    return national_plural_state(word, sw)


#: 'no dead or injured on the Angolan side', 'losses on the rebel side', 'on our side', 'on both sides'
_RX_ON_SIDE = re.compile(r"\bon\s+(?:the\s+)?[\"“‘']?(?P<x>[\w'’-]+(?:\s+[\w'’-]+)?)[\"”’']?\s+sides?\b[\"”’']?")


def on_the_side(c) -> str | None:
    """Rule `on_the_side`: victims without words of their own placed 'on the X side' just after the count or just
    before it ('there were no dead or injured on the "Angolan side"', 'On the rebel side, 12 were killed'): X's
    side (a registry keyword or demonym, `rebel`/`government`, `our`/`their` for the claimant's, `both`, `other`
    or `enemy` for the claimant's foe). `c` is the victims module's claim view.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("angola", {"articles": ["example.txt"], "sides": {"faa": "the Angolan state: army",
    ...     "unita": "UNITA rebel fighters"}, "government_side": "faa", "rebel_side": "unita",
    ...     "keywords": {"faa": ["FAA", "Angola"], "unita": ["UNITA"]}})])
    >>> claims_in('An FAA officer said there were no dead or injured on the "Angolan side".', reg)
    [('killed', 0, 0, None, 'faa')]
    >>> claims_in("On the rebel side, 12 were killed, the army said.", reg)
    [('killed', 12, 12, None, 'unita')]
    """
    if "side" not in c.sent_low:
        return None
    at = c.sent_low.find(c.claim_low) if c.claim_low else -1
    if at < 0:
        return None
    m = _RX_ON_SIDE.search(c.after_low[:50])
    if m and (re.search(r"[,.;:]", c.after_low[:m.start()]) or len(c.after_low[:m.start()].split()) > 3):
        m = None  # only right after the count ('or wounded on the X side'), not in another clause
    m = m or next((m for m in _RX_ON_SIDE.finditer(c.sent_low, max(0, at - 40), at)
                   if not c.sent_low[m.end():at].strip(" ,")), None)
    if m is None:
        return None
    words = m.group("x").split()
    sw = c.sw
    if words[-1] in ("both", "each", "either"):
        return "both"
    if words[-1] in ("our", "their", "its", "own") and c.claimant_side in sw.belligerents:
        return c.claimant_side
    if words[-1] in ("other", "enemy", "opposing") and c.claimant_side in sw.opposite:
        return sw.opposite[c.claimant_side]
    role = c.lex.roles.get(words[-1]) or {"government": "state", "rebel": "nonstate"}.get(words[-1])
    side = sw.side_of_words(words)
    if side is None and role == "state":
        side = sw.state
    elif side is None and role == "nonstate":
        side = sw.nonstate
    return side if side in sw.belligerents else None


#: the verbs of a lawful arrest: only a state's police, army or courts arrest or detain (armed groups abduct, kidnap
#: or take hostage: other cues)
_RX_ARRESTED = re.compile(r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|apprehend(?:ed|s|ing)?|taken\s+into\s+custody|"
                          r"rounded\s+up)\b")
#: victims' heads that say nothing of who the arrested are: a suspect of the armed group the state fights
_SUSPECT_HEADS = frozenset(["suspects", "suspected", "people", "persons", "individuals", "leaders", "ringleaders",
                            "members", "accomplices", "collaborators", "others"])
#: heads that name anyone at all: held as suspects only when the sentence ties the arrest to an attack; else (rule
#: `mass_arrest`) an arrest in clashes or a crackdown is of people (gold `unknown`)
_ANYONE = frozenset(["people", "persons"])
#: the attack an arrest is for: 'over a deadly attack', 'in connection with the bombing' (not 'after ... attacks':
#: a time, not a cause)
_RX_OVER_ATTACK = re.compile(r"\b(?:over|for|in\s+connection\s+with)\s+(?:[\w'’-]+\s+){0,4}?(?:attacks?|bombings?|"
                             r"ambush(?:es)?|killings?|raids?|assaults?|massacres?|murders?)\b")
#: the gate of `_RX_OVER_ATTACK`: one of its nouns' stems must stand in the sentence
_ATTACK_STEMS = ("attack", "bomb", "ambush", "killing", "raid", "assault", "massacre", "murder")


def agent_off_state(c) -> bool:
    """Whether the words before the harm's active verb (the last clause of `c.agent`, its last three words) name a
    side other than the state: 'the rebels detained 20 people', 'KFL gunmen killed two suspects'. Asked by
    `arrested_suspects` and `suspects_killed`: the group's victims or hostages are not its own men."""
    agent = re.findall(r"[\w'’-]+", re.split(r"[,;:]|\b(?:said|says|that|and|but|when|while|after)\b",
                                              c.agent or "")[-1])
    agent_side = c.sw.side_of_words(agent[-3:]) if agent else None
    return agent_side is not None and agent_side != c.sw.state


def arrested_suspects(c) -> tuple[str, str] | None:
    """Rule `arrested_suspects`: people the state arrests or detains, told by no words of their own ('two suspects
    were arrested', 'police arrested 15 people over the attack', 'army units detained four individuals supporting
    the rebels'), are held as the armed group's: the registry's non-state side (the one named so far where it has
    several). Not where the victims' words say who they are (`journalists`, `protesters`: their own role decides
    first), not when a non-state side makes the arrest, not in a war between states. `people` and `persons` (words
    for anyone) are suspects only when the sentence says the arrest is for an attack ('over the attack'); otherwise
    (rule `mass_arrest`, session 18: wrong in three wars, a crackdown's or a clash's arrests) they stay `unknown`.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("varnessa", {"sides": {"varn_gov": "the Varnessan state, its police and army",
    ...     "kfl": "the Kessel Freedom League, an armed separatist group"}, "government_side": "varn_gov",
    ...     "rebel_side": "kfl", "articles": ["example.txt"], "keywords": {"kfl": ["KFL"], "varn_gov": ["Varnessan"]}})])
    >>> claims_in("Police said three suspects were arrested after the bombing of the rail depot in Orsk.", reg)
    [('captured', 3, 3, None, 'kfl')]
    >>> claims_in("Police arrested 15 people over the attack on the rail depot in Orsk.", reg)
    [('captured', 15, 15, None, 'kfl')]
    >>> claims_in("Police arrested 200 people during the protests in Orsk.", reg)
    [('captured', 200, 200, None, 'unknown')]
    """
    f, sw = c.f, c.sw
    if f.category != "captured" or c.role is not None or f.named or f.head not in _SUSPECT_HEADS or \
            not sw.state or not sw.nonstate or sw.states or not _RX_ARRESTED.search(c.claim_low):
        return None
    if agent_off_state(c):
        return None     # 'the rebels detained 20 people': hostages of the group, not suspects
    if f.head in _ANYONE and not (any(w in c.sent_low for w in _ATTACK_STEMS) and
                                  _RX_OVER_ATTACK.search(c.sent_low)):
        c.by = "mass_arrest"  # 'Sixty people were arrested after a wave of attacks', 'hundreds of people arrested
        return "unknown", c.vtype  # by police': people, not the group's men
    return nonstate_near(sw, f.end, c.words) or sw.nonstate, c.vtype


#: 'The officer, identified as X' / 'a policeman, named as X': the noun that introduced the named victim
_RX_IDENTIFIED_BEFORE = re.compile(r"\b(?:the|a|an|one)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+),?\s+(?:who\s+was\s+|was\s+|"
                                   r"has\s+been\s+|have\s+been\s+)?(?:identified|named)\s+as\s*$")
#: after the names: ', all Bengalis', ', a police constable', 'who joined the X', ', a member of the X'
_RX_DESCRIBED_AFTER = re.compile(r"^[^.;]*?(?:,\s+(?:all\s+|both\s+)?(?:a|an|the)?\s*((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*"
                                 r"(?:,|$)|\bwho\s+(?:had\s+)?(?:joined|served\s+(?:in|with)|belonged\s+to)\s+(?:the\s+)?"
                                 r"((?:[\w'’-]+\s+){0,3}[\w'’-]+))")
#: a people named in the plural ('all Velmarians', 'Bengalis'): civilians, as `_side_from_role` reads a head
_RX_PEOPLE_PLURAL = re.compile(r"[a-z]+(?:ans|ians|is|ese)")


def identified_victim(c) -> tuple[str, str] | None:
    """Rule `identified_victim`: a victim named in a sentence that identifies them ('The officer, identified as X,
    was killed'; 'The victim was named as X, ... who joined the Y'; 'The victims have been identified as A, B and C,
    all Z') takes the side of the words that introduce or describe them: a role word (`officer`: the state's), a
    registry name or keyword (the force they joined), a people's name in the plural (`all Velmarians`: civilians).

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("varnessa", {"sides": {"varn_gov": "the Varnessan state", "kfl": "the KFL"},
    ...     "government_side": "varn_gov", "rebel_side": "kfl", "articles": ["example.txt"]})])
    >>> claims_in("The officer, identified as Arvo Tamm, was killed when gunmen opened fire in Orsk.", reg)
    [('killed', 1, 1, None, 'varn_gov')]
    """
    f, sw, lex = c.f, c.sw, c.lex
    if c.role is not None or not (f.named or f.head in ("victim", "victims")) or \
            ("identified" not in c.sent_low and "named as" not in c.sent_low):
        return None
    at = c.sent_low.find(c.claim_low) if c.claim_low else -1
    before = c.sent_low[max(0, at - 60):at] if at > 0 else ""
    said = _RX_IDENTIFIED_BEFORE.search(before)
    if said is None and " as " in c.claim_low:  # 'The victim was named as X': the claim holds its introduction
        said = _RX_IDENTIFIED_BEFORE.search(c.claim_low[:c.claim_low.find(" as ") + 4])
    described = [said.group(1)] if said else []
    if " as " in c.claim_low or said:
        after = _RX_DESCRIBED_AFTER.match(c.after_low)
        described += [g for g in (after.groups() if after else ()) if g]
    for phrase in described:
        words = phrase.split()
        role = next((lex.roles[w] for w in reversed(words) if lex.roles.get(w)), None)
        if role == "state" and sw.state and not sw.states:
            return sw.state, "fighters"
        if role == "civilian" or (words and _RX_PEOPLE_PLURAL.fullmatch(words[-1]) and words[-1] not in lex.heads
                                  and words[-1] not in lex.roles):
            return "civilian", "civilians"
        side = sw.side_of_words(words) if sw.view is not None else None
        if side is not None and side in sw.belligerents:
            return side, c.vtype
    return None


#: the verbs and nouns of an abduction: armed groups abduct, kidnap or take hostage (the state arrests or detains:
#: `arrested_suspects`)
_RX_ABDUCTED = re.compile(r"""
    \b(?:abduct(?:ed|s|ing|ion|ions)?            # 'were abducted', 'abducted 15 others'
      |kidnap(?:ped|s|ping|pings)?               # 'a third victim was kidnapped'
      |(?:took|take|takes|taken|taking)\s+(?:\w+\s+){0,3}?hostages?)\b  # 'took hostage a dozen employees'
""", re.VERBOSE)


def abducted_people(c) -> tuple[str, str] | None:
    """Rule `abducted_people`: people abducted, kidnapped or taken hostage, told by no role of their own ('15 people
    were abducted', 'abducted 15 others', 'took hostage a dozen employees', 'crew members who were abducted'), are
    civilians: armed forces capture or take prisoner, and a fighter's role word decides before this rule. The act,
    not the noun: 'the 40 hostages still held by the ELN' does not say who they are. Only with a registry's war (no
    war, no side), not in a war between states (their prisoners are each other's), nor listed after a toll of the same sentence whose side
    is unknown ('killing 1,200 people and seizing 250 hostages', 'left 5,626 dead and 1,494 kidnapped': a mixed toll).

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("varnessa", {"sides": {"varn_gov": "the Varnessan state", "kfl": "the KFL"},
    ...     "government_side": "varn_gov", "rebel_side": "kfl", "articles": ["example.txt"]})])
    >>> claims_in("Gunmen stormed the quarry at dawn and abducted nine workers, the governor said.", reg)
    [('captured', 9, 9, None, 'civilian')]
    """
    f, sw = c.f, c.sw
    if f.category != "captured" or c.role is not None or sw.states or not (sw.state or sw.nonstate):
        return None
    at = c.sent_low.find(c.claim_low) if c.claim_low else -1
    around = c.sent_low[max(0, at - 40):at + len(c.claim_low) + 40] if at >= 0 else c.claim_low
    if not _RX_ABDUCTED.search(around) or _RX_ARRESTED.search(c.claim_low):
        return None
    if any(p["category"] in ("killed", "wounded") and p["victim_side"] == "unknown" for p in c.same):
        return None  # 'killing 1,200 people and seizing 250 hostages': as mixed as the toll it is listed with
    return "civilian", "civilians"


_ARMED_GROUP = (r"(?:militants?|rebels?|insurgents?|gunm[ae]n|terrorists?|extremists?|jihadists?|guerr?illas?|"
                r"islamists?|militiam[ae]n|bandits)")
#: the doers named as terror on people: 'gunmen killed seven people' says who fired, not at whom (sessions 7-8:
#: `unknown`); 'terrorists', 'extremists', 'jihadists' say the attack was on the people
_TERROR_GROUP = r"(?:terrorists?|extremists?|jihadists?|islamists?)"
#: an armed group as the doer of the harm, not its object
_RX_GROUP_AGENT = re.compile(rf"""
    \bby\s+(?:[\w()'’-]+\s+){{0,4}}?{_TERROR_GROUP}\b           # 'were killed ... by Islamist extremists'
    |\b(?:attributed\s+to|blamed\s+on|claimed\s+by)\s+(?:[\w()'’-]+\s+){{0,3}}?{_ARMED_GROUP}\b  # 'attacks attributed to extremists'
    |(?<![\d,])(?<!\d\s)\b{_TERROR_GROUP}\s+(?:[\w()'’-]+\s+){{0,2}}?  # 'Algerian extremists kill 11 people' (not
                                                                # '9 terrorists killed': a count of them is their dead)
     (?:kill(?:ed|s|ing)?|murder(?:ed|s|ing)?|massacred|shot|gunned|attack(?:ed|s)|raid(?:ed|s)|stormed|burn(?:ed|t)|
        abduct(?:ed|s)|kidnapped|hacked|opened\s+fire|set\s+fire|torched)\b
    |\b(?:militant|rebel|insurgent|terrorist|extremist|jihadist|guerr?illa|islamist|militia|bandit)\s+
     (?:attacks?|raids?|assaults?|violence)\b                    # '23 killed in militant attacks'
""", re.VERBOSE)
#: words one of which `_RX_GROUP_AGENT` needs: a substring test first spares most sentences the regex
_GROUP_AGENT_KEYS = ("terrorist", "extremist", "jihadist", "islamist", "attributed to", "blamed on", "claimed by",
                     " attack", " raid", " assault", " violence")
#: a fight, a force's place, a running toll, a prison: the dead of these are anyone's (`unknown`)
_RX_NOT_AN_ATTACK_ON_PEOPLE = re.compile(r"""
    \b(?:clash(?:es|ed)?|fighting|fight|firefight|gun\s*battles?|battles?|encounters?|shoot-?outs?|exchange\s+of\s+fire|
        offensive|operations?|war|since|so\s+far|in\s+total|this\s+year|last\s+year|prisons?|jails?|riots?)\b
""", re.VERBOSE)
#: victims told by no words of their own
_PEOPLE_HEADS = frozenset([None, "people", "persons", "person", "others", "dead", "wounded", "injured", "victims"])
def people_of_an_armed_attack(c) -> tuple[str, str] | None:
    """Rule `people_of_an_armed_attack`: people killed, wounded or abducted in an attack told as an armed group's
    on people, told by no words of their own, are civilians: the doers named as terror ('Extremists kill 11
    people', 'killed by Islamist extremists'), the harm as a group's attack ('23 killed in militant attacks') or laid
    at a group's door ('attacks attributed to Islamic extremists'). 'Gunmen killed seven people' names who fired,
    not at whom: left to the other rules (`unknown` unless a place or the frame says more). Not in a fight (a clash,
    a battle, an operation), at a force's place (a base, a patrol, an ambush), in a running toll or a prison, nor in
    a war between states; never for a named person or a count the sentence mixes with soldiers or police.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("varnessa", {"sides": {"varn_gov": "the Varnessan state", "kfl": "the KFL"},
    ...     "government_side": "varn_gov", "rebel_side": "kfl", "articles": ["example.txt"]})])
    >>> claims_in("Nine people were killed overnight by suspected jihadists near Orsk.", reg)
    [('killed', 9, 9, None, 'civilian')]
    >>> claims_in("Nine people were killed in clashes between rebels and the army.", reg)
    [('killed', 9, 9, None, 'unknown')]
    """
    f, sw = c.f, c.sw
    if f.category not in ("killed", "wounded", "captured", "casualties") or c.role is not None or f.named or \
            f.head not in _PEOPLE_HEADS or sw.states:
        return None
    if c.claimant_side not in (None, "unknown", "civilian", sw.state):
        return None  # an armed group's own report: its victims are its foes ('rebels claim 60 killed')
    low = c.sent_low
    at = low.find(c.claim_low) if c.claim_low else -1
    if at >= 0:  # the claim's own line: a headline run into the dateline is not the story's sentence
        low = low[low.rfind("\n", 0, at) + 1:(low.find("\n", at) + 1 or len(low) + 1) - 1]
    if not any(k in low for k in _GROUP_AGENT_KEYS) or not _AIMED_AT_FORCE.isdisjoint(c.sent_words) or \
            not _RX_GROUP_AGENT.search(low) or _RX_NOT_AN_ATTACK_ON_PEOPLE.search(low) or \
            not c.lex.mixed_context.isdisjoint(without_sources(c.sent_words)):
        return None
    if any(p["category"] in ("killed", "wounded") and p["victim_side"] == "unknown" for p in c.same):
        return None  # a toll the rules left unknown just before in the sentence: these are its fellows
    return "civilian", "civilians"
