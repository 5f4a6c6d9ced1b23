"""Rules for amounts of time: durations, shifts ("för två år sedan", "ett år senare"),
recurrences (SET) and clock times.

A shift after the previous expression ("Hösten 2024 ... ett år senare") is left
as an anaphoric candidate; ``timex`` resolves it against the expression before
it (falling back to the anchor), keeping that expression's grain: "hösten 2024"
+ "ett år senare" is "2025-FA". "året därpå" / "samma år" coarsen to the year.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from fvmdocs.extract.timex_calendar import Point, add_months, point_of_date
from fvmdocs.extract.timex_candidate import Builder, Candidate, candidate
from fvmdocs.extract.timex_lexicon import NUMBER_WORD_RE, UNITS, WEEKDAY_RE, WEEKDAYS, number_value

_I = re.IGNORECASE
# A year ("Året 2025 månad för månad") is no amount.
_AMOUNT = (
    rf"(?:(?:(?!(?:19|20)\d\d(?!\d))\d+(?:,\d+)?|{NUMBER_WORD_RE})(?:\s+och\s+(?:ett\s+halvt|en\s+halv))?"
    r"|ett\s+halvt|en\s+halv)"
)
_VAGUE = r"(?:några|flera|många|ett\s+antal|ett\s+par)"
_UNIT_INDEF = (
    r"(?:år|månader|månad|veckor|vecka|dagar|dag|dygn|kvartal|halvår|decennier|decennium"
    r"|timmar|timme|minuter|minut)"
)
_UNIT_DEF = r"(?:åren|året|månaderna|månaden|veckorna|veckan|dagarna|dagen|decennierna|decenniet)"
_GRAIN = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "month", "H": "month",
          "E": "year"}  # fmt: skip


def _unit(word: str) -> str:
    return UNITS[word.lower()]


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: "P2W", "P18M", "PT3H", "PXY" for a vague amount."""
    scale = {"Q": ("M", 3), "H": ("M", 6), "E": ("Y", 10)}.get(unit, (unit, 1))
    letter, factor = scale
    if amount is None:
        return {"h": "PTXH", "m": "PTXM"}.get(letter, f"PX{letter}")
    total = amount * factor
    if letter == "Y" and total != int(total):
        letter, total = "M", total * 12
    number = str(int(total)) if total == int(total) else f"{total:g}"
    return f"PT{number}{letter.upper()}" if letter in ("h", "m") else f"P{number}{letter}"


def _amount(match: re.Match[str]) -> float | None:
    text = match.group("n")
    return None if text is None else number_value(text)


def _duration(match: re.Match[str], _anchor: date | None) -> list[Candidate]:
    value = duration_value(_amount(match), _unit(match.group("u")))
    return [candidate(match, type="DURATION", value=value)]


_MONTHS_PER_UNIT = {"M": 1, "Q": 3, "H": 6, "Y": 12, "E": 120}


def _move(anchor: date, unit: str, amount: float) -> Point | None:
    """The anchor day moved by an amount, at the grain the unit names."""
    grain = _GRAIN.get(unit)
    if grain is None:
        return None
    if unit in ("D", "W"):
        days = round(amount * (7 if unit == "W" else 1))
        return point_of_date(anchor + timedelta(days=days), grain)
    months = round(amount * _MONTHS_PER_UNIT[unit])
    return point_of_date(add_months(anchor, months), grain)


def _relative(sign: int) -> Builder:
    """ "för två år sedan" (sign -1) and "om två veckor" (sign +1), from the anchor."""

    def build(match: re.Match[str], anchor: date | None) -> list[Candidate]:
        amount, unit = _amount(match), _unit(match.group("u"))
        if amount is None:
            return [candidate(match, point=None, value="PAST_REF" if sign < 0 else "FUTURE_REF")]
        if anchor is None:
            return [candidate(match, point=Point(_GRAIN.get(unit, "day")))]
        if sign < 0 and match.group("u").lower() == "vecka":
            unit, amount = "D", 7 * amount  # "för en vecka sedan": the day a week before, not its week
        point = _move(anchor, unit, sign * amount)
        return [candidate(match, point=point, anchored=True)] if point else []

    return build


