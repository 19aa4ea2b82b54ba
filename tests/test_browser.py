"""The brief and the eval report in a real headless Chromium (Debian's package, driven by Playwright).

Run with `pytest -m browser`; `make test` installs the browser (`apt-get install chromium-headless-shell`).
"""

import os
import shutil
from pathlib import Path

import pytest

from summarizer import api
from summarizer.settings import Settings
from tests.conftest import SEEDS

pytestmark = pytest.mark.browser
BROWSERS = ("/usr/bin/chromium-headless-shell", "/usr/bin/chromium", "/usr/bin/chromium-browser")
PHONE_WIDTH = 390


def browser_path() -> str:
    found = os.environ.get("SUMMARIZER_TEST_BROWSER") or next((b for b in BROWSERS if Path(b).exists()), None)
    if not found:
        pytest.fail("no Chromium: run `apt-get install chromium-headless-shell` (make test does it)")
    return found


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=browser_path(), args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    out = tmp_path_factory.mktemp("pages")
    api.summarize_files([str(p) for p in SEEDS], Settings.load(), out_dir=out / "brief", replay=True)
    from click.testing import CliRunner

    from summarizer.cli import main

    CliRunner().invoke(main, ["eval", "--out", str(out / "eval"), "--no-baseline"])
    return {"brief": out / "brief" / "brief.html", "report": out / "eval" / "report.html"}


CHECKS = """() => {
  const ids = new Set([...document.querySelectorAll('[id]')].map(e => e.id));
  const broken = [...document.querySelectorAll('a[href^="#"]')].map(a => a.getAttribute('href').slice(1))
                  .filter(id => id && !ids.has(id));
  // a wide table inside a box that scrolls sideways is reachable; text outside the window with no such box is not
  const inScrollBox = e => {
      for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
          const o = getComputedStyle(p).overflowX;
          const r = p.getBoundingClientRect();
          if ((o === 'auto' || o === 'scroll') && r.right <= window.innerWidth + 1 && r.left >= -1) return true;
      }
      return false;
  };
  const wide = [...document.querySelectorAll('body *')].filter(e => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1) && !inScrollBox(e);
  }).map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').slice(0, 40));
  return {broken, wide, scroll: document.documentElement.scrollWidth, width: window.innerWidth,
          viewport: !!document.querySelector('meta[name="viewport"]')};
}"""


@pytest.mark.parametrize("name", ["brief", "report"])
@pytest.mark.parametrize("width", [PHONE_WIDTH, 1280])
def test_page_has_no_console_errors_broken_links_or_overflow(browser, pages, name, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(pages[name].as_uri())
    result = page.evaluate(CHECKS)
    page.close()
    assert errors == []
    assert result["viewport"], 'missing <meta name="viewport">'
    assert result["broken"] == [], "in-page links to no element"
    assert result["scroll"] <= result["width"], "the page scrolls sideways"
    assert result["wide"] == [], "text runs out of the window"


def test_a_quote_link_jumps_to_the_quote_and_highlights_it(browser, pages):
    page = browser.new_page(viewport={"width": PHONE_WIDTH, "height": 800})
    page.goto(pages["brief"].as_uri())
    link = page.locator('a.q[href^="#q-"]').first
    target = link.get_attribute("href")
    plain = page.eval_on_selector(target, "e => getComputedStyle(e).backgroundColor")
    link.click()
    assert page.url.endswith(target)
    lit = page.eval_on_selector(target, "e => getComputedStyle(e).backgroundColor")
    assert lit != plain, "the quote the link jumps to is highlighted"
    page.close()


def test_the_timeline_has_a_date_axis_undated_events_and_article_titles(browser, pages):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(pages["brief"].as_uri())
    assert page.locator(".axis .tlabel").count() >= 1
    assert page.locator(".axis .mk").count() >= 1
    assert page.locator("h3", has_text="Undated").count() == 1
    title = SEEDS[1].read_text(encoding="utf-8").splitlines()[0].strip()
    assert page.get_by_text(title, exact=False).count() >= 1
    page.close()


def test_chromium_is_on_this_machine():
    assert shutil.which(Path(browser_path()).name) or Path(browser_path()).exists()


def test_the_overflow_check_flags_text_out_of_the_window_but_not_a_table_in_a_scroll_box(browser, tmp_path):
    wide = "<table><tr>" + "<td>column&nbsp;with&nbsp;long&nbsp;text</td>" * 12 + "</tr></table>"
    page = browser.new_page(viewport={"width": PHONE_WIDTH, "height": 800})
    for html, flagged in ((wide, True), (f'<div style="overflow-x:auto;max-width:100%">{wide}</div>', False)):
        path = tmp_path / "probe.html"
        path.write_text(f'<!doctype html><meta name="viewport" content="width=device-width"><body>{html}</body>')
        page.goto(path.as_uri())
        assert bool(page.evaluate(CHECKS)["wide"]) is flagged
    page.close()
