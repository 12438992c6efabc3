"""Detector quality on the labelled corpus (every tests/corpus/*.jsonl), scored by the
matching rules of ../shared/LABELS.md, separately for the tuning split and the
held-out split (rows with "split": "heldout").

What is scored how:
- Output is what `casewatch detect --jsonl` writes for a passage: its review and
  Ofsted records (`detectors.find` on the passage as one page).
- Items: a passage with any label is a positive, one with a `negative_kind` a hard
  negative; other passages (collective mentions in the first corpus) are neither.
  A passage with any record is predicted positive. False alarms: hard negatives with
  any record, since a digest sends records (casewatch/alerts: a mention of reviews
  in general is no item); and (after "|") with any mention at all, which the
  archive keeps and its search shows.
- Review records match when the type family agrees (SCR; CSPR/LCSPR/NCSPR; SAR;
  DHR; other) and every fact the label states is in the output: the subject by a
  shared name word, the council by a shared place word (or the same ONS code). A
  null label field asks nothing. Ignored as name words: child, baby, family, and
  titles and generic words (adult, mr, mrs, ms, miss, young, person, case); as place
  words: council, borough, county, city, safeguarding, children, board, partnership
  and the like; a leading north/south/east/west... stays with the next word, so
  East Sussex does not match West Sussex.
- Ofsted records match when the grade is equal (null for visits) and, where the
  label names a council, the output names the same place.
- Each label matches at most one output (a maximum matching); outputs left over are
  false positives. Record precision, recall and F1 for reviews and Ofsted.
- Review status: of the matched reviews whose label says a status, how many
  outputs say it, say "unknown", or say another; and how many say one where the
  label says "unknown".
- Review subjects: of the matched reviews whose label names a subject, how many
  outputs give every name word of it (a first name alone matches, but is cut).
- Ofsted dates: of the matched judgements (matched, among equal fits, to an output
  of the same date first), how many whose label has a date carry it (the same
  month, or year where the label gives a year), carry none, or carry another; and
  how many carry a date where the label has none (the page does not date it).
- Reviews naming a council: labels with a local authority whose review was found
  (type and subject right), and how many of those outputs carry that council.
- Misses by kind: an unmatched label whose nearest leftover output fails one fact
  is a council, subject, type (reviews) or grade (Ofsted) miss; with none it is
  missed; leftover outputs are spurious; a matched review whose status differs is
  a status miss. The tuning split's are listed by id (`--misses` prints each with
  its text); the held-out split's are only counted.
- Baseline in the same run: a keyword alert (a review phrase, or "Ofsted" with a
  grade word), scored on the same items.

    .venv/bin/python benchmarks/detect_quality.py [--misses]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from casewatch.detectors import find  # noqa: E402
from casewatch.places import council_for  # noqa: E402

CORPUS_DIR = ROOT / "tests" / "corpus"
KEYWORDS = re.compile(
    r"serious case review|safeguarding practice review|safeguarding adults? review"
    r"|domestic homicide review|ofsted\W+(?:\w+\W+){0,12}?(?:inadequate|outstanding"
    r"|good|requires improvement)",
    re.IGNORECASE,
)
FAMILY = {"LCSPR": "CSPR", "NCSPR": "CSPR"}
NOT_NAMES = {
    "child", "children", "baby", "babies", "family", "adult", "mr", "mrs", "ms",
    "miss", "young", "person", "case", "and", "the", "of",
}  # fmt: skip
NOT_PLACES = {
    "council", "borough", "county", "city", "metropolitan", "district", "royal",
    "of", "the", "and", "upon", "on", "in", "safeguarding", "children", "childrens",
    "child", "adults", "adult", "board", "partnership", "partnerships", "local",
    "lscb", "lscp", "scb", "scp", "sab", "csp", "community", "safety", "services",
    "service", "trust", "group", "review",
}  # fmt: skip
NOT_BOARDS = NOT_PLACES - {"safeguarding", "community", "safety"}
LEADING = {
    "north", "south", "east", "west", "central", "mid", "greater", "new", "upper",
    "lower",
}  # fmt: skip

Label = dict
Output = dict
Fit = Callable[[Label, Output], list[str]]


def words(text: str | None, ignored: set[str]) -> set[str]:
    """Lower-case words of a name, ignored words dropped; a leading compass word is
    kept with the word after it ("east sussex")."""
    found, prefix = [], ""
    for word in re.findall(
        r"[a-z0-9]+", re.sub(r"['\u2019]s\b", "", (text or "").lower())
    ):
        if word in LEADING:
            prefix += word + " "
        elif word not in ignored:
            found.append(prefix + word)
            prefix = ""
    return set(found) | ({prefix.strip()} if prefix else set())


def same_place(label_place: str, output: Output) -> bool:
    if words(label_place, NOT_PLACES) & words(output["local_authority"], NOT_PLACES):
        return True
    council = council_for(label_place)
    return bool(council and output.get("la_code") == council.code)


def review_fails(label: Label, output: Output) -> list[str]:
    """The facts of a review label this output gets wrong (none: a match)."""
    fails = []
    if FAMILY.get(label["type"], label["type"]) != FAMILY.get(
        output["type"], output["type"]
    ):
        fails.append("type")
    subject = words(label["subject"], NOT_NAMES)
    if subject and not subject & words(output["subject"], NOT_NAMES):
        fails.append("subject")
    if label["local_authority"] and not same_place(label["local_authority"], output):
        fails.append("council")
    return fails


def ofsted_fails(label: Label, output: Output) -> list[str]:
    fails = [] if label["grade"] == output["grade"] else ["grade"]
    if label["local_authority"] and not same_place(label["local_authority"], output):
        fails.append("council")
    return fails


def date_fit(label: str, output: str | None) -> str:
    """Whether an output's date is the label's ("2017-06", or "2017" where the
    label gives only the year), none, or another."""
    if output is None:
        return "none"
    return "right" if str(output)[: len(label)] == label else "wrong"


def same_dates_first(labels: list, outputs: list, pairs: dict) -> dict[int, int]:
    """A matching as large as `pairs` that pairs labels with outputs of the same
    date where it can: two "requires improvement" of 2017 and 2022 are each
    scored against their own."""

    def same(label: Label, output: Output) -> list[str]:
        fit = label.get("date") and date_fit(label["date"], output.get("date"))
        return ofsted_fails(label, output) or ([] if fit == "right" else ["date"])

    first = matching(labels, outputs, same)
    rest = [i for i in range(len(labels)) if i not in first]
    free = [j for j in range(len(outputs)) if j not in first.values()]
    more = matching([labels[i] for i in rest], [outputs[j] for j in free], ofsted_fails)
    both = {**first, **{rest[i]: free[j] for i, j in more.items()}}
    return both if len(both) == len(pairs) else pairs


def matching(labels: list, outputs: list, fails: Fit) -> dict[int, int]:
    """A maximum matching of labels to outputs they fit: {label index: output index}."""
    fits = [
        [j for j, out in enumerate(outputs) if not fails(label, out)]
        for label in labels
    ]
    owner: dict[int, int] = {}

    def place(i: int, seen: set[int]) -> bool:
        for j in fits[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or place(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(labels)):
        place(i, set())
    return {i: j for j, i in owner.items()}


def misses(labels: list, outputs: list, pairs: dict, fails: Fit) -> list[tuple]:
    """(kind, label, output) for each miss of one passage."""
    found = []
    left = [j for j in range(len(outputs)) if j not in pairs.values()]
    for i in (i for i in range(len(labels)) if i not in pairs):
        near = [(fails(labels[i], outputs[j]), j) for j in left]
        near = [(f, j) for f, j in near if len(f) == 1]
        if near:
            kind, j = near[0][0][0], near[0][1]
            left.remove(j)
            found.append((kind, labels[i], outputs[j]))
        else:
            found.append(("missed", labels[i], None))
    found += [("spurious", None, outputs[j]) for j in left]
    for i, j in pairs.items():
        if labels[i].get("status") not in (None, outputs[j].get("status")):
            found.append(("status", labels[i], outputs[j]))
    return found


def run(row: dict) -> dict:
    """The row with what casewatch and the keyword alert make of its text."""
    findings = find([row["text"]])
    return {
        **row,
        "split": row.get("split", "tuning"),
        "out_reviews": [record.as_dict() for record in findings.reviews],
        "out_ofsted": [record.as_dict() for record in findings.judgements],
        "mentioned": bool(findings.mentions),
        "keyword": bool(KEYWORDS.search(row["text"])),
    }


class Tally:
    """Counts for one set of passages."""

    def __init__(self) -> None:
        self.items: dict[str, Counter] = defaultdict(Counter)
        self.records: dict[str, Counter] = defaultdict(Counter)
        self.misses: dict[str, list] = defaultdict(list)
        self.councils: Counter = Counter()
        self.boards: Counter = Counter()
        self.dates: Counter = Counter()
        self.statuses: Counter = Counter()
        self.subjects: Counter = Counter()

    def add(self, row: dict) -> None:
        self.add_items(row)
        for name, fails in (("reviews", review_fails), ("Ofsted", ofsted_fails)):
            labels, outputs = row[name.lower()], row[f"out_{name.lower()}"]
            pairs = matching(labels, outputs, fails)
            if name == "Ofsted":
                pairs = same_dates_first(labels, outputs, pairs)
                self.add_dates(labels, outputs, pairs)
            found = misses(labels, outputs, pairs, fails)
            counts = self.records[name]
            counts["tp"] += len(pairs)
            counts["fn"] += len(labels) - len(pairs)
            counts["fp"] += len(outputs) - len(pairs)
            for kind, label, output in found:
                self.misses[f"{name} {kind}"].append((row, label, output))
            if name == "reviews":
                self.add_councils(labels, pairs, found)
                self.add_boards(labels, outputs, pairs)
                self.add_statuses(labels, outputs, pairs)
                self.add_subjects(labels, outputs, pairs)

    def add_items(self, row: dict) -> None:
        positive = bool(row["reviews"] or row["ofsted"])
        negative = bool(row["negative_kind"])
        ours = bool(row["out_reviews"] or row["out_ofsted"])
        for name, said in (("casewatch", ours), ("keyword alert", row["keyword"])):
            counts = self.items[name]
            counts["tp"] += positive and said
            counts["fn"] += positive and not said
            counts["fp"] += negative and said
            counts["negatives"] += negative
        self.items["casewatch"]["mention alarms"] += negative and row["mentioned"]

    def add_statuses(self, labels: list, outputs: list, pairs: dict) -> None:
        for i, j in pairs.items():
            label, output = labels[i]["status"], outputs[j]["status"]
            if label == "unknown":
                self.statuses["unknown"] += 1
                self.statuses["said anyway"] += output != "unknown"
            else:
                self.statuses["said"] += 1
                self.statuses["right"] += output == label
                self.statuses["none"] += output == "unknown"

    def add_subjects(self, labels: list, outputs: list, pairs: dict) -> None:
        """Of the reviews found whose label names a subject: how many outputs give
        every name word of it ("Lucy McHugh", not "Lucy")."""
        for i, j in pairs.items():
            if subject := words(labels[i]["subject"], NOT_NAMES):
                self.subjects["named"] += 1
                self.subjects["whole"] += subject <= words(
                    outputs[j]["subject"], NOT_NAMES
                )

    def add_dates(self, labels: list, outputs: list, pairs: dict) -> None:
        for i, j in pairs.items():
            label, output = labels[i].get("date"), outputs[j].get("date")
            if label is None:
                self.dates["undated"] += 1
                self.dates["dated anyway"] += output is not None
            else:
                self.dates["dated"] += 1
                self.dates[date_fit(label, output)] += 1

    def add_councils(self, labels: list, pairs: dict, found: list) -> None:
        named = [label for label in labels if label["local_authority"]]
        self.councils["labels"] += len(named)
        matched = sum(1 for i in pairs if labels[i]["local_authority"])
        wrong = [out for kind, lab, out in found if kind == "council"]
        self.councils["found"] += matched + len(wrong)
        self.councils["right"] += matched
        self.councils["any"] += matched + sum(bool(o["local_authority"]) for o in wrong)

    def add_boards(self, labels: list, outputs: list, pairs: dict) -> None:
        """Of the reviews found whose label names a board: how many outputs give a
        board, and how many give the same one (a word of its name in common, its
        place and its own words apart)."""
        for i, j in pairs.items():
            if board := labels[i]["board"]:
                given = outputs[j]["board"]
                self.boards["labels"] += 1
                self.boards["given"] += bool(given)
                self.boards["right"] += bool(
                    words(board, NOT_BOARDS) & words(given, NOT_BOARDS)
                )


def rates(counts: Counter) -> tuple[float, float, float]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision = tp / ((tp + fp) or 1)
    recall = tp / ((tp + fn) or 1)
    return precision, recall, 2 * precision * recall / ((precision + recall) or 1)


def prf(counts: Counter) -> str:
    precision, recall, f1 = rates(counts)
    tp, found = counts["tp"], counts["tp"] + counts["fn"]
    return (
        f"P {precision:.2f} R {recall:.2f} F1 {f1:.2f} "
        f"({tp}/{found}, {counts['fp']} false)"
    )


def share(part: int, whole: int) -> str:
    return f"{part}/{whole} {part / (whole or 1):.0%}"


def report(title: str, rows: list[dict], misses_shown: str) -> None:
    """Print one split's scores; misses_shown is "texts", "ids" or "counts"."""
    tally = tally_of(rows)
    negatives = tally.items["casewatch"]["negatives"]
    positives = sum(bool(r["reviews"] or r["ofsted"]) for r in rows)
    print(f"\n== {title}: {len(rows)} passages, {positives} positive, "
          f"{negatives} hard negatives")  # fmt: skip
    for name, counts in tally.items.items():
        alarms = share(counts["fp"], negatives)
        if name == "casewatch":
            alarms += f" | any mention {share(counts['mention alarms'], negatives)}"
        print(f"  items {name:<13} {prf(counts)}  false alarms {alarms}")
    for name, counts in tally.records.items():
        print(f"  records {name:<11} {prf(counts)}")
    c = tally.councils
    print(f"  reviews naming a council: {c['labels']} labelled, {c['found']} found, "
          f"right council {share(c['right'], c['found'])}, "
          f"any council {share(c['any'], c['found'])}")  # fmt: skip
    st = tally.statuses
    wrong = st["said"] - st["right"] - st["none"]
    print(f"  review status: of {st['said']} found whose label says one, right "
          f"{share(st['right'], st['said'])}, unknown {st['none']}, another {wrong}; "
          "one said where the label says unknown "
          f"{share(st['said anyway'], st['unknown'])}")  # fmt: skip
    su = tally.subjects
    print(f"  review subjects: of {su['named']} found whose label names one, whole "
          f"{share(su['whole'], su['named'])}")  # fmt: skip
    d = tally.dates
    print(f"  Ofsted dates: of {d['dated']} found whose label has one, right "
          f"{share(d['right'], d['dated'])}, none {d['none']}, another {d['wrong']}; "
          "dated where the label has none "
          f"{share(d['dated anyway'], d['undated'])}")  # fmt: skip
    b = tally.boards
    print(f"  reviews found whose label names a board: {b['labels']}, a board given "
          f"{share(b['given'], b['labels'])}, the same board "
          f"{share(b['right'], b['labels'])}")  # fmt: skip
    by_kind(rows)
    print_misses(tally, title, misses_shown)


