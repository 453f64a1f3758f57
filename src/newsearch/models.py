"""The data shapes newsearch returns: frozen dataclasses, no behaviour beyond conversion to plain dicts.

This module imports nothing from the project and nothing outside the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

#: Kind of the hidden per-article document of the index (the article's key words, for ranking); never a ``Record``.
ARTICLE_DOC = "article"
#: ``Record.kind`` of the record that holds an article's headline.
HEADLINE = "headline"
#: ``Record.kind`` of a body paragraph.
PARAGRAPH = "paragraph"


def format_date(value: datetime | None) -> str | None:
    """ISO 8601 text for a stored date: ``YYYY-MM-DD`` when there is no time of day, else with the time."""
    if value is None:
        return None
    if (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0):
        return value.date().isoformat()
    return value.isoformat(timespec="seconds")


@dataclass(frozen=True)
class Article:
    """One article as read from a file, before it is split into records.

    ``paragraphs`` are the body paragraphs only: no headline, no byline.
    Unknown metadata is ``None``; it is never guessed.
    """

    path: str
    title: str
    paragraphs: tuple[str, ...]
    author: str | None = None
    source: str | None = None
    date: datetime | None = None
    url: str | None = None
    article_id: str = ""
    #: Which reader produced it: "txt", "html", "md", "json".
    format: str = "txt"


@dataclass(frozen=True)
class Record:
    """One searchable unit: a paragraph of an article (or its headline, ``kind == "headline"``, paragraph 0)."""

    id: str
    article_id: str
    path: str
    title: str
    paragraph: int
    text: str
    speakers: tuple[str, ...] = ()
    source: str | None = None
    date: datetime | None = None
    author: str | None = None
    kind: str = PARAGRAPH
    #: Outlets the paragraph cites ("via POLITICO", "according to Reuters"), not the publisher.
    cites: tuple[str, ...] = ()
    #: Character ranges of direct quotations in ``text`` (the quoted words, without the marks).
    quotes: tuple[tuple[int, int], ...] = ()
    url: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready dict with the documented keys (``speakers`` a list, ``date`` ISO 8601 or null)."""
        return {
            "id": self.id,
            "article_id": self.article_id,
            "path": self.path,
            "title": self.title,
            "paragraph": self.paragraph,
            "kind": self.kind,
            "text": self.text,
            "speakers": list(self.speakers),
            "source": self.source,
            "date": format_date(self.date),
            "author": self.author,
            "cites": list(self.cites),
            "quotes": [list(q) for q in self.quotes],
            "url": self.url,
        }


@dataclass(frozen=True)
class Hit:
    """A ranked search result: the record, its score, and where the query matched.

    ``spans`` are ``(start, end)`` character offsets into ``record.text`` of every matched term;
    ``snippet`` is a plain-text excerpt of ``record.text`` and ``snippet_spans`` the matches inside it.
    Markup is left to the caller (see ``newsearch.render``).
    """

    rank: int
    score: float
    record: Record
    spans: tuple[tuple[int, int], ...] = ()
    snippet: str = ""
    snippet_spans: tuple[tuple[int, int], ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """Flat JSON-ready dict: rank and score, then the record's keys, then the match positions."""
        out: dict[str, Any] = {"rank": self.rank, "score": round(self.score, 4)}
        out.update(self.record.as_dict())
        out["spans"] = [list(s) for s in self.spans]
        out["snippet"] = self.snippet
        out["snippet_spans"] = [list(s) for s in self.snippet_spans]
        return out


@dataclass(frozen=True)
class Problem:
    """A file that could not be read, and why (one line, for the user)."""

    path: str
    reason: str


@dataclass(frozen=True)
class IndexStats:
    """What an indexing run did."""

    index_dir: str
    files_seen: int = 0
    articles: int = 0
    records: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    problems: tuple[Problem, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        return {
            "index_dir": self.index_dir,
            "files_seen": self.files_seen,
            "articles": self.articles,
            "records": self.records,
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "skipped": self.skipped,
            "failed": self.failed,
            "seconds": round(self.seconds, 3),
            "problems": [{"path": p.path, "reason": p.reason} for p in self.problems],
        }


@dataclass(frozen=True)
class FacetCount:
    """One value of a facet and how many matching records carry it (``value`` is None for "no value")."""

    value: str | None
    count: int

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "count": self.count}


@dataclass(frozen=True)
class Suggestion:
    """A "did you mean" correction taken from the index's own vocabulary.

    ``field`` is the query field the word was in ("text" for plain words, "speaker", …) or the option it came from
    ("--speaker"); ``query`` is the whole query text with the correction applied (unchanged for an option).
    """

    field: str
    original: str
    replacement: str
    query: str

    def as_dict(self) -> dict[str, Any]:
        return {"field": self.field, "original": self.original, "replacement": self.replacement,
                "query": self.query}


@dataclass(frozen=True)
class SearchResult:
    """One page of hits, how many records matched in all, and what was asked for on top of the hits.

    ``facets`` maps each requested facet ("source", "date:month", …) to its counts over the *whole* result set.
    ``context`` maps a hit's record id to its neighbouring paragraphs (in order, the hit itself excluded).
    """

    query: str
    total: int
    hits: tuple[Hit, ...]
    offset: int = 0
    facets: dict[str, tuple[FacetCount, ...]] = field(default_factory=dict)
    suggestions: tuple[Suggestion, ...] = ()
    context: dict[str, tuple[Record, ...]] = field(default_factory=dict)
    #: False when matches were not all counted (a broad query, or ``count=False``): ``total`` is then a lower bound.
    total_exact: bool = True

    def context_of(self, hit: Hit) -> tuple[Record, ...]:
        """The neighbouring paragraphs fetched for ``hit`` (empty unless ``context`` was asked for)."""
        return self.context.get(hit.record.id, ())

    def as_dict(self) -> dict[str, Any]:
        """``{"query", "total", "total_exact", "offset", "hits", "facets", "suggestions"}`` (hits as in
        ``Hit.as_dict``)."""
        hits = []
        for h in self.hits:
            row = h.as_dict()
            if self.context:
                row["context"] = [r.as_dict() for r in self.context_of(h)]
            hits.append(row)
        return {
            "query": self.query,
            "total": self.total,
            "total_exact": self.total_exact,
            "offset": self.offset,
            "hits": hits,
            "facets": {name: [c.as_dict() for c in counts] for name, counts in self.facets.items()},
            "suggestions": [s.as_dict() for s in self.suggestions],
        }


@dataclass(frozen=True)
class IndexSummary:
    """What an index holds (``newsearch stats``)."""

    index_dir: str
    schema_version: int
    articles: int
    paragraphs: int
    headlines: int
    sources: int
    speakers: int
    authors: int
    first_date: datetime | None
    last_date: datetime | None
    undated: int
    size_bytes: int
    newsearch_version: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "index_dir": self.index_dir,
            "schema_version": self.schema_version,
            "articles": self.articles,
            "paragraphs": self.paragraphs,
            "headlines": self.headlines,
            "sources": self.sources,
            "speakers": self.speakers,
            "authors": self.authors,
            "first_date": format_date(self.first_date),
            "last_date": format_date(self.last_date),
            "undated": self.undated,
            "size_bytes": self.size_bytes,
            "newsearch_version": self.newsearch_version,
        }
