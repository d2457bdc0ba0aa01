"""Patterns that tell a cue word from the same word used otherwise (`reported to the police`, `many reports`,
`is said to be`, `so-called`).
"""
from __future__ import annotations

import re

from ..fastre import _re_search
from ..mentions.lexicon import Cue, _cues
from .adverbials import _ADVERBIAL
from .inverted import document_after
from .event_subject import EVENT_ACT_LEMMAS, event_subject
from .report_noun import report_as_noun
from .reporting_senses import SENSE_LEMMAS, reporting_sense
from .stance import stance_after
from .named_object import named_the_dead
from .noun_cue import PLURAL_NOUN_FORMS, noun_phrase_cue

_RX_PARTICLE_AFTER = re.compile(r"\s+(?:to|for|up|off|out|by|in)\b")
#: cues whose object alone is a statement: 'claimed responsibility', 'denied it', 'rejected this'
_ONE_WORD_OBJECT_CUES = frozenset(("claim", "deny", "reject", "dismiss", "confirm", "condemn", "admit", "acknowledge"))
_ONE_WORD_OBJECTS = frozenset(("responsibility", "this", "it", "that", "them", "everything", "nothing", "wrongdoing"))
#: a catenative verb before a cue: 'X continue to deny', 'Y went on to say', 'Z was quick to blame'
_RX_CATENATIVE = re.compile(r"\s(?:continue[sd]?|continuing|went\s+on|goes\s+on|go\s+on|(?:was|were|is|are)\s+quick|"
                            r"rushed|hastened)\s+to\s+$")
_RX_NOUN_DET_BEFORE = re.compile(r"(?<![\w\-])(?:many|some|several|few|such|other|conflicting|rival|competing|numerous|"
                                 r"multiple|initial|earlier|latest|recent|similar|all|both|media|news|press|trade|intelligence|"
                                 r"exchange|exchanged|traded)\s+$", re.I)
#: an attribution clause right before a participle: '..., according to the aid worker, indicating that ...'
_RX_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+[^,;]{1,60},\s*$")
_RX_REPORT_FROM = re.compile(r"\s+from\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:of\s+)?[A-Z][\w'’\-]*)*\s*(?:[,.;:)]|$)")
_RX_NOUN_CUE_AFTER = re.compile(r"\s+(?:of|on\s+the|is|are|was|were|could|would|have|has|had|suggested|said|say|claimed|by)\b")
_RX_TO_BE_AFTER = re.compile(r"\s+to\s+(?:be|have)\b")
_RX_CALL_OBJECT = re.compile(r"\s+(?:(?:the|it|this|them|him|her|a|an|his|their)\b|\ue000)")
#: what may open the speaker after an inverted cue: a name, a determiner, or an outlet named by its kind ('reported
#: news agency ANI', 'said state television', 'reported state media')
_RX_INVERTED_NP = re.compile(r"\s+(?:[A-Z]|the\b|a\b|an\b|one\b|two\b|his\b|her\b|"
                             r"(?:state\s+|local\s+)?(?:news\s+agency|media|television|radio|newspaper)\b)")


_RX_ANONYMITY = re.compile(r"(?:that\s+)?(?:not\s+to\s+be\s+(?:named|identified|quoted)|not\s+to\s+(?:use|give|publish)\s+(?:his|her|their)\s+(?:full\s+)?names?|(?:his|her|their)\s+(?:full\s+)?(?:names?|identity)\s+(?:not|be\s+withheld|to\s+be\s+withheld)|for\s+anonymity)", re.I)
_RX_CAP_BEFORE = re.compile(r"[A-Z][\w.'’\-]*\s+$")
_RX_QUOTED_AS = re.compile(r"\bquoted\b[^.\ue000]{0,80}?\bas\s*$")
_RX_COORD = re.compile(r"(?:,\s*)?\s\b(?:and|but)\s+(?:then\s+|also\s+|later\s+)?$")
_RX_COMMA_PARTICIPLE = re.compile(r"\s*,\s*[a-z]+ing\b")
_RX_COMMA_OR_END = re.compile(r"\s*(?:,|$)")
_RX_COMMA_THAT = re.compile(r"\s*,\s*(?:that\b|\ue000)")


#: speed gate (session 23) before quotes.noun_cue.noun_phrase_cue (the rules of session 22): it answers True only for a form in '-ed' (rule
#: `attributive_participle`) or one whose lower case is in PLURAL_NOUN_FORMS (rule `reporting_noun`); a form the gate
#: refuses ('said', 'told', 'says') is one it refuses, so the gate only skips its call and the slices made for it


