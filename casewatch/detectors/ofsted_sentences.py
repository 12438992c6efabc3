"""What a sentence of prose is about: one council's children's services, inspected
or rated ("Hull City Council ... was given a 'requires improvement' grading after
being inspected"), or something that gives no judgement of a council: a school,
nursery, children's home or other provider, CQC, probation or SEND; councils
counted ("24% of the 87 local authorities inspected"); councils in general ("a
focused visit of a council"); a question or a condition ("if services are judged
inadequate")."""

from __future__ import annotations

import re
from collections.abc import Callable

from casewatch.detectors.ofsted_terms import (
    ATTRIBUTIVE,
    CHILDRENS_SERVICES,
    COUNCIL_VISIT,
    GRADE,
    NUMBER,
    QUOTE,
)

# A council as the subject of a sentence: "Hull City Council", "the council".
COUNCIL_NAMED = re.compile(
    r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+Council\b"
    r"|\b[Tt]he\s+(?:council|authority|department)\b(?!s)"
)

# Ofsted, an inspection, or the press's names for Ofsted.
INSPECTORATE = re.compile(
    r"\bOfsted\b|\binspect(?:ion|ors?|ed|orate)\b|\bILACS\b"
    r"|\beducation\s+(?:watchdog|regulator)\b",
    re.IGNORECASE,
)
# A school, nursery, children's home or other provider, CQC, probation, SEND, adult
# learning: a sentence naming one gives no judgement of a council.
PROVIDER = re.compile(
    r"\b(?:schools?|academy|academies|nurser(?:y|ies)|pre-school|college|"
    r"children.s\s+homes?|care\s+homes?|childminders?|hospitals?|CQC|"
    r"Care\s+Quality\s+Commission|probation|prisons?|SEND|special\s+educational|"
    r"further\s+education|pupils?|headteacher|provider|adult\s+social\s+care|"
    r"police|constabulary|forces|youth\s+offending|fire\s+and\s+rescue|"
    r"youth\s+justice|YJS|YOT|fostering\s+(?:service|agenc(?:y|ies))|"
    r"adoption\s+agenc(?:y|ies)|children.s\s+centres?|learners?|teaching|"
    r"adult\s+(?:and\s+community\s+)?(?:learning|education|skills)|"
    r"skills\s+and\s+learning|apprenticeships?)\b",
    re.IGNORECASE,
)
# One council's judgement, not a statistic about many.
ONE_AUTHORITY = re.compile(
    r"\b(?i:council|local\s+authority|borough|department)\b(?!s)"
    r"|\b(?!The\b|These\b|Its\b|Their\b)[A-Z][a-z]+(?:\s[A-Z][a-z]+)*(?:.s)?"
    r"\s+children.s\s+(?:social\s+care\s+)?services"
    r"|children.s\s+services\s+in\s+[A-Z]"
)
# Councils counted, not one named: "local authorities", "24%", "four local
# authority areas", "only 10 of 43 children's services", "Seven were providing
# inadequate services".
MANY_AUTHORITIES = re.compile(
    r"\b(?:councils|local\s+authorities|authorities)\b|%|\bper\s+cent\b"
    rf"|\b(?:{NUMBER})\s+(?:of\s+(?:the\s+)?(?:\d+\s+)?)?(?:local\s+authority\s+"
    r"areas|councils?|local\s+authorit(?:y|ies)|children.s\s+services|departments)\b"
    rf"|(?:^|[.;:]\s*)(?:{NUMBER})\s+(?:were|was|are|have|had|received|required)\b",
    re.IGNORECASE,
)
# A grade that a sentence predicates of something: "rated inadequate", "remain good",
# "a 'requires improvement' grading", "good-rated Gateshead".
PREDICATED = re.compile(
    r"\b(?:(?:rated|judged|graded|labelled|branded|deemed|found)(?:\s+(?!and\b)\w+){0,3}?"
    r"|to\s+be|as|remains?|is|are|was|were|been|still|no\s+longer"
    r"|receive[sd]?\s+an?|given\s+an?|(?:judge?ment|grade|grading|rating)\s+of"
    r"|(?:was|is)\s+one\s+of)"
    rf"\s+{QUOTE}(?:overall\s+)?(?:{GRADE})\b"
    rf"|\b(?:{GRADE}){QUOTE}\s+(?:rating|grading|overall|service)s?\b"
    rf"|\b(?:{GRADE})(?:{ATTRIBUTIVE.pattern})"
    r"|\b(?:require|(?:it|they|services|department)\s+(?:still\s+)?require[sd]?)"
    r"\s+improvement",
    re.IGNORECASE,
)

