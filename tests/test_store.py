"""NewsIndex, the writing side: creating, opening, version checks, leftovers of killed runs, commit failures."""

from __future__ import annotations

import errno
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsearch import (
    IndexNotFoundError,
    NewsearchError,
    NewsIndex,
    SchemaMismatchError,
    build_index,
)
from newsearch.cli import cli
from newsearch.schema import SCHEMA_VERSION
from newsearch.store import META_FILE, StoredSig

STORY = "Harbour plan approved\n\nThe council approved the harbour plan on Tuesday, said Ana Ruiz.\n"


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"s{i}.txt").write_text(STORY.replace("Tuesday", f"day {i}"), encoding="utf-8")
    index_dir = tmp_path / "index"
    build_index([corpus], index_dir)
    return corpus, index_dir


def set_meta(index_dir: Path, **values: Any) -> None:
    meta = json.loads((index_dir / META_FILE).read_text())
    meta.update(values)
    (index_dir / META_FILE).write_text(json.dumps(meta))


def test_meta_records_versions(built: tuple[Path, Path]) -> None:
    meta = json.loads((built[1] / META_FILE).read_text())
    assert meta["schema_version"] == SCHEMA_VERSION and meta["newsearch"] and meta["whoosh"]


@pytest.mark.parametrize(("change", "message"), [
    ({"schema_version": SCHEMA_VERSION - 1}, "layout version"),
    ({"schema_version": SCHEMA_VERSION + 1, "newsearch": "9.0"}, "newer newsearch (9.0"),
    ({"schema_version": "x"}, "damaged"),
])
def test_incompatible_index_says_how_to_rebuild(built: tuple[Path, Path], change: dict[str, Any],
                                                message: str) -> None:
    corpus, index_dir = built
    set_meta(index_dir, **change)
    with pytest.raises(SchemaMismatchError, match="--rebuild") as info:
        NewsIndex.open(index_dir)
    assert message in str(info.value)
    result = CliRunner().invoke(cli, ["query", "harbour", "--index", str(index_dir)])
    assert result.exit_code == 1 and "--rebuild" in result.stderr and "Traceback" not in result.stderr
    assert build_index([corpus], index_dir, rebuild=True).added == 3
    assert NewsIndex.open(index_dir).query("harbour")


@pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning")
def test_unreadable_whoosh_files_say_how_to_rebuild(built: tuple[Path, Path]) -> None:
    corpus, index_dir = built
    for toc in index_dir.glob("_MAIN_*.toc"):
        toc.write_bytes(b"\x01\x02garbage")
    with pytest.raises(SchemaMismatchError, match="--rebuild"):
        NewsIndex.open(index_dir)
    assert build_index([corpus], index_dir, rebuild=True).added == 3


def test_missing_index(tmp_path: Path) -> None:
    with pytest.raises(IndexNotFoundError, match="newsearch index --index"):
        NewsIndex.open(tmp_path / "nothing")


def test_create_refuses_a_folder_that_is_not_an_index(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "thesis.txt").write_text("precious", encoding="utf-8")
    with pytest.raises(NewsearchError, match="not a newsearch index"):
        NewsIndex.create(tmp_path / "docs")
    assert (tmp_path / "docs" / "thesis.txt").exists()


def test_rebuild_is_atomic_for_open_readers(built: tuple[Path, Path]) -> None:
    corpus, index_dir = built
    with NewsIndex.open(index_dir) as reader:
        before = len(reader.query("harbour", limit=100))
        assert before == 6  # headline and paragraph of 3 files
        NewsIndex.create(index_dir).close()  # the rebuild's first step: an empty index
        assert len(reader.query("harbour", limit=100)) == before  # an open reader keeps its commit
        reader.refresh()
        assert reader.searcher().doc_count() == 0
        build_index([corpus], index_dir)
        reader.refresh()
        assert len(reader.query("harbour", limit=100)) == before  # no duplicates (whoosh3 refresh() bug)


def test_leftovers_of_a_killed_run_are_cleaned(built: tuple[Path, Path]) -> None:
    corpus, index_dir = built
    (index_dir / "_MAIN_7.toc.1718000000.5").write_bytes(b"half a toc")
    (index_dir / "MAIN.tmp").mkdir()
    (index_dir / "MAIN.tmp" / "pool.tmp").write_bytes(b"x")
    (index_dir / "MAIN_deadbeef00000000.seg").write_bytes(b"orphan segment")
    (index_dir / f".{META_FILE}.123.tmp").write_text("{}")
    assert len(NewsIndex.open(index_dir).query("harbour", limit=100)) == 6  # readers ignore them
    stats = build_index([corpus], index_dir)
    assert stats.skipped == 3
    names = {p.name for p in index_dir.iterdir()}
    assert not {"_MAIN_7.toc.1718000000.5", "MAIN.tmp", "MAIN_deadbeef00000000.seg", f".{META_FILE}.123.tmp"} & names


def test_failed_commit_is_reported_and_leaves_the_last_commit(built: tuple[Path, Path],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from whoosh.writing import SegmentWriter

    corpus, index_dir = built
    (corpus / "new.txt").write_text(STORY.replace("harbour", "harbour bridge"), encoding="utf-8")

    def disk_full(self: Any, *args: Any, **kwargs: Any) -> None:
        self._close_segment()
        self._cleanup_on_error()
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(SegmentWriter, "commit", disk_full)
    with pytest.raises(NewsearchError, match="No space left on device.*last committed state"):
        build_index([corpus], index_dir)  # not Whoosh's "This writer is closed"
    monkeypatch.undo()
    assert len(NewsIndex.open(index_dir).query("harbour", limit=100)) == 6
    with NewsIndex.open(index_dir) as ix:
        assert ix.add([corpus], lock_timeout=0).added == 1  # the lock was released


def test_stored_signature_round_trip() -> None:
    sig = StoredSig("12:34", "abc", "ctx", racy=True)
    assert StoredSig.decode(sig.encode()) == sig
    assert StoredSig.decode("12:34") == StoredSig("12:34")  # signatures of older runs


def test_a_folder_left_by_a_run_killed_while_creating_the_index_is_reused(tmp_path: Path) -> None:
    # killed between taking the lock and renaming the first table of contents into place
    folder = tmp_path / "ix"
    folder.mkdir()
    (folder / "MAIN_WRITELOCK").write_text("")
    (folder / "_MAIN_0.toc.1795495557.5585403").write_bytes(b"half a toc")
    with NewsIndex.create(folder) as ix:
        assert ix.doc_count() == 0
    assert not (folder / "_MAIN_0.toc.1795495557.5585403").exists()
