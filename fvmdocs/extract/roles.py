"""Roles: who holds which title, where, as of when, from the patterns Swedish news uses.

* apposition: "Ragnar Lindblad, programägare FVM", "..., säger X, vd på Y."
* title before the name: "regiondirektör Ann-Sofi Lodin", "VGR:s regiondirektör ..."
* predicate: "X är utvecklingschef på Y", "X, som är ... vid Y", "X blir ny Y",
  "X tillträder som Y den 1 mars", "X utses till Y"
* appointment: "har utsett X till/som Y", "X efterträder Z som Y"

Two titles joined by "och" give two roles ("samordningsansvarig för FVM och medicinsk
informationsdirektör på SU").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from fvmdocs.extract.decision_actors import NETWORK_GENITIVE, OWN_ORG_GENITIVE
from fvmdocs.extract.orgs import OrgLexicon
from fvmdocs.extract.people import PARTY
from fvmdocs.extract.role_orgs import (
    TIME_NOUN,
    genitive_lead,
    genitive_org,
    org_after,
    org_after_name,
    org_phrase,
)
from fvmdocs.extract.titles import TitleLexicon, TitleMatch, load_titles, match_title

_ADVERBS = r"(?:(?:för närvarande|för tillfället|sedan tidigare|sedan \d{4}|sedan i \w+|sedan \w+ \d{4}|numera|nu|även|också|redan|tidigare|just nu|i dag|idag|dessutom|samtidigt|till vardags|i vanliga fall|sedan i \w+|i grunden|till yrket|dessförinnan|innan dess)\s)*"
# Time and agent phrases between a verb and its "som"/"till": "tillträder den 1 april som",
# "utsågs i går av regionstyrelsen till".
_WHEN = rf"{_ADVERBS}(?:(?:[\wåäö:-]+\s){{1,8}}?(?=som\s|till\s))?"
# The day a new post begins, between "blir" and the post: "blir från den 1 juli ny ordförande", "blev i höstas".
_FROM_DAY = (
    r"(?:från\s(?:och\smed\s)?(?:den\s)?\d{1,2}\s[a-zåäö]+(?:\s\d{4})?\s|från\s(?:årsskiftet|nyår|i\s(?:höst|vår|sommar))\s"
    r"|i\s(?:höstas|våras|somras|vintras|fjol)\s)?"  # "blev i höstas ordförande i Tremor Väst"
)
# "ny" and its kin say the role is new; they are not part of the title ("blir ny programchef").
_NEW = r"(?:(?:ny|nya|nye|nytillträdd|nyutnämnd|nyvald|nyvalda|tillträdande|blivande)\s)?"
# Words that date a role ("tidigare programchef", "förre regiondirektören") but do not name it.
# Definite nouns name a unit, not a field: "verksamhetschef för elevhälsan / psykiatrin / akutkliniken".
_UNIT_ENDINGS = r"en|na|[^aeiouyåäö]an|ologin|iatrin|urgin|pedin|grafin"
_QUALIFIERS = re.compile(
    r"^(?:(?:ny|nya|nye|nytillträdd|nytillträdde|nyutnämnd|nyutnämnde|nyvald|nyvalda|nyvalde|tillträdande|blivande|tidigare|förre|"
    r"före detta|f\.d\.|avgående|dåvarande|nuvarande|sittande|hittillsvarande"
    r"|första(?!\svice\b))\s)+",  # "till klubbens första skadeombud": the first to hold it (not "första vice ordförande")
    re.IGNORECASE,
)
# The post a person holds, takes, leaves or keeps: "lämnar sin tjänst som", "tar över som".
_POST = r"(?:(?:sin|sitt|sina|den|det|en|ett)\s)?(?:tjänst(?:en)?|post(?:en)?|uppdrag(?:et)?|roll(?:en)?|jobb(?:et)?|befattning(?:en)?|anställning(?:en)?)\s"
# A second predicate of the same subject: "X är sjukhusdirektör ... och har tidigare varit verksamhetschef".
_AND_PREDICATE = (
    # ("Ingrid Sjöberg, som har lett föreningen sedan 2013 och nu blir föreningens representant": in a relative clause)
    # ("är arbetsterapeut och handterapeut på handkirurgiska kliniken vid Sahlgrenska Universitetssjukhuset och har sedan
    # 2014 varit föreningens rådgivare": two titles and a unit with its employer before the second predicate)
    rf"(?:,\ssom\s|\s)(?:[^,.]{{0,130}}?\s)?och\s{_ADVERBS}(?:blir|är|var|blev|har blivit|(?:har|hade)\s{_ADVERBS}varit)\s{_ADVERBS}{_NEW}"
)
# "är företagsläkare på Previa och specialist i arbetsmedicin": a second title coordinated with the first
_AND_TITLE = re.compile(r"[^,.;:]{0,80}?(?<!-)\soch\s(?=[a-zåäö])")  # not "hälso- och sjukvårdsdirektör"
# "Jag heter Jonas Berglund och arbetar sedan 2020 som förändringsledare i …", "Hanna Ek, som själv
# har endometrios och arbetar som barnmorska på …", "X, som är överläkare på … och arbetar deltid som"
_AND_WORKS = rf",?\s(?:som\s)?(?:[^,.]{{0,90}}?\s)?och\s(?:arbetar|jobbar|verkar|tjänstgör)\s{_WHEN}(?:{_POST})?som\s{_NEW}"
# (the first four are read by their place below: a new one goes after them)
_PREDICATES = (
    rf",?\s(?:som\s{_ADVERBS})?(?:är|var|(?:har|hade)\s{_ADVERBS}(?:varit|blivit)|blir|blev|kvarstår som|förblir)\s{_ADVERBS}{_FROM_DAY}{_NEW}",
    # ("Karin Sundqvist, som själv har tävlat sedan 2006, är anställd som undersköterska": a relative clause between)
    # ("Johan Berg, som arbetar som fysioterapeut på …, har dömt": the verb in the relative clause)
    rf"(?:,\ssom\s[^,.;:]{{1,80}}?,)?,?\s(?:som\s)?(?:tillträder|tillträdde|har tillträtt|börjar|började|har börjat|anställs|anställdes|har anställts|rekryteras|har rekryterats|tar över|tog över|har tagit över|går in|gick in|kliver in|klev in|arbetar|arbetade|jobbar|jobbade|(?:har|hade)\s{_ADVERBS}(?:arbetat|jobbat|tjänstgjort)|tjänstgör|tjänstgjorde|(?:är|var)\s(?:fast\s)?anställd|verkar|slutar|slutade|har slutat|avgår|avgick|fortsätter|fortsatte|stannar|stannade)\s{_WHEN}(?:{_POST})?(?:som|på posten som|tjänsten som)\s{_NEW}",
    rf"\s(?:lämnar|lämnade|har lämnat|behåller|behöll|har fått|fick|får|tar|tog|har tagit|går|gick|axlar|axlade|har axlat)\s(?:{_ADVERBS}){_POST}(?:som\s)?{_NEW}",
    rf",?\s(?:som\s)?(?:utses|utsågs|har utsetts|utnämns|utnämndes|har utnämnts|väljs|valdes|har valts|förordnas|förordnades|har förordnats|rekryteras|rekryterades|har rekryterats)\s{_WHEN}(?:till|som)\s{_NEW}",
    rf",?\s(?:som\s)?(?:efterträder|efterträdde|ersätter|ersatte)\s[^,.]{{2,60}}?(?:,[^,.]{{2,60}},)?\ssom\s{_NEW}",
    rf",\s{_ADVERBS}(?:{_NEW})",  # "Jan Berg, sedan 2021 CIO i regionen,"
    rf"\s\((?={_NEW}[^()]{{2,60}}\))",
    _AND_PREDICATE,
    _AND_WORKS,
    rf"\s(?:har|hade)\s(?:{_ADVERBS}){_POST}som\s{_NEW}",  # "Jonas Berglund har en tjänst som röntgensjuksköterska vid …"
    # "Emil Sjögren heter jag, och jag är medicinsk fotograf på …": the writer names himself first
    rf"\sheter\sjag,?\s(?:och\s)?(?:jag\s)?(?:är|arbetar\ssom|jobbar\ssom)\s{_ADVERBS}{_NEW}",
    # "... lämnar regionen för att bli IT-direktör i Region Halland"
    rf"\s(?:[^,.]{{0,60}}?\s)?för att bli\s{_NEW}",
    # "efterträder Marie Holst, som återgår till sitt arbete som narkosläkare": the post resumed (a page's facts
    # drop it for the one succeeded, as the newest gold does: see document._succeeded_goes_back)
    rf",?\s(?:som\s)?(?:återgår|återgick|går tillbaka|gick tillbaka|återvänder|återvände)\s(?:[\w-]+\s){{0,3}}?till\s(?:sitt\s|sin\s)?(?:arbete|{_POST})\s?som\s{_NEW}",
    # "... går över till en tjänst som IT-direktör i Region Halland"
    rf"\s(?:går|gick|har gått)\söver\still\s{_POST}som\s{_NEW}",
    # "gav samtidigt Niklas Berg i uppdrag att vara sjukhusets kontaktperson": a post given as a task
    rf"\si\suppdrag\satt\s(?:vara|bli)\s{_NEW}",
    # "... och kommer närmast från en tjänst som hälso- och sjukvårdsdirektör i Region Värmland"
    rf"\s(?:[^,.]{{0,80}}?\s)?kommer\s(?:närmast\s|senast\s)?från\s{_POST}som\s{_NEW}",
)
_APPOINTERS = (
    r"(?:har\s)?(?:utsett|utsåg|utser|att\sutse|anställt|anställde|anställer|rekryterat|rekryterade|rekryterar"
    r"|utnämnt|utnämnde|utnämner|valt|valde|väljer|förordnat|förordnade|förordnar"
    # "tillsatte i torsdags massören X som kontaktperson", "röstade i tisdags fram pursern X som kontaktperson"
    r"|tillsatte|tillsatt|röstade(?=\s(?:[a-zåäö]+\s){0,3}fram\b)"
    # "handplockade i torsdags också föraren X till", "knöt i onsdags X till sig som" (v160)
    r"|handplockade|handplockat|knöt"
    # "engagerade / kallade i lördags X som / till Y", "gav i lördags X posten som Y" (v161)
    r"|engagerade|engagerat|kallade|kallat|gav|gett|värvade|värvat)"
)
# The supine of an appointing verb: "har utsett", "har rekryterat".
_APPOINTED_SUPINE = r"(?:utsett|utnämnt|valt|rekryterat|anställt)"
# "Till ny programchef har regionstyrelsen utsett Anna Dahl", "Som platschef har X utsett Y": the
# title fronted before the appointer.
_FRONTED_TITLE = re.compile(
    rf"(?:^|\s)(?:[Tt]ill|Som)\s{_NEW}(?P<title>[^,.]{{2,60}}?)\s(?:har|hade)\s[^,.]{{0,40}}?"
    rf"{_APPOINTED_SUPINE}\s(?:[a-zåäö][\w.-]*\s){{0,2}}$"
)
# "Till ombud utsågs undersköterskorna X och Y": the title fronted before a passive.
_FRONTED_PASSIVE = re.compile(
    # ("Som ny säkerhetsansvarig valde styrelsen vid samma möte juniortränaren X": "Som" opening the sentence;
    # "Ny skadeansvarig i klubben blir tränaren X": the new post as the subject)
    rf"(?:(?:^|\s)[Tt]ill\s{_NEW}|^\s*Som\s{_NEW}|^\s*(?:Ny|Nya|Nytt)\s)(?P<title>[^,.]{{2,60}}?)\s(?:utsågs|utses|valdes|väljs|utnämndes|har utsetts|har valts|blir|blev"
    # ("utsåg styrelsen sin sekreterare, ortopedingenjören Leif Gustavsson": titles of the appointee between)
    rf"|utsåg|valde|utnämnde)\s(?:[^,.]{{0,100}}?\s|[^,.]{{0,60}},\s[a-zåäö][\w-]*\s)?$"
)
# "Som klubbens kassör har Olof Bengtsson räknat på …", "Som ordförande i förbundet vill X …": the post
# fronted with "som" before a finite verb and the name (V2), no appointment.
_FRONTED_AS = re.compile(
    r"^\s*Som\s(?P<title>[^,.;:]{2,60}?)\s(?:har|hade|är|var|vill|ville|kan|kunde|ska|skulle|får|fick|måste|[a-zåäö]+(?:ar|er|år|ör|de|te))\s$"
)
# "Seriekommittén anförtrodde i lördags uppdraget som klubbens materialansvarige åt dartspelaren X": the post given
_ENTRUSTED = re.compile(
    r"\banförtro(?:dde|tt|r)\s(?:[^,.;:]{0,40}?\s)?(?:uppdraget|rollen|posten|ansvaret)\ssom\s(?P<title>[^,.;:]{2,60}?)\såt\s"
    r"(?:[a-zåäö][\w-]*\s)?$"
)
# "Fokusgruppen utsåg också en förändringsledare för förlossningsvården: barnmorskan X": the post named before a colon
_COLON_APPOINTEE = re.compile(
    rf"\b{_APPOINTERS}\s(?:[^.;:]{{0,60}}?\s)?(?:en|ett|sin|sitt|ny|nya)\s{_NEW}(?P<title>[^.;:]{{2,80}}?):\s(?:[a-zåäö][\w-]*\s)?$"
)
# "till klinikens kontaktperson": a unit's genitive before the title, not an organisation.
_UNIT_GENITIVE = re.compile(r"[a-zåäö][\w-]*(?:ens|ets|ns)\s(?=[a-zåäö])")
# "Sofia Hedman-Rask, föreningens ordförande": the page's own association, named by its kind.
_OWN_KINDS = rf"{OWN_ORG_GENITIVE}|{NETWORK_GENITIVE}"
_OWN_GENITIVE = re.compile(rf"(?:{_OWN_KINDS})\s(?=[a-zåäö])")
_START_WORDS = re.compile(
    r"\b(?:tillträder|tillträdde|börjar|började|efterträder|utses|utsågs|blir|från och med|fr\.o\.m\.)\b"
)


@dataclass(frozen=True)
class RoleMatch:
    """A role stated in a sentence: person, title, organisation, whether a start is stated."""

    person: str
    title: str
    org: str | None
    starts: bool


def _strip_new(title: str) -> str:
    """The title as a title: without words that only date it and in the indefinite form
    ("tidigare programchef" -> "programchef", "regionrådet" -> "regionråd")."""
    title = _QUALIFIERS.sub("", title) or title
    head, _, last = title.rpartition(" ")
    return f"{head} {load_titles().base_form(last)}".strip()


_UNIT_OF = re.compile(
    rf"\sför\s(?:[a-zåäö][\w-]*(?:{_UNIT_ENDINGS}|programmet|projektet)|(?:avdelning|enhet|sektion|område)\s[\w-]+)"
    r"(?=\s(?:på|vid|i|inom)\s)"
    # "sektionschef vid klinisk genetik på Sahlgrenska Universitetssjukhuset": a unit by its field
    # ("överläkare på barn- och ungdomsmedicin vid NU-sjukvården": prefixes joined before the field)
    r"|\s(?:vid|på|inom)\s(?:[a-zåäö][\w-]*\s|[a-zåäö]+-,?\s(?:[a-zåäö]+-,?\s)*(?:och|eller)\s)?[a-zåäö][\w-]*(?=\s(?:på|vid)\s[A-ZÅÄÖ])"
    # "avdelningschef på BB-avdelningen vid Norra Älvsborgs länssjukhus": a unit named with an abbreviation
    r"|\s(?:vid|på|inom)\s[A-ZÅÄÖ]{2,}-[a-zåäö][\w-]*(?:en|et)(?=\s(?:på|vid)\s[A-ZÅÄÖ])"
)  # "verksamhetschef för psykiatrin på …", "avdelningschef för avdelning väst på IVO"


_IN_CHARGE = re.compile(r"ansvarig\s(?:för|över)\s")
# A medical specialty rather than a post: "barnläkare", "axelkirurg", "lungläkare", "neurolog", "fysiater".
_SPECIALTY = re.compile(r"(?<!över)(?<!specialist)(?<!under)(?<!-)läkare$|kirurg$|log$|iater$|ped$")


def titles_at(text: str, pos: int, orgs: OrgLexicon, lexicon: TitleLexicon) -> list[tuple[str, str | None]]:
    """Titles (with organisations) from ``pos``: one, or several joined by "och"."""
    found: list[tuple[str, str | None]] = []
    in_unit: set[int] = set()  # titles whose own unit was named: "ordförande i nätverket och …"
    while True:
        title = match_title(text, pos, lexicon)
        if title is None and found and _IN_CHARGE.match(text, pos):
            # "fysioterapeut i HK Älvsnäs och ansvarig för klubbens rehabgrupp": a charge, no employer
            return [*found, ("ansvarig", None)]
        if title is None:
            return found
        title_end = title.end + _domain_length(text, title.end)
        # "verksamhetschef för psykiatrin på Kungälvs sjukhus": the unit is passed over, and so is
        # an academic's field ("professor i medicinsk informatik vid …")
        unit = _UNIT_OF.match(text, title_end)
        if unit is None and _FIELD_TITLES.search(title.title):
            unit = _FIELD.match(text, title_end)
        org, pos = org_after(text, unit.end() if unit else title_end, orgs)
        if org is None and unit is not None:
            org, pos = org_after(text, title_end, orgs)
            if org is None:
                pos = unit.end()  # "överläkare i palliativ medicin och ordförande": on to the next title
        pos = max(pos, title_end)
        unit_named = unit is not None and org is not None and pos > unit.end()
        found.append(_body_title(_strip_new(title.title), org, orgs))  # the post's field is no part of it
        # ", SÄS," repeats the organisation as an abbreviation
        abbreviation = re.match(r",\s[A-ZÅÄÖ]{2,}\b,?", text[pos:])
        if abbreviation and org is not None:
            pos += abbreviation.end()
        if org is None:
            # "sjuksköterska på medicinakuten i Borås och facklig företrädare": a unit, passed over
            # "ordförande i nätverket och överläkare på …"
            unit = re.match(r"\s?(?:på|vid|inom|i)\s[a-zåäö][\w-]*(?:en|et|na)(?:\s(?:i|på)\s[A-ZÅÄÖ][\w-]*)?(?=,?\s(?:och|samt)\s)", text[pos:])
            if unit:
                pos += unit.end()
                in_unit.add(len(found) - 1)
        # org_after may have stepped over the space already: "sjuksköterska och skyddsombud"
        # "och tidigare var utvecklingschef vid SÄS": a second post, held before
        more = re.match(
            rf",?\s*(?<![\w-])(?:och|samt)\s{_ADVERBS}(?:(?:är|var|har varit|hade varit)\s)?{_ADVERBS}", text[pos:]
        )
        if more is None:
            # "axelkirurg och biträdande överläkare på ortopedkliniken vid Skaraborgs Sjukhus": a specialty,
            # then a post whose own unit is named; the employer is the post's alone ("överläkare och
            # sektionschef vid klinisk genetik på SU" share it: two posts)
            if unit_named and len(found) > 1 and all(_SPECIALTY.search(t) for t, o in found[:-1] if o is None):
                return found
            return _shared_employer(found, orgs, in_unit)
        pos += more.end()
        owner = re.match(r"[a-zåäö][\w-]*(?:ernas|arnas|ornas|ets|ens)\s", text[pos:])
        if owner is not None and lexicon.is_body_genitive(owner.group().strip()):
            owner = None  # "och kommunstyrelsens ordförande": the body is the second title's organisation
        if owner is not None and match_title(text, pos + owner.end(), lexicon) is not None:
            # "… i Lerums kommun och kommunernas representant i styrgruppen", "apotekare och
            # nätverkets sekreterare": the owner's kind in the genitive before the second title
            pos += owner.end()


_BOARD_POSTS = frozenset(["ordförande", "vice ordförande", "ledamot", "styrelseledamot", "sekreterare", "kassör", "ersättare"])


def _shared_employer(
    found: list[tuple[str, str | None]], orgs: OrgLexicon, in_unit: set[int] | None = None
) -> list[tuple[str, str | None]]:
    """ "överläkare och diabetolog på Södra Älvsborgs sjukhus": two titles joined before one
    employer both hold there; a body ("regionråd och ordförande i styrelsen") is only the last's,
    and so is the employer after a title whose own unit was named ("ordförande i nätverket och")."""
    last = found[-1][1] if found else None
    if last is None or len(found) < 2 or orgs.kind(orgs.resolve(last) or last) in ("body", "association", "party"):
        return found  # "… och facklig företrädare för Vårdförbundet": a union post of its own
    if found[-1][0].lower() in _BOARD_POSTS:
        return found  # "läkarstudent och ordförande i Läkarstudenterna Väst": a chair's post is its own
    return [(title, org if org is not None or i in (in_unit or set()) else last) for i, (title, org) in enumerate(found)]


# "X, som är barnläkare på …, är expertgruppens ordförande": the main clause's verb after a relative clause
_THEN_PREDICATE = re.compile(rf",\ssom\s[^,.;:]{{1,140}}?,\s(?:är|var|blir|blev)\s{_ADVERBS}{_NEW}")


def _predicate_titles(sentence: str, pos: int, orgs: OrgLexicon, lexicon: TitleLexicon) -> list[tuple[str, str | None]]:
    """The titles of a predicate from ``pos``, an owner in the genitive before them read as the
    organisation ("är Västkoms ordförande"), the page's own association as none ("föreningens ordförande")."""
    owner = genitive_lead(sentence, pos, orgs)
    own = None if owner else _OWN_GENITIVE.match(sentence, pos)
    titles = titles_at(sentence, owner[1] if owner else own.end() if own else pos, orgs, lexicon)
    unit = None if owner or own or titles else _UNIT_GENITIVE.match(sentence, pos)
    if unit is not None:
        titles = titles_at(sentence, unit.end(), orgs, lexicon)  # "att vara sjukhusets kontaktperson"
    if own is not None and titles:
        titles[0] = (titles[0][0], None)  # "föreningens ordförande och överläkare på SkaS": the page's own association
    return [(title, owner[0] if owner else org) for title, org in titles]


