"""The timeline as a plain-text table for the terminal, and the plan history under it."""

from __future__ import annotations

from fvmdocs.timeline.dates import display_date, precision_of
from fvmdocs.timeline.model import EventDate, Milestone, Timeline

_STATUS = {"planned": "planerad", "happened": "genomförd", "cancelled": "gäller ej"}
_OUTCOME = {"planned": "planerad", "happened": "genomförd", "paused": "pausad", "cancelled": "inställd"}


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def event_table(timeline: Timeline) -> str:
    """One line per event: date, status, type, title, number of sources."""
    lines = [f"{'datum':<26} {'status':<10} {'typ':<12} {'källor':>6}  händelse"]
    for event in timeline.events:
        status = "gäller ej" if event.cancelled else _STATUS.get(event.status, event.status)
        lines.append(
            f"{_cut(display_date(event.date), 26):<26} {status:<10} {event.type:<12} "
            f"{len(event.sources):>6}  {_cut(event.title, 70)}"
        )
    return "\n".join(lines)


def milestone_table(milestone: Milestone) -> str:
    """A milestone's plan history: publication date, what it said, then the outcome."""
    lines = [f"{milestone.name} [{milestone.id}]"]
    for plan in milestone.plans:
        when = EventDate(plan.value, plan.start, plan.end, precision_of(plan.value), plan.mod, plan.text)
        lines.append(f"  {plan.published or '----------'}  {_STATUS[plan.status]:<10} {display_date(when)}")
    outcome = milestone.outcome
    lines.append(f"  => {_OUTCOME[outcome.status]}: {outcome.note}")
    return "\n".join(lines)


def to_table(timeline: Timeline, *, milestones: bool = False) -> str:
    """The events, and with ``milestones`` the plan histories too."""
    parts = [event_table(timeline)]
    if milestones:
        parts.append("Planhistorik (när varje publicering sa att det skulle ske):")
        parts.extend(milestone_table(m) for m in timeline.milestones)
    return "\n\n".join(parts) + "\n"
