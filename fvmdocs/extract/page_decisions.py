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

from fvmdocs.extract.bare_bodies import (
    bare_body,
    board_mentioned_before,
    board_named_before,
    council_mentioned_before,
)
from fvmdocs.extract.context import PageContext, fact_date, is_heading, published_date
from fvmdocs.extract.deciders import (
    AGENT_PRONOUN,
    BARE_BODY,
    BODY_PRONOUN,
    EMBEDDED_PRONOUN,
    FIRST_PERSON,
    PRONOUN,
    SAID_BY,
    V2_BODY_PRONOUN,
    V2_PRONOUN,
    body_in,
    body_named,
    genitive_decider,
    known_name_ending,
    own_organisation_board,
    page_writer,
    qualified,
    resolve_actor,
    verb_clause,
    with_subject,
)
from fvmdocs.extract.decision_actors import (
    BODY_NOUNS,
    NETWORK_GENITIVE,
    OWN_ORG_GENITIVE,
    VGR_GENITIVE,
    VGR_PLACE,
    is_court,
)
from fvmdocs.extract.decision_dates import decision_timexes, news_came, sitting_named, within
from fvmdocs.extract.decision_merge import (
    absorb_undated,
    common_words,
    same_object,
    shares_word,
    tells_verb,
    without_restatements,
    without_summaries,
)
from fvmdocs.extract.decisions import DECISION_VERBS, DecisionMatch
from fvmdocs.extract.facts import DAY_VALUE, Decision, FactDate, Role
from fvmdocs.extract.people import antecedent
from fvmdocs.extract.timex_lexicon import MONTH_FULL_RE

__all__ = ["page_decisions"]


# A unit's office opening the sentence: "Klinikens verksamhetschef", "Mottagningens chef".
_UNIT_OFFICE = re.compile(r"\s*(?P<kind>Klinik|Mottagning|Nämnd|Enhet|Avdelning|Förvaltning)(?:en)?s\s[a-zåäö]+")
_SAME_OCCASION = re.compile(
    # "samma dag som införandet pausades" dates by another event, not by the decision told before
    # ("samma dag som beslutet (togs)" is the day of the decision told before)
    r"\b(?:[Ii] samma (?:beslut|ärende)|[Ss]amtidigt|[Ss]amma dag(?!\s+som\b(?!\s+beslutet\b))|[Vv]id samma (?:\w*möte|sammanträde)|[Pp]å samma (?:\w*möte|sammanträde)"
    r"|[Dd]å (?:också|även)|[Ii] samband med (?:utnämningen|beslutet|det|detta))\b"
)


def _occasion_told(sentence: str, match: DecisionMatch) -> bool:
    """Whether "samtidigt", "samma dag", … dates this decision: not when it belongs to a clause after
    ", och" ("sade i tisdags ja …, och klinikens verksamhetschef gav samma dag …": the second's)."""
    same = _SAME_OCCASION.search(sentence)
    return same is not None and not (
        same.start() > match.verb_end and re.search(r",\s(?:och|men)\s", sentence[match.verb_end : same.start()])
    )


_AFTER_RELATIVE = re.compile(r",\s(?:som|där|vilket|vilken)\s")
# An election told as part of the sitting before: "Samma kväll valdes X till regionråd".
_SAME_SITTING = re.compile(r"\b(?:[Ss]amma (?:kväll|dag|eftermiddag)|[Ss]amtidigt|[Dd]ärefter|[Vv]id samma (?:möte|sammanträde))\b")
_TOLD_DECISION = re.compile(r"(?:fattade|fattat|tog|tagit)\s(?:[\w-]+\s){0,3}?beslutet\b(?!\s+(?:om|att)\b)", re.IGNORECASE)
_REFERS_BACK = re.compile(
    r"(?:^\s*|,\s(?:och|men)\s)(?:[Bb]eslutet|Det beslutet|Detta beslut)\s(?:(?:om|att|från|av)\s(?:[\w-]+\s){1,4}?)?"
    r"(?:fattades|togs|har\sfattats|har\stagits)\b"
)


def page_decisions(ctx: PageContext, roles: list[Role]) -> list[Decision]:
    """The decisions a page tells, in page order, each decision once."""
    trail = _Trail(ctx, roles)
    trail.ruling = _ruling_day(ctx)
    for start, end in ctx.sentences:
        trail.read_sentence(start, end)
    # "Anna Ek har utsetts till …", "Två granskare fick i uppdrag att …": no one named decided
    # "Budgeten, som beslutades 2017, …": a decision whose maker the page never names tells no one
    # who decided; the agentless mention of one a body is said to have taken is that one
    told = _without_lead_restatements(ctx.text, without_restatements(trail.decisions))
    return without_summaries([d for d in told if d.by is not None])


