"""Quotes: one row per Swedish construction of a dash quote and its attribution."""

from __future__ import annotations

import re

import pytest

from fvmdocs.extract.facts import PersonMention
from fvmdocs.extract.quotes import find_quotes

NAMES = ("Ida Lund", "Per Ek", "Ann-Sofi Lodin")


def _mentions(text: str) -> list[PersonMention]:
    found = [
        PersonMention(m.group(), m.start(), m.end(), name) for name in NAMES for m in re.finditer(re.escape(name), text)
    ]
    return sorted(found, key=lambda m: m.start)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # attribution after the quote, in the middle, and a quote that goes on
        ("– Vi startar i höst, säger Ida Lund.", [("Ida Lund", "Vi startar i höst")]),
        # "hälso- och": the "och" of a hyphenated pair does not end the attribution
        ("– Vi har stor respekt för personalen, säger hälso- och sjukvårdsdirektören i regionen.",
         [("hälso- och sjukvårdsdirektören i regionen", "Vi har stor respekt för personalen")]),
        ("– Bra, säger Ida Lund. – Nu kör vi.", [("Ida Lund", "Bra. Nu kör vi")]),
        ("– Vi är klara. Nu väntar vi, säger Per Ek och fortsätter: – Sedan kör vi.", [("Per Ek", "Vi är klara. Nu väntar vi. Sedan kör vi")]),
        ("– Vi väntar, säger Per Ek.\n\n– Det tar tid.", [("Per Ek", "Vi väntar"), ("Per Ek", "Det tar tid.")]),
        ("– Vi väntar, konstaterar Per Ek.", [("Per Ek", "Vi väntar")]),
        ("– Vi väntar, berättade Per Ek för tidningen.", [("Per Ek", "Vi väntar")]),
        # attribution before the quote
        ("Ann-Sofi Lodin säger: – Tidplanen håller.", [("Ann-Sofi Lodin", "Tidplanen håller.")]),
        ("Så här säger Ann-Sofi Lodin:\n\n– Tidplanen håller.", [("Ann-Sofi Lodin", "Tidplanen håller.")]),
        ("Ann-Sofi Lodin är tydlig:\n\n– Tidplanen håller.", [("Ann-Sofi Lodin", "Tidplanen håller.")]),
        ("Om tidplanen berättar Per Ek.\n\n– Den håller.", [("Per Ek", "Den håller.")]),
        ("Per Ek förklarar att tidplanen har ändrats.\n\n– Den håller.", [("Per Ek", "Den håller.")]),
        ("Regionens ledning betonar att pausen är tillfällig.\n\n– Vi kommer tillbaka.", [("regionens ledning", "Vi kommer tillbaka.")]),
        ("Så här säger regiondirektören:\n\n– Vi kommer tillbaka.", [("regiondirektören", "Vi kommer tillbaka.")]),
        ("Ida Lund leder arbetet. Hon understryker vikten av utbildning.\n\n– Alla ska kunna systemet.", [("Ida Lund", "Alla ska kunna systemet.")]),
        # pronoun speakers: the person named before the quote, not one named inside it
        ("Ida Lund var där.\n\n– Vi väntar, säger hon.", [("Ida Lund", "Vi väntar")]),
        ("Per Ek leder arbetet.\n\n– Jag har talat med Ida Lund, säger han.", [("Per Ek", "Jag har talat med Ida Lund")]),
        ("Per Ek leder arbetet.\n\n– Vi väntar, säger han till Sjuhäradsposten.", [("Per Ek", "Vi väntar")]),
        # the pronoun agrees with the first name: "han" is not the woman named last
        ("Per Ek utsågs av Ida Lund.\n\n– Vi väntar, säger han.", [("Per Ek", "Vi väntar")]),
        ("Ida Lund anställde Per Ek.\n\n– Vi väntar, säger hon.", [("Ida Lund", "Vi väntar")]),
        # unnamed speakers as written, without the trailing circumstance
        ("– Vi pausar, säger regiondirektören.", [("regiondirektören", "Vi pausar")]),
        ("– Vi svarar i tid, säger regionstyrelsens ordförande i en kommentar.", [("regionstyrelsens ordförande", "Vi svarar i tid")]),
        ("– Vi är redo, säger sjukhusdirektören på Södra Älvsborgs sjukhus.", [("sjukhusdirektören på Södra Älvsborgs sjukhus", "Vi är redo")]),
        # after "säger" a capital is a name's, kept as written
        ("– Vi är redo, säger Närhälsans primärvårdsdirektör.", [("Närhälsans primärvårdsdirektör", "Vi är redo")]),
        # a name in apposition after the speaker's title
        ("– Det är tungt, säger sjukhusets projektledare, överläkaren Ida Lund.", [("Ida Lund", "Det är tungt")]),
        # where the words were said is no part of the speaker; a place of work is
        ("– Vi kräver svar, skriver nätverkets styrgrupp i brevet.", [("nätverkets styrgrupp", "Vi kräver svar")]),
        ("– Vi väntar, säger förbundets ordförande i uttalandet.", [("förbundets ordförande", "Vi väntar")]),
        ("– Vi väntar, säger ordföranden i föreningen.", [("ordföranden i föreningen", "Vi väntar")]),
        ("– Vi väntar, sa bolagets produktchef på ett möte i våras.", [("bolagets produktchef", "Vi väntar")]),
        # an abbreviation's point does not end the attribution
        ("– Vi väntar, säger överläkaren på St. Görans sjukhus.", [("överläkaren på St. Görans sjukhus", "Vi väntar")]),
        # not quotes: quotation marks and indirect speech
        ("”Det här håller inte”, säger Ida Lund.", []),
        ("”Systemet är inte färdigt” enligt Ida Lund.", []),
        ("Ida Lund säger att systemet inte är färdigt.", []),
        ("Enligt Per Ek är systemet inte färdigt.", []),
    ],
)
def test_find_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_quotes(text, _mentions(text))
    assert [(q.speaker, q.text) for q in found] == expected
