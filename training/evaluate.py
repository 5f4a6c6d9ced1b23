"""Dev-split scores and speed of a pipeline: per-label precision/recall/F1 and words/s."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example

LABELS = ("PER", "ORG", "LOC", "MISC")


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