def _cue_refused(m: str, sa: int, sb: int, cs: int, ce: int, cue: Cue) -> bool:
    """Whether the cue word at [cs, ce) of the masked sentence [sa, sb) is used otherwise than as a cue.

    >>> from presslens.mentions.lexicon import _cues
    >>> s = "The theft was reported to the police."
    >>> _cue_refused(s, 0, len(s), 14, 22, _cues()[0]["reported"])
    True
    """
    if cue.form not in _GATED_FORMS and cue.lemma not in _GATED_LEMMAS:
        # a cue no form or lemma test below names ('said', 'told', 'added'): only the three tests for every cue
        before = m[max(sa, cs - 40):cs]     # (the 40 characters the tests read, cut once)
        return _RX_TO_BE_AFTER.match(m, ce, sb) is not None or negated_subject(before) \
            or cue_as_modifier(before, m[ce:min(sb, ce + 12)], cue) \
            or (cue.form.endswith("ed") or cue.form.lower() in PLURAL_NOUN_FORMS) and noun_phrase_cue(before, cue.form, m[ce:min(sb, ce + 30)])
    if cue.form in BARE_BEFORE_THAT_FORMS and not bare_form_before_that(m[max(sa, cs - 24):cs], m[cs:ce], m[ce:sb]):
        return True         # 'the state', 'an estimate that', 'to indicate that': only 'Local sources state that ...'
    if cue.lemma in ("report", "put") and _RX_PARTICLE_AFTER.match(m, ce, sb) \
            and not (cue.lemma == "report" and m.startswith(" in", ce) and _ADVERBIAL.match(m[ce:sb])):
        return True         # 'reported to the police', not 'reported in its morning update'
    if cue.form == "asked" and m[max(sa, cs - 2):cs].strip() == ",":
        return True         # 'X, asked about the estimate, said': a passive aside, not a question put
    if cue.lemma == "report" and _RX_REPORT_FROM.match(m, ce, sb):
        return True         # 'X reported from Kabul.', 'X, reporting from Aden, said': a credit, not a statement
    if cue.form in ("claim", "claims", "reports", "report", "calls", "say") and _RX_NOUN_CUE_AFTER.match(m, ce, sb):
        return True
    if cue.form in ("claims", "reports", "calls") and _RX_NOUN_DET_BEFORE.search(m, max(sa, cs - 16), cs):
        return True         # 'many reports', 'conflicting claims': a noun, not a cue
    if cue.form == "named" and not named_the_dead(m[max(sa, cs - 16):cs], m[ce:sb]):
        return True         # 'a commander named Didier', 'asked not to be named': no one named (quotes.named_object)
    if cue.lemma == "express" and not stance_after(m[ce:min(sb, ce + 60)]):
        return True         # 'expressed its condolences', 'the views expressed': no stance held (quotes.stance)
    if cue.form in ("reports", "report") and report_as_noun(m[max(sa, cs - 40):cs], m[ce:min(sb, ce + 30)]):
        return True         # 'according to authoritative reports circulating here': a noun (quotes.report_noun)
    if cue.form in ("indicating", "suggesting") and _RX_ACCORDING_BEFORE.search(m, sa, cs):
        return True         # '..., according to the aid worker, indicating that ...': the fact indicates, nobody says
    if cue.form in ("claims", "claim", "reports", "report", "calls") and _object_of_cue(m, sa, cs):
        return True         # 'Serbia denies reports that ...': the object of the cue before, not a cue
    if _RX_TO_BE_AFTER.match(m, ce, sb) and (cue.lemma != "claim" or _re_search(r"\b(?:is|are|was|were|been|be)\s*$", m[sa:cs])):
        return True         # 'is said to be' (hedge, not a statement)
    if cue.lemma == "call" and (not _RX_CALL_OBJECT.match(m, ce, sb) or _re_search(r"\bso-$", m[max(sa, cs - 3):cs])):
        return True         # 'called' with no object, 'so-called': no one calls
    if cue.lemma == "call" and label_in_content(m, sa, cs):
        return True         # '... rejecting what they called a fabricated allegation': a label inside the content
    if (cue.form == "blamed" and m.startswith(" on ", ce) or cue.form == "accused" and m.startswith(" of ", ce)) \
            and reduced_passive_charge(m, sa, cs):
        return True         # 'an attack blamed on ETA', 'two men accused of being spies': a participle, no one speaks
    if cue.lemma in _LABEL_LEMMAS and label_in_charge(m, sa, cs):
        return True         # '... claimed ... from what he described as X's forces': a label inside a charge
    if cue.form in PLURAL_PRESENT_FORMS and infinitive_after_modal(m[max(sa, cs - 16):cs]):
        return True         # 'police cannot confirm', 'declined to confirm': the bare form after a modal, no statement
    if cue.form == "states" and states_as_noun(m[max(sa, cs - 40):cs], m[ce:min(sb, ce + 8)]):
        return True         # 'the Arab states ended', 'one of Mexico's poorest states': the noun, not a cue
    if cue.lemma in EVENT_ACT_LEMMAS and cs - sa <= 140 and event_subject(m[sa:cs]):
        return True         # 'The upsurge in violence threatened to ...': an event, no speaker (quotes.event_subject)
    if cue.lemma == "claim" and _RX_CLAIMED_LIVES.match(m, ce, sb):
        return True         # 'the blast claimed nine lives': a toll, not a claim
    if negated_subject(m[max(sa, cs - 40):cs]):
        return True         # 'No group has claimed responsibility': nobody made the statement
    if cue.form == "cited" and m.startswith(" by ", ce):
        return True         # 'according to a witness cited by the group': the witness speaks, the group cites
    if cue.lemma == "put" and not _re_search(r"\bat\b", m[ce:sb]):
        return True
    if cue.lemma == "read" and not _RX_DOCUMENT_READS.search(m, max(sa, cs - 30), cs) and not document_after(m, ce, sb):
        return True         # 'he read the names': only a document 'reads' ('"...," read the release': quotes.inverted)
    if cue.lemma == "mention" and not _re_search(r"^\s+(?:[\w\-]+\s+){0,4}?that\b", m[ce:sb]):
        return True         # 'mentioned the convoy', 'as mentioned above': only 'mentioned that ...' reports
    if cue.form == "warning" and _RX_WARNING_NOUN.match(m, ce, sb):
        return True         # 'after warning shots were fired': a compound noun, not a warning given
    if cue.lemma in COMPLEMENT_LEMMAS and not complement_required(m[max(sa, cs - 24):cs], m[ce:sb], cue.lemma):
        return True         # 'revealed the plan', 'informed sources', 'charged with murder', 'was identified as'
    if cue.lemma in SENSE_LEMMAS and not reporting_sense(cue.lemma, m[max(sa, cs - 60):cs], m[ce:sb]):
        return True         # 'responded to the attack', 'observed a truce': another sense (quotes.reporting_senses)
    if cue.lemma in _CLAUSE_ONLY_LEMMAS and pointed_at_thing(m[ce:sb]):
        return True         # 'pointed out the road': a thing shown, not a statement
    if cue.lemma in _EVIDENCE_LEMMAS and evidence_subject(m[sa:cs]):
        return True         # 'Satellite images obtained by the group indicated that ...': evidence, not a statement
    if cue_as_modifier(m[max(sa, cs - 40):cs], m[ce:min(sb, ce + 12)], cue) \
            or (cue.form.endswith("ed") or cue.form.lower() in PLURAL_NOUN_FORMS) and noun_phrase_cue(m[max(sa, cs - 40):cs], cue.form, m[ce:min(sb, ce + 30)]):
        return True         # 'an evacuation warning from', 'the four confirmed deaths', 'new reports strengthened'
    return False



