"""Who decided: a decision's actor phrase resolved to a person, a known body or a name as written.

"regiondirektören" is the regional director the page names, "Västra Götalandsregionens
regionstyrelse" is regionstyrelsen, "Domstolen" is the court as the page first names it, "X:s
styrelse" is the page's "styrelsen för X", and a bare "regionstyrelsen" after "regionstyrelsen i
Region Skåne" decided is that body.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fvmdocs.extract.context import PageContext
from fvmdocs.extract.decision_actors import (
    BODY_NOUNS,
    NETWORK_NOUNS,
    OWN_ORG_NOUNS,
    SUPINE_CLAUSE,
    definite_body,
    office_noun,
    programme_body,
)
from fvmdocs.extract.decision_dates import CLAUSE_BREAK
from fvmdocs.extract.decisions import PERSON_APPROVAL, DecisionMatch, decisions_in_sentence
from fvmdocs.extract.facts import Decision, Role
from fvmdocs.extract.timex_lexicon import MONTH_FULL_RE

__all__ = [
    "BARE_BODY",
    "AGENT_PRONOUN",
    "EMBEDDED_PRONOUN",
    "FIRST_PERSON",
    "PRONOUN",
    "SAID_BY",
    "as_written",
    "body_in",
    "body_named",
    "genitive_decider",
    "known_name_ending",
    "own_organisation_board",
    "page_writer",
    "qualified",
    "resolve_actor",
    "verb_clause",
    "with_subject",
]


_HOME = "Västra Götalandsregionen"
# Capitalised words that open a sentence without being part of a name.
_OPENERS = r"(?:I|Enligt|Men|Och|När|Då|Av|På|För|Från|Till|Med|Om|Vid|Efter|Inför|Under|Nu|Även|Också)"


def resolve_actor(phrase: str, ctx: PageContext, roles: list[Role], at: int | None = None) -> str:
    """A decision's actor as a name: a person, a known body, or the phrase in lower case; ``at``,
    where the page names it, keeps a bare "Styrelsen" from an owner named only after it."""
    for mention in ctx.mentions:
        if mention.text == phrase:
            return mention.person
    if programme_body(phrase) != phrase:
        return programme_body(phrase)
    court = _court_named(ctx, phrase)
    if court is not None:
        return court
    same = _same_body(phrase, ctx, at)
    if same is not None:
        return same
    if re.fullmatch(r"[A-ZÅÄÖ]{2,5}", phrase):
        # "det politiska samrådsorganet, SRO, … SRO gav": the body the page spells the acronym out as
        # (a whole word: "Integritetsskyddsmyndigheten (IMY)" is the agency, not "ntegritetsskyddsmyndigheten")
        word = r"(?<![\w-])((?:[A-ZÅÄÖa-zåäö]+a\s)?[A-ZÅÄÖa-zåäö][\w-]*)"
        spelled = re.search(rf"{word},\s{phrase}[,)]|{word}\s\({phrase}\)", ctx.text)
        body = spelled and (spelled.group(1) or spelled.group(2))
        if body and body.lower().endswith(BODY_NOUNS):
            return body[0].lower() + body[1:]
    if " " in phrase and phrase[:1].islower() and at is not None:
        # "den politiska styrgruppen för FVM … Den politiska styrgruppen ställde sig bakom": as named in full before
        # (only the phrase ignores case: "hälso- och sjukvårdsnämnden i december" names no place)
        full = re.search(rf"(?<![\w-])(?i:{re.escape(phrase)})\s(?:för|i|vid|på)\s[A-ZÅÄÖ][\w-]*", ctx.text[:at])
        if full is not None:
            return as_written(full.group())
    mine = re.fullmatch(r"[Vv]år[ta]?\s([a-zåäöé-]+)", phrase)
    if mine is not None:
        return definite_body(mine.group(1))  # "Vår styrelse" on the writer's own page: `styrelsen`
    whose = re.fullmatch(r"[Vv]ars\s([a-zåäöé-]+)", phrase)  # ("vars seniorkommitté": an accent)
    if whose is not None:
        # "Den fick stöd av Svenska Diabetesförbundet, vars förbundsstyrelse ställde sig bakom": a third party's
        # own body, with its owner; "Det vill Trollhättans Cricketklubb, vars spelarkommitté beslutade", "SRF
        # Västra Götaland, vars styrelse": the organisation the page speaks for, its body named alone
        before = rf"\s(?:av|från|med|hos)\s((?:[A-ZÅÄÖ][\w-]*\s)*[A-ZÅÄÖ][\w-]*),\s[Vv]ars\s{whose.group(1)}\b"
        owner = re.search(before, ctx.text[at : at + 400]) if at is not None else None
        if owner is not None and whose.group(1).lower() != "styrelse":
            return as_written(f"{owner.group(1)}s {whose.group(1)}")
        return definite_body(whose.group(1))
    if (
        re.fullmatch(r"[a-zåäöé-]+", phrase)
        and at is not None
        and re.search(rf"\b[Vv]ars\s[a-zåäö]+a\s{re.escape(phrase)}\b", ctx.text[at : at + 400])
    ):
        return definite_body(phrase)  # "vars digitala vårstämma i lördags antog": its own body, an adjective between
    owned = re.fullmatch(r"(?P<owner>.+?)(?::s|s)\s(?P<body>(?:\w+-\s(?:och|eller)\s|[a-zåäö]+a\s)?\S+)", phrase)
    fielded = re.fullmatch(r"(?P<owner>[Rr]egionens|Västra\sGötalandsregionens|VGR:s)\s(?P<body>[a-zåäö][\w-]*)(?P<field>\sför\s[a-zåäö][\w\s-]*)", phrase)
    if fielded and definite_body(fielded.group("body")) != fielded.group("body"):
        # "Regionens kunskapsgrupp för sällsynta diagnoser" is kunskapsgruppen för sällsynta diagnoser
        return as_written(definite_body(fielded.group("body")) + fielded.group("field"))
    if owned and ctx.board is not None and owned.group("body").lower() == "styrelse" and ctx.board.lower().endswith(" " + owned.group("owner").lower()):
        return ctx.board  # "NU-sjukvårdens styrelse" on a page about "styrelsen för NU-sjukvården"
    if owned and owned.group("owner").lower() in _OWN_COMPANY and owned.group("body").lower() == "styrelse":
        # "Resecentralen Väst … Bolagets styrelse beslutade … Resecentralens styrelse": the company's board by its name
        company = re.search(rf"\b((?!{_OPENERS}\s|Bolagets\s|Företagets\s|Skolans\s)[A-ZÅÄÖ][\w-]*(?::s|s))\sstyrelse\b", ctx.text)
        # else the page's own board: "Bolagets styrelse beslutade" on the company's own release
        return as_written(f"{company.group(1)} styrelse") if company is not None else "styrelsen"
    own_body = {"styrelse": "styrelsen", "årsmöte": "årsmötet", "stämma": "stämman", "kongress": "kongressen", "styrgrupp": "styrgruppen"}
    if owned and owned.group("owner").lower() in NETWORK_NOUNS and owned.group("body").lower() in ("styrelse", "årsmöte", "stämma"):
        # "Nätverkets styrelse", "Nätverkets årsmöte" on the network's own page (not "nätverkets
        # styrgrupp", kept as written)
        return own_body[owned.group("body").lower()]
    if owned and (owned.group("owner").lower() in OWN_ORG_NOUNS or owned.group("owner").lower().endswith("klubben")) and owned.group("body").lower() in own_body:
        # "sektionens styrelse" on the union branch's own page (set 17's convention), "föreningens årsmöte",
        # "Fackklubbens styrelse" (a club named by its kind)
        return own_body[owned.group("body").lower()]
    # ("föreningens extra årsmöte", "Föreningens säkerhetsdelegation": v162)
    collective = re.fullmatch(r"(?:extra\s)?[a-zåäö-]*(?:kommitté|grupp|råd|utskott|nämnd|direktion|möte|ledning|stämma|delegation)", owned.group("body")) if owned else None
    owner_kind = owned.group("owner").lower() if owned else ""
    own_owner = owner_kind in OWN_ORG_NOUNS or _is_trade(owner_kind)
    if owned and collective and own_owner and owned.group("body") != "regionråd":
        # "föreningens skyttekommitté" on the association's own page is skyttekommittén, "föreningens
        # vinterstämma" vinterstämman, "klubbens höstmöte" höstmötet, "Tvätteriets ledningsgrupp" on the
        # laundry's own page ledningsgruppen: the page's own body, named in its definite form
        body = owned.group("body")
        return body + "t" if body.endswith("möte") else definite_body(body)
    if owned and ctx.orgs.resolve(owned.group("owner")) == _HOME:
        # "Västra Götalandsregionens regionstyrelse" is regionstyrelsen, named in its definite form;
        # "regionens hälso- och sjukvårdsstyrelse" is hälso- och sjukvårdsstyrelsen
        body = owned.group("body")
        if " " in body and definite_body(body) != body:
            return as_written(definite_body(body))
        if " " not in body and not body.lower().endswith(("läkare", "samordnare")):
            # (not "Regionens smittskyddsläkare", "Regionens fallpreventionssamordnare": an office, named
            # with its owner as written)
            phrase = definite_body(body)
    if ctx.board is not None and phrase.lower() == "sjukhusstyrelsen":
        return ctx.board  # "Sjukhusstyrelsen godkände" on a page about "styrelsen för SÄS"
    resolved = ctx.orgs.resolve(phrase)
    if resolved is not None:
        return resolved
    place = re.search(r"\s(?:i|vid|för|på|inom)\s([A-ZÅÄÖ].*)$", phrase)
    if place is not None:
        # "Regionstyrelsen i Västra Götaland" is regionstyrelsen; "regionstyrelsen i Region Skåne"
        # and "kommunstyrelsen i Borås" keep the place the text gives
        resolved = ctx.orgs.resolve(phrase[: place.start()])
        home = ctx.orgs.resolve(place.group(1)) == _HOME or place.group(1).startswith("Västra Götaland")
        if resolved is not None and home:
            return resolved
        return as_written(phrase)
    office = office_noun(phrase)
    holders = {role.person for role in roles if role.title.lower() == office}
    if len(holders) == 1:
        return holders.pop()  # "regiondirektören" on a page that names the regiondirektör
    lowered = as_written(phrase)
    if ctx.board is not None and re.fullmatch(r"[a-zåäö]+(?:ets|ens)\sstyrelse", lowered):
        return ctx.board  # "sjukhusets styrelse" on a page about "styrelsen för SÄS"
    if lowered == "styrelsen" and ctx.board is not None:
        return ctx.board  # "Styrelsen fattade fyra beslut" on a page about "styrelsen för NU-sjukvården"
    if ctx.board is not None and " " not in lowered and ctx.board.lower().startswith(lowered + " "):
        return ctx.board  # "Förbundsstyrelsen godkände" on a page about "förbundsstyrelsen för Göteborgsregionen"
    if " " not in lowered and lowered in ("styrelsen", "fullmäktige", "nämnden", "ledningsgruppen", "direktionen"):
        indefinite = {"styrelsen": "styrelse", "nämnden": "nämnd", "ledningsgruppen": "ledningsgrupp", "direktionen": "direktion"}.get(lowered, lowered)
        # "Västkoms styrelse ... Styrelsen", "Tolkförmedling Västs direktion ... Direktionen"
        owner = re.search(rf"\b((?:(?!{_OPENERS}\s)[A-ZÅÄÖ][\w-]*\s)?[A-ZÅÄÖ][\w-]*(?::s|s))\s{indefinite}\b", ctx.text)
        later = owner is not None and at is not None and owner.start() > at and not _is_headline_at(ctx.text, at)
        if owner is not None and not later and _is_trade(owner.group(1).lower()[:-1]):
            return lowered  # "Tvätteriets ledningsgrupp … Ledningsgruppen": the page's own body, in its definite form
        if owner is not None and not later:
            return as_written(f"{owner.group(1)} {indefinite}")  # "Västkoms styrelse ... Styrelsen"
    if lowered == "styrelsen" and at is not None and own_organisation_board(ctx.text, at):
        return "styrelsen"  # "Karim Nasser blir ny teknisk chef i bolaget … Styrelsen utsåg honom": the company's
    if " " not in lowered and lowered.endswith(("styrelsen", "nämnden", "fullmäktige")):
        # "Styrelsen" after "Regionstyrelsen ..." is the body named before.
        # only a body named before: "hälso- och sjukvårdsstyrelsen" further down is not "Styrelsen" of the lead
        named_before = at is not None and lowered == "styrelsen"
        compounds = re.findall(r"\b(\w+" + re.escape(lowered) + r")\b", ctx.text[:at] if named_before else ctx.text, re.IGNORECASE)
        for earlier in compounds:
            named = ctx.orgs.resolve(earlier.lower()) or ctx.orgs.resolve(earlier)
            if named:
                return named
        if len({c.lower() for c in compounds}) == 1:
            return compounds[0].lower()  # "kulturnämnden ... Nämnden", a body the lexicon lacks
    return lowered


# "Samma styrelse godkände …" after "… av regionstyrelsen i januari": the body of that kind named last.
_SAME_KIND = ("styrelse", "nämnd")


def _same_body(phrase: str, ctx: PageContext, at: int | None) -> str | None:
    """The body a "samma styrelse" / "samma nämnd" refers to (``at``: where its sentence begins): the last one of
    its kind named before it."""
    if at is None or phrase.lower() not in _SAME_KIND:
        return None
    same = re.compile(rf"(?<![\w-])[Ss]amma\s{phrase}(?![\w-])").search(ctx.text, at, at + 300)
    if same is None:
        return None
    earlier = re.findall(rf"(?<![\w-])(\w+{phrase}(?:n|en)?)(?![\w-])", ctx.text[: same.start()], re.IGNORECASE)
    if not earlier:
        return None
    last = earlier[-1]
    return ctx.orgs.resolve(last.lower()) or ctx.orgs.resolve(last) or definite_body(last.lower())


def _is_trade(noun: str) -> bool:
    """Whether a definite noun names a business by its trade ("tvätteriet", "åkeriet"): the page's own, like
    "föreningen"."""
    return re.fullmatch(r"[a-zåäö]{2,}eriet", noun) is not None


_OWN_COMPANY = ("bolaget", "företaget", "skolan")
# What a page calls its own organisation: a bare "Styrelsen" in a paragraph about it is its board.
_OWN_ORGANISATION = (*_OWN_COMPANY, "föreningen", "förbundet", "sektionen", "klubben", "stiftelsen")


def own_organisation_board(text: str, at: int) -> bool:
    """Whether a bare "Styrelsen" at ``at`` is the board of the organisation its paragraph tells about
    by its kind ("i bolaget", "skolan", "föreningens kontaktperson"), with no other board named in that
    paragraph before it."""
    begin = text.rfind("\n\n", 0, at) + 1
    end = text.find("\n\n", at)
    paragraph = text[begin : end if end != -1 else len(text)]
    before = text[begin:at]
    own = rf"\b(?:{'|'.join(_OWN_ORGANISATION)})s?\b"  # "i bolaget", "föreningens kontaktperson"
    return re.search(own, paragraph) is not None and re.search(r"\w+styrelse", before, re.IGNORECASE) is None


def _is_headline_at(text: str, at: int) -> bool:
    """Whether ``at`` is in the page's first block (its headline or lead)."""
    return "\n\n" not in text[:at].strip()


