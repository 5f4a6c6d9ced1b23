"""Rules for expressions read against the anchor: "i dag", "i höst", "på tisdagen", ...

Without an anchor these still match, with X for what the anchor would give
("XXXX-FA", "XXXX-WXX-2"). Lexicalised adverbs keep their "i" ("i dag", "i höst",
"i tisdags"); plain prepositions ("på", "till") stay outside the span.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from fvmdocs.extract.timex_anchor import season_year, sentence_tense
from fvmdocs.extract.timex_calendar import Point, add_months, point_of_date
from fvmdocs.extract.timex_candidate import Builder, Candidate, candidate
from fvmdocs.extract.timex_lexicon import (
    DAY_RE,
    MONTH_FULL_RE,
    MONTHS,
    SEASON_FORMS,
    SEASON_PREFIX_MOD,
    SEASON_PREFIX_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    word_set,
)
from fvmdocs.extract.timex_nowadays import nowadays

_I = re.IGNORECASE

# Deictic phrase -> (grain, offset in that grain from the anchor).
_DEICTIC: tuple[tuple[str, str, int], ...] = (
    (r"i\s*dag|idag", "day", 0),
    (r"i\s*går|igår", "day", -1),
    (r"i\s*förrgår", "day", -2),
    (r"i\s*morgon|imorgon", "day", 1),
    (r"i\s*övermorgon", "day", 2),
    (r"i\s+veckan|denna\s+vecka|den\s+här\s+veckan|innevarande\s+vecka", "week", 0),
    (r"(?:nästa|kommande|nästkommande)\s+vecka", "week", 1),
    (r"(?:förra|föregående)\s+veckan?", "week", -1),
    (r"förrförra\s+veckan", "week", -2),
    (r"denna\s+månad|den\s+här\s+månaden|innevarande\s+månad", "month", 0),
    (r"(?:nästa|kommande|nästkommande)\s+månad", "month", 1),
    (r"(?:förra|föregående)\s+månaden?", "month", -1),
    (r"i\s*år|detta\s+år|det\s+här\s+året|innevarande\s+år|årets", "year", 0),
    (r"(?:nästa|nästkommande)\s+års?|kommande\s+år", "year", 1),
    (r"i\s*fjol|förra\s+årets?|föregående\s+år|fjolårets", "year", -1),
    (r"förrförra\s+året|i\s*förfjol", "year", -2),  # "i förfjol": the year before last
    (r"detta\s+kvartal|det\s+här\s+kvartalet|innevarande\s+kvartal", "quarter", 0),
    (r"(?:nästa|kommande)\s+kvartal", "quarter", 1),
    (r"(?:förra|föregående)\s+kvartalet", "quarter", -1),
    (r"i\s+helgen|den\s+här\s+helgen|denna\s+helg", "weekend", 0),
    (r"(?:nästa|kommande)\s+helg", "weekend", 1),
    (r"förra\s+helgen", "weekend", -1),
)


def deictic_point(anchor: date | None, grain: str, offset: int) -> Point:
    """The point ``offset`` grains from the anchor; X-valued without one."""
    if anchor is None:
        return Point("part", None, part="QX") if grain == "quarter" else Point(grain)
    if grain == "day":
        return point_of_date(anchor + timedelta(days=offset), "day")
    if grain in ("week", "weekend"):
        if grain == "weekend" and offset == 0 and anchor.isoweekday() <= 2:
            offset = -1  # on Monday or Tuesday "i helgen" is the one just past
        return point_of_date(anchor + timedelta(weeks=offset), grain)
    if grain == "month":
        return point_of_date(add_months(anchor, offset), "month")
    if grain == "quarter":
        moved = add_months(anchor, 3 * offset)
        return Point("part", moved.year, part=f"Q{(moved.month - 1) // 3 + 1}")
    return Point("year", anchor.year + offset)


def _deictic(grain: str, offset: int) -> Builder:
    def build(match: re.Match[str], anchor: date | None) -> list[Candidate]:
        if grain == "day" and offset == 0 and nowadays(match):
            return []
        if grain == "weekend" and offset == 0:
            return _this_weekend(match, anchor)
        if grain in ("week", "month") and offset == 0 and match.group("t").lower().startswith("i") and _RATE_BEFORE.search(match.string, 0, match.start()):
            return []  # "sex timmar i veckan": a rate, no date
        point = deictic_point(anchor, grain, offset)
        return [candidate(match, point=point, anchored=anchor is not None)]

    return build


# "året"/"månaden"/"veckan" alone are this year/month/week only after a preposition
# or a part word: "under året", "i slutet av månaden".
_DEFINITE_UNITS = {"året": "year", "månaden": "month", "veckan": "week", "helgen": "weekend"}


def _definite_unit(match: re.Match[str], anchor: date | None) -> list[Candidate]:
    grain = _DEFINITE_UNITS[match.group("t").lower()]
    return [candidate(match, point=deictic_point(anchor, grain, 0), anchored=anchor is not None)]


# An amount per unit of time: "arbetat över sex timmar i veckan", "två gånger i månaden".
# Also a counted noun: "tusentals mätningar i veckan", "60 000 ärenden i månaden", "2 500 kronor extra".
_RATE_BEFORE = re.compile(
    r"\b(?:timm[ae]r?|gång(?:er)?|dagar|minuter|pass|kronor|patienter)\s+$"  # ("minst en gång i veckan")
    # "hålla öppet en extra kväll i veckan", "en dag i veckan"
    r"|\b(?:en|ett|två|tre|fyra|fem|\d+)\s+(?:extra\s+)?(?:kväll(?:ar)?|dag|eftermiddag(?:ar)?|förmiddag(?:ar)?|morgnar|morgon)\s+$"
    r"|\b(?:en|ett)\s+extra\s+[a-zåäö]+\s+$"  # (v161) "en extra leverans i veckan"
    r"|\b(?:\d[\d\s]*|tusentals|hundratals|tiotals)\s+"
    r"(?!(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b)[a-zåäö]+(?:\s+extra)?\s+$",
    _I,
)


def _this_weekend(match: re.Match[str], anchor: date | None) -> list[Candidate]:
    """ "i helgen", "under helgen": the weekend of the page's week; told in the past tense after
    it, the one just gone ("Under helgen arbetade …" on a Wednesday); told in the present or
    future, the page's own week's even early in the week."""
    tense = sentence_tense(match.string, match.start(), match.end()) if anchor is not None else None
    if anchor is not None and anchor.isoweekday() <= 5 and tense == "past":
        last_sunday = anchor - timedelta(days=anchor.isoweekday())
        return [candidate(match, point=point_of_date(last_sunday, "weekend"), anchored=True)]
    if anchor is not None and tense == "future":
        # "I helgen skriver jag om …" on a Tuesday: the weekend to come, not the one just past
        return [candidate(match, point=point_of_date(anchor, "weekend"), anchored=True)]
    return [candidate(match, point=deictic_point(anchor, "weekend", 0), anchored=anchor is not None)]


def _coming_weekend(match: re.Match[str], anchor: date | None) -> list[Candidate]:
    """ "till helgen": the weekend of the page's week."""
    return [candidate(match, point=point_of_date(anchor, "weekend") if anchor else Point("weekend"), anchored=anchor is not None)]


