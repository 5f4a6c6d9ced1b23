import pytest

from fvmdocs import evaluate
from fvmdocs.evaluate import Check, flatten, format_checks


def test_flatten_nested_metrics() -> None:
    assert flatten({"people": {"f1": 0.9, "n": 3}, "ok": True, "name": "x", "mrr": 1}) == {
        "people.f1": 0.9,
        "people.n": 3.0,
        "mrr": 1.0,
    }


@pytest.mark.parametrize(
    ("value", "floor", "passed"),
    [(0.9, 0.8, True), (0.8, 0.8, True), (0.79, 0.8, False), (None, 0.8, False), (0.1, None, True)],
)
def test_check_against_floor(value: float | None, floor: float | None, passed: bool) -> None:
    assert Check("s", "m", value, floor).passed is passed


def test_gate_fails_below_floor(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(evaluate, "EVALUATIONS", {"toy": "fvmdocs.evaluate:_toy"})
    monkeypatch.setattr(evaluate, "_toy", lambda: {"f1": 0.5, "extra": 0.1}, raising=False)
    monkeypatch.setattr(evaluate, "load_floors", lambda: {"toy": {"f1": 0.6, "missing": 0.1}})
    assert evaluate.main([]) == 1
    out = capsys.readouterr().out
    assert "BELOW FLOOR" in out and "1 passed, 2 failed" in out


def test_format_shows_every_metric() -> None:
    table = format_checks([Check("search", "mrr", 0.91, 0.8)])
    assert "search" in table and "0.910" in table and "0.800" in table
