"""The bundled sample sites: one loopback HTTP server answering from a table of routes.

`routes.yml` maps a request path (and query) to a file under `files/`, a status, a
content type, a redirect target or a delay, so broken sites (a 500, a redirect loop,
a timeout, a mislabelled PDF) are rows of data, not mocks. The demo and the tests
crawl it with the real spiders; tests serve their own sites (tests/sites/<name>/,
a routes.yml and files/) with the same server.

Like nginx or IIS serving static files, it sends an ETag (a hash of the bytes) and
a Last-Modified (the file's mtime) with every 200, and answers 304 Not Modified to a
request whose If-None-Match (or, without one, If-Modified-Since) still holds.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

HERE = Path(__file__).parent
FILES = HERE / "files"


@dataclass(frozen=True)
class Route:
    """What the server answers for one path."""

    path: str
    file: str = ""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    location: str = ""
    delay: float = 0
    # Real pages name their own host in absolute links (a web service's document
    # URLs, CMIS meeting links): served here, each such origin becomes this server
    # and the path it maps to, e.g. {"https://democracy.manchester.gov.uk": "/mcr"}.
    origins: dict[str, str] = field(default_factory=dict)
    # False imitates a server that sends no validators (many CMSs' download scripts)
    validators: bool = True


def load_routes(path: Path = HERE / "routes.yml") -> dict[str, Route]:
    """The routes table, keyed by decoded path and query."""
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {entry["path"]: Route(**entry) for entry in entries}


def request_key(raw_path: str) -> str:
    """The routes-table key of a request target: decoded path, then '?query' if any."""
    parts = urlsplit(raw_path)
    query = unquote(parts.query)
    return unquote(parts.path) + (f"?{query}" if query else "")


def find_route(routes: dict[str, Route], key: str) -> Route | None:
    """The route for a request key; else the most specific one whose query is part
    of the request's (`/x?ID=1` answers `/x?ID=1&from=…`: sites ignore the rest)."""
    if key in routes:
        return routes[key]
    path, _, query = key.partition("?")
    asked = set(query.split("&"))
    matches = [
        (len(parameters), route)
        for route_key, route in routes.items()
        if route_key.partition("?")[0] == path
        and (parameters := set(filter(None, route_key.partition("?")[2].split("&"))))
        <= asked
    ]
    return max(matches, key=lambda match: match[0])[1] if matches else None


class SampleSites:
    """Serve the sample sites on 127.0.0.1 (or another loopback `host`, a site of
    its own to a crawler) from a background thread."""

    def __init__(
        self,
        port: int = 0,
        routes: dict[str, Route] | None = None,
        files: Path = FILES,
        host: str = "127.0.0.1",
    ) -> None:
        self.routes = routes if routes is not None else load_routes()
        self.files = files
        self.requested: list[str] = []  # every request's routes-table key, in order
        self.answered: list[tuple[str, int, int]] = []  # (key, status, body bytes)
        self.host = host
        self.host = host
        self.server = ThreadingHTTPServer((host, port), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        """Where the sites are served, e.g. http://127.0.0.1:40123."""
        return f"http://{self.host}:{self.server.server_port}"

    def __enter__(self) -> SampleSites:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        routes, files, sites = self.routes, self.files, self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                key = request_key(self.path)
                sites.requested.append(key)
                route = find_route(routes, key)
                if route is None:
                    self._answer(404, b"Not found", "text/plain")
                    return
                time.sleep(route.delay)
                if route.location:
                    self.send_response(route.status)
                    self.send_header("Location", route.location)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = (files / route.file).read_bytes() if route.file else b""
                for origin, path in route.origins.items():
                    body = body.replace(
                        origin.encode(), f"{sites.base_url}{path}".encode()
                    )
                validators = {}
                if route.validators and route.status == 200 and route.file:
                    validators = {
                        "ETag": f'"{hashlib.sha256(body).hexdigest()[:32]}"',
                        "Last-Modified": formatdate(
                            (files / route.file).stat().st_mtime, usegmt=True
                        ),
                    }
                    if not_modified(self.headers, validators):
                        self._answer(304, b"", route.content_type, validators)
                        return
                self._answer(route.status, body, route.content_type, validators)

            def _answer(
                self,
                status: int,
                body: bytes,
                content_type: str,
                validators: dict[str, str] | None = None,
            ) -> None:
                sites.answered.append((request_key(self.path), status, len(body)))
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    for name, value in (validators or {}).items():
                        self.send_header(name, value)
                    if status != 304:
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the crawler gave up waiting (the timeout sample)

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler


def not_modified(headers, validators: dict[str, str]) -> bool:
    """True when a conditional request's validators still hold (RFC 9110 13.2.2:
    If-None-Match, when sent, decides alone; ETags compare weakly)."""
    if asked := headers.get("If-None-Match"):
        tags = {tag.strip().removeprefix("W/") for tag in asked.split(",")}
        return "*" in tags or validators["ETag"] in tags
    if since := headers.get("If-Modified-Since"):
        try:
            return parsedate_to_datetime(validators["Last-Modified"]) <= (
                parsedate_to_datetime(since)
            )
        except (TypeError, ValueError):
            return False
    return False
