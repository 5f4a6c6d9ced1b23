"""The timeline's plain dataclasses: merged events, their sources, and plan histories."""

from __future__ import annotations

from dataclasses import dataclass, field

SCHEMA_VERSION = "1.0"

PRECISIONS = ("day", "week", "month", "quarter", "season", "half", "year", "unknown")
"""From the finest to the vaguest; the order breaks ties when two events start and end together."""


@dataclass(frozen=True)
class SourceDocument:
    """What the timeline needs to know about a stored page: where it is and when it was published."""

    id: str
    url: str
    published: str | None
    title: str = ""


@dataclass(frozen=True)
class EventDate:
    """A date as the timeline shows it: TIMEX3 value, calendar interval, precision, words."""

    value: str | None
    start: str | None
    end: str | None
    precision: str
    mod: str | None = None
    text: str = ""


@dataclass(frozen=True)
class EventSource:
    """One page that reports an event, with the sentence that says it and what it said."""

    id: str
    url: str
    published: str | None
    sentence: str
    status: str
    date: EventDate
    cancelled: bool = False


@dataclass(frozen=True)
class TimelineEvent:
    """One real-world event, merged from every page that reports it."""

    id: str
    type: str
    date: EventDate
    status: str
    title: str
    summary: str
    actors: tuple[str, ...]
    sources: tuple[EventSource, ...]
    cancelled: bool = False
    status_note: str | None = None
    topic: str | None = None
    milestone: str | None = None


@dataclass(frozen=True)
class PlanStatement:
    """What one publication said about a milestone: a planned, happened or cancelled date."""

    published: str | None
    value: str | None
    start: str | None
    end: str | None
    text: str
    mod: str | None
    status: str
    source: EventSource
    event: str


@dataclass(frozen=True)
class MilestoneOutcome:
    """What became of a milestone, as far as the sources say."""

    status: str
    happened: str | None = None
    paused: str | None = None
    next_planned: str | None = None
    note: str = ""


@dataclass(frozen=True)
class Milestone:
    """A milestone reported again and again, with the planned date each publication gave."""

    id: str
    name: str
    type: str
    plans: tuple[PlanStatement, ...]
    outcome: MilestoneOutcome
    events: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimelineFilters:
    """Which events to keep: a date window, types, a person or an organisation among the actors."""

    since: str | None = None
    until: str | None = None
    types: tuple[str, ...] = ()
    person: str | None = None
    org: str | None = None


@dataclass
class Timeline:
    """Merged events in date order and the plan history of the milestones."""

    events: list[TimelineEvent] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)
    title: str = "Program Millennium (FVM)"
