"""Query parsing, filters, ranking and match positions: ``search()`` turns query text into ``Hit``s.

Ranking: Whoosh BM25F over the paragraph (``text``), its article's headline (``title``) and the article around it
(``context``: headline, lede, neighbouring paragraphs), so a paragraph is ranked in context. Query words are
OR-ed with a coordination bonus (``OrGroup.factory(0.9)``): natural-language questions still find the paragraphs
that match most of their words first, instead of nothing at all as with AND.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any

from newsearch.errors import QuerySyntaxError
from newsearch.models import ARTICLE_DOC, Hit
from newsearch.schema import fold, news_analyzer

#: Fields searched by words without a ``field:`` prefix, and their weights.
FIELD_BOOSTS = {"text": 1.0, "title": 0.6, "context": 0.35}
#: Weight of the whole-article score fused into each paragraph's score (0: rank paragraphs in isolation).
ARTICLE_WEIGHT = 0.5
#: Paragraph candidates re-ranked per query (more for deep pages).
CANDIDATES = 200
#: Default most hits per article on one page of results.
PER_ARTICLE = 5
#: Longest query accepted, in characters.
MAX_QUERY_CHARS = 2000
SNIPPET_CHARS = 300


@dataclass(frozen=True)
class SearchResult:
    """One page of hits, and how many records matched in all."""

    query: str
    total: int
    hits: tuple[Hit, ...]


_PARSERS: dict[tuple[int, bool, tuple[str, ...]], tuple[Any, Any]] = {}


def _parser(schema: Any, quoted: bool, fields: tuple[str, ...] = ()) -> Any:
    """A query parser for ``schema``, built once per schema object (parsers are costly to build)."""
    key = (id(schema), quoted, fields)
    cached = _PARSERS.get(key)
    if cached is not None and cached[0] is schema:
        return cached[1]
    from whoosh import qparser

    if fields:
        boosts = {f: 1.0 for f in fields}
    elif quoted:
        boosts = {"quote": 1.0}
    else:
        boosts = dict(FIELD_BOOSTS)
    fields = tuple(boosts)
    parser = qparser.MultifieldParser(list(fields), schema, fieldboosts=boosts,
                                      group=qparser.OrGroup.factory(0.9))
    parser.add_plugin(qparser.FuzzyTermPlugin())
    # + and - only at the start of a word: "five-year" is one hyphenated word, not "five NOT year".
    parser.add_plugin(qparser.PlusMinusPlugin(plusexpr=r"(?:(?<=[\s(])|^)\+(?=[\w\"(])",
                                              minusexpr=r"(?:(?<=[\s(])|^)-(?=[\w\"(])"))
    parser.add_plugin(qparser.GtLtPlugin())
    parser.add_plugin(qparser.FieldAliasPlugin({"speaker": ["speakers", "who"], "source": ["publisher"],
                                                "author": ["byline"]}))
    if len(_PARSERS) > 16:
        _PARSERS.clear()
    _PARSERS[key] = (schema, parser)
    return parser


def parse_query(schema: Any, text: str, *, quoted: bool = False) -> Any:
    """The Whoosh query for ``text``; raises QuerySyntaxError when it cannot match anything by construction."""
    from whoosh import query as wq

    if not text or not text.strip():
        raise QuerySyntaxError("empty query: give some words to search for, e.g. newsearch query \"security "
                               "guarantees\"")
    if len(text) > MAX_QUERY_CHARS:
        raise QuerySyntaxError(f"query too long ({len(text)} characters; the limit is {MAX_QUERY_CHARS})")
    q = _parser(schema, quoted).parse(text)
    if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
        raise QuerySyntaxError(f"nothing to search for in {text!r}: it has only stop words or operators "
                               "(words like 'the', 'and', 'of' are not indexed)")
    return q


def _keyword_filter(field: str, values: Sequence[str] | str | None) -> Any:
    from whoosh import query as wq

    if not values:
        return None
    if isinstance(values, str):
        values = [values]
    terms = [wq.Term(field, fold(v.replace(",", " "))) for v in values if v and v.strip()]
    if not terms:
        return None
    return terms[0] if len(terms) == 1 else wq.Or(terms)


def build_filter(*, speaker: Sequence[str] | str | None = None, source: Sequence[str] | str | None = None,
                 author: Sequence[str] | str | None = None, since: datetime | None = None,
                 until: datetime | None = None) -> Any:
    """The Whoosh filter query for the option values, or None. ``since``/``until`` are inclusive datetimes."""
    from whoosh import query as wq

    parts = [f for f in (_keyword_filter("speaker", speaker), _keyword_filter("source", source),
                         _keyword_filter("author", author)) if f is not None]
    if since is not None or until is not None:
        parts.append(wq.DateRange("date", since, until))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.And(parts)


def _match_terms(q: Any, reader: Any) -> set[str]:
    """Index terms (analysed) that the query matches in the text-like fields, wildcards and fuzzy terms expanded."""
    terms: set[str] = set()
    for fieldname, value in q.existing_terms(reader, phrases=True, expand=True):
        if fieldname in ("text", "title", "context", "quote"):
            terms.add(value.decode("utf-8") if isinstance(value, bytes) else str(value))
    # existing_terms skips negated parts already; but make sure NOT-ed terms are not highlighted
    return terms


def match_spans(text: str, terms: set[str]) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets in ``text`` of every token whose analysed form is one of ``terms``."""
    if not terms or not text:
        return ()
    spans = []
    for token in _analyzer()(text, chars=True, mode="index", removestops=True):
        if token.text in terms:
            spans.append((token.startchar, token.endchar))
    return tuple(spans)


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    return news_analyzer()


_SENTENCE_START = re.compile(r"(?<=[.!?”\"])\s+")


