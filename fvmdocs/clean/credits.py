"""A post's credits beside its text: the author's card under the post, a theme's list of authors with their avatars
or its author block of an avatar and a name between the header and the text, and a licence card of the author, the
date and the licence, or a reprint statement, after it.

Each names who wrote the post and on what terms, not what it says. Each is found by what it holds: a picture linked to
the author's page with the name and a line (Hestia's ``div.card-profile``), or a short box named the author box
(Ribbon Lite's ``div.postauthor``), a definition list labelled "Authors" of
names with avatars (tailwind-nextjs-starter-blog), an avatar beside a short name under the headline (Vercel's
blog-starter), label/value pairs that end in a licence's name (Fuwari's ``div.license-container``), the post's address
beside a notice that links a licence (Matery's reprint statement). A list of people in the text, a picture with a
caption in it, or a sentence that names a licence, stays.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from fvmdocs.clean.text import collapse, is_sentence
from fvmdocs.clean.titles import headline
from fvmdocs.clean.tree import class_words, removed, strings, tags

# A blog theme's author card under the post: Hestia's ``div.card-profile`` of the author's avatar linked to the
# author's page, the name as a heading and a line about them.
_AUTHOR_PAGE = re.compile(r"/(?:author|forfattare|skribent)/[^/?#]+/?(?:[?#].*)?$", re.I)
_AUTHOR_CARD_CHARS = 300
_AUTHOR_CARD_WORDS = frozenset({"author", "profile", "bio"})
# Whole class names of a post's author box, with or without a link to the author's page.
_AUTHOR_BOX_NAMES = frozenset({"postauthor", "post-author-box", "about-author"})


def drop_author_cards(root: Tag) -> None:
    """Remove a short box that holds a picture linked to an author's page (``/author/styrelsen/``), with the
    author's name and a line or two beside it; a box with more text, or a linked name with no picture, stays."""
    for link in tags(root, {"a"}):
        # (the avatar's <img> is gone by now: the link to the author's page holds no text of its own)
        if removed(link) or not _AUTHOR_PAGE.search(str(link.get("href") or "")) or collapse(link.get_text(" ")):
            continue
        card = _card_around(link, root)
        if card is None or card.find(("h1", "ul", "ol", "table")) is not None:
            continue
        if card.find(("h2", "h3", "h4", "h5", "h6")) is None and _AUTHOR_CARD_WORDS.isdisjoint(class_words(card)):
            continue  # the name as a heading, or a box classed as the author's
        if len(collapse(card.get_text(" "))) <= _AUTHOR_CARD_CHARS and len(card.find_all("p")) <= 2:
            card.decompose()
    for box in tags(root, {"div", "section", "aside"}):
        # a box named the post's author box, whether or not it links to the author's page: Ribbon Lite's (WordPress)
        # "div.postauthor" of an "h4" "Om skribenten", the name as an "h5" and a line (its "div.postauthor-top"
        # heads the related posts, so only the whole class name counts)
        if removed(box) or _AUTHOR_BOX_NAMES.isdisjoint(_class_names(box)) or box.find(("h1", "ul", "ol", "table")):
            continue
        if len(collapse(box.get_text(" "))) <= _AUTHOR_CARD_CHARS and len(box.find_all("p")) <= 2:
            box.decompose()


def _class_names(box: Tag) -> set[str]:
    """The box's whole class names, lower-cased."""
    classes = box.get("class")
    return {name.lower() for name in classes} if isinstance(classes, list) else set()


def _card_around(link: Tag, root: Tag) -> Tag | None:
    """The box around a textless link: the first ``div``, ``section`` or ``aside`` above it with any text, widened
    to the outermost box below ``root`` with the same text (the whole card, not only its text column's row)."""
    card: Tag | None = None
    size = 0
    for box in link.parents:
        if box is root:
            break
        text = len(collapse(box.get_text(" ")))
        if card is None:
            if box.name in ("div", "section", "aside") and text:
                card, size = box, text
        elif text == size:
            card = box
        else:
            break
    return card


# The label of a theme's list of authors, a term of its own (tailwind-nextjs-starter-blog's ``dt.sr-only`` "Authors").
_AUTHORS_LABEL = re.compile(r"^(?:authors?|författare|skribent(?:er)?)$", re.I)
# One author in such a list: the avatar and the name, perhaps a handle; a line, no sentence.
_AUTHOR_ITEM_CHARS = 80


