"""Reading the search index: what a reporter types as a query, the filters applied
inside the index (so the top 100 of a council are its true top 100), ranked page
rowids with the number of matches, and snippets with the words that matched marked.

Two query languages, as before the index: the search box's, where every word is
required and "a phrase" is kept (nothing typed there is an operator), and the alert
follows', which also reads AND, OR, NOT and brackets.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path

import tantivy

from casewatch.search_index.schema import SCHEMA, TEXT, day_number, identity

# A search answers this many pages at most, as the FTS5 search did.
TOP = 100
SNIPPET_CHARACTERS = 160
# Snippet makers kept for the queries last asked (a page of results asks 100 times).
SNIPPET_MAKERS = 64
# Search answers kept, for the same reason.
ANSWERS = 256
PHRASES = re.compile(r'"([^"]*)"|(\S+)')
ELLIPSIS = " … "
WORD = re.compile(r"\w")


@dataclass(frozen=True)
class Hits:
    """The best pages first, by archive rowid, and how many pages match in all."""

    rowids: tuple[int, ...]
    count: int


@dataclass(frozen=True)
class Search:
    """A search box query and its filters, as the `search` page takes them."""

    q: str
    council: str | None = None  # an ONS code
    source_kind: str = ""
    since: str = ""
    until: str = ""


def box_query(text: str | None) -> str:
    """The search box's words as the index's query: each word quoted and required,
    "phrases" kept, so that nothing a reporter types is an operator."""
    parts = []
    for phrase, word in PHRASES.findall(text or ""):
        words = (phrase or word).replace('"', " ").replace("\\", " ").split()
        if words:
            parts.append('"' + " ".join(words) + '"')
    return " ".join(parts)


class SearchIndex:
    """An archive's index opened for reading, opened again when it is rebuilt and
    reloaded when a catch-up commits."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.lock = threading.Lock()
        self.index: tantivy.Index | None = None
        self.index_id: str | None = None
        self.stamp = 0
        self.snippet_makers: dict[tuple, tantivy.SnippetGenerator] = {}
        self.answers: dict[tuple, Hits] = {}

    def searcher(self) -> tantivy.Searcher | None:
        """The latest committed state; None while there is no whole index."""
        index_id = identity(self.folder)
        if index_id is None:
            return None
        with self.lock:
            if index_id != self.index_id or self.index is None:
                self.index, self.index_id, self.stamp = (
                    tantivy.Index.open(str(self.folder)),
                    index_id,
                    0,
                )
            stamp = (self.folder / "meta.json").stat().st_mtime_ns
            if stamp != self.stamp:
                self.index.reload()
                self.stamp = stamp
            return self.index.searcher()

    @property
    def ready(self) -> bool:
        return identity(self.folder) is not None

    def search(self, search: Search, limit: int = TOP) -> Hits | None:
        """The best `limit` pages for a search box query, and how many match; None
        without an index. Kept until the index changes: a results page asks for
        its rows, then for the number of matches."""
        searcher = self.searcher()
        if searcher is None:
            return None
        key = (self.index_id, self.stamp, search, limit)
        if key not in self.answers:
            if len(self.answers) >= ANSWERS:
                self.answers.clear()
            query = self.parse(box_query(search.q))
            self.answers[key] = hits(searcher, query, filters(search), limit)
        return self.answers[key]

    def matching(self, query: str, first: int, last: int) -> list[int]:
        """Every page with a rowid from `first` to `last` that an alert's query (AND,
        OR, NOT, brackets, "phrases") matches, in rowid order."""
        searcher = self.searcher()
        parsed = self.parse(query)
        if searcher is None or parsed is None or first > last:
            return []
        rowids = tantivy.Query.range_query(
            SCHEMA, "rowid", tantivy.FieldType.Unsigned, first, last
        )
        count = matches(searcher.search(and_filtered(parsed, [rowids]), 1))
        return sorted(hits(searcher, parsed, [rowids], count).rowids) if count else []

    def parse(self, query: str) -> tantivy.Query | None:
        """The query on the page text; None for one with no words."""
        if not query.strip():
            return None
        index = self.index or tantivy.Index(SCHEMA)
        return index.parse_query(query, [TEXT], conjunction_by_default=True)

    def snippet(self, query: str, text: str | None, marks=("<mark>", "</mark>")) -> str:
        """The passage of `text` where the query's words are, each marked. A page
        of results asks once a row, after its search: the index as that search
        found it is used, without looking again."""
        maker = self.snippet_makers.get((self.index_id, self.stamp, query))
        if maker is None:
            searcher, parsed = self.searcher(), self.parse(query)
            if searcher is None or parsed is None:
                return text or ""
            if len(self.snippet_makers) >= SNIPPET_MAKERS:
                self.snippet_makers.clear()
            maker = snippet_maker(searcher, parsed)
            self.snippet_makers[(self.index_id, self.stamp, query)] = maker
        return marked_snippet(maker, text, marks) if text else ""