def roles_in_sentence(
    sentence: str,
    mentions: Iterable[tuple[int, int, str]],
    orgs: OrgLexicon,
    lexicon: TitleLexicon | None = None,
) -> list[RoleMatch]:
    """Roles stated in one sentence; ``mentions`` are (start, end, person) within it.

    >>> from fvmdocs.extract.orgs import load_organisations
    >>> s = "Anna Berg är utvecklingschef på SÄS."
    >>> roles_in_sentence(s, [(0, 9, "Anna Berg")], load_organisations())[0].org
    'Södra Älvsborgs sjukhus'
    """
    lexicon = lexicon or load_titles()
    found: list[RoleMatch] = []
    for start, end, person in mentions:
        party = re.match(PARTY, sentence[end:])
        if party:
            end += party.end()  # "Jonas Andersson (S), regionråd": the party is not the title
        after = sentence[end:]
        starts = bool(_START_WORDS.search(after[:60]))
        if re.search(r"\b(?:är|blir|var|blev)\s$", sentence[:start]):
            # "Sedan 2017 är hon också sektionens tränare": the subject after the verb
            adverbs = re.match(rf"\s{_ADVERBS}", after)
            for title, org in _predicate_titles(sentence, end + (adverbs.end() if adverbs else 0), orgs, lexicon):
                found.append(RoleMatch(person, title, org, starts))
        for predicate in _PREDICATES:
            match = re.match(predicate, after)
            if match is None and predicate == _PREDICATES[3] and (employed := _NAMED_EMPLOYER.match(after)) is not None:
                # "Johan Ek på Skaraborgs Sjukhus utsågs i april av styrgruppen till sakkunnig": the
                # employer between the name and the appointment
                match = re.match(rf"{re.escape(employed.group())}{predicate}", after)
            if match is None and predicate == _PREDICATES[0] and (
                employed := _EMPLOYER_BEFORE_RELATIVE.match(after) or _NAMED_EMPLOYER.match(after)
            ) is not None:
                # "Mikael Öhman på Sahlgrenska Universitetssjukhuset, som blir ny ordförande i nätverket",
                # "Sara Nilsson på Sahlgrenska Universitetssjukhuset blir ny ordförande i designrådet"
                match = re.match(rf"{re.escape(employed.group())}{predicate}", after)
            if match is None:
                continue
            for title, org in _predicate_titles(sentence, end + match.end(), orgs, lexicon):
                found.append(RoleMatch(person, title, org, starts))
            if found and found[-1].person == person:
                break
        if predicate == _PREDICATES[0] and match is not None and (second := _AND_TITLE.match(after, match.end())):
            # "Anders Vik är företagsläkare på Previa i Trollhättan och specialist i arbetsmedicin": a second title
            for title, org in titles_at(sentence, end + second.end(), orgs, lexicon):
                found.append(RoleMatch(person, title, org, False))
        for also in (_AND_PREDICATE, _AND_WORKS):
            # a second predicate after the first: "… är överläkare på SU och arbetar deltid som rådgivare i bolaget"
            if predicate not in (_AND_PREDICATE, _AND_WORKS) and (second := re.match(also, after)) is not None:
                # ("… och har sedan 2015 varit föreningens ergonomiska rådgivare": an owner's genitive before the title)
                read = _predicate_titles if also is _AND_PREDICATE else titles_at
                for title, org in read(sentence, end + second.end(), orgs, lexicon):
                    found.append(RoleMatch(person, title, org, False))
        if (then := _THEN_PREDICATE.match(after)) is not None:
            # "Per Almqvist, som är barnläkare …, är expertgruppens ordförande": the main clause's predicate
            for title, org in _predicate_titles(sentence, end + then.end(), orgs, lexicon):
                found.append(RoleMatch(person, title, org, False))
        found.extend(_after_apposition(sentence, end, person, orgs, lexicon))
        found.extend(_title_before(sentence, start, person, orgs, lexicon, starts))
        copula = re.search(
            rf"\s(?:blir|blev|är|var|heter|hette|har blivit|har varit|sitter)\s{_ADVERBS}(?:[a-zåäö][\w-]*\s)?$", sentence[:start]
        )  # "Samordnare för arbetet är systemförvaltaren Elin Ek": a title of the name's own between; "Som ordförande i
        # expertgruppen sitter kardiologen X": the post the name sits in; "är sedan 2019 X": an adverb between
        subject = _subject_title(sentence, copula.start(), orgs, lexicon) if copula and copula.end() == start else None
        if subject is not None:
            # "Kassör i Klätterklubben Fästet är sedan 2019 Karin Ek": the title and its organisation as the subject
            found.append(RoleMatch(person, subject[0], subject[1], starts))
        elif copula and (copula.end() == start or lexicon.is_head(sentence[copula.end() : start].strip())):
            # "Ny programchef blir Oskar Malm", "Den nya programchefen heter Oskar Malm"
            # the subject is a noun phrase, so its definite form is not how the title is written
            subject_end = copula.start() + 1
            unit = _SUBJECT_UNIT.search(sentence, 0, copula.start())
            if unit is not None:
                subject_end = unit.end(1) + 1  # "Samordnare för arbetet är": the unit passed over
            for role in _title_before(sentence, subject_end, person, orgs, lexicon, starts):
                head, _, last = role.title.rpartition(" ")
                title = f"{head} {lexicon.base_form(last)}".strip()
                found.append(RoleMatch(role.person, title, role.org, role.starts))
        # "har utsett X till", "utsåg styrelsen X till", "har utsett amerikanen X till",
        # "har utsett biträdande regiondirektör X till", "utsåg X, utredare på Y, till"
        # "med Karin Lund som ny programdirektör": the role the person comes in with
        appointed = re.search(
            # ("utsåg den 4 mars distriktsläkaren X till", "utsåg vid sitt möte den 7 september studenten X till":
            # a date or a place between the verb and the appointee)
            # ("har utsett MS-sjuksköterskan Lina Berg till": a title compounded with an abbreviation)
            rf"(?:{_APPOINTERS}|\b(?:valdes|utsågs|utnämndes|har valts|har utsetts))\s(?:[a-zåäö\d][\w.-]*\s|[A-ZÅÄÖ]{{2,}}-[a-zåäö][\w-]*\s){{0,7}}"
            # "utsett psykologen Sara Ek och arbetsterapeuten Ali Berg till": the second of two appointees
            # "utsåg X, arbetsterapeut på Y, och Z, enhetschef på W, till": the second, each with a title
            # "utsåg styrelsen föreningens sekreterare, distriktsveterinären Eva Holm, till": a title after the comma
            rf"(?:[^,.]{{0,60}},\s(?:[a-zåäö][\w-]*\s)?|[A-ZÅÄÖ][\w-]*(?:[\s-][A-ZÅÄÖ][\w-]*){{0,2}}{_EMPLOYER}(?:,[^,.]{{2,60}},)?\soch\s(?:[a-zåäö][\w-]*\s)?"
            # "utsåg Ola Persson elingenjören Sofia Karlsson till": the appointer's name (V2) before the appointee
            rf"|[A-ZÅÄÖ][\w-]*(?:[\s-][A-ZÅÄÖ][\w-]*){{1,2}}\s[a-zåäö][\w-]*\s)?$",
            sentence[:start],
        ) or re.search(
            r"\b[Mm]ed\s(?:[a-zåäö][\w.-]*\s){0,3}(?:[^,.]{0,60},\s)?$", sentence[:start]
        )  # "valdes Omar Jaziri (L) till ledamot": a V2 passive; "utsåg sjukhusdirektören vid X, Cecilia Ek, till"
        if appointed:
            link = "som" if appointed.group().lower().startswith("med") else "till|som"
            if re.match(r"(?:har\s)?(?:gav|gett)\b", appointed.group(), re.IGNORECASE):
                link = r"(?:posten|uppdraget|rollen|ansvaret)\ssom"  # "gav X posten som Y", not "gav X i uppdrag"
            tail = re.match(
                rf"(?:,[^,.]{{2,80}},)?(?:\si\s[A-ZÅÄÖ][\w-]*)?{_EMPLOYER}"
                # "valde X från Ulricehamn, som har en son med syndromet, till" ("…, vars son har bristen, till"): a
                # relative clause after the place
                r"(?:(?<=[\wåäö]),\s(?:som|vars)\s[^,.]{2,80},)?"
                # "utsett Sara Ek och arbetsterapeuten Ali Berg till": the first of two appointees
                rf"(?:\soch\s(?:[a-zåäö][\w-]*\s)?[A-ZÅÄÖ][\w-]*(?:[\s-][A-ZÅÄÖ][\w-]*){{0,2}}{_EMPLOYER}(?:,[^,.]{{2,60}},)?)?"
                r"(?:\s(?:samtidigt|också|även|dessutom|därför|nu|i\sgår|i\sdag))?"  # "utsåg X samtidigt till"
                r"(?:\still\ssig(?=\ssom\s))?"  # "knöt X till sig som"
                rf",?\s(?:{link})\s(?:ny\s)?(?:(?:sin|sitt|sina|dess|deras|vår|vårt|våra|er|ert|era)\s)?{_NEW}",  # "till sin / vår representant"
                after,
            )
            if tail:
                pos = end + tail.end()
                owner = genitive_lead(sentence, pos, orgs)
                unit = None if owner else _UNIT_GENITIVE.match(sentence, pos)
                pos = owner[1] if owner else unit.end() if unit else pos
                if _IN_CHARGE.match(sentence, pos):
                    found.append(RoleMatch(person, "ansvarig", None, True))  # "utsåg X till ansvarig för införandet"
                for title, org in titles_at(sentence, pos, orgs, lexicon):
                    # "till verkstadens kontaktperson för NU-sjukvården": the unit's post; the body after it
                    # is whom the post faces, not the employer
                    found.append(RoleMatch(person, title, owner[0] if owner else None if unit else org, True))
        fronted = (
            _FRONTED_TITLE.search(sentence[:start]) or _FRONTED_PASSIVE.search(sentence[:start]) or _COLON_APPOINTEE.search(sentence[:start])
            or _ENTRUSTED.search(sentence[:start])
        )
        appointed_then = fronted is not None
        if fronted is None and not re.match(rf"\s(?:[a-zåäö]+\s)?{_APPOINTED_SUPINE}\b", after):
            # "Som klubbens kassör har X räknat …": a post held, no appointment (not "Som platschef … har X utsett Y",
            # the post of the one appointed)
            fronted = _FRONTED_AS.match(sentence[:start])
        if fronted:
            pos = fronted.start("title")
            own = _OWN_GENITIVE.match(sentence, pos) or _UNIT_GENITIVE.match(sentence, pos)
            # "Till föreningens representant i frågan utsåg styrelsen …": the page's own association's post
            for title, org in titles_at(sentence, own.end() if own else pos, orgs, lexicon):
                found.append(RoleMatch(person, title, None if own else org, appointed_then))
        found.extend(_earlier_post(sentence, start, end, person, orgs, lexicon))
        found.extend(_predecessor(sentence, start, end, person, orgs, lexicon))
        found.extend(_inverted_takeover(sentence, start, end, person, orgs, lexicon))
        found.extend(_handed_over_by(sentence, start, person, orgs, lexicon))
    return _unique([replace(r, title=_strong_modifiers(r.title, lexicon)) for r in found])


