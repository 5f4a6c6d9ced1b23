"""A newsletter's sign-up box: a heading, a line of pitch and a form that asks for an e-mail address; and any other
form's own box of a heading over it (a comment card).

Kajabi's ``div.blog-post-optin`` ("Få mina tips varje vecka" over an e-mail field) and Mailchimp's
``div#mc_embed_signup`` say so in their class (``optin``, ``signup`` among ``FOREIGN_WORDS``); other sites'
boxes say it only by their form. The fields go with the code in ``strip_page``, so this runs before them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bs4 import BeautifulSoup, Tag

from fvmdocs.clean.tree import removed, tags

# A field that asks for an e-mail address: type="email", or a name, id or placeholder that says so.
_EMAIL_FIELD = re.compile(r"e-?mail|e-?post|epost", re.I)
# Text a sign-up box holds beside its form: a heading and a line of pitch, at most one paragraph; a box with
# more is the article's own section that a form stands in. A form with more text is no sign-up form (ASP.NET
# wraps the whole page in one).
_SIGNUP_CHARS = 160
_SIGNUP_PARAGRAPHS = 1
_BOXES = frozenset({"div", "section", "aside"})


def drop_signup_boxes(soup: BeautifulSoup, holds_article: Callable[[Tag], bool]) -> None:
    """Remove each small form that asks for an e-mail address, with the boxes around it that hold nothing else
    but its heading and pitch; never a box that ``holds_article`` says holds the article."""
    for form in tags(soup, {"form"}):
        if removed(form) or not any(_asks_email(field) for field in form.find_all("input")):
            continue
        size, paragraphs = len(form.get_text(strip=True)), len(form.find_all("p"))
        if size > _SIGNUP_CHARS or holds_article(form):
            continue
        box, parent = form, form.parent
        while (isinstance(parent, Tag) and parent.name in _BOXES and not holds_article(parent)
               and len(parent.get_text(strip=True)) <= size + _SIGNUP_CHARS
               and len(parent.find_all("p")) <= paragraphs + _SIGNUP_PARAGRAPHS):  # fmt: skip
            box, parent = parent, parent.parent
        box.decompose()


def _asks_email(field: Tag) -> bool:
    """Whether an ``<input>`` asks for an e-mail address."""
    kind = str(field.get("type") or "").lower()
    named = " ".join(str(field.get(key) or "") for key in ("name", "id", "placeholder"))
    return kind == "email" or kind in ("", "text") and _EMAIL_FIELD.search(named) is not None


# Headings a form's own box may hold over it.
_FORM_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# Boxes a form's card never is: the page and its landmarks of the article.
_NO_FORM_BOX = frozenset({"html", "body", "main", "article"})


def form_box(form: Tag, holds_article: Callable[[Tag], bool]) -> Tag:
    """The form with the box around it whose only other text is one heading over it, the form's card: Start
    Bootstrap's "Blog Post" ends the post's column with its comment card, ``div.card > h5.card-header`` "Lämna en
    kommentar:" over ``div.card-body > form``, whose heading would stand over nothing once the form is gone. A box
    with any other text (a paragraph beside the form) stays, and so does its heading; never a box that
    ``holds_article`` says holds the article."""
    found = form
    for box in form.parents:
        if box.name in _NO_FORM_BOX or holds_article(box):
            break
        texts = [text for text in box.find_all(string=True) if text.strip() and text.find_parent("form") is not form]
        headings = {id(text.find_parent(_FORM_HEADINGS)) for text in texts}
        if len(headings) > 1 or any(text.find_parent(_FORM_HEADINGS) is None for text in texts):
            break
        found = box
    return found