#: a noun phrase opening before the cue word: a determiner and at most two modifiers ('a new evacuation ')
#: a determiner and at most two lower-case words before a participle ('an evacuation warning'); a capitalised word
#: there is a subject, not a modifier ('with the Taliban admitting to ...')
_RX_DET_MODIFIERS = re.compile(r"(?:^|\s)(?i:a|an|the|this|its|their|his|her|no|any|another|every)\s+(?:[a-z\-]+\s+){0,2}$")
#: a superlative or ordinal right before a participle: 'the youngest confirmed death', 'the first reported case'
_RX_SUPERLATIVE = re.compile(r"\b(?:[a-z]+est|first|second|third|only|latest|last)\s+$", re.I)
_RX_CLAUSE_NEXT = re.compile(r"\s*(?:,|that\b|\ue000|:|$)")


def cue_as_modifier(before: str, after: str, cue: Cue) -> bool:
    """Whether a cue word is used as a noun or an adjective in a noun phrase, not as a reporting verb: a
    participle after a determiner with no clause after it ('an evacuation warning from the army'), 'adding
    to' a figure, a participle after a superlative ('the youngest confirmed death').

    >>> from presslens.mentions.lexicon import _cues
    >>> c = _cues()[0]
    >>> cue_as_modifier("was not preceded by an evacuation ", " from the RSF", c["warning"])
    True
    >>> cue_as_modifier("the army said, ", " that the road", c["warning"]), cue_as_modifier("killing four and ", " to a toll", c["adding"])
    (False, True)
    >>> cue_as_modifier("The youngest ", " death was a boy", c["confirmed"]), cue_as_modifier("The army ", " the deaths", c["confirmed"])
    (True, False)
    >>> cue_as_modifier("ongoing for days with the RSF ", " to heavy losses", c["admitting"])
    False
    """
    form = cue.form
    if form.endswith("ing"):
        if cue.lemma == "add" and after.startswith(" to "):
            return True
        words = before.rsplit(None, 3)[-3:]      # a cheap test first: the words right before the cue
        if not any(w.lower() in _DETERMINERS for w in words):
            return False
        return _RX_DET_MODIFIERS.search(before) is not None and _RX_CLAUSE_NEXT.match(after) is None \
            and "," not in before[-20:] and _RX_DOCUMENT_READS.search(before) is None   # 'a statement condemning'
    if not form.endswith("ed"):
        return False        # neither a participle in '-ing' nor one in '-ed' ('said', 'says'): no modifier
    words = before.rsplit(None, 3)[-3:]
    if not words or not (words[-1].endswith("est") or words[-1].lower() in _ORDINALS):
        return False
    return _RX_SUPERLATIVE.search(before) is not None