# "Förstudien skulle ha varit klar till sommaren": a plan that was, the nearest season.
_PLAN_THAT_WAS = re.compile(r"\bskulle\s(?:[\w-]+\s){0,3}?ha\s(?:[\w-]+\s){0,4}$")


def _season(reading: str) -> Builder:
    def build(match: re.Match[str], anchor: date | None) -> list[Candidate]:
        part = SEASON_FORMS[match.group("s").lower()][1]
        planned_once = reading == "upcoming" and _PLAN_THAT_WAS.search(match.string, max(0, match.start() - 80), match.start())
        if reading == "bare" or planned_once:  # year left to the tense-aware anchoring
            return [candidate(match, point=Point("part", None, part=part))]
        chosen = reading
        if reading == "genitive":
            past = sentence_tense(match.string, match.start(), match.end()) == "past"
            chosen = "told" if past else "current"  # "sju av dem under sommarens turneringar": the one gone
        year = season_year(part, anchor, chosen) if anchor else None
        return [candidate(match, point=Point("part", year, part=part), anchored=bool(anchor))]

    return build


# "i vår" is also "in our": "i vår region". It is the season only when what follows
# cannot be the noun of "vår": punctuation, a function word or a verb form.
_AFTER_I_VAR = word_set(
    """och eller men samt har hade ska skall kommer kan kunde blir blev får fick är var
    väntas planeras beräknas så då även också till med på i för när inför som sker ges
    startar börjar införs inleds genomförs öppnar fortsätter beslutade"""
)


