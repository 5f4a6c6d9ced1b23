"""Swedish compound splitting: "vårdinformationsmiljön" -> vård + information + miljön.

Two splitters share one interface (``split(word) -> parts``, each part a ``(start, end)``
slice of the word, linking letters left out):

* :class:`LexiconSplitter` (the one the index uses) segments a word into parts found in a
  lexicon of word frequencies, allowing a linking morpheme (fogemorfem: -s-, -e-, -a-, -u-,
  -o-) between parts and an inflected last part, and keeps the segmentation whose parts are
  most frequent (the geometric mean, after Koehn & Knight 2003). Unlike Koehn & Knight a
  word is split even when it is itself in the lexicon: the index keeps the whole word
  beside its parts, so a split costs little, while a small lexicon often holds a compound
  (regionstyrelsen) more often than its parts.
* :class:`RuleSplitter` needs no lexicon: it splits after the derivational endings that
  always take a linking -s- (-tion, -ning, -het, -skap, ...). Precise but it finds few
  compounds; kept as the baseline the lexicon splitter is measured against.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from importlib import resources
from typing import Protocol

Part = tuple[int, int]

MIN_WORD = 6
MIN_PART = 3
LINKS = ("", "s", "e", "a", "u", "o")
# Endings a last part may carry beyond its lexicon form (definite, plural, genitive).
HEAD_ENDINGS = (
    "", "n", "en", "et", "t", "na", "er", "erna", "ar", "arna", "or", "orna", "s", "ns",
    "ens", "ets", "ers", "ars", "ernas", "arnas", "ande", "ade", "at", "e", "a",
)
LEXICON_FILE = "lexicon.tsv"


class Splitter(Protocol):
    """Anything that splits a lower-case word into the slices of its parts."""

    def split(self, word: str) -> list[Part]:
        """The parts of ``word``, or ``[]`` when it is not a compound."""
        ...


def spans(word: str, parts: list[Part]) -> Iterator[str]:
    """Every run of adjacent parts but the whole word, e.g. vård, information, miljön,
    vårdinformation and informationsmiljön for vård+information+miljön."""
    for first in range(len(parts)):
        for last in range(first, len(parts)):
            if first == 0 and last == len(parts) - 1:
                continue
            yield word[parts[first][0] : parts[last][1]]


class LexiconSplitter:
    """Splits words into lexicon parts; ``counts`` maps lower-case words to frequencies."""

    def __init__(self, counts: Mapping[str, int]) -> None:
        self.counts = counts
        self._splits: dict[str, list[Part]] = {}  # news text repeats its words

    def _count(self, piece: str, last: bool) -> int:
        if len(piece) < MIN_PART:
            return 0
        if not last:
            return self.counts.get(piece, 0)
        best = 0
        for ending in HEAD_ENDINGS:
            if ending and not piece.endswith(ending):
                continue
            base = piece[: len(piece) - len(ending)]
            if len(base) >= MIN_PART:
                best = max(best, self.counts.get(base, 0))
        return best

    def split(self, word: str) -> list[Part]:
        if len(word) < MIN_WORD or not word.isalpha():
            return []
        if word not in self._splits:
            if len(self._splits) > 200_000:
                self._splits.clear()
            best = self._best(word, 0)
            self._splits[word] = [] if best is None else best[1]
        return self._splits[word]

    def _best(self, word: str, start: int) -> Segmentation | None:
        return _segment(self, word, start, {})


Segmentation = tuple[float, list[Part]]


def _segment(
    splitter: LexiconSplitter, word: str, start: int, memo: dict[int, Segmentation | None]
) -> Segmentation | None:
    """The best segmentation of ``word[start:]`` as (geometric mean of counts, parts)."""
    if start in memo:
        return memo[start]
    best: Segmentation | None = None
    whole = splitter._count(word[start:], last=True)
    if whole and start:  # at the start, only splits count
        best = (float(whole), [(start, len(word))])
    for end in range(start + MIN_PART, len(word) - MIN_PART + 1):
        count = splitter._count(word[start:end], last=False)
        if not count:
            continue
        for link in LINKS:
            if not word.startswith(link, end):
                continue
            rest = _segment(splitter, word, end + len(link), memo)
            if rest is None:
                continue
            n = len(rest[1]) + 1
            score = math.exp((math.log(count) + math.log(rest[0]) * (n - 1)) / n)
            candidate = (score, [(start, end), *rest[1]])
            if best is None or _better(candidate, best):
                best = candidate
    memo[start] = best
    return best


def _better(a: Segmentation, b: Segmentation) -> bool:
    """Higher mean frequency wins; on a tie, fewer parts."""
    if a[0] != b[0]:
        return a[0] > b[0]
    return len(a[1]) < len(b[1])


_S_LINKED = re.compile(r"(?:tion|ning|het|skap|else|itet|ande|ende|dom|ism|tet)s(?=[^aeiouyåäö]?[a-zåäö]{3,})")


class RuleSplitter:
    """Splits after endings that always take a linking -s-: informations|miljö."""

    def split(self, word: str) -> list[Part]:
        if len(word) < MIN_WORD or not word.isalpha():
            return []
        parts: list[Part] = []
        start = 0
        for match in _S_LINKED.finditer(word):
            end = match.end() - 1
            if end - start >= MIN_PART + 2 and len(word) - match.end() >= MIN_PART:
                parts.append((start, end))
                start = match.end()
        if not parts:
            return []
        return [*parts, (start, len(word))]


def read_counts(text: str) -> dict[str, int]:
    """Parse ``word<TAB>count`` lines (``#`` starts a comment)."""
    counts: dict[str, int] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        word, _, count = line.partition("\t")
        counts[word] = int(count or 1)
    return counts


@lru_cache(maxsize=1)
def default_splitter() -> LexiconSplitter:
    """The splitter over the shipped lexicon (``fvmdocs/data/search/lexicon.tsv``)."""
    text = resources.files("fvmdocs").joinpath("data", "search", LEXICON_FILE).read_text("utf-8")
    return LexiconSplitter(read_counts(text))
