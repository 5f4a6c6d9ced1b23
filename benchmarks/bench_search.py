"""Search speed: build a 20,000-document index of generated Swedish news pages, then query it.

Reports, for the Whoosh index fvmdocs ships and for tantivy (the Rust engine's Python
package) on the same documents and queries: index build documents/s, warm query latency
p50/p95 over 200 queries, and for Whoosh also with facet counts, "cold" (index reopened
before each query, so no decoded postings are reused), and the wall time of a fresh ``fvmdocs search``
process (median of 5). The text is drawn from a fixed vocabulary with a fixed seed, so runs
are comparable. ``BENCH_SEARCH_DOCS`` sets another corpus size; ``BENCH_SEARCH_KEEP=DIR``
keeps the Whoosh index in ``DIR`` and reuses it on the next run (build rate then not
measured), and ``BENCH_SEARCH_ONLY=whoosh`` skips tantivy.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from fvmdocs.models import Block
from fvmdocs.search import SearchIndex
from fvmdocs.store import StoredDocument

N_DOCS = int(os.environ.get("BENCH_SEARCH_DOCS", "20000"))
KEEP = os.environ.get("BENCH_SEARCH_KEEP")
ONLY = os.environ.get("BENCH_SEARCH_ONLY", "")
N_QUERIES = 200
FRESH_RUNS = 5
SEED = 20240611

SUBJECTS = (
    "Regionen", "Västra Götalandsregionen", "Regionstyrelsen", "Programmet", "Leverantören",
    "Cerner", "Oracle Health", "Sjukhusledningen", "Styrgruppen", "Primärvården",
    "Folktandvården", "Kommunerna", "Personalen", "Vårdpersonalen", "Förvaltningen",
)
VERBS = (
    "beslutar om", "pausar", "skjuter upp", "genomför", "utvärderar", "förbereder",
    "granskar", "startar", "kritiserar", "presenterar", "godkänner", "följer upp",
)
OBJECTS = (
    "införandet", "den nya vårdinformationsmiljön", "journalsystemet", "tidplanen",
    "läkemedelslistan", "avtalet", "utbildningsinsatsen", "driftstarten", "testmiljön",
    "arbetsmiljön", "patientsäkerheten", "kostnadsökningen", "beslutsunderlaget",
    "informationssäkerheten", "operationsplaneringen", "vårdplatserna", "väntetiderna",
    "journalanteckningarna", "systemstödet", "integrationerna", "behörigheterna",
)
PLACES = (
    "i södra Älvsborg", "på Sahlgrenska", "i Skaraborg", "i Fyrbodal", "på Östra sjukhuset",
    "på NU-sjukvården", "i Göteborg", "i Borås", "på akutmottagningen", "på vårdcentralerna",
)
WHEN = (
    "hösten 2024", "våren 2025", "i november", "efter sommaren", "under 2026", "i helgen",
    "nästa vecka", "den 9 november", "i maj", "före årsskiftet",
)
PEOPLE = (
    "Juha Häyhänen", "Märta Öhrn", "Göran Ström", "Åsa Lindqvist", "Karl Berg",
    "Lena Åkesson", "Per Sjöberg", "Eva Nyström",
)
EXTRAS = (
    "Patientsäkerheten går först.", "Arbetet fortsätter enligt plan.",
    "Det återstår mycket arbete.", "Förseningen beror på integrationerna.",
    "Medarbetarna har fått utbildning.", "Beslutet fattades enhälligt.",
)
QUERY_WORDS = (
    "införandet", "journalsystem", "miljö", "informationsmiljö", "tidplan", "läkemedel",
    "Cerner", "paus", "driftstart", "utbildning", "patientsäkerhet", "Hayhanen", "Ohrn",
    "kostnad", "testmiljö", "akutmottagning", "väntetider", "avtal", "Skaraborg", "styrgrupp",
)


HEADS = ("planen", "systemet", "miljön", "gruppen", "rapporten", "listan", "frågan", "arbetet")
FIRSTS = (
    "vård", "journal", "läkemedels", "drift", "test", "patient", "utbildnings", "personal",
    "budget", "integrations", "förvaltnings", "kvalitets", "säkerhets", "projekt", "region",
)


def _object(rng: random.Random) -> str:
    """A fixed phrase, or a compound made up from parts, so terms vary in frequency."""
    if rng.random() < 0.5:
        return rng.choice(OBJECTS)
    return f"{rng.choice(('den nya', 'den gamla', 'hela', 'den'))} {rng.choice(FIRSTS)}{rng.choice(HEADS)}"


def _sentence(rng: random.Random) -> str:
    sentence = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {_object(rng)} {rng.choice(PLACES)} {rng.choice(WHEN)}."
    if rng.random() < 0.3:
        sentence += f' "{rng.choice(EXTRAS)}", säger {rng.choice(PEOPLE)}.'
    return sentence


def generate_documents(n: int, seed: int = SEED) -> list[StoredDocument]:
    """``n`` news-like Swedish pages, 8-20 sentences each, dated 2019-2026."""
    rng = random.Random(seed)
    docs = []
    for number in range(n):
        text = " ".join(_sentence(rng) for _ in range(rng.randint(8, 20)))
        title = _sentence(rng).rstrip(".")
        published = f"{rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        url = f"https://www.vgregion.se/nyheter/generated-{number}/"
        docs.append(
            StoredDocument(
                id=f"g{number:06d}", url=url, title=title, published=published, updated=None,
                language="sv", canonical_url=url, site="vgregion", source=url, text=text,
                blocks=(Block("paragraph", text),), version=1, version_id=1,
                first_seen="", last_seen="",
            )
        )
    return docs


def generate_queries(n: int = N_QUERIES, seed: int = SEED) -> list[str]:
    """One- and two-word queries from the vocabulary."""
    rng = random.Random(seed + 1)
    return [
        " ".join(rng.sample(QUERY_WORDS, rng.choice((1, 1, 2)))) for _ in range(n)
    ]


def _latencies(search: Callable[[str], object], queries: list[str]) -> tuple[float, float]:
    """(p50, p95) in milliseconds, after one warm-up pass over a tenth of the queries."""
    for query in queries[: len(queries) // 10]:
        search(query)
    times = []
    for query in queries:
        started = time.perf_counter()
        search(query)
        times.append((time.perf_counter() - started) * 1000)
    cuts = statistics.quantiles(times, n=100)
    return cuts[49], cuts[94]


def bench_whoosh(docs: list[StoredDocument], queries: list[str], home: Path) -> dict[str, float]:
    index = SearchIndex(home / "index")
    build = float("nan")
    if not (KEEP and index.exists() and index.count() == len(docs)):
        started = time.perf_counter()
        index.rebuild(docs)
        build = time.perf_counter() - started
    p50, p95 = _latencies(lambda q: index.search(q, limit=10, with_facets=False), queries)
    f50, f95 = _latencies(lambda q: index.search(q, limit=10), queries[:50])

    def cold(query: str) -> object:
        index.close()  # reopen: no decoded postings kept from earlier queries
        return index.search(query, limit=10, with_facets=False)

    c50, c95 = _latencies(cold, queries[:50])
    fresh = []
    for query in queries[:FRESH_RUNS]:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "fvmdocs.cli", "--home", str(home), "search", query],
            check=True, capture_output=True,
        )
        fresh.append(time.perf_counter() - started)
    return {
        "docs/s": len(docs) / build, "p50 ms": p50, "p95 ms": p95,
        "p50 ms (facets)": f50, "p95 ms (facets)": f95, "p50 ms (cold)": c50, "p95 ms (cold)": c95,
        "fresh s": statistics.median(fresh),
    }


def bench_tantivy(docs: list[StoredDocument], queries: list[str], folder: Path) -> dict[str, float]:
    import tantivy

    analyzer = (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.stemmer("swedish"))
        .build()
    )
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_text_field("title", stored=True, tokenizer_name="sv")
    builder.add_text_field("body", stored=True, tokenizer_name="sv")
    index = tantivy.Index(builder.build(), path=str(folder))
    index.register_tokenizer("sv", analyzer)
    started = time.perf_counter()
    writer = index.writer(heap_size=256_000_000, num_threads=1)
    for doc in docs:
        writer.add_document(tantivy.Document(id=doc.id, title=doc.title, body=doc.text))
    writer.commit()
    writer.wait_merging_threads()
    build = time.perf_counter() - started
    index.reload()
    searcher = index.searcher()

    def search(query: str) -> object:
        parsed = index.parse_query(query, ["title", "body"])
        hits = searcher.search(parsed, 10).hits
        return [searcher.doc(address)["id"] for _, address in hits]

    p50, p95 = _latencies(search, queries)
    return {"docs/s": len(docs) / build, "p50 ms": p50, "p95 ms": p95}


def main() -> None:
    docs = generate_documents(N_DOCS)
    queries = generate_queries()
    with tempfile.TemporaryDirectory(prefix="fvmdocs-bench-") as tmp:
        home = Path(KEEP) if KEEP else Path(tmp) / "home"
        whoosh = bench_whoosh(docs, queries, home)
        print(f"   whoosh : {_format(whoosh)}", flush=True)
        if ONLY == "whoosh":
            return
        try:
            (Path(tmp) / "tantivy").mkdir()
            tantivy_figures = bench_tantivy(docs, queries, Path(tmp) / "tantivy")
            print(f"   tantivy: {_format(tantivy_figures)}", flush=True)
        except ImportError:
            print("   tantivy: not installed (pip install -e '.[bench]')")
    print(f"   ({len(docs)} documents, {len(queries)} queries; targets: p50 <= 10 ms, fresh <= 0.5 s)")


def _format(figures: dict[str, float]) -> str:
    return ", ".join(
        f"{name} {value:.0f}" if name == "docs/s" else f"{name} {value:.3g}" for name, value in figures.items()
    )


if __name__ == "__main__":
    main()
