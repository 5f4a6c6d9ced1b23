"""Events: go-lives, pauses, agreements, letters, appointments, deadlines, meetings, decisions.

Each dated time expression in a sentence becomes one event, typed by the trigger word
nearest it in its clause; the status is ``planned`` when the date lies after the page's
publication or the verb looks ahead ("ska", "kommer att", "planeras"), else ``happened``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from fvmdocs.extract.timex_lexicon import MONTH_FULL_RE, MOVE_VERB, UNTIL

# Most specific first: when two triggers are equally near, the earlier type wins.
EVENT_TRIGGERS: dict[str, tuple[str, ...]] = {
    "golive": (
        r"inför(?:ande|andet|a|as|s|t|des)", r"driftstart\w*", r"g[åa]r? live", r"gick live",
        # ("Beslut om driftsättning: den 23 augusti" is the decision's day)
        r"driftsatt(?:es|s)?", r"(?<!om )driftsätt(?:s|as|ning|ningen)?",  # "Millennium driftsattes på NU-sjukvården i mars"
        # "Systemet sjösattes på Alingsås lasarett", "rullades ut på sjukhuset", "lanserades på vårdcentralerna"
        r"sjösatt(?:es|s)?", r"sjösätt(?:s|ningen)?", r"rull(?:ades|as|ats) ut", r"lanser(?:ades|as|ats)",
        # ("före varje start": a race's, no go-live)
        r"utrullning\w*", r"(?<!varje\s)start(?:en|ar|ade|at|a|as)?(?!\s(?:(?:en|ett|den|det)\s)?(?:upphandling|förstudie|utredning|projekt|granskning|arbete|förhandling)\w*)", r"återstart\w*", r"tas i bruk",
        r"togs i bruk", r"s(?:attes|ätts|atts)(?= (?:[\w-]+ ){0,3}?i bruk\b)", r"sl(?:ogs|ås|agits)(?= (?:[\w-]+ ){0,2}?på(?: igen)?\b)",
        r"börja(?:r|de|t)?(?: inte)? använda", r"börja(?:r|de|t)? (?:(?:[\w-]+ ){1,3})?användas", r"ansluts", r"anslöts", r"återupptas", r"i drift",
        # not "går över till det nya uppdraget": a person who changes jobs
        r"g[åa](?:r|tt)? över(?! till (?:\w+ ){0,2}(?:uppdrag|tjänst|roll|jobb)\w*)", r"gick över(?! till (?:\w+ ){0,2}(?:uppdrag|tjänst|roll|jobb)\w*)", r"över till (?:Millennium|det nya systemet|systemet)", r"står på tur", r"börja(?:r|de)? (?:\w+ ){1,3}använda", r"börja(?:r|de)? med (?:Millennium|det nya (?:vård|journal)?systemet)", r"börja(?:r|de)? [A-ZÅÄÖ][^.;:]{1,80}? använda(?= (?:systemet|Millennium|det nya))",
        # "började Södra Älvsborgs sjukhus, vårdcentralerna och kommunerna att använda", "byta system", "omstarten"
        r"började [^.;:]{1,100}? att använda", r"byt(?:a|er|te|t) (?:journal|vårdinformations)?system(?:et)?",
        r"(?<!plan för )(?<!planen för )omstart\w*", r"står (?:[\w-]+ ){1,2}på tur",
        # "Uppstarten på Kungälvs sjukhus är planerad till maj", "Övergången till Millennium skedde helgen den 9–10
        # november" (not a project's start-up)
        # ("sedan övergången lördagen den 18 april"; not "under övergången", nor a return to the old systems)
        r"uppstart(?:en)?(?! av (?:[\w-]+ )?(?:projekt|arbete|upphandling|förstudie|utredning)\w*)",
        r"(?<=sedan )övergången", r"övergång(?:en)?(?= till (?:Millennium|det nya|nytt|ett nytt)\b)",
        # ("Enligt tidplanen blir Södra Älvsborgs sjukhus och primärvården i södra länsdelen först ut i maj nästa år")
        r"(?:blir|är|blev|var) (?:[A-ZÅÄÖ][\w-]* (?:[\w-]+ ){0,8}?)?först ut",
        # "Först ut är Södra Älvsborgs sjukhus … i maj nästa år": a hospital first in turn
        r"först ut (?:är|blir|var|blev)(?= (?-i:[A-ZÅÄÖ])[^.;:]{0,60}?(?-i:sjukhus|Sjukhus|lasarett|NU-sjukvården|Sahlgrenska)\b)",
        # "Enligt tidplanen blir Södra Älvsborgs sjukhus först hösten 2024.": first in turn, the time right after (its
        # clause's end: "…, och Skaraborgs Sjukhus följer året därpå")
        r"(?:blir|blev|går|gick) (?-i:[A-ZÅÄÖ])[\w-]* (?:[\w-]+ ){0,8}?först(?= (?:våren|hösten|vintern|sommaren|i [a-zåäö]+|under) (?:\d{4}|nästa år)(?:[.;]?$|,\s))",
        # (v160) "och lördagen den 11 oktober blev systemet skarpt igen": the system in use
        r"(?:blev|blir) (?:systemet|Millennium|journalen) skarpt",
        r"i skarp drift",  # (v161) "lördagen den 11 oktober gick systemet i skarp drift igen"
        # (v162) "kopplades systemet på igen", "gick systemet i gång igen"
        r"koppla(?:des|s|ts)(?= (?:[\w-]+ ){0,2}?på igen\b)", r"(?:gick|går) (?:systemet|Millennium) i ?gång",
        # "Södra Älvsborgs sjukhus och Alingsås lasarett går först, hösten 2024"
        r"(?<=lasarett )(?:går|gick) först(?=,? (?:våren|hösten|vintern|sommaren|i [a-zåäö]+|under) \d{4}\b)",
        r"ansluter(?! sig till)", r"byt(?:er|a|te|s) till (?:Millennium|det nya systemet)",
        r"först med (?:att (?:börja )?använda )?(?:Millennium|systemet|det nya (?:vård|journal)?systemet)",  # "blir Södra Älvsborgs sjukhus först med Millennium hösten 2024"
        r"börja(?:r|de)? (?:att )?arbeta i (?:Millennium|det nya systemet|systemet)",
        # "På akutmottagningen i Borås börjar registreringen den 1 juni": the thing's use begins
        r"börja(?:r|de)? (?:registrering|dokumentation|rapportering|användning)(?:en)?",
        # "Tre dagar senare kom de första elektroniska beställningarna från avdelningarna": the orders' go-live
        r"kom de första (?:elektroniska |digitala )?(?:beställningarna|remisserna|ordrarna|beställningar|remisser)",
        # "Den första beställningen den vägen kom in till bolaget måndagen den 11 november": the first one
        r"(?<=[Dd]en första )(?:elektroniska |digitala )?(?:beställningen|remissen|ordern)(?= (?:[\w-]+ ){0,3}?kom\b)",
        # "Hudkliniken börjar på måndag registrera eksemen med en gemensam kod": the use begins, the day between
        r"börja(?:r|de)?(?= (?:på|i|den|om|nästa|från) (?:[\w-]+ ){0,2}?(?:registrera|dokumentera|rapportera) )",
        # "Registreringen av skateboardolyckor börjar den 1 oktober"
        r"(?:registrering|dokumentation|rapportering|användning)(?:en)? (?:av [\w-]+ )?börja(?:r|de)?(?! (?:\w+ ){0,3}(?:använda|att))",
        # "Södra Älvsborgs sjukhus, som skulle ha börjat våren 2021, väntas nu börja våren 2022"
        r"(?:skulle ha|väntas(?: nu)?|ska(?: nu)?) börja(?:t)?(?= (?:våren|hösten|vintern|sommaren|under \d{4}|\d{4})\b)",
        # "Enligt den ska Södra Älvsborgs sjukhus börja hösten 2024": the hospital between the verbs
        r"(?<=sjukhus )börja(?= (?:våren|hösten|vintern|sommaren|under \d{4}|\d{4})\b)",
        # "Södra Älvsborgs sjukhus: började i november 2024": a hospital's item in a timetable
        r"(?<=: )började(?= (?:i|den|under|våren|hösten|vintern|sommaren) )",
        # "… och enligt den preliminära planen börjar sjukhuset i stället våren 2022": the hospital after the verb
        r"börja(?:r|de)?(?= (?:sjukhuset|sjukhusen|de första sjukhusen)(?: i stället)? (?:våren|hösten|vintern|sommaren|under \d{4}|\d{4})\b)",
        # ("väntas följa i april nästa år", "NU-sjukvården följer lördagen den 17 oktober", "… NU-sjukvården följer
        # året därpå": v161)
        r"(?:följ(?:er|de)|(?<=väntas )följa|(?<=ska )följa)(?= (?:efter |enligt planen )?(?:i etapper|året därpå|året efter|våren|hösten|vintern|sommaren|under|\d{4}|(?:\w+dagen )?den \d{1,2}|i (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december))\b)",
        # "Enligt tidplanen följer Skaraborgs Sjukhus och övriga förvaltningar … under 2025": a hospital after the verb
        r"följer(?= (?-i:(?:[A-ZÅÄÖ][\w-]* )+(?:Sjukhus|sjukhus|lasarett)|NU-sjukvården|Sahlgrenska|SkaS|SÄS)\b)",
        r"följer(?= övriga (?:sjukhus|förvaltningar|verksamheter)\b)",  # "Efter Södra Älvsborgs sjukhus … följer övriga sjukhus under 2022"
        # ("går Södra Älvsborgs sjukhus och Alingsås lasarett över hösten 2024": two hospitals between)
        r"går (?:de |den |det )?(?:\w+ (?:och )?){1,6}?över(?=,? (?:(?:först|sist|sedan|därefter),? )?(?:våren|hösten|vintern|sommaren|i |under |\d))",
        # "Den 11 april gick Skaraborgs Sjukhus över.": a hospital between the verb and "över", the date fronted
        # ("Lördagen den 9 november 2024 gick Södra Älvsborgs sjukhus över, och den 20 november …": a clause's end)
        # ("gick Södra Älvsborgs sjukhus och Alingsås lasarett över, men …": two hospitals)
        r"(?:gick|går) (?-i:(?:(?:[A-ZÅÄÖ][\w-]* )+(?:Sjukhus|sjukhus|lasarett)|NU-sjukvården|Sahlgrenska|SkaS|SÄS) (?:och )?){1,2}över(?=\s*[.;]|\s*$|,\s(?:och|men)\s)",
    ),
    "pause": (
        # a postponement ("skjuts upp till nästa höst") is not a pause: the go-live moves
        # not "ställde sig bakom pausen", "gav sitt stöd till pausen": the board backing it decided
        r"(?<!bakom\s)(?<!stöd\still\s)paus(?:a|ar|ade|as|ades|en|at)?", r"stopp(?:a|ar|ade|as|ades|at)",
        r"rull(?:a|as|ades) tillbaka", r"återgång(?:en)?",
        r"fr(?:ystes|ysts|yses) in", r"(?<=införandet )(?:frystes|frysts|fryses)",  # "Införandet frystes i mars"
        # "Införandet avbröts den 20 april", "lades på is i januari", "Regionen drog i nödbromsen"
        r"(?<=införandet )(?:avbröts|avbryts|har avbrutits)", r"avbr(?:yta|öt|yter|utit)(?= (?:[\w-]+ ){0,2}?införandet\b)", r"(?:lades|läggs|lagts|lagt) på is", r"nödbroms\w*",
        r"gå tillbaka till", r"går tillbaka till", r"gick tillbaka till",
        # "återgick sjukhusen till de gamla systemen", "backade till de tidigare journalerna", "lades vilande"
        r"(?:återg(?:ick|år|ått|å)|backa(?:de|r|t)?)(?= (?:[\w-]+ ){0,4}?till (?:de|sina|det|sitt) (?:gamla|tidigare)\b)",
        r"(?:lades|läggs|lagts|lagt) vilande",
        # "frös regiondirektören införandet", "lade regiondirektören införandet på is", "satte regiondirektören
        # införandet på paus": the decider and the go-live noun between the verb and its particle
        r"frös(?= (?:[\w-]+ ){0,2}?(?:införandet|starten|arbetet)\b)", r"(?:lade|satte)(?= (?:[\w-]+ ){1,3}?på (?:is|paus)\b)",
        r"tillbaka (?:till|i) (?:de|sina) (?:gamla|tidigare)",
        # (v160) "beslutade regiondirektören att ta time-out i införandet", "att göra uppehåll i införandet", "satte
        # regiondirektören stopp för införandet"
        r"time-?out(?:en)?", r"uppehåll(?:et)?(?= i (?:införandet|starten|arbetet)\b)", r"stopp(?= för (?:införandet|starten)\b)",
        r"(?:hålla|håller|höll) inne med(?= (?:införandet|starten)\b)",  # (v161) "beslutade … att hålla inne med införandet"
        # (v162) "återinförde sjukhusen sina gamla journalsystem", "att vilandeförklara införandet", "att lägga
        # införandet vilande"
        r"återinför(?:de|des|t|s)?(?= (?:[\w-]+ ){0,2}?(?:sina|de) gamla\b)", r"vilandeförklar\w*",
        r"(?:lägga|lade|lagt|lägger)(?= (?:[\w-]+ ){1,2}?vilande\b)",
    ),
    "agreement": (
        r"avtal(?:et|en)?", r"avsiktsförklaring(?:en)?", r"kontrakt(?:et)?", r"köp(?:et)? av",
        r"köpte", r"köptes(?! in\b)(?= (?:[\w-]+ ){0,4}av (?-i:[A-ZÅÄÖ]))",  # "Cerner köptes i (början av) juni av Oracle"
        r"ägs(?= sedan (?:[\w-]+ ){1,4}av (?-i:[A-ZÅÄÖ]))",  # "Företaget ägs sedan juni förra året av Oracle": the purchase
        r"förvärv\w*", r"undertecknade?s?", r"teckna(?:de|des|t|s|ts)",
        r"överenskommelse(?:n|r|rna)?", r"skr(?:evs|ev|ivits|ivs|iva|ivas) under",
        r"skr(?:ev|ivit|iver) på(?= med\b)",  # "Regionen skrev på med Cerner i mars"
        # "tilläggsavtalet", "Oracle köper Cerner", "kom överens om", "ansluter sig till optionen"
        r"\w+avtal(?:et|en)?", r"köper", r"slutför(?:de|t)? (?:köpet|sitt köp|förvärvet|sitt förvärv)",
        r"kom(?:mer|mit)? överens", r"överens om",
        # "Cerner, som sedan i juni ingår i Oracle": the purchase that made it so
        # ("Cerner ingår sedan i juni i Oracle", "blev i juni en del av Oracle": the time between;
        # "En månad senare blev Cerner en del av Oracle": the subject after the verb)
        # ("Sedan dess har Oracle tagit över Cerner, ett köp som slutfördes i juni")
        r"(?:tog|tagit|tar) över Cerner", r"(?:tog|tar)(?= Oracle över (?:Cerner|företaget|bolaget)\b)",
        r"(?<=Oracle )(?:tog|tar|har tagit) över (?:företaget|bolaget)",  # "I juni tog Oracle över Cerner", "Oracle tog över företaget"
        r"köp(?:et)?,? som slutfördes",
        r"ingår (?:sedan (?:i )?[a-zåäö]+(?: \d{4})? )?i Oracle", r"ägs (?:sedan (?:[\w-]+ ){1,3})?av Oracle(?! Health)", r"(?:blev|är|har blivit) (?:Cerner )?(?:sedan )?(?:(?:i )?[\w-]+(?: \d{4})? )?en del av Oracle",  # "är sedan sommaren 2022 en del av Oracle"
        r"har (?:sedan (?:[\w-]+ ){1,4})?Oracle som (?:ny )?ägare",  # "Cerner, som sedan juni förra året har Oracle som ägare", "har sedan juni förra året Oracle som ägare"
        r"anslut(?:er|it|a) sig till", r"anslöt sig till",
        # "… avtalet godkändes av regionstyrelsen i april. Underskriften skedde i maj.": the signing told by its noun
        r"(?:underskriften|undertecknandet)(?= (?:av [\w-]+ )?(?:skedde|gjordes|ägde rum|sker|görs|följde)\b)",  # "… följde månaden efter"
    ),
    "appointment": (
        # not "gav X i uppdrag att utse kontaktpersoner": the task
        r"(?<!i uppdrag att )utse(?:tt|tts|s|r)?", r"(?:vara|bli|är|blir) utsedd", r"utsågs?", r"utnämn\w*", r"förordna(?:de|t|des|ts|s)\b", r"tillträde(?:r)?", r"tillträdde", r"anställ(?:s|des|ts)",
        # "blir från den 1 juli ny ordförande", "Föreningens årsmöte valde honom i april"
        # ("blir föreningens nya arbetsmiljöombud från den 1 oktober": the owner before the post)
        r"blir (?:från (?:och med )?(?:den )?\d{1,2} [a-zåäö]+ )?(?:[a-zåäö]+(?:ens|ets|ns) )?nya?", r"val(?:de|t) (?:honom|henne|hen)",
        # "Årsmötet valde i söndags fysioterapeuten X till ny ordförande"
        # ("valde vid samma möte instruktören X, som har undervisat i klubben sedan 2016, till ny skadeansvarig";
        # "Till ny skadeansvarig valde årsmötet målvakten X": the post fronted)
        r"val(?:de|des|ts|t)(?=(?: [\w-]+){1,6}(?:,[^,.;:]{1,80},)? till (?:ny|nya|vice|(?:[a-zåäö]+ )?(?:ordförande|ledamot|ledamöter|kassör|sekreterare|[\w-]*ansvarig[ae]?|[\w-]*kontaktperson|[\w-]*ombud|[\w-]*samordnare)\b))",
        r"till ny [\w-]+ (?:valde|utsåg)", r"^\s*till (?:[\w-]+ ){1,3}(?:valde|utsåg)\b",  # "Till klubbens första X valde medlemsmötet Y"
        r"efterträder", r"efterträdde", r"efterträd(?:des|s|ts)", r"t(?:ar|og|agit) över som",
        # "Karin Ek blev klubbens ordförande i mars", "Föreningen fick en ny kassör i april", "axlade rollen som"
        r"(?:blev|fick en ny|fick ett nytt)(?= (?:[a-zåäö]+(?:ens|ets|ns) )?(?:nya? )?[\w-]*(?:ordförande|kassör|sekreterare|ledamot|chef|direktör|ansvarig|ombud|kontaktperson|samordnare|representant)\b)",
        r"axla(?:de|r|t)? (?:rollen|uppdraget|posten|ansvaret)",
        # "Johan Berg kliver in som tillförordnad verksamhetschef den 1 juni", "har rekryterats till ny programchef":
        # taking office (not "Nya experter ska rekryteras till höstens designarbete")
        r"(?:kliver|klev|går|gick) in som", r"röst(?:ade|ades|ats|at)(?= (?:[\w-]+ ){0,3}?fram\b)",
        r"anförtro(?:dde|tt)(?= (?:[\w-]+ ){0,3}?(?:uppdraget|rollen|posten) som\b)", r"rekryter(?:ades|ats)(?= (?:[\w-]+ ){0,3}?(?:till|som)\b)",
        r"välj(?:a|er|s) (?:en )?ny(?! leverantör)\b",  # "Årsmötet ska välja en ny skadeansvarig i mitten av november"
        # "Klubbens styrelse ska vecka 51 välja en kontaktperson", "Kontaktperson väljs vecka 51": a post to be filled
        r"välj(?:a|er|s) (?:en |ett )?[\w-]*(?:kontaktperson|ombud|representant|ansvarig)\b",
        r"[\w-]*(?:kontaktperson|ombud|representant)(?:en)? (?:väljs|utses)\b",
        r"t(?:ar|og|agit) över (?:uppdraget|posten|rollen|tjänsten)",  # "Hon tar över uppdraget den 1 augusti"
        r"(?:han|hon|hen) börjar(?! (?:\w+ ){0,3}använda)",  # "… utsett Jonna Vik till kontaktperson. Hon börjar den 1 oktober"
        # "… till företagets kontaktperson mot regionen. Han tar över den 1 juni."
        # ("Hon tar över måndagen den 19 oktober efter X": a weekday before the date)
        r"(?:han|hon|hen) t(?:ar|og) över(?=\s(?:den\s\d|[a-zåäö]+dagen\sden\s\d|vecka\s\d|efter\s|från\s|i\s[a-zåäö]+\b))",
    ),
    "letter": (
        # (not "de sex uppgifter som skrivelsen räknar upp": what a letter holds, no sending; v162)
        r"brev(?:et|en)?", r"krav(?:et|en)?(?![\s-]+maga\b)(?!\s(?:ska\s)?(?:räkna|räknar|innehålla|innehåller|omfatta|omfattar)\b)",
        r"skadestånd\w*", r"vite", r"viten", r"skrivelse(?:n|r|rna)?(?!\s(?:ska\s)?(?:räkna|räknar|innehålla|innehåller|omfatta|omfattar)\b)",
        r"anmälan", r"anmälde", r"anhållan",  # "bad om varningen i en anhållan till kliniken"
        r"(?<=i ett )(?:yrkande|upprop)",  # (v161) "hade bett om koden i ett yrkande / upprop till mottagningen"
        r"skrev till", r"framställan",
        # "Föreningen polisanmälde händelsen den 2 maj", "ansökte om pengar i februari"
        r"[\w-]+anmälde", r"ansökte(?= om\b)",
        # "Föreningen lämnade in sina synpunkter den 4 april": views handed in
        r"lämna(?:de|t|r|s|des)? in (?:sina |sitt |ett |en |de |våra |vårt )?(?:[\w-]+ )?(?:synpunkter|remissvar|önskemål|ansökan)",
        # not "elva knäskador som krävt läkarbesök": injuries that needed care
        r"kräv(?:t|de)(?! (?:läkarbesök|vård|sjukhusvård|operation|behandling|sjukskrivning|rehabilitering)\b)",
        # "har lovat polisen ett skriftligt svar", "svar är utlovat vecka 25": an answer promised
        r"lovat att svara", r"(?:ut)?lovat (?:\w+ ){0,3}svar", r"svar(?:et)? (?:är|har) utlovat\w*",
        r"(?:svar|besked)(?:et)? väntas",  # "Svar väntas i slutet av oktober": the answer to a letter sent
        r"löfte om (?:ett )?(?:skriftligt )?svar",  # "har fått löfte om ett svar vecka 26"
        # "…, och programmet svarade den 20 september" (not "tekniker som svarade på föreningens enkät i april")
        r"svarade(?= (?:den|i|på|redan|vecka)\b)(?! på (?:[\w-]+ ){0,2}(?:enkät|frågor|frågorna|frågan|frågeformulär)\w*)",
        # "I går kom ett första svar: …", "I går svarade sjukhuset att …": an organisation's answer (not "svarade hon")
        r"kom (?:ett )?(?:första |nytt |skriftligt |formellt )?svar\b", r"svarade(?= [a-zåäö]{3,}(?:et|en|na) (?:att|på)\b)",
        # requests, statements and filings sent: "begär överprövning", "regionens yttrande", "lex Maria-anmälan"
        r"begär(?:de|t|s)?", r"begäran", r"yttrande(?:t|n)?", r"stämningsansökan", r"[\w-]+anmälan",
        r"skriver till", r"skriver (?:jag|vi|han|hon|de) till",
        # "skrev i våras till regionens hjärtsjukvård … och fick svar i juni": a letter and its answer
        r"skrev\s(?!under\b)(?:[\w-]+\s){1,3}?till\b", r"(?:har|hade)\sskrivit\still\b", r"fick (?:(?!inget\b|inte\b)[\w-]+ )?(?:ett )?(?:första |nytt |skriftligt |formellt )?svar\b", r"skick(?:ar|as|ade|ades)", r"lämna(?:s|des) (?:(?:den|det|de|dem) )?över", r"svar(?:et)? (?:till|från)",
        # "Vårt förslag lämnade vi till rådet den 14 september", "beskedet kom i ett mejl"
        r"lämna(?:de|des|t|ts)\s(?:[\w-]+\s){0,3}?till(?!\s(?:och\smed|sin|sitt|sina)\b)",
        # "överlämnade klubbens ordförande motionen till akutkliniken"
        r"överlämna(?:r|s|de|des|t|ts)\s(?:[\w-]+\s){0,5}?till\b", r"(?:i|via|per)\s(?:ett\s)?mejl", r"mejlet",
        r"mejla(?:de|des|t|ts)",  # "Förslaget mejlades till regionens upphandlingsgrupp på fredagen"
        r"g(?:år|ick|å) ut på remiss",  # "Mallen går ut på remiss till sjukhusens akutmottagningar nästa vecka"
    ),
    "deadline": (
        r"senast", r"på\ssig\s(?:(?:fram\s)?till\s(?:[\w-]+\s){1,4}?)?att", r"(?:tiden|fristen)\s(?:har\s)?förlängts",  # "hade fram till den 16 oktober på sig att lämna anbud"
        # "Anbuden skulle ha varit inne måndagen den 16 oktober, men … förlängdes anbudstiden till måndagen den 15 januari"
        r"skulle\sha\svarit\s(?:inne|klar|klart|klara|inlämnade?)", r"förläng(?:des|s|ts|d)\s(?:[\w-]+\s)?(?:anbudstiden|tiden|fristen)",
        r"(?:anbudstiden|tiden|fristen)\s(?:har\s)?förlängd(?:es)?",
        r"(?:tas emot|t(?:ar|og) (?:vi |de )?emot|pågår|pågick|lämnas) till och med(?= (?:\w+dagen )?den \d)", r"(?:gick|går) tiden ut", r"tiden (?:gick|går) ut", r"sista dag(?:en)?",
        r"ska (?:(?!avtal|avsiktsförklaring|kontrakt)[a-zåäö]+ ){0,4}?vara (?:klar|klart|klara|färdig|färdigt|färdiga|besvarad|besvarat|besvarade|inne|inlämnad|inlämnat|genomförd|genomfört|sammanställd|sammanställda|avslutad|avslutat|avslutade|insamlad|insamlat|insamlade)",
        r"ska vara fattade", r"redovisas", r"rapportera", r"ska presenteras", r"presentera (?:en|ett|sin|sitt)",
        r"(?:resultat|rapport)(?:et|en|er|erna)? väntas", r"besked om (?:en )?(?:ny )?tidplan väntas", r"svarstid(?:en)?",
        # "anbudstiden går ut", "ska redovisa åtgärderna", "den första lägesrapporten", "väntas bli klar"
        # ("Anbudstiden löper ut måndagen den 16 oktober")
        # ("Anbudstiden skulle ha gått ut måndagen den 16 oktober men förlängdes": the day first set)
        r"\w+tiden (?:gick|går|löper|löpte|skulle ha gått|skulle gå|väntas löpa|väntas gå|ska löpa) ut", r"(?:gick|går|löper|löpte) \w+tiden ut", r"redovisa(?:r|de)?", r"redovisning(?:en)?",
        r"\w+tiden (?:i|för) (?:[\w-]+ ){1,8}(?:gick|går|gått|löper|löpte|har löpt) ut",  # "Anbudstiden i regionens upphandling (av ett nytt vårdinformationssystem) gick ut i augusti"
        r"återrapport\w*", r"\w+rapport(?:en)? (?:ska|till)", r"(?:lägesrapport|kvartalsrapport|helårsrapport)\w*",
        r"(?:väntas|ska) bli (?:klar|klart|klara|färdig|färdigt)", r"återkomma",
        # "ska ha gått en kurs i säker bänkpressteknik före den 1 mars": done by a day
        r"(?:ska|måste) ha [a-zåäö]+(?:at|tt|t)(?= (?:[\w-]+ ){0,8}?före (?:[a-zåäö]+dagen )?den \d)",
    ),
    "decision": (
        r"beslut(?:ade|at|ar|as|ades|ats|a)", r"beslöt", r"ta beslut", r"fatta(?:r)? beslut", r"fattade beslut", r"fatta beslut",
        r"fattas", r"tog beslut", r"tog beslutet",  # "Regiondirektören tog beslutet den 3 februari"
        r"fattade beslutet", r"beslutet togs(?= (?:i|på|den|av)\b)",
        # "Det slutliga beslutet om starten i NU-sjukvården tas av programmets styrgrupp i början av oktober"
        r"[Bb]eslutet (?:[\w-]+ ){0,5}?tas(?= (?:av|i|på|den|vid)\b)",
        r"[Bb]eslutet (?:om [\w-]+ |att (?:[\w-]+ ){1,3})?fattades",  # "Beslutet om koden fattades av akutklinikens ledning i mitten av oktober"
        r"fatta\w* (?:[\w-]+ ){1,3}[\w-]*beslut(?:et)?", r"avgör",
        # ("tog den 3 februari beslutet att flytta starten")
        r"tog(?= (?!del |emot |upp )(?:\w+ ){1,4}?beslut)",  # "tog i måndags beslut om att", not "tog del av beslutet"
        r"slog(?= (?:[\w-]+ ){1,4}?fast\b)",  # "Regionstyrelsen slog den 17 maj fast tidplanen"
        # ("Den 22 mars tog regionstyrelsen ställning": the body between)
        r"ta(?:r|git)? ställning", r"tog ställning", r"t(?:og|ar) (?:[\w-]+ ){1,2}ställning", r"i uppdrag", r"godkän(?:de|t|ner|ns|des|ts)", r"antog", r"antogs", r"(?:har|hade) antagit", r"fastställ(?:de|t|er|s|des)",
        r"ställ(?:de|a|s|t) sig bakom", r"(?:lade|lades|lagt|lagts|lägger|läggs|lägga|slog|slogs|slagit|slagits|slås|slå) fast", r"gav klartecken", r"(?:gav|ger)(?= (?:[\w-]+ ){1,3}?klartecken\b)", r"leverantör(?:en)?(?= (?:[\w-]+ ){0,2}?(?:väljas|väljs)\b)", r"(?:fick|får|fått)(?= (?:[\w-]+ ){0,3}?(?:klartecken|grönt ljus))", r"avgörs", r"fastställas", r"(?:bli|blir|blev|blivit) fastställd(?:a)?", r"gav (?:\w+ )?uppdrag(?:et)?",
        r"klubba(?:de|des|t|ts|s)", r"ställde sig(?: \w+){1,3} bakom", r"fastställa",
        r"biföll", r"bifölls", r"avslog(?:s)?", r"sa(?:de|gt)? (?:\w+ ){0,3}(?:ja|nej) till", r"tilldelningsbeslut\w*",
        # "När NU-sjukvården står på tur väntas regionstyrelsen bestämma i slutet av januari": a decision to come
        r"(?:väntas|ska|skall|kommer att)\s(?:[\w-]+\s){0,2}?bestämma",
        r"avgöra", r"beslut(?:et)? (?:\w+ ){0,4}väntas", r"beslut(?:et)? om hur (?:\w+ ){1,7}väntas", r"(?<!om en ny )(?<!om ny )(?<!någon ny )tidplan(?:en)? väntas",
        r"(?<![\w-])plan(?:en)? för (?:[\w-]+ ){1,5}?väntas",  # "En plan för omstarten väntas i regionstyrelsen i maj"
        # "Tidplanen för NU-sjukvården ska upp i regionstyrelsen i slutet av januari": a matter brought up to be decided
        r"(?:ska|skall|väntas|kommer)\s(?:[\w-]+\s)?upp\si\s[\w-]*(?:styrelsen|nämnden|fullmäktige|styrgruppen)",
        # "Beslutet att flytta starten i Södra Älvsborg togs av regiondirektören den 3 februari"
        r"[Bb]eslutet (?:att|om) [^.;:]{1,80}? togs(?= av\b)",  # "Ny tidplan väntas i maj"
        # "Att starten skjuts upp till våren 2022 bestämde regiondirektören den 3 februari": what was decided fronted
        r"^\s*Att\s[^.;:]{1,100}?\s(?:bestämde|beslutade|beslöt|fastställde|godkände)(?=\s)",
        r"val(?:de|t) [A-ZÅÄÖ][\w-]* som leverantör",  # "Regionstyrelsen valde Cerner som leverantör i januari"
        r"välja (?:en )?(?:ny )?leverantör",  # "Regionstyrelsen väntas välja leverantör i mitten av januari"
        r"g(?:e|er|es|av|avs|ett|etts) (?:[\w-]+ ){0,2}(?:startbesked(?:et)?|klartecken|klartecknet)",
        r"klartecken(?= av\b)",
        r"(?<=efter ett )beslut(?= av\b)",  # "Rutinen infördes efter ett beslut av produktionsledningen i måndags"  # "fick planen för en omstart klartecken av regionstyrelsen": given by the body  # "väntas ge slutligt startbesked i mitten av september"
        # "väntas ge slutligt besked om starten i Skaraborg i mitten av mars": the start is what is decided on
        r"g(?:e|er|es|av|avs|ett|etts) (?:[\w-]+ ){0,2}besked(?= om (?:starten|införandet|tidplanen|övergången)\b)",
    ),
    "meeting": (
        # (not "mellan årsmötena": meetings in general)
        r"sammanträde(?:t|n|na)?", r"sammanträder", r"(?<!mellan )\w*möte(?:t|n|na)?", r"möts", r"workshop\w*",
        r"kontrollpunkt(?:en)?", r"avstämning(?:en)?",
        # "Programmets styrgrupp gör en sista kontroll av startbeskedet i mitten av oktober": a checkpoint
        # ("gör nästa genomgång av tidplanen i början av december")
        r"g(?:ör|öra|örs|jorde)\s(?:en\s|nästa\s)?(?:[\w-]+\s)?(?:kontroll|uppföljning|genomgång)\sav", r"st(?:ämma|ämmer|ämde)\sav", r"följ(?:a|er|de)\supp\stidplanen",
        r"tidplanen\sföljs\supp\b",  # "Tidplanen följs upp av programmets styrgrupp i början av december"
        # "en öppen kastträning söndagen den 29 oktober klockan 10", "en öppen kväll om knähälsa tisdagen den 8 maj
        # klockan 18": a session for anyone
        r"öppen\s[\w-]*träning(?:en)?", r"öppen\skväll(?:en)?",
        r"pröva(?:r|s|de)?\s(?:[\w-]+\s)?tidplanen", r"halvdag", r"\w*träff(?:en|ar|arna)?",
        # ("ska han och klubbens ordförande träffa programmets kravställare": a meeting to come)
        r"träffar", r"träffas", r"träffades", r"(?:ska|skall|kommer att)\s(?:[\w-]+\s){0,8}?träffa", r"frågestund(?:en|er)?", r"webbinari(?:um|et|er|erna)", r"öppet hus", r"seminari(?:um|et|er)", r"\w*konferens(?:en|er)?", r"dragning",
        # "samråd mellan regionen och kommunerna", "Vårdförbundet träffade sjukhusledningen", a fair, a planning week
        # "Regionen och föreningen möttes i Skövde den 15 mars" (not "möttes av kritik")
        r"(?:möttes|möts|mötts)(?!\s+av\b)",
        r"samråd(?:et)?", r"\w*samverkansgrupp\w*", r"träffade", r"\w*mässa(?:n)?", r"planeringsvecka(?:n)?",
        # "Förra veckan besökte ledningsgruppen programkontoret", "Region Värmlands studiebesök": a visit
        r"besök(?:te|er)", r"studiebesök\w*",
        r"(?<=en )visning(?= av\b)",  # (v160) "bjuda in sjukhusets arbetsterapeuter till en visning av gåborden tisdag 17 december"
        # "… ordna en utbildningskväll. Den hålls tisdagen den 5 november klockan 18": the meeting just named
        r"(?:den|det) hålls",
        # "… hålls höstens informationsmöte digitalt. Det äger rum tisdagen den 25 augusti klockan 19": the same
        r"(?:den|det) äger rum",
        # "Digital genomgång i maj"
        r"(?:håller|hålls|höll) en genomgång", r"digital(?:a)? genomgång(?:en|ar)?", r"\w*e-hälsodag(?:ar|arna)",
        # the plural of the days below ("temadagar"); "på regionens leverantörsdag" is one of the days held for a field
        r"(?:leverantörs|tema|informations|utbildnings|inspirations)dagar",
        # "beslutade att ordna en skatedag med hjälmprovning lördagen den 26 september": a day of its own held
        # ("Klubben ordnar en säkerhetsdag lördagen den 14 oktober", "att hålla en säkerhetsgenomgång för alla hoppare",
        # "Föreningen ordnar en gårdsvandring", "fattade beslut om en säkerhetsdag")
        *(
            # ("sade dessutom ja till en ryggskola för medlemmarna lördagen den 21 oktober klockan 10")
            # ("Skolan ordnar dessutom en dag om säker knivhantering onsdagen den 26 oktober")
            # ("Klubben ordnar en kväll om skidtumme … tisdagen den 21 mars klockan 18")
            rf"(?<={verb} {also}en )[\w-]*(?:dag|genomgång|vandring|skola|kurs|kväll)"
            for verb in ("ordna", "ordnar", "hålla", "håller", "anordna", "anordnar", "arrangera", "arrangerar", "beslut om", "ja till")
            for also in ("", "dessutom ", "också ", "även ")
        ),
        r"behandla(?:r|s)? (?:\w+ )?(?:rapport|ärende|förslag)\w*", r"samlas",
        r"(?:ska|skall|väntas) se över tidplanen",  # "Programmets styrgrupp ska se över tidplanen igen i slutet av april"
        r"presenteras för",  # "Avtalet presenteras för regionens dietister nästa vecka": a meeting with them
        # "Alla ledare bjuds in till en kväll om hjärt- och lungräddning tisdagen den 23 oktober", "bjuda in sjukhusets
        # ortopedtekniker till en genomgång"
        r"(?:bjud(?:a|er|s|its)?|bjöd) in (?:[\w-]+ ){0,3}?till",
        # "Programledningen går igenom läget för NU-sjukvårdens införande i mitten av juni": a checkpoint
        r"g(?:år|å|ås)\sigenom\s(?:läget|tidplanen|upphandlingen)",  # ("går igenom tidplanen på nytt i slutet av juni")
        # "Programmets styrgrupp ska gå igenom arbetet med kraven vecka 43": a steering body's review
        r"(?:styrgrupp|ledningsgrupp|arbetsgrupp|programledning)(?:en)?\s(?:ska\s|skall\s|väntas\s|kommer\satt\s)?g(?:år|å)\sigenom\b",
        # "Programmets styrgrupp tar upp tidplanen igen den 30 september", "Tidplanen ses över av programmets styrgrupp
        # i mitten av november": a body's checkpoint
        r"t(?:ar|a|as|og|ogs)\supp\s(?:tidplanen|upphandlingen|ärendet)", r"ses\söver\sav", r"(?:tidplanen|upphandlingen)\sprövas\b",  # "Tidplanen prövas på nytt av programmets styrgrupp vecka 47"
        # "Läget i upphandlingen ska följas upp av programmets styrgrupp vecka 24": the body's checkpoint
        # ("De krav som har kommit in tas upp av programmets styrgrupp vecka 45": brought up at its meeting)
        r"(?:följ(?:s|as|des)|t(?:as|ogs))\supp\sav\s(?:[\w-]+\s){0,2}?[\w-]*(?:styrgrupp|ledningsgrupp|programledning|arbetsgrupp)(?:en)?\b",
        # "I onsdags gick han och klubbens ordförande igenom enkäten med ortopedklinikens verksamhetschef": a meeting with a head
        # ("Om två veckor går hon och föreningens ordförande igenom uppgifterna med programmets arbetsgrupp": a group)
        # ("går hon och föreningens ordförande igenom kraven med två av programmets kravställare": the ones who set them;
        # "… igenom listan med ortopedklinikens fysioterapeuter": a clinic's staff)
        r"(?<!\bi\s)(?:gick|går)\s(?:[\w-]+\s){1,6}?igenom\s(?:[\w-]+\s){1,3}?med\s(?:[\w-]+\s){0,3}?(?:[a-zåäö]*chef(?:en)?|[\w-]*(?:grupp|råd)(?:en|et)?|kravställar(?:e|na)|[a-zåäö]*(?:terapeuter|läkare|sköterskor|barnmorskor)(?:na)?)\b",
        # "en informationskväll onsdagen den 20 april", "temakväll", "i en digital demo torsdagen den 17 juni"
        r"(?!(?:mån|tis|ons|tors|fre|lör|sön)dagskväll)\w+kväll(?:en|ar)?", r"visning(?:en|ar)?", r"demo(?:n|visning(?:en|ar)?)?",
        # "Nästa vecka presenterar vi förslaget för rehabcheferna", "visar flödet för personalen vecka 25",
        # "visar kopplingen för kunderna", "går igenom adaptern för alla medlemmar": a showing
        # ("Nästa vecka presenteras mallen för narkosläkarna", "Vi visar hur de nya beställningarna fungerar för
        # personalen", "… för regionens medicintekniska enhet", "… för ortopedklinikens verksamhetschef": a group of
        # staff, a unit, a body or its head)
        r"(?:presentera(?:r|s|de|des)?|visa(?:r|s|de|des)?|går\sigenom)\s(?:[\w-]+\s){1,8}?för\s(?:[\w-]+\s){0,3}?[\w-]*"
        r"(?:personal(?:en)?|[a-zåäö]*chef(?:en|er|erna)?|råd(?:et)?|medlemmar(?:na)?|ledning(?:en)?|styrelse(?:n)?|nämnd(?:en)?|kollegor(?:na)?"
        r"|kunder(?:na)?|användar(?:e|na)|läkare|läkarna|sköterskor(?:na)?|barnmorskor(?:na)?|[a-zåäö]{3,}(?:erna|orna|arna)"
        r"|[a-zåäö]{3,}ställare|[a-zåäö]*företrädare(?:na)?"  # ("presenterar underlaget för två av programmets kravställare")
        r"|mottagning(?:en|ar|arna)?|enhet(?:en|er|erna)?|klinik(?:en|er|erna)?|grupp(?:en|er|erna)?|hemsjukvård(?:en)?"
        r"|(?<=s\s)[a-zåäö]{4,}(?:er|ar|or))",  # ("för ortopedklinikens sjukgymnaster": an owner's staff)
        # "på optikernas branschdag", "Kolesteroldagen hålls …", "Nätverket ordnar familjedag": a day held for a
        # field or a public (not a weekday, nor "arbetsdag", "vardag", "födelsedag", "mellandagarna")
        # (not "fredagseftermiddagen", "i går eftermiddag", "halvdagar per medarbetare")
        r"(?!(?:tors|arbets|var|vardags|helg|födelse|midsommar|nationaldags|vecko|sista|halv|mellan|sjuk|semester|annan|nyårs|kläm)dag)(?!(?:mån|tis|ons|tors|fre|lör|sön)dags)"
        r"(?![a-zåäö]*middag)[a-zåäö]{4,}dag(?:en|arna)?",
        r"vernissage(?:n)?", r"föreläsning(?:en|ar)?", r"livesändning(?:en|ar)?",
    ),
}  # fmt: skip
EVENT_TYPES = tuple(EVENT_TRIGGERS)
# "erfarenheter från seminariet", "exempel från pausen", "Protokollet från mötet": what came of it, not it
_FROM_IT = {"meeting": r"(?<!\bfrån )", "pause": r"(?<!\bfrån )"}
_TRIGGER = {
    kind: re.compile(_FROM_IT.get(kind, "") + r"(?<![\w-])(?:" + "|".join(forms) + r")(?![\w-])", re.IGNORECASE)
    for kind, forms in EVENT_TRIGGERS.items()
}
FUTURE_CUES = re.compile(
    r"\b(?:ska|skall|kommer att|kommer|planeras|planerar|planerad|beräknas|väntas|förväntas|avses|tidigast|blir|siktar)\b",
    re.IGNORECASE,
)
PAST_CUES = re.compile(
    r"\b(?:\w+ade|\w+ades|har \w+t|hade|togs|tog|gick|blev|var|skickade|skickat|sköts|beslöt|antog)\b",
    re.IGNORECASE,
)
# Reported without a date, a letter or claim sent is still an event. (Undated appointments
# were tried: they mostly repeat an appointment dated elsewhere on the page.)
UNDATED_TYPES = ("letter", "appointment")
# "budget för 2023", "under perioden 2023–2025": the period a plan or budget covers, not
# the date of an event.
# "programchef sedan 2018", "sedan i våras": a state that began then, not an event.
# "skadestatistiken från förra året": the period figures cover.
PERIOD_OF = re.compile(
    # (not "i stället för våren 2021": the date given up)
    r"\b(?:(?<!stället\s)för|perioden|sedan(?:\s+i)?|[a-zåäö]*(?:statistik|siffror|uppgifter|data)(?:en|na)?\s+från"
    # "en sammanfattning av skadedagböckerna från 2019": the time the records are from
    # ("medlemmarnas skadeberättelser från 2018 och 2019": the things of the members, both years)
    r"|(?:[a-zåäö]{3,}(?:or|ar|er)na|[a-zåäö]{3,}s\s+[a-zåäö]{3,}(?:or|ar|er))\s+från(?:\s+\d{4}\s+(?:och|till))?)\s+$",
    re.IGNORECASE,
)
# A date that spans the publication ("i höst", "i år") is planned when the sentence puts the
# event off or denies it happened: "skjuts upp", "börjar inte använda ... i höst".
POSTPONED = re.compile(
    r"\b(?:skjut\w* upp|sköts upp|flytta(?:s|des|ts)|inte|förrän|blir inte av|senareläggs)\b", re.IGNORECASE
)

# A past date of a plan that did not come true is still a plan: "skulle ha startat våren 2021",
# "Planen var att ...", "var planerad till 2021", "Årsmötet, som var planerat till ...", and the date a start
# was moved from ("flyttades från april 2021 till våren 2022").
UNREALISED = re.compile(
    # "Tidigare var starten planerad till våren 2021": the subject may stand between
    r"\bskulle\b(?:\s+[\w-]+){0,4}?\s+ha\s+\w+|\bplanen var\b|\bvar (?:[\w-]+\s+){0,2}?(?:planerad|planerat|planerade|tänkt)\b"
    r"|\bursprungliga (?:plan|tidplan)\w*|\bfrån början\b|\bräknade\b(?:\s+[\w-]+){0,3}?\s+med\b"
    r"|\bblev aldrig av\b|\bbl(?:ir|ev) inte av\b",
    re.IGNORECASE,
)
_MOVED = re.compile(MOVE_VERB, re.IGNORECASE)
_FROM_HERE = re.compile(r"\bfrån\s+(?:den\s+|i\s+)?$", re.IGNORECASE)
_INSTEAD_OF = re.compile(r"\bi\s+stället\s+för\s+(?:den\s+|i\s+)?$", re.IGNORECASE)


_BUT = re.compile(r",?\s+men\s+|;\s*")


def only_planned(sentence: str, date_start: int) -> bool:
    """Whether the sentence tells the date at ``date_start`` as a plan that did not come true;
    "skulle ha gått över i september, men starten flyttades i december" keeps December."""
    cuts = [0] + [m.end() for m in _BUT.finditer(sentence)] + [len(sentence) + 1]
    left = max(c for c in cuts if c <= date_start)
    right = min(c for c in cuts if c > date_start)
    if UNREALISED.search(sentence[left:right]):
        return True
    if _INSTEAD_OF.search(sentence, 0, date_start):
        return True  # "ska nu börja våren 2022 i stället för våren 2021": the date given up
    return bool(_FROM_HERE.search(sentence, 0, date_start) and _MOVED.search(sentence, 0, date_start))


@dataclass(frozen=True)
class Trigger:
    """A word that names an event, and where it is in the sentence."""

    type: str
    start: int
    end: int


# "Utbildningen för sjuksköterskor startar vecka 34": an activity that starts is no go-live
_ACTIVITY_STARTS = re.compile(
    r"(?<![\w-])(?:utbildning|kartläggning|designarbete|arbete|test|granskning|förstudie|upphandling|inventering|kurs|pilotstudie|studie)"
    r"\w*(?:\s[\w-]+){0,3}\s(?:start(?:ar|ade|at|as)?|börja(?:r|de|t)?|inleds|inleddes)(?![\w-])",
    re.IGNORECASE,
)


# What opens a list of go-lives: "Tidplanen för huvudinförandet ligger fast:", "införs i tre steg:".
GOLIVE_LIST = re.compile(r"tidplan|inför(?:ande|andet|s)|\w+införande\w*|i (?:tre|två|fyra|flera) steg|etapper", re.I)


# "förfrågningsunderlaget ska skickas ut under hösten": a tender published, no letter
_TENDER_SENT = re.compile(
    r"(?:förfrågningsunderlag|upphandling)\w*\s(?:[\w-]+\s){0,4}?skick\w*\sut\b|\bskick\w*\sut\s(?:[\w-]+\s){0,2}?(?:förfrågningsunderlag|upphandling)"
    # "Upphandlingen ska enligt planen pågå under 2017, och de första sjukhusen kan börja använda …"
    r"|\bupphandlingen\s(?:[\w-]+\s){0,4}?(?:pågå|pågår|pågick|genomföras|avslutas)\b",
    re.IGNORECASE,
)


# "Om två veckor skickar vi ut föreningens nyhetsbrev", "I en enkät som föreningen skickade ut i augusti svarade
# 47 …": a newsletter or a survey sent out, no letter
_NEWSLETTER_SENT = re.compile(
    r"\bskick\w*\s(?:[\w-]+\s){0,2}?ut\s(?:[\w-]+\s){0,2}?[\w-]*nyhetsbrev\w*|[\w-]*nyhetsbrev\w*\s(?:[\w-]+\s){0,3}?skick\w*"
    # (a survey only in a relative clause, the answers the news: "Enkäten skickas ut i mitten av november" is sent)
    r"|\benkät\ssom\s(?:[\w-]+\s){0,3}?skick\w*",
    re.IGNORECASE,
)


# "Mellan 2020 och 2025 anmälde 41 av dem hudbesvär som arbetsskada", "anmälde medlemmarna 23 fall": a count of
# reports over years, no letter sent
_REPORTS_COUNTED = re.compile(
    r"^\s*(?:Mellan\s\d{4}\soch\s\d{4}|Under\s(?:åren\s)?\d{4}\s?[–-]\s?\d{4})\b[^.;:]*?\banmäl(?:de|des|t|ts)\b"
    r"|\banmäl(?:de|des)\s(?:[\w-]+\s){0,2}?\d+\s"
)


# "Det beslöt rådet i torsdags, efter en begäran från föreningen": the request came before, on no day told here
# (not "efter en skrivelse från Hypofysföreningen Väst i början av oktober": the request's day told)
_AFTER_REQUEST = re.compile(
    r"\befter\s(?:en|ett|hans|hennes|deras|[\w-]+s)\s(?:[a-zåäö]+\s)?(?:begäran|krav|skrivelse|brev)\b"
    rf"(?![^.,;:]{{0,60}}?\s(?:i\s(?:början|mitten|slutet)\sav|den\s\d|i\s(?:{MONTH_FULL_RE})\b))"
)


# "presenterar hon och föreningens ordförande kravet för programmets arbetsgrupp": a claim shown at a meeting, no letter
_CLAIM_PRESENTED = re.compile(r"\bpresentera(?:r|s|de|des)?\s(?:[\w-]+\s){0,8}?krav(?:et|en)?\sför\s", re.IGNORECASE)


# "Sedan 2019 har tre av dem fått rytmrubbningar, senast i juli": "senast" as "most recently", after a perfect
_MOST_RECENTLY = re.compile(
    r"^(?=[^.;:]*\b(?:har|hade)\s(?:[\w-]+\s){0,4}?[a-zåäö]+(?:at|it|tt)\b)(?![^.;:]*\b(?:ska|skall|måste|väntas)\b)[^.;:]*,\s(?P<m>senast)\s(?:i|den|för)\s[^,.;:]{1,30}[.!]?\s*$",
    re.IGNORECASE,
)


# The most characters between a tender sent out and its time ("skickas ut tidigast i början av 2018").
_TENDER_GAP = 30


# "används sedan i april", "Sedan lördagen den 17 oktober används Millennium", "har varit i drift sedan våren 2020",
# "Sedan i fredags kodar akutmottagningen skadorna för sig":
# a use that began on a day the sentence names after "sedan", the go-live then
USE_VERB = re.compile(r"\b(?:används|använt|använts|registreras|registrerar|kodas|kodar|i\sdrift)\b", re.IGNORECASE)
_SINCE_DATE = re.compile(
    r"\bsedan\s(?:i\s)?(?:[a-zåäö]+dagen\s)?(?:den\s\d|\d{4}\b|(?:våren|hösten|sommaren|vintern)\b|[a-zåäö]+dags\b"
    rf"|(?:{MONTH_FULL_RE})\b)",
    re.IGNORECASE,
)


def in_use_since(sentence: str) -> bool:
    """Whether the sentence tells of a use that began on a day it names after "sedan"."""
    return USE_VERB.search(sentence) is not None and _SINCE_DATE.search(sentence) is not None


def triggers_in(sentence: str) -> list[Trigger]:
    """Every event trigger in a sentence, left to right."""
    activities = [m.end() for m in _ACTIVITY_STARTS.finditer(sentence)]
    sent_out = [
        (m.start(), m.end()) for pattern in (_TENDER_SENT, _NEWSLETTER_SENT, _REPORTS_COUNTED, _AFTER_REQUEST, _CLAIM_PRESENTED) for m in pattern.finditer(sentence)
    ]
    recently = _MOST_RECENTLY.match(sentence)
    found = [
        Trigger(kind, m.start(), m.end())
        for kind, pattern in _TRIGGER.items()
        for m in pattern.finditer(sentence)
        if not (kind == "golive" and m.end() in activities)
        and not (kind == "letter" and any(a <= m.start() < b for a, b in sent_out))
        and not (kind == "golive" and m.group().startswith("följ") and _MEETING_FOLLOWS.search(sentence, max(0, m.start() - 30), m.start()))
        # "Bakom skrivelsen står Henrik Sandvall": who wrote it, no sending
        and not (kind == "letter" and _BEHIND.search(sentence, max(0, m.start() - 8), m.start()) is not None)
        # "Skrivelsen bygger på en kartläggning": what the letter rests on, no sending
        and not (kind == "letter" and _BUILT_ON.match(sentence, m.end()) is not None)
        and not (kind == "deadline" and recently is not None and m.start() == recently.start("m"))
        # "nyhetsbrev med en sammanfattning av årsmötet": a meeting told about, not held on the sentence's day
        and not (kind == "meeting" and _ACCOUNT_OF.search(sentence, max(0, m.start() - 40), m.start()))
    ]
    if in_use_since(sentence) and not any(t.type == "golive" for t in found):
        found += [Trigger("golive", m.start(), m.end()) for m in USE_VERB.finditer(sentence)]
    # "Regionstyrelsen utsåg i januari Cerner till leverantör": choosing a supplier is a decision, no appointment
    found = [
        Trigger("decision", t.start, t.end)
        if t.type == "appointment" and (_SUPPLIER_CHOSEN.match(sentence, t.end) or _SUPPLIER_BEFORE.search(sentence, 0, t.start))
        else t
        for t in found
    ]
    return sorted(found, key=lambda t: (t.start, EVENT_TYPES.index(t.type)))


_TONIGHT = re.compile(r"\b[Ii]\s(?:kväll|eftermiddag|natt)\b")
_HELD = re.compile(r"\b(?:höll|hölls|var|blev)\b")
# A meeting that "följer": "Ett digitalt medlemsmöte följer onsdagen den 16 september", no go-live.
_MEETING_FOLLOWS = re.compile(r"(?:möte|träff|kväll|seminarium|webbinarium|föreläsning)(?:t|n|et|en)?\s$")
_BUILT_ON = re.compile(r"\s(?:bygger|byggde|baseras|baserades|grundar\ssig)\spå\b")
_BEHIND = re.compile(r"(?<![\w-])[Bb]akom\s$")
_ACCOUNT_OF = re.compile(r"\b(?:sammanfattning|referat|protokoll(?:et)?)\s(?:av|från)\s(?:[\w-]+\s)?$", re.IGNORECASE)
# "Leverantören utses i slutet av året", "En leverantör väntas kunna utses under 2018": the supplier the passive's subject
_SUPPLIER_BEFORE = re.compile(r"\b(?:ny\s)?leverantör(?:en)?\s(?:[\w-]+\s){0,2}$", re.IGNORECASE)
# "… till leverantör", "… som ny leverantör": a supplier chosen, whoever the verb names
SUPPLIER_NAMED = r"\s(?:till|som)\s(?:ny\s)?leverantör\b"
# ("regionstyrelsen väntas utse leverantör i början av nästa år": the supplier chosen, named by its kind alone)
_SUPPLIER_CHOSEN = re.compile(rf"(?:\s[\w-]+){{0,4}}?{SUPPLIER_NAMED}|\s(?:en\s)?(?:ny\s)?leverantör(?:en)?\b")


# The term of a contract, not a signing: "löper ut i december 2027", "förlängs till och med 2028",
# "gäller från den 1 april", "börjar gälla" (not "förlängdes i somras": when it was extended).
_CONTRACT_TERM = re.compile(
    r"\b(?:löp(?:er|te|t|a)\s+ut|(?:går|gick|gått|gå)\s+ut|till\s+och\s+med|t\.o\.m\.|gäller|gälla|förläng\w*\b(?!\s+(?:(?:i|den|på|under)\s+)?$))\b[^.;:]{0,30}$",
    re.IGNORECASE,
)
# "förlängs till och med 2028" with the limit inside the time expression
# "förlänger avtalet med Västra Götalandsregionen till 2023": how far the extension runs
_EXTENDED_TO = re.compile(r"\bförläng\w*\s[^.;:]{0,60}?\btill\s+$", re.IGNORECASE)
_TERM_END = re.compile(rf"(?:{UNTIL})\s", re.IGNORECASE)
# "beslutade också att ordna en medlemsträff … torsdagen den 12 november": the meeting decided on, held that day
# ("att föreningen ska hålla en medlemsträff": the one who holds it before the verb)
# ("fattade också beslut om en dansträff … söndagen den 27 maj": the same, by the decision's noun)
_HOLD_MEETING = re.compile(
    # ("att bjuda in medlemmarna till en hörselkväll": the ones invited between)
    r"\satt\s(?:\w+\s){0,2}?(?:ordna|hålla|anordna|arrangera|bjuda\sin\s(?:[\w-]+\s){0,2}?till|kalla\still)\s(?:[\w-]+\s){0,2}$"
    r"|(?<=beslut)\som\s(?:en|ett)\s(?:[\w-]+\s)?$"
    r"|(?<=ja\still)\s(?:en|ett)\s(?:[\w-]+\s)?$",  # "sade dessutom ja till en ryggskola … lördagen den 21 oktober"
    re.IGNORECASE,
)
_START_MOVED = re.compile(r"(?:\s(?:i|på|för|vid)\s[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*)?)?\s(?:flyttades|flyttats|senarelades|försköts)\s")
_PUT_OFF_BY = re.compile(r"\s(?:skjuts|sköts|skjutits)\supp\s[^.;:,]{0,40}?(?P<ruling>(?:genom|efter)\s(?:ett\s)?beslut\s(?:av|från))\s")
_SHALL_APPOINT = re.compile(r"\b(?:ska|skall)\s(?:[\w-]+\s)?(?:utse|välja)$", re.IGNORECASE)
_AT_CLOCK = re.compile(r"\b(?:klockan|kl\.)\s\d")
_AT_OWN_MEETING = re.compile(r"\b(?:vid|på)\s(?:sitt|sina|ett|nästa)\s(?:nästa\s|kommande\s)?$")  # "vid sitt nästa möte"
_DECIDED_ON = re.compile(r"\s(?:(?:också|även|dessutom)\s)?(?:(?:om|till)\s)?(?:en|ett)\s")
_AFTER_IT = re.compile(r"(?<![\w-])(?:[Ee]fter|[Ss]edan|[Ii]nnan|[Ff]öre)\s$")
_BEFORE_THAT = re.compile(r"\s(?:innan|förrän)\s")
_WAITS = re.compile(r"\bdröj\w*\s(?:[\w-]+\s){0,3}?(?:till\s)?$", re.IGNORECASE)
_PAST_VERB = re.compile(r"\b(?!började\b)[a-zåäö]{3,}(?:ade|(?<![ae]n)de|te)\b|\bbörjade\s(?:[\w-]+\s){0,2}?gälla\b")
# "De verksamheter som gick över …": a relative clause's opening before its verb
_RELATIVE_OPENS = re.compile(r"\bsom\s(?:[\w-]+\s){0,2}$")
_COORDINATED = re.compile(r",\s(?:och|men|eftersom|medan)\s")
_SUBORDINATE = re.compile(r",\s(?:eftersom|medan)\s")
# A finite verb of a clause's own (not "följer", which goes on with the event before it).
# ("Därefter utvärderas de under hösten och vintern, och …": a present passive of "-era")
_OWN_VERB = re.compile(r"\b(?:är|var|har|hade|ska|skall|kan|kunde|borde|måste|får|blir|blev|[a-zåäö]+ades|[a-zåäö]{3,}eras)\b")
# ("…, och utvärderingen görs under vintern", "…, och anbuden utvärderas nu under våren": a thing of its own
# with its verb)
_THEN_OWN_VERB = re.compile(
    r"(?:därefter|sedan|efter\sdet)\s" + _OWN_VERB.pattern
    + r"|[a-zåäö]{4,}(?:ingen|andet|en|et)\s(?:nu\s)?(?:görs|sker|pågår|ska|blir|utvärderas|granskas|prövas|bedöms)\b"
)
_TOPIC_OF = re.compile(r"\s(?:om|kring)\s(?:(?:det|den|de|ett|en)\s)?(?:[\w-]+\s){0,2}")
# ("sade ja till nästa steg i införandet den 27 januari": a step of the go-live is what is decided on)
_OBJECT_OF = re.compile(
    # ("väntas ta beslut om när NU-sjukvården och Göteborgsområdet byter system i januari": when is what is decided)
    r"\b(?:för|om)\s+(?:[a-zåäö]+\s+){0,3}(?:[A-ZÅÄÖ][\w-]*s\s+)?$|\bom\snär\s[^.;:,]{1,80}$|\b(?:ja|klartecken)\s+till\s+$|\b(?:nästa|första|andra)\s+(?:steg|fas|etapp)\s+i\s+$", re.IGNORECASE
)


_BEFORE_IT = re.compile(r"\binför\s+$")  # "stämmer av läget inför starten …": a go-live the meeting prepares
_THEN_IN_FORCE = re.compile(r"\soch\s(?:[\w-]+\s){0,2}?(?:började|börjar|trädde|träder)\s(?:[\w-]+\s){0,2}?(?:gälla|i\skraft)\s(?:[\w-]+\s)?$")
_TRIAL_BEFORE = re.compile(
    # ("Efter ett prov på klubbens träningar under april beslutade han": the trial's place between)
    r"(?<![\w-])(?:[Ee]fter|[Ii]nnan|[Ff]öre)\s(?:en\s|ett\s)?[a-zåäö]*(?:period|perioden|försök|försöket|test|testet|prövning|prövningen|provtid|provtiden|prov|provet)"
    r"(?:\s(?:på|vid|i|hos)\s(?:[\w-]+\s){0,2}?[\w-]+)?\s(?:(?:under|i)\s)?$"
)


def _clause_end(sentence: str, at: int) -> int:
    """Where the clause going on at ``at`` ends: the next colon or semicolon, else the sentence's end."""
    ends = [i for i in (sentence.find(":", at), sentence.find(";", at)) if i >= 0]
    return min(ends, default=len(sentence))


