"""training.convert: the corpus reader, spacing and the seeded split the dev scores rely on."""

from __future__ import annotations

import pytest
from spacy.vocab import Vocab

from training.convert import (
    TaggedSentence,
    entity_spans,
    read_sentences,
    spaces_for,
    split,
    to_doc,
)


def test_read_sentences_mixed_separators_and_stray_lines() -> None:
    lines = [
        "Anna\tPER",
        "Berg   PER",
        "bor\t0",
        "stray",
        "i\t0",
        "Borås\tLOC",
        "",
        "",
        "Ja\t0",
        "",
    ]
    assert list(read_sentences(lines)) == [
        TaggedSentence(("Anna", "Berg", "bor", "i", "Borås"), ("PER", "PER", "0", "0", "LOC")),
        TaggedSentence(("Ja",), ("0",)),
    ]


@pytest.mark.parametrize(
    ("words", "text"),
    [
        (["Hej", ",", "sa", "hon", "."], "Hej, sa hon."),
        (["Han", "sa", "”", "nej", "”", "."], "Han sa ”nej”."),
        (["Priset", "(", "100", "kr", ")", "höjs"], "Priset (100 kr) höjs"),
        (["–", "Nu", "kör", "vi", "!"], "– Nu kör vi!"),
    ],
)
def test_spacing(words: list[str], text: str) -> None:
    doc = to_doc(Vocab(), TaggedSentence(tuple(words), ("0",) * len(words)))
    assert doc.text == text
    assert len(spaces_for(words)) == len(words)


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["PER", "PER", "0", "LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
        (["ORG", "LOC", "LOC"], [(0, 1, "ORG"), (1, 3, "LOC")]),
        (["0", "0"], []),
    ],
)
def test_entity_spans(tags: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert list(entity_spans(tags)) == spans


def test_split_is_seeded_and_disjoint() -> None:
    sentences = [TaggedSentence((f"ord{i}",), ("0",)) for i in range(100)]
    train, dev = split(sentences)
    assert split(sentences) == (train, dev)
    assert len(dev) == 10
    assert not set(train) & set(dev)
