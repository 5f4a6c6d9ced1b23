"""One row per Swedish phrase for each rule: titles, people, roles, quotes, decisions, events."""

from __future__ import annotations

import re
from datetime import date

import pytest

from fvmdocs.extract.decisions import decisions_in_sentence
from fvmdocs.extract.events import PERIOD_OF, event_status, nearest_trigger, triggers_in
from fvmdocs.extract.orgs import load_organisations
from fvmdocs.extract.people import find_people
from fvmdocs.extract.roles import roles_in_sentence
from fvmdocs.extract.titles import match_title

ORGS = load_organisations()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("sjukhusdirektör på NÄL", "sjukhusdirektör"),
        ("medicinsk informationsdirektör vid SU", "medicinsk informationsdirektör"),
        ("hälso- och sjukvårdsdirektör i regionen", "hälso- och sjukvårdsdirektör"),
        ("Digitaliseringsdirektör Eva Ek", "digitaliseringsdirektör"),
        ("tillförordnad IT-direktör", "tillförordnad IT-direktör"),
        ("införandeledare för södra området", "införandeledare"),
        ("vd för bolaget", "vd"),
        ("ansvarig för att leda arbetet", None),
        ("sjukhuset i Borås", None),
    ],
)
def test_match_title(text: str, title: str | None) -> None:
    found = match_title(text, 0)
    assert (found.title if found else None) == title


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Det meddelar regiondirektör Karl-Erik Sandvik.", {"Karl-Erik Sandvik"}),
        ("– Vi är redo, säger Tuula Häkkinen.", {"Tuula Häkkinen"}),
        ("Maria von Platen, programchef, ser fram emot starten.", {"Maria von Platen"}),
        ("Johan Ek blir ny verksamhetschef. Eks uppdrag börjar i maj.", {"Johan Ek"}),
        ("Södra Älvsborgs sjukhus, SÄS, startar först.", set()),
        ("Enligt Västra Götalandsregionen är beslutet fattat.", set()),
    ],
)
def test_find_people_by_rule(text: str, names: set[str]) -> None:
    people, _ = find_people(text, [], ORGS)
    assert {p.name for p in people} == names


def test_surname_genitive_and_first_name_count_as_mentions() -> None:
    text = "Regiondirektör Lisa Gran leder arbetet. Grans besked kom i går. Gran säger att Lisa vet."
    people, mentions = find_people(text, [], ORGS)
    assert [(p.name, p.mentions) for p in people] == [("Lisa Gran", 4)]
    assert {m.text for m in mentions} == {"Lisa Gran", "Grans", "Gran", "Lisa"}


def _mentions(sentence: str, names: list[str]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), n) for n in names for m in re.finditer(re.escape(n), sentence)]


@pytest.mark.parametrize(
    ("sentence", "names", "expected"),
    [
        ("– Klart, säger Olle Berg, programchef för FVM.", ["Olle Berg"],
         [("Olle Berg", "programchef", "Framtidens vårdinformationsmiljö")]),
        ("Det säger regionrådet Siv Holm.", ["Siv Holm"], [("Siv Holm", "regionråd", None)]),
        ("NU-sjukvårdens sjukhusdirektör Per Sten var nöjd.", ["Per Sten"],
         [("Per Sten", "sjukhusdirektör", "NU-sjukvården")]),
        ("Per Sten är verksamhetschef vid Skaraborgs Sjukhus.", ["Per Sten"],
         [("Per Sten", "verksamhetschef", "Skaraborgs Sjukhus")]),
        ("Per Sten, som är ordförande i regionfullmäktige, tvekar.", ["Per Sten"],
         [("Per Sten", "ordförande", "regionfullmäktige")]),
        ("Styrelsen har utsett Per Sten till ny projektledare.", ["Per Sten"],
         [("Per Sten", "projektledare", None)]),
        ("Per Sten blir ny IT-direktör på Västra Götalandsregionen.", ["Per Sten"],
         [("Per Sten", "IT-direktör", "Västra Götalandsregionen")]),
        ("Per Sten efterträder Ola Ek som CIO.", ["Per Sten", "Ola Ek"], [("Per Sten", "CIO", None), ("Ola Ek", "CIO", None)]),
        ("Per Sten tillträder som pressekreterare den 1 mars 2021.", ["Per Sten"],
         [("Per Sten", "pressekreterare", None)]),
        ("– Nej, säger Per Sten, kommunalråd i Borås och ordförande i Västkom.", ["Per Sten"],
         [("Per Sten", "kommunalråd", "Borås"), ("Per Sten", "ordförande", "Västkom")]),
        ("Per Sten träffade Ola Ek i Borås.", ["Per Sten", "Ola Ek"], []),
    ],
)
def test_roles_in_sentence(sentence: str, names: list[str], expected: list[tuple[str, str, str | None]]) -> None:
    found = roles_in_sentence(sentence, _mentions(sentence, names), ORGS)
    assert [(r.person, r.title, r.org) for r in found] == expected


