"""Does a model learned from the labelled texts find what the detector's rules miss?

Reads the JSON lines of LabelledExport (see README.md) and, for each of the held-out sets E, F, G
and H, trains on every other labelled text and tests on the set: the rules alone, against the
rules or (a name or a code found, and the model's probability above a threshold). The model is a
logistic regression over TF-IDF word unigrams and bigrams, plus whether a name or a code was
found. Then a 5-fold cross-validation over all texts, by group. An experiment, not the product.

Usage: python3 experiment.py labelled.jsonl [PREFIX=NAME ...]   (needs scikit-learn)
The held-out sets are E, F, G and H unless given, as id prefixes and names: hm-=M hn-=N.
"""
import json
import sys

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

HELD_OUT = {"he-": "E", "hf-": "F", "hg-": "G", "hh-": "H"}
THRESHOLDS = (0.7, 0.8)


def features(rows, vectorizer, fit):
    texts = [row["text"] for row in rows]
    words = vectorizer.fit_transform(texts) if fit else vectorizer.transform(texts)
    found = csr_matrix(np.array([[row["name"], row["code"]] for row in rows], dtype=float))
    return hstack([words, found]).tocsr()


def probabilities(train, test):
    vectorizer = TfidfVectorizer(lowercase=True, ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    model = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced")
    model.fit(features(train, vectorizer, True), [row["gold"] for row in train])
    return model.predict_proba(features(test, vectorizer, False))[:, 1]


def counts(rows, predicted):
    gold = np.array([row["gold"] for row in rows])
    return (f"{((predicted == 1) & (gold == 1)).sum()}/{(gold == 1).sum()} found, "
            f"{((predicted == 1) & (gold == 0)).sum()}/{(gold == 0).sum()} false alarms")


def combined(rows, p, threshold):
    rule = np.array([row["rule"] for row in rows])
    person = np.array([row["name"] or row["code"] for row in rows])
    return np.where((rule == 1) | ((person == 1) & (p > threshold)), 1, 0)


def main(path, held_out):
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    print("leave one held-out set out:")
    for prefix, name in held_out.items():
        train = [row for row in rows if not row["id"].startswith(prefix)]
        test = [row for row in rows if row["id"].startswith(prefix)]
        p = probabilities(train, test)
        line = [f"set {name}: rules {counts(test, np.array([row['rule'] for row in test]))}"]
        line += [f"rules or model > {t}: {counts(test, combined(test, p, t))}" for t in THRESHOLDS]
        print("  " + "; ".join(line))
    print("5-fold cross-validation, by group:")
    p = np.zeros(len(rows))
    for train, test in KFold(5, shuffle=True, random_state=1).split(rows):
        p[test] = probabilities([rows[i] for i in train], [rows[i] for i in test])
    groups = {"detect-dev": ("dev",), "sets A-D": ("hp-", "hb-", "hc-", "hd-"), "short prompts": ("sp",),
              "held-out sets " + "".join(held_out.values()): tuple(held_out)}
    for group, prefixes in groups.items():
        index = [i for i, row in enumerate(rows) if row["id"].startswith(prefixes)]
        part = [rows[i] for i in index]
        line = [f"{group}: rules {counts(part, np.array([row['rule'] for row in part]))}"]
        line += [f"rules or model > {t}: {counts(part, combined(part, p[index], t))}" for t in THRESHOLDS]
        print("  " + "; ".join(line))


if __name__ == "__main__":
    main(sys.argv[1], dict(arg.split("=", 1) for arg in sys.argv[2:]) or HELD_OUT)