_DETERMINERS = frozenset(("a", "an", "the", "this", "its", "their", "his", "her", "no", "any", "another", "every"))
_ORDINALS = frozenset(("first", "second", "third", "only", "latest", "last"))


#: a noun after 'warning' that makes it a compound ('warning shots', 'warning signs', 'warning sirens')
_RX_WARNING_NOUN = re.compile(r"\s+(?:shots?|signs?|sirens?|lights?|systems?|labels?|flares?|strikes?)\b")
#: cue lemmas whose object may be a thing or whose form may be an adjective: a statement only with the complement
#: `complement_required` asks for
COMPLEMENT_LEMMAS = frozenset(("reveal", "inform", "charge", "identify", "order", "shout"))
#: a that-clause or a quote after at most an object of four words ('revealed to state TV that', 'informed the
#: agency, "..."', 'charged that')
_RX_THAT_OR_QUOTE = re.compile(r"\s+(?:(?!that\b)[\w'’\-]+\s+){0,4}?that\b|(?:\s+(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+)?\s*[,:]?\s*\ue000")
#: 'identified the dead as X': an object of at most six words, then 'as'
_RX_OBJECT_AS = re.compile(r"\s+(?!(?:himself|herself|themselves|itself|myself|only)\b)(?:[\w'’\-]+\s+){1,6}?as\s+\S")
#: 'ordered the police not to', 'asks residents to': an object, then an infinitive
_RX_OBJECT_TO = re.compile(r"\s+(?:[\w.'’\-]+\s+){1,16}?(?:not\s+)?to\s+[a-z]")
#: a passive auxiliary right before the cue ('were identified as'): no speaker makes the identification
_RX_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$")


def complement_required(before: str, after: str, lemma: str) -> bool:
    """Rule `complement_required`: whether a cue whose object may be a thing has the complement that makes it a
    statement: a that-clause or a quote for 'revealed', 'informed', 'charged' ('charged that the militia had
    shelled the road', not 'charged with murder'; 'informed the agency that', not 'informed sources'), and an
    active 'identified X as Y' (the speaker names the dead: 'The committee identified the victims as ...'), not
    'identified himself as' (a name given, rule `self_named_after` of the mention layer); an active order to act
    ('ordered the police not to leave their posts'), not an act ordered ('ordered an inquiry').

    >>> complement_required("The governor ", " to state radio that two posts fell", "reveal")
    True
    >>> complement_required("Police ", " the location of the depot", "reveal"), complement_required("", " sources said", "inform")
    (False, False)
    >>> complement_required("The prosecutor ", " with murder", "charge"), complement_required("He ", " that the army lied", "charge")
    (False, True)
    >>> complement_required("The council ", " the two dead as Tomas Lin and Ana Ruiz", "identify")
    True
    >>> complement_required("The dead were ", " as Tomas Lin and Ana Ruiz", "identify"), complement_required("Police ", " the body", "identify")
    (False, False)
    >>> complement_required("a resident who ", " himself as Tomas", "identify")
    False
    >>> complement_required("said a woman ", " only as Esperança", "identify")     # a name given, no object
    False
    >>> complement_required("The president ", " the guard not to leave its posts", "order"), complement_required("He ", " an inquiry", "order")
    (True, False)
    """
    if lemma == "order":
        return _RX_OBJECT_TO.match(after) is not None and _RX_PASSIVE_BEFORE.search(before) is None
    if lemma == "identify":
        return _RX_OBJECT_AS.match(after) is not None and _RX_PASSIVE_BEFORE.search(before) is None
    return _RX_THAT_OR_QUOTE.match(after) is not None


