"""One decision told several times: a headline, a lead and the body telling it again.

Two mentions of a body's decisions are one when they are about the same thing (content words in
common), when one tells the other's verb, when an undated mention precedes the dated one, when an
agentless mention falls within the day a body is said to have decided it, or when a sentence
only counts the decisions the page tells one by one ("fattade fyra beslut om …").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from fvmdocs.extract.decision_actors import BODY_NOUNS
from fvmdocs.extract.decision_dates import within
from fvmdocs.extract.facts import Decision
from fvmdocs.extract.timex_lexicon import MONTH_FULL_RE, WEEKDAY_RE

__all__ = ["absorb_undated", "common_words", "same_object", "shares_word", "tells_verb", "without_restatements", "without_summaries"]


_FUNCTION = frozenset(["beslut", "beslutet", "besluta", "beslutade", "också", "samtidigt", "därefter", "dessutom", "under", "efter", "inför", "enligt"])


def _object_words(what: str) -> set[str]:
    """Content words of a decision's phrase after its verb, cut to a stem of six letters."""
    words = re.findall(r"[a-zåäö][\w-]{4,}", what.lower())[1:]
    stems = {w[:6] for w in words if w not in _FUNCTION and not w.endswith(BODY_NOUNS)}
    return stems - _SETTING


# Stems of what nearly every decision on these pages names ("sjukhuset", "införandet",
# "Millennium"): sharing them does not make two decisions one.
# ("klubbens", "föreningens": the club's own decisions all name it)
_SETTING = frozenset(["sjukhu", "region", "kommun", "införa", "millen", "system", "arbete", "verksa", "klubbe", "föreni"])


def tells_verb(what: str, lemma: str) -> bool:
    """Whether a decision's phrase tells the other verb too: "beslutade att ställa sig bakom
    beslutet" and "ställde sig bakom beslutet" are one decision."""
    words = [w[:4] for w in what.lower().split()]
    return " " in lemma and all(w[:4] in words for w in lemma.split())


def common_words(first: str, second: str) -> set[str]:
    """The content stems two decision phrases share, names left out ("Oracle Health" is a party
    to many decisions, not what one is about)."""

    def stems(what: str) -> set[str]:
        return _object_words(" ".join(w for w in what.split() if not w[:1].isupper()))

    # a day named in both ("i lördags", "lördagen den 14 oktober") is when, not what
    return {w for w in stems(first) & stems(second) if not _CALENDAR_WORD.match(w)}


_CALENDAR_WORD = re.compile(f"{WEEKDAY_RE}|{MONTH_FULL_RE}")


_INFINITIVE = re.compile(r"\batt\s[a-zåäö]+a\b")


def shares_word(first: str, second: str) -> bool:
    """Whether two decision phrases share a whole content word ("avtalet" in both), not only a
    stem ("utbildningscenter", "utbildare"); an infinitive after "att" is no content word ("att begära en
    genomgång" and "att begära ut journaler" are two things asked)."""
    words = [
        {w for w in re.findall(r"[a-zåäö][\w-]{4,}", _INFINITIVE.sub(" ", what.lower()))[1:] if w not in _FUNCTION}
        for what in (first, second)
    ]
    return bool(words[0] & words[1])


def same_object(first: str, second: str) -> bool:
    """Whether two decision phrases are about the same thing ("planen" in both)."""
    return bool(_object_words(first) & _object_words(second))


_SUMMARY = re.compile(r"\b(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|flera)\s+beslut\b", re.IGNORECASE)


def without_summaries(decisions: list[Decision]) -> list[Decision]:
    """ "Styrelsen fattade fyra beslut om utbildning och bemanning" sums up decisions the page
    tells one by one: it is none of its own when the body has at least two others."""
    return [
        d
        for d in decisions
        if not _SUMMARY.search(d.what) or sum(o.by == d.by and not _SUMMARY.search(o.what) for o in decisions) < 2
    ]


def without_restatements(decisions: list[Decision]) -> list[Decision]:
    """An agentless mention ("Avtalet godkändes i maj") of a decision a body is said to have
    taken on a day within that time ("den 17 maj godkände regionstyrelsen") is the same one."""
    return [
        d
        for d in decisions
        if d.by is not None or not any(o.by is not None and within(o.date, d.date) for o in decisions)
    ]


def absorb_undated(
    decisions: list[Decision], lemmas: list[str], by: str | None, keep: Callable[[Decision], bool] | None = None
) -> None:
    """An earlier undated mention (a headline) of the decision now found with its date goes;
    "Kommunstyrelsen sa ja …" in a headline is the "kommunstyrelsen i Kungälv" of the lead.
    ``keep``: the earlier decisions that stay all the same."""
    for index in range(len(decisions) - 1, -1, -1):
        earlier = decisions[index]
        same = earlier.by == by or (earlier.by and by and by.lower().startswith(earlier.by.lower() + " i "))
        if same and (earlier.date is None or earlier.date.from_published) and not (keep is not None and keep(earlier)):
            del decisions[index]
            del lemmas[index]
