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

from fvmdocs.extract.orgs import OrgLexicon
from fvmdocs.extract.people import ORG_NOUNS, PARTY
from fvmdocs.extract.titles import TitleLexicon, TitleMatch, load_titles, match_title

_ADVERBS = r"(?:(?:för närvarande|för tillfället|sedan tidigare|sedan \d{4}|sedan i \w+|sedan \w+ \d{4}|numera|nu|även|också|redan|tidigare|just nu|i dag|idag|dessutom|samtidigt|till vardags|sedan i \w+|i grunden|till yrket|dessförinnan|innan dess)\s)*"
# Time and agent phrases between a verb and its "som"/"till": "tillträder den 1 april som",
# "utsågs i går av regionstyrelsen till".
_WHEN = rf"{_ADVERBS}(?:(?:[\wåäö:]+\s){{1,5}}?(?=som\s|till\s))?"
# "ny" and its kin say the role is new; they are not part of the title ("blir ny programchef").
_NEW = r"(?:(?:ny|nya|nye|nytillträdd|nyutnämnd|nyvald|nyvalda|tillträdande|blivande)\s)?"
# Words that date a role ("tidigare programchef", "förre regiondirektören") but do not name it.
# Definite nouns name a unit, not a field: "verksamhetschef för elevhälsan / psykiatrin / akutkliniken".
_UNIT_ENDINGS = r"en|na|[^aeiouyåäö]an|ologin|iatrin|urgin|pedin|grafin"
_QUALIFIERS = re.compile(
    r"^(?:(?:ny|nya|nye|nytillträdd|nytillträdde|nyutnämnd|nyutnämnde|nyvald|nyvalda|nyvalde|tillträdande|blivande|tidigare|förre|"
    r"före detta|f\.d\.|avgående|dåvarande|nuvarande|sittande|hittillsvarande)\s)+",
    re.IGNORECASE,
)
# The post a person holds, takes, leaves or keeps: "lämnar sin tjänst som", "tar över som".
_POST = r"(?:(?:sin|sitt|sina|den|det|en|ett)\s)?(?:tjänst(?:en)?|post(?:en)?|uppdrag(?:et)?|roll(?:en)?|jobb(?:et)?|befattning(?:en)?|anställning(?:en)?)\s"
# A second predicate of the same subject: "X är sjukhusdirektör ... och har tidigare varit verksamhetschef".
_AND_PREDICATE = (
    rf"\s(?:[^,.]{{0,80}}?\s)?och\s(?:blir|är|var|blev|har blivit|(?:har|hade)\s{_ADVERBS}varit)\s{_ADVERBS}{_NEW}"
)
_PREDICATES = (
    rf",?\s(?:som\s{_ADVERBS})?(?:är|var|(?:har|hade)\s{_ADVERBS}(?:varit|blivit)|blir|blev|kvarstår som|förblir)\s{_ADVERBS}{_NEW}",
    rf"\s(?:tillträder|tillträdde|har tillträtt|börjar|började|har börjat|anställs|anställdes|har anställts|rekryteras|har rekryterats|tar över|tog över|har tagit över|går in|gick in|kliver in|klev in|arbetar|arbetade|jobbar|jobbade|(?:har|hade)\s{_ADVERBS}(?:arbetat|jobbat|tjänstgjort)|tjänstgör|tjänstgjorde|verkar|slutar|slutade|har slutat|avgår|avgick|fortsätter|fortsatte|stannar|stannade)\s{_WHEN}(?:{_POST})?(?:som|på posten som|tjänsten som)\s{_NEW}",
    rf"\s(?:lämnar|lämnade|har lämnat|behåller|behöll|har fått|fick|får|tar|tog|har tagit|går|gick)\s(?:{_ADVERBS}){_POST}(?:som\s)?{_NEW}",
    rf",?\s(?:utses|utsågs|har utsetts|utnämns|utnämndes|har utnämnts|väljs|valdes|har valts|förordnas|förordnades|har förordnats)\s{_WHEN}(?:till|som)\s{_NEW}",
    rf",?\s(?:som\s)?(?:efterträder|efterträdde|ersätter|ersatte)\s[^,.]{{2,60}}?(?:,[^,.]{{2,60}},)?\ssom\s{_NEW}",
    rf",\s{_ADVERBS}(?:{_NEW})",  # "Jan Berg, sedan 2021 CIO i regionen,"
    rf"\s\((?={_NEW}[^()]{{2,60}}\))",
    _AND_PREDICATE,
    # "... lämnar regionen för att bli IT-direktör i Region Halland"
    rf"\s(?:[^,.]{{0,60}}?\s)?för att bli\s{_NEW}",
    # "... går över till en tjänst som IT-direktör i Region Halland"
    rf"\s(?:går|gick|har gått)\söver\still\s{_POST}som\s{_NEW}",
    # "... och kommer närmast från en tjänst som hälso- och sjukvårdsdirektör i Region Värmland"
    rf"\s(?:[^,.]{{0,80}}?\s)?kommer\s(?:närmast\s|senast\s)?från\s{_POST}som\s{_NEW}",
)
_APPOINTERS = (
    r"(?:har\s)?(?:utsett|utsåg|utser|anställt|anställde|anställer|rekryterat|rekryterade|rekryterar"
    r"|utnämnt|utnämnde|utnämner|valt|valde|väljer)"
)
# "Till ny programchef har regionstyrelsen utsett Anna Dahl": the title fronted before the appointer.
_FRONTED_TITLE = re.compile(
    rf"(?:^|\s)[Tt]ill\s{_NEW}(?P<title>[^,.]{{2,60}}?)\s(?:har|hade)\s[^,.]{{0,40}}?"
    rf"(?:utsett|utnämnt|valt|rekryterat|anställt)\s(?:[a-zåäö][\w.-]*\s){{0,2}}$"
)
_START_WORDS = re.compile(
    r"\b(?:tillträder|tillträdde|börjar|började|efterträder|utses|utsågs|blir|från och med|fr\.o\.m\.)\b"
)
_PREPOSITIONS = ("på", "vid", "för", "i", "inom", "hos", "från")
_CAPITALISED_RUN = re.compile(
    r"[A-ZÅÄÖ][\w]*-\s(?:och|eller)\s[a-zåäö][\w-]*"  # "Vård- och äldreförvaltningen"
    r"|[A-ZÅÄÖ][\w-]*(?::s)?(?:\s(?:[A-ZÅÄÖ][\w-]*|[a-zåäö]*sjukhus|kommun|lasarett|stad|län|universitet|högskola|AB|vårdcentral"
    r"|[a-zåäö]*(?:förening|förbund|sällskap|akademi|partiet|föreningen|förbundet)))*"
)
_DEFINITE = re.compile(r"[a-zåäö][\w-]*(?:en|et|na|ns)\b(?:\s[A-ZÅÄÖ][\w-]*)?")

