""" "i dag" as "nowadays": no date.

News uses "i dag" for the day of publication ("Avtalet undertecknades i dag") and, more often,
for the present state of things ("I dag ringer personalen in varje beställning", "Kommunen
använder i dag ett eget system"). The first is a date, the second is not. What tells them
apart is the verb: a past tense or a verb of something that happens on one day ("startar",
"redovisas", "beslutar") makes a date; a present tense of a state or a habit does not.
"""

from __future__ import annotations

import re

from fvmdocs.extract.timex_lexicon import SUPINE, word_set

_I = re.IGNORECASE

# After a copula ("är i dag utbildningschef") or in an apposition before a title
# ("Jenny Alm, i dag enhetschef för hemsjukvården, ...", "X, i dag biträdande sjukhusdirektör på SÄS,").
_COPULA_BEFORE = re.compile(r"(?<![\w-])(?:är|var)\s+$", _I)
_APPOSITION_TITLE = re.compile(r"\s+(?:[a-zåäö][\w-]*\s+)?[a-zåäö][\w-]*(?:\s+(?:för|på|i|vid|hos|inom)\s|,)")
# A comparison with how things are: "som i dag.", "mer än i dag", "mot fjorton i dag."
_COMPARISON = re.compile(r"(?:\b(?:som|än)|\bmot\s+[\w-]+)\s+$", _I)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
# Where "i dag" opens its clause and the finite verb follows it (V2): "I dag arbetar ...",
# "..., och i dag hämtar barnläkarna ...".
_CLAUSE_OPEN = re.compile(r"(?:^|[.!?:;,–]\s*|\n|\b(?:och|men|att|så)\s+)$", _I)
_WORD = re.compile(r"[\wåäöÅÄÖ-]+")
# Present tenses of what happens on one day: with these "i dag" is the day itself.
_EVENT_PRESENTS = word_set(
    """startar startas inleder inleds går öppnar öppnas stänger stängs invigs inviger beslutar
    beslutas fattar fattas tar tas meddelar meddelas presenterar presenteras redovisar redovisas
    lämnar lämnas publicerar publiceras undertecknar undertecknas tecknar tecknas
    släpper släpps träffas möts sammanträder behandlar behandlas klubbar klubbas utser utses
    godkänner godkänns antar antas fastställer fastställs pausar pausas stoppar stoppas återupptar
    återupptas införs kommer väntas får ska kallar kallas lanserar lanseras avgör avgörs besöker
    rapporterar rapporteras överlämnar överlämnas offentliggör offentliggörs diskuterar diskuteras
    debatterar debatteras informerar informeras samlas demonstrerar demonstreras"""
)
# "I dag är det ett år sedan", "I dag är sista dagen": a copula that names the day itself.
_DAY_IS = re.compile(r"\s+är\s+(?:det\s+)?(?:\S+\s+){0,3}?(?:sedan|dags|dagen|årsdagen)\b", _I)


# Words that end like a present tense but are none: "skrevs under i dag", "redan i dag".
_NOT_PRESENTS = word_set("under över efter sedan senare tidigare redan bara mer fler andra eller våra deras hennes")


def _present(word: str) -> bool:
    """A present tense, active ("arbetar", "har") or passive ("används", "körs")."""
    lower = word.lower()
    if lower in ("är", "kan", "vet", "ser", "har", "gör", "finns", "måste", "brukar", "står", "når", "bor", "tror", "bär"):
        return True
    if lower in _NOT_PRESENTS:
        return False
    if word[:1].islower() and len(lower) >= 4 and lower.endswith("s") and not lower.endswith(("ss", "us", "is", "os", "es")):
        return True  # a present passive: "används", "körs", "skrivs"
    return word[:1].islower() and len(lower) >= 4 and lower.endswith(("ar", "er", "ir", "yr"))


def _state_verb(word: str) -> bool:
    return _present(word) and word.lower() not in _EVENT_PRESENTS


