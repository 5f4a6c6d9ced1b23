"""Extraction throughput in words/s over the sample corpus: pipeline + fact extraction.

The sample site (``examples/site``) is cleaned once, then parsed with ``nlp.pipe`` and run
through ``extract_facts`` a few rounds; the figure is words per second for the whole step.
"""

from __future__ import annotations

import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 3


def sample_texts() -> list[tuple[str, str | None]]:
    """Clean text and published date of every page of the sample site."""
    from fvmdocs.clean import clean_page
    from fvmdocs.models import RawPage
    from fvmdocs.profile import builtin_profiles, profile_for

    texts = []
    for page in sorted((ROOT / "examples" / "site").rglob("*.html")):
        url = "https://www.vgregion.se/" + str(page.relative_to(ROOT / "examples" / "site"))
        document = clean_page(RawPage(url=url, body=page.read_bytes(), source=str(page)),
                              profile_for(url, builtin_profiles()))
        texts.append((document.text, document.published))
    return texts


def main() -> None:
    from fvmdocs.extract.document import extract_facts, parse_published
    from fvmdocs.nlp import load_pipeline

    nlp = load_pipeline()
    texts = sample_texts()
    words = sum(len(text.split()) for text, _ in texts)
    started = time.perf_counter()
    for _ in range(ROUNDS):
        docs = nlp.pipe((text for text, _ in texts), batch_size=16)
        for doc, (_, published) in zip(docs, texts, strict=True):
            extract_facts(doc, published=parse_published(published), doc_id="bench", version=1)
    seconds = time.perf_counter() - started
    print(f"extract: {len(texts)} pages, {words} words, {ROUNDS * words / seconds:,.0f} words/s")


if __name__ == "__main__":
    main()
