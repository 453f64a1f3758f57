"""Parallel indexing: worker processes that parse files *and* write their records into Whoosh segments of their own.

Whoosh's writer is pure Python and single-threaded: feeding one writer from parsing processes leaves every core but
one waiting for it. Here each worker takes a chunk of files, parses them (reading, HTML extraction, speakers) and
writes the records with its own ``SegmentWriter`` into a new segment inside a private staging folder of the index
(``.staging-<pid>-<n>/``, which Whoosh's file clean-up ignores because of the leading dot). The indexing process,
which holds the index's write lock throughout, then *publishes* each finished chunk: it moves the segment's files
into the index folder and commits a table of contents that adds the segment and, in the same commit, deletes the old
records of the chunk's files. Readers see a chunk entirely or not at all, exactly as with commits between files in
the single-process path.

A killed run leaves staging folders and perhaps a moved but uncommitted segment file: both are removed at the start
of the next run (``NewsIndex._clean_leftovers``), and the index is the last commit.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from newsearch.ingest import FoundFile, SidecarCache
from newsearch.models import ARTICLE_DOC, Record

#: Folder-name prefix of a worker's staging area inside the index folder.
STAGING_PREFIX = ".staging-"
#: Chunk sizes (one segment and one commit each) shrink as the run goes: each is the remaining input divided by
#: ``workers * CHUNK_SHARE``, within [``CHUNK_MIN_BYTES``, ``CHUNK_MAX_BYTES``] ("guided" scheduling). Big chunks
#: first keep the segments few (Whoosh searches every segment: at 100k paragraphs 15 segments made a one-word query
#: 1.4x slower than one segment, 8 segments 1.25x); small ones last keep both cores busy to the end (8 equal chunks
#: made a 100k-paragraph run 1.2x slower than guided ones). The smallest tail segments are merged at the end
#: (``merge_small``). The cap keeps commits coming on a big run (every 16 MB of input, about 50,000 paragraphs) and
#: bounds both what a killed run loses and a worker's memory.
CHUNK_SHARE = 1
CHUNK_MAX_BYTES = 16_000_000
CHUNK_MIN_BYTES = 256_000
#: Memory of one worker's posting pool before it spills a sorted run to disk (MB, Whoosh's estimate, close to the
#: real size). At 96 MB a 100k-paragraph build spent 15 % of its time pickling and unpickling spilled postings;
#: 512 MB holds an 8 MB chunk (~350 MB) without spilling and lets a 16 MB one spill once. ``NEWSEARCH_WORKER_MB``
#: lowers it on a small machine (each worker's peak memory is about this much plus 100 MB).
WORKER_LIMITMB = 512


def worker_limitmb() -> int:
    """``NEWSEARCH_WORKER_MB`` if it is a whole number of at least 16, else ``WORKER_LIMITMB``."""
    value = os.environ.get("NEWSEARCH_WORKER_MB", "").strip()
    return int(value) if value.isdigit() and int(value) >= 16 else WORKER_LIMITMB

_worker_sidecars: SidecarCache | None = None


@dataclass
class FileResult:
    """What happened to one file of a chunk: its records written (``records``/``articles``) or why not."""

    found: FoundFile
    records: int = 0
    articles: int = 0
    reason: str | None = None


@dataclass
class ChunkResult:
    """A finished chunk: the new segment (None if no file had records) in ``staging``, and one result per file."""

    segment: Any
    staging: str
    files: list[FileResult]


def chunks(files: Sequence[FoundFile], workers: int = 1) -> Iterator[list[FoundFile]]:
    """Consecutive groups of files, each about the remaining input / (``workers`` * ``CHUNK_SHARE``) in size
    (see ``CHUNK_SHARE``); a big file is a chunk of its own."""
    remaining = sum(f.size for f in files)
    parts = max(workers, 1) * CHUNK_SHARE

    def target() -> int:
        return min(max(remaining // parts, CHUNK_MIN_BYTES), CHUNK_MAX_BYTES)

    group: list[FoundFile] = []
    size, limit = 0, target()
    for f in files:
        if group and size + f.size > limit:
            yield group
            remaining -= size
            group, size, limit = [], 0, target()
        group.append(f)
        size += f.size
    if group:
        yield group


def merge_small(writer: Any, segments: list[Any]) -> list[Any]:
    """Whoosh merge policy for the end of a parallel run: merge the segments smaller than a fiftieth of the largest
    (the last, smallest chunks of ``chunks``) into one; leave the others alone. (A tenth merged 5 GB of postings at
    the end of a 1M-paragraph run, single-threaded.)"""
    from whoosh.reading import SegmentReader

    if len(segments) < 3:
        return segments
    largest = max(s.doc_count_all() for s in segments)
    small = [s for s in segments if s.doc_count_all() < largest / 50]
    if len(small) < 4:
        return segments
    for seg in small:
        reader = SegmentReader(writer.storage, writer.schema, seg)
        writer.add_reader(reader)
        reader.close()
    return [s for s in segments if s not in small]


class _StagingIndex:
    """What ``whoosh.writing.SegmentWriter`` needs from an index: the staging storage it writes to, and the real
    index's table of contents (schema, generation)."""

    def __init__(self, storage: Any, indexname: str, toc: Any) -> None:
        self.storage = storage
        self.indexname = indexname
        self._toc = toc

    def _read_toc(self) -> Any:
        return self._toc


