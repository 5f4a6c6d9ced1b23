"""Decisions: who decided what, when, from Swedish decision verbs in active and passive.

"Regionstyrelsen beslutade den 17 maj att ...", "I maj beslutade regionstyrelsen ...",
"regionstyrelsen fattade beslut om ...", "Beslutet fattades av regiondirektören",
"avtalet har godkänts av regionfullmäktige", "den tidplan som regionstyrelsen fastställde".
A decision said to be coming ("ska fatta beslut om", "beslutas under 2022") is ``planned``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from fvmdocs.extract.decision_actors import (
    ABBREVIATED,
    BODY_NOUNS,
    DECISION_OWNER,
    HOSPITAL_HEAD,
    PRONOUN_SUBJECT,
    SIGNERS,
    adverbials_only,
    agency_before,
    apposed_name,
    body_before_in,
    body_phrase_after,
    body_phrase_before,
    cleft_subject,
    coordinated_person,
    coordinated_subject,
    is_court,
    meeting_owner,
    name_before,
    person_near,
    relative_subject,
    subject_text,
)
from fvmdocs.extract.timex_lexicon import MONTH_FULL_RE

# Past/perfect/present/passive forms of the decision verbs, by lemma.
DECISION_VERBS: dict[str, tuple[str, ...]] = {
    "besluta": ("beslutade", "beslutat", "beslutar", "besluta", "beslutades", "beslutats", "beslutas", "beslöt"),
    "fatta beslut": ("fattade beslut", "fattat beslut", "fattar beslut", "fatta beslut", "fattade beslutet", "fattat beslutet", "fattades", "fattats"),
    "ta beslut": ("tog beslut", "tagit beslut", "tar beslut", "ta beslut", "tog beslutet", "tagit beslutet", "togs", "tagits"),
    "godkänna": ("godkände", "godkänt", "godkänner", "godkänna", "godkändes", "godkänts", "godkänns"),
    "anta": ("antog", "antagit", "antar", "anta", "antogs", "antagits", "antas"),
    "fastställa": ("fastställde", "fastställt", "fastställer", "fastställa", "fastställdes", "fastställts", "fastställs"),
    "utse": ("utsåg", "utsett", "utser", "utse", "utsågs", "utsetts", "utses", "utnämnde", "utnämnt", "utnämner", "utnämndes", "utnämnts", "utnämns",
             # "Skyddsutskottet förordnade i tisdags X som kontaktperson"
             "förordnade", "förordnat", "förordnar", "förordnades", "förordnats"),
    "ge i uppdrag": ("gav i uppdrag", "gett i uppdrag", "ger i uppdrag", "ge i uppdrag", "gav", "gett", "givit"),
    # the commissioned party as subject, the one who decided after "av"
    "få i uppdrag": ("fick i uppdrag", "fått i uppdrag", "får i uppdrag", "få i uppdrag", "fick", "fått"),
    "ge klartecken": ("gav klartecken", "gett klartecken", "ger klartecken", "ge klartecken",
                      # "Programmets styrgrupp gav slutligt startbesked i slutet av september"
                      "gav startbesked", "gav slutligt startbesked", "ger slutligt startbesked", "ge slutligt startbesked"),
    # the one given the go-ahead as subject, the one who gave it after "av"
    "få klartecken": ("fick klartecken", "fått klartecken", "får klartecken", "få klartecken", "fick grönt ljus", "fått grönt ljus"),
    "bevilja": ("beviljade", "beviljat", "beviljar", "bevilja", "beviljades", "beviljats"),
    "ställa sig bakom": ("ställde sig bakom", "ställt sig bakom", "ställer sig bakom", "ställa sig bakom"),
    # only active forms: "datumet är bestämt" is no decision of anyone's
    "bestämma": ("bestämde", "bestämt", "bestämmer", "bestämma", "bestämdes", "bestämts"),
    "välja att": ("valde att", "valt att", "väljer att", "välja att"),
    "klubba": ("klubbade", "klubbat", "klubbar", "klubba", "klubbades", "klubbats"),
    "säga ja": ("sa ja till", "sade ja till", "sagt ja till", "säger ja till", "säga ja till", "sa nej till", "sade nej till", "sagt nej till", "säger nej till", "säga nej till"),
    "ge grönt ljus": ("gav grönt ljus", "gett grönt ljus", "ger grönt ljus", "ge grönt ljus"),
    "rösta igenom": ("röstade igenom", "röstat igenom", "röstar igenom", "rösta igenom", "röstades igenom", "röstats igenom"),
    # "Stämman röstade ned förslaget": a proposal voted down
    "rösta ned": ("röstade ned", "röstat ned", "röstar ned", "rösta ned", "röstades ned", "röstats ned",
                  "röstade ner", "röstat ner", "röstar ner", "rösta ner", "röstades ner", "röstats ner"),
    "bifalla": ("biföll", "bifallit", "bifaller", "bifalla", "bifölls", "bifallits"),
    "avslå": ("avslog", "avslagit", "avslår", "avslå", "avslogs", "avslagits"),
    "ta ställning": ("tog ställning", "tagit ställning", "tar ställning", "ta ställning"),
    "ogiltigförklara": ("ogiltigförklarade", "ogiltigförklarat", "ogiltigförklarar", "ogiltigförklara", "ogiltigförklarades", "ogiltigförklarats"),
    "förkasta": ("förkastade", "förkastat", "förkastar", "förkasta", "förkastades", "förkastats"),
    "lägga fast": ("lade fast", "lagt fast", "lägger fast", "lägga fast", "lades fast", "lagts fast"),
    "teckna avtal": ("tecknade avtal", "tecknat avtal", "tecknar avtal", "teckna avtal", "tecknade avtalet", "tecknat avtalet"),
    # an agency's injunction, told in the present as news: "Arbetsmiljöverket förelägger regionen att …"
    "förelägga": ("förelade", "förelagt", "förelägger", "förelägga", "förelades", "förelagts"),
    "avstyrka": ("avstyrkte", "avstyrkt", "avstyrker", "avstyrka", "avstyrktes", "avstyrkts"),
    # a body setting something up: "regionstyrelsen inrättade en referensgrupp"
    "inrätta": ("inrättade", "inrättat", "inrättar", "inrätta", "inrättades", "inrättats"),
    "tillstyrka": ("tillstyrkte", "tillstyrkt", "tillstyrker", "tillstyrka", "tillstyrktes", "tillstyrkts"),
    "upphäva": ("upphävde", "upphävt", "upphäver", "upphäva", "upphävdes", "upphävts"),
    # a contract awarded: "som regionstyrelsen i januari tilldelade kontraktet"
    "tilldela": ("tilldelade", "tilldelat", "tilldelar", "tilldela", "tilldelades", "tilldelats"),
    # an election: only the passive, whose assembly the sentence before names ("Samma kväll valdes X till regionråd")
    "välja till": ("valdes", "har valts", "hade valts", "väljas", "valde", "valt", "väljer"),
    # a court's sentence: "Borås tingsrätt dömde henne till villkorlig dom"
    "döma": ("dömde", "dömt", "dömer", "döma", "dömdes", "dömts"),
    # "Styrelsen slog i tisdags fast att …", "fastslog", "spikade datumet", "godtog förslaget", "röstade ja till",
    # "tillsatte en arbetsgrupp": more wordings of a body's decision
    "slå fast": ("slog fast", "slagit fast", "slår fast", "slå fast", "fastslog", "fastslagit", "fastslogs", "slogs fast"),
    "spika": ("spikade", "spikat", "spikar", "spika", "spikades", "spikats"),
    "godta": ("godtog", "godtagit", "godtar", "godta", "godtogs", "godtagits"),
    "rösta ja": ("röstade ja till", "röstat ja till", "röstar ja till", "rösta ja till", "röstade nej till", "röstat nej till"),
    # "Tävlingskommittén enades i fredags om en skrivelse"
    "enas om": ("enades om", "enats om", "enas om", "enas om", "enade sig om", "enat sig om"),
    # "Huvudstyrelsen gav i torsdags tummen upp för en skrivelse", "Facknämnden klubbade igenom ett krav",
    # "regionstyrelsen, som biträdde förslaget den 22 mars", "satte regiondirektören införandet på paus"
    "ge tummen upp": ("gav tummen upp", "gett tummen upp", "ger tummen upp", "ge tummen upp"),
    "klubba igenom": ("klubbade igenom", "klubbat igenom", "klubbar igenom", "klubba igenom", "klubbades igenom", "klubbats igenom"),
    "biträda": ("biträdde", "biträtt", "biträder", "biträda", "biträddes", "biträtts"),
    "sätta på paus": ("satte på paus", "satt på paus", "sätter på paus", "sätta på paus"),
    "tillsätta": ("tillsatte", "tillsatt", "tillsätter", "tillsätta", "tillsattes", "tillsatts"),
    # "Förtroenderådet röstade för att föreningen ska …": a body's vote for a proposal
    "rösta för": ("röstade för", "röstat för", "röstar för", "rösta för"),
    # "Rådet uppdrog också åt sekreteraren att …": a commission
    "uppdra åt": ("uppdrog åt", "uppdragit åt", "uppdrar åt", "uppdra åt"),
    # "Hon gav i mars sitt godkännande till kodlistan"
    "ge godkännande": ("gav sitt godkännande", "gett sitt godkännande", "ger sitt godkännande", "ge sitt godkännande",
                       # "Föreningens förtroenderåd gav sitt bifall till ett krav": the assent
                       "gav sitt bifall", "gett sitt bifall", "ger sitt bifall", "ge sitt bifall",
                       "gav sin välsignelse", "gett sin välsignelse", "ger sin välsignelse", "ge sin välsignelse",
                       # (v160) "gav han i början av april sitt medgivande till listan"
                       "gav sitt medgivande", "gett sitt medgivande", "ger sitt medgivande", "gav sitt samtycke", "gett sitt samtycke"),
    # "Styrelsen gav sitt stöd till kravet", "Styrelsen avgjorde frågan i maj" (no present: "Det avgör om …")
    "ge stöd": ("gav sitt stöd till", "gett sitt stöd till", "ger sitt stöd till", "ge sitt stöd till"),
    "avgöra": ("avgjorde", "avgjort", "avgjordes", "avgjorts"),
    # "valde hon ut i början av oktober", "Styrelsen valde ut de sju uppgifterna": a selection made
    "välja ut": ("valde ut", "valt ut", "väljer ut", "välja ut", "valdes ut", "valts ut"),
    # (v159) "Seriekommittén stadfäste i lördags en skrivelse", "Förbundsrådet sanktionerade ett krav", "anförtrodde
    # uppdraget som materialansvarig åt X", "röstade i tisdags fram X som kontaktperson", "landade i beslutet att",
    # "landade han i vilka sex uppgifter", "satte hon ned foten om", "frös regiondirektören införandet", "lade
    # regiondirektören införandet på is", "meddelade regiondirektören sitt beslut att"
    "stadfästa": ("stadfäste", "stadfäst", "stadfäster", "stadfästa", "stadfästes", "stadfästs"),
    "sanktionera": ("sanktionerade", "sanktionerat", "sanktionerar", "sanktionera", "sanktionerades", "sanktionerats"),
    "anförtro": ("anförtrodde", "anförtrott", "anförtror", "anförtro", "anförtroddes", "anförtrotts"),
    "rösta fram": ("röstade fram", "röstat fram", "röstar fram", "rösta fram", "röstades fram", "röstats fram"),
    "landa i": ("landade i beslutet", "landat i beslutet", "landar i beslutet", "landa i beslutet", "landade i vilka", "landade i vilken",
                "landade i vilket"),
    "sätta ned foten": ("satte ned foten", "satt ned foten", "sätter ned foten", "sätta ned foten", "satte ner foten", "satt ner foten"),
    "frysa": ("frös", "har fryst", "fryser", "frysa"),
    "lägga på is": ("lade på is", "lagt på is", "lägger på is", "lägga på is"),
    "meddela beslut": ("meddelade sitt beslut", "meddelat sitt beslut", "meddelar sitt beslut", "meddela sitt beslut", "tillkännagav sitt beslut"),
    # (v160) "Trafikrådet bejakade i torsdags ett krav", "gick i onsdags på linjen att kräva det", "kom hon i slutet av
    # augusti fram till att", "drev i måndags igenom ett krav", "fastlade hon vilka sex uppgifter", "gjorde hon slag i
    # saken", "satte regiondirektören stopp för införandet", "rekryterade / handplockade X till", "knöt X till sig som"
    "bejaka": ("bejakade", "bejakat", "bejakar", "bejaka", "bejakades", "bejakats"),
    "gå på linjen": ("gick på linjen", "gått på linjen", "går på linjen", "gå på linjen"),
    "komma fram till": ("kom fram till att", "kommit fram till att", "kommer fram till att", "komma fram till att"),
    "driva igenom": ("drev igenom", "drivit igenom", "driver igenom", "driva igenom", "drevs igenom", "drivits igenom"),
    "fastlägga": ("fastlade", "fastlagt", "fastlägger", "fastlägga", "fastlades", "fastlagts"),
    "göra slag i saken": ("gjorde slag i saken", "gjort slag i saken", "gör slag i saken", "göra slag i saken"),
    "sätta stopp för": ("satte stopp för", "satt stopp för", "sätter stopp för", "sätta stopp för"),
    "rekrytera": ("rekryterade", "rekryterat", "rekryterar", "rekrytera"),
    "handplocka": ("handplockade", "handplockat", "handplockar", "handplocka"),
    "knyta till sig": ("knöt", "knutit", "knyter", "knyta"),
    # (v161) "ratificerade i lördags ett krav", "engagerade / kallade X som / till Y", "gav i lördags X posten som Y"
    "ratificera": ("ratificerade", "ratificerat", "ratificerar", "ratificera", "ratificerades", "ratificerats"),
    "engagera": ("engagerade", "engagerat", "engagerar", "engagera"),
    "kalla till": ("kallade", "kallat", "kallar", "kalla"),
    "ge posten": ("gav posten som", "gett posten som", "ger posten som", "ge posten som"),
    # (v162) "värvade i fredags också telefonisten X som föreningens kontaktperson"
    "värva": ("värvade", "värvat", "värvar", "värva"),
    "fattas beslut": ("fattades beslut", "fattades ett beslut", "fattades också beslut", "togs beslut", "togs ett beslut", "har fattats beslut"),
}  # fmt: skip
_PASSIVE = re.compile(r"s$")
# Verbs that are decisions only when a deciding body or person is their subject.
_NEEDS_ACTOR = frozenset(
    {"ställa sig bakom", "bevilja", "ge i uppdrag", "ge klartecken", "bestämma", "välja att", "säga ja", "ge grönt ljus",
     "ta ställning", "rösta igenom", "rösta ned", "bifalla", "avslå", "lägga fast", "tillstyrka", "upphäva", "teckna avtal",
     "förelägga", "flytta", "avstyrka", "inrätta", "tilldela", "döma", "slå fast", "spika", "godta", "rösta ja", "tillsätta", "enas om",
     "rösta för", "uppdra åt", "ge godkännande", "ge stöd", "avgöra", "välja ut", "ge tummen upp", "klubba igenom", "biträda",
     "sätta på paus", "stadfästa", "sanktionera", "anförtro", "rösta fram", "landa i", "sätta ned foten", "frysa",
     "lägga på is", "meddela beslut", "bejaka", "gå på linjen", "komma fram till", "driva igenom", "fastlägga",
     "göra slag i saken", "sätta stopp för", "rekrytera", "handplocka", "knyta till sig", "ratificera", "engagera",
     "kalla till", "ge posten", "värva"}
)
# Verbs with a particle whose passive is in the first word: "röstades igenom".
_PARTICLE_VERBS = frozenset({"rösta igenom", "rösta ned", "klubba igenom", "lägga fast", "slå fast", "välja ut", "rösta fram", "driva igenom"})
# Verbs that appoint only with a named person and a post after them: "rekryterade X till Y", "knöt X till sig som Y".
_TO_A_POST_VERBS = frozenset({"rekrytera", "handplocka", "knyta till sig", "engagera", "kalla till", "värva"})
# Everyday verbs that are decisions only when a body is their subject.
_BODY_ONLY = frozenset({"välja att", "säga ja", "välja till", "slå fast", "rösta ja", "enas om", "rösta för"})
_INFINITIVES = frozenset(forms[3] for forms in DECISION_VERBS.values())
_PRESENT = re.compile(r"(?:ar|er|ar beslut|ger|tar beslut|as|s)$")
_PLANNED_CUES = re.compile(
    r"\b(?:ska|skall|kommer att|planeras|planerar|väntas|förväntas|beräknas|avser|enligt planen|ska kunna|bör|"
    r"kan komma att|kan|skulle|måste|behöver|föreslås|föreslår|inte|ej|aldrig)\b",
    re.IGNORECASE,
)


_FORMS = sorted(
    ((form, lemma) for lemma, forms in DECISION_VERBS.items() for form in forms),
    key=lambda pair: len(pair[0]),
    reverse=True,
)
_VERB_PATTERN = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(f) for f, _ in _FORMS) + r")(?![\w-])", re.IGNORECASE
)
_LEMMA = {form: lemma for form, lemma in _FORMS}
# "den 20 november tog regiondirektören beslutet", "fattade på onsdagen beslut om": the actor
# or an adverbial sits between the verb and its noun.
_SPLIT_VERB = re.compile(
    r"(?<![\w-])(?P<verb>fattade|fattat|tog|tagit|fattar|tar)\s"
    # ("fattade verksamhetschefen för akutkliniken på Södra Älvsborgs sjukhus, Lars Engström, beslut": the holder apposed)
    r"(?P<inner>(?:[\w:-]+\s){0,6}?|(?:[\w:-]+\s){1,8}?[\w:-]+,\s[A-ZÅÄÖ][\w-]+(?:\s[A-ZÅÄÖ][\w-]+){1,2},\s)"
    r"(?:(?:ett|det)\s(?:[a-zåäö]+t\s)?)?(?P<noun>[a-zåäö]*beslut(?:et)?)(?![\w-])",
    re.IGNORECASE,
)
# Other verbs whose particle or object the subject or an adverbial can split off:
# "sa på tisdagen ja till", "röstade fullmäktige igenom", "gav styrelsen klartecken".
_SPLIT_OTHER: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (
        re.compile(
            rf"(?<![\w-])(?P<verb>{verbs})\s(?P<inner>(?:[\w:-]+\s){{1,6}}?)(?P<noun>{tail})(?![\w-])",
            re.IGNORECASE,
        ),
        lemma,
    )
    for verbs, tail, lemma in (
        ("sa|sade|sagt|säger", r"(?:ja|nej)\still", "säga ja"),
        ("röstade|röstat|röstar", "igenom", "rösta igenom"),
        ("röstade|röstat|röstar", "ned|ner", "rösta ned"),  # "röstade stämman ned förslaget"
        ("röstade|röstat|röstar", r"(?:ja|nej)\still", "rösta ja"),
        ("slog|slagit", "fast", "slå fast"),
        ("enades|enats", "om", "enas om"),
        (r"enade\ssig|enat\ssig", "om", "enas om"),  # "Klubbens skaderåd enade sig i förrgår om en skrivelse"
        ("gav|gett|ger", r"tummen\supp", "ge tummen upp"),
        ("klubbade|klubbat|klubbar", "igenom", "klubba igenom"),
        ("satte|satt|sätter", r"på\spaus", "sätta på paus"),  # "satte regiondirektören införandet på paus"
        ("lade|lagt|lägger", r"på\sis", "lägga på is"),  # "lade regiondirektören införandet på is"
        ("röstade|röstat|röstar", "fram", "rösta fram"),  # "röstade i tisdags fram X som kontaktperson"
        ("landade|landat|landar", r"i\s(?:beslutet|vilka|vilken|vilket)", "landa i"),  # "landade han i vilka sex uppgifter"
        ("satte|satt|sätter", r"(?:ned|ner)\sfoten", "sätta ned foten"),  # "satte hon ned foten om vilka"
        ("frös|fryst", r"(?:införandet|starten|arbetet)", "frysa"),  # "frös regiondirektören införandet"
        ("gick|gått|går", r"på\slinjen", "gå på linjen"),  # "gick i onsdags på linjen att kräva det"
        ("kom|kommit|kommer", r"fram\still(?=\satt\s)", "komma fram till"),  # "kom hon i slutet av augusti fram till att"
        ("drev|drivit|driver", "igenom", "driva igenom"),  # "drev i måndags igenom ett krav"
        ("gjorde|gjort|gör", r"slag\si\ssaken", "göra slag i saken"),  # "gjorde hon i mitten av mars slag i saken"
        ("satte|satt|sätter", r"stopp\sför", "sätta stopp för"),  # "satte regiondirektören stopp för införandet"
        # "gav i lördags också cykelbudet Amir Haddad från Majorna posten som föreningens kontaktperson" (v161)
        ("gav|gett|ger", r"(?:[\w-]+\s){0,4}?(?:posten|uppdraget|rollen|ansvaret)\ssom(?=\s)", "ge posten"),
        ("meddelade|meddelat|tillkännagav", r"sitt\sbeslut", "meddela beslut"),  # "meddelade regiondirektören sitt beslut"
        ("valde|valt|väljer", r"att(?=\s)", "välja att"),  # "Stämman valde dessutom att låta …"
        # "Den 22 mars tog regionstyrelsen ställning för en upphandling", "Hon tog i september ställning för"
        ("tog|tagit|tar", r"ställning\s(?:för|till)", "ta ställning"),  # "Vilka … ska ha tog han ställning till i augusti"
        ("gav|gett|ger", r"(?:sitt|sina)\sstöd", "ge stöd"),  # "Styrelsen gav den 3 maj sitt stöd till kravet"
        ("lade|lagt", "fast", "lägga fast"),
        ("valde|valt|väljer", "ut", "välja ut"),  # "valde hon ut i början av oktober"
        # "valde hon i slutet av augusti vilka fem uppgifter listan ska omfatta": the selection told by its question
        ("valde|valt|väljer", r"vilka|vilken|vilket", "välja ut"),
        ("gav|gett|ger", r"klartecken|grönt\sljus", "ge klartecken"),
        ("fick|fått|får", r"klartecken|grönt\sljus", "få klartecken"),  # "fick i tisdags klartecken av läkemedelsrådet"
        # "gav i mars sitt godkännande till", "gav han den sitt slutliga godkännande"
        # ("gav i onsdags sin välsignelse åt en skrivelse")
        ("gav|gett|ger", r"(?:sitt\s(?:[a-zåäö]+a\s)?(?:godkännande|bifall|medgivande|samtycke)|sin\s(?:[a-zåäö]+a\s)?välsignelse)", "ge godkännande"),
        ("röstade|röstat|röstar", r"för(?=\satt\s)", "rösta för"),  # "röstade dessutom för att föreningen ska …"
        ("uppdrog|uppdragit|uppdrar", "åt", "uppdra åt"),  # "Rådet uppdrog också åt sekreteraren att …"
        ("ställde|ställt|ställer", r"sig\sbakom", "ställa sig bakom"),
        (r"ställde\ssig|ställt\ssig|ställer\ssig", "bakom", "ställa sig bakom"),
        ("sa|sade", r"(?:ja|nej)(?=[\s,.])", "säga ja"),  # "Region Hallands regionstyrelse sa dock nej i oktober"
        ("tecknade|tecknat|tecknar", r"(?:[a-zåäö]+t\s)?[a-zåäö]*avtal(?:et)?", "teckna avtal"),  # "tecknade i januari ett ramavtal"
        # moving a start with a named decider: "flyttade regiondirektören starten till april"
        (r"flyttade|flyttat|sköt\supp|skjutit\supp", r"(?:den\s(?:första\s)?)?(?:starten|införandet|startdatumet|driftstarten)", "flytta"),
    )
)
# A body in the genitive whose decision a noun names: "Regionstyrelsens beslut i maj", "fick regionstyrelsens godkännande",
# "Nämndens beslut den 14 mars", "förbundsrådets beslut i maj".
_BODY_GENITIVE = r"(?P<gen>[\w-]*(?:styrelsens|nämndens|fullmäktiges|direktörens|utskottets|gruppens|rådets|stämmans))"
# A decision named by its noun: "efter ett beslut av revisorerna", "inför sitt beslut i september".
_NOMINAL = re.compile(
    r"(?<![\w-])(?:(?:efter|genom|enligt|med)\s(?:ett\s)?beslut(?:et)?\s(?P<agent>av|i|från)\s"
    r"|(?:(?P<own>sitt|sina)|" + _BODY_GENITIVE + ")"
    r"\sbeslut\s(?=(?:i|den|på|under|från)\s[\wåäö]*\d|i\s(?:" + MONTH_FULL_RE + r"|våras|höstas)\b))",
    re.IGNORECASE,
)
# A decision named as the object of an appeal or a review: "överklagade fullmäktiges beslut i juli".
_CONTESTED = re.compile(r"\b(?:överklaga|överpröva|pröva|kritisera|ifrågasätt|ifrågasatt)\w*\s$", re.IGNORECASE)
# "Planen för omstarten fick regionstyrelsens godkännande den 20 maj": an approval the owner gave.
_APPROVAL_GOT = re.compile(
    # ("Förslaget hade dessförinnan fått regionstyrelsens gillande den 22 mars": an adverb between, the assent's noun)
    r"(?<![\w-])(?:fick|har\s(?:[a-zåäö]+\s)?fått|hade\s(?:[a-zåäö]+\s)?fått)\s" + _BODY_GENITIVE
    + r"\s(?:[a-zåäö]+a\s)?(?:godkännande|klartecken|gillande|välsignelse)(?![\w-])",
    re.IGNORECASE,
)


# "Klartecknet för upphandlingen kom från regionfullmäktige den 14 juni": a decision named by its noun, its maker after "från".
_CAME_FROM = re.compile(
    # (not "Beskedet kom i ett mejl från verksamhetschefen": an answer sent)
    r"(?<![\w-])(?:[Kk]lartecknet|[Bb]eslutet|[Gg]odkännandet)\s(?:(?:för|om|till)\s[^.;:,]{1,60}?\s)?"
    r"(?:kom|hade\skommit|har\skommit)\s(?:(?:också|sedan|till\sslut|slutligen)\s)?från\s"
)


@dataclass(frozen=True)
class DecisionMatch:
    """A decision verb in a sentence, the actor found for it and its clause."""

    lemma: str
    verb_start: int
    verb_end: int
    by: str | None
    by_start: int | None
    what: str
    planned: bool
    passive: bool
    nominal: bool = False
    # the second of two things decided in one sentence: "beslutade att anställa … och att öppna …"
    second: bool = False


# Where the clause of a decision verb begins: a cue in another clause says nothing of it
# ("Eftersom systemet inte fungerade beslutade regiondirektören ...").
_CLAUSE_START = re.compile(
    r"[,;:]\s|\b(?:eftersom|när|då|efter att|sedan|men|och|(?<!kommer )att)\s"
    r"|\b\w{3,}(?:de|te)\s",  # a finite past verb ends the clause before: "inte fungerade beslutade"
    re.IGNORECASE,
)


# "valde Cerner som leverantör", "valde Cerner i ett tilldelningsbeslut": a supplier chosen.
# ("valde i januari Cerner som leverantör": a time adverbial before the supplier)
_SUPPLIER_CHOSEN = re.compile(
    rf"(?:\s(?:i\s(?:{MONTH_FULL_RE})(?:\s\d{{4}})?|i\s\w+dags|den\s\d{{1,2}}\s(?:{MONTH_FULL_RE})(?:\s\d{{4}})?))?"
    # ("I januari valde regionstyrelsen Cerner som leverantör": the body in V2 before the supplier)
    r"(?:\s[a-zåäö][\w-]*(?:styrelsen|nämnden|fullmäktige|styrgruppen))?"
    r"(?:\s[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*)?\s(?:som\s(?:ny\s)?leverantör|i\sett\stilldelningsbeslut)"
    r"|\sleverantören\s[A-ZÅÄÖ][\w-]*)\b"  # "Regionstyrelsen valde leverantören Cerner i januari"
)
_AWARDING_BODIES = ("styrelsen", "nämnden", "fullmäktige", "styrgruppen")
# A passive's agent after the verb: the nearest "av" ("fastställdes av henne i slutet av september", so the optional
# words are lazy), not a month part's ("beslutades i mitten av oktober av X"), or "i" before an assembly.
_AGENT = re.compile(
    r"\s(?:[\w\s]{0,30}?\s)??(?<!början\s)(?<!mitten\s)(?<!slutet\s)(?:av|i(?=\s\S*(?:fullmäktige|styrelsen|nämnden)\b))\s"
)
_AGENT_AFTER = {
    "välja till": re.compile(r"\s(?:[\w\s]{0,30}?\s)??av\s"),  # "valdes X till ledamot i förbundsstyrelsen": the post's body
    "få klartecken": re.compile(r"\s(?:[\w\s]{0,30}?\s)??(?:av|från)\s"),  # "fick klartecken från programmets fokusgrupp"
}
_SUPPLIER_PASSIVE = re.compile(
    r"(?:[Ll]everantören\s[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*)?|(?<![\w-])(?:Cerner|Oracle(?:\sHealth)?))\s(?:[a-zåäö]+\s)?$"
)


def _planned_before(sentence: str, verb_start: int) -> bool:
    """Whether the verb's own clause says the decision is coming, conditional or not taken."""
    window = sentence[max(0, verb_start - 40) : verb_start]
    if verb_start > 40 and sentence[verb_start - 41].isalnum():
        window = window.split(" ", 1)[-1]  # "Onkologiska kliniken": not the cut word "ska"
    if re.match(r"(?:Att\s[^;:]*|Beslutet\s(?:att|om)\s[^;:]*)$", sentence[:verb_start]):
        # "Att all support ska utföras inom EU beslutades av regionstyrelsen", "Beslutet att … ska
        # fasas ut fattades av styrgruppen": the cues of the subject clause are what was decided;
        # only the words right before the verb count
        window = " ".join(sentence[:verb_start].split()[-1:])
    elif re.match(
        r"(?:\s*[A-ZÅÄÖ]|.*,\s(?:och|men)\s[a-zåäö])[\w-]*\s(?:[\w-]+\s){0,5}som\s[^,;:]*$"
        # ("Vilka nio frågor formuläret ska innehålla avgjorde han": a question fronted as the object)
        r"|\s*(?:Vilka|Vilken|Vilket|Hur|När)\s[^,;:]*$",
        sentence[:verb_start],
    ) and re.match(r"(?:[a-zåäö]+(?:des|tes)|fick)\b|(?:[a-zåäö]+(?:de|te)|slog|gav|tog|sa)\s(?:han|hon|[A-ZÅÄÖ])", sentence[verb_start:]):
        # "De åtta uppgifter som ska registreras vid varje besök fastställdes av henne", "…, och den skadejournal som
        # klubben vill att sjukhuset ska använda fick hans klartecken i januari": the subject's relative clause
        # ("Listan med de uppgifter som ska registreras fastställde hon": the object's, fronted before the subject)
        window = ""
    return bool(_PLANNED_CUES.search(_CLAUSE_START.split(window)[-1]))


