"""Digests: most important first, grouped by council and kind, capped, escaped."""

from __future__ import annotations

from casewatch.alerts.compose import Links, digest, entries
from casewatch.alerts.follows import follow
from casewatch.alerts.items import CLOSE, IMPORTANCE, OPEN, Item

KINGSTON, RICHMOND = "E09000021", "E09000027"
LINKS = Links("https://casewatch.example", "casewatch")


def item(number: int, importance: str = "mention", **changes) -> Item:
    fields = {
        "key": f"mention:m{number}",
        "kind": "Case reviews",
        "events": frozenset({"review_mention"}),
        "headline": f"Serious case review {number}",
        "importance": IMPORTANCE[importance],
        "why": "rule case_review.scr",
        "excerpt": f"A {OPEN}serious case review{CLOSE} <{number}>.",
        "sha256": "ab" * 32,
        "page_no": number,
        "title": "Board pack",
        "published": "",
        "source_url": f"https://example.org/{number}.pdf",
        "councils": frozenset({KINGSTON}),
        "source_kinds": frozenset({"nhs_trust"}),
        "row": f"mentions/m{number}",
    }
    return Item(**{**fields, **changes})


def lines_of(message) -> list[str]:
    return message.get_body(("plain",)).get_content().splitlines()


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
    lines = lines_of(digest("k@example.org", found, "casewatch@example.org", LINKS))
    headings = [line for line in lines if line.startswith("==")]
    assert headings == [
        "== Kingston upon Thames: Case reviews ==",
        "== Kingston upon Thames: Ofsted judgements ==",
        "== Kingston upon Thames: Search matches ==",
    ]


def test_an_item_is_listed_under_the_council_the_subscriber_follows():
    shared = item(1, councils=frozenset({KINGSTON, RICHMOND}))
    (entry,) = entries([shared], [follow(councils=["Richmond"])])
    assert entry.council == "Richmond upon Thames"
    assert entry.why == "rule case_review.scr; you follow Richmond upon Thames"
    (anywhere,) = entries([item(2, councils=frozenset())], [follow()])
    assert anywhere.council == "No council named"


def test_each_item_says_what_where_why_and_links_to_source_copy_and_row():
    (entry,) = entries([item(7, published="2015-07-02")], [follow()])
    message = digest("k@example.org", [entry], "casewatch@example.org", LINKS)
    assert lines_of(message)[2:11] == [
        "== Kingston upon Thames: Case reviews ==",
        "",
        "* Serious case review 7",
        '  "A «serious case review» <7>."',
        "  Board pack, page 7, dated 2015-07-02",
        "  Why: rule case_review.scr; you follow everything",
        "  Source: https://example.org/7.pdf",
        f"  Kept copy: https://casewatch.example/-/files/{'ab' * 32}#page=7",
        "  In the archive: https://casewatch.example/casewatch/mentions/m7",
    ]
    html = message.get_body(("html",)).get_content()
    assert "A <mark>serious case review</mark> &lt;7&gt;." in html
    assert '<a href="https://casewatch.example/casewatch/mentions/m7">' in html
    assert (
        message["List-Unsubscribe"]
        == "<mailto:casewatch@example.org?subject=unsubscribe>"
    )


def test_a_huge_night_is_capped_with_and_n_more():
    found = entries([item(number) for number in range(1, 13)], [follow()])
    message = digest("k@example.org", found, "casewatch@example.org", LINKS, cap=10)
    lines = lines_of(message)
    assert sum(line.startswith("* ") for line in lines) == 10
    assert message["Subject"].startswith("casewatch: 12 new")
    assert (
        "... and 2 more: https://casewatch.example/casewatch/mentions?_sort_desc=first_seen"
        in lines
    )