#: cues that report only with a clause: without one their object is a thing shown ('indicated the way')
_CLAUSE_ONLY_LEMMAS = frozenset(("indicate", "point_out"))
_RX_DETERMINER_OBJECT = re.compile(r"\s+(?:the|a|an|his|her|its|their|this|these|those)\b")
_RX_FINITE = re.compile(r"\b(?:is|are|was|were|had|has|have|will|would|could|may|might|did)\b|\w(?:ed|es)\b")


def pointed_at_thing(after: str) -> bool:
    """Whether the words after 'indicated'/'pointed out' are a noun phrase with no verb of its own: a thing
    shown, not a statement reported.

    >>> pointed_at_thing(" the road to the camp."), pointed_at_thing(" the shelling had stopped."), pointed_at_thing(" that two died.")
    (True, False, False)
    """
    if not _RX_DETERMINER_OBJECT.match(after):
        return False
    return _RX_FINITE.search(after) is None


#: a document before 'read'/'reads': '"...," the statement read', 'The banner reads'
_RX_DOCUMENT_READS = re.compile(r"\b(?:statement|message|letter|post|communiqu[eé]|notice|tweet|note|release|"
                                r"banner|sign|placard|text|caption|leaflet|order)s?\s+$", re.I)


_RX_WORD_BEFORE = re.compile(r"([a-z]+)\s+$")


def _object_of_cue(m: str, sa: int, cs: int) -> bool:
    """Whether the word right before position `cs` is a cue verb, so that the noun at `cs` is its object.

    >>> s = "Ethiopia denies reports that its troops crossed the border."
    >>> _object_of_cue(s, 0, 16), _object_of_cue(s, 0, 9)
    (True, False)
    """
    mt = _RX_WORD_BEFORE.search(m, max(sa, cs - 16), cs)
    if mt is None:
        return False
    cue = _cues()[0].get(mt.group(1))
    return cue is not None and not cue.form.endswith("ing") and cue.lemma not in ("report", "claim", "call")


#: cues that an inanimate subject uses of what it shows, not of what someone said
_EVIDENCE_LEMMAS = frozenset(("indicate", "suggest", "confirm", "point_out"))
#: a subject whose first noun is a record of what happened, not a speaker: video, footage, images, data ...
_RX_EVIDENCE_SUBJECT = re.compile(r"""
    (?:^|[,;]\s*|\b(?:and|but|while|as)\s+)           # the clause opens
    (?:(?:the|a|an|these|those|this|that|such|new|more|further|recent|latest|initial|early|preliminary|
          satellite|aerial|drone|amateur|mobile|phone|video|audio|forensic|leaked|verified|official|
          [A-Z][\w\-]*|[a-z]+-[a-z]+)\s+){0,3}           # determiners and modifiers ('satellite', 'Video', 'AP-verified')
    (?:video|videos|footage|images?|imagery|photos?|photographs?|pictures?|data|documents?|records?|
       evidence|analysis|findings|results?|tests?|recordings?|maps?|logs?|readings?|interviews)\b
    """, re.X)


def evidence_subject(before: str) -> bool:
    """Rule `evidence_subject`: whether the clause before an 'indicated'/'suggested'/'confirmed' cue opens on
    a record of events (video, footage, images, data, documents, evidence): what it shows is evidence, not a
    statement by anyone ('Drone footage reviewed by monitors indicated that the bridge was down').

    >>> evidence_subject("Drone footage reviewed by monitors "), evidence_subject("Video interviews provided to the agency by the town ")
    (True, True)
    >>> evidence_subject("Several reports have "), evidence_subject("The monitors ")
    (False, False)
    """
    return _RX_EVIDENCE_SUBJECT.match(before.lstrip()) is not None


