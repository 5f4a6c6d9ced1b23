"""What an event is about, read from its sentence: which part of the region goes live, whether a
pause is the decision or the roll-back, whether a plan is called off, and content keywords.

This is the project's own knowledge of how the FVM pages talk about the roll-out.

>>> golive_scope("Hösten 2024 går södra Västra Götaland över till Millennium.", "Hösten 2024")
'south'
"""

from __future__ import annotations

import re

SCOPES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("eservices", "E-tjänster i Cerner virtual", re.compile(r"e-tjänst|cerner virtual")),
    (
        "south-rest",
        "Resten av södra området",
        re.compile(r"\b(rest(en)?|övriga( delar)?)( av)?( det)? södra"),
    ),
    (
        "region",
        "Hela regionen",
        re.compile(r"hela regionen|övriga sjukhus|övriga delar av regionen|övriga områden"),
    ),
    ("north-east", "Norra och östra delarna", re.compile(r"\b(norra|östra|norr|öster)\b")),
    ("west", "Västra delarna", re.compile(r"\bvästra (?!götaland)|\bväster\b")),
    (
        "south",
        "Södra Älvsborg (första starten)",
        re.compile(
            r"södra älvsborg|södra västra götaland|södra området|södra delen|\bi söder\b"
            r"|\bsäs\b|första införandet|första verksamheterna"
        ),
    ),
)
SCOPE_NAMES = {key: name for key, name, _ in SCOPES}

_SUBCLAUSE = re.compile(r"[,:;–]| och ")
_CLAUSE = re.compile(r"[,:;–]")
_CANCELLED = re.compile(
    r"blir (ingen|inte av)|börjar inte|inte längre gäller|gäller inte längre|är (därmed )?ersatt"
    r"|ställs in|avbryts|skjuts upp(?! till)|inte .{0,40}som det var planerat|(?:blir|är) inte (?:längre )?aktuell",
    re.IGNORECASE,
)
_ROLLBACK = re.compile(r"återgång|återgå|tillbaka till|gamla systemen|tidigare system", re.I)
_WORD = re.compile(r"[a-zåäöé]{4,}")
_STOPWORD_TEXT = (
    "också under efter innan därefter sedan enligt planen ska skall inte till från eller "
    "detta dess deras denna dessa andra första har hade blir blev kommer kan får vara sina "
    "samma mellan redan ännu över bara även när vilka vilket som nästa förra igen hela "
    "millennium programmet regionen införandet"
)
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def _keyword_in(text: str) -> list[tuple[int, str]]:
    """Every scope keyword in ``text`` (lower case) with its position, first pattern first."""
    spans: list[tuple[int, int, str]] = []
    for key, _name, pattern in SCOPES:
        for match in pattern.finditer(text):
            # "övriga delar av södra området" is the rest of the south, not the south
            if not any(match.start() < end and start < match.end() for start, end, _ in spans):
                spans.append((match.start(), match.end(), key))
    return [(start, key) for start, _end, key in spans]


def _nearest(text: str, anchor: int) -> str | None:
    hits = _keyword_in(text)
    if not hits:
        return None
    order = [key for key, _, _ in SCOPES]
    return min(hits, key=lambda hit: (abs(hit[0] - anchor), order.index(hit[1])))[1]


def _piece(text: str, splitter: re.Pattern[str], anchor: int) -> tuple[int, str]:
    """The piece of ``text`` between separators that holds position ``anchor``."""
    start = 0
    for match in splitter.finditer(text):
        if match.start() >= anchor:
            return start, text[start : match.start()]
        start = match.end()
    return start, text[start:]


def _scope_near(text: str, date_text: str) -> str | None:
    """The scope keyword nearest the date: its sub-clause first, then its clause, then anywhere."""
    text = text.lower()
    anchor = text.find(date_text.lower()) if date_text else -1
    if anchor < 0:
        return _nearest(text, 0)
    for splitter in (_SUBCLAUSE, _CLAUSE):
        offset, piece = _piece(text, splitter, anchor)
        found = _nearest(piece, anchor - offset)
        if found:
            return found
    return _nearest(text, anchor)


def golive_scope(sentence: str, date_text: str = "", summary: str = "") -> str | None:
    """Which part of the region a go-live sentence is about, by the keyword nearest the date.

    The extracted summary (a clause) is read first, then the sentence; in each, the sub-clause
    holding the date comes first ("Våren 2026 är det de norra och östra delarnas tur, och hösten
    2026 ... de västra delarna"), then its clause, then the whole text.
    """
    if summary and summary != sentence:
        own = _scope_near(summary, date_text)
        if own:
            return own
    return _scope_near(sentence, date_text)


def pause_topic(sentence: str, summary: str = "") -> str:
    """``rollback`` for the return to the old systems, ``pause`` for the pause itself."""
    return "rollback" if _ROLLBACK.search(summary or sentence) else "pause"


def says_cancelled(sentence: str) -> bool:
    """Whether the sentence calls a plan off: "blir ingen start", "gäller inte längre", "ersatt"."""
    return bool(_CANCELLED.search(sentence))


def keywords(text: str) -> frozenset[str]:
    """Content words cut to five letters, so "avtalet" and "avtal" meet."""
    return frozenset(
        word[:5] for word in _WORD.findall(text.lower()) if word not in _STOPWORDS
    )
