"""Charts: title and empty-chart helpers, and figures as SVG (or PNG when large) with alt text."""

from __future__ import annotations

import html

import matplotlib.pyplot as plt


def _finish(fig, ax, title: str):
    ax.set_title(title, loc="left", fontsize=11)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
    fig.tight_layout()
    plt.close(fig)  # displayed once, as the cell's value
    return fig


def _empty(title: str, message: str = "nothing to show for this corpus and filter"):
    fig, ax = plt.subplots(figsize=(7, 1.2))
    ax.axis("off")
    ax.text(0, 0.5, message, fontsize=10, color="#555")
    fig.presslens_summary = f"An empty chart: {message}"
    return _finish(fig, ax, title)


# ----------------------------------------------------------------------------------------- charts as SVG

def describe_figure(fig) -> str:
    """Alt text for a chart: its title, what each axis shows, the legend, and the values it plots (short)."""
    parts = []
    title = fig._suptitle.get_text() if getattr(fig, "_suptitle", None) is not None else ""
    for ax in fig.axes:
        if ax.get_label() == "<colorbar>":
            continue
        t = ax.get_title(loc="left") or ax.get_title()
        if t and t not in title:
            title = (title + ". " if title else "") + t
    if title:
        parts.append(" ".join(title.split()))
    summary = getattr(fig, "presslens_summary", "")
    if summary:
        parts.append(summary if len(summary) <= 500 else summary[:499].rsplit(" ", 1)[0] + " …")
    for ax in fig.axes:
        if ax.get_label() == "<colorbar>":
            continue
        x, y = ax.get_xlabel(), ax.get_ylabel()
        if x or y:
            parts.append("; ".join(s for s in (f"horizontal axis: {x}" if x else "", f"vertical axis: {y}" if y else "")
                                   if s))
        legend = ax.get_legend()
        if legend is not None:
            names = [t.get_text() for t in legend.get_texts()]
            heading = legend.get_title().get_text()
            parts.append(f"legend{' (' + heading + ')' if heading else ''}: " + ", ".join(names))
    return ". ".join(p.rstrip(".") for p in parts if p) + "." if parts else "Chart."


#: an SVG chart larger than this is embedded as PNG instead
SVG_MAX_BYTES = 600_000


def figure_html(fig, alt: str | None = None) -> str:
    """A Figure -> <figure> with the chart as an SVG image and alt text that says what it shows."""
    import base64
    import io
    buf = io.BytesIO()
    with plt.rc_context({"svg.fonttype": "none", "svg.hashsalt": "presslens"}):
        fig.savefig(buf, format="svg", bbox_inches="tight")
    mime = "image/svg+xml"
    if buf.tell() > SVG_MAX_BYTES:  # thousands of marks (a large corpus): a PNG stays small
        buf = io.BytesIO()
        fig.savefig(buf, format="png", bbox_inches="tight", dpi=110)
        mime = "image/png"
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    alt = alt or getattr(fig, "presslens_alt", None) or describe_figure(fig)
    width = int(fig.get_figwidth() * 96)
    return (f"<figure class='pl-chart'><img src='data:{mime};base64,{data}' alt='{html.escape(alt)}' "
            f"style='max-width:100%;width:{width}px'></figure>")
