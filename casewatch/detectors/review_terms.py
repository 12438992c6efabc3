"""The words every case-review rule shares: harm, boards, statuses, years, and the
marks of reviews spoken of in general rather than one review."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from casewatch.detectors.base import Caseless

NAME = "case_reviews"
VERSION = 3
KIND = "case_review"


def words(phrase: str) -> str:
    """A phrase whose words may be split by any whitespace, a line break too."""
    return r"\s+".join(phrase.split())


def phrase(pattern: str) -> re.Pattern[str]:
    """A case-insensitive phrase; not when it names a panel ("the ... Review Panel"),
    but for one into a death ("the Domestic Homicide Review Panel into the death of
    Susan"), which is the review."""
    return re.compile(
        rf"\b{words(pattern)}\b(?!\s+Panel(?!\s+into\s+the\s+death))",
        re.IGNORECASE,
    )


# The one list of harm words (stems, lower case): what a review looks into. Near an
# acronym they show its case-review sense; after an anonymised register entry, that
# the entry is a review. The first GRAVE of them end or nearly end a life: a board's
# report on one is a case review.
HARM_WORDS = (
    "death",
    "died",
    "killed",
    "murder",
    "injur",
    "neglect",
    "abuse",
    "exploitation",
    "harm",
    "suicide",
    "homicide",
    "assault",
)
HARM = re.compile(rf"\b(?:{'|'.join(HARM_WORDS)})", re.IGNORECASE)
GRAVE = 5
GRAVE_HARM_WORDS = HARM_WORDS[:GRAVE]
GRAVE_HARM = re.compile(
    rf"\b(?:{'|'.join(GRAVE_HARM_WORDS)})\w*|\bcase\s+of\s+(?:the|a|an)\s+"
    r"(?:baby|child|boy|girl|man|woman|infant|teenager)\b",
    re.IGNORECASE,
)

LOCAL_BOARD = re.compile(
    r"Safeguarding\s+(?:Children(?:.s)?|Adults?)\s+(?:Board|Partnership)"
    # ... or a community safety partnership, which holds domestic homicide reviews
    # (each way in begins with a capital, which the search looks for first: "Safer"
    # after no letter, where "\bSafer" would begin with a look behind)
    r"|Community\s+Safety\s+Partnership"
    r"|Safer(?<!\wSafer)\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
    r"\s+Partnership"
    # ... or a protection committee, the board before 2006 and in Scotland and Jersey
    # ("the Lancashire Area Child Protection Committee", "the Highland Adult
    # Protection Committee"), found from its "Protection" (a way in by "Area",
    # "Child" or "Adult" made the whole search six times slower)
    r"|Protection(?<=Child\sProtection|Adult\sProtection)\s+Committee"
)

# A review announced: "will now be held", "would be carried out" ...
TO_BE_HELD = (
    r"(?:will|would|is\s+to|is\s+going\s+to)\s+(?:now\s+|also\s+|then\s+|soon\s+)?be\s+"
    r"(?:held|carried\s+out|conducted|undertaken|launched|commissioned)"
)
# ... where its sentence ends, or before who said it ("..., a spokesman said").
SAID_AT_THE_END = r"\s*(?:[.!;]|$|,\s+(?:[\w-]+\s+){0,3}(?:said|added))"

# What a sentence says of a review's publication, strongest claim first, as
# ../shared/LABELS.md defines each status.
STATUS = (
    # ... at last: "was not published until January 2008" (not "will not be
    # published until the trial ends", which it is not yet)
    (
        "published",
        Caseless(
            r"(?<!will\s)(?<!can)(?<!shall\s)(?<!must\s)(?<!may\s)"
            r"not\s+(?:\w+\s+)?published\b[^.]{0,40}?\buntil",
        ),
    ),
    # Publication asked for is not publication: "called on the findings of a serious
    # case review ... to be published".
    (
        "unpublished",
        Caseless(
            r"\b(?:call\w*|urg\w*|demand\w*|press\w*|campaign\w*)\s+(?:\w+\s+)?"
            r"(?:on|for)\s+[^.]{0,160}?\bto\s+be\s+"
            r"(?:published|made\s+public|released)\b"
            # ... or wanted: "Mr Cameron wants the Serious Case Review published"
            r"|\bwant(?:s|ed)?\s+(?:the|this|that|its)\s+[^.,;]{0,80}?\b(?:published"
            r"|made\s+public|released)\b",
        ),
    ),
    # Held back while a court or the police are at work: LABELS.md's example of
    # unpublished ("not published at this time due to criminal investigations").
    (
        "unpublished",
        Caseless(
            r"not\s+(?:been\s+|yet\s+|be\s+)?published\s+(?:at\s+(?:this|that|the"
            r"\s+present)\s+time\s+)?(?:due\s+to|because\s+of|pending|while|whilst"
            r"|until(?:\s+after)?)\s+(?:the\s+|an?\s+|any\s+|ongoing\s+|on-going\s+"
            r"|(?:conclusion|end|outcome|completion)\s+of\s+)*(?:criminal"
            r"|police|court|legal|trials?|inquests?|investigations?|proceedings"
            r"|prosecutions?)\b"
            # ... or its publication delayed by them: "there has been some delay in
            # the report publication due to protracted police investigations"
            r"|\bdelays?\s+(?:in|to)\s+(?:the\s+)?(?:report\s+)?publi(?:cation|shing)\b"
            r"[^.]{0,20}?\b(?:due\s+to|because\s+of|pending|while|whilst)\s+"
            r"(?:\w+\s+){0,3}?(?:criminal|police|court|legal|trials?|inquests?"
            r"|investigations?|proceedings|prosecutions?)\b",
        ),
    ),
    (
        "withheld",
        Caseless(
            r"\bwithheld|\b(?:decid\w*|decision|chose|choos\w*|refus\w*|declin\w*)"
            r"\s+(?:not\s+)?to\s+(?:publish|make\s+(?:\w+\s+){0,3}?public)"
            r"|\b(?:decid\w*|voted|ruled)\s+against\s+(?:its\s+)?publi(?:cation|shing)"
            r"|not\s+(?:be\s+|been\s+)?published\s+(?:due|because|to\s+"
            r"avoid|in\s+order|owing)|(?:will|would)\s+(?:not|never)\s+be\s+(?:published|made"
            r"\s+public)(?![^.]{0,60}?\buntil\b)|won.t\s+(?:be\s+)?publish"
            r"|not\s+(?:be\s+)?made\s+public(?![^.]{0,60}?\buntil\b)"
            r"|\brefus\w*\s+to\s+(?:release|disclose)\b"
            # kept secret, or refused under the Freedom of Information Act: "will
            # remain a secret", "the public interest in maintaining both the
            # exemptions outweighed the public interest in disclosing the information"
            r"|\b(?:remain|be\s+kept|was\s+kept|were\s+kept)\s+(?:a\s+)?secret\b"
            r"|\bpublic\s+interest\s+in\s+maintaining\s+(?:both\s+|all\s+)?(?:the\s+)?"
            r"exemptions?\b|\bexempt\s+from\s+disclosure\b"
            # the report kept back, not a name ("her identity will be kept
            # confidential")
            r"|\b(?:review|report|SCR|SAR|DHR)\b(?:(?!\b(?:identit\w+|names?|details)\b)"
            r"[^.;]){0,80}?\b(?:will|would|is\s+to|was)\s+(?:remain|be\s+kept)"
            r"\s+confidential\b"
            # the full report kept back: "While the full reports have not been made
            # public, ... released the executive summaries"
            r"|\bfull\s+(?:overview\s+)?reports?\b[^.;]{0,40}?\bnot\s+(?:yet\s+)?(?:been\s+|be\s+)?"
            r"(?:published|made\s+public|released)\b"
            # ... "Only an executive summary ... was released"
            r"|\bonly\s+(?:an?\s+|the\s+|its\s+)?(?:executive\s+)?summary\b[^.]{0,120}?"
            r"\b(?:published|released|made\s+public)"
            r"|no\s+plans\s+to\s+publish|(?:was|were|is)\s+not\s+published"
            r"|(?:is|are)\s+not\s+publishing|(?:would|will)\s+not\s+be\s+publishing",
        ),
    ),
    # Publication pending or planned: LABELS.md's in_progress, not unpublished,
    # and the stronger claim of a sentence that says both ("has not yet been
    # published and will be published after the trial").
    (
        "in_progress",
        Caseless(
            r"awaiting\s+publication|pending\s+publication|\bdue\s+for\s+publication"
            # later: "will not be published until next year"
            r"|\bnot\s+be\s+(?:published|made\s+public)\s+until\b"
            r"|\bwould\s+(?:then\s+)?be\s+published\b"
            # sent back for changes: "returned by the Home Office for amendments"
            r"|\breturned\s+(?:by|from)\s+the\s+Home\s+Office\b"
            r"|(?:due|expected|set|"
            r"scheduled)\s+to\s+be\s+published|will\s+be\s+published|publication\s+"
            r"(?:of\s+[^.]{0,120}?)?(?:is\s+|has\s+been\s+|was\s+|will\s+be\s+)?"
            r"(?:delayed|postponed|deferred|pending)"
            r"|\bdelays?\s+(?:in|to)\s+(?:the\s+)?(?:[\w-]+\s+)?publi(?:cation|shing)\b"
            r"|prepar\w+\s+(?:\w+\s+){0,4}for\s+publication|\bready\s+for\s+publication"
            r"|\b(?:getting|get|gets)\s+ready\s+to\s+(?:publish|reveal|release)"
            r"|\b(?:is|are)\s+(?:now\s+)?expected\s+(?:in|within|later|next|by|soon"
            r"|to\s+be\s+(?:published|released|completed))\b"
            r"|\b(?:plans?|intends?|intention)\s+to\s+publish"
            # ... or to come: "the Partnership will publish a Child Safeguarding
            # Practice Review", "is to be published on Friday" (but a press release's
            # "Today, the Partnership will publish ..." is the day it was)
            r"|^(?![^.]*\btoday\b)[^.]*?\bwill\s+(?:(?:shortly|soon|now|also)\s+)?"
            r"publish\s+(?:(?:a|an|the"
            r"|its|their)\s+)?(?:[\w-]+\s+){0,5}?(?:reviews?|reports?|SCRs?|SARs?"
            r"|DHRs?|L?CSPRs?)\b"
            r"|\b(?:is|are)\s+(?:now\s+)?to\s+be\s+published\b"
            # ... or begun, its terms published: "the Panel published initiation
            # letters and terms of reference for a national review"
            r"|\bpublish\w*\s+(?:[\w-]+\s+){0,3}?terms\s+of\s+reference\b"
            # a decision to publish, not yet publication: "The Board agreed to publish"
            r"|\b(?:agreed|decided|voted)\s+to\s+publish\b"
            # a DHR at the Home Office for quality assurance, before publication
            # (not one published since: "submitted to the Home Office in May and
            # published in October")
            r"|\b(?:is\s+with|(?:been\s+|was\s+)?(?:sent|submitted)\s+to)\s+the\s+Home"
            r"\s+Office\b(?![^.]*\bpublished\b)"
            r"|\bawaiting\s+(?:\w+\s+){0,2}(?:approval|quality\s+assurance)\b"
            # "The publication of a Safeguarding Adult Review (SAR), expected May 2022"
            r"|,\s*(?:expected|due)\s+(?:in\s+|by\s+)?[a-z]+\s+(?:19|20)\d\d\b",
        ),
    ),
    # Not (or not now) public, with no decision to withhold and no plan to publish
    # stated: a report's marking "Restricted Until Publication" is on its copies
    # before and after it is published.
    (
        "unpublished",
        Caseless(
            r"\bunpublished|not\s+yet\s+(?:been\s+)?published|yet\s+to\s+be\s+(?:published"
            r"|made\s+public|released)|not\s+(?:publicly|currently)\s+available"
            r"|removed\s+from\s+(?:the|its|our)\s+(?:[\w\u2019']+\s+)?(?:website|site)"
            r"|no\s+longer\s+(?:available|published)"
            r"|(?:has|have)\s+(?:still\s+)?(?:not|never)\s+(?:yet\s+)?been\s+(?:published"
            r"|made\s+public)|(?:was|were)\s+never\s+(?:published|made\s+public)"
            r"|restricted\s+until\s+publication|embargoed\s+until",
        ),
    ),
    (
        "in_progress",
        Caseless(
            r"\b(?:is|are)\s+(?:currently\s+|now\s+)?being\s+(?:undertaken|"
            r"conducted|carried\s+out|completed|dealt\s+with)\b|\bunder\s*way"
            # ... or said of the review's name: "the Child Practice Review being
            # carried out into the circumstances around Lola's death"
            r"|\b(?:[Rr]eviews?|SCRs?|SARs?|DHRs?|CSPRs?)\s+(?:currently\s+|now\s+)?"
            r"being\s+(?:undertaken|conducted|carried\s+out)\b"
            # ... or due, or about to find: "the National Panel Review due out later
            # this year", "A serious case review into the death of a toddler ... is
            # likely to find authorities missed a number of opportunities"
            r"|\bdue\s+out\b"
            r"|\b(?:is|are)\s+(?:likely|expected)\s+to\s+(?:find|conclude|say)\b"
            # ongoing: said of the review, not of what it found ("not acting on
            # ongoing alerts and referrals")
            r"|\b(?:is|are|was|were|remains?|still)\s+(?:still\s+)?on-?going\b"
            r"|\bon-?going\s+(?:[\w-]+\s+){0,3}?(?:reviews?|SCRs?|SARs?|DHRs?|L?CSPRs?)\b"
            r"|\bon-?going\s*(?:[.;:)]|$)"
            r"|(?<!actions\s)(?<!action\s)(?<!work\s)(?<!plans\s)\bin\s+progress"
            # "The Local Safeguarding Children's Board (LSCB) is to conduct a ..."
            r"|\b(?:is|are)\s+to\s+(?:conduct|carry\s+out|undertake|hold|commission)\b"
            r"|\b(?:has|have)\s+(?:agreed|decided)\s+to\s+(?:conduct|carry\s+out|undertake"
            r"|hold|commission|do)\b|\b(?:is|are)\s+(?:now\s+)?taking\s+place\b"
            r"|\b(?:has|have)\s+(?:now\s+)?begun\b"
            r"|\b(?:is|are)\s+(?:(?:currently|now|also|still)\s+)?(?:carrying\s+out"
            r"|conducting|undertaking)\s+(?:an?|the)\b"
            r"|\b(?:still|now|currently|is|are)\s+being\s+(?:written|prepared|finali[sz]ed"
            r"|drafted|completed)\b|\b(?:in|at)\s+(?:its|their|the)\s+final\s+stages?\b"
            r"|\bat\s+(?:the\s+)?draft(?:\s+report)?\s+stage\b"
            r"|\bwork\s+on\s+(?:the|this|that)\s+[^.]{0,80}?\bcontinues\b"
            r"|\bnearing\s+completion\b|\bexpected\s+to\s+report\b"
            # a body at work with it: "said it was co-operating with an independent
            # child practice review"
            r"|\b(?:is|are|was|were)\s+(?:currently\s+|fully\s+)?(?:co-?operating"
            r"|engaging|participating|taking\s+part|contributing)\s+(?:fully\s+)?"
            r"(?:with|in|to)\s+(?:an?|the|this)\s+"
            r"(?:(?!before|after|and|with|of|for)[\w-]+\s+){0,4}?(?:review|SCR|SAR"
            r"|DHR|L?CSPR)\b"
            r"|\b(?:has|have)\s+been\s+set\s+up\b"
            # what it will do, or who will see it done: "A domestic homicide review
            # will examine the circumstances", "Safer Gloucestershire ... will
            # oversee the domestic homicide review"
            r"|\bwill\s+(?:now\s+)?(?:oversee|examine|investigate|look\s+(?:at|into))\b"
            # announced for one case: "will now be held into the death of", by
            # whom ("is to be carried out by Leicester, Leicestershire and Rutland
            # Local Safeguarding Children Board"), or at its sentence's end: "said
            # a review would be carried out."
            rf"|\b{TO_BE_HELD}(?:\s+(?:into|after|following|over|by)\b"
            rf"|{SAID_AT_THE_END})"
            # "AN EIGHTH serious case review has been launched in Doncaster"
            r"|(?<!report\s)\b(?:has|have)\s+(?:now\s+)?been\s+(?:launched|commissioned|ordered"
            r"|initiated|started)\b"
            # "Sheffield Council has launched a safeguarding review"
            r"|\b(?:has|have)\s+(?:now\s+|today\s+)?(?:launched|ordered|initiated|started)"
            r"\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:reviews?|SCR|SAR|DHR|L?CSPR)\b"
            # to come or at work: "will launch a serious case review", "there will
            # be a serious case review carried out", "agencies now undertake a
            # serious case review", "is being handled by Birmingham Safeguarding
            # Children Board"
            r"|\b(?:will\s+(?:now\s+)?(?:launch|conduct|carry\s+out|undertake|hold)"
            r"|there\s+will\s+(?:now\s+)?be|(?:now|currently)\s+(?:undertake|conduct"
            r"|carry\s+out))\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:review|SCR|SAR|DHR"
            r"|L?CSPR)\b|\b(?:is|are)\s+(?:now\s+|currently\s+)?being\s+(?:handled"
            r"|led|overseen)\s+by\b"
            r"|will\s+report|due\s+to\s+(?:conclude|report|be"
            r"\s+completed)|going\s+to\s+(?:conduct|carry\s+out|undertake)"
            r"|\bwill\s+(?:pause|resume|commence)|\bpaused\b|\bon\s+hold\b"
            r"|\bis\s+progressing|\bwork\s+is\s+(?:progressing|continuing)"
            r"|\bappointed\b[^.]{0,80}?\bto\s+(?:chair|lead|author)\s+(?:this|the)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:review|DHR|SAR|SCR|L?CSPR)\b",
        ),
    ),
    (
        "published",
        Caseless(
            r"\bpublish(?:ed|es)?\b|\bpublication\b|\bmade\s+public\b"
            # where the reader can have it: "can all be found on the Board's website"
            r"|\b(?:can|may)\s+(?:all\s+|now\s+)?be\s+(?:found|viewed|read"
            r"|downloaded|accessed)\s+(?:on|at|via|here|below)\b"
            r"|\bavailable\s+(?:to\s+(?:view|read|download)|on\s+(?:the|our)\s+"
            r"(?:[\w\u2019'-]+\s+){0,4}?(?:website|site|page))\b"
            r"|\bto\s+view\s+the\s+(?:full\s+)?reports?\b"
            r"|\breleas(?:ed|es)\s+(?:(?:its|the|their|a)\s+)?(?:new\s+)?(?:findings|report)\b"
            # the review itself released, not a person ("released on licence")
            r"|\b(?:was|were|been|is|are)\s+(?:\w+\s+)?released\b(?!\s+(?:from|on\s+(?:bail"
            r"|licen[cs]e)|without))|,\s+released\s+(?:today|yesterday|on|this|last)\b"
            # "The report, released by the Derby and Derbyshire Safeguarding Children
            # Partnership, found"
            r"|\b(?:report|review|summary|findings),\s+released\s+by\b"
            r"|\bcame\s+out\b|\bunveiled\b|\bwent\s+public\b"
            r"|\b(?:reviews?|reports?|summary|SCR|SAR|DHR|L?CSPR)\b[^.;]{0,60}?"
            r"\b(?:is|are)\s+(?:now\s+)?on\s+(?:the|our|its|their)\s+"
            r"(?:[\w\u2019'-]+\s+){0,3}?(?:website|site)\b"
            r"|\b(?:is|are)\s+(?:now\s+)?available\s+(?:here|below|online)\b"
            # the reader invited to open it: "You can access the report Luton SCR
            # Child J here", "View the 7-minute briefing, full report and video for
            # this Safeguarding Adults Review"
            r"|\byou\s+can\s+(?:access|find|read|view|download)\s+the\s+"
            r"(?:[\w-]+\s+){0,4}?(?:report|summary|brief(?:ing)?)\b[^.;]{0,60}?\bhere\b"
            r"|(?:^|[.:!?]\s)\W*(?:View|Read|Download|Access)\s+the\s+"
            r"(?:[\w-]+[\s,]+){0,4}?(?:report|summary|brief(?:ing)?)\b"
            # its document offered to open: "The Executive Summary is here", "Click
            # the icon to view the Learning Brief"
            r"|\b(?:summary|report|brief(?:ing)?)\s+(?:is|are|can\s+be\s+found)"
            r"\s+here\b"
            r"|\bclick\s+(?:on\s+)?(?:here|below|the\s+(?:icon|link|image|button)s?"
            r"(?:\s+below)?)\s+to\s+(?:view|read|download|open|access)\s+the\s+"
            r"(?:(?:full|final|overview)\s+)?(?:report|review|(?:executive\s+)?summary"
            r"|learning\s+brief(?:ing)?)\b"
            r"|\bmade\s+(?:publicly\s+)?available\s+(?:online|on\s+(?:the|its|our|their))\b"
            # "following the release of the national review into her ... deaths"
            r"|\brelease\s+(?:today\s+|yesterday\s+)?of\s+(?:the|its|their|a)\s+"
            r"(?:[\w-]+\s+){0,4}?(?:reviews?|reports?|summary|SCR|SAR|DHR|L?CSPR)\b",
        ),
    ),
)
PUBLISHED = re.compile(r"\bpublish\w*|\bpublication", re.IGNORECASE)
# A page's word that the reports listed after it are published: "Copies of all these
# reports can be downloaded below", "The most recent reports are listed below:",
# "The latest reviews that have been published ... are available to view below",
# "Each summary domestic homicide review is published on this page"
# (not reviews still under way: "Reviews in progress are listed below").
REPORTS_BELOW = Caseless(
    r"\b(?:reports|reviews|summaries|each\s+(?:[\w-]+\s+){0,4}?(?:report|review"
    r"|summary))\b[^.:]{0,80}?\b(?:(?:can\s+be\s+)?"
    r"(?:downloaded|found|viewed|read|accessed)|(?:are|is)\s+(?:listed|available"
    r"(?:\s+to\s+(?:view|download))?|published))\s+(?:below|on\s+this\s+page)\b"
    # "You can find each of the SARs ... published in the last 12 months below", "The
    # list below includes those Serious Case Reviews that have been published"
    r"|\bfind\s+(?:each\s+of\s+|all\s+(?:of\s+)?)?the\s+(?:[\w-]+\s+){0,5}?published"
    r"\b[^.:]{0,40}?\bbelow\b|\b(?:list|table)\s+below\s+(?:includes|contains|shows"
    r"|sets\s+out)\b[^.:]{0,80}?\b(?:have|has)\s+been\s+published\b",
    needs=("below", "page"),
)
UNDER_WAY = re.compile(
    r"\b(?:progress|ongoing|current|commissioned|underway|under\s+way|open)\b",
    re.IGNORECASE,
)


def reports_below(text: str, start: int, end: int, ending_after: int = 0) -> bool:
    """Does text[start:end] say, in words ending after `ending_after`, that the
    reports listed after it are published?"""
    return any(
        found.end() >= ending_after for found in _reports_below(text, start, end)
    )


def reports_below_end(text: str) -> int | None:
    """Where the text first says the reports listed after it are published."""
    return next((found.end() for found in _reports_below(text, 0, len(text))), None)


def _reports_below(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    for found in REPORTS_BELOW.finditer(text, start, end):
        if not UNDER_WAY.search(found.group()):
            yield found


YEAR = re.compile(r"\b(?:19[89]\d|20[0-4]\d)\b")
# A month by its name, and a date written with it: "August 2023", "3rd June 2015".
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)"
)
MONTH_DATE = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH}\s+(?:19|20)\d\d\b"


