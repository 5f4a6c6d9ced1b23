"""Filling in what the text leaves out: the year of "den 17 maj", "i höst", ...

News pages are anchored on their published date. An expression without a
year is read as follows (the rules are documented here once, used everywhere):

* a day, month, season, quarter or week without a year ("den 17 maj", "i
  augusti", "vecka 12", "under hösten") takes the year that puts it nearest
  the anchor, among the anchor year and its two neighbours; the verb closest
  to the expression in its sentence may overrule that: past tense ("beslutade",
  "tog", "har genomförts") picks the latest occurrence that began on or before
  the anchor, future ("ska", "kommer att", "planeras") the earliest that has
  not ended; a present-tense verb that announces ("tillträder", "fattar", "lämnar") and
  "nästa" count as future, the verb is looked for in the clause only (up to ", och",
  ", men", ";"), and not past a subordinate clause that opens after the expression ("i
  december, när systemet har varit i drift"); "skulle" and "(in)planerade" (plans reported,
  often cancelled) and a month something is moved from or to ("skjuts upp till december")
  leave the nearest year; a present passive ("halveras under vecka 46") reads as future when
  it is the verb right before the expression or no other verb says anything. A deadline on a day ("senast den 30 november") takes the earliest
  year that has not ended, or ended at most DEADLINE_GRACE_DAYS before the anchor. Halves, quarters and tertials without tense cues take the anchor
  year: reports name the periods of the current year. A weekday in the text ("måndag 3 mars") picks a year where that
  date is that weekday. Ties go to the anchor year.
* "i höst", "i vinter", "höstens": the season in progress, or one that ended
  at most a month before the anchor, else the next one ("höstens" in a past sentence: the
  latest one if it ended nearer than the next begins, "sju av dem under sommarens turneringar" in
  November);
  "i höstas": the latest season that ended before the anchor;
  "till hösten", "kommande höst": the season in progress or the next;
  "nästa höst": the season of the next calendar year ("nästa vår" in September is the coming
  spring, "nästa höst" in June the autumn a year on); "förra hösten": one year before the "i
  höst" reading.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from fvmdocs.extract.timex_calendar import (
    SEASON_LOOKBACK_DAYS,
    Point,
    distance,
    point_interval,
)
from fvmdocs.extract.timex_lexicon import MOVE_VERB, SUPINE, UNTIL, word_set

# "kommande" says a time is to come only right before it ("kommande höst"), not before another noun.
_COMING_TIME = re.compile(r"\bkommande\s+$", re.IGNORECASE)
_FUTURE_WORDS = word_set(
    """ska skall kommer planeras planerar beräknas väntas förväntas avser blir inför
    startar börjar införs inleds sker öppnar påbörjas genomförs fortsätter
    nästa kommande
    tillträder lämnar avgör fattar gör får tar presenterar redovisar presenteras redovisas räknar
    äger hålls arrangeras anordnas går skjuts följer byter flyttar ansluter övergår"""
)
# Present-tense verbs above: a news page that dates a present-tense event without a
# year ("tillträder den 1 juni", "i maj fattar styrgruppen beslut") is announcing it.
# "senast den 1 juli" is a deadline, ahead; "senast i mars" may be "most recently", so only
# a deadline on a day or a week ("senast vecka 40") counts.
_DEADLINE = re.compile(r"(?:senast|tidigast)\s+(?:den\s+|vecka\s+)?\d", re.IGNORECASE)
# "från (och med) den 1 januari", "fram till den 24 december": the start or end of something
# that applies, read like a deadline when it is a day; "fram till slutet av februari" only
# when no verb says otherwise.
_FROM = r"från\s+och\s+med|fr\.\s?o\.\s?m\.?|från"
_AHEAD_DAY = re.compile(rf"(?:{_FROM}|{UNTIL})\s+(?:den\s+)?\d", re.IGNORECASE)
_AHEAD_BEFORE = re.compile(rf"(?:{_FROM}|{UNTIL})\s+(?:den\s+|i\s+)?$", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(rf"(?:{UNTIL})\s+(?:den\s+|i\s+)?$", re.IGNORECASE)
_PERIOD_BEFORE = re.compile(r"\bperiod(?:en)?\s+(?:från\s+|mellan\s+)?$", re.IGNORECASE)
_TILL_BEFORE = re.compile(r"(?<![\w-])till\s+$", re.IGNORECASE)
# "skjuts upp till december", "har fått skjuta ledigheten till december": where something was
# moved to; the verb's tense dates the move, not the month, so the nearest year is taken.
_MOVED_TO = re.compile(r"(?<![\w-])(?<!fram\s)(?<!och\s)till\s+$", re.IGNORECASE)
_MOVED_FROM = re.compile(rf"{MOVE_VERB}[^.;:]{{0,40}}\bfrån\s+(?:den\s+)?$", re.IGNORECASE)
# Words that open a subordinate clause: its verb says nothing of a time before it ("i mitten
# av december, när systemet har varit i drift").
_SUBORDINATORS = frozenset(["när", "som", "där", "eftersom", "innan", "medan"])
# "sedan i januari", "sedan oktober": a time that has begun.
# "har skrivit till programmet en gång tidigare, i februari": a time told as earlier
_EARLIER_THEN = re.compile(r"\btidigare,?\s+(?:i|under)\s+$", re.IGNORECASE)
_SINCE = re.compile(r"\bsedan\s+(?:i\s+|den\s+)?$", re.IGNORECASE)
_SINCE_EVENT = re.compile(r"\bsedan\s[a-zåäö]+(?:en|et)(?:\s(?:av|med|i|på)\s[\w-]+)?\s(?:i\s)?$", re.IGNORECASE)
_PAST_WORDS = word_set(
    """tog fick var blev gick kom sa sade gav hade beslöt godkände skrev drog höll valde övade
    kunde ville gjorde tagit fått varit blivit gjort gått kommit beslutat fattat godkänt
    genomfört infört startat inlett påbörjat antog antagit beslutade sköts försköts hölls sågs
    biföll avslog sköt beslöt utsåg bestämt bestämde steg sjönk föll bjöd drev bad fann låg satt
    slog vann försvann
    flög sprang åkte rodde
    skar beskar bar drack fällde röjde klippte grävde lyfte"""
)  # sports: "I helgen flög tre av klubbens elever sina första soloflygningar"; work: "I helgen beskar medlemmarna lindarna"
# Weak past forms in -de/-dde and strong pasts the -ade rule misses; compounds match by
# ending ("fastställde", "inledde", "genomförde", "erkände").
_PAST_ENDINGS = (
    "ställde", "följde", "gällde", "valde", "sålde", "kände", "hände", "sände", "vände",
    "hörde", "körde", "lärde", "gjorde", "förde", "ledde", "skedde", "nådde", "trodde",
    "betydde", "byggde", "lade", "stod", "bröt", "lät", "skrev", "drog", "gick", "fick",
    "räckte", "tänkte", "köpte", "växte", "sökte", "märkte", "verkade", "ökade", "minskade",
    "bytte", "mötte", "flyttade",  # "Skaraborgs Sjukhus bytte system den 11 april": past, though the day is nearer ahead
    "gavs", "togs", "drogs", "skrevs", "sågs", "hölls", "fanns", "slogs", "fölls", "lades", "ströks",
)  # fmt: skip
# Planned-but-cancelled and counterfactual forms ("skulle ha börjat i januari", "var
# inplanerade i februari") say nothing about past or future: the nearest year decides.
# A sentence that tells a plan: its present-tense verbs are what is scheduled.
_PLAN_SENTENCE = re.compile(r"\s*Enligt\s(?:den\s|en\s|regionens\s|programmets\s)?(?:nya\s)?(?:tid)?plan(?:en)?\b")
_REPORTING = word_set("återkomma redovisa rapportera återrapportera presentera lämna")
# Verbs and nouns that govern an "att" clause about what is still to come.
_INTENT_WORDS = word_set("räknar planerar avser hoppas vill siktar tänker förväntas beräknas")
# A decision governs what is to be done: "beslutade också att ta upp frågan på kongressen i oktober".
_PROMISED = word_set("lovat utlovat lovats utlovats löfte löftet")
_DECIDED_WORDS = word_set("beslutade beslutat beslöt bestämde bestämt")
_NEUTRAL_WORDS = word_set("skulle borde inplanerade inplanerad planerade planerad tänkt tänkta")
_WORD = re.compile(r"\w+(?:-\w+)*")
# A clause ends at a sentence mark, a semicolon, or a comma before a new main clause.
_CLAUSE_MARKS = (".", "!", "?", "\n", ";", ", och ", ", men ")
_CUE_WINDOW = 10
DEADLINE_GRACE_DAYS = 92
EVENT_PAST_BIAS_DAYS = 120
# A date that belongs to a definite event noun inside a prepositional phrase.
_NOUN_TIME = re.compile(
    r"\b(?:efter|före|inför|sedan|kring|om|av|vid)\s(?:pausen|starten|stoppet|beslutet|återgången|driftstarten)\s(?:i\s)?$",
    re.IGNORECASE,
)  # tokens either side; further away a verb belongs to another clause


# A date that belongs to a plural noun governed by "för" ("för besök i oktober", "avgifter för
# besök före den 1 december"): the time of the things counted, so the nearest year.
_OF_THE_NOUN = re.compile(
    r"\bför\s(?:besök|vård|vårdtillfällen|behandlingar|operationer|ärenden|avgifter|fakturor|intyg|provsvar)\s"
    r"(?:(?:i|under|före|efter)\s+(?:den\s+)?)?$",
    re.IGNORECASE,
)
# What was agreed or decided on, named by its noun ("godkände den 9 april ett avtal med oss om ett
# test under hösten"): the thing's time, not the verb's, so the nearest year.
_ABOUT_THE_THING = re.compile(r"\bom\s(?:ett|en)\s[a-zåäö][\w-]*\s(?:under|i)\s$", re.IGNORECASE)
# A date that belongs to a meeting noun before it, whatever the clause's verb says.
_MEETING_TIME = re.compile(
    r"\b(?:möte|mötet|sammanträde|sammanträdet|träff|träffen|informationsmöte|seminarium|konferens)"
    r"(?:\s(?:med|för|i|hos)\s[\w-]+(?:\s[\w-]+)?)?\s(?:den\s|i\s|på\s)?$",
    re.IGNORECASE,
)
# A date right after a decision named by its noun and its maker: the decision is taken.
_DECISION_TIME = re.compile(
    r"(?<!fatta\s)(?<!ta\s)(?<!fattar\s)(?<!tar\s)\bbeslut(?:et)?\s(?:från|av|i)\s[\w-]+(?:\s[\w-]+)?\s$", re.IGNORECASE
)  # not "kunna fatta beslut i ärendet i början av sommaren": a decision still to come


def _word_tense(word: str) -> str | None:
    lower = word.lower()
    if lower in _NEUTRAL_WORDS:
        return "neutral"
    if lower in _FUTURE_WORDS:
        return "future"
    if lower in _PAST_WORDS or word[:1].islower() and lower.endswith(_PAST_ENDINGS):
        return "past"  # endings only on common words: "Västkom" is no verb
    if word[:1].islower() and len(lower) >= 6 and lower.endswith("as") and not lower.endswith(("ades", "höstas", "våras", "somras", "vintras")):
        return "scheduled"  # a present passive: "halveras under vecka 46", when nothing else says
    if word[:1].islower() and lower.endswith(("ätts", "görs", "körs", "förs", "hålls", "ställs", "uts", "yts")) or lower in ("tas", "ges", "ses"):
        # "ersätts från augusti", "görs under hösten", "ansluts när …", "tas i bruk i april": present passives
        return "scheduled"
    if (
        len(lower) >= 6
        and lower.endswith(("ade", "ades", "ats", "ts", "des", "tes"))
        and not lower.endswith(("ande", "ende", "ets"))  # genitives: "programmets", "avtalets"
    ):
        return "past"
    return None


def told_in_past(text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] has a verb in the past tense."""
    left = max(text.rfind(mark, 0, start) for mark in (". ", "\n")) + 1
    stops = [pos for pos in (text.find(mark, end) for mark in (". ", "\n")) if pos != -1]
    words = _WORD.findall(text, left, min(stops, default=len(text)))
    return any(_word_tense(word) == "past" for word in words)


