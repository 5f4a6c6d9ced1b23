"""The extraction gate: facts extracted from gold-annotated pages, scored per fact type.

Gold lives beside the pages it annotates (format in ``examples/gold/GUIDELINES.md``):
``examples/gold/<slug>.json`` for the sample site and ``tests/fixtures/gold/<name>.json``
for fixture pages of other site styles (``tests/fixtures/pages/<name>.html``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fvmdocs.extract.decision_actors import (
    VGR_GENITIVE,
    VGR_PLACE,
    definite_body,
    office_noun,
    programme_body,
)
from fvmdocs.extract.document import extract_facts, parse_published
from fvmdocs.extract.facts import DocumentFacts
from fvmdocs.extract.orgs import load_organisations

if TYPE_CHECKING:
    from spacy.language import Language

ROOT = Path(__file__).resolve().parents[2]
# "dev": gold the rules were developed against (dev3-dev129 were held-out sets, opened
# for error analysis once measured blind); "heldout": pages written without seeing the extractor
# (tests/fixtures/heldout/README.md), the honest measure of unseen text.
LAST_DEV_SET = 129


def _fixture_set(name: str) -> tuple[Path, Path]:
    """The (gold, pages) folders of one set under tests/fixtures."""
    folder = ROOT / "tests" / "fixtures" / name
    return folder / "gold", folder / "pages"


GOLD_SETS: dict[str, tuple[tuple[Path, Path], ...]] = {
    "dev": (
        (ROOT / "examples" / "gold", ROOT / "examples" / "site"),
        (ROOT / "tests" / "fixtures" / "gold", ROOT / "tests" / "fixtures" / "pages"),
        *(_fixture_set(f"dev{n}") for n in range(2, LAST_DEV_SET + 1)),
    ),
    "heldout": (
        _fixture_set("heldout"),
    ),
}


@dataclass
class Tally:
    """True positives, predictions and gold items of one fact type."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, predicted: Iterable[Hashable], gold: Iterable[Hashable]) -> None:
        p, g = Counter(predicted), Counter(gold)
        self.tp += sum((p & g).values())
        self.predicted += sum(p.values())
        self.gold += sum(g.values())

    def count(self, tp: int, predicted: int, gold: int) -> None:
        """Add counts found by a matcher of its own."""
        self.tp += tp
        self.predicted += predicted
        self.gold += gold

    def scores(self) -> dict[str, float]:
        precision = self.tp / self.predicted if self.predicted else 1.0
        recall = self.tp / self.gold if self.gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "n": self.gold}


def _page_for(gold: dict[str, Any], gold_file: Path, pages: Path) -> Path | None:
    for candidate in (
        pages / f"{gold_file.stem}.html",
        pages / "ov" / "vgr-millennium" / "nyheter" / gold.get("slug", gold_file.stem) / "index.html",
    ):
        if candidate.is_file():
            return candidate
    return None


