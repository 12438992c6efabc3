"""The subscriptions file sits beside the archive but is never published: Datasette
serves the archive alone, refuses to attach another file, and the kept-copy route
does not step out of the files folder."""

import json
import urllib.error
import urllib.parse
import urllib.request

import pytest

from casewatch.alerts import private, subscriptions
from casewatch.alerts.follows import follow


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


@pytest.fixture(scope="module")
def subscriber(demo_archive):
    path = private.default_path(demo_archive)
    db = private.open_private(path)
    subscriptions.subscribe(
        db, "secret-reader@example.org", follow(councils=["Kingston"])
    )
    return path


def test_only_the_archive_is_served(datasette_url, subscriber):
    status, body = get(f"{datasette_url}/-/databases.json")
    assert status == 200
    assert [database["name"] for database in json.loads(body)] == ["casewatch"]
    assert get(f"{datasette_url}/subscriptions")[0] == 404
    assert get(f"{datasette_url}/subscriptions.json")[0] == 404


def test_sql_cannot_attach_the_private_file(datasette_url, subscriber):
    sql = f"attach database '{subscriber}' as private"
    status, body = get(
        f"{datasette_url}/casewatch.json?"
        + urllib.parse.urlencode({"sql": sql, "_shape": "array"})
    )
    assert status != 200
    assert "secret-reader" not in body


@pytest.mark.parametrize(
    "path",
    [
        "/-/files/../private/subscriptions.db",
        "/-/files/%2e%2e%2fprivate%2fsubscriptions.db",
        "/-/files/..%2Fprivate%2Fsubscriptions.db",
    ],
)
def test_the_files_route_does_not_reach_it(datasette_url, subscriber, path):
    status, body = get(datasette_url + path)
    assert status == 404
    assert "secret-reader" not in body


@pytest.mark.parametrize(
    "token",
    ["", "1-0123456789abcdef." + "A" * 43, "../private/subscriptions.db", "1' or 1=1"],
)
def test_the_unsubscribe_page_reaches_nothing_without_a_signed_token(
    datasette_url, subscriber, token
):
    address = f"{datasette_url}/-/unsubscribe?" + urllib.parse.urlencode(
        {"token": token}
    )
    for data in (None, b"List-Unsubscribe=One-Click"):
        request = urllib.request.Request(address, data=data)
        try:
            urllib.request.urlopen(request, timeout=10)
            status, body = 200, ""
        except urllib.error.HTTPError as error:
            status, body = error.code, error.read().decode("utf-8", "replace")
        assert status in (400, 503)
        assert "secret-reader" not in body
    (kept,) = [
        each
        for each in subscriptions.subscribers(private.open_private(subscriber))
        if each.email == "secret-reader@example.org"
    ]
    assert kept.follows
