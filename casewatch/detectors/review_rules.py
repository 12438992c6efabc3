"""The rules: each phrase that names a kind of case review, the word every match of
it holds (its trigger, which spares the search of a page without it), and when a
hit does not count.

Full names count anywhere. Acronyms (SCR, CSPR, SAR, DHR) mean other things in
council and NHS papers (a solvency capital requirement, a subject access request, a
school's single central record), so an acronym counts only in a document that also
uses the words it stands for, next to the board or partnership that holds such
reviews, next to harm, or next to the review's subject ("the Child B SCR"), and
never next to words of its other senses. Reviews known by other names (the national
panel's reviews, Welsh practice reviews, rapid and internal management reviews)
count when the sentence says which review it means.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from casewatch.detectors.base import lower_case_pattern
from casewatch.detectors.review_subjects import (
    CODED,
    FIRST_NAMES,
    PSEUDONYM,
    SUBJECT,
    name_before_acronym,
    not_a_person,
    titled,
)
from casewatch.detectors.review_terms import HARM_WORDS, phrase

# Words around an acronym (within CONTEXT_REACH characters) that show another sense.
CONTEXT_REACH = 200
# An acronym straight after its full name, as in "serious case review (SCR)" or "A
# Domestic Homicide Review (a \u2018DHR\u2019)"; not a list's first entry after its
# heading ("domestic homicide reviews: DHR 'Anne'").
DEFINITION_GAP = 7
DEFINITION_BETWEEN = re.compile(r"[\s(\[\u2013-]*(?:an?\s+)?[\u2018'\"\u201c]?")
# An acronym stands alone between anything but letters and digits: in a file's
# name too ("Child_V_LCSPR_Overview_Report.pdf").
_ALONE, _ENDS = "(?<![A-Za-z0-9])", "(?![A-Za-z0-9])"


def acronym(word: str) -> str:
    """An acronym and its plural, standing alone. The pattern begins with the
    word itself, which the search finds many times faster than a pattern that
    begins with a look behind it ("SCRUTINY" pages hold "SCR")."""
    return rf"{word}(?<![A-Za-z0-9]{word})s?{_ENDS}"


# An acronym that goes on as a case review's name does: "the SCR published in", "the
# SAR into the death", "the SAR for Mr D", "three ongoing SARs (Adult X, Adult Y
# and Adult Z)".
_OF = (
    r"for|into|about|concerning|regarding|relating\s+to|in\s+respect\s+of"
    r"|in\s+relation\s+to"
)
ACRONYM_FOLLOWED = re.compile(
    r"\s+(?:into\s+the|(?:was\s+)?published\s+in)\b"
    # ... "The SAR, commissioned after the death of a 52-year-old woman"
    r"|,?\s+(?:which\s+was\s+)?(?:commissioned|undertaken)\s+(?:after|following"
    r"|into|in\s+response\s+to)\b"
    rf"|s?\s+(?:{_OF})\s+(?:{PSEUDONYM}|[\u2018'\"][A-Z][a-z]+[\u2019'\"])"
    rf"|s?\s*\(\s*(?:{PSEUDONYM})"
    # ... or listed after a colon: "two SARs in 2019: Adult A and Adult B"
    rf"|s?(?:\s+[^.:;\n]{{0,24}})?:\s*(?:{PSEUDONYM})"
    # ... or a first name, whoever's death it was ("the SAR for Paul was presented",
    # "the DHR into Anne's death"); FIRST_NAMES tells it from a place or a day
    rf"|s?\s+(?:{_OF}|on)\s+(?P<first>[A-Z][a-z]+)(?:['\u2019]s)?\b"
    # ... or a name in full ("The Birmingham SCR on Keanu Williams found")
    r"(?P<surname>\s[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:['\u2019]s)?\b)?"
)


# What a pattern begins with that only looks: word boundaries and look-behinds.
# The words before "learning" in a learning review's name ("multi-agency learning
# review", "local brief learning review").
_LEARNING = r"(?:(?:local|brief|multi[\s-]agency)\s+)*learning"
LOOKS_FIRST = re.compile(r"^(?:\\b|\(\?<[!=](?:[^()\\]|\\.)*\))+")


def _in_lower_case(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A case-insensitive pattern as a case-sensitive one for lower-case text, with
    what it begins with that only looks left to the pattern itself."""
    return re.compile(lower_case_pattern(LOOKS_FIRST.sub("", pattern.pattern)))


