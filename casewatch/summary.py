"""What an archive holds, in the numbers a person checks after a crawl."""

from __future__ import annotations

from sqlite_utils import Database

COUNTS = {
    "sources": "select count(*) from sources",
    "documents": "select count(*) from documents",
    "document URLs": "select count(*) from document_urls",
    "pages": "select count(*) from pages",
    "pages read by OCR": "select count(*) from pages where ocr",
    "pages needing OCR": "select count(*) from pages where needs_ocr and not ocr",
    "mentions": "select count(*) from mentions",
    "news articles": "select count(*) from documents where kind = 'article'",
    "Ofsted judgements": "select count(*) from ofsted_judgements",
    "failures": "select count(*) from failures where resolved_at is null",
}


def counts(db: Database) -> dict[str, int]:
    """Rows of each kind in the archive; failures count only the unresolved."""
    return {name: db.execute(sql).fetchone()[0] for name, sql in COUNTS.items()}


def report(db: Database) -> str:
    """A plain-text summary: counts, each mention's place, each failure's reason."""
    lines = [f"{name:>18}: {value}" for name, value in counts(db).items()]
    lines.append("\nMentions:")
    for row in db.query(
        "select d.title, m.page_no, m.rule_id, m.snippet from mentions m"
        " join documents d using (sha256) order by d.title, m.page_no, m.start"
    ):
        lines.append(
            f"  {row['title']} p.{row['page_no']} [{row['rule_id']}] "
            f"{row['snippet'][:100]}"
        )
    lines.append("\nOfsted judgements each source states (one may state another's):")
    for row in db.query(
        "select source, count(*) as n, count(distinct la_code) as councils"
        " from judgement_sources group by source order by source"
    ):
        lines.append(
            f"  {row['source']}: {row['n']} judgements of {row['councils']} councils"
        )
    lines.append("\nFailures:")
    for row in db.query(
        "select source, url, stage, reason from failures where resolved_at is null"
        " order by source, url"
    ):
        lines.append(f"  {row['source']} {row['stage']}: {row['reason']}  {row['url']}")
    return "\n".join(lines)
