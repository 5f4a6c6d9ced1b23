"""Decisions as events: each decision taken is an event of its own type on its own date (a pause,
an approved agreement, an appointment, else a decision), merged with a date event the same sentence
told on that day."""

from __future__ import annotations

import re
from dataclasses import replace

from fvmdocs.extract.events import SUPPLIER_NAMED
from fvmdocs.extract.facts import Decision, Event

__all__ = ["decision_event_type", "with_decision_events"]


# not "gav X i uppdrag att samla in exempel från pausen": a task about the pause
_PAUSE_WORD = re.compile(r"^(?:(?!i\suppdrag\b).)*?(?<!\bfrån\s)\bpaus\w*", re.IGNORECASE)
# "ställde sig bakom pausen den 3 december", "gav sitt stöd till pausen": a board backing the pause decided; the
# pause was the director's
_BACKED_PAUSE = re.compile(
    r"^(?:ställ(?:de|er|t)\ssig\sbakom|godkände|godkänt|gav\s(?:\w+\s)?sitt\sstöd\still)\s(?:\w+\s)?paus(?:en|beslutet)\b", re.IGNORECASE
)
_AGREEMENT_WORD = re.compile(r"avtal|avsiktsförklaring|överenskommelse", re.IGNORECASE)


def _names_agreement(decision: Decision) -> bool:
    """Whether the sentence names an agreement up to the end of what was decided ("Avtalet godkändes av …")."""
    sentence = decision.provenance.sentence
    end = sentence.find(decision.what)
    return end < 0 or _AGREEMENT_WORD.search(sentence, 0, end + len(decision.what)) is not None


# ("godkände vid samma möte / i samma beslut en avsiktsförklaring med Cerner": the meeting or decision between)
_AGREEMENT_OBJECT = re.compile(
    # ("gav regionstyrelsen sitt godkännande till en avsiktsförklaring": the approval in a noun)
    # ("gav regionstyrelsen klartecken till en avsiktsförklaring med Cerner", "sade samtidigt / i samma beslut ja till en
    # avsiktsförklaring", "sa regionstyrelsen också ja till en avsiktsförklaring")
    r"^(?:godkän\w*|antog|ställde sig bakom|gav\s(?:\S+\s)?(?:(?:sitt\sgodkännande|klartecken)\still|grönt\sljus\s(?:till|för))|sa(?:de)?\s(?:\S+\s){0,2}?(?:i\ssamma\sbeslut\s)?ja\still)\s(?:(?:vid|på|i)\s(?:samma|det)\s\w+\s)?(?:\S+\s){0,3}?(?:avtal|avsiktsförklaring)\w*",
    re.IGNORECASE,
)
# "valde Anna Berg till ordförande", "valde henne i april": a person elected; not "valde Cerner"
_APPOINTING = re.compile(
    r"^(?i:utsåg|utsett|utsetts|utsågs|förordnade|förordnat|förordnades|förordnats)\b"
    # "anförtrodde i lördags uppdraget som materialansvarig åt X", "röstade i tisdags fram X som kontaktperson"
    r"|^(?i:anförtrodde|anförtrott)\s(?:[^.;]{0,40}\s)?(?:uppdraget|rollen|posten)\ssom\s"
    r"|^(?i:röstade|röstat|röstades)\s(?:[^.;]{0,40}\s)?fram\s"
    # "tillsatte i torsdags också massören X som förbundets kontaktperson" (not "tillsatte en arbetsgrupp")
    # ("rekryterade / handplockade i torsdags också föraren X till", "knöt i onsdags X till sig som": v160)
    r"|^(?i:tillsatte|tillsatt|rekryterade|rekryterat|handplockade|handplockat|knöt|knutit|engagerade|engagerat|kallade|kallat|värvade|värvat)\s(?:[a-zåäö\d]+\s){0,6}[A-ZÅÄÖ][\w-]+\s[A-ZÅÄÖ][\w-]+\s(?:[^.;]{0,60}\s)?(?:som|till)\s"
    # "gav i lördags också cykelbudet X från Majorna posten som föreningens kontaktperson" (v161)
    r"|^(?i:gav|gett)\s(?:[a-zåäö\d]+\s){0,6}[A-ZÅÄÖ][\w-]+\s[A-ZÅÄÖ][\w-]+\s(?:[^.;]{0,60}\s)?(?:posten|uppdraget|rollen|ansvaret)\ssom\s"
    # "beslutade samtidigt att utse två kontaktombud": the appointment decided
    r"|^(?i:beslutade)\s(?:(?:också|även|samtidigt|dessutom)\s)?att\sutse\b"
    r"|^(?i:valde|valt)\s(?:(?:också|även|samtidigt|dessutom)\s)?(?:henne|honom|hen)\b"
    # "X valdes samtidigt av förtroenderådet till föreningens skyddssamordnare": the person as the subject
    r"|^(?i:valdes|valts)\s(?:[^.;]{0,80}\s)?till\s"
    r"|^(?i:gav|gett)\s(?:[a-zåäö]+\s){0,3}(?:henne|honom)\s(?:posten|uppdraget|rollen|ansvaret)\ssom\s"
    # "valde i onsdags också in harpisten X i utskottet och gav henne uppdraget som": elected into a body (v162)
    r"|^(?i:valde|valt)\s(?:[a-zåäö]+\s){0,5}in\s(?:[a-zåäö]+\s){0,2}[A-ZÅÄÖ][\w-]+\s[A-ZÅÄÖ][\w-]+\s"
    # ("valde i oktober Anna Wendel till ny ordförande": a time between; "valde i måndags även den assisterande
    # domaren X till": a title, too)
    r"|^(?i:valde|valt)\s(?:[a-zåäö\d]+\s){0,6}[A-ZÅÄÖ][\w-]+\s[A-ZÅÄÖ][\w-]+\s(?:[^.;]{0,60}\s)?till\s"
    # "X, som klubbstyrelsen valde i torsdags": the one elected told before, only a time after the verb
    r"|^(?i:valde|valt)(?:\s(?:i|på|den|vid)\s[\w\s]{1,30})?$"
    # "valde också en murare från Munkedal till föreningens kontaktperson": a person named by a noun alone
    r"|^(?i:valde|valt)\s(?:(?:också|även|samtidigt|dessutom)\s)?en\s[a-zåäö][\w-]*\s(?:[^.;]{0,60}\s)?till\s"
    # ("valde vid samma möte instruktören X" cut before its relative clause, "Till ny skadeansvarig valde årsmötet
    # målvakten X": a person named by a title, the post told around it)
    r"|^(?i:valde|valt)\s(?:[a-zåäö\d]+\s){0,4}[a-zåäö][\w-]*n\s[A-ZÅÄÖ][\w-]+\s[A-ZÅÄÖ][\w-]+$"
)