_BODY_HEADS = r"styrelsen|nämnden|fullmäktige|utskottet|revisorerna|presidiet|direktionen|kollegiet"
# A deciding body named as a chair's organisation, with the place or owner the text gives.
_BODY_WITH_PLACE = re.compile(
    rf"(?:[A-ZÅÄÖ][\w-]*s\s(?:styrelse|nämnd|direktion|presidium)\b"
    rf"|(?:[a-zåäö][\w-]*)?(?:{_BODY_HEADS})(?P<place>\s(?:i|för)\s[A-ZÅÄÖ][\w-]*(?:\s(?:[A-ZÅÄÖ][\w-]*|kommun|län))*)?(?![\w-]))"
)
# A common noun that presents a name: "konsultbolaget Journalpartner", "förbundet Vision".
_DESCRIBED_NAME = re.compile(rf"(?:[a-zåäö][\w-]*?)?(?:{ORG_NOUNS})\s(?P<name>[A-ZÅÄÖ])")

# Definite nouns of time that follow a title without being its organisation ("vid årsskiftet").
_TIME_NOUN = re.compile(
    r"(?:\w*skiftet|sommaren|hösten|våren|vintern|början|slutet|mitten|tiden|perioden|halvåret|"
    r"kvartalet|året|månaden|veckan|dagen|helgen|behovet|sidan)\b"
)


@dataclass(frozen=True)
class RoleMatch:
    """A role stated in a sentence: person, title, organisation, whether a start is stated."""

    person: str
    title: str
    org: str | None
    starts: bool


