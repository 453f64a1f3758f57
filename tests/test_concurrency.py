"""Readers during commits, two indexers at once, stale locks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from click.testing import CliRunner

from newsearch import IndexLockedError, IndexNotFoundError, NewsIndex, build_index, search
from newsearch.cli import cli
from newsearch.store import WriteLock


def make_corpus(root: Path, n: int) -> Path:
    root.mkdir()
    for i in range(n):
        paras = [f"Story {i} about the harbour"] + [
            f"Paragraph {p} of story {i}: the harbour council met on Tuesday, said Ana Ruiz." for p in range(4)]
        (root / f"s{i:04d}.txt").write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    return root


def start_indexer(corpus: Path, index_dir: Path, **env: str) -> subprocess.Popen[bytes]:
    environ = {**os.environ, "NEWSEARCH_BATCH_RECORDS": "25", **env}
    return subprocess.Popen([sys.executable, "-m", "newsearch", "index", str(corpus), "--index", str(index_dir), "-q"],
                            env=environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def wait_for_lock_holder(index_dir: Path, pid: int, timeout: float = 15.0) -> None:
    lock = index_dir / "MAIN_WRITELOCK"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if json.loads(lock.read_text() or "{}").get("pid") == pid:
                return
        except (OSError, ValueError):
            pass
        time.sleep(0.01)
    raise AssertionError("the indexer never took the lock")


def record_ids(index_dir: Path) -> Counter[str]:
    with NewsIndex.open(index_dir) as ix:
        return Counter(f["id"] for f in ix.searcher().reader().all_stored_fields())


def test_queries_keep_working_while_an_index_run_commits(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", 150)
    index_dir = tmp_path / "index"
    proc = start_indexer(corpus, index_dir)
    totals: list[int] = []
    errors: list[str] = []
    live: NewsIndex | None = None
    refreshed: list[int] = []
    while proc.poll() is None or len(totals) < 3:
        try:
            with NewsIndex.open(index_dir) as ix:
                if ix.doc_count() == 0:  # see test_query_on_an_empty_index
                    continue
            totals.append(search(index_dir, "harbour", limit=1).total)
            if live is None:
                live = NewsIndex.open(index_dir)
            live.refresh()
            refreshed.append(live.search("harbour", limit=1).total)
        except IndexNotFoundError:
            time.sleep(0.01)  # the first run has not created the index yet
        except Exception as exc:  # noqa: BLE001 - any error here is what the test is about
            errors.append(f"{type(exc).__name__}: {exc}")
    if live is not None:
        live.close()
    _, err = proc.communicate()
    assert proc.returncode == 0, err.decode()
    totals.append(search(index_dir, "harbour", limit=1).total)  # the finished run
    assert not errors, errors[:5]
    assert len(totals) >= 4
    # Readers only ever see whole commits, and an adding run only grows the index.
    assert totals == sorted(totals) and refreshed == sorted(refreshed)
    assert totals[-1] == 150 * 5
    print(f"\n{len(totals)} queries ran during indexing; distinct states seen: {len(set(totals))}")


def test_query_on_an_empty_index(tmp_path: Path) -> None:
    NewsIndex.create(tmp_path / "index").close()
    assert search(tmp_path / "index", "harbour").total == 0
    assert search(tmp_path / "index", "harbour", facets=["speaker"]).facets == {"speaker": ()}
    with NewsIndex.open(tmp_path / "index") as ix:
        assert ix.speakers("harbour") == ()
        assert ix.summary().paragraphs == 0


def test_second_indexer_waits_then_exits_1_with_a_clear_message(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", 5)
    index_dir = tmp_path / "index"
    build_index([corpus], index_dir)
    lock = WriteLock(os.fspath(index_dir))
    lock.acquire(0)
    try:
        started = time.monotonic()
        result = CliRunner().invoke(cli, ["index", str(corpus), "--index", str(index_dir)],
                                    env={"NEWSEARCH_LOCK_TIMEOUT": "0.5"})
        waited = time.monotonic() - started
    finally:
        lock.release()
    assert result.exit_code == 1
    assert f"another newsearch process (pid {os.getpid()} on " in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert waited >= 0.5
    # Once the lock is free the run goes through.
    assert CliRunner().invoke(cli, ["index", str(corpus), "--index", str(index_dir)]).exit_code == 0


def test_two_indexer_processes_at_once(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", 120)
    index_dir = tmp_path / "index"
    first = start_indexer(corpus, index_dir, NEWSEARCH_BATCH_RECORDS="5")
    wait_for_lock_holder(index_dir, first.pid)
    second = start_indexer(corpus, index_dir, NEWSEARCH_LOCK_TIMEOUT="0.3")
    _, err2 = second.communicate(timeout=60)
    _, err1 = first.communicate(timeout=60)
    assert first.returncode == 0, err1.decode()
    assert second.returncode == 1
    message = err2.decode()
    assert f"another newsearch process (pid {first.pid} on " in message and "Traceback" not in message
    assert message.count("\n") == 1  # one line
    ids = record_ids(index_dir)
    assert max(ids.values()) == 1 and len(ids) == 120 * 6  # 5 records + 1 hidden article document per file


def test_waiting_indexer_goes_through_when_the_first_finishes(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", 40)
    index_dir = tmp_path / "index"
    procs = [start_indexer(corpus, index_dir, NEWSEARCH_LOCK_TIMEOUT="60") for _ in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=60)
        assert p.returncode == 0, err.decode()
    ids = record_ids(index_dir)
    assert max(ids.values()) == 1 and len(ids) == 40 * 6


def test_a_stale_lock_file_does_not_block(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", 3)
    index_dir = tmp_path / "index"
    build_index([corpus], index_dir)
    (index_dir / "MAIN_WRITELOCK").write_text(json.dumps({"pid": 999999, "host": "gone", "since": "2001-01-01"}))
    stats = build_index([corpus], index_dir, rebuild=True)
    assert stats.added == 3


def test_lock_error_in_the_library(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", 2)
    index_dir = tmp_path / "index"
    with NewsIndex.create(index_dir) as ix:  # create() keeps the lock until add() or close()
        try:
            NewsIndex.open(index_dir).add([corpus], lock_timeout=0.1)
        except IndexLockedError as exc:
            assert "wait for it to finish" in str(exc).lower()
        else:
            raise AssertionError("expected IndexLockedError")
        assert ix.add([corpus]).added == 2
    assert NewsIndex.open(index_dir).add([corpus]).skipped == 2
