"""Command-line options that several command modules share."""

from __future__ import annotations

from pathlib import Path

import click

# Every command that reads or writes the archive takes it from here: --db, else
# CASEWATCH_DB (as `scrapy crawl` does), else data/casewatch.db.
db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="CASEWATCH_DB",
    show_envvar=True,
    default=Path("data/casewatch.db"),
    show_default=True,
    help="The SQLite archive.",
)
