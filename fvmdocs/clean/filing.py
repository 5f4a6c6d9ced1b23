"""A blog post's filing line: WordPress's sentence that files the post under its categories and points to its
permalink, "Detta inlägg publicerades i Nyheter. Bokmärk permalänken." (Twenty Ten's post footer), "Publicerat i
Nyheter | Lämna en kommentar" (its listings), "This entry was posted in News. Bookmark the permalink."; and Kubrick's
longer post metadata, which dates the post, files it and points to its comments' feed; a theme's info line under the
post, of its permalink's clock time and its category's and tags' links (Pelican's Blue Penguin) or of its date and its
author's, category's and tags' links (Pelican's Graphite, above the post and under it); a line of hashtags, the
post's tags; and a theme's meta list under the headline, of the author's and the category's links and the date, or its
line of icon items (vuepress-theme-reco's author, date and tags).

Its links carry WordPress's ``rel`` values ("category tag", "tag", "bookmark"), and its other words are the theme's
own few, so the line is chrome wherever it sits and whatever its box is called: in the post's footer under a class
no rule knows, or inside the text. A sentence in the text that says where something was published keeps its
words, having other words than these or no such link.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from bs4 import NavigableString, Tag

from fvmdocs.clean.bylines import is_taxonomy_link
from fvmdocs.clean.dates import is_date_line, parse_moment
from fvmdocs.clean.emphasis import text_after_headline
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
    for link in root.find_all("a", string=_POSTED_AT):
        line = None if removed(link) else line_of(link)
        if line is not None and line is not root and _is_info_line(line):
            line.decompose()
    for dated in root.find_all(("abbr", "time")):
        line = None if removed(dated) else line_of(dated)
        if line is not None and line is not root and _is_dated_info_line(line, dated):
            line.decompose()


# A permalink that shows the post's clock time: Blue Penguin's "<a href="…/slug.html">posted at 09:40</a>" (its own
# English words, whatever the site's language), "postat kl. 09:40" where a site translates it. The whole of the link's
# text: "inlägg posted at 09:40" in a sentence's link is none.
_POSTED_AT = re.compile(
    r"^\s*(?:posted|published|postat|postad|publicerat|publicerad)\s+(?:at\s+|kl\.?\s*|klockan\s+)?\d{1,2}[.:]\d{2}\s*$", re.I
)
# What stands between an info line's links: Blue Penguin's "&nbsp;&middot;&nbsp;", a bar or a comma.
_INFO_SEPARATORS = re.compile(r"^[\s·•|,–-]*$")
# Class words of a tag's or a category's link without a taxonomy's path or rel: Blue Penguin's "a.tags".
_TERM_LINK_WORDS = frozenset({"tag", "tags", "category", "categories"})


def _is_info_line(line: Tag) -> bool:
    """Blue Penguin's ``div.info`` under the post: the permalink "posted at 09:40", then a middot and the category's link
    (``rel="tag"``, "/category/nyheter.html"), then another and the tags' links ("a.tags" to "/tag/pausen.html"); every
    link the permalink's clock time or a term's, and nothing but separators between them. A sentence has words of its
    own outside its links."""
    if line.name in _HEADINGS or len(collapse(line.get_text(" "))) > _FILING_CHARS:
        return False
    if not _INFO_SEPARATORS.match(" ".join(text for text in strings(line) if _outside_links(text, line))):
        return False
    return all(_POSTED_AT.match(link.get_text(" ")) or _is_term_link(link) for link in line.find_all("a"))


def _is_term_link(link: Tag) -> bool:
    """A link to a category's or a tag's listing: by its path, its ``rel`` or its class."""
    rel = link.get("rel")
    filed = isinstance(rel, list) and not {"tag", "category"}.isdisjoint(rel)
    return filed or is_taxonomy_link(link) or not _TERM_LINK_WORDS.isdisjoint(class_words(link))


def _is_dated_info_line(line: Tag, dated: Tag) -> bool:
    """Graphite's (Pelican) info line, printed both as ``div.section-head`` above the post's summary and as
    ``div.section-foot`` after its text: the date in hAtom's ``abbr.published`` (its ``title`` the moment, "Fri 14 October
    2016" shown), then "by <a>Kansliet</a> in <a>Nyheter</a> Tags: <a>sömn</a>, <a>upphandling</a>."; a date with a
    machine-readable moment, every link the author's or a term's, and besides them the filing words alone. A sentence that
    dates something has words of its own outside its links."""
    if line.name in _HEADINGS or len(collapse(line.get_text(" "))) > _FILING_CHARS:
        return False
    moment = dated.get("datetime") if dated.name == "time" else dated.get("title")
    if not parse_moment(str(moment or "")) or not is_date_line(collapse(dated.get_text(" "))):
        return False
    links = line.find_all("a")
    if not links or not all(_is_term_link(link) or _is_author_link(link) for link in links):
        return False
    shown = (text for text in strings(line) if _outside_links(text, line) and not any(box is dated for box in text.parents))
    rest = " ".join(shown)
    return all(word in _FILING_WORDS for word in _WORD.findall(rest.casefold()))


def _is_author_link(link: Tag) -> bool:
    """A link to the author's page ("/author/kansliet.html"), or one marked as the author's: ``rel="author"``, hCard's
    ``a.url.fn``."""
    rel = link.get("rel")
    marked = isinstance(rel, list) and "author" in rel or not _AUTHOR_CLASSES.isdisjoint(class_words(link))
    return marked or _AUTHOR_PATH.search(unquote(urlsplit(str(link.get("href") or "")).path)) is not None


# Class words of an author's link: hCard's "fn" (a formatted name), a theme's "author".
_AUTHOR_CLASSES = frozenset({"fn", "author"})


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


# A meta list's link: a name or a category's label, not a sentence.
_META_LINK_CHARS = 30
# A meta list's author link: to the author's page ("/authors/kundtjanst/", "/author/anna-berg/").
_AUTHOR_PATH = re.compile(r"/(?:authors?|forfattare|skribent(?:er)?)/[^/]+/?$", re.I)
# The textless elements a theme draws an item's icon with: Font Awesome's "<i class="fa-regular fa-clock">".
_ICON_TAGS = frozenset({"i", "span", "img", "svg"})


def drop_meta_lists(root: Tag) -> None:
    """Remove a theme's meta list right under the headline: Hugoplate's ``ul.mb-4`` of the author's link (to
    "/authors/kundtjanst/"), the category's link and the date, each item after an icon; or its line of icon items,
    vuepress-theme-reco's ``<div><i class="iconfont reco-account"><span>Styrelsen</span></i> <i class="iconfont
    reco-date"><span>2019-10-16</span></i> …</div>`` in ``div.page-title`` after the ``h1.title``. Its dates are read by
    now, and with it gone the bold paragraph under the headline is the lead.

    Only a list that holds the author's link and nothing but such items goes; a list in the text, of links or of
    names and dates with no icons, is no meta list. A line goes only where every part of it is an icon item."""
    for h1 in root.find_all("h1"):
        string = text_after_headline(h1)
        if string is None:
            continue
        item = string.find_parent("li")
        box = item.parent if item is not None else None
        if isinstance(box, Tag) and box.name in ("ul", "ol") and not removed(box) and _is_meta_list(box):
            box.decompose()
            continue
        line = line_of(string)
        if line is not None and line is not root and line.find("h1") is None and _is_icon_line(line):
            line.decompose()


def _is_meta_list(box: Tag) -> bool:
    """Whether every item of ``box`` is a meta item after its icon, and one of them the author's link."""
    kinds = [_meta_item_kind(item) for item in box.find_all("li", recursive=False)]
    return "author" in kinds and len(kinds) >= 2 and None not in kinds