def _anaphor(sign: int, coarsen: bool) -> Builder:
    def build(match: re.Match[str], _anchor: date | None) -> list[Candidate]:
        amount = 1.0 if match.groupdict().get("n") is None else _amount(match)
        if amount is None:
            return []
        unit = _unit(match.group("u"))
        return [candidate(match, shift=(unit, sign * amount, coarsen))]

    return build


def _same(match: re.Match[str], _anchor: date | None) -> list[Candidate]:
    return [candidate(match, shift=(_unit(match.group("u")), 0.0, True))]


def _weekend(amount: int) -> Builder:
    """ "samma helg" (0), "helgen därpå" (1): the weekend of the day told before, or the next one."""

    def build(match: re.Match[str], _anchor: date | None) -> list[Candidate]:
        return [candidate(match, shift=("WE", float(amount), True))]

    return build


def _weekday_after(match: re.Match[str], _anchor: date | None) -> list[Candidate]:
    """ "måndagen därpå": the first such weekday after the day told before."""
    return [candidate(match, shift=("WD", float(WEEKDAYS[match.group("w").lower()]), False))]


def _window(match: re.Match[str], anchor: date | None) -> list[Candidate]:
    """ "de senaste två åren": a duration placed before or after the anchor."""
    unit = _unit(match.group("u"))
    amount = _amount(match)
    plural = match.group("u").lower() == "åren" or match.group("u").lower().endswith("na")
    if amount is None and not plural:
        amount = 1.0
    window = None
    if anchor is not None and amount is not None and unit in _GRAIN:
        months = {"Y": 12, "E": 120, "M": 1}.get(unit)
        if months:
            other = add_months(anchor, round(amount * months) * (1 if _ahead(match) else -1))
        else:
            days = round(amount * (7 if unit == "W" else 1))
            other = anchor + timedelta(days=days if _ahead(match) else -days)
        window = (anchor, other) if _ahead(match) else (other, anchor)
    value = duration_value(amount, unit)
    return [
        candidate(match, type="DURATION", value=value, window=window, anchored=window is not None)
    ]


def _ahead(match: re.Match[str]) -> bool:
    return match.group("q").lower() not in ("senaste", "gångna", "sista", "förflutna")


_SET_WORDS = {
    "dagligen": "P1D", "dagligdags": "P1D", "veckovis": "P1W", "varje vecka": "P1W",
    "månadsvis": "P1M", "månatligen": "P1M", "kvartalsvis": "P3M", "halvårsvis": "P6M",
    "tertialvis": "P4M", "årligen": "P1Y", "årsvis": "P1Y",
}  # fmt: skip
_SET_UNITS = {"år": "P1Y", "året": "P1Y", "månad": "P1M", "månaden": "P1M", "vecka": "P1W",
              "veckan": "P1W", "dag": "P1D", "dagen": "P1D", "dygn": "P1D", "kvartal": "P3M",
              "kvartalet": "P3M", "halvår": "P6M", "tertial": "P4M"}  # fmt: skip


def _set(match: re.Match[str], _anchor: date | None) -> list[Candidate]:
    groups = match.groupdict()
    if groups.get("w"):
        return [candidate(match, type="SET", value=f"XXXX-WXX-{WEEKDAYS[groups['w'].lower()]}")]
    if groups.get("word"):
        return [
            candidate(match, type="SET", value=_SET_WORDS[" ".join(groups["word"].lower().split())])
        ]
    value = _SET_UNITS[groups["u"].lower()]
    if (groups.get("every") or "").lower() in ("varannan", "vartannat"):
        value = value.replace("1", "2", 1)
    return [candidate(match, type="SET", value=value)]


def _clock(match: re.Match[str], _anchor: date | None) -> list[Candidate]:
    hour, minute = int(match.group("h")), int(match.group("mi") or 0)
    time = f"T{hour:02d}:{minute:02d}"
    time_end = None
    if match.group("h2"):
        time_end = f"T{int(match.group('h2')):02d}:{int(match.group('mi2') or 0):02d}"
    return [candidate(match, type="TIME", time=time, time_end=time_end)]