# "…, och blir det ja kan en leverantör vara vald i början av 2018": the choice is the clause's own decision
_CHOICE_WORD = re.compile(r"\b(?:vald|valda|väljas|utsedd|utses)\b")


def _borrows_other_clause(sentence: str, inside: list[Trigger], left: int, start: int) -> bool:
    """Whether a date in a coordinated clause with a verb of its own would only borrow the decision, letter,
    meeting or agreement of the clause before (not a commission, whose task the later clause may date)."""
    return (
        _OWN_VERB.search(sentence, left, start) is not None
        and all(t.type in ("decision", "letter", "meeting", "agreement") and sentence[t.start : t.end] != "i uppdrag" for t in inside)
        and _CHOICE_WORD.search(sentence, left, start) is None
    )


# Short and strong past verbs of a clause's own: "Han åkte med åtta förare under augusti, och i mitten av september
# fastställde han …" (v162)
_SHORT_PAST = re.compile(r"\b(?:åkte|gick|kom|såg|reste)\b")


def nearest_trigger(triggers: list[Trigger], start: int, end: int, sentence: str) -> Trigger | None:
    """The trigger that belongs with a time expression: nearest in its clause, preceding first."""
    if not triggers:
        return None
    clause_start = max(sentence.rfind(":", 0, start), sentence.rfind(";", 0, start)) + 1
    clause_end = _clause_end(sentence, end)
    if not sentence[:start].strip() and sentence.startswith(":", end):
        # "September 2017: Programmets styrgrupp fastställer en tidplan med start våren 2021": a chronology's
        # label dates what its entry tells first
        clause_start, clause_end = end + 1, _clause_end(sentence, end + 1)
    inside = [t for t in triggers if clause_start <= t.start < clause_end]
    if not inside:
        fallback = min(triggers, key=lambda t: (EVENT_TYPES.index(t.type), t.start))
        colon = sentence.rfind(":", 0, start)
        if fallback.end <= colon and GOLIVE_LIST.search(sentence, 0, colon):
            # "Den tidplan som styrgruppen fastställde gäller: Södra Älvsborgs sjukhus först våren 2022, därefter
            # Skaraborgs Sjukhus": the dates after a timetable's colon are its go-lives
            return Trigger("golive", colon, colon + 1)
        return fallback
    # "Avtalet skrevs under den 2 september, och VGR IT godkände analysen den 17 september": each
    # coordinated clause that names an event of its own keeps its dates
    joins = [m.end() for m in _COORDINATED.finditer(sentence, clause_start, clause_end)]
    left = max((at for at in joins if at <= start), default=clause_start)
    right = min((at for at in joins if at > end), default=clause_end)
    own = [t for t in inside if left <= t.start < right]
    if not own and _ACTIVITY_STARTS.search(sentence, left, right):
        return None  # "Studien startar vecka 36, och data ska levereras senast den 30 september": the study's start
    if any(0 <= start - m.end() <= _TENDER_GAP for m in _TENDER_SENT.finditer(sentence, left, right)):
        return None  # "…, och förfrågningsunderlaget ska skickas ut under hösten": the tender's date, no event
    because = next((m.start() for m in _SUBORDINATE.finditer(sentence, end, clause_end)), None)
    if not own and because is not None and _OWN_VERB.search(sentence, left, right) and all(t.start > because for t in inside):
        # "Testerna borde göras våren 2020, eftersom vårdcentralerna går över 2021": the go-live is the
        # reason's, and the clause of the date names no event
        return None
    if not own and left > clause_start and all(t.end <= left for t in inside) and (
        _PAST_VERB.search(sentence, left, right)
        or all(t.type == "deadline" for t in inside) and _THEN_OWN_VERB.match(sentence, left, start)
        or _borrows_other_clause(sentence, inside, left, start)
    ):
        # "beslutade om det nya arbetssättet i fredags, och i måndags började det gälla": a clause of its own, in
        # the past, naming no event (not "…, och två dagar senare började bolaget ta emot beställningarna");
        # "Anbudstiden går ut den 16 oktober, och därefter ska anbuden utvärderas under vintern": what comes after
        # a deadline, with its own verb; "Fullmäktige väntas fatta beslut den 14 juni, och upphandlingen ska gå ut
        # under hösten": a clause with a verb of its own, the decision, letter, meeting or agreement the other's
        return None
    if (
        not own and right < clause_end and all(t.start >= right for t in inside)
        and (_OWN_VERB.search(sentence, left, start) or _PAST_VERB.search(sentence, left, start) or _SHORT_PAST.search(sentence, left, start))
    ):
        # "En första version prövades under maj och juni, och efter synpunkter därifrån godkände X texten den 30
        # augusti", "Rådet bestämde sig i lördags för att driva frågan, och i går mejlades kravet": a clause of its
        # own, its verb told before the dates, naming no event
        return None
    inside = own or inside
    if any(t.type == "decision" and t.start < start and end < t.end and _MOVED.search(sentence, t.start, start) for t in inside):
        # "Beslutet att i stället flytta starten till våren 2022 togs av regiondirektören den 3 februari": where the
        # start was moved to, told inside the decision's words (the decision has its own day)
        return None

    # "Den hade godkänts av styrelsen i maj och skickades den 4 juni": a date that ends its verb phrase
    # belongs to the verb before it, not to the one coordinated after "och"
    told_before = any(t.end <= start and start - t.end <= 40 and " och " not in sentence[t.end : start] for t in inside)
    # "De verksamheter som gick över till det nya systemet den 9 november återgår till …": a date that ends a
    # relative clause belongs to the clause's verb, not to the main verb after it
    relative_before = any(
        t.end <= start and start - t.end <= 40 and _RELATIVE_OPENS.search(sentence, max(0, t.start - 40), t.start)
        and not re.search(r"[,;:]", sentence[t.end : start])
        for t in inside
    )

    def cost(trigger: Trigger) -> tuple[int, int]:
        gap = start - trigger.end if trigger.end <= start else trigger.start - end + 15
        if trigger.start >= end and (
            told_before and re.fullmatch(r"\s+och\s+", sentence[end : trigger.start]) or relative_before and sentence[end : trigger.start].isspace()
        ):
            gap += 40
        return (gap, EVENT_TYPES.index(trigger.type))

    chosen = min(inside, key=cost)
    if chosen.end <= start and _THEN_IN_FORCE.search(sentence, chosen.end, start):
        return None  # "Rutinen beslutades i fredags och började gälla på måndagsmorgonen": when it came into force
    if chosen.start >= end and re.match(r",\s+(?:före|efter|inför)\s(?:[\w-]+\s){0,2}$", sentence[end : chosen.start]):
        return None  # "levereras i början av nästa år, före sjukhusets övergång till Millennium": the earlier thing's time
    if chosen.start >= end and _TRIAL_BEFORE.search(sentence, max(0, start - 50), start):
        return None  # "Efter en provperiod under augusti beslutade hon …": the trial's time
    earlier = [t for t in inside if t.end <= start]
    if chosen.start >= end and earlier and _THEN_SUBORDINATE.search(sentence, end, chosen.start):
        # "Det beslutade patientsäkerhetsgruppen i tisdags, sedan föreningen hade bett om varningen i en skrivelse":
        # the date ends the main clause; the subordinate clause after it tells its own thing
        chosen = max(earlier, key=lambda t: t.end)
    if chosen.end <= start and _THEN_SUBORDINATE.search(sentence, chosen.end, start):
        return None  # "Mallen godkände hon i oktober, sedan tio dansare hade prövat den under september": the trial's time
    if chosen.start >= end and _BEFORE_THAT.search(sentence, end, chosen.start) and not _WAITS.search(sentence, max(0, start - 30), start):
        # "en sista genomgång i början av oktober innan vi kan ge klartecken": the earlier thing's time (not "det
        # dröjer till 2024 innan de sista sjukhusen har bytt system")
        return None
    topic_of = [t for t in inside if t.type == "meeting" and _TOPIC_OF.fullmatch(sentence, t.end, chosen.start)]
    if chosen.type != "meeting" and topic_of:
        return topic_of[-1]  # "en medlemsträff om avtalet lördagen den 22 augusti": the meeting, about the agreement
    if chosen.type == "golive":
        # "Starten sköts upp i februari genom ett beslut av regiondirektören": the decision that put it off
        ruled = _PUT_OFF_BY.search(sentence, chosen.end)
        if ruled is not None and ruled.start() - chosen.end < 40:
            return Trigger("decision", ruled.start("ruling"), ruled.end("ruling"))
        moved = _START_MOVED.match(sentence, chosen.end)
        if moved is not None and moved.end() <= start and not _FROM_HERE.search(sentence, 0, start):
            return None  # "Starten i Södra Älvsborg flyttades i början av året": when it was moved, no go-live
        # "pausa införandet", "införandet skjuts upp": the go-live noun is what is paused
        # (not "Efter pausen startade sjukhuset om": the time after the pause, then the restart)
        paused = [
            t for t in inside
            if t.type == "pause"
            and (
                min(abs(t.start - chosen.end), abs(chosen.start - t.end)) < 3
                # "tog en paus i införandet", "stoppet för starten": the go-live noun the pause governs
                or t.end <= chosen.start and re.fullmatch(r"\s(?:i|av|för|med)\s", sentence[t.end : chosen.start]) is not None
                # "frös regiondirektören införandet": the decider between the verb and its object
                or t.end <= chosen.start and re.fullmatch(r"\s[a-zåäö][\w-]*(?:en|et|n)\s", sentence[t.end : chosen.start]) is not None
            )
            and not _AFTER_IT.search(sentence, 0, t.start)
        ]
        if paused:
            return paused[0]
        # "en ny tidplan för införandet", "beslut om starten", "hade sagt ja till starten": the go-live is
        # what is decided on
        # ("ska utse en samordnare för omstarten senast vecka 3": the appointment due)
        deciding = [t for t in inside if t.type in ("decision", "meeting", "deadline", "appointment") and t.end <= chosen.start]
        if deciding and _OBJECT_OF.search(sentence, max(0, chosen.start - 90), chosen.start):
            return deciding[-1]
        # "Programmets styrgrupp stämmer av läget inför starten i Södra Älvsborg den 6 oktober": the checkpoint's day
        if deciding and deciding[-1].type == "meeting" and _BEFORE_IT.search(sentence, max(0, chosen.start - 8), chosen.start):
            return deciding[-1]
        # "Den 20 maj 2025 fick planen för en omstart klartecken av regionstyrelsen": the plan's go-ahead, after it
        given = [t for t in inside if t.type == "decision" and 0 <= t.start - chosen.end <= 3]
        if given and _OBJECT_OF.search(sentence, max(0, chosen.start - 90), chosen.start):
            return given[0]
        # "sa i tisdags ja till att Millennium startar": the date sits with the decision, before what it decided
        if deciding and deciding[-1].end <= end <= chosen.start and deciding[-1].type == "decision":
            return deciding[-1]
    if chosen.type == "pause":
        # "Regionstyrelsen väntas ta ställning till pausen tisdagen den 3 december": a ruling on the pause taken before
        ruling = [t for t in inside if t.type == "decision" and t.end <= chosen.start and "ställning" in sentence[t.start : t.end]]
        if ruling and re.fullmatch(r"\still\s", sentence[ruling[-1].end : chosen.start]):
            return ruling[-1]
    if chosen.type == "agreement" and (
        _CONTRACT_TERM.search(sentence, max(0, start - 45), start) or _TERM_END.match(sentence, start)
        or _EXTENDED_TO.search(sentence, max(0, start - 90), start)
    ):
        return None  # "avtalet löper ut 2027", "förlänga avtalet till och med 2028": the term, no signing
    if chosen.type == "deadline":
        # "ska hela återgången vara klar senast på fredag": the roll-back is what is due
        paused = [t for t in inside if t.type == "pause"]
        if paused:
            return paused[0]
        # "Driftledningen ska utse en kontaktperson för sjukhuset senast vecka 43": the appointment due then
        appointing = [
            t for t in inside
            if t.type == "appointment" and t.end <= chosen.start and _SHALL_APPOINT.search(sentence, 0, t.end)
            and "," not in sentence[t.end : chosen.start]
        ]
        if appointing:
            return appointing[-1]
    if chosen.type == "meeting":
        # "beslutade vid sitt sammanträde den 10 april": the decision taken at the meeting
        # "Vid sammanträdet den 25 november fattade fullmäktige beslut": the decision at the meeting
        taken = [t for t in inside if t.type == "decision" and (t.end <= chosen.start or t.start - chosen.end < 60)]
        # (not "att ordna en medlemsträff i oktober": a plan the day of the meeting will date)
        held = _HOLD_MEETING.search(sentence, taken[-1].end, chosen.start) if taken else None
        if taken and held is None and re.match(r"(?:bjuda|kalla)\s", sentence[chosen.start : chosen.end]):
            # "beslutade också att bjuda in till en öppen hytta … torsdagen den 22 mars": the trigger is the inviting
            held = _HOLD_MEETING.search(sentence, taken[-1].end, chosen.end + 1)
        if taken and held is None:
            # "fastställde också en säkerhetsdag om fallskydd lördagen den 20 oktober": the day decided on, named
            held = _DECIDED_ON.fullmatch(sentence, taken[-1].end, chosen.start)
        # ("beslutade rådet att föreningen ska bjuda in en ergonom till sitt årsmöte i mars": the month right after it)
        # ("… till en visning av gåborden tisdag 17 december kl. 10": a day of the month without "den")
        if taken and not (held and (re.search(r"\b(?:den\s)?\d{1,2}\s[a-zåäö]{3,}", sentence[start:end]) or re.fullmatch(r"\s(?:i\s)?", sentence[chosen.end : start]))):
            return _approved_agreement(taken[-1], inside, sentence)
        # "På mötet i tisdags utsåg nätverket X till sin representant": the appointment made at the meeting
        # ("Till klubbens första X valde medlemsmötet i söndags Y": the post fronted, the meeting its subject)
        # ("ska utse en kontaktperson för akutmottagningen vid sitt möte i början av december": the meeting it is made at)
        at_own = _AT_OWN_MEETING.search(sentence, 0, chosen.start) is not None
        appointed = [
            t for t in inside
            if t.type == "appointment" and (0 <= t.start - chosen.end < 30 or 0 <= chosen.start - t.end < (80 if at_own else 3))
        ]
        if appointed:
            return appointed[0]
    if chosen.type == "letter":
        # "som fattade beslut om skrivelsen veckan innan": the decision to write, not the letter
        deciding = [t for t in inside if t.type == "decision" and 0 <= chosen.start - t.end <= 4]
        if deciding:
            return deciding[0]
        # "Programmets styrgrupp ska gå igenom arbetet med kraven vecka 43", "träffade programmets designråd förra
        # veckan för att förklara kravet": the claims are what the meeting takes up (not "vårmötet röstade ja till
        # ett krav": an assembly that decides)
        reviewing = [
            t for t in inside
            if t.type == "meeting" and t.end <= chosen.start and not re.search(r"möte[tn]?$", sentence[t.start : t.end])
        ]
        if reviewing and sentence.startswith("krav", chosen.start):
            return reviewing[-1]
    if (
        chosen.type == "decision" and _AT_CLOCK.search(sentence, start, end) and _DECIDED_ON.match(sentence, chosen.end)
        and not any(t.type in ("agreement", "pause") for t in inside)
    ):
        # "beslutade också om ett skadeförebyggande pass … söndagen den 10 maj klockan 11": what is held then
        return Trigger("meeting", chosen.end, chosen.end)
    if chosen.type == "decision":
        # approving an agreement is an agreement event ("godkände avsiktsförklaringen"),
        # deciding to pause is the pause ("beslutade att pausa införandet")
        return _approved_agreement(chosen, inside, sentence)
    return chosen


