"""The only writer of the search index: it reads what the archive added since the
index's mark and moves the mark, so the cost is what was added, not the archive.

A catch-up takes the index's lock (one writer at a time), reads the mark
(`search_index`) and, where the folder is missing or belongs to another mark,
builds the index afresh. Otherwise it adds the pages past the mark and indexes
again the documents whose councils, date or source kinds changed since
(`search_index_changes`, kept by triggers), commits, then moves the mark. A catch-up
killed before it moved the mark is done again by the next one: the pages past
the mark are deleted from the index before they are added, so none is there twice.
"""

from __future__ import annotations

import fcntl
import shutil
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import click
import tantivy
from sqlite_utils import Database

from casewatch.clock import now
from casewatch.options import db_option
from casewatch.search_index import index_folder
from casewatch.search_index.schema import (
    SCHEMA,
    Filters,
    identity,
    page_document,
    write_identity,
)
from db import open_db

# Pages read from the archive at a time, and the writer's memory (bytes).
BATCH = 10_000
WRITER_HEAP = 128_000_000
FILTERS = """
select coalesce(d.dated, substr(d.first_seen, 1, 10)),
  (select group_concat(la_code) from document_councils where sha256 = d.sha256),
  (select group_concat(distinct s.kind) from document_urls u
   join sources s on s.slug = u.source where u.sha256 = d.sha256)
from documents d where d.sha256 = ?
"""


@dataclass(frozen=True)
class Mark:
    """How far the index has read: the folder it is, the last page rowid and the
    last change it holds."""

    index_id: str
    pages: int
    changes: int


@dataclass(frozen=True)
class Progress:
    """What a catch-up did."""

    pages: int
    documents: int
    rebuilt: bool
    seconds: float

    def summary(self) -> str:
        how = "built afresh" if self.rebuilt else "brought up to date"
        return (
            f"search index {how}: {self.pages:,} pages added, {self.documents:,}"
            " documents indexed again (their councils, date or sources changed),"
            f" {self.seconds:.1f} s"
        )


def catch_up(db_path: Path, rebuild: bool = False) -> Progress:
    """Bring the index of the archive at `db_path` up to date; build it afresh when
    asked, or when it is missing or is not the index the archive's mark names."""
    folder = index_folder(db_path)
    started = time.perf_counter()
    with writer_lock(folder):
        db = open_db(db_path)
        try:
            mark = read_mark(db)
            fresh = rebuild or mark is None or identity(folder) != mark.index_id
            if fresh or mark is None:
                pages, documents = build_afresh(db, folder), 0
            else:
                pages, documents = add_new(db, folder, mark)
        finally:
            db.close()
    return Progress(pages, documents, fresh, time.perf_counter() - started)


@contextmanager
def writer_lock(folder: Path) -> Iterator[None]:
    """Hold the index's lock (a file beside it), waiting for another writer."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    with (folder.parent / f"{folder.name}.lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def read_mark(db: Database) -> Mark | None:
    row = db.execute(
        "select index_id, pages, changes from search_index where id = 1"
    ).fetchone()
    return Mark(*row) if row else None


def write_mark(db: Database, mark: Mark) -> None:
    """Move the mark, and forget the changes it now holds but the last (while it
    is there, no new change can have its seq)."""
    with db.atomic():
        db.execute(
            "insert or replace into search_index (id, index_id, pages, changes,"
            " updated) values (1, ?, ?, ?, ?)",
            [mark.index_id, mark.pages, mark.changes, now()],
        )
        db.execute("delete from search_index_changes where seq < ?", [mark.changes])


def archive_now(db: Database) -> tuple[int, int]:
    """The archive's last page rowid and last change, read together."""
    with db.atomic():
        return db.execute(
            "select coalesce((select max(rowid) from pages), 0),"
            " coalesce((select max(seq) from search_index_changes), 0)"
        ).fetchone()


