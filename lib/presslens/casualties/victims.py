"""Victim side and type: who the counted people are, from their words, the sentence and the registry."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..fastre import _re_findall, _re_fullmatch
from ..provenance import NO_RULE, rule_name
from .found import Found
from .lexicon import _AUX, _QUOTE_CHARS, _TITLES, Lexicon
from .attack_frame import story_frame
from .people import civilian_place, event_of, people_next_sentence, without_sources
from .scan import first_of_rare
from .mixed_counts import mixed_by_including, mixed_kinds_one_count
from .side_rules import (_GROUP_HEADS, STATED_RULES, beaten_with, both_named, citizens_between_states, foe_after,
                         generic_after_named, his_own_men, loser_antecedent, member_of_group, nationals_between_states,
                         others_between, own_forces, own_toll_between_states, owner_not_killer, population_of_country,
                         possessor_named, quoted_their, states_at_war, surname_side, unnamed_force_between_states)
from .side_continuation import (_TOLD, continued_count, force_passage, martyred_own, object_of_the_attack, owner_after,
                                them_antecedent, toll_owner_after, toll_owner_before)
from .sides import SideWords, _role_of
from .town_fired import town_fired_into
from .violence_toll import harmed_in_violence
from .toll_words import family_victims, official_toll
from .keyed_civilians import civilian_word_keyed
from .group_anaphor import group_anaphor
from .nationality_sides import nationality_not_civilian
from .fighting_toll import harmed_in_fighting
from .displaced_nationals import displaced_nationals
from .object_force import force_of_the_object
from .owned_casualties import casualties_owned_before
from .captor_foe import prisoners_of_the_captor, prisoners_of_the_reporter
from .partitive_group import partitive_group
from .our_side import our_side_against_named
from .generic_bodies import generic_body_named
from .loss_verbs import loss_owner
from .owner_later import toll_owner_later
from .had_count import had_count_owner
from .loss_subject import loss_noun_subject
from .members_after import members_named_after
from .participle_head import noun_after_participle
from .suspects_killed import suspects_killed
from .descriptor_before_name import descriptor_before_name
from .pronoun_victim import pronoun_victim
from .sides_generic import (abducted_people, arrested_suspects, claimant_foe, identified_victim, nonstate_near,
                            of_unnamed_groups, on_the_side, peacekeepers_side, people_of_an_armed_attack)


#: "seven of the wounded", "About 170 of the dead", "two of the captives": the category they point back to
_ANAPHOR_HEADS = {"wounded": "wounded", "injured": "wounded", "dead": "killed", "captives": "captured",
                  "prisoners": "captured", "hostages": "captured", "detainees": "captured", "casualties": "casualties"}
#: a part of a group counted before: 'four of those killed were officers', 'two of the wounded'
_OF_THOSE = re.compile(r"\bof (?:those|the) (killed|dead|wounded|injured)\b")
_OTHER_SIDE = re.compile(r"\b(?:the other side|the enemy|enemy|the opposing side|their opponents|the aggressors?|"
                         r"the adversary|the invaders|the opposite side)\b")
#: military ranks before a name
_RANKS = _TITLES - frozenset(["commander", "president", "minister", "spokesman", "spokeswoman", "mullah", "sheikh",
                              "mr", "mrs", "ms", "dr"])
#: a person's fellows share the person's side
_FELLOWS = frozenset(["colleagues", "comrades", "companions", "men"])
#: unnamed assailants in a side's own report are the other side's fighters
_ASSAILANTS = frozenset(["attackers", "assailants", "raiders", "infiltrators", "intruders"])
_PRONOUN_AGENT = re.compile(r"\b(?:it|they|we|i)\s+(?:\w+\s+){0,3}$")


def _agent_side(agent: str | None, sw: SideWords, claimant_side: str | None) -> str | None:
    """The side of whoever did the harm, from the words before an active verb: 'the JDF had captured' -> JDF;
    'it is holding' (the claimant speaking of itself) -> the claimant's side."""
    if not agent:
        return None
    clause = re.split(r"[,;:]|\b(?:said|says|that|and|but|when|while|after)\b", agent)[-1].strip()
    words = [w for w in re.findall(r"[\w'’-]+", clause) if w not in _AUX]
    if any(w in ("by", "on", "at", "in", "of", "against") for w in words[-4:]):
        return None  # "an assault by gunmen on an army checkpoint killed": the army is not the agent
    side = sw.side_of_words(words[-3:])
    if side:
        return side
    if _PRONOUN_AGENT.search(" " + clause) and claimant_side in sw.opposite:
        return claimant_side
    return None


_REPORT_SPLIT = re.compile(r"\b(?:said|says|say|told|claimed|claims|added|insisted|reported|that|according to)\b")
_BOTH_SIDES = re.compile(r"\b(both sides|each side|either side)\b")
_SUFFERED = re.compile(r"([\w'’ -]{0,40}?)\b(?:had |have |has )?(?:suffered|suffering|sustained|sustaining|took|taken|"
                       r"retreated with)\b")


