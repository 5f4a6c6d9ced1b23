"""When a decision was taken: the dates of its clause, not those of what it is about.

A decision verb's date is one of its own clause ("beslutade den 17 maj"), not a date inside what
was decided ("… att rapportera i december"), not the day a letter reporting it was written, not
a date in its subject's relative clause; a "då"/"när" clause after a date points back to it, and
"vid regionstyrelsens sammanträde den 23 november" dates that body's decision in the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from fvmdocs.extract.context import PageContext, fact_date
from fvmdocs.extract.events import BETWEEN, years_of_thing
from fvmdocs.extract.facts import FactDate

__all__ = ["CLAUSE_BREAK", "decision_timexes", "news_came", "sitting_named", "within"]


_EVENT_NOUN_BEFORE = re.compile(
    r"\bomstarten\s$|"  # "Inför omstarten lördagen den 11 oktober, … beslutade nämnden": the restart's day
    r"\bfrån\s\d{4}\s(?:och|till)\s$|"  # "skaderapporter från 2014 och 2015": the period's second year too
    # (not "I ett beslut från den 6 april slog styrelsen fast": the decision's own day; "upphäver det
    # interimistiska beslutet från mars" is an earlier one)
    r"\b(?:pausen|starten|införandet|återgången|utrullningen|driftstarten|senast|tidigast|"
    r"tillträder|tillträdde|tillträda|(?<!ett\sbeslut\s)från|från och med|fr\.o\.m\.|till och med|t\.o\.m\.|för)\s(?:i\s|den\s|under\s)?$",
    re.IGNORECASE,
)


# "Regionstyrelsen antog planen för omstarten den 20 maj": the day after the plan's event is the plan's
_PLAN_FOR = re.compile(r"\b(?:tid)?plan(?:en)?\s(?:för|om)\s(?:[\w-]+\s)?$")


# A day the expression itself puts in the past: "den 17 maj förra året", "i mars i fjol".
_TOLD_PAST = re.compile(r"\d{1,2}\s[a-zåäö]+\s(?:förra\såret|i\sfjol)$")


CLAUSE_BREAK = re.compile(r",\s(?:och|men|medan|sedan|efter)\s|;\s|:\s")


# "fram till den 20 november 2024, då regiondirektören beslutade": the time "då" points back to
_WHEN_CLAUSE = re.compile(r",\s(?:då|när)\s[^,.;:]{0,60}$")


_SITTING = re.compile(r"\b(?:vid|på)\s(?:sitt\s|ett\s|det\s)?(?P<owner>[\w-]+?)s\s(?:[a-zåäö]+\s)?(?:sammanträde|möte)\s", re.IGNORECASE)


def sitting_named(ctx: PageContext, start: int, sentence: str, by: str) -> FactDate | None:
    """ "Moderaterna yrkade vid regionstyrelsens sammanträde den 23 november på …, men
    regionstyrelsen avslog yrkandet": the day of the decider's sitting the sentence names."""
    for sitting in _SITTING.finditer(sentence):
        if sitting.group("owner").lower() != by.lower():
            continue
        day = next((t for t in ctx.timexes_in(start + sitting.end(), start + sitting.end() + 25) if t.type == "DATE"), None)
        if day is not None:
            return fact_date(day)
    return None


# "I fredags kom beskedet vi har väntat på. Myndigheten beslutade att …": the day the news came.
# "I måndags fick vi äntligen besked.", "kom det glädjande beskedet"
_NEWS_CAME = re.compile(
    r"^[^,.;:]{0,30}?\b(?:kom|fick\s(?:vi|föreningen|förbundet|nätverket)|nådde\soss)\s(?:(?:äntligen|till\sslut|slutligen)\s)?"
    r"(?:(?:det|ett)\s)?(?:[a-zåäö]+(?:e|a|t)\s)?besked(?:et)?\b|^\s*[Bb]eskedet\skom\b"
)


