"""Kept copies: every document's bytes on disk, named by their SHA-256."""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20


def files_root(db_path: Path) -> Path:
    """Kept copies live beside the archive they belong to."""
    return db_path.parent / "files"


class TooLarge(Exception):
    """A document over the size cap: not kept, recorded as a failure."""


@dataclass(frozen=True)
class KeptCopy:
    """Where a document's bytes are kept, relative to the files root."""

    sha256: str
    size: int
    path: str


def keep_copy(data: bytes, root: Path, max_bytes: int) -> KeptCopy:
    """Write `data` under `root` as `<sha[:2]>/<sha>`; an existing copy is reused.

    The bytes go to a temporary file in chunks and are renamed into place, so a
    crawl killed midway never leaves a half-written copy under a real name.
    """
    if len(data) > max_bytes:
        raise TooLarge(f"{len(data):,} bytes is over the {max_bytes:,}-byte cap")
    sha256 = hashlib.sha256(data).hexdigest()
    relative = f"{sha256[:2]}/{sha256}"
    target = root / relative
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as handle:
            view = memoryview(data)
            for offset in range(0, len(view), CHUNK):
                handle.write(view[offset : offset + CHUNK])
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, target)
    return KeptCopy(sha256, len(data), relative)