# A subordinate clause opened after a comma: "…, sedan föreningen hade bett om …", "…, efter att …".
_THEN_SUBORDINATE = re.compile(r",\s(?:sedan|efter\satt|eftersom)\s")


_DECISION_TO = re.compile(r"[Bb]eslutet\satt\s")


def _approved_agreement(decision: Trigger, inside: list[Trigger], sentence: str) -> Trigger:
    """Approving an agreement is an agreement event ("godkände avsiktsförklaringen"), deciding
    to pause is the pause ("beslutade att pausa införandet"); backing a pause is a decision."""
    # (not "väntas utse leverantör i februari och skriva under avtalet i april": the supplier chosen, then the signing)
    chosen_supplier = _SUPPLIER_CHOSEN.match(sentence, decision.end) is not None
    agreement = [t for t in inside if t.type == "agreement" and abs(t.start - decision.end) < 40 and not chosen_supplier]
    paused = [t for t in inside if t.type == "pause" and 0 <= t.start - decision.end < 40 and not sentence[decision.start :].startswith("ställ")]
    # "Beslutet att pausa införandet togs av regiondirektören": the pause inside the decision's own words
    paused = paused or [t for t in inside if t.type == "pause" and decision.start < t.start < decision.end and _DECISION_TO.match(sentence, decision.start)]
    # "Införandet pausades efter ett beslut av regiondirektören den 20 november": the pause the decision made
    paused = paused or [t for t in inside if t.type == "pause" and t.end <= decision.start and sentence.startswith("beslut", decision.start)
                        and re.fullmatch(r"\s(?:[\w-]+\s){0,3}efter\sett\s", sentence[t.end : decision.start])]
    return (agreement or paused or [decision])[0]


