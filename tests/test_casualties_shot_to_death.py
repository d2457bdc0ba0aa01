"""`shot to death` and `fatally shot` are killings (lexicon, session 20: a gap beside `stabbed/beaten/hacked to death`
and `shot dead`; s20-crecall found it in first-intifada copy). Sentences in the styles of wars in none of the eval
sets (Rhodesia's bush war, the Mau Mau emergency, Northern Ireland); names are invented."""
from __future__ import annotations

import pytest

from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("text, low", [
    ("Two farm workers were shot to death near Umtali on Sunday, police said.", 2),          # passive
    ("Security forces fatally shot three guerrillas who crossed the border, a communique said.", 3),  # active
    ("Gunmen shot four men to death outside a pub in Armagh, the RUC said.", 4),            # split: shot N to death
    ("Seven Kikuyu villagers were fatally shot in the raid, the district officer said.", 7),
])
def test_shot_to_death_is_killed(text, low):
    got = claims_in(text)
    assert got and got[0][0] == "killed" and got[0][1] == low, got


@pytest.mark.parametrize("text", [
    "Troops shot two men in the legs during the riot, witnesses said.",     # no outcome: not a killing
    "Gunmen shot at three police cars near the border post, police said.",
])
def test_a_shot_without_death_is_no_killing(text):
    assert all(c[0] != "killed" for c in claims_in(text)), claims_in(text)
