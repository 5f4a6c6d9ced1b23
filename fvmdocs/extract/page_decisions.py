"""A page's decisions: who decided what and when, each decision once.

``decisions_in_sentence`` finds the decision verbs of one sentence; this module reads them in
page order, resolves the decider (a person, a known body, "Styrelsen" for the body named
before) and the date (the verb's clause, "samtidigt", "Beslutet fattades den …"), and merges
mentions of one decision (a headline, a lead and the body telling it again).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from fvmdocs.extract.context import PageContext, fact_date, is_heading, published_date
from fvmdocs.extract.decisions import (
    BODY_NOUNS,
    DECISION_VERBS,
    DecisionMatch,
    decisions_in_sentence,
    definite_body,
    office_noun,
)
from fvmdocs.extract.facts import Decision, FactDate, Role
from fvmdocs.extract.people import antecedent

__all__ = ["page_decisions"]


_HOME = "Västra Götalandsregionen"


def _resolve_actor(phrase: str, ctx: PageContext, roles: list[Role]) -> str:
    """A decision's actor as a name: a person, a known body, or the phrase in lower case."""
    for mention in ctx.mentions:
        if mention.text == phrase:
            return mention.person
    court = _court_named(ctx, phrase)
    if court is not None:
        return court
    owned = re.fullmatch(r"(?P<owner>.+?)(?::s|s)\s(?P<body>\S+)", phrase)
    if owned and ctx.board is not None and owned.group("body").lower() == "styrelse" and ctx.board.lower().endswith(" " + owned.group("owner").lower()):
        return ctx.board  # "NU-sjukvårdens styrelse" on a page about "styrelsen för NU-sjukvården"
    if owned and ctx.orgs.resolve(owned.group("owner")) == _HOME:
        # "Västra Götalandsregionens regionstyrelse" is regionstyrelsen, named in its definite form
        phrase = definite_body(owned.group("body"))
    if ctx.board is not None and phrase.lower() == "sjukhusstyrelsen":
        return ctx.board  # "Sjukhusstyrelsen godkände" on a page about "styrelsen för SÄS"
    resolved = ctx.orgs.resolve(phrase)
    if resolved is not None:
        return resolved
    place = re.search(r"\s(?:i|vid|för|på|inom)\s([A-ZÅÄÖ].*)$", phrase)
    if place is not None:
        # "Regionstyrelsen i Västra Götaland" is regionstyrelsen; "regionstyrelsen i Region Skåne"
        # and "kommunstyrelsen i Borås" keep the place the text gives
        resolved = ctx.orgs.resolve(phrase[: place.start()])
        home = ctx.orgs.resolve(place.group(1)) == _HOME or place.group(1).startswith("Västra Götaland")
        if resolved is not None and home:
            return resolved
        return _as_written(phrase)
    office = office_noun(phrase)
    holders = {role.person for role in roles if role.title.lower() == office}
    if len(holders) == 1:
        return holders.pop()  # "regiondirektören" on a page that names the regiondirektör
    lowered = _as_written(phrase)
    if ctx.board is not None and re.fullmatch(r"[a-zåäö]+(?:ets|ens)\sstyrelse", lowered):
        return ctx.board  # "sjukhusets styrelse" on a page about "styrelsen för SÄS"
    if lowered == "styrelsen" and ctx.board is not None:
        return ctx.board  # "Styrelsen fattade fyra beslut" on a page about "styrelsen för NU-sjukvården"
    if " " not in lowered and lowered in ("styrelsen", "fullmäktige", "nämnden", "ledningsgruppen"):
        indefinite = {"styrelsen": "styrelse", "nämnden": "nämnd", "ledningsgruppen": "ledningsgrupp"}.get(lowered, lowered)
        owner = re.search(rf"\b([A-ZÅÄÖ][\w-]*(?::s|s))\s{indefinite}\b", ctx.text)
        if owner is not None:
            return _as_written(f"{owner.group(1)} {indefinite}")  # "Västkoms styrelse ... Styrelsen"
    if " " not in lowered and lowered.endswith(("styrelsen", "nämnden", "fullmäktige")):
        # "Styrelsen" after "Regionstyrelsen ..." is the body named before.
        compounds = re.findall(r"\b(\w+" + re.escape(lowered) + r")\b", ctx.text, re.IGNORECASE)
        for earlier in compounds:
            named = ctx.orgs.resolve(earlier.lower()) or ctx.orgs.resolve(earlier)
            if named:
                return named
        if len({c.lower() for c in compounds}) == 1:
            return compounds[0].lower()  # "kulturnämnden ... Nämnden", a body the lexicon lacks
    return lowered


_SAME_OCCASION = re.compile(
    # "samma dag som införandet pausades" dates by another event, not by the decision told before
    r"\b(?:[Ii] samma (?:beslut|ärende)|[Ss]amtidigt|[Ss]amma dag(?!\s+som\b)|[Vv]id samma (?:möte|sammanträde)|[Pp]å samma (?:möte|sammanträde)"
    r"|[Dd]å (?:också|även)|[Ii] samband med (?:utnämningen|beslutet|det|detta))\b"
)
# An election told as part of the sitting before: "Samma kväll valdes X till regionråd".
_SAME_SITTING = re.compile(r"\b(?:[Ss]amma (?:kväll|dag|eftermiddag)|[Ss]amtidigt|[Dd]ärefter|[Vv]id samma (?:möte|sammanträde))\b")
_TOLD_DECISION = re.compile(r"(?:fattade|fattat|tog|tagit)\s(?:[\w-]+\s){0,3}?beslutet\b(?!\s+(?:om|att)\b)", re.IGNORECASE)
_REFERS_BACK = re.compile(
    r"(?:^\s*|,\s(?:och|men)\s)(?:[Bb]eslutet|Det beslutet|Detta beslut)\s(?:(?:om|att|från|av)\s(?:[\w-]+\s){1,4}?)?"
    r"(?:fattades|togs|har\sfattats|har\stagits)\b"
)
# "regiondirektörens beslut förra veckan att pausa", "styrelsens beslut": the owner decided.
_GENITIVE_DECIDER = re.compile(r"\b(?P<owner>[\w-]+?)(?::s|s)\s(?:[\w-]+\s)?beslut(?:et)?\b", re.IGNORECASE)


