"""Plan history: for a go-live reported again and again, the date each publication planned.

A milestone is a part of the region going live ("Södra Älvsborg", "hela regionen", ...). Every
page that mentions it adds a statement: the date it planned, that it happened, or that the plan
is off. The outcome says what became of it: happened, paused, cancelled or still planned.

>>> [p.value for p in milestone.plans]            # doctest: +SKIP
['2020-FA', '2020-FA', '2020-FA', '2021-FA', '2021-FA', '2024-FA', ...]
"""

from __future__ import annotations

from fvmdocs.timeline.dates import display_date, interval_of, precision_of
from fvmdocs.timeline.model import (
    PRECISIONS,
    EventDate,
    Milestone,
    MilestoneOutcome,
    PlanStatement,
    TimelineEvent,
)
from fvmdocs.timeline.topics import SCOPE_NAMES, SCOPES

_SCOPE_ORDER = [key for key, _, _ in SCOPES]


def _scope(event: TimelineEvent) -> str | None:
    return event.topic if event.type == "golive" and event.topic in SCOPE_NAMES else None


def _statements(events: list[TimelineEvent]) -> list[PlanStatement]:
    found: dict[tuple[str, str, str | None, str], PlanStatement] = {}
    for event in events:
        for source in event.sources:
            status = "happened" if source.status == "happened" else "planned"
            if status == "planned" and source.cancelled:
                status = "cancelled"
            when = source.date
            key = (source.published or "", source.id, when.value, status)
            span = interval_of(when.value, when.mod)
            found.setdefault(key, PlanStatement(
                published=source.published, value=when.value,
                start=span[0] if span else None, end=span[1] if span else None,
                text=when.text, mod=when.mod, status=status, source=source, event=event.id,
            ))  # fmt: skip
    return sorted(found.values(), key=lambda p: (p.published or "", p.source.id, p.start or "", p.status))


def _finest(statements: list[PlanStatement]) -> PlanStatement | None:
    if not statements:
        return None
    return min(statements, key=lambda p: (PRECISIONS.index(precision_of(p.value)), p.start or ""))


def _outcome(plans: list[PlanStatement], paused: TimelineEvent | None) -> MilestoneOutcome:
    happened = _finest([p for p in plans if p.status == "happened"])
    latest = plans[-1]
    after_start = (paused.date.start if paused else None) or (happened.start if happened else None)
    next_planned = None
    if latest.status == "planned" and (after_start is None or (latest.start or "") > after_start):
        next_planned = latest
    parts = []
    if happened:
        parts.append(f"genomförd {display_date(_as_date(happened))}")
    if paused:
        parts.append(f"pausad {display_date(paused.date)}")
    if latest.status == "cancelled" and not happened:
        parts.append(f"planen ({display_date(_as_date(latest))}) gäller inte längre")
    if next_planned:
        parts.append(f"planerad {display_date(_as_date(next_planned))}")
    if paused:
        status = "paused"
    elif happened:
        status = "happened"
    elif latest.status == "cancelled":
        status = "cancelled"
    else:
        status = "planned"
    return MilestoneOutcome(
        status=status,
        happened=happened.value if happened else None,
        paused=paused.date.value if paused else None,
        next_planned=next_planned.value if next_planned else None,
        note=("; ".join(parts) + ".").capitalize() if parts else "",
    )


def _as_date(plan: PlanStatement) -> EventDate:
    return EventDate(plan.value, plan.start, plan.end, precision_of(plan.value), plan.mod, plan.text)


def _is_pause(event: TimelineEvent) -> bool:
    """The pause itself, or a decision to pause ("beslutade ... att pausa införandet")."""
    if event.type == "pause":
        return event.topic == "pause"
    return event.type == "decision" and "pausa " in f"{event.title} {event.summary}".lower()


def _pauses(
    histories: dict[str, list[PlanStatement]], pauses: list[TimelineEvent]
) -> dict[str, TimelineEvent]:
    """Each pause belongs to the go-live that happened last before it."""
    started = {
        scope: max(p.start for p in plans if p.status == "happened" and p.start)
        for scope, plans in histories.items()
        if any(p.status == "happened" and p.start for p in plans)
    }
    result: dict[str, TimelineEvent] = {}
    for pause in pauses:
        before = [(start, scope) for scope, start in started.items() if pause.date.start and start <= pause.date.start]
        if before:
            result.setdefault(max(before)[1], pause)
    return result


def build_milestones(events: list[TimelineEvent]) -> tuple[list[Milestone], dict[str, str]]:
    """Milestones reported by at least two publications, and which event belongs to which."""
    by_scope: dict[str, list[TimelineEvent]] = {}
    for event in events:
        scope = _scope(event)
        if scope:
            by_scope.setdefault(scope, []).append(event)
    pauses = sorted(
        (e for e in events if e.status == "happened" and _is_pause(e)),
        key=lambda e: e.date.start or "",
    )
    histories = {scope: _statements(by_scope.get(scope, [])) for scope in _SCOPE_ORDER}
    histories = {s: plans for s, plans in histories.items() if len({p.source.id for p in plans}) >= 2}
    paused_by = _pauses(histories, pauses)
    milestones: list[Milestone] = []
    links: dict[str, str] = {}
    for scope, plans in histories.items():
        scoped = by_scope[scope]
        milestone_id = f"golive-{scope}"
        paused = paused_by.get(scope)
        outcome = _outcome(plans, paused)
        for event in scoped:
            links[event.id] = milestone_id
        if paused is not None:
            links.setdefault(paused.id, milestone_id)
        milestones.append(Milestone(
            id=milestone_id, name=SCOPE_NAMES[scope], type="golive", plans=tuple(plans),
            outcome=outcome, events=tuple(e.id for e in scoped),
        ))  # fmt: skip
    milestones.sort(key=lambda m: (m.plans[0].published or "", -len(m.plans), m.id))
    return milestones, links
