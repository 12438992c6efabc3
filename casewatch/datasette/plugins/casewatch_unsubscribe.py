"""The unsubscribe page that digests link to: `/-/unsubscribe?token=...`.

GET shows a button (mail scanners open links, and must not unsubscribe anyone);
POST, from the button or a mail program's one-click (RFC 8058), stops the follows
the token names. casewatch/alerts/unsubscribe.py decides; this only serves it.
Datasette loads this file from `--plugins-dir` (casewatch/datasette/plugins).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from datasette import hookimpl
from datasette.utils.asgi import Response

from casewatch.alerts import private
from casewatch.alerts.unsubscribe import answer

PATH = "/-/unsubscribe"
# The token is in the address: keep it out of caches, search engines and the
# Referer of any link followed from the page.
HEADERS = {
    "cache-control": "no-store",
    "referrer-policy": "no-referrer",
    "x-robots-tag": "noindex",
}


@hookimpl
def register_routes():
    return [(r"^/-/unsubscribe$", unsubscribe)]


@hookimpl
def skip_csrf(scope):
    """A one-click POST comes from a mail program, with no cookie and no form
    token: the signed token in the address is what it is checked by."""
    return scope["path"] == PATH


async def unsubscribe(datasette, request):
    if request.method not in ("GET", "POST"):
        return Response.text(
            "Use GET or POST.", status=405, headers={"allow": "GET, POST"}
        )
    token = request.args.get("token", "")
    archive = Path(datasette.get_database().path)
    outcome = await asyncio.to_thread(
        answer, private.default_path(archive), token, request.method == "POST"
    )
    page = await datasette.render_template(
        "unsubscribe.html",
        {
            "outcome": outcome.value,
            "action": f"{datasette.urls.path(PATH)}?token={token}",
        },
        request=request,
    )
    return Response.html(page, status=outcome.status, headers=HEADERS)