def _clause(sentence: str, start: int) -> str:
    """The words from the verb to the end of its clause, as a short normalised phrase."""
    clause = re.split(r"[.;:!?]|,\s(?:säger|som|men|eftersom|och\s(?:det|de|vi|han|hon))\b", sentence[start:])[0]
    words = clause.split()
    return " ".join(words[:14]).strip(" ,")


# A body right after a preposition is its object, not the verb's subject.
# ("Till kontaktperson mot hudkliniken valde styrelsen": whom the post faces)
_GOVERNED = re.compile(r"(?:^|\s)(?:[Ii]|[Pp]å|[Vv]id|[Tt]ill|[Ff]ör|[Ff]rån|[Mm]ed|[Aa]v|[Oo]m|[Hh]os|[Ii]nom|[Mm]ot|[Gg]entemot)\s$")
# "samtidigt som den godkände berättelsen": a clause naming the occasion of another decision.
_AT_THE_TIME_OF = re.compile(r"\bsamtidigt\ssom\s(?:den|det|de|han|hon|[\w-]+)\s$", re.IGNORECASE)
_WHEN_IT = re.compile(r",\s(?:när|då)\s(?:den|det|de|han|hon)\s$")
_TOLD_OBJECT = re.compile(r"\s(?:[a-zåäö][\w-]*(?:en|et|na)|den|det|dem|denna|detta)\b")


