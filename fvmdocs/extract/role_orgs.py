"""The organisation a title belongs to: "på SÄS", "i regionstyrelsen", "VGR:s", "för programmet X".

After a title, "på/vid/i/inom/hos" and a name or a known body give its organisation; a common
noun after "för" is a task, not an employer ("projektledare för utbildningen"), unless a known
employer follows it; a unit is passed over for the employer named after it; a body's place is
kept as written ("kommunstyrelsen i Ulricehamn"); an organisation in the genitive before a title
is its organisation ("Cerners Sverigechef").
"""

from __future__ import annotations

import re

from fvmdocs.extract.orgs import OrgLexicon
from fvmdocs.extract.people import ORG_NOUNS
from fvmdocs.extract.titles import load_titles

__all__ = ["TIME_NOUN", "genitive_lead", "genitive_org", "org_after", "org_after_name", "org_phrase"]


_PREPOSITIONS = ("på", "vid", "för", "i", "inom", "hos", "från")
_FOUNDER = re.compile(r"grundare(?:n)?\s*$")


_CAPITALISED_RUN = re.compile(
    # "Vård- och äldreförvaltningen", "Astma- och Allergiförbundet Väst"
    r"[A-ZÅÄÖ][\w]*-\s(?:och|eller)\s(?:[a-zåäö][\w-]*|[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*)*)"
    # "Medicinska biblioteken", "Rättspsykiatriska regionkliniken": an adjective and a definite noun
    # "Västsvenska högskolan", "Idrottsmedicinska föreningen Väst": a region's word may end the name
    r"|[A-ZÅÄÖ][a-zåäö]*(?:ska|ala|ella)\s[a-zåäö][\w-]*(?:en|na|et|an)\b(?:\s(?:Väst|Öst|Syd|Norr|Mitt)\b)?"
    # ("Solrosens förskola", "Närhälsan Lidköping barnmorskemottagning", "Närhälsan Sandared barnavårdscentral",
    # "Mariestads badhus": a school, a clinic or a public bath named by its owner or place)
    r"|[A-ZÅÄÖ][\w-]*(?::s)?(?:\s(?:[A-ZÅÄÖ][\w-]*|&\s[A-ZÅÄÖ][\w-]*|[a-zåäö]*sjukhus|[a-zåäö]*centrum|kommun|lasarett|stad|län|universitet|[a-zåäö]*skola|AB|[a-zåäö]*central|[a-zåäö]*mottagning|rehab|badhus"
    r"|[a-zåäö]*(?:förening|förbund|sällskap|akademi|partiet|föreningen|förbundet)|[a-zåäö]*gymnasium))*"
    # "Bettkliniken i Mölndal", "Optikhuset i Mölndal": a business named in one word, then its town
    # (not "Sahlgrenska Universitetssjukhuset i Mölndal": one of the hospital's sites)
    r"(?:(?:(?<=kliniken)|(?<=huset)(?<!sjukhuset))\si\s[A-ZÅÄÖ][\w-]*(?:\s(?:AB|HB|KB)\b)?)?"
    # "Kakelhuset i Kungälv AB": a company named with its town before the company form
    r"(?:\si\s[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*)?\s(?:AB|HB|KB)\b)?"
)


# "Företagshälsan Skog och Trä, som …": the last capitalised word of a name joined by "och", where the name ends.
_JOINED_NAME_END = re.compile(r"\soch\s[A-ZÅÄÖ][a-zåäö]+(?=,\ssom\b|\s*[.;])")


_DEFINITE = re.compile(r"(?:(?:[a-zåäö]\w*-,\s)*[a-zåäö]\w*-\s(?:och|eller)\s)?[a-zåäö][\w-]*(?:en|et|na|ns)\b(?:\s[A-ZÅÄÖ][\w-]*)?")


_BODY_HEADS = r"styrelsen|nämnden|fullmäktige|utskottet|revisorerna|presidiet|direktionen|kollegiet|beredningen|styrgruppen"