def event_status(
    clause: str,
    begin: date | None,
    end: date | None,
    published: date | None,
    sentence: str = "",
    unrealised: bool = False,
) -> str:
    """``planned`` or ``happened``: the date against publication, else the verb's tense.

    A date around the publication ("i höst" in October) is planned when the sentence looks
    ahead or puts the event off: "Starten skjuts upp", "börjar inte använda ... i höst".
    A past date is planned when it is of a plan that did not come true (``unrealised``).
    """
    if published is not None and begin is not None and end is not None:
        if begin > published:
            return "planned"
        if end < published:
            return "planned" if unrealised else "happened"
        # ("Vi vet att listan inte är komplett och vi kommer att se över den, sa ordföranden när föreningen
        # träffade rådet i våras": the quote's cues, the date's own clause told in the past)
        told_past = _PAST_VERB.search(clause) and not FUTURE_CUES.search(clause) and not POSTPONED.search(clause)
        if (FUTURE_CUES.search(sentence) or POSTPONED.search(sentence)) and not told_past or unrealised:
            return "planned"
        if _TONIGHT.search(sentence) and not _PAST_VERB.search(sentence) and not _HELD.search(sentence):
            return "planned"  # "I kväll håller föreningen ett öppet möte": later on the day of publication
    if FUTURE_CUES.search(clause):
        return "planned"
    return "happened"


