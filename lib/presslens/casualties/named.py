"""Named people reported killed, wounded or captured, counted one each."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..provenance import tag
from .found import Found
from .lexicon import Lexicon
from .numbers import Tok, parse_number
from .scan import Gated, SentenceTable, class_opened


_NAME = r"(?:(?:Gen|Gen\.|General|Col|Colonel|Lt|Lieutenant|Maj|Major|Capt|Captain|Sgt|Sergeant|Cpl|Corporal|Private|Brig|Brigadier|Commander|Dr|Mullah)\.?\s+)?[A-Z][\w'’-]+(?:\s+(?:al-|bin\s+|de\s+|del\s+)?[A-Z][\w'’-]+){1,3}"


#: two capitalised words in a row, as every match of _NAME holds (its first name and the next): a cheap test before
#: the patterns built on _NAME (scan.Gated: a sentence without one cannot match them)
_NAME_PAIR = re.compile(r"[A-Z][\w'’-]+\s+(?:al-|bin\s+|de\s+|del\s+)?[A-Z]")


_NAMED_GATE = re.compile(r"\b(killed|died|dead|death|murdered|deceased|captured|prisoner|wounded|injured|among them|one of|among|martyred|slain|assassinated|executed|beheaded|abducted|kidnapped)\b")


_RX_NAME = re.compile(_NAME)
#: adverbs of a harm's degree between the auxiliary and the participle, as the counted grammar takes them ('Two
#: soldiers were seriously wounded'): rule `harm_degree_adverb`
#: ('fatally' and 'mortally' are left: 'mortally wounded' is a death, a cue of the lexicon's own)
HARM_DEGREE_ADVERBS = ("severely", "seriously", "badly", "slightly", "lightly", "critically", "gravely",
                       "dangerously", "grievously")
HARM_DEGREE = "(?:" + "|".join(HARM_DEGREE_ADVERBS) + ")"


def harm_degree_adverb(word: str) -> bool:
    """Rule `harm_degree_adverb`: an adverb of degree of harm ('badly', 'severely', 'critically') may stand between a
    named victim's auxiliary and the harm participle, in the named grammar as in the counted one.

    >>> from .rules import claims_in
    >>> claims_in("Captain Moreau was badly wounded near the ford.")
    [('wounded', 1, 1, None, 'unknown')]
    >>> harm_degree_adverb("Severely"), harm_degree_adverb("reportedly")
    (True, False)
    """
    return word.lower() in HARM_DEGREE_ADVERBS

#: "X and Y were killed / were among the dead"; "X, who was killed in the attack"; "A, B and C have also been
#: killed"; "A local journalist, X, is among the dead"
_RX_NAMED_VICTIMS = re.compile(r"""
    (?P<subj>
        (?:(?:the|its|his|their|a|an)\s+[a-z]+\s+)? {name}             # a role before the name: 'its spokesman X'
        (?:
            ,\s*(?:who|a|an|the|his|her|their|its|commander|spokesman|spokeswoman|leader|head|chief|deputy|founder|
                   member|director|governor|mayor|editor)[^,]{{0,100}},?   # an apposition: ', the group's spokesman,'
          | ,\s*(?:aged\s+)?\d{{1,3}},                                   # an age: ', 34,' (rule `age_apposition`)
          | \s*,?\s+and\s+(?:(?:the|its|his|a|an)\s+(?:[a-z]+,?\s+){{1,3}}|[a-z]+\s+)? {name}  # 'and (a former army) Y'
          | \s*,\s*(?:a|an|the|his)\s+[a-z]+,\s+ {name} ,?             # ', a commander, Y'
          | \s*,\s*(?:[a-z]+\s+)? {name} (?=\s*,|\s*,?\s+and\s)         # a list: 'X, (commander) Y and Z'
        )*
    )
    \s*,?\s+(?:who\s+)?(?:had\s+|have\s+|has\s+)?(?:also\s+)?(?:been\s+|was\s+|were\s+|is\s+|are\s+)?  # the verb
    (?:(?:also|reportedly|reported|confirmed|later|both)\s+)?             # 'was also killed', 'was reportedly wounded'
    (?:{degree}\s+)?                 # rule `harm_degree_adverb`: 'was badly wounded', 'both seriously wounded'
    (?P<cue>killed|died|among\ the\ dead|among\ those\ killed|among\ the\ victims|among\ the\ wounded|
       among\ the\ injured|among\ those\ wounded|among\ those\ injured|captured|taken\ prisoner|wounded|injured|
       shot\ dead|shot\ and\ killed|shot\ and\ wounded|assassinated|executed|beheaded|abducted|kidnapped|martyred)\b