def _i_var(match: re.Match[str], anchor: date | None) -> list[Candidate]:
    # the line's end counts as punctuation: "Nytt besked i vår" is a heading
    following = re.match(r"[^\S\n]*(\w+|\S|$)", match.string[match.end() :])
    word = following.group(1).lower() if following else ""
    verb_like = word.endswith(("ar", "as", "ade", "ades", "des", "ts"))
    if word and word[0].isalnum() and word not in _AFTER_I_VAR and not verb_like:
        return []
    return _season("current")(match, anchor)


def _weekday(direction: str) -> Builder:
    """A weekday relative to the anchor: "before" (strictly), "on_or_before", "after", "next_week"."""

    def build(match: re.Match[str], anchor: date | None) -> list[Candidate]:
        weekday = WEEKDAYS[match.group("w").lower()]
        chosen = direction
        if direction == "bare":
            past = sentence_tense(match.string, match.start(), match.end()) == "past"
            chosen = "on_or_before" if past else "after"
        if anchor is None:
            return [candidate(match, point=Point("weekday", weekday=weekday))]
        back = (anchor.isoweekday() - weekday) % 7
        if chosen == "next_week":
            day = anchor + timedelta(days=7 - anchor.isoweekday() + weekday)  # in the ISO week after the anchor's
        elif chosen == "before":
            day = anchor - timedelta(days=back or 7)
        elif chosen == "on_or_before":
            day = anchor - timedelta(days=back)
        else:
            day = anchor + timedelta(days=(weekday - anchor.isoweekday()) % 7 or 7)
        return [candidate(match, point=point_of_date(day, "day"), anchored=True)]

    return build


_WEEKDAY_PARTS = {
    "morgon": "TMO",
    "förmiddag": "TMO",
    "eftermiddag": "TAF",
    "kväll": "TEV",
    "natt": "TNI",
}


def _weekday_part(direction: str) -> Builder:
    """ "på lördagsmorgonen", "måndagskvällen": the weekday read as ``_weekday`` with its part."""

    def build(match: re.Match[str], anchor: date | None) -> list[Candidate]:
        found = _weekday(direction)(match, anchor)
        for cand in found:
            cand.type = "TIME"
            cand.time = _WEEKDAY_PARTS[match.group("p").lower()]
        return found

    return build


def _turn_of_year(match: re.Match[str], anchor: date | None) -> list[Candidate]:
    """ "årsskiftet 2024/2025": December to January; without years the nearest one."""
    half = match.group("t").lower().startswith("halv")
    first = match.group("y1")
    year = int(first) if first else None
    if year is None and anchor is not None:
        year = anchor.year if half or anchor.month >= 7 else anchor.year - 1
    if half:
        start, end = Point("month", year, 6), Point("month", year, 7)
    else:
        start = Point("month", year, 12)
        end = Point("month", None if year is None else year + 1, 1)
    anchored = first is None and anchor is not None
    return [candidate(match, point=start, point_end=end, anchored=anchored)]


_SEASON_WORD = r"vår|våren|sommar|sommaren|höst|hösten|vinter|vintern"
_YEAR_OFFSETS = {"förra": -1, "föregående": -1, "fjol": -1, "nästa": 1, "kommande": 1, "detta": 0, "år": 0}
_OF_YEAR = r"(?P<rel>förra|föregående|nästa|kommande|detta)\s+år(?:et)?|i\s*(?P<fjol>fjol|år)"


