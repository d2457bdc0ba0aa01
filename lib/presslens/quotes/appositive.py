"""Named rule for a speaker named before a role appositive: '"...," Abdi Farah, the group's operations
spokesman, told Reuters' and 'Tesfay Gebre, TPLF spokesman, said': the person, not the role, speaks.
"""
from __future__ import annotations

import re

from ..mentions.lexicon import ROLE_WORDS

#: a person's name of two to four capitalised words and the comma before the appositive
_RX_NAME_BEFORE = re.compile(r"""
    (?:^|[\s“”"«»,])                                     # a word boundary or a closing quote mark
    (?P<name>[A-Z][\w’'\-]+(?:\s+(?:[A-Z][\w’'\-]+|al-[A-Z][\w’'\-]*|bin|ibn|Abu|de|do|da)){1,3}
        |(?:(?:Mr|Mrs|Mme|Ms|Dr)\.\s+|(?:[A-Z]\.\s+){1,3})[A-Z][\w’'\-]+)   # or a surname after 'M.', 'Mr.', 'J. R.'
    (?:,?\s*\([A-Za-z.]{2,8}\))?                        # a degree or honour after it: 'Kontie Moussa, (PhD),'
    \s*[,(]\s*$""", re.X)                                 # the comma or the parenthesis that opens the appositive
_RX_WORDS = re.compile(r"[A-Za-z\-]+")
_PREPOSITIONS = frozenset(("of", "for", "in", "to", "at", "with", "on"))


def _role_head(words: list[str]) -> str:
    """The head of a title's words: the last word before its first preposition, the last part of a hyphened one
    ('Vice-President of the U.A.R.' -> 'president'; 'Chief Secretary for Ireland' -> 'secretary').

    >>> _role_head(["vice-president", "of", "the", "u", "a", "r"]), _role_head(["the", "party", "chairman"])
    ('president', 'chairman')
    """
    head = words[-1] if _PREPOSITIONS.isdisjoint(words) else \
        next((words[i - 1] for i in range(1, len(words)) if words[i] in _PREPOSITIONS), words[-1])
    return head.rsplit("-", 1)[-1] if "-" in head else head


def person_before_role(text: str, sp_start: int, phrase: str) -> tuple[str, int, int] | None:
    """The person named just before a role appositive `phrase` that starts at `sp_start`: (name, start, end).

    >>> t = '"We killed five," Abdi Farah, the group\\'s operations spokesman, told Reuters.'
    >>> person_before_role(t, t.index("the group"), "the group's operations spokesman")
    ('Abdi Farah', 18, 28)
    >>> t3 = "Paris, May 14. M. Patek, Polish Foreign Minister, interviewed, declared that 20,000 had died."
    >>> person_before_role(t3, t3.index("Polish"), "Polish Foreign Minister")
    ('M. Patek', 15, 23)
    >>> t4 = "Troops of the U.S. Army, the chief spokesman, said so."
    >>> person_before_role(t4, t4.index("the chief"), "the chief spokesman") is None
    True
    >>> t2 = "The army, the ministry spokesman said, lost nine."
    >>> person_before_role(t2, t2.index("the ministry"), "the ministry spokesman") is None
    True
    """
    words = _RX_WORDS.findall(phrase.lower())
    if not words or len(words) > 12 or _role_head(words) not in ROLE_WORDS:
        return None     # (12: 'Vice-President of the Junta of the U.S.C.' is nine words, its letters counted)
    mt = _RX_NAME_BEFORE.search(text, max(0, sp_start - 80), sp_start)
    if mt is None:
        return None
    name = mt.group("name")
    if name.split()[0] in _NOT_NAME_OPENERS:    # 'In Tindouf, Moroccan Interior Minister, said': a place
        return None
    return name, mt.start("name"), mt.end("name")


