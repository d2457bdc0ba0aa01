"""People named in an article: name runs without titles ('Gen. Abdul Wudod Zara' -> 'Abdul Wudod Zara'),
the inventory of person mentions with their gender context and descriptor, and the fullest form of a name
(a surname -> the full name given in the article).
"""
from __future__ import annotations

import re
from collections.abc import Reversible
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, repeat
from operator import itemgetter

from ..actors import Actors, fold
from .runs import _DETERMINER_WORDS, _WEEKDAYS, person_after_body, without_lead_determiner, without_trailing_weekday
from .registered_name import registered_name_suffix
from .title_complement import _PREPOSITIONS, title_complement_name
from .phrase_start import noun_phrase_start
from .lexicon import FEMALE, MALE, MODIFIER_TITLES, ORG_WORDS, ROLE_WORDS, TITLES, TITLE_DOMAINS, TITLE_NOUNS, _CALENDAR, _LEAD_FUNCTION, _NAME_RUN, _QUOTE_STRIP, _cap, _cues
from .lexicon import _CONNECT, _NAME_TOKEN_NEXT


# ------------------------------------------------------------------------------------------------
# speakers: names, coreference, sides
# ------------------------------------------------------------------------------------------------
@dataclass(slots=True)
class Mention:
    """One name run of an article that can be a person's full name. Its gender context and descriptor are
    made from the text around it on first use (most mentions are never asked: session 14's second pass)."""
    start: int
    end: int
    name: str           # title-stripped name
    person: bool
    late: bool
    tokens: tuple[str, ...]     # the name's folded words (_tokens), which _fullest compares
    raw: str            # the run as written ('Gen. Abdul Wudod Zara')
    before: str         # the 60 characters before the run
    appos: str          # its appositive ('X, the army's spokesman, ...'), "" when none
    _kept_gender: str | None = field(default=None, compare=False, repr=False)
    _kept_descriptor: str | None = field(default=None, compare=False, repr=False)

    @property
    def gender_context(self) -> str:
        """The words that tell the gender: the run's own sentence's last words before it, the run, its appositive."""
        near = self.before[-25:]
        near = near[max(near.rfind("\n"), near.rfind(". "), near.rfind("\u2019 "), near.rfind("\" ")) + 1:]   # this sentence only
        return near + " " + self.raw + " " + self.appos

    @property
    def gender(self) -> str:
        """"f" | "m" | "" (computed on use and kept: most mentions are never asked)."""
        if self._kept_gender is None:
            self._kept_gender = _gender(self.gender_context)
        return self._kept_gender

    @property
    def descriptor(self) -> str:
        """The run's own sentence before it (less a fronted 'Speaking to X,'), the run and its appositive."""
        if self._kept_descriptor is None:
            own = self.before[-40:]
            own = own[max(own.rfind("\n"), own.rfind(". ")) + 1:]       # the name's own sentence
            lead = _RX_LEAD_PHRASE.match(own) if "," in own and _lead_phrase_possible(own) else None  # (it ends in a comma)
            self._kept_descriptor = own[lead.end() if lead else 0:] + " " + self.raw + " " + self.appos
        return self._kept_descriptor




#: a name right after one of these is the place or body of a role before it ('coordinator in Sri Lanka'), not its holder
_PLACE_PREPOSITIONS = frozenset(("in", "of", "for", "at", "to", "from"))
_RX_LEAD_THE = re.compile(r"^(?:The|the|Neighbouring|Neighboring|So-called|so-called|Self-styled|self-styled)\s+")
_RX_PAREN_TAIL = re.compile(r"\s*\([^)]*\)?$")
_RX_POSS_TAIL = re.compile(r"['’]s$")
_RX_ASCII_WORDS = re.compile(r"[a-z]+")
_RX_TOKENS = re.compile(r"[\w'\-]+")
_RX_APPOS = re.compile(r",\s*((?:[^,.;]|(?<=\b[A-Z])\.){2,80})")     # keeps 'the U.N. high commissioner' whole
#: an appositive that tells a person: an age, or a role with or without its determiner ('X, the army's
#: spokesman', 'X, administrator of the district', 'X, UN resident coordinator in Sudan'; rule `bare_role_appositive`)
_RX_ROLE_APPOS = re.compile(r",\s*(?:\d{1,3}\b|(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w\-'’.]+\s+){0,3}(?:"
                            + "|".join(sorted(ROLE_WORDS)) + r")\b)")
