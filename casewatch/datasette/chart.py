"""A council's Ofsted judgements drawn as an SVG timeline, on the server.

One row per judgement area, time across: each judgement a mark coloured and
lettered by its grade, shaped by its best source (a circle: Ofsted's own data; a
square: the inspection report alone; a dashed circle: only the papers mention it),
with a dot beneath when the report states it too and a "!" when sources of the same
inspection disagree. Ungraded visits sit on a row of their own; undated judgements
cannot be placed and are returned to be listed. Pure: ofsted_timeline rows in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from casewatch.datasette import words

WIDTH, LEFT, RIGHT, TOP, ROW, AXIS, LEGEND = 900, 250, 60, 34, 40, 28, 56
AREAS = (
    "overall effectiveness",
    "help and protection",
    "children in care and care leavers",
    "children in care",
    "looked after children",
    "care leavers",
    "adoption",
    "leadership",
    "safeguarding",
    "safeguarding services",
)
VISITS_ROW = "visits"
GRADE_STYLE = {  # fill, letter colour, letters
    "outstanding": ("#1a7f37", "#fff", "O"),
    "good": ("#8fd19e", "#000", "G"),
    "requires_improvement": ("#f0b429", "#000", "RI"),
    "inadequate": ("#c62828", "#fff", "I"),
    "adequate": ("#e6dc8c", "#000", "A"),
}
VISIT_LETTERS = {"focused_visit": "FV", "monitoring_visit": "MV", "jtai": "JT"}


@dataclass(frozen=True)
class Timeline:
    svg: Markup | None
    undated: list[Mapping]


def timeline(rows: Sequence[Mapping], council: str) -> Timeline:
    """The chart of one council's judgements, and those it cannot place."""
    dated = [row for row in rows if years(row.get("date")) is not None]
    undated = [row for row in rows if years(row.get("date")) is None]
    if not dated:
        return Timeline(None, undated)
    lanes = [area for area in AREAS if any(lane(r) == area for r in dated)]
    lanes += sorted({lane(r) for r in dated} - set(lanes) - {VISITS_ROW})
    lanes += [VISITS_ROW] if any(lane(r) == VISITS_ROW for r in dated) else []
    scale = Scale.of([years(r["date"]) or 0.0 for r in dated])
    height = TOP + ROW * len(lanes) + AXIS + LEGEND
    parts = [
        f'<svg class="ofsted-chart" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-labelledby="ofsted-chart-title" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="ofsted-chart-title">{escape(chart_title(council, dated))}</title>',
        *lane_lines(lanes),
        *inspection_lines(dated, scale, len(lanes)),
        *axis(scale, TOP + ROW * len(lanes)),
        *(
            mark(row, scale, TOP + ROW * lanes.index(lane(row)) + ROW / 2)
            for row in dated
        ),
        *legend(TOP + ROW * len(lanes) + AXIS + 14),
        "</svg>",
    ]
    return Timeline(Markup("\n".join(parts)), undated)


def lane(row: Mapping) -> str:
    """The row a judgement is drawn on: its area, or visits for an ungraded one."""
    if not row.get("grade"):
        return VISITS_ROW
    return row.get("judgement_area") or "other"


def years(day: str | None) -> float | None:
    """'2024-12' as 2024.96 (the middle of the month); a year as its middle."""
    if not day or not day[:4].isdigit():
        return None
    if len(day) >= 7 and day[5:7].isdigit():
        return int(day[:4]) + (int(day[5:7]) - 0.5) / 12
    return int(day[:4]) + 0.5


@dataclass(frozen=True)
class Scale:
    first: int
    last: int

    @classmethod
    def of(cls, points: list[float]) -> Scale:
        """Whole years around the points, at least four of them."""
        first, last = int(min(points)), int(max(points)) + 1
        pad = max(0, 4 - (last - first))
        return cls(first - pad // 2, last + pad - pad // 2)

    def x(self, point: float) -> float:
        return LEFT + (point - self.first) / (self.last - self.first) * (
            WIDTH - LEFT - RIGHT
        )

    def ticks(self) -> range:
        step = (
            1
            if self.last - self.first <= 12
            else 2
            if self.last - self.first <= 24
            else 5
        )
        return range(self.first, self.last + 1, step)


def chart_title(council: str, dated: Sequence[Mapping]) -> str:
    first = min(r["date"] for r in dated)[:4]
    last = max(r["date"] for r in dated)[:4]
    span = first if first == last else f"{first} to {last}"
    return f"Ofsted judgements of {council}'s children's services, {span}"


def lane_lines(lanes: list[str]) -> list[str]:
    lines = []
    for n, name in enumerate(lanes):
        y = TOP + ROW * n + ROW / 2
        text = "Visits (no grade)" if name == VISITS_ROW else name.capitalize()
        lines.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y}" y2="{y}" '
            f'stroke="#ddd"/><text x="{LEFT - 12}" y="{y + 4}" text-anchor="end" '
            f'font-size="13">{escape(text)}</text>'
        )
    return lines


