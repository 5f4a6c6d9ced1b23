"""Roles: one row per Swedish construction journalists and press officers use for a title."""

from __future__ import annotations

import re

import pytest

from fvmdocs.extract.orgs import load_organisations
from fvmdocs.extract.roles import roles_in_sentence

ORGS = load_organisations()
FVM = "Framtidens vårdinformationsmiljö"
VGR = "Västra Götalandsregionen"


def _mentions(sentence: str, names: list[str]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), n) for n in names for m in re.finditer(re.escape(n), sentence)]


@pytest.mark.parametrize(
    ("sentence", "names", "expected"),
    [
        # apposition
        ("Karin Holm, ordförande i regionstyrelsen, välkomnar beslutet.", ["Karin Holm"],
         [("Karin Holm", "ordförande", "regionstyrelsen")]),
        ("Projektet leds av Anna Ek, verksamhetsutvecklare vid NU-sjukvården.", ["Anna Ek"],
         [("Anna Ek", "verksamhetsutvecklare", "NU-sjukvården")]),
        ("Anna Ek, Oracle Healths chef för Norden, är nöjd.", ["Anna Ek"], [("Anna Ek", "chef", "Oracle Health")]),
        ("Nils Ahl, tidigare programchef för FVM, går i pension.", ["Nils Ahl"], [("Nils Ahl", "programchef", FVM)]),
        # party markers are no part of names or titles
        ("Det säger regionrådet Jonas Ek (S) efter mötet.", ["Jonas Ek"], [("Jonas Ek", "regionråd", None)]),
        ("Jan-Olof Ek (M), ordförande i hälso- och sjukvårdsstyrelsen, tvekar.", ["Jan-Olof Ek"],
         [("Jan-Olof Ek", "ordförande", "hälso- och sjukvårdsstyrelsen")]),
        ("Lena Holm (S), socialminister, kommenterade.", ["Lena Holm"], [("Lena Holm", "socialminister", None)]),
        # title with an organisation in the genitive, title before the name
        ("Sahlgrenskas sjukhusdirektör Anders Lind har skrivit till personalen.", ["Anders Lind"],
         [("Anders Lind", "sjukhusdirektör", "Sahlgrenska Universitetssjukhuset")]),
        ("VGR:s IT-direktör Mikael Öhman ansvarar för tekniken.", ["Mikael Öhman"],
         [("Mikael Öhman", "IT-direktör", VGR)]),
        ("Regionens hälso- och sjukvårdsdirektör Ann Sö var på plats.", ["Ann Sö"],
         [("Ann Sö", "hälso- och sjukvårdsdirektör", None)]),
        ("Regionstyrelsens ordförande, Johnny Berg (M), är nöjd.", ["Johnny Berg"],
         [("Johnny Berg", "ordförande", "regionstyrelsen")]),
        ("Ordförande i regionstyrelsen Johnny Berg (M) kommenterar.", ["Johnny Berg"],
         [("Johnny Berg", "ordförande", "regionstyrelsen")]),
        ("Det säger sjukhusdirektör Anna Ek på SÄS.", ["Anna Ek"],
         [("Anna Ek", "sjukhusdirektör", "Södra Älvsborgs sjukhus")]),
        ("Oracle Healths Sverigechef Johan Berg kommenterar.", ["Johan Berg"],
         [("Johan Berg", "Sverigechef", "Oracle Health")]),
        # "regionen" and a unit as common nouns name no organisation (GUIDELINES: only when the text gives it)
        ("Tomas Ek är sedan 2021 IT-direktör i regionen.", ["Tomas Ek"], [("Tomas Ek", "IT-direktör", None)]),
        ("Anna Ek, som sedan 2019 är programchef, leder arbetet.", ["Anna Ek"], [("Anna Ek", "programchef", None)]),
        ("Lena Berg, som är verksamhetschef vid akutmottagningen, är nöjd.", ["Lena Berg"],
         [("Lena Berg", "verksamhetschef", None)]),
        ("Mats Ek är verksamhetschef för medicinkliniken på Skaraborgs Sjukhus.", ["Mats Ek"],
         [("Mats Ek", "verksamhetschef", "Skaraborgs Sjukhus")]),
        ("Karl Lund är projektledare för utbildningen.", ["Karl Lund"], [("Karl Lund", "projektledare", None)]),
        ("Mats Ek arbetar som överläkare på Sahlgrenska Universitetssjukhuset.", ["Mats Ek"],
         [("Mats Ek", "överläkare", "Sahlgrenska Universitetssjukhuset")]),
        ("Mats Ek jobbar som sjuksköterska på Alingsås lasarett.", ["Mats Ek"],
         [("Mats Ek", "sjuksköterska", "Alingsås lasarett")]),
        ("Oskar Malm har varit programchef sedan 2020.", ["Oskar Malm"], [("Oskar Malm", "programchef", None)]),
        # appointments, successions, a role that ends
        ("Sofia Åberg har utsetts till ny programchef för FVM.", ["Sofia Åberg"], [("Sofia Åberg", "programchef", FVM)]),
        ("Anna Ek utsågs i går av regionstyrelsen till ny programchef.", ["Anna Ek"],
         [("Anna Ek", "programchef", None)]),
        ("Styrelsen utsåg Ingrid Berg till ordförande i programstyrelsen.", ["Ingrid Berg"],
         [("Ingrid Berg", "ordförande", "programstyrelsen")]),
        ("Petra Nyström blir ny hälso- och sjukvårdsdirektör och tillträder i april.", ["Petra Nyström"],
         [("Petra Nyström", "hälso- och sjukvårdsdirektör", None)]),
        ("Anna Ek tillträder den 1 april som programchef för FVM.", ["Anna Ek"], [("Anna Ek", "programchef", FVM)]),
        ("Magnus Carl efterträder Eva Lind Persson som regiondirektör.", ["Magnus Carl", "Eva Lind Persson"],
         [("Magnus Carl", "regiondirektör", None), ("Eva Lind Persson", "regiondirektör", None)]),
        ("Utredningen leds av Region Kronobergs IT-direktör Jukka Mäkinen.", ["Jukka Mäkinen"],
         [("Jukka Mäkinen", "IT-direktör", "Region Kronoberg")]),
        ("Programmet leds av Karl-Johan Eriksson, som efterträdde Helena Strand som programchef.", ["Karl-Johan Eriksson", "Helena Strand"],
         [("Karl-Johan Eriksson", "programchef", None), ("Helena Strand", "programchef", None)]),
        ("Ahmed Al-Sayed, ordförande i Göteborgs läkarförening, efterlyser en plan.", ["Ahmed Al-Sayed"],
         [("Ahmed Al-Sayed", "ordförande", "Göteborgs läkarförening")]),
        ("Mattias Öberg har varit förvaltningschef för Vård- och äldreförvaltningen sedan 2021.", ["Mattias Öberg"],
         [("Mattias Öberg", "förvaltningschef", "Vård- och äldreförvaltningen")]),
        ("I januari tillträdde Cecilia Marangoni som ny programdirektör.", ["Cecilia Marangoni"],
         [("Cecilia Marangoni", "programdirektör", None)]),
        ("Karin Dahl tillträder den 1 december och kommer närmast från en tjänst som hälso- och sjukvårdsdirektör i Region Värmland.",
         ["Karin Dahl"], [("Karin Dahl", "hälso- och sjukvårdsdirektör", "Region Värmland")]),
        ("Lars Nielsen, professor i medicinsk informatik vid Aalborgs universitet, ledde gruppen.", ["Lars Nielsen"],
         [("Lars Nielsen", "professor", "Aalborgs universitet")]),
        ("– Det har varit tufft, säger Sofia Nilsson, vård- och omsorgsdirektör i Borås stad.", ["Sofia Nilsson"],
         [("Sofia Nilsson", "vård- och omsorgsdirektör", "Borås stad")]),
        ("Hälso- och sjukvårdsstyrelsens ordförande Marie Kling (S) kallar läget allvarligt.", ["Marie Kling"],
         [("Marie Kling", "ordförande", "hälso- och sjukvårdsstyrelsen")]),
        ("Fredrik Åhman, ordförande för Sjukhusläkarna i Skaraborg, delar oron.", ["Fredrik Åhman"],
         [("Fredrik Åhman", "ordförande", "Sjukhusläkarna i Skaraborg")]),
        ("Hon kommer från en tjänst som distriktssköterska i Herrljunga, sa Fatima Haddad.", ["Fatima Haddad"], []),
        ("Siobhan O'Neill, analytiker på konsultföretaget Healthtech Nordic, tror inte det.", ["Siobhan O'Neill"],
         [("Siobhan O'Neill", "analytiker", "Healthtech Nordic")]),
        ("Det säger Lena Arvidsson (S), ordförande i styrelsen för Skaraborgs Sjukhus.", ["Lena Arvidsson"],
         [("Lena Arvidsson", "ordförande", "styrelsen för Skaraborgs Sjukhus")]),
        ("Marie Lund, tidigare verksamhetschef på NU-sjukvården, har anställts som förändringsledare.", ["Marie Lund"],
         [("Marie Lund", "verksamhetschef", "NU-sjukvården"), ("Marie Lund", "förändringsledare", None)]),
        ("Juha Niemi efterträdde i februari Anders Holm-Lindqvist som programchef.", ["Juha Niemi", "Anders Holm-Lindqvist"],
         [("Juha Niemi", "programchef", None), ("Anders Holm-Lindqvist", "programchef", None)]),
        ("Gunnar Wik lämnar sin tjänst som programdirektör vid årsskiftet.", ["Gunnar Wik"],
         [("Gunnar Wik", "programdirektör", None)]),
        ("Anna Ek lämnade uppdraget som programdirektör i maj.", ["Anna Ek"], [("Anna Ek", "programdirektör", None)]),
        ("Mats Ek tar över som programchef den 1 maj.", ["Mats Ek"], [("Mats Ek", "programchef", None)]),
        ("Mats Ek har fått uppdraget som programchef.", ["Mats Ek"], [("Mats Ek", "programchef", None)]),
        ("Den nya programchefen heter Oskar Malm.", ["Oskar Malm"], [("Oskar Malm", "programchef", None)]),
        # acting titles keep their marker
        ("Tf. IT-direktör Katarzyna Wiśniewska leder arbetet.", ["Katarzyna Wiśniewska"],
         [("Katarzyna Wiśniewska", "tf. IT-direktör", None)]),
        ("Anna Lund är t.f. programchef sedan i höstas.", ["Anna Lund"], [("Anna Lund", "t.f. programchef", None)]),
        ("Mats Ek går in som tillförordnad programchef.", ["Mats Ek"],
         [("Mats Ek", "tillförordnad programchef", None)]),
        # lists and quote attributions
        ("Med var Ahmed Yusuf (verksamhetschef), Maria Holm (överläkare) och Erik Sund (sjuksköterska).",
         ["Ahmed Yusuf", "Maria Holm", "Erik Sund"],
         [("Ahmed Yusuf", "verksamhetschef", None), ("Maria Holm", "överläkare", None),
          ("Erik Sund", "sjuksköterska", None)]),
        ("– Det har varit tufft, säger Ahmed Yusuf som är verksamhetschef på NU-sjukvården.", ["Ahmed Yusuf"],
         [("Ahmed Yusuf", "verksamhetschef", "NU-sjukvården")]),
        ("– Klart, säger Ahmed Yusuf, chefläkare på Södra Älvsborgs sjukhus.", ["Ahmed Yusuf"],
         [("Ahmed Yusuf", "chefläkare", "Södra Älvsborgs sjukhus")]),
        ("Anna Ek, medicinsk rådgivare i FVM, är nöjd.", ["Anna Ek"], [("Anna Ek", "medicinsk rådgivare", FVM)]),
        # acting posts, auditors and union representatives
        ("– Vi följer det noga, säger tf. hälso- och sjukvårdsdirektör Maja Lund.", ["Maja Lund"],
         [("Maja Lund", "tf. hälso- och sjukvårdsdirektör", None)]),
        ("Det bekräftar revisorn Olle Björk (C).", ["Olle Björk"], [("Olle Björk", "revisor", None)]),
        ("Sara Nyström, certifierad kommunal revisor, presenterade rapporten.", ["Sara Nyström"],
         [("Sara Nyström", "certifierad kommunal revisor", None)]),
        ("– Stressen är stor, säger Omar Said, undersköterska på akuten och facklig företrädare för Kommunal.",
         ["Omar Said"], [("Omar Said", "undersköterska", None), ("Omar Said", "facklig företrädare", "Kommunal")]),
        # organisations as the text names them
        ("Lisa Dahl, vd för konsultföretaget Vårdanalys Norr, tvivlar.", ["Lisa Dahl"],
         [("Lisa Dahl", "vd", "Vårdanalys Norr")]),
        ("Mats Aho, ordförande för Vårdförbundet Halland, är kritisk.", ["Mats Aho"],
         [("Mats Aho", "ordförande", "Vårdförbundet Halland")]),
        ("Eva Berg, ordförande i kommunstyrelsen i Alingsås, välkomnar beskedet.", ["Eva Berg"],
         [("Eva Berg", "ordförande", "kommunstyrelsen i Alingsås")]),
        ("Han kommer närmast från Region Värmland, där han var digitaliseringsdirektör.", ["Han"],
         [("Han", "digitaliseringsdirektör", "Region Värmland")]),
        # appointments with words between the verb, the name and "till"
        ("Cerner har utsett svensken Leo Mark till Sverigechef för bolaget.", ["Leo Mark"],
         [("Leo Mark", "Sverigechef", None)]),
        ("Vid mötet utsåg nämnden Ida Holm, jurist på förbundet, till ny utredningsledare.", ["Ida Holm"],
         [("Ida Holm", "jurist", None), ("Ida Holm", "utredningsledare", None)]),
        ("Regiondirektören har utsett biträdande programchef Ali Nur till tf. programchef.", ["Ali Nur"],
         [("Ali Nur", "biträdande programchef", None), ("Ali Nur", "tf. programchef", None)]),
        # the role someone comes in with, a title fronted before the appointer, present tense
        ("Regionen går vidare med Karin Lund som ny programdirektör.", ["Karin Lund"],
         [("Karin Lund", "programdirektör", None)]),
        ("Med Olof Berg som programchef vill regionen nu starta om.", ["Olof Berg"],
         [("Olof Berg", "programchef", None)]),
        ("Till ny programchef har regionstyrelsen utsett Anna Dahl.", ["Anna Dahl"],
         [("Anna Dahl", "programchef", None)]),
        ("Regionen rekryterar Sara Falk som ny CIO.", ["Sara Falk"], [("Sara Falk", "CIO", None)]),
        ("Erik Sand tar över som programchef den 1 april.", ["Erik Sand"], [("Erik Sand", "programchef", None)]),
        ("Jonas Berg, tidigare verksamhetschef vid Skaraborgs Sjukhus, leder arbetet.", ["Jonas Berg"],
         [("Jonas Berg", "verksamhetschef", "Skaraborgs Sjukhus")]),
        ("Nils Holm (S), ordförande i regionstyrelsen, välkomnar beskedet.", ["Nils Holm"],
         [("Nils Holm", "ordförande", "regionstyrelsen")]),
        ("Jan Berg, sedan 2021 CIO i regionen, lämnar nu.", ["Jan Berg"], [("Jan Berg", "CIO", None)]),
        ("Maria Ek, sjuksköterska och skyddsombud, berättar.", ["Maria Ek"],
         [("Maria Ek", "sjuksköterska", None), ("Maria Ek", "skyddsombud", None)]),
        ("Eva Lund, ombudsman på Vårdförbundet, är oroad.", ["Eva Lund"], [("Eva Lund", "ombudsman", "Vårdförbundet")]),
        ("Ida Sten, forskare vid Göteborgs universitet, har granskat.", ["Ida Sten"],
         [("Ida Sten", "forskare", "Göteborgs universitet")]),
        ("Per Holm, sjukvårdspolitisk talesperson för Liberalerna, kritiserar.", ["Per Holm"],
         [("Per Holm", "sjukvårdspolitisk talesperson", "Liberalerna")]),
        ("Regionen har avtal med Cerner som leverantör.", ["Cerner"], []),
        # a body in the genitive opens the title when another organisation is named; a known
        # body alone is the organisation
        ("Det bekräftar Sven Dahl (C), kommunstyrelsens ordförande i Alingsås kommun.", ["Sven Dahl"],
         [("Sven Dahl", "kommunstyrelsens ordförande", "Alingsås kommun")]),
        ("Eva Lund, socialnämndens vice ordförande i Mölndals stad, tvekar.", ["Eva Lund"],
         [("Eva Lund", "socialnämndens vice ordförande", "Mölndals stad")]),
        ("Kommunstyrelsens ordförande Sven Dahl vill vänta.", ["Sven Dahl"],
         [("Sven Dahl", "ordförande", "kommunstyrelsen")]),
        ("Regionstyrelsens ordförande Sven Dahl vill vänta.", ["Sven Dahl"],
         [("Sven Dahl", "ordförande", "regionstyrelsen")]),
        ("Lisa Ek (M), ordförande för Västkom och kommunstyrelsens ordförande i Partille kommun, tvekar.", ["Lisa Ek"],
         [("Lisa Ek", "ordförande", "Västkom"), ("Lisa Ek", "kommunstyrelsens ordförande", "Partille kommun")]),
        # "för" and an indefinite noun name the field of the post: passed over, no part of the title
        ("Omar Ali, strateg för digitalisering på Västkom, håller med.", ["Omar Ali"],
         [("Omar Ali", "strateg", "Västkom")]),
        ("Enligt Sara Berg, samordnare för informationssäkerhet vid Sahlgrenska, är riskerna små.", ["Sara Berg"],
         [("Sara Berg", "samordnare", "Sahlgrenska Universitetssjukhuset")]),
        ("Ola Ek är projektledare för utbildning och stöd i programmet.", ["Ola Ek"],
         [("Ola Ek", "projektledare", None)]),
        ("Ola Ek är projektledare för utbildningen.", ["Ola Ek"], [("Ola Ek", "projektledare", None)]),
        ("Ola Ek blir projektledare för två år.", ["Ola Ek"], [("Ola Ek", "projektledare", None)]),
        # title before the name, the employer after it with "i" when it is a known organisation
        ("Regiondirektör Nina Berg i Region Skåne följer arbetet.", ["Nina Berg"],
         [("Nina Berg", "regiondirektör", "Region Skåne")]),
        ("Undersköterska Nina Berg i Borås har arbetat natt.", ["Nina Berg"], [("Nina Berg", "undersköterska", None)]),
        # a second post in the relative clause, held before
        ("Jonas Lind, som är programchef för FVM och tidigare var IT-chef vid Skaraborgs Sjukhus, är nöjd.", ["Jonas Lind"],
         [("Jonas Lind", "programchef", FVM), ("Jonas Lind", "IT-chef", "Skaraborgs Sjukhus")]),
        ("Jonas Lind är projektledare och sedan tidigare var han läkare.", ["Jonas Lind"],
         [("Jonas Lind", "projektledare", None)]),
        # where the person comes from, and the post there, also as the subject's second verb
        ("Hon kommer från Skaraborgs Sjukhus, där hon är verksamhetschef.", ["Hon"],
         [("Hon", "verksamhetschef", "Skaraborgs Sjukhus")]),
        ("Han anställdes i april och kommer närmast från Region Halland, där han var IT-direktör.", ["Han"],
         [("Han", "IT-direktör", "Region Halland")]),
        ("Han träffade Eva Ek och kommer närmast från Region Halland, där han var IT-direktör.", ["Eva Ek"], []),
        # the one succeeded held the post too
        ("Hon efterträder Lars Holm som programdirektör.", ["Hon", "Lars Holm"],
         [("Hon", "programdirektör", None), ("Lars Holm", "programdirektör", None)]),
        ("Maria Sten ersätter Lars Holm, som går i pension, som IT-chef på Sahlgrenska.", ["Maria Sten", "Lars Holm"],
         [("Maria Sten", "IT-chef", "Sahlgrenska Universitetssjukhuset"), ("Lars Holm", "IT-chef", "Sahlgrenska Universitetssjukhuset")]),
        ("Maria Sten träffade Lars Holm som läkare.", ["Lars Holm"], []),
        # an unlisted body in the genitive is the chair's organisation, in its definite form
        ("– Vi väntar, säger socialnämndens ordförande Lars Sund (M).", ["Lars Sund"], [("Lars Sund", "ordförande", "socialnämnden")]),
        # a company in the genitive before a title that is not a chief's
        ("Cerners grundare Neal Patterson var med.", ["Neal Patterson"], [("Neal Patterson", "grundare", "Cerner")]),
        # verb second after a fronted adverbial: the subject inside the particle verb
        ("I går tog Sara Lind över som projektledare.", ["Sara Lind"], [("Sara Lind", "projektledare", None)]),
        ("Efter sommaren tar Per Holm över som programchef.", ["Per Holm"], [("Per Holm", "programchef", None)]),
        # "tog över som X efter Y": the one after "efter" held the post before
        ("Sara Lind tog över som projektledare efter Eva Ström.", ["Sara Lind", "Eva Ström"], [("Sara Lind", "projektledare", None), ("Eva Ström", "projektledare", None)]),
        ("I mars tog Per Holm över som enhetschef efter Eva Ström, som gick i pension.", ["Per Holm", "Eva Ström"], [("Per Holm", "enhetschef", None), ("Eva Ström", "enhetschef", None)]),
        # no title: activities, event nouns and bodies are no roles
        ("Lena Berg, som leder införandet på Skaraborgs Sjukhus, är nöjd.", ["Lena Berg"], []),
        ("Anna Ek är ansvarig för driftstarten.", ["Anna Ek"], []),
        ("Anna Ek sitter i programrådet.", ["Anna Ek"], []),
        ("Anna Ek träffade regionens politiker på mötet i Borås.", ["Anna Ek"], []),
        # a past post after an adverb; a compound title in "-konsult"
        ("Han har tidigare arbetat som enhetschef på Kungälvs sjukhus.", ["Han"], [("Han", "enhetschef", "Kungälvs sjukhus")]),
        ("– Det är bra, säger Lars Holm, managementkonsult på Nordgren Partners.", ["Lars Holm"],
         [("Lars Holm", "managementkonsult", "Nordgren Partners")]),
        # a second predicate of the same subject; a post the person leaves for
        ("Eva Lind är i dag klinikchef på Kungälvs sjukhus och har tidigare varit enhetschef i Borås.", ["Eva Lind"],
         [("Eva Lind", "klinikchef", "Kungälvs sjukhus"), ("Eva Lind", "enhetschef", None)]),
        ("Per Ek lämnar regionen för att bli IT-direktör i Region Dalarna.", ["Per Ek"], [("Per Ek", "IT-direktör", "Region Dalarna")]),
        # titles new to the lexicon; a party named by a capitalised word and "-partiet"
        ("– Vi följer upp, säger Johan Ek, inspektör på Arbetsmiljöverket.", ["Johan Ek"], [("Johan Ek", "inspektör", "Arbetsmiljöverket")]),
        ("– Vi är emot, säger Anna Holm, gruppledare för Sydsvenska vårdpartiet.", ["Anna Holm"],
         [("Anna Holm", "gruppledare", "Sydsvenska vårdpartiet")]),
        ("– Det är pengar, säger Kjell Berg, ordförande i revisorskollegiet.", ["Kjell Berg"], [("Kjell Berg", "ordförande", "revisorskollegiet")]),
        ("Tomas Berg är IT-arkitekt i Region Dalarna.", ["Tomas Berg"], [("Tomas Berg", "IT-arkitekt", "Region Dalarna")]),
        ("Anna Berg är verksamhetschef på Drottning Silvias barnsjukhus.", ["Anna Berg"],
         [("Anna Berg", "verksamhetschef", "Drottning Silvias barn- och ungdomssjukhus")]),
        # a unit named by a definite noun is no part of the title; weak adjectives in base form
        ("Ola Berg, verksamhetschef för psykiatrin på Kungälvs sjukhus, är nöjd.", ["Ola Berg"],
         [("Ola Berg", "verksamhetschef", "Kungälvs sjukhus")]),
        ("Hon har utsett biomedicinske analytikern Erik Berg till samordnare.", ["Erik Berg"],
         [("Erik Berg", "biomedicinsk analytiker", None), ("Erik Berg", "samordnare", None)]),
        ("Särskild utredare har varit Eva Holm.", ["Eva Holm"], [("Eva Holm", "särskild utredare", None)]),
        ("Regionstyrelsens nyvalda ordförande Anders Lind svarade.", ["Anders Lind"], [("Anders Lind", "ordförande", "regionstyrelsen")]),
        # "och var dessförinnan": a second post, held before; a unit between title and name
        ("Eva Holm har varit socialchef i Borås sedan 2019 och var dessförinnan enhetschef i Lerums kommun.", ["Eva Holm"],
         [("Eva Holm", "socialchef", None), ("Eva Holm", "enhetschef", "Lerums kommun")]),
        ("Vårdförbundets skyddsombud på kliniken, Anna Berg, är kritisk.", ["Anna Berg"], [("Anna Berg", "skyddsombud", "Vårdförbundet")]),
        ("Han har utsett sjuksköterskan Ida Lund till lokal projektledare.", ["Ida Lund"],
         [("Ida Lund", "sjuksköterska", None), ("Ida Lund", "lokal projektledare", None)]),
        ("Per Ek går över till en tjänst som IT-direktör i Region Halland.", ["Per Ek"], [("Per Ek", "IT-direktör", "Region Halland")]),
        ("Vid samma sammanträde valdes Ali Said (L) till ledamot i den politiska styrgruppen för FVM.", ["Ali Said"],
         [("Ali Said", "ledamot", "politiska styrgruppen för FVM")]),
        ("Moderaternas gruppledare i regionfullmäktige, Eva Ek, svarade.", ["Eva Ek"], [("Eva Ek", "gruppledare", "Moderaterna")]),
        # the union in the genitive, not the workplace; a programme is the task, not the employer
        ("Vårdförbundets huvudskyddsombud på SÄS, Jenny Holm, välkomnar beslutet.", ["Jenny Holm"],
         [("Jenny Holm", "huvudskyddsombud", "Vårdförbundet")]),
        ("Frågor besvaras av Oskar Ek, utbildningssamordnare för Millennium på SÄS.", ["Oskar Ek"],
         [("Oskar Ek", "utbildningssamordnare", "Södra Älvsborgs sjukhus")]),
        ("– Det går bra, säger Sara Lind, vårdcentralschef på Närhälsan Norrby vårdcentral.", ["Sara Lind"],
         [("Sara Lind", "vårdcentralschef", "Närhälsan Norrby vårdcentral")]),
        ("– Det syns, säger Maria Lind, upphandlingschef för programmet Framtidens vårdinformationsmiljö.", ["Maria Lind"],
         [("Maria Lind", "upphandlingschef", "Framtidens vårdinformationsmiljö")]),
        ("Han utsåg i augusti sjukhusdirektören vid Skaraborgs Sjukhus, Cecilia Ek, till programägare för FVM.", ["Cecilia Ek"],
         [("Cecilia Ek", "sjukhusdirektör", "Skaraborgs Sjukhus"), ("Cecilia Ek", "programägare", "Framtidens vårdinformationsmiljö")]),
        # the post fronted before a passive; a plural title shared by two names
        ("Till kontaktperson i arbetsgruppen utsågs dietisten Lisa Berg.", ["Lisa Berg"],
         [("Lisa Berg", "dietist", None), ("Lisa Berg", "kontaktperson", None)]),
        ("Till ombud utsågs barnmorskorna Eva Ek och Sara Ali.", ["Eva Ek", "Sara Ali"],
         [("Eva Ek", "barnmorska", None), ("Eva Ek", "ombud", None), ("Sara Ali", "barnmorska", None), ("Sara Ali", "ombud", None)]),
        # a unit's genitive before the post; a longer agent between "utsågs" and "till"
        ("Chefen har utsett logopeden Jon Ek till avdelningens kontaktperson.", ["Jon Ek"],
         [("Jon Ek", "logoped", None), ("Jon Ek", "kontaktperson", None)]),
        ("Jon Ek utsågs i mars av SÄS sjukhusdirektör Eva Holm till samordnare för testerna.", ["Jon Ek", "Eva Holm"],
         [("Jon Ek", "samordnare", None), ("Eva Holm", "sjukhusdirektör", "Södra Älvsborgs sjukhus")]),
        # "Samordnare för arbetet är …": the subject's title over its unit; units passed over
        ("Samordnare för utbildningen är sjuksköterskan Ali Said.", ["Ali Said"],
         [("Ali Said", "sjuksköterska", None), ("Ali Said", "samordnare", None)]),
        ("Skyddsombudet för läkarna på kliniken, Per Holm, är kritisk.", ["Per Holm"], [("Per Holm", "skyddsombud", None)]),
        ("Enhetschefen för hemsjukvården, Pia Lund, svarar.", ["Pia Lund"], [("Pia Lund", "enhetschef", None)]),
        ("– Det fungerar, säger Omar Ali, kursansvarig för läkarprogrammet vid Göteborgs universitet.", ["Omar Ali"],
         [("Omar Ali", "kursansvarig", "Göteborgs universitet")]),
        # a shared prefix in a body's name; a university named by its town; a department is a unit
        ("– Det behövs, säger Eva Lind (S), ordförande i barn- och utbildningsnämnden.", ["Eva Lind"],
         [("Eva Lind", "ordförande", "barn- och utbildningsnämnden")]),
        ("– Det behövs, säger Eva Lind, lektor vid Universitetet i Borås.", ["Eva Lind"],
         [("Eva Lind", "lektor", "Universitetet i Borås")]),
        ("Eva Lind, prefekt vid Institutionen för medicin, har utsett Jon Ek till kursansvarig.", ["Eva Lind", "Jon Ek"],
         [("Eva Lind", "prefekt", None), ("Jon Ek", "kursansvarig", None)]),
        # "som har utsetts till"; a fronted post before an active verb; "att utse X i Y till"
        ("Arbetet leds av Pia Holm, som har utsetts till testansvarig av vd Jon Ek.", ["Pia Holm", "Jon Ek"],
         [("Pia Holm", "testansvarig", None), ("Jon Ek", "vd", None)]),
        ("Till sammankallande i gruppen utsåg styrelsen tandläkaren Ali Said.", ["Ali Said"],
         [("Ali Said", "tandläkare", None), ("Ali Said", "sammankallande", None)]),
        ("Styrelsen beslutade att utse Ali Said i Alingsås till föreningens kontaktperson.", ["Ali Said"],
         [("Ali Said", "kontaktperson", None)]),
        # the post fronted with "Som"; a unit named "avdelning väst" passed over; a treasurer
        ("Som platschef för kontoret har vd Jon Ek utsett Lena Dahl.", ["Jon Ek", "Lena Dahl"],
         [("Jon Ek", "vd", None), ("Lena Dahl", "platschef", None)]),
        ("– Planen saknades, säger Eva Ek, avdelningschef för avdelning syd på IVO.", ["Eva Ek"],
         [("Eva Ek", "avdelningschef", "Inspektionen för vård och omsorg")]),
        ("Styrelsen utsåg Per Holm, som är kassör i föreningen, till kontaktperson.", ["Per Holm"],
         [("Per Holm", "kassör", None), ("Per Holm", "kontaktperson", None)]),
        # two titles before one employer; a product is the task, the organisation after "på" the employer
        ("– Det syns, säger Erik Lund, överläkare och kardiolog på Södra Älvsborgs sjukhus.", ["Erik Lund"],
         [("Erik Lund", "överläkare", "Södra Älvsborgs sjukhus"), ("Erik Lund", "kardiolog", "Södra Älvsborgs sjukhus")]),
        ("– Vi lär oss, säger Rasmus Berg, produktägare för NPÖ på Inera.", ["Rasmus Berg"],
         [("Rasmus Berg", "produktägare", "Inera")]),
        ("Vid mötet utsåg styrelsen statistikern Omid Lund till projektledare.", ["Omid Lund"],
         [("Omid Lund", "statistiker", None), ("Omid Lund", "projektledare", None)]),
        ("Till ny ledamot i utbildningsberedningen utsågs Kristoffer Berg (M).", ["Kristoffer Berg"],
         [("Kristoffer Berg", "ledamot", "utbildningsberedningen")]),
        # up to five words between the appointing verb and the appointee's title
        ("Styrelsen utsåg på samma möte överläkaren Tomas Ek till föreningens representant.", ["Tomas Ek"],
         [("Tomas Ek", "överläkare", None), ("Tomas Ek", "representant", None)]),
        # university titles
        ("Prefekten Eva Ek har utsett universitetslektorn Jan Berg till studierektor.", ["Eva Ek", "Jan Berg"],
         [("Eva Ek", "prefekt", None), ("Jan Berg", "universitetslektor", None), ("Jan Berg", "studierektor", None)]),
        # an organisation the lexicon lacks, in the genitive before the title
        ("Regionservices förvaltningschef Therese Wallin har utsett Jonas Blom till projektledare.", ["Therese Wallin", "Jonas Blom"],
         [("Therese Wallin", "förvaltningschef", "Regionservice"), ("Jonas Blom", "projektledare", None)]),
        # court titles, "-mannen" as the definite of "-man"; "medicinskt ansvarig" on its own
        ("Det säger rådmannen Annika Holm.", ["Annika Holm"], [("Annika Holm", "rådman", None)]),
        ("Maria Ek utsågs till medicinskt ansvarig för biblioteket.", ["Maria Ek"], [("Maria Ek", "medicinskt ansvarig", None)]),
        # a plural title shared by two names, each with its employer; the post fronted before them
        ("Till ombud utsågs arbetsterapeuterna Elin Nour på Alingsås lasarett och Hassan Lind på Kungälvs sjukhus.",
         ["Elin Nour", "Hassan Lind"],
         [("Elin Nour", "arbetsterapeut", "Alingsås lasarett"), ("Elin Nour", "ombud", None),
          ("Hassan Lind", "arbetsterapeut", "Kungälvs sjukhus"), ("Hassan Lind", "ombud", None)]),
        # two appointees before one plural post; a chair "för" a union; a second title after a genitive plural
        ("Hon har utsett psykologen Sara Ek och arbetsterapeuten Ali Berg till förvaltningens representanter.",
         ["Sara Ek", "Ali Berg"],
         [("Sara Ek", "psykolog", None), ("Sara Ek", "representant", None), ("Ali Berg", "arbetsterapeut", None),
          ("Ali Berg", "representant", None)]),
        ("Tobias Nygren, ordförande för Unionen på Oracle Health, säger att medlemmarna är oroliga.", ["Tobias Nygren"],
         [("Tobias Nygren", "ordförande", "Unionen")]),
        ("Där berättar Anna Ek, sjuksköterska i Lerums kommun och kommunernas representant i styrgruppen, om planen.",
         ["Anna Ek"], [("Anna Ek", "sjuksköterska", "Lerums kommun"), ("Anna Ek", "representant", "styrgruppen")]),
        ("– Bra, säger Cecilia Vinter, advokat och partner på byrån.", ["Cecilia Vinter"],
         [("Cecilia Vinter", "advokat", None), ("Cecilia Vinter", "partner", None)]),
        # two appointees, each with an employer, before one plural post; an appointee's unit passed over
        ("Styrelsen utsåg också kuratorerna Sanna Ek på Närhälsan och Per Ö på Södra Älvsborgs sjukhus till "
         "sektionens representanter.", ["Sanna Ek", "Per Ö"],
         [("Sanna Ek", "kurator", "Närhälsan"), ("Sanna Ek", "representant", None),
          ("Per Ö", "kurator", "Södra Älvsborgs sjukhus"), ("Per Ö", "representant", None)]),
        ("Hon har utsett Jonas Alm på kammarens kansli till samordnare.", ["Jonas Alm"], [("Jonas Alm", "samordnare", None)]),
        # press titles; an agency's unit names the agency; "&" in a firm's name
        ("– Bra, säger Jonas Mäki, chefredaktör och ansvarig utgivare för Morgontidningen Väst.", ["Jonas Mäki"],
         [("Jonas Mäki", "chefredaktör", "Morgontidningen Väst"), ("Jonas Mäki", "ansvarig utgivare", "Morgontidningen Väst")]),
        ("– Bra, säger Anders Strand, enhetschef på Domstolsverkets it-avdelning.", ["Anders Strand"],
         [("Anders Strand", "enhetschef", "Domstolsverket")]),
        ("– Bra, säger Henrik Moberg, advokat på Advokatfirman Lindqvist & Berg i Göteborg.", ["Henrik Moberg"],
         [("Henrik Moberg", "advokat", "Advokatfirman Lindqvist & Berg")]),
        # an association after "i" is an employer, a place is not; court and centre titles
        ("– Bra, säger Ulrika Laine, ordförande i Fackspråksföreningen.", ["Ulrika Laine"],
         [("Ulrika Laine", "ordförande", "Fackspråksföreningen")]),
        ("– Bra, säger Kristina Hallin, föreståndare för CPV.", ["Kristina Hallin"], [("Kristina Hallin", "föreståndare", "CPV")]),
        ("– Bra, säger kammaråklagare Johan Berg.", ["Johan Berg"], [("Johan Berg", "kammaråklagare", None)]),
        # a unit by its field before the employer; informatics titles; the page's own association by
        # its kind; a library named with an adjective
        ("– Bra, säger Lovisa Hjelm, överläkare och sektionschef vid klinisk genetik på Sahlgrenska "
         "Universitetssjukhuset.", ["Lovisa Hjelm"],
         [("Lovisa Hjelm", "överläkare", "Sahlgrenska Universitetssjukhuset"),
          ("Lovisa Hjelm", "sektionschef", "Sahlgrenska Universitetssjukhuset")]),
        ("– Bra, säger Johan Sjö, bioinformatiker vid GMC Väst.", ["Johan Sjö"], [("Johan Sjö", "bioinformatiker", "GMC Väst")]),
        ("– Bra, säger Sofia Rask, föreningens ordförande och överläkare i vårdhygien på Skaraborgs Sjukhus.",
         ["Sofia Rask"], [("Sofia Rask", "ordförande", None), ("Sofia Rask", "överläkare", "Skaraborgs Sjukhus")]),
        ("– Bra, säger Eva Åberg, bibliotekschef vid Medicinska biblioteken.", ["Eva Åberg"],
         [("Eva Åberg", "bibliotekschef", "Medicinska biblioteken")]),
        # a title listed before the one at the name; a part of the region is a place; an
        # association named "X- och Y"; a doctor's field; "till sin representant"
        ("– Bra, säger föreningens ordförande, överläkare Amir Lund vid Sahlgrenska Universitetssjukhuset.",
         ["Amir Lund"], [("Amir Lund", "ordförande", None), ("Amir Lund", "överläkare", "Sahlgrenska Universitetssjukhuset")]),
        ("– Bra, säger Per Magnusson, verksamhetschef för ambulanssjukvården i Södra Älvsborg.", ["Per Magnusson"],
         [("Per Magnusson", "verksamhetschef", None)]),
        ("– Bra, säger Sofia Haddad, ordförande i Astma- och Allergiförbundet Väst.", ["Sofia Haddad"],
         [("Sofia Haddad", "ordförande", "Astma- och Allergiförbundet Väst")]),
        ("– Bra, säger Elin Marjanović, ordförande i Sylf Väst och ST-läkare i internmedicin på Södra Älvsborgs sjukhus.",
         ["Elin Marjanović"], [("Elin Marjanović", "ordförande", "Sylf Väst"), ("Elin Marjanović", "ST-läkare", "Södra Älvsborgs sjukhus")]),
        ("Ledningsgruppen utsåg överläkare Karin Hallberg, medicinskt ansvarig för ambulanssjukvården i Skaraborg, "
         "till sin representant i arbetsgruppen.", ["Karin Hallberg"],
         [("Karin Hallberg", "medicinskt ansvarig", None), ("Karin Hallberg", "överläkare", None),
          ("Karin Hallberg", "representant", None)]),
        ("Styrelsen gav förbundets sekreterare Antti Rautio i uppdrag att samla in berättelser.", ["Antti Rautio"],
         [("Antti Rautio", "sekreterare", None)]),
        ("– Bra, säger Gunilla Hed, ordförande i Blodgivarna i Sjuhärad.", ["Gunilla Hed"],
         [("Gunilla Hed", "ordförande", "Blodgivarna i Sjuhärad")]),
        ("– Bra, säger Karin Åström, som är donationsansvarig läkare på Sahlgrenska Universitetssjukhuset.", ["Karin Åström"],
         [("Karin Åström", "donationsansvarig läkare", "Sahlgrenska Universitetssjukhuset")]),
        ("– Bra, säger Lena Sjöberg, verksamhetschef på Rättspsykiatriska regionkliniken.", ["Lena Sjöberg"],
         [("Lena Sjöberg", "verksamhetschef", "Rättspsykiatriska regionkliniken")]),
        ("– Bra, säger Anna Sand, gruppledare för Moderaterna i Västra Götalandsregionen.", ["Anna Sand"],
         [("Anna Sand", "gruppledare", "Moderaterna")]),
        ("Vi har anställt doktoranden Emil Sandberg och utsett ortoptisten Lina Berg till bildsamordnare.",
         ["Emil Sandberg", "Lina Berg"],
         [("Emil Sandberg", "doktorand", None), ("Lina Berg", "ortoptist", None), ("Lina Berg", "bildsamordnare", None)]),
        # a centre named with a lower-case noun; a hospital physicist; two appointees, each with a title
        ("– Bra, säger Karin Holm, verksamhetschef på Reproduktionsmedicinskt centrum.", ["Karin Holm"],
         [("Karin Holm", "verksamhetschef", "Reproduktionsmedicinskt centrum")]),
        ("Maja Lindahl är sjukhusfysiker på Jubileumskliniken.", ["Maja Lindahl"],
         [("Maja Lindahl", "sjukhusfysiker", "Jubileumskliniken")]),
        # a field after "för", then the employer
        ("Göran Ek är verksamhetschef för klinisk patologi på Skaraborgs Sjukhus.", ["Göran Ek"],
         [("Göran Ek", "verksamhetschef", "Skaraborgs Sjukhus")]),
        ("Styrelsen utsåg Lina Karlsson, arbetsterapeut på Alingsås lasarett, och Peter Nyström, enhetschef på "
         "Kungälvs sjukhus, till representanter i gruppen.", ["Lina Karlsson", "Peter Nyström"],
         [("Lina Karlsson", "arbetsterapeut", "Alingsås lasarett"), ("Lina Karlsson", "representant", None),
          ("Peter Nyström", "enhetschef", "Kungälvs sjukhus"), ("Peter Nyström", "representant", None)]),
        # a long apposition before "till sin representant"; a named centre "vid" a known hospital is the
        # hospital; a museum's own intendent
        ("På mötet utsåg nätverket också Ahmad Karimi-Lund, överläkare på infektionskliniken vid Södra Älvsborgs "
         "sjukhus, till sin representant i kravarbetet.", ["Ahmad Karimi-Lund"],
         [("Ahmad Karimi-Lund", "överläkare", "Södra Älvsborgs sjukhus"), ("Ahmad Karimi-Lund", "representant", None)]),
        ("Karin Ek är överläkare på Trafikmedicinskt centrum vid Sahlgrenska Universitetssjukhuset.", ["Karin Ek"],
         [("Karin Ek", "överläkare", "Sahlgrenska Universitetssjukhuset")]),
        ("Styrelsen utsåg museets intendent Sara Lindahl till projektledare.", ["Sara Lindahl"],
         [("Sara Lindahl", "intendent", None), ("Sara Lindahl", "projektledare", None)]),
        # church titles; "till vår kontaktperson"; an employer between the name and "utsågs … till";
        # a prison named by its place
        ("– Vi skriver inte i journalen, säger Karin Ljung, sjukhuspräst på Sahlgrenska Universitetssjukhuset.",
         ["Karin Ljung"], [("Karin Ljung", "sjukhuspräst", "Sahlgrenska Universitetssjukhuset")]),
        ("Styrelsen utsåg samtidigt Jonas Petrov till vår kontaktperson i frågan.", ["Jonas Petrov"],
         [("Jonas Petrov", "kontaktperson", None)]),
        ("Intensivvårdsläkaren Johan Frisk på Skaraborgs Sjukhus utsågs i april av styrgruppen till sakkunnig i "
         "donationsfrågor.", ["Johan Frisk"],
         [("Johan Frisk", "sakkunnig", None), ("Johan Frisk", "intensivvårdsläkare", "Skaraborgs Sjukhus")]),
        ("Enheten utsåg i tisdags sjuksköterskan Ulrika Berg på anstalten Tidaholm till kontaktperson.", ["Ulrika Berg"],
         [("Ulrika Berg", "sjuksköterska", "anstalten Tidaholm"), ("Ulrika Berg", "kontaktperson", None)]),
        ("Styrelsen utsåg samtidigt tandhygienisten Sofia Berg, som arbetar på Folktandvården i Lidköping, till "
         "föreningens kontaktperson i frågan.", ["Sofia Berg"],
         [("Sofia Berg", "tandhygienist", None), ("Sofia Berg", "kontaktperson", None)]),
        ("Styrelsen utsåg samtidigt geriatrikern Per Lindahl till föreningens kontaktperson.", ["Per Lindahl"],
         [("Per Lindahl", "geriatriker", None), ("Per Lindahl", "kontaktperson", None)]),
        ("Samma dag utsåg styrgruppen Oskar Lind, lösningsarkitekt på VGR IT, till tekniskt ansvarig.", ["Oskar Lind"],
         [("Oskar Lind", "lösningsarkitekt", "VGR IT"), ("Oskar Lind", "tekniskt ansvarig", None)]),
        ("– Koden måste skannas, säger Karin Vester, chefsapotekare på Södra Älvsborgs sjukhus.", ["Karin Vester"],
         [("Karin Vester", "chefsapotekare", "Södra Älvsborgs sjukhus")]),
        ("– Vi vill vara med, säger Ulla Hed, överbarnmorska på Södra Älvsborgs sjukhus.", ["Ulla Hed"],
         [("Ulla Hed", "överbarnmorska", "Södra Älvsborgs sjukhus")]),
        # a field after the first title, then a second title; a teacher's title with its adjective
        ("Eva Lund, distriktsläkare i allmänmedicin och ordförande i nätverket, har skrivit till regionen.", ["Eva Lund"],
         [("Eva Lund", "distriktsläkare", None), ("Eva Lund", "ordförande", None)]),
        ("Rådet utsåg Omar Said, specialist i geriatrik och klinisk lärare, till kursledare.", ["Omar Said"],
         [("Omar Said", "specialist", None), ("Omar Said", "klinisk lärare", None), ("Omar Said", "kursledare", None)]),
        # a second title with its owner's kind in the genitive; a body's genitive stays the organisation
        ("Styrelsen gav Lisa Ek, dietist och nätverkets kassör, i uppdrag att räkna.", ["Lisa Ek"],
         [("Lisa Ek", "dietist", None), ("Lisa Ek", "kassör", None)]),
        ("– Vi väntar, säger Bo Lind, ordförande i Västkom och kommunstyrelsens ordförande i Ale.", ["Bo Lind"],
         [("Bo Lind", "ordförande", "Västkom"), ("Bo Lind", "ordförande", "kommunstyrelsen")]),
        # a post given as a task; an unknown acronym after "för" is the task and the name after "på"
        # the employer; a task compound ("FVM-frågorna") is no organisation
        ("Ledningen gav kuratorn Sara Berg i uppdrag att vara klinikens kontaktperson för projektet.", ["Sara Berg"],
         [("Sara Berg", "kontaktperson", None), ("Sara Berg", "kurator", None)]),
        ("Jonas Ek är samordnare för KVÅ på Tandvårdsnätverket Norr och har lett arbetet.", ["Jonas Ek"],
         [("Jonas Ek", "samordnare", "Tandvårdsnätverket Norr")]),
        ("Kliniken utsåg Maria Ek till kontaktperson för IT-frågorna på enheten.", ["Maria Ek"],
         [("Maria Ek", "kontaktperson", None)]),
        ("Jag heter Per Holm och arbetar sedan 2019 som utvecklingsledare i Västra Götalandsregionen.", ["Per Holm"],
         [("Per Holm", "utvecklingsledare", "Västra Götalandsregionen")]),
        ("– Vi är redo, säger Åsa Berg, processägare för KOL i Västra Götalandsregionen.", ["Åsa Berg"],
         [("Åsa Berg", "processägare", "Västra Götalandsregionen")]),
        # a librarian and an interpreter; a relative clause before "och arbetar som"; a two-letter
        # compound; the appointer's name (V2) before the appointee; a title in a body before the name
        ("Jag heter Eva Lund och är sjukhusbibliotekarie på NU-sjukvården.", ["Eva Lund"],
         [("Eva Lund", "sjukhusbibliotekarie", "NU-sjukvården")]),
        ("Styrelsen utsåg Tove Ek, tolk och styrelseledamot, till kontaktperson.", ["Tove Ek"],
         [("Tove Ek", "tolk", None), ("Tove Ek", "styrelseledamot", None), ("Tove Ek", "kontaktperson", None)]),
        ("Styrelsen utsåg Lisa Berg, som själv har astma och arbetar som barnmorska på Alingsås lasarett, till "
         "kontaktperson.", ["Lisa Berg"],
         [("Lisa Berg", "barnmorska", "Alingsås lasarett"), ("Lisa Berg", "kontaktperson", None)]),
        ("I maj utsåg Karl Holm elingenjören Mia Strand till uppdragsledare.", ["Karl Holm", "Mia Strand"],
         [("Mia Strand", "elingenjör", None), ("Mia Strand", "uppdragsledare", None)]),
        ("Studentrepresentanten i kursrådet, Ida Berg, tyckte att det var bra.", ["Ida Berg"],
         [("Ida Berg", "studentrepresentant", None)]),
        # more occupations: surgeons, communicators, educators
        ("– Vi väntar, säger Anna Ek, ortopedkirurg på Skaraborgs Sjukhus.", ["Anna Ek"],
         [("Anna Ek", "ortopedkirurg", "Skaraborgs Sjukhus")]),
        ("Kommunikatören Per Holm och hälsopedagogen Eva Lind håller kursen.", ["Per Holm", "Eva Lind"],
         [("Per Holm", "kommunikatör", None), ("Eva Lind", "hälsopedagog", None)]),
        # a doctoral student's field before the seat; an agency named with lower-case words; a council
        # and a school with their places; an opponent; a chain of titles before an appointee
        ("Lisa Ek, doktorand i omvårdnad vid Högskolan i Borås, disputerar i dag.", ["Lisa Ek"],
         [("Lisa Ek", "doktorand", "Högskolan i Borås")]),
        ("I höst börjar Lisa Ek som utredare på Myndigheten för vård- och omsorgsanalys.", ["Lisa Ek"],
         [("Lisa Ek", "utredare", "Myndigheten för vård- och omsorgsanalys")]),
        ("– Vi väntar, säger Omar Ali, ordförande i Pensionärsrådet i Borås.", ["Omar Ali"],
         [("Omar Ali", "ordförande", "Pensionärsrådet i Borås")]),
        ("– Vi väntar, säger Eva Berg, rektor för Sjukhusskolan i Skövde.", ["Eva Berg"],
         [("Eva Berg", "rektor", "Sjukhusskolan i Skövde")]),
        ("Nämnden utsåg professor Karl Ek vid Lunds universitet till opponent.", ["Karl Ek"],
         [("Karl Ek", "professor", "Lunds universitet"), ("Karl Ek", "opponent", None)]),
        ("Styrelsen utsåg samtidigt föreningens kassör, distriktsveterinären Ada Lind, till kontaktperson.", ["Ada Lind"],
         [("Ada Lind", "kassör", None), ("Ada Lind", "distriktsveterinär", None), ("Ada Lind", "kontaktperson", None)]),
        # "-ansvariga" is the title "-ansvarig"; a student; a chair's post is not shared with the title before
        # it; an adjective of a medical field belongs to the title
        ("Styrelsen gav vår kvalitetsansvariga Ulla Ek i uppdrag att skriva.", ["Ulla Ek"],
         [("Ulla Ek", "kvalitetsansvarig", None)]),
        ("– Ja, säger Bo Ek, sjuksköterskestudent och ordförande i Studentkåren Väst.", ["Bo Ek"],
         [("Bo Ek", "sjuksköterskestudent", None), ("Bo Ek", "ordförande", "Studentkåren Väst")]),
        ("– Ja, säger Ida Holm, arbetsmedicinsk rådgivare på Försäkringskassan.", ["Ida Holm"],
         [("Ida Holm", "arbetsmedicinsk rådgivare", "Försäkringskassan")]),
        ("Reumatologen Per Ek är sammankallande.", ["Per Ek"],
         [("Per Ek", "sammankallande", None), ("Per Ek", "reumatolog", None)]),
        # a town between the title and the name is where the post is; a licence is part of the title
        ("Hudklinikens verksamhetschef i Borås, Erik Holm, är nöjd.", ["Erik Holm"],
         [("Erik Holm", "verksamhetschef", None)]),
        ("– Ja, säger Maria Ekdahl, legitimerad fotterapeut i Uddevalla.", ["Maria Ekdahl"],
         [("Maria Ekdahl", "legitimerad fotterapeut", None)]),
        # a field with its adjective after the title; a title listed before the one at the name
        ("Verksamhetschefen för medicinsk fysik, Anders Tell, leder arbetet.", ["Anders Tell"],
         [("Anders Tell", "verksamhetschef", None)]),
        ("– Ja, säger Maria Svensson, enhetschef för digitala vårdmöten i Västra Götalandsregionen.", ["Maria Svensson"],
         [("Maria Svensson", "enhetschef", "Västra Götalandsregionen")]),
        ("Styrelsen gav samtidigt föreningens sekreterare, sjuksköterskan Linnea Hammar, i uppdrag att samla in.",
         ["Linnea Hammar"], [("Linnea Hammar", "sekreterare", None), ("Linnea Hammar", "sjuksköterska", None)]),
        ("Nätverkets ordförande, smärtläkaren Amir Haddad på Skaraborgs Sjukhus, menar att beslutet är bra.",
         ["Amir Haddad"], [("Amir Haddad", "ordförande", None), ("Amir Haddad", "smärtläkare", "Skaraborgs Sjukhus")]),
        # "ortopeden" is an orthopaedist before a name, the clinic after "för"
        ("Ortopeden Anders Wiklund är nöjd.", ["Anders Wiklund"], [("Anders Wiklund", "ortoped", None)]),
        ("Verksamhetschefen för ortopeden, Camilla Ek, har beslutat.", ["Camilla Ek"],
         [("Camilla Ek", "verksamhetschef", None)]),
        # a post in a unit, then a second post at an employer; a field joined by "och" is no second post
        ("Karolina Ek är ordförande i nätverket och överläkare på Sahlgrenska Universitetssjukhuset.", ["Karolina Ek"],
         [("Karolina Ek", "ordförande", None), ("Karolina Ek", "överläkare", "Sahlgrenska Universitetssjukhuset")]),
        ("Cecilia Brandt är överläkare i anestesi och intensivvård på Sahlgrenska Universitetssjukhuset.", ["Cecilia Brandt"],
         [("Cecilia Brandt", "överläkare", "Sahlgrenska Universitetssjukhuset")]),
        # a unit's employer after the name; a weak adjective in its base form; a perfusionist
        ("Styrelsen utsåg sårsjuksköterskan Helena Berg på hudkliniken vid Sahlgrenska Universitetssjukhuset till kontaktperson.",
         ["Helena Berg"], [("Helena Berg", "sårsjuksköterska", "Sahlgrenska Universitetssjukhuset"), ("Helena Berg", "kontaktperson", None)]),
        ("Styrelsen utsåg samtidigt vår tekniska chef Sara Nyman till projektledare.", ["Sara Nyman"],
         [("Sara Nyman", "teknisk chef", None), ("Sara Nyman", "projektledare", None)]),
        ("Styrgruppen gav samtidigt perfusionisten Jakob Wallin i uppdrag att beskriva.", ["Jakob Wallin"],
         [("Jakob Wallin", "perfusionist", None)]),
        # a present participle before a title is part of it
        ("Ewa Lindqvist är samordnande barnmorska på förlossningen vid Södra Älvsborgs sjukhus.", ["Ewa Lindqvist"],
         [("Ewa Lindqvist", "samordnande barnmorska", "Södra Älvsborgs sjukhus")]),
        ("Styrgruppen gav samtidigt nätverkets sekreterare, biomedicinska analytikern Eva Ström, i uppdrag att planera.",
         ["Eva Ström"], [("Eva Ström", "sekreterare", None), ("Eva Ström", "biomedicinsk analytiker", None)]),
        # a bare "handläggare" is a title; a unit named with a shared prefix still leads to its employer
        ("Handläggaren Jenny Åström på Lerums kommun har arbetat med tillstånden sedan 2014.", ["Jenny Åström"],
         [("Jenny Åström", "handläggare", "Lerums kommun")]),
        ("Ingrid Falk, överläkare på lung- och allergikliniken vid Skaraborgs Sjukhus, ser vinster.", ["Ingrid Falk"],
         [("Ingrid Falk", "överläkare", "Skaraborgs Sjukhus")]),
        # an adverb between the appointee and "till"; "ansvarig för" something is the post appointed to
        ("Nätverket utsåg Sara Holmberg samtidigt till sin kontaktperson.", ["Sara Holmberg"],
         [("Sara Holmberg", "kontaktperson", None)]),
        ("Sjukhusledningen utsåg förra veckan apotekaren Erik Lundh till ansvarig för införandet av funktionen.", ["Erik Lundh"],
         [("Erik Lundh", "apotekare", None), ("Erik Lundh", "ansvarig", None)]),
        ("Erik Lundh är ansvarig för införandet.", ["Erik Lundh"], []),
        # a relative clause after the employer; a unit's head listed before a title at the name
        ("Gastroenterologen Mikael Öhman på Sahlgrenska Universitetssjukhuset, som blir ny ordförande i nätverket "
         "den 1 juli, ser vinster.", ["Mikael Öhman"],
         [("Mikael Öhman", "ordförande", None), ("Mikael Öhman", "gastroenterolog", "Sahlgrenska Universitetssjukhuset")]),
        ("Enhetens chef, barnläkaren Hanna Sjödin, har lett arbetet.", ["Hanna Sjödin"],
         [("Hanna Sjödin", "chef", None), ("Hanna Sjödin", "barnläkare", None)]),
        # a fronted title's unit and employer before the name; a unit's field passed over to its employer
        ("Verksamhetschefen för ögonkliniken på Södra Älvsborgs sjukhus, Per Widén, ställde sig bakom.", ["Per Widén"],
         [("Per Widén", "verksamhetschef", "Södra Älvsborgs sjukhus")]),
        ("Eva Sandström är överläkare vid laboratoriet för klinisk immunologi på Sahlgrenska Universitetssjukhuset.",
         ["Eva Sandström"], [("Eva Sandström", "överläkare", "Sahlgrenska Universitetssjukhuset")]),
        # a predicate after the employer; a fronted post of the page's own association with the appointee's
        # titles before the name; a field in one word before the name; "-förare" titles
        ("Gynekologen Sara Nilsson på Sahlgrenska Universitetssjukhuset blir ny ordförande i designrådet.", ["Sara Nilsson"],
         [("Sara Nilsson", "ordförande", None), ("Sara Nilsson", "gynekolog", "Sahlgrenska Universitetssjukhuset")]),
        ("Till föreningens representant i frågan utsåg styrelsen sin sekreterare, ortopedingenjören Leif Gustavsson.",
         ["Leif Gustavsson"], [("Leif Gustavsson", "sekreterare", None), ("Leif Gustavsson", "ortopedingenjör", None),
                               ("Leif Gustavsson", "representant", None)]),
        ("I samma beslut gav sjukhusledningen verksamhetschefen för rehabilitering, Emelie Strand, i uppdrag att skriva.",
         ["Emelie Strand"], [("Emelie Strand", "verksamhetschef", None)]),
        ("Undersköterskan Lena Axelsson är vårdhundsförare.", ["Lena Axelsson"],
         [("Lena Axelsson", "vårdhundsförare", None), ("Lena Axelsson", "undersköterska", None)]),
        # a field with a shared prefix before the name; a definite university name with its adjective
        ("I samma beslut gav sjukhusledningen verksamhetschefen för barn- och ungdomsmedicin, Thomas Lind, i uppdrag att "
         "skriva.", ["Thomas Lind"], [("Thomas Lind", "verksamhetschef", None)]),
        ("Sofia Engström är lektor vid Västsvenska högskolan.", ["Sofia Engström"],
         [("Sofia Engström", "lektor", "Västsvenska högskolan")]),
        # a date between the verb and the appointee; listed prefixes in a unit before the name; "vår" before a
        # title listed before the one at the name
        ("Vår styrelse utsåg den 4 mars distriktsläkaren Niklas Berg till ny medicinsk chef.", ["Niklas Berg"],
         [("Niklas Berg", "distriktsläkare", None), ("Niklas Berg", "medicinsk chef", None)]),
        ("Verksamhetschefen för öron-, näs- och halssjukvården på Sahlgrenska Universitetssjukhuset, Per-Erik Nordqvist, "
         "ställde sig bakom förslaget.", ["Per-Erik Nordqvist"],
         [("Per-Erik Nordqvist", "verksamhetschef", "Sahlgrenska Universitetssjukhuset")]),
        ("– Vi kan inte vänta, säger vår klinikchef, tandläkaren Johanna Pettersson.", ["Johanna Pettersson"],
         [("Johanna Pettersson", "klinikchef", None), ("Johanna Pettersson", "tandläkare", None)]),
        # a second predicate after the first; a place and a date between the verb and the appointee;
        # what the one succeeded did is told, no title
        ("Appen togs fram med Johan Berggren, som är överläkare på medicinkliniken vid Sahlgrenska Universitetssjukhuset "
         "och arbetar deltid som medicinsk rådgivare i bolaget.", ["Johan Berggren"],
         [("Johan Berggren", "överläkare", "Sahlgrenska Universitetssjukhuset"), ("Johan Berggren", "medicinsk rådgivare", None)]),
        ("Kårstyrelsen utsåg vid sitt möte den 7 september sjuksköterskestudenten Amir Haddad till kårens kontaktperson i frågan.",
         ["Amir Haddad"], [("Amir Haddad", "sjuksköterskestudent", None), ("Amir Haddad", "kontaktperson", None)]),
        ("– Det är det sista man behöver, säger Linnéa Hjort, perukmakare i Borås.", ["Linnéa Hjort"],
         [("Linnéa Hjort", "perukmakare", None)]),
        # the writer named first, then "jag är"; an illustrator
        ("Emil Sjögren heter jag, och jag är medicinsk fotograf på Sahlgrenska Universitetssjukhuset sedan 2006.",
         ["Emil Sjögren"], [("Emil Sjögren", "medicinsk fotograf", "Sahlgrenska Universitetssjukhuset")]),
        ("Linnea Ek är illustratör och grundade Bildverkstan i Vänersborg 2009.", ["Linnea Ek"], [("Linnea Ek", "illustratör", None)]),
        ("Skolans styrelse har utsett dykinstruktören Oskar Berg till kontaktperson mot sjukhuset.", ["Oskar Berg"],
         [("Oskar Berg", "dykinstruktör", None), ("Oskar Berg", "kontaktperson", None)]),
        # a unit's post: the body after it is whom the post faces, not the employer
        ("Emma Dahlqvist har utsett ortopedteknikern Petter Lund till verkstadens kontaktperson för NU-sjukvården.",
         ["Emma Dahlqvist", "Petter Lund"], [("Petter Lund", "ortopedtekniker", None), ("Petter Lund", "kontaktperson", None)]),
        # a unit named by its abbreviation between the title and the name
        ("Sjukhusledningen gav verksamhetschefen för MS-centrum, Oskar Dahl, i uppdrag att leda arbetet.", ["Oskar Dahl"],
         [("Oskar Dahl", "verksamhetschef", None)]),
        ("Kliniken gav handortopeden Sara Lind i uppdrag att skriva mallen.", ["Sara Lind"], [("Sara Lind", "handortoped", None)]),
        # a charge after "och": "ansvarig för", no employer of its own
        ("– Vi tränar varje vecka, säger Ida Holm, sjukgymnast i IK Stjärnan och ansvarig för klubbens skadegrupp.",
         ["Ida Holm"], [("Ida Holm", "sjukgymnast", "IK Stjärnan"), ("Ida Holm", "ansvarig", None)]),
        ("Jag heter Tove Lind och är moderator i Astmaforum Väst.", ["Tove Lind"], [("Tove Lind", "moderator", "Astmaforum Väst")]),
        ("Butiken har utsett sin bandagist Karl Öst till kontaktperson mot kliniken.", ["Karl Öst"],
         [("Karl Öst", "bandagist", None), ("Karl Öst", "kontaktperson", None)]),
        # what a founder founded, after "av"
        ("– Vi väntar, säger Vera Lund, grundare av Hårbutiken Vera.", ["Vera Lund"], [("Vera Lund", "grundare", "Hårbutiken Vera")]),
        # a title compounded with an abbreviation between the appointing verb and the name
        ("Kliniken har utsett IVA-sjuksköterskan Ali Noor till samordnare för utbildningen.", ["Ali Noor"],
         [("Ali Noor", "IVA-sjuksköterska", None), ("Ali Noor", "samordnare", None)]),
        # the hospital's whole name, not its first two words
        ("Sara Lind är överläkare på Drottning Silvias barn- och ungdomssjukhus och har arbetat där sedan 2011.", ["Sara Lind"],
         [("Sara Lind", "överläkare", "Drottning Silvias barn- och ungdomssjukhus")]),
        ("Per Holm, fysioterapeut och huvudtränare för föreningens sittvolleyboll, leder gruppen.", ["Per Holm"],
         [("Per Holm", "fysioterapeut", None), ("Per Holm", "huvudtränare", None)]),
        # a developer and a carpenter introduce themselves; a unit told with a shared prefix list before its hospital
        ("Jag heter Nora Falk och är utvecklare på Dermlink.", ["Nora Falk"], [("Nora Falk", "utvecklare", "Dermlink")]),
        ("Jag heter Per-Erik Lind, är snickare och har haft hemokromatos sedan 2009.", ["Per-Erik Lind"],
         [("Per-Erik Lind", "snickare", None)]),
        ("Karin Alm är sjuksköterska på öron-, näs- och halskliniken vid Sahlgrenska Universitetssjukhuset.", ["Karin Alm"],
         [("Karin Alm", "sjuksköterska", "Sahlgrenska Universitetssjukhuset")]),
        # the writer's own specialist before the doctor's title (not a doctor in general: "Min läkare");
        # "arbetar som" after a comma; the day a post begins between "blir" and the post; a named
        # centre's hospital; a specialist midwife
        ("Min reumatolog, överläkaren Hanna Berg på Skaraborgs Sjukhus, tycker att kurvorna behövs.", ["Hanna Berg"],
         [("Hanna Berg", "reumatolog", None), ("Hanna Berg", "överläkare", "Skaraborgs Sjukhus")]),
        ("Min läkare, reumatologen Per Hedlund, är överläkare på NU-sjukvården.", ["Per Hedlund"],
         [("Per Hedlund", "överläkare", "NU-sjukvården"), ("Per Hedlund", "reumatolog", None)]),
        ("Jag heter Lena Kjell, arbetar som bibliotekarie i Skövde och har haft Sjögrens syndrom sedan 2011.", ["Lena Kjell"],
         [("Lena Kjell", "bibliotekarie", None)]),
        ("Gruppens samordnare Peter Lund blir från den 1 juli ny ordförande i Bechterew Väst.", ["Peter Lund"],
         [("Peter Lund", "ordförande", "Bechterew Väst"), ("Peter Lund", "samordnare", None)]),
        ("Karin Malm blev i höstas ordförande i Tremor Väst.", ["Karin Malm"], [("Karin Malm", "ordförande", "Tremor Väst")]),
        ("Jenny Sand är specialistbarnmorska på bäckenbottenmottagningen vid Södra Älvsborgs sjukhus.", ["Jenny Sand"],
         [("Jenny Sand", "specialistbarnmorska", "Södra Älvsborgs sjukhus")]),
        ("Designrådet gav samtidigt överläkaren Erik Lund på PAH-centrum vid Sahlgrenska Universitetssjukhuset i uppdrag "
         "att ta fram en utbildning.", ["Erik Lund"], [("Erik Lund", "överläkare", "Sahlgrenska Universitetssjukhuset")]),
        # a field of two words sharing a prefix, then the employer
        ("Maja Ek är avdelningschef på hjärt- och lungmedicin vid Alingsås lasarett.", ["Maja Ek"],
         [("Maja Ek", "avdelningschef", "Alingsås lasarett")]),
        # an association named with an adjective and its region's word
        ("Per Ek är ordförande i Kardiologiska föreningen Öst.", ["Per Ek"], [("Per Ek", "ordförande", "Kardiologiska föreningen Öst")]),
        # a specialist named by a compound ending in "-olog"
        ("Arbetet leds av barnkardiologen Nora Lind.", ["Nora Lind"], [("Nora Lind", "barnkardiolog", None)]),
        # a church musician introducing herself
        ("Jag heter Eva Sundin och arbetar som kantor i Tidaholm.", ["Eva Sundin"], [("Eva Sundin", "kantor", None)]),
        # one who goes back to a post of their own
        ("Han efterträder Olle Bring, som återgår till sitt arbete som narkosläkare.", ["Olle Bring"],
         [("Olle Bring", "narkosläkare", None)]),
        ("Stina Åkesson återvände i maj till sin tjänst som barnmorska på Alingsås lasarett.", ["Stina Åkesson"],
         [("Stina Åkesson", "barnmorska", "Alingsås lasarett")]),
        # a fronted title whose unit has an adjective in its name; a primary-care rehab unit named with "rehab"
        ("Avdelningschefen på geriatriska kliniken, Lena Wahl, ställde sig bakom.", ["Lena Wahl"],
         [("Lena Wahl", "avdelningschef", None)]),
        ("Ola Berg arbetar som arbetsterapeut på Närhälsan Alingsås rehab.", ["Ola Berg"],
         [("Ola Berg", "arbetsterapeut", "Närhälsan Alingsås rehab")]),
        # a unit and its seat between the name and "blir"; a school's counsellor
        ("Sjuksköterskan Eva Lind på diabetesmottagningen vid Alingsås lasarett blir studiens koordinator.", ["Eva Lind"],
         [("Eva Lind", "koordinator", None), ("Eva Lind", "sjuksköterska", "Alingsås lasarett")]),
        ("Rektorn gav skolkuratorn Ali Khan i uppdrag att samla frågorna.", ["Ali Khan"], [("Ali Khan", "skolkurator", None)]),
        # occupations before a name: an acoustician, a beekeeper, a sailor, a farmer
        ("Styrelsen utsåg akustikern Martin Ek till projektledare.", ["Martin Ek"],
         [("Martin Ek", "akustiker", None), ("Martin Ek", "projektledare", None)]),
        ("Biodlaren Per Lindahl har stuckits många gånger.", ["Per Lindahl"], [("Per Lindahl", "biodlare", None)]),
        ("Lantbrukaren Maria Svensson välte med traktorn.", ["Maria Svensson"], [("Maria Svensson", "lantbrukare", None)]),
        # trades before a name; a field of two words joined by a hyphen and "och" before the employer
        ("Styrelsen utsåg konditorn Maria Ek till kontaktperson.", ["Maria Ek"],
         [("Maria Ek", "konditor", None), ("Maria Ek", "kontaktperson", None)]),
        ("Svetsaren Jonas Berg och badvärden Lina Ek var med.", ["Jonas Berg", "Lina Ek"],
         [("Jonas Berg", "svetsare", None), ("Lina Ek", "badvärd", None)]),
        ("Yrkesmedicinaren Henrik Sjö har följt bagarna.", ["Henrik Sjö"], [("Henrik Sjö", "yrkesmedicinare", None)]),
        ("Projektet leds av Lena Åker, som är docent i arbets- och miljömedicin vid Göteborgs universitet.", ["Lena Åker"],
         [("Lena Åker", "docent", "Göteborgs universitet")]),
        # a guide is a title; the club an appointee comes from stands between the name and "till"
        ("Klubben valde fjällguiden Nils Ek till ordförande.", ["Nils Ek"],
         [("Nils Ek", "fjällguide", None), ("Nils Ek", "ordförande", None)]),
        ("Styrelsen utsåg domaren Eva Lund från Kungsbacka Judoklubb till distriktets skadeansvariga.", ["Eva Lund"],
         [("Eva Lund", "domare", None), ("Eva Lund", "skadeansvarig", None)]),
        # a guild's and a club's posts, a trade by its compound ending, a company named with its town
        ("Gillets ålderman Gunnar Frisk har utsett hovslagaren Emma Sjöberg till kontaktperson.", ["Gunnar Frisk", "Emma Sjöberg"],
         [("Gunnar Frisk", "ålderman", None), ("Emma Sjöberg", "hovslagare", None), ("Emma Sjöberg", "kontaktperson", None)]),
        ("Målvakten Amanda Rehn blir ny materialansvarig i klubben.", ["Amanda Rehn"],
         [("Amanda Rehn", "materialansvarig", None), ("Amanda Rehn", "målvakt", None)]),
        ("Förbundsstyrelsen utsåg plattsättaren Nils Åberg till kontaktperson.", ["Nils Åberg"],
         [("Nils Åberg", "plattsättare", None), ("Nils Åberg", "kontaktperson", None)]),
        ("Nils Åberg är också huvudskyddsombud på Kakelhuset i Kungälv AB.", ["Nils Åberg"],
         [("Nils Åberg", "huvudskyddsombud", "Kakelhuset i Kungälv AB")]),
        ("Ergonomen Linda Carlsson är sjukgymnast på Skaraborgs Sjukhus.", ["Linda Carlsson"],
         [("Linda Carlsson", "sjukgymnast", "Skaraborgs Sjukhus"), ("Linda Carlsson", "ergonom", None)]),
        ("Årsmötet valde mjölkbonden Karin Alm till kontaktperson.", ["Karin Alm"],
         [("Karin Alm", "mjölkbonde", None), ("Karin Alm", "kontaktperson", None)]),
        # "Orkesterns" is the page's own orchestra, a definite noun, no named organisation
        ("Orkesterns ordförande Henrik Ljungqvist har utsett en ny hälsoansvarig.", ["Henrik Ljungqvist"],
         [("Henrik Ljungqvist", "ordförande", None)]),
        # "instruktör" and "åkare" on their own; "i vanliga fall" between the verb and the title
        ("Styrelsen valde instruktören Emil Sandberg till ny skadeansvarig.", ["Emil Sandberg"],
         [("Emil Sandberg", "instruktör", None), ("Emil Sandberg", "skadeansvarig", None)]),
        ("Oskar Nyberg är i vanliga fall sjuksköterska på Borås lasarett.", ["Oskar Nyberg"],
         [("Oskar Nyberg", "sjuksköterska", "Borås lasarett")]),
        # a second predicate inside a relative clause, an adverb before its verb
        ("Han efterträder Maria Öst, som har lett föreningen sedan 2015 och nu blir föreningens representant i rådet.",
         ["Maria Öst"], [("Maria Öst", "representant", None)]),
        # (v125) an agent noun of a trade in its definite form before the name; the first to hold a post
        ("Höstmötet valde också fiskeskepparen Ulf Kristensson till föreningens kontaktperson.", ["Ulf Kristensson"],
         [("Ulf Kristensson", "fiskeskeppare", None), ("Ulf Kristensson", "kontaktperson", None)]),
        ("Han ersätter lackeraren Johan Ekström.", ["Johan Ekström"], [("Johan Ekström", "lackerare", None)]),
        ("Styrelsen utsåg fysioterapeuten Malin Öst till klubbens första skadeombud.", ["Malin Öst"],
         [("Malin Öst", "fysioterapeut", None), ("Malin Öst", "skadeombud", None)]),
        ("Det var tidigare Anna Berg som ledde gruppen.", ["Anna Berg"], []),
        # (v128) a unit "vid" before its hospital "på"; "sjukvårdare" compounds; a title's counterpart before "blir"
        ("Klubben har fått stöd av överläkare Sofia Lindahl vid ortopedkliniken på Skaraborgs Sjukhus.", ["Sofia Lindahl"],
         [("Sofia Lindahl", "överläkare", "Skaraborgs Sjukhus")]),
        ("Therese Blom är till vardags ambulanssjukvårdare i Lerum.", ["Therese Blom"],
         [("Therese Blom", "ambulanssjukvårdare", None)]),
        ("Kontaktperson gentemot sjukhuset blir Jenny Åkerlund.", ["Jenny Åkerlund"],
         [("Jenny Åkerlund", "kontaktperson", None)]),
        # (v129) a post listed before the apposition after "från" or a committee's genitive; a preschool and a
        # clinic named by their owner or place
        ("Skrivelsen bygger på ett underlag från klubbens medicinska rådgivare, idrottsortopeden Oskar Hellström.",
         ["Oskar Hellström"], [("Oskar Hellström", "medicinsk rådgivare", None), ("Oskar Hellström", "idrottsortoped", None)]),
        ("Kommitténs ordförande, klinisk farmakolog Per Almqvist, godkände texten.", ["Per Almqvist"],
         [("Per Almqvist", "ordförande", None), ("Per Almqvist", "klinisk farmakolog", None)]),
        ("Sara Holm är biträdande förskolechef på Solrosens förskola.", ["Sara Holm"],
         [("Sara Holm", "biträdande förskolechef", "Solrosens förskola")]),
        ("Emma Falk är enhetschef på Närhälsan Lidköping barnmorskemottagning.", ["Emma Falk"],
         [("Emma Falk", "enhetschef", "Närhälsan Lidköping barnmorskemottagning")]),
        ("Jonas Berg är fysioterapeut på Närhälsan Uddevalla rehabmottagning.", ["Jonas Berg"],
         [("Jonas Berg", "fysioterapeut", "Närhälsan Uddevalla rehabmottagning")]),
        # (v131) a circus's artist; a listed post after "med"; a public bath named by its town
        ("Styrelsen utsåg akrobaten Elin Forsgren till föreningens skadeansvariga.", ["Elin Forsgren"],
         [("Elin Forsgren", "akrobat", None), ("Elin Forsgren", "skadeansvarig", None)]),
        ("Den har tagits fram tillsammans med klubbens medicinska rådgivare, ortopeden Fredrik Hallberg.",
         ["Fredrik Hallberg"], [("Fredrik Hallberg", "medicinsk rådgivare", None), ("Fredrik Hallberg", "ortoped", None)]),
        ("Lena Strand arbetar som simlärare på Mariestads badhus.", ["Lena Strand"],
         [("Lena Strand", "simlärare", "Mariestads badhus")]),
        # (v135) "är anställd som", also after a relative clause
        ("Karin Sundqvist är anställd som undersköterska på Uddevalla sjukhus.", ["Karin Sundqvist"],
         [("Karin Sundqvist", "undersköterska", "NU-sjukvården")]),
        ("Karin Sundqvist, som själv har tävlat sedan 2006, är anställd som undersköterska på Uddevalla sjukhus.",
         ["Karin Sundqvist"], [("Karin Sundqvist", "undersköterska", "NU-sjukvården")]),
        # (v137) "som arbetar som" in a relative clause; a "-montör"
        ("Johan Berg, som arbetar som fysioterapeut på Närhälsan Vara rehabmottagning, har dömt dragkamp sedan 2008.",
         ["Johan Berg"], [("Johan Berg", "fysioterapeut", "Närhälsan Vara rehabmottagning")]),
        ("Vårkonferensen valde kretskortsmontören Sara Lindqvist till föreningens första astmaombud.", ["Sara Lindqvist"],
         [("Sara Lindqvist", "kretskortsmontör", None), ("Sara Lindqvist", "astmaombud", None)]),
        # (v138) a specialty, then a post whose unit is named: the employer is the post's; two posts share it
        ("Det visar Olle Ek, handkirurg och överläkare på ortopedkliniken vid Skaraborgs Sjukhus.", ["Olle Ek"],
         [("Olle Ek", "handkirurg", None), ("Olle Ek", "överläkare", "Skaraborgs Sjukhus")]),
        ("Det säger Mia Berg, överläkare och sektionschef vid klinisk kemi på Sahlgrenska Universitetssjukhuset.", ["Mia Berg"],
         [("Mia Berg", "överläkare", "Sahlgrenska Universitetssjukhuset"),
          ("Mia Berg", "sektionschef", "Sahlgrenska Universitetssjukhuset")]),
        # a unit of joined prefixes; the main clause's predicate after a relative clause
        ("Lena Holm, som är barnläkare och överläkare på barn- och ungdomsmedicin vid NU-sjukvården, är nätverkets ordförande.",
         ["Lena Holm"], [("Lena Holm", "barnläkare", None), ("Lena Holm", "överläkare", "NU-sjukvården"),
                         ("Lena Holm", "ordförande", None)]),
        ("Han arbetar som psykolog vid arbets- och miljömedicin på Sahlgrenska Universitetssjukhuset.", ["Han"],
         [("Han", "psykolog", "Sahlgrenska Universitetssjukhuset")]),
        # the subject after "är" with a genitive owner; an appointee with a relative clause; a player by position
        ("Sedan 2015 är hon också föreningens kassör.", ["hon"], [("hon", "kassör", None)]),
        ("Styrelsen valde i går Anna Ek från Borås, som har en dotter med diagnosen, till kontaktperson mot sjukhuset.",
         ["Anna Ek"], [("Anna Ek", "kontaktperson", None)]),
        ("Klubben utsåg backen Oskar Ling till skadeansvarig.", ["Oskar Ling"],
         [("Oskar Ling", "back", None), ("Oskar Ling", "skadeansvarig", None)]),
        ("Underlaget kommer från fysiatern Per Lund.", ["Per Lund"], [("Per Lund", "fysiater", None)]),
        # (v139) a relative clause after an apposition, with an owner in the genitive
        ("Texten har skrivits av Eva Ström, sektionschef på hudkliniken vid Sahlgrenska Universitetssjukhuset, som också "
         "är föreningens medicinska rådgivare.", ["Eva Ström"],
         [("Eva Ström", "sektionschef", "Sahlgrenska Universitetssjukhuset"), ("Eva Ström", "medicinsk rådgivare", None)]),
        # (v140) a unit's municipality; a second predicate with an owner's genitive
        ("Lisa Berg är enhetschef på hemtjänsten i Lerums kommun.", ["Lisa Berg"],
         [("Lisa Berg", "enhetschef", "Lerums kommun")]),
        ("Per Ek arbetar som fysioterapeut och har sedan 2018 varit klubbens ergonomiska rådgivare.", ["Per Ek"],
         [("Per Ek", "fysioterapeut", None), ("Per Ek", "ergonomisk rådgivare", None)]),
        # (v140) an employer known by its kind: a school, a one-word clinic or shop with its town; a unit named by its
        # owner's genitive, then its employer
        ("Eva Sund är kurator på Alléskolan.", ["Eva Sund"], [("Eva Sund", "kurator", "Alléskolan")]),
        ("Eva Sund är lärare i svenska på Kvarnbygymnasiet.", ["Eva Sund"], [("Eva Sund", "lärare", "Kvarnbygymnasiet")]),
        ("Eva Sund är tandläkare på Tandkliniken i Lerum.", ["Eva Sund"],
         [("Eva Sund", "tandläkare", "Tandkliniken i Lerum")]),
        ("Eva Sund är kurator på Lerums gymnasium.", ["Eva Sund"], [("Eva Sund", "kurator", "Lerums gymnasium")]),
        ("Mallen togs fram av samordnaren Eva Sund på vårdhygienens regionala enhet i Västra Götalandsregionen.",
         ["Eva Sund"], [("Eva Sund", "samordnare", "Västra Götalandsregionen")]),
        # (v141) a name's capitalised words joined by "och", then a relative clause's predicate
        ("Underlaget kommer från sjukgymnasten Eva Sund på Företagshälsan Skog och Trä, som sedan 2012 är föreningens "
         "rådgivare i ergonomi.", ["Eva Sund"],
         [("Eva Sund", "rådgivare", None), ("Eva Sund", "sjukgymnast", "Företagshälsan Skog och Trä")]),
        # (v142) a field of knowledge after a title that is the subject of "är"; a work team's leader
        ("Klubbens rådgivare i ergonomi är sjukgymnasten Per Ek.", ["Per Ek"],
         [("Per Ek", "sjukgymnast", None), ("Per Ek", "rådgivare", None)]),
        ("Stämman valde lagbasen Ola Berg till kontaktperson.", ["Ola Berg"],
         [("Ola Berg", "lagbas", None), ("Ola Berg", "kontaktperson", None)]),
        # (v150) a new post fronted as the subject ("Ny X blir") or with "Som" before the appointer; a relative "som
        # också är" after a unit and its employer; a second title after "och"; a post named before a colon; an
        # obstetrician
        ("Ny skadeansvarig i klubben blir tränaren Sara Ek, som styrelsen valde i torsdags.", ["Sara Ek"],
         [("Sara Ek", "tränare", None), ("Sara Ek", "skadeansvarig", None)]),
        ("Som ny säkerhetsansvarig valde styrelsen vid samma möte juniortränaren Oskar Ek.", ["Oskar Ek"],
         [("Oskar Ek", "juniortränare", None), ("Oskar Ek", "säkerhetsansvarig", None)]),
        ("Klubben har fått stöd av överläkare Sofia Ek vid ortopedkliniken på Skaraborgs Sjukhus, som också är klubbens "
         "medicinska rådgivare.", ["Sofia Ek"],
         [("Sofia Ek", "medicinsk rådgivare", None), ("Sofia Ek", "överläkare", "Skaraborgs Sjukhus")]),
        ("Anders Ek är företagsläkare på Previa i Trollhättan och specialist i arbetsmedicin.", ["Anders Ek"],
         [("Anders Ek", "företagsläkare", "Previa"), ("Anders Ek", "specialist", None)]),
        ("Fokusgruppen utsåg också en förändringsledare för förlossningsvården i programmet: barnmorskan Nadia Ek, som "
         "börjar den 1 november.", ["Nadia Ek"],
         [("Nadia Ek", "barnmorska", None), ("Nadia Ek", "förändringsledare", None)]),
        ("Ordförande i fokusgruppen är obstetrikern Johan Ek.", ["Johan Ek"],
         [("Johan Ek", "obstetriker", None), ("Johan Ek", "ordförande", None)]),
        # (v154) compounds on "-målvakt" and "-förvaltare"; an engraver
        ("Skadeteamet utsåg också reservmålvakten Linnea Skoog från Götene till klubbens materialförvaltare.",
         ["Linnea Skoog"], [("Linnea Skoog", "reservmålvakt", None), ("Linnea Skoog", "materialförvaltare", None)]),
        ("Rådet utsåg även gravören Oskar Lindfors från Kungälv till föreningens ergonomiombud.", ["Oskar Lindfors"],
         [("Oskar Lindfors", "gravör", None), ("Oskar Lindfors", "ergonomiombud", None)]),
        # (v152) the listed title of a subject after "står"; a unit named by two fields joined ("barn- och
        # ungdomsmedicinska kliniken") before its employer
        ("Bakom skrivelsen står klubbens läkare, handkirurgen Tove Lindhagen.", ["Tove Lindhagen"],
         [("Tove Lindhagen", "läkare", None), ("Tove Lindhagen", "handkirurg", None)]),
        ("Texten är skriven av Sanna Ödman, som är sektionschef på barn- och ungdomsmedicinska kliniken vid Södra "
         "Älvsborgs sjukhus.", ["Sanna Ödman"], [("Sanna Ödman", "sektionschef", "Södra Älvsborgs sjukhus")]),
        # (v151) a brass player, a phoniatrician, a foreman and a journeyman
        ("Gruppen utsåg tubaisten Olle Ek till kontaktperson.", ["Olle Ek"],
         [("Olle Ek", "tubaist", None), ("Olle Ek", "kontaktperson", None)]),
        ("Sixten Ek är verkmästare på Tidaholms Ortopedsko AB.", ["Sixten Ek"],
         [("Sixten Ek", "verkmästare", "Tidaholms Ortopedsko AB")]),
        # (v148) a post one sits in, fronted with "Som"; "har en tjänst som"; a choir's voice
        ("Som ordförande i expertgruppen sitter kardiologen Anders Ek.", ["Anders Ek"],
         [("Anders Ek", "kardiolog", None), ("Anders Ek", "ordförande", None)]),
        ("Jonas Ek har en tjänst som röntgensjuksköterska vid Kungälvs sjukhus.", ["Jonas Ek"],
         [("Jonas Ek", "röntgensjuksköterska", "Kungälvs sjukhus")]),
        ("Gruppen utsåg sopranen Helena Ek till kontaktperson.", ["Helena Ek"],
         [("Helena Ek", "sopran", None), ("Helena Ek", "kontaktperson", None)]),
        # (v147) a field of knowledge after a listed title; a pilot and a weaver
        ("Kravet har tagits fram av föreningens rådgivare i synfrågor, optikern Malin Ek.", ["Malin Ek"],
         [("Malin Ek", "rådgivare", None), ("Malin Ek", "optiker", None)]),
        ("Gruppen valde piloten Elin Ek till säkerhetsansvarig.", ["Elin Ek"],
         [("Elin Ek", "pilot", None), ("Elin Ek", "säkerhetsansvarig", None)]),
        ("Rådet utsåg väverskan Ingela Ek till kontaktperson.", ["Ingela Ek"],
         [("Ingela Ek", "väverska", None), ("Ingela Ek", "kontaktperson", None)]),
        # (v146) a council's compound genitive before apposed titles; a unit named with an abbreviation; a second
        # predicate after two titles and a unit with its employer
        ("Specialitetsrådets ordförande, förlossningsläkaren Henrik Ek, är överläkare.", ["Henrik Ek"],
         [("Henrik Ek", "överläkare", None), ("Henrik Ek", "ordförande", None), ("Henrik Ek", "förlossningsläkare", None)]),
        ("Malin Ek är avdelningschef på BB-avdelningen vid Norra Älvsborgs länssjukhus.", ["Malin Ek"],
         [("Malin Ek", "avdelningschef", "Norra Älvsborgs länssjukhus")]),
        ("Ebba Ek är arbetsterapeut och handterapeut på handkirurgiska kliniken vid Sahlgrenska Universitetssjukhuset och "
         "har sedan 2014 varit föreningens rådgivare i ergonomi.", ["Ebba Ek"],
         [("Ebba Ek", "arbetsterapeut", None), ("Ebba Ek", "handterapeut", "Sahlgrenska Universitetssjukhuset"),
          ("Ebba Ek", "rådgivare", None)]),
        # (v145) a title before an apposed title after "av" or "som"; a council after the subject's title; a hospital's
        # site is no part of its name; a relative clause with "vars" before "till"; a pitcher
        ("Formuläret har tagits fram av klubbens läkare, ortopeden Jonas Ek.", ["Jonas Ek"],
         [("Jonas Ek", "läkare", None), ("Jonas Ek", "ortoped", None)]),
        ("Det är en lista som klubbens läkare, idrottsmedicinaren Hanna Ek, har tagit fram.", ["Hanna Ek"],
         [("Hanna Ek", "läkare", None), ("Hanna Ek", "idrottsmedicinare", None)]),
        ("Ordförande i innehållsrådet är diabetologen Erik Ek.", ["Erik Ek"],
         [("Erik Ek", "diabetolog", None), ("Erik Ek", "ordförande", None)]),
        ("Till vardags är Malin Ek sjuksköterska vid Sahlgrenska Universitetssjukhuset i Mölndal.", ["Malin Ek"],
         [("Malin Ek", "sjuksköterska", "Sahlgrenska Universitetssjukhuset")]),
        ("Styrelsen utsåg Sofia Ek från Ulricehamn, vars son har bristen, till ny kontaktperson.", ["Sofia Ek"],
         [("Sofia Ek", "kontaktperson", None)]),
        ("Mötet valde pitchern Ebba Ek till skadeansvarig.", ["Ebba Ek"],
         [("Ebba Ek", "pitcher", None), ("Ebba Ek", "skadeansvarig", None)]),
        # (v155) a post fronted with "Som" before the verb and the name; not the post of the one the name appoints
        ("Som klubbens kassör har Olof Bengtsson räknat på kostnaderna.", ["Olof Bengtsson"],
         [("Olof Bengtsson", "kassör", None)]),
        ("Som överläkare på Skaraborgs sjukhus ser Kent Al problemen.", ["Kent Al"],
         [("Kent Al", "överläkare", "Skaraborgs Sjukhus")]),
        ("Som platschef för kontoret har Jonas Berg utsett Pia Ek.", ["Jonas Berg", "Pia Ek"], [("Pia Ek", "platschef", None)]),
        # (v162) "värvade X som Y", "gav X ansvaret som Y", "Expertnätverkets ordförande, X", "-frisör", "harpist"
        ("Hörselkommittén värvade i fredags också telefonisten Annika Broberg från Kungälv som föreningens "
         "kontaktperson.", ["Annika Broberg"], [("Annika Broberg", "telefonist", None), ("Annika Broberg", "kontaktperson", None)]),
        ("Kommittén gav i onsdags också hundfrisören Sofia Engdahl från Lerum ansvaret som sällskapets kontaktperson.",
         ["Sofia Engdahl"], [("Sofia Engdahl", "hundfrisör", None), ("Sofia Engdahl", "kontaktperson", None)]),
        ("Musikutskottet valde också in harpisten Ida Forsman i utskottet.", ["Ida Forsman"], [("Ida Forsman", "harpist", None)]),
        # (v161) "engagerade X som Y", "kallade X till Y", "gav X posten som Y", "-föreståndare", "Expertpanelens
        # ordförande, kärlkirurgen X"
        ("Spelrådet engagerade för tre dagar sedan också dragspelaren Maja Torstensson från Tibro som klubbens "
         "kontaktperson.", ["Maja Torstensson"],
         [("Maja Torstensson", "dragspelare", None), ("Maja Torstensson", "kontaktperson", None)]),
        ("Yrkesutskottet kallade i lördags också taxiföraren Kenneth Åberg från Kortedala till föreningens kontaktperson.",
         ["Kenneth Åberg"], [("Kenneth Åberg", "taxiförare", None), ("Kenneth Åberg", "kontaktperson", None)]),
        ("Utskottet gav i lördags också cykelbudet Amir Haddad från Majorna posten som föreningens kontaktperson.",
         ["Amir Haddad"], [("Amir Haddad", "cykelbud", None), ("Amir Haddad", "kontaktperson", None)]),
        ("Regionen gav Anna Berg i uppdrag att utreda frågan.", ["Anna Berg"], []),
        ("Fatima Rahimi är till vardags bageriföreståndare på Sjuhäradsbageriet AB.", ["Fatima Rahimi"],
         [("Fatima Rahimi", "bageriföreståndare", "Sjuhäradsbageriet AB")]),
        ("Expertpanelens ordförande, kärlkirurgen Hanna Blomqvist, är sektionschef på kärlkirurgiska kliniken vid "
         "Sahlgrenska Universitetssjukhuset.", ["Hanna Blomqvist"],
         [("Hanna Blomqvist", "sektionschef", "Sahlgrenska Universitetssjukhuset"), ("Hanna Blomqvist", "ordförande", None),
          ("Hanna Blomqvist", "kärlkirurg", None)]),
        # (v160) "handplockade X till Y", "knöt X till sig som Y", a title "e-sportare"
        ("Trafikrådet handplockade i torsdags också spårvagnsföraren Lena Björkqvist från Angered till föreningens "
         "kontaktperson.", ["Lena Björkqvist"],
         [("Lena Björkqvist", "spårvagnsförare", None), ("Lena Björkqvist", "kontaktperson", None)]),
        ("Teknikrådet knöt i onsdags också ljudteknikern Elin Forsgren från Kungälv till sig som föreningens hörselombud.",
         ["Elin Forsgren"], [("Elin Forsgren", "ljudtekniker", None), ("Elin Forsgren", "hörselombud", None)]),
        ("Utskottet utsåg i torsdags också e-sportaren Alva Kronqvist från Fristad till klubbens skadeansvariga.",
         ["Alva Kronqvist"], [("Alva Kronqvist", "e-sportare", None), ("Alva Kronqvist", "skadeansvarig", None)]),
        # (v159) "röstade i tisdags fram X som Y", "tillsatte X som Y", "anförtrodde uppdraget som Y åt X"
        ("Kabinrådet röstade i tisdags fram pursern Hampus Lind som föreningens kontaktperson.", ["Hampus Lind"],
         [("Hampus Lind", "purser", None), ("Hampus Lind", "kontaktperson", None)]),
        ("Förbundsrådet tillsatte i torsdags massören Ebba Kjellberg som förbundets kontaktperson.", ["Ebba Kjellberg"],
         [("Ebba Kjellberg", "massör", None), ("Ebba Kjellberg", "kontaktperson", None)]),
        ("Seriekommittén anförtrodde i lördags uppdraget som klubbens materialansvarige åt dartspelaren Kim Forsberg.",
         ["Kim Forsberg"], [("Kim Forsberg", "dartspelare", None), ("Kim Forsberg", "materialansvarig", None)]),
        # (v158) the title and its organisation as the subject ("Kassör i X är sedan 2019 Y"); a club the gazetteer does
        # not list in the genitive; "axlade rollen som"
        ("Kassör i Klätterklubben Fästet är sedan 2019 Karin Ek.", ["Karin Ek"],
         [("Karin Ek", "kassör", "Klätterklubben Fästet")]),
        ("Nyvald ordförande i Västkom är Karin Ek.", ["Karin Ek"], [("Karin Ek", "ordförande", "Västkom")]),
        ("Kassör i klubben är sedan i fjol Karin Ek.", ["Karin Ek"], [("Karin Ek", "kassör", None)]),
        ("Karin Ek är sedan i fjol Klätterklubben Fästets kassör.", ["Karin Ek"],
         [("Karin Ek", "kassör", "Klätterklubben Fästet")]),
        ("Karin Ek axlade rollen som ordförande den 1 april.", ["Karin Ek"], [("Karin Ek", "ordförande", None)]),
        # (v157) "förordnade X som Y"
        ("Utskottet förordnade i tisdags lokföraren Elin Ek som kontaktperson.", ["Elin Ek"],
         [("Elin Ek", "lokförare", None), ("Elin Ek", "kontaktperson", None)]),
        # (v156) "har rekryterats till"
        ("Maria Ek har rekryterats till ny programchef.", ["Maria Ek"], [("Maria Ek", "programchef", None)]),
        # (v144) a compound on "-keramiker"
        ("Nämnden valde dentalkeramikern Sara Holm till ombud.", ["Sara Holm"],
         [("Sara Holm", "dentalkeramiker", None), ("Sara Holm", "ombud", None)]),
    ],
)  # fmt: skip
def test_roles_in_sentence(
    sentence: str, names: list[str], expected: list[tuple[str, str, str | None]]
) -> None:
    found = roles_in_sentence(sentence, _mentions(sentence, names), ORGS)
    assert [(r.person, r.title, r.org) for r in found] == expected