def decisions_in_sentence(
    sentence: str, people: Sequence[tuple[int, int, str]] = ()
) -> list[DecisionMatch]:
    """Decision verbs in a sentence with their actor phrase (not yet resolved to a name).

    >>> [d.by for d in decisions_in_sentence("Regionstyrelsen beslutade i maj att pausa.")]
    ['Regionstyrelsen']
    """
    found: list[DecisionMatch] = []
    for match in _VERB_PATTERN.finditer(sentence):
        form = match.group(1).lower()
        lemma = _LEMMA[form]
        if lemma == "ge i uppdrag" and "uppdrag" not in form and not _COMMISSIONED.match(sentence, match.end()):
            # "gav regiondirektören i uppdrag": the object sits inside the phrase;
            # "gav uppdraget om en granskning": the commission named by its noun
            continue
        if lemma in _TO_A_POST_VERBS and not _recruited(sentence, match.end(), lemma):
            continue  # "Klubben rekryterar nya medlemmar", "knöt kontakter": no one named to a post
        if lemma == "få i uppdrag" and "uppdrag" not in form and not re.match(
            r"\s(?:[\w-]+\s){1,4}?i uppdrag\b", sentence[match.end() :]
        ):
            continue  # "fick i samma beslut i uppdrag av regionstyrelsen": an adverbial in between
        # "Regionstyrelsen valde Cerner som leverantör i januari": a body's award of a contract
        supplier = lemma == "välja till" and (
            not form.endswith("s") and _SUPPLIER_CHOSEN.match(sentence, match.end()) is not None
            # "Leverantören Cerner valdes av regionstyrelsen i januari": the supplier chosen, told in the passive
            or form.endswith("s") and _SUPPLIER_PASSIVE.search(sentence, 0, match.start()) is not None
            and _AGENT_AFTER["välja till"].match(sentence[match.end() :]) is not None
        )
        if supplier and re.search(r"tilldelningsbeslut", sentence[: match.start()], re.IGNORECASE):
            continue  # "fattade tilldelningsbeslut i januari och valde Cerner som leverantör": one decision
        if lemma == "välja till" and not supplier and not (
            re.match(r"\s(?:[^.;:]{0,100}?\s)?till\s", sentence[match.end() :])
            # "Till vice ordförande valdes X"; not "till Millennium, det journalsystem som regionen har valt"
            or re.search(r"\b[Tt]ill\s[^.;:,]{0,70}$", sentence[: match.start()])
            # "Karolina Berggren blir ny stationsansvarig … Stationens styrelse valde henne i april": the post told before
            or not form.endswith("s") and re.match(r"\s(?:henne|honom|hen)\b", sentence[match.end() :])
            # "Som ny säkerhetsansvarig valde styrelsen X": the post fronted with "som"
            or re.fullmatch(r"\s*Som\s(?:nya?\s)?[a-zåäö][\w-]*\s", sentence[: match.start()])
            # "Ny skadeansvarig blir tränaren Sara Wikström, som klubbstyrelsen valde i torsdags": the post told in the main clause
            or not form.endswith("s") and re.search(r"\bblir\s[^.;:]{0,80}?,\ssom\s(?:[\w-]+\s){1,4}$", sentence[: match.start()])
        ):
            continue  # "valdes" without a post: no election
        if form in _INFINITIVES and re.search(r"\batt\s$", sentence[: match.start()]):
            continue
        if found and _WHEN_IT.search(sentence, 0, match.start()):
            continue  # "Det beslutade ledningsgruppen i fredags, när den antog ett yttrande": one occasion
        if _AT_THE_TIME_OF.search(sentence, 0, match.start()) and _TOLD_OBJECT.match(sentence, match.end()):
            # "beslutade samtidigt som den godkände berättelsen att …": the occasion, told already;
            # "samtidigt som styrelsen godkände en avsiktsförklaring" tells a second decision
            continue
        if (
            re.match(r"\s*Samtidigt\ssom\s(?:[a-zåäö][\w-]*\s){1,2}$", sentence[: match.start()])
            and form.endswith("s") and not re.match(r"\s+av\s", sentence[match.end() :])
        ):
            continue  # "Samtidigt som tidplanen fastställdes godkände regionstyrelsen …": the occasion, told before
        if form in ("togs", "tagits", "fattades", "fattats") and not (
            re.search(r"[Bb]eslut\w*,?\s(?:[\w-]+\s){0,10}$", sentence[: match.start()])  # "Beslutet, som fattades av"
            or re.match(r"\s*Beslutet\s(?:att|om)\s[^.;:]*$", sentence[: match.start()])  # a long "att" clause
        ):
            continue
        passive = (
            bool(_PASSIVE.search(form.split()[0])) and (" " not in form or lemma in _PARTICLE_VERBS)
        ) or lemma in ("fattas beslut", "få i uppdrag", "få klartecken") or lemma == "välja till" and form.endswith("s")
        by: tuple[str, int] | None = None
        person: tuple[str, int] | None = None
        if passive:
            agent = _AGENT_AFTER.get(lemma, _AGENT).match(sentence[match.end() :])
            if agent and re.search(r"\b(?:en|ett)\s[\w-]+\sav\s$", agent.group()):
                agent = None  # "fattades på tisdagen efter en dragning av screeningenhetens chef": the noun's "av"
            far = None if agent else re.match(r"\s[^,.;:()]{30,90}?\sav\s", sentence[match.end() :]) if lemma == "utse" else None
            if far is not None:
                # "utsågs i augusti till medicinskt ansvarig för X av RCC Västs verksamhetschef Peter
                # Lindgren-Saar": far from the verb, only a body or a named person is the agent
                rest = sentence[match.end() + far.end() :]
                named = next((p for p in people if 0 <= p[0] - match.end() - far.end() <= 40), None)
                body = body_phrase_after(rest)
                if named is not None:
                    by = (named[2], named[0])
                elif body is not None:
                    by = (body[0], match.end() + far.end() + body[1])
            if agent:
                after = body_phrase_after(sentence[match.end() + agent.end() :])
                by = (after[0], match.end() + agent.end() + after[1]) if after else None
                # "utsågs av klinikens verksamhetschef Rasmus Ek": the person after the office
                named = next((p for p in people if 0 <= p[0] - match.end() - agent.end() <= 40), None)
                office = by is not None and re.search(r"(?:direktör|direktören|chef|chefen|ordförande|ordföranden|\bvd)$", by[0].lower())
                if named is not None and (by is None or office or not by[0].lower().endswith(BODY_NOUNS)):
                    by = (named[2], named[0])  # "utsetts av Ineras vd Anna Ek", "av FVM:s programdirektör Henrik Alm"
                if by is None:
                    name = re.match(r"[A-ZÅÄÖ][\w-]+(?:\s[A-ZÅÄÖ][\w-]+)*", sentence[match.end() + agent.end() :])
                    by = (name.group(), match.end() + agent.end()) if name else None
            if by is None and lemma == "bestämma":
                continue  # "Datumet bestämdes i maj": no one named who decided (not "bestämdes av regionstyrelsen")
            if by is None and lemma == "få klartecken":
                continue  # "Projektet fick klartecken i februari": no one named who gave it
            owner = DECISION_OWNER.search(sentence[: match.start()]) if by is None else None
            if owner is not None:
                by = owner.group(1), owner.start(1)  # "beslutet från Forte fattades den 8 september"
            if by is None:
                # "Vid fullmäktiges sammanträde valdes …", "Budgeten antogs vid fullmäktiges sammanträde"
                by = meeting_owner(sentence[: match.start()]) or meeting_owner(_clause(sentence, match.start()), match.start())
        else:
            # "Regionens högsta tjänsteperson, regiondirektören, beslutade": an apposition's commas
            subject = subject_text(sentence[: match.start()])
            before = body_phrase_before(subject.rstrip().rstrip(",")) or cleft_subject(sentence[: match.start()])
            if before is not None and _GOVERNED.search(subject, 0, before[1]):
                before = None  # "Till ordförande i arbetsgruppen utsåg nämnden …": a preposition's object
            pronoun = PRONOUN_SUBJECT.search(subject)
            if before is None and pronoun is not None:
                before = body_before_in(subject[: pronoun.start()])  # "gav regionstyrelsen, när den fastställde"
            if before is None:
                before = agency_before(subject.rstrip())  # "Inspektionen för vård och omsorg beslutade"
            abbreviation = ABBREVIATED.search(subject)
            if before is None and abbreviation is not None:
                group = 1 if abbreviation.group(1) else 2
                before = abbreviation.group(group), abbreviation.start(group)  # "Inspektionen för vård och omsorg (IVO) har beslutat"
            after = body_phrase_after(sentence[match.end() :].lstrip())
            commissioned = None if after is None or lemma != "ge i uppdrag" else re.match(
                rf"\s*(?:[A-ZÅÄÖ]{{2,}}\s|(?P<holder>(?:[A-ZÅÄÖ][\w-]*\s){{1,3}}))?(?:i\s(?!(?:{MONTH_FULL_RE}|går|dag|år|fjol|\w+as)\b)[a-zåäö][\w-]*\s)?i\suppdrag\b",
                sentence[match.end() :].lstrip()[after[1] + len(after[0]) :],
            )
            if commissioned is not None and (commissioned.group("holder") or "").strip() in ("", *(p[2] for p in people)):
                # "gav forskargruppen (i hälsoinformatik) i uppdrag", "gav (samtidigt) regiondirektören i uppdrag",
                # "gav utbildningsdirektören Anders Holm i uppdrag" (the office and its holder): the one commissioned
                after = None
            person = person_near(sentence, match.start(), match.end(), people)
            told = [p for p in people if p[1] <= match.start()]
            if told and re.match(r"\s(?:han|hon)\b", sentence[match.end() :]):
                # "X beslutade …, och på tisdagen utsåg han mig, Y, till …": the pronoun is the one named before
                person = (told[-1][2], told[-1][0])
            commission = None if person is None else re.match(r"[\w\s-]{0,40}?\bi\suppdrag\b", sentence[person[1] :])
            if (
                person is not None
                and commission is not None
                and lemma == "ge i uppdrag"
                and person[1] > match.start()
                # "gav Annika Sjöberg kardiologen Mattias Rehn i uppdrag": a second name before "i uppdrag" is the one commissioned
                and not any(person[1] < p[0] < person[1] + commission.end() for p in people)
            ):
                person = None  # "gav samtidigt utbildningsdirektören Anders Holm i uppdrag": the one commissioned
            named_before = [p for p in people if p[1] <= match.start()]
            if (
                person is not None
                and person[1] > match.start()
                and lemma == "utse"
                # "utsåg samtidigt Mikael Strand, astmasjuksköterska på Alingsås lasarett, till": an apposition between
                # "har utsett Jonas Ek, arbetsterapeut, att leda arbetet": the one appointed to a task
                and re.match(r"(?:[^,.]{0,40}?|[^,.]{0,40},[^,.]{1,80},)\s(?:till|som|att)\s", sentence[person[1] :])
                and not re.search(r"\b(?:i går|i dag|nu)\s*$", sentence[match.end() : person[1]])
                and (name_before(subject.rstrip()) or before or named_before or coordinated_subject(sentence, match.start()))
            ):
                # "Oracle har utsett Karin Malmsten till nordisk chef": the one appointed; a person
                # named before the verb decided ("förvaltningschef Karin Strand har utsett …")
                person = (named_before[-1][2], named_before[-1][0]) if named_before else None
            if after is not None and before is None and re.search(r"(?:\s|,\s)och\s$", sentence[: match.start()]):
                # "Styrgruppen beslutade …, och gav enheten för data och analys i uppdrag": a verb right
                # after "och" shares the opening subject, and the body after it is its object
                shared = coordinated_subject(sentence, match.start())
                if shared is not None:
                    after, before = None, shared
            owned = after is not None and person is not None and person[1] == match.end() + 1 + after[1] and after[0] != person[0]
            if owned and after is not None:
                by = (after[0], match.end() + 1 + after[1])  # "beslutade Biobank Västs styrgrupp": the owner's body
            elif person is not None and (person[1] < match.start() or before is None):
                by = person  # a person after the verb is its V2 subject unless a body precedes it
            elif before is not None:
                by = before
            elif lemma in ("bevilja", "förelägga") and name_before(subject.rstrip()):
                by = name_before(subject.rstrip())  # "IMY förelägger regionen": the object is no V2 subject
            elif (acronym := name_before(subject.rstrip())) is not None and re.fullmatch(r"[A-ZÅÄÖ]{2,5}(?:\s[A-ZÅÄÖ]{2,5})?", acronym[0]):
                by = acronym  # "SRO gav samtidigt VVG i uppdrag": an acronym decides
            elif after is not None:
                by = (after[0], match.end() + 1 + after[1])
            elif (v2 := _V2_NAME.match(sentence, match.end())) is not None and (v2.group(1) or v2.group(2)).strip().lower() not in _NOT_NAMES:
                group = 1 if v2.group(1) else 2
                by = (v2.group(group).strip(), v2.start(group))  # "Redan den 30 april beslutade VGR IT att stoppa …"
            elif lemma not in _NEEDS_ACTOR or lemma in ("bevilja", "förelägga"):
                by = name_before(subject.rstrip())  # "Forskningsrådet Forte beviljade": a funder's grant
            if by is None:
                by = (
                    coordinated_subject(sentence, match.start())
                    or relative_subject(sentence[: match.start()])
                    or apposed_name(sentence[: match.start()])
                    or coordinated_person(sentence, match.start(), people)
                )
        planned = _planned_before(sentence, match.start())
        first = form.split()[0]
        present = (
            bool(_PRESENT.search(first))
            and form not in {"beslutat", "godkänt", "fastställt", "utsett", "antagit"}
            and not first.endswith(("des", "tes", "ts", "gs", "ölls"))  # past passives: "fattades beslut", "bifölls"
        )
        if form in _INFINITIVES:
            planned = True
        if lemma == "förelägga" and form == "förelägger":
            present = False  # "Arbetsmiljöverket förelägger regionen att …": the injunction, told as news
        if lemma == "döma" and (by is None or present or not is_court(by[0])):
            continue  # only a court sentences, and "om rätten dömer ut vitet" is none yet
        if present and not passive and lemma in ("avslå", "bifalla", "upphäva") and by is not None and is_court(by[0]):
            present = False  # "Domstolen avslår överklagandet": a ruling, told as news
        if present and not passive or present and passive and form.endswith(("as", "s")) and not form.endswith(("des", "ts", "gs", "ölls")):
            planned = True
        if lemma == "klubba" and re.match(r"\s(?:[\w-]+\s){0,2}?beslutet\b", sentence[match.end() :]):
            continue  # "ordföranden klubbade beslutet": the gavel on a decision told already
        if lemma == "teckna avtal" and (by is None or not by[0].lower().endswith(SIGNERS)):
            continue  # "Västra Götalandsregionen tecknade avtal med Cerner": background, not a body's decision
        if (
            lemma in _BODY_ONLY
            and by is not None
            and by == person
            and not (lemma == "säga ja" and _office_holder(sentence, by[1], by[1] + len(by[0])))
            # "Hon fastslog i januari den lista …": a person settling a thing, not stating "att …"
            # ("Hon slog fast varningens slutliga lydelse": a thing named by its owner's genitive)
            and not (lemma == "slå fast" and re.match(r"\s(?:i\s[a-zåäö]+\s)?(?:den|det|de|[a-zåäö]{3,}(?:ens|ets|ns))\s", sentence[match.end() :]))
        ):
            continue  # "Anna Berg valde att gå vidare": a person's choice, not a formal decision
        if supplier and (by is None or not by[0].lower().endswith(_AWARDING_BODIES)):
            continue  # "Västra Götalandsregionen har valt Cerner som leverantör": background, no body's decision
        if by is None and lemma in _NEEDS_ACTOR and not passive:
            continue  # "Vårdförbundet ställde sig bakom kritiken" is no formal decision
        if by is None and not passive:
            continue  # "alla kliniker har utsett superanvändare": no deciding body or person
        what = _with_antecedent(_clause(sentence, match.start()), sentence, by[1] if by else None, match.group(1))
        found.append(
            DecisionMatch(lemma, match.start(), match.end(), by[0] if by else None, by[1] if by else None, what, planned, passive)
        )
    found = _two_objects(sentence, _cut_before_next(sentence, found))
    found.extend(_split_decisions(sentence, people, found))
    found.extend(_nominal_decisions(sentence, found, people))
    found.extend(_personal_approval(sentence, people, found))
    found.extend(_same_decision(sentence, found))
    found.extend(_fronted_answer(sentence, people, found))
    # "lade den 17 maj fast tidplanen och godkände samtidigt en avsiktsförklaring": a split verb's decision, too,
    # is told up to the "och" before the next one
    return _cut_before_next(sentence, sorted(found, key=lambda d: d.verb_start))