_NEW_OPENING = re.compile(r"\s*(?:(?:[Nn]y|[Nn]ya|[Nn]yvald|[Nn]yvalda|[Nn]ytillträdd|[Tt]illträdande|[Bb]livande)\s)?")


def _subject_title(sentence: str, subject_end: int, orgs: OrgLexicon, lexicon: TitleLexicon) -> tuple[str, str | None] | None:
    """ "Kassör i Klätterklubben Fästet är Karin Ek", "Nyvald ordförande i Västkom blir X": the sentence opens with a
    title and the organisation it is held in, and that is the whole subject."""
    lead = _NEW_OPENING.match(sentence)
    title = match_title(sentence, lead.end() if lead else 0, lexicon)
    if title is None or sentence[: title.start].strip() != (lead.group().strip() if lead else ""):
        return None
    org, pos = org_after(sentence, title.end, orgs)
    if org is None or sentence[pos:subject_end].strip():
        return None
    return _body_title(_strip_new(lexicon.base_form(title.title)), org, orgs)


def _strong_modifiers(title: str, lexicon: TitleLexicon) -> str:
    """A title without the words that only date it ("nyvalda ordförande"), its weak adjective in
    the base form: "biomedicinske analytikern Erik Sandell" is a "biomedicinsk analytiker", "vår
    tekniska chef" a "teknisk chef"."""
    words = (_QUALIFIERS.sub("", title) or title).split(" ")
    for index, word in enumerate(words[:-1]):
        lower = word.lower()
        if lower.endswith(("ske", "ska", "va")) and lower[:-1] in lexicon.modifiers:
            words[index] = word[:-1]
    return " ".join(words)


