"""Digests: most important first, grouped by council and kind, capped, escaped; why
each item is there in words; links only to pages made for people; one-click
unsubscribe in the headers and the body."""

from __future__ import annotations

import re

from casewatch.alerts import tokens
from casewatch.alerts.compose import digest, entries
from casewatch.alerts.follows import Follow, follow
from casewatch.alerts.items import CLOSE, IMPORTANCE, OPEN, Item
from casewatch.alerts.links import DigestLinks

KINGSTON, RICHMOND = "E09000021", "E09000027"
KEY = b"k" * 32
LINKS = DigestLinks("https://casewatch.example", KEY)
SHA = "ab" * 32
KINGSTON_FOLLOW = Follow(councils=(KINGSTON,), id=7, nonce="0123456789abcdef")


def item(number: int, importance: str = "mention", **changes) -> Item:
    fields = {
        "key": f"mention:m{number}",
        "kind": "Case reviews",
        "events": frozenset({"review_mention"}),
        "headline": f"Serious case review {number}",
        "importance": IMPORTANCE[importance],
        "why": "it names a serious case review",
        "excerpt": f"A {OPEN}serious case review{CLOSE} <{number}>.",
        "sha256": SHA,
        "page_no": number,
        "title": "Board pack",
        "published": "",
        "source_url": f"https://example.org/{number}.pdf",
        "councils": frozenset({KINGSTON}),
        "source_kinds": frozenset({"nhs_trust"}),
    }
    return Item(**{**fields, **changes})


def message_of(items, follows=(KINGSTON_FOLLOW,), cap=50):
    found = entries(items, follows)
    return digest("k@example.org", found, follows, "casewatch@example.org", LINKS, cap)


def lines_of(message) -> list[str]:
    return message.get_body(("plain",)).get_content().splitlines()


def html_of(message) -> str:
    return message.get_body(("html",)).get_content()


def test_withheld_and_inadequate_come_before_ordinary_mentions():
    items = [
        item(1),
        item(2, "withheld", headline="Withheld review"),
        item(3, "inadequate", headline="Inadequate", kind="Ofsted judgements"),
        item(4, "text_match", headline="Search match", kind="Search matches"),
    ]
    found = entries(items, [follow(councils=["Kingston"])])
    assert [entry.item.headline for entry in found] == [
        "Withheld review",
        "Inadequate",
        "Serious case review 1",
        "Search match",
    ]
    headings = [line for line in lines_of(message_of(items)) if line.startswith("==")]
    assert headings == [
        "== Kingston upon Thames: Case reviews ==",
        "== Kingston upon Thames: Ofsted judgements ==",
        "== Kingston upon Thames: Search matches ==",
    ]


def test_an_item_is_listed_under_the_council_the_subscriber_follows():
    shared = item(1, councils=frozenset({KINGSTON, RICHMOND}))
    (entry,) = entries([shared], [follow(councils=["Richmond"])])
    assert (entry.council, entry.council_code) == ("Richmond upon Thames", RICHMOND)
    assert (
        entry.why == "it names a serious case review; you follow Richmond upon Thames"
    )
    (anywhere,) = entries([item(2, councils=frozenset())], [follow()])
    assert (anywhere.council, anywhere.council_code) == ("No council named", "")
    assert anywhere.why.endswith("; you follow everything casewatch finds")


def test_a_search_match_says_the_search_once():
    matched = item(
        1,
        "text_match",
        events=frozenset({"text_match"}),
        why="it matches the search “Child R”",
        queries=frozenset({'"Child R"'}),
    )
    (entry,) = entries([matched], [follow(query='"Child R"')])
    assert entry.why == "it matches the search “Child R”, which you follow"


def test_each_item_says_what_where_why_and_links_to_pages_for_people():
    message = message_of([item(7, published="2 July 2015 (publication date)")])
    assert lines_of(message)[2:13] == [
        "== Kingston upon Thames: Case reviews ==",
        "Council page: https://casewatch.example/council/E09000021",
        "",
        "* Serious case review 7",
        '  "A «serious case review» <7>."',
        "  Board pack, page 7, dated 2 July 2015 (publication date)",
        "  Why: it names a serious case review; you follow Kingston upon Thames.",
        "  Source: https://example.org/7.pdf",
        f"  Our copy, page 7: https://casewatch.example/-/files/{SHA}#page=7",
        f"  Document page: https://casewatch.example/casewatch/documents/{SHA}",
        "",
    ]
    html = html_of(message)
    assert ">serious case review</mark> &lt;7&gt;." in html
    assert f'href="https://casewatch.example/casewatch/documents/{SHA}"' in html
    assert 'href="https://casewatch.example/council/E09000021"' in html
    assert "Why:</strong> it names a serious case review; you follow" in html