def _without_lead_restatements(text: str, decisions: list[Decision]) -> list[Decision]:
    """The lead's decision told again in the body as an item of a list of decisions ("att alla
    patienter … ska ringas upp" after "beslutade i måndags att ringa upp alla …"): the item stays."""
    first = text.find("\n\n")
    lead_end = text.find("\n\n", first + 2) if first != -1 else -1
    if lead_end == -1:
        return decisions

    def day(d: Decision) -> str | None:
        return d.date.value[:10] if d.date is not None and not d.date.from_published else None

    return [
        d
        for index, d in enumerate(decisions)
        if d.provenance.start >= lead_end
        or day(d) is None
        or not any(
            o.by is not None
            and d.by is not None
            and o.by.lower() == d.by.lower()
            and day(o) == day(d)
            and len(common_words(o.what, d.what)) >= 2
            for o in decisions[index + 1 :]
            if o.provenance.start >= lead_end and o.provenance.sentence.lstrip().startswith("att ")
        )
    ]


# "Domen meddelades i måndags": the day a court's ruling, told in the present, was given.
_RULING_GIVEN = re.compile(r"\s*(?:Domen|Beslutet|Avgörandet|Utslaget)\s(?:meddelades|kom|föll|avkunnades|offentliggjordes)\b")


def _ruling_day(ctx: PageContext) -> FactDate | None:
    """The day a court's ruling was given, when the page says so ("Domen meddelades i måndags")."""
    for start, end in ctx.sentences:
        if _RULING_GIVEN.match(ctx.text, start):
            dated = [t for t in ctx.timexes_in(start, end) if t.type in ("DATE", "TIME")]
            if dated:
                return fact_date(dated[0])
    return None


# "beslutade också", "gav även": a decision that adds to one told before
_ALSO_AFTER = re.compile(r"\s(?:också|även|samtidigt)\b")
_OWN_BOARD = re.compile(rf"\b(?i:{OWN_ORG_GENITIVE}|{NETWORK_GENITIVE})\sstyrelse\b")
_NEEDS_DECIDER = frozenset(["utse", "få i uppdrag", "välja till"])
_ALSO = re.compile(r"\s(?:också|även|dessutom)\b")
# "Dessutom fastställde årsmötet …": the adverb first, then the verb and the body
# ("Vid sammanträdet beslutade kommunstyrelsen också att": the sitting told before, then the verb)
_ADVERB_VERB = re.compile(r"\s*(?:Dessutom|Också|Även|Vidare|(?:Vid|På)\s(?:sammanträdet|[a-zåäö]*mötet|[a-zåäö]*stämman))\s[a-zåäö]+\s")


# "Till representant i referensgruppen utsågs X": the post fronted before an agentless passive.
_FRONTED_POST = re.compile(r"\s*Till\s(?:ny\s)?(?P<post>[\w-]+)[^,.;:]{0,60}?\s(?:utsågs|valdes)\s")


