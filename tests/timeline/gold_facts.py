"""Facts for the sample site read from the gold annotations, for tests that must not depend on
how good the extractor is today: each gold event and decision gets the page sentence that holds
its date (the one sharing most words with the annotation when the date occurs more than once).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from fvmdocs.extract.facts import Decision, DocumentFacts, Event, FactDate, Person, Provenance
from fvmdocs.store import StoredDocument
from fvmdocs.timeline.topics import keywords

GOLD = Path(__file__).resolve().parents[2] / "examples" / "gold"
ACTORS = ("regionstyrelsen", "regiondirektören", "regionfullmäktige", "Cerner", "Oracle Health",
          "Västkom", "Västra Götalandsregionen", "programmets styrgrupp")  # fmt: skip
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def sentences(text: str) -> list[tuple[int, int, str]]:
    """The sentences of a document text with their spans."""
    return [(m.start(), m.end(), m.group().strip()) for m in _SENTENCE.finditer(text) if m.group().strip()]


def _best(
    doc: StoredDocument, what: str, needles: Iterable[str], used: set[int]
) -> tuple[int, int, str, str]:
    """The sentence for an annotation: holding one of ``needles``, not yet used, sharing most words."""
    words = keywords(what)
    found = []
    for start, end, sentence in sentences(doc.text):
        hits = [n for n in needles if n and n.lower() in sentence.lower()]
        if hits or not needles:
            found.append((start not in used, len(words & keywords(sentence)), -start, start, end, sentence, hits[0] if hits else ""))
    if not found:
        start, end, sentence = sentences(doc.text)[0]
        return start, end, sentence, ""
    _, _, _, start, end, sentence, text = max(found)
    used.add(start)
    return start, end, sentence, text


def _actors(sentence: str, people: list[str], by: str | None = None) -> tuple[str, ...]:
    named = [by] if by else []
    named += [name for name in (*people, *ACTORS) if name.lower() in sentence.lower()]
    return tuple(dict.fromkeys(named))


def _locate(
    doc: StoredDocument, timexes: dict[str, list[dict[str, str]]], used: set[int], value: str | None, what: str
) -> tuple[Provenance, FactDate | None]:
    """Provenance and date of one annotation with date ``value``."""
    options = timexes.get(value or "", [])
    start, end, sentence, text = _best(doc, what, [t["text"] for t in options], used)
    chosen = next((t for t in options if t["text"] == text), None)
    date = FactDate(value, text, mod=chosen.get("mod") if chosen else None) if value else None
    return Provenance(doc.id, doc.version, sentence, start, end), date


def gold_facts(documents: list[StoredDocument]) -> list[DocumentFacts]:
    """One DocumentFacts per gold file whose page is in ``documents``."""
    by_url = {d.url: d for d in documents}
    result = []
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc = by_url.get(gold["url"])
        if doc is None:
            continue
        facts = DocumentFacts(doc.id, doc.version, doc.published)
        facts.people = [Person(name, 1) for name in gold["people"]]
        used: set[int] = set()
        timexes: dict[str, list[dict[str, str]]] = {}
        for timex in gold["timexes"]:
            timexes.setdefault(timex["value"], []).append(timex)

        for event in gold["events"]:
            provenance, date = _locate(doc, timexes, used, event["date"], event["what"])
            facts.events.append(Event(event["type"], date, event["status"],
                                      _actors(provenance.sentence, gold["people"]),
                                      provenance.sentence, provenance))  # fmt: skip
        for decision in gold["decisions"]:
            provenance, date = _locate(doc, timexes, used, decision["date"], decision["what"])
            facts.decisions.append(Decision(decision["by"], decision["what"], date, "happened", provenance))
        result.append(facts)
    return result