def test_an_item_naming_a_review_links_the_reviews_page():
    named = item(3, "withheld", review_id="kingston-richmond-scr")
    lines = lines_of(message_of([named]))
    page = "https://casewatch.example/casewatch/reviews/kingston-richmond-scr"
    assert f"  Review page: {page}" in lines
    assert not any("/reviews/" in line for line in lines_of(message_of([item(4)])))


def test_an_item_without_a_kept_copy_still_links_its_source():
    official = item(
        1,
        kind="Ofsted judgements",
        sha256="",
        page_no=None,
        title="Ofsted's published inspection outcomes",
        excerpt="",
        source_url="https://reports.ofsted.gov.uk/provider/44/80545",
    )
    lines = lines_of(message_of([official]))
    assert "  Source: https://reports.ofsted.gov.uk/provider/44/80545" in lines
    assert not any("/-/files/" in line or "/documents/" in line for line in lines)


def test_no_link_is_to_a_table_row():
    message = message_of([item(1), item(2, "withheld")])
    said = " ".join([*lines_of(message), html_of(message), message["List-Unsubscribe"]])
    addresses = re.findall(r"https?://[^\s\"'<>]+", said)
    ours = [url for url in addresses if url.startswith("https://casewatch.example")]
    assert ours
    people = re.compile(
        r"https://casewatch\.example(/casewatch/documents/[0-9a-f]{64}"
        r"|/-/files/[0-9a-f]{64}(#page=\d+)?|/council/E\d{8}|/casewatch/new_mentions"
        r"|/-/unsubscribe\?token=[\w.-]+)"
    )
    assert [url for url in ours if not people.fullmatch(url)] == []


def test_the_html_reads_in_a_mail_program_at_600_pixels():
    html = html_of(message_of([item(1), item(2, "withheld")]))
    # Mail programs drop style sheets and scripts: all style is inline.
    assert not {"<style", "<script", "<link"} & set(re.findall(r"<[a-z]+", html))
    assert 'width="600" style="width:100%;max-width:600px;' in html
    assert html.count('role="presentation"') >= 4
    # The withheld review's rule is red, an ordinary mention's blue.
    assert "border-left:4px solid #b3261e" in html
    assert "border-left:4px solid #1d4f91" in html


def test_one_click_unsubscribe_stops_every_follow_the_digest_is_for():
    follows = (
        KINGSTON_FOLLOW,
        Follow(query='"Child R"', id=9, nonce="fedcba9876543210"),
    )
    message = message_of([item(1)], follows)
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    header = re.fullmatch(
        r"<https://casewatch\.example/-/unsubscribe\?token=(\S+)>",
        message["List-Unsubscribe"],
    )
    assert header
    assert tokens.named(KEY, header[1]) == [
        (7, "0123456789abcdef"),
        (9, "fedcba9876543210"),
    ]
    lines = lines_of(message)
    assert f"Unsubscribe (one click): {message['List-Unsubscribe'][1:-1]}" in lines
    # and each follow has its own link
    (one,) = [line for line in lines if line.startswith("  the search “Child R”: ")]
    assert tokens.named(KEY, one.rpartition("token=")[2]) == [(9, "fedcba9876543210")]
    assert (
        "You get this e-mail because you follow Kingston upon Thames;"
        " the search “Child R” in casewatch." in lines
    )


def test_a_huge_night_is_capped_with_and_n_more():
    message = message_of([item(number) for number in range(1, 13)], cap=10)
    lines = lines_of(message)
    assert sum(line.startswith("* ") for line in lines) == 10
    assert message["Subject"].startswith("casewatch: 12 new")
    assert "... and 2 more: https://casewatch.example/casewatch/new_mentions" in lines
    assert lines[0] == "casewatch found 12 new items for you, most important first."


def test_one_item_is_one_item():
    assert lines_of(message_of([item(1)]))[0] == (
        "casewatch found 1 new item for you, most important first."
    )
