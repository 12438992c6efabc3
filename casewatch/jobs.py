"""The work the CLI and the scheduler start: crawls (each in a child process)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from casewatch import datasette as casewatch_datasette
from casewatch.archive import files_root

SETTINGS_MODULE = "casewatch.settings"
# A killed crawl rerun within this many hours resumes; later, it starts over (the
# next night's crawl must see every document again).
RESUME_WITHIN_HOURS = 12
# In a crawl's job folder (casewatch/resume.py writes them): the URLs of the
# documents it stored, and the marks of a crawl that started crawling (its spider
# open, its run recorded) and of one that finished.
JOURNAL = "stored.txt"
STARTED = "started"
FINISHED = "finished"


@dataclass(frozen=True)
class CrawlResult:
    """How one spider's child process ended."""

    spider: str
    returncode: int
    timed_out: bool = False


def job_folder(db_path: Path, spider: str, command: list[str]) -> Path:
    """Where a crawl keeps its resume journal: one folder per spider and everything
    it was asked (watch list, sources, arguments, settings), beside the archive."""
    key = hashlib.sha256(json.dumps(command).encode()).hexdigest()[:16]
    return db_path.parent / "jobs" / f"{spider}-{key}"


def crawl(
    spider: str,
    db_path: Path,
    sources: Path | None = None,
    source_slugs: tuple[str, ...] = (),
    settings: dict[str, object] | None = None,
    timeout: float | None = None,
    arguments: dict[str, str] | None = None,
) -> CrawlResult:
    """Run one spider to completion in a child process (the reactor cannot restart);
    `arguments` are the spider's `-a name=value` (e.g. since).

    A crawl that was killed (or timed out) and is run again with the same arguments
    resumes: documents it had stored are not fetched again (casewatch/resume.py).
    The `timeout` counts from when it started crawling, so that a busy machine's
    slow start is not taken out of its time. However it ended, the search index
    then takes in what it stored. With CASEWATCH_REDIS in `settings` the crawl is
    shared (shared_crawl), and what it finds is stored, and indexed, by the
    writer's night.
    """
    if settings and settings.get("CASEWATCH_REDIS"):
        return shared_crawl(
            spider, db_path, sources, source_slugs, settings, timeout, arguments
        )
    # here, not at the top: a crawl's own process imports this module, not tantivy
    from casewatch.search_index.catch_up import catch_up

    command = crawl_command(spider, db_path, sources, source_slugs, settings, arguments)
    job = job_folder(db_path, spider, command)
    _start_over_if_stale(job)
    job.mkdir(parents=True, exist_ok=True)
    command += ["-s", f"CASEWATCH_JOB_DIR={job}"]
    environment = {**os.environ, "SCRAPY_SETTINGS_MODULE": SETTINGS_MODULE}
    returncode = _run_within(command, environment, job / STARTED, timeout)
    catch_up(db_path)
    if returncode is None:
        return CrawlResult(spider, -1, timed_out=True)
    if (job / FINISHED).exists():
        shutil.rmtree(job)
        with contextlib.suppress(OSError):  # another crawl's folder is still there
            job.parent.rmdir()
    return CrawlResult(spider, returncode)


def _run_within(
    command: list[str], environment: dict, started: Path, timeout: float | None
) -> int | None:
    """The crawl's return code, or None if it ran past `timeout` counted from its
    `started` mark (casewatch/resume.py) and was killed."""
    started.unlink(missing_ok=True)
    with subprocess.Popen(command, env=environment) as process:
        if timeout is not None:
            while process.poll() is None and not started.exists():
                time.sleep(0.1)
        try:
            return process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            return None


def shared_crawl(
    spider: str,
    db_path: Path,
    sources: Path | None,
    source_slugs: tuple[str, ...],
    settings: dict[str, object],
    timeout: float | None,
    arguments: dict[str, str] | None,
) -> CrawlResult:
    """One crawler process of a crawl shared through Redis (casewatch/shared): the
    same spider, sources and arguments on any machine share one queue, so a
    killed crawl resumes from that queue; the crawler keeps its copies under the
    files root beside `db_path` (mounted from the writer's) and reads no archive:
    the writer (`casewatch store`) stores what it sends."""
    asked = [spider, sorted(source_slugs), sorted((arguments or {}).items())]
    key = hashlib.sha256(json.dumps(asked).encode()).hexdigest()[:16]
    shared = {"CASEWATCH_REDIS_CRAWL": f"{spider}-{key}", **settings}
    command = crawl_command(spider, db_path, sources, source_slugs, shared, arguments)
    command += ["-s", "CASEWATCH_DB="]
    environment = {**os.environ, "SCRAPY_SETTINGS_MODULE": SETTINGS_MODULE}
    try:
        completed = subprocess.run(command, env=environment, timeout=timeout)
    except subprocess.TimeoutExpired:
        return CrawlResult(spider, -1, timed_out=True)
    return CrawlResult(spider, completed.returncode)


