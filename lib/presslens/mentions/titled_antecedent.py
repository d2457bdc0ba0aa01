"""Rule `titled_surname_before` (session 25, docs/rules.md "Session 25: the titled surname (branch s25-speaker)"): a
person named by a title and one surname ('General Varga', 'Mr. Okafor', 'Rear Admiral Nunes') is a person that 'he' or
'she' may take up, though the name inventory (mentions.names `_inventory`) holds only names of two words or more:

    General Varga cabled to the ministry a long report. He claimed the enemy had lost 900 men.
                                                        -> General Varga   (was 'he': no antecedent at all)
    Official figures given by Colonel Reis put the dead at 34. He said 128 were wounded.
                                                        -> Colonel Reis    (was the last person named in full before)

The person is named in the sentence of the pronoun or the sentence just before it, after the antecedent chosen
so far, and no person or speaker is named between it and the pronoun; the title is the chain of
lexicons/name_titles.yaml (rule `title_kept_single_name`, whose form the name keeps). A title of the other
gender ('Mrs' for 'he', 'King' for 'she'), a one-word name that is an organisation's or a title's word, or
a title after an article ('the General Assembly', 'the General Staff') and a title followed by a name of two words (the inventory's) are left.
"""
from __future__ import annotations

import re

from ..actors import fold
from .lexicon import ORG_WORDS, TITLES
from .name_titles import _CHAIN

#: the titles of one gender: a pronoun of the other never takes them up
_FEMALE = frozenset(("mrs", "ms", "miss", "queen", "princess", "lady", "dame", "sister"))
_MALE = frozenset(("mr", "king", "prince", "sir", "lord", "father", "fr", "brother", "emir", "amir", "sultan",
                   "sheikh", "sheik", "shaikh", "imam", "mullah", "maulana", "ayatollah", "rabbi", "haji", "hajji"))
#: a title chain, then one capitalised word that no capitalised word, name particle ('al-Saedi', 'van Dijk') or possessive
#: follows (a name of two words is the inventory's; 'King Hussein's envoy' is the envoy)
_RX_TITLED = re.compile(rf"(?=[A-Z])(?<![\w.\-])(?P<chain>{_CHAIN})[ \u00a0]+(?P<name>[A-Z][a-z][\w\-]*)"
                        r"(?![\w\-’']|[ \u00a0]+(?:[A-Z]|(?:al|el|bin|ibn|ben|abu|de|da|di|du|van|von|del|der|le|la)\b))")
#: an article right before the title: a name's word, not a person's title ('the General Assembly')
_RX_ARTICLE_BEFORE = re.compile(r"(?<![\w\-])(?:[Tt]he|an?|An?)[ \u00a0]+$")
#: a sentence's end: a stop and a space, not after a title's abbreviation or an initial ('Mr. Okafor', 'J. Reis'), nor
#: before a lower-case word (a stray stop of scanned copy: 'the number of rebels. killed in the fighting')
_RX_STOP = re.compile(r"(?=[.!?\n])(?:[.!?](?<!\b[A-Z].)(?<!\b(?:Mr|Ms|Dr|Lt|Fr|St).)(?<!\b(?:Mrs|Gen|Col|Maj|Adm|Sgt|Gov|Sen|Rev).)"
                      r"(?<!\bCapt.)[\"”’]?\s+(?![a-z])|\n+)")   # (the look-behinds tried only at a stop's character)


