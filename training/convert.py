"""Corpus -> spaCy DocBin: the Swedish NER corpus with a seeded train/dev split.

The corpus has one ``token<whitespace>tag`` per line (tags PER, ORG, LOC, MISC and ``0`` for
outside) and a blank line between sentences. It has no B/I prefixes, so a run of tokens with
the same tag is one entity. Most lines separate token and tag with a TAB, some with spaces,
and a stray line carries no tag at all; the parser takes the last whitespace-separated field
as the tag and skips lines it cannot read.

Sentences get plausible spacing (no space before "," or after an opening quote) so that
``doc.text`` reads like news text: spaCy evaluates by re-tokenizing that text with our own
tokenizer, which is how the pipeline meets real pages.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

REPO_ROOT = Path(__file__).resolve().parent.parent
NER_CORPUS = REPO_ROOT.parent / "shared" / "corpora" / "swedish-ner-corpus" / "train_corpus.txt"
CORPUS_DIR = REPO_ROOT / "training" / "corpus"
LEXICON_DIR = REPO_ROOT / "training" / "lexicon"
LABELS = ("PER", "ORG", "LOC", "MISC")
OUTSIDE = "0"
DEV_FRACTION = 0.1
SPLIT_SEED = 20240517

# Tokens glued to the word before them / the word after them.
_NO_SPACE_BEFORE = frozenset({",", ".", ":", ";", "!", "?", ")", "]", "...", "…", "%", "’"})
_NO_SPACE_AFTER = frozenset({"(", "["})
_SYMMETRIC_QUOTES = frozenset({"”", '"', "'"})


@dataclass(frozen=True)
class TaggedSentence:
    """One corpus sentence: its tokens and one tag per token."""

    words: tuple[str, ...]
    tags: tuple[str, ...]


def read_sentences(lines: Iterable[str]) -> Iterator[TaggedSentence]:
    """Parse the corpus format into sentences; a blank line ends one."""
    words: list[str] = []
    tags: list[str] = []
    for line in lines:
        fields = line.split()
        if not fields:
            if words:
                yield TaggedSentence(tuple(words), tuple(tags))
            words, tags = [], []
            continue
        if len(fields) < 2 or (fields[-1] != OUTSIDE and fields[-1] not in LABELS):
            continue
        words.append(" ".join(fields[:-1]))
        tags.append(fields[-1])
    if words:
        yield TaggedSentence(tuple(words), tuple(tags))


def spaces_for(words: Sequence[str]) -> list[bool]:
    """Whether each token is followed by a space, as a news page would print it."""
    spaces = [True] * len(words)
    quote_open = False
    for index, word in enumerate(words):
        if word in _SYMMETRIC_QUOTES:
            quote_open = not quote_open
            if quote_open:
                spaces[index] = False
            elif index > 0:
                spaces[index - 1] = False
            continue
        if word in _NO_SPACE_BEFORE and index > 0:
            spaces[index - 1] = False
        if word in _NO_SPACE_AFTER:
            spaces[index] = False
    if spaces:
        spaces[-1] = False
    return spaces


def entity_spans(tags: Sequence[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, label) for each run of equal non-outside tags."""
    start = 0
    for index in range(1, len(tags) + 1):
        if index == len(tags) or tags[index] != tags[start]:
            if tags[start] != OUTSIDE:
                yield start, index, tags[start]
            start = index


def to_doc(vocab: Vocab, sentence: TaggedSentence) -> Doc:
    """A gold Doc with the sentence's entities set."""
    doc = Doc(vocab, words=list(sentence.words), spaces=spaces_for(sentence.words))
    doc.ents = [
        Span(doc, start, end, label=label) for start, end, label in entity_spans(sentence.tags)
    ]
    return doc


def split(
    sentences: Sequence[TaggedSentence], dev_fraction: float = DEV_FRACTION, seed: int = SPLIT_SEED
) -> tuple[list[TaggedSentence], list[TaggedSentence]]:
    """(train, dev): a seeded shuffle, so the dev split is the same on every machine."""
    order = list(range(len(sentences)))
    random.Random(seed).shuffle(order)
    n_dev = round(len(sentences) * dev_fraction)
    dev_ids = set(order[:n_dev])
    train = [s for i, s in enumerate(sentences) if i not in dev_ids]
    dev = [s for i, s in enumerate(sentences) if i in dev_ids]
    return train, dev


