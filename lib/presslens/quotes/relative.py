"""Named rule `relative_cue`: a cue in a relative clause right after its speaker ('..., according to Ana
Kovac, who added that the road was cut', 'The shelling was confirmed by Colonel Ruiz, who said "we lost
nine men"', 'added the statement, which said the sweep went on'): the relative pronoun's antecedent speaks,
and the clause before ends at the pronoun.
"""
from __future__ import annotations

import re

from .spans import MASK

#: the relative pronoun (and what may stand between it and the cue) at the end of the words before the cue
_RX_RELATIVE_TAIL = re.compile(r"(?P<rel>,?\s*\b(?:who|which)\s+)(?:(?:has|have|had|also|later|then|earlier|"
                               r"has\s+since|had\s+earlier|would)\s+)*$")
#: a person's name (two capitalised words at least) right before a relative without a comma: 'General Ana Ruiz who said'
_RX_NAME_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)+$")
#: the antecedent: a name run (with 'of', 'for' or 'and' inside: 'Patriotic Union of Kurdistan'), a determiner phrase
#: headed by a document or body noun, or a plural of people that speak in copy ('Bouake residents', 'the survivors')
_RX_ANTECEDENT = re.compile(r"""(?:
      (?:[A-Z][\w.'’\-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){0,5}[A-Z][\w.'’\-]*             # a name: 'Ana Kovac'
    | (?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w\-]+\s+){0,3}?(?:statement|report|release|communiqu[eé]|message|letter|
         ministry|army|group|agency|office|mission|council|spokesman|spokeswoman|spokesperson|official|commander)
    | (?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ll]ocal|[Oo]ther)\s+)?(?:[A-Z][\w.'’\-]*\s+){0,3}(?:[a-z\-]+\s+)?  # rule `people_antecedent`
         (?:residents|survivors|witnesses|villagers|refugees|officials|sources|activists|diplomats|relatives|
            doctors|medics|analysts|critics|protesters|demonstrators)
    )$""", re.X)
#: 'of' inside a name ('Front of Assam'), the last 'of' of the words before the antecedent
_RX_NAME_OF = re.compile(r"[A-Z][\w.'’\-]*\s+of\s+(?:the\s+)?[A-Z](?!.*\sof\s)")
#: a person owning the antecedent body: "Jalal Talabani's " before 'Patriotic Union' (two capitalised words at least and
#: no plural of people, whose possessive is part of a name: "the Paraguayan People's Army")
_RX_OWNER = re.compile(r"(?:[A-Z][\w.\-]*\s+)+(?!(?:People|Workers|Women|Children|Men|Martyrs|Nations|Farmers|Peasants)['’])"
                       r"[A-Z][\w.\-]*['’]s\s+(?=[A-Z])")
#: a bracketed short name after the antecedent: 'the Patriotic Union of Kurdistan (PUK), which said'
_RX_BRACKETED_TAIL = re.compile(r"\s*\([A-Z][A-Za-z.&\-]{1,11}\)$")
#: a relative pronoun after a comma ending the words before a cue once its auxiliaries and adverbs are stripped
_RX_COMMA_RELATIVE_END = re.compile(r"(?:,|\))\s*(?:who|which)$")