def hits(
    searcher: tantivy.Searcher, query: tantivy.Query | None, narrowing: list, limit: int
) -> Hits:
    """The best `limit` pages the query matches within the narrowing queries."""
    if query is None:
        return Hits((), 0)
    result = searcher.search(and_filtered(query, narrowing), limit, count=True)
    addresses = [address for _, address in result.hits]
    rowids = searcher.fast_field_values("rowid", addresses) if addresses else []
    return Hits(tuple(int(rowid or 0) for rowid in rowids), matches(result))


def matches(result: tantivy.SearchResult) -> int:
    """How many documents a search counted (its stub leaves `count` out)."""
    return int(getattr(result, "count", 0) or 0)


def filters(search: Search) -> list[tantivy.Query]:
    """The search's filters as index queries that score nothing."""
    found = []
    if search.council is not None:
        found.append(tantivy.Query.term_query(SCHEMA, "council", search.council))
    if search.source_kind:
        found.append(
            tantivy.Query.term_query(SCHEMA, "source_kind", search.source_kind)
        )
    since, until = day_number(search.since), day_number(search.until, last=True)
    if (search.since and since is None) or (search.until and until is None):
        found.append(tantivy.Query.empty_query())  # not a date: nothing is dated so
    elif since is not None or until is not None:
        found.append(
            tantivy.Query.range_query(
                SCHEMA, "day", tantivy.FieldType.Unsigned, since, until
            )
        )
    return found


def and_filtered(query: tantivy.Query, narrowing: list) -> tantivy.Query:
    if not narrowing:
        return query
    return tantivy.Query.boolean_query(
        [(tantivy.Occur.Must, query)]
        + [
            (tantivy.Occur.Must, tantivy.Query.const_score_query(each, 0.0))
            for each in narrowing
        ]
    )


def snippet_maker(
    searcher: tantivy.Searcher, query: tantivy.Query
) -> tantivy.SnippetGenerator:
    maker = tantivy.SnippetGenerator.create(searcher, query, SCHEMA, TEXT)
    maker.set_max_num_chars(SNIPPET_CHARACTERS)
    return maker


def marked_snippet(maker: tantivy.SnippetGenerator, text: str, marks) -> str:
    """The best passage of `text`, the matched words between `marks`, with an
    ellipsis where it is cut from the page."""
    snippet = maker.snippet_from_doc(tantivy.Document(**{TEXT: [text]}))
    fragment = snippet.fragment()
    if not fragment:
        return text[:SNIPPET_CHARACTERS]
    encoded = fragment.encode()
    pieces, at = [], 0
    for matched in snippet.highlighted():
        pieces += [
            encoded[at : matched.start].decode(errors="replace"),
            marks[0],
            encoded[matched.start : matched.end].decode(errors="replace"),
            marks[1],
        ]
        at = matched.end
    pieces.append(encoded[at:].decode(errors="replace"))
    start = text.find(fragment)
    if start < 0:
        return "".join(pieces)
    before, after = text[: max(start, 0)], text[start + len(fragment) :]
    # what the fragment leaves out is kept when it is only punctuation
    before = ELLIPSIS.lstrip() if WORD.search(before) else before
    after = ELLIPSIS.rstrip() if WORD.search(after) else after
    return before + "".join(pieces) + after
