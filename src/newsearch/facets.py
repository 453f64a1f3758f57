"""Counts over a whole result set (facets, top speakers) and index summary counts, read from columns."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from newsearch.errors import QuerySyntaxError
from newsearch.models import HEADLINE, FacetCount
from newsearch.schema import column

#: Values listed per keyword facet by default (date facets list every bucket).
FACET_LIMIT = 20
#: What ``facets=`` accepts: a facet name, and for dates the bucket size (``date`` is ``date:month``).
FACETS = ("speaker", "source", "author", "date", "date:year", "date:month", "date:day")
#: Value Whoosh stores in a sortable DATETIME column for a document without a date.
NO_DATE = 2**64 - 1


def check_facets(facets: Sequence[str]) -> list[str]:
    out = []
    for f in facets:
        name = f.strip().lower()
        if name not in FACETS:
            raise QuerySyntaxError(f"unknown facet {f!r}: use one of {', '.join(FACETS)}")
        if name not in out:
            out.append(name)
    return out



# -- facets --------------------------------------------------------------------------------------------------------
def _facet_values(column: Any, docnum: int, facet: str) -> Iterable[str]:
    value = column[docnum]
    if not value:
        return ()
    if facet == "speaker":
        return tuple(dict.fromkeys(value))
    if facet == "author":
        return tuple(dict.fromkeys(a.strip() for a in str(value).split(", ") if a.strip()))
    return (str(value),)


def facet_counts(reader: Any, docs: Iterable[int], facets: Sequence[str], *, limit: int | None = FACET_LIMIT,
                 ) -> dict[str, tuple[FacetCount, ...]]:
    """Counts of each facet's values over ``docs`` (each record counted once per value), read from per-document
    columns in one pass. Keyword facets are sorted by count (top ``limit``; None or 0: all), date facets by date."""
    from whoosh.util.times import long_to_datetime

    docs = list(docs)
    out: dict[str, tuple[FacetCount, ...]] = {}
    for facet in facets:
        counts: Counter[str] = Counter()
        if facet.startswith("date"):
            width = {"date:year": 4, "date:day": 10}.get(facet, 7)
            col = column(reader, "date", translate=False)
            for d in docs:
                raw = col[d]
                if raw != NO_DATE:
                    counts[long_to_datetime(raw).isoformat()[:width]] += 1
            out[facet] = tuple(FacetCount(k, v) for k, v in sorted(counts.items()))
            continue
        col = column(reader, f"{'speakers' if facet == 'speaker' else facet}_s")
        for d in docs:
            counts.update(_facet_values(col, d, facet))
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].lower()))
        out[facet] = tuple(FacetCount(k, v) for k, v in (ranked[:limit] if limit else ranked))
    return out





# -- index summary -------------------------------------------------------------------------------------------------
def index_counts(searcher: Any) -> dict[str, Any]:
    """Live record counts, distinct names and date range of an index, in one pass over its columns."""
    from whoosh import query as wq
    from whoosh.util.times import long_to_datetime

    reader = searcher.reader()
    if reader.doc_count_all() == 0:
        return {"articles": 0, "headlines": 0, "paragraphs": 0, "sources": 0, "speakers": 0, "authors": 0,
                "first_date": None, "last_date": None, "undated": 0}
    kinds = {k: sum(1 for _ in searcher.docs_for_query(wq.Term("kind", k))) for k in (HEADLINE, "paragraph")}
    article_ids = column(reader, "article_id")
    articles: set[str] = set()
    cols = {f: column(reader, f"{'speakers' if f == 'speaker' else f}_s") for f in ("speaker", "source",
                                                                                          "author")}
    names: dict[str, set[str]] = {f: set() for f in cols}
    dates = column(reader, "date", translate=False)
    lo, hi, dated = NO_DATE, -1, 0
    for d in reader.all_doc_ids():
        articles.add(article_ids[d])
        for f, col in cols.items():
            names[f].update(_facet_values(col, d, f))
        raw = dates[d]
        if raw != NO_DATE:
            dated += 1
            lo, hi = min(lo, raw), max(hi, raw)
    return {
        "articles": len(articles), "headlines": kinds[HEADLINE], "paragraphs": kinds["paragraph"],
        "sources": len(names["source"]), "speakers": len(names["speaker"]), "authors": len(names["author"]),
        "first_date": long_to_datetime(lo) if hi >= 0 else None,
        "last_date": long_to_datetime(hi) if hi >= 0 else None,
        "undated": kinds[HEADLINE] + kinds["paragraph"] - dated,
    }
