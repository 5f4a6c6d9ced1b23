"""Quotes: paragraphs that open with the dialogue dash "–", and who said them.

By the annotation guidelines a quote is a paragraph that starts with the dash; text in
quotation marks (”…”) and indirect speech ("X säger att …", "enligt X") are not quotes.
A dash paragraph is one quote however many sentences it has. Its speaker comes from, in turn:

- the attribution at its end or in the middle: "– A, säger X." / "– A, säger hon. – B.";
- an introduction in the same paragraph: "Ann-Sofi Lodin säger: – A";
- the dash paragraph just before, for a quote that goes on: "– A, säger X.\\n\\n– B.";
- the paragraph just before that introduces it: "Så här säger X:", "X är tydlig:",
  "… berättar X.", "Regionens ledning betonar att …".

A name is the person named; "han"/"hon" is the person named last before the quote; an unnamed
speaker is the phrase as written ("regiondirektören").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from fvmdocs.extract.facts import PersonMention
from fvmdocs.extract.people import antecedent

SPEECH_VERBS = (
    "säger", "sa", "sade", "berättar", "berättade", "förklarar", "förklarade", "menar", "menade",
    "konstaterar", "konstaterade", "understryker", "underströk", "betonar", "betonade", "skriver",
    "skrev", "tillägger", "tillade", "fortsätter", "fortsatte", "uppger", "uppgav", "påpekar",
    "påpekade", "framhåller", "framhöll", "poängterar", "poängterade", "svarar", "svarade", "anser",
    "tycker", "hävdar", "sammanfattar", "avslutar", "säjer", "medger", "medgav", "förtydligar",
    "beskriver", "beskrev", "varnar", "varnade", "resonerar", "summerar", "intygar", "lovar",
)  # fmt: skip
_VERBS = "|".join(SPEECH_VERBS)
_DASHES = ("–", "—", "-")
# (an abbreviation's point is no end: "på St. Olavs hospital", "dr. Ek")
_ATTRIBUTION = re.compile(
    rf"[,!?]\s(?:{_VERBS})\s(?P<who>(?:[^.!?:]|(?<=\b(?:St|Dr|dr))\.(?=\s[A-ZÅÄÖ]))+?)"
    r"(?=(?<!\bSt)(?<!\bDr)(?<!\bdr)[.!?:](?:\s|$)|$)"
)
# "Ann-Sofi Lodin säger: – Vi är klara." in one paragraph.
_INLINE_INTRO = re.compile(r"^(?P<intro>[^–—]+?):\s[–—-]\s")
_VERB_WORD = re.compile(rf"(?<![\w-])(?:{_VERBS})(?![\w-])")
# Where an attribution phrase stops: "regionstyrelsens ordförande i en kommentar", "förbundets
# ordförande i uttalandet", "skriver styrgruppen i brevet".
_WHO_END = re.compile(
    r"(?<!-)\s(?:och|i en|i ett|i samband|till|när|efter|inför|under|med|som|om|att)\s|[:;,–—(]|\s-\s"
    r"|\si\s(?:sitt\s|sin\s)?(?:brev|uttalande|skrivelse|pressmeddelande|svar|mejl|inlägg|yttrande|debattartikel"
    r"|kommentar|remissvar|nyhetsbrev|blogginlägg)(?:et|en|n|t)?\b"
    r"|\spå\s(?:ett|en|sitt|dagens|gårdagens)\s(?:[\w-]+\s)?(?:möte|seminarium|webbinarium|konferens|presskonferens|pressträff)\w*\b"
)
_PRONOUNS = ("han", "hon", "hen")
# Adverbials that open a sentence before an inverted verb: "Så här säger X:", "Det berättar X".
_NOT_SUBJECT = ("så", "så här", "det", "detta", "här", "nu", "då", "sedan", "därför", "det här")


@dataclass(frozen=True)
class QuoteMatch:
    """A quote found in the text: span of the quoted words and the attribution's speaker."""

    text: str
    start: int
    end: int
    speaker: str | None


def _named_before(offset: int, mentions: Sequence[PersonMention], pronoun: str) -> str | None:
    return antecedent([m for m in mentions if m.end <= offset], pronoun)


def _as_written(phrase: str, *, initial: bool = True) -> str | None:
    """An unnamed speaker as written, without a sentence-initial capital: "regionens ledning";
    after "säger" (not ``initial``) a capital is a name's: "Närhälsans primärvårdsdirektör"."""
    phrase = _WHO_END.split(phrase.strip(), maxsplit=1)[0].strip(" .")
    if not phrase:
        return None
    words = phrase.split()
    if len(words) == 1 and phrase[0].isupper():
        return phrase
    if initial and phrase[0].isupper() and not any(c.isupper() for c in phrase[1:]):
        return phrase[0].lower() + phrase[1:]
    return phrase


