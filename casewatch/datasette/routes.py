"""The council page (`/council/<ONS code or name>`) and FOI drafts (`/foi/<review>`).

A council page is the canned queries asked about one council, each section one
click from its table: open leads, then case reviews, the Ofsted timeline as a
chart, the latest mentions and the council's sources with their health.
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import unquote, urlencode

from datasette.utils.asgi import Response

from casewatch import places
from casewatch.datasette import DATABASE, answers, chart, foi, lookups, words
from casewatch.datasette.cards import Place, council_links, place
from casewatch.datasette.functions import council_code

LATEST_SHOWN = 10
# A long story should not fill a council's latest mentions by itself.
SHOWN_PER_DOCUMENT = 2
# The canned queries a council page is made of, each a section with its table.
SECTIONS = (
    "leads",
    "reviews_by_council",
    "ofsted_timeline",
    "latest_mentions",
    "source_health",
)


async def council_by_name(request, datasette):
    """The front page's council box: to the council's page, or say it is unknown."""
    return await council_or_redirect(datasette, request, request.args.get("council"))


async def council_page(request, datasette):
    return await council_or_redirect(
        datasette, request, unquote(request.url_vars["council"])
    )


async def council_or_redirect(datasette, request, asked: str | None):
    code = council_code(asked)
    if not code:
        return await page(
            datasette, request, "council_unknown.html", {"asked": asked}, 404
        )
    links = answers.links_of(datasette)
    if request.url_vars.get("council") != code:
        return Response.redirect(links.council(code))
    council = places.by_code(code)
    successors = [places.by_code(each) for each in places.successors_of(code)]
    context = {
        "council": council,
        "successors": successors,
        "predecessors": places.predecessors_of(code),
        **await council_sections(datasette, request, code),
    }
    return await page(datasette, request, "council.html", context)


async def council_sections(datasette, request, code: str) -> dict:
    """Each section's cards, chart or rows, and the address of its table."""
    council = places.by_code(code)
    db = datasette.get_database(DATABASE)
    links = answers.links_of(datasette)
    rows = {name: await answer(datasette, request, name, code) for name in SECTIONS}
    leads = {row["review_id"] for row in rows["leads"]}
    reviews = [r for r in rows["reviews_by_council"] if r["review_id"] not in leads]
    latest = await in_the_papers(db, rows["latest_mentions"])
    return {
        "leads": await answers.review_cards(db, rows["leads"], links, lead=True),
        "reviews": await answers.review_cards(db, reviews, links),
        "ofsted": chart.timeline(
            rows["ofsted_timeline"], council.common_name if council else code
        ),
        "ofsted_count": len(rows["ofsted_timeline"]),
        "latest": await answers.mention_cards(db, latest[:LATEST_SHOWN], links),
        "sources": rows["source_health"],
        "tables": {name: table_url(datasette, name, code) for name in SECTIONS},
        "feed": table_url(datasette, "new_mentions_feed.atom", code),
    }


async def in_the_papers(db, rows: list[dict]) -> list[dict]:
    """Mentions outside Ofsted's own reports (the chart shows those), at most
    SHOWN_PER_DOCUMENT from a document."""
    documents = await lookups.documents(db, (row["sha256"] for row in rows))
    shown: Counter[str] = Counter()
    papers = []
    for row in rows:
        if documents.get(row["sha256"], {}).get("source_kind") == "ofsted":
            continue
        shown[row["sha256"]] += 1
        if shown[row["sha256"]] <= SHOWN_PER_DOCUMENT:
            papers.append(row)
    return papers


async def answer(datasette, request, name: str, code: str) -> list[dict]:
    """A canned query's rows for one council, as its page would show them."""
    query = await datasette.get_canned_query(DATABASE, name, request.actor)
    results = await datasette.get_database(DATABASE).execute(
        query["sql"], {"council": code}
    )
    return [dict(row) for row in results.rows]


def table_url(datasette, name: str, code: str) -> str:
    return datasette.urls.path(f"/{DATABASE}/{name}?" + urlencode({"council": code}))


async def foi_page(request, datasette):
    """A lead's FOI request: a page to copy it from, or `.txt` for the text alone."""
    review_id = request.url_vars["review_id"]
    db = datasette.get_database(DATABASE)
    found = await lookups.review(db, review_id)
    if not found:
        return Response.text("casewatch knows no such review.", status=404)
    text = foi.draft(
        foi.Review(
            found["type"],
            found["subject"],
            found["board"],
            found["status"],
            found["status_sentence"],
        ),
        await councils_of(db, found),
        await sightings(datasette, request, db, review_id),
    )
    if request.url_vars.get("text"):
        return Response.text(text)
    links = answers.links_of(datasette)
    context = {
        "review_words": words.review(
            found["type"],
            found["subject"],
            found["board"],
            found["local_authority"],
            found["status"],
        ),
        "review_url": links.review(review_id),
        "councils": council_links(await council_codes(db, found), links),
        "draft": text,
        "text_url": datasette.urls.path(f"/foi/{review_id}.txt"),
    }
    return await page(datasette, request, "foi.html", context)


async def council_codes(db, review: dict) -> list[str]:
    """A review's councils, its own first."""
    codes = (await lookups.review_councils(db, [review["id"]])).get(review["id"], [])
    own = [review["la_code"]] if review["la_code"] in codes else []
    return [*own, *sorted(set(codes) - set(own))]


async def councils_of(db, review: dict) -> list[places.Council]:
    found = (places.by_code(code) for code in await council_codes(db, review))
    return [council for council in found if council]


async def sightings(datasette, request, db, review_id: str) -> list[foi.Sighting]:
    """Where the archive saw the review: each document and page once."""
    mentions = await lookups.review_mentions(db, review_id)
    documents = await lookups.documents(db, (m["sha256"] for m in mentions))
    links = answers.links_of(datasette)
    seen: dict[tuple[str, int], foi.Sighting] = {}
    for mention in mentions:
        if mention["sha256"] in documents:
            where = place(documents[mention["sha256"]], mention["page_no"], links)
            page = where.page.url if where.page else links.kept(mention["sha256"])
            kept = datasette.absolute_url(request, page)
            seen.setdefault(
                (mention["sha256"], mention["page_no"]), sighting(mention, where, kept)
            )
    return list(seen.values())


def sighting(mention: dict, where: Place, kept_url: str) -> foi.Sighting:
    """A mention as the request cites it."""
    return foi.Sighting(
        document=where.document.text,
        source=where.source,
        page_no=mention["page_no"],
        date=where.date,
        found=words.uk_date(mention["first_seen"]),
        sentence=mention["snippet"] or "",
        status_sentence=mention["status_sentence"],
        original_url=where.original.url if where.original else None,
        kept_url=kept_url,
    )


async def page(datasette, request, template: str, context: dict, status: int = 200):
    html = await datasette.render_template(template, context, request=request)
    return Response.html(html, status=status)
