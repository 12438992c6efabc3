"""Addresses of the archive's pages made for people, in one place for the web pages
and the digests: a document's page, the kept copy at a page, a review's page, its
FOI draft, a council's page and the week's new mentions.

Pure: a base address in (Datasette's base URL, or the public address digests link
to), strings out.
"""

from __future__ import annotations

from dataclasses import dataclass

DATABASE = "casewatch"  # the name the archive is served under, whatever its file


@dataclass(frozen=True)
class Links:
    """Pages of the archive served under `base` ("/" or "https://host/path")."""

    base: str = "/"

    def at(self, path: str) -> str:
        return f"{self.base.rstrip('/')}/{path}"

    def document(self, sha256: str) -> str:
        return self.at(f"{DATABASE}/documents/{sha256}")

    def kept(self, sha256: str, page_no: int | None = None) -> str:
        """The kept copy; with a page number, a PDF viewer opens that page."""
        page = f"#page={page_no}" if page_no else ""
        return self.at(f"-/files/{sha256}{page}")

    def review(self, review_id: str) -> str:
        return self.at(f"{DATABASE}/reviews/{review_id}")

    def foi(self, review_id: str) -> str:
        return self.at(f"foi/{review_id}")

    def council(self, code: str) -> str:
        return self.at(f"council/{code}")

    def latest(self) -> str:
        return self.at(f"{DATABASE}/new_mentions")