def _month_of_year(match: re.Match[str], anchor: date | None) -> list[Candidate]:
    """ "(den 20) november förra året", "mars nästa år": a month (or day) of a year near the anchor."""
    month = MONTHS[match.group("m").lower()]
    offset = _YEAR_OFFSETS[(match.group("rel") or match.group("fjol")).lower()]
    year = anchor.year + offset if anchor else None
    day, weekday = match.group("d"), match.group("wd")
    point = (
        Point("day", year, month, int(day.split(":")[0]), weekday=WEEKDAYS[weekday.lower()] if weekday else None)
        if day
        else Point("month", year, month)
    )
    return [candidate(match, point=point, anchored=anchor is not None)]


def _season_of_year(match: re.Match[str], anchor: date | None) -> list[Candidate]:
    """ "hösten förra året", "våren nästa år": a season of the year before or after the anchor."""
    part = SEASON_FORMS[match.group("s").lower()][1]
    offset = _YEAR_OFFSETS[(match.group("rel") or match.group("fjol")).lower()]
    year = anchor.year + offset if anchor else None
    return [candidate(match, point=Point("part", year, part=part), anchored=anchor is not None)]


_BARE_SEASON = _season("bare")


def _season_part(match: re.Match[str], anchor: date | None) -> list[Candidate]:
    """ "under senhösten", "till försommaren": the bare season with the part its prefix tells."""
    mod = SEASON_PREFIX_MOD[match.group("pre").lower()]
    return [replace(found, mod=mod) for found in _BARE_SEASON(match, anchor)]


