"""One case review across documents, however many name it.

A review is one row of `reviews`, linked to every mention of it (`review_mentions`)
and found again by any of its keys (`review_keys`):

* with a subject: its type, councils and subject ("SCR|E09000028|child r"), and
  each council's alone, so the Child R review is one review in the board's papers
  and in the news, and a joint board's review one in each council's; with no
  council known, its subject is recognised in its own document only ("Child A" is
  every other board's pseudonym) or by the same status sentence (a story's copies);
* with no subject, once a status is stated: its type, councils, year and status
  (a board pack and a newspaper both saying the Kingston and Richmond board's SCR
  is withheld), and its type, board as written, year and status sentence (the same
  sentence in two newspapers' copies of one story); and always its page.

Its status is the most informative any source states, with that sentence: withheld
over unpublished over in_progress over published over unknown.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from sqlite_utils import Database

from casewatch.detectors import ReviewRecord
from casewatch.detectors.records import STATUS_STRENGTH
from casewatch.places import councils_concerned, successors_of


def review_keys(
    record: ReviewRecord, councils: Iterable[str], sha256: str
) -> tuple[str, ...]:
    """The keys a review is recognised by in any document, the strongest first."""
    codes = sorted(set(councils))
    place = ",".join(codes)
    stated = record.status != "unknown"
    # The sentence that says its status, in two documents: copies of one story.
    sentence = folded(record.status_sentence) if stated else ""
    if record.subject:
        subject = f"subject:{record.subject.casefold()}"
        if place:  # a joint board's review is each of its councils' too
            alone = [f"{record.type}|{code}|{subject}" for code in codes]
            return tuple(dict.fromkeys([f"{record.type}|{place}|{subject}", *alone]))
        return (
            f"{record.type}|{sha256}|{subject}",
            *((f"{record.type}|{subject}|sentence:{sentence}",) if sentence else ()),
        )
    year = f"year:{record.year or ''}"
    keys = []
    if place and stated:
        keys.append(f"{record.type}|{place}|{year}|status:{record.status}")
    if sentence:
        keys.append(
            f"{record.type}|board:{folded(record.board)}|{year}|sentence:{sentence}"
        )
    keys.append(f"{record.type}|{sha256}:{record.mentions[0].page_no}")
    return tuple(keys)


def folded(text: str | None) -> str:
    """Text compared as writers vary it: any case, any spacing."""
    return " ".join((text or "").casefold().split())


def file_review(
    db: Database, record: ReviewRecord, mention_ids: list[str], sha256: str, seen: str
) -> str:
    """Link a document's record of a review to the one review (made if new); its
    id. A record that says something new of it updates what is known."""
    councils = concerned(record)
    keys = review_keys(record, (code for code, _ in councils), sha256)
    review_id = known_review(db, keys) or new_review(db, record, keys[0], seen)
    for key in keys:
        db.execute(
            "insert or ignore into review_keys (key, review_id) values (?, ?)",
            [key, review_id],
        )
    for code, via in councils:
        db.execute(
            "insert or ignore into review_councils (review_id, la_code, via)"
            " values (?, ?, ?)",
            [review_id, code, via],
        )
    linked = sum(
        db.execute(
            "insert or ignore into review_mentions (review_id, mention_id,"
            " status, status_sentence, first_seen) values (?, ?, ?, ?, ?)",
            [review_id, mention_id, mention.fields["status"], mention.snippet, seen],
        ).rowcount
        for mention, mention_id in zip(record.mentions, mention_ids, strict=True)
    )
    if linked:
        learn(db, review_id, record, seen)
    return review_id


def concerned(record: ReviewRecord) -> tuple[tuple[str, str], ...]:
    """Its councils, each with how it is known: its own, its board's partnership's,
    every council the text names for it ("City and Hackney", a joint board), and
    the councils that took over any of those since abolished ("Bournemouth & Poole
    LSCB": Bournemouth, Christchurch and Poole)."""
    known = dict(councils_concerned(record.la_code, record.board))
    for code in record.la_codes:
        known.setdefault(code, "partnership")
        for successor in successors_of(code):
            known.setdefault(successor, "successor")
    return tuple(known.items())


def known_review(db: Database, keys: tuple[str, ...]) -> str | None:
    """The oldest review any of the keys already names."""
    row = db.execute(
        "select k.review_id from review_keys k join reviews r on r.id = k.review_id"
        " where k.key in (select value from json_each(?)) order by r.rowid limit 1",
        [json.dumps(keys)],
    ).fetchone()
    return row[0] if row else None


def new_review(db: Database, record: ReviewRecord, key: str, seen: str) -> str:
    review_id = hashlib.sha1(key.encode()).hexdigest()
    db.table("reviews").insert(
        {
            "id": review_id,
            "type": record.type,
            "subject": record.subject,
            "board": record.board,
            "local_authority": record.local_authority,
            "la_code": record.la_code,
            "year": record.year,
            "status": record.status,
            "status_sentence": record.status_sentence,
            "first_seen": seen,
            "last_seen": seen,
        },
        pk="id",
        ignore=True,
    )
    return review_id


def learn(db: Database, review_id: str, record: ReviewRecord, seen: str) -> None:
    """Fill what the review lacked from the record; take its status if more
    informative than the one known."""
    (status,) = db.execute(
        "select status from reviews where id = ?", [review_id]
    ).fetchone()
    stronger = STATUS_STRENGTH.index(record.status) > STATUS_STRENGTH.index(status)
    db.execute(
        "update reviews set last_seen = ?, subject = coalesce(subject, ?),"
        " board = coalesce(board, ?), local_authority = coalesce(local_authority, ?),"
        " la_code = coalesce(la_code, ?), year = coalesce(year, ?)"
        " where id = ?",
        [
            seen,
            record.subject,
            record.board,
            record.local_authority,
            record.la_code,
            record.year,
            review_id,
        ],
    )
    if stronger:
        db.execute(
            "update reviews set status = ?, status_sentence = ? where id = ?",
            [record.status, record.status_sentence, review_id],
        )
