"""Events on a whole page: lists of go-lives, and one event told twice at different precision."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from fvmdocs.extract.document import extract_facts


def _events(nlp: Language, text: str, published: date) -> set[tuple[str, str | None, str]]:
    facts = extract_facts(nlp(text), published=published, doc_id="t", version=1)
    return {(e.type, e.date.value if e.date else None, e.status) for e in facts.events}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Tidplanen för huvudinförandet ligger fast:\n\nhösten 2024: södra Västra Götaland\n\n"
            "våren 2026: de norra och östra delarna",
            date(2022, 12, 14),
            {("golive", "2024-FA", "planned"), ("golive", "2026-SP", "planned")},
        ),
        (
            "Införandet sker i tre steg:\n\nSkånevård Sund och primärvården i april 2025.\n\n"
            "Skånes universitetssjukhus under hösten 2025.",
            date(2023, 4, 20),
            {("golive", "2025-04", "planned"), ("golive", "2025-FA", "planned")},
        ),
    ],
)
def test_list_of_go_lives(nlp: Language, text: str, published: date, expected: set[tuple[str, str | None, str]]) -> None:
    assert expected <= _events(nlp, text, published)


def test_a_past_event_told_again_less_precisely_counts_once(nlp: Language) -> None:
    text = (
        "Regiondirektören beslutade den 20 november att pausa införandet.\n\n"
        "Efter pausen i november arbetar personalen i de gamla systemen."
    )
    pauses = {e for e in _events(nlp, text, date(2025, 2, 1)) if e[0] == "pause"}
    assert pauses == {("pause", "2024-11-20", "happened")}