_SUPPLIER = re.compile(SUPPLIER_NAMED)
# The supplier named in a sentence: "Leverantören Cerner utsågs av regionstyrelsen" chose no person
_SUPPLIER_WORD = re.compile(r"\b(?:Cerner|Oracle|[Ll]everantör(?:en)?)\b")
# "Begäran hade antagits av föreningens arbetsutskott i början av januari": the request as the decision's subject
_LETTER_AS_SUBJECT = re.compile(
    r"\s*(?:Begäran|Skrivelsen|Kravet|Brevet|Yttrandet)\s(?:[\w-]+\s){0,3}?(?:(?:hade|har)\s)?"
    r"(?:antagits|antogs|godkänts|godkändes|fastställts|fastställdes|beslutats|beslutades|godtagits|godtogs|bejakats|bejakades)\b"
)
# "Pausen beslutades av regiondirektören den 20 november": the pause as the decision's subject
_PAUSE_AS_SUBJECT = re.compile(r"\s*(?:Beslutet\s(?:om|att)\s)?(?:Pausen|Uppehållet|Återgången)\s(?:[\w-]+\s){0,2}?(?:beslutades|fattades|togs)\b")
# "… hade godkänt det": an approval of what the sentence named first ("Avtalet med Cerner skrevs under …")
_APPROVED_IT = re.compile(r"(?:(?:hade|har)\s)?(?:godkänt|godkände|antagit|antog)\s(?:det|den)\b")
_AGREEMENT_FIRST = re.compile(r"\s*(?:Avtalet|Avsiktsförklaringen|Överenskommelsen|Kontraktet)\b")
_APPOINTMENT_AS_SUBJECT = re.compile(r"\s*Beslutet\satt\s(?:utse|välja|anställa|utnämna)\s[^.;:]{1,60}?\s(?:fattades|togs)\b")
# A request or claim as the object of the decision verb: "gav grönt ljus för en begäran", "röstade igenom ett krav",
# "hade röstat för kravet" (a sending in the same clause makes it the letter; "enades om ett krav, och på tisdagen
# skickades det": its own clause).
_DECIDED_LETTER = re.compile(
    # ("gick i onsdags på linjen att kräva det, och på torsdagen lämnades kravet över": to demand, decided; v160)
    r"[^.;:,]{0,50}?\bpå\slinjen\satt\s(?:kräva|begära)\b|"
    # ("stadfäste i lördags en skrivelse", "sanktionerade i torsdags ett krav", "gav sin välsignelse åt en skrivelse")
    r"[^.;:,]{0,50}?\b(?:för|igenom|om|till|fast|antog|godkände|stadfäste|sanktionerade|bejakade|bejakat|ratificerade|vidare\smed|åt)\s(?:(?:i|på)\s[a-zåäö]+\s)?(?:(?:en|ett|den|det)\s(?:[a-zåäö]+\s)?(?:begäran|krav|skrivelse|yttrande)|kravet|skrivelsen|begäran)\b(?!(?:(?!,\s(?:och|men)\s)[^.;:])*\b(?:skicka(?:des|t|ts)?|mejla(?:des)?|lämna(?:des)?)\b)"
)