#: the last character before a position that `_SUFFERED`'s run and auxiliary cannot hold (`match(s, start, end)`)
_LAST_BREAK = re.compile(r"(?s:.*)[^\w'’ -]")


def _suffered_from(s: str) -> int:
    r"""Where _SUFFERED can start matching: its verb stands at most 45 characters on (cheaper than trying the
    pattern's 40-character lazy run at every position of the sentence), and after the last character before the
    first verb that the run cannot hold (s23-cspeed2). Proof: a match at p holds `[\w'’ -]` characters from p to its
    verb (the run, then 'had '/'have '/'has '), and its verb, holding one of the five stems, opens at or after v, the
    first stem's position; so no character outside the class lies in [p, v): p is after the last one before v.
    `re` had tried the lazy run at each position of a clause ended by a full stop or comma before the verb.

    >>> _suffered_from("do not worry. they retreated with heavy losses"), _suffered_from("x" * 60 + " took")
    (13, 16)
    """
    at = [k for k in (s.find(w) for w in ("suffer", "sustain", "took", "taken", "retreated with")) if k >= 0]
    if not at:
        return 0
    start = max(0, min(at) - 45)
    brk = _LAST_BREAK.match(s, start, min(at))
    return brk.end() if brk else start


_INFLICTED_ON = re.compile(r"\binflict(?:ed|ing|s)?\b.*?\bon (?:the )?([\w'’ -]{1,40})")


def _side_of_sufferer(subj: list[str], vtype: str, *, prior: list, claimant_side: str | None, sw, lex: Lexicon):
    """(victim_side, victim_type) of the words naming who suffered the losses, or None when they do not tell."""
    side = sw.side_of_words(subj)
    if side:
        return side, vtype
    if subj and subj[-1] in ("they", "it") and prior and prior[-1]["victim_side"] not in ("unknown", "civilian"):
        return prior[-1]["victim_side"], prior[-1]["victim_type"]
    if _OTHER_SIDE.search(" ".join(subj)) and claimant_side in sw.opposite:
        return sw.opposite[claimant_side], "fighters"
    role = _role_of(subj, lex)
    if role == "state" and sw.state:
        return sw.state, vtype
    if role == "nonstate" and sw.nonstate:
        return sw.nonstate, vtype
    return None


#: aid workers as victims belong to the aid side (GUIDELINES: `ngo`)
_AID_STAFF = re.compile(r"\b(?:aid|humanitarian|relief|ngo|charity)\s+(?:convoy\s+)?(?:workers?|staff|employees|"
                        r"volunteers|personnel)\b|\b(?:staff(?:\s+members)?|workers|volunteers|employees)\s+of\s+"
                        r"(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:ngo|aid|charity|humanitarian|relief)\b")
#: the words `_AID_STAFF`'s matches open on (session 23: searched from the first, `scan.first_of`; none: no match)
_AID_OPENINGS = ("aid", "humanitarian", "relief", "ngo", "charity", "staff", "workers", "volunteers", "employees")
#: a swap counts both sides' prisoners
_SWAP = re.compile(r"\b(?:swap|swaps|swapped|exchange|exchanges|exchanged)\b")
#: what a whole war did: its toll of 'people' mixes combatants and civilians
_WAR_AGENT = re.compile(r"\b(?:war|conflict|fighting|clashes|violence|insurgency|crackdown|offensive|campaign)\b")
#: "14,000 of the dead were women and children": the predicate says who they were
_PREDICATE = re.compile(r"^\W*(?:were|was|are|included|include)\s+(?:mostly\s+|mainly\s+|all\s+|largely\s+)?"
                        r"(?P<who>[a-z]+)")
#: what a side holds of its foe's: the agent's foe (rule `agent_foe`)
_CAPTIVES = frozenset(["prisoners", "prisoner", "captives", "pows", "prisoners of war"])
_MILITARY_WORDS = frozenset(["military", "soldiers", "troops", "fighters", "combatants", "servicemen", "militants",
                             "army"])


@dataclass(slots=True)
class _Claim:
    """What the victim rules read about one claim: its Found record, its sentence, the claimant, the records so
    far (`prior`) and those of the same sentence and claimant (`same`), the victims' role and type."""
    f: Found
    sent_low: str
    prev_sent_low: str
    sw: SideWords
    lex: Lexicon
    claimant_side: str | None
    prior: list[dict]
    sent_words: list[str]
    agent: str | None
    claim_low: str
    after_low: str
    loser: str | None
    words: list[str]
    same: list[dict]
    role: str | None
    vtype: str
    claim_text: str = ""
    after_text: str = ""
    in_quote: bool = False
    claimant: str | None = None
    story: list[str] | None = None
    next_text: str = ""     # the text right after the sentence, as written (its next sentence's start)
    by: str | None = None   # a step inside a rule that decided: its name (column `side_by`; presslens.provenance)