@dataclass(frozen=True)
class Rule:
    """A phrase that names a kind of review, the word all its matches hold, and when
    a hit on it does not count."""

    id: str
    review_type: str
    pattern: re.Pattern[str]
    trigger: str  # lower case where the pattern ignores case, else as written
    full_name: re.Pattern[str] | None = None  # what an acronym stands for
    vouched_by: re.Pattern[str] | None = None  # nearby words that mean this sense
    coded_near: re.Pattern[str] | None = None  # ... when a code follows ("DHR 7")
    not_near: re.Pattern[str] | None = None
    needs_subject: bool = False  # only a named review counts ("practice review")
    when: re.Pattern[str] | None = None  # the sentence must also say this
    only_one: bool = False  # only one identifiable review counts, not the procedure
    not_after: re.Pattern[str] | None = None  # words right before that mean another
    ignores_case: bool = field(init=False)
    in_lower_case: re.Pattern[str] | None = field(init=False)

    def __post_init__(self) -> None:
        ignores_case = bool(self.pattern.flags & re.IGNORECASE)
        object.__setattr__(self, "ignores_case", ignores_case)
        lowered = _in_lower_case(self.pattern) if ignores_case else None
        object.__setattr__(self, "in_lower_case", lowered)

    def may_match(self, text: str, low: str) -> bool:
        """Does the page (and its lower case) hold the word every match holds?"""
        return self.trigger in (low if self.ignores_case else text)

    def finditer(self, text: str, low: str) -> Iterator[re.Match[str]]:
        """The pattern's matches in the page, found fast: a case-insensitive
        pattern's places are looked for in the page's lower case by a pattern that
        begins with its first word (what a regular expression finds many times
        faster than a pattern that ignores case or begins with a look behind), and
        each is the pattern's own match there."""
        if self.in_lower_case is None or len(low) != len(text):
            yield from self.pattern.finditer(text)
            return
        end = 0
        for place in self.in_lower_case.finditer(low):
            if place.start() >= end and (
                found := self.pattern.match(text, place.start())
            ):
                end = found.end()
                yield found


# Near an acronym: harm to someone, or the national panel.
HARM_OR_PANEL = "|".join((*HARM_WORDS, r"\bpanel\b"))
SCR_PHRASE = phrase("serious case reviews?")
# "Adult Safeguarding Review" is some boards' name for it (Staffordshire's), and
# "Safeguarding Adults Partnership Review" one held with a community safety
# partnership (Norfolk's).
SAR_PHRASE = phrase(
    "(?:safeguarding adults?(?: partnership)?|adults? safeguarding) reviews?"
)
DHR_PHRASE = phrase("domestic (?:violence )?(?:homicide|abuse related death) reviews?")
DHR_VOUCHED_BY = re.compile(
    r"community\s+safety\s+partnership|\bCSPs?\b|homicide|\bmurder\w*"
    r"|\bkill(?:ed|ing)\b"
    # a community safety partnership by its own name ("Safer Rotherham Partnership")
    r"|\b(?-i:Safer\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+Partnership)\b",
    re.I,
)


# A first name whose review an acronym is: "Joanna's SAR".
OWNER_BEFORE = re.compile(r"\b(?P<name>[A-Z][a-z]+)[\u2019']s\s+$")


def dhr_acronym(word: str) -> Rule:
    """A DHR's acronym ("DHR", "DARDR"): vouched for as a DHR's words are, or by
    the Home Office when numbered (its quality assurance is of DHRs alone, but "the
    DHR department of the Home Office" is none)."""
    return Rule(
        f"case_review.{word.lower()}_acronym",
        "DHR",
        re.compile(acronym(word)),
        word,
        full_name=DHR_PHRASE,
        vouched_by=DHR_VOUCHED_BY,
        coded_near=re.compile(r"\bHome\s+Office\b"),
    )


