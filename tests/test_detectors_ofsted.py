"""Ofsted judgements of councils' children's services: real passages, each rule
with cases it must find and cases it must not."""

import json
from pathlib import Path

import pytest

from casewatch.detectors import case_reviews, detect, might_find, ofsted
from casewatch.detectors.records import ofsted_records
from casewatch.places import council_for
from casewatch.text import pdf_pages

OFSTED = Path(__file__).parent / "fixtures" / "ofsted"
CORPUS = {
    row["id"]: row
    for row in map(
        json.loads,
        (Path(__file__).parent / "corpus" / "detector_corpus.jsonl").open(),
    )
}
SEED_002 = (  # seed 002, Surrey Comet (July 2012)
    "The report follows a two-week inspection by Ofsted which resulted in the council "
    "scoring inadequate for overall effectiveness at safeguarding children and "
    "adequate in safeguarding looked-after children."
)
NEWHAM = (  # https://www.cypnow.co.uk/content/news/corporate-parenting-failures-sees-newham-downgraded-to-inadequate
    'Inspectors have downgraded the department to "inadequate" for overall '
    "effectiveness after finding a raft of failures across its leadership, social "
    "work practice and support for children in care and those leaving care."
)
BIRMINGHAM = (  # https://themj.co.uk/watchdog-rates-birmingham-children-services-inadequate
    "Ofsted has published a damming report on Birmingham City Council's children's "
    "service, branding it as \u2018inadequate' with widespread and serious failures."
)
MANCHESTER_SIF = (  # https://pdfslide.us/documents/manchester-city-council-ofsted-executive-summary-this-is-a-re-inspection-of-childrens.html
    "Manchester City Council Re-inspection of services for children in need of help "
    "and\nprotection, children looked after and care leavers\nInspection dates: 9 "
    "October to 2 November 2017\nReport published: 21 December 2017\nChildren\u2019s "
    "services in Manchester require improvement to be\ngood\n1. Children who need "
    "help and protection Requires improvement\n2.1 Adoption performance Good\n"
)
CENTRAL_BEDFORDSHIRE_VISIT = (  # https://www.cypnow.co.uk/news/article/ofsted-latest-children-s-services-focused-visits
    "Ofsted has published the outcomes of a focused visit to Central Bedfordshire "
    "Council's children's services on 20 and 21 February 2024, examining the local "
    "authority's arrangements for children in need."
)
NATIONAL_STATISTIC = (  # https://www.publicsectorexecutive.com/Public-Sector-News/nearly-a-quarter-of-local-authority-childrens-services-inadequate
    "The report shows that 24% of the 87 local authorities inspected were rated "
    "\u2018inadequate\u2019 and 49% were rated \u2018requires improvement\u2019."
)
CHILDRENS_HOMES = (  # same page as NATIONAL_STATISTIC
    "Just 1% of children\u2019s homes were rated \u2018inadequate\u2019 and 2% were "
    "rated \u2018requires improvement\u2019."
)
SCHOOL = (  # seed-style sentence about a school: a provider, not a council
    "Ofsted inspectors rated the council-maintained primary school good in 2019, "
    "praising its safeguarding of children."
)
GOOD_PRACTICE = (  # seed 002 wording about the council, no grade
    "Kingston Council said that as a previously high scoring authority in children's "
    "safeguarding assessments it was one of a number of councils at the sharp end."
)
CQC = "The Care Quality Commission rated the council's care home service inadequate."
# tests/fixtures/ofsted/ilacs_80431_blackpool_2019-01-17_inadequate.pdf
BCP_FINDINGS = (  # https://www.bournemouthecho.co.uk/news/23110356.ofsteds-letter-bcp-council-latest-monitoring-visit/
    "This letter summarises the findings of the monitoring visit to Bournemouth, "
    "Christchurch and Poole children\u2019s services on 4 and 5 October 2022. This "
    "was the second monitoring visit since the local authority was judged "
    "inadequate in December 2021."
)
# The letter as Ofsted sets it: its title on a line of its own above the findings
# (the Echo printed the body only; the title is the one Ofsted's letters carry).
BCP_LETTER = (
    "Monitoring visit to Bournemouth, Christchurch and Poole children\u2019s "
    f"services\n{BCP_FINDINGS}"
)
BLACKPOOL_HEADING = (
    "The experiences and progress of children who need help and protection is "
    "inadequate\n1. Services for children in need of help and protection in Blackpool "
    "are inadequate because serious failures leave some children at risk."
)
# tests/fixtures/ofsted/ilacs_80514_southwark_2026-05-18.pdf, page 1
SOUTHWARK_SUMMARY = (
    "Children and families can access a good range of early help support, statutory "
    "social work is timely and proportionate, and children in care benefit from "
    "nurturing care, good health and education support."
)

