"""The gazetteer: named Swedish public-sector organisations tagged ORG by rule (``fvmdocs_gazetteer``).

The statistical NER learnt from 2012 news and has rarely seen "regionstyrelsen",
"NU-sjukvården" or "Oracle Health". The gazetteer is data, not code:
``fvmdocs/data/gazetteer/organisations.jsonl`` holds one JSON object per line::

    {"label": "ORG", "pattern": "Södra Älvsborgs sjukhus", "id": "sodra-alvsborgs-sjukhus"}

``id`` is a stable key shared by every spelling of one organisation; it ends up as the
entity's ``ent_id_``. Add a line to extend it; the next ``load_pipeline()`` picks it up.
Matching is case-sensitive (so "kommunal" the adjective never becomes an organisation), and
each pattern is also tried capitalised (sentence start) and in the genitive
("regionstyrelsens", "VGR:s"). Gazetteer matches replace overlapping model entities.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from fvmdocs.errors import ModelError

COMPONENT_NAME = "fvmdocs_gazetteer"
DEFAULT_GAZETTEER = (
    Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "organisations.jsonl"
)
_NO_GENITIVE_S = ("s", "x", "z")


@dataclass(frozen=True)
class GazetteerEntry:
    """One spelling of a named organisation."""

    label: str
    pattern: str
    id: str


def read_gazetteer(path: Path) -> list[GazetteerEntry]:
    """Parse a JSONL gazetteer; a bad line raises ModelError naming file and line."""
    entries: list[GazetteerEntry] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ModelError(f"cannot read gazetteer {path}: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            entries.append(GazetteerEntry(str(row["label"]), str(row["pattern"]), str(row["id"])))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ModelError(f"{path}:{number}: not a gazetteer entry ({exc})") from exc
    return entries


def spellings(pattern: str) -> Iterator[str]:
    """The pattern, capitalised, and both in the genitive: regionstyrelsen -> Regionstyrelsens."""
    genitive = pattern
    if pattern.isupper():
        genitive = f"{pattern}:s"  # Swedish writes "VGR:s", "SKR:s"
    elif not pattern.endswith(_NO_GENITIVE_S):
        genitive = f"{pattern}s"
    seen: set[str] = set()
    for form in (pattern, genitive):
        for variant in (form, form[0].upper() + form[1:]):
            if variant not in seen:
                seen.add(variant)
                yield variant


class GazetteerRuler:
    """Tags gazetteer phrases as entities; the patterns come from the data file at load time.

    Nothing is written into the model directory on purpose: the data file stays the one
    place to edit. Matching needs only the tokenizer, so patterns are tokenized with
    ``make_doc`` (spaCy's SpanRuler would run the not-yet-loaded model over them).
    """

    def __init__(self, nlp: Language, name: str, path: Path) -> None:
        self.name = name
        self.path = path
        self.entries = read_gazetteer(path)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for entry in self.entries:
            key = f"{entry.label}\t{entry.id}"
            self.matcher.add(key, [nlp.make_doc(variant) for variant in spellings(entry.pattern)])

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for match_id, start, end in self.matcher(doc):
            label, _, entity_id = doc.vocab.strings[match_id].partition("\t")
            found.append(Span(doc, start, end, label=label, span_id=entity_id))
        if not found:
            return doc
        # Longest gazetteer match first; model entities stay where nothing overlaps them.
        chosen = filter_spans(found)
        taken = {i for span in chosen for i in range(span.start, span.end)}
        kept = [ent for ent in doc.ents if not taken.intersection(range(ent.start, ent.end))]
        doc.ents = sorted(chosen + kept, key=lambda span: span.start)
        return doc


@Language.factory(COMPONENT_NAME, default_config={"path": None})
def make_gazetteer(nlp: Language, name: str, path: str | None) -> GazetteerRuler:
    """Factory: ``nlp.add_pipe("fvmdocs_gazetteer", after="ner")``; ``path`` defaults to the shipped file."""
    return GazetteerRuler(nlp, name, Path(path) if path else DEFAULT_GAZETTEER)
