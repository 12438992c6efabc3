"""The one settings module: Scrapy's settings and casewatch's own (CASEWATCH_*).

Paths and the contact URL come from environment variables so that the scheduler,
the CLI and the tests can point a crawl elsewhere without editing code.
"""

import os

from casewatch import PACKAGE_DIR

BOT_NAME = "casewatch"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

CASEWATCH_DB = os.environ.get("CASEWATCH_DB", "data/casewatch.db")
CASEWATCH_FILES = os.environ.get("CASEWATCH_FILES", "data/files")
CASEWATCH_SOURCES = os.environ.get(
    "CASEWATCH_SOURCES", str(PACKAGE_DIR / "sources.yml")
)
CASEWATCH_CONTACT = os.environ.get(
    "CASEWATCH_CONTACT", "https://github.com/casewatch/casewatch"
)
# Board packs run to 40 MB; anything far larger is not a paper and is not kept.
CASEWATCH_MAX_DOCUMENT_BYTES = int(
    os.environ.get("CASEWATCH_MAX_DOCUMENT_BYTES", 200 * 1024 * 1024)
)

# What one document may cost in each worker (pipelines/workers.py): seconds of CPU
# for one task and megabytes (address space) for the worker. The largest real packs
# take far less: pypdfium2 reads 350 pages a second (research deps.md), so a
# 5,000-page pack is 15 s, and a worker that read every real PDF of the tests and
# sample sites peaked at 61 MB (158 MB once it has OCRed an A4 scan at 200 dpi).
# Two workers at their limit beside the crawl's own 100-270 MB stay under 1 GB
# (benchmarks/hostile.py). Past a limit the document (or OCR's page) is a
# `too_costly` failure.
CASEWATCH_TASK_CPU_SECONDS = int(os.environ.get("CASEWATCH_TASK_CPU_SECONDS", 60))
CASEWATCH_WORKER_MEGABYTES = int(os.environ.get("CASEWATCH_WORKER_MEGABYTES", 384))

# OCR of scanned pages (casewatch/ocr.py, in the text pipeline's worker): seconds
# of CPU one page may take, and pages read per document in one crawl or one
# `casewatch ocr` run; the rest wait for the next. A page takes about a second of
# CPU (benchmarks/ocr.py: 76 s for 64 readings at 200 and 300 dpi), so a scanned
# document costs a crawl some 20 s, and 20 x 30 s at worst, if every page hangs.
CASEWATCH_OCR_PAGE_SECONDS = int(os.environ.get("CASEWATCH_OCR_PAGE_SECONDS", 30))
CASEWATCH_OCR_PAGES_PER_DOCUMENT = int(
    os.environ.get("CASEWATCH_OCR_PAGES_PER_DOCUMENT", 20)
)

# Politeness: an honest name, robots.txt, one request at a time per site.
USER_AGENT = f"casewatch/0.1 (+{CASEWATCH_CONTACT})"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1
# One slow answer sets a site's delay to its latency, and only a 200 brings it down
# again (a recrawl's 304s never do), so the cap is what a site may cost all night.
# The biggest night is a ModernGov council's: Kingston's real pages show 30
# committees, each meeting 15 times in 648 days, and 23 papers a meeting (17 on 7
# agenda items), so the 90-day window's 63 meetings take 1 + 30 + 63 x 25 requests,
# and 25 pages of search results, with 250 hits at a meeting page and 2.4 papers
# each, 25 + 858 more: 2,489 in all. At 5 s apart that is 12,445 s, inside a
# spider's four hours (nightly.TIME_LIMIT, 14,400 s); at the 60 s it was, 41 hours.
# One request at a time per site keeps a slow server from being asked twice at
# once whatever the delay. (tests/test_throttle.py)
AUTOTHROTTLE_MAX_DELAY = 5
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
RETRY_TIMES = 2
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
DOWNLOAD_TIMEOUT = 90
DOWNLOAD_MAXSIZE = CASEWATCH_MAX_DOCUMENT_BYTES
DOWNLOAD_WARNSIZE = 50 * 1024 * 1024
REDIRECT_MAX_TIMES = 10
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

# Conditional requests sit below DownloaderStats (850) so the stats count what
# crossed the wire; the per-source counts sit above it, seeing the same.
DOWNLOADER_MIDDLEWARES = {
    "casewatch.middlewares.ConditionalRequests": 560,
    "casewatch.middlewares.SourceStats": 860,
}

ITEM_PIPELINES = {
    "pipelines.archive.ArchivePipeline": 100,
    "pipelines.text.TextPipeline": 200,
    "pipelines.detect.DetectPipeline": 300,
    "pipelines.store.StorePipeline": 900,
}

# Board packs held while their text is extracted and read: Scrapy's 5 MB default is
# less than one pack, which stops downloads until the last is stored; a few packs'
# worth keeps the download, extraction and detection of different packs overlapping.
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 50 * 1024 * 1024

# Progress per source and overall: a status line on a terminal, else a log line
# (INFO) every CASEWATCH_PROGRESS_INTERVAL seconds.
EXTENSIONS = {"casewatch.progress.CrawlProgress": 500}
CASEWATCH_PROGRESS_INTERVAL = float(os.environ.get("CASEWATCH_PROGRESS_INTERVAL", 60))

# A killed crawl resumes where it stopped (casewatch/resume.py; jobs.crawl gives each
# crawl its CASEWATCH_JOB_DIR): next to the spider, so it sees what it yields first.
# Listing pages are kept (casewatch/middlewares.py) from what reaches the engine.
# Bot protection goes to the errback right after HttpErrorMiddleware (50) has sent
# other errors there, before any callback can read a challenge page as a page.
SPIDER_MIDDLEWARES = {
    "casewatch.middlewares.BlockedResponses": 60,
    "casewatch.middlewares.ListingPages": 800,
    "casewatch.resume.ResumeJournal": 950,
}

# A crawl shared by many processes through Redis (casewatch/shared): switched on by
# CASEWATCH_REDIS (`casewatch crawl --redis URL`), the crawl's keys named by
# CASEWATCH_REDIS_CRAWL.
ADDONS = {"casewatch.shared.crawl.SharedCrawl": 0}
CASEWATCH_REDIS = os.environ.get("CASEWATCH_REDIS", "")