# A deciding body named as a chair's organisation, with the place or owner the text gives.
_BODY_WITH_PLACE = re.compile(
    rf"(?:[A-ZÅÄÖ][\w-]*s\s(?:styrelse|nämnd|direktion|presidium)\b"
    rf"|(?:[a-zåäö][\w]*-\s(?:och|eller)\s)?(?:[a-zåäö][\w-]*)?(?:{_BODY_HEADS})(?P<place>\s(?:i|för)\s[A-ZÅÄÖ][\w-]*(?:\s(?:[A-ZÅÄÖ][\w-]*|kommun|län))*)?(?![\w-]))"
)


# A common noun that presents a name: "konsultbolaget Journalpartner", "förbundet Vision".
_DESCRIBED_NAME = re.compile(rf"(?:[a-zåäö][\w-]*?)?(?:{ORG_NOUNS})\s(?P<name>[A-ZÅÄÖ])")


# Definite nouns of time that follow a title without being its organisation ("vid årsskiftet").
TIME_NOUN = re.compile(
    r"(?:\w*skiftet|sommaren|hösten|våren|vintern|början|slutet|mitten|tiden|perioden|halvåret|"
    r"kvartalet|året|månaden|veckan|dagen|helgen|behovet|sidan)\b"
)


# Unions and associations have branches named by place.
# ("Kommunal i Ulricehamn" may only say where the member works, so "i" counts for the
# professional associations, whose branches are named by region.)
# A university or college named by its town: "Högskolan i Skövde", "Universitetet i Borås".
_SEAT_WITH_PLACE = re.compile(r"(?:Högskolan|Universitetet|Tekniska\shögskolan)\si\s[A-ZÅÄÖ][\w-]*")
# An agency named in full with lower-case words: "Myndigheten för vård- och omsorgsanalys".
_AGENCY_NAME = re.compile(
    r"(?:Myndigheten|Inspektionen|Institutet|Statens\s[a-zåäö][\w-]*)\sför\s[a-zåäö][\w-]*(?:\s(?:och|eller)\s[a-zåäö][\w-]*)?"
)
# A department named by its field: a unit of its university.
_UNIT_NAME = re.compile(r"(?:Institutionen|Avdelningen|Enheten|Sektionen)\sför\s[a-zåäö]")
_ASSOCIATION = re.compile(r"(?:läkarna|förbundet|föreningen|facket|Vision|Kommunal|rådet|skolan|[A-ZÅÄÖ][a-zåäö]+(?<!at)(?<!al)(?:arna|erna))$")  # "Blodgivarna i Sjuhärad", not "Moderaterna i …"


_BRANCH = re.compile(
    r"(?:\s(?:avdelning|region|sektion)|(?:(?<=läkarna)|(?<=föreningen)|(?<=arna)|(?<=erna)|(?<=rådet)|(?<=skolan))\si)\s[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*)*"
)


# An employer the gazetteer need not list, known by its kind: a municipality by its own name ("Ulricehamns
# kommun", "Borås Stad"), a school, clinic or shop named in one word ("Västerhöjdsgymnasiet", "Bettkliniken i Mölndal").
_NAMED_EMPLOYER_KIND = re.compile(
    r"[A-ZÅÄÖ][\w-]*s\skommun|[A-ZÅÄÖ][\w-]*\s[Ss]tad"
    r"|[A-ZÅÄÖ][a-zåäö-]*(?:gymnasiet|skolan|kliniken|huset|butiken|centralen)(?:\si\s[A-ZÅÄÖ][\w-]*)?"
)
# Offices of a municipality or region, whose place is their organisation: "kommunalråd i Borås".
_PLACE_OFFICE = re.compile(r"(?:kommunalråd|regionråd|oppositionsråd|kommundirektör|regiondirektör|borgmästare)\s*$")


