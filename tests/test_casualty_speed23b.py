"""casualties speed (s23-cspeed2): `scan.first_of_rare` gives what `scan.first_of` gives, on texts that hold the words
and on ones that hold none of them (made-up copy of wars in no eval set: the Biafran war, the Ogaden war, the Dhofar
rebellion), ASCII and not; and the three sites that use it refuse and take what they did."""
from __future__ import annotations

import pytest

from presslens.casualties import attack_frame, hedges, victims
from presslens.casualties.lexicon import load_lexicon
from presslens.casualties.scan import first_of, first_of_rare

_TEXTS = [
    "the ambush near uli left four dead; the raid on owerri followed.",
    "a relief convoy reached jijiga after the air strike.",
    "no event is named in this sentence of the dhofar rebellion.",
    "ein angriff auf die stadt; the afraid villagers fled.",       # 'raid' inside 'afraid'
    "",
    "aid",
    "humanitarian workers of the charity said aid was late",
]
_WORDS = [attack_frame._EVENT_OPENINGS, victims._AID_OPENINGS, ("believe", "believes"), ("was", "been"), ("zz",)]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("words", _WORDS)
def test_first_of_rare_is_first_of(text, words):
    assert first_of_rare(text, words) == first_of(text, words)


def test_first_of_rare_none():
    assert first_of_rare("the column crossed the ogaden at dawn.", attack_frame._EVENT_OPENINGS) == -1


def test_sites_take_and_refuse():
    assert attack_frame._back_ref("the deadly ambush near uli took place at dawn.")
    assert not attack_frame._back_ref("another ambush near uli, three died.")
    assert not attack_frame._back_ref("the column crossed the ogaden at dawn.")
    lex = load_lexicon()
    s = "Nobody knows. Monitors in Jijiga believe 40 died."
    assert hedges._hedge_before(s, 14, len(s), lex) == "believe"
    assert hedges._hedge_before("Monitors in Jijiga counted 40 dead.", 0, 30, lex) is None


_SUFFERING = [
    "do not worry. they retreated with heavy losses, the biafran command said.",
    "the ogaden front, where somali units had suffered numerous casualties, held.",
    "federal troops, who overtook the column, suffered 30 dead near uli.",
    "the dhofari rebels (the pflo) have sustained losses; the sultan's army took none.",
    "“they suffered,” he said. the enemy took 40 prisoners at jijiga.",
    "no losses were admitted by either side.",
    "x" * 80 + ", and the rebels had taken heavy casualties",
    "the rebels' losses — they suffered 12 dead — were light.",
]


@pytest.mark.parametrize("sent", _SUFFERING)
def test_suffered_from_keeps_the_match(sent):
    rx = victims._SUFFERED
    old, new = rx.search(sent), rx.search(sent, victims._suffered_from(sent))
    assert (old and (old.span(), old.groups())) == (new and (new.span(), new.groups()))


def test_suffered_from_moves_past_the_stop():
    s = "do not worry. they retreated with heavy losses"
    assert victims._suffered_from(s) == s.index(" they")


_OLD_VERB_DET = r"\b([A-Za-z]+)(?:\s+(?:dead|down|up))?\s+(?:a|an|his|her|their)\s"
_DETS = [
    "Somali gunmen shot dead a teacher and wounded his brother near Jijiga.",
    "Federal troops gunned  down   an officer; the mob beat up  their guards.",
    "They shot\tdown a Biafran plane and killed\nan airman.",
    "The rebels took up arms, a Dhofari elder said.",
    "killed  dead  ANa his",                 # no det followed by a space at the end
    "Gunmen killed a",                       # the det with no space after it
    "Les soldats ont tué un fermier.",
]


@pytest.mark.parametrize("sent", _DETS)
def test_verb_det_possessive_keeps_the_matches(sent):
    import re
    from presslens.casualties import one_by_role
    old = [(m.span(), m.groups()) for m in re.compile(_OLD_VERB_DET).finditer(sent)]
    assert [(m.span(), m.groups()) for m in one_by_role._RX_VERB_DET.finditer(sent)] == old