def make_snippet(text: str, spans: Sequence[tuple[int, int]], width: int = SNIPPET_CHARS,
                 ) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of about ``width`` characters of ``text`` holding the most matches, and the matches inside it.

    Short paragraphs are returned whole. With no matches (a match in the headline or context only) the
    paragraph's opening is returned.
    """
    if len(text) <= width:
        return text, tuple(spans)
    best_start, best_score = 0, -1
    for i, (s, _e) in enumerate(spans):
        window_end = s + width
        covered = {text[a:b].lower() for a, b in spans[i:] if b <= window_end}
        score = len(covered) * 100 + sum(1 for a, b in spans[i:] if b <= window_end)
        if score > best_score:
            best_start, best_score = s, score
    start = 0
    if best_start > width // 4:
        # back up to a sentence start shortly before the first match, else a word boundary
        lo = max(0, best_start - width // 3)
        breaks = list(_SENTENCE_START.finditer(text, lo, best_start))
        start = breaks[-1].end() if breaks else text.rfind(" ", 0, max(lo, 1)) + 1
    end = min(len(text), start + width)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start + width // 2 else end
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    snippet = prefix + text[start:end].strip() + suffix
    lead = len(prefix) - (len(text[start:end]) - len(text[start:end].lstrip()))
    inside = tuple((a - start + lead, b - start + lead) for a, b in spans if a >= start and b <= end)
    return snippet, inside


def search(searcher: Any, text: str, *, limit: int = 10, offset: int = 0,
           speaker: Sequence[str] | str | None = None, source: Sequence[str] | str | None = None,
           author: Sequence[str] | str | None = None, since: datetime | None = None,
           until: datetime | None = None, quoted: bool = False, per_article: int | None = PER_ARTICLE,
           ) -> SearchResult:
    """Run a query on an open Whoosh searcher and return our own ``SearchResult``.

    Ranking fuses two BM25F scores: the paragraph's own (``FIELD_BOOSTS`` over text, headline and context) and
    its article's (the whole article as one document), each divided by the best score of its list, the article's
    weighted by ``ARTICLE_WEIGHT``. ``per_article`` caps the hits from any one article (None or 0: no cap).
    """
    from whoosh import query as wq

    from newsearch.store import record_from_stored

    if limit < 1:
        raise QuerySyntaxError("limit must be at least 1")
    if offset < 0:
        raise QuerySyntaxError("offset cannot be negative")
    q = parse_query(searcher.schema, text, quoted=quoted)
    flt = build_filter(speaker=speaker, source=source, author=author, since=since, until=until)
    want = offset + limit
    n_candidates = max(CANDIDATES, want * 4)
    results = searcher.search(q, limit=n_candidates, filter=flt, mask=wq.Term("kind", ARTICLE_DOC), terms=False)
    total = len(results)
    candidates = [(hit.score or 0.0, hit.docnum, hit) for hit in results]
    article_score = _article_scores(searcher, text, n_candidates) if ARTICLE_WEIGHT and not quoted else {}
    best_para = max((c[0] for c in candidates), default=0.0) or 1.0
    best_art = max(article_score.values(), default=0.0) or 1.0
    ranked = []
    for score, docnum, hit in candidates:
        aid = hit["article_id"]
        fused = score / best_para + ARTICLE_WEIGHT * article_score.get(aid, 0.0) / best_art
        ranked.append((fused, docnum, hit))
    ranked.sort(key=lambda item: (-item[0], item[1]))
    page = []
    per: dict[str, int] = {}
    for fused, _docnum, hit in ranked:
        aid = hit["article_id"]
        if per_article and per.get(aid, 0) >= per_article:
            continue
        per[aid] = per.get(aid, 0) + 1
        page.append((fused, hit))
        if len(page) >= want:
            break
    terms = _match_terms(q, searcher.reader())
    hits = []
    for rank, (fused, hit) in enumerate(page[offset:], start=offset + 1):
        record = record_from_stored(hit.fields())
        spans = match_spans(record.text, terms)
        if quoted and record.quotes:
            spans = tuple(s for s in spans if any(a <= s[0] and s[1] <= b for a, b in record.quotes))
        snippet, snippet_spans = make_snippet(record.text, spans)
        hits.append(Hit(rank=rank, score=fused, record=record, spans=spans, snippet=snippet,
                        snippet_spans=snippet_spans))
    return SearchResult(query=text, total=total, hits=tuple(hits))


def _article_scores(searcher: Any, text: str, limit: int) -> dict[str, float]:
    """article_id -> BM25 score of the whole article for the query's free words."""
    from whoosh import query as wq

    bq = _parser(searcher.schema, False, fields=("body",)).parse(text)
    if bq is wq.NullQuery or isinstance(bq, type(wq.NullQuery)):
        return {}
    results = searcher.search(bq, limit=limit, filter=wq.Term("kind", ARTICLE_DOC), terms=False)
    return {hit["article_id"]: float(hit.score or 0.0) for hit in results}


_BOUND = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse_bound(value: datetime | date | str | None, *, end: bool = False) -> datetime | None:
    """The first (or, with ``end``, the last) moment of a year, month or day, as a naive UTC datetime.

    Raises ValueError with a readable message for text that is not such a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time.max if end else time.min)
    text = value.strip()
    m = _BOUND.match(text)
    if not m:
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from None
        return parsed.replace(tzinfo=None)
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    try:
        if month is None:
            return datetime(year, 12, 31, 23, 59, 59) if end else datetime(year, 1, 1)
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return datetime(year, month, last, 23, 59, 59) if end else datetime(year, month, 1)
        d = date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a valid date ({exc})") from None
    return datetime.combine(d, time(23, 59, 59)) if end else datetime.combine(d, time.min)
