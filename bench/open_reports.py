"""Open each report of a run in headless Chromium (Playwright, the system browser as tests/test_browser.py uses it)
and print how long it takes to load and turn its tables interactive, with its size, tables, images and errors.

    .venv/bin/python bench/open_reports.py OUTPUTS_DIR        # e.g. the bench's --keep DIR/outputs

A report "opens" when the page has loaded offline, every interactive table is ready (body[data-tables-ready]
= the number of tables), no console or page error was raised and no request left the machine.
"""
from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path


def main(outputs: str) -> int:
    from playwright.sync_api import sync_playwright

    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        print("no Chromium on PATH (make browser installs it)", file=sys.stderr)
        return 2
    reports = sorted((Path(outputs) / "reports").glob("*.html"))
    bad = 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=["--no-sandbox", "--disable-gpu"])
        for report in reports:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            errors, remote = [], []
            page.on("console", lambda m: m.type == "error" and errors.append(m.text))
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:", "blob:"))
                       else (remote.append(r.request.url), r.abort()))
            t0 = time.perf_counter()
            page.goto(report.as_uri(), timeout=300_000)
            page.wait_for_selector("body[data-tables-ready]", timeout=300_000, state="attached")
            took = time.perf_counter() - t0
            tables = page.eval_on_selector_all("table.pl-table", "els => els.length")
            ready = page.get_attribute("body", "data-tables-ready")
            images = page.eval_on_selector_all("img", "els => els.filter(i => i.complete && i.naturalWidth > 0).length")
            findings = page.locator(".pl-findings li").count()
            ok = not errors and not remote and ready == str(tables)
            bad += not ok
            print(f"{report.name:<28} {report.stat().st_size / 2**20:5.1f} MB  opened in {took:5.1f} s  "
                  f"{tables} tables ({ready} interactive), {images} images, {findings} findings  "
                  + ("ok" if ok else f"PROBLEM errors={errors[:3]} remote={remote[:3]}"), flush=True)
            context.close()
        browser.close()
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