_COURT_KINDS = ("förvaltningsrätt", "kammarrätt", "tingsrätt", "hovrätt")
_COURT = re.compile(
    r"\b(?:[A-ZÅÄÖ][\w-]*s\s(?:förvaltningsrätt|kammarrätt|tingsrätt|hovrätt)\b"
    r"|(?:förvaltningsrätten|kammarrätten|tingsrätten|hovrätten)(?:\si\s[A-ZÅÄÖ][\w-]*)?)",
    re.IGNORECASE,
)


def _court_named(ctx: PageContext, phrase: str) -> str | None:
    """A court as the page first names it: "Domstolen" and a bare "förvaltningsrätten" after
    "förvaltningsrätten i Göteborg" are that court."""
    lowered = phrase.lower()
    if lowered not in ("domstolen", "rätten") and _COURT.fullmatch(phrase) is None:
        return None
    if " " in lowered:
        # "Förvaltningsrätten i Göteborg", "Göteborgs tingsrätt": named in full already
        return phrase if re.match(r"[A-ZÅÄÖ][\w-]*s\s", phrase) else phrase[0].lower() + phrase[1:]
    kind = next((k for k in _COURT_KINDS if k in lowered), None)
    for named in _COURT.finditer(ctx.text):
        text = named.group()
        if " " in text and (kind is None or kind in text.lower()):
            return text if re.match(r"[A-ZÅÄÖ][\w-]*s\s", text) else text[0].lower() + text[1:]
    return None


def _as_written(phrase: str) -> str:
    """A body's name in lower case unless its first word is a name: "Regionstyrelsen" ->
    "regionstyrelsen", but "Västkoms styrelse" and "SKR:s styrelse" stay as written."""
    first = phrase.split()[0]
    if phrase[:2].isupper() or " " in phrase and re.fullmatch(r"[A-ZÅÄÖ][\w-]*(?<!en)(?<!et)(?<!na)(?::s|s)", first):
        return phrase
    return phrase[0].lower() + phrase[1:]


def page_decisions(ctx: PageContext, roles: list[Role]) -> list[Decision]:
    """The decisions a page tells, in page order, each decision once."""
    trail = _Trail(ctx, roles)
    for start, end in ctx.sentences:
        trail.read_sentence(start, end)
    # "Anna Ek har utsetts till …", "Två granskare fick i uppdrag att …": no one named decided
    decided = [d for d, lemma in zip(trail.decisions, trail.lemmas, strict=True) if d.by is not None or lemma not in _NEEDS_DECIDER]
    return _without_summaries(_without_restatements(decided))


_NEEDS_DECIDER = frozenset(["utse", "få i uppdrag", "välja till"])


# A body alone on a line: "Regionstyrelsen fick en lägesrapport. Styrelsen" before "godkände …,".
_BARE_BODY = re.compile(r"(?:[A-ZÅÄÖ][\w-]*(?::s|s)\s)?[\w-]*(?:[Ss]tyrelsen|[Nn]ämnden|fullmäktige|[Ss]tyrgruppen|[Ll]edningen)")


_FIRST_PERSON = re.compile(
    r"\bjag(?=\s(?:(?:har|hade|också|därför|även|nu|redan)\s)*(?:beslutat|beslutade|beslöt|fattat|fattade|utsett|utsåg)\b)"
)
_SAID_BY = re.compile(r",\s(?:säger|sa|sade)\s")
# "Patrik Ek berättade att han på söndagskvällen beslutade att …": the subject of the "att" clause.
_EMBEDDED_PRONOUN = re.compile(
    r"\batt\s(han|hon)(?=\s(?:[\w-]+\s){0,2}(?:beslutade|beslutat|beslöt|fattade|utsåg|utsett)\b)"
)
_PRONOUN = re.compile(r"\s*(Hon|Han)(?=\s(?:(?:har|hade|också|även|nu|redan|själv)\s)*(?:beslutat|beslutade|beslöt|fattat|fattade|utsett|utsåg|gett|gav))")


def _with_subject(
    sentence: str, people: list[tuple[int, int, str]], subject: str | None, cut: int = 0
) -> list[DecisionMatch]:
    """The decisions of a sentence; a list item that opens with its verb ("godkände ett avtal …,")
    read with the body named alone before the list; "Hon har beslutat" read with the person the
    pronoun refers to (``cut``: how many characters of the sentence the subject replaces)."""
    if subject is None:
        return decisions_in_sentence(sentence, people)
    shift = len(subject) + 1 - cut
    named = [(0, len(subject), subject)] if cut else []
    found = decisions_in_sentence(
        f"{subject} {sentence[cut:]}", named + [(a + shift, b + shift, p) for a, b, p in people if a >= cut]
    )
    return [
        replace(
            m,
            verb_start=max(0, m.verb_start - shift),
            verb_end=max(0, m.verb_end - shift),
            by_start=None if m.by_start is None else max(0, m.by_start - shift),
        )
        for m in found
    ]


