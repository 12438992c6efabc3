"""Command-line options that several command modules share."""

from __future__ import annotations

from pathlib import Path

import click

db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("data/casewatch.db"),
    show_default=True,
    help="The SQLite archive.",
)
