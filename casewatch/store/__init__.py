"""The archive's only writer: what a crawl yields, stored by functions of the
database and the item, one transaction per item, upserts on natural keys
(upsert.py) and counts kept in SQL (counts.py).

Scrapy's store pipeline (pipelines/store.py) and a shared crawl's writer
(`casewatch store`, casewatch/shared/writer.py) are thin adapters over these.
"""

from casewatch.store.findings import read_later
from casewatch.store.items import store_item
from casewatch.store.rows import mention_id, page_address
from casewatch.store.runs import Closing, Links, Opening, close_run, open_run

__all__ = [
    "Closing",
    "Links",
    "Opening",
    "close_run",
    "mention_id",
    "open_run",
    "page_address",
    "read_later",
    "store_item",
]
