"""AutoThrottle's cap: one slow response may not space a site's requests out past
what a night can afford for its biggest site."""

import math
import re
from datetime import date
from pathlib import Path

from scrapy.http import HtmlResponse

from casewatch import settings
from casewatch.demo import LOOPBACK_SETTINGS
from casewatch.jobs import crawl
from casewatch.nightly import TIME_LIMIT
from casewatch.pages import moderngov, moderngov_search
from spiders.base import DAYS_AHEAD, DAYS_BACK
from spiders.moderngov import SEARCH_PAGES
from tests.hostile_files import HostileSite

FIXTURES = Path(__file__).parent / "fixtures" / "moderngov"
KINGSTON = "https://moderngov.kingston.gov.uk/"
RESULTS_PER_PAGE = 10  # ModernGov's document search (spiders/moderngov.py)


def page(name: str, url: str) -> HtmlResponse:
    return HtmlResponse(KINGSTON + url, body=(FIXTURES / name).read_bytes())


def kingston_night() -> int:
    """The requests of a night's crawl of Kingston's ModernGov, from its real pages:
    GetCommittees; GetMeetings for each committee; for each meeting in the window
    GetMeeting, its page and its papers; every search results page, and for each
    hit its meeting's page and its agenda item's papers (an upper bound: hits
    share meetings)."""
    committees = moderngov.committee_structure(
        page("kingston_mgCommitteeStructure.html", "mgCommitteeStructure.aspx")
    )
    meetings = moderngov.meeting_list(
        page(
            "kingston_ieListMeetings_CommitteeId711.html",
            "ieListMeetings.aspx?CommitteeId=711",
        ),
        committees[0],
    ).meetings
    papers = moderngov.meeting_page(
        page(
            "kingston_ieListDocuments_CId711_MId10221_2026-01-15.html",
            "ieListDocuments.aspx?CId=711&MId=10221&Ver=4",
        )
    ).papers
    dates = sorted(meeting.date for meeting in meetings)
    days = (date.fromisoformat(dates[-1]) - date.fromisoformat(dates[0])).days
    # a committee's meetings in the window, as a fraction of those it held
    share = (DAYS_BACK + DAYS_AHEAD) / days
    in_window = math.ceil(len(committees) * len(meetings) * share)
    item_papers = [paper for paper in papers if paper.metadata.get("agenda_item_id")]
    items = {paper.metadata["agenda_item_id"] for paper in item_papers}
    result_pages = len(moderngov_search.SEARCH_PHRASES) * SEARCH_PAGES
    hits = result_pages * RESULTS_PER_PAGE
    return (
        1
        + len(committees)
        + in_window * (2 + len(papers))
        + result_pages
        + math.ceil(hits * (1 + len(item_papers) / len(items)))
    )


def test_a_site_slowed_to_the_cap_all_night_still_ends_inside_the_time_limit():
    requests = kingston_night()
    assert requests == 2_489  # the number casewatch/settings.py works from
    assert settings.AUTOTHROTTLE_MAX_DELAY * requests <= TIME_LIMIT


def test_one_slow_response_spaces_the_next_requests_no_further_than_the_cap(
    tmp_path,
):
    """A cap of 1 s, and a board pack that takes 3 s: AutoThrottle's delay for
    the site (it logs each) goes no higher than the cap."""
    log = tmp_path / "crawl.log"
    names = ("slow.pdf", "ordinary.pdf", "encrypted.pdf", "truncated.pdf")
    with HostileSite(tmp_path, names, slow=3) as site:
        result = crawl(
            "listing",
            tmp_path / "archive" / "casewatch.db",
            site.sources,
            settings={
                **LOOPBACK_SETTINGS,
                "AUTOTHROTTLE_ENABLED": True,
                "AUTOTHROTTLE_DEBUG": True,
                "AUTOTHROTTLE_START_DELAY": 0.1,
                "AUTOTHROTTLE_MAX_DELAY": 1,
                "DOWNLOAD_DELAY": 0.1,
                "DOWNLOAD_TIMEOUT": 30,
                "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
                "LOG_LEVEL": "INFO",
                "LOG_FILE": str(log),
            },
        )
    assert result.returncode == 0
    throttled = re.findall(r"delay:\s*(\d+) ms .* latency:\s*(\d+) ms", log.read_text())
    delays = [int(delay) for delay, _ in throttled]
    latencies = [int(latency) for _, latency in throttled]
    assert len(throttled) >= len(names) + 1  # every response adjusted the delay
    assert max(latencies) >= 3000  # the slow one was seen
    assert max(delays) == 1000  # and set the delay to the cap, not to 3 s
