"""Property-based tests: the readers and the query parser fail only in the documented way; records round-trip."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsearch import ArticleParseError, QuerySyntaxError
from newsearch.ingest import FoundFile, articles_from_bytes
from newsearch.models import Record
from newsearch.schema import build_schema
from newsearch.searching import parse_query
from newsearch.store import record_document, record_from_stored

SETTINGS = settings(max_examples=60, deadline=None, database=None)

# Bytes that look like text often enough to get past the binary checks, plus arbitrary bytes.
text_like = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=1500).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.lists(st.sampled_from(["\n", "\n\n", "---\n", "title: x\n", "By Ana Ruiz", "said", "\u201c", "\u201d",
                              "\r\n", "\t", "\x00", "\xe9", "<p>", "</p>", "<div>", "{", "}", "\"", ":", "# ",
                              "word ", "Ana Ruiz said.", "\ufeff"]), max_size=80)
    .map(lambda parts: "".join(parts).encode("utf-8", "surrogatepass")),
    st.text(max_size=500).map(lambda s: s.encode("cp1252", "ignore")),
)


@pytest.mark.parametrize("ext", [".txt", ".md", ".html", ".json", ".jsonl"])
@SETTINGS
@given(data=text_like)
def test_readers_raise_only_article_parse_error(ext: str, data: bytes) -> None:
    found = FoundFile(path=f"/nonexistent/article{ext}", abspath=f"/nonexistent/article{ext}", size=len(data),
                      mtime_ns=0)
    try:
        articles = articles_from_bytes(found, data)
    except ArticleParseError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    for a in articles:
        assert isinstance(a.title, str) and all(isinstance(p, str) for p in a.paragraphs)
        assert a.article_id


names = st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1, max_size=20)
records = st.builds(
    Record,
    id=st.from_regex(r"[0-9a-f]{16}:[0-9]{1,3}", fullmatch=True),
    article_id=st.from_regex(r"[0-9a-f]{16}", fullmatch=True),
    path=st.text(min_size=1, max_size=40).filter(lambda s: "\x00" not in s),
    title=st.text(max_size=80),
    paragraph=st.integers(min_value=0, max_value=500),
    text=st.text(max_size=300),
    speakers=st.lists(names, max_size=3, unique=True).map(tuple),
    source=st.none() | names,
    date=st.none() | st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    author=st.none() | names,
    kind=st.sampled_from(["headline", "paragraph"]),
    cites=st.lists(names, max_size=3, unique=True).map(tuple),
    quotes=st.lists(st.tuples(st.integers(0, 100), st.integers(0, 100)), max_size=3).map(tuple),
    url=st.none() | st.text(max_size=40),
)


@SETTINGS
@given(record=records)
def test_records_round_trip_through_the_index(record: Record) -> None:
    from whoosh.filedb.filestore import RamStorage

    ix = RamStorage().create_index(build_schema())
    with ix.writer() as w:
        w.add_document(**record_document(record, "/abs/path", "1:2"))
    with ix.searcher() as s:
        stored = s.stored_fields(0)
    assert record_from_stored(stored) == record


SCHEMA = build_schema()
query_text = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(["AND", "OR", "NOT", "(", ")", "\"", "*", "~", "~2", "^", ":", "speaker:", "title:",
                              "date:", "[", "]", "{", "}", "TO", "-", "+", "the", "harbour", "US", "\\", "'", " ",
                              "2025-13-45", "date:>2020", "source:\"", "quote:", "'a"]), max_size=20)
    .map(" ".join),
)


@pytest.mark.parametrize("quoted", [False, True])
@SETTINGS
@given(text=query_text)
def test_query_parser_raises_only_query_syntax_error(quoted: bool, text: str) -> None:
    try:
        parse_query(SCHEMA, text, quoted=quoted)
    except QuerySyntaxError as exc:
        assert str(exc)


words_like = st.lists(st.one_of(
    st.sampled_from(["U.S.", "u.s.", "the", "The", "an", "Rutte's", "Rutte’s", "troops'", "Élysée", "3.5", "caliber.az",
                     "I.B.M.", "a.", "running", "said", "’", "'s", "...", "NATO", "Ça", "D'Artagnan", "ﬁnance"]),
    st.text(max_size=12)), max_size=40).map(" ".join)


@SETTINGS
@given(text=words_like)
def test_one_pass_word_filter_gives_the_four_filter_tokens(text: str) -> None:
    # indexes written before NewsWordFilter keep the four-filter chain: both must give the same terms and positions
    from newsearch.schema import _four_filter_analyzer, news_analyzer

    def tokens(analyzer: object, **kw: object) -> list[tuple[str, int, int, bool]]:
        return [(t.text, t.pos, t.startchar, t.stopped)
                for t in analyzer(text, positions=True, chars=True, **kw)]  # type: ignore[operator]

    for kw in ({"mode": "index"}, {"mode": "query", "removestops": False}):
        assert tokens(news_analyzer(), **kw) == tokens(_four_filter_analyzer(), **kw)
