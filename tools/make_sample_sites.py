# ruff: noqa: RUF001 - the sample texts keep their typographic quotes and dashes.
"""Write the generated PDFs of the bundled sample sites (casewatch/sample_sites/files).

Run from the repository root: ``.venv/bin/python tools/make_sample_sites.py``.
Fixed seeds, ReportLab invariant mode and fixed creation dates make every re-run
byte-identical. The HTML pages are hand-written and the real files are plain copies;
see casewatch/sample_sites/PROVENANCE.md. Needs reportlab and pypdf (dev only).
"""

import io
import random
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from scans import scanned_copy  # tools/scans.py, beside this script

FILES = Path(__file__).resolve().parents[1] / "casewatch" / "sample_sites" / "files"
TRUST = "Kingston Hospital NHS Foundation Trust"
LSCB = "Southwark Safeguarding Children Board"
ENCLOSURES = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
SYNTHETIC = "SYNTHETIC SAMPLE made for casewatch tests; not a real {} document."

BODY = ParagraphStyle(
    "body",
    fontName="Helvetica",
    fontSize=10,
    leading=13,
    alignment=TA_JUSTIFY,
    spaceAfter=6,
    embeddedHyphenation=1,
)
HEADING = ParagraphStyle(
    "heading",
    fontName="Helvetica-Bold",
    fontSize=12,
    leading=15,
    spaceBefore=8,
    spaceAfter=6,
    keepWithNext=1,
)
TITLE = ParagraphStyle("title", parent=HEADING, fontSize=16, leading=20)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=10)
NOTE = ParagraphStyle("note", parent=CELL, textColor=colors.grey, spaceAfter=8)

# Sentence templates for filler prose; {focus} and {focus2} come from the topic.
TEMPLATES = (
    "{body} {considered} {focus} and {outcome}.",
    "Performance against {focus} was {pct}% in {month}, against a target of "
    "{target}%; this was {trend}.",
    "{body} asked for further assurance on {focus}, in particular {focus2}, and the "
    "{owner} agreed to report back {when}.",
    "The principal risk to delivery remains {risk}, and mitigating actions are "
    "reviewed {freq} by the {group}.",
    "Since the last report {focus} has {change}, although {caveat}.",
    "The {group} will continue to oversee {focus} through {mechanism}.",
    "Joint work with {partner} on {focus} {progress}.",
    "The {owner} reported that {focus} {status}, and that {detail}.",
    "A detailed action plan for {focus} has been agreed with {partner}, with "
    "milestones to the end of {quarter}.",
    "Benchmarking against {peers} places the Trust in the {quartile} quartile for "
    "{focus}.",
    "Staff feedback on {focus} was {feedback}, and the themes will shape {plan}.",
    "The {group} received {few} exception reports on {focus} during the period and "
    "agreed the proposed actions in each case.",
    "An internal audit of {focus} gave {assurance} assurance, and {audit_followup}.",
    "{body} noted the link between {focus} and {focus2}.",
    "Progress on {focus} is rated {rag} on the programme dashboard, reflecting "
    "{rag_reason}.",
    "The {owner} thanked {thanked} for {thanks_for}.",
    "Further detail on {focus} is given in appendix {appendix} to this paper.",
)

# Templates that only suit some topics.
MONEY = (
    "Spending on {focus} was £{money}m in the quarter, £{small}m {direction} budget, "
)
MONEY += "mainly because of {cause}."
STAFF = "In {month}, {count} {staff} {joined}, which {staffing_effect}."
TOPIC_TEMPLATES = {"finance": (MONEY,), "estates": (MONEY,), "workforce": (STAFF,)}