def relative_speaker(m: str, sa: int, cs: int, items: list) -> tuple[int, tuple[int, int]] | None:
    """(where the relative clause starts, the speaker span) of a cue at `cs` that opens a relative clause
    after its speaker, else None. A speaker item that ends right before the pronoun gives its span
    ('according to X, who added').

    >>> s = "Two shops burned, according to Ana Kovac, who added that the road was cut."
    >>> c, sp = relative_speaker(s, 0, s.index("added"), []); s[sp[0]:sp[1]], s[c:c + 5]
    ('Ana Kovac', ', who')
    >>> s = "Nine died, added the statement, which said the sweep went on."
    >>> c, sp = relative_speaker(s, 0, s.index(" said") + 1, []); s[sp[0]:sp[1]]
    'the statement'
    >>> relative_speaker("the men who said it", 0, 12, []) is None
    True
    >>> s = "The toll was given by the head of the mission, General Ana Ruiz who said it would rise."
    >>> c, sp = relative_speaker(s, 0, s.index(" said") + 1, []); s[sp[0]:sp[1]]
    'General Ana Ruiz'
    >>> s = "Rallies grew around Ana Ruiz, the daughter of the late general Pablo Ruiz, who vowed to fight on."
    >>> c, sp = relative_speaker(s, 0, s.index("vowed"), []); s[sp[0]:sp[1]]
    'Ana Ruiz'
    """
    head = m[max(sa, cs - 40):cs]
    if "who" not in head and "which" not in head:
        return None
    rel = _RX_RELATIVE_TAIL.search(head)
    if rel is None:
        return None
    rel_at = cs - len(head) + rel.start("rel")
    restrictive = "," not in rel.group("rel")
    if restrictive and not (items and items[-1][4] and 0 <= rel_at - items[-1][4][1] <= 2) \
            and not _RX_NAME_BEFORE.search(m, max(sa, rel_at - 60), rel_at):
        # 'the men who said it': a restrictive relative is the subject's, not a speaker's clause; after a verb or a
        # preposition its antecedent is an object that speaks ('quoted "security sources" who said')
        return restrictive_object_antecedent(m, sa, rel_at)
    for it in reversed(items):
        sp = it[4]
        if sp is not None and 0 <= rel_at - sp[1] <= 2:
            return rel_at, sp
    return _antecedent(m, sa, rel_at)


def _antecedent(m: str, sa: int, rel_at: int) -> tuple[int, tuple[int, int]] | None:
    """(rel_at, the antecedent's span) of a relative pronoun clause starting at `rel_at` (its comma), else None.
    A bracketed short name after the antecedent is skipped (rule `bracketed_antecedent`: 'the Patriotic Union of
    Kurdistan (PUK), which said')."""
    before = m[max(sa, rel_at - 80):rel_at]
    if MASK in before[-3:]:
        return None
    if before.endswith(")"):
        br = _RX_BRACKETED_TAIL.search(before)
        if br is not None:
            before = before[:br.start()]
    ante = _RX_ANTECEDENT.search(before)
    if ante is None:
        return None
    lead = before[:ante.start()]
    end = len(before)
    seg = lead[lead.rfind(",") + 1:] + " "
    if " of " in seg and not _RX_NAME_OF.search(seg):
        # 'X, the son of the slain leader Y, who vowed': Y names the appositive; X, before it, speaks ('of' inside a
        # name is no appositive's: 'Liberation Front of Assam leader Y, who had threatened': Y speaks)
        end = lead.rfind(",")
        ante = _RX_ANTECEDENT.search(before, 0, end) if end > 0 else None
        if ante is None:
            return None
    a = max(sa, rel_at - 80) + ante.start()
    own = _RX_OWNER.match(ante.group(0))
    if own is not None:
        a += own.end()      # "Jalal Talabani's Patriotic Union of Kurdistan, which said": the body speaks, not its owner
    return rel_at, (a, a + ante.end() - ante.start())


def relative_after_aux(m: str, sa: int, pre_stripped: str) -> tuple[int, int] | None:
    """Rule `relative_after_aux`: the speaker span of a cue in a non-restrictive relative clause whose pronoun
    stands apart from the cue by auxiliaries or an adverb ('FARC, which has said', 'X, who had recently
    threatened'); `pre_stripped` is the text from paragraph offset `sa` to the cue with those stripped
    (quotes.clause._before_cue). None unless it ends in ', which' or ', who'.

    >>> s = "It is modelled on FARC, which has said that it will disarm."
    >>> sp = relative_after_aux(s, 0, "It is modelled on FARC, which"); s[sp[0]:sp[1]]
    'FARC'
    >>> relative_after_aux("the men who", 0, "the men who") is None
    True
    """
    if not pre_stripped.endswith(("which", "who")):
        return None     # a cheap literal test first
    rel = _RX_COMMA_RELATIVE_END.search(pre_stripped, max(0, len(pre_stripped) - 12))
    if rel is None:
        return None
    found = _antecedent(m, sa, sa + rel.start() + (1 if pre_stripped[rel.start()] == ")" else 0))
    return found[1] if found else None


