"""Ranking and result pages: ``search()`` turns query text into a ``SearchResult``; also context and "more like this".

Ranking: Whoosh BM25F over the paragraph (``text``) and its article's headline (``title``), each paragraph's score
raised by its article's BM25 score for the query (``ARTICLE_WEIGHT``), so a paragraph is ranked in the context of
its article. The article scores come from one hidden document per article (its whole text in ``body``): a search
over articles (a fifth as many documents as paragraphs) whose scores are applied inside the paragraph search by
Whoosh's ``final()`` hook, so the paragraph search itself stays a plain top-N search. (Tried and dropped: the
article's key words as a field on every paragraph, or as the article document, instead of its whole text: questions
1.6x slower, or no gain in ranking; a "context" field of neighbouring paragraphs added nothing and doubled the
index.)
Query words are OR-ed with a coordination bonus (``OrGroup.factory(0.9)``): natural-language questions still find
the paragraphs that match most of their words first, instead of nothing at all as with AND.

The query language lives in ``querylang``, match positions in ``highlight``, counts in ``facets``, "did you mean"
in ``suggest``.
"""

from __future__ import annotations

import fnmatch
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from newsearch.errors import NewsearchError, QuerySyntaxError
from newsearch.facets import FACET_LIMIT, FACETS, NO_DATE, check_facets, facet_counts
from newsearch.highlight import make_snippet, match_spans, match_terms
from newsearch.models import ARTICLE_DOC, HEADLINE, FacetCount, Hit, Record, SearchResult
from newsearch.querylang import (
    PROSE_FIELDS,
    as_list,
    clean_query,
    leaves,
    parse_bound,
    parse_query,
    parser_for,
    restructure,
    stem_prefixes,
)
from newsearch.schema import column, fold
from newsearch.suggest import suggest_for

__all__ = [
    "FACETS",
    "SORTS",
    "SearchResult",
    "build_filter",
    "facet_counts",
    "make_snippet",
    "match_spans",
    "parse_bound",
    "parse_query",
    "search",
    "similar",
    "speaker_counts",
]

#: Weight of the article's score (normalised to the best article) in its paragraphs' scores: a paragraph of the
#: best matching article scores (1 + ARTICLE_WEIGHT) times its own BM25F score.
ARTICLE_WEIGHT = 1.0
#: Articles whose score is looked up per query (paragraphs of other articles get no boost).
ARTICLE_CANDIDATES = 200
#: With ``count=None``, results that Whoosh estimates to have at most this many matches are counted exactly.
EXACT_COUNT_UPTO = 2000
#: Candidates of ``similar()`` (more for deep pages).
CANDIDATES = 200
#: Default most hits per article on one page of results.
PER_ARTICLE = 5
SORTS = ("relevance", "date", "-date")


# -- filters -------------------------------------------------------------------------------------------------------

def _keyword_filter(field: str, values: Sequence[str] | str | None) -> Any:
    from whoosh import query as wq

    terms = [wq.Term(field, fold(v.replace(",", " "))) for v in as_list(values)]
    if not terms:
        return None
    return terms[0] if len(terms) == 1 else wq.Or(terms)


def _path_filter(reader: Any, globs: Sequence[str] | str | None) -> Any:
    """Records whose file path matches any of the shell globs (``seeds/*.html``, ``*/2025/*``); an absolute glob
    matches the absolute path. Globs are expanded over the index's own list of paths."""
    import os

    from whoosh import query as wq

    terms = []
    for glob in as_list(globs):
        field = "abspath" if os.path.isabs(glob) else "path"
        if not re.search(r"[*?\[]", glob):
            terms.append(wq.Term(field, glob))
            continue
        literal = re.split(r"[*?\[]", glob, maxsplit=1)[0]
        if reader is None:
            terms.append(wq.Wildcard(field, glob))
            continue
        source = reader.expand_prefix(field, literal) if literal else reader.field_terms(field)
        for term in source:
            name = term.decode("utf-8") if isinstance(term, bytes) else str(term)
            if fnmatch.fnmatchcase(name, glob):
                terms.append(wq.Term(field, name))
    if not as_list(globs):
        return None
    if not terms:
        return wq.Term("path", "\x00no such path")
    return terms[0] if len(terms) == 1 else wq.Or(terms)