def drop_author_blocks(soup: BeautifulSoup) -> None:
    """Remove the post's authors between its headline and its text: a list of authors (``drop_author_lists``) and an
    avatar beside the name (``drop_author_avatars``). Runs before the first round takes hidden labels, hidden boxes and
    pictures away, which mark them."""
    drop_author_lists(soup)
    drop_author_avatars(soup)


def drop_author_lists(soup: BeautifulSoup) -> None:
    """Remove a definition list labelled as the post's authors whose items are each a name with an avatar:
    tailwind-nextjs-starter-blog's ``<dl><dt class="sr-only">Authors</dt><dd><ul><li><img alt="avatar"><dl><dt
    class="sr-only">Name</dt><dd>Styrelsen</dd></dl></li></ul></dd></dl>`` between the post's header and its text.

    A list of names with no pictures, or a term "Författare" with a sentence for its description, is the text's own."""
    for term in tags(soup, {"dt"}):
        box = term.parent
        if removed(term) or not isinstance(box, Tag) or box.name != "dl" or not _AUTHORS_LABEL.match(collapse(term.get_text(" "))):
            continue
        values = box.find_all("dd", recursive=False)
        people = [item for value in values for item in value.find_all("li")] or values
        if people and all(_is_author_item(item) for item in people):
            box.decompose()


def _is_author_item(item: Tag) -> bool:
    """A name with its avatar: a picture and a short line, no sentence."""
    text = collapse(item.get_text(" "))
    return item.find("img") is not None and len(text) <= _AUTHOR_ITEM_CHARS and not is_sentence(text)


# An author's name beside an avatar: one to four capitalised words ("Kundtjänst", "Anna Berg").
_AUTHOR_NAME = re.compile(r"^[A-ZÅÄÖ][\w.-]*(?:\s+[A-ZÅÄÖ][\w.-]*){0,3}$")
_AUTHOR_NAME_CHARS = 40
# What makes a picture an avatar beside a name: a round crop (Tailwind's "rounded-full", Bootstrap's "rounded-circle"), a
# class word, or a path among the site's authors; else an alt text that is the name beside it.
_AVATAR_CLASSES = frozenset({"rounded-full", "rounded-circle", "avatar", "author-avatar"})
_AVATAR_PATH = re.compile(r"/(?:authors?|avatars?|forfattare|skribenter)/", re.I)


def drop_author_avatars(soup: BeautifulSoup) -> None:
    """Remove a box of an avatar and the author's name beside it, nothing else, that stands after the headline and
    before the text's first paragraph: Vercel's blog-starter prints ``<div class="flex items-center"><img
    class="rounded-full" alt="Kundtjänst"><div class="text-xl font-bold">Kundtjänst</div></div>`` twice, in
    ``div.hidden.md:block`` under the ``h1`` for wide screens and in ``div.block.md:hidden`` after the cover image
    for narrow ones (visible on a phone, so no hidden box). A picture with a name under it in the text, after its first
    paragraph, stays, and so does a photo that is no avatar (no round crop, no author's path, an alt text other than
    the caption under it)."""
    h1 = headline(soup)
    if h1 is None:
        return
    for img in tags(soup, {"img"}):
        box = None if removed(img) else _avatar_box(img)
        if box is not None and _before_text(box, h1):
            box.decompose()


def _avatar_box(img: Tag) -> Tag | None:
    """The outermost box around an avatar ``img`` whose text is the author's name beside it and nothing else."""
    box: Tag | None = None
    name = ""
    for parent in img.parents:
        if parent.name in ("body", "html", "article", "main") or len(parent.find_all("img")) > 1:
            break
        text = collapse(parent.get_text(" "))
        if box is None and text:
            if len(text) > _AUTHOR_NAME_CHARS or not _AUTHOR_NAME.match(text):
                return None
            box, name = parent, text
        elif box is not None:
            if text != name:
                break
            box = parent
    return box if box is not None and _is_avatar(img, name) else None


def _is_avatar(img: Tag, name: str) -> bool:
    """Whether ``img`` is the avatar of ``name``, the text beside it."""
    classes = img.get("class")
    if isinstance(classes, list) and not _AVATAR_CLASSES.isdisjoint(classes):
        return True
    if _AVATAR_PATH.search(str(img.get("src") or "")):
        return True
    return collapse(str(img.get("alt") or "")).casefold() == name.casefold()


def _before_text(box: Tag, h1: Tag) -> bool:
    """Whether ``box`` stands after the headline ``h1`` with no paragraph of running text between them."""
    for before in box.find_all_previous(("p", "h1")):
        if before is h1:
            return True
        if before.name == "p" and is_sentence(collapse(before.get_text(" "))):
            return False
    return False


