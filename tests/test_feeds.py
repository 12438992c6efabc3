"""Atom feeds of new mentions, fetched from Datasette on the demo archive and read
with feedparser, as a reporter's feed reader would."""

import sqlite3
import urllib.parse
import urllib.request

import feedparser

PACK_TITLE = "Trust Board Part 1 - July 2015"
PACK_MENTION = f"{PACK_TITLE}, p. 111"


def feed(datasette_url: str, council: str | None = None):
    """The parsed feed, failing on anything a feed reader would stumble over."""
    query = f"?{urllib.parse.urlencode({'council': council})}" if council else ""
    url = f"{datasette_url}/casewatch/new_mentions_feed.atom{query}"
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.status == 200
        parsed = feedparser.parse(response.read())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.feed.title == "casewatch - new mentions"
    for entry in parsed.entries:
        assert all((entry.id, entry.title, entry.updated_parsed, entry.link))
    return parsed


def test_archive_feed_has_every_mention_linked_to_its_document(
    datasette_url, demo_archive
):
    with sqlite3.connect(demo_archive) as connection:
        mention_ids = {row[0] for row in connection.execute("select id from mentions")}
        (pack,) = connection.execute(
            "select sha256 from documents where title = ?", [PACK_TITLE]
        ).fetchone()
    parsed = feed(datasette_url)
    assert {entry.id for entry in parsed.entries} == {
        f"urn:casewatch:mention:{mention}" for mention in mention_ids
    }
    entry = next(entry for entry in parsed.entries if PACK_MENTION in entry.title)
    assert entry.title == f"SCR in {PACK_MENTION}"
    assert entry.link == f"{datasette_url}/casewatch/documents/{pack}"
    content = entry.content[0].value
    assert "<b>Serious Case Review</b>: The Kingston and Richmond" in content
    assert f'href="{datasette_url}/-/files/{pack}#page=111"' in content


def test_council_feed_has_that_councils_mentions_only(datasette_url):
    kingston = feed(datasette_url, "Kingston")
    titles = [entry.title for entry in kingston.entries]
    assert f"SCR in {PACK_MENTION}" in titles
    assert not [title for title in titles if "Child R" in title]
    by_code = feed(datasette_url, "E09000021")
    assert [entry.id for entry in by_code.entries] == [
        entry.id for entry in kingston.entries
    ]
    southwark = feed(datasette_url, "Southwark")
    assert {entry.title.split(" in ", 1)[1] for entry in southwark.entries} == {
        "Child R \u2013 Serious Case Review: the Board's response"
        " (published July 2015), p. 1",
        "Child R \u2013 Serious Case Review: the Board's response"
        " (published July 2015), p. 2",
    }


def test_feed_of_a_council_with_no_mentions_is_valid_and_says_so(datasette_url):
    quiet = feed(datasette_url, "Hartlepool")
    assert [entry.title for entry in quiet.entries] == ["No mentions yet"]
    unknown = feed(datasette_url, "Atlantis")
    assert [entry.title for entry in unknown.entries] == [
        'casewatch knows no council called "Atlantis"'
    ]
