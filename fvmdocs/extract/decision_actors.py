"""Who a decision verb's subject is: a body, a person or a name, found by the words around it.

"Västkoms styrelse beslutade", "beslutade regionstyrelsen" (V2), "Det var regionfullmäktige som
godkände", "Styrgruppen gick igenom läget och beslutade", "IVO, som i september fattade beslut",
"Inspektionen för vård och omsorg (IVO) har beslutat", "när den fastställde", "Vid
regionfullmäktiges sammanträde valdes"; adverbials and time phrases between the subject and the
verb are passed over.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fvmdocs.extract.orgs import PLACE_KINDS
from fvmdocs.extract.people import ORG_NOUNS
from fvmdocs.extract.timex_lexicon import MONTH_FULL_RE
from fvmdocs.extract.titles import match_title

__all__ = [
    "ABBREVIATED",
    "HOSPITAL_HEAD",
    "VGR_GENITIVE",
    "VGR_PLACE",
    "BODY_NOUNS",
    "DECISION_OWNER",
    "NETWORK_GENITIVE",
    "NETWORK_NOUNS",
    "OWN_ORG_GENITIVE",
    "OWN_ORG_NOUNS",
    "PRONOUN_SUBJECT",
    "SIGNERS",
    "apposed_name",
    "body_before_in",
    "body_phrase_after",
    "body_phrase_before",
    "cleft_subject",
    "coordinated_person",
    "coordinated_subject",
    "definite_body",
    "meeting_owner",
    "name_before",
    "office_noun",
    "programme_body",
    "person_near",
    "relative_subject",
    "subject_text",
]


# Nouns that make a phrase a deciding body or office, in any definite form.
BODY_NOUNS = (
    "styrelse", "styrelsen", "nämnd", "nämnden", "fullmäktige", "utskott", "utskottet",
    "styrgrupp", "styrgruppen", "gruppen", "ledning", "ledningen", "direktören", "direktör", "regeringen",
    "rätten", "domstolen", "tingsrätt", "hovrätt", "kammarrätt", "förvaltningsrätt", "ordförande", "ordföranden", "chefen", "kommunen", "regionen", "revisorerna",
    "revisorer",  # "Regionens revisorer beslutade": the auditors, named `revisorerna`
    "revisionen", "direktion", "direktionen", "presidiet", "presidium", "beredningen", "kommitté", "kommittén",
    "årsmöte", "årsmötet", "fullmäktigemöte", "fullmäktigemötet", "stämma", "stämman", "kongress", "kongressen", "enheten", "enhet",
    "konferens", "konferensen",  # "vars vårkonferens i lördags ställde sig bakom", "Vårkonferensen valde också"
    "smöte", "smötet",  # "vars avdelningsmöte i söndags antog kravet", "Medlemsmötet gav klartecken"
    "representantskap", "representantskapet",  # "vars representantskap i tisdags ställde sig bakom"
    "representantmöte", "representantmötet",  # "sedan föreningens representantmöte hade antagit kravet"
    "ledningsgrupp", "ledningsgruppen", "kollegiet", "kollegium", "grupp", "delegation", "delegationen", "verket", "myndigheten",
    "rådet", "organet",
    "råd",  # "programmets designråd": a council named after its owner's genitive
    "kontor", "kontoret",  # "Chalmers innovationskontor beslutade"
    "kliniken",  # "Barnkliniken på Södra Älvsborgs sjukhus har utsett"
    "sektionen", "sektion",  # "Juniorsektionen i Innebandyklubben Stickan beslutade", "Klubbens kastsektion lade fast"
    "mottagningen",  # "Neurologmottagningen på Södra Älvsborgs sjukhus beslutade"
    "läkare", "läkaren",  # "Regionens smittskyddsläkare ställde sig bakom": an office after its owner's genitive
    "avdelningen",  # "Neonatalavdelningen på Södra Älvsborgs sjukhus fattade beslut"
    "psykiatrin",  # "Vuxenpsykiatrin på NU-sjukvården godkände": a clinic named by its field
    "funktion", "funktionen",  # "Regionens IT-säkerhetsfunktion godkände"
    "chef",  # "Förbundets säkerhetsskyddschef godkände": an office after its owner's genitive
    "vd",  # "Bolagets vd har utsett": a company's chief executive after its owner's genitive
    "centrum",  # "Centrum för sällsynta diagnoser väst godkände"
    "nätverk", "nätverket",  # "Regionens dietistnätverk ställde sig bakom", "Trafikmedicinska nätverket Väst fastställde"
    "ombud",  # "Regionens dataskyddsombud godkände": an office after its owner's genitive
    "samordnare",  # "Sjukhusets hjälpmedelssamordnare sade ja till upplägget": an office after its owner's genitive
    "dekanen", "rektorn", "prefekten",  # "Dekanen vid Sahlgrenska akademin sade ja till": a university's offices
    "team", "teamet",  # "barndiabetesteamet på Drottning Silvias barn- och ungdomssjukhus antog"
    "panel", "panelen",  # "Föreningens hälsopanel fastställde på torsdagen ett krav", "Hälsopanelen valde"
    "kretsen",  # "Jaktvårdskretsen gav vid samma möte sekreteraren i uppdrag": a district association
    # "Förbundsmötet i Murarnas yrkesförening i Fyrbodal antog", "Höstmötet valde", "Klubbens lagledarmöte
    # beslutade": a members' (or team leaders') meeting
    # (not "vid samma möte", "på sitt styrelsemöte": the board's sitting)
    *(f"{kind}möte{end}" for kind in ("förbunds", "höst", "vår", "medlems", "förenings", "ombuds", "klubb", "sektions",
                                       "distrikts", "krets", "stor", "lagledar", "ledar", "delegat") for end in ("", "t")),
    "konsistoriet", "konsistorium",  # "Konsistoriet vid Göteborgs universitet fattade beslut": a university's board
    "representantskap", "representantskapet",  # "Representantskapet i Billackerarföreningen Väst röstade igenom"
)  # fmt: skip


# The organisation a page is written by, named by its kind: "sektionens styrelse",
# "föreningens ordförande" (the page's own board and chair, not another organisation's).
OWN_ORG_NOUNS = frozenset(
    ["sektionen", "föreningen", "avdelningen", "förbundet", "klubben", "kretsen", "lokalavdelningen", "centrumet", "stiftelsen",
     "museet", "länsavdelningen", "rådet", "stationen"]  # "Rådets styrelse" on a council's own page
)  # fmt: skip
OWN_ORG_GENITIVE = "|".join(sorted(f"{noun}s" for noun in OWN_ORG_NOUNS))
# Kinds whose own board and officers are the page's, but whose other bodies keep their owner
# ("Nätverkets styrelse" is `styrelsen`, "nätverkets styrgrupp" stays as written).
NETWORK_NOUNS = frozenset(["nätverket", "sällskapet", "centret"])
NETWORK_GENITIVE = "|".join(sorted(f"{noun}s" for noun in NETWORK_NOUNS))


# "AI-råd" -> "AI-rådet", but a "regionråd" or "kommunalråd" is a politician, no council
_INDEFINITE_BODY = re.compile(
    r"(styrelse|direktion|kommitté|stämma)$|(nämnd|grupp|direktör|chef|enhet|funktion|ledning|konferens|panel|sektion|delegation)$|(utskott|nätverk|ombud|team|(?<!region)(?<!kommunal)råd|representantskap)$|(möte)$"
)


# The programme's own bodies named after it: "styrgruppen för FVM", "styrgruppen för Västra
# Götalandsregionens program Framtidens vårdinformationsmiljö" are `programmets styrgrupp`.
_PROGRAMME_BODY = re.compile(
    r"(?P<body>styrgrupp|designråd|programråd)(?:en|et)?\s+(?:för|i)\s+(?:(?:Västra\s+Götalandsregionens|VGR:s|regionens)\s+)?"
    r"(?:program(?:met)?\s+)?(?:FVM|Framtidens\s+vårdinformationsmiljö|(?:program\s+)?Millennium|för\s+(?:ett\s+)?nytt\s+vårdinformationssystem)"
    r"|(?P<own>designråd)(?:et)?",  # the design council is the programme's
    re.IGNORECASE,
)


def programme_body(name: str) -> str:
    """A body of the programme in the guidelines' form: "styrgruppen för FVM" -> "programmets styrgrupp"."""
    match = _PROGRAMME_BODY.fullmatch(name.strip())
    return f"programmets {(match.group('body') or match.group('own')).lower()}" if match else name


