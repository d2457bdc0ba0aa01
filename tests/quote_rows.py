"""Shared by the speaker tests (test_pronouns23, test_definite24, test_message_from24): the quote row of a made-up
article whose speaker phrase stands at a given cue."""
from __future__ import annotations

from presslens.quotes import quotes_for_article


def row_near(text: str, cue_at: str, slack: int = 2) -> dict:
    """The quote row whose speaker starts within `len(cue_at) + slack` characters of the first `cue_at` of `text`
    (`slack` 2: the speaker opens the cue, 'They said'; larger where the cue phrase is the speaker's own head,
    'Latest reports')."""
    at = text.index(cue_at)
    rows = [r for r in quotes_for_article("t.txt", text) if r["speaker_start"] is not None
            and abs(r["speaker_start"] - at) <= len(cue_at) + slack]
    assert rows, quotes_for_article("t.txt", text)
    return rows[0]