#: 'what they called', 'what the army calls' after other words of the sentence
_RX_WHAT_CALLED = re.compile(r"\S\s+what\s+(?:he|she|they|it|we|(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?)\s+$", re.I)


#: a word of saying, rejecting or blaming before the label: the label then sits inside that statement's content
_RX_STATEMENT_BEFORE = re.compile(r"\b(?:said|says|say|statement|told|reject\w*|den(?:y|ies|ied|ying)|accus\w*|"
                                  r"condemn\w*|blam\w*|dismiss\w*|describ\w*|warn\w*)\b", re.I)


def label_in_content(m: str, sa: int, cs: int) -> bool:
    """Rule `label_in_content`: 'called' after 'what X' inside a statement's content ('The Tigers issued a
    statement rejecting what they called a fabricated allegation') labels a thing within that statement; it is
    no statement of its own. Without such a statement before it in the sentence the label is the only voice
    the speaker gets ('Serbia, which sent troops in what it calls a police action, ...') and stays a
    statement, as does 'What the army calls a clearance ...' opening a sentence.

    >>> s = "The Tigers issued a statement rejecting what they called a fabricated allegation."
    >>> label_in_content(s, 0, s.index("called")), label_in_content("What the army calls a sweep", 0, 14)
    (True, False)
    >>> s = "Serbia, which sent troops into Kosovo in what it calls a police action, says it fights terrorists."
    >>> label_in_content(s, 0, s.index("calls"))
    False
    """
    if _RX_WHAT_CALLED.search(m, max(sa, cs - 40), cs) is None:
        return False
    return _RX_STATEMENT_BEFORE.search(m, sa, cs) is not None


#: 'claimed nine lives', 'claimed the lives of 12', 'claimed more than 40 lives' (not 'claimed that 40 lives were lost')
_RX_CLAIMED_LIVES = re.compile(r"\s+(?!that\b)(?:[\w,\-]+\s+){0,3}?lives\b(?!\s+(?:were|was|had|have|are)\b)")
#: a subject that names nobody right before the cue: 'No group has', 'no one', 'Nobody'
_RX_NEGATED_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\s)(?:(?:[Nn]o|[Nn]either)\s+(?:[\w\-]+\s+){0,2}?|[Nn]obody\s+|[Nn]o\s+one\s+|"
                                 r"[Nn]one\s+)(?:(?:has|have|had|yet|so\s+far|immediately|officially|publicly)\s+)*$")


def negated_subject(before: str) -> bool:
    """Rule `negated_subject`: the words right before a cue are a subject that names nobody ('No group has',
    'no one', 'Nobody'): no statement was made.

    >>> negated_subject("No group has "), negated_subject("Polisario said no one "), negated_subject("The army has ")
    (True, True, False)
    """
    if " no " not in before and "No " not in before and "obody" not in before and "either " not in before \
            and "one " not in before:
        return False        # a cheap literal test first
    return _RX_NEGATED_SUBJECT.search(before) is not None


#: label cues other than 'call' (whose rule is `label_in_content`): 'what X described as', 'what X termed'
_LABEL_LEMMAS = frozenset(("describe", "characterize", "term"))
#: an active verb of claiming, rejecting or accusing ('have been blamed on' is no one's statement)
_RX_CHARGE_BEFORE = re.compile(r"(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbe )"
                               r"\b(?:claim|reject|den(?:y|ies|ied|ying)\b|accus|blam|dismiss|condemn|critici[sz])\w*", re.I)


def label_in_charge(m: str, sa: int, cs: int) -> bool:
    """Rule `label_in_charge`: a label cue after 'what X' ('what he described as', 'what they termed') inside the
    content of a claim, a rejection or an accusation earlier in the sentence labels a thing within that charge; the
    dev golds give it no record of its own (tigray, mali), where a label beside a plain 'said' has one (namibia,
    afghanistan-pakistan-border).

    >>> s = "Reda claimed the offensive would clear Tigray of what he described as Abiy's forces."
    >>> label_in_charge(s, 0, s.index("described"))
    True
    >>> s = "Killings have been blamed on gangs in what the president described as an armed conflict."
    >>> label_in_charge(s, 0, s.index("described"))
    False
    """
    if "what" not in m[max(sa, cs - 60):cs].lower():
        return False        # a cheap literal test first
    return _RX_CHARGE_BEFORE.search(m, sa, cs) is not None


