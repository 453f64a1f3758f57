"""A folder of hostile files: each is read sensibly or skipped with a one-line reason; none stops the run."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import newsearch.ingest as ingest
import newsearch.store as store
from newsearch import NewsIndex, build_index
from newsearch.cli import cli
from newsearch.ingest import FoundFile, find_files

#: Depth of the deep folder chain; the walk is checked under a recursion limit lower than this. (Kept moderate:
#: removing a folder costs milliseconds on some file systems.)
DEPTH = 300
GOOD = "Harbour plan approved\n\nThe council approved the harbour plan on Tuesday, said Ana Ruiz.\n"


def make_hostile(root: Path) -> dict[str, str]:
    """Create the hostile files; returns name -> expected outcome ("read" or a fragment of the reason)."""
    root.mkdir()
    expect: dict[str, str] = {}

    def put(name: str, data: bytes, outcome: str) -> None:
        (root / name).write_bytes(data)
        expect[name] = outcome

    put("good.txt", GOOD.encode(), "read")
    put("binary.txt", bytes(range(256)) * 64, "binary file")
    put("invalid-utf8.txt", b"Broken bytes\n\nThe mayor \xff\xfe\xc3( said it was fine.\n", "read")
    put("cp1252.txt", "Caf\u00e9 owners \u201cwin\u201d\n\nThe minister \u2013 na\u00efvely \u2013 said so.\n"
        .encode("cp1252"), "read")
    put("latin1.txt", "Gr\u00fc\u00dfe aus K\u00f6ln\n\nDer B\u00fcrgermeister sagte: \u00e4\u00f6\u00fc.\n"
        .encode("latin-1"), "read")
    put("utf16.txt", "UTF-16 title\n\nBody text in UTF-16, said Ana.\n".encode("utf-16"), "read")
    put("empty.txt", b"", "empty file")
    put("whitespace.txt", " \n\n\t\r\n\u00a0\u3000 \n".encode(), "empty file")
    # A 100 MB one-line file, written sparse: fast, and it takes no disk space.
    with open(root / "huge-one-line.txt", "wb") as fh:
        fh.write(b"A headline that goes on ")
        fh.seek(100 * 1024 * 1024 - 1)
        fh.write(b"\n")
    expect["huge-one-line.txt"] = "file too large (100 MB"
    os.mkfifo(root / "fifo.txt")  # a FIFO would block a naive open() forever
    expect["fifo.txt"] = "not a regular file"
    (root / "folder.txt").mkdir()  # a folder with an article extension is walked, not read
    (root / "folder.txt" / "inside.txt").write_text(GOOD, encoding="utf-8")
    expect["folder.txt/inside.txt"] = "read"
    os.symlink("loop-b.txt", root / "loop-a.txt")
    os.symlink("loop-a.txt", root / "loop-b.txt")
    expect["loop-a.txt"] = expect["loop-b.txt"] = "Too many levels of symbolic links"
    os.symlink(".", root / "self")  # a folder loop: walked once
    os.symlink("nowhere.txt", root / "dangling.txt")
    expect["dangling.txt"] = "No such file or directory"
    deep = root / "deep"
    deep.mkdir()
    cwd = os.getcwd()
    os.chdir(deep)
    try:
        for _ in range(DEPTH):
            os.mkdir("d")
            os.chdir("d")
        Path("deep.txt").write_text(GOOD, encoding="utf-8")
    finally:
        os.chdir(cwd)
    expect["deep/" + "d/" * DEPTH + "deep.txt"] = "read"
    depth = 20000
    put("nested.html", ("<html><body>" + "<div>" * depth + "<p>The harbour council met, said Ana Ruiz.</p>"
                        + "</div>" * depth + "</body></html>").encode(), "read")
    put("unclosed.html", ("<html><body>" + "<div><span><b>" * 5000 + "<p>Text").encode(), "any")
    put("nul.html", b"<html>\x00\x00\x00" + bytes(range(256)) * 16, "any")
    put("bad.json", b"{\"articles\": [", "any")
    return expect


def remove_deep(root: Path) -> None:
    """Remove the deep folder chain without recursion (shutil.rmtree, used by pytest's cleanup, would recurse)."""
    cwd = os.getcwd()
    os.chdir(root / "deep")
    try:
        levels = 0
        while os.path.isdir("d"):
            os.chdir("d")
            levels += 1
        Path("deep.txt").unlink(missing_ok=True)
        for _ in range(levels):
            os.chdir("..")
            os.rmdir("d")
    finally:
        os.chdir(cwd)


@pytest.fixture
def hostile(tmp_path: Path) -> Iterator[tuple[Path, dict[str, str]]]:
    root = tmp_path / "hostile"
    expect = make_hostile(root)
    yield root, expect
    remove_deep(root)


def outcomes(stats: Any, root: Path) -> dict[str, str]:
    out = {os.path.relpath(p.path, root): p.reason for p in stats.problems}
    return out


def test_hostile_folder_is_indexed_without_stopping(tmp_path: Path, hostile: tuple[Path, dict[str, str]]) -> None:
    root, expect = hostile
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(DEPTH // 2)  # the walk must not recurse per folder level
    try:
        assert any(f.path.endswith("deep.txt") for f in find_files([root]))
    finally:
        sys.setrecursionlimit(limit)
    started = time.monotonic()
    stats = build_index([root], tmp_path / "index")
    elapsed = time.monotonic() - started
    reasons = outcomes(stats, root)
    for name, outcome in expect.items():
        if outcome == "read":
            assert name not in reasons, (name, reasons.get(name))
        elif outcome != "any":
            assert name in reasons and outcome in reasons[name], (name, reasons.get(name))
    for reason in reasons.values():
        assert "\n" not in reason and 0 < len(reason) < 300
    assert stats.failed == len(reasons)
    read = {n for n, o in expect.items() if o == "read"}
    assert stats.added >= len(read)
    assert elapsed < 30
    with NewsIndex.open(tmp_path / "index") as ix:
        assert ix.query("harbour")
        texts = {h.record.text for h in ix.query("minister OR bürgermeister OR mayor", limit=20)}
    assert any("na\u00efvely" in t for t in texts)  # cp1252 decoded as cp1252
    assert any("B\u00fcrgermeister" in t for t in texts)  # latin-1 decoded as latin-1
    # A second run skips the files that were read and retries the others.
    again = build_index([root], tmp_path / "index")
    assert again.added == again.updated == again.removed == 0 and again.skipped == stats.added


def test_cli_reports_one_line_per_skipped_file_and_exits_1(tmp_path: Path) -> None:
    root = tmp_path / "hostile"
    root.mkdir()
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (root / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["index", str(root), "--index", str(tmp_path / "index")])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3
    assert sorted(lines[:-1])[0].startswith(f"warning: skipped {root}/binary.txt: binary")
    assert sorted(lines[:-1])[1].startswith(f"warning: skipped {root}/empty.txt: empty file")
    assert "1 added" in lines[-1] and "2 failed" in lines[-1]
    assert result.stdout == ""
    ok = CliRunner().invoke(cli, ["index", str(root / "good.txt"), "--index", str(tmp_path / "index2")])
    assert ok.exit_code == 0


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # We may run as root, where chmod 000 does not stop reading: simulate the permission error.
    root = tmp_path / "c"
    root.mkdir()
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "secret.txt").write_text(GOOD, encoding="utf-8")
    real_open = os.open

    def fake_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)
    stats = build_index([root], tmp_path / "index")
    assert stats.added == 1 and stats.failed == 1
    assert stats.problems[0].reason == "cannot read: Permission denied"