# "regiondirektörens beslut förra veckan att pausa", "styrelsens beslut": the owner decided.
_GENITIVE_DECIDER = re.compile(r"\b(?P<owner>[\w-]+?)(?::s|s)\s(?:[\w-]+\s)?beslut(?:et)?\b", re.IGNORECASE)


_COURT_KINDS = ("förvaltningsrätt", "kammarrätt", "tingsrätt", "hovrätt")


_COURT = re.compile(
    r"\b(?:[A-ZÅÄÖ][\w-]*s\s(?:förvaltningsrätt|kammarrätt|tingsrätt|hovrätt)\b"
    r"|(?:förvaltningsrätten|kammarrätten|tingsrätten|hovrätten)(?:\si\s[A-ZÅÄÖ][\w-]*)?)",
    re.IGNORECASE,
)


def _court_named(ctx: PageContext, phrase: str) -> str | None:
    """A court as the page first names it: "Domstolen" and a bare "förvaltningsrätten" after
    "förvaltningsrätten i Göteborg" are that court."""
    lowered = phrase.lower()
    if lowered not in ("domstolen", "rätten") and _COURT.fullmatch(phrase) is None:
        return None
    if " " in lowered:
        # "Förvaltningsrätten i Göteborg", "Göteborgs tingsrätt": named in full already
        return phrase if re.match(r"[A-ZÅÄÖ][\w-]*s\s", phrase) else phrase[0].lower() + phrase[1:]
    kind = next((k for k in _COURT_KINDS if k in lowered), None)
    for named in _COURT.finditer(ctx.text):
        text = named.group()
        if " " in text and (kind is None or kind in text.lower()):
            return text if re.match(r"[A-ZÅÄÖ][\w-]*s\s", text) else text[0].lower() + text[1:]
    return None


