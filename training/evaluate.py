"""Dev-split scores and speed of a pipeline: per-label precision/recall/F1, words/s, and a
paired bootstrap over sentences for the difference between two pipelines."""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example

LABELS = ("PER", "ORG", "LOC", "MISC")
Entity = tuple[int, int, str]  # start_char, end_char, label
SentenceCounts = dict[str, tuple[int, int, int]]  # label (and "ALL") -> (tp, fp, fn)


def dev_docs(nlp: Language, path: Path) -> list[Doc]:
    """Gold docs from a DocBin written by ``training.convert``."""
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def score(nlp: Language, gold: Sequence[Doc]) -> dict[str, Any]:
    """Overall and per-label P/R/F of ``nlp`` re-tokenizing each gold text, as on real pages."""
    examples = [Example(nlp.make_doc(doc.text), doc) for doc in gold]
    scores = nlp.evaluate(examples)
    per_type = scores.get("ents_per_type") or {}
    result: dict[str, Any] = {
        "ALL": {"p": scores["ents_p"], "r": scores["ents_r"], "f": scores["ents_f"]},
    }
    for label in LABELS:
        if label in per_type:
            result[label] = per_type[label]
    return result


def words_per_second(nlp: Language, texts: Sequence[str], batch_size: int | None = None) -> float:
    """Words/s of ``nlp(text)`` per text, or of ``nlp.pipe`` with ``batch_size``."""
    n_words = sum(len(text.split()) for text in texts)
    started = time.perf_counter()
    if batch_size is None:
        for text in texts:
            nlp(text)
    else:
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass
    return n_words / (time.perf_counter() - started)


def format_scores(scores: dict[str, Any]) -> str:
    """One line per label: ``PER  P 0.912 R 0.901 F 0.906``."""
    return "\n".join(
        f"{label:<5} P {row['p']:.3f}  R {row['r']:.3f}  F {row['f']:.3f}"
        for label, row in scores.items()
    )


def sentence_counts(
    gold: Sequence[set[Entity]], predicted: Sequence[set[Entity]]
) -> list[SentenceCounts]:
    """Per sentence and label (and ``ALL``): true positives, false positives, false negatives.

    Exact character spans and labels, as spaCy's NER scorer counts them.
    """
    result = []
    for gold_entities, predicted_entities in zip(gold, predicted, strict=True):
        counts: SentenceCounts = {}
        for label in LABELS:
            g = {entity for entity in gold_entities if entity[2] == label}
            p = {entity for entity in predicted_entities if entity[2] == label}
            counts[label] = (len(p & g), len(p - g), len(g - p))
        counts["ALL"] = (
            len(predicted_entities & gold_entities),
            len(predicted_entities - gold_entities),
            len(gold_entities - predicted_entities),
        )
        result.append(counts)
    return result


def prf(counts: Sequence[SentenceCounts], label: str) -> tuple[float, float, float]:
    """Micro precision, recall and F1 of ``label`` summed over sentences."""
    tp = sum(sentence[label][0] for sentence in counts)
    fp = sum(sentence[label][1] for sentence in counts)
    fn = sum(sentence[label][2] for sentence in counts)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    total = precision + recall
    return precision, recall, (2 * precision * recall / total if total else 0.0)


def paired_bootstrap(
    base: Sequence[SentenceCounts],
    new: Sequence[SentenceCounts],
    labels: Sequence[str] = ("PER", "ORG", "LOC", "ALL"),
    resamples: int = 2000,
    seed: int = 1234,
) -> dict[str, tuple[float, float, float]]:
    """F1 difference ``new - base`` per label and its 95 % interval, resampling sentences.

    Both pipelines are scored on the same resampled sentences (paired), so the interval
    reflects which sentences the dev split happens to hold.
    """
    rng = random.Random(seed)
    n = len(base)
    deltas: dict[str, list[float]] = {label: [] for label in labels}
    for _ in range(resamples):
        sample = [rng.randrange(n) for _ in range(n)]
        resampled_base = [base[i] for i in sample]
        resampled_new = [new[i] for i in sample]
        for label in labels:
            deltas[label].append(prf(resampled_new, label)[2] - prf(resampled_base, label)[2])
    result = {}
    for label in labels:
        ordered = sorted(deltas[label])
        point = prf(new, label)[2] - prf(base, label)[2]
        result[label] = (
            point,
            ordered[int(0.025 * resamples)],
            ordered[int(0.975 * resamples) - 1],
        )
    return result
