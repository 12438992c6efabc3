"""The archive's Datasette plugin: kept copies, links to them, SQL functions (the
search index's among them), feeds, and queries that run out of time said in words.

Datasette loads this file from `--plugins-dir` (casewatch/datasette/plugins).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import datasette_atom
from datasette import hookimpl
from datasette.utils import is_url
from datasette.utils.asgi import Response, asgi_send_file
from datasette.views.base import DatasetteError
from markupsafe import Markup

from casewatch.archive import files_root
from casewatch.datasette import atom, functions, search
from casewatch.datasette.cards import marked

MARKED_COLUMNS = {"snippet", "status_sentence"}
# Kept copies are named by their hash and never change.
KEPT_HEADERS = {
    "cache-control": "public, max-age=31536000, immutable",
    "x-content-type-options": "nosniff",
}


@hookimpl
def prepare_connection(conn, database, datasette):
    """The canned queries' SQL functions, the search index's among them; the
    archive itself refuses every write."""
    functions.register(conn)
    if database == "_internal":
        return
    # prepared while Datasette adds it, `_memory` before it is listed
    added = datasette.databases.get(database)
    if added is not None and added.path:
        search.register(conn, Path(added.path))
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
    return [
        (r"^/-/files/(?P<sha256>[0-9a-f]{64})$", kept_copy),
        (r"^/-/databases(\.json)?$", databases),
    ]


async def databases(datasette):
    """Datasette's list of its databases, without where they are on disk."""
    return Response.json(
        [
            {key: value for key, value in database.items() if key != "path"}
            for database in datasette._connected_databases()
        ]
    )


# The canned queries' dates: a year, a month or a day, compared as text, so that
# anything else would filter silently and wrongly rather than fail.
DATE_PARAMETERS = ("since", "until")
PARTIAL_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


@hookimpl
def asgi_wrapper(datasette):
    """Answer a request whose `since` or `until` is not a date with a 400 that
    says so, before any query runs."""

    def wrap(app):
        async def checked(scope, receive, send):
            query = scope.get("query_string", b"").decode("utf-8", "replace")
            if scope["type"] == "http" and (problem := malformed_date(query)):
                error = {"ok": False, "error": problem, "status": 400}
                answer = (
                    Response.json(error, status=400)
                    if scope["path"].endswith(".json")
                    else Response.text(problem, status=400)
                )
                await answer.asgi_send(send)
                return
            await app(scope, receive, send)

        return checked

    return wrap


def malformed_date(query_string: str) -> str:
    """What is wrong with the query's dates ('' when nothing is)."""
    query = parse_qs(query_string, keep_blank_values=True)
    for name in DATE_PARAMETERS:
        for value in query.get(name, []):
            if value and not is_partial_date(value):
                return f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}"
    return ""


def is_partial_date(value: str) -> bool:
    if not PARTIAL_DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat((value + "-01-01")[:10])
    except ValueError:
        return False
    return True


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


@hookimpl
def extra_template_vars(database, request, datasette):
    """On the search page, how many pages match, or why the index was not used,
    for templates/query-casewatch.html."""
    if request and request.url_vars.get("table") == "search":  # the canned query
        return lambda: search.search_page_vars(datasette, database, request)
    return {}


@hookimpl
def handle_exception(datasette, request, exception):
    """A query that ran out of time says so in words, on a page, not as a raw 400."""
    if not (
        isinstance(exception, DatasetteError) and exception.title == "SQL Interrupted"
    ):
        return None
    seconds = datasette.setting("sql_time_limit_ms") / 1000
    name = request.url_vars.get("table") or "query"
    words = (
        f"This {'search' if name == 'search' else 'query'} took longer than the"
        f" {seconds:g} second{'' if seconds == 1 else 's'} this site allows a query,"
        " so there is no answer."
    )
    if request.path.endswith(".json"):
        return Response.json({"ok": False, "error": words, "status": 400}, status=400)

    async def page():
        back = request.headers.get("referer") or datasette.urls.instance()
        context = {"name": name, "seconds": seconds, "back": back}
        html = await datasette.render_template("too_long.html", context, request)
        return Response.html(html)

    return page