def clause_around(sentence: str, start: int, end: int) -> str:
    """The clause a time expression sits in, as the event's summary."""
    left = max(sentence.rfind(s, 0, start) for s in (":", ";", ", och ", " och ", ","))
    rights = [i for i in (sentence.find(s, end) for s in (":", ";", ",", " och ")) if i >= 0]
    right = min(rights) if rights else len(sentence)
    piece = sentence[left + 1 if left >= 0 else 0 : right]
    return " ".join(piece.split()).strip(" ,.")


# A go-live tied to another in a clause of time: "tas i bruk när SÄS börjar använda Millennium",
# "börjar gälla samtidigt som NU-sjukvården går över"; not a question of when ("först därefter avgörs
# när övriga delar står på tur").
_TIED = re.compile(
    r"(?<!avgörs\s)(?<!avgöra\s)(?<!bestäms\s)(?<!beslutas\s)(?<!klart\s)(?<!veta\s)(?<!vet\s)(?<!om\s)"
    r"\b(?:när|samtidigt\s+som|i\s+samband\s+med\s+att|så\s+snart)\b",
    re.IGNORECASE,
)


# "Sahlgrenska följer hösten 2023, och då ska mallen finnas med från start", "… blir först ut våren 2022,
# och markeringen ska finnas med från start", "går över hösten 2024, och då ska mallen användas från första
# dagen": the thing's go-live on the hospital's day
_FROM_START_THEN = re.compile(
    r",?\s(?:och\s)?(?:[\w-]+\s){1,3}?(?:ska|skall|kommer)\s[^.;:]{0,80}?\bfrån\s(?:start|första\sdagen|dag\sett)\b",
    re.IGNORECASE,
)