def group_by_article(records: Sequence[Record]) -> dict[str, list[Record]]:
    by_article: dict[str, list[Record]] = {}
    for r in records:
        by_article.setdefault(r.article_id, []).append(r)
    return by_article


def article_document(records: Sequence[Record], abspath: str, sig: str,
                     words: Sequence[str] | None = None) -> dict[str, Any]:
    """The hidden document of one article: its whole text (headline and paragraphs) in ``body``, and in
    ``paragraph`` the number of records, which ``add_file`` writes right after it (so they have the next document
    numbers: ranking relies on that, see ``searching._paragraph_boosts``). ``words``: the body already analyzed."""
    first = records[0]
    return {"id": f"{first.article_id}:article", "article_id": first.article_id, "abspath": abspath,
            "path": first.path, "sig": sig, "kind": ARTICLE_DOC, "paragraph": len(records),
            "body": list(words) if words is not None else "\n".join(r.text for r in records)}


def add_file(writer: Any, f: FoundFile, records: Sequence[Record], sig: str) -> int:
    """Add the records of one file (and the hidden document of each of its articles) to a Whoosh writer; returns
    the number of articles.

    Each text is analyzed once, here, and handed to Whoosh as its list of index words (Whoosh takes a list as
    already analyzed): the paragraph's ``text``, the article's ``body`` (all its paragraphs' words again) and the
    ``title`` every record of the article repeats would otherwise each be analyzed by Whoosh. Positions come out
    renumbered from 0, which phrase matching does not see (it compares positions within a document)."""
    from newsearch.store import record_document

    analyze = writer.schema["text"].analyzer  # the index's own analyzer: an older index may pickle another chain

    def words(text: str) -> list[str]:
        return [t.text for t in analyze(text, mode="index")]

    groups = group_by_article(records)
    for group in groups.values():
        texts = [words(r.text) for r in group]
        writer.add_document(**article_document(group, f.abspath, sig, [w for ws in texts for w in ws]))
        title = group[0].title
        title_words = words(title) if title else None
        for r, ws in zip(group, texts, strict=True):
            doc = record_document(r, f.abspath, sig)
            doc["text"], doc["_stored_text"] = ws, r.text
            if title_words is not None and r.title == title:
                doc["title"], doc["_stored_title"] = title_words, title
            writer.add_document(**doc)
    return len(groups)


def build_segment(task: tuple[str, str, list[tuple[FoundFile, str]], Mapping[str, Any] | None]) -> ChunkResult:
    """Worker side: parse ``files`` and write their records into a new segment in a fresh staging folder of the
    index at ``index_dir``. Each file comes with the context key of its signature (see ``store.StoredSig``).
    Runs in a worker process, or in the indexing process itself when there are no workers."""
    global _worker_sidecars
    from whoosh.filedb.filestore import FileStorage
    from whoosh.index import TOC
    from whoosh.writing import SegmentWriter

    from newsearch.store import StoredSig, parse_file

    index_dir, indexname, files, meta = task
    if _worker_sidecars is None:
        _worker_sidecars = SidecarCache()
    staging = os.path.join(index_dir, f"{STAGING_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:8]}")
    storage = FileStorage(staging).create()
    toc = TOC.read(FileStorage(index_dir), indexname)
    writer = SegmentWriter(_StagingIndex(storage, indexname, toc), _lk=False, limitmb=worker_limitmb())
    results: list[FileResult] = []
    try:
        for f, context in files:
            f, records, reason = parse_file(f, meta, _worker_sidecars)
            if records is None:
                results.append(FileResult(f, reason=reason or "unreadable"))
                continue
            sig = StoredSig(f.signature, f.digest, context, f.racy).encode()
            articles = add_file(writer, f, records, sig)
            results.append(FileResult(f, records=len(records), articles=articles))
        if writer._added:
            segment = writer._finalize_segment()
        else:
            writer._close_segment()
            segment = None
    except BaseException:
        writer._close_segment()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        writer._tempstorage.destroy()
    return ChunkResult(segment=segment, staging=staging, files=results)


def publish(writer: Any, result: ChunkResult, replaced: Sequence[str], index_dir: str) -> None:
    """Parent side: commit ``result``'s segment into the index through ``writer`` (a ``SegmentWriter`` on the real
    index, write lock held), deleting the documents of the files in ``replaced`` (their old versions) in the same
    commit. Nothing is merged here (merging is single-threaded and would take a core from the workers); the run
    ends with one ``merge_small`` commit."""
    for abspath in replaced:
        writer.delete_by_term("abspath", abspath)
    segments = writer._merge_segments(None, None, False)  # no merging while workers need the cores
    if result.segment is not None:
        prefix = result.segment.segment_id()  # "MAIN_<random id>"; its files are "<prefix>.<ext>"
        for name in os.listdir(result.staging):
            if name.startswith(prefix + "."):
                os.replace(os.path.join(result.staging, name), os.path.join(index_dir, name))
        segments.append(result.segment)
    if writer._added:
        segments.append(writer._finalize_segment())
    else:
        writer._close_segment()
    writer._commit_toc(segments)
    writer._finish()
    shutil.rmtree(result.staging, ignore_errors=True)


def discard(result: ChunkResult) -> None:
    """Remove an unpublished chunk's staging folder."""
    shutil.rmtree(result.staging, ignore_errors=True)
