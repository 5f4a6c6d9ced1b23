from __future__ import annotations

import pytest

from fvmdocs.timeline.topics import golive_scope, pause_topic, says_cancelled

PLAN_2024 = (
    "Efter starten i söder fortsätter införandet enligt den tidplan som regionstyrelsen fastställde "
    "2022: övriga delar av södra området hösten 2025, norra och östra Västra Götaland våren 2026 och "
    "de västra delarna hösten 2026."
)
TURNS = "Våren 2026 är det de norra och östra delarnas tur, och hösten 2026 avslutas införandet i de västra delarna."
OFF = ("Pausen innebär att den tidigare tidplanen, med införande i resten av det södra området hösten 2025, "
       "i norr och öster våren 2026 och i väster hösten 2026, inte längre gäller.")  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "date_text", "scope"),
    [
        ("Hösten 2024 går sedan större delen av hälso- och sjukvården i södra Västra Götaland över till Millennium.",
         "Hösten 2024", "south"),
        ("De första verksamheterna, Södra Älvsborgs sjukhus och primärvården i området, ska enligt planen gå "
         "över till det nya systemet hösten 2020.", "hösten 2020", "south"),
        ("Regionstyrelsen beslutade på tisdagen att det första införandet skjuts upp till nästa höst.",
         "nästa höst", "south"),
        ("Arbetet ska återupptas i Södra Älvsborg tidigast hösten 2026.", "hösten 2026", "south"),
        ("Resten av det södra området följer ett år senare.", "ett år senare", "south-rest"),
        (PLAN_2024, "hösten 2025", "south-rest"),
        (PLAN_2024, "våren 2026", "north-east"),
        (PLAN_2024, "hösten 2026", "west"),
        (TURNS, "Våren 2026", "north-east"),
        (TURNS, "hösten 2026", "west"),
        (OFF, "hösten 2025", "south-rest"),
        (OFF, "våren 2026", "north-east"),
        (OFF, "hösten 2026", "west"),
        ("Därefter fortsätter införandet i etapper, och hela regionen ska vara med 2022.", "2022", "region"),
        ("2022–2023: övriga sjukhus och primärvård i regionen, område för område.", "2022–2023", "region"),
        ("Invånarna får nya e-tjänster genom Cerner virtual, som ska börja införas i höst.", "i höst", "eservices"),
        ("Den stora utrullningen börjar hösten 2024.", "hösten 2024", None),
    ],
)  # fmt: skip
def test_golive_scope(sentence: str, date_text: str, scope: str | None) -> None:
    assert golive_scope(sentence, date_text) == scope


@pytest.mark.parametrize(
    ("sentence", "cancelled"),
    [
        ("Det blir ingen start för Millennium i södra Västra Götaland hösten 2021.", True),
        ("Södra Älvsborgs sjukhus börjar inte använda Millennium i höst som det var planerat.", True),
        (OFF, True),
        ("Planen från 2022, med Millennium i hela regionen till hösten 2026, är därmed ersatt.", True),
        ("Införandet av Millennium i höst skjuts upp.", True),
        ("Regionstyrelsen beslutade att det första införandet skjuts upp till nästa höst.", False),
        ("Hösten 2024 går södra Västra Götaland över till Millennium.", False),
        ("Under 2025 testas systemet om, och något nytt införande blir inte aktuellt i år.", True),
        ("En start i vår är inte längre aktuell.", True),
        ("Frågan om en ny start är aktuell igen i höst.", False),
    ],
)
def test_says_cancelled(sentence: str, cancelled: bool) -> None:
    assert says_cancelled(sentence) is cancelled


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("Västra Götalandsregionen pausar införandet av Millennium.", "pause"),
        ("Återgången till de tidigare systemen ska vara klar i slutet av november.", "rollback"),
        ("Sedan i fredags går verksamheterna stegvis tillbaka till de tidigare systemen.", "rollback"),
    ],
)
def test_pause_topic(sentence: str, topic: str) -> None:
    assert pause_topic(sentence) == topic