def test_role_with_stated_start() -> None:
    sentence = "Per Sten tillträder som pressekreterare den 1 mars 2021."
    assert roles_in_sentence(sentence, _mentions(sentence, ["Per Sten"]), ORGS)[0].starts


@pytest.mark.parametrize(
    ("sentence", "by", "planned"),
    [
        ("Regionstyrelsen beslutade i maj att pausa införandet.", "Regionstyrelsen", False),
        ("I maj beslutade regionfullmäktige att gå vidare.", "regionfullmäktige", False),
        ("Hälso- och sjukvårdsnämnden har fattat beslut om en ny budget.", "Hälso- och sjukvårdsnämnden", False),
        ("Avtalet godkändes av regionstyrelsen den 3 juni.", "regionstyrelsen", False),
        ("Planen har antagits av regionfullmäktige.", "regionfullmäktige", False),
        ("Den tidplan som regionstyrelsen fastställde 2022 gäller.", "regionstyrelsen", False),
        ("Västkoms styrelse tog beslut om rekommendationen.", "Västkoms styrelse", False),
        ("Regionstyrelsen ska fatta beslut om tidplanen i oktober.", "Regionstyrelsen", True),
        ("Frågan beslutas av regionfullmäktige i juni.", "regionfullmäktige", True),
        ("Det beslutades att pausa arbetet.", None, False),
    ],
)
def test_decisions_in_sentence(sentence: str, by: str | None, planned: bool) -> None:
    found = decisions_in_sentence(sentence)
    assert [(d.by, d.planned) for d in found] == [(by, planned)]


def test_decision_by_named_person() -> None:
    sentence = "Regiondirektör Lisa Gran har utsett Per Sten till projektledare."
    found = decisions_in_sentence(sentence, _mentions(sentence, ["Lisa Gran", "Per Sten"]))
    assert [(d.by, d.lemma) for d in found] == [("Lisa Gran", "utse")]


@pytest.mark.parametrize(
    ("sentence", "timex", "kind"),
    [
        ("Driftstarten sker den 9 november.", "den 9 november", "golive"),
        ("Införandet pausades den 20 november.", "den 20 november", "pause"),
        ("Avtalet undertecknades i mars 2018.", "i mars 2018", "agreement"),
        ("Regionstyrelsen godkände avsiktsförklaringen den 17 maj.", "den 17 maj", "agreement"),
        ("Regionen skickade ett brev med krav i februari.", "i februari", "letter"),
        ("Svaret ska komma senast den 1 juli.", "den 1 juli", "deadline"),
        ("Ett extra sammanträde hålls på tisdag.", "på tisdag", "meeting"),
        ("Regionstyrelsen beslutade i oktober att gå vidare.", "i oktober", "decision"),
        ("Materialet ska vara klart före sommaren.", "före sommaren", "deadline"),
        ("Arbetsgruppen träffas första gången den 4 april.", "den 4 april", "meeting"),
    ],
)
def test_event_type_of_a_date(sentence: str, timex: str, kind: str) -> None:
    start = sentence.index(timex)
    trigger = nearest_trigger(triggers_in(sentence), start, start + len(timex), sentence)
    assert trigger is not None and trigger.type == kind


