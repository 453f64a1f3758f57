from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from newsearch.errors import ArticleParseError
from newsearch.ingest.jsonexport import read_json

DATA = Path(__file__).parent / "data" / "json"


def test_json_list_of_articles() -> None:
    arts = read_json((DATA / "articles.json").read_bytes(), "articles.json")
    assert len(arts) == 2
    first, second = arts
    assert first.format == "json" and first.path == "articles.json" and first.article_id == ""
    assert first.title == "Markets rally after rate decision"
    assert first.paragraphs == ("Stocks rose on Wednesday.", "Bond yields fell sharply.")
    assert first.source == "Reuters"
    assert first.author == "Ann Lee, Bo Chen"
    assert first.date == datetime(2025, 8, 20, 14, 0)
    assert first.url == "https://example.com/markets"
    assert second.title == "Heatwave grips Europe"
    assert second.paragraphs == ("Temperatures topped 40C.", "Spain issued red alerts.")
    assert second.source == "BBC News"
    assert second.date == datetime(2025, 7, 1)


def test_jsonl_skips_bad_lines() -> None:
    arts = read_json((DATA / "export.jsonl").read_bytes(), "export.jsonl")
    assert [a.title for a in arts] == ["One", "Two"]
    assert arts[1].date == datetime(2025, 8, 21)


def test_articles_wrapper_and_single_object() -> None:
    wrapped = json.dumps({"articles": [{"headline": "H", "content": "Body text."}]}).encode()
    assert read_json(wrapped, "w.json")[0].paragraphs == ("Body text.",)
    single = json.dumps({"title": "T", "articleBody": "A\n\nB", "datePublished": 1755770400}).encode()
    [art] = read_json(single, "s.json")
    assert art.paragraphs == ("A", "B")
    assert art.date == datetime(2025, 8, 21, 10, 0)


@pytest.mark.parametrize(
    ("data", "path"),
    [
        (b"", "e.json"),
        (b'{"foo": 1, "bar": [1, 2]}', "x.json"),
        (b"[1, 2, 3]", "x.json"),
        (b"not json at all\n{broken\n", "x.jsonl"),
        (b'{"title": "no body"}\n', "x.jsonl"),
    ],
)
def test_not_articles(data: bytes, path: str) -> None:
    with pytest.raises(ArticleParseError) as info:
        read_json(data, path)
    assert "\n" not in str(info.value)


def test_error_message_names_expected_keys() -> None:
    with pytest.raises(ArticleParseError, match="'text'/'body'/'content'"):
        read_json(b'[{"a": 1}]', "x.json")