""".format(name=_NAME, degree=HARM_DEGREE), re.X)
_RX_NAMED_VICTIMS = Gated(class_opened(_RX_NAMED_VICTIMS), _NAME_PAIR)  # (scan.class_opened: the same matches,
# searched from the characters a match can open on; scan.Gated: only in a sentence with a name)


_SUBJECT_CUES = {"died": "killed", "among the dead": "killed", "among those killed": "killed",
                 "among the victims": "killed", "among the wounded": "wounded", "among the injured": "wounded",
                 "among those wounded": "wounded", "among those injured": "wounded", "taken prisoner": "captured",
                 "injured": "wounded", "shot dead": "killed", "martyred": "killed", "shot and killed": "killed", "shot and wounded": "wounded",
                 "assassinated": "killed",
                 "executed": "killed", "beheaded": "killed", "abducted": "captured", "kidnapped": "captured"}
_GROUP_WORDS = frozenset({"the", "a", "an"})
#: words that open no person's name: a numeral or `no` before a capitalised people-noun ('Two Kanaks shot dead', 'No
#: Pakistani died'): rule `numeral_opens_no_name`
_COUNT_OPENERS = frozenset("""no two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
    dozens several""".split())


def numeral_opens_no_name(first: str) -> bool:
    """Rule `numeral_opens_no_name` (session 25): a capitalised run opened by a numeral or `no` is a count or a zero
    of a people, not a person's name, in a headline as in a sentence's start ('Two Kanaks shot dead by police', 'No
    Pakistani died in the strike'); the named grammar leaves it (the counted grammar reads the count).

    >>> from .rules import claims_in
    >>> claims_in("Two Boers shot dead near Ladysmith")
    [('killed', 2, 2, None, 'unknown')]
    >>> claims_in("No Cretan died in the bombardment.")
    []
    >>> numeral_opens_no_name("Two"), numeral_opens_no_name("Tewodros")
    (True, False)
    """
    return first.lower() in _COUNT_OPENERS


def _count_names(segment: str) -> int:
    """Names joined by commas and 'and' -> how many (0 when a part holds no name)."""
    segment = re.sub(r",\s*(who|which|a|an)\b[^,]*,", ",", segment)  # an apposition: 'X, a journalist and spokesman,'
    segment = re.sub(r",\s*(?:aged\s+)?\d{1,3},", ",", segment)        # an age: 'X, 34,'
    parts = [p for p in re.split(r",?\s+\band\b\s+", segment) if p.strip()]
    n = 0
    for p in parts:
        ms = [m for m in _RX_NAME.finditer(p) if m.group().split()[0].lower() not in _GROUP_WORDS and
              not numeral_opens_no_name(m.group().split()[0])]
        if not ms:
            return 0
        # 'X, Y and Z': a list of whole names counts each ('X, the spokesman,' and 'a commander, Y' are one)
        pieces = p.split(",")
        if not _is_name(pieces[0]):
            n += 1
            continue
        n += 1
        for piece in pieces[1:]:   # the list's names up to an apposition ('X, the leader of Y, Z,' is one)
            if not (_is_name(piece) or _is_name(re.sub(r"^\s*[a-z]+\s+(?=[A-Z])", "", piece))):
                break             # 'commander Gul Haider Khan' in a list is one name with its role
            n += 1
    return n


def _is_name(piece: str) -> bool:
    """A comma piece that is a person's name and nothing else: 'Hassan Gure' (not 'the group's spokesman')."""
    m = _RX_NAME.fullmatch(piece.strip())
    return m is not None and m.group().split()[0].lower() not in _GROUP_WORDS and \
        not numeral_opens_no_name(m.group().split()[0])


def _named_people(toks: list[Tok], lex: Lexicon, found: list[Found], sent: str, text_start: int,
                  table: SentenceTable | None = None) -> list[Found]:
    """Named victims counted one each: 'Fahim Dashti and Gen Abdul Wudod Zara had been killed' -> 2 (`table`: the
    sentence's table, scan.SentenceTable, whose name-pair gate the patterns read)."""
    if not toks:
        return []
    covered = [(f.start - text_start, f.end - text_start) for f in found]
    out = tag(_named_subjects(sent, text_start, covered, table), _named_subjects)  # (`found_by`: provenance)
    out += tag(_named_lists(sent, text_start, found, lex), _named_lists)
    out += tag(_named_series(sent, text_start, covered, out, lex), _named_series)
    out += tag(_named_one_of(sent, text_start, found, table), _named_one_of)
    out += tag(named_subject_appositions(sent, text_start, found + out), named_subject_appositions)
    return out


def _named_subjects(sent: str, text_start: int, covered: list[tuple[int, int]],
                    table: SentenceTable | None = None) -> list[Found]:
    """"X and Y were killed / were among the dead"; "X, who was killed in the attack"; "A, B and C have also been
    killed"; "A local journalist, X, is among the dead".

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Abdi Warsame, Hassan Gure and Mohamed Olad have also been killed.")
    [('killed', 3, 3, None, 'unknown')]
    >>> claims_in("A local journalist, Amina Yusuf, is among the dead.")
    [('killed', 1, 1, None, 'civilian')]
    >>> claims_in("Officers attached to the Cambodian Rangers, were killed.")   # the name is the preposition's object
    []
    >>> claims_in("A close aide to Hun Mao, the party's leader, Sok Lim, was reportedly wounded.")
    [('wounded', 1, 1, None, 'unknown')]
    """
    out = []
    for m in _RX_NAMED_VICTIMS.finditer_in(table or SentenceTable(sent)):
        a, b = m.start(), m.end()
        if any(ca <= m.start("cue") < cb for ca, cb in covered):
            continue
        subj = m.group("subj")
        # drop a leading role ("its spokesman Fahim Dashti")
        n = _count_names(subj)
        if n == 0:
            continue
        before = sent[max(0, a - 12):a].lower()
        if re.search(r"\d\s*$", before):
            continue
        if re.search(r",\s*\d{1,3},", subj) and re.search(r"\band\s+(?:[\w.()]+\s+){0,4}$", sent[max(0, a - 40):a]):
            continue  # 'X, 41, and Staff Sgt. (res.) Y, 22, were killed': the tail of a list (the list rules' own)
        if _PREPOSITION_BEFORE.search(sent, max(0, a - 40), a) and (
                n == 1 and _RX_COMMA_VERB.match(sent, m.end("subj")) or re.search(r",[^,]*\d", subj)):
            continue  # 'rebels of the newly formed X Army, were reported killed', 'according to Radio X, all 52
            # people aboard were killed': one name after a preposition and a comma before a plural verb (or a count
            # after it) is no subject; 'the coffin of Colonel X, who was killed', 'an aide to X, Y, was wounded'
            # are (session 13)
        between = sent[m.end("subj"):m.start("cue")]
        if _ACTIVE_AFTER.match(sent, b) and not re.search(r"\b(?:was|were|is|are|been|had|have|has)\b", between):
            continue  # 'the Sinai Peninsula killed and wounded 15': a bare verb with an object is active
        if not re.search(r"\b(?:was|were|is|are|been|being)\b", between) and _object_after(sent, b):
            continue  # rule `agent_before_active_verb` (session 15): 'the group captured El-Fula', 'had captured the
            # town', 'and captured arms': a bare or perfect verb with an object after it is active; the name is the agent
        cue = m.group("cue")
        cat = _SUBJECT_CUES.get(cue, cue)
        hint = "own" if re.search(r"\b(its|our|their)\s+[a-z]+\s*$", sent[max(0, a - 30):a]) else None
        words = [w.lower().strip(",.") for w in subj.split()]
        role = _APPOSITION_BEFORE.search(sent, max(0, a - 40), a)
        if role and n == 1:  # "A local journalist, Amina Yusuf, is among the dead": the role says who
            words = role.group("role").lower().split() + words
        out.append(Found(cat, n, n, None, a + text_start, b + text_start, words, None, named=True,
                         victim_hint=hint))
    return out


#: (session 13) a preposition just before a name, with up to two adjectives and an article between: 'of the newly
#: formed', 'advisers to the', 'according to'
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|to|by|from|with|for)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$")
#: a comma, then the verb straight away: ', were reported killed' (not ', who was killed')
_RX_COMMA_VERB = re.compile(r"\s*,\s*(?:were|are|have\s+been)\b")


