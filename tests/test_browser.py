"""What a reporter clicks, in headless Chromium from Debian driven by Playwright.

Datasette serves the demo archive; screenshots of each step are kept in
tests/artifacts/ (git-ignored) for a person to look at after a run.
"""

import re
from dataclasses import replace
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
WITHHELD = (
    "Serious case review, Kingston and Richmond Local Safeguarding Children Board: "
    "withheld"
)

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


def no_horizontal_scroll(page) -> None:
    """The page fits the 1280 px window: nothing to scroll sideways."""
    widths = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], f"{page.url} is {widths[0]} px wide in {widths[1]}"


def test_search_leads_to_the_document_and_the_kept_pdf_page(datasette_url, page):
    page.goto(f"{datasette_url}/")
    page.fill("#casewatch-q", "serious case review")
    page.click("form.casewatch-search input[type=submit]")
    result = page.locator("article.card").filter(has_text=PACK_TITLE)
    result = result.filter(has=page.get_by_role("link", name="page 111", exact=True))
    expect(result).to_have_count(1)
    expect(result.locator("mark").first).to_have_text("Serious")
    expect(result).to_contain_text(WITHHELD)
    no_horizontal_scroll(page)
    screenshot(page, "search-1-results")

    result.get_by_role("link", name=PACK_TITLE).click()
    expect(page.locator("h1")).to_have_text(PACK_TITLE)
    mention = page.locator(".document-mentions article.card")
    expect(mention).to_have_count(1)
    expect(mention.locator("mark")).to_have_text("Serious Case Review")
    expect(mention.locator("a.original-page")).to_have_attribute(
        "href", re.compile(r"^http://127\.0\.0\.1:\d+/kingstonhospital/.+#page=111$")
    )
    no_horizontal_scroll(page)
    screenshot(page, "search-2-document")

    mention.get_by_role("link", name="page 111").click()
    page.wait_for_url(re.compile(r"/-/files/[0-9a-f]{64}#page=111$"))
    expect(pdf_viewer(page).locator("#pageSelector")).to_have_value("111")
    screenshot(page, "search-3-kept-pdf-page-111")


def test_a_reporter_finds_the_withheld_review_its_council_and_an_foi_draft(
    datasette_url, page
):
    """Issue 17's walk: front page, the withheld Kingston and Richmond review within
    three clicks, its council's page with the Ofsted chart, a lead's FOI draft."""
    page.goto(f"{datasette_url}/")
    expect(page.get_by_label("Search every page")).to_be_visible()
    screenshot(page, "reporter-1-front-page")

    page.get_by_role("link", name="Leads", exact=True).click()  # click 1
    lead = page.locator("article.card").filter(has_text=WITHHELD)
    expect(lead).to_have_count(1)
    expect(lead).to_contain_text("This has not been published due to risks")
    expect(lead).to_contain_text("29 July 2015")
    no_horizontal_scroll(page)
    screenshot(page, "reporter-2-leads")

    lead.get_by_role("link", name=WITHHELD).click()  # click 2: the review's page
    expect(page.locator("h1")).to_have_text(WITHHELD)
    expect(page.locator("blockquote.status-sentence")).to_contain_text(
        "not been published due to risks particularly in relation to e-safety"
    )
    no_horizontal_scroll(page)
    screenshot(page, "reporter-3-review")

    page.locator("dl").get_by_role("link", name="Kingston upon Thames").click()
    expect(page.locator("h1")).to_have_text("Kingston upon Thames")
    chart = page.locator("svg.ofsted-chart")
    expect(chart).to_be_visible()
    expect(chart).to_contain_text("Overall effectiveness")
    expect(chart).to_contain_text("December 2024")
    expect(chart).to_contain_text("Ofsted's published data")
    expect(chart.locator("g.judgement")).not_to_have_count(0)
    expect(page.locator("#leads article.card").first).to_contain_text(WITHHELD)
    no_horizontal_scroll(page)
    screenshot(page, "reporter-4-council")

    council_lead = page.locator("#leads article.card").filter(has_text=WITHHELD)
    council_lead.get_by_role("link", name="Draft an FOI request").click()
    draft = page.locator("pre.foi-draft")
    expect(draft).to_contain_text("Freedom of Information Act 2000")
    expect(draft).to_contain_text("Royal Borough of Kingston upon Thames")
    expect(draft).to_contain_text(f'"{PACK_TITLE}" (Kingston Hospital NHS')
    expect(draft).to_contain_text("page 111")
    expect(draft).to_contain_text("executive summary")
    no_horizontal_scroll(page)
    screenshot(page, "reporter-5-foi-draft")


@pytest.mark.parametrize(
    "answer",
    [
        "casewatch/new_mentions",
        "casewatch/latest_mentions",
        "casewatch/search?q=review",
        "casewatch/leads",
        "casewatch/reviews_by_council",
        "casewatch/ofsted_timeline?council=Kingston",
        "casewatch/source_health",
        "council/E09000028",
    ],
)
def test_card_pages_fit_a_1280_pixel_window(datasette_url, page, answer):
    page.goto(f"{datasette_url}/{answer}")
    expect(page.locator("h1")).to_be_visible()
    no_horizontal_scroll(page)


def test_a_reporter_unsubscribes_from_a_digests_link(demo_archive, datasette_url, page):
    """Issue 17's last step: the digest's own link, opened and pressed in Chromium,
    stops that reader's follows and no one else's."""
    from casewatch.alerts import private, subscriptions
    from casewatch.alerts.follows import follow
    from casewatch.alerts.send import send_alerts
    from tests.test_alerts_send import Inbox, settings, text

    reader, colleague = "browser-reader@example.org", "browser-colleague@example.org"
    path = private.default_path(demo_archive)
    db = private.open_private(path)
    for email in (reader, colleague):
        subscriptions.subscribe(db, email, follow(councils=["Richmond upon Thames"]))
    db.close()
    with Inbox() as inbox:
        send_alerts(
            demo_archive, replace(settings(inbox.port), public_url=datasette_url), path
        )
    (message,) = inbox.to(reader)
    (link,) = re.findall(r"Unsubscribe \(one click\): (\S+)", text(message))

    page.goto(link)
    expect(page.locator("h1")).to_have_text("Stop these e-mails?")
    screenshot(page, "unsubscribe-1-asked")
    page.get_by_role("button", name="Unsubscribe").click()
    expect(page.locator("h1")).to_have_text("You are unsubscribed")
    screenshot(page, "unsubscribe-2-done")

    following = {s.email for s in subscriptions.subscribers(private.open_private(path))}
    assert reader not in following
    assert colleague in following