_RX_CUE_AFTER = re.compile(r"\s+(?:said|says|told|added|wrote|claimed|insisted|warned|denied|urged|called)\b")
#: a fronted participle or adverbial before the name ('Speaking to the BBC, X said') tells nothing of X's side
_RX_LEAD_PHRASE = re.compile(r"^.*?(?:^|[.\n]\s*)(?:Speaking|Talking|Writing|Asked|Interviewed|Responding|Quoted|"
                             r"In\s+an?\s+interview|Told)\b[^,.]*,\s*", re.I | re.S)
#: the kin words of _RX_LATE's second branch: ' of' alone ('the head of') does not call for the search
_KIN_WORDS = ("son", "daughter", "widow", "nephew", "niece", "brother", "sister", "father", "cousin")
#: any of _KIN_WORDS as a substring (one search in C instead of a generator of nine `in` tests)
_RX_KIN_WORD = re.compile("|".join(_KIN_WORDS))
#: the words one of which _RX_LEAD_PHRASE needs, lower-cased ('In an interview' needs 'interview')
_LEAD_PHRASE_WORDS = ("speaking", "talking", "writing", "asked", "interviewed", "responding", "quoted", "interview",
                      "told")
#: any of _LEAD_PHRASE_WORDS as a substring (one search instead of nine `in` tests from Python)
_RX_LEAD_PHRASE_WORD = re.compile("|".join(_LEAD_PHRASE_WORDS))


def _lead_phrase_possible(own: str) -> bool:
    """Whether _RX_LEAD_PHRASE (re.I) can match `own`: it holds one of the lead words in any case (ı ſ İ, which
    re.I folds to Latin letters, leave the answer to the pattern)."""
    return _RX_LEAD_PHRASE_WORD.search(own.lower()) is not None \
        or "\u0130" in own or "\u0131" in own or "\u017f" in own


#: a name given as the dead or as another's kin ('the late X', 'the slain leader X', 'son of X', 'a nephew of
#: X'): not the referent of a later surname that a living namesake shares (rule `kin_or_late`)
_RX_LATE = re.compile(r"\b(?:late|slain|assassinated)\b[\w\s\-]{0,45}$|"
                      r"\b(?:son|daughter|widow|nephew|niece|grandson|granddaughter|brother|sister|father|cousin)\s+of\b[\w\s\-]{0,55}$")


def _without_title_complement(toks: list[str], run: str) -> list[str]:
    """Tokens left after a leading title whose complement stayed behind ('of State John F. Kerry' from
    'U.S. Secretary of State John F. Kerry'): the complement's domain words go, a name of two or more
    capitalised words stays.

    >>> _without_title_complement("of State Amina Mohammed".split(), "Secretary of State Amina Mohammed")
    ['Amina', 'Mohammed']
    >>> _without_title_complement("of Kinshasa".split(), "Bank of Kinshasa")
    ['of', 'Kinshasa']
    """
    if len(toks) < 3 or toks[0] not in ("of", "for") or run.split()[0] == toks[0]:
        return toks
    k = 1
    while k < len(toks) and fold(toks[k]) in TITLE_DOMAINS:
        k += 1
    rest = toks[k:]
    if k == 1 or len(rest) < 2 or not all(_cap(t) for t in rest):
        return toks
    return rest


def _title_tail(toks: list[str]) -> list[str] | None:
    """The personal name after a capitalised job title ending in a title noun, with the title's 'for'/'of'
    complement skipped: 'District Police Officer Asad Khan' -> Asad Khan, 'UN High Commissioner for Human
    Rights Jan Nowak' -> Jan Nowak; None when no name of two or more words follows."""
    n = len(toks)
    for i in range(n - 3, -1, -1):
        if _cap(toks[i]) and fold(toks[i]).strip(".,") in TITLE_NOUNS:
            break
    else:
        return None
    j = i + 1
    if fold(toks[j]) in ("for", "of"):
        j += 1
        k = j
        while k < n and fold(toks[k]) in TITLE_DOMAINS:
            k += 1
        j = k if k > j else j + 1       # 'for Syria Geir Pedersen': one word of place
    rest = toks[j:]
    if len(rest) < 2 or len(rest) > 4 or not all(_cap(t) for t in rest) \
            or any(fold(t) in ORG_WORDS or fold(t).strip(".") in TITLE_NOUNS for t in rest) or rest[-1].isupper():
        return None
    return rest


