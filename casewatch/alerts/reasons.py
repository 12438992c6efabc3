"""Why an item is in a digest, in the words a reporter would use: what the document
says ("it says a serious case review was withheld"), what Ofsted judged, what
happened to an address, which search matched. Never a rule id. Pure.
"""

from __future__ import annotations

from casewatch.dates import uk_date

REVIEW_TYPES = {
    "SCR": "serious case review",
    "CSPR": "child safeguarding practice review",
    "LCSPR": "local child safeguarding practice review",
    "NCSPR": "national child safeguarding practice review",
    "SAR": "safeguarding adults review",
    "DHR": "domestic homicide review",
}
# What a mention says of its review, by the status it gives.
REVIEW_SAYS = {
    "withheld": "it says {review} was withheld and will not be published",
    "unpublished": "it says {review} has not been published",
    "in_progress": "it says {review} is under way or awaiting publication",
    "published": "it says {review} was published",
}
# Rules that read a list of reviews rather than a sentence about one.
REGISTER_RULES = {
    "case_review.register_entry",
    "case_review.board_entry",
    "case_review.overview_report",
    "case_review.anonymous_entry",
    "case_review.typed_entry",
}
GRADES = {
    "outstanding": "outstanding",
    "good": "good",
    "adequate": "adequate",
    "requires_improvement": "as requiring improvement to be good",
    "inadequate": "inadequate",
}
VISITS = {
    "focused_visit": "made a focused visit to",
    "monitoring_visit": "made a monitoring visit to",
    "jtai": "made a joint targeted area inspection of",
    "inspection": "inspected",
    "unknown": "inspected or visited",
}
# Who states a judgement, by the kind of source.
STATED_BY = {
    "official": "Ofsted's published outcomes say",
    "report": "Ofsted's inspection report says",
    "mention": "it says",
}


def review_type(code: str) -> str:
    """A review type's name in lower case: "serious case review"."""
    return REVIEW_TYPES.get(code, "case review")


def review_reason(rule_id: str, fields: dict) -> str:
    """What a mention of a case review says, as the reason it is in a digest."""
    kind = review_type(fields.get("type", ""))
    review = f"a {kind}"
    if fields.get("subject"):
        review += f" ({fields['subject']})"
    if rule_id in REGISTER_RULES:
        listed = " as published" if fields.get("status") == "published" else ""
        return f"it lists {review} among its reviews{listed}"
    if says := REVIEW_SAYS.get(fields.get("status", "")):
        return says.format(review=review)
    return f"it names {review}"


def judgement_reason(judgement: dict, source: str, council: str) -> str:
    """What a source says Ofsted found: "Ofsted's published outcomes say Ofsted
    judged Kingston upon Thames's children's services outstanding for leadership
    in December 2024". `source` is official, report or mention."""
    services = f"{council or 'a council'}'s children's services"
    date = judgement["date"] or ""
    when = f" {'on' if len(date) == 10 else 'in'} {uk_date(date)}" if date else ""
    grade = judgement["grade"]
    if grade:
        found = f"judged {services} {GRADES.get(grade, grade)}{area(judgement)}"
    else:
        found = f"{VISITS.get(judgement['visit_type'], 'visited')} {services}"
    return f"{STATED_BY.get(source, 'it says')} Ofsted {found}{when}"


def area(judgement: dict) -> str:
    """ " overall", " for leadership", or nothing when the area is not known."""
    named = judgement["judgement_area"] or "other"
    if named == "other":
        return ""
    return " overall" if named == "overall effectiveness" else f" for {named}"


def vanished_reason(gone_reason: str | None) -> str:
    """Why a document counts as gone from its address."""
    reason = gone_reason or ""
    if reason == "replaced":
        return "new bytes were published at its address; the old version is kept"
    if reason.startswith("HTTP "):
        status = reason.removeprefix("HTTP ")
        said = "gone" if status == "410" else "not found"
        return f'its address now answers "{said}" (HTTP {status})'
    if reason.startswith("no longer linked from "):
        page = reason.removeprefix("no longer linked from ")
        return f"the page that listed it ({page}) no longer links to it"
    return "its address stopped answering with it"


def search_reason(queries: frozenset[str] | set[str]) -> str:
    """Which of the subscriber's searches a new page matches."""
    named = " and ".join(quoted(query) for query in sorted(queries))
    return f"it matches the search {named}"


def quoted(query: str) -> str:
    """A search in quotation marks: a phrase search once, not twice."""
    phrase = query.removeprefix('"').removesuffix('"')
    return "“" + (query if '"' in phrase else phrase) + "”"
