"""Small, fast questions about a BeautifulSoup tree that the clean stage asks again and again."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import takewhile
from typing import Any

import soupsieve
from bs4 import NavigableString, PageElement, Tag

from fvmdocs.clean.text import collapse

_WORD_SPLIT = re.compile(r"[^a-z0-9åäö]+")


def removed(node: PageElement) -> bool:
    """True once ``node`` (or an ancestor) was decomposed.

    bs4's own ``decomposed`` property looks the flag up with ``getattr``, which on a live
    Tag falls through to ``Tag.__getattr__`` and searches the subtree for a child tag of
    that name; reading the instance dict directly costs nothing.
    """
    return bool(vars(node).get("_decomposed", False))


def class_words(element: Tag, skip: re.Pattern[str] | None = None) -> set[str]:
    """The whole words of an element's class and id, lower-cased, plus the joined value; without the class
    names that ``skip`` matches, where given."""
    classes = element.get("class")
    if isinstance(classes, list):
        names = " ".join(name for name in classes if skip is None or not skip.match(name))
    else:
        names = str(classes or "")
    ident = element.get("id")
    if ident:
        names = f"{names} {ident}"
    names = names.strip().lower()
    if not names:
        return set()
    return set(_WORD_SPLIT.split(names)) | {names}


@dataclass
class TextStats:
    """Characters of text and of link text, and link counts, under each element by ``id``."""

    text: dict[int, int] = field(default_factory=dict)
    link: dict[int, int] = field(default_factory=dict)
    links: dict[int, int] = field(default_factory=dict)

    def prose(self, element: Tag) -> int:
        """Text that is not link text."""
        key = id(element)
        return self.text.get(key, 0) - self.link.get(key, 0)

    def link_density(self, element: Tag) -> float:
        total = self.text.get(id(element), 0)
        return self.link.get(id(element), 0) / total if total else 0.0


def text_stats(root: Tag) -> TextStats:
    """Count text, link text and links for every element under ``root`` in one pass."""
    stats = TextStats()
    text, link, links = stats.text, stats.link, stats.links
    for node in root.descendants:
        if type(node) is NavigableString:
            size = len(node.strip())
            if not size:
                continue
            ancestors = _ancestors(node, root)
            in_link = any(a.name == "a" for a in ancestors)
            for ancestor in ancestors:
                key = id(ancestor)
                text[key] = text.get(key, 0) + size
                if in_link:
                    link[key] = link.get(key, 0) + size
        elif isinstance(node, Tag) and node.name == "a":
            for ancestor in _ancestors(node, root):
                links[id(ancestor)] = links.get(id(ancestor), 0) + 1
    return stats


def _ancestors(node: PageElement, root: Tag) -> list[Tag]:
    """``node``'s ancestors up to and including ``root``."""
    found: list[Tag] = []
    parent = node.parent
    while parent is not None:
        found.append(parent)
        if parent is root:
            break
        parent = parent.parent
    return found


# Compounds of tag, ".class", "#id", "[attr]" and "[attr=value]", joined by descendant
# spaces: the bulk of profile selectors. Anything else goes to soupsieve.
_COMPOUND = re.compile(
    r"^([a-z][a-z0-9]*)?((?:[.#][\w-]+|\[[\w-]+(?:=(?:\"[^\"]*\"|'[^']*'|[\w-]+))?\])*)$", re.I
)
_PART = re.compile(r"([.#])([\w-]+)|\[([\w-]+)(?:=(?:\"([^\"]*)\"|'([^']*)'|([\w-]+)))?\]")

Matcher = Callable[[Tag], bool]


@lru_cache(maxsize=256)
def _compiled(selector: str) -> Any:
    return soupsieve.compile(selector)


@lru_cache(maxsize=256)
def _simple_matchers(selector: str) -> tuple[Matcher, ...] | None:
    """Plain-Python matchers for a selector list, or None when any part needs soupsieve.

    soupsieve matches every selector of a list against every element in Python, with
    much generality; for tag/class/id/attribute tests a direct look is several times faster.
    """
    matchers = []
    for part in selector.split(","):
        compounds = [_compound(text) for text in part.split()]
        if not compounds or any(c is None for c in compounds):
            return None
        matchers.append(_descendant([c for c in compounds if c is not None]))
    return tuple(matchers)


def _compound(text: str) -> Matcher | None:
    found = _COMPOUND.match(text)
    if not found or not text:
        return None
    name = found[1].lower() if found[1] else None
    classes: set[str] = set()
    ident: str | None = None
    attributes: list[tuple[str, str | None]] = []
    for dot, value, attribute, *quoted in _PART.findall(found[2]):
        if dot == ".":
            classes.add(value)
        elif dot == "#":
            ident = value
        elif attribute.lower() == "class":
            return None  # bs4 keeps class as a list; let soupsieve compare it
        else:
            given = next((q for q in quoted if q), None)
            attributes.append((attribute.lower(), given))

    def matches(tag: Tag) -> bool:
        if name is not None and tag.name != name:
            return False
        if ident is not None and tag.get("id") != ident:
            return False
        if classes:
            present = tag.get("class")
            if not isinstance(present, list) or not classes.issubset(present):
                return False
        return all(
            tag.has_attr(key) and (value is None or tag.get(key) == value)
            for key, value in attributes
        )

    return matches


