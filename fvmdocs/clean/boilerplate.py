"""What is not the article: code, hidden things, site chrome, and text that only looks like it.

Removal runs in two rounds. ``strip_page`` runs on the whole page before the article is
chosen and dates are read: it drops code, hidden elements and *other pages' content*
(related lists, comments, ads, cookie and share boxes), which would otherwise win the
density contest or lend their dates. ``strip_chrome`` runs on the chosen article after
its dates are read: footers, headers, contact boxes and bylines may hold this page's dates,
so they go last, together with the rules that match by text (the unsupported-browser banner
appears in many markups, so its words are the only stable handle).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bs4 import BeautifulSoup, NavigableString, Tag

from fvmdocs.clean.about import drop_about_box
from fvmdocs.clean.badges import drop_date_badges
from fvmdocs.clean.boilerplate_text import CONTENTS_TITLE, DROP_HEADINGS, TEXT_RULES
from fvmdocs.clean.bylines import (
    drop_author_under_headline,
    drop_category_under_headline,
    drop_date_bylines,
    drop_date_terms,
    drop_date_under_headline,
    drop_meta_above_headline,
    drop_time_under_headline,
    drop_visibility_lines,
)
from fvmdocs.clean.content import (
    LEAD_WORDS,
    TEASER_WORDS,
    after_header_box,
    after_headline,
    own_teaser,
    under_headline,
)
from fvmdocs.clean.counts import drop_counts, drop_user_stats
from fvmdocs.clean.credits import drop_author_blocks
from fvmdocs.clean.filing import box_words, drop_filing_lines, drop_hashtag_lines, drop_meta_lists
from fvmdocs.clean.signposts import (
    drop_crumb_lines,
    drop_heading_anchors,
    drop_link_rows,
    drop_list_labels,
    drop_series_boxes,
    heads_other_posts,
)
from fvmdocs.clean.signup import drop_signup_boxes, form_box
from fvmdocs.clean.tagrows import drop_tag_row_under_headline
from fvmdocs.clean.text import collapse
from fvmdocs.clean.titles import title_heading
from fvmdocs.clean.tree import (
    class_words,
    first,
    removed,
    select_all,
    strings,
    tags,
    text_stats,
)
from fvmdocs.clean.widgets import (
    drop_arrow_neighbours,
    drop_neighbour_cards,
    drop_share_boxes,
    drop_share_label,
)

_CODE_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
              "canvas", "button", "select", "input", "textarea", "video", "audio", "map",
              "img", "picture", "figcaption", "link", "meta"})  # fmt: skip

# Class/id words naming content from elsewhere; matched as whole words of the attribute.
FOREIGN_WORDS = frozenset({
    "cookie", "cookies", "consent", "gdpr", "cookiebar", "share", "sharing", "social",
    "socialmedia", "breadcrumb", "breadcrumbs", "brodsmulor", "related", "relaterade", "latest",
    "senaste", "popular", "mostread", "mestlast", "newsletter", "nyhetsbrev", "ad", "ads",
    "advert", "advertisement", "annons", "annonser", "adslot", "sponsored", "sponsors", "comment",
    "comments", "kommentar", "kommentarer", "disqus", "skip", "skiplink", "skipnav",
    "navigation", "navbar", "menu", "megamenu", "sidebar", "toolbar", "pagination", "subscribe",
    "prenumerera", "print", "feedback", "teaser", "teasers", "puff", "puffar", "promo",
    "headerlink",  # Sphinx's and MkDocs's "¶" permalink inside each heading
    "signature",  # a forum post's signature under it
    "jumpbox",  # phpBB's "Återgå till …" link to the forum and its forum menu under a topic
    "ticketbox",  # an event page's ticket box beside its text: Tickster's "div.tc-ticketbox"
    "optin", "signup",  # a newsletter's sign-up box: Kajabi's "div.blog-post-optin", Mailchimp's "mc_embed_signup"
    # Simple Share Buttons Adder's (and Plus's) share box in a post's entry-content: "div.ssba.ssba-wrap",
    # "div.ssba-classic-2", "div.ssbp-wrap"; a QR code to share the post by: Vexo's (Hexo) "div.qrcode" of a canvas
    "ssba", "ssbp", "qrcode",  # and its hard-coded "扫描二维码，分享此文章" (scan the QR code to share this post)
})  # fmt: skip
# Compound class names written without separators ("relatednews", "cookiebanner").
_FOREIGN_PARTS = ("cookie", "breadcrumb", "newsletter", "nyhetsbrev", "advert", "skiplink",
                  "sharebox", "socialshare", "relatednews", "latestnews", "comments",
                  "relatedposts",  # Jetpack's "div#jp-relatedposts" ("Relaterade inlägg") in a post's entry-content
                  # Jetpack's share and like boxes in a post's entry-content: "div.sharedaddy.sd-like" ("Gilla detta:")
                  "sharedaddy", "likes-widget",
                  # a curation site's other collections of the same owner: Wakelet's "section.more-collections"
                  "more-collections", "related-collections", "more-from",
                  "td-a-rec", "adspot",  # tagDiv's ad slots and their "- Annons -" label
                  # MediaWiki's chrome: site notice, "Från X", "Hoppa till: navigering, sök", "[ redigera ]",
                  # "Hämtad från …", category links; reaction boxes ("Gilla 14")
                  "sitenotice", "sitesub", "contentsub", "jump-to-nav", "mw-jump", "editsection", "printfooter",
                  "catlinks", "reaction",
                  # a post's neighbours: Concrete CMS's "ccm-block-next-previous" ("« Årsmötet")
                  "next-previous", "previous-next", "prev-next", "next-prev",
                  "nextprev", "prevnext",  # Magento's Magefan Blog: "div.post-nextprev-hld" ("← Nya smaker i höst")
                  # a forum's "Vilka är online" and statistics boxes under a topic (phpBB's "stat-block online-list")
                  "stat-block", "online-list", "whosonline")  # fmt: skip
# Chrome around this article: read for dates first, removed after.
CHROME_WORDS = frozenset({
    "footer", "sidfot", "contact", "kontakt", "contacts", "byline", "author", "authors", "tags",
    "taggar", "keywords", "meta", "article-meta", "pageinfo", "page-info", "dateline", "kicker",
    "category", "vignette", "etikett", "label", "tag", "createdby", "metadata", "badge",
    "premium-badge", "paywall-badge",
    "attachments",  # a post's attached files: Moodle's "div.attachments" ("tidplan.pdf")
    "player",  # a podcast's or video's player: its controls and "Ladda ner" link (Buzzsprout's "episode__player")
    "vcard",  # a profile card beside the post: Hubzilla's side region "div.vcard" (name, photo, locality)
    "createdate", "modifydate",  # Mambo's and Joomla 1.0's date cells: "Senast uppdaterad ( onsdag, 14 juni 2017 20:05 )"
})  # fmt: skip
# Compound chrome class names: Joomla's "article-info" list ("Detaljer", "Skrivet av …").
_CHROME_PARTS = ("article-info", "articleinfo", "cat-links", "article__section", "article-section", "article_area", "article-area",
                 "overline",  # Arc XP's section link above the headline
                 "visual-info",  # OpenCms Mercury's date and author unit beside the headline
                 "base-main-card",  # LinkedIn's author card: name, headline, date
                 "authorbyline", "topicheader",  # SharePoint's byline and topic label above the headline
                 "documentbyline",  # Plone's "av Styrelsen — publicerad …" under the headline, and its subjects
                 "postprofile", "post-buttons",  # a forum post's author box and buttons
                 "message-userdetails", "message-userextras", "message-signature",  # XenForo's
                 "field-list",  # Sphinx's docinfo: "Publicerad", "Författare"
                 # a Notion page's properties above its text (Super's, Potion's "notion-collection-page-properties"):
                 # its date and its select or tag pills ("Påverkan")
                 "page-properties",
                 "portlet-header",  # Liferay's portlet title ("Nyheter") above the article
                 "page-col-sd",  # Wiki.js's side column: "Senast redigerad av", the editor's name, the date
                 "labeltag",  # Labrador's section label above the headline ("div.labelTag")
                 "user-name",  # Wix blog's author name by the headline: "span.user-name" (data-hook="user-name")
                 # Chirpy's licence line in the post's tail, beside the share box: "div.license-wrapper" ("Posten är
                 # publicerad under licensen CC BY 4.0 …", or the site's own words)
                 "license-wrapper",
                 "post-copyright",  # Hugo Jane's box of "Author", "LastMod" and "License" pairs after the text
                 # Twenty Ten's post footer: "div.entry-utility" ("Detta inlägg publicerades i Nyheter. Bokmärk
                 # permalänken.") after "div.entry-content", as Twenty Eleven's "footer.entry-meta" is
                 "entry-utility",
                 "post-info")  # fmt: skip  # a post's author, date and section: PrestaShop SmartBlog's "div.post-info"
_HIDDEN_WORDS = frozenset({
    "hidden", "d-none", "is-hidden", "visually-hidden", "sr-only", "screen-reader-text",
    "element-invisible", "visuallyhidden"
})  # fmt: skip
_CODE = re.compile(r"<!--.*?-->|<(script|style|svg|template)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_JSONLD = re.compile(r"<script\b[^>]*application/ld\+json[^>]*>(.*?)</script\s*>", re.I | re.S)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# A layout table's cell is a box too: a mailing's footer is one cell of its own.
_BOX_TAGS = frozenset({"p", "div", "section", "aside", "li", "ul", "ol", "form", "dialog", "a",
                       "span", "strong", "header", "footer", "nav", "details", "small", "dd", "dt", "dl", "td"})  # fmt: skip

_LINK_LIST_TAGS = frozenset({"ul", "ol", "div", "section", "aside", "table", "dl", "nav", "p"})
_ARTICLE_TAGS = frozenset({"h1", "article", "main"})
_LINK_DENSITY = 0.6
# Running text after a dropped heading is at least this long; contact lines are shorter.
_PROSE_CHARS = 80


def cut_code(html: str) -> tuple[str, list[str]]:
    """The HTML without scripts, styles, inline SVG and comments, and the JSON-LD it held.

    Done on the text before parsing because BeautifulSoup builds every element in Python:
    a page's icon sprites and tracking scripts would cost more than its article. A script
    ends at the first ``</script``, as in a browser, so a regex cuts it exactly.
    """
    jsonld = [m[1] for m in _JSONLD.finditer(html)]
    return _CODE.sub(" ", html), jsonld


def _is_foreign(words: set[str]) -> bool:
    # a byline is chrome, read for its date first, whatever else its class says (Ning's "ul.navigation.byline")
    return "byline" not in words and (bool(words & FOREIGN_WORDS) or any(p in w for w in words for p in _FOREIGN_PARTS))


def _holds_article(element: Tag) -> bool:
    """True when removing ``element`` would take the article with it (a misleading class): it
    holds the title or the page's landmarks, or the article's prose (Drupal's body field is
    ``field-label-hidden``, whose "label" is no label box)."""
    if element.name in ("html", "body", "main", "article"):
        return True
    if str(element.get("itemprop") or "") in _CONTENT_PROPERTIES:
        return True  # TYPO3's lead "teaser-text" is the article's schema.org description
    if not _LEAD_CLASS_WORDS.isdisjoint(class_words(element)) and element.find("p") is not None:
        return True  # Drupal's "field--name-field-ingress field--label-hidden": a lead, whatever "label" says
    if first(element, _ARTICLE_TAGS) is not None:
        return True
    return sum(len(p.get_text()) for p in element.find_all("p", limit=_PROSE_PARAGRAPHS)) >= _ARTICLE_PROSE


# Class words of a lead that a chrome word beside it ("label") must not take away.
_LEAD_CLASS_WORDS = frozenset({"ingress", "preamble", "standfirst"})
# schema.org properties that mark the article's own text, whatever the class says.
_CONTENT_PROPERTIES = frozenset({"description", "articleBody", "abstract", "headline"})
# Chrome boxes (bylines, labels, tag lists) hold little prose; an article body holds more.
_PROSE_PARAGRAPHS = 20
_ARTICLE_PROSE = 400


def strip_page(soup: BeautifulSoup) -> None:
    """First round, whole page: code, hidden elements, other pages' content, share boxes, headings' links to
    themselves."""
    drop_signup_boxes(soup, _holds_article)
    drop_author_blocks(soup)  # by their hidden labels and the avatars, which go below
    _drop_posts_widgets(soup)
    drop_heading_anchors(soup)
    drop_share_boxes(soup, _holds_article)
    drop_neighbour_cards(soup)
    drop_arrow_neighbours(soup)
    for element in tags(soup, _CODE_TAGS):
        element.decompose()
    for form in tags(soup, {"form"}):
        # ASP.NET and some Sitevision pages wrap the whole page in one <form>.
        if removed(form):
            continue  # in another form's box, gone with it
        if _holds_article(form) or len(form.get_text(strip=True)) > 400:
            form.unwrap()
        else:
            form_box(form, _holds_article).decompose()
    for element in tags(soup):
        if removed(element):
            continue
        if element.name in ("nav", "dialog") or _is_hidden(element) or _is_reply(element):
            element.decompose()
            continue
        words = class_words(element)
        foreign = _is_foreign(class_words(element, skip=_GLYPH_CLASS)) or _is_contents(element, words)
        if words and foreign and not _holds_article(element) and not _own_teaser(element, words):
            drop_share_label(element, words)  # its label above it in the same group goes with it
            element.decompose()


# An icon font's glyph class names the picture drawn beside the text, not the box: Uno Zen's (Ghost) headline
# "h1.icon-reverse.icon-social-twitter-post" in its tweet link, whose "social" makes no share box of it.
_GLYPH_CLASS = re.compile(r"^icon-", re.I)

# Class words of a table of contents: Hugo's LoveIt "div.details.toc#toc-static", "div.toc-content".
_CONTENTS_WORDS = frozenset({"toc"})


def _is_contents(element: Tag, words: set[str]) -> bool:
    """A table of contents, whose links all lead to the page's own headings: LoveIt's ``div.details.toc`` holds
    its title ("Innehåll", in a disclosure's summary box) beside ``nav#TableOfContents``, and goes with it, as does
    the title alone where a script draws the list (Matery's "TOC"). A box classed so with no link, or with one to
    another page, stays (Quarto's ``h1.title.toc-ignore``)."""
    if _CONTENTS_WORDS.isdisjoint(words):
        return False
    links = element.find_all("a", href=True)
    title_alone = not links and CONTENTS_TITLE.match(collapse(element.get_text(" "))) is not None
    return title_alone or bool(links) and all(str(link["href"]).startswith("#") for link in links)


# Elementor's posts widget (Elementor Pro), a grid of cards of posts: each an "article.elementor-post" with its
# title, excerpt and "Läs mer »" link; and its widget of the post's own text in a single-post template.
_POSTS_WIDGET = "elementor-widget-posts"
_POST_CONTENT_WIDGET = "elementor-widget-theme-post-content"


def _drop_posts_widgets(soup: BeautifulSoup) -> None:
    """Remove Elementor's posts widget beside the post-content widget: on a single post's template (Hello
    Elementor's, no ``<article>`` around the post) its cards are other posts' teasers under "Fler nyheter", each an
    ``<article>`` whose excerpt would pass for the lead and whose linked titles would make the page a listing. On
    a page without the post's own text (a news page built of the widget) the cards are its content and stay."""
    content = soup.find(class_=_POST_CONTENT_WIDGET)
    if content is None:
        return
    for widget in soup.find_all(class_=_POSTS_WIDGET):
        in_text = any(box is content for box in widget.parents)  # a posts widget the author set in the post stays
        if not removed(widget) and not in_text:
            widget.decompose()


def _own_teaser(element: Tag, words: set[str]) -> bool:
    """This article's own lead under a teaser word, with no link to another page in it: Neos's
    "news-detail__teaser" right under the h1, IMPERIA's "div.teaser-text" right after the article's header
    box (kicker, h1, byline, date), a box whose class also says lead ("p.teaser.lead", "div.teaser-text.lead")
    or a teaser element of the article's block (CoreMedia's "cm-article__teaser") under the h1 and its
    byline. Other articles' teasers link to them."""
    foreign = words & FOREIGN_WORDS
    if not foreign or not foreign <= TEASER_WORDS or element.find("a") is not None:
        return False
    if after_headline(element) or after_header_box(element):
        return True
    return not LEAD_WORDS.isdisjoint(words) and under_headline(element) or own_teaser(element)


def _is_reply(element: Tag) -> bool:
    """A reply in a forum topic, which is a comment: NodeBB numbers a topic's posts with
    ``component="post" data-index``, the first post (index 0) being the topic itself; phpBB's,
    MyBB's and FluxBB's posts are sibling boxes, the first the topic and the later ones replies."""
    if element.get("component") == "post":
        return element.get("data-index") not in (None, "0")
    return _is_forum_post(element) and any(_is_forum_post(before) for before in element.find_previous_siblings("div"))


# A forum post's box: phpBB's "div.post#p9914", MyBB's "div.post#post_9914", FluxBB's "div.blockpost#p9914".
_FORUM_POST_ID = re.compile(r"(?:p|post_)\d+")
_FORUM_POST_CLASSES = frozenset({"post", "blockpost"})


def _is_forum_post(element: Tag) -> bool:
    classes = element.get("class")
    return (
        element.name == "div"
        and isinstance(classes, list)
        and not _FORUM_POST_CLASSES.isdisjoint(classes)
        and _FORUM_POST_ID.fullmatch(str(element.get("id") or "")) is not None
    )


def _is_hidden(element: Tag) -> bool:
    if element.has_attr("hidden") or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    if isinstance(style, str) and _HIDDEN_STYLE.search(style):
        return True
    # Exact class names only: "hidden-xs" hides on phones and shows everywhere else.
    classes = element.get("class")
    return isinstance(classes, list) and not _HIDDEN_WORDS.isdisjoint(classes)


def strip_chrome(root: Tag, remove: tuple[str, ...], drop_headings: Iterable[str]) -> None:
    """Second round, inside the article: profile removals, chrome, text rules, link lists."""
    if remove:
        for element in select_all(root, ", ".join(remove)):
            if not removed(element) and not _holds_article(element):
                element.decompose()
    drop_filing_lines(root)  # before the chrome rules cut the category links out of the line
    drop_hashtag_lines(root)
    heading = title_heading(root)
    for element in tags(root):
        if not removed(element) and _is_chrome(element):
            if heading is not None and any(parent is element for parent in heading.parents):
                # the post's title heading stays where its header stood (Stack's "header.article-header" of an h2, no
                # h1), so the lead is read under it
                element.insert_before(heading.extract())
            element.decompose()
    _drop_by_text(root)
    drop_crumb_lines(root)
    _drop_button_links(root)
    drop_counts(root)
    drop_user_stats(root, _holds_article)
    _drop_kickers(root)
    drop_date_badges(root)
    drop_date_bylines(root)
    drop_date_under_headline(root)
    drop_meta_above_headline(root)
    drop_time_under_headline(root)
    drop_meta_lists(root)
    drop_author_under_headline(root)
    drop_category_under_headline(root)
    drop_tag_row_under_headline(root)
    drop_date_terms(root)
    drop_visibility_lines(root)
    labels = {h.casefold() for h in drop_headings} | DROP_HEADINGS
    _drop_headed_sections(root, labels)
    drop_about_box(root)
    _drop_link_lists(root)
    drop_link_rows(root)
    drop_series_boxes(root)
    drop_list_labels(root, labels)  # after the link lists, so a label left alone with its list gone goes too


def _is_chrome(element: Tag) -> bool:
    """Site or article chrome: footers, site headers, contact boxes, bylines, link asides."""
    if element.name == "footer":
        return True
    rel = element.get("rel")
    if element.name == "a" and isinstance(rel, list) and {"tag", "category"} & set(rel):
        return True  # WordPress's category and tag links: rel="category tag"
    words = box_words(element)
    chrome = bool(words & CHROME_WORDS) or any(part in word for word in words for part in _CHROME_PARTS)
    if chrome and not _holds_article(element):
        return True
    if "caption" in words and after_headline(element) and not _holds_article(element):
        return True  # Wiki.js's page description right under the headline ("div.caption" in "page-header-headings")
    if element.name == "header":
        return first(element, {"h1"}) is None  # an article's own header holds title and lead
    if element.name == "aside":
        return _is_chrome_aside(element)  # other asides are fact boxes, which are content
    return False


def _is_chrome_aside(element: Tag) -> bool:
    heading = first(element, {"h2", "h3", "h4", "strong"})
    if heading is not None and _heading_key(heading) in DROP_HEADINGS:
        return True
    stats = text_stats(element)
    return stats.link_density(element) > _LINK_DENSITY


def _drop_kickers(root: Tag) -> None:
    """Remove a section link alone right above the headline (a kicker: "Totalförsvar"), or a section's name set
    aside there as plain text (Ananke's ``aside.instapaper_ignoref`` "Nyheter" over its share icons and ``h1``, Astroship's
    category label ``span.text-blue-400`` "Sjukhusbeställningar" right above its ``h1``); boxes without text between them
    (icons) are passed."""
    for h1 in root.find_all("h1"):
        before = next((box for box in h1.find_previous_siblings(True) if box.get_text(strip=True)), None)
        if not isinstance(before, Tag) or removed(before):
            continue
        links = before.find_all("a")
        text = before.get_text(strip=True)
        if len(text) > _KICKER_CHARS:
            continue
        section_link = before.name in ("div", "p", "span") and len(links) == 1 and links[0].get_text(strip=True) == text
        section_name = (
            before.name in _SECTION_NAME_TAGS and not links and len(text.split()) <= _KICKER_WORDS and not text.endswith((".", "!", "?"))
        )
        if section_link or section_name:
            before.decompose()


_KICKER_CHARS = 30
_KICKER_WORDS = 3
# Where a section's name stands as plain text above the headline: set aside, or an inline label of its own.
_SECTION_NAME_TAGS = frozenset({"aside", "span"})


# Class words of a link drawn as a button: UIkit's "uk-button" (Pagekit), Bootstrap's "btn".
_BUTTON_WORDS = frozenset({"button", "btn"})
_BUTTON_CHARS = 60


def _drop_button_links(root: Tag) -> None:
    """Remove a link drawn as a button that is all of its block: a call to action ("Läs mer om kursen").

    A button link inside running text stays, so no sentence loses its words.
    """
    for link in root.find_all("a"):
        if removed(link) or _BUTTON_WORDS.isdisjoint(class_words(link)) and link.get("role") != "button":
            continue
        text = collapse(link.get_text(" "))
        parent = link.parent
        if isinstance(parent, Tag) and len(text) <= _BUTTON_CHARS and collapse(parent.get_text(" ")) == text:
            link.decompose()


def _drop_by_text(root: Tag) -> None:
    """Remove the smallest box around each text that matches a boilerplate rule."""
    for string in strings(root):
        if type(string) is not NavigableString or removed(string):
            continue
        text = str(string)
        for pattern, limit in TEXT_RULES:
            if pattern.search(text):
                box = _box_around(string, root, limit)
                if box is not None:
                    box.decompose()
                break


def _box_around(string: NavigableString, root: Tag, limit: int) -> Tag | None:
    """The largest ancestor below ``root`` whose text stays within ``limit`` characters."""
    box: Tag | None = None
    node = string.parent
    while isinstance(node, Tag) and node is not root:
        if removed(node):
            return None
        if len(node.get_text(strip=True)) > limit:
            break
        if node.name in _BOX_TAGS:
            box = node
        node = node.parent
    return box


def _heading_key(heading: Tag) -> str:
    return collapse(heading.get_text(" ")).rstrip(":").casefold()


def _drop_headed_sections(root: Tag, drop: set[str]) -> None:
    """Remove a "Senaste nytt"-style heading and what follows it up to the next heading: its boxes, and the short text
    loose beside them (Jalpc's views after "Stats:"); prose, in a box or loose, ends the section."""
    for heading in tags(root, {"h2", "h3", "h4", "h5", "h6"}):
        if removed(heading) or _heading_key(heading) not in drop and not heads_other_posts(heading, _heading_key(heading)):
            continue
        level = int(heading.name[1])
        parent = heading.parent
        for sibling in list(heading.next_siblings):
            if isinstance(sibling, NavigableString):
                if type(sibling) is not NavigableString or not sibling.strip():
                    continue
                if len(collapse(sibling)) >= _PROSE_CHARS:
                    break  # running text loose in the box: the article goes on after the label's section
                sibling.extract()  # a count loose beside the section's boxes (Jalpc's "144 views" under "Stats:")
                continue
            if not isinstance(sibling, Tag):
                continue
            name = sibling.name or ""
            if len(name) == 2 and name[0] == "h" and name[1].isdigit() and int(name[1]) <= level:
                break
            if _is_prose(sibling):
                break  # the article goes on after a "Läs även" box without a heading of its own
            sibling.decompose()
        heading.decompose()
        if isinstance(parent, Tag) and parent is not root and not parent.get_text(strip=True):
            parent.decompose()


def _is_prose(element: Tag) -> bool:
    """A paragraph of running text: long, and hardly any of it link text."""
    if element.name not in ("p", "blockquote", "div", "section"):
        return False
    stats = text_stats(element)
    return stats.prose(element) >= _PROSE_CHARS and stats.link_density(element) < 0.3


def _drop_link_lists(root: Tag) -> None:
    """Remove lists and boxes that are mostly links (menus, teaser lists, tag clouds)."""
    stats = text_stats(root)
    budget = stats.text.get(id(root), 0) * 0.5
    for element in tags(root, _LINK_LIST_TAGS):
        if removed(element):
            continue
        key = id(element)
        if (stats.links.get(key, 0) >= 2 and stats.link_density(element) > _LINK_DENSITY
                and stats.text.get(key, 0) <= budget):  # fmt: skip
            element.decompose()