_MEETING = re.compile(r"\b(?:sammanträde[nt]?|sammanträdde|möte[nt]?|möttes|beslut i korthet)\b", re.IGNORECASE)
_MAX_ITEMS = 10
_COUNT_WORDS = {"två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "följande": _MAX_ITEMS}
# A decision sentence that ends where its list of what was decided begins.
_OPENS_ITEMS = re.compile(r"\b(?:att|om|följande)\s*:?\s*$")
_COUNTED = re.compile(r"\b(två|tre|fyra|fem|sex|sju|följande)\s+beslut\b[^:]*:\s*$", re.IGNORECASE)
_TAKES_UP = re.compile(r"\b(?:behandlade|behandlat|tog upp|har tagit upp|prövade|prövat)\b")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A deciding body named by its definite noun: "kulturnämnden", "regionstyrelsen", "fullmäktige".
_BODY_WORD = re.compile(r"(?<![\w-])[a-zåäö][\w-]*(?:styrelsen|nämnden|fullmäktige|styrgruppen|utskottet)(?![\w-])")


def _page_meeting(ctx: PageContext) -> tuple[str, FactDate] | None:
    """The meeting a page reports on, named with its body and day in the headline or the lead:
    "Beslut i korthet från regionstyrelsen den 14 oktober", "… på sitt sammanträde i tisdags"."""
    for start, end in ctx.sentences[:3]:
        meeting = _meeting_in(ctx, start, end)
        if meeting is not None:
            return meeting
    return None


def _meeting_in(ctx: PageContext, start: int, end: int) -> tuple[str, FactDate] | None:
    """The body and day of a meeting one sentence reports on, if it names exactly one day."""
    sentence = ctx.text[start:end]
    if _MEETING.search(sentence) is None or _EARLIER.search(sentence):
        return None
    body = _body_named(ctx, sentence, [])
    days = {
        t.value: t
        for t in ctx.timexes_in(start, end)
        if t.type == "DATE" and _DAY_VALUE.fullmatch(t.value) and (ctx.published is None or t.begin <= ctx.published.isoformat())
    }
    if body is not None and len(days) == 1:
        return body, fact_date(days.popitem()[1])
    return None


@dataclass(frozen=True)
class _Items:
    """A list of decisions a sentence announced: items left, the announcing decision, and
    whether that decision still stands in for the items (until the first one is read)."""

    left: int
    opener: Decision
    standing: bool = True
    lower: bool | None = None  # whether the items open in lower case ("att …,"), once one is read


class _Trail:
    """The decisions told so far on a page, and the steps that place a new mention among them.

    A mention is either a decision of its own or one told before (a headline, a lead, the body
    telling it again, "Beslutet fattades den …" completing it); the steps below decide which.
    """

    def __init__(self, ctx: PageContext, roles: list[Role]) -> None:
        self.ctx = ctx
        self.roles = roles
        self.decisions: list[Decision] = []
        self.lemmas: list[str] = []  # the verb each decision was told with, in step with decisions
        # the body, and the date, that the sentence before said took up a matter
        self.treated: tuple[str, FactDate | None] | None = None
        # the body that decided in the sentence before, and when: whose vote an agentless
        # "Oppositionens förslag ... avslogs" is
        self.voting: tuple[str, FactDate | None] | None = None
        self.meeting = _page_meeting(ctx)
        self.items: _Items | None = None  # the list "fattade tre beslut om …:" opened
        self.opener: Decision | None = None  # the decision the sentence before told, if any
        self.previous: tuple[int, int] | None = None  # the sentence before
        self.subject: str | None = None  # "Styrelsen" alone on a line, before items that open with a verb

    def read_sentence(self, start: int, end: int) -> None:
        try:
            self._read(start, end)
        finally:
            self.previous = (start, end)

    def _read(self, start: int, end: int) -> None:
        sentence = self.ctx.text[start:end]
        people = [(m.start - start, m.end - start, m.person) for m in self.ctx.mentions_in(start, end)]
        if self._list_item(start, end, sentence):
            self.opener = None
            return
        entry = self._past_chronology_entry(start, end)
        if _is_headline(sentence):
            # "Beslut i korthet från regionstyrelsen den 10 november" heading a section of the page
            self.meeting = _meeting_in(self.ctx, start, end) or self.meeting
        item = sentence.lstrip()[:1].islower()
        subject = self.subject if item else None
        # the body alone on its line, or the one the items before it were read with
        self.subject = self._bare_body(sentence.strip()) if _BARE_BODY.fullmatch(sentence.strip()) else subject
        pronoun = _PRONOUN.match(sentence) or _EMBEDDED_PRONOUN.search(sentence)
        referent = None
        if subject is None and pronoun is not None:
            earlier = [m for m in self.ctx.mentions if m.end <= start + pronoun.start(1)]
            referent = antecedent(earlier, pronoun.group(1))
        speaker = self._quoted_decider(start, end, sentence) if subject is None and referent is None else None
        if referent is not None and pronoun is not None:
            matches = _with_subject(sentence, people, referent, pronoun.end(1))  # "Hon har beslutat att …"
        elif speaker is not None:
            matches = _with_subject(sentence, people, speaker[0], speaker[1])  # "… har jag beslutat att …, säger X"
        else:
            matches = _with_subject(sentence, people, subject)
        for match in matches:
            if entry is not None:
                self._place_entry(match, start, end, entry)
            elif not match.planned:
                self._place(match, start, end, sentence)
        self.treated = self._takes_up(start, end, sentence)
        last = self.decisions[-1] if self.decisions and self.decisions[-1].provenance.start == start else None
        counted = _COUNTED.search(sentence)
        if last is not None and counted:
            self.items = _Items(_COUNT_WORDS[counted.group(1).lower()], last)
        elif last is not None and _OPENS_ITEMS.search(sentence):
            # "Regiondirektören beslutade också att" and a list of what: one decision per item
            self.items = _Items(_MAX_ITEMS, last)
        self.opener = last
        told = [d for d in self.decisions if d.provenance.start == start and d.by is not None]
        self.voting = (told[-1].by, told[-1].date) if told and told[-1].by is not None else None

    def _quoted_decider(self, start: int, end: int, sentence: str) -> tuple[str, int] | None:
        """ "– Därför har jag också beslutat att …, säger Maja Ek, chefläkare": the speaker decided;
        the speaker and where the sentence's "jag" ends."""
        first_person = _FIRST_PERSON.search(sentence)
        said = _SAID_BY.search(sentence)
        if first_person is None or said is None or said.start() < first_person.end():
            return None
        named = [m for m in self.ctx.mentions_in(start, end) if m.start - start >= said.end()]
        if not named or named[0].start - start > said.end() + 60:
            return None
        return named[0].person, first_person.end()

    def _bare_body(self, body: str) -> str:
        """ "Regionstyrelsen fick en lägesrapport. Styrelsen": the body the sentence before names."""
        if " " in body or self.previous is None:
            return body
        before = self.ctx.text[self.previous[0] : self.previous[1]]
        named = re.findall(rf"\b[\w-]+{re.escape(body.lower())}\b", before)
        return named[-1] if named else body

    def _takes_up(self, start: int, end: int, sentence: str) -> tuple[str, FactDate | None] | None:
        """ "I november 2023 behandlade regionfullmäktige vår motion.": the body, and its date,
        that an agentless "Motionen avslogs." in the next sentence refers to."""
        if _TAKES_UP.search(sentence) is None:
            return None
        body = _body_named(self.ctx, sentence, self.roles)
        if body is None:
            return None
        dated = [t for t in self.ctx.timexes_in(start, end) if t.type == "DATE"]
        return body, fact_date(dated[0]) if dated else None

    def _list_item(self, start: int, end: int, sentence: str) -> bool:
        """An item of a list that "X fattade tre beslut om …:" opened: one decision each, made
        by X on the announced date; the announcing sentence gives way to its items."""
        opener = self.opener
        if self.items is None and opener is not None and re.match(r"\s*att\s", sentence) and not re.search(r"\b(?:att|om)\b", opener.what):
            # "Styrelsen beslutade vid sammanträdet den 13 februari" and items that open with "att"
            self.items = _Items(_MAX_ITEMS, opener)
        items = self.items
        if items is None:
            return False
        opening = sentence.lstrip()[:1]
        changed = items.lower is not None and opening.islower() != items.lower  # "att …," items, then "Planen ska …"
        if items.left <= 0 or opening in ("–", "-") or (_is_headline(sentence) and opening.isupper()) or changed:
            self.items = None
            return False
        if items.standing:
            index = self.decisions.index(items.opener)
            del self.decisions[index]
            del self.lemmas[index]
        opener = items.opener
        self.items = _Items(items.left - 1, opener, standing=False, lower=opening.islower())
        if any(
            d.by == opener.by and d.date == opener.date and re.match(rf"\s*att\s{DECISION_VERBS[lemma][3]}\b", sentence)
            for d, lemma in zip(self.decisions, self.lemmas, strict=True)
        ):
            return True  # "att ställa sig bakom regiondirektörens beslut" after "ställde sig regionstyrelsen bakom"
        self.decisions.append(Decision(opener.by, sentence.strip(), opener.date, "happened", self.ctx.provenance(start, end)))
        self.lemmas.append("besluta")
        return True

    def _past_chronology_entry(self, start: int, end: int) -> FactDate | None:
        """ "Juni 2019: Västkoms styrelse beslutar att …": the date of an entry of a "Det här har
        hänt" list, whose present tense is historical because that date is past."""
        ctx = self.ctx
        label = next((t for t in ctx.timexes_in(start, end) if t.start == start), None)
        if label is None or ctx.published is None or not label.end_date or label.type != "DATE":
            return None
        if not ctx.text.startswith(":", label.end) or (label.begin or "") > ctx.published.isoformat():
            return None  # a label of a month still to come is a plan, not a chronology entry
        return fact_date(label)

    def _place_entry(self, match: DecisionMatch, start: int, end: int, label: FactDate) -> None:
        """A chronology entry dated by its label, unless it sums up a decision the page told
        with a day inside that time ("Maj 2022: Regionstyrelsen godkänner …" after "den 17 maj")."""
        by = self._decider(match, start, self.ctx.text[start:end])
        if any(
            d.by == by and lemma == match.lemma and _within(d.date, label)
            for d, lemma in zip(self.decisions, self.lemmas, strict=True)
        ):
            return
        self.decisions.append(Decision(by, match.what, label, "happened", self.ctx.provenance(start, end)))
        self.lemmas.append(match.lemma)

    def _place(self, match: DecisionMatch, start: int, end: int, sentence: str) -> None:
        if match.passive and match.by is None and any(d.provenance.start == start for d in self.decisions):
            return  # "Det beslutade regionstyrelsen, när tidplanen fastställdes": the same occasion
        by = self._decider(match, start, sentence)
        handled = self.treated
        if handled is None and (match.lemma in ("avslå", "bifalla") or match.lemma == "välja till" and _SAME_SITTING.search(sentence)):
            # "Fullmäktige biföll … Oppositionens förslag … avslogs.", "Samma kväll valdes X till …"
            handled = self.voting
            if handled is not None and match.lemma == "välja till" and handled[0] in {m.person for m in self.ctx.mentions}:
                handled = None  # an election is an assembly's, not a person's
        taken_up = by is None and match.passive and handled is not None
        inherited = False
        if taken_up and handled is not None:
            by = handled[0]
        # a decision named by its noun ("efter ett beslut av X") is dated by its sentence
        dated = _decision_timexes(self.ctx, start, end, sentence, match.verb_start, whole_sentence=match.nominal)
        if match.nominal:
            # "efter ett beslut av regiondirektören i september": the date right after the decider
            dated = sorted(dated, key=lambda t: not 0 <= t.start - start - match.verb_end <= 40)
        date_fact = fact_date(dated[0]) if dated else None
        referred = match.nominal or re.search(r"\b(?:sitt|sina)\sbeslut\b", match.what) is not None
        if referred and date_fact is not None and any(
            d.by == by and d.date is not None and d.date.value == date_fact.value for d in self.decisions
        ):
            return  # "… godkänts av Etikprövningsmyndigheten, som fattade sitt beslut i augusti": told already
        if taken_up and date_fact is None and handled is not None and not (handled[1] and handled[1].from_published):
            date_fact = handled[1]
        if _SAME_OCCASION.search(sentence) and (self.decisions or self.previous):
            told_before, occasion = self._occasion_date(match, start, sentence, by, dated)
            if told_before and by is None and match.lemma in ("få i uppdrag", "välja till"):
                # "Beslutet togs av X. I samma beslut fick varje klinik i uppdrag att …", "Vid samma
                # sammanträde valdes …": the decider of that decision, or of the latest meeting told
                ref = self._occasion_decision(sentence, bodies_only=match.lemma == "välja till")
                if ref is not None:
                    by, occasion = ref.by, ref.date
            if told_before:
                if by is None:
                    return  # "Samma dag beslutades att ...": the decision told before, continued
                date_fact = occasion
                inherited = True  # "Ledningen beslutade samtidigt att …": another decision that day
        if by is None and match.lemma == "välja till":
            return  # "Sofia Rahimi valdes i våras till ordförande": no assembly named
        if _REFERS_BACK.search(sentence) and self._completes_previous(match, by, date_fact):
            return
        if self.decisions and _TOLD_DECISION.match(match.what) and by in (None, self.decisions[-1].by):
            # "Styrelsen fattade beslutet vid ett extra sammanträde på tisdagen": the one told
            earlier = self.decisions[-1]
            if date_fact is not None and (earlier.date is None or earlier.date.from_published):
                self.decisions[-1] = replace(earlier, date=date_fact)
            return
        if date_fact is None and by is not None:
            date_fact = _sitting_named(self.ctx, start, sentence, by)
        if date_fact is None:
            repeated, date_fact = self._meeting_date(match, sentence, by)
            if repeated:
                return
            if date_fact is None and self._at_reported_meeting(match, sentence, by):
                date_fact = self.meeting[1] if self.meeting else None
            inherited = date_fact is not None
        also = re.search(r"\b(?:också|även|dessutom)\b", sentence[match.verb_start : match.verb_start + 40]) is not None
        if not inherited and not also and date_fact is not None and by is not None and self._told_on_that_day(match, by, date_fact):
            return
        if date_fact is not None:
            _absorb_undated(self.decisions, self.lemmas, by)
        provenance = self.ctx.provenance(start, end)
        when = date_fact or published_date(self.ctx.published)
        self.decisions.append(Decision(by, match.what, when, "happened", provenance))
        self.lemmas.append(match.lemma)

    def _decider(self, match: DecisionMatch, start: int, sentence: str) -> str | None:
        """Who decided: the phrase the verb names, else the one body the sentence names; for
        "Beslutet fattades …" with no one named, the owner of the decision named before."""
        ctx = self.ctx
        by = self._board_mentioned_before(match, start, sentence) or self._board_named_before(match.by) or (
            _resolve_actor(match.by, ctx, self.roles)
            if match.by
            # "valdes X till ordförande i regionstyrelsen", "fick regionstyrelsen i uppdrag": the
            # body of the post, or the one commissioned, did not decide
            else _body_in(ctx, _verb_clause(sentence, match)) if match.lemma not in ("välja till", "få i uppdrag") else None
        )
        if by is None and _REFERS_BACK.search(sentence) and not (self.decisions and self.decisions[-1].by):
            by = _genitive_decider(ctx, start, self.roles)  # "X:s beslut ... Beslutet fattades den 20 november"
        return _qualified(by, self.decisions)

    def _board_mentioned_before(self, match: DecisionMatch, start: int, sentence: str) -> str | None:
        """ "När regionstyrelsen den 19 oktober beslutade … Redan i december hade styrelsen flyttat":
        a bare "styrelsen" is the board named just before, in its sentence or the one before."""
        if match.by is None or match.by_start is None:
            return None
        noun = match.by.lower()
        if noun in _BARE_BODIES:
            # "Läkemedelskommittén … Kommittén ställde sig bakom": the compound named just before
            before = self.ctx.text[self.previous[0] : self.previous[1]] if self.previous is not None else ""
            before += " " + sentence[: match.by_start]
            named = [n for n in re.findall(rf"(?:\b\w+-\s(?:och|eller)\s)?\b[\w-]+{noun}\b", before, re.IGNORECASE) if n.lower() != noun]
            return _resolve_actor(named[-1], self.ctx, self.roles) if named else None
        if noun != "styrelsen":
            return None
        before = sentence[: match.by_start]
        if self.previous is not None:
            before = self.ctx.text[self.previous[0] : self.previous[1]] + " " + before
        named = [n for n in _BOARD_MENTION.findall(before) if n.lower() != "styrelsen"]
        if not named:
            return None
        board = self.ctx.board
        if board is not None and board.lower().startswith(named[-1].lower()):
            return board
        return _resolve_actor(named[-1], self.ctx, self.roles)

    def _at_reported_meeting(self, match: DecisionMatch, sentence: str, by: str | None) -> bool:
        """Whether an undated decision of a meeting report's body was taken at that meeting:
        not a headline, and not placed earlier ("har tidigare beslutat")."""
        return (
            self.meeting is not None
            and by == self.meeting[0]
            and not _EARLIER.search(_main_part(sentence, match))
            and not _is_headline(sentence)
        )

    def _board_named_before(self, phrase: str | None) -> str | None:
        """ "Styrelsen", "Nämnden", "Ledningen" after a board, committee or management decided: the
        last such decider ("styrelsen för Södra Älvsborgs sjukhus godkände … Styrelsen beslutade
        samtidigt")."""
        if phrase is None:
            return None
        lowered = phrase.lower()
        if " " not in lowered and lowered.endswith("styrelsen") and lowered != "styrelsen":
            # "Avdelningsstyrelsen" after "avdelningsstyrelsen för Vision Västra Götalandsregionen" decided
            full = next((d.by for d in reversed(self.decisions) if d.by and d.by.lower().startswith(lowered + " ")), None)
            if full is not None:
                return full
        if lowered == "myndigheten":
            # "Konkurrensverket utredde … Myndigheten beslutade": the agency named last before
            agencies = re.findall(r"\b(?:[A-ZÅÄÖ][\w-]*(?:verket|myndigheten|inspektionen)|I[VM][OY])\b", self.ctx.text)
            return agencies[-1] if agencies else None
        if phrase.lower() in ("ledningen", "kollegiet"):
            # "Sjukhusledningen beslutade … Ledningen beslutade samtidigt": the management that decided
            # "Sjukhusledningen på Södra Älvsborgs sjukhus beslutade … Ledningen beslutade samtidigt"
            word = re.compile(rf"{phrase.lower()}\b")
            return next((d.by for d in reversed(self.decisions) if d.by and word.search(d.by.lower())), None)
        if phrase.lower() not in ("styrelsen", "nämnden", "styrgruppen"):
            return None
        head = re.compile(rf"(?<![\w-]){phrase.lower()[:-2]}")  # "Västkoms styrelse", not "regionstyrelsen"
        named = next((d.by for d in reversed(self.decisions) if d.by and head.search(d.by.lower())), None)
        # "barn- och utbildningsnämnden ... Nämnden": a shared-prefix name ending in the noun
        shared = (d.by for d in reversed(self.decisions) if d.by and " och " in d.by and d.by.lower().endswith(phrase.lower()))
        return named or next(shared, None)

    def _occasion_date(
        self, match: DecisionMatch, start: int, sentence: str, by: str | None, dated: list[Any]
    ) -> tuple[bool, FactDate | None]:
        """ "samtidigt", "i samma beslut", "samma dag": whether the sentence is dated by the
        occasion told before (not by a date of its own), and that occasion's date."""
        same = _SAME_OCCASION.search(sentence)
        assert same is not None
        # "gav samtidigt X i uppdrag att sammanställa kostnaderna för november": a date in the
        # "att" clause is what was decided about; "samtidigt" dates it
        in_object = bool(dated) and re.search(r"\batt\s", sentence[match.verb_end : dated[0].start - start]) is not None
        same_day = same.group().lower() == "samma dag"
        told_day = same_day and any(t.text.lower() == "samma dag" and not t.anchored for t in dated)
        if told_day:
            return False, None  # the tagger found the day "samma dag" refers back to
        if dated and not (same_day or in_object):
            own = [d.date for d in self.decisions if by is not None and d.by == by and d.date is not None]
            # a date of its own, unless it is a coarser telling of the day told before ("I samma beslut i oktober")
            finer = [f for f in own if _within(f, fact_date(dated[0])) and f.value != fact_date(dated[0]).value]
            return (True, finer[-1]) if finer else (False, None)
        # the occasion told before: the same body's latest decision (news leads with it; an
        # older one told in between is background), else the last one told
        own = [d.date for d in self.decisions if by is not None and d.by == by and d.date is not None]
        if own:
            return True, max(own, key=lambda f: (not f.from_published, f.begin or ""))
        told = self._told_before_dated()
        if told is not None:
            return True, told  # "… presenterades för ledningsgruppen i tisdags. Ledningsgruppen beslutade samtidigt …"
        if not self.decisions:
            return False, None
        return True, self.decisions[-1].date

    def _told_before_dated(self) -> FactDate | None:
        """The day the sentence before names, when it told no decision: the occasion "samtidigt"
        refers to."""
        if self.previous is None or any(d.provenance.start == self.previous[0] for d in self.decisions):
            return None
        days = [t for t in self.ctx.timexes_in(*self.previous) if t.type in ("DATE", "TIME") and _DAY_VALUE.match(t.value)]
        return fact_date(days[-1]) if days else None

    def _occasion_decision(self, sentence: str, *, bodies_only: bool = False) -> Decision | None:
        """The decision "i samma beslut" continues (the last one told), or the one of the meeting
        "vid samma sammanträde" refers to (the latest told); an election is an assembly's."""
        people = {m.person for m in self.ctx.mentions} if bodies_only else set()
        told = [d for d in self.decisions if d.by is not None and d.date is not None and d.by not in people]
        if not told:
            return None
        if re.search(r"samma beslut", sentence, re.IGNORECASE):
            return told[-1]
        dated = [d for d in told if d.date is not None and not d.date.from_published] or told
        return max(reversed(dated), key=lambda d: (d.date.begin if d.date is not None else None) or "")

    def _completes_previous(self, match: DecisionMatch, by: str | None, date_fact: FactDate | None) -> bool:
        """ "Beslutet fattades …" gives the decision told just before its date or its decider."""
        if not self.decisions:
            return False
        earlier = self.decisions[-1]
        if by is None and date_fact is not None:
            if earlier.by is not None and (earlier.date is None or earlier.date.from_published):
                # "X har utsett Y till programchef. Beslutet fattades i måndags."
                self.decisions[-1] = Decision(earlier.by, earlier.what, date_fact, "happened", earlier.provenance)
                return True
            return False
        vaguer = (
            earlier.date is None
            or earlier.date.from_published
            or date_fact is not None and _within(date_fact, earlier.date) and earlier.date.value != date_fact.value
        )
        if by is not None and by == earlier.by and date_fact is not None and vaguer:
            # "Styrelsen har godkänt planen. Beslutet fattades vid styrelsens möte i måndags.",
            # "Forte beviljade förra veckan …, och beslutet från Forte fattades den 8 september"
            self.decisions[-1] = replace(earlier, date=date_fact)
            return True
        same_time = date_fact is None or earlier.date is None or earlier.date.from_published or earlier.date.value == date_fact.value
        if by is not None and earlier.by is not None and by != earlier.by and same_time and by in {m.person for m in self.ctx.mentions}:
            return True  # "Beslutet har fattats av avdelningschefen X": the official who signed the body's decision
        if by is not None and earlier.by is None:
            # "X har utsetts till ... Beslutet fattades av regiondirektören i torsdags."
            self.decisions[-1] = Decision(by, earlier.what, date_fact or earlier.date, "happened", earlier.provenance)
            self.lemmas[-1] = match.lemma
            return True
        return False

    def _meeting_date(self, match: DecisionMatch, sentence: str, by: str | None) -> tuple[bool, FactDate | None]:
        """An undated mention after a dated decision of the same decider: the same decision
        mentioned again (True), or another decision of that meeting, dated by it."""
        told = [d for d in self.decisions if (d.by == by or by is None) and d.date is not None and not d.date.from_published]
        if any(len(_common_words(d.what, match.what)) >= 2 for d in told):
            return True, None  # the same decision mentioned again after another one: two words in common
        previous = next((d for d in reversed(self.decisions) if d.by == by or by is None), None)
        if previous is None or previous.date is None or previous.date.from_published:
            return False, None
        if _same_object(previous.what, match.what):
            return True, None  # the same decision mentioned again
        main = _main_part(sentence, match)
        if _EARLIER.search(main) and by is not None:
            return False, None  # "har tidigare beslutat att ...": another decision, of another time
        # "Yrkandet avslogs av styrelsen": a passive naming its decider is a decision of its own, and so
        # is a commission or an appointment after another decision of that body
        own_clause = _another_decision(main, match.by_start, by) or bool(match.passive and match.by)
        commission = match.lemma in ("ge i uppdrag", "utse", "välja till") and self.lemmas[self.decisions.index(previous)] != match.lemma
        if not own_clause and not commission:
            return True, None
        # "Regionfullmäktige antog budgeten ... utsåg ...": more decisions of the meeting told
        return False, previous.date

    def _told_on_that_day(self, match: DecisionMatch, by: str, date_fact: FactDate) -> bool:
        """The lead and the body tell one decision, its day worded twice ("I måndags", "vid
        måndagens möte"), with the same verb; "I samma beslut gav X i uppdrag …" is another
        decision of that day. A headline dated only by the page is replaced, not kept."""
        return any(
            d.by == by
            and d.date is not None
            and not d.date.from_published
            and d.date.value == date_fact.value
            and (lemma == match.lemma or _tells_verb(d.what, match.lemma) or _tells_verb(match.what, lemma))
            for d, lemma in zip(self.decisions, self.lemmas, strict=True)
        )


# Words that say an undated decision was taken at another time than the one told before.
_EARLIER = re.compile(r"\b(?:tidigare|redan|förra|sedan|då|dessförinnan|året innan|i fjol)\b", re.IGNORECASE)
_FUNCTION = frozenset(["beslut", "beslutet", "besluta", "beslutade", "också", "samtidigt", "därefter", "dessutom", "under", "efter", "inför", "enligt"])


def _object_words(what: str) -> set[str]:
    """Content words of a decision's phrase after its verb, cut to a stem of six letters."""
    words = re.findall(r"[a-zåäö][\w-]{4,}", what.lower())[1:]
    stems = {w[:6] for w in words if w not in _FUNCTION and not w.endswith(BODY_NOUNS)}
    return stems - _SETTING


# Stems of what nearly every decision on these pages names ("sjukhuset", "införandet",
# "Millennium"): sharing them does not make two decisions one.
_SETTING = frozenset(["sjukhu", "region", "kommun", "införa", "millen", "system", "arbete", "verksa"])


def _main_part(sentence: str, match: DecisionMatch) -> str:
    """The sentence up to what was decided: "tidigare" in "… att rapporten lämnas i februari, i
    stället för i mars som det tidigare var tänkt" says nothing of when the decision was taken."""
    obj = re.compile(r"\b(?:att|om)\s").search(sentence, match.verb_end)
    return sentence if obj is None else sentence[: obj.start()]


def _another_decision(sentence: str, by_start: int | None, by: str | None) -> bool:
    """ "Regionfullmäktige antog budgeten för 2026.": a main clause of its own that opens with the
    body, not "Styrelsen gav också ..." (the same decision continued) nor "den plan som X antog"."""
    if by is None or by_start is None or sentence[:by_start].strip() and not re.search(r",\s(?:men|och)\s$", sentence[:by_start]):
        return False  # the body opens the sentence, or a clause of its own after ", men"
    return not _EARLIER.search(sentence)


def _tells_verb(what: str, lemma: str) -> bool:
    """Whether a decision's phrase tells the other verb too: "beslutade att ställa sig bakom
    beslutet" and "ställde sig bakom beslutet" are one decision."""
    words = [w[:4] for w in what.lower().split()]
    return " " in lemma and all(w[:4] in words for w in lemma.split())


def _is_headline(sentence: str) -> bool:
    """A heading or headline ("Regionfullmäktige godkände ny plan"); a line that opens a list
    with a colon, or a list item ending with a comma, is none."""
    return is_heading(sentence) and not sentence.rstrip().endswith((":", ",", ";"))


def _common_words(first: str, second: str) -> set[str]:
    """The content stems two decision phrases share, names left out ("Oracle Health" is a party
    to many decisions, not what one is about)."""

    def stems(what: str) -> set[str]:
        return _object_words(" ".join(w for w in what.split() if not w[:1].isupper()))

    return stems(first) & stems(second)


def _same_object(first: str, second: str) -> bool:
    """Whether two decision phrases are about the same thing ("planen" in both)."""
    return bool(_object_words(first) & _object_words(second))


def _genitive_decider(ctx: PageContext, before: int, roles: list[Role]) -> str | None:
    """The body or office whose decision the text named last before ``before``, by genitive."""
    owner = None
    for match in _GENITIVE_DECIDER.finditer(ctx.text, max(0, before - 600), before):
        if match.group("owner").lower().endswith(BODY_NOUNS):
            owner = match.group("owner")
    return _resolve_actor(owner, ctx, roles) if owner else None


def _qualified(by: str | None, decisions: list[Decision]) -> str | None:
    """A bare "regionstyrelsen" after "regionstyrelsen i Region Skåne" decided is the same body."""
    if by is None:
        return None
    for earlier in reversed(decisions):
        if earlier.by and earlier.by.lower().startswith(by.lower() + " i "):
            return earlier.by
    return by


def _within(inner: FactDate | None, outer: FactDate | None) -> bool:
    if inner is None or outer is None or outer.from_published or inner.from_published:
        return False
    if not (inner.begin and inner.end and outer.begin and outer.end):
        return False
    return outer.begin <= inner.begin and inner.end <= outer.end


_SUMMARY = re.compile(r"\b(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|flera)\s+beslut\b", re.IGNORECASE)


def _without_summaries(decisions: list[Decision]) -> list[Decision]:
    """ "Styrelsen fattade fyra beslut om utbildning och bemanning" sums up decisions the page
    tells one by one: it is none of its own when the body has at least two others."""
    return [
        d
        for d in decisions
        if not _SUMMARY.search(d.what) or sum(o.by == d.by and not _SUMMARY.search(o.what) for o in decisions) < 2
    ]


def _without_restatements(decisions: list[Decision]) -> list[Decision]:
    """An agentless mention ("Avtalet godkändes i maj") of a decision a body is said to have
    taken on a day within that time ("den 17 maj godkände regionstyrelsen") is the same one."""
    return [
        d
        for d in decisions
        if d.by is not None or not any(o.by is not None and _within(o.date, d.date) for o in decisions)
    ]


def _body_named(ctx: PageContext, sentence: str, roles: list[Role]) -> str | None:
    """The body a sentence names: a known one, else a definite "-nämnden"/"-styrelsen" word."""
    named = _BODY_WORD.search(sentence)
    return _body_in(ctx, sentence) or (_resolve_actor(named.group(), ctx, roles) if named else None)


def _verb_clause(sentence: str, match: DecisionMatch) -> str:
    """The clause of the decision verb: "Ett anbud förkastades i januari, och i tisdags beslutade
    regionstyrelsen …" names no body for the passive."""
    breaks = list(_CLAUSE_BREAK.finditer(sentence))
    start = max((b.end() for b in breaks if b.end() <= match.verb_start), default=0)
    end = min((b.start() for b in breaks if b.start() >= match.verb_end), default=len(sentence))
    return sentence[start:end]


def _body_in(ctx: PageContext, sentence: str) -> str | None:
    """The one deciding body a sentence names: "Beslutet fattades på regionstyrelsens möte"."""
    bodies = {m.name for m in ctx.orgs.find(sentence) if ctx.orgs.kind(m.name) == "body"}
    return bodies.pop() if len(bodies) == 1 else None


_EVENT_NOUN_BEFORE = re.compile(
    r"\b(?:pausen|starten|införandet|återgången|utrullningen|driftstarten|senast|tidigast|"
    r"tillträder|tillträdde|tillträda|från|från och med|fr\.o\.m\.|till och med|t\.o\.m\.|för)\s(?:i\s|den\s|under\s)?$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r",\s(?:och|men|medan|sedan|efter)\s|;\s|:\s")
# "fram till den 20 november 2024, då regiondirektören beslutade": the time "då" points back to
_WHEN_CLAUSE = re.compile(r",\s(?:då|när)\s[^,.;:]{0,60}$")


_SITTING = re.compile(r"\b(?:vid|på)\s(?:sitt\s|ett\s|det\s)?(?P<owner>[\w-]+?)s\s(?:[a-zåäö]+\s)?(?:sammanträde|möte)\s", re.IGNORECASE)


def _sitting_named(ctx: PageContext, start: int, sentence: str, by: str) -> FactDate | None:
    """ "Moderaterna yrkade vid regionstyrelsens sammanträde den 23 november på …, men
    regionstyrelsen avslog yrkandet": the day of the decider's sitting the sentence names."""
    for sitting in _SITTING.finditer(sentence):
        if sitting.group("owner").lower() != by.lower():
            continue
        day = next((t for t in ctx.timexes_in(start + sitting.end(), start + sitting.end() + 25) if t.type == "DATE"), None)
        if day is not None:
            return fact_date(day)
    return None


def _decision_timexes(
    ctx: PageContext, start: int, end: int, sentence: str, verb: int, *, whole_sentence: bool = False
) -> list[Any]:
    """Dates that can be the decision's: in the verb's clause, not another event's date.

    A decision told as taken cannot be dated after the page was published: "gav i uppdrag
    att rapportera i december" is dated by its telling, not by the report.
    """
    when = _WHEN_CLAUSE.search(sentence[:verb])
    if when is not None:
        before = [t for t in ctx.timexes_in(start, start + when.start() + 1) if t.type in ("DATE", "TIME")]
        if before and not sentence[before[-1].end - start : when.start()].strip():
            return [_last_point(before[-1])]
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, verb)), default=0)
    # "I sitt svar på onsdagen skriver X att sjukhusledningen redan har beslutat": the telling's day
    left = max([left] + [m.end() for m in _REPORTED.finditer(sentence, 0, verb)])
    right = next((m.start() for m in _CLAUSE_BREAK.finditer(sentence, verb)), len(sentence))
    if whole_sentence:
        left, right = 0, len(sentence)
    # "Oracle Health, som köpte Cerner i fjol, har utsett …": the subject's relative clause is no date of the decision
    relative = _SUBJECT_RELATIVE.search(sentence[:verb])
    skip = (relative.start(), relative.end()) if relative is not None else (0, 0)
    joined = re.search(r"\soch\s(?:[\w-]+\s){0,2}$", sentence[:verb])
    if joined is not None and not whole_sentence:
        # "undertecknades i går och godkändes av regionstyrelsen den 27 januari": its own clause
        own = _clause_timexes(ctx, start, sentence, max(left, joined.end()), right, verb)
        if own:
            return sorted(own, key=lambda t: abs(t.start - start - verb))
    found = [t for t in _clause_timexes(ctx, start, sentence, left, right, verb) if not skip[0] <= t.start - start < skip[1]]
    return sorted(found, key=lambda t: abs(t.start - start - verb))


