"""The article element as a sequence of ``Block``: lead, headings, paragraphs, list items, quotes.

One walk over the tree with a text buffer: inline elements add to the buffer, block elements
flush it. That copes with text loose in a ``<div>``, ``<br>``-separated lines and ``<p>`` inside
``<li>`` the same way, and malformed HTML that lxml repaired oddly still yields its text.
"""

from __future__ import annotations

import re

from bs4 import CData, NavigableString, Tag

from fvmdocs.clean.dates import MONTHS, is_date_line
from fvmdocs.clean.text import collapse
from fvmdocs.clean.tree import class_words
from fvmdocs.models import Block

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "ul", "ol", "li",
    "blockquote", "table", "thead", "tbody", "tr", "dl", "dt", "dd", "figure", "pre",
    "address", "details", "summary", "hr", "center", "form", "fieldset", "body", "html",
})  # fmt: skip
_KIND_OF = {"li": "list_item", "dt": "list_item", "dd": "list_item", "blockquote": "quote"}
# Inside these the kind of the enclosing block wins over "paragraph" for nested <p>.
_STICKY = frozenset({"lead", "list_item", "quote"})


# A line opened by a bullet sign: a list written without <ul> (Tilda's "• …<br><br>• …").
_BULLET = re.compile(r"^[•▪◦·]\s+")
# Class words of a forum post's body, which some forums mark up as a blockquote.
_POST_WORDS = frozenset({"postcontent", "post-content", "message-body"})
# A block that only labels the page or asks for tips: "Pressmeddelande", "Har du tips? Mejla oss",
# a newsletter's tagline or issue ("Nyhetsbrev om trafiksäkerhet i Västra Götaland", beehiiv's
# subtitle under the headline; "Nyhetsbrev nr 2", Brevo's "Nyhetsbrev maj 2020" above it).
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_ISSUE = rf"(?:\s+(?:nr|nummer)\s*\d+)?(?:\s*[,:–-]?\s+(?:(?:{_MONTH})\.?\s+)?(?:19|20)\d\d)"
# A newsletter's tagline or issue label, also the label of a mailing's preheader (``widgets``).
NEWSLETTER_LABEL = (rf"(?:Nyhetsbrev|Medlemsbrev|Månadsbrev|Veckobrev)(?:\s+(?:nr|nummer)\s*\d+|{_ISSUE}|"
                    r"\s+(?:om|för|från)\s[^.!?]{1,60})")
_LABEL_ONLY = re.compile(
    r"^(?:(?:Pressmeddelande|Nyhet|Notis|Krönika|Debatt|Debattartikel|Reportage|Analys|Ledare)\.?"
    rf"|{NEWSLETTER_LABEL}"
    r"|Har du (?:ett )?tips\b.{0,120})$",
    re.IGNORECASE,
)


# A paragraph that is one bold run and no sentence, between two paragraphs of the body: a blog editor's
# subheading ("<p><b>Möte med diabetologen</b></p>", Bloggplatsen). A bold line that ends a sentence or
# asks a question ("<p><b>Vem fattade beslutet?</b></p>", an interview's question) stays a paragraph, and
# so does one with no running text after it (a signature: "<p><b>Anna Berg</b></p><p>Projektledare</p>").
_BOLD = frozenset({"b", "strong"})
_BOLD_HEADING_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?…:;,][\"'”»)]*$")


def _bold_heading(element: Tag) -> str | None:
    """The text of a ``<p>`` written as a bold subheading between two paragraphs of running text, else None."""
    parts = [c for c in element.children if not (isinstance(c, NavigableString) and not c.strip())]
    if len(parts) != 1 or not isinstance(parts[0], Tag) or not (parts[0].name in _BOLD or _bold_span(parts[0])):
        return None
    if parts[0].find(["a", "br", "img"]) is not None:
        return None  # a bold link or a line break is no heading
    text = collapse(element.get_text(" "))
    if not text or len(text.split()) > _BOLD_HEADING_WORDS or _SENTENCE_END.search(text) or ":" in text:
        return None  # a sentence, a question or a labelled fact ("Plats: Borås") is no heading
    before, after = element.find_previous_sibling(), element.find_next_sibling()
    if before is None or before.name != "p" or after is None or after.name != "p":
        return None
    following = collapse(after.get_text(" "))
    if not before.get_text(strip=True) or len(following.split()) <= _BOLD_HEADING_WORDS or not _SENTENCE_END.search(following):
        return None
    return text


def _bold_span(run: Tag) -> bool:
    """Whether ``run`` is a ``<span>`` set bold by its own style: NetObjects Fusion's subheading
    ``<p><span style="font-size: 15px; font-weight: bold">Rubrik</span></p>``."""
    return run.name == "span" and _BOLD_STYLE.search(str(run.get("style") or "")) is not None