@pytest.mark.parametrize(
    ("sentence", "timex", "kind"),
    [
        ("Beslutet att pausa införandet fattades den 20 november.", "den 20 november", "pause"),
        ("Regionstyrelsen ska besluta om tidplanen i april.", "i april", "decision"),
        # a postponement moves the go-live; it is not a pause
        ("Införandet skjuts upp till hösten 2025.", "hösten 2025", "golive"),
        ("Styrelsen sköt upp starten till våren 2026.", "våren 2026", "golive"),
        ("Regiondirektören beslutade den 20 november att pausa införandet.", "den 20 november", "pause"),
        ("Regionstyrelsen ska fatta beslut om en ny tidplan för införandet i oktober.", "i oktober", "decision"),
        ("I maj fattar styrgruppen beslut om startdatumet.", "I maj", "decision"),
        ("Styrelsen tar ställning till rekommendationen i mars.", "i mars", "decision"),
        ("Regiondirektören gav i december ett konsultföretag i uppdrag att granska starten.", "i december", "decision"),
        ("I torsdags gick tiden ut för kommunerna att teckna avtal.", "I torsdags", "deadline"),
        ("Mottagningarna börjar inte använda systemet i höst.", "i höst", "golive"),
        # meetings: compounds, verbs, a body treating a report; what the meeting is about is no go-live
        ("Nästa vecka samlas kunderna till ett användarmöte i Köpenhamn.", "Nästa vecka", "meeting"),
        ("Vecka 46: uppföljningsmöte med primärvården.", "Vecka 46", "meeting"),
        ("Kommunen informerar vid arbetsplatsträffar vecka 50.", "vecka 50", "meeting"),
        ("Styrgruppen möts nästa gång den 25 augusti.", "den 25 augusti", "meeting"),
        ("Regionstyrelsen ska behandla rapporten den 27 maj.", "den 27 maj", "meeting"),
        ("Alla chefer bjuds in till en frågestund om införandet på tisdag.", "på tisdag", "meeting"),
        ("Under vecka 6 träffar programdirektören sjukhusens ledningar.", "vecka 6", "meeting"),
        ("Revisorerna beslutade vid sitt sammanträde den 10 april att begära svar.", "den 10 april", "decision"),
        # deadlines and what is due
        ("Kostnaderna ska utredas och redovisas för regionstyrelsen i början av nästa år.", "i början av nästa år", "deadline"),
        ("Granskningen ska presenteras under första halvåret 2025.", "under första halvåret 2025", "deadline"),
        ("Resultatet väntas i början av mars.", "i början av mars", "deadline"),
        ("Förvaltningen ska rapportera till kommunstyrelsen i december.", "i december", "deadline"),
        ("Enligt planen ska hela återgången vara klar senast på fredag.", "på fredag", "pause"),
        ("Alla enheter ska vara tillbaka i de gamla systemen senast på måndag.", "på måndag", "pause"),
        # go-lives, agreements, letters, appointments in other words
        ("I lördags gick sjukhuset över till Millennium.", "I lördags", "golive"),
        ("Lördagen den 9 november börjar regionen använda Millennium.", "Lördagen den 9 november", "golive"),
        ("Avtalet tecknades redan 2018, men införandet har skjutits upp.", "2018", "agreement"),
        ("Under hösten har förbundet skickat flera skrivelser till ledningen.", "Under hösten", "letter"),
        ("Skyddsombudet gjorde i slutet av november en anmälan till Arbetsmiljöverket.", "i slutet av november", "letter"),
        ("Hon tog över som Sverigechef i våras.", "i våras", "appointment"),
        ("Regiondirektören gav uppdraget om en granskning den 20 november.", "den 20 november", "decision"),
        # a meeting where a decision was taken; a go-live that is what was decided; backing a pause
        ("Vid sammanträdet den 25 november fattade regionfullmäktige beslut om planen.", "den 25 november", "decision"),
        ("Regionstyrelsen sa i tisdags ja till att Millennium startar om i oktober.", "i tisdags", "decision"),
        ("Regionstyrelsen sa i tisdags ja till att Millennium startar om i oktober.", "i oktober", "golive"),
        ("Regionfullmäktige väntas fatta beslut om finansieringen av införandet i november.", "i november", "decision"),
        ("I går klubbade styrelsen tidplanen för den nya starten.", "I går", "decision"),
        ("Vid ett extra sammanträde i går ställde sig styrelsen bakom beslutet att pausa införandet.", "i går", "decision"),
        ("Ett tilldelningsbeslut väntas i januari.", "i januari", "decision"),
        # go-lives told with the users between verb and "att använda", as a change of system, as a restart
        ("Den 9 november började sjukhuset, vårdcentralerna och kommunerna att använda Millennium.", "Den 9 november", "golive"),
        ("Region Halland planerar att byta system under 2026.", "under 2026", "golive"),
        ("Klagomålen gällde tiden efter omstarten den 11 oktober.", "den 11 oktober", "golive"),
        ("Därefter går de norra och östra delarna över våren 2026.", "våren 2026", "golive"),
        ("Upphandlingen annonseras i vår, och systemet väntas börja användas 2020.", "2020", "golive"),
        ("I båda områdena börjar den digitala anmälan användas måndagen den 7 september.", "måndagen den 7 september", "golive"),
        # each clause joined by ", och" keeps the event it names
        ("Avtalet skrevs under den 2 september, och VGR IT godkände analysen den 17 september.", "den 2 september", "agreement"),
        ("Avtalet skrevs under den 2 september, och VGR IT godkände analysen den 17 september.", "den 17 september", "decision"),
        # answers promised, deadlines with "ska enligt X vara klart" and "till och med", meetings of other names
        ("Regionen har lovat polisen ett skriftligt svar i mitten av april.", "i mitten av april", "letter"),
        ("Vi skickade synpunkter i mars, och svar är utlovat vecka 25.", "vecka 25", "letter"),
        ("Underlaget ska enligt uppdraget vara klart i slutet av juni.", "i slutet av juni", "deadline"),
        ("Synpunkter tas emot till och med den 31 mars.", "den 31 mars", "deadline"),
        ("För socialtjänsten hålls ett webbinarium onsdagen den 19 augusti.", "onsdagen den 19 augusti", "meeting"),
        ("Ett öppet hus hålls lördagen den 23 april.", "lördagen den 23 april", "meeting"),
        # what was done at a meeting, and a decision to write a letter
        ("På mötet i tisdags utsåg nätverket också Ahmad Karimi till sin representant.", "i tisdags", "appointment"),
        ("Ledningsgruppen fattade beslut om skrivelsen veckan innan.", "veckan innan", "decision"),
        # deadlines told by a tender period, a report or a "bli klar"; go-lives told as joining or following
        ("Anbudstiden går ut den 16 mars.", "den 16 mars", "deadline"),
        ("Sjukhuset ska redovisa åtgärderna senast i mars.", "i mars", "deadline"),
        ("Den första lägesrapporten lämnas den 24 november.", "den 24 november", "deadline"),
        ("Granskningen väntas bli klar i juni.", "i juni", "deadline"),
        ("Kommunerna i Skaraborg ansluter i mars 2027.", "i mars 2027", "golive"),
        ("Hemsjukvården byter till Millennium den 13 mars.", "den 13 mars", "golive"),
        ("Resten av regionen följer i etapper fram till 2023.", "2023", "golive"),
        # meetings by other names; requests and filings sent; contracts named by a compound, a purchase
        ("Samråd mellan regionen och kommunerna hålls vecka 40.", "vecka 40", "meeting"),
        ("Regionens presskonferens i Borås hölls den 13 oktober.", "den 13 oktober", "meeting"),
        ("Vårdförbundet träffade sjukhusledningen den 4 december.", "den 4 december", "meeting"),
        ("En förlorande anbudsgivare begärde överprövning den 29 juni.", "den 29 juni", "letter"),
        ("Regionens yttrande kom in till Arbetsmiljöverket den 21 mars.", "den 21 mars", "letter"),
        ("Den första lex Maria-anmälan kom in till IVO den 22 november.", "den 22 november", "letter"),
        ("Regionstyrelsen godkände tilläggsavtalet den 27 januari.", "den 27 januari", "agreement"),
        ("Oracle köper Cerner i juni.", "i juni", "agreement"),
        ("Kommunen anslöt sig till den kommunala optionen i december 2019.", "i december 2019", "agreement"),
    ],
)
def test_event_type_more_specific_wins(sentence: str, timex: str, kind: str) -> None:
    start = sentence.index(timex)
    trigger = nearest_trigger(triggers_in(sentence), start, start + len(timex), sentence)
    assert trigger is not None and trigger.type == kind