def title_closed(text: str, sp_end: int) -> bool:
    """Whether a phrase ending at `sp_end` is closed as an appositive by an abbreviation's point and a comma
    ('Field Marshal Amer, Vice-President of the U.A.R., stated'), not by the bare comma the caller tests.

    >>> t = "Field Marshal Amer, Vice-President of the U.A.R., stated that 105 officers were killed."
    >>> title_closed(t, t.index("., stated")), title_closed("The U.N. envoy said 20 died.", 12)
    (True, False)
    """
    return text[sp_end:sp_end + 2] == ".,"


#: a name, then a title in parentheses that closes the phrase: 'Hashem bin Hashem (Information Minister in the
#: royalist government)', 'Augustine Birrell (Chief Secretary for Ireland)'
_RX_NAME_PAREN_TITLE = re.compile(r"""
    (?:^|(?<=[\s.]))                                      # the phrase's start, a space or a title's point ('Mr.')
    (?P<name>[A-Z][\w’'\-]+(?:\s+(?:[A-Z][\w’'\-]+|al-[A-Z][\w’'\-]*|bin|ibn|Abu|de|do|da)){1,3})  # the name
    \s+\((?P<title>[^()]{3,80})\)?\s*$""", re.X)                # the title (its closing mark may lie after the phrase)


def person_before_parenthesis(phrase: str) -> tuple[int, int] | None:
    """Rule `person_before_role`, its title in parentheses: the name's (start, end) in a speaker phrase made of a
    person's name and a title in parentheses ('Hashem bin Hashem (Information Minister in the royalist government)
    alleged'): the person speaks, not the title; None when the parentheses hold no title.

    >>> person_before_parenthesis("Mr. Augustine Birrell (Chief Secretary for Ireland)")
    (4, 21)
    >>> person_before_parenthesis("Hashem bin Hashem (Information Minister in the royalist government")
    (0, 17)
    >>> person_before_parenthesis("Lieutenant Kerr (retired)"), person_before_parenthesis("The Front (FLN)")
    (None, None)
    >>> person_before_parenthesis("the State of Cabinda - Military Position (Flec-MP") is None
    True
    """
    mt = _RX_NAME_PAREN_TITLE.search(phrase)
    if mt is None or mt.group("name").split()[0] in ("The", "A", "An", "But", "And"):
        return None
    title = mt.group("title").strip()
    words = _RX_WORDS.findall(title.lower())
    if not words or (" " not in title and not title.islower()) or _role_head(words) not in ROLE_WORDS:
        return None     # one capitalised word is a short name, not a title: 'Military Position (Flec-MP)'
        return None
    return mt.start("name"), mt.end("name")


def appositive_person(text: str, sp_start: int, sp_end: int, phrase: str) -> tuple[str, int, int, str] | None:
    """(name, start, end, rule) of the person a speaker phrase names through an apposition: a name before a title in
    parentheses or before a role closed by a comma (`person_before_role`), a name after a role (`person_after_role`);
    None when the phrase is no such apposition.

    >>> t = "Mr. Issa Kabore (Information Minister) alleged that 50 died."
    >>> appositive_person(t, 0, t.index(")"), "Mr. Issa Kabore (Information Minister")
    ('Issa Kabore', 4, 15, 'person_before_role')
    >>> t = "Ali Dada, the army spokesman, said 5 died."
    >>> appositive_person(t, 10, 28, "the army spokesman")
    ('Ali Dada', 0, 8, 'person_before_role')
    """
    if "(" in phrase and ")" in text[sp_end - 1:sp_end + 3] and (paren := person_before_parenthesis(phrase)):
        return phrase[paren[0]:paren[1]], sp_start + paren[0], sp_start + paren[1], "person_before_role"
    comma = text[sp_end:sp_end + 1] == ","
    if not comma and not title_closed(text, sp_end):    # (the caller asks only after ',' or '.', or with '(')
        return None
    if (named := person_before_role(text, sp_start, phrase)) is not None:
        return (*named, "person_before_role")
    if comma and (named := person_after_role(text, sp_end, phrase)) is not None:
        return (*named, "person_after_role")
    return None