def news_came(ctx: PageContext, previous: tuple[int, int] | None) -> FactDate | None:
    """The one date of a short sentence before a decision that says the news came then."""
    if previous is None or not _NEWS_CAME.search(ctx.text[previous[0] : previous[1]]):
        return None
    days = [t for t in ctx.timexes_in(*previous) if t.type == "DATE"]
    return fact_date(days[0]) if len(days) == 1 else None


def decision_timexes(
    ctx: PageContext, start: int, end: int, sentence: str, verb: int, *, whole_sentence: bool = False
) -> list[Any]:
    """Dates that can be the decision's: in the verb's clause, not another event's date.

    A decision told as taken cannot be dated after the page was published: "gav i uppdrag
    att rapportera i december" is dated by its telling, not by the report.
    """
    when = _WHEN_CLAUSE.search(sentence[:verb])
    if when is not None:
        before = [t for t in ctx.timexes_in(start, start + when.start() + 1) if t.type in ("DATE", "TIME")]
        if before and not sentence[before[-1].end - start : when.start()].strip():
            return [_last_point(before[-1])]
    left = max((m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, verb)), default=0)
    # "I sitt svar på onsdagen skriver X att sjukhusledningen redan har beslutat": the telling's day
    left = max([left] + [m.end() for m in _REPORTED.finditer(sentence, 0, verb)])
    right = next((m.start() for m in CLAUSE_BREAK.finditer(sentence, verb)), len(sentence))
    if whole_sentence:
        left, right = 0, len(sentence)
    # "Oracle Health, som köpte Cerner i fjol, har utsett …": the subject's relative clause is no date of the decision
    relative = _SUBJECT_RELATIVE.search(sentence[:verb])
    skip = (relative.start(), relative.end()) if relative is not None else (0, 0)
    joined = re.search(r"\soch\s(?:[\w-]+\s){0,2}$", sentence[:verb])
    if joined is not None and not whole_sentence:
        # "undertecknades i går och godkändes av regionstyrelsen den 27 januari": its own clause
        own = _clause_timexes(ctx, start, sentence, max(left, joined.end()), right, verb)
        if own:
            return sorted(own, key=lambda t: abs(t.start - start - verb))
    # "Inför omstarten den 11 oktober, då kommunerna startade om samma dag som sjukhuset, beslutade
    # nämnden": a subordinate clause set off by commas before the verb dates nothing of it
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(sentence, 0, verb)] + [skip]
    found = [
        t for t in _clause_timexes(ctx, start, sentence, left, right, verb)
        if not any(a <= t.start - start < b for a, b in asides)
    ]
    if _FRONTED_EVENT.match(sentence) and any(t.start - start > verb for t in found):
        # "Efter en inspektion av akutmottagningen i juni beslutade Arbetsmiljöverket den 3 juli": the
        # fronted phrase dates its own event; the date after the verb is the decision's
        found = [t for t in found if t.start - start > verb]
    return sorted(found, key=lambda t: abs(t.start - start - verb))


# A fronted phrase of an earlier event: "Efter en inspektion …", "Inför omstarten …".
# ("Sedan han hade följt deltävlingarna under mars gav han i början av april sitt medgivande": a fronted clause)
_FRONTED_EVENT = re.compile(r"\s*(?:(?:Efter|Inför|Före)\s(?:en|ett|den|det)?\s?[a-zåäö]|(?:Sedan|När)\s(?:han|hon|hen|de|vi)\s(?:hade|har)\s)")


_REPORTED = re.compile(
    r"\b(?:skriver|säger|sa|sade|meddelar|uppger|konstaterar|påpekar|berättar|framhåller|menar)\s(?:[\w-]+\s){0,4}?att\s"
)


_ASIDE = re.compile(r",\s(?:då|när)\s[^,.;:]{1,80},")
_SUBJECT_RELATIVE = re.compile(r",\ssom\s[^,.;:]{1,60},\s(?:(?:har|hade|också|även|nu|redan)\s)*$")


# "beslutat att förelägga sjukhuset att åtgärda de brister som uppstod när systemet infördes i
# november", "beslutade att förbundet ska betala lönen under 2018": a date in a clause inside the
# decision's object dates what it is about.
_INSIDE_OBJECT = re.compile(r"\batt\s.*\b(?:som|när|då|där|ska|skall)\s")


