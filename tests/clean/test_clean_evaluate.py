"""The clean gate measures every fixture page on both paths and splits off held-out pages."""

from __future__ import annotations

import pytest

from fvmdocs.clean.evaluate import evaluate_clean, token_f1


@pytest.mark.parametrize(
    ("predicted", "gold", "f1"),
    [
        ("Millennium pausas i söder", "Millennium pausas i söder", 1.0),
        ("", "Millennium pausas", 0.0),
        ("Millennium pausas nu", "Millennium pausas", 0.8),
        ("MILLENNIUM, pausas!", "millennium pausas", 1.0),
    ],
)
def test_token_f1(predicted: str, gold: str, f1: float) -> None:
    assert token_f1(predicted, gold) == pytest.approx(f1)


def test_evaluate_clean_reports_both_paths_and_splits() -> None:
    metrics = evaluate_clean()
    for path in ("generic", "profile"):
        dev = metrics[path]["dev"]
        assert dev["n"] >= 12
        assert dev["body_f1"] >= 0.98
        assert dev["title"] == dev["published"] == dev["updated"] == 1.0
        assert metrics[path]["heldout"]["n"] >= 4
