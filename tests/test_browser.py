"""What a reporter clicks, in headless Chromium from Debian driven by Playwright.

Datasette serves the demo archive; screenshots of each step are kept in
tests/artifacts/ (git-ignored) for a person to look at after a run.
"""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
# Headless, offline and quiet: no sandbox (CI runs as root), no GPU, no QUIC, no
# first-run pages, updates, sync or background requests to Google.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).parent / "artifacts"
PACK_TITLE = "Trust Board Part 1 - July 2015"

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium: apt-get install chromium"
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Chromium with a fresh profile, used through Playwright without its downloads."""
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            tmp_path_factory.mktemp("chromium-profile"),
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 900},
        )
        yield context
        context.close()


@pytest.fixture
def page(browser):
    page = browser.new_page()
    yield page
    page.close()


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)


def pdf_viewer(page):
    """Chromium's own PDF viewer, an extension frame whose page box shows the page
    the #page=N fragment opened."""
    for _ in range(100):
        for frame in page.frames:
            if frame.url.startswith("chrome-extension://"):
                return frame
        page.wait_for_timeout(100)
    pytest.fail("Chromium's PDF viewer did not open")


def test_search_leads_to_the_document_and_the_kept_pdf_page(datasette_url, page):
    page.goto(f"{datasette_url}/")
    page.fill("#casewatch-q", "serious case review")
    page.click("form.casewatch-search input[type=submit]")
    result = page.locator("table.rows-and-columns tbody tr").filter(has_text=PACK_TITLE)
    result = result.filter(has=page.get_by_role("link", name="p. 111", exact=True))
    expect(result).to_have_count(1)
    expect(result.locator("mark").first).to_have_text("Serious")
    screenshot(page, "search-1-results")

    result.get_by_role("link", name=PACK_TITLE).click()
    expect(page.locator("h1")).to_have_text(PACK_TITLE)
    mention = page.locator("table.document-mentions tbody tr")
    expect(mention).to_have_count(1)
    expect(mention.locator("mark")).to_have_text("Serious Case Review")
    expect(mention.locator("a.original-page")).to_have_attribute(
        "href", re.compile(r"^http://127\.0\.0\.1:\d+/kingstonhospital/.+#page=111$")
    )
    screenshot(page, "search-2-document")

    mention.get_by_role("link", name="p. 111").click()
    page.wait_for_url(re.compile(r"/-/files/[0-9a-f]{64}#page=111$"))
    expect(pdf_viewer(page).locator("#pageSelector")).to_have_value("111")
    screenshot(page, "search-3-kept-pdf-page-111")


def test_leads_list_shows_the_unpublished_review_from_the_demo(datasette_url, page):
    page.goto(f"{datasette_url}/casewatch/leads")
    lead = page.locator("table.rows-and-columns tbody tr").filter(
        has_text=re.compile(r"\bSCR\b")
    )
    lead = lead.filter(has_text=re.compile("Kingston|Richmond"))
    lead = lead.filter(has_text=re.compile(r"not (been )?published"))
    expect(lead).not_to_have_count(0)
    screenshot(page, "leads")
