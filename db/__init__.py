"""The archive database: the only way to open one is `open_db`, which migrates it."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from db.migrations import migrations


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) the archive at `path`, in WAL mode, fully migrated."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA busy_timeout = 30000")
    db.enable_wal()
    migrations.apply(db)
    return db
