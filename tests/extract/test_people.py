"""People found by rule (no model): names the model has never seen, and what is no name."""

from __future__ import annotations

import pytest

from fvmdocs.extract.orgs import load_organisations
from fvmdocs.extract.people import find_people

ORGS = load_organisations()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Katarzyna Wiśniewska är ny projektledare.", {"Katarzyna Wiśniewska"}),
        ("– Vi har jobbat hårt, säger Zoran Petrović.", {"Zoran Petrović"}),
        ("– Det är klart, säger Pekka Järvinen.", {"Pekka Järvinen"}),
        ("Det bekräftar Mohammed Al-Hassan, överläkare på Sahlgrenska.", {"Mohammed Al-Hassan"}),
        ("Camilla Ørsted-Hansen blir ny programchef.", {"Camilla Ørsted-Hansen"}),
        ("Regionrådet Ahmed Yusuf (S) är nöjd.", {"Ahmed Yusuf"}),
        ("Jonas Berg (MP) är kritisk.", {"Jonas Berg"}),
        ("Den nya programchefen heter Oskar Malm.", {"Oskar Malm"}),
        (
            "Anna-Karin Öberg-Nilsson är verksamhetschef. Öberg-Nilssons team är klart.",
            {"Anna-Karin Öberg-Nilsson"},
        ),
        # two surnames without a hyphen
        ("– Det går bra, säger Karin Lund Berg.", {"Karin Lund Berg"}),
        ("Sara Holm Nyberg blir ny enhetschef.", {"Sara Holm Nyberg"}),
        # the medium spoken to is no person
        ("Eva Ström, ordförande i facket, säger till Dagens Vård att läget är svårt.", {"Eva Ström"}),
        ("Det uppger Per Holm för Sjukhusnytt Idag.", {"Per Holm"}),
        ("Region Skåne är nöjd och Region Halland väntar.", set()),
        ("Enligt Borås Stad är läget oklart.", set()),
        ("Oracle Health har tagit över Cerner.", set()),
        ("Millennium Go Live blir av i november.", set()),
        # a preposition opening the sentence is no first name; a title after an organisation's genitive
        ("– Vi är redo, säger Cerners Sverigechef Anneli Ström-Diallo.", {"Anneli Ström-Diallo"}),
    ],
)
def test_people_by_rule(text: str, names: set[str]) -> None:
    people, _ = find_people(text, [], ORGS)
    assert {p.name for p in people} == names


@pytest.mark.parametrize(
    ("text", "ner", "names"),
    [
        ("Millennium Go Live blir av.", ["Go Live"], set()),
        ("Eva Lind Persson leder arbetet.", ["Eva Lind Persson"], {"Eva Lind Persson"}),
        ("Nu väntar Siri Ågren Lundin på svar.", ["Siri Ågren Lundin"], {"Siri Ågren Lundin"}),
        # what a model may tag as a person but is none: products, organisations, places, titles
        ("Cerner Millennium införs i regionen.", ["Cerner Millennium"], set()),
        ("Avtalet med Oracle Health gäller.", ["Oracle Health"], set()),
        ("Region Värmland har också valt systemet.", ["Region Värmland"], set()),
        ("Forskare vid Karolinska Institutet följer arbetet.", ["Karolinska Institutet"], set()),
        ("Skånevård Sund startar först.", ["Skånevård Sund"], set()),
        ("Sahlgrenska Universitetssjukhuset väntar.", ["Sahlgrenska Universitetssjukhuset"], set()),
        ("Personal från Norra Älvsborg deltar.", ["Norra Älvsborg"], set()),
        ("Regionrådet Yusuf är nöjd.", ["Regionrådet Yusuf"], set()),
        ("Styrelsen för Genomic Medicine Sweden beslutade i januari.", ["Genomic Medicine Sweden"], set()),
        ("Sylf Västs styrelse utsåg två kontaktpersoner.", ["Sylf Västs"], set()),
        ("BORÅS – Bemanningsföretaget Vårdlyftet har tecknat avtal.", ["Bemanningsföretaget Vårdlyftet"], set()),
        # credit lines and bylines
        ("Foto: Lena Strand", ["Lena Strand"], set()),
        ("Text: Lena Strand", ["Lena Strand"], set()),
        ("Av Lena Strand\n\nSystemet startar i november.", ["Lena Strand"], set()),
        ("Publicerad av Lena Strand", ["Lena Strand"], set()),
        ("Beslutet togs av Lena Strand, regiondirektör.", ["Lena Strand"], {"Lena Strand"}),
        # a preposition opening the sentence is no first name
        ("För Robert Sandahl-Mbeki, it-direktör i regionen, är beslutet en lättnad.", ["Robert Sandahl-Mbeki"],
         {"Robert Sandahl-Mbeki"}),
        # an association named like a person by the tagger
        ("I april ställde sig Dietisternas Riksförbund bakom kravet.", ["Dietisternas Riksförbund"], set()),
        # a name the page also gives a company form or an office heads is an organisation
        ("Patienthotellet drivs av Vårdhotell Norden AB. Vårdhotell Norden har 160 rum.", ["Vårdhotell Norden"], set()),
        ("Svenskt Ambulansflyg samordnar flygen, säger Susanne Lind, förbundsdirektör för Svenskt Ambulansflyg.",
         ["Svenskt Ambulansflyg", "Susanne Lind"], {"Susanne Lind"}),
        # a title at the sentence start is no first name
        ("Kemisten Jonas Fredén har lett förarbetet.", ["Kemisten Jonas Fredén"], {"Jonas Fredén"}),
        # an adjective opening an organisation's or a survey's name is no first name
        ("Direktionen för Räddningstjänsten Mitt Bohuslän beslutade.", ["Mitt Bohuslän"], set()),
        ("Urvalet till Nationell Patientenkät hämtas ur journalen.", ["Nationell Patientenkät"], set()),
        ("Kommunalförbundet Avancerad Strålbehandling beslutade.", ["Avancerad Strålbehandling"], set()),
        ("Forskningsrådet Formas sade ja till Klimatvårdscentrum Västs ansökan.",
         ["Forskningsrådet Formas", "Klimatvårdscentrum Västs"], set()),
        # a shop or clinic named after its owner's first name
        ("Peruker finns hos Hårbutiken Vera i Alingsås, säger Vera Lund, grundare av Hårbutiken Vera.",
         ["Hårbutiken Vera", "Vera Lund"], {"Vera Lund"}),
        # a sports club named like a person by the tagger
        ("Kungälvs Orienteringsklubb grundades 1952.", ["Kungälvs Orienteringsklubb"], set()),
        # a given name ending in -s ("Måns") is no place's genitive (v152)
        ("Hon tar över efter Måns Tidlund, som flyttar.", ["Måns Tidlund"], {"Måns Tidlund"}),
    ],
)
def test_people_from_ner_spans(text: str, ner: list[str], names: set[str]) -> None:
    spans = [(text.index(n), text.index(n) + len(n)) for n in ner]
    people, _ = find_people(text, spans, ORGS)
    assert {p.name for p in people} == names
