"""scrapy-redis's scheduler, with leases: the requests a crawler has taken from the
shared queue are kept against its name until it has handled them (downloaded,
called back, its items through the pipelines), so that a crawler killed midway
loses none; the others put them back in the queue once its name has expired.

What scrapy-redis 0.9.1 does not do, and this subclass does:
- it pops a request and forgets it, so a killed crawler's requests were lost; here
  the pop and the lease are one Lua script, and a lease ends when the request
  leaves the engine's in-progress set (Scrapy 2.19 has no signal for that moment);
- its filter skips requests with dont_filter, which our spiders set (they dedupe
  their own requests, see spiders/base.py): here every new request is asked of the
  shared filter, and only one that continues a request (a retry, a redirect, an
  unconditional re-ask) skips it;
- a crawler whose queue is empty would close while others still hold requests
  that may yield more: here it waits (DontCloseSpider) until no one holds any;
- with SCHEDULER_PERSIST the queue and filter outlive the crawl (so the next start
  resumes it) but also a crawl that finished; here the last crawler to finish
  deletes them (or, while another crawler's name is alive, leaves them to expire
  two lease times after, unless a crawler at work renews them), and a crawl left
  alone expires after RESUME_WITHIN_HOURS.
"""

from __future__ import annotations

import uuid

from redis.exceptions import ResponseError
from scrapy import Request, signals
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

from casewatch.shared.messages import alive_key

# Pop the request with the best priority and lease it to a crawler, at once.
POP_AND_LEASE = """
local found = redis.call('zrange', KEYS[1], 0, 0)
if #found == 0 then return false end
redis.call('zremrangebyrank', KEYS[1], 0, 0)
redis.call('hset', KEYS[2], ARGV[1], found[1])
return found[1]
"""
# A crawler that finished leaves the crawl; the last one, with nothing queued and
# nothing leased, deletes it. KEYS: crawlers, queue, filter; ARGV: this crawler,
# the prefix of crawlers' names kept alive, of their leases.
FINISH = """
redis.call('srem', KEYS[1], ARGV[1])
redis.call('del', ARGV[3] .. ARGV[1])
local others = redis.call('smembers', KEYS[1])
for _, other in ipairs(others) do
  if redis.call('exists', ARGV[2] .. other) == 1 then return 0 end
  if redis.call('hlen', ARGV[3] .. other) > 0 then return 0 end
end
if redis.call('zcard', KEYS[2]) > 0 then return 0 end
for _, other in ipairs(others) do redis.call('del', ARGV[3] .. other) end
redis.call('del', KEYS[1], KEYS[2], KEYS[3])
return 1
"""
# Request meta that marks a request continuing one already taken from the queue.
CONTINUES = ("retry_times", "redirect_times", "unconditional")


class SharedScheduler(Scheduler):
    """The shared queue and filter of one crawl (CASEWATCH_REDIS_CRAWL), with leases."""

    @classmethod
    def from_crawler(cls, crawler):
        scheduler = super().from_crawler(crawler)
        settings = crawler.settings
        scheduler.crawler = crawler
        scheduler.name = settings["CASEWATCH_CRAWLER"]
        scheduler.prefix = f"casewatch:crawl:{settings['CASEWATCH_REDIS_CRAWL']}"
        scheduler.lease_seconds = settings.getfloat("CASEWATCH_REDIS_LEASE_SECONDS")
        scheduler.keep_seconds = settings.getint("CASEWATCH_REDIS_KEEP_SECONDS")
        scheduler.leased = {}
        scheduler.heart = task.LoopingCall(scheduler.beat)
        crawler.signals.connect(scheduler.idle, signal=signals.spider_idle)
        return scheduler

    def leases_of(self, crawler: str) -> str:
        return f"{self.prefix}:leases:{crawler}"

    @property
    def crawlers(self) -> str:
        return f"{self.prefix}:crawlers"

    def open(self, spider):
        super().open(spider)
        self.server.sadd(self.crawlers, self.name)
        self.beat()
        self.reclaim()
        self.heart.start(self.lease_seconds / 3, now=False)

    def beat(self) -> None:
        """Keep this crawler's name alive, the crawl from expiring, leases settled."""
        self.server.set(alive_key(self.name), 1, px=int(self.lease_seconds * 1000))
        for key in (self.crawlers, self.queue.key, self.df.key):
            self.server.expire(key, self.keep_seconds)
        self.settle()

    def enqueue_request(self, request: Request) -> bool:
        continues = any(key in request.meta for key in CONTINUES)
        if not continues and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self) -> Request | None:
        self.settle()
        lease = uuid.uuid4().hex
        keys = [self.queue.key, self.leases_of(self.name)]
        found = self.server.eval(POP_AND_LEASE, len(keys), *keys, lease)
        if found is None:
            return None
        request = self.queue._decode_request(found)
        self.leased[lease] = request
        self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def settle(self) -> None:
        """End the leases of requests the engine no longer has in hand."""
        slot = getattr(self.crawler.engine, "_slot", None)
        in_hand = slot.inprogress if slot else set()
        done = [lease for lease, asked in self.leased.items() if asked not in in_hand]
        if done:
            self.server.hdel(self.leases_of(self.name), *done)
            for lease in done:
                del self.leased[lease]

    def reclaim(self) -> int:
        """Put back in the queue the requests leased to crawlers no longer alive."""
        back = 0
        for member in self.server.smembers(self.crawlers):
            crawler = member.decode()
            if crawler == self.name or self.server.exists(alive_key(crawler)):
                continue
            claimed = f"{self.leases_of(crawler)}:{uuid.uuid4().hex}"
            if self.server.exists(self.leases_of(crawler)):
                try:
                    self.server.rename(self.leases_of(crawler), claimed)
                except ResponseError:  # another crawler claimed them first
                    continue
            for raw in self.server.hvals(claimed):
                self.queue.push(self.queue._decode_request(raw))
                back += 1
            self.server.delete(claimed)
            self.server.srem(self.crawlers, crawler)
        if back:
            self.stats.inc_value("casewatch/shared/reclaimed", back)
        return back

    def idle(self) -> None:
        """Stay open while the queue has requests or another crawler holds some."""
        self.settle()
        self.reclaim()
        if len(self.queue) or any(
            self.server.hlen(self.leases_of(member.decode()))
            for member in self.server.smembers(self.crawlers)
        ):
            raise DontCloseSpider

    def close(self, reason: str):
        if self.heart.running:
            self.heart.stop()
        if reason == "finished":
            keys = [self.crawlers, self.queue.key, self.df.key]
            prefixes = [alive_key(""), self.leases_of("")]
            if not self.server.eval(FINISH, len(keys), *keys, self.name, *prefixes):
                # Another name is alive: a crawler at work renews the crawl (beat),
                # one killed between requests cannot, and the crawl soon expires.
                for key in keys:
                    self.server.pexpire(key, int(self.lease_seconds * 2000))
        self.server.delete(alive_key(self.name))
        return super().close(reason)