_BARE_BODIES = frozenset(["kommittén", "nämnden", "kollegiet", "ledningsgruppen", "utskottet"])
_BOARD_MENTION = re.compile(
    r"\b(?:[\w-]+styrelsen(?=s?\b)|[Ss]tyrelsen\s(?:för|i|vid)\s[A-ZÅÄÖ][\w-]*"
    r"(?:\s(?:[A-ZÅÄÖ][\w-]*|[a-zåäö]*sjukhus|lasarett|kommun|[a-zåäö]*förening))*\b)"
)  # "regionstyrelsens reserv" mentions regionstyrelsen too
_REPORTED = re.compile(
    r"\b(?:skriver|säger|sa|sade|meddelar|uppger|konstaterar|påpekar|berättar|framhåller|menar)\s(?:[\w-]+\s){0,4}?att\s"
)
_SUBJECT_RELATIVE = re.compile(r",\ssom\s[^,.;:]{1,60},\s(?:(?:har|hade|också|även|nu|redan)\s)*$")
# "beslutat att förelägga sjukhuset att åtgärda de brister som uppstod när systemet infördes i
# november": a date in a clause inside the decision's object dates what it is about.
_INSIDE_OBJECT = re.compile(r"\batt\s.*\b(?:som|när|då|där)\s")


