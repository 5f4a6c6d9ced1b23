"""Tests for the Swedish temporal tagger: one row per phrase, in sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from fvmdocs.extract.timex import Timex, find_timexes, timex_interval

THU = date(2025, 3, 20)  # a Thursday in ISO week 12
MAY22 = date(2022, 5, 19)
DEC22 = date(2022, 12, 10)
JAN23 = date(2023, 1, 15)

# (sentence, anchor, text, value, mod, begin, end_date); each sentence holds exactly one timex.
# fmt: off
ROWS: list[tuple[str, date | None, str, str, str | None, str | None, str | None]] = [
    # full dates
    ("Avtalet skrevs under 17 maj 2022 i Göteborg.", THU, "17 maj 2022", "2022-05-17", None, "2022-05-17", "2022-05-17"),
    ("Beslutet fattades den 17 maj 2022.", THU, "den 17 maj 2022", "2022-05-17", None, "2022-05-17", "2022-05-17"),
    ("Kontraktet gäller från 3 jan. 2023.", THU, "3 jan. 2023", "2023-01-03", None, "2023-01-03", "2023-01-03"),
    ("Leveransen kom 12 sept 2021.", THU, "12 sept 2021", "2021-09-12", None, "2021-09-12", "2021-09-12"),
    ("Rapporten lämnades 8 Okt 2024.", THU, "8 Okt 2024", "2024-10-08", None, "2024-10-08", "2024-10-08"),
    ("Mötet protokollfördes 17/5 2022.", THU, "17/5 2022", "2022-05-17", None, "2022-05-17", "2022-05-17"),
    ("Intyget daterades 4/11-2019.", THU, "4/11-2019", "2019-11-04", None, "2019-11-04", "2019-11-04"),
    ("Anmälan stänger den 3/4.", THU, "den 3/4", "2025-04-03", None, "2025-04-03", "2025-04-03"),
    ("Diariet visar 2022-05-17 som beslutsdag.", THU, "2022-05-17", "2022-05-17", None, "2022-05-17", "2022-05-17"),
    ("Versionen från 2023-11 gäller.", THU, "2023-11", "2023-11", None, "2023-11-01", "2023-11-30"),
    ("Styrelsen beslutade den 17 maj att gå vidare.", MAY22, "den 17 maj", "2022-05-17", None, "2022-05-17", "2022-05-17"),
    ("Utbildningen startade måndag 3 mars.", THU, "måndag 3 mars", "2025-03-03", None, "2025-03-03", "2025-03-03"),
    ("Det avgjordes tisdagen den 14 januari.", THU, "tisdagen den 14 januari", "2025-01-14", None, "2025-01-14", "2025-01-14"),
    ("Vi ses den 1:a april i Skövde.", THU, "den 1:a april", "2025-04-01", None, "2025-04-01", "2025-04-01"),
    ("Regeln gäller från den 1:e juli.", THU, "den 1:e juli", "2025-07-01", None, "2025-07-01", "2025-07-01"),
    ("Ansökan ska in den första april.", THU, "den första april", "2025-04-01", None, "2025-04-01", "2025-04-01"),
    ("Det skedde den 30 december.", JAN23, "den 30 december", "2022-12-30", None, "2022-12-30", "2022-12-30"),
    ("Styrelsen ska den 3 februari besluta om starten.", THU, "den 3 februari", "2026-02-03", None, "2026-02-03", "2026-02-03"),
    ("Styrelsen beslutade den 3 februari om starten.", THU, "den 3 februari", "2025-02-03", None, "2025-02-03", "2025-02-03"),
    ("Kursen ges 5 december.", None, "5 december", "XXXX-12-05", None, None, None),
    # months
    ("Summering av programmet maj 2022", THU, "maj 2022", "2022-05", None, "2022-05-01", "2022-05-31"),
    ("Lägesrapport för April 2020 är publicerad.", THU, "April 2020", "2020-04", None, "2020-04-01", "2020-04-30"),
    ("Det blev klart i nov. 2023.", THU, "nov. 2023", "2023-11", None, "2023-11-01", "2023-11-30"),
    ("Planen ska vara klar i maj.", THU, "maj", "2025-05", None, "2025-05-01", "2025-05-31"),
    ("Beslutet togs i november.", THU, "november", "2024-11", None, "2024-11-01", "2024-11-30"),
    ("Vi räknar med start i januari.", DEC22, "januari", "2023-01", None, "2023-01-01", "2023-01-31"),
    ("Ett nytt möte hålls i juni.", None, "juni", "XXXX-06", None, None, None),
    # years
    ("Systemet ska vara infört 2026 i hela regionen.", THU, "2026", "2026", None, "2026-01-01", "2026-12-31"),
    ("År 2024 flyttas journalerna.", THU, "År 2024", "2024", None, "2024-01-01", "2024-12-31"),
    ("Arbetet fortsätter under 2025.", THU, "2025", "2025", None, "2025-01-01", "2025-12-31"),
    ("Budgeten för 2023 års arbete är lagd.", THU, "2023", "2023", None, "2023-01-01", "2023-12-31"),
    ("Upphandlingen avslutades 2019.", THU, "2019", "2019", None, "2019-01-01", "2019-12-31"),
    # seasons
    ("Införandet sker hösten 2024 i söder.", THU, "hösten 2024", "2024-FA", None, "2024-09-01", "2024-11-30"),
    ("Norra delarna följer våren 2026.", THU, "våren 2026", "2026-SP", None, "2026-03-01", "2026-05-31"),
    ("Testerna pågick sommaren 2023.", THU, "sommaren 2023", "2023-SU", None, "2023-06-01", "2023-08-31"),
    ("Utbildning planeras vintern 2025.", THU, "vintern 2025", "2025-WI", None, "2025-12-01", "2026-02-28"),
    ("Tidplanen sträcker sig över vintern 2024/2025.", THU, "vintern 2024/2025", "2024-WI", None, "2024-12-01", "2025-02-28"),
    ("Under våren 2022 skickades flera brev.", THU, "våren 2022", "2022-SP", None, "2022-03-01", "2022-05-31"),
    ("Kursen ges HT 2024 på nytt.", THU, "HT 2024", "2024-FA", None, "2024-09-01", "2024-11-30"),
    ("De första tjänsterna startar i höst.", MAY22, "i höst", "2022-FA", None, "2022-09-01", "2022-11-30"),
    ("Som vi skrev i höst var läget oklart.", DEC22, "i höst", "2022-FA", None, "2022-09-01", "2022-11-30"),
    # (v139) in the season's last month, the one now ending; earlier in it, the one a year before
    ("Piloten genomfördes i våras.", MAY22, "i våras", "2022-SP", None, "2022-03-01", "2022-05-31"),
    ("Piloten genomfördes i våras.", date(2022, 4, 20), "i våras", "2021-SP", None, "2021-03-01", "2021-05-31"),
    ("Fem skadades i höstas.", date(2017, 11, 27), "i höstas", "2017-FA", None, "2017-09-01", "2017-11-30"),
    ("Fem skadades i höstas.", date(2025, 10, 22), "i höstas", "2024-FA", None, "2024-09-01", "2024-11-30"),
    ("Piloten genomfördes i våras.", DEC22, "i våras", "2022-SP", None, "2022-03-01", "2022-05-31"),
    ("Det var mycket att göra i somras.", DEC22, "i somras", "2022-SU", None, "2022-06-01", "2022-08-31"),
    ("I vår startar utbildningen.", THU, "I vår", "2025-SP", None, "2025-03-01", "2025-05-31"),
    ("I vinter blir det tester.", DEC22, "I vinter", "2022-WI", None, "2022-12-01", "2023-02-28"),
    ("Nästa höst kommer nästa våg.", THU, "Nästa höst", "2026-FA", None, "2026-09-01", "2026-11-30"),
    ("Förra hösten var tuff.", THU, "Förra hösten", "2024-FA", None, "2024-09-01", "2024-11-30"),
    ("Nu rekryteras experter inför höstens designarbete.", date(2020, 4, 30), "höstens", "2020-FA", None, "2020-09-01", "2020-11-30"),
    ("Under hösten genomfördes utbildningar.", THU, "hösten", "2024-FA", None, "2024-09-01", "2024-11-30"),
    ("Under hösten ska utbildningar genomföras.", THU, "hösten", "2025-FA", None, "2025-09-01", "2025-11-30"),
    ("Det hela drar igång till hösten.", THU, "hösten", "2025-FA", None, "2025-09-01", "2025-11-30"),
    ("Arbetet startar i höst.", None, "i höst", "XXXX-FA", None, None, None),
    # parts, quarters, halves, weeks
    ("Designen startar i början av augusti.", THU, "början av augusti", "2025-08", "START", "2025-08-01", "2025-08-10"),
    ("Designen startar i mitten av augusti.", THU, "mitten av augusti", "2025-08", "MID", "2025-08-11", "2025-08-20"),
    ("Designen startar i slutet av augusti.", THU, "slutet av augusti", "2025-08", "END", "2025-08-21", "2025-08-31"),
    ("Det blir klart i slutet av februari 2024.", THU, "slutet av februari 2024", "2024-02", "END", "2024-02-21", "2024-02-29"),
    ("Beslut väntas slutet av 2024.", THU, "slutet av 2024", "2024", "END", "2024-09-01", "2024-12-31"),
    ("Starten sker i början av 2025.", THU, "början av 2025", "2025", "START", "2025-01-01", "2025-04-30"),
    ("Testerna görs i mitten av 2026.", THU, "mitten av 2026", "2026", "MID", "2026-05-01", "2026-08-31"),
    ("Vi ses i slutet av hösten 2024.", THU, "slutet av hösten 2024", "2024-FA", "END", "2024-11-01", "2024-11-30"),
    ("Tidigt i höst kommer beskedet.", MAY22, "Tidigt i höst", "2022-FA", "START", "2022-09-01", "2022-09-30"),
    ("Det gäller första halvåret 2025.", THU, "första halvåret 2025", "2025-H1", None, "2025-01-01", "2025-06-30"),
    ("Resten följer andra halvåret.", THU, "andra halvåret", "2025-H2", None, "2025-07-01", "2025-12-31"),
    ("Målet nås första kvartalet 2025.", THU, "första kvartalet 2025", "2025-Q1", None, "2025-01-01", "2025-03-31"),
    ("Målet nås kvartal 3 2025.", THU, "kvartal 3 2025", "2025-Q3", None, "2025-07-01", "2025-09-30"),
    ("Målet nås Q3 2025.", THU, "Q3 2025", "2025-Q3", None, "2025-07-01", "2025-09-30"),
    ("Leveransen kommer sista kvartalet 2024.", THU, "sista kvartalet 2024", "2024-Q4", None, "2024-10-01", "2024-12-31"),
    ("Uppföljning sker under andra tertialet 2025.", THU, "andra tertialet 2025", "2025-T2", None, "2025-05-01", "2025-08-31"),
    ("Testet görs vecka 12.", THU, "vecka 12", "2025-W12", None, "2025-03-17", "2025-03-23"),
    ("Testet görs v. 12.", THU, "v. 12", "2025-W12", None, "2025-03-17", "2025-03-23"),
    ("Testet görs vecka 12 2024.", THU, "vecka 12 2024", "2024-W12", None, "2024-03-18", "2024-03-24"),
    ("Utrullning sker veckorna 10–12.", THU, "veckorna 10–12", "2025-W10/2025-W12", None, "2025-03-03", "2025-03-23"),
    ("Rekryteringen ska vara klar senast den 5 juni.", date(2020, 4, 30), "senast den 5 juni", "2020-06-05", "BEFORE", "2020-06-05", "2020-06-05"),
    ("Designen fortsätter efter sommaren.", THU, "efter sommaren", "2025-SU", "AFTER", "2025-06-01", "2025-08-31"),
    ("Inget händer före 2026.", THU, "före 2026", "2026", "BEFORE", "2026-01-01", "2026-12-31"),
    ("Avtalet gäller tidigast 2026.", THU, "tidigast 2026", "2026", "AFTER", "2026-01-01", "2026-12-31"),
    ("Systemet är i drift fram till 2030.", THU, "fram till 2030", "2030", "BEFORE", "2030-01-01", "2030-12-31"),
    ("Reglerna gäller från och med den 1 januari 2025.", THU, "från och med den 1 januari 2025", "2025-01-01", "AFTER", "2025-01-01", "2025-01-01"),
    ("Nästa fas startar kring 2030.", THU, "kring 2030", "2030", "APPROX", "2030-01-01", "2030-12-31"),
    ("Bytet sker runt årsskiftet.", THU, "runt årsskiftet", "2024-12", "APPROX", "2024-12-01", "2025-01-31"),
    # relative days and weeks
    ("Beskedet kom i dag.", THU, "i dag", "2025-03-20", None, "2025-03-20", "2025-03-20"),
    ("Beskedet kom idag.", THU, "idag", "2025-03-20", None, "2025-03-20", "2025-03-20"),
    ("Avtalet undertecknades i går.", THU, "i går", "2025-03-19", None, "2025-03-19", "2025-03-19"),
    ("Avtalet undertecknades igår.", THU, "igår", "2025-03-19", None, "2025-03-19", "2025-03-19"),
    ("Svaret kommer i morgon.", THU, "i morgon", "2025-03-21", None, "2025-03-21", "2025-03-21"),
    ("Svaret kommer imorgon.", THU, "imorgon", "2025-03-21", None, "2025-03-21", "2025-03-21"),
    ("Frågan ställdes i förrgår.", THU, "i förrgår", "2025-03-18", None, "2025-03-18", "2025-03-18"),
    # (v161) "till helgen" the weekend of the page's week; "en extra leverans i veckan" a rate, no date
    ("Kopian skickas till helgen.", THU, "till helgen", "2025-W12-WE", None, "2025-03-22", "2025-03-23"),
    # (v160) "i morgon kväll", "för en vecka sedan" (the day a week before; "för två veckor sedan" is a week)
    ("Kopian skickas i morgon kväll.", THU, "i morgon kväll", "2025-03-21TEV", None, "2025-03-21", "2025-03-21"),
    ("De sågs för en vecka sedan.", THU, "för en vecka sedan", "2025-03-13", None, "2025-03-13", "2025-03-13"),
    ("De sågs för två veckor sedan.", THU, "för två veckor sedan", "2025-W10", None, "2025-03-03", "2025-03-09"),
    # (v159) "i förrgår kväll", "i eftermiddag", "i förfjol"
    ("Brevet skickades i förrgår kväll.", THU, "i förrgår kväll", "2025-03-18TEV", None, "2025-03-18", "2025-03-18"),
    ("De träffas i eftermiddag.", THU, "i eftermiddag", "2025-03-20TAF", None, "2025-03-20", "2025-03-20"),
    ("Klubben bildades i förfjol.", THU, "i förfjol", "2023", None, "2023-01-01", "2023-12-31"),
    ("Styrelsen sammanträdde på tisdagen.", THU, "tisdagen", "2025-03-18", None, "2025-03-18", "2025-03-18"),
    ("Styrelsen sammanträdde på torsdagen.", THU, "torsdagen", "2025-03-20", None, "2025-03-20", "2025-03-20"),
    ("Frågan togs upp i tisdags.", THU, "i tisdags", "2025-03-18", None, "2025-03-18", "2025-03-18"),
    # GUIDELINES: "i torsdags" on a Thursday is the Thursday a week before; "på torsdagen" is that day
    ("Frågan togs upp i torsdags.", THU, "i torsdags", "2025-03-13", None, "2025-03-13", "2025-03-13"),
    ("Beslutet kommer på måndag.", THU, "måndag", "2025-03-24", None, "2025-03-24", "2025-03-24"),
    ("Systemet startade på lördagsmorgonen.", THU, "på lördagsmorgonen", "2025-03-15TMO", None, "2025-03-15", "2025-03-15"),
    ("Beslutet kom under tisdagskvällen.", THU, "tisdagskvällen", "2025-03-18TEV", None, "2025-03-18", "2025-03-18"),
    ("Pausen i november förra året var nödvändig.", THU, "november förra året", "2024-11", None, "2024-11-01", "2024-11-30"),
    ("Starten sker i mars nästa år.", THU, "mars nästa år", "2026-03", None, "2026-03-01", "2026-03-31"),
    ("Införandet pausades den 20 november förra året.", THU, "den 20 november förra året", "2024-11-20", None, "2024-11-20", "2024-11-20"),
    ("Januari–mars 2026: utbildning av superanvändare.", THU, "Januari–mars 2026", "2026-01/2026-03", None, "2026-01-01", "2026-03-31"),
    ("Köpet tillkännagavs i december.", THU, "december", "2024-12", None, "2024-12-01", "2024-12-31"),
    ("Rapporten kom i januari i år.", THU, "januari i år", "2025-01", None, "2025-01-01", "2025-01-31"),
    ("Starten sker under andra halvan av 2026.", THU, "andra halvan av 2026", "2026-H2", None, "2026-07-01", "2026-12-31"),
    ("Testerna görs under första halvan av året.", THU, "första halvan av året", "2025-H1", None, "2025-01-01", "2025-06-30"),
    ("Hösten förra året pausades arbetet.", THU, "Hösten förra året", "2024-FA", None, "2024-09-01", "2024-11-30"),
    ("Beslutet kommer på måndag.", None, "måndag", "XXXX-WXX-1", None, None, None),
    ("Granskningen startar nästa vecka.", THU, "nästa vecka", "2025-W13", None, "2025-03-24", "2025-03-30"),
    ("Granskningen startade förra veckan.", THU, "förra veckan", "2025-W11", None, "2025-03-10", "2025-03-16"),
    ("Granskningen pågår denna vecka.", THU, "denna vecka", "2025-W12", None, "2025-03-17", "2025-03-23"),
    ("Resultatet kommer om två veckor.", THU, "om två veckor", "2025-W14", None, "2025-03-31", "2025-04-06"),
    ("Svaret kommer om tre dagar.", THU, "om tre dagar", "2025-03-23", None, "2025-03-23", "2025-03-23"),
    ("Det bestämdes för två år sedan.", THU, "för två år sedan", "2023", None, "2023-01-01", "2023-12-31"),
    ("Det bestämdes för sex månader sedan.", THU, "för sex månader sedan", "2024-09", None, "2024-09-01", "2024-09-30"),
    ("Det bestämdes för några år sedan.", THU, "för några år sedan", "PAST_REF", None, None, None),
    ("Resten följer nästa år.", THU, "nästa år", "2026", None, "2026-01-01", "2026-12-31"),
    ("Piloten gjordes i fjol.", THU, "i fjol", "2024", None, "2024-01-01", "2024-12-31"),
    ("Piloten gjordes förra året.", THU, "förra året", "2024", None, "2024-01-01", "2024-12-31"),
    ("Målet är att bli klar i år.", THU, "i år", "2025", None, "2025-01-01", "2025-12-31"),
    ("Det nya avtalet gäller nästa månad.", THU, "nästa månad", "2025-04", None, "2025-04-01", "2025-04-30"),
    ("Det nya avtalet kom förra månaden.", THU, "förra månaden", "2025-02", None, "2025-02-01", "2025-02-28"),
    ("Årets utbildningar är fullbokade.", THU, "Årets", "2025", None, "2025-01-01", "2025-12-31"),
    ("Arbetet fortsätter under året.", THU, "året", "2025", None, "2025-01-01", "2025-12-31"),
    ("Rapporten kommer i slutet av året.", THU, "slutet av året", "2025", "END", "2025-09-01", "2025-12-31"),
    ("Många arbetade i helgen.", THU, "i helgen", "2025-W11-WE", None, "2025-03-15", "2025-03-16"),
    ("Många arbetar i helgen.", THU, "i helgen", "2025-W12-WE", None, "2025-03-22", "2025-03-23"),
    ("Frågan diskuteras i dag.", None, "i dag", "XXXX-XX-XX", None, None, None),
    # ranges
    ("Programmet löper 2024–2026.", THU, "2024–2026", "2024/2026", None, "2024-01-01", "2026-12-31"),
    ("Programmet löper 2024-2026.", THU, "2024-2026", "2024/2026", None, "2024-01-01", "2026-12-31"),
    ("Programmet löper 2023–25.", THU, "2023–25", "2023/2025", None, "2023-01-01", "2025-12-31"),
    ("Programmet löper från 2024 till 2026.", THU, "från 2024 till 2026", "2024", None, "2024-01-01", "2026-12-31"),
    ("Programmet löper mellan 2024 och 2026.", THU, "mellan 2024 och 2026", "2024", None, "2024-01-01", "2026-12-31"),
    ("Konferensen hölls 17–19 maj 2022.", THU, "17–19 maj 2022", "2022-05-17/2022-05-19", None, "2022-05-17", "2022-05-19"),
    ("Konferensen hölls den 3-4 december 2024.", THU, "den 3-4 december 2024", "2024-12-03/2024-12-04", None, "2024-12-03", "2024-12-04"),
    ("Testerna görs maj–juni 2023.", THU, "maj–juni 2023", "2023-05/2023-06", None, "2023-05-01", "2023-06-30"),
    ("Testerna görs från maj till juni 2023.", THU, "från maj till juni 2023", "2023-05", None, "2023-05-01", "2023-06-30"),
    ("Testerna görs november–februari 2025.", THU, "november–februari 2025", "2024-11/2025-02", None, "2024-11-01", "2025-02-28"),
    ("Införandet pågår från hösten 2024 till våren 2026.", THU, "från hösten 2024 till våren 2026", "2024-FA", None, "2024-09-01", "2026-05-31"),
    ("Införandet pågår hösten 2024–våren 2026.", THU, "hösten 2024–våren 2026", "2024-FA/2026-SP", None, "2024-09-01", "2026-05-31"),
    ("Pausen varar mellan den 1 och 15 juli 2025.", THU, "mellan den 1 och 15 juli 2025", "2025-07-01", None, "2025-07-01", "2025-07-15"),
    ("Arbetet sker från början av 2024 till slutet av 2026.", THU, "från början av 2024 till slutet av 2026", "2024", None, "2024-01-01", "2026-12-31"),
    ("Bytet sker vid årsskiftet 2024/2025.", THU, "årsskiftet 2024/2025", "2024-12", None, "2024-12-01", "2025-01-31"),
    # durations, sets, times
    ("Arbetet pågick under flera månader.", THU, "flera månader", "PXM", None, None, None),
    ("Projektet tar tre år.", THU, "tre år", "P3Y", None, None, None),
    ("Avtalet gäller i 18 månader.", THU, "18 månader", "P18M", None, None, None),
    ("Det tog ett och ett halvt år.", THU, "ett och ett halvt år", "P18M", None, None, None),
    ("Testet pågår i två veckor.", THU, "två veckor", "P2W", None, None, None),
    ("Driften stod still i 24 timmar.", THU, "24 timmar", "PT24H", None, None, None),
    ("Mycket har hänt de senaste två åren.", THU, "de senaste två åren", "P2Y", None, "2023-03-20", "2025-03-20"),
    ("Aktiviteter den senaste månaden summeras här.", THU, "den senaste månaden", "P1M", None, "2025-02-20", "2025-03-20"),
    ("Styrgruppen träffas varje vecka.", THU, "varje vecka", "P1W", None, None, None),
    ("Styrgruppen träffas varannan månad.", THU, "varannan månad", "P2M", None, None, None),
    ("Licensen kostar 300 miljoner kronor per år.", THU, "per år", "P1Y", None, None, None),
    ("Rapporter skickas dagligen.", THU, "dagligen", "P1D", None, None, None),
    ("Webbinariet hålls den 17 maj klockan 10.", THU, "den 17 maj klockan 10", "2025-05-17T10:00", None, "2025-05-17", "2025-05-17"),
    ("Presskonferensen börjar kl. 13.30.", THU, "kl. 13.30", "2025-03-20T13:30", None, "2025-03-20", "2025-03-20"),
    # "klockan 20" is eight in the evening, not "klockan 2" and a stray zero
    ("Mötet slutar klockan 20.", THU, "klockan 20", "2025-03-20T20:00", None, "2025-03-20", "2025-03-20"),
    ("Systemet stängs i kväll.", THU, "i kväll", "2025-03-20TEV", None, "2025-03-20", "2025-03-20"),
    # decades
    ("Dagens system byggdes på 1990-talet.", THU, "1990-talet", "199", None, "1990-01-01", "1999-12-31"),
]
# fmt: on

# Sentences with numbers or near-misses that hold no time expression at all.
NEGATIVE = [
    "Sjukhusen ska få en extra leverans i veckan.",  # (v161) a rate
    "Alla 49 kommuner har sagt ja.",
    "Kommunerna har tackat ja till option 1.",
    "Satsningen kostar 2,5 miljarder kronor.",
    "Omkring 1 200 medarbetare berörs.",
    "Ring telefon 010-441 00 00 för frågor.",
    "Lagen finns i SFS 2018:585.",
    "Över 2000 medarbetare har gått kursen.",
    "Drygt 1950 användare loggade in.",
    "Ärendet har nummer 2024 i diariet.",
    "Hälften, 1/3 av kommunerna, svarade.",
    "Frågan togs upp i vår region och i vår verksamhet.",
    "Jan Andersson leder arbetet.",
    "Cirka 15 procent av budgeten återstår.",
    "Version 2.0 av systemet lanseras.",
    "Det gäller 3 av 4 sjukhus.",
    "Fas 2 omfattar 12 enheter.",
]


def _only(sentence: str, anchor: date | None) -> Timex:
    found = find_timexes(sentence, anchor)
    assert len(found) == 1, [t.text for t in found]
    return found[0]


@pytest.mark.parametrize(("sentence", "anchor", "text", "value", "mod", "begin", "end"), ROWS)
def test_timex_value_and_interval(
    sentence: str,
    anchor: date | None,
    text: str,
    value: str,
    mod: str | None,
    begin: str | None,
    end: str | None,
) -> None:
    timex = _only(sentence, anchor)
    assert (timex.text, timex.value, timex.mod) == (text, value, mod)
    assert (timex.begin, timex.end_date) == (begin, end)


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_no_timex(sentence: str) -> None:
    assert find_timexes(sentence, THU) == []


@pytest.mark.parametrize(("sentence", "anchor", "text", "value", "mod", "begin", "end"), ROWS)
def test_span_matches_text(
    sentence: str, anchor: date | None, text: str, value: str, mod: str | None,
    begin: str | None, end: str | None,
) -> None:  # fmt: skip
    for timex in find_timexes(sentence, anchor):
        assert sentence[timex.start : timex.end] == timex.text


@pytest.mark.parametrize(
    ("sentence", "range_end"),
    [
        ("Programmet löper 2024–2026.", "2026"),
        ("Införandet pågår från hösten 2024 till våren 2026.", "2026-SP"),
        ("Konferensen hölls 17–19 maj 2022.", "2022-05-19"),
        ("Testerna görs maj–juni 2023.", "2023-06"),
        ("Mötet pågår kl. 9.00–11.00 i dag.", "2025-03-20T11:00"),
    ],
)
def test_range_end(sentence: str, range_end: str) -> None:
    assert _only(sentence, THU).range_end == range_end


@pytest.mark.parametrize(
    ("sentence", "anchored"),
    [
        ("Beslutet togs den 17 maj.", True),
        ("Beslutet togs den 17 maj 2022.", False),
        ("Det startar i höst.", True),
        ("Det startar hösten 2024.", False),
        ("Det hände i går.", True),
    ],
)
def test_anchored_flag(sentence: str, anchored: bool) -> None:
    assert _only(sentence, MAY22).anchored is anchored


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        (
            "Hösten 2024 går södra delen över och ett år senare resten. Två månader senare "
            "utvärderas allt, och året därpå avslutas programmet.",
            THU,
            ["2024-FA", "2025-FA", "2025-11", "2026"],
        ),
        (
            "I maj 2021 beslutade fullmäktige att gå vidare, och samma år startade designen.",
            THU,
            ["2021-05", "2021"],
        ),
        ("Ett år senare var allt klart.", THU, ["2026"]),
    ],
)
def test_anaphora(sentence: str, anchor: date, expected: list[str]) -> None:
    assert [t.value for t in find_timexes(sentence, anchor)] == expected


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        # "samma dag" is the last day named, not the month or season named since
        (
            "Starten blir den 9 november. Beslutet togs i början av juni. Kommunerna börjar samma dag.",
            date(2024, 6, 12),
            ["2024-11-09", "2024-06", "2024-11-09"],
        ),
        (
            "Den 4 april pausades allt. Samma dag kom beskedet.",
            date(2024, 4, 10),
            ["2024-04-04", "2024-04-04"],
        ),
    ],
)
def test_same_day(sentence: str, anchor: date, expected: list[str]) -> None:
    assert [t.value for t in find_timexes(sentence, anchor)] == expected


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Våren och hösten 2024 ägnas åt tester.", ["2024-SP", "2024-FA"]),
        ("Det gäller maj, juni och juli 2023.", ["2023-05", "2023-06", "2023-07"]),
        ("Utbildningar hålls 17 och 18 maj 2022.", ["2022-05-17", "2022-05-18"]),
        ("Mötet hölls fredag och nästa möte är på fredag.", ["2025-03-14", "2025-03-21"]),
    ],
)
def test_sequences(sentence: str, values: list[str]) -> None:
    assert [t.value for t in find_timexes(sentence, THU)] == values


@pytest.mark.parametrize(
    ("sentence", "anchor", "value"),
    [
        # present-tense verbs that announce, and "nästa", look ahead
        ("Hon har utsetts till programchef och tillträder den 1 juni.", date(2021, 3, 31), "2021-06-01"),
        ("Anders Berg lämnar sin tjänst den 31 december.", date(2022, 6, 15), "2022-12-31"),
        ("I mitten av maj avgör programmets styrgrupp om starten kan ske.", date(2021, 3, 31), "2021-05"),
        ("Nästa stora kontrollpunkt är i mitten av februari.", date(2023, 9, 20), "2024-02"),
        ("Revisorerna gör under vintern en uppföljande granskning.", date(2025, 10, 15), "2025-WI"),
        # a change of system told in the present tense is scheduled: "byter", "flyttar", "ansluter", "övergår"
        ("Skolsköterskorna byter journalsystem i november.", date(2026, 2, 12), "2026-11"),
        ("Laboratoriet ansluter i oktober, när sjukhuset gör det.", date(2026, 2, 12), "2026-10"),
        # a particle after the relative clause's verb: "som regionstyrelsen lade fast den 17 maj" is past
        ("Enligt den tidplan som regionstyrelsen lade fast den 17 maj börjar sjukhuset först.", date(2022, 11, 21),
         "2022-05-17"),
        # the verb of another clause does not count
        ("Alla kliniker har utsett superanvändare, och i december får de utbildning.", date(2023, 9, 20), "2023-12"),
        # a deadline on a day lies ahead, or passed lately
        ("Leverantören har ombetts att svara senast den 1 juli.", date(2021, 6, 10), "2021-07-01"),
        ("Versionen ska levereras senast den 30 november.", date(2023, 4, 20), "2023-11-30"),
        ("Svaret kom inte, trots att det skulle lämnas senast den 5 juni.", date(2024, 6, 20), "2024-06-05"),
        # the date of a named event, not of the clause's verb
        ("Planen anger hur arbetet ska gå vidare efter pausen i november.", date(2025, 3, 12), "2024-11"),
        ("Efter starten i november ska resten av regionen följa.", date(2024, 10, 1), "2024-11"),
        # past tense still points back
        ("Regionstyrelsen beslutade den 17 maj att gå vidare.", date(2022, 12, 1), "2022-05-17"),
        # the verb right before the date wins over a later one; -de pasts count
        ("Enligt tidplanen som styrelsen fastställde den 17 maj ska arbetet starta snart.", date(2022, 6, 9), "2022-05-17"),
        ("Projektet inledde den 3 mars ett nytt skede.", date(2023, 6, 1), "2023-03-03"),
        # "från den 1 januari" starts something ahead; "sedan i januari" has begun
        ("Lotta Brandt har utsetts till tf. direktör från den 1 januari.", date(2022, 6, 15), "2023-01-01"),
        ("Han är sjukhusdirektör sedan i januari och ska leda arbetet.", date(2026, 2, 3), "2026-01"),
        ("Rapporten visar att testerna i september inte räckte.", date(2025, 5, 8), "2024-09"),
        # a meeting's own date, an attributive participle, "fram till", a named past event
        ("Föreningen har bjudits in till ett nytt möte med regiondirektören den 9 december.", date(2025, 10, 8), "2025-12-09"),
        ("Fullmäktige ska ta ställning till det reviderade avtalet vid sitt sammanträde den 13 september.", date(2022, 6, 9), "2022-09-13"),
        ("Den som behöver mer tid kan ansöka om anstånd hos Västkom fram till slutet av februari.", date(2018, 12, 17), "2019-02"),
        ("Styrelsen har tagit del av tiden efter pausen i november.", date(2025, 6, 12), "2024-11"),
        ("De som inte fick kontraktet kan begära överprövning fram till den 24 december.", date(2018, 12, 13), "2018-12-24"),
        ("Dokumentationen från perioden 9–22 november ska vara inmatad snart.", date(2024, 11, 27), "2024-11-09/2024-11-22"),
        ("Användarkonferensen äger rum i oktober.", date(2023, 3, 2), "2023-10"),
        ("Regionstyrelsen gav regiondirektören i uppdrag att återkomma med en tidplan i mars.", date(2020, 12, 3), "2021-03"),
        ("Hon har varit programchef länge och går i pension i januari.", date(2021, 11, 4), "2022-01"),
        ("Enligt den tidplan som regionstyrelsen fastställde i maj ska arbetet börja.", date(2022, 9, 22), "2022-05"),
        # plans reported as cancelled or counterfactual: the nearest year
        ("Utbildningarna som skulle ha börjat i januari ställs in.", date(2024, 11, 27), "2025-01"),
        ("Kurserna som var inplanerade i februari ställs in.", date(2024, 11, 27), "2025-02"),
        # a perfect ("har ... sett", "hade redan märkt") is past, whatever a later verb says
        ("Styrgruppen har under hösten sett att arbetet tar längre tid.", date(2020, 12, 10), "2020-FA"),
        ("Förvaltningen hade redan i oktober märkt att testerna drar ut på tiden.", date(2021, 1, 15), "2020-10"),
        # "har till den 31 mars på sig": a day something is due by, ahead
        ("Sjukhuset har till den 31 mars på sig att svara.", date(2025, 1, 30), "2025-03-31"),
        # a plan that was ("skulle ha fattats") takes the nearest year; "räknar med" looks ahead
        ("Beslutet, som skulle ha fattats i december, skjuts upp.", date(2026, 11, 20), "2026-12"),
        ("Bolaget räknar med att öppna kontoret i augusti.", date(2023, 3, 23), "2023-08"),
        # names do not use up the window in which the verb is looked for
        ("Enligt planen ska Norra Älvsborgs Länssjukhus och Uddevalla sjukhus och Kungälvs sjukhus börja igen den 17–18 oktober.",
         date(2026, 3, 5), "2026-10-17/2026-10-18"),
    ],
)  # fmt: skip
def test_year_from_tense(sentence: str, anchor: date, value: str) -> None:
    dated = [t for t in find_timexes(sentence, anchor) if t.type in ("DATE", "TIME")]
    assert [t.value for t in dated] == [value]


def test_a_month_named_with_its_year_lends_it_to_a_later_day() -> None:
    text = "Det var i november 2024 som regionen pausade. Den 20 november stoppades införandet."
    assert [t.value for t in find_timexes(text, date(2026, 2, 3))] == ["2024-11", "2024-11-20"]



@pytest.mark.parametrize(
    ("sentence", "anchor", "text", "value"),
    [
        (
            "Informationsträff på onsdag kväll.",
            date(2024, 10, 30),
            "på onsdag kväll",
            "2024-11-06TEV",
        ),
        ("Vi ses på fredag morgon.", date(2024, 10, 30), "på fredag morgon", "2024-11-01TMO"),
        ("Mötet hölls tisdag kväll.", date(2024, 10, 30), "tisdag kväll", "2024-10-29TEV"),
    ],
)
def test_weekday_with_part_of_day(sentence: str, anchor: date, text: str, value: str) -> None:
    timex = _only(sentence, anchor)
    assert (timex.text, timex.value) == (text, value)


PARAGRAPHS = [
    # a heading's month over one day of it and then the whole month "nästa år": the whole month's year
    ("Årsmötet antog i söndags ett uttalande.\n\nLeverantören väljs i januari\n\nAnbudstiden gick ut den 15 januari. "
     "Styrelsen väntas välja leverantör i januari nästa år.", date(2018, 9, 13),
     [("i söndags", "2018-09-09"), ("januari", "2019-01"), ("den 15 januari", "2018-01-15"), ("januari nästa år", "2019-01")]),
    # "I helgen övade …" on a Wednesday: the weekend just gone
    ("I helgen övade ungdomsgruppen avsuttning i skritt.", date(2020, 8, 26), [("I helgen", "2020-W34-WE")]),
    ("I helgen flög två av elevernas föräldrar med.", date(2019, 6, 12), [("I helgen", "2019-W23-WE")]),
    # (v160) "samma vecka" after a year is the week of the day told last, not week 1 of the year
    ("Anbud lämnas till och med måndagen den 16 oktober. Systemet tas i bruk tidigast 2019. Styrgruppen möts samma "
     "vecka som anbudstiden går ut.", date(2017, 5, 18),
     [("till och med måndagen den 16 oktober", "2017-10-16"), ("tidigast 2019", "2019"), ("samma vecka", "2017-W42")]),
    # "samma dag som läkaren skriver det" in a quote is a habit, no day; a day told before with its verb is that day
    ("Beslutet togs den 12 april.\n\n– Vi vill att läraren ska få beskedet samma dag som läkaren skriver det, säger hon.",
     date(2016, 4, 13), [("den 12 april", "2016-04-12")]),
    ("Kontoret öppnar den 2 maj.\n\n– Jag börjar samma dag som kontoret öppnar, säger hon.", date(2016, 4, 13),
     [("den 2 maj", "2016-05-02"), ("samma dag", "2016-05-02")]),
    # a heading's month takes the year of the body's same words, not of another day of that month before them
    ("Leverantören väljs i mars\n\nAnbudstiden gick ut den 2 mars. Enligt tidplanen väntas nämnden välja leverantör i mars.",
     date(2018, 5, 20), [("mars", "2019-03"), ("den 2 mars", "2018-03-02"), ("mars", "2019-03")]),
    # the end of a period told in an earlier sentence lends no year to a bare month after it
    ("Avtalet löper från den 1 mars till den 31 maj 2031. Vi provar lösningen i testmiljön under maj.", date(2027, 2, 10),
     [("från den 1 mars till den 31 maj 2031", "2031-03-01"), ("maj", "2027-05")]),
    ("Avtalet löper till den 30 april 2030. Lösningen provas i testmiljön under april.", date(2027, 3, 10),
     [("den 30 april 2030", "2030-04-30"), ("april", "2027-04")]),
    # a relative clause's past ("som skrevs") is not the tense of the main clause's present passive
    ("Recept som skrevs mellan den 2 och den 9 mars förs in manuellt senast vecka 14.", date(2021, 3, 17),
     [("mellan den 2 och den 9 mars", "2021-03-02"), ("senast vecka 14", "2021-W14")]),
    ("Recept som skrevs i januari förs in manuellt senast vecka 1.", date(2021, 12, 1),
     [("januari", "2021-01"), ("senast vecka 1", "2022-W01")]),
    ("Systemet började användas på kliniken den 9 november.", date(2025, 3, 12), [("den 9 november", "2024-11-09")]),
    # a counted noun per week is a rate; "i dag" of a habit or a state is "nowadays"
    ("Det handlar om tusentals mätningar i veckan, och kundtjänsten får 60 000 ärenden i månaden.", date(2020, 6, 8), []),
    ("Brevet skickas i veckan. Beslutet kom den 3 mars.", date(2020, 6, 8),
     [("i veckan", "2020-W24"), ("den 3 mars", "2020-03-03")]),
    ("I dag bär jourläkarna personsökare. Resultaten skrivs i dag för hand.", date(2018, 5, 25), []),
    ("Rapporten presenteras i dag för styrelsen.", date(2018, 5, 25), [("i dag", "2018-05-25")]),
    ("Det går inte i dag, och då blir det lätt fel.", date(2016, 3, 10), []),
    ("Vi ser många brott, men i dag går det inte att räkna dem.", date(2016, 3, 10), []),
    ("I dag kommer remisserna på papper med posten. I dag kommer beskedet.", date(2018, 9, 4), [("I dag", "2018-09-04")]),
    ("I dag får patienterna en lapp med sig hem. I dag får styrelsen förslaget.", date(2018, 9, 4), [("I dag", "2018-09-04")]),
    ("Sjukhuset startade om lördagen den 11 oktober förra året.", date(2026, 9, 11),
     [("lördagen den 11 oktober förra året", "2025-10-11")]),
    # a participle after a preposition is no verb of the sentence; a contract's start day without a
    # year is the next one after the page's date, not the one a year before the end
    (
        "Regionstyrelsen väntas ta ställning till en rutin för skyddade anteckningar i mitten av november.",
        date(2026, 9, 29),
        [("mitten av november", "2026-11")],
    ),
    (
        "Läkemedelsverket, som centralen är en del av, fattade i september beslut om kraven.",
        date(2018, 10, 3),
        [("september", "2018-09")],
    ),
    (
        "Avtalet godkändes den 6 oktober och gäller från den 1 november till den 31 oktober 2023.",
        date(2020, 10, 19),
        [("den 6 oktober", "2020-10-06"), ("från den 1 november till den 31 oktober 2023", "2020-11-01")],
    ),
    (
        "Vintern gick bra. Kampanjen pågick från den 1 november till den 31 mars 2025.",
        date(2025, 4, 10),
        [("Vintern", "2024-WI"), ("från den 1 november till den 31 mars 2025", "2024-11-01")],
    ),
    # "därefter" holds no "efter"; a month told as done after a later year keeps its own year
    (
        "Nämnden antog därefter i september en plan. Sjukhuset börjar hösten 2027, enligt den tidplan "
        "som styrelsen fastställde i december.",
        date(2026, 4, 16),
        [("september", "2025-09"), ("hösten 2027", "2027-FA"), ("december", "2025-12")],
    ),
    (
        "Regionstyrelsen tog den 12 mars beslut om en ny tidplan. Den första vågen går i drift "
        "hösten 2025 och nästa våg följer våren 2027. Under tiden fortsätter utbildningen av "
        "1 500 medarbetare, och i slutet av augusti samlas alla 49 kommuner till en workshop.",
        THU,
        [
            ("den 12 mars", "2025-03-12"),
            ("hösten 2025", "2025-FA"),
            ("våren 2027", "2027-SP"),
            ("slutet av augusti", "2025-08"),
        ],
    ),
    (
        "Lägesrapport oktober 2023\n\nI september genomfördes tester på tre sjukhus. Nästa vecka "
        "startar en ny omgång, och senast den 15 december ska alla enheter ha svarat. "
        "Projektet har pågått i två år och beräknas kosta 400 miljoner kronor per år.",
        date(2023, 10, 12),
        [
            ("oktober 2023", "2023-10"),
            ("september", "2023-09"),
            ("Nästa vecka", "2023-W42"),
            ("senast den 15 december", "2023-12-15"),
            ("två år", "P2Y"),
            ("per år", "P1Y"),
        ],
    ),
    (
        "Införandet planeras mellan 2024 och 2026. Under våren 2024 görs förberedelser, "
        "och vecka 36 börjar utbildningen. Styrgruppen möts varje måndag kl. 9.",
        date(2024, 1, 8),
        [
            ("mellan 2024 och 2026", "2024"),
            ("våren 2024", "2024-SP"),
            ("vecka 36", "2024-W36"),
            ("varje måndag", "XXXX-WXX-1"),
            ("kl. 9", "2024-01-08T09:00"),
        ],
    ),
    # "i vår" ending a heading line is the season, not "in our"
    (
        "Nya besked i vår\n\nStyrelsen tar ställning till planen i vår.",
        date(2020, 12, 10),
        [("i vår", "2021-SP"), ("i vår", "2021-SP")],
    ),
    # a year that opens a list gives it to the months listed after it
    (
        "Styrelsen fastställde tidplanen för 2027: Borås i mars, Alingsås i maj och Skövde i oktober.",
        date(2026, 11, 20),
        [("2027", "2027"), ("mars", "2027-03"), ("maj", "2027-05"), ("oktober", "2027-10")],
    ),
    # chronology labels: the year named before the chronology, into the next when months start over
    (
        "Så gick 2025\n\nNovember: Granskningen börjar.\n\nDecember: Rapporten blir klar och planen ska "
        "gälla 2027.\n\nJanuari: Styrelsen beslutar om tidplanen.",
        date(2026, 2, 10),
        [("2025", "2025"), ("November", "2025-11"), ("December", "2025-12"), ("2027", "2027"), ("Januari", "2026-01")],
    ),
    # "samma år" and "året därpå" after a month or season: one expression, the year told before
    (
        "Borås går över i april 2028 och Skövde i juni, medan Uddevalla följer under våren året därpå. "
        "Tidigare sades i stället hösten samma år.",
        date(2027, 3, 2),
        [("april 2028", "2028-04"), ("juni", "2028-06"), ("våren året därpå", "2029-SP"), ("hösten samma år", "2029-FA")],
    ),
    # a month listed after a dated one lends its year only when it comes later in the year
    (
        "Starten flyttades från november 2024 och i mars kom beskedet om en omstart.",
        date(2025, 5, 5),
        [("november 2024", "2024-11"), ("mars", "2025-03")],
    ),
    # where something was moved to: the nearest year, whatever the verb's tense
    (
        "Uppgraderingen skjuts upp till januari\n\nMånga har fått flytta sin semester till februari.",
        date(2025, 12, 3),
        [("januari", "2026-01"), ("februari", "2026-02")],
    ),
    # the verb of a "när" clause after the date says nothing of it
    (
        "Vi ska utvärdera arbetet i slutet av januari, när systemet har varit i drift en tid.",
        date(2025, 4, 2),
        [("slutet av januari", "2026-01")],
    ),
    # "steg" is past; a present passive right before the date schedules it
    (
        "Kostnaderna steg under hösten. Antalet operationer halveras under vecka 10–12.",
        date(2021, 4, 21),
        [("hösten", "2020-FA"), ("vecka 10–12", "2022-W10/2022-W12")],
    ),
    # moved from one date to another: two dates, each the nearest, the first borrowing a year
    (
        "Starten flyttades i höstas, från mars till april. Bytet skjuts upp från våren till hösten 2027.",
        date(2026, 2, 18),
        [("i höstas", "2025-FA"), ("mars", "2026-03"), ("april", "2026-04"), ("våren", "2027-SP"), ("hösten 2027", "2027-FA")],
    ),
    # a chronology label of two months; a headline month takes the year the lead gives it
    (
        "Kortare köer än i november\n\nLäget är lugnare än vid starten i november i fjol.\n\nSå blir 2026\n\n"
        "Mars–april: Tester.",
        date(2025, 10, 29),
        [("november", "2024-11"), ("november i fjol", "2024-11"), ("2026", "2026"), ("Mars–april", "2026-03/2026-04")],
    ),
    # "samma dag som X, <dag>" is that day; "samma helg" and "helgen därpå" are weekends
    (
        "Vårdcentralerna startade samma dag som sjukhuset, lördagen den 11 oktober. Pausen kom den 20 "
        "november. Helgen därpå var lugn, och samma helg öppnade jouren.",
        date(2025, 12, 3),
        [("samma dag", "2025-10-11"), ("lördagen den 11 oktober", "2025-10-11"), ("den 20 november", "2025-11-20"),
         ("Helgen därpå", "2025-W47-WE"), ("samma helg", "2025-W47-WE")],
    ),
    # a month and "nästa år" are one expression; a heading without a verb takes its body's year
    (
        "Ingen får semester under november nästa år.\n\nFyrbodal i september\n\nNU-sjukvården går över "
        "lördagen den 12 september.",
        date(2025, 12, 16),
        [("november nästa år", "2026-11"), ("september", "2026-09"), ("lördagen den 12 september", "2026-09-12")],
    ),
    # a heading's own verb dates it; a decision still to be taken is not one told as taken
    (
        "Besked väntas i början av sommaren\n\nIMY räknar med att kunna fatta beslut i ärendet i början av sommaren.",
        date(2021, 3, 18),
        [("början av sommaren", "2021-SU"), ("början av sommaren", "2021-SU")],
    ),
    # strong pasts; a date of a start named by "inför" is the start's
    (
        "Regionen bjöd under våren in grannarna. Styrelsen granskar underlaget inför starten den 9 november.",
        date(2024, 12, 4),
        [("våren", "2024-SP"), ("den 9 november", "2024-11-09")],
    ),
    # a past decision does not borrow a year still to come; "som i dag är driftchef" is no date
    (
        "Starten blir den 2 oktober 2027. Styrelsen fattade ett likadant beslut den 16 oktober. Karin Ek, som "
        "i dag är driftchef, leder arbetet.",
        date(2026, 10, 22),
        [("den 2 oktober 2027", "2027-10-02"), ("den 16 oktober", "2026-10-16")],
    ),
    # "Det beslutade X i december": the verb after "Det"; a verb left out after ", och"; a present
    # passive with "-das"
    (
        "Det beslutade ledningsgruppen i december. Personalen utbildas under vecka 35–38, och resten av "
        "personalen under oktober.",
        date(2026, 3, 5),
        [("december", "2025-12"), ("vecka 35–38", "2026-W35/2026-W38"), ("oktober", "2026-10")],
    ),
    # a year-in-review: the chronology's year is the title's, not a preview's after it
    (
        "2025 – året som gick\n\nVi summerar året och blickar mot 2026.\n\nÅret månad för månad\n\n"
        "Januari: Granskarna börjar.\n\nFebruari: Planen fastställs.",
        date(2025, 12, 30),
        [("2025", "2025"), ("2026", "2026"), ("Januari", "2025-01"), ("Februari", "2025-02")],
    ),
    # "för att vara redo i april": a purpose lies ahead; "hade dagen innan tillstyrkt": the day before
    (
        "Vi gör allt för att vara redo i april. Regiondirektören beslutade den 5 mars att starta, och styrelsen "
        "hade dagen innan tillstyrkt en start. Ingen ville ha utbildningen veckan före start.",
        date(2020, 10, 6),
        [("april", "2021-04"), ("den 5 mars", "2020-03-05"), ("dagen innan", "2020-03-04")],
    ),
    # (v135) a genitive season in a past sentence after the season ended: the one gone, not the next
    (
        "Klubben har räknat till 19 fotledsskador sedan 2022, sju av dem under sommarens turneringar.",
        date(2025, 11, 16),
        [("2022", "2022"), ("sommarens", "2025-SU")],
    ),
    # (v135) "ska ha gått … före den 1 mars", told after a past decision, is the coming 1 March
    (
        "Styrelsen beslutade att alla tävlande ska ha gått en kurs i säker bänkpressteknik före den 1 mars.",
        date(2017, 10, 10),
        [("före den 1 mars", "2018-03-01")],
    ),
    # a season in the genitive in a sentence that opens with the year it tells of
    (
        "Under 2017 skadade 23 löpare fotleden, de flesta under höstens nattorienteringar. Höstens möte blir av.",
        date(2018, 3, 9),
        [("2017", "2017"), ("höstens", "2017-FA"), ("Höstens", "2018-FA")],
    ),
    # (v152) "dagen efter" before a past verb: the day after the one told (not "dagen efter valet")
    (
        "Sjukhuset gick över lördagen den 9 november, och redan dagen efter kom den första beställningen.",
        date(2024, 12, 12),
        [("lördagen den 9 november", "2024-11-09"), ("dagen efter", "2024-11-10")],
    ),
    # (v131) "måndagen därpå": the first Monday after the day told; "samma år" told in the past is no year still to
    # come; "tidigare, i februari" is past
    (
        "Sjukhuset gick över lördagen den 9 november, och från och med måndagen därpå kom remisserna digitalt.",
        date(2024, 12, 13),
        [("lördagen den 9 november", "2024-11-09"), ("måndagen därpå", "2024-11-11")],
    ),
    (
        "Tidplanen antogs i maj förra året. Skaraborg följer under 2025. Cerner köptes i juni samma år av Oracle.",
        date(2023, 5, 13),
        [("maj förra året", "2022-05"), ("2025", "2025"), ("juni samma år", "2022-06")],
    ),
    (
        "Rådet har skrivit till programmet en gång tidigare, i februari, då om hur förloppet ska dokumenteras.",
        date(2021, 9, 9),
        [("februari", "2021-02")],
    ),
    # what a group gets "i dag", told in the bare plural, is how things are; a body's "får i dag" is the day
    (
        "I dag får gravida olika råd beroende på mottagning. I dag får styrelsen ett förslag.",
        date(2021, 9, 17),
        [("I dag", "2021-09-17")],
    ),
    # (v141) what one has to do "i dag" is how things are; "får vi veta" the news of the day
    (
        "– I dag får vi leta i flera journaler. I dag måste man ringa in allt. I dag får vi veta mer.",
        date(2017, 11, 26),
        [("I dag", "2017-11-26")],
    ),
    # "i dag" meaning "nowadays" is no date; "i dag" of the day is
    (
        "Lena Berg, i dag avdelningschef på SU, blir ny projektledare. Hon är i dag chef för tio "
        "personer. Beslutet meddelades i dag.",
        date(2025, 4, 2),
        [("i dag", "2025-04-02")],
    ),
    # "i dag" for how things are now: a present of a state or habit; a present of what happens
    # on one day, or a past, is the day
    (
        "– Förut var det svårt. I dag ringer sköterskorna in varje beställning. Kliniken använder i dag "
        "ett eget system, precis som i dag. Rapporten presenteras i dag för nämnden, och avtalet "
        "skrevs under i dag. I dag är det ett år sedan starten.",
        date(2024, 5, 14),
        [("i dag", "2024-05-14"), ("i dag", "2024-05-14"), ("I dag", "2024-05-14"), ("ett år", "P1Y")],
    ),
    # more habits: "står", "når", a verb before its noun subject; "Vi ser inget i dag" is the day
    (
        "Men i dag står det på ett papper. I dag når en förfrågan kyrkan via en lapp. När en intagen läggs in "
        "faxar anstaltens sjuksköterska i dag en sammanfattning. Därför måste mottagningen i dag beställa tolk. "
        "– Vi ser inget i dag som talar emot starten.",
        date(2019, 10, 3),
        [("i dag", "2019-10-03")],
    ),
    # "nästa vår" in September is the coming spring; "nästa höst" in June the autumn a year on
    ("Kravspecifikationen ska vara klar nästa vår.", date(2016, 9, 14), [("nästa vår", "2017-SP")]),
    ("Beslutet väntas nästa höst.", date(2017, 6, 22), [("nästa höst", "2018-FA")]),
    # present passives "ansluts" and "tas" look ahead; a counterfactual "skulle … ha gått över" the nearest year
    ("Instrumenten ansluts när Millennium tas i bruk där i april.", date(2020, 10, 8), [("april", "2021-04")]),
    ("Sjukhuset skulle enligt den tidigare tidplanen ha gått över i april.", date(2024, 12, 12), [("april", "2025-04")]),
    # "finns inte i dag", "ser sjuksköterskan i dag": habits; a promise ("löfte om svar") lies ahead
    ("Någon sådan möjlighet finns inte i dag. Vid larm ser sjuksköterskan i dag bara ett rumsnummer.", date(2018, 3, 16), []),
    ("Vi skrev förra veckan, och vi har fått löfte om svar vecka 16.", date(2017, 4, 3),
     [("förra veckan", "2017-W13"), ("vecka 16", "2017-W16")]),
    # two months coordinated share one year, not a year the same month had before; a month named
    # for comparison lends no year; a genitive's participle is no verb
    (
        "Sjukhuset stängde i november 2024. Personalen förstärktes under oktober och november. Under samma "
        "dagar i mars 2023 var antalet lägre. Den första rapporten kom den 15 mars. Boksluten behandlas i "
        "april, med regionens samlade bokslut.",
        date(2026, 2, 26),
        [("november 2024", "2024-11"), ("oktober", "2025-10"), ("november", "2025-11"),
         ("mars 2023", "2023-03"), ("den 15 mars", "2025-03-15"), ("april", "2026-04")],
    ),
    # "veckan efter" an event named by its noun is no date; "under helgen" on a Monday is the one
    # just past; "varannan lördag" recurs; a dateline's dash opens no range
    (
        "Borås, 3 juni 2024 – I dag skriver personalen för hand. Vi förstärker under starthelgen och veckan "
        "efter. Under helgen höll kliniken öppet hus, och framöver öppnar den varannan lördag.",
        date(2024, 6, 3),
        [("3 juni 2024", "2024-06-03"), ("helgen", "2024-W22-WE"), ("varannan lördag", "XXXX-WXX-6")],
    ),
    # "samma dag som sjukhuset" in a sentence about going live is the go-live day told before, not
    # the deadline told since; one still to come when the sentence looks ahead
    (
        "Sjukhuset går över till Millennium den 9 november. Svar ska komma senast den 1 oktober. "
        "Hemtjänsten ska börja använda systemet samma dag som sjukhuset.",
        date(2024, 9, 19),
        [("den 9 november", "2024-11-09"), ("senast den 1 oktober", "2024-10-01"), ("samma dag", "2024-11-09")],
    ),
    # "samma dag som kontoret öppnar": the day told with that verb before
    (
        "Företaget öppnar den 1 oktober ett kontor i Borås. Ansökan ska vara inne den 20 september. Chefen "
        "tillträder samma dag som kontoret öppnar.",
        date(2019, 9, 12),
        [("den 1 oktober", "2019-10-01"), ("den 20 september", "2019-09-20"), ("samma dag", "2019-10-01")],
    ),
    # an "att" clause governed by an intent or a commission looks ahead; one about a month gone,
    # or told in the past, does not; a rate is no date, "tre dagar den här veckan" is
    (
        "Vi räknar med att flytta dit under våren. Styrelsen gav förvaltningen i uppdrag att återkomma i "
        "augusti och att sammanställa kostnaderna för november. Granskarna ska utreda vad som gick fel "
        "vid starten i november. Personalen arbetar fyra timmar i veckan med testerna och har övat tre "
        "dagar den här veckan.",
        date(2024, 12, 5),
        [("våren", "2025-SP"), ("augusti", "2025-08"), ("november", "2024-11"), ("november", "2024-11"),
         ("fyra timmar", "PT4H"), ("tre dagar", "P3D"), ("den här veckan", "2024-W49")],
    ),
    # "har i dag gett" is today's perfect; "I dag måste" is how things are; a plan that was looks
    # to the nearest season
    (
        "Regeringen har i dag gett myndigheten ett uppdrag. I dag måste värdena laddas upp för hand. "
        "Från början skulle förstudien ha varit klar till sommaren.",
        date(2016, 9, 30),
        [("i dag", "2016-09-30"), ("sommaren", "2016-SU")],
    ),
    # a month at the end of a clause of its own after ", och" keeps its own year; present passives
    # of strong verbs look ahead
    (
        "Starten flyttades i december från april 2021 till våren 2022, och regionstyrelsen väntas fastställa "
        "en tidplan i juni. Workshopparna ersätts av digitala möten från augusti. Testet görs under hösten.",
        date(2021, 3, 11),
        [("december", "2020-12"), ("april 2021", "2021-04"), ("våren 2022", "2022-SP"), ("juni", "2021-06"),
         ("augusti", "2021-08"), ("hösten", "2021-FA")],
    ),
    # the month of the visits a fee is for, not of the verb: the nearest year
    (
        "Fakturor för besök i oktober skickas i början av april. Avgifter för besök före den 1 december tas inte ut.",
        date(2026, 3, 19),
        [("oktober", "2025-10"), ("början av april", "2026-04"), ("före den 1 december", "2025-12-01")],
    ),
    # a year after "gå över" is a year; a number after "över" alone is a count
    ("Verksamheterna ska kunna gå över 2020. Över 2000 personer deltog.", date(2018, 5, 31), [("2020", "2020")]),
    # "i dag" before a two-word title in an apposition is "nowadays"
    (
        "Regiondirektören har utsett Tobias Wiik, i dag biträdande sjukhusdirektör på SÄS, till införandeledare.",
        date(2022, 12, 15),
        [],
    ),
    # a plan's present tense is what is scheduled; "tidigast" looks ahead unless told in the past
    (
        "Enligt den tidplan som styrelsen fastställde i november följer Fyrbodal den 14 november. En ny "
        "start kan ske tidigast under hösten. Förra gången kunde starten ske tidigast under hösten.",
        date(2026, 3, 13),
        [("november", "2025-11"), ("den 14 november", "2026-11-14"), ("tidigast under hösten", "2026-FA"),
         ("tidigast under hösten", "2025-FA")],
    ),
    # a rule ("ett besked samma dag eller inom några dagar", "Skyndsamt betyder samma dag") names no
    # day; "I dag skrivs …" is how things are
    (
        "Skyndsamt betyder samma dag\n\nEtt besked lämnas samma dag eller inom en vecka. I dag skrivs "
        "anmälningarna för hand.",
        date(2025, 9, 11),
        [("en vecka", "P1W")],
    ),
    # "Under helgen arbetade …" on a Wednesday: the weekend just gone; "under helgen ska …": the coming one
    (
        "Under helgen arbetade personal från andra kliniker på akuten. Under helgen ska de få hjälp igen.",
        date(2026, 5, 13),
        [("helgen", "2026-W19-WE"), ("helgen", "2026-W20-WE")],
    ),
    # the verb of the relative clause ("som kom in") past the particle; a decision's "att" clause
    # is what is to be done; a perfect with the time after "i", not a time asked for ("före")
    (
        "Alla begäranden som kom in före den 1 augusti ska vara besvarade. Styrelsen beslutade också att "
        "ta upp frågan på kongressen i oktober. Över 600 patienter har begärt ut kopior av journalerna från "
        "dagarna i november. Vi har bett om svar före den 1 september.",
        date(2025, 8, 28),
        [("före den 1 augusti", "2025-08-01"), ("oktober", "2025-10"), ("november", "2024-11"),
         ("före den 1 september", "2025-09-01")],
    ),
    (
        "Styrelsen beslutade också att ta upp frågan på förbundets kongress i oktober.",
        date(2016, 4, 13),
        [("oktober", "2016-10")],
    ),
    # a perfect in a "när" clause is done by then, not done already; "Där brister det i dag" is
    # how things are, "Vi har fått svar i dag" a day
    (
        "Avtalet kan skrivas under när avtalsspärren har löpt ut den 15 oktober. Där brister det i dag. "
        "Vi har fått svar i dag.",
        date(2021, 10, 7),
        [("den 15 oktober", "2021-10-15"), ("i dag", "2021-10-07")],
    ),
    # a week with "nästa år" is one expression; a nearer October of another year stops "den 9 oktober"
    # from borrowing 2027; a decision still to be announced is ahead, whatever "beslut i" says
    (
        "Övningen hålls vecka 11 nästa år. Göteborg går över lördagen den 2 oktober 2027. Ett webbinarium "
        "hålls onsdagen den 21 oktober. Frågor kan skickas senast den 9 oktober. Läkemedelsverket väntas "
        "meddela sitt beslut i tillsynsärendet i slutet av april.",
        date(2026, 10, 1),
        [("vecka 11 nästa år", "2027-W11"), ("lördagen den 2 oktober 2027", "2027-10-02"),
         ("onsdagen den 21 oktober", "2026-10-21"), ("senast den 9 oktober", "2026-10-09"), ("slutet av april", "2027-04")],
    ),
    # a clause after ", och" with its own verb has its own tense; one after ", men" without a verb
    # borrows the first clause's; what was promised lies ahead
    (
        "Vi skickade våra synpunkter i mars, och svar är utlovat vecka 25.",
        date(2026, 5, 29),
        [("mars", "2026-03"), ("vecka 25", "2026-W25")],
    ),
    (
        "Skaraborg går över i april, men Fyrbodal först den 14 november. Regionen har lovat polisen ett skriftligt "
        "svar i mitten av januari.",
        date(2026, 2, 11),
        [("april", "2026-04"), ("den 14 november", "2026-11-14"), ("mitten av januari", "2027-01")],
    ),
    # a promise after an earlier past clause still lies ahead
    (
        "Föreningen skickade förra veckan en skrivelse, och förvaltningen har lovat att svara vecka 13.",
        date(2025, 3, 19),
        [("förra veckan", "2025-W11"), ("vecka 13", "2025-W13")],
    ),
    # a verbless line of a list headed "Tidplan" is a plan; a line of another list keeps the nearest year
    (
        "Tidplan\n\nKrav och design: mars\n\nTest i testmiljön: vecka 36\n\nStyrelsen möttes: vecka 36",
        date(2020, 2, 12),
        [("mars", "2020-03"), ("vecka 36", "2020-W36"), ("vecka 36", "2020-W36")],
    ),
    (
        "Hänt hittills\n\nTest i testmiljön: vecka 36",
        date(2020, 2, 12),
        [("vecka 36", "2019-W36")],
    ),
    # a future perfect is done by a day ahead; "ställde sig bakom" is the verb, not the present after it;
    # a passive supine in a relative clause tells no past of the commission
    (
        "Sjukhusledningen beslutade i fredags att alla läkare ska ha gått utbildningen före den 15 september.",
        date(2025, 6, 11),
        [("i fredags", "2025-06-06"), ("före den 15 september", "2025-09-15")],
    ),
    (
        "Enligt den plan som regionstyrelsen ställde sig bakom den 20 maj startar sjukhuset om i oktober.",
        date(2025, 6, 11),
        [("den 20 maj", "2025-05-20"), ("oktober", "2025-10")],
    ),
    (
        "Ledningen gav kliniken i uppdrag att gå igenom de journaler som skrivits under sommaren och redovisa det i slutet av oktober.",
        date(2026, 9, 16),
        [("sommaren", "2026-SU"), ("slutet av oktober", "2026-10")],
    ),
    # a participle after "vara" takes the modal's time; a "sedan" start lends no year to the month after it
    (
        "Testerna ska vara avslutade senast vecka 40, och en utvärdering ska redovisas i slutet av januari.",
        date(2025, 9, 17),
        [("senast vecka 40", "2025-W40"), ("slutet av januari", "2026-01")],
    ),
    (
        "Föreningen har drivit frågan sedan våren 2019 och lämnade i juni en skrivelse till programmet.",
        date(2021, 10, 13),
        [("våren 2019", "2019-SP"), ("juni", "2021-06")],
    ),
    # a promise received ("har fått löfte om") lies ahead, whatever the perfect says
    (
        "Stiftelsens kansli har fått löfte om ett svar från programmet vecka 25.",
        date(2017, 5, 24),
        [("vecka 25", "2017-W25")],
    ),
    # a future perfect whose supine stands a few words from the expression
    (
        "Teamet ska ha fått sina plattor senast vecka 38, så att alla hinner träna.",
        date(2025, 8, 27),
        [("senast vecka 38", "2025-W38")],
    ),
    # a day of the page's own year told in between: the month after it is no longer the year named before
    (
        "Planen fastställdes den 12 mars 2021.\n\nNämnden godkände den 2 april avtalet. Styrelsen beslutade i mars att "
        "anställa en samordnare under hösten.",
        date(2023, 4, 20),
        [("den 12 mars 2021", "2021-03-12"), ("den 2 april", "2023-04-02"), ("mars", "2023-03"), ("hösten", "2023-FA")],
    ),
    # a month still to come ("följer i oktober") does not take the past year of a day named before
    (
        "Alingsås lasarett gick över den 4 oktober 2025. Kungälvs sjukhus följer i oktober.",
        date(2026, 8, 5),
        [("den 4 oktober 2025", "2025-10-04"), ("oktober", "2026-10")],
    ),
    # what an agreement is about keeps its own time: the autumn after an April approval is this year's
    (
        "Kliniken godkände den 6 april ett avtal med oss om en pilot under hösten.",
        date(2023, 4, 19),
        [("den 6 april", "2023-04-06"), ("hösten", "2023-FA")],
    ),
    # "i helgen" told in the present on a Tuesday is the weekend to come; in the past, the one just gone
    (
        "I helgen berättar vi mer om nästa steg. I helgen höll vi öppet hus.",
        date(2023, 5, 16),
        [("I helgen", "2023-W20-WE"), ("I helgen", "2023-W19-WE")],
    ),
    # "i dag" of how things are ("ser ut i dag", "I dag för personalen …") is no date
    (
        "Vi beskriver hur rutinen ser ut i dag. I dag för sköterskorna listorna på papper. Brevet skickades i dag.",
        date(2023, 5, 16),
        [("i dag", "2023-05-16")],
    ),
    # a week due "senast" is ahead whatever verb stands nearer ("har tagits emot")
    ("Styrelsen ska redovisa hur rutinen har tagits emot senast vecka 40.", date(2026, 6, 10),
     [("senast vecka 40", "2026-W40")]),
    # (v149) a perfect in a relative clause ("som har kommit in") does not make the main clause's week past
    ("De krav som har kommit in från föreningar tas upp av programmets styrgrupp vecka 45.", date(2016, 9, 29),
     [("vecka 45", "2016-W45")]),
    # "kommande" of another noun says nothing of the date after it
    ("Regionstyrelsen ställde sig bakom tidplanen för de kommande införandena den 27 januari.", date(2026, 6, 10),
     [("den 27 januari", "2026-01-27")]),
    ("I helgen beskar föreningens medlemmar lindarna vid kyrkan.", date(2026, 6, 10), [("I helgen", "2026-W23-WE")]),
    # a heading's month takes the year of the body's mention that names the heading's subject
    ("Fallskadorna ska registreras lika\n\nNU-sjukvården byter i oktober\n\nSödra Älvsborgs sjukhus startade om den 11 oktober 2025.\n\n"
     "NU-sjukvården går över lördagen den 17 oktober.", date(2026, 6, 10),
     [("oktober", "2026-10"), ("den 11 oktober 2025", "2025-10-11"), ("lördagen den 17 oktober", "2026-10-17")]),
    # a verbless heading "Beslut i … i juni" says no tense; its body dates it
    ("Beslut i fullmäktige i juni\n\nFullmäktige väntas fatta beslut i frågan tisdagen den 14 juni.", date(2016, 5, 18),
     [("juni", "2016-06"), ("tisdagen den 14 juni", "2016-06-14")]),
    # (v138) a weekday of next week; a month on is told to the month; a participle after its noun is no past verb
    ("På torsdag nästa vecka ses de igen.", date(2020, 8, 22), [("På torsdag nästa vecka", "2020-08-27")]),
    ("Avtalet godkändes den 17 maj. En månad senare skrevs det under.", date(2022, 11, 10),
     [("den 17 maj", "2022-05-17"), ("En månad senare", "2022-06")]),
    ("Styrelsen beslutade att alla ska få skor utprovade av en fysioterapeut under hösten.", date(2020, 8, 22),
     [("hösten", "2020-FA")]),
    # (v141) a weekday before with its part of the day, and "samma kväll" that evening, not a heading's day between;
    # "Redan på söndagen" right after "lördagen den 9 november" is the next day (a plain "på tisdagen" keeps the week
    # of the page); "samma dag som pausen" is the day of the pause told before
    ("Rådet beslutade i torsdags kväll att skriva.\n\nNy ansvarig från den 1 januari\n\nRådet utsåg samma kväll Eva Ek.",
     date(2017, 11, 26),
     [("i torsdags kväll", "2017-11-23TEV"), ("den 1 januari", "2018-01-01"), ("samma kväll", "2017-11-23TEV")]),
    ("Sjukhuset gick över lördagen den 9 november. Redan på söndagen kom de första beställningarna.", date(2024, 11, 26),
     [("lördagen den 9 november", "2024-11-09"), ("söndagen", "2024-11-10")]),
    ("Vi skickade vår begäran den 2 september. Svaret kom på tisdagen.", date(2019, 11, 14),
     [("den 2 september", "2019-09-02"), ("tisdagen", "2019-11-12")]),
    ("Regiondirektören beslutade den 20 november att pausa. Den 28 november kom en rapport. Beslutet om Skaraborg, som "
     "fattades samma dag som pausen, ligger fast.", date(2024, 12, 10),
     [("den 20 november", "2024-11-20"), ("Den 28 november", "2024-11-28"), ("samma dag", "2024-11-20")]),
    # (v144) "bytte" tells the past; a story that went past a new year lends no year to a later month; "en gång i
    # veckan" is a rate
    ("Den 11 oktober 2025 startade systemet om. Skaraborgs Sjukhus bytte system den 11 april, och NU-sjukvården följde "
     "den 17 oktober.", date(2026, 11, 13),
     [("Den 11 oktober 2025", "2025-10-11"), ("den 11 april", "2026-04-11"), ("den 17 oktober", "2026-10-17")]),
    ("Många har ont minst en gång i veckan. Vi ses i veckan.", date(2016, 11, 8), [("i veckan", "2016-W45")]),
    # (v146) a season without its year in the sentence of "förra året" is that year's (not one of "sedan 2020", nor
    # in the next sentence)
    ("Förra året fick tolv löpare besvär, de flesta under våren.", date(2023, 5, 26),
     [("Förra året", "2022"), ("våren", "2022-SP")]),
    ("Förra året fick tolv löpare besvär. Under våren ökade det.", date(2023, 5, 26),
     [("Förra året", "2022"), ("våren", "2023-SP")]),
    # (v155) a season's part told by a prefix
    ("Under senhösten 2022 började arbetet, och till försommaren ska listan vara klar.", date(2023, 5, 10),
     [("senhösten 2022", "2022-FA"), ("försommaren", "2023-SU")]),
    # (v147) a month named years back lends no year to a sentence that tells of no past; one that does keeps it
    ("Fullmäktige beslutade i juni 2016 att upphandla systemet. Styrgruppen följer upp anbuden vid sitt möte den 20 "
     "juni.", date(2018, 5, 16), [("juni 2016", "2016-06"), ("den 20 juni", "2018-06-20")]),
    ("Fullmäktige beslutade i juni 2016 att upphandla systemet. Styrgruppen samlades den 20 juni.", date(2018, 5, 16),
     [("juni 2016", "2016-06"), ("den 20 juni", "2016-06-20")]),
]


@pytest.mark.parametrize(("paragraph", "anchor", "expected"), PARAGRAPHS)
def test_paragraph(paragraph: str, anchor: date, expected: list[tuple[str, str]]) -> None:
    found = find_timexes(paragraph, anchor)
    assert [(t.text, t.value) for t in found] == expected
    assert all(paragraph[t.start : t.end] == t.text for t in found)
    assert [t.start for t in found] == sorted(t.start for t in found)


@pytest.mark.parametrize(
    ("value", "interval"),
    [
        ("2022-05-17", (date(2022, 5, 17), date(2022, 5, 17))),
        ("2022-05", (date(2022, 5, 1), date(2022, 5, 31))),
        ("2024", (date(2024, 1, 1), date(2024, 12, 31))),
        ("2024-FA", (date(2024, 9, 1), date(2024, 11, 30))),
        ("2023-WI", (date(2023, 12, 1), date(2024, 2, 29))),
        ("2025-H1", (date(2025, 1, 1), date(2025, 6, 30))),
        ("2025-Q3", (date(2025, 7, 1), date(2025, 9, 30))),
        ("2025-T3", (date(2025, 9, 1), date(2025, 12, 31))),
        ("2025-W12", (date(2025, 3, 17), date(2025, 3, 23))),
        ("2025-W12-WE", (date(2025, 3, 22), date(2025, 3, 23))),
        ("202", (date(2020, 1, 1), date(2029, 12, 31))),
        ("2022-05-17T10:00", (date(2022, 5, 17), date(2022, 5, 17))),
        ("XXXX-05-17", None),
        ("P2W", None),
        ("PAST_REF", None),
    ],
)
def test_timex_interval(value: str, interval: tuple[date, date] | None) -> None:
    assert timex_interval(value) == interval


def test_a_year_before_a_unit_word_is_no_duration() -> None:
    found = find_timexes("Året 2025 månad för månad", date(2025, 12, 30))
    assert [(t.text, t.value) for t in found] == [("Året 2025", "2025")]


def test_a_named_weekday_keeps_a_year_borrowed_from_the_same_month() -> None:
    text = "Rutinerna fanns vid starten i november 2024. Från och med måndag den 16 november skrivs listorna ut."
    found = find_timexes(text, date(2026, 11, 12))
    assert [t.value for t in found if "16 november" in t.text] == ["2026-11-16"]