WORDS = {
    "body": (
        "The Committee",
        "The Board",
        "Members",
        "The executive team",
        "Non-executive directors",
        "Divisional directors",
        "The working group",
    ),
    "considered": (
        "reviewed",
        "noted",
        "discussed",
        "received an update on",
        "considered",
        "welcomed progress on",
        "scrutinised",
        "looked in detail at",
    ),
    "outcome": (
        "agreed that the proposed actions were proportionate",
        "asked for a revised trajectory to be presented next month",
        "noted that the position was in line with the recovery plan",
        "requested a deep dive at its next meeting",
        "was assured by the evidence presented",
        "asked that the risk score be reconsidered",
        "supported the approach set out in the paper",
    ),
    "trend": (
        "an improvement on the previous month",
        "a deterioration driven by higher demand",
        "broadly unchanged from the previous quarter",
        "the strongest position this financial year",
        "slightly below the London average",
        "in line with the trajectory",
    ),
    "owner": (
        "Director of Finance",
        "Chief Operating Officer",
        "Director of Nursing and Quality",
        "Medical Director",
        "Director of Workforce",
        "Director of Estates and Facilities",
        "Director of Strategy",
        "Trust Secretary",
    ),
    "when": (
        "in September",
        "at the next meeting",
        "through the Finance and Investment Committee",
        "before the end of the quarter",
        "in the next performance report",
        "at the October board seminar",
    ),
    "risk": (
        "the availability of registered nurses",
        "continued growth in emergency attendances",
        "delayed transfers of care for patients fit for discharge",
        "the level of agency expenditure",
        "slippage in the cost improvement programme",
        "the condition of the older parts of the estate",
        "the pace of commissioner decision-making",
    ),
    "freq": ("weekly", "fortnightly", "monthly"),
    "group": (
        "Executive Management Committee",
        "Divisional Performance Board",
        "Finance and Investment Committee",
        "Quality Assurance Committee",
        "Workforce Committee",
        "Patient Safety and Risk Group",
        "Transformation Board",
    ),
    "direction": ("above", "below"),
    "cause": (
        "higher than planned use of agency nurses",
        "additional escalation beds kept open",
        "the timing of non-recurrent income",
        "lower private patient activity",
        "increased high-cost drug usage",
        "vacancies in medical staffing",
        "a backdated pay award",
    ),
    "staff": (
        "registered nurses",
        "healthcare assistants",
        "junior doctors",
        "midwives",
        "allied health professionals",
        "administrative staff",
        "consultants",
    ),
    "joined": (
        "joined the Trust",
        "completed their induction",
        "left the Trust",
        "started on the preceptorship programme",
    ),
    "staffing_effect": (
        "reduced the reliance on temporary staff",
        "has eased pressure on the medical wards",
        "was offset by leavers in the same period",
        "keeps the Trust on track to meet its recruitment target",
    ),
    "change": (
        "improved",
        "deteriorated slightly",
        "remained stable",
        "improved markedly",
        "been variable",
    ),
    "caveat": (
        "further work is needed to sustain the change",
        "the position varies between wards",
        "data quality issues affect part of the period",
        "the improvement has not yet been seen at weekends",
        "the winter period will test the new arrangements",
    ),
    "mechanism": (
        "the monthly performance dashboard",
        "divisional performance meetings",
        "the quarterly assurance report",
        "the integrated performance report",
        "its annual work plan",
    ),
    "partner": (
        "Kingston Clinical Commissioning Group",
        "the Royal Borough of Kingston",
        "Your Healthcare CIC",
        "South West London commissioners",
        "the London Borough of Richmond upon Thames",
        "neighbouring acute trusts",
        "the London Ambulance Service",
    ),
    "progress": (
        "is progressing to plan",
        "has been delayed by a month",
        "is now complete",
        "will be reported to the Board in the autumn",
        "has moved into its second phase",
    ),
    "status": (
        "remained on track",
        "was behind plan",
        "had recovered during the month",
        "was now fully compliant",
        "needed further attention",
    ),
    "detail": (
        "a recovery plan had been agreed with the divisions",
        "additional clinical sessions had been funded",
        "the new standard operating procedure went live in June",
        "weekly monitoring would continue until the position is sustained",
        "the issue had been added to the divisional risk register",
    ),
    "quarter": ("September", "December", "the financial year"),
    "peers": (
        "trusts in the reference cost peer group",
        "London teaching hospitals",
        "similar-sized acute trusts",
        "other South West London providers",
    ),
    "quartile": ("upper", "second", "third", "lower"),
    "feedback": (
        "largely positive",
        "mixed",
        "encouraging",
        "more critical than last year",
    ),
    "plan": (
        "next year's operational plan",
        "the divisional business plans",
        "the staff engagement action plan",
        "the refreshed quality strategy",
    ),
    "few": ("two", "three", "four", "five"),
    "assurance": ("substantial", "reasonable", "limited"),
    "audit_followup": (
        "all recommendations have been accepted",
        "management actions are due for completion by December",
        "a follow-up audit is scheduled for the spring",
        "the Audit Committee will track the agreed actions",
    ),
    "rag": ("green", "amber", "amber-green", "red"),
    "rag_reason": (
        "the scale of the remaining work",
        "the pace of delivery so far",
        "dependencies on external partners",
        "a delay in recruiting to key posts",
    ),
    "thanked": (
        "the ward teams",
        "the divisional management teams",
        "staff in the emergency department",
        "the estates team",
        "the hospital's volunteers",
    ),
    "thanks_for": (
        "their hard work during a busy period",
        "their contribution to the improvement programme",
        "the way they had responded to recent pressures",
    ),
    "appendix": ("1", "2", "3", "A", "B"),
}

TOPICS = {
    "finance": (
        "the monthly income and expenditure position",
        "the cost improvement programme",
        "the capital programme",
        "the cash position",
        "agency and locum expenditure",
        "the continuity of service risk rating",
        "private patient income",
        "the 2015/16 financial plan",
        "non-pay inflation",
    ),
    "performance": (
        "the four-hour emergency department standard",
        "the 18-week referral-to-treatment standard",
        "cancer 62-day waits",
        "diagnostic waiting times",
        "theatre utilisation",
        "outpatient did-not-attend rates",
        "length of stay for non-elective admissions",
        "delayed transfers of care",
        "ambulance handover times",
    ),
    "workforce": (
        "the vacancy rate",
        "staff turnover",
        "sickness absence",
        "statutory and mandatory training compliance",
        "appraisal rates",
        "the nurse recruitment campaign",
        "the staff friends and family test",
        "the junior doctor rotas",
        "bank staff fill rates",
    ),
    "quality": (
        "hospital-acquired pressure ulcers",
        "inpatient falls",
        "the friends and family test",
        "hand hygiene audit results",
        "sepsis screening",
        "venous thromboembolism risk assessment",
        "the hospital mortality indicators",
        "medication incidents",
        "the surgical safety checklist",
        "nutrition and hydration audits",
    ),
    "safeguarding": (
        "safeguarding children training compliance",
        "the number of safeguarding referrals",
        "Mental Capacity Act assessments",
        "Deprivation of Liberty Safeguards applications",
        "the Prevent training programme",
        "female genital mutilation reporting",
        "child protection information sharing",
        "supervision for midwives and paediatric nurses",
        "the safeguarding adults referral pathway",
        "liaison with the Multi-Agency Safeguarding Hub",
        "support for patients with learning disabilities",
    ),
    "governance": (
        "the board assurance framework",
        "the corporate risk register",
        "the annual governance statement",
        "the internal audit plan",
        "the register of interests",
        "the Trust's licence conditions",
        "the annual report and accounts",
        "the fit and proper persons test",
    ),
    "estates": (
        "the energy centre replacement",
        "the backlog maintenance programme",
        "the car park expansion",
        "the ward refurbishment programme",
        "fire safety compliance",
        "the water safety plan",
        "the carbon reduction plan",
        "the theatre ventilation upgrade",
    ),
    "strategy": (
        "the five-year strategy",
        "integrated care with local partners",
        "the outpatient transformation programme",
        "the electronic patient record programme",
        "seven-day services",
        "the South West London collaborative commissioning programme",
    ),
}

