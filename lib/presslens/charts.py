"""Matplotlib charts of the suite, with one colour per side across every chart.

Every notebook takes its colours from `side_colors()` so that "taliban" is the same red in the
casualty tally, the quote chart and the bias profile. Charts take the tidy table of
`presslens.bias.measures(...)` (or the label table of `bias.find_labels`) and return a Figure
whose title states the scope (n articles, n statements); low-count outlets are hatched and faded.

    from presslens import bias, charts
    table = bias.measures(corpus, quotes, claims)
    fig = charts.voice_bars(table)
"""
from __future__ import annotations

import zlib
from collections.abc import Iterable

import matplotlib
import matplotlib.pyplot as plt
import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib.patches import Patch

#: the guideline sides (../shared/eval/GUIDELINES.md) and the article's own voice; colour-blind-safe
SIDE_COLORS: dict[str, str] = {
    "taliban": "#b2182b",      # belligerent A: red
    "resistance": "#2166ac",   # belligerent B: blue
    "civilian": "#1b9e77",
    "un": "#5ab4ac",
    "ngo": "#8c6bb1",
    "foreign_gov": "#e08214",
    "expert": "#bf812d",
    "media": "#878787",
    "religious": "#7570b3",
    "former_gov": "#c7a76c",
    "both": "#542788",
    "unknown": "#bdbdbd",
    "article": "#404040",      # the outlet's own voice (claims with no claimant)
}
#: colours for the two (or more) warring sides of another conflict, in the order its lexicon lists them
BELLIGERENT_COLORS = ["#b2182b", "#2166ac", "#35978f", "#d6604d", "#4393c3", "#762a83"]
_FALLBACK = ["#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494", "#b3b3b3"]
LOW_COUNT_HATCH = "///"
LOW_COUNT_ALPHA = 0.45


def side_colors(sides: Iterable[str] | None = None, *, lexicons=None, actors=None) -> dict[str, str]:
    """Side label -> hex colour, the same in every chart and notebook of the suite.

    Known sides keep their fixed colour; an actor registry's belligerents take BELLIGERENT_COLORS in
    registry order (as presslens.report does); a label lexicon's `color:` wins for its sides, its other
    sides take the unused BELLIGERENT_COLORS; anything else a colour fixed by its name.

    >>> side_colors(["taliban", "resistance"])
    {'taliban': '#b2182b', 'resistance': '#2166ac'}
    """
    colors = dict(SIDE_COLORS)
    if actors is not None:  # an actor registry (presslens.actors): its belligerents in registry order
        belligerents = [s for c in getattr(actors, "conflicts", ()) for s in getattr(c, "sides", {})
                        if s not in SIDE_COLORS]
        belligerents = list(dict.fromkeys(belligerents))
        for i, side in enumerate(belligerents):
            colors[side] = BELLIGERENT_COLORS[i % len(BELLIGERENT_COLORS)]
    else:
        belligerents = []
    if lexicons is not None:
        from .bias import load_lexicons
        lex = load_lexicons(lexicons)
        free = [c for c in BELLIGERENT_COLORS if c not in lex.colors().values()]
        for side in lex.side_names:
            if side in belligerents:
                continue  # the registry decides, as in presslens.report
            if side in lex.colors():
                colors[side] = lex.colors()[side]
            elif side not in SIDE_COLORS:
                colors[side] = free.pop(0) if free else _by_name(side)
    if sides is None:
        return colors
    return {s: colors.get(s) or _by_name(s) for s in sides}


def side_color(side: str, *, lexicons=None, actors=None) -> str:
    """The colour of one side."""
    return side_colors([side], lexicons=lexicons, actors=actors)[side]


def _by_name(side: str) -> str:
    return _FALLBACK[zlib.crc32(str(side).encode()) % len(_FALLBACK)]


def side_order(sides: Iterable[str], *, lexicons=None) -> list[str]:
    """Sides in a stable reading order: belligerents first (lexicon order), then the guideline sides."""
    sides = list(dict.fromkeys(s for s in sides if pd.notna(s)))
    first = []
    if lexicons is not None:
        from .bias import load_lexicons
        first = load_lexicons(lexicons).side_names
    rank = {s: i for i, s in enumerate([*first, *SIDE_COLORS])}
    return sorted(sides, key=lambda s: (rank.get(s, len(rank)), s))


# --------------------------------------------------------------------------- helpers

