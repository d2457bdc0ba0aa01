"""Screenshots of the reports for the README: python docs/screenshots/take.py OUTPUTS_DIR DEST_DIR.

Drives the system Chromium through Playwright (as tests/test_browser.py does); writes one PNG per report, the
top of the page (run, key findings, contents) at 1100 x 900 pixels, scaled down for the README.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright


def main(outputs: Path, dest: Path) -> None:
    exe = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
    if exe is None:
        sys.exit("no Chromium on PATH: `make browser` installs it (as root)")
    dest.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1100, "height": 900}, device_scale_factor=0.75)
        for report in sorted((outputs / "reports").glob("*.html")):
            page.goto(report.as_uri())
            page.wait_for_selector("body[data-tables-ready]", state="attached", timeout=60_000)
            page.screenshot(path=str(dest / f"{report.stem}.png"))
            print(dest / f"{report.stem}.png")
        page.goto((outputs / "index.html").as_uri())
        page.screenshot(path=str(dest / "index.png"))
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve())
