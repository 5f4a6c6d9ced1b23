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
@click.option("--lock-timeout", type=float, help="Seconds to wait for another ingest (default 10).")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.pass_context
@reports_errors
def ingest(
    ctx: click.Context,
    sources: tuple[str, ...],
    profile: str | None,
    lock_timeout: float | None,
    as_json: bool,
) -> None:
    """Read, clean, store and index pages from folders, HTML files or WARC archives."""
    from fvmdocs.ingest import estimate_pages
    from fvmdocs.ingest import ingest as run_ingest

    if not sources:
        raise click.UsageError("name at least one SOURCE (a folder, .html file or .warc.gz)")
    settings = settings_of(ctx, profile=profile, lock_timeout=lock_timeout)
    with page_progress(settings, estimate_pages(sources)) as on_page:
        report = run_ingest(sources, settings, on_page=on_page)
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
    def mark(match: re.Match[str]) -> str:
        word = match.group(1)
        return click.style(word, fg="yellow", bold=True) if colour else word.upper()

    return html.unescape(re.sub(r"<mark>(.*?)</mark>", mark, snippet))


@cli.command()
@click.argument("query")
@click.option("-n", "--limit", default=10, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True, help="Print the hits as JSON.")
@click.pass_context
@reports_errors
def search(ctx: click.Context, query: str, limit: int, as_json: bool) -> None:
    """Full-text search in Swedish: fvmdocs search "Cerner kompensation"."""
    from fvmdocs.search import SearchIndex

    results = SearchIndex(ctx.obj.index_dir).search(query, limit=limit)
    if as_json:
        emit_json(results.as_dict())
        return
    colour = sys.stdout.isatty()
    click.echo(f"{results.total} documents match {query!r}")
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
        {"id": d.id, "url": d.url, "title": d.title, "published": d.published, "source": d.source}
        for d in documents
    ]
    if as_json:
        emit_json({"documents": rows})
        return
    for row in rows:
        click.echo(f"{row['id']}  {row['published'] or '----------'}  {row['title']}")


@cli.command()
@click.argument("doc")
@click.option("--json", "as_json", is_flag=True, help="Print the document as JSON.")
@click.pass_context
@reports_errors
def show(ctx: click.Context, doc: str, as_json: bool) -> None:
    """One document by id, URL or the path it was ingested from."""
    from fvmdocs.store import open_store

    with open_store(ctx.obj.db_path, create=False) as store:
        found = store.get(doc)
        versions = store.versions(found.id)
    if as_json:
        emit_json(
            {
                "id": found.id,
                "url": found.url,
                "title": found.title,
                "published": found.published,
                "updated": found.updated,
                "language": found.language,
                "source": found.source,
                "version": found.version,
                "versions": versions,
                "text": found.text,
                "blocks": [b.__dict__ for b in found.blocks],
            }
        )
        return
    click.echo(found.title)
    click.echo(found.url)
    click.echo(f"published {found.published or '-'}, updated {found.updated or '-'}, "
               f"version {found.version} of {len(versions)}")
    click.echo("")
    click.echo(found.text)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.pass_context
@reports_errors
def stats(ctx: click.Context, as_json: bool) -> None:
    """What the store and the index hold, and the latest errors."""
    from fvmdocs.search import SearchIndex
    from fvmdocs.store import open_store

    with open_store(ctx.obj.db_path, create=False) as store:
        figures = store.stats()
        figures["recent_failures"] = store.failures(limit=10)
    figures["indexed"] = SearchIndex(ctx.obj.index_dir).count()
    if as_json:
        emit_json(figures)
        return
    for key, value in figures.items():
        if key != "recent_failures":
            click.echo(f"{key:>15}: {value}")
    for failure in figures["recent_failures"]:
        click.echo(f"  failed {failure['at']}: {failure['reason']}")


@cli.command()
@click.pass_context
@reports_errors
def reindex(ctx: click.Context) -> None:
    """Rebuild the search index from the store."""
    from fvmdocs.ingest import reindex as run_reindex

    count = run_reindex(ctx.obj)
    click.echo(f"indexed {count} documents")


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="fvmdocs")


if __name__ == "__main__":
    main()