def _victim(f: Found, sent_low: str, prev_sent_low: str, sw: SideWords, lex: Lexicon, claimant_side: str | None,
            prior: list[dict], sent_words: list[str], agent: str | None = None, *, claimant: str | None = None,
            claim_low: str = "", after_low: str = "", loser: str | None = None,
            claim_text: str = "", after_text: str = "", in_quote: bool = False,
            story: list[str] | None = None, next_text: str = "", by: list[str] | None = None) -> tuple[str, str]:
    """(victim_side, victim_type) from the victims' words, the sentence and the registry.

    `claim_low`: the claim's own text; `after_low`: the sentence after it; `loser`: the words before 'lost';
    `story`: the article's sentences up to this one, as written (``attack_frame.story_frame``); `next_text`: the
    text right after the sentence (``our_side.our_side_against_named`` reads the next sentence there).
    The rules are tried in order: the side the claim's words state, the grammar around the count (who lost,
    whose subset, who did it), the victims' role, the sentence's sufferer, 'of them', then the context.
    `by`, when given, receives the name of the rule that decided (``none``: no rule; column `side_by`)."""
    words = official_toll([w for w in f.np_words if w not in ("the", "its", "their", "our", "his", "her", "of")])
    same = [p for p in prior if p["_sent"] == getattr(f, "start_sent", None) and p.get("claimant") == claimant]
    vtype = "unknown"
    heads = set(words)
    if heads & {"commander", "commanders", "general", "generals", "colonel", "leaders"}:
        vtype = "commanders"
    role = _role_of(words, lex)
    if f.named and role in (None, "state") and states_at_war(sw):
        role = None  # a named officer in a war of two states: his rank does not say which state's
    elif f.named and role is None and any(w in _RANKS for w in words):
        role = "state"  # a named officer: 'Gen Abdul Wudod Zara' (a spokesman or a commander may be either side's)
    if role == "civilian":
        vtype = "civilians"
    elif role in ("state", "nonstate"):
        vtype = "fighters" if vtype == "unknown" else vtype
    c = _Claim(f, sent_low, prev_sent_low, sw, lex, claimant_side, prior, sent_words, agent, claim_low, after_low,
               loser, words, same, role, vtype, claim_text, after_text, in_quote, claimant, story, next_text)
    for rule in (mixed_by_including, mixed_kinds_one_count, _side_stated, noun_after_participle, members_named_after,
                 _side_from_grammar, prisoners_of_the_captor, force_of_the_object, our_side_against_named,
                 loss_noun_subject, _side_from_role, group_anaphor, arrested_suspects, suspects_killed, family_victims,
                 martyred_own,
                 toll_owner_before, toll_owner_after, toll_owner_later, continued_count, casualties_owned_before,
                 had_count_owner, _side_of_sufferer_in_sentence, loss_owner, them_antecedent, _side_of_them,
                 object_of_the_attack, force_passage, _side_from_context, identified_victim, abducted_people,
                 people_of_an_armed_attack, descriptor_before_name, prisoners_of_the_reporter, partitive_group,
                 pronoun_victim):
        answer = rule(c)
        if answer is not None:
            if by is not None:
                by.append(c.by or rule_name(rule))
            return answer
    if by is not None:
        by.append(NO_RULE)
    return "unknown", vtype


