"""The reports in a real browser: Chromium driven by Playwright on the smoke runs of tests/test_notebooks.py.

Uses the system Chromium (`make browser` apt-installs it when running as root; PRESSLENS_CHROMIUM names another
binary). Playwright's own browser downloads are never used. Skips, saying why, only when no browser can be had.
"""
from __future__ import annotations

import csv
import io
import os
import shutil
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from test_notebooks import NAMES, dravonia_suite, seeds_suite  # noqa: F401  (shared smoke-run fixtures)

pytestmark = [pytest.mark.slow, pytest.mark.browser]


def chromium_path() -> str | None:
    """The Chromium binary to drive: $PRESSLENS_CHROMIUM, else one on PATH."""
    env = os.environ.get("PRESSLENS_CHROMIUM")
    if env:
        return env
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: `make venv` installs it")
    path = chromium_path()
    if path is None:
        pytest.skip("no Chromium on this machine: `make browser` installs it as root (apt-get install -y chromium), "
                    "or set PRESSLENS_CHROMIUM to a Chromium binary")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


class Page:
    """A page opened from disk, with the console errors, page errors, dialogs and network requests it made."""

    def __init__(self, browser, path: Path, *, javascript: bool = True):
        self.context = browser.new_context(java_script_enabled=javascript, accept_downloads=True,
                                           viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.errors, self.dialogs, self.remote = [], [], []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

        def route(r):
            url = r.request.url
            if url.startswith(("file:", "data:", "blob:")):
                return r.continue_()
            self.remote.append(url)
            return r.abort()
        self.page.route("**/*", route)
        self.path = path
        self.page.goto(path.as_uri())
        if javascript and path.name != "index.html":
            self.page.wait_for_selector("body[data-tables-ready]", timeout=60_000, state="attached")

    def close(self):
        self.context.close()


@pytest.fixture
def open_page(browser):
    pages = []

    def _open(path: Path, **kw) -> Page:
        pages.append(Page(browser, path, **kw))
        return pages[-1]
    yield _open
    for p in pages:
        p.close()


def _pages(suite) -> list[Path]:
    return [suite["out"] / "index.html"] + [suite["out"] / "reports" / f"{n}.html" for n in NAMES]


def _check_links(pg: Page) -> list[str]:
    """Every link on the page that does not resolve: a missing #anchor or a missing local file."""
    hrefs = pg.page.eval_on_selector_all("a[href]", "els => els.map(a => a.getAttribute('href'))")
    broken = []
    for href in hrefs:
        if href.startswith("#"):
            if href != "#" and not pg.page.query_selector(f"[id='{unquote(href[1:])}']"):
                broken.append(href)
        elif href.startswith(("http://", "https://", "mailto:", "data:")):
            continue  # an article's own URL: not followed offline
        else:
            target = (pg.path.parent / unquote(urlparse(href).path)).resolve()
            if not target.exists():
                broken.append(href)
    return broken


@pytest.mark.parametrize("which", ["index"] + NAMES)
def test_page_loads_clean_offline(seeds_suite, open_page, which):
    path = _pages(seeds_suite)[0 if which == "index" else NAMES.index(which) + 1]
    pg = open_page(path)
    assert pg.errors == [], f"{path.name}: console errors {pg.errors}"
    assert pg.remote == [], f"{path.name}: requests to the network {pg.remote}"
    images = pg.page.eval_on_selector_all("img", "els => els.map(i => [i.complete && i.naturalWidth > 0, i.alt])")
    assert all(ok for ok, _ in images), f"{path.name}: an image does not decode"
    assert all(alt and "No description" not in alt for _, alt in images), f"{path.name}: an image without alt text"
    assert _check_links(pg) == [], f"{path.name}: broken links"
    if which != "index":
        assert len(images) >= 1
        n_tables = pg.page.eval_on_selector_all("table.pl-table", "els => els.length")
        assert pg.page.get_attribute("body", "data-tables-ready") == str(n_tables), "the tables did not turn interactive"
        assert pg.page.locator(".pl-findings li").count() >= 3
        assert pg.page.locator("nav.pl-contents a").count() >= 3
        assert pg.page.locator("nav.pl-back a").get_attribute("href") == "../index.html"


def _rows(pg: Page, table: str) -> list[list[str]]:
    return pg.page.eval_on_selector_all(f"#table-{table} table.pl-table tbody tr",
                                        "trs => trs.map(tr => Array.from(tr.cells).map(td => td.innerText.trim()))")


def _info(pg: Page, table: str) -> str:
    return pg.page.inner_text(f"#table-{table} .dt-info")


def test_a_table_sorts_filters_and_downloads(seeds_suite, open_page, tmp_path):
    pg = open_page(seeds_suite["out"] / "reports" / "03_quote_attribution.html")
    total = int(pg.page.get_attribute("#table-statements table.pl-table", "data-total"))
    assert total > 10
    assert _info(pg, "statements") == f"Showing 1 to 10 of {total} rows"
    assert len(_rows(pg, "statements")) == 10                                      # paged
    headers = pg.page.eval_on_selector_all("#table-statements thead tr:first-child th",
                                           "ths => ths.map(th => th.innerText.trim())")
    col = headers.index("speaker")
    header = f"#table-statements thead tr:first-child th:nth-child({col + 1})"
    pg.page.click(f"{header} .dtcc-button_order")
    pg.page.wait_for_selector(f"{header}.dt-ordering-asc")      # the redraw is asynchronous on a busy machine
    first = [r[col] for r in _rows(pg, "statements")]
    assert first == sorted(first, key=str.lower), first                            # sorted ascending
    pg.page.click(f"{header} .dtcc-button_order")
    pg.page.wait_for_selector(f"{header}.dt-ordering-desc")
    again = [r[col] for r in _rows(pg, "statements")]
    assert again == sorted(again, key=str.lower, reverse=True) and again != first  # and descending
    # per-column filter: the outlet column, second header row
    outlet_col = headers.index("outlet")
    pg.page.fill(f"#table-statements thead tr:nth-child(2) td:nth-child({outlet_col + 1}) input", "News18")
    pg.page.wait_for_function("() => document.querySelector('#table-statements .dt-info').innerText"
                              ".includes('filtered from')")
    rows = _rows(pg, "statements")
    assert rows and all(r[outlet_col] == "News18" for r in rows)
    assert "filtered from" in _info(pg, "statements")
    filtered = int(_info(pg, "statements").split(" of ")[1].split()[0])
    assert 0 < filtered < total
    # CSV download of the (filtered) rows, and the whole table beside the report
    with pg.page.expect_download() as dl:
        pg.page.click("#table-statements .buttons-csv")
    got = [r for r in csv.reader(io.StringIO(Path(dl.value.path()).read_text(encoding="utf-8-sig"))) if r]
    assert got[0][:2] == ["outlet", "published"] and len(got) == filtered + 1
    href = pg.page.get_attribute("#table-statements a.pl-download", "href")
    full = list(csv.DictReader(io.StringIO((pg.path.parent / href).read_text(encoding="utf-8"))))
    assert len(full) == total and "quote_id" in full[0]


def test_tables_are_readable_without_javascript(seeds_suite, open_page):
    pg = open_page(seeds_suite["out"] / "reports" / "02_casualty_tallies.html", javascript=False)
    total = int(pg.page.get_attribute("#table-claims table.pl-table", "data-total"))
    assert pg.page.locator("#table-claims tbody tr").count() == total > 10       # every embedded row, unpaged
    assert pg.page.locator(".pl-findings li").count() >= 3
    assert pg.page.locator("img").first.evaluate("i => i.complete && i.naturalWidth > 0")


@pytest.mark.parametrize("which", NAMES)
def test_hostile_article_markup_never_runs(dravonia_suite, open_page, which):
    pg = open_page(dravonia_suite["out"] / "reports" / f"{which}.html")
    assert pg.dialogs == [], f"{which}: article markup ran: {pg.dialogs}"
    assert pg.errors == [] and pg.remote == []
    injected = pg.page.evaluate("() => Array.from(document.querySelectorAll('img')).filter(i => !i.src.startsWith('data:')).length")
    assert injected == 0, f"{which}: an <img> from article text became an element"
    if which.startswith(("01", "02", "03")):
        body = pg.page.inner_text("body")
        assert "onerror=alert(" in body or "<script>alert(" in body, f"{which}: the hostile text should show, as text"


def test_screenshot_of_each_report(seeds_suite, open_page, tmp_path):
    """Each report renders to a non-blank screenshot (docs/screenshots/ holds the committed ones)."""
    for name in NAMES:
        pg = open_page(seeds_suite["out"] / "reports" / f"{name}.html")
        png = pg.page.screenshot(path=str(tmp_path / f"{name}.png"))
        assert len(png) > 20_000, f"{name}: screenshot looks blank"
