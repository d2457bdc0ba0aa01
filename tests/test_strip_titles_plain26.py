"""`_strip_titles`' short path for plain runs (session 26, s26-qspeed2): a run `_plain_run` takes comes back whole,
exactly what the full steps give it. Made-up copy of the Football War (1969) and the War of the Golden Stool."""
from __future__ import annotations

import pytest

from presslens.mentions import names

RUNS = [
    # plain: the short path takes them
    "Oswaldo Lopez", "Fidel Sanchez Hernandez", "Nyaako", "Yaa Asantewaa", "Kumasi", "Honduran", "Lempira Valle",
    "Élise Nkrumah", "Kwame Boateng Mensah",
    # not plain: a step changes them, or may
    "General Oswaldo Lopez", "Colonel Fidel Sanchez", "A Honduran", "One Salvadoran", "As Oswaldo Lopez",
    "Oswaldo Lopez Sunday", "Ana Ruiz Wednesday", "Honduran Air Force", "Salvadoran National Guard",
    "Bank of Ashanti", "Governor of Gold Coast", "Frederick Hodgson's", "Hodgson's Yaa Asantewaa", "Lopez (Honduras)",
    "Mr. Lopez", "Lopez. Sanchez", "Tegucigalpa Radio", "“Yaa Asantewaa”", "al-Ashanti Front", "Oswaldo  Lopez", " Lopez", "Lopez ",
    "Minister Sanchez Hernandez", "The Honduran Army", "Monday Lopez", "Ashanti Front Kwame Boateng",
    "Oswaldo Minister Lopez", "Oswaldo of Lopez", "Kwame Boateng Mensah Ofori",
]


@pytest.mark.parametrize("run", RUNS)
def test_short_path_equals_the_steps(run, monkeypatch):
    short = names._strip_titles.__wrapped__(run)
    monkeypatch.setattr(names, "_plain_run", lambda _: False)
    assert names._strip_titles.__wrapped__(run) == short


@pytest.mark.parametrize("run", RUNS[:9])
def test_plain_runs_taken(run):
    assert names._plain_run(run)


@pytest.mark.parametrize("run", RUNS[9:])
def test_runs_a_step_reads_not_taken(run):
    assert not names._plain_run(run)