def test_unlistable_folder_keeps_its_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "c"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text(GOOD, encoding="utf-8")
    (root / "b.txt").write_text(GOOD, encoding="utf-8")
    build_index([root], tmp_path / "index")
    real_scandir = os.scandir

    def fake_scandir(path: Any = ".") -> Any:
        if str(path).endswith("sub"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", fake_scandir)
    stats = build_index([root], tmp_path / "index")
    assert stats.removed == 0 and stats.failed == 1
    assert "cannot list folder: Permission denied" in stats.problems[0].reason
    # Likewise a root that is missing (an unmounted disk) does not empty the index.
    stats = build_index([root / "sub"], tmp_path / "index")
    assert stats.removed == 0


@pytest.mark.parametrize("indexed_before", [False, True])
def test_file_vanishing_mid_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, indexed_before: bool) -> None:
    root = tmp_path / "c"
    root.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (root / name).write_text(GOOD.replace("Tuesday", name), encoding="utf-8")
    if indexed_before:
        build_index([root], tmp_path / "index")
        (root / "b.txt").write_text(GOOD + "\nA changed paragraph.\n", encoding="utf-8")
    real_find = store.find_files

    def find_then_delete(*args: Any, **kwargs: Any) -> Iterator[FoundFile]:
        found = list(real_find(*args, **kwargs))
        (root / "b.txt").unlink()  # listed, then gone before it is read
        yield from found

    monkeypatch.setattr(store, "find_files", find_then_delete)
    stats = build_index([root], tmp_path / "index")
    assert stats.failed == 1
    assert stats.problems[0].path.endswith("b.txt") and "vanished" in stats.problems[0].reason
    with NewsIndex.open(tmp_path / "index") as ix:
        paths = {f["path"] for f in ix.searcher().reader().all_stored_fields()}
    assert not any(p.endswith("b.txt") for p in paths)  # no stale records of the vanished file


def test_file_growing_past_the_limit_while_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 2048)
    monkeypatch.setattr(ingest, "_CHUNK", 512)
    path = tmp_path / "grow.txt"
    path.write_text("Title\n\n" + "word " * 100, encoding="utf-8")
    found = FoundFile(path=str(path), abspath=str(path), size=100, mtime_ns=0)  # listed while small
    path.write_text("Title\n\n" + "word " * 1000, encoding="utf-8")
    with pytest.raises(ingest.ArticleParseError, match="file too large"):
        ingest.read_bytes(found)


def test_large_one_line_file_under_the_limit_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 1024 * 1024)
    root = tmp_path / "c"
    root.mkdir()
    (root / "one-line.txt").write_text("harbour " * 100_000, encoding="utf-8")  # 800 kB, no newline
    (root / "over.txt").write_text("harbour " * 150_000, encoding="utf-8")  # 1.2 MB
    stats = build_index([root], tmp_path / "index")
    assert stats.added == 1 and stats.failed == 1 and "file too large" in stats.problems[0].reason
