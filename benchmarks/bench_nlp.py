"""Words/s of the shipped Swedish pipeline: ``nlp(text)`` per article and batched ``nlp.pipe``.

The text is the dev split of the Swedish NER corpus (``training.convert``), 20 sentences to a
pseudo-article, so figures are comparable with the model card. Threads are left to the
environment: set ``OMP_NUM_THREADS=1`` for the single-core figure the card reports.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.vocab import Vocab

SENTENCES_PER_ARTICLE = 20
BATCH_SIZE = 64
ROUNDS = 3


def pseudo_articles() -> list[str]:
    """Dev sentences joined into article-sized texts, one paragraph per 5 sentences."""
    from training.convert import load_split, to_doc

    vocab = Vocab()
    sentences = [to_doc(vocab, sentence).text for sentence in load_split()[1]]
    articles = []
    for start in range(0, len(sentences), SENTENCES_PER_ARTICLE):
        chunk = sentences[start : start + SENTENCES_PER_ARTICLE]
        paragraphs = [" ".join(chunk[i : i + 5]) for i in range(0, len(chunk), 5)]
        articles.append("\n\n".join(paragraphs))
    return articles


def _best_rate(run: Callable[[], None], n_words: int) -> float:
    """Words/s of the fastest of ``ROUNDS`` runs (the machine is shared)."""
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return n_words / best


def _consume(docs: Iterable[object]) -> None:
    for _ in docs:
        pass


def rates(nlp: Language, texts: list[str]) -> dict[str, float]:
    """Words/s single-process per text and with ``nlp.pipe`` (n_process=1)."""
    n_words = sum(len(text.split()) for text in texts)
    _consume(nlp.pipe(texts[:3]))  # warm-up: first calls allocate
    return {
        "nlp(text)": _best_rate(lambda: _consume(nlp(text) for text in texts), n_words),
        f"nlp.pipe(batch_size={BATCH_SIZE})": _best_rate(
            lambda: _consume(nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=1)), n_words
        ),
    }


def main() -> None:
    from fvmdocs.nlp import load_pipeline

    started = time.perf_counter()
    nlp = load_pipeline()
    load_seconds = time.perf_counter() - started
    texts = pseudo_articles()
    n_words = sum(len(text.split()) for text in texts)
    print(f"   pipeline: {', '.join(nlp.pipe_names)} (loaded in {load_seconds:.2f} s)")
    print(f"   text: {len(texts)} pseudo-articles, {n_words} words")
    for name, rate in rates(nlp, texts).items():
        print(f"   {name:<26} {rate:>9,.0f} words/s")
