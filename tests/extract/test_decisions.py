"""Decisions: one row per Swedish way of saying that a body or person decided, or will."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from fvmdocs.extract.decision_events import decision_event_type
from fvmdocs.extract.decisions import decisions_in_sentence
from fvmdocs.extract.document import extract_facts


@pytest.mark.parametrize(
    ("sentence", "by", "planned"),
    [
        ("Regionstyrelsen beslutade den 12 mars att pausa införandet.", "Regionstyrelsen", False),
        ("Regionfullmäktige har beslutat att anslå 200 miljoner kronor.", "Regionfullmäktige", False),
        ("Hälso- och sjukvårdsstyrelsen fattade beslut om tidplanen i februari.", "Hälso- och sjukvårdsstyrelsen", False),
        ("Det var programstyrelsen som tog beslutet i tisdags.", "programstyrelsen", False),
        ("Regionstyrelsen godkände avtalet på tisdagen.", "Regionstyrelsen", False),
        ("Fullmäktige antog den nya budgeten i november 2023.", "Fullmäktige", False),
        ("Programstyrelsen fastställde tidplanen den 5 februari.", "Programstyrelsen", False),
        ("Styrelsen utsåg i januari Lisa Ek till ny programchef.", "Styrelsen", False),
        ("Regionstyrelsen beviljade i december extra medel.", "Regionstyrelsen", False),
        ("Regionstyrelsen gav i oktober regiondirektören i uppdrag att ta fram en plan.", "Regionstyrelsen", False),
        ("Regionstyrelsen ställde sig bakom beslutet den 26 november.", "Regionstyrelsen", False),
        ("Kommunstyrelsen i Borås beslutade i går att ansluta sig.", "Kommunstyrelsen i Borås", False),
        ("Västkoms styrelse beslutade i maj att rekommendera anslutning.", "Västkoms styrelse", False),
        ("Hon påpekar att nämnden i samma beslut gav förvaltningen i uppdrag att följa upp.", "nämnden", False),
        ("Leverantören Oracle Health, som sköter driften, har beslutat att byta datahall.", "Leverantören Oracle Health", False),
        ("Kollegiet tillstyrkte i går förslaget om ansvarsfrihet.", "Kollegiet", False),
        ("Styrelsen avstyrkte motionens andra att-sats.", "Styrelsen", False),
        ("FoU-rådet i Södra Älvsborg beviljade pengarna i juni.", "FoU-rådet i Södra Älvsborg", False),
        ("Regionala etikprövningsnämnden i Göteborg godkände studien i måndags.", "Regionala etikprövningsnämnden i Göteborg", False),
        ("Beslutet att låta personalen pröva systemen innan ett val görs fattades av programmets styrgrupp i mars.",
         "programmets styrgrupp", False),
        ("Regionstyrelsen inrättade i juni en referensgrupp.", "Regionstyrelsen", False),
        ("Närhälsans ledningsgrupp beslutade i augusti att anställa fler.", "Närhälsans ledningsgrupp", False),
        ("Möjligheten gav regionstyrelsen i juni, när den fastställde vilka delar som ingår.", "regionstyrelsen", False),
        ("Forskarna sökte i mars, och beslutet från Forte fattades den 8 september.", "Forte", False),
        ("Forskningsrådet Forte beviljade förra veckan 11 miljoner kronor.", "Forte", False),
        ("Även Sjukhusapoteket har fattat beslut inför starten.", "Sjukhusapoteket", False),
        ("Region Hallands regionstyrelse sa dock nej i oktober.", "Region Hallands regionstyrelse", False),
        ("I oktober flyttade regiondirektören starten till april.", "regiondirektören", False),
        ("Tandvårdens ledningsgrupp tecknade i augusti ett förlängt avtal med leverantören.", "Tandvårdens ledningsgrupp", False),
        ("Arbetsmiljöverket förelägger regionen att åtgärda bristerna.", "Arbetsmiljöverket", False),
        ("I samma beslut avslog Arbetsmiljöverket regionens begäran.", "Arbetsmiljöverket", False),
        ("Forskningsnämnden vid Högskolan i Borås beslutade i juni att anställa en doktorand.",
         "Forskningsnämnden vid Högskolan i Borås", False),
        ("Integritetsskyddsmyndigheten (IMY) har beslutat att granska regionen.", "IMY", False),
        ("Det var i fredags som styrelsen för Skövde läkarförening beslutade att säga nej.", "styrelsen för Skövde läkarförening", False),
        ("Läkemedelskommittén i Västra Götalandsregionen beslutade i maj att behålla listan.", "Läkemedelskommittén i Västra Götalandsregionen", False),
        ("Vid kommunfullmäktiges sammanträde i juni valdes Eva Lind till ordförande.", "kommunfullmäktige", False),
        ("På förbundets kongress i maj valdes Ali Said till ledamot i förbundsstyrelsen.", "förbundets kongress", False),
        ("Beslutet att stänga e-tjänsterna fattades av programmets styrgrupp i juni.", "programmets styrgrupp", False),
        ("Revisorerna beslutade att granska programmet.", "Revisorerna", False),
        ("I måndags beslutade regionstyrelsen att gå vidare.", "regionstyrelsen", False),
        # passives
        ("Beslutet fattades av regiondirektören den 20 november.", "regiondirektören", False),
        ("Avtalet har godkänts av regionfullmäktige.", "regionfullmäktige", False),
        ("Avtalet godkändes i regionfullmäktige den 14 juni.", "regionfullmäktige", False),
        ("Det beslutades i mars att starta om arbetet.", None, False),
        ("I januari fattades beslut om att skjuta upp starten.", None, False),
        # future, conditional and negated: no decision taken (planned)
        ("Regionstyrelsen ska besluta om den nya tidplanen i april.", "Regionstyrelsen", True),
        ("Regionfullmäktige väntas besluta om budgeten i juni.", "Regionfullmäktige", True),
        ("Frågan ska beslutas av regionfullmäktige i juni.", "regionfullmäktige", True),
        ("Regionstyrelsen har inte fattat beslut om avtalet.", "Regionstyrelsen", True),
        ("Regionstyrelsen beslutar i dag om avtalet.", "Regionstyrelsen", True),
        # the noun apart from its verb: the actor or an adverbial in between
        ("I går tog sjukhusdirektören beslutet att stänga avdelningen.", "sjukhusdirektören", False),
        ("Nämnden fattade i onsdags ett beslut om nya riktlinjer.", "Nämnden", False),
        ("Servicenämnden i Region Örebro län fattade på måndagen beslut om upphandlingen.", "Servicenämnden i Region Örebro län", False),
        ("I juni fattar styrgruppen beslut om nästa steg.", "styrgruppen", True),
        ("Eftersom systemet inte fungerade beslutade regiondirektören att pausa.", "regiondirektören", False),
        ("Regionen kan nu meddela att styrelsen har beslutat att gå vidare.", "styrelsen", False),
        # an organisation's name as the actor
        ("Cerner har nu utsett en ny projektledare för Sverige.", "Cerner", False),
        ("Inera beslutade i våras att avveckla tjänsten.", "Inera", False),
        # everyday verbs of deciding, with a body as subject
        ("Regionstyrelsen har nu bestämt att starten ska ske i höst.", "Regionstyrelsen", False),
        ("Kommunstyrelsen i Borås bestämde i februari att ansluta sig.", "Kommunstyrelsen i Borås", False),
        ("Styrgruppen har valt att skjuta upp starten.", "Styrgruppen", False),
        ("Regionfullmäktige klubbade budgeten på tisdagen.", "Regionfullmäktige", False),
        ("Budgeten klubbades av regionfullmäktige i juni.", "regionfullmäktige", False),
        # a split verb with an adjective before its noun, or a long subject inside it
        ("I april fattade kammarrätten ett slutligt beslut om målet.", "kammarrätten", False),
        ("I mars tog Läkarförbundets lokalstyrelse i Region Dalarna beslut om att protestera.",
         "Läkarförbundets lokalstyrelse i Region Dalarna", False),
        # "lägga fast", active and passive
        ("Regionstyrelsen lade fast tidplanen i maj.", "Regionstyrelsen", False),
        ("Tidplanen lades fast av programmets styrgrupp i maj.", "programmets styrgrupp", False),
        # a name heading a relative clause; a body's genitive before its dated decision
        ("Inera, som i maj fattade beslut om tjänsten, följer arbetet.", "Inera", False),
        ("Regionstyrelsens beslut i maj om att godkänna avtalet blev avgörande.", "Regionstyrelsen", False),
        # "ställde sig på onsdagen bakom"; a subject clause's "ska" is what was decided
        ("Styrelsen för Alingsås lasarett ställde sig på onsdagen bakom planen.", "Styrelsen för Alingsås lasarett", False),
        ("Att all support ska utföras inom EU beslutades av regionstyrelsen i december.", "regionstyrelsen", False),
        ("Att systemet ska bytas har inte beslutats av regionstyrelsen.", "regionstyrelsen", True),
        # a court's ruling; the subject before "i juli i fjol"
        ("Frågan väcktes sedan EU-domstolen i juli i fjol ogiltigförklarade avtalet.", "EU-domstolen", False),
        # the one appointed after "har utsett" is not who decided; "förkasta"
        ("Oracle har utsett Karin Ek till nordisk chef.", "Oracle", False),
        ("Anbudet förkastades av upphandlingsgruppen i januari.", "upphandlingsgruppen", False),
        ("Regionstyrelsen sa ja till det nya avtalet den 5 mars.", "Regionstyrelsen", False),
        ("Nämnden sade nej till förslaget i februari.", "Nämnden", False),
        ("Hälso- och sjukvårdsstyrelsen gav grönt ljus för återstarten.", "Hälso- och sjukvårdsstyrelsen", False),
        ("Nämnden tog ställning för förslaget den 4 mars.", "Nämnden", False),
        ("Västkoms styrelse tar ställning till rekommendationen i mars.", "Västkoms styrelse", True),
        ("Enligt beslutet, som regionstyrelsen fattade den 12 mars, ska införandet pausas.", "regionstyrelsen", False),
        ("Förslaget röstades igenom av regionfullmäktige den 14 juni.", "regionfullmäktige", False),
        ("Regionfullmäktige röstade igenom budgeten i juni.", "Regionfullmäktige", False),
        ("Regionfullmäktige biföll förslaget den 14 juni.", "Regionfullmäktige", False),
        ("Regionstyrelsen avslog motionen i februari.", "Regionstyrelsen", False),
        # the commission named by its noun
        ("Regiondirektören gav uppdraget om en ny utredning den 3 mars.", "Regiondirektören", False),
        ("Nämnden gav uppdrag till förvaltningen att räkna på kostnaderna.", "Nämnden", False),
        # the second verb of a body's clause shares its subject
        ("Sjukhusets ledning gick på fredagen igenom läget och beslutade att vänta.", "Sjukhusets ledning", False),
        ("Regionstyrelsen lyssnade på kritiken och har beslutat att pausa.", "Regionstyrelsen", False),
        # a decision named by its noun
        ("Arbetet stoppades i juni efter ett beslut av kommunstyrelsen.", "kommunstyrelsen", False),
        ("Kritiken gällde underlaget som nämnden hade inför sitt beslut i mars 2023 om avtalet.", "nämnden", False),
        # a shift between the body and its verb; an election with its post far after the verb
        ("När regiondirektören tre dagar senare beslutade att stänga följde vården med.", "regiondirektören", False),
        ("Västkoms styrelse valde i går Lena Ek (S), kommunalråd i Lidköping, till ny ordförande.", "Västkoms styrelse", False),
        # a members' meeting decides; an adverb opening the clause is no actor; more wordings of a decision
        ("Förbundsmötet i Murarnas yrkesförening i Fyrbodal antog i lördags ett uttalande.", "Förbundsmötet i Murarnas yrkesförening i Fyrbodal", False),
        ("Dessutom antog förbundsmötet en rekommendation om handskar.", "förbundsmötet", False),
        ("Sjukhusets hjälpmedelssamordnare sade ja till upplägget i september.", "Sjukhusets hjälpmedelssamordnare", False),
        ("Styrelsen slog i tisdags fast att kravet gäller.", "Styrelsen", False),
        ("Styrelsen röstade i tisdags ja till förslaget.", "Styrelsen", False),
        ("Styrgruppen spikade i maj datumet för starten.", "Styrgruppen", False),
        ("Nämnden godtog i går förslaget.", "Nämnden", False),
        ("Styrelsen lade i tisdags fast en ny tidplan.", "Styrelsen", False),
        ("Styrelsen utnämnde i tisdags Anna Berg till ordförande.", "Styrelsen", False),
        ("Styrelsen tillsatte i tisdags en arbetsgrupp.", "Styrelsen", False),
        ("Konsistoriet vid Göteborgs universitet fattade beslut i går om att delta.", "Konsistoriet vid Göteborgs universitet", False),
        # the assembly whose meeting a passive decision was taken at
        ("Vid årsmötet i lördags valdes Anna Berg till ordförande.", "årsmötet", False),
        ("På lördagens årsmöte beslutades att föreningen ska skriva till regionen.", "årsmötet", False),
        # the post told in the main clause or fronted with "som"
        ("Ny skadeansvarig i klubben blir tränaren Sara Wikström, som klubbstyrelsen valde i torsdags.", "klubbstyrelsen", False),
        ("Som ny säkerhetsansvarig valde styrelsen vid samma möte Oskar Lind.", "styrelsen", False),
        # (v126) agreeing on a letter, a date told in the passive with its body, a stand taken, a year told again
        ("Tävlingskommittén i Fälttävlansklubben Hindret enades i fredags om en skrivelse.", "Tävlingskommittén i Fälttävlansklubben Hindret", False),
        ("Tidplanen för Millennium bestämdes av regionstyrelsen den 17 maj förra året.", "regionstyrelsen", False),
        ("Den 22 mars tog regionstyrelsen ställning för en upphandling av ett nytt system.", "regionstyrelsen", False),
        ("Avtalet skrevs under i maj 2019, sedan regionstyrelsen i januari samma år hade utsett företaget till leverantör.", "regionstyrelsen", False),
    ],
)  # fmt: skip
def test_decisions_in_sentence(sentence: str, by: str | None, planned: bool) -> None:
    found = decisions_in_sentence(sentence)
    assert [(d.by, d.planned) for d in found] == [(by, planned)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vårdförbundet ställde sig bakom kritiken.",
        "Kommunerna gav sitt stöd till planen.",
        "Beslutet kan komma att omprövas.",
        "Regionstyrelsen kommer att fatta beslut om införandet i maj.",
        "Regionstyrelsen kan komma att besluta om saken i höst.",
        "Under våren har många enheter utsett egna kontaktpersoner.",
        "Det var ett av de svåraste besluten styrelsen har fattat.",
        "Han tog beslut varje dag som läkare.",
        "Nu är datumet bestämt.",
        "Vi har valt att vänta med utbildningen.",
        "Anna Berg valde att lämna projektet.",
        "Många medarbetare sa ja till extra pass.",
        "Personalen röstade igenom en ny schemaläggning.",
        "Oracle gav besked om leveransen och beslutade att vänta.",
        "Projektet gav oss en bättre bild av läget.",
        "Läkarna träffade styrelsen och beslutade att skriva ett brev.",
        # a summary of the meeting's decisions is none of them
        "Här följer de beslut som nämnden fattade vid tisdagens sammanträde.",
        "Det är ett av de största beslut som regionen har fattat.",
        "Fullmäktiges ordförande klubbade beslutet efter omröstningen.",
        "Rapporten slår fast att systemet fungerar.",
        "Datumet bestämdes i maj.",
        "Parterna enades om en ny tidplan.",
        "Granskarna slog fast att ledningen hade brustit.",
    ],
)
def test_no_decision(sentence: str) -> None:
    assert [d for d in decisions_in_sentence(sentence) if not d.planned] == []


@pytest.fixture(scope="module")
def decide(nlp: Language) -> Callable[[str, date], list[tuple[str | None, str | None]]]:
    """(by, stated date) of each decision extracted from a small page."""

    def run(text: str, published: date) -> list[tuple[str | None, str | None]]:
        facts = extract_facts(nlp(text), published=published, doc_id="t", version=1)
        return [
            (d.by, None if d.date is None or d.date.from_published else d.date.value)
            for d in facts.decisions
        ]

    return run


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the date of the decision clause, not of a thing the sentence names
        ("Utredningen gäller perioden från upphandlingen 2019 fram till den 3 mars 2023, då regiondirektören beslutade att stoppa projektet.",
         date(2023, 5, 2), [("regiondirektören", "2023-03-03")]),
        ("Regionstyrelsen utsåg i går Eva Lind till programchef från den 1 september.",
         date(2023, 5, 2), [("regionstyrelsen", "2023-05-01")]),
        ("Regiondirektören har gett förvaltningen i uppdrag att ta fram en plan som ska vara klar i november.",
         date(2023, 5, 2), [("regiondirektören", None)]),
        # a body outside VGR keeps the place it belongs to, also when named again bare
        ("Regionstyrelsen i Region Örebro län fattade i tisdags beslut om att köpa systemet. "
         "Enligt den tidplan som regionstyrelsen antog startar arbetet i höst.",
         date(2023, 5, 11), [("regionstyrelsen i Region Örebro län", "2023-05-09")]),
        # an agentless follow-up belongs to the decision told before it
        ("Den 4 april tog regiondirektören beslutet att pausa. Samma dag beslutades att personalen skulle få extra stöd.",
         date(2023, 5, 2), [("regiondirektören", "2023-04-04")]),
        ("Eva Lind har utsetts till ny programchef. Beslutet fattades av regiondirektören i måndags.",
         date(2023, 5, 3), [("regiondirektören", "2023-05-01")]),
        ("Avtalet godkändes i mars\n\nRegionfullmäktige godkände den 14 mars avtalet med leverantören.",
         date(2023, 5, 2), [("regionfullmäktige", "2023-03-14")]),
        # the lead and the body tell one decision, its day worded twice
        ("I onsdags beslutade nämnden att vänta med starten. Nämnden beslutade vid onsdagens sammanträde att starten skjuts upp.",
         date(2023, 5, 12), [("nämnden", "2023-05-10")]),
        # "samma dag som X" dates by X, not by the decision told before (an appointment with no one
        # named as deciding is no decision)
        ("Eva Lind har utsetts till ny programchef. Regiondirektören gav uppdraget om en utredning den 4 april, samma dag som systemet stängdes.",
         date(2023, 5, 2), [("regiondirektören", "2023-04-04")]),
        # an agentless "Beslutet fattades ..." dates the decision told before
        ("Regiondirektören har utsett Eva Lind till ny programchef. Beslutet fattades i måndags.",
         date(2023, 5, 3), [("regiondirektören", "2023-05-01")]),
        # "samtidigt": the occasion of the same body's last decision, not a date in its "att" clause
        ("I tisdags beslutade nämnden att vänta. Fullmäktige antog planen i mars. "
         "Nämnden gav samtidigt förvaltningen i uppdrag att redovisa kostnaderna för april.",
         date(2023, 5, 11), [("nämnden", "2023-05-09"), ("fullmäktige", "2023-03"), ("nämnden", "2023-05-09")]),
        # "och gav (samtidigt) X i uppdrag": X is commissioned; the subject is the first clause's
        ("I tisdags fick regionstyrelsen ta del av rapporten och gav samtidigt regiondirektören i uppdrag att ta fram en plan.",
         date(2025, 6, 18), [("regionstyrelsen", "2025-06-17")]),
        # split particle verbs, clefts, appositions, "fick i uppdrag av", "enligt beslutet från"
        ("Regionfullmäktige sa på tisdagen ja till den nya planen.", date(2025, 3, 12), [("regionfullmäktige", "2025-03-11")]),
        ("Efter en lång debatt röstade fullmäktige igenom förslaget.", date(2025, 3, 12), [("fullmäktige", None)]),
        ("Det var regionfullmäktige som i juni 2019 godkände avtalet med Cerner.", date(2025, 3, 12), [("regionfullmäktige", "2019-06")]),
        ("Regionens högsta tjänsteperson, regiondirektören, beslutade den 20 november att pausa.",
         date(2025, 3, 12), [("regiondirektören", "2024-11-20")]),
        ("Regiondirektören fick i uppdrag av regionstyrelsen att ta fram en ny plan.", date(2025, 3, 12), [("regionstyrelsen", None)]),
        ("Enligt beslutet från regionstyrelsen den 12 februari ska arbetet fortsätta.", date(2025, 3, 12), [("regionstyrelsen", "2025-02-12")]),
        ("Beslutet om att pausa införandet fattades av regiondirektören den 20 november 2024.",
         date(2025, 3, 12), [("regiondirektören", "2024-11-20")]),
        # more decisions of the meeting told after it, each a main clause of its own
        ("Vid sammanträdet den 25 november fattade fullmäktige beslut om planen. Fullmäktige godkände planen med 97 röster. "
         "Samtidigt gav fullmäktige styrelsen i uppdrag att senast i mars redovisa kostnaderna. "
         "Fullmäktige antog budgeten för 2026. Fullmäktige utsåg Eva Lind till ny ledamot.",
         date(2025, 11, 26), [("fullmäktige", "2025-11-25")] * 4),
        # the body of a relative clause with its time and "också"; subordinate word order
        ("Planen har godkänts av kommunstyrelsen i Ulricehamn, som vid sitt sammanträde den 2 oktober också beslutade att avsätta pengar.",
         date(2024, 10, 24), [("kommunstyrelsen i Ulricehamn", "2024-10-02"), ("kommunstyrelsen i Ulricehamn", "2024-10-02")]),
        ("Bakgrunden är att Västra Götalandsregionens regionstyrelse i maj godkände en avsiktsförklaring.",
         date(2022, 6, 20), [("regionstyrelsen", "2022-05")]),
        ("Regiondirektör Alexandra Wiik har därefter gett programledningen i uppdrag att ta fram en ny tidplan.",
         date(2025, 3, 20), [("Alexandra Wiik", None)]),
        # a date in the verb's own coordinated clause; a compound decision noun; "samma dag" as told
        ("Avtalet undertecknades i går och godkändes av regionstyrelsen den 27 januari.",
         date(2026, 2, 10), [("regionstyrelsen", "2026-01-27")]),
        ("Regionstyrelsen fattade tilldelningsbeslutet i tisdags.", date(2018, 12, 13), [("regionstyrelsen", "2018-12-11")]),
        ("Regiondirektören beslutade om start i september 2024. I tisdags fick regionstyrelsen rapporten. "
         "Regionstyrelsen beslutade samma dag att ge regiondirektören i uppdrag att ta fram en plan.",
         date(2025, 3, 20), [("regiondirektören", "2024-09"), ("regionstyrelsen", "2025-03-18")]),
        # a headline dated by the page gives way to the dated lead; "samtidigt" is the latest occasion
        ("Regionstyrelsen godkände ny plan\n\nPå tisdagen godkände regionstyrelsen en ny plan. "
         "Regionstyrelsen gav i december en expertgrupp i uppdrag att granska. "
         "Regionstyrelsen gav samtidigt regiondirektören i uppdrag att förhandla.",
         date(2025, 10, 15), [("regionstyrelsen", "2025-10-14"), ("regionstyrelsen", "2024-12"), ("regionstyrelsen", "2025-10-14")]),
        # "Beslutet att ... fattades" refers back to the decision a genitive named
        ("Efter regiondirektörens beslut förra veckan att pausa stannar arbetet. Beslutet att pausa fattades den 20 november.",
         date(2024, 11, 27), [("regiondirektören", "2024-11-20")]),
        # decisions at the same meeting stay apart; "styrelsen" is the board named before
        ("Inerakoms styrelse beslutade på fredagen att vänta. Vid samma möte utsåg styrelsen Eva Lind till samordnare.",
         date(2023, 5, 2), [("Inerakoms styrelse", "2023-04-28"), ("Inerakoms styrelse", "2023-04-28")]),
        # "också" with another object is another decision of that meeting; with the same, a repeat
        ("Nämnden beslutade i onsdags att säga upp avtalet. Nämnden beslutade också att anställa en jurist.",
         date(2023, 5, 12), [("nämnden", "2023-05-10"), ("nämnden", "2023-05-10")]),
        ("Nämnden beslutade i onsdags att säga upp avtalet. Nämnden beslutade också att avtalet ska sägas upp.",
         date(2023, 5, 12), [("nämnden", "2023-05-10")]),
        # "I samma beslut gav X ... i uppdrag": a decision of its own, dated by the one before
        ("I måndags sa kommunstyrelsen i Lerum ja till avtalet. I samma beslut gav kommunstyrelsen "
         "förvaltningen i uppdrag att planera utbildningen.",
         date(2023, 5, 3), [("kommunstyrelsen i Lerum", "2023-05-01"), ("kommunstyrelsen i Lerum", "2023-05-01")]),
        ("Regionstyrelsen i Region Dalarna godkände i tisdags upphandlingen. Hälsodirektören fick i samma beslut "
         "i uppdrag av regionstyrelsen att följa upp kostnaderna.",
         date(2023, 5, 4), [("regionstyrelsen i Region Dalarna", "2023-05-02"), ("regionstyrelsen i Region Dalarna", "2023-05-02")]),
        # a headline naming the body bare gives way to the lead naming its place
        ("Kommunstyrelsen godkände avtalet\n\nI tisdags godkände kommunstyrelsen i Partille avtalet med regionen.",
         date(2023, 5, 4), [("kommunstyrelsen i Partille", "2023-05-02")]),
        # a meeting report: undated decisions of the meeting's body were taken at the meeting
        ("Nytt från nämndens sammanträde\n\nHär är några av de ärenden som kulturnämnden behandlade på sitt "
         "sammanträde den 8 maj. Kulturnämnden godkände verksamhetsplanen. Nämnden avslog en motion om "
         "längre öppettider. Kulturnämnden har tidigare beslutat att stänga biblioteket i Lunden.",
         date(2023, 5, 10), [("kulturnämnden", "2023-05-08"), ("kulturnämnden", "2023-05-08"), ("kulturnämnden", None)]),
        # a past chronology entry in the historical present; a summary of a decision told with its day
        ("Styrelsen för Inerakom godkände den 3 mars planen.\n\nSå har det gått\n\n"
         "Juni 2021: Kommunfullmäktige beslutar att gå med i samarbetet.\n\n"
         "Mars 2023: Styrelsen för Inerakom godkänner planen.\n\n"
         "Hösten 2024: Kommunfullmäktige beslutar om nästa steg.",
         date(2023, 5, 10), [("styrelsen för Inerakom", "2023-03-03"), ("kommunfullmäktige", "2021-06")]),
        # a date inside a clause of the decision's object dates what the decision is about
        ("Länsstyrelsen har beslutat att förelägga kommunen att rätta de fel som uppstod när systemet byttes i mars. "
         "Beslutet fattades i fredags.",
         date(2025, 5, 12), [("länsstyrelsen", "2025-05-09")]),
        # an agentless passive after a sentence saying a body took the matter up
        ("I juni 2023 behandlade kommunfullmäktige vår motion om en granskning. Motionen avslogs.",
         date(2024, 3, 1), [("kommunfullmäktige", "2023-06")]),
        # "Styrelsen" is the board that decided last, not a compound "-styrelsen" named elsewhere
        ("I tisdags sa kommunstyrelsen i Lerum ja till avtalet. Styrelsen för Alingsås lasarett godkände i går "
         "checklistan. Styrelsen beslutade samtidigt att minska den planerade vården.",
         date(2024, 10, 10), [("kommunstyrelsen i Lerum", "2024-10-08"), ("styrelsen för Alingsås lasarett", "2024-10-09"),
                              ("styrelsen för Alingsås lasarett", "2024-10-09")]),
        # "fattade tre beslut om …:" and its list: one decision per item
        ("Kulturnämnden i Lerum fattade i tisdags två beslut om biblioteken:\n\nBiblioteket i Gråbo ska ha öppet på "
         "lördagar.\n\nFörvaltningen får i uppdrag att utreda kostnaderna.\n\n– Det är bra, säger ordföranden.",
         date(2026, 9, 24), [("kulturnämnden i Lerum", "2026-09-22")] * 2),
        # a passive in a "när" clause of a sentence that told the decision is that decision
        ("Startdatumet flyttas. Det beslutade regionstyrelsen på tisdagen, när den nya tidplanen fastställdes.",
         date(2026, 3, 5), [("regionstyrelsen", "2026-03-03")]),
        # an agentless "avslogs" after the body's vote in the sentence before is that body's
        ("Regionstyrelsen i Region Dalarna biföll i tisdags ett förslag om stöd. Ett yrkande om mer pengar avslogs.",
         date(2026, 10, 14), [("regionstyrelsen i Region Dalarna", "2026-10-13")] * 2),
        # "För 2021" is what the decision is about, not its date
        ("För 2021 beviljade regionfullmäktige regionstyrelsen ansvarsfrihet i juni i fjol.",
         date(2023, 4, 20), [("regionfullmäktige", "2022-06")]),
        # words every decision here names ("sjukhuset") do not make two decisions one
        ("Styrelsen för Alingsås lasarett ställde sig på onsdagen bakom planen för hur sjukhuset ska gå över. "
         "Styrelsen beslutade också att sjukhuset ska behålla pappersrutiner.",
         date(2026, 6, 11), [("styrelsen för Alingsås lasarett", "2026-06-10")] * 2),
        # "utsetts av Ineras vd Anna Ek": the person after the title decided
        ("Tomas Berg har utsetts av Ineras vd Anna Ek och tillträder den 1 oktober.", date(2024, 9, 12), [("Anna Ek", None)]),
        # "fattade beslutet vid …" is the decision just told, now dated
        ("Styrelsen för Borås lasarett har utsett Eva Lind till tillförordnad direktör. Styrelsen fattade beslutet vid "
         "ett extra sammanträde på tisdagen.",
         date(2025, 1, 29), [("styrelsen för Borås lasarett", "2025-01-28")]),
        # "Styrgruppen" is the steering group that decided last
        ("Programmets styrgrupp beslutade i går att förlänga supporten. Styrgruppen gav samtidigt programledningen i "
         "uppdrag att ta fram en plan.",
         date(2026, 10, 23), [("programmets styrgrupp", "2026-10-22")] * 2),
        # list items that open in lower case, without a full stop
        ("Regionstyrelsen i Region Dalarna fattade på tisdagen tre beslut om journalsystemet:\n\nbeslutet om "
         "strategin skjuts upp\n\navtalet förlängs till och med 2028\n\nregiondirektören får i uppdrag att följa "
         "arbetet\n\nMer om beslutet",
         date(2025, 11, 13), [("regionstyrelsen i Region Dalarna", "2025-11-11")] * 3),
        # a person named before "har utsett" decided, not the one appointed
        ("Förvaltningschef Karin Strand har utsett Linnea Berg till chef för den nya enheten.",
         date(2021, 3, 25), [("Karin Strand", None)]),
        # "sjukhusets styrelse" is the board the page names in full; "Nämnden" a shared-prefix name
        ("Styrelsen för Borås lasarett sammanträdde på tisdagen. Beslutet om bemanningen fattades av sjukhusets "
         "styrelse på tisdagen.",
         date(2026, 8, 27), [("styrelsen för Borås lasarett", "2026-08-25")]),
        ("Barn- och utbildningsnämnden beslutade på tisdagen att byta system. Nämnden beslutade också att informera "
         "vårdnadshavarna.",
         date(2024, 6, 13), [("barn- och utbildningsnämnden", "2024-06-11")] * 2),
        # "beslutade också att" and a list of what was decided: one decision per item
        ("Regiondirektören beslutade på onsdagen att skjuta upp starten. Regiondirektören beslutade också att\n\n"
         "förstärka utbildningen med två veckor\n\nge programdirektören i uppdrag att redovisa en plan\n\nOm beslutet",
         date(2026, 11, 20), [("regiondirektören", "2026-11-18")] * 3),
        # a chronology whose labels are months of the year the page names
        ("Året 2025 månad för månad\n\nJuni: Regionstyrelsen fastställer en ny plan.\n\n"
         "September: Regionstyrelsen godkänner ett tilläggsavtal.",
         date(2025, 12, 30), [("regionstyrelsen", "2025-06"), ("regionstyrelsen", "2025-09")]),
        # "Ledningen" is the management that decided before; "samtidigt" is another decision that day
        ("Sjukhusledningen beslutade i mars att stänga två avdelningar. Ledningen beslutade samtidigt att "
         "stoppa all semester.",
         date(2024, 5, 2), [("sjukhusledningen", "2024-03"), ("sjukhusledningen", "2024-03")]),
        # "tidigare" inside what was decided does not move the decision to another time
        ("Regionstyrelsen godkände budgeten på tisdagen. Styrelsen beslutade också att nästa rapport ska "
         "lämnas i april, i stället för i maj som det tidigare var tänkt.",
         date(2019, 9, 12), [("regionstyrelsen", "2019-09-10"), ("regionstyrelsen", "2019-09-10")]),
        # an election right after an assembly's decision is that assembly's; an agentless one is no decision
        ("Regionfullmäktige antog budgeten på tisdagen. Samma kväll valdes Eva Lind (S) till nytt regionråd. "
         "Per Holm valdes i våras till ordförande i föreningen.",
         date(2025, 11, 20), [("regionfullmäktige", "2025-11-18"), ("regionfullmäktige", "2025-11-18TEV")]),
        # "I samma beslut fick X i uppdrag": another decision by the one who decided before
        ("Beslutet togs av sjukhusledningen i mars. I samma beslut fick varje avdelning i uppdrag att utse ett ombud.",
         date(2025, 5, 20), [("sjukhusledningen", "2025-03"), ("sjukhusledningen", "2025-03")]),
        # a passive names no body that another clause of its sentence names, and a decision whose
        # maker the page never names is none
        ("Ett av anbuden förkastades redan i februari, och i tisdags beslutade regionstyrelsen att teckna avtal.",
         date(2018, 5, 24), [("regionstyrelsen", "2018-05-22")]),
        ("Budgeten, som beslutades 2017, räcker inte. Till ny ledamot i den politiska styrgruppen för FVM valdes "
         "Eva Berg (L).", date(2021, 6, 17), []),
        # a post fronted before "valdes" after a body's decision is that body's election, also after
        # another election that named its member
        ("Regionstyrelsen valde i tisdags Per Holm till ledamot i styrgruppen. Till ny ersättare valdes "
         "samtidigt Eva Berg (C).", date(2019, 4, 4), [("regionstyrelsen", "2019-04-02")] * 2),
        # an undated mention sharing two words with a dated decision told before another one is that one
        ("Regionfullmäktige röstade i går igenom ett krav på kvartalsvisa rapporter om programmet. Vid ett "
         "tidigare sammanträde valdes Ola Berg till ordförande i regionstyrelsen. Fullmäktige antog i oktober "
         "budgeten för 2023. Fullmäktige biföll därefter förslaget om att programmet ska rapporteras varje kvartal.",
         date(2022, 12, 14), [("regionfullmäktige", "2022-12-13"), ("regionfullmäktige", "2022-10")]),
        # "I samma beslut fick regionstyrelsen i uppdrag": the assembly decided, the board is commissioned
        ("Budgeten antogs vid fullmäktiges sammanträde den 24 november. I samma beslut fick regionstyrelsen i "
         "uppdrag att följa upp kostnaderna.",
         date(2020, 11, 25), [("fullmäktige", "2020-11-24"), ("fullmäktige", "2020-11-24")]),
        # "I samma ärende", "då också", "I samband med utnämningen": another decision of that occasion
        ("Regionstyrelsen godkände den 17 maj avtalet. I samma ärende gav regionstyrelsen regiondirektören i "
         "uppdrag att förhandla.",
         date(2022, 6, 1), [("regionstyrelsen", "2022-05-17"), ("regionstyrelsen", "2022-05-17")]),
        ("Regionfullmäktige godkände i november en ram för införandet. Fullmäktige beslutade då också att "
         "kommunerna får ansluta.",
         date(2019, 5, 16), [("regionfullmäktige", "2018-11"), ("regionfullmäktige", "2018-11")]),
        # a court as the page first names it; the counsel's "tillstyrkte ..., men beslutade samtidigt"
        ("Förvaltningsrätten i Göteborg avslog i går ansökan. Domstolen beslutade den 1 mars att stoppa avtalet.",
         date(2019, 5, 16), [("förvaltningsrätten i Göteborg", "2019-05-15"), ("förvaltningsrätten i Göteborg", "2019-03-01")]),
        ("Revisorskollegiet fastställde berättelsen den 19 april. Kollegiet tillstyrkte vid samma sammanträde "
         "att ansvarsfrihet beviljas, men beslutade samtidigt att rikta en anmärkning.",
         date(2021, 4, 21), [("revisorskollegiet", "2021-04-19"), ("revisorskollegiet", "2021-04-19"), ("revisorskollegiet", "2021-04-19")]),
        # a date in the subject's relative clause is not the decision's; a rule is no decision taken
        ("Oracle Health, som köpte Cerner i fjol, har utsett Pieter Dijk till kundansvarig. Reserven får bara "
         "användas efter beslut av regiondirektören.",
         date(2023, 9, 14), [("Oracle Health", None)]),
        # a decision sentence without its object and the "att" items that follow it; the board's other
        # name; a count of the decisions is no decision of its own
        ("NU-sjukvårdens styrelse fattade i fredags tre beslut om bemanning.\n\nStyrelsen för NU-sjukvården "
         "beslutade vid sammanträdet den 13 februari\n\natt avsätta pengar,\n\natt halvera operationerna,\n\n"
         "att ge direktören i uppdrag att redovisa en analys.",
         date(2026, 2, 18), [("styrelsen för NU-sjukvården", "2026-02-13")] * 3),
        # no one named decided: no decision
        ("Anna Ek har utsetts till samordnare. Två granskare fick i uppdrag att utreda felen.",
         date(2025, 3, 2), []),
        # "samtidigt" after a sentence that told no decision: its day; "Ledningsgruppen" as the page names it
        ("Rapporten presenterades för Närhälsans ledningsgrupp i tisdags. Ledningsgruppen beslutade samtidigt "
         "att anställa fler.",
         date(2025, 2, 20), [("Närhälsans ledningsgrupp", "2025-02-18")]),
        # a section reporting a meeting; its items open with the verb after the body alone on a line
        ("Styrgruppen beslutade den 12 november att förlänga supporten.\n\nBeslut i korthet från "
         "regionstyrelsen den 10 november\n\nRegionstyrelsen fick en lägesrapport. Styrelsen\n\n"
         "godkände ett avtal med Oracle Health,\n\nfastställde tidplanen för 2027.",
         date(2026, 11, 20), [("styrgruppen", "2026-11-12"), ("regionstyrelsen", "2026-11-10"), ("regionstyrelsen", "2026-11-10")]),
        # a region signing its contract is background; "Hon har beslutat": the person named before
        ("Västra Götalandsregionen tecknade avtal med Cerner 2018. Sjukhusdirektören Eva Lind svarar. Hon har "
         "beslutat att ingen får semester i november.",
         date(2023, 10, 12), [("Eva Lind", None)]),
        # ", men regionstyrelsen avslog" at the sitting the sentence names; the day of a letter telling a
        # decision is not the decision's; "Beslutet togs av X i september" dates it
        ("Moderaterna yrkade vid regionstyrelsens sammanträde den 23 november på en granskning, men "
         "regionstyrelsen avslog yrkandet. I sitt svar på onsdagen skriver Eva Lind att sjukhusledningen "
         "redan har beslutat att minska vården. Beslutet togs av sjukhusledningen i september.",
         date(2021, 12, 29), [("regionstyrelsen", "2021-11-23"), ("sjukhusledningen", "2021-09")]),
        # a decision named by its noun, dated right after its decider; told again by its noun, no new one
        ("Sjukhuset startade om den 11 oktober, efter ett beslut av regiondirektören i september. Projektet har "
         "godkänts av Etikprövningsmyndigheten, som fattade sitt beslut i augusti.",
         date(2025, 12, 16), [("regiondirektören", "2025-09"), ("etikprövningsmyndigheten", "2025-08")]),
        # a bare "styrelsen" is the board named just before; a court as the page first names it
        ("Västkoms styrelse ställde sig i maj bakom planen. När regionstyrelsen den 19 oktober beslutade att "
         "skjuta upp starten var det andra gången. Redan i december hade styrelsen flyttat den första starten.",
         date(2021, 12, 29), [("Västkoms styrelse", "2021-05"), ("regionstyrelsen", "2021-10-19"), ("regionstyrelsen", "2021-12")]),
        ("Stämningen lämnades in till Göteborgs tingsrätt i maj. Tingsrätten beslutade i juni att vila målet.",
         date(2025, 12, 16), [("Göteborgs tingsrätt", "2025-06")]),
        # an item restating the decision the lead told is no new one
        ("Regionstyrelsen ställde sig på tisdagen bakom pausen.\n\nRegionstyrelsen beslutade på tisdagen\n\n"
         "att ställa sig bakom regiondirektörens beslut om paus,\n\natt avsätta 40 miljoner kronor.",
         date(2024, 12, 4), [("regionstyrelsen", "2024-12-03"), ("regionstyrelsen", "2024-12-03")]),
        # "Myndigheten" is the agency named before; the official who signed adds no decision
        ("Konkurrensverket utredde anmälan. Myndigheten beslutade i måndags att avskriva ärendet. Beslutet "
         "har fattats av avdelningschefen Helena Kroon.",
         date(2019, 4, 10), [("Konkurrensverket", "2019-04-08")]),
        # a passive naming its decider, and a commission after another decision, are decisions of their own
        ("Regionstyrelsen beslutade den 10 juni att inte använda optionen. Yrkandet om att vänta avslogs av "
         "regionstyrelsen. Förutom det gav styrelsen regiondirektören i uppdrag att förbereda en upphandling.",
         date(2020, 6, 11), [("regionstyrelsen", "2020-06-10")] * 3),
        # a decision the speaker of a quote tells with "jag"
        ("– Därför har jag också beslutat att alla avvikelser ska gås igenom, säger Maja Ek, chefläkare.",
         date(2024, 11, 14), [("Maja Ek", None)]),
        # items that open with "att" end where a sentence opens in upper case
        ("Styrelsen för Kungälvs sjukhus beslutade i tisdags\n\natt ställa in utbildningen,\n\natt ge "
         "direktören i uppdrag att ta fram en plan.\n\nPlanen ska vara klar senast den 15 januari.",
         date(2026, 10, 22), [("styrelsen för Kungälvs sjukhus", "2026-10-20")] * 2),
        # "Ledningen" after a management named with its hospital; "Kommittén" after the one named before;
        # "berättade att han … beslutade"; an agency's injunction
        ("Beslutet fattades av sjukhusledningen på Södra Älvsborgs sjukhus i augusti. Ledningen beslutade "
         "samtidigt att alla bilar ska ha pappersjournaler. Läkemedelskommittén diskuterade frågan. Kommittén "
         "ställde sig i oktober bakom förslaget.",
         date(2024, 10, 30), [("sjukhusledningen på Södra Älvsborgs sjukhus", "2024-08")] * 2 + [("läkemedelskommittén", "2024-10")]),
        ("Sjukhusdirektör Per Ek berättade att han på söndagskvällen beslutade att förlänga bemanningen. IMY "
         "förelägger regionen att göra en analys.",
         date(2025, 10, 14), [("Per Ek", "2025-10-12TEV"), ("Integritetsskyddsmyndigheten", None)]),
        # a "då" clause set off by commas before the verb dates nothing; "Beslutet fattades i augusti" dates it
        ("Inför omstarten lördagen den 11 oktober, då kommunerna startade om samma dag som sjukhuset, beslutade "
         "omsorgsnämnden i Mark att förstärka bemanningen. Beslutet fattades i augusti.",
         date(2025, 11, 26), [("omsorgsnämnden i Mark", "2025-08")]),
        # a body in a subordinate clause after a passive decided nothing; "Ledningen" after "VGR IT:s ledning"
        ("Regiondirektören beslutade i maj att öva varje år. Beslutet togs efter att regionens revisorer i en "
         "granskning pekade på brister. VGR IT:s ledning beslutade på fredagen att skriva ut listor. Ledningen "
         "beslutade samtidigt att alla sjukhus ska ha reservlistor.",
         date(2022, 10, 24), [("regiondirektören", "2022-05"), ("VGR IT:s ledning", "2022-10-21"), ("VGR IT:s ledning", "2022-10-21")]),
        # the person after the office in a passive's agent; a bare name qualified as told before
        ("Sofia Lund utsågs i vintras av klinikens verksamhetschef Rasmus Ek till medicinskt ansvarig. Regionala "
         "etikprövningsnämnden i Göteborg godkände studien i måndags. Nämnden beslutade samtidigt att begränsa den.",
         date(2023, 5, 23), [("Rasmus Ek", "2022-WI"), ("regionala etikprövningsnämnden i Göteborg", "2023-05-22"),
                              ("regionala etikprövningsnämnden i Göteborg", "2023-05-22")]),
        # a question names no decider; an undated decision is not absorbed by another undated one
        ("Vem fattade beslutet?\n\nDet gjorde regionstyrelsen. Styrelsen flyttade den första starten till "
         "våren 2022. Samtidigt gav styrelsen regiondirektören i uppdrag att förhandla.",
         date(2021, 2, 18), [("regionstyrelsen", None), ("regionstyrelsen", None)]),
        # an appointment after another decision of the same person is one of its own, undated in the perfect
        ("IT-direktören Helena Ek beslutade den 23 augusti att anställa fler till servicedesken. Till samordnare "
         "för linjen har Helena Ek utsett Ahmed Jama, teamledare på servicedesken.",
         date(2022, 9, 1), [("Helena Ek", "2022-08-23"), ("Helena Ek", None)]),
        # "Enheten" and "Nämnden" are the bodies named in full before
        ("Upphandlingsenheten beslutade i måndags att förlänga anbudstiden. Enheten sa samtidigt nej till "
         "kravet. Barn- och utbildningsnämnden i Vänersborg beslutade i tisdags att vänta. Nämnden avslog "
         "samtidigt yrkandet.",
         date(2018, 2, 8), [("upphandlingsenheten", "2018-02-05")] * 2 + [("barn- och utbildningsnämnden i Vänersborg", "2018-02-06")] * 2),
        # "när regionfullmäktige sammanträdde i går": a meeting report dated by the verb's day
        ("Fullmäktige röstade igenom kravet\n\nRegionfullmäktige sammanträdde i går. Regionfullmäktige biföll "
         "förslaget om rapporter.",
         date(2022, 12, 14), [("regionfullmäktige", "2022-12-13")]),
        # "samtidigt som den godkände rapporten": the occasion told already, not a second decision;
        # ", och gav X i uppdrag" is one more
        ("Rapporten godkändes av kulturnämnden i tisdags. Nämnden beslutade samtidigt som den godkände "
         "rapporten att avsätta pengar. Nämnden beslutade också att anställa fler, och gav förvaltningen i "
         "uppdrag att följa upp.",
         date(2025, 3, 6), [("kulturnämnden", "2025-03-04")] * 4),
        # "vid samma sammanträde": the day of the meeting told two sentences before
        ("Uppföljningen redovisades för styrelsen för Borås lasarett i torsdags. Köerna har krympt. "
         "Styrelsen för Borås lasarett beslutade vid samma sammanträde att avveckla helgbemanningen.",
         date(2026, 10, 12), [("styrelsen för Borås lasarett", "2026-10-08")]),
        # a board named with its owner's two-word name; the post fronted before an agentless passive
        # is the board's appointment, unless the decision before was to appoint
        ("Kliniksystem Västs direktion beslutade i tisdags att förbundet ska ha en representant i "
         "gruppen. Till representant utsågs kvalitetschefen Eva Ek. Direktionen beslutade också att utse "
         "två ombud. Till ombud utsågs Per Holm och Jan Berg.",
         date(2017, 10, 5), [("Kliniksystem Västs direktion", "2017-10-03")] * 3),
        # a body of the region in the genitive is named by its definite form; a union branch's own board
        ("Avtalet godkändes av regionens hälso- och sjukvårdsstyrelse den 12 november. Det beslutade "
         "sektionens styrelse i tisdags.",
         date(2020, 11, 26), [("hälso- och sjukvårdsstyrelsen", "2020-11-12"), ("styrelsen", "2020-11-24")]),
        ("Vård- och omsorgsförvaltningens ledningsgrupp beslutade i våras att anställa fler.",
         date(2024, 9, 19), [("vård- och omsorgsförvaltningens ledningsgrupp", "2024-SP")]),
        # the body after a fronted post is the subject; "nämnden" is the committee that decided last;
        # "också" tells another decision even about the same thing
        ("Kulturnämnden beslutade i torsdags att inrätta en arbetsgrupp för arkivet. Till ordförande i "
         "arbetsgruppen utsåg nämnden Eva Ek. Nämnden beslutade också att ge arbetsgruppen pengar till arkivet.",
         date(2020, 9, 28), [("kulturnämnden", "2020-09-24")] * 3),
        # a person with a title in apposition decided; the source after "Enligt" did not
        ("Kristina Alm, prefekt vid Institutionen för medicin, har gett forskargruppen i informatik i "
         "uppdrag att gå igenom projekten. Enligt Jon Ek tog sjukhusledningen redan i augusti beslut om utbildning.",
         date(2020, 9, 28), [("Kristina Alm", None), ("sjukhusledningen", "2020-08")]),
        # "I samma beslut sköt X upp …": one more part of the decision; a date in the object's "ska"
        # clause dates what was decided, not the deciding
        ("Sjukhusledningen beslutade i måndags att pausa utbildningen. I samma beslut sköt sjukhusledningen "
         "upp rekryteringen av superanvändare. Sjukhusledningen beslutade också att förbundet ska betala "
         "lönerna under 2021 och 2022.",
         date(2020, 4, 2), [("sjukhusledningen", "2020-03-30")] * 3),
        # a compound board the page names in full is that board later; "Till ny ledamot … utsågs" in
        # a meeting report is its body's; "när den antog" is the occasion of the decision just told
        ("Förbundsstyrelsen för Sjuhäradsregionen sammanträdde torsdagen den 5 juni. Förbundsstyrelsen antog "
         "budgeten. Till ny ledamot i beredningen utsågs Eva Ek (M). Det beslutade också ledningen i fredags, "
         "när den antog ett yttrande.",
         date(2025, 6, 11), [("förbundsstyrelsen för Sjuhäradsregionen", "2025-06-05")] * 2 + [("ledningen", "2025-06-06")]),
        # an agency with its abbreviation between commas; a name of two capitalised words; an award
        ("Inspektionen för vård och omsorg, IVO, beslutade i tisdags att inleda en tillsyn. Västra "
         "Götalandsregionen fattade tilldelningsbeslut den 2 oktober. Kontraktet, som regionstyrelsen i januari "
         "tilldelade Cerner, gäller i tio år.",
         date(2019, 12, 12), [("Inspektionen för vård och omsorg", "2019-12-10"), ("Västra Götalandsregionen", "2019-10-02"),
                              ("regionstyrelsen", "2019-01")]),
        # V2 with a pronoun after an adverbial; an appointee's "sedan 2016" dates nothing; an annual meeting
        ("Regiondirektör Karin Berg beslutade i augusti att förlänga förstudien. Samtidigt utsåg hon Per Ek till "
         "kravansvarig. Till ledare har Eva Lind utsett Jon Holm, som sedan 2016 är teknisk chef. Föreningens "
         "årsmöte antog redan den 18 mars ett uttalande.",
         date(2016, 9, 30), [("Karin Berg", "2016-08"), ("Karin Berg", "2016-08"), ("Eva Lind", None), ("årsmötet", "2016-03-18")]),
        # "Regionens upphandlingsenhet" is upphandlingsenheten; "Även" opens the clause, no part of the name
        ("Regionens upphandlingsenhet fattade tilldelningsbeslut den 26 juni. Även Läkarförbundets "
         "centralstyrelse antog i våras en policy.",
         date(2017, 9, 28), [("upphandlingsenheten", "2017-06-26"), ("läkarförbundets centralstyrelse", "2017-SP")]),
        # "samma kväll": the evening of the day told before
        ("Ett falskt mejl kom i tisdags. VGR IT beslutade samma kväll att blockera avsändaren.",
         date(2024, 11, 14), [("VGR IT", "2024-11-12TEV")]),
        # a strong past passive with its agent; the month before it is past
        ("Efter en lång debatt bifölls förslaget av regionfullmäktige på tisdagen. Motionen avslogs "
         "av regionfullmäktige i juni.", date(2025, 3, 14), [("regionfullmäktige", "2025-03-11"), ("regionfullmäktige", "2024-06")]),
        # the one given the go-ahead, and the one who gave it; no giver named, no decision
        ("Projektet fick klartecken av hälso- och sjukvårdsstyrelsen i februari. Skolan fick klartecken i maj.",
         date(2025, 3, 14), [("hälso- och sjukvårdsstyrelsen", "2025-02")]),
        # the decision fronted, its maker after the verb
        ("Det beslutet fattade regionstyrelsen redan i januari. Beslutet tog tid.",
         date(2025, 3, 14), [("regionstyrelsen", "2025-01")]),
        # a compound decision noun, the form of the decision between auxiliary and verb, a party tag, a presidium
        ("Styrelsen fattade ett inriktningsbeslut i juni. Regiondirektören har i ett tjänstemannabeslut "
         "beslutat att förlänga avtalet. Anna Ek (S) beslutade i går att skjuta upp mötet. Nämndens "
         "presidium beslutade i tisdags att kalla till extra möte.", date(2025, 3, 14),
         [("styrelsen", "2024-06"), ("regiondirektören", None), ("Anna Ek", "2025-03-13"), ("nämndens presidium", "2025-03-11")]),
        # "Den" opening the next sentence is the body that decided in the one before; not a person
        ("Regionstyrelsen godkände planen i tisdags. Den gav också direktören i uppdrag att utreda kostnaden. "
         "Anna Ek godkände budgeten. Den gav också chefen i uppdrag att spara.", date(2025, 3, 14),
         [("regionstyrelsen", "2025-03-11"), ("regionstyrelsen", "2025-03-11"), ("Anna Ek", None)]),
        # a lead that names only who and when, and the body that tells what: one decision; the
        # owner's body after the verb ("beslutade Biobank Västs styrgrupp")
        ("Samtycket ska synas i journalen. Det beslutade Biobank Västs styrgrupp i onsdags.\n\nStyrgruppen "
         "beslutade att lämna över ett önskemål. Styrgruppen gav samtidigt chefen i uppdrag att beskriva det.",
         date(2018, 9, 14), [("Biobank Västs styrgrupp", "2018-09-12"), ("Biobank Västs styrgrupp", "2018-09-12")]),
        # a court's ruling told in the present, dated by "Domen meddelades"; headline and lead are one
        ("Förvaltningsrätten avslår överklagandet\n\nFörvaltningsrätten i Göteborg har prövat saken. Domstolen "
         "avslår överklagandet. Domen meddelades i måndags. Redan den 8 augusti hade domstolen avslagit "
         "yrkandet om inhibition.", date(2017, 11, 29),
         [("förvaltningsrätten i Göteborg", "2017-11-27"), ("förvaltningsrätten i Göteborg", "2017-08-08")]),
        # a long "att" clause before the passive, its "ska" what was decided; an agent far from "utsågs"
        ("Beslutet att ordinationen ska göras i Millennium, och att det gamla systemet ska fasas ut, fattades "
         "av programmets styrgrupp i september. Maria Thulin utsågs i augusti till medicinskt ansvarig för "
         "biblioteket av RCC Västs verksamhetschef Peter Lindgren.", date(2019, 10, 17),
         [("programmets styrgrupp", "2019-09"), ("Peter Lindgren", "2019-08")]),
        # an agency named in full with lower-case words; a committee "för" its field; an owner of two words
        ("Inspektionen för vård och omsorg beslutade i december att inleda en tillsyn. Redan i januari beslutade "
         "beredningen för mänskliga rättigheter att kräva tillgänglighet. Funktionsrätt Västra Götalands "
         "styrelse ställde sig i april bakom kraven.", date(2025, 2, 5),
         [("Inspektionen för vård och omsorg", "2024-12"), ("beredningen för mänskliga rättigheter", "2025-01"),
          ("funktionsrätt Västra Götalands styrelse", "2024-04")]),
        # "Styrelsen" that writes to regionstyrelsen is not regionstyrelsen
        ("Skrivelse till regionstyrelsen\n\nStyrelsen beslutade i måndags att skicka en skrivelse till regionstyrelsen.",
         date(2016, 5, 12), [("styrelsen", "2016-05-09")]),
        # "X, vars styrelse beslutade": the organisation's own board, told again in the body
        ("Det kräver SRF, vars styrelse i måndags beslutade att skriva till regionstyrelsen.\n\nStyrelsen "
         "beslutade vid sitt möte i måndags att skicka en skrivelse.", date(2016, 5, 12), [("styrelsen", "2016-05-09")]),
        # "det politiska samrådsorganet, SRO," and the acronym deciding again; "Myndigheten" after an
        # agency named in full; a board's name with "&"
        ("Det beslutade det politiska samrådsorganet, SRO, vid sitt möte fredagen den 29 maj. SRO gav "
         "samtidigt tjänstemannagruppen VVG i uppdrag att utreda saken.", date(2020, 6, 4),
         [("politiska samrådsorganet", "2020-05-29"), ("politiska samrådsorganet", "2020-05-29")]),
        ("Intygen har inte kommit fram till Försäkringskassan. Myndigheten beslutade i tisdags att ingen ska "
         "drabbas. Försäkringskassan beslutade samtidigt att handläggarna ska ringa.", date(2026, 5, 7),
         [("försäkringskassan", "2026-05-05"), ("försäkringskassan", "2026-05-05")]),
        ("Det beslutade styrelsen för Habilitering & Hälsa vid sitt sammanträde i tisdags.", date(2018, 5, 24),
         [("styrelsen för Habilitering & Hälsa", "2018-05-22")]),
        # a split "ställde sig … bakom" around a meeting; "arbetsutskottet" after the owner's committee
        # decided; a framework agreement signed by a unit; a name as the V2 subject before "att"
        ("Västkoms styrelse ställde sig vid sitt möte den 25 november bakom att kommunerna byter namn.",
         date(2022, 12, 15), [("Västkoms styrelse", "2022-11-25")]),
        ("I tisdags beslutade regionstyrelsens arbetsutskott att begära en redovisning. SD yrkade på ett stopp, "
         "men arbetsutskottet avslog yrkandet. Regionens upphandlingsenhet tecknade i januari ett ramavtal med "
         "tre bolag. Redan den 3 april beslutade VGR IT att stoppa utskicken.", date(2017, 4, 7),
         [("regionstyrelsens arbetsutskott", "2017-04-04"), ("regionstyrelsens arbetsutskott", "2017-04-04"),
          ("upphandlingsenheten", "2017-01"), ("VGR IT", "2017-04-03")]),
        # "Bolagets styrelse" is the company's board by the name the page gives it
        ("Resecentralen Väst ska koppla sitt system. Bolagets styrelse beslutade i fredags att avsätta "
         "pengar.\n\nResecentralens styrelse beslutade vid ett sammanträde i fredags att avsätta pengar.",
         date(2019, 11, 12), [("resecentralens styrelse", "2019-11-08")]),
        # a list of decisions after the lead told the day; a court's sentence dated by the ruling;
        # "Bolaget" is the company named before; "I samma beslut gav han"; a name inside a split verb
        ("Det beslutade vård- och omsorgsnämnden i tisdags.\n\nVid sammanträdet fattade nämnden två beslut:\n\n"
         "att alla ska ha eget kort,\n\natt kommunen köper in 60 kortläsare.", date(2022, 11, 17),
         [("vård- och omsorgsnämnden", "2022-11-15"), ("vård- och omsorgsnämnden", "2022-11-15")]),
        ("Borås tingsrätt dömde henne till villkorlig dom. Domen meddelades i tisdags. Om förvaltningsrätten "
         "dömer ut vitet måste regionen betala.", date(2026, 5, 21), [("Borås tingsrätt", "2026-05-19")]),
        ("Cerner har anlitat en byrå i Stockholm. Bolaget beslutade i oktober att anställa två terminologer.",
         date(2019, 11, 21), [("Cerner", "2019-10")]),
        ("Beslutet fattades av direktören Per Lind den 1 september. I samma beslut gav han VGR IT i uppdrag att "
         "ta fram ersättare. I tisdags fattade LÖF beslut om ersättning.", date(2020, 9, 10),
         [("Per Lind", "2020-09-01"), ("Per Lind", "2020-09-01"), ("LÖF", "2020-09-08")]),
        # the page's own board: "Föreningens styrelse", then a bare "Styrelsen" after another organisation's board
        ("Föreningens styrelse beslutade i måndags att kräva en serie. SKL:s styrelse ställde sig i mars bakom "
         "en rekommendation. Styrelsen beslutade också att utse Sofia Lind till kontaktperson.", date(2017, 4, 27),
         [("styrelsen", "2017-04-24"), ("SKL:s styrelse", "2017-03"), ("styrelsen", "2017-04-24")]),
        # "och gav samtidigt X i uppdrag" after an "att" clause is a second decision of the subject;
        # the page's own foundation board; "Myndigheten" after "Riksarkivet"; "Kommittén" after the
        # lead named "Läkemedelskommittén"
        ("Kommunstyrelsen i Bengtsfors beslutade i augusti att kommunen ska ansluta sig och gav samtidigt "
         "socialchefen i uppdrag att utreda saken.", date(2018, 9, 26),
         [("kommunstyrelsen i Bengtsfors", "2018-08"), ("kommunstyrelsen i Bengtsfors", "2018-08")]),
        ("Stiftelsens styrelse beslutade den 12 oktober att ansluta hospicet. Riksarkivet har utrett gallringen. "
         "Myndigheten beslutade i november om nya föreskrifter.", date(2023, 11, 29),
         [("styrelsen", "2023-10-12"), ("riksarkivet", "2023-11")]),
        ("Mallarna ska finnas i Millennium. Det beslutade Läkemedelskommittén på sitt möte i tisdags.\n\n"
         "Regionen väntar.\n\nKommittén beslutade samtidigt att listan ska ges ut tryckt.", date(2019, 4, 11),
         [("läkemedelskommittén", "2019-04-09"), ("läkemedelskommittén", "2019-04-09")]),
        # "Det fastställde programmets designråd": a council after its owner; "Rådet" is that council;
        # a management named with its field and employer, then bare; two things decided in one
        # sentence; a centre named with lower-case words; "&" in an owner's name
        ("Varningen ska synas i journalen. Det fastställde programmets designråd den 29 oktober. Rådet beslutade "
         "också att vårdhygien ska äga reglerna.", date(2019, 11, 7),
         [("programmets designråd", "2019-10-29"), ("programmets designråd", "2019-10-29")]),
        ("Svaren ska läggas i Millennium. Det har ledningen för klinisk genetik vid Sahlgrenska "
         "Universitetssjukhuset beslutat.\n\nBeslutet fattades den 1 mars. Ledningen gav samtidigt "
         "IT-samordnaren i uppdrag att ta fram en kravlista.", date(2022, 3, 9),
         [("ledningen för klinisk genetik vid Sahlgrenska Universitetssjukhuset", "2022-03-01"),
          ("ledningen för klinisk genetik vid Sahlgrenska Universitetssjukhuset", "2022-03-01")]),
        ("Talvos styrelse beslutade i fredags att anställa tio nya utvecklare och att öppna ett kontor i Borås. "
         "Ledningsgruppen för Regionalt cancercentrum väst ställde sig den 21 september bakom ett yttrande. "
         "Habilitering & Hälsas ledningsgrupp ställde sig bakom förslaget den 8 september.", date(2021, 9, 30),
         [("Talvos styrelse", "2021-09-24"), ("Talvos styrelse", "2021-09-24"),
          ("ledningsgruppen för Regionalt cancercentrum väst", "2021-09-21"),
          ("habilitering & Hälsas ledningsgrupp", "2021-09-08")]),
        # the programme's steering group named after the programme, then bare; a unit's management
        # with its place; "Designrådet" after "programmets designråd"; "och utsåg samtidigt X,
        # <title>, till" shares the subject
        ("Journalen ska kopplas till Millennium. Det beslutade styrgruppen för Västra Götalandsregionens program "
         "Framtidens vårdinformationsmiljö i måndags. Styrgruppen gav samtidigt cheferna i uppdrag att ta fram mallar. "
         "Ledningsgruppen för ambulanssjukvården i Skaraborg utsåg på tisdagen överläkare Karin Hallberg till "
         "sin representant.", date(2019, 3, 20),
         [("programmets styrgrupp", "2019-03-18"), ("programmets styrgrupp", "2019-03-18"),
          ("ledningsgruppen för ambulanssjukvården i Skaraborg", "2019-03-19")]),
        ("Varningarna ska flyttas över. Det har programmets designråd beslutat. Beslutet fattades den 4 februari.\n\n"
         "Designrådet beslutade samtidigt att varje varning ska granskas. Förbundets styrelse beslutade i tisdags att "
         "tacka ja till en plats och utsåg samtidigt Mikael Strand, astmasjuksköterska på Alingsås lasarett, till "
         "förbundets representant.", date(2020, 2, 13),
         [("programmets designråd", "2020-02-04"), ("programmets designråd", "2020-02-04"),
          ("styrelsen", "2020-02-11"), ("styrelsen", "2020-02-11")]),
        # the design council alone is the programme's; one rule told in two "att" clauses with their
        # own subjects is one decision; a company named after its common noun; an innovation office;
        # an office and its holder before "i uppdrag" are the one commissioned
        ("Designrådet fattade beslutet vid sitt möte den 14 maj. Rådet beslutade samtidigt att varje öppning ska "
         "loggas och att loggarna ska granskas varje månad. Leverantören Talsys AB:s styrelse godkände den 2 maj ett "
         "tilläggsavtal. Juryn utsåg på söndagskvällen laget Medkoll till vinnare. Chalmers innovationskontor "
         "beslutade samtidigt att ge laget 50 000 kronor.", date(2019, 5, 24),
         [("programmets designråd", "2019-05-14"), ("programmets designråd", "2019-05-14"),
          ("Talsys AB:s styrelse", "2019-05-02"), ("juryn", "2019-05-19TEV"), ("Chalmers innovationskontor", "2019-05-19TEV")]),
        ("Fakultetsstyrelsen ställde sig på måndagen bakom kraven och gav samtidigt utbildningsdirektören Anders Holm "
         "i uppdrag att föra fram dem. Svaret kom i februari. Sjukhusledningen hade då redan beslutat att ta in extra "
         "personal under mars och april.", date(2025, 5, 16),
         [("fakultetsstyrelsen", "2025-05-12"), ("fakultetsstyrelsen", "2025-05-12"), ("sjukhusledningen", None)]),
        # one commission with its report stays one decision
        ("Fullmäktige gav i juni styrelsen i uppdrag att förhandla med leverantören och att återrapportera "
         "senast i december.", date(2021, 9, 30), [("fullmäktige", "2021-06")]),
        # the programme's bodies named "för program Millennium" / "i programmet Framtidens …"; a clinic at
        # its hospital; an association with its place; one appointed "att leda"; a commission told in a
        # relative clause; a decision dated by the sentence that says the news came
        ("Styrgruppen för program Millennium beslutade den 12 september att kliniken behåller Aria. Styrgruppen gav "
         "samtidigt VGR IT i uppdrag att bygga kopplingen. Designrådet i programmet Framtidens vårdinformationsmiljö "
         "beslutade förra veckan att ett fält ska synas. Barnkliniken på Södra Älvsborgs sjukhus har dessutom utsett "
         "en kontaktperson för familjerna.", date(2023, 9, 19),
         [("programmets styrgrupp", "2023-09-12"), ("programmets styrgrupp", "2023-09-12"),
          ("programmets designråd", "2023-W37"), ("barnkliniken på Södra Älvsborgs sjukhus", None)]),
        ("Synskadades Riksförbund i Västra Götaland ställde sig i måndags bakom kraven. Hjälpmedelscentralen har utsett "
         "Jonas Ek, arbetsterapeut, att leda arbetet. Förstudien ska enligt det uppdrag som regionstyrelsen gav i "
         "februari vara klar i oktober. I fredags kom beskedet vi har väntat på. Myndigheten för yrkeshögskolan "
         "beslutade att bevilja vår ansökan.", date(2016, 10, 6),
         [("Synskadades Riksförbund i Västra Götaland", "2016-10-03"), ("hjälpmedelscentralen", None),
          ("regionstyrelsen", "2016-02"), ("myndigheten för yrkeshögskolan", "2016-09-30")]),
        # a bare "Rådet" / "Kliniken" is the council or clinic named with its place; an office after its
        # owner's genitive; "samma dag" is the day of the body's own decision, not the last day named
        ("Arkitekturrådet i Västra Götalandsregionen beslutade i tisdags att apparna ska gå via plattformen. Rådet "
         "fastställde samtidigt en lista med fem API:er. Hudkliniken på Södra Älvsborgs sjukhus beslutade i måndags "
         "att remisserna ska gå via det gamla systemet. Kliniken beslutade samtidigt att förlänga telefontiden. "
         "Förbundets säkerhetsskyddschef godkände i september en riskanalys.", date(2021, 11, 25),
         [("arkitekturrådet i Västra Götalandsregionen", "2021-11-23"), ("arkitekturrådet i Västra Götalandsregionen", "2021-11-23"),
          ("hudkliniken på Södra Älvsborgs sjukhus", "2021-11-22"), ("hudkliniken på Södra Älvsborgs sjukhus", "2021-11-22"),
          ("förbundets säkerhetsskyddschef", "2021-09")]),
        ("Det framgår av ett yttrande som nätverkets ledningsgrupp antog i tisdags. Yttrandet lämnades till "
         "projektkontoret på onsdagen. Ledningsgruppen utsåg henne samma dag till kontaktperson.", date(2016, 11, 17),
         [("nätverkets ledningsgrupp", "2016-11-15"), ("nätverkets ledningsgrupp", "2016-11-15")]),
        # a fronted compound decision noun; a museum's board; a council after the region's genitive,
        # in a sentence after "ska vara med."; a verb right after ", och" shares the opening subject;
        # a known name read only in part ("Regioner"); a bare "nätverket" is the network named in full
        ("Tilldelningsbeslutet fattade regionstyrelsen redan i december. Museets styrelse beslutade om insamlingen på "
         "måndagen. Styrelsen utsåg samtidigt museets intendent Sara Ek till projektledare. Tre mottagningar ska vara "
         "med. Regionens AI-råd godkände redan i december den riskbedömning som ligger till grund för upphandlingen.",
         date(2019, 5, 29),
         [("regionstyrelsen", "2018-12"), ("styrelsen", "2019-05-27"), ("styrelsen", "2019-05-27"), ("AI-rådet", "2018-12")]),
        ("Styrgruppen beslutade i tisdags att sjukhuset ska rapportera manuellt, och gav enheten för data och analys i "
         "uppdrag att ta fram en rutin. Sveriges Kommuner och Regioner, som förvaltar databasen, godkände den 28 "
         "september att regionen lämnar uppgifterna månadsvis. Nätverket Migrationshälsa Väst beslutade i måndags att "
         "begära en egen mall. På mötet utsåg nätverket också Ahmad Karimi till sin representant.", date(2023, 10, 5),
         [("styrgruppen", "2023-10-03"), ("styrgruppen", "2023-10-03"), ("Sveriges Kommuner och Regioner", "2023-09-28"),
          ("Nätverket Migrationshälsa Väst", "2023-10-02"), ("Nätverket Migrationshälsa Väst", "2023-10-02")]),
        # a body with its diocese; a council with a "där" clause before its verb, then "Rådet"; a name in
        # apposition; an IT function and a committee after the region's genitive; "Enheten" after a quote
        ("Stiftsstyrelsen i Göteborgs stift beslutade i går att skriva till regionen. Regionens minoritetsråd, där "
         "föreningen har en plats, ställde sig den 30 oktober bakom våra krav. Rådet beslutade samtidigt att bjuda in "
         "programmet. Leverantören av spårningssystemet, Steriltrack AB, fattade i januari beslut om att utveckla ett "
         "gränssnitt. Regionens IT-säkerhetsfunktion godkände förra veckan riskanalysen. Regionens "
         "arbetsmiljökommitté ställde sig den 4 mars bakom förslagen. Regionchefen gav hälso- och sjukvårdsenheten i "
         "uppdrag att utse en kontaktperson.\n\n– Det minsta vi kan begära är en journal.\n\nEnheten utsåg i tisdags "
         "Ulrika Berg till kontaktperson.", date(2019, 11, 6),
         [("stiftsstyrelsen i Göteborgs stift", "2019-11-05"), ("minoritetsrådet", "2019-10-30"),
          ("minoritetsrådet", "2019-10-30"), ("Steriltrack AB", "2019-01"), ("IT-säkerhetsfunktionen", "2019-W44"),
          ("arbetsmiljökommittén", "2019-03-04"), ("regionchefen", None), ("hälso- och sjukvårdsenheten", "2019-11-05")]),
        # a fronted event's date is not the decision's; "Hon" after an office decided is that office; a
        # bare "Centrumet" is the centre named before with its place
        ("Efter en inspektion av akutmottagningen i juni beslutade Arbetsmiljöverket den 3 juli att regionen ska "
         "agera. Regionens ekonomidirektör beslutade i måndags att fakturorna ska gås igenom. Hon gav samtidigt "
         "ekonomienheten på koncernkontoret i uppdrag att ta fram en rutin. Centrum för medfödda metabola sjukdomar "
         "vid Karolinska Universitetssjukhuset analyserar proverna. Centrumet beslutade i mars att ta emot beställningar.",
         date(2024, 12, 12),
         [("arbetsmiljöverket", "2024-07-03"), ("ekonomidirektören", "2024-12-09"), ("ekonomidirektören", "2024-12-09"),
          ("centrum för medfödda metabola sjukdomar vid Karolinska Universitetssjukhuset", "2024-03")]),
        # a design council named with its field; a bare "styrgruppen" after a hyphenated "IT-styrgruppen"
        ("Det beslutade programmets designråd för psykiatri i tisdags. IT-styrgruppen fastställde den 11 februari en "
         "plan. Samma dag utsåg styrgruppen Oskar Lindfors till tekniskt ansvarig.", date(2020, 2, 20),
         [("programmets designråd för psykiatri", "2020-02-18"), ("IT-styrgruppen", "2020-02-11"),
          ("IT-styrgruppen", "2020-02-11")]),
        # a centre named in lower case owns its management; a union's branch by its name; a field after
        # "för"; "beslutade då" takes the day of the sentence before; a bare "Rådet" after "regionens X-råd";
        # (v135) "i måndags" on a Monday is the Monday before
        ("Regionalt cancercentrum västs ledningsgrupp beslutade i fredags att vårdplanen ska finnas. Vårdförbundet "
         "avdelning Fyrbodal ställde sig förra veckan bakom kravet. Vid mötet i måndags beslutade ledningsgruppen för "
         "verksamhetsområde neonatologi att spårbarhet ska ingå. Det tog vår styrelse fasta på i lördags. Styrelsen "
         "beslutade då att skicka en skrivelse. Jag tog upp frågan på regionens smittskyddsråd. Rådet antog ett yttrande.",
         date(2021, 3, 22),
         [("regionalt cancercentrum västs ledningsgrupp", "2021-03-19"), ("vårdförbundet avdelning Fyrbodal", "2021-W11"),
          ("ledningsgruppen för verksamhetsområde neonatologi", "2021-03-15"), ("styrelsen", "2021-03-20"),
          ("smittskyddsrådet", None)]),
        # bodies named with "vård", "X och Y", "hygien" or a place word after "för"; a centre; a county
        # branch's and a network's own board
        ("Programmets designråd för perioperativ vård beslutade i tisdags att journalen ska ingå. Programmets "
         "designråd för diagnoser och åtgärder antog i maj principen. Regionala strategigruppen för vårdhygien antog "
         "i måndags ett yttrande. Centrum för sällsynta diagnoser väst godkände den 2 juni en lista. Länsavdelningens "
         "styrelse fattade i lördags beslut om att driva kravet. Nätverkets styrelse beslutade i torsdags att skriva.",
         date(2022, 6, 14),
         [("programmets designråd för perioperativ vård", "2022-06-07"), ("programmets designråd för diagnoser och åtgärder", "2022-05"),
          ("regionala strategigruppen för vårdhygien", "2022-06-13"), ("centrum för sällsynta diagnoser väst", "2022-06-02"),
          ("styrelsen", "2022-06-11"), ("styrelsen", "2022-06-09")]),
        # a hospital named with a lower-case head decides, before its verb or after it (V2)
        ("Östra sjukhuset fastställde i januari en egen rutin. I februari beslutade Alingsås lasarett att vänta. "
         "Redan i mars godkände Kungälvs sjukhus planen.",
         date(2022, 6, 14),
         [("Sahlgrenska Universitetssjukhuset", "2022-01"), ("Alingsås lasarett", "2022-02"), ("Kungälvs sjukhus", "2022-03")]),
        # a council named with a field of "X- och Y-vård", then by its kind; a name opened by an
        # adjective; a joint body "i samverkan"
        ("Programmets designråd för vuxen- och äldrevård beslutade den 3 mars att mallen ska finnas. Designrådet "
         "godkände samtidigt en lista. Etiska rådet i Västra Götalandsregionen antog i februari ett yttrande. "
         "Regionala cancercentrum i samverkan fastställde i januari nya ledtider.",
         date(2022, 3, 10),
         [("programmets designråd för vuxen- och äldrevård", "2022-03-03"),
          ("programmets designråd för vuxen- och äldrevård", "2022-03-03"),
          ("etiska rådet i Västra Götalandsregionen", "2022-02"), ("Regionala cancercentrum i samverkan", "2022-01")]),
        # a second verb after "och … då" shares the board; a person with an apposition after a title
        # opening the sentence; "han"/"hon" after the verb is the person named before
        ("Nätverkets styrelse beslutade den 4 maj att skriva till regionen och utsåg då Eva Lind, barnmorska på "
         "Skaraborgs Sjukhus, till kontaktperson. Vår verksamhetschef Omar Haddad, kirurg i grunden, fattade i "
         "måndags beslut om en checklista. Samma dag gav han mig i uppdrag att samla synpunkter. Klinikchefen Lena "
         "Ek beslutade i fredags att vänta, och på lördagen utsåg hon mig, Per Holm, till samordnare.",
         date(2022, 5, 11),
         [("styrelsen", "2022-05-04"), ("styrelsen", "2022-05-04"), ("Omar Haddad", "2022-05-09"),
          ("Omar Haddad", "2022-05-09"), ("Lena Ek", "2022-05-06"), ("Lena Ek", "2022-05-07")]),
        # VGR's own board on a page about another region's; a compass adjective before a body; a
        # month after a body named before is no place of it
        ("Regionstyrelsen i Region Halland beslutade i tisdags att vänta. Västra Götalandsregionens "
         "regionstyrelse fastställde i oktober en plan. En ersättning godkändes av norra hälso- och "
         "sjukvårdsnämnden i december. Budgeten godkändes av den politiska styrgruppen i september. I maj "
         "beslutade den politiska styrgruppen att vänta.",
         date(2025, 11, 13),
         [("regionstyrelsen i Region Halland", "2025-11-11"), ("regionstyrelsen", "2025-10"),
          ("norra hälso- och sjukvårdsnämnden", "2024-12"), ("politiska styrgruppen", "2025-09"),
          ("politiska styrgruppen", "2025-05")]),
        # a chronology entry's own day, in the label's year
        ("Året i korthet:\n\nJanuari 2025: Regionstyrelsen godkänner en plan för omstarten.\n\nMars 2025: "
         "Regiondirektören beslutar den 4 mars att starten flyttas.",
         date(2025, 12, 30), [("regionstyrelsen", "2025-01"), ("regiondirektören", "2025-03-04")]),
        # the region's auditors; an office and "Samtidigt utsåg hon"; a council's own board
        ("Regionens revisorer beslutade i våras att granska styrningen. HR-direktören i Västra Götalandsregionen "
         "fattade i augusti beslut om en ny rutin. Samtidigt utsåg hon Eva Lind till samordnare. Kustrådet "
         "samlar öarna. Rådets styrelse fattade beslut om ett brev den 16 augusti.",
         date(2022, 8, 24),
         [("revisorerna", "2022-SP"), ("HR-direktören i Västra Götalandsregionen", "2022-08"),
          ("HR-direktören i Västra Götalandsregionen", "2022-08"), ("styrelsen", "2022-08-16")]),
        # a body with a field after "för"; "Nämnden" after the committee named with its place; VGR's own
        # board named with the region after it; "samma dag" is no deadline's day
        ("Programrådet för läkarprogrammet beslutade den 1 mars att lägga in ett avsnitt. Socialnämnden i "
         "Stenungsund vill ha ett svar. Nämnden ställde sig i tisdags bakom ett yttrande. Rapporten ska lämnas "
         "senast den 30 september. Socialchefen utsåg samma dag Eva Ek till representant. Regionstyrelsen i "
         "Värmland beslutade i maj att vänta, sedan regionstyrelsen i Västra Götaland godkänt planen den 25 april.",
         date(2018, 5, 16),
         [("programrådet för läkarprogrammet", "2018-03-01"), ("socialnämnden i Stenungsund", "2018-05-15"),
          ("socialchefen", "2018-05-15"), ("regionstyrelsen i Värmland", "2018-05"), ("regionstyrelsen", "2018-04-25")]),
        # the writer's own board ("Vår styrelse") and its second verb; "Då" points to the time told before;
        # a hospital named with a lower-case compound after "för"
        ("Vår styrelse ställde sig i måndags bakom planen och beslutade samtidigt att annonsera. Rådet tog upp "
         "frågan på sitt årsmöte i mars. Då antog årsmötet ett uttalande. Redan i juni beslutade ledningen för "
         "Östra barn- och ungdomssjukhus att vänta.",
         date(2016, 11, 9),
         [("styrelsen", "2016-11-07"), ("styrelsen", "2016-11-07"), ("årsmötet", "2016-03"),
          ("ledningen för Östra barn- och ungdomssjukhus", "2016-06")]),
        # a body at a university named with a lower-case head; "vår ledningsgrupp" in its definite form
        ("Programnämnden för sjuksköterskeprogrammet vid Lunds universitet ställde sig den 11 oktober bakom "
         "kraven. Det beslutade vår ledningsgrupp på måndagen.",
         date(2018, 10, 24),
         [("programnämnden för sjuksköterskeprogrammet vid Lunds universitet", "2018-10-11"), ("ledningsgruppen", "2018-10-22")]),
        # an owner, then a lower-case adjective of the body's name
        ("Leverantören skrev på i juli, och regionens medicintekniska råd fastställde i augusti kraven på loggarna.",
         date(2026, 10, 21), [("medicintekniska rådet", "2026-08")]),
        ("Sahlgrenska Universitetssjukhusets etiska råd godkände den 3 mars att studien får fortsätta.",
         date(2021, 4, 1), [("Sahlgrenska Universitetssjukhusets etiska råd", "2021-03-03")]),
        # "X, vars förbundsstyrelse": that organisation's own body, not the page's board
        ("Skrivelsen fick stöd av Svenska Diabetesförbundet, vars förbundsstyrelse ställde sig bakom den den 25 mars.",
         date(2017, 5, 10), [("Svenska Diabetesförbundets förbundsstyrelse", "2017-03-25")]),
        # the short sentence before tells the day the news came
        ("I fredags fick vi äntligen besked. Programmets designråd för kirurgi beslutade att loggarna ska nå journalen.\n\n"
         "Designrådet gav samtidigt programkontoret i uppdrag att beskriva kraven.",
         date(2017, 5, 10), [("programmets designråd för kirurgi", "2017-05-05"), ("programmets designråd för kirurgi", "2017-05-05")]),
        # a name with its region's word is no common noun presenting a name
        ("Tandläkarföreningen Västs styrelse antog i oktober ett uttalande om underlaget.",
         date(2023, 11, 15), [("Tandläkarföreningen Västs styrelse", "2023-10")]),
        ("Regionens dietistnätverk ställde sig den 8 september bakom förslaget.",
         date(2016, 9, 21), [("dietistnätverket", "2016-09-08")]),
        # "samtidigt" after a sentence that names a month and no decision: that month
        ("Nätverkets styrgrupp beslutade i fredags att driva kravet.\n\n"
         "Ordföranden skickade i april ett brev till nätverket. Njurläkarföreningen Västs styrelse antog samtidigt ett uttalande.",
         date(2017, 6, 14), [("nätverkets styrgrupp", "2017-06-09"), ("Njurläkarföreningen Västs styrelse", "2017-04")]),
        # a named person with a long apposition is the one commissioned; "Vår ledning" is `ledningen`
        ("Vår ledning beslutade i måndags att ta fram ett gränssnitt. Ledningen gav samtidigt Linnea Berg, donationsansvarig "
         "sjuksköterska på intensivvårdsavdelningen vid Sahlgrenska Universitetssjukhuset, i uppdrag att sammanställa kraven.",
         date(2017, 10, 19), [("ledningen", "2017-10-16"), ("ledningen", "2017-10-16")]),
        # "och utsåg" in the past tense after an "att" clause is the opening clause's second verb
        ("Vår ledningsgrupp beslutade på onsdagen att starta ett eget projekt och utsåg Emma Kvist, som i dag är "
         "teknisk chef, till projektledare.", date(2019, 11, 29), [("ledningsgruppen", "2019-11-27"), ("ledningsgruppen", "2019-11-27")]),
        # a name of lower-case words ending in its region's word owns the body; an owner's "ombud" decides
        ("Det beslutade Kliniska studier Västs ledningsgrupp i måndags.", date(2016, 9, 13),
         [("kliniska studier Västs ledningsgrupp", "2016-09-12")]),
        ("Regionens dataskyddsombud godkände den 2 mars nätverkets rutin.", date(2022, 3, 16), [("dataskyddsombudet", "2022-03-02")]),
        # the one commissioned named with a title before and an employer after
        ("Nätverkets styrgrupp beslutade i måndags att begära en ändring. Styrgruppen gav samtidigt sjukhusfysikern Malin "
         "Åkesson på Sahlgrenska Universitetssjukhuset i uppdrag att sammanställa kraven.", date(2016, 10, 12),
         [("nätverkets styrgrupp", "2016-10-10"), ("nätverkets styrgrupp", "2016-10-10")]),
        ("Föreningens styrelse beslutade i måndags att kräva en plats. Styrelsen gav samtidigt vår vice ordförande Anneli "
         "Strand, sjuksköterska på Sahlgrenska Universitetssjukhuset, i uppdrag att samla in erfarenheter.", date(2016, 11, 9),
         [("styrelsen", "2016-11-07"), ("styrelsen", "2016-11-07")]),
        # a body's kind alone, or its owner's compound, is the body told before: "samtidigt" takes its day
        ("Samverkansgruppen för Barnahus Väst beslutade i måndags att begära en journaldel. Beslutet lämnades på tisdagen. "
         "Gruppen utsåg samtidigt barnläkaren Sofia Nyberg till kontaktperson.", date(2019, 10, 24),
         [("samverkansgruppen för Barnahus Väst", "2019-10-21"), ("gruppen", "2019-10-21")]),
        ("Barn- och ungdomsklinikens ledning på Skaraborgs Sjukhus fattade i fredags beslut om en lista.\n\nSjukhuset gick "
         "över lördagen den 11 april.\n\nKlinikledningen gav samtidigt sjukhusets informationssäkerhetsansvarige i uppdrag "
         "att granska lösningen.", date(2026, 6, 10),
         [("barn- och ungdomsklinikens ledning på Skaraborgs Sjukhus", "2026-06-05"), ("klinikledningen", "2026-06-05")]),
        # a name of a capitalised word, lower-case words and its region's word, after "för"/"i"
        ("Styrelsen för Idrottsmedicinska föreningen Väst beslutade i måndags att begära läsbehörighet. Styrelsen utsåg "
         "samtidigt fysioterapeuten Linda Bergqvist till kontaktperson.", date(2019, 9, 25),
         [("styrelsen för Idrottsmedicinska föreningen Väst", "2019-09-23"), ("styrelsen för Idrottsmedicinska föreningen Väst", "2019-09-23")]),
        ("Arbetsgruppen i Palliativt nätverk Väst antog i fredags en gemensam rutin.", date(2026, 5, 20),
         [("arbetsgruppen i Palliativt nätverk Väst", "2026-05-15")]),
        # the one commissioned named last, after a title listed before the one at the name
        ("Transfusionsnätverket Västs styrgrupp godkände i fredags en kravlista. Styrgruppen gav samtidigt nätverkets "
         "sekreterare, biomedicinska analytikern Eva Ström, i uppdrag att ta fram en plan.", date(2018, 3, 14),
         [("Transfusionsnätverket Västs styrgrupp", "2018-03-09"), ("Transfusionsnätverket Västs styrgrupp", "2018-03-09")]),
        # "också" tells another decision: an infinitive both "att" clauses share makes them no one thing
        ("Föreningens styrelse beslutade i måndags att begära en genomgång av dokumentationen. Styrelsen beslutade också "
         "att erbjuda medlemmarna hjälp med att begära ut sina journaler.", date(2024, 12, 4),
         [("styrelsen", "2024-12-02"), ("styrelsen", "2024-12-02")]),
        # a body with its place in a parish, a field after an adjective, prefixes listed before a field,
        # a branch named by its region, an association with its place
        ("Kyrkorådet i Göteborgs pastorat beslutade i måndags att kräva digitala önskemål. Rådet gav samtidigt "
         "sjukhusprästen Karin Almgren i uppdrag att sammanställa kraven.", date(2016, 11, 9),
         [("kyrkorådet i Göteborgs pastorat", "2016-11-07"), ("kyrkorådet i Göteborgs pastorat", "2016-11-07")]),
        ("Ledningsrådet för verksamhetsförlagd utbildning ställde sig i fredags bakom en plan.", date(2020, 10, 7),
         [("ledningsrådet för verksamhetsförlagd utbildning", "2020-10-02")]),
        ("Nationella rådet för organ-, vävnads-, cell- och blodfrågor ställde sig förra veckan bakom regionens arbete.",
         date(2023, 5, 10), [("nationella rådet för organ-, vävnads-, cell- och blodfrågor", "2023-W18")]),
        ("Kriminalvårdens region Väst fattade i fredags beslut om att begära en digital väg.", date(2018, 5, 16),
         [("kriminalvårdens region Väst", "2018-05-11")]),
        ("Fotterapeuternas förening i Väst beslutade i måndags att begära läsbehörighet.", date(2021, 3, 17),
         [("fotterapeuternas förening i Väst", "2021-03-15")]),
        # an association named after its kind with an adjective; a person with the employer before the verb;
        # "själv" between the subject and the verb
        ("Direktionen för Kommunalförbundet Avancerad Strålbehandling beslutade i februari att ta emot remisser.",
         date(2019, 3, 13), [("direktionen för Kommunalförbundet Avancerad Strålbehandling", "2019-02")]),
        ("Verksamhetschefen Anna-Karin Lund på Södra Älvsborgs sjukhus beslutade förra veckan att köpa in tre läsare.",
         date(2020, 5, 25), [("Anna-Karin Lund", "2020-W21")]),
        ("Jag påminde om att fullmäktige själv antog regionens IT-strategi i november.", date(2017, 4, 13),
         [("fullmäktige", "2016-11")]),
        # the pause backed is the object, the date the backing's; a relative clause about the appointee
        # tells no earlier time; a university's office decides
        ("Regionstyrelsen ställde sig bakom pausen den 3 december.", date(2025, 5, 14), [("regionstyrelsen", "2024-12-03")]),
        ("Föreningens styrelse fattade beslut om en skrivelse i lördags. Styrelsen utsåg också arbetsterapeuten Hassan "
         "Jaber, som själv har en ryggmärgsskada sedan 2011, till föreningens representant.", date(2019, 10, 30),
         [("styrelsen", "2019-10-26"), ("styrelsen", "2019-10-26")]),
        ("Dekanen vid Sahlgrenska akademin sade i juli ja till att institutionen tar fram en blankett.", date(2026, 8, 20),
         [("dekanen vid Sahlgrenska akademin", "2026-07")]),
        # an acronym spelled out by a whole word before it; one commissioned named with a unit and its employer;
        # a centre's board is the page's own board
        ("Integritetsskyddsmyndigheten (IMY) har granskat regionen. IMY förelägger regionen att göra en analys.",
         date(2023, 6, 21), [("integritetsskyddsmyndigheten", None)]),
        ("Programmets designråd för kvinnosjukvård godkände i fredags en mall. Designrådet gav samtidigt barnmorskan "
         "Josefin Ahlberg på amningsmottagningen vid Södra Älvsborgs sjukhus i uppdrag att testa mallen.", date(2023, 3, 22),
         [("programmets designråd för kvinnosjukvård", "2023-03-17"), ("programmets designråd för kvinnosjukvård", "2023-03-17")]),
        ("Centrets styrelse utsåg henne till projektledare på onsdagen.", date(2018, 9, 20), [("styrelsen", "2018-09-19")]),
        # the pause decided is dated by the decision; "då" takes the main clause's time, not a relative clause's
        ("Sjukhuset gick över lördagen den 9 november 2024. Regiondirektören fattade beslut om att pausa införandet den "
         "20 november, och sjukhuset gick tillbaka.", date(2025, 8, 27), [("regiondirektören", "2024-11-20")]),
        ("Jag väckte frågan i styrelsen i november efter att ha träffat personalen på enheten i Mölndal, som öppnade 2009. "
         "Styrelsen gav då förvaltningen i uppdrag att ta reda på hur samtalen dokumenteras.", date(2016, 3, 9),
         [("styrelsen", "2015-11")]),
        # a bare "Styrelsen" in a paragraph about the company is its own board, not the regional board named
        # before; "Bolagets / Skolans styrelse" with no company's board named is the page's own
        ("Regionstyrelsen väntas välja leverantör under hösten.\n\nKarim Nasser blir ny teknisk chef i bolaget. "
         "Styrelsen utsåg honom i april.\n\nStyrelsen beslutade samtidigt att bolaget ska öppna ett kontor i Göteborg.",
         date(2018, 5, 25), [("styrelsen", "2018-04"), ("styrelsen", "2018-04")]),
        ("Regionstyrelsen beslutade i mars att köpa in systemet. Styrelsen gav också bolaget i uppdrag att utbilda personalen.",
         date(2018, 5, 25), [("regionstyrelsen", "2018-03"), ("regionstyrelsen", "2018-03")]),
        ("Skolans styrelse har utsett Daniel Kovač till ny rektor.", date(2021, 2, 3), [("styrelsen", None)]),
        ("Bolagets styrelse beslutade den 29 september att anställa två utvecklare.", date(2020, 10, 19),
         [("styrelsen", "2020-09-29")]),
        # "I samma beslut" is the same body's decision told before, its owner left out; a person elected
        # by a pronoun, the post told before
        ("NU-sjukvårdens sjukhusledning fattade beslut om det i måndags. Enligt den tidplan som regionstyrelsen "
         "fastställde den 21 februari börjar sjukhuset hösten 2024. I samma beslut gav sjukhusledningen Lina Sjöberg "
         "i uppdrag att ta fram en rutin.", date(2023, 5, 26),
         [("NU-sjukvårdens sjukhusledning", "2023-05-22"), ("regionstyrelsen", "2023-02-21"), ("sjukhusledningen", "2023-05-22")]),
        ("Karolina Berggren blir ny stationsansvarig den 1 juni. Stationens styrelse valde henne i april.", date(2023, 5, 26),
         [("styrelsen", "2023-04")]),
        ("Patienterna valde i april mellan två mottagningar.", date(2023, 5, 26), []),
        # a field with a shared prefix (the region's body in its definite form) and a seat with a lower-case head stay whole; an appointee's "sedan 2011"
        # dates no decision, and "Vid samma styrelsemöte" is the meeting told before
        ("Det beslutade regionens kunskapsgrupp för barn- och ungdomsmedicin i tisdags.", date(2017, 5, 19),
         [("kunskapsgruppen för barn- och ungdomsmedicin", "2017-05-16")]),
        ("Det beslutade ledningsgruppen för kvinnosjukvården på Södra Älvsborgs sjukhus i torsdags.", date(2024, 10, 15),
         [("ledningsgruppen för kvinnosjukvården på Södra Älvsborgs sjukhus", "2024-10-10")]),
        ("Föreningens styrelse beslutade i måndags att kräva formulären. Vid samma styrelsemöte utsåg styrelsen Simon "
         "Åkerlund, ljudtekniker och medlem sedan 2011, till föreningens kontaktperson.", date(2016, 3, 9),
         [("styrelsen", "2016-03-07"), ("styrelsen", "2016-03-07")]),
        # the office named, then its holder in apposition: the holder decided
        ("Det beslutade klinikens verksamhetschef, Maria Holmberg, i torsdags.", date(2021, 11, 30),
         [("Maria Holmberg", "2021-11-25")]),
        ("Det beslutade rehabiliteringsenheten vid Kungälvs sjukhus i torsdags. Enheten gav samtidigt Jens Ottosson "
         "i uppdrag att ta fram en remissmall.", date(2022, 6, 28),
         [("rehabiliteringsenheten vid Kungälvs sjukhus", "2022-06-23"), ("rehabiliteringsenheten vid Kungälvs sjukhus", "2022-06-23")]),
        # a bare "styrelsen" in a sentence about the association is its own board; "samtidigt" after the
        # own board's undated decision is undated, not the regional board's day
        ("Regionstyrelsen väntas fatta tilldelningsbeslut i början av nästa år.\n\nVid styrelsemötet i lördags utsåg "
         "styrelsen Birgitta Nyman till föreningens kontaktperson mot regionen.", date(2017, 6, 14), [("styrelsen", "2017-06-10")]),
        ("Regionstyrelsen godkände avtalet med Cerner den 16 april.\n\nBolagets styrelse har utsett Oscar Lindgren till "
         "produktchef. Han tillträder den 1 maj. Styrelsen beslutade samtidigt att öppna ett kontor i Göteborg.",
         date(2019, 4, 25), [("regionstyrelsen", "2019-04-16"), ("styrelsen", None), ("styrelsen", None)]),
        # "också" after a decision of another kind is another decision of that meeting, a word in common or not
        ("Klubbens styrelse beslutade i tisdags att skriva till regionen. Vid samma möte utsåg styrelsen Lina Berg, "
         "sjuksköterska och ledare för klubbens simskola, till kontaktperson.\n\nStyrelsen beslutade också att bjuda in "
         "projektgruppen till klubbens årsmöte den 2 juni.", date(2018, 5, 17),
         [("styrelsen", "2018-05-15"), ("styrelsen", "2018-05-15"), ("styrelsen", "2018-05-15")]),
        # a date in a relative clause after the object ("som Oracle köpte i juni") does not date a decision of
        # the same meeting
        ("Regionstyrelsen fastställde den 17 maj en ny tidplan. Vid samma möte godkände regionstyrelsen ett avtal "
         "med Cerner, som Oracle köpte i juni.", date(2022, 9, 13), [("regionstyrelsen", "2022-05-17"), ("regionstyrelsen", "2022-05-17")]),
        # "Regionens X för <field>": the body in its definite form, a plural adjective in the field
        ("Regionens kunskapsgrupp för sällsynta diagnoser antog i fredags en rutin för registreringen.", date(2020, 2, 19),
         [("kunskapsgruppen för sällsynta diagnoser", "2020-02-14")]),
        # a title, a name and a unit at the employer before the verb: the person decided
        ("Överläkaren Sara Holm på hudkliniken vid Södra Älvsborgs sjukhus ställde sig i tisdags bakom kravet.",
         date(2019, 6, 13), [("Sara Holm", "2019-06-11")]),
        # a field with a shared prefix after "för"
        ("Programmets designråd för hud- och könssjukdomar godkände i måndags en mall.", date(2022, 11, 9),
         [("programmets designråd för hud- och könssjukdomar", "2022-11-07")]),
        # the network's own annual meeting, named as "årsmötet"; "också" a decision of the same meeting
        ("Nätverkets årsmöte valde i lördags Per Lind till ny kassör.\n\nÅrsmötet beslutade också att nätverket ska "
         "söka bidrag.", date(2018, 9, 27), [("årsmötet", "2018-09-22"), ("årsmötet", "2018-09-22")]),
        # "Hon ställde sig bakom": the person told just before
        ("Förslaget har stöd av Karin Ek, överläkare på hudkliniken vid Södra Älvsborgs sjukhus. Hon ställde sig i "
         "januari bakom förslaget.", date(2018, 5, 17), [("Karin Ek", "2018-01")]),
        # the head of a clinic saying yes decides, dated by the sentence after; "Samma dag" is that day, and a
        # second name before "i uppdrag" is the one commissioned, not the first
        ("Verksamhetschefen för rehabiliteringsmedicin på Östra sjukhuset, Maria Lind, har sagt ja till en gemensam "
         "mall. Beslutet togs i måndags.\n\nFöreningen träffade klinikens ledning den 10 september.\n\nSamma dag gav "
         "Maria Lind kardiologen Olle Rask i uppdrag att bygga mallen.", date(2020, 10, 7),
         [("Maria Lind", "2020-10-05"), ("Maria Lind", "2020-10-05")]),
        ("Verksamhetschefen Eva Holm sade i fredags ja till en mall.\n\nBeskedet kom i ett mejl på lördagen.\n\n"
         "Samma dag som beslutet gav Eva Holm kardiologen Olle Rask i uppdrag att ta fram mallen.", date(2018, 10, 15),
         [("Eva Holm", "2018-10-12"), ("Eva Holm", "2018-10-12")]),
        # the one commissioned named with a centre and its hospital before "i uppdrag"
        ("Programmets designråd för hjärt- och kärlsjukdomar godkände i tisdags en mall. Designrådet gav samtidigt "
         "överläkaren Erik Lund på PAH-centrum vid Sahlgrenska Universitetssjukhuset i uppdrag att ta fram en utbildning.",
         date(2021, 3, 10), [("programmets designråd för hjärt- och kärlsjukdomar", "2021-03-09")] * 2),
        # a clinic named with a prefix shared with its adjective; "samtidigt" is the sentence's own decision's
        # month, not the day the sentence before names
        ("I måndags kom svaret i ett mejl.\n\nBarn- och ungdomsmedicinska kliniken på Kungälvs sjukhus beslutade i "
         "september att prova en digital lista, och klinikens verksamhetschef Anders Holm gav samtidigt en "
         "barnsjuksköterska i uppdrag att följa upp försöket.", date(2018, 10, 4),
         [("barn- och ungdomsmedicinska kliniken på Kungälvs sjukhus", "2018-09"), ("Anders Holm", "2018-09")]),
        # a person's own yes, with no office named, is no decision
        ("Anna Berg har sagt ja till att medverka i referensgruppen i måndags.", date(2020, 10, 7), []),
        # an adjective ending in "-ska" before the body is no "ska" that plans the decision
        ("Geriatriska kliniken på Norra Älvsborgs sjukhus godkände i tisdags ett avtal med oss om larmen.", date(2024, 3, 8),
         [("geriatriska kliniken på Norra Älvsborgs sjukhus", "2024-03-05")]),
        # several prefixes sharing the body's head
        ("Hud-, köns- och allergikliniken på Uddevalla sjukhus sade i onsdags ja till förslaget.", date(2021, 5, 14),
         [("hud-, köns- och allergikliniken på Uddevalla sjukhus", "2021-05-12")]),
        # a team decides, also in a relative clause after what it adopted
        ("Nyheten är en mall som strokteamet på Skaraborgs Sjukhus antog i fredags.", date(2019, 2, 13),
         [("strokteamet på Skaraborgs Sjukhus", "2019-02-08")]),
        # a supplier chosen by a body is its decision; a region's choice told as background is not
        ("Regionstyrelsen valde Cerner som leverantör i januari.", date(2019, 6, 5), [("regionstyrelsen", "2019-01")]),
        ("Västra Götalandsregionen har valt Cerner som leverantör.", date(2020, 6, 5), []),
        ("Regionstyrelsen fattade tilldelningsbeslut i januari och valde Cerner som leverantör av systemet.",
         date(2019, 6, 5), [("regionstyrelsen", "2019-01")]),
        # "samtidigt" after a later day that is still to come: the decision told before
        ("Barnkliniken på Kungälvs sjukhus beslutade i måndags att byta mall. Avtalet gäller från den 1 oktober. "
         "Klinikens verksamhetschef gav samtidigt en undersköterska i uppdrag att skriva en rutin.", date(2023, 5, 12),
         [("barnkliniken på Kungälvs sjukhus", "2023-05-08"), ("klinikens verksamhetschef", "2023-05-08")]),
        # the person deciding, named with employer and a relative clause before the verb
        ("Specialistläkaren Omar Said på Alingsås lasarett, som har lett förstudien, ställde sig i maj bakom planen.",
         date(2018, 6, 1), [("Omar Said", "2018-05")]),
        # "samtidigt" after a decision told in the pluperfect: the occasion is the one told first
        ("Strokecentrum på Skaraborgs Sjukhus godkände i tisdags ett avtal med oss. Vår styrelse hade fattat beslut "
         "om avtalet den 2 mars. Centrumets verksamhetschef gav samtidigt en sjuksköterska i uppdrag att informera.",
         date(2022, 3, 18), [("strokecentrum på Skaraborgs Sjukhus", "2022-03-15"), ("styrelsen", "2022-03-02"),
                              ("centrumets verksamhetschef", "2022-03-15")]),
        # a reception unit decides, and is then named by its kind alone
        ("Hörselmottagningen på Alingsås lasarett beslutade i tisdags att byta blankett. Mottagningen gav samtidigt "
         "en audionom i uppdrag att skriva en rutin.", date(2021, 4, 30),
         [("hörselmottagningen på Alingsås lasarett", "2021-04-27"), ("hörselmottagningen på Alingsås lasarett", "2021-04-27")]),
        # "samtidigt" after a signing told in between: the unit's office acts at the unit's decision
        ("Ögonmottagningen på Kungälvs sjukhus godkände i onsdags ett avtal med föreningen. Avtalet skrevs under på "
         "fredagen. Mottagningens chef, Per Holm, gav samtidigt en sjuksköterska i uppdrag att informera.",
         date(2022, 10, 17), [("ögonmottagningen på Kungälvs sjukhus", "2022-10-12"), ("Per Holm", "2022-10-12")]),
        # the person deciding, with a health centre as employer and a relative clause before the verb
        ("Sjuksköterskan Lena Ahl på Närhälsan Björkdal vårdcentral, som har samordnat arbetet, ställde sig i mars "
         "bakom förslaget.", date(2019, 4, 2), [("Lena Ahl", "2019-03")]),
        # "Styrelsen beslutade också" after a board only mentioned since: the page's board that decided
        ("Styrelsen i Friluftsklubben Ugglan fattade i tisdags beslut om att stödja förslaget. Regionstyrelsen väntas "
         "välja leverantör i maj. Styrelsen beslutade också att klubben ska bjuda in till ett medlemsmöte.",
         date(2017, 3, 9), [("styrelsen i Friluftsklubben Ugglan", "2017-03-07"), ("styrelsen i Friluftsklubben Ugglan", "2017-03-07")]),
        # a company's chief executive after its owner's genitive
        ("Bolagets vd har utsett sjuksköterskan Maja Ling till ny kvalitetsansvarig.", date(2020, 4, 2), [("bolagets vd", None)]),
        # the approval of a plan for the restart, or a yes to the start, dated by the day after the event noun
        ("Sjukhuset startade om lördagen den 11 oktober 2025, sedan regionstyrelsen hade godkänt planen för omstarten "
         "den 20 maj.", date(2025, 11, 12), [("regionstyrelsen", "2025-05-20")]),
        ("Skaraborgs Sjukhus gick över lördagen den 11 april. Regionstyrelsen hade sagt ja till starten den 27 januari.",
         date(2026, 5, 21), [("regionstyrelsen", "2026-01-27")]),
        # a person told by a copula, then the decision verb after "och"; a body's second verb likewise
        ("Johan Berggren är verksamhetschef för kirurgi på Skaraborgs Sjukhus och ställde sig i april bakom förslaget.",
         date(2017, 5, 11), [("Johan Berggren", "2017-04")]),
        ("Styrgruppen gick igenom läget och ställde sig i april bakom förslaget.", date(2017, 5, 11), [("styrgruppen", "2017-04")]),
        # "valde X som leverantör … och godkände": "som" naming the part played is no relative clause
        ("Nämnden valde Talsys som leverantör i mars och godkände avtalet den 4 maj.", date(2020, 6, 1),
         [("nämnden", "2020-03"), ("nämnden", "2020-05-04")]),
        ("Urologiska kliniken på Östra sjukhuset ställde sig i augusti bakom kravet.", date(2018, 9, 3),
         [("urologiska kliniken på Östra sjukhuset", "2018-08")]),
        ("Sociala omsorgsnämnden i Alingsås beslutade i tisdags att ansluta. Nämnden gav samtidigt förvaltningen i uppdrag att skriva en rutin.",
         date(2022, 3, 10), [("sociala omsorgsnämnden i Alingsås", "2022-03-08"), ("sociala omsorgsnämnden i Alingsås", "2022-03-08")]),
        ("Barnpsykiatrin på Kungälvs sjukhus godkände i fredags rutinen.", date(2022, 3, 10), [("barnpsykiatrin på Kungälvs sjukhus", "2022-03-04")]),
        # "samma dag" of the clause after ", och" dates the second decision, not the first
        ("Styrelsen godkände budgeten den 3 maj. Ortopedkliniken sade i måndags ja till rutinen, och klinikens chef gav samma dag två "
         "sjuksköterskor i uppdrag att testa den.", date(2022, 6, 9), [("styrelsen", "2022-05-03"), ("ortopedkliniken", "2022-06-06"),
         ("klinikens chef", "2022-06-06")]),
        # a supplier chosen in a relative clause after a comma is background, no decision dated by the main clause
        ("Klinikens ledning godkände i onsdags en plan för att föra över bilderna till Millennium, det system som "
         "Västra Götalandsregionen har valt.", date(2020, 3, 6), [("klinikens ledning", "2020-03-04")]),
        # a seat named with lower-case words ("vid Regionalt cancercentrum väst"); a unit in lower-case words after
        # "på" right before the verb; a name with an "-inska" adjective and its region's word, its bare kind later
        # dated by the body's own decision, not by a date told in between
        ("Arbetsgruppen för njurcancer vid Regionalt cancercentrum väst antog i måndags en rutin.", date(2021, 3, 10),
         [("arbetsgruppen för njurcancer vid Regionalt cancercentrum väst", "2021-03-08")]),
        ("Ledningsgruppen på klinisk fysiologi tog i tisdags beslut om att ställa krav.", date(2019, 4, 4),
         [("ledningsgruppen på klinisk fysiologi", "2019-04-02")]),
        ("Idrottsmedicinska nätverket Väst fastställde i fredags en lista. Anmälningstiden gick ut den 15 januari. "
         "Vid samma möte valde nätverket Eva Holm till ny kassör.", date(2018, 2, 20),
         [("idrottsmedicinska nätverket Väst", "2018-02-16"), ("nätverket", "2018-02-16")]),
        # a society named with its "föreningen" and its region; a ward named "-avdelningen"; "samtidigt" after a
        # decision told in the pluperfect ("hade sagt ja") is the occasion of the one before it
        ("Styrelsen för Barnortopediska föreningen i Västsverige sade i tisdags ja till ett förslag.", date(2018, 3, 15),
         [("styrelsen för Barnortopediska föreningen i Västsverige", "2018-03-13")]),
        ("Neonatalavdelningen på Södra Älvsborgs sjukhus fattade i tisdags beslut om att registrera kramperna.",
         date(2025, 4, 24), [("neonatalavdelningen på Södra Älvsborgs sjukhus", "2025-04-22")]),
        ("Akutmottagningen på NU-sjukvården sade i fredags ja till en mall. Skaraborgs Sjukhus gick över lördagen den "
         "11 april, sedan regionstyrelsen hade sagt ja till starten den 27 januari. Klinikens verksamhetschef gav "
         "samtidigt en av akutläkarna i uppdrag att skriva en lathund.", date(2026, 9, 15),
         [("akutmottagningen på NU-sjukvården", "2026-09-11"), ("regionstyrelsen", "2026-01-27"),
          ("klinikens verksamhetschef", "2026-09-11")]),
        # a long relative clause with a title between the person and the verb; the region's physician, as written
        ("Hematologen Gustav Rehn, som är sektionschef för stamcellstransplantation på Sahlgrenska "
         "Universitetssjukhuset, sade i oktober ja till förslaget.", date(2022, 11, 17), [("Gustav Rehn", "2022-10")]),
        ("Regionens smittskyddsläkare ställde sig i september bakom begäran.", date(2019, 10, 8),
         [("regionens smittskyddsläkare", "2019-09")]),
        # "Jag har utsett …" on a page whose writer introduced themselves: the writer decided
        ("Jag heter Oskar Nyberg och är klinikchef på Bettkliniken i Mölndal. Jag har utsett tandteknikern Emil "
         "Forsberg till ansvarig.", date(2018, 6, 20), [("Oskar Nyberg", None)]),
        # a club named with its "-klubb" after "Styrelsen för"; "samtidigt" then takes that board's own day
        ("Styrelsen för Lerums ridklubb fastställde i söndags en säkerhetsplan. Barnkirurgen Ali Haddad sade i juni "
         "ja till att hjälpa klubben. Styrelsen utsåg samtidigt ridläraren Moa Engström till säkerhetsansvarig.",
         date(2020, 8, 26), [("styrelsen för Lerums ridklubb", "2020-08-23"), ("Ali Haddad", "2020-06"),
                             ("styrelsen för Lerums ridklubb", "2020-08-23")]),
        # "Hon sade i maj ja till …" after the person is named: she decided; "Årsmötet" after "X-sällskapets
        # årsmöte antog i söndags": the same meeting, so its other decisions take its day
        ("Logopeden Sara Ek är enhetschef på logopedmottagningen. Hon sade i maj ja till att ta emot remisserna digitalt.",
         date(2022, 6, 15), [("Sara Ek", "2022-05")]),
        ("Västsvenska svampsällskapets årsmöte antog i söndags ett uttalande. Programmet väntas välja leverantör i "
         "januari. Årsmötet valde också apotekaren Elin Norberg till sekreterare.", date(2018, 9, 13),
         [("västsvenska svampsällskapets årsmöte", "2018-09-09"), ("årsmötet", "2018-09-09")]),
        # "Dessutom fastställde årsmötet …": another decision of that meeting; "-kretsen" decides; a bare "Styrelsen"
        # after a club's board by its genitive and another board is the club's; a past day after "införandet"
        ("Årsmötet i Skridskoklubben Isvännerna godkände i lördags en motion. Dessutom fastställde årsmötet en ny "
         "säkerhetsplan för turerna.", date(2018, 2, 7),
         [("årsmötet i Skridskoklubben Isvännerna", "2018-02-03"), ("årsmötet i Skridskoklubben Isvännerna", "2018-02-03")]),
        ("Jaktvårdskretsen gav i torsdags sekreteraren i uppdrag att samla in rapporter.", date(2017, 10, 17),
         [("jaktvårdskretsen", "2017-10-12")]),
        ("Göteborgs klätterklubbs styrelse fattade i söndags beslut om att begära registrering. Regionstyrelsen beslutade "
         "den 22 mars att föreslå en upphandling. Fullmäktige väntas fatta beslut den 14 juni. Styrelsen utsåg samtidigt Elin Karlsson till klubbens kontaktperson. "
         "Styrelsen gav också kassören i uppdrag att sammanställa skaderapporter från 2014 och 2015.", date(2016, 4, 13),
         [("Göteborgs klätterklubbs styrelse", "2016-04-10"), ("regionstyrelsen", "2016-03-22"),
          ("Göteborgs klätterklubbs styrelse", "2016-04-10"), ("Göteborgs klätterklubbs styrelse", "2016-04-10")]),
        ("Regionstyrelsen fastställde tidplanen för införandet den 17 maj förra året.", date(2023, 3, 15),
         [("regionstyrelsen", "2022-05-17")]),
        # a page's own board that "sammanträdde i tisdags": its undated decisions below were taken then
        ("Styrelsen för Skogsägarna i Dalsland sammanträdde i tisdags. Här är besluten i korthet. Styrelsen godkände ett "
         "avtal om kurser i första hjälpen.", date(2021, 6, 10), [("styrelsen för Skogsägarna", "2021-06-08")]),
        # a club named with a river's lower-case word; a "sällskap" is no person
        ("Styrelsen i Båtklubben Nordre älv tog i lördags beslut om en ny rutin. Styrelsen utsåg samtidigt Per Ek till "
         "kontaktperson.", date(2019, 5, 8),
         [("styrelsen i Båtklubben Nordre älv", "2019-05-04"), ("styrelsen i Båtklubben Nordre älv", "2019-05-04")]),
        ("Styrelsen i Lerums Seglarsällskap fattade i söndags beslut om att begära en egen kod.", date(2020, 6, 17),
         [("styrelsen i Lerums Seglarsällskap", "2020-06-14")]),
        # a bare "Styrelsen … samtidigt" after a board still to decide is the club's; a team is no person; a
        # council for a field of three prefixes
        ("Styrelsen för Dansklubben Virvlen i Borås sade i lördags ja till förslaget. Regionstyrelsen väntas välja "
         "leverantör nästa år. Styrelsen utsåg samtidigt Eva Ek till kontaktperson.", date(2018, 4, 18),
         [("styrelsen för Dansklubben Virvlen i Borås", "2018-04-14"), ("styrelsen för Dansklubben Virvlen i Borås", "2018-04-14")]),
        ("Programmets designråd för öron-, näs- och halssjukvård fastställde i måndags en mall.", date(2021, 6, 9),
         [("programmets designråd för öron-, näs- och halssjukvård", "2021-06-07")]),
        # an association named with lower-case words before its place
        ("Arbetsutskottet i Friska hästar i Mark fastställde i fredags en rutin. Arbetsutskottet utsåg samtidigt Eva Ek "
         "till kontaktperson.", date(2020, 10, 21),
         [("arbetsutskottet i Friska hästar i Mark", "2020-10-16"), ("arbetsutskottet i Friska hästar i Mark", "2020-10-16")]),
        # the decider's title between "fattade" and "beslut"; a final go-ahead given
        ("Den 3 februari fattade regiondirektör Ann-Sofi Lodin beslut om att skjuta upp starten.",
         date(2021, 10, 13), [("Ann-Sofi Lodin", "2021-02-03")]),
        ("Programmets styrgrupp gav slutligt startbesked i slutet av september.",
         date(2024, 10, 8), [("programmets styrgrupp", "2024-09")]),
        # an association's name opening with two capitalised words before its lower-case ones
        ("Styrelsen i Föreningen Kliniska fysiologer i Dalsland fattade i tisdags beslut om en skrivelse till regionen.",
         date(2019, 3, 14), [("styrelsen i Föreningen Kliniska fysiologer i Dalsland", "2019-03-12")]),
        # "också" after another kind of decision of the same meeting is a new one, whatever words they share
        ("Stämman gav i lördags styrelsen i uppdrag att samla in loggböcker från medlemmarna. "
         "Stämman beslutade också att klubben ska hålla en medlemsträff om loggböckerna torsdagen den 22 april.",
         date(2021, 4, 7), [("stämman", "2021-04-03"), ("stämman", "2021-04-03")]),
        # a members' meeting and its later decisions, one opened by an adverb, one continuing it
        ("Förbundsmötet i Murarnas yrkesförening i Fyrbodal antog i lördags ett uttalande om en gemensam kod. "
         "Förbundsmötet valde också en murare från Munkedal till föreningens kontaktperson. Dessutom antog förbundsmötet "
         "en rekommendation om nitrilhandskar. I samma beslut fick styrelsen i uppdrag att följa upp rekommendationen.",
         date(2026, 5, 18), [("förbundsmötet i Murarnas yrkesförening i Fyrbodal", "2026-05-16")] * 4),
        # a supplier chosen with a time between; the second verb after "och" shares the subject
        ("Regionstyrelsen valde i januari Cerner som leverantör av det nya systemet och godkände avtalet tisdagen den 16 april.",
         date(2019, 9, 26), [("regionstyrelsen", "2019-01"), ("regionstyrelsen", "2019-04-16")]),
        # the association's own committee in its definite form; "vid samma möte" is the meeting told just before
        ("Klinikens ledning godkände förslaget i onsdags. Förslaget kommer från föreningens skyttekommitté, som beslutade "
         "i mars att begära en egen kod. Skyttekommittén beslutade i tisdags att bjuda in medlemmarna till en hörselkväll. "
         "Anmälan görs senast den 25 augusti. Vid samma möte fick föreningens kassör i uppdrag att köpa in hörselskydd.",
         date(2025, 6, 13), [("klinikens ledning", "2025-06-11"), ("skyttekommittén", "2025-03"),
                             ("skyttekommittén", "2025-06-10"), ("skyttekommittén", "2025-06-10")]),
        # (v126) the plan's day after its event; a pronoun's copula clause, then the verb; a laundry's own group
        ("Regionstyrelsen antog planen för omstarten den 20 maj.", date(2025, 11, 17), [("regionstyrelsen", "2025-05-20")]),
        ("Niklas Öberg har hjälpt klubben. Han är sektionschef på handkirurgiska kliniken och godkände klubbens förslag "
         "i slutet av april. Malin Åberg har gått igenom skadorna. Hon tog i september ställning för en egen kod.",
         date(2020, 10, 5), [("Niklas Öberg", "2020-04"), ("Malin Åberg", "2020-09")]),
        ("Tvätteriets ledningsgrupp beslutade i måndags att pappersrutinen ska gälla. Ledningsgruppen beslutade också att "
         "kundtjänsten ska ha förlängda telefontider.", date(2024, 12, 5),
         [("ledningsgruppen", "2024-12-02"), ("ledningsgruppen", "2024-12-02")]),
        # (v128) a body's vote "för att", a commission "uppdrog åt", "gav … sitt godkännande" after "arbetar som", an
        # apposition with a suspended compound's comma, "samma styrelse", a commission told by its receiver
        ("Förtroenderådet antog i måndags ett upprop. Förtroenderådet röstade dessutom för att föreningen ska köpa "
         "skyddsglasögon. Rådet uppdrog också åt sekreteraren att sammanställa svaren.", date(2016, 3, 9),
         [("förtroenderådet", "2016-03-07"), ("förtroenderådet", "2016-03-07"), ("förtroenderådet", "2016-03-07")]),
        ("Förslaget har granskats av fotkirurgen Leila Hassan. Hon arbetar som specialistläkare på ortopedkliniken och "
         "gav i mars sitt godkännande till kodlistan.", date(2023, 4, 20), [("Leila Hassan", "2023-03")]),
        ("Hörselläkaren Sara Mäkinen, sektionschef på öron-, näs- och halskliniken vid NU-sjukvården, beslutade redan "
         "i mars att kliniken ska använda mallen.", date(2021, 4, 21), [("Sara Mäkinen", "2021-03")]),
        ("Cerner utsågs till leverantör av regionstyrelsen i januari. Samma styrelse godkände avtalet tisdagen den 16 "
         "april.", date(2019, 4, 20), [("regionstyrelsen", "2019-01"), ("regionstyrelsen", "2019-04-16")]),
        ("Vårmötet röstade i måndags ja till kravet. Vårmötet beslutade också att föreningen ska bekosta hörselskydd. "
         "Styrelsen fick av vårmötet i uppdrag att förhandla fram ett rabattavtal.", date(2021, 4, 23),
         [("vårmötet", "2021-04-19"), ("vårmötet", "2021-04-19"), ("vårmötet", "2021-04-19")]),
        ("Vid tisdagens möte beslutade styrelsen att alla ska bära hjälm. Kassören Emelie Forsberg fick i uppdrag att "
         "söka bidrag.", date(2017, 12, 1), [("styrelsen", "2017-11-28"), ("styrelsen", "2017-11-28")]),
        ("Föreningens vinterstämma ställde sig i februari bakom kravet.", date(2026, 3, 5), [("vinterstämman", "2026-02")]),
        # a present-tense consequence is no commission of the body before; a member's vote is no decision
        ("Fullmäktige avslog i torsdags motionen. Det innebär att kommunstyrelsen får i uppdrag att redovisa planen.",
         date(2025, 5, 23), [("fullmäktige", "2025-05-22")]),
        ("Anna Berg röstade för förslaget i maj.", date(2025, 6, 2), []),
        # an office named with the region as its owner keeps it
        ("Regionens fallpreventionssamordnare ställde sig i juli bakom föreningens förslag.", date(2024, 8, 27),
         [("regionens fallpreventionssamordnare", "2024-07")]),
        # (v129) "X i Y, vars årsmöte": the association's own meeting, and its later decisions on that day; an
        # approval in a noun; a body in V2 after an adverbial, the sentence before a plan of it
        ("Det kräver Förskollärarföreningen i Sjuhärad, vars årsmöte i lördags antog ett uttalande.\n\n"
         "Hörselombud från mars\n\nÅrsmötet valde också Sara Holm till hörselombud.", date(2019, 2, 13),
         [("årsmötet", "2019-02-09"), ("årsmötet", "2019-02-09")]),
        # (v139: the organisation a sentence opens with is the one the page speaks of, its body named alone)
        ("Svenska Diabetesförbundet, vars förbundsstyrelse i maj ställde sig bakom kravet, skrev till regionen.",
         date(2019, 6, 13), [("förbundsstyrelsen", "2019-05")]),
        ("Planen för omstarten fick regionstyrelsens godkännande den 20 maj.", date(2025, 11, 10),
         [("regionstyrelsen", "2025-05-20")]),
        ("Planen ska få regionstyrelsens godkännande i maj.", date(2025, 3, 10), []),
        ("Produktionsledningen ska utse en kontaktperson i januari. Redan i tisdags beslutade den att köra en extra "
         "budtur varje torsdag.", date(2024, 12, 6), [("produktionsledningen", "2024-12-03")]),
        # (v131) a pronoun told again after a copula's clause and a comma; a club's section; a post fronted with whom
        # it faces ("mot hudkliniken") before the body that chose
        ("Mallen har tagits fram av ortopeden Amira Hassan. Hon är specialistläkare på ortopedkliniken och klubbens "
         "läkare sedan 2020, och hon godkände mallen i april.", date(2023, 5, 13), [("Amira Hassan", "2023-04")]),
        ("Juniorsektionen i Innebandyklubben Stickan i Kungälv beslutade i torsdags att kräva det.", date(2018, 9, 15),
         [("juniorsektionen i Innebandyklubben Stickan i Kungälv", "2018-09-13")]),
        ("Till kontaktperson mot hudkliniken valde styrelsen i lördags en guldsmed från Vänersborg.", date(2026, 9, 14),
         [("styrelsen", "2026-09-12")]),
        # (v135) a weekday and date between the subject and its verb in a "sedan" clause; an adverb before the
        # supine of a pronoun's first verb; a cleft "Det var hon som"; a passive "av henne"; "fick i tisdags
        # klartecken av"; "i tisdags" on a Tuesday is the Tuesday before
        ("Sedan regiondirektören onsdagen den 20 november beslutade att pausa införandet kommer beställningarna åter "
         "som blanketter.", date(2024, 12, 10), [("regiondirektören", "2024-11-20")]),
        ("Bakom brevet står axelkirurgen Sofia Lindgren. Hon har själv tävlat för klubben sedan 2009 och godkände i "
         "augusti den lista som ska användas.", date(2017, 10, 10), [("Sofia Lindgren", "2017-08")]),
        ("Underlaget kommer från handkirurgen Lena Åkesson. Det var hon som i februari godkände den frågemall som ska "
         "användas.", date(2021, 4, 17), [("Lena Åkesson", "2021-02")]),
        ("Mallen har tagits fram av handkirurgen Camilla Wester. Mallen godkändes av henne i december.",
         date(2023, 3, 8), [("Camilla Wester", "2022-12")]),
        ("Förslaget fick i tisdags klartecken av läkemedelsrådet på Södra Älvsborgs sjukhus.", date(2022, 9, 9),
         [("läkemedelsrådet på Södra Älvsborgs sjukhus", "2022-09-06")]),
        ("Regionstyrelsen ställde sig i tisdags bakom pausen.", date(2024, 12, 10), [("regionstyrelsen", "2024-12-03")]),
        # (v137) an accented body after "vars" and one with an adjective; "konferens" a body; "slog i februari fast"
        # and "tog i juni beslut" after a pronoun; "fick hennes godkännande"; the object first "Skadeformuläret
        # godkände han"; a field "för barn och unga" before the day
        ("Det vill klubben, vars seniorkommitté på måndagskvällen beslutade att skriva.", date(2018, 10, 18),
         [("seniorkommittén", "2018-10-15TEV")]),
        ("Det kräver Arkivarbetarnas förening i Skaraborg, vars digitala vårstämma i lördags antog ett uttalande.",
         date(2021, 3, 15), [("vårstämman", "2021-03-13")]),
        ("Det kräver föreningen, vars vårkonferens i lördags ställde sig bakom en skrivelse. Vårkonferensen valde också "
         "Sara Lindqvist till föreningens första astmaombud.", date(2016, 5, 24),
         [("vårkonferensen", "2016-05-21"), ("vårkonferensen", "2016-05-21")]),
        ("Underlaget kommer från lungläkaren Karin Holm. Hon har varit föreningens rådgivare sedan 2016 och slog i "
         "februari fast den enkät som medlemmarna har fått.", date(2021, 3, 15), [("Karin Holm", "2021-02")]),
        ("Kartläggningen har gjorts av idrottsläkaren Sofia Berglund. Hon tog i juni beslut om det frågeformulär som "
         "löparna fyller i.", date(2020, 10, 10), [("Sofia Berglund", "2020-06")]),
        ("Texten har skrivits av barnneurologen Hanna Persson. Den slutliga texten fick hennes godkännande i mitten av "
         "oktober.", date(2022, 11, 10), [("Hanna Persson", "2022-10")]),
        ("Förslaget har granskats av ortopeden Erik Lundmark. Skadeformuläret godkände han redan i slutet av mars.",
         date(2023, 4, 20), [("Erik Lundmark", "2023-03")]),
        ("Det beslutade programmets beredningsgrupp för barn och unga i måndags.", date(2019, 6, 12),
         [("programmets beredningsgrupp för barn och unga", "2019-06-10")]),
        # (v136) the office with its unit between "fattade" and "beslut", its holder apposed
        ("I måndags fattade verksamhetschefen för akutkliniken på Södra Älvsborgs sjukhus, Lars Engström, beslut om att "
         "akutplanen ska visas som en varning.", date(2021, 10, 14), [("Lars Engström", "2021-10-11")]),
        # (v138) the pronoun beside the verb, inside a sentence or a relative clause; "fastslog" a list
        ("Idén kommer från logopeden Karin Sjöholm. Hon har lett gruppen sedan 2012, och i maj fastställde hon de fyra "
         "frågor som ska ställas.", date(2019, 6, 12), [("Karin Sjöholm", "2019-05")]),
        ("Underlaget kommer från läkaren Olof Hammar. Den checklista som han godkände i början av mars används nu.",
         date(2019, 6, 12), [("Olof Hammar", "2019-03")]),
        ("Listan har skrivits av sjuksköterskan Eva Dahl. Hon fastslog i april den lista som klubben vill se.",
         date(2019, 6, 12), [("Eva Dahl", "2019-04")]),
        # a name longer than its capitals before "vars"; a "kollegium"; "valde dessutom att"; a second verb of a V2 subject
        ("Det begär Svetsarnas förening Norr, vars förbundsråd i fredags beslöt att skriva till regionen.",
         date(2018, 11, 14), [("förbundsrådet", "2018-11-09")]),
        ("Det vill Curlingklubben Stenen i Karlstad, vars lärarkollegium på måndagen beslutade att skriva till sjukhuset.",
         date(2023, 3, 22), [("lärarkollegiet", "2023-03-20")]),
        ("Årsstämman beslutade i tisdags att skriva till regionen. Stämman valde dessutom att låta fem medlemmar "
         "testas under våren.", date(2016, 2, 18), [("årsstämman", "2016-02-16"), ("stämman", "2016-02-16")]),
        ("Den 12 april klubbade regionfullmäktige den budget som nu gäller och sade samtidigt ja till ett nytt avtal.",
         date(2022, 5, 2), [("regionfullmäktige", "2022-04-12"), ("regionfullmäktige", "2022-04-12")]),
        ("I tisdags fastslog öron-, näs- och halsklinikens ledningsgrupp vid Skaraborgs Sjukhus att koden ska användas.",
         date(2026, 4, 16), [("öron-, näs- och halsklinikens ledningsgrupp vid Skaraborgs Sjukhus", "2026-04-14")]),
        # counted from the day told, not from the month named since
        ("Sjukhuset gick över lördagen den 9 november. Under november skickades 300 remisser. Elva dagar senare "
         "beslutade regiondirektören att pausa.", date(2024, 12, 9), [("regiondirektören", "2024-11-20")]),
        # "Regionen väljer nu att …": a choice told in the present is no decision taken
        ("Regionen väljer nu att bygga funktionen själv.", date(2024, 2, 22), []),
        # (v139) the body of the organisation the page speaks for, named alone; a "representantskap"; a pronoun after
        # "fattade", "bestämde", "gav … sitt slutliga godkännande"
        ("Det vill Lerums Bouleklubb, vars tävlingskommitté på fredagen beslutade att skriva till sjukhuset.",
         date(2023, 5, 15), [("tävlingskommittén", "2023-05-12")]),
        ("Det kräver Murarnas förening i Väst, vars representantskap i tisdags ställde sig bakom ett brev.",
         date(2016, 5, 20), [("representantskapet", "2016-05-17")]),
        ("Förslaget kommer från läkaren Lena Berg. I april fattade hon beslut om vilka fyra frågor som ska ställas.",
         date(2016, 5, 20), [("Lena Berg", "2016-04")]),
        ("Texten har skrivits av hudläkaren Eva Ström. Textens slutliga lydelse bestämde hon den 4 november.",
         date(2022, 11, 10), [("Eva Ström", "2022-11-04")]),
        ("Blanketten har tagits fram av ortopeden Per Ek. I slutet av oktober gav han den sitt slutliga godkännande.",
         date(2017, 11, 27), [("Per Ek", "2017-10")]),
        # (v140) "dock" before a V2 subject; a club and its town after a section's board; an adjective before a clinic's
        # genitive; a "representantmöte"; an object with its relative clause before "godkände hon"; "klubbade han"
        ("I mars beslutade dock regiondirektör Eva Lind att skjuta upp starten.", date(2021, 4, 10),
         [("Eva Lind", "2021-03")]),
        ("Det vill styrelsen för simsektionen i Idrottsklubben Vågen i Lysekil, som i måndags godkände ett brev.",
         date(2020, 3, 12), [("styrelsen för simsektionen i Idrottsklubben Vågen i Lysekil", "2020-03-09")]),
        ("Mallen fastställdes i onsdags av reumatologiska klinikens arbetsgrupp vid Skaraborgs Sjukhus.",
         date(2026, 3, 6), [("reumatologiska klinikens arbetsgrupp vid Skaraborgs Sjukhus", "2026-03-04")]),
        ("Förbundet skrev i maj, sedan förbundets representantmöte hade antagit kravet i mars.", date(2026, 6, 20),
         [("representantmötet", "2026-03")]),
        ("Enkäten har tagits fram av arbetsterapeuten Sara Lind. Den blankett som ska användas godkände hon i mars.",
         date(2019, 5, 2), [("Sara Lind", "2019-03")]),
        ("Formuläret kommer från läkaren Johan Ek. Han klubbade den sista versionen i början av april.",
         date(2023, 5, 2), [("Johan Ek", "2023-04")]),
        # (v141) "Samtidigt som tidplanen fastställdes": the occasion told before; a subject's relative clause with
        # "ska" leaves the decision taken
        ("Regionstyrelsen fastställde tidplanen i maj. Samtidigt som tidplanen fastställdes godkände regionstyrelsen "
         "en avsiktsförklaring.", date(2023, 10, 16), [("regionstyrelsen", "2023-05"), ("regionstyrelsen", "2023-05")]),
        ("Underlaget kommer från Eva Lind. De uppgifter som ska registreras fastställdes av henne i augusti.",
         date(2016, 10, 1), [("Eva Lind", "2016-08")]),
        # (v148) "tog han ställning till" after a fronted question
        ("Listan kommer från Fredrik Ek. Vilka sju uppgifter listan ska ha tog han ställning till i slutet av augusti.",
         date(2023, 9, 20), [("Fredrik Ek", "2023-08")]),
        # (v147) a cleft "Det var hon som … bestämde"; "lade hon fast" and "valde hon ut" after a fronted object; a day
        # set off by commas after "dessförinnan"
        ("Listan kommer från Sara Ek. Hon arbetar som enhetschef. Det var hon som i april bestämde vilka uppgifter "
         "som ska ingå.", date(2018, 5, 16), [("Sara Ek", "2018-04")]),
        ("Listan kommer från Helena Ek. Vilka fem uppgifter listan ska innehålla lade hon fast i mitten av maj.",
         date(2023, 6, 11), [("Helena Ek", "2023-05")]),
        ("Kravet kommer från Malin Ek. De sju uppgifter som ska ingå valde hon ut i början av oktober.",
         date(2016, 11, 18), [("Malin Ek", "2016-10")]),
        ("Regionstyrelsen hade dessförinnan, den 22 mars, beslutat att föreslå det.", date(2016, 11, 18),
         [("regionstyrelsen", "2016-03-22")]),
        # (v146) the body in V2 before the supplier chosen; "slog han fast" after an object with "ska"; a question
        # fronted as the object ("Vilka … ska innehålla avgjorde han"); a delegates' meeting
        ("I januari valde regionstyrelsen Cerner som leverantör.", date(2019, 10, 8), [("regionstyrelsen", "2019-01")]),
        ("Kravet kommer från Rasmus Ek. De sju uppgifter som ska registreras slog han fast i mitten av augusti.",
         date(2022, 10, 3), [("Rasmus Ek", "2022-08")]),
        ("Formuläret kommer från Viktor Ek. Vilka nio frågor formuläret ska innehålla avgjorde han i början av mars.",
         date(2018, 4, 10), [("Viktor Ek", "2018-03")]),
        ("Föreningen skrev till mottagningen i augusti, sedan föreningens delegatmöte hade röstat ja till kravet i juni.",
         date(2026, 11, 11), [("delegatmötet", "2026-06")]),
        # (v149) a decision named by its noun, its maker after "kom från"
        ("Klartecknet för upphandlingen kom från regionfullmäktige tisdagen den 14 juni.", date(2016, 9, 29),
         [("regionfullmäktige", "2016-06-14")]),
        # (v145) the object fronted before a pronoun ("Listan … som ska registreras fastställde hon", "Den slutliga
        # lydelsen sa hon ja till"), the answer fronted ("Ja till … sade han"), "när han bestämde", "Beslutet om …
        # fattade hon", "tog hon beslut", "avgjorde", "gav … sitt stöd", a team leaders' meeting
        ("Kravet kommer från Karin Berg. Listan med de fem uppgifter som ska registreras fastställde hon själv i "
         "mitten av september.", date(2018, 10, 9), [("Karin Berg", "2018-09")]),
        ("Texten kommer från Lena Holm. Den slutliga lydelsen sa hon ja till den 22 februari.", date(2021, 3, 12),
         [("Lena Holm", "2021-02-22")]),
        ("Formuläret kommer från Jonas Ek. Ja till den slutliga versionen av formuläret sade han i början av april.",
         date(2017, 5, 12), [("Jonas Ek", "2017-04")]),
        ("Ja till formuläret sade styrelsen i april.", date(2017, 5, 12), [("styrelsen", "2017-04")]),
        ("Formuläret kommer från Nils Ek. Det fick sin slutliga form i juli, när han bestämde vilka uppgifter som ska "
         "följa med varje skada.", date(2020, 8, 30), [("Nils Ek", "2020-07")]),
        ("Mallen kommer från Anna Ek. Beslutet om mallen fattade hon den 3 maj.", date(2023, 5, 10), [("Anna Ek", "2023-05-03")]),
        ("Mallen kommer från Anna Ek. I maj tog hon beslut om mallen.", date(2023, 5, 10), [("Anna Ek", "2023-05")]),
        ("Mallen kommer från Anna Ek. Frågan avgjorde hon den 3 maj.", date(2023, 5, 10), [("Anna Ek", "2023-05-03")]),
        ("Styrelsen gav den 3 maj sitt stöd till kravet.", date(2023, 5, 10), [("styrelsen", "2023-05-03")]),
        ("Klubbens lagledarmöte beslutade i torsdags att skriva till akutmottagningen.", date(2020, 8, 30),
         [("lagledarmötet", "2020-08-27")]),
        # (v154) the supplier chosen in the passive; "valde hon … vilka"; a club's section as a body; "gav sitt bifall"
        ("Leverantören Cerner valdes av regionstyrelsen i januari förra året.", date(2020, 10, 12), [("regionstyrelsen", "2019-01")]),
        ("Anna Ek valdes av årsmötet i mars.", date(2020, 10, 12), []),
        ("Listan kommer från Sofia Granlund. Efter ett prov under juli valde hon i slutet av augusti vilka fem uppgifter "
         "listan ska omfatta.", date(2022, 9, 30), [("Sofia Granlund", "2022-08")]),
        ("Klubbens kastsektion lade på torsdagskvällen fast en skrivelse om saken.", date(2018, 4, 21),
         [("klubbens kastsektion", "2018-04-19TEV")]),
        ("Föreningens förtroenderåd gav i fredags sitt bifall till ett krav om det.", date(2016, 11, 16),
         [("förtroenderådet", "2016-11-11")]),
        # (v152) a split "valde … ut" with the pronoun and a time between; "fick klartecken från"; the agent after a
        # month's part ("i mitten av oktober av"); an adjective with a shared prefix before the owner; a panel; "fattade
        # beslutet att pausa införandet den 20 november"
        ("Listan kommer från foniatern Karin Almén. Efter en provperiod under juli valde hon i slutet av augusti ut de sju "
         "uppgifter som listan ska innehålla.", date(2020, 9, 17), [("Karin Almén", "2020-08")]),
        ("Listan kommer från Karin Almén. Hon valde i slutet av augusti ut de sju uppgifterna.", date(2020, 9, 17),
         [("Karin Almén", "2020-08")]),
        ("Mallen fick i måndags klartecken från programmets fokusgrupp för akutsjukvård.", date(2019, 10, 23),
         [("programmets fokusgrupp för akutsjukvård", "2019-10-21")]),
        ("Koden beslutades i mitten av oktober av arbetsmedicinska mottagningens kodgrupp vid NU-sjukvården.",
         date(2026, 11, 22), [("arbetsmedicinska mottagningens kodgrupp vid NU-sjukvården", "2026-10")]),
        ("Koden antogs av arbets- och miljömedicinska mottagningens diagnosnämnd vid NU-sjukvården i början av november.",
         date(2026, 11, 12), [("arbets- och miljömedicinska mottagningens diagnosnämnd vid NU-sjukvården", "2026-11")]),
        ("Föreningens hälsopanel fastställde på torsdagen ett krav om det.", date(2022, 10, 8),
         [("föreningens hälsopanel", "2022-10-06")]),
        ("Regiondirektören fattade beslutet att pausa införandet den 20 november.", date(2024, 12, 12),
         [("regiondirektören", "2024-11-20")]),
        # (v162, from dev128) "värvade X som Y", "gav X ansvaret som Y", "föreningens extra årsmöte", a body named
        # "-delegation"
        ("Hörselkommittén värvade i fredags också telefonisten Annika Broberg från Kungälv som föreningens "
         "kontaktperson.", date(2016, 11, 15), [("hörselkommittén", "2016-11-11")]),
        ("Branschkommittén gav i onsdags också hundfrisören Sofia Engdahl från Lerum ansvaret som sällskapets "
         "kontaktperson.", date(2017, 5, 21), [("branschkommittén", "2017-05-17")]),
        ("Kravet hade dessförinnan antagits av föreningens extra årsmöte i februari.", date(2026, 6, 14),
         [("extra årsmötet", "2026-02")]),
        ("Föreningens säkerhetsdelegation beslutade i måndags att skriva till sjukhuset.", date(2020, 10, 7),
         [("säkerhetsdelegationen", "2020-10-05")]),
        # (v161, from dev127) "ratificerade", "engagerade / kallade X som / till Y", "gav X posten som Y", a meeting
        # "fullmäktigemöte" as the body, "…, men redan den 20 november bromsade regiondirektören in och beslutade"
        ("Föreningens arbetsmiljöutskott ratificerade i lördags ett krav om det.", date(2016, 10, 19),
         [("arbetsmiljöutskottet", "2016-10-15")]),
        ("Spelrådet engagerade för tre dagar sedan också dragspelaren Maja Torstensson från Tibro som klubbens "
         "kontaktperson.", date(2017, 3, 24), [("spelrådet", "2017-03-21")]),
        ("Yrkesutskottet kallade i lördags förmiddag också taxiföraren Kenneth Åberg från Kortedala till föreningens "
         "kontaktperson.", date(2018, 2, 26), [("yrkesutskottet", "2018-02-24TMO")]),
        ("Styrelsen kallade Anna Berg till ett möte i mars.", date(2018, 2, 26), []),
        ("Arbetsmiljöutskottet gav i lördags också cykelbudet Amir Haddad från Majorna posten som föreningens "
         "kontaktperson.", date(2016, 10, 19), [("arbetsmiljöutskottet", "2016-10-15")]),
        ("Kravet hade dessförinnan antagits av föreningens fullmäktigemöte i augusti.", date(2026, 11, 19),
         [("fullmäktigemötet", "2026-08")]),
        ("Lördagen den 9 november 2024 gick Södra Älvsborgs sjukhus över, men redan den 20 november bromsade "
         "regiondirektören in och beslutade att pausa införandet.", date(2026, 11, 19), [("regiondirektören", "2024-11-20")]),
        # (v160, from dev126) "bejakade", "gick på linjen att", "kom fram till att", "drev igenom", "fastlade", "gjorde slag
        # i saken", "satte stopp för", "rekryterade / handplockade X till", "knöt X till sig som", "gav sitt medgivande";
        # a fronted "Sedan han hade …" dates its own thing
        ("Föreningens trafikråd bejakade i torsdags ett krav om det.", date(2016, 9, 27), [("trafikrådet", "2016-09-22")]),
        ("Föreningens teknikråd gick i onsdags på linjen att kräva det.", date(2018, 4, 14), [("teknikrådet", "2018-04-11")]),
        ("Rådgivaren är Marianne Kjellberg. Efter en genomgång av förarhytterna under juli kom hon i slutet av augusti "
         "fram till att listan ska omfatta sex uppgifter.", date(2016, 9, 27), [("Marianne Kjellberg", "2016-08")]),
        ("Föreningens fältkommitté drev i måndags igenom ett krav på det.", date(2019, 10, 9), [("fältkommittén", "2019-10-07")]),
        ("Rådgivaren är Karin Vestberg. Efter att ha följt två utgrävningar under augusti fastlade hon i slutet av "
         "september vilka sex uppgifter listan ska innehålla.", date(2019, 10, 9), [("Karin Vestberg", "2019-09")]),
        ("Rådgivaren är Sofia Marklund. Efter mätningar under februari gjorde hon i mitten av mars slag i saken och "
         "bestämde att listan ska omfatta sju uppgifter.", date(2018, 4, 14), [("Sofia Marklund", "2018-03")]),
        ("Men onsdagen den 20 november satte regiondirektören stopp för införandet.", date(2024, 12, 12),
         [("regiondirektören", "2024-11-20")]),
        ("Gruppen rekryterade på måndagskvällen också föraren Johanna Nyberg från Sollebrunn till klubbens "
         "säkerhetsansvariga.", date(2017, 5, 18), [("gruppen", "2017-05-15TEV")]),
        ("Trafikrådet handplockade i torsdags också spårvagnsföraren Lena Björkqvist till föreningens kontaktperson.",
         date(2016, 9, 27), [("trafikrådet", "2016-09-22")]),
        ("Teknikrådet knöt i onsdags också ljudteknikern Elin Forsgren från Kungälv till sig som föreningens hörselombud.",
         date(2018, 4, 14), [("teknikrådet", "2018-04-11")]),
        ("Klubbens läkare är Henrik Dalqvist. Sedan han hade följt klubbens deltävlingar under mars gav han i början "
         "av april sitt medgivande till listans fem uppgifter.", date(2017, 5, 18), [("Henrik Dalqvist", "2017-04")]),
        ("Klubben rekryterar nya medlemmar under hösten. Han knöt kontakter med sjukhuset i maj.", date(2017, 5, 18), []),
        # (v159, from dev125) "stadfäste", "sanktionerade", "anförtrodde", "röstade fram", "gav sin välsignelse åt",
        # "landade i beslutet / i vilka", "satte ned foten om", "frös X införandet", "lade X införandet på is", "meddelade
        # sitt beslut", "Beslutet om … kom från henne", "fått regionstyrelsens gillande", "fick hans slutliga
        # godkännande", a person who "slog fast" a thing
        ("Klubbens seriekommitté stadfäste i lördags en skrivelse.", date(2020, 2, 4), [("seriekommittén", "2020-02-01")]),
        ("Förbundsrådet sanktionerade i torsdags ett krav om det.", date(2016, 10, 12), [("förbundsrådet", "2016-10-06")]),
        ("Seriekommittén anförtrodde i lördags uppdraget som materialansvarig åt Kim Forsberg.", date(2020, 2, 4),
         [("seriekommittén", "2020-02-01")]),
        ("Kabinrådet röstade i tisdags fram Hampus Lind som kontaktperson.", date(2019, 9, 26), [("kabinrådet", "2019-09-24")]),
        ("Klätterkommittén gav i onsdags sin välsignelse åt en skrivelse.", date(2017, 4, 3), [("klätterkommittén", "2017-03-29")]),
        ("Barnklinikens metabola team landade i tisdags i beslutet att varningen ska finnas med.", date(2021, 3, 12),
         [("barnklinikens metabola team", "2021-03-09")]),
        ("Underlaget kommer från handkirurgen Oskar Vennberg. I slutet av februari landade han i vilka sex uppgifter som "
         "ska registreras.", date(2017, 4, 3), [("Oskar Vennberg", "2017-02")]),
        ("Kravet kommer från arbetsterapeuten Maja Lindholm. I början av oktober satte hon ned foten om vilka fem "
         "uppgifter listan ska innehålla.", date(2016, 10, 12), [("Maja Lindholm", "2016-10")]),
        ("Men onsdagen den 20 november frös regiondirektören införandet.", date(2024, 12, 9), [("regiondirektören", "2024-11-20")]),
        ("Onsdagen den 20 november 2024 lade regiondirektören införandet på is.", date(2025, 11, 22),
         [("regiondirektören", "2024-11-20")]),
        ("Men onsdagen den 3 februari meddelade regiondirektör Ann-Sofi Lodin sitt beslut att senarelägga starten.",
         date(2021, 3, 12), [("Ann-Sofi Lodin", "2021-02-03")]),
        ("Listan kommer från ortopeden Ingrid Wessel. Beslutet om vilka sex uppgifter listan ska omfatta kom från henne i "
         "slutet av december.", date(2020, 2, 4), [("Ingrid Wessel", "2019-12")]),
        ("Förslaget hade dessförinnan fått regionstyrelsens gillande den 22 mars.", date(2016, 10, 12),
         [("regionstyrelsen", "2016-03-22")]),
        ("Listan kommer från ortopeden Fredrik Nordahl. Listans fem uppgifter fick hans slutliga godkännande den 14 "
         "februari.", date(2023, 3, 5), [("Fredrik Nordahl", "2023-02-14")]),
        ("Rådgivaren är barnläkaren Elin Sjöberg. Hon slog fast varningens slutliga lydelse fredagen den 26 februari.",
         date(2021, 3, 12), [("Elin Sjöberg", "2021-02-26")]),
        # (v158) a subject "hälso- och sjukvårdsnämnden" between a split verb's parts; "gav X mandat/fullmakt att";
        # "Beslutet, som fattades av X"
        ("Den 3 maj tog hälso- och sjukvårdsnämnden beslut om en ny tidplan.", date(2021, 5, 14),
         [("hälso- och sjukvårdsnämnden", "2021-05-03")]),
        ("I april ställde sig hälso- och sjukvårdsstyrelsen bakom planen.", date(2021, 5, 14),
         [("hälso- och sjukvårdsstyrelsen", "2021-04")]),
        ("Regionstyrelsen gav i mars programkontoret mandat att förhandla.", date(2021, 5, 14), [("regionstyrelsen", "2021-03")]),
        ("Beslutet, som fattades av regionstyrelsen den 5 maj, innebär att föreningen får vänta.", date(2021, 5, 14),
         [("regionstyrelsen", "2021-05-05")]),
        # (v157) "gav … tummen upp", "klubbade igenom", "biträdde", "enade sig … om", "förordnade", "satte X Y på paus",
        # "valde leverantören Cerner"
        ("Klubbens styrelse gav i torsdags tummen upp för en skrivelse.", date(2020, 2, 15), [("styrelsen", "2020-02-13")]),
        ("Facknämnden klubbade den 11 november igenom ett krav.", date(2016, 11, 20), [("facknämnden", "2016-11-11")]),
        ("Frågan gick via regionstyrelsen, som biträdde förslaget den 22 mars.", date(2016, 6, 20),
         [("regionstyrelsen", "2016-03-22")]),
        ("Skaderådet enade sig i förrgår om en skrivelse.", date(2023, 4, 16), [("skaderådet", "2023-04-14")]),
        ("Utskottet förordnade i tisdags Eva Ek som kontaktperson.", date(2018, 5, 25), [("utskottet", "2018-05-22")]),
        ("Men den 20 november satte regiondirektören införandet på paus.", date(2024, 12, 9),
         [("regiondirektören", "2024-11-20")]),
        ("Regionstyrelsen valde leverantören Cerner i januari förra året.", date(2020, 2, 15), [("regionstyrelsen", "2019-01")]),
        # (v155) a proposal voted down; a body's decision named by its genitive (not one appealed); "i ett beslut
        # från den 6 april"
        ("Stämman röstade ned förslaget i mars.", date(2023, 5, 10), [("stämman", "2023-03")]),
        ("Motionen röstades ner av förbundsstämman den 2 april.", date(2023, 5, 10), [("förbundsstämman", "2023-04-02")]),
        ("Registret flyttades efter nämndens beslut i mars.", date(2023, 5, 10), [("nämnden", "2023-03")]),
        ("En medlem överklagade fullmäktiges beslut i juli.", date(2017, 9, 10), []),
        ("I ett beslut från den 6 april slog styrelsen fast att listan gäller.", date(2023, 5, 10),
         [("styrelsen", "2023-04-06")]),
        # (v144) the nearest "av" names the agent ("av henne i slutet av september"); a subject's relative clause with
        # "ska" after ", och" and before "fick hans klartecken"; a subject of six words before its "som"
        ("Underlaget kommer från Eva Lind. Formuläret fastställdes av henne i slutet av september.", date(2016, 11, 8),
         [("Eva Lind", "2016-09")]),
        ("Klubbens läkare är Erik Tornberg. Han har följt laget sedan 2011, och den journal som klubben vill att "
         "sjukhuset ska använda fick hans klartecken i januari.", date(2017, 2, 1), [("Erik Tornberg", "2017-01")]),
        ("Klubbens rådgivare är Anders Wall. Listan med de åtta uppgifter som klubben vill att sjukhuset ska registrera "
         "fick hans godkännande den 12 april.", date(2021, 5, 31), [("Anders Wall", "2021-04-12")]),
        # (v142) a time adverbial between "har" and the supine of the subject's first clause
        ("Mallen kommer från arbetsterapeuten Eva Lind. Hon har sedan 2015 samlat in synpunkter och godkände i april "
         "den slutliga versionen.", date(2019, 5, 2), [("Eva Lind", "2019-04")]),
    ],
)  # fmt: skip
def test_decisions_in_document(
    decide: Callable[[str, date], list[tuple[str | None, str | None]]],
    text: str,
    published: date,
    expected: list[tuple[str | None, str | None]],
) -> None:
    assert decide(text, published) == expected


@pytest.mark.parametrize(
    ("what", "kind"),
    [
        ("godkände avtalet med leverantören", "agreement"),
        ("antog den nya avsiktsförklaringen", "agreement"),
        ("beslutade att pausa utrullningen", "pause"),
        ("utsåg Eva Lind till projektledare", "appointment"),
        ("beslutade att skjuta upp starten", "decision"),
        ("fattade beslut om att tilldela leverantören kontraktet", "decision"),
        ("valde Anna Berg till ordförande i april", "appointment"),
        ("valde henne i april", "appointment"),
        ("valde Cerner i april", "decision"),
        ("valde i oktober Anna Wendel till ny ordförande", "appointment"),
        ("valde regionens leverantör till projektet", "decision"),
        ("valde också en murare från Munkedal till föreningens kontaktperson", "appointment"),
        ("gav regionstyrelsen sitt stöd till pausen", "decision"),
    ],
)
def test_decision_event_type(what: str, kind: str) -> None:
    assert decision_event_type(what) == kind
