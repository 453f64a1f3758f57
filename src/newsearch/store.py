"""``NewsIndex``: create, open, update and search a newsearch index folder.

This is the only module that opens a Whoosh writer. Whoosh exceptions are translated into ``NewsearchError``s here
and in ``newsearch.searching``.

How the index stays consistent (see docs/robustness.md):

* One indexing run holds the index's write lock (an OS file lock on ``MAIN_WRITELOCK``, the lock Whoosh writers
  take) from start to end, so two runs never interleave. The OS drops the lock when the process dies, even by
  SIGKILL, so a killed run never blocks the next one. A second run waits ``lock_timeout`` seconds, then raises
  ``IndexLockedError`` naming the process that holds the lock.
* Every change reaches readers through one Whoosh commit, which writes new segment files and then renames a new
  ``_MAIN_<n>.toc`` into place: readers (which take no lock) see the previous commit or the next, never a mix. A file's
  records are deleted and re-added inside one commit, and commits happen only between files.
* ``--rebuild`` writes a new, empty table of contents the same way before removing the old files.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import re
import shutil
import socket
import struct
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from newsearch import __version__
from newsearch.errors import (
    ArticleParseError,
    FileVanishedError,
    IndexLockedError,
    IndexNotFoundError,
    NewsearchError,
    SchemaMismatchError,
)
from newsearch.ingest import (
    RACY_NS,
    FoundFile,
    SidecarCache,
    articles_from_bytes,
    content_digest,
    file_digest,
    find_files,
    read_bytes,
)
from newsearch.models import Hit, IndexStats, Problem, Record
from newsearch.schema import SCHEMA_VERSION, build_schema, keyword_value
from newsearch.segments import STAGING_PREFIX, add_file

#: File inside the index folder that records which newsearch layout wrote it.
META_FILE = "newsearch.json"
#: Name of the Whoosh index inside the folder.
INDEX_NAME = "MAIN"
#: The lock file of the index (Whoosh's name for it, so a plain Whoosh writer is excluded too).
LOCK_FILE = f"{INDEX_NAME}_WRITELOCK"
#: Records per commit: a killed run loses at most this much work, and readers see progress.
#: (Environment variable ``NEWSEARCH_BATCH_RECORDS`` overrides it, e.g. for tests.)
BATCH_RECORDS = 5000
#: Commit at least this often (seconds) when there is something to commit, so readers see a long run progress.
BATCH_SECONDS = 30.0
#: Seconds a second indexing run waits for the lock before giving up (env ``NEWSEARCH_LOCK_TIMEOUT``).
LOCK_TIMEOUT = 5.0

if TYPE_CHECKING:
    from newsearch.models import FacetCount, IndexSummary
    from newsearch.searching import SearchResult

ProgressCallback = Callable[[int, int], None]
Parsed = tuple[FoundFile, list[Record] | None, str | None]
T = TypeVar("T")

logger = logging.getLogger(__name__)


def _rebuild_hint(path: str) -> str:
    return f"run `newsearch index --rebuild --index {path} PATHS` to rebuild it"


def _env_number(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, ""))
    except ValueError:
        return default
    return value if value >= 0 else default


def record_document(record: Record, abspath: str, sig: str) -> dict[str, Any]:
    """The Whoosh document for one record. Fields with nothing to index are None (Whoosh skips a None field
    outright; an empty string still costs an analysis and a length entry: 8 % of writing for ``quote`` alone)."""
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
        "quote": " … ".join(record.text[a:b] for a, b in record.quotes) or None,
        "speaker": keyword_value(record.speakers) or None,
        "speakers_s": list(record.speakers),
        "source": keyword_value([record.source] if record.source else []) or None,
        "source_s": record.source,
        "author": keyword_value(record.author.split(", ") if record.author else []) or None,
        "author_s": record.author,
        "cites": keyword_value(record.cites) or None,
        "cites_s": list(record.cites),
        "quotes": [list(q) for q in record.quotes],
        "url": record.url,
    }
    if record.date is not None:
        doc["date"] = record.date
    return doc


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


# -- parsing (no index involved: can run in worker processes) ------------------------------------------------

def parse_file(f: FoundFile, meta: Mapping[str, Any] | None = None, sidecars: SidecarCache | None = None) -> Parsed:
    """``(file, records, None)`` if the file could be read, else ``(file, None, reason)``. Never raises for a bad file.

    The returned ``FoundFile`` carries the content's ``digest`` and ``racy`` flag (see ``FoundFile``).
    """
    from newsearch.records import article_records  # lazy: queries never load the speaker rules

    try:
        data = read_bytes(f)
        f = replace(f, digest=content_digest(data), racy=time.time_ns() - f.mtime_ns < RACY_NS)
        articles = articles_from_bytes(f, data, sidecars=sidecars, meta=meta)
        del data
        records: list[Record] = []
        for article in articles:
            records.extend(article_records(article))
    except FileVanishedError as exc:
        return f, None, str(exc)
    except ArticleParseError as exc:
        return f, None, str(exc)
    except RecursionError:
        return f, None, "unreadable: structure nested too deeply"
    except MemoryError:
        return f, None, "unreadable: not enough memory to read it"
    except (OSError, ValueError, UnicodeError, LookupError) as exc:
        return f, None, f"unreadable: {type(exc).__name__}: {exc}"
    except Exception as exc:  # a reader bug must not stop a run over a whole archive
        logger.warning("error reading %s", f.path, exc_info=True)
        return f, None, f"internal error while reading ({type(exc).__name__}: {exc}); please report it"
    return f, records, None


_PARALLEL_MIN_FILES = 256  # fewer files than this are indexed in-process (starting workers costs ~0.3 s)


def _watch_parent(parent: int) -> None:
    """Worker initializer: exit as soon as the indexing process is gone (killed with SIGKILL, say). A pool worker
    holds its own copy of the task queue, so it would otherwise wait for work forever, keeping the dead
    indexer's output pipes open."""
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, name="newsearch-parent-watch", daemon=True).start()