# A word each status pattern's every match holds (lower case, its spaces single): a
# sentence with none says nothing of publication, at the cost of a few substring
# searches.
STATUS_MARKS = (
    "publi", "withheld", "available", "being", "under", "ongoing", "on-going",
    "progress",
    "embargo",
    "report", "brief", "due to", "going to", "pause", "resume", "commence", "hold",
    "ready", "expected", "appointed", "is to ", "are to ", "been ", "be found",
    "agreed to", "decided to", "taking place", "begun", "came out", "unveiled",
    "carrying out", "conducting", "undertaking", "still being", "nearing", "set up",
    "confidential", "removed from", "launched", "ordered", "initiated", "started",
    "be viewed", "be read", "be downloaded", "be accessed", "to view", "releas",
    "final stage", "draft", "continues", "went public", "website", " site",
    "home office", "awaiting", "disclos", "operating", "engaging", "participating",
    "taking part", "contributing", "be held", "be carried", "be conducted",
    "be undertaken", "be commissioned", "is here", "are here", "be found here",
    "click", "will launch", "will conduct", "will carry", "will undertake",
    "will hold", "will now", "will be a", "will be an", "will be the",
    "will oversee", "will examine", "will investigate", "will look", "due out",
    "likely to",
    "now undertake", "now conduct", "now carry", "currently undertake",
    "currently conduct", "currently carry", "secret", "exempt",
)  # fmt: skip
SENTENCES_KEPT = 4096