def office_noun(name: str) -> str:
    """An office named in its definite form as its title: "regiondirektören" -> "regiondirektör"."""
    return re.sub(r"(?:en|n)$", "", name.lower())


def is_court(name: str) -> bool:
    """Whether a decider is a court: "Förvaltningsrätten i Göteborg", "Borås tingsrätt", "Domstolen"."""
    lower = name.lower()
    return lower.split()[0].endswith(("rätten", "domstolen")) or lower.endswith(("rätten", "domstolen", "rätt"))


def definite_body(word: str) -> str:
    """A body noun in its definite form, as bodies are named: "regionstyrelse" -> "regionstyrelsen",
    "nämnd" -> "nämnden", "utskott" -> "utskottet", "AI-råd" -> "AI-rådet", "årsmöte" -> "årsmötet"; other
    words unchanged."""
    if word.endswith("revisorer"):
        return word + "na"  # "Regionens revisorer" are revisorerna
    if word.endswith("kollegium"):
        return word[:-2] + "et"  # "vars tränarkollegium" is tränarkollegiet
    match = _INDEFINITE_BODY.search(word)
    if match is None:
        return word
    suffix = "n" if match.group(1) else "en" if match.group(2) else "t" if match.group(4) else "et"
    return word + suffix


_SKIP_LEFT = re.compile(
    # time adverbials in subordinate word order: "att regionstyrelsen i maj godkände", "sedan
    # regiondirektören onsdagen den 20 november beslutade"
    rf"(?:\s(?:i\s(?:{MONTH_FULL_RE})(?:\s\d{{4}}|\si\sfjol|\sförra\såret|\si\sår|\ssamma\sår)?|(?:[a-zåäö]+dagen\s)?den\s\d{{1,2}}\s(?:{MONTH_FULL_RE})(?:\s\d{{4}})?|i\s\w+dags|på\s\w+dagen|på\s\w+(?:kvällen|morgonen|eftermiddagen)|"
    r"som|har|hade|ska|skall|kommer att|väntas|också|även|nu|då|därför|därefter|dessutom|nyligen|tidigare|samtidigt|i dag|idag|i går|igår|redan|inte|sedan|under|enhälligt|formellt"
    r"|i\ssamma\sbeslut|vid\ssamma\s(?:möte|sammanträde)|(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|några|\d+)\s(?:dagar|veckor|månader)\s(?:senare|därefter)"
    r"|dagen\s(?:innan|före)|veckan\s(?:innan|före)|dock|själv|själva|självt"  # "fullmäktige själv antog"
    # "har i ett tjänstemannabeslut beslutat", "har på delegation beslutat", "vid sitt möte i går"
    r"|i\s(?:ett|sitt)\s[a-zåäö]*beslut|på\sdelegation|vid\s(?:sitt|dagens|ett\sextra(?:insatt)?)\s(?:möte|sammanträde)"
    r"|dessförinnan|innan\sdess)"
    # "Regionstyrelsen hade dessförinnan, den 22 mars, beslutat": a day set off by commas
    rf"|,\s(?:[a-zåäö]+dagen\s)?den\s\d{{1,2}}\s(?:{MONTH_FULL_RE})(?:\s\d{{4}})?,)+\s*$"
)


