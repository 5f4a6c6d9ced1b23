"""Where the article is: profile selectors, HTML5 landmarks, or text density.

The generic path trusts ``<article>``, ``<main>`` and ``[role=main]`` only when they hold a
fair share of the page's prose, because teaser lists also use ``<article>`` and some CMSs
wrap the whole page in ``<main>``. Otherwise the container with the most non-link prose,
weighed by its link density, wins (the readability idea, kept small).
"""

from __future__ import annotations

from bs4 import BeautifulSoup, NavigableString, Tag

from fvmdocs.clean.tree import TextStats, select_first, tags, text_stats

# Prose elements whose text counts for the container around them, not for themselves.
_PROSE = frozenset({"p", "blockquote", "li", "pre", "h2", "h3", "h4", "dd"})
_CONTAINERS = frozenset({"div", "section", "article", "main", "td", "body", "form", "center"})

# A landmark is believed when it holds at least this share of the page's prose.
_LANDMARK_SHARE = 0.4
_MIN_STRING = 25


def choose_root(soup: BeautifulSoup, selectors: tuple[str, ...]) -> Tag:
    """The element holding the article: first profile selector that matches, else generic."""
    for selector in selectors:
        found = select_first(soup, selector)
        if found is not None and found.get_text(strip=True):
            return found
    return generic_root(soup)


def generic_root(soup: BeautifulSoup) -> Tag:
    """``<article>``/``<main>``/``[role=main]`` when they hold the prose, else the densest block."""
    body = soup.body or soup
    stats = text_stats(body)
    page_prose = max(stats.prose(body), 1)
    elements = tags(body)
    articles = sorted((e for e in elements if e.name == "article"), key=stats.prose, reverse=True)
    landmarks = articles[:1] + [e for e in elements if e.name == "main" or e.get("role") == "main"]
    for landmark in landmarks:
        if stats.prose(landmark) >= _LANDMARK_SHARE * page_prose:
            return landmark
    return _densest(body, stats)


def _densest(body: Tag, stats: TextStats) -> Tag:
    """The container whose own paragraphs carry the most prose, link-heavy ones weighed down."""
    scores: dict[int, float] = {}
    tags: dict[int, Tag] = {}
    widened: dict[int, Tag] = {}  # each box past its wrappers, worked out once (a body holds many strings)
    seen: dict[int, bool] = {}  # whether a table is one paragraph's, worked out once
    counts: dict[int, int] = {}  # paragraph tables among a box's children, counted once per box
    for node in body.descendants:
        if type(node) is not NavigableString:
            continue
        size = len(node.strip())
        box = _container_of(node) if size >= _MIN_STRING else None
        if box is None:
            continue
        if id(box) not in widened:
            widened[id(box)] = _past_paragraph_tables(_past_wrappers(box), seen, counts)
        container = widened[id(box)]
        for weight, element in ((1.0, container), (0.5, container.parent), (1.0, _column_of(container))):
            if isinstance(element, Tag):
                scores[id(element)] = scores.get(id(element), 0.0) + weight * size
                tags[id(element)] = element
    if not scores:
        return body
    best = max(scores, key=lambda key: scores[key] * (1 - stats.link_density(tags[key])))
    return _spread_over_boxes(_whole_document(tags[best]), stats)


# An article spread over at least this many text boxes side by side, none holding half its prose.
_MIN_BOXES = 4


def _spread_over_boxes(box: Tag, stats: TextStats) -> Tag:
    """The parent of a site builder's text boxes when the article is spread over them: Homestead writes each text
    box as an absolutely placed ``div#elementN > div.wpmc_element_wrapper`` straight under ``<body>``, one paragraph
    or heading each, so the densest box is one paragraph of many. When the box (past its one-element wrappers) stands
    among at least four boxes of its kind that each hold one element with prose, and holds less than half of their
    prose, the article is their parent; the site's boxes beside them (menu, crumbs, share, footer) go by the rules
    for those. A main box with a few small boxes beside it keeps its place."""
    top = box
    while isinstance(top.parent, Tag) and _holds_one(top.parent):
        top = top.parent
    parent = top.parent
    if not isinstance(parent, Tag) or parent.name not in _CONTAINERS or not _holds_one(top):
        return box
    boxes = [
        child
        for child in parent.find_all(top.name, recursive=False)
        if _holds_one(child) and stats.prose(child) >= _MIN_STRING
    ]
    total = sum(stats.prose(child) for child in boxes)
    if len(boxes) < _MIN_BOXES or 2 * stats.prose(top) >= total:
        return box
    return parent