#: words that open a sentence after a name ended the one before ('... Movladi Udugov. Earlier, the army ...')
_SENTENCE_OPENERS = _LEAD_FUNCTION | frozenset(("earlier", "later", "separately", "elsewhere", "still", "now", "there",
                                                "here", "it", "this", "that", "they", "he", "she", "we", "the", "a", "an",
                                                "in", "on", "last", "this", "yesterday", "today"))


def _sentence_end(tok: str) -> bool:
    """Whether a token of a name run ends a sentence: a word of three or more letters with a full stop that
    is not an abbreviated title ('Monday.', not 'Gen.', 'J.' or 'U.S.')."""
    return tok.endswith(".") and len(tok) > 3 and "." not in tok[:-1] and fold(tok).strip(".") not in TITLES


#: the quote marks a name run's token loses at either end (`_strip_titles`)
_RUN_QUOTES = "\"'‘’“”„«»"


def _plain_run(name: str) -> bool:
    """Whether `_strip_titles` returns a run as it is, known before its steps: one to three words of letters only,
    single-spaced, the first no function word, determiner, title or calendar word, a middle word no title, the
    last no organisation word nor (of three) a weekday, and no 'of'/'for'/'on' between.

    Why each step leaves such a run whole: no '.' (no sentence end), no quote mark, bracket, comma or apostrophe
    (the token strips, the bracket and possessive tails, the final strip), no 'of'/'for'/'on' (the title
    complements, the 'of' cut), under four words (`person_after_body`, `_title_tail`, the outlet's possessive),
    and the first, middle and last words' tests are the ones the steps make (`without_lead_determiner`,
    `without_trailing_weekday`, the title loop, the office test). One word of letters is always returned whole.

    >>> _plain_run("Amina Bello"), _plain_run("Bello"), _plain_run("General Bello"), _plain_run("Ana Ruiz Monday")
    (True, True, False, False)
    >>> _plain_run("Amina Bello's"), _plain_run("Kessa Front"), _plain_run("Bank of Kessa"), _plain_run("J. Bello")
    (False, False, False, False)
    """
    if not name.replace(" ", "").isalpha():
        return False
    toks = name.split(" ")
    n = len(toks)
    if n == 1:
        return True
    if n > 3 or "" in toks:
        return False
    f0, fl = fold(toks[0]), fold(toks[-1])
    if f0 in _LEAD_FUNCTION or f0 in _DETERMINER_WORDS or f0 in TITLES or f0 in _CALENDAR or fl in ORG_WORDS:
        return False
    if n == 3:
        f1 = fold(toks[1])
        return f1 not in TITLES and f1 not in _PREPOSITIONS and fl not in _WEEKDAYS
    return True


