"""Rule `hard_wrapped_paragraph` (presslens.corpus.wrapping): hard-wrapped copy rejoined into paragraphs.

Invented copy in the manner of plain-text wire files and mailing-list posts about wars in none of the eval sets
(Angola, Colombia, the Falklands, Transnistria, El Salvador).
"""

import textwrap

import pytest

from presslens.corpus import RawDoc, clean_article, load_rules
from presslens.corpus.wrapping import rejoin_wrapped


ANGOLA = """\
LUANDA, March 3 (Reuter) - UNITA rebels shelled the besieged city of Cuito
for a third day on Wednesday, killing at least 14 civilians and wounding 40,
a provincial health official said.
The official, who asked not to be named, said the dead included six children
who were sheltering in the basement of the provincial hospital when a mortar
round struck its east wing.
Government troops said they had repelled two assaults on the airport."""

COLOMBIA_QUOTED = """\
Ana wrote:
> BOGOTA, Aug 12 - Guerrillas of the Revolutionary Armed Forces of Colombia
> ambushed an army patrol near the village of La Uribe on Monday, killing
> nine soldiers, the Defence Ministry said.
>
> "They waited for the patrol at the river crossing," a regional commander
> told the local radio station by telephone.
>"""

FLOWED = """\
Argentine jets attacked British ships in San Carlos Water on Friday, the Ministry of Defence said in London, and two frigates were hit.
Three sailors were killed and nine were wounded aboard one of the frigates, the ministry said.
The ministry gave no figure for Argentine losses."""


def _paragraphs(text: str) -> list[str]:
    return [p[4] for p in clean_article(RawDoc("t.txt", "t.txt", text, {}), load_rules())["paragraphs"]]


def _sentences(text: str) -> list[str]:
    return [s[5] for s in clean_article(RawDoc("t.txt", "t.txt", text, {}), load_rules())["sentences"]]


def test_wire_copy_wrapped_at_76_becomes_three_paragraphs():
    paras = _paragraphs(ANGOLA)
    assert len(paras) == 3
    assert paras[0].endswith("killing at least 14 civilians and wounding 40, a provincial health official said.")
    assert paras[2] == "Government troops said they had repelled two assaults on the airport."


def test_a_sentence_cut_by_the_wrap_is_one_sentence():
    sents = _sentences(ANGOLA)
    assert ("The official, who asked not to be named, said the dead included six children who were sheltering "
            "in the basement of the provincial hospital when a mortar round struck its east wing.") in sents


def test_quoted_email_markers_dropped_from_joined_lines():
    paras = _paragraphs(COLOMBIA_QUOTED)
    assert ("BOGOTA, Aug 12 - Guerrillas of the Revolutionary Armed Forces of Colombia ambushed an army patrol "
            "near the village of La Uribe on Monday, killing nine soldiers, the Defence Ministry said.") in paras
    assert any(p.startswith('"They waited for the patrol') and p.endswith("by telephone.") for p in paras)
    assert not any("> " in p for p in paras if len(p) > 80)


def test_flowed_copy_keeps_one_paragraph_per_line():
    assert _paragraphs(FLOWED) == FLOWED.split("\n")


@pytest.mark.parametrize("width", [60, 70, 78])
def test_any_wrap_width_between_40_and_100(width):
    story = ("TIRASPOL, June 21 - Moldovan police and Dniester guards fought for the town of Bendery overnight, and "
             "at least 26 people were killed, a spokesman for the self-proclaimed republic said on Sunday. "
             "Moldova's interior ministry put its own losses at seven policemen killed and 18 wounded.")
    second = "A ceasefire agreed in Moscow last week did not hold, both sides said in statements read on radio."
    wrapped = textwrap.fill(story, width) + "\n" + textwrap.fill(second, width)
    assert _paragraphs(wrapped) == [story, second]


def test_short_lines_and_headlines_are_not_joined():
    text = ("Rebels say 30 soldiers killed\nBy a staff writer\nSAN SALVADOR, Nov 14\n"
            "Guerrillas of the FMLN said they had killed 30 soldiers in fighting in the capital's northern suburbs.")
    assert _paragraphs(text) == text.split("\n")


def test_line_numbers_of_a_joined_paragraph():
    lines = ANGOLA.split("\n")
    assert [idx for idx, _ in rejoin_wrapped(lines)] == [[0, 1, 2], [3, 4, 5], [6]]


def test_boilerplate_line_ends_a_run():
    lines = ANGOLA.split("\n")
    assert [idx for idx, _ in rejoin_wrapped(lines, {3})] == [[0, 1, 2], [4, 5], [6]]


def test_lower_case_wrapped_line_with_a_comma_is_text_not_tags():
    text = ("STANLEY, May 30 - British paratroopers took the settlement of Goose Green after\n"
            "a night of fighting in which the battalion's commanding officer was killed,\n"
            "the ministry said, and 250 Argentine soldiers were captured at the airstrip,\n"
            "while 17 British soldiers were killed in the assault on the school house.")
    out = clean_article(RawDoc("t.txt", "t.txt", text, {}), load_rules())
    assert [p[4] for p in out["paragraphs"]] == [" ".join(text.split())]
    assert out["removed"] == []


def test_a_lone_tags_line_in_flowed_copy_is_still_removed():
    text = FLOWED + "\nfalklands, navy, san carlos"
    out = clean_article(RawDoc("t.txt", "t.txt", text, {}), load_rules())
    assert [r[3] for r in out["removed"]] == ["keyword-line"]
