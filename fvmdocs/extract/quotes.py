"""Quotes: "– text, säger X." paragraphs and ”text”, säger X / enligt X inside a paragraph.

A dialogue-dash paragraph is one quote however many sentences it has, with the attribution
at its end or in the middle ("– A, säger X. B."). The speaker is the person named in the
attribution, the person named just before for "säger han/hon", or else the attribution as
written ("regiondirektören").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from fvmdocs.extract.facts import PersonMention

SPEECH_VERBS = (
    "säger", "sa", "sade", "berättar", "förklarar", "menar", "konstaterar", "understryker",
    "betonar", "skriver", "tillägger", "fortsätter", "uppger", "påpekar", "framhåller",
    "poängterar", "svarar", "anser", "tycker", "hävdar", "sammanfattar", "avslutar",
)  # fmt: skip
_VERBS = "|".join(SPEECH_VERBS)
_DASHES = ("–", "—", "-")
_ATTRIBUTION = re.compile(rf"[,!?]\s(?:{_VERBS})\s(?P<who>[^.!?]+?)(?=[.!?](?:\s|$)|$)")
_MARKED = re.compile(
    rf"[”\"«»](?P<text>[^”\"«»]{{8,}}?)[,.!?]?[”\"«»],?\s(?:(?:{_VERBS})\s|enligt\s)(?P<who>[^.!?,]+)"
)
_PRONOUNS = ("han", "hon", "hen")


@dataclass(frozen=True)
class QuoteMatch:
    """A quote found in the text: span of the quoted words and the attribution's speaker."""

    text: str
    start: int
    end: int
    speaker: str | None


def speaker_of(who: str, offset: int, mentions: Sequence[PersonMention]) -> str | None:
    """Resolve the words after "säger": a named person, a pronoun, or the phrase as written."""
    who = who.strip()
    for mention in mentions:
        if offset <= mention.start < offset + len(who) + 1:
            return mention.person
    if who.lower() in _PRONOUNS:
        earlier = [m for m in mentions if m.end <= offset]
        return earlier[-1].person if earlier else None
    if not who or who[0].isupper() and " " not in who:
        return who or None
    return who.split(",")[0].strip()


def dash_quotes(text: str, mentions: Sequence[PersonMention]) -> list[QuoteMatch]:
    """Quotes in paragraphs that open with a dialogue dash."""
    found: list[QuoteMatch] = []
    offset = 0
    for block in text.split("\n\n"):
        stripped = block.lstrip()
        lead = len(block) - len(stripped)
        if stripped[:1] in _DASHES and stripped[1:2] == " ":
            start = offset + lead + 2
            body = block[lead + 2 :]
            attribution = _ATTRIBUTION.search(body)
            speaker = None
            quote_text = body.strip()
            if attribution is not None:
                who_at = start + attribution.start("who")
                speaker = speaker_of(attribution.group("who"), who_at, mentions)
                after = body[attribution.end() :].lstrip(".!? ")
                quote_text = (body[: attribution.start()] + ". " + after).strip(" .") if after else body[: attribution.start()]
            found.append(QuoteMatch(quote_text.strip(), start, offset + len(block), speaker))
        offset += len(block) + 2
    return found


def marked_quotes(text: str, mentions: Sequence[PersonMention]) -> list[QuoteMatch]:
    """Quotes in quotation marks followed by "säger X" or "enligt X"."""
    found = []
    for match in _MARKED.finditer(text):
        speaker = speaker_of(match.group("who"), match.start("who"), mentions)
        found.append(QuoteMatch(match.group("text").strip(), match.start("text"), match.end(), speaker))
    return found


def find_quotes(text: str, mentions: Sequence[PersonMention]) -> list[QuoteMatch]:
    """Every quote in a document text, in order.

    >>> [q.speaker for q in find_quotes("– Vi är klara, säger regiondirektören.", [])]
    ['regiondirektören']
    """
    quotes = dash_quotes(text, mentions)
    taken = [(q.start, q.end) for q in quotes]
    for quote in marked_quotes(text, mentions):
        if not any(s <= quote.start < e for s, e in taken):
            quotes.append(quote)
    return sorted(quotes, key=lambda q: q.start)
