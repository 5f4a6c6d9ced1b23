"""training.evaluate: per-sentence entity counts, micro P/R/F1 and the paired bootstrap."""

from __future__ import annotations

import pytest

from training.evaluate import Entity, paired_bootstrap, prf, sentence_counts

ANNA = (0, 4, "PER")
BORAS = (10, 15, "LOC")
BORAS_AS_ORG = (10, 15, "ORG")


@pytest.mark.parametrize(
    ("gold", "predicted", "label", "expected"),
    [
        ({ANNA, BORAS}, {ANNA, BORAS}, "ALL", (2, 0, 0)),
        ({ANNA, BORAS}, {ANNA, BORAS_AS_ORG}, "ALL", (1, 1, 1)),
        ({ANNA, BORAS}, {ANNA, BORAS_AS_ORG}, "LOC", (0, 0, 1)),
        ({ANNA, BORAS}, {ANNA, BORAS_AS_ORG}, "ORG", (0, 1, 0)),
        ({ANNA}, {(0, 3, "PER")}, "PER", (0, 1, 1)),  # a boundary error is both
        (set(), set(), "MISC", (0, 0, 0)),
    ],
)
def test_sentence_counts(
    gold: set[Entity], predicted: set[Entity], label: str, expected: tuple[int, int, int]
) -> None:
    assert sentence_counts([gold], [predicted])[0][label] == expected


def test_prf_is_micro_over_sentences() -> None:
    counts = sentence_counts([{ANNA}, {BORAS}], [{ANNA}, {BORAS_AS_ORG}])
    assert prf(counts, "ALL") == (0.5, 0.5, 0.5)
    assert prf(counts, "PER") == (1.0, 1.0, 1.0)
    assert prf(counts, "MISC") == (0.0, 0.0, 0.0)


def test_bootstrap_of_identical_pipelines_is_zero() -> None:
    counts = sentence_counts([{ANNA}, {BORAS}] * 20, [{ANNA}, {BORAS_AS_ORG}] * 20)
    assert paired_bootstrap(counts, counts, resamples=200) == {
        label: (0.0, 0.0, 0.0) for label in ("PER", "ORG", "LOC", "ALL")
    }


def test_bootstrap_interval_excludes_zero_only_for_a_broad_gain() -> None:
    gold = [{BORAS}] * 100
    base = sentence_counts(gold, [{BORAS_AS_ORG}] * 100)
    broad = sentence_counts(gold, [{BORAS}] * 50 + [{BORAS_AS_ORG}] * 50)
    narrow = sentence_counts(gold, [{BORAS}] + [{BORAS_AS_ORG}] * 99)
    point, low, high = paired_bootstrap(base, broad, labels=("LOC",), resamples=500)["LOC"]
    assert point == pytest.approx(2 / 3)  # LOC F1 0 -> 0.667
    assert 0 < low <= point <= high
    point, low, high = paired_bootstrap(base, narrow, labels=("LOC",), resamples=500)["LOC"]
    assert point > 0
    assert low == 0.0  # one fixed sentence is often left out of a resample
