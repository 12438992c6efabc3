"""Kept copies: named by SHA-256, written once, capped in size."""

import hashlib

import pytest

from casewatch.archive import TooLarge, keep_copy


def test_copy_is_named_by_its_sha256(tmp_path):
    kept = keep_copy(b"%PDF-1.4 board pack", tmp_path, max_bytes=1000)
    digest = hashlib.sha256(b"%PDF-1.4 board pack").hexdigest()
    assert kept.sha256 == digest
    assert kept.path == f"{digest[:2]}/{digest}"
    assert (tmp_path / kept.path).read_bytes() == b"%PDF-1.4 board pack"


def test_same_bytes_from_another_url_reuse_the_copy(tmp_path):
    first = keep_copy(b"same bytes", tmp_path, max_bytes=1000)
    modified = (tmp_path / first.path).stat().st_mtime_ns
    second = keep_copy(b"same bytes", tmp_path, max_bytes=1000)
    assert second == first
    assert (tmp_path / first.path).stat().st_mtime_ns == modified
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == [first.sha256]


def test_a_document_over_the_cap_is_not_kept(tmp_path):
    with pytest.raises(TooLarge, match="over the 10-byte cap"):
        keep_copy(b"x" * 11, tmp_path, max_bytes=10)
    assert not list(tmp_path.iterdir())