# A document's marking says nothing of its publication: "This report is the property
# of Safer Communities Torbay and must not be distributed or published without the
# express permission of the Chair."
MARKING = Caseless(
    r"\bmust\s+not\s+be\s+(?:\w+\s+){0,3}?(?:published|shared|copied)\s+without\s+"
    r"(?:the\s+)?(?:\w+\s+)?(?:permission|consent|authority)\b"
    # ... nor does the guidance's: "in accordance with the Revised Statutory Guidance
    # for the conduct of Domestic Homicide Reviews published by the Home Office"
    r"|\bguidance\b[^.;]{0,80}?\bpublished\s+by\b",
    needs=("must", "guidance"),
)


@lru_cache(maxsize=SENTENCES_KEPT)
def status_of(sentence: str) -> str:
    """What a sentence says of a review's publication: its strongest claim."""
    sentence = MARKING.sub("", sentence)
    low = " ".join(sentence.lower().split())
    if not any(mark in low for mark in STATUS_MARKS):
        return "unknown"
    return next(
        (status for status, pattern in STATUS if pattern.search(sentence)), "unknown"
    )


# What a review's year is the year of, after its publication: its completion or
# its start ("received the Serious Case review at a meeting dated 24 February 2015").
REVIEW_EVENT = re.compile(
    r"\b(?:received|completed|concluded|endorsed|commissioned|launched|initiated"
    r"|started|agreed)\b",
    re.IGNORECASE,
)