# Real passages from outside the corpus (source URL first), found after the corpus
# was written: judgements of councils' children's services, with the (council,
# grade, visit type) records each states, and Ofsted or other ratings that are not.
ELSEWHERE_JUDGEMENTS = [
    (
        "https://democracy.thurrock.gov.uk/mgAi.aspx?ID=11005",
        (
            "The outcome from the inspection showed that Thurrock Council was "
            "providing a \u2018Good\u2019 service that had been improved upon for "
            "vulnerable young people and in continuing to provide excellent services "
            "to vulnerable children and their families."
        ),
        {("Thurrock", "good", "inspection")},
    ),
    (
        "https://councillors.halton.gov.uk/ieIssueDetails.aspx?IId=52327&Opt=3",
        (
            "It was reported that OFSTED conducted a standard inspection under the "
            "ILACS framework from 2 March to 13 March 2020. The ILACS inspection "
            "provided a Judgement across four areas and Halton was deemed to "
            "\u2018require improvement to be good\u2019 across all areas."
        ),
        {("Halton", "requires_improvement", "inspection")},
    ),
    (
        "https://democracy.darlington.gov.uk/mgAi.aspx?ID=8700",
        (
            "It was reported that between 10 and 21 October 2022 a full inspection "
            "of Children\u2019s Services in Darlington was completed by Ofsted and "
            "was the first inspection of this kind since 2018 when services were "
            "found to Require Improvement. The inspection led to an overall grading "
            "for the service, as well as specific gradings for Help and Protection, "
            "Services to Children in Care and Care Leavers and for Leadership and "
            "Management. It was reported that Good ratings were received for the "
            "impact of leaders on social work practice with children and families, "
            "the experiences and progress of children who need help and protection "
            "and overall effectiveness; and an Outstanding rating for the "
            "experiences and progress of children in care and care leavers."
        ),
        {
            ("Darlington", "good", "inspection"),
            ("Darlington", "outstanding", "inspection"),
            ("Darlington", "requires_improvement", "inspection"),
        },
    ),
    (
        "https://moderngov.stockton.gov.uk/ieIssueDetails.aspx?IId=1757&Opt=3",
        (
            "The authority received its most recent inspection on 27 February - 14 "
            "March and their report was published on 9 May. The inspection resulted "
            "in an overall judgment of \u2018Requires Improvement\u2019. Ofsted "
            "required an action plan to be developed in response and to be submitted "
            "to them by 16 August."
        ),
        {(None, "requires_improvement", "inspection")},
    ),
    (
        "https://edemocracy.coventry.gov.uk/mgAi.aspx?ID=28095",
        (
            "Ofsted re-inspected Children\u2019s Services on 6th to 30th March 2017. "
            "The outcome published on 13th June 2017 indicated that Children\u2019s "
            "Services were judged as \u2018requires improvement to be good\u2019. "
            "Children\u2019s Services were no longer considered inadequate."
        ),
        {(None, "requires_improvement", "inspection")},
    ),
    (
        "https://edemocracy.coventry.gov.uk/mgAi.aspx?ID=28095",
        ("A further Ofsted Focused visit was held on 26th and 27th February 2019."),
        {(None, None, "focused_visit")},
    ),
    (
        "https://www.parallelparliament.co.uk/question/20353/children-social-services",
        (
            "Since December 2010, Ofsted has inspected local authorities under the "
            "following frameworks: Safeguarding and Looked after Children; local "
            "authority arrangements for the protection of children; local authority "
            "arrangements for children looked after; local authority adoption "
            "agencies. During this period, the following local authorities have been "
            "rated as \u2018inadequate\u2019: Barnsley, Bexley, Birmingham, "
            "Blackpool, Buckinghamshire, Calderdale."
        ),
        {
            ("Barnsley", "inadequate", "inspection"),
            ("Bexley", "inadequate", "inspection"),
            ("Birmingham", "inadequate", "inspection"),
            ("Blackpool", "inadequate", "inspection"),
            ("Buckinghamshire", "inadequate", "inspection"),
            ("Calderdale", "inadequate", "inspection"),
        },
    ),
    (
        "https://creditoncourier.co.uk/news/ofsted-returns-for-review-of-countys-childrens-services-726243",
        (
            "OFSTED has returned to Devon to assess whether the county "
            "council\u2019s children\u2019s services can be lifted out of special "
            "measures. The education regulator rated the department inadequate in "
            "2020 because of \u201cserious failures\u201d in the service."
        ),
        {("Devon", "inadequate", "unknown")},
    ),
    (
        "https://www.cypnow.co.uk/content/news/north-somerset-vulnerable-childrens-needs-secondary-to-parents-ofsted-finds",
        (
            "In a letter to the authority following a focused visit on 7 and 8 "
            "December, Ofsted said there had been \u201clittle progress\u201d in the "
            "quality of social work practice to improve the experiences for children "
            "in need of help and protection since its last inspection in March 2020. "
            "At the time, the inspectorate handed down its second lowest rating to "
            "the authority judging its children\u2019s services as \u201crequires "
            "improvement to be good\u201d."
        ),
        {(None, "requires_improvement", "inspection"), (None, None, "focused_visit")},
    ),
    (
        "https://councillors.herefordshire.gov.uk/mgAi.aspx?ID=66594",
        (
            "The cabinet member for children and young people provided an overview "
            "of the feedback from Ofsted following its fourth monitoring visit to "
            "Hereford\u2019s Children\u2019s Services on 21 and 22 February 2024."
        ),
        {(None, None, "monitoring_visit")},
    ),
    (
        "https://bradford.moderngov.co.uk/mgAi.aspx?ID=15396",
        (
            "Following Ofsted\u2019s Inspection of Children\u2019s Social Care "
            "Services from the 17 to 28 September 2018, the fifth of a series of "
            "Monitoring Visits took place on the 28 to 29 April 2021."
        ),
        {(None, None, "monitoring_visit")},
    ),
    (
        "http://www.cypnow.co.uk/cyp/news/2003455/ofsted-finds-solid-progress-at-inadequate-council",
        (
            "Wandsworth's children's services department was rated inadequate in "
            'February 2016 after a "serious decline" in leadership, management and '
            'governance culminated in "unsafe" practice for many vulnerable '
            "children. But the third quarterly monitoring visit conducted by Ofsted "
            "since then found that most children are now safer as a result of "
            "effective identification of risks and timely action by managers."
        ),
        {
            ("Wandsworth", "inadequate", "unknown"),
            ("Wandsworth", None, "monitoring_visit"),
        },
    ),
]
ELSEWHERE_NOT_JUDGEMENTS = [
    (  # a visit that is neither focused nor monitoring, with no grade
        "https://www.tes.com/news/naming-and-shaming-childrens-services-unfair-claims-council",
        (
            "Birmingham City Council has been praised for making progress by "
            "children's minister Dawn Primarolo and Ofsted's own inspection team, "
            "which made an unannounced visit last month."
        ),
    ),
    (
        "https://www.royston-crow.co.uk/news/guilden-morden-primary-school-rated-as-inadequate-by-ofsted-inspectors-5041534",
        (
            "A village primary school in Cambridgeshire has been rated "
            "\u2018inadequate\u2019 at its latest Ofsted inspection. Inspectors "
            "rated the effectiveness of leadership as \u2018inadequate\u2019 in a "
            "report published today."
        ),
    ),
    (
        "https://www.keighleynews.co.uk/news/16974825.primary-school-is-inadequate/",
        (
            "Youngsters did not make the progress they should in reading, writing "
            "and mathematics because teaching of the subjects was \u201cweak\u201d, "
            "inspectors added. A report just published by Ofsted, following the "
            "inspection in June, also criticises the leadership \u2013 including "
            "governance \u2013 as inadequate."
        ),
    ),
    (
        "https://rapidreadsnews.site/news/4035225266131291629",
        (
            "The regulator said the inspection at the nursery in Ragworth "
            "Neighbourhood Centre in Stockton was carried out as a result of a risk "
            "assessment. The quality of education, behaviour and attitudes, personal "
            "development and leadership and management were all judged as requiring "
            "improvement."
        ),
    ),
    (
        "https://martini.huntspost.co.uk/news/24538175.clarence-house-nursery-papworth-everard-ofsted-rating",
        (
            "Clarence House Nursery, in Papworth Everard, suffered a blow to its "
            "Ofsted rating in July 2024, after it was previously found to be "
            "\u2018good\u2019 by the organisation in 2022."
        ),
    ),
    (
        "https://www.eadt.co.uk/news/ofsted-hollesley-community-nursery-suffolk-2640116",
        (
            "Hollesley Community Nursery, which opened its doors in September 2017, "
            "was visited by the education watchdog in January of this year."
        ),
    ),
    (
        "https://seslip.co.uk/ofsted-visit-analysis-page-11",
        (
            "Authorities with an inadequate grade do not usually receive focus "
            "visits, as they already receive regular monitoring visits. In "
            "2020-2021, 42 (virtual) visits were made to check on covid responses; "
            "of these half, 21, were to authorities graded inadequate."
        ),
    ),
    (
        "https://www.wired-gov.net/wg/news.nsf/articles/Monitoring+local+authority+childrens+services+judged+inadequate+guidance+for+inspectors+31052016161500?open",
        (
            "What Ofsted inspectors do during a monitoring visit to a local "
            "authority children\u2019s services judged inadequate."
        ),
    ),
    (
        "https://www.tes.com/news/naming-and-shaming-childrens-services-unfair-claims-council",
        (
            "About two-thirds, or 103 out of 152 councils, provide excellent or good "
            "services for children and young people, with 40 offering adequate "
            "services."
        ),
    ),
    (
        "https://www.lgafirst.co.uk/comment/inspecting-childrens-services/",
        (
            "ILACS involves an annual engagement meeting for all local authorities; "
            "shorter, one-week inspections for authorities previously judged good or "
            "outstanding; two-week standard inspections for those requiring "
            "improvement to be good; with focused visits in between and regular "
            "monitoring for inadequate authorities before we re-inspect."
        ),
    ),
    (
        "https://www.local.gov.uk/publications/must-know-role-council-leader-improving-outcomes-children",
        (
            "Leaders should also be aware that Ofsted do from time to time undertake "
            "a focused visit of a council which is part of the ILACS framework."
        ),
    ),
    (
        "https://www.communitycare.co.uk/2023/11/17/most-councils-rated-good-for-adult-social-care-in-cqc-pilot-assessments/",
        (
            "The Care Quality Commission (CQC) has rated most councils as good in "
            "pilot assessments for its new system of appraising the quality of local "
            "authority adults\u2019 social care. Four of the five authorities tested "
            "\u2013 Birmingham, Lincolnshire, North Lincolnshire and Suffolk \u2013 "
            "received a good rating, the second highest grade below outstanding, "
            "following assessments carried out over the summer and autumn."
        ),
    ),
    (
        "http://www.narrativecare.org/councils-face-adult-social-care-assessments-every-3-to-4-years-under-cqc-plan.html",
        (
            "Badger, who took up his post in September this year, told NCASC "
            "delegates that the regulator had published 85 reports and carried out "
            "site visits to 141 authorities, with the remaining 12 visits due to be "
            "carried out before Christmas."
        ),
    ),
    (
        "https://creditoncourier.co.uk/news/ofsted-returns-for-review-of-countys-childrens-services-726243",
        (
            "Ofsted ratings go from inadequate, to requires improvement, to good and "
            "then outstanding. The government announced recently that these would no "
            "longer be applied to schools."
        ),
    ),
    (
        "https://www.lep.co.uk/education/schools-and-nurseries-in-preston-chorley-and-south-ribble-with-ofsted-reports-in-septemberaugust-4353372",
        (
            "Report published Aug 10 following an inspection on July 5. Classed as "
            "'good'. Highlights: welcoming and supportive; teaching of curriculum; "
            "outdoor learning."
        ),
    ),
    (
        "https://www.local.gov.uk/publications/must-know-role-council-leader-improving-outcomes-children",
        (
            "SEND and AP is subject to a separate Ofsted/CQC inspection with the "
            "Integrated Care Board (ICB) under the SEND Area Inspection Framework "
            "which focuses on how effective the SEND and AP area partnership is in "
            "delivering outcomes for children and their families."
        ),
    ),
]


