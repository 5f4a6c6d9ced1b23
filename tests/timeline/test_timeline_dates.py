from __future__ import annotations

import pytest

from fvmdocs.extract.facts import FactDate
from fvmdocs.timeline.dates import bound, display_date, event_date, precision_of, sort_key


@pytest.mark.parametrize(
    ("value", "precision"),
    [
        ("2024-11-09", "day"),
        ("2024-11-09TMO", "day"),
        ("2024-W46", "week"),
        ("2024-W45-WE", "week"),
        ("2024-11", "month"),
        ("2024-FA", "season"),
        ("2023-Q3", "quarter"),
        ("2025-H1", "half"),
        ("2022", "year"),
        ("2022/2023", "year"),
        ("PAST_REF", "unknown"),
        (None, "unknown"),
    ],
)
def test_precision_of(value: str | None, precision: str) -> None:
    assert precision_of(value) == precision


@pytest.mark.parametrize(
    ("value", "mod", "label"),
    [
        ("2024-11-09", None, "9 november 2024"),
        ("2024-FA", None, "hösten 2024"),
        ("2026-SP", None, "våren 2026"),
        ("2025-H1", None, "första halvåret 2025"),
        ("2024-11", "END", "i slutet av november 2024"),
        ("2026-FA", "AFTER", "tidigast hösten 2026"),
        ("2022/2023", None, "2022–2023"),
        ("2024-W46", None, "vecka 46 2024"),
    ],
)
def test_display_date(value: str, mod: str | None, label: str) -> None:
    assert display_date(event_date(FactDate(value, mod=mod))) == label


def test_vague_dates_sort_between_specific_ones() -> None:
    values = ["2024-11-09", "2024", "2024-FA", "2024-09-01", "2024-11", "2025-H1", "2024-10-25"]
    ordered = sorted(values, key=lambda v: sort_key(event_date(FactDate(v))))
    assert ordered == ["2024", "2024-09-01", "2024-FA", "2024-10-25", "2024-11", "2024-11-09", "2025-H1"]


def test_same_start_and_end_finer_precision_first() -> None:
    month = sort_key(event_date(FactDate("2024-11")))
    days = sort_key(event_date(FactDate("2024-11-01/2024-11-30")))
    assert month < days or month[:2] == days[:2]


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [("2024", False, "2024-01-01"), ("2024", True, "2024-12-31"), ("2024-02", True, "2024-02-29"),
     ("2024-11-09", False, "2024-11-09")],
)  # fmt: skip
def test_bound(text: str, end: bool, expected: str) -> None:
    assert bound(text, end=end) == expected


@pytest.mark.parametrize("text", ["hösten", "24-11", "2024-13"])
def test_bound_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        bound(text, end=False)
