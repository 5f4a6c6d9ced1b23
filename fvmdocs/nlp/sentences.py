"""Rule-based sentence boundaries for Swedish news text (the ``fvmdocs_sentences`` component).

A statistical parser is neither shipped nor wanted here: news pages need a few firm rules.
A sentence ends after ``.``, ``!``, ``?`` or an ellipsis (and any closing quote or bracket
glued to it) when the next word opens with a capital letter, a digit-free quote mark or a
dialogue dash ("– Nu får vi ..."). It never ends:

* inside an abbreviation: the tokenizer keeps "bl.a.", "t.ex.", "s.k.", "fr.o.m." whole, and
  only abbreviations that can close a sentence ("m.m.", "osv.", "etc.", "kr.") may end one;
* after an ordinal in a date ("den 1. maj"), a title ("dr. Berg") or an initial ("A. Svensson").

A line break always ends a sentence: clean text keeps one block per line.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

COMPONENT_NAME = "fvmdocs_sentences"

_TERMINALS = frozenset({".", "!", "?", "...", "…", "!?", "?!", "!!", "??", "....", "....."})
# Closing marks that stay with the sentence they close: `”Vi är klara.” Sedan ...`.
_CLOSERS = frozenset({"”", '"', "’", "'", "»", ")", "]"})
# Marks that may open a new sentence besides a capital letter.
_OPENERS = frozenset({"–", "—", "-", "”", '"', "«", "»", "(", "'", "’", "•", "*"})
_DIALOGUE_DASHES = frozenset({"–", "—"})

# Abbreviation tokens that may also close a sentence ("... journaler m.m. Nu ...").
SENTENCE_FINAL_ABBREVIATIONS = frozenset(
    {"m.m.", "m.fl.", "osv.", "o.s.v.", "etc.", "kr.", "st.", "mm."}
)
# Words that take a period when abbreviated before a name: "dr. Berg", "prof. Ek". Not "med":
# "ska vara med." ends a sentence, and "med. dr" is followed by a lower-case word anyway.
_TITLES = frozenset({"dr", "doc", "prof", "fil", "leg", "ordf", "tf", "bitr", "st", "nr"})
MONTHS = frozenset(
    {
        "januari", "februari", "mars", "april", "maj", "juni", "juli",
        "augusti", "september", "oktober", "november", "december",
        "jan", "feb", "febr", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
    }
)  # fmt: skip


def _starts_sentence_text(token: Token) -> bool:
    """Whether a word can open a sentence: capital letter, digit-free opener."""
    first = token.text[0]
    return first.isupper() or token.text in _OPENERS


def _is_glued_period(doc: Doc, index: int) -> bool:
    """A "." written directly after the previous token ("dr." split as "dr" + ".")."""
    return doc[index].text == "." and index > 0 and not doc[index - 1].whitespace_


def _period_closes_sentence(doc: Doc, index: int) -> bool:
    """False when the period at ``index`` belongs to a title, an initial or a date ordinal."""
    if not _is_glued_period(doc, index):
        return True
    previous = doc[index - 1]
    lowered = previous.lower_
    if lowered in _TITLES:
        return False
    if len(previous.text) == 1 and previous.text.isupper():
        return False
    following = doc[index + 1] if index + 1 < len(doc) else None
    return not (previous.like_num and following is not None and following.lower_ in MONTHS)


def _ends_with_terminal(doc: Doc, index: int) -> bool:
    """Whether the token at ``index`` can be the last word of a sentence."""
    token = doc[index]
    if token.text in _TERMINALS:
        return token.text != "." or _period_closes_sentence(doc, index)
    # Other abbreviations ("bl.a.", an initial "A.") are single tokens and never end one.
    return token.lower_ in SENTENCE_FINAL_ABBREVIATIONS


def _next_word(doc: Doc, index: int) -> int:
    """Index of the first non-space token after ``index`` (or ``len(doc)``)."""
    index += 1
    while index < len(doc) and doc[index].is_space:
        index += 1
    return index


def sentence_starts(doc: Doc) -> list[bool]:
    """One flag per token: does a sentence start here? Pure function, easy to test."""
    starts = [False] * len(doc)
    if not len(doc):
        return starts
    starts[0] = True
    index = 0
    while index < len(doc):
        token = doc[index]
        if token.is_space and "\n" in token.text:
            nxt = _next_word(doc, index)
            if nxt < len(doc):
                starts[nxt] = True
            index = nxt
            continue
        if "\n" in token.whitespace_ and index + 1 < len(doc):
            starts[index + 1] = True
        if _ends_with_terminal(doc, index):
            end = index
            while end + 1 < len(doc) and doc[end + 1].text in _CLOSERS and not doc[end].whitespace_:
                end += 1
            nxt = _next_word(doc, end)
            if nxt < len(doc) and _starts_sentence_text(doc[nxt]):
                starts[nxt] = True
            index = end + 1
            continue
        index += 1
    return starts


@Language.component(COMPONENT_NAME)
def segment_sentences(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on every token from the rules above."""
    for token, starts in zip(doc, sentence_starts(doc), strict=True):
        token.is_sent_start = starts
    return doc
