"""Pages for people, served by Datasette on the demo archive: answers as cards, the
council page, review pages, FOI drafts; and the archive's name whatever its file's."""

import re
import subprocess
import sys
import urllib.error
import urllib.parse

import pytest

from tests.ports import free_port
from tests.test_datasette import (
    copy_of,
    document_sha256,
    get,
    get_json,
    get_text,
    wait_for_listeners,
)

PACK_TITLE = "Trust Board Part 1 - July 2015"
KINGSTON = "E09000021"
# The board pack's review, which the Kingston and Richmond board withheld.
WITHHELD = (
    "Serious case review, Kingston and Richmond Local Safeguarding Children Board: "
    "withheld"
)
CARD_ANSWERS = [
    "new_mentions",
    "latest_mentions?council=Kingston",
    "search?q=serious+case+review",
    "leads",
    "reviews_by_council?council=Kingston",
]
SQL_CHROME = ("Custom SQL query", "Run SQL", "Edit SQL", "+00:00")


def card_with(html: str, text: str) -> str:
    """The card (an <article>) holding `text`."""
    cards = re.findall(r"<article class=\"card.*?</article>", html, re.DOTALL)
    found = [card for card in cards if text in card]
    assert found, f"no card holds {text!r}"
    return found[0]


@pytest.mark.parametrize("answer", CARD_ANSWERS)
def test_answers_are_cards_with_no_sql_and_tables_one_click_away(datasette_url, answer):
    html = get_text(f"{datasette_url}/casewatch/{answer}")
    assert '<article class="card' in html
    assert not [chrome for chrome in SQL_CHROME if chrome in html]
    assert 'class="as-table" href="' in html
    assert ">JSON</a>" in html
    assert ">CSV</a>" in html


def test_a_mention_card_says_what_where_and_when_in_words(datasette_url, demo_archive):
    sha256 = document_sha256(demo_archive, PACK_TITLE)
    card = card_with(get_text(f"{datasette_url}/casewatch/new_mentions"), PACK_TITLE)
    assert "<mark>Serious Case Review</mark>: The Kingston and Richmond" in card
    assert f">{WITHHELD}</a>" in card
    assert "29 July 2015 (date on its first page)" in card
    assert f'href="/-/files/{sha256}#page=111">page 111</a>' in card
    assert "Kingston Hospital NHS Foundation Trust (" in card
    assert re.search(r'class="original-page" href="http://127\.0\.0\.1:\d+/', card)
    assert f'<a href="/council/{KINGSTON}">Kingston upon Thames</a>' in card


def test_search_cards_show_no_rank_and_name_the_reviews_on_the_page(datasette_url):
    search = f"{datasette_url}/casewatch/search"
    words = "q=serious+case+review"
    ranks = {row["rank"] for row in get_json(f"{search}.json?_shape=array&{words}")}
    assert ranks, "the JSON keeps bm25's rank"
    html = get_text(f"{search}?{words}")
    table = get_text(f"{search}?{words}&_view=table")
    for page in (html, table):
        assert not [rank for rank in ranks if f">{rank}<" in page]
    assert "On this page:" in card_with(html, PACK_TITLE)
    assert '<option value="nhs_trust">NHS trust</option>' not in html
    assert '<option value="nhs_trust">NHS trusts</option>' in html


def test_an_answers_table_has_human_labels_and_uk_dates(datasette_url):
    html = get_text(f"{datasette_url}/casewatch/leads?_view=table")
    assert '<th class="col-first_mentioned" scope="col">First mentioned</th>' in html
    assert '<th class="col-page_no" scope="col">Page</th>' in html
    assert ">29 July 2015<" in html
    assert ">date on its first page<" in html  # dated_from in words
    assert ">2015-07-29<" not in html


def test_a_council_is_found_by_name_and_its_page_has_every_section(datasette_url):
    with get(f"{datasette_url}/council/Kingston") as response:
        assert response.url == f"{datasette_url}/council/{KINGSTON}"
        html = response.read().decode()
    headings = re.findall(r"<h2>(.*?)</h2>", html)
    assert [heading.split(" (")[0] for heading in headings] == [
        "Open leads: reviews mentioned but never published",
        "Other case reviews",
        "Ofsted judgements of its children's services",
        "Latest mentions in the papers",
        "Its sources and their health",
    ]
    assert WITHHELD in card_with(html, WITHHELD)
    assert 'class="foi-link" href="/foi/' in card_with(html, WITHHELD)
    chart_title = (
        "Ofsted judgements of Kingston upon Thames&#39;s children&#39;s services, "
        "2019 to 2024"
    )
    assert f'<title id="ofsted-chart-title">{chart_title}</title>' in html
    assert '<span class="badge health-broken">broken</span>' in html  # the trust


