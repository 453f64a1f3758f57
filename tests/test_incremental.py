"""Incremental indexing: re-running `index` adds, updates, removes and skips, and ends equal to a fresh build."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import newsearch
import newsearch.store as store
from newsearch import NewsIndex, build_index
from newsearch.cli import cli


def article(title: str, *paras: str) -> str:
    return "\n\n".join((title, *paras)) + "\n"


def dump(index_dir: Path) -> list[tuple[Any, ...]]:
    """Every stored document, without the per-run signature: comparable between two indexes of the same files."""
    with NewsIndex.open(index_dir) as ix:
        docs = ix.searcher().reader().all_stored_fields()
        return sorted(tuple(sorted((k, repr(v)) for k, v in d.items() if k != "sig")) for d in docs)


def fresh(paths: list[Path], index_dir: Path) -> list[tuple[Any, ...]]:
    build_index(paths, index_dir, rebuild=True)
    return dump(index_dir)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "2024").mkdir(parents=True)
    (root / "2025").mkdir()
    for i in range(6):
        year = "2024" if i < 3 else "2025"
        (root / year / f"a{i}.txt").write_text(
            article(f"Story {i}", f"The harbour council met {i} times, said Ana Ruiz.", f"Paragraph two of {i}."),
            encoding="utf-8")
    return root


def test_add_edit_delete_then_equal_to_a_fresh_build(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    first = build_index([corpus], index_dir)
    assert (first.added, first.updated, first.removed, first.skipped, first.failed) == (6, 0, 0, 0, 0)
    (corpus / "2024" / "a0.txt").write_text(article("Story 0 revised", "Only one paragraph now."), encoding="utf-8")
    (corpus / "2025" / "a5.txt").unlink()
    (corpus / "2025" / "new.txt").write_text(article("New story", "A new paragraph."), encoding="utf-8")
    second = build_index([corpus], index_dir)
    assert (second.added, second.updated, second.removed, second.skipped, second.failed) == (1, 1, 1, 4, 0)
    assert dump(index_dir) == fresh([corpus], tmp_path / "fresh")
    third = build_index([corpus], index_dir)
    assert (third.added, third.updated, third.removed, third.skipped) == (0, 0, 0, 6)


def test_unchanged_files_are_not_read_again(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build_index([corpus], tmp_path / "index")
    calls: list[str] = []
    real = store.parse_file

    def counting(f: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(f.path)
        return real(f, *args, **kwargs)

    monkeypatch.setattr(store, "parse_file", counting)
    (corpus / "2025" / "a4.txt").write_text(article("Changed", "Changed text."), encoding="utf-8")
    stats = build_index([corpus], tmp_path / "index")
    assert calls == [str(corpus / "2025" / "a4.txt")] and stats.skipped == 5


def test_same_size_change_within_the_same_mtime_is_detected(corpus: Path, tmp_path: Path) -> None:
    path = corpus / "2024" / "a1.txt"
    before = path.stat()
    build_index([corpus], tmp_path / "index")
    path.write_text(path.read_text(encoding="utf-8").replace("harbour", "HARBOUR"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # same size, same mtime: a "racy" change
    assert path.stat().st_size == before.st_size
    stats = build_index([corpus], tmp_path / "index")
    assert stats.updated == 1
    assert dump(tmp_path / "index") == fresh([corpus], tmp_path / "fresh")


def test_removing_under_one_root_keeps_other_roots(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    build_index([corpus], index_dir)
    (corpus / "2024" / "a2.txt").unlink()
    stats = build_index([corpus / "2025"], index_dir)  # 2024/ was not named: its files stay
    assert stats.removed == 0 and stats.skipped == 3
    stats = build_index([corpus / "2024"], index_dir)
    assert stats.removed == 1 and stats.skipped == 2


def test_file_that_became_unreadable_loses_its_old_records(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    build_index([corpus], index_dir)
    (corpus / "2024" / "a0.txt").write_bytes(b"\x00\x01binary now" * 50)
    stats = build_index([corpus], index_dir)
    assert stats.failed == 1 and stats.updated == 0
    assert dump(index_dir) == fresh([corpus], tmp_path / "fresh")


def test_changed_sidecar_or_meta_reindexes(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    build_index([corpus], index_dir)
    (corpus / "2024" / "metadata.jsonl").write_text(json.dumps({"file": "a1.txt", "source": "Harbour Gazette"}) + "\n",
                                                    encoding="utf-8")
    stats = build_index([corpus], index_dir)
    assert stats.updated == 3 and stats.skipped == 3  # the files the metadata file governs
    assert NewsIndex.open(index_dir).query("harbour", source="Harbour Gazette")
    stats = build_index([corpus], index_dir, meta={"author": "Desk"})
    assert stats.updated == 6
    assert build_index([corpus], index_dir, meta={"author": "Desk"}).skipped == 6
    assert dump(index_dir) == (build_index([corpus], tmp_path / "fresh", meta={"author": "Desk"}) and
                               dump(tmp_path / "fresh"))


def test_rebuild_starts_from_scratch(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    build_index([corpus], index_dir)
    (corpus / "2024" / "a0.txt").unlink()
    stats = build_index([corpus], index_dir, rebuild=True)
    assert (stats.added, stats.removed, stats.skipped) == (5, 0, 0)
    assert len([p for p in index_dir.iterdir() if p.suffix == ".toc"]) == 1


def test_cli_summary_and_rebuild(corpus: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    args = ["index", str(corpus), "--index", str(tmp_path / "index")]
    first = runner.invoke(cli, args, catch_exceptions=False)
    assert first.exit_code == 0 and first.stdout == ""
    assert "6 added, 0 updated, 0 removed, 0 unchanged, 0 failed" in first.stderr
    assert first.stderr.count("\n") == 1  # no progress bar when stderr is not a terminal
    again = runner.invoke(cli, args, catch_exceptions=False)
    assert "0 added, 0 updated, 0 removed, 6 unchanged" in again.stderr
    rebuilt = runner.invoke(cli, [*args, "--rebuild"], catch_exceptions=False)
    assert "6 added" in rebuilt.stderr


def test_cli_watch_runs_until_interrupted(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    rounds: list[float] = []

    def fake_sleep(seconds: float) -> None:
        rounds.append(seconds)
        if len(rounds) == 1:
            (corpus / "2025" / "late.txt").write_text(article("Late story", "Arrived later."), encoding="utf-8")
            return
        raise KeyboardInterrupt

    monkeypatch.setattr(time, "sleep", fake_sleep)
    result = CliRunner().invoke(cli, ["index", str(corpus), "--index", str(tmp_path / "index"), "--watch",
                                      "--interval", "0.5"], catch_exceptions=False)
    assert result.exit_code == 0
    lines = result.stderr.strip().splitlines()
    assert "6 added" in lines[0] and "1 added" in lines[1] and lines[-1] == "stopped watching"
    assert rounds == [0.5, 0.5]


def test_record_ids_find_the_current_version(corpus: Path, tmp_path: Path) -> None:
    # ids are stored, not indexed: lookups go through article_id and must skip the deleted old version
    index_dir = tmp_path / "index"
    build_index([corpus], index_dir)
    with NewsIndex.open(index_dir) as ix:
        rid = next(h.record.id for h in ix.search("harbour council 0").hits if "met 0 times" in h.record.text)
    (corpus / "2024" / "a0.txt").write_text(
        article("Story 0", "The harbour council met 0 times again, said Ana Ruiz.", "Two."), encoding="utf-8")
    build_index([corpus], index_dir)
    with NewsIndex.open(index_dir) as ix:
        record = ix.record(rid)
        assert record is not None and "again" in record.text
        assert [h.record.id for h in ix.search(f"id:{rid}").hits] == [rid]
        assert [h.record.id for h in ix.search(f"harbour id:{rid}").hits] == [rid]
        assert ix.record(rid.rsplit(":", 1)[0] + ":99") is None and ix.record("nonsense") is None
        assert ix.search("id:nonsense").hits == ()
        with pytest.raises(newsearch.QuerySyntaxError, match="whole record id"):
            ix.search(f"id:{rid[:6]}*")