# An adverbial may sit between the verb and the one succeeded: "efterträdde i februari Anna Ek".
def _after_apposition(
    sentence: str, end: int, person: str, orgs: OrgLexicon, lexicon: TitleLexicon
) -> list[RoleMatch]:
    """ "Marie Lund, tidigare chef på NU-sjukvården, har anställts som förändringsledare": the
    predicate after an apposition states a second role."""
    apposition = re.match(r",[^,.]{2,80},", sentence[end:])
    if apposition is None:
        return []
    pos = end + apposition.end()
    for predicate in _PREDICATES[:4]:
        match = re.match(predicate, sentence[pos:])
        if match is not None:
            starts = bool(_START_WORDS.search(sentence[pos : pos + 60]))
            # ("X, sektionschef på …, som också är föreningens medicinska rådgivare": an owner in the genitive)
            titles = _predicate_titles(sentence, pos + match.end(), orgs, lexicon)
            return [RoleMatch(person, title, org, starts) for title, org in titles]
    return []


_SUCCEEDS = re.compile(
    r"\b(?:efterträder|efterträdde|ersätter|ersatte|avlöser|avlöste|har efterträtt|har ersatt)\s(?:[a-zåäö0-9][\w-]*\s){0,3}$"
)


def _predecessor(
    sentence: str, start: int, end: int, person: str, orgs: OrgLexicon, lexicon: TitleLexicon
) -> list[RoleMatch]:
    """ "Hon efterträder Anna Ek som programchef": the one succeeded held the post too."""
    if _SUCCEEDS.search(sentence[:start]) is None:
        return []
    tail = re.match(rf"(?:,[^,.]{{2,60}},)?\s(?:som|på posten som)\s{_NEW}", sentence[end:])
    if tail is None:
        return []
    return [RoleMatch(person, title, org, False) for title, org in titles_at(sentence, end + tail.end(), orgs, lexicon)]


