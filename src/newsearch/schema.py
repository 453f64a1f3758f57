"""The Whoosh schema of a newsearch index, its analyzers, and its version.

Whoosh pickles the schema (analyzers included) into the index, so every class referenced here must stay importable
at the same dotted path (``newsearch.schema.AcronymFilter``). Any change to fields or analysis that makes an existing
index read differently must bump ``SCHEMA_VERSION``; opening an older index then asks for ``--rebuild``.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections.abc import Iterable, Iterator
from typing import Any

from whoosh import columns
from whoosh.analysis import (
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, FieldType, Schema

#: Version of the index layout. Stored in ``newsearch.json`` inside the index folder.
#: 2: speakers_s/source_s/author_s became ``FacetValues`` (stored and column-backed) for fast facets.
#: 4: untiered ``date``/``paragraph`` (one term per value instead of eight).
#: 5: ``id`` stored only (looked up through ``article_id`` + ``paragraph``); ``body`` without positions.
SCHEMA_VERSION = 5

#: Words too common to help ranking. Deliberately short: Whoosh's default list also drops "us", "may", "will",
#: "can", "not" and one-letter tokens, which in news are meaningful ("US troops", "Plan B").
STOP_WORDS = frozenset(
    """a an and are as at be been being but by for from had has have in into is it its of on or so such that the
    their there these they this those to was were which with""".split()
)


_ACRONYM = re.compile(r"^(?:[^\W\d_]{1,2}\.)+[^\W\d_]{0,2}$")
_POSSESSIVE = re.compile(r"['’]s?$")


def _spelling(text: str) -> str:
    """One spelling for variants: "U.S." and "US" -> "US"; "Rutte's" -> "Rutte"; "Élysée" -> "Elysee". Numbers
    ("3.5") and names with dots ("caliber.az") keep their dots."""
    if "'" in text or "’" in text:
        text = _POSSESSIVE.sub("", text).replace("’", "'")
    if "." in text and _ACRONYM.match(text):
        text = text.replace(".", "")
    if not text.isascii():
        folded = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in folded if not unicodedata.combining(c))
    return text


class AcronymFilter(Filter):  # type: ignore[misc]
    """``_spelling`` as a Whoosh filter (the chain of indexes written before ``NewsWordFilter``)."""

    def __call__(self, tokens: Iterable[Any]) -> Iterator[Any]:
        for t in tokens:
            t.text = text = _spelling(t.text)
            if text:
                yield t


class NewsWordFilter(StemFilter):  # type: ignore[misc]
    """``LowercaseFilter | AcronymFilter | StopFilter(STOP_WORDS, minsize=1) | StemFilter`` in one pass: the same
    tokens, positions included, with one Python generator per token instead of four (analysis was the largest
    part of writing a record). Indexes written before it keep the four-filter chain pickled in their schema."""

    def __init__(self, stoplist: Iterable[str] = STOP_WORDS, cachesize: int = 50000) -> None:
        super().__init__(cachesize=cachesize)
        self.stops = frozenset(stoplist)

    def __call__(self, tokens: Iterable[Any]) -> Iterator[Any]:
        stops, stem, ignore = self.stops, self._stem, self.ignore
        pos = None
        for t in tokens:
            text = _spelling(t.text.lower())
            if not text:
                continue
            if text not in stops:
                if t.positions:  # StopFilter(renumber=True): positions close over the removed stop words
                    if pos is None:
                        pos = t.pos
                    else:
                        pos += 1
                        t.pos = pos
                t.stopped = False
                t.text = text if text in ignore else stem(text)
                yield t
            elif not t.removestops:
                t.text = text
                t.stopped = True
                yield t


def news_analyzer() -> Any:
    """Tokenize on words (hyphens split; "U.S." and "3.5" stay whole), lowercase, fold, drop a few stop words, stem
    (the last four in one filter, ``NewsWordFilter``)."""
    return RegexTokenizer(r"\w+(?:[.'’]\w+)*(?:(?<=\b\w)\.(?=\s|$))?") | NewsWordFilter()


def _four_filter_analyzer() -> Any:
    """The analyzer of indexes written before ``NewsWordFilter`` (kept to test that both give the same tokens)."""
    return (
        RegexTokenizer(r"\w+(?:[.'’]\w+)*(?:(?<=\b\w)\.(?=\s|$))?")
        | LowercaseFilter()
        | AcronymFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=1)
        | StemFilter(cachesize=50000)
    )


class FacetValues(FieldType):  # type: ignore[misc]
    """A stored field whose value (a string, a list of strings, or None) is also kept in a per-document column, so
    that facets and speaker counts read it without unpickling the whole stored document."""

    indexed = False
    stored = True

    def __init__(self) -> None:
        self.column_type = columns.PickleColumn(columns.VarBytesColumn())

    def to_bytes(self, value: Any) -> Any:
        return value

    def to_column_value(self, value: Any) -> Any:
        return value

    def from_column_value(self, value: Any) -> Any:
        return value


class RecordId(ID):  # type: ignore[misc]
    """The record id, stored but never indexed: ``<article_id>:<paragraph>`` is found through those two fields
    (``searching.docnum_for_id``, ``querylang.id_clauses``). One unique term per record was a tenth of the writing
    (each term costs Whoosh a dictionary entry). It stays an ``ID`` so that the query parser accepts ``id:…``."""

    def __init__(self) -> None:
        super().__init__(stored=True)

    def index(self, value: Any, **kwargs: Any) -> Iterator[Any]:
        return iter(())


#: Fields a query can name with ``field:value`` (lower case), and the index field each one searches.
QUERY_FIELDS = {
    "text": "text",
    "title": "title",
    "speaker": "speaker",
    "speakers": "speaker",
    "who": "speaker",
    "source": "source",
    "publisher": "source",
    "author": "author",
    "byline": "author",
    "cites": "cites",
    "kind": "kind",
    "quote": "quote",
    "quotes": "quote",
    "date": "date",
    "path": "path",
    "id": "id",
    "article": "article_id",
    "article_id": "article_id",
    "paragraph": "paragraph",
}


def _untiered(field: Any) -> Any:
    """A numeric field indexed as one term per value. Whoosh's default adds 7 "tiers" per value for fast wide
    ranges: 16 postings per paragraph for ``date`` and ``paragraph``, which made indexing 1.7x slower. Date ranges
    then enumerate the distinct dates in range (a few thousand at most), which costs a millisecond or two."""
    field.shift_step = 0
    return field


def build_schema() -> Schema:
    """A fresh schema object (Whoosh schemas are mutable: never share one between indexes)."""
    analyzer = news_analyzer()
    return Schema(
        # Stored, never indexed (see ``RecordId``).
        id=RecordId(),
        article_id=ID(stored=True, sortable=True),
        abspath=ID(stored=True),
        path=ID(stored=True),
        sig=STORED(),
        kind=ID(stored=True),
        paragraph=_untiered(NUMERIC(stored=True, sortable=True)),
        title=TEXT(stored=True, analyzer=analyzer),
        text=TEXT(stored=True, analyzer=analyzer),
        # Only on the one hidden ``kind="article"`` document per article: the article's whole text, whose score for
        # the query raises the score of each of its paragraphs (see newsearch.searching). No positions: the article
        # search takes a phrase as its words (an article about "interest rates" uses both words), which spares the
        # span matching that was a third of a phrase query, and 10 % of the index.
        body=TEXT(analyzer=analyzer, phrase=False),
        # Only the words inside direct quotation marks, for --quoted.
        quote=TEXT(analyzer=analyzer),
        # Searchable name variants ("elbridge colby", "colby"); the display values are the *_s stored fields.
        speaker=KEYWORD(lowercase=True, commas=True, scorable=True),
        speakers_s=FacetValues(),
        source=KEYWORD(lowercase=True, commas=True, scorable=True),
        source_s=FacetValues(),
        author=KEYWORD(lowercase=True, commas=True, scorable=True),
        author_s=FacetValues(),
        cites=KEYWORD(lowercase=True, commas=True, scorable=True),
        cites_s=STORED(),
        quotes=STORED(),
        url=STORED(),
        date=_untiered(DATETIME(stored=True, sortable=True)),
    )


_DETERMINERS = frozenset("a an the one two three some several".split())


def fold(value: str) -> str:
    """Lowercase, accents removed, white space collapsed: how names are compared."""
    folded = unicodedata.normalize("NFKD", value)
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).lower().split())


def name_variants(name: str) -> list[str]:
    """Searchable forms of a speaker/source/author name: the full name, without a leading determiner, and each
    word of three letters or more ("Elbridge Colby" -> "elbridge colby", "elbridge", "colby"), so that
    ``speaker:colby`` finds him. Commas are removed (they separate values in the keyword field)."""
    full = fold(name.replace(",", " "))
    if not full:
        return []
    out = [full]
    words = full.split()
    if words[0] in _DETERMINERS and len(words) > 1:
        out.append(" ".join(words[1:]))
    for w in words:
        w = w.strip(".'’()\"")
        if len(w) >= 3 and w not in _DETERMINERS and w not in STOP_WORDS:
            out.append(w)
    return list(dict.fromkeys(out))


def keyword_value(names: Iterable[str]) -> str:
    """The comma-joined value for a KEYWORD field holding every variant of every name."""
    return ",".join(dict.fromkeys(v for n in names for v in name_variants(n)))



_COLUMNS: weakref.WeakKeyDictionary[Any, dict[tuple[str, bool], Any]] = weakref.WeakKeyDictionary()


def column(reader: Any, name: str, translate: bool = True) -> Any:
    """``reader.column_reader(name)``, kept for the life of the reader: Whoosh re-reads a column's whole offset
    table from disk on every call (milliseconds per segment on a large index), which used to be the biggest part of
    a one-word query."""
    cache = _COLUMNS.get(reader)
    if cache is None:
        cache = _COLUMNS[reader] = {}
    key = (name, translate)
    col = cache.get(key)
    if col is None:
        col = cache[key] = reader.column_reader(name, translate=translate)
    return col
