"""presslens.charts: one colour per side everywhere, titles with the scope, low counts marked."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import matplotlib

matplotlib.use("Agg")
import pytest  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from presslens import bias, charts  # noqa: E402
from bias_fixtures import claim, claims_table, make_corpus, quote, quotes_table  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures" / "bias"


@pytest.fixture(scope="module")
def table():
    c = make_corpus([
        dict(article_id="a1", outlet="Daily", text="Karimi said the rebels fled. The insurgents advanced."),
        dict(article_id="a2", outlet="Daily", text="Dashti claimed the Taliban retreated. It was not possible to confirm the report."),
        dict(article_id="b1", outlet="Weekly", text="Officials told reporters the militants were calm.")])
    q = quotes_table([
        quote(c, "a1", "the rebels fled", speaker="Bilal Karimi", side="taliban", kind="indirect"),
        quote(c, "a2", "the Taliban retreated", speaker="Fahim Dashti", side="resistance", kind="indirect",
              cue="claimed", cue_type="distancing"),
        quote(c, "b1", "the militants were calm", speaker="officials", side="unknown", kind="indirect",
              cue="told", anonymous=True)])
    cl = claims_table([claim("a1", claimant_side="taliban", victim_side="resistance", hedged=True)])
    return bias.measures(c, q, cl, n_boot=100)


def test_side_colours_are_fixed_for_the_guideline_sides():
    assert charts.side_colors(["taliban", "resistance", "unknown"]) == {
        "taliban": "#b2182b", "resistance": "#2166ac", "unknown": "#bdbdbd"}
    assert len(set(charts.SIDE_COLORS.values())) == len(charts.SIDE_COLORS)


def test_side_colours_of_another_conflict_come_from_its_lexicon_or_registry():
    lex = FIXTURES / "labels-marsh-war.yaml"
    colours = charts.side_colors(["crown", "fen"], lexicons=lex)
    assert colours["fen"] == "#1a9850" and colours["crown"] == charts.BELLIGERENT_COLORS[0]
    registry = SimpleNamespace(conflicts=[SimpleNamespace(sides={"crown": "", "fen": ""})])
    assert charts.side_colors(["crown", "fen"], actors=registry) == {
        "crown": charts.BELLIGERENT_COLORS[0], "fen": charts.BELLIGERENT_COLORS[1]}
    # stable for an unknown side: the same colour on every call
    assert charts.side_color("somebody") == charts.side_color("somebody")


def test_side_colours_match_the_report_helpers():
    report = pytest.importorskip("presslens.report")
    for side, colour in charts.SIDE_COLORS.items():
        assert report.side_colour(side) == colour


@pytest.mark.parametrize("name", ["voice", "labels", "hedging", "claims", "tone"])
def test_every_chart_states_its_scope(table, name):
    fig = charts.bias_charts(table)[name]
    assert isinstance(fig, Figure)
    titles = " ".join([ax.get_title(loc="left") + ax.get_title() for ax in fig.axes]
                      + ([fig._suptitle.get_text()] if fig._suptitle else []))
    assert "3 articles" in titles and "3 statements" in titles


def test_low_count_outlets_are_hatched(table):
    fig = charts.voice_bars(table)
    bars = [p for p in fig.axes[0].patches if p.get_width() > 0]
    assert bars and all(p.get_hatch() == charts.LOW_COUNT_HATCH for p in bars)  # 2 and 1 statements < 10
    fig = charts.voice_bars(table.assign(low_count=False))
    assert not any(p.get_hatch() for p in fig.axes[0].patches)


def test_voice_bars_use_the_side_colours(table):
    fig = charts.voice_bars(table.assign(low_count=False))
    colours = {matplotlib.colors.to_hex(p.get_facecolor()) for p in fig.axes[0].patches if p.get_width() > 0}
    assert colours <= {charts.SIDE_COLORS[s] for s in ("taliban", "resistance", "unknown")}


def test_empty_table_gives_a_message_not_an_error(table):
    fig = charts.voice_bars(table[table["measure"] == "nothing"])
    assert "nothing to show" in fig.axes[0].texts[0].get_text()
