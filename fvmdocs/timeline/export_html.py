"""The timeline as one self-contained HTML page: picture, legend, plan history, event list.

No network: CSS and SVG are inline, there are no fonts or scripts from elsewhere, and a
Content-Security-Policy forbids loading anything. The only URLs are the links to the sources.
"""

from __future__ import annotations

from fvmdocs.timeline.dates import display_date, precision_of
from fvmdocs.timeline.model import EventDate, Milestone, Timeline, TimelineEvent
from fvmdocs.timeline.svg import TYPE_COLOURS, TYPE_NAMES, colour, esc, timeline_svg

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

_CSS = """
*{box-sizing:border-box}
body{margin:0;padding:24px 32px 48px;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:#1d2630;background:#fbfbfa}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 10px}
.lead{color:#4b5663;margin:0 0 16px;max-width:70em}
.legend{display:flex;flex-wrap:wrap;gap:6px 18px;align-items:center;margin:0 0 14px;font-size:13px;color:#333}
.legend span{display:inline-flex;align-items:center;gap:6px}
.chart{display:block;background:#fff;border:1px solid #dde2e7;border-radius:8px}
.chart .grid{stroke:#e3e7eb;stroke-width:1}
.chart .year{font-size:13px;font-weight:600;fill:#55606c;text-anchor:middle}
.chart .lane{fill:#f5f7f9;fill-opacity:.55;stroke:#fff;stroke-width:2}
.chart .milestone{fill:#eef6f1}
.chart .lane-label{font-size:13px;font-weight:600;fill:#2a333d}
.chart .lane-note{font-size:11px;fill:#6b7681}
.chart .section{font-size:12px;font-weight:700;fill:#7a8591;letter-spacing:.06em;text-transform:uppercase}
.chart .baseline{stroke:#c9d3da;stroke-width:1}
.chart .span{fill-opacity:.22}
.chart .arrow{fill:none;stroke:#555;stroke-width:1.4}
.chart .cross{stroke:#c0392b;stroke-width:2}
.chart .pause{fill:#c0392b}
.chart .stop{font-size:10.5px;fill:#4b5663;text-anchor:middle}
.chart a.ev:hover circle{stroke-width:3.5}
table{border-collapse:collapse;background:#fff;font-size:14px}
th,td{border-bottom:1px solid #e6e9ec;padding:5px 10px;text-align:left;vertical-align:top}
th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#66717d}
.pill{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;color:#fff;white-space:nowrap}
.status-planned{color:#6a5d00}.status-happened{color:#14623f}.status-cancelled{color:#a0281c}
.events li{margin:0 0 12px;list-style:none}.events{padding:0}
.events .when{font-weight:600;margin-right:6px}
.events .note{color:#a0281c;font-size:13px}
.events .src{font-size:13px;color:#4b5663;margin:2px 0 0 0;padding-left:18px}
.outcome{font-weight:600}
a{color:#24557f;text-decoration:none}a:hover{text-decoration:underline}
:target{background:#fff6d6}
"""


def _legend() -> str:
    items = []
    for event_type, fill in TYPE_COLOURS.items():
        items.append(f'<span><svg width="14" height="14"><circle cx="7" cy="7" r="5.5" fill="{fill}"/></svg>'
                     f"{esc(TYPE_NAMES[event_type])}</span>")  # fmt: skip
    items.append('<span><svg width="14" height="14"><circle cx="7" cy="7" r="5" fill="#fff" stroke="#555" '
                 'stroke-width="2"/></svg>planerad</span>')  # fmt: skip
    items.append('<span><svg width="14" height="14"><circle cx="7" cy="7" r="5" fill="#555" stroke="#555" '
                 'stroke-width="2"/></svg>genomförd</span>')  # fmt: skip
    items.append('<span><svg width="14" height="14"><circle cx="7" cy="7" r="5" fill="#fff" stroke="#555" '
                 'stroke-width="2"/><path d="M3 3L11 11M3 11L11 3" stroke="#c0392b" stroke-width="2"/></svg>'
                 "gäller inte längre</span>")  # fmt: skip
    items.append('<span><svg width="30" height="14"><path d="M2 11Q15 -1 26 11" fill="none" stroke="#555" '
                 'stroke-width="1.4"/></svg>planen flyttades</span>')  # fmt: skip
    items.append('<span><svg width="14" height="14"><rect x="2" y="2" width="3.5" height="11" fill="#c0392b"/>'
                 '<rect x="8" y="2" width="3.5" height="11" fill="#c0392b"/></svg>pausad</span>')  # fmt: skip
    items.append('<span><svg width="30" height="14"><rect x="1" y="4" width="28" height="6" rx="3" fill="#555" '
                 'fill-opacity=".22"/></svg>vagt datum (årstid, halvår, år)</span>')  # fmt: skip
    return '<div class="legend">' + "".join(items) + "</div>"