@lru_cache(maxsize=1 << 14)
def _strip_titles(name: str) -> str:
    """Name run without titles, quote marks, bracketed tail or possessive: 'Gen. Abdul Wudod Zara' -> 'Abdul Wudod Zara'.

    >>> _strip_titles("Movladi Udugov. Earlier"), _strip_titles("Monday. Okafor")
    ('Movladi Udugov', 'Okafor')
    >>> _strip_titles("the Angolan Minister of Health")
    'Angolan Minister of Health'
    """
    if _plain_run(name):
        return name         # (a run of one to three plain words that no step below changes: `_plain_run`)
    orig = name
    if (tc := title_complement_name(name)) is not None:
        return tc           # rule `title_complement_name`: 'Deputy Chief of General Staff Meas Sophea'
    toks = list(filter(None, map(str.strip, name.split(), repeat(_RUN_QUOTES))))   # (in C: no comprehension)
    # (a sentence's end is a token ending in '.': a run without one has none, and skips the walk)
    ends = [i for i, t in enumerate(toks[:-1]) if _sentence_end(t)] if "." in name else []
    if ends and all(fold(t).strip(",.") in _SENTENCE_OPENERS for t in toks[ends[-1] + 1:]) \
            and len(toks[:ends[-1] + 1]) >= 2:
        # rule `name_before_sentence_end`: 'said spokesman Movladi Udugov. Earlier, ...': the name ends the sentence
        toks = toks[:ends[-1] + 1]
        toks[-1] = toks[-1].rstrip(".")
    elif ends:              # 'Monday. Okafor', 'Gusau. Shuaibu': a run across a sentence's end
        toks = toks[ends[-1] + 1:]
    while len(toks) > 1 and fold(toks[0]) in _LEAD_FUNCTION:
        toks.pop(0)         # 'As Jan Nowak, the envoy, told ...': a sentence's first word, not the name's
    toks = person_after_body(without_lead_determiner(toks))    # mentions.runs: 'One Serb', 'X Front Y Z'
    toks = without_trailing_weekday(toks)     # mentions.runs: 'Ana Ruiz Wednesday visited'
    while len(toks) > 1:
        f0 = fold(toks[0])  # (folded once per word: the tests below read it)
        if not (f0.strip(".") in TITLES or f0 in TITLES or f0 in _CALENDAR
                or (len(toks) > 2 and fold(toks[1]).strip(".") in TITLES and fold(toks[1]) not in ("the", "security", "army", "police"))):
            break
        if len(toks) == 2 and f0.strip(".") in MODIFIER_TITLES and fold(toks[1]).strip(".") not in TITLES:
            break           # 'Air Force', 'Security Council': a modifier is a title only before a title or a name
        toks.pop(0)
    toks = _without_title_complement(toks, orig)
    if len(toks) >= 4:
        tail = _title_tail(toks)
        if tail:
            toks = tail
    if len(toks) >= 3 and toks[0].endswith(("'s", "’s")) and not any(fold(t) in ORG_WORDS for t in toks[1:]) \
            and all(_cap(t) for t in toks[1:]) and not toks[-1].isupper():
        toks = toks[1:]     # "Reuters' / Gulfline's Jan Nowak": the outlet's possessive is not the name
    name = " ".join(toks)
    # rule `title_of_office`: 'the Kyrgyz Minister of Health' names an office, not a person 'of Health'; a body's
    # name keeps its words as well
    office = len(toks) > 1 and toks[0] in ("of", "for")
    if office or (toks and fold(toks[-1]) in ORG_WORDS):
        name = _RX_LEAD_THE.sub("", " ".join(t.strip(_QUOTE_STRIP) for t in orig.split()))
    if "(" in name:         # (the tail's pattern needs a '(': a name without one skips its try at every character)
        name = _RX_PAREN_TAIL.sub("", name)
    if " of " in name and not office and len(name.split(" of ")[0].split()) >= 2 \
            and not any(fold(t) in ORG_WORDS for t in name.split(" of ")[0].split()):
        # 'Jan Egeland of the Norwegian Refugee Council' -> the person; 'National Council of Kanessa' stays whole
        name = name.split(" of ")[0]
    if name.endswith(("'s", "’s")):     # (what `_RX_POSS_TAIL` takes: a name holds no line break for its `$`)
        name = _RX_POSS_TAIL.sub("", name)
    return name.strip(" ,.")


@lru_cache(maxsize=1 << 14)
def _gender(words: str) -> str:
    """"f", "m" or "" from the gendered words of `words` (Mrs, spokesman, mother ...; memoised: phrases repeat)."""
    ws = set(_RX_ASCII_WORDS.findall(fold(words)))
    f, mm = bool(ws & FEMALE), bool(ws & MALE)
    return "f" if f and not mm else "m" if mm and not f else ""


_RUNS_MEMO: list = [None, []]     # (article text, its capitalised runs) for the article being resolved


def _name_runs(text: str) -> list[re.Match]:
    """Capitalised name runs of the article at hand (shared by the person and organisation inventories)."""
    if _RUNS_MEMO[0] is not text:
        _RUNS_MEMO[0], _RUNS_MEMO[1] = text, list(_NAME_RUN.finditer(text))
    return _RUNS_MEMO[1]


def spaced_runs(text: str) -> list[re.Match]:
    """The article's name runs of two words or more (a space or a no-break space in them): the only runs that the
    person inventory, the organisations and the acronym index read (90% of the runs are one word), walked once
    by the article's mention layer (mentions.layer) instead of once by each reader.

    >>> [mt.group(0) for mt in spaced_runs("Governor Amina Bello met reporters in Kabul, and Bello said")]
    ['Governor Amina Bello']
    """
    if _SPACED_MEMO[0] is not text:
        if "@" in text:     # (a handle's run can end before a token character: the filter below, see `_NAME_RUN_SPACED`)
            runs = _name_runs(text)
            found = list(compress(runs, map(_RX_SPACED.search, map(_GROUP0, runs))))
        else:
            found = list(_NAME_RUN_SPACED.finditer(text))
        _SPACED_MEMO[0], _SPACED_MEMO[1] = text, found
    return _SPACED_MEMO[1]


