"""newsearch: search news articles by paragraph, with who said it, where and when.

Library API (the ``newsearch`` command is a thin shell over these)::

    from newsearch import build_index, query
    build_index(["seeds"], "index")
    for hit in query("index", "security guarantees", limit=3):
        print(hit.rank, hit.record.title, hit.record.speakers, hit.spans)

Importing this package loads neither click, nor beautifulsoup4, nor Whoosh: they are imported on first use.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

from newsearch.errors import (  # noqa: E402
    ArticleParseError,
    IndexLockedError,
    IndexNotFoundError,
    NewsearchError,
    QuerySyntaxError,
    SchemaMismatchError,
)
from newsearch.models import (  # noqa: E402
    Article,
    FacetCount,
    Hit,
    IndexStats,
    IndexSummary,
    Problem,
    Record,
    SearchResult,
    Suggestion,
)

if TYPE_CHECKING:
    from newsearch.store import NewsIndex, ProgressCallback

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Article",
    "ArticleParseError",
    "FacetCount",
    "Hit",
    "IndexLockedError",
    "IndexNotFoundError",
    "IndexStats",
    "IndexSummary",
    "NewsIndex",
    "NewsearchError",
    "Problem",
    "QuerySyntaxError",
    "Record",
    "SchemaMismatchError",
    "SearchResult",
    "Suggestion",
    "__version__",
    "build_index",
    "parse",
    "query",
    "search",
    "similar",
    "stats",
    "top_speakers",
]

PathLike = str | os.PathLike[str]
DateBound = datetime | date | str | None


def __getattr__(name: str) -> Any:
    # NewsIndex lives in a module that imports Whoosh: load it on first use.
    if name == "NewsIndex":
        from newsearch.store import NewsIndex

        return NewsIndex
    raise AttributeError(f"module 'newsearch' has no attribute {name!r}")


def build_index(paths: Iterable[PathLike] = ("seeds",), index_dir: PathLike = "index", *, rebuild: bool = False,
                meta: Mapping[str, Any] | None = None, progress: ProgressCallback | None = None,
                workers: int | None = 0) -> IndexStats:
    """Index the article files under ``paths`` into ``index_dir`` (created if missing). ↔ ``newsearch index``.

    Re-running it updates the index incrementally; ``rebuild=True`` starts from scratch. ``meta`` gives metadata
    that overrides what the files say (e.g. ``{"source": "Reuters"}``). ``workers`` parsing processes run next to
    the writer (``None``: one per spare core); a script that uses them needs an ``if __name__ == "__main__":``
    guard, as with any ``multiprocessing`` code.
    """
    from newsearch.store import NewsIndex

    with NewsIndex.open_or_create(index_dir, rebuild=rebuild) as ix:
        return ix.add(paths, meta=meta, progress=progress, workers=workers)


StrOrList = str | Iterable[str] | None


def search(index_dir: PathLike, text: str, *, limit: int = 10, offset: int = 0, page: int | None = None,
           speaker: StrOrList = None, source: StrOrList = None, author: StrOrList = None, since: DateBound = None,
           until: DateBound = None, path: StrOrList = None, quoted: bool = False, per_article: int | None = 5,
           sort: str = "relevance", context: int = 0, facets: StrOrList = None, facet_limit: int | None = 20,
           suggest: bool = True, count: bool | None = None) -> SearchResult:
    """One page of hits for ``text``, the number of matching records, and optionally facet counts over the
    whole result set, neighbouring paragraphs and "did you mean" suggestions. ↔ ``newsearch query``.

    ``total`` is exact (``total_exact``) when the query matches at most about 2,000 records or ``count=True``;
    otherwise it is a lower bound, because counting every match of a broad query costs more than finding the best.

    ``speaker``/``source``/``author``/``path`` take one value or several (any may match; ``path`` takes shell
    globs); ``since``/``until`` take dates or ``YYYY``/``YYYY-MM``/``YYYY-MM-DD`` (inclusive); ``sort`` is
    ``relevance``, ``date`` (oldest first) or ``-date``; ``facets`` names are ``speaker``, ``source``, ``author``,
    ``date`` (= ``date:month``), ``date:year``, ``date:day``; ``page`` (from 1) is an alternative to ``offset``.
    Raises QuerySyntaxError (message points at the column) for a malformed or too broad query.
    """
    from newsearch.store import NewsIndex

    with NewsIndex.open(index_dir) as ix:
        return ix.search(text, limit=limit, offset=offset, page=page, speaker=_seq(speaker), source=_seq(source),
                         author=_seq(author), since=_bound(since, "since"), until=_bound(until, "until", end=True),
                         path=_seq(path), quoted=quoted, per_article=per_article, sort=sort, context=context,
                         facets=_seq(facets) or (), facet_limit=facet_limit, suggest=suggest, count=count)


def query(index_dir: PathLike, text: str, **options: Any) -> list[Hit]:
    """The hits of ``search(index_dir, text, **options)`` as a list of ``Hit``."""
    return list(search(index_dir, text, **options).hits)


def similar(index_dir: PathLike, record_id: str, *, limit: int = 10, offset: int = 0, page: int | None = None,
            speaker: StrOrList = None, source: StrOrList = None, author: StrOrList = None,
            since: DateBound = None, until: DateBound = None, path: StrOrList = None, per_article: int | None = 1,
            context: int = 0) -> SearchResult:
    """Paragraphs of other articles most like record ``record_id`` (its most distinctive words). ↔ ``newsearch
    similar``."""
    from newsearch.store import NewsIndex

    with NewsIndex.open(index_dir) as ix:
        return ix.similar(record_id, limit=limit, offset=offset, page=page, speaker=_seq(speaker),
                          source=_seq(source), author=_seq(author), since=_bound(since, "since"),
                          until=_bound(until, "until", end=True), path=_seq(path), per_article=per_article,
                          context=context)


def top_speakers(index_dir: PathLike, text: str | None = None, *, limit: int | None = 20,
                 speaker: StrOrList = None, source: StrOrList = None, author: StrOrList = None,
                 since: DateBound = None, until: DateBound = None, path: StrOrList = None,
                 quoted: bool = False) -> tuple[FacetCount, ...]:
    """Who talks most about ``text`` (everyone in the index when None): each speaker counted once per matching
    paragraph over the whole result set, most first. ↔ ``newsearch speakers`` (not named ``speakers``: that is
    the module that finds who speaks)."""
    from newsearch.store import NewsIndex

    with NewsIndex.open(index_dir) as ix:
        return ix.speakers(text, limit=limit, speaker=_seq(speaker), source=_seq(source), author=_seq(author),
                           since=_bound(since, "since"), until=_bound(until, "until", end=True), path=_seq(path),
                           quoted=quoted)


def stats(index_dir: PathLike = "index") -> IndexSummary:
    """What the index at ``index_dir`` holds. ↔ ``newsearch stats``."""
    from newsearch.store import NewsIndex

    with NewsIndex.open(index_dir) as ix:
        return ix.summary()


def _bound(value: DateBound, name: str, *, end: bool = False) -> datetime | None:
    from newsearch.searching import parse_bound

    try:
        return parse_bound(value, end=end)
    except ValueError as exc:
        raise QuerySyntaxError(f"{name}: {exc}") from None


def parse(paths: Iterable[PathLike], *, meta: Mapping[str, Any] | None = None,
          problems: list[Problem] | None = None) -> Iterator[Record]:
    """The records the indexer would store for the files under ``paths``, without indexing. ↔ ``newsearch parse``.

    Files that cannot be read are skipped and appended to ``problems`` (if given) with a reason.
    """
    from newsearch.ingest import find_files
    from newsearch.store import iter_parsed

    sink: list[Problem] = problems if problems is not None else []
    for f, records, reason in iter_parsed(find_files(paths, sink), meta):
        if records is None:
            sink.append(Problem(f.path, reason or "unreadable"))
        else:
            yield from records


def _seq(value: str | Iterable[str] | None) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    return list(value)