_PLAN_STATUS = {"planned": "planerad", "happened": "genomförd", "cancelled": "gäller inte längre"}
_OUTCOME = {"planned": "planerad", "happened": "genomförd", "paused": "pausad", "cancelled": "inställd"}


def _milestone_table(milestone: Milestone) -> str:
    rows = []
    for plan in milestone.plans:
        when = EventDate(plan.value, plan.start, plan.end, precision_of(plan.value), plan.mod, plan.text)
        rows.append(
            f"<tr><td>{esc(plan.published)}</td><td>{esc(display_date(when))}</td>"
            f'<td class="status-{esc(plan.status)}">{esc(_PLAN_STATUS.get(plan.status, plan.status))}</td>'
            f'<td><a href="{esc(plan.source.url)}" rel="noopener noreferrer">{esc(plan.source.sentence)}</a></td></tr>'
        )
    outcome = milestone.outcome
    return (
        f'<h3 id="{esc(milestone.id)}">{esc(milestone.name)}</h3>'
        f'<p class="outcome">Utfall: {esc(_OUTCOME.get(outcome.status, outcome.status))}. {esc(outcome.note)}</p>'
        "<table><thead><tr><th>Publicerad</th><th>Datum enligt sidan</th><th>Status</th><th>Källa</th>"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _event_item(event: TimelineEvent) -> str:
    status = "gäller inte längre" if event.cancelled else ("planerad" if event.status == "planned" else "genomförd")
    css = "cancelled" if event.cancelled else event.status
    sources = "".join(
        f'<li><a href="{esc(s.url)}" rel="noopener noreferrer">{esc(s.published or s.url)}</a> – {esc(s.sentence)}</li>'
        for s in event.sources
    )
    note = f'<div class="note">{esc(event.status_note)}</div>' if event.status_note else ""
    actors = f" <small>({esc(', '.join(event.actors))})</small>" if event.actors else ""
    return (
        f'<li id="{esc(event.id)}" class="event" data-type="{esc(event.type)}">'
        f'<span class="when">{esc(display_date(event.date))}</span>'
        f'<span class="pill" style="background:{colour(event.type)}">{esc(TYPE_NAMES.get(event.type, event.type))}</span> '
        f'<span class="status-{css}">{status}</span> – <strong>{esc(event.title)}</strong>{actors}'
        f"<div>{esc(event.summary)}</div>{note}<ul class=\"src\">{sources}</ul></li>"
    )


def to_html(timeline: Timeline, generated: str | None = None) -> str:
    """The page as one string."""
    stamp = f" Skapad {esc(generated)}." if generated else ""
    sources = len({s.id for e in timeline.events for s in e.sources})
    milestones = "".join(_milestone_table(m) for m in timeline.milestones)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(timeline.title)} – tidslinje</title>
<style>{_CSS}</style>
</head>
<body>
<h1>{esc(timeline.title)} – tidslinje</h1>
<p class="lead">{len(timeline.events)} händelser ur {sources} sidor. En händelse som flera sidor rapporterar visas en gång,
med alla källor. Ihåliga markeringar är planer, fyllda det som har hänt; överst syns hur den planerade
starten flyttades från publicering till publicering.{stamp}</p>
{_legend()}
{timeline_svg(timeline)}
{'<h2>Planhistorik</h2>' + milestones if milestones else ''}
<h2>Händelser</h2>
<ul class="events">{''.join(_event_item(e) for e in timeline.events)}</ul>
</body>
</html>
"""