# Councils in general, not one: "a focused visit of a council", "an authority
# that is consistently good", "no authority in the country has been judged".
GENERIC = re.compile(
    r"\b(?:an?|any|each|every|no)\s+(?:other\s+)?(?:local\s+)?(?:authority|council)\b",
    re.IGNORECASE,
)
# A judgement the text says an inspection made (LABELS.md's visit_type).
INSPECTION = re.compile(r"\b(?:re-?)?inspect(?:ion|ed|ing)\b|\bILACS\b", re.IGNORECASE)
OFSTED_NAMED = re.compile(r"\bOfsted\b|\binspector(?:s|ate)\b", re.IGNORECASE)
# How far around a sentence naming an Ofsted inspection and a grade no provider may
# be named for the grade to be a council's.
OFSTED_INSPECTION = re.compile(r"\bOfsted\b.{0,40}?\binspection\b", re.IGNORECASE)
NEIGHBOURHOOD = 600

# A sentence that asks, or says what happens if, is not about one council's grade.
HYPOTHETICAL = re.compile(
    r"\?\s*$|\b(?:if|where|whether|unless|once)\s+(?:\S+\s+){0,6}?"
    r"(?:are|is|be|were)\s+(?:judged|rated|found|graded)",
    re.IGNORECASE,
)


def about_something_else(words: str) -> bool:
    """Does the sentence speak of a provider, of councils in general, or ask?"""
    return bool(
        PROVIDER.search(words) or HYPOTHETICAL.search(words) or GENERIC.search(words)
    )


def counted(
    words: str, grades: list[re.Match[str]], councils: Callable[[], list]
) -> bool:
    """Is the sentence a count of councils or a share of them with a grade ("24%
    of the 87 local authorities inspected were rated 'inadequate'")? Councils
    counted after the grade ("a grade that only a third of local authorities have
    achieved") or named ("three councils - Hampshire, Leeds and Trafford - were
    judged outstanding") leave it one council's judgement."""
    many = MANY_AUTHORITIES.search(words)
    first = grades[0].start() if grades else len(words)
    return bool(many and many.start() < first and not councils())


def ofsted_graded(text: str, offset: int, words: str) -> bool:
    """Does the sentence give a grade of Ofsted's, with no school or other provider
    named near it? In minutes, "the recent Ofsted Inspection which was judged to
    'Require Improvement'" is the council's own."""
    if not (OFSTED_INSPECTION.search(words) and PREDICATED.search(words)):
        return False
    return no_provider_near(text, offset, words)


def no_provider_near(text: str, offset: int, words: str) -> bool:
    """Is no provider named within NEIGHBOURHOOD of the sentence at text[offset:]?
    Minutes of a children's committee name "the feedback letter from Ofsted
    following their sixth Monitoring Visit" without naming the council's services;
    a school's or a college's would name the school or its learners nearby."""
    end = offset + len(words)
    return not PROVIDER.search(
        text, max(0, offset - NEIGHBOURHOOD), end + NEIGHBOURHOOD
    )


def made_by(words: str, context: str = "") -> str:
    """How the judgement was made: an inspection where the sentence (or its topic,
    or the sentence before) says so, else unknown ("rated inadequate in 2020")."""
    return (
        "inspection"
        if INSPECTION.search(words) or INSPECTION.search(context)
        else "unknown"
    )


def about_council_services(
    words: str, councils: Callable[[], list], topic: bool = False
) -> bool:
    """Does the sentence speak of one council's children's services as inspected or
    rated? A focused visit is enough. As the topic of the sentences after it,
    children's services inspected are enough ("Ofsted re-inspected Children's
    Services ... They were judged ..."), where it counts no councils (a sentence
    with grades is tested for counts before)."""
    if not words or PROVIDER.search(words) or GENERIC.search(words):
        return False
    if topic and MANY_AUTHORITIES.search(words):
        return False
    if COUNCIL_VISIT.search(words):
        return True
    inspected = INSPECTORATE.search(words)
    rated = PREDICATED.search(words)
    if CHILDRENS_SERVICES.search(words):
        return bool(
            (
                inspected
                and (rated or topic or ONE_AUTHORITY.search(words) or councils())
            )
            or (rated and councils())
        )
    # "Hull City Council ... was given a 'requires improvement' grading after being
    # inspected": a council's own grade is its children's services'.
    return bool(
        inspected and (rated or topic) and (COUNCIL_NAMED.search(words) or councils())
    )