def scope(table: pd.DataFrame, *, by: str = "outlet") -> str:
    """'n articles, n statements' for a chart title, from a measures table."""
    n_articles = int(table.groupby(by)["n_articles"].first().sum()) if len(table) else 0
    parts = [f"{n_articles} article{'s' if n_articles != 1 else ''}"]
    for measure, unit in (("voice", "statements"), ("claims_claimant", "claims")):
        rows = table[table["measure"] == measure]
        if len(rows):
            n = int(rows.groupby(by)["den"].first().sum())
            parts.append(f"{n} {unit if n != 1 else unit[:-1]}")
    return ", ".join(parts)


def _title(ax, what: str, table: pd.DataFrame, by: str) -> None:
    ax.set_title(f"{what}\n({scope(table, by=by)}; hatched = below the minimum count)", fontsize=11, loc="left")


def _done(fig: plt.Figure) -> plt.Figure:
    """Close the figure so a notebook shows it once, as the cell's value (as presslens.report does)."""
    plt.close(fig)
    return fig


def _empty(what: str) -> plt.Figure:
    fig, ax = plt.subplots(figsize=(7, 1.6))
    ax.axis("off")
    ax.text(0.01, 0.5, f"{what}: nothing to show for this corpus.", fontsize=11, va="center")
    fig.presslens_summary = f"An empty chart: {what}: nothing to show for this corpus"
    return _done(fig)


def _low(table: pd.DataFrame, by: str, unit: str) -> dict[str, bool]:
    rows = table[table["unit"] == unit]
    return rows.groupby(by)["low_count"].first().to_dict() if len(rows) else {}


def _outlet_label(name: str, n: float, unit: str) -> str:
    return f"{name}\n(n={int(n)} {unit})"


# --------------------------------------------------------------------------- charts

def voice_bars(table: pd.DataFrame, *, by: str = "outlet", lexicons=None, actors=None, measure: str = "voice",
               title: str = "Who is given a voice: share of statements by speaker side") -> plt.Figure:
    """Stacked horizontal bars: share of statements by speaker side per outlet (also claims_claimant)."""
    rows = table[table["measure"] == measure]
    if rows.empty:
        return _empty(title)
    unit = rows["unit"].iloc[0]
    share = rows.pivot_table(index=by, columns="side", values="rate", aggfunc="first").fillna(0)
    dens = rows.groupby(by)["den"].first()
    low = rows.groupby(by)["low_count"].first()
    sides = side_order(share.columns, lexicons=lexicons)
    colors = side_colors(sides, lexicons=lexicons, actors=actors)
    outlets = list(share.index)[::-1]
    fig, ax = plt.subplots(figsize=(9, 0.6 * len(outlets) + 2.2))
    left = np.zeros(len(outlets))
    for side in sides:
        vals = share.loc[outlets, side].to_numpy() * 100
        for i, o in enumerate(outlets):
            ax.barh(i, vals[i], left=left[i], color=colors[side], edgecolor="white",
                    hatch=LOW_COUNT_HATCH if low[o] else None, alpha=LOW_COUNT_ALPHA if low[o] else 1.0)
            if vals[i] >= 8:
                ax.text(left[i] + vals[i] / 2, i, f"{vals[i]:.0f}%", ha="center", va="center", fontsize=8,
                        color="white")
        left += vals
    ax.set_yticks(range(len(outlets)), [_outlet_label(o, dens[o], unit) for o in outlets], fontsize=9)
    ax.set_xlim(0, 100)
    ax.set_xlabel(f"share of {unit} (%)")
    ax.set_ylabel(f"outlet (n = {unit})")
    ax.spines[["top", "right"]].set_visible(False)
    fig.presslens_summary = "Largest share per outlet: " + "; ".join(
        f"{o}: {share.loc[o].idxmax().replace('_', ' ')} {100 * share.loc[o].max():.0f}% of {int(dens[o])} {unit}"
        for o in outlets[::-1])
    ax.legend(handles=[Patch(color=colors[s], label=s.replace("_", " ")) for s in sides], title="side",
              bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8, frameon=False)
    _title(ax, title, table, by)
    fig.tight_layout()
    return _done(fig)


def claims_bars(table: pd.DataFrame, *, by: str = "outlet", lexicons=None, actors=None) -> plt.Figure:
    """Stacked bars: casualty claims carried per outlet by claimant side ("article" = own voice)."""
    return voice_bars(table, by=by, lexicons=lexicons, actors=actors, measure="claims_claimant",
                      title="Whose word: casualty claims carried, by claimant side")


