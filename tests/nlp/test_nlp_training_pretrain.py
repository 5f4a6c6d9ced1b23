"""training.pretrain: the unlabelled text for tok2vec pretraining, never the dev split."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.vocab import Vocab

from training.convert import NER_CORPUS, load_split, to_doc
from training.pretrain import TALBANKEN_DIR, example_paragraphs, talbanken_sentences, write_raw_text

CONLLU = """# newdoc id = P1
# sent_id = sv-ud-dev-1
# text = Kibbutzen låg vid sjön.
1\tKibbutzen\tkibbutz\tNOUN\t_\t_\t2\tnsubj\t_\t_

# sent_id = sv-ud-dev-2
# text = Det regnade.
1\tDet\tdet\tPRON\t_\t_\t2\texpl\t_\t_
"""


def test_talbanken_sentences(tmp_path: Path) -> None:
    (tmp_path / "sv_talbanken-ud-dev.conllu").write_text(CONLLU, encoding="utf-8")
    assert list(talbanken_sentences(tmp_path)) == ["Kibbutzen låg vid sjön.", "Det regnade."]


def test_example_paragraphs(tmp_path: Path) -> None:
    page = (
        "<html><body><p>Millennium införs i Västra Götaland i höst.</p><p>Kort.</p></body></html>"
    )
    (tmp_path / "index.html").write_text(page, encoding="utf-8")
    assert list(example_paragraphs(tmp_path)) == ["Millennium införs i Västra Götaland i höst."]


@pytest.mark.skipif(
    not (NER_CORPUS.is_file() and TALBANKEN_DIR.is_dir()), reason="shared corpora not available"
)
def test_raw_text_leaves_out_the_dev_split(tmp_path: Path) -> None:
    path = tmp_path / "raw.jsonl"
    write_raw_text(path)
    texts = {json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()}
    vocab = Vocab()
    train, dev = load_split()
    dev_texts = {to_doc(vocab, sentence).text for sentence in dev}
    # Only sentences that also occur in the train split (short headlines, "Foto: ...") may
    # be shared; the dev split itself is never written.
    assert dev_texts & texts <= {to_doc(vocab, sentence).text for sentence in train}