# A licence card's label of the licence, and the labels of its other pairs, in the theme's English and in Swedish.
_LICENCE_LABEL = re.compile(r"^(?:licen[cs]e|licens)\s*:?$", re.I)
_CREDIT_LABEL = re.compile(
    r"^(?:author|published(?:\s+(?:at|on))?|författare|publicerad|publicerat|skribent"
    r"|lastmod|last\s+modified|senast\s+(?:ändrad|ändrat|uppdaterad|uppdaterat))\s*:?$",  # Hugo Jane's "LastMod"
    re.I,
)
# A licence's name as the card gives it: Creative Commons' "CC BY-NC-SA 4.0", "CC0 1.0", public domain.
_LICENCE_NAME = re.compile(
    r"^(?:CC[\s-]?BY(?:[\s-](?:NC|SA|ND))*(?:\s+\d\.\d)?|CC0(?:\s+1\.0)?|public\s+domain|allmän\s+egendom)$", re.I
)
# A licence card: the title, the address and a few pairs; a box with more is more than the card.
_LICENCE_CARD_CHARS = 400
_NO_CARD_PARTS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote")


def drop_license_cards(root: Tag) -> None:
    """Remove a post's licence card: a box of label/value pairs, one of them the licence ("License" / "CC BY-NC-SA
    4.0") and another the author or the date ("Author" / "Domarkommittén", "Published at" / "2023-06-08"), with the
    post's title and address at most beside them (Fuwari's ``div.license-container`` after the text; "Licens",
    "Författare", "Publicerad" in Swedish). Or a reprint statement of the post's address, as a link's text, and a
    notice that links the licence by its name: Matery's ``div#reprint-statement`` ("All articles in this blog are used
    except for special statements <a>CC BY 4.0</a> reprint policy. …", its labels and author gone with the chrome). A
    sentence that names the licence stays, as do pairs with no licence."""
    for text in strings(root):
        if removed(text):
            continue
        if _LICENCE_LABEL.match(text.strip()):
            value = _next_text(text)
            card = _licence_card(text, root) if value is not None and _LICENCE_NAME.match(value.strip()) else None
            if card is not None and any(_CREDIT_LABEL.match(label.strip()) for label in strings(card)):
                card.decompose()
        elif _LICENCE_NAME.match(text.strip()) and text.find_parent("a") is not None:
            card = _licence_card(text, root)
            if card is not None and card.name not in _NO_CARD_PARTS and _shows_address(card):
                card.decompose()


def _shows_address(card: Tag) -> bool:
    """Whether a link in ``card`` shows its own address as its text (the post's, in a reprint statement)."""
    return any(str(link.get("href") or "").startswith("http") and link.get_text(strip=True) == link["href"] for link in card.find_all("a"))


def _next_text(text: NavigableString) -> NavigableString | None:
    """The next visible text after ``text``."""
    return next((node for node in text.next_elements if type(node) is NavigableString and node.strip()), None)


def _licence_card(label: NavigableString, root: Tag) -> Tag | None:
    """The outermost box around ``label`` below ``root`` that is short and holds no paragraph, heading, list or table,
    but the paragraphs of its pairs (Hugo Jane's ``div.post-copyright`` of ``p.copyright-item`` lines)."""
    card = None
    for box in label.parents:
        if box is root or len(collapse(box.get_text(" "))) > _LICENCE_CARD_CHARS:
            break
        if any(part.name != "p" or not _is_pair_line(part) for part in box.find_all(_NO_CARD_PARTS)):
            break
        card = box
    return card


def _is_pair_line(paragraph: Tag) -> bool:
    """Whether ``paragraph`` is one label/value pair of a card: a label's element and a value's beside it, nothing
    else (Jane's ``<p class="copyright-item"><span class="item-title">LastMod</span><span
    class="item-content">2023-06-10</span></p>``), no sentence."""
    parts = [child for child in paragraph.children if not isinstance(child, NavigableString) or child.strip()]
    if len(parts) != 2 or not all(isinstance(part, Tag) for part in parts):
        return False
    return len(collapse(parts[0].get_text(" ")).split()) <= _PAIR_LABEL_WORDS and not is_sentence(collapse(paragraph.get_text(" ")))


# The most words of a pair's label: "LastMod", "Senast ändrad", "Published at".
_PAIR_LABEL_WORDS = 3