#: between a speaker and its cue: the relative pronoun of a non-restrictive clause ('X (PUK), which has said')
_RX_RELATIVE_BETWEEN = re.compile(r"\s*(?:\([^()]{1,14}\)\s*)?,\s*(?:who|which)\s+(?:(?:has|have|had|also|later|then|earlier|"
                                  r"would|since|long|[a-z]+ly)\s+)*")
#: the words before a sentence's subject: none, or a determiner
_RX_SUBJECT_OPENS = re.compile(r"\s*(?:(?:The|A|An)\s+)?$")
#: the comma closing the relative clause before the main clause's verb (an -ed form, an auxiliary or a common
#: irregular past): ', returned to', ', had fled', ', are demanding'; the last one in the content is taken
_RX_RELATIVE_CLOSE = re.compile(r",\s+(?:(?:[a-z]+ed)|is|are|was|were|has|have|had|will|would|can|could|may|might|must|"
                                r"went|fled|fought|met|held|left|took|made|gave|came|began|ran|kept|sent|led|remains?|"
                                r"continues?)\b")


def relative_content_end(m: str, sa: int, sp: tuple[int, int] | None, cs: int, pos: int, end: int) -> int:
    """Rule `relative_clause_end`: where the content of a cue in a non-restrictive relative clause ends when its
    antecedent opens the sentence: at the comma that closes the clause before the main verb ('The villagers, who
    said the rebels had gone, returned to the town' -> 'the rebels had gone'); `end` otherwise.

    >>> s = "The villagers, who said the rebels had gone, returned to the town."
    >>> s[s.index("the rebels"):relative_content_end(s, 0, (4, 13), s.index("said"), s.index("the rebels"), len(s) - 1)]
    'the rebels had gone'
    >>> s = "The Front, which said that the town, once quiet, had fallen, called a strike."
    >>> s[s.index("the town"):relative_content_end(s, 0, (4, 9), s.index("said"), s.index("the town"), len(s) - 1)]
    'the town, once quiet, had fallen'
    >>> s = "A source, who asked not to be named, says the attack, in which nine died, took place at dawn."
    >>> relative_content_end(s, 0, (0, 8), s.index("says"), s.index("the attack"), len(s) - 1) == len(s) - 1
    True
    >>> s = "Troops shelled the villagers, who said the rebels had gone, witnesses said."
    >>> relative_content_end(s, 0, (18, 27), s.index("said"), s.index("the rebels"), 50) == 50
    True
    """
    if sp is None or ("who" not in m[sp[1]:cs] and "which" not in m[sp[1]:cs]):
        return end      # a cheap literal test first
    if not _RX_RELATIVE_BETWEEN.fullmatch(m, sp[1], cs) or not _RX_SUBJECT_OPENS.fullmatch(m, sa, sp[0]):
        return end
    last = None
    for last in _RX_RELATIVE_CLOSE.finditer(m, pos, end):
        pass
    return last.start() if last is not None else end