def elsewhere(fragment, holding="", judged=True):
    """The out-of-corpus passage from the source whose URL holds `fragment` (and
    whose text holds `holding`)."""
    cases = ELSEWHERE_JUDGEMENTS if judged else ELSEWHERE_NOT_JUDGEMENTS
    (text,) = [case[1] for case in cases if fragment in case[0] and holding in case[1]]
    return text


def passage(passage_id):
    """A passage of the labelled corpus, which records its source."""
    return CORPUS[passage_id]["text"]


def negatives(*kinds):
    return [[row["text"]] for row in CORPUS.values() if row["negative_kind"] in kinds]


def judgements(pages, rule_id):
    return [m.fields for m in ofsted.detect(pages) if m.rule_id == rule_id]


def report_page(name):
    return pdf_pages(OFSTED / name)[:1]


POSITIVE = {
    "ofsted.report_table": [
        (
            report_page("ilacs_80514_southwark_2026-05-18.pdf"),
            "overall effectiveness",
            "good",
        ),
        ([MANCHESTER_SIF], "help and protection", "requires_improvement"),
        ([passage("c0030")], "adoption", "good"),  # numbered rows, no header
    ],
    "ofsted.report_headline": [
        ([MANCHESTER_SIF], "overall effectiveness", "requires_improvement"),
    ],
    "ofsted.prose": [
        ([SEED_002], "overall effectiveness", "inadequate"),
        ([SEED_002], "looked after children", "adequate"),
        ([NEWHAM], "overall effectiveness", "inadequate"),
        ([BIRMINGHAM], "overall effectiveness", "inadequate"),
        ([passage("c0094")], "overall effectiveness", "inadequate"),  # headline
        ([passage("c0031")], "safeguarding", "inadequate"),  # sentence before
        ([passage("c0095")], "overall effectiveness", "requires_improvement"),
        ([passage("c0164")], "overall effectiveness", "requires_improvement"),
        ([passage("c0159")], "overall effectiveness", "inadequate"),
        ([passage("c0157")], "overall effectiveness", "requires_improvement"),  # topic
        (
            [elsewhere("darlington")],
            "children in care and care leavers",
            "outstanding",
        ),  # two sentences back
        (
            [elsewhere("coventry", "judged")],
            "overall effectiveness",
            "requires_improvement",
        ),
        (
            [elsewhere("creditoncourier", "rated")],
            "overall effectiveness",
            "inadequate",
        ),
        ([elsewhere("thurrock")], "overall effectiveness", "good"),
    ],
    "ofsted.prose_list": [
        ([passage("c0092")], "overall effectiveness", "inadequate"),
        ([elsewhere("parallelparliament")], "overall effectiveness", "inadequate"),
    ],
    "ofsted.prose_visit": [
        ([CENTRAL_BEDFORDSHIRE_VISIT], "help and protection", None),
        ([passage("c0162")], "help and protection", None),  # "Inspectors visited"
        ([elsewhere("bradford")], "other", None),  # "Monitoring Visits"
        ([elsewhere("herefordshire")], "other", None),
    ],
    "ofsted.report_heading": [
        ([BLACKPOOL_HEADING], "help and protection", "inadequate")
    ],
    "ofsted.report_visit": [([BCP_LETTER], "other", None)],
}
NEGATIVE = {
    "ofsted.report_table": [[NATIONAL_STATISTIC], [SCHOOL]],
    "ofsted.report_headline": [[NATIONAL_STATISTIC], [SEED_002]],
    "ofsted.prose": [
        [NATIONAL_STATISTIC],
        [CHILDRENS_HOMES],
        [SCHOOL],
        [CQC],
        [GOOD_PRACTICE],
        [passage("c0097")],  # a question
        [passage("c0153")],  # what happens if
        *negatives("school_ofsted", "provider_ofsted", "cqc", "send_area"),
        [elsewhere("royston-crow", judged=False)],  # a school's leadership
        [
            elsewhere("rapidreadsnews", judged=False)
        ],  # a nursery's, said in the sentence after
        [elsewhere("creditoncourier", judged=False)],  # the grade scale
        [elsewhere("lgafirst", judged=False)],
        [elsewhere("seslip", judged=False)],
        [elsewhere("tes.com", "two-thirds", judged=False)],
    ],
    "ofsted.prose_list": [
        [
            elsewhere("communitycare", judged=False)
        ],  # CQC: councils named before the grade
        [
            "The seven schools judged \u201cinadequate\u201d this year are: "
            "Birmingham; Coventry and Slough."  # made up from c0092: schools
        ],
        [NATIONAL_STATISTIC],
    ],
    "ofsted.prose_visit": [
        [SEED_002],
        [CQC],
        [passage("c0019")],  # focused visits in general
        [passage("c0153")],
        [passage("c0198")],  # JTAIs in general
        [passage("c0197")],  # a JTAI of Sandwell: no judgement (LABELS.md)
        [passage("c0199")],  # a joint inspection in Solihull
        [passage("c0096")],  # "a visit in February 2020": of no kind, no grade
        [elsewhere("tes.com", "unannounced", judged=False)],  # "an unannounced visit"
        [
            elsewhere("keighleynews", judged=False)
        ],  # "the inspection in June" of a school
        [
            elsewhere("eadt", judged=False)
        ],  # a nursery "visited by the education watchdog"
        [elsewhere("must-know-role", "focused", judged=False)],  # "a council"
        [
            elsewhere("wired-gov", judged=False)
        ],  # what inspectors do on any monitoring visit
        [elsewhere("narrativecare", judged=False)],
    ],
    "ofsted.report_heading": [[SOUTHWARK_SUMMARY], [SEED_002]],
    "ofsted.report_visit": [[BCP_FINDINGS], [CENTRAL_BEDFORDSHIRE_VISIT], [SEED_002]],
}
RULES = {
    "ofsted.prose_list",
    "ofsted.report_table",
    "ofsted.report_headline",
    "ofsted.prose",
    "ofsted.prose_visit",
    "ofsted.report_heading",
    "ofsted.report_visit",
}