# Verb second with a fronted adverbial puts the subject inside the particle verb:
# "I mars tog Anna Ek över som programchef", "Nu tar Anna Ek över posten som ...".
_INVERTED_TAKEOVER = re.compile(rf"\s(?:över|in)\s{_WHEN}(?:{_POST})?(?:som|på posten som)\s{_NEW}")
_TAKEOVER_VERB = re.compile(r"\b(?:tar|tog|har|hade|går|gick|kliver|klev)\s$")
# "I januari tillträdde Cecilia Marangoni som ny programdirektör": V2 with the start verb first.
_INVERTED_START = re.compile(r"\b(?:tillträder|tillträdde|började|börjar|anställs|anställdes|tjänstgör|arbetar|verkar)\s$")


def _inverted_takeover(
    sentence: str, start: int, end: int, person: str, orgs: OrgLexicon, lexicon: TitleLexicon
) -> list[RoleMatch]:
    """ "I dag tar Anna Ek över som programchef": the subject after the finite verb."""
    if _INVERTED_START.search(sentence[:start]) is not None:
        tail = re.match(rf"\s{_WHEN}(?:som|på posten som)\s{_NEW}", sentence[end:])
        if tail is not None:
            return [RoleMatch(person, title, org, True) for title, org in titles_at(sentence, end + tail.end(), orgs, lexicon)]
    if _TAKEOVER_VERB.search(sentence[:start]) is None:
        return []
    tail = _INVERTED_TAKEOVER.match(sentence, end)
    if tail is None:
        return []
    return [RoleMatch(person, title, org, True) for title, org in titles_at(sentence, tail.end(), orgs, lexicon)]