def year_of(sentence: str, status: str) -> str | None:
    """The year the sentence gives for the review itself: the year nearest
    "published" when it was, else nearest its completion or start."""
    said = PUBLISHED if status == "published" else REVIEW_EVENT
    event = said.search(sentence)
    years = list(YEAR.finditer(sentence))
    if not (event and years):
        return None
    nearest = min(years, key=lambda year: abs(year.start() - event.start()))
    return nearest.group()


# A review that stands for reviews in general, or is counted, is not one review:
# words before its name that speak of reviews in general ...
GENERAL = re.compile(
    r"\b(?:how|whether|if|should|must|would|could|criteria|guidance"
    # ("the process of conducting a SAR" is left to TO_BE_DONE: "began a process of")
    r"|procedures?|process(?!\s+of\s+\w+ing\b)|toolkit|template|annual\s+report"
    r"|statutory|function|duty"
    r"|required|requirement|recommend|consider|meet|cannot|(?-i:can|may)|purpose"
    r"|definition|defines?|when\s+to|once|will\s+(?:commission|appoint|organi[sz]e"
    r"|arrange|decide|notify)"
    # what a body is for: "The role of the Safeguarding Adults Board is to arrange a"
    r"|(?:role|remit|responsibilit(?:y|ies)|task|job|aim)\s+(?:of\s+[^.]{0,60}?)?"
    r"(?:is|are)\s+to)\b"
    # the words themselves: "retaining the name \u2018Domestic Homicide Review\u2019"
    r"|\b(?:name|term|phrase|label|title)\s*$"
    # whichever body it is: "then the relevant local authority Safeguarding Adults
    # Board launches a Safeguarding Adults Review"
    r"|\bthe\s+relevant\s+(?:[\w-]+\s+){0,3}?(?:authority|council|board|partnership)\b",
    re.IGNORECASE,
)
# ... a review's name as the modifier of a process ("a serious case review
# protocol", "the DHR statutory guidance", "Safeguarding Adult Review Group", "The
# SAR Audit") or with a modal verb ("SCRs should be ...") ...
GENERAL_AFTER = re.compile(
    r"\W*(?:\([A-Z]{2,6}s?\)\W*)?(?:(?:should|must|would|could|can|may)\b"
    r"|(?:(?!(?:following|after|into|of|for|on|in|by|from|with|about)\b)[\w'-]+\s+)?"
    r"(?:protocols?|process(?:es)?|procedures?|criteria|guidance"
    r"|polic(?:y|ies)|framework|system|scheme|toolkit|templates?|referrals|networks?"
    r"|(?:sub-?)?groups?|teams?|function|duty|requirements?|notifications?|training"
    r"|methodology|arrangements|quality\s+markers|panels?|(?:sub-?)?committees?"
    r"|forums?|reports|publications|audits?"
    r"|officers?|co-?ordinators?|activity|workload|capacity|budget|costs?)\b"
    # ... a body named after it ("Safeguarding Adult Review and Complex Case Group")
    r"|\s+(?:and|&)\s+(?-i:(?:[A-Z][\w'-]*\s+){1,3}(?:Group|Sub-?[Gg]roup|Committee"
    r"|Panel|Forum))\b)",
    re.IGNORECASE,
)
# ... words of its clause after it that speak of reviews in general ("The ... Panel
# is a National Panel that meets regularly to decide whether ...") ...
GENERAL_CLAUSE = re.compile(
    r"\b(?:whether|if|should|must|would|could|cannot|can\s+only|criteria|guidance"
    r"|procedures?|statutory|duty|required|requirement|once)\b",
    re.IGNORECASE,
)
# ... but "the full DHR process has been completed" is one review's.
PROCESS_DONE = re.compile(r"\W*process\s+(?:has|had)\s+been\s+completed", re.I)
# A sentence that tells of a review as something done or going on ("The Trust
# contributed to the serious case review"), not of what such a review does ("aims
# to", "announces").
TOLD_AS_DONE = re.compile(
    r"\b(?:was|were|had|has\s+been|have\s+been|did|contributed|commissioned"
    r"|completed|concluded|published|found|identified|conducted|undertaken|began"
    r"|started|launched|presented|received|agreed|noted|reported|discussed|shared"
    r"|submitted|approved|highlighted|made|held|led|took|gave|told"
    # ... or going on now ("The Trust is contributing to the serious case review")
    r"|(?:is|are)\s+(?:currently\s+|now\s+)?(?:contributing|undertaking|conducting"
    r"|carrying\s+out|participating|involved|taking\s+part))\b",
    re.IGNORECASE,
)
# The statute a DHR is held under, as its title page or guidance cites it after
# the review's name.
STATUTE = (
    r"\s+under\s+(?:s\.?\s*|section\s+)9(?:\(1\))?\s+of\s+(?:the\s+)?Domestic\s+"
    r"Violence,?\s+Crime\s+and\s+Victims\s+Act\s+2004(?:\s*\(\W?the\s+2004\s+Act\W?\))?"
)
# A review the text tells apart from the one it names: "a previous SCR was
# published", "an earlier serious case review".
# A review of many cases for their common themes ("an independent thematic
# Safeguarding Adults Review", "Cuckooing Thematic SAR"), which LABELS.md does not
# count as one review.
THEMATIC = re.compile(r"\bthematic\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# ... unless its name goes on to name whom it is of, within this reach.
THEMATIC_NAMED_REACH = 60
ANOTHER_ONE = re.compile(
    r"\b(?:(?:a|an|the)\s+(?:previous|earlier|prior|separate|different)|another)\s+$",
    re.IGNORECASE,
)
# ... "a SAR is completed when ...", "A Domestic Homicide Review under section 9 of
# ... must be held when": a review with "a" and a verb in the present.
# (not a report's: "This report of a domestic homicide review examines ...", the
# Home Office template's first sentence)
INDEFINITE = re.compile(
    r"(?<!report\sof\s)(?<!summary\sof\s)\b(?:a|an)\s+$", re.IGNORECASE
)
_ACRONYM_AFTER = r"\(\W?(?:an?\s+)?\W?[A-Z]{2,6}s?\W?\)"
PRESENT = re.compile(
    rf"(?:\s*{_ACRONYM_AFTER})?(?:{STATUTE})?\W*(?:{_ACRONYM_AFTER}\W*)?"
    r"(?:is|are|can|must|should|may|will|(?!has\b|was\b)[a-z]+s)\b"
    # ... but not one going on now: "A serious case review is under way"
    r"(?!\s+(?:now\s+|currently\s+|still\s+)?(?:under\s*way|on-?going|being\s+\w+"
    r"|taking\s+place|in\s+progress)\b)"
    # ... and asked about: "What is a Safeguarding Adult Review?"
    r"|\s*\?"
)
# ... "a review" as what is to be done, not one done: after a verb of holding one
# in the gerund or infinitive ("commissioning and publishing a SCR", "reluctance
# to initiate an SCR", "Decisions Whether to Initiate a Serious Case Review"), a
# step or need of the process ("Following the completion of a domestic homicide
# review", "notification of potential DHR"), or what may lead to one ("incidents
# that ... lead to a SCR"). A past decision to hold one is one review ("agreed to
# commission a SAR").
_HOLD = (
    r"initiat|commission|conduct|undertak|carry\s+out|arrang|hold|establish"
    r"|complet|publish|lead|trigger|request|defin|start|prepar|consider|contribut"
    r"|warrant|merit|justif|requir"
)
TO_BE_DONE = re.compile(
    rf"(?:\b(?:(?:{_HOLD})\w*ing|carrying\s+out)\s+(?:(?:and|or)\s+\w+ing\s+)?(?:to\s+|for\s+|of\s+)?"
    rf"|(?<!ed\s)(?<!\bchose\s)(?<!\bbegan\s)(?<!\bis\s)(?<!\bare\s)"
    rf"\bto\s+(?:{_HOLD})\w*\s+(?:for\s+)?"
    r"|\b(?:completion|conduct|purpose|publication|need|request|referral|criteria"
    r"|timescales?|notification|initiation|stages?|aim|decision\s+whether\s+to"
    r"\s+\w+)\s+(?:of|for)\s+"
    r"|\b(?:lead|leads|leading)\s+to\s+)(?:a|an)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# ... a sentence that says a review was not held ("was not commissioned as it was
# determined that Kevin's case did not meet the criteria for a SAR") ...
NOT_HELD = Caseless(
    r"\b(?:was|were|will|would)\s+not\s+(?:be\s+)?(?:commissioned|undertaken|"
    r"conducted|held|initiated|carried\s+out|arranged)|\bnot\s+(?:meet|met)\s+the"
    r"\s+(?:criteria|threshold)|\bdecided\s+not\s+to\s+(?:commission|undertake|hold"
    r"|conduct|initiate|carry)|\bdecision\s+not\s+to\s+(?:commission|undertake"
    r"|hold|conduct|initiate|carry)|\bnot\s+(?:resulted|led)\s+(?:in|to)\b"
    # ... "a LCSPR was not required" (not what a review found was not)
    r"|\b(?:reviews?|SCRs?|SARs?|DHRs?|L?CSPRs?|one)\s+(?:was|were|is|are|would\s+be)"
    r"\s+not\s+(?:required|needed|necessary|warranted)\b"
    # ... or refused ("the board refused to conduct a serious case review", "has
    # shown reluctance to conduct"; not "refused to publish", which is withheld)
    r"|\b(?:refus|declin|reluctan)\w*\s+to\s+(?:commission|undertake|hold|conduct"
    r"|initiate|carry\s+out|launch|order)\b",
    needs=("not", "refus", "declin", "reluctan"),
)
# What a page holds (lower case) for NOT_HELD to match on it.
NOT_HELD_MARKS = ("not ", "decided not", "decision not", "refus", "declin", "reluctan")
NOT_HELD_WORDS = (
    "commission", "undertak", "conduct", "held", "hold", "initiat", "carr", "arrang",
    "criteria", "threshold", "resulted", "led ", "required", "needed", "necessary",
    "warranted", "launch", "order",
)  # fmt: skip
# ... and so does a review named only to say what something is not ("this is not
# an investigation ... and it is not a serious case review").
NOT_ONE = re.compile(
    r"\bnot\s+(?:a|an|one|a\s+single)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
# ... and so does a sentence that sets a condition ("Where the Partnership undertakes
# a Child Safeguarding Practice Review the report will be published ...").
CONDITION = re.compile(
    r"[\s\u2022\u00b7-]*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:Where|If|When|Whenever|Should)\b"
)
# ... and a page's question of what such a review is, right before the sentence
# that answers it in general.
WHAT_IS_ONE = re.compile(r"\bWhat\s+(?:is|are)\s+(?:an?\s+)?[^?\n]{3,60}\?\s*$")
QUESTION_REACH = 80
# ... and so does a determiner right before its name: "any serious case review".
COUNTED = re.compile(
    r"\b(?:any|all|each|every|such|future|some|several|many|another)\s+(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)
PLURAL = re.compile(r"(?:reviews|[A-Z]s)$", re.IGNORECASE)
# A count of reviews right before their name ("three serious case reviews").
NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
COUNT = re.compile(
    rf"\b(?P<number>{'|'.join(NUMBERS)}|\d{{1,2}})\s+(?:[\w-]+\s+){{0,3}}$",
    re.IGNORECASE,
)
# ... and cases counted as a review's subjects: "78 cases from 2003-04 were the
# subject of a Serious Case Review (SCR)", "Many cases were followed by a Serious Case
# Review" (not "two children were the subject of a serious case review", one review
# of them both).
CASES_COUNTED = re.compile(
    rf"\b(?:[2-9]|[1-9][\d,]+|{'|'.join(NUMBERS[1:])}|many|most|several|numerous)\s+"
    r"(?:[\w-]+\s+){0,2}?cases\b"
    r"[^.;]{0,80}?\b(?:subjects?\s+(?:of|to)|followed\s+by)\s+(?:a|an)\s+$",
    re.IGNORECASE,
)
# How far before a review's name the sentence may show it speaks of reviews in general.
GENERAL_REACH = 120
# How far before a review's name "a", "the" or "this" may stand.
ARTICLE_REACH = 60
# A review of one case: "Serious case review into sexual assault of teenager ...",
# "a review into the death of a baby" (a headline has no "the"), "into baby's
# death", a DHR report's title page: "Domestic Homicide Review Under s9 of the
# Domestic Violence Crime and Victims Act 2004 In respect of the death of a woman",
# "Domestic Homicide Review\n\nExecutive Summary Into the death of Mary".
INTO_A_CASE = re.compile(
    rf"(?:{STATUTE})?(?:\s+(?:executive\s+summary|overview\s+report))?"
    r"[\s_]+(?:into|of|in\s+respect\s+of)\s+(?:the\s+)?"
    r"(?:(?:deaths?|murders?|killings?|case|abuse|neglect|(?:sexual\s+)?(?:assault"
    r"|abuse)|injur\w*)\s+of\b|(?:[\w-]+\s+)?[\w-]+[\u2019']s\s+(?:death|murder|killing)\b)",
    re.IGNORECASE,
)
# Words of a review's size, which may stand before a comma in its name ("a full,
# independent safeguarding review").
SIZE_WORDS = ("full", "thorough", "detailed", "comprehensive", "wide-ranging", "major")
# A determiner of the review's name: "the SCR", "a recent SCR", "its latest review",
# a possessive ("Oxfordshire Safeguarding Children Board's serious case review").
ARTICLE = re.compile(
    r"\b(?:the|this|that|its|their|a|an|one|[A-Za-z]+['\u2019]s)\s+[\u201c\u2018\"']?"
    rf"(?:(?:{'|'.join(SIZE_WORDS)}),\s+)?"
    r"(?:(?!(?:for|of|on|in|to|with|from|by|about|into|and|or)\b)[\w'\u2019-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "DHR's are made available": an acronym's plural written with an apostrophe.
APOSTROPHE_PLURAL = re.compile(
    r"['\u2019]s(?:\s+(?:are|were|have|is|sits?|will|can|must|should|may)\b"
    r"|(?=\s*[.,;:)]))"
)