_MEETING = re.compile(r"\b(?:sammanträde[nt]?|sammanträdde|möte[nt]?|möttes|beslut i korthet)\b", re.IGNORECASE)
_MAX_ITEMS = 10
_COUNT_WORDS = {"två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "följande": _MAX_ITEMS}
# A decision sentence that ends where its list of what was decided begins.
_OPENS_ITEMS = re.compile(r"\b(?:att|om|följande)\s*:?\s*$")
_COUNTED = re.compile(r"\b(två|tre|fyra|fem|sex|sju|följande)\s+beslut\b[^:]*:\s*$", re.IGNORECASE)
_TAKES_UP = re.compile(r"\b(?:behandlade|behandlat|tog upp|har tagit upp|prövade|prövat)\b")


_MONTH_VALUE = re.compile(r"\d{4}-\d{2}$")
_MONTH_NAMED = re.compile(rf"(?:i\s)?(?:{MONTH_FULL_RE})(?:\s\d{{4}})?", re.IGNORECASE)
_VGR_OWNED = re.compile(rf"{VGR_GENITIVE}\s|.*{VGR_PLACE}")


# The board of a club or an association named by its genitive, the page's own board that a bare "styrelsen" is.
_CLUB_BOARD = re.compile(r"(?:klubbs|klubbens|förenings|föreningens|kretsens|sällskapets|förbundets)\sstyrelse$")


def _same_body(earlier: str | None, by: str) -> bool:
    """Whether ``by`` is ``earlier``, or its kind named alone ("Gruppen" after "Samverkansgruppen för …")."""
    if earlier is None:
        return False
    # (a bare "styrelsen" left as it is is the page's own board: resolved, it would name the compound)
    words = earlier.lower().split()
    # "nätverket" after "Trafikmedicinska nätverket Väst": the head after an adjective of the name
    head = words[1] if len(words) > 1 and words[0].endswith(("iska", "inska", "liga", "ella", "ala")) else words[0]
    if earlier == by or " " not in by and by.islower() and by != "styrelsen" and head.endswith(by):
        return True
    if by == "styrelsen" and _CLUB_BOARD.search(earlier.lower()):
        return True  # "Styrelsen utsåg samtidigt …" after "Göteborgs klätterklubbs styrelse fattade …": the club's own
    # "sjukhusledningen" after "NU-sjukvårdens sjukhusledning", "årsmötet" after "Västsvenska
    # svampsällskapets årsmöte": the same body, its owner left out (not "styrelsen" after "SKL:s styrelse")
    owner_left_out = (f"s {by[:-2]}",) if by == "styrelsen" else (f"s {by[:-2]}", f"s {by[:-1]}")
    if " " not in by and by.endswith(("en", "et")) and earlier.lower().endswith(owner_left_out):
        return True
    # "Klinikledningen" after "Barn- och ungdomsklinikens ledning på Skaraborgs Sjukhus": the owner's body
    for head, indefinite in (("ledningen", "ledning"), ("styrelsen", "styrelse"), ("gruppen", "grupp")):
        stem = by[: -len(head)]
        if " " not in by and by.endswith(head) and len(stem) > 3 and re.search(rf"{stem}\w*s\s{indefinite}\b", earlier.lower()):
            return True
    return False


def _entry_day(ctx: PageContext, start: int, sentence: str, match: DecisionMatch, label: FactDate) -> FactDate | None:
    """ "September: Regiondirektören beslutar den 23 september att …": the day a chronology entry
    gives its decision between the verb and its "att", in the label's year (the entry's present
    tense is history, whatever year the tagger read it in)."""
    if label.begin is None or not re.fullmatch(r"\d{4}-\d{2}", label.value):
        return None
    clause = re.search(r"\satt\s|[,;:]", sentence[match.verb_start :])
    stop = start + match.verb_start + (clause.start() if clause else len(sentence) - match.verb_start)
    for timex in ctx.timexes_in(start + match.verb_start, stop):
        if DAY_VALUE.fullmatch(timex.value) and timex.value[5:7] == label.value[5:7]:
            day = f"{label.value[:4]}{timex.value[4:]}"
            return FactDate(day, timex.text, day, day, timex.mod)
    return None


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
    body = body_named(ctx, sentence, [])
    if body is None and ctx.board is not None and ctx.board.lower() in sentence.lower():
        body = ctx.board  # "Styrelsen för Skogsägarna i Dalsland sammanträdde i tisdags": the page's own board
    days = {
        t.value: t
        for t in ctx.timexes_in(start, end)
        if t.type == "DATE" and DAY_VALUE.fullmatch(t.value) and not ctx.after_published(t)
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
        self.ruling: FactDate | None = None  # the day a court's ruling was given, if the page says
        self.previous: tuple[int, int] | None = None  # the sentence before
        self.recent: list[tuple[int, int]] = []  # the last few sentences, the latest last
        self.subject: str | None = None  # "Styrelsen" alone on a line, before items that open with a verb

    def read_sentence(self, start: int, end: int) -> None:
        try:
            self._read(start, end)
        finally:
            self.previous = (start, end)
            self.recent = [*self.recent[-2:], (start, end)]

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
        self.subject = bare_body(self._previous_text(), sentence.strip()) if BARE_BODY.fullmatch(sentence.strip()) else subject
        pronoun = PRONOUN.match(sentence) or EMBEDDED_PRONOUN.search(sentence)
        referent = None
        if subject is None and pronoun is not None:
            earlier = [m for m in self.ctx.mentions if m.end <= start + pronoun.start(pronoun.lastindex or 1)]
            referent = antecedent(earlier, pronoun.group(pronoun.lastindex or 1))
        speaker = self._quoted_decider(start, end, sentence) if subject is None and referent is None else None
        v2 = V2_PRONOUN.match(sentence) if subject is None and pronoun is None else None
        if v2 is not None:
            earlier = [m for m in self.ctx.mentions if m.end <= start + v2.start("p")]
            referent = antecedent(earlier, v2.group("p").capitalize())
        agent = AGENT_PRONOUN.search(sentence) if subject is None and pronoun is None and v2 is None else None
        if agent is not None:
            # "Mallen godkändes av henne i december", "fick hennes godkännande": the pronoun read as the person
            group = agent.lastindex or 1
            gender = "hon" if agent.group(group).lower().startswith(("henn", "hon")) else "han"
            agent_is = antecedent([m for m in self.ctx.mentions if m.end <= start + agent.start(group)], gender)
            people = people if agent_is is None else [*people, (agent.start(group), agent.end(group), agent_is)]
        opener_by = self.opener.by if self.opener is not None else None
        if referent is None and (pronoun or v2) is not None and opener_by is not None and _OFFICE_DECIDER.search(opener_by):
            # "Regionens ekonomidirektör beslutade … Hon gav samtidigt ekonomienheten i uppdrag", "…
            # Samtidigt utsåg hon X": the office that decided in the sentence before, not the unit commissioned
            referent = opener_by
        body_pronoun = BODY_PRONOUN.match(sentence) if subject is None and pronoun is None and v2 is None else None
        v2_body = V2_BODY_PRONOUN.match(sentence) if subject is None and pronoun is None and v2 is None else None
        v2_subject: str | None = None
        if v2_body is not None:
            # "Produktionsledningen ska utse … Redan i tisdags beslutade den att …": the body of the
            # decision just told, else the body the sentence before opens with
            opening = re.match(r"\s*([A-ZÅÄÖ][a-zåäö-]+)\s", self._previous_text())
            just_told = opener_by if opener_by is not None and opener_by.lower().endswith(BODY_NOUNS) else None
            v2_subject = just_told or (opening.group(1).lower() if opening and opening.group(1).lower().endswith(BODY_NOUNS) else None)
            v2_body = v2_body if v2_subject is not None else None
        if v2_subject is not None and v2_body is not None:
            matches = with_subject(sentence, people, v2_subject, v2_body.end("p"), v2_body.group("verb"))
        elif body_pronoun is not None and opener_by is not None and opener_by.lower().endswith(BODY_NOUNS):
            matches = with_subject(sentence, people, opener_by, body_pronoun.end(1))  # "Den gav också …": that body
        elif referent is not None and v2 is not None:
            matches = with_subject(sentence, people, referent, v2.end("p"), v2.group("verb"))  # "Samtidigt utsåg hon …"
        elif referent is not None and pronoun is not None:
            matches = with_subject(sentence, people, referent, pronoun.end(pronoun.lastindex or 1))  # "Hon har beslutat att …"
        elif speaker is not None:
            matches = with_subject(sentence, people, speaker[0], speaker[1])  # "… har jag beslutat att …, säger X"
        else:
            matches = with_subject(sentence, people, subject)
        for match in matches:
            if entry is not None:
                self._place_entry(match, start, end, entry)
            elif not match.planned:
                self._place(match, start, end, sentence)
        self.treated = self._takes_up(start, end, sentence)
        last = self.decisions[-1] if self.decisions and self.decisions[-1].provenance.start == start else None
        counted = _COUNTED.search(sentence)
        if last is None and counted and self.opener is not None and self.opener.date is not None:
            last = self.opener  # "Det beslutade nämnden i tisdags. Vid sammanträdet fattade nämnden tre beslut:"
            self.items = _Items(_COUNT_WORDS[counted.group(1).lower()], last)
        elif last is not None and counted:
            self.items = _Items(_COUNT_WORDS[counted.group(1).lower()], last)
        elif last is not None and _OPENS_ITEMS.search(sentence):
            # "Regiondirektören beslutade också att" and a list of what: one decision per item
            self.items = _Items(_MAX_ITEMS, last)
        self.opener = last
        told = [d for d in self.decisions if d.provenance.start == start and d.by is not None]
        self.voting = (told[-1].by, told[-1].date) if told and told[-1].by is not None else None

    def _quoted_decider(self, start: int, end: int, sentence: str) -> tuple[str, int] | None:
        """ "– Därför har jag också beslutat att …, säger Maja Ek, chefläkare": the speaker decided; outside a
        quote, the page's writer who introduced themselves; that person and where the sentence's "jag" ends."""
        first_person = FIRST_PERSON.search(sentence)
        said = SAID_BY.search(sentence)
        if first_person is not None and said is None and not sentence.lstrip().startswith(("–", "—")):
            # "Jag heter Oskar Nyberg … Jag har utsett tandteknikern Emil Forsberg till ansvarig": the writer
            writer = page_writer(self.ctx, start)
            return (writer, first_person.end()) if writer else None
        if first_person is None or said is None or said.start() < first_person.end():
            return None
        named = [m for m in self.ctx.mentions_in(start, end) if m.start - start >= said.end()]
        if not named or named[0].start - start > said.end() + 60:
            return None
        return named[0].person, first_person.end()

    def _previous_text(self) -> str:
        """The sentence before, or "" at the page's start."""
        return self.ctx.text[self.previous[0] : self.previous[1]] if self.previous is not None else ""

    def _takes_up(self, start: int, end: int, sentence: str) -> tuple[str, FactDate | None] | None:
        """ "I november 2023 behandlade regionfullmäktige vår motion.": the body, and its date,
        that an agentless "Motionen avslogs." in the next sentence refers to."""
        if _TAKES_UP.search(sentence) is None:
            return None
        body = body_named(self.ctx, sentence, self.roles)
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
        if not ctx.text.startswith(":", label.end) or ctx.after_published(label):
            return None  # a label of a month still to come is a plan, not a chronology entry
        return fact_date(label)

    def _place_entry(self, match: DecisionMatch, start: int, end: int, label: FactDate) -> None:
        """A chronology entry dated by its label, unless it sums up a decision the page told
        with a day inside that time ("Maj 2022: Regionstyrelsen godkänner …" after "den 17 maj")."""
        sentence = self.ctx.text[start:end]
        by = self._decider(match, start, sentence)
        if any(
            d.by == by and lemma == match.lemma and within(d.date, label)
            for d, lemma in zip(self.decisions, self.lemmas, strict=True)
        ):
            return
        self.decisions.append(Decision(by, match.what, _entry_day(self.ctx, start, sentence, match, label) or label,
                                       "happened", self.ctx.provenance(start, end)))
        self.lemmas.append(match.lemma)

    def _place(self, match: DecisionMatch, start: int, end: int, sentence: str) -> None:
        if match.passive and match.by is None and any(d.provenance.start == start for d in self.decisions):
            return  # "Det beslutade regionstyrelsen, när tidplanen fastställdes": the same occasion
        by = self._decider(match, start, sentence)
        fronted = _FRONTED_POST.match(sentence)
        told = [d for d in self.decisions if self.previous is not None and d.provenance.start == self.previous[0] and d.by]
        if by is None and match.lemma in ("utse", "välja till") and fronted is not None and told:
            # "Direktionen beslutade också att förbundet ska ha en representant … Till representant
            # utsågs X": the body's appointment; after "beslutade att utse två ombud" the same act, told twice
            post = fronted.group("post").lower()
            opener = next((d for d in told if post in d.what.lower()), told[0])
            if re.search(r"\b(?:att\sutse|att\svälja)\b", opener.what):
                return
            self.decisions.append(replace(opener, what=match.what, provenance=self.ctx.provenance(start, end)))
            self.lemmas.append(match.lemma)
            return
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
        dated = decision_timexes(self.ctx, start, end, sentence, match.verb_start, whole_sentence=match.nominal)
        if match.nominal:
            # "efter ett beslut av regiondirektören i september": the date right after the decider
            dated = sorted(dated, key=lambda t: not 0 <= t.start - start - match.verb_end <= 40)
        date_fact = fact_date(dated[0]) if dated else None
        if date_fact is None and self.ruling is not None and by is not None and is_court(by):
            date_fact = self.ruling  # "Domstolen avslår överklagandet. Domen meddelades i måndags."
        referred = match.nominal or re.search(r"\b(?:sitt|sina)\sbeslut\b", match.what) is not None
        if referred and date_fact is not None and any(
            d.by == by and d.date is not None and d.date.value == date_fact.value for d in self.decisions
        ):
            return  # "… godkänts av Etikprövningsmyndigheten, som fattade sitt beslut i augusti": told already
        if taken_up and date_fact is None and handled is not None and not (handled[1] and handled[1].from_published):
            date_fact = handled[1]
        if _occasion_told(sentence, match) and (self.decisions or self.previous):
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
        told_past = sentence[match.verb_start : match.verb_end].lower().startswith(("fick", "fått"))
        if by is None and match.lemma == "få i uppdrag" and told_past and not match.planned and told:
            # "Styrelsen beslutade också att … Kassören fick i uppdrag att söka bidrag": commissioned by the body
            # whose decision the sentence before told (``told``, read above for a fronted post), at the same sitting
            by = told[-1].by
            if date_fact is None and told[-1].date is not None and not told[-1].date.from_published:
                date_fact, inherited = told[-1].date, True
        if _REFERS_BACK.search(sentence) and self._completes_previous(match, by, date_fact):
            return
        if self.decisions and _TOLD_DECISION.match(match.what) and by in (None, self.decisions[-1].by):
            # "Styrelsen fattade beslutet vid ett extra sammanträde på tisdagen": the one told
            earlier = self.decisions[-1]
            if date_fact is not None and (earlier.date is None or earlier.date.from_published):
                self.decisions[-1] = replace(earlier, date=date_fact)
            return
        then = _THEN.match(sentence, match.verb_end) or re.match(r"\s*Då\s", sentence)
        if date_fact is None and then and self.previous is not None:
            # "Det tog vår styrelse fasta på i lördags. Styrelsen beslutade då att …", "… på sitt
            # årsmöte i mars. Då antog årsmötet …": that day
            prior = [t for t in self.ctx.timexes_in(*self.previous) if t.type in ("DATE", "TIME")]
            # not a date in a relative clause ("… i november efter att ha träffat personalen på enheten
            # i Mölndal, som öppnade 2009. Styrelsen gav då …"): the main clause's
            main = [t for t in prior if not _IN_RELATIVE.search(self.ctx.text, self.previous[0], t.start)]
            prior = main or prior
            date_fact = fact_date(prior[-1]) if prior else None
        if date_fact is None and by is not None:
            date_fact = sitting_named(self.ctx, start, sentence, by) or news_came(self.ctx, self.previous)
        if date_fact is None:
            repeated, date_fact = self._meeting_date(match, sentence, by)
            if repeated:
                return
            if date_fact is None and self._at_reported_meeting(match, sentence, by):
                date_fact = self.meeting[1] if self.meeting else None
            inherited = date_fact is not None
        also = match.second or re.search(r"\b(?:också|även|dessutom)\b", sentence[match.verb_start : match.verb_start + 40]) is not None
        if not inherited and not also and date_fact is not None and by is not None and self._told_on_that_day(match, by, date_fact):
            return
        if date_fact is not None and not date_fact.from_published:
            # an undated headline gives way to the dated telling, not to another undated one; "Ledningen gav
            # samtidigt …", another decision of the occasion told before, takes the place of a headline only
            # (not of "Ledningen har utsett X till …" told undated just before it)
            keep = (lambda d: not _is_headline(d.provenance.sentence)) if inherited else None
            absorb_undated(self.decisions, self.lemmas, by, keep)
        provenance = self.ctx.provenance(start, end)
        when = date_fact or published_date(self.ctx.published)
        self.decisions.append(Decision(by, match.what, when, "happened", provenance))
        self.lemmas.append(match.lemma)

    def _decider(self, match: DecisionMatch, start: int, sentence: str) -> str | None:
        """Who decided: the phrase the verb names, else the one body the sentence names; for
        "Beslutet fattades …" with no one named, the owner of the decision named before."""
        ctx = self.ctx
        if match.by is not None and match.by.lower() == "styrelsen" and _OWN_BOARD.search(ctx.text, 0, start):
            return "styrelsen"  # "Föreningens styrelse beslutade … Styrelsen beslutade också": the page's own board
        if (
            match.by is not None and match.by.lower() == "styrelsen" and match.by_start is not None and ctx.board is None
            and own_organisation_board(ctx.text, start + match.by_start)
        ):
            return "styrelsen"  # "utsåg styrelsen Birgitta Nyman till föreningens kontaktperson", a regional board told before
        if (
            match.by is not None and match.by.lower() == "styrelsen" and ctx.board is not None
            and _ALSO_AFTER.match(sentence, match.verb_end) and any(d.by == ctx.board for d in self.decisions)
        ):
            # "Styrelsen i Cykelklubben Kvarnen tog beslut … Regionstyrelsen väntas välja … Styrelsen beslutade
            # också": another decision of the page's board, not of a board only mentioned since
            return ctx.board
        by = (
            known_name_ending(ctx, None if match.by_start is None else start + match.by_start, match.by)
            or board_mentioned_before(ctx, self.roles, self._previous_text(), match, sentence)
            or board_named_before(self.decisions, ctx.text, match.by)
            or council_mentioned_before(self._previous_text(), match, sentence)
            or (
                resolve_actor(match.by, ctx, self.roles, start)
                if match.by
                # "valdes X till ordförande i regionstyrelsen", "fick regionstyrelsen i uppdrag": the
                # body of the post, or the one commissioned, did not decide
                else body_in(ctx, verb_clause(sentence, match)) if match.lemma not in ("välja till", "få i uppdrag") else None
            )
        )
        if match.by is not None and match.by_start is not None and match.by[:1].islower():
            # "Det beslutade klinikens verksamhetschef, Maria Holmberg, i torsdags": the office named, then its holder
            after = start + match.by_start + len(match.by)
            comma = re.match(r",\s+", ctx.text[after : after + 3])
            holders = [m for m in ctx.mentions_in(after, after + 60) if comma and m.start == after + comma.end()]
            if holders and re.match(r"\s*,", ctx.text[holders[0].end : holders[0].end + 2]):
                by = holders[0].person
        if match.by is not None and match.by.lower() in ("bolaget", "företaget", "leverantören"):
            # "Cerner har anlitat en byrå … Bolaget beslutade i oktober": the company named just before
            named = [m for m in ctx.orgs.find(ctx.text[max(0, start - 400) : start]) if not m.contextual]
            if named:
                by = named[-1].name
        if match.by is not None and match.by.lower() == "myndigheten" and by is not None:
            by = resolve_actor(by, ctx, self.roles, start)  # "Försäkringskassan … Myndigheten beslutade": as named
        if match.by is not None and match.by.lower() == "styrelsen" and by is not None and by.lower() != "styrelsen" and by.lower() in match.what.lower():
            by = "styrelsen"  # "Styrelsen beslutade att skicka en skrivelse till regionstyrelsen": not the recipient
        if by is None and _REFERS_BACK.search(sentence) and not (self.decisions and self.decisions[-1].by):
            by = genitive_decider(ctx, start, self.roles)  # "X:s beslut ... Beslutet fattades den 20 november"
        if match.by is not None and _VGR_OWNED.match(match.by):
            return by  # "Västra Götalandsregionens regionstyrelse", "regionstyrelsen i Västra Götaland" on a page about another region's: VGR's own
        return qualified(by, self.decisions)

    def _at_reported_meeting(self, match: DecisionMatch, sentence: str, by: str | None) -> bool:
        """Whether an undated decision of a meeting report's body was taken at that meeting:
        not a headline, and not placed earlier ("har tidigare beslutat")."""
        return (
            self.meeting is not None
            and by == self.meeting[0]
            and not _EARLIER.search(_main_part(sentence, match))
            and not _is_headline(sentence)
        )

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
        # "Vid samma möte godkände regionstyrelsen en avsiktsförklaring med Cerner, som Oracle köpte i juni": a
        # date in a relative clause after the verb tells of something else; the meeting dates it
        in_object = in_object or bool(dated) and _AFTER_RELATIVE.search(sentence[match.verb_end : dated[0].start - start]) is not None
        same_day = same.group().lower() == "samma dag"
        told_day = same_day and any(t.text.lower() == "samma dag" and not t.anchored for t in dated)
        # the dates of the same body's decisions told before
        own = [d.date for d in self.decisions if by is not None and _same_body(d.by, by) and d.date is not None]
        office = _UNIT_OFFICE.match(sentence)
        if not own and by is not None and office is not None:
            # "Anestesikliniken … godkände i fredags … Avtalet skrevs under på måndagen. Klinikens
            # verksamhetschef gav samtidigt …": the unit's office acts at the unit's occasion
            kind = office.group("kind").lower()
            own = [d.date for d in self.decisions if d.by and kind in d.by.lower() and d.date is not None]
        own_days = [f for f in own if DAY_VALUE.match(f.value)]
        if told_day and own_days and not own_days[-1].from_published:
            # "… som ledningsgruppen antog i tisdags. Yttrandet lämnades på onsdagen … Ledningsgruppen
            # utsåg henne samma dag": the day of the body's own decision, not the last day named
            return True, own_days[-1]
        if told_day:
            return False, None  # the tagger found the day "samma dag" refers back to
        if dated and not (same_day or in_object):
            # a date of its own, unless it is a coarser telling of the day told before ("I samma beslut i oktober")
            finer = [f for f in own if within(f, fact_date(dated[0])) and f.value != fact_date(dated[0]).value]
            return (True, finer[-1]) if finer else (False, None)
        # "Kliniken beslutade i september att …, och verksamhetschefen gav samtidigt …": the decision
        # told earlier in the same sentence
        in_sentence = [d.date for d in self.decisions if d.provenance.start == start and d.date is not None]
        if in_sentence and not own:
            return True, in_sentence[-1]
        # the occasion told before: the same body's latest decision (news leads with it; an
        # older one told in between is background), else the last one told
        if own:
            return True, max(own, key=lambda f: (not f.from_published, f.begin or ""))
        told = self._told_before_dated(month=same.group().lower() == "samtidigt")
        if told is not None:
            return True, told  # "… presenterades för ledningsgruppen i tisdags. Ledningsgruppen beslutade samtidigt …"
        if not self.decisions:
            return False, None
        # "Transplantationscentrum godkände i fredags … Föreningens styrelse hade fattat beslut den 28 maj.
        # Centrumets verksamhetschef gav samtidigt …": a decision told in the pluperfect is no occasion
        occasions = [d for d in self.decisions if not _PLUPERFECT.search(d.provenance.sentence)] or self.decisions
        return True, occasions[-1].date

    def _told_before_dated(self, *, month: bool = False) -> FactDate | None:
        """The day the sentences just before name, when they told no decision: the occasion
        "samtidigt" or "vid samma sammanträde" refers to ("… som redovisades för sjukhusets
        styrelse i torsdags, … Ett år tidigare … Styrelsen beslutade vid samma sammanträde …")."""
        for back, span in enumerate(reversed(self.recent)):
            if any(d.provenance.start == span[0] for d in self.decisions):
                return None
            # "Avtalet gäller från den 1 september": a day after the page's is no occasion told before
            days = [
                t for t in self.ctx.timexes_in(*span)
                if t.type in ("DATE", "TIME") and DAY_VALUE.match(t.value) and not self.ctx.after_published(t)
            ]
            if days:
                return fact_date(days[-1])
            # "X skickade i april ett brev … Föreningens styrelse antog samtidigt": the month of the sentence just before
            months = [t for t in self.ctx.timexes_in(*span) if t.type == "DATE" and _MONTH_VALUE.match(t.value)]
            if month and back == 0 and len(months) == 1 and _MONTH_NAMED.fullmatch(months[0].text):
                return fact_date(months[0])
        return None

    def _occasion_decision(self, sentence: str, *, bodies_only: bool = False) -> Decision | None:
        """The decision "i samma beslut" continues (the last one told), or the one of the meeting
        "vid samma sammanträde" refers to (the latest told); an election is an assembly's."""
        people = {m.person for m in self.ctx.mentions} if bodies_only else set()
        told = [d for d in self.decisions if d.by is not None and d.date is not None and d.by not in people]
        if not told:
            return None
        if re.search(r"samma beslut", sentence, re.IGNORECASE):
            return told[-1]
        last = told[-1]
        if any(last.provenance.start == span[0] for span in self.recent[-2:]) and last.date is not None and not last.date.from_published:
            # "Skyttekommittén beslutade i tisdags att … Anmälan görs senast … Vid samma möte fick föreningens
            # kassör i uppdrag": the meeting told just before, not a later day told earlier on the page
            return last
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
            or date_fact is not None and within(date_fact, earlier.date) and earlier.date.value != date_fact.value
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
        previous = next((d for d in reversed(self.decisions) if by is None or _same_body(d.by, by)), None)
        other_kind = previous is not None and self.lemmas[self.decisions.index(previous)] != match.lemma
        # a commission or an appointment after another kind of decision of that body is one of its
        # own, whatever words the two share ("servicedesken" in both)
        # ("Styrelsen fick av vårmötet i uppdrag att …": a commission told from its receiver's side)
        commission = other_kind and match.lemma in ("ge i uppdrag", "få i uppdrag", "utse", "välja till")
        told = [d for d in self.decisions if (by is None or _same_body(d.by, by)) and d.date is not None and not d.date.from_published]
        main = _main_part(sentence, match)
        # "Styrelsen beslutade också att anställa utbildare": "också" tells another decision, unless
        # it tells the same thing again in other words
        # ("fattade också beslut om en säkerhetsdag": the adverb inside the verb phrase)
        also = _ALSO.search(sentence, match.verb_start, match.verb_end + 12) is not None
        # "… utsåg styrelsen X till klubbens kontaktperson. Styrelsen beslutade också att bjuda in
        # … till klubbens träning": "också" after a decision of another kind is another one
        another = commission or also and (other_kind or not shares_word(previous.what if previous else "", match.what))
        # ("Årsmötet gav i uppdrag att samla in dagböcker … Årsmötet beslutade också att hålla en träff om
        # dagböckerna": "också" after another kind of decision tells a new one, whatever words they share)
        if not commission and not (also and other_kind) and any(len(common_words(d.what, match.what)) >= 2 for d in told):
            return True, None  # the same decision mentioned again after another one: two words in common
        if previous is not None and not another and previous.date is not None and _LEAD_TELLING.match(previous.provenance.sentence):
            # "… Det beslutade Biobank Västs styrgrupp i onsdags." and later "Styrgruppen beslutade att
            # …": the lead said only who and when, the body tells what
            index = self.decisions.index(previous)
            if not any(d.by == previous.by for d in self.decisions[index + 1 :]):
                self.decisions[index] = replace(previous, what=match.what)
                return True, None
        if previous is None or previous.date is None or previous.date.from_published:
            return False, None
        if not another and same_object(previous.what, match.what):
            return True, None  # the same decision mentioned again
        if _EARLIER.search(main) and by is not None:
            return False, None  # "har tidigare beslutat att ...": another decision, of another time
        # "Yrkandet avslogs av styrelsen": a passive naming its decider is a decision of its own
        own_clause = _another_decision(main, match.by_start, by) or bool(match.passive and match.by)
        if not own_clause and not commission:
            return True, None
        if match.lemma == "utse" and re.search(r"\bhar\s(?:[\w-]+\s){0,3}$", sentence[: match.verb_start]):
            return False, None  # "… har Helena Ek utsett Ahmed Jama": an appointment told in the perfect, undated
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
            and (lemma == match.lemma or tells_verb(d.what, match.lemma) or tells_verb(match.what, lemma))
            for d, lemma in zip(self.decisions, self.lemmas, strict=True)
        )


# A lead that names only who decided and when: "Det beslutade styrgruppen i onsdags."
_LEAD_TELLING = re.compile(r"\s*(?:Det|Detta)\s(?:beslutade|beslöt|bestämde|har\s(?:[\w-]+\s){1,4}beslutat)\s")
# Words that say an undated decision was taken at another time than the one told before.
_EARLIER = re.compile(r"\b(?:tidigare|redan|förra|sedan|då|dessförinnan|året innan|i fjol)\b", re.IGNORECASE)


_THEN = re.compile(r"\s+då\b")
_IN_RELATIVE = re.compile(r",\s(?:som|där)\s[^,.;:]*$")
# An office held by one person, named by its definite noun: a "hon" or "han" can refer to it.
# (with its organisation after it: "IT-direktören i Västra Götalandsregionen")
_OFFICE_DECIDER = re.compile(r"(?:direktören|chefen|ordföranden|ansvarige)(?:\s(?:i|på|vid)\s[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*)*)?$")


# A decision told as taken before another: "hade fattat beslut", "hade godkänt".
_PLUPERFECT = re.compile(r"\bhade\s(?:[\w-]+\s){0,3}?(?:fattat|beslutat|godkänt|tagit|antagit|fastställt|utsett|gett|givit|ställt|sagt)\b")


def _main_part(sentence: str, match: DecisionMatch) -> str:
    """The sentence up to what was decided: "tidigare" in "… att rapporten lämnas i februari, i
    stället för i mars som det tidigare var tänkt" says nothing of when the decision was taken."""
    obj = re.compile(r"\b(?:att|om)\s").search(sentence, match.verb_end)
    main = sentence if obj is None else sentence[: obj.start()]
    # "utsåg X, som själv har en ryggmärgsskada sedan 2011, till": a clause about the person
    return re.sub(r",\ssom\s[^,.]{1,80},", ",", main)


def _another_decision(sentence: str, by_start: int | None, by: str | None) -> bool:
    """ "Regionfullmäktige antog budgeten för 2026.": a main clause of its own that opens with the
    body, not "Styrelsen gav också ..." (the same decision continued) nor "den plan som X antog"."""
    opening = sentence[:by_start] if by_start is not None else ""
    # (or the body right after an adverb and the verb: "Dessutom fastställde årsmötet en ny säkerhetsplan")
    if by is None or by_start is None or opening.strip() and not re.search(r",\s(?:men|och)\s$", opening) and not _ADVERB_VERB.fullmatch(opening):
        return False  # the body opens the sentence, or a clause of its own after ", men"
    return not _EARLIER.search(sentence)


def _is_headline(sentence: str) -> bool:
    """A heading or headline ("Regionfullmäktige godkände ny plan"); a line that opens a list
    with a colon, or a list item ending with a comma, is none."""
    return is_heading(sentence) and not sentence.rstrip().endswith((":", ",", ";"))


