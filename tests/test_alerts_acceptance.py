"""The digest a Kingston reporter gets from the demo archive, as they get it: through
a real SMTP server (aiosmtpd), its links opened on the archive's real Datasette, its
HTML looked at in headless Chromium at 600 pixels, and its unsubscribe pressed.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from casewatch.alerts import private, subscriptions
from casewatch.alerts.follows import follow
from casewatch.alerts.send import send_alerts
from tests.test_alerts_send import Inbox, html, settings, text

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
READER, COLLEAGUE = "acceptance-reader@example.org", "acceptance-colleague@example.org"


def fetch(url: str, data: bytes | None = None) -> tuple[int, str]:
    """GET (or POST `data`) as a mail program would: no cookies, no login."""
    request = urllib.request.Request(url, data=data)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def heading(page: str) -> str:
    found = re.search(r"<h1>(.*?)</h1>", page)
    return found[1] if found else ""


class Anchors(HTMLParser):
    """The addresses of a page's links and forms."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        named = dict(attrs)
        if tag in ("a", "form"):
            self.links.append(named.get("href") or named.get("action") or "")


def anchors(page: str) -> list[str]:
    parser = Anchors()
    parser.feed(page)
    return parser.links


@pytest.fixture(scope="module")
def delivered(demo_archive, datasette_url):
    """Each follower's digest of the demo archive, linking to the served archive;
    the private database the archive's server reads (beside the archive)."""
    path = private.default_path(demo_archive)
    db = private.open_private(path)
    for email in (READER, COLLEAGUE):
        subscriptions.subscribe(db, email, follow(councils=["Kingston"]))
    subscriptions.subscribe(db, READER, follow(query='"serious case review"'))
    db.close()
    with Inbox() as inbox:
        # The test's Datasette serves this archive at its loopback address.
        report = send_alerts(
            demo_archive, replace(settings(inbox.port), public_url=datasette_url), path
        )
    assert not report.failed
    (message,) = inbox.to(READER)
    (colleagues,) = inbox.to(COLLEAGUE)
    return message, colleagues, path


def follows_of(path, email):
    found = subscriptions.subscribers(private.open_private(path))
    return [each.id for s in found if s.email == email for each in s.follows]


def test_the_digest_has_a_text_and_an_html_part_saying_why_in_words(delivered):
    message, _, _ = delivered
    assert message.get_content_type() == "multipart/alternative"
    body, page = text(message), html(message)
    first = body.split("\n* ")[1]
    assert first.startswith("Serious case review: withheld, not to be published")
    assert (
        "Why: it says a serious case review was withheld and will not be published;"
        " you follow Kingston upon Thames." in first
    )
    assert "Why: Ofsted's published outcomes say Ofsted judged Kingston upon" in body
    assert "Why: it matches the search “serious case review”, which you follow." in (
        body
    )
    assert "rule " not in body
    assert "case_review." not in body
    assert "ofsted." not in body.replace("ofsted.gov", "")
    assert "<strong>Why:</strong> it says a serious case review was withheld" in page


def test_no_link_in_the_digest_is_to_a_table_row(delivered, datasette_url):
    message, _, _ = delivered
    ours = sorted(
        {
            url
            for url in re.findall(r"https?://[^\s\"<>]+", text(message))
            + anchors(html(message))
            if url.startswith(datasette_url)
        }
    )
    people = re.compile(
        re.escape(datasette_url) + r"(/casewatch/documents/[0-9a-f]{64}"
        r"|/-/files/[0-9a-f]{64}(#page=\d+)?|/council/E\d{8}|/casewatch/new_mentions"
        r"|/casewatch/reviews/[\w-]+"
        r"|/-/unsubscribe\?token=[\w.-]+)"
    )
    assert [url for url in ours if not people.fullmatch(url)] == []
    # The pages that exist now open; the council page is served by its own plugin.
    for url in ours:
        if "/documents/" in url or "/-/files/" in url or "/reviews/" in url:
            assert fetch(url.partition("#")[0])[0] == 200, url


def test_every_item_links_its_source(delivered):
    message, _, _ = delivered
    items = text(message).replace("\r\n", "\n").split("\n\n* ")[1:]
    assert items
    assert [item.splitlines()[0] for item in items if "  Source: " not in item] == []


def test_one_click_unsubscribes_the_reader_and_no_one_else(delivered):
    message, _, path = delivered
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = message["List-Unsubscribe"].strip("<>")
    assert f"Unsubscribe (one click): {link}" in text(message)
    colleague = follows_of(path, COLLEAGUE)
    assert len(follows_of(path, READER)) == 2

    # A scanner opening the link changes nothing.
    status, page = fetch(link)
    assert (status, heading(page)) == (200, "Stop these e-mails?")
    assert len(follows_of(path, READER)) == 2
    # Altered or forged, it changes nothing either.
    altered = link[:-3] + ("AAA" if not link.endswith("AAA") else "BBB")
    status, page = fetch(altered, b"List-Unsubscribe=One-Click")
    assert (status, heading(page)) == (400, "This unsubscribe link is not valid")
    first_follow = re.sub(r"_\d+-[0-9a-f]{16}", "", link)
    assert fetch(first_follow, b"List-Unsubscribe=One-Click")[0] == 400
    assert len(follows_of(path, READER)) == 2

    # The mail program's one click (RFC 8058): a POST with no cookie.
    status, page = fetch(link, b"List-Unsubscribe=One-Click")
    assert (status, heading(page)) == (200, "You are unsubscribed")
    assert follows_of(path, READER) == []
    assert follows_of(path, COLLEAGUE) == colleague
    # Replayed: a friendly answer, and nothing else happens.
    status, page = fetch(link, b"List-Unsubscribe=One-Click")
    assert (status, heading(page)) == (200, "You were already unsubscribed")
    assert follows_of(path, COLLEAGUE) == colleague


def test_the_link_in_the_body_asks_then_unsubscribes(delivered, datasette_url):
    _, message, path = delivered
    (link,) = re.findall(r"Unsubscribe \(one click\): (\S+)", text(message))
    assert link in anchors(html(message))
    status, page = fetch(link)
    assert (status, heading(page)) == (200, "Stop these e-mails?")
    (action,) = [each for each in anchors(page) if each.startswith("/-/unsubscribe")]
    status, page = fetch(datasette_url + action, b"List-Unsubscribe=One-Click")
    assert (status, heading(page)) == (200, "You are unsubscribed")
    assert follows_of(path, COLLEAGUE) == []


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")
@pytest.mark.parametrize("width", [600, 375])
def test_the_html_digest_reads_at_600_pixels_and_on_a_phone(delivered, width):
    from playwright.sync_api import sync_playwright

    from tests.test_browser import CHROMIUM_ARGS

    message, _, _ = delivered
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.set_content(html(message))
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=ARTIFACTS / f"digest-{width}.png", full_page=True)
        scroll = page.evaluate("document.documentElement.scrollWidth")
        card = page.locator("table[width='600']").bounding_box()
        shown = page.inner_text("body")
        browser.close()
    assert scroll <= width  # no sideways scrolling
    assert card is not None
    assert card["width"] <= 600
    assert "Serious case review: withheld, not to be published" in shown
    assert "Why: it says a serious case review was withheld" in shown