#: a role appositive opening on a determiner: 'the U.N.'s deputy envoy to X', 'a spokesman for the army'
_RX_DET_DESCRIPTOR = re.compile(r"(?:the|a|an)\s+(?P<words>(?:[\w.'’\-]+\s+){0,5}?[\w.'’\-]+)(?:\s+(?:to|for|of|in|at)\b.*)?$")
_RX_PERSON_NAME = re.compile(r"(?:[A-Z][\w’'\-]+|al-[A-Z][\w’'\-]*|bin|ibn|de|do|da|dos|van|von)"
                             r"(?:\s+(?:[A-Z][\w’'\-]+|al-[A-Z][\w’'\-]*|bin|ibn|de|do|da|dos|van|von)){1,4}")
_NOT_NAME_OPENERS = frozenset(("The", "A", "An", "In", "On", "At", "After", "Before", "But", "And", "Meanwhile", "Amid"))


def unclosed_appositive(name_segment: str, descriptor: str) -> bool:
    """Whether `descriptor`, the last comma segment before a cue with no comma to close it, is a role
    appositive of the person named in the segment before ('"...," Amina Deng, the U.N.'s deputy envoy to
    Sudan said'): the person speaks, not the place that ends the descriptor.

    >>> unclosed_appositive("Amina Deng", "the U.N.'s deputy envoy to South Sudan")
    True
    >>> unclosed_appositive("In Goma", "the army spokesman"), unclosed_appositive("Amina Deng", "the town of Wau")
    (False, False)
    """
    name = name_segment.strip()
    if not _RX_PERSON_NAME.fullmatch(name) or name.split()[0] in _NOT_NAME_OPENERS:
        return False
    mt = _RX_DET_DESCRIPTOR.match(descriptor.strip())
    if mt is None:
        return False
    return any(w.lower().strip(".'’") in ROLE_WORDS for w in _RX_WORDS.findall(mt.group("words")))


#: a role appositive without a determiner: modifiers (a body's short name, an adjective), the role noun in lower
#: case, then what it is a role of ('UN resident coordinator in Sudan', 'administrator for the district')
_RX_BARE_ROLE = re.compile(r"""
    (?:[\w.'’\-]+\s+){0,4}?                  # at most four modifiers: 'UN resident', 'the army's'
    (?P<role>[a-z][a-z\-]+)                  # the role noun, lower case
    (?:\s+(?:of|for|in|at|to|with)\b.*)?$    # what it is a role of
    """, re.X)


def bare_role_appositive(segment: str) -> bool:
    """Rule `bare_role_appositive`: whether a comma segment after a subject is a role without a determiner
    ('Ana Ruiz, UN resident coordinator in Colombia, said'; 'Kemal Hadzic, administrator of the municipality,
    told'): the person before it speaks, not the role.

    >>> bare_role_appositive("UN resident coordinator in Colombia"), bare_role_appositive("administrator of the district")
    (True, True)
    >>> bare_role_appositive("Sarajevo and Tuzla"), bare_role_appositive("in a statement on Monday")
    (False, False)
    """
    mt = _RX_BARE_ROLE.match(segment.strip())
    return mt is not None and mt.group("role") in ROLE_WORDS and not segment.lstrip()[:3].lower() in ("in ", "on ", "at ")


#: after a role phrase: a comma, then a person's name with its titles, then the end of the clause
_RX_NAME_AFTER_ROLE = re.compile(r"""
    ,\s*
    (?:(?:general|colonel|major|captain|lieutenant|commander|brigadier)\s+)?   # a title in lower case
    (?P<name>(?:(?:[A-Z][a-z]{0,5}\.|[A-Z][a-z]+)\s+){0,3}?     # titles: 'Maj. Gen.', 'Colonel'
    [A-Z][\w’'\-]+(?:\s+(?:[A-Z][\w’'\-]+|al-[A-Z][\w’'\-]*|bin|ibn|de|do|da|dos|van|von)){1,4})  # the name
    \s*(?=[.;,]|$|\s(?:the|a|an)\s)""", re.X)


