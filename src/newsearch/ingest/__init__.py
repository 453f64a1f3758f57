"""Find article files and read them into ``Article`` objects.

The readers for each format live in their own modules and are imported only when a file of that format is met,
so reading plain text never loads beautifulsoup4.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from newsearch.errors import ArticleParseError, FileVanishedError
from newsearch.extract import apply_metadata, fill_from_text
from newsearch.models import Article, Problem

#: File name endings newsearch reads, longest first.
EXTENSIONS = (".html.gz", ".htm.gz", ".txt", ".text", ".html", ".htm", ".md", ".markdown", ".json", ".jsonl")
#: Name of the optional metadata file next to a folder of articles (one JSON object per line, keyed by "file").
SIDECAR = "metadata.jsonl"
#: Files larger than this are skipped with a reason rather than read into memory: reading is whole-file, so this
#: bounds the memory one file can take (a few times this, once decoded and split).
MAX_FILE_BYTES = 50 * 1024 * 1024
#: Read files in chunks of this size (a file that grows past ``MAX_FILE_BYTES`` while being read is caught).
_CHUNK = 1024 * 1024

Reader = Callable[[bytes, str], list[Article]]


def _reader_for(name: str) -> Reader | None:
    lower = name.lower()
    if lower.endswith((".txt", ".text")):
        from newsearch.ingest.text import read_text

        return read_text
    if lower.endswith((".html", ".htm", ".html.gz", ".htm.gz")):
        from newsearch.ingest.html import read_html

        return read_html
    if lower.endswith((".md", ".markdown")):
        from newsearch.ingest.markdown import read_markdown

        return read_markdown
    if lower.endswith((".json", ".jsonl")):
        from newsearch.ingest.jsonexport import read_json

        return read_json
    return None


def is_article_file(name: str) -> bool:
    """Whether newsearch reads files with this name (by extension; ``metadata.jsonl`` is not an article file)."""
    return name != SIDECAR and name.lower().endswith(EXTENSIONS)


@dataclass(frozen=True)
class FoundFile:
    """An article file to read: the path to show (as the user named it) and its absolute path.

    ``digest`` (a hash of the content) and ``racy`` are filled in when the file has been read: ``racy`` is true when
    the file was modified so shortly before it was read that a later change could keep the same size and
    modification time (file systems store times with a granularity of up to two seconds).
    """

    path: str
    abspath: str
    size: int
    mtime_ns: int
    digest: str = ""
    racy: bool = False

    @property
    def signature(self) -> str:
        """Changes when the file's content probably changed (size and modification time)."""
        return f"{self.size}:{self.mtime_ns}"


#: A file modified less than this before it is read gets ``racy=True`` (see ``FoundFile``).
RACY_NS = 3_000_000_000


def find_files(paths: Iterable[str | os.PathLike[str]], problems: list[Problem] | None = None, *,
               unlisted: set[str] | None = None) -> Iterator[FoundFile]:
    """Article files under ``paths`` (files or folders, searched recursively), in a stable order.

    Hidden files and folders are skipped; symlinked folders are followed once (no loops); FIFOs, devices and
    sockets are skipped. A path that does not exist, a folder that cannot be listed and a file that cannot be
    examined are recorded in ``problems`` with a one-line reason. The real paths of the folders (and roots) that could
    not be listed are added to ``unlisted``: the caller must not conclude that files under them are gone.

    The walk is iterative (no recursion limit on folder depth) and yields files as it goes.
    """
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[str] = set()
    for raw in paths:
        root = os.fspath(raw)
        try:
            st = os.stat(root)
        except OSError as exc:
            _problem(problems, root, "no such file or folder" if exc.errno == errno.ENOENT
                     else f"cannot read: {exc.strerror or exc}")
            if unlisted is not None:
                unlisted.add(os.path.realpath(root))
            continue
        if not stat.S_ISDIR(st.st_mode):
            found = _found(root, os.path.realpath(root), problems)
            if found and found.abspath not in seen_files:
                seen_files.add(found.abspath)
                yield found
            continue
        stack = [(root, os.path.realpath(root))]
        while stack:
            folder, real = stack.pop()
            try:
                dst = os.stat(folder)
                key = (dst.st_dev, dst.st_ino)
                if key in seen_dirs:
                    continue
                seen_dirs.add(key)
                with os.scandir(folder) as it:
                    entries = sorted(((e.name, e) for e in it if not e.name.startswith(".")), key=lambda t: t[0])
            except OSError as exc:
                _problem(problems, folder, f"cannot list folder: {exc.strerror or exc}")
                if unlisted is not None:
                    unlisted.add(real)
                continue
            subdirs: list[tuple[str, str]] = []
            for name, entry in entries:
                try:
                    is_dir = entry.is_dir()  # follows symlinks; a symlink loop is caught by seen_dirs
                    link = entry.is_symlink()
                except OSError:
                    is_dir, link = False, True
                full = os.path.join(folder, name)
                # Real paths are built as we go down: realpath() on every path costs one lstat per component.
                abspath = os.path.realpath(full) if link else os.path.join(real, name)
                if is_dir:
                    subdirs.append((full, abspath))
                    continue
                if not is_article_file(name):
                    continue
                found = _found(full, abspath, problems)
                if found and found.abspath not in seen_files:
                    seen_files.add(found.abspath)
                    yield found
            stack.extend(reversed(subdirs))


