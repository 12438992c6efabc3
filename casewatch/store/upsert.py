"""The one way the store writes a row that may exist: an upsert on its natural key."""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database


def upsert(
    db: Database,
    table: str,
    rows: Iterable[dict],
    key: tuple[str, ...],
    keep: tuple[str, ...] = (),
    add: tuple[str, ...] = (),
    when: str = "",
    **params: object,
) -> None:
    """Insert each row, or update the row with its key: every column bar the key and
    `keep` (what the first sighting said) is set, `add` columns are counters added
    to; `when` (SQL, with `params` as named parameters) limits which rows change.
    With nothing to update, an existing row is left as it is."""
    rows = list(rows)
    if not rows:
        return
    columns = list(rows[0])
    updates = ", ".join(
        f"[{column}] = [{table}].[{column}] + excluded.[{column}]"
        if column in add
        else f"[{column}] = excluded.[{column}]"
        for column in columns
        if column not in key + keep
    )
    action = f"do update set {updates}" if updates else "do nothing"
    db.conn.executemany(
        f"insert into [{table}] ({', '.join(f'[{column}]' for column in columns)})"
        f" values ({', '.join(f':{column}' for column in columns)})"
        f" on conflict ({', '.join(key)}) {action}"
        + (f" where {when}" if when and updates else ""),
        [{**params, **row} for row in rows],
    )


def insert_new(db: Database, table: str, rows: Iterable[dict], key: tuple[str, ...]):
    """Insert the rows not yet kept; a row already kept stays as it is."""
    rows = list(rows)
    if rows:
        upsert(db, table, rows, key, keep=tuple(rows[0]))