# The words of a field or unit before its employer: "klinisk patologi på", "barn- och ungdomsmedicinska kliniken vid".
_FIELD = re.compile(r"(?:[a-zåäö]\w*-\s(?:och|eller)\s)?(?:[a-zåäö][\w-]*\s){0,2}?[a-zåäö][\w-]*(?=\s(?:på|vid|inom)\s)")


def _known_employer(text: str, at: int, orgs: OrgLexicon, prepositions: str) -> tuple[str, int] | None:
    """A known organisation right after ``at`` behind one of ``prepositions``: ", på Skaraborgs Sjukhus"."""
    known = re.match(rf",?\s(?:{prepositions})\s", text[at:])
    if known is None:
        return None
    outer, outer_end = org_phrase(text, at + known.end(), orgs, lower_ok=False)
    return (outer, outer_end) if outer is not None and _employer(outer, orgs) else None


def _employer(name: str, orgs: OrgLexicon) -> bool:
    """Whether a name after a unit or a field is its employer: a known organisation or one named by its kind."""
    return orgs.resolve(name) is not None or _NAMED_EMPLOYER_KIND.fullmatch(name) is not None


def org_after(text: str, pos: int, orgs: OrgLexicon) -> tuple[str | None, int]:
    """The organisation a title is attached to ("på SÄS", "i regionstyrelsen", "FVM")."""
    rest = text[pos:]
    stripped = rest.lstrip(" ")
    pos += len(rest) - len(stripped)
    head = re.match(r"(\w+)\s", stripped)
    # "grundare av Protesbutiken Linnea": what a founder founded
    founded = head is not None and head.group(1) == "av" and _FOUNDER.search(text, max(0, pos - 16), pos) is not None
    if head and (head.group(1) in _PREPOSITIONS or founded):
        # "projektledare för utbildningen": after "för" a common noun is a task, not an employer
        org, end = org_phrase(text, pos + head.end(), orgs, lower_ok=True)
        # ("sektionschef på barn- och ungdomsmedicinska kliniken vid Södra Älvsborgs sjukhus": two fields joined first)
        field = _FIELD.match(text[pos + head.end() :]) if org is None else None
        joined = re.search(r"\s(?:och|samt)\s([\w-]+)$", field.group()) if field is not None else None
        if joined is not None and load_titles().is_head(joined.group(1)):
            field = None  # "ordförande i nätverket och överläkare på …": a second post, not the field's words
        if field is not None and head.group(1) in ("för", "i", "på"):
            # "verksamhetschef för klinisk patologi på Skaraborgs Sjukhus": a field, then the known employer
            # ("enhetschef på barn- och ungdomsmedicin vid Södra Älvsborgs sjukhus")
            employer = _known_employer(text, pos + head.end() + field.end(), orgs, "på|vid|inom")
            if employer is not None:
                return employer
        if org is None:
            return None, pos
        if head.group(1) == "för" and re.search(r"-(?:frågorna|frågor|frågan|arbetet|ärendena)$", org):
            return None, pos  # "kontaktperson för FVM-frågorna": a task named after a name, no employer
        if orgs.resolve(org) is None and org[:1].islower():
            # "verksamhetschef för medicinkliniken på Skaraborgs Sjukhus": the known employer wins
            employer = _known_employer(text, end, orgs, "på|vid|i|inom")
            if employer is not None:
                return employer
            if head.group(1) == "för":
                return None, pos  # "projektledare för utbildningen": a task, not an employer
        elif orgs.resolve(org) is None and head.group(1) == "på":
            # "överläkare på Trafikmedicinskt centrum vid Sahlgrenska Universitetssjukhuset": the hospital
            employer = _known_employer(text, end, orgs, "vid")
            if employer is not None:
                return employer
        chair = re.search(r"(?:ordförande|ledamot|sekreterare)\s*$", text[:pos]) is not None
        if head.group(1) == "för" and not chair and (org == "Millennium" or orgs.kind(orgs.resolve(org) or org) in ("programme", "organisation")):
            # "utbildningssamordnare för Millennium på SÄS", "produktägare för NPÖ på Inera": the
            # programme or service is the task, the organisation after "på" the employer; a chair
            # "för Unionen på Oracle Health" chairs the union
            employer = _known_employer(text, end, orgs, "på|vid|inom")
            if employer is not None:
                return employer
        if head.group(1) == "för" and not chair and re.fullmatch(r"[A-ZÅÄÖ]{2,6}", org) and orgs.resolve(org) is None:
            # "processledare för SVF på Cancernätverket Väst", "processägare för OPT i Västra
            # Götalandsregionen": an unknown acronym is the task, a name after it the employer
            at = re.match(r"\s(?:på|vid|i)\s", text[end:])
            if at is not None:
                named, named_end = org_phrase(text, end + at.end(), orgs, lower_ok=False)
                if named is not None:
                    return named, named_end
        if (
            head.group(1) == "i"
            # "i Södra Älvsborg": a part of the region is a place too
            and (" " not in org or re.fullmatch(r"(?:Södra|Norra|Västra|Östra|Mellersta)\s[A-ZÅÄÖ][\w-]*", org))
            and org[:1].isupper()
            and orgs.resolve(org) is None
            and not _PLACE_OFFICE.search(text, 0, pos)
            and not re.search(r"(?:föreningen|förbundet|sällskapet|akademien|nätverket|rådet|nämnden|gruppen)$", org)  # "i Fackspråksföreningen", "i Ungdomsrådet"
        ):
            return None, end  # "distriktssköterska i Herrljunga": a place, not a named employer
        return org, end
    return org_phrase(text, pos, orgs, lower_ok=False)


