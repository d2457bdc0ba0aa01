"""casualties speed (s23-cspeed): five pattern sites searched from the words their matches open on (`scan.first_of`)
or tested by cheap scans (`scan.has_digit`): each gives what the pattern alone gave, on sentences it takes and on
ones it must not take (made-up copy of wars in no eval set: the Biafran war, the Ogaden war, the Dhofar rebellion,
the Chaco war), ASCII and not."""
from __future__ import annotations

import re

import pytest

from presslens.casualties import attack_frame, claims, count_parts, hedges, victims, wire_rules
from presslens.casualties.lexicon import load_lexicon
from presslens.casualties.scan import first_of, has_digit

_LEX = load_lexicon()

_SENTENCES = [
    "A Biafran soldier serving in the Enugu sector was shot and later died in hospital.",
    "Talks stalled at Aburi. A mercenary pilot was ambushed near Uli and shot dead.",
    "A nurse working at the Okigwe clinic died when the shell fell.",
    "A guard was promoted after the siege of Port Harcourt.",
    "The Somali column and died",       # 'and died' with no subject
    "A Dhofari fighter who joined the PFLOAG in 1968 died of his wounds.",
    "Casualties were heavy on both sides, a Paraguayan officer said.",
    "The risk of casualties is high in the Chaco, the commander said.",
    "Ethiopian losses were described as severe by the Derg.",
    "the death toll remains unclear after the raid on Jijiga.",
    "ENEMY LOSSES WERE LIGHT, THE COMMUNIQUÉ SAID.",
    "Les pertes ennemies étaient lourdes; Ogaden losses were light.",
    "The attack on Jijiga left 40 dead; this ambush was the first since 1977.",
    "In the dawn air strike on Dire Dawa, eleven died.",
    "The airstrike killed nine in Harar.",
    "yesterday's massacre at Owerri was condemned.",
    "Nothing happened in Boyacá; the Bolivian garrison held.",
    "Officials believe 300 Biafrans starved.",
    "Mediators BELIEVES the figure of 40 dead is low.",
    "Sultanate officers believed twelve rebels were killed.",
    "Fi ١٢ qatla, the Dhofar front said.",
    "",
    "no digits, no harm words here",
    "three red cross relief workers and a driver",
    "two staff members of an ngo",
    "staff of the charity",
    "four employees of the Biafran relief agency",
    "aid convoy staff",
    "volunteers of a humanitarian",
    "workers at the aid depot",
    "Of the 30 dead at Asosa, four were children.",
    "Two of those killed were women from the village of Degehabur.",
    "Most of the victims were militiamen, the Derg said.",
    "The roof of the school fell; of the pupils, none died.",
]


def _old_one_post(s):
    return wire_rules._RX_ONE_POST_CHEAP.search(s) is not None


@pytest.mark.parametrize("s", _SENTENCES)
def test_one_post_cheap_keeps_the_truth(s):
    assert (wire_rules._one_post_cheap(s) is not None) == _old_one_post(s)


@pytest.mark.parametrize("s", _SENTENCES)
def test_has_digit_is_the_digit_search(s):
    assert has_digit(s) == (re.search(r"\d", s) is not None)


def test_has_digit_other_scripts():
    assert has_digit("٤١ قتيلا") and has_digit("४० मारे गए") and not has_digit("quarante morts à Enugu")


@pytest.mark.parametrize("s", _SENTENCES)
def test_back_ref_keeps_every_event_noun(s):
    low = s.lower()
    old = any(attack_frame._RX_BACK_BEFORE.search(low, max(0, m.start() - 40), m.start())
              for m in attack_frame._RX_EVENT_NOUN.finditer(low))
    assert attack_frame._back_ref(low) == old


@pytest.mark.parametrize("s", _SENTENCES)
def test_vague_predicate_keeps_every_match(s):
    old = [m.span() for m in claims._vague_predicate_pattern(_LEX).finditer(s)]
    new = [(f.start, f.end) for f in claims._vague_predicate(s, 0, _LEX, [])]
    taken = [sp for sp in old if not s[max(0, sp[0] - 30):sp[0]].lower().split()[-1:] in
             [[w] for w in claims._NOT_A_SUBJECT]]
    assert new == taken


@pytest.mark.parametrize("s", _SENTENCES)
def test_hedge_before_keeps_every_cue(s):
    for a in (0, 3):
        for end in (len(s), len(s) // 2):
            m = _LEX.hedge_before.search(s, a, end)
            old = re.sub(r"\s+", " ", m.group("cue").lower()) if m else None
            assert hedges._hedge_before(s, a, end, _LEX) == old


@pytest.mark.parametrize("s", _SENTENCES)
def test_aid_staff_openings_keep_the_truth(s):
    low = s.lower()
    at = first_of(low, victims._AID_OPENINGS)
    assert (at >= 0 and victims._AID_STAFF.search(low, at) is not None) == (victims._AID_STAFF.search(low) is not None)


@pytest.mark.parametrize("s", _SENTENCES)
def test_part_cheap_first_match_kept(s):
    at = first_of(s, ("of", "Of"))
    new = count_parts._RX_PART_CHEAP.search(s, at) if at >= 0 else None
    old = count_parts._RX_PART_CHEAP.search(s)
    assert (new and new.span()) == (old and old.span())


def test_the_gates_refuse_what_they_must():
    assert wire_rules._one_post_cheap("A convoy was promoted to the front") is None
    assert not attack_frame._back_ref("the rains came early to the ogaden.")
    assert hedges._hedge_before("Observers think 40 died.", 0, 16, _LEX) is None
    assert claims._vague_predicate("The costs were heavy for Biafra.", 0, _LEX, []) == []


def test_first_of():
    assert first_of("the raid, then the attack", ("attack", "raid")) == 4
    assert first_of("the raid, then the attack", ("attack", "raid"), 5) == 19
    assert first_of("quiet", ("attack", "raid")) == -1