def build_filter(*, speaker: Sequence[str] | str | None = None, source: Sequence[str] | str | None = None,
                 author: Sequence[str] | str | None = None, since: datetime | None = None,
                 until: datetime | None = None, path: Sequence[str] | str | None = None, reader: Any = None) -> Any:
    """The Whoosh filter query for the option values, or None. ``since``/``until`` are inclusive datetimes; values
    of one option are OR-ed, options are AND-ed; ``path`` takes shell globs (expanded with ``reader``)."""
    from whoosh import query as wq

    parts = [f for f in (_keyword_filter("speaker", speaker), _keyword_filter("source", source),
                         _keyword_filter("author", author), _path_filter(reader, path)) if f is not None]
    if since is not None or until is not None:
        if since is not None and until is not None and since > until:
            raise QuerySyntaxError(f"--since {since:%Y-%m-%d} is after --until {until:%Y-%m-%d}: nothing can match")
        parts.append(wq.DateRange("date", since, until))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.And(parts)



# -- search --------------------------------------------------------------------------------------------------------
@dataclass
class _Page:
    """Docnums and scores of one page, in order."""

    items: list[tuple[float, int]]
    total: int
    exact: bool = True


def _check_paging(limit: int, offset: int, page: int | None) -> int:
    if limit < 0:
        raise QuerySyntaxError("limit cannot be negative")
    if offset < 0:
        raise QuerySyntaxError("offset cannot be negative")
    if page is not None:
        if page < 1:
            raise QuerySyntaxError("page numbers start at 1")
        if offset:
            raise QuerySyntaxError("give either page or offset, not both")
        return (page - 1) * limit
    return offset




def search(searcher: Any, text: str, *, limit: int = 10, offset: int = 0, page: int | None = None,
           speaker: Sequence[str] | str | None = None, source: Sequence[str] | str | None = None,
           author: Sequence[str] | str | None = None, since: datetime | None = None,
           until: datetime | None = None, path: Sequence[str] | str | None = None, quoted: bool = False,
           per_article: int | None = PER_ARTICLE, sort: str = "relevance", context: int = 0,
           facets: Sequence[str] = (), facet_limit: int | None = FACET_LIMIT, suggest: bool = True,
           count: bool | None = None) -> SearchResult:
    """Run a query on an open Whoosh searcher and return our own ``SearchResult``.

    ``total`` is exact when ``count`` is True; when it is False, or None (the default) and Whoosh's upper estimate
    exceeds ``EXACT_COUNT_UPTO`` matches, counting every match (a second pass over all their postings, often more
    than the search itself) is skipped: ``total`` is then a lower bound and ``total_exact`` False.

    Ranking is BM25 over ``FIELD_BOOSTS`` (the paragraph text), raised by up to ``ARTICLE_WEIGHT`` for
    paragraphs of the articles that match best as a whole; ``per_article`` caps the hits from any one article
    (None or 0: no cap). Not for concurrent use of one searcher from several threads (the article step swaps the
    searcher's weighting for the duration of a query).

    ``sort="date"``/``"-date"`` orders the whole result set by date (oldest/newest first, undated last; score 0).
    ``context`` fetches that many paragraphs either side of each hit; ``facets`` counts values over the whole
    result set (see ``FACETS``); ``suggest`` adds "did you mean" corrections for words the index does not know.
    """
    from whoosh import query as wq

    offset = _check_paging(limit, offset, page)
    if sort not in SORTS:
        raise QuerySyntaxError(f"unknown sort {sort!r}: use one of {', '.join(SORTS)}")
    if context < 0:
        raise QuerySyntaxError("context cannot be negative")
    wanted_facets = check_facets(facets)
    reader = searcher.reader()
    q = parse_query(searcher.schema, text, quoted=quoted, reader=reader)
    if reader.doc_count_all() == 0:  # a new or just rebuilt index: Whoosh's empty reader has no columns
        return SearchResult(query=text, total=0, hits=(), offset=offset,
                            facets={f: () for f in wanted_facets})
    flt = build_filter(speaker=speaker, source=source, author=author, since=since, until=until, path=path,
                       reader=reader)
    mask = wq.Term("kind", ARTICLE_DOC) if _may_match_article_docs(q) else None
    want = offset + limit
    docset: list[int] | None = None
    if sort != "relevance" or wanted_facets:
        docset = _matching_docs(searcher, q, flt)
    if sort != "relevance":
        assert docset is not None
        page_items = _by_date(reader, docset, want, per_article, newest=sort == "-date")
    else:
        page_items = _by_relevance(searcher, q, flt, mask, text, want, per_article, quoted, count)
    total = len(docset) if docset is not None else page_items.total
    total_exact = docset is not None or page_items.exact
    terms = match_terms(q, reader)
    hits = _hits(searcher, page_items.items[offset:], terms, offset, quoted)
    return SearchResult(
        query=text, total=total, total_exact=total_exact, hits=tuple(hits), offset=offset,
        facets=facet_counts(reader, docset or [], wanted_facets, limit=facet_limit) if wanted_facets else {},
        suggestions=suggest_for(searcher, q, text, speaker=speaker, source=source, author=author)
        if suggest else (),
        context=neighbours(searcher, [h.record for h in hits], context) if context else {},
    )