# Filler must never produce what a case-review or judgement detector looks for.
FORBIDDEN = re.compile(
    r"(?i:serious case|practice review|adults? review|homicide|case review|ombudsman"
    r"|serious incident|root cause|catalytic|steis|requires improvement|inadequate"
    r"|outstanding|ofsted|care quality)|\b(?:SCR|SAR|DHR|L?CSPR|CQC)s?\b"
    r"|\b(?:Child|Adult) [A-Z]\b"
)

# Passages planted in the July 2015 pack: positive first, then the negatives.
PLANTED = {
    "scr": "Serious Case Review: The Kingston and Richmond Local Safeguarding "
    "Children Board (LSCB) commissioned a serious case review following serious "
    "harm to a young person missing from foster care in December 2014. The review "
    "has been completed. This has not been published due to risks particularly in "
    "relation to e-safety. Learning has however been shared with the NSPCC, the "
    "Department for Education and the National SCR Panel.",
    "serious_incident": "Serious Incidents: one incident in June was declared a "
    "Serious Incident and reported on StEIS within two working days. It concerned a "
    "delayed diagnosis of a fractured neck of femur in the emergency department. A "
    "root cause analysis investigation is under way and its findings will be "
    "presented to the Patient Safety and Risk Group within 60 working days.",
    "ombudsman": "The Parliamentary and Health Service Ombudsman case review of a "
    "complaint about discharge arrangements on a care of the elderly ward concluded "
    "in May 2015. The Ombudsman partly upheld the complaint and recommended an "
    "apology and a refresh of discharge planning on the ward; both have been done.",
    "energy_scr": "The selective catalytic reduction (SCR) unit on the energy centre "
    "boiler failed its annual emissions test in June. The SCR unit has been "
    "recalibrated under the maintenance contract and a retest is booked for August; "
    "the boiler remains within its permitted nitrogen oxide limits meanwhile.",
    "cqc": "Following its inspection in 2014 the Trust was rated Requires "
    "Improvement by the CQC, with the caring domain rated Good. The action plan "
    "agreed with the inspectors is on track and the Quality Assurance Committee "
    "receives a progress report every month.",
}

SCR_BEFORE = (
    "The Trust contributes to multi-agency learning commissioned by the Local "
    "Safeguarding Children Boards in Kingston and Richmond. The Named Doctor and the "
    "Named Nurse for Safeguarding Children prepare chronologies of the Trust's "
    "contact with the families concerned, attend the learning events and take the "
    "resulting actions back to the clinical teams."
)
SCR_AFTER = (
    "Actions for the Trust arising from this work concern the recording of missing "
    "episodes for looked after children who attend the emergency department and the "
    "sharing of that information with the child's social worker. They are included "
    "in the safeguarding children action plan, which the Safeguarding Committee "
    "monitors at each meeting."
)


@dataclass(frozen=True)
class Meeting:
    """One Trust Board Part 1 meeting, as its generated pack shows it."""

    date: str
    months: tuple[str, ...]  # the quarter reported on
    previous: str  # date of the meeting whose minutes are approved
    created: str  # the PDF creation date

    @property
    def seed(self) -> int:
        """The filler seed: yymm of the creation date, so every pack differs."""
        return int(self.created[4:8])


MAY_2015 = Meeting(
    "27 May 2015",
    ("February", "March", "April"),
    "25 March 2015",
    "D:20150520090000+01'00'",
)
JULY_2015 = Meeting(
    "29 July 2015", ("April", "May", "June"), "27 May 2015", "D:20150722090000+01'00'"
)
SEPTEMBER_2015 = Meeting(
    "30 September 2015",
    ("June", "July", "August"),
    "29 July 2015",
    "D:20150923090000+01'00'",
)
JANUARY_2016 = Meeting(
    "27 January 2016",
    ("October", "November", "December"),
    "25 November 2015",
    "D:20160120090000+00'00'",
)
MARCH_2016 = Meeting(
    "30 March 2016",
    ("December", "January", "February"),
    "27 January 2016",
    "D:20160323090000+00'00'",
)


def filler(
    rng: random.Random, topic: str, sentences: int, months: tuple[str, ...] = ("June",)
) -> str:
    """One paragraph of board-paper prose about topic, from the templates."""
    out = []
    templates = TEMPLATES + TOPIC_TEMPLATES.get(topic, ())
    for template in rng.sample(templates, sentences):
        focus, focus2 = rng.sample(TOPICS[topic], 2)
        values = {k: rng.choice(v) for k, v in WORDS.items()}
        target = rng.choice((85, 90, 92, 95, 98))
        values |= {
            "focus": focus,
            "focus2": focus2,
            "month": rng.choice(months),
            "target": target,
            "pct": f"{min(99.9, target + rng.uniform(-6, 2)):.1f}",
            "money": f"{rng.uniform(0.4, 6.5):.1f}",
            "small": f"{rng.uniform(0.1, 0.9):.1f}",
            "count": rng.randint(4, 48),
        }
        sentence = template.format(**values)
        out.append(sentence[0].upper() + sentence[1:])
    text = " ".join(out)
    if FORBIDDEN.search(text):
        raise ValueError(f"filler produced a detector phrase: {text}")
    return text


