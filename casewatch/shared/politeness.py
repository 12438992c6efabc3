"""One request at a time per site across every crawler of a shared crawl: a site's
turn is a Redis key (the site's host, as Scrapy's download slots are keyed) that
one crawler holds while its request is on the wire, and for DOWNLOAD_DELAY after.
A killed crawler's turn expires after DOWNLOAD_TIMEOUT and a margin."""

from __future__ import annotations

import asyncio
import uuid

from redis import Redis
from scrapy import Request
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached

# Give back a turn (or keep it for the delay) only if it is still this request's.
GIVE_BACK = """
if redis.call('get', KEYS[1]) ~= ARGV[1] then return 0 end
if tonumber(ARGV[2]) > 0 then return redis.call('pexpire', KEYS[1], ARGV[2]) end
return redis.call('del', KEYS[1])
"""
# How often a crawler waiting for a site's turn asks again, in seconds.
POLL = 0.05
MARGIN_SECONDS = 5


class SiteTurns:
    """A downloader middleware, nearest the downloader: wait for the site's turn,
    hold it while the request is on the wire; counts waits in stats."""

    def __init__(self, server: Redis, stats, hold: float, delay: float) -> None:
        self.server = server
        self.stats = stats
        self.hold_ms = int(hold * 1000)
        self.delay_ms = int(delay * 1000)

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.get("CASEWATCH_REDIS"):
            raise NotConfigured
        return cls(
            Redis.from_url(settings["CASEWATCH_REDIS"]),
            crawler.stats,
            settings.getfloat("DOWNLOAD_TIMEOUT") + MARGIN_SECONDS,
            settings.getfloat("DOWNLOAD_DELAY"),
        )

    async def process_request(self, request: Request, spider=None) -> None:
        key = f"casewatch:site:{urlparse_cached(request).hostname}"
        turn = uuid.uuid4().hex
        waited = False
        while not self.server.set(key, turn, nx=True, px=self.hold_ms):
            waited = True
            await asyncio.sleep(POLL)
        if waited:
            self.stats.inc_value("casewatch/shared/site_waits")
        request.meta["site_turn"] = (key, turn)

    def process_response(self, request: Request, response: Response, spider=None):
        self._give_back(request)
        return response

    def process_exception(self, request: Request, exception, spider=None) -> None:
        self._give_back(request)

    def _give_back(self, request: Request) -> None:
        if held := request.meta.pop("site_turn", None):
            self.server.eval(GIVE_BACK, 1, held[0], held[1], self.delay_ms)