def _matching_docs(searcher: Any, q: Any, flt: Any) -> list[int]:
    """Docnums of every record the query and filter match (the article documents excluded), unscored."""
    from whoosh import query as wq

    results = searcher.search(q, limit=None, scored=False, filter=flt, mask=wq.Term("kind", ARTICLE_DOC),
                              terms=False)
    return sorted(results.docs())


def _capped(items: Iterable[tuple[float, int]], aid_col: Any, want: int, per_article: int | None,
            ) -> list[tuple[float, int]]:
    page: list[tuple[float, int]] = []
    per: Counter[str] = Counter()
    for score, docnum in items:
        if len(page) >= want:
            break
        if per_article:
            aid = aid_col[docnum]
            if per[aid] >= per_article:
                continue
            per[aid] += 1
        page.append((score, docnum))
    return page


def _may_match_article_docs(q: Any) -> bool:
    """Whether the hidden article documents could match ``q``. They have none of the prose fields, so a query of
    words cannot match them and needs no mask (a mask costs a bitset pass over every match)."""
    return any(getattr(leaf, "fieldname", None) not in PROSE_FIELDS for leaf in leaves(q))


class _InArticle:
    """The searcher's weighting (BM25F) with a ``final()`` step that multiplies a document's score by
    ``1 + boosts[docnum]`` (paragraphs of the best matching articles)."""

    use_final = True

    def __init__(self, base: Any, boosts: dict[int, float]) -> None:
        self._base = base
        self._boosts = boosts

    def __getattr__(self, name: str) -> Any:
        return getattr(self._base, name)

    def final(self, searcher: Any, docnum: int, score: float) -> float:
        boost = self._boosts.get(docnum)
        return score * (1.0 + boost) if boost else score


def _paragraph_boosts(searcher: Any, scores: dict[int, float]) -> dict[int, float]:
    """docnum -> boost for every record of the scored articles (article document docnum -> score). An article's
    records follow its hidden document (``segments.add_file``; merges keep the order), their number in its
    ``paragraph`` column; the article id of the last one is checked, and an article whose records are not where
    expected is looked up by its id instead."""
    from whoosh import query as wq

    reader = searcher.reader()
    aid_col = column(reader, "article_id")
    count_col = column(reader, "paragraph")
    best = max(scores.values()) or 1.0
    out: dict[int, float] = {}
    for docnum, score in scores.items():
        boost = ARTICLE_WEIGHT * score / best
        n = int(count_col[docnum] or 0)
        aid = aid_col[docnum]
        if n and docnum + n < reader.doc_count_all() and aid_col[docnum + n] == aid and aid_col[docnum + 1] == aid:
            for d in range(docnum + 1, docnum + n + 1):
                out[d] = boost
        else:
            for d in searcher.docs_for_query(wq.Term("article_id", aid)):
                if d != docnum:
                    out[d] = boost
    return out


