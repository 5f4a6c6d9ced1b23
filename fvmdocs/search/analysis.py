"""Text analysis for the Swedish index: tokens, lower case, stop words, Snowball stems."""

from __future__ import annotations

from whoosh.analysis import Analyzer, LanguageAnalyzer


def swedish_analyzer() -> Analyzer:
    """The analyzer used for titles and bodies (query terms go through the same one)."""
    return LanguageAnalyzer("sv")
