"""The extraction stage's entry points: one spaCy ``Doc`` in, its :class:`DocumentFacts` out.

``extract_facts`` runs every rule module over one parsed document; ``analyze_documents``
parses stored documents in batches with ``nlp.pipe`` and extracts from each.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from fvmdocs.extract.decisions import BODY_NOUNS, decisions_in_sentence, definite_body, office_noun
from fvmdocs.extract.events import (
    FUTURE_CUES,
    PERIOD_OF,
    UNDATED_TYPES,
    Trigger,
    clause_around,
    event_status,
    nearest_trigger,
    triggers_in,
)
from fvmdocs.extract.facts import (
    EXTRACTOR_VERSION,
    Decision,
    DocumentFacts,
    Entity,
    Event,
    FactDate,
    PersonMention,
    Provenance,
    Quote,
    Role,
    TimexFact,
)
from fvmdocs.extract.orgs import OrgLexicon, load_organisations
from fvmdocs.extract.people import find_people
from fvmdocs.extract.quotes import find_quotes
from fvmdocs.extract.roles import RoleMatch, roles_in_sentence
from fvmdocs.extract.timex import find_timexes

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from fvmdocs.store import StoredDocument

__all__ = ["EXTRACTOR_VERSION", "analyze_documents", "extract_facts", "parse_published"]


def parse_published(published: str | None) -> date | None:
    """The published date of a stored document ("2022-05-18T09:00" -> 2022-05-18)."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentence spans by character; blocks when the pipeline sets no boundaries."""
    if doc.has_annotation("SENT_START"):
        spans = [(s.start_char, s.end_char) for s in doc.sents]
    else:
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", doc.text)]
    return [(s, e) for s, e in spans if doc.text[s:e].strip()]


def _entities(doc: Doc, orgs: OrgLexicon) -> list[Entity]:
    entities = []
    for ent in doc.ents:
        canonical = orgs.canonical(ent.text) if ent.label_ == "ORG" else ent.text
        entities.append(Entity(ent.text, ent.label_, ent.start_char, ent.end_char, canonical))
    return entities


def _fact_date(timex: Any) -> FactDate:
    return FactDate(timex.value, timex.text, timex.begin, timex.end_date, timex.mod)


def _published_date(published: date | None) -> FactDate | None:
    if published is None:
        return None
    day = published.isoformat()
    return FactDate(day, "", day, day, None, from_published=True)


