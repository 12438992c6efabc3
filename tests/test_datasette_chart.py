"""The Ofsted timeline drawn as SVG from ofsted_timeline rows."""

import xml.etree.ElementTree as ET

from casewatch.datasette.chart import timeline

SVG = "{http://www.w3.org/2000/svg}"


def judgement(area, grade, date, source="official", **more):
    return {
        "judgement_area": area,
        "grade": grade,
        "date": date,
        "visit_type": "inspection" if grade else "focused_visit",
        "source": source,
        "in_official": source == "official",
        "in_report": source == "report",
        **more,
    }


# Kingston's two inspections as Ofsted's data and the reports give them, a
# focused visit, and a grade the papers give with no date.
ROWS = [
    judgement("overall effectiveness", "outstanding", "2024-12", in_report=1),
    judgement("help and protection", "outstanding", "2024-12"),
    judgement("overall effectiveness", "outstanding", "2019-10", in_report=1),
    judgement("help and protection", "good", "2019-10", source="report"),
    judgement(None, None, "2022-03", source="mention"),
    judgement("help and protection", "inadequate", None, source="mention"),
    judgement(
        "children in care", "good", "2019-10", contradicted_by="inadequate (mention)"
    ),
]


def drawn(rows=ROWS):
    chart = timeline(rows, "Kingston upon Thames")
    return chart, ET.fromstring(str(chart.svg))


def marks(svg):
    return [g for g in svg.iter(f"{SVG}g") if "judgement" in g.get("class", "")]


def test_each_dated_judgement_is_one_mark_and_undated_ones_are_listed():
    chart, svg = drawn()
    assert len(marks(svg)) == 6
    assert [row["grade"] for row in chart.undated] == ["inadequate"]


def test_areas_are_rows_in_ofsteds_order_with_visits_last():
    _, svg = drawn()
    labels = [t.text for t in svg.iter(f"{SVG}text") if t.get("text-anchor") == "end"]
    assert labels == [
        "Overall effectiveness",
        "Help and protection",
        "Children in care",
        "Visits (no grade)",
    ]


def test_marks_are_lettered_by_grade_and_shaped_by_source():
    _, svg = drawn()
    by_title = {g.find(f"{SVG}title").text: g for g in marks(svg)}
    official = by_title[
        "Ofsted inspection, December 2024: overall effectiveness outstanding"
    ]
    assert official.find(f"{SVG}circle") is not None
    assert [t.text for t in official.iter(f"{SVG}text")] == ["O"]
    report_only = by_title["Ofsted inspection, October 2019: help and protection good"]
    assert report_only.find(f"{SVG}rect") is not None
    visit = by_title["Ofsted focused visit, March 2022"]
    assert visit.find(f"{SVG}circle").get("stroke-dasharray")
    assert [t.text for t in visit.iter(f"{SVG}text")] == ["FV"]


def test_a_report_agreeing_and_a_contradiction_are_marked():
    _, svg = drawn()
    by_title = {g.find(f"{SVG}title").text.split(".")[0]: g for g in marks(svg)}
    both = by_title[
        "Ofsted inspection, October 2019: overall effectiveness outstanding"
    ]
    assert len(both.findall(f"{SVG}circle")) == 2  # the mark and the report's dot
    disputed = by_title["Ofsted inspection, October 2019: children in care good"]
    assert "!" in [t.text for t in disputed.iter(f"{SVG}text")]
    assert "Other grades given: inadequate (mention)" in (
        disputed.find(f"{SVG}title").text
    )


def test_later_inspections_are_further_right():
    _, svg = drawn()
    x = {
        g.find(f"{SVG}title").text[:35]: float(g.find(f"{SVG}text").get("x"))
        for g in marks(svg)
    }
    assert (
        x["Ofsted inspection, October 2019: ov"]
        < x["Ofsted focused visit, March 2022"]
        < x["Ofsted inspection, December 2024: o"]
    )


def test_a_council_with_no_dated_judgement_has_no_chart():
    chart = timeline([judgement("other", None, None, source="mention")], "Kingston")
    assert chart.svg is None
    assert len(chart.undated) == 1