_SPACED_MEMO: list = [None, []]     # (article text, its runs of two words or more)
#: `_NAME_RUN` with one joined word or more: its matches are the runs of `_NAME_RUN.finditer` that hold a space or a
#: no-break space, found without a match object for each one-word run. At a run's start the two patterns try the
#: same (a word's characters hold no space, so a shorter first word never lets a joined word follow: the first word
#: is taken whole, atomic, and the repeat's first try is the old pattern's). Inside a one-word run, where `finditer`
#: never starts, a try would read the word to its end and fail as the run did; after a capital (the look-behind)
#: it is not even tried, since a capital always lies in a run's word and every character the pattern opens on
#: continues that word. A handle breaks both ('@abc.Def Ghi': '@' takes only `\w`, 'Def Ghi' starts inside it),
#: so a text with '@' keeps the filter
_NAME_RUN_SPACED = re.compile(r"[A-Z\u00c0-\u00de@](?<![A-Z\u00c0-\u00de][A-Z\u00c0-\u00de])"
                              r"(?>(?:(?<=@)\w+|(?<!@)[\w\u00c0-\u024f'’.\-\u2013]*+))"
                              r"(?:(?:[ \u00a0]+" + _CONNECT + r")*[ \u00a0]+" + _NAME_TOKEN_NEXT + r")+")
#: a space or a no-break space (`spaced_runs`), and a match's whole text (`mt.group(0)`), as C callables
_RX_SPACED = re.compile("[ \u00a0]")
_GROUP0 = itemgetter(0)


@lru_cache(maxsize=1 << 14)
def _full_name(run: str) -> str | None:
    """A capitalised run of two or more words without its titles, if it can be a person's full name
    (no organisation word, a capitalised last word that is not an acronym or 'Mr'), else None."""
    name = _strip_titles(run)
    toks = name.split()
    if len(toks) < 2 or not ORG_WORDS.isdisjoint(map(fold, toks)) or not _cap(toks[-1]):    # (the test in C)
        return None
    if toks[-1].isupper() or fold(toks[-1]) in {"mr", "mrs"}:
        return None
    return name


def _inventory(text: str, actors: Actors | None, *, runs: list[re.Match] | None = None) -> list[Mention]:
    """People named in an article (two or more capitalised words, titles stripped), with the evidence that
    they are people, their gender context, 'late'/'son of' marks and a descriptor. `runs`: the article's name runs
    of two words or more (`spaced_runs`) when the caller has them, else None (all its runs are walked)."""
    out = []
    for mt in (_name_runs(text) if runs is None else runs):
        raw = mt.group(0)
        if " " not in raw and "\u00a0" not in raw:
            continue      # one capitalised word: a sentence start or a surname, never a full name
        before = text[max(0, mt.start() - 60):mt.start()]
        name = title_complement_name(raw, before) or _full_name(raw)     # rule `title_complement_name`
        if name is None:
            continue
        after = text[mt.end():mt.end() + 90]
        appos = _RX_APPOS.match(after) if after[:1] == "," else None      # (the pattern opens on the comma)
        if appos and appos.group(1).split(None, 1)[0].lower() in _cues()[0]:
            appos = None    # 'X, said the strike ... both sides': a verb phrase, not an appositive
        lead_title = raw.split()[0]
        # a role word just before is evidence of a person, not after a place preposition ('the mayor of X') nor
        # right before 'the' (rule `the_before_name`: 'According to a military spokesman, the Jordan Valley actions')
        pre_words = fold(before).split()[-3:]
        evidence = (fold(lead_title).strip(".") in TITLES and lead_title != name.split()[0]) or \
            (raw.endswith(name) and any(fold(t).strip(".") in TITLES for t in raw[:-len(name)].split()[1:])) or \
            (not ROLE_WORDS.isdisjoint(map(str.strip, pre_words, repeat(","))) and not (pre_words and (pre_words[-1] in _PLACE_PREPOSITIONS
                                                                                         or pre_words[-1] == "the"))) or \
            (after[:1] == "," and bool(_RX_ROLE_APPOS.match(after))) or bool(_RX_CUE_AFTER.match(after))
        reg = actors.lookup(name) if actors is not None else None
        if reg is None and actors is not None and name.count(" ") >= 2:
            tail = registered_name_suffix(name, actors)    # rule `registered_name_suffix`: 'Mohawk Susan Oak'
            if tail is not None:
                name, reg = tail, actors.lookup(tail)
        if reg is not None:
            evidence = evidence or reg.is_person
        elif evidence and name == raw and " of " in raw and fold(raw.split()[0]) in TITLE_NOUNS and before.endswith(", "):
            evidence = False    # 'X, Director of Public Relations at ...': the office in apposition (rule `office_in_apposition`)
        fb = fold(before)
        late = ("late" in fb or "slain" in fb or "assassinated" in fb
                or (" of" in fb and _RX_KIN_WORD.search(fb) is not None)) and bool(_RX_LATE.search(fb))
        out.append(Mention(mt.start(), mt.end(), name, bool(evidence), late, _tokens(name), raw, before,
                           appos.group(1) if appos else ""))
    return out