def _problem(problems: list[Problem] | None, path: str, reason: str) -> None:
    if problems is not None:
        problems.append(Problem(path, reason))


def _found(path: str, abspath: str, problems: list[Problem] | None) -> FoundFile | None:
    try:
        st = os.stat(path)
    except OSError as exc:
        _problem(problems, path, f"cannot read: {exc.strerror or exc}")
        return None
    if not stat.S_ISREG(st.st_mode):
        _problem(problems, path, "not a regular file (a FIFO, device or socket), not read")
        return None
    return FoundFile(path=path, abspath=abspath, size=st.st_size, mtime_ns=st.st_mtime_ns)


def _too_large(size: int) -> ArticleParseError:
    return ArticleParseError(f"file too large ({size / (1024 * 1024):.0f} MB; the limit is "
                             f"{MAX_FILE_BYTES // (1024 * 1024)} MB)")


def _open_regular(path: str) -> int:
    """A read-only descriptor of the regular file at ``path`` (never blocks on a FIFO)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise FileVanishedError("vanished before it could be read (deleted or moved during the run)") from None
    except OSError as exc:
        raise ArticleParseError(f"cannot read: {exc.strerror or exc}") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ArticleParseError("not a regular file (a FIFO, device or socket), not read")
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_bytes(found: FoundFile) -> bytes:
    """The content of a file, at most ``MAX_FILE_BYTES``; raises ArticleParseError (FileVanishedError if it is gone)."""
    if found.size > MAX_FILE_BYTES:
        raise _too_large(found.size)
    fd = _open_regular(found.path)
    chunks: list[bytes] = []
    total = 0
    try:
        while True:
            chunk = os.read(fd, _CHUNK)
            if not chunk:
                break
            total += len(chunk)
            if total > MAX_FILE_BYTES:
                raise _too_large(total)
            chunks.append(chunk)
    except OSError as exc:
        raise ArticleParseError(f"cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    return b"".join(chunks)


def content_digest(data: bytes) -> str:
    """A short hash of a file's content (to tell changed files from unchanged ones when times are unreliable)."""
    return hashlib.blake2b(data, digest_size=12).hexdigest()


def file_digest(path: str) -> str | None:
    """``content_digest`` of the file at ``path``, read in chunks; None when it cannot be read."""
    h = hashlib.blake2b(digest_size=12)
    try:
        fd = _open_regular(path)
    except ArticleParseError:
        return None
    try:
        while chunk := os.read(fd, _CHUNK):
            h.update(chunk)
    except OSError:
        return None
    finally:
        os.close(fd)
    return h.hexdigest()


def article_id_for(abspath: str, index: int = 0, key: str = "") -> str:
    """Stable id of the ``index``-th article of a file: the same file at the same place gets the same id."""
    raw = abspath if index == 0 and not key else f"{abspath}#{key or index}"
    return hashlib.sha1(raw.encode("utf-8", "surrogateescape")).hexdigest()[:16]