#: the word before a reduced passive participle: a common noun ('attack', 'men', 'boat'), not a pronoun subject
_RX_NOUN_BEFORE = re.compile(r"(?<![\w'’])(?!(?:they|he|she|it|we|i|you|who|whom|which|that|has|have|had|also|and|or|not|"
                             r"then|later|repeatedly|previously|publicly|officially)\b)[a-z][a-z\-]*\s+$")
#: a relative pronoun in the words before: 'which the Taliban blamed on', 'who the government accused of'
_RX_RELATIVE_BEFORE = re.compile(r"\b(?:which|who|whom|that)\b", re.I)


def reduced_passive_charge(m: str, sa: int, cs: int) -> bool:
    """Rule `reduced_passive_charge`: 'blamed on' / 'accused of' right after a common noun with no subject of its
    own ('a bomb killed a policeman in an attack blamed on ETA', 'two men accused of being spies', 'a boat accused of
    carrying drugs') is a passive participle: the article's voice, no statement. Not after a pronoun subject ('an
    attack they blamed on the group') or with a relative pronoun before ('which the Taliban blamed on Pakistan',
    'who the government accused of'). The caller has tested the cue and 'on'/'of' after it.

    >>> s = "A bomb killed a policeman in an attack blamed on ETA."
    >>> reduced_passive_charge(s, 0, s.index("blamed"))
    True
    >>> s = "Police said, in an attack they blamed on the group."
    >>> reduced_passive_charge(s, 0, s.index("blamed"))
    False
    >>> s = "He was killed in strikes which the rebels blamed on the army."
    >>> reduced_passive_charge(s, 0, s.index("blamed"))
    False
    """
    if not _RX_NOUN_BEFORE.search(m, max(sa, cs - 24), cs):
        return False
    return _RX_RELATIVE_BEFORE.search(m, max(sa, cs - 40), cs) is None


#: the bare (plural present) forms of cues that are verbs only ('officials allege', 'rights groups warn'); after a modal,
#: a negation or 'to' the same form is an infinitive ('cannot confirm', 'refused to confirm')
PLURAL_PRESENT_FORMS = frozenset(("allege", "confirm", "warn", "threaten", "acknowledge"))
_RX_MODAL_BEFORE = re.compile(r"(?:\b(?:to|not|never|cannot|can|could|would|will|shall|should|may|might|must|did|does|do)"
                              r"|n['’]t)\s+(?:(?:yet|independently|immediately|officially|publicly)\s+)?$", re.I)


def infinitive_after_modal(before: str) -> bool:
    """Rule `infinitive_after_modal`: whether the words right before a bare cue form end in a modal, a negation or
    'to', so that the form is an infinitive ('Police cannot confirm the toll', 'declined to confirm'), not a plural
    present of saying ('Local officials allege that ...').

    >>> infinitive_after_modal("Police say they cannot "), infinitive_after_modal("He refused to "), infinitive_after_modal("could not independently ")
    (True, True, True)
    >>> infinitive_after_modal("Local officials "), infinitive_after_modal("All intelligence reports ")
    (False, False)
    """
    return _RX_MODAL_BEFORE.search(before) is not None


#: bare cue forms (data/lexicons/cues.yaml) that are a plural present only before a that-clause ('Reports indicate
#: that ...'); the noun homograph among them also needs a plural subject right before ('Rights groups estimate that').
#: ('state' and 'record' are left out of the lexicon: every cue form is also a boundary to the subject and speaker
#: scans, mentions.context._speaker_tail, quotes.clause._clause_subject, and those nouns are everywhere)
BARE_BEFORE_THAT_FORMS = frozenset(("indicate", "estimate",
                                    # session 21 (the census of reporting verbs): the bare forms the lexicon lacked,
                                    # whose subject may be a thing ('the numbers explain part of it')
                                    "explain", "repeat", "argue", "complain", "announce", "declare", "predict",
                                    "admit", "concede", "reiterate", "maintain", "recall", "contend"))
_NOUN_HOMOGRAPH_FORMS = frozenset(("estimate",))
#: words in -s that are no plural subject: 'its estimate that', 'this record that', 'was state that'
_NOT_PLURALS = frozenset(("its", "his", "this", "thus", "was", "has", "is", "as", "us", "yes", "whereas", "less"))
_RX_THAT_NEXT = re.compile(r"\s+that\b")