# "Vid sitt möte i torsdags bestämde …", "På mötet i går beslutade …": the meeting the decision was taken at
_AT_MEETING = re.compile(
    r"\b(?:[Vv]id|[Pp]å)\s(?:(?:sitt|sina|ett|dagens)\s(?:[\w-]+\s)?(?:möte|sammanträde)|mötet|sammanträdet)\b"
)
# A meeting as the body that decides: "ombudsmötet", "årsmötet", "föreningsstämman"
_MEETING_BODY = re.compile(r"(?:möte|mötet|stämma|stämman|sammanträdet)$", re.IGNORECASE)
# "Beslutet om vilka sju uppgifter kravet ska innehålla tog hon": what a letter is to hold, decided, no letter sent
# ("De sex uppgifter som kravet omfattar valdes ut av henne": the content chosen)
_LETTER_CONTENT = re.compile(
    r"\b(?:vilka|vad|hur)\s(?:[\w-]+\s){0,4}(?:kravet|skrivelsen|begäran|brevet)\s(?:ska|skulle)\b"
    r"|\bsom\s(?:kravet|skrivelsen|begäran|brevet)\s(?:omfattar|innehåller|ska\sinnehålla|ska\somfatta|räknar\supp|ska\sräkna\supp)\s(?:[\w-]+\s){0,2}?(?:valdes|väljs|bestämdes|fastställdes)\b"
)


def decision_event_type(what: str) -> str:
    """The event a decision is: a pause, an approved agreement, an appointment, else a decision.

    >>> decision_event_type("godkände avsiktsförklaringen med Cerner")
    'agreement'
    """
    if _PAUSE_WORD.search(what) and not _BACKED_PAUSE.match(what):
        return "pause"
    if _AGREEMENT_OBJECT.match(what):
        return "agreement"
    if _APPOINTING.match(what) and not _SUPPLIER.search(what):
        return "appointment"  # not "utsåg i januari Cerner till leverantör": a supplier chosen
    return "decision"


def _retyped(events: list[Event], same: Event, used: set[int], **changes: object) -> list[Event]:
    """The events with ``same`` changed, the changed one still taken as that decision's occurrence
    ("lade den 17 maj fast tidplanen och godkände samtidigt en avsiktsförklaring": the agreement the
    date first read is the first decision's, and the second decision gets an event of its own)."""
    changed = replace(same, **changes)  # type: ignore[arg-type]
    used.add(id(changed))
    return [changed if e is same else e for e in events]


# "… bestämde regiondirektören att systemet ska införas först våren 2022": what was decided, after "att"
_DECIDED_THAT = re.compile(r"\satt\s")
# "… efter ett beslut som kodningsrådet fattade den 20 november": the decision told by its noun in a relative clause
_RELATIVE_DECISION = re.compile(r"beslut(?:et)?,?\ssom\s", re.IGNORECASE)
# "… infördes sedan akutmottagningens registreringsgrupp vid Alingsås lasarett hade …": a decision in a "sedan" clause
# ("Koden lanserades sedan registreringsnämnden hade bejakat den tisdagen den 18 november": v160)
_SINCE_CLAUSE = re.compile(r"\s(?:infördes|startade|började|lanserades|sjösattes|driftsattes)\s(?:[\w-]+\s){0,3}?sedan\s[^.;:,]{1,80}?(?:hade|har)\s$")