#: after a bare harm verb, what makes it active: another verb sharing its object, or the object itself
_ACTIVE_AFTER = re.compile(r"\s+(?:(?:and|or)\s+(?:wounded|injured|wounding|injuring|captured|abducted)\b|"
                           r"(?:a|an|the|his|her|their|its|at\s+least|more\s+than|some|several|dozens)\s|\d)")


#: what may follow a harm verb told of its subject: a preposition, a time, a conjunction, a state ('killed in',
#: 'killed Monday', 'captured alive'); any other word after a bare or perfect verb is its object (`_object_after`)
_NOT_OBJECT = frozenset("""in on at by near during after before when while as of since for with from outside inside
    along alongside together following amid under into over across and or but last yesterday today tonight earlier
    later this early late overnight alive dead unhurt instantly immediately recently too also there here then
    while whilst within without monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split())
_RX_WORD_AFTER = re.compile(r"\s+[\"“‘']?(?P<word>[A-Za-z][\w'’-]*)")


def _object_after(sent: str, end: int) -> bool:
    """Rule `agent_before_active_verb` (session 15; eval/RECALL_FAMILIES.md, "Session 15", false claims): a word
    after the harm verb that is none of `_NOT_OBJECT` is its object, so the verb is active ('captured El-Fula',
    'captured arms', 'had captured the important northern town'); a comma, a full stop, a preposition or a time
    is not ('X was killed, Y wounded', 'X killed in an ambush', 'X killed Monday').

    >>> [_object_after(s, 10) for s in ("X captured El-Fula.", "X captured the town", "X captured in May",
    ...                                  "X captured, police said", "X captured alive")]
    [True, True, False, False, False]
    """
    m = _RX_WORD_AFTER.match(sent, end)
    return m is not None and m.group("word").lower() not in _NOT_OBJECT


#: a role in apposition just before a name: "A local journalist, X, ..."
_APPOSITION_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]n?|[Tt]he)\s+(?P<role>(?:[a-z-]+\s+){0,2}[a-z-]+),\s*$")


_RX_DEAD_LIST = re.compile(r"(?P<cue>[Tt]he dead (?:included|include)|among them|identified the (?:dead|victims|deceased) "
                           r"as|(?:[Aa]mong the dead|[Tt]he dead|"
                           r"[Tt]he (?:martyred|slain|killed|dead) [a-z]+) (?:were|are|have been|had been)(?: (?:identified|named) as)?)\s+"
                           r"(?P<list>[^;]{0,240})")
#: words of which every cue of _RX_DEAD_LIST holds one
_DEAD_LIST_WORDS = ("he dead", "among them", "identified the", "he martyred", "he slain", "he killed")


def _named_lists(sent: str, text_start: int, found: list[Found], lex: Lexicon) -> list[Found]:
    """"The dead included X and Y"; "among them a local commander, Daniel Sembiring"; "Among the dead were a
    teacher, her husband and their two sons"; "The martyred soldiers were identified as A, 27, B and C"."""
    out = []
    if not any(w in sent for w in _DEAD_LIST_WORDS):
        return out      # (a cheap test: each of the pattern's cues holds one of these)
    for m in _RX_DEAD_LIST.finditer(sent):
        lst = m.group("list")
        # keep names, and role phrases that name a person in apposition
        lst = re.sub(r"\b(the|a|an|his|her|its)\s+[\w'’ -]*?(commander|deputy|leader|chief|head|spokesman)\b[^,]*,\s*", "", lst)
        end = m.end()
        if m.group("cue") == "among them" or m.group("cue").lower().startswith("the dead incl"):
            n = _count_names(lst.rstrip(" ,"))
        else:  # one by one, with ranks, ages and appositions: "Captain Hamza Rauf, 27, a resident of X, ..."
            n = _count_listed(lst, lex)
            cut = _LIST_CUT.search(m.group("list"))
            end = m.start("list") + (cut.start() if cut else len(m.group("list").rstrip(" .")))
        if n == 0:
            continue
        cat = "killed"
        if m.group("cue") == "among them":
            prev = [f for f in found if f.start - text_start < m.start()]
            if not prev:
                continue
            cat = prev[-1].category
        words = [w.lower().strip(",.") for w in (m.group("list").split() if m.group("cue") == "among them" or
                                                  m.group("cue").lower().startswith("the dead incl") else
                                                  m.group("cue").split())]
        out.append(Found(cat, n, n, None, m.start() + text_start, end + text_start, words, None, named=True,
                         subset=m.group("cue") == "among them"))
    return out


_RX_NAME_SERIES = re.compile(r"(?:^|[:;]\s+)(?P<subj>[A-Z][^;:]{3,200}?),?\s+(?:had\s+been|have\s+been|were)\s+"
                             r"(?:also\s+)?(?P<cue>killed|captured|taken prisoner|wounded|injured)\b")


def _series_matches(sent: str) -> list[re.Match] | Iterator[re.Match]:
    """`_RX_NAME_SERIES.finditer(sent)`'s matches (s23-cspeed2): in a sentence without ':' or ';' (most) only its
    `^` branch can open a match, at 0, so the one match at 0 or none; `re` had tried the pattern at every position
    (its lazy 200-character subject after each character, ~62,000 instructions a sentence).

    >>> [m.group("subj") for m in _series_matches("Sgt. Ali Musa and Cpl. Idris Bello were killed")]
    ['Sgt. Ali Musa and Cpl. Idris Bello']
    """
    if ":" in sent or ";" in sent:
        return _RX_NAME_SERIES.finditer(sent)
    m = _RX_NAME_SERIES.match(sent)
    return [m] if m else []


def _named_series(sent: str, text_start: int, covered: list[tuple[int, int]], out: list[Found],
                  lex: Lexicon) -> list[Found]:
    """"Sgt. Maj. (res.) Eitan Levi, 41, and Staff Sgt. (res.) Omer Dahan, 22, were killed": two or more names
    with ranks and ages (none already counted)."""
    more = []
    if "been" not in sent and "were" not in sent:
        return more     # (a cheap test: the pattern needs 'had/have been' or 'were')
    for m in _series_matches(sent):
        if any(ca <= m.start("cue") < cb for ca, cb in covered) or \
                any(o.start - text_start <= m.start("cue") < o.end - text_start for o in (*out, *more)):
            continue
        n = _count_listed(m.group("subj"), lex, names_only=True)
        if n >= 2:
            cue = m.group("cue")
            cat = {"taken prisoner": "captured", "injured": "wounded"}.get(cue, cue)
            more.append(Found(cat, n, n, None, m.start("subj") + text_start, m.end() + text_start,
                              [w.lower().strip(",.") for w in m.group("subj").split()], None, named=True))
    return more


_RX_ONE_OF = Gated(re.compile(_NAME + r"(?:,\s*\d+,)?\s+(?:was|is)\s+(?:one of|among)\s+(?:the\s+)?"), _NAME_PAIR)


def _named_one_of(sent: str, text_start: int, found: list[Found],
                  table: SentenceTable | None = None) -> list[Found]:
    """"Private Kevin Arroyo, 19, was one of 14 troops seized": one person of a count found in the sentence."""
    out = []
    if "one of" not in sent and "among" not in sent:
        return out      # (a cheap test: the pattern needs 'one of' or 'among')
    for m in _RX_ONE_OF.finditer_in(table or SentenceTable(sent)):
        after = m.end() + text_start
        nxt = next((f for f in found if after <= f.start <= after + 3 and not f.named), None)
        if nxt:
            out.append(Found(nxt.category, 1, 1, None, m.start() + text_start, nxt.end, list(nxt.np_words), nxt.head,
                             named=True))
    return out


_LIST_CUT = re.compile(r",?\s+(?:aged|according to|who|which|when|after|as|in|on|at|near|during)\b|,\s+(?:said|says|"
                       r"the [a-z]+ said)\b")
_TITLE_WORDS = frozenset("sgt sergeant maj major lt lieutenant capt captain col colonel gen general brig brigadier adm "
                         "admiral cmdr commander cpl corporal pte pvt private spc staff first second class master chief "
                         "warrant officer lance naik havildar subedar sepoy rifleman trooper gunner res dr mr mrs ms "
                         "sheikh mullah".split())


_AGE_BEFORE = re.compile(r"^\s*(?:a\s+)?\d{1,3}-year-old\s+(?=[A-Z])")


def _count_listed(lst: str, lex: Lexicon, *, names_only: bool = False) -> int:
    """People listed one by one: names (with ranks, ages and appositions) count one each; with `names_only` False
    also 'a teacher' or 'her husband' (1) and 'their two sons' (2). 0 when an item is none of these."""
    cut = _LIST_CUT.search(lst)
    lst = (lst[:cut.start()] if cut else lst).strip(" ,.")
    lst = re.sub(r"\(\w{1,5}\.?\)", " ", lst)
    total = 0
    for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", lst):
        item = _AGE_BEFORE.sub("", item)  # '70-year-old Ahmed Salem': an age before the name
        words = item.strip(" .").split()
        if not words:
            continue
        if re.fullmatch(r"\d{1,3}", item.strip()):
            continue  # an age: "Eitan Levi, 41, and ..."
        if words[0].lower() in ("a", "an", "the") and any(w in ("of", "from") for w in words):
            continue  # an apposition: "a resident of Chak Sultan"
        bare = [w for w in words if w.lower().strip(".") not in _TITLE_WORDS]
        if 1 <= len(bare) <= 4 and all(re.fullmatch(r"(?:al-|bin|de|del|van)?[A-Z][\w'’-]*", w) or w in ("bin", "al")
                                       for w in bare) and (len(bare) >= 2 or len(words) > len(bare)):
            total += 1
            continue
        if names_only:
            return 0
        low = [w.lower() for w in words]
        if low[0] in ("a", "an", "one", "his", "her", "their", "its") and low[-1] in lex.singular and len(low) <= 4:
            total += 1
            continue
        k = 1 if low[0] in ("his", "her", "their", "its") else 0
        n = parse_number(low[k], lex) if k < len(low) else None
        if n and low[-1] in lex.heads and len(low) - k <= 4:
            total += n
            continue
        return 0
    return total


from .named_apposition import named_subject_appositions  # noqa: E402  (it reads this module's _NAME)