#: dashes written inside a name ('Al–Sarraj', 'Al‐Sarraj'): the same name as with a hyphen
_NAME_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-"})


@lru_cache(maxsize=1 << 14)
def _tokens(name: str) -> tuple[str, ...]:
    """A name's folded word tokens, any dash inside a name read as a hyphen.

    >>> _tokens("Fayez Al–Sarraj") == _tokens("Fayez Al-Sarraj")
    True
    """
    return tuple(_RX_TOKENS.findall(fold(name).translate(_NAME_DASHES)))


#: words that join two names or report, never inside one name: 'Eritrea and Djibouti', 'Peru Says Ecuador Ignores ...'
_JOINING_WORDS = frozenset(("and", "&", "says", "said", "say", "claims", "denies", "accuses", "warns", "vs", "versus"))


def _joins_names(run: tuple[str, ...], toks: tuple[str, ...]) -> bool:
    """Rule `coordinated_names_apart`: whether a name run holding `toks` joins two names or is a headline clause
    (a coordinating or reporting word before the name's tokens), so that it is no fuller form of the name.

    >>> _joins_names(_tokens("Eritrea and Djibouti"), _tokens("Djibouti"))
    True
    >>> _joins_names(_tokens("Peru Says Ecuador Ignores Cease-Fire"), _tokens("Ecuador"))
    True
    >>> _joins_names(_tokens("Ahmad Shah Massoud"), _tokens("Massoud"))
    False
    """
    at = next((i for i in range(len(run) - len(toks) + 1) if run[i:i + len(toks)] == toks), len(run))
    return any(w in _JOINING_WORDS for w in run[:at])


_RX_CONJUNCTION = re.compile(r"\s+(?:and|&)\s+")


def _conjunct_named(run: str, toks: tuple[str, ...]) -> str | None:
    """Rule `conjunct_named`: the conjunct of a name run joined by 'and' that is a fuller form of the name whose
    tokens are `toks` (more words, ending with them, no reporting word in it), else None; the run itself when the
    name is one of its conjuncts as it stands (no conjunct is then a fuller form, nor is the run).

    >>> _conjunct_named("Ahmed Massoud and Amrullah Saleh", _tokens("Saleh"))
    'Amrullah Saleh'
    >>> _conjunct_named("Ahmed Massoud and Amrullah Saleh", _tokens("Massoud"))
    'Ahmed Massoud'
    >>> _conjunct_named("Eritrea and Djibouti", _tokens("Djibouti"))
    'Eritrea and Djibouti'
    >>> _conjunct_named("Sudan and South Sudan", _tokens("Sudan"))
    'Sudan and South Sudan'
    >>> _conjunct_named("Peru Says Ecuador Ignores Cease-Fire", _tokens("Ecuador")) is None
    True
    """
    if " and " not in run and " & " not in run:
        return None
    parts = _RX_CONJUNCTION.split(run)
    if any(_tokens(part) == toks for part in parts):
        return run          # the name is a conjunct of its own ('Sudan and South Sudan' for 'Sudan'): no fuller form
    for part in parts:
        pt = _tokens(part)
        if len(pt) > len(toks) and pt[-len(toks):] == toks and not any(w in _JOINING_WORDS for w in pt):
            return part
    return None


_TOKEN_INDEX: list = [None, 0, {}]    # (inventory, its length, {token: its mentions}) for the article at hand