# Unions and associations have branches named by place.
# ("Kommunal i Ulricehamn" may only say where the member works, so "i" counts for the
# professional associations, whose branches are named by region.)
_ASSOCIATION = re.compile(r"(?:läkarna|förbundet|föreningen|facket|Vision|Kommunal)$")
_BRANCH = re.compile(
    r"(?:\s(?:avdelning|region|sektion)|(?:(?<=läkarna)|(?<=föreningen))\si)\s[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*)*"
)


# Offices of a municipality or region, whose place is their organisation: "kommunalråd i Borås".
_PLACE_OFFICE = re.compile(r"(?:kommunalråd|regionråd|oppositionsråd|kommundirektör|regiondirektör|borgmästare)\s*$")


def org_after(text: str, pos: int, orgs: OrgLexicon) -> tuple[str | None, int]:
    """The organisation a title is attached to ("på SÄS", "i regionstyrelsen", "FVM")."""
    rest = text[pos:]
    stripped = rest.lstrip(" ")
    pos += len(rest) - len(stripped)
    head = re.match(r"(\w+)\s", stripped)
    if head and head.group(1) in _PREPOSITIONS:
        # "projektledare för utbildningen": after "för" a common noun is a task, not an employer
        org, end = _org_phrase(text, pos + head.end(), orgs, lower_ok=True)
        if org is None:
            return None, pos
        if orgs.resolve(org) is None and org[:1].islower():
            # "verksamhetschef för medicinkliniken på Skaraborgs Sjukhus": the known employer wins
            known = re.match(r",?\s(?:på|vid|i|inom)\s", text[end:])
            if known:
                outer, outer_end = _org_phrase(text, end + known.end(), orgs, lower_ok=False)
                if outer is not None and orgs.resolve(outer) is not None:
                    return outer, outer_end
            if head.group(1) == "för":
                return None, pos  # "projektledare för utbildningen": a task, not an employer
        if head.group(1) == "för" and (org == "Millennium" or orgs.kind(orgs.resolve(org) or org) == "programme"):
            # "utbildningssamordnare för Millennium på SÄS": the programme is the task, SÄS the employer
            known = re.match(r",?\s(?:på|vid|inom)\s", text[end:])
            if known:
                outer, outer_end = _org_phrase(text, end + known.end(), orgs, lower_ok=False)
                if outer is not None and orgs.resolve(outer) is not None:
                    return outer, outer_end
        if (
            head.group(1) == "i"
            and " " not in org
            and org[:1].isupper()
            and orgs.resolve(org) is None
            and not _PLACE_OFFICE.search(text, 0, pos)
        ):
            return None, end  # "distriktssköterska i Herrljunga": a place, not a named employer
        return org, end
    return _org_phrase(text, pos, orgs, lower_ok=False)


# "ledamot i den politiska styrgruppen för program Millennium": a body named by an adjective.
_DESCRIBED_BODY = re.compile(
    r"den\s(?P<org>[a-zåäö]+a\s(?:styrgruppen|styrelsen|nämnden|beredningen)(?:\sför\s(?:[a-zåäö]+\s)?[A-ZÅÄÖ][\w-]*)?)(?![\w-])"
)


def _org_phrase(text: str, pos: int, orgs: OrgLexicon, *, lower_ok: bool) -> tuple[str | None, int]:
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
    capitalised = _CAPITALISED_RUN.match(text, pos)
    if capitalised:
        branch = _BRANCH.match(text, capitalised.end()) if _ASSOCIATION.search(capitalised.group()) else None
        if branch is not None:
            return text[pos : branch.end()], branch.end()
        return orgs.canonical(capitalised.group()), capitalised.end()
    definite = _DEFINITE.match(text, pos) if lower_ok else None
    if definite and not text.startswith("att", pos) and not _TIME_NOUN.match(definite.group()):
        # a common noun ("akuten", "medicinkliniken") is a unit, not a named organisation,
        # unless it is a known body ("regionstyrelsen")
        known = orgs.resolve(definite.group())
        if known is not None:
            return known, definite.end()
        # "verksamhetschef för medicinkliniken på Skaraborgs Sjukhus": the named employer
        chain = re.match(r",?\s(?:på|vid|i|inom)\s", text[definite.end() :])
        if chain:
            outer, outer_end = _org_phrase(text, definite.end() + chain.end(), orgs, lower_ok=False)
            if outer is not None and orgs.resolve(outer) is not None:
                return outer, outer_end
    return None, pos