# A run's own style that sets its text bold: "font-weight: bold", "font-weight:700".
_BOLD_STYLE = re.compile(r"(?:^|;)\s*font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.I)


def _holds_sections(item: Tag) -> bool:
    """Whether a list item is a container of its own: it holds a heading, or paragraphs in a box."""
    if item.find(list(_HEADINGS)) is not None:
        return True
    return any(box.find("p") is not None for box in item.find_all(["div", "section", "article"]))


class _BlockWriter:
    """Collects blocks while walking one element tree."""

    def __init__(self, title: str, lead: Tag | None) -> None:
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.title_key = title.casefold()
        self.lead = lead
        self.section_level = 1  # the level of the last <h1>-<h6>, for a bold subheading under it

    def flush(self, kind: str) -> None:
        text = collapse("".join(self.buffer))
        self.buffer.clear()
        bullet = _BULLET.match(text)
        if bullet is not None and kind in ("paragraph", "quote"):
            kind, text = "list_item", text[bullet.end() :]  # "• Många klick": a list written as lines
        self.add(Block(kind, text))

    def add(self, block: Block) -> None:
        if not any(ch.isalnum() for ch in block.text) or is_date_line(block.text) or _LABEL_ONLY.match(block.text):
            return
        if self._repeats_title(block):
            self._drop_labels()
            return  # the title is the document's first block already
        if self.blocks and self.blocks[-1].text == block.text:
            return
        self.blocks.append(block)

    def _repeats_title(self, block: Block) -> bool:
        """The headline again: as the ``<h1>``, as a blog's post heading (FlatPress's ``<h3>`` under the
        blog's name) or as a paragraph (Liferay's asset title, Moodle's ``div.subject``)."""
        if block.kind == "heading":
            return block.level == 1 and self._is_title(block.text) or block.text.casefold() == self.title_key
        return block.kind == "paragraph" and block.text.casefold() == self.title_key

    def _drop_labels(self) -> None:
        """Drop the headings above the headline, when no text came between them: they label the page
        (Moodle's forum name "Nyheter från portalen" above a discussion's subject)."""
        body = [block for block in self.blocks if block.kind not in ("title", "lead")]
        if body and all(block.kind == "heading" for block in body):
            self.blocks = [block for block in self.blocks if block.kind != "heading"]

    def _is_title(self, text: str) -> bool:
        """The headline, also when og:title and the h1 differ by a suffix or a word."""
        key = text.casefold()
        return bool(self.title_key) and (key in self.title_key or self.title_key in key)

    def _ends_line(self) -> bool:
        """Whether the text so far ends with a line break (a ``<br>`` with no text after it)."""
        pending = "".join(self.buffer)
        return bool(pending.strip()) and pending.strip(" \t").endswith("\n")

    def walk(self, node: Tag, kind: str) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) in (NavigableString, CData):
                    self.buffer.append(str(child))
            elif isinstance(child, Tag):
                self.visit(child, kind)

    def visit(self, element: Tag, kind: str) -> None:
        name = element.name
        if element is self.lead:
            self.flush(kind)
            self.add(Block("lead", collapse(element.get_text(" "))))
        elif name in _HEADINGS:
            self.flush(kind)
            self.section_level = _HEADINGS[name]
            self.add(Block("heading", collapse(element.get_text(" ")), _HEADINGS[name]))
        elif name == "p" and kind == "paragraph" and (subheading := _bold_heading(element)) is not None:
            self.flush(kind)
            self.add(Block("heading", subheading, min(self.section_level + 1, 6)))
        elif name == "br" and self._ends_line():
            # "<br><br>": an empty line ends a paragraph (a forum post, a mail written without <p>)
            self.flush(kind)
        elif name in ("br", "td", "th"):
            # Cells and line breaks separate words even where the markup has no whitespace.
            self.buffer.append("\n")
            self.walk(element, kind)
        elif name in _BLOCK_TAGS:
            self.flush(kind)
            inner = (
                kind
                if kind in _STICKY and name not in _KIND_OF
                else _KIND_OF.get(name, "paragraph")
            )
            if name == "blockquote" and not _POST_WORDS.isdisjoint(class_words(element)):
                inner = kind  # vBulletin's post body is a <blockquote class="postcontent">, no quote
            elif name == "li" and kind == "paragraph" and _holds_sections(element):
                inner = kind  # a forum post in a list of posts (NodeBB's <li component="post">), no list item
            self.walk(element, inner)
            self.flush(inner)
        else:
            self.walk(element, kind)


def article_blocks(root: Tag, title: str, lead: Tag | None) -> list[Block]:
    """Blocks of the article under ``root``, the title first and the lead (kind "lead") next.

    A lead found outside ``root`` is put first, since a preamble always opens the article.
    """
    writer = _BlockWriter(title, lead)
    if title:
        writer.blocks.append(Block("title", title))
    if lead is not None and not any(parent is root for parent in lead.parents):
        writer.add(Block("lead", collapse(lead.get_text(" "))))
        writer.lead = None
    writer.walk(root, "paragraph")
    writer.flush("paragraph")
    return writer.blocks
