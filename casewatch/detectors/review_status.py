"""A review's status: what is said of its publication, in its own sentence or in
the sentences next to it that speak of it. A status belongs to the review only when
the words say it of the review: the board's response to a review, published in
July, says nothing of the review itself."""

from __future__ import annotations

import re

from casewatch.detectors.base import sentence_span
from casewatch.detectors.review_subjects import REFERS_BACK
from casewatch.detectors.review_terms import MONTH, reports_below, status_of

# A review named as what another document answers: "Response to the Serious Case
# Review: Child R", "the action plan following the SAR".
ANSWERED = re.compile(
    r"\b(?:responses?|reply|action\s+plan)\s+(?:to|for|following|arising\s+from)"
    r"\s+(?:the\s+|this\s+)?(?:[\w'\u2019-]+\s+){0,3}$",
    re.IGNORECASE,
)
# ... or the document named right after it: "Child R \u2013 Serious Case Review: the
# Board's response (published July 2015)".
ANSWERED_AFTER = re.compile(
    r"\W{0,4}(?:the\s+)?(?:[\w'\u2019]+\s+){0,2}?(?:responses?|reply|action\s+plan)\b",
    re.IGNORECASE,
)
# ... though its own publication, said right after it, is the review's: "the NHS's
# response to the findings of the Serious Case Review into Children A-F, published
# in March 2015".
OWN_PUBLICATION = re.compile(
    r"[^.;:,]{0,50},\s*(?:first\s+)?published\s+(?:in|on)\s+"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTH}\s+)?(?:19|20)\d\d\b"
)
# ... and so is its publication said right before it: done ("continued to progress
# its ongoing reviews, including the publication of a Serious Case Review (SCR) in
# October 2019"), or still to come ("awaiting the publication of the SCR", "agreed to
# delay the publication of the serious case review ... until after the trial").
PUBLICATION_OF = re.compile(
    r"\bpublication\s+of\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
TO_COME = re.compile(
    r"\b(?:await\w*|pending|ahead\s+of|delay\w*|postpon\w*|defer\w*|expected|planned"
    r"|prepar\w*|forthcoming|upcoming|future)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
# ... or said to come after it ("The publication of a Safeguarding Adult Review
# (SAR), expected May 2022").
COMES_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:expected|due|delayed|postponed|deferred|pending|scheduled"
    r"|planned|will|is\s+to)\b",
    re.IGNORECASE,
)
# A sentence that tells of the review's findings made public, as its own ("its
# findings have now been released", "published a report of its findings on
# Wednesday"), wherever it begins.
ITS_FINDINGS_OUT = re.compile(
    r"\bits\s+(?:findings|report|conclusions)\s+(?:have|has|were|was)\s+(?:now\s+)?"
    r"(?:been\s+)?(?:released|published|made\s+public)\b"
    r"|\b(?:published|released)\s+(?:a|the|its)\s+report\s+(?:of|on|into)\s+its\s+"
    r"findings\b",
    re.IGNORECASE,
)
# A sentence that speaks of the review, or of its report or results.
SPEAKS_OF_IT = re.compile(
    r"\b(?:the|this|that|its)\s+(?:(?:full|final|latest|overview)\s+)?"
    r"(?:review|reports?|results|findings)\b|\b(?:these|those)\s+reviews\b",
    re.IGNORECASE,
)
# A sentence that opens on the review's publication: "Publication has been delayed
# until after the trial", "Publication of the report is expected in May" (not "of
# the annual report").
ITS_PUBLICATION = re.compile(
    r"[\s\u2022\u00b7-]*Publication\s+(?:(?:has|had|was|is|will|would)\b|of\s+(?:the|its"
    r"|this)\s+(?:(?:full|final|overview)\s+)?(?:review|report|SCR|SAR|DHR|L?CSPR)\b)"
)
# A publication date stated alone, as a report's title page or a repository's
# record does: "Date of publication: 2014", "Publication November 2016".
PUBLICATION_DATE = re.compile(
    r"\b(?:date\s+of\s+)?publication:?\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:19|20)\d\d\b"
    # ... or a register's line that opens "Published" ("Serious case review: Jack.
    # Published 2015.")
    r"|^published:?\s+(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# A title page's line that dates the report's publication: "Published by WSCB \u2013 3
# rd June 2015", "Published: 20th August 2014", "Date of publication: May 2016"; and
# how near a page's head the review must be named, and how far down the page the
# line may be.
PUBLISHED_LINE = re.compile(
    r"\b(?:Published(?:\s+by\s+[^.\n]{1,60}?)?\s*[:\u2013\u2014-]|Date\s+(?:of\s+)?"
    r"publi(?:shed|cation)\s*:?)\s*(?:\d{1,2}\s*(?:st|nd|rd|th)?\s+)?"
    rf"{MONTH}\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
TITLE_HEAD = 300
TITLE_PAGE = 1500
# Another review introduced: the sentences beyond it speak of that one ("A second
# serious case review began in June").
ANOTHER_REVIEW = re.compile(
    r"\b(?:a|an|another|second|third|two|three|four|five|six)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:serious\s+case\s+review|practice\s+review|adults?\s+review"
    r"|homicide\s+review|(?:SCR|SAR|DHR|L?CSPR)s?(?![A-Za-z]))",
    re.IGNORECASE,
)
# A register's entry that lists the review's report as a document to open, after a
# dash or with its date: "DHR - Annie - Overview Report", "Domestic Homicide Review
# `June` - Overview Report", "Adult V Overview Report 04/04/2023".
REPORT_LISTED = re.compile(
    r"[^.\n]{0,40}?\s[-\u2013\u2014|:]\s*(?:(?:overview|final|full|summary)\s+report"
    r"|executive\s+summary|learning\s+brief(?:ing)?|(?:seven|7)[- ]minute\s+briefing)\b"
    r"|[^.\n]{0,40}?\b(?:overview|final|full|summary)\s+report"
    r"\s+\d{1,2}/\d{1,2}/\d{2,4}",
    re.IGNORECASE,
)
# ... but not a report still to be agreed ("SAR Adult B - Overview Report for
# sign-off").
UNFINISHED = re.compile(
    r"\b(?:draft|to\s+be|for\s+(?:sign|approval|agreement|discussion|comment)"
    r"|sign[- ]off|awaiting|presented|considered|discussed)\b",
    re.IGNORECASE,
)
# How far before a review's name a page's word that the reports below it are
# published ("The most recent reports are listed below: Serious Case Review - Child
# X") is that review's.
LISTED_REACH = 40
# A heading: a short line that does not end a sentence ("Published reviews", "Ms E
# - published December 2018").
HEADING_LENGTH = 70
# How many sentences after a review, and before it, may say its status.
SENTENCES_AFTER = 4
SENTENCES_BEFORE = 2
# A list's heading that names its reviews ("Published reviews", "Case reviews
# published in 2014") gives the status of each entry below it, up to this many
# lines down, when no entry between says a status of its own.
LIST_ENTRIES = 12
NAMES_REVIEWS = re.compile(r"\breviews\b", re.IGNORECASE)
# The claims a sentence near the review that speaks of it in passing may make of
# it ("the council said it would not be publishing the results").
CLAIMS_BEFORE = ("withheld", "unpublished", "in_progress")


def review_status(
    text: str, left: int, right: int, start: int, end: int
) -> tuple[str, str | None]:
    """The status of the review named at text[start:end] in the sentence
    text[left:right], and the sentence that says it when that is another one."""
    if OWN_PUBLICATION.match(text, end, right):
        return "published", None
    if publication := PUBLICATION_OF.search(text, max(left, start - 60), start):
        before = max(left, publication.start() - 40)
        to_come = TO_COME.search(
            text, before, publication.start()
        ) or COMES_AFTER.match(text, end, right)
        return ("in_progress" if to_come else "published"), None
    answered = ANSWERED.search(text, max(left, start - 60), start)
    answered = answered or ANSWERED_AFTER.match(text, end, right)
    if not answered and (status := status_of(text[left:right])) != "unknown":
        # "... called for it to be published. The Board has decided not to make
        # public the review": a decision after a sentence that it is not public.
        later = said_after(text, right) if status == "unpublished" else None
        return later if later and later[0] == "withheld" else (status, None)
    if REPORT_LISTED.match(text, end, right) and not UNFINISHED.search(
        text, end, right
    ):
        return "published", None
    if reports_below(text, max(0, left - LISTED_REACH), start, start - LISTED_REACH):
        return "published", None
    return (
        said_after(text, right)
        or said_before(text, left)
        or listed_under(text, left)
        or on_its_title_page(text, start)
        or ("unknown", None)
    )


def said_after(text: str, end: int) -> tuple[str, str] | None:
    """A status given by the next sentences that go on about the review ("The
    review has been completed. This has not been published due to risks ..."), or
    the lines of its title page ("Publication November 2016")."""
    skipped = False
    for _ in range(SENTENCES_AFTER):
        if end >= len(text):
            return None
        refers_back = REFERS_BACK.match(text, end) or ITS_PUBLICATION.match(text, end)
        left, end = sentence_span(text, end + 1, end + 1)
        following = " ".join(text[left:end].split())
        refers_back = refers_back or ITS_FINDINGS_OUT.search(following)
        if ANOTHER_REVIEW.search(following):
            return None
        if PUBLICATION_DATE.search(following) and not skipped:
            return "published", following
        if not (refers_back or SPEAKS_OF_IT.search(following) or _heading(following)):
            # what happened, between the review and what is said of it ("... a
            # safeguarding review following the death of the one-year-old ...
            # Castle was jailed ... The report, published by Cumbria Safeguarding
            # Children Partnership, finds")
            skipped = True
            continue
        status = status_of(following)
        # "published" is the review's when the sentence begins with it ("It was
        # published in May"), not when it speaks of it in passing ("A small
        # paragraph referencing the review was made public"); past other news,
        # only that it was published, said of it first.
        if skipped:
            if refers_back and status == "published":
                return status, following
        elif status != "unknown" and (refers_back or status in CLAIMS_BEFORE):
            return status, following
    return None


def said_before(text: str, left: int) -> tuple[str, str] | None:
    """A status given by the heading right above the review ("Published
    reviews"), or by a sentence just before that speaks of it and says it is not
    or not yet public ("... said it would not be publishing the results")."""
    for back in range(SENTENCES_BEFORE):
        above = len(text[:left].rstrip()) - 1  # not in the blank line before
        if above < 0:
            return None
        left, _ = sentence_span(text, above, above)
        before = " ".join(text[left : above + 1].split())
        status = status_of(before)
        if back == 0 and _heading(before) and status != "unknown":
            return status, before
        if SPEAKS_OF_IT.search(before) and status in CLAIMS_BEFORE:
            return status, before
    return None


def on_its_title_page(text: str, start: int) -> tuple[str, str] | None:
    """A review named at the head of a page whose publication line (further down
    the title page) dates it: "The Overview Report of the Serious Case Review In
    respect of Child C ... Author: Jane Leather MA. RN. RM. HV. Published by WSCB
    \u2013 3 rd June 2015"."""
    if start > TITLE_HEAD:
        return None
    if said := PUBLISHED_LINE.search(text, 0, TITLE_PAGE):
        return "published", " ".join(said.group().split())
    return None


def _heading(sentence: str) -> bool:
    return len(sentence) <= HEADING_LENGTH and not sentence.endswith((".", "?", "!"))


def listed_under(text: str, left: int) -> tuple[str, str] | None:
    """A status given by the heading of the list the review is an entry of
    ("Published reviews" above "Safeguarding Adults Review: 'Peter' (2024)"),
    read up through entries that say none of their own."""
    for _ in range(LIST_ENTRIES):
        above = len(text[:left].rstrip()) - 1
        if above < 0:
            return None
        left, _ = sentence_span(text, above, above)
        line = " ".join(text[left : above + 1].split())
        if not _heading(line):
            return None
        if (status := status_of(line)) != "unknown":
            return (status, line) if NAMES_REVIEWS.search(line) else None
    return None
