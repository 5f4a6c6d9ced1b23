"""What the extraction rules of one page share: its text, sentences, people and time expressions."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from fvmdocs.extract.facts import FactDate, PersonMention, Provenance
from fvmdocs.extract.orgs import PLACE_KINDS, OrgLexicon
from fvmdocs.extract.people import find_people
from fvmdocs.extract.timex import find_timexes

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["PageContext", "fact_date", "is_heading", "published_date"]

# The board a page names in full: "Styrelsen för Södra Älvsborgs sjukhus", "styrelsen i Inerakom";
# "styrelsens ordförande" and "sjukhusets styrelse" on that page are that board's.
_PAGE_BOARD = re.compile(
    r"\b(?:[Ss]tyrelsen\s(?:för|i|vid)|[A-ZÅÄÖ][a-zåäö]+styrelsen\sför)\s[A-ZÅÄÖ][\w-]*"
    rf"(?:\s(?:[A-ZÅÄÖ][\w-]*|[a-zåäö]*sjukhus|lasarett|kommun|{PLACE_KINDS}|[a-zåäö]*föreningen(?=\s(?:Väst|Öst|Syd|Norr)\b)))*"
)  # "Styrelsen för Södra Älvsborgs sjukhus", "Förbundsstyrelsen för Göteborgsregionen", "… för Idrottsmedicinska föreningen Väst"


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentence spans by character; blocks when the pipeline sets no boundaries."""
    if doc.has_annotation("SENT_START"):
        spans = [(s.start_char, s.end_char) for s in doc.sents]
    else:
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", doc.text)]
    return [(s, e) for s, e in spans if doc.text[s:e].strip()]


def fact_date(timex: Any) -> FactDate:
    return FactDate(timex.value, timex.text, timex.begin, timex.end_date, timex.mod)


def published_date(published: date | None) -> FactDate | None:
    if published is None:
        return None
    day = published.isoformat()
    return FactDate(day, "", day, day, None, from_published=True)


class PageContext:
    """What the rules of one document share: text, sentences, mentions, timexes."""

    def __init__(self, doc: Doc, published: date | None, doc_id: str, version: int, orgs: OrgLexicon) -> None:
        self.text = doc.text
        self.published = published
        self.doc_id = doc_id
        self.version = version
        self.orgs = orgs
        self.sentences = _sentences(doc)
        self.timexes = find_timexes(self.text, published)
        per = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"]
        self.people, self.mentions = find_people(self.text, per, orgs)
        board = _PAGE_BOARD.search(self.text)
        # the board the page names in full, as a decider is written: "styrelsen för Borås lasarett"
        self.board = board.group()[0].lower() + board.group()[1:] if board else None

    def provenance(self, start: int, end: int) -> Provenance:
        return Provenance(self.doc_id, self.version, self.text[start:end], start, end)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        for start, end in self.sentences:
            if start <= offset < end:
                return start, end
        return offset, offset

    def mentions_in(self, start: int, end: int) -> list[PersonMention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def timexes_in(self, start: int, end: int) -> list[Any]:
        return [t for t in self.timexes if start <= t.start and t.end <= end]

    def after_published(self, timex: Any) -> bool:
        """Whether ``timex`` begins after the page's published day (a plan, not something told as past)."""
        return self.published is not None and (timex.begin or "") > self.published.isoformat()


def is_heading(sentence: str) -> bool:
    """A heading or headline: a line that does not end like a sentence."""
    return not sentence.rstrip().endswith((".", "!", "?", "”", '"'))
