"""Parallel indexing (newsearch.segments): worker processes write segments that the indexer publishes."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

import newsearch.segments as segments
from newsearch import NewsIndex, build_index
from newsearch.ingest import FoundFile

from .test_incremental import dump


def write_corpus(root: Path, n: int) -> Path:
    root.mkdir(parents=True)
    for i in range(n):
        paras = [f"Harbour story {i} about tariffs and ports.",
                 f'"We will reopen the harbour," Mayor Ann Lee said on day {i}.',
                 f"Officials said traffic through the port fell {i} percent.",
                 "The council will vote next week."]
        (root / f"s{i:03d}.txt").write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    (root / "broken.txt").write_bytes(b"\x00\x01binary")
    return root


@pytest.fixture
def parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Use the worker path for any number of files, with small chunks (several segments, several commits)."""
    monkeypatch.setenv("NEWSEARCH_PARALLEL_MIN_FILES", "0")
    monkeypatch.setattr(segments, "CHUNK_MIN_BYTES", 1000)


def test_workers_build_the_same_index_as_one_process(tmp_path: Path, parallel: None) -> None:
    corpus = write_corpus(tmp_path / "corpus", 30)
    serial = build_index([corpus], tmp_path / "serial", workers=0)
    stats = build_index([corpus], tmp_path / "parallel", workers=2)
    assert (stats.added, stats.failed, stats.records, stats.articles) == \
        (serial.added, serial.failed, serial.records, serial.articles) == (30, 1, 120, 30)
    assert [p.path for p in stats.problems] == [str(corpus / "broken.txt")]
    assert dump(tmp_path / "parallel") == dump(tmp_path / "serial")
    assert not [n for n in os.listdir(tmp_path / "parallel") if n.startswith(segments.STAGING_PREFIX)]
    with NewsIndex.open(tmp_path / "parallel") as ix:
        hit = ix.search("harbour reopen", limit=1).hits[0]
        assert hit.record.speakers == ("Ann Lee",)


def test_a_second_parallel_run_replaces_changed_files_and_removes_gone_ones(tmp_path: Path, parallel: None) -> None:
    corpus = write_corpus(tmp_path / "corpus", 20)
    build_index([corpus], tmp_path / "ix", workers=2)
    (corpus / "s003.txt").write_text("Changed story\n\nThe lighthouse keeper said nothing.\n", encoding="utf-8")
    (corpus / "s004.txt").unlink()
    stats = build_index([corpus], tmp_path / "ix", workers=2)
    assert (stats.updated, stats.removed, stats.skipped) == (1, 1, 18)
    with NewsIndex.open(tmp_path / "ix") as ix:
        assert ix.search("lighthouse").total == 1
        assert ix.search('"harbour story 3"').total == 0
        assert ix.search('"harbour story 4"').total == 0
    assert dump(tmp_path / "ix") == dump_fresh(corpus, tmp_path / "fresh")


def dump_fresh(corpus: Path, index_dir: Path) -> list[tuple[Any, ...]]:
    build_index([corpus], index_dir, workers=0)
    return dump(index_dir)


def test_leftover_staging_folders_are_removed_by_the_next_run(tmp_path: Path, parallel: None) -> None:
    corpus = write_corpus(tmp_path / "corpus", 10)
    build_index([corpus], tmp_path / "ix", workers=1)
    leftover = tmp_path / "ix" / f"{segments.STAGING_PREFIX}99999-dead"
    leftover.mkdir()
    (leftover / "MAIN_abcdefgh.seg").write_bytes(b"half a segment")
    (tmp_path / "ix" / "MAIN_zzzzzzzzzzzzzzzz.seg").write_bytes(b"moved, never published")
    (corpus / "s000.txt").write_text("New text\n\nA different paragraph.\n", encoding="utf-8")
    build_index([corpus], tmp_path / "ix", workers=1)
    names = os.listdir(tmp_path / "ix")
    assert leftover.name not in names and "MAIN_zzzzzzzzzzzzzzzz.seg" not in names
    with NewsIndex.open(tmp_path / "ix") as ix:
        assert ix.search("different").total == 1


def test_chunks_shrink_as_the_run_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    files = [FoundFile(path=f"f{i}", abspath=f"/f{i}", size=10, mtime_ns=0) for i in range(64)]
    monkeypatch.setattr(segments, "CHUNK_MIN_BYTES", 20)
    monkeypatch.setattr(segments, "CHUNK_SHARE", 2)
    sizes = [sum(f.size for f in c) for c in segments.chunks(files, workers=2)]  # remaining / 4 each time
    assert sizes == [160, 120, 90, 60, 50, 40, 30, 20, 20, 20, 20, 10]
    monkeypatch.setattr(segments, "CHUNK_SHARE", 1)
    assert [sum(f.size for f in c) for c in segments.chunks(files, workers=2)] == [320, 160, 80, 40, 20, 20]
    assert sum(sizes) == 640 and sizes == sorted(sizes, reverse=True)
    monkeypatch.setattr(segments, "CHUNK_MAX_BYTES", 50)
    assert max(sum(f.size for f in c) for c in segments.chunks(files, workers=1)) == 50
    big = [FoundFile(path="big", abspath="/big", size=10_000, mtime_ns=0), *files[:3]]
    assert [len(c) for c in segments.chunks(big, workers=1)][0] == 1  # a big file is a chunk of its own
