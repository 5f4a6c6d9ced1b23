"""The extraction entry point, the store round trip, reprocessing and the CLI commands."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

from fvmdocs.cli import cli
from fvmdocs.extract.document import extract_facts
from fvmdocs.extract.evaluate import evaluate_extraction
from fvmdocs.extract.facts import EXTRACTOR_VERSION, DocumentFacts
from fvmdocs.extract.merge import merge_people
from fvmdocs.settings import Settings
from fvmdocs.store import open_store
from fvmdocs.store.facts import load_facts, save_facts, stale_documents

PAGE_TEXT = (
    "Regionstyrelsen godkände nytt avtal\n\n"
    "Regionstyrelsen godkände den 13 december det nya avtalet med Cerner.\n\n"
    "– Nu kan vi planera för hösten 2024, säger Ulla Stjärnkvist, programchef för FVM.\n\n"
    "Stjärnkvist leder arbetet sedan i våras. Införandet startar hösten 2024."
)


@pytest.fixture(scope="module")
def facts(nlp: Language):  # type: ignore[no-untyped-def]
    return extract_facts(nlp(PAGE_TEXT), published=date(2022, 12, 14), doc_id="abc", version=2)


def test_extract_facts_finds_every_kind(facts) -> None:  # type: ignore[no-untyped-def]
    assert [(p.name, p.mentions) for p in facts.people] == [("Ulla Stjärnkvist", 2)]
    role = facts.roles[0]
    assert (role.person, role.title, role.org, role.as_of) == (
        "Ulla Stjärnkvist", "programchef", "Framtidens vårdinformationsmiljö", "2022-12-14"
    )
    assert [(q.speaker, q.date) for q in facts.quotes] == [("Ulla Stjärnkvist", "2022-12-14")]
    decision = facts.decisions[0]
    assert decision.by == "regionstyrelsen" and decision.date is not None
    assert decision.date.value == "2022-12-13"
    assert ("golive", "2024-FA", "planned") in {(e.type, e.date.value if e.date else None, e.status) for e in facts.events}


def test_provenance_points_into_the_text(facts) -> None:  # type: ignore[no-untyped-def]
    for fact in [*facts.roles, *facts.quotes, *facts.decisions, *facts.events]:
        prov = fact.provenance
        assert (prov.doc_id, prov.version) == ("abc", 2)
        assert PAGE_TEXT[prov.start : prov.end] == prov.sentence


def test_merge_people_across_documents(facts) -> None:  # type: ignore[no-untyped-def]
    merged = merge_people([facts, facts])
    assert merged[0].name == "Ulla Stjärnkvist" and merged[0].mentions == 4
    assert len(merged[0].roles) == 1


def _ingest(settings: Settings, site: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    import fvmdocs.nlp
    from fvmdocs.ingest import ingest

    monkeypatch.setattr(fvmdocs.nlp, "load_pipeline", lambda: nlp)
    ingest([str(site)], settings)


PAGE_BODY = (
    "<p>Regionstyrelsen beslutade den 17 maj att godkänna avsiktsförklaringen med Cerner.</p>"
    "<p>– Vi är nöjda, säger Ulla Stjärnkvist, programchef för FVM.</p>"
)


def test_ingest_analyses_and_store_round_trips(
    write_page, settings: Settings, nlp: Language, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    page = write_page("avtal", body=PAGE_BODY)
    _ingest(settings, page.parent, nlp, monkeypatch)
    with open_store(settings.db_path) as store:
        doc = store.documents()[0]
        stored = load_facts(store, doc.id)
        assert stored is not None and stored.extractor_version == EXTRACTOR_VERSION
        assert [d.by for d in stored.decisions] == ["regionstyrelsen"]
        assert stale_documents(store, EXTRACTOR_VERSION) == []
        assert [d.id for d in stale_documents(store, EXTRACTOR_VERSION + 1)] == [doc.id]
        count = len(stored.roles)
        save_facts(store, stored)  # saving again replaces, never duplicates
        again = load_facts(store, doc.id)
        assert again is not None and len(again.roles) == count
        assert again.decisions == stored.decisions


def test_cli_people_decisions_show_reprocess(
    write_page, settings: Settings, nlp: Language, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    page = write_page("avtal", body=PAGE_BODY)
    _ingest(settings, page.parent, nlp, monkeypatch)
    runner = CliRunner()
    home = ["--home", str(settings.home)]
    result = runner.invoke(cli, [*home, "people", "--json"])
    assert result.exit_code == 0, result.output
    people = json.loads(result.output)["people"]
    assert people[0]["name"] == "Ulla Stjärnkvist"
    assert people[0]["roles"][0]["title"] == "programchef"
    assert people[0]["roles"][0]["source"]["url"].endswith("/avtal/")
    result = runner.invoke(cli, [*home, "decisions", "--json"])
    decision = json.loads(result.output)["decisions"][0]
    assert (decision["by"], decision["date"]["value"]) == ("regionstyrelsen", "2022-05-17")
    assert "beslutade" in decision["source"]["sentence"]
    result = runner.invoke(cli, [*home, "show", str(page), "--json"])
    shown = json.loads(result.output)
    assert {"entities", "timexes", "quotes", "events"} <= set(shown)
    assert shown["timexes"][0]["value"] == "2022-05-17"
    assert runner.invoke(cli, [*home, "people"]).output.startswith("Ulla Stjärnkvist")
    assert "regionstyrelsen" in runner.invoke(cli, [*home, "decisions"]).output
    result = runner.invoke(cli, [*home, "reprocess"])
    assert result.exit_code == 0 and "analysed 1 documents" in result.output


def test_extraction_meets_its_floors(nlp: Language) -> None:
    from fvmdocs.evaluate import flatten, load_floors

    metrics = flatten(evaluate_extraction(nlp))
    assert metrics["dev.pages"] >= 15 and metrics["heldout.pages"] >= 8
    below = {k: (metrics.get(k), f) for k, f in load_floors()["extraction"].items() if metrics.get(k, 0) < f}
    assert not below


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a budget "för 2023" is adopted in 2022; the period is no event date
        ("Regionfullmäktige antog på tisdagen budgeten för 2023.", date(2022, 6, 15),
         [("decision", "2022-06-14", "happened")]),
        # two decisions taken the same day are two events
        ("Regionfullmäktige antog den 14 juni budgeten. Samma dag gav fullmäktige regionstyrelsen i uppdrag "
         "att redovisa arbetet.", date(2022, 6, 15),
         [("decision", "2022-06-14", "happened"), ("decision", "2022-06-14", "happened")]),
        # a heading restates more coarsely what the body dates
        ("Avsiktsförklaringen godkändes i maj\n\nRegionstyrelsen godkände avsiktsförklaringen den 17 maj.",
         date(2022, 6, 15), [("agreement", "2022-05-17", "happened")]),
        # a letter sent and an appointment, told without a date; a heading announces none, and
        # requirements ("krav") are no letter
        ("Brev till leverantören\n\nPsykiatrin ställer särskilda krav på journalen. Regionen har skickat ett "
         "formellt brev till Cerner med krav på ersättning. Regiondirektören har utsett Anna Berg till ny programchef.",
         date(2021, 6, 10), [("letter", None, "happened"), ("appointment", None, "happened")]),
        # a state since a date is no event
        ("Anna Berg är programchef sedan 2018.", date(2021, 3, 31), []),
        # the autumn go-live that the page says will not happen in autumn is planned
        ("Sjukhuset börjar inte använda Millennium i höst som det var planerat.", date(2020, 10, 28),
         [("golive", "2020-FA", "planned")]),
        # "går X över först, våren 2022": the go-live, not the timetable's decision; "och då ska … från start": a
        # second go-live on that day, the thing's
        ("Enligt den tidplan som styrgruppen fastställde i september förra året går Södra Älvsborgs sjukhus över först, "
         "våren 2022.", date(2021, 4, 20), [("decision", "2020-09", "happened"), ("golive", "2022-SP", "planned")]),
        ("Sahlgrenska följer hösten 2023, och då ska mallen finnas med från start.", date(2021, 4, 20),
         [("golive", "2023-FA", "planned"), ("golive", "2023-FA", "planned")]),
        ("Sahlgrenska följer hösten 2023, och då ska mallen vara klar.", date(2021, 4, 20),
         [("golive", "2023-FA", "planned")]),
        # a heading announces a meeting in a month, the section's first sentence names the day; a showing to
        # the staff and a presentation to the heads are meetings
        ("Träff i juni\n\nVi ses tisdagen den 4 juni klockan 18 i föreningens lokal.", date(2019, 5, 15),
         [("meeting", "2019-06-04T18:00", "planned")]),
        ("Linnea Strand visar flödet för personalen vecka 25. Nästa vecka presenteras mallen för verksamhetscheferna.",
         date(2023, 6, 7), [("meeting", "2023-W25", "planned"), ("meeting", "2023-W24", "planned")]),
        # an election by the annual meeting and a post from a day are appointments; a task's date is when it is due
        ("Peter Lund blir från den 1 juli ny ordförande i föreningen. Föreningens årsmöte valde honom i april.",
         date(2019, 5, 15), [("appointment", "2019-07-01", "planned"), ("appointment", "2019-04", "happened")]),
        ("Styrelsen gav i måndags sekreteraren Karin Lind i uppdrag att sammanställa synpunkterna i slutet av maj.",
         date(2016, 4, 13), [("decision", "2016-04-11", "happened"), ("deadline", "2016-05", "planned")]),
        ("Styrelsen gav i måndags Karin Lind i uppdrag att ta fram en bemanningsplan under hösten.",
         date(2016, 4, 13), [("decision", "2016-04-11", "happened")]),
        # two decisions told in one sentence with one date are two events; an evening of information is a
        # meeting; "Hon börjar den 1 oktober" after her appointment is the post taken
        ("Kliniken beslutade i september att prova en lista, och verksamhetschefen Anders Holm gav samtidigt en "
         "sjuksköterska i uppdrag att följa upp försöket.", date(2018, 10, 4),
         [("decision", "2018-09", "happened"), ("decision", "2018-09", "happened")]),
        ("Föreningen bjuder in till en informationskväll onsdagen den 20 april klockan 18.30 i Göteborg.",
         date(2016, 3, 16), [("meeting", "2016-04-20T18:30", "planned")]),
        ("Styrelsen har utsett Jonna Vik till kontaktperson mot kliniken. Hon börjar den 1 oktober.", date(2019, 9, 13),
         [("appointment", None, "happened"), ("appointment", "2019-10-01", "planned")]),
        # a proposal handed over and an answer by e-mail are letters
        ("Vårt förslag lämnade vi till rådet den 14 september. Beskedet kom i ett mejl på lördagen.", date(2020, 10, 8),
         [("letter", "2020-09-14", "happened"), ("letter", "2020-10-03", "happened")]),
        # a supplier chosen is a decision, the contract approved later an agreement
        ("Regionstyrelsen valde Cerner som leverantör i januari, och avtalet godkändes av regionstyrelsen den 16 april.",
         date(2019, 6, 5), [("decision", "2019-01", "happened"), ("agreement", "2019-04-16", "happened")]),
        # a decision with its day between "tog" and "beslut" is a decision, whatever it is about
        ("Ledningsgruppen tog i tisdags beslut om att listorna ska föras in i Millennium när sjukhuset börjar använda "
         "systemet.", date(2023, 9, 14), [("decision", "2023-09-12", "happened")]),
        # a heading's meeting in the month of publication gives way to the day the body names
        ("Träff i juni\n\nVi visar mallen på en träff tisdagen den 20 juni klockan 13.", date(2023, 6, 7),
         [("meeting", "2023-06-20T13:00", "planned")]),
        # a supplier day is a meeting; questions taken until a day is a deadline; "skrev vi till" is a letter
        ("Vi visar listan på regionens leverantörsdag den 3 maj. Synpunkter tar vi emot till och med fredagen den 28 april. "
         "I går skrev vi till patientnämnden.", date(2017, 4, 20),
         [("meeting", "2017-05-03", "planned"), ("deadline", "2017-04-28", "planned"), ("letter", "2017-04-19", "happened")]),
        # a letter with its time between "skrev" and "till", and the answer received; a yes with its day inside
        ("Ordföranden skrev i höstas till kliniken och fick svar den 14 januari. Nämnden sade den 2 februari ja till "
         "att mottagningen startar som planerat.", date(2021, 2, 10),
         [("letter", "2020-FA", "happened"), ("letter", "2021-01-14", "happened"), ("decision", "2021-02-02", "happened")]),
        # a supplier to be chosen is a decision planned; "följer enligt planen" a go-live; answers to be compiled by a
        # time a deadline
        ("Regionstyrelsen väntas välja leverantör i mitten av mars. Sjukhusen i Borås följer enligt planen under 2020. "
         "Svaren ska vara sammanställda i slutet av juni.", date(2018, 11, 7),
         [("decision", "2019-03", "planned"), ("golive", "2020", "planned"), ("deadline", "2019-06", "planned")]),
        # a meeting about an agreement is the meeting; an invitation to an evening is a meeting; a start that
        # "blev inte av" was a plan
        ("Vi ordnar en medlemsträff om avtalet fredagen den 4 september i Lerum. Alla tränare bjuds in till en kväll om "
         "första hjälpen tisdagen den 8 september. Starten hösten 2019 blev inte av.", date(2020, 8, 12),
         [("meeting", "2020-09-04", "planned"), ("meeting", "2020-09-08", "planned"), ("golive", "2019-FA", "planned")]),
        # the dates after a timetable's colon are its go-lives; a tender sent out is no letter
        ("Tidplanen som styrgruppen fastställde i maj gäller: Alingsås lasarett våren 2023, därefter Kungälvs sjukhus "
         "hösten 2023. Förfrågningsunderlaget skickades ut i juni.", date(2022, 9, 1),
         [("decision", "2022-05", "happened"), ("golive", "2023-SP", "planned"), ("golive", "2023-FA", "planned")]),
        # a yes to the start told in the pluperfect is the decision, dated by its day; what is to be there "från
        # start" after a go-live with its own subject is a go-live of its own; a visit is a meeting; a task to
        # appoint is no appointment
        ("Regionstyrelsen hade sagt ja till starten den 27 januari. Södra Älvsborgs sjukhus blir först ut våren "
         "2027, och markeringen ska finnas med från start.", date(2026, 5, 21),
         [("decision", "2026-01-27", "happened"), ("golive", "2027-SP", "planned"), ("golive", "2027-SP", "planned")]),
        ("Förra veckan besökte ledningsgruppen programkontoret i Göteborg. Nämnden gav samtidigt förvaltningschefen i "
         "uppdrag att utse kontaktpersoner.", date(2019, 2, 12), [("meeting", "2019-W06", "happened")]),
        # what is to be in use "från första dagen" after a dated go-live is a go-live of its own; not after a plan given up
        ("Enligt tidplanen går Kungälvs sjukhus över våren 2027. Vår tjänst ska fungera från första dagen.", date(2026, 3, 2),
         [("golive", "2027-SP", "planned"), ("golive", "2027-SP", "planned")]),
        ("Tidigare var starten planerad till våren 2021. Rutinen ska börja användas samtidigt.", date(2020, 3, 2),
         [("golive", "2021-SP", "planned")]),
        # a thing that "ska bli digital när" a hospital goes over goes live with it; not one that is "inte" to be used
        ("Listorna ska bli digitala när Kungälvs sjukhus går över till Millennium i oktober.", date(2026, 3, 2),
         [("golive", "2026-10", "planned"), ("golive", "2026-10", "planned")]),
        ("Verktyget ska inte användas när Kungälvs sjukhus går över till Millennium i oktober.", date(2026, 3, 2),
         [("golive", "2026-10", "planned")]),
        # "valde X som leverantör i januari och godkände avtalet …": the choice is a decision, the approval an agreement
        ("Nämnden valde Talsys som leverantör i mars och godkände avtalet den 4 maj.", date(2020, 6, 1),
         [("decision", "2020-03", "happened"), ("agreement", "2020-05-04", "happened")]),
        # a time inside what the agreement is about dates no agreement
        ("Kliniken godkände i torsdags ett avtal med oss om att kurserna fortsätter under nästa år.", date(2026, 8, 24),
         [("agreement", "2026-08-20", "happened")]),
        # "blir <hospital> först ut" (V2) is a go-live
        ("Enligt den tidplan som styrgruppen fastställde i maj blir Kungälvs sjukhus först ut hösten 2027.", date(2026, 9, 1),
         [("decision", "2026-05", "happened"), ("golive", "2027-FA", "planned")]),
        # a showing for customers and a walkthrough for members are meetings; a newsletter sent out is no letter
        ("Vi visar appen för kunderna onsdagen den 12 juni klockan 14. Vi går igenom rutinen för alla medlemmar "
         "torsdagen den 20 juni. Om två veckor skickar vi ut föreningens nyhetsbrev.", date(2019, 5, 28),
         [("meeting", "2019-06-12T14:00", "planned"), ("meeting", "2019-06-20", "planned")]),
        # taking over a task is an appointment; a plan for the restart is no restart
        ("Hon tar över uppdraget den 1 september. Regionstyrelsen väntas ta ställning till en plan för omstarten i "
         "juni.", date(2025, 2, 12), [("appointment", "2025-09-01", "planned"), ("decision", "2025-06", "planned")]),
        # "och då ska X användas från första dagen" after a dated go-live doubles it; so does a yes "till att" use
        # a thing "när" a hospital goes over
        ("Enligt tidplanen går Kungälvs sjukhus över hösten 2027, och då ska listan användas från första dagen.",
         date(2026, 3, 2), [("golive", "2027-FA", "planned"), ("golive", "2027-FA", "planned")]),
        ("Föreningen sade i fredags ja till att ta emot remisserna digitalt när Kungälvs sjukhus går över lördagen "
         "den 17 oktober.", date(2026, 10, 7),
         [("decision", "2026-10-02", "happened"), ("golive", "2026-10-17", "planned"), ("golive", "2026-10-17", "planned")]),
        # a yes "till att" a thing works "från start", dated itself, after a plan given up: the go-live that holds
        ("Kungälvs sjukhus ska börja använda Millennium våren 2022. Tidigare var starten planerad till våren 2021. "
         "Ortopedkliniken sade i maj ja till att rapporterna ska fungera från start.", date(2021, 6, 10),
         [("golive", "2022-SP", "planned"), ("golive", "2021-SP", "planned"), ("golive", "2022-SP", "planned"),
          ("decision", "2021-05", "happened")]),
        # a letter of intent approved "vid samma möte" as another decision is an agreement of its own; a decision
        # "att utse" two people is an appointment
        ("Regionstyrelsen fastställde en ny tidplan den 17 maj, och vid samma möte godkände regionstyrelsen en "
         "avsiktsförklaring med Cerner.", date(2022, 11, 15),
         [("decision", "2022-05-17", "happened"), ("agreement", "2022-05-17", "happened")]),
        ("Styrelsen beslutade i tisdags att skriva till regionen. Styrelsen beslutade samtidigt att utse två ombud.",
         date(2021, 9, 23), [("decision", "2021-09-21", "happened"), ("appointment", "2021-09-21", "happened")]),
        # "Svar väntas" over a promised answer is the letter's; a meeting a decision orders on a day is that meeting
        ("Kliniken har lovat att svara i slutet av oktober.\n\nSvar väntas i slutet av oktober", date(2026, 10, 7),
         [("letter", "2026-10", "planned")]),
        ("Styrelsen beslutade i torsdags att ordna en medlemsträff om förslaget torsdagen den 12 november klockan 18.",
         date(2026, 10, 7), [("decision", "2026-10-01", "happened"), ("meeting", "2026-11-12T18:00", "planned")]),
        # a letter of intent approved "vid samma möte" right after the verb is an agreement
        ("Regionstyrelsen fastställde tidplanen den 17 maj och godkände vid samma möte en avsiktsförklaring med Cerner.",
         date(2022, 9, 28), [("decision", "2022-05-17", "happened"), ("agreement", "2022-05-17", "happened")]),
        # a chronology's label dates what its entry tells first; an entry with a day of its own is dated by that day
        ("September 2017: Programmets styrgrupp fastställer en tidplan med start våren 2021.", date(2019, 5, 8),
         [("decision", "2017-09", "happened"), ("golive", "2021-SP", "planned")]),
        # a task about the pause is a decision; "erfarenheter från seminariet" is no meeting; a demo is one
        ("Ledningsgruppen beslutade i måndags att byta skala. Ledningsgruppen gav samtidigt vårdutvecklaren i uppdrag "
         "att samla in exempel från pausen.", date(2025, 3, 19),
         [("decision", "2025-03-17", "happened"), ("decision", "2025-03-17", "happened")]),
        ("Kapitlet uppdateras om tre veckor med erfarenheter från seminariet.", date(2020, 11, 12), []),
        ("Vi visar kopplingen i en digital demo torsdagen den 17 juni klockan 10.", date(2021, 6, 3),
         [("meeting", "2021-06-17T10:00", "planned")]),
        # a decision's status is its own, not that of what it decided; a day after a comma dates the same meeting
        ("December: Västkoms styrelse beslutar att kommunerna ska vara med i nästa steg.", date(2025, 12, 30),
         [("decision", "2025-12", "happened")]),
        ("Om tre veckor håller jag en digital genomgång av guiderna, torsdagen den 19 mars klockan 19.", date(2026, 2, 26),
         [("meeting", "2026-03-19T19:00", "planned")]),
        # "Ny tidplan väntas i maj" heads the decision on it; a hospital that "skulle ha börjat" and "väntas nu
        # börja" a season goes live then; "börjar registreringen" is the thing's start
        ("Ny tidplan väntas i maj\n\nProgrammets styrgrupp väntas ta ställning till en ny tidplan i maj.",
         date(2021, 3, 9), [("decision", "2021-05", "planned")]),
        ("Södra Älvsborgs sjukhus, som skulle ha börjat våren 2021, väntas nu börja våren 2022.", date(2021, 3, 9),
         [("golive", "2021-SP", "planned"), ("golive", "2022-SP", "planned")]),
        ("På akutmottagningen i Borås börjar registreringen den 1 juni.", date(2026, 5, 19),
         [("golive", "2026-06-01", "planned")]),
        # "Den hålls …" after the meeting just named; examples "insamlade" by a day are due then
        ("Vi ordnar en utbildningskväll för livräddarna. Den hålls tisdagen den 5 november klockan 18 i Borås. "
         "Exemplen ska vara insamlade i slutet av oktober.", date(2024, 10, 16),
         [("meeting", "2024-11-05T18:00", "planned"), ("deadline", "2024-10", "planned")]),
        # "X blir ny samordnare" with "Årsmötet valde henne i lördags" next is that election
        ("Barnsjuksköterskan Sofie Ek blir ny samordnare för föreningen. Årsmötet valde henne i lördags.",
         date(2017, 11, 7), [("appointment", "2017-11-04", "happened")]),
        # "Registreringen av X börjar"; a "-dag" a board decides to hold on a day; a proposal e-mailed
        ("Registreringen av cykelolyckor börjar den 1 oktober.", date(2026, 9, 9), [("golive", "2026-10-01", "planned")]),
        ("Styrelsen beslutade i söndags att ordna en friluftsdag med cykelprovning lördagen den 26 september klockan 12.",
         date(2026, 9, 9), [("decision", "2026-09-06", "happened"), ("meeting", "2026-09-26T12:00", "planned")]),
        ("Förslaget mejlades till regionens upphandlingsgrupp på fredagen.", date(2017, 8, 29),
         [("letter", "2017-08-25", "happened")]),
        # the year figures are "from" is no meeting's date; a log kept "från och med april" is no deadline
        ("Förra veckan träffade vi räddningstjänsten för att gå igenom skadestatistiken från förra året.",
         date(2019, 11, 27), [("meeting", "2019-W47", "happened")]),
        ("Styrelsen gav i lördags sekreteraren i uppdrag att föra en logg över alla skador från och med april.",
         date(2021, 3, 17), [("decision", "2021-03-13", "happened")]),
        # a go-live a heading told, told again just before "… i drift från första dagen": the thing's go-live then
        ("Start hösten 2024\n\nEnligt den nya tidplanen går Södra Älvsborgs sjukhus över hösten 2024. Vår koppling ska "
         "vara i drift från första dagen.", date(2023, 3, 1), [("golive", "2024-FA", "planned"), ("golive", "2024-FA", "planned")]),
        # a promise "från första dagen" before the go-live of the hospital it names, told further down; a
        # promise "från första dagen efter omstarten" right after the restart's day
        ("Ortopedkliniken på Skaraborgs Sjukhus sade i mars ja till att koden ska finnas från första dagen. Skaraborgs "
         "Sjukhus går över lördagen den 11 april.", date(2026, 3, 24),
         [("decision", "2026-03", "happened"), ("golive", "2026-04-11", "planned"), ("golive", "2026-04-11", "planned")]),
        ("Sjukhuset startar om lördagen den 11 oktober. Barnakuten har lovat att använda mallen från första dagen efter "
         "omstarten.", date(2025, 9, 3), [("golive", "2025-10-11", "planned"), ("golive", "2025-10-11", "planned")]),
        # a day a club "ordnar" or a board decides to "hålla en …genomgång" on; a tender period "i regionens
        # upphandling av …" that ran out; a date given up "i stället för"; a supplier chosen is a decision
        ("Klubben ordnar en familjedag på isen söndagen den 4 februari klockan 11.", date(2018, 1, 17),
         [("meeting", "2018-02-04T11:00", "planned")]),
        ("Styrelsen beslutade också att hålla en materialgenomgång för alla seglare lördagen den 9 maj klockan 10.",
         date(2026, 4, 15), [("meeting", "2026-05-09T10:00", "planned")]),
        ("Anbudstiden i regionens upphandling av ett nytt journalsystem gick ut den 15 januari.", date(2018, 2, 20),
         [("deadline", "2018-01-15", "happened")]),
        ("Alingsås lasarett ska nu börja hösten 2022 i stället för hösten 2021.", date(2021, 3, 10),
         [("golive", "2022-FA", "planned"), ("golive", "2021-FA", "planned")]),
        ("Regionstyrelsen utsåg i januari Cerner till leverantör.", date(2019, 3, 5), [("decision", "2019-01", "happened")]),
        # "nästa steg i införandet den 27 januari" is the day of the approval; records "från 2019" date no letter
        ("Regionstyrelsen sade ja till nästa steg i införandet den 27 januari.", date(2026, 5, 5),
         [("decision", "2026-01-27", "happened")]),
        ("Nästa vecka skickar vi en sammanställning av mätningarna från 2019 till regionen.", date(2020, 6, 17),
         [("letter", "2020-W26", "planned")]),
        # "följer" a hospital's go-live: its day, a V2 hospital, "väntas följa"; a promise after its date;
        # a summary of a meeting in a newsletter is no meeting; a task about "olyckorna 2018 och 2019" is due no year
        ("NU-sjukvården följer lördagen den 17 oktober.", date(2026, 2, 10), [("golive", "2026-10-17", "planned")]),
        ("Enligt tidplanen följer Alingsås lasarett och övriga förvaltningar under 2025.", date(2022, 11, 30),
         [("golive", "2025", "planned")]),
        ("Kliniken på Kungälvs sjukhus godkände i augusti mallen och har lovat att den ska finnas från första dagen. "
         "Alingsås lasarett startar i mars, och Kungälvs sjukhus väntas följa i april nästa år.", date(2025, 9, 17),
         [("decision", "2025-08", "happened"), ("golive", "2026-04", "planned"), ("golive", "2026-03", "planned"),
          ("golive", "2026-04", "planned")]),
        ("Om två veckor kommer föreningens nyhetsbrev med ett referat från årsmötet.", date(2017, 10, 4), []),
        ("Styrelsen gav i fredags sekreteraren i uppdrag att göra en enkät om olyckorna 2018 och 2019.",
         date(2020, 10, 21), [("decision", "2020-10-16", "happened")]),
        # "fattade också beslut om en träff/…dag" on a day: the meeting's day, the decision the board's; a task
        # over "mellan juli och september" or "skador 2017 och 2018" is due then in neither; a promise "från den
        # första dagen"
        ("Styrelsen sade i lördags ja till planen. Styrelsen fattade också beslut om en medlemsträff om skadorna "
         "söndagen den 27 maj klockan 14.", date(2018, 4, 18),
         [("decision", "2018-04-14", "happened"), ("meeting", "2018-05-27T14:00", "planned"), ("decision", "2018-04-14", "happened")]),
        ("Styrelsen sade i torsdags ja. Styrelsen gav samtidigt klubbens materialansvarige i uppdrag att räkna olyckorna. "
         "Styrelsen fattade också beslut om en materialdag vid klubbhuset lördagen den 4 juli klockan 10.", date(2026, 6, 16),
         [("decision", "2026-06-11", "happened"), ("decision", "2026-06-11", "happened"), ("meeting", "2026-07-04T10:00", "planned"),
          ("decision", "2026-06-11", "happened")]),
        ("Styrelsen gav i tisdags tränarna i uppdrag att föra en skadedagbok mellan juli och september.", date(2024, 6, 19),
         [("decision", "2024-06-18", "happened")]),
        ("Styrelsen gav i måndags kassören i uppdrag att ta fram statistik över klubbens skador 2017 och 2018.",
         date(2019, 3, 15), [("decision", "2019-03-11", "happened")]),
        ("Kliniken på NU-sjukvården har lovat att olyckorna ska kunna registreras från den första dagen. NU-sjukvården går "
         "över lördagen den 17 oktober.", date(2026, 6, 16), [("golive", "2026-10-17", "planned"), ("golive", "2026-10-17", "planned")]),
    ],
)  # fmt: skip
def test_events_of_a_page(nlp: Language, text: str, published: date, expected: list[tuple[str, str | None, str]]) -> None:
    found = extract_facts(nlp(text), published=published, doc_id="x", version=1).events
    assert [(e.type, e.date.value if e.date else None, e.status) for e in found] == expected


def test_the_one_succeeded_held_the_post_just_given(nlp: Language) -> None:
    text = "Regiondirektören har utsett Karin Dahl till ny programchef för FVM. Hon efterträder Mikael Brandt."
    facts = extract_facts(nlp(text), published=date(2019, 11, 5), doc_id="x", version=1)
    assert ("Mikael Brandt", "programchef", None) in {(r.person, r.title, r.org) for r in facts.roles}
    # one who leaves ("som går vidare", "som går i pension") is told without the post
    for leaves in ("som går vidare", "som går i pension", "som lämnar styrelsen", "som går över till bolagets IT-avdelning"):
        told = extract_facts(nlp(f"{text[:-1]}, {leaves}."), published=date(2019, 11, 5), doc_id="x", version=1)
        assert "Mikael Brandt" not in {r.person for r in told.roles}
    # one who goes back to a post of their own holds neither that post nor the one given (the convention of the
    # sets written since set 88: "a person, no role")
    for back in ("återgår", "går tillbaka"):
        told = extract_facts(nlp(f"{text[:-1]}, som {back} till sitt arbete som kurator."), published=date(2019, 11, 5), doc_id="x", version=1)
        assert {(r.person, r.title) for r in told.roles if r.person == "Mikael Brandt"} == set()


def test_organisation_words_are_no_people(nlp: Language) -> None:
    text = "Radio Sjuhärad och Läkarföreningen Väst rapporterar. Bolagets Sverigechef Anna Ek säger att konsultföretaget Nordic Insight håller med."
    facts = extract_facts(nlp(text), published=date(2024, 11, 21), doc_id="x", version=1)
    assert {p.name for p in facts.people} == {"Anna Ek"}


def test_a_name_owning_a_group_or_hospital_is_no_person(nlp: Language) -> None:
    text = (
        "Det beslutade Biobank Västs styrgrupp i tisdags. Barnen på Drottning Silvias barn- och ungdomssjukhus väntar, "
        "säger Eva Holm. Sjukvårdslistan Västs gruppledare håller med. Vi besökte Helse Midt-Norge och "
        "Sykehuset Innlandet. Allergologen Ali Berg väntar."
    )
    facts = extract_facts(nlp(text), published=date(2021, 3, 31), doc_id="x", version=1)
    assert {p.name for p in facts.people} == {"Eva Holm", "Ali Berg"}


def test_the_writer_who_introduced_themselves_is_the_one_appointed_as_me(nlp: Language) -> None:
    text = (
        "Jag heter Sara Lind och är kurator på Alingsås lasarett.\n\n"
        "Vår chef Per Ek beslutade i maj att vi ska delta. Samma dag utsåg han mig till kontaktperson."
    )
    facts = extract_facts(nlp(text), published=date(2021, 6, 1), doc_id="x", version=1)
    assert ("Sara Lind", "kontaktperson") in {(r.person, r.title) for r in facts.roles}
    alone = extract_facts(nlp("Vår chef Per Ek utsåg mig till kontaktperson."), published=date(2021, 6, 1), doc_id="x", version=1)
    assert {r.title for r in alone.roles} == {"chef"}  # no writer named, no role for "mig"


def test_the_one_succeeded_held_the_post_just_taken_not_a_profession(nlp: Language) -> None:
    text = "Gynekologen Sara Nilsson på SÄS blir ny ordförande i designrådet den 1 april. Hon efterträder Gunnar Ek."
    facts = extract_facts(nlp(text), published=date(2023, 3, 22), doc_id="x", version=1)
    assert [r.title for r in facts.roles if r.person == "Gunnar Ek"] == ["ordförande"]
    led = extract_facts(
        nlp("Karin Wallgren blir ny ordförande i rådet den 1 april. Hon efterträder Göran Lilja, som har lett rådet sedan 2010."),
        published=date(2016, 3, 9), doc_id="x", version=1,
    )
    assert [r for r in led.roles if r.person == "Göran Lilja"] == []  # what he did is told, no title
    coordinated = extract_facts(
        nlp("Styrgruppen utsåg Tomas Eklund till ny samordnare. Han efterträder Birgitta Sjö, som har samordnat nätverket sedan 2015."),
        published=date(2023, 11, 8), doc_id="x", version=1,
    )
    assert [r for r in coordinated.roles if r.person == "Birgitta Sjö"] == []
    chaired = extract_facts(
        nlp("Styrgruppen utsåg Tomas Eklund till ny samordnare. Han efterträder Birgitta Sjö, som har varit ordförande sedan 2015."),
        published=date(2023, 11, 8), doc_id="x", version=1,
    )
    assert [r.title for r in chaired.roles if r.person == "Birgitta Sjö"] == ["ordförande"]  # a title of her own


def test_a_pronoun_appointed_is_the_person_named_before(nlp: Language) -> None:
    text = (
        "Arbetet har samordnats av bibliotekarien Sara Holmberg på Sahlgrenska Universitetssjukhuset. "
        "Nätverket utsåg henne samtidigt till sin kontaktperson gentemot programmet."
    )
    facts = extract_facts(nlp(text), published=date(2017, 5, 18), doc_id="x", version=1)
    assert ("Sara Holmberg", "kontaktperson") in {(r.person, r.title) for r in facts.roles}
    alone = extract_facts(nlp("Nätverket utsåg henne till kontaktperson."), published=date(2017, 5, 18), doc_id="x", version=1)
    assert alone.roles == []  # no one named before: no role


def test_company_words_are_no_people(nlp: Language) -> None:
    text = (
        "– Det är bra, säger Lars Holm, konsult på Ekdal Advisory. Granskningen gjordes av Norrvik Consulting. "
        "Sterilteknik Nordic levererar sedan 2011 systemet.\n\n– Spårningen måste gå att läsa direkt i "
        "operationsjournalen, säger Annika Strömberg, vd för Sterilteknik Nordic."
    )
    facts = extract_facts(nlp(text), published=date(2025, 6, 12), doc_id="x", version=1)
    assert {p.name for p in facts.people} == {"Lars Holm", "Annika Strömberg"}


def test_a_pronoun_is_the_last_person_of_its_gender(nlp: Language) -> None:
    text = "Per Holm utsågs i maj av regiondirektör Eva Ström. Han har tidigare arbetat som enhetschef på Borås lasarett."
    facts = extract_facts(nlp(text), published=date(2025, 6, 12), doc_id="x", version=1)
    roles = {(r.person, r.title) for r in facts.roles}
    assert ("Per Holm", "enhetschef") in roles
    assert ("Eva Ström", "enhetschef") not in roles


def test_a_compass_word_is_a_surname_after_a_known_first_name(nlp: Language) -> None:
    text = "– Vi väntar, säger Mikael Nord, ordförande för Farmaceuterna. Läkarföreningen Väst håller med."
    facts = extract_facts(nlp(text), published=date(2021, 3, 25), doc_id="x", version=1)
    assert {p.name for p in facts.people} == {"Mikael Nord"}


def test_the_board_a_page_names_is_its_chair_organisation(nlp: Language) -> None:
    text = "Styrelsen för Borås lasarett fattade beslut i går. – Det är rätt, säger Lars Ek (M), styrelsens ordförande."
    facts = extract_facts(nlp(text), published=date(2026, 8, 27), doc_id="x", version=1)
    assert ("Lars Ek", "ordförande", "styrelsen för Borås lasarett") in {(r.person, r.title, r.org) for r in facts.roles}


def test_a_body_named_by_its_kind_is_the_one_named_before(nlp: Language) -> None:
    text = "Kulturnämnden tog upp frågan i maj. Nämndens ordförande Eva Lind (C) är nöjd."
    facts = extract_facts(nlp(text), published=date(2021, 9, 9), doc_id="x", version=1)
    assert ("Eva Lind", "ordförande", "kulturnämnden") in {(r.person, r.title, r.org) for r in facts.roles}


def test_a_city_in_the_genitive_is_no_person(nlp: Language) -> None:
    text = "Kravet lämnas till Alingsås Stads förvaltning. Socialnämnden i Alingsås beslutade i juni att avsätta pengar."
    facts = extract_facts(nlp(text), published=date(2024, 9, 19), doc_id="x", version=1)
    assert facts.people == []
    assert [(d.by, d.date.value if d.date else None) for d in facts.decisions] == [("socialnämnden i Alingsås", "2024-06")]


def test_the_assembly_of_a_chair_is_the_one_named_before(nlp: Language) -> None:
    text = "Regionfullmäktige sammanträdde i går. Fullmäktiges ordförande Eva Lind (M) klubbade beslutet."
    facts = extract_facts(nlp(text), published=date(2017, 6, 21), doc_id="x", version=1)
    assert ("Eva Lind", "ordförande", "regionfullmäktige") in {(r.person, r.title, r.org) for r in facts.roles}


def test_a_name_after_a_place_preposition_is_no_person(nlp: Language) -> None:
    text = "– Det tar tid, säger Jenny Holm, analytiker på Norrvik Insikt. Vårdcentralerna i Vårdval Rehab följer efter."
    facts = extract_facts(nlp(text), published=date(2021, 12, 22), doc_id="x", version=1)
    assert {p.name for p in facts.people} == {"Jenny Holm"}


def test_a_board_named_by_its_owner_is_its_chair_organisation(nlp: Language) -> None:
    text = "Sjuhäradsregionens direktion beslutade i fredags. – Det går, säger direktionens ordförande Ulf Berg (S)."
    facts = extract_facts(nlp(text), published=date(2018, 3, 22), doc_id="x", version=1)
    assert ("Ulf Berg", "ordförande", "Sjuhäradsregionens direktion") in {(r.person, r.title, r.org) for r in facts.roles}


def test_a_compound_board_named_in_full_is_its_chair_organisation(nlp: Language) -> None:
    text = "Förbundsstyrelsen för Sjuhäradsregionen sammanträdde i torsdags. – Det är rätt, säger förbundsstyrelsens ordförande Eva Lind (S)."
    facts = extract_facts(nlp(text), published=date(2025, 6, 11), doc_id="x", version=1)
    roles = {(r.person, r.title, r.org) for r in facts.roles}
    assert ("Eva Lind", "ordförande", "förbundsstyrelsen för Sjuhäradsregionen") in roles


def test_an_appointment_told_without_a_date_is_an_event(nlp: Language) -> None:
    text = "Anna Berg har utsetts till ny projektledare för införandet."
    facts = extract_facts(nlp(text), published=date(2025, 6, 11), doc_id="x", version=1)
    assert [(e.type, e.date, e.status) for e in facts.events] == [("appointment", None, "happened")]


def test_a_go_live_tied_to_another_by_a_clause_of_time_is_two(nlp: Language) -> None:
    text = "Mallen ska tas i bruk när Södra Älvsborgs sjukhus börjar använda Millennium hösten 2024."
    facts = extract_facts(nlp(text), published=date(2023, 11, 8), doc_id="x", version=1)
    assert [(e.type, e.date.value if e.date else None) for e in facts.events] == [("golive", "2024-FA")] * 2
    told = extract_facts(nlp("Södra Älvsborgs sjukhus går över hösten 2024.\n\n" + text), published=date(2023, 11, 8), doc_id="x", version=1)
    assert [e.type for e in told.events] == ["golive"] * 2  # the hospital's told before, the template's added
    once = extract_facts(nlp("Södra Älvsborgs sjukhus börjar använda Millennium hösten 2024."), published=date(2023, 11, 8), doc_id="x", version=1)
    assert [e.type for e in once.events] == ["golive"]
    asked = "Arbetet återupptas i Södra Älvsborg hösten 2026, och först därefter avgörs när övriga delar står på tur."
    question = extract_facts(nlp(asked), published=date(2026, 1, 8), doc_id="x", version=1)
    assert [e.type for e in question.events] == ["golive"]  # "avgörs när": a question of when, no second go-live


def test_a_board_backing_the_pause_decides_a_plan_that_was_is_planned_a_presentation_is_a_meeting(nlp: Language) -> None:
    def events(text: str, day: date) -> list[tuple[str, str | None, str]]:
        facts = extract_facts(nlp(text), published=day, doc_id="x", version=1)
        return [(e.type, e.date.value if e.date else None, e.status) for e in facts.events]

    assert events("Regionstyrelsen ställde sig bakom pausen den 3 december.", date(2025, 5, 14)) == [
        ("decision", "2024-12-03", "happened")
    ]
    assert events("Regiondirektören pausade införandet den 20 november.", date(2025, 5, 14))[0][0] == "pause"
    assert events("Tidigare var starten planerad till våren 2021.", date(2021, 3, 5)) == [("golive", "2021-SP", "planned")]
    assert events("Avtalet presenteras för regionens dietister nästa vecka.", date(2019, 4, 25)) == [
        ("meeting", "2019-W18", "planned")
    ]


def test_an_appointment_told_once_is_one_event_and_a_founding_is_no_go_live(nlp: Language) -> None:
    def events(text: str, day: date) -> list[tuple[str, str | None]]:
        facts = extract_facts(nlp(text), published=day, doc_id="x", version=1)
        return [(e.type, e.date.value if e.date else None) for e in facts.events]

    met = "Styrelsen beslutade i måndags att skicka ett krav. Vid samma möte utsåg styrelsen Maria Lind till kontaktperson."
    assert events(met, date(2016, 5, 12)) == [("decision", "2016-05-09"), ("appointment", "2016-05-09")]
    elected = "Årsmötet antog i lördags ett uttalande. Årsmötet valde också Eva Sandström till ny ordförande. Hon efterträder Gösta Berg."
    assert events(elected, date(2017, 2, 22)) == [("decision", "2017-02-18"), ("appointment", "2017-02-18")]
    assert events("Allergibutiken startade 2011 och säljer luftrenare.", date(2020, 10, 8)) == []
    assert events("Regionen startade med Millennium 2024.", date(2026, 1, 8)) == [("golive", "2024")]
    assert events("Start tidigast i början av 2023", date(2021, 3, 8)) == [("golive", "2023")]


def test_a_tender_period_that_ran_out_is_a_deadline_a_course_and_a_choir_start_no_go_live(nlp: Language) -> None:
    def events(text: str, day: date) -> list[tuple[str, str | None]]:
        facts = extract_facts(nlp(text), published=day, doc_id="x", version=1)
        return [(e.type, e.date.value if e.date else None) for e in facts.events]

    assert events("Anbudstiden i regionens upphandling gick ut i augusti.", date(2018, 10, 19)) == [("deadline", "2018-08")]
    assert events("Min nya kurs om sömn startar nästa vecka.", date(2023, 5, 25)) == []
    assert events("Körledaren Ingrid Sjöberg startade kören hösten 2012.", date(2016, 4, 14)) == []


def test_v117_a_board_of_a_named_society_the_occasion_it_told_and_a_second_verb_after_a_pronoun(nlp: Language) -> None:
    def decisions(text: str, day: date) -> list[tuple[str | None, str | None]]:
        facts = extract_facts(nlp(text), published=day, doc_id="x", version=1)
        return [(d.by, d.date.value if d.date else None) for d in facts.decisions]

    glass = (
        "Styrelsen för Föreningen Surte Glas fattade i lördags beslut om att be regionen om en gemensam mall.\n\n"
        "Plastikkirurgen Sofia Dahl är överläkare på brännskadeenheten. Hon sade i januari ja till att granska förslaget.\n\n"
        "Styrelsen utsåg samtidigt glasblåsaren Henrik Ståhl till föreningens kontaktperson."
    )
    facts = extract_facts(nlp(glass), published=date(2018, 2, 21), doc_id="x", version=1)
    assert "Surte Glas" not in [p.name for p in facts.people]  # "Föreningen Surte Glas" is the society
    assert ("Henrik Ståhl", "glasblåsare") in [(r.person, r.title) for r in facts.roles]
    # "samtidigt": the board's own Saturday, not the surgeon's January told in between
    assert decisions(glass, date(2018, 2, 21)) == [
        ("styrelsen för Föreningen Surte Glas", "2018-02-17"),
        ("Sofia Dahl", "2018-01"),
        ("styrelsen för Föreningen Surte Glas", "2018-02-17"),
    ]
    successor = (
        "Ordföranden Karin Ekström har utsett tränaren Oskar Nilsson till klubbens skadeansvarige. "
        "Han efterträder Eva Sund, som har haft uppdraget sedan 2010."
    )
    roles = extract_facts(nlp(successor), published=date(2016, 3, 17), doc_id="x", version=1).roles
    assert "Eva Sund" not in [r.person for r in roles]  # "uppdraget" names no title
    for held in ("posten", "frågorna"):  # (v153) nor do "posten" and "frågorna"
        told = successor.replace("uppdraget", held)
        roles = extract_facts(nlp(told), published=date(2016, 3, 17), doc_id="x", version=1).roles
        assert "Eva Sund" not in [r.person for r in roles]
    surgeon = (
        "Traumakirurgen Peter Lund är överläkare på akutkliniken. "
        "Han har granskat förslaget och sade i oktober ja till att följa upp de skadade."
    )
    assert decisions(surgeon, date(2020, 11, 4)) == [("Peter Lund", "2020-10")]
    track = (
        "Ledningen för Travsällskapet Sulkyn antog i lördags en handlingsplan för olyckor med kuskar.\n\n"
        "Ledningen har utsett hästskötaren Ida Persson till sällskapets säkerhetsansvariga.\n\n"
        "Ledningen gav samtidigt kansliet i uppdrag att sammanställa olyckorna.\n\n"
        "Ledningen fattade också beslut om en säkerhetsträff för kuskar lördagen den 14 oktober klockan 9."
    )
    # the undated appointment stays beside the occasion's decisions; "lördag" in both is no shared object
    assert decisions(track, date(2023, 9, 27)) == [
        ("ledningen för Travsällskapet Sulkyn", "2023-09-23"),
        ("ledningen för Travsällskapet Sulkyn", "2023-09-27"),
        ("ledningen för Travsällskapet Sulkyn", "2023-09-23"),
        ("ledningen för Travsällskapet Sulkyn", "2023-09-23"),
    ]


def test_v117_invitations_put_off_by_a_ruling_a_wish_and_a_coarse_plan_told_again(nlp: Language) -> None:
    def events(text: str, day: date) -> list[tuple[str, str | None, str]]:
        facts = extract_facts(nlp(text), published=day, doc_id="x", version=1)
        return [(e.type, e.date.value if e.date else None, e.status) for e in facts.events]

    assert ("meeting", "2018-03-22T18:00", "planned") in events(
        "Styrelsen beslutade också att bjuda in till en öppen hytta om säkerhet torsdagen den 22 mars klockan 18.", date(2018, 2, 21)
    )
    school = "Årsmötet antog i söndags en motion.\n\nÅrsmötet sade dessutom ja till en ryggskola lördagen den 21 oktober klockan 10."
    assert ("meeting", "2017-10-21T10:00", "planned") in events(school, date(2017, 10, 5))
    assert ("letter", "2017-10-04", "happened") in events("I går fick klubben ett första svar från regionen.", date(2017, 10, 5))
    assert events("Upphandlingen ska enligt planen pågå under 2017, och de första sjukhusen kan börja använda systemet tidigast 2019.", date(2016, 3, 17)) == [
        ("golive", "2019", "planned")
    ]
    put_off = "Starten i Södra Älvsborg sköts upp i februari genom ett beslut av regiondirektör Ann-Sofi Lodin."
    assert events(put_off, date(2021, 10, 20)) == [("decision", "2021-02", "happened")]
    assert events("Programmets styrgrupp ska stämma av tidplanen i början av december.", date(2021, 10, 20)) == [
        ("meeting", "2021-12", "planned")
    ]
    assert events("En plan för omstarten väntas i regionstyrelsen i maj.", date(2025, 2, 12)) == [("decision", "2025-05", "planned")]
    wish = (
        "Klubben vill att stukade fotleder ska registreras lika när NU-sjukvården går över till Millennium i oktober.\n\n"
        "NU-sjukvården går över lördagen den 17 oktober."
    )
    assert events(wish, date(2026, 9, 23)) == [("golive", "2026-10-17", "planned")]
    told = (
        "Klubben har skickat en skrivelse till regionen om hur skadorna ska registreras.\n\n"
        "Styrelsen tog i måndags beslut om skrivelsen, som lämnades till kravgruppen på tisdagen."
    )
    assert [e for e in events(told, date(2019, 9, 12)) if e[0] == "letter"] == [("letter", "2019-09-10", "happened")]


def test_v118_a_shared_prefix_in_a_society_s_name_a_supplier_chosen_and_things_held_at_a_clock_time(nlp: Language) -> None:
    def facts_of(text: str, day: date) -> DocumentFacts:
        return extract_facts(nlp(text), published=day, doc_id="x", version=1)

    roofers = facts_of(
        "Förbundsstyrelsen i Plåt- och takföreningen Väst tog i torsdags beslut om en skrivelse till regionen.\n\n"
        "Förbundsstyrelsen fastställde också en säkerhetsdag om fallskydd lördagen den 20 oktober klockan 9 i Partille.\n\n"
        "Förbundsstyrelsen utsåg samtidigt takläggaren Patrik Sund till föreningens kontaktperson.",
        date(2018, 9, 25),
    )
    assert {d.by for d in roofers.decisions} == {"förbundsstyrelsen i Plåt- och takföreningen Väst"}
    assert ("meeting", "2018-10-20T09:00") in [(e.type, e.date.value if e.date else None) for e in roofers.events]
    assert ("Patrik Sund", "takläggare") in [(r.person, r.title) for r in roofers.roles]
    cerner = facts_of(
        "Idrottsläkaren Oskar Berglund är specialistläkare på ortopedkliniken. Han fastställde i januari en gemensam rutin.\n\n"
        "Regionstyrelsen utsåg i januari Cerner till leverantör av det nya systemet.",
        date(2019, 2, 20),
    )
    assert [(d.by, d.date.value if d.date else None) for d in cerner.decisions] == [("Oskar Berglund", "2019-01"), ("regionstyrelsen", "2019-01")]
    assert [e.type for e in cerner.events] == ["decision", "decision"]  # choosing a supplier appoints no one
    held = facts_of("Styrelsen beslutade också om ett skadeförebyggande pass söndagen den 10 maj klockan 11.", date(2026, 4, 22))
    assert [(e.type, e.date.value if e.date else None) for e in held.events] == [("meeting", "2026-05-10T11:00")]
    moved = facts_of("Beslutet att flytta starten i Södra Älvsborg togs av regiondirektör Ann-Sofi Lodin den 3 februari.", date(2021, 3, 17))
    assert [(e.type, e.date.value if e.date else None) for e in moved.events] == [("decision", "2021-02-03")]
    chosen = facts_of("Årsmötet ska välja en ny skadeansvarig i mitten av november.", date(2024, 10, 2))
    assert [(e.type, e.date.value if e.date else None, e.status) for e in chosen.events] == [("appointment", "2024-11", "planned")]
    founded = facts_of("Kockarnas förening i Göteborg bildades 1898 och har 1850 medlemmar.", date(2020, 6, 10))
    assert [t.value for t in founded.timexes] == ["1898"]
    restart = facts_of("Efter pausen startade sjukhuset om lördagen den 11 oktober 2025.", date(2026, 1, 10))
    assert [(e.type, e.date.value if e.date else None) for e in restart.events] == [("golive", "2025-10-11")]
    promise = facts_of(
        "Akutmottagningen på Södra Älvsborgs sjukhus ska registrera handskadorna lika när sjukhuset går över i november.\n\n"
        "Verksamhetschefen ställde sig i september bakom förslaget och har lovat att registreringen ska finnas i Millennium från första dagen.\n\n"
        "Södra Älvsborgs sjukhus går över lördagen den 9 november.",
        date(2024, 10, 2),
    )
    # the promise names no hospital: the lead's one; the lead's "i november" is the 9th told further down
    assert [(e.type, e.date.value if e.date else None) for e in promise.events if e.type == "golive"] == [
        ("golive", "2024-11-09"), ("golive", "2024-11-09")
    ]


def test_v119_a_company_s_group_a_club_s_board_a_coming_span_and_a_start_moved(nlp: Language) -> None:
    def facts_of(text: str, day: date) -> DocumentFacts:
        return extract_facts(nlp(text), published=day, doc_id="x", version=1)

    builders = facts_of(
        "Arbetsmiljögruppen på byggföretaget Kinnabygg i Kinna tog i fredags beslut om att begära en gemensam kod.\n\n"
        "Arbetsmiljögruppen utsåg samtidigt snickaren Oskar Lund till företagets kontaktperson.",
        date(2018, 5, 16),
    )
    assert [(d.by, d.date.value if d.date else None) for d in builders.decisions] == [
        ("arbetsmiljögruppen på byggföretaget Kinnabygg i Kinna", "2018-05-11")
    ] * 2
    union = facts_of("Fackklubbens styrelse fastställde i måndags ett förslag om en gemensam kod.", date(2020, 9, 23))
    assert [d.by for d in union.decisions] == ["styrelsen"]  # a club named by its kind is the page's own
    divers = facts_of(
        "Klubbens årsmöte antog i söndags en motion.\n\n"
        "Dessutom fastställde årsmötet en ny säkerhetsplan för klubbens dyk mellan maj och september.",
        date(2023, 3, 15),
    )
    assert [t.value for t in divers.timexes if t.text == "mellan maj och september"] == ["2023-05"]  # the coming summer
    assert [d.date.value if d.date else None for d in divers.decisions] == ["2023-03-12", "2023-03-12"]
    assert [(e.type, e.date.value if e.date else None) for e in divers.events] == [("decision", "2023-03-12"), ("decision", "2023-03-12")]
    moved = facts_of("Starten i Södra Älvsborg flyttades i början av året.", date(2021, 11, 17))
    assert moved.events == []  # when the start was moved, no go-live
    was = facts_of("Starten flyttades från mars.\n\nSkaraborg skulle från början ha gått över i mars.", date(2026, 3, 26))
    assert [(e.type, e.date.value if e.date else None, e.status) for e in was.events][-1] == ("golive", "2026-03", "planned")
