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
# A crawl shared by many crawler processes through Redis (casewatch/shared).
redis_option = click.option(
    "--redis",
    metavar="redis://HOST:PORT/DB",
    envvar="CASEWATCH_REDIS",
    show_envvar=True,
    help="Share the crawl with other crawlers through this Redis server; the"
    " archive is written by `casewatch store`.",
)
