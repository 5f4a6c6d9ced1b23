"""The command line: each command parses arguments, calls one library function, formats.

Heavy imports (spaCy, Whoosh, the crawler) happen inside the commands that need them so that
``fvmdocs --help`` starts fast.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from fvmdocs import __version__
from fvmdocs.errors import FvmdocsError
from fvmdocs.settings import Settings, load_settings

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(func: F) -> F:
    """Turn fvmdocs' own errors into ``Error: ...`` and exit status 1; anything else is a bug."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except FvmdocsError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


def emit_json(data: Any) -> None:
    """Write one JSON document to stdout."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def settings_of(ctx: click.Context, **overrides: Any) -> Settings:
    """The run's settings, with a command's own flags on top."""
    base: Settings = ctx.obj
    if not overrides:
        return base
    from dataclasses import replace

    return replace(base, **{k: v for k, v in overrides.items() if v is not None})


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="fvmdocs")
@click.option(
    "--home",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="FVMDOCS_HOME",
    help="Folder holding corpus/ and index/ (default: the current folder).",
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="A TOML settings file (default: HOME/fvmdocs.toml when present).",
)
@click.option("-q", "--quiet", is_flag=True, default=None, help="No progress output on stderr.")
@click.pass_context
@reports_errors
def cli(ctx: click.Context, home: Path | None, config_file: Path | None, quiet: bool | None) -> None:
    """Searchable, traceable facts from the Swedish news pages about FVM."""
    ctx.obj = load_settings(config_file=config_file, home=home, quiet=quiet)


@contextmanager
def page_progress(settings: Settings, total: int | None) -> Iterator[Callable[[str], None]]:
    """A progress bar on stderr when it is a terminal and --quiet is off."""
    if settings.quiet or not sys.stderr.isatty():
        yield lambda source: None
        return
    if total:
        with click.progressbar(length=total, label="ingesting", file=sys.stderr) as bar:
            yield lambda source: bar.update(1)
        return
    count = 0

    def tick(source: str) -> None:
        nonlocal count
        count += 1
        click.echo(f"\ringesting: {count} pages", nl=False, err=True)

    yield tick
    if count:
        click.echo("", err=True)


@cli.command()
@click.argument("sources", nargs=-1)
@click.option("--profile", type=click.Path(dir_okay=False, exists=True), help="A site profile TOML.")
@click.option(
    "--scope",
    multiple=True,
    metavar="PREFIX",
    help="Crawl only URLs under this prefix (repeatable; default: the start URLs' hosts).",
)
@click.option("--max-pages", type=click.IntRange(min=1), help="Stop a crawl after this many pages.")
@click.option("--max-depth", type=click.IntRange(min=0), help="Follow links this many steps deep.")
@click.option(
    "--delay", type=click.FloatRange(min=0), help="Seconds between requests to a host (default 1)."
)
@click.option("--lock-timeout", type=float, help="Seconds to wait for another ingest (default 10).")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.pass_context
@reports_errors
def ingest(
    ctx: click.Context,
    sources: tuple[str, ...],
    profile: str | None,
    scope: tuple[str, ...],
    max_pages: int | None,
    max_depth: int | None,
    delay: float | None,
    lock_timeout: float | None,
    as_json: bool,
) -> None:
    """Read, clean, store and index pages from folders, HTML files, WARC archives or URLs.

    A URL is crawled within its host (or the --scope prefixes), politely and archived to
    corpus/warc/. With no SOURCE, the site profile's news pages are crawled.
    """
    from fvmdocs.ingest import estimate_pages
    from fvmdocs.ingest import ingest as run_ingest

    settings = settings_of(
        ctx,
        profile=profile,
        lock_timeout=lock_timeout,
        max_pages=max_pages,
        max_depth=max_depth,
        delay=delay,
    )
    with page_progress(settings, estimate_pages(sources)) as on_page:
        report = run_ingest(sources, settings, on_page=on_page, scope=scope)
    for failure in report.failures:
        click.echo(f"failed: {failure.reason}", err=True)
    if as_json:
        emit_json(report.as_dict())
    else:
        click.echo(
            f"new {report.new}, changed {report.changed}, unchanged {report.unchanged}, "
            f"failed {report.failed} (indexed {report.indexed})"
        )
    if report.failed:
        ctx.exit(1)


def _terminal_snippet(snippet: str, colour: bool) -> str:
    """One line of snippet: matches in colour on a terminal, in **bold** markup elsewhere."""

    def mark(match: re.Match[str]) -> str:
        word = match.group(1)
        return click.style(word, fg="yellow", bold=True) if colour else f"**{word}**"

    one_line = " ".join(snippet.split())
    return html.unescape(re.sub(r"<mark>(.*?)</mark>", mark, one_line))


def _date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from fvmdocs.search.backend import date_bound

    if value is not None:
        try:
            date_bound(value, end=False)
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from exc
    return value


@cli.command()
@click.argument("query")
@click.option("-n", "--limit", default=10, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True, help="Print the hits, facets and suggestion as JSON.")
@click.option("--html", "as_html", is_flag=True, help="Print the hits as an HTML fragment.")
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True)
@click.option("--since", callback=_date_option, help="Published on or after: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--until", callback=_date_option, help="Published on or before: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--person", multiple=True, help="Only documents naming this person (repeatable).")
@click.option("--org", multiple=True, help="Only documents naming this organisation (repeatable).")
@click.option("--type", "types", multiple=True, help="Only documents with this event type (repeatable).")
@click.pass_context
@reports_errors
def search(
    ctx: click.Context,
    query: str,
    limit: int,
    as_json: bool,
    as_html: bool,
    sort: str,
    since: str | None,
    until: str | None,
    person: tuple[str, ...],
    org: tuple[str, ...],
    types: tuple[str, ...],
) -> None:
    """Search in Swedish: fvmdocs search "Cerner kompensation", "ny tidplan", title:paus*."""
    from fvmdocs.search import SearchFilters, SearchIndex
    from fvmdocs.search.render import results_html

    filters = SearchFilters(since=since, until=until, person=person, org=org, type=types)
    results = SearchIndex(ctx.obj.index_dir).search(
        query, limit=limit, sort="date" if sort == "date" else "relevance", filters=filters,
        with_facets=as_json,
    )
    if as_json:
        emit_json(results.as_dict())
        return
    if as_html:
        click.echo(results_html(results))
        return
    colour = sys.stdout.isatty()
    click.echo(f"{results.total} documents match {query!r}")
    if results.suggestion:
        click.echo(f"Did you mean: {results.suggestion}")
    for rank, hit in enumerate(results.hits, 1):
        click.echo(f"\n{rank}. {hit.title} ({hit.published or 'no date'})  [{hit.id}]")
        click.echo(f"   {hit.url}")
        click.echo(f"   {_terminal_snippet(hit.snippet, colour)}")


@cli.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="Print the documents as JSON.")
@click.pass_context
@reports_errors
def list_documents(ctx: click.Context, as_json: bool) -> None:
    """Every stored document, newest first."""
    from fvmdocs.store import open_store

    with open_store(ctx.obj.db_path, create=False) as store:
        documents = store.documents()
    rows = [
        {
            "id": d.id,
            "url": d.url,
            "title": d.title,
            "published": d.published,
            "source": d.source,
            "kind": d.kind,
        }
        for d in documents
    ]
    if as_json:
        emit_json({"documents": rows})
        return
    for row in rows:
        marker = "" if row["kind"] == "article" else f"  [{row['kind']}]"
        click.echo(f"{row['id']}  {row['published'] or '----------'}  {row['title']}{marker}")


@cli.command()
@click.argument("doc")
@click.option("--json", "as_json", is_flag=True, help="Print the document as JSON.")
@click.pass_context
@reports_errors
def show(ctx: click.Context, doc: str, as_json: bool) -> None:
    """One document by id, URL or the path it was ingested from."""
    from fvmdocs.report import document_report

    found = document_report(ctx.obj, doc)
    if as_json:
        emit_json(found)
        return
    click.echo(found["title"])
    click.echo(found["url"])
    click.echo(f"published {found['published'] or '-'}, updated {found['updated'] or '-'}, "
               f"version {found['version']} of {len(found['versions'])}")
    click.echo("")
    click.echo(found["text"])


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the people as JSON.")
@click.pass_context
@reports_errors
def people(ctx: click.Context, as_json: bool) -> None:
    """Everyone the pages name, merged across pages, with their roles and sources."""
    from fvmdocs.report import people_report

    report = people_report(ctx.obj)
    if as_json:
        emit_json(report)
        return
    for row in report["people"]:
        roles = "; ".join(
            f"{r['title']}{' (' + r['org'] + ')' if r['org'] else ''} {r['as_of'] or ''}".strip()
            for r in row["roles"]
        )
        click.echo(f"{row['name']:<28} {row['mentions']:>4}  {roles}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the decisions as JSON.")
@click.pass_context
@reports_errors
def decisions(ctx: click.Context, as_json: bool) -> None:
    """Every decision the pages report: who, what, when, and the sentence that says so."""
    from fvmdocs.report import decisions_report

    report = decisions_report(ctx.obj)
    if as_json:
        emit_json(report)
        return
    for row in report["decisions"]:
        date = row["date"]
        when = date["value"] + ("*" if date["from_published"] else "") if date else "-"
        click.echo(f"{when:<12} {row['by'] or '?':<28} {row['what']}")


@cli.command()
@click.pass_context
@reports_errors
def reprocess(ctx: click.Context) -> None:
    """Extract the facts of every stored document again (after an extractor upgrade)."""
    from fvmdocs.ingest import reprocess as run_reprocess

    count = run_reprocess(ctx.obj)
    click.echo(f"analysed {count} documents")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.pass_context
@reports_errors
def stats(ctx: click.Context, as_json: bool) -> None:
    """What the store and the index hold, and the latest errors."""
    from fvmdocs.crawl.frontier import crawl_figures
    from fvmdocs.search import SearchIndex
    from fvmdocs.store import open_store

    with open_store(ctx.obj.db_path, create=False) as store:
        figures = store.stats()
        figures.update(crawl_figures(store.conn))
        figures["recent_failures"] = store.failures(limit=10)
    figures["indexed"] = SearchIndex(ctx.obj.index_dir).count()
    if as_json:
        emit_json(figures)
        return
    for key, value in figures.items():
        if key != "recent_failures":
            click.echo(f"{key:>18}: {value}")
    for failure in figures["recent_failures"]:
        click.echo(f"  failed {failure['at']}: {failure['reason']}")


@cli.command(name="crawl-log")
@click.option("-n", "--limit", default=50, show_default=True, type=click.IntRange(1, 100_000))
@click.option("--json", "as_json", is_flag=True, help="Print the fetches as JSON.")
@click.pass_context
@reports_errors
def crawl_log_command(ctx: click.Context, limit: int, as_json: bool) -> None:
    """The most recent fetches, newest first: status, time, bytes, URL and any error."""
    from fvmdocs.crawl.frontier import crawl_log
    from fvmdocs.store import open_store

    with open_store(ctx.obj.db_path, create=False) as store:
        fetches = crawl_log(store.conn, limit=limit)
    if as_json:
        emit_json({"fetches": fetches})
        return
    for fetch in fetches:
        status = fetch["status"] if fetch["status"] is not None else "---"
        line = f"{fetch['at']}  {status}  {fetch['bytes']:>9}  {fetch['url']}"
        click.echo(line + (f"  ({fetch['error']})" if fetch["error"] else ""))


@cli.command()
@click.pass_context
@reports_errors
def reindex(ctx: click.Context) -> None:
    """Rebuild the search index from the store."""
    from fvmdocs.ingest import reindex as run_reindex

    count = run_reindex(ctx.obj)
    click.echo(f"indexed {count} documents")


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json", "timelinejs", "csv", "html"]),
              default="table", show_default=True, help="Output format.")  # fmt: skip
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of stdout.")  # fmt: skip
@click.option("--since", help="Only events ending on or after this date (YYYY, YYYY-MM, YYYY-MM-DD).")
@click.option("--until", help="Only events starting on or before this date.")
@click.option("--type", "types", multiple=True, help="Only events of this type (repeatable): golive, pause, ...")
@click.option("--person", help="Only events with this person among the actors (part of the name).")
@click.option("--org", help="Only events with this organisation among the actors (part of the name).")
@click.option("--milestones", is_flag=True, help="Table: also show the plan history of each milestone.")
@click.option("--json", "as_json", is_flag=True, help="Same as --format json.")
@click.pass_context
@reports_errors
def timeline(
    ctx: click.Context,
    fmt: str,
    output: Path | None,
    since: str | None,
    until: str | None,
    types: tuple[str, ...],
    person: str | None,
    org: str | None,
    milestones: bool,
    as_json: bool,
) -> None:
    """Events merged across pages, in date order, with the plan history of each go-live."""
    from datetime import UTC, datetime

    from fvmdocs.timeline.dates import bound
    from fvmdocs.timeline.export import render
    from fvmdocs.timeline.load import timeline_from_store
    from fvmdocs.timeline.model import TimelineFilters

    try:
        filters = TimelineFilters(
            since=bound(since, end=False) if since else None,
            until=bound(until, end=True) if until else None,
            types=types, person=person, org=org,
        )  # fmt: skip
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--since/--until") from exc
    generated = datetime.now(UTC).replace(microsecond=0).isoformat()
    text = render(timeline_from_store(ctx.obj, filters), "json" if as_json else fmt,
                  generated=generated, milestones=milestones)  # fmt: skip
    if output is None:
        click.echo(text, nl=False)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    click.echo(f"wrote {output}", err=True)


@cli.command()
@click.argument("name", type=click.Choice(["timeline"]))
def schema(name: str) -> None:
    """Print the JSON Schema of an output: fvmdocs schema timeline."""
    from fvmdocs.timeline.schema import schema_text

    click.echo(schema_text(), nl=False)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="fvmdocs")


if __name__ == "__main__":
    main()
