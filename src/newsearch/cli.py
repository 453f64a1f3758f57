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
@click.option("--watch", is_flag=True, help="Keep running: re-index whenever files change (Ctrl-C stops).")
@click.option("--interval", default=2.0, show_default=True, type=click.FloatRange(0.1),
              help="Seconds between checks with --watch.")
@click.option("--workers", type=click.IntRange(0), default=None,
              help="Parsing processes next to the writer (default: one per spare core, or $NEWSEARCH_WORKERS; "
                   "0: parse in the writing process).")
@handle_errors
def index_cmd(paths: tuple[str, ...], index_dir: str, rebuild: bool, meta: tuple[str, ...], quiet: bool,
              watch: bool, interval: float, workers: int | None) -> None:
    """Index article files (.txt, .html, .md, .json, .jsonl) under PATHS (default: seeds/).

    Run it again to add new files, re-index changed ones and drop deleted ones; unchanged files are skipped
    without being read. Files that cannot be read are skipped with a warning; the exit status is 1 if any failed.
    Killing a run is safe: the index keeps its last commit and the next run completes the job.
    """
    from newsearch import build_index
    from newsearch.render import stats_line

    if not paths:
        if not os.path.isdir(DEFAULT_SEEDS):
            raise click.UsageError(f"no PATHS given and no {DEFAULT_SEEDS}/ folder here: "
                                   "name the files or folders to index")
        paths = (DEFAULT_SEEDS,)
    meta_values = _parse_meta(meta) or None
    show_bar = not quiet and sys.stderr.isatty()
    if not watch:
        with _Progress(show_bar) as progress:
            stats = build_index(paths, index_dir, rebuild=rebuild, meta=meta_values, progress=progress,
                                workers=workers)
        if not quiet:
            for p in stats.problems:
                click.echo(f"warning: skipped {p.path}: {p.reason}", err=True)
        click.echo(stats_line(stats), err=True)
        if stats.failed:
            sys.exit(1)
        return
    import time

    from newsearch import IndexLockedError

    reported: set[tuple[str, str]] = set()
    failed = 0
    first = True
    try:
        while True:
            try:
                with _Progress(show_bar) as progress:
                    stats = build_index(paths, index_dir, rebuild=rebuild and first, meta=meta_values,
                                        progress=progress, workers=workers)
            except IndexLockedError as exc:
                click.echo(f"note: {exc}", err=True)
            else:
                new = [p for p in stats.problems if (p.path, p.reason) not in reported]
                if not quiet:
                    for p in new:
                        click.echo(f"warning: skipped {p.path}: {p.reason}", err=True)
                reported = {(p.path, p.reason) for p in stats.problems}
                if first or stats.added or stats.updated or stats.removed or new:
                    click.echo(stats_line(stats), err=True)
                failed = stats.failed
                first = False
            time.sleep(interval)
    except KeyboardInterrupt:
        click.echo("stopped watching", err=True)
    if failed:
        sys.exit(1)


