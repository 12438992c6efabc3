"""Cards: a canned query's rows as a reporter reads them.

A mention card is the sentence with the matched words marked, what it belongs to in
plain words ("Serious case review, Child R: withheld"), its councils, and where it is:
the document, its date, the page (opening the kept copy there), the source and the
original address. A review card is a review in plain words with the sentence that
gives its status and where it was first mentioned. Pure: rows and what
`lookups` found about them in, dataclasses out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from markupsafe import Markup, escape

from casewatch import places
from casewatch.datasette import words
from casewatch.datasette.functions import council_code
from casewatch.links import Links

# Which canned queries are answered with cards, and of what kind.
CARD_KINDS = {
    "new_mentions": "mentions",
    "latest_mentions": "mentions",
    "search": "pages",
    "leads": "reviews",
    "reviews_by_council": "reviews",
}


@dataclass(frozen=True)
class Link:
    text: str
    url: str


@dataclass(frozen=True)
class Place:
    """Where a sentence is: document, its date, page, source and original."""

    document: Link
    date: str
    page: Link | None
    source: str | None
    original: Link | None


@dataclass(frozen=True)
class MentionCard:
    sentence: Markup
    facts: tuple[Link, ...]
    councils: tuple[Link, ...]
    place: Place
    found: str
    whole_page: bool = False
    ocr: bool = False  # the page's text was read by OCR, which may misread words


@dataclass(frozen=True)
class ReviewCard:
    title: Link
    status: str
    sentence: str | None
    first_sentence: Markup | None
    councils: tuple[Link, ...]
    first: Place | None
    mentioned: str
    foi: Link | None


def marked(text: str | None) -> Markup:
    """Escape `text` but keep the <mark> tags the queries put around matches."""
    return Markup(
        str(escape(text or ""))
        .replace("&lt;mark&gt;", "<mark>")
        .replace("&lt;/mark&gt;", "</mark>")
    )


def place(document: Mapping, page_no: int | None, links: Links) -> Place:
    """Where in the archive and on the web a page of a document is."""
    sha256 = document["sha256"]
    original = document.get("url")
    if original and page_no and document.get("format") == "pdf":
        original = f"{original}#page={page_no}"
    return Place(
        document=Link(
            document.get("title") or "Untitled document", links.document(sha256)
        ),
        date=words.document_date(
            document.get("dated"),
            document.get("dated_from"),
            document.get("first_seen"),
        ),
        page=Link(f"page {page_no}", links.kept(sha256, page_no)) if page_no else None,
        source=document.get("source_name"),
        original=Link("original", original) if original else None,
    )


def fact_link(fact: Mapping, links: Links) -> Link:
    """A review or judgement in plain words, linked to its page."""
    if fact["fact"] == "review":
        text = words.review(
            fact["type"],
            fact["subject"],
            fact["board"],
            fact["council"],
            fact["status"],
        )
        return Link(text, links.review(fact["id"]))
    text = words.judgement(
        fact["visit_type"], fact["date"], fact["judgement_area"], fact["grade"]
    )
    council = fact.get("la_code")
    url = f"{links.council(council)}#ofsted" if council else ""
    return Link(text, url)


def council_links(codes: Iterable[str], links: Links) -> tuple[Link, ...]:
    """Councils by code, each linked to its council page, unknown codes left out."""
    found = (places.by_code(code) for code in dict.fromkeys(codes) if code)
    return tuple(
        Link(council.common_name, links.council(council.code))
        for council in found
        if council
    )


def named_councils(names: str | None) -> list[str]:
    """The codes of councils a row names ("Kingston upon Thames; Richmond upon
    Thames"), in its order."""
    codes = (council_code(name.strip()) for name in (names or "").split(";"))
    return [code for code in codes if code]


def mention_card(
    row: Mapping,
    document: Mapping,
    facts: Iterable[Mapping],
    links: Links,
    whole_page: bool = False,
) -> MentionCard:
    """A mention (or, with `whole_page`, a page a search found) as a card."""
    mention_id = row.get("mention_id")
    own = [
        f
        for f in facts
        if whole_page or not mention_id or f["mention_id"] == mention_id
    ]
    seen = {(f["fact"], f["id"]): fact_link(f, links) for f in own}
    codes = named_councils(row.get("council")) or (
        document.get("councils") or ""
    ).split(",")
    found = row.get("found") or document.get("first_seen")
    return MentionCard(
        sentence=marked(row.get("snippet")),
        facts=tuple(seen.values()),
        councils=council_links(codes, links),
        place=place(document, row.get("page_no"), links),
        found=words.uk_date(found) if found else "",
        whole_page=whole_page,
        ocr=bool(row.get("ocr")) or (row.get("text_from") or "").startswith("OCR"),
    )


def review_card(
    row: Mapping,
    document: Mapping | None,
    councils: Iterable[str],
    links: Links,
    lead: bool = False,
) -> ReviewCard:
    """A review as a card; a lead not said to be published offers an FOI draft."""
    review_id = row["review_id"]
    concerned = council_links([*named_councils(row.get("council")), *councils], links)
    where = row.get("council") or " and ".join(council.text for council in concerned)
    title = words.review(
        row.get("type"), row.get("subject"), row.get("board"), where, row.get("status")
    )
    first_sentence = row.get("snippet")
    return ReviewCard(
        title=Link(title, links.review(review_id)),
        status=row.get("status") or "unknown",
        sentence=row.get("status_sentence"),
        first_sentence=marked(first_sentence) if first_sentence else None,
        councils=concerned,
        first=place(document, row.get("page_no"), links) if document else None,
        mentioned=mentioned(row),
        foi=Link("Draft an FOI request", links.foi(review_id))
        if lead and row.get("status") != "published"
        else None,
    )


def mentioned(row: Mapping) -> str:
    """How often and how long ago a review was mentioned, as the row says."""
    said = []
    if row.get("mentions") is not None:
        said.append(
            f"{words.plural(row['mentions'], 'mention')} in "
            f"{words.plural(row.get('documents') or 0, 'document')}"
        )
    if row.get("months_since") is not None:
        said.append(f"first mentioned {words.plural(row['months_since'], 'month')} ago")
    return "; ".join(said)
