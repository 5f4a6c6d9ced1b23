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


@pytest.mark.parametrize(
    ("text", "published", "expected", "absent"),
    [
        # a start that should have been, and was not: the plan's date is planned though past
        ("Journalen skulle enligt den första planen ha tagits i bruk våren 2021, men starten sköts upp.",
         date(2022, 3, 1), ("golive", "2021-SP", "planned"), ("golive", "2021-SP", "happened")),
        # the date a start was moved from is a plan; the move itself happened
        ("I december flyttade styrelsen den första starten från april 2021 till våren 2022.",
         date(2021, 6, 1), ("golive", "2021-04", "planned"), ("golive", "2021-04", "happened")),
        # the clause after "men" tells what did happen
        ("Kliniken skulle från början ha gått över i mars, men starten flyttades i februari.",
         date(2024, 6, 1), ("golive", "2024-03", "planned"), ("golive", "2024-03", "happened")),
        # a meeting that was planned and called off
        ("Informationsmötet, som var planerat till den 4 maj, ställdes in.",
         date(2023, 6, 1), ("meeting", "2023-05-04", "planned"), ("meeting", "2023-05-04", "happened")),
        # a start that did happen stays happened
        ("Vårdcentralerna gick över till Millennium i mars.",
         date(2024, 6, 1), ("golive", "2024-03", "happened"), ("golive", "2024-03", "planned")),
    ],
)  # fmt: skip
def test_a_plan_that_did_not_come_true_is_planned(
    nlp: Language,
    text: str,
    published: date,
    expected: tuple[str, str, str],
    absent: tuple[str, str, str],
) -> None:
    found = _events(nlp, text, published)
    assert expected in found
    assert absent not in found
