"""The command line behaves as tools do: one setting for the archive, a closed pipe
is no error, a file it cannot read fails the command, counts in good English, and
`serve` warns when digests would link somewhere else."""

from __future__ import annotations

import os
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from casewatch.alerts.links import serving_warning
from casewatch.cli import cli
from casewatch.sample_sites import FILES
from tests.ports import free_port

SCANNED = FILES / "kingstonhospital" / "signed-minutes-march-2015-scanned.pdf"
ENCRYPTED = FILES / "southwarklscb" / "annual-report-2014-15-encrypted.pdf"
TRUNCATED = (
    FILES / "kingstonhospital" / "trust-board-part-1-september-2015-truncated.pdf"
)


def commands(group: click.Group, prefix: str = ""):
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from commands(command, f"{prefix}{name} ")
        else:
            yield f"{prefix}{name}", command


ARCHIVE_COMMANDS = [
    (name, command)
    for name, command in commands(cli)
    if any(param.name == "db_path" for param in command.params)
]


def test_every_command_that_takes_the_archive_has_the_same_option():
    assert {name for name, _ in ARCHIVE_COMMANDS} >= {
        "demo",
        "crawl",
        "serve",
        "run-once",
        "schedule",
        "health",
        "coverage",
        "import ofsted-outcomes",
        "alerts send",
        "alerts load",
        "subscribe",
        "subscriptions",
        "unsubscribe",
    }
    for name, command in ARCHIVE_COMMANDS:
        (option,) = [param for param in command.params if param.name == "db_path"]
        assert option.envvar == "CASEWATCH_DB", name


def test_casewatch_db_chooses_the_archive(tmp_path):
    archive = tmp_path / "elsewhere" / "archive.db"
    runner = CliRunner(env={"CASEWATCH_DB": str(archive)})
    added = runner.invoke(cli, ["subscribe", "k@example.org", "--council", "RBK"])
    assert added.exit_code == 0, added.output
    assert (archive.parent / "private" / "subscriptions.db").is_file()
    health = runner.invoke(cli, ["health"])
    assert health.exit_code == 1
    assert f"no archive at {archive}" in health.output
    # --db still wins over the environment
    other = tmp_path / "other.db"
    assert (
        f"no archive at {other}"
        in runner.invoke(cli, ["alerts", "send", "--db", str(other)]).output
    )


def test_a_reader_that_stops_reading_is_not_an_error():
    """`casewatch sources | head -1`: the reader closes the pipe early."""
    read, write = os.pipe()
    os.close(read)  # the reader has gone before casewatch writes its first line
    done = subprocess.run(
        [sys.executable, "-m", "casewatch", "sources"],
        stdout=write,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
    )
    os.close(write)
    assert done.returncode == 0
    assert done.stderr == ""


def test_sources_exits_1_only_for_entries_that_cannot_be_used(tmp_path):
    good = CliRunner().invoke(cli, ["sources", "--kind", "ofsted"])
    assert good.exit_code == 0
    watch_list = tmp_path / "sources.yml"
    watch_list.write_text("- slug: Not A Slug\n  name: x\n")
    bad = CliRunner().invoke(cli, ["sources", "--sources-file", str(watch_list)])
    assert bad.exit_code == 1
    assert "problem: " in bad.output


@pytest.mark.parametrize(
    ("path", "why"),
    [
        (ENCRYPTED, "the PDF is encrypted with a password"),
        (TRUNCATED, ""),
    ],
)
def test_detect_fails_on_a_file_it_cannot_read_and_goes_on(tmp_path, path, why):
    passage = tmp_path / "passage.txt"
    passage.write_text("The serious case review was not published.\n")
    result = CliRunner().invoke(cli, ["detect", str(path), str(passage)])
    assert result.exit_code == 1
    assert f"{path}: cannot read it: {why}" in result.output
    assert f"{passage}: 1 page, 1 mention, 1 review, 0 judgements" in result.output
    assert result.output.rstrip().endswith("1 file could not be read")


def test_detect_names_the_pages_with_no_text_layer():
    result = CliRunner().invoke(cli, ["detect", str(SCANNED)])
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        f"{SCANNED}: 2 pages, 0 mentions, 0 reviews, 0 judgements",
        "  pages 1, 2 have no text layer (scanned?): not read",
    ]


@pytest.mark.parametrize(
    ("public_url", "host", "port", "warned"),
    [
        ("http://127.0.0.1:8001", "127.0.0.1", 8001, False),
        ("http://localhost:8001", "127.0.0.1", 8001, False),
        ("http://127.0.0.1:8001", "127.0.0.1", 8002, True),
        ("http://127.0.0.1:8001", "0.0.0.0", 8001, True),
        ("https://archive.example.org", "127.0.0.1", 8001, False),  # a proxy
    ],
)
def test_serve_warns_when_digests_would_link_elsewhere(public_url, host, port, warned):
    said = serving_warning(public_url, host, port)
    assert bool(said) == warned
    if warned:
        assert f"this server is http://{host}:{port}" in said


def test_serve_says_so_when_it_starts(tmp_path):
    port = free_port()
    archive = tmp_path / "casewatch.db"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "casewatch",
            "serve",
            "--db",
            archive,
            "--port",
            f"{port}",
        ],
        env={**os.environ, "CASEWATCH_PUBLIC_URL": "http://127.0.0.1:8001"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        said = server.stderr.readline()
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert said == (
        "warning: digests link to http://127.0.0.1:8001 (CASEWATCH_PUBLIC_URL) but"
        f" this server is http://127.0.0.1:{port}: set CASEWATCH_PUBLIC_URL to the"
        " address readers open\n"
    )