def index_workers() -> int:
    """Indexing processes to use: ``NEWSEARCH_WORKERS`` if set, else one per core (each parses *and* writes its
    own segments; the indexing process itself only publishes them)."""
    value = os.environ.get("NEWSEARCH_WORKERS", "").strip()
    if value.isdigit():
        return int(value)
    return os.cpu_count() or 1


def iter_parsed(found: Iterable[FoundFile], meta: Mapping[str, Any] | None = None, *,
                sidecars: SidecarCache | None = None) -> Iterator[Parsed]:
    """``parse_file`` for each file, lazily (one file in memory at a time)."""
    sidecars = sidecars if sidecars is not None else SidecarCache()
    for f in found:
        yield parse_file(f, meta, sidecars)


# -- signatures: what the index remembers about each file ---------------------------------------------------

@dataclass(frozen=True)
class StoredSig:
    """The ``sig`` stored with every document of a file: ``size:mtime_ns:digest:context[:racy]``.

    ``context`` is a hash of what besides the file shaped its records (``--meta`` values and the nearest
    ``metadata.jsonl``); ``racy`` marks a file read within ``RACY_NS`` of its modification, whose content is
    compared by hash on the next run because a same-size change in the same clock tick keeps size and mtime.
    """

    base: str
    digest: str = ""
    context: str = ""
    racy: bool = False

    def encode(self) -> str:
        return f"{self.base}:{self.digest}:{self.context}" + (":racy" if self.racy else "")

    @classmethod
    def decode(cls, text: str) -> StoredSig:
        parts = str(text).split(":")
        return cls(base=":".join(parts[:2]), digest=parts[2] if len(parts) > 2 else "",
                   context=parts[3] if len(parts) > 3 else "", racy=len(parts) > 4 and parts[4] == "racy")


