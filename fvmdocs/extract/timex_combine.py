"""Combining neighbouring matches: part words, ranges, shared years, clock times.

Runs on the chosen, non-overlapping candidates, left to right:

1. part words widen a date: "(i) början av augusti" -> mod START, "kring
   årsskiftet" -> APPROX; the preposition "i" stays outside;
2. ranges join two dates: "2024–2026", "från hösten 2024 till våren 2026",
   "mellan maj och juni" (one candidate, "från"/"mellan" included);
3. coordinated dates share a year: in "våren och hösten 2024" "våren" is 2024; a month
   or season followed by "samma år" / "året därpå" takes its year from the text before
   ("i mars 2027 … hösten samma år"), and one listed after a dated one in its sentence takes
   that year when it comes later in the year ("i mars 2027 och Fyrbodal i maj");
4. limits widen a date: "senast den 5 juni" -> BEFORE, "efter sommaren" ->
   AFTER ("senast", "före", "innan", "till och med", "fram till" are BEFORE;
   "efter", "tidigast", "från och med" are AFTER; the interval stays the date's own);
5. a date and a clock time next to each other become one TIME.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from fvmdocs.extract.timex_anchor import sentence_tense, told_in_past
from fvmdocs.extract.timex_calendar import Point, point_interval
from fvmdocs.extract.timex_candidate import Candidate
from fvmdocs.extract.timex_lexicon import MOVE_VERB

_I = re.IGNORECASE
_PART_WORDS = re.compile(
    r"(?:\bi\s+|\bunder\s+)?(?P<m>(?P<w>början|inledningen|mitten|slutet|slutskedet"
    r"|senare\s+delen|första\s+delen|senare\s+halvan|första\s+halvan)\s+(?:av|på)"
    r"|(?P<w2>tidigt|sent)(?:\s+(?:i|under|på))?)\s+$",
    _I,
)
_PART_MODS = {"början": "START", "inledningen": "START", "första delen": "START",
              "första halvan": "START", "tidigt": "START", "mitten": "MID", "slutet": "END",
              "slutskedet": "END", "senare delen": "END", "senare halvan": "END",
              "sent": "END"}  # fmt: skip
_APPROX = re.compile(
    r"(?<![\w-])(?P<m>(?:omkring|kring|runt|cirka|ca\.?|ungefär|någon\s+gång)(?:\s+(?:i|under|vid))?)\s+$", _I
)
# (not inside a word: "antog därefter i september" has no "efter")
_LIMIT = re.compile(
    r"(?<![\w-])(?P<m>(?P<w>senast|före|innan|till\s+och\s+med|t\.\s?o\.\s?m\.?|fram\s+till"
    r"|tidigast|efter|från\s+och\s+med|fr\.\s?o\.\s?m\.?|inte\s+förrän)"
    r"(?:\s+(?:i|under|på|vid))?)\s+$",
    _I,
)
_AFTER_WORDS = ("tidigast", "efter", "från", "fr.", "inte")
# "januari–mars", "2024/2025": a range however its ends read
_DASH = r"\s*[–—-]\s*|\s*/\s*"
_DASH_GAP = re.compile(_DASH)
_RANGE_GAP = re.compile(
    _DASH + r"|\s+(?:till(?:\s+och\s+med)?|t\.\s?o\.\s?m\.?|fram\s+till)\s+"
    r"(?:(?:i|under)\s+)?",
    _I,
)
_RANGE_OPEN = re.compile(
    r"(?P<m>(?:från(?:\s+och\s+med)?|fr\.\s?o\.\s?m\.?|mellan)(?:\s+(?:i|under))?)\s+$", _I
)
_AND_GAP = re.compile(r"\s+och\s+(?:(?:i|under)\s+)?", _I)
_COORD_GAP = re.compile(r"\s*,\s*|\s+(?:och|eller|samt|respektive)\s+(?:(?:i|under)\s+)?", _I)
_CLOCK_GAP = re.compile(r"\s*,?\s*", _I)
_LOOKBACK = 40


def _is_plain_date(cand: Candidate) -> bool:
    return (
        cand.type == "DATE"
        and cand.point is not None
        and cand.point_end is None
        and cand.shift is None
        and cand.point.grain != "weekday"
    )


def _prefix(
    pattern: re.Pattern[str], text: str, cand: Candidate, floor: int
) -> re.Match[str] | None:
    """A match of ``pattern`` ending right where the candidate starts, not before ``floor``."""
    start = max(floor, cand.start - _LOOKBACK)
    return pattern.search(text, start, cand.start)


def attach_part_words(text: str, cands: list[Candidate]) -> None:
    """Step 1: START/MID/END and APPROX words before a date."""
    floor = 0
    for cand in cands:
        if _is_plain_date(cand):
            found = _prefix(_PART_WORDS, text, cand, floor)
            if found:
                word = " ".join((found.group("w") or found.group("w2")).lower().split())
                cand.mod, cand.start = _PART_MODS[word], found.start("m")
        if cand.type == "DATE" and cand.point is not None and cand.shift is None:
            found = _prefix(_APPROX, text, cand, floor)
            if found and cand.mod is None:
                cand.mod, cand.start = "APPROX", found.start("m")
        floor = cand.end


# "flyttades från mars till april", "skjuts upp från våren till hösten 2027": where something was
# moved from and to, two dates rather than a range.
MOVED = re.compile(rf"{MOVE_VERB}[^.;:]{{0,40}}$", _I)


def _range_gap(text: str, left: Candidate, right: Candidate, floor: int) -> int | None:
    """Where a range of left..right starts, or None when the gap does not make one."""
    gap = text[left.end : right.start]
    opening = _prefix(_RANGE_OPEN, text, left, floor)
    if _AND_GAP.fullmatch(gap):
        between = opening is not None and opening.group("m").lower().startswith("mellan")
        return opening.start("m") if between and opening else None
    if not _RANGE_GAP.fullmatch(gap):
        return None
    if text.startswith("I ", right.start):
        return None  # "Göteborg, 13 juni 2019 – I dag ...": a dateline, then a new sentence
    if opening and opening.group("m").lower().startswith("mellan"):
        return None
    assert left.point is not None and right.point is not None
    if opening is None and left.point.year is None and right.point.grain == "year" and not _DASH_GAP.fullmatch(gap):
        return None  # "förlängdes i januari till och med 2028": when it was done, then how far it runs
    return opening.start("m") if opening else left.start


def _ordered(left: Candidate, right: Candidate) -> bool:
    """False when both ends have years and the right one lies before the left one."""
    assert left.point is not None and right.point is not None
    if left.point.year is None or right.point.year is None:
        return True
    begin, end = point_interval(left.point), point_interval(right.point)
    return begin is None or end is None or begin[0] <= end[1]


def _moved(text: str, left: Candidate, right: Candidate) -> bool:
    """ "skjuts upp från våren till hösten 2027": two dates, not a range; the first takes the
    second's year (the year before if it would come after it)."""
    if not (_is_plain_date(left) and _is_plain_date(right) and _RANGE_GAP.fullmatch(text[left.end : right.start])):
        return False
    if not MOVED.search(text, max(0, left.start - 50), left.start):
        return False
    assert left.point is not None and right.point is not None
    if left.point.year is None and right.point.year is not None:
        borrowed = replace(left.point, year=right.point.year)
        first, last = point_interval(borrowed), point_interval(right.point)
        if first and last and first[0] > last[1]:
            borrowed = replace(borrowed, year=right.point.year - 1)
        left.point = borrowed
    return True