def speaker_of(who: str, offset: int, mentions: Sequence[PersonMention], quote_start: int | None = None) -> str | None:
    """Resolve the words after "säger": a named person, a pronoun, or the phrase as written.

    A pronoun takes the person named last before the quote (``quote_start``), not one named
    inside it.
    """
    stripped = who.strip()
    offset += len(who) - len(who.lstrip())
    cut = _WHO_END.search(stripped)
    reach = cut.start() if cut else len(stripped)
    for mention in mentions:
        if offset <= mention.start < offset + reach + 1:
            return mention.person
    if cut is not None and cut.group().strip() == ",":
        # "säger sjukhusets medicinska projektledare, överläkaren Jakob Ek": the name in apposition
        for mention in mentions:
            between = stripped[reach : mention.start - offset]
            if mention.start > offset + reach and re.fullmatch(r",\s(?:[a-zåäö][\w-]*\s)?", between):
                return mention.person
    first = stripped.split(" ")[0].lower() if stripped else ""
    if first in _PRONOUNS:
        return _named_before(offset if quote_start is None else quote_start, mentions, first)
    return _as_written(stripped, initial=False)


def intro_speaker(intro: str, offset: int, mentions: Sequence[PersonMention]) -> str | None:
    """The speaker a paragraph introduces: "Så här säger X:", "X är tydlig:", "… berättar X."."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", intro.strip()) if s]
    if not sentences:
        return None
    last = sentences[-1]
    base = offset + intro.rfind(last)
    inside = [m for m in mentions if base <= m.start < base + len(last)]
    verb = _VERB_WORD.search(last)
    if verb is not None:
        after = last[verb.end() :]
        after_start = base + verb.end()
        named_after = [m for m in inside if m.start >= after_start]
        if named_after and not after.lstrip().startswith(("att ", "om ")):
            head = _WHO_END.search(after.strip())
            if head is None or named_after[0].start - after_start <= head.start() + 2:
                return named_after[0].person
        named_before = [m for m in inside if m.end <= base + verb.start()]
        if named_before:
            return named_before[-1].person
        subject = last[: verb.start()].strip()
        if subject.lower() in _PRONOUNS:
            return _named_before(base, mentions, subject)
        if subject and subject.lower() not in _NOT_SUBJECT:
            return _as_written(subject)
        who = after.strip()
        if who.split(" ")[0].lower() in _PRONOUNS:
            return _named_before(base, mentions, who.split(" ")[0])
        if who and not who.startswith(("att ", "om ", ":")):
            return _as_written(who)
    if inside:
        return inside[0].person
    words = last.split(" ")
    if words and words[0].lower() in _PRONOUNS:
        return _named_before(base, mentions, words[0])
    if last.rstrip().endswith(":") and " är " in last:
        return _as_written(last.split(" är ")[0])
    para = [m for m in mentions if offset <= m.start < offset + len(intro)]
    return para[-1].person if para else None


def _introduces(block: str) -> bool:
    """Whether a non-quote paragraph leads into the quote after it."""
    text = block.rstrip()
    return text.endswith(":") or _VERB_WORD.search(text) is not None


def _attributed(body: str, start: int, mentions: Sequence[PersonMention], quote_start: int) -> tuple[str, str | None] | None:
    """The quote's words and speaker when the paragraph itself names who spoke."""
    attribution = _ATTRIBUTION.search(body)
    if attribution is None:
        return None
    who = attribution.group("who")
    speaker = speaker_of(who, start + attribution.start("who"), mentions, quote_start)
    after = body[attribution.end() :].lstrip(".!?: ")
    after = re.sub(r"^[–—-]\s", "", after)
    text = (body[: attribution.start()] + ". " + after).strip(" .") if after else body[: attribution.start()]
    return text, speaker


def dash_quotes(text: str, mentions: Sequence[PersonMention]) -> list[QuoteMatch]:
    """Quotes in paragraphs that open with a dialogue dash (or "X säger: – …")."""
    found: list[QuoteMatch] = []
    offset = 0
    previous: tuple[str, int, QuoteMatch | None] | None = None  # block, offset, its quote
    for block in text.split("\n\n"):
        stripped = block.lstrip()
        lead = len(block) - len(stripped)
        inline = None if stripped[:1] in _DASHES else _INLINE_INTRO.match(stripped)
        quote = None
        if (stripped[:1] in _DASHES and stripped[1:2] == " ") or (inline and _introduces(inline.group("intro") + ":")):
            skip = inline.end() if inline else 2
            start = offset + lead + skip
            body = block[lead + skip :]
            speaker = None
            quote_text = body.strip()
            attributed = _attributed(body, start, mentions, offset)
            if attributed is not None:
                quote_text, speaker = attributed
            elif inline is not None:
                speaker = intro_speaker(inline.group("intro"), offset + lead, mentions)
            elif previous is not None and previous[2] is not None:
                speaker = previous[2].speaker
            elif previous is not None:
                speaker = intro_speaker(previous[0], previous[1], mentions) if _introduces(previous[0]) else None
                if speaker is None:
                    para = [m for m in mentions if previous[1] <= m.start < previous[1] + len(previous[0])]
                    speaker = para[-1].person if para else None
            quote = QuoteMatch(quote_text.strip(), start, offset + len(block), speaker)
            found.append(quote)
        if block.strip():
            previous = (block, offset, quote)
        offset += len(block) + 2
    return found


def find_quotes(text: str, mentions: Sequence[PersonMention]) -> list[QuoteMatch]:
    """Every quote in a document text, in order.

    >>> [q.speaker for q in find_quotes("– Vi är klara, säger regiondirektören.", [])]
    ['regiondirektören']
    """
    return dash_quotes(text, mentions)
