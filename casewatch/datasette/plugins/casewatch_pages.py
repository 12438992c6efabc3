"""Pages made for people: answers as cards, council pages, review and document
pages, FOI drafts, UK dates; and the archive served as `casewatch` whatever its
file is called.

Datasette loads this file from `--plugins-dir` beside casewatch_archive.py.
"""

from __future__ import annotations

from datasette import hookimpl

from casewatch.datasette import DATABASE, pages, routes, words


@hookimpl
def startup(datasette):
    """The one archive is `/casewatch/` whatever its file's name (README links)."""
    files = [
        name
        for name, db in datasette.databases.items()
        if not db.is_memory and name != "_internal"
    ]
    if len(files) == 1 and files[0] != DATABASE and DATABASE not in datasette.databases:
        db = datasette.databases[files[0]]
        datasette.remove_database(files[0])
        datasette.add_database(db, name=DATABASE)


@hookimpl
def register_routes():
    return [
        (r"^/council/?$", routes.council_by_name),
        (r"^/council/(?P<council>[^/]+)$", routes.council_page),
        (r"^/foi/(?P<review_id>[^/]+?)(?P<text>\.txt)?$", routes.foi_page),
    ]


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    """What the casewatch templates call: cards, the council list, words; and on a
    document's or a review's row page, that document or review."""
    shared = pages.template_functions(datasette, database)
    if view_name == "row" and table in ("documents", "reviews") and database:
        key = request.url_vars["pks"]

        async def row_page():
            found = await pages.row_page(datasette, database, table, key)
            return {**shared, **found}

        return row_page
    return shared


@hookimpl
def render_cell(value, column, table):
    """Dates and timestamps in UK words in every table ("29 July 2015"); in an
    answer's table, codes in words ("date on its first page", "not published yet")."""
    if not isinstance(value, str):
        return None
    if words.INSTANT.match(value):
        return words.uk_time(value)
    if words.DAY.match(value):
        return words.uk_date(value)
    return words.CODES.get(column, {}).get(value) if table is None else None