@pytest.mark.parametrize(
    "sentence",
    ["Utbildningen för sjuksköterskor startar vecka 34.", "Regionen beslutade att starta upphandlingen i september."],
)
def test_an_activity_that_starts_is_no_go_live(sentence: str) -> None:
    assert all(t.type != "golive" for t in triggers_in(sentence))


@pytest.mark.parametrize(
    ("sentence", "timex"),
    [
        ("Vårt nuvarande avtal löper ut 2027.", "2027"),
        ("Regionstyrelsen beslutade att förlänga avtalet med leverantören till och med 2028.", "2028"),
        ("Överenskommelsen gäller från den 1 april.", "den 1 april"),
        ("Hon går över till det nya uppdraget den 1 september.", "den 1 september"),
    ],
)
def test_a_contracts_term_or_a_new_job_is_no_event(sentence: str, timex: str) -> None:
    start = sentence.index(timex)
    trigger = nearest_trigger(triggers_in(sentence), start, start + len(timex), sentence)
    assert trigger is None or trigger.type not in ("agreement", "golive")


def test_a_clause_with_a_verb_and_no_event_of_its_own_dates_none() -> None:
    """ "Testerna borde göras våren 2020, eftersom …går över 2021": the tests are no event, the
    go-live in the other clause keeps its own date; a clause without a verb goes on with it."""
    sentence = "Testerna borde göras våren 2020, eftersom vårdcentralerna enligt planen går över 2021."
    start = sentence.index("våren 2020")
    assert nearest_trigger(triggers_in(sentence), start, start + 10, sentence) is None
    elliptic = "Skaraborg går över i april, men Fyrbodal först den 14 november."
    start = elliptic.index("den 14 november")
    trigger = nearest_trigger(triggers_in(elliptic), start, start + 15, elliptic)
    assert trigger is not None and trigger.type == "golive"