def _by_token(inventory: list[Mention]) -> dict[str, list[Mention]]:
    """The mentions of `inventory` by each of their tokens, in inventory order (what `_fullest` loops over:
    only the names that hold a token, not the whole inventory per call); built once per article's inventory
    (the memo holds that list and is rebuilt for any other list, or the same list grown: no cross-article cache).

    >>> inv = _inventory("Governor Amina Bello visited. Bello said it was calm.", None)
    >>> [m.name for m in _by_token(inv)["bello"]] == [m.name for m in inv if "bello" in m.tokens]
    True
    """
    memo = _TOKEN_INDEX
    if memo[0] is not inventory or memo[1] != len(inventory):
        index: dict[str, list[Mention]] = {}
        for mnt in inventory:
            for tok in dict.fromkeys(mnt.tokens):
                index.setdefault(tok, []).append(mnt)
            last = mnt.tokens[-1] if mnt.tokens else ""
            if "-" in last[1:4] and _RX_ARTICLE_TOKEN.match(last):    # rule `particle_surname`: 'al-Turki' as 'Turki'
                index.setdefault(last[last.index("-") + 1:], []).append(mnt)
        memo[0], memo[1], memo[2] = inventory, len(inventory), index
    return memo[2]


def _fullest(name: str, inventory: list[Mention], pos: int, *, prefer: Reversible[str], qualifier: str = "") -> str:
    """The fullest name in the article ending with `name`'s tokens (a surname -> 'Ahmad Massoud'); `prefer`: names
    spoken of before, read last first (only when two fuller names compete)."""
    toks = _tokens(name)
    if not toks:
        return name
    cands: dict[str, list[Mention]] = {}
    n = len(toks)
    for mnt in _by_token(inventory).get(toks[-1], ()):     # each test below needs the last token in the name
        mt = mnt.tokens
        if len(mt) > n and ("and" in mt or "&" in mt):
            part = _conjunct_named(mnt.name, toks)
            if part == mnt.name:
                continue    # rule `conjunct_named`: 'Sudan and South Sudan' is no fuller 'Sudan'
            if part:        # rule `conjunct_named`: 'Ahmed Massoud and Amrullah Saleh' names 'Amrullah Saleh'
                cands.setdefault(part, []).append(mnt)
                continue
        if len(mt) > n and _joins_names(mt, toks):
            continue        # rule `coordinated_names_apart`: 'Eritrea and Djibouti' is no fuller 'Djibouti'
        if len(mt) > n and ("the" in mt[1:] or ". " in mnt.name) and noun_phrase_start(mnt.name):
            continue        # rule `noun_phrase_start`: 'Actually the Boers' is no fuller 'Boers' (mentions.phrase_start)
        if len(mt) > n and mt[-len(toks):] == toks:
            cands.setdefault(mnt.name, []).append(mnt)
        elif len(mt) > n and mt[-1] != toks[-1] and _without_article(mt)[-n:] == toks:
            cands.setdefault(mnt.name, []).append(mnt)      # rule `particle_surname`: 'Turki' <- 'Mansour al-Turki'
        elif mt == toks:
            cands.setdefault(mnt.name, []).append(mnt)
        elif len(toks) == 1 and len(mt) >= 3 and toks[0] in mt[1:-1]:
            cands.setdefault(mnt.name, []).append(mnt)
    if not cands:
        return (given_name(toks[0], inventory) if n == 1 else None) or name
    longest = cands
    if n > 1 and toks[0] in _SURNAME_PARTICLES:    # rule `particle_surname`: 'Da Costa' is a surname, not a full name
        longest = {k: ms for k, ms in cands.items() if len(_tokens(k)) > n} or cands
    if len(longest) == 1:
        return max(longest, key=len)
    gq = _gender(qualifier)
    for p in reversed(prefer):
        if p in longest:
            if gq and all(x.gender not in (gq, "") for x in longest[p]):
                continue    # 'Mr Arroyo' is not the Mrs Arroyo quoted before
            if qualifier not in ("elder", "younger"):
                return p
    live = {n: ms for n, ms in longest.items() if not all(x.late for x in ms)} or longest
    order = sorted(live, key=lambda n: min(x.start for x in live[n]))
    if qualifier == "elder":
        return order[0]
    before = [(max(x.start for x in live[n] if x.start <= pos), n) for n in live if any(x.start <= pos for x in live[n])]
    if qualifier == "younger" and before:
        return max(before)[1]
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


#: words that open a surname of two words or more ('Da Costa', 'ben Hussein', 'van Koevering'), folded; not the
#: articles 'al', 'el', 'la', 'le', which open as many papers and groups ('Le Monde', 'El Khaber', 'Al Shabab')
_SURNAME_PARTICLES = frozenset(("da", "de", "di", "do", "dos", "das", "du", "del", "della", "van", "von", "der", "ben",
                                "bin", "ibn", "bint"))