# "ledamot i den politiska styrgruppen för program Millennium": a body named by an adjective.
_DESCRIBED_BODY = re.compile(
    r"den\s(?P<org>[a-zåäö]+a\s(?:styrgruppen|styrelsen|nämnden|beredningen)(?:\sför\s(?:[a-zåäö]+\s)?[A-ZÅÄÖ][\w-]*)?)(?![\w-])"
)


def org_phrase(text: str, pos: int, orgs: OrgLexicon, *, lower_ok: bool) -> tuple[str | None, int]:
    programme = re.match(r"(?:programmet|projektet)\s(?=[A-ZÅÄÖ])", text[pos:])
    if programme is not None:
        pos += programme.end()  # "upphandlingschef för programmet Framtidens vårdinformationsmiljö"
    described_body = _DESCRIBED_BODY.match(text, pos) if lower_ok else None
    if described_body is not None:
        return described_body.group("org"), described_body.end()
    body = _BODY_WITH_PLACE.match(text, pos)
    if body is not None:
        # "ordförande i kommunstyrelsen i Ulricehamn", "ordförande i Västkoms styrelse": the body
        known = orgs.resolve(body.group()) if not body.group("place") else None
        return known or body.group(), body.end()
    described = _DESCRIBED_NAME.match(text, pos)
    if described:
        pos = described.start("name")  # "konsultbolaget Journalpartner": the name is the organisation
    for match in orgs.find(text[pos : pos + 80]):
        if match.start == 0:
            if match.contextual:
                return None, pos + match.end  # "IT-direktör i regionen" names no organisation
            longer = _CAPITALISED_RUN.match(text, pos)
            if longer and longer.end() > pos + match.end and not text[pos + match.end :].startswith(":"):
                # "Vårdförbundet Skåne", a part the gazetteer does not list: as the text names it
                return orgs.canonical(longer.group()), longer.end()
            branch = _BRANCH.match(text, pos + match.end) if _ASSOCIATION.search(match.text) else None
            if branch is not None:
                # "Vårdförbundet avdelning Västra Götaland", "Sjukhusläkarna i Skaraborg": a branch
                return text[pos : branch.end()], branch.end()
            return match.name, pos + match.end
        break
    seat = _SEAT_WITH_PLACE.match(text, pos)
    if seat is not None:
        return seat.group(), seat.end()  # "professor vid Högskolan i Skövde"
    agency = _AGENCY_NAME.match(text, pos)
    if agency is not None:
        return agency.group(), agency.end()  # "utredare på Myndigheten för vård- och omsorgsanalys"
    if _UNIT_NAME.match(text, pos):
        return None, pos  # "prefekt vid Institutionen för hälsovetenskaper": a unit, not the employer
    capitalised = _CAPITALISED_RUN.match(text, pos)
    if capitalised:
        branch = _BRANCH.match(text, capitalised.end()) if _ASSOCIATION.search(capitalised.group()) else None
        if branch is not None:
            return text[pos : branch.end()], branch.end()
        name = capitalised.group()
        joined = _JOINED_NAME_END.match(text, capitalised.end()) if " " in name else None
        if joined is not None:
            return orgs.canonical(name + joined.group()), joined.end()
        if " " not in name and re.match(r"(?<!:)s\s[a-zåäö][\w-]*(?:avdelning|enhet|kansli|klinik|sektion|kontor)(?:en|et)?\b", text[pos + len(name) - 1 :]) and len(name) > 5:
            return orgs.canonical(name[:-1]), capitalised.end()  # "på Domstolsverkets it-avdelning": the agency's unit
        return orgs.canonical(name), capitalised.end()
    definite = _DEFINITE.match(text, pos) if lower_ok else None
    if definite and not text.startswith("att", pos) and not TIME_NOUN.match(definite.group()):
        # a common noun ("akuten", "medicinkliniken") is a unit, not a named organisation,
        # unless it is a known body ("regionstyrelsen")
        known = orgs.resolve(definite.group())
        if known is not None:
            return known, definite.end()
        # "verksamhetschef för medicinkliniken på Skaraborgs Sjukhus": the named employer
        # ("överläkare vid laboratoriet för klinisk immunologi på Sahlgrenska Universitetssjukhuset": its field passed over)
        chain = re.match(r"(?:\sför\s(?:[a-zåäö]+\s)?[a-zåäö][\w-]+)?,?\s(?:på|vid|i|inom)\s", text[definite.end() :])
        if chain:
            outer, outer_end = org_phrase(text, definite.end() + chain.end(), orgs, lower_ok=False)
            # ("enhetschef på hemsjukvården i Ulricehamns kommun": a municipality the gazetteer need not list)
            if outer is not None and _employer(outer, orgs):
                return outer, outer_end
    return None, pos