def test_every_rule_has_positive_and_negative_cases():
    assert set(POSITIVE) == RULES
    assert set(NEGATIVE) == RULES


@pytest.mark.parametrize(
    ("rule_id", "pages", "area", "grade"),
    [(rule, *case) for rule, cases in POSITIVE.items() for case in cases],
)
def test_rule_finds_the_judgement(rule_id, pages, area, grade):
    found = {(f["judgement_area"], f.get("grade")) for f in judgements(pages, rule_id)}
    assert (area, grade) in found


@pytest.mark.parametrize(
    ("rule_id", "pages"),
    [(rule, pages) for rule, cases in NEGATIVE.items() for pages in cases],
)
def test_rule_ignores_other_judgements(rule_id, pages):
    assert judgements(pages, rule_id) == []


@pytest.mark.parametrize(
    ("report", "council", "date", "grades"),
    [
        (
            "ilacs_80431_blackpool_2019-01-17_inadequate.pdf",
            "Blackpool Borough Council",
            "2018-12",
            {
                "leadership": "inadequate",
                "help and protection": "inadequate",
                "children in care and care leavers": "requires_improvement",
                "overall effectiveness": "inadequate",
            },
        ),
        (
            "ilacs_2637539_north-northamptonshire_2026-07-07_post-april-2026-no-overall"
            ".pdf",
            "North Northamptonshire",
            "2026-05",
            {
                "leadership": "outstanding",
                "help and protection": "good",
                "children in care": "good",
                "care leavers": "good",
            },
        ),
    ],
)
def test_report_table_gives_every_judgement_of_the_inspection(
    report, council, date, grades
):
    found = judgements(report_page(report), "ofsted.report_table")
    assert {f["judgement_area"]: f["grade"] for f in found} == grades
    assert {f["local_authority"] for f in found} == {council}
    assert {f["date"] for f in found} == {date}


