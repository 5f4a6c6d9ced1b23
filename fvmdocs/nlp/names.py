"""The name booster: people the statistical NER missed (``fvmdocs_names``).

Runs after ``ner`` and before the gazetteer. Its knowledge is data in
``fvmdocs/data/gazetteer/``: ``first_names.txt`` (one given name a line) and
``name_cues.json`` (surname endings). Two rules, each a switch in the component's config:

* ``first_name``: a known first name followed by capitalised words, "Anna Lindqvist",
  "Karl-Erik Ström-Berg", is PER where the model left the words untagged, called them
  MISC, or found only part of the name;
* ``surname``: an untagged capitalised word with a surname ending (-sson, -berg, -ström,
  -ović, -ski ...) after another untagged capitalised word, neither at a sentence start,
  "Gunhild Westberg", is PER.

Entities the model tagged LOC or ORG are never touched. Organisation cues ("... AB",
"Göteborgs universitet", "Skatteverket", parties) were measured and left out: the model
already finds those, and the rules only added false positives (MODEL_CARD.md).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from fvmdocs.errors import ModelError

COMPONENT_NAME = "fvmdocs_names"
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
RULES = ("first_name", "surname")
_UPPER = "A-ZÅÄÖÆØÉÜ"
_LOWER = "a-zåäöæøéèüáíóúçćčšžłńś"
_CAPITALISED = re.compile(rf"^[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)*$")
_MAX_NAME_WORDS = 3


@dataclass(frozen=True)
class NameCues:
    """The booster's data: known first names and surname endings."""

    first_names: frozenset[str]
    surname_endings: tuple[str, ...]


def read_cues(data_dir: Path = DATA_DIR) -> NameCues:
    """Load ``first_names.txt`` and ``name_cues.json``; ModelError if unreadable."""
    try:
        lines = (data_dir / "first_names.txt").read_text(encoding="utf-8").splitlines()
        cues = json.loads((data_dir / "name_cues.json").read_text(encoding="utf-8"))
        return NameCues(
            first_names=frozenset(x.strip() for x in lines if x.strip() and x[0] != "#"),
            surname_endings=tuple(cues["surname_endings"]),
        )
    except (OSError, json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"cannot read the name booster's data in {data_dir}: {exc}") from exc


def is_capitalised(token: Token) -> bool:
    """A capitalised word, possibly hyphenated or in the genitive: Lindqvist, Ström-Bergs."""
    return bool(_CAPITALISED.match(token.text))


class NameBooster:
    """Adds PER spans by rule where the model left tokens untagged (or MISC)."""

    def __init__(self, name: str, cues: NameCues, rules: tuple[str, ...]) -> None:
        unknown = set(rules) - set(RULES)
        if unknown:
            raise ModelError(f"unknown name booster rules {sorted(unknown)}; known: {RULES}")
        self.name = name
        self.cues = cues
        self.rules = frozenset(rules)

    def __call__(self, doc: Doc) -> Doc:
        labels: list[str] = [""] * len(doc)
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                labels[i] = ent.label_
        spans: list[Span] = []
        if "first_name" in self.rules:
            spans += self._first_name(doc, labels)
        if "surname" in self.rules:
            spans += self._surname(doc, labels)
        if not spans:
            return doc
        return self._merge(doc, spans)

    def _free(self, labels: list[str], i: int) -> bool:
        return labels[i] in ("", "MISC")

    def _name_run(self, doc: Doc, labels: list[str], start: int) -> int:
        """End of the run of free capitalised words from ``start`` (at most a few)."""
        end = start
        while (
            end < len(doc)
            and end - start < _MAX_NAME_WORDS
            and labels[end] in ("", "MISC", "PER")
            and is_capitalised(doc[end])
            and not (end > start and doc[end].is_sent_start)
        ):
            end += 1
        return end

    def _first_name(self, doc: Doc, labels: list[str]) -> list[Span]:
        spans = []
        for token in doc:
            i = token.i
            if token.text in self.cues.first_names and labels[i] in ("", "MISC", "PER"):
                end = self._name_run(doc, labels, i + 1)
                if end > i + 1 and not all(labels[j] == "PER" for j in range(i, end)):
                    spans.append(Span(doc, i, end, label="PER"))
        return spans

    def _has_surname_ending(self, token: Token) -> bool:
        text = token.text.rstrip("s") if not token.text.endswith("sson") else token.text
        return any(
            text.endswith(ending) and len(text) >= len(ending) + 2
            for ending in self.cues.surname_endings
        )

    def _surname(self, doc: Doc, labels: list[str]) -> list[Span]:
        spans = []
        for token in doc[1:]:
            i = token.i
            first = doc[i - 1]
            if (
                self._free(labels, i)
                and self._free(labels, i - 1)
                and is_capitalised(token)
                and is_capitalised(first)
                and not first.is_sent_start
                and not token.is_sent_start
                and self._has_surname_ending(token)
            ):
                spans.append(Span(doc, i - 1, i + 1, label="PER"))
        return spans

    def _merge(self, doc: Doc, spans: list[Span]) -> Doc:
        """Rule spans replace the model entities they overlap; earlier, longer spans win."""
        chosen: list[Span] = []
        taken: set[int] = set()
        for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
            if not taken.intersection(range(span.start, span.end)):
                chosen.append(span)
                taken.update(range(span.start, span.end))
        kept = [ent for ent in doc.ents if not taken.intersection(range(ent.start, ent.end))]
        doc.ents = sorted(chosen + kept, key=lambda span: span.start)
        return doc


@Language.factory(COMPONENT_NAME, default_config={"data_dir": None, "rules": list(RULES)})
def make_name_booster(
    nlp: Language, name: str, data_dir: str | None, rules: list[str]
) -> NameBooster:
    """Factory: ``nlp.add_pipe("fvmdocs_names", after="ner")``; data from ``fvmdocs/data/gazetteer``."""
    return NameBooster(name, read_cues(Path(data_dir) if data_dir else DATA_DIR), tuple(rules))