#: the head of a restrictive relative's antecedent that speaks: people who speak in copy, or a document
_SPEAKING_HEADS = (r"(?:sources?|officials?|residents?|witness(?:es)?|villagers?|refugees?|survivors?|activists?|diplomats?|"
                   r"relatives?|doctors?|medics?|journalists?|reporters?|correspondents?|politicians?|leaders?|"
                   r"farmers?|workers?|soldiers?|officers?|police(?:m[ae]n)?|spokes(?:man|men|woman|women|person)|"
                   r"men|women|people|man|woman|students?|monks?|priests?|elders?|fighters?|rebels?|militants?|"
                   r"analysts?|experts?|observers?|lawmakers?|deputies|"
                   r"statements?|announcements?|reports?|communiqu[eé]s?|messages?|letters?|leaflets?|bulletins?)")
#: a restrictive relative's antecedent after a verb or a preposition (rule `restrictive_object_antecedent`): a
#: determiner, up to four modifiers, a speaking head, and a place after it ('radical politicians in Moldova')
_RX_OBJECT_ANTECEDENT = re.compile(r"""
    (?:^|(?<=\s))(?P<verb>of|from|to|by|with|among|about|after|before|following|despite|against|quoted|cited|interviewed|met|contacted|visited|
                        [a-z]{3,}ed)\s+                             # what governs it: a preposition or a verb
    (?P<np>(?:(?:the|a|an|some|several|many|two|three|four|local|other)\s+)?    # a determiner
        (?:(?!(?:of|from|to|by|with|in|at|on|for|and|or|the|a|an|who|which|that)\b)[\w.'’\-]+\s+){0,4}?""" + _SPEAKING_HEADS + r"""      # modifiers, the head
        (?:\s+(?:in|from|of|at)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})?)  # a place: 'in Moldova'
    $""", re.X)
#: a quoted antecedent right after its governing verb: 'Reuters quoted "security sources" who said'
_RX_QUOTED_ANTECEDENT = re.compile(r"(?:^|(?<=\s))(?:quoted|cited|citing|quoting|from|by)\s+(?P<np>\ue000{3,40})$")


def restrictive_object_antecedent(m: str, sa: int, rel_at: int) -> tuple[int, tuple[int, int]] | None:
    """Rule `restrictive_object_antecedent`: (rel_at, the antecedent's span) of a cue in a restrictive relative
    clause ('N who said', 'N which reported') whose antecedent N is the object of a verb or a preposition and names
    people who speak or a document ('Reuters quoted "security sources" who said ...'; 'the actions of radical
    politicians in Moldova who demanded ...'; 'after an earlier ministry announcement which reported ...'; 'from a
    farmer who helped ... and who reported ...': the first pronoun's antecedent), else None. An antecedent that
    opens the sentence is its subject ('The men who said it were arrested': no statement), and a head that
    names no speaker ('the headquarters of the Front who said') gives none.

    >>> s = "It opposed the actions of radical politicians in Moldova who demanded a union."
    >>> c, sp = restrictive_object_antecedent(s, 0, s.index(" who")); s[sp[0]:sp[1]]
    'radical politicians in Moldova'
    >>> restrictive_object_antecedent("The men who said it", 0, 7) is None
    True
    >>> s = "Troops met officials at the headquarters of the Front who said the camp was empty."
    >>> restrictive_object_antecedent(s, 0, s.index(" who")) is None
    True
    """
    before = m[max(sa, rel_at - 90):rel_at].rstrip()
    lo = max(sa, rel_at - 90)
    if before.endswith(" and") and (" who " in before or " which " in before):
        # 'a farmer who helped with first aid and who reported': the first relative's antecedent
        at = max(before.rfind(" who "), before.rfind(" which "))
        if "," in before[at:]:
            return None
        before = before[:at]
    if before.endswith(MASK):
        q = _RX_QUOTED_ANTECEDENT.search(before)
        if q is None or q.start("np") > 0 and before[q.start("np") - 1] == MASK:
            return None
        return rel_at, (lo + q.start("np") + 1, lo + q.end("np") - 1)   # inside the quotation marks
    ant = _RX_OBJECT_ANTECEDENT.search(before)
    if ant is None:
        return None
    return rel_at, (lo + ant.start("np"), lo + ant.end("np"))
