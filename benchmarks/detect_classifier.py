"""Would a learned passage classifier find the reviews the rules miss? A proposal's
numbers, not a part of casewatch.

The rules (`casewatch.detectors.find`) miss reviews on text they have not seen
because each page words them its own way (tests/corpus/README.md: the held-out
halves did not move while the rules were fitted to the tuning halves). This trains
a TF-IDF (word 1-2-grams and character 3-5-grams) logistic regression on the tuning
split of tests/corpus, one model for "states a case review" and one for "states an
Ofsted judgement", and scores passages of the held-out split: item precision and
recall against the labels, and false alarms on the hard negatives, for the rules
alone (the baseline, in the same run), the classifier alone and either, at three
thresholds. Needs scikit-learn, which casewatch does not depend on:

    .venv/bin/pip install scikit-learn
    .venv/bin/python benchmarks/detect_classifier.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from casewatch.detectors import find  # noqa: E402

THRESHOLDS = (0.5, 0.7, 0.85)


def main() -> None:
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union
    except ImportError:
        sys.exit("needs scikit-learn: .venv/bin/pip install scikit-learn")
    rows = [
        json.loads(line)
        for path in sorted((ROOT / "tests" / "corpus").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    tuning = [row for row in rows if row.get("split") != "heldout"]
    heldout = [row for row in rows if row.get("split") == "heldout"]
    found = [find([row["text"]]) for row in heldout]
    negatives = [bool(row.get("negative_kind")) for row in heldout]
    print(f"trained on {len(tuning)} tuning passages, scored on {len(heldout)}")
    for name, label, by_rules in (
        ("case reviews", "reviews", [bool(f.reviews) for f in found]),
        ("Ofsted judgements", "ofsted", [bool(f.judgements) for f in found]),
    ):
        words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        letters = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True
        )
        model = make_pipeline(
            make_union(words, letters),
            LogisticRegression(C=4, max_iter=2000, class_weight="balanced"),
        )
        model.fit([r["text"] for r in tuning], [bool(r[label]) for r in tuning])
        odds = model.predict_proba([r["text"] for r in heldout])[:, 1]
        gold = [bool(r[label]) for r in heldout]
        print(f"\n{name}")
        print(f"  rules (baseline)       {score(by_rules, gold, negatives)}")
        for threshold in THRESHOLDS:
            learned = [p >= threshold for p in odds]
            either = [a or b for a, b in zip(by_rules, learned, strict=True)]
            learned_score = score(learned, gold, negatives)
            print(f"  classifier >= {threshold:.2f}     {learned_score}")
            print(f"  rules or classifier    {score(either, gold, negatives)}")


def score(predicted: list[bool], gold: list[bool], negatives: list[bool]) -> str:
    pairs = list(zip(predicted, gold, strict=True))
    hits = sum(p and g for p, g in pairs)
    precision = hits / (sum(predicted) or 1)
    recall = hits / (sum(gold) or 1)
    alarms = sum(p for p, n in zip(predicted, negatives, strict=True) if n)
    return (
        f"P {precision:.2f} R {recall:.2f}  false alarms {alarms}/{sum(negatives)}"
        f" ({alarms / (sum(negatives) or 1):.1%})"
    )


if __name__ == "__main__":
    main()