# Capitalised words that open a clause without naming anyone.
_NOT_ACTORS = frozenset(
    ["han", "hon", "de", "det", "den", "vi", "man", "jag", "ni", "detta", "dessa", "i", "på", "efter", "enligt", "nu", "då", "sedan", "redan", "även", "också", "samtidigt",
     "dessutom", "därefter", "vidare", "slutligen", "därför",  # "Dessutom antog förbundsmötet": an adverb opens the clause
     "vem", "vilka", "vilken", "vad", "hur", "när", "varför"]  # questions: "Vem fattade beslutet?"
)


_WORDS_RIGHT = re.compile(
    r"\s*(?:(?:också|även|nu|då|samtidigt|enhälligt|formellt|i dag|i går|sig|dock|dessutom|därför|ändå|slutligen)\s)*"
    r"(?:(?:det|den)\s(?=[a-zåäö]+a\s[a-zåäö-]+(?:et|en)\b))?"  # "det politiska samrådsorganet"
)


# A body's name: an optional genitive owner, "X- och Y" compounds, and a place or
# organisation it belongs to ("Västkoms styrelse", "hälso- och sjukvårdsstyrelsen",
# "kommunstyrelsen i Borås", "sjukhusstyrelsen vid Skaraborgs Sjukhus").
_BODY = (
    # "Regionalt cancercentrum västs ledningsgrupp": a centre named with lower-case words owns the body
    # "Vår styrelse": the page's own organisation's body
    # "Kliniska studier Västs ledningsgrupp": a name of lower-case words ending in its region's word
    # ("öron-, näs- och halsklinikens ledningsgrupp": several prefixes share the owner's head;
    # "lungmedicinska klinikens terminologigrupp": an adjective before a definite owner; "arbets- och
    # miljömedicinska mottagningens diagnosnämnd": the adjective with a prefix it shares)
    r"(?P<owner>(?:[Vv]år|[Vv]årt|[Vv]åra)\s|[A-ZÅÄÖ][a-zåäö]+\s(?:[a-zåäö]+\s){1,2}(?:Väst|Öst|Syd|Norr|Mitt)s\s|(?:(?:Regionalt|Nationellt)\s[a-zåäö]*centrum\s)?(?:[A-ZÅÄÖ][\w-]*\s(?:&\s)?){0,2}(?:(?:[\w]+-\s(?:och|eller)\s)?[a-zåäö]+(?:iska|inska|ella)\s(?=[a-zåäö]+(?:ens|ets)\s))?(?:[\w]+-,?\s(?:[a-zåäö]+-,?\s)*(?:och|eller)\s)?[\w-]+(?::s|s)\s)?"
    # "Regionala etikprövningsnämnden i Göteborg": an adjective that is part of the name
    # "Medicintekniska rådet i Västra Götalandsregionen": a capitalised adjective opens the name
    r"(?P<body>(?:(?:[Rr]egionala|[Nn]ationella|[Cc]entrala|[Ll]okala|[Pp]olitiska|[Nn]ordiska|[Ss]venska|[Nn]orra|[Ss]ödra|[Öö]stra|västra|sociala"
    r"|[A-ZÅÄÖ][a-zåäö]+(?:iska|inska|liga|ella|ala)"
    # "Barn- och ungdomsmedicinska kliniken på Kungälvs sjukhus": a capitalised prefix shared with the adjective
    r"|[A-ZÅÄÖ][a-zåäö]*-,?\s(?:[a-zåäö]+-,?\s)*(?:och|eller)\s[a-zåäö]+(?:iska|ska|liga|ella)"
    # "regionens medicintekniska råd": an owner, then a lower-case adjective of the name
    # ("Barnklinikens metabola team": an adjective in -ola / -ala)
    # ("föreningens extra årsmöte": an extra meeting of the members, v162)
    r"|(?<=s\s)[a-zåäö]*(?:tekniska|etiska|inska|bola)|(?<=s\s)extra)\s)?"
    # "Öron-, näs- och halskliniken": several prefixes share the head
    r"(?:[\w]+-,?\s(?:[a-zåäö]+-,?\s)*(?:och|eller)\s)?[\w-]+"
    # "Trafikmedicinska nätverket Väst": a name ending in its region's word
    r"(?:\s(?:Väst|Öst|Syd|Norr)(?![\w-]))?)"
)