@dataclass(frozen=True)
class OcrResult:
    """How a `casewatch ocr` child process ended, and the line it printed."""

    returncode: int
    summary: str
    timed_out: bool = False


# Pages `casewatch ocr` and a night read at most: about an hour of one core.
OCR_LIMIT = 1000


def ocr(
    db_path: Path, limit: int = OCR_LIMIT, timeout: float | None = None
) -> OcrResult:
    """OCR the archive's unread scanned pages (pipelines/ocr.py) in a child process,
    killed at `timeout`: each document is stored as soon as it is read, so a kill
    loses only the one in hand."""
    command = [sys.executable, "-m", "pipelines.ocr", "--db", str(db_path)]
    command += ["--limit", str(limit)]
    try:
        done = subprocess.run(command, timeout=timeout, capture_output=True, text=True)
    except subprocess.TimeoutExpired:
        return OcrResult(-1, "", timed_out=True)
    if done.returncode:
        sys.stderr.write(done.stderr)
    return OcrResult(done.returncode, done.stdout.strip())


def crawl_command(
    spider: str,
    db_path: Path,
    sources: Path | None = None,
    source_slugs: tuple[str, ...] = (),
    settings: dict[str, object] | None = None,
    arguments: dict[str, str] | None = None,
) -> list[str]:
    """The `scrapy crawl` command line of one crawl into the archive at db_path."""
    overrides = {
        "CASEWATCH_DB": db_path,
        "CASEWATCH_FILES": files_root(db_path),
        **({"CASEWATCH_SOURCES": sources} if sources else {}),
        **(settings or {}),
    }
    command = [sys.executable, "-m", "scrapy", "crawl", spider]
    for name, value in overrides.items():
        command += ["-s", f"{name}={value}"]
    if source_slugs:
        command += ["-a", f"source={','.join(source_slugs)}"]
    for name, value in (arguments or {}).items():
        command += ["-a", f"{name}={value}"]
    return command


def _start_over_if_stale(job: Path) -> None:
    journal = job / JOURNAL
    if journal.exists():
        age = time.time() - journal.stat().st_mtime
        if age > RESUME_WITHIN_HOURS * 3600:
            shutil.rmtree(job)


def datasette_metadata() -> dict:
    """db/metadata.yml (the archive is `casewatch` whatever its file's name)."""
    import db

    return yaml.safe_load(
        (Path(db.__file__).parent / "metadata.yml").read_text("utf-8")
    )


def datasette_command(db_path: Path, metadata: Path, host: str, port: int) -> list[str]:
    """The command that publishes an archive read-only, with its plugin and pages.

    Not immutable (`-i`): the nightly crawl writes while Datasette reads, so reads
    use SQLite's `mode=ro` and the plugin sets `query_only` on every connection.
    """
    return [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        str(db_path),
        "--host",
        host,
        "--port",
        str(port),
        "--metadata",
        str(metadata),
        "--plugins-dir",
        str(casewatch_datasette.PLUGINS),
        "--template-dir",
        str(casewatch_datasette.TEMPLATES),
        "--setting",
        "suggest_facets",
        "off",
    ]


def serve(db_path: Path, host: str = "127.0.0.1", port: int = 8001) -> int:
    """Serve the archive in Datasette until interrupted or terminated.

    Datasette runs as a child process; terminating casewatch terminates it too
    rather than leaving it serving. Stopped by a signal counts as a normal end.
    """
    with tempfile.TemporaryDirectory() as folder:
        metadata = Path(folder) / "metadata.json"
        metadata.write_text(json.dumps(datasette_metadata()))
        command = datasette_command(db_path, metadata, host, port)
        with subprocess.Popen(command) as server:
            signal.signal(signal.SIGTERM, lambda *_: server.terminate())
            try:
                server.wait()
            except KeyboardInterrupt:  # Datasette had the same Ctrl-C
                server.wait()
        return max(server.returncode, 0)