# "Regionstyrelsen ställde sig bakom pausen den 3 december": the pause decided on is the object, the
# date the backing's
# ("Regiondirektören fattade beslut om att pausa införandet den 20 november": the pause decided that day)
# ("godkände planen för omstarten den 20 maj", "hade sagt ja till starten den 27 januari": the approval's day)
_BACKED_EVENT = re.compile(
    r"(?:ställde\ssig\sbakom|stod\sbakom|godkände)\s(?:pausen|återgången)\s"
    # ("fattade beslutet att pausa införandet den 20 november": the same with the definite noun)
    r"|(?:beslutade|(?:fattade|tog)\sbeslut(?:et)?(?:\som)?)\s(?:att\s)?pausa\s(?:införandet|användningen)\s"
    r"|(?:godkände|godkänt|sa(?:de|gt)?\sja\still)\s(?:planen\sför\s|nästa\s(?:steg|fas|etapp)\si\s)?(?:omstarten|starten)\s"
    # ("sade ja till nästa steg i införandet den 27 januari": the step's approval on that day)
    r"|(?:godkände|godkänt|sa(?:de|gt)?\sja\still)\snästa\s(?:steg|fas|etapp)\si\sinförandet\s"
)
_RELATIVE_AFTER = re.compile(r",\s+som\s")
_DURING_BEFORE = re.compile(r"\bunder\s+(?:\S+\s+och\s+)?$")
_SINCE_BEFORE = re.compile(r"\bsedan\s$")


def _clause_timexes(ctx: PageContext, start: int, sentence: str, left: int, right: int, verb: int) -> list[Any]:
    found = []
    for timex in ctx.timexes_in(start + left, start + right):
        local = timex.start - start
        if timex.type not in ("DATE", "TIME") or timex.mod in ("BEFORE", "AFTER"):
            continue
        backed = (object_event := _BACKED_EVENT.match(sentence, verb)) is not None and object_event.end() == local
        # ("fastställde tidplanen för införandet den 17 maj förra året": a day told as past is the decision's)
        told_past = _TOLD_PAST.search(ctx.text, timex.start, timex.end) is not None and timex.end <= start + len(sentence)
        # ("en enkät om olyckorna 2018 och 2019": the years the accidents are from)
        if not backed and (
            years_of_thing(sentence, local)
            or _EVENT_NOUN_BEFORE.search(sentence[:local]) and not told_past and not _PLAN_FOR.search(sentence, verb, local)
            or (local > verb and _INSIDE_OBJECT.search(sentence, verb, local))
        ):
            continue
        if local > verb and re.search(r"\batt\s", sentence[verb:local]) and _DURING_BEFORE.search(sentence, 0, local):
            continue  # "beslutat att ta in extra personal under mars och april": when it is to be done
        if local > verb and re.search(r"\batt\s", sentence[verb:local]) and BETWEEN.match(sentence, local):
            continue  # "gav styrelsen i uppdrag att samla in berättelser mellan april och augusti": when the task runs
        if local > verb and (_RELATIVE_AFTER.search(sentence, verb, local) or "," in sentence[verb:local]) and _SINCE_BEFORE.search(sentence, 0, local):
            # "har utsett Marcus Öhrn, som sedan 2016 är teknisk chef", "utsåg Simon Åkerlund, ljudtekniker och
            # medlem sedan 2011, till": the appointee's past
            continue
        if ctx.after_published(timex):
            continue
        found.append(timex)
    return found


def _last_point(timex: Any) -> Any:
    """The end of a range ("2018 fram till den 20 november 2024") as its own date."""
    if getattr(timex, "range_end", None):
        return replace(timex, value=timex.range_end, begin=timex.range_end, end_date=timex.range_end)
    return timex


def within(inner: FactDate | None, outer: FactDate | None) -> bool:
    if inner is None or outer is None or outer.from_published or inner.from_published:
        return False
    if not (inner.begin and inner.end and outer.begin and outer.end):
        return False
    return outer.begin <= inner.begin and inner.end <= outer.end