def join_ranges(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Step 2: two dates with "–", "till", "från ... till", "mellan ... och" become a range."""
    joined: list[Candidate] = []
    floor = 0
    for cand in cands:
        left = joined[-1] if joined else None
        if left and _moved(text, left, cand):
            floor = left.end
            joined.append(cand)
            continue
        if left and _is_plain_date(left) and _is_plain_date(cand) and _ordered(left, cand):
            start = _range_gap(text, left, cand, floor)
            if start is not None:
                joined[-1] = replace(
                    left,
                    start=start,
                    end=cand.end,
                    point_end=cand.point,
                    mod_end=cand.mod,
                    anchored=left.anchored or cand.anchored,
                )
                continue
        if left:
            floor = left.end
        joined.append(cand)
    return joined


_YEAR_ANAPHOR_GAP = re.compile(r"\s+")


def join_year_anaphora(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Step 3a: "hösten samma år", "i mars året därpå": one expression whose year is the year
    of the expression before it (shifted), resolved with the other anaphora."""
    joined: list[Candidate] = []
    for cand in cands:
        left = joined[-1] if joined else None
        shift = cand.shift
        if (
            left is not None
            and _is_plain_date(left)
            and left.point is not None
            and left.point.year is None
            and left.point.grain in ("month", "part", "day")
            and shift is not None
            and shift[0] == "Y"
            and shift[2]
            and _YEAR_ANAPHOR_GAP.fullmatch(text[left.end : cand.start])
        ):
            joined[-1] = replace(left, end=cand.end, year_shift=int(shift[1]))
            continue
        year = _deictic_year(text, cand)
        if (
            left is not None
            and year is not None
            and _is_plain_date(left)
            and left.point is not None
            and left.point.year is None
            and left.point.grain in ("month", "part", "day", "week")
            and _YEAR_ANAPHOR_GAP.fullmatch(text[left.end : cand.start])
        ):
            # "under november nästa år", "i mars i år", "vecka 11 nästa år": one expression, in that year
            joined[-1] = replace(left, end=cand.end, point=replace(left.point, year=year), anchored=True)
            continue
        joined.append(cand)
    return joined


_DEICTIC_YEAR = re.compile(r"(?:nästa|nästkommande|kommande)\s+år|i\s*fjol|förra\s+året|i\s*år", _I)


def _deictic_year(text: str, cand: Candidate) -> int | None:
    """The year of "nästa år", "i fjol", "i år" as a candidate of its own, else None."""
    point = cand.point
    if point is None or point.grain != "year" or point.year is None or not cand.anchored or cand.type != "DATE":
        return None
    return point.year if _DEICTIC_YEAR.fullmatch(text[cand.start : cand.end]) else None


_SINCE_BEFORE = re.compile(r"\bsedan\s+(?:i\s+)?$", _I)
_LISTED_GAP = 100  # characters between a dated expression and a month listed after it


def carry_listed_years(text: str, cands: list[Candidate]) -> None:
    """Step 3d: "Skaraborg går över i mars 2027 och Fyrbodal i maj": a month or season without a
    year, listed after a dated one in the same sentence, takes its year if it comes later in it."""
    for left, right in zip(cands[:-1], cands[1:], strict=True):
        known, point = left.point_end or left.point, right.point
        if not (_is_plain_date(right) and point is not None and point.year is None and right.year_shift is None):
            continue
        if known is None or known.year is None or left.anchored or known.grain not in ("month", "part", "day"):
            continue
        if _SINCE_BEFORE.search(text, max(0, left.start - 12), left.start):
            continue  # "har drivit frågan sedan våren 2019 och lämnade i juni": a start, the state runs to now
        gap = text[left.end : right.start]
        if len(gap) > _LISTED_GAP or re.search(r"[.!?:;\n]|,\s(?:och|men)\s(?:\S+\s){2}", gap) or point.grain not in ("month", "part"):
            continue  # ", och regionstyrelsen väntas … i juni": a clause of its own; not ", och från hösten"
        if sentence_tense(text, right.start, right.end) == "past" and sentence_tense(text, left.start, left.end) != "past":
            continue  # "börjar hösten 2027, enligt den tidplan som styrelsen fastställde i december": told as done
        borrowed = replace(point, year=known.year)
        first, last = point_interval(known), point_interval(borrowed)
        if first and last and last[0] > first[0] and _weekday_fits(borrowed, known.year):
            right.point = borrowed


_HEADING_REACH = 300  # characters after a heading in which its body names the same month


def headings_follow_body(text: str, cands: list[Candidate]) -> None:
    """Step 6, after anchoring: "Fyrbodal i november" as a heading over "går över lördagen den
    14 november": a month or season of a heading whose year was only guessed takes the year its
    body gives the same month or season."""
    for index, cand in enumerate(cands):
        point = cand.point
        if not cand.guessed or point is None or cand.point_end is not None or point.grain not in ("month", "part"):
            continue
        line_start = text.rfind("\n", 0, cand.start) + 1
        line_end = text.find("\n", cand.end)
        line = text[line_start : len(text) if line_end == -1 else line_end].rstrip()
        if line_end == -1 or len(line) > 120 or line.endswith((".", "!", "?", ":", "”", '"')):
            continue
        if sentence_tense(line, cand.start - line_start, cand.end - line_start) is not None:
            continue  # "Beslut väntas i början av sommaren": the heading's own verb dates it (not the body's)
        same: list[tuple[str, int, str]] = []  # the words, year and grain of each later mention of the month or season
        # "NU-sjukvården byter i oktober" over "Södra Älvsborgs sjukhus startade om den 11 oktober 2025. …
        # NU-sjukvården går över lördagen den 17 oktober": the mention whose line names the heading's subject first
        # (a name's capital, not the heading's first capital: "Södra Älvsborg …" names "Älvsborg", "NU-sjukvården …" itself)
        names = {w for i, w in enumerate(line.split()) if w[:1].isupper() and (i > 0 or "-" in w or w[1:2].isupper())}
        subject: list[tuple[str, int, str]] = []
        for later in cands[index + 1 :]:
            if later.start - line_end > _HEADING_REACH:
                break
            known = later.point
            if later.start <= line_end or known is None or known.year is None or later.type not in ("DATE", "TIME"):
                continue
            if (point.month is not None and known.month == point.month) or (point.part is not None and known.part == point.part):
                same.append((text[later.start : later.end].lower(), known.year, known.grain))
                later_line = text[text.rfind("\n", 0, later.start) + 1 : later.start]
                if names and any(name in later_line for name in names):
                    subject.append(same[-1])
        same = subject + [mention for mention in same if mention not in subject]
        # "Leverantören väljs i januari" over "gick ut den 15 januari … väntas välja leverantör i januari (nästa
        # år)": the body's own words again, else the month named as a whole, before any one day of it
        own = text[cand.start : cand.end].lower()
        year = next(
            (y for words, y, _ in same if words == own),
            next((y for _, y, grain in same if grain == point.grain), same[0][1] if same else None),
        )
        if year is not None:
            cand.point = replace(point, year=year)


def share_years(text: str, cands: list[Candidate]) -> None:
    """Step 3: a date without a year takes the year of the coordinated date after it."""
    for left, right in zip(reversed(cands[:-1]), reversed(cands[1:]), strict=True):
        if not (_is_plain_date(left) and right.type == "DATE" and right.point is not None):
            continue
        assert left.point is not None
        if left.point.year is not None or right.point.year is None or right.anchored:
            continue
        if right.point.grain == "year" or not _COORD_GAP.fullmatch(text[left.end : right.start]):
            continue
        left.point = replace(left.point, year=right.point.year)


SENTENCE_END = re.compile(r"[.!?]\s")
_MONTH_CONTEXT = 300  # characters back in which "november 2024" gives "den 20 november" its year


def inherit_month_years(text: str, cands: list[Candidate], anchor: datetime.date | None = None) -> None:
    """Step 3b: "Det var i november 2024 ... Den 20 november stoppades": a day or month without
    a year takes the year of the same month named with one shortly before, unless a past tense
    tells of it and that year is still to come ("går över den 2 oktober 2027 … fattade ett
    likadant beslut den 16 oktober")."""
    for index, cand in enumerate(cands):
        point = cand.point
        if point is None or point.year is not None or point.month is None or cand.type != "DATE":
            continue
        if index and _coordinated_without_year(text, cands[index - 1], cand):
            continue  # "under oktober och november": the year of "oktober", whatever it will be
        passed: list[int] = []  # the months of year-less dates told in between
        for earlier in reversed(cands[:index]):
            if _COMPARED.search(text, max(0, earlier.start - 30), earlier.start):
                continue  # "Under samma dagar i november 2023 var antalet 118": a comparison
            if cand.start - earlier.end > _MONTH_CONTEXT:
                break
            known = earlier.point_end or earlier.point
            if known is not None and known.year is None and known.month == point.month and earlier.type == "DATE":
                break  # "onsdagen den 21 oktober … senast den 9 oktober": the nearer mention, not of that year
            if known is not None and known.year is None and known.month is not None and earlier.type == "DATE" and (
                SENTENCE_END.search(text, earlier.end, cand.start) is not None
            ):
                # "… fastställde regionstyrelsen den 17 maj 2022. Kommunstyrelsen godkände den 4 juni
                # avtalet. Bolagets styrelse beslutade i maj": a day of the page's own year told in
                # between brings the story back to it
                break
            another_sentence = SENTENCE_END.search(text, earlier.end, cand.start) is not None
            far_ahead = anchor is not None and known is not None and known.year is not None and known.year - anchor.year >= 2
            if another_sentence and (earlier.point_end is not None or far_ahead):
                # "Avtalet gäller … till den 31 oktober 2029. Vi testar kopplingen under oktober": the
                # end of a period, or a day years ahead, told before is no year for the sentences after it
                continue
            if known is not None and known.year is None and known.month is not None and earlier.type == "DATE":
                passed.append(known.month)
            if known is None or earlier.anchored or known.year is None or known.month != point.month:
                continue
            if any(month < known.month for month in passed):
                # "Den 11 oktober 2025 startade systemet om. Skaraborg bytte system den 11 april, och NU-sjukvården
                # följde den 17 oktober": the story went on past a new year, so October is no longer 2025's
                break
            if not _weekday_fits(point, known.year):
                break  # "måndag den 16 november" is not a Monday in the year named before
            borrowed = replace(point, year=known.year)
            interval = point_interval(borrowed)
            tense = sentence_tense(text, cand.start, cand.end)
            if anchor is not None and interval is not None and interval[0] > anchor and tense == "past":
                break
            if anchor is not None and interval is not None and interval[1] < anchor and tense == "future":
                break  # "startade om den 11 oktober 2025. NU-sjukvården följer i oktober": still to come
            if another_sentence and anchor is not None and anchor.year - known.year >= 2 and not told_in_past(text, cand.start, cand.end):
                # "Fullmäktige beslutade i juni 2016 … Styrgruppen följer upp anbuden vid sitt möte den 20
                # juni" on a page of 2018: a month years back, and this sentence tells of no past
                break
            cand.point = borrowed
            cand.guessed = True  # not told in the expression itself: a heading's body may still say otherwise
            break
        if cand.point is not None and cand.point.year is None and "\n" in text[cand.end :] and "\n" not in text[: cand.start]:
            _title_month(text, cands[index + 1 :], cand)


# A date named to compare with, not the one the text goes on about.
_COMPARED = re.compile(
    r"\b(?:samma\s+(?:dagar|period|perioden|tid|vecka|veckor|månad|datum)|motsvarande\s+\w+|jämfört\s+med)"
    r"(?:\s+(?:i|under))?\s+$",
    _I,
)


def _coordinated_without_year(text: str, left: Candidate, right: Candidate) -> bool:
    """ "oktober och november", both without a year: the second shares the first's."""
    known = left.point
    return (
        left.type == "DATE"
        and known is not None
        and known.year is None
        and known.month is not None
        and _COORD_GAP.fullmatch(text[left.end : right.start]) is not None
    )


def _title_month(text: str, later: list[Candidate], cand: Candidate) -> None:
    """ "Kortare köer än i november" as the headline, "den första starten i november i fjol" in the
    lead: a month of the headline takes the year of the same month named with one soon after."""
    assert cand.point is not None
    for other in later:
        if other.start - cand.end > _MONTH_CONTEXT:
            return
        known = other.point_end or other.point
        if known is not None and known.year is not None and known.month == cand.point.month and other.type == "DATE":
            if _weekday_fits(cand.point, known.year):
                cand.point = replace(cand.point, year=known.year)
            return


def _weekday_fits(point: Point, year: int) -> bool:
    """Whether a day named with its weekday ("måndag den 16 november") is that weekday in ``year``."""
    if point.weekday is None or point.day is None or point.month is None:
        return True
    try:
        return datetime.date(year, point.month, point.day).isoweekday() == point.weekday
    except ValueError:
        return False


def lend_listed_years(text: str, cands: list[Candidate]) -> None:
    """Step 3c: "tidplanen för 2027: Skaraborg i mars, NU-sjukvården i maj": a year that opens a
    list with a colon gives its year to the months and seasons listed after it on that line."""
    chronology: tuple[int, int] | None = None  # (year, month) of the last chronology label
    for index, cand in enumerate(cands):
        point = cand.point
        if point is not None and point.month is not None and _is_month_label(text, cand):
            # "Året månad för månad … Januari: …": a chronology of the year the text named last
            # before it, going on into the next year when the months start over
            if chronology is None:
                year = _chronology_year(text, cands[:index], cand.start)
            else:
                year = chronology[0] + (1 if point.month <= chronology[1] else 0)
            if year is not None:
                cand.point = replace(point, year=year)
                chronology = (year, point.month)
                end = cand.point_end
                if end is not None and end.month is not None:
                    # "Maj–juni: Verksamheterna testar": a label of two months
                    end_year = year + (1 if end.month < point.month else 0)
                    cand.point_end = replace(end, year=end_year)
                    chronology = (end_year, end.month)
            continue
        if point is None or not _is_bare_year(cand) or not re.match(r"\s*:", text[cand.end :]):
            continue
        line_end = text.find("\n", cand.end)
        for later in cands[index + 1 :]:
            if line_end != -1 and later.start > line_end:
                break
            known = later.point
            if known is not None and known.year is None and known.grain in ("month", "part", "day") and later.type == "DATE":
                later.point = replace(known, year=point.year)


_SEASON_GENITIVE = re.compile(r"(?:vårens|sommarens|höstens|vinterns)", _I)
_UNDER_YEAR = re.compile(r"(?:^|[.!?]\s+|\n)[Uu]nder\s+$")


def frame_season_genitives(text: str, cands: list[Candidate]) -> None:
    """Step 3e: "Under 2017 skadade 23 löpare fotleden, de flesta under höstens nattorienteringar":
    a season in the genitive takes the year its sentence opens with, not the season of the page."""
    for index, cand in enumerate(cands):
        if cand.point is None or not _SEASON_GENITIVE.fullmatch(text[cand.start : cand.end]):
            continue
        for earlier in reversed(cands[:index]):
            if SENTENCE_END.search(text, earlier.end, cand.start) is not None:
                break
            if _is_bare_year(earlier) and _UNDER_YEAR.search(text, max(0, earlier.start - 8), earlier.start):
                assert earlier.point is not None
                cand.point = replace(cand.point, year=earlier.point.year)
                break


def _chronology_year(text: str, earlier: list[Candidate], label_start: int) -> int | None:
    """The year a chronology's month labels belong to: one named in the heading just above the
    labels ("Det här händer i FVM under 2021"), else in the page's title ("2025 – året då …",
    not the "under 2026" of a preview after it), else the year named last before them."""
    years = [c for c in earlier if c.point is not None and _is_bare_year(c)]
    heading_start = text.rfind("\n", 0, max(0, text.rfind("\n", 0, label_start)))
    heading = [c for c in years if c.start > heading_start]
    title_end = text.find("\n")
    title = [c for c in years if title_end == -1 or c.end <= title_end]
    chosen = heading[-1] if heading else title[0] if title else years[-1] if years else None
    return chosen.point.year if chosen is not None and chosen.point is not None else None


def _is_bare_year(cand: Candidate) -> bool:
    return cand.point is not None and cand.point.grain == "year" and cand.point.year is not None and not cand.anchored


def _is_month_label(text: str, cand: Candidate) -> bool:
    """A month without a year that opens a line and a colon: an entry label of a chronology."""
    point = cand.point
    at_line_start = cand.start == 0 or text[cand.start - 1] == "\n"
    return (
        point is not None and point.grain == "month" and point.year is None
        and (cand.point_end is None or cand.point_end.grain == "month" and cand.point_end.year is None)
        and at_line_start and text.startswith(":", cand.end)
    )


def attach_limits(text: str, cands: list[Candidate]) -> None:
    """Step 4: BEFORE/AFTER words before a date."""
    floor = 0
    for cand in cands:
        if _is_plain_date(cand) and cand.mod is None:
            found = _prefix(_LIMIT, text, cand, floor)
            if found:
                word = found.group("w").lower()
                cand.mod = "AFTER" if word.startswith(_AFTER_WORDS) else "BEFORE"
                cand.start = found.start("m")
        floor = cand.end


def _day_like(cand: Candidate) -> bool:
    return _is_plain_date(cand) and cand.point is not None and cand.point.grain == "day"


def _is_clock(cand: Candidate) -> bool:
    return cand.type == "TIME" and cand.point is None


def join_clock_times(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Step 5: "den 17 maj klockan 10" and "kl. 10 i dag" become one TIME."""
    joined: list[Candidate] = []
    for cand in cands:
        left = joined[-1] if joined else None
        if left and _CLOCK_GAP.fullmatch(text[left.end : cand.start]):
            date_part, clock = (left, cand) if _day_like(left) else (cand, left)
            if _day_like(date_part) and _is_clock(clock):
                joined[-1] = replace(
                    date_part,
                    start=left.start,
                    end=cand.end,
                    type="TIME",
                    time=clock.time,
                    time_end=clock.time_end,
                    mod=None,
                )
                continue
        joined.append(cand)
    return joined


# "under starthelgen och veckan efter": the week after an event named by a noun, not a date.
_AFTER_EVENT = re.compile(r"(?P<w>[a-zåäö]+)\s+och\s+$")
_FOLLOWING = re.compile(r"(?:året|månaden|veckan|dagen|helgen)\s+(?:därpå|därefter|efter)\b", _I)


def drop_event_anaphora(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Step 0: "veckan efter" coordinated with an event noun rather than a date is no date."""
    kept: list[Candidate] = []
    for cand in cands:
        if cand.shift is not None and _FOLLOWING.fullmatch(text, cand.start, cand.end):
            found = _AFTER_EVENT.search(text, max(0, cand.start - 40), cand.start)
            if found and not any(other.end == found.end("w") for other in kept):
                continue
        kept.append(cand)
    return kept