def as_written(phrase: str) -> str:
    """A body's name in lower case unless its first word is a name: "Regionstyrelsen" ->
    "regionstyrelsen", but "Västkoms styrelse", "SKR:s styrelse", "FoU-rådet" and a name of
    capitalised words ("Steriltrack AB") stay as written."""
    first = phrase.split()[0]
    if re.match(r"[A-ZÅÄÖ][\w-]*\s[A-ZÅÄÖ][\w-]*(?::s|s)\s", phrase):
        return phrase  # "Tolkförmedling Västs direktion": a two-word name owns the body
    if phrase[:2].isupper() or any(c.isupper() for c in first[1:]) or " " in phrase and re.fullmatch(r"[A-ZÅÄÖ][\w-]*(?<!en)(?<!et)(?<!na)(?::s|s)", first):
        return phrase
    if re.fullmatch(r"[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*)+", phrase):
        return phrase  # a proper name of capitalised words: "Steriltrack AB", "Nätverket Migrationshälsa Väst"
    return phrase[0].lower() + phrase[1:]


def genitive_decider(ctx: PageContext, before: int, roles: list[Role]) -> str | None:
    """The body or office whose decision the text named last before ``before``, by genitive."""
    owner = None
    for match in _GENITIVE_DECIDER.finditer(ctx.text, max(0, before - 600), before):
        if match.group("owner").lower().endswith(BODY_NOUNS):
            owner = match.group("owner")
    return resolve_actor(owner, ctx, roles) if owner else None