def table(rows: list[list], widths: list[float], header: bool = True) -> Table:
    """A gridded table of small text; str cells become wrapped paragraphs."""
    cells = [[Paragraph(str(c), CELL) for c in row] for row in rows]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe5f1")))
    return Table(
        cells,
        colWidths=[w * cm for w in widths],
        style=TableStyle(style),
        repeatRows=1 if header else 0,
        hAlign="LEFT",
    )


KPIS = {
    "quality": (
        "Hand hygiene compliance",
        "Falls per 1,000 bed days",
        "Pressure ulcers (grade 2+)",
        "VTE risk assessment",
        "Sepsis screening in ED",
        "Friends and family test (inpatients)",
        "Mixed-sex accommodation breaches",
        "C. difficile cases",
        "MRSA bacteraemia",
        "Complaints responded to in 25 days",
    ),
    "performance": (
        "ED four-hour standard",
        "RTT incomplete pathways < 18 weeks",
        "Cancer 2-week wait",
        "Cancer 62-day standard",
        "Diagnostics < 6 weeks",
        "Theatre utilisation",
        "Outpatient DNA rate",
        "Ambulance handover < 30 minutes",
        "Delayed transfers of care",
        "Average length of stay (days)",
    ),
    "workforce": (
        "Vacancy rate",
        "Turnover (12 months)",
        "Sickness absence",
        "Mandatory training",
        "Appraisal rate",
        "Agency spend (% of pay)",
        "Bank fill rate",
        "Nurse staffing fill rate (day)",
        "Nurse staffing fill rate (night)",
        "Time to hire (days)",
    ),
}


def kpi_table(rng: random.Random, topic: str, months) -> Table:
    """An indicator table: target, three months, quarter and RAG."""
    rows = [["Indicator", "Target", *months, "Quarter", "RAG"]]
    for name in KPIS[topic]:
        target = rng.choice((85, 90, 92, 95, 98))
        values = [f"{min(99.9, target + rng.uniform(-7, 3)):.1f}" for _ in range(4)]
        rag = "G" if float(values[-1]) >= target else rng.choice("AR")
        rows.append([name, f"{target}%", *values, rag])
    return table(rows, [5.6, 1.6, 1.8, 1.8, 1.8, 1.8, 1.2])


def money_table(rng: random.Random) -> Table:
    """An income and expenditure summary in £000."""
    rows = [
        [
            "£000",
            "Month plan",
            "Month actual",
            "Variance",
            "YTD plan",
            "YTD actual",
            "Variance",
        ]
    ]
    for line in (
        "Clinical income",
        "Other income",
        "Pay",
        "Non-pay",
        "EBITDA",
        "Depreciation",
        "PDC dividend",
        "Net surplus/(deficit)",
    ):
        plan, ytd = rng.randint(300, 21000), rng.randint(900, 63000)
        month, year = plan + rng.randint(-400, 250), ytd + rng.randint(-900, 500)
        rows.append(
            [
                line,
                f"{plan:,}",
                f"{month:,}",
                f"{month - plan:,}",
                f"{ytd:,}",
                f"{year:,}",
                f"{year - ytd:,}",
            ]
        )
    return table(rows, [4.2, 2.1, 2.1, 2.0, 2.1, 2.1, 2.0])


def staffing_table(rng: random.Random) -> Table:
    """Establishment, staff in post, vacancy and sickness by staff group."""
    rows = [
        [
            "Staff group",
            "Establishment WTE",
            "In post WTE",
            "Vacancy %",
            "Turnover %",
            "Sickness %",
        ]
    ]
    for group in (
        "Registered nursing and midwifery",
        "Healthcare assistants",
        "Medical and dental",
        "Allied health professionals",
        "Scientific and technical",
        "Administrative and clerical",
        "Estates and ancillary",
    ):
        wte = rng.uniform(90, 1100)
        rows.append(
            [
                group,
                f"{wte:.1f}",
                f"{wte * rng.uniform(0.84, 0.98):.1f}",
                f"{rng.uniform(2, 16):.1f}",
                f"{rng.uniform(8, 19):.1f}",
                f"{rng.uniform(2, 4.8):.1f}",
            ]
        )
    return table(rows, [5.6, 2.6, 2.4, 2.0, 2.0, 2.0])


def risk_table(rng: random.Random, count: int) -> Table:
    """Board assurance framework rows: risk, lead, score, controls and gaps."""
    rows = [["Ref", "Risk", "Lead", "Score", "Controls and assurance", "Gaps"]]
    for ref in range(1, count + 1):
        topic = rng.choice(
            ("finance", "performance", "workforce", "quality", "estates", "strategy")
        )
        lead = rng.choice(WORDS["owner"])
        score = rng.choice((8, 9, 12, 15, 16, 20))
        rows.append(
            [
                f"BAF {ref}",
                f"Failure to deliver {rng.choice(TOPICS[topic])}",
                lead,
                str(score),
                filler(rng, topic, 2),
                filler(rng, topic, 1),
            ]
        )
    return table(rows, [1.2, 3.2, 2.2, 1.1, 5.6, 4.3])


def action_table(rng: random.Random, months) -> Table:
    """The action log: reference, action, lead, due date and status."""
    rows = [["Ref", "Meeting", "Action", "Lead", "Due", "Status"]]
    for ref in range(14):
        topic = rng.choice(tuple(TOPICS))
        rows.append(
            [
                f"TB{ref + 31:03d}",
                rng.choice(months),
                f"Report back on {rng.choice(TOPICS[topic])}",
                rng.choice(WORDS["owner"]),
                rng.choice(("September", "November")),
                rng.choice(("Open", "Closed", "On agenda", "Closed")),
            ]
        )
    return table(rows, [1.5, 1.7, 6.4, 3.6, 1.8, 1.7])