_PLACE = (
    r"(?P<place>\s(?:i|vid|för|på|inom)\s(?:(?:Institutionen|Avdelningen|Enheten|Sektionen|Centrum)\sför\s[a-zåäö][\w-]*"
    # "Integrationsgruppen på medicinsk teknik tog beslut": a unit named in lower-case words right before the verb
    # (an adjective and a noun, not "pekar på att sjukhusledningen")
    r"|(?<=\spå\s)(?:[a-zåäö]+(?:sk|ell|al|iv)\s)?(?!att\b)[a-zåäö]{4,}(?=\s(?:beslutade|antog|fastställde|godkände|gav|utsåg|ställde|tog|fattade|sade)\b|$)"
    # "ledningen för klinisk genetik vid Sahlgrenska Universitetssjukhuset": a field, then the employer
    r"|(?:[a-zåäö][\w-]*\s){0,2}[a-zåäö][\w-]*(?=\s(?:vid|på|i)\s[A-ZÅÄÖ])"
    # "Ledningsgruppen för Regionalt cancercentrum väst": a centre named with lower-case words
    r"|(?:Regionalt|Nationellt)\s[a-zåäö]*centrum(?:\s(?:väst|öst|syd|norr|sydöst|mellansverige|[A-ZÅÄÖ][\w-]*))?"
    # "Arbetsutskottet i Säkra gårdar i Dalsland fastställde": an association named with lower-case words, then its
    # place, right before the verb
    # ("Styrelsen i Föreningen Medicinska sekreterare i Skaraborg": a capitalised word opening the lower-case ones)
    r"|[A-ZÅÄÖ][a-zåäö]+(?:\s[A-ZÅÄÖ][a-zåäö]+)?(?:\s[a-zåäö]+){1,2}(?=\si\s[A-ZÅÄÖ][\w-]*\s*$)"
    # "Arbetsmiljögruppen på byggföretaget Kinnabygg i Kinna": the company named by its kind, its name and its town
    r"|[a-zåäö]*(?:företaget|bolaget|koncernen)\s[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*){0,2}(?:\si\s[A-ZÅÄÖ][\w-]*)?"
    # "Förbundsstyrelsen i Plåt- och takföreningen Väst": a prefix shared with the name's lower-case compound
    r"|[A-ZÅÄÖ][a-zåäö]+-,?\s(?:[a-zåäö]+-,?\s)*(?:och|eller)\s[a-zåäö][\w-]*(?:\s[A-ZÅÄÖ][\w-]*){0,2}"
    r"|[A-ZÅÄÖ][\w-]*(?::s|s)?"
    # "styrgruppen för program Millennium", "designrådet i programmet Framtidens vårdinformationsmiljö"
    r"|program(?:met)?(?=\s[A-ZÅÄÖ])"
    # "beredningen för mänskliga rättigheter", "rådet för funktionshinderfrågor"
    # "Nationella rådet för organ-, vävnads-, cell- och blodfrågor": prefixes listed before the head
    r"|(?:[a-zåäö][\w-]*\s)?(?:[a-zåäö]+-,?\s(?:och\s|eller\s)?)*[\w-]*(?:rättigheter|frågor)\b"
    # "programmets designråd för psykiatri / läkemedel / omvårdnad", "ledningsgruppen för verksamhetsområde
    # neonatologi": a medical field
    # ("för barn- och ungdomsmedicin": a prefix shared with the word before)
    r"|(?:verksamhetsområde(?:t)?\s)?(?:[\w]+-\s(?:och|eller)\s)?[a-zåäö]*(?:iatri|ologi|medicin|kirurgi|omvårdnad|läkemedel|hygien)\b"
    # "designråd för perioperativ vård" / "för barn- och ungdomsvård", "för diagnoser och åtgärder",
    # "Centrum för sällsynta diagnoser väst"
    # ("för öron-, näs- och halssjukvård": several prefixes share the head)
    r"|(?:[\w]+-,?\s(?:[a-zåäö]+-,?\s)*(?:och|eller)\s)?(?:[a-zåäö]+\s)?[a-zåäö]*vård\b|[a-zåäö]+\soch\s[a-zåäö]+(?=\s(?:beslutade|antog|fastställde|godkände|gav|utsåg|ställde)\b|$"
    # ("Det beslutade programmets beredningsgrupp för barn och unga i måndags": the day after it)
    r"|\s(?:i\s\w+dags|(?:i|på)\s\w+dagen|den\s\d)\b)"
    r"|(?:[a-zåäö]+\s){1,3}(?:väst|öst|syd|norr)\b"
    # "Styrelsen för Idrottsmedicinska föreningen Väst", "Arbetsgruppen i Palliativt nätverk Väst"
    r"|[A-ZÅÄÖ][a-zåäö]+(?:\s[a-zåäö]+){1,2}\s(?:Väst|Öst|Syd|Norr|Mitt)\b"
    r"|samverkan\b"  # "Regionala cancercentrum i samverkan": a joint body
    # "Programrådet för sjuksköterskeprogrammet", "designråd för vårdprocesser": a field or programme
    # "Ledningsrådet för verksamhetsförlagd utbildning": an adjective before the field
    # "Kunskapsgruppen för sällsynta diagnoser": a plural adjective, not a pronoun ("för sina", "för andra");
    # "designråd för mag- och tarmsjukdomar": a prefix shared with the word after
    r"|(?<=\sför\s)(?!att\b|det\b|den\b|de\b|dem\b|sig\b|ett\b|en\b|oss\b|alla\b)(?:[a-zåäö]+-\s(?:och|eller)\s)?"
    r"(?:[a-zåäö]+(?:ad|gd|ig|isk|ell|al|iv)\s|(?!(?:sina|våra|dina|mina|era|dessa|vilka|andra|flera|många|vissa|båda|hela)\s)[a-zåäö]{3,}a\s)?"
    r"[a-zåäö][\w-]{3,})"
    # ("Styrelsen i Sportfiskeklubben Göta älv": a river's or lake's lower-case kind word in the name)
    rf"(?:\s(?:[A-ZÅÄÖ][\w-]*|&\s[A-ZÅÄÖ][\w-]*|[Ss]jukhus(?:et)?|(?:[\w]+-\s(?:och|eller)\s)?[a-zåäö]+sjukhus(?:et)?|kommun|stad|stift|församling|pastorat|lasarett|län|{PLACE_KINDS}|akademin|universitet|högskola|[a-zåäö]*förening(?:en)?|[a-zåäö]*förbund(?:et)?|[a-zåäö]*klubb(?:en)?|vårdinformationsmiljö"
    r"|program(?:met)?(?=\s[A-ZÅÄÖ])))*"  # "styrgruppen för Västra Götalandsregionens program Framtidens vårdinformationsmiljö"
    # "… vid Göteborgs universitet", "… på Södra Älvsborgs sjukhus": a seat named with a lower-case head;
    # "… vid Regionalt cancercentrum väst": a centre named with lower-case words
    r"(?:\s(?:i|vid|på)\s(?:(?:Regionalt|Nationellt)\s[a-zåäö]*centrum(?:\s(?:väst|öst|syd|norr))?"
    # ("för undervattensrugbysektionen i Sportdykarklubben Tumlaren i Uddevalla": the club, then its town)
    r"|[A-ZÅÄÖ][\w-]*(?:\s(?:[A-ZÅÄÖ][\w-]*|universitet|högskola|sjukhus|lasarett))*)){0,2}"
    r")?"
)


# "Leverantören Talsys AB:s styrelse", "Konsultföretaget X:s styrelse": the common noun that presents a name.
# Not "Njurläkarföreningen Västs styrelse": a name with its region's word.
_PRESENTING_NOUN = re.compile(rf"(?=[A-ZÅÄÖ])(?i:[\w-]*?(?:{ORG_NOUNS}|stiftelsen))\s(?=[A-ZÅÄÖ])(?!(?:Väst|Öst|Syd|Norr|Mitt)s?\s)")


