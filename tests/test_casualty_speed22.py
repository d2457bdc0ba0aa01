"""casualties speed (s22-cspeed): cheap tests before three patterns of session 21 (`toll_put_by`'s gate,
`document_author`, the claimant verbs' gate) and two older ones and `_SUBJ_SAID`'s verbs as a trie: each
gives what the pattern alone gave, on phrases and sentences it takes and on ones it must not take (made-up copy of
wars in no eval set)."""
from __future__ import annotations

import re

import pytest

from presslens.casualties import claimant_shapes as cs
from presslens.casualties import source_phrase as sp
from presslens.casualties.found import Found
from presslens.casualties.toll_putter import toll_put_by

#: the patterns as session 21 wrote them (the references the fast forms are held to)
_OLD_VERBS = ("said|says|told|claimed|claims|estimated|estimates|reported|wrote|stated|announced|insisted|confirmed|"
              "added|put|puts|tweeted|posted|report|say|believes|believe|fears|fear|(?<=statement )read|reiterated|"
              "acknowledged|admitted|conceded|asserted|noted|explained|stressed|recalled|testified|affirmed|declared|"
              "recounted|argued|warned|disclosed")
_OLD_SUBJ_SAID = re.compile(sp._SUBJ_SAID.pattern.split("(?P<verb>")[0] + "(?P<verb>" + _OLD_VERBS + r")\b(?!['’])"
                            + sp._NOT_LIVES)

_PHRASES = ["denied the Khmer Rouge", "Garrison disputes", "on Sunday Biafra", "late on Monday the Dergue",
            "Ojukwu–also", "Ojukwu-later", "the brigade said", "said\n", "Biafra says\n", "Port Harcourt",
            "the Dergue's statement", "an earlier Relief Commission bulletin", "a communiqué of the Front",
            "Ethiopian Relief and Rehabilitation Commission", "the report", "press reports", "the Biafran report",
            "a letter from the Biafran Red Cross", "the count", "the Sandinista count\n", "the Contra leaders",
            "Anglo-Biafran", "Oke-ogun", "late arrivals", "once more"]


@pytest.mark.parametrize("who", _PHRASES)
def test_document_author_gate_keeps_every_match(who):
    m = cs._DOC_AUTHOR.match(who.strip()) if " " in who else None
    old = m and (m.group("body") or m.group("owner") or m.group("after"))
    assert cs.document_author(who) == old


def test_document_author_still_found_and_refused():
    assert cs.document_author("the Dergue's statement") == "the Dergue"
    assert cs.document_author("a communiqué of the Front") == "the Front"
    assert cs.document_author("the Contra leaders") is None and cs.document_author("the Biafran report") is None


def test_toll_put_gate():
    s = "Biafra's relief commission puts Tuesday's death toll at 57"
    assert toll_put_by(s, 0, Found("killed", 57, 57, None, s.index("57"), len(s), [], None)) == \
        ("Biafra's relief commission", 0)
    s = "The Dergue placed the toll at 210, the agency said."
    assert toll_put_by(s, 0, Found("killed", 210, 210, None, s.index("210"), s.index(","), [], None)) == \
        ("The Dergue", 0)
    s = "Federal troops shelled Umuahia, killing 12."     # no 'put' nor 'plac': not read
    assert toll_put_by(s, 0, Found("killed", 12, 12, None, s.index("12"), len(s) - 1, [], None)) is None
    s = "Outputs of the depot fell after 12 were killed."  # 'put' inside a word: the pattern refuses it
    assert toll_put_by(s, 0, Found("killed", 12, 12, None, s.index("12"), len(s) - 1, [], None)) is None


@pytest.mark.parametrize("sent", [
    "The Biafran command said 40 soldiers died at Owerri.",
    "A spokesman for the Relief Commission noted that 12 civilians were killed.",
    "The relief agency's statement read that 9 were hurt.",
    "Ojukwu, the rebel leader, also warned that hundreds had died.",
    "The claims of 40 dead were disputed by Lagos.",
    "He says 300 fled; they fear more.",
    "Federal officers reported lives lost near Enugu, 30 in all.",
    "The colonel's sayings were read aloud as 5 died.",
])
def test_subj_said_trie_is_the_old_pattern(sent):
    assert [(m.span(), m.groupdict()) for m in sp._SUBJ_SAID.finditer(sent)] == \
        [(m.span(), m.groupdict()) for m in _OLD_SUBJ_SAID.finditer(sent)]
    assert bool(sp._SUBJ_VERBS.search(sent)) == bool(re.search(_OLD_VERBS.replace("(?<=statement )", ""), sent))


@pytest.mark.parametrize("norm", [
    "Kwasi was shot at the checkpoint near Kumasi",     # the first 'was' inside a word: the search goes on
    "the driver had been taken from the convoy",
    "Her uncle died of his wounds two days later",
    "Wasps swarmed the camp; nobody was hurt",
    "the embassy was evacuated before the siege",        # a 'was' with no harm after it: no match
    "No one in Jaffna spoke of it",                       # none of the three words: no match
])
def test_def_cheap_is_the_old_search(norm):
    from presslens.casualties.one_by_role_subject import _RX_DEF_CHEAP, _def_cheap
    old, new = _RX_DEF_CHEAP.search(norm), _def_cheap(norm)
    assert (old and old.span()) == (new and new.span())


@pytest.mark.parametrize("sent, expected", [
    ("Radio Biafra quoted a commander as saying 40 were killed.", True),
    ("The agency, quoting the Red Cross, said 12 died.", True),
    ("Doctors reporting that 9 died were not named.", True),
    ("The army said 30 rebels were killed near Aba.", False),
])
def test_inner_source_gate_keeps_its_sentences(sent, expected):
    old = re.search(r"as saying|quot(?:ed|ing)|ing that", sent) is not None
    assert old == expected
    assert (sp.inner_source(sent, len(sent) - 1) is not None) <= expected   # no source where the gate says none


def test_inner_source_still_found():
    s = "Radio Biafra quoted a commander as saying 40 were killed."
    assert sp.inner_source(s, len(s) - 1) == ("a commander", 41, "inner_source")
