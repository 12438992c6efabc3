"""Case reviews: serious case reviews and their successors, SARs and DHRs.

Full names are matched anywhere. Acronyms (SCR, CSPR, SAR, DHR) mean other things in
council and NHS papers (a solvency capital requirement, a subject access request, a
school's single central record), so an acronym counts only in a document that also
uses the words it stands for, next to the board or partnership that holds such
reviews, or next to the review's subject ("the Child B SCR"), and never next to
words of its other senses. Reviews known by other names (the national panel's
reviews, Welsh practice reviews, rapid and internal management reviews) count when
the sentence says which review it means.

Each mention's fields say what the sentence states of the review: its type, subject,
board, council, year and status, and whether it is one identifiable review
(`specific`) rather than reviews in general.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from casewatch.detectors import review_registers
from casewatch.detectors.base import Mention, folded, sentence_span
from casewatch.places import councils_of, find_councils, partnership_for

NAME = "case_reviews"
VERSION = 2
KIND = "case_review"

# Words around an acronym (within CONTEXT_REACH characters) that show another sense.
CONTEXT_REACH = 200


@dataclass(frozen=True)
class Rule:
    """A phrase that names a kind of review, and when a hit on it does not count."""

    id: str
    review_type: str
    pattern: re.Pattern[str]
    full_name: re.Pattern[str] | None = None  # what an acronym stands for
    vouched_by: re.Pattern[str] | None = None  # nearby words that mean this sense
    not_near: re.Pattern[str] | None = None
    needs_subject: bool = False  # only a named review counts ("practice review")
    when: re.Pattern[str] | None = None  # the sentence must also say this
    only_one: bool = False  # only one identifiable review counts, not the procedure
    not_after: re.Pattern[str] | None = None  # words right before that mean another


def _words(phrase: str) -> str:
    return r"\s+".join(phrase.split())


def _phrase(phrase: str) -> re.Pattern[str]:
    """A case-insensitive phrase; not when it names a panel ("the ... Review Panel")."""
    return re.compile(rf"\b{_words(phrase)}\b(?!\s+Panel)", re.IGNORECASE)


# Words that, near an acronym, show it is a review about a person who was harmed.
HARM = r"|death|died|killed|murder|neglect|abuse|\bpanel\b"
RULES = (
    Rule("case_review.scr", "SCR", _phrase("serious case reviews?")),
    Rule(
        "case_review.cspr",
        "CSPR",
        _phrase(
            "(?:(local|national) )?(?:child(?:ren.s)? safeguarding|safeguarding child)"
            " practice reviews?"
        ),
    ),
    Rule("case_review.sar", "SAR", _phrase("safeguarding adults? reviews?")),
    Rule(
        "case_review.dhr",
        "DHR",
        _phrase("domestic (?:homicide|abuse related death) reviews?"),
    ),
    Rule(
        "case_review.scr_acronym",
        "SCR",
        re.compile(r"\bSCRs?\b(?!\s+Panel)"),
        full_name=_phrase("serious case reviews?"),
        vouched_by=re.compile(
            r"\bLSC[BP]|safeguarding\s+children\s+(?:board|partnership)" + HARM, re.I
        ),
        not_near=re.compile(
            r"solvency|capital requirement|catalytic|emission|boiler|\bNOx\b"
            r"|central\s+record|city\s+region|combined\s+authority|mayoral",
            re.IGNORECASE,
        ),
    ),
    Rule(
        "case_review.cspr_acronym",
        "CSPR",
        re.compile(r"\b([LN])?CSPRs?\b"),
        full_name=_phrase("safeguarding practice reviews?"),
        vouched_by=re.compile(
            r"\bLSCPs?\b|safeguarding\s+partnership|rapid\s+review" + HARM, re.I
        ),
    ),
    Rule(
        "case_review.sar_acronym",
        "SAR",
        re.compile(r"\bSARs?\b"),
        full_name=_phrase("safeguarding adults? reviews?"),
        vouched_by=re.compile(r"safeguarding\s+adults?\s+board|\bSABs?\b", re.I),
        not_near=re.compile(
            r"subject access|search and rescue|suspicious activity|special"
            r" administrative",
            re.IGNORECASE,
        ),
    ),
    Rule(
        "case_review.dhr_acronym",
        "DHR",
        re.compile(r"\bDHRs?\b"),
        full_name=_phrase("domestic (?:homicide|abuse related death) reviews?"),
        vouched_by=re.compile(r"community\s+safety\s+partnership|homicide", re.I),
    ),
    # The national panel's reviews: the panel named with what it did.
    Rule(
        "case_review.ncspr_panel",
        "NCSPR",
        re.compile(
            r"\b(?:National\s+)?Child\s+Safeguarding\s+(?:Practice\s+)?Review\s+Panel\b",
            re.IGNORECASE,
        ),
        when=re.compile(
            r"\b(?:national\s+review|reviews?\s+(?:into|of|by)|inquiry|report\s+"
            r"(?:on|into)|published\s+(?:its|their|a)\s+(?:\w+\s+){0,2}review)\b",
            re.IGNORECASE,
        ),
    ),
    Rule(
        "case_review.national_review",
        "NCSPR",
        re.compile(
            r"\bnational\s+(?:\w+\s+)?review\s+(?:into|of)\b",
            re.IGNORECASE,
        ),
        needs_subject=True,
    ),
    # Wales: child and adult practice reviews, "extended" when a child died.
    Rule(
        "case_review.welsh_practice_review",
        "other",
        re.compile(
            r"\b(?:extended\s+)?(?:child|adult)\s+practice\s+reviews?\b",
            re.IGNORECASE,
        ),
        needs_subject=True,
        not_after=re.compile(r"safeguarding\s+$", re.IGNORECASE),  # England's CSPRs
    ),
    Rule(
        "case_review.practice_review",
        "CSPR",
        re.compile(
            r"(?<!safeguarding\s)(?<!child\s)(?<!adult\s)\bpractice\s+review\b", re.I
        ),
        needs_subject=True,
    ),
    Rule(
        "case_review.other_review",
        "other",
        re.compile(r"\b(?:rapid|internal\s+management)\s+reviews?\b", re.IGNORECASE),
        only_one=True,
    ),
)

# A word each rule's every match holds (lower case where the rule ignores case,
# else as written): a page without it spares the rule's search of it.
RULE_WORDS = {
    "case_review.scr": "serious",
    "case_review.cspr": "practice",
    "case_review.sar": "adult",
    "case_review.dhr": "domestic",
    "case_review.scr_acronym": "SCR",
    "case_review.cspr_acronym": "CSPR",
    "case_review.sar_acronym": "SAR",
    "case_review.dhr_acronym": "DHR",
    "case_review.ncspr_panel": "panel",
    "case_review.national_review": "national",
    "case_review.welsh_practice_review": "practice",
    "case_review.practice_review": "practice",
    "case_review.other_review": "review",
}

# A review named only by what a local board did: "the ... Safeguarding Children
# Partnership has published a report looking into the case of the baby", "a review
# was commissioned by the ... Local Safeguarding Children Board" after a death.
BOARD_REPORT_ID = "case_review.board_report"
LOCAL_BOARD = re.compile(
    r"Safeguarding\s+(?:Children(?:.s)?|Adults?)\s+(?:Board|Partnership)"
)
REPORT_NOUN = re.compile(
    r"\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:review|report)\b"
    r"(?!\s+(?:Panel|process|framework|procedure))",
    re.IGNORECASE,
)
A_HARM = re.compile(
    r"\b(?:death|died|killed|murder\w*|injur\w*|case\s+of\s+(?:the|a|an)\s+"
    r"(?:baby|child|boy|girl|man|woman|infant|teenager))\b",
    re.IGNORECASE,
)
# A review named by the death it looks into, of a child the text gives a pseudonym
# ("a review into the death of a three-week-old baby ... identified only as 'Child
# D'"), in a sentence about a council or children's services: a hospital's review
# of a death names neither.
DEATH_REVIEW_ID = "case_review.death_review"
DEATH_REVIEW = re.compile(
    r"\breview\s+(?:into|of)\s+the\s+deaths?\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:baby|infant|child|boy|girl|toddler|teenager)\b",
    re.IGNORECASE,
)
CHILDRENS_SERVICES = re.compile(
    r"children.s\s+services|child\s+protection|social\s+(?:services|work)|\bcouncil\b",
    re.IGNORECASE,
)
DEATH_REVIEW_MARKS = ("review into the death", "review of the death")

# The rules a register's page names the kind of its reviews with.
REGISTER_KINDS = (
    "case_review.scr",
    "case_review.cspr",
    "case_review.sar",
    "case_review.dhr",
    "case_review.welsh_practice_review",
)

# A count of reviews right before their name ("three serious case reviews"),
# and the record a count of named pseudonyms gives each of them.
NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
COUNT = re.compile(
    rf"\b(?P<number>{'|'.join(NUMBERS)})\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE
)
COUNTED_ID = "case_review.counted_pseudonyms"

# What every rule's match contains: the prefilter's substrings.
ACRONYMS = ("SCR", "SAR", "DHR", "CSPR")
PHRASES = (
    "case review",
    "practice review",
    "adults review",
    "adult review",
    "homicide review",
    "death review",
    "rapid review",
    "management review",
)
HARM_WORDS = ("death", "died", "killed", "murder", "injur")

# The name a review gives its subject: "Child R", "Baby P", "Adult B", "Family A",
# a quoted name ("Tom and Vic"), "known as Lily", "the deaths of Arthur
# Labinjo-Hughes and Star Hobson", a Welsh review's number ("CYSUR 4 2019").
_WORD = r"[A-Z][a-z\u2019']+(?:-[A-Z][a-z\u2019']+)*"
_NAME = rf"{_WORD}(?:\s{_WORD}){{0,2}}"
_CODE = r"(?:Child|Baby|Adult|Family|Sibling\s+Group|Children|CHILD|BABY|ADULT|FAMILY)"
SUBJECT = re.compile(
    rf"\b(?P<code>{_CODE}\s+[A-Z]{{1,2}}(?:\s+and\s+[A-Z]{{1,2}})?)\b(?![\w-])"
    r"|[\u201c\u2018\"'`](?P<quoted>[A-Z][\w'\u2019]+(?:\s(?:and|&)\s[A-Z][\w'\u2019]+)?)"
    r"[\u201d\u2019\"'`](?!\w)"
    rf"|\b(?:known|refer(?:red)?\s+to)\s+as\s+(?!{_CODE}\s)(?P<known>[A-Z][a-z]+)"
    r"|\b(?:deaths?|murders?|killings?|assassination|manslaughter|reviews?\s+of"
    r"|in\s+relation\s+to|in\s+respect\s+of|concerning|regarding)\s+(?:of\s+)?"
    rf"(?P<named>{_NAME}(?:\s+in\s+{_WORD})?(?:,?\s(?:and|&)\s{_NAME})?)"
    rf"|(?P<pseudonym>{_WORD}(?:\s{_WORD})?)\s+\(pseudonym\)"
    rf"|\b(?P<possessive>{_WORD})[\u2019']s\s+case\b"
    r"|\b(?P<welsh>CYSUR\s+\d+\s*[/ ]?\s*\d{4})\b"
)
# Where a named subject lived, dropped from the name: "Arthur Labinjo-Hughes in
# Solihull, and Star Hobson".
IN_A_PLACE = re.compile(rf"\s+in\s+{_WORD}(?=,|\s(?:and|&)\s|$)")
# A title's subject straight after the review's name: "Domestic Homicide Review
# Judith - Overview Report", "Safeguarding Adults Board (SSAB) Louise | published".
TITLED = re.compile(
    r"\s*(?:\([A-Z]{2,8}\))?\s*[:\u2013-]?\s*(?P<name>[A-Z][a-z]+)\s*[-\u2013|(]"
)
NOT_A_TITLE = re.compile(
    r"Overview|Report|Executive|Summary|Panel|Action|Plan|Independent|Published"
    r"|Learning|Review|Briefing"
)
# Capitalised words that begin places and organisations, not people.
NOT_A_PERSON = re.compile(
    r"\b(?:Council|Board|Partnership|Safeguarding|Review|Trust|Hospital|Borough|"
    r"County|City|Street|Road|London|England|Wales|The|A|An|In|On)\b"
)
BOARD = re.compile(
    r"(?:\b[Tt]he\s+)?(?:(?!(?:Where|If|When|Whenever)\s)[A-Z][\w\u2019'&-]*\s+"
    r"(?:(?:and|of|upon|on|&)\s+)?){0,6}?"
    r"(?:Local\s+)?(?:Safeguarding\s+(?:Children(?:.s)?|Adults?)\s+"
    r"(?:Board|Partnership)|Safeguarding\s+(?:Partnership|Board)|Community\s+Safety"
    r"\s+Partnership|Child\s+Safeguarding\s+Practice\s+Review\s+Panel)"
    r"(?:\s*\([A-Z]{2,8}\))?"
    r"|\b(?:L?SC[BP]|SAB|CSP)\b"
)
SEVERAL_PLACES = re.compile(r"\s(?:and|&)\s.*(?:Safeguarding|Community)")
COUNCIL_WORD = re.compile(r"\s+(?:(?:City|County|Borough|District)\s+)?Council\b")
# What a sentence says of a review's publication, strongest claim first.
STATUS = (
    ("published", re.compile(r"not\s+(?:\w+\s+)?published\b[^.]{0,40}?\buntil", re.I)),
    (
        "withheld",
        re.compile(
            r"\bwithheld|\b(?:decided|decision|chose|refus\w*|declined)\s+(?:not\s+)?"
            r"to\s+publish|not\s+(?:be\s+|been\s+)?published\s+(?:due|because|to\s+"
            r"avoid|in\s+order|owing)|will\s+(?:not|never)\s+be\s+(?:published|made"
            r"\s+public)|won.t\s+(?:be\s+)?publish|not\s+(?:be\s+)?made\s+public"
            r"|no\s+plans\s+to\s+publish|(?:was|were|is)\s+not\s+published"
            r"|(?:is|are)\s+not\s+publishing",
            re.IGNORECASE,
        ),
    ),
    (
        "unpublished",
        re.compile(
            r"\bunpublished|not\s+yet\s+(?:been\s+)?published|yet\s+to\s+be\s+published"
            r"|awaiting\s+publication|pending\s+publication|(?:due|expected|set|"
            r"scheduled)\s+to\s+be\s+published|will\s+be\s+published|publication\s+"
            r"(?:is\s+|has\s+been\s+)?(?:delayed|postponed|pending)"
            r"|has\s+not\s+(?:yet\s+)?been\s+published",
            re.IGNORECASE,
        ),
    ),
    (
        "in_progress",
        re.compile(
            r"\b(?:is|are)\s+(?:currently\s+|now\s+)?being\s+(?:undertaken|"
            r"conducted|carried\s+out|completed)\b|\bunder\s*way"
            r"|\bongoing|\bin\s+progress|will\s+report|due\s+to\s+(?:conclude|report|be"
            r"\s+completed)",
            re.IGNORECASE,
        ),
    ),
    (
        "published",
        re.compile(
            r"\bpublish(?:ed|es)?\b|\bpublication\b|\bmade\s+public\b", re.IGNORECASE
        ),
    ),
)
# A following sentence that goes on about the review, and how many are read.
REFERS_BACK = re.compile(
    r"\s*(?:The|This|That|It|Its)\b(?!\s+(?:Board|Trust|Council|Committee)\b)"
)
FOLLOWING_SENTENCES = 2
# ... or that speaks of "the review" or its report anywhere.
SPEAKS_OF_IT = re.compile(r"\b(?:the|this|that)\s+(?:review|report)\b", re.IGNORECASE)
PUBLISHED = re.compile(r"\bpublish\w*|\bpublication", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19[89]\d|20[0-4]\d)\b")
# A review that stands for reviews in general, or is counted, is not one review.
GENERAL = re.compile(
    r"\b(?:how|whether|if|should|must|would|could|criteria|guidance"
    r"|procedures?|process|toolkit|template|annual\s+report|statutory|function|duty"
    r"|required|requirement|recommend|consider|meet|cannot|can\s+only)\b",
    re.IGNORECASE,
)
# ... and so does a sentence that sets a condition ("Where the Partnership undertakes
# a Child Safeguarding Practice Review the report will be published ...").
CONDITION = re.compile(r"\s*(?:Where|If|Whenever|Should)\b")
# ... and so does a determiner right before its name: "any serious case review".
COUNTED = re.compile(
    r"\b(?:any|all|each|every|such|future|some|several|many|another)\s+(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)
PLURAL = re.compile(r"(?:reviews|[A-Z]s)$", re.IGNORECASE)
# How far before a review's name the sentence may show it speaks of reviews in general.
GENERAL_REACH = 120
# How far before a review's name "a", "the" or "this" may stand.
ARTICLE_REACH = 60
ACRONYM_FOLLOWED = re.compile(r"\s+(?:into\s+the|(?:was\s+)?published\s+in)\b")
# An acronym straight after its full name, as in "serious case review (SCR)".
DEFINITION_GAP = 4


def detect(pages: Sequence[str]) -> Iterator[Mention]:
    """Mentions of case reviews on each page (numbered from 1), one per sentence and
    review type: a heading and the phrase that follows it are one mention."""
    named: dict[str, bool] = {}  # does the document use an acronym's full name?

    def document_names(rule: Rule) -> bool:
        if rule.id not in named:
            named[rule.id] = any(rule.full_name.search(page) for page in pages)  # type: ignore[union-attr]
        return named[rule.id]

    for page_no, text in enumerate(pages, start=1):
        low = folded(text)
        names_one, reports_harm, lists_one = _might_hold_a_review(text, low)
        if not (names_one or reports_harm or lists_one):
            continue
        full_name_ends: list[int] = []
        # one mention per sentence, review type and subject; the one that names a
        # single review ("Serious Case Review: ... commissioned a serious case
        # review") rather than a heading.
        kept: dict[tuple[int, str, str | None], Mention] = {}
        for rule in RULES if names_one else ():
            if not _may_match(rule, text, low):
                continue
            for match in rule.pattern.finditer(text):
                if not _counts(rule, text, match, full_name_ends, document_names):
                    continue
                if rule.full_name is None:
                    full_name_ends.append(match.end())
                left, right = sentence_span(text, match.start(), match.end())
                fields = _fields(rule, text, match, left, right)
                if rule.needs_subject and "subject" not in fields:
                    continue
                if rule.when and not rule.when.search(text, left, right):
                    continue
                if rule.only_one and "specific" not in fields:
                    continue
                key = (left, fields["type"], fields.get("subject"))
                if key in kept and (
                    "specific" in kept[key].fields or "specific" not in fields
                ):
                    continue
                kept[key] = _mention(
                    rule.id, page_no, text, match.start(), match.end(), fields
                )
                for one in _counted_pseudonyms(text, match, left, fields):
                    kept[(left, one["type"], one["subject"])] = _mention(
                        COUNTED_ID, page_no, text, match.start(), match.end(), one
                    )
        for rule_id, start, end, fields in (
            *_entries(text, low, names_one, lists_one),
            *_board_reports(text, kept),
            *_death_reviews(text, kept),
        ):
            key = (start, fields["type"], fields.get("subject"))
            kept[key] = _mention(rule_id, page_no, text, start, end, fields)
        yield from sorted(kept.values(), key=lambda mention: mention.start)


def _mention(
    rule_id: str, page_no: int, text: str, start: int, end: int, fields: dict
) -> Mention:
    return Mention.of((NAME, VERSION, KIND), rule_id, text, page_no, start, end, fields)


def _may_match(rule: Rule, text: str, low: str) -> bool:
    """Does the page hold the word every match of the rule holds?"""
    ignores_case = rule.pattern.flags & re.IGNORECASE
    return RULE_WORDS[rule.id] in (low if ignores_case else text)


def might_name_a_review(text: str, low: str | None = None) -> bool:
    """Whether this detector could find anything on the page (the detectors' gate,
    which has the page in lower case already)."""
    return any(_might_hold_a_review(text, folded(text) if low is None else low))


def _might_hold_a_review(text: str, low: str) -> tuple[bool, bool, bool]:
    """Whether a page may name a review, whether a local board's report on a
    death may stand on it (its sentences are checked for the death), and whether
    an entry that shows itself a review may (a register line, an overview
    report): a few substring searches, so that a page holding none of the words
    costs almost nothing. Every phrase and death review's mark holds "review",
    so a page without it costs one search for them all."""
    if any(acronym in text for acronym in ACRONYMS):
        return True, "Safeguarding" in text, True
    lists_one = any(mark in low for mark in review_registers.SELF_EVIDENT_MARKS)
    review = "review" in low
    if review and (any(phrase in low for phrase in PHRASES) or "national" in low):
        return True, "Safeguarding" in text, lists_one
    harm = "Safeguarding" in text and any(word in low for word in HARM_WORDS)
    harm = harm or (review and any(mark in low for mark in DEATH_REVIEW_MARKS))
    return False, harm, lists_one


def _entries(
    text: str, low: str, names_one: bool, lists_one: bool
) -> Iterator[tuple[str, int, int, dict[str, str]]]:
    """The reviews a register lists under its heading, of the kind the page names
    in full, and the entries elsewhere that show themselves reviews."""
    kinds = _page_kinds(text, low) if names_one or lists_one else set()
    listed: set[int] = set()
    if names_one and review_registers.HEADING.search(text):
        for entry, fields in review_registers.entries(text, kinds):
            listed.add(entry.start())
            yield review_registers.RULE_ID, entry.start(), entry.end(), fields
    if not lists_one:
        return
    for rule_id, entry, fields in review_registers.self_evident_entries(text, kinds):
        if entry.start() in listed:
            continue
        if (board := fields.get("board")) and (council := _council(board, "")):
            fields["local_authority"], fields["la_code"] = council
        yield rule_id, entry.start(), entry.end(), fields


def _page_kinds(text: str, low: str) -> set[str]:
    """The kinds of review a page names in full."""
    return {
        rule.review_type
        for rule in RULES
        if rule.id in REGISTER_KINDS
        and _may_match(rule, text, low)
        and rule.pattern.search(text)
    }


def _counted_pseudonyms(
    text: str, match: re.Match[str], left: int, fields: dict[str, str]
) -> Iterator[dict[str, str]]:
    """One review per pseudonym when a sentence counts as many reviews as it and
    the sentence before name ("... referred to as Baby E ... known as Baby O and
    Baby W. The findings of three serious case reviews ...")."""
    counted = COUNT.search(
        text, max(left, match.start() - ARTICLE_REACH), match.start()
    )
    if not (counted and PLURAL.search(match.group())):
        return
    start = sentence_span(text, left - 1, left - 1)[0] if left else left
    names = dict.fromkeys(
        " ".join(found["code"].split())
        for found in SUBJECT.finditer(text, start, match.start())
        if found["code"]
    )
    if len(names) != NUMBERS.index(counted["number"].lower()) + 1:
        return
    board = fields.get("board") or _board_of(text[start:left])
    for name in names:
        one = {**fields, "subject": name, "specific": "yes"}
        if board and "board" not in fields:
            one["board"] = board
            if council := _council(board, ""):
                one["local_authority"], one["la_code"] = council
        yield one


def _board_of(sentence: str) -> str | None:
    found = BOARD.search(sentence)
    return " ".join(found.group().split()) if found else None


def _board_reports(
    text: str, kept: dict[tuple[int, str, str | None], Mention]
) -> Iterator[tuple[str, int, int, dict[str, str]]]:
    """A local board's report or review on a death or a case, in a sentence that
    names no review otherwise."""
    named = {left for left, _, _ in kept}
    seen: set[int] = set()
    for board in LOCAL_BOARD.finditer(text):
        left, right = sentence_span(text, board.start(), board.end())
        if left in named or left in seen:
            continue
        seen.add(left)
        sentence = text[left:right]
        report = REPORT_NOUN.search(sentence)
        if not (report and A_HARM.search(sentence)) or GENERAL.search(sentence):
            continue
        fields = {"type": "other"}
        if subject := _subject(sentence, report.end()) or _code_after(text, right):
            fields["subject"] = subject
        if found := BOARD.search(sentence):
            fields["board"] = " ".join(found.group().split())
        if council := _council(fields.get("board", ""), sentence):
            fields["local_authority"], fields["la_code"] = council
        fields["status"] = _status(sentence)
        fields["specific"] = "yes"
        yield BOARD_REPORT_ID, left + report.start(), left + report.end(), fields


def _death_reviews(
    text: str, kept: dict[tuple[int, str, str | None], Mention]
) -> Iterator[tuple[str, int, int, dict[str, str]]]:
    """A review of a child's death, in a sentence about a council or children's
    services that names no review otherwise, with the child's pseudonym in that
    sentence or the next."""
    named = {left for left, _, _ in kept}
    for review in DEATH_REVIEW.finditer(text):
        left, right = sentence_span(text, review.start(), review.end())
        if left in named or not CHILDRENS_SERVICES.search(text, left, right):
            continue
        _, after = sentence_span(
            text, min(right + 1, len(text)), min(right + 1, len(text))
        )
        codes = [
            found["code"]
            for found in SUBJECT.finditer(text, left, after)
            if found["code"]
        ]
        if not codes:
            continue
        sentence = text[left:right]
        fields = {"type": "other", "subject": " ".join(codes[0].split())}
        if council := _council("", sentence):
            fields["local_authority"], fields["la_code"] = council
        fields["status"] = _status(sentence)
        fields["specific"] = "yes"
        yield DEATH_REVIEW_ID, review.start(), review.end(), fields


def _counts(
    rule: Rule,
    text: str,
    match: re.Match[str],
    full_name_ends: list[int],
    document_names: Callable[[Rule], bool],
) -> bool:
    if rule.not_after and rule.not_after.search(
        text, max(0, match.start() - CONTEXT_REACH), match.start()
    ):
        return False
    if rule.full_name is None:
        return True
    if any(0 <= match.start() - end <= DEFINITION_GAP for end in full_name_ends):
        return False
    around = text[max(0, match.start() - CONTEXT_REACH) : match.end() + CONTEXT_REACH]
    if rule.not_near and rule.not_near.search(around):
        return False
    if rule.vouched_by and rule.vouched_by.search(around):
        return True
    if document_names(rule):
        return True
    before = text[max(0, match.start() - 20) : match.start()]
    if SUBJECT.search(before):  # "the Child B SCR"
        return True
    return bool(ACRONYM_FOLLOWED.match(text, match.end()))  # "the SCR published in"


def _fields(
    rule: Rule, text: str, match: re.Match[str], left: int, right: int
) -> dict[str, str]:
    """What the sentence states of the review the match names."""
    sentence = text[left:right]
    fields = {"type": _review_type(rule, match)}
    subject = _subject(sentence, match.end() - left) or _titled(text, match.end())
    if not (
        subject
        or PLURAL.search(match.group())
        or COUNTED.search(text, left, match.start())
    ):
        subject = _code_after(text, right) or _code_before(text, left)
    if subject:
        fields["subject"] = subject
    if board := BOARD.search(sentence):
        fields["board"] = " ".join(board.group().split())
    council = _council(fields.get("board", ""), sentence)
    if council:
        fields["local_authority"], fields["la_code"] = council
    status = _status(sentence)
    if status == "unknown" and (said := _said_after(text, right)):
        status, fields["status_sentence"] = said
    fields["status"] = status
    if year := _year(sentence, status):
        fields["year"] = year
    if "subject" in fields or _one_review(text, match, left):
        fields["specific"] = "yes"
    return fields


def _review_type(rule: Rule, match: re.Match[str]) -> str:
    """CSPRs say whether they are local (LCSPR) or national (NCSPR) when they can."""
    if rule.review_type == "CSPR" and match.lastindex and match.group(1):
        return match.group(1)[0].upper() + "CSPR"
    return rule.review_type


def _subject(sentence: str, after: int) -> str | None:
    """The subject named in the sentence: the first one after the review's name when
    a list names several ("Review: 'Peter' (2024) Review: 'Robert'"), else the
    first."""
    found_all = list(SUBJECT.finditer(sentence))
    following = [found for found in found_all if 0 <= found.start() - after < 12]
    for found in following + found_all:
        name = next(value for value in found.groupdict().values() if value)
        name = IN_A_PLACE.sub("", " ".join(name.split())).rstrip("\u2019'")
        name = name.replace(", and ", " and ")
        if (found["named"] or found["quoted"]) and _not_a_person(name):
            continue
        return name.title() if name.isupper() else name
    return None


def _code_after(text: str, end: int) -> str | None:
    """A pseudonym ("Child Q", "known as Lily") in the next sentence when it goes on
    about the review ("... a Local Child Safeguarding Practice Review was initiated.
    The review concluded that Child Q ...")."""
    left, right = sentence_span(text, end + 1, end + 1)
    if not (REFERS_BACK.match(text, end) or SPEAKS_OF_IT.search(text, left, right)):
        return None
    for found in SUBJECT.finditer(text, left, right):
        if name := found["code"] or found["known"]:
            return " ".join(name.split())
    return None


def _code_before(text: str, left: int) -> str | None:
    """The one pseudonym of the sentence before ("... sought to learn from Child R's
    experience. This response should be read alongside the Serious Case review")."""
    if left == 0:
        return None
    start, _ = sentence_span(text, left - 1, left - 1)
    codes = {
        " ".join(found["code"].split())
        for found in SUBJECT.finditer(text, start, left)
        if found["code"]
    }
    return codes.pop() if len(codes) == 1 else None


def _not_a_person(name: str) -> bool:
    return bool(NOT_A_PERSON.search(name) or find_councils(name))


def _titled(text: str, end: int) -> str | None:
    titled = TITLED.match(text, end)
    if titled and not NOT_A_TITLE.fullmatch(titled["name"]):
        return titled["name"]
    return None


def _council(board: str, sentence: str) -> tuple[str, str] | None:
    """The council (as written, code) the review belongs to: its board's, when the
    board is one council's, else the one council the sentence names as a council
    ("Doncaster Council"): a place named in passing says nothing of who holds it."""
    if board and (partnership := partnership_for(board)):
        spanned = councils_of(partnership)
        if len(spanned) == 1:
            return spanned[0].name, spanned[0].code
        return None
    if board:
        if SEVERAL_PLACES.search(board):
            return None
        named = find_councils(board)
        source = board
    else:
        named = [
            (council, start, end)
            for council, start, end in find_councils(sentence)
            if COUNCIL_WORD.match(sentence, end)
            or sentence[start:end].endswith("Council")
        ]
        source = sentence
    if len({council.code for council, _, _ in named}) != 1:
        return None
    council, start, end = named[0]
    return " ".join(source[start:end].split()), council.code


def _said_after(text: str, end: int) -> tuple[str, str] | None:
    """A status given by the next sentences that speak of the review ("The review
    has been completed. This has not been published due to risks ...")."""
    for _ in range(FOLLOWING_SENTENCES):
        if not REFERS_BACK.match(text, end):
            return None
        left, end = sentence_span(text, end + 1, end + 1)
        following = " ".join(text[left:end].split())
        if (status := _status(following)) != "unknown":
            return status, following
    return None


def _status(sentence: str) -> str:
    return next(
        (status for status, pattern in STATUS if pattern.search(sentence)), "unknown"
    )


def _year(sentence: str, status: str) -> str | None:
    """The year a published review came out: the year nearest "published"."""
    if status != "published":
        return None
    published = PUBLISHED.search(sentence)
    years = list(YEAR.finditer(sentence))
    if not (published and years):
        return None
    nearest = min(years, key=lambda year: abs(year.start() - published.start()))
    return nearest.group()


def _one_review(text: str, match: re.Match[str], left: int) -> bool:
    """A single review the sentence points at ("the serious case review", "a recent
    SCR"), not reviews in general or counted."""
    if PLURAL.search(match.group()) or CONDITION.match(text, left):
        return False
    before = text[max(left, match.start() - GENERAL_REACH) : match.start()]
    after = text[match.end() : match.end() + ARTICLE_REACH]
    if GENERAL.search(before) or GENERAL.search(after.split(".")[0]):
        return False
    if COUNTED.search(before):
        return False
    if re.match(r"['\u2019]s\s+(?:are|were|have)\b", after):
        return False  # "DHR's are made available"
    before = before[-ARTICLE_REACH:]
    return bool(re.search(r"\b(?:the|this|that|its|their|a|an)\b", before, re.I))
