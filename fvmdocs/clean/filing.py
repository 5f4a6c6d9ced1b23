"""A blog post's filing line: WordPress's sentence that files the post under its categories and points to its
permalink, "Detta inlägg publicerades i Nyheter. Bokmärk permalänken." (Twenty Ten's post footer), "Publicerat i
Nyheter | Lämna en kommentar" (its listings), "This entry was posted in News. Bookmark the permalink."

Its links carry WordPress's ``rel`` values ("category tag", "tag", "bookmark"), and its other words are the theme's
own few, so the line is chrome wherever it sits and whatever its box is called: in the post's footer under a class
no rule knows, or inside the text. A sentence in the text that says where something was published keeps its
words, having other words than these or no such link.
"""

from __future__ import annotations

import re

from bs4 import NavigableString, Tag

from fvmdocs.clean.text import collapse
from fvmdocs.clean.tree import line_of, removed, strings

# The rel values WordPress gives a post's filing links: its categories and tags, and its permalink.
_FILING_RELS = frozenset({"category", "tag", "bookmark"})
# How a filing line opens, its links' text left out.
_FILING_START = re.compile(
    r"^(?:(?:detta|det här) inlägg(?:et)? (?:publicerades|postades|skrevs|arkiverades)|"
    r"(?:publicerat|publicerad|postat|postad|arkiverat|arkiverad) (?:i|under)|"
    r"this (?:entry|post) was (?:posted|filed)|posted in|filed under|bokmärk|bookmark)\b",
    re.I,
)
# The words such a line is made of besides its links, in Swedish and English: Twenty Ten's and its listings', and
# the longer lines that also name the tags, the date and the author ("… och märktes … den … av …", "… and tagged …
# on … by …"), each of those a link of its own.
_FILING_WORDS = frozenset({
    "detta", "det", "här", "inlägg", "inlägget", "publicerades", "publicerat", "publicerad", "postades", "postat",
    "postad", "skrevs", "arkiverades", "arkiverat", "arkiverad", "i", "under", "och", "har", "märkts", "märktes",
    "märkt", "taggats", "taggad", "taggat", "med", "etiketter", "taggar", "kategori", "kategorier", "den", "av",
    "bokmärk", "permalänken", "permalänk", "lämna", "en", "kommentar", "kommentarer", "kommentera", "redigera",
    "this", "entry", "post", "was", "posted", "filed", "in", "and", "tagged", "tags", "categories", "on", "by",
    "bookmark", "the", "permalink", "leave", "a", "comment", "comments", "edit",
})  # fmt: skip
# Other words it may hold: the category's name where it is no link ("… i Nyheter. Bokmärk permalänken.").
_OTHER_WORDS = 2
_FILING_CHARS = 200
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_WORD = re.compile(r"[^\W\d_]+")


def drop_filing_lines(root: Tag) -> None:
    """Remove each line around a category, tag or permalink link whose other words file the post: Twenty Ten's
    "Detta inlägg publicerades i <a rel="category tag">Nyheter</a>. Bokmärk <a rel="bookmark">permalänken</a>."

    Runs before the chrome rules cut the category links out of the line, which would leave "Detta inlägg
    publicerades i . Bokmärk permalänken." with no mark of what it was.
    """
    for link in root.find_all("a", rel=True):
        if removed(link):
            continue  # its line went with an earlier link's
        rel = link.get("rel")
        if not isinstance(rel, list) or _FILING_RELS.isdisjoint(rel):
            continue
        line = line_of(link)
        if line is not None and line is not root and _is_filing_line(line):
            line.decompose()


def _is_filing_line(line: Tag) -> bool:
    """A short line, no heading, that opens as a filing line and holds hardly a word besides its links and
    the filing words."""
    if line.name in _HEADINGS or len(collapse(line.get_text(" "))) > _FILING_CHARS:
        return False
    texts = (text for text in strings(line) if _outside_links(text, line))
    rest = collapse(" ".join(texts))
    if not _FILING_START.match(rest.lstrip(" .,:;|·•–-")):
        return False
    others = [word for word in _WORD.findall(rest.casefold()) if word not in _FILING_WORDS]
    return len(others) <= _OTHER_WORDS


def _outside_links(text: NavigableString, line: Tag) -> bool:
    """Whether a visible text of ``line`` is in no link."""
    parent = text.parent
    while parent is not None and parent is not line:
        if parent.name == "a":
            return False
        parent = parent.parent
    return True