# "Signeringslistorna ska bli digitala när Södra Älvsborgs sjukhus går över …", "sade ja till att ta emot
# remisserna via FHIR när NU-sjukvården går över …": what is to be, then "när"
_TO_BE_WHEN = re.compile(
    r"\b(?P<cue>ska|skall|ja\still\satt)\s(?P<what>[^.;:]{3,120}?\snär\s(?:[\w-]+\s){1,8}?)$", re.IGNORECASE
)

# "Koden ska finnas i Millennium när NU-sjukvården går över i oktober", "ska registreras med en gemensam kod …
# när": a thing to be in use from a hospital's go-live
# (not a wish or a motion: "vill att skadorna ska registreras lika när …", "antog en motion om att …")
THING_WHEN = re.compile(
    r"^(?!.*\b(?:(?:vill|önskar|hoppas|kräver|begär)\satt|(?:motion|förslag|uttalande|krav|begäran)\w*\som\satt)\b)"
    r".*\b(?:ska|skall)\s(?:finnas|registreras|användas|synas|visas|dokumenteras)\b[^.;:]{0,100}?\snär\s",
    re.DOTALL,
)
# "När Södra Älvsborgs sjukhus börjar använda Millennium i maj nästa år ska arbetsterapeuterna bedöma … med samma
# mall": the time first, then what is to be (V2: "ska" right after the "när" clause)
# ("När NU-sjukvården går över … får astma av hårdmetalldamm en gemensam kod": a thing that comes then)
WHEN_TO_BE = re.compile(r"\s*När\s[^.;:]{3,140}?\s(?P<cue>ska|skall|får)\s(?!inte\b)")


