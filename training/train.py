"""``make model``: corpora -> trained pipeline in ``fvmdocs/nlp/model/`` plus its metrics.

Steps: convert the NER corpus with the seeded split (``training.convert``), train
``training/config.cfg`` with its fixed seed, add the rule-based components around the best
model, evaluate on the dev split, and copy the result into the package.

    python -m training.train                      # the shipped model
    python -m training.train --no-install -o training/output/wide \\
        --set components.tok2vec.model.encode.width=256    # a variant, for comparison

Threads default to 1 (``--threads``, or the usual ``OMP_NUM_THREADS`` & co. when set): the
machine is shared, and a small CNN gains little from more BLAS threads.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = REPO_ROOT / "training" / "corpus"
CONFIG = REPO_ROOT / "training" / "config.cfg"
OUTPUT_DIR = REPO_ROOT / "training" / "output"
PACKAGE_MODEL_DIR = REPO_ROOT / "fvmdocs" / "nlp" / "model"
PIPELINE_NAME = "fvmdocs_sv_news"
AUGMENT_COPIES = 1
USE_LEXICON = True
PRETRAIN_EPOCHS = 20  # tok2vec pretraining (training.pretrain) before training; 0 = none


def _parse_overrides(pairs: list[str]) -> dict[str, Any]:
    """``section.key=value`` pairs; values are read as JSON when they parse, else as strings."""
    overrides: dict[str, Any] = {}
    for pair in pairs:
        key, _, raw = pair.partition("=")
        try:
            overrides[key] = json.loads(raw)
        except json.JSONDecodeError:
            overrides[key] = raw
    return overrides


def train_model(config: Path, output: Path, corpus_dir: Path, overrides: dict[str, Any]) -> Path:
    """Run spaCy training; return the ``model-best`` directory."""
    from spacy.cli.train import train

    import fvmdocs.nlp  # noqa: F401  registers the tokenizer named in the config

    paths = {
        "paths.train": str(corpus_dir / "train.spacy"),
        "paths.dev": str(corpus_dir / "dev.spacy"),
    }
    train(config, output, use_gpu=-1, overrides={**paths, **overrides})
    return output / "model-best"


def assemble(model_best: Path, target: Path, pretrained: bool = False) -> None:
    """Add the rule-based components, drop training leftovers, write to ``target``."""
    import spacy

    import fvmdocs.nlp  # noqa: F401

    nlp = spacy.load(model_best)
    for key in ("train", "dev", "init_tok2vec"):
        nlp.config["paths"][key] = None  # local training paths mean nothing to a user
    nlp.add_pipe("fvmdocs_sentences", first=True)
    nlp.add_pipe("fvmdocs_names", after="ner")
    nlp.add_pipe("fvmdocs_gazetteer", after="fvmdocs_names")
    nlp.meta["name"] = PIPELINE_NAME
    nlp.meta["license"] = "CC BY 4.0"
    nlp.meta["sources"] = [
        {
            "name": "swedish-ner-corpus (Webbnyheter 2012)",
            "url": "https://github.com/klintan/swedish-ner-corpus",
            "license": "CC BY 4.0",
            "commit": "87950716",
        }
    ]
    if pretrained:
        # The tok2vec weights start from text that includes UD Swedish-Talbanken.
        nlp.meta["license"] = "CC BY-SA 4.0"
        nlp.meta["sources"].append(
            {
                "name": "UD Swedish-Talbanken (dev and test sentences, tok2vec pretraining)",
                "url": "https://github.com/UniversalDependencies/UD_Swedish-Talbanken",
                "license": "CC BY-SA 4.0",
            }
        )
    if target.exists():
        shutil.rmtree(target)
    nlp.to_disk(target)


def measure(model_dir: Path, corpus_dir: Path) -> dict[str, Any]:
    """Dev scores with and without the gazetteer, and single-process words/s."""
    import spacy

    import fvmdocs.nlp  # noqa: F401
    from training.evaluate import dev_docs, score, words_per_second

    nlp = spacy.load(model_dir)
    gold = dev_docs(nlp, corpus_dir / "dev.spacy")
    metrics: dict[str, Any] = {"dev": score(nlp, gold)}
    with nlp.select_pipes(disable=["fvmdocs_gazetteer"]):
        metrics["dev_without_gazetteer"] = score(nlp, gold)
    with nlp.select_pipes(disable=["fvmdocs_names"]):
        metrics["dev_without_names"] = score(nlp, gold)
    texts = [" ".join(doc.text for doc in gold[i : i + 20]) for i in range(0, len(gold), 20)]
    words_per_second(nlp, texts[:5])  # warm-up
    metrics["words_per_second"] = round(words_per_second(nlp, texts))
    metrics["words_per_second_pipe"] = round(words_per_second(nlp, texts, batch_size=64))
    return metrics


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-c", "--config", type=Path, default=CONFIG)
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT_DIR / "shipped")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument(
        "--augment", type=int, default=AUGMENT_COPIES, help="mention-swapped copies"
    )
    parser.add_argument("--corpus-dir", type=Path, default=CORPUS_DIR)
    parser.add_argument(
        "--lexicon",
        action=argparse.BooleanOptionalAction,
        default=USE_LEXICON,
        help="draw swapped mentions from training/lexicon too",
    )
    parser.add_argument(
        "--pretrain-epochs",
        type=int,
        default=PRETRAIN_EPOCHS,
        help="epochs of tok2vec pretraining first (0: train from scratch)",
    )
    parser.add_argument(
        "--init-tok2vec",
        type=Path,
        default=None,
        help="start from these pretrained tok2vec weights instead of pretraining again",
    )
    parser.add_argument("--no-install", action="store_true", help="leave fvmdocs/nlp/model alone")
    args = parser.parse_args(argv)
    # Before numpy, spaCy or blis are imported: they read these once, at import.
    for variable in (
        "OMP_NUM_THREADS",
        "OPENBLAS_NUM_THREADS",
        "MKL_NUM_THREADS",
        "BLIS_NUM_THREADS",
    ):
        os.environ.setdefault(variable, str(args.threads))
    from training.convert import convert
    from training.pretrain import pretrain_tok2vec

    convert(out_dir=args.corpus_dir, augment=args.augment, use_lexicon=args.lexicon)
    overrides = _parse_overrides(args.set)
    init_tok2vec = args.init_tok2vec
    if init_tok2vec is None and args.pretrain_epochs > 0:
        init_tok2vec = pretrain_tok2vec(args.output / "pretrain", args.pretrain_epochs, args.config)
    if init_tok2vec is not None:
        overrides["paths.init_tok2vec"] = str(init_tok2vec)
    model_best = train_model(args.config, args.output, args.corpus_dir, overrides)
    assembled = args.output / "assembled"
    assemble(model_best, assembled, pretrained=init_tok2vec is not None)
    metrics = measure(assembled, args.corpus_dir)
    (args.output / "metrics.json").write_text(
        json.dumps(metrics, indent=2) + "\n", encoding="utf-8"
    )
    print(json.dumps(metrics, indent=2))
    if not args.no_install:
        if PACKAGE_MODEL_DIR.exists():
            shutil.rmtree(PACKAGE_MODEL_DIR)
        shutil.copytree(assembled, PACKAGE_MODEL_DIR)
        print(f"installed {PACKAGE_MODEL_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
