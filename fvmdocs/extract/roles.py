"""Roles: who holds which title, where, as of when, from the patterns Swedish news uses.

* apposition: "Ragnar Lindblad, programägare FVM", "..., säger X, vd på Y."
* title before the name: "regiondirektör Ann-Sofi Lodin", "VGR:s regiondirektör ..."
* predicate: "X är utvecklingschef på Y", "X, som är ... vid Y", "X blir ny Y",
  "X tillträder som Y den 1 mars", "X utses till Y"
* appointment: "har utsett X till/som Y", "X efterträder Z som Y"

Two titles joined by "och" give two roles ("samordningsansvarig för FVM och medicinsk
informationsdirektör på SU").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from fvmdocs.extract.orgs import OrgLexicon
from fvmdocs.extract.titles import TitleLexicon, load_titles, match_title

_ADVERBS = r"(?:(?:för närvarande|för tillfället|sedan tidigare|sedan \d{4}|numera|nu|även|också|redan|tidigare|just nu|i dag|idag|dessutom|samtidigt|till vardags|sedan i \w+)\s)*"
_NEW = r"(?:(?:ny|nya|nye|nytillträdd|tillträdande|tillförordnad|tf)\s)?"
_PREDICATES = (
    rf",?\s(?:som\s)?(?:är|var|har varit|blir|blev|har blivit|är sedan)\s{_ADVERBS}{_NEW}",
    rf"\s(?:tillträder|tillträdde|har tillträtt|börjar|började|har börjat|anställs|anställdes|har anställts|rekryteras|har rekryterats)\s(?:{_ADVERBS})(?:som|på posten som|tjänsten som)\s{_NEW}",
    rf"\s(?:utses|utsågs|har utsetts|utnämns|utnämndes|har utnämnts|väljs|valdes|har valts)\s(?:{_ADVERBS})(?:till|som)\s{_NEW}",
    rf"\s(?:efterträder|efterträdde|ersätter|ersatte)\s[^,.]{{2,60}}?\ssom\s{_NEW}",
    rf",\s(?:{_NEW})",
    rf"\s(?:[^,.]{{0,80}}?\s)?och\s(?:blir|är|har blivit)\s{_ADVERBS}{_NEW}",
)
_APPOINTERS = r"(?:har\s)?(?:utsett|utsåg|utser|anställt|anställde|rekryterat|rekryterade|utnämnt|utnämnde|valt|valde)"
_START_WORDS = re.compile(
    r"\b(?:tillträder|tillträdde|börjar|började|efterträder|utses|utsågs|blir|från och med|fr\.o\.m\.)\b"
)
_PREPOSITIONS = ("på", "vid", "för", "i", "inom", "hos", "från")
_CAPITALISED_RUN = re.compile(
    r"[A-ZÅÄÖ][\w-]*(?::s)?(?:\s(?:[A-ZÅÄÖ][\w-]*|sjukhus|kommun|lasarett|stad|län|AB))*"
)
_DEFINITE = re.compile(r"[a-zåäö][\w-]*(?:en|et|na|ns)\b(?:\s[A-ZÅÄÖ][\w-]*)?")


@dataclass(frozen=True)
class RoleMatch:
    """A role stated in a sentence: person, title, organisation, whether a start is stated."""

    person: str
    title: str
    org: str | None
    starts: bool


def org_after(text: str, pos: int, orgs: OrgLexicon) -> tuple[str | None, int]:
    """The organisation a title is attached to ("på SÄS", "i regionstyrelsen", "FVM")."""
    rest = text[pos:]
    stripped = rest.lstrip(" ")
    pos += len(rest) - len(stripped)
    head = re.match(r"(\w+)\s", stripped)
    if head and head.group(1) in _PREPOSITIONS:
        found = _org_phrase(text, pos + head.end(), orgs, lower_ok=True)
        if found[0] is not None:
            return found
        return None, pos
    return _org_phrase(text, pos, orgs, lower_ok=False)


def _org_phrase(text: str, pos: int, orgs: OrgLexicon, *, lower_ok: bool) -> tuple[str | None, int]:
    for match in orgs.find(text[pos : pos + 80]):
        if match.start == 0:
            return match.name, pos + match.end
        break
    capitalised = _CAPITALISED_RUN.match(text, pos)
    if capitalised:
        return orgs.canonical(capitalised.group()), capitalised.end()
    definite = _DEFINITE.match(text, pos) if lower_ok else None
    if definite and not text.startswith("att", pos):
        return orgs.canonical(definite.group()), definite.end()
    return None, pos


def _strip_new(title: str) -> str:
    return re.sub(rf"^{_NEW}", "", title) or title


def titles_at(text: str, pos: int, orgs: OrgLexicon, lexicon: TitleLexicon) -> list[tuple[str, str | None]]:
    """Titles (with organisations) from ``pos``: one, or several joined by "och"."""
    found: list[tuple[str, str | None]] = []
    while True:
        title = match_title(text, pos, lexicon)
        if title is None:
            return found
        org, pos = org_after(text, title.end, orgs)
        pos = max(pos, title.end)
        found.append((_strip_new(title.title), org))
        # ", SÄS," repeats the organisation as an abbreviation
        abbreviation = re.match(r",\s[A-ZÅÄÖ]{2,}\b,?", text[pos:])
        if abbreviation and org is not None:
            pos += abbreviation.end()
        more = re.match(rf",?\s(?:och|samt)\s(?:(?:är|var)\s)?{_ADVERBS}", text[pos:])
        if more is None:
            return found
        pos += more.end()


def roles_in_sentence(
    sentence: str,
    mentions: Iterable[tuple[int, int, str]],
    orgs: OrgLexicon,
    lexicon: TitleLexicon | None = None,
) -> list[RoleMatch]:
    """Roles stated in one sentence; ``mentions`` are (start, end, person) within it.

    >>> from fvmdocs.extract.orgs import load_organisations
    >>> s = "Anna Berg är utvecklingschef på SÄS."
    >>> roles_in_sentence(s, [(0, 9, "Anna Berg")], load_organisations())[0].org
    'Södra Älvsborgs sjukhus'
    """
    lexicon = lexicon or load_titles()
    found: list[RoleMatch] = []
    for start, end, person in mentions:
        after = sentence[end:]
        starts = bool(_START_WORDS.search(after[:60]))
        if re.search(r"\b(?:är|blir|var|blev)\s$", sentence[:start]):
            for title, org in titles_at(sentence, end, orgs, lexicon):
                found.append(RoleMatch(person, title, org, starts))
        for predicate in _PREDICATES:
            match = re.match(predicate, after)
            if match is None:
                continue
            for title, org in titles_at(sentence, end + match.end(), orgs, lexicon):
                found.append(RoleMatch(person, title, org, starts))
            if found and found[-1].person == person:
                break
        found.extend(_title_before(sentence, start, person, orgs, lexicon, starts))
        appointed = re.search(rf"{_APPOINTERS}\s$", sentence[:start])
        if appointed:
            tail = re.match(rf"\s(?:till|som)\s(?:ny\s)?{_NEW}", after)
            if tail:
                for title, org in titles_at(sentence, end + tail.end(), orgs, lexicon):
                    found.append(RoleMatch(person, title, org, True))
    return _unique(found)


def _title_before(
    sentence: str, start: int, person: str, orgs: OrgLexicon, lexicon: TitleLexicon, starts: bool
) -> list[RoleMatch]:
    """ "VGR:s regiondirektör Ann-Sofi Lodin", "regiondirektör Ann-Sofi Lodin"."""
    before = sentence[:start]
    word = re.search(r"([\w-]+)\s$", before)
    if word is None:
        return []
    lookback = before[: word.start(1)]
    for back in range(min(4, lookback.count(" ") + 1), -1, -1):
        pieces = lookback.rstrip(" ").split(" ")
        candidate_start = len(" ".join(pieces[: len(pieces) - back])) + 1 if back else word.start(1)
        if back and back >= len(pieces):
            candidate_start = 0
        title = match_title(sentence, candidate_start, lexicon)
        if title is not None and title.end == word.end(1):
            org = _genitive_org(sentence[:candidate_start], orgs)
            return [RoleMatch(person, _strip_new(title.title), org, starts)]
    return []


def _genitive_org(before: str, orgs: OrgLexicon) -> str | None:
    """The organisation in the genitive right before a title: "VGR:s", "Cerners", "SÄS"."""
    for match in reversed(orgs.find(before)):
        if before[match.end :].strip() == "" :
            return match.name
    return None


def _unique(roles: list[RoleMatch]) -> list[RoleMatch]:
    seen: set[tuple[str, str, str | None]] = set()
    result = []
    for role in roles:
        key = (role.person, role.title.lower(), role.org)
        if key not in seen:
            seen.add(key)
            result.append(role)
    return result