DEICTIC_RULES: tuple[tuple[re.Pattern[str], Builder], ...] = (
    (re.compile(r"(?<!\w)(?P<t>(?:halv)?årsskiftet(?:\s+(?P<y1>(?:19|20)\d\d)\s*[/–—-]\s*"
                r"(?:19|20)?\d\d)?)(?![\w/])", _I), _turn_of_year),
    # "(lördagen) den 11 oktober förra året"
    (re.compile(rf"(?<!\w)(?P<t>(?:(?:(?P<wd>{WEEKDAY_RE})(?:en)?,?\s+)?(?:den\s+)?(?P<d>{DAY_RE})\s+)?(?P<m>{MONTH_FULL_RE})\s+(?:{_OF_YEAR}))"
                r"(?!\w)", _I), _month_of_year),
    (re.compile(rf"(?<!\w)(?P<t>(?P<s>våren|sommaren|hösten|vintern)\s+(?:{_OF_YEAR}))(?!\w)", _I),
     _season_of_year),
    *(
        (re.compile(rf"(?<!\w)(?P<t>{pattern})(?!\w)", _I), _deictic(grain, offset))
        for pattern, grain, offset in _DEICTIC
    ),
    (re.compile(r"(?:(?<=\bunder\s)|(?<=\bav\s)|(?<=\bpå\s))(?P<t>året|månaden|veckan)"
                r"(?!\w)(?!\s+(?:därpå|därefter|efter|innan|före))", _I), _definite_unit),
    # "Under helgen höll sjukhuset öppet hus": the weekend of the page's week (on a Monday, the
    # one just past), unless a date says which ("under helgen den 9-10 november")
    (re.compile(r"(?<=\bunder\s)(?P<t>helgen)(?!\w)(?!\s+(?:därpå|därefter|efter|innan|före|den\s|\d))",
                _I), _this_weekend),
    # "En kopia skickas till Arbetsmiljöverket till helgen": the weekend of the page's week, still to come (v161)
    (re.compile(r"(?<!\w)(?P<t>till\s+helgen)(?!\w)(?!\s+(?:därpå|därefter|efter|innan|före|den\s|\d))", _I), _coming_weekend),
    (re.compile(r"(?<!\w)(?P<t>i\s+(?P<s>våras|somras|höstas|vintras))(?!\w)", _I),
     _season("last")),
    (re.compile(r"(?<!\w)(?P<t>i\s+(?P<s>sommar|höst|vinter))(?!\w)", _I), _season("current")),
    (re.compile(r"(?<!\w)(?P<t>i\s+(?P<s>vår))(?!\w)", _I), _i_var),
    (re.compile(rf"(?<!\w)(?P<t>nästa\s+(?P<s>{_SEASON_WORD}))(?!\w)", _I), _season("next")),
    (re.compile(rf"(?<!\w)(?P<t>(?:förra|föregående)\s+(?P<s>{_SEASON_WORD}))(?!\w)", _I),
     _season("previous")),
    (re.compile(rf"(?<!\w)(?P<t>(?:kommande|nästkommande)\s+(?P<s>{_SEASON_WORD}))(?!\w)", _I),
     _season("upcoming")),
    (re.compile(r"(?<!\w)(?:till|inför|efter)\s+(?P<t>(?P<s>våren|sommaren|hösten|vintern))"
                r"(?!\w)", _I), _season("upcoming")),
    (re.compile(r"(?<!\w)(?P<t>(?P<s>vårens|sommarens|höstens|vinterns))(?!\w)", _I),
     _season("genitive")),
    (re.compile(r"(?<!\w)(?P<t>(?P<s>våren|sommaren|hösten|vintern))(?!\w)", _I),
     _BARE_SEASON),
    # "under senhösten", "till försommaren": the season's part, its year left to the tense
    (re.compile(rf"(?<!\w)(?P<t>(?P<pre>{SEASON_PREFIX_RE})(?P<s>våren|sommaren|hösten|vintern))(?!\w)", _I),
     _season_part),
    # "i torsdags kväll", "i måndags eftermiddag": that weekday before with its part of the day
    (re.compile(rf"(?<!\w)(?P<t>i\s+(?P<w>{WEEKDAY_RE})s\s+(?P<p>kväll|eftermiddag|förmiddag|natt))(?!\w)", _I),
     _weekday_part("before")),
    # the same day excluded: "i tisdags" in a report published on a Tuesday is the Tuesday before
    (re.compile(rf"(?<!\w)(?P<t>i\s+(?P<w>{WEEKDAY_RE})s)(?!\w)", _I), _weekday("before")),
    # ("Vid måndagskvällens möte": the genitive)
    (re.compile(rf"(?<!\w)(?P<t>(?:på\s+)?(?P<w>{WEEKDAY_RE})s(?P<p>morgon|förmiddag|eftermiddag|kväll|natt)ens?)"
                r"(?!\w)", _I), _weekday_part("on_or_before")),
    (re.compile(rf"(?<!\w)(?P<t>på\s+(?P<w>{WEEKDAY_RE})s(?P<p>morgon|förmiddag|eftermiddag|kväll|natt))"
                r"(?!\w)", _I), _weekday_part("after")),
    (re.compile(rf"(?<!\w)(?P<t>på\s+(?P<w>{WEEKDAY_RE})\s+(?P<p>morgon|förmiddag|eftermiddag|kväll|natt))"
                r"(?!\w)", _I), _weekday_part("after")),
    (re.compile(rf"(?<!\w)(?P<t>(?P<w>{WEEKDAY_RE})\s+(?P<p>morgon|förmiddag|eftermiddag|kväll|natt))"
                r"(?!\w)", _I), _weekday_part("bare")),
    (re.compile(rf"(?<!\w)(?P<t>(?:förra|senaste)\s+(?P<w>{WEEKDAY_RE})en)(?!\w)", _I),
     _weekday("before")),
    # "På fredag nästa vecka träffar hon …": that weekday of the week after publication
    (re.compile(rf"(?<!\w)(?P<t>(?:på\s+)?(?P<w>{WEEKDAY_RE})\s+(?:i\s+)?nästa\s+vecka)(?!\w)", _I),
     _weekday("next_week")),
    (re.compile(rf"(?<!\w)(?P<t>(?:nästa|kommande)\s+(?P<w>{WEEKDAY_RE}))(?!\w)", _I),
     _weekday("after")),
    (re.compile(rf"(?<!\w)(?:på|till|från)\s+(?P<t>(?P<w>{WEEKDAY_RE}))(?!\w)", _I),
     _weekday("after")),
    (re.compile(rf"(?<!\w)(?P<t>(?P<w>{WEEKDAY_RE})(?:en|ens))(?!\w)", _I),
     _weekday("on_or_before")),
    (re.compile(rf"(?<!\w)(?P<t>(?P<w>{WEEKDAY_RE}))(?!\w)", _I), _weekday("bare")),
)  # fmt: skip