def _side_of_owner(c: _Claim) -> tuple[str, str] | None:
    """`_side_stated`'s second stage: the victims' owner ('their', 'its', 'X's'), both sides named, a beaten side."""
    f, sw, role, vtype, claimant_side = c.f, c.sw, c.role, c.vtype, c.claimant_side
    own = own_forces(c.claim_low, claimant_side, sw) if role != "civilian" and c.loser is None else None  # 'X lost
    # 25 of their men': `their` is the loser's (the grammar's rule below), not the claimant's
    if own and c.in_quote and (foe := quoted_their(c.claim_low, c.in_quote, claimant_side, sw)):
        c.by = "quoted_their"
        return foe, "fighters" if vtype == "unknown" else vtype  # '"Ten of their soldiers were killed," it said'
    his = None
    if own is None and role != "civilian" and c.loser is None and (" his " in c.sent_low or " her " in c.sent_low):
        at = c.sent_low.find(c.claim_low)
        own = his = his_own_men(c.claim_low, c.sent_low[:at] if at > 0 else "", claimant_side, sw)
    if own:  # '16 more of their servicemen', said by their side, no other side named between the cue and the claim
        at = c.sent_low.find(c.claim_low)
        cue = max(c.sent_low.rfind(w, 0, max(at, 0)) for w in (" said", " says", " told", " reported"))
        if not others_between(c.sent_low[cue:at] if 0 <= cue < at else "", claimant_side, sw):
            c.by = "his_own_men" if his else "own_forces"
            return own, "fighters" if vtype == "unknown" else vtype
    if role != "civilian" and c.loser is None and (owner := possessor_named(c.sent_low, c.claim_low, sw)):
        at = c.sent_low.find(c.claim_low)
        owner = owner_not_killer(owner, c.sent_low[:at] if at > 0 else "", sw, c.claim_low)  # 'X killed 2 of its men'
        c.by = "possessor_named"
        return owner, "fighters" if vtype == "unknown" else vtype  # 'Moscow's claims that 6,000 of its troops'
    if role is None and f.category != "displaced" and \
            f.head in (None, "dead", "deaths", "fighters", "casualties", "losses", "toll", "death toll") and \
            both_named(c.claim_low + " " + c.after_low if " between " in c.claim_low or "both" in c.after_low
                       else c.sent_low, sw):
        c.by = "both_named"
        return "both", vtype     # 'clashes between Armenian and Azerbaijani forces'
    if role is None:
        at = c.sent_low.find(c.claim_low) if c.claim_low else -1
        beaten = beaten_with(c.sent_low[:at], sw) if at > 0 and "with" in c.sent_low[:at] else None
        if beaten:   # 'X attacked ..., but were defeated with 7 dead'
            c.by = "beaten_with"
            return beaten, vtype
    return None


def _side_stated(c: _Claim) -> tuple[str, str] | None:
    """The side the claim's own words state: both sides, the claimant's own ('our', 'its'), aid workers, a
    registry name or keyword; none when soldiers and civilians are counted together."""
    f, sw, role, vtype, claimant_side = c.f, c.sw, c.role, c.vtype, c.claimant_side
    if f.category == "casualties" and " side" in c.sent_low and _BOTH_SIDES.search(c.sent_low):
        return "both", vtype
    if f.victim_hint == "own" and claimant_side and claimant_side not in ("unknown",):
        return claimant_side, vtype
    if role is None and (placed := on_the_side(c)):  # 'no dead or injured on the Angolan side'
        c.by = "on_the_side"
        return placed, vtype
    if role != "civilian" and (body := generic_body_named(c.claim_text, f.np_words, sw)):
        c.by = "generic_body_named"
        return body[0], vtype if vtype != "unknown" else body[1]  # '23 United Nations soldiers', 'Red Cross workers'
    owned = _side_of_owner(c)
    if owned is not None:
        return owned
    if f.category == "displaced" and (home := displaced_nationals(c)):
        return home  # 'Another 50,000 Hondurans lost their homes': the displaced are non-combatants
    if sw.states and (nationals := nationals_between_states(f.head, sw)):
        c.by = "nationals_between_states"
        return nationals, vtype  # 'Cambodian attacks kill 12 Thais': a national toll between two states, mixed
    explicit = sw.side_of_words(c.words, person_sides=f.named)
    keyed_role = explicit is not None and sw.by_role_keyword   # rule `registry_role_keywords` (sides.py)
    citizens = citizens_between_states(c.words, explicit, c.sent_words, sw, c.lex, c.sent_low) \
        if explicit and sw.states else None
    if citizens:
        c.by = "citizens_between_states"
        return citizens, "civilians" if citizens == "civilian" else vtype  # '24 Kyrgyz citizens': a national toll
    if explicit and population_of_country(c.words, c.lex) and not sw.is_name(" ".join(c.words)):
        explicit = None  # '10,000 Sudanese people': a population, not the state's forces
    if (not explicit or "peace" in c.claim_low and not sw.is_name(" ".join(c.words))) and \
            (pk := peacekeepers_side(c.words, sw, c.claim_low, explicit)):
        c.by = "peacekeepers_side"
        return pk  # 'two peacekeepers', '11 Zambian peacekeepers', 'MINUSCA troops': the UN's
    if not explicit and f.named and (named := surname_side(c.words, sw)):
        c.by = "surname_side"
        return named, vtype  # 'Mendoza's death': the registry person of that surname
    if not explicit and role != "civilian" and not _GROUP_HEADS.isdisjoint(c.words) and \
            (grouped := member_of_group(c.sent_low, c.claim_low, sw, c.lex)):
        c.by = "member_of_group"
        return grouped, "fighters" if vtype == "unknown" else vtype  # '35 members of the gang X'
    if role == "civilian" and (keyed := civilian_word_keyed(c)):
        return keyed  # '99 protesters', 'Madurese refugees': a civilian word the registry keys to one side
    if not explicit and c.claim_text and role != "civilian":  # 'Two civilians and five UNITA rebels': the head says
        for rule in STATED_RULES:  # an acronym as written ('IS leaders'), a word of one side's description
            answer = rule(c.claim_text, c.words, sw, c.lex, c.after_text)
            if answer is not None:
                c.by = rule_name(rule)
                return answer[0], vtype if vtype != "unknown" else answer[1]
    if not explicit and (at := first_of_rare(c.claim_low, _AID_OPENINGS)) >= 0 and _AID_STAFF.search(c.claim_low, at):
        return "ngo", "aid workers"
    if role != "civilian" and ("our" in f.np_words or "its" in f.np_words and claimant_side):
        if claimant_side and claimant_side not in ("unknown", None):
            return claimant_side, vtype
    if explicit and not (role == "civilian" and explicit not in ("civilian",) and not sw.is_name(" ".join(c.words))):
        c.by = "registry_role_keywords" if keyed_role else "side_of_words"
        return explicit, vtype  # a registry name with a civilian word in it ('civilian JTF', a militia) is its side
    claim_words = _re_findall(r"[a-z]+", c.claim_low) if not explicit and not f.named else []
    if claim_words and (role == "civilian" or any(c.lex.roles.get(w) == "civilian" for w in claim_words)) and \
            not _MILITARY_WORDS.isdisjoint(claim_words):
        return "unknown", vtype  # "8,000 Korvatians, both military and civilian", "two soldiers and a civilian"
    return None