def tally_of(rows: list[dict]) -> Tally:
    tally = Tally()
    for row in rows:
        tally.add(row)
    return tally


def by_kind(rows: list[dict]) -> None:
    print("  by source_kind      items P    R  alarms  reviews F1  Ofsted F1")
    for kind in sorted({row["source_kind"] for row in rows}):
        some = [row for row in rows if row["source_kind"] == kind]
        tally = tally_of(some)
        items, records = tally.items["casewatch"], tally.records
        precision, recall, _ = rates(items)
        alarms = items["fp"] / (items["negatives"] or 1)
        cells = [
            f"{known(precision, items['tp'] + items['fp']):>5}",
            f"{known(recall, items['tp'] + items['fn']):>4}",
            f"{known(alarms, items['negatives'], '.0%'):>5}",
            f"{known(rates(records['reviews'])[2], records['reviews'].total()):>10}",
            f"{known(rates(records['Ofsted'])[2], records['Ofsted'].total()):>9}",
        ]
        print(f"    {kind:<11} {len(some):>4}  " + "  ".join(cells))


def known(value: float, basis: int, form: str = ".2f") -> str:
    """A rate, or "-" where nothing was there to count it on."""
    return format(value, form) if basis else "-"


def print_misses(tally: Tally, title: str, shown: str) -> None:
    """The misses by kind: counted only on the held-out split, so nothing there
    is tuned on one passage at a time."""
    print(f"  misses ({title}):")
    for kind, found in sorted(tally.misses.items()):
        line = f"    {kind:<18} {len(found):>3}"
        if shown != "counts":
            line += "  " + " ".join(sorted({row["id"] for row, _, _ in found}))
        print(line)
        for row, label, output in found if shown == "texts" else ():
            print(f"      {row['id']} label {brief(label)} / output {brief(output)}")
            print(f"        {row['text'][:300]}")


def brief(record: dict | None) -> str:
    if record is None:
        return "-"
    keys = ("type", "subject", "local_authority", "grade", "judgement_area", "status")
    return "|".join(str(record[k]) for k in keys if k in record)


def run_file(path: Path) -> list[dict]:
    """Every labelled passage of a JSON-lines file, run."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [run(json.loads(line)) for line in lines if line.strip()]


def main() -> None:
    shown = "texts" if "--misses" in sys.argv[1:] else "ids"
    files = sorted(CORPUS_DIR.glob("*.jsonl"))
    rows = [row for path in files for row in run_file(path)]
    tuning = [row for row in rows if row["split"] != "heldout"]
    heldout = [row for row in rows if row["split"] == "heldout"]
    print(f"tests/corpus: {len(rows)} passages, {len(tuning)} tuning, "
          f"{len(heldout)} held-out")  # fmt: skip
    report("tuning", tuning, shown)
    report("held-out", heldout, "counts")


if __name__ == "__main__":
    main()
