"""Plain dataclasses passed between the pipeline stages.

Data flows one way: ``RawPage`` (read or fetched bytes) -> ``Document`` (cleaned)
-> store -> index. Later stages add facts about a stored document version.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BLOCK_KINDS = ("title", "lead", "heading", "paragraph", "list_item", "quote")


@dataclass(frozen=True)
class RawPage:
    """The undecoded bytes of one page and where they came from."""

    url: str
    body: bytes
    source: str
    content_type: str | None = None
    charset: str | None = None
    fetched: str | None = None
    status: int = 200


@dataclass(frozen=True)
class Block:
    """One unit of clean text: a heading, a paragraph, a list item, ..."""

    kind: str
    text: str
    level: int = 0


@dataclass(frozen=True)
class Document:
    """A cleaned page: metadata plus body blocks, boilerplate removed."""

    url: str
    title: str
    blocks: tuple[Block, ...]
    source: str
    published: str | None = None
    updated: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    site: str | None = None
    kind: str = "article"  # or "listing": a page of teasers linking to articles

    @property
    def text(self) -> str:
        """The body as plain text, one block per paragraph."""
        return "\n\n".join(block.text for block in self.blocks)


@dataclass
class SourceFailure:
    """A source that could not be ingested, with a one-line reason."""

    source: str
    reason: str


@dataclass
class IngestReport:
    """Counts of one ingest run; ``failed`` lists what went wrong, per source."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failures: list[SourceFailure] = field(default_factory=list)
    indexed: int = 0

    @property
    def failed(self) -> int:
        return len(self.failures)

    def as_dict(self) -> dict[str, object]:
        return {
            "new": self.new,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "indexed": self.indexed,
            "failures": [{"source": f.source, "reason": f.reason} for f in self.failures],
        }