# "tog över som programchef efter Anna Ek": the one after "efter" held the post before.
_TOOK_OVER_AFTER = re.compile(
    rf"\b(?:tar|tog|har tagit|hade tagit|tagit)\s(?:[^,.]{{1,40}}?\s)?över\s{_WHEN}(?:{_POST})?(?:som|på posten som)\s{_NEW}"
    rf"(?P<post>[^.;:!?]{{2,120}}?)\sefter\s$"
)


def _handed_over_by(
    sentence: str, start: int, person: str, orgs: OrgLexicon, lexicon: TitleLexicon
) -> list[RoleMatch]:
    """ "Anna Ek tog över som programchef efter Per Lund": Per Lund held the post before."""
    took = _TOOK_OVER_AFTER.search(sentence[:start])
    if took is None:
        return []
    return [RoleMatch(person, title, org, False) for title, org in titles_at(sentence, took.start("post"), orgs, lexicon)]


_CAME_FROM = r"(?:kommer|kom)\s(?:närmast\s|senast\s|direkt\s|närmast\sdirekt\s)?från\s"


def _earlier_post(
    sentence: str, start: int, end: int, person: str, orgs: OrgLexicon, lexicon: TitleLexicon
) -> list[RoleMatch]:
    """ "Han kommer närmast från Region Halland, där han var IT-direktör": a post held there;
    "Hon kommer från Västtrafik, där hon är presschef": the post she holds now."""
    came = re.match(rf"\s{_CAME_FROM}", sentence[end:])
    if came is None and not sentence[:start].strip():
        # the sentence's subject, its second verb: "Han utsågs i maj och kommer närmast från X, där ..."
        came = re.match(rf"[^.;:!?]*?\soch\s{_CAME_FROM}", sentence[end:])
    if came is None:
        return []
    org, pos = org_phrase(sentence, end + came.end(), orgs, lower_ok=False)
    where = re.match(
        rf",?\s(?:där|varifrån)\s(?:han|hon|hen)\s{_ADVERBS}(?:var|är|har varit|arbetade som|arbetar som|jobbade som|jobbar som|senast var)\s{_ADVERBS}",
        sentence[pos:],
    )
    if org is None or where is None:
        return []
    return [RoleMatch(person, title, org, False) for title, _ in titles_at(sentence, pos + where.end(), orgs, lexicon)]