def known_name_ending(ctx: PageContext, at: int | None, phrase: str | None) -> str | None:
    """A known organisation whose name ends with the phrase at ``at`` and starts before it: "Sveriges
    Kommuner och Regioner, som förvaltar databasen, godkände" read only "Regioner" as the subject."""
    if at is None or phrase is None:
        return None
    begin = max(0, at - 60)
    window = ctx.text[begin : at + len(phrase)]
    return next(
        (m.name for m in ctx.orgs.find(window) if m.end == len(window) and begin + m.start < at and not m.contextual), None
    )


def qualified(by: str | None, decisions: list[Decision]) -> str | None:
    """A bare "regionstyrelsen" after "regionstyrelsen i Region Skåne" decided is the same body, and
    "etikprövningsnämnden" after "Regionala etikprövningsnämnden i Göteborg", "sjukhusledningen"
    after "sjukhusledningen på Sahlgrenska Universitetssjukhuset"."""
    if by is None:
        return None
    # "sjukhusledningen på SU", "ledningen för klinisk genetik vid SU"; "styrelsen" may be the page's own board
    places = "i|på|vid" if by.lower() == "styrelsen" else "i|på|vid|för"
    qualified_name = re.compile(rf"(?:^|\s){re.escape(by.lower())}\s(?:{places})\s")
    for earlier in reversed(decisions):
        if earlier.by and qualified_name.search(earlier.by.lower()):
            return earlier.by
    return by