class _Progress:
    """Progress callback for ``build_index``: a bar with position, rate and ETA on stderr, shown only on a terminal
    and only for runs of 20 files or more."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bar: Any = None
        self.started = 0.0
        self.done = 0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < 20:
            return
        import time

        if self.bar is None:
            self.started = time.monotonic()
            self.bar = click.progressbar(length=total, label="indexing", file=sys.stderr, show_eta=True,
                                         show_pos=True, item_show_func=lambda rate: rate)
            self.bar.__enter__()
        elapsed = time.monotonic() - self.started
        rate = f"{done / elapsed:.0f} files/s" if elapsed > 0.5 else None
        self.bar.update(done - self.done, rate)
        self.done = done

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def filter_options(f: F) -> F:
    """``--speaker/--source/--author/--path`` (repeatable) and ``--since/--until``."""
    for decorator in reversed([
        click.option("--speaker", multiple=True, help="Only paragraphs where this person speaks (a surname is "
                     "enough). Repeatable: any of them."),
        click.option("--source", multiple=True, help="Only this publication. Repeatable."),
        click.option("--author", multiple=True, help="Only this author. Repeatable."),
        click.option("--since", metavar="DATE", help="Only from this date on: YYYY, YYYY-MM or YYYY-MM-DD."),
        click.option("--until", metavar="DATE", help="Only up to this date (inclusive): YYYY, YYYY-MM or "
                     "YYYY-MM-DD."),
        click.option("--path", "path_glob", multiple=True, metavar="GLOB",
                     help="Only files whose path matches this shell glob, e.g. 'seeds/*.html'. Repeatable."),
    ]):
        f = decorator(f)
    return f


def highlight_option(f: F) -> F:
    return click.option("--highlight", type=click.Choice(["auto", "ansi", "markdown", "html", "none"]),
                        default="auto", show_default=True,
                        help="Markup for matched words (auto: colour on a terminal, **bold** in text piped "
                             "elsewhere, none in machine formats).")(f)


def _filters(speaker: tuple[str, ...], source: tuple[str, ...], author: tuple[str, ...], since: str | None,
             until: str | None, path_glob: tuple[str, ...]) -> dict[str, Any]:
    return {"speaker": list(speaker) or None, "source": list(source) or None, "author": list(author) or None,
            "since": _date_option(since, "--since"), "until": _date_option(until, "--until", end=True),
            "path": list(path_glob) or None}


def _markup(highlight: str, fmt: str) -> tuple[str, bool]:
    """(markup style, colour on?) for ``--highlight`` and ``--format``."""
    color = _use_color(highlight) if fmt == "text" else False
    if highlight != "auto":
        return highlight, color
    return (("ansi" if color else "markdown") if fmt == "text" else "none"), color


def _echo_result(result: Any, fmt: str, highlight: str, *, context: bool, what: str) -> None:
    from newsearch.render import result_out, suggestions_text

    style, color = _markup(highlight, fmt)
    notes = suggestions_text(result)
    if notes:
        click.echo(notes, err=True)
    if not result.hits and fmt == "text":
        click.echo(f"no hits for {what}" + (f" on this page ({result.total} in all)" if result.total else ""),
                   err=True)
        if not result.facets:
            return
    out = result_out(result, fmt, highlight=style, color=color, context=context)
    if out or fmt != "text":
        click.echo(out)


@cli.command(name="query")
@click.argument("text")
@index_option
@click.option("--limit", "-n", default=10, show_default=True, type=click.IntRange(0, 10000),
              help="Hits per page (0: none, e.g. for facets only).")
@click.option("--offset", default=0, type=click.IntRange(0), help="Skip this many hits (paging).")
@click.option("--page", type=click.IntRange(1), help="Page number (pages of --limit hits); instead of --offset.")
@filter_options
@click.option("--quoted", is_flag=True, help="Match only words inside direct quotations.")
@click.option("--sort", type=click.Choice(["relevance", "date", "-date"]), default="relevance", show_default=True,
              help="Order: best match first, oldest first (date) or newest first (-date).")
@click.option("--per-article", default=5, show_default=True, type=click.IntRange(0),
              help="Most hits from one article (0: no limit).")
@click.option("--context", "context", default=0, type=click.IntRange(0, 20), metavar="N",
              help="Also show N paragraphs before and after each hit (dimmed).")
@click.option("--facet", "facets", multiple=True,
              type=click.Choice(["speaker", "source", "author", "date", "date:year", "date:month", "date:day"]),
              help="Count the values of this field over all matching records (date = date:month). Repeatable.")
@click.option("--facet-limit", default=20, show_default=True, type=click.IntRange(0),
              help="Values shown per speaker/source/author facet (0: all).")
@highlight_option
@output_options(("text", "json", "jsonl", "csv"))
@handle_errors
def query_cmd(text: str, index_dir: str, limit: int, offset: int, page: int | None, speaker: tuple[str, ...],
              source: tuple[str, ...], author: tuple[str, ...], since: str | None, until: str | None,
              path_glob: tuple[str, ...], quoted: bool, sort: str, per_article: int, context: int,
              facets: tuple[str, ...], facet_limit: int, highlight: str, fmt: str) -> None:
    """Search the index for TEXT and print ranked, highlighted paragraphs.

    \b
    TEXT is words (any may match; more matches rank higher), "exact phrases",
    AND / OR / NOT, -excluded, +required, (grouping), prefix* (2+ letters),
    fuzzy~ and "phrase slop"~3, and field:value clauses that must match:
    speaker:colby  source:reuters  author:  title:  quote:  path:  kind:
    date:2025-08  date:[2025-08-01 TO 2025-08-31]  date:>=2025
    See docs/query.md. --format json prints a list of hits; with --facet it
    prints {"query", "total", "total_exact", "offset", "hits", "facets", "suggestions"}.
    """
    from newsearch import search

    if facets and fmt in ("jsonl", "csv"):
        raise click.BadParameter(f"facets cannot be mixed into {fmt} rows: use --format text or json (or "
                                 "`newsearch speakers` for speaker counts in any format)", param_hint="--facet")
    if page is not None and offset:
        raise click.BadParameter("give either --page or --offset, not both", param_hint="--page")
    result = search(index_dir, text, limit=limit, offset=offset, page=page, quoted=quoted, sort=sort,
                    per_article=per_article or None, context=context, facets=list(facets),
                    facet_limit=facet_limit or None, count=None,
                    **_filters(speaker, source, author, since, until, path_glob))
    _echo_result(result, fmt, highlight, context=bool(context), what=repr(text))


@cli.command(name="similar")
@click.argument("record_id")
@index_option
@click.option("--limit", "-n", default=10, show_default=True, type=click.IntRange(0, 10000), help="Hits per page.")
@click.option("--offset", default=0, type=click.IntRange(0), help="Skip this many hits (paging).")
@click.option("--page", type=click.IntRange(1), help="Page number; instead of --offset.")
@filter_options
@click.option("--per-article", default=1, show_default=True, type=click.IntRange(0),
              help="Most hits from one article (0: no limit).")
@click.option("--context", "context", default=0, type=click.IntRange(0, 20), metavar="N",
              help="Also show N paragraphs before and after each hit (dimmed).")
@highlight_option
@output_options(("text", "json", "jsonl", "csv"))
@handle_errors
def similar_cmd(record_id: str, index_dir: str, limit: int, offset: int, page: int | None,
                speaker: tuple[str, ...], source: tuple[str, ...], author: tuple[str, ...], since: str | None,
                until: str | None, path_glob: tuple[str, ...], per_article: int, context: int, highlight: str,
                fmt: str) -> None:
    """Paragraphs of other articles like the record RECORD_ID (the "id" of a hit, e.g. 3f2a…:4).

    The record's most distinctive words are searched for; its own article is left out.
    """
    from newsearch import similar

    if page is not None and offset:
        raise click.BadParameter("give either --page or --offset, not both", param_hint="--page")
    result = similar(index_dir, record_id, limit=limit, offset=offset, page=page, per_article=per_article or None,
                     context=context, **_filters(speaker, source, author, since, until, path_glob))
    _echo_result(result, fmt, highlight, context=bool(context), what=f"records like {record_id}")


@cli.command(name="speakers")
@click.argument("text", required=False)
@index_option
@click.option("--limit", "-n", default=20, show_default=True, type=click.IntRange(0),
              help="Speakers to list (0: all).")
@filter_options
@click.option("--quoted", is_flag=True, help="Match only words inside direct quotations.")
@output_options(("text", "json", "jsonl", "csv"))
@handle_errors
def speakers_cmd(text: str | None, index_dir: str, limit: int, speaker: tuple[str, ...], source: tuple[str, ...],
                 author: tuple[str, ...], since: str | None, until: str | None, path_glob: tuple[str, ...],
                 quoted: bool, fmt: str) -> None:
    """Who talks most about TEXT: speakers by number of matching paragraphs.

    Each speaker counts once per paragraph, over all matching paragraphs (not one page). Without TEXT, over the
    whole index. TEXT uses the query syntax of `newsearch query`.
    """
    from newsearch import top_speakers
    from newsearch.render import counts_out

    counts = top_speakers(index_dir, text, limit=limit or None, quoted=quoted,
                      **_filters(speaker, source, author, since, until, path_glob))
    if not counts and fmt == "text":
        click.echo("no speakers found" + (f" for {text!r}" if text else ""), err=True)
        return
    click.echo(counts_out(counts, fmt, label="speaker", color=_use_color("auto") if fmt == "text" else False))


@cli.command(name="stats")
@index_option
@output_options(("text", "json", "jsonl", "csv"))
@handle_errors
def stats_cmd(index_dir: str, fmt: str) -> None:
    """What the index holds: articles, paragraphs, sources, speakers, dates, size, layout version."""
    from newsearch import stats
    from newsearch.render import summary_out

    click.echo(summary_out(stats(index_dir), fmt))


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
