"""casewatch: an archive of case reviews and Ofsted judgements in public papers."""

from pathlib import Path

PACKAGE_DIR = Path(__file__).parent