def test_a_table_read_without_its_line_breaks_gives_the_same_judgements():
    page = report_page("ilacs_80431_blackpool_2019-01-17_inadequate.pdf")
    flattened = [" ".join(page[0].split())]
    assert judgements(flattened, "ofsted.report_table") == judgements(
        page, "ofsted.report_table"
    )


def test_visits_carry_no_grade():
    (visit,) = judgements([CENTRAL_BEDFORDSHIRE_VISIT], "ofsted.prose_visit")
    assert visit == {
        "local_authority": "Central Bedfordshire Council",
        "visit_type": "focused_visit",
        "judgement_area": "help and protection",
        "date": "2024-02",
    }


def records(text):
    """(council code or None, grade, visit type) of each record in a passage."""
    found = set()
    for record in ofsted_records(detect([text])):
        found.add((record.la_code, record.grade, record.visit_type))
    return found


def code(name):
    return council_for(name).code if name else None


@pytest.mark.parametrize(
    ("url", "text", "expected"),
    ELSEWHERE_JUDGEMENTS,
    ids=[case[0] for case in ELSEWHERE_JUDGEMENTS],
)
def test_judgements_from_outside_the_corpus(url, text, expected):
    wanted = {(code(council), grade, visit) for council, grade, visit in expected}
    assert records(text) == wanted


