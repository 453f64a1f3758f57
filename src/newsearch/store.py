"""``NewsIndex``: create, open, update and search a newsearch index folder.

This is the only module that opens a Whoosh writer. Whoosh exceptions are translated into ``NewsearchError``s here
and in ``newsearch.searching``.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from newsearch import __version__
from newsearch.errors import (
    ArticleParseError,
    IndexLockedError,
    IndexNotFoundError,
    NewsearchError,
    SchemaMismatchError,
)
from newsearch.ingest import FoundFile, SidecarCache, find_files, read_articles
from newsearch.models import ARTICLE_DOC, HEADLINE, Hit, IndexStats, Problem, Record
from newsearch.records import article_records
from newsearch.schema import SCHEMA_VERSION, build_schema, keyword_value

#: File inside the index folder that records which newsearch layout wrote it.
META_FILE = "newsearch.json"
#: Name of the Whoosh index inside the folder.
INDEX_NAME = "MAIN"
#: Records per commit: a killed run loses at most this much work, and readers see progress.
BATCH_RECORDS = 5000

if TYPE_CHECKING:
    from newsearch.searching import SearchResult

ProgressCallback = Callable[[int, int], None]


def _rebuild_hint(path: str) -> str:
    return f"run `newsearch index --rebuild --index {path} PATHS` to rebuild it"


def record_document(record: Record, context: str, abspath: str, sig: str) -> dict[str, Any]:
    """The Whoosh document for one record."""
    doc: dict[str, Any] = {
        "id": record.id,
        "article_id": record.article_id,
        "abspath": abspath,
        "path": record.path,
        "sig": sig,
        "kind": record.kind,
        "paragraph": record.paragraph,
        "title": record.title,
        "text": record.text,
        "context": context,
        "quote": " … ".join(record.text[a:b] for a, b in record.quotes),
        "speaker": keyword_value(record.speakers),
        "speakers_s": list(record.speakers),
        "source": keyword_value([record.source] if record.source else []),
        "source_s": record.source,
        "author": keyword_value(record.author.split(", ") if record.author else []),
        "author_s": record.author,
        "cites": keyword_value(record.cites),
        "cites_s": list(record.cites),
        "quotes": [list(q) for q in record.quotes],
        "url": record.url,
    }
    if record.date is not None:
        doc["date"] = record.date
    return doc


def article_document(records: Sequence[Record], abspath: str, sig: str) -> dict[str, Any]:
    """The hidden whole-article document of one article (headline and all paragraphs in ``body``)."""
    first = records[0]
    return {"id": f"{first.article_id}:article", "article_id": first.article_id, "abspath": abspath,
            "path": first.path, "sig": sig, "kind": ARTICLE_DOC, "body": "\n".join(r.text for r in records)}


def record_from_stored(fields: Mapping[str, Any]) -> Record:
    """Rebuild a ``Record`` from a document's stored fields."""
    date = fields.get("date")
    return Record(
        id=fields["id"],
        article_id=fields["article_id"],
        path=fields.get("path", ""),
        title=fields.get("title", ""),
        paragraph=int(fields.get("paragraph", 0)),
        text=fields.get("text", ""),
        speakers=tuple(fields.get("speakers_s") or ()),
        source=fields.get("source_s"),
        date=date if isinstance(date, datetime) else None,
        author=fields.get("author_s"),
        kind=fields.get("kind", "paragraph"),
        cites=tuple(fields.get("cites_s") or ()),
        quotes=tuple((int(a), int(b)) for a, b in fields.get("quotes") or ()),
        url=fields.get("url"),
    )


def contexts_for(records: Sequence[Record]) -> list[str]:
    """For each record of one article, the text of the article around it that BM25F ranks it with: the headline,
    the first paragraph, and the paragraphs just before and after."""
    body = [r for r in records if r.kind != HEADLINE]
    title = records[0].title if records else ""
    lede = body[0].text if body else ""
    out = []
    for r in records:
        if r.kind == HEADLINE:
            parts = [lede] + ([body[1].text] if len(body) > 1 else [])
        else:
            i = r.paragraph - 1
            parts = [title]
            if i > 0:
                parts.append(lede)
            if i > 1:
                parts.append(body[i - 1].text)
            if i + 1 < len(body):
                parts.append(body[i + 1].text)
        out.append("\n".join(p for p in parts if p))
    return out


