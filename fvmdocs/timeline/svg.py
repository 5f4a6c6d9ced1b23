"""The timeline picture as inline SVG: a year axis, event lanes by type, milestone lanes.

Everything is placed here in Python so the HTML needs no script and no network. Page strings
are escaped with ``html.escape`` before they reach the markup.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from fvmdocs.timeline.dates import as_date, display_date, precision_of
from fvmdocs.timeline.model import EventDate, Milestone, PlanStatement, Timeline, TimelineEvent

TYPE_COLOURS = {
    "golive": "#1a7f5a", "pause": "#c0392b", "agreement": "#2e6fba", "appointment": "#8e44ad",
    "letter": "#d35400", "deadline": "#a88400", "decision": "#34495e", "meeting": "#138d90",
}  # fmt: skip
OTHER_COLOUR = "#7f8c8d"
TYPE_NAMES = {
    "golive": "Driftstart", "pause": "Paus", "agreement": "Avtal", "appointment": "Utnämning",
    "letter": "Brev och krav", "deadline": "Tidsgräns", "decision": "Beslut", "meeting": "Möte",
}  # fmt: skip

WIDTH = 1320
LABEL_W = 210
PLOT_X0 = LABEL_W + 10
PLOT_X1 = WIDTH - 20
AXIS_H = 34
MILESTONE_H = 62
SUBROW_H = 15


def esc(text: str | None) -> str:
    """Escape a page string for HTML text and attributes."""
    return html.escape(text or "", quote=True)


def colour(event_type: str) -> str:
    """The colour of an event type."""
    return TYPE_COLOURS.get(event_type, OTHER_COLOUR)


@dataclass(frozen=True)
class Scale:
    """Days to pixels over whole years."""

    first_year: int
    last_year: int

    def x(self, day: date) -> float:
        span = (date(self.last_year + 1, 1, 1) - date(self.first_year, 1, 1)).days
        return PLOT_X0 + (day - date(self.first_year, 1, 1)).days / span * (PLOT_X1 - PLOT_X0)

    def mid(self, start: str, end: str) -> float:
        return (self.x(as_date(start)) + self.x(as_date(end))) / 2


def scale_for(timeline: Timeline) -> Scale:
    """Years from the first to the last date the timeline shows."""
    days = [d for e in timeline.events for d in (e.date.start, e.date.end) if d]
    days += [d for m in timeline.milestones for p in m.plans for d in (p.start, p.end) if d]
    if not days:
        return Scale(2018, 2026)
    return Scale(int(min(days)[:4]), int(max(days)[:4]))


def _axis(scale: Scale, height: float) -> list[str]:
    parts = []
    for year in range(scale.first_year, scale.last_year + 2):
        x = scale.x(date(year, 1, 1))
        parts.append(f'<line class="grid" x1="{x:.1f}" y1="{AXIS_H - 6}" x2="{x:.1f}" y2="{height:.1f}"/>')
        if year <= scale.last_year:
            centre = scale.x(date(year, 7, 1))
            parts.append(f'<text class="year" x="{centre:.1f}" y="20">{year}</text>')
    return parts


def _marker(x: float, y: float, fill: str, *, planned: bool, cancelled: bool, radius: float = 6) -> str:
    body = (
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" fill="{"#fff" if planned else fill}" '
        f'stroke="{fill}" stroke-width="2.2"/>'
    )
    if cancelled:
        d = radius * 0.8
        body += (f'<path class="cross" d="M{x - d:.1f} {y - d:.1f}L{x + d:.1f} {y + d:.1f}'
                 f'M{x - d:.1f} {y + d:.1f}L{x + d:.1f} {y - d:.1f}"/>')  # fmt: skip
    return body


def _tooltip(event: TimelineEvent) -> str:
    status = "planerad" if event.status == "planned" else "genomförd"
    if event.cancelled:
        status += ", gäller inte längre"
    return f"{display_date(event.date)} – {event.title} ({status}, {len(event.sources)} källor)"


def _event_lanes(timeline: Timeline, scale: Scale, top: float) -> tuple[list[str], float]:
    types = [t for t in TYPE_COLOURS if any(e.type == t for e in timeline.events)]
    types += sorted({e.type for e in timeline.events} - set(types))
    parts: list[str] = []
    y0 = top
    for event_type in types:
        rows: list[float] = []  # right edge of the last marker in each sub-row
        placed: list[tuple[TimelineEvent, int, float, float, float]] = []
        for event in (e for e in timeline.events if e.type == event_type and e.date.start):
            assert event.date.start is not None and event.date.end is not None
            x_start, x_end = scale.x(as_date(event.date.start)), scale.x(as_date(event.date.end))
            x = (x_start + x_end) / 2
            row = next((i for i, edge in enumerate(rows) if edge < min(x_start, x) - 8), None)
            if row is None:
                rows.append(0.0)
                row = len(rows) - 1
            rows[row] = max(x_end, x + 7)
            placed.append((event, row, x_start, x_end, x))
        height = max(1, len(rows)) * SUBROW_H + 14
        fill = colour(event_type)
        parts.append(f'<rect class="lane" x="0" y="{y0:.1f}" width="{WIDTH}" height="{height}"/>')
        parts.append(f'<text class="lane-label" x="14" y="{y0 + 20:.1f}" fill="{fill}">'
                     f"{esc(TYPE_NAMES.get(event_type, event_type))}</text>")  # fmt: skip
        for event, row, x_start, x_end, x in placed:
            y = y0 + 14 + row * SUBROW_H
            parts.append(f'<a href="#{esc(event.id)}" class="ev" data-id="{esc(event.id)}">'
                         f"<title>{esc(_tooltip(event))}</title>")  # fmt: skip
            if x_end - x_start > 3:
                parts.append(f'<rect class="span" x="{x_start:.1f}" y="{y - 3:.1f}" width="{x_end - x_start:.1f}" '
                             f'height="6" rx="3" fill="{fill}"/>')  # fmt: skip
            parts.append(_marker(x, y, fill, planned=event.status == "planned", cancelled=event.cancelled))
            parts.append("</a>")
        y0 += height
    return parts, y0


@dataclass(frozen=True)
class _Stop:
    plan: PlanStatement
    cancelled: bool
    count: int


def _stops(milestone: Milestone) -> list[_Stop]:
    """Distinct dates in the order publications gave them; every 'happened' is one stop."""
    happened = [p for p in milestone.plans if p.status == "happened"]
    finest = next((p for p in happened if p.value == milestone.outcome.happened), None)
    stops: list[list[PlanStatement]] = []
    for plan in milestone.plans:
        if plan.status == "happened":
            # the outcome sits where a page first reported it, not where a vaguer report came
            if finest is not None and plan.value == finest.value and not any(s[0] is finest for s in stops):
                stops.append([finest])
            continue
        if stops and stops[-1][0].value == plan.value and stops[-1][0].status != "happened":
            stops[-1].append(plan)
        else:
            stops.append([plan])
    return [_Stop(group[0], any(p.status == "cancelled" for p in group), len(group)) for group in stops]


def _stop_x(scale: Scale, plan: PlanStatement) -> float | None:
    if not plan.start or not plan.end:
        return None
    return scale.mid(plan.start, plan.end)


def _arrow(x1: float, x2: float, y: float, *, dashed: bool = False) -> str:
    if abs(x2 - x1) < 4:
        return ""
    lift = min(24.0, abs(x2 - x1) / 3 + 8)
    style = ' stroke-dasharray="4 3"' if dashed else ""
    return (f'<path class="arrow" d="M{x1:.1f} {y - 8:.1f}Q{(x1 + x2) / 2:.1f} {y - 8 - lift:.1f} '
            f'{x2:.1f} {y - 8:.1f}"{style} marker-end="url(#head)"/>')  # fmt: skip


def _milestone_lane(milestone: Milestone, scale: Scale, y0: float) -> list[str]:
    fill = colour(milestone.type)
    y = y0 + 30
    parts = [f'<rect class="lane milestone" x="0" y="{y0:.1f}" width="{WIDTH}" height="{MILESTONE_H}"/>',
             f'<text class="lane-label" x="14" y="{y - 2:.1f}">{esc(milestone.name)}</text>',
             f'<text class="lane-note" x="14" y="{y + 13:.1f}">{esc(_OUTCOME_LABEL.get(milestone.outcome.status, ""))}'
             f"{esc(_next(milestone))}</text>",
             f'<line class="baseline" x1="{PLOT_X0}" y1="{y:.1f}" x2="{PLOT_X1}" y2="{y:.1f}"/>']  # fmt: skip
    stops = _stops(milestone)
    xs = [_stop_x(scale, s.plan) for s in stops]
    for (stop, x), (_, nxt) in zip(zip(stops, xs, strict=True), zip(stops[1:], xs[1:], strict=True), strict=False):
        if x is not None and nxt is not None:
            parts.append(_arrow(x, nxt, y, dashed=stop.plan.status == "happened"))
    labels: list[tuple[float, int]] = []  # x and line of each label, so that near ones stagger
    for stop, x in zip(stops, xs, strict=True):
        if x is None:
            continue
        plan = stop.plan
        when = EventDate(plan.value, plan.start, plan.end, precision_of(plan.value), plan.mod, plan.text)
        label = display_date(when)
        said = "genomförd" if plan.status == "happened" else f"planerad i {stop.count} publiceringar"
        if stop.cancelled:
            said += ", sedan inställd"
        assert plan.start is not None and plan.end is not None
        x_start, x_end = scale.x(as_date(plan.start)), scale.x(as_date(plan.end))
        parts.append(f"<g><title>{esc(label)}: {esc(said)}</title>")
        if x_end - x_start > 3 and plan.status != "happened":
            parts.append(f'<rect class="span" x="{x_start:.1f}" y="{y - 3:.1f}" width="{x_end - x_start:.1f}" '
                         f'height="6" rx="3" fill="{fill}"/>')  # fmt: skip
        parts.append(_marker(x, y, fill, planned=plan.status != "happened", cancelled=stop.cancelled, radius=7))
        text = _short(when)
        line = 0
        while any(abs(x - other) < 9 * max(len(text), 4) and used == line for other, used in labels):
            line += 1
        if line < 2:
            labels.append((x, line))
            parts.append(f'<text class="stop" x="{x:.1f}" y="{y + 19 + 11 * line:.1f}">{esc(text)}</text>')
        parts.append("</g>")
    outcome = milestone.outcome
    pause = next((p for p in [outcome.paused] if p), None)
    if pause:
        from fvmdocs.timeline.dates import interval_of

        span = interval_of(pause, None)
        if span:
            x = scale.mid(*span)
            parts.append(f'<g><title>pausad {esc(pause)}</title><rect class="pause" x="{x + 4:.1f}" y="{y - 8:.1f}" '
                         f'width="3.5" height="16"/><rect class="pause" x="{x + 10:.1f}" y="{y - 8:.1f}" '
                         f'width="3.5" height="16"/></g>')  # fmt: skip
    return parts


_OUTCOME_LABEL = {"planned": "planerad", "happened": "genomförd", "paused": "genomförd, sedan pausad",
                  "cancelled": "planen gäller inte längre"}  # fmt: skip


def _next(milestone: Milestone) -> str:
    value = milestone.outcome.next_planned
    if not value:
        return ""
    plan = next((p for p in reversed(milestone.plans) if p.value == value), None)
    when = EventDate(value, None, None, precision_of(value), plan.mod if plan else None)
    return f" · ny plan {display_date(when)}" if milestone.outcome.status != "planned" else ""


def _short(when: EventDate) -> str:
    """A short axis label: "H 2024", "9/11 2024", "V 2026"."""
    value = when.value or ""
    precision = when.precision
    if precision == "season":
        return {"SP": "vår", "SU": "som", "FA": "höst", "WI": "vin"}[value[5:7]] + f" {value[2:4]}"
    if precision == "day":
        return f"{int(value[8:10])}/{int(value[5:7])} {value[2:4]}"
    if precision == "half":
        return f"{value[-2:]} {value[2:4]}"
    if precision == "month":
        return f"{_MONTHS[int(value[5:7]) - 1]} {value[2:4]}"
    if "/" in value:
        first, last = value.split("/", 1)
        return f"{first}–{last[2:4]}" if len(first) == len(last) == 4 else value
    return value


_MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def timeline_svg(timeline: Timeline) -> str:
    """The whole picture as one ``<svg>`` element."""
    scale = scale_for(timeline)
    parts: list[str] = []
    y0 = AXIS_H + 4.0
    if timeline.milestones:
        parts.append(f'<text class="section" x="14" y="{y0 + 12:.1f}">Planerad start, publicering för publicering</text>')
        y0 += 18
        for milestone in timeline.milestones:
            parts.extend(_milestone_lane(milestone, scale, y0))
            y0 += MILESTONE_H
        y0 += 10
    parts.append(f'<text class="section" x="14" y="{y0 + 12:.1f}">Händelser</text>')
    lanes, height = _event_lanes(timeline, scale, y0 + 18)
    parts.extend(lanes)
    height += 6
    axis = _axis(scale, height)
    defs = ('<defs><marker id="head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
            'orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#555"/></marker></defs>')  # fmt: skip
    return (f'<svg class="chart" viewBox="0 0 {WIDTH} {height:.0f}" '
            f'width="{WIDTH}" height="{height:.0f}" role="img" aria-label="Tidslinje">{defs}'
            + "".join(axis[: len(axis)]) + "".join(parts) + "</svg>")  # fmt: skip
