"""Decisions: who decided what, when, from Swedish decision verbs in active and passive.

"Regionstyrelsen beslutade den 17 maj att ...", "I maj beslutade regionstyrelsen ...",
"regionstyrelsen fattade beslut om ...", "Beslutet fattades av regiondirektören",
"avtalet har godkänts av regionfullmäktige", "den tidplan som regionstyrelsen fastställde".
A decision said to be coming ("ska fatta beslut om", "beslutas under 2022") is ``planned``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# Past/perfect/present/passive forms of the decision verbs, by lemma.
DECISION_VERBS: dict[str, tuple[str, ...]] = {
    "besluta": ("beslutade", "beslutat", "beslutar", "besluta", "beslutades", "beslutats", "beslutas", "beslöt"),
    "fatta beslut": ("fattade beslut", "fattat beslut", "fattar beslut", "fatta beslut", "fattade beslutet", "fattat beslutet", "fattades", "fattats"),
    "ta beslut": ("tog beslut", "tagit beslut", "tar beslut", "ta beslut", "tog beslutet", "tagit beslutet", "togs", "tagits"),
    "godkänna": ("godkände", "godkänt", "godkänner", "godkänna", "godkändes", "godkänts", "godkänns"),
    "anta": ("antog", "antagit", "antar", "anta", "antogs", "antagits", "antas"),
    "fastställa": ("fastställde", "fastställt", "fastställer", "fastställa", "fastställdes", "fastställts", "fastställs"),
    "utse": ("utsåg", "utsett", "utser", "utse", "utsågs", "utsetts", "utses"),
    "ge i uppdrag": ("gav i uppdrag", "gett i uppdrag", "ger i uppdrag", "ge i uppdrag", "gav", "gett", "givit"),
    "ge klartecken": ("gav klartecken", "gett klartecken", "ger klartecken", "ge klartecken"),
    "bevilja": ("beviljade", "beviljat", "beviljar", "bevilja", "beviljades", "beviljats"),
    "ställa sig bakom": ("ställde sig bakom", "ställt sig bakom", "ställer sig bakom", "ställa sig bakom"),
    "fattas beslut": ("fattades beslut", "fattades ett beslut", "fattades också beslut", "togs beslut", "togs ett beslut", "har fattats beslut"),
}  # fmt: skip
_PASSIVE = re.compile(r"s$")
# Verbs that are decisions only when a deciding body or person is their subject.
_NEEDS_ACTOR = frozenset({"ställa sig bakom", "bevilja", "ge i uppdrag", "ge klartecken"})
_INFINITIVES = frozenset(forms[3] for forms in DECISION_VERBS.values())
_PRESENT = re.compile(r"(?:ar|er|ar beslut|ger|tar beslut|as|s)$")
_PLANNED_CUES = re.compile(
    r"\b(?:ska|skall|kommer att|planeras|planerar|väntas|förväntas|beräknas|avser|enligt planen|ska kunna|bör|"
    r"kan komma att|kan|skulle|måste|behöver|föreslås|föreslår|inte|ej|aldrig)\b",
    re.IGNORECASE,
)
# Nouns that make a phrase a deciding body or office, in any definite form.
BODY_NOUNS = (
    "styrelse", "styrelsen", "nämnd", "nämnden", "fullmäktige", "utskott", "utskottet",
    "styrgrupp", "styrgruppen", "ledning", "ledningen", "direktören", "direktör", "regeringen",
    "rätten", "ordförande", "ordföranden", "chefen", "kommunen", "regionen", "revisorerna",
    "revisionen", "direktion", "direktionen", "presidiet", "beredningen",
)  # fmt: skip
_FORMS = sorted(
    ((form, lemma) for lemma, forms in DECISION_VERBS.items() for form in forms),
    key=lambda pair: len(pair[0]),
    reverse=True,
)
_VERB_PATTERN = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(f) for f, _ in _FORMS) + r")(?![\w-])", re.IGNORECASE
)
_LEMMA = {form: lemma for form, lemma in _FORMS}
_SKIP_LEFT = re.compile(
    r"(?:\s(?:som|har|hade|ska|skall|kommer att|väntas|också|även|nu|då|därför|samtidigt|i dag|idag|i går|igår|redan|inte|sedan|under|enhälligt|formellt))+\s*$"
)
_WORDS_RIGHT = re.compile(r"\s*(?:(?:också|även|nu|då|samtidigt|enhälligt|formellt|i dag|i går|sig)\s)*")


@dataclass(frozen=True)
class DecisionMatch:
    """A decision verb in a sentence, the actor found for it and its clause."""

    lemma: str
    verb_start: int
    verb_end: int
    by: str | None
    by_start: int | None
    what: str
    planned: bool
    passive: bool


# A body's name: an optional genitive owner, "X- och Y" compounds, and a place or
# organisation it belongs to ("Västkoms styrelse", "hälso- och sjukvårdsstyrelsen",
# "kommunstyrelsen i Borås", "sjukhusstyrelsen vid Skaraborgs Sjukhus").
_BODY = r"(?P<owner>[\w-]+(?::s|s)\s)?(?P<body>(?:[\w]+-\s(?:och|eller)\s)?[\w-]+)"
_PLACE = r"(?P<place>\s(?:i|vid|för|på|inom)\s[A-ZÅÄÖ][\w-]*(?::s|s)?(?:\s(?:[A-ZÅÄÖ][\w-]*|[Ss]jukhus|kommun|stad|lasarett))*)?"


def _body_words(match: re.Match[str]) -> tuple[str, int] | None:
    """The body phrase of a match of ``_BODY`` + ``_PLACE`` when its head is a body noun."""
    body = match.group("body")
    if not body.split()[-1].lower().endswith(BODY_NOUNS):
        owner = match.group("owner")
        if owner and owner.strip().lower().endswith(BODY_NOUNS) and not match.group("place"):
            return owner.strip(), match.start("owner")  # "styrelsen beslutade" read V2
        return None
    start = match.start("owner") if match.group("owner") else match.start("body")
    return match.group(0)[start - match.start() :].rstrip(), start


def body_phrase_before(text: str) -> tuple[str, int] | None:
    """The deciding body that ends ``text``: "Västkoms styrelse", "regionstyrelsen"."""
    text = _SKIP_LEFT.sub("", text)
    match = re.search(rf"{_BODY}{_PLACE}$", text)
    if match is None:
        return None
    return _body_words(match)


def body_phrase_after(text: str) -> tuple[str, int] | None:
    """The deciding body that opens ``text`` (after the verb, V2 order or "av ...")."""
    skip = _WORDS_RIGHT.match(text)
    offset = skip.end() if skip else 0
    match = re.match(rf"{_BODY}{_PLACE}", text[offset:])
    if match is None:
        return None
    found = _body_words(match)
    return (found[0], offset + found[1]) if found else None


def _clause(sentence: str, start: int) -> str:
    """The words from the verb to the end of its clause, as a short normalised phrase."""
    clause = re.split(r"[.;:!?]|,\s(?:säger|som|men|eftersom|och\s(?:det|de|vi|han|hon))\b", sentence[start:])[0]
    words = clause.split()
    return " ".join(words[:14]).strip(" ,")


def _person_near(
    sentence: str, start: int, end: int, people: Sequence[tuple[int, int, str]]
) -> tuple[str, int] | None:
    """A person named right before the verb (subject) or right after it (V2 order)."""
    for p_start, p_end, name in people:
        between = sentence[p_end:start]
        if p_end <= start and (not between.strip() or _SKIP_LEFT.fullmatch(" " + between.strip())):
            return name, p_start
    for p_start, _p_end, name in people:
        if p_start >= end and _WORDS_RIGHT.fullmatch(sentence[end:p_start]):
            return name, p_start
    return None


def decisions_in_sentence(
    sentence: str, people: Sequence[tuple[int, int, str]] = ()
) -> list[DecisionMatch]:
    """Decision verbs in a sentence with their actor phrase (not yet resolved to a name).

    >>> [d.by for d in decisions_in_sentence("Regionstyrelsen beslutade i maj att pausa.")]
    ['Regionstyrelsen']
    """
    found = []
    for match in _VERB_PATTERN.finditer(sentence):
        form = match.group(1).lower()
        lemma = _LEMMA[form]
        if lemma == "ge i uppdrag" and "uppdrag" not in form and not re.match(
            r"[^.;:]{0,70}?\bi uppdrag\b", sentence[match.end() :]
        ):
            continue  # "gav regiondirektören i uppdrag": the object sits inside the phrase
        if form in _INFINITIVES and re.search(r"\batt\s$", sentence[: match.start()]):
            continue
        if form in ("togs", "tagits", "fattades", "fattats") and not re.search(
            r"[Bb]eslut\w*\s(?:\w+\s){0,3}$", sentence[: match.start()]
        ):
            continue
        passive = bool(_PASSIVE.search(form.split()[0])) and " " not in form
        by: tuple[str, int] | None = None
        if passive:
            agent = re.match(r"\s(?:[\w\s]{0,30}?\s)?(?:av|i(?=\s\S*(?:fullmäktige|styrelsen|nämnden)\b))\s", sentence[match.end() :])
            if agent:
                after = body_phrase_after(sentence[match.end() + agent.end() :])
                by = (after[0], match.end() + agent.end() + after[1]) if after else None
                if by is None:
                    name = re.match(r"[A-ZÅÄÖ][\w-]+(?:\s[A-ZÅÄÖ][\w-]+)*", sentence[match.end() + agent.end() :])
                    by = (name.group(), match.end() + agent.end()) if name else None
        else:
            before = body_phrase_before(sentence[: match.start()].rstrip())
            after = body_phrase_after(sentence[match.end() :].lstrip())
            person = _person_near(sentence, match.start(), match.end(), people)
            if person is not None:
                by = person
            elif before is not None:
                by = before
            elif after is not None:
                by = (after[0], match.end() + 1 + after[1])
        window = sentence[max(0, match.start() - 40) : match.start()]
        window = re.split(r"[,;:]\s", window)[-1]  # a cue in another clause says nothing of this verb
        planned = bool(_PLANNED_CUES.search(window))
        first = form.split()[0]
        present = (
            bool(_PRESENT.search(first))
            and form not in {"beslutat", "godkänt", "fastställt", "utsett", "antagit"}
            and not first.endswith(("des", "tes", "ts", "gs"))  # past passives: "fattades beslut"
        )
        if form in _INFINITIVES:
            planned = True
        if present and not passive or present and passive and form.endswith(("as", "s")) and not form.endswith(("des", "ts", "gs")):
            planned = True
        if by is None and lemma in _NEEDS_ACTOR and not passive:
            continue  # "Vårdförbundet ställde sig bakom kritiken" is no formal decision
        what = _clause(sentence, match.start())
        found.append(
            DecisionMatch(lemma, match.start(), match.end(), by[0] if by else None, by[1] if by else None, what, planned, passive)
        )
    return found