# A review named as a rapid review or an agency's internal management review: a
# review of its own, before any review it leads to (records).
OTHER_REVIEW_ID = "case_review.other_review"
RULES = (
    Rule("case_review.scr", "SCR", SCR_PHRASE, "serious"),
    Rule(
        "case_review.cspr",
        "CSPR",
        # (a local one may drop "child": "Child D local safeguarding practice review")
        phrase(
            "(?:(?P<scope>local|national) child(?:ren.s)? safeguarding"
            "|(?P<local>local) safeguarding|child(?:ren.s)? safeguarding"
            "|safeguarding child) practice reviews?"
        ),
        "practice",
    ),
    # A practice review titled with its child's name: "Child 'Angela' Safeguarding
    # Practice Review".
    Rule(
        "case_review.cspr_named",
        "CSPR",
        re.compile(
            r"\bChild\s+(?P<name>[\u2018'\"]?[A-Z][a-z]+[\u2019'\"]?)\s+"
            r"Safeguarding\s+Practice\s+Reviews?\b"
        ),
        "Safeguarding",
    ),
    Rule("case_review.sar", "SAR", SAR_PHRASE, "adult"),
    Rule("case_review.dhr", "DHR", DHR_PHRASE, "domestic"),
    Rule(
        "case_review.scr_acronym",
        "SCR",
        re.compile(rf"{acronym('SCR')}(?!\s+Panel)"),
        "SCR",
        full_name=SCR_PHRASE,
        vouched_by=re.compile(
            r"\bLSC[BP]|safeguarding\s+children\s+(?:board|partnership)|"
            + HARM_OR_PANEL,
            re.IGNORECASE,
        ),
        not_near=re.compile(
            r"solvency|capital requirement|catalytic|emission|boiler|\bNOx\b"
            r"|central\s+record|summary\s+care\s+record|city\s+region"
            r"|combined\s+authority|mayoral",
            re.IGNORECASE,
        ),
    ),
    Rule(
        "case_review.cspr_acronym",
        "CSPR",
        re.compile(rf"{_ALONE}(?P<scope>[LN])?CSPRs?{_ENDS}"),
        "CSPR",
        full_name=phrase("safeguarding practice reviews?"),
        vouched_by=re.compile(
            r"\bLSCPs?\b|safeguarding\s+partnership|rapid\s+review|" + HARM_OR_PANEL,
            re.IGNORECASE,
        ),
    ),
    Rule(
        "case_review.sar_acronym",
        "SAR",
        re.compile(acronym("SAR")),
        "SAR",
        full_name=SAR_PHRASE,
        vouched_by=re.compile(r"safeguarding\s+adults?\s+board|\bSABs?\b", re.I),
        # ... nor a request someone makes for their records ("Mr D made a SAR for
        # his records", one a council "received"; not "made a SAR referral")
        not_near=re.compile(
            r"subject access|search and rescue|suspicious activity|special"
            r" administrative|\b(?:made|make|makes|making|submitted|lodged|received)"
            r"\s+an?\s+SAR\b(?!\s+referral)",
            re.IGNORECASE,
        ),
    ),
    dhr_acronym("DHR"),
    # ... as DHRs are called since 2024: domestic abuse related death reviews
    dhr_acronym("DARDR"),
    # The national panel's reviews: the panel named with what it did.
    Rule(
        "case_review.ncspr_panel",
        "NCSPR",
        re.compile(
            r"\b(?:National\s+(?:Child\s+)?|Child\s+)Safeguarding\s+(?:Practice\s+)?"
            r"Review\s+Panel\b",
            re.IGNORECASE,
        ),
        "panel",
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
            r"\bnational\s+(?:\w+\s+)?review\s+(?:into|of)\b"
            r"|\bnational\s+panel\s+review\b",
            re.IGNORECASE,
        ),
        "national",
        needs_subject=True,
    ),
    # Wales: child and adult practice reviews, "concise" or "extended" (when the
    # child was known to protection services); one the sentence points at counts,
    # named or not ("commissioned a Concise Child Practice Review in October 2014
    # following the death of a 2-week old baby").
    Rule(
        "case_review.welsh_practice_review",
        "other",
        re.compile(
            r"\b(?:concise\s+(?:child|adult)|extended\s+(?:child|adult)|child|adult)"
            r"\s+practice\s+reviews?\b",
            re.IGNORECASE,
        ),
        "practice",
        only_one=True,
        not_after=re.compile(r"safeguarding\s+$", re.IGNORECASE),  # England's CSPRs
    ),
    # Scotland: a child protection committee's significant case review.
    Rule(
        "case_review.significant_case_review",
        "other",
        phrase("significant case reviews?"),
        "significant",
        only_one=True,
    ),
    Rule(
        "case_review.practice_review",
        "CSPR",
        re.compile(
            r"(?<!safeguarding\s)(?<!child\s)(?<!adult\s)\bpractice\s+review\b", re.I
        ),
        "practice",
        needs_subject=True,
    ),
    # A board's non-statutory review of a named case: "Martin \u2013 Learning Lessons
    # Review", "commissioned a lessons' learnt review" (of Family L), "a multi-agency
    # learning review after the death of baby Ava", "a multi-agency review", "a
    # partnership review into the care of Child B".
    Rule(
        "case_review.learning_review",
        "other",
        re.compile(
            r"(?<!internal\s)\b(?:learning\s+lessons?|lessons?['\u2019]?\s+learn[te]d?"
            # (each way in begins with a letter, which the search looks for first)
            rf"|local\s+{_LEARNING}|brief\s+{_LEARNING}|multi[\s-]agency\s+{_LEARNING}"
            r"|learning|multi[\s-]agency|partnership)\s+(?:case\s+)?reviews?\b"
            # not its panel or process, nor a review of a service ("of the
            # hospital's maternity services"), nor a hospital's own
            r"(?!\s+(?:panel|meeting|group|process|procedure|protocol|team"
            r"|sub-?group)s?\b|\s+of\s+(?:the|its|their|our|a|an)\s+(?!(?:death|case"
            r"|care|circumstances)\b))",
            re.IGNORECASE,
        ),
        "review",
        needs_subject=True,
    ),
    # A review news calls only a safeguarding review, of someone named ("a
    # safeguarding review commissioned by the Norfolk Safeguarding Children
    # Partnership ... the three-month-old's death"; "Cumbria County Council
    # commissioned a safeguarding review following the death of the one-year-old").
    Rule(
        "case_review.safeguarding_review",
        "other",
        # (not a nation's: "a Welsh safeguarding review has found", Care
        # Inspectorate Wales's review of registration practice)
        re.compile(
            # (nor a routine one: "Head calls for annual safeguarding review")
            r"(?<!Welsh\s)(?<!national\s)(?<!annual\s)(?<!regular\s)(?<!termly\s)"
            r"(?<!yearly\s)\bsafeguarding\s+reviews?\b(?!\s+(?:panel"
            r"|meeting|group|process|procedure|protocol|team|officer|sub-?group)s?\b)",
            re.IGNORECASE,
        ),
        "safeguarding",
        needs_subject=True,
    ),
    # ... or only an independent review, as LABELS.md types it `other` ("an
    # independent review into the death of Daniel Pelka"), of someone named; not
    # its chair or author, a thematic one, nor the national panel's.
    Rule(
        "case_review.independent_review",
        "other",
        re.compile(
            r"(?<!national,\s)(?<!national\s)\bindependent\s+(?!thematic\b)"
            r"(?:[A-Za-z-]+\s+)?reviews?\b"
            r"(?!\s+(?:chair|author|panel|team|process)s?\b"
            r"|\s+by\s+the\s+(?:National|Child\s+Safeguarding))",
            re.IGNORECASE,
        ),
        "independent",
        needs_subject=True,
    ),
    Rule(
        OTHER_REVIEW_ID,
        "other",
        # not a regulator's of a provider: "CQC to carry out a rapid review of
        # Nottinghamshire Healthcare NHS Foundation Trust"
        # ... nor a review of how a system works ("a multi-agency rapid review of
        # decision making in relation to child protection", Care Inspectorate
        # Wales's national "Child Protection Rapid Review")
        re.compile(
            r"(?<!Protection\s)\b(?:rapid|internal\s+management)\s+reviews?\b"
            r"(?!\s+of\s+(?:[A-Z][\w&'-]*\s+){1,6}(?:NHS|Trust|Hospitals?|Healthcare"
            r"|Foundation|ICB|CCG)\b|\s+of\s+(?:(?:the|its|their)\s+)?"
            r"(?:decision[\s-]making|system|process(?:es)?|arrangements|polic(?:y|ies)"
            r"|procedures|how)\b"
            # ... nor the process itself ("Rapid Review Process\nThis document sets
            # out the arrangements")
            r"|\s+(?:process|procedure|meeting|panel|template|guidance|form)s?\b)",
            re.IGNORECASE,
        ),
        "review",
        only_one=True,
    ),
)
# The rules a register's page names the kind of its reviews with.
REGISTER_KINDS = (
    "case_review.scr",
    "case_review.cspr",
    "case_review.sar",
    "case_review.dhr",
    "case_review.welsh_practice_review",
)


