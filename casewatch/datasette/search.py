"""The search index in Datasette: SQL functions the `search` query calls, and what
the search page says above its results (how many pages match, or why the index
was not used).

    search_hits(q, council, source_kind, since, until)  JSON list of page rowids,
        best first (at most 100), or NULL when the archive has no index yet
    search_snippet(q, text)        the passage of a page's text where q's words are
    search_index_ready()           1 with an index, else 0 (the query then uses FTS5)
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from casewatch.datasette.functions import council_code
from casewatch.search_index import index_folder
from casewatch.search_index.query import Hits, Search, SearchIndex, box_query

_indexes: dict[Path, SearchIndex] = {}


def index_of(db_path: Path) -> SearchIndex:
    """The index of an archive, one reader a process."""
    if db_path not in _indexes:
        _indexes[db_path] = SearchIndex(index_folder(db_path))
    return _indexes[db_path]


def search_of(q, council, source_kind, since, until) -> Search | None:
    """The search page's parameters as a search; None for a council no one is
    called (it matches nothing, as the FTS5 query's council filter does)."""
    code = council_code(council) if council else None
    if council and code is None:
        return None
    return Search(q or "", code, source_kind or "", since or "", until or "")


def answer(index: SearchIndex, *parameters) -> Hits | None:
    search = search_of(*parameters)
    if search is None:
        return Hits((), 0) if index.ready else None
    return index.search(search)


def register(connection: sqlite3.Connection, db_path: Path) -> None:
    """The search functions on a connection to the archive at `db_path`."""
    index = index_of(db_path)

    def search_hits(q, council, source_kind, since, until) -> str | None:
        found = answer(index, q, council, source_kind, since, until)
        return None if found is None else json.dumps(found.rowids)

    connection.create_function("search_hits", 5, search_hits)
    connection.create_function(
        "search_snippet", 2, lambda q, text: index.snippet(box_query(q), text)
    )
    connection.create_function(
        "search_index_ready", 0, lambda: int(index.ready), deterministic=True
    )


async def search_page_vars(datasette, database: str, request) -> dict:
    """For the search page: the matches in all, or that the index is not used
    (not built yet) or behind the archive (pages stored since it last read it)."""
    db = datasette.get_database(database)
    index = index_of(Path(db.path))
    args = [request.args.get(name, "") for name in SEARCH_PARAMETERS]
    found = answer(index, *args) if args[0].strip() else None
    behind = (await db.execute(PAGES_BEHIND)).first() if index.ready else None
    return {
        "casewatch_search": {
            "asked": bool(args[0].strip()),
            "indexed": index.ready,
            "matches": found.count if found else 0,
            "shown": len(found.rowids) if found else 0,
            "behind": behind[0] if behind else 0,
        }
    }


SEARCH_PARAMETERS = ("q", "council", "source_kind", "since", "until")
PAGES_BEHIND = """
select coalesce((select max(rowid) from pages), 0)
  - coalesce((select pages from search_index where id = 1), 0)
"""
