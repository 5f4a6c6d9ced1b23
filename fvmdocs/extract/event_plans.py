"""Plans a page tells twice: a coarse telling of a meeting dropped for the finer one.

"Styrelsen beslutade att bjuda in arkivarierna till ett medlemsmöte i höst" and, further down, "…
på föreningens medlemsmöte lördagen den 14 oktober klockan 13" are one meeting: the day stays.
"""

from __future__ import annotations

import re

from fvmdocs.extract.facts import DAY_VALUE, Event

# The noun that names a meeting: "medlemsmöte", "årsmötet", "medlemsträffen".
_MEETING_NOUN = re.compile(r"[\w-]*(?:möte|träff)", re.IGNORECASE)


def _nouns(sentence: str) -> set[str]:
    """The meeting nouns of a sentence, in their bare form ("medlemsmötet" as "medlemsmöte")."""
    return {re.sub(r"(?:et|en|n|t)$", "", m.group().lower()) for m in _MEETING_NOUN.finditer(sentence)}


def _within(inner: Event, outer: Event) -> bool:
    a, b = inner.date, outer.date
    if a is None or b is None or None in (a.begin, a.end, b.begin, b.end) or a.value == b.value:
        return False
    return b.begin <= a.begin and a.end <= b.end  # type: ignore[operator]


def without_coarse_meetings(events: list[Event]) -> list[Event]:
    """The events less each planned meeting dated by a month or a season that another planned
    meeting of the same name dates within it by its day."""
    plans = [e for e in events if e.type == "meeting" and e.status == "planned" and e.date is not None]

    def told_finer(coarse: Event) -> bool:
        if coarse.date is None or DAY_VALUE.match(coarse.date.value):
            return False
        names = _nouns(coarse.provenance.sentence)
        return any(
            other is not coarse and _within(other, coarse) and names & _nouns(other.provenance.sentence)
            for other in plans
        )

    coarse = {id(e) for e in plans if told_finer(e)}
    return [e for e in events if id(e) not in coarse]
