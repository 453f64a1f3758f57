"""Hostile query text: every input gives hits or a QuerySyntaxError message (never a traceback), within a second."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsearch import QuerySyntaxError
from newsearch.cli import cli
from newsearch.store import NewsIndex

HOSTILE = [
    '"', '""', '"""', '"security', 'security"', '"a" "', "“security guarantees”", "„curly”",
    "(", ")", "((", "())", "(security", "security)", "[", "]", "{", "}", "[a TO", "date:[2025 TO",
    "date:[ TO ]", "date:{2025 TO 2024}", "date:[2026 TO 2024]",
    "AND", "OR", "NOT", "AND OR NOT", "security AND", "OR security", "security NOT", "NOT NOT x",
    "security AND AND guarantees", "( AND )", "+", "-", "+-", "--security", "-(-security)", "^", "^^^", "~", "~~",
    "security^", "security^abc", "security~99", '"security guarantees"~999', "guarantees~2/9",
    "*", "**", "?", "*?*", "*ing", "s*", "se*", "*:*", "text:*", "speaker:*", "date:*", "path:*", "title:?",
    ":", "::", "speaker:", "speaker:(", "speaker:)", ":security", "foo:", "http://example.com/a?b=c",
    "date:", "date:2025-02-30", "date:99999", "date:-1", "date:>=", "date:<>2025", "date:>=>=2025",
    "paragraph:abc", "paragraph:[a TO b]", "id:", "kind:nothing",
    "\x00", "\x00security\x00", "security\u200bguarantees", "\u202esecurity", "\ud800", "🦄 security 🦄", "日本語",
    "Ελλάδα", "مرحبا", "ﬁnance", "e\u0301lysée", "\t\n\r", "security\nguarantees", "\\", "\\\\\"", "'", "'''",
    "'security", "Rutte's", "a/b/c", "%s %d {0}", "<script>alert(1)</script>", "; DROP TABLE records; --",
    "x" * 5000, "security " * 300, "a" * 1999, "(" * 300 + ")" * 300, "NOT " * 200 + "x", '"' * 501,
    " ".join(f"w{i}" for i in range(150)), "(a OR (b OR (c OR (d OR (e)))))",
    'security speaker:"kingsley wilson"', 'security speaker:"kingsley, wilson"', 'security author:"a, b"',
    'security (cites:"politico, x" OR source:"caliber.az")', 'security kind:"headline paragraph"', 'x id:"a b"',
]


@pytest.fixture(scope="module")
def ix(query_index: Path) -> Iterator[NewsIndex]:  # noqa: F811
    with NewsIndex.open(query_index) as index:
        yield index


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_query_gives_hits_or_a_message(ix: NewsIndex, text: str) -> None:
    started = time.monotonic()
    try:
        result = ix.search(text, facets=["speaker", "date"], context=1)
    except QuerySyntaxError as exc:
        message = str(exc)
        assert message and "Traceback" not in message
    else:
        assert result.total >= len(result.hits)
    assert time.monotonic() - started < 1.0


@pytest.mark.parametrize("text", ['security "guarantees', "(", "AND", "*", "\x00", "x" * 5000, "date:2025-13",
                                  "🦄", "speaker:colbie"])
def test_hostile_query_on_the_command_line(query_index: Path, text: str) -> None:  # noqa: F811
    result = CliRunner().invoke(cli, ["query", text, "--index", str(query_index)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1)
    if result.exit_code == 1:
        assert result.stderr.startswith("Error: ") and result.stdout == ""


@pytest.mark.parametrize("text", ["*", "(", "\x00", "speaker:", "x" * 5000])
def test_hostile_speakers_query(query_index: Path, text: str) -> None:  # noqa: F811
    result = CliRunner().invoke(cli, ["speakers", text, "--index", str(query_index)])
    assert result.exit_code in (0, 1) and (result.exception is None or isinstance(result.exception, SystemExit))
