"""Session 27's claimant rules (docs/rules.md "Session 27: casualty claimants, the relay's object read whole"):
`relayed_object` (casualties.relay_object: the source a relay quotes, its object read whole: an apposition's name, a
relative clause cut, any participle of reporting, the medial `, quoting Y, said`) and `toll_set_by`
(casualties.toll_putter: `set`, `estimate`, `fix` beside `put`; a headline's capitals; an agentless passive toll
names no claimant).

Texts invented in the styles of the Ifni War, Konfrontasi and the Paquisha war (wars in none of the eval sets);
every name invented."""
from __future__ import annotations

import pytest

from presslens.casualties.found import Found
from presslens.casualties.relay_object import relayed_object
from presslens.casualties.toll_putter import agentless_toll, toll_put_by

from claim_families import claimant_rows


def claimants(text: str, article: str = "relay27.txt") -> list[tuple]:
    """(low, claimant, claimant_by) of each claim of `text` (claim_families.claimant_rows, no registry)."""
    return [(low, who, by) for _category, low, who, by in claimant_rows(text, article=article)]


def test_apposition_gives_the_quoted_persons_name():
    text = ("Spanish troops held the coast road on Monday, Radio Tetuan reported. It quoted the garrison's medical "
            "officer, Julio R. Sanz, himself wounded, as saying that four legionnaires were killed near Tiliuin.\n")
    got = claimants(text, "ifni_radio.txt")
    assert (4, "Julio R. Sanz", "relayed_object") in got, got


def test_participle_of_reporting_other_than_saying():
    text = ("A newspaper in Rabat today quoted Information Minister Driss Alaoui Benkirane as reiterating that "
            "eleven Spanish soldiers have been killed at Sidi Ifni.\n")
    got = claimants(text, "ifni_paper.txt")
    assert any(n == 11 and who and "Driss Alaoui Benkirane" in who and by == "relayed_object"
               for n, who, by in got), got


def test_relative_clause_after_the_quoted_head_is_cut():
    text = ("The agency quoted a young Dayak whose cousins are nurses at the mission hospital in Long Bawan as "
            "saying that 30 people died in the raid.\n")
    got = claimants(text, "konfrontasi_agency.txt")
    assert (30, "a young Dayak", "relayed_object") in got, got


def test_medial_quoting_names_the_quoted_not_the_report():
    text = ("A report from Quito, quoting army chief Gen. Rodrigo Paz Cevallos, said two Ecuadorean soldiers were "
            "killed in the Condor range.\n")
    got = claimants(text, "paquisha_report.txt")
    assert any(n == 2 and who and "Rodrigo Paz Cevallos" in who and by == "relayed_object"
               for n, who, by in got), got


@pytest.mark.parametrize("sent, at_word", [
    ("Nine soldiers died, the army said, and Radio Lima quoted a nurse as confirming it.", "Nine"),  # relay after
    ("The paper, quoting no one, ran a list of 40 dead.", "40"),      # no report's verb after the quoting
    ("The ministry quoted figures showing that 40 died.", "40"),     # no `as V-ing`
])
def test_no_relay_before_the_claim(sent, at_word):
    assert relayed_object(sent, sent.index(at_word)) is None


def test_set_the_total_at_names_its_subject():
    s = "Peru's war command set the total of the Ecuadorean dead at 24."
    f = Found("killed", 24, 24, None, s.index("24"), len(s) - 1, [], None)
    assert toll_put_by(s, 0, f) == ("Peru's war command", 0)


def test_headline_capitals():
    text = "Peru Puts Toll at 24\n\nFighting went on in the Condor range on Tuesday.\n"
    got = claimants(text, "paquisha_headline.txt")
    assert (24, "Peru", "toll_put_by") in got, got


def test_agentless_passive_toll_has_no_claimant():
    text = "Ifni death toll estimated at 300\n\nThe fighting near Tiliuin went on.\n"
    got = claimants(text, "ifni_headline.txt")
    assert any(n == 300 and who is None for n, who, _ in got), got


@pytest.mark.parametrize("sent, agentless", [
    ("Ifni death toll estimated at 300", True),
    ("The toll was put at 40 by the Red Cross.", False),                 # an agent after the count
    ("The Red Cross put the toll at 40.", False),                       # active: the putter speaks
])
def test_agentless_toll(sent, agentless):
    n = next(w for w in ("300", "40") if w in sent)
    f = Found("killed", int(n), int(n), None, sent.index(n), len(sent), [], None)
    assert agentless_toll(sent, 0, f) is agentless