def nowadays(match: re.Match[str]) -> bool:
    """Whether the "i dag" of ``match`` means "nowadays" rather than the day of publication."""
    text = match.string
    before = text[max(0, match.start() - 40) : match.start()]
    if _COPULA_BEFORE.search(before):
        return True
    if re.search(r"\bsom\s$", before) and re.match(r"\s+(?:är|var)\s", text[match.end() :]):
        return True  # "Karin Ek, som i dag är driftchef på VGR IT"
    if before.rstrip(" ").endswith(",") and _APPOSITION_TITLE.match(text, match.end()) is not None:
        return True
    if _COMPARISON.search(before) and _CLAUSE_END.match(text, match.end()):
        return True
    after = _WORD.findall(text, match.end(), match.end() + 30)
    if _CLAUSE_OPEN.search(before) or re.search(r"\bsom\s$", before):
        # the verb follows: "I dag arbetar ...", "som i dag används ..."
        if after and after[0].lower() == "är":
            return _DAY_IS.match(text, match.end()) is None
        if after and after[0].lower() == "för":
            return True  # "I dag för barnmorskorna anteckningar i ett eget system": "föra", a habit
        if re.match(r"\s+går\s+det\s+(?:inte\s+)?(?:[a-zåäö]+\s+)?att\s", text[match.end() :], _I):
            return True  # "men i dag går det inte att ta fram siffrorna": what can be done as things are
        if len(after) > 1 and after[0].lower() in ("kommer", "får") and re.fullmatch(r"[a-zåäö]{4,}(?:rna|na)", after[1]):
            # "I dag kommer remisserna på papper", "I dag får kvinnorna ett pappersrecept": what a
            # whole group gets, as a habit
            return True
        if (
            len(after) > 2
            and after[0].lower() == "får"
            and re.fullmatch(r"[a-zåäö]{3,}(?:a|er|ar|or)", after[1])
            and not after[1].endswith(("na", "era"))
            and after[2].lower() in ("olika", "samma", "inga", "inget", "ingen")
        ):
            return True  # "I dag får gravida olika råd": what a group gets, told of in the bare plural, as things are
        if (
            len(after) > 2 and after[0].lower() in ("får", "måste") and after[1].lower() in ("vi", "man", "de", "jag", "ni")
            and re.fullmatch(r"[a-zåäö]{3,}a", after[2]) and after[2].lower() not in ("veta", "höra", "träffa", "fira")
        ):
            return True  # "I dag får vi leta i flera olika journaler": what one has to do, as things are
        return bool(after) and _state_verb(after[0])
    previous = _WORD.findall(before)
    while previous and previous[-1].lower() in _STATE_ADVERBS and len(previous) > 1:
        previous = previous[:-1]  # "finns inte i dag", "används fortfarande i dag": the verb before the adverb
    if " ".join(previous[-2:]).lower() in _STATE_PHRASES or " ".join(previous[-3:]).lower() in _STATE_PHRASES:
        return True  # "beskriva hur flödet ser ut i dag", "Så ser det ut i dag": how things are now
    if previous and previous[-1].lower() in ("har", "hade") and after and SUPINE.fullmatch(after[0]):
        return False  # "Regeringen har i dag gett …": a perfect of what happened today
    if len(previous) >= 3 and previous[-3].lower() in ("har", "hade") and SUPINE.fullmatch(previous[-2]):
        return False  # "Vi har fått svar i dag": a perfect, its object before "i dag"
    # the verb comes before: "Millennium saknar i dag ...", "Ordinationerna görs i dag i ..."
    if re.search(r"\b[Dd]et\s+går\s+inte\s+$", before):
        return True  # "Det går inte i dag": it cannot be done as things are
    # (not "presenteras i dag för styrelsen", but "skrivs i dag för hand")
    recipient = bool(after) and after[0].lower() in ("för", "till") and not (len(after) > 1 and after[1].lower() == "hand")
    if bool(previous) and _state_verb(previous[-1]) and not recipient:
        return True
    # "måste mottagningen i dag beställa", "faxar anstaltens sjuksköterska i dag": the verb before
    # its noun subject (V2), a definite noun or a genitive and its noun
    if len(previous) >= 2 and _state_verb(previous[-2]) and _DEFINITE.fullmatch(previous[-1]) and previous[-1] not in _NOT_NOUNS:
        return True
    if len(previous) >= 3 and _state_verb(previous[-3]) and _GENITIVE.fullmatch(previous[-2]) and previous[-1][:1].islower():
        return True
    # "Där brister det i dag": the verb before its pronoun subject (V2)
    return (
        len(previous) >= 2
        and previous[-1].lower() in _PRONOUNS
        and _state_verb(previous[-2])
        and _CLAUSE_END.match(text, match.end()) is not None
    )


_STATE_ADVERBS = frozenset(["inte", "fortfarande", "alltid", "ofta", "oftast", "ännu", "redan"])
# A state verb with its particle: "hur kurvorna ser ut i dag", "finns kvar i dag", "Så ser det ut i dag".
_STATE_PHRASES = frozenset(["ser ut", "finns kvar", "ligger kvar", "står kvar", "ser det ut", "ser den ut"])
_DEFINITE = re.compile(r"[a-zåäö][a-zåäö-]+(?:en|et|na|an)")
# Words that end like a definite noun but are none: "Vi ser inget i dag som talar emot starten".
_NOT_NOUNS = frozenset(
    ["inget", "något", "eget", "mycket", "detta", "varken", "helt", "litet", "sedan", "igen", "ingen", "någon", "egen", "man", "han", "kan", "hon"]
)
_GENITIVE = re.compile(r"[a-zåäö][a-zåäö-]+(?:ens|ets|nas)")
_PRONOUNS = frozenset(["det", "den", "de", "vi", "man", "han", "hon", "jag", "ni"])