_DAY_PARTS = {"morse": "TMO", "förmiddags": "TMO", "förmiddag": "TMO", "eftermiddags": "TAF",
              "eftermiddag": "TAF", "kväll": "TEV", "natt": "TNI",
              "morgon bitti": "TMO"}  # fmt: skip


def _same_part(match: re.Match[str], _anchor: date | None) -> list[Candidate]:
    """ "samma kväll": that part of the day told before."""
    part = {"morgon": "TMO", **_DAY_PARTS}[match.group("p").lower()]
    return [candidate(match, type="TIME", time=part, shift=("D", 0.0, True))]


def _day_part(match: re.Match[str], anchor: date | None) -> list[Candidate]:
    word = " ".join(match.group("p").lower().split())
    before = (match.groupdict().get("g") or "").lower()
    ahead = 2 if "över" in before else 1 if "morgon" in before else 0
    offset = ahead or ((-2 if "förr" in before else -1) if before else (1 if word == "morgon bitti" else 0))
    point = point_of_date(anchor + timedelta(days=offset), "day") if anchor else Point("day")
    return [
        candidate(
            match, type="TIME", point=point, time=_DAY_PARTS[word], anchored=anchor is not None
        )
    ]


AMOUNT_RULES: tuple[tuple[re.Pattern[str], Builder], ...] = (
    (re.compile(rf"(?<!\w)(?P<t>för\s+(?:(?P<n>{_AMOUNT})|{_VAGUE})\s+(?P<u>{_UNIT_INDEF})"
                r"\s+sedan)(?!\w)", _I), _relative(-1)),
    (re.compile(rf"(?<!\w)(?P<t>om\s+(?:(?P<n>{_AMOUNT})|{_VAGUE})\s+(?P<u>{_UNIT_INDEF}))"
                r"(?!\w)", _I), _relative(1)),
    (re.compile(rf"(?<!\w)(?P<t>(?P<n>{_AMOUNT})\s+(?P<u>{_UNIT_INDEF})\s+"
                r"(?:senare|därefter|efteråt))(?!\w)(?!\s+än\b)", _I), _anaphor(1, False)),
    (re.compile(rf"(?<!\w)(?P<t>(?P<n>{_AMOUNT})\s+(?P<u>{_UNIT_INDEF})\s+"
                r"(?:tidigare|dessförinnan))(?!\w)(?!\s+än\b)", _I), _anaphor(-1, False)),
    (re.compile(r"(?<!\w)(?P<t>(?P<u>året|månaden|veckan|dagen)\s+(?:därpå|därefter|efter"
                r"(?=\s*(?:[.,;:!?)]|$)"
                # "och redan dagen efter kom den första beställningen": before a past verb, the day after the one told
                r"|(?<=dagen\sefter)(?=\s+(?:kom|gick|fick|blev|var|hade|[a-zåäö]+(?:ade|des|tes))\b))))", _I), _anaphor(1, True)),
    (re.compile(r"(?<!\w)(?P<t>(?:på)?följande\s+(?P<u>år|månad|vecka|dag))(?!\w)", _I),
     _anaphor(1, True)),
    (re.compile(r"(?<!\w)(?P<t>(?P<u>året|månaden|veckan|dagen)\s+(?:innan|före)"
                # "hade dagen innan tillstyrkt": before a supine or a past verb, the day before the one told
                r"(?=\s*(?:[.,;:!?)]|$)|(?<=dagen\sinnan)\s+(?!start\b)[a-zåäö]+(?:(?<!e)t|de)\b))", _I), _anaphor(-1, True)),
    # not "besked samma dag eller inom några dagar", "Skyndsamt betyder samma dag": a rule, no day
    (re.compile(r"(?<!betyder\s)(?<!innebär\s)(?<!\w)(?P<t>samma\s+(?P<u>år|månad|vecka|dag))(?!\w)(?!\s+eller\s+inom)", _I), _same),
    (re.compile(r"(?<!\w)(?P<t>samma\s+helg)(?!\w)", _I), _weekend(0)),
    (re.compile(r"(?<!\w)(?P<t>samma\s+(?P<p>kväll|morgon|förmiddag|eftermiddag|natt))(?!\w)", _I), _same_part),
    (re.compile(r"(?<!\w)(?P<t>helgen\s+(?:därpå|därefter|efter(?=\s*(?:[.,;:!?)]|$))))", _I), _weekend(1)),
    (re.compile(rf"(?<!\w)(?P<t>(?P<w>{WEEKDAY_RE})en\s+(?:därpå|därefter))(?!\w)", _I), _weekday_after),
    (re.compile(rf"(?<!\w)(?P<t>(?:de|den|det)\s+(?P<q>senaste|kommande|närmaste|följande"
                rf"|gångna|sista|förflutna)\s+(?:(?P<n>{_AMOUNT})\s+)?(?P<u>{_UNIT_DEF}))"
                r"(?!\w)", _I), _window),
    (re.compile(rf"(?<!\w)(?P<t>(?:(?P<n>{_AMOUNT})|{_VAGUE})\s+(?P<u>{_UNIT_INDEF}))(?!\w)",
                _I), _duration),
    (re.compile(r"(?<!\w)(?P<word>dagligen|dagligdags|veckovis|månadsvis|månatligen"
                r"|kvartalsvis|halvårsvis|tertialvis|årligen|årsvis)(?!\w)", _I), _set),
    (re.compile(r"(?<!\w)(?P<every>varje|varannan|varenda|var)\s+(?P<u>vecka|månad|dag|kvartal"
                r"|halvår|tertial)(?!\w)", _I), _set),
    (re.compile(r"(?<!\w)(?P<every>varje|vartannat|vart)\s+(?P<u>år|halvår|kvartal|dygn)(?!\w)",
                _I), _set),
    (re.compile(rf"(?<!\w)(?:varje|var|varannan|varenda)\s+(?P<w>{WEEKDAY_RE})(?!\w)", _I), _set),
    (re.compile(rf"(?<!\w)(?:{_AMOUNT}|{_VAGUE})\s+gånger?\s+(?:per|i|om)\s+"
                r"(?P<u>året|år|månaden|månad|veckan|vecka|dagen|dag|dygn|kvartalet|kvartal)"
                r"(?!\w)", _I), _set),
    (re.compile(r"(?<!\w)per\s+(?P<u>år|månad|vecka|dag|dygn|kvartal|halvår|tertial)(?!\w)", _I),
     _set),
    (re.compile(r"(?<!\w)(?P<t>(?:kl\.?|klockan)\s*(?P<h>2[0-3]|[01]?\d)(?!\d)(?:[.:](?P<mi>[0-5]\d))?"
                r"(?:\s*[–—-]\s*(?P<h2>2[0-3]|[01]?\d)(?!\d)(?:[.:](?P<mi2>[0-5]\d))?)?)(?![\d.:]\d)",
                _I), _clock),
    # ("i förrgår kväll": the evening two days before; "i morgon kväll": the evening after)
    (re.compile(r"(?<!\w)(?P<t>(?P<g>i\s*går|igår|i\s*förrgår)\s+(?P<p>kväll|morse|förmiddags?"
                r"|eftermiddags?))(?!\w)", _I), _day_part),
    (re.compile(r"(?<!\w)(?P<t>(?P<g>i\s*morgon|imorgon|i\s*övermorgon)\s+(?P<p>kväll|förmiddag"
                r"|eftermiddag|natt))(?!\w)", _I), _day_part),
    # ("i eftermiddag": this afternoon)
    (re.compile(r"(?<!\w)(?P<t>i\s*(?P<p>morse|förmiddags?|eftermiddags?|kväll|natt"
                r"|morgon\s+bitti))(?!\w)", _I), _day_part),
)  # fmt: skip