@pytest.mark.parametrize(
    ("url", "text"),
    ELSEWHERE_NOT_JUDGEMENTS,
    ids=[case[0] for case in ELSEWHERE_NOT_JUDGEMENTS],
)
def test_other_ratings_from_outside_the_corpus_are_not_judgements(url, text):
    assert records(text) == set()


def test_a_list_gives_each_council_listed_its_grade():
    found = records(elsewhere("parallelparliament"))
    assert {grade for _, grade, _ in found} == {"inadequate"}
    assert len(found) == 6


def test_the_prefilter_passes_every_passage_a_rule_finds_something_in():
    """ofsted.might_judge is exact on the corpus: with it always true, the
    detector finds the same."""
    texts = [row["text"] for row in CORPUS.values()]
    found = [list(ofsted.detect([text])) for text in texts]
    assert sum(map(bool, found)) > 40
    for text, mentions in zip(texts, found, strict=True):
        if mentions:
            assert ofsted.might_judge(text.lower().replace("\n", " ")), text


def test_the_gate_never_drops_a_passage_either_detector_finds_anything_in():
    for row in CORPUS.values():
        text = row["text"]
        found = list(case_reviews.detect([text])) + list(ofsted.detect([text]))
        if found or case_reviews.might_name_a_review(text):
            assert might_find(text), row["id"]