def _body_words(match: re.Match[str]) -> tuple[str, int] | None:
    """The body phrase of a match of ``_BODY`` + ``_PLACE`` when its head is a body noun."""
    body = match.group("body")
    if not re.sub(r"\s(?:Väst|Öst|Syd|Norr)$", "", body).split()[-1].lower().endswith(BODY_NOUNS):
        owner = match.group("owner")
        if owner and owner.strip().lower().endswith(BODY_NOUNS) and not match.group("place"):
            return owner.strip(), match.start("owner")  # "styrelsen beslutade" read V2
        return None
    start = match.start("owner") if match.group("owner") else match.start("body")
    noun = _PRESENTING_NOUN.match(match.string, start) if match.group("owner") else None
    if noun is not None:
        start = noun.end()  # "Leverantören Talsys AB:s styrelse": the company's board, named by its name
    opening = re.match(r"(?:Även|Också|Nu|Då|Sedan|Redan|Samtidigt)\s", match.string[start:])
    if opening is not None and match.group("owner"):
        start += opening.end()  # "Även Läkarförbundets centralstyrelse antog": the adverb opens the clause
    name = re.search(r"(?<![\w-])(?!(?:I|Men|Och|När|Då|Även|Också|Nu)\s)([A-ZÅÄÖ][\w-]*)\s$", match.string[:start])
    if name is not None and match.group("body")[:1].isupper() and not match.group("owner"):
        start = name.start(1)  # "Västra Götalandsregionen": a name of two capitalised words
    return match.string[start : match.end()].rstrip(), start


def body_phrase_before(text: str) -> tuple[str, int] | None:
    """The deciding body that ends ``text``: "Västkoms styrelse", "regionstyrelsen"."""
    text = _SKIP_LEFT.sub("", text)
    match = re.search(rf"{_BODY}{_PLACE}$", text)
    if match is None:
        return None
    return _body_words(match)


def body_phrase_after(text: str) -> tuple[str, int] | None:
    """The deciding body that opens ``text`` (after the verb, V2 order or "av ...")."""
    skip = _WORDS_RIGHT.match(text)
    offset = skip.end() if skip else 0
    match = re.match(rf"{_BODY}{_PLACE}", text[offset:])
    found = _body_words(match) if match is not None else None
    if found is None:
        # "avslog Arbetsmiljöverket regionens begäran": the body alone, a genitive after it
        single = re.match(r"[\w-]+(?=[\s,.])", text[offset:])
        if single is not None and single.group().lower().endswith(BODY_NOUNS):
            return single.group(), offset
        return None
    return found[0], offset + found[1]


# An agency named in full with lower-case words: "Inspektionen för vård och omsorg".
_AGENCY = re.compile(
    r"(?<![\w-])(?:Inspektionen|Myndigheten|Institutet|Nämnden|Rådet|Statens\s[a-zåäö][\w-]*)\sför\s"
    r"[a-zåäö][\w-]*(?:,?\s(?:och\s)?[a-zåäö][\w-]*){0,4}$"
)


def agency_before(text: str) -> tuple[str, int] | None:
    """An agency named in full that ends ``text``: "Inspektionen för vård och omsorg beslutade"."""
    text = _SKIP_LEFT.sub("", text)
    match = _AGENCY.search(text)
    return (match.group(), match.start()) if match else None


# The region itself named with a body: "Västra Götalandsregionens regionstyrelse", "regionstyrelsen i
# Västra Götaland" are the region's own board.
VGR_GENITIVE = r"(?:Västra\s+Götalandsregionens|VGR:s)"
VGR_PLACE = r"\s+i\s+(?:Västra\s+Götaland(?:sregionen)?|VGR)$"
# The head of a hospital's name after its capitalised words: "sjukhuset" in "Östra sjukhuset",
# "barn- och ungdomssjukhus" in "Drottning Silvias barn- och ungdomssjukhus", "lasarett".
HOSPITAL_HEAD = r"(?:[\w]+-\s(?:och|eller)\s)?[a-zåäö-]*(?:sjukhus|lasarett)(?:et)?"
_HOSPITAL = re.compile(rf"(?<![\w-])(?:[A-ZÅÄÖ][\w-]*\s)+{HOSPITAL_HEAD}$")


def name_before(text: str) -> tuple[str, int] | None:
    """A proper name (an organisation) that ends ``text``: "Oracle har samtidigt" -> "Oracle"."""
    text = _SKIP_LEFT.sub("", text)
    hospital = _HOSPITAL.search(text)
    if hospital is not None:
        first = hospital.group().split()[0]
        if first.lower() not in _NOT_ACTORS:
            return hospital.group(), hospital.start()
        if first.lower() in _OPENING_ADVERBS and len(hospital.group().split()) > 2:
            return hospital.group()[len(first) + 1 :], hospital.start() + len(first) + 1
    match = re.search(r"(?<![\w-])[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*)*$", text)
    if match is None:
        return None
    words = match.group().split()
    if words[0].lower() in _NOT_ACTORS:
        if len(words) == 1 or words[0].lower() not in _OPENING_ADVERBS:
            return None
        # "Även Sjukhusapoteket har fattat beslut": the adverb opens the clause, the name follows
        return " ".join(words[1:]), match.start() + len(words[0]) + 1
    if len(words) == 2 and words[0].endswith(("rådet", "bolaget", "myndigheten", "företaget", "förbundet")):
        return words[1], match.start() + len(words[0]) + 1  # "Forskningsrådet Forte": the name
    branch = re.search(r"(?<![\w-])[A-ZÅÄÖ][\w-]*\s(?:avdelning|sektion|krets|lokalavdelning|region)\s$", text[: match.start()])
    if branch is not None:
        # "Vårdförbundet avdelning Fyrbodal", "Kriminalvårdens region Väst": a branch by its name
        return text[branch.start() :], branch.start()
    # "Synskadades Riksförbund i Västra Götaland", "Fotterapeuternas förening i Väst": the name with its place
    placed = re.search(
        r"(?<![\w-])[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*)*(?:\s[a-zåäö]*(?:förening|förbund|sällskap))?\si\s$", text[: match.start()]
    )
    if placed is not None and placed.group().split()[0].lower() not in _NOT_ACTORS:
        return text[placed.start() :], placed.start()
    return match.group(), match.start()


