"""A reporting word that is not a cue (docs/rules.md "Session 22: a reporting word that is not a cue"): a participle
before a noun (rule `attributive_participle`, quotes.noun_cue) or a plural noun in '-s' (rule `reporting_noun`) has
no speaker on its left; and the phrases a real subject keeps ('Some said', 'Four reported seeing', 'Officials confirmed
that', 'Reports say'). Every sentence is invented, in the styles of wars in none of the eval sets (the Aden emergency,
the Boer war, the Greco-Turkish war of 1919-22); every name is made up."""
from __future__ import annotations

import pytest

from presslens.mentions.lexicon import _cues
from presslens.quotes import quotes_for_article
from presslens.quotes.cues import _cue_refused
from presslens.quotes.noun_cue import attributive_participle, noun_phrase_cue, reporting_noun

LEAD = "The fighting went on through the night.\n"


def rows(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["cue"]) for r in quotes_for_article("t.txt", LEAD + text)]


TAKEN = [
    ("a numeral after a determiner: the deaths were confirmed, nobody confirms (Aden)",
     "Two Levies troopers were killed in Crater, officials said. The two confirmed deaths were troopers of the Levies, "
     "a Levies spokesman said, while most of the wounded were townsmen.",
     [("officials", "said"), ("a Levies spokesman", "said")]),
    ("a superlative before the participle: the credit at the end speaks (Boer war)",
     "Boer commandos killed nine troopers at a farm near Ladysmith in the worst reported attack since the truce, "
     "a Natal newspaper said on Monday.",
     [("a Natal newspaper", "said")]),
    ("a numeral inside a clause (Aden)", "Police showed reporters three alleged insurgents captured near Crater.", []),
    ("a past verb before the participle (Greco-Turkish war)",
     "The rebels fired on the ferry and made repeated attempts to take the landing stage.", []),
    ("a preposition before the participle (Aden)",
     "Shops closed in Crater following reported grenade attacks on patrols.", []),
    ("a quantifier before the plural: 'ran' is no cue (Boer war)", "Most estimates ran as high as 200 dead.", []),
    ("an adjective before the plural: the noun phrase is the subject of 'put' (Greco-Turkish war)",
     "The strike went on, but unofficial estimates put the number of arrests at 300.",
     [("unofficial estimates", "put")]),
    ("an adjective before the plural, after a credit (Boer war)",
     "The garrison surrendered, the colonel said, as new reports strengthened fears of a rising in the Cape.",
     [("colonel", "said")]),
    ("a participle before the plural (Greco-Turkish war)",
     "Smyrna newspapers continued to issue scattered reports about the fighting near Afyon.", []),
    ("a preposition before the plural (Aden)", "The strikers' marches turned into demands for the governor's recall.", []),
]

KEPT = [
    ("a quantifier as the subject (Boer war)", "Some said the column had turned back at Colenso.", [("some", "said")]),
    ("a numeral as the subject, a gerund after the verb (Boer war)", "Four reported seeing the column cross the Tugela.",
     [("four", "reported")]),
    ("a numeral as the subject, a that-clause after the verb (Aden)", "Three alleged that the guards had beaten them.",
     [("three", "alleged")]),
    ("a plural subject before 'confirmed that' (Aden)", "Officials confirmed that the railway had been cut.",
     [("officials", "confirmed")]),
    ("a plural subject before an adjective and its noun (Boer war)", "The burghers confirmed heavy losses at Spion Kop.",
     [("burghers", "confirmed")]),
    ("'Reports say': the plural is the subject of the cue (Greco-Turkish war)",
     "Reports say the garrison surrendered on Tuesday.", [("reports", "say")]),
    ("a singular subject before the verb in '-s' (Aden)", "The High Commission reports that twelve soldiers died.",
     [("High Commission", "reports")]),
    ("a plural noun with its content clause stays a statement (Boer war)",
     "They received reports that the town had fallen.", [("they", "reports")]),
    ("a reduced relative ends the subject: a past in '-ed' before the cue (Aden)",
     "Residents interviewed reported heavy shelling near the Sultan's palace.", [("residents", "reported")]),
    ("a quantifier alone is the subject before a participle and a bare noun (Greco-Turkish war)",
     "Most condemned violence against the garrison.", [("most", "condemned")]),
]


@pytest.mark.parametrize("name, text, expected", TAKEN, ids=[c[0] for c in TAKEN])
def test_reporting_word_in_a_noun_phrase_is_no_cue(name, text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("name, text, expected", KEPT, ids=[c[0] for c in KEPT])
def test_real_subjects_keep_their_cue(name, text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("before, after, expected", [
    ("It was the worst ", " ambush since May", True), ("shops closed following ", " grenade attacks", True),
    ("The Levies said the two ", " deaths were troopers", True), ("Moscow's widely ", " figures", True),
    ("Four ", " seeing the column", False), ("The commander has ", " heavy losses", False),
    ("The ministry ", " deaths in the camp", False), ("the two ", " the deaths", False),
    ("The army said four ", " heavy shelling", False), ("Three ", " that the guards beat them", False),
    ("Most ", " violence", False), ("Residents interviewed ", " heavy shelling", False),
])
def test_attributive_participle(before, after, expected):
    assert attributive_participle(before, after) is expected


@pytest.mark.parametrize("before, form, after, expected", [
    ("Most ", "estimates", " ran high", True), ("as new ", "reports", " strengthened fears", True),
    ("Trustworthy ", "reports", " from the front", True), ("turned into ", "demands", " for a recall", True),
    ("The ministry ", "estimates", " that 90 died", False), ("Reports ", "say", " the town fell", False),
    ("They received ", "reports", " that the town fell", False), ("The governor ", "demands", " an inquiry", False),
    ("who asked not to be named ", "recalls", " the night", False), ("As the shelling spread, ", "reports", " emerged", False),
])
def test_reporting_noun(before, form, after, expected):
    assert reporting_noun(before, form, after) is expected


def test_cue_refused_asks_the_noun_phrase_rules():
    """The short path of `_cue_refused` (a cue no name test names, 'alleged' among them) and the long one ('reports')."""
    forms = _cues()[0]
    for s, form, refused in [("Police showed three alleged insurgents to reporters.", "alleged", True),
                             ("Three alleged that the guards had beaten them.", "alleged", False),
                             ("Most estimates ran as high as 200 dead.", "estimates", True),
                             ("The High Commission reports that twelve soldiers died.", "reports", False)]:
        cs = s.index(form)
        assert _cue_refused(s, 0, len(s), cs, cs + len(form), forms[form]) is refused, s
    assert noun_phrase_cue("the two ", "said", " deaths") is False     # neither '-ed' nor a plural noun
