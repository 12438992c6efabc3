"""What a digest says of a document, and the councils an item belongs to.

A document belongs to the councils of every source that listed it: the council its
watch-list entry names, and every council of a partnership it is; an item also
belongs to the councils its mention names (by code, name or partnership).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlite_utils import Database

from casewatch import places
from casewatch.dates import uk_date

DOCUMENT = """
select d.title, d.dated, d.dated_from, u.url, u.title as url_title, u.source,
  u.council
from documents d left join document_urls u on u.sha256 = d.sha256
where d.sha256 = ?
order by u.gone_at is not null, u.first_seen
"""
# Every council the document concerns (a news story's own too).
COUNCILS = "select la_code from document_councils where sha256 = ?"
# documents.dated_from, as a digest says it.
DATED_FROM = {
    "meeting": "meeting date",
    "published": "publication date",
    "article": "article's date",
    "ofsted": "Ofsted's publication date",
    "first_page": "printed on its first page",
    "pdf_created": "PDF created",
}


@dataclass(frozen=True)
class Document:
    """A document as a digest shows it: its live URL first."""

    title: str
    published: str  # the document's own date and where it came from, or ''
    source_url: str
    councils: frozenset[str]
    source_kinds: frozenset[str]


@dataclass(frozen=True)
class Source:
    kind: str
    councils: frozenset[str]


class Documents:
    """Documents looked up by key as items need them, each once; sources read once."""

    def __init__(self, archive: Database) -> None:
        self.archive = archive
        self.sources = {
            row["slug"]: Source(
                row["kind"],
                council_codes(code=row["council"])
                | council_codes(code=row["organisation"])
                | council_codes(partnership=row["name"]),
            )
            for row in archive.query(
                "select slug, kind, name, council, organisation from sources"
            )
        }
        self.known: dict[str, Document] = {}

    def get(self, sha256: str) -> Document:
        if sha256 not in self.known:
            self.known[sha256] = self.read(sha256)
        return self.known[sha256]

    def read(self, sha256: str) -> Document:
        rows = list(self.archive.query(DOCUMENT, [sha256]))
        urls = [row for row in rows if row["url"]]
        sources = [
            self.sources[u["source"]] for u in urls if u["source"] in self.sources
        ]
        titles = [row["title"] for row in rows[:1]] + [u["url_title"] for u in urls]
        dated = rows[0] if rows and rows[0]["dated"] else None
        return Document(
            title=next((title for title in titles if title), "(untitled)"),
            published=dated_words(dated["dated"], dated["dated_from"]) if dated else "",
            source_url=urls[0]["url"] if urls else "",
            councils=frozenset().union(
                *(source.councils for source in sources),
                *(council_codes(code=u["council"]) for u in urls),
                (row[0] for row in self.archive.execute(COUNCILS, [sha256])),
            ),
            source_kinds=frozenset(source.kind for source in sources),
        )


def dated_words(dated: str, dated_from: str) -> str:
    """ "29 July 2015 (printed on its first page)"."""
    return f"{uk_date(dated)} ({DATED_FROM.get(dated_from, 'its date')})"


@cache
def council_codes(
    code: str | None = None, name: str | None = None, partnership: str | None = None
) -> frozenset[str]:
    """ONS codes of a council given by code or by name as written (and of the
    councils that took it over, if it was abolished), and of the councils of a
    partnership given by name."""
    found = {each for each, _ in places.councils_concerned(None, partnership)}
    named = (code and places.by_code(code), name and places.council_for(name))
    for council in named:
        if council:
            found.update((council.code, *places.successors_of(council.code)))
    return frozenset(found)
