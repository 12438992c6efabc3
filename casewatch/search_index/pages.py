"""Which pages in a rowid range a query matches, for alerts: the search index up to
its mark, SQLite's FTS5 past it (pages stored since the index last read the
archive) and for a query the index does not read as FTS5 does (a prefix*, NEAR,
a column), so that no new page is missed for want of an index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from casewatch.search_index import index_folder
from casewatch.search_index.query import SearchIndex
from casewatch.search_index.schema import identity

# FTS5 syntax the index's query parser reads otherwise, or not at all.
FTS5_ONLY = re.compile(r"[*^:{}]|\bNEAR\b")

FTS5_MATCHES = """
select f.rowid, snippet(pages_fts, 0, :open, :close, '…', 24) as excerpt
from pages_fts f
where pages_fts match :query and f.rowid >= :first and f.rowid <= :last
order by f.rowid
"""


@dataclass(frozen=True)
class Match:
    """A page a query matches, with the passage that shows it (words marked)."""

    rowid: int
    excerpt: str


def archive_index(archive: Database) -> tuple[SearchIndex | None, int]:
    """The archive's index and the last page rowid it holds; (None, 0) while the
    archive has no whole index."""
    path = archive.execute("pragma database_list").fetchone()[2]
    mark = archive.execute(
        "select index_id, pages from search_index where id = 1"
    ).fetchone()
    if not path or not mark:
        return None, 0
    index = SearchIndex(index_folder(Path(path)))
    return (index, mark[1]) if identity(index.folder) == mark[0] else (None, 0)


def pages_matching(
    archive: Database, query: str, first: int, last: int, marks: tuple[str, str]
) -> list[Match]:
    """The pages with rowids from `first` to `last` that `query` matches, in rowid
    order, each with its excerpt, the matched words between `marks`."""
    found, indexed = index_matches(archive, query, first, last, marks)
    window = {"first": max(first, indexed + 1), "last": last}
    return found + [
        Match(row["rowid"], row["excerpt"])
        for row in archive.query(
            FTS5_MATCHES,
            {"query": query, "open": marks[0], "close": marks[1], **window},
        )
    ]


def index_matches(
    archive: Database, query: str, first: int, last: int, marks: tuple[str, str]
) -> tuple[list[Match], int]:
    """The matches the index has, and the last rowid it answered for (`first` - 1
    when it cannot answer: no index, or a query it reads otherwise than FTS5)."""
    index, indexed = archive_index(archive)
    if index is None or FTS5_ONLY.search(query) or indexed < first:
        return [], first - 1
    try:
        rowids = index.matching(query, first, min(last, indexed))
    except ValueError:  # FTS5 reads it (subscribing checked), the index does not
        return [], first - 1
    texts = dict(
        archive.execute(
            "select rowid, text from pages where rowid in"
            " (select value from json_each(?))",
            [f"[{','.join(map(str, rowids))}]"],
        ).fetchall()
    )
    matches = [
        Match(rowid, index.snippet(query, texts[rowid], marks)) for rowid in rowids
    ]
    return matches, indexed