def label_heatmap(table: pd.DataFrame, *, by: str = "outlet", lexicons=None, actors=None, min_uses: int = 1,
                  include_names: bool = True) -> plt.Figure:
    """Heatmap of label use per 1,000 words: rows side/label, columns outlet x (own voice | quoted)."""
    rows = table[table["measure"].isin(["label_article", "label_quoted"])]
    if rows.empty:
        return _empty("Label use")
    used = rows.groupby(["side", "item"])["n"].sum()
    keep = used[used >= min_uses].index
    rows = rows.set_index(["side", "item"]).loc[lambda d: d.index.isin(keep)].reset_index()
    if not include_names and lexicons is not None:
        from .bias import load_lexicons
        names = {(lab.side, lab.label) for lab in load_lexicons(lexicons).labels if lab.kind == "name"}
        rows = rows[[(s, i) not in names for s, i in zip(rows["side"], rows["item"])]]
    if rows.empty:
        return _empty("Label use")
    rows = rows.assign(voice=rows["measure"].str.replace("label_", "", regex=False).replace({"article": "own voice"}))
    rate = rows.pivot_table(index=["side", "item"], columns=[by, "voice"], values="rate", aggfunc="first").fillna(0)
    count = rows.pivot_table(index=["side", "item"], columns=[by, "voice"], values="n", aggfunc="first").fillna(0)
    sides = side_order(rate.index.get_level_values(0), lexicons=lexicons)
    rate = rate.reindex(sorted(rate.index, key=lambda k: (sides.index(k[0]), k[1].lower())))
    count = count.reindex(rate.index)
    low = _low(table, by, "words")
    fig, ax = plt.subplots(figsize=(1.0 * rate.shape[1] + 4, 0.32 * rate.shape[0] + 2.6))
    im = ax.imshow(rate.to_numpy(), aspect="auto", cmap="Greys", vmin=0)
    for (i, j), n in np.ndenumerate(count.to_numpy()):
        if n:
            v = rate.to_numpy()[i, j]
            ax.text(j, i, f"{int(n)}", ha="center", va="center", fontsize=7,
                    color="white" if v > 0.6 * max(rate.to_numpy().max(), 1e-9) else "black")
    for j, (outlet, _) in enumerate(rate.columns):
        if low.get(outlet):
            ax.add_patch(plt.Rectangle((j - 0.5, -0.5), 1, rate.shape[0], fill=False, hatch=LOW_COUNT_HATCH,
                                       edgecolor="#d0d0d0", linewidth=0))
    ax.set_xticks(range(rate.shape[1]), [f"{o}\n{v}" for o, v in rate.columns], rotation=45, ha="right", fontsize=8)
    colors = side_colors(sides, lexicons=lexicons, actors=actors)
    ax.set_yticks(range(rate.shape[0]), [f"{s.replace('_', ' ')}: {lab}" for s, lab in rate.index], fontsize=8)
    for tick, (s, _) in zip(ax.get_yticklabels(), rate.index):
        tick.set_color(colors[s])
    fig.colorbar(im, ax=ax, label="uses per 1,000 words (cell text = count)", shrink=0.7)
    ax.set_xlabel("outlet and voice (own voice or quoted)")
    ax.set_ylabel("side: label")
    top = count.sum(axis=1).sort_values(ascending=False).head(5)
    fig.presslens_summary = (f"Heatmap of {rate.shape[0]} labels by {rate.shape[1]} outlet-and-voice columns; most used: "
                             + ", ".join(f"{lab} ({s.replace('_', ' ')}, {int(n)} uses)" for (s, lab), n in top.items()))
    _title(ax, "How each side is named: labels in the outlet's own voice vs inside quotes", table, by)
    fig.tight_layout()
    return _done(fig)


