"""People: full names from NER plus rules, and every later mention resolved to them.

A person is found where the NER model tags PER, or where Swedish news grammar puts a name:
after a title ("regiondirektör Ann-Sofi Lodin"), after a speech verb ("säger Peter
Häyhänen"), before an apposition ("Boel Mörck, medicinsk informationsdirektör") or an
appointment verb ("Anna Berg blir ny ..."). Within the document, the surname ("Lodin"),
its genitive ("Lodins") and an unambiguous first name then count as mentions of the full name.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from fvmdocs.extract.facts import Person, PersonMention
from fvmdocs.extract.orgs import OrgLexicon
from fvmdocs.extract.titles import TitleLexicon, load_titles

# Latin letters with diacritics (Latin-1 and Latin Extended-A): "Wiśniewska", "Petrović", "Ørsted".
_LATIN = [chr(code) for code in range(0xC0, 0x250)]
_UPPER = "A-Z" + "".join(c for c in _LATIN if c.isupper())
_LOWER = "a-z" + "".join(c for c in _LATIN if c.islower()) + "'’"
# "O'Neill", "D'Angelo", "McAllister" carry a capital inside the word.
NAME_WORD = rf"(?:Mc|Mac)?[{_UPPER}](?:['’][{_UPPER}])?[{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
PARTICLES = ("von", "af", "de", "van", "der", "den", "da", "di", "la", "le", "el", "bin", "al")
FULL_NAME = rf"{NAME_WORD}(?:\s(?:(?:{'|'.join(PARTICLES)})\s)?{NAME_WORD})"
# Swedish names often carry two surnames unhyphenated: "Karin Lund Berg".
LONG_NAME = rf"{FULL_NAME}(?:\s{NAME_WORD}(?![\w-]))?"
# "säger till Dagens Nyheter": the one spoken to in a reporting clause is the medium.
_ADDRESSEE_BEFORE = re.compile(r"\b(?:säger|sa|sade|uppger|uppgav|berättar|berättade)\s(?:till|för)\s$")
# A party marker after a politician's name: "Jonas Andersson (S)", "(MP)", "(KD)".
PARTY = r"\s?\((?:S|M|C|L|V|KD|MP|SD|Fi)\)"
SPEECH_VERBS = (
    "säger", "sa", "sade", "berättar", "berättade", "förklarar", "förklarade", "menar",
    "konstaterar", "konstaterade", "understryker", "betonar", "betonade", "skriver",
    "tillägger", "fortsätter", "uppger", "uppgav", "påpekar", "påpekade", "framhåller",
    "poängterar", "svarar", "svarade", "anser", "tycker", "tror", "hävdar", "säjer", "enligt",
)  # fmt: skip
_AFTER_VERBS = (
    "utsett", "utsåg", "utser", "anställt", "anställde", "rekryterat", "rekryterade",
    "intervjuat", "med", "och", "till", "av", "från", "efterträder", "efterträdde", "ersätter",
    "heter", "efterträds", "ersätts",
)  # fmt: skip
_BEFORE_VERBS = (
    "är", "var", "blir", "blev", "tillträder", "tillträdde", "efterträder", "efterträdde",
    "har", "hade", "utses", "utsågs", "utsetts", "leder", "ledde", "ska", "kommer",
    "säger", "sa", "sade", "menar", "tar", "tog", "lämnar", "lämnade", "går",
    "arbetar", "jobbar", "slutar", "avgår", "fortsätter", "beslutade",
)  # fmt: skip
# Capitalised words that open sentences or headings and are never given names.
_NOT_FIRST_NAMES = frozenset(
    ["Go", "Det", "Den", "De", "Vi", "Nu", "Men", "Och", "Som", "Efter", "Under", "Inom", "Enligt",
     "För", "Med", "Till", "Från", "Hos", "Av", "Om", "Mot", "Vid", "På", "Utan", "Mellan", "Inför", "Trots", "Hon", "Han", "Här", "Där", "Sedan", "Detta", "Dessa", "Även", "Alla", "Beslutet", "Regiondirektör", "Ordförande", "Programägare", "Läs", "Mer", "Klart", "Ny", "Nya", "Nye", "Region", "Regionen", "Västra", "Södra", "Norra", "Östra", "Sahlgrenska", "Skaraborgs",
     "Helse",  # Norway's health trusts: "Helse Midt-Norge"
     # adjectives that open names of organisations and surveys: "Räddningstjänsten Mitt Bohuslän", "Nationell Patientenkät"
     "Mitt", "Nationell", "Nationella", "Nationellt", "Regional", "Regionala", "Regionalt"]
)


@dataclass(frozen=True)
class NameSpan:
    """A full-name candidate and where it was found."""

    start: int
    end: int
    text: str
    source: str


def _clean_name(text: str) -> str:
    text = " ".join(text.split())
    return text[:-2] if text.endswith(":s") else text


# Capitalised words in product names and headings that never belong to a person's name.
_NOT_NAME_WORDS = frozenset([
    "Live", "Millennium", "Health", "Stad", "Stads", "Kommun", "Kommuns", "Region", "Regionen", "Sjukhus", "Oracle",
    "Cerner", "Epic", "Cosmos", "Melior", "Institutet", "Universitet", "Universitetet", "Lasarett",
    "Län", "Läns", "Götaland", "Älvsborg", "Älvsborgs", "Skåne", "Sverige", "Sveriges",
    "Radio", "TV", "Väst", "Öst", "Syd", "Nord", "Idag", "Nyheter",
    # company words: "Aveny Advisory", "Nordic Health Partners"
    "Advisory", "Consulting", "Consultants", "Partners", "Group", "Solutions", "Systems",
    "Analytics", "Management", "Technologies", "Technology", "International", "AB", "Nordic",
    # English words of organisation names: "Genomic Medicine Sweden", "Nordic Care Services"
    "Sweden", "Medicine", "Medical", "Care", "Healthcare", "Services", "Software", "Network", "Institute",
    "Foundation", "Council", "Center", "Centre", "Labs", "Digital", "Europe", "Scandinavia",
])  # fmt: skip
# Compass words that are also surnames after a known first name.
_COMPASS = frozenset(["Väst", "Öst", "Syd", "Nord"])
# Endings of organisation and place words: "Skånevård", "Universitetssjukhuset", "Regionhälsan".
_ORG_ENDINGS = (
    "vård", "vården", "sjukhuset", "sjukhus", "institutet", "kommun", "nämnden", "styrelsen",
    "förbundet", "myndigheten", "verket", "bolaget", "regionen", "hälsan", "centralen", "lasarett",
    "föreningen", "partiet", "gruppen", "posten", "tidningen", "bladet", "kuriren", "företaget",
    "förbund", "förening", "sällskapet", "sällskap", "nätverket",  # "Dietisternas Riksförbund"
    "listan",  # a party's list: "Vårdlistan Väst", "Sjukvårdslistan"
    "tjänsten",  # "Räddningstjänsten Mitt Bohuslän"
    "rådet", "centrum", "centret",  # "Forskningsrådet Formas", "Klimatvårdscentrum Västs"
    "sykehuset", "sykehus",  # a Norwegian hospital: "Sykehuset Østfold"
    "butiken", "kliniken", "mottagningen", "apoteket",  # "Protesbutiken Linnea": a shop named after its owner
    "klubb", "klubben",  # "Mölndals Löparklubb bildades 1976": a club, not a person
    # ("Vänersborgs Kanotsällskap": a society; "Folkdanslaget Kullan": a team)
    "laget",
)  # fmt: skip
# "Bolagets Sverigechef": an organisation noun in the genitive opens a title, not a name.
_ORG_GENITIVES = frozenset(
    ["bolagets", "företagets", "regionens", "kommunens", "förbundets", "föreningens", "sjukhusets", "partiets", "myndighetens", "verkets"]
)
# Credit lines and bylines put a name where no fact about the person is stated.
_CREDIT_BEFORE = re.compile(
    r"(?:(?:Foto|Bild|Fotograf|Text|Illustration|Grafik|Reporter|Skribent)\s*:|"
    r"(?:^|\n)\s*(?:Av|Publicerad av|Skriven av))\s*$"
)


@functools.cache
def _first_names() -> frozenset[str]:
    """The given names the name booster knows (``first_names.txt``); imported here, since the nlp package
    loads spaCy and the extraction modules import it only when they need it."""
    from fvmdocs.nlp.names import read_cues

    return read_cues().first_names


def _plausible(name: str, orgs: OrgLexicon, titles: TitleLexicon | None = None) -> bool:
    words = name.split()
    if len(words) < 2 or words[0] in _NOT_FIRST_NAMES or orgs.find(name) or words[0].lower() in _ORG_GENITIVES:
        return False
    known_first = words[0].split("-")[0] in name_genders()
    if not known_first and words[0].lower().endswith(("erad", "isk", "iska", "iskt")):
        return False  # an adjective opens an organisation's name: "Kommunalförbundet Avancerad Strålbehandling"
    if words[0] in PARTICLES:
        return False  # "von Willebrands sjukdom": a particle opens a surname, no first name
    first = words[0].split("-")[0]
    if not known_first and first.endswith("s") and first not in _first_names() and first[:-1] not in _first_names():
        return False  # "Sjuhärads Provbud", "Sjuhärads Ortopedsko": a place's genitive opens a firm's name
    if any(
        (w in _NOT_NAME_WORDS and not (known_first and w in _COMPASS))
        or w.lower().endswith(_ORG_ENDINGS)
        or (w.endswith("s") and w[:-1].lower().endswith(_ORG_ENDINGS))  # "Svenska Kanotförbundets nya register"
        for w in words
    ):
        return False  # "Läkarföreningen Väst" is none, but "Mikael Nord" is a person
    if titles is not None and (titles.is_head(words[0]) or words[0].lower() in titles.modifiers):
        return False
    return all(re.fullmatch(NAME_WORD, w) or w in PARTICLES for w in words)


# "konsultföretaget Healthtech Nordic", "leverantören Cerner": a common noun presents an organisation.
# Common nouns that present an organisation's name (shared with the roles' organisation rule);
# before a would-be person, also media and foundations.
ORG_NOUNS = r"bolaget|företaget|förbundet|föreningen|organisationen|myndigheten|leverantören|firman|byrån"
_DESCRIBED_ORG = re.compile(
    rf"(?<![\w-])[a-zåäö-]*(?:{ORG_NOUNS}|koncernen|tidningen|tidskriften|sajten|nätverket|stiftelsen)\s$"
    # the noun opening the name itself: "Styrelsen för Föreningen Surte Glas"
    r"|(?<![\w-])(?:Föreningen|Förbundet|Stiftelsen|Sällskapet|Nätverket)\s$"
)


def _described_org(text: str, span: NameSpan) -> bool:
    """ "konsultföretaget Nordic Insight", "analytiker på Helix Insikt", "vårdcentralerna i Vårdval
    Vårdcentral": a name after a common noun for a company, or a place preposition, is no person."""
    before = text[max(0, span.start - 40) : span.start]
    return _DESCRIBED_ORG.search(before) is not None or _PLACE_BEFORE.search(before) is not None


