from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from newsearch.errors import ArticleParseError
from newsearch.ingest.markdown import read_markdown, strip_inline

DATA = Path(__file__).parent / "data" / "md"


def test_front_matter_article() -> None:
    [art] = read_markdown((DATA / "front-matter.md").read_bytes(), "front-matter.md")
    assert art.format == "md"
    assert art.article_id == ""
    assert art.title == "Council approves new bus lanes"
    assert art.date == datetime(2025, 8, 21, 8, 0)
    assert art.source == "The Example Gazette"
    assert art.author == "Jane Doe, John Roe"
    assert art.url == "https://example.com/2025/08/21/bus-lanes"
    assert art.paragraphs[0] == (
        "The city council voted on Thursday to approve three new bus lanes, "
        "a plan first proposed in 2023."
    )
    assert "“We will see faster buses by spring,” said Mayor Ana Ruiz." in art.paragraphs
    joined = "\n".join(art.paragraphs)
    assert "print(" not in joined  # code block dropped
    assert "chart.png" not in joined  # image dropped
    assert "Background" not in art.paragraphs  # heading is not a paragraph
    assert "Cyclists say the lanes will make the junction safer for everyone." in art.paragraphs
    assert "Short" not in art.paragraphs  # a one-word list item is not prose


def test_title_from_heading_without_front_matter() -> None:
    data = b"# Storm hits the coast\n\nWinds of 120 km/h were\nrecorded overnight.\n\n"
    data += b"## Damage\n\nRoofs were torn off.\n"
    [art] = read_markdown(data, "x.md")
    assert art.title == "Storm hits the coast"
    assert art.paragraphs == ("Winds of 120 km/h were recorded overnight.", "Roofs were torn off.")
    assert art.date is None and art.source is None


def test_strip_inline() -> None:
    assert strip_inline("**Bold** and _it_ with [a link](http://x.y/z) ![img](a.png) `code`") == (
        "Bold and it with a link code"
    )


@pytest.mark.parametrize("data", [b"", b"   \n\n", b"# Only a heading\n", b"\x00\x01\x02binary"])
def test_not_an_article(data: bytes) -> None:
    with pytest.raises(ArticleParseError):
        read_markdown(data, "x.md")
