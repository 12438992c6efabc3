"""Unsubscribe tokens: which follows a link stops, signed so no one can make one.

A token names follows by id and nonce (`12-9f0c...` joined by `_`) and carries an
HMAC-SHA256 of them under the key of `private.signing_key`. The nonce is the
follow's own random value, so a token stops only the follows it was made for: once
they are removed, no new follow answers to it, even one given the same id. Pure:
a key and follows in, a string out, and back.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Iterable

Named = tuple[int, str]  # a follow's id and nonce

PAYLOAD = re.compile(r"\d{1,12}-[0-9a-f]{16}(?:_\d{1,12}-[0-9a-f]{16})*")
SIGNATURE = re.compile(r"[A-Za-z0-9_-]{43}")  # 32 bytes, base64url without padding
LONGEST = 4000  # characters: a subscriber with about a hundred follows
PURPOSE = b"casewatch unsubscribe\x00"  # the key signs nothing else


def token(key: bytes, follows: Iterable[Named]) -> str:
    """A token that stops these follows."""
    payload = "_".join(f"{number}-{nonce}" for number, nonce in follows)
    return f"{payload}.{signature(key, payload)}"


def named(key: bytes, given: str) -> list[Named] | None:
    """The follows a token stops; None when it is not one this key signed (forged,
    altered or cut short)."""
    payload, _, signed = given.rpartition(".")
    if len(given) > LONGEST or not PAYLOAD.fullmatch(payload):
        return None
    if not SIGNATURE.fullmatch(signed):
        return None
    if not hmac.compare_digest(signed, signature(key, payload)):
        return None
    return [
        (int(number), nonce)
        for number, _, nonce in (part.partition("-") for part in payload.split("_"))
    ]


def signature(key: bytes, payload: str) -> str:
    digest = hmac.digest(key, PURPOSE + payload.encode("ascii"), hashlib.sha256)
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