# ("Föreningens rådgivare i ergonomi är": a field of knowledge, "i juridik", "i it-frågor"; "Ordförande i
# innehållsrådet är", "Som ordförande i expertgruppen sitter", "Kassör i klubben är": a council, group or the page's
# own association the post sits in, no employer)
_SUBJECT_UNIT = re.compile(
    r"^(?:[A-ZÅÄÖ][\w-]*\s)?([\w-]+)\s(?:(?:för|inom|gentemot|mot)\s[a-zåäö][\w-]*(?:en|et|na)|i\s(?:[a-zåäö][\w-]*)?(?:logi|nomi|ik|frågor|rådet|gruppen|nämnden|föreningen|klubben|förbundet|sällskapet))$"
)
# "arbetsterapeuterna Elin Ek på Alingsås lasarett och Hassan Lind på …": each name may have its employer
# ("utsåg tränaren Sara Nilsson från Örgryte Boxningsklubb till": the club the person comes from)
_EMPLOYER = r"(?:\s(?:på|vid|från)\s[^,.;:()]{1,60}?)?"
# "på Sahlgrenska Universitetssjukhuset", "på hjärtsviktsmottagningen vid Södra Älvsborgs sjukhus": a unit, then its seat
_NAMED_EMPLOYER = re.compile(
    r"\s(?:på|vid)\s(?:[a-zåäö][\w-]*(?:en|et)\s(?:vid|på)\s)?[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*){0,3}(?:\s(?:sjukhus|lasarett))?(?=\s)"
)
# ("på Företagshälsan Skog och Trä, som": a name's capitalised words joined by "och")
# ("överläkare X vid ortopedkliniken på Skaraborgs Sjukhus, som också är klubbens rådgivare": a unit first)
_EMPLOYER_BEFORE_RELATIVE = re.compile(r"(?:\s(?:på|vid)\s[a-zåäö][\w-]*)?\s(?:på|vid)\s[A-ZÅÄÖ][\w-]*(?:\s(?:och\s)?[A-ZÅÄÖ][\w-]*){0,3}(?=,\ssom\s)")
_PLURAL_BEFORE_PAIR = re.compile(rf"([\w-]+)\s[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*){{0,2}}{_EMPLOYER}\s(?:och|samt)\s$")
_PAIR_AFTER = re.compile(rf"{_EMPLOYER}\s(?:och|samt)\s[A-ZÅÄÖ]")


def _plural_title(sentence: str, start: int, lexicon: TitleLexicon) -> str | None:
    """ "undersköterskorna Maria Ek och Hamid Ali": a plural title before two names is each one's."""
    title = None
    first = re.search(r"([\w-]+)\s$", sentence[:start])
    name = re.match(r"[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*){0,2}", sentence[start:])
    if first is not None and name is not None and _PAIR_AFTER.match(sentence, start + name.end()):
        title = lexicon.singular(first.group(1))
    second = _PLURAL_BEFORE_PAIR.search(sentence[:start]) if title is None else None
    if second is not None:
        title = lexicon.singular(second.group(1))
    if title is None:
        return None
    return title[0].lower() + title[1:] if title[1:2].islower() else title  # "Överläkarna" opening a sentence


# "säger föreningens ordförande, överläkare Amir Lund": a title listed before the one at the name.
# (also after an appointer: "utsåg styrelsen föreningens sekreterare, distriktsveterinären Eva Holm,")
_LISTED_OPENING = re.compile(
    # ("gav samtidigt föreningens sekreterare, sjuksköterskan Linnea Hammar, i uppdrag", "Nätverkets ordförande,
    # smärtläkaren Amir Haddad": one commissioned, or the sentence's subject; "ett underlag från klubbens medicinska
    # rådgivare, idrottsortopeden X": the one it came from; "Kommitténs ordförande, klinisk farmakolog X";
    # "har tagits fram av klubbens läkare, ortopeden X": the agent, not "en av klubbens läkare"; "en lista som
    # klubbens läkare, idrottsmedicinaren X, har tagit fram": a relative clause's subject; "Specialitetsrådets
    # ordförande, förlossningsläkaren X": a council's compound name; "Bakom skrivelsen står klubbens läkare,
    # handkirurgen X": the subject after the verb; "Expertpanelens ordförande, kärlkirurgen X": v161)
    rf"(?:\b(?:säger|sade|sa|enligt|[Ee]nligt|från|hos|med|som|står|stod|(?<!\ben\s)(?<!\bett\s)av)\s|^|\b(?:utsåg|utsett|valde|valt|gav|gett)\s(?:[a-zåäö]+\s){{0,2}})"
    rf"(?:(?i:{_OWN_KINDS}|enhetens|klinikens|mottagningens|[\w-]*gruppens|kommitténs|[\w-]*rådets|[\w-]*panelens|[\w-]*nätverkets|vår|vårt|våra|min|mitt|mina|hans|hennes)\s)?$"
)  # "Enhetens chef, barnläkaren Hanna Sjödin": a unit's head, the unit named before; "Min reumatolog, överläkaren X"


# "föreningens rådgivare i synfrågor, optikern X": a field of knowledge after the listed title.
_LISTED_FIELD = re.compile(r"\s(?:i|inom)\s[a-zåäö][\w-]*(?:logi|nomi|ik|frågor|medicin)$")


def _title_listed_before(sentence: str, end: int, person: str, lexicon: TitleLexicon, starts: bool) -> list[RoleMatch]:
    comma = re.search(r"([\w.-]+),\s$", sentence[:end])
    listed = _title_ending_at(sentence, comma.end(1), lexicon) if comma is not None else None
    field = _LISTED_FIELD.search(sentence, 0, comma.end(1)) if comma is not None and listed is None else None
    if field is not None:
        listed = _title_ending_at(sentence, field.start(), lexicon)
    if listed is None or not _LISTED_OPENING.search(sentence[: listed.start]):
        return []
    if listed.title.lower() == "läkare" and re.search(r"(?i:min|hans|hennes)\s$", sentence[: listed.start]):
        return []  # "Min läkare, reumatologen Per Hedlund": the writer's doctor, no title
    return [RoleMatch(person, _strip_new(listed.title), None, starts)]


# ("Studentrepresentanten i programrådet, Elin Berg": a body the title sits in, passed over too)
# ("Verksamhetschefen för medicinsk fysik, Anders Tell": a field named with its adjective, too)
_UNIT_BEFORE_NAME = re.compile(
    # ("verksamhetschefen för rehabilitering, Emelie Strand": a field in one word; "för CF-centrum": a unit
    # named by its abbreviation)
    # ("Verksamhetschefen för öron-, näs- och halssjukvården på Sahlgrenska Universitetssjukhuset, X": listed prefixes)
    # ("Chefssjuksköterskan på onkologiska kliniken, Tove Lindell": an adjective of the unit's name)
    r"([\w.-]+)(?:\s(?:på|vid|inom|för|i)\s(?:[a-zåäö]+-,?\s(?:och\s|eller\s)?)*(?:[a-zåäö]+iska\s)?[a-zåäö][\w-]*(?:en|et|na)|\sför\s(?:\w+-\s(?:och|eller)\s)?(?:[a-zåäö]+(?:isk|sk)\s)?(?:[a-zåäö][\w-]{3,}|[A-ZÅÄÖ]{2,}-[a-zåäö][\w-]{3,})){1,2}"
    # "Verksamhetschefen för ögonkliniken på Södra Älvsborgs sjukhus, Per Widén": the unit's employer
    r"(?:\s(?:på|vid)\s(?P<employer>[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*)*(?:\s(?:sjukhus|lasarett)(?:et)?)?))?,\s$"
)


