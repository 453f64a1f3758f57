"""The query-side commands: query, similar, speakers, stats (stdout carries results only, notes go to stderr)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsearch.cli import cli

FORMATS = ["text", "json", "jsonl", "csv"]


@pytest.fixture
def run(query_index: Path) -> object:  # noqa: F811
    def invoke(*args: str, ok: bool = True, env: dict[str, str] | None = None) -> object:
        runner = CliRunner()
        return runner.invoke(cli, [*args, "--index", str(query_index)], catch_exceptions=not ok, env=env)
    return invoke


def rows(out: str, fmt: str) -> list[dict[str, object]]:
    if fmt == "json":
        data = json.loads(out)
        return data if isinstance(data, list) else data["hits"]
    if fmt == "jsonl":
        return [json.loads(line) for line in out.splitlines() if line]
    return list(csv.DictReader(io.StringIO(out)))


@pytest.mark.parametrize("fmt", FORMATS)
def test_query_formats(run: object, fmt: str) -> None:
    result = run("query", "US troops", "--format", fmt, "-n", "3")  # type: ignore[operator]
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    if fmt == "text":
        assert "**US** **troops**" in result.stdout or "**US troops**" in result.stdout
        assert "shown of" in result.stdout
    else:
        found = rows(result.stdout, fmt)
        assert 0 < len(found) <= 3 and "US troops" in str(found[0]["text"])
        assert "spans" in found[0] and "marked" not in found[0]


@pytest.mark.parametrize("style", ["html", "markdown", "ansi"])
def test_highlight_in_machine_formats(run: object, style: str) -> None:
    result = run("query", "troops", "--format", "json", "--highlight", style)  # type: ignore[operator]
    marked = json.loads(result.stdout)[0]["marked"]
    assert {"html": "<mark>troops</mark>", "markdown": "**troops**", "ansi": "\x1b[1;33mtroops"}[style] in marked


def test_no_color_is_honoured(run: object) -> None:
    result = run("query", "troops", "--highlight", "ansi", env={"NO_COLOR": "1"})  # type: ignore[operator]
    assert "\x1b[1m" not in result.stdout  # no bold headings; ansi marks were asked for explicitly


def test_query_filters_sort_and_paging(run: object) -> None:
    result = run("query", "europe OR stocks OR trump", "--source", "reuters", "--source", "politico",  # type: ignore[operator]
                 "--since", "2024", "--until", "2025-08", "--sort", "-date", "--per-article", "0",
                 "--format", "jsonl", "--path", "*.txt")
    assert result.exit_code == 0, result.stderr
    found = rows(result.stdout, "jsonl")
    dates = [r["date"] for r in found]
    assert found and dates == sorted(dates, reverse=True)
    assert {r["source"] for r in found} <= {"Reuters", "Politico"}
    page2 = run("query", "europe", "--limit", "1", "--page", "2", "--format", "json")  # type: ignore[operator]
    assert json.loads(page2.stdout)[0]["rank"] == 2
    both = run("query", "europe", "--page", "2", "--offset", "1")  # type: ignore[operator]
    assert both.exit_code == 2 and "--page" in both.stderr


def test_context_option(run: object) -> None:
    text = run("query", '"new normal"', "--context", "1", "--highlight", "none")  # type: ignore[operator]
    assert "¶1 │ Temperatures topped 40C" in text.stdout and "¶2 │" in text.stdout
    data = run("query", '"new normal"', "--context", "1", "--format", "json")  # type: ignore[operator]
    assert [c["paragraph"] for c in json.loads(data.stdout)[0]["context"]] == [1]


def test_facets_text_and_json(run: object) -> None:
    text = run("query", "europe OR security", "--facet", "source", "--facet", "date:year")  # type: ignore[operator]
    assert text.exit_code == 0
    assert "source:" in text.stdout and "date:year:" in text.stdout and "Politico" in text.stdout
    data = json.loads(run("query", "europe OR security", "--facet", "speaker", "--format", "json",  # type: ignore[operator]
                          "--limit", "0").stdout)
    assert data["hits"] == [] and data["total"] > 0
    assert data["facets"]["speaker"][0] == {"value": "Elbridge Colby", "count": data["facets"]["speaker"][0]["count"]}
    bad = run("query", "europe", "--facet", "source", "--format", "csv")  # type: ignore[operator]
    assert bad.exit_code == 2 and "--facet" in bad.stderr


def test_suggestions_go_to_stderr(run: object) -> None:
    result = run("query", "speaker:colbie", "--format", "json")  # type: ignore[operator]
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    assert "did you mean: speaker:Colby" in result.stderr
    option = run("query", "guarantees", "--speaker", "rute")  # type: ignore[operator]
    assert 'did you mean: --speaker "Rutte"' in option.stderr and "no hits" in option.stderr


@pytest.mark.parametrize(("text", "where"), [('security "guarantees', "^"), ("foo:bar", "unknown field"),
                                             ("the", "stop words"), ("*", "too broad")])
def test_malformed_query_exits_1_with_message(run: object, text: str, where: str) -> None:
    result = run("query", text, ok=False)  # type: ignore[operator]
    assert result.exit_code == 1
    assert result.stdout == ""
    assert where in result.stderr and "Traceback" not in result.stderr


def test_bad_date_option_exits_2(run: object) -> None:
    result = run("query", "europe", "--since", "last week", ok=False)  # type: ignore[operator]
    assert result.exit_code == 2 and "--since" in result.stderr


@pytest.mark.parametrize("fmt", FORMATS)
def test_similar_formats(run: object, fmt: str) -> None:
    first = json.loads(run("query", '"greater responsibility"', "--speaker", "colby",  # type: ignore[operator]
                           "--format", "json").stdout)[0]
    result = run("similar", first["id"], "--format", fmt)  # type: ignore[operator]
    assert result.exit_code == 0, result.stderr
    if fmt == "text":
        assert "responsibility" in result.stdout
    else:
        found = rows(result.stdout, fmt)
        assert found and all(r["article_id"] != first["article_id"] for r in found)


def test_similar_unknown_record(run: object) -> None:
    result = run("similar", "nope:3", ok=False)  # type: ignore[operator]
    assert result.exit_code == 1 and "no record" in result.stderr


@pytest.mark.parametrize("fmt", FORMATS)
def test_speakers_formats(run: object, fmt: str) -> None:
    result = run("speakers", "security OR responsibility", "--format", fmt, "--limit", "2")  # type: ignore[operator]
    assert result.exit_code == 0, result.stderr
    if fmt == "text":
        assert result.stdout.splitlines()[0].endswith("Elbridge Colby")
    else:
        found = rows(result.stdout, fmt)
        assert len(found) == 2 and found[0]["speaker"] == "Elbridge Colby" and "count" in found[0]


def test_speakers_whole_index_and_none_found(run: object) -> None:
    everyone = run("speakers", "--limit", "0", "--format", "json")  # type: ignore[operator]
    assert {"Pedro Sanchez", "Christine Lagarde"} <= {r["speaker"] for r in json.loads(everyone.stdout)}
    nobody = run("speakers", "wildfires", "--source", "reuters")  # type: ignore[operator]
    assert nobody.exit_code == 0 and nobody.stdout == "" and "no speakers" in nobody.stderr


@pytest.mark.parametrize("fmt", FORMATS)
def test_stats_formats(run: object, fmt: str) -> None:
    result = run("stats", "--format", fmt)  # type: ignore[operator]
    assert result.exit_code == 0, result.stderr
    if fmt == "text":
        assert "articles" in result.stdout and "schema version" in result.stdout
    else:
        row = rows(result.stdout, "jsonl" if fmt == "json" else fmt)[0] if fmt != "json" else json.loads(result.stdout)
        assert str(row["articles"]) == "6"


def test_stats_without_index(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["stats", "--index", str(tmp_path / "none")])
    assert result.exit_code == 1 and "no newsearch index" in result.stderr