def inspection_lines(dated: Sequence[Mapping], scale: Scale, lanes: int) -> list[str]:
    """A faint line and the month over each inspection, where labels do not crowd."""
    months = sorted({r["date"] for r in dated if r.get("grade")})
    lines, last_x = [], -100.0
    for month in months:
        x = scale.x(years(month) or 0.0)
        lines.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{TOP - 4}" '
            f'y2="{TOP + ROW * lanes}" stroke="#bbb" stroke-dasharray="2 3"/>'
        )
        if x - last_x >= 70:
            lines.append(
                f'<text x="{x:.1f}" y="{TOP - 10}" text-anchor="middle" '
                f'font-size="12">{escape(words.uk_date(month))}</text>'
            )
            last_x = x
    return lines


def axis(scale: Scale, y: float) -> list[str]:
    parts = [
        f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y}" y2="{y}" stroke="#666"/>'
    ]
    for year in scale.ticks():
        x = scale.x(year)
        parts.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y}" y2="{y + 5}" stroke="#666"/>'
            f'<text x="{x:.1f}" y="{y + 19}" text-anchor="middle" font-size="12">'
            f"{year}</text>"
        )
    return parts


def mark(row: Mapping, scale: Scale, y: float) -> str:
    """One judgement: shape by best source, colour and letters by grade."""
    x = scale.x(years(row["date"]) or 0.0)
    fill, ink, letters = GRADE_STYLE.get(row.get("grade") or "", ("#fff", "#000", ""))
    letters = letters or VISIT_LETTERS.get(row.get("visit_type") or "", "V")
    source = row.get("source")
    if source == "report" and not row.get("in_official"):
        shape = (
            f'<rect x="{x - 12:.1f}" y="{y - 12}" width="24" height="24" rx="3" '
            f'fill="{fill}" stroke="#333"/>'
        )
    else:
        dash = ' stroke-dasharray="3 2"' if source == "mention" else ""
        shape = (
            f'<circle cx="{x:.1f}" cy="{y}" r="13" fill="{fill}" stroke="#333"{dash}/>'
        )
    extras = []
    if row.get("in_report") and row.get("in_official"):
        extras.append(f'<circle cx="{x:.1f}" cy="{y + 17}" r="2.5" fill="#333"/>')
    if row.get("contradicted_by"):
        extras.append(
            f'<text x="{x + 15:.1f}" y="{y - 7}" font-size="14" font-weight="bold" '
            f'fill="#c62828">!</text>'
        )
    return (
        f'<g class="judgement grade-{escape(row.get("grade") or "none")}">'
        f"<title>{escape(described(row))}</title>{shape}"
        f'<text x="{x:.1f}" y="{y + 4}" text-anchor="middle" font-size="11" '
        f'font-weight="bold" fill="{ink}">{letters}</text>{"".join(extras)}</g>'
    )


def described(row: Mapping) -> str:
    """What a mark's tooltip says: the judgement, its sources and any disagreement."""
    said = words.judgement(
        row.get("visit_type"),
        row.get("date"),
        row.get("judgement_area"),
        row.get("grade"),
    )
    if row.get("sources"):
        said += f". Stated by: {row['sources']}"
    if row.get("contradicted_by"):
        said += f". Other grades given: {str(row['contradicted_by']).replace('_', ' ')}"
    return said


def legend(y: float) -> list[str]:
    """What the shapes and letters mean, under the axis."""
    keys = [
        f'<circle cx="20" cy="{y}" r="7" fill="#fff" stroke="#333"/>'
        f'<text x="32" y="{y + 4}" font-size="12">Ofsted\'s published data</text>',
        f'<rect x="193" y="{y - 7}" width="14" height="14" rx="2" fill="#fff" '
        f'stroke="#333"/><text x="214" y="{y + 4}" font-size="12">'
        "the inspection report only</text>",
        f'<circle cx="400" cy="{y}" r="7" fill="#fff" stroke="#333" '
        f'stroke-dasharray="3 2"/><text x="412" y="{y + 4}" font-size="12">'
        "mentioned in the papers only</text>",
        f'<circle cx="610" cy="{y}" r="2.5" fill="#333"/>'
        f'<text x="619" y="{y + 4}" font-size="12">the report says so too</text>',
    ]
    grades = "".join(
        f'<tspan dx="{14 if n else 0}" font-weight="bold">{letters}</tspan> '
        f"{words.GRADES[grade]}"
        for n, (grade, (_, _, letters)) in enumerate(GRADE_STYLE.items())
    )
    keys.append(
        f'<text x="12" y="{y + 24}" font-size="12">{grades}<tspan dx="14" '
        'fill="#c62828" font-weight="bold">!</tspan> sources disagree</text>'
    )
    return keys