_OPENING_ADVERBS = frozenset(["även", "också", "nu", "då", "sedan", "redan", "samtidigt"])


def body_before_in(text: str) -> tuple[str, int] | None:
    """The last deciding body named anywhere in ``text`` (the subject "sitt beslut" points to)."""
    found = None
    for match in re.finditer(rf"(?<![\w-]){_BODY}{_PLACE}", text):
        body = _body_words(match)
        if body is not None:
            found = body
    return found


def adverbials_only(text: str) -> bool:
    """Whether ``text`` holds only adverbials of time and the like ("redan i augusti")."""
    return not text.strip() or _SKIP_LEFT.fullmatch(" " + text.strip()) is not None


def person_near(
    sentence: str, start: int, end: int, people: Sequence[tuple[int, int, str]], *, titled: bool = False
) -> tuple[str, int] | None:
    """A person named right before the verb (subject) or right after it (V2 order); with ``titled``, also after
    a title there (between "fattade" and its "beslut", where only the subject can stand)."""
    for p_start, p_end, name in people:
        if _SOURCE_BEFORE.search(sentence, max(0, p_start - 10), p_start):
            continue  # "Enligt Mikael Åberg tog sjukhusledningen beslut": the source, not the decider
        between = sentence[p_end:start].strip().lstrip(",").strip()  # "Sjukhusdirektören, Kristina Öhman, har utsett"
        between = re.sub(r"^\([A-ZÅÄÖ]{1,3}\)\s*", "", between)  # "Anna Ek (S) beslutade": her party
        if p_end <= start and (not between or _SKIP_LEFT.fullmatch(" " + between)):
            return name, p_start
        apposition = _APPOSITION_BEFORE.fullmatch(sentence, p_end, start) or _EMPLOYER_BEFORE.fullmatch(sentence, p_end, start)
        if p_end <= start and apposition is not None and (p_start == 0 or _OPENING_TITLE.fullmatch(sentence, 0, p_start)):
            # "Kristina Alm, prefekt vid Institutionen för …, har gett", "Vår verksamhetschef Ingrid
            # Nyman, geriatriker i grunden, fattade": the subject opens the sentence
            return name, p_start
    for p_start, p_end, name in people:
        if p_start >= end and _WORDS_RIGHT.fullmatch(sentence[end:p_start]):
            return name, p_start
        # "Den 3 februari fattade regiondirektör Ann-Sofi Lodin beslut": the person's title before the name
        title = match_title(sentence, end) if titled and p_start > end else None
        if title is not None and not sentence[title.end : p_start].strip() and _WORDS_RIGHT.fullmatch(sentence[end : title.start]):
            return name, p_start
        # "fattade verksamhetschefen för akutkliniken på Södra Älvsborgs sjukhus, Lars Engström, beslut": the office
        # with its unit, then its holder apposed
        if (
            title is not None
            and _WORDS_RIGHT.fullmatch(sentence[end : title.start])
            and re.fullmatch(r"(?:\s(?:för|på|vid|i)\s[^,.;:]{1,70})?,\s", sentence[title.end : p_start])
            and sentence.startswith(",", p_end)
        ):
            return name, p_start
    return None


# A title (and its owner) before a name that opens the sentence: "Vår verksamhetschef ", "\n".
_OPENING_TITLE = re.compile(r"(?:.*\n)?(?:[A-ZÅÄÖ][\w-]*\s)?(?:[a-zåäö][\w-]*\s){0,2}", re.DOTALL)
_SOURCE_BEFORE = re.compile(r"\b(?:[Ee]nligt|[Ee]nl\.)\s(?:[a-zåäö][\w-]*\s)?$")
# A title in apposition between a subject that opens the sentence and its verb.
# ("Gustav Rehn, som är sektionschef för stamcellstransplantation på Sahlgrenska Universitetssjukhuset, sade ja")
# (a suspended compound's comma is inside it: "sektionschef på öron-, näs- och halskliniken")
_APPOSITION_BEFORE = re.compile(r",\s[a-zåäö](?:[^,.;:]|(?<=\w-),){1,100},\s(?:(?:har|hade|också|även|nu|redan)\s)*")
# "IVO, som i september fattade beslut i sin tillsyn": a name and the relative clause it heads.
# "Verksamhetschefen Anna-Karin Lund på Södra Älvsborgs sjukhus beslutade": the person's employer;
# "Överläkaren Mikael Sundin på neurologkliniken vid Sahlgrenska Universitetssjukhuset ställde sig": a unit first
# ("Överläkaren Johan Sten på SU, som leder en arbetsgrupp, ställde sig": with the person's relative clause)
# ("Distriktssköterskan Agneta Holm på Närhälsan Björkdal vårdcentral, som …, ställde sig": a health centre)
_EMPLOYER_BEFORE = re.compile(
    rf"\s(?:på|vid|hos)\s(?:[a-zåäö][\w-]*(?:en|et)\s(?:på|vid)\s)?[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*)*(?:\s(?:{HOSPITAL_HEAD}|vårdcentral(?:en)?))?"
    r"(?:,\s(?:som|där)\s[^,.;:]{1,80},)?\s(?:(?:har|hade|också|även|nu|redan)\s)*"
)
_RELATIVE_SUBJECT = re.compile(r"(?<![\w-])(?P<name>[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*){0,3}),\ssom\s(?:[a-zåäö\d][\w-]*\s){0,4}$")