def _cut_before_next(sentence: str, found: list[DecisionMatch]) -> list[DecisionMatch]:
    """ "valde Cerner som leverantör i januari och godkände avtalet den 16 april": two decisions of one
    subject, the first told up to the "och" before the second's verb."""
    result: list[DecisionMatch] = []
    for match in found:
        later = next((d for d in found if d.verb_start > match.verb_start and d.by == match.by), None)
        told = sentence[match.verb_start : later.verb_start] if later is not None else ""
        joint = re.search(r",?\s(?:och|samt)\s$", told)
        if joint is not None and match.what.startswith(told[: joint.start()]) and len(match.what) > joint.start():
            match = replace(match, what=told[: joint.start()])
        result.append(match)
    return result


# A head of an office named with the person: "Verksamhetschefen för …, Maria Lindqvist," or "verksamhetschef Maria Lindqvist".
_OFFICE_BEFORE = re.compile(r"(?:chef|chefen|direktör|direktören|ordförande|ordföranden|dekan|dekanen|prefekt|prefekten)(?:\s[^.;:]{0,90}?,)?\s$", re.IGNORECASE)
_OFFICE_AFTER = re.compile(r",\s[^.;:,]{0,30}?(?:chef|direktör|ordförande|dekan|prefekt)\b[^.;:]{0,90}?,\s")


