"""Organisations: canonical names and aliases from ``fvmdocs/data/organisations.toml``.

The lexicon is data the user can extend with a file of the same shape. Mentions are
resolved to canonical names: "VGR:s", "Västra Götalandsregionen" and, on a page that names
VGR, "regionen" all become "Västra Götalandsregionen".
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from fvmdocs.errors import ConfigError

DEFAULT_ORGANISATIONS = Path(__file__).resolve().parent.parent / "data" / "organisations.toml"
# Lower-case kind words of a place that end an organisation's name after its capitalised words: "Sportfiskeklubben
# Göta älv", "Båtklubben Nordre älv".
PLACE_KINDS = r"älv|sjö|fjord|kanal"
BODY_WORDS = ("styrelse", "nämnd", "fullmäktige", "utskott", "ledning", "rätt", "styrgrupp")


@dataclass(frozen=True)
class Organisation:
    """One organisation: canonical name, spellings, and what kind of body it is."""

    name: str
    aliases: tuple[str, ...] = ()
    context_aliases: tuple[str, ...] = ()
    kind: str = "organisation"
    successor: str | None = None


@dataclass(frozen=True)
class OrgMatch:
    """An organisation named in a text: span, words and canonical name."""

    start: int
    end: int
    text: str
    name: str
    contextual: bool


def _genitive(form: str) -> str:
    if form.isupper():
        return f"{form}:s"
    return form if form.endswith(("s", "x", "z")) else f"{form}s"


def _spellings(form: str) -> set[str]:
    forms = {form, form[0].upper() + form[1:]}
    return forms | {_genitive(f) for f in forms}


class OrgLexicon:
    """Finds and resolves organisation names; built once from the data files."""

    def __init__(self, organisations: Iterable[Organisation]) -> None:
        self.organisations = {org.name: org for org in organisations}
        self._canonical: dict[str, tuple[str, bool]] = {}
        for org in self.organisations.values():
            for form in (org.name, *org.aliases):
                for spelling in _spellings(form):
                    self._canonical.setdefault(spelling, (org.name, False))
            for form in org.context_aliases:
                for spelling in _spellings(form):
                    self._canonical.setdefault(spelling, (org.name, True))
        alternatives = sorted(self._canonical, key=len, reverse=True)
        self._pattern = re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in alternatives) + r")(?![\w-])"
        )

    def find(self, text: str) -> list[OrgMatch]:
        """Every organisation named in ``text``, longest spelling first, left to right."""
        matches = []
        for match in self._pattern.finditer(text):
            name, contextual = self._canonical[match.group()]
            matches.append(OrgMatch(match.start(), match.end(), match.group(), name, contextual))
        return matches

    def resolve(self, text: str) -> str | None:
        """The canonical name for a spelling ("VGR:s" -> "Västra Götalandsregionen"), else None."""
        found = self._canonical.get(text.strip())
        return found[0] if found else None

    def canonical(self, text: str) -> str:
        """The canonical name, or the text itself tidied (genitive dropped) when unknown."""
        resolved = self.resolve(text)
        if resolved is not None:
            return resolved
        return re.sub(r":s$", "", text.strip())

    def kind(self, name: str) -> str:
        """The kind of a canonical organisation; unknown names ending like a body are bodies."""
        org = self.organisations.get(name)
        if org is not None:
            return org.kind
        return "body" if name.lower().rstrip("s").endswith(BODY_WORDS + tuple(w + "en" for w in BODY_WORDS)) else "organisation"

    def successor(self, name: str) -> str | None:
        """The organisation that took over from ``name`` (Cerner -> Oracle Health)."""
        org = self.organisations.get(name)
        return org.successor if org else None


def read_organisations(path: Path) -> list[Organisation]:
    """Parse an organisations TOML file; ConfigError names the file when it is wrong."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read organisations file {path}: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"organisations file {path} is not valid TOML: {exc}") from exc
    result = []
    for number, row in enumerate(data.get("organisation", []), start=1):
        if not isinstance(row, dict) or not isinstance(row.get("name"), str):
            raise ConfigError(f"{path}: organisation #{number} has no name")
        result.append(
            Organisation(
                name=row["name"],
                aliases=tuple(row.get("aliases", ())),
                context_aliases=tuple(row.get("context_aliases", ())),
                kind=str(row.get("kind", "organisation")),
                successor=row.get("successor"),
            )
        )
    return result


@functools.cache
def load_organisations(extra: Path | None = None) -> OrgLexicon:
    """The shipped lexicon, plus a user's file of the same shape when given (theirs wins)."""
    organisations = read_organisations(DEFAULT_ORGANISATIONS)
    if extra is not None:
        user = read_organisations(extra)
        names = {org.name for org in user}
        organisations = user + [org for org in organisations if org.name not in names]
    return OrgLexicon(organisations)
