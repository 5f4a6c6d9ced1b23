"""Pretrain the tok2vec layer on unlabelled Swedish text (spaCy's characters objective).

The text is the NER corpus' *training* split (never the dev split), the sentences of UD
Swedish-Talbanken dev/test (CC BY-SA 4.0) and the paragraphs of the project's example site
(``examples/site``). The extraction stage's held-out and dev fixture pages are left out so
that its evaluation stays unseen. The weights land in ``OUTPUT/model-last.bin`` and go to
``spacy train`` as ``paths.init_tok2vec``; the tok2vec architecture comes from
``training/config.cfg`` so that the weights fit.

    python -m training.pretrain -o training/output/pretrain --epochs 8
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
TALBANKEN_DIR = REPO_ROOT.parent / "shared" / "corpora" / "ud-swedish-talbanken"
EXAMPLE_SITE = REPO_ROOT / "examples" / "site"
CONFIG = REPO_ROOT / "training" / "config.cfg"
PRETRAIN_EPOCHS = 8
PRETRAIN_SEED = 1234


def talbanken_sentences(directory: Path = TALBANKEN_DIR) -> Iterator[str]:
    """The ``# text = ...`` line of every sentence in the .conllu files."""
    for path in sorted(directory.glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                yield line.removeprefix("# text = ").strip()


def example_paragraphs(site: Path = EXAMPLE_SITE) -> Iterator[str]:
    """Paragraph texts of the example site's pages."""
    from bs4 import BeautifulSoup

    for path in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(path.read_text(encoding="utf-8", errors="replace"), "lxml")
        for paragraph in soup.find_all(["p", "li", "h1", "h2", "h3"]):
            text = " ".join(paragraph.get_text(" ").split())
            if len(text.split()) >= 5:
                yield text


def write_raw_text(path: Path) -> int:
    """Write the unlabelled text as JSONL (``{"text": ...}`` per line); return the line count."""
    from training.convert import load_split, spaces_for

    train, _dev = load_split()
    texts: list[str] = []
    for sentence in train:
        spaces = spaces_for(sentence.words)
        texts.append(
            "".join(w + (" " if s else "") for w, s in zip(sentence.words, spaces, strict=True))
        )
    texts += list(talbanken_sentences())
    texts += list(example_paragraphs())
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for text in texts:
            out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    return len(texts)


def pretrain_tok2vec(output: Path, epochs: int = PRETRAIN_EPOCHS, config: Path = CONFIG) -> Path:
    """Run ``spacy pretrain`` for ``epochs`` epochs; return the weights file."""
    from spacy.training.pretrain import pretrain
    from spacy.util import load_config

    import fvmdocs.nlp  # noqa: F401  registers the tokenizer named in the config

    raw_text = output / "raw_text.jsonl"
    write_raw_text(raw_text)
    settings = load_config(config)  # its [pretraining] section holds the objective
    settings["paths"]["raw_text"] = str(raw_text)
    settings["pretraining"]["max_epochs"] = epochs
    settings["system"]["seed"] = PRETRAIN_SEED
    settings["training"]["seed"] = PRETRAIN_SEED
    output.mkdir(parents=True, exist_ok=True)
    pretrain(settings, output, silent=False)
    return output / "model-last.bin"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--epochs", type=int, default=PRETRAIN_EPOCHS)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args(argv)
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, str(args.threads))
    print(pretrain_tok2vec(args.output, args.epochs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