def _by_relevance(searcher: Any, q: Any, flt: Any, mask: Any, text: str, want: int, per_article: int | None,
                  quoted: bool = False, count: bool | None = None) -> _Page:
    from whoosh import query as wq

    if flt is not None:
        # A filter is materialised as a whole docset per query (slow when it matches most of the index, like
        # source:reuters); as a zero-weight clause of an And it is intersected lazily instead. Same hits, same order.
        q = wq.And([q, wq.ConstantScoreQuery(flt, 0.0)])
    scores = _article_scores(searcher, text, ARTICLE_CANDIDATES) if ARTICLE_WEIGHT and not quoted and want else {}
    base = searcher.weighting
    if scores:
        searcher.weighting = _InArticle(base, _paragraph_boosts(searcher, scores))
    try:
        # The per-article cap is applied to a few more hits than the page needs; Whoosh's own "collapse" (slower
        # by ~40 %) is the fallback when one article fills them.
        fetch = max(want * 2, want + 10)
        results = _top(searcher, q, fetch, mask, bool(scores))
        items = [(float(score or 0.0), docnum) for docnum, score in results.items()]
        hits = _capped(items, column(searcher.reader(), "article_id"), want, per_article)
        if len(hits) < want and len(items) >= fetch and per_article:  # more matches than fetched: ask Whoosh
            results = _top(searcher, q, want, mask, bool(scores), collapse=per_article)
            hits = [(float(score or 0.0), docnum) for docnum, score in results.items()][:want]
        # (counting takes a second pass over all matches; the hidden article documents it must leave out can only
        # match a query with a mask)
        exact = results.has_exact_length()
        floor = _lower_bound(results)
        if not exact and (count or (count is None and _upper_bound(results) <= EXACT_COUNT_UPTO)):
            exact = True
        if exact and mask is not None and not results.has_exact_length():
            total = sum(1 for _ in searcher.search(q, limit=None, scored=False, mask=mask, terms=False).docs())
        else:
            total = len(results) if exact else max(len(hits), floor)
    finally:
        searcher.weighting = base
    return _Page(hits, total, exact)


def _top(searcher: Any, q: Any, limit: int, mask: Any, boosted: bool, collapse: int = 0) -> Any:
    """The best ``limit`` matches (Whoosh results). With the article boost, the top-N shortcuts get a deflated
    threshold (see ``_BoostedTop``)."""
    from whoosh import collectors

    if not boosted:
        options: dict[str, Any] = {"collapse": "article_id", "collapse_limit": collapse} if collapse else {}
        return searcher.search(q, limit=limit, mask=mask, terms=False, **options)
    c: Any = _boosted_top(limit)
    if collapse:
        c = collectors.CollapseCollector(c, "article_id", limit=collapse)
    if mask is not None:
        c = collectors.FilterCollector(c, None, mask)
    searcher.search_with_collector(q, c)
    return c.results()


def _boosted_top(limit: int) -> Any:
    """A Whoosh ``TopCollector`` that stays correct when ``final()`` raises scores by up to (1 + ARTICLE_WEIGHT):
    Whoosh skips matches (block quality, matcher replacement) whose *own* score cannot beat the N-th best score, so
    that threshold is divided by the largest boost. It also never claims an exact count (it skipped matches)."""
    from whoosh.collectors import TopCollector

    class BoostedTop(TopCollector):  # type: ignore[misc]
        def _use_block_quality(self) -> bool:
            return bool(self.usequality and self.matcher.supports_block_quality())

        def computes_count(self) -> bool:
            return False

        def _collect(self, global_docnum: int, score: float) -> Any:
            key = TopCollector._collect(self, global_docnum, score)
            if len(self.items) >= self.limit:
                self.minscore = self.items[0][0] / (1.0 + ARTICLE_WEIGHT)
            return key

    return BoostedTop(limit)


def _upper_bound(results: Any) -> int:
    """Whoosh's upper bound on the number of matches (the sum of the words' document frequencies for an OR)."""
    try:
        return int(results.estimated_length())
    except ValueError:
        return 0


def _lower_bound(results: Any) -> int:
    """Whoosh's lower bound on the number of matches (0 where Whoosh cannot tell: its estimate fails on a date
    range that holds no dates)."""
    try:
        return int(results.estimated_min_length())
    except ValueError:
        return 0