def _is_the_decision(same: Event, kind: str, decision: Decision, date_text: str) -> bool:
    """Whether the event the decision's date read in its sentence (a meeting, a go-live, a pause, a letter or an
    agreement the sentence also names) is the decision itself, taken that day."""
    sentence = decision.provenance.sentence
    if same.type == "pause":
        # "… beslut om att pausa införandet, och i tisdags gav regionstyrelsen sitt stöd till pausen": the board's
        # backing on its own day is a decision; the pause was taken before
        return _BACKED_PAUSE.match(decision.what) is not None
    if kind != "decision":
        return False
    if same.type == "meeting":
        # "Vid sitt möte i torsdags bestämde föreningens arbetsmiljönämnd att …": the meeting is the decision's
        # occasion; "Kravet hade antagits av föreningens ombudsmöte i augusti": the meeting that decided
        return bool(_AT_MEETING.search(sentence) or _MEETING_BODY.search(decision.by or ""))
    if same.type == "golive":
        # "men den 3 februari bestämde regiondirektören att systemet ska införas först våren 2022": the day of the
        # decision, the go-live what was decided; "Koden infördes efter ett beslut som kodningsrådet fattade den 20
        # november": the date the relative clause's
        decided_that = _DECIDED_THAT.search(decision.what)
        # "Koden infördes sedan registreringsgruppen hade gett sitt godkännande torsdagen den 20 november": the
        # approval told in the "sedan" clause has the day
        told_at = sentence.find(decision.what)
        since = told_at > 0 and _SINCE_CLAUSE.search(sentence, 0, told_at) is not None
        return bool(
            _RELATIVE_DECISION.match(decision.what) or since
            or decided_that and date_text not in decision.what[decided_that.end() :]
        )
    if same.type == "letter":
        # "gav i torsdags grönt ljus för en begäran om …", "röstade i fredags igenom ett krav på …": the request
        # decided on, not yet sent
        return bool(_DECIDED_LETTER.match(decision.what) or _LETTER_AS_SUBJECT.match(sentence) or _LETTER_CONTENT.search(sentence))
    # "valde Cerner som leverantör i januari och godkände avtalet den 16 april": January's is the choice
    return same.type == "agreement" and not _names_agreement(decision)


def with_decision_events(events: list[Event], decisions: list[Decision]) -> list[Event]:
    """Each decision taken is an event on its own date (undated when the text gives none);
    a date event read from the same sentence with the same date is that occurrence."""
    used: set[int] = set()  # the events already taken as one decision's occurrence
    for decision in decisions:
        stated = decision.date if decision.date is not None and not decision.date.from_published else None
        if stated is None:
            continue
        kind = decision_event_type(decision.what)
        # "Pausen beslutades av regiondirektören den 20 november": the pause as the decision's subject
        pause_told = kind == "decision" and _PAUSE_AS_SUBJECT.match(decision.provenance.sentence) is not None
        kind = "pause" if pause_told else kind
        # "Beslutet att utse Mäkinen fattades av revisorerna i mars": the appointment as the decision's subject
        appointment_told = kind == "decision" and _APPOINTMENT_AS_SUBJECT.match(decision.provenance.sentence) is not None
        kind = "appointment" if appointment_told else kind
        # "Avtalet med Cerner skrevs under i maj, sedan regionstyrelsen hade godkänt det den 16 april": the agreement
        agreement_told = kind == "decision" and _APPROVED_IT.match(decision.what) is not None and _AGREEMENT_FIRST.match(decision.provenance.sentence) is not None
        kind = "agreement" if agreement_told else kind
        start = decision.provenance.start
        told = [e for e in events if e.date is not None and e.date.value == stated.value and e.provenance.start == start]
        # "Kliniken beslutade i september att …, och verksamhetschefen gav samtidigt …": two decisions, two events
        same = next((e for e in told if id(e) not in used), None)
        if same is not None:
            used.add(id(same))
            # (not "Leverantören Cerner utsågs av regionstyrelsen i januari": a supplier chosen)
            appointed = kind == "appointment" and not _SUPPLIER_WORD.search(decision.provenance.sentence)
            if same.type == "decision" and (pause_told or appointment_told or agreement_told or appointed):
                # "Pausen beslutades av …", "Beslutet att utse X fattades …", "sedan regionstyrelsen hade godkänt det",
                # "… och gav henne uppdraget som sällskapets kontaktperson" (v162): the decision's own kind
                events = _retyped(events, same, used, type=kind)
                continue
            if _is_the_decision(same, kind, decision, stated.text):
                events = _retyped(events, same, used, type="decision", actors=(decision.by,) if decision.by else same.actors)
            continue
        if any(e.type != kind for e in told if id(e) not in used):
            # "godkände avtalet, som skrevs under samma dag": the agreement told as its own event; not the event
            # another decision of the sentence took ("fastställde en tidplan den 17 maj, och vid samma möte
            # godkände regionstyrelsen en avsiktsförklaring": the letter of intent is an agreement of its own)
            continue
        if kind == "pause" and any(e.type == "pause" and e.date is not None and e.date.value == stated.value for e in events):
            # "Regionen drog i nödbromsen den 20 november. … Elva dagar senare beslutade regiondirektören att pausa":
            # the pause told before, now with its decider
            continue
        actors = (decision.by,) if decision.by else ()
        # "Vid samma möte utsåg styrelsen X till …": the undated telling of this sentence is this one
        events = [e for e in events if not (e.date is None and e.type == kind and e.provenance.start == start)]
        event = Event(kind, stated, "happened", actors, decision.what, decision.provenance)
        # "fastställde även nya regler … och gav styrelsen i uppdrag": the next decision of the sentence is an event of its own
        used.add(id(event))
        events.append(event)
    return sorted(events, key=lambda e: e.provenance.start)