# A deciding body named by its definite noun: "kulturnämnden", "regionstyrelsen", "fullmäktige".
_BODY_WORD = re.compile(r"(?<![\w-])[a-zåäöA-ZÅÄÖ][\w-]*(?:styrelsen|nämnden|fullmäktige|styrgruppen|utskottet)(?![\w-])")


def body_named(ctx: PageContext, sentence: str, roles: list[Role]) -> str | None:
    """The body a sentence names: a known one, else a definite "-nämnden"/"-styrelsen" word."""
    named = _BODY_WORD.search(sentence)
    return body_in(ctx, sentence) or (resolve_actor(named.group(), ctx, roles) if named else None)


def verb_clause(sentence: str, match: DecisionMatch) -> str:
    """The clause of the decision verb: "Ett anbud förkastades i januari, och i tisdags beslutade
    regionstyrelsen …" names no body for the passive."""
    breaks = list(CLAUSE_BREAK.finditer(sentence))
    start = max((b.end() for b in breaks if b.end() <= match.verb_start), default=0)
    # "Beslutet togs efter att regionens revisorer pekade på brister": a subordinate clause ends it
    subordinate = re.compile(r"\b(?:efter att|sedan|eftersom|när|då)\s").search(sentence, match.verb_end)
    ends = [b.start() for b in breaks if b.start() >= match.verb_end] + ([subordinate.start()] if subordinate else [])
    end = min(ends, default=len(sentence))
    return sentence[start:end]


