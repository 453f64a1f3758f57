"""The index and parse commands, error handling and exit codes, through click's runner."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsearch.cli import cli
from tests.conftest import ROOT


def test_index_then_query_defaults_use_seeds_and_index(runner: CliRunner, tmp_path: Path) -> None:
    os.symlink(ROOT / "seeds", tmp_path / "seeds")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = runner.invoke(cli, ["index"], catch_exceptions=False)
        assert result.exit_code == 0, result.stderr
        assert "1 added" in result.stderr and result.stdout == ""
        result = runner.invoke(cli, ["query", "security guarantees", "--format", "json"], catch_exceptions=False)
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0
    hits = json.loads(result.stdout)
    assert hits[0]["title"].startswith("Pentagon signals")
    for hit in hits:
        # spans cover the matched words, stemmed forms included ("securing" shares the stem of "security")
        assert all(hit["text"][a:b].lower().startswith(("secur", "guarant")) for a, b in hit["spans"])


def test_index_without_seeds_folder_explains(runner: CliRunner, tmp_path: Path) -> None:
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = runner.invoke(cli, ["index"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 2
    assert "no PATHS given" in result.stderr


def test_broken_file_is_skipped_with_a_warning_and_exit_1(runner: CliRunner, corpus_dir: Path, tmp_path: Path) -> None:
    (corpus_dir / "broken.txt").write_bytes(b"\x00\x01binary\x00")
    result = runner.invoke(cli, ["index", str(corpus_dir), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 1
    assert "warning: skipped" in result.stderr and "broken.txt" in result.stderr and "binary" in result.stderr
    assert "3 added" in result.stderr and "1 failed" in result.stderr
    ok = runner.invoke(cli, ["query", "troops", "--index", str(tmp_path / "ix")])
    assert ok.exit_code == 0 and "US troops" in ok.stdout


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "csv"])
def test_query_formats(runner: CliRunner, built_index: Path, fmt: str) -> None:
    result = runner.invoke(cli, ["query", "security guarantees", "--index", str(built_index), "--format", fmt],
                           catch_exceptions=False)
    assert result.exit_code == 0
    out = result.stdout
    if fmt == "json":
        assert isinstance(json.loads(out), list)
    elif fmt == "jsonl":
        assert all("spans" in json.loads(line) for line in out.splitlines())
    elif fmt == "csv":
        assert out.splitlines()[0].startswith("rank,score,id,")
    else:
        assert "\x1b[" not in out  # not a terminal: no escape codes
        assert "**security guarantees**" in out
        assert "Kingsley Wilson" in out


def test_no_color_env_and_markup_choice(runner: CliRunner, built_index: Path) -> None:
    result = runner.invoke(cli, ["query", "troops", "--index", str(built_index), "--highlight", "none"],
                           env={"NO_COLOR": "1"})
    assert "**" not in result.stdout and "\x1b[" not in result.stdout


def test_query_errors_have_no_traceback(runner: CliRunner, built_index: Path, tmp_path: Path) -> None:
    missing = runner.invoke(cli, ["query", "x", "--index", str(tmp_path / "none")])
    assert missing.exit_code == 1 and "newsearch index" in missing.stderr and "Traceback" not in missing.stderr
    stop = runner.invoke(cli, ["query", "the", "--index", str(built_index)])
    assert stop.exit_code == 1 and "stop words" in stop.stderr
    bad_date = runner.invoke(cli, ["query", "x", "--since", "last year", "--index", str(built_index)])
    assert bad_date.exit_code == 2 and "--since" in bad_date.stderr


def test_no_hits_exit_0(runner: CliRunner, built_index: Path) -> None:
    text = runner.invoke(cli, ["query", "zebra", "--index", str(built_index)])
    assert text.exit_code == 0 and text.stdout == "" and "no hits" in text.stderr
    as_json = runner.invoke(cli, ["query", "zebra", "--index", str(built_index), "--format", "json"])
    assert as_json.exit_code == 0 and json.loads(as_json.stdout) == []


def test_index_env_var(runner: CliRunner, built_index: Path) -> None:
    result = runner.invoke(cli, ["query", "troops"], env={"NEWSEARCH_INDEX": str(built_index)})
    assert result.exit_code == 0 and "US troops" in result.stdout


def test_parse_jsonl_shows_records(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["parse", str(ROOT / "seeds"), "--format", "jsonl"], catch_exceptions=False)
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0]["kind"] == "headline" and records[0]["paragraph"] == 0
    assert records[4]["speakers"] == ["one NATO diplomat"]
    assert records[8]["speakers"] == ["Kingsley Wilson"]
    assert all(r["author"] == "Tamilla Hasanova" for r in records)
    assert not any(r["text"].startswith("By Tamilla") for r in records)


def test_parse_meta_option(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["parse", str(ROOT / "seeds"), "--format", "json", "--meta", "date=2025-08-21"])
    assert {r["date"] for r in json.loads(result.stdout)} == {"2025-08-21"}
    bad = runner.invoke(cli, ["parse", str(ROOT / "seeds"), "--meta", "colour=red"])
    assert bad.exit_code == 2


def test_python_dash_m(tmp_path: Path) -> None:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "newsearch", "--help"], capture_output=True, text=True, check=True)
    assert "Usage: newsearch" in out.stdout or "Usage: python -m newsearch" in out.stdout
