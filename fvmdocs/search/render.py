"""Search results as HTML: a list of hits with ``<mark>``-highlighted snippets."""

from __future__ import annotations

import html

from fvmdocs.search.backend import SearchResults


def results_html(results: SearchResults) -> str:
    """An HTML fragment; snippets are already escaped, with ``<mark>`` around matches.

    >>> from fvmdocs.search.backend import SearchHit
    >>> hit = SearchHit("a1", "https://x/", "Paus", "2024-11-20", 1.0, "<mark>Paus</mark> &amp; mer")
    >>> "<mark>Paus</mark> &amp; mer" in results_html(SearchResults("paus", 1, [hit]))
    True
    """
    lines = [
        '<section class="fvmdocs-search">',
        f"<p>{results.total} documents match <q>{html.escape(results.query)}</q></p>",
    ]
    if results.suggestion:
        lines.append(f"<p>Did you mean <q>{html.escape(results.suggestion)}</q>?</p>")
    lines.append("<ol>")
    for hit in results.hits:
        lines.append(
            f'<li><a href="{html.escape(hit.url)}">{html.escape(hit.title)}</a> '
            f"<time>{html.escape(hit.published or '')}</time><p>{hit.snippet}</p></li>"
        )
    lines += ["</ol>", "</section>"]
    return "\n".join(lines)