def _office_holder(sentence: str, name_start: int, name_end: int) -> bool:
    """Whether the person deciding is named as the head of an office: "säga ja" is then a decision."""
    return bool(_OFFICE_BEFORE.search(sentence, 0, name_start) or _OFFICE_AFTER.match(sentence, name_end))


# "beslutade i fredags att anställa tio utvecklare och att öppna ett kontor": two things decided;
# "gav X i uppdrag att förhandla … och att återrapportera" is one commission with its report.
_TWO_OBJECTS = re.compile(r"(?:\s[^.;:,]{0,40}?)?\satt\s[^.;:]{3,150}?\s(?:och|samt)\s(?P<second>att\s(?P<verb>[a-zåäö]+))\b")
# A subject and its finite verb after "att": the clause is no infinitive of what the body will do.
_CLAUSE_SUBJECT = re.compile(r"(?:\s[\w-]+)?\s(?:ska|skall|kan|får|måste|bör|blir|är|har)\b")
_REPORT_VERBS = frozenset(["återrapportera", "rapportera", "redovisa", "återkomma", "lämna", "presentera"])


def _two_objects(sentence: str, found: list[DecisionMatch]) -> list[DecisionMatch]:
    result: list[DecisionMatch] = []
    for match in found:
        two = _TWO_OBJECTS.match(sentence, match.verb_end) if match.lemma in ("besluta", "bestämma") else None
        if two is not None and _CLAUSE_SUBJECT.match(sentence, two.end("verb")):
            two = None  # "att varje öppning ska loggas och att loggarna ska granskas": one rule, told in two clauses
        if two is None or match.passive or match.by is None or two.group("verb") in _REPORT_VERBS:
            result.append(match)
            continue
        cut = match.what.find(" och att ")
        result.append(replace(match, what=match.what[:cut]) if cut > 0 else match)
        second = f"{sentence[match.verb_start : match.verb_end]} {_clause(sentence, two.start('second'))}"
        result.append(replace(match, what=second, second=True))
    return result


