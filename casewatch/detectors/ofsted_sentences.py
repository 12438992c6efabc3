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

from casewatch.detectors.base import Caseless
from casewatch.detectors.ofsted_terms import (
    ATTRIBUTIVE,
    CHILDRENS_SERVICES,
    COUNCIL_VISIT,
    GRADE,
    GRADE_MARKS,
    NUMBER,
    QUOTE,
    SCALE_END,
    SCALE_MARKS,
)

# A council as the subject of a sentence: "Hull City Council", "the council".
COUNCIL_NAMED = re.compile(
    r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+Council\b"
    r"|\b[Tt]he\s+(?:(?:county|city|borough|district|local)\s+)?(?:council|authority"
    r"|department)\b(?!s)"
)

# Ofsted, an inspection, or the press's names for Ofsted.
INSPECTORATE = Caseless(
    r"\bOfsted\b|\binspect(?:ion|ors?|ed|orate)\b|\bILACS\b"
    r"|\beducation\s+(?:watchdog|regulator)\b"
    # ... or what only its inspections give: "We have received 'Outstanding' sub
    # judgements for our work with children in care"
    r"|\bsub[\s-]?judge?ments?\b"
)
# A school, nursery, children's home or other provider, CQC, probation, SEND, adult
# learning, a serious case review (Ofsted graded them until 2010): a sentence
# naming one gives no judgement of a council's services. So do a children's home's
# own judgements (the social care common inspection framework's: "how well children
# and young people are helped and protected"), and an inspection of a council's
# adoption or fostering service as an agency ("the Ofsted Inspection of Adoption
# Services"), not its children's services' adoption performance.
PROVIDER = Caseless(
    # (not Ofsted described: "the Government's schools and children's services
    # inspectorate", "the national organisation which regulates and inspects schools
    # and children's services")
    r"\b(?:(?<!inspects\s)(?<!regulates\s)(?<!inspecting\s)(?<!regulating\s)"
    r"schools?(?!\s+and\s+children.s\s+services\s+(?:inspectorate|watchdog|regulator))"
    r"|academy|academies|nurser(?:y|ies)|pre-school|college|UTCs?|"
    r"children.s\s+homes?|(?:children.s\s+)?residential\s+homes?|care\s+homes?|"
    # a council's own homes: "seven of Bradford Council's homes"
    r"(?:council|authority).s\s+(?:own\s+)?homes|"
    # a provider as Ofsted's reports name one: "which the setting received last
    # November"
    r"(?:the|this|that)\s+setting(?!\s+(?:up|out|of)\b)|"
    # ... or a home the sentence is about: "The home, which cannot be named for legal
    # reasons, was inspected ...", "The home was rated" (not "in the home"), its
    # owner named: "The Sefton Council home, which was not named ..., was rated"
    r"(?<!\bin\s)(?<!\bat\s)(?:the|this|that)\s+(?-i:(?:[A-Z][\w'-]*\s+){0,3})"
    r"home(?=\s*,|\s+(?:was|is|has|had"
    r"|which|where|received|run)\b)|"
    r"(?:residential\s+)?respite\s+(?:services?|provision|care|units?)|"
    r"secure\s+(?:centres?|training\s+centres?|units?)|childminders?|hospitals?|CQC|"
    r"(?:community\s+)?health\s+services|"
    # the old framework's grade for health agencies: "The contribution of health to
    # keeping children and young people safe is outstanding"
    r"contribution\s+of\s+(?:the\s+)?health|"
    r"Care\s+Quality\s+Commission|probation|prisons?|SEND|special\s+educational|"
    r"further\s+education|pupils?|headteacher|providers?|adult\s+social\s+care|"
    r"police|constabulary|forces|youth\s+offending|fire\s+and\s+rescue|"
    r"youth\s+justice|YJS|YOT|YOS|young\s+offenders?|"
    r"fostering\s+(?:service|agenc(?:y|ies))|"
    r"adoption\s+agenc(?:y|ies)|children.s\s+centres?|learners?|teaching|"
    # a trust's adoption service inspected as an agency: "Adoption services at
    # Sandwell Children's Trust have been rated as 'Good'"
    r"adoption\s+services?\s+at|Trust(?:.s)?\s+adoption\s+services?|"
    r"adult\s+(?:and\s+)?(?:community\s+)?(?:learning|education|skills)|"
    r"skills\s+and\s+learning|apprenticeships?|serious\s+case\s+reviews?|SCRs?|"
    # ... in a quote that drops "and young people" too ("The overall experiences and
    # progress of children are judged to be inadequate")
    r"overall\s+experiences\s+and\s+progress\s+of\s+children(?:\s+and\s+young\s+people"
    r"|(?!\s+(?:in\s+care|who|looked|leaving)\b))|"
    r"how\s+well\s+children\s+and\s+young\s+people\s+are\s+helped\s+and\s+protected|"
    r"effectiveness\s+of\s+leaders\s+and\s+managers|"
    r"inspection\s+(?:report\s+)?of\s+(?:the\s+)?(?:\w+\s+)?(?:adoption|fostering)\s+"
    r"(?:services?|agenc(?:y|ies)))\b"
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
MANY_AUTHORITIES = Caseless(
    r"\b(?:councils|local\s+authorities|authorities)\b|%|\bper\s+cent\b"
    # ... or their share, which a grade is given in ("The proportion judged
    # \"inadequate\" has dropped from 22 per cent")
    r"|\b(?:proportion|percentage|share)\s+(?:of\s+(?:\w+\s+){0,2}?)?"
    r"[\"'\u2018\u201c]?(?:judged|rated|graded|found|good|outstanding|inadequate)\b"
    rf"|\b(?:{NUMBER})\s+(?:of\s+(?:the\s+)?(?:\d+\s+)?)?(?:local\s+authority\s+"
    r"areas|councils?|local\s+authorit(?:y|ies)|children.s\s+services|departments)\b"
    rf"|(?:^|[.;:]\s*)(?:{NUMBER})\s+(?:were|was|are|have|had|received|required)\b"
)
# A grade that a sentence predicates of something: "rated inadequate", "remain good",
# "a 'requires improvement' grading", "good-rated Gateshead", "branded its
# children's services "inadequate"", "an inadequate Ofsted report".
PREDICATED = Caseless(
    r"\b(?:(?:rated|judged|judging|graded|labelled|branded|deemed|found|ruled|ranked)"
    r"(?:(?:\s+(?!and\b)[\w\u2019']+){0,5}?"
    # ... or what is graded with an aside: "rated the city council department,
    # which cares for vulnerable youngsters, \u2018outstanding\u2019"
    r"|(?:\s+(?!and\b)[\w\u2019']+){1,5},\s+(?:which|who)\s[^,.;]{1,80},)"
    r"|to\s+be|as|remains?|(?:is|are|was|were)(?:\s+now)?|been|still|no\s+longer"
    r"|receive[sd]?\s+an?|given\s+an?"
    # ... "which received a decision of Requires Improvement"
    r"|(?:judge?ment|grade|grading|rating|decision|verdict)\s+of"
    # ... or an end of the scale given: "gave the service its lowest rating
    # possible", "was handed the inspectorate's lowest rating"
    r"|(?:gave|given|giving|handed|awarded|received?|achieved|attained|earned)"
    r"(?:\s+(?!and\b)[\w\u2019']+){0,4}?\s+(?:its|the|their|a)"
    r"(?=\s+(?:lowest|worst|highest|top)\b)"
    r"|(?:was|is)\s+one\s+of)"
    rf"\s+{QUOTE}(?:overall\s+)?(?:{GRADE}|{SCALE_END})\b"
    rf"|\b(?:{GRADE}){QUOTE}\s+(?:rating|grading|overall|service"
    r"|(?:sub[\s-]?)?judge?ment"
    r"|Ofsted\s+(?:report|verdict|judge?ment|rating|grade))s?\b"
    rf"|\b(?:{GRADE})(?:{ATTRIBUTIVE.pattern})"
    r"|\b(?:uplifted|upgraded|downgraded|raised|lowered)\b[^.;]{0,100}?\bto\s+"
    rf"{QUOTE}(?:{GRADE})\b"
    r"|\b(?:gone|went|moved|improved|risen|rose|fallen|fell|dropped|upgraded"
    r"|downgraded|(?:up|down)grade|improvement|rise|jump|move|change[sd]?)\s*,?\s+"
    rf"(?:[\w\u2019']+\s+){{0,3}}?from\s+(?:the\s+)?{QUOTE}(?:{GRADE})\b"
    r"|\b(?:require|(?:it|they|services|department)\s+(?:still\s+)?require[sd]?)"
    r"\s+improvement"
    # ... or reached in a year of a journey: "to 'requires improvement' in 2014, onto
    # 'outstanding' in 2018"
    rf"|\b(?:to|onto)\s+{QUOTE}(?:{GRADE}){QUOTE}\s+in\s+(?:19|20)\d\d\b",
    needs=(*GRADE_MARKS, *SCALE_MARKS),
)

# A grade a preposition ties to a judgement Ofsted makes of a council's children's
# services, in the words of its frameworks: "Good ratings were received for the
# impact of leaders on social work practice", "a rating of adequate for
# safeguarding".
AREA_GRADED = Caseless(
    rf"\b(?:{GRADE}){QUOTE}\s*(?:(?!and\b|but\b|to\b)\w+\s+){{0,3}}?"
    r"(?:for|in|across)\s+(?:the\s+)?(?:impact\s+of\s+leaders|experiences\s+and\s+progress"
    r"|help\s+and\s+protection|children\s+(?:in\s+care|looked\s+after|in\s+need)"
    r"|looked[- ]after\s+children|care\s+leavers|adoption\s+performance"
    r"|overall\s+effectiveness|leadership,?\s+management|effectiveness\s+of\s+help"
    r"|safeguarding\b(?!\s+(?:is|was|are)\b))"
)

# A judgement of the inspection of local authority children's services by its whole
# name, with its grade straight after it (a council's report quoting the letter:
# "the experiences and progress of children who need help and protection 'requires
# improvement to be good'"): no school or provider is judged under these names, so
# the sentence need not name Ofsted. (A children's home is judged on "the overall
# experiences and progress of children and young people".)
ILACS_GRADED = Caseless(
    r"\b(?:experiences\s+and\s+progress\s+of\s+(?:children(?!\s+and\s+young\s+people)"
    r"|care\s+leavers)"
    # ("The impact of leaders on practice with children and families \u2013 Inadequate")
    r"|impact\s+of\s+leaders\s+on\s+(?:social\s+work\s+)?practice)[^.;:]{0,80}?"
    rf"{QUOTE}\s*[:\u2013-]?\s*{QUOTE}(?:{GRADE})\b",
    needs=GRADE_MARKS,
)
# Councils in general, not one: "a focused visit of a council", "an authority
# that is consistently good", "no authority in the country has been judged" (but
# "a council's under-fire children's services department" is the story's own).
GENERIC = Caseless(
    r"\b(?:any|each|every|no)\s+(?:other\s+)?(?:local\s+)?(?:authority|council)\b"
    r"(?![\u2019']s)"
    # ... but a news story's "A council has been rated 'outstanding' ..." is its own,
    # and so is the framework's name ("the latest Inspection of a Local Authority
    # Children's Services (ILACS)")
    # ... nor a grade's meaning told aside ("inadequate in July 2023 - the lowest
    # rating before an authority is placed into special measures")
    r"|(?<!inspection\sof\s)(?<!rating\sbefore\s)(?<!grade\sbefore\s)"
    r"\ban?\s+(?:other\s+)?(?:local\s+)?(?:authority|council)\b"
    r"(?![\u2019']s)"
    r"(?!\s+has\s+been\b)"
    # ... nor is one a clause tells the grade it was given: "a council where Ofsted
    # recently rated children's services as "inadequate"", "a council that four
    # years ago "required improvement to be good""
    r"(?!,?\s+(?:where|whose|that|which)\s+[^.;]{0,60}?\b(?:ago|recently|was|were"
    rf"|had|has\s+been|last\s+(?:year|month))\b[^.;]{{0,60}}?\b(?:{GRADE})\b)"
)
# A judgement the text says an inspection made (LABELS.md's visit_type).
INSPECTION = Caseless(r"\b(?:re-?)?inspect(?:ion|ed|ing)\b|\bILACS\b")
OFSTED_NAMED = re.compile(r"\bOfsted\b|\binspector(?:s|ate)\b", re.IGNORECASE)
# How far around a sentence naming an Ofsted inspection (or a grade "by Ofsted") and
# a grade no provider may be named for the grade to be a council's.
OFSTED_INSPECTION = Caseless(
    r"\bOfsted\b.{0,40}?\b(?:inspections?|report|letter)\b"
    rf"|\b(?:rated|judged|graded|deemed|branded)\s+(?:as\s+)?{QUOTE}(?:{GRADE}){QUOTE}"
    r"\s+by\s+Ofsted\b"
)
OFSTED = re.compile(r"\bOfsted\b", re.IGNORECASE)
NEIGHBOURHOOD = 600
# A rating verb, and the health bodies whose own services for children are rated
# (by CQC) in the board papers that mention them; not a children's trust, which
# runs a council's children's services and is inspected as the council's
# ("Doncaster Children's Services Trust").
RATED = re.compile(r"\b(?:rated|judged|graded|deemed|found\s+to\s+be)\b", re.I)
HEALTH = re.compile(r"\bNHS\b|(?<!Children.s\s)(?<!Children.s\sServices\s)\bTrust\b")
CLAUSE_END = re.compile(r"[,;:]|\b(?:and|but|while|whereas)\b")
# A council named as who runs a provider: "care homes, run by Wakefield council".
RUN_BY = re.compile(
    r"\b(?:run|owned|operated|managed|maintained)\s+by\s+(?:the\s+)?(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
# A council's services as the subject of a sentence (not an area judged, which a
# nursery's report has too: "rated its overall effectiveness as 'inadequate'").
SERVICES_NAMED = Caseless(
    r"children.s\s+(?:social\s+care\s+)?services?|children.s\s+social\s+care"
    r"|children\s+and\s+famil(?:y|ies)\s+services?"
    r"|services\s+for\s+(?:looked[- ]after\s+)?children"
)

# A sentence that asks, or says what happens if, is not about one council's grade:
# "whenever Ofsted finds children's social care services to be inadequate, an
# adviser is provided", "Another inadequate rating would almost certainly lead to
# government intervention".
HYPOTHETICAL = Caseless(
    r"\?\s*$|\b(?:if|where|whether|unless|once)\s+(?:\S+\s+){0,6}?"
    r"(?:are|is|be|were)\s+(?:judged|rated|found|graded)|\bwhenever\b"
    rf"|(?:{GRADE}){QUOTE}\s+(?:rating|judge?ment|grade|verdict)\s+(?:would|could"
    r"|might)\b"
    # ... or how often the framework inspects councils of a grade: "Those that
    # required improvement to be good will get a two week standard inspection
    # every three years", "about 2.5 years after the initial inspection that found
    # services to be inadequate"
    r"|\bevery\s+(?:two|three|four|five|six|\d+|few)\s+years\b"
    r"|\byears\s+after\s+the\s+(?:initial|first|last|previous)\s+inspection\b"
)


# A grade of some of many things ("found that too many of them are inadequate",
# "none of the four children's homes inspected were judged good", "found three to
# be inadequate"): not one council's judgement, whoever the "them" are.
SOME_OF_THEM = Caseless(
    r"\b(?:(?:too\s+)?many|some|most|all|none|few|several|half|two|three|four"
    r"|five)\s+of\s+(?:them|these|those|the\s+(?:\w+\s+){0,2}?(?:homes|centres"
    r"|settings|schools|providers|services))\b[^.;]{0,40}?\b(?:is|are|was|were)"
    r"\s+(?:\w+\s+)?(?:judged\s+|rated\s+|graded\s+)?(?:as\s+)?"
    + QUOTE
    + rf"(?:{GRADE})\b"
    # ... or counted as found: "It found three to be “inadequate”, a fourth to"
    r"|\b(?:found|judged|rated)\s+(?:two|three|four|five|six|seven|eight|nine|ten"
    r"|\d{1,3})\s+(?:of\s+them\s+)?(?:to\s+be|as)\s+" + QUOTE + rf"(?:{GRADE})\b",
    needs=GRADE_MARKS,
)


def about_something_else(words: str) -> bool:
    """Does the sentence speak of councils in general, of some of many things,
    or ask?"""
    return bool(
        HYPOTHETICAL.search(words)
        or GENERIC.search(words)
        or SOME_OF_THEM.search(words)
    )


def providers_grade(words: str, grade: re.Match[str]) -> bool:
    """Is a grade a provider's: named after (or ending after) the last mention of a
    council or its children's services before it ("rated the council-maintained
    primary school good"), or in its own clause after it with none before?
    "Ofsted branded the council's arrangements for protecting children ... as
    'inadequate', and said the council's support for school improvement was
    'ineffective'" is the council's."""
    providers = list(PROVIDER.finditer(words, 0, grade.start()))
    councils = [
        found.end()
        for pattern in (SERVICES_NAMED, COUNCIL_NAMED, ONE_AUTHORITY)
        for found in pattern.finditer(words, 0, grade.start())
        if not RUN_BY.search(words, max(0, found.start() - 40), found.start())
    ]
    if providers:
        # (a provider's name may hold its council's: "The Sefton Council home")
        return not councils or providers[-1].end() >= max(councils)
    if (which := WHICH_AFTER.match(words, grade.end())) and PROVIDER.search(
        words, which.end(), which.end() + WHICH_REACH
    ):
        return True  # "... from Requires Improvement, which the setting received"
    clause = CLAUSE_END.search(words, grade.end())
    after = PROVIDER.search(words, grade.end())  # may run past the clause's "and"
    in_clause = after and (not clause or after.start() < clause.start())
    return bool(in_clause) and not councils


# A clause about the grade right after it, whose subject may be who had it.
WHICH_AFTER = re.compile(r"\W{0,3},\s*(?:which|that)\s+")
WHICH_REACH = 20


def counted(
    words: str, grades: list[re.Match[str]], councils: Callable[[], list]
) -> bool:
    """Is the sentence a count of councils, or a share of them, or of an
    inspection's categories, with a grade ("24% of the 87 local authorities
    inspected were rated 'inadequate'")? Councils counted after the grade ("a
    grade that only a third of local authorities have achieved") or named ("three
    councils - Hampshire, Leeds and Trafford - were judged outstanding") leave it
    one council's judgement."""
    if CATEGORIES_COUNTED.search(words):
        return True
    many = MANY_AUTHORITIES.search(words)
    first = grades[0].start() if grades else len(words)
    if GIVEN_TO_MANY.search(words, first):
        return not councils()
    return bool(many and many.start() < first and not councils())


# ... or a count of an inspection's many categories with each grade ("Out of 22
# categories the council received a good rating in 17 and outstanding in five"; not
# the four judgements named: "outstanding ratings in two categories, children's
# experience in care and ...").
CATEGORIES_COUNTED = Caseless(
    rf"\b(?:out\s+of|(?:{NUMBER})\s+of)\s+(?:the\s+|its\s+)?\d+\s+categories\b"
)
# A grade given to a count of councils: "The most common judgment was "adequate",
# awarded to 33 councils for safeguarding services".
GIVEN_TO_MANY = Caseless(
    rf"\b(?:awarded|given|handed)\s+to\s+(?:{NUMBER})\s+(?:of\s+(?:the\s+)?\d+\s+)?"
    r"(?:councils|local\s+authorities|authorities)\b"
)


def ofsted_graded(text: str, offset: int, words: str) -> bool:
    """Does the sentence give a grade of Ofsted's, of an inspection with Ofsted
    named near it, of one of the judgements Ofsted makes with an inspection named
    near it, or rate children's services, with no school or other provider (nor,
    but for Ofsted's own, an NHS trust) named near it? In minutes, "the recent
    Ofsted Inspection which was judged to 'Require Improvement'", "The inspection
    resulted in an overall judgment of 'Requires Improvement'. Ofsted required an
    action plan" and "Good ratings were received for the impact of leaders ... since
    the last inspection" are the council's own, and so in news is "adoption
    performance, which was rated as 'good'"."""
    if not PREDICATED.search(words):
        return False
    if OFSTED_INSPECTION.search(words):
        return no_provider_near(text, offset, words)
    near = (max(0, offset - NEIGHBOURHOOD), offset + len(words) + NEIGHBOURHOOD)
    inspected = INSPECTION.search(words) and OFSTED.search(text, *near)
    tied = AREA_GRADED.search(words) and INSPECTORATE.search(text, *near)
    rated = CHILDRENS_SERVICES.search(words) and RATED.search(words)
    if not (inspected or tied or rated):
        return False
    return no_provider_near(text, offset, words) and not HEALTH.search(text, *near)


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
    if not words or GENERIC.search(words):
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