_ENEMY_TOLL = re.compile(r"\b(?:the\s+)?enemy(?:'s)?\s+(?:casualties|losses|dead|deaths|toll)\b[^,.;]{0,30}$")


def _enemy_toll_before(c: _Claim) -> bool:
    """'enemy casualties estimated at 150', 'enemy losses put at 40': a bare count whose noun, before it, is the
    enemy's (in a side's report: the other side)."""
    if c.f.head is not None or "enemy" not in c.sent_low:
        return False
    at = c.sent_low.find(c.claim_low) if c.claim_low else -1
    return at > 0 and _ENEMY_TOLL.search(c.sent_low[max(0, at - 60):at]) is not None


def _side_from_grammar(c: _Claim) -> tuple[str, str] | None:
    """The grammar around the count: the loser's own ('X had lost 1,240 troops'), a subset's parent, '14 of
    them', a partitive's predicate or antecedent, a prisoner swap, a war as agent, 'the enemy' or 'attackers' in
    a side's report (the other side), the foe of the side that holds them prisoner (`agent_foe`).

    >>> from presslens.actors import DEFAULT_ACTORS, load_actors
    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The Taliban said the assault was beaten back with nine attackers killed.",
    ...           load_actors(DEFAULT_ACTORS))
    [('killed', 9, 9, None, 'resistance')]
    """
    f, sw, role, vtype, claimant_side, same = c.f, c.sw, c.role, c.vtype, c.claimant_side, c.same
    if c.loser is not None:  # "Drevlia had lost 1,240 troops": the loser's own
        clause = re.split(r"[,;:]|\b(?:said|says|that|and|but)\b", c.loser)[-1]
        side = sw.side_of_words([w for w in re.findall(r"[\w'’-]+", clause) if w not in _AUX][-3:])
        if side:
            return side, vtype
        if (named := loser_antecedent(c.loser, sw)):  # 'radio talk of UNITA rebels that they had lost'
            return named, vtype
        if re.search(r"\b(?:it|they|we)\s+(?:\w+\s+){0,2}$", " " + clause) and claimant_side in sw.opposite:
            return claimant_side, vtype
    if f.subset and role is None and same:  # "12 militants, including two commanders": the parent's side
        parent = next((p for p in reversed(same) if p["victim_side"] != "unknown"), None)
        if parent:
            return parent["victim_side"], parent["victim_type"]
    if f.head == "them" and same and same[-1]["victim_side"] != "unknown":  # "61 injured ..., 14 of them"
        return same[-1]["victim_side"], same[-1]["victim_type"]
    if f.partitive and f.head in _FELLOWS and same and same[-1]["victim_side"] != "unknown" and \
            not {"his", "her", "their"}.isdisjoint(f.np_words):  # "one soldier ... seven of his colleagues"
        return same[-1]["victim_side"], same[-1]["victim_type"]
    if f.partitive and role is None:
        pm = _PREDICATE.match(c.after_low)
        if pm and c.lex.roles.get(pm.group("who")) == "civilian":
            return "civilian", "civilians"  # "14,000 of the dead were women, children and elderly men"
    if f.category == "captured" and role is None and _SWAP.search(c.sent_low) and \
            f.head in (None, "prisoners", "prisoner", "pows", "captives", "detainees"):
        return "both", vtype  # "the two sides swapped 190 prisoners of war"
    if role is None and f.head in (None, "people") and c.agent and _WAR_AGENT.search(c.agent) and \
            f.category != "displaced":  # the displaced are civilians (the settled convention), whatever drove them
        return "unknown", vtype  # "the war has killed tens of thousands of people"
    of_those = _OF_THOSE.search(c.claim_low) if " of " in c.claim_low else None
    if of_those and role != "civilian":  # "Three of those killed are commanders": the group's side
        cat = _ANAPHOR_HEADS.get(of_those.group(1), "killed" if of_those.group(1) == "killed" else "wounded")
        prev = next((p for p in reversed(c.prior) if p["category"] == cat and p["victim_side"] != "unknown"), None)
        if prev:
            return prev["victim_side"], vtype if vtype != "unknown" else prev["victim_type"]
    if f.partitive and f.head in _ANAPHOR_HEADS and role is None and "their" not in f.np_words:  # 'two of their
        # injured' is owned by `their`, not by the last injured group ('several were injured', the speaker's own)
        cat = _ANAPHOR_HEADS[f.head]
        prev = next((p for p in reversed(c.prior) if p["category"] == cat and p["victim_side"] != "unknown"), None)
        if prev:
            return prev["victim_side"], prev["victim_type"]
    if claimant_side in sw.opposite and (_OTHER_SIDE.search(" ".join(f.np_words)) or f.head in _ASSAILANTS
                                        or _OTHER_SIDE.search(c.claim_low) or _enemy_toll_before(c)):
        return claimant_foe(sw, claimant_side, f.end, c.words), "fighters"  # (several non-state sides: the named one)  # "the assault was beaten back with nine attackers killed"
    if role != "civilian" and (foe := foe_after(c.after_low, claimant_side, sw)):
        return foe, "fighters" if vtype == "unknown" else vtype  # '12 soldiers of the aggressor'
    if role is None and f.agent_end is not None and f.head in _CAPTIVES:
        # rule `agent_foe`: the prisoners a side holds are its foe's men ('the JDF was holding eleven prisoners'); no
        # other bare count ('Abu Sayyaf terrorists slaughter nine', 'the Khmer Rouge killed 22 ethnic Vietnamese', 'M23
        # fighters rounded up about 20 young men': session 13, wrong in three wars, right in none)
        side = _agent_side(c.agent, sw, claimant_side)
        if side in sw.opposite:
            c.by = "agent_foe"
            return sw.opposite[side], vtype
    return None