def gold_pages(gold_set: str = "dev") -> list[tuple[dict[str, Any], Path]]:
    """Every gold annotation of one set with the HTML page it annotates."""
    found = []
    for gold_dir, pages in GOLD_SETS[gold_set]:
        for gold_file in sorted(gold_dir.glob("*.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            page = _page_for(gold, gold_file, pages)
            if page is not None:
                found.append((gold, page))
    return found


def _document_text(page: Path, url: str) -> tuple[str, str | None]:
    from fvmdocs.clean import clean_page
    from fvmdocs.models import RawPage
    from fvmdocs.profile import builtin_profiles, profile_for

    raw = RawPage(url=url, body=page.read_bytes(), source=str(page))
    document = clean_page(raw, profile_for(url, builtin_profiles()))
    return document.text, document.published


# A VGR body qualified by the region's own name is the bare body (GUIDELINES.md).
_OWN_REGION = re.compile(rf"{VGR_PLACE}|^{VGR_GENITIVE}\s+(?=\S+$)", re.IGNORECASE)
# The page's own company or club as the owner of its body: "bolagets ledningsgrupp" is `ledningsgruppen`.
_OWNER_WORD = r"^(?:bolagets|företagets|klubbens|föreningens|förbundets|sällskapets)\s+"
_OWN_OWNER = re.compile(_OWNER_WORD + r"(?=\S+$)", re.IGNORECASE)
# ... and with an adjective: "klubbens idrottsmedicinska grupp" is `idrottsmedicinska gruppen`.
_OWN_OWNER_ADJECTIVE = re.compile(_OWNER_WORD + r"(?=[a-zåäö]+a\s+\S+$)", re.IGNORECASE)


def _norm_actor(name: str | None) -> str | None:
    if name is None:
        return None
    if (owned := _OWN_OWNER_ADJECTIVE.match(name)) is not None:
        adjective, noun = name[owned.end() :].split()
        name = f"{adjective} {definite_body(noun)}"
    name = programme_body(_OWN_OWNER.sub("", _OWN_REGION.sub("", name)))  # "styrgruppen för FVM" is `programmets styrgrupp`
    if " " not in name:
        name = definite_body(name)  # "Västra Götalandsregionens regionstyrelse" -> "regionstyrelsen"
    resolved = load_organisations().resolve(name)
    return (resolved or name).lower()


def _norm_org(name: str | None) -> str | None:
    """An organisation by its canonical name: "SKR" and "Sveriges Kommuner och Regioner" agree."""
    if name is None:
        return None
    return load_organisations().resolve(name) or name


def _office_holders(gold: dict[str, Any]) -> Callable[[str | None], str | None]:
    """An office ("regiondirektören") and the one person the page's gold names in it are the same
    decider, whichever of the two the text or the annotator used (GUIDELINES.md)."""
    people: dict[str, set[str]] = {}
    for role in gold.get("roles", []):
        people.setdefault(role["title"].lower(), set()).add(role["person"])

    def holder(name: str | None) -> str | None:
        if name is None:
            return None
        office = office_noun(name)
        found = people.get(office) or people.get(name.lower())
        return next(iter(found)) if found and len(found) == 1 else name

    return holder


# Bodies that news names in full once and then by their kind alone ("Miljönämnden … Nämnden gav
# samtidigt"); "styrelsen" is left out, since a bare "styrelsen" names the page's own board.
_BARE_KINDS = {
    "nämnden": "nämnd", "kommittén": "kommitté", "styrgruppen": "styrgrupp", "rådet": "råd",
    "programrådet": "programråd", "designrådet": "designråd", "utskottet": "utskott",
    "ledningen": "ledning", "ledningsgruppen": "ledningsgrupp", "direktionen": "direktion",
    "förvaltningsgruppen": "förvaltningsgrupp", "programledningen": "programledning",
    "fullmäktige": "fullmäktige", "kliniken": "klinik", "teamet": "team",
    "mottagningen": "mottagning", "arbetsgruppen": "arbetsgrupp",
    "sektionen": "sektion", "stämman": "stämma",  # "Sektionen beslutade dessutom" after "Rallysektionen i X"
    "panelen": "panel",  # "Panelen beslutade samtidigt" after "Hälsopanelen valde"
    "gruppen": "grupp", "kollegiet": "kollegi",  # "Gruppen beslutade samtidigt" after "Kastgruppen utsåg"
    "delegationen": "delegation",  # "Delegationen beslutade samtidigt" after "Föreningens säkerhetsdelegation"
}  # fmt: skip


# A compound body noun in its definite form: "kravgruppen" after "programmets kravgrupp för neurosjukvård".
_COMPOUND_KIND = re.compile(r"([a-zåäö]+(?:grupp|nämnd|kommitté|råd|utskott|ledning|direktion|delegation))(?:en|et|n)")


def _compound_kind(lower: str) -> str | None:
    match = _COMPOUND_KIND.fullmatch(lower)
    return match.group(1) if match else None


def _bare_bodies(gold: dict[str, Any]) -> Callable[[str | None], str | None]:
    """A body named by its kind alone ("nämnden") and the one body of that kind the page's gold
    names in full ("miljönämnden", "nämnden för X") are the same decider, whichever of the two the
    text or the annotator used (GUIDELINES.md)."""
    named = {d["by"] for d in gold.get("decisions", []) if d.get("by") and d["by"].lower() not in _BARE_KINDS}
    # the words the gold uses alone ("styrelsen"), for a full name the extractor gives ("styrelsen för Skogsägarna")
    alone = {n.lower(): n for n in named if " " not in n}

    def full(name: str | None) -> str | None:
        if name is None:
            return None
        if " " in name:
            first = name.lower().split()[0]
            if (
                first in alone
                and not any(n.lower().startswith(first + " ") for n in named)
                and load_organisations().resolve(first) is None
            ):
                return alone[first]  # "styrelsen för X" where the gold wrote "styrelsen": whichever the annotation uses
            return name
        lower = name.lower()
        compound = _compound_kind(lower)
        if compound is not None and lower not in _BARE_KINDS and load_organisations().resolve(name) is None:
            # "Kravgruppen gav samtidigt" after "Programmets kravgrupp för neurosjukvård antog"
            found = {n for n in named if n.lower() != lower and any(w.endswith((compound, lower)) for w in n.lower().split())}
            if len(found) == 1:
                return found.pop()
        if (kind := _BARE_KINDS.get(lower)) is not None:
            found = {n for n in named if any(w.endswith((kind, lower)) for w in n.lower().split())}
            # "förarrådet" beside "förarrådet i Speedwayklubben Kedjan": one body, its word and its full name
            found = {n for n in found if not any(" " in m and m.lower().split()[0] == n.lower() for m in found)}
        elif load_organisations().resolve(name) is None:
            # "Arbetsgruppen i Palliativt nätverk Väst … Arbetsgruppen gav samtidigt": the one body
            # whose full name opens with the word ("styrelsen för X" is then the page's own board);
            # not a body of its own ("regionstyrelsen" beside "regionstyrelsen i Region Skåne")
            found = {n for n in named if " " in n and n.lower().split()[0] == lower}
        else:
            return name
        return next(iter(found)) if len(found) == 1 else name

    return full


def _day(value: str | None) -> str | None:
    """A decision's or event's date as its calendar day: "2025-11-11TEV", "2025-11-11T19:00" and
    "2025-11-11" agree (GUIDELINES.md)."""
    return re.sub(r"T(?:MO|AF|EV|NI|DT|\d{2}:\d{2})$", "", value) if value else value


def _first_words(text: str, count: int = 3) -> str:
    return " ".join(text.split()[:count]).lower().strip(",.")


def gold_timexes(gold: dict[str, Any]) -> list[tuple[str, str]]:
    """The (text, value) pairs a gold file annotates."""
    return [(t["text"], t["value"]) for t in gold.get("timexes", [])]


def pair_timexes(
    predicted: list[tuple[str, str]], gold: list[tuple[str, str]]
) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Pair predicted with gold expressions in text order when one's words contain the other's.

    A relaxed match as in TempEval: "på tisdagen" and "tisdagen" are the same expression
    whatever the span convention about prepositions; the value decides whether it is right.
    """
    pairs: list[tuple[tuple[str, str], tuple[str, str]]] = []
    used: set[int] = set()
    unpaired: list[tuple[str, str]] = []
    # Same words first, so "i höst" in a heading is not taken for a later "i höstas".
    for gold_text, gold_value in gold:
        index = next(
            (i for i, (text, _) in enumerate(predicted) if i not in used and text.lower() == gold_text.lower()),
            None,
        )
        if index is None:
            unpaired.append((gold_text, gold_value))
            continue
        used.add(index)
        pairs.append((predicted[index], (gold_text, gold_value)))
    for gold_text, gold_value in unpaired:
        needle = gold_text.lower()
        for index, (text, value) in enumerate(predicted):
            if index in used:
                continue
            found = text.lower()
            if needle in found or found in needle:
                used.add(index)
                pairs.append(((text, value), (gold_text, gold_value)))
                break
    return pairs


# "från vecka 42 till vecka 45", "mellan maj och juni": a range told in words, whose two ends the
# gold annotates as two expressions (GUIDELINES.md); a dash range ("2022–2023") is one.
_WORD_RANGE = re.compile(
    r"(?:(?:från(?:\s+och\s+med)?|mellan)\s+)?(?P<left>.+?)\s+(?:till(?:\s+och\s+med)?|fram\s+till|och)\s+(?P<right>.+)",
    re.IGNORECASE,
)


def scored_timexes(timexes: Iterable[Any]) -> list[tuple[str, str]]:
    """The (text, value) pairs scored for a page's expressions, a word range as its two ends."""
    scored: list[tuple[str, str]] = []
    for timex in timexes:
        words = _WORD_RANGE.fullmatch(timex.text) if timex.range_end and "/" not in timex.value else None
        if words is None:
            scored.append((timex.text, timex.value))
        else:
            scored += [(words.group("left"), timex.value), (words.group("right"), timex.range_end)]
    return scored


def score_page(facts: DocumentFacts, gold: dict[str, Any], tallies: dict[str, Tally]) -> None:
    """Add one page's predictions and gold to the per-type tallies."""
    # Durations ("tjugo år") and sets ("per år") are tagged but not annotated (GUIDELINES.md).
    timexes = scored_timexes([t for t in facts.timexes if t.type in ("DATE", "TIME")])
    pairs = pair_timexes(timexes, gold_timexes(gold))
    tallies["timex_text"].count(len(pairs), len(timexes), len(gold_timexes(gold)))
    right = sum(1 for (_, value), (_, gold_value) in pairs if value == gold_value)
    tallies["timex_value"].count(right, len(timexes), len(gold_timexes(gold)))
    tallies["people"].add({p.name for p in facts.people}, set(gold.get("people", [])))
    tallies["roles"].add(
        {(r.person, r.title.lower()) for r in facts.roles},
        {(r["person"], r["title"].lower()) for r in gold.get("roles", [])},
    )
    tallies["roles_with_org"].add(
        {(r.person, r.title.lower(), _norm_org(r.org)) for r in facts.roles},
        {(r["person"], r["title"].lower(), _norm_org(r["org"])) for r in gold.get("roles", [])},
    )
    tallies["quotes"].add(
        [(_first_words(q.text), q.speaker) for q in facts.quotes],
        [(_first_words(q["start"]), q["speaker"]) for q in gold.get("quotes", [])],
    )
    holder, bare = _office_holders(gold), _bare_bodies(gold)
    tallies["decisions"].add(
        [
            (_norm_actor(bare(holder(d.by))), None if d.date is None or d.date.from_published else _day(d.date.value))
            for d in facts.decisions
        ],
        [(_norm_actor(bare(holder(d["by"]))), _day(d["date"])) for d in gold.get("decisions", [])],
    )
    tallies["events"].add(
        [(e.type, _day(e.date.value) if e.date else None, e.status) for e in facts.events],
        [(e["type"], _day(e["date"]), e["status"]) for e in gold.get("events", [])],
    )


def evaluate_extraction(nlp: Language | None = None) -> dict[str, Any]:
    """Scores per gold set: ``{"dev": {...}, "heldout": {...}}`` (see ``score_gold_set``)."""
    if nlp is None:
        from fvmdocs.nlp import load_pipeline

        nlp = load_pipeline()
    return {gold_set: score_gold_set(nlp, gold_set) for gold_set in GOLD_SETS}


def score_gold_set(nlp: Language, gold_set: str) -> dict[str, Any]:
    """Precision, recall and F1 per fact type over one gold set (and timex value accuracy)."""
    kinds = ("timex_text", "timex_value", "people", "roles", "roles_with_org", "quotes", "decisions", "events")
    tallies = {kind: Tally() for kind in kinds}
    pages = gold_pages(gold_set)
    for gold, page in pages:
        text, published = _document_text(page, gold.get("url") or f"file://{page}")
        published_day = parse_published(gold.get("published") or published)
        facts = extract_facts(nlp(text), published=published_day, doc_id=page.stem, version=1)
        score_page(facts, gold, tallies)
    result: dict[str, Any] = {kind: tally.scores() for kind, tally in tallies.items()}
    # Value accuracy: of the expressions found with the gold words, how many got the gold value.
    found, right = tallies["timex_text"].tp, tallies["timex_value"].tp
    result["timex_value"]["accuracy"] = round(right / found, 4) if found else 1.0
    result["pages"] = len(pages)
    return result