class SidecarCache:
    """Finds the ``metadata.jsonl`` entry for an article file in the nearest folder above it that has one.

    An entry's ``file`` is a path relative to the metadata file's folder or any folder below it
    (``reut2-000/00001.txt`` matches ``<folder>/articles/reut2-000/00001.txt``).
    """

    def __init__(self) -> None:
        self._by_dir: dict[str, dict[str, dict[str, Any]] | None] = {}
        self._nearest: dict[str, str | None] = {}
        self.problems: list[Problem] = []

    def _load(self, folder: str) -> dict[str, dict[str, Any]] | None:
        if folder in self._by_dir:
            return self._by_dir[folder]
        table: dict[str, dict[str, Any]] | None = None
        path = os.path.join(folder, SIDECAR)
        if os.path.isfile(path):
            table = {}
            try:
                if os.path.getsize(path) > MAX_FILE_BYTES:
                    self.problems.append(Problem(path, "too large, ignored"))
                    self._by_dir[folder] = table
                    return table
                with open(path, encoding="utf-8-sig", errors="replace") as fh:
                    for lineno, line in enumerate(fh, start=1):
                        if not line.strip():
                            continue
                        try:
                            entry = json.loads(line)
                        except ValueError:
                            self.problems.append(Problem(path, f"line {lineno}: not JSON, ignored"))
                            continue
                        if isinstance(entry, dict) and isinstance(entry.get("file"), str):
                            key = entry["file"].replace("\\", "/")
                            while key.startswith("./"):
                                key = key[2:]
                            table[key.lstrip("/")] = entry
            except OSError as exc:
                self.problems.append(Problem(path, f"cannot read: {exc.strerror or exc}"))
        self._by_dir[folder] = table
        return table

    def _nearest_dir(self, folder: str) -> str | None:
        """The nearest folder at or above ``folder`` with a metadata file (iterative: folders can be very deep)."""
        chain: list[str] = []
        result: str | None = None
        current = folder
        while True:
            if current in self._nearest:
                result = self._nearest[current]
                break
            chain.append(current)
            if self._load(current) is not None:
                result = current
                break
            parent = os.path.dirname(current)
            if parent == current:
                break
            current = parent
        for f in chain:
            self._nearest[f] = result
        return result

    def sidecar_for(self, abspath: str) -> str | None:
        """The path of the metadata file that governs the article file at ``abspath``, if any."""
        folder = self._nearest_dir(os.path.dirname(abspath))
        return None if folder is None else os.path.join(folder, SIDECAR)

    def lookup(self, abspath: str) -> dict[str, Any] | None:
        folder = self._nearest_dir(os.path.dirname(abspath))
        if folder is None:
            return None
        table = self._by_dir.get(folder) or {}
        rel = Path(os.path.relpath(abspath, folder)).as_posix().split("/")
        for i in range(len(rel)):
            entry = table.get("/".join(rel[i:]))
            if entry is not None:
                return entry
        return None


def read_articles(found: FoundFile, *, sidecars: SidecarCache | None = None,
                  meta: Mapping[str, Any] | None = None) -> list[Article]:
    """The articles in one file, with metadata merged in order of trust (see ``newsearch.extract``).

    Raises ArticleParseError (with a one-line reason) when the file cannot be read as articles.
    """
    if _reader_for(found.path) is None:
        raise ArticleParseError("not an article file (unknown extension)")
    return articles_from_bytes(found, read_bytes(found), sidecars=sidecars, meta=meta)


def articles_from_bytes(found: FoundFile, data: bytes, *, sidecars: SidecarCache | None = None,
                        meta: Mapping[str, Any] | None = None) -> list[Article]:
    """``read_articles`` for content already read (``data``)."""
    reader = _reader_for(found.path)
    if reader is None:
        raise ArticleParseError("not an article file (unknown extension)")
    articles = reader(data, found.path)
    entry = sidecars.lookup(found.abspath) if sidecars is not None else None
    name = os.path.basename(found.path)
    urls = [a.url for a in articles]
    out = []
    for i, article in enumerate(articles):
        article = fill_from_text(article, name)
        if entry and len(articles) == 1:
            article = apply_metadata(article, entry)
        if meta:
            article = apply_metadata(article, meta)
        key = article.url if len(articles) > 1 and article.url and urls.count(article.url) == 1 else ""
        out.append(replace(article, article_id=article_id_for(found.abspath, i, key)))
    return out
