"""Article fields on saved news pages: casewatch's parser against two baselines in the
same run, a generic reader (first `<h1>`, `<meta>` tags, every `<p>` of the page) and
trafilatura (when installed: `.venv/bin/pip install trafilatura`).

Pages: tests/fixtures/news/*.expected.json, each labelled from its page's text before
a parser ran on it (tests/fixtures/news/PROVENANCE.md), split `dev` (the tests read
them) and `held_out` (only this benchmark does), real or an imitation of real markup.
Scored per page:
- five fields, each right or wrong: headline, date (the published day, UTC; the
  baselines give days), byline, first sentence of the story, canonical URL;
- story paragraphs: recall (labelled paragraphs found, so a dropped paragraph shows)
  and precision (found paragraphs that are story, so a leaked promotion shows);
- a page that is not a story (a live blog) is right only when declined; the
  baselines cannot decline, so it counts five wrong fields for them.
Prints a line per split, real or imitation, platform and reader; then each reader's
share of fields right over all pages and over the held-out real pages, and
casewatch's as a ratio to each baseline's.

    .venv/bin/python benchmarks/news_fields.py
"""

from __future__ import annotations

import sys
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from casewatch.pages.news import NotAStory, article  # noqa: E402
from tests.news_pages import SavedPage, first_sentence, same, saved_pages  # noqa: E402

FIELDS = ("headline", "date", "byline", "first_sentence", "canonical")


def casewatch_reader(page: SavedPage) -> dict | None:
    try:
        story = article(page.response(), page.platform)
    except NotAStory:
        return None
    return {
        "headline": story.headline,
        "published": story.published,
        "byline": story.byline,
        "canonical": story.canonical,
        "paragraphs": list(story.paragraphs),
    }


def generic_reader(page: SavedPage) -> dict:
    """What a page says at a glance: its first `<h1>`, its `<meta>`, all its `<p>`."""
    soup = BeautifulSoup(page.body(), "lxml")

    def meta(*keys: str) -> str:
        for key in keys:
            found = soup.find("meta", attrs={"property": key}) or soup.find(
                "meta", attrs={"name": key}
            )
            if found and found.get("content"):
                return str(found["content"])
        return ""

    heading = soup.find("h1")
    link = soup.find("link", rel="canonical")
    return {
        "headline": heading.get_text(" ") if heading else meta("og:title"),
        "published": meta("article:published_time", "parsely-pub-date"),
        "byline": meta("author"),
        "canonical": str(link["href"]) if link else meta("og:url"),
        "paragraphs": [p.get_text("") for p in soup.find_all("p")],
    }


def trafilatura_reader(page: SavedPage) -> dict:
    import trafilatura

    found = trafilatura.bare_extraction(
        page.body().decode("utf-8", "replace"),
        url=page.expected["url"],
        with_metadata=True,
    )
    lines = [line.removeprefix("- ") for line in (found.text or "").splitlines()]
    return {
        "headline": found.title or "",
        "published": found.date or "",
        "byline": found.author or "",
        "canonical": found.url or "",
        "paragraphs": [line for line in lines if line.strip()],
    }


def scores(page: SavedPage, found: dict | None) -> dict[str, float]:
    """Each field 1 or 0; paragraph recall and precision as shares."""
    wanted = page.expected
    if wanted.get("not_a_story") or found is None:
        right = float(bool(wanted.get("not_a_story")) and found is None)
        return dict.fromkeys(FIELDS, right) | {
            "recall": right,
            "precision": right,
        }
    story = [same(p) for p in found["paragraphs"] if same(p)]
    lead = {same(found["headline"]), same(wanted["standfirst"])}
    body = [p for p in story if p not in lead]
    labelled = {same(p) for p in wanted["paragraphs"]}
    return {
        "headline": float(same(found["headline"]) == same(wanted["headline"])),
        "date": float(_day(found["published"]) == _day(wanted["published"])),
        "byline": float(same(found["byline"]) == same(wanted["byline"])),
        "first_sentence": float(first_sentence(body) == same(wanted["first_sentence"])),
        "canonical": float(found["canonical"] == wanted["canonical"]),
        "recall": len(labelled & set(story)) / len(labelled),
        "precision": len(labelled & set(body)) / len(body) if body else 0.0,
    }


def _day(value: str) -> str:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value[:10]
    return (moment.astimezone(UTC) if moment.tzinfo else moment).date().isoformat()


def readers() -> dict:
    found = {"casewatch": casewatch_reader, "generic <h1>/<p>": generic_reader}
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        print("trafilatura is not installed: its baseline is left out")
    else:
        found["trafilatura"] = trafilatura_reader
    return found


def main() -> None:
    pages = saved_pages()
    table: dict[tuple, list[dict[str, float]]] = defaultdict(list)
    for page in pages:
        kind = "real" if page.expected["real"] else "imitation"
        for name, reader in readers().items():
            key = (page.expected["split"], kind, page.platform, name)
            table[key].append(scores(page, reader(page)))
    print(
        f"{len(pages)} pages; fields: {', '.join(FIELDS)}; paragraphs: recall/precision"
    )
    columns = f"{'split':9}{'kind':10}{'platform':14}{'reader':18}{'pages':>5}"
    print(f"{columns}  fields  recall  prec.")
    for key in sorted(table):
        rows = table[key]
        print(
            f"{key[0]:9}{key[1]:10}{key[2]:14}{key[3]:18}{len(rows):>5}"
            f"  {_share(rows, FIELDS):6.1%}  {_share(rows, ('recall',)):6.1%}"
            f"  {_share(rows, ('precision',)):5.1%}"
        )
    _summary("all pages", table, lambda key: True)
    _summary("held-out real pages", table, lambda key: key[:2] == ("held_out", "real"))


def _share(rows: list[dict[str, float]], fields: tuple[str, ...]) -> float:
    return sum(row[field] for row in rows for field in fields) / (
        len(rows) * len(fields)
    )


def _summary(label: str, table: dict, chosen) -> None:
    totals: dict[str, list[dict[str, float]]] = defaultdict(list)
    for key, rows in table.items():
        if chosen(key):
            totals[key[3]] += rows
    if not totals:
        return
    ours = _share(totals["casewatch"], FIELDS)
    parts = [f"{name} {_share(rows, FIELDS):.1%}" for name, rows in totals.items()]
    ratios = [
        f"{ours / share:.2f}x {name}"
        for name, rows in totals.items()
        if name != "casewatch" and (share := _share(rows, FIELDS))
    ]
    print(f"{label}: fields right: {', '.join(parts)}; casewatch {', '.join(ratios)}")


if __name__ == "__main__":
    main()
