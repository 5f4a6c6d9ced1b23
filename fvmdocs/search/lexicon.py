"""Build the word-part lexicon of the compound splitter from a treebank and sample pages.

The shipped ``fvmdocs/data/search/lexicon.tsv`` is made by::

    python -m fvmdocs.search.lexicon /work/shared/corpora/ud-swedish-talbanken/*.conllu \\
        --pages examples/site > fvmdocs/data/search/lexicon.tsv

Content-word lemmas (nouns, verbs, adjectives, proper names) of the treebank are counted,
plus their stems without a final -a/-e (skola -> skol-, as in skolsköterska) and the agent
and action nouns of verbs (leda -> ledare, ledning), plus the content words of the sample
pages. Function words never become parts: "och", "för" and
"den" inside a word are far more often chance than a compound.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from whoosh.lang import stopwords_for_language

CONTENT_TAGS = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})
_WORD = re.compile(r"[a-zåäöéü]+")
HEADER = (
    "# Word parts for Swedish compound splitting: word<TAB>count.\n"
    "# Derived from UD Swedish-Talbanken (CC BY-SA 4.0) and the project's sample pages;\n"
    "# see LICENSE.md beside this file. Regenerate: python -m fvmdocs.search.lexicon\n"
)


def _usable(word: str, stop: frozenset[str]) -> bool:
    return len(word) >= 3 and word not in stop and _WORD.fullmatch(word) is not None


def conllu_lemmas(lines: Iterable[str]) -> Counter[str]:
    """Counts of content-word lemmas (and their -a/-e-less stems) in CoNLL-U lines."""
    stop = frozenset(stopwords_for_language("sv"))
    counts: Counter[str] = Counter()
    for line in lines:
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 4 or not cols[0].isdigit() or cols[3] not in CONTENT_TAGS:
            continue
        lemma = cols[2].lower()
        if not _usable(lemma, stop):
            continue
        counts[lemma] += 1
        for derived in _derived(lemma, cols[3]):
            counts[derived] += 1
    return counts


def _derived(lemma: str, tag: str) -> list[str]:
    """Forms that appear inside compounds though the treebank may lack them: the stem of
    an -a/-e noun (skol-), and a verb's agent and action nouns (leda: ledare, ledning;
    planera: planerare, planering)."""
    if tag == "NOUN" and lemma.endswith(("a", "e")) and len(lemma) > 4:
        return [lemma[:-1]]
    if tag == "VERB" and lemma.endswith("a") and len(lemma) > 3:
        stem = lemma[:-1]
        return [stem + "are", stem + ("ing" if stem.endswith("er") else "ning")]
    return []


def text_words(text: str) -> Counter[str]:
    """Counts of the content words of running text."""
    stop = frozenset(stopwords_for_language("sv"))
    return Counter(w for w in _WORD.findall(text.lower()) if _usable(w, stop))


def page_texts(folder: Path) -> Iterable[str]:
    """The visible text of each HTML page under ``folder``."""
    from bs4 import BeautifulSoup

    for path in sorted(folder.rglob("*.html")):
        soup = BeautifulSoup(path.read_bytes(), "lxml")
        main = soup.find("main") or soup
        yield main.get_text(" ")


def build_lexicon(conllu: Iterable[Path], pages: Iterable[Path] = ()) -> Counter[str]:
    """The lexicon counts from treebank files and folders of sample pages."""
    counts: Counter[str] = Counter()
    for path in conllu:
        with path.open(encoding="utf-8") as lines:
            counts.update(conllu_lemmas(lines))
    for folder in pages:
        for text in page_texts(folder):
            counts.update(text_words(text))
    return counts


def format_lexicon(counts: Counter[str]) -> str:
    """The TSV text, most frequent first, then alphabetical."""
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return HEADER + "".join(f"{word}\t{count}\n" for word, count in rows)


def main(argv: list[str]) -> int:
    """``python -m fvmdocs.search.lexicon FILE.conllu ... [--pages FOLDER ...]``."""
    conllu = [Path(a) for a in argv if a.endswith(".conllu")]
    pages = [Path(argv[i + 1]) for i, a in enumerate(argv[:-1]) if a == "--pages"]
    sys.stdout.write(format_lexicon(build_lexicon(conllu, pages)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
