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
from newsearch.models import Article, Hit, IndexStats, Problem, Record  # noqa: E402

if TYPE_CHECKING:
    from newsearch.searching import SearchResult
    from newsearch.store import NewsIndex, ProgressCallback

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Article",
    "ArticleParseError",
    "Hit",
    "IndexLockedError",
    "IndexNotFoundError",
    "IndexStats",
    "NewsIndex",
    "NewsearchError",
    "Problem",
    "QuerySyntaxError",
    "Record",
    "SchemaMismatchError",
    "SearchResult",
    "__version__",
    "build_index",
    "parse",
    "query",
    "search",
]

PathLike = str | os.PathLike[str]
DateBound = datetime | date | str | None


def __getattr__(name: str) -> Any:
    # NewsIndex and SearchResult live in modules that import Whoosh: load them on first use.
    if name == "NewsIndex":
        from newsearch.store import NewsIndex

        return NewsIndex
    if name == "SearchResult":
        from newsearch.searching import SearchResult

        return SearchResult
    raise AttributeError(f"module 'newsearch' has no attribute {name!r}")


def build_index(paths: Iterable[PathLike] = ("seeds",), index_dir: PathLike = "index", *, rebuild: bool = False,
                meta: Mapping[str, Any] | None = None, progress: ProgressCallback | None = None) -> IndexStats:
    """Index the article files under ``paths`` into ``index_dir`` (created if missing). ↔ ``newsearch index``.

    Re-running it updates the index incrementally; ``rebuild=True`` starts from scratch. ``meta`` gives metadata
    that overrides what the files say (e.g. ``{"source": "Reuters"}``).
    """
    from newsearch.store import NewsIndex

    with NewsIndex.open_or_create(index_dir, rebuild=rebuild) as ix:
        return ix.add(paths, meta=meta, progress=progress)


def search(index_dir: PathLike, text: str, *, limit: int = 10, offset: int = 0,
           speaker: str | Iterable[str] | None = None, source: str | Iterable[str] | None = None,
           author: str | Iterable[str] | None = None, since: DateBound = None, until: DateBound = None,
           quoted: bool = False, per_article: int | None = 5) -> SearchResult:
    """One page of hits for ``text`` plus the total number of matching records. ↔ ``newsearch query``."""
    from newsearch.searching import parse_bound
    from newsearch.store import NewsIndex

    with NewsIndex.open(index_dir) as ix:
        return ix.search(text, limit=limit, offset=offset, speaker=_seq(speaker), source=_seq(source),
                         author=_seq(author), since=parse_bound(since), until=parse_bound(until, end=True),
                         quoted=quoted, per_article=per_article)


def query(index_dir: PathLike, text: str, **options: Any) -> list[Hit]:
    """The hits of ``search(index_dir, text, **options)`` as a list of ``Hit``."""
    return list(search(index_dir, text, **options).hits)


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