# "Sedan NU-sjukvården gick över till Millennium den 17 oktober registreras sparkskador på samma sätt":
# what has been done since the hospital's go-live began with it
_SINCE = re.compile(r"(?:Sedan|Efter\satt)\s")
_DONE_SINCE = re.compile(r"\s(?:registreras|dokumenteras|rapporteras|journalförs|följs|[a-zåäö]{3,}eras)\s")


def tied_golives(sentence: str, triggers: list[Trigger]) -> bool:
    """Whether two go-live triggers of the sentence are tied by a clause of time between them,
    one go-live is followed by what is to be in use "från start" then, or one is the time
    ("när …") of something that is to be."""
    golives = [t for t in triggers if t.type == "golive"]
    return any(
        _TIED.search(sentence, first.end, second.start) is not None
        for first, second in zip(golives, golives[1:], strict=False)
    ) or bool(golives and _FROM_START_THEN.search(sentence, golives[0].end)) or bool(
        golives and _SINCE.match(sentence) and _DONE_SINCE.search(sentence, golives[-1].end)
    ) or (
        len(golives) == 1 and (to_be := _TO_BE_WHEN.search(sentence, 0, golives[0].start)) is not None
        # not "verktyget inte ska användas när …", "hur det ska gå att boka tid när …", "…, så att den fungerar när …"
        and not re.search(r"\b(?:inte|hur|att)\s", to_be.group("what"))
        # "doserna ska migreras när …": data moved over in the go-live itself, no thing of its own put in use
        and not re.search(r"\b(?:migreras|konverteras|förs\söver|flyttas\söver)\s", to_be.group("what"))
        and not re.search(r"\b(?:inte|hur)\s(?:[\w-]+\s){0,2}$", sentence[: to_be.start()])
        # "Klubben vill att stukade fotleder ska registreras lika när NU-sjukvården går över": a wish, no plan
        and not re.search(r"\b(?:vill|önskar|hoppas)\satt\s[^.;:,]{0,80}$", sentence[: to_be.start()])
    )


