"""Find article files and read them into ``Article`` objects.

The readers for each format live in their own modules and are imported only when a file of that format is met,
so reading plain text never loads beautifulsoup4.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from newsearch.errors import ArticleParseError
from newsearch.extract import apply_metadata, fill_from_text
from newsearch.models import Article, Problem

#: File name endings newsearch reads, longest first.
EXTENSIONS = (".html.gz", ".htm.gz", ".txt", ".text", ".html", ".htm", ".md", ".markdown", ".json", ".jsonl")
#: Name of the optional metadata file next to a folder of articles (one JSON object per line, keyed by "file").
SIDECAR = "metadata.jsonl"
#: Files larger than this are skipped with a reason rather than read into memory.
MAX_FILE_BYTES = 50 * 1024 * 1024

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
    """An article file to read: the path to show (as the user named it) and its absolute path."""

    path: str
    abspath: str
    size: int
    mtime_ns: int

    @property
    def signature(self) -> str:
        """Changes when the file's content probably changed (size and modification time)."""
        return f"{self.size}:{self.mtime_ns}"


def find_files(paths: Iterable[str | os.PathLike[str]], problems: list[Problem] | None = None) -> Iterator[FoundFile]:
    """Article files under ``paths`` (files or folders, searched recursively), in a stable order.

    Hidden files and folders are skipped; symlinked folders are followed once (no loops). A path that does not exist
    is recorded in ``problems``.
    """
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[str] = set()
    for raw in paths:
        root = os.fspath(raw)
        if os.path.isfile(root):
            found = _found(root, problems)
            if found and found.abspath not in seen_files:
                seen_files.add(found.abspath)
                yield found
            continue
        if not os.path.isdir(root):
            if problems is not None:
                problems.append(Problem(root, "no such file or folder"))
            continue
        for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=None):
            try:
                st = os.stat(dirpath)
            except OSError:
                dirnames[:] = []
                continue
            key = (st.st_dev, st.st_ino)
            if key in seen_dirs:
                dirnames[:] = []
                continue
            seen_dirs.add(key)
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.startswith(".") or not is_article_file(name):
                    continue
                found = _found(os.path.join(dirpath, name), problems)
                if found and found.abspath not in seen_files:
                    seen_files.add(found.abspath)
                    yield found


def _found(path: str, problems: list[Problem] | None) -> FoundFile | None:
    try:
        st = os.stat(path)
    except OSError as exc:
        if problems is not None:
            problems.append(Problem(path, f"cannot read: {exc.strerror or exc}"))
        return None
    return FoundFile(path=path, abspath=os.path.realpath(path), size=st.st_size, mtime_ns=st.st_mtime_ns)


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
                with open(path, encoding="utf-8-sig") as fh:
                    for lineno, line in enumerate(fh, start=1):
                        if not line.strip():
                            continue
                        try:
                            entry = json.loads(line)
                        except ValueError:
                            self.problems.append(Problem(path, f"line {lineno}: not JSON, ignored"))
                            continue
                        if isinstance(entry, dict) and isinstance(entry.get("file"), str):
                            table[entry["file"].replace("\\", "/").lstrip("./")] = entry
            except OSError as exc:
                self.problems.append(Problem(path, f"cannot read: {exc.strerror or exc}"))
        self._by_dir[folder] = table
        return table

    def _nearest_dir(self, folder: str) -> str | None:
        if folder in self._nearest:
            return self._nearest[folder]
        result: str | None
        if self._load(folder) is not None:
            result = folder
        else:
            parent = os.path.dirname(folder)
            result = None if parent == folder else self._nearest_dir(parent)
        self._nearest[folder] = result
        return result

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
    reader = _reader_for(found.path)
    if reader is None:
        raise ArticleParseError("not an article file (unknown extension)")
    if found.size > MAX_FILE_BYTES:
        raise ArticleParseError(f"file too large ({found.size // (1024 * 1024)} MB; the limit is "
                                f"{MAX_FILE_BYTES // (1024 * 1024)} MB)")
    try:
        with open(found.path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ArticleParseError(f"cannot read: {exc.strerror or exc}") from None
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