def test_the_gate_shuts_pages_of_children_s_services_without_a_judgement():
    page = (  # tests/fixtures: board-pack wording with "good" and children
        "The board noted good attendance at the children's centre open day, and "
        "thanked staff for their work with families over the summer."
    )
    assert not might_find(page)
    assert might_find(page + " Ofsted rated Kent's children's services good.")


def test_a_joint_targeted_area_inspection_is_no_trigger_and_no_judgement():
    """LABELS.md: JTAIs are not judgements of a council's children's services."""
    page = (  # casewatch/sample_sites: the trust board pack's safeguarding report
        "Joint work with the London Borough of Richmond upon Thames on child "
        "protection information sharing is now complete."
    )
    assert not might_find(page.replace("Joint work", "Joint targeted area inspection"))
    jtai = pdf_pages(
        Path(__file__).parent / "sites/ofsted/files/southwark-jtai-2024-02-20.pdf"
    )
    assert list(ofsted.detect(jtai)) == []
    assert list(ofsted.detect([passage("c0197")])) == []


def test_a_visit_letter_s_title_is_the_visit_dated_by_its_findings():
    (visit,) = judgements([BCP_LETTER], "ofsted.report_visit")
    assert visit == {
        "local_authority": "Bournemouth, Christchurch and Poole",
        "visit_type": "monitoring_visit",
        "judgement_area": "other",
        "date": "2022-10",
    }
    assert judgements([BCP_LETTER], "ofsted.prose_visit") == []


