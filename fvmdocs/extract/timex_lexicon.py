"""Swedish words for time: months, weekdays, seasons, numbers, units.

Only data and regular-expression fragments live here, so the rules in
``timex_rules`` read as grammar and the word lists can grow without touching it.
"""

from __future__ import annotations

import re


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string, for long lists."""
    return frozenset(words.split())


# A supine ("beslutat", "gått", "skrivit"): after "har"/"hade" it makes a perfect.
SUPINE = re.compile(r"[a-zåäö]{2,}(?:at|it|tt|rt|lt|nt|ft|kt|pt|vt)")
# A verb that moves a date: "flyttades", "sköts upp", "senarelagts", "tidigareläggs".
MOVE_VERB = r"\b(?:flytta|skjut|sköt|senarelag|senarelägg|tidigarelägg)[a-zåäö]*\b"
# The words that close a span at its end: "fram till", "till och med", "t.o.m.".
UNTIL = r"fram\s+till|till\s+och\s+med|t\.\s?o\.\s?m\.?"


MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6,
    "juli": 7, "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}  # fmt: skip

# Abbreviations are only trusted next to a day or a year: "jan" alone is a first name.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "febr": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "måndag": 1, "tisdag": 2, "onsdag": 3, "torsdag": 4, "fredag": 5, "lördag": 6, "söndag": 7,
}  # fmt: skip

# Season stems -> TIMEX3 season code; forms are stem + "" / "en" / "ens" / "as".
SEASONS: dict[str, str] = {"vår": "SP", "sommar": "SU", "höst": "FA", "vinter": "WI"}

# Irregular inflections: "sommaren", "vintern", "i somras", "i vintras".
SEASON_FORMS: dict[str, tuple[str, str]] = {
    "vår": ("vår", "SP"), "våren": ("vår", "SP"), "vårens": ("vår", "SP"), "våras": ("vår", "SP"),
    "sommar": ("sommar", "SU"), "sommaren": ("sommar", "SU"), "sommarens": ("sommar", "SU"),
    "somras": ("sommar", "SU"),
    "höst": ("höst", "FA"), "hösten": ("höst", "FA"), "höstens": ("höst", "FA"),
    "höstas": ("höst", "FA"),
    "vinter": ("vinter", "WI"), "vintern": ("vinter", "WI"), "vinterns": ("vinter", "WI"),
    "vintras": ("vinter", "WI"),
}  # fmt: skip

# A season's part told by a prefix: "senhösten 2022" (END), "försommaren" (START), "högsommaren" (MID).
SEASON_PREFIX_RE = r"sen|för|hög"
SEASON_PREFIX_MOD: dict[str, str] = {"sen": "END", "för": "START", "hög": "MID"}

NUMBER_WORDS: dict[str, int] = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
    "åtta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14,
    "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19, "tjugo": 20,
    "trettio": 30, "fyrtio": 40, "femtio": 50, "hundra": 100, "ett par": 2, "par": 2,
}  # fmt: skip

# Quantities a duration can have without a number: "flera månader" -> PXM.
VAGUE_QUANTITIES = ("några", "flera", "många", "ett antal")

ORDINALS: dict[str, int] = {
    "första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "femte": 5, "sjätte": 6,
    "sjunde": 7, "åttonde": 8, "nionde": 9, "tionde": 10, "elfte": 11, "tolfte": 12,
    "trettonde": 13, "fjortonde": 14, "femtonde": 15, "sextonde": 16, "sjuttonde": 17,
    "artonde": 18, "nittonde": 19, "tjugonde": 20, "tjugoförsta": 21, "tjugoandra": 22,
    "tjugotredje": 23, "tjugofjärde": 24, "tjugofemte": 25, "tjugosjätte": 26,
    "tjugosjunde": 27, "tjugoåttonde": 28, "tjugonionde": 29, "trettionde": 30,
    "trettioförsta": 31, "1:a": 1, "2:a": 2, "3:e": 3, "4:e": 4,
}  # fmt: skip

# Time units in every form a duration or a shift uses, -> TIMEX3 unit letter.
UNITS: dict[str, str] = {
    "år": "Y", "åren": "Y", "året": "Y",
    "månad": "M", "månader": "M", "månaden": "M", "månaderna": "M",
    "vecka": "W", "veckor": "W", "veckan": "W", "veckorna": "W",
    "dag": "D", "dagar": "D", "dagen": "D", "dagarna": "D", "dygn": "D", "dygnet": "D",
    "kvartal": "Q", "kvartalet": "Q", "halvår": "H", "halvåret": "H",
    "decennium": "E", "decennier": "E", "decenniet": "E", "decennierna": "E",
    "timme": "h", "timmar": "h", "timmen": "h", "timmarna": "h",
    "minut": "m", "minuter": "m", "minuten": "m", "minuterna": "m",
}  # fmt: skip

# Words after a 1900-2100 number that show it counts things rather than names a year.
COUNT_WORDS = word_set(
    """kr kronor sek mkr mnkr tkr miljon miljoner miljard miljarder euro dollar procent st
    stycken personer medarbetare anställda patienter invånare användare kommuner vårdgivare
    enheter platser läkare sjuksköterskor besök deltagare licenser ärenden timmar dagar veckor
    månader år meter km mil kvadratmeter kvm sidor ord tecken exemplar svar fall mottagningar
    vårdcentraler sjukhus chefer experter konsulter tjänster journaler system"""
)

# Words before a 1900-2100 number that make it an identifier or an amount, not a year.
NOT_YEAR_BEFORE = word_set(
    """nr nummer sfs dnr diarienummer option version kap kapitel sida s § ärende
    ärendenummer rad tfn tel telefon id fas steg bilaga paragraf punkt artikel konto box
    drygt knappt nästan totalt sammanlagt ytterligare över minst högst"""
)

MONTH_FULL_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH_ANY_RE = (
    r"(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + "|(?:"
    + "|".join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))
    + r")\.?)"
)
WEEKDAY_RE = "|".join(WEEKDAYS)
NUMBER_WORD_RE = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
ORDINAL_WORD_RE = "|".join(sorted((k for k in ORDINALS if ":" not in k), key=len, reverse=True))
# A year in text: 1900-2099, not glued to other digits, decimals, times or identifiers.
YEAR_RE = r"(?<![\d.,:/§-])(?:19|20)\d\d(?![\d]|[.,:]\d)"
YEAR_DIGITS_RE = r"(?:19|20)\d\d(?!\d)"
# A day of month, written as a number, optionally with ":a"/":e".
DAY_NUMBER_RE = r"(?:3[01]|[12]\d|0?[1-9])(?::[ae])?(?!\d)"
DAY_RE = r"(?<![\d.,:/-])" + DAY_NUMBER_RE
DASH_RE = r"\s*[–—-]\s*"


def month_number(word: str) -> int | None:
    """The month number of a full or abbreviated month name, any case, dot optional."""
    key = word.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBREVIATIONS.get(key)


def number_value(word: str) -> float | None:
    """A quantity written as digits or Swedish words; None for vague quantities."""
    key = " ".join(word.lower().split())
    if key in NUMBER_WORDS:
        return float(NUMBER_WORDS[key])
    halves = {"ett halvt": 0.5, "en halv": 0.5, "ett och ett halvt": 1.5, "en och en halv": 1.5}
    if key in halves:
        return halves[key]
    if key.endswith(" och ett halvt") or key.endswith(" och en halv"):
        whole = number_value(key.split(" och ")[0])
        return None if whole is None else whole + 0.5
    digits = key.replace(" ", "").replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        return None


def ordinal_value(word: str) -> int | None:
    """The number of an ordinal word or "3:e"-style ordinal."""
    return ORDINALS.get(word.lower())
