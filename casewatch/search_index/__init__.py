"""The search index beside the archive: every page's text in tantivy, ranked top-k.

SQLite's FTS5 ranks by reading every match, so a common word in ten million pages
takes seconds; tantivy (Rust's Lucene-like engine, in-process, an index folder
beside the archive) answers the same top 100 in tens of milliseconds. The archive
stays the only source of truth: the index holds no fact the archive lacks, and its
mark in the archive (`search_index`) says how far it has read, so `casewatch index`
can always bring it up to date or build it again.

    schema.py    what a page is in the index (text, and the fields searches filter by)
    catch_up.py  the only writer: new pages, documents whose filters changed, rebuilds
    query.py     reading: the query language, filters, ranked rowids, snippets
    pages.py     alerts' text matches: the index up to its mark, FTS5 past it
"""

from __future__ import annotations

import os
from pathlib import Path

# Overrides where the index of an archive lives (the benchmark points Datasette at
# none, to time the FTS5 fallback on the same archive).
INDEX_SETTING = "CASEWATCH_INDEX"


def index_folder(db_path: Path) -> Path:
    """The index of the archive at `db_path`: `<archive>.index/` beside it."""
    return Path(os.environ.get(INDEX_SETTING) or db_path.with_suffix(".index"))