def _whole_document(box: Tag) -> Tag:
    """The document a section box is one part of: pandoc (R Markdown, Quarto, Bookdown) wraps each heading and
    the text under it in a box of its own (``div.section.level2``, ``section.level2``), siblings beside the text
    before the first heading, so the longest section alone may carry the most prose. A box that opens with its
    heading gives way to its parent when the parent holds its own paragraphs or another section of its kind.
    Asciidoctor does the same with ``div.sect1 > h2 + div.sectionbody`` and puts the text before the first
    section in ``div#preamble > div.sectionbody``: a section body gives way to its section or preamble, and the
    preamble counts as a part when sections stand beside it."""
    while isinstance(box.parent, Tag) and _may_hold_widgets(box.parent):
        parent = box.parent
        if _is_section_body(box):
            box = parent
            continue
        if not _is_part(box) or parent.find("p", recursive=False) is None and not any(
            _is_section(other) and other.name == box.name for other in _siblings(box)
        ):
            break
        box = parent
    return box


def _is_section(box: Tag) -> bool:
    """Whether ``box`` is a section of a document: a ``<section>`` or a section-classed div (pandoc's
    ``section``, Asciidoctor's ``sect1``-``sect5``) opening with its heading (``<h2>``-``<h6>``)."""
    if box.name != "section" and not (box.name == "div" and not _SECTION_CLASSES.isdisjoint(class_names(box))):
        return False
    opening = box.find(True)
    return opening is not None and opening.name in _SECTION_HEADINGS and opening.parent is box


def _is_part(box: Tag) -> bool:
    """Whether ``box`` is a section, or Asciidoctor's ``div#preamble`` with sections beside it."""
    if _is_section(box):
        return True
    return box.name == "div" and box.get("id") == "preamble" and any(_is_section(other) for other in _siblings(box))


def is_section_preamble(box: Tag) -> bool:
    """Whether ``box`` is Asciidoctor's ``div#preamble`` around its ``div.sectionbody``: the text before the first
    section, its own paragraphs, not one lead (Asciidoctor marks a lead paragraph in it ``div.paragraph.lead``)."""
    if box.name != "div" or box.get("id") != "preamble":
        return False
    return any("sectionbody" in class_names(child) for child in box.find_all("div", recursive=False))


def _is_section_body(box: Tag) -> bool:
    """Whether ``box`` is Asciidoctor's ``div.sectionbody`` in a section or in a preamble beside sections."""
    return box.name == "div" and "sectionbody" in class_names(box) and isinstance(box.parent, Tag) and _is_part(box.parent)


_SECTION_CLASSES = frozenset({"section"} | {f"sect{level}" for level in range(1, 6)})
_SECTION_HEADINGS = frozenset(f"h{level}" for level in range(2, 7))


def _column_of(cell: Tag) -> Tag | None:
    """The layout table of a cell that is alone in its row, else None.

    An e-mail's web view (MailerLite's ``td.mlContentText``, Mailchimp's) stacks each paragraph
    in a row of its own of a one-column table: the table is the text's column, not the cell.
    It is scored beside the cell, so a table that also holds link rows (a menu) still loses.
    """
    row = cell.parent
    if cell.name != "td" or not isinstance(row, Tag) or row.name != "tr":
        return None
    if any(isinstance(other, Tag) and other.name in ("td", "th") for other in row.children if other is not cell):
        return None
    return cell.find_parent("table")


def _past_paragraph_tables(cell: Tag, seen: dict[int, bool], counts: dict[int, int]) -> Tag:
    """The box around a paragraph's own little table when it stands among others of its kind.

    Older MailPoet puts each paragraph of the text block in a one-cell table of its own
    (``td.mailpoet_text > table > tr > td.mailpoet_paragraph``), with the headings and lists between them:
    the text block is the box that holds the tables, not each cell alone, as it would be for ``<p>``s. The
    page's ``<body>`` never is: a layout of stacked one-cell tables (header, article, footer) is no article.
    ``seen`` keeps each table's verdict and ``counts`` each box's number of paragraph tables.
    """
    table = cell.find_parent("table") if cell.name in ("td", "th") else None
    if table is None or not _is_paragraph_table(table, seen):
        return cell
    box = table.parent
    if not isinstance(box, Tag) or not _may_hold_widgets(box):
        return cell
    if id(box) not in counts:
        counts[id(box)] = sum(1 for child in box.find_all("table", recursive=False) if _is_paragraph_table(child, seen))
    return box if counts[id(box)] > 1 else cell