def safeguarding_table(rng: random.Random) -> Table:
    """Safeguarding training compliance by level and staff group."""
    rows = [
        [
            "Staff group",
            "Children L1",
            "Children L2",
            "Children L3",
            "Adults",
            "Prevent",
        ]
    ]
    for group in (
        "Medical",
        "Nursing",
        "Midwifery",
        "Allied health professionals",
        "Administrative",
        "Estates and facilities",
    ):
        rows.append([group, *(f"{rng.uniform(72, 99):.0f}%" for _ in range(5))])
    return table(rows, [5.0, 2.4, 2.4, 2.4, 2.2, 2.2])


Section = tuple  # (heading, topic, paragraphs) or (heading, topic, paragraphs, extra)

EXTRAS = {
    "actions": lambda rng, m: action_table(rng, m.months),
    "quality kpis": lambda rng, m: kpi_table(rng, "quality", m.months),
    "performance kpis": lambda rng, m: kpi_table(rng, "performance", m.months),
    "workforce kpis": lambda rng, m: kpi_table(rng, "workforce", m.months),
    "money": lambda rng, m: money_table(rng),
    "staffing": lambda rng, m: staffing_table(rng),
    "risks": lambda rng, m: risk_table(rng, 14),
    "training": lambda rng, m: safeguarding_table(rng),
}
CONTEXT = {"scr": (SCR_BEFORE, SCR_AFTER)}
RECOMMEND = {
    "To note": "note",
    "To approve": "approve",
    "For assurance": "take assurance from",
}


@dataclass
class Paper:
    """One enclosure of a pack: its agenda line and its sections."""

    title: str
    purpose: str
    presenter: str
    sections: list[Section]


def extra_flowables(rng: random.Random, meeting: Meeting, extra: str) -> list:
    """A table from EXTRAS, or a planted passage kept whole on one page."""
    if extra in EXTRAS:
        return [EXTRAS[extra](rng, meeting), Spacer(1, 8)]
    planted = Paragraph(PLANTED[extra], BODY)
    planted.planted = extra
    if extra not in CONTEXT:
        return [KeepTogether([planted])]
    before, after = (Paragraph(text, BODY) for text in CONTEXT[extra])
    return [before, KeepTogether([planted]), after]


