"""Plain-text articles: both layouts, encodings, line endings, bylines, front matter."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsearch.errors import ArticleParseError
from newsearch.ingest.text import read_text
from tests.conftest import SEED


def one(data: bytes) -> tuple[str, tuple[str, ...], str | None]:
    [article] = read_text(data, "x.txt")
    return article.title, article.paragraphs, article.author


def test_seed_layout_title_paragraphs_and_byline() -> None:
    title, paras, author = one(SEED.read_bytes())
    assert title == "Pentagon signals minimal US role in Ukraine security guarantees"
    assert len(paras) == 10
    assert paras[1].startswith("Elbridge Colby, the Defense undersecretary")
    assert author == "Tamilla Hasanova"
    assert not any(p.startswith("By ") for p in paras)


@pytest.mark.parametrize(
    "data",
    [
        b"Title\nFirst paragraph.\nSecond paragraph.\nBy Jo Smith",
        b"Title\nFirst paragraph.\nSecond paragraph.\nBy Jo Smith\n",
        b"Title\r\nFirst paragraph.\r\nSecond paragraph.\r\nBy Jo Smith\r\n",
        b"\xef\xbb\xbfTitle\nFirst paragraph.\nSecond paragraph.\nBy Jo Smith\n",
        b"Title\n\nFirst\nparagraph.\n\nSecond\nparagraph.\n\nBy Jo Smith\n",
        b"Title\r\n\r\nFirst\r\nparagraph.\r\n\r\nSecond paragraph.\r\n\r\nBy Jo Smith",
        b"\xff\xfe" + "Title\nFirst paragraph.\nSecond paragraph.\nBy Jo Smith\n".encode("utf-16-le"),
    ],
    ids=["no-final-newline", "final-newline", "crlf", "bom", "hard-wrapped", "hard-wrapped-crlf", "utf16-bom"],
)
def test_layouts_and_encodings_agree(data: bytes) -> None:
    assert one(data) == ("Title", ("First paragraph.", "Second paragraph."), "Jo Smith")


def test_legacy_encoding_is_sniffed() -> None:
    title, paras, _ = one("Prices\nIt cost £5 in the café.\n".encode("cp1252"))
    assert paras == ("It cost £5 in the café.",)


def test_legacy_encoding_does_not_depend_on_an_installed_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    # charset-normalizer (pulled in by requests) makes bs4 guess cp1250 for this text ("naďvely"); a detector that
    # happens to be installed must not change how a file reads
    import bs4.dammit

    monkeypatch.setattr(bs4.dammit, "_chardet_dammit", lambda s: "windows-1250", raising=False)
    data = "Caf\u00e9 owners \u201cwin\u201d\n\nThe minister \u2013 na\u00efvely \u2013 said so.\n".encode("cp1252")
    assert one(data)[1] == ("The minister \u2013 na\u00efvely \u2013 said so.",)


@pytest.mark.parametrize(
    "last",
    [
        "By contrast, the bank's profits fell.",
        "By end-1986, the bank had 369 domestic institutions.",
        "By order of seniority, those senators would be David Pryor (Ark.) and Tom Harkin.",
    ],
)
def test_body_text_starting_with_by_is_not_a_byline(last: str) -> None:
    _, paras, author = one(f"Title\nOne.\n{last}\n".encode())
    assert author is None
    assert paras[-1] == last


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Janie Gabbett, Reuters", "Janie Gabbett"),
        ("By TED D'AFFLISIO, REUTERS", "Ted D'Afflisio"),
        ("By STEPHEN JUKES AND PHILIP SHEHADI, REUTERS", "Stephen Jukes and Philip Shehadi"),
        ("By Patti Domm, Reuter", "Patti Domm"),
        ("By keith grant, Reuters", "Keith Grant"),
        ("By TED d'AFFLISIO, Reuters", "Ted D'Afflisio"),
        ("By Colin Brinsden, Reuters.", "Colin Brinsden"),
    ],
)
def test_byline_forms(line: str, author: str) -> None:
    assert one(f"Title\nOne.\n{line}\n".encode())[2] == author


def test_front_matter_sets_metadata() -> None:
    data = b"---\ntitle: Given title\ndate: 2025-08-21\nsource: Example News\nauthor: A. Writer\n---\nBody one.\n"
    [article] = read_text(data, "x.txt")
    assert article.title == "Given title"
    assert article.paragraphs == ("Body one.",)
    assert article.date == datetime(2025, 8, 21)
    assert article.source == "Example News"
    assert article.author == "A. Writer"


@pytest.mark.parametrize("data", [b"", b"   \n\n  \n", b"\x00\x01\x02binary\x00"], ids=["empty", "blank", "binary"])
def test_unreadable_files_raise_a_clear_error(data: bytes) -> None:
    with pytest.raises(ArticleParseError):
        read_text(data, "x.txt")


def test_title_only_file_is_an_article_without_paragraphs() -> None:
    assert one(b"Just a headline\n") == ("Just a headline", (), None)


def test_byline_and_date_lines_under_the_headline_are_metadata() -> None:
    data = b"Headline here\nBy Jane Doe and John Roe\nAugust 21, 2025\nFirst paragraph.\nSecond paragraph.\n"
    [article] = read_text(data, "x.txt")
    assert article.author == "Jane Doe and John Roe"
    assert article.date == datetime(2025, 8, 21)
    assert article.paragraphs == ("First paragraph.", "Second paragraph.")


@pytest.mark.parametrize(
    "line", ["Published 21 Aug 2025 10:00 GMT", "Updated: 2025-08-21", "Thursday, August 21, 2025"]
)
def test_date_line_forms(line: str) -> None:
    [article] = read_text(f"Headline\n{line}\nBody text.\n".encode(), "x.txt")
    assert article.date is not None and article.date.date().isoformat() == "2025-08-21"
    assert article.paragraphs == ("Body text.",)


def test_a_sentence_with_a_date_is_a_paragraph() -> None:
    [article] = read_text(b"Headline\nOn August 21, 2025 the talks began.\n", "x.txt")
    assert article.date is None and len(article.paragraphs) == 1
