"""Atom feeds whose entries carry `published` as well as `updated`.

datasette-atom 0.9 writes an entry's `updated` from `atom_updated` and has no
`published`. casewatch's feed says both: when the document is dated (its meeting,
publication or printed date) and when casewatch found the mention. This renders
with datasette-atom, then adds `<published>` from each row's `atom_published`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import datasette_atom
from datasette.utils.asgi import Response

ATOM = "http://www.w3.org/2005/Atom"


def render(
    datasette, request, sql, columns, rows, database, table, query_name, view_name, data
):
    """datasette-atom's feed, each entry with its row's `atom_published`."""
    response = datasette_atom.render_atom(
        datasette, request, sql, columns, rows, database, table, query_name,
        view_name, data,
    )  # fmt: skip
    if "atom_published" not in columns or response.status != 200:
        return response
    published = {str(row["atom_id"]): row["atom_published"] for row in rows}
    body = response.body if isinstance(response.body, str) else response.body.decode()
    return Response(
        with_published(body, published),
        status=response.status,
        headers=response.headers,
        content_type=response.content_type,
    )


def with_published(feed: str, published: dict[str, str]) -> str:
    """The Atom document with `<published>` after each entry's `<id>`."""
    ET.register_namespace("", ATOM)
    root = ET.fromstring(feed)
    for entry in root.iter(f"{{{ATOM}}}entry"):
        atom_id = entry.findtext(f"{{{ATOM}}}id")
        if day := published.get(atom_id or ""):
            element = ET.Element(f"{{{ATOM}}}published")
            element.text = instant(day)
            entry.insert(1, element)
    return ET.tostring(root, encoding="unicode", xml_declaration=True)


def instant(day: str) -> str:
    """An RFC 3339 date-time, as Atom wants, of a date, a month or a date-time."""
    if len(day) == 7:
        day += "-01"
    return f"{day}T00:00:00+00:00" if len(day) == 10 else day
