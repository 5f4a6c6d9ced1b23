from __future__ import annotations

import random

from timeline.facts_builder import decision, doc, event, facts

from fvmdocs.timeline import TimelineFilters, build_timeline

PAUSE_1 = "Beslutet att pausa införandet av Millennium fattades av regiondirektören på onsdagen."
PAUSE_2 = "Den 20 november beslutade regiondirektören att pausa införandet."
DOCS = [doc("a", "2024-06-12"), doc("b", "2024-11-21"), doc("c", "2024-11-27"), doc("d", "2022-05-18")]


def _sample() -> list:
    return [
        facts("d", "2022-05-18",
              event("d", "golive", "2024-FA", "Hösten 2024 går södra Västra Götaland över till Millennium.",
                    status="planned", text="Hösten 2024")),
        facts("a", "2024-06-12",
              event("a", "golive", "2024-11-09", "Lördagen den 9 november 2024 börjar Södra Älvsborgs sjukhus.",
                    status="planned", text="Lördagen den 9 november 2024")),
        facts("b", "2024-11-21",
              event("b", "pause", "2024-11-20", PAUSE_1, actors=("regiondirektören",), text="på onsdagen"),
              event("b", "golive", "2024-11-09", "Sedan starten den 9 november har avvikelser rapporterats.",
                    text="den 9 november", start=200),
              decision("b", "regiondirektören", "pausa införandet", "2024-11-20", PAUSE_1)),
        facts("c", "2024-11-27",
              event("c", "pause", "2024-11-20", PAUSE_2, actors=("regiondirektören",), text="Den 20 november"),
              decision("c", "regiondirektören", "pausa införandet", "2024-11-20", PAUSE_2),
              decision("c", "regionstyrelsen", "ställa sig bakom pausen", "2024-11-26",
                       "Regionstyrelsen beslutade på tisdagen att ställa sig bakom beslutet.", start=300)),
    ]  # fmt: skip


def test_pause_reported_on_two_pages_is_one_event_with_two_sources() -> None:
    timeline = build_timeline(_sample(), DOCS)
    pauses = [e for e in timeline.events if e.type == "pause"]
    assert len(pauses) == 1
    assert [s.id for s in pauses[0].sources] == ["b", "c"]
    assert pauses[0].date.value == "2024-11-20"
    assert pauses[0].actors == ("regiondirektören",)


def test_decisions_become_decision_events_and_merge_across_pages() -> None:
    timeline = build_timeline(_sample(), DOCS)
    decisions = [e for e in timeline.events if e.type == "decision"]
    assert [(e.date.value, len(e.sources)) for e in decisions] == [("2024-11-20", 2), ("2024-11-26", 1)]


def test_golive_planned_then_happened_latest_source_wins_and_says_so() -> None:
    timeline = build_timeline(_sample(), DOCS)
    (golive,) = [e for e in timeline.events if e.type == "golive"]
    assert golive.status == "happened"
    assert golive.date.value == "2024-11-09"  # the finest date the sources give
    assert [s.status for s in golive.sources] == ["planned", "planned", "happened"]
    assert golive.status_note and "2024-11-21" in golive.status_note
    assert golive.title == "Driftstart: Södra Älvsborg (första starten)"


def test_ids_are_stable_across_runs_and_input_order() -> None:
    first = [e.id for e in build_timeline(_sample(), DOCS).events]
    shuffled = _sample()
    random.Random(7).shuffle(shuffled)
    assert [e.id for e in build_timeline(shuffled, list(reversed(DOCS))).events] == first
    assert "pause-2024-11-20-pause" in first
    assert "golive-2024-11-09-south" in first


def test_events_sorted_by_start_end_precision() -> None:
    timeline = build_timeline(_sample(), DOCS)
    starts = [e.date.start for e in timeline.events]
    assert starts == sorted(starts)  # type: ignore[type-var]


def test_different_parts_of_the_region_stay_apart() -> None:
    sample = [facts("d", "2022-05-18", event(
        "d", "golive", "2026-FA",
        "Våren 2026 är det de norra och östra delarnas tur, och hösten 2026 avslutas införandet i de västra delarna.",
        status="planned", text="hösten 2026")),
        facts("e", "2025-10-15", event("e", "golive", "2026-FA",
              "Arbetet ska återupptas i Södra Älvsborg tidigast hösten 2026.", status="planned",
              text="hösten 2026", mod="AFTER"))]  # fmt: skip
    timeline = build_timeline(sample, [doc("d", "2022-05-18"), doc("e", "2025-10-15")])
    assert sorted(e.topic or "" for e in timeline.events) == ["south", "west"]


def test_cancelled_plan_is_marked() -> None:
    sample = [
        facts("x", "2020-10-28", event("x", "golive", "2021-FA", "Hösten 2021: Södra Älvsborgs sjukhus.",
                                       status="planned", text="Hösten 2021")),
        facts("y", "2021-06-10", event("y", "golive", "2021-FA",
              "Det blir ingen start för Millennium i södra Västra Götaland hösten 2021.",
              status="planned", text="hösten 2021")),
    ]  # fmt: skip
    (golive,) = build_timeline(sample, [doc("x", "2020-10-28"), doc("y", "2021-06-10")]).events
    assert golive.cancelled and golive.status == "planned"
    assert golive.status_note and "gäller inte längre" in golive.status_note


def test_filters() -> None:
    sample = _sample()
    assert {e.type for e in build_timeline(sample, DOCS, filters=TimelineFilters(types=("pause",))).events} == {"pause"}
    since = build_timeline(sample, DOCS, filters=TimelineFilters(since="2024-11-21"))
    assert [e.date.value for e in since.events] == ["2024-11-26"]
    until = build_timeline(sample, DOCS, filters=TimelineFilters(until="2024-11-19"))
    assert [e.type for e in until.events] == ["golive"]
    org = build_timeline(sample, DOCS, filters=TimelineFilters(org="styrelsen"))
    assert [e.date.value for e in org.events] == ["2024-11-26"]


def test_undated_events_are_kept() -> None:
    sample = [facts("z", "2021-06-10", event("z", "letter", None, "Regionen har skickat ett formellt brev till Cerner.",
                                             actors=("Cerner",)))]  # fmt: skip
    (letter,) = build_timeline(sample, [doc("z", "2021-06-10")]).events
    assert letter.date.precision == "unknown" and letter.date.start is None
    assert letter.id == "letter-odaterad-cerner"