# "Klätterklubben Fästets kassör": a club or association the gazetteer does not list, named by its kind and its name
_NAMED_GENITIVE = re.compile(
    r"([A-ZÅÄÖ][\w-]*(?:klubben|föreningen|förbundet|sällskapet|bolaget|företaget|nätverket)(?:\s[A-ZÅÄÖ][\w-]*){1,2})s\s(?=[a-zåäö])"
)


def genitive_lead(sentence: str, pos: int, orgs: OrgLexicon) -> tuple[str, int] | None:
    """An organisation in the genitive opening a title: ", Oracle Healths chef för Norden"."""
    for named in orgs.find(sentence[pos : pos + 60]):
        if named.start == 0 and named.text.endswith("s") and named.text != named.name:
            rest = re.match(r"\s", sentence[pos + named.end :])
            return (named.name, pos + named.end + 1) if rest else None
        break
    unlisted = _NAMED_GENITIVE.match(sentence, pos)
    if unlisted is not None and load_titles().is_head(sentence[unlisted.end() :].split(" ", 1)[0].rstrip(",.")):
        return unlisted.group(1), unlisted.end()
    return None


_PRISON_UNIT = re.compile(r"(?:anstalten|häktet|frivården)\s[A-ZÅÄÖ][\w-]*")


def org_after_name(sentence: str, name_end: int, orgs: OrgLexicon) -> str | None:
    """ "sjukhusdirektör Anna Ek på SÄS": a named employer right after the name."""
    name = re.match(r"[^\s,.]+(?:\s[A-ZÅÄÖ][^\s,.]*)*", sentence[name_end:])
    pos = name_end + (name.end() if name else 0)
    prep = re.match(r"\s(på|vid|i|inom|hos)\s", sentence[pos:])
    if prep is None:
        return None
    unit = _PRISON_UNIT.match(sentence, pos + prep.end())
    if unit is not None:
        return unit.group()  # "sjuksköterskan Ulrika Ek på anstalten Tidaholm": a prison named by its place
    org, org_end = org_phrase(sentence, pos + prep.end(), orgs, lower_ok=False)
    if org is not None and prep.group(1) == "på" and orgs.resolve(org) is None:
        # "överläkaren Erik Lund på PAH-centrum vid Sahlgrenska Universitetssjukhuset": the centre's hospital
        employer = _known_employer(sentence, org_end, orgs, "vid")
        if employer is not None:
            return employer[0]
    if org is None and prep.group(1) in ("på", "vid"):
        # "sårsjuksköterskan Helena Berg på hudkliniken vid Sahlgrenska Universitetssjukhuset": the unit's employer
        # ("överläkare Sofia Lindahl vid ortopedkliniken på Skaraborgs Sjukhus": the other way round)
        unit = re.match(r"[a-zåäö][\w-]*(?:en|et)\s", sentence[pos + prep.end() :])
        if unit is not None:
            employer = _known_employer(sentence, pos + prep.end() + unit.end() - 1, orgs, "vid|på")
            return employer[0] if employer is not None else None
        # "utvecklingsledaren Ingrid Svahn på barnhälsovårdens centrala enhet i Västra Götalandsregionen": a unit
        # named by its owner's genitive, then its employer
        owned = re.match(r"[a-zåäö][\w-]*s\s(?:[a-zåäö]+a\s)?[a-zåäö][\w-]*\s", sentence[pos + prep.end() :])
        if owned is not None:
            employer = _known_employer(sentence, pos + prep.end() + owned.end() - 1, orgs, "vid|på|i|inom")
            return employer[0] if employer is not None else None
    if prep.group(1) in ("i", "inom", "hos") and (org is None or orgs.resolve(org) is None):
        return None  # "chefläkare Anna Ek i Borås": a place, unless a known organisation
    return org


