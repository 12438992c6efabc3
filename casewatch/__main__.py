"""`python -m casewatch` is the casewatch command."""

from casewatch.cli import cli

cli()