def iter_parsed(found: Iterable[FoundFile], meta: Mapping[str, Any] | None = None,
                ) -> Iterator[tuple[FoundFile, list[Record] | None, str | None]]:
    """``(file, records, None)`` for each file read, ``(file, None, reason)`` for each that failed."""
    sidecars = SidecarCache()
    for f in found:
        try:
            articles = read_articles(f, sidecars=sidecars, meta=meta)
        except ArticleParseError as exc:
            yield f, None, str(exc)
            continue
        except (OSError, ValueError, RecursionError, UnicodeError, LookupError) as exc:
            yield f, None, f"unreadable: {type(exc).__name__}: {exc}"
            continue
        records: list[Record] = []
        for article in articles:
            records.extend(article_records(article))
        yield f, records, None


class NewsIndex:
    """A newsearch index folder. Use as a context manager, or call ``close()``.

    >>> with NewsIndex.open("index") as ix:          # doctest: +SKIP
    ...     hits = ix.query("security guarantees")
    """

    def __init__(self, path: str | os.PathLike[str], ix: Any) -> None:
        self.path = os.fspath(path)
        self._ix = ix
        self._searcher: Any = None

    # -- opening -------------------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> NewsIndex:
        """A new, empty index at ``path`` (an existing newsearch index there is replaced)."""
        from whoosh import index as windex

        folder = Path(path)
        if folder.exists() and any(c.name != ".gitkeep" for c in folder.iterdir()):
            if not (folder / META_FILE).exists() and not any(folder.glob("*.toc")):
                raise NewsearchError(f"{folder} exists and is not a newsearch index; refusing to overwrite it "
                                     "(choose another --index folder)")
            for child in folder.iterdir():
                if child.name == ".gitkeep":
                    continue
                if child.is_dir():
                    shutil.rmtree(child)
                else:
                    child.unlink()
        folder.mkdir(parents=True, exist_ok=True)
        ix = windex.create_in(os.fspath(folder), build_schema(), indexname=INDEX_NAME)
        (folder / META_FILE).write_text(json.dumps({"schema_version": SCHEMA_VERSION, "newsearch": __version__}))
        return cls(folder, ix)

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> NewsIndex:
        """The existing index at ``path``; raises IndexNotFoundError or SchemaMismatchError."""
        from whoosh import index as windex

        folder = Path(path)
        meta_path = folder / META_FILE
        if not folder.is_dir() or not meta_path.exists():
            raise IndexNotFoundError(f"no newsearch index at {folder}/: create one with "
                                     f"`newsearch index --index {folder} PATHS` (or `newsearch index` for seeds/)")
        try:
            meta = json.loads(meta_path.read_text())
            version = int(meta.get("schema_version", 0))
        except (ValueError, OSError, AttributeError, TypeError):
            version = -1
        if version != SCHEMA_VERSION:
            raise SchemaMismatchError(f"the index at {folder}/ has layout version {version}, this newsearch "
                                      f"needs {SCHEMA_VERSION}: {_rebuild_hint(os.fspath(folder))}")
        try:
            ix = windex.open_dir(os.fspath(folder), indexname=INDEX_NAME)
        except windex.EmptyIndexError:
            raise IndexNotFoundError(f"the index at {folder}/ is empty or incomplete: "
                                     f"{_rebuild_hint(os.fspath(folder))}") from None
        except (ImportError, AttributeError, EOFError, ValueError) as exc:
            raise SchemaMismatchError(f"the index at {folder}/ cannot be read ({type(exc).__name__}): "
                                      f"{_rebuild_hint(os.fspath(folder))}") from None
        return cls(folder, ix)

    @classmethod
    def open_or_create(cls, path: str | os.PathLike[str], *, rebuild: bool = False) -> NewsIndex:
        if rebuild or not (Path(path) / META_FILE).exists():
            return cls.create(path)
        return cls.open(path)

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        self._ix.close()

    def __enter__(self) -> NewsIndex:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------------------------
    def _writer(self) -> Any:
        from whoosh.index import LockError

        try:
            return self._ix.writer(timeout=5.0, delay=0.1)
        except LockError:
            raise IndexLockedError(f"another newsearch process is writing to {self.path}/; wait for it to "
                                   "finish and try again") from None

    def _known_files(self) -> dict[str, str]:
        """abspath -> signature of every file in the index."""
        out: dict[str, str] = {}
        with self._ix.reader() as reader:
            for term in reader.field_terms("abspath"):
                postings = reader.postings("abspath", term)
                docnum = postings.id()
                out[term] = (reader.stored_fields(docnum) or {}).get("sig", "")
        return out

    def add(self, paths: Iterable[str | os.PathLike[str]], *, meta: Mapping[str, Any] | None = None,
            progress: ProgressCallback | None = None) -> IndexStats:
        """Index the article files under ``paths``: new files are added, changed files re-indexed, files that
        disappeared from under ``paths`` removed, unchanged files skipped. Unreadable files are counted in
        ``failed`` with a reason in ``problems``; they never stop the run. Commits every ``BATCH_RECORDS`` records.
        """
        started = time.monotonic()
        paths = [os.fspath(p) for p in paths]
        problems: list[Problem] = []
        found = list(find_files(paths, problems))
        known = self._known_files()
        roots = [os.path.realpath(p) for p in paths]
        present = {f.abspath for f in found}
        gone = [a for a in known if a not in present
                and any(a == r or a.startswith(r.rstrip(os.sep) + os.sep) for r in roots)]
        todo = [f for f in found if known.get(f.abspath) != f.signature]
        counts = {"added": 0, "updated": 0, "skipped": len(found) - len(todo), "failed": len(problems),
                  "articles": 0, "records": 0}
        writer = self._writer()
        pending = 0
        try:
            for abspath in gone:
                writer.delete_by_term("abspath", abspath)
            done = 0
            for f, records, reason in iter_parsed(todo, meta):
                done += 1
                if records is None:
                    counts["failed"] += 1
                    problems.append(Problem(f.path, reason or "unreadable"))
                else:
                    if f.abspath in known:
                        writer.delete_by_term("abspath", f.abspath)
                        counts["updated"] += 1
                    else:
                        counts["added"] += 1
                    by_article: dict[str, list[Record]] = {}
                    for r in records:
                        by_article.setdefault(r.article_id, []).append(r)
                    for group in by_article.values():
                        writer.add_document(**article_document(group, f.abspath, f.signature))
                        for r, ctx in zip(group, contexts_for(group), strict=True):
                            writer.add_document(**record_document(r, ctx, f.abspath, f.signature))
                    counts["articles"] += len(by_article)
                    counts["records"] += len(records)
                    pending += len(records)
                if progress is not None:
                    progress(done, len(todo))
                if pending >= BATCH_RECORDS:
                    writer.commit()
                    writer = self._writer()
                    pending = 0
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
        self.refresh()
        return IndexStats(index_dir=self.path, files_seen=len(found),
                          removed=len(gone), seconds=time.monotonic() - started,
                          problems=tuple(problems), **counts)

    # -- reading -------------------------------------------------------------------------------------------
    def searcher(self) -> Any:
        """The long-lived Whoosh searcher (refreshed by ``refresh()``)."""
        if self._searcher is None:
            self._searcher = self._ix.searcher()
        return self._searcher

    def refresh(self) -> None:
        """See the latest committed state of the index (for long-lived processes)."""
        if self._searcher is not None:
            self._searcher = self._searcher.refresh()

    def doc_count(self) -> int:
        return int(self._ix.doc_count())

    def search(self, text: str, **options: Any) -> SearchResult:
        """A ``SearchResult`` (hits and total); options as in ``newsearch.searching.search``."""
        from newsearch.searching import search

        return search(self.searcher(), text, **options)

    def query(self, text: str, **options: Any) -> list[Hit]:
        """The hits of ``search(text, **options)`` as a list."""
        return list(self.search(text, **options).hits)