def genitive_org(before: str, orgs: OrgLexicon) -> str | None:
    """The organisation in the genitive right before a title: "VGR:s", "Cerners", "SÄS"."""
    for match in reversed(orgs.find(before)):
        if before[match.end :].strip() == "":
            return None if match.contextual else match.name
    # "Regionservices förvaltningschef", "RCC Västs verksamhetschef": a name the lexicon lacks, not a
    # definite noun ("Sjukhusets chef") nor a sentence's opening word after a clause
    named = re.search(
        r"(?:^|(?<=[.:;–-]\s)|(?<=\n)|(?<=\sav\s)|(?<=\sfrån\s)|(?<=\shos\s)|(?<=\ssäger\s)|(?<=Enligt\s))"
        r"((?:(?!(?:Enligt|I|Men|Och|När|Då|Nu|Även|Också|Vid|Efter|För|Till|Med|Av)\s)[A-ZÅÄÖ][\w-]*\s){0,2}[A-ZÅÄÖ][\w-]*?)(?::s|s)\s*$",
        before,
    )
    # (a definite noun: "Sjukhusets", "Orkesterns" of "orkestern")
    if named is not None and not named.group(1).split()[-1].lower().endswith(("en", "et", "na", "an", "ar", "ern")):
        return named.group(1)
    return None