#: a name's last token that opens with the Arabic article ('al-turki', 'el-masri'), folded
_RX_ARTICLE_TOKEN = re.compile(r"(?:al|el|as|ad|ar|ash|an|at|az|ul)-\w")


def _without_article(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Rule `particle_surname`: a name's folded tokens with the Arabic article taken off its last one; a surname
    is written with its particle or without it, and a name's short form is the full name all the same ('Mansour
    al-Turki ... Turki said'; 'Amaro Da Costa ... Da Costa said', 'Mohamed ben Hussein ... Ben Hussein announced':
    `_fullest` prefers a fuller name over a short form that opens with a particle, a surname alone, and `ben` joins a
    name run as `bin` does).

    >>> _without_article(("mansour", "al-turki")), _without_article(("amina", "bello"))
    (('mansour', 'turki'), ('amina', 'bello'))
    >>> inv = _inventory("Spokesman Mansour al-Turki said it was calm. Turki added that two fled.", None)
    >>> _fullest("Turki", inv, 50, prefer=[])
    'Mansour al-Turki'
    >>> inv = _inventory("Amaro Da Costa, alias Susar, spoke. He said, Da Costa said so. Da Costa added more.", None)
    >>> _fullest("Da Costa", inv, 70, prefer=[])
    'Amaro Da Costa'
    >>> inv = _inventory("Prince Mohamed ben Hussein spoke. Then Ben Hussein said it.", None)
    >>> _fullest("Ben Hussein", inv, 40, prefer=[])
    'Mohamed ben Hussein'
    """
    last = tokens[-1] if tokens else ""
    if "-" in last[1:4] and _RX_ARTICLE_TOKEN.match(last):
        return tokens[:-1] + (last[last.index("-") + 1:],)
    return tokens


def particle_surname(core: str, full: str) -> bool:
    """Rule `particle_surname`: whether `_fullest` took `full` for `core` by the rule (a short form that opens with
    a particle, or one without its Arabic article), for the row's `speaker_by`.

    >>> particle_surname("Da Costa", "Amaro Da Costa"), particle_surname("Turki", "Mansour al-Turki")
    (True, True)
    >>> particle_surname("Costa", "Amaro Costa"), particle_surname("Da Costa", "Da Costa")
    (False, False)
    """
    toks, whole = _tokens(core), _tokens(full)
    if not toks or len(whole) <= len(toks):
        return False
    return (len(toks) > 1 and toks[0] in _SURNAME_PARTICLES) or (whole[-1] != toks[-1] and _without_article(whole)[-len(toks):] == toks)


def given_name(token: str, inventory: list[Mention]) -> str | None:
    """Rule `given_name`: a one-word name that ends no full name but opens exactly one person's full name is
    that person named by the given name (Ethiopian, Eritrean, Icelandic, Burmese and many Somali names are
    shortened so: 'Tesfaye Gebru ... Tesfaye said'); else None (`token` is folded).

    >>> inv = _inventory("Col. Tesfaye Gebru, the district administrator, spoke. Tesfaye said it was calm.", None)
    >>> given_name("tesfaye", inv), given_name("gebru", inv)
    ('Tesfaye Gebru', None)
    """
    found = {m.name for m in _by_token(inventory).get(token, ())    # (the names that hold the token, not all)
             if m.person and len(m.tokens) >= 2 and m.tokens[0] == token}
    return found.pop() if len(found) == 1 else None


def aged_name(text: str, name: str) -> bool:
    """Whether the article gives `name` an age in apposition ('said Amani, 34, who ...', 'Deng (61)'): a
    person, even when named by one word or listed in the registry without a kind.

    >>> aged_name("said Amani, 34, a teacher in Kadugli.", "Amani"), aged_name("said Kadugli, 34 km away", "Kadugli")
    (True, False)
    """
    at = text.find(name)
    while at >= 0:
        tail = text[at + len(name):at + len(name) + 8]
        if _RX_AGE_APPOS.match(tail) and (at == 0 or not text[at - 1].isalnum()):
            return True
        at = text.find(name, at + 1)
    return False


_RX_AGE_APPOS = re.compile(r"(?:,\s*\d{1,3}\s*,|\s*\(\d{1,3}\))")


def _first_gender(mentions) -> str:
    """The gender of the first of `mentions` that has one ("f" | "m"), else "" (each asked once)."""
    for mnt in mentions:
        g = mnt.gender
        if g:
            return g
    return ""