_ANTECEDENT = re.compile(r"(?<![\w-])(?:den|det|de|en|ett|sin|sitt)\s(?:[\w-]+\s)?(?P<noun>[\w-]+)\ssom\s$", re.IGNORECASE)


def _with_antecedent(what: str, sentence: str, by_start: int | None, verb: str) -> str:
    """ "den tidplan som regionstyrelsen fastställde 2022": what was decided is the noun before
    "som", so the phrase reads "fastställde tidplan 2022" rather than "fastställde 2022"."""
    if by_start is None:
        return what
    antecedent = _ANTECEDENT.search(sentence[:by_start])
    if antecedent is None or not what.lower().startswith(verb.lower()):
        return what
    return f"{what[: len(verb)]} {antecedent.group('noun')}{what[len(verb) :]}"


def _split_decisions(
    sentence: str, people: Sequence[tuple[int, int, str]], taken: Sequence[DecisionMatch]
) -> list[DecisionMatch]:
    """ "den 20 november tog regiondirektören beslutet att ...", "X fattade på onsdagen beslut om"."""
    found: list[DecisionMatch] = []
    matches = [(m, "fatta beslut" if m.group("verb").lower().startswith("fatta") else "ta beslut") for m in _SPLIT_VERB.finditer(sentence)]
    matches += [(m, lemma) for pattern, lemma in _SPLIT_OTHER for m in pattern.finditer(sentence)]
    for match, lemma in matches:
        if any(d.verb_start <= match.start("noun") < d.verb_end for d in taken):
            continue
        if any(d.verb_start == match.start() for d in found):
            continue  # "sa samtidigt nej till": one decision, whichever pattern read it
        if lemma == "välja att" and any(d.verb_start == match.start() for d in taken):
            continue  # "valde i tisdags att skriva till regionen": read already
        inner = match.group("inner")
        if re.search(r"\b(?:att|som|men|om)\s|(?<!-\s)\boch\s", inner):
            continue  # the noun belongs to another clause ("hälso- och sjukvårdsnämnden" is one name)
        verb = match.group("verb").lower()
        if lemma == "få klartecken":
            # "Förslaget fick i tisdags klartecken av läkemedelsrådet": the giver after "av", as in the passive
            agent = _AGENT_AFTER["få klartecken"].match(sentence[match.end() :])
            given = body_phrase_after(sentence[match.end() + agent.end() :]) if agent else None
            if agent is not None and given is not None:
                at = match.end() + agent.end() + given[1]
                what = _clause(sentence, match.start())
                found.append(DecisionMatch(lemma, match.start(), match.end(), given[0], at, what, False, True))
            continue
        body = body_phrase_after(inner)
        person = person_near(sentence, match.start(), match.end("verb"), people, titled=True)
        by: tuple[str, int] | None
        if person is not None:
            by = person
        elif body is not None and (
            body[0].strip() == inner.strip()
            or adverbials_only(inner[body[1] + len(body[0]) :])
            # "satte regiondirektören införandet på paus": the object after the subject
            or lemma in ("sätta på paus", "lägga på is") and re.fullmatch(r"\s*(?:[\w-]+\s){1,3}", inner[body[1] + len(body[0]) :]) is not None
        ):  # "tog sjukhusledningen (redan i augusti) beslut"
            by = (body[0], match.start("inner") + body[1])
        elif re.fullmatch(r"(?:[A-ZÅÄÖ][\w:-]*\s){1,3}", inner) and inner.strip().lower() not in _NOT_NAMES:
            by = (inner.strip(), match.start("inner"))  # "I tisdags fattade LÖF beslut om ersättning"
        else:
            # "Regionens minoritetsråd, där föreningen har en plats, ställde sig den 30 oktober bakom":
            # the subject before its relative clause; "Leverantören, Steriltrack AB, fattade": the name
            subject = subject_text(sentence[: match.start()]).rstrip().rstrip(",")
            by = (
                body_phrase_before(subject)
                or apposed_name(sentence[: match.start()])
                or name_before(subject)
                or relative_subject(sentence[: match.start()])
                # "Styrgruppen gick igenom läget och ställde sig i april bakom", "Johan Berggren är
                # verksamhetschef … och ställde sig i april bakom": the opening subject's second verb
                or coordinated_subject(sentence, match.start())
                or coordinated_person(sentence, match.start(), people)
            )
        if by is None:
            continue
        if lemma == "teckna avtal" and not by[0].lower().endswith(SIGNERS):
            continue  # "Västra Götalandsregionen tecknade avtal med Cerner": background, not a body's decision
        if lemma == "välja att" and (by == person or not by[0].lower().endswith(BODY_NOUNS)):
            continue  # "Hon valde i stället att gå vidare": a choice, a body's only when a body makes it
        planned = _planned_before(sentence, match.start()) or verb in ("fattar", "tar", "säger", "röstar", "ger", "ställer", "väljer")
        what = _clause(sentence, match.start())
        found.append(DecisionMatch(lemma, match.start(), match.end(), by[0], by[1], what, planned, False))
    return found


