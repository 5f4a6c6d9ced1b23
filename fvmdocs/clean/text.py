"""Whitespace and invisible characters, the same way everywhere in the clean stage, and running text."""

from __future__ import annotations

import re

# Soft hyphens, zero-width spaces and joiners, and the BOM: invisible in a browser,
# but they split Swedish words for search ("sjuk\xadhus").
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def collapse(text: str) -> str:
    """One line with single spaces; keeps å/ä/ö and the dialogue dash "–".

    >>> collapse("  – Vi är\\xa0nöjda,\\n  säger hon. ")
    '– Vi är nöjda, säger hon.'
    """
    return " ".join(_INVISIBLE.sub("", text).split())


# The space that joining an element's parts puts before a comma ("<span>Emma Kvist</span>, …").
_SPACE_BEFORE_COMMA = re.compile(r"\s+(?=,)")


def joined_line(text: str) -> str:
    """An element's text, joined with spaces between its parts, as one line without a space before a comma.

    >>> joined_line("Av  Styrelsen ,\\n 14 mars 2019")
    'Av Styrelsen, 14 mars 2019'
    """
    return _SPACE_BEFORE_COMMA.sub("", collapse(text))


# Running text ends a sentence, perhaps inside a closing quote or bracket.
SENTENCE_END = re.compile(r"[.!?…][\"'”»)]*$")
_SENTENCE_MIN_WORDS = 8


# A short name's longest text and most words: a tag's "Millennium", a label's "Abstract" or "I korthet".
_NAME_CHARS = 30
_NAME_WORDS = 3


def is_short_name(text: str, signs: re.Pattern[str]) -> bool:
    """A name alone, no line of a sentence: a few words, none of ``signs`` (a sentence's or a list's marks).

    >>> is_short_name("I korthet", re.compile(r"[.!?;,]"))
    True
    """
    return 0 < len(text) <= _NAME_CHARS and len(text.split()) <= _NAME_WORDS and signs.search(text) is None


def is_sentence(text: str) -> bool:
    """Running text: enough words, and the last ends a sentence; not a date and place ("12 mars 2024 i Skövde")."""
    return len(text.split()) >= _SENTENCE_MIN_WORDS and SENTENCE_END.search(text) is not None
