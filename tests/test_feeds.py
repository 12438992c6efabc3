"""Atom feeds of new mentions, fetched from Datasette on the demo archive and read
with feedparser, as a reporter's feed reader would."""

import json
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


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode()


def query(datasette_url: str, name: str, **params: str) -> list[dict]:
    """A canned query's rows through Datasette's JSON API."""
    arguments = urllib.parse.urlencode({**params, "_shape": "objects"})
    return json.loads(fetch(f"{datasette_url}/casewatch/{name}.json?{arguments}"))[
        "rows"
    ]


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


def test_the_seed_story_is_found_under_kingston_and_richmond(datasette_url):
    story = "Serious case review into sexual assault"
    for council in ("Kingston", "Richmond"):
        search = query(
            datasette_url, "search", q="serious case review", council=council,
            source_kind="", since="", until="",
        )  # fmt: skip
        assert any(row["document"].startswith(story) for row in search), council
        reviews = query(datasette_url, "reviews_by_council", council=council)
        assert any(row["document"].startswith(story) for row in reviews), council
        atom = fetch(
            f"{datasette_url}/casewatch/new_mentions_feed.atom?council={council}"
        )
        assert story in atom, council


def test_feed_entries_carry_published_and_updated(datasette_url):
    feed = fetch(f"{datasette_url}/casewatch/new_mentions_feed.atom?council=Kingston")
    entries = feed.split("<entry>")[1:]
    assert entries
    assert all("<published>" in e and "<updated>" in e for e in entries)
    pack = next(e for e in entries if "Trust Board Part 1 - July 2015" in e)
    assert "<published>2015-07-29T00:00:00+00:00</published>" in pack


def test_the_board_pack_lead_was_first_mentioned_in_july_2015(datasette_url):
    leads = query(datasette_url, "leads")
    (pack,) = [row for row in leads if row["document"].startswith("Trust Board Part 1")]
    assert pack["first_mentioned"].startswith("2015-07")
    assert pack["dated_from"] == "first_page"
    assert pack["months_since"] == 137  # July 2015 to the fixed today, December 2026
