"""HTML export: an executed notebook -> one standalone, accessible report page (template, DataTables bundled),
and the audit that refuses live markup in it."""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from html.parser import HTMLParser
from pathlib import Path

from .. import config


TEMPLATE = config.DATA / "templates" / "report.html.j2"


def notebook_title(nb) -> str:
    """The first markdown heading of a notebook, else ''."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return ""


def _contents(nb) -> list[tuple[str, str]]:
    """(heading, anchor) of the `## ` headings after the key findings (the cell tagged `findings`), as nbconvert
    makes their ids: the report's contents list."""
    from nbconvert.filters.strings import _convert_header_id
    cells = list(nb.cells)
    start = next((i for i, c in enumerate(cells) if "findings" in c.metadata.get("tags", [])), -1)
    out = []
    for cell in cells[start + 1:]:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("## "):
                    title = line[3:].strip()
                    out.append((title, _convert_header_id(title)))
    return out


def _datatables_bundle() -> tuple[str, str] | None:
    """(base64 JavaScript, CSS) of the DataTables build shipped by itables, or None when itables is missing."""
    import base64
    try:
        import itables
    except ImportError:
        return None
    folder = Path(itables.__file__).parent / "html"
    js, css = folder / "dt_bundle.js", folder / "dt_bundle.css"
    if not (js.exists() and css.exists()):
        return None
    return base64.b64encode(js.read_bytes()).decode("ascii"), css.read_text(encoding="utf-8").replace("</", "<\\/")


#: one HTML start tag's attributes (quoted or bare values), for the accessibility edits of _report_exporter
_ATTRS = r"""(?:\s+[^\s=>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*"""
_TAG = re.compile(rf"<(div|img)\b({_ATTRS})(\s*/?)>", re.IGNORECASE)
_ATTR = re.compile(r"""\s+([^\s=>/"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?""")
_FOCUSABLE = {"jp-Cell-inputWrapper", "jp-OutputArea-output"}
NO_ALT = "No description has been provided for this image"


def _accessible(page: str) -> str:
    """nbconvert's HTMLExporter edits after rendering, on the markup itself: every cell input wrapper and
    output area focusable (tabindex="0"), every image without alt text given nbconvert's placeholder. nbconvert
    does this by parsing the whole page with BeautifulSoup and writing it out again: ~4 CPU s for a 4 MB report,
    the last step of a run-all; the same attributes set here by one regular-expression pass."""
    def edit(m: re.Match) -> str:
        tag, attrs, close = m.group(1).lower(), m.group(2), m.group(3)
        names = {a.group(1).lower(): a.group(2) for a in _ATTR.finditer(attrs)}
        if tag == "img" and "alt" not in names:
            return f'<{m.group(1)}{attrs} alt="{NO_ALT}"{close}>'
        if tag == "div" and "tabindex" not in names:
            value = (names.get("class") or "").strip("\"'")
            if _FOCUSABLE & set(value.split()):
                return f'<{m.group(1)}{attrs} tabindex="0"{close}>'
        return m.group(0)
    return _TAG.sub(edit, page)


def _report_exporter(**options):
    """nbconvert's HTMLExporter with its BeautifulSoup pass replaced by _accessible (the same attributes)."""
    from nbconvert import HTMLExporter
    from nbconvert.exporters.templateexporter import TemplateExporter
    from nbconvert.filters.highlight import Highlight2HTML
    from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

    class ReportExporter(HTMLExporter):
        def from_notebook_node(self, nb, resources=None, **kw):
            # HTMLExporter.from_notebook_node (nbconvert 7.16-7.17) without the parse and re-serialisation
            langinfo = nb.metadata.get("language_info", {})
            lexer = langinfo.get("pygments_lexer", langinfo.get("name", None))
            self.register_filter("highlight_code", self.filters.get(
                "highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self)))
            resources = self._init_resources(resources)
            self.register_filter("filter_data_type", WidgetsDataTypeFilter(
                notebook_metadata=self._nb_metadata, parent=self, resources=resources))
            page, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
            return _accessible(page), resources
    return ReportExporter(**options)


def render_html(notebook: str | os.PathLike, html_path: str | os.PathLike, *, show_code: bool = False,
                index_href: str | None = None) -> Path:
    """Executed notebook -> one standalone HTML file: code hidden unless show_code, images inline, no CDN scripts;
    a contents list after the key findings, a link back to `index_href`, and DataTables bundled for the tables."""
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    exporter = _report_exporter(template_file=TEMPLATE.name, extra_template_paths=[str(TEMPLATE.parent)],
                            exclude_input=not show_code, exclude_input_prompt=not show_code,
                            exclude_output_prompt=not show_code, embed_images=True)
    name = notebook_title(nb) or Path(notebook).stem
    from .. import __version__
    stamp = {"version": __version__, "notebook": Path(notebook).name,
             "generated": dt.datetime.now().isoformat(sep=" ", timespec="minutes"),
             "contents": _contents(nb), "index_href": index_href}
    bundle = _datatables_bundle()
    if bundle:
        stamp["datatables_js"], stamp["datatables_css"] = bundle
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": name, "path": str(Path(notebook).parent)},
                                                         "presslens": stamp})
    out = Path(html_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(body, encoding="utf-8")
    return out


class _MarkupAudit(HTMLParser):
    """Collects markup that could run code when a report is opened."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.findings: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and "data-presslens" not in attrs and attrs.get("type") not in SAFE_SCRIPT_TYPES:
            self.findings.append(f"<script {attrs.get('src') or ''}>".replace(" >", ">"))
        if tag in {"iframe", "object", "embed", "base", "meta"} and not (tag == "meta" and set(attrs) <= {"charset", "name", "content"}):
            self.findings.append(f"<{tag}>")
        for name, value in attrs.items():
            if name.startswith("on"):
                self.findings.append(f"<{tag} {name}=...>")
            if name in {"href", "src", "action", "formaction"} and (value or "").strip().lower().startswith("javascript:"):
                self.findings.append(f"<{tag} {name}=javascript:...>")

    handle_startendtag = handle_starttag


#: inline script types that hold data, not code (the lab template's are removed by report.html.j2 anyway)
SAFE_SCRIPT_TYPES = {"application/vnd.jupyter.widget-state+json", "application/json"}


def unsafe_markup(page: str) -> list[str]:
    """Markup in a report that would run something when opened: scripts not written by presslens, on*
    event handlers, javascript: URLs, frames. [] for a safe page. Article text must arrive escaped.

    >>> unsafe_markup("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"), unsafe_markup("<img src=x onerror=alert(1)>")
    ([], ['<img onerror=...>'])
    """
    audit = _MarkupAudit()
    audit.feed(page)
    audit.close()
    return audit.findings


def _error_page(title: str, message: str) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
            f"<body><h1>{html.escape(title)}</h1><p>This notebook did not run.</p>"
            f"<pre>{html.escape(message)}</pre></body></html>")