def body_in(ctx: PageContext, sentence: str) -> str | None:
    """The one deciding body a sentence names: "Beslutet fattades på regionstyrelsens möte"."""
    bodies = {m.name for m in ctx.orgs.find(sentence) if ctx.orgs.kind(m.name) == "body"}
    return bodies.pop() if len(bodies) == 1 else None


# A body alone on a line: "Regionstyrelsen fick en lägesrapport. Styrelsen" before "godkände …,".
BARE_BODY = re.compile(r"(?:[A-ZÅÄÖ][\w-]*(?::s|s)\s)?[\w-]*(?:[Ss]tyrelsen|[Nn]ämnden|fullmäktige|[Ss]tyrgruppen|[Ll]edningen)")


# "Jag heter Linnea Sjöberg och är psykolog …": a page written by the person it names first.
_SELF_INTRO = re.compile(r"(?:^|\n)Jag\sheter\s")


def page_writer(ctx: PageContext, before: int) -> str | None:
    """The writer who introduced themselves by name ("Jag heter X …") before ``before``, if any."""
    intro = _SELF_INTRO.search(ctx.text, 0, before)
    return next((m.person for m in ctx.mentions if m.start == intro.end()), None) if intro is not None else None


FIRST_PERSON = re.compile(
    r"\b[Jj]ag(?=\s(?:(?:har|hade|också|därför|även|nu|redan)\s)*(?:beslutat|beslutade|beslöt|fattat|fattade|utsett|utsåg)\b)"
)


SAID_BY = re.compile(r",\s(?:säger|sa|sade)\s")


_BESIDE_VERBS = (
    r"(?:beslutade|beslöt|fastställde|fastslog|spikade|godkände|antog|klubbade|utsåg|bestämde|gav|fattade|tog|avgjorde"
    r"|landade|satte|stadfäste|sanktionerade|slog"  # "I slutet av februari landade han i vilka", "satte hon ned foten"
    r"|gjorde|kom|fastlade|bejakade|drev)"  # (v160) "gjorde hon slag i saken", "kom hon fram till att", "fastlade hon"
)


# "Patrik Ek berättade att han på söndagskvällen beslutade att …": the subject of the "att" clause;
# "Det var hon som i februari godkände den frågemall …", "Det var hon som i april bestämde vilka …": the
# pronoun a cleft puts first.
EMBEDDED_PRONOUN = re.compile(
    r"(?:(?<=\batt\s)(han|hon)(?=\s(?:[\w-]+\s){0,2}(?:beslutade|beslutat|beslöt|fattade|utsåg|utsett)\b)"
    rf"|(?<=\b[Dd]et\svar\s)(han|hon)(?=\ssom\s(?:[\w-]+\s){{0,2}}{_BESIDE_VERBS}\b))"
)