def _strip_new(title: str) -> str:
    """The title as a title: without words that only date it and in the indefinite form
    ("tidigare programchef" -> "programchef", "regionrådet" -> "regionråd")."""
    title = _QUALIFIERS.sub("", title) or title
    head, _, last = title.rpartition(" ")
    return f"{head} {load_titles().base_form(last)}".strip()


_UNIT_OF = re.compile(rf"\sför\s[a-zåäö][\w-]*(?:{_UNIT_ENDINGS})(?=\s(?:på|vid|i|inom)\s)")


def titles_at(text: str, pos: int, orgs: OrgLexicon, lexicon: TitleLexicon) -> list[tuple[str, str | None]]:
    """Titles (with organisations) from ``pos``: one, or several joined by "och"."""
    found: list[tuple[str, str | None]] = []
    while True:
        title = match_title(text, pos, lexicon)
        if title is None:
            return found
        title_end = title.end + _domain_length(text, title.end)
        # "verksamhetschef för psykiatrin på Kungälvs sjukhus": the unit is passed over
        unit = _UNIT_OF.match(text, title_end)
        org, pos = org_after(text, unit.end() if unit else title_end, orgs)
        if org is None and unit is not None:
            org, pos = org_after(text, title_end, orgs)
        pos = max(pos, title_end)
        found.append(_body_title(_strip_new(text[title.start : title_end] if title_end > title.end else title.title), org, orgs))
        # ", SÄS," repeats the organisation as an abbreviation
        abbreviation = re.match(r",\s[A-ZÅÄÖ]{2,}\b,?", text[pos:])
        if abbreviation and org is not None:
            pos += abbreviation.end()
        if org is None:
            # "sjuksköterska på medicinakuten i Borås och facklig företrädare": a unit, passed over
            unit = re.match(r"\s?(?:på|vid|inom)\s[a-zåäö][\w-]*(?:en|et|na)(?:\s(?:i|på)\s[A-ZÅÄÖ][\w-]*)?(?=,?\s(?:och|samt)\s)", text[pos:])
            if unit:
                pos += unit.end()
        # org_after may have stepped over the space already: "sjuksköterska och skyddsombud"
        # "och tidigare var utvecklingschef vid SÄS": a second post, held before
        more = re.match(
            rf",?\s*(?<![\w-])(?:och|samt)\s{_ADVERBS}(?:(?:är|var|har varit|hade varit)\s)?{_ADVERBS}", text[pos:]
        )
        if more is None:
            return found
        pos += more.end()


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
            adverbs = re.match(rf"\s{_ADVERBS}", after)
            for title, org in titles_at(sentence, end + (adverbs.end() - 1 if adverbs else 0), orgs, lexicon):
                found.append(RoleMatch(person, title, org, starts))
        for predicate in _PREDICATES:
            match = re.match(predicate, after)
            if match is None:
                continue
            pos = end + match.end()
            owner = _genitive_lead(sentence, pos, orgs)
            for title, org in titles_at(sentence, owner[1] if owner else pos, orgs, lexicon):
                found.append(RoleMatch(person, title, owner[0] if owner else org, starts))
            if found and found[-1].person == person:
                break
        if predicate != _AND_PREDICATE and (second := re.match(_AND_PREDICATE, after)) is not None:
            for title, org in titles_at(sentence, end + second.end(), orgs, lexicon):
                found.append(RoleMatch(person, title, org, False))
        found.extend(_after_apposition(sentence, end, person, orgs, lexicon))
        found.extend(_title_before(sentence, start, person, orgs, lexicon, starts))
        copula = re.search(r"\s(?:blir|blev|är|var|heter|hette|har blivit|har varit)\s$", sentence[:start])
        if copula:
            # "Ny programchef blir Oskar Malm", "Den nya programchefen heter Oskar Malm"
            # the subject is a noun phrase, so its definite form is not how the title is written
            for role in _title_before(sentence, copula.start() + 1, person, orgs, lexicon, starts):
                head, _, last = role.title.rpartition(" ")
                title = f"{head} {lexicon.base_form(last)}".strip()
                found.append(RoleMatch(role.person, title, role.org, role.starts))
        # "har utsett X till", "utsåg styrelsen X till", "har utsett amerikanen X till",
        # "har utsett biträdande regiondirektör X till", "utsåg X, utredare på Y, till"
        # "med Karin Lund som ny programdirektör": the role the person comes in with
        appointed = re.search(
            rf"(?:{_APPOINTERS}|\b[Mm]ed|\b(?:valdes|utsågs|utnämndes|har valts|har utsetts))\s(?:[a-zåäö][\w.-]*\s){{0,3}}"
            r"(?:[^,.]{0,60},\s)?$",
            sentence[:start],
        )  # "valdes Omar Jaziri (L) till ledamot": a V2 passive; "utsåg sjukhusdirektören vid X, Cecilia Ek, till"
        if appointed:
            link = "som" if appointed.group().lower().startswith("med") else "till|som"
            tail = re.match(rf"(?:,[^,.]{{2,60}},)?,?\s(?:{link})\s(?:ny\s)?{_NEW}", after)
            if tail:
                for title, org in titles_at(sentence, end + tail.end(), orgs, lexicon):
                    found.append(RoleMatch(person, title, org, True))
        fronted = _FRONTED_TITLE.search(sentence[:start])
        if fronted:
            for title, org in titles_at(sentence, fronted.start("title"), orgs, lexicon):
                found.append(RoleMatch(person, title, org, True))
        found.extend(_earlier_post(sentence, start, end, person, orgs, lexicon))
        found.extend(_predecessor(sentence, start, end, person, orgs, lexicon))
        found.extend(_inverted_takeover(sentence, start, end, person, orgs, lexicon))
        found.extend(_handed_over_by(sentence, start, person, orgs, lexicon))
    return _unique([replace(r, title=_strong_modifiers(r.title, lexicon)) for r in found])