def _relative(noun: str, verbs: str) -> re.Pattern[str]:
    """A decision told in a relative clause after its noun: "beslut som X fattade", "det uppdrag som X gav"."""
    return re.compile(
        rf"(?<![\w-]){noun}(?:\s(?:att|om)\s[^,.;:]{{1,80}})?,?\ssom\s(?P<rest>(?:[\w:-]+\s){{1,7}}?)(?:har\s|hade\s)?(?:{verbs})(?![\w-])",
        re.IGNORECASE,
    )


# "enligt beslutet, som regionstyrelsen fattade den 12 mars": the body in a relative clause.
_RELATIVE = _relative(r"beslut(?:et)?", "fattade|fattat|tog|tagit")
# "enligt det uppdrag som regionstyrelsen gav i februari": a commission told in passing.
_RELATIVE_COMMISSION = _relative(r"uppdrag(?:et)?", "gav|gett|givit")


# "Det beslutet fattade regionstyrelsen redan i januari", "Tilldelningsbeslutet fattade regionstyrelsen
# redan i december": the decision fronted, its maker after the verb.
_FRONTED = re.compile(
    r"^\s*(?:(?:Det|Detta|Samma)\s)?(?:[A-ZÅÄÖ][a-zåäö]+)?[Bb]eslut(?:et)?(?:\s(?:att|om)\s[^,.;:]{1,80}?)?\s(?P<verb>fattade|tog)\s"
)


# What follows "gav" in a commission: "i uppdrag" soon after ("gav regiondirektören i uppdrag"), the
# commission's noun ("gav uppdraget om"), or a person named before "i uppdrag", however long the way
# there: "gav samtidigt vår vice ordförande Anneli Strand, sjuksköterska på …, i uppdrag", "gav
# nätverkets sekreterare, biomedicinska analytikern Eva Ström, i uppdrag", "gav sjukhusfysikern Malin
# Åkesson på Sahlgrenska Universitetssjukhuset i uppdrag".
# "rekryterade på måndagskvällen också föraren Johanna Nyberg från Sollebrunn till klubbens säkerhetsansvariga",
# "knöt i onsdags också ljudteknikern Elin Forsgren till sig som föreningens hörselombud": a named person to a post
_TO_A_POST = re.compile(
    r"\s(?:[a-zåäö\d][\w-]*\s){0,6}[A-ZÅÄÖ][\w-]+\s[A-ZÅÄÖ][\w-]+\s(?:[^.;]{0,60}?\s)?(?P<link>till\ssig\ssom|till|som)\s"
)


# "kallade i lördags X till föreningens kontaktperson": a post the appointee is called to (not "kallade X till ett möte")
_CALLED_TO_POST = re.compile(
    r"(?:(?:sin|sitt|[a-zåäö]+(?:ens|ets|s))\s)?(?:nya?\s)?[\w-]*(?:kontaktperson|ombud|ansvarig[ae]?|ordförande|sekreterare|kassör"
    r"|ledamot|representant|samordnare)\b"
)


def _recruited(sentence: str, end: int, lemma: str) -> bool:
    post = _TO_A_POST.match(sentence, end)
    if post is None or (lemma == "knyta till sig") != (post.group("link") == "till sig som"):
        return False
    return lemma != "kalla till" or (post.group("link") == "till" and _CALLED_TO_POST.match(sentence, post.end()) is not None)


_COMMISSIONED = re.compile(
    # ("gav i mars programkontoret mandat att förhandla": the mandate, a commission by another word)
    r"[^.;:]{0,70}?\b(?:i uppdrag\b|(?:mandat|fullmakt)(?:et|en)?\satt\s)|\s(?:[\w-]+\s){0,2}?uppdrag(?:et)?\s(?:om|att|till)\b"
    r"|\s(?:[^.;:]{0,100}?\s)?[A-ZÅÄÖ][\w-]+\s[A-ZÅÄÖ][\w-]+"
    # ("barnmorskan Josefin Ahlberg på amningsmottagningen vid Södra Älvsborgs sjukhus i uppdrag": a unit and its employer)
    # ("överläkaren Erik Lund på PAH-centrum vid Sahlgrenska Universitetssjukhuset i uppdrag": a named unit and its employer)
    r"(?:,\s[^.;:]{0,140}?,|,|(?:\s(?:på|vid)(?:\s[a-zåäö][\w-]*(?:en|et|na)\s(?:på|vid))?(?:\s[A-ZÅÄÖ][\w-]*){1,4}"
    r"(?:\s(?:sjukhus|lasarett)(?:et)?)?){1,2})\si uppdrag\b"
)
# A name right after the verb and before its "att" clause: the V2 subject ("beslutade VGR IT att").
_V2_NAME = re.compile(
    r"\s((?:[A-ZÅÄÖ][\w:-]*\s){1,3})(?:att|om)\s"
    # "I december fastställde Kungälvs sjukhus en plan": a hospital named with a lower-case head
    rf"|\s((?:[A-ZÅÄÖ][\w:-]*\s){{1,3}}(?:{HOSPITAL_HEAD}|Sjukhus(?:et)?|Lasarett(?:et)?))(?=[\s,.])"
)
# the region itself: the news of an office's decision ("beslutade Västra Götalandsregionen att pausa")
_NOT_NAMES = frozenset(["i", "den", "det", "de", "han", "hon", "vi", "man", "jag", "ni", "västra götalandsregionen", "vgr", "regionen"])