#: the endings one of which a people's plural ends on (`[a-z]+(?:ans|ians|is|ese)`): the pattern's exact cheap test
_PEOPLE_ENDS = ("ans", "is", "ese")


def _side_from_role(c: _Claim) -> tuple[str, str] | None:
    """The victims' role: a nationality ('Fourteen Velmarians'), civilians, the state's or the rebels' forces,
    the displaced; 'no casualties' among the claimant's own."""
    f, sw, role, vtype, lex = c.f, c.sw, c.role, c.vtype, c.lex
    if sw.states and f.named and role is None and (own := own_toll_between_states(c)):
        return own, vtype  # 'Warrant Officer X was killed', said by his state
    if f.head and f.head[:1].isalpha() and f.head.endswith(_PEOPLE_ENDS) and \
            _re_fullmatch(r"[a-z]+(?:ans|ians|is|ese)", f.head) and \
            f.head not in lex.heads and f.head not in lex.roles:
        if not nationality_not_civilian(c):
            return "civilian", "civilians"  # "Fourteen Velmarians are dead" (at a market), "3.5 million Afghans"
        c.by = "nationality_not_civilian"  # 'killed six Israelis': a nationality names the state, not who they were
        return "unknown", vtype
    if role == "civilian":
        return "civilian", vtype
    if role and (same_group := generic_after_named(c.words, role, c.same, sw, lex)):
        return same_group, vtype  # '85 Taliban fighters were shot dead and seven militants were captured'
    if role == "state" and sw.states and (side := unnamed_force_between_states(c)):
        return side, vtype  # 'five soldiers were wounded, the Ecuadorian military said'
    if role == "state" and sw.state:
        return sw.state, vtype
    if role == "nonstate" and sw.nonstate:
        if of_unnamed_groups(c.after_low):  # 'fighters from armed terrorist groups': mixed
            return "unknown", vtype
        return nonstate_near(sw, f.end, c.words) or "unknown", vtype  # several non-state sides: the one named so far
    if f.category == "displaced":
        return "civilian", "civilians"
    if f.category == "casualties" and f.low == 0 and not c.words[1:] and c.claimant_side and \
            c.claimant_side != "unknown":
        # "there were no casualties (among our troops)": the claimant's own side, unless the toll's own phrase
        # names civilians as its owner ("no casualties among the villagers", rule `no_toll_among_civilians`)
        owner = owner_after(c.after_low)
        if owner and _role_of(owner, lex) == "civilian":
            c.by = "no_toll_among_civilians"
            return "civilian", "civilians"
        if "civilian" not in f.np_words and town_fired_into(c.sent_low):
            c.by = "town_fired_into"  # 'a missile hit the outskirts of the city but caused no casualties'
            return "civilian", "civilians"
        if "civilian" not in f.np_words:
            return c.claimant_side, vtype
    if "civilian" in f.np_words:
        return "civilian", "civilians"
    return None