def person_after_role(text: str, sp_end: int, phrase: str) -> tuple[str, int, int] | None:
    """Rule `person_after_role`: a role phrase followed by the person's name in apposition ('confirmed by the
    former deputy from the Lika region, Ante Kovacevic.'; 'said the statement by the army spokesman, Gen.
    Luis Ospina.'): the person, (name, start, end); None when no name follows.

    >>> t = "This has been confirmed by the former deputy from the Lika region, Ante Kovacevic."
    >>> person_after_role(t, t.index(", Ante"), "the former deputy from the Lika region")
    ('Ante Kovacevic', 67, 81)
    >>> t3 = "According to Angolan army chief, general Joao Kanda the troops took the town."
    >>> person_after_role(t3, t3.index(", general"), "Angolan army chief")
    ('Joao Kanda', 41, 51)
    >>> t2 = "It was confirmed by the army spokesman, who declined to be named."
    >>> person_after_role(t2, t2.index(", who"), "the army spokesman") is None
    True
    """
    words = _RX_WORDS.findall(phrase.lower())
    bare = bool(words) and phrase[:1].isupper() and words[-1] in ROLE_WORDS     # 'Somali military chief, General X'
    if not words or (words[0] not in ("the", "a", "an") and not bare) or not any(w in ROLE_WORDS for w in words) \
            or len(words) > 12:
        return None
    mt = _RX_NAME_AFTER_ROLE.match(text, sp_end, sp_end + 80)
    if mt is None or mt.group("name").split()[0] in _NOT_NAME_OPENERS:
        return None
    return mt.group("name"), mt.start("name"), mt.end("name")


#: a gloss set off by commas inside an appositive: 'or district', 'or county'
_RX_GLOSS = re.compile(r"or\s+[\w\-]+(?:\s+[\w\-]+)?")
_RX_PLACE_TAIL = re.compile(r"(?:in|of|for|at|from)\s+\S")


def appositive_chain(segments: list[str]) -> bool:
    """Rule `appositive_chain`: whether comma segments before a cue are a person's name, a role appositive, glosses
    ('or district') and a place with no closing comma ('Dragan Kovac, administrator for the Bratunac
    municipality, or district, in eastern Bosnia told ...'): the person is the subject.

    >>> appositive_chain(["Dragan Kovac", "administrator for the Bratunac municipality", "or district", "in eastern Bosnia"])
    True
    >>> appositive_chain(["In Bratunac", "the mayor", "in the east"]), appositive_chain(["Dragan Kovac", "Zoran Ilic", "in Bosnia"])
    (False, False)
    """
    if len(segments) < 3:
        return False
    first, middle, last = segments[0].strip(), [t.strip() for t in segments[1:-1]], segments[-1].strip()
    if not _RX_PERSON_NAME.fullmatch(first) or first.split()[0] in _NOT_NAME_OPENERS or not _RX_PLACE_TAIL.match(last):
        return False
    if not (bare_role_appositive(middle[0]) or unclosed_appositive(first, middle[0])):
        return False
    return all(_RX_GLOSS.fullmatch(t) or bare_role_appositive(t) for t in middle[1:])


#: rule `indefinite_named`: a name after an indefinite description, closed by a comma, a bracketed acronym or the
#: sentence's end ('A Russia-led military alliance, the Collective Security Treaty Organization, said'; 'said an
#: elderly woman, Mary Otieno.')
_RX_NAME_AFTER_INDEFINITE = re.compile(r"""
    ,\s+(?:the\s+)?
    (?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,5})  # two to six capitalised words
    \s*(?:\([A-Z][\w\-]{1,9}\)\s*)?                       # an acronym in brackets: '(CSTO)'
    (?=,|\.(?:\s|$)|$)                                    # closed by a comma or the sentence's end
    """, re.X)
