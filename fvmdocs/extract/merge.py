"""Across documents: one person however many pages name them, with every role they hold.

Within a page, :mod:`fvmdocs.extract.people` already folds "Lodin" and "Lodins" into
"Ann-Sofi Lodin". Across pages, names are merged by exact full name, and a one-word name is
folded into the only full name that ends (or starts) with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from fvmdocs.extract.facts import Decision, DocumentFacts, Role


@dataclass
class MergedPerson:
    """A person across the corpus: name, total mentions, documents, and roles with sources."""

    name: str
    mentions: int = 0
    documents: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)


def _canonical_names(names: Iterable[str]) -> dict[str, str]:
    """Map every name to its fullest form: "Lodin" -> "Ann-Sofi Lodin" when unambiguous."""
    full = sorted({n for n in names if " " in n})
    mapping = {n: n for n in full}
    for name in names:
        if name in mapping:
            continue
        fits = [f for f in full if f.split()[-1] == name or f.split()[0] == name]
        mapping[name] = fits[0] if len(fits) == 1 else name
    return mapping


def merge_people(facts: Iterable[DocumentFacts]) -> list[MergedPerson]:
    """Merge the people of many documents; most mentioned first.

    Roles are kept once per (title, organisation), the earliest ``as_of`` first.
    """
    documents = list(facts)
    names = [p.name for f in documents for p in f.people] + [r.person for f in documents for r in f.roles]
    canonical = _canonical_names(names)
    merged: dict[str, MergedPerson] = {}
    for doc in documents:
        for person in doc.people:
            entry = merged.setdefault(canonical[person.name], MergedPerson(canonical[person.name]))
            entry.mentions += person.mentions
            if doc.doc_id not in entry.documents:
                entry.documents.append(doc.doc_id)
        for role in doc.roles:
            entry = merged.setdefault(canonical[role.person], MergedPerson(canonical[role.person]))
            entry.roles.append(role)
    for entry in merged.values():
        entry.roles.sort(key=lambda r: r.as_of or "")
        seen: set[tuple[str, str | None]] = set()
        unique = []
        for role in entry.roles:
            key = (role.title.lower(), role.org)
            if key not in seen:
                seen.add(key)
                unique.append(role)
        entry.roles = unique
    return sorted(merged.values(), key=lambda p: (-p.mentions, p.name))


def all_decisions(facts: Iterable[DocumentFacts]) -> list[Decision]:
    """Every decision of many documents, in date order (undated last)."""
    decisions = [d for f in facts for d in f.decisions]
    return sorted(decisions, key=lambda d: (d.date is None, d.date.begin or d.date.value if d.date else ""))
