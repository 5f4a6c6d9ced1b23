"""A post's widgets inside the article box: share lines, episode labels and actions, web-view and
neighbour-post links, a post's pager, its navigation line and its neighbours' cards, picture captions, the shop's
product or course cards after the text, an event's ticket box, a doc's property table, an owner's follow line and a membership platform's
support box; the post's credits (author cards, licence cards) are read in ``credits``.

Each is found by how its platform marks it up: a box whose whole text is the widget's words (Jetshop's
"Dela inlägget:" with its network links, Podigee's "Avsnitt 27" and "Ladda ner (MP3)"), a caption classed
so beside its picture (Smore's ``div.caption`` in ``div.block-picture``), a shop's cards classed as product
or course cards (Jetshop's ``li.ProductCard``, Podia's ``div.product-card``). A sentence that starts with the
same words stays, since its box holds more than the widget.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bs4 import NavigableString, Tag

from fvmdocs.clean.blocks import NEWSLETTER_LABEL
from fvmdocs.clean.credits import drop_author_cards, drop_license_cards
from fvmdocs.clean.text import collapse
from fvmdocs.clean.tree import class_words, line_of, removed, strings, tags

_NETWORK = (r"(?:facebook|twitter|x|linkedin|pinterest|instagram|whatsapp|messenger|threads|bluesky|mastodon|"
            r"reddit|e-?post|e-?mail|email|mejl|mail|sms|kopiera länk(?:en)?|skriv ut)")  # fmt: skip
# An e-mail's web-view link: "Visa i webbläsaren", "Se nyhetsbrevet i webbläsaren", "View this email in your browser".
_WEB_VIEW = (r"(?:(?:visa|öppna|läs|se)\s+(?:(?:det här\s+|detta\s+)?(?:nyhetsbrevet|mejlet|mailet|e-?postmeddelandet|"
             r"utskicket|brevet)\s+)?i\s+(?:din\s+)?webbläsare[n]?|view\s+(?:this\s+(?:e-?mail|newsletter)\s+)?(?:in|on)\s+"
             r"(?:your\s+|a\s+)?(?:web\s+)?browser)")
# A mailing's subscription links: "Prenumerera", "Avregistrera dig", "Avsluta prenumerationen", "Unsubscribe".
_SUBSCRIPTION = (r"(?:prenumerera(?:\s+(?:här|gratis))?|avregistrera(?:\s+dig)?|avsluta\s+(?:din\s+)?prenumeration(?:en)?|"
                 r"vidarebefordra(?:\s+till\s+en\s+(?:vän|kollega))?|subscribe|unsubscribe|forward(?:\s+to\s+a\s+friend)?)")
_MAIL_LINK = rf"(?:{_WEB_VIEW}|{_SUBSCRIPTION})"
# Whole boxes that are a widget and nothing else, each with the most characters its box may hold.
_WHOLE_BOX_RULES: tuple[tuple[re.Pattern[str], int], ...] = (
    # A share line, its network links run together or apart: "Dela inlägget: Facebook Pinterest".
    (re.compile(rf"^dela(?:\s+[\wåäö]+){{0,2}}\s*:?\s*(?:{_NETWORK}[\s,|·/]*)+$", re.I), 120),
    # A call to share alone, its share icons gone or too few for a share box: Lagrange's "Feel free to share!" ("Dela
    # gärna!"), "Share this post".
    (re.compile(r"^(?:dela\s+gärna|(?:feel free to|please)\s+share(?:\s+(?:this|it))?|share\s+this(?:\s+(?:post|page|article))?)"
                r"\s*[!:.…]*$", re.I), 40),
    # A podcast episode's number as a label over its title: "Avsnitt 27", "Säsong 3 · Avsnitt 27", "Episode 4".
    (re.compile(r"^(?:(?:säsong|season)\s*\d{1,3}\s*[·|,–-]?\s*)?(?:avsnitt|episod|episode)\s*#?\s*\d{1,4}$", re.I), 40),
    # An episode's or file's download action with its format: "Ladda ner (MP3)", "Ladda ner avsnittet".
    (re.compile(r"^(?:ladda (?:ner|hem)|download)(?:\s+(?:avsnittet|filen|episode))?"
                r"(?:\s*\((?:mp3|m4a|aac|ogg|wav|pdf)(?:,?\s*[\d.,]+\s*[mk]b)?\))?$|"
                r"^(?:ladda (?:ner|hem)|download)\s+avsnittet$", re.I), 40),
    # A mailing's preheader over its text, its links in a row with signs between them and nothing else (the web
    # view a link or plain words): Flodesk's "td.fd-preheader" "Se nyhetsbrevet i webbläsaren · Prenumerera".
    (re.compile(rf"^{_MAIL_LINK}(?:\s*[·|•]\s*{_MAIL_LINK})+$", re.I), 120),
    # The same with the issue's label beside its links: rapidmail's "td.rm-preheader" "Nyhetsbrev oktober 2018 ·
    # Visa i webbläsaren", "Visa i webbläsaren · Medlemsbrev nr 7".
    (re.compile(rf"^(?:{NEWSLETTER_LABEL}\s*[·|•–-]\s*{_MAIL_LINK}(?:\s*[·|•]\s*{_MAIL_LINK})*"
                rf"|{_MAIL_LINK}(?:\s*[·|•]\s*{_MAIL_LINK})*\s*[·|•–-]\s*{NEWSLETTER_LABEL})$", re.I), 120),
)  # fmt: skip
# Whole boxes that are nothing but a link (arrows beside it at most), each with the most characters its box may hold.
_LINK_BOX_RULES: tuple[tuple[re.Pattern[str], int], ...] = (
    # An e-mail's web-view link over its text: Klaviyo's "Visa i webbläsaren", MailPoet's "Visa nyhetsbrevet i
    # webbläsaren", "View this email in your browser".
    (re.compile(rf"^{_WEB_VIEW}$", re.I), 60),
    # A post's link to its neighbour or the older posts: Neocities' "« föregående inlägg", "nästa inlägg »",
    # a blog's "Äldre inlägg", "Nyare inlägg".
    (re.compile(r"^[«‹←<]?\s*(?:föregående|nästa|äldre|nyare|previous|next|older|newer)\s+"
                r"(?:inlägg|artikel|artiklar|nyhet|nyheter|post|posts|entry|entries)\s*[»›→>]?$", re.I), 40),
)  # fmt: skip
_WHOLE_BOX_START = re.compile(r"^\s*(?:dela|feel|please|share|avsnitt|episod|episode|ladda|download|visa|öppna|läs|se|view|föregående|nästa|"
                              r"äldre|nyare|previous|next|older|newer|prenumerera|avregistrera|avsluta|vidarebefordra|"
                              r"subscribe|unsubscribe|forward)\b", re.I)  # fmt: skip
_WHOLE_BOX_CHARS = max(limit for _, limit in _WHOLE_BOX_RULES + _LINK_BOX_RULES)
# The text a link's box may hold beside its link: arrows and separators.
_ARROWS = re.compile(r"[\s«»‹›←→<>|·–-]*")

# A shop's card for one product or course: Jetshop's "ProductCard", Podia's "product-card".
_CARD = re.compile(r"(?:product|course)[-_]?(?:card|tile)s?$")
# The text a list of cards may hold beside its cards: a heading ("Produkter i inlägget", "Våra kurser").
_CARD_LIST_LABEL = 60

# A caption's class beside a picture's box: Smore's "div.caption" in "div.block-picture".
_PICTURE_WORDS = frozenset({"picture", "image", "img", "photo", "bild", "figure", "media"})
_CAPTION_CHARS = 300


def drop_widgets(root: Tag) -> None:
    """Remove share lines, episode labels and actions, post pagers and navigation lines, picture captions, ticket
    boxes, property tables, follow lines, membership boxes, author cards and licence cards (``credits``) from ``root``:
    after the other chrome, so a share box the text rules drop whole goes whole."""
    _drop_whole_boxes(root)
    _drop_post_pagers(root)
    _drop_neighbour_lines(root)
    _drop_picture_captions(root)
    _drop_ticket_boxes(root)
    _drop_property_tables(root)
    _drop_follow_lines(root)
    _drop_membership_boxes(root)
    drop_author_cards(root)
    drop_license_cards(root)


# A share box's class word: Jetpack's "ul.wp-block-jetpack-sharing-buttons", "div.sharedaddy", "div.social-share".
_SHARE_WORD = re.compile(r"shar(?:e|ing)")
# A share box's label, its whole text a short call to share and no sentence: Ollie's "<p class="has-small-font-size">
# <strong>Dela nyheten</strong></p>" above Jetpack's buttons, "Dela inlägget:", "Dela:", "Dela det här inlägget",
# Simple Share Buttons Adder's "Share this...", Jekyll's Lagrange "Feel free to share!" (as a site translates it, "Dela
# gärna!") above its icons.
_SHARE_LABEL = re.compile(
    r"^(?:(?:dela|share)(?:\s+[\wåäö]+){0,3}|(?:feel free to|please|don't forget to)\s+share(?:\s+(?:this|it))?)"
    r"\s*(?::|\.\.\.|…|!)?$",
    re.I,
)


# A link that opens a network's share dialog for the page, whatever the plugin: Facebook's sharer, X's (Twitter's)
# tweet intent, LinkedIn's shareArticle, Pinterest's pin form, Reddit's submit form, WhatsApp's and Telegram's send
# links, AddToAny's, and a mail to no one with the page in it ("mailto:?subject=…").
_SHARE_HREF = re.compile(
    r"^(?:(?:https?:)?//(?:[\w-]+\.)*(?:facebook\.com/(?:sharer|share\.php|dialog/(?:share|feed))|(?:twitter|x)\.com/"
    r"(?:share|intent/(?:tweet|post))|linkedin\.com/(?:shareArticle|sharing/share-offsite|cws/share)|pinterest\.[a-z.]+/"
    r"pin/create|reddit\.com/submit|whatsapp\.com/send|wa\.me/|t\.me/share|tumblr\.com/(?:widgets/)?share|"
    r"bsky\.app/intent/compose|addtoany\.com/add_to/)|mailto:\?|whatsapp://send)",
    re.I,
)
# What a share box holds beside its links: separators, and a share label ("Dela detta:") or the count of shares
# (Mashshare's "0 DELNINGAR") at most.
_SHARE_SEPARATORS = re.compile(r"[\s|·•/,–-]+")
_SHARE_COUNT = re.compile(r"^\d[\d\s.,]*k?(?:\s*(?:delningar|delningar totalt|shares?))?$", re.I)
# A link that goes nowhere, a script's button beside the share links (Simple Share Buttons Adder's print button).
_NOWHERE = re.compile(r"^(?:#|javascript:)", re.I)
# Boxes a share box never is: the page and its landmarks of the article.
_NO_SHARE_BOX = frozenset({"html", "body", "main", "article"})


def drop_share_boxes(soup: Tag, holds_article: Callable[[Tag], bool]) -> None:
    """Remove each box of share links, whatever its class: two or more links that open a network's share dialog,
    and beside them nothing but separators and a short share label. Simple Share Buttons Adder's box in a post's
    ``div.entry-content`` holds "Dela detta:" as bare text beside links around images, which go with the other
    media and leave the label alone as a paragraph. A sentence with a share link in it has words of its own and
    stays; never a box that ``holds_article`` says holds the article. A share label right above the box goes with it
    (Lagrange's ``div.post-date`` "Feel free to share!" over ``div.sharing-icons``)."""
    for link in soup.find_all("a", href=_SHARE_HREF):
        if not isinstance(link, Tag) or removed(link):
            continue
        box = _share_box(link, holds_article)
        if box is not None:
            _drop_label_above(box)
            box.decompose()


def _share_box(link: Tag, holds_article: Callable[[Tag], bool]) -> Tag | None:
    """The largest box above ``link`` whose links all share the page, two at least (or go nowhere), with a share
    label or count at most beside them; None where there is none."""
    found = None
    for box in link.parents:
        if box.name in _NO_SHARE_BOX or holds_article(box):
            break
        links = [str(each["href"]).strip() for each in box.find_all("a", href=True)]
        if not all(_SHARE_HREF.match(href) or _NOWHERE.match(href) for href in links):
            break
        beside = " ".join(text for text in strings(box) if text.find_parent("a") is None)
        label = _SHARE_SEPARATORS.sub(" ", beside).strip()
        if label and not _SHARE_LABEL.match(label) and not _SHARE_COUNT.match(label):
            break
        if sum(1 for href in links if _SHARE_HREF.match(href)) >= 2:
            found = box
    return found


def drop_share_label(box: Tag, words: set[str]) -> None:
    """Remove the label right above a share box that goes (``words`` its class words): the nearest element before
    it with text, in the same group, where that text is a short share label ("Dela nyheten", also as a heading). A
    sentence there that starts with the same word ("Dela med dig av dina erfarenheter …") stays."""
    if any(_SHARE_WORD.search(word) for word in words):
        _drop_label_above(box)


def _drop_label_above(box: Tag) -> None:
    """Remove the nearest element with text before ``box`` among its siblings where it is a short share label, whatever
    its class: Lagrange's label is a ``div.post-date`` ("Dela gärna!"), a share label and no date."""
    label = next((before for before in box.find_previous_siblings(True) if before.get_text(strip=True)), None)
    if label is not None and _SHARE_LABEL.match(collapse(label.get_text(" "))):
        label.decompose()


def _drop_whole_boxes(root: Tag) -> None:
    for string in strings(root):
        if type(string) is not NavigableString or removed(string) or not _WHOLE_BOX_START.match(string):
            continue
        box = _whole_box(string, root)
        if box is not None:
            box.decompose()


def _whole_box(string: NavigableString, root: Tag) -> Tag | None:
    """The largest box above ``string`` whose whole text is one widget (with or without spaces between its
    links); None where the text goes on."""
    found = None
    node = string.parent
    while isinstance(node, Tag) and node is not root and node.name not in ("h1", "article", "main", "body"):
        spaced = collapse(node.get_text(" "))
        if len(spaced) > _WHOLE_BOX_CHARS:
            break
        if _matches(spaced, _WHOLE_BOX_RULES) or _matches(spaced, _LINK_BOX_RULES) and _only_links(node):
            found = node
        node = node.parent
    return found


def _matches(text: str, rules: tuple[tuple[re.Pattern[str], int], ...]) -> bool:
    return any(pattern.match(text) and len(text) <= limit for pattern, limit in rules)


def _only_links(box: Tag) -> bool:
    """Whether all of ``box``'s text is link text, but for arrows and separators beside the links."""
    return all(_ARROWS.fullmatch(text) or text.find_parent("a") is not None for text in box.find_all(string=True))


# The direction word that opens an item of a post's pager, alone on its line or in its element, or before a colon or an
# arrow: Hux Blog's "Previous<br><span>Årsmöte i Skövde</span>", "Nästa inlägg: …", "« Föregående".
_PAGER_WORD = re.compile(
    r"^[«‹←<]?\s*(?:(?P<back>previous|prev|föregående)|(?P<on>next|nästa))"
    r"(?:\s+(?:inlägg|artikel|nyhet|post|article|entry))?\s*(?:[:»›→>]|$)",
    re.I,
)
# A post has two neighbours: a pager lists one or both.
_PAGER_ITEMS = 2
_PAGER_CHARS = 200
# Class words of a list that names itself a post's pager, whose items may hold the direction word alone: Joomla 2.5's
# "ul.pagenav" of "li.pagenav-prev" ("&lt; Föregående") and "li.pagenav-next" ("Nästa &gt;").
_PAGER_CLASS_WORDS = frozenset({"pagenav"})


def _drop_post_pagers(root: Tag) -> None:
    """Remove a list that is a post's pager to its neighbours, whatever its classes: Hux Blog's ``ul.pager`` after the
    text, of ``li.previous`` "<a href="…">Previous<br><span>Årsmöte i Skövde</span></a>" and ``li.next``. Each item is
    one link to another page that opens with its direction word and goes on with the neighbour's title; a pager with
    one neighbour (the blog's newest or first post) has one link, which the link lists leave. A list item that links
    "Nästa möte i Skövde" has no direction word of its own and stays, and so does a list with a third item. A list
    classed as a pager (Joomla 2.5's ``ul.pagenav``) may give the direction word alone: "< Föregående", "Nästa >"."""
    for pager in tags(root, {"ul", "ol"}):
        if removed(pager) or len(collapse(pager.get_text(" "))) > _PAGER_CHARS:
            continue
        items = pager.find_all("li", recursive=False)
        if not 0 < len(items) <= _PAGER_ITEMS or any(isinstance(child, Tag) and child.name != "li" for child in pager.children):
            continue
        named = not _PAGER_CLASS_WORDS.isdisjoint(class_words(pager))
        directions = [_pager_direction(item, word_alone=named) for item in items]
        if None not in directions and len(set(directions)) == len(directions):
            pager.decompose()


def _pager_direction(item: Tag, *, word_alone: bool = False) -> str | None:
    """"back" or "on" for a pager's item that is one link to another page, its direction word first and the
    neighbour's title after it (or, with ``word_alone``, the word alone); None for anything else."""
    links = item.find_all("a")
    if len(links) != 1 or not _only_links(item) or _NOWHERE.match(str(links[0].get("href") or "#")):
        return None
    texts = [text.strip() for text in links[0].find_all(string=True) if text.strip()]
    match = _PAGER_WORD.match(texts[0]) if texts else None
    if match is None or not (texts[0][match.end() :].strip() or len(texts) > 1 or word_alone):
        return None  # the word alone is a neighbour link of its own ("« föregående inlägg"), read by the link rules
    return "back" if match["back"] else "on"


# The class names of a post navigation's items, each named by its direction: VuePress's "span.prev" and "span.next".
_NEIGHBOUR_CLASSES = frozenset({"prev", "previous", "next"})


def _drop_neighbour_lines(root: Tag) -> None:
    """Remove a post navigation line under the text whose items are each named by their direction ("span.prev",
    "span.next") and hold one link to another page and an arrow at most: VuePress's ``div.page-nav > p.inner`` of
    "← <a>Årsmötet flyttas till digitalt</a>", its arrow the character or an SVG icon (gone by now). Whole class
    names only: a carousel's "slick-next" is none. A link classed so in a sentence has words beside it and stays."""
    for item in tags(root):
        if removed(item) or not _is_neighbour(item):
            continue
        line = line_of(item)
        text = collapse(line.get_text(" ")) if line is not None else ""
        if line is None or line is root or len(text) > _PAGER_CHARS:
            continue
        if all(_ARROWS.fullmatch(part) or _in_neighbour(part, line) for part in line.find_all(string=True)):
            while isinstance(line.parent, Tag) and line.parent is not root and collapse(line.parent.get_text(" ")) == text:
                line = line.parent  # the navigation's own box around its line ("div.page-nav")
            line.decompose()


def _is_neighbour(item: Tag) -> bool:
    """An element named by its direction that is one link to another page, arrows beside it at most."""
    classes = item.get("class")
    if not isinstance(classes, list) or _NEIGHBOUR_CLASSES.isdisjoint(classes):
        return False
    links = [item] if item.name == "a" else item.find_all("a")
    href = str(links[0].get("href") or "#") if len(links) == 1 else "#"
    return not _NOWHERE.match(href) and bool(collapse(links[0].get_text(" "))) and _only_links(item)


def _in_neighbour(text: NavigableString, line: Tag) -> bool:
    """Whether ``text`` stands in a neighbour's item inside ``line``."""
    for parent in text.parents:
        if parent is line:
            return False
        if _is_neighbour(parent):
            return True
    return False


# The chip over a neighbour's card, its direction alone: Matery's "div.article-badge" "Previous", "Next" ("上一篇",
# "下一篇"), and "Current" ("本篇") over the post's own card where a neighbour is missing.
_CHIP = re.compile(
    r"^[«‹←<]?\s*(?:(?P<back>previous|prev|föregående|上一篇)|(?P<on>next|nästa|下一篇)|(?P<here>current|本篇))"
    r"(?:\s+(?:inlägg|artikel|post|article))?\s*[»›→>]?$",
    re.I,
)
# A neighbour's card: a picture and title, a summary, the date and a category; a box with more is more than a card.
_NEIGHBOUR_CARD_CHARS = 600
_PAGE_BOXES = frozenset({"body", "html", "main"})


def drop_neighbour_cards(soup: Tag) -> None:
    """Remove the cards of the previous and next posts after a post, in the first round (a card's date is another
    post's, its summary no lead), even as an ``<article>``: Matery's ``article#prenext-posts`` of two cards (picture and
    title, summary, date, category), each under its direction chip ("Previous", "Next"). The box holds the two cards
    alone, each with one chip, a linked title and text outside its links; a pager of linked titles has no such text."""
    for chip in [text for text in soup.find_all(string=True) if _chip(text) is not None]:
        box = None if removed(chip) else next((parent for parent in chip.parents if _is_neighbour_cards(parent)), None)
        if box is None:
            continue
        text = collapse(box.get_text(" "))
        while isinstance(box.parent, Tag) and box.parent.name not in _PAGE_BOXES and collapse(box.parent.get_text(" ")) == text:
            box = box.parent  # the block's own box around its row of cards (Matery's "article#prenext-posts")
        box.decompose()


def _chip(text: NavigableString) -> str | None:
    """"back", "on" or "here" for a text that is a neighbour card's chip, else None."""
    match = _CHIP.match(collapse(str(text))) if type(text) is NavigableString else None
    return next(direction for direction, word in match.groupdict().items() if word) if match else None


def _is_neighbour_cards(box: Tag) -> bool:
    """Whether ``box`` holds two neighbours' cards and nothing else."""
    if box.name in _PAGE_BOXES or any(type(node) is NavigableString and node.strip() for node in box.children):
        return False
    cards = [child for child in box.children if isinstance(child, Tag) and child.get_text(strip=True)]
    directions = {_card_direction(card) for card in cards}
    return len(cards) == 2 and None not in directions and len(directions) == len(cards)  # a post has two neighbours


def _card_direction(card: Tag) -> str | None:
    """The direction of a neighbour's card under one chip, with a link to another page and text outside its links."""
    texts = [text for text in card.find_all(string=True) if text.strip()]
    chips = [direction for direction in map(_chip, texts) if direction is not None]
    titles = [link for link in card.find_all("a") if _is_title_link(link)]
    own = [text for text in texts if _chip(text) is None and text.find_parent("a") is None]
    if len(chips) != 1 or not titles or not own or card.find("h1") is not None:
        return None
    return chips[0] if len(collapse(card.get_text(" "))) <= _NEIGHBOUR_CARD_CHARS else None


def _is_title_link(link: Tag) -> bool:
    """A link to another page that is a box (Matery's picture and title) or its whole line; no link in a sentence."""
    if _NOWHERE.match(str(link.get("href") or "#")) or not link.get_text(strip=True):
        return False
    parent = link.parent
    whole = isinstance(parent, Tag) and collapse(parent.get_text(" ")) == collapse(link.get_text(" "))
    return whole or link.find(("div", "p", "h2", "h3", "h4", "h5", "h6")) is not None


# An arrow alone, a neighbour link's sign of its direction: back to the older post, on to the newer.
_BACK_ARROW = re.compile(r"^[←«‹⟵]$")
_ON_ARROW = re.compile(r"^[→»›⟶]$")
# A post navigation's slots: one per neighbour, the older first.
_NAVIGATION_SLOTS = ("back", "on")


def drop_arrow_neighbours(soup: Tag) -> None:
    """Remove a post navigation of two slots, each the link to a neighbour (its title and an arrow, each in an element
    of its own) or an empty element where the post has none: Shiro's (Hexo) ``div.section-divider`` after the tags of
    "<div></div>" and "<a title="…"><span>Årsmötet valde ny styrelse</span><span aria-hidden="true">→</span></a>". In
    the first round, before the hidden arrow goes and leaves the link a title alone. The older post's link comes first
    with its arrow before the title, the newer's second with the arrow after it; a link without an arrow of its own,
    or a box of more, is no such navigation and stays."""
    for link in soup.find_all("a", href=True):
        box = link.parent
        if not isinstance(box, Tag) or removed(box) or box.name in _PAGE_BOXES or box.name == "article":
            continue
        if any(type(node) is NavigableString and node.strip() for node in box.children):
            continue
        slots = [child for child in box.children if isinstance(child, Tag)]
        if len(slots) == len(_NAVIGATION_SLOTS) and all(
            not slot.get_text(strip=True) and slot.find(True) is None or _arrow_direction(slot) == direction
            for slot, direction in zip(slots, _NAVIGATION_SLOTS, strict=True)
        ):
            box.decompose()


def _arrow_direction(link: Tag) -> str | None:
    """"back" or "on" for a link to another page of a title and an arrow, each in an element of its own, the arrow
    before the title (back) or after it (on); None for anything else."""
    if link.name != "a" or _NOWHERE.match(str(link.get("href") or "#")):
        return None
    texts = [text for text in link.find_all(string=True) if text.strip()]
    if len(texts) != 2 or any(text.parent is link for text in texts):
        return None
    first, last = (collapse(str(text)) for text in texts)
    if _BACK_ARROW.match(first) and not _ARROWS.fullmatch(last):
        return "back"
    return "on" if _ON_ARROW.match(last) and not _ARROWS.fullmatch(first) else None


def _is_card(element: Tag) -> bool:
    return any(_CARD.search(word) for word in class_words(element))


def drop_card_lists(root: Tag) -> None:
    """Remove a shop's cards with the box that lists them and its heading, where that box holds nothing else."""
    for card in tags(root):
        if removed(card) or not _is_card(card):
            continue
        box = card
        node = card.parent
        while isinstance(node, Tag) and node is not root and not node.find("h1"):
            rest = len(collapse(node.get_text(" "))) - sum(len(collapse(c.get_text(" "))) for c in _outer_cards(node))
            if rest > _CARD_LIST_LABEL:
                break
            box = node
            node = node.parent
        box.decompose()


def _outer_cards(box: Tag) -> list[Tag]:
    """The cards in ``box`` that stand in no other card."""
    cards = box.find_all(_is_card)
    inner = {id(c) for card in cards for c in card.find_all(_is_card)}
    return [card for card in cards if id(card) not in inner]


def _drop_picture_captions(root: Tag) -> None:
    """Remove a caption classed so in a picture's box (its image already gone with the other media)."""
    for element in tags(root):
        if removed(element) or "caption" not in class_words(element):
            continue
        parent = element.parent
        if not isinstance(parent, Tag) or parent is root or _PICTURE_WORDS.isdisjoint(class_words(parent)):
            continue
        if element.find(("h1", "h2", "h3", "p", "ul", "ol")) is None and len(collapse(element.get_text(" "))) <= _CAPTION_CHARS:
            element.decompose()


# An event platform's ticket box after the description: Tito's ``<section class="tito-tickets"><h2>Biljetter</h2>
# <table><tr><td>Deltagare</td><td>0 kr</td><td><button>Registrera</button></td></tr></table></section>``.
_TICKET_HEADING = re.compile(r"^(?:biljetter|biljett|biljettyper|biljettpriser|tickets?|ticket types)$", re.I)
# One ticket's row: its kind and its price, the sign-up button's word after them at most ("Deltagare 0 kr").
_TICKET_ROW = re.compile(
    r"^[\wåäöÅÄÖ()/&-]+(?:\s[\wåäöÅÄÖ()/&-]+){0,5}\s+(?:gratis|free|\d+(?:[ .,]\d+)*\s*(?:kr|sek|:-))"
    r"(?:\s+(?:köp|boka|registrera|anmäl|välj|buy|register|select)(?:\s[\wåäö]+)?)?$",
    re.I,
)


def _drop_ticket_boxes(root: Tag) -> None:
    """Remove a box of a "Biljetter" heading over rows (table rows or list items) of a ticket's kind and price
    and nothing else; a heading over prose ("Biljetter kostar 100 kr och säljs i entrén.") heads text and stays."""
    for heading in tags(root, {"h2", "h3", "h4"}):
        if removed(heading) or not _TICKET_HEADING.match(collapse(heading.get_text(" "))):
            continue
        box = heading.parent
        if not isinstance(box, Tag) or box is root or box.find("p") is not None:
            continue
        rows = box.find_all(["tr", "li"])
        texts = [collapse(row.get_text(" ")) for row in rows]
        rest = len(collapse(box.get_text(" "))) - len(collapse(heading.get_text(" "))) - sum(len(t) + 1 for t in texts)
        if texts and all(_TICKET_ROW.match(t) for t in texts) and rest <= 0:
            box.decompose()


# A doc's property table over its text, rows of a label cell and a value cell: Coda's ``div.kr-table.kr-props``
# of ``div.kr-row`` rows of two ``span.kr-cell`` ("Publicerad" | "16 mars 2026", "Kategori" | "Millennium").
_PROPERTY_WORDS = frozenset({"props", "properties"})
_LABEL_CHARS = 30
_VALUE_CHARS = 80


def _drop_property_tables(root: Tag) -> None:
    """Remove a box classed as properties whose every row is a short label and a short value, with no sentence:
    the doc's metadata, read for its date first. A box of the same class that holds prose stays."""
    for box in tags(root):
        if removed(box) or box is root or _PROPERTY_WORDS.isdisjoint(class_words(box)):
            continue
        rows = box.find_all(True, recursive=False)
        if rows and all(_is_property_row(row) for row in rows):
            box.decompose()


def _is_property_row(row: Tag) -> bool:
    cells = row.find_all(True, recursive=False)
    if len(cells) != 2 or row.find(("p", "h1", "h2", "h3", "h4", "ul", "ol", "table")) is not None:
        return False
    label, value = (collapse(cell.get_text(" ")) for cell in cells)
    return 0 < len(label) <= _LABEL_CHARS and len(value) <= _VALUE_CHARS and not re.search(r"[.!?](?:\s|$)", value)


# An owner's line over a publication or post: the account's name as a link and its follow control, classed so or
# a link of its own (Calaméo's ``div.cal-publication-owner`` of "<a>Konto</a> · <span class="cal-follow">Följ</span>").
_FOLLOW = re.compile(r"^[+＋]?\s*(?:följ|follow|prenumerera|subscribe)\s*[+＋]?$", re.I)
_FOLLOW_WORDS = frozenset({"follow", "subscribe"})
_FOLLOW_LINE_CHARS = 80


def _drop_follow_lines(root: Tag) -> None:
    """Remove a short line of the owner's link and a follow control ("Följ") with only separators beside them; a
    sentence that asks the reader to follow ("Följ oss på Facebook") has words of its own and stays."""
    for control in tags(root, {"span", "a"}):
        if removed(control) or not _FOLLOW.match(collapse(control.get_text(" "))):
            continue
        if control.name != "a" and _FOLLOW_WORDS.isdisjoint(class_words(control)):
            continue
        line = line_of(next(iter(control.find_all(string=True))))
        if line is None or line is root or line.find("h1") is not None:
            continue
        if len(collapse(line.get_text(" "))) > _FOLLOW_LINE_CHARS or line.find("a") is None:
            continue
        if all(_ARROWS.fullmatch(text) or text.find_parent("a") is not None or any(parent is control for parent in text.parents)
               for text in line.find_all(string=True)):  # fmt: skip
            line.decompose()


# A membership platform's call to support the publication under a post: Steady's ``div.membership-box`` of a
# heading ("Stöd lokal journalistik"), a line or two on the plans and a link to them ("Välj paket").
_MEMBERSHIP_WORDS = frozenset({"membership", "donate", "donation", "supporter"})
_MEMBERSHIP_CHARS = 400
_MEMBERSHIP_PARAGRAPHS = 2


def _drop_membership_boxes(root: Tag) -> None:
    """Remove a short box classed as a membership or donation pitch that ends in a link (to the plans); a box of
    the same class with more text, or without its link, is text and stays. A box with no text at all is passed, no
    pitch: Zzo's share box ``div.donation`` of an empty message and one share link whose icon is gone."""
    for box in tags(root, {"div", "section", "aside"}):
        if removed(box) or box is root or _MEMBERSHIP_WORDS.isdisjoint(class_words(box)):
            continue
        links = box.find_all("a")
        if not links or box.find(("h1", "ul", "ol", "table")) is not None:
            continue
        if len(box.find_all("p")) > _MEMBERSHIP_PARAGRAPHS or len(collapse(box.get_text(" "))) > _MEMBERSHIP_CHARS:
            continue
        last = next((text for text in reversed(box.find_all(string=True)) if text.strip()), None)
        if last is not None and any(parent is link for parent in last.parents for link in links):
            box.decompose()