def build_afresh(db: Database, folder: Path) -> int:
    """Index every page in a new folder; then name it in the folder and the mark."""
    last, changes = archive_now(db)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    writer = tantivy.Index(SCHEMA, path=str(folder)).writer(WRITER_HEAP)
    added = add_pages(db, writer, 0, last)
    writer.commit()
    writer.wait_merging_threads()
    index_id = uuid.uuid4().hex
    write_identity(folder, index_id)
    write_mark(db, Mark(index_id, last, changes))
    return added


def add_new(db: Database, folder: Path, mark: Mark) -> tuple[int, int]:
    """Add the pages past the mark; index again the documents that changed."""
    last, changes = archive_now(db)
    if (last, changes) == (mark.pages, mark.changes):
        return 0, 0
    changed = [
        sha256
        for (sha256,) in db.execute(
            "select distinct sha256 from search_index_changes"
            " where seq > ? and seq <= ?",
            [mark.changes, changes],
        )
    ]
    writer = tantivy.Index.open(str(folder)).writer(WRITER_HEAP)
    past_mark = tantivy.Query.range_query(
        SCHEMA, "rowid", tantivy.FieldType.Unsigned, lower_bound=mark.pages + 1
    )
    writer.delete_documents_by_query(past_mark)
    for sha256 in changed:
        writer.delete_documents_by_term("sha256", sha256)
    documents = sum(add_document(db, writer, sha256, mark.pages) for sha256 in changed)
    added = add_pages(db, writer, mark.pages, last)
    writer.commit()
    writer.wait_merging_threads()
    write_mark(db, Mark(mark.index_id, last, changes))
    return added, documents


def add_pages(db: Database, writer, after: int, last: int) -> int:
    """Add the pages with rowids after `after`, up to `last`; how many."""
    filters = DocumentFilters(db)
    added = 0
    while after < last:
        rows = db.execute(
            "select rowid, sha256, page_no, text from pages"
            " where rowid > ? and rowid <= ? order by rowid limit ?",
            [after, last, BATCH],
        ).fetchall()
        if not rows:
            break
        for rowid, sha256, page_no, text in rows:
            writer.add_document(
                page_document(rowid, sha256, page_no, text, filters.of(sha256))
            )
        added += len(rows)
        after = rows[-1][0]
    return added


def add_document(db: Database, writer, sha256: str, up_to: int) -> bool:
    """Add again a changed document's pages up to the mark (later ones are new
    pages, added with them); whether it had any."""
    filters = DocumentFilters(db).of(sha256)
    rows = db.execute(
        "select rowid, page_no, text from pages where sha256 = ? and rowid <= ?",
        [sha256, up_to],
    ).fetchall()
    for rowid, page_no, text in rows:
        writer.add_document(page_document(rowid, sha256, page_no, text, filters))
    return bool(rows)


class DocumentFilters:
    """Each document's filters, read once while its pages are added (a document's
    pages have neighbouring rowids)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.sha256 = ""
        self.filters = Filters((), (), "")

    def of(self, sha256: str) -> Filters:
        if sha256 != self.sha256:
            day, councils, kinds = self.db.execute(FILTERS, [sha256]).fetchone() or (
                None,
                None,
                None,
            )
            self.sha256 = sha256
            self.filters = Filters(
                tuple((councils or "").split(",")) if councils else (),
                tuple((kinds or "").split(",")) if kinds else (),
                day or "",
            )
        return self.filters


@click.command("index")
@db_option
@click.option("--rebuild", is_flag=True, help="Build the index afresh.")
def index_command(db_path: Path, rebuild: bool) -> None:
    """Bring the search index beside the archive up to date: the pages stored since
    it last read the archive, and the documents whose councils, date or sources
    changed. A missing index (or one of another archive) is built afresh.

    Usage: casewatch index --db data/casewatch.db [--rebuild]
    """
    if not db_path.exists():
        raise click.BadParameter(f"no archive at {db_path}", param_hint="--db")
    click.echo(catch_up(db_path, rebuild).summary())
