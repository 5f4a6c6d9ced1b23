"""Text analysis for the Swedish index: tokens, lower case, stop words, compounds, stems.

The analyzers are pickled into the index schema, so their classes keep these names and hold
no data: the lexicon is looked up by name when a document is indexed, never when a query is
parsed, which keeps ``fvmdocs search`` from loading it at all.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StopFilter,
)
from whoosh.lang import stemmer_for_language, stopwords_for_language
from whoosh.support.charset import accent_map

from fvmdocs.search.compounds import RuleSplitter, Splitter, default_splitter, spans

SPLITTERS: dict[str, Callable[[], Splitter]] = {
    "lexicon": default_splitter,
    "rules": RuleSplitter,
}
DEFAULT_SPLITTER = "lexicon"


@lru_cache(maxsize=1)
def _snowball() -> Callable[[str], str]:
    stem: Callable[[str], str] = stemmer_for_language("sv")
    return stem


@lru_cache(maxsize=100_000)
def stem_swedish(word: str) -> str:
    """Snowball's Swedish stem, plus the definite forms Snowball leaves alone.

    >>> stem_swedish("miljön"), stem_swedish("kvinnan"), stem_swedish("journalsystemet")
    ('miljö', 'kvinn', 'journalsystem')
    """
    stem = _snowball()(word)
    # Snowball's suffix list lacks the definite -et (systemet, ansvaret), -n after a long
    # vowel (miljön, nivån) and -an (kvinnan); -on/-in/-un/-yn words (station, medicin,
    # kommun) are not definite forms and stay whole, nor are plan, organ and the like.
    if len(stem) >= 5 and stem.endswith("et"):
        stem = stem[:-2]
    elif stem == word and len(word) >= 6 and word.endswith("an") and not word.endswith(_AN_WORDS):
        stem = word[:-2]
    elif stem == word and len(word) >= 5 and word.endswith(("ön", "ån")):
        return word[:-1]
    # Snowball undoubles dd, nn, tt, ... but not mm: programm(et) -> program.
    if stem.endswith("mm"):
        stem = stem[:-1]
    # One suffix a pass: stem again until nothing changes, so kostnad(en) and kostnad
    # meet at "kostn" whichever suffix went first.
    return stem if stem == word else stem_swedish(stem)


_AN_WORDS = ("plan", "organ", "orkan", "roman", "vulkan", "kaptan", "titan")


class SwedishStemFilter(Filter):
    """Stems each token with :func:`stem_swedish`."""

    is_morph = True

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for t in tokens:
            if not t.stopped:
                t.text = stem_swedish(t.text)
            yield t


class CompoundFilter(Filter):
    """At indexing time, adds the parts of a compound (and runs of parts) at its position.

    "vårdinformationsmiljön" is followed by vård, information, miljön, vårdinformation and
    informationsmiljön, all at the same position and characters, so "miljö" finds it and a
    phrase query still sees one word. Queries are left whole: a query word matches the run
    of parts it equals.
    """

    is_morph = True

    def __init__(self, splitter: str = DEFAULT_SPLITTER) -> None:
        self.splitter = splitter

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CompoundFilter) and other.splitter == self.splitter

    def __hash__(self) -> int:
        return hash((type(self), self.splitter))

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        splitter: Splitter | None = None
        for t in tokens:
            yield t
            if t.mode == "query" or t.stopped or self.splitter == "none":
                continue
            if splitter is None:
                splitter = SPLITTERS[self.splitter]()
            word = t.text
            parts = splitter.split(word)
            for span in spans(word, parts):
                t.text = span
                yield t
            t.text = word


def swedish_analyzer(splitter: str = DEFAULT_SPLITTER) -> Analyzer:
    """The analyzer used for titles and bodies (query terms go through the same one)."""
    chain: Analyzer = (
        RegexTokenizer()
        | LowercaseFilter()
        | StopFilter(lang="sv")
        | CompoundFilter(splitter)
        | SwedishStemFilter()
    )
    return chain


def name_analyzer() -> Analyzer:
    """Names with accents folded and stemmed: "Hayhanen" finds "Häyhänens"."""
    chain: Analyzer = (
        RegexTokenizer() | LowercaseFilter() | CharsetFilter(accent_map) | SwedishStemFilter()
    )
    return chain


_CAPITALISED = re.compile(r"\b[^\W\d_a-zåäö][\w-]*", re.UNICODE)
_SENTENCE_END = ".!?:;–—\"”»\n"


def fold(text: str) -> str:
    """Accents off: "Häyhänen" -> "Hayhanen"."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    )


def accented_names(text: str, common: Callable[[str], bool]) -> list[str]:
    """Capitalised words with letters outside A-Z, for the accent-folded ``names`` field.

    Only those: folding every word would make "for" find "för". A capitalised word opening
    a sentence is left out when ``common`` says its lower case is an ordinary word
    ("Förseningen beror ...").

    >>> accented_names("Enligt Juha Häyhänen. Förseningen beror på Mörck.", lambda w: w == "förseningen")
    ['Häyhänen', 'Mörck']
    """
    names = []
    stop = _stopwords()
    for match in _CAPITALISED.finditer(text):
        word = match.group(0)
        if fold(word) == word or word.lower() in stop:
            continue
        before = text[: match.start()].rstrip()
        if (not before or before[-1] in _SENTENCE_END) and common(word.lower()):
            continue
        names.append(word)
    return names


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(stopwords_for_language("sv"))
