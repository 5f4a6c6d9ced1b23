"""Snippets: the passages of a hit's body around the query's terms, ``<mark>``-ed and escaped.

Whoosh's highlighter runs the whole index analyzer (compound splitting included) over every
hit's body, about 2 ms a page. The words of a page repeat, so here the text is only cut
into words with the analyzer's own tokenizer, and each distinct word is analysed once and
remembered: a word is marked when any of its index terms (the stem, the stems of its
compound parts) is a query term, as Whoosh would mark it. Whoosh's fragmenter, fragment
scorer and formatter then pick and format the passages as before.
"""

from __future__ import annotations

import html
from typing import Any

from whoosh.highlight import (
    FIRST,
    BasicFragmentScorer,
    ContextFragmenter,
    Formatter,
    get_text,
    top_fragments,
)

MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"
MAX_WORDS = 200_000


class _MarkFormatter(Formatter):
    """Escapes the text and puts ``<mark>`` around each matched term."""

    between = " … "

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return MARK_OPEN + html.escape(get_text(text, token, replace)) + MARK_CLOSE

    def _text(self, text: str) -> str:
        return html.escape(text)


class _Token:
    """The little of a Whoosh token the fragmenter and formatter read."""

    __slots__ = ("text", "startchar", "endchar", "matched", "boost", "pos")

    def __init__(self, text: str, startchar: int, endchar: int, matched: bool) -> None:
        self.text, self.startchar, self.endchar, self.matched = text, startchar, endchar, matched
        self.boost, self.pos = 1.0, None

    def copy(self) -> _Token:
        return _Token(self.text, self.startchar, self.endchar, self.matched)


class Snippets:
    """Builds snippets for one analyzer; keeps each word's index terms between calls."""

    def __init__(self, analyzer: Any, *, maxchars: int = 220, surround: int = 70) -> None:
        self.analyzer = analyzer
        self.words = analyzer.items[0].expression  # the RegexTokenizer at the chain's head
        self.fragmenter = ContextFragmenter(maxchars=maxchars, surround=surround)
        self.formatter = _MarkFormatter()
        self.scorer = BasicFragmentScorer()
        self._terms: dict[str, frozenset[str]] = {}

    def terms_of(self, word: str) -> frozenset[str]:
        """Every term the index holds for this word: "Förlossningsvården" -> förlossningsvård, förlossning, vård, ..."""
        key = word.lower()
        terms = self._terms.get(key)
        if terms is None:
            if len(self._terms) > MAX_WORDS:
                self._terms.clear()
            terms = frozenset(t.text for t in self.analyzer(key, mode="index"))
            self._terms[key] = terms
        return terms

    def snippet(self, text: str, query_terms: frozenset[str], top: int = 2) -> str:
        """Up to ``top`` passages with the query terms marked; "" when none occurs."""
        if not query_terms:
            return ""
        # A word's verdict for this query, so each distinct word is looked at once.
        verdicts: dict[str, bool] = {}
        tokens = []
        for match in self.words.finditer(text):
            word = match.group().lower()
            matched = verdicts.get(word)
            if matched is None:
                matched = verdicts[word] = not query_terms.isdisjoint(self.terms_of(word))
            tokens.append(_Token(word, match.start(), match.end(), matched))
        fragments = self.fragmenter.fragment_tokens(text, tokens)
        best = top_fragments(fragments, top, self.scorer, FIRST, minscore=1)
        return str(self.formatter.format(best))