def _by_date(reader: Any, docset: list[int], want: int, per_article: int | None, *, newest: bool) -> _Page:
    col = column(reader, "date", translate=False)
    keyed = [(col[d], d) for d in docset]
    if newest:
        keyed.sort(key=lambda kd: (kd[0] == NO_DATE, -kd[0], kd[1]))
    else:
        keyed.sort(key=lambda kd: (kd[0] == NO_DATE, kd[0], kd[1]))
    aid_col = column(reader, "article_id")
    return _Page(_capped(((0.0, d) for _v, d in keyed), aid_col, want, per_article), len(docset))


def _hits(searcher: Any, items: Sequence[tuple[float, int]], terms: set[str], offset: int, quoted: bool,
          ) -> list[Hit]:
    from newsearch.store import record_from_stored

    hits = []
    for rank, (score, docnum) in enumerate(items, start=offset + 1):
        record = record_from_stored(searcher.stored_fields(docnum))
        spans = match_spans(record.text, terms)
        if quoted and record.quotes:
            spans = tuple(s for s in spans if any(a <= s[0] and s[1] <= b for a, b in record.quotes))
        snippet, snippet_spans = make_snippet(record.text, spans)
        hits.append(Hit(rank=rank, score=score, record=record, spans=spans, snippet=snippet,
                        snippet_spans=snippet_spans))
    return hits


def _article_scores(searcher: Any, text: str, limit: int) -> dict[int, float]:
    """Docnum of the hidden article document -> BM25 score of the whole article for the query's free words."""
    from whoosh import query as wq

    parser = parser_for(searcher.schema, False, fields=("body",))
    try:
        bq = parser.process(clean_query(text)).query(parser)
    except (ValueError, TypeError, IndexError, KeyError, OverflowError, RecursionError):
        return {}
    bq = stem_prefixes(restructure(bq or wq.NullQuery, drop_restrictions=True).normalize())
    if bq is wq.NullQuery or isinstance(bq, type(wq.NullQuery)):
        return {}
    bq = _words_of_phrases(bq)
    # only the hidden article documents have a ``body``: no filter needed (a filter costs a pass over every match)
    results = searcher.search(bq, limit=limit, terms=False)
    return {docnum: float(score or 0.0) for docnum, score in results.items()}


def _words_of_phrases(q: Any) -> Any:
    """``q`` with every phrase replaced by the AND of its words: ``body`` has no positions (see the schema)."""
    from whoosh import query as wq

    if isinstance(q, wq.Phrase):
        return wq.And([wq.Term(q.fieldname, w) for w in q.words], boost=q.boost)
    return q if q.is_leaf() else q.apply(_words_of_phrases)


# -- context -------------------------------------------------------------------------------------------------------
def neighbours(searcher: Any, records: Sequence[Record], n: int) -> dict[str, tuple[Record, ...]]:
    """For each record id, the body paragraphs within ``n`` of it in its article (the headline and the record
    itself excluded), in order. One term lookup per article and stored reads only for the paragraphs returned."""
    from whoosh import query as wq

    from newsearch.store import record_from_stored

    if n <= 0 or not records:
        return {}
    reader = searcher.reader()
    para_col = column(reader, "paragraph")
    by_article: dict[str, dict[int, int]] = {}
    out: dict[str, tuple[Record, ...]] = {}
    for record in records:
        numbers = by_article.get(record.article_id)
        if numbers is None:
            numbers = {}
            for docnum in searcher.docs_for_query(wq.Term("article_id", record.article_id)):
                numbers.setdefault(int(para_col[docnum] or 0), docnum)
            by_article[record.article_id] = numbers
        around = []
        for p in range(max(1, record.paragraph - n), record.paragraph + n + 1):
            if p == record.paragraph or p not in numbers:
                continue
            fields = searcher.stored_fields(numbers[p])
            if fields.get("kind") in (ARTICLE_DOC, HEADLINE):
                continue
            around.append(record_from_stored(fields))
        out[record.id] = tuple(around)
    return out