def test_the_front_pages_council_box_opens_the_council_page(datasette_url):
    with get(f"{datasette_url}/council?council=RBK") as response:
        assert response.url == f"{datasette_url}/council/{KINGSTON}"


def test_an_unknown_council_is_a_404_that_offers_the_list(datasette_url):
    with pytest.raises(urllib.error.HTTPError) as error:
        get(f"{datasette_url}/council/Atlantis")
    assert error.value.code == 404
    html = error.value.read().decode()
    assert "casewatch knows no council called “Atlantis”" in html
    assert '<option value="Kingston upon Thames">' in html


def withheld_review(datasette_url) -> str:
    leads = get_json(f"{datasette_url}/casewatch/leads.json?_shape=array")
    (review,) = [
        row["review_id"]
        for row in leads
        if row["document"] == PACK_TITLE and row["status"] == "withheld"
    ]
    return review


def test_a_leads_foi_draft_names_the_review_where_it_was_seen_and_what_to_ask(
    datasette_url, demo_archive
):
    review = withheld_review(datasette_url)
    sha256 = document_sha256(demo_archive, PACK_TITLE)
    with get(f"{datasette_url}/foi/{review}.txt") as response:
        assert response.headers["content-type"].startswith("text/plain")
        text = response.read().decode()
    assert text.startswith(
        "To: the Freedom of Information officer, Royal Borough of Kingston upon Thames"
    )
    assert "Copy to: London Borough of Richmond upon Thames" in text
    assert (
        f'"{PACK_TITLE}" (Kingston Hospital NHS Foundation Trust), page 111, '
        "29 July 2015 (date on its first page):"
    ) in text
    assert "This has not been published due to risks" in text
    assert f"{datasette_url}/-/files/{sha256}#page=111" in text
    assert "executive summary" in text
    assert "Any decision not to publish the report" in text
    assert "last considered" in text
    html = get_text(f"{datasette_url}/foi/{review}")
    assert '<pre class="foi-draft"' in html
    assert "Copy to: London Borough of Richmond upon Thames" in html


def test_a_reviews_page_is_in_words_with_every_mention_and_its_foi_draft(
    datasette_url,
):
    review = withheld_review(datasette_url)
    html = get_text(f"{datasette_url}/casewatch/reviews/{review}")
    assert f"<h1>{WITHHELD}</h1>" in html
    assert "“This has not been published due to risks" in html
    assert f'<a class="foi-link" href="/foi/{review}">' in html
    assert PACK_TITLE in card_with(html, "<mark>Serious Case Review</mark>")
    assert "<summary>Every column, as stored</summary>" in html


def test_an_archive_of_any_file_name_is_served_as_casewatch(demo_archive, tmp_path):
    """README's /casewatch/ links work whatever --db is called (issue 17)."""
    archive = copy_of(demo_archive, tmp_path)
    demo = archive.rename(archive.with_name("demo.db"))
    archive.with_name("files").rename(demo.with_name("files"))
    port = free_port()
    command = [sys.executable, "-m", "casewatch", "serve", "--db", str(demo)]
    server = subprocess.Popen(
        [*command, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        wait_for_listeners(port)
        assert [d["name"] for d in get_json(f"{url}/-/databases.json")] == ["casewatch"]
        feed = "new_mentions_feed.atom?" + urllib.parse.urlencode(
            {"council": "Kingston"}
        )
        with get(f"{url}/casewatch/{feed}") as response:
            assert response.status == 200
        sha256 = document_sha256(demo, PACK_TITLE)
        with get(f"{url}/-/files/{sha256}") as response:
            assert response.status == 200
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_a_former_councils_page_says_when_it_ended_and_who_took_it_over(
    datasette_url,
):
    """Cumbria County Council's judgements are its own; its page leads on to the
    two councils that replaced it."""
    with get(f"{datasette_url}/council/Cumbria%20County%20Council") as response:
        assert response.url == f"{datasette_url}/council/E10000006"
        html = response.read().decode()
    assert "abolished on 31 March 2023, now" in html
    assert '<a href="/council/E06000063">Cumberland</a> and ' in html
    assert '<a href="/council/E06000064">Westmorland and Furness</a>' in html
    with get(f"{datasette_url}/council/{KINGSTON}") as response:
        assert "abolished" not in response.read().decode()


def test_a_successors_page_leads_back_to_the_council_it_took_over(datasette_url):
    with get(f"{datasette_url}/council/Cumberland") as response:
        html = response.read().decode()
    assert (
        'took over from <a href="/council/E10000006">Cumbria County Council</a>,'
        " abolished on 31 March 2023"
    ) in html