@pytest.mark.parametrize(
    ("letter", "visit_type", "council"),
    [
        ("blackpool-focused-visit-2021-04-09.pdf", "focused_visit", "Blackpool"),
        ("blackpool-monitoring-visit-2019-11-12.pdf", "monitoring_visit", "Blackpool"),
    ],
)
def test_the_test_site_s_visit_letters_are_read_from_their_titles(
    letter, visit_type, council
):
    pages = pdf_pages(Path(__file__).parent / "sites" / "ofsted" / "files" / letter)
    found = list(ofsted.detect(pages))
    assert [(m.rule_id, m.fields["visit_type"]) for m in found] == [
        ("ofsted.report_visit", visit_type)
    ]
    assert found[0].fields["local_authority"] == council


SIF = "sif_80545_kingston-upon-thames_2015-08-03_good.pdf"


def test_a_single_inspection_report_is_dated_by_its_last_inspection_day():
    """Page 1 says "Inspection date: 22 May 2015 \u2013 18 June 2015"; Ofsted's data
    (casewatch.official) dates an inspection by its last day."""
    found = list(ofsted.detect(report_page(SIF)))
    assert {m.fields.get("date") for m in found} == {"2015-06"}
    headline = [m.fields for m in found if m.rule_id == "ofsted.report_headline"]
    assert [(f["judgement_area"], f["grade"]) for f in headline] == [
        ("overall effectiveness", "good")
    ]


def test_a_report_s_account_of_earlier_inspections_gives_each_its_own_grade():
    """Page 6: "The 2012 safeguarding and looked after children inspection found
    services for looked after children to be adequate and safeguarding services to
    be inadequate. The 2013 inspection ... also found provision to be inadequate.\""""
    page_6 = pdf_pages(OFSTED / SIF)[5]
    found = {
        (f["judgement_area"], f["grade"], f["date"])
        for f in judgements([page_6], "ofsted.prose")
    }
    assert found == {
        ("looked after children", "adequate", "2012"),
        ("safeguarding", "inadequate", "2012"),
        ("safeguarding", "inadequate", "2013"),
    }


@pytest.mark.parametrize("report", sorted(p.name for p in OFSTED.glob("*.pdf")))
def test_a_report_states_each_judgement_once_a_page(report):
    found = [
        (m.page_no, m.fields["judgement_area"], m.fields.get("grade"))
        for m in ofsted.detect(pdf_pages(OFSTED / report))
        if m.rule_id.startswith("ofsted.report_")
    ]
    assert found
    assert len(found) == len(set(found))


@pytest.mark.parametrize(
    "text",
    [
        "Ofsted has rated children's services at South Lakeland District Council as "
        "inadequate.",
        "Children's services in Northampton have been rated inadequate by Ofsted.",
        "Ofsted has judged children's services in Richmondshire to be good.",
    ],
)
def test_a_former_district_named_with_a_grade_is_no_judgement(text):
    """Districts never ran children's services, abolished ones no more than
    current ones ("children's services in Harlow")."""
    assert records(text) == set()


def test_a_former_county_and_richmond_still_have_their_judgements():
    cumbria = "Ofsted rated Cumbria County Council's children's services inadequate."
    assert records(cumbria) == {("E10000006", "inadequate", "unknown")}
    richmond = "Ofsted inspectors rated children's services in Richmond outstanding."
    assert records(richmond) == {("E09000027", "outstanding", "inspection")}
