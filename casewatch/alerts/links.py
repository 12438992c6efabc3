"""Addresses a digest links to, on the published archive at CASEWATCH_PUBLIC_URL:
the pages made for people (casewatch/links.py; never a table's row) and the
unsubscribe page, and whether that address is one readers can open.

Pure: the public address and the signing key in, strings out.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from casewatch.alerts import tokens
from casewatch.alerts.follows import Follow
from casewatch.links import Links

LOCAL_NAMES = {"localhost", "localhost.localdomain"}


@dataclass(frozen=True)
class DigestLinks(Links):
    """The archive's pages at the public address, and unsubscribe links signed
    with `key`."""

    key: bytes = b""

    def unsubscribe(self, follows: Iterable[Follow]) -> str:
        """The link that stops these follows, in one click."""
        named = [(each.id, each.nonce) for each in follows if each.id is not None]
        return self.at(f"-/unsubscribe?token={tokens.token(self.key, named)}")


def is_local(url: str) -> bool:
    """True when an address is reachable from this machine only (loopback)."""
    return local_host(urlsplit(url).hostname or "")


def local_host(host: str) -> bool:
    host = host.strip("[]").lower()
    if host in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def sending_warnings(public_url: str) -> list[str]:
    """What is wrong with the public address for digests that go to people."""
    if is_local(public_url):
        return [
            f"digests link to {public_url}, which only this machine can open:"
            " set CASEWATCH_PUBLIC_URL to the archive's public address"
        ]
    if urlsplit(public_url).scheme != "https":
        return [
            f"CASEWATCH_PUBLIC_URL ({public_url}) is not https: mail programs offer"
            " one-click unsubscribe only for https links"
        ]
    return []


def serving_warning(public_url: str, host: str, port: int) -> str:
    """Why digests' links would miss a server on `host`:`port`, or ''.

    A public address on another machine is taken to be a proxy in front of this
    one; a local one must be this server's own address.
    """
    if not is_local(public_url):
        return ""
    parts = urlsplit(public_url)
    default = 443 if parts.scheme == "https" else 80
    if (parts.port or default) == port and local_host(host):
        return ""
    served = f"http://{host}:{port}"
    return (
        f"digests link to {public_url} (CASEWATCH_PUBLIC_URL) but this server is"
        f" {served}: set CASEWATCH_PUBLIC_URL to the address readers open"
    )
