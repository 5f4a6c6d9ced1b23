"""A blog post's filing line: WordPress's sentence that files the post under its categories and points to its
permalink, "Detta inlägg publicerades i Nyheter. Bokmärk permalänken." (Twenty Ten's post footer), "Publicerat i
Nyheter | Lämna en kommentar" (its listings), "This entry was posted in News. Bookmark the permalink."; and Kubrick's
longer post metadata, which dates the post, files it and points to its comments' feed; and a line of hashtags, the
post's tags.

Its links carry WordPress's ``rel`` values ("category tag", "tag", "bookmark"), and its other words are the theme's
own few, so the line is chrome wherever it sits and whatever its box is called: in the post's footer under a class
no rule knows, or inside the text. A sentence in the text that says where something was published keeps its
words, having other words than these or no such link.
"""

from __future__ import annotations

import re

from bs4 import NavigableString, Tag

from fvmdocs.clean.text import collapse
from fvmdocs.clean.tree import class_words, line_of, removed, strings

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
# Kubrick's (WordPress's default theme before Twenty Ten) post metadata under the text, "p.postmetadata": the filing
# sentence with the day and the clock time before the category ("Detta inlägg publicerades tisdag, 8 november, 2016
# kl. 09:41 och är arkiverat under <a rel="category tag">Nyheter</a>.", "This entry was posted on Tuesday, November
# 8th, 2016 at 9:41 am and is filed under …"), then the theme's sentence on the comments' feed ("Du kan följa
# kommentarer till detta inlägg via <a>RSS 2.0</a>-flödet.", "You can follow any responses to this entry through the
# RSS 2.0 feed.") and the comments' state ("Både kommentarer och pingar är för närvarande stängda."). The date and
# those sentences hold words no short filing line has; the feed sentence after the filing one marks the whole line,
# so a paragraph of the text that speaks of a feed or of comments stays.
_FEED_SENTENCE = re.compile(
    r"\b(?:du kan följa (?:alla )?(?:kommentarer|svar) (?:till|på|för) (?:detta|det här) inlägg(?:et)? (?:via|genom|i)"
    r"|you can follow any (?:responses|comments) to this (?:entry|post) through)\b",
    re.I,
)
_POSTMETADATA_CHARS = 600
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


# A line of hashtags and nothing else: Astroship's tags under the headline, a "span" each joined without spaces
# ("#pausen#sjukhuset#beställning"), a post's "#fvm #millennium" under the text. Each tag a word after its "#", a
# separator at most between them; a sentence that mentions a hashtag has other words.
_HASHTAG_LINE = re.compile(r"^(?:#[^\W_][\w-]*[\s,·•|]*)+$")
_HASHTAG_LINE_CHARS = 200


def drop_hashtag_lines(root: Tag) -> None:
    """Remove each line made only of hashtags: the post's tags, as a theme prints them, not its text."""
    for text in strings(root):
        if removed(text) or not text.strip().startswith("#"):
            continue
        line = line_of(text)
        if line is None or line is root or line.name in _HEADINGS:
            continue
        shown = collapse(line.get_text(""))
        if len(shown) <= _HASHTAG_LINE_CHARS and _HASHTAG_LINE.match(shown):
            line.decompose()


def _is_filing_line(line: Tag) -> bool:
    """A short line, no heading, that opens as a filing line and holds hardly a word besides its links and
    the filing words; or Kubrick's post metadata, a filing line that goes on to the comments' feed."""
    chars = len(collapse(line.get_text(" ")))
    if line.name in _HEADINGS or chars > _POSTMETADATA_CHARS:
        return False
    texts = (text for text in strings(line) if _outside_links(text, line))
    rest = collapse(" ".join(texts))
    if not _FILING_START.match(rest.lstrip(" .,:;|·•–-")):
        return False
    if _FEED_SENTENCE.search(rest):
        return True
    others = [word for word in _WORD.findall(rest.casefold()) if word not in _FILING_WORDS]
    return chars <= _FILING_CHARS and len(others) <= _OTHER_WORDS


def _outside_links(text: NavigableString, line: Tag) -> bool:
    """Whether a visible text of ``line`` is in no link."""
    parent = text.parent
    while parent is not None and parent is not line:
        if parent.name == "a":
            return False
        parent = parent.parent
    return True


# WordPress's post_class() on a post's own box, which a theme prints with the post's id ("div#post-412.post-412.post
# .type-post.status-publish.format-standard.hentry.category-nyheter.tag-millennium"): besides the post's type and
# state, a class for each category and tag it is filed under, whose "category" and "tag" name the post's terms, not a
# category or tag box. A block theme's Query Loop prints the same classes on each card of other posts
# ("li.wp-block-post"), without the id.
_TERM_CLASS = re.compile(r"^(?:category|tag)-\S+$")
_POST_CLASS_MARKS = frozenset({"type-post", "status-publish"})
_POST_ID = re.compile(r"post-\d+")


def box_words(element: Tag) -> set[str]:
    """``element``'s class words (``tree.class_words``), without the classes that file a WordPress post under its
    terms where the box is the post's own: Kubrick's "div#post-412.post.type-post.category-nyheter" holds the post,
    its title an ``h2`` and, once the post metadata under the text is gone, maybe only a few short paragraphs."""
    classes = element.get("class")
    marked = isinstance(classes, list) and not _POST_CLASS_MARKS.isdisjoint(classes)
    own = marked and _POST_ID.fullmatch(str(element.get("id") or "")) is not None
    return class_words(element, skip=_TERM_CLASS if own else None)