def kind_at(text: str, at: int, kinds: AbstractSet[str]) -> str:
    """The kind of review a register's entry at `at` is: the page's one kind, else
    the kind of the last heading before it that names one ("Domestic Homicide
    Reviews" above "Adult D - published 3rd May 2021" on a page of children's
    reviews too; not the sentence of another entry's summary), else `other`."""
    if len(kinds) == 1:
        return next(iter(kinds))
    headings: dict[int, set[str]] = {}
    for rule in RULES:
        if rule.id in REGISTER_KINDS and rule.review_type in kinds:
            for found in rule.pattern.finditer(text, 0, at):
                line_start = text.rfind("\n", 0, found.start()) + 1
                if _a_heading(text, line_start):
                    headings.setdefault(line_start, set()).add(rule.review_type)
    if not headings:
        return "other"
    last = headings[max(headings)]
    return last.pop() if len(last) == 1 else "other"


# The longest line a register's heading of one kind of review may be.
HEADING_LENGTH = 60


def _a_heading(text: str, line_start: int) -> bool:
    """Is the line from line_start a heading: short, and no sentence?"""
    line_end = text.find("\n", line_start)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return len(line) <= HEADING_LENGTH and not line.endswith(".")


def counts(
    rule: Rule,
    text: str,
    match: re.Match[str],
    full_name_ends: list[int],
    document_names: Callable[[Rule], bool],
) -> bool:
    """Whether a hit is a case review in this sense: an acronym needs its full name
    in the document, words near it that mean a case review, or a subject."""
    if rule.not_after and rule.not_after.search(
        text, max(0, match.start() - CONTEXT_REACH), match.start()
    ):
        return False
    if rule.full_name is None:
        return True
    if any(
        0 <= match.start() - end <= DEFINITION_GAP
        and DEFINITION_BETWEEN.fullmatch(text, end, match.start())
        for end in full_name_ends
    ):
        return False
    around = text[max(0, match.start() - CONTEXT_REACH) : match.end() + CONTEXT_REACH]
    if rule.not_near and rule.not_near.search(around):
        return False
    if rule.vouched_by and rule.vouched_by.search(around):
        return True
    coded_near = rule.coded_near and rule.coded_near.search(around)
    if coded_near and CODED.match(text, match.end()):
        return True
    if document_names(rule):
        return True
    before = text[max(0, match.start() - 20) : match.start()]
    # "the Child B SCR", "SCR Child B"
    if SUBJECT.search(before) or titled(text, match.start(), match.end()):
        return True
    if name_before_acronym(text, match.start(), match.end()):  # "the Eve SCR"
        return True
    owner = OWNER_BEFORE.search(text, max(0, match.start() - 20), match.start())
    if owner and owner["name"] in FIRST_NAMES:  # "Learning from Joanna's SAR"
        return True
    followed = ACRONYM_FOLLOWED.match(text, match.end())  # "the SCR published in"
    if not followed:
        return False
    first = followed["first"]
    if first is None or first in FIRST_NAMES:
        return True
    return bool(followed["surname"]) and not not_a_person(first + followed["surname"])


def review_type(rule: Rule, match: re.Match[str]) -> str:
    """CSPRs say whether they are local (LCSPR) or national (NCSPR) when they can."""
    scope = match.groupdict().get("scope") or match.groupdict().get("local")
    if rule.review_type == "CSPR" and scope:
        return scope[0].upper() + "CSPR"
    return rule.review_type
