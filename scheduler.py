"""The nightly timetable (APScheduler). It arrives with the nightly-operation issue.

Until then, run crawls by hand: `casewatch crawl listing`.
"""

import sys

if __name__ == "__main__":
    sys.exit("scheduler.py is not written yet: run `casewatch crawl listing` instead")