#: an indefinite description: 'a'/'an' and up to six words ending on its head, no complement (no 'of', 'in' ...)
_RX_INDEFINITE = re.compile(r"(?:a|an)\s+(?:[\w’'\-]+\s+){0,5}[a-z][\w’'\-]*", re.I)
_COMPLEMENT_WORDS = frozenset(("of", "in", "at", "from", "for", "to", "with", "on", "by", "near", "who", "whose",
                               "which", "that"))


#: where a name that opens its own clause starts: the text's start, a sentence's end or a closing quote's comma
_RX_CLAUSE_OPENS = re.compile(r"(?:^|[.!?][\"”’']?|,[\"”’'])\s*$")


def indefinite_named(text: str, sp_start: int, sp_end: int, phrase: str) -> tuple[str, int, int] | None:
    """Rule `indefinite_named`: an indefinite description in apposition to a name -> the name, (name, start,
    end); None otherwise. The name follows a description that ends on its head ('said an elderly woman, Mary
    Otieno.'), or precedes a description with no closing comma ('General Momoh Jibba, one of the main military
    aides of Taylor said'). A description with a complement is left: the name may be the complement's ('a faction
    of the rebel group, the Front (FLEC), claimed'; 'a correspondent in the capital, Bissau, said').

    >>> t = "A Russia-led military alliance, the Collective Security Treaty Organization, said it would help."
    >>> indefinite_named(t, 0, 30, "A Russia-led military alliance")
    ('Collective Security Treaty Organization', 36, 75)
    >>> t2 = '"I heard gunshots," said an elderly woman, Mary Otieno.'
    >>> indefinite_named(t2, t2.index("an elderly"), t2.index(", Mary"), "an elderly woman")
    ('Mary Otieno', 43, 54)
    >>> t3 = "A faction of the rebel group, the Front for the Enclave (FLEC), claimed the attack."
    >>> indefinite_named(t3, 0, t3.index(", the"), "A faction of the rebel group") is None
    True
    >>> t4 = '"We won," Colonel Tomas Vargas, one of the senior aides of the president said.'
    >>> indefinite_named(t4, t4.index("one of"), t4.index(" said"), "one of the senior aides of the president")
    ('Colonel Tomas Vargas', 10, 30)
    >>> t5 = "Shells hit the camp on the outskirts of El Ghazira, a medical group said."
    >>> indefinite_named(t5, t5.index("a medical"), t5.index(" said"), "a medical group") is None
    True
    >>> t6 = "In Kisumu, a bastion of the challenger, Ruth Wanjiru Kamau, a mortuary attendant said police came."
    >>> indefinite_named(t6, t6.index("a mortuary"), t6.index(" said"), "a mortuary attendant") is None
    True
    """
    words = phrase.split()
    if not 2 <= len(words) <= 12:
        return None
    first = words[0].lower()
    if first in ("a", "an") and text[sp_end:sp_end + 1] == "," and _RX_INDEFINITE.fullmatch(phrase) \
            and not any(w.lower() in _COMPLEMENT_WORDS for w in words[1:]):
        mt = _RX_NAME_AFTER_INDEFINITE.match(text, sp_end, sp_end + 90)
        if mt is None or mt.group("name").split()[0] in _NOT_NAME_OPENERS:
            return None
        return mt.group("name"), mt.start("name"), mt.end("name")
    if (first in ("a", "an") or (first == "one" and words[1] == "of")) and text[sp_end:sp_end + 1] != ",":
        mt = _RX_NAME_BEFORE.search(text, max(0, sp_start - 60), sp_start)
        if mt is None or mt.group("name").split()[0] in _NOT_NAME_OPENERS \
                or not _RX_CLAUSE_OPENS.search(text, max(0, mt.start("name") - 4), mt.start("name")):
            return None     # '... on the outskirts of El Ghazira, a medical group said': the name ends a clause
        return mt.group("name"), mt.start("name"), mt.end("name")
    return None