def _side_of_sufferer_in_sentence(c: _Claim) -> tuple[str, str] | None:
    """Losses without their own words: who the sentence says suffered them ("opposition forces had suffered
    numerous casualties", "inflicted losses on the separatists")."""
    f, sent_low = c.f, c.sent_low
    if not (f.category == "casualties" or (f.head in (None, "losses", "casualties", "dead", "deaths"))):
        return None  # 'servicemen of the X army suffered 14 dead': the sufferer's
    suffered = _SUFFERED.search(sent_low, _suffered_from(sent_low)) \
        if any(w in sent_low for w in ("suffer", "sustain", "took", "taken", "retreated")) else None
    at = sent_low.find(c.claim_low) if suffered and c.claim_low else -1
    if suffered and at >= 0 and suffered.start(1) >= at + len(c.claim_low):
        suffered = None  # '... four were hurt. The rebels sustained no casualties': a later count's sufferer
    inflicted_on = _INFLICTED_ON.search(sent_low) if "inflict" in sent_low else None
    for m in (suffered, inflicted_on):
        # "the taliban said [opposition forces] had suffered", "inflicted losses on [the separatists]"; a spaced
        # dash ends a clause: 'WASHINGTON - [Cuban forces] suffered' (a dateline's city is no sufferer)
        sufferer = m and _REPORT_SPLIT.split(m.group(1))[-1].rsplit(" - ", 1)[-1].split()
        found = m and _side_of_sufferer(sufferer, c.vtype, prior=c.prior, claimant_side=c.claimant_side, sw=c.sw,
                                        lex=c.lex)
        if found:
            return found
    if "inflict" in sent_low and c.claimant_side in c.sw.opposite:   # 'inflicting heavy losses'
        return c.sw.opposite[c.claimant_side], c.vtype
    return None


def _side_of_them(c: _Claim) -> tuple[str, str] | None:
    """'14 of them': the last force (or people) named before it, in this sentence or the one before."""
    f, sw, lex, sent_low = c.f, c.sw, c.lex, c.sent_low
    if not (c.words and c.words[-1] in ("them",) or f.head == "them"):
        return None
    pos = sent_low.rfind(" of them")
    ctx = (c.prev_sent_low + " " + sent_low[:pos if pos > 0 else len(sent_low)]).split()
    for w_i in range(len(ctx) - 1, -1, -1):
        w = ctx[w_i].strip(",.;:!?()" + _QUOTE_CHARS)
        side = sw.side_of_words([w])
        if side:
            return side, c.vtype
        r = lex.roles.get(w)
        if r == "civilian" and w_i and ctx[w_i - 1].strip(",.;:!?()" + _QUOTE_CHARS) in _TOLD:
            continue  # rule `audience_not_them`: 'told reporters': the speaker's audience, not the group counted
        if r == "civilian" or w == "people":
            return "civilian", "civilians"
        if r == "state" and sw.state:
            return sw.state, "fighters"
        if r == "nonstate" and sw.nonstate:
            return sw.nonstate, "fighters"
        if r in ("state", "nonstate"):
            return "unknown", "fighters"
    return None


#: a force's own place or a fight between forces: 'others' harmed there with a force's count are its men ('... at
#: a military base', '... wounded after they clashed', 'repelled an attack, killing 60 militants and injuring 52
#: others'), unlike bystanders of a blast
_FORCE_PLACE = frozenset(["base", "barracks", "outpost", "garrison", "post", "positions", "trenches", "clashed",
                          "clash", "clashes", "firefight", "gunfight", "battle", "repelled", "repulsed", "fought"])
#: a running total ('treated 212 wounded since April'): not the victims of the event just told
_CUMULATIVE = re.compile(r"\bsince\b|\bso far\b|\bin total\b|\baltogether\b")
_BARE_HEADS = frozenset(["wounded", "injured", "injuries", "dead", "prisoners", "captives", "martyrs", "losses", "casualties",
                         "deaths", "people", "persons", "person", "men", "them", "bodies", "lives"])