def _descendant(compounds: list[Matcher]) -> Matcher:
    """ "A B C": C matches the tag, B an ancestor of it, A an ancestor of that."""
    *ancestors, target = compounds

    def matches(tag: Tag) -> bool:
        if not target(tag):
            return False
        wanted = len(ancestors) - 1
        parent = tag.parent
        while wanted >= 0 and parent is not None:
            if ancestors[wanted](parent):
                wanted -= 1
            parent = parent.parent
        return wanted < 0

    return matches


def select_first(scope: Tag, selector: str) -> Tag | None:
    """The first match of a CSS selector under ``scope``, the selector compiled once per run."""
    simple = _simple_matchers(selector)
    if simple is not None:
        return next((tag for tag in tags(scope) if any(m(tag) for m in simple)), None)
    found = _compiled(selector).select_one(scope)
    return found if isinstance(found, Tag) else None


def select_all(scope: Tag, selector: str) -> list[Tag]:
    """Every match of a CSS selector under ``scope``, in document order."""
    simple = _simple_matchers(selector)
    if simple is not None:
        return [tag for tag in tags(scope) if any(m(tag) for m in simple)]
    return [tag for tag in _compiled(selector).select(scope) if isinstance(tag, Tag)]


def tags(scope: Tag, names: Collection[str] | None = None) -> list[Tag]:
    """Elements under ``scope`` (named ``names``, if given), in document order.

    A plain walk over ``descendants``: bs4's ``find_all`` builds a filter object and matches
    every node through it, several times slower for the simple name tests used here.
    """
    return [
        node
        for node in scope.descendants
        if isinstance(node, Tag) and (names is None or node.name in names)
    ]


def first(scope: Tag, names: Collection[str]) -> Tag | None:
    """The first element under ``scope`` named one of ``names``."""
    return next(
        (node for node in scope.descendants if isinstance(node, Tag) and node.name in names),
        None,
    )


def strings(scope: Tag) -> list[NavigableString]:
    """The visible text nodes under ``scope`` (no comments, doctypes or CDATA)."""
    return [node for node in scope.descendants if type(node) is NavigableString]


# Inline elements a line's parts sit in: a line is the nearest element around a text that is none.
_INLINE = frozenset({"a", "span", "font", "time", "small", "strong", "b", "em", "i"})


def line_of(node: PageElement) -> Tag | None:
    """The nearest element around ``node`` (a text or an inline element) that is not inline: its paragraph or line."""
    return next((parent for parent in node.parents if parent.name not in _INLINE), None)


# Block boxes, which end a run of inline content standing loose beside them in one box.
_BLOCK_BOXES = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "dl", "table",
    "blockquote", "figure", "pre", "form", "details", "address", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
})  # fmt: skip


def loose_run(node: PageElement, line: Tag) -> list[PageElement] | None:
    """The run of inline siblings around ``node`` that stands loose beside block boxes in ``line`` (the box
    ``line_of`` gives), a line of its own as a browser lays it out: Drupal 7 Garland's byline ``span.submitted``
    between the node's RDFa spans and its ``div.content``. None where ``line`` holds no block box: it is the line."""
    if not any(isinstance(child, Tag) and child.name in _BLOCK_BOXES for child in line.children):
        return None
    top = node if node.parent is line else next(parent for parent in node.parents if parent.parent is line)
    before = list(takewhile(_inline_part, top.previous_siblings))
    after = list(takewhile(_inline_part, top.next_siblings))
    return [*reversed(before), top, *after]


def _inline_part(node: PageElement) -> bool:
    return not (isinstance(node, Tag) and node.name in _BLOCK_BOXES)


def only_link(element: Tag) -> Tag | None:
    """The element's one ``<a>`` when it holds no other and its text is the element's whole text
    ("<h1><a href="/">Blog</a></h1>"), else None."""
    links = element.find_all("a")
    if len(links) != 1 or collapse(links[0].get_text(" ")) != collapse(element.get_text(" ")):
        return None
    return links[0]


def sole_box(string: NavigableString, stop: Callable[[Tag], bool], strip: str = "") -> Tag | None:
    """The outermost element around ``string`` whose whole text is ``string``'s (``strip``'s characters aside at
    both ends), climbing no higher than below the first element ``stop`` says to stop at, or ``<body>``; None
    when ``string``'s own element holds more text."""
    text = collapse(string).strip(strip)
    box = None
    for parent in string.parents:
        if parent.name in ("body", "html") or stop(parent) or collapse(parent.get_text(" ")).strip(strip) != text:
            break
        box = parent
    return box