_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:på|vid|inom|i)\s$")
# "Sylf Västs styrelse": a name in the genitive before a board or management is an organisation's.
# "Drottning Silvias barn- och ungdomssjukhus": and before the hospital or council named after it.
_BODY_AFTER = re.compile(
    r"s\s(?:styrelse|ledning|ledningsgrupp|direktion|årsmöte|stämma|kansli|medlemmar|styrgrupp|råd"
    r"|(?:[\w]+-\s(?:och|eller)\s)?[a-zåäö-]*sjukhus)"
)


def _named_as_org(text: str, name: str) -> bool:
    """Whether the page names ``name`` as an organisation somewhere: with a company form after it
    ("Vårdhotell Norden AB") or as what an office heads ("förbundsdirektör för Svenskt Ambulansflyg")."""
    quoted = re.escape(name)
    return re.search(rf"(?<![\w-]){quoted}\s(?:AB|Ab|AS|ApS|Oy|Inc|Ltd)\b|\w(?:direktör|chef|ordförande)\s(?:för|på)\s{quoted}(?![\w-])", text) is not None


def _owns_body(text: str, span: NameSpan) -> bool:
    return _BODY_AFTER.match(text, span.end - 1) is not None and span.text.endswith("s")


def _credited(text: str, span: NameSpan) -> bool:
    """A name in a credit line or byline: "Foto: Anna Berg", "Av Anna Berg"."""
    return _CREDIT_BEFORE.search(text[max(0, span.start - 30) : span.start]) is not None