def _strong_modifiers(title: str, lexicon: TitleLexicon) -> str:
    """A title without the words that only date it ("nyvalda ordförande"), its weak adjective in
    the base form: "biomedicinske analytikern Erik Sandell" is a "biomedicinsk analytiker"."""
    words = (_QUALIFIERS.sub("", title) or title).split(" ")
    for index, word in enumerate(words[:-1]):
        lower = word.lower()
        if lower.endswith("ske") and lower[:-1] in lexicon.modifiers:
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
            return [RoleMatch(person, title, org, starts) for title, org in titles_at(sentence, pos + match.end(), orgs, lexicon)]
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
    org, pos = _org_phrase(sentence, end + came.end(), orgs, lower_ok=False)
    where = re.match(
        rf",?\s(?:där|varifrån)\s(?:han|hon|hen)\s{_ADVERBS}(?:var|är|har varit|arbetade som|arbetar som|jobbade som|jobbar som|senast var)\s{_ADVERBS}",
        sentence[pos:],
    )
    if org is None or where is None:
        return []
    return [RoleMatch(person, title, org, False) for title, _ in titles_at(sentence, pos + where.end(), orgs, lexicon)]


_UNIT_BEFORE_NAME = re.compile(r"([\w.-]+)\s(?:på|vid|inom)\s[a-zåäö][\w-]*(?:en|et|na),\s$")


def _title_before(
    sentence: str, start: int, person: str, orgs: OrgLexicon, lexicon: TitleLexicon, starts: bool
) -> list[RoleMatch]:
    """ "VGR:s regiondirektör Ann-Sofi Lodin", "regiondirektör Ann-Sofi Lodin",
    "Regionstyrelsens ordförande, Karin Ek," and "ordförande i regionstyrelsen Karin Ek"."""
    before = sentence[:start]
    word = re.search(r"([\w.-]+)(,?)\s$", before)
    if word is None:
        return []
    found = _title_ending_at(sentence, word.end(1), lexicon)
    unit = _UNIT_BEFORE_NAME.search(before) if found is None else None
    if unit is not None:
        # "Vårdförbundets huvudskyddsombud på sjukhuset, Petra Olsson": the unit is passed over
        found = _title_ending_at(sentence, unit.end(1), lexicon)
    if found is not None:
        org = _genitive_org(sentence[: found.start], orgs)
        if org is None and not word.group(2):
            org = _org_after_name(sentence, start, orgs)
        # "Hälso- och sjukvårdsstyrelsens ordförande": the coordinated prefix belongs to the body
        prefix = re.search(r"[\w]+-\s(?:och|eller)\s$", sentence[: found.start])
        written = f"{prefix.group()}{found.title}" if prefix and org is None else found.title
        title, org = _body_title(_strip_new(written), org, orgs)
        return [RoleMatch(person, title, org, starts)]
    for named in reversed(orgs.find(before)):
        if before[named.end :].strip(" ,"):
            continue
        preposition = re.search(r"([\w.-]+)\s(?:i|på|vid|inom|för)\s$", before[: named.start])
        if preposition:
            found = _title_ending_at(sentence, preposition.end(1), lexicon)
            if found is not None:
                # "Liberalernas gruppledare i regionfullmäktige, Malin Ek", "Visions huvudskyddsombud i
                # regionen, Tomas Ek", "Vårdförbundets huvudskyddsombud på SÄS, Jenny Ek": the genitive's
                owner = _genitive_org(sentence[: found.start], orgs)
                return [RoleMatch(person, _strip_new(found.title), owner or named.name, starts)]
        break
    return []