_SEVERAL = re.compile(r"\b(?:de|alla|flera|några|dessa|andra|övriga|\w+aste|\w{3,}sta)\s$", re.IGNORECASE)


def _relative_decisions(
    sentence: str, taken: Sequence[DecisionMatch], people: Sequence[tuple[int, int, str]] = ()
) -> list[DecisionMatch]:
    found = []
    relatives = [(match, "fatta beslut") for match in _RELATIVE.finditer(sentence)]
    relatives += [(match, "ge i uppdrag") for match in _RELATIVE_COMMISSION.finditer(sentence)]
    for match, lemma in relatives:
        if any(d.verb_start <= match.start() < d.verb_end for d in taken):
            continue
        if _SEVERAL.search(sentence, 0, match.start()):
            continue  # "ett urval av de beslut som fullmäktige fattade": a summary, not a decision
        rest = match.group("rest")
        body = body_phrase_after(rest)
        if body is None or body[0].strip() != rest.strip():
            continue
        start = match.start("rest") + body[1]
        what = _clause(sentence, match.start())
        planned = lemma == "fatta beslut" and _planned_before(sentence, match.start())  # "ska enligt det uppdrag som X gav": given
        found.append(DecisionMatch(lemma, match.start(), match.end(), body[0], start, what, planned, False, True))
    fronted = _FRONTED.match(sentence)
    if fronted is not None and not any(d.verb_start <= fronted.start("verb") < d.verb_end for d in taken):
        body = body_phrase_after(sentence[fronted.end() :])
        # "Beslutet om mallen fattade hon den 3 maj": the person the page reads the pronoun as
        person = next((p for p in people if p[0] == fronted.end()), None)
        by = None
        if person is not None:
            by = (person[2], fronted.end())
        elif body is not None and adverbials_only(sentence[fronted.end() : fronted.end() + body[1]]):
            by = (body[0], fronted.end() + body[1])
        if by is not None:
            what = _clause(sentence, fronted.start("verb"))
            found.append(DecisionMatch("fatta beslut", fronted.start("verb"), fronted.end("verb"), by[0], by[1], what, False, False))
    return found


# "I samma beslut sköt sjukhusledningen upp rekryteringen": any past verb, V2 after the phrase,
# tells one more part of the decision.
_SAME_DECISION = re.compile(r"^\s*I\ssamma\sbeslut\s(?P<verb>[a-zåäö]+)\s")
_STRONG_PASTS = frozenset(["sköt", "drog", "lät", "satte", "tog", "gav", "fick", "höll", "slog", "bröt", "sa", "sade"])


def _same_decision(sentence: str, taken: Sequence[DecisionMatch]) -> list[DecisionMatch]:
    match = _SAME_DECISION.match(sentence)
    if match is None or any(d.verb_start < match.end() + 60 for d in taken):
        return []
    verb = match.group("verb")
    if not (verb.endswith(("de", "te")) or verb in _STRONG_PASTS):
        return []
    body = body_phrase_after(sentence[match.end() :])
    if body is None:
        return []
    what = _clause(sentence, match.start("verb"))
    by_start = match.end() + body[1]
    return [DecisionMatch("besluta", match.start("verb"), match.end("verb"), body[0], by_start, what, False, False)]


# "Den slutliga texten fick hennes godkännande i mitten av oktober": the approval of the person named before
# (the page's reader, ``deciders.AGENT_PRONOUN``, reads the pronoun as that person)
# ("Listans fem uppgifter fick hans slutliga godkännande den 14 februari": an adjective before the noun)
PERSON_APPROVAL = re.compile(
    r"(?<![\w-])(?:fick|fått)\s(?P<who>hennes|hans)\s(?:[a-zåäö]+a\s)?(?:godkännande|klartecken|gillande|välsignelse)(?![\w-])"
)


def _personal_approval(
    sentence: str, people: Sequence[tuple[int, int, str]], taken: Sequence[DecisionMatch]
) -> list[DecisionMatch]:
    found: list[DecisionMatch] = []
    for match in PERSON_APPROVAL.finditer(sentence):
        person = next((p for p in people if p[0] == match.start("who")), None)
        if person is None or any(d.verb_start <= match.start() < d.verb_end for d in taken):
            continue
        planned = _planned_before(sentence, match.start())
        what = _clause(sentence, match.start())
        found.append(DecisionMatch("godkänna", match.start(), match.end(), person[2], person[0], what, planned, False, True))
    return found


# "Ja till den slutliga versionen av formuläret sade han i början av april", "Nej till förslaget sa styrelsen
# i maj": the answer fronted, its giver after the verb (the page's reader, ``deciders.AGENT_PRONOUN``,
# reads the pronoun as the person told before)
_FRONTED_ANSWER = re.compile(r"^\s*(?P<answer>(?:Ja|Nej)\still\s[^.;:]{1,120}?)\s(?P<verb>sa|sade|har\ssagt|hade\ssagt)\s")


def _fronted_answer(
    sentence: str, people: Sequence[tuple[int, int, str]], taken: Sequence[DecisionMatch]
) -> list[DecisionMatch]:
    match = _FRONTED_ANSWER.match(sentence)
    if match is None or any(d.verb_start <= match.start("verb") < d.verb_end for d in taken):
        return []
    person = next((p for p in people if p[0] == match.end()), None)
    body = body_phrase_after(sentence[match.end() :])
    if person is not None:
        by = (person[2], person[0])
    elif body is not None and adverbials_only(sentence[match.end() : match.end() + body[1]]):
        by = (body[0], match.end() + body[1])
    else:
        return []
    answer = match.group("answer")
    what = _clause(f"{match.group('verb')} {answer[0].lower()}{answer[1:]}", 0)
    return [DecisionMatch("säga ja", match.start("verb"), match.end("verb"), by[0], by[1], what, False, False)]


def _nominal_decisions(
    sentence: str, taken: Sequence[DecisionMatch], people: Sequence[tuple[int, int, str]] = ()
) -> list[DecisionMatch]:
    """ "efter ett beslut av revisorerna", "inför sitt beslut i september 2024 att starta"."""
    found = _relative_decisions(sentence, taken, people)
    for match in _NOMINAL.finditer(sentence):
        if any(d.verb_start <= match.start() < d.verb_end for d in taken):
            continue
        if match.group("agent"):
            by = body_phrase_after(sentence[match.end() :])
            by = (by[0], match.end() + by[1]) if by else None
        elif match.group("gen") and _CONTESTED.search(sentence, 0, match.start()):
            continue  # "överklagade fullmäktiges beslut i juli": the appeal's month, not the decision's
        elif match.group("gen"):
            # "Regionstyrelsens beslut i maj om att godkänna ...": the owner decided
            by = (match.group("gen")[:-1], match.start("gen"))
        else:
            by = body_before_in(sentence[: match.start()])
        if by is None:
            continue
        # "Reserven får bara användas efter beslut av regiondirektören": a rule, not a decision taken
        planned = _planned_before(sentence, match.start()) or re.search(r"\bfår\b[^.,;:]*$", sentence[: match.start()]) is not None
        what = _clause(sentence, match.start())
        found.append(DecisionMatch("besluta", match.start(), match.end(), by[0], by[1], what, planned, False, True))
    for match in _CAME_FROM.finditer(sentence):
        given = body_phrase_after(sentence[match.end() :])
        person = next(((name, at) for at, end, name in people if at == match.end()), None)
        given = given or person  # "Beslutet om vilka sex uppgifter … kom från henne i slutet av december": the person
        if given is None or any(d.verb_start <= match.start() < d.verb_end for d in (*taken, *found)):
            continue
        what = _clause(sentence, match.start())
        found.append(DecisionMatch("besluta", match.start(), match.end(), given[0], match.end() + given[1], what, False, False, True))
    for match in _APPROVAL_GOT.finditer(sentence):
        if any(d.verb_start <= match.start("gen") < d.verb_end for d in (*taken, *found)):
            continue
        planned = _planned_before(sentence, match.start())
        owner = match.group("gen")[:-1]
        found.append(DecisionMatch("godkänna", match.start(), match.end(), owner, match.start("gen"), _clause(sentence, match.start()), planned, False, True))
    return found