def rule_names(text: str, titles: TitleLexicon | None = None) -> list[NameSpan]:
    """Full names in positions Swedish news reserves for people (title, speech verb, apposition)."""
    titles = titles or load_titles()
    found: list[NameSpan] = []
    before = frozenset(SPEECH_VERBS + _AFTER_VERBS)
    # overlapping: "säger Cerners Sverigechef Anneli Ek" tries "Sverigechef Anneli Ek" too
    for match in re.finditer(rf"(?<![\w-])([\w-]+)\s(?=({LONG_NAME})(?![\w-]))", text):
        word = match.group(1)
        if word.lower() in before or titles.is_head(word):
            found.append(NameSpan(match.start(2), match.end(2), match.group(2), "context"))
    verbs = "|".join(_BEFORE_VERBS)
    for match in re.finditer(rf"(?<![\w-])({LONG_NAME})(?:{PARTY})?(?:,\s|\s(?:{verbs})\b)", text):
        after = text[match.end(1) :]
        party = re.match(PARTY, after)
        after = after[party.end() :] if party else after
        if after.startswith(", ") and not (
            _title_follows(after[2:], titles) or after[2:].startswith(("som ", "ny ", "tidigare "))
        ):
            continue
        found.append(NameSpan(match.start(1), match.end(1), match.group(1), "context"))
    return found


