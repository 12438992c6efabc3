"""A crawl shared by many crawler processes, on one machine or many, through Redis.

Scrapy's own scale-out, scrapy-redis, gives the shared request queue and duplicate
filter (scheduler.py adds what a killed crawler needs: leases on the requests it
holds); politeness.py gives each site one request at a time across all crawlers;
crawlers send what they would store to a Redis list (messages.py) and the one
writer (writer.py, `casewatch store`) stores it with casewatch/store. `crawl.py`
is the Scrapy add-on that switches a crawl to all this when CASEWATCH_REDIS is set.
"""