OCT28 = date(2020, 10, 28)


@pytest.mark.parametrize(
    ("sentence", "begin", "end", "status"),
    [
        # a date around the publication: the tense or a postponement decides
        ("Mottagningarna börjar inte använda systemet i höst.", date(2020, 9, 1), date(2020, 11, 30), "planned"),
        ("Starten skjuts upp, och det blir ingen start i år.", date(2020, 1, 1), date(2020, 12, 31), "planned"),
        ("Vi ska inte starta förrän systemet är klart, och det är vi inte i år.", date(2020, 1, 1), date(2020, 12, 31), "planned"),
        ("Arbetet med designen startade i höst.", date(2020, 9, 1), date(2020, 11, 30), "happened"),
        # a date before or after the publication decides alone
        ("Starten skjuts upp till nästa höst.", date(2021, 9, 1), date(2021, 11, 30), "planned"),
        ("Systemet infördes inte i våras.", date(2020, 3, 1), date(2020, 5, 31), "happened"),
    ],
)  # fmt: skip
def test_event_status(sentence: str, begin: date, end: date, status: str) -> None:
    assert event_status(sentence, begin, end, OCT28, sentence) == status


@pytest.mark.parametrize(
    ("before", "is_period"),
    [
        ("antog budgeten för ", True),
        ("under perioden ", True),
        ("programchef sedan ", True),
        ("som sedan i ", True),
        ("beslutade den ", False),
        ("startar i ", False),
    ],
)
def test_period_not_event_date(before: str, is_period: bool) -> None:
    assert bool(PERIOD_OF.search(before)) is is_period