# "strateg för e-hälsa på Västkom": "för" and an indefinite noun name the field of the post,
# part of the title; a definite noun ("för utbildningen") or a name ("för FVM") does not.
_DOMAIN = re.compile(
    r"\sför\s(?!att\b|det\b|den\b|de\b|sig\b|ett\b|en\b)"
    r"(?P<noun>[a-zåäö][\w]*-?(?:\s(?:och|eller)\s[a-zåäö][\w-]*)?|[a-zåäö][\w-]*)"
    # the noun ends the phrase: "för två år", "för alla enheter" run on and are no field
    r"(?=\s(?:på|vid|i|inom|hos|och|samt)\s|[,.;:)]|$)"
)
# "-het", "-itet" end indefinite nouns ("informationssäkerhet", "kvalitet").
_DEFINITE_END = re.compile(rf"(?:ns|(?<!h)(?<!it)et|ets|{_UNIT_ENDINGS})$")


# An academic or medical field: "professor i medicinsk informatik", "specialist i allmänmedicin".
_FIELD_TITLES = re.compile(r"(?:professor|docent|lektor|forskare|specialist|specialistläkare|överläkare)$", re.IGNORECASE)
_FIELD = re.compile(r"\si\s(?P<noun>(?:[a-zåäö][\w-]*\s)?[a-zåäö][\w-]*)(?=\s(?:på|vid|i|inom|hos|och|samt)\s|[,.;:)]|$)")


def _domain_length(text: str, end: int) -> int:
    """How far a field complement ("för e-hälsa", "för it- och e-frågor") runs after a title."""
    if _FIELD_TITLES.search(text, max(0, end - 20), end):
        field = _FIELD.match(text, end)
        if field is not None and not _DEFINITE_END.search(field.group("noun")):
            return field.end() - end
    domain = _DOMAIN.match(text, end)
    if domain is None or _DEFINITE_END.search(domain.group("noun")) or _TIME_NOUN.match(domain.group("noun")):
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


def _genitive_lead(sentence: str, pos: int, orgs: OrgLexicon) -> tuple[str, int] | None:
    """An organisation in the genitive opening a title: ", Oracle Healths chef för Norden"."""
    for named in orgs.find(sentence[pos : pos + 60]):
        if named.start == 0 and named.text.endswith("s") and named.text != named.name:
            rest = re.match(r"\s", sentence[pos + named.end :])
            return (named.name, pos + named.end + 1) if rest else None
        break
    return None


def _org_after_name(sentence: str, name_end: int, orgs: OrgLexicon) -> str | None:
    """ "sjukhusdirektör Anna Ek på SÄS": a named employer right after the name."""
    name = re.match(r"[^\s,.]+(?:\s[A-ZÅÄÖ][^\s,.]*)*", sentence[name_end:])
    pos = name_end + (name.end() if name else 0)
    prep = re.match(r"\s(på|vid|i|inom|hos)\s", sentence[pos:])
    if prep is None:
        return None
    org, _ = _org_phrase(sentence, pos + prep.end(), orgs, lower_ok=False)
    if prep.group(1) in ("i", "inom", "hos") and (org is None or orgs.resolve(org) is None):
        return None  # "chefläkare Anna Ek i Borås": a place, unless a known organisation
    return org


def _genitive_org(before: str, orgs: OrgLexicon) -> str | None:
    """The organisation in the genitive right before a title: "VGR:s", "Cerners", "SÄS"."""
    for match in reversed(orgs.find(before)):
        if before[match.end :].strip() == "":
            return None if match.contextual else match.name
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