def _title_follows(text: str, titles: TitleLexicon) -> bool:
    from fvmdocs.extract.titles import match_title

    return match_title(text, 0, titles) is not None


def _strip_titles(span: NameSpan, titles: TitleLexicon) -> NameSpan:
    """Drop a title the NER swallowed: "Regiondirektör Ann-Sofi Lodin" -> "Ann-Sofi Lodin"."""
    words = span.text.split(" ")
    start = span.start
    while len(words) > 2 and (titles.is_head(words[0]) or words[0].lower() in titles.modifiers):
        start += len(words[0]) + 1
        words = words[1:]
    text = " ".join(words)
    return NameSpan(start, start + len(text), text, span.source)


def find_people(
    text: str,
    ner_spans: Iterable[tuple[int, int]],
    orgs: OrgLexicon,
    titles: TitleLexicon | None = None,
) -> tuple[list[Person], list[PersonMention]]:
    """People named in ``text`` and every mention of them.

    ``ner_spans`` are the character spans of PER entities. Full names come from the model
    and from :func:`rule_names`; shorter mentions are then resolved to them.
    """
    titles = titles or load_titles()
    candidates = [NameSpan(s, e, text[s:e], "ner") for s, e in ner_spans]
    candidates = [_strip_titles(c, titles) for c in candidates] + rule_names(text, titles)
    full: dict[str, str] = {}
    for cand in candidates:
        name = _clean_name(cand.text)
        if (
            not _plausible(name, orgs, titles)
            or _credited(text, cand)
            or _addressed(text, cand)
            or _described_org(text, cand)
            or _owns_body(text, cand)
        ):
            continue
        if name.endswith("s") and name[:-1] in full.values():
            continue
        full.setdefault(name, name)
    names = _drop_genitive_doubles([name for name in full if not _named_as_org(text, name)])
    mentions = find_mentions(text, names)
    counts = Counter(m.person for m in mentions)
    people = [
        Person(name, counts[name], tuple(sorted({m.text for m in mentions if m.person == name})))
        for name in names
        if counts[name]
    ]
    return people, mentions


def _addressed(text: str, span: NameSpan) -> bool:
    """A name spoken to in a reporting clause: "säger hon till Vårdfokus Idag"."""
    return _ADDRESSEE_BEFORE.search(text[max(0, span.start - 30) : span.start]) is not None


def _drop_genitive_doubles(names: list[str]) -> list[str]:
    """"Ann-Sofi Lodins" is "Ann-Sofi Lodin" in the genitive, not another person."""
    kept = set(names)
    for name in names:
        if name.endswith("s") and name[:-1] in kept:
            kept.discard(name)
        if any(other.startswith(f"{name} ") for other in names):
            kept.discard(name)  # "Karin Lund" is "Karin Lund Berg" cut short by the model
    return [n for n in names if n in kept]


def find_mentions(text: str, names: Sequence[str]) -> list[PersonMention]:
    """Every mention of the given full names: full, surname, genitive, unambiguous first name."""
    forms: dict[str, str] = {}
    surnames = Counter(n.split()[-1] for n in names)
    firsts = Counter(n.split()[0] for n in names)
    for name in names:
        forms[name] = name
        surname = name.split()[-1]
        if surnames[surname] == 1:
            forms.setdefault(surname, name)
        first = name.split()[0]
        if firsts[first] == 1 and first not in surnames:
            forms.setdefault(first, name)
    if not forms:
        return []
    alternatives = sorted(forms, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(a) for a in alternatives) + r")(?::?s)?(?![\w-])"
    )
    return [
        PersonMention(m.group(), m.start(), m.end(), forms[m.group(1)])
        for m in pattern.finditer(text)
    ]


NAME_GENDER = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "name_gender.toml"


@functools.cache
def name_genders(path: Path = NAME_GENDER) -> dict[str, str]:
    """Given name -> "female" or "male", from the name-gender data file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {name: gender for gender in ("female", "male") for name in data.get(gender, [])}


def gender_of(person: str) -> str | None:
    """ "female", "male" or None from a person's first given name ("Ann-Sofi Lodin": female)."""
    first = person.split()[0].split("-")[0] if person.strip() else ""
    return name_genders().get(first)


def antecedent(earlier: Sequence[PersonMention], pronoun: str) -> str | None:
    """Who "han"/"hon" is: the person named last whose first name agrees with the pronoun
    ("Per Holmgren utsågs av sjukhusdirektör Karin Sjöberg. Han ..."), else the last named."""
    if not earlier:
        return None
    wanted = {"han": "male", "hon": "female"}.get(pronoun.lower())
    agreeing = [m for m in earlier if wanted is None or gender_of(m.person) in (wanted, None)]
    return (agreeing or earlier)[-1].person