def bare_form_before_that(before: str, form: str, after: str) -> bool:
    """Rule `bare_form_before_that`: whether a bare form of `indicate` or `estimate` is the plural present of a cue:
    a that-clause right after it, no modal or 'to' before it, and, for `estimate`, also a noun, written lower-case
    after a plural word ('Rights groups estimate that').

    >>> bare_form_before_that("Reports at the border post ", "indicate", " that the fighting started")
    True
    >>> bare_form_before_that("Rights groups ", "estimate", " that 2,000 died"), bare_form_before_that("Aid agencies ", "estimate", " that 90 died")
    (True, True)

    Not the noun ('its estimate that', 'the UN's estimate that', 'the lowest estimate that'), not without a
    that-clause, not an infinitive:

    >>> bare_form_before_that("cut its ", "estimate", " that 90 died"), bare_form_before_that("the UN's ", "estimate", " that 90 died")
    (False, False)
    >>> bare_form_before_that("the lowest ", "estimate", " that 90 died"), bare_form_before_that("Most reports ", "indicate", " the crackdown")
    (False, False)
    >>> bare_form_before_that("Police declined to ", "indicate", " that anyone died")
    False
    """
    if "that" not in after[:8] or not _RX_THAT_NEXT.match(after) or infinitive_after_modal(before):
        return False
    if form.lower() not in _NOUN_HOMOGRAPH_FORMS:
        return True
    words = before.split()
    last = words[-1] if words else ""
    return form.islower() and len(last) > 2 and last.endswith("s") and not last.endswith(("ss", "'s", "’s")) \
        and last.lower() not in _NOT_PLURALS


#: before a plural noun 'states': a superlative, a quantifier or a modifier of states ('poorest', 'member', 'five'),
#: or one capitalised word after a lower-case word ('the Arab ', 'five Darfur ', 'and Gulf ')
_RX_STATES_MODIFIER = re.compile(r"""(?:
      \b(?:[a-z]+est|all|other|several|many|some|both|few|two|three|four|five|six|seven|eight|nine|ten|member|
           neighbo(?:u)?ring|frontline|island|coastal|sovereign|independent|border|northern|southern|eastern|western|
           central|rebel|breakaway|successor|nation|city|client|rogue|failed|small|large|major|new)
    | (?<![\w\-])[a-z][\w\-]*\s+[A-Z][a-z][\w\-]*                # 'the Arab', 'five Darfur', 'and Gulf'
    )\s+$""", re.X)
#: what follows a cue 'states': a that-clause, a quote or a colon
_RX_STATES_COMPLEMENT = re.compile(r"\s*(?:that\b|:|\ue000)")


def states_as_noun(before: str, after: str) -> bool:
    """Rule `states_as_noun`: whether 'states' is the plural noun ('the Arab states ended the war', 'one of Mexico's
    poorest states', 'all five Darfur states'), not a cue: a superlative, a quantifier or a modifier of states right
    before it, or one capitalised word after a lower-case one, and no that-clause, quote or colon after it.

    >>> states_as_noun("between Israel and the Arab ", " ended in"), states_as_noun("one of Mexico's poorest ", ".")
    (True, True)
    >>> states_as_noun("in all five Darfur ", "."), states_as_noun("The report ", " that 40")
    (True, False)
    >>> states_as_noun("Ukraine ", " that its"), states_as_noun("the Arab ", " that the")
    (False, False)
    """
    return _RX_STATES_MODIFIER.search(before) is not None and _RX_STATES_COMPLEMENT.match(after) is None


#: the forms and lemmas that `_cue_refused` tests by name: a cue with neither is refused only by the tests it runs
#: for every cue ('is said to be', 'No group has claimed', 'an evacuation warning'), which it then runs alone, in
#: the order they stand (the table is read once per cue instead of each test's own name test;
#: tests/test_cue_refusal_gates.py checks every name test of the function is in it)
_GATED_FORMS = frozenset(("asked", "claim", "claims", "reports", "report", "calls", "say", "named", "indicating",
                          "suggesting", "blamed", "accused", "states", "cited", "warning")) \
    | BARE_BEFORE_THAT_FORMS | PLURAL_PRESENT_FORMS
_GATED_LEMMAS = frozenset(("report", "put", "express", "call", "claim", "read", "mention")) | _LABEL_LEMMAS \
    | EVENT_ACT_LEMMAS | COMPLEMENT_LEMMAS | _CLAUSE_ONLY_LEMMAS | _EVIDENCE_LEMMAS | SENSE_LEMMAS
