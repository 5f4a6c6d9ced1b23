"""Counts beside a post: a like or comment count, a hit counter, a date-and-views line, a reading time and word
count, a date-and-reading-time line, a forum member's figures.

Forums, blogs and shops print how often a post was read or answered, and who wrote it with how many posts;
none of it is the article. Each rule reads a whole block, so a sentence about views or posts stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bs4 import Tag

from fvmdocs.clean.dates import DATE_TEXT, ENGLISH_DATE_TEXT, MINUTES, READING_TIME
from fvmdocs.clean.text import collapse
from fvmdocs.clean.tree import removed, tags

# A block of counts alone: a like and a comment count run together ("23" and "4" as "234"), never a year.
_COUNTS = re.compile(r"(?!(?:19|20)\d\d$)\d{1,3}(?:[\s\u00a0]?\d{3})*")
# A count with what it counts, on a forum topic or a post: NodeBB's "<span>3</span> Svar", "5 kommentarer"; a few
# such counts joined by separators: Wix blog's ``div.post-stats`` "32 visningar · 0 kommentarer · 4 gilla-markeringar".
_LABELLED_COUNT = (
    r"\d{1,6}\s+(?:svar|inlägg|kommentar(?:er)?|visningar|läsningar|ämnen|trådar|gilla-markeringar|gillningar"
    r"|replies|posts|comments|views|likes)"
)
_COUNT_LABEL = re.compile(
    rf"{_LABELLED_COUNT}(?:\s*[·•|]\s*{_LABELLED_COUNT})*"
    # a hit counter with its label first: Geeklog's "li.story_hits" "Visningar: 214", Joomla's "Träffar: 57"
    r"|(?:antal\s+)?(?:visningar|sidvisningar|läsningar|träffar|hits|views)\s*:?\s*\d{1,3}(?:[\s\u00a0]?\d{3})*",
    re.I,
)
# A post's info line of its date and view count, nothing else: OpenCart's blog "div.blog-info" ("08/10/2026
# Visad 212 gånger", its author span gone as a byline), "12 mars 2024 · Läst 40 gånger", "3 maj 2021 · 88 visningar".
_VIEWS = (
    r"(?:(?:visad|visat|läst|lästs|visats|har\s+(?:visats|lästs))\s+\d{1,3}(?:[\s\u00a0]?\d{3})*\s+gånger"
    r"|\d{1,3}(?:[\s\u00a0]?\d{3})*\s+(?:visningar|läsningar|views))"
)
# Who has seen a post, in a box of its own under it: Viva Engage's (Yammer's) ``div.seenBy`` "Visad av 214 personer",
# "Seen by 214 people", a forum's "Läst av 12".
_SEEN_BY = (
    r"(?:visad|visat|sedd|sett|läst|lästs|seen|viewed|read)\s+(?:av|by)\s+\d{1,3}(?:[\s\u00a0]?\d{3})*"
    r"(?:\s+(?:personer|person|medlemmar|användare|kollegor|people|persons|members|users))?"
)
_VIEW_LINE = re.compile(rf"(?:{DATE_TEXT}\s*[·|•,–-]?\s*)?(?:{_VIEWS}|{_SEEN_BY})(?:\s*[·|•,–-]?\s*{DATE_TEXT})?", re.I)
# A post's reading time and its word count, both figures on a line of their own: Zola's DeepThought "3 min, 598 words"
# (a clock and a pen icon before them) under the headline, "598 ord · 3 min läsning". A sentence about the minutes or
# the words of a text ("Sammanfattningen på 598 ord tar 3 min att läsa.") has more words around them.
_READING_MINUTES = rf"{MINUTES}(?:\s+(?:read|läsning|lästid))?"
_WORD_COUNT = r"\d{1,3}(?:[\s\u00a0,]?\d{3})*\s+(?:words|ord)"
_READING_LINE = re.compile(
    rf"{_READING_MINUTES}\s*[,·•|]?\s*{_WORD_COUNT}|{_WORD_COUNT}\s*[,·•|]?\s*{_READING_MINUTES}", re.I
)
# A post's meta line from its date to its reading time, a dot or a bar before each part and a name or two between:
# AstroWind's "11 dec. 2024 · Kundtjänst · Nyheter · 2 min read" (the author and the category), Astro Nano's "Oct 28,
# 2025 • 3 min read". Each part between is a few words and no sentence, and the line ends in minutes with the word for
# reading, so article text with dots between its phrases ("Lerum · Alingsås · Partille") stays.
_META_PART = r"[^\s·•|.!?][^·•|.!?]{0,38}"
_DATED_READING_LINE = re.compile(
    rf"(?:{DATE_TEXT}|{ENGLISH_DATE_TEXT})(?:\s*[·•|]\s*{_META_PART}){{0,3}}\s*[·•|]\s*{READING_TIME}", re.I
)
_COUNT_BLOCKS = frozenset({"p", "div", "li", "section", "aside", "ul", "ol", "dl", "dd"})


def drop_counts(root: Tag) -> None:
    """Remove blocks that hold nothing but a count, or a count and what it counts ("3 Svar"), perhaps
    beside the post's date ("08/10/2026 Visad 212 gånger"), or a reading time and word count ("3 min, 598 words") or a
    date, names and a reading time ("11 dec. 2024 · Kundtjänst · 2 min read"); a sentence about views has more words."""
    for element in tags(root):
        if element.name not in _COUNT_BLOCKS or removed(element):
            continue
        line = collapse(element.get_text(" "))
        if (_COUNTS.fullmatch(element.get_text(strip=True)) or _COUNT_LABEL.fullmatch(line) or _VIEW_LINE.fullmatch(line)
                or _READING_LINE.fullmatch(line) or _DATED_READING_LINE.fullmatch(line) or _is_info_line(element)):  # fmt: skip
            element.decompose()


# A publication's info line under its title, each fact an element of its own with a dot between them: Calaméo's
# ``div.cal-publication-infos`` of "<span>Analysen nr 1 2017</span> · <span>24 sidor</span> · <time>Publicerad
# 22 februari 2017</time> · <span>312 visningar</span>" (the date read before it goes). One part must count the
# publication's pages, views or downloads.
_INFO_SEPARATOR = re.compile(r"^[\s·•|]*$")
_INFO_COUNT = re.compile(
    r"^\d{1,3}(?:[\s\u00a0]?\d{3})*\s+(?:sidor|sida|visningar|läsningar|nedladdningar|pages|views|reads|downloads)$", re.I
)
_INFO_PART_CHARS = 40
_INFO_PARTS = 2
_INFO_PART_TAGS = frozenset({"span", "time", "a", "small", "strong", "b", "em", "i"})


def _is_info_line(element: Tag) -> bool:
    """Whether ``element`` is short facts in inline elements of their own with separators ("·") between them and
    nothing else, one of them a count."""
    if element.name not in ("div", "p"):
        return False
    parts = []
    separated = False
    for child in element.children:
        if isinstance(child, Tag):
            if child.name not in _INFO_PART_TAGS:
                return False
            parts.append(collapse(child.get_text(" ")))
        elif str(child).strip():
            if not _INFO_SEPARATOR.match(str(child)):
                return False
            separated = True
    if not separated or len(parts) < _INFO_PARTS or any(not part or len(part) > _INFO_PART_CHARS for part in parts):
        return False
    return any(_INFO_COUNT.match(part) for part in parts)


# The terms of a forum member's figures beside a post: WoltLab's "dl.dataList" in "div.userCredits" ("Inlägg"
# 1 204, "Medlem sedan" 12 mars 2011), XenForo's and vBulletin's pairs ("Reaktionspoäng", "Registrerad").
_USER_STAT_TERMS = frozenset({
    "inlägg", "medlem sedan", "blev medlem", "registrerad", "registrerades", "reg.", "poäng", "reaktionspoäng",
    "reaktioner", "gillningar", "gilla-markeringar", "erhållna gillningar", "trådar", "ämnen",
    "posts", "messages", "joined", "member since", "registered", "reaction score", "points", "likes received",
})  # fmt: skip
# The terms of a fediverse status's counts under it: GoToSocial's ``dl.status-stats`` ("Svar" 3, "Boostar" 12).
_STATUS_STAT_TERMS = frozenset({
    "svar", "boostar", "boosts", "favoriter", "favoritmarkeringar", "replies", "reblogs", "favourites", "favorites",
})  # fmt: skip
_STAT_TERMS = _USER_STAT_TERMS | _STATUS_STAT_TERMS


def drop_user_stats(root: Tag, holds_article: Callable[[Tag], bool]) -> None:
    """Remove a forum member's figures under the author's name, or a status's counts under the post: a ``<dl>``
    whose every term is one ("Inlägg", "Medlem sedan"; "Svar", "Boostar"). A list of terms that are the article's
    own keeps them, and so does a box that ``holds_article`` says holds the article."""
    for box in root.find_all("dl"):
        if removed(box):
            continue
        terms = [collapse(term.get_text(" ")).rstrip(":").casefold() for term in box.find_all("dt")]
        if terms and all(term in _STAT_TERMS for term in terms) and not holds_article(box):
            box.decompose()