def section(rng: random.Random, meeting: Meeting, spec: Section) -> list:
    """A heading and filler paragraphs, with the extra after the first third."""
    heading, topic, count, *extra = spec
    out = [
        Paragraph(filler(rng, topic, rng.randint(3, 6), meeting.months), BODY)
        for _ in range(count)
    ]
    if extra:
        out[count // 3 : count // 3] = extra_flowables(rng, meeting, extra[0])
    return [Paragraph(heading, HEADING), *out]


def cover_sheet(
    rng: random.Random, meeting: Meeting, item: str, enclosure: str, paper: Paper
) -> list:
    """The standard front sheet that opens every board paper."""
    rows = [
        ["Meeting", f"Trust Board Part 1, {meeting.date}"],
        ["Agenda item", item],
        ["Enclosure", enclosure],
        ["Title", paper.title],
        ["Presented by", paper.presenter],
        ["Purpose", paper.purpose],
        ["Summary", filler(rng, paper.sections[-1][1], 4, meeting.months)],
        [
            "Recommendation",
            f"The Board is asked to {RECOMMEND[paper.purpose]} the report.",
        ],
        [
            "Board assurance framework",
            f"Risks {rng.randint(1, 4)} and {rng.randint(5, 9)}",
        ],
    ]
    return [
        PageBreak(),
        Paragraph(f"Enclosure {enclosure}", TITLE),
        table(rows, [4.0, 13.0], header=False),
        PageBreak(),
        Paragraph(paper.title, TITLE),
    ]


def enclosures(papers: list[Paper]) -> list[tuple[str, str, Paper]]:
    """Agenda item number, enclosure letter and paper, in agenda order."""
    return [(str(n), ENCLOSURES[n - 3], p) for n, p in enumerate(papers, start=3)]


def agenda(meeting: Meeting, papers: list[Paper]) -> list:
    """Page 1: meeting details and the agenda table."""
    rows = [
        ["Item", "Title", "Purpose", "Presenter", "Enc."],
        ["1", "Welcome and apologies for absence", "To note", "Chair", "Verbal"],
        ["2", "Declarations of interest", "To note", "Chair", "Verbal"],
    ]
    for number, enclosure, paper in enclosures(papers):
        rows.append([number, paper.title, paper.purpose, paper.presenter, enclosure])
    first = len(rows)
    closing = ("Questions from members of the public", "Any other business")
    rows += [
        [str(number), title, "To note", "Chair", "Verbal"]
        for number, title in enumerate(closing, start=first)
    ]
    intro = (
        f"A meeting of the Board of Directors held in public on Wednesday "
        f"{meeting.date} at 10.00 in the Board Room, John Galsworthy Building, "
        "Kingston Hospital. Part 2 of the meeting, held in private, follows."
    )
    return [
        Paragraph(SYNTHETIC.format("Kingston Hospital"), NOTE),
        Paragraph(f"Trust Board Part 1 — Agenda — {meeting.date}", TITLE),
        Paragraph(intro, BODY),
        table(rows, [1.2, 7.6, 2.4, 4.2, 1.4]),
    ]


def numbered_canvas(header: str, created: str):
    """A canvas class that draws a running header and "Page N of M" footers."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_: created)
            self._saved_pages = []

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                self.setFont("Helvetica", 8)
                self.drawString(2 * cm, A4[1] - 1.2 * cm, header)
                self.drawRightString(
                    A4[0] - 2 * cm, 1.2 * cm, f"Page {number} of {total}"
                )
                super().showPage()
            super().save()

    return NumberedCanvas


class PlantedTemplate(SimpleDocTemplate):
    """An A4 document template that notes the page each planted passage lands on."""

    def __init__(self, buffer, **kwargs):
        super().__init__(
            buffer,
            pagesize=A4,
            invariant=1,
            topMargin=2 * cm,
            bottomMargin=2 * cm,
            leftMargin=2 * cm,
            rightMargin=2 * cm,
            **kwargs,
        )
        self.planted: dict[str, int] = {}

    def afterFlowable(self, flowable):
        if hasattr(flowable, "planted"):
            self.planted[flowable.planted] = self.page


def render(flowables: list, header: str, created: str, **info) -> tuple[bytes, dict]:
    """Lay out flowables as an A4 PDF; return its bytes and the planted pages."""
    buffer = io.BytesIO()
    doc = PlantedTemplate(buffer, **info)
    doc.build(flowables, canvasmaker=numbered_canvas(header, created))
    return buffer.getvalue(), doc.planted


def board_pack(meeting: Meeting, papers: list[Paper]) -> tuple[bytes, dict]:
    """A combined Trust Board Part 1 pack: agenda, then one paper per enclosure."""
    rng = random.Random(meeting.seed)
    flowables = agenda(meeting, papers)
    for number, enclosure, paper in enclosures(papers):
        flowables += cover_sheet(rng, meeting, number, enclosure, paper)
        for spec in paper.sections:
            flowables += section(rng, meeting, spec)
    header = f"{TRUST} — Trust Board Part 1 — {meeting.date}"
    return render(
        flowables,
        header,
        meeting.created,
        title=f"Trust Board Part 1 - {meeting.date}",
        author=TRUST,
        subject=SYNTHETIC.format("Kingston Hospital"),
    )


MINUTES = (
    ("Integrated performance report", "performance"),
    ("Quality Assurance Committee report", "quality"),
    ("Finance report", "finance"),
    ("Workforce report", "workforce"),
    ("Strategy update", "strategy"),
)


def minutes(previous: str, size: int) -> Paper:
    """Minutes of the previous meeting: one numbered minute per item discussed."""
    sections = [
        (f"{previous[-2:]}/{number:03d} {title}", topic, size)
        for number, (title, topic) in enumerate(MINUTES, start=41)
    ]
    present = "Present: the Chair, the Chief Executive, five non-executive directors"
    return Paper(
        f"Minutes of the meeting held on {previous}",
        "To approve",
        "Chair",
        [(f"{present} and the executive directors", "governance", 0), *sections],
    )


def routine_papers(previous: str, size: int) -> list[Paper]:
    """The papers every pack has: minutes, action log, CEO report and the IPR."""
    return [
        minutes(previous, size),
        Paper(
            "Action log",
            "To note",
            "Trust Secretary",
            [("Actions", "governance", 1, "actions")],
        ),
        Paper(
            "Chief Executive's report",
            "To note",
            "Chief Executive",
            [
                ("1. Introduction", "strategy", size),
                ("2. Operational pressures", "performance", size),
                ("3. Staff and recognition", "workforce", size),
            ],
        ),
        Paper(
            "Integrated performance report",
            "For assurance",
            "Chief Operating Officer",
            [
                ("1. Quality", "quality", size, "quality kpis"),
                ("2. Operational performance", "performance", size, "performance kpis"),
                ("3. Workforce", "workforce", size, "workforce kpis"),
                ("4. Finance", "finance", size, "money"),
            ],
        ),
    ]


def july_2015_papers() -> list[Paper]:
    """The big July 2015 pack, with the planted passages in their papers."""
    papers = routine_papers(JULY_2015.previous, 19)
    papers[2].sections.insert(1, ("2. Care Quality Commission", "quality", 6, "cqc"))
    papers[3].sections.append(
        ("5. Divisional exceptions", "performance", 56, "staffing")
    )
    return [
        *papers,
        Paper(
            "Quality Assurance Committee: key issues and assurance report",
            "For assurance",
            "Chair of the Quality Assurance Committee",
            [
                ("1. Key issues", "quality", 26),
                ("2. Patient safety", "quality", 29, "serious_incident"),
                ("3. Clinical audit", "quality", 32),
            ],
        ),
        Paper(
            "Complaints and patient experience annual report 2014/15",
            "To note",
            "Director of Nursing and Quality",
            [
                ("1. Summary", "quality", 22, "quality kpis"),
                ("2. Complaints received", "quality", 29, "ombudsman"),
                ("3. Learning and improvement", "quality", 29),
            ],
        ),
        Paper(
            "Board assurance framework",
            "For assurance",
            "Trust Secretary",
            [
                ("1. Summary", "governance", 13, "risks"),
                ("2. Changes", "governance", 30),
            ],
        ),
        Paper(
            "Infection prevention and control annual report 2014/15",
            "To approve",
            "Director of Nursing and Quality",
            [
                ("1. Summary", "quality", 16, "quality kpis"),
                ("2. Audit and surveillance", "quality", 24),
            ],
        ),
        Paper(
            "Safeguarding Children and Adults Annual Report 2014/15",
            "To approve",
            "Director of Nursing and Quality",
            [
                ("1. Introduction", "safeguarding", 19),
                ("2. Governance and accountability", "safeguarding", 32),
                ("3. Training", "safeguarding", 32, "training"),
                ("4. Safeguarding children activity", "safeguarding", 72),
                ("5. Multi-agency learning", "safeguarding", 38, "scr"),
                ("6. Safeguarding adults", "safeguarding", 38),
                ("7. Priorities for 2015/16", "safeguarding", 26),
            ],
        ),
        Paper(
            "Estates, facilities and sustainability report",
            "To note",
            "Director of Estates and Facilities",
            [
                ("1. Capital programme", "estates", 29),
                ("2. Energy centre", "estates", 19, "energy_scr"),
                ("3. Sustainability", "estates", 29),
            ],
        ),
        Paper(
            "Finance report: month 3",
            "To note",
            "Director of Finance",
            [
                ("1. Summary", "finance", 29, "money"),
                ("2. Cost improvement programme", "finance", 32),
                ("3. Capital and cash", "finance", 29),
            ],
        ),
        Paper(
            "Workforce report",
            "To note",
            "Director of Workforce",
            [
                ("1. Staffing", "workforce", 32, "staffing"),
                ("2. Education and training", "workforce", 44),
            ],
        ),
        Paper(
            "Audit Committee report",
            "To note",
            "Chair of the Audit Committee",
            [
                ("1. Internal audit", "governance", 24),
                ("2. Counter fraud", "governance", 16),
            ],
        ),
    ]


def truncated(data: bytes) -> bytes:
    """Keep the first 60% of a PDF's bytes: no xref table, no trailer."""
    return data[: len(data) * 6 // 10]


def scanned_minutes(may_pack: bytes) -> bytes:
    """The minutes of 25 March 2015 as the May 2015 pack prints them (its pages 3
    and 4), printed, signed on the last page and scanned (tools/scans.py): two
    greyscale pictures with no text layer."""
    return scanned_copy(may_pack, [3, 4], seed=1503, sign_last=True)


CHILD_R = (
    "The Southwark Safeguarding Children Board received the Serious Case review at a "
    "meeting dated 24 February 2015 and endorsed the findings of the review. Further "
    "guidance was given at this meeting as to preparing the report for publication "
    "given the sensitivity of the issues and the report needed robust anonymisation "
    "to protect Child R",
    "A criminal investigation and court process have now concluded, in which the "
    "perpetrator was found guilty of a separate, lesser sexual offence against another "
    "young person. The offence of rape against R remains untried, but is held on the "
    "man’s records as a not-guilty plea.",
    "Southwark Safeguarding Children Board and its partners have sought to learn from "
    "Child R’s experience. This response should be read alongside the Serious Case "
    "review which gives fuller detail of the background in the two years leading up to "
    "the serious incident, the methodology of the review and its findings.",
    "The review found that no one could have predicted that this serious incident "
    "would have happened when it did. The review also found that the professionals "
    "responsible for R’s care as a looked-after child have not had a sufficient "
    "understanding of her history and of her level of vulnerability – a vulnerability "
    "which continues to expose her to significant risk of harm, especially when she is "
    "missing. One consequence has been a lack of alertness by these professionals "
    "about the risk associated with R’s patterns of going missing in this period.",
    "Child R is a young person in care who has struggled with the status of being "
    "‘looked after’. She entered care as an older child, with a complex history which "
    "included neglect and abuse by her parent, and which left her with powerful "
    "feelings of rejection and blame by her family. She went on to have a series of 10 "
    "different social workers and 7 placements – a difficult and increasingly "
    "unsatisfactory experience of being looked-after and cared about.",
    "The methodology of the review involved as many of the practitioners and their "
    "managers as possible in a ‘learning event’ where themes emerging from agency "
    "reports and chronologies were used as discussion and challenge points. The event "
    "was based on a systems model and looked at whether the findings were unique to "
    "this case or could be used as a ‘window’ on the local child protection and care "
    "system. The ‘learning event’ was well attended and the Board is grateful to the "
    "practitioners for their openness in the review process. The process also sought "
    "to engage Child R and her mother although the family felt they could only be "
    "involved in a limited way.",
    "The Serious Case review identified eighteen learning points. An action plan has "
    "been implemented to address these points.",
    "The learning points are highlighted below:",
)

CHILD_R_POINTS = (
    "Knowledge of a child’s psycho-social history is essential for effective "
    "assessments and planning for children.",
    "In any agency, high turnover and sickness among workers and managers in a team "
    "carry the risk of loss of knowledge about cases and potential failure to carry "
    "out statutory duties.",
    "Many looked-after adolescents find it hard to trust and communicate with "
    "professionals who are tasked with planning for them, and helping to keep them "
    "safe – especially when their key worker changes frequently. This can "
    "significantly constrain the ability of workers (and the local authority, as "
    "‘corporate parents’) to respond to the young person’s wishes and feelings, and "
    "to meet their needs.",
    "Effective care planning for looked-after children requires input from all "
    "partners in the form of either attendance or appropriate reports for the LAC "
    "Review process. However, LAC Reviews, as smaller, child-centred meetings, do not "
    "provide a suitable forum for the full professional network of those who know "
    "about and are working with the child. Thus, there may be no regular opportunity "
    "for this network to share significant information and concerns.",
    "In addition, the LA needs to ensure that foster carers and the professional "
    "network are given full and good information about the determined needs of the "
    "child and the current plans, as well as relevant history. These actions can "
    "become more difficult for children placed out of borough.",
    "Partners in safeguarding networks continue to struggle about the timing and "
    "appropriate use of escalation procedures, often leaving unsatisfactory situations "
    "going on for too long.",
    "The choice, and timing, of local authority placements available for looked-after "
    "children does not always allow a matching of the child’s needs to the ability of "
    "the carers, especially for more complex and ‘hard to place’ adolescents.",
    "Children and families cases will inevitably transfer to a number of different "
    "social workers and managers over time. For their work to be effective, case "
    "records need to include a genogram, an up-to-date chronology and a transfer "
    "summary.",
    "The systems for sharing and transferring information about a looked-after child "
    "who moves schools do not always operate in a transparent and timely way.",
    "Children missing from care are at greater risk of sexual exploitation, not only "
    "because of being outside of (corporate) parental control, but also because of the "
    "power and reach of social media.",
    "There are potential tensions between Police and Children’s Social Care, regarding "
    "their respective roles and responsibilities in relation to a looked-after child "
    "at high risk of harm. This can result, as in this case, in an impasse and an "
    "outcome which is not appropriate for the child, even in the short-term.",
    "The power and lure of electronic social media carry a risk of harm, particularly "
    "to vulnerable young people, which cannot be removed by professionals working with "
    "these young people.",
)

CHILD_R_CLOSING = (
    "In the period of the review agencies started to address the concerns they "
    "identified as part of the review process. Notably Children’s Social Case has "
    "commissioned a service to offer return interviews to young people who are missing "
    "from care, research was commissioned to understand the barriers to young people "
    "who go missing from care returning back to their carer, health have increased "
    "their resources offered to looked after children, the CCG undertook a review of "
    "arrangements for looked after children’s services.",
    "The learning points have been shared in a cascade event with partner agencies and "
    "this will be repeated in September and in further cascade events later in the "
    "year.",
)


def child_r_response() -> bytes:
    """The Board's response to the Child R review, re-typeset from the seed text."""
    title = (
        "Southwark Safeguarding Children Board — Response to the Serious Case "
        "Review: Child R"
    )
    style = ParagraphStyle(
        "response", parent=BODY, fontSize=11.5, leading=17, spaceAfter=10
    )
    point = ParagraphStyle("point", parent=style, leftIndent=22)
    flowables = [
        Spacer(1, 6 * cm),
        Paragraph(title, TITLE),
        Paragraph("Published July 2015", style),
        Paragraph(
            SYNTHETIC.format("Southwark") + " The layout is synthetic; "
            "the wording is a real public text.",
            NOTE,
        ),
        PageBreak(),
    ]
    flowables += [Paragraph(text, style) for text in CHILD_R[:-1]]
    flowables += [PageBreak(), Paragraph(CHILD_R[-1], style)]
    flowables += [
        Paragraph(text, point, bulletText=f"{n}.")
        for n, text in enumerate(CHILD_R_POINTS, start=1)
    ]
    flowables += [Paragraph(text, style) for text in CHILD_R_CLOSING]
    data, _ = render(
        flowables,
        "Southwark Safeguarding Children Board",
        "D:20150714110000+01'00'",
        title=title,
        author=LSCB,
        subject=SYNTHETIC.format("Southwark"),
    )
    return data


def lscb_annual_report() -> bytes:
    """A short LSCB annual report, encrypted with a user password (AES-256)."""
    rng = random.Random(1415)
    flowables = [
        Paragraph(SYNTHETIC.format("Southwark"), NOTE),
        Paragraph(f"{LSCB}: Annual Report 2014–15", TITLE),
    ]
    for heading in ("Chair's foreword", "Governance", "Training", "Priorities"):
        flowables += [Paragraph(heading, HEADING)]
        flowables += [Paragraph(filler(rng, "safeguarding", 5), BODY) for _ in range(6)]
    data, _ = render(
        flowables,
        f"{LSCB} — Annual Report 2014–15",
        "D:20151006100000+01'00'",
        title="Annual report 2014–15",
        author=LSCB,
        subject=SYNTHETIC.format("Southwark"),
    )
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    # pypdf draws the file key, salts and IVs from secrets.token_bytes; a seeded
    # stand-in keeps this fixture reproducible (it protects nothing real).
    with mock.patch.object(secrets, "token_bytes", random.Random(2015).randbytes):
        writer.encrypt(
            user_password="secret-user", owner_password="owner", algorithm="AES-256"
        )
        buffer = io.BytesIO()
        writer.write(buffer)
    return buffer.getvalue()


def members_notes() -> bytes:
    """A one-page PDF behind the robots.txt Disallow (only robots.txt guards it)."""
    text = (
        "Members' area. Case file notes for the serious case review panel. If "
        "casewatch stored this file, it ignored robots.txt."
    )
    data, _ = render(
        [Paragraph(SYNTHETIC.format("Southwark"), NOTE), Paragraph(text, BODY)],
        LSCB,
        "D:20150601090000+01'00'",
        title="Case file notes",
        author=LSCB,
    )
    return data


def write(path: str, data: bytes) -> None:
    """Write one served file under files/ and print its size."""
    target = FILES / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    print(f"{len(data):>9,}  {path}")


def main() -> None:
    """Write every generated PDF and print where the planted passages landed."""
    # Paragraphs per section set each pack's length: ~30, ~10 and ~10 pages.
    packs = {}
    for stem, meeting, size in (
        ("may-2015", MAY_2015, 13),
        ("january-2016", JANUARY_2016, 1),
        ("march-2016", MARCH_2016, 1),
    ):
        packs[stem], _ = board_pack(meeting, routine_papers(meeting.previous, size))
        write(f"kingstonhospital/trust-board-part-1-{stem}.pdf", packs[stem])
    data, _ = board_pack(SEPTEMBER_2015, routine_papers(SEPTEMBER_2015.previous, 7))
    write(
        "kingstonhospital/trust-board-part-1-september-2015-truncated.pdf",
        truncated(data),
    )
    data, planted = board_pack(JULY_2015, july_2015_papers())
    write("kingstonhospital/trust-board-part-1-july-2015.pdf", data)
    for label, page in planted.items():
        print(f"{'':11}planted {label} on page {page}")
    write(
        "kingstonhospital/signed-minutes-march-2015-scanned.pdf",
        scanned_minutes(packs["may-2015"]),
    )
    write("southwarklscb/child-r-scr-board-response.pdf", child_r_response())
    write("southwarklscb/annual-report-2014-15-encrypted.pdf", lscb_annual_report())
    write("southwarklscb/case-file-notes.pdf", members_notes())


if __name__ == "__main__":
    main()