def titled_surname_before(text: str, pos: int, gender: str, *, after: int, named, known=frozenset) -> tuple[str, int] | None:
    """Rule `titled_surname_before`: 'he'/'she' (`gender` 'm'/'f') at `pos` takes the person last named by a title and
    one surname in its own sentence or the one before, when the antecedent chosen so far was named before those two
    sentences (at `after`; -1: none), no position of `named()` (persons and speakers named) lies between that person
    and the pronoun, and the surname is no word of `known()` (the folded words of the persons the article names in
    full and of its speakers so far: 'Sen. Col. Zhang' after 'Zhang Shuili' is that person, whom the layer's own rules
    resolve); both asked only past the cheap tests. Returns (the name with its title as printed, its position) or None.

    >>> t = "General Varga cabled to the ministry a long report. He claimed the enemy had lost 900 men."
    >>> titled_surname_before(t, t.index("He claimed"), "m", after=-1, named=list)
    ('General Varga', 0)
    >>> t = "Figures given by Rear Admiral Nunes put the dead at 34. He said 128 were wounded."
    >>> titled_surname_before(t, t.index("He said"), "m", after=-1, named=list)
    ('Rear Admiral Nunes', 17)
    >>> t = "Mr. Okafor met the envoy on Sunday. She said the talks had failed."
    >>> titled_surname_before(t, t.index("She"), "f", after=-1, named=list) is None      # a title of the other gender
    True
    >>> t = "The raid was led by the UN. General Varga cabled a report. He said 900 died."
    >>> titled_surname_before(t, t.index("He"), "m", after=t.index("UN"), named=list)   # 'UN.' ends a sentence
    ('General Varga', 28)
    >>> t = "Rui Neto met General Varga on Sunday. He said the talks had failed."
    >>> titled_surname_before(t, t.index("He"), "m", after=0, named=list) is None   # the choice so far is in reach
    True
    >>> t = "King Faisal's envoy met the press. He said the talks had failed."
    >>> titled_surname_before(t, t.index("He"), "m", after=-1, named=list) is None      # a possessive: the envoy
    True
    >>> t = "The General Assembly met on Sunday. He said the talks had failed."
    >>> titled_surname_before(t, t.index("He"), "m", after=-1, named=list) is None        # no surname: a body's word
    True
    >>> t = "General Varga left. The envoy, Rui Neto, arrived. He said the talks had failed."
    >>> titled_surname_before(t, t.index("He"), "m", after=-1, named=lambda: [t.index("Rui")]) is None   # a sentence too far
    True
    >>> t = "Colonel Ivo Varga spoke. Col. Varga cabled a report. He claimed 900 died."
    >>> titled_surname_before(t, t.index("He"), "m", after=-1, named=list, known=lambda: {"ivo", "varga"}) is None
    True
    >>> t = "General Varga met Rui Neto on Sunday. He said the talks had failed."
    >>> titled_surname_before(t, t.index("He"), "m", after=-1, named=lambda: [t.index("Rui")]) is None   # a person named since
    True
    """
    if not (text.startswith("He", pos) or text.startswith("he", pos) or text.startswith("She", pos)
            or text.startswith("she", pos)):
        return None
    stops = [mt.end() for mt in _RX_STOP.finditer(text, max(0, pos - 600), pos)]
    start = stops[-2] if len(stops) > 1 else max(0, pos - 600)
    if after >= start:
        return None     # (the cheap test: the antecedent chosen so far is in reach, the case of nearly every pronoun)
    best = None
    for mt in _RX_TITLED.finditer(text, max(start, after + 1), pos):
        best = mt
    if best is None:
        return None
    name, chain = best.group("name"), best.group("chain")
    title = fold(chain.split()[-1]).strip(".")
    if fold(name) in ORG_WORDS or fold(name) in TITLES or title in (_FEMALE if gender == "m" else _MALE if gender == "f" else ()):
        return None
    if _RX_ARTICLE_BEFORE.search(text, max(0, best.start() - 5), best.start()):
        return None     # 'the General Assembly', 'a Major Road': a title is printed without an article
    if any(best.end() <= p < pos for p in named()):
        return None     # a person or a speaker named since is the nearer antecedent
    if fold(name) in known():
        return None     # a person the article names in full, or a speaker: the layer's own rules take it up
    return " ".join(chain.split()) + " " + name, best.start()