# A subject's relative clause between it and the verb: "Oracle Health, som driver systemet, har beslutat".
# "Regionens minoritetsråd, där föreningen har en plats, ställde sig bakom".
_RELATIVE_CLAUSE = re.compile(r",\s(?:som|där|vars)\s[^,.;:]{1,60},\s(?:(?:har|hade|också|även|nu|redan)\s)*$")
# A name in apposition to the noun that opens the clause: "Leverantören av spårningssystemet,
# Steriltrack AB, fattade i januari beslut".
_APPOSED_NAME = re.compile(
    r"^\s*[A-ZÅÄÖ][a-zåäö-]+(?:\s(?:av|för|till|i)\s[a-zåäö][\w-]*)?,\s(?P<name>[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*){0,3}),\s"
    r"(?:(?:har|hade|också|även|nu|redan)\s)*$"
)


def apposed_name(before: str) -> tuple[str, int] | None:
    """The name in apposition to the clause's opening noun: "Leverantören, Steriltrack AB, fattade"."""
    match = _APPOSED_NAME.search(before)
    return (match.group("name"), match.start("name")) if match else None


DECISION_OWNER = re.compile(r"\b[Bb]eslutet\s(?:från|av)\s([A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*)*)\s$")


# Bodies and offices whose signing of an agreement is a decision.
SIGNERS = ("styrelse", "styrelsen", "nämnd", "nämnden", "ledning", "ledningen", "grupp", "gruppen", "direktör", "direktören", "utskott", "utskottet",
           "enhet", "enheten")  # fmt: skip


# "när den fastställde": "den" as subject, a body named before it in the sentence.
PRONOUN_SUBJECT = re.compile(r"\b(?:när|då|som|och|men|eftersom)\sden\s(?:(?:också|även|redan|då|nu)\s)*$")


# An organisation's abbreviation in brackets right before the verb: "(IVO) har beslutat".
ABBREVIATED = re.compile(r"(?:\(([A-ZÅÄÖ]{2,})\)|,\s([A-ZÅÄÖ]{2,}),)\s(?:(?:har|hade|också|även|nu|redan)\s)*$")
# "Inspektionen för vård och omsorg (IVO) har beslutat", "Inspektionen för vård och omsorg, IVO, beslutade"


# "Vid regionfullmäktiges första sammanträde efter valet valdes …": the assembly that met.
_MEETING_OWNER = re.compile(
    r"\b(?:[Vv]id|[Pp]å|[Uu]nder)\s(?P<owner>(?:[A-ZÅÄÖ][\w-]*\s)?[\w-]+?)(?::s|s)\s(?:[a-zåäö]+\s){0,2}?"
    r"(?P<noun>sammanträde|möte|kongress|årsmöte|stämma|extrainsatta\smöte)\b"
)


_ASSEMBLY_MET = re.compile(r"\b(?:[Vv]id|[Pp]å|[Uu]nder)\s(?P<body>[a-zåäö]*(?:mötet|stämman|kongressen))\b")
# "lördagens", "tisdagskvällens", "gårdagens": a day's meeting, not an owner's
# (the owner without its genitive "s")
_DAY_GENITIVE = re.compile(r"(?i:[a-zåäö]*dag(?:en|s(?:kvällen|morgonen|eftermiddagen))|helgen|veckan)")


def meeting_owner(before: str, offset: int = 0) -> tuple[str, int] | None:
    """The body whose meeting a passive decision was taken at: "regionfullmäktige" for "Vid
    regionfullmäktiges sammanträde … valdes", "Vårdförbundets kongress" for "På Vårdförbundets
    kongress i mars valdes"."""
    match = next(reversed(list(_MEETING_OWNER.finditer(before))), None)
    if match is None:
        # "Vid årsmötet i lördags valdes …": an assembly that is its own meeting
        assembly = next(reversed(list(_ASSEMBLY_MET.finditer(before))), None)
        if assembly is not None and assembly.group("body").lower().endswith(BODY_NOUNS):
            return assembly.group("body"), offset + assembly.start("body")
        return None
    owner = match.group("owner")
    if _DAY_GENITIVE.fullmatch(owner):
        # "På lördagens årsmöte beslutades": the day's meeting; an assembly is named by its noun
        noun = match.group("noun")
        return (noun + ("t" if noun.endswith("möte") else "n"), offset + match.start("owner")) if noun in ("årsmöte", "stämma", "kongress") else None
    if owner.lower().endswith(BODY_NOUNS):
        return owner, offset + match.start("owner")
    return f"{owner}s {match.group('noun')}", offset + match.start("owner")


def subject_text(before: str) -> str:
    """The words before a decision verb, without a relative clause that separates the subject
    from it: "Oracle Health, som driver systemet, har" -> "Oracle Health har"."""
    clause = _RELATIVE_CLAUSE.search(before)
    if clause is None:
        return before
    return before[: clause.start()] + " " + before[clause.end() :] if before[clause.end() :] else before[: clause.start()] + " "


def relative_subject(before: str) -> tuple[str, int] | None:
    match = _RELATIVE_SUBJECT.search(before)
    if match is None or match.group("name").lower() in _NOT_ACTORS:
        return None
    return match.group("name"), match.start("name")


def cleft_subject(before: str) -> tuple[str, int] | None:
    """ "Det var regionfullmäktige som i juni 2019 godkände", "Regionstyrelsen, som i går
    godkände": a body that "som" makes the subject of the verb, adverbials between."""
    match = re.search(rf"(?<![\w-]){_BODY}{_PLACE},?\ssom\s(?:[\w:-]+\s){{0,8}}$", before)
    if match is None or re.search(r"\b(?:att|och|men|som)\s(?:[\w:-]+\s){0,5}$", before[match.end("body") :].split("som", 1)[1]):
        return None
    end = match.end("place") if match.group("place") else match.end("body")
    body = re.match(rf"{_BODY}{_PLACE}", before[match.start() : end])
    return _body_words(body) if body else None