def rate_dots(table: pd.DataFrame, *, by: str = "outlet", lexicons=None, actors=None,
              panels: Iterable[tuple[str, str, str | None, str | None]] | None = None) -> plt.Figure:
    """Dot plot with bootstrap intervals: verification phrases, distancing cues, hedged claims per outlet.

    panels: (title, measure, side, item) tuples; default hedging per 1,000 words, distancing share by
    speaker side, and share of hedged claims. Hollow markers = below the minimum count.
    """
    if panels is None:
        panels = [("verification phrases per 1,000 words", "verification", None, "all"),
                  ("share of statements with a distancing cue, by speaker side", "cue_type", "*", "distancing"),
                  ("share of casualty claims hedged", "hedged_claims", None, "hedged")]
    panels = [p for p in panels if (table["measure"] == p[1]).any()]
    if not panels:
        return _empty("Hedging and distancing")
    outlets = sorted(table[by].dropna().unique())[::-1]
    fig, axes = plt.subplots(1, len(panels), figsize=(4.2 * len(panels) + 1.5, 0.5 * len(outlets) + 2.4),
                             sharey=True, squeeze=False)
    for ax, (ptitle, measure, side, item) in zip(axes[0], panels):
        rows = table[(table["measure"] == measure)]
        if item is not None:
            rows = rows[rows["item"] == item]
        if side is None:
            groups = [(None, rows)]
        elif side == "*":
            rows = rows[rows["side"] != "all"]
            groups = [(s, rows[rows["side"] == s]) for s in side_order(rows["side"].unique(), lexicons=lexicons)]
        else:
            groups = [(side, rows[rows["side"] == side])]
        offsets = np.linspace(-0.25, 0.25, len(groups)) if len(groups) > 1 else [0.0]
        for off, (s, g) in zip(offsets, groups):
            color = side_color(s, lexicons=lexicons, actors=actors) if s else "#404040"
            for _, r in g.iterrows():
                if r[by] not in outlets or pd.isna(r["rate"]):
                    continue
                y = outlets.index(r[by]) + off
                if pd.notna(r["lo"]):
                    ax.hlines(y, r["lo"], r["hi"], color=color, linewidth=1.6, alpha=0.8)
                ax.plot(r["rate"], y, "o", markersize=7, color=color,
                        markerfacecolor="white" if r["low_count"] else color)
                note = {"words": f"{int(r['n'])}", "sentences": f"{int(r['den'])}"}.get(
                    r["unit"], f"{int(r['n'])}/{int(r['den'])}")
                ax.annotate(note,
                            (r["rate"], y), textcoords="offset points", xytext=(5, 4), fontsize=7)
        if side == "*":
            ax.legend(handles=[Patch(color=side_color(s, lexicons=lexicons, actors=actors), label=s.replace("_", " "))
                               for s, _ in groups], fontsize=7, frameon=False, loc="lower right")
        ax.set_title(ptitle, fontsize=9)
        if len(rows) and rows["unit"].isin(["statements", "claims", "paragraphs", "lines"]).all():
            ax.set_xlim(0, 1.08)  # shares: the whole 0-100% axis, so small bases do not look large
            ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
            ax.set_xlabel(f"share of {rows['unit'].iloc[0]} (%)")
        else:
            ax.set_xlim(left=0)
            ax.set_xlabel({"words": "per 1,000 words", "sentences": "mean score"}.get(
                rows["unit"].iloc[0] if len(rows) else "", "rate"))
        ax.grid(axis="x", color="#eeeeee")
        ax.spines[["top", "right"]].set_visible(False)
    axes[0][0].set_yticks(range(len(outlets)), outlets, fontsize=9)
    axes[0][0].set_ylabel("outlet")
    fig.suptitle(f"Hedging and distancing, with 95% bootstrap intervals over articles\n({scope(table, by=by)}; "
                 "hollow = below the minimum count; labels = count/base)", fontsize=11, x=0.01, ha="left")
    fig.tight_layout()
    return _done(fig)


def tone_dots(table: pd.DataFrame, *, by: str = "outlet", lexicons=None, actors=None) -> plt.Figure:
    """Dot plot: mean VADER compound of own-voice sentences mentioning each side, per outlet, with intervals."""
    rows = table[table["measure"] == "tone"]
    if rows.empty:
        return _empty("Tone")
    fig = rate_dots(rows, by=by, lexicons=lexicons, actors=actors,
                    panels=[("mean VADER compound (-1 negative .. +1 positive)", "tone", "*", None)])
    ax = fig.axes[0]
    ax.set_xlim(-1, 1)
    ax.set_xlabel("mean VADER compound score (-1 negative to +1 positive)")
    ax.axvline(0, color="#999999", linewidth=0.8)
    fig.suptitle(f"Tone of the outlet's own sentences that mention each side\n({scope(table, by=by)}; "
                 "hollow = fewer sentences than the minimum; labels = sentences)", fontsize=11, x=0.01, ha="left")
    return _done(fig)


def bias_charts(table: pd.DataFrame, *, by: str = "outlet", lexicons=None, actors=None) -> dict[str, plt.Figure]:
    """All the charts of the source-bias notebook, by name."""
    return {"voice": voice_bars(table, by=by, lexicons=lexicons, actors=actors),
            "labels": label_heatmap(table, by=by, lexicons=lexicons, actors=actors),
            "hedging": rate_dots(table, by=by, lexicons=lexicons, actors=actors),
            "claims": claims_bars(table, by=by, lexicons=lexicons, actors=actors),
            "tone": tone_dots(table, by=by, lexicons=lexicons, actors=actors)}
