"""Rendering of hits, results, facets, counts and index summaries (no index needed)."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

import pytest

from newsearch.models import FacetCount, Hit, IndexSummary, Record, SearchResult, Suggestion
from newsearch.render import (
    counts_out,
    facets_text,
    hits_out,
    mark,
    result_out,
    suggestions_text,
    summary_out,
)

REC = Record(id="a:2", article_id="a", path="x.txt", title="Title", paragraph=2, text="US troops stay in Germany.",
             speakers=("Anna Keller",), source="Reuters", date=datetime(2025, 8, 21), author="Sam Writer")
BEFORE = Record(id="a:1", article_id="a", path="x.txt", title="Title", paragraph=1, text="Before it.")
AFTER = Record(id="a:3", article_id="a", path="x.txt", title="Title", paragraph=3, text="After it.")
HIT = Hit(rank=1, score=1.23456, record=REC, spans=((0, 2), (3, 9)), snippet=REC.text,
          snippet_spans=((0, 2), (3, 9)))
RESULT = SearchResult(query="US troops", total=7, hits=(HIT,), context={"a:2": (BEFORE, AFTER)},
                      facets={"source": (FacetCount("Reuters", 5), FacetCount("AP", 2))},
                      suggestions=(Suggestion("text", "trops", "troops", "US troops"),))


@pytest.mark.parametrize(("style", "expected"), [
    ("markdown", "**US troops** stay in Germany."),
    ("html", "<mark>US</mark> <mark>troops</mark> stay in Germany."),
    ("ansi", "\x1b[1;33mUS troops\x1b[0m stay in Germany."),
    ("none", "US troops stay in Germany."),
])
def test_mark_styles(style: str, expected: str) -> None:
    assert mark(REC.text, HIT.spans, style) == expected


def test_html_markup_escapes() -> None:
    assert mark("a<b> & c", [(0, 1)], "html") == "<mark>a</mark>&lt;b&gt; &amp; c"


def test_text_hit_with_context_is_dimmed_around_the_snippet() -> None:
    out = result_out(RESULT, "text", highlight="markdown", color=True, context=True)
    lines = out.splitlines()
    assert "Reuters · 2025-08-21 · by Sam Writer · x.txt" in out
    before = next(i for i, line in enumerate(lines) if "Before it." in line)
    hit = next(i for i, line in enumerate(lines) if "**US troops**" in line)
    after = next(i for i, line in enumerate(lines) if "After it." in line)
    assert before < hit < after
    assert lines[before].startswith("\x1b[2m") and "¶1 │" in lines[before]
    assert "1 shown of 7 matching records" in out
    assert "source:" in out and "5  Reuters" in out


def test_text_without_color_has_no_escapes() -> None:
    out = result_out(RESULT, "text", highlight="markdown", color=False, context=True)
    assert "\x1b" not in out


def test_json_is_a_list_of_hits_without_facets() -> None:
    plain = SearchResult(query="q", total=1, hits=(HIT,))
    rows = json.loads(result_out(plain, "json"))
    assert isinstance(rows, list) and rows[0]["id"] == "a:2" and rows[0]["spans"] == [[0, 2], [3, 9]]
    assert "context" not in rows[0] and "marked" not in rows[0]


def test_json_envelope_with_facets_and_context() -> None:
    data = json.loads(result_out(RESULT, "json", highlight="html", context=True))
    assert set(data) == {"query", "total", "total_exact", "offset", "hits", "facets", "suggestions"}
    assert data["total"] == 7
    assert data["facets"] == {"source": [{"value": "Reuters", "count": 5}, {"value": "AP", "count": 2}]}
    assert data["hits"][0]["marked"] == "<mark>US</mark> <mark>troops</mark> stay in Germany."
    assert [c["id"] for c in data["hits"][0]["context"]] == ["a:1", "a:3"]
    assert data["suggestions"][0]["replacement"] == "troops"


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_machine_formats_carry_the_same_fields(fmt: str) -> None:
    out = hits_out([HIT], fmt, context={"a:2": (BEFORE,)})
    if fmt == "json":
        row = json.loads(out)[0]
    elif fmt == "jsonl":
        row = json.loads(out.splitlines()[0])
    else:
        row = next(csv.DictReader(io.StringIO(out)))
        row["spans"] = json.loads(row["spans"])
        row["context"] = json.loads(row["context"])
    assert row["id"] == "a:2" and row["speakers"] in (["Anna Keller"], '["Anna Keller"]')
    assert row["spans"] == [[0, 2], [3, 9]]
    assert row["context"][0]["text"] == "Before it."


def test_facets_text_alignment() -> None:
    out = facets_text({"date:month": (FacetCount("2025-07", 12), FacetCount("2025-08", 3))})
    assert out.splitlines() == ["date:month:", "  12  2025-07", "   3  2025-08"]


def test_suggestions_text() -> None:
    assert suggestions_text(RESULT) == "did you mean: US troops"
    option = SearchResult(query="q", total=0, hits=(), suggestions=(Suggestion("--speaker", "rute", "Rutte", "q"),))
    assert suggestions_text(option) == "did you mean: --speaker \"Rutte\" (no speaker 'rute' in the index)"


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "csv"])
def test_counts_out(fmt: str) -> None:
    counts = (FacetCount("Elbridge Colby", 12), FacetCount("Mark Rutte", 3))
    out = counts_out(counts, fmt, label="speaker")
    if fmt == "text":
        assert out.splitlines() == ["12  Elbridge Colby", " 3  Mark Rutte"]
    elif fmt == "json":
        assert json.loads(out) == [{"speaker": "Elbridge Colby", "count": 12}, {"speaker": "Mark Rutte", "count": 3}]
    elif fmt == "jsonl":
        assert json.loads(out.splitlines()[1]) == {"speaker": "Mark Rutte", "count": 3}
    else:
        assert out.splitlines() == ["speaker,count", "Elbridge Colby,12", "Mark Rutte,3"]


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "csv"])
def test_summary_out(fmt: str) -> None:
    summary = IndexSummary(index_dir="ix", schema_version=2, articles=3, paragraphs=10, headlines=3, sources=2,
                           speakers=4, authors=1, first_date=datetime(2024, 1, 2), last_date=datetime(2025, 8, 1),
                           undated=0, size_bytes=2_500_000, newsearch_version="0.1.0")
    out = summary_out(summary, fmt)
    if fmt == "text":
        assert "articles         3" in out and "2024-01-02 … 2025-08-01" in out and "2.5 MB" in out
    elif fmt == "json":
        assert json.loads(out)["first_date"] == "2024-01-02"
    elif fmt == "jsonl":
        assert json.loads(out)["paragraphs"] == 10
    else:
        assert next(csv.DictReader(io.StringIO(out)))["schema_version"] == "2"