class _Context:
    """What the rules of one document share: text, sentences, mentions, timexes."""

    def __init__(self, doc: Doc, published: date | None, doc_id: str, version: int, orgs: OrgLexicon) -> None:
        self.text = doc.text
        self.published = published
        self.doc_id = doc_id
        self.version = version
        self.orgs = orgs
        self.sentences = _sentences(doc)
        self.timexes = find_timexes(self.text, published)
        per = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"]
        self.people, self.mentions = find_people(self.text, per, orgs)

    def provenance(self, start: int, end: int) -> Provenance:
        return Provenance(self.doc_id, self.version, self.text[start:end], start, end)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        for start, end in self.sentences:
            if start <= offset < end:
                return start, end
        return offset, offset

    def mentions_in(self, start: int, end: int) -> list[PersonMention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def timexes_in(self, start: int, end: int) -> list[Any]:
        return [t for t in self.timexes if start <= t.start and t.end <= end]


def _pronoun_subject(ctx: _Context, start: int, sentence: str) -> list[tuple[int, int, str]]:
    """ "Han ..."/"Hon ..." opening a sentence: the person mentioned last before it."""
    earlier = [m for m in ctx.mentions if m.end <= start]
    if not earlier:
        return []
    opening = re.match(r"(?:Han|Hon)\b", sentence)
    if opening is not None:
        return [(0, opening.end(), earlier[-1].person)]
    # V2 order: "Sedan 2021 är hon IT-direktör", "I dag blir han programchef"
    inverted = re.search(r"\b(?:är|var|blir|blev)\s(han|hon)\b", sentence)
    if inverted is not None and not ctx.mentions_in(start, start + inverted.start()):
        return [(inverted.start(1), inverted.end(1), earlier[-1].person)]
    return []


def _roles(ctx: _Context) -> list[Role]:
    roles: list[Role] = []
    seen: set[tuple[str, str, str | None]] = set()
    for start, end in ctx.sentences:
        sentence = ctx.text[start:end]
        mentions = [(m.start - start, m.end - start, m.person) for m in ctx.mentions_in(start, end)]
        mentions += _pronoun_subject(ctx, start, sentence)
        matches = roles_in_sentence(sentence, mentions, ctx.orgs)
        matches += _succeeded(sentence, mentions, matches, roles)
        for match in matches:
            key = (match.person, match.title.lower(), match.org)
            if key in seen:
                continue
            seen.add(key)
            dated = [t for t in ctx.timexes_in(start, end) if t.type == "DATE" and t.begin]
            stated = match.starts and bool(dated)
            as_of = dated[0].begin if stated else (ctx.published.isoformat() if ctx.published else None)
            roles.append(Role(match.person, match.title, match.org, as_of, stated, ctx.provenance(start, end)))
    # "X blir ny programchef" (a heading) and "X har utsetts till programchef för FVM": one role
    placed = {(r.person, r.title.lower()) for r in roles if r.org is not None}
    return [r for r in roles if r.org is not None or (r.person, r.title.lower()) not in placed]


_SUCCEEDS_BARE = re.compile(r"\b(?:efterträder|efterträdde|ersätter|ersatte)\s$")


def _succeeded(
    sentence: str, mentions: list[tuple[int, int, str]], found: list[RoleMatch], roles: list[Role]
) -> list[RoleMatch]:
    """ "... har utsett Karin Dahl till programchef. Hon efterträder Mikael Brandt, som ...": the one
    succeeded held the post the successor was just given (without its organisation)."""
    extra = []
    for start, end, person in mentions:
        if not _SUCCEEDS_BARE.search(sentence[:start]) or any(m.person == person for m in found):
            continue
        subject = next((p for s, e, p in mentions if e <= start and p != person), None)
        held = next((r for r in reversed(roles) if r.person == subject), None)
        if held is not None and re.match(r"\s+som\s", sentence[end:]) is None:
            extra.append(RoleMatch(person, held.title, None, False))
    return extra


def _quotes(ctx: _Context) -> list[Quote]:
    day = ctx.published.isoformat() if ctx.published else None
    quotes = []
    for match in find_quotes(ctx.text, ctx.mentions):
        sentence_start, _ = ctx.sentence_of(match.start)
        quotes.append(
            Quote(match.text, match.speaker, day, match.start, match.end, ctx.provenance(sentence_start, match.end))
        )
    return quotes


_HOME = "Västra Götalandsregionen"


def _resolve_actor(phrase: str, ctx: _Context, roles: list[Role]) -> str:
    """A decision's actor as a name: a person, a known body, or the phrase in lower case."""
    for mention in ctx.mentions:
        if mention.text == phrase:
            return mention.person
    owned = re.fullmatch(r"(?P<owner>.+?)(?::s|s)\s(?P<body>\S+)", phrase)
    if owned and ctx.orgs.resolve(owned.group("owner")) == _HOME:
        # "Västra Götalandsregionens regionstyrelse" is regionstyrelsen, named in its definite form
        phrase = definite_body(owned.group("body"))
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
    if " " not in lowered and lowered in ("styrelsen", "fullmäktige", "nämnden"):
        indefinite = {"styrelsen": "styrelse", "nämnden": "nämnd"}.get(lowered, lowered)
        owner = re.search(rf"\b([A-ZÅÄÖ][\w-]*(?::s|s))\s{indefinite}\b", ctx.text)
        if owner is not None:
            return f"{owner.group(1)} {indefinite}"  # "Västkoms styrelse ... Styrelsen"
    if " " not in lowered and lowered.endswith(("styrelsen", "nämnden", "fullmäktige")):
        # "Styrelsen" after "Regionstyrelsen ..." is the body named before.
        for earlier in re.findall(r"\b(\w+" + re.escape(lowered) + r")\b", ctx.text, re.IGNORECASE):
            named = ctx.orgs.resolve(earlier.lower()) or ctx.orgs.resolve(earlier)
            if named:
                return named
    return lowered


_SAME_OCCASION = re.compile(
    # "samma dag som införandet pausades" dates by another event, not by the decision told before
    r"\b(?:[Ii] samma beslut|[Ss]amtidigt|[Ss]amma dag(?!\s+som\b)|[Vv]id samma (?:möte|sammanträde)|[Pp]å samma (?:möte|sammanträde))\b"
)
_REFERS_BACK = re.compile(
    r"^\s*(?:Beslutet|Det beslutet|Detta beslut)\s(?:(?:om|att)\s(?:[\w-]+\s){1,4}?)?(?:fattades|togs)\b"
)
# "regiondirektörens beslut förra veckan att pausa", "styrelsens beslut": the owner decided.
_GENITIVE_DECIDER = re.compile(r"\b(?P<owner>[\w-]+?)(?::s|s)\s(?:[\w-]+\s)?beslut(?:et)?\b", re.IGNORECASE)


def _as_written(phrase: str) -> str:
    """A body's name in lower case unless its first word is a name: "Regionstyrelsen" ->
    "regionstyrelsen", but "Västkoms styrelse" and "SKR:s styrelse" stay as written."""
    first = phrase.split()[0]
    if phrase[:2].isupper() or " " in phrase and re.fullmatch(r"[A-ZÅÄÖ][\w-]*(?<!en)(?<!et)(?<!na)(?::s|s)", first):
        return phrase
    return phrase[0].lower() + phrase[1:]


def _decisions(ctx: _Context, roles: list[Role]) -> list[Decision]:
    decisions: list[Decision] = []
    lemmas: list[str] = []
    for start, end in ctx.sentences:
        sentence = ctx.text[start:end]
        people = [(m.start - start, m.end - start, m.person) for m in ctx.mentions_in(start, end)]
        for match in decisions_in_sentence(sentence, people):
            if match.planned:
                continue
            by = _resolve_actor(match.by, ctx, roles) if match.by else _body_in(ctx, sentence)
            if by is None and _REFERS_BACK.match(sentence) and not (decisions and decisions[-1].by):
                by = _genitive_decider(ctx, start, roles)  # "X:s beslut ... Beslutet fattades den 20 november"
            by = _qualified(by, decisions)
            # a decision named by its noun ("efter ett beslut av X") is dated by its sentence
            dated = _decision_timexes(ctx, start, end, sentence, match.verb_start, whole_sentence=match.nominal)
            date_fact = _fact_date(dated[0]) if dated else None
            same = _SAME_OCCASION.search(sentence)
            # "gav samtidigt X i uppdrag att sammanställa kostnaderna för november": a date in the
            # "att" clause is what was decided about; "samtidigt" dates it
            in_object = bool(dated) and re.search(r"\batt\s", sentence[match.verb_end : dated[0].start - start]) is not None
            told_day = same is not None and same.group().lower() == "samma dag" and any(
                t.text.lower() == "samma dag" and not t.anchored for t in dated
            )  # the tagger found the day "samma dag" refers back to
            if same and decisions and not told_day and (date_fact is None or same.group().lower() == "samma dag" or in_object):
                # the occasion told before: the same body's latest decision (news leads with it; an
                # older one told in between is background), else the last one told
                own = [d.date for d in decisions if by is not None and d.by == by and d.date is not None]
                date_fact = max(own, key=lambda f: (not f.from_published, f.begin or "")) if own else decisions[-1].date
                if by is None:
                    continue  # "Samma dag beslutades att ...": the decision told before, continued
            if by is None and date_fact is not None and decisions and _REFERS_BACK.match(sentence):
                earlier = decisions[-1]
                if earlier.by is not None and (earlier.date is None or earlier.date.from_published):
                    # "X har utsett Y till programchef. Beslutet fattades i måndags."
                    decisions[-1] = Decision(earlier.by, earlier.what, date_fact, "happened", earlier.provenance)
                    continue
            if by is not None and decisions and decisions[-1].by is None and _REFERS_BACK.match(sentence):
                # "X har utsetts till ... Beslutet fattades av regiondirektören i torsdags."
                earlier = decisions.pop()
                lemmas.pop()
                decisions.append(Decision(by, earlier.what, date_fact or earlier.date, "happened", earlier.provenance))
                lemmas.append(match.lemma)
                continue
            previous = next((d for d in reversed(decisions) if d.by == by or by is None), None)
            if date_fact is None and previous is not None and previous.date and not previous.date.from_published:
                if not _another_decision(sentence, match.by_start, by) or _same_object(previous.what, match.what):
                    continue  # the same decision mentioned again
                # "Regionfullmäktige antog budgeten ... utsåg ...": more decisions of the meeting told
                date_fact = previous.date
            # the lead and the body tell one decision, its day worded twice ("I måndags", "vid måndagens möte")
            if date_fact is not None and by is not None and any(
                d.by == by
                and d.date is not None
                and not d.date.from_published  # a headline dated by the page is replaced, not kept
                and d.date.value == date_fact.value
                and (lemma == match.lemma or "samma beslut" in sentence)
                for d, lemma in zip(decisions, lemmas, strict=True)
            ):
                continue
            if date_fact is not None:
                _absorb_undated(decisions, lemmas, by)
            decisions.append(
                Decision(by, match.what, date_fact or _published_date(ctx.published), "happened", ctx.provenance(start, end))
            )
            lemmas.append(match.lemma)
    return _without_restatements(decisions)


# Words that say an undated decision was taken at another time than the one told before.
_EARLIER = re.compile(r"\b(?:tidigare|redan|förra|sedan|då|dessförinnan|året innan|i fjol)\b", re.IGNORECASE)
_FUNCTION = frozenset(["beslut", "beslutet", "besluta", "beslutade", "också", "samtidigt", "därefter", "dessutom", "under", "efter", "inför", "enligt"])


def _object_words(what: str) -> set[str]:
    """Content words of a decision's phrase after its verb, cut to a stem of six letters."""
    words = re.findall(r"[a-zåäö][\w-]{4,}", what.lower())[1:]
    return {w[:6] for w in words if w not in _FUNCTION and not w.endswith(BODY_NOUNS)}


def _another_decision(sentence: str, by_start: int | None, by: str | None) -> bool:
    """ "Regionfullmäktige antog budgeten för 2026.": a main clause of its own that opens with the
    body, not "Styrelsen gav också ..." (the same decision continued) nor "den plan som X antog"."""
    if by is None or by_start is None or sentence[:by_start].strip():
        return False
    return not (_EARLIER.search(sentence) or re.search(r"\b(?:också|även)\b", sentence))


def _same_object(first: str, second: str) -> bool:
    """Whether two decision phrases are about the same thing ("planen" in both)."""
    return bool(_object_words(first) & _object_words(second))


def _genitive_decider(ctx: _Context, before: int, roles: list[Role]) -> str | None:
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


def _without_restatements(decisions: list[Decision]) -> list[Decision]:
    """An agentless mention ("Avtalet godkändes i maj") of a decision a body is said to have
    taken on a day within that time ("den 17 maj godkände regionstyrelsen") is the same one."""
    return [
        d
        for d in decisions
        if d.by is not None or not any(o.by is not None and _within(o.date, d.date) for o in decisions)
    ]


def _body_in(ctx: _Context, sentence: str) -> str | None:
    """The one deciding body a sentence names: "Beslutet fattades på regionstyrelsens möte"."""
    bodies = {m.name for m in ctx.orgs.find(sentence) if ctx.orgs.kind(m.name) == "body"}
    return bodies.pop() if len(bodies) == 1 else None


_EVENT_NOUN_BEFORE = re.compile(
    r"\b(?:pausen|starten|införandet|återgången|utrullningen|driftstarten|senast|tidigast|"
    r"tillträder|tillträdde|tillträda|från|från och med|fr\.o\.m\.|till och med|t\.o\.m\.)\s(?:i\s|den\s|under\s)?$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r",\s(?:och|men|medan|sedan|efter)\s|;\s|:\s")
# "fram till den 20 november 2024, då regiondirektören beslutade": the time "då" points back to
_WHEN_CLAUSE = re.compile(r",\s(?:då|när)\s[^,.;:]{0,60}$")


def _decision_timexes(
    ctx: _Context, start: int, end: int, sentence: str, verb: int, *, whole_sentence: bool = False
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
    right = next((m.start() for m in _CLAUSE_BREAK.finditer(sentence, verb)), len(sentence))
    if whole_sentence:
        left, right = 0, len(sentence)
    joined = re.search(r"\soch\s(?:[\w-]+\s){0,2}$", sentence[:verb])
    if joined is not None and not whole_sentence:
        # "undertecknades i går och godkändes av regionstyrelsen den 27 januari": its own clause
        own = _clause_timexes(ctx, start, sentence, max(left, joined.end()), right)
        if own:
            return sorted(own, key=lambda t: abs(t.start - start - verb))
    found = _clause_timexes(ctx, start, sentence, left, right)
    return sorted(found, key=lambda t: abs(t.start - start - verb))


def _clause_timexes(ctx: _Context, start: int, sentence: str, left: int, right: int) -> list[Any]:
    found = []
    for timex in ctx.timexes_in(start + left, start + right):
        local = timex.start - start
        if timex.type not in ("DATE", "TIME") or timex.mod in ("BEFORE", "AFTER"):
            continue
        if _EVENT_NOUN_BEFORE.search(sentence[:local]):
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
    """An earlier undated mention (a headline) of the decision now found with its date goes."""
    for index in range(len(decisions) - 1, -1, -1):
        earlier = decisions[index]
        if earlier.by == by and (earlier.date is None or earlier.date.from_published):
            del decisions[index]
            del lemmas[index]


def _events(ctx: _Context, decisions: list[Decision]) -> list[Event]:
    events: list[Event] = []
    seen: set[tuple[str, str | None]] = set()
    carried: str | None = None  # the event type a list or a verbless follow-up goes on with
    listed = False  # inside a list that a sentence ending in ":" opened
    for start, end in ctx.sentences:
        sentence = ctx.text[start:end]
        triggers = triggers_in(sentence)
        if sentence.rstrip().endswith(":") and _GOLIVE_LIST.search(sentence):
            # "Tidplanen för huvudinförandet ligger fast:" opens a list of go-lives
            carried, listed = "golive", True
            continue
        if not triggers and carried is not None and _continues(sentence, listed):
            triggers = [Trigger(carried, 0, 0)]
        if not triggers:
            carried, listed = None, False
            continue
        listed = listed and triggers[0].end == 0
        before = len(events)
        actors = _actors(ctx, start, end)
        dated = [
            t for t in ctx.timexes_in(start, end)
            if t.type in ("DATE", "TIME") and not PERIOD_OF.search(ctx.text, max(0, t.start - 12), t.start)
        ]
        for timex in dated:
            local_start, local_end = timex.start - start, timex.end - start
            trigger = nearest_trigger(triggers, local_start, local_end, sentence)
            if trigger is None:
                continue
            begin = parse_published(timex.begin)
            last = parse_published(timex.end_date)
            clause = clause_around(sentence, local_start, local_end)
            status = event_status(clause, begin, last, ctx.published, sentence)
            key = (trigger.type, timex.value)
            if key in seen:
                continue
            seen.add(key)
            summary = clause_around(sentence, min(trigger.start, local_start), max(trigger.end, local_end))
            events.append(Event(trigger.type, _fact_date(timex), status, actors, summary, ctx.provenance(start, end)))
        if not dated:
            events.extend(_undated_events(ctx, triggers, sentence, start, end, events))
        carried = events[-1].type if len(events) > before and events[-1].type in _CARRIED else None
    return _with_decision_events(_without_headline_repeats(events), decisions, ctx)


# Only a go-live plan is told as a list of dates and places ("hösten 2025: övriga delar").
_CARRIED = ("golive",)
_LIST_ITEM = re.compile(r"^[^:.!?]{2,30}:\s\S")
_GOLIVE_LIST = re.compile(r"tidplan|inför(?:ande|andet|s)|\w+införande\w*|i (?:tre|två|fyra|flera) steg|etapper", re.I)
_FINITE = re.compile(
    r"\b(?:är|var|har|hade|ska|skall|kommer|blir|blev|kan|får|fick|går|gick|sker|skedde|\w+ade|\w+ades)\b",
    re.IGNORECASE,
)


def _continues(sentence: str, listed: bool) -> bool:
    """A list item that goes on with the event before it: a label and a colon ("våren 2026:
    de norra delarna"), or in a list opened by a colon, short and verbless ("Övriga
    verksamheter ett år senare.")."""
    if _LIST_ITEM.match(sentence):
        return True
    return listed and len(sentence.split()) <= 10 and _FINITE.search(sentence) is None


def _is_heading(sentence: str) -> bool:
    return not sentence.rstrip().endswith((".", "!", "?", "”", '"'))


def _without_headline_repeats(events: list[Event]) -> list[Event]:
    """A heading ("Avsiktsförklaringen godkändes i maj") or a later mention ("pausen i november")
    restates, more coarsely, an event of the same type that the body dates more precisely."""

    def restates(heading: Event, other: Event) -> bool:
        outer, inner = heading.date, other.date
        return (
            other is not heading and other.type == heading.type and outer is not None and inner is not None
            and outer.value != inner.value and None not in (outer.begin, outer.end, inner.begin, inner.end)
            and str(outer.begin) <= str(inner.begin) and str(inner.end) <= str(outer.end)
        )

    return [
        event for event in events
        if not (
            # a heading, or a past event told again less precisely ("i november" / "den 20 november")
            (_is_heading(event.provenance.sentence) or (event.status == "happened" and _plain(event)))
            and any(restates(event, other) and other.status == event.status for other in events)
        )
    ]


def _plain(event: Event) -> bool:
    """A date with no part modifier: "i november", not "i slutet av november"."""
    return event.date is not None and event.date.mod is None


def _undated_events(
    ctx: _Context, triggers: list[Trigger], sentence: str, start: int, end: int, events: list[Event]
) -> list[Event]:
    """A letter or claim the sentence reports without a date, once per page.

    Headings ("Brev till regionledningen") only announce what the body reports.
    """
    found: list[Event] = []
    if _is_heading(sentence):
        return found
    for kind in UNDATED_TYPES:
        trigger = next((t for t in triggers if t.type == kind), None)
        if trigger is None or any(e.type == kind and e.date is None for e in events):
            continue
        status = "planned" if FUTURE_CUES.search(sentence) else "happened"
        summary = clause_around(sentence, trigger.start, trigger.end)
        found.append(Event(kind, None, status, _actors(ctx, start, end), summary, ctx.provenance(start, end)))
    return found


_PAUSE_WORD = re.compile(r"\bpaus\w*", re.IGNORECASE)
_AGREEMENT_OBJECT = re.compile(r"^(?:godkän\w*|antog|ställde sig bakom)\s(?:\S+\s){0,3}?(?:avtal|avsiktsförklaring)\w*", re.IGNORECASE)
_APPOINTING = re.compile(r"^(?:utsåg|utsett|utsetts|utsågs)\b", re.IGNORECASE)


def decision_event_type(what: str) -> str:
    """The event a decision is: a pause, an approved agreement, an appointment, else a decision.

    >>> decision_event_type("godkände avsiktsförklaringen med Cerner")
    'agreement'
    """
    if _PAUSE_WORD.search(what):
        return "pause"
    if _AGREEMENT_OBJECT.match(what):
        return "agreement"
    if _APPOINTING.match(what):
        return "appointment"
    return "decision"


def _with_decision_events(events: list[Event], decisions: list[Decision], ctx: _Context) -> list[Event]:
    """Each decision taken is an event on its own date (undated when the text gives none);
    a date event read from the same sentence with the same date is that occurrence."""
    for decision in decisions:
        stated = decision.date if decision.date is not None and not decision.date.from_published else None
        value = stated.value if stated else None
        kind = decision_event_type(decision.what)
        start = decision.provenance.start
        if stated is None or any(
            (e.date.value if e.date else None) == value and e.provenance.start == start for e in events
        ):
            continue
        actors = (decision.by,) if decision.by else ()
        events.append(Event(kind, stated, "happened", actors, decision.what, decision.provenance))
    return sorted(events, key=lambda e: e.provenance.start)


def _actors(ctx: _Context, start: int, end: int) -> tuple[str, ...]:
    names = [m.person for m in ctx.mentions_in(start, end)]
    names += [match.name for match in ctx.orgs.find(ctx.text[start:end]) if not match.contextual]
    return tuple(dict.fromkeys(names))


def extract_facts(
    doc: Doc,
    *,
    published: date | None,
    doc_id: str,
    version: int,
    organisations: OrgLexicon | None = None,
) -> DocumentFacts:
    """Every fact of one parsed document, each with its provenance.

    >>> from fvmdocs.nlp import load_pipeline
    >>> doc = load_pipeline()("Regionstyrelsen beslutade den 17 maj att godkänna avtalet.")
    >>> facts = extract_facts(doc, published=date(2022, 5, 18), doc_id="x", version=1)
    >>> facts.decisions[0].by, facts.decisions[0].date.value
    ('regionstyrelsen', '2022-05-17')
    """
    orgs = organisations or load_organisations()
    ctx = _Context(doc, published, doc_id, version, orgs)
    roles = _roles(ctx)
    decisions = _decisions(ctx, roles)
    return DocumentFacts(
        doc_id=doc_id,
        version=version,
        published=published.isoformat() if published else None,
        extractor_version=EXTRACTOR_VERSION,
        entities=_entities(doc, orgs),
        timexes=[
            TimexFact(t.text, t.type, t.value, t.start, t.end, t.mod, t.begin, t.end_date) for t in ctx.timexes
        ],
        people=ctx.people,
        mentions=ctx.mentions,
        roles=roles,
        quotes=_quotes(ctx),
        decisions=decisions,
        events=_events(ctx, decisions),
    )


def analyze_documents(
    docs: Iterable[StoredDocument], nlp: Language, *, batch_size: int = 16
) -> Iterator[DocumentFacts]:
    """Parse stored documents with ``nlp.pipe`` in batches and extract each one's facts."""
    stored = list(docs)
    texts = (d.text for d in stored)
    for parsed, document in zip(nlp.pipe(texts, batch_size=batch_size), stored, strict=True):
        yield extract_facts(
            parsed,
            published=parse_published(document.published),
            doc_id=document.id,
            version=document.version,
        )