# "Mallen godkändes av henne i december": a passive whose agent is the person told before.
# "Den slutliga texten fick hennes godkännande i mitten av oktober": the approval hers.
# "… och i oktober fastställde hon de sex måtten" (inside the sentence), "Den skadeenkät som han
# godkände i början av augusti", "Textens slutliga lydelse bestämde hon den 4 november", "i slutet av
# oktober gav han den sitt slutliga godkännande", "Ja till versionen sade han i april", "Formuläret fick sin
# slutliga form i juli, när han bestämde vilka uppgifter …": the pronoun beside the verb stands for the person
# told before.
AGENT_PRONOUN = re.compile(
    r"\b[a-zåäö]{3,}(?:des|tes|ts|s)\s(?:[\w-]+\s){0,2}?av\s(henne|honom)\b|" + PERSON_APPROVAL.pattern
    # "Beslutet om vilka sex uppgifter listan ska omfatta kom från henne": the decision's maker after "från"
    + r"|\b[Bb]eslutet\s[^.;:]{0,80}?\skom\sfrån\s(henne|honom)\b"
    + rf"|(?<![\w-]){_BESIDE_VERBS}\s(han|hon)\b|\b(?:som|,\snär|,\sdå)\s(han|hon)\s(?:[a-zåäö]+\s)?{_BESIDE_VERBS}\b"
    # "Ja till den slutliga versionen sade han i april": the answer fronted; "Den slutliga lydelsen sa hon ja till
    # den 22 februari": the object
    + r"|^\s*(?:Ja|Nej)\still\s[^.;:]{1,120}?\s(?:sa|sade)\s(han|hon)\b"
    + r"|(?<![\w-])(?:sa|sade)\s(han|hon)\s(?:[\w-]+\s){0,2}?(?:ja|nej)\still\b"
    # "De sju uppgifter som ska registreras slog han fast i mitten av augusti", "… lade hon fast i mitten av maj"
    + r"|(?<![\w-])(?:slog|lade)\s(han|hon)\s(?:[\w-]+\s){0,5}?fast\b"
    # "De sju uppgifterna … valde hon ut i början av oktober", "valde hon i slutet av augusti ut"
    + r"|(?<![\w-])valde\s(han|hon)\s(?:[\w-]+\s){0,5}?(?:ut|vilka|vilken|vilket)\b"
)


