"""The facts one analysed document version yields, as plain dataclasses.

Every fact carries a :class:`Provenance`: which document version it came from, the
sentence that states it and that sentence's character span in ``Document.text`` (blocks
joined by a blank line), so a reader can always go back to the words.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

EXTRACTOR_VERSION = 162
"""Bump when a rule changes what is extracted: stored facts of an older version are redone."""

# A TIMEX3 value that names a day ("2024-11-09", also with a clock time after it).
DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")

FACT_KINDS = ("entity", "timex", "person", "mention", "role", "quote", "decision", "event")


@dataclass(frozen=True)
class Provenance:
    """Where a fact was read: document version, sentence and its span in the document text."""

    doc_id: str
    version: int
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class FactDate:
    """A normalised date of a fact: the TIMEX3 value, its calendar interval and its words.

    ``text`` is empty and ``from_published`` true when the text gave no date and the page's
    published date stands in.
    """

    value: str
    text: str = ""
    begin: str | None = None
    end: str | None = None
    mod: str | None = None
    from_published: bool = False


@dataclass(frozen=True)
class Entity:
    """A named entity of the document, with the canonical name it resolves to."""

    text: str
    label: str
    start: int
    end: int
    canonical: str


@dataclass(frozen=True)
class TimexFact:
    """A time expression found in the document, normalised against the published date."""

    text: str
    type: str
    value: str
    start: int
    end: int
    mod: str | None = None
    begin: str | None = None
    end_date: str | None = None
    # the end of a range told in words ("från vecka 42 till vecka 45" -> "2026-W45"), whose value is its start
    range_end: str | None = None


@dataclass(frozen=True)
class PersonMention:
    """One mention of a person: its words, its span, and the full name it refers to."""

    text: str
    start: int
    end: int
    person: str


@dataclass(frozen=True)
class Person:
    """A person named in a document: the fullest name used and how often they are mentioned."""

    name: str
    mentions: int
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Role:
    """Someone holds a title, at an organisation when the text says which, as of a date."""

    person: str
    title: str
    org: str | None
    as_of: str | None
    as_of_stated: bool
    provenance: Provenance


@dataclass(frozen=True)
class Quote:
    """Words put in someone's mouth: the quote, who said it (a resolved person), when."""

    text: str
    speaker: str | None
    date: str | None
    start: int
    end: int
    provenance: Provenance


@dataclass(frozen=True)
class Decision:
    """A decision: the body or person who took it, what it was about, when, and its status."""

    by: str | None
    what: str
    date: FactDate | None
    status: str
    provenance: Provenance


@dataclass(frozen=True)
class Event:
    """Something that happened or is planned: go-live, pause, agreement, letter, deadline, ..."""

    type: str
    date: FactDate | None
    status: str
    actors: tuple[str, ...]
    summary: str
    provenance: Provenance


@dataclass
class DocumentFacts:
    """Everything extracted from one document version."""

    doc_id: str
    version: int
    published: str | None
    extractor_version: int = EXTRACTOR_VERSION
    entities: list[Entity] = field(default_factory=list)
    timexes: list[TimexFact] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    mentions: list[PersonMention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary of every fact."""
        return asdict(self)