def _clause_timexes(ctx: PageContext, start: int, sentence: str, left: int, right: int, verb: int) -> list[Any]:
    found = []
    for timex in ctx.timexes_in(start + left, start + right):
        local = timex.start - start
        if timex.type not in ("DATE", "TIME") or timex.mod in ("BEFORE", "AFTER"):
            continue
        if _EVENT_NOUN_BEFORE.search(sentence[:local]) or (local > verb and _INSIDE_OBJECT.search(sentence, verb, local)):
            continue
        if ctx.published is not None and timex.begin and timex.begin > ctx.published.isoformat():
            continue
        found.append(timex)
    return found


def _last_point(timex: Any) -> Any:
    """The end of a range ("2018 fram till den 20 november 2024") as its own date."""
    if getattr(timex, "range_end", None):
        return replace(timex, value=timex.range_end, begin=timex.range_end, end_date=timex.range_end)
    return timex


def _absorb_undated(decisions: list[Decision], lemmas: list[str], by: str | None) -> None:
    """An earlier undated mention (a headline) of the decision now found with its date goes;
    "Kommunstyrelsen sa ja …" in a headline is the "kommunstyrelsen i Kungälv" of the lead."""
    for index in range(len(decisions) - 1, -1, -1):
        earlier = decisions[index]
        same = earlier.by == by or (earlier.by and by and by.lower().startswith(earlier.by.lower() + " i "))
        if same and (earlier.date is None or earlier.date.from_published):
            del decisions[index]
            del lemmas[index]

