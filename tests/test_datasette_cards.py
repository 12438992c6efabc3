"""Cards made from canned query rows and what the lookups found about them."""

import pytest

from casewatch.datasette.cards import mention_card, review_card
from casewatch.links import Links

PACK = "a" * 64
LINKS = Links("/")
DOCUMENT = {
    "sha256": PACK,
    "title": "Trust Board Part 1 - July 2015",
    "dated": "2015-07-29",
    "dated_from": "first_page",
    "first_seen": "2026-12-04T22:33:19+00:00",
    "format": "pdf",
    "url": "https://www.kingstonhospital.nhs.uk/pack.pdf",
    "source_name": "Kingston Hospital NHS Foundation Trust",
    "source_kind": "nhs_trust",
    "councils": "E09000021",
}
REVIEW_FACT = {
    "fact": "review", "mention_id": "m1", "id": "r1", "type": "SCR",
    "subject": None, "board": "Kingston and Richmond LSCB", "council": None,
    "status": "withheld",
}  # fmt: skip
JUDGEMENT_FACT = {
    "fact": "judgement", "mention_id": "m2", "id": "o1", "visit_type": "inspection",
    "date": "2019-10", "judgement_area": "overall effectiveness",
    "grade": "outstanding", "la_code": "E09000021",
}  # fmt: skip
MENTION = {
    "sha256": PACK,
    "page_no": 111,
    "mention_id": "m1",
    "snippet": "<mark>Serious Case Review</mark>: the <b>board</b> commissioned it.",
    "council": "Kingston upon Thames; Richmond upon Thames",
}


def test_a_mention_card_says_where_the_sentence_is():
    card = mention_card(MENTION, DOCUMENT, [REVIEW_FACT, JUDGEMENT_FACT], LINKS)
    assert str(card.sentence) == (
        "<mark>Serious Case Review</mark>: the &lt;b&gt;board&lt;/b&gt; "
        "commissioned it."
    )
    assert card.place.document.url == f"/casewatch/documents/{PACK}"
    assert card.place.date == "29 July 2015 (date on its first page)"
    assert card.place.page
    assert card.place.page.url == f"/-/files/{PACK}#page=111"
    assert card.place.original
    assert card.place.original.url.endswith(".pdf#page=111")
    assert card.place.source == "Kingston Hospital NHS Foundation Trust"
    assert card.found == "4 December 2026"
    assert [(c.text, c.url) for c in card.councils] == [
        ("Kingston upon Thames", "/council/E09000021"),
        ("Richmond upon Thames", "/council/E09000027"),
    ]


def test_a_mention_belongs_to_its_own_review_a_page_to_all_on_it():
    mention = mention_card(MENTION, DOCUMENT, [REVIEW_FACT, JUDGEMENT_FACT], LINKS)
    assert [(f.text, f.url) for f in mention.facts] == [
        (
            "Serious case review, Kingston and Richmond LSCB: withheld",
            "/casewatch/reviews/r1",
        )
    ]
    page = mention_card(
        {**MENTION, "mention_id": None},
        DOCUMENT,
        [REVIEW_FACT, JUDGEMENT_FACT],
        LINKS,
        whole_page=True,
    )
    assert [(f.text, f.url) for f in page.facts][1] == (
        "Ofsted inspection, October 2019: overall effectiveness outstanding",
        "/council/E09000021#ofsted",
    )


def test_a_row_without_councils_takes_the_documents():
    card = mention_card({**MENTION, "council": None}, DOCUMENT, [], LINKS)
    assert [c.text for c in card.councils] == ["Kingston upon Thames"]


def test_an_html_documents_original_has_no_page_fragment():
    card = mention_card(MENTION, {**DOCUMENT, "format": "html"}, [], LINKS)
    assert card.place.original
    assert card.place.original.url == "https://www.kingstonhospital.nhs.uk/pack.pdf"


LEAD = {
    "review_id": "r1", "type": "SCR", "subject": None, "board": None,
    "council": None, "status": "withheld", "status_sentence": "It was withheld.",
    "sha256": PACK, "page_no": 111, "months_since": 137,
}  # fmt: skip


def test_a_lead_card_names_its_councils_and_offers_an_foi_draft():
    card = review_card(LEAD, DOCUMENT, ["E09000021", "E09000027"], LINKS, lead=True)
    assert card.title.text == (
        "Serious case review, Kingston upon Thames and Richmond upon Thames: withheld"
    )
    assert card.title.url == "/casewatch/reviews/r1"
    assert card.foi
    assert card.foi.url == "/foi/r1"
    assert card.first
    assert card.first.page
    assert card.first.page.text == "page 111"
    assert card.mentioned == "first mentioned 137 months ago"


def test_a_published_review_or_one_not_a_lead_offers_no_foi_draft():
    published = {**LEAD, "status": "published"}
    assert review_card(published, DOCUMENT, [], LINKS, lead=True).foi is None
    assert review_card(LEAD, DOCUMENT, [], LINKS).foi is None


@pytest.mark.parametrize("base", ["/", "https://casewatch.example", "https://x.org/a/"])
def test_links_are_the_same_pages_under_any_base(base):
    links = Links(base)
    root = base.rstrip("/")
    assert links.document("ab") == f"{root}/casewatch/documents/ab"
    assert links.kept("ab", 3) == f"{root}/-/files/ab#page=3"
    assert links.review("r1") == f"{root}/casewatch/reviews/r1"
    assert links.council("E09000021") == f"{root}/council/E09000021"