# "Vår koppling ska vara i drift från första dagen", "Läsbehörigheten ska gälla från omstarten" after a
# sentence dating a hospital's go-live: the thing's own go-live on that day
# ("har lovat att registrera mopedolyckorna … från första dagen efter omstarten": a promise of the same;
# "godkände en lösning där avdelningarna beställer … från första dagen": a solution approved for then)
FROM_THE_START = re.compile(
    r"\b(?:ska|skall|kommer\satt|kan|lova(?:r|de|t)\satt|ja\still\satt|(?:(?<=lösning\s)|(?<=rutin\s)|(?<=modell\s)|(?<=ordning\s)|(?<=arbetssätt\s))där)\s[^.;:]{0,80}?\bfrån\s(?:start(?:en)?|(?:den\s)?första\sdagen|dag\sett|omstarten|övergången)\b",
    re.IGNORECASE,
)
# "Våra kliniker i Borås och Skövde går över samtidigt": a go-live at the time just told
_AT_THE_SAME_TIME = re.compile(r"\bsamtidigt\s*[.!]?\s*$", re.IGNORECASE)


def follows_golive(sentence: str, triggers: list[Trigger], dated_until: int = 0) -> bool:
    """Whether a sentence tells a go-live on the day of the one told just before it: undated, or with its own
    dates only before an "att" clause of what is to be in use then ("sade i maj ja till att rapporteringen ska
    fungera från start"); ``dated_until`` is where the sentence's last date ends."""
    if dated_until:
        found = FROM_THE_START.search(sentence, dated_until)
        # ("godkände i augusti formuläret och har lovat att det ska finnas … från första dagen": a promise after the date)
        return found is not None and (
            re.search(r"\satt\s", sentence[dated_until : found.start()]) is not None or found.group().lower().startswith(("lova", "ja till", "där"))
        )
    if FROM_THE_START.search(sentence):
        return True
    return any(t.type == "golive" for t in triggers) and _AT_THE_SAME_TIME.search(sentence) is not None


# "gav X i uppdrag att sammanställa synpunkterna i slutet av maj": a date in the task is when it is due
_TASK_DUE = re.compile(r"\bi\suppdrag\satt\s[^.;:]*$")
# A period the task runs through or a time it is about, not the day it is due.
_NOT_DUE = re.compile(
    # ("föra en skadedagbok mellan juli och september": the period it is kept through)
    r"\b(?:under|från|för|sedan|till och med|i våras|i höstas|varje|per|mellan)\s(?:den\s|i\s)?$|\b(?:från|under|mellan)\s\d{4}\s(?:och|till)\s$",
    re.IGNORECASE,
)
# "en enkät om olyckorna 2018 och 2019", "statistik över klubbens skador 2017 och 2018": the years the accidents
# are from (not "larmtelefonerna före den 1 oktober", nor "går över 2025")
_YEARS_OF = re.compile(r"(?<![\w-])(?!(?:över|efter|under|senare|tidigare)\s)[a-zåäö]{3,}(?:or|ar|er)(?:na)?\s(?:\d{4}\s(?:och|till)\s)?$")
# "samla in berättelser från säsongen mellan april och augusti": a range the thing runs through
BETWEEN = re.compile(r"mellan\s", re.IGNORECASE)


def years_of_thing(sentence: str, at: int) -> bool:
    """Whether the bare year at ``at`` is the year of things named just before it ("olyckorna 2018 och 2019"),
    not a day something happens."""
    return re.match(r"\d{4}\b", sentence[at:]) is not None and _YEARS_OF.search(sentence, max(0, at - 30), at) is not None


def task_due(sentence: str, date_start: int) -> bool:
    """Whether the date at ``date_start`` is when a commissioned task is due ("gav X i uppdrag att
    sammanställa … i slutet av maj"), not a period it runs through ("under hösten", "från och med april")."""
    if BETWEEN.match(sentence, date_start) or years_of_thing(sentence, date_start):
        return False  # "samla in berättelser … mellan april och augusti", "en enkät om olyckorna 2018 och 2019"
    if _FROM_ON.match(sentence, date_start):
        return False  # the expression itself opens the period: "föra en logg … från och med april"
    return bool(_TASK_DUE.search(sentence, 0, date_start)) and not _NOT_DUE.search(sentence, max(0, date_start - 20), date_start)


_FROM_ON = re.compile(r"(?:från|fr\.o\.m\.)\s", re.IGNORECASE)


def _inside(inner: Any, outer: Any) -> bool:
    """Whether a time expression's interval lies within another's."""
    bounds = (inner.begin, inner.end_date, outer.begin, outer.end_date)
    return None not in bounds and outer.begin <= inner.begin and inner.end_date <= outer.end_date


def labels_dated_entry(sentence: str, timex: Any, local_start: int, local_end: int, dated: list[Any]) -> bool:
    """Whether a chronology's label ("September:") dates an entry that names a day within it."""
    if sentence[:local_start].strip() or not sentence.startswith(":", local_end):
        return False
    return any(other is not timex and _inside(other, timex) for other in dated)


# A fronted clause of what came first: "Efter att ha följt turneringarna under augusti fastställde han …", "Sedan han
# hade följt deltävlingarna under mars gav han …"
_FRONTED_BEFORE = re.compile(r"\s*(?:Efter\satt\sha|(?:Sedan|När)\s(?:han|hon|hen|de|vi)\s(?:hade|har))\s")


def finer_told(sentence: str, timex: Any, trigger: Trigger, dated: list[Any], start: int, triggers: list[Trigger]) -> bool:
    """Whether the sentence dates the same event again, more finely, after a comma: "Om tre veckor håller jag en
    digital genomgång av guiderna, torsdagen den 19 mars klockan 19" (one meeting, on that day); a genitive before
    the event's noun, the sentence's own day after it: "Höstens nätverksdag hålls tisdagen den 23 oktober"; or
    after the verb when the date stood in a fronted clause of what came first ("Efter att ha följt turneringarna
    under augusti fastställde han i mitten av september listan")."""
    if timex.end - start <= trigger.start and _FRONTED_BEFORE.match(sentence) and any(
        other.start - start >= trigger.end and not re.search(r"[,;:]", sentence[trigger.end : other.start - start]) for other in dated
    ):
        return True
    genitive = timex.text.endswith("s") and 0 <= trigger.start - (timex.end - start) <= 1
    return any(
        other.start > timex.end and (genitive or sentence.endswith(", ", 0, other.start - start))
        and _inside(other, timex) and (other.begin, other.end_date) != (timex.begin, timex.end_date)
        and nearest_trigger(triggers, other.start - start, other.end - start, sentence) == trigger
        for other in dated
    )
