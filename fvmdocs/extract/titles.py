"""Swedish role titles: the lexicon in ``fvmdocs/data/roles.toml`` and a title parser.

A title is optional modifiers and a head word: "regiondirektör", "medicinsk
informationsdirektör", "hälso- och sjukvårdsdirektör", or any compound ending in a title
suffix ("utvecklings|chef", "samordnings|ansvarig", "program|ägare").
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

DEFAULT_ROLES = Path(__file__).resolve().parent.parent / "data" / "roles.toml"
_WORD = re.compile(r"[\w.:-]+")


# Agent nouns that name no trade or post: a predecessor, a participant, a reader, a nationality.
_NOT_AGENT_TITLES = (
    "föregångare", "efterträdare", "deltagare", "invånare", "läsare", "besökare", "medarbetare", "avsändare",
    "mottagare", "vinnare", "förlorare", "tittare", "lyssnare", "väljare", "betalare", "användare", "pendlare",
    "åskådare", "passagerare", "ländare",
)  # fmt: skip


@dataclass(frozen=True)
class TitleLexicon:
    """Title words, multi-word titles, compound endings and modifiers, all lower case."""

    titles: frozenset[str]
    phrases: tuple[str, ...]
    suffixes: tuple[str, ...]
    modifiers: frozenset[str]
    not_titles: frozenset[str]
    body_genitives: tuple[str, ...] = ()

    def is_body_genitive(self, word: str) -> bool:
        """Whether ``word`` is a body in the genitive: "kommunstyrelsens", "socialnämndens"."""
        return word[:1].isalpha() and word.lower().endswith(self.body_genitives)

    def is_head(self, word: str) -> bool:
        """Whether ``word`` can end a title: "programägare", "IT-direktör", "regionrådet"."""
        return self.base_form(word) != word or self._is_base_head(word)

    def base_form(self, word: str) -> str:
        """The indefinite form of a title word: "programchefen" -> "programchef"."""
        if self._is_base_head(word):
            return word
        for ending in ("et", "en", "n", "t"):  # ("kassabiträdet": a title in -e, its definite in -t)
            stem = word[: -len(ending)]
            if word.lower().endswith(ending) and len(stem) >= 4 and self._is_base_head(stem):
                return stem
        if word.lower().endswith("er") and len(word) > 6 and self._is_base_head(word[:-2]):
            return word[:-2]  # "till förvaltningens representanter", "till revisorer": each one's title
        if re.fullmatch(r"[a-zåäö]{3,}aren", word) and not word[:-1].endswith(_NOT_AGENT_TITLES):
            # an agent noun of a trade or sport in its definite form: "fiskeskepparen X", "lackeraren X" (not a
            # comparative: "tidigare" has no definite form)
            return word[:-1]
        if word.lower().endswith("mannen") and self._is_base_head(word[:-3]):
            return word[:-3]  # "rådmannen" -> "rådman", "ombudsmannen" -> "ombudsman"
        if word.lower().endswith(("ansvariga", "ansvarige")) and self._is_base_head(word[:-1]):
            return word[:-1]  # "vår utbildningsansvariga Emma Nord": the title is "utbildningsansvarig"
        return word

    def singular(self, word: str) -> str | None:
        """The title of a definite plural, else None: "undersköterskorna" -> "undersköterska",
        "överläkarna" -> "överläkare"; only before the names it is shared by."""
        for ending, singular in (("orna", "a"), ("arna", "are"), ("erna", "")):
            stem = word[: -len(ending)] + singular
            if word.lower().endswith(ending) and len(stem) > 4 and self._is_base_head(stem):
                return stem
        return None

    def _is_base_head(self, word: str) -> bool:
        lower = word.lower()
        if lower in self.titles:
            return True
        if lower in self.not_titles or word.isupper() or not word[:1].isalpha():
            return False
        # Compounds only: the ending alone ("chef") is in titles when it is one; a prefix of two
        # letters is one ("elingenjör").
        return any(lower.endswith(s) and len(lower) > len(s) + 1 for s in self.suffixes)


@functools.cache
def load_titles(path: Path = DEFAULT_ROLES) -> TitleLexicon:
    """The title lexicon from a roles TOML file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))

    def words(key: str) -> list[str]:
        return [str(w).lower() for w in data.get(key, [])]

    return TitleLexicon(
        titles=frozenset(words("titles")),
        phrases=tuple(sorted(words("phrases"), key=len, reverse=True)),
        suffixes=tuple(words("suffixes")),
        modifiers=frozenset(words("modifiers")),
        not_titles=frozenset(words("not_titles")),
        body_genitives=tuple(words("body_genitives")),
    )


@dataclass(frozen=True)
class TitleMatch:
    """A title found at a position: its words and where it ends."""

    title: str
    start: int
    end: int


def match_title(text: str, pos: int, lexicon: TitleLexicon | None = None) -> TitleMatch | None:
    """The title that starts at ``pos`` in ``text``, if one does.

    >>> match_title("medicinsk informationsdirektör på SU", 0).title
    'medicinsk informationsdirektör'
    """
    lexicon = lexicon or load_titles()
    while pos < len(text) and text[pos] == " ":
        pos += 1
    cursor = pos
    for _ in range(5):
        lowered = text[cursor:].lower()
        for phrase in lexicon.phrases:
            if lowered.startswith(phrase) and not lowered[len(phrase) : len(phrase) + 1].isalpha():
                end = cursor + len(phrase)
                return TitleMatch(_tidy(text[pos:end], _opens_sentence(text, pos)), pos, end)
        word = _WORD.match(text, cursor)
        if word is None:
            return None
        token = word.group().rstrip(".:,")
        if not token:
            return None
        end = cursor + len(token)
        # "donationsansvarig läkare": an "-ansvarig" compound before a title is its modifier
        modifier = token.lower() in lexicon.modifiers or token.lower().endswith(("ansvarig", "ansvariga"))
        if lexicon.is_head(token) and not (modifier and _next_is_title(text, end, lexicon)):
            return TitleMatch(_tidy(text[pos:end], _opens_sentence(text, pos)), pos, end)
        pair = re.match(r"\s(?:och|eller)\s", text[end:]) if token.endswith("-") else None
        if pair:
            cursor = end + pair.end()  # "vård- och omsorgsdirektör": a prefix shared with the next word
            continue
        abbreviation = token.lower() + "." in lexicon.modifiers
        genitive = cursor == pos and lexicon.is_body_genitive(token)
        if not modifier and not abbreviation and not genitive:
            return None
        if text.startswith(".", end) and abbreviation and token.lower() + "." in lexicon.modifiers:
            end += 1  # an abbreviation keeps its full stop: "t.f. programchef", "Tf. IT-direktör"
        cursor = end
        while cursor < len(text) and text[cursor] == " ":
            cursor += 1
    return None


def _next_is_title(text: str, pos: int, lexicon: TitleLexicon) -> bool:
    word = _WORD.match(text, pos + 1) if pos < len(text) and text[pos] == " " else None
    return word is not None and lexicon.is_head(word.group().rstrip(".:,"))


def _opens_sentence(text: str, pos: int) -> bool:
    return re.search(r"(?:^|[.!?:–(]\s*|\n)\s*$", text[:pos]) is not None


def _tidy(title: str, sentence_start: bool = True) -> str:
    title = " ".join(title.split())
    # A title written first in a sentence keeps its meaning in lower case: "Regiondirektör";
    # capitalised inside a sentence it holds a name: "Sverigechef", "Europachef".
    if sentence_start and title[:1].isupper() and not title[:2].isupper():
        title = title[0].lower() + title[1:]
    return title
