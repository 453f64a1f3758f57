"""The ``newsearch`` command: a thin shell over the library API.

Each command parses options, makes one library call, renders the result, and maps errors. This is the only module
that imports click. Results go to stdout; progress, notes and warnings go to stderr.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

import click

from newsearch import NewsearchError, __version__

F = TypeVar("F", bound=Callable[..., Any])
CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
DEFAULT_SEEDS = "seeds"


def index_option(f: F) -> F:
    """``--index DIR`` (env NEWSEARCH_INDEX, default ``index``)."""
    return click.option("--index", "index_dir", default="index", envvar="NEWSEARCH_INDEX", show_default=True,
                        type=click.Path(file_okay=False), help="Index folder.")(f)


def output_options(formats: tuple[str, ...]) -> Callable[[F], F]:
    def decorator(f: F) -> F:
        return click.option("--format", "fmt", type=click.Choice(formats), default="text", show_default=True,
                            help="Output format.")(f)
    return decorator


def meta_option(f: F) -> F:
    return click.option("--meta", "meta", multiple=True, metavar="KEY=VALUE",
                        help="Metadata that overrides what the files say, e.g. --meta source=Reuters "
                             "(keys: title, source, author, date, url). Repeatable.")(f)


def _parse_meta(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for v in values:
        key, sep, value = v.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{v!r} is not KEY=VALUE", param_hint="--meta")
        if key.strip().lower() not in {"title", "source", "author", "date", "url"}:
            raise click.BadParameter(f"unknown key {key!r} (use title, source, author, date or url)",
                                     param_hint="--meta")
        out[key.strip().lower()] = value.strip()
    return out


def handle_errors(f: F) -> F:
    """Turn NewsearchError into a one-line error and exit status 1 (no traceback)."""
    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except NewsearchError as exc:
            raise click.ClickException(str(exc)) from None
    return wrapper  # type: ignore[return-value]


def _use_color(highlight: str | None) -> bool:
    if os.environ.get("NO_COLOR") or highlight in ("none", "markdown", "html"):
        return False
    return sys.stdout.isatty()


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", prog_name="newsearch")
def cli() -> None:
    """Search news articles by paragraph: who said what, where and when.

    \b
      newsearch index                        index seeds/ into index/
      newsearch query "security guarantees"  ranked, highlighted paragraphs
      newsearch parse seeds/ --format jsonl  the records, without indexing
    """


@cli.command(name="index")
@click.argument("paths", nargs=-1, type=click.Path())
@index_option
@click.option("--rebuild", is_flag=True, help="Delete the index and build it from scratch.")
@meta_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no per-file warnings.")
@handle_errors
def index_cmd(paths: tuple[str, ...], index_dir: str, rebuild: bool, meta: tuple[str, ...], quiet: bool) -> None:
    """Index article files (.txt, .html, .md, .json, .jsonl) under PATHS (default: seeds/).

    Run it again to add new files, re-index changed ones and drop deleted ones. Files that cannot be read are
    skipped with a warning; the exit status is 1 if any failed.
    """
    from newsearch import build_index
    from newsearch.render import stats_line

    if not paths:
        if not os.path.isdir(DEFAULT_SEEDS):
            raise click.UsageError(f"no PATHS given and no {DEFAULT_SEEDS}/ folder here: "
                                   "name the files or folders to index")
        paths = (DEFAULT_SEEDS,)
    meta_values = _parse_meta(meta)
    show_bar = not quiet and sys.stderr.isatty()
    bar: Any = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if not show_bar or total < 50:
            return
        if bar is None:
            bar = click.progressbar(length=total, label="indexing", file=sys.stderr, show_eta=True, show_pos=True)
            bar.__enter__()
        bar.update(1)

    try:
        stats = build_index(paths, index_dir, rebuild=rebuild, meta=meta_values or None, progress=progress)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    if not quiet:
        for p in stats.problems:
            click.echo(f"warning: skipped {p.path}: {p.reason}", err=True)
    click.echo(stats_line(stats), err=True)
    if stats.failed:
        sys.exit(1)


@cli.command(name="query")
@click.argument("text")
@index_option
@click.option("--limit", "-n", default=10, show_default=True, type=click.IntRange(1, 10000), help="Hits to show.")
@click.option("--offset", default=0, type=click.IntRange(0), help="Skip this many hits (paging).")
@click.option("--speaker", multiple=True, help="Only paragraphs where this person speaks (a surname is enough). "
              "Repeatable.")
@click.option("--source", multiple=True, help="Only this publication. Repeatable.")
@click.option("--author", multiple=True, help="Only this author. Repeatable.")
@click.option("--since", metavar="DATE", help="Only from this date on: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--until", metavar="DATE", help="Only up to this date (inclusive): YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--quoted", is_flag=True, help="Match only words inside direct quotations.")
@click.option("--per-article", default=5, show_default=True, type=click.IntRange(0),
              help="Most hits from one article (0: no limit).")
@click.option("--highlight", type=click.Choice(["auto", "ansi", "markdown", "html", "none"]), default="auto",
              show_default=True, help="Markup for matched words (auto: colour on a terminal, else **bold**).")
@output_options(("text", "json", "jsonl", "csv"))
@handle_errors
def query_cmd(text: str, index_dir: str, limit: int, offset: int, speaker: tuple[str, ...], source: tuple[str, ...],
              author: tuple[str, ...], since: str | None, until: str | None, quoted: bool, per_article: int,
              highlight: str, fmt: str) -> None:
    """Search the index for TEXT and print ranked, highlighted paragraphs.

    \b
    TEXT is words (any may match; more matches rank higher), "exact phrases",
    AND / OR / NOT, -excluded, field:value (speaker:, source:, author:, title:),
    prefix*, fuzzy~ and "phrase slop"~3.
    """
    from newsearch import search
    from newsearch.render import hits_out

    since_dt, until_dt = _date_option(since, "--since"), _date_option(until, "--until", end=True)
    result = search(index_dir, text, limit=limit, offset=offset, speaker=speaker or None, source=source or None,
                    author=author or None, since=since_dt, until=until_dt, quoted=quoted,
                    per_article=per_article or None)
    color = _use_color(highlight) if fmt == "text" else False
    style = highlight
    if highlight == "auto":
        style = ("ansi" if color else "markdown") if fmt == "text" else "none"
    if not result.hits:
        if fmt == "text":
            click.echo(f"no hits for {text!r}", err=True)
            return
    out = hits_out(result.hits, fmt, highlight=style, color=color, total=result.total)
    if out:
        click.echo(out)


def _date_option(value: str | None, name: str, *, end: bool = False) -> datetime | None:
    from newsearch.searching import parse_bound

    try:
        return parse_bound(value, end=end)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint=name) from None


@cli.command(name="parse")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@meta_option
@output_options(("text", "json", "jsonl", "csv"))
@handle_errors
def parse_cmd(paths: tuple[str, ...], meta: tuple[str, ...], fmt: str) -> None:
    """Print the records the indexer would store for PATHS, without indexing."""
    from newsearch import Problem, parse
    from newsearch.render import records_out

    problems: list[Problem] = []
    records = list(parse(paths, meta=_parse_meta(meta) or None, problems=problems))
    out = records_out(records, fmt)
    if out:
        click.echo(out)
    for p in problems:
        click.echo(f"warning: skipped {p.path}: {p.reason}", err=True)
    if problems:
        sys.exit(1)
