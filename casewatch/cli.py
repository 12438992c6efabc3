"""The `casewatch` command."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from casewatch import (
    PACKAGE_DIR,
    coverage,
    detectors,
    discover,
    health,
    jobs,
    nightly,
    places,
    summary,
)
from casewatch import demo as demo_module
from casewatch.alerts import cli as alerts_cli
from casewatch.alerts.links import serving_warning
from casewatch.alerts.smtp import public_url
from casewatch.official import import_group
from casewatch.options import db_option, redis_option
from casewatch.search_index.catch_up import index_command
from casewatch.shared import writer as shared_writer
from casewatch.sources import KINDS, PLATFORMS, SourcesError, WatchList, load_sources
from casewatch.text import ExtractionError, extract, needs_ocr
from casewatch.words import plural
from db import open_db


class Commands(click.Group):
    """casewatch's commands; output its reader stops reading (`casewatch sources |
    head`) ends the command quietly, with status 0, as it would for other tools."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # Python flushes stdout once more on the way out: let that go nowhere.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(0)


@click.group(cls=Commands)
def cli() -> None:
    """Watch public papers for case reviews and Ofsted judgements; keep the archive."""


@cli.command()
@db_option
@click.option("--serve/--no-serve", default=True, help="Serve the archive afterwards.")
@click.option("--port", default=8001, show_default=True, help="Datasette's port.")
@click.option(
    "--sites-port",
    default=demo_module.SAMPLE_SITES_PORT,
    show_default=True,
    help="The sample sites' port on 127.0.0.1.",
)
def demo(db_path: Path, serve: bool, port: int, sites_port: int) -> None:
    """Crawl the bundled sample sites on loopback, build the archive, serve it.

    Usage: casewatch demo --no-serve --db /tmp/demo.db
    """
    result = demo_module.build_archive(db_path, sites_port)
    click.echo(summary.report(open_db(db_path)))
    if result.returncode != 0:
        sys.exit(f"the crawl failed (exit {result.returncode})")
    if serve:
        click.echo(f"\nServing the archive on http://127.0.0.1:{port} (Ctrl-C stops)")
        sys.exit(jobs.serve(db_path, port=port))


@cli.command()
@click.argument("spiders", nargs=-1, required=True)
@db_option
@click.option("--source", "sources", multiple=True, help="Only this source slug.")
@click.option(
    "--sources-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A watch list other than casewatch/sources.yml.",
)
@redis_option
def crawl(
    spiders: tuple[str, ...],
    db_path: Path,
    sources: tuple[str, ...],
    sources_file: Path | None,
    redis: str | None,
) -> None:
    """Run spiders, each in its own process, into the archive; with --redis, as
    one of the crawlers of a shared crawl, whose writer is `casewatch store`.

    Usage: casewatch crawl listing --source kingston-hospital
    """
    try:
        load_sources(sources_file or PACKAGE_DIR / "sources.yml")
    except SourcesError as error:
        sys.exit(str(error))
    settings: dict[str, object] | None = {"CASEWATCH_REDIS": redis} if redis else None
    failed = [
        result.spider
        for spider in spiders
        if (
            result := jobs.crawl(spider, db_path, sources_file, sources, settings)
        ).returncode
    ]
    if not redis:  # a shared crawl's archive is the writer's
        click.echo(summary.report(open_db(db_path)))
    if failed:
        sys.exit(f"spiders that failed: {', '.join(failed)}")


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--jsonl",
    "jsonl",
    type=click.File("r", encoding="utf-8"),
    help='Passages, one JSON object a line: {"id", "text", "source_kind"?}.',
)
def detect(files: tuple[Path, ...], jsonl) -> None:
    """Print the case reviews and Ofsted judgements found in PDF, HTML or text files,
    or, with --jsonl, one line of records for each passage read.

    Usage: casewatch detect board-pack.pdf minutes.html passage.txt
           casewatch detect --jsonl passages.jsonl > records.jsonl
    """
    if jsonl:
        for line in jsonl:
            if line.strip():
                click.echo(json.dumps(records_of_passage(json.loads(line))))
        return
    if not files:
        raise click.UsageError("give files to read, or --jsonl")
    unreadable = 0
    for path in files:
        try:
            pages = document_pages(path)
        except ExtractionError as error:
            click.echo(f"{path}: cannot read it: {error}", err=True)
            unreadable += 1
            continue
        click.echo(describe(path, detectors.find(pages), len(pages)))
        if blank := [number for number, text in enumerate(pages, 1) if needs_ocr(text)]:
            click.echo(f"  {no_text_layer(blank)}")
    if unreadable:
        sys.exit(f"{plural(unreadable, 'file')} could not be read")


def records_of_passage(passage: dict) -> dict:
    findings = detectors.find([passage["text"]])
    return {
        "id": passage["id"],
        "reviews": [record.as_dict() for record in findings.reviews],
        "ofsted": [record.as_dict() for record in findings.judgements],
    }


def describe(path: Path, findings: detectors.Findings, page_count: int) -> str:
    """What `casewatch detect` prints of one file: records first, then mentions."""
    counts = [
        plural(page_count, "page"),
        plural(len(findings.mentions), "mention"),
        plural(len(findings.reviews), "review"),
        plural(len(findings.judgements), "judgement"),
    ]
    lines = [f"{path}: {', '.join(counts)}"]
    if findings.capped:
        lines.append(f"  capped: {findings.capped}")
    for review in findings.reviews:
        pages = ", ".join(sorted({f"p.{m.page_no}" for m in review.mentions}))
        lines.append(
            f"  review: {review.type} {review.subject or '(no subject)'}"
            f" | {review.local_authority or review.board or 'council unknown'}"
            f" | {review.status} | {pages}"
        )
        lines.append(f"    {review.status_sentence}")
    for judgement in findings.judgements:
        lines.append(
            f"  Ofsted: {judgement.local_authority or 'council unknown'}"
            f" | {judgement.judgement_area} | {judgement.grade or judgement.visit_type}"
            f" | {judgement.date or 'undated'} | p.{judgement.mention.page_no}"
        )
    for mention in findings.mentions:
        fields = ", ".join(f"{k}={v}" for k, v in mention.fields.items())
        lines.append(f"  p.{mention.page_no} {mention.rule_id} ({fields})")
        lines.append(f"    {mention.snippet}")
    return "\n".join(lines)


def no_text_layer(pages: list[int]) -> str:
    """Which pages have no text to read (scans): nothing on them was looked at."""
    numbers = ", ".join(map(str, pages))
    which = f"page {numbers} has" if len(pages) == 1 else f"pages {numbers} have"
    return f"{which} no text layer (scanned?): not read"


def document_pages(path: Path) -> list[str]:
    """Page texts of a file: plain text is one page, anything else is sniffed."""
    if path.suffix.lower() == ".txt":
        return [path.read_text(encoding="utf-8")]
    return extract(path).pages


@cli.command()
@db_option
@click.option(
    "--limit",
    default=jobs.OCR_LIMIT,
    show_default=True,
    help="Pages to read at most (CASEWATCH_OCR_PAGES_PER_DOCUMENT a document).",
)
def ocr(db_path: Path, limit: int) -> None:
    """OCR the archive's scanned pages that have not been read yet: pages older
    crawls kept, those past a document's page cap, and those that failed.

    Usage: casewatch ocr --db data/casewatch.db --limit 200
    """
    open_db(db_path).close()
    result = jobs.ocr(db_path, limit)
    if result.returncode:
        sys.exit(f"OCR failed (exit {result.returncode})")
    click.echo(result.summary)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True)
def serve(db_path: Path, host: str, port: int) -> None:
    """Publish the archive in Datasette (read-only) until interrupted.

    Usage: casewatch serve --db data/casewatch.db
    """
    if warning := serving_warning(public_url(), host, port):
        click.echo(f"warning: {warning}", err=True)
    open_db(db_path).close()
    sys.exit(jobs.serve(db_path, host, port))


@cli.command()
@click.option("--kind", type=click.Choice(KINDS), help="Only sources of this kind.")
@click.option("--platform", type=click.Choice(PLATFORMS), help="Only this platform.")
@click.option("--council", help="Only this council's: an ONS code or a council name.")
@click.option("--retired", is_flag=True, help="Councils abolished by reorganisation.")
@click.option(
    "--sources-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A watch list other than casewatch/sources.yml.",
)
def sources(
    kind: str | None,
    platform: str | None,
    council: str | None,
    retired: bool,
    sources_file: Path | None,
) -> None:
    """List the watch list's sources: slug, kind, platform, council, first URL and
    evidence (why its page is believed, or "unconfirmed"); then any entry that
    cannot be used, and why (the exit status is then 1).

    Usage: casewatch sources --platform moderngov --council "Kingston upon Thames"
    """
    try:
        watch_list = load_sources(sources_file or PACKAGE_DIR / "sources.yml")
        if not sources_file:  # the news titles have a list of their own
            titles = load_sources(PACKAGE_DIR / "news_sources.yml")
            watch_list = WatchList(
                watch_list.sources + titles.sources,
                watch_list.problems + titles.problems,
            )
    except SourcesError as error:
        sys.exit(str(error))
    code = ""
    if council:
        found = places.by_code(council) or places.council_for(council)
        if found is None:
            raise click.BadParameter(
                f"no council is called {council!r}", param_hint="--council"
            )
        code = found.code
    slugs = [source.slug for source in watch_list.sources if source.retired]
    for source in watch_list.select(
        slugs if retired else (), platform or "", kind or "", code
    ):
        click.echo(
            f"{source.slug}\t{source.kind}\t{source.platform}"
            f"\t{','.join(source.councils) or '-'}"
            f"\t{source.start_urls[0]}\t{source.evidence or '-'}"
            + (f"\tretired {source.retired}" if source.retired else "")
        )
    for problem in watch_list.problems:
        click.echo(f"problem: {problem.slug}: {problem.reason}", err=True)
    if watch_list.problems:
        sys.exit(1)


for command in (
    shared_writer.store,
    nightly.run_once,
    nightly.schedule,
    health.health_command,
    index_command,
    import_group,
    alerts_cli.alerts,
    alerts_cli.subscribe,
    alerts_cli.list_subscriptions,
    alerts_cli.unsubscribe,
    discover.discover_command,
    coverage.coverage_command,
):
    cli.add_command(command)