# Block elements: a cell with any of these (but one <p>) holds more than one paragraph.
_BLOCKS = frozenset({"div", "section", "article", "table", "ul", "ol", "dl", "pre", "blockquote", "form"}) | {
    f"h{level}" for level in range(1, 7)
}


def _is_paragraph_table(table: Tag, seen: dict[int, bool]) -> bool:
    """Whether ``table`` is one row of one cell that holds one paragraph of text."""
    if id(table) not in seen:
        row = _only_child(table, ("tr", "tbody", "thead"))
        row = _only_child(row, ("tr",)) if row is not None and row.name != "tr" else row
        cell = _only_child(row, ("td", "th")) if row is not None else None
        seen[id(table)] = (
            cell is not None
            and cell.find(_BLOCKS) is None
            and len(cell.find_all("p", limit=2)) <= 1
            and bool(cell.get_text(strip=True))
        )
    return seen[id(table)]


def _only_child(element: Tag, names: tuple[str, ...]) -> Tag | None:
    """The one element in ``element``, when it is one of ``names`` and has no text beside it."""
    children = [child for child in element.children if not isinstance(child, NavigableString) or child.strip()]
    if len(children) == 1 and isinstance(children[0], Tag) and children[0].name in names:
        return children[0]
    return None


def _container_of(string: NavigableString) -> Tag | None:
    """The block container a prose text belongs to (its paragraph's parent); None in a link."""
    node = string.parent
    while isinstance(node, Tag):
        if node.name == "a":
            return None
        if node.name in _CONTAINERS:
            return node
        if node.name in _PROSE and isinstance(node.parent, Tag):
            return node.parent
        node = node.parent
    return None


# Boxes that wrap one block each in a site builder's widget markup.
WRAPPERS = frozenset({"div", "section"})


def _past_wrappers(container: Tag) -> Tag:
    """The box a block sits in, past boxes that hold nothing but that one block when they stand among
    others alike: a site builder wraps each paragraph and heading in a widget's boxes (Scrivito's
    ``div.scrivito_widget > div.text-widget > p``), and the body is the box that holds the widgets, not
    each widget alone. A lone box of one paragraph beside other content (a sidebar's) stays itself."""
    if not _holds_one(container):
        return _past_text_widget(container)
    wrapper, box = None, container
    while _holds_one(box) and isinstance(box.parent, Tag) and _may_hold_widgets(box.parent):
        wrapper, box = box, box.parent
    if wrapper is None or not any(_holds_one(other) for other in _siblings(wrapper)):
        return container
    return box


def _past_text_widget(container: Tag) -> Tag:
    """The box of a text widget's several paragraphs, past the widget's one outer box when it stands among
    widgets of its own kind (a class in common): Zoho Sites' ``div.zpelement > div.zptext > p, p`` beside
    ``div.zpelement`` of one paragraph or heading. Only that one box: a page builder's deeper sections
    (Tilda's records around their text) hold a menu or a footer beside the article as well."""
    widget = container.parent
    body = widget.parent if widget is not None else None
    if widget is None or not isinstance(body, Tag) or not _holds_one(widget) or not _may_hold_widgets(body):
        return container
    if not any(_holds_one(other) and _same_kind(other, widget) for other in _siblings(widget)):
        return container
    return body


def _siblings(element: Tag) -> list[Tag]:
    """The elements beside ``element`` in its parent."""
    return element.find_next_siblings(True) + element.find_previous_siblings(True)


def _may_hold_widgets(box: Tag) -> bool:
    """Whether ``box`` is a container a body of widgets may be, not the page's ``<body>``."""
    return box.name in _CONTAINERS and box.name != "body"


def _same_kind(box: Tag, widget: Tag) -> bool:
    """Whether ``box`` shares a class with ``widget``: another widget of the same site builder."""
    return not set(class_names(box)).isdisjoint(class_names(widget))


def _holds_one(box: Tag) -> bool:
    """Whether ``box`` is a wrapper: a div or section that holds one element and no text beside it."""
    if box.name not in WRAPPERS:
        return False
    children = [child for child in box.children if not isinstance(child, NavigableString) or child.strip()]
    return len(children) == 1 and isinstance(children[0], Tag)


def class_names(element: Tag) -> list[str]:
    """The element's whole class names, lower-cased."""
    classes = element.get("class")
    return [name.lower() for name in classes] if isinstance(classes, list) else []
