"""Crawl progress, per source and overall: log lines when stderr is not a terminal,
one status line redrawn in place when it is (through a pseudo-terminal)."""

import fcntl
import os
import pty
import re
import struct
import subprocess
import termios

from casewatch import jobs
from casewatch.demo import LOOPBACK_SETTINGS
from tests.board_site import SLUG, BoardSite

# six packs and one dead link; each pack is slow enough for progress to show
SETTINGS = {
    **LOOPBACK_SETTINGS,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    "CASEWATCH_PROGRESS_INTERVAL": 0.1,
}
COLUMNS = 160
DONE = "8/8 requests done, 6 documents, 1 failure"


def test_without_a_terminal_progress_is_log_lines_per_source_and_overall(
    tmp_path, capfd
):
    with BoardSite(tmp_path, 7, delay=0.3, missing=(4,)) as site:
        settings = {**SETTINGS, "LOG_LEVEL": "INFO"}
        result = jobs.crawl(
            "nhs_board", tmp_path / "casewatch.db", site.sources, settings=settings
        )
    assert result.returncode == 0
    log = capfd.readouterr().err
    overall = re.findall(r"INFO: Progress: (.*)", log)
    of_source = re.findall(rf"INFO: Progress of {SLUG}: (.*)", log)
    assert len(overall) >= 2  # while the packs came in, not only at the end
    assert overall[-1] == f"{DONE}; 1/1 sources finished"
    assert of_source[-1] == DONE
    assert len(set(overall)) == len(overall)  # a line only when something moved
    assert "\x1b[K" not in log


def test_on_a_terminal_progress_is_one_line_redrawn_in_place(tmp_path):
    with BoardSite(tmp_path, 7, delay=0.3, missing=(4,)) as site:
        command = jobs.crawl_command(
            "nhs_board", tmp_path / "casewatch.db", site.sources, settings=SETTINGS
        )
        output = run_on_a_terminal(command)
    redraws = output.split("\r\x1b[K")[1:]
    assert len(redraws) >= 2  # while the packs came in, not only at the end
    assert all(len(line.rstrip("\r\n")) < COLUMNS for line in redraws)
    assert (
        redraws[-1].strip() == f"Progress: {DONE}; 1/1 sources finished; {SLUG}: {DONE}"
    )
    assert "INFO: Progress" not in output


def run_on_a_terminal(command: list[str]) -> str:
    """What the command writes to stderr when stderr is a (pseudo-)terminal."""
    controller, terminal = pty.openpty()
    rows_and_columns = struct.pack("HHHH", 24, COLUMNS, 0, 0)
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, rows_and_columns)
    environment = {**os.environ, "SCRAPY_SETTINGS_MODULE": jobs.SETTINGS_MODULE}
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=terminal, env=environment
    )
    os.close(terminal)
    output = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the terminal closed: the crawl has ended
            break
        if not chunk:
            break
        output += chunk
    os.close(controller)
    assert process.wait(timeout=60) == 0
    return output.decode()