def read_lexicon(lexicon_dir: Path = LEXICON_DIR) -> dict[str, list[tuple[str, ...]]]:
    """Curated names per label (``training/lexicon/*.txt``): people are first + last name,
    a first name alone or a surname alone, as news text names them."""

    def entries(name: str) -> list[str]:
        lines = (lexicon_dir / name).read_text(encoding="utf-8").splitlines()
        return [line.strip() for line in lines if line.strip() and not line.startswith("#")]

    first, last = entries("first_names.txt"), entries("surnames.txt")
    people = [f"{given} {family}" for given in first for family in last[::7]] + first + last
    return {
        "PER": [tuple(name.split()) for name in people],
        "ORG": [tuple(name.split()) for name in entries("organisations.txt")],
        "LOC": [tuple(name.split()) for name in entries("locations.txt")],
    }


def _genitive(words: tuple[str, ...]) -> tuple[str, ...]:
    """Genitive of a name: Anna Berg -> Anna Bergs (no extra s after s, x, z)."""
    if words[-1].endswith(("s", "x", "z")):
        return words
    return (*words[:-1], words[-1] + "s")


def augment_mentions(
    sentences: Sequence[TaggedSentence],
    copies: int,
    seed: int = SPLIT_SEED,
    lexicon: dict[str, list[tuple[str, ...]]] | None = None,
) -> list[TaggedSentence]:
    """Extra training sentences with each entity swapped for another of the same label.

    The corpus is small, so the model sees most names once; swapping mentions
    ("Anna Berg" -> "Gunhild Westman" inside the same sentence) teaches it the context
    rather than the name, and names from the curated ``lexicon`` teach it common Swedish
    names, parties and agencies it would otherwise never meet. A genitive mention
    ("Bergs") gets a genitive replacement. Only the training split is augmented.
    """
    rng = random.Random(seed)
    mentions: dict[str, list[tuple[str, ...]]] = {}
    for sentence in sentences:
        for start, end, label in entity_spans(sentence.tags):
            mentions.setdefault(label, []).append(sentence.words[start:end])
    base_forms = {word for names in mentions.values() for name in names for word in name}
    lexicon = lexicon or {}

    def replacement_for(original: tuple[str, ...], label: str) -> tuple[str, ...]:
        pool = lexicon.get(label) if rng.random() < 0.5 else None
        replacement = rng.choice(pool or mentions[label])
        last = original[-1]
        if last.endswith("s") and last[:-1] in base_forms:
            return _genitive(replacement)
        return replacement

    extra: list[TaggedSentence] = []
    for sentence in sentences:
        spans = list(entity_spans(sentence.tags))
        if not spans:
            continue
        for _ in range(copies):
            words: list[str] = []
            tags: list[str] = []
            cursor = 0
            for start, end, label in spans:
                words += sentence.words[cursor:start]
                tags += sentence.tags[cursor:start]
                replacement = replacement_for(sentence.words[start:end], label)
                words += replacement
                tags += [label] * len(replacement)
                cursor = end
            words += sentence.words[cursor:]
            tags += sentence.tags[cursor:]
            extra.append(TaggedSentence(tuple(words), tuple(tags)))
    return extra


def load_split(corpus: Path = NER_CORPUS) -> tuple[list[TaggedSentence], list[TaggedSentence]]:
    """Read the corpus and return its (train, dev) split."""
    with corpus.open(encoding="utf-8") as lines:
        return split(list(read_sentences(lines)))


def convert(
    corpus: Path = NER_CORPUS,
    out_dir: Path = CORPUS_DIR,
    augment: int = 0,
    use_lexicon: bool = False,
) -> dict[str, Path]:
    """Write ``train.spacy`` and ``dev.spacy`` under ``out_dir``; return their paths.

    ``augment`` adds that many mention-swapped copies of each training sentence, drawing
    half the replacements from the curated lexicon when ``use_lexicon`` is set.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    vocab = Vocab()
    train, dev = load_split(corpus)
    if augment:
        lexicon = read_lexicon() if use_lexicon else None
        train = train + augment_mentions(train, augment, lexicon=lexicon)
    paths: dict[str, Path] = {}
    for name, sentences in (("train", train), ("dev", dev)):
        doc_bin = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
        for sentence in sentences:
            doc_bin.add(to_doc(vocab, sentence))
        paths[name] = out_dir / f"{name}.spacy"
        doc_bin.to_disk(paths[name])
    return paths


if __name__ == "__main__":
    for split_name, path in convert().items():
        print(f"{split_name}: {path}")
