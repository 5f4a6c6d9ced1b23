"""The timeline stage: events merged across pages, the plan history of milestones, and exports.

``build_timeline`` (build.py) merges and sorts; ``build_milestones`` (milestones.py) follows a
go-live's planned date from publication to publication; ``export_*`` write JSON, TimelineJS, CSV,
HTML and a terminal table; ``timeline_from_store`` (load.py) reads the facts from the store.
"""

from fvmdocs.timeline.build import build_timeline
from fvmdocs.timeline.model import (
    EventDate,
    EventSource,
    Milestone,
    SourceDocument,
    Timeline,
    TimelineEvent,
    TimelineFilters,
)

__all__ = [
    "EventDate",
    "EventSource",
    "Milestone",
    "SourceDocument",
    "Timeline",
    "TimelineEvent",
    "TimelineFilters",
    "build_timeline",
]