# -- more like this ------------------------------------------------------------------------------------------------
def similar(searcher: Any, record_id: str, *, limit: int = 10, offset: int = 0, page: int | None = None,
            speaker: Sequence[str] | str | None = None, source: Sequence[str] | str | None = None,
            author: Sequence[str] | str | None = None, since: datetime | None = None,
            until: datetime | None = None, path: Sequence[str] | str | None = None,
            per_article: int | None = 1, context: int = 0, numterms: int = 12) -> SearchResult:
    """Paragraphs of *other* articles most like record ``record_id``: its ``numterms`` most distinctive words
    (Bo1 key terms, weighted) searched over text and headlines. ``spans`` mark those words."""
    from whoosh import query as wq

    from newsearch.store import record_from_stored

    offset = _check_paging(limit, offset, page)
    docnum = docnum_for_id(searcher, record_id)
    if docnum is None:
        raise NewsearchError(f"no record {record_id!r} in the index: record ids look like 'ARTICLE:N' (see the "
                             "'id' of a hit in `newsearch query ... --format json`)")
    record = record_from_stored(searcher.stored_fields(docnum))
    keys = searcher.key_terms_from_text("text", record.text or record.title, numterms=numterms)
    if not keys:
        return SearchResult(query=record_id, total=0, hits=(), offset=offset)
    q = wq.Or([wq.Term("text", t, boost=float(w)) for t, w in keys]
              + [wq.Term("title", t, boost=0.5 * float(w)) for t, w in keys])
    reader = searcher.reader()
    flt = build_filter(speaker=speaker, source=source, author=author, since=since, until=until, path=path,
                       reader=reader)
    mask = wq.Or([wq.Term("kind", ARTICLE_DOC), wq.Term("article_id", record.article_id)])
    want = offset + limit
    results = searcher.search(q, limit=max(CANDIDATES, want * 4), filter=flt, mask=mask, terms=False)
    ranked = [(float(score or 0.0), d) for d, score in results.items()]
    best = max((s for s, _d in ranked), default=0.0) or 1.0
    ranked = [(s / best, d) for s, d in ranked]
    items = _capped(ranked, column(reader, "article_id"), want, per_article)
    hits = _hits(searcher, items[offset:], {str(t) for t, _w in keys}, offset, False)
    return SearchResult(query=record_id, total=len(results), hits=tuple(hits), offset=offset,
                        context=neighbours(searcher, [h.record for h in hits], context) if context else {})


def docnum_for_id(searcher: Any, record_id: str) -> int | None:
    """The document number of record ``record_id`` (``<article_id>:<paragraph>``, or ``<article_id>:article`` for
    the hidden article document), or None. ``id`` is not indexed: the article's documents are few."""
    article_id, _, _tail = record_id.rpartition(":")
    if not article_id:
        return None
    from whoosh import query as wq

    for docnum in searcher.search(wq.Term("article_id", article_id), limit=None, scored=False,
                                  terms=False).docs():  # (deleted documents left out)
        if searcher.stored_fields(docnum).get("id") == record_id:
            return int(docnum)
    return None


def find_record(searcher: Any, record_id: str) -> Record | None:
    """The record with id ``record_id``, or None."""
    from newsearch.store import record_from_stored

    docnum = docnum_for_id(searcher, record_id)
    if docnum is None:
        return None
    fields = searcher.stored_fields(docnum)
    if fields.get("kind") == ARTICLE_DOC:
        return None
    return record_from_stored(fields)

def speaker_counts(searcher: Any, text: str | None = None, *, limit: int | None = FACET_LIMIT,
                   speaker: Sequence[str] | str | None = None, source: Sequence[str] | str | None = None,
                   author: Sequence[str] | str | None = None, since: datetime | None = None,
                   until: datetime | None = None, path: Sequence[str] | str | None = None, quoted: bool = False,
                   ) -> tuple[FacetCount, ...]:
    """Who speaks in the paragraphs matching ``text`` (every paragraph when None), most first: each speaker counted
    once per matching paragraph, over the whole result set."""
    reader = searcher.reader()
    if text is not None and text.strip():
        parse_query(searcher.schema, text, quoted=quoted, reader=reader)  # report a bad query even when empty
    if reader.doc_count_all() == 0:
        return ()
    flt = build_filter(speaker=speaker, source=source, author=author, since=since, until=until, path=path,
                       reader=reader)
    if text is not None and text.strip():
        q = parse_query(searcher.schema, text, quoted=quoted, reader=reader)
        docs: Iterable[int] = _matching_docs(searcher, q, flt)
    elif flt is not None:
        docs = searcher.docs_for_query(flt)
    else:
        docs = reader.all_doc_ids()
    return facet_counts(reader, docs, ["speaker"], limit=limit)["speaker"]