class _ContextKeys:
    """The ``context`` part of signatures: a hash of ``meta`` and the signature of the governing sidecar file."""

    def __init__(self, meta: Mapping[str, Any] | None, sidecars: SidecarCache) -> None:
        self._meta = json.dumps(dict(meta), sort_keys=True, default=str) if meta else ""
        self._sidecars = sidecars
        self._by_dir: dict[str, str] = {}

    def __call__(self, abspath: str) -> str:
        folder = os.path.dirname(abspath)
        key = self._by_dir.get(folder)
        if key is None:
            side = self._sidecars.sidecar_for(abspath)
            side_sig = ""
            if side is not None:
                try:
                    st = os.stat(side)
                    side_sig = f"{side}:{st.st_size}:{st.st_mtime_ns}"
                except OSError:
                    side_sig = side
            raw = f"{self._meta}|{side_sig}"
            key = "" if raw == "|" else content_digest(raw.encode("utf-8", "surrogateescape"))[:12]
            self._by_dir[folder] = key
        return key


@dataclass
class _Plan:
    found: list[FoundFile]
    todo: list[FoundFile]
    gone: list[str]
    known: dict[str, str]
    problems: list[Problem] = field(default_factory=list)


def _under(path: str, roots: Iterable[str]) -> bool:
    return any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


def _retry_missing(fn: Callable[[], T], attempts: int = 40, delay: float = 0.05) -> T:
    """``fn()``, retried when a file vanished under it: a commit by another process deletes the previous table of
    contents, which a reader may have just picked (Whoosh's "No such file or directory: _MAIN_26.toc")."""
    for attempt in range(attempts):
        try:
            return fn()
        except FileNotFoundError:
            if attempt == attempts - 1:
                raise
            time.sleep(delay)
    raise AssertionError("unreachable")


class WriteLock:
    """The write lock of an index folder: an OS lock (``flock`` on POSIX) on ``MAIN_WRITELOCK``.

    The OS releases it when the holder exits or is killed, so a lock file left behind never blocks anyone. The
    holder writes its pid, host and start time into the file so that a waiting run can say who holds the lock.
    """

    def __init__(self, folder: str) -> None:
        from whoosh.util.filelock import FileLock

        self.folder = folder
        self.path = os.path.join(folder, LOCK_FILE)
        self._lock: Any = FileLock(self.path)
        self.held = False

    def acquire(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                ok = bool(self._lock.acquire())
            except OSError as exc:
                raise NewsearchError(f"cannot lock the index at {self.folder}/ for writing ({exc.strerror or exc}): "
                                     "check that the folder is writable and on a file system with file locks") from None
            if ok:
                break
            if time.monotonic() >= deadline:
                raise IndexLockedError(
                    f"another newsearch process ({self.owner()}) is writing to {self.folder}/; waited "
                    f"{timeout:g}s. Wait for it to finish and try again (the lock of a process that died is "
                    "released automatically)")
            time.sleep(min(0.1, max(0.0, deadline - time.monotonic())))
        self.held = True
        try:
            info = json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                               "since": datetime.now().isoformat(timespec="seconds")}).encode()
            os.ftruncate(self._lock.fd, 0)
            os.pwrite(self._lock.fd, info, 0)
        except (OSError, AttributeError, TypeError):
            pass

    def owner(self) -> str:
        """Who holds the lock, as far as the lock file says ("pid 123 on host, since ...")."""
        try:
            with open(self.path, encoding="utf-8") as fh:
                info = json.loads(fh.read(4096) or "{}")
            return f"pid {info['pid']} on {info['host']}, since {info['since']}"
        except (OSError, ValueError, KeyError, TypeError):
            return "unknown process"

    def release(self) -> None:
        if self.held:
            self.held = False
            try:
                self._lock.release()
            except Exception:  # the descriptor is closed either way; nothing else to undo
                pass


