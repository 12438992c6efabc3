"""Case reviews: serious case reviews and their successors, SARs and DHRs.

Full names are matched anywhere. Acronyms (SCR, CSPR, SAR, DHR) mean other things in
council and NHS papers (a solvency capital requirement, a subject access request, a
school's single central record), so an acronym counts only in a document that also
uses the words it stands for, or next to the board or partnership that holds such
reviews, and never next to words of its other senses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from casewatch.detectors.base import Mention, sentence_span, snippet

NAME = "case_reviews"
VERSION = 1
KIND = "case_review"

# Words around an acronym (within CONTEXT_REACH characters) that show another sense.
CONTEXT_REACH = 160


@dataclass(frozen=True)
class Rule:
    """A phrase that names a kind of review, and when a hit on it does not count."""

    id: str
    review_type: str
    pattern: re.Pattern[str]
    full_name: re.Pattern[str] | None = None  # what an acronym stands for
    vouched_by: re.Pattern[str] | None = None  # nearby words that mean this sense
    not_near: re.Pattern[str] | None = None


def _words(phrase: str) -> str:
    return r"\s+".join(phrase.split())


def _phrase(phrase: str) -> re.Pattern[str]:
    """A case-insensitive phrase; not when it names a panel ("the ... Review Panel")."""
    return re.compile(rf"\b{_words(phrase)}\b(?!\s+Panel)", re.IGNORECASE)


RULES = (
    Rule("case_review.scr", "SCR", _phrase("serious case reviews?")),
    Rule(
        "case_review.cspr",
        "CSPR",
        _phrase("(?:(local|national) )?child safeguarding practice reviews?"),
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
            r"\bLSC[BP]s?\b|safeguarding\s+children\s+(?:board|partnership)", re.I
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
            r"\bLSCPs?\b|safeguarding\s+partnership|rapid\s+review", re.I
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
)

SUBJECT = re.compile(
    r"\b(?:Child|Baby|Adult|Family|Sibling Group)\s+[A-Z]{1,2}\b(?![\w-])"
    r"|[\u201c\"]([A-Z][\w'\u2019]+(?: (?:and|&) [A-Z][\w'\u2019]+)?)[\u201d\"]"
)
# An acronym straight after its full name, as in "serious case review (SCR)".
DEFINITION_GAP = 4


def detect(pages: Sequence[str]) -> Iterator[Mention]:
    """Mentions of case reviews on each page (numbered from 1), one per sentence and
    review type: a heading and the phrase that follows it are one mention."""
    document = "\n".join(pages)
    named = {
        rule.id for rule in RULES if rule.full_name and rule.full_name.search(document)
    }
    for page_no, text in enumerate(pages, start=1):
        full_name_ends: list[int] = []
        sentences: set[tuple[str, str]] = set()
        for rule in RULES:
            for match in rule.pattern.finditer(text):
                if not _counts(rule, text, match, full_name_ends, rule.id in named):
                    continue
                if rule.full_name is None:
                    full_name_ends.append(match.end())
                mention = _mention(rule, text, page_no, match)
                if (mention.snippet, mention.fields["type"]) not in sentences:
                    sentences.add((mention.snippet, mention.fields["type"]))
                    yield mention


def _counts(
    rule: Rule,
    text: str,
    match: re.Match[str],
    full_name_ends: list[int],
    document_names_it: bool,
) -> bool:
    if rule.full_name is None:
        return True
    if any(0 <= match.start() - end <= DEFINITION_GAP for end in full_name_ends):
        return False
    around = text[max(0, match.start() - CONTEXT_REACH) : match.end() + CONTEXT_REACH]
    if rule.not_near and rule.not_near.search(around):
        return False
    return document_names_it or bool(rule.vouched_by and rule.vouched_by.search(around))


def _mention(rule: Rule, text: str, page_no: int, match: re.Match[str]) -> Mention:
    fields = {"type": _review_type(rule, match)}
    left, right = sentence_span(text, match.start(), match.end())
    if subject := SUBJECT.search(text, left, right):
        fields["subject"] = subject.group(1) or subject.group(0)
    return Mention(
        detector=NAME,
        detector_version=VERSION,
        rule_id=rule.id,
        kind=KIND,
        page_no=page_no,
        start=match.start(),
        end=match.end(),
        snippet=snippet(text, match.start(), match.end()),
        fields=fields,
    )


def _review_type(rule: Rule, match: re.Match[str]) -> str:
    """CSPRs say whether they are local (LCSPR) or national (NCSPR) when they can."""
    if rule.review_type == "CSPR" and match.lastindex and match.group(1):
        return match.group(1)[0].upper() + "CSPR"
    return rule.review_type
