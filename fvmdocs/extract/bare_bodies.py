"""A body named by its kind alone: "Styrelsen", "Nämnden", "Ledningen", "Kommittén".

News names a body in full once ("styrelsen för Södra Älvsborgs sjukhus", "Läkemedelskommittén",
"Fakultetsnämnden") and then by its kind. These functions find the body the bare word stands
for: the one the text named just before, or the one that decided last.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fvmdocs.extract.context import PageContext
from fvmdocs.extract.deciders import as_written, resolve_actor
from fvmdocs.extract.decision_actors import definite_body
from fvmdocs.extract.decisions import DecisionMatch
from fvmdocs.extract.facts import Decision, Role
from fvmdocs.extract.orgs import PLACE_KINDS

__all__ = ["bare_body", "board_mentioned_before", "board_named_before", "council_mentioned_before"]

_BARE_BODIES = frozenset(["kommittén", "nämnden", "kollegiet", "ledningsgruppen", "utskottet", "enheten"])
_BOARD_MENTION = re.compile(
    r"\b(?:[\w-]+styrelsen(?=s?\b)|[Ss]tyrelsen\s(?:för|i|vid)\s[A-ZÅÄÖ][\w-]*"
    rf"(?:\s(?:[A-ZÅÄÖ][\w-]*|[a-zåäö]*sjukhus|lasarett|kommun|{PLACE_KINDS}|[a-zåäö]*förening))*\b)"
)  # "regionstyrelsens reserv" mentions regionstyrelsen too


_CENTRE = re.compile(
    r"\b(?:Centrum|Centret|Centrumet)\sför(?:\s(?!vid\b|på\b|i\b)[a-zåäö]+){1,5}\s(?:vid|på|i)\s[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*)*"
)


def bare_body(previous: str, body: str) -> str:
    """ "Regionstyrelsen fick en lägesrapport. Styrelsen": the body the sentence before names."""
    if " " in body or not previous:
        return body
    named = re.findall(rf"\b[\w-]+{re.escape(body.lower())}\b", previous)
    return named[-1] if named else body


def board_mentioned_before(
    ctx: PageContext, roles: list[Role], previous: str, match: DecisionMatch, sentence: str
) -> str | None:
    """ "När regionstyrelsen den 19 oktober beslutade … Redan i december hade styrelsen flyttat":
    a bare "styrelsen" is the board named just before, in its sentence or the one before
    (``previous``, empty when there is none)."""
    if match.by is None or match.by_start is None:
        return None
    noun = match.by.lower()
    if noun in _BARE_BODIES:
        # "Läkemedelskommittén … Kommittén ställde sig bakom": the compound named just before
        before = previous + " " + sentence[: match.by_start]
        # with its place: "Socialnämnden i Stenungsund … Nämnden ställde sig bakom"
        # ("rehabiliteringsenheten vid Kungälvs sjukhus": a place's lower-case kind word too)
        compound = (
            rf"(?:\b(?:regionala|nationella|centrala|lokala|sociala)\s)?(?:\b\w+-\s(?:och|eller)\s)?\b[\w-]+{noun}\b"
            r"(?-i:\s(?:i|på|vid)\s[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*)*(?:\s(?:sjukhus|lasarett|kommun))?)?"
        )
        named = [n for n in re.findall(compound, before, re.IGNORECASE) if n.lower() != noun]
        if not named and noun in ("kommittén", "kollegiet", "enheten") and (at := ctx.text.find(sentence)) > 0:
            # "Det beslutade Läkemedelskommittén i tisdags." in the lead, "Kommittén beslutade samtidigt" further
            # down; "gav hälso- och sjukvårdsenheten i uppdrag … Enheten utsåg" a quote later
            named = [n for n in re.findall(compound, ctx.text[:at], re.IGNORECASE) if n.lower() != noun]
        return resolve_actor(named[-1], ctx, roles) if named else None
    if noun in ("centrumet", "centret") and (at := ctx.text.find(sentence)) > 0:
        # "Centrum för medfödda metabola sjukdomar vid Karolinska Universitetssjukhuset analyserar … Centrumet
        # beslutade": the centre named before, with its place
        named = _CENTRE.findall(ctx.text[:at])
        return as_written(named[-1]) if named else None
    if noun != "styrelsen":
        return None
    before = sentence[: match.by_start]
    if previous:
        before = previous + " " + before
    named = [
        m.group() for m in _BOARD_MENTION.finditer(before)
        if m.group().lower() != "styrelsen"
        and not re.search(r"\btill\s(?:\w+-\s(?:och|eller)\s)?$", before[max(0, m.start() - 25) : m.start()])
        # ("Regionstyrelsen väntas välja leverantör … Styrelsen utsåg samtidigt": a board still to decide)
        and not re.match(r"\s(?:\w+\s)?(?:väntas|förväntas|ska|skall|kommer\satt)\b", before[m.end() : m.end() + 30])
    ]  # "Skrivelse till regionstyrelsen": the recipient is not the board that decides
    if not named:
        return None
    if ctx.board is not None and ctx.board.lower().startswith(named[-1].lower()):
        return ctx.board
    return resolve_actor(named[-1], ctx, roles)


def council_mentioned_before(previous: str, match: DecisionMatch, sentence: str) -> str | None:
    """ "tog upp frågan på regionens smittskyddsråd i måndags. Rådet antog": a bare "Rådet" is the
    council named just before when no council decided before it (``board_named_before`` comes first)."""
    if match.by is None or match.by_start is None or match.by.lower() != "rådet":
        return None
    councils = re.findall(r"\b([a-zåäö][\w-]*?råd)(?:et)?\b", previous + " " + sentence[: match.by_start])
    councils = [c for c in councils if c not in ("råd", "regionråd", "kommunalråd")]
    return definite_body(councils[-1]) if councils else None


def board_named_before(decisions: Sequence[Decision], text: str, phrase: str | None) -> str | None:
    """ "Styrelsen", "Nämnden", "Ledningen" after a board, committee or management decided: the
    last such decider ("styrelsen för Södra Älvsborgs sjukhus godkände … Styrelsen beslutade
    samtidigt"); ``text`` is the page's."""
    if phrase is None:
        return None
    lowered = phrase.lower()
    if " " not in lowered and lowered.endswith("styrelsen") and lowered != "styrelsen":
        # "Avdelningsstyrelsen" after "avdelningsstyrelsen för Vision Västra Götalandsregionen" decided
        full = next((d.by for d in reversed(decisions) if d.by and d.by.lower().startswith(lowered + " ")), None)
        if full is not None:
            return full
    if " " not in lowered and lowered in ("nätverket", "föreningen", "förbundet", "sällskapet"):
        # "Nätverket Migrationshälsa Väst beslutade … utsåg nätverket också": the proper name that decided
        full = next((d.by for d in reversed(decisions) if d.by and re.match(rf"(?i:{lowered})\s[A-ZÅÄÖ]", d.by)), None)
        if full is not None:
            return full
    if " " not in lowered and lowered.endswith(("utskottet", "enheten", "gruppen", "rådet")):
        # "regionstyrelsens arbetsutskott beslutade … men arbetsutskottet avslog": the owner's body named before
        indefinite = lowered[:-2] if lowered.endswith(("et", "en")) else lowered
        # "Programmets designråd för barn- och ungdomsvård beslutade … Designrådet antog": with its field
        own = re.compile(rf"\s{re.escape(indefinite)}(?:\s(?:för|i|vid|på)\s.+)?$")
        owned = next((d.by for d in reversed(decisions) if d.by and own.search(d.by.lower())), None)
        if owned is not None:
            return owned
    if lowered == "myndigheten":
        # "Konkurrensverket utredde … Myndigheten beslutade": the agency named last before
        agencies = re.findall(
            r"\b(?:[A-ZÅÄÖ][\w-]*(?:verket|myndigheten|inspektionen|kassan|arkivet)|Socialstyrelsen|I[VM][OY])\b", text
        )  # "Försäkringskassan", "Socialstyrelsen"
        return agencies[-1] if agencies else None
    if lowered == "rådet":
        # "Det fastställde programmets designråd … Rådet beslutade också": the council that decided last
        # "Arkitekturrådet i Västra Götalandsregionen beslutade … Rådet fastställde samtidigt": with its place
        council = re.compile(r"råd(?:et)?(?:\s(?:i|för|vid|på)\s.+)?$")
        return next((d.by for d in reversed(decisions) if d.by and council.search(d.by.lower())), None)
    if lowered in ("ledningen", "kollegiet", "kliniken", "mottagningen"):
        # "Sjukhusledningen beslutade … Ledningen beslutade samtidigt": the management that decided
        # "Sjukhusledningen på Södra Älvsborgs sjukhus beslutade … Ledningen beslutade samtidigt"
        # "Hudkliniken på Södra Älvsborgs sjukhus beslutade … Kliniken beslutade samtidigt"
        word = re.compile(r"ledning(?:en)?\b" if lowered == "ledningen" else rf"{lowered}\b")  # "VGR IT:s ledning"
        return next((d.by for d in reversed(decisions) if d.by and word.search(d.by.lower())), None)
    if lowered not in ("styrelsen", "nämnden", "styrgruppen"):
        return None
    head = re.compile(rf"(?<!\w){lowered[:-2]}")  # "Västkoms styrelse", "IT-styrgruppen", not "regionstyrelsen"
    named = next((d.by for d in reversed(decisions) if d.by and head.search(d.by.lower())), None)
    # "barn- och utbildningsnämnden ... Nämnden": a shared-prefix name ending in the noun
    shared = (d.by for d in reversed(decisions) if d.by and " och " in d.by and d.by.lower().endswith(lowered))
    # "Fakultetsnämnden beslutade … utsåg nämnden": the committee that decided last
    compound = (
        d.by for d in reversed(decisions)
        if lowered == "nämnden" and d.by and re.fullmatch(r"[\w-]+nämnden(?:\s(?:i|för)\s.+)?", d.by.lower())
    )
    return named or next(shared, None) or next(compound, None)