def _side_from_context(c: _Claim) -> tuple[str, str] | None:
    """Victims without words of their own ('the dead', 'people', 'martyrs'): the same claimant's claims in the
    sentence, a civilian context (an air strike, a market), the civilians of the claims just before."""
    f, lex, same, prior = c.f, c.lex, c.same, c.prior
    if not (f.subset or f.head is None or f.head in _BARE_HEADS or f.head in lex.singular):
        return None
    if f.named and c.role in ("state", "nonstate"):
        return None  # 'Yahya Musa, a senior rebel commander': a fighter, whatever the context
    # rule `persons_are_people`: 'seven persons' (South Asian and West African copy) is 'seven people', and so is
    # 'one person' (session 14: 'at least one person was killed ... in a mortar attack on the main hospital')
    head = "people" if f.head in ("persons", "person") else f.head
    if head in ("people", None, "dead", "wounded", "injured", "deaths", "injuries", "bodies", "lives") or f.subset or \
            f.head in lex.singular:
        running = _CUMULATIVE.search(c.sent_low) is not None  # 'treated 140 wounded since March'
        civ = place = civilian_place(c.sent_low, "" if running else c.prev_sent_low, lex, c.sw) is not None  # `people`
        event = event_of(c.sent_low)
        if event and any(p.get("_event") == event and p["victim_side"] == "civilian" for p in prior):
            civ, place = True, False  # the victims of an event an earlier claim gave to civilians
        if not civ and not running and c.story and head in ("people", None, "dead", "wounded", "injured", "bodies") \
                and not f.named and story_frame(c.story, len(c.story) - 1, prior, lex, c.sw):
            civ, place = True, False  # rule `attack_frame_carries`: 'the first attack ..., where the militants killed
            # four people'
        mixed = any(w in lex.mixed_context for w in c.sent_words) and \
            any(w in lex.mixed_context for w in without_sources(c.sent_words))  # not '..., police said'
        # the sentence's own count before it (not a subset of it, not the displaced): the same victims' side;
        # 'others' after a force's count are not said to be that force's ('six police ... dead and six others')
        whole = [p for p in same if not p.get("_subset") and p["category"] != "displaced"]
        if whole and whole[-1]["victim_side"] != "unknown" and f.head in (None, "wounded", "injured", "dead",
                                                                         "prisoners", "bodies", "injuries") and \
                not ("others" in f.np_words and whole[-1]["victim_side"] in c.sw.belligerents and
                     _FORCE_PLACE.isdisjoint(c.sent_words)) and \
                not ("others" in f.np_words and len({p["victim_side"] for p in whole}) > 1):
            # ('Two soldiers and a civilian were killed and four others wounded': others after a list of kinds
            # split into one record each, summed counts of session 16, are said to be of neither kind)
            return whole[-1]["victim_side"], whole[-1]["victim_type"]
        if civ and not mixed and not (same and same[-1]["category"] == "displaced"):
            if place and harmed_in_fighting(c.sent_low):
                c.by = "toll_of_fighting"  # 'killed when fighting erupted at a funeral procession': a toll of fighting
                return "unknown", c.vtype
            if place and harmed_in_violence(c.sent_low):
                c.by = "toll_of_violence"  # 'At least 90 were killed and 99 were wounded in recent violence'
                return "unknown", c.vtype
            return "civilian", "civilians"
        if not civ and not running and not f.named and not (same and same[-1]["category"] == "displaced") and \
                (head in ("people", None, "dead", "wounded", "injured", "bodies") or f.head in lex.singular) and \
                c.role is None and town_fired_into(c.sent_low):
            c.by = "town_fired_into"  # 'fired rockets into central Zagreb, killing five people' (the force that
            return "civilian", "civilians"  # fired does not make the toll mixed; a force at the place does)
        # no words of their own: the civilians of the count just before ('Another 58 people were injured.'), never
        # a subset's ('including 16 children': the whole is not civilian for it) nor over an unknown count; a count
        # with a noun of its own only from the sentence right before (rule `people_next_sentence`, session 24)
        last = next((p for p in reversed(prior) if not p.get("_subset") and p["category"] != "displaced"), None)
        if head in (None, "dead", "wounded", "injured", "people", "bodies", "lives") and last and not mixed and \
                people_next_sentence(head, getattr(f, "start_sent", 0) - last["_sent"]) and \
                not any(p["victim_side"] != "unknown" for p in same) and not running:
            if last["victim_side"] == "civilian":
                return "civilian", "civilians"
        if head is None and last and not mixed and not running and not f.subset and not f.named and \
                last["victim_side"] in c.sw.belligerents and not same and \
                getattr(f, "start_sent", 0) - last["_sent"] == 1 and \
                not any(c.lex.roles.get(w) == "civilian" for w in c.sent_words) and \
                c.sw.side_of_words(c.sent_words) in (None, last["victim_side"]):
            c.by = "force_count_continued"  # 'Two marines died ... . Five were seriously injured and 10 others ...'
            return last["victim_side"], last["victim_type"]
    if same and f.head in ("prisoners", "captives", "martyrs") and same[-1]["victim_side"] != "unknown":
        return same[-1]["victim_side"], same[-1]["victim_type"]
    if f.head in ("martyrs",) and c.claimant_side:
        return c.claimant_side, "fighters"
    return None