def coordinated_subject(sentence: str, verb_start: int) -> tuple[str, int] | None:
    """ "Styrgruppen gick i måndags igenom läget och beslutade att ...": the second verb of a
    body's clause shares the subject that opens the sentence."""
    before = sentence[:verb_start]
    conjunction = re.search(r"(?:\s|,\s)(?:och|men)\s(?:(?:har|hade|också|även|sedan|därefter|då|samtidigt)\s)*$", before)
    if conjunction is None:
        return None
    opening = re.match(rf"{_BODY}{_PLACE}(?=\s(?!(?:och|som|att|med)\b)[a-zåäö]+\s)", before)
    if opening is None or _body_words(opening) is None:
        # V2 after an adverbial: "I tisdags fick regionstyrelsen ta del av rapporten och gav ..."
        opening = re.match(
            rf"(?:[A-ZÅÄÖ]\w*\s(?:[\w-]+\s){{0,2}}?)(?:fick|hade|har|tog|höll|gick|behandlade|diskuterade|klubbade|fastställde|godkände|antog)\s{_BODY}{_PLACE}(?=\s)",
            before,
        )
    if opening is None:
        # "…, men redan den 20 november bromsade regiondirektören in och beslutade att pausa": V2 after an adverbial,
        # in a clause that ", men" or ", och" opens (v161)
        clause = max((m.end() for m in _CLAUSE_JOIN.finditer(before, 0, conjunction.start())), default=None)
        opening = None if clause is None else _V2_OPENING.match(before, clause)
    between = before[opening.end() : conjunction.start()] if opening is not None else ""
    also = re.search(r"\b(?:samtidigt|också|även)\s$", conjunction.group()) or re.match(r"\S+\s(?:samtidigt|också|även|då)\b", sentence[verb_start:])
    # "beslutade att starta ett projekt och utsåg Emma Kvist till …": a verb in the past tense is no
    # infinitive of the "att" clause but the opening clause's second verb
    past = re.match(r"(?:utsåg|gav|antog|tog|sköt|drog|[a-zåäö]+(?:ade|de|te))\s", sentence[verb_start:])
    if conjunction.group().startswith((", men", ", och")) or also or past:
        # "… beslutade att ansluta och gav samtidigt socialchefen i uppdrag": "samtidigt" opens a second
        # decision, and so does "då" ("beslutade att driva frågan och utsåg då X till representant")
        # "Kollegiet tillstyrkte att …, men beslutade samtidigt att …", "Ledningen beslutade att
        # avsätta …, och gav verksamhetschefen i uppdrag …": the object clause ends at the comma
        between = between.split(" att ", 1)[0]
    # "valde Cerner som leverantör i januari och godkände …": "som" giving the part a name plays is no relative clause
    between = _CHOSEN_AS.sub(" ", between)
    if past:
        # "klubbade regionstyrelsen den tidplan som nu gäller … och sade samtidigt ja till": a relative
        # clause in the present is the object's, and the past verb after "och" the opening clause's
        between = re.sub(r"\ssom\s(?:nu\s|redan\s|fortfarande\s)?[a-zåäö]+(?:er|ar)(?=\s|$)", " ", between)
    if opening is None or re.search(r"[,;:]|\b(?:att|som|när|då|eftersom)\s", between):
        return None
    return _body_words(opening)


_CLAUSE_JOIN = re.compile(r",\s(?:men|och)\s")
# A clause in V2 order after an adverbial: "redan den 20 november bromsade regiondirektören …"
_V2_OPENING = re.compile(rf"(?:[\w-]+\s){{1,5}}?[a-zåäö]+(?:ade|de|te)\s{_BODY}{_PLACE}(?=\s)")
# ("valde i januari Cerner som leverantör": a time adverbial before the name)
_CHOSEN_AS = re.compile(r"\b(?:valde|utsåg|anlitade)\s(?:i\s[a-zåäö]+\s(?:\d{4}\s)?)?(?:[A-ZÅÄÖ][\w-]*\s){1,3}som\s")


# The adverbs between "har" and its supine in a subject's first clause: "Hon har själv tävlat",
# "Hon har sedan 2014 följt planterarnas besvär och godkände …".
SUPINE_CLAUSE = r"(?:har|hade)\s(?:(?:själv|också|även|redan|länge|sedan\s\d{4})\s)*[a-zåäö]+(?:at|t|tt)"

# "Johan Berggren är verksamhetschef för kirurgi på Skaraborgs Sjukhus och ställde sig i april bakom":
# a copula's clause, then the second verb after "och"
# ("Han har granskat förslaget och sade i oktober ja till": a clause in the perfect, then the second verb)
# ("Hon är specialistläkare … och klubbens läkare sedan 2020, och hon godkände mallen": the pronoun told again)
_COPULA_THEN = re.compile(
    rf"(?:\s+(?:är|var|blev|arbetar\ssom|jobbar\ssom|{SUPINE_CLAUSE})\s(?:(?!\b(?:att|som|när|då|eftersom|om)\s)[^,.;:()])+?\s(?:och|men)\s"
    r"|\s+(?:är|var)\s(?:(?!\b(?:att|som|när|då|eftersom|om)\s)[^.;:()])+?,\s(?:och|men)\s(?:hon|han)\s)"
    r"(?:(?:har|hade|också|även|sedan|då|samtidigt)\s)*"
)


def coordinated_person(sentence: str, verb_start: int, people: Sequence[tuple[int, int, str]]) -> tuple[str, int] | None:
    """The person the sentence opens with, told by a copula, shares the second verb: "Johan
    Berggren är verksamhetschef … och ställde sig i april bakom förslaget", "Hon har själv tävlat
    för klubben sedan 2009 och godkände"."""
    for p_start, p_end, name in people:
        if p_end <= verb_start and _OPENING_TITLE.fullmatch(sentence, 0, p_start) and _COPULA_THEN.fullmatch(sentence, p_end, verb_start):
            return name, p_start
    return None
