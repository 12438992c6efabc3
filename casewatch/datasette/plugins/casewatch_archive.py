"""The archive's Datasette plugin: kept copies, links to them, SQL functions, feeds.

Datasette loads this file from `--plugins-dir` (casewatch/datasette/plugins).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import datasette_atom
from datasette import hookimpl
from datasette.utils import is_url
from datasette.utils.asgi import Response, asgi_send_file
from markupsafe import Markup

from casewatch.datasette import atom, functions
from casewatch.datasette.cards import marked
from casewatch.jobs import files_root

MARKED_COLUMNS = {"snippet", "status_sentence"}
# Kept copies are named by their hash and never change.
KEPT_HEADERS = {
    "cache-control": "public, max-age=31536000, immutable",
    "x-content-type-options": "nosniff",
}


@hookimpl
def prepare_connection(conn, database):
    """The canned queries' SQL functions; the archive itself refuses every write."""
    functions.register(conn)
    if database != "_internal":
        conn.execute("PRAGMA query_only = 1")


@hookimpl
def register_magic_parameters(datasette):
    """`:_site_url`, this server's address as the client sees it, for feed links."""

    def site(key, request):
        if key != "url":
            raise KeyError(key)
        return datasette.absolute_url(request, datasette.urls.instance()).rstrip("/")

    return [("site", site)]


@hookimpl(trylast=True)
def register_output_renderer():
    """`.atom` with published dates: registered last, so it is the one in use."""
    return {
        "extension": "atom",
        "render": atom.render,
        "can_render": datasette_atom.can_render_atom,
    }


@hookimpl
def register_routes():
    return [(r"^/-/files/(?P<sha256>[0-9a-f]{64})$", kept_copy)]


async def kept_copy(datasette, request, send):
    """A document's kept bytes: PDFs inline (so #page=N works), HTML sandboxed."""
    database = datasette.get_database()
    row = (
        await database.execute(
            "select path, format, content_type from documents where sha256 = ?",
            [request.url_vars["sha256"]],
        )
    ).first()
    root = files_root(Path(database.path)).resolve()
    path = (root / row["path"]).resolve() if row and row["path"] else root
    if not path.is_file() or not path.is_relative_to(root):
        return Response.text("No kept copy of that document.", status=404)
    content_type, headers = served_as(row["format"], row["content_type"])
    await asgi_send_file(send, path, content_type=content_type, headers=headers)


def served_as(file_format: str | None, content_type: str | None) -> tuple[str, dict]:
    """How to send a kept copy: a PDF as a PDF, HTML without its scripts, else bytes."""
    if file_format == "pdf":
        return "application/pdf", dict(KEPT_HEADERS)
    if file_format == "html":
        html_type = content_type if (content_type or "").startswith("text/html") else ""
        sandbox = {"content-security-policy": "sandbox"}
        return html_type or "text/html", {**KEPT_HEADERS, **sandbox}
    return "application/octet-stream", {
        **KEPT_HEADERS,
        "content-disposition": "attachment",
    }


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Marked words highlighted; pages open the kept copy; titles open the document;
    a source URL shows its site, so the sentence keeps the width of the table."""
    if value is None:
        return None
    if column in MARKED_COLUMNS and isinstance(value, str) and "<mark>" in value:
        return marked(value)
    if table is None and column == "source_url" and is_url(value):
        return link(value, urlsplit(value).netloc)
    if table is None and column == "review_id":
        return link(datasette.urls.row(database, "reviews", value), "review")
    if table is None and column == "judgement_id":
        return link(datasette.urls.row(database, "ofsted_judgements", value), "sources")
    # `in` on a sqlite3.Row looks at its values, not its column names
    if "sha256" not in row.keys():  # noqa: SIM118
        return None
    sha256 = row["sha256"]
    if isinstance(sha256, dict):  # a table page expands foreign keys to their labels
        sha256 = sha256["value"]
    if column == "page_no" and table in (None, "mentions", "pages"):
        return link(kept_url(datasette, sha256, value), f"p. {value}")
    if table is None and column == "document":
        return link(datasette.urls.row(database, "documents", sha256), value)
    if table is None and column == "sha256":
        return link(kept_url(datasette, sha256), "kept copy")
    return None


def link(href: str, text: object) -> Markup:
    return Markup('<a href="{}">{}</a>').format(href, text)


def kept_url(datasette, sha256: str, page_no: int | None = None) -> str:
    """The kept copy's address; with a page number, a PDF viewer opens that page."""
    url = datasette.urls.path(f"/-/files/{sha256}")
    return f"{url}#page={page_no}" if page_no else url