# V2 after an adverbial: "Samtidigt utsåg hon Per-Olov Ekdahl till kravansvarig", "Samma dag gav
# hon mig i uppdrag", "På tisdagen utsåg han …".
V2_PRONOUN = re.compile(
    r"\s*(?:Samtidigt|Sedan|Därefter|Dessutom|Då|Senare|Också|I\ssamma\sbeslut|Samma\sdag|Dagen\s(?:efter|därpå)"
    r"|(?:På|I)\s[a-zåäö]+(?:dagen|dags|morse|går|veckan)"
    # "… av logopeden Therese Wallin. I augusti godkände hon den slutliga versionen": a month told first
    rf"|I\s(?:(?:början|mitten|slutet)\sav\s)?(?:{MONTH_FULL_RE})|Den\s\d{{1,2}}\s(?:{MONTH_FULL_RE})"
    # "Skadeformuläret godkände han redan i slutet av mars": the object first
    r"|[A-ZÅÄÖ][a-zåäö]{3,}(?:et|en|na)"
    # "Det frågeformulär som ska följa patienterna godkände hon i slutet av augusti": the object with its relative clause
    r"|(?:Det|Den|De)\s[a-zåäö][\w-]*\ssom(?:\s[\w-]+){1,6}?)"
    r"\s(?P<verb>beslutade|beslöt|fattade|utsåg|gav|valde|godkände|antog|fastställde|fastslog|spikade|klubbade)\s(?P<p>han|hon)\b"
)
# "Produktionsledningen ska utse … Redan i tisdags beslutade den att …": a body in V2 after an adverbial
V2_BODY_PRONOUN = re.compile(
    r"\s*(?:Redan\s)?(?:[Ss]amtidigt|[Dd]ärefter|[Dd]essutom|[Ss]amma\sdag|(?:[Pp]å|[Ii])\s[a-zåäö]+(?:dagen|dags|morse|går|veckan))"
    r"\s(?P<verb>beslutade|beslöt|fattade|utsåg|gav|godkände|antog|fastställde)\s(?P<p>den)\b"
)
# "Regionstyrelsen godkände planen. Den gav också direktören i uppdrag …": the body just told
BODY_PRONOUN = re.compile(
    r"\s*(Den)(?=\s(?:(?:har|hade|också|även|nu|redan|dessutom|samtidigt)\s)*(?:beslutat|beslutade|beslöt|fattat|fattade|"
    r"utsett|utsåg|gett|gav|godkände|godkänt|antog|antagit|fastställde|fastställt|biföll|avslog|tillstyrkte|ställde)\b)"
)
# "Han ställde sig i mars bakom förslaget", "Hon sade i maj ja till …": the person told just before decided
_PRONOUN_VERBS = (
    r"(?:beslutat|beslutade|beslöt|fattat|fattade|utsett|utsåg|gett|gav|fastställde|fastställt|fastslog|spikade|klubbade|klubbat|antog|antagit"
    r"|ställde\ssig|ställt\ssig|godkände|godkänt|(?:sa|sade|sagt)\s(?:[\w-]+\s){0,3}(?:ja|nej)\still"
    r"|(?:tog|tagit)\s(?:[\w-]+\s){0,3}ställning\sför"  # "Hon tog i september ställning för att …"
    r"|(?:slog|lade)\s(?:[\w-]+\s){0,3}fast"  # "… och slog i februari fast den enkät"
    r"|valde\s(?:[\w-]+\s){0,5}?(?:ut|vilka|vilken|vilket)\b"  # "Hon valde i slutet av augusti ut de sju uppgifterna"
    r"|(?:tog|tagit)\s(?:[\w-]+\s){0,3}beslut\b"  # "Hon tog i juni beslut om det frågeformulär"
    r"|landade\s(?:[\w-]+\s){0,3}i\s(?:beslutet|vilka|vilken|vilket)\b|satte\s(?:[\w-]+\s){0,3}(?:ned|ner)\sfoten"
    r"|stadfäste|sanktionerade|fastlade|bejakade|drev\s(?:[\w-]+\s){0,3}igenom"
    # (v160) "Hon gjorde i mitten av mars slag i saken", "Hon kom i slutet av augusti fram till att"
    r"|gjorde\s(?:[\w-]+\s){0,4}slag\si\ssaken|kom\s(?:[\w-]+\s){0,5}fram\still\satt)"
)
PRONOUN = re.compile(
    rf"\s*(Hon|Han)(?=\s(?:(?:har|hade|också|även|nu|redan|själv)\s)*{_PRONOUN_VERBS}"
    # "Han har granskat förslaget och sade i oktober ja till": the second verb of the pronoun's clause
    # ("Hon har själv tävlat för klubben sedan 2009 och godkände": an adverb before the supine)
    rf"|\s{SUPINE_CLAUSE}\s[^,.;:]*?\soch\s(?:(?:har|hade|också|även|sedan|då)\s)*{_PRONOUN_VERBS}"
    # "Han är sektionschef på handkirurgiska kliniken … och godkände klubbens förslag": a copula's clause, then the verb
    # ("Hon arbetar som specialistläkare på … och gav i mars sitt godkännande": a post told by "arbetar som")
    rf"|\s(?:är|var|arbetar\ssom|jobbar\ssom)\s[^,.;:]*?\soch\s(?:(?:har|hade|också|även|sedan|då)\s)*{_PRONOUN_VERBS}"
    # ("Hon är specialistläkare på … och klubbens läkare sedan 2020, och hon godkände mallen": the pronoun told again)
    rf"|\s(?:är|var)\s[^.;:]*?,\soch\s(?:hon|han)\s(?:(?:har|hade|också|även|sedan|då)\s)*{_PRONOUN_VERBS})"
)


def with_subject(
    sentence: str, people: list[tuple[int, int, str]], subject: str | None, cut: int = 0, verb: str = ""
) -> list[DecisionMatch]:
    """The decisions of a sentence; a list item that opens with its verb ("godkände ett avtal …,")
    read with the body named alone before the list; "Hon har beslutat" read with the person the
    pronoun refers to (``cut``: how many characters of the sentence the subject replaces);
    "Samtidigt utsåg hon X" read as "<person> utsåg X" (``verb``: the verb before the pronoun)."""
    if subject is None:
        return decisions_in_sentence(sentence, people)
    named = [(0, len(subject), subject)] if cut else []
    if cut and sentence[cut : cut + 1] == " ":
        cut += 1  # one space between the subject and the rest: "I april fattade hon beslut" read as "X fattade beslut"
    if verb:
        subject = f"{subject} {verb}"
    shift = len(subject) + 1 - cut
    found = decisions_in_sentence(
        f"{subject} {sentence[cut:]}", named + [(a + shift, b + shift, p) for a, b, p in people if a >= cut]
    )
    return [
        replace(
            m,
            verb_start=max(0, m.verb_start - shift),
            verb_end=max(0, m.verb_end - shift),
            by_start=None if m.by_start is None else max(0, m.by_start - shift),
        )
        for m in found
    ]