def _meta_item_kind(item: Tag) -> str | None:
    """"author", "category" or "date" for a meta list's item of that after an icon, else None."""
    if not _icon_first(item):
        return None
    text = collapse(item.get_text(" "))
    links = item.find_all("a")
    if not links:
        return "date" if is_date_line(text) else None
    if len(links) > 1 or collapse(links[0].get_text(" ")) != text or len(text) > _META_LINK_CHARS:
        return None
    if _AUTHOR_PATH.search(unquote(urlsplit(str(links[0].get("href") or "")).path)):
        return "author"
    return "category" if is_taxonomy_link(links[0]) else None


def _icon_first(item: Tag) -> bool:
    """Whether a textless icon element comes before any text of ``item``."""
    for node in item.descendants:
        if isinstance(node, NavigableString) and node.strip():
            return False
        if isinstance(node, Tag) and node.name in _ICON_TAGS and not node.get_text(strip=True):
            return True
    return False


# vuepress-theme-reco's page info: each item an icon font's ``<i>`` whose class names what its ``span`` holds: the author
# ("reco-account"), the date in the browser's locale ("reco-date"), Valine's count of visits ("reco-eye"), the tags
# ("reco-tag", a "span.tag-item" each) or the categories ("reco-category").
_ICON_ITEMS = {"reco-account": "author", "reco-date": "date", "reco-eye": "visits", "reco-tag": "terms", "reco-category": "terms"}
# An icon item's longest text: a name or a few tags, no sentence.
_ICON_ITEM_CHARS = 80


def _is_icon_line(line: Tag) -> bool:
    """Whether ``line`` is icon items and nothing else, the author's or the date's among them."""
    kinds = []
    for node in line.children:
        if isinstance(node, Tag):
            kinds.append(_icon_item_kind(node))
        elif isinstance(node, NavigableString) and node.strip():
            return False  # a sentence's words beside an item
    return None not in kinds and not {"author", "date"}.isdisjoint(kinds)


def _icon_item_kind(item: Tag) -> str | None:
    """What an icon item holds ("author", "date", "visits", "terms"), or None for another element, or for an item whose
    text is not what its class names: a date item's a date line, a count of visits a number (none before the script
    counts), the author and terms a short text that ends no sentence."""
    classes = item.get("class")
    names = classes if item.name == "i" and isinstance(classes, list) else []
    kind = next((_ICON_ITEMS[name] for name in names if name in _ICON_ITEMS), None)
    text = collapse(item.get_text(" "))
    if kind is None or len(text) > _ICON_ITEM_CHARS or text.endswith((".", "!", "?")):
        return None
    if kind == "date" and not is_date_line(text) or kind == "visits" and text and not text.isdigit():
        return None
    return kind