_OLD_TOKEN = r"\S(?:(?<=\d)\d*(?:[.,]\d+)*|(?<=[^\W\d_])[^\W\d_]*(?:[-'’][^\W\d_]+)*|)"
_OLD_TOKEN_ASCII = r"[^\t-\r\x1c-\x20](?:(?<=[0-9])[0-9]*(?:[.,][0-9]+)*|(?<=[A-Za-z])[A-Za-z]*(?:[-'][A-Za-z]+)*|)"
_TOKENED = [
    "At least 1,200.5 Biafran soldiers -- and 3,4 civilians -- died at Owerri's gate, al-Fahd's men said.",
    "Ogaden: 40,000, 12., ,5 and 7-8 dead; o'Brien's-men lost 'many' 2nd-day",
    "Kesić's unit lost 1.000 men; the Dhofari ’adoo’ lost ٣ (Arabic-Indic) and ２ (full-width) men.",
    "\t tabs\x1cand\x1fcontrols\u00a0nbsp_under_score 9_9 a-b-c- -x",
    "",
]


@pytest.mark.parametrize("sent", _TOKENED)
def test_tokens_keep_the_tokens(sent):
    import re
    from presslens.casualties import numbers
    assert [m.span() for m in numbers._TOKEN.finditer(sent)] == [m.span() for m in re.finditer(_OLD_TOKEN, sent)]
    assert [m.span() for m in numbers._TOKEN_ASCII.finditer(sent)] == \
        [m.span() for m in re.finditer(_OLD_TOKEN_ASCII, sent)]


_RECORDS = [
    "Mr. Okafor\n\nasked how many died at Owerri.\n\nSir J. GOWON\n\nFour constables were killed.\n",
    "  Lieut.-Colonel OJUKWU\n\tMajor NZEOGWU\n\nThe column lost nine men.\nGeneral Aman Andom\n\nNone.",
    "By Mr. Okafor\n\nFour constables were killed.\n",                # a byline: no label of its own line
    "The debate.\nDr. Ali Gedi said 40 died.\nMrs. Warsame\n\n\nShe asked.\nAdmiral X\n",
    "Captain\n\nno name.\nLieutenant-Colonel Hassan Yusuf \n \nThe Dhofar posts held.\nRev. A. B. Cole\n\nAmen.",
    "no line label in this text at all",
]


@pytest.mark.parametrize("text", _RECORDS)
def test_line_labels_are_finditer(text):
    from presslens.casualties import sources_around as sa
    assert [(m.span(), m.groups()) for m in sa._line_labels(text)] == \
        [(m.span(), m.groups()) for m in sa._LINE_LABEL.finditer(text)]


def test_line_labels_find_some():
    from presslens.casualties import sources_around as sa
    assert [m.group("label") for m in sa._line_labels(_RECORDS[0])] == ["Mr. Okafor", "Sir J. GOWON"]
    assert len(list(sa._line_labels(_RECORDS[1]))) >= 2


_SERIES = [
    "Sgt. Ali Musa, 41, and Cpl. Idris Bello, 22, were killed near Owerri.",
    "The army said: Private Obi Eze and Private Emeka Nwosu had been captured; Lt. Ade Ojo were wounded too.",
    "two Dhofari fighters were killed",                    # no capital at 0
    "Colonel Haile Selassie Gugsa and Major Tesfaye Gebre-Kidan have been taken prisoner",
    "Nothing here were said to be killed: Ras Kassa and Ras Seyoum were injured.",
]


@pytest.mark.parametrize("sent", _SERIES)
def test_series_matches_are_finditer(sent):
    from presslens.casualties import named
    assert [(m.span(), m.groups()) for m in named._series_matches(sent)] == \
        [(m.span(), m.groups()) for m in named._RX_NAME_SERIES.finditer(sent)]
