"""What crawlers send the writer: each item, and a run's opening and closing, as
messages on one Redis list, pickled (as scrapy-redis pickles requests: Redis must
be reachable by the crawl's machines only)."""

from __future__ import annotations

import pickle
import socket
import uuid
from dataclasses import dataclass

# The list crawlers push messages to, and the writer's list of those in hand.
ITEMS = "casewatch:items"
PROCESSING = "casewatch:items:processing"


@dataclass(frozen=True)
class Message:
    """One thing to store: `payload` is an item, an Opening or a Closing (casewatch/
    store/runs.py) of the run of crawler `crawler`; `id` its receipt."""

    id: str
    crawler: str
    payload: object

    def dumps(self) -> bytes:
        return pickle.dumps(self, protocol=pickle.HIGHEST_PROTOCOL)


def message(crawler: str, payload: object) -> bytes:
    return Message(uuid.uuid4().hex, crawler, payload).dumps()


def loads(raw: bytes) -> Message:
    found = pickle.loads(raw)
    if not isinstance(found, Message):
        raise TypeError(f"not a casewatch message: {type(found).__name__}")
    return found


def crawler_name(pid: int) -> str:
    """A crawler process's name in a shared crawl: its host, pid and a token (a pid
    is used again after a restart)."""
    return f"{socket.gethostname()}:{pid}:{uuid.uuid4().hex[:8]}"


def alive_key(crawler: str) -> str:
    """The key a crawler keeps alive (with an expiry) while it runs."""
    return f"casewatch:crawler:{crawler}"
