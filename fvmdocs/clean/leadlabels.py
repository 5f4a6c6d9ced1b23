"""A label over the lead in the lead's own box: Nivis (Zola) prints the post's description as ``div.intro-abstract`` of
``div.abstract-title`` "ABSTRACT" and ``p.description``, the lead. The label names the box, no word of the lead: it
goes (``drop_lead_label``), so the lead is the paragraph's text alone.
"""

from __future__ import annotations

import re

from bs4 import NavigableString, Tag

from fvmdocs.clean.text import collapse, is_sentence, is_short_name

__all__ = ["drop_lead_label"]

# The block boxes a label over the lead stands in: a box or a heading of its own.
_LABEL_TAGS = frozenset({"div", "p", "h2", "h3", "h4", "h5", "h6"})
# A sign of a sentence or a list in a label's text: a label is a name alone (a colon after it at most).
_NO_LABEL = re.compile(r"[.!?;,]")
# The boxes around the label and the lead that the lead's box may hold alone, and how many: Nivis's lead box is
# ``div.intro-body`` (an "intro"), of ``div.intro-abstract`` and a table of contents that is gone by now.
_WRAPPER_TAGS = frozenset({"div", "section"})
_WRAPPERS = 2


def drop_lead_label(lead: Tag) -> None:
    """Remove the first child of ``lead``'s box where it is a short label of its own, a box of bare text, and the rest
    of the box is one or more paragraphs of sentences: Nivis's "<div class="abstract-title">ABSTRACT</div>" over
    "<p class="description">Sedan i fredags …</p>", also in a box or two that the lead's box holds alone. Text loose in
    the box, inline words before the lead's own (a dateline's "<strong>BORÅS</strong>" in the paragraph), or a label
    over no sentence leave the box as it is."""
    parts = _parts(lead)
    for _ in range(_WRAPPERS):
        if parts is None or len(parts) != 1 or parts[0].name not in _WRAPPER_TAGS:
            break
        parts = _parts(parts[0])
    if parts is None or len(parts) < 2 or not _is_label(parts[0]):
        return
    if all(part.name == "p" and is_sentence(collapse(part.get_text(" "))) for part in parts[1:]):
        parts[0].decompose()


def _parts(box: Tag) -> list[Tag] | None:
    """The children of ``box`` that show text, None where text stands loose beside them."""
    if any(isinstance(child, NavigableString) and child.strip() for child in box.children):
        return None
    return [child for child in box.children if isinstance(child, Tag) and child.get_text(strip=True)]


def _is_label(box: Tag) -> bool:
    """Whether ``box`` is a block of bare text, a short name and nothing else: no link, no element, no sentence."""
    text = collapse(box.get_text(" ")).rstrip(":")
    if box.name not in _LABEL_TAGS or box.find(True) is not None:
        return False
    return is_short_name(text, _NO_LABEL)