def _preceding_word_start(text: str, start: int) -> int:
    match = re.search(r"\w+\s+$", text[max(0, start - 20) : start])
    return max(0, start - 20) + match.start() if match else start


def sentence_tense(text: str, start: int, end: int) -> str | None:
    """ "past", "future" or None from the verb nearest to text[start:end] in its sentence."""
    left = max(text.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1
    stops = [pos for pos in (text.find(mark, end) for mark in _CLAUSE_MARKS) if pos != -1]
    right = min(stops, default=len(text))
    if _DEADLINE.match(text, start) or _DEADLINE.match(text, _preceding_word_start(text, start)):
        return "deadline"
    if _scheduled_line(text, start, end):
        return "future"
    if _AHEAD_DAY.match(text, start) or (
        _AHEAD_BEFORE.search(text, max(0, start - 20), start) and re.match(r"(?:den\s+)?\d", text[start:end])
    ):
        return "deadline"
    earliest = re.match(r"tidigast\s", text[start:end], re.IGNORECASE) or re.search(
        r"\btidigast\s+$", text[max(0, start - 10) : start], re.IGNORECASE
    )
    if earliest and not _simple_past(_WORD.findall(text, left, start)[::-1][:6]):
        return "future"  # "kan ske tidigast under hösten": the earliest is still to come
    if _TILL_BEFORE.search(text, max(0, start - 8), start) and re.match(r"den\s+\d", text[start:end]):
        return "deadline"  # "har till den 31 mars på sig att redovisa": a day something is due by
    if _MOVED_TO.search(text, max(0, start - 8), start) or _MOVED_FROM.search(text, max(0, start - 60), start):
        return None
    if _SINCE.search(text, max(0, start - 12), start) or _EARLIER_THEN.search(text, max(0, start - 16), start):
        return "past"
    if _SINCE_EVENT.search(text, max(0, start - 60), start):
        return "past"  # "registreras sedan omstarten av Millennium i oktober": the event that began it
    if _PERIOD_BEFORE.search(text, max(0, start - 12), start):
        return None  # "dokumentationen från perioden 9–22 november": the nearest
    if _NOUN_TIME.search(text, max(0, start - 40), start):
        return "event"  # "efter pausen i november": the date of a named event, not of the verb
    if _OF_THE_NOUN.search(text, max(0, start - 40), start) or _ABOUT_THE_THING.search(text, max(0, start - 40), start):
        return None  # "fakturor för besök i oktober skickas i april": the visits' month, not the verb's
    if _MEETING_TIME.search(text, max(0, start - 50), start):
        return None  # "ett nytt möte med regiondirektören den 9 december": the meeting's own date
    if _DECISION_TIME.search(text, max(0, start - 60), start) and not any(
        _word_tense(word) == "future" for word in _WORD.findall(text, left, start)
    ) and any(_word_tense(word) for word in _WORD.findall(text, left, right)):
        # not "väntas meddela sitt beslut i tillsynsärendet i slutet av april": still to come; nor a heading
        # without a verb ("Beslut i fullmäktige i juni"), which says neither
        return "past"  # "enligt beslutet från regionstyrelsen den 12 februari ska ...": taken
    for word in _WORD.findall(text, start, end)[:1]:
        if (tense := _word_tense(word)) and tense != "scheduled":
            return None if tense == "neutral" else tense
    before = [w for w in _verbs_of(_WORD.findall(text, left, start)) if _may_be_verb(w)][::-1]
    if "att" in before:
        # "gav X i uppdrag att återkomma med en plan i mars": the date is the infinitive's
        cut = before.index("att")
        if cut <= 3 and cut + 1 < len(before) and before[cut + 1].lower() == "för":
            return "future"  # "för att vara redo i april": a purpose lies ahead
        governor = [w.lower() for w in before[cut + 1 : cut + 3]]
        commission = any(w in ("uppdrag", "uppdraget") for w in governor) and any(
            w.lower() in _REPORTING for w in before[:cut]
        )  # "i uppdrag att återkomma med en bedömning i augusti": a report due
        when = re.search(r"\b(?:i|under|till|senast)\s+$", text[max(0, start - 8) : start]) is not None
        told_past = _simple_past(before[:cut])  # "… vad som gick fel vid starten i november"
        # not "hade då redan beslutat att ta in personal under mars": a plan already under way
        decided = any(w in _DECIDED_WORDS for w in governor) and when and not any(
            w.lower() in ("hade", "redan") for w in before[cut + 1 : cut + 4]
        )
        promised = any(w in _PROMISED for w in governor)  # "har lovat att svara vecka 13": ahead
        if not told_past and (any(w in _INTENT_WORDS for w in governor) or commission and when or decided or promised):
            # "räknar med att flytta under våren", "i uppdrag att återkomma i augusti"; not "i
            # uppdrag att sammanställa kostnaderna för november", which is about a month gone
            return "future"
        before = before[:cut]
    if before and _PLAN_SENTENCE.match(text, left) and re.fullmatch(r"[a-zåäö]{3,}(?:er|ar)", before[0]):
        return "future"  # "Enligt den tidplan som styrelsen fastställde i november följer Fyrbodal den 14 november"
    before = before[:_CUE_WINDOW]
    after = _main_clause([w for w in _verbs_of(_WORD.findall(text, end, right)) if _may_be_verb(w)])[:_CUE_WINDOW]
    if any(w.lower() == "skulle" for w in before[:5]) or "skulle" in before and "ha" in before[: before.index("skulle")]:
        # "skulle förstudien ha varit klar till sommaren", "skulle enligt den tidigare tidplanen ha gått över i april"
        return None  # "som skulle ha fattats i december": a plan that was, the nearest year
    if any(w.lower() in _PROMISED for w in before[:3]):
        return "future"  # "svaret har utlovats i maj": what is promised lies ahead
    if _future_perfect(before):
        return "future"  # "ska ha gått utbildningen före den 15 september": done by a day ahead
    if _perfect(before, after):
        return "past"
    scheduled = scheduled_before = False
    # "som gavs", "som har kommit in": a relative clause's verb
    relative = {w for pair in re.findall(r"\bsom\s+([a-zåäö]+)(?:\s+([a-zåäö]+))?", text[left:start]) for w in pair[: 2 if pair[0] in _AUXILIARY else 1]}
    # "har bett om svar före sommaren", "har glesat ut tidböckerna för november": a perfect tells
    # the asking, not the time asked for
    ahead_word = re.search(r"\b(?:för|före|inför|till|senast)\s+$", text[max(0, start - 8) : start], re.IGNORECASE) or re.match(
        r"(?:före|inför|till|senast)\b", text[start:end], re.IGNORECASE
    )
    for index in range(_CUE_WINDOW):
        for words in (before, after):
            if words is before and scheduled_before and _perfect_at(before, index) and before[index].lower() in relative:
                continue  # "De krav som har kommit in … tas upp av styrgruppen vecka 45": a relative clause's perfect
            if words is before and _perfect_at(before, index) and not ahead_word:
                if any(w.lower() in _PROMISED for w in before[max(0, index - 2) : index]):
                    return "future"  # "har lovat polisen ett skriftligt svar i mitten av april": promised, ahead
                return "past"  # "har begärt ut kopior av journalerna från dagarna i november"
            if index < len(words) and (tense := _word_tense(words[index])):
                if words[index].lower() == "kommande" and not _COMING_TIME.search(text, max(0, start - 12), start):
                    continue  # "tidplanen för de kommande införandena den 27 januari": the coming things, not the date
                if words is before and tense == "past" and _after_infinite_copula(before, index):
                    continue  # "ska vara avslutade senast vecka 40": a participle; "ska" tells the time
                if words is before and tense == "past" and any(w.lower() in _PROMISED for w in before[max(0, index - 3) : index]):
                    return "future"  # "har fått löfte om ett svar från programmet vecka 25": promised, ahead
                if tense == "scheduled":
                    if words is before and index == 0:
                        return "future"  # the verb right before: "halveras under vecka 46–48"
                    scheduled = True
                    scheduled_before = scheduled_before or words is before
                    continue
                if words is before and tense == "past" and scheduled_before and words[index] in relative:
                    # "Vaccinationer som gavs i november förs över senast vecka 51": the present
                    # passive nearer the date is the main clause's, the past one further back a relative
                    continue
                return None if tense == "neutral" else tense
    if scheduled:
        return "future"
    if _UNTIL_BEFORE.search(text, max(0, start - 20), start):
        return "deadline"  # "kan ansöka om anstånd fram till slutet av februari": ahead
    if left > 0 and text.startswith((", och ", ", men "), left - 1) and not any(w.lower() in _FINITE for w in before):
        # "Superanvändarna utbildas under vecka 35–38, och resten av personalen under oktober",
        # "Skaraborg går över i april, men Fyrbodal först den 14 november": the verb left out of the
        # second clause is the first clause's; not "…, och svar är utlovat vecka 25", which has its own
        return sentence_tense(text, left - 1, left - 1)
    return None


# A line of a schedule under its heading: "Tidplan\n\nTest i testmiljön: vecka 36".
_SCHEDULE_HEADING = re.compile(r"(?:^|\n)(?:[Pp]reliminär\s)?[Tt]ids?plan(?:en)?\n")
_SCHEDULE_ITEM = re.compile(r"[^.!?:\n]{1,60}:\s")


def _scheduled_line(text: str, start: int, end: int) -> bool:
    """Whether the expression closes a verbless "Label: …" line of a list headed "Tidplan": a plan."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if not _SCHEDULE_ITEM.match(text, line_start) or text[end:line_end].strip():
        return False
    heading = next(reversed(list(_SCHEDULE_HEADING.finditer(text, max(0, line_start - 300), line_start))), None)
    # every line between the heading and this one is an item of the list too
    return heading is not None and all(
        _SCHEDULE_ITEM.match(line) for line in text[heading.end() : line_start].split("\n") if line.strip()
    )


# Words that are never the verb: "fastställde i maj ska ..." reads "fastställde", not "ska".
_PREPOSITIONS = frozenset(["i", "under", "från", "till", "sedan", "på", "vid", "kring", "om", "efter", "före", "inför", "senast", "tidigast", "redan", "den",
                           # particles: "som kom in före den 1 augusti" reads "kom"
                           "in", "ut", "upp", "fram", "bort", "av", "med", "över", "ner", "tillbaka",
                           "fast",  # "som regionstyrelsen lade fast den 17 maj" reads "lade"
                           # "ställde sig bakom den 20 maj" reads "ställde"
                           "bakom", "sig", "emot"])
_DETERMINERS = frozenset(["den", "det", "de", "en", "ett", "sin", "sitt", "sina", "dess", "deras", "vår", "vårt", "våra", "nya"])
# A participle right after a preposition is attributive: "en rutin för skyddade anteckningar".
_BEFORE_ATTRIBUTE = frozenset(["för", "till", "med", "av", "på", "om", "mot", "utan", "inom", "från", "kring", "åt", "vid"])


# A supine after "har"/"hade" ("har under hösten sett", "hade redan gjort"): a perfect, past.
_NOT_SUPINE = frozenset(["mycket", "helt", "inget", "något", "eget", "allt", "litet", "gott", "rätt", "nytt", "kort", "fort", "snabbt", "tydligt", "bara", "just"])
_AUXILIARY = frozenset(["har", "hade"])
_WHEN_DONE = frozenset(["när", "innan", "förrän", "tills", "sedan"])


def _done_by_then(before: list[str], aux: int) -> bool:
    """ "när avtalsspärren har löpt ut den 15 oktober": a perfect in a "när" clause is done by
    then, not done already (``aux``: where "har"/"hade" is in ``before``)."""
    return any(w.lower() in _WHEN_DONE for w in before[aux + 1 : aux + 3])


def _perfect_at(before: list[str], index: int) -> bool:
    """Whether ``before[index]`` is "har"/"hade" with a supine right after it in the text
    (``before`` runs from the expression outwards)."""
    if index >= len(before) or before[index].lower() not in _AUXILIARY:
        return False
    if _done_by_then(before, index):
        return False
    return any(SUPINE.fullmatch(w) is not None and w not in _NOT_SUPINE for w in before[max(0, index - 2) : index])


def _simple_past(words: list[str]) -> bool:
    """Whether ``words`` (nearest first) hold a finite past ("gick"), not a participle after a
    copula ("vara fullt bemannade") nor a supine after "har" ("hur det har gått")."""
    for index, word in enumerate(words):
        previous = words[index + 1].lower() if index + 1 < len(words) else ""
        # a passive supine ("som skrivits under sommaren") is no finite verb
        if _word_tense(word) == "past" and previous not in _NOT_FINITE_BEFORE and not word.lower().endswith(("its", "ats", "tts")):
            return True
    return False


# Finite verbs that tell no tense of their own but show a clause has its own verb.
_FINITE = frozenset(["är", "var", "har", "hade", "blir", "blev", "ska", "skall", "kan", "kunde", "får", "fick", "måste"])
# A copula that is no finite verb: the participle after it takes the time of the verb before it.
_INFINITE_COPULAS = frozenset(["vara", "bli", "varit", "blivit"])
_NOT_FINITE_BEFORE = _INFINITE_COPULAS | {"har", "hade", "är", "var", "blir", "fullt", "helt", "väl"}


def _after_infinite_copula(before: list[str], index: int) -> bool:
    """Whether ``before[index]`` is a participle after "vara"/"bli" ("ska vara avslutade"),
    whose tense is the verb's before the copula (``before`` runs outwards)."""
    return index + 1 < len(before) and before[index + 1].lower() in _INFINITE_COPULAS


def _may_be_verb(word: str) -> bool:
    """Prepositions and names ("Södra Älvsborgs sjukhus") are not verbs and do not use up the
    window; a capitalised word still counts when it is a tense word ("Startar i höst")."""
    if word.lower() in _PREPOSITIONS:
        return False
    return not word[:1].isupper() or _word_tense(word) is not None


def _main_clause(after: list[str]) -> list[str]:
    """The words after an expression up to a subordinate clause that opens after it."""
    cut = next((index for index, word in enumerate(after) if word.lower() in _SUBORDINATORS), len(after))
    return after[:cut]


_MODALS = frozenset(["ska", "skall", "måste", "bör", "behöver"])


def _future_perfect(before: list[str]) -> bool:
    """ "ska ha gått", "måste ha lämnat": a modal, "ha" and a supine (``before`` runs outwards)."""
    # "ska ha fått sina plattor senast vecka 38", "ska ha gått en kurs i säker bänkpressteknik före"
    lowered = [w.lower() for w in before[:8]]
    return any(
        SUPINE.fullmatch(before[i]) is not None and lowered[i + 1] == "ha" and lowered[i + 2] in _MODALS
        for i in range(len(lowered) - 2)
    )


def _perfect(before: list[str], after: list[str]) -> bool:
    """Whether the verb nearest the expression is a perfect: "har" or "hade" with a supine,
    on either side of it or around it; ``before`` and ``after`` run outwards from it."""

    def supine(word: str) -> bool:
        return SUPINE.fullmatch(word) is not None and word not in _NOT_SUPINE

    aux = next((i for i, w in enumerate(before[:3]) if w.lower() in _AUXILIARY), None)
    if aux is not None and _done_by_then(before, aux):
        return False
    if before and before[0].lower() in _AUXILIARY and any(supine(w) for w in after[:2]):
        return True
    for words in (before, after):
        if words and words[0].lower() in _AUXILIARY and any(supine(w) for w in words[1:3]):
            return True
        if words and supine(words[0]) and any(w.lower() in _AUXILIARY for w in words[1:3]):
            return True
    return False


# A noun's definite genitive ("regionens samlade årsredovisning", "sjukhusets"), also the
# determiner of a participle.
_GENITIVE = re.compile(r"[\wåäöÅÄÖ]{3,}(?:ens|ets|nas)|[\wåäöÅÄÖ]+:s")


# Words before a verb that are no noun it could follow as a participle ("som", the pronouns, adverbs).
_NOT_NOUNS = frozenset(["som", "han", "hon", "den", "det", "de", "vi", "jag", "ni", "man", "också", "även", "redan", "sedan", "då", "nu", "inte", "att"])


def _verbs_of(words: list[str]) -> list[str]:
    """The words, with attributive participles ("det reviderade avtalet", "regionens samlade
    årsredovisning", "en rutin för skyddade anteckningar") blanked: not verbs; but
    "Det beslutade ledningsgruppen" opens with its subject, and "beslutade" is its verb."""
    return [
        ""
        if index
        and (
            words[index - 1].lower() in _DETERMINERS
            # "för skyddade anteckningar", not "som centralen är en del av, fattade i september"
            or words[index - 1].lower() in _BEFORE_ATTRIBUTE
            and index + 1 < len(words)
            and words[index + 1].lower() not in _PREPOSITIONS | _DETERMINERS
            or _GENITIVE.fullmatch(words[index - 1]) is not None
            # "inlägg utprovade av en ortopedtekniker": a participle after its noun, its agent after it
            or index + 1 < len(words)
            and words[index + 1].lower() == "av"
            and re.fullmatch(r"[a-zåäö]{3,}", words[index - 1]) is not None
            and words[index - 1].lower() not in _NOT_NOUNS
        )
        and word.lower().endswith(("ade", "ad", "ead"))
        and not (words[index - 1] == "Det" and word.lower() in _PAST_WORDS)
        else word
        for index, word in enumerate(words)
    ]


def _options(point: Point, anchor: date) -> list[tuple[Point, tuple[date, date]]]:
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        candidate = replace(point, year=year)
        interval = point_interval(candidate)
        if interval is not None:
            options.append((candidate, interval))
    if point.weekday is not None and point.grain == "day":
        matching = [opt for opt in options if opt[1][0].isoweekday() == point.weekday]
        options = matching or options
    return options


def resolve_year(point: Point, anchor: date, tense: str | None = None) -> Point:
    """The point with its missing year taken from the anchor (rules in the module doc)."""
    options = _options(point, anchor)
    if not options:
        return point
    if tense == "past":
        began = [opt for opt in options if opt[1][0] <= anchor]
        if began:
            return max(began, key=lambda opt: opt[1][0])[0]
    if tense == "future":
        open_ = [opt for opt in options if opt[1][1] >= anchor]
        if open_:
            return min(open_, key=lambda opt: opt[1][0])[0]
    if tense == "event":
        # a named event ("pausen", "starten") is more often told after it happened: the nearest
        # year, with the past counted EVENT_PAST_BIAS_DAYS nearer
        def biased(opt: tuple[Point, tuple[date, date]]) -> int:
            return distance(opt[1], anchor) - (EVENT_PAST_BIAS_DAYS if opt[1][0] <= anchor else 0)

        return min(options, key=biased)[0]
    if tense == "deadline":
        # a deadline ahead, or one that passed lately and is reported as passed
        due = [opt for opt in options if opt[1][1] >= anchor - timedelta(days=DEADLINE_GRACE_DAYS)]
        if due:
            return min(due, key=lambda opt: opt[1][0])[0]
    if point.part and point.part[0] in "HQT":
        # "andra halvåret", "första kvartalet": reporting periods of the current year.
        return replace(point, year=anchor.year)
    best = min(options, key=lambda opt: (distance(opt[1], anchor), opt[0].year != anchor.year))
    return best[0]


def _season_years(part: str, anchor: date) -> list[tuple[int, tuple[date, date]]]:
    years = []
    for year in range(anchor.year - 2, anchor.year + 2):
        interval = point_interval(Point("part", year, part=part))
        if interval is not None:
            years.append((year, interval))
    return years


def season_year(part: str, anchor: date, reading: str) -> int:
    """The year of a season named without one; ``reading`` as in the module doc."""
    years = _season_years(part, anchor)
    lookback = timedelta(days=SEASON_LOOKBACK_DAYS)
    if reading == "last":
        # "fem av dem i höstas" at the end of November: the autumn now ending, two months of it gone;
        # in September or October the one a year before
        late = next((year for year, (begin, end) in years if begin <= anchor <= end and (anchor - begin).days >= 60), None)
        return late if late is not None else max(year for year, (_, end) in years if end < anchor)
    if reading == "upcoming":
        return min(year for year, (_, end) in years if end >= anchor)
    if reading == "next" and part != "WI":
        return anchor.year + 1  # "nästa vår" in September, "nästa höst" in June or in November: next year's
    current = next(
        (year for year, (begin, end) in years if begin <= anchor <= end + lookback),
        None,
    )
    if current is None and reading == "told":
        # told in the past: the latest one, unless the next one is nearer ("höstens designarbete" in June)
        last = max(((year, end) for year, (_, end) in years if end < anchor), key=lambda pair: pair[1])
        coming = min(((year, begin) for year, (begin, _) in years if begin > anchor), key=lambda pair: pair[1])
        if anchor - last[1] < coming[1] - anchor:
            return last[0]
    if current is None:
        current = min(year for year, (begin, _) in years if begin > anchor)
    return current + {"next": 1, "previous": -1}.get(reading, 0)
