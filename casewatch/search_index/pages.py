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
    index, indexed = archive_index(archive)
    if index is None or FTS5_ONLY.search(query):
        indexed = first - 1
    found: list[Match] = []
    if indexed >= first and index is not None:
        rowids = index.matching(query, first, min(last, indexed))
        texts = dict(
            archive.execute(
                "select rowid, text from pages where rowid in"
                " (select value from json_each(?))",
                [f"[{','.join(map(str, rowids))}]"],
            ).fetchall()
        )
        found += [
            Match(rowid, index.snippet(query, texts[rowid], marks)) for rowid in rowids
        ]
    window = {"first": max(first, indexed + 1), "last": last}
    found += [
        Match(row["rowid"], row["excerpt"])
        for row in archive.query(
            FTS5_MATCHES,
            {"query": query, "open": marks[0], "close": marks[1], **window},
        )
    ]
    return found