def _lock_timeout(timeout: float | None) -> float:
    return timeout if timeout is not None else _env_number("NEWSEARCH_LOCK_TIMEOUT", LOCK_TIMEOUT)


def _write_meta(folder: Path) -> None:
    """Write ``newsearch.json`` atomically (temporary file, then rename)."""
    import whoosh

    tmp = folder / f".{META_FILE}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps({"schema_version": SCHEMA_VERSION, "newsearch": __version__,
                               "whoosh": ".".join(map(str, whoosh.__version__[:3]))}))
    os.replace(tmp, folder / META_FILE)


_TEMP_TOC = re.compile(rf"^_{INDEX_NAME}_[0-9]+\.toc\..+$")


class NewsIndex:
    """A newsearch index folder. Use as a context manager, or call ``close()``.

    >>> with NewsIndex.open("index") as ix:          # doctest: +SKIP
    ...     hits = ix.query("security guarantees")
    """

    def __init__(self, path: str | os.PathLike[str], ix: Any) -> None:
        self.path = os.fspath(path)
        self._ix = ix
        self._searcher: Any = None
        self._lock: WriteLock | None = None

    # -- opening -------------------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike[str], *, lock_timeout: float | None = None,
               _keep_existing: bool = False) -> NewsIndex:
        """A new, empty index at ``path`` (an existing newsearch index there is replaced).

        Replacing is atomic for readers: they see the old index until the new, empty one is in place. The new index
        stays locked for writing until the first ``add()`` finishes or ``close()``.
        """
        from whoosh.filedb.filestore import FileStorage
        from whoosh.index import TOC, FileIndex

        folder = Path(path)
        if folder.exists() and not folder.is_dir():
            raise NewsearchError(f"{folder} is a file, not an index folder (choose another --index folder)")
        ours = {META_FILE, LOCK_FILE, ".gitkeep", f"{INDEX_NAME}.tmp"}

        def leftover(name: str) -> bool:  # what a run killed while creating the index may leave
            return name in ours or bool(_TEMP_TOC.match(name)) or name.startswith(STAGING_PREFIX)

        if folder.exists() and not all(leftover(c.name) for c in folder.iterdir()):
            if not (folder / META_FILE).exists() and not any(folder.glob("*.toc")):
                raise NewsearchError(f"{folder} exists and is not a newsearch index; refusing to overwrite it "
                                     "(choose another --index folder)")
        try:
            storage = FileStorage(os.fspath(folder)).create()
        except OSError as exc:
            raise NewsearchError(f"cannot create the index folder {folder}/: {exc.strerror or exc}") from None
        lock = WriteLock(os.fspath(folder))
        lock.acquire(_lock_timeout(lock_timeout))
        try:
            if _keep_existing and (folder / META_FILE).exists():
                # Another run created it while we waited for the lock: use it rather than wiping its work.
                index = cls.open(folder)
                index._lock = lock
                return index
            gen = TOC._latest_generation(storage, INDEX_NAME) + 1
            TOC(build_schema(), [], gen).write(storage, INDEX_NAME)
            keep = {TOC._filename(INDEX_NAME, gen), LOCK_FILE, ".gitkeep", META_FILE}
            for child in folder.iterdir():
                if child.name in keep:
                    continue
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child, ignore_errors=True)
                else:
                    child.unlink(missing_ok=True)
            _write_meta(folder)
            index = cls(folder, FileIndex(storage, indexname=INDEX_NAME))
        except OSError as exc:
            lock.release()
            raise NewsearchError(f"cannot write the index at {folder}/: {exc.strerror or exc}") from None
        except BaseException:
            lock.release()
            raise
        index._lock = lock
        return index

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> NewsIndex:
        """The existing index at ``path``; raises IndexNotFoundError or SchemaMismatchError."""
        from whoosh import index as windex

        folder = Path(path)
        meta_path = folder / META_FILE
        hint = _rebuild_hint(os.fspath(folder))
        if not folder.is_dir() or not meta_path.exists():
            raise IndexNotFoundError(f"no newsearch index at {folder}/: create one with "
                                     f"`newsearch index --index {folder} PATHS` (or `newsearch index` for seeds/)")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            version = int(meta.get("schema_version", 0))
            writer_version = str(meta.get("newsearch", "an unknown version"))
        except (ValueError, OSError, AttributeError, TypeError):
            raise SchemaMismatchError(f"the index at {folder}/ has a damaged {META_FILE}: {hint}") from None
        if version > SCHEMA_VERSION:
            raise SchemaMismatchError(f"the index at {folder}/ was written by a newer newsearch ({writer_version}, "
                                      f"layout version {version}; this is {__version__}, layout version "
                                      f"{SCHEMA_VERSION}): upgrade newsearch, or {hint}")
        if version != SCHEMA_VERSION:
            raise SchemaMismatchError(f"the index at {folder}/ has layout version {version} (written by newsearch "
                                      f"{writer_version}), this newsearch needs {SCHEMA_VERSION}: {hint}")
        try:
            ix = _retry_missing(lambda: windex.open_dir(os.fspath(folder), indexname=INDEX_NAME))
        except windex.EmptyIndexError:
            raise IndexNotFoundError(f"the index at {folder}/ is empty or incomplete: {hint}") from None
        except (ImportError, AttributeError, EOFError, ValueError, IndexError, KeyError, TypeError,
                pickle.UnpicklingError, struct.error, windex.IndexError) as exc:
            raise SchemaMismatchError(f"the index at {folder}/ cannot be read ({type(exc).__name__}): "
                                      f"{hint}") from None
        except OSError as exc:
            raise NewsearchError(f"cannot read the index at {folder}/: {exc.strerror or exc}") from None
        return cls(folder, ix)

    @classmethod
    def open_or_create(cls, path: str | os.PathLike[str], *, rebuild: bool = False,
                       lock_timeout: float | None = None) -> NewsIndex:
        if rebuild or not (Path(path) / META_FILE).exists():
            return cls.create(path, lock_timeout=lock_timeout, _keep_existing=not rebuild)
        return cls.open(path)

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        self._ix.close()
        self._unlock()

    def __enter__(self) -> NewsIndex:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------------------------
    def _lock_for_writing(self, timeout: float | None) -> None:
        if self._lock is None:
            lock = WriteLock(self.path)
            lock.acquire(_lock_timeout(timeout))
            self._lock = lock

    def _unlock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _writer(self) -> Any:
        """A Whoosh writer; the caller holds the write lock (so the writer does not take it again)."""
        if self._lock is None:
            raise RuntimeError("NewsIndex._writer() needs the write lock")
        return _retry_missing(lambda: self._ix.writer(_lk=False))

    def _clean_leftovers(self) -> None:
        """Remove what a killed run may have left: temporary tables of contents, the writer's temporary folder,
        and segment files no commit refers to. Only called with the write lock held."""
        from whoosh.index import clean_files

        folder = Path(self.path)
        for child in folder.iterdir():
            if _TEMP_TOC.match(child.name) or child.name.startswith(f".{META_FILE}."):
                child.unlink(missing_ok=True)
            elif (child.name == f"{INDEX_NAME}.tmp" or child.name.startswith(STAGING_PREFIX)) and child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
        toc = self._ix._read_toc()
        clean_files(self._ix.storage, INDEX_NAME, toc.generation, toc.segments)

    def _known_files(self) -> dict[str, str]:
        """abspath -> stored signature of every file in the index."""
        out: dict[str, str] = {}
        with self._ix.reader() as reader:
            for term in reader.field_terms("abspath"):
                postings = reader.postings("abspath", term)
                if not postings.is_active():  # only deleted documents still carry this term
                    continue
                out[term] = str((reader.stored_fields(postings.id()) or {}).get("sig", ""))
        return out

    def _plan(self, paths: list[str], meta: Mapping[str, Any] | None, sidecars: SidecarCache) -> _Plan:
        problems: list[Problem] = []
        unlisted: set[str] = set()
        found = list(find_files(paths, problems, unlisted=unlisted))
        known = self._known_files()
        context = _ContextKeys(meta, sidecars)
        roots = [os.path.realpath(p) for p in paths]
        present = {f.abspath for f in found}
        # Files under a root that is missing or a folder that could not be listed are kept: an unmounted disk or a
        # permission problem must not empty the index.
        gone = [a for a in known if a not in present and _under(a, roots) and not _under(a, unlisted)]
        todo: list[FoundFile] = []
        for f in found:
            stored = known.get(f.abspath)
            if stored is None:
                todo.append(f)
                continue
            sig = StoredSig.decode(stored)
            if sig.base != f.signature or sig.context != context(f.abspath):
                todo.append(f)
            elif sig.racy and file_digest(f.path) != sig.digest:
                todo.append(f)
        return _Plan(found=found, todo=todo, gone=gone, known=known, problems=problems)

    def add(self, paths: Iterable[str | os.PathLike[str]], *, meta: Mapping[str, Any] | None = None,
            progress: ProgressCallback | None = None, lock_timeout: float | None = None,
            workers: int | None = 0) -> IndexStats:
        """Index the article files under ``paths``: new files are added, changed files re-indexed, files that
        disappeared from under ``paths`` removed, unchanged files skipped without being read. Unreadable files are
        counted in ``failed`` with a reason in ``problems``; they never stop the run.

        The run holds the write lock throughout (waiting up to ``lock_timeout`` seconds for another run, then
        raising IndexLockedError). It commits every ``BATCH_RECORDS`` records and every ``BATCH_SECONDS``, only
        between files: a killed run leaves the last commit, and the next run finishes the job.

        ``workers`` processes parse files and write them into segments of their own, which this process then
        publishes (see ``newsearch.segments``; None: one per core, see ``index_workers``). They are started with
        "spawn", which re-imports the caller's main module: a script that passes workers must guard its entry
        point with ``if __name__ == "__main__":``. The default, 0, does everything in this process; so does any
        run of fewer than 256 files.
        """
        started = time.monotonic()
        roots = [os.fspath(p) for p in paths]
        self._lock_for_writing(lock_timeout)
        try:
            self._clean_leftovers()
            sidecars = SidecarCache()
            plan = self._plan(roots, meta, sidecars)
            context = _ContextKeys(meta, sidecars)
            workers = index_workers() if workers is None else workers
            min_files = int(_env_number("NEWSEARCH_PARALLEL_MIN_FILES", _PARALLEL_MIN_FILES))
            if workers >= 1 and len(plan.todo) >= min_files:
                stats = self._write_parallel(plan, meta, context, progress, workers)
            else:
                stats = self._write(plan, iter_parsed(plan.todo, meta, sidecars=sidecars), context, progress)
        finally:
            self._unlock()
        self.refresh()
        return replace(stats, seconds=time.monotonic() - started)

    def _write(self, plan: _Plan, parsed: Iterable[Parsed], context: Callable[[str], str],
               progress: ProgressCallback | None) -> IndexStats:
        """Apply ``plan``: delete the gone files, then write each parsed file (its old records deleted in the same
        commit). ``parsed`` may come from any parser (in order or not), as long as it yields each file of
        ``plan.todo`` once."""
        batch = int(_env_number("NEWSEARCH_BATCH_RECORDS", BATCH_RECORDS)) or BATCH_RECORDS
        problems = list(plan.problems)
        counts = {"added": 0, "updated": 0, "skipped": len(plan.found) - len(plan.todo), "failed": len(problems),
                  "articles": 0, "records": 0}
        writer: Any = None
        pending = 0
        last_commit = time.monotonic()

        def commit() -> None:
            nonlocal writer, pending, last_commit
            if writer is None:
                return
            w, writer = writer, None
            try:
                w.commit()
            except OSError as exc:
                raise self._write_failed(exc) from None
            pending, last_commit = 0, time.monotonic()

        try:
            if plan.gone:
                writer = self._writer()
                for abspath in plan.gone:
                    writer.delete_by_term("abspath", abspath)
                pending += 1
            done = 0
            for f, records, reason in parsed:
                done += 1
                if writer is None:
                    writer = self._writer()
                if f.abspath in plan.known:
                    writer.delete_by_term("abspath", f.abspath)
                    pending += 1
                if records is None:
                    counts["failed"] += 1
                    problems.append(Problem(f.path, reason or "unreadable"))
                else:
                    counts["updated" if f.abspath in plan.known else "added"] += 1
                    sig = StoredSig(f.signature, f.digest, context(f.abspath), f.racy).encode()
                    counts["articles"] += add_file(writer, f, records, sig)
                    counts["records"] += len(records)
                    pending += len(records)
                if progress is not None:
                    progress(done, len(plan.todo))
                if pending >= batch or (pending and time.monotonic() - last_commit >= BATCH_SECONDS):
                    commit()
            commit()
        except BaseException:
            if writer is not None and not writer.is_closed:
                try:
                    writer.cancel()
                except Exception:  # keep the original error; the lock is released by the caller
                    logger.debug("cancelling the writer failed", exc_info=True)
            raise
        return IndexStats(index_dir=self.path, files_seen=len(plan.found), removed=len(plan.gone),
                          problems=tuple(problems), **counts)

    def _write_parallel(self, plan: _Plan, meta: Mapping[str, Any] | None, context: Callable[[str], str],
                        progress: ProgressCallback | None, workers: int) -> IndexStats:
        """Apply ``plan`` with ``workers`` processes that parse and write segments (``newsearch.segments``); this
        process publishes each finished chunk with one commit. If a worker dies, the rest is done in-process."""
        import multiprocessing
        from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
        from concurrent.futures.process import BrokenProcessPool

        from newsearch.segments import ChunkResult, build_segment, chunks, discard, merge_small, publish

        problems = list(plan.problems)
        counts = {"added": 0, "updated": 0, "skipped": len(plan.found) - len(plan.todo), "failed": len(problems),
                  "articles": 0, "records": 0}
        if plan.gone:
            writer = self._writer()
            for abspath in plan.gone:
                writer.delete_by_term("abspath", abspath)
            self._commit(writer)
        tasks = [(self.path, INDEX_NAME, [(f, context(f.abspath)) for f in group], meta)
                 for group in chunks(plan.todo, workers)]
        done = 0

        def publish_result(result: ChunkResult) -> None:
            nonlocal done
            replaced = [r.found.abspath for r in result.files if r.found.abspath in plan.known]
            writer = self._writer()
            try:
                publish(writer, result, replaced, self.path)
            except OSError as exc:
                if not writer.is_closed:
                    writer.cancel()
                raise self._write_failed(exc) from None
            for r in result.files:
                done += 1
                if r.reason is not None:
                    counts["failed"] += 1
                    problems.append(Problem(r.found.path, r.reason))
                else:
                    counts["updated" if r.found.abspath in plan.known else "added"] += 1
                    counts["articles"] += r.articles
                    counts["records"] += r.records
            if progress is not None:
                progress(done, len(plan.todo))

        pending: dict[Future[ChunkResult], int] = {}
        executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                       initializer=_watch_parent, initargs=(os.getpid(),))
        finished: set[int] = set()
        try:
            next_task = 0
            while next_task < len(tasks) or pending:
                while next_task < len(tasks) and len(pending) < workers + 1:
                    pending[executor.submit(build_segment, tasks[next_task])] = next_task
                    next_task += 1
                ready, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in ready:
                    n = pending.pop(future)
                    try:
                        result = future.result()
                    except BrokenProcessPool:
                        raise
                    except Exception:  # a bug in the worker: try the chunk once more here, where it is visible
                        logger.warning("an indexing worker failed; retrying its files in this process",
                                       exc_info=True)
                        result = build_segment(tasks[n])
                    publish_result(result)
                    finished.add(n)
        except BrokenProcessPool:  # a worker died (out of memory, a crash in a C library): go on in-process
            logger.warning("an indexing worker died; indexing the rest in this process")
            for future in pending:
                future.cancel()
            for n, task in enumerate(tasks):
                if n not in finished:
                    publish_result(build_segment(task))
        finally:
            executor.shutdown(wait=False, cancel_futures=True)
            for future in pending:
                if future.done() and not future.cancelled() and future.exception() is None:
                    discard(future.result())
        if len(tasks) > 2:
            self._commit(self._writer(), mergetype=merge_small)
        return IndexStats(index_dir=self.path, files_seen=len(plan.found), removed=len(plan.gone),
                          problems=tuple(problems), **counts)

    def _write_failed(self, exc: OSError) -> NewsearchError:
        return NewsearchError(f"could not write the index at {self.path}/ ({exc.strerror or exc}); it still holds "
                              "the last committed state: fix the problem and run again")

    def _commit(self, writer: Any, **options: Any) -> None:
        try:
            writer.commit(**options)
        except OSError as exc:
            raise self._write_failed(exc) from None

    # -- reading -------------------------------------------------------------------------------------------
    def searcher(self) -> Any:
        """The long-lived Whoosh searcher (refreshed by ``refresh()``)."""
        if self._searcher is None:
            self._searcher = self._ix.searcher()
        return self._searcher

    def refresh(self) -> None:
        """See the latest committed state of the index (for long-lived processes)."""
        # Not Whoosh's Searcher.refresh(): in whoosh3 3.54 it reuses the old reader's segments *in addition to* the
        # new ones (every document shows up twice after a commit) and fails on an index that was empty.
        if self._searcher is not None and not self._searcher.up_to_date():
            old, self._searcher = self._searcher, self._ix.searcher()
            old.close()

    def doc_count(self) -> int:
        return int(self._ix.doc_count())

    def search(self, text: str, **options: Any) -> SearchResult:
        """A ``SearchResult`` (hits and total); options as in ``newsearch.searching.search``."""
        from newsearch.searching import search

        return search(self.searcher(), text, **options)

    def query(self, text: str, **options: Any) -> list[Hit]:
        """The hits of ``search(text, **options)`` as a list."""
        return list(self.search(text, **options).hits)

    def similar(self, record_id: str, **options: Any) -> SearchResult:
        """Paragraphs of other articles like record ``record_id``; options as in ``newsearch.searching.similar``."""
        from newsearch.searching import similar

        return similar(self.searcher(), record_id, **options)

    def speakers(self, text: str | None = None, **options: Any) -> tuple[FacetCount, ...]:
        """Who speaks most in the paragraphs matching ``text`` (the whole index when None), with counts."""
        from newsearch.searching import speaker_counts

        return speaker_counts(self.searcher(), text, **options)

    def record(self, record_id: str) -> Record | None:
        """The record with id ``record_id``, or None."""
        from newsearch.searching import find_record

        return find_record(self.searcher(), record_id)

    def summary(self) -> IndexSummary:
        """What the index holds: counts, distinct names, date range, size on disk, layout version."""
        from newsearch.facets import index_counts
        from newsearch.models import IndexSummary

        folder = Path(self.path)
        size = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
        try:
            meta = json.loads((folder / META_FILE).read_text())
        except (OSError, ValueError):
            meta = {}
        return IndexSummary(index_dir=self.path, schema_version=int(meta.get("schema_version", SCHEMA_VERSION)),
                            size_bytes=size, newsearch_version=str(meta.get("newsearch", "")),
                            **index_counts(self.searcher()))