def _title_before(
    sentence: str, start: int, person: str, orgs: OrgLexicon, lexicon: TitleLexicon, starts: bool
) -> list[RoleMatch]:
    """ "VGR:s regiondirektör Ann-Sofi Lodin", "regiondirektör Ann-Sofi Lodin",
    "Regionstyrelsens ordförande, Karin Ek," and "ordförande i regionstyrelsen Karin Ek"."""
    before = sentence[:start]
    plural = _plural_title(sentence, start, lexicon)
    if plural is not None:
        return [RoleMatch(person, plural, org_after_name(sentence, start, orgs), starts)]
    word = re.search(r"([\w.-]+)(,?)\s$", before)
    if word is None:
        return []
    found = _title_ending_at(sentence, word.end(1), lexicon)
    if found is not None and re.search(r"\b(?:för|på|vid|inom)\s$", sentence[: found.start]):
        found = None  # "Verksamhetschefen för ortopeden, Camilla Ek": the clinic, no title of hers
    unit = _UNIT_BEFORE_NAME.search(before) if found is None else None
    if unit is not None:
        # "Vårdförbundets huvudskyddsombud på sjukhuset, Petra Olsson", "Huvudskyddsombudet för
        # läkarna på sjukhuset, Rasmus Ek": the units are passed over
        found = _title_ending_at(sentence, unit.end(1), lexicon)
    if found is not None:
        org = genitive_org(sentence[: found.start], orgs)
        if org is None and unit is not None and unit.group("employer"):
            org = orgs.canonical(unit.group("employer"))
        if org is None and not word.group(2):
            org = org_after_name(sentence, start, orgs)
        # "Hälso- och sjukvårdsstyrelsens ordförande": the coordinated prefix belongs to the body
        prefix = re.search(r"[\w]+-\s(?:och|eller)\s$", sentence[: found.start])
        written = f"{prefix.group()}{found.title}" if prefix and org is None else found.title
        title, org = _body_title(_strip_new(written), org, orgs)
        return _title_listed_before(sentence, found.start, person, lexicon, starts) + [RoleMatch(person, title, org, starts)]
    for named in reversed(orgs.find(before)):
        if before[named.end :].strip(" ,"):
            continue
        preposition = re.search(r"([\w.-]+)\s(?:i|på|vid|inom|för)\s$", before[: named.start])
        if preposition:
            found = _title_ending_at(sentence, preposition.end(1), lexicon)
            if found is not None:
                # "Liberalernas gruppledare i regionfullmäktige, Malin Ek", "Visions huvudskyddsombud i
                # regionen, Tomas Ek", "Vårdförbundets huvudskyddsombud på SÄS, Jenny Ek": the genitive's
                owner = genitive_org(sentence[: found.start], orgs)
                return [RoleMatch(person, _strip_new(found.title), owner or named.name, starts)]
        break
    town = _TOWN_BEFORE_NAME.search(before)
    found = _title_ending_at(sentence, town.end(1), lexicon) if town is not None else None
    if found is not None:
        # "hudklinikens verksamhetschef i Borås, Erik Holm": a town is where the post is, no employer
        return [RoleMatch(person, _strip_new(found.title), genitive_org(sentence[: found.start], orgs), starts)]
    return []


_TOWN_BEFORE_NAME = re.compile(r"([\w.-]+)\si\s[A-ZÅÄÖ][a-zåäö]+,\s$")


# "strateg för e-hälsa på Västkom": "för" and an indefinite noun name the field of the post,
# part of the title; a definite noun ("för utbildningen") or a name ("för FVM") does not.
_DOMAIN = re.compile(
    r"\sför\s(?!att\b|det\b|den\b|de\b|sig\b|ett\b|en\b)"
    # "för digitala vårdmöten", "för medicinsk fysik": an adjective before the field's noun
    r"(?P<adjective>(?!(?:alla|båda|många|flera|andra|sina|våra|era|hela|samma)\s)[a-zåäö]+(?:a|isk)\s)?(?P<noun>[a-zåäö][\w]*-?(?:\s(?:och|eller)\s[a-zåäö][\w-]*)?|[a-zåäö][\w-]*)"
    # the noun ends the phrase: "för två år", "för alla enheter" run on and are no field
    r"(?=\s(?:på|vid|i|inom|hos|och|samt)\s|[,.;:)]|$)"
)
# "-het", "-itet" end indefinite nouns ("informationssäkerhet", "kvalitet").
_DEFINITE_END = re.compile(rf"(?:ns|(?<!h)(?<!it)et|ets|{_UNIT_ENDINGS})$")


# An academic or medical field: "professor i medicinsk informatik", "specialist i allmänmedicin".


_FIELD_TITLES = re.compile(r"(?:professor|docent|lektor|forskare|specialist|läkare|doktorand)$", re.IGNORECASE)  # "ST-läkare i internmedicin"
# "överläkare i palliativ medicin och ordförande i föreningen": the field before a second title too
# ("docent i arbets- och miljömedicin vid …": a field's words joined by a hyphen and "och")
_FIELD = re.compile(
    r"\si\s(?:[a-zåäö]\w*-(?:,\s[a-zåäö]\w*-)*\s(?:och|samt)\s)?(?:[a-zåäö][\w-]*\s)?[a-zåäö][\w-]*"
    r"(?=\s(?:på|vid|i|inom|hos)\s|,?\s(?:och|samt)\s)"
)


def _domain_length(text: str, end: int) -> int:
    """How far a field complement ("för e-hälsa", "för it- och e-frågor") runs after a title: no
    part of the title (GUIDELINES.md), passed over to find the organisation after it."""
    domain = _DOMAIN.match(text, end)
    # without an article, a noun after an adjective is indefinite ("för digitala vårdmöten")
    definite = _DEFINITE_END.search(domain.group("noun")) and not domain.group("adjective") if domain else False
    if domain is None or definite or TIME_NOUN.match(domain.group("noun")):
        return 0
    return domain.end() - end


def _body_title(title: str, org: str | None, orgs: OrgLexicon) -> tuple[str, str | None]:
    """ "regionstyrelsens ordförande": a known body in the genitive is the organisation; with another
    organisation named ("kommunstyrelsens ordförande i Borås Stad") it stays part of the title."""
    split = re.match(r"(?P<first>(?:[\w]+-\s(?:och|eller)\s)?\S+)\s(?P<rest>.+)$", title)
    if split is None:
        return title, org
    first, rest = split.group("first"), split.group("rest")
    if org is None and load_titles().is_body_genitive(first.split()[-1]):
        # an unlisted body ("kommunstyrelsens") is named in its definite form, as gold writes it
        return rest, orgs.resolve(first) or first[:-1].lower()
    return title, org


def _title_ending_at(sentence: str, end: int, lexicon: TitleLexicon) -> TitleMatch | None:
    """The longest title (up to five words) that ends exactly at ``end``."""
    starts = [0] + [m.end() for m in re.finditer(r"\s", sentence[:end])]
    for candidate in starts[-5:]:
        title = match_title(sentence, candidate, lexicon)
        if title is not None and title.end == end:
            return title
    return None


def _unique(roles: list[RoleMatch]) -> list[RoleMatch]:
    seen: set[tuple[str, str, str | None]] = set()
    result = []
    for role in roles:
        key = (role.person, role.title.lower(), role.org)
        if key not in seen:
            seen.add(key)
            result.append(role)
    return result
